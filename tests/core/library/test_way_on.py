"""The way on after an article or a review: never an article already done at 100 %
while another waits; unread first, then half-way, then below full marks, and when every
article is perfect, a reread of the one done longest ago."""

from __future__ import annotations

from quizapp.core.library.recommend import Candidate, way_on


def c(id_: str, state: str = "new", best: float | None = None, last: str = "", **kw):
    return Candidate(id=id_, level=kw.pop("level", "B1"), state=state, best=best, last=last, **kw)


def test_the_next_unread_article_after_this_one_going_round_the_list():
    shelf = [c("a"), c("b", "done", 1.0, "2026-12-01"), c("here", "done", 1.0), c("d", "done", 1.0)]
    pick = way_on(shelf, "here")
    assert pick is not None and (pick.kind, pick.article_id) == ("new", "a")
    shelf = [c("a"), c("here"), c("b")]
    assert way_on(shelf, "here").article_id == "b"  # the list's order: the next one


def test_then_one_left_half_way_then_one_below_full_marks():
    shelf = [
        c("here", "done", 1.0),
        c("perfect", "done", 1.0, "2026-01-01"),
        c("weak", "done", 0.6, "2026-12-01"),
        c("started", "progress", at=(3, 10)),
    ]
    pick = way_on(shelf, "here")
    assert (pick.kind, pick.article_id, pick.at) == ("resume", "started", (3, 10))
    pick = way_on(shelf[:3], "here")
    assert (pick.kind, pick.article_id, pick.best) == ("redo", "weak", 0.6)


def test_every_article_perfect_rereads_the_one_done_longest_ago():
    shelf = [
        c("here", "done", 1.0, "2026-01-01"),
        c("recent", "done", 1.0, "2026-12-05"),
        c("oldest", "done", 1.0, "2026-03-02"),
        c("middle", "done", 1.0, "2026-06-10"),
    ]
    pick = way_on(shelf, "here")
    assert (pick.kind, pick.article_id) == ("reread", "oldest")  # never this one itself


def test_this_article_alone_leaves_no_way_on():
    assert way_on([c("here", "done", 1.0)], "here") is None
    assert way_on([], None) is None


def test_after_a_review_the_unread_article_that_suits_best():
    shelf = [c("hard", level="C1"), c("easy", level="A2"), c("done", "done", 1.0, level="A2")]
    assert way_on(shelf, None, "A2").article_id == "easy"
    pick = way_on([c("x", "done", 1.0, "2026-05-01"), c("y", "done", 0.9)], None)
    assert (pick.kind, pick.article_id) == ("redo", "y")


def test_the_level_that_suits_comes_before_the_library_order():
    """A B1 learner who said so, or scored well at B1, is not sent back to A2."""
    shelf = [c("here", "done", 1.0, "2026-12-01"), c("easy", level="A2"), c("fit", level="B2")]
    assert way_on(shelf, "here", "B1").article_id == "fit"  # B1 at 100 %: one up
    shelf = [c("here"), c("easy", level="A2"), c("mine", level="B1")]
    assert way_on(shelf, "here", "B1").article_id == "mine"  # no result yet: the level said
    perfect = [
        c("here", "done", 1.0, "2026-12-05"),
        c("old-a2", "done", 1.0, "2026-01-01", level="A2"),
        c("b2", "done", 1.0, "2026-06-01", level="B2"),
    ]
    pick = way_on(perfect, "here", "B1")
    assert (pick.kind, pick.article_id) == ("reread", "b2")


def test_the_library_card_rereads_the_weakest_then_the_level_that_suits():
    from quizapp.core.library.recommend import recommend

    perfect = [
        c("old-a2", "done", 1.0, "2026-01-01", level="A2"),
        c("b1", "done", 1.0, "2026-06-01"),
        c("b2", "done", 1.0, "2026-06-01", level="B2"),
    ]
    assert recommend(perfect, 0, "B1").article_id == "b1"  # all at 100 %: the level said
    weak = [*perfect, c("weak-a2", "done", 0.4, "2026-06-01", level="A2")]
    assert recommend(weak, 0, "B1").article_id == "weak-a2"  # the weakest still first
