"""Editing the open file on disk: the reader's place is kept; errors keep the old text."""

from __future__ import annotations

import os
from pathlib import Path

from tests.gui.conftest import SAMPLE


def test_edit_reloads_and_keeps_the_place(qtbot, reading, bank: Path):
    passage = reading.reading_view.passage
    passage.set_current("s2")
    passage.toggle_translation("s2")
    path = bank / "belarus.yaml"
    path.write_text(SAMPLE.replace("reste du texte", "reste bien du texte"), encoding="utf-8")
    qtbot.waitUntil(lambda: "reste bien du texte" in passage.toPlainText(), timeout=5000)
    assert passage.current() == "s2"
    assert passage.translation_shown("s2")
    assert reading.current_screen() == "reading"
    path.write_text(SAMPLE.replace("title_en: Russia in Belarus", "title_en: Renamed"), "utf-8")
    # the English title, muted under the French one while reading (as on its library
    # card; a quiz hides it), follows the edit
    qtbot.waitUntil(lambda: "Renamed" in passage.toPlainText(), timeout=5000)
    assert "Russia in Belarus" not in passage.toPlainText()
    passage.set_parallel(True)
    assert "Renamed" in passage.toPlainText()
    assert "Renamed" in [a.title_en for a in reading.library_view.visible_articles()]


def test_editor_that_replaces_the_file(qtbot, reading, bank: Path):
    passage = reading.reading_view.passage
    path = bank / "belarus.yaml"
    temp = bank / ".belarus.yaml.swp"
    for word in ("premier", "second"):
        temp.write_text(SAMPLE.replace("reste du texte", f"reste {word}"), encoding="utf-8")
        os.replace(temp, path)
        qtbot.waitUntil(lambda w=word: f"reste {w}" in passage.toPlainText(), timeout=5000)


def test_errors_keep_the_last_good_version(qtbot, reading, bank: Path):
    view = reading.reading_view
    path = bank / "belarus.yaml"
    path.write_text(SAMPLE.replace("level: B1", "level: B9"), encoding="utf-8")
    qtbot.waitUntil(view.banner.isVisible, timeout=5000)
    assert "1 error" in view.banner.text.text()
    assert "Le texte <img src=x>" in view.passage.toPlainText()
    assert any(line.startswith("belarus.yaml:4:") for line in reading.problems_panel.lines())
    assert reading.problems_dock.isVisible()
    path.write_text(SAMPLE, encoding="utf-8")
    qtbot.waitUntil(lambda: not view.banner.isVisible(), timeout=5000)
    assert not any(line.startswith("belarus.yaml") for line in reading.problems_panel.lines())


def test_preview_of_a_broken_file_waits_for_the_fix(qtbot, window, bank: Path):
    path = bank / "broken.yaml"
    window.open_file(path)
    assert window.problems_dock.isVisible()
    assert any("Z9" in line for line in window.problems_panel.lines())
    fixed = (bank / "ecole.yaml").read_text(encoding="utf-8").replace("ecole-rentree", "fixed")
    with qtbot.waitSignal(window.article_opened, timeout=5000) as signal:
        path.write_text(fixed, encoding="utf-8")
    assert signal.args[0].id == "fixed"
    assert window.current_screen() == "reading"


def test_the_open_file_replaced_by_a_fifo_never_freezes_the_window(qtbot, reading, bank: Path):
    """Before: `open()` on the pipe waited for a writer forever, on the GUI thread."""
    view = reading.reading_view
    path = bank / "belarus.yaml"
    pipe = bank / ".belarus.fifo"
    os.mkfifo(pipe)
    os.replace(pipe, path)
    qtbot.waitUntil(view.banner.isVisible, timeout=5000)
    assert any(
        line.startswith("belarus.yaml:1:1:") and "named pipe (FIFO)" in line
        for line in reading.problems_panel.lines()
    )
    assert "Le texte <img src=x>" in view.passage.toPlainText()  # the last good version
    path.unlink()
    path.write_text(SAMPLE.replace("reste du texte", "reste enfin"), encoding="utf-8")
    qtbot.waitUntil(lambda: "reste enfin" in view.passage.toPlainText(), timeout=5000)


def test_a_big_file_is_read_again_off_the_event_loop(qtbot, reading, bank: Path, monkeypatch):
    """The live reload runs in the loader's thread: checked elsewhere than the GUI thread."""
    import threading

    from quizapp.core.bank import loader

    threads: list[int] = []
    real = loader.check_file

    def spy(path):
        threads.append(threading.get_ident())
        return real(path)

    monkeypatch.setattr(loader, "check_file", spy)
    passage = reading.reading_view.passage
    (bank / "belarus.yaml").write_text(SAMPLE.replace("reste du texte", "reste lu"), "utf-8")
    qtbot.waitUntil(lambda: "reste lu" in passage.toPlainText(), timeout=5000)
    assert threads and threading.get_ident() not in threads
