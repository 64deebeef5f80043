"""The learner's progress: profiles, quiz sessions, answers and looked-up words, in SQLite.

One file, `progress.sqlite3`, in the data folder (a USB stick works). Every
answer is committed the moment it is given, in its own `BEGIN IMMEDIATE …
COMMIT` with the session's new state, in WAL mode with `synchronous=FULL`, so
a computer switched off mid-quiz loses nothing that was acknowledged. A write
the disk refuses (full, read-only, locked) is kept in memory and retried on
the next write or by `retry_pending()`; the caller learns it from the
`SaveResult` it gets back. The session's own state is stored as JSON and
handed back untouched; the store never interprets it.

Reads see what has reached the disk; writes still pending are not in them.
A store belongs to the thread that opened it (sqlite3's rule); each write
takes well under a millisecond plus the disk's flush, so the window can call
it directly. Another process (an export, a second window) may read or write
the same file at the same time.
"""

from __future__ import annotations

import sqlite3
import unicodedata
import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any

from quizapp.core.progress import queries as progress_queries
from quizapp.core.progress.errors import ProfileNameError, SaveResult
from quizapp.core.progress.goal import activity_times
from quizapp.core.progress.records import (
    AnswerRecord,
    ArticleSummary,
    HistoryPoint,
    Mistake,
    Profile,
    QuestionStats,
    SessionRecord,
    WordRecord,
    changed_questions,
    question_fingerprints,
)
from quizapp.core.progress.review_api import ReviewStore
from quizapp.core.progress.store import iso, to_json
from quizapp.core.progress.streak import day_streak
from quizapp.core.progress.wal import checkpoint
from quizapp.core.progress.writes import _set_meta, pending

ProfileRef = Profile | int


def profile_key(name: str) -> str:
    """Names are unique ignoring case, accents' encoding form, and surrounding spaces."""
    return unicodedata.normalize("NFC", name.strip()).casefold()


def sort_key(name: str) -> tuple[str, str]:
    """Alphabetical as a person reads it: "élodie" before "Zoé"."""
    plain = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return (plain.casefold(), name)


def _pid(profile: ProfileRef) -> int:
    return profile if isinstance(profile, int) else profile.id


