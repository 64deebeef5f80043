"""quizapp: read real French texts, gloss any word, and prove you understood them."""

__version__ = "0.1.0"
