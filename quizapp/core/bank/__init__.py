"""The teacher's file, from bytes to a validated Article and its problems.

Public face: `loader` (load_article, check_file, load_bank), `problems`
(Problem, Severity, BankError), `cache` (the checked-articles cache),
`check` (a whole bank on every core), `limits` (the format's limits).
The rest (yamlsafe, validate*, syntax_errors, messages*) is the loader's own.
"""
