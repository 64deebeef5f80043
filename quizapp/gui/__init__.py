"""The PySide6 window (imported only when a window is needed).

PySide6 6.12 built for CPython 3.11 drops one reference to None on every call
of a Qt method that returns nothing (`label.setText(...)`, `processEvents()`),
so after a few thousand calls CPython aborts with "none_dealloc: deallocating
None" (True and False are dropped the same way by calls returning a bool).
pyproject.toml excludes that release; where it is installed anyway, the guard
below makes those three immortal, as CPython 3.12+ does itself: once, before
any Qt call, their reference counts are raised so far that no session can
bring them back to zero.
"""

from __future__ import annotations

import sys

HEADROOM = 1 << 48


def _make_singletons_immortal() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import PySide6

    if tuple(PySide6.__version_info__[:2]) < (6, 12):  # pyproject excludes 6.12.0; 6.11 is clean
        return
    import ctypes

    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < HEADROOM:
            refcount.value += HEADROOM


_make_singletons_immortal()
