"""The way on after an article's quiz and after a review: the next unread article
while there is one; once every article is read, an exam of one below full marks or a
text of one's own, never a reread as the primary."""

from __future__ import annotations

from quizapp.core.library.end_ways import (
    EXAM,
    LIBRARY,
    NEXT,
    OWN,
    REREAD,
    Ways,
    after_article,
    after_review,
)


def test_an_unread_or_half_read_article_is_the_next_step():
    for pick in ("new", "resume"):
        assert after_article(pick, 1.0) == Ways(NEXT)
        assert after_article(pick, 0.4) == Ways(NEXT)
        assert after_review(pick) == Ways(NEXT)


def test_everything_read_an_article_below_full_marks_is_redone_as_an_exam():
    assert after_article("redo", 1.0) == Ways(EXAM, (OWN, LIBRARY), all_read=True)
    here = after_article("reread", 0.7)  # the others perfect, this one not
    assert here.primary == EXAM and here.exam_here and here.all_read
    assert here.quiet == (OWN, LIBRARY, REREAD)


def test_everything_perfect_a_text_of_one_s_own_and_the_reread_a_quiet_link():
    ways = after_article("reread", 1.0)
    assert ways == Ways(OWN, (LIBRARY, REREAD), all_read=True)
    assert ways.primary != REREAD


def test_after_a_review_everything_read_is_the_library_never_a_reread():
    for pick in ("redo", "reread"):
        ways = after_review(pick)
        assert ways == Ways(LIBRARY, (OWN,), all_read=True)
        assert REREAD not in (ways.primary, *ways.quiet)
    assert after_review("") == Ways(LIBRARY)
    assert after_article("", 1.0) == Ways("")  # a bank of one: the card's own redo
