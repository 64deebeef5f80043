"""Offline dictionaries behind the teacher's glossary (pure Python, no Qt).

Public face: `Catalog` (find, index and order the learner's dictionaries),
`answer_click` / `answer_word` (the look-up chain: glossary, then each
dictionary by surface form, lemma and covering expression), `Answer` and
`Result`. Readers for dictd and StarDict, the dictzip reader, the SQLite
index in `<data-dir>/cache/` and entry cleaning live in the modules beside.
"""

from quizapp.core.dictionary.catalog import Catalog, Listing
from quizapp.core.dictionary.chain import GLOSSARY, Answer, Result, answer_click, answer_word

__all__ = ["GLOSSARY", "Answer", "Catalog", "Listing", "Result", "answer_click", "answer_word"]
