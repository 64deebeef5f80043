"""What the library says about an article without Qt: its topic in the learner's
language, and which family of topics it belongs to (for its cover's pictogram).

Public face: `topic_names` (topic_name, topic_kind, KINDS).
"""
