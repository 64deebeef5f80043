"""The format's limits, in one place (the format page's "Limits" section).

No real quiz comes near these; they keep a hostile or mistaken file from
freezing the window. The parser, the syntax explainer and the validator all
read them from here, so each module depends on this one and never on another.
"""

from __future__ import annotations

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 20
MIN_POINTS = 0.1
MAX_POINTS = 1000
MAX_ATTEMPTS = 99
MAX_DIGITS = 9  # longer than any allowed whole number: refused before `int()` reads it
MAX_CHOICES = 50  # options of one question, pairs of one `match`, items of one `order`
MAX_BLANKS = 100  # blanks of one `cloze`
MAX_ANSWER_CHARS = 500  # one accepted answer, option, item, side of a pair or blank
