"""The library's one next thing: in progress first, then the new article that suits the
learner (level, then fewest new words), then the review or a reread of the weakest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from quizapp.core.library.recommend import Candidate, Pick, due_day, recommend, target_level


def new(aid: str, level: str, words: int | None = None) -> Candidate:
    return Candidate(aid, level, title=aid, new_words=words)


def done(aid: str, level: str, best: float, last: str = "2026-12-01") -> Candidate:
    return Candidate(aid, level, title=aid, state="done", best=best, last=last)


def test_a_run_in_progress_comes_first_the_latest_one():
    older = Candidate("a", "B1", state="progress", at=(3, 10), last="2026-11-30")
    latest = Candidate("b", "B2", state="progress", at=(5, 16), last="2026-12-02")
    pick = recommend([new("c", "A2", 3), older, latest, done("d", "B1", 1.0)], due=4)
    assert pick == Pick("resume", "b", at=(5, 16))


def test_a_new_learner_starts_at_the_easiest_level_with_the_fewest_new_words():
    pick = recommend([new("hard", "B2", 5), new("easy", "A2", 90), new("easier", "A2", 40)])
    assert pick == Pick("new", "easier", new_words=40)


def test_good_recent_results_move_the_learner_one_level_up():
    history = [done("x", "A2", 0.9, "2026-12-02"), done("y", "A2", 1.0, "2026-12-01")]
    articles = [new("a2", "A2", 10), new("b1", "B1", 80), new("b1-few", "B1", 30)]
    assert target_level(history + articles) == 2  # B1
    assert recommend(history + articles) == Pick("new", "b1-few", new_words=30)


def test_weak_recent_results_move_the_learner_one_level_down():
    history = [done("x", "B2", 0.3, "2026-12-02"), done("y", "B2", 0.4, "2026-12-01")]
    articles = [new("b2", "B2", 10), new("b1", "B1", 60)]
    assert recommend(history + articles) == Pick("new", "b1", new_words=60)


def test_middling_results_keep_the_level_and_the_latest_results_count_most():
    old = [done(f"old{n}", "A2", 1.0, f"2026-10-0{n}") for n in range(1, 6)]
    recent = [done(f"new{n}", "B2", 0.65, f"2026-12-0{n}") for n in range(1, 6)]
    articles = [new("a2", "A2", 1), new("b2", "B2", 50), new("c1", "C1", 5)]
    assert recommend(old + recent + articles) == Pick("new", "b2", new_words=50)


def test_uncounted_new_words_come_after_counted_ones_at_the_same_level():
    pick = recommend([new("unknown", "A2"), new("counted", "A2", 200)])
    assert pick == Pick("new", "counted", new_words=200)


def test_everything_read_the_review_waiting_comes_next():
    history = [done("x", "A2", 0.9), done("y", "B1", 0.6)]
    assert recommend(history, due=3) == Pick("review", due=3)


def test_everything_read_and_nothing_due_reread_the_weakest():
    history = [done("x", "A2", 0.9), done("y", "B1", 0.6), done("z", "B2", 1.0)]
    assert recommend(history) == Pick("reread", "y", best=0.6)


def test_no_article_no_pick():
    assert recommend([]) is None


def test_the_next_review_day_in_words():
    now = datetime(2026, 12, 7, 10, 0, tzinfo=UTC).astimezone()
    assert due_day(None, now) == ("", None)
    assert due_day(now + timedelta(hours=1), now)[0] == "today"
    assert due_day(now - timedelta(hours=1), now)[0] == "today"
    assert due_day(now + timedelta(days=1), now) == ("tomorrow", (now + timedelta(days=1)).date())
    assert due_day(now + timedelta(days=3), now)[0] == "week"
    assert due_day(now + timedelta(days=12), now)[0] == "later"


def test_a_declared_level_places_a_new_learner_until_results_speak():
    """A B1 learner's first article is B1, not the easiest listed; once results exist,
    they decide, and "I don't know" (None) or an odd value keeps the easiest."""
    shelf = [new("a2", "A2", 10), new("b1", "B1", 40), new("c1", "C1", 90)]
    assert recommend(shelf, declared="B1") == Pick("new", "b1", new_words=40)
    assert recommend(shelf, declared="C1").article_id == "c1"
    assert recommend(shelf, declared=None).article_id == "a2"
    assert recommend(shelf, declared="Z9").article_id == "a2"
    assert target_level(shelf, "B2") == 3
    results = [*shelf, done("a2-old", "A2", 0.6)]
    assert recommend(results, declared="C1").article_id == "a2"  # their results, not the word


def test_the_new_words_count_means_something_only_with_a_history():
    from quizapp.core.library.recommend import HISTORY_WORDS, new_words_meaningful

    assert not new_words_meaningful(0)
    assert not new_words_meaningful(HISTORY_WORDS - 1)
    assert new_words_meaningful(HISTORY_WORDS)
