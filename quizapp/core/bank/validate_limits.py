"""The format's limits on counts and lengths, and the rules for typed answers.

A match of 10,000 pairs or a cloze of 20,000 blanks froze the window, and an
answer longer than a line edit holds can never be typed: each is refused here
with a message at its place, before the question is built. An answer is also
checked against what matching will do to it (invisible characters dropped,
punctuation and quotes set aside), so that no question is impossible to answer.
"""

from __future__ import annotations

from quizapp.core.bank.limits import MAX_ANSWER_CHARS, MAX_CHOICES
from quizapp.core.bank.validate_values import Reader
from quizapp.core.bank.yamlsafe import Node
from quizapp.core.grading.answers import normalise
from quizapp.core.grading.invisible import invisible_in, shown_with_codes, without_invisible


def at_most(
    reader: Reader,
    key: str,
    node: Node,
    count: int,
    noun: tuple[str, str],
    limit: int = MAX_CHOICES,
) -> bool:
    """Whether `count` is within `limit`; an error at the list otherwise."""
    if count <= limit:
        return True
    reader.error(
        node, "too_many", key=key, count=count, limit=limit, noun_en=noun[0], noun_fr=noun[1]
    )
    return False


def short_enough(reader: Reader, key: str, value: str, node: Node) -> bool:
    """Whether one answer, option, item or side of a pair is within the length limit."""
    if len(value) <= MAX_ANSWER_CHARS:
        return True
    reader.error(node, "too_long", key=key, length=len(value), limit=MAX_ANSWER_CHARS)
    return False


def typed_answer(reader: Reader, key: str, value: str, node: Node) -> bool:
    """Whether an answer a learner must type can be matched at all (an error if not);
    a warning when it hides invisible characters, which matching ignores."""
    if not short_enough(reader, key, value, node):
        return False
    hidden = invisible_in(value)
    if hidden:
        reader.warning(
            node,
            "invisible_answer",
            value=shown_with_codes(value),
            char=f"U+{ord(hidden[0]):04X}",
            clean=without_invisible(value),
        )
    if not normalise(value):
        reader.error(node, "answer_nothing_to_type", value=value)
        return False
    return True
