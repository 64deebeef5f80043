"""The progress store: profiles, sessions, answers, words, and the window's queries."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from quizapp.core.progress.api import ProgressStore
from quizapp.core.progress.errors import ProfileNameError, UnknownSessionError
from quizapp.core.progress.records import question_fingerprints
from quizapp.core.progress.schema import SCHEMA_VERSION
from tests.conftest import REPO
from tests.core.progress_fixtures import FakeClock, make_article


def test_new_store_is_wal_full_sync_with_foreign_keys(store: ProgressStore, data_dir: Path):
    assert (data_dir / "progress.sqlite3").is_file()
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.recovery is None and not store.read_only


def test_default_data_dir_is_the_platform_folder(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    with ProgressStore.open() as s:
        assert s.path == tmp_path / "xdg" / "quizapp" / "progress.sqlite3"
    assert s.path.is_file()


def test_profiles_are_trimmed_unique_ignoring_case_and_remembered(store: ProgressStore):
    assert store.profiles() == [] and store.last_profile() is None
    zoe = store.create_profile("  Zoé Dupont ")
    assert zoe.name == "Zoé Dupont"
    elodie = store.create_profile("élodie")
    assert [p.name for p in store.profiles()] == ["élodie", "Zoé Dupont"]
    assert store.last_profile() == elodie
    with pytest.raises(ProfileNameError, match="already a profile"):
        store.create_profile("ZOÉ DUPONT")
    # the same name typed with a combining accent is the same name
    with pytest.raises(ProfileNameError):
        store.create_profile("E\u0301lodie")
    with pytest.raises(ProfileNameError, match="needs a name"):
        store.create_profile("   ")
    assert store.find_profile("zoé dupont") == zoe
    renamed = store.rename_profile(zoe, "Zoé D.")
    assert renamed.id == zoe.id and store.find_profile("zoé d.") == renamed
    store.rename_profile(renamed, "zoé d.")  # a change of case only is allowed
    assert store.set_last_profile(zoe)
    assert store.last_profile() is not None and store.last_profile().id == zoe.id


def test_each_profile_has_its_own_history(store: ProgressStore):
    article = make_article()
    a, b = store.create_profile("A"), store.create_profile("B")
    sid = store.start_session(a, article, "practice", {"step": 0})
    assert store.last_profile() == a
    store.record_answer(sid, "q1", 0, 1, 1, 1, 0, [], {"step": 1})
    store.finish_session(sid, 1, 4, {"step": 3})
    assert set(store.library_summary(a)) == {"belarus"}
    assert store.library_summary(b) == {}
    assert store.unfinished_session(b, "belarus") is None
    assert store.sessions(b) == [] and len(store.sessions(a)) == 1


def test_session_round_trip_and_resume(store: ProgressStore, clock: FakeClock):
    article = make_article()
    kim = store.create_profile("Kim")
    state0 = {"index": 0, "order": ["q2", "q1", "q3"], "nested": {"é": ["«x»"]}}
    sid = store.start_session(kim, article, "practice", state0)
    assert store.last_save
    clock.advance(seconds=30)
    state1 = {**state0, "index": 1}
    result = store.record_answer(
        sid, "q2", "1995", 0.0, 2.0, 1, 1, [{"word": "achevé", "gloss": "ended"}], state1
    )
    assert result and result.pending == 0
    clock.advance(seconds=30)
    state2 = {**state0, "index": 2}
    store.record_answer(sid, "q2", "1996", 1.0, 2.0, 2, 1, [], state2)
    record = store.unfinished_session(kim, "belarus")
    assert record is not None and record.id == sid
    assert record.state == state2  # exactly as given, to resume where it was
    assert record.article_title == article.title and record.content_hash == article.content_hash
    assert record.article_path == str(article.path) and record.mode == "practice"
    assert record.started.isoformat() == "2026-03-02T09:00:00+00:00"
    assert record.updated.isoformat() == "2026-03-02T09:01:00+00:00"
    assert record.score == 1.0 and record.points == 4.0  # the last answer counts
    answers = store.answers(sid)
    assert [(a.response, a.score, a.attempts, a.hints) for a in answers] == [
        ("1995", 0.0, 1, 1),
        ("1996", 1.0, 2, 1),
    ]
    assert answers[0].glosses == [{"word": "achevé", "gloss": "ended"}]
    store.finish_session(sid, 3.0, 4.0, {"done": True})
    assert store.unfinished_session(kim, "belarus") is None
    finished = store.session(sid)
    assert finished is not None and finished.is_finished and finished.percent == 75.0


def test_running_score_counts_each_questions_best_try(store: ProgressStore):
    kim = store.create_profile("Kim")
    sid = store.start_session(kim, make_article(), "test", {}, points=3.0)  # q1 and q2 only
    store.record_answer(sid, "q2", "1996", 2.0, 2.0, 1, 0, [], {})
    store.record_answer(sid, "q1", 1, 0.0, 1.0, 1, 0, [], {})
    store.record_answer(sid, "q1", 0, 0.5, 1.0, 2, 0, [], {})
    store.record_answer(sid, "q1", 1, 0.0, 1.0, 3, 0, [], {})  # a worse try lowers nothing
    record = store.session(sid)
    assert record is not None and (record.score, record.points) == (2.5, 3.0)
    assert store.library_summary(kim)["belarus"].unfinished
    stats = store.question_stats(kim, "belarus")
    assert (stats["q1"].attempted, stats["q1"].full_marks) == (1, 0)
    assert (stats["q2"].attempted, stats["q2"].full_marks) == (1, 1)


def test_responses_of_every_shape_are_stored_as_json(store: ProgressStore):
    sid = store.start_session(store.create_profile("K"), make_article(), "exam", {})
    shapes = [0, {2, 0, 1}, True, "not_given", "en 1996", ["a", "b"], {"L": "R"}, None]
    for i, response in enumerate(shapes):
        assert store.record_answer(sid, f"q{i}", response, 0, 1, 1, 0, [], {"i": i})
    stored = [a.response for a in store.answers(sid)]
    assert stored[1] == [0, 1, 2]
    assert stored[:1] + stored[2:] == shapes[:1] + shapes[2:]
    with pytest.raises(TypeError, match="cannot store"):
        store.record_answer(sid, "q9", object(), 0, 1, 1, 0, [], {})
    assert store.pending_count == 0


def test_unknown_session_is_a_clear_error_and_does_not_block_saving(store: ProgressStore):
    with pytest.raises(UnknownSessionError, match="no quiz session"):
        store.record_answer("nope", "q1", 0, 0, 1, 1, 0, [], {})
    assert store.pending_count == 0
    sid = store.start_session(store.create_profile("K"), make_article(), "exam", {})
    assert store.record_answer(sid, "q1", 0, 1, 1, 1, 0, [], {})


def test_abandoned_session_is_no_longer_offered(store: ProgressStore, clock: FakeClock):
    kim = store.create_profile("Kim")
    old = store.start_session(kim, make_article(), "practice", {"v": "old"})
    clock.advance(minutes=1)
    new = store.start_session(kim, make_article(), "practice", {"v": "new"})
    found = store.unfinished_session(kim, "belarus")
    assert found is not None and found.id == new  # the latest one
    assert store.abandon_session(new)
    found = store.unfinished_session(kim, "belarus")
    assert found is not None and found.id == old
    store.abandon_session(old)
    assert store.unfinished_session(kim, "belarus") is None
    assert store.library_summary(kim)["belarus"].unfinished is False


def test_changed_questions_since_a_session(store: ProgressStore):
    article = make_article()
    sid = store.start_session(store.create_profile("K"), article, "exam", {})
    record = store.session(sid)
    assert record is not None
    assert record.fingerprints == question_fingerprints(article)
    assert store.changed_questions(record, question_fingerprints(article)) == frozenset()
    edited = make_article(prompt_q2="En quelle année exactement ?")
    assert store.changed_questions(record, question_fingerprints(edited)) == {"q2"}
    removed = {k: v for k, v in question_fingerprints(article).items() if k != "q3"}
    assert store.changed_questions(record, removed) == {"q3"}
    # the line a question sits on is not a change
    moved = make_article()
    assert question_fingerprints(moved) == question_fingerprints(article)
    custom = store.start_session(1, article, "exam", {}, fingerprints={"q1": "x"})
    assert store.session(custom).fingerprints == {"q1": "x"}


def test_library_summary_in_one_query(store: ProgressStore, clock: FakeClock):
    kim = store.create_profile("Kim")
    art, other = make_article(), make_article("meteo", "La météo")
    for score in (1.0, 3.0, 2.0):  # best 75 %, last 50 %
        clock.advance(hours=1)
        sid = store.start_session(kim, art, "exam", {})
        store.finish_session(sid, score, 4.0, {})
    clock.advance(hours=1)
    store.start_session(kim, art, "practice", {})  # unfinished, newest
    clock.advance(hours=1)
    sid = store.start_session(kim, other, "practice", {})
    store.record_answer(sid, "q1", 0, 1, 1, 1, 0, [], {})

    statements: list[str] = []
    store._conn.set_trace_callback(statements.append)
    summary = store.library_summary(kim)
    store._conn.set_trace_callback(None)
    assert len(statements) == 1

    b = summary["belarus"]
    assert b.best_percent == 75.0 and b.last_percent == 50.0 and b.times_finished == 3
    assert b.unfinished is True
    assert b.last_finished is not None
    assert b.last_finished.isoformat() == "2026-03-02T12:00:00+00:00"
    assert b.last_activity.isoformat() == "2026-03-02T13:00:00+00:00"
    m = summary["meteo"]
    assert m.best_percent is None and m.last_percent is None and m.last_finished is None
    assert m.unfinished and m.times_finished == 0


def test_history_question_stats_and_mistakes(store: ProgressStore, clock: FakeClock):
    kim = store.create_profile("Kim")
    art, other = make_article(), make_article("meteo", "La météo")
    s1 = store.start_session(kim, art, "practice", {})
    store.record_answer(s1, "q1", 1, 0.0, 1.0, 1, 0, [], {})
    store.record_answer(s1, "q1", 0, 0.5, 1.0, 2, 0, [], {})  # right on the retry: not full
    store.record_answer(s1, "q2", "1996", 2.0, 2.0, 1, 0, [], {})
    clock.advance(days=1)
    store.finish_session(s1, 2.5, 4.0, {})
    clock.advance(days=1)
    s2 = store.start_session(kim, art, "exam", {})
    store.record_answer(s2, "q1", 0, 1.0, 1.0, 1, 0, [], {})
    store.record_answer(s2, "q2", "1995", 0.0, 2.0, 1, 0, [], {})
    clock.advance(minutes=5)
    store.finish_session(s2, 1.0, 4.0, {})
    s3 = store.start_session(kim, other, "exam", {})
    store.record_answer(s3, "q3", True, 0.0, 1.0, 1, 0, [], {})

    assert [(h.percent, h.mode) for h in store.history(kim, "belarus")] == [
        (62.5, "practice"),
        (25.0, "exam"),
    ]
    stats = store.question_stats(kim, "belarus")
    assert (stats["q1"].attempted, stats["q1"].full_marks, stats["q1"].rate) == (2, 1, 0.5)
    assert (stats["q2"].attempted, stats["q2"].full_marks) == (2, 1)
    assert "q3" not in stats

    mistakes = store.mistakes(kim)
    # q1 of belarus was last answered right (s2); q2 last wrong; q3 of meteo wrong
    assert [(m.article_id, m.question_id, m.score, m.points) for m in mistakes] == [
        ("meteo", "q3", 0.0, 1.0),
        ("belarus", "q2", 0.0, 2.0),
    ]
    assert mistakes[1].response == "1995" and mistakes[1].session_id == s2
    assert mistakes[1].article_title == art.title


def test_my_words_are_deduplicated_with_count_and_last_time(store: ProgressStore, clock: FakeClock):
    kim, ana = store.create_profile("Kim"), store.create_profile("Ana")
    args = ("belarus", "s1", "stationner", "stationner", "to station", "La Russie…", "Russia…")
    assert store.log_lookup(kim, *args)
    clock.advance(days=1)
    store.log_lookup(kim, "belarus", "s1", "Stationner", "stationner", "to station", "La…", "R…")
    store.log_lookup(kim, "belarus", "s2", "achevé", "achever", "to end", "Le transfert…", "")
    store.log_lookup(ana, *args)
    store.log_lookup(kim, "belarus", "s2", "en", None, "in", "Le transfert…", "")
    words = store.words(kim)
    assert [(w.headword, w.sentence_id, w.count) for w in words] == [
        ("en", "s2", 1),
        ("achever", "s2", 1),
        ("stationner", "s1", 2),
    ]
    station = words[2]
    assert station.word == "Stationner"  # as last clicked
    assert station.first_seen < station.last_seen
    assert [w.profile_id for w in store.words(ana)] == [ana.id]
    assert len(store.words()) == 4


def test_a_word_clicked_again_the_same_day_counts_one_look_up(
    store: ProgressStore, clock: FakeClock
):
    """« consulté 20 fois » meant 20 clicks while reading: one look-up per entry (article
    and sentence) per day now; the last time and the word as last clicked still follow."""
    kim = store.create_profile("Kim")
    args = ("belarus", "s1", "stationner", "stationner", "to station", "La Russie…", "Russia…")
    for _ in range(5):
        store.log_lookup(kim, *args)
        clock.advance(minutes=3)
    store.log_lookup(kim, "belarus", "s1", "Stationner", "stationner", "to station", "La…", "")
    store.log_lookup(kim, "montreal", "s1", "stationner", "stationner", "to station", "", "")
    (other,) = [w for w in store.words(kim) if w.article_id == "montreal"]
    (word,) = [w for w in store.words(kim) if w.article_id == "belarus"]
    assert (word.count, other.count) == (1, 1)
    assert word.word == "Stationner" and word.last_seen == clock.now
    assert word.first_seen < word.last_seen
    clock.advance(days=1)
    store.log_lookup(kim, *args)
    store.log_lookup(kim, *args)
    (word,) = [w for w in store.words(kim) if w.article_id == "belarus"]
    assert word.count == 2  # a second day, a second look-up


def test_a_removed_word_leaves_my_words_its_card_and_its_tint(store: ProgressStore):
    """The gloss card's « Remove »: every entry of the headword, its review card and its
    ratings, its "learning" mark; another word, another learner and a known mark stay."""
    kim, ana = store.create_profile("Kim"), store.create_profile("Ana")
    for pid in (kim, ana):
        store.log_lookup(pid, "belarus", "s1", "Stationner", "stationner", "to station", "", "")
    store.log_lookup(kim, "belarus", "s4", "stationnées", "stationner", "stationed", "", "")
    store.log_lookup(kim, "belarus", "s2", "achevé", "achever", "to end", "", "")
    card = next(c for c in store.review_cards(kim) if c.key == "stationner")
    store.save_review(card.id, (2, 0, 1.0, 5.0, card.due, card.due, False), 3, 3, 900, card.due)
    assert store.remove_word(kim, "stationner")
    assert [w.headword for w in store.words(kim)] == ["achever"]
    assert [c.key for c in store.review_cards(kim)] == ["achever"]
    assert store.word_statuses(kim) == {"achever": "learning"}
    assert store.review_log(kim) == []
    assert [w.headword for w in store.words(ana)] == ["stationner"]  # hers stays
    assert store.word_statuses(ana) == {"stationner": "learning"}
    store.set_word_status(kim, "achever", "known")
    store.remove_word(kim, "achever")
    assert store.words(kim) == [] and store.word_statuses(kim) == {"achever": "known"}


WRITER = """
import sys
from quizapp.core.progress.api import ProgressStore
from tests.core.progress_fixtures import make_article
with ProgressStore.open(sys.argv[1]) as store:
    p = store.create_profile("Léa « la grande »")
    sid = store.start_session(p, make_article(), "practice", {"i": 0})
    for i in range(1, 4):
        assert store.record_answer(sid, f"q{i}", i, 1, 1, 1, 0, ["mot"], {"i": i})
    store.log_lookup(p, "belarus", "s1", "armes", "arme", "weapon", "fr", "en")
