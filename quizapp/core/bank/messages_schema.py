"""Messages for the format's rules and its warnings, in English and in French.

Part of the one message table (`messages.MESSAGES`): each entry is a code and
its (English, French) templates, reviewed side by side.
"""

from __future__ import annotations

KINDS = {
    "text": ("text", "du texte"),
    "list": ("a list", "une liste"),
    "mapping": ("a group of `key: value` lines", "un groupe de lignes « clé: valeur »"),
}

SCHEMA: dict[str, tuple[str, str]] = {
    # Schema.
    "missing_key": (
        "missing required key `{key}`{hint}",
        "clé obligatoire « {key} » manquante{hint}",
    ),
    "unknown_key": (
        "unknown key `{key}`: did you mean `{suggestion}`? (it is ignored)",
        "clé inconnue « {key} » : vouliez-vous dire « {suggestion} » ? (elle est ignorée)",
    ),
    "unknown_key_none": (
        "unknown key `{key}` (it is ignored); the keys allowed here are: {known}",
        "clé inconnue « {key} » (elle est ignorée) ; les clés permises ici sont : {known}",
    ),
    "key_not_for_type": (
        "`{key}` is not used by a `{type}` question (it is ignored)",
        "« {key} » ne sert pas pour une question de type « {type} » (elle est ignorée)",
    ),
    "dash_key": (
        "missing space after `-`: write `- {key}:`",
        "il manque une espace après « - » : écrivez « - {key}: »",
    ),
    "scalar_key_no_space": (
        "missing space after `:`: write `{key}: {value}`",
        "il manque une espace après « : » : écrivez « {key}: {value} »",
    ),
    "must_be_text": (
        "`{key}` must be text, but it is {kind}",
        "« {key} » doit être du texte, or c’est {kind}",
    ),
    "empty_text": (
        "`{key}` is empty; write the text after `{key}: `",
        "« {key} » est vide ; écrivez le texte après « {key}: »",
    ),
    "must_be_bool": (
        "`{key}` must be true or false, not `{value}`",
        "« {key} » doit valoir true ou false, et non « {value} »",
    ),
    "quoted_bool": (
        "`{key}` must be true or false without quotes (quoted values are text): write "
        "`{key}: {value}`",
        "« {key} » doit valoir true ou false sans guillemets (entre guillemets, c’est du "
        "texte) : écrivez « {key}: {value} »",
    ),
    "must_be_number": (
        "`{key}` must be a number such as 2 or 0.5, not `{value}`",
        "« {key} » doit être un nombre comme 2 ou 0.5, et non « {value} »",
    ),
    "quoted_number": (
        "`{key}` must be a number without quotes (quoted values are text): write `{key}: {value}`",
        "« {key} » doit être un nombre sans guillemets (entre guillemets, c’est du texte) : "
        "écrivez « {key}: {value} »",
    ),
    "must_be_whole": (
        "`{key}` must be a whole number of at least 1, not `{value}`",
        "« {key} » doit être un nombre entier d’au moins 1, et non « {value} »",
    ),
    "not_positive": (
        "`{key}` must be more than 0, not `{value}`",
        "« {key} » doit être supérieur à 0, et non « {value} »",
    ),
    "not_a_share": (
        "`{key}` is a share of the points: a number from 0 to 1 (0.25 = a quarter), not `{value}`",
        "« {key} » est une part des points : un nombre de 0 à 1 (0.25 = un quart), et non "
        "« {value} »",
    ),
    "bad_format": (
        "`format: {value}` is not supported; this version of the app reads `format: 1`",
        "« format: {value} » n’est pas pris en charge ; cette version de l’application lit "
        "« format: 1 »",
    ),
    "bad_slug": (
        "the article `id` must use only lowercase letters a–z, digits and `-` (no spaces, no "
        "accents), starting with a letter or digit: for example `{suggestion}`",
        "l’« id » de l’article ne doit contenir que des minuscules a–z, des chiffres et des « - » "
        "(ni espaces ni accents), et commencer par une lettre ou un chiffre : par exemple "
        "« {suggestion} »",
    ),
    "bad_choice": (
        "`{key}: {value}` is not allowed; use one of: {choices}",
        "« {key}: {value} » n’est pas permis ; utilisez l’une des valeurs : {choices}",
    ),
    "bad_choice_suggest": (
        "`{key}: {value}` is not allowed; did you mean `{suggestion}`? (one of: {choices})",
        "« {key}: {value} » n’est pas permis ; vouliez-vous dire « {suggestion} » ? (valeurs "
        "possibles : {choices})",
    ),
    "must_be_list": (
        "`{key}` must be a list (lines starting with `- `), but it is {kind}",
        "« {key} » doit être une liste (lignes commençant par « - »), or c’est {kind}",
    ),
    "must_be_mapping": (
        "{what_en} must be a group of `key: value` lines, but it is {kind}{hint}",
        "{what_fr} doit être un groupe de lignes « clé: valeur », or c’est {kind}{hint}",
    ),
    "too_few": (
        "`{key}` needs at least {minimum} {noun_en}, but has {count}",
        "« {key} » demande au moins {minimum} {noun_fr}, or il y en a {count}",
    ),
    "invisible_char": (
        "`{value}` contains an invisible character ({char}), probably pasted from a word "
        "processor, so it does not match what it looks like; retype it: `{clean}`",
        "« {value} » contient un caractère invisible ({char}), sans doute collé depuis un "
        "traitement de texte, et ne correspond donc pas à ce qu’il semble être ; retapez-le : "
        "« {clean} »",
    ),
    "sentence_id_space": (
        "a sentence id cannot contain spaces: `{value}`; write for example `{suggestion}`",
        "un id de phrase ne peut pas contenir d’espace : « {value} » ; écrivez par exemple "
        "« {suggestion} »",
    ),
    "duplicate_id": (
        "the {what_en} id `{value}` is already used on line {first}; each id must be unique "
        "in the file",
        "l’id de {what_fr} « {value} » est déjà utilisé ligne {first} ; chaque id doit être "
        "unique dans le fichier",
    ),
    "unknown_sentence": (
        "there is no sentence `{value}` in this file{hint}",
        "il n’y a pas de phrase « {value} » dans ce fichier{hint}",
    ),
    "choice_no_correct": (
        "no option is marked `correct: true`; a `choice` question needs exactly one",
        "aucune option n’a « correct: true » ; une question « choice » en demande exactement une",
    ),
    "choice_many_correct": (
        "{count} options are marked `correct: true` (lines {lines}); a `choice` question has "
        "exactly one right answer: keep one, or use `type: multi`",
        "{count} options ont « correct: true » (lignes {lines}) ; une question « choice » a "
        "exactement une bonne réponse : n’en gardez qu’une, ou utilisez « type: multi »",
    ),
    "multi_no_correct": (
        "no option is marked `correct: true`; a `multi` question needs at least one",
        "aucune option n’a « correct: true » ; une question « multi » en demande au moins une",
    ),
    "duplicate_value": (
        "`{value}` appears twice in `{key}` (first on line {first}); each must be different",
        "« {value} » apparaît deux fois dans « {key} » (d’abord ligne {first}) ; chacun doit "
        "être différent",
    ),
    "duplicate_option": (
        "two options have the same text `{value}` (first on line {first}); learners cannot "
        "tell them apart",
        "deux options ont le même texte « {value} » (d’abord ligne {first}) ; les élèves ne "
        "peuvent pas les distinguer",
    ),
    "cloze_no_blank": (
        "the cloze `text` has no blank; put each word to find in square brackets: "
        "`une longue [frontière]`",
        "le « text » du texte à trous n’a aucun trou ; mettez chaque mot à trouver entre "
        "crochets : « une longue [frontière] »",
    ),
    "cloze_stray": (
        "`{char}` outside a blank in the cloze `text`; `[`, `]` and `|` may only be used for "
        "blanks such as `[frontière|limite]`",
        "« {char} » hors d’un trou dans le « text » ; « [ », « ] » et « | » ne servent qu’aux "
        "trous comme « [frontière|limite] »",
    ),
    "cloze_empty_blank": (
        "a blank has an empty answer (`{blank}`); write the answer between the brackets, "
        "alternatives separated by `|`",
        "un trou a une réponse vide (« {blank} ») ; écrivez la réponse entre les crochets, les "
        "variantes séparées par « | »",
    ),
    "cloze_choice_differs": (
        "the answer of the blank `[{blank}]` is `{answer}`, but `choices` has `{choice}`, which "
        "differs only by {what_en}; write them the same (a pick must match exactly)",
        "la réponse du trou « [{blank}] » est « {answer} », mais « choices » contient "
        "« {choice} », qui n’en diffère que par {what_fr} ; écrivez-les de la même façon (un "
        "choix doit correspondre exactement)",
    ),
    "cloze_not_in_choices": (
        "the answer of the blank `[{blank}]` is not among the `choices`; add `{answer}` to "
        "`choices`",
        "la réponse du trou « [{blank}] » n’est pas dans « choices » ; ajoutez « {answer} » à "
        "« choices »",
    ),
    "truefalse_answer": (
        "`answer` must be true, false or not_given, not `{value}`",
        "« answer » doit valoir true, false ou not_given, et non « {value} »",
    ),
    # Warnings.
    "empty_en": (
        "the English translation `en` of sentence `{value}` is empty; learners asking for the "
        "English will see nothing",
        "la traduction anglaise « en » de la phrase « {value} » est vide ; les élèves qui "
        "demandent l’anglais ne verront rien",
    ),
    "comment_cut": (
        'the text is cut at " #", which starts a YAML comment, so "{rest}" is dropped. Put the '
        "whole text in quotes: {fix}",
        "le texte est coupé à « # », qui commence un commentaire YAML : « {rest} » est perdu. "
        "Mettez tout le texte entre guillemets : {fix}",
    ),
    "comment_start": (
        "the text of `{key}` starts with `#`, which starts a YAML comment, so the text is "
        "empty. Put the whole text in quotes: {fix}",
        "le texte de « {key} » commence par « # », qui commence un commentaire YAML : le texte "
        "est donc vide. Mettez tout le texte entre guillemets : {fix}",
    ),
    "duplicate_headword": (
        "the entry « {value} » repeats the headword of line {first}: merge the two entries "
        "(learners only ever see the first)",
        "l’entrée « {value} » reprend le mot-vedette de la ligne {first} : fusionnez les deux "
        "entrées (seule la première est affichée)",
    ),
    "duplicate_article": (
        "the article id `{value}` is already used by {other}; ids must be unique across the "
        "bank, so this file is not loaded: rename one of them",
        "l’id d’article « {value} » est déjà utilisé par {other} ; les id doivent être uniques "
        "dans toute la banque, donc ce fichier n’est pas chargé : renommez l’un des deux",
    ),
}
