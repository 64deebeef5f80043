"""The format's keys by the place that holds them, for advice on broken lines.

When YAML cannot read a line, the loader has no tree to ask; these tables
say which keys a list item of each kind has (a sentence's, an option's, a
question's…), so the advice can name the column of the item a key belongs to,
and tell a missing colon (`level B1`) from a line of text.
"""

from __future__ import annotations

# The format's keys, by the list item that holds them (an item's first key tells its kind).
SENTENCE_KEYS = frozenset({"id", "fr", "en", "paragraph"})
GLOSS_KEYS = frozenset({"fr", "en", "note", "forms", "match"})
OPTION_KEYS = frozenset({"text", "text_en", "correct", "feedback", "feedback_en"})
PAIR_KEYS = frozenset({"left", "right"})
QUESTION_KEYS = frozenset(
    {
        "id",
        "type",
        "prompt",
        "prompt_en",
        "sentences",
        "points",
        "hint",
        "hint_en",
        "explanation",
        "explanation_en",
        "options",
        "answer",
        "not_given",
        "answers",
        "text",
        "choices",
        "pairs",
        "items",
        "shuffle",
    }
)
ITEM_FAMILIES = (SENTENCE_KEYS, GLOSS_KEYS, OPTION_KEYS, PAIR_KEYS, QUESTION_KEYS)
TOP_KEYS = frozenset(
    {
        "format",
        "id",
        "title",
        "title_en",
        "level",
        "tags",
        "source",
        "settings",
        "sentences",
        "glossary",
        "questions",
        "attempts",
        "retry_penalty",
        "hint_penalty",
        "shuffle",
        "accents",
        "typos",
    }
)
FORMAT_KEYS = TOP_KEYS.union(*ITEM_FAMILIES)
