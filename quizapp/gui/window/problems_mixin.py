"""The main window's Problems panel: the teacher's list of what is wrong in the files.

A mixin of `MainWindow`. The panel and its dock are built the first time there is
a problem to show, never for a learner who opens a good bank.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # pragma: no cover - built on first use
    from PySide6.QtWidgets import QDockWidget

    from quizapp.gui.window.problems_panel import ProblemsPanel


class ProblemsMixin:
    """Builds, fills, sizes and shows the Problems dock."""

    @property
    def problems_panel(self) -> ProblemsPanel:
        """The Problems panel in its dock, built the first time there is something to show."""
        if self._problems_panel is None:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QDockWidget

            from quizapp.gui.window.problems_panel import ProblemsPanel

            panel = ProblemsPanel(self)
            dock = QDockWidget(self)
            dock.setObjectName("problems_dock")
            dock.setWidget(panel)
            dock.setAllowedAreas(
                Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
            )
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            dock.hide()
            dock.visibilityChanged.connect(self._size_problems)
            dock.visibilityChanged.connect(self.actions_by_name["problems"].setChecked)
            dock.setWindowTitle(QCoreApplication.translate("MainWindow", "Problems"))
            dock.setAccessibleName(QCoreApplication.translate("MainWindow", "Problems"))
            self._problems_panel = panel
            self._problems_dock = dock
        return self._problems_panel

    @property
    def problems_dock(self) -> QDockWidget:
        if self._problems_dock is None:
            self.problems_panel  # noqa: B018 - builds the dock with its panel
        assert self._problems_dock is not None
        return self._problems_dock

    def _refresh_problems(self) -> None:
        overridden = set(self._file_problems)
        merged = [p for p in self._bank_problems if str(p.path) not in overridden]
        for problems in self._file_problems.values():
            merged.extend(problems)
        if not merged and self._problems_panel is None:
            return  # nothing to show: the panel is built when there is
        self.problems_panel.set_problems(merged, self.bank, self.translators.language)

    def _size_problems(self, visible: bool) -> None:
        """About seven lines of problems, at any font size, without crowding the screen."""
        if visible and self._problems_dock is not None:
            from PySide6.QtCore import Qt

            lines = self.fontMetrics().height() * 9
            height = min(lines, self.height() // 3)
            self.resizeDocks([self.problems_dock], [height], Qt.Orientation.Vertical)

    def show_problems(self) -> None:
        self.problems_dock.show()
        self.problems_dock.raise_()
        self.problems_panel.list.setFocus()

    def toggle_problems(self, on: bool) -> None:
        if on:
            self.show_problems()
        elif self._problems_dock is not None:
            self._problems_dock.hide()
