"""Which glossary entry answers the word a learner clicked.

Public face: `index.GlossIndex` (built per article: `article.gloss_index`),
`tokenize` (French tokens with their offsets), `lemmas` (simplemma keys and
their preload). Importing this package hands `GlossIndex` to the model, so
`article.gloss(sentence_id, word)` works.
"""

from quizapp.core import model
from quizapp.core.gloss.index import GlossIndex

model.Services.gloss_index = GlossIndex
