"""Every dialog and message box the window opens, all non-blocking.

Nothing here calls exec(): a dialog is opened with open()/show() and reports
back through a callback, so no test and no slot is ever stuck in a nested
event loop. Dialogs are built on demand, never at start-up.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp import __version__
from quizapp.gui.window import shortcuts
from quizapp.gui.window.shortcuts import ActionSpec

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.window.dictionaries import DictionaryService


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts, generated from the action table."""

    def __init__(self, parent: QWidget | None, specs: Iterable[ActionSpec]):
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Keyboard shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("Dialogs", "Action"),
                QCoreApplication.translate("Dialogs", "Keys"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setAccessibleName(QCoreApplication.translate("Dialogs", "Keyboard shortcuts"))
        self.tree.setAccessibleDescription(
            QCoreApplication.translate("Dialogs", "Every action of the window and its keys")
        )
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # the window's own menus and actions, so the list reads exactly like the menus
        window_menus = getattr(parent, "menus", {})
        actions = getattr(parent, "actions_by_name", {})
        order = list(window_menus) or [key for key, _ in shortcuts.MENUS]
        groups: dict[str, list[ActionSpec]] = {}
        for spec in specs:
            groups.setdefault(spec.menu, []).append(spec)
        bold = self.font()
        bold.setBold(True)
        for key in sorted(groups, key=lambda k: order.index(k) if k in order else len(order)):
            if key in window_menus:
                title = window_menus[key].title()
            else:
                title = shortcuts.tr(dict(shortcuts.MENUS).get(key, key))
            group = QTreeWidgetItem(self.tree, [shortcuts.plain_text(title)])
            group.setFont(0, bold)
            group.setFirstColumnSpanned(True)
            for spec in groups[key]:
                action = actions.get(spec.name)
                text = action.text().split("\t")[0] if action else shortcuts.tr(spec.text)
                tip = (action.statusTip() if action else "") or shortcuts.tr(spec.tip)
                keys = shortcuts.native(spec.keys)
                if spec.text_keys:
                    in_text = (
                        shortcuts.native(spec.text_keys)
                        + " "
                        + QCoreApplication.translate("Dialogs", "(in the text)")
                    )
                    keys = f"{keys}, {in_text}" if keys else in_text
                item = QTreeWidgetItem(self.tree, [shortcuts.plain_text(text), keys])
                for column in (0, 1):  # what it does: in the tooltip, read by screen readers too
                    item.setToolTip(column, tip)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            QCoreApplication.translate("Dialogs", "Close")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        for column in range(2):
            self.tree.resizeColumnToContents(column)
        wanted = sum(self.tree.columnWidth(c) for c in range(2)) + 60
        rows = self.tree.topLevelItemCount() + 3
        screen = self.screen().availableGeometry()
        self.resize(
            min(wanted, int(screen.width() * 0.9)),
            min(int(self.fontMetrics().height() * 1.45 * rows), int(screen.height() * 0.85)),
        )

    def rows(self) -> list[tuple[str, str]]:
        """(action, keys) of every listed action, for tests."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.text(1):
                out.append((item.text(0), item.text(1)))
        return out


def show_shortcuts(parent: QWidget, specs: Iterable[ActionSpec]) -> ShortcutsDialog:
    dialog = ShortcutsDialog(parent, specs)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def about_details(bank: Path, data_dir: Path, mine: Path | None) -> str:
    """The facts a bug report needs, one per line, to copy as they are."""
    import PySide6
    from PySide6.QtCore import qVersion

    lines = [
        f"quizapp {__version__}",
        f"Qt {qVersion()}",
        f"PySide6 {PySide6.__version__}",
        f"Python {sys.version.split()[0]} ({sys.platform})",
        f"bank: {bank}",
        f"data folder: {data_dir}",
    ]
    if mine is not None:
        lines.append(f"my articles: {mine}")
    return "\n".join(lines)


class AboutDialog(QDialog):
    """Help → About: what quizapp is, and its versions and folders ready to copy."""

    def __init__(self, parent: QWidget | None, details: str):
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "About quizapp"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = QCoreApplication.translate(
            "Dialogs",
            "Read real French texts: click any word for its English meaning, show any "
            "sentence in English, answer comprehension questions, and see the sentence "
            "that proves each answer.",
        )
        self.message = QLabel(text, self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("about_details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setPlainText(details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(QCoreApplication.translate("Dialogs", "&Copy"), self)
        self.copy_button.setObjectName("copy_about")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(
            lambda: QApplication.clipboard().setText(self.details.toPlainText())
        )
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(560, 320)


def show_about(
    parent: QWidget, bank: Path, data_dir: Path, mine: Path | None = None
) -> AboutDialog:
    dialog = AboutDialog(parent, about_details(bank, data_dir, mine))
    dialog.show()
    return dialog


def open_in_file_manager(parent: QWidget, folder: Path) -> bool:
    """Show `folder` in the system's file manager; a message if there is none."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    show_error(
        parent,
        QCoreApplication.translate("Dialogs", "No file manager"),
        QCoreApplication.translate(
            "Dialogs", "No file manager could open %1. Open that folder yourself."
        ).replace("%1", str(folder)),
    )
    return False


