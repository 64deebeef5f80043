"""Spaced review: what a learner looked up or got wrong comes back before it is forgotten.

Public face: `ratings` (an outcome -> an FSRS rating), `scheduling` (a card
rated with `fsrs` and saved), `due` (the due list, the daily new-card limit,
the summary), `words` (a word card's cloze and its check), `known` (known and
learning lemmas, and an article's new ones), `anki` (a real `.apkg` deck).
"""
