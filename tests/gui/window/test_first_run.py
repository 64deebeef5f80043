"""A new user's window: My articles beside the bank, its folder, and Help → About."""

from __future__ import annotations

import sys
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from quizapp import __version__
from quizapp.gui.library.model import Column
from quizapp.gui.window.dialogs import AboutDialog
from quizapp.paths import ensure_my_articles
from tests.gui.conftest import SECOND
from tests.gui.window.test_launch import launch

MINE = SECOND.replace("id: ", "id: mon-", 1).replace("title: ", "title: Mon article — ", 1)


def open_window(qtbot, bank: Path, data_dir: Path, mine: Path | None):
    from quizapp.gui.window.i18n import Translators
    from quizapp.gui.window.main_window import MainWindow
    from quizapp.gui.window.settings import AppSettings

    translators = Translators()
    translators.install("en")
    win = MainWindow(AppSettings(data_dir), translators, bank=bank, mine=mine)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.bank_loaded, timeout=10_000):
        win.after_first_paint()
    return win


def origins(win) -> dict[str, str]:
    model = win.library_view.model
    return {
        article.id: model.data(model.index(row, Column.ORIGIN))
        for row, article in enumerate(model.articles())
    }


def test_my_articles_are_listed_beside_the_bundled_bank(
    qtbot, bank: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr("quizapp.paths.default_bank", lambda: bank)
    mine = ensure_my_articles(data_dir)
    (mine / "mon-article.yaml").write_text(MINE, encoding="utf-8")
    win = open_window(qtbot, bank, data_dir, mine)
    try:
        assert origins(win) == {
            "armes-belarus": "bundled",
            "ecole-rentree": "bundled",
            "mon-ecole-rentree": "My articles",
        }
        win.set_language("fr")
        assert origins(win)["mon-ecole-rentree"] == "Mes articles"
        assert win.library_view.model.column_titles()[Column.ORIGIN] == "Origine"
    finally:
        win.shutdown()
        win.translators.install("en")


def test_another_folder_is_named_by_its_folder_and_my_articles_still_listed(
    qtbot, bank: Path, data_dir: Path
):
    mine = ensure_my_articles(data_dir)
    (mine / "mon-article.yaml").write_text(MINE, encoding="utf-8")
    win = open_window(qtbot, bank, data_dir, mine)
    try:
        assert origins(win) == {
            "armes-belarus": "bank",
            "ecole-rentree": "bank",
            "mon-ecole-rentree": "My articles",
        }
    finally:
        win.shutdown()


def test_file_menu_opens_my_articles_in_the_file_manager(
    qtbot, bank: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    win = open_window(qtbot, bank, data_dir, None)
    try:
        assert win.actions_by_name["open_my_articles"] in win.menus["file"].actions()
        qtbot.keyClick(
            win,
            Qt.Key.Key_A,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        qtbot.waitUntil(lambda: len(opened) == 1)
        assert opened[0].toLocalFile() == str(data_dir / "articles")
        assert (data_dir / "articles" / "README.txt").is_file()  # made on first use
    finally:
        win.shutdown()


def test_about_shows_versions_and_folders_to_copy(qtbot, bank: Path, data_dir: Path):
    win = open_window(qtbot, bank, data_dir, ensure_my_articles(data_dir))
    try:
        win.actions_by_name["about"].trigger()
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog))
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        copied = QApplication.clipboard().text()
        for expected in (
            f"quizapp {__version__}",
            f"Qt {qVersion()}",
            f"PySide6 {PySide6.__version__}",
            f"Python {sys.version.split()[0]} ({sys.platform})",
            f"bank: {bank}",
            f"data folder: {data_dir}",
            f"my articles: {data_dir / 'articles'}",
        ):
            assert expected in copied.splitlines(), (expected, copied)
        assert dialog.details.toPlainText() == copied
        dialog.close()
    finally:
        win.shutdown()


def test_the_app_makes_my_articles_on_first_run(tmp_path: Path):
    data_dir = tmp_path / "data"
    result = launch(data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    readme = data_dir / "articles" / "README.txt"
    assert "quizapp new" in readme.read_text(encoding="utf-8")


def test_the_status_bar_names_the_checkout_beside_an_installed_copy(
    qtbot, bank: Path, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    checkout = tmp_path / "clone"
    (checkout / "questions").mkdir(parents=True)
    (checkout / "pyproject.toml").write_text('[project]\nname = "quizapp"\n', encoding="utf-8")
    monkeypatch.setattr("quizapp.paths.default_bank", lambda: bank)  # the installed copy
    monkeypatch.chdir(checkout)
    win = open_window(qtbot, bank, data_dir, None)
    try:
        assert win.status.text().startswith("2 articles · the quizapp library · ")
        assert win.status.text().endswith(
            " · the copy installed with the app, not "
            f"{checkout / 'questions'} (File → Open folder… to use it)"
        )
        assert win.status.toolTip() == f"Articles folder: {bank}"  # the bank's whole path
    finally:
        win.shutdown()
