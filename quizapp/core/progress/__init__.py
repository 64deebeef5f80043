"""The learner's progress: learners, quiz runs, answers and looked-up words, in SQLite.

Public face: `api` (ProgressStore, with `review_api`'s review cards, ratings
and known words), `review_records` (what those hand back), `errors` (what can go wrong, in plain
words), `records` (what the store hands back), `exports` (CSV, JSON, Anki),
`unsaved` (answers the disk refused, replayed at the next start). `store`,
`opening`, `schema`, `queries`, `writes` and `backups` are its machinery.
"""
