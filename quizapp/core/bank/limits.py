"""The format's limits, in one place (the format page's "Limits" section).

No real quiz comes near these; they keep a hostile or mistaken file from
freezing the window. The parser, the syntax explainer and the validator all
read them from here, so each module depends on this one and never on another.
"""

from __future__ import annotations

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 20
