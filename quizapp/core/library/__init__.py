"""What the library says about an article without Qt: its topic in the learner's
language, which family of topics it belongs to, and what its cover draws.

Public face: `topic_names` (topic_name, topic_kind, KINDS), `cover_subject` (cover_kind).
"""
