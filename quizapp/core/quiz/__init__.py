"""The quiz as a state machine: one run over one article.

Public face: `session` (QuizSession, Mode, AnswerOutcome), `result`
(QuizResult, QuestionResult). `orders`, `state` and `data` are its parts:
display orders, the per-question state, and saving/resuming as JSON.
"""
