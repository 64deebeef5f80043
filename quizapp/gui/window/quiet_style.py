"""Fusion without the mnemonic underlines: « Fichier », « Niveau : » and « Élève : »
read as words, not as a keyboard map, the way Windows, GNOME and macOS show them.

Alt+letter still works everywhere (the mnemonics are kept, only not drawn), and the
menus and the shortcuts dialog (F1) list every key. Installed once, after the first
paint: the style's Python hint costs a little on every call, and start-up is timed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

MARK = "quizapp_quiet_style"


class QuietMnemonics(QProxyStyle):
    def styleHint(self, hint, option=None, widget=None, returnData=None):
        if hint == QStyle.StyleHint.SH_UnderlineShortcut:
            return 0
        return super().styleHint(hint, option, widget, returnData)


def install(app: QApplication) -> None:
    """Once per process, before the style sheet: replacing the style again and again
    under a style sheet crashed Qt (see `ThemeHub.restore`). Marked on the application,
    since under a style sheet `app.style()` is the sheet's own wrapper, not this."""
    if not is_installed(app):
        fusion = QStyleFactory.create("Fusion")
        app.setStyle(QuietMnemonics(fusion))
        app.setProperty(MARK, True)


def is_installed(app: QApplication) -> bool:
    return bool(app.property(MARK))
