"""The list of problems found in question files, in the interface language.

A teacher reads `PATH:LINE:COLUMN: error: message` here exactly as
`quizapp check` prints it, can copy the lines to ask for help (Copy, Ctrl+C),
and opens a file at the problem's line in their editor with a double-click.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.bank.problems import Problem, Severity
from quizapp.gui.window.open_at_line import editor_command, start
from quizapp.gui.window.plain_text import tooltip


def display_path(path: Path | str, root: Path | None) -> str:
    """The path relative to the bank folder when it lies inside it."""
    p = Path(path)
    if root is not None:
        try:
            inside = p.resolve().relative_to(root.resolve())
            return str(inside) if inside.parts else str(p)  # the bank folder itself: in full
        except (ValueError, OSError, RuntimeError):  # outside, or a link loop (3.11)
            pass
    return str(p)


# Lines listed at most: a 2 MB file can hold tens of thousands of problems, and listing
# them all stopped the window for seconds; the summary counts them all, `check` lists them.
MAX_LINES = 500


class ProblemsPanel(QWidget):
    """A read-only, copyable list of problems, errors first within each file."""

    @staticmethod
    def open_url(url: QUrl) -> bool:
        """The file in the system's editor, looked up at each call (tests replace it)."""
        return QDesktopServices.openUrl(url)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._problems: list[Problem] = []
        self._root: Path | None = None
        self._lang = "en"
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setUniformItemSizes(False)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copy_problems")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self.summary.setBuddy(self.list)
        self.list.installEventFilter(self)
        self.list.itemDoubleClicked.connect(self._open_item)
        self.copy_button.clicked.connect(self.copy_selection)
        self.retranslate_ui()

    # -- data --------------------------------------------------------------
    def set_problems(
        self, problems: Iterable[Problem], root: Path | None = None, lang: str | None = None
    ) -> None:
        self._problems = sorted(problems, key=Problem.sort_key)
        self._root = root
        if lang:
            self._lang = lang
        self._fill()

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._fill()

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def line_for(self, problem: Problem, where: str | None = None) -> str:
        severity = self.tr("error") if problem.is_error else self.tr("warning")
        if where is None:
            where = display_path(problem.path, self._root)
        # French puts a non-breaking space before the colon after the severity
        message = self.tr("%1: %2").replace("%1", severity).replace("%2", problem.text(self._lang))
        return f"{where}:{problem.line}:{problem.column}: {message}"

    def _fill(self) -> None:
        self.list.clear()
        style = self.style()
        icons = {
            Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        places: dict[str, str] = {}  # each file's shown path, worked out once
        for problem in self._problems[:MAX_LINES]:
            key = str(problem.path)
            if key not in places:
                places[key] = display_path(problem.path, self._root)
            item = QListWidgetItem(icons[problem.severity], self.line_for(problem, places[key]))
            item.setToolTip(tooltip(problem.text(self._lang)))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setData(Qt.ItemDataRole.UserRole, problem)
            self.list.addItem(item)
        hidden = len(self._problems) - MAX_LINES
        if hidden > 0:
            more = QListWidgetItem(
                self.tr(
                    "… and %n more problem(s), not listed here: run `quizapp check` on the"
                    " file to see them all.",
                    "",
                    hidden,
                )
            )
            more.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(more)
        self._update_summary()

    def _update_summary(self) -> None:
        errors = sum(1 for p in self._problems if p.is_error)
        warnings = len(self._problems) - errors
        files = len({str(p.path) for p in self._problems if p.is_error})
        if not self._problems:
            self.summary.setText(self.tr("No problems found in the question files."))
        else:
            self.summary.setText(
                self.tr("%n error(s)", "", errors)
                + " · "
                + self.tr("%n warning(s)", "", warnings)
                + " · "
                + self.tr("%n file(s) not loaded", "", files)
            )

    # -- behaviour ---------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
        ):
            self.copy_selection()
            return True
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.list.currentItem() is not None
        ):
            self._open_item(self.list.currentItem())
            return True
        return super().eventFilter(watched, event)

    def copy_selection(self) -> None:
        """`PATH:LINE:COL: severity: message` of the selected lines (all if none is),
        exactly as shown and as `quizapp check` prints them."""
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        text = "\n".join(self.list.item(r).text() for r in rows) or "\n".join(self.lines())
        QGuiApplication.clipboard().setText(text)

    def _open_item(self, item: QListWidgetItem) -> None:
        """Double-click or Enter: the file at the problem's line in the teacher's editor
        ($VISUAL, $EDITOR), else in the system's default application."""
        problem: Problem | None = item.data(Qt.ItemDataRole.UserRole)
        if problem is None:  # the "… and N more" line
            return
        path = Path(problem.path)
        if not path.is_file():
            return
        full = str(path.resolve())
        command = editor_command(full, problem.line, problem.column, os.environ)
        if command is None or not start(command):
            self.open_url(QUrl.fromLocalFile(full))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.list.setAccessibleName(self.tr("Problems in question files"))
        self.list.setAccessibleDescription(
            self.tr("Each line gives the file, line and column to fix, then the problem.")
        )
        self.summary.setAccessibleName(self.tr("Problem summary"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(
            self.tr("Copy the selected problems (all if none is selected) as PATH:LINE:COL")
        )
        self.list.setToolTip(
            self.tr("Double-click a problem to open its file at that line in your editor.")
        )
        self._fill()
