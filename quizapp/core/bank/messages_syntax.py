"""Messages for reading a file and for YAML syntax, in English and in French.

Part of the one message table (`messages.MESSAGES`): each entry is a code and
its (English, French) templates, reviewed side by side.
"""

from __future__ import annotations

READING: dict[str, tuple[str, str]] = {
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
    "missing_colon": (
        "add a colon after `{key}`: write `{fix}`",
        "ajoutez un deux-points après « {key} » : écrivez « {fix} »",
    ),
    "may_follow": (
        "{message} (may follow from the error above)",
        "{message} (peut découler de l’erreur ci-dessus)",
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
}
