"""The Dictionaries section of the preferences: what was found, on or off, in order.

A self-contained widget over the window's `DictionaryService`: usable
dictionaries with their entry counts, a check box each (on/off) and Up/Down
to set the order they are asked in; then the ignored ones (other languages)
and the broken ones, each with why. Names and paths come from files, so
every text is plain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui.window.plain_text import tooltip

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.window.dictionaries import DictionaryService

IDENT = Qt.ItemDataRole.UserRole


class DictionariesSection(QWidget):
    """The learner's dictionaries, switched on or off and ordered."""

    def __init__(self, service: DictionaryService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.title = QLabel(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.usable = QListWidget(self)
        self.others_title = QLabel(self)
        self.others = QListWidget(self)
        self.others.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.up = QPushButton(self)
        self.down = QPushButton(self)
        self.folder = QPushButton(self)
        for label in (self.title, self.others_title):
            label.setTextFormat(Qt.TextFormat.PlainText)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        buttons = QHBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        buttons.addWidget(self.folder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.usable, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.others_title)
        layout.addWidget(self.others, 1)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.folder.clicked.connect(service.open_folder)
        self.usable.itemChanged.connect(self._save)
        self.usable.currentRowChanged.connect(self._update_buttons)
        service.changed.connect(self.refresh)
        self.retranslate_ui()
        self.refresh()

    # -- content -------------------------------------------------------------------
    def refresh(self) -> None:
        self.usable.blockSignals(True)
        current = self.usable.currentItem()
        keep = current.data(IDENT) if current is not None else None
        self.usable.clear()
        self.others.clear()
        for row in self.service.listings():
            if row.state in ("ready", "to index"):
                if row.state == "ready":
                    text = self.tr("%1 — %n entry(s) (%3)", "", row.count)
                else:
                    text = self.tr("%1 — being indexed (%3)")
                item = QListWidgetItem(text.replace("%1", row.name).replace("%3", row.format))
                item.setData(IDENT, row.ident)
                item.setToolTip(tooltip(str(row.path)))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                on = self.service.enabled(row.ident)
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.usable.addItem(item)
                if row.ident == keep:
                    self.usable.setCurrentItem(item)
            else:
                why = self.tr("ignored") if row.state == "ignored" else self.tr("broken")
                item = QListWidgetItem(f"{row.name} ({row.format}) — {why}: {row.reason}")
                item.setToolTip(tooltip(str(row.path)))
                self.others.addItem(item)
        if self.usable.count() == 0:
            waiting = self.service.busy or self.service.catalog is None
            empty = (
                self.tr("Looking for dictionaries…")
                if waiting
                else self.tr("No French→English dictionary found.")
            )
            placeholder = QListWidgetItem(empty)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.usable.addItem(placeholder)
        self.usable.blockSignals(False)
        self.others_title.setVisible(self.others.count() > 0)
        self.others.setVisible(self.others.count() > 0)
        self._update_buttons()

    def rows(self) -> list[tuple[str, bool]]:
        """(text, on) of each usable dictionary, in order (for tests and screen readers)."""
        out = []
        for i in range(self.usable.count()):
            item = self.usable.item(i)
            if item.data(IDENT):
                out.append((item.text(), item.checkState() == Qt.CheckState.Checked))
        return out

    def other_rows(self) -> list[str]:
        return [self.others.item(i).text() for i in range(self.others.count())]

    # -- the learner's choices ------------------------------------------------------
    def _move(self, step: int) -> None:
        row = self.usable.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.usable.count():
            return
        self.usable.blockSignals(True)
        item = self.usable.takeItem(row)
        self.usable.insertItem(target, item)
        self.usable.setCurrentRow(target)
        self.usable.blockSignals(False)
        self._save()

    def _save(self, _item: QListWidgetItem | None = None) -> None:
        order, off = [], []
        for i in range(self.usable.count()):
            item = self.usable.item(i)
            ident = item.data(IDENT)
            if not ident:
                continue
            order.append(ident)
            if item.checkState() != Qt.CheckState.Checked:
                off.append(ident)
        self.service.set_choices(order, off)

    def _update_buttons(self) -> None:
        row = self.usable.currentRow()
        count = len(self.rows())
        self.up.setEnabled(0 < row < count)
        self.down.setEnabled(0 <= row < count - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.refresh()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Dictionaries"))
        self.intro.setText(
            self.tr(
                "When the article’s glossary has no entry, these French→English "
                "dictionaries are asked, from the top. Add one with "
                "sudo apt install dict-freedict-fra-eng, or put dictd or StarDict "
                "files in %1."
            ).replace("%1", str(self.service.folder))
        )
        self.usable.setAccessibleName(self.tr("Dictionaries in use"))
        self.others_title.setText(self.tr("Not used"))
        self.others.setAccessibleName(self.tr("Dictionaries not used"))
        self.up.setText(self.tr("Up"))
        self.up.setAccessibleName(self.tr("Ask this dictionary earlier"))
        self.down.setText(self.tr("Down"))
        self.down.setAccessibleName(self.tr("Ask this dictionary later"))
        self.folder.setText(self.tr("Open the dictionaries folder"))
        self.folder.setAccessibleName(self.tr("Open the dictionaries folder"))


def dictionaries_section(window: Any) -> tuple[str, QWidget]:
    """Preferences → Dictionaries: the ones found, looked for again as the dialog opens."""
    service = window.dictionaries
    service.start()  # the learner may just have added one
    section = DictionariesSection(service)
    section.setObjectName("dictionaries_section")
    return QCoreApplication.translate("Preferences", "Dictionaries"), section
