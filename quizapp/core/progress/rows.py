"""Damage SQLite's integrity check cannot see: rows the app could not read back.

A byte changed or cut inside a JSON text or a time leaves a valid page, but a
row that gave a JSONDecodeError traceback in `export-results` and an internal
error in History. Opening a store counts such rows; any is damage, and the
store is set aside and restored from its latest good backup like any other.
"""

from __future__ import annotations

import sqlite3

_CHECKS = (
    ("sessions", "NOT json_valid(state) OR NOT json_valid(fingerprints)"),
    ("sessions", "julianday(started) IS NULL OR julianday(updated) IS NULL"),
    (
        "sessions",
        "(finished IS NOT NULL AND julianday(finished) IS NULL)"
        " OR (abandoned IS NOT NULL AND julianday(abandoned) IS NULL)",
    ),
    ("answers", "NOT json_valid(response) OR NOT json_valid(glosses)"),
    ("answers", "julianday(answered) IS NULL"),
    ("profiles", "julianday(created) IS NULL"),
    ("words", "julianday(first_seen) IS NULL OR julianday(last_seen) IS NULL"),
)


def unreadable(conn: sqlite3.Connection) -> tuple[str, str] | None:
    """(English, French) reason when a row holds a JSON text or a time the app could
    not read; None when every row reads."""
    bad: dict[str, int] = {}
    for table, condition in _CHECKS:
        count = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {condition}").fetchone()[0]
        if count:
            bad[table] = bad.get(table, 0) + int(count)
    if not bad:
        return None
    what = ", ".join(f"{n} in {table}" for table, n in bad.items())
    quoi = ", ".join(f"{n} dans {table}" for table, n in bad.items())
    return f"rows cannot be read ({what})", f"des lignes ne peuvent pas être lues ({quoi})"
