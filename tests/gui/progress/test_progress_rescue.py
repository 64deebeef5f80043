"""Answers the disk still refuses when the window closes are kept in a file, the learner is
told where, and the next start adds them to the progress (and says so)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from quizapp.core.progress.unsaved import find_unsaved
from tests.gui import progress_helpers
from tests.gui.progress_helpers import (
    add_learner,
    answer,
    bridge,
    close_window,
    open_article,
    open_window,
    start_practice,
    store,
)

progress_bank = progress_helpers.progress_bank  # fixture


def press_ok_on_the_message(qtbot, said: list[str]) -> None:
    """Read the modal message shown while the window closes, and press its OK button."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(0, lambda: press_ok_on_the_message(qtbot, said))
        return
    said.append(box.text())
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_refused_answers_are_kept_at_close_and_added_at_the_next_start(
    qtbot, progress_bank, data_dir
):
    win = open_window(qtbot, progress_bank, data_dir)
    add_learner(qtbot, win, "Kim")
    open_article(qtbot, win, "armes-belarus")
    start_practice(qtbot, win)
    sid = bridge(win).session_id
    the_store = store(win)
    the_store._conn.execute("PRAGMA query_only = ON")  # the disk refuses from here on
    answer(qtbot, win)
    assert the_store.pending_count >= 1 and bridge(win).banner.kind == "failure"

    said: list[str] = []
    QTimer.singleShot(0, lambda: press_ok_on_the_message(qtbot, said))
    close_window(win)
    files = find_unsaved(data_dir)
    assert len(files) == 1 and files[0].parent == data_dir
    assert len(said) == 1 and str(files[0]) in said[0]
    assert "next time it starts" in said[0]

    again = open_window(qtbot, progress_bank, data_dir)
    try:
        box = bridge(again).rescue.last_box
        assert box is not None and box.isVisible()
        assert str(files[0]) in box.text() and "is now saved" in box.text()
        assert [a.question_id for a in store(again).answers(sid)] == ["q1"]
        assert find_unsaved(data_dir) == []
        assert files[0].with_name(files[0].name + ".imported").is_file()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    finally:
        close_window(again)


def test_without_anyone_to_answer_the_closing_message_goes_to_stderr(
    qtbot, progress_bank, data_dir, capsys
):
    win = open_window(qtbot, progress_bank, data_dir)
    add_learner(qtbot, win, "Kim")
    open_article(qtbot, win, "armes-belarus")
    start_practice(qtbot, win)
    store(win)._conn.execute("PRAGMA query_only = ON")
    answer(qtbot, win)
    bridge(win).rescue.interactive = False  # as in `quizapp selftest`
    close_window(win)
    assert QApplication.activeModalWidget() is None
    [kept] = find_unsaved(data_dir)
    err = capsys.readouterr().err
    assert "Progress kept in a file" in err and str(kept) in err


def test_a_planted_fallback_folder_is_not_read_and_the_window_says_so(
    qtbot, progress_bank, data_dir, tmp_path, monkeypatch
):
    """Another user creates the fallback folder first, open to all, with a forged
    switch of learner in it: the window refuses it, names it, and nothing changes."""
    import json

    from quizapp.core.progress.unsaved import private_folder

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    planted = private_folder(data_dir)
    planted.mkdir(parents=True)
    planted.chmod(0o777)
    forged = planted / "unsaved-20000101-000000-000000.json"
    records = [{"kind": "last_profile", "args": ["intruder"]}]
    forged.write_text(json.dumps({"format": "quizapp-unsaved-progress", "records": records}))
    win = open_window(qtbot, progress_bank, data_dir)
    try:
        box = bridge(win).rescue.last_box
        assert box is not None and box.isVisible()
        assert f"{planted} was not read, since another user could have written it" in box.text()
        assert "mode 0777" in box.text()
        assert forged.is_file()  # left there, never renamed nor replayed
        assert store(win).last_profile() is None
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    finally:
        close_window(win)