class ProgressStore(ReviewStore):
    """The learner-facing store of one data folder. Use `ProgressStore.open(data_dir)`."""

    changed_questions = staticmethod(changed_questions)

    # --- profiles ----------------------------------------------------------------

    def profiles(self) -> list[Profile]:
        rows = self._read(_all_rows, "SELECT id, name, created FROM profiles")
        found = [progress_queries.profile_from_row(r) for r in rows]
        return sorted(found, key=lambda p: sort_key(p.name))

    def find_profile(self, name: str) -> Profile | None:
        row = self._read(
            _one_row, "SELECT id, name, created FROM profiles WHERE name_key = ?", profile_key(name)
        )
        return progress_queries.profile_from_row(row) if row else None

    def create_profile(self, name: str) -> Profile:
        """A new profile, remembered as the last one used. ProfileNameError if empty or taken."""
        clean = self._check_name(name)
        created = iso(self._clock())

        def write(conn: sqlite3.Connection) -> None:
            cur = conn.execute(
                "INSERT INTO profiles (name, name_key, created) VALUES (?, ?, ?)",
                (clean, profile_key(clean), created),
            )
            _set_meta(conn, "last_profile", str(cur.lastrowid))

        try:
            self._write_now(write)
        except sqlite3.IntegrityError:  # another process created it since `_check_name`
            self._check_name(clean)
            raise
        found = self.find_profile(clean)
        assert found is not None
        return found

    def profile_named(self, name: str) -> Profile:
        """The profile `name`, created if there is none, in one write transaction, so
        that several processes starting at once on a new folder all get the same one
        (never a UNIQUE error). The last profile used is left as it is."""
        clean = unicodedata.normalize("NFC", name.strip())
        if not clean:
            self._check_name(clean)  # says that a profile needs a name
        created = iso(self._clock())

        def write(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO profiles (name, name_key, created) VALUES (?, ?, ?) "
                "ON CONFLICT (name_key) DO NOTHING",
                (clean, profile_key(clean), created),
            )

        self._write_now(write)
        found = self.find_profile(clean)
        assert found is not None
        return found

    def rename_profile(self, profile: ProfileRef, new_name: str) -> Profile:
        clean = self._check_name(new_name, renaming=_pid(profile))

        def write(conn: sqlite3.Connection) -> None:
            conn.execute(
                "UPDATE profiles SET name = ?, name_key = ? WHERE id = ?",
                (clean, profile_key(clean), _pid(profile)),
            )

        self._write_now(write)
        found = self.find_profile(clean)
        assert found is not None
        return found

    def delete_profile(self, profile: ProfileRef) -> dict[str, int]:
        """Remove a learner and every record of theirs; returns how many of each went
        (`runs`, `answers`, `words`), so the window can say so."""
        pid = _pid(profile)
        counts = {
            "runs": self._read(_one_row, "SELECT COUNT(*) FROM sessions WHERE profile_id = ?", pid)[
                0
            ],
            "answers": self._read(
                _one_row,
                "SELECT COUNT(*) FROM answers JOIN sessions ON sessions.id = answers.session_id"
                " WHERE sessions.profile_id = ?",
                pid,
            )[0],
            "words": self._read(_one_row, "SELECT COUNT(*) FROM words WHERE profile_id = ?", pid)[
                0
            ],
        }

        def write(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM profiles WHERE id = ?", (pid,))  # the rest cascades
            conn.execute("DELETE FROM meta WHERE key = 'last_profile' AND value = ?", (str(pid),))

        self._write_now(write)
        return counts

    def _check_name(self, name: str, renaming: int | None = None) -> str:
        clean = unicodedata.normalize("NFC", name.strip())
        if not clean:
            raise ProfileNameError(
                "A profile needs a name: type at least one letter.",
                "Un profil a besoin d’un nom : tapez au moins une lettre.",
            )
        existing = self.find_profile(clean)
        if existing is not None and existing.id != renaming:
            raise ProfileNameError(
                f"There is already a profile named “{existing.name}”: choose another name.",
                f"Il existe déjà un profil nommé « {existing.name} » : choisissez un autre nom.",
            )
        return clean

    def last_profile(self) -> Profile | None:
        """The profile used last (created, chosen, or that started a quiz)."""
        row = self._read(
            _one_row,
            """SELECT p.id, p.name, p.created FROM meta JOIN profiles AS p
               ON p.id = CAST(meta.value AS INTEGER) WHERE meta.key = 'last_profile'""",
        )
        return progress_queries.profile_from_row(row) if row else None

    def set_last_profile(self, profile: ProfileRef) -> SaveResult:
        pid = _pid(profile)
        if not self.remember_profile:
            return self.last_save
        return self._submit(pending("last_profile", str(pid)))

    # --- sessions ----------------------------------------------------------------

    def start_session(
        self,
        profile: ProfileRef,
        article: Any,
        mode: str | Enum,
        state_dict: Mapping[str, Any],
        fingerprints: Mapping[str, str] | None = None,
        points: float | None = None,
    ) -> str:
        """Record a new quiz on `article`; returns its id (see `last_save` for whether it is saved).

        `fingerprints` (question id -> content hash) default to the article's own,
        so that history can later tell which questions the teacher changed.
        `points` is what the quiz is out of: the article's total unless the quiz
        covers fewer questions (reviewing mistakes); it makes the running percent
        of an unfinished quiz right.
        """
        session_id = uuid.uuid4().hex
        now = iso(self._clock())
        pid = _pid(profile)
        path = getattr(article, "path", None)
        if points is None:
            points = sum(q.points for q in article.questions)
        prints = dict(fingerprints if fingerprints is not None else question_fingerprints(article))
        row = (
            session_id, pid, article.id, article.title, str(path) if path else None,
            getattr(article, "content_hash", "") or "", str(getattr(mode, "value", mode)),
            now, now, float(points), to_json(dict(state_dict)), to_json(prints),
        )  # fmt: skip

        # "": a run that must not change who the learner is (the selftest's)
        self._submit(pending("start_session", row, str(pid) if self.remember_profile else ""))
        return session_id

    def record_answer(
        self,
        session_id: str,
        question_id: str,
        response_json: Any,
        score: float,
        points: float,
        attempts: int,
        hints: int,
        glosses_looked_up: Sequence[Any],
        state_dict: Mapping[str, Any],
    ) -> SaveResult:
        """Save one answer and the session's new state in one transaction, right now.

        `response_json` is the response as given, any JSON-able value (sets are
        stored as sorted lists); `glosses_looked_up` the glosses the learner
        opened before answering.
        """
        row = (
            session_id, question_id, iso(self._clock()), to_json(response_json), float(score),
            float(points), int(attempts), int(hints), to_json(list(glosses_looked_up)),
        )  # fmt: skip
        state = to_json(dict(state_dict))

        result = self._submit(pending("answer", row, state))
        self.maybe_backup()
        return result

    def save_state(self, session_id: str, state_dict: Mapping[str, Any]) -> SaveResult:
        """Save the session's state alone (a hint shown, a question skipped)."""
        state, now = to_json(dict(state_dict)), iso(self._clock())

        return self._submit(pending("state", session_id, state, now))

    def finish_session(
        self, session_id: str, score: float, points: float, state_dict: Mapping[str, Any]
    ) -> SaveResult:
        state, now = to_json(dict(state_dict)), iso(self._clock())

        row = (now, now, float(score), float(points), state, session_id)
        result = self._submit(pending("finish", session_id, row))
        if result.saved:  # into the store file now: a finished quiz never waits in the WAL
            checkpoint(self._conn)
        self.maybe_backup()
        return result

    def abandon_session(self, session_id: str) -> SaveResult:
        """Give up an unfinished quiz: it is kept in the results but no longer offered to resume."""
        now = iso(self._clock())

        result = self._submit(pending("abandon", session_id, now))
        self.maybe_backup()
        return result

    def log_lookup(
        self,
        profile: ProfileRef,
        article_id: str,
        sentence_id: str,
        word: str,
        headword: str | None,
        gloss: str,
        sentence_fr: str,
        sentence_en: str,
    ) -> SaveResult:
        """Remember a looked-up word for "My words"; the same headword in the same
        sentence is one entry, with a count and the last time."""
        now = iso(self._clock())
        row = (
            _pid(profile), article_id, sentence_id, word, headword or word, gloss,
            sentence_fr, sentence_en, now, now,
        )  # fmt: skip

        return self._submit(pending("lookup", row))

    # --- reading -----------------------------------------------------------------

    def session(self, session_id: str) -> SessionRecord | None:
        return self._read(progress_queries.session, session_id)

    def sessions(self, profile: ProfileRef | None = None) -> list[SessionRecord]:
        return self._read(progress_queries.sessions, None if profile is None else _pid(profile))

    def answers(self, session_id: str) -> list[AnswerRecord]:
        return self._read(progress_queries.answers, session_id)

    def unfinished_session(self, profile: ProfileRef, article_id: str) -> SessionRecord | None:
        """The latest quiz on this article left unfinished, with its state, to resume it."""
        return self._read(progress_queries.unfinished_session, _pid(profile), article_id)

    def library_summary(self, profile: ProfileRef) -> dict[str, ArticleSummary]:
        return self._read(progress_queries.library_summary, _pid(profile))

    def history(self, profile: ProfileRef, article_id: str) -> list[HistoryPoint]:
        return self._read(progress_queries.history, _pid(profile), article_id)

    def question_stats(self, profile: ProfileRef, article_id: str) -> dict[str, QuestionStats]:
        return self._read(progress_queries.question_stats, _pid(profile), article_id)

    def mistakes(self, profile: ProfileRef) -> list[Mistake]:
        return self._read(progress_queries.mistakes, _pid(profile))

    def words(self, profile: ProfileRef | None = None) -> list[WordRecord]:
        return self._read(progress_queries.words, None if profile is None else _pid(profile))

    def reading_streak(
        self, profile: ProfileRef, today: date | None = None, finished_today: bool = False
    ) -> int:
        """Days in a row, up to today, on which this learner finished at least one quiz."""
        finished = [s.finished for s in self.sessions(profile) if s.finished is not None]
        return day_streak(finished, today or date.today(), finished_today)

    def activity(self, profile: ProfileRef, since: datetime | None = None) -> list[datetime]:
        """When this learner answered (quiz answers and review ratings): the daily goal's."""
        when = "" if since is None else iso(since)
        return self._read(activity_times, _pid(profile), when)


def _all_rows(conn: sqlite3.Connection, sql: str, *args: Any) -> list[Any]:
    return conn.execute(sql, args).fetchall()


def _one_row(conn: sqlite3.Connection, sql: str, *args: Any) -> Any:
    return conn.execute(sql, args).fetchone()
