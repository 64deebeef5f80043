"""Qt settings made by name, for the widgets built before the first paint.

PySide6 creates the ~90 Python enums of the `Qt` namespace the first time the
name is used: ~20 ms, a sixth of a bare window's start-up on a 2-core machine.
So nothing that runs before the first paint names `Qt`: the first screen sets
its few Qt-typed properties by name through Qt's property system (as a
Designer `.ui` file does), its model compares roles with the ints below, and
everything else imports `Qt` where it runs, after the paint.
A launch test keeps it so (tests/gui/window/test_launch.py).
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QObject


class Role(IntEnum):
    """The `Qt.ItemDataRole` values a model reads (a test keeps them equal to Qt's)."""

    DISPLAY = 0
    TOOLTIP = 3
    TEXT_ALIGNMENT = 7
    ACCESSIBLE_TEXT = 11
    USER = 256


ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter, as a model returns it


def set_by_name(obj: QObject, prop: str, value: str) -> None:
    """`obj.<prop> = value`, the value spelled as in Qt ("PlainText", "AlignLeft|AlignTop")."""
    if not obj.setProperty(prop, value):
        raise ValueError(f"{type(obj).__name__} has no property {prop!r} taking {value!r}")


def plain_text(label: QObject) -> None:
    """A label that shows its text literally: teachers' and learners' `<`, `&` stay as typed."""
    set_by_name(label, "textFormat", "PlainText")
