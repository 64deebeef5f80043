"""Messages for the format's limits and for invisible or odd characters, in English and French.

Part of the one message table (`messages.MESSAGES`): each entry is a code and
its (English, French) templates, reviewed side by side.
"""

from __future__ import annotations

LIMITS: dict[str, tuple[str, str]] = {
    "points_range": (
        "`points` must be a number from {low} to {high}, not `{value}`",
        "« points » doit être un nombre de {low} à {high}, et non « {value} »",
    ),
    "whole_range": (
        "`{key}` must be a whole number from 1 to {high}, not `{value}`",
        "« {key} » doit être un nombre entier de 1 à {high}, et non « {value} »",
    ),
    "ascii_digits": (
        "`{key}` must be written with the digits 0 to 9 only, not `{value}` "
        "(it contains `{char}`, {name})",
        "« {key} » doit s’écrire avec les seuls chiffres 0 à 9, et non « {value} » "
        "(il contient « {char} », {name})",
    ),
    "too_many": (
        "`{key}` has {count} {noun_en}; the limit is {limit}: split the question in two",
        "« {key} » a {count} {noun_fr} ; la limite est de {limit} : coupez la question en deux",
    ),
    "too_long": (
        "this `{key}` is {length} characters long; the limit is {limit}, "
        "far more than a learner can type: shorten it",
        "ce « {key} » fait {length} caractères ; la limite est de {limit}, "
        "bien plus qu’un élève ne peut taper : raccourcissez-le",
    ),
    "invisible_answer": (
        "`{value}` contains an invisible character ({char}), probably pasted from a word "
        "processor; it is ignored when answers are compared, but retype it: `{clean}`",
        "« {value} » contient un caractère invisible ({char}), sans doute collé depuis un "
        "traitement de texte ; il est ignoré quand les réponses sont comparées, mais "
        "retapez-le : « {clean} »",
    ),
    "not_a_file": (
        "this is {kind_en}, not an ordinary file: quizapp reads only ordinary files "
        "(save the article as a file)",
        "c’est {kind_fr}, et non un fichier ordinaire : quizapp ne lit que des fichiers "
        "ordinaires (enregistrez l’article dans un fichier)",
    ),
    "odd_indent": (
        "the indentation holds {char} instead of plain spaces (probably pasted from a word "
        "processor), so YAML does not see the line's structure: retype these spaces",
        "l’indentation contient {char} au lieu d’espaces ordinaires (sans doute collé depuis "
        "un traitement de texte), si bien que YAML ne voit pas la structure de la ligne : "
        "retapez ces espaces",
    ),
    "bom_inside": (
        "a byte-order mark (U+FEFF, invisible) is in the middle of the file, probably where "
        "two files were pasted together: delete it (retype the start of this line)",
        "une marque d’ordre des octets (U+FEFF, invisible) se trouve au milieu du fichier, "
        "sans doute là où deux fichiers ont été collés : supprimez-la (retapez le début de "
        "cette ligne)",
    ),
    "answer_nothing_to_type": (
        "the answer `{value}` is only punctuation, quotes or spaces, which are ignored when "
        "answers are compared, so no typed answer could ever match it: write the words expected",
        "la réponse « {value} » n’est faite que de ponctuation, de guillemets ou d’espaces, "
        "ignorés quand les réponses sont comparées : aucune réponse tapée ne pourrait lui "
        "correspondre ; écrivez les mots attendus",
    ),
}
