"""The progress store's tables, their version, and the migrations between versions.

`PRAGMA user_version` holds the schema version. Each migration runs inside
the caller's transaction, so a store is either fully at the old version or
fully at the new one, never half-migrated, even if the computer is switched
off in the middle.

History:
- v1: profiles, sessions, answers, and a raw `lookups` log (one row per click).
- v2: per-question content fingerprints on sessions, so history can say which
  questions a teacher changed since; `lookups` folded into `words`, one row
  per profile + headword + sentence with a count, as "My words" shows them.
- v3: spaced review and known words: `review_cards` (one per learner and
  looked-up headword, or per learner and question answered below full marks,
  with its FSRS state), `review_log` (one row per rating), and `known_words`
  (per learner and lemma: known, or learning). The migration makes the cards
  of the words and mistakes already recorded, so nothing met before is lost.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quizapp.core.gloss.tokenize import fold

SCHEMA_VERSION = 3
SQLITE_MAGIC = b"SQLite format 3\x00"

# The tables each version must have; a store missing one is damaged.
TABLES: dict[int, frozenset[str]] = {
    1: frozenset({"meta", "profiles", "sessions", "answers", "lookups"}),
    2: frozenset({"meta", "profiles", "sessions", "answers", "words"}),
    3: frozenset(
        {"meta", "profiles", "sessions", "answers", "words"}
        | {"review_cards", "review_log", "known_words"}
    ),
}

SCHEMA_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE profiles (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    created  TEXT NOT NULL
);
CREATE TABLE sessions (
    id            TEXT PRIMARY KEY,
    profile_id    INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    article_id    TEXT NOT NULL,
    article_title TEXT NOT NULL,
    article_path  TEXT,
    content_hash  TEXT NOT NULL,
    mode          TEXT NOT NULL,
    started       TEXT NOT NULL,
    updated       TEXT NOT NULL,
    finished      TEXT,
    abandoned     TEXT,
    score         REAL NOT NULL DEFAULT 0,
    points        REAL NOT NULL DEFAULT 0,
    state         TEXT NOT NULL
);
CREATE INDEX sessions_by_article ON sessions(profile_id, article_id, started);
CREATE TABLE answers (
    id          INTEGER PRIMARY KEY,
    session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    answered    TEXT NOT NULL,
    response    TEXT NOT NULL,
    score       REAL NOT NULL,
    points      REAL NOT NULL,
    attempts    INTEGER NOT NULL,
    hints       INTEGER NOT NULL,
    glosses     TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX answers_by_session ON answers(session_id, question_id);
CREATE TABLE lookups (
    id          INTEGER PRIMARY KEY,
    profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    article_id  TEXT NOT NULL,
    sentence_id TEXT NOT NULL,
    word        TEXT NOT NULL,
    headword    TEXT NOT NULL,
    gloss       TEXT NOT NULL,
    sentence_fr TEXT NOT NULL,
    sentence_en TEXT NOT NULL,
    looked_up   TEXT NOT NULL
);
"""

WORDS_TABLE = """
CREATE TABLE words (
    id          INTEGER PRIMARY KEY,
    profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    article_id  TEXT NOT NULL,
    sentence_id TEXT NOT NULL,
    word        TEXT NOT NULL,
    headword    TEXT NOT NULL,
    gloss       TEXT NOT NULL,
    sentence_fr TEXT NOT NULL,
    sentence_en TEXT NOT NULL,
    count       INTEGER NOT NULL DEFAULT 1,
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL,
    UNIQUE (profile_id, headword, article_id, sentence_id)
);
"""

# v1 -> v2. The latest lookup of each group gives the word as last clicked.
MIGRATE_V1_V2 = (
    "ALTER TABLE sessions ADD COLUMN fingerprints TEXT NOT NULL DEFAULT '{}'",
    WORDS_TABLE,
    """
    INSERT INTO words (profile_id, article_id, sentence_id, word, headword, gloss,
                       sentence_fr, sentence_en, count, first_seen, last_seen)
    SELECT l.profile_id, l.article_id, l.sentence_id, l.word, l.headword, l.gloss,
           l.sentence_fr, l.sentence_en, g.n, g.first_seen, g.last_seen
    FROM lookups AS l
    JOIN (SELECT profile_id, headword, article_id, sentence_id, COUNT(*) AS n,
                 MIN(looked_up) AS first_seen, MAX(looked_up) AS last_seen, MAX(id) AS last_id
          FROM lookups GROUP BY profile_id, headword, article_id, sentence_id) AS g
      ON l.id = g.last_id
    """,
    "DROP TABLE lookups",
)

