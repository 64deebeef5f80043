"""Who is learning: a round avatar opening a menu of learners, and an inline field to add one.

It sits at the right end of the library's greeting row (« Bonjour, Camille … (C) »),
where an account is looked for, so choosing or adding a learner never blocks the
window; the progress bridge does the saving and tells it what to show.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal, SignalInstance
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QWidget

from quizapp.gui.window.plain_text import tooltip
from quizapp.gui.window.qt_names import plain_text
from quizapp.gui.window.theme import Theme

if TYPE_CHECKING:  # pragma: no cover - the progress store's modules load after the first paint
    from quizapp.core.progress.records import Profile
    from quizapp.gui.progress.avatar import Avatar


class ProfilePicker(QWidget):
    """Emits `chosen(profile_id)` or `create_requested(name)`; shows what it is given."""

    chosen = Signal(int)
    create_requested = Signal(str)
    rename_requested = Signal(int)
    delete_requested = Signal(int)
    level_chosen = Signal(str)  # "A1"…"C1", or "" for "I don't know"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("profile_picker")
        self.avatar: Avatar | None = None  # built with the first learners (`_face`)
        self.menu = QMenu(self)
        self.menu.setObjectName("learner_menu")
        self.group = QActionGroup(self)
        self.name = QLineEdit(self)
        self.name.setMaxLength(60)
        self.add = QPushButton(self)
        self.cancel = QPushButton(self)
        self.message = QLabel(self)
        plain_text(self.message)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(link);")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.name)
        layout.addWidget(self.add)
        layout.addWidget(self.cancel)
        self._theme: Theme | None = None
        self.hold_new = False  # the first start's welcome card asks the name instead
        self._profiles: list[Profile] = []
        self._current: int | None = None
        self.level: str | None = None  # the current learner's declared level
        self.name.returnPressed.connect(self._submit)
        self.name.textChanged.connect(lambda _t: self.message.clear())
        self.add.clicked.connect(self._submit)
        self.cancel.clicked.connect(self.close_new)
        self.retranslate_ui()
        self.close_new()

    def _face(self) -> Avatar:
        """The avatar, built on first use: after the first paint (start-up is timed, and
        a painted button's classes cost a few milliseconds to load)."""
        if self.avatar is None:
            from quizapp.gui.progress.avatar import Avatar

            self.avatar = Avatar(self)
            self.avatar.clicked.connect(self.open_menu)
            self.avatar.hide()
            self.layout().addWidget(self.avatar)
            if self._theme is not None:
                self.avatar.set_theme(self._theme)
        return self.avatar

    def _show_face(self, shown: bool) -> None:
        if shown or self.avatar is not None:
            self._face().setVisible(shown)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._face().set_theme(theme)

    # -- what the bridge tells it --------------------------------------------------
    def set_profiles(self, profiles: Sequence[Profile], current: int | None) -> None:
        self._profiles = list(profiles)
        self._current = current
        self._fill()
        self._show_face(bool(profiles))
        if not profiles and not self.hold_new:
            self.open_new()
        elif self.name.isVisible():
            self.close_new()

    def current_id(self) -> int | None:
        return self._current

    def show_error(self, text: str) -> None:
        self.open_new()
        self.message.setText(text)

    def open_new(self) -> None:
        """Show the name field (the "New learner…" entry, or the first run)."""
        for widget in (self.name, self.add):
            widget.show()
        self.cancel.setVisible(bool(self._profiles))
        self._show_face(bool(self._profiles))
        self.message.show()
        self.name.setFocus()

    def close_new(self) -> None:
        for widget in (self.name, self.add, self.cancel):
            widget.hide()
        self.name.clear()
        self.message.clear()
        self.message.hide()
        self._show_face(bool(self._profiles))

    def current_name(self) -> str:
        return next((p.name for p in self._profiles if p.id == self._current), "")

    def open_menu(self) -> None:
        """The menu under the avatar, its right edge on the avatar's (not modal: the
        learner's click or key picks, Escape closes)."""
        from PySide6.QtCore import QPoint

        width = self.menu.sizeHint().width()
        face = self._face()
        corner = face.mapToGlobal(QPoint(face.width() - width, face.height()))
        self.menu.popup(corner)

    # -- internals -----------------------------------------------------------------
    def _fill(self) -> None:
        """The learners (a check on the current one), then add, rename and delete."""
        self.menu.clear()
        for action in self.group.actions():
            self.group.removeAction(action)
        for profile in self._profiles:
            action = QAction(profile.name.replace("&", "&&"), self.menu)
            action.setCheckable(True)
            action.setChecked(profile.id == self._current)
            action.triggered.connect(lambda _c=False, pid=profile.id: self._choose(pid))
            self.group.addAction(action)
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Add a learner…"), self.open_new)
        if self._current is not None:
            self.menu.addAction(self.tr("Rename…"), lambda: self._ask(self.rename_requested))
            self.menu.addAction(self.tr("Delete…"), lambda: self._ask(self.delete_requested))
            self._level_menu()
        name = self.current_name()
        if self.avatar is None and not self._profiles:
            return  # no learner yet: no face to name (it is built with the first one)
        face = self._face()
        face.set_name(name)
        # a face alone gave no clue: what it is and what its menu holds
        said = self.tr("Profile: %1 — switch learner, level…").replace("%1", name)
        face.setAccessibleName(said)
        face.setToolTip(  # the learner's name as typed, never markup (plain_text.py)
            tooltip(said + "\n" + self.tr("Each learner has their own progress"))
        )

    def set_level(self, level: str | None) -> None:
        if level != self.level:
            self.level = level
            self._fill()

    def _level_menu(self) -> None:
        """« My level »: A1…C1 or "I don't know", the current one checked."""
        from PySide6.QtGui import QActionGroup as Group

        from quizapp.gui.progress.level import LEVEL_CHOICES

        self.menu.addSeparator()
        sub = self.menu.addMenu(self.tr("My level"))
        sub.setObjectName("learner_level_menu")
        group = Group(sub)
        for level in (*LEVEL_CHOICES, ""):
            action = sub.addAction(level or self.tr("I don’t know"))
            action.setCheckable(True)
            action.setChecked(level == (self.level or ""))
            action.setData(level)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, lv=level: self.level_chosen.emit(lv))

    def _choose(self, profile_id: int) -> None:
        if profile_id != self._current:
            self.chosen.emit(profile_id)

    def _ask(self, signal: SignalInstance) -> None:
        if self._current is not None:
            signal.emit(self._current)

    def _submit(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.message.setText(self.tr("Type the learner’s name first."))
            return
        self.create_requested.emit(name)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # after the first paint: see quizapp/gui/window/qt_names.py

        if event.key() == Qt.Key.Key_Escape and self.name.isVisible() and self._profiles:
            self.close_new()
            event.accept()
            return
        super().keyPressEvent(event)

    def _fit_name(self) -> None:
        """The name field shows its hint whole, not elided, in either language and size."""
        metrics = self.name.fontMetrics()
        hint = metrics.horizontalAdvance(self.name.placeholderText() + "mmmm")
        self.name.setMinimumWidth(max(metrics.horizontalAdvance("m" * 14), hint))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_name()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.name.setPlaceholderText(self.tr("Name of the new learner"))
        self._fit_name()
        self.name.setAccessibleName(self.tr("Name of the new learner"))
        self.add.setText(self.tr("Add"))
        self.cancel.setText(self.tr("Cancel"))
        self._fill()
