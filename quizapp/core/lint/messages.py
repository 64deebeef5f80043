"""The lint's messages, English and French side by side, like the loader's."""

from __future__ import annotations

LINT: dict[str, tuple[str, str]] = {
    "leak_sentence": (
        "{later}'s answer ({sentence}) is highlighted as evidence after {earlier}: move {later} "
        "before {earlier}, or cite other evidence",
        "la réponse de {later} ({sentence}) est surlignée comme preuve après {earlier} : placez "
        "{later} avant {earlier}, ou citez une autre preuve",
    ),
    "leak_quoted": (
        "{later}'s answer ({sentence}) is quoted by the {where_en} of {earlier}: move {later} "
        "before {earlier}, or quote less",
        "la réponse de {later} ({sentence}) est citée dans {where_fr} de {earlier} : placez "
        "{later} avant {earlier}, ou citez moins",
    ),
    "leak_text": (
        "{later}'s answer “{answer}” is shown by the {where_en} of {earlier}, answered first: "
        "move {later} before {earlier}, or reword",
        "la réponse de {later}, « {answer} », est montrée par {where_fr} de {earlier}, posée "
        "avant : placez {later} avant {earlier}, ou reformulez",
    ),
    "not_in_evidence": (
        "no word of {qid}'s answer “{answer}” (nor its lemma) is in the cited sentences "
        "({sentences}): cite the sentence that holds it, or check the answer",
        "aucun mot de la réponse de {qid}, « {answer} » (ni son lemme), n’est dans les phrases "
        "citées ({sentences}) : citez la phrase qui la contient, ou vérifiez la réponse",
    ),
    "lookalike_options": (
        "options “{first}” and “{second}” of {qid} are the same once case, spaces and "
        "final punctuation are set aside: reword one of them",
        "les options « {first} » et « {second} » de {qid} sont identiques aux majuscules, "
        "espaces et ponctuation finale près : reformulez l’une d’elles",
    ),
    "distractor_is_answer": (
        "the distractor “{choice}” of {qid} equals the accepted answer “{answer}” once case and "
        "final punctuation are set aside: a learner who picks it is marked wrong; remove or "
        "reword it",
        "le leurre « {choice} » de {qid} est identique à la réponse acceptée « {answer} » aux "
        "majuscules et à la ponctuation finale près : l’apprenant qui le choisit aurait faux ; "
        "retirez-le ou reformulez-le",
    ),
    "quote_not_in_text": (
        "the {where_en} of {qid} quotes “{quote}”, which is not in the article: quote the "
        "sentence exactly, or drop the quotation marks",
        "{where_fr} de {qid} cite « {quote} », qui n’est pas dans l’article : citez la phrase "
        "exactement, ou retirez les guillemets",
    ),
}

# Where in a question the text was found: (English, French with its article).
WHERE: dict[str, tuple[str, str]] = {
    "option": ("right option", "la bonne option"),
    "options": ("options", "les options"),
    "explanation": ("explanation", "l’explication"),
    "feedback": ("option feedback", "le retour d’une option"),
    "answer": ("shown answer", "la réponse affichée"),
}