print(sid)
"""

READER = """
import json, sys
from quizapp.core.progress.api import ProgressStore
with ProgressStore.open(sys.argv[1]) as store:
    p = store.last_profile()
    s = store.unfinished_session(p, "belarus")
    print(json.dumps({"profile": p.name, "session": s.id, "state": s.state,
                      "answers": [a.response for a in store.answers(s.id)],
                      "words": [w.headword for w in store.words(p)]}, ensure_ascii=False))
"""


def test_persists_across_processes(tmp_path: Path):
    folder = tmp_path / "Clé USB" / "données élève"

    def run(code: str) -> str:
        return subprocess.run(
            [sys.executable, "-c", textwrap.dedent(code), str(folder)],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
            encoding="utf-8",
        ).stdout.strip()

    sid = run(WRITER)
    data = json.loads(run(READER))
    assert data == {
        "profile": "Léa « la grande »",
        "session": sid,
        "state": {"i": 3},
        "answers": [1, 2, 3],
        "words": ["arme"],
    }


def test_foreign_keys_are_enforced(store: ProgressStore):
    with pytest.raises(sqlite3.IntegrityError):
        store._conn.execute(
            "INSERT INTO words (profile_id, article_id, sentence_id, word, headword, gloss,"
            " sentence_fr, sentence_en, first_seen, last_seen)"
            " VALUES (99, 'a', 's', 'w', 'h', 'g', 'f', 'e', 't', 't')"
        )
