"""The window on a bank that is not there, or is a file, or has an odd name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.gui.conftest import make_window

GOOD = REPO / "tests" / "data" / "good" / "belarus.yaml"


def open_window(qtbot, bank: Path, data_dir: Path):
    win = make_window(bank, data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_a_bank_that_is_not_a_folder_is_explained_in_the_problems_panel(
    qtbot, tmp_path: Path, data_dir: Path, kind: str
):
    if kind == "missing":
        bank = tmp_path / "clé USB" / "questions"
        expected = "this folder of articles does not exist"
    else:
        bank = tmp_path / "article.yaml"
        shutil.copy(GOOD, bank)
        expected = "this is a file, not a folder of articles"
    win = open_window(qtbot, bank, data_dir)
    try:
        win.after_first_paint()
        qtbot.waitUntil(lambda: win.problems_dock.isVisible())
        lines = win.problems_panel.lines()
        assert len(lines) == 1
        assert lines[0].startswith(f"{bank}:1:1: error: {expected}"), lines
        assert "File → Open folder…" in lines[0]
        assert win.library_view.model.articles() == []
        win.set_language("fr")
        assert "Fichier → Ouvrir un dossier…" in win.problems_panel.lines()[0]
        # Choosing a real folder afterwards clears the message.
        good = tmp_path / "Banque élève"
        good.mkdir()
        shutil.copy(GOOD, good / "belarus.yaml")
        with qtbot.waitSignal(win.bank_loaded, timeout=10_000):
            win.set_bank(good)
        assert win.problems_panel.lines() == []
        assert [a.id for a in win.library_view.model.articles()] == ["belarus-armes"]
    finally:
        win.shutdown()
        win.translators.install("en")


def test_a_bank_with_spaces_accents_and_a_link_loop(qtbot, tmp_path: Path, data_dir: Path):
    bank = tmp_path / "Banque de l’élève (copie) é"
    (bank / "sous dossier").mkdir(parents=True)
    shutil.copy(GOOD, bank / "sous dossier" / "article à.yaml")
    (bank / "boucle").symlink_to(bank, target_is_directory=True)
    (bank / "x.yaml").symlink_to(bank / "x.yaml")
    win = open_window(qtbot, bank, data_dir)
    try:
        with qtbot.waitSignal(win.bank_loaded, timeout=10_000):
            win.after_first_paint()
        assert [a.id for a in win.library_view.model.articles()] == ["belarus-armes"]
    finally:
        win.shutdown()
