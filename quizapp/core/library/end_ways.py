"""What the end of an article offers once its quiz is done, and what a review's end
offers: one primary action and a few quiet ones, from the library's pick (`way_on`'s
kind) and the article's best score. Plain data, no Qt: the end card and the review's
done page say it in words.

The rule: while an article is unread (or left half-way) the next one is the way on.
Once every article is read, a reread of another article is never the primary: an
article below full marks is redone as an exam (the test mode, which proves what was
learnt), else the learner's own text is the next thing worth reading; the library and
a reread (« Reread another article: … ») are quiet links beside it.
"""

from __future__ import annotations

from typing import NamedTuple

NEXT = "next"  # the library's next article, unread or left half-way
EXAM = "exam"  # an article below full marks, its quiz in test mode
OWN = "own"  # paste (or open) a text of the learner's own
LIBRARY = "library"  # back to the library
REREAD = "reread"  # another article, read again


class Ways(NamedTuple):
    """The primary action, the quiet ones after it, and whether everything is read
    (said as an achievement, not an apology). `exam_here`: the exam is of the article
    just read, not of the pick."""

    primary: str
    quiet: tuple[str, ...] = ()
    all_read: bool = False
    exam_here: bool = False


def after_article(pick: str, best: float | None) -> Ways:
    """After an article whose quiz is done (`best` its best share, 0–1): `pick` is the
    library's kind of way on (`recommend.way_on`: "new", "resume", "redo", "reread",
    "" for none)."""
    if pick in ("new", "resume"):
        return Ways(NEXT)
    weak_here = best is not None and best < 1.0
    if pick == "redo":  # another article below full marks: every one is read
        return Ways(EXAM, (OWN, LIBRARY), all_read=True)
    if pick == "reread":  # every other article at full marks
        if weak_here:
            return Ways(EXAM, (OWN, LIBRARY, REREAD), all_read=True, exam_here=True)
        return Ways(OWN, (LIBRARY, REREAD), all_read=True)
    return Ways("")  # a bank of one: the card's own « Redo the quiz »


def after_review(pick: str) -> Ways:
    """After a review sitting: an unread article (or one left half-way) is what a
    learner came back to read, the review being a warm-up before it; with everything
    read the library is the way on (its cards show each score), a text of one's own
    quietly beside it. Never a reread: it was not asked for."""
    if pick in ("new", "resume"):
        return Ways(NEXT)
    if pick in ("redo", "reread"):
        return Ways(LIBRARY, (OWN,), all_read=True)
    return Ways(LIBRARY)