def show_error(parent: QWidget, title: str, text: str, details: str = "") -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def choose_folder(parent: QWidget, start: Path, done: Callable[[Path], None]) -> QFileDialog:
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("Dialogs", "Choose a folder of question files"),
        str(start),
    )
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda name: done(Path(name)))
    dialog.open()
    return dialog


def choose_article(parent: QWidget, start: Path, done: Callable[[Path], None]) -> QFileDialog:
    dialog = QFileDialog(
        parent, QCoreApplication.translate("Dialogs", "Open an article file"), str(start)
    )
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters(
        [
            QCoreApplication.translate("Dialogs", "Article files (*.yaml *.yml)"),
            QCoreApplication.translate("Dialogs", "All files (*)"),
        ]
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda name: done(Path(name)))
    dialog.open()
    return dialog


def key_text(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def show_dictionaries(parent: QWidget, service: DictionaryService) -> QDialog:
    """The Dictionaries section in a non-modal window (until Preferences hosts it)."""
    from quizapp.gui.window.prefs_dictionaries import DictionariesSection

    existing = parent.findChild(QDialog, "dictionaries_dialog")
    if existing is not None:
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = QDialog(parent)
    dialog.setObjectName("dictionaries_dialog")
    dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "Dictionaries"))
    section = DictionariesSection(service, dialog)
    section.setObjectName("dictionaries_section")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(section)
    layout.addWidget(buttons)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.resize(section.fontMetrics().horizontalAdvance("M") * 40, dialog.sizeHint().height())
    dialog.show()
    return dialog


def open_folder(folder: Path) -> bool:
    """Show `folder` in the system's file manager (the dictionaries folder)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_preferences(window) -> QDialog:
    """File → Preferences: one dialog, non-modal, its changes applied as they are made."""
    from quizapp.gui.window.preferences import PreferencesDialog

    existing = window.findChild(PreferencesDialog, "preferences")
    if existing is not None:
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = PreferencesDialog(window)
    dialog.show()
    return dialog


def ask_learner_name(parent: QWidget, current: str, done: Callable[[str], None]) -> QDialog:
    """Rename a learner: a small dialog with the name selected."""
    from PySide6.QtWidgets import QInputDialog

    dialog = QInputDialog(parent)
    dialog.setObjectName("rename_learner")
    dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "Rename the learner"))
    dialog.setLabelText(QCoreApplication.translate("Dialogs", "New name:"))
    dialog.setTextValue(current)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.textValueSelected.connect(lambda text: done(text))
    dialog.open()
    return dialog


def confirm_delete_learner(
    parent: QWidget, name: str, records: str, done: Callable[[], None]
) -> QMessageBox:
    """Delete a learner? Says exactly what goes with them; `done()` only on Delete."""
    return _confirm_delete(
        parent,
        "delete_learner",
        QCoreApplication.translate("Dialogs", "Delete the learner"),
        QCoreApplication.translate("Dialogs", "Delete “%1” and all their progress?").replace(
            "%1", name
        ),
        records,
        done,
        QMessageBox.Icon.Warning,
    )


def _confirm_delete(
    parent: QWidget,
    name: str,
    title: str,
    text: str,
    details: str,
    done: Callable[[], None],
    icon: QMessageBox.Icon,
) -> QMessageBox:
    """A window-modal question whose Delete is the destructive role and Cancel the default,
    so Enter never deletes; `done()` only on Delete."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(icon)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(details)
    delete = box.addButton(
        QCoreApplication.translate("Dialogs", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: done() if button is delete else None)
    box.open()
    return box


def show_paste_text(window, submit: Callable[[str, str], str | None]) -> QDialog:
    """File → Paste a text…: one dialog at a time, window-modal, its text kept on a refusal."""
    from quizapp.gui.library.paste_dialog import PasteDialog

    existing = window.findChild(PasteDialog, "paste_dialog")
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = PasteDialog(
        window, submit, getattr(window, "theme_hub", None) and window.theme_hub.theme
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def confirm_delete_text(parent: QWidget, title: str, done: Callable[[], None]) -> QMessageBox:
    """Delete an own text? Its looked-up words stay in My words; `done()` only on Delete."""
    return _confirm_delete(
        parent,
        "delete_text",
        QCoreApplication.translate("Dialogs", "Delete the text"),
        QCoreApplication.translate("Dialogs", "Delete “%1”?").replace("%1", title),
        QCoreApplication.translate(
            "Dialogs", "The words you looked up in it stay in My words and in your reviews."
        ),
        done,
        QMessageBox.Icon.Question,
    )
