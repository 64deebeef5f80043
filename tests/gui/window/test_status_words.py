"""The status bar in a learner's words, and a passing message never drawn over them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from quizapp.gui.window.i18n import Translators


def test_the_status_names_the_bank_and_counts_the_articles(window):
    text = window.status.text()  # "2 articles · Bank · 1 file with errors"
    assert window.bank.name == "bank"  # its name: the folder's, title-cased
    assert text.startswith("2 articles · Bank · ")  # a learner's words: no « bank » jargon
    assert "question" not in text  # no developer's inventory
    assert window.status.toolTip() == f"Articles folder: {window.bank}"  # the path, on demand


def test_the_status_in_french(qtbot, window):
    translators: Translators = window.translators
    window.set_language("fr")
    try:
        qtbot.waitUntil(lambda: window.status.toolTip().startswith("Dossier"))
        assert window.status.text().startswith("2 articles · Bank · ")
        assert window.status.toolTip() == f"Dossier des articles\u00a0: {window.bank}"
    finally:
        window.set_language("en")
    assert translators is window.translators


def test_a_message_hides_the_library_words_while_it_shows(qtbot, reading):
    bar, words = reading.statusBar(), reading.status
    reading.quiz  # noqa: B018 - the hookup that keeps the bar quiet off the library
    assert not bar.isVisible()  # reading: the bar gives the text its height back
    bar.showMessage("Word marked as known")
    qtbot.waitUntil(bar.isVisible)
    assert not words.isVisible()  # never the two texts on top of each other
    bar.clearMessage()
    qtbot.waitUntil(lambda: not bar.isVisible())
    qtbot.mouseClick(reading.reading_view.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reading.current_screen() == "library")
    assert bar.isVisible() and words.isVisible()
    bar.showMessage("Words saved")
    assert bar.isVisible() and not words.isVisible()
    bar.clearMessage()
    assert words.isVisible()


def test_the_bundled_library_is_named_as_the_apps_not_by_its_folder(
    qtbot, tmp_path, data_dir, monkeypatch
):
    """« 18 articles · Questions » named a folder (reviewers read it as jargon): the
    library quizapp ships says whose it is; the path stays in the tooltip."""
    import shutil
    from pathlib import Path

    from tests.gui.progress_helpers import close_window, open_window

    shipped = tmp_path / "questions"
    shipped.mkdir()
    bank = Path(__file__).parents[3] / "questions"
    shutil.copy(bank / "refuge-pistache.yaml", shipped)
    monkeypatch.setattr("quizapp.paths.default_bank", lambda: shipped)
    win = open_window(qtbot, shipped, data_dir)
    try:
        qtbot.waitUntil(lambda: win.status.text().startswith("1 article"))
        assert win.status.text().startswith("1 article · the quizapp library")
        assert "Questions" not in win.status.text()
        assert win.status.toolTip().endswith(str(shipped))
    finally:
        close_window(win)
