"""Every message the loader can give a teacher, in English and in French.

Kept in one table so both languages are reviewed side by side and stay in
step. The French templates are written with plain spaces; `_typography` adds
the non-breaking spaces French punctuation needs (before « : », inside « »,
thin ones before ; ! ?) to the template only, never to the teacher's text
substituted into it.
"""

from __future__ import annotations

import re

_KINDS = {
    "text": ("text", "du texte"),
    "list": ("a list", "une liste"),
    "mapping": ("a group of `key: value` lines", "un groupe de lignes « clé: valeur »"),
}

MESSAGES: dict[str, tuple[str, str]] = {
    # Reading the file.
    "utf16": (
        "the file is saved as UTF-16; save it as UTF-8 (in your editor: Save as…, encoding UTF-8)",
        "le fichier est enregistré en UTF-16 ; enregistrez-le en UTF-8 (dans l’éditeur : "
        "Enregistrer sous…, codage UTF-8)",
    ),
    "not_utf8": (
        "the file is not valid UTF-8 (byte {byte} here; it was probably saved as Latin-1 or "
        "Windows-1252); save it as UTF-8 in your editor",
        "le fichier n’est pas en UTF-8 valide (octet {byte} ici ; il a sans doute été enregistré "
        "en Latin-1 ou Windows-1252) ; enregistrez-le en UTF-8 dans votre éditeur",
    ),
    "nul_byte": (
        "the file contains a NUL byte ({char}), so it is not a text file saved as UTF-8; "
        "save it again as UTF-8 text",
        "le fichier contient un octet nul ({char}) : ce n’est pas un texte enregistré en UTF-8 ; "
        "enregistrez-le de nouveau en texte UTF-8",
    ),
    "control_char": (
        "invisible control character {char} here; delete it (it often comes from copy-paste)",
        "caractère de contrôle invisible {char} ici ; supprimez-le (il vient souvent d’un "
        "copier-coller)",
    ),
    "too_big": (
        "the file is too large ({size} bytes; the limit is 2 MB); split the article or remove "
        "what does not belong in it",
        "le fichier est trop gros ({size} octets ; la limite est de 2 Mo) ; découpez l’article "
        "ou retirez ce qui n’y a pas sa place",
    ),
    "unreadable": (
        "the file cannot be read ({reason})",
        "impossible de lire le fichier ({reason})",
    ),
    "empty_file": (
        "the file is empty; an article needs at least `id:`, `title:`, `level:`, `sentences:` "
        "and `questions:`",
        "le fichier est vide ; un article demande au moins « id: », « title: », « level: », "
        "« sentences: » et « questions: »",
    ),
    "top_not_mapping": (
        "the file must be made of `key: value` lines (`id:`, `title:`, …), but it is {kind}",
        "le fichier doit être fait de lignes « clé: valeur » (« id: », « title: »…), or c’est "
        "{kind}",
    ),
    "several_documents": (
        "a second YAML document starts here (a `---` line); put one article per file and "
        "remove this line",
        "un second document YAML commence ici (une ligne « --- ») ; mettez un seul article par "
        "fichier et supprimez cette ligne",
    ),
    "alias": (
        "`*{name}` is a YAML alias, which this format refuses; if it is text, put the whole "
        "text in quotes",
        "« *{name} » est un alias YAML, refusé par ce format ; si c’est du texte, mettez tout "
        "le texte entre guillemets",
    ),
    "anchor": (
        "`&{name}` is a YAML anchor, which this format refuses; if it is text, put the whole "
        "text in quotes",
        "« &{name} » est une ancre YAML, refusée par ce format ; si c’est du texte, mettez tout "
        "le texte entre guillemets",
    ),
    "bad_tag": (
        "the tag `{tag}` is not allowed (only plain text, lists and `key: value` lines are); "
        "remove it, or put the whole text in quotes",
        "l’étiquette « {tag} » n’est pas permise (seuls le texte, les listes et les lignes "
        "« clé: valeur » le sont) ; supprimez-la, ou mettez tout le texte entre guillemets",
    ),
    "too_deep": (
        "the file nests lists and keys more than {depth} levels deep, far more than the "
        "format needs; check the indentation and the brackets",
        "le fichier imbrique listes et clés sur plus de {depth} niveaux, bien plus que le format "
        "n’en demande ; vérifiez l’indentation et les crochets",
    ),
    "complex_key": (
        "a key must be a single word, but here it is {kind}; write `key: value`",
        "une clé doit être un simple mot, or c’est ici {kind} ; écrivez « clé: valeur »",
    ),
    "duplicate_key": (
        "the key `{key}` appears twice in the same place (first on line {first}); keep only one",
        "la clé « {key} » apparaît deux fois au même endroit (d’abord ligne {first}) ; "
        "n’en gardez qu’une",
    ),
    "unexpected": (
        "this file cannot be read as YAML ({reason}); check the line and the one above it",
        "ce fichier ne peut pas être lu comme du YAML ({reason}) ; vérifiez cette ligne et "
        "celle du dessus",
    ),
    # YAML syntax, explained.
    "colon_in_text": (
        'the text contains "{fragment}", which YAML reads as a new key. Put the whole text in '
        "quotes: {fix}",
        "le texte contient un deux-points suivi d’une espace, que YAML lit comme une nouvelle "
        "clé. Mettez tout le texte entre guillemets : {fix}",
    ),
    "colon_in_text_nofix": (
        'the text contains "{fragment}", which YAML reads as a new key. Put the whole text in '
        'quotes ("…")',
        "le texte contient un deux-points suivi d’une espace, que YAML lit comme une nouvelle "
        'clé. Mettez tout le texte entre guillemets ("…")',
    ),
    "leading_quote": (
        "the text starts with {quote} but goes on after the closing {quote}, which YAML does "
        "not allow. Put the whole text in quotes: {fix}",
        "le texte commence par « {quote} » mais continue après le « {quote} » fermant, ce que "
        "YAML n’accepte pas. Mettez tout le texte entre guillemets : {fix}",
    ),
    "bracket_start": (
        "the text starts with `[`, which YAML reads as the start of a list. Put the whole "
        "text in quotes: {fix}",
        "le texte commence par « [ », que YAML lit comme le début d’une liste. Mettez tout "
        "le texte entre guillemets : {fix}",
    ),
    "brace_start": (
        "the text starts with `{{`, which YAML reads as the start of a group of `key: value` "
        "pairs. Put the whole text in quotes: {fix}",
        "le texte commence par « {{ », que YAML lit comme le début d’un groupe « clé: valeur ». "
        "Mettez tout le texte entre guillemets : {fix}",
    ),
    "bad_start_char": (
        'a text cannot start with "{char}" in YAML. Put the whole text in quotes: {fix}',
        "en YAML, un texte ne peut pas commencer par « {char} ». Mettez tout le texte entre "
        "guillemets : {fix}",
    ),
    "control_escape": (
        "inside double quotes, `{escape}` is an escape for an invisible control character, "
        "not text; write `\\\\` for a backslash, or put the text in single quotes ('…') instead",
        "entre guillemets doubles, « {escape} » est l’échappement d’un caractère de contrôle "
        "invisible, pas du texte ; écrivez « \\\\ » pour une barre oblique inverse, ou mettez le "
        "texte entre apostrophes droites ('…')",
    ),
    "bad_escape": (
        "inside double quotes, `\\` starts an escape such as `\\n`; write `\\\\` for a "
        "backslash, or put the text in single quotes ('…') instead",
        "entre guillemets doubles, « \\ » commence un échappement comme « \\n » ; écrivez "
        "« \\\\ » pour une barre oblique inverse, ou mettez le texte entre apostrophes droites "
        "('…')",
    ),
    "tab_indent": (
        "this line is indented with a tab; YAML allows only spaces: replace the tab with spaces",
        "cette ligne est indentée avec une tabulation ; YAML n’accepte que des espaces : "
        "remplacez la tabulation par des espaces",
    ),
    "dash_space": (
        "missing space after `-`: write `{fix}`",
        "il manque une espace après « - » : écrivez « {fix} »",
    ),
    "colon_space": (
        "missing space after `:`: write `{fix}`",
        "il manque une espace après « : » : écrivez « {fix} »",
    ),
    "indent_more": (
        "this line is indented more than the line above it; lines of the same group must start "
        "in the same column (column {where} here)",
        "cette ligne est plus indentée que celle du dessus ; les lignes d’un même groupe doivent "
        "commencer à la même colonne (ici la colonne {where})",
    ),
    "indent_mismatch": (
        "the indentation of this line does not match the lines above it; line it up with "
        "the key or `-` it belongs with (column {where})",
        "l’indentation de cette ligne ne correspond pas aux lignes du dessus ; alignez-la sur "
        "la clé ou le « - » auquel elle appartient (colonne {where})",
    ),
    "indent_generic": (
        "the indentation here does not match the lines above it; keys of one group and the "
        "`-` of one list must start in the same column",
        "l’indentation ne correspond pas aux lignes du dessus ; les clés d’un même groupe et "
        "les « - » d’une même liste doivent commencer à la même colonne",
    ),
    "line_not_key": (
        "this line is neither `key: value` nor a list item `- …`; add the missing key, or "
        "if it continues the text above, indent it more",
        "cette ligne n’est ni « clé: valeur » ni un élément de liste « - … » ; ajoutez la clé "
        "manquante ou, si elle continue le texte du dessus, indentez-la davantage",
    ),
    "unclosed_quote": (
        "this quote {quote} is never closed; add the closing {quote} at the end of the text",
        "ce guillemet « {quote} » n’est jamais fermé ; ajoutez le « {quote} » fermant à la fin "
        "du texte",
    ),
    "unclosed_bracket": (
        "this `{open}` is never closed with `{close}`; close it, or if the text really starts "
        'with `{open}`, put the whole text in quotes ("…")',
        "ce « {open} » n’est jamais fermé par « {close} » ; fermez-le ou, si le texte commence "
        'vraiment par « {open} », mettez tout le texte entre guillemets ("…")',
    ),
    "syntax_generic": (
        "YAML syntax error ({problem}); check the quotes, the indentation and the `key: value` "
        "pairs on this line and the one above",
        "erreur de syntaxe YAML ({problem}) ; vérifiez les guillemets, l’indentation et les "
        "paires « clé: valeur » sur cette ligne et celle du dessus",
    ),
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

_NBSP = "\u00a0"
_NNBSP = "\u202f"
_FR_SPACES = (
    (re.compile(r" ([:])"), _NBSP + r"\1"),
    (re.compile(r" ([;!?])"), _NNBSP + r"\1"),
    (re.compile(r"« "), "«" + _NBSP),
    (re.compile(r" »"), _NBSP + "»"),
)
_FR_CACHE: dict[str, str] = {}


def _spaced(text: str) -> str:
    for pattern, repl in _FR_SPACES:
        text = pattern.sub(repl, text)
    return text


def _typography(template: str) -> str:
    """French spacing for the template's own punctuation (placeholders untouched)."""
    cached = _FR_CACHE.get(template)
    if cached is None:
        cached = _FR_CACHE[template] = _spaced(template)
    return cached


def msg(code: str, **kw: object) -> tuple[str, str]:
    """The (English, French) message for `code`, filled with `kw`.

    `kind` names a node kind ("text", "list", "mapping") and is put in words
    in each language; `*_en` / `*_fr` pairs are picked per language.
    """
    en_template, fr_template = MESSAGES[code]
    en_kw = {k: v for k, v in kw.items() if not k.endswith("_fr")}
    fr_kw = {k: v for k, v in kw.items() if not k.endswith("_en")}
    hint = kw.get("hint")
    if isinstance(hint, tuple):  # our own wording (ids at most), so French spacing applies
        en_kw["hint"], fr_kw["hint"] = hint[0], _spaced(hint[1])
    kind = kw.get("kind")
    if isinstance(kind, str) and kind in _KINDS:
        en_kw["kind"], fr_kw["kind"] = _KINDS[kind]
    return en_template.format(**en_kw), _typography(fr_template).format(**fr_kw)
