"""The learner's progress: learners, quiz runs, answers and looked-up words, in SQLite.

Public face: `api` (ProgressStore), `errors` (what can go wrong, in plain
words), `records` (what the store hands back), `exports` (CSV, JSON, Anki),
`unsaved` (answers the disk refused, replayed at the next start). `store`,
`opening`, `schema`, `queries`, `writes` and `backups` are its machinery.
"""
