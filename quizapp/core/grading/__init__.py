"""Scoring a learner's response to one question, with feedback that teaches.

Public face: `score.grade` and `score.assess` (a response → a Grade), `answers`
(normalising typed text), `responses` (checking a response's shape, JSON),
`feedback` (bilingual phrases and French typography). Importing this package
hands `grade` to the model, so `question.grade(response)` works.
"""

from quizapp.core import model
from quizapp.core.grading.score import grade

model.Services.grade = grade
