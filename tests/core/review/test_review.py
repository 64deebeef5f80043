"""Spaced review end to end in core: a scripted learner's misses come back, rated as fsrs says."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import fsrs
import pytest

from quizapp.core.progress.api import ProgressStore
from quizapp.core.review import due, scheduling
from quizapp.core.review.ratings import Outcome, Rating, rating_for, rating_from_key
from tests.core.progress_fixtures import FakeClock, make_article

S1_FR, S1_EN = "La Russie va stationner des armes.", "Russia will station weapons."


def _learner_who_misses(store: ProgressStore, clock: FakeClock):
    """Looks two words up, gets q2 wrong then right on retry, q1 and q3 right."""
    zoe = store.create_profile("Zoé")
    article = make_article()
    sid = store.start_session(zoe, article, "practice", {})
    store.log_lookup(zoe, "belarus", "s1", "armes", "arme", "weapon", S1_FR, S1_EN)
    store.log_lookup(zoe, "belarus", "s1", "stationner", "stationner", "to station", S1_FR, S1_EN)
    store.log_lookup(zoe, "belarus", "s1", "armes", "arme", "weapon", S1_FR, S1_EN)
    store.record_answer(sid, "q1", 0, 1, 1, 1, 0, [], {})
    store.record_answer(sid, "q2", "1995", 0, 2, 1, 0, [], {})
    store.record_answer(sid, "q2", "1996", 2, 2, 2, 0, [], {})
    store.record_answer(sid, "q3", False, 1, 1, 1, 0, [], {})
    clock.advance(minutes=1)
    return zoe


def test_looked_up_words_and_missed_questions_come_back_due(store, clock):
    zoe = _learner_who_misses(store, clock)
    cards = due.due_list(store, zoe, clock())
    assert [(c.kind, c.item) for c in cards] == [
        ("word", "arme"),
        ("word", "stationner"),
        ("question", "q2"),
    ]
    assert all(c.is_new and c.article_id == "belarus" for c in cards)
    # another learner sees none of them
    assert due.due_list(store, store.create_profile("Léo"), clock()) == []


def test_rating_moves_the_due_date_as_fsrs_says(store, clock):
    zoe = _learner_who_misses(store, clock)
    reference = fsrs.Scheduler(desired_retention=0.9, enable_fuzzing=False)
    twin = None
    for rating in (Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.EASY):
        card = next(c for c in store.review_cards(zoe) if c.item == "arme")
        if twin is None:
            twin = fsrs.Card(card_id=card.id, due=card.due)
        when = clock.advance(days=3)
        done = scheduling.rate(store, card, rating, now=when, fuzz=False)
        twin, _ = reference.review_card(twin, fsrs.Rating(int(rating)), review_datetime=when)
        saved = store.review_card(card.id)
        assert saved is not None and done.saved.saved
        assert saved.due == twin.due.replace(microsecond=0)
        assert saved.state == int(twin.state) and saved.stability == pytest.approx(twin.stability)
        assert saved.difficulty == pytest.approx(twin.difficulty)
    final = store.review_card(card.id)
    assert final is not None and final.reps == 4 and final.lapses == 1
    log = store.review_log(zoe)
    assert [entry.rating for entry in log] == [3, 3, 1, 4]
    assert all(entry.item == "arme" for entry in log)
    assert log[1].due_before == log[0].due_after


def test_a_rated_card_leaves_the_due_list_until_its_time(store, clock):
    zoe = _learner_who_misses(store, clock)
    card = due.due_list(store, zoe, clock())[0]
    done = scheduling.rate(store, card, Rating.EASY, now=clock(), fuzz=False)
    assert card.id not in [c.id for c in due.due_list(store, zoe, clock())]
    assert card.id in [c.id for c in due.due_list(store, zoe, done.due + timedelta(seconds=1))]


def test_the_daily_limit_of_new_cards(store, clock):
    zoe = _learner_who_misses(store, clock)
    assert len(due.due_list(store, zoe, clock(), new_per_day=2)) == 2
    first = due.due_list(store, zoe, clock(), new_per_day=2)[0]
    scheduling.rate(store, first, Rating.AGAIN, now=clock(), fuzz=False)
    later = clock.advance(minutes=30)
    # one new card started today: one more new card, plus the one now in learning
    cards = due.due_list(store, zoe, later, new_per_day=2)
    assert sum(c.is_new for c in cards) == 1 and first.id in [c.id for c in cards]
    assert sum(c.is_new for c in due.due_list(store, zoe, later, new_per_day=0)) == 0


def test_desired_retention_changes_the_interval(store, clock):
    zoe = _learner_who_misses(store, clock)
    card = next(c for c in store.review_cards(zoe) if c.item == "stationner")
    high = scheduling.scheduler(0.97, False).review_card(scheduling.to_fsrs(card), fsrs.Rating.Easy)
    low = scheduling.scheduler(0.8, False).review_card(scheduling.to_fsrs(card), fsrs.Rating.Easy)
    assert high[0].due < low[0].due


def test_the_summary_says_what_was_reviewed_and_what_comes_next(store, clock):
    zoe = _learner_who_misses(store, clock)
    start = clock()
    for card in due.due_list(store, zoe, start):
        scheduling.rate(store, card, Rating.GOOD, now=clock(), fuzz=False)
    result = due.summary(store, zoe, start, clock())
    assert len(result.reviewed) == 3
    assert result.next_due is not None and result.next_due > clock()
    assert result.due_tomorrow == 3  # learning steps of minutes


@pytest.mark.parametrize(
    ("outcome", "kind", "expected"),
    [
        (Outcome(0, 1), "word", Rating.AGAIN),
        (Outcome(0.5, 1, attempts=1), "question", Rating.AGAIN),
        (Outcome(1, 1, attempts=2), "word", Rating.HARD),
        (Outcome(2, 2, hints=1, seconds=1), "question", Rating.HARD),
        (Outcome(1, 1, slips=1), "word", Rating.HARD),
        (Outcome(1, 1, seconds=3), "word", Rating.GOOD),  # fast is not Easy: the learner says it
        (Outcome(1, 1, seconds=12), "word", Rating.GOOD),
        (Outcome(1, 1, seconds=12), "question", Rating.GOOD),
        (Outcome(1, 1, seconds=40), "question", Rating.GOOD),
    ],
)
def test_ratings_come_from_the_outcome(outcome, kind, expected):
    assert rating_for(outcome, kind) is expected


def test_keys_one_to_four_override_as_in_anki():
    assert [rating_from_key(k) for k in "12345"] == [*Rating, None]
    assert rating_from_key("e") is rating_from_key("E") is Rating.EASY  # « It was easy »


def test_start_of_day_is_local_midnight():
    now = datetime(2026, 3, 2, 15, 30, tzinfo=UTC)
    start = due.start_of_day(now)
    assert start <= now < start + timedelta(days=1)
    assert start.astimezone().hour == 0 and start.astimezone().minute == 0


def test_the_next_due_card_once_nothing_is_due(store, clock):
    zoe = _learner_who_misses(store, clock)
    assert due.next_due(store, zoe, clock()) is not None  # new cards: tomorrow at the latest
    assert due.next_due(store, store.create_profile("Léo"), clock()) is None  # no card at all
    start = clock()
    for card in due.due_list(store, zoe, start):
        done = scheduling.rate(store, card, Rating.EASY, now=clock(), fuzz=False)
    soonest = min(c.due for c in store.review_cards(zoe))
    assert due.next_due(store, zoe, clock()) == soonest > clock()
    assert done.due >= soonest
    # a new card waiting counts as due by the next local midnight at the latest
    store.log_lookup(zoe, "belarus", "s1", "armes", "nouveau", "new", S1_FR, S1_EN)
    tomorrow = due.start_of_day(clock()) + timedelta(days=1)
    assert due.next_due(store, zoe, clock()) == min(soonest, tomorrow)


def test_a_known_word_is_not_asked_and_comes_back_when_learning_again(store, clock):
    zoe = _learner_who_misses(store, clock)
    store.set_word_status(zoe, "arme", "known")  # K on « armes »: known now
    cards = due.due_list(store, zoe, clock(), new_per_day=2)
    # its card is not asked, and does not use one of the day's two new places
    assert [(c.kind, c.item) for c in cards] == [("word", "stationner"), ("question", "q2")]
    assert any(c.item == "arme" for c in store.review_cards(zoe))  # kept, schedule and all
    store.set_word_status(zoe, "arme", "learning")  # back to learning: asked again
    assert [c.item for c in due.due_list(store, zoe, clock())] == ["arme", "stationner", "q2"]
