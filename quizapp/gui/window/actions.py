"""The main window's menus and shortcuts, built from the one action table.

A mixin of `MainWindow`: `shortcuts.ACTIONS` says what exists; this builds the
QActions, their menus and extra keys, and retranslates them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QMenu,
)

from quizapp.gui.window import shortcuts
from quizapp.gui.window.shortcuts import ActionSpec

if TYPE_CHECKING:  # pragma: no cover - imported on first use (start-up speed)
    pass


class ActionsMixin:
    """Builds and retranslates the window's actions from `shortcuts`."""

    def _build_actions(self) -> None:
        for key, _title in shortcuts.MENUS:
            self.menus[key] = self.menuBar().addMenu("")
        slots: dict[str, Callable[..., Any]] = {
            "open_folder": self.choose_folder,
            "open_file": self.choose_file,
            "open_my_articles": self.open_my_articles,
            "paste_text": self.paste_text,
            "open_text": self.open_text_file,
            "preferences": self.show_preferences,
            "quit": self.close,
            "library": lambda: self.show_screen("library"),
            "search": self.focus_search,
            "problems": self.toggle_problems,
            "zoom_in": lambda: self.zoom_by(1),
            "zoom_out": lambda: self.zoom_by(-1),
            "zoom_reset": lambda: self.zoom_by(None),
            "parallel": self.set_parallel,
            "next_sentence": lambda: self.reading_view.passage.move_current(1),
            "previous_sentence": lambda: self.reading_view.passage.move_current(-1),
            "toggle_translation": lambda: self.reading_view.passage.toggle_translation(),
            "sentence_glosses": lambda: self.reading_view.show_sentence_glosses(),
            "start_quiz": lambda: self.reading_view.start_quiz(),
            "lang_fr": lambda: self.set_language("fr"),
            "lang_en": lambda: self.set_language("en"),
            "dictionaries": self.show_dictionaries,
            "shortcuts": self.show_shortcuts,
            "about": self.show_about,
        }
        for spec in shortcuts.ACTIONS:
            self.add_action(spec, slots[spec.name])
        group = QActionGroup(self)
        for name in ("lang_fr", "lang_en"):
            group.addAction(self.actions_by_name[name])
        self.actions_by_name[f"lang_{self.translators.language}"].setChecked(True)

    def add_action(self, spec: ActionSpec, slot: Callable[..., Any]) -> QAction:
        """Create the action for `spec`, put it in its menu and the shortcuts list."""
        action = QAction(self)
        action.setObjectName(f"action_{spec.name}")
        action.setCheckable(spec.checkable)
        action.setShortcuts([QKeySequence(k) for k in spec.keys])
        action.triggered.connect(lambda checked=False: _call(slot, spec, checked))
        self.addAction(action)
        if self._reading_view is not None:
            self._add_text_keys(spec, action)
        if spec.menu not in self.menus:  # a new screen's menu goes before Help
            menu = QMenu(spec.menu, self)
            self.menuBar().insertMenu(self.menus["help"].menuAction(), menu)
            self.menus[spec.menu] = menu
        self.menus[spec.menu].addAction(action)
        self.actions_by_name[spec.name] = action
        self.specs.append(spec)
        self._translate_action(spec, action)
        return action

    def _add_text_keys(self, spec: ActionSpec, action: QAction) -> None:
        """Keys that act only while the passage has the focus (a bare letter, Space...)."""
        if not spec.text_keys or self._reading_view is None:
            return
        from PySide6.QtCore import Qt

        passage = self._reading_view.passage
        local = QAction(passage)
        local.setShortcuts([QKeySequence(k) for k in spec.text_keys])
        local.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        local.triggered.connect(action.trigger)
        passage.addAction(local)

    def _translate_action(self, spec: ActionSpec, action: QAction) -> None:
        action.setText(shortcuts.tr(spec.text))
        action.setToolTip(shortcuts.tooltip(spec))
        action.setStatusTip(shortcuts.tr(spec.tip))
        if spec.link:  # the library's quick link says it in fewer words
            action.setIconText(shortcuts.tr(spec.link))
        if spec.text_keys and not spec.keys:
            # menus show the first key; passage-only keys are listed in the text
            action.setText(f"{shortcuts.tr(spec.text)}\t{shortcuts.native(spec.text_keys)}")


def _call(slot: Callable[..., Any], spec: ActionSpec, checked: bool) -> None:
    if spec.checkable and spec.name not in ("lang_fr", "lang_en"):
        slot(checked)
    else:
        slot()