# v2 -> v3. `reps` 0 is a card never reviewed ("new"); `state`, `step`, `stability`,
# `difficulty`, `due` and `last_review` are FSRS's card, as `fsrs.Card` has them.
# A word card's key is its headword; a question card's is "article_id/question_id".
REVIEW_TABLES = """
CREATE TABLE review_cards (
    id          INTEGER PRIMARY KEY,
    profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('word', 'question')),
    key         TEXT NOT NULL,
    article_id  TEXT NOT NULL,
    item        TEXT NOT NULL,
    state       INTEGER NOT NULL DEFAULT 1,
    step        INTEGER DEFAULT 0,
    stability   REAL,
    difficulty  REAL,
    due         TEXT NOT NULL,
    last_review TEXT,
    reps        INTEGER NOT NULL DEFAULT 0,
    lapses      INTEGER NOT NULL DEFAULT 0,
    created     TEXT NOT NULL,
    UNIQUE (profile_id, kind, key)
);
CREATE INDEX review_cards_due ON review_cards(profile_id, reps = 0, due);
CREATE TABLE review_log (
    id          INTEGER PRIMARY KEY,
    card_id     INTEGER NOT NULL REFERENCES review_cards(id) ON DELETE CASCADE,
    reviewed    TEXT NOT NULL,
    rating      INTEGER NOT NULL,
    suggested   INTEGER,
    duration_ms INTEGER,
    due_before  TEXT NOT NULL,
    due_after   TEXT NOT NULL
);
CREATE INDEX review_log_by_card ON review_log(card_id, reviewed);
CREATE INDEX review_log_by_time ON review_log(reviewed);
CREATE TABLE known_words (
    profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    lemma      TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('known', 'learning')),
    changed    TEXT NOT NULL,
    PRIMARY KEY (profile_id, lemma)
) WITHOUT ROWID;
"""

# The cards of what was met before v3: every looked-up headword (in the sentence
# where it was last met) and every question whose last answer fell short.
WORD_CARDS_FROM_WORDS = """
INSERT INTO review_cards (profile_id, kind, key, article_id, item, due, created)
SELECT profile_id, 'word', headword, article_id, headword, first_seen, last_seen
FROM (SELECT profile_id, headword, article_id, last_seen,
             MIN(first_seen) OVER (PARTITION BY profile_id, headword) AS first_seen,
             ROW_NUMBER() OVER (PARTITION BY profile_id, headword
                                ORDER BY last_seen DESC, id DESC) AS rank
      FROM words)
WHERE rank = 1
ON CONFLICT (profile_id, kind, key) DO NOTHING
"""
QUESTION_CARDS_FROM_ANSWERS = """
INSERT INTO review_cards (profile_id, kind, key, article_id, item, due, created)
SELECT s.profile_id, 'question', s.article_id || '/' || a.question_id, s.article_id,
       a.question_id, MIN(a.answered), MIN(a.answered)
FROM answers AS a JOIN sessions AS s ON s.id = a.session_id
WHERE a.score < a.points - 1e-9
GROUP BY s.profile_id, s.article_id, a.question_id
ON CONFLICT (profile_id, kind, key) DO NOTHING
"""
LEARNING_FROM_WORDS = """
INSERT INTO known_words (profile_id, lemma, status, changed)
SELECT profile_id, lemma, 'learning', MAX(last_seen) FROM (
    SELECT profile_id, quizapp_fold(headword) AS lemma, last_seen FROM words)
GROUP BY profile_id, lemma
ON CONFLICT (profile_id, lemma) DO NOTHING
"""
MIGRATE_V2_V3 = (
    REVIEW_TABLES,
    WORD_CARDS_FROM_WORDS,
    QUESTION_CARDS_FROM_ANSWERS,
    LEARNING_FROM_WORDS,
)

MIGRATIONS: dict[int, tuple[str, ...]] = {1: MIGRATE_V1_V2, 2: MIGRATE_V2_V3}


def header_version(path: Path) -> int | None:
    """The schema version written in the file's header, or None if it is no SQLite file.

    Read from the bytes, so a store from a newer app is recognised without
    SQLite touching it. (A newer version may still sit in the WAL; the caller
    checks again once connected.)
    """
    with path.open("rb") as f:
        header = f.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return None
    return int.from_bytes(header[60:64], "big", signed=True)


def table_names(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {name for (name,) in rows if not name.startswith("sqlite_")}


def create_schema(conn: sqlite3.Connection, version: int = SCHEMA_VERSION) -> None:
    """Create the tables of `version` (inside the caller's transaction).

    Creating an older version exists for tests of the migrations, which must
    start from exactly what an older app wrote.
    """
    for statement in _statements(SCHEMA_V1):
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {1}")
    if version > 1:
        migrate(conn, 1, version)


def migrate(conn: sqlite3.Connection, current: int, target: int = SCHEMA_VERSION) -> None:
    """Bring the schema from `current` up to `target` (inside the caller's transaction)."""
    # lemmas are keyed as the glossary folds words (NFC, one apostrophe, no case, oe)
    conn.create_function("quizapp_fold", 1, fold, deterministic=True)
    for version in range(current, target):
        for statement in MIGRATIONS[version]:
            for part in _statements(statement):
                conn.execute(part)
        conn.execute(f"PRAGMA user_version = {version + 1}")


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
