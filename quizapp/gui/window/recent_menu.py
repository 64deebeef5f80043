"""File → Recent folders: the banks opened last, one click to go back to one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu


class RecentMenu(QMenu):
    """Filled when opened, from the settings; a folder that has gone is greyed out."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("recent_menu")
        self.aboutToShow.connect(self.refresh)
        self.retranslate_ui()

    def refresh(self) -> None:
        self.clear()
        folders = self.window_.settings.recent_banks
        for folder in folders:
            action = self.addAction(folder.name or str(folder))
            action.setToolTip(str(folder))
            action.setStatusTip(str(folder))
            action.setEnabled(folder.is_dir())
            action.triggered.connect(lambda _=False, f=folder: self.window_.set_bank(f))
        if not folders:
            empty = self.addAction(QCoreApplication.translate("RecentMenu", "No folder yet"))
            empty.setEnabled(False)
        self.setToolTipsVisible(True)

    def retranslate_ui(self) -> None:
        self.setTitle(QCoreApplication.translate("RecentMenu", "Recent folders"))
