"""Teacher and learner text in tooltips, shown exactly as typed.

Qt guesses whether a tooltip is rich text (`Qt.mightBeRichText`): a prompt
holding `<b>oui</b>` would show in bold, and `<img src=x>` would try to load
an image. Labels can be told `PlainText`; tooltips cannot, so every tooltip
that shows text from a question file or a learner goes through `tooltip()`.
"""

from __future__ import annotations


def tooltip(text: str | None) -> str:
    """`text` as a tooltip that Qt shows literally (and wraps when it is long)."""
    if not text:
        return ""
    from PySide6.QtGui import Qt  # imported here: see quizapp/gui/window/qt_names.py

    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
