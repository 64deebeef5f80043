"""The malformed-file corpus: each file gives the expected problems, at the expected place.

The table maps a file of tests/data/bad/ to (line, column or None, severity,
message fragment). Every listed problem must be reported, each file must be
handled quickly, and a file with an error must not load.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from quizapp.core.bank.loader import check_file
from quizapp.core.bank.problems import Severity

BAD = Path(__file__).resolve().parents[2] / "data" / "bad"
E, W = Severity.ERROR, Severity.WARNING

EXPECTED: dict[str, list[tuple[int, int | None, Severity, str]]] = {
    # YAML syntax, explained with the fix.
    "colon_in_prompt.yaml": [
        (
            12,
            21,
            E,
            'the text contains " : ", which YAML reads as a new key. Put the whole '
            'text in quotes: prompt: "Question : où dort le chat ?"',
        ),
    ],
    "colon_at_end.yaml": [(6, 22, E, 'fr: "Le chat a dit :"')],
    "colon_in_list_item.yaml": [(14, 16, E, '- "Réponse : le chat"')],
    "colon_continued_line.yaml": [(7, 16, E, 'the text contains " : "')],
    "leading_quote.yaml": [
        (6, 9, E, 'goes on after the closing "'),
        (6, 9, E, """fr: '"Nous dormons" a dit le chat.'"""),
    ],
    "quotes_inside_quotes.yaml": [(6, 9, E, """fr: 'Le chat a dit "non" ce soir.'""")],
    "dash_no_space_in_list.yaml": [(5, 3, E, "missing space after `-`: write `- id: s1`")],
    "control_escape.yaml": [(6, 9, E, "`\\b` is an escape for an invisible control character")],
    "indent_inside_item.yaml": [(7, 4, E, "it belongs with (column 5)")],
    "tab_indent.yaml": [(7, 1, E, "indented with a tab")],
    "dash_no_space.yaml": [(13, 3, E, "missing space after `-`: write `- id: q1`")],
    "dash_key.yaml": [(9, 3, E, "missing space after `-`")],
    "colon_no_space.yaml": [(1, 3, E, "missing space after `:`: write `id: demo`")],
    "colon_no_space_item.yaml": [(5, 5, E, "missing space after `:`")],
    "bad_indent.yaml": [(7, 6, E, "indented more than the line above")],
    "bad_indent_less.yaml": [(7, 4, E, "indentation of this line does not match")],
    "unclosed_quote.yaml": [(6, 9, E, '" is never closed')],
    "unclosed_bracket.yaml": [(11, 16, E, "`[` is never closed")],
    "cloze_starts_with_bracket.yaml": [(13, 11, E, "starts with `[`")],
    "bad_escape.yaml": [(12, 23, E, "starts an escape")],
    "at_start.yaml": [(7, 9, E, 'cannot start with "@"')],
    "dialogue_dash.yaml": [
        (
            6,
            9,
            E,
            'cannot start with "-" in YAML. Put the whole text in quotes: '
            'fr: "- Bonjour, dit le chat."',
        )
    ],
    "greater_than_start.yaml": [(7, 9, E, 'cannot start with ">"')],
    "hash_start.yaml": [
        (
            2,
            8,
            E,
            "the text of `title` starts with `#`, which starts a YAML comment, so the text is "
            'empty. Put the whole text in quotes: title: "#1 des chats"',
        )
    ],
    "bang_tag.yaml": [(12, 13, E, "the tag `!` is not allowed")],
    # Hostile or broken files.
    "python_tag.yaml": [(2, 8, E, "tag `!!python/object/apply:os.system` is not allowed")],
    "custom_tag.yaml": [(2, 8, E, "tag `!titre` is not allowed")],
    "alias_bomb.yaml": [(1, 4, E, "`&a` is a YAML anchor")],
    "alias.yaml": [(7, 9, E, "`*chat` is a YAML alias")],
    "deep_nesting.yaml": [(2, None, E, "more than 20 levels deep")],
    "deep_block.yaml": [(21, None, E, "more than 20 levels deep")],
    "nul_byte.yaml": [(6, 16, E, "NUL byte")],
    "latin1.yaml": [(12, 19, E, "not valid UTF-8 (byte 0xE9")],
    "utf16.yaml": [(1, 1, E, "saved as UTF-16")],
    "utf16_nobom.yaml": [(1, 1, E, "saved as UTF-16")],
    "control_char.yaml": [(6, 16, E, "control character U+0007")],
    "empty_file.yaml": [(1, 1, E, "the file is empty")],
    "top_list.yaml": [(1, 1, E, "but it is a list")],
    "top_scalar.yaml": [(1, 1, E, "but it is text")],
    "two_documents.yaml": [(14, 1, E, "a second YAML document")],
    "complex_key.yaml": [(2, 3, E, "a key must be a single word")],
    "duplicate_keys.yaml": [
        (8, 5, E, "the key `fr` appears twice in the same place (first on line 6)")
    ],
    "duplicate_top_keys.yaml": [
        (14, 1, E, "`title` appears twice in the same place (first on line 2)")
    ],
    # Schema.
    "unknown_keys.yaml": [
        (14, 5, W, "unknown key `explantion`: did you mean `explanation`?"),
        (15, 5, W, "unknown key `colour`"),
    ],
    "comment_cut.yaml": [
        (6, 33, W, 'the text is cut at " #"'),
        (6, 33, W, 'fr: "Le chat a gagné le prix #1 ce soir."'),
    ],
    "missing_keys.yaml": [
        (1, 1, E, "missing required key `title`"),
        (1, 1, E, "missing required key `level`"),
        (1, 1, E, "missing required key `questions`"),
    ],
    "bad_slug.yaml": [(1, 5, E, "for example `le-chat-ete`")],
    "bad_level.yaml": [(3, 8, E, "`level: B3` is not allowed")],
    "bad_format.yaml": [(1, 9, E, "`format: 2` is not supported")],
    "sentence_ids.yaml": [
        (8, 9, E, "the sentence id `s1` is already used on line 5"),
        (10, 9, E, "a sentence id cannot contain spaces"),
        (13, 5, E, "missing required key `fr`"),
    ],
    "question_ids.yaml": [(16, 9, E, "the question id `q1` is already used on line 12")],
    "evidence.yaml": [
        (14, 21, E, "there is no sentence `s9`"),
        (18, 16, E, "`sentences` needs at least 1 sentence id, but has 0"),
        (20, 5, E, "missing required key `sentences`"),
    ],
    "choice_rules.yaml": [
        (17, 7, E, "no option is marked `correct: true`; a `choice` question needs exactly one"),
        (26, 9, E, "2 options are marked `correct: true` (lines 24, 26)"),
        (33, 7, E, "a `multi` question needs at least one"),
        (41, 7, E, "`options` needs at least 2 options, but has 1"),
        (48, 9, E, "each option must be a group of `key: value` lines"),
    ],
    "match_rules.yaml": [
        (17, 7, E, "`pairs` needs at least 2 pairs, but has 1"),
        (26, 15, E, "`chat` appears twice in `left` (first on line 24)"),
        (29, 16, E, "`dog` appears twice in `right` (first on line 27)"),
        (30, 9, E, "missing required key `right`"),
        (35, 12, E, "`pairs` must be a list"),
    ],
    "order_rules.yaml": [
        (16, 12, E, "`items` needs at least 3 items, but has 2"),
        (24, 9, E, "`dormir` appears twice in `items` (first on line 22)"),
    ],
    "cloze_rules.yaml": [
        (16, 11, E, "has no blank"),
        (21, 11, E, "`|` outside a blank"),
        (26, 11, E, "a blank has an empty answer (`[dort|]`)"),
        (32, 14, E, "the answer of the blank `[chat]` is not among the `choices`"),
        (38, 14, E, "`choices` needs at least 2 choices, but has 1"),
    ],
    "numbers.yaml": [
        (1, 9, E, "`format` must be a whole number"),
        (6, 13, E, "`attempts` must be a whole number of at least 1, not `0`"),
        (7, 18, E, "`retry_penalty` is a share of the points: a number from 0 to 1"),
        (8, 17, E, "`hint_penalty` must be a number without quotes"),
        (21, 13, E, "`points` must be more than 0, not `0`"),
        (26, 13, E, "`points` must be a number such as 2 or 0.5, not `deux`"),
        (31, 13, E, "`points` must be more than 0, not `-1`"),
    ],
    "attempts_fraction.yaml": [(5, 13, E, "`attempts` must be a whole number")],
    "booleans.yaml": [
        (5, 12, E, "`shuffle` must be true or false, not `on`"),
        (18, 14, E, "`shuffle` must be true or false, not `maybe`"),
        (21, 18, E, "`correct` must be true or false without quotes"),
        (27, 13, E, "`answer` must be true, false or not_given, not `vrai`"),
        (28, 16, E, "`not_given` must be true or false, not `1`"),
        (29, 5, E, "missing required key `answer`"),
    ],
    "enums.yaml": [
        (5, 12, E, "`accents: loose` is not allowed; use one of: strict, lenient"),
        (6, 10, E, "`typos: halff` is not allowed; did you mean `half`?"),
        (7, 3, W, "unknown key `atempts`: did you mean `attempts`?"),
        (18, 12, E, "`match: fuzzy` is not allowed"),
        (21, 11, E, "`type: choise` is not allowed; did you mean `choice`?"),
    ],
    "glossary.yaml": [
        (12, 5, E, "missing required key `en`"),
        (13, 5, E, "each glossary entry must be a group of `key: value` lines"),
        (16, 12, E, "`forms` must be a list"),
    ],
    "glossary_duplicate.yaml": [(14, 5, W, "the entry « Rêver » repeats the headword of line 12")],
    "empty_en.yaml": [(7, 5, W, "the English translation `en` of sentence `s1` is empty")],
    "wrong_kinds.yaml": [
        (2, 8, E, "`title` must be text, but it is a list"),
        (3, 7, E, "`tags` must be a list"),
        (15, 7, E, "`answers` must be a list"),
    ],
    "wrong_type_keys.yaml": [(14, 5, W, "`options` is not used by a `short` question")],
    "short_no_answers.yaml": [(13, 14, E, "`answers` needs at least 1 answer, but has 0")],
    "empty_texts.yaml": [(2, 7, E, "`title` is empty"), (12, 13, E, "`prompt` is empty")],
    "sentences_not_list.yaml": [
        (5, 3, E, "`sentences` must be a list"),
        (7, 12, E, "`questions` needs at least 1 question, but has 0"),
    ],
}


def test_corpus_is_complete():
    on_disk = {p.name for p in BAD.glob("*.yaml")}
    assert on_disk == set(EXPECTED), "every bad file has expectations, and every expectation a file"
    assert len(on_disk) >= 30


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file(name: str):
    started = time.perf_counter()
    article, problems = check_file(BAD / name)
    assert time.perf_counter() - started < 3, "each bad file is handled within seconds"
    for line, column, severity, fragment in EXPECTED[name]:
        matching = [p for p in problems if fragment in p.message]
        assert matching, (
            f"{name}: no problem says {fragment!r}; got {[p.format() for p in problems]}"
        )
        p = matching[0]
        assert (p.line, p.severity) == (line, severity), p.format()
        if column is not None:
            assert p.column == column, p.format()
    for p in problems:
        assert p.message and p.message_fr, "both languages are always filled"
        assert p.message != p.message_fr
        assert p.line >= 1 and p.column >= 1
        assert str(p.path) == str(BAD / name)
        assert "Traceback" not in p.message and "internal error" not in p.message
    has_error = any(p.severity is E for p in problems)
    assert (article is None) == has_error
