"""The Problems panel lists a file's problems without freezing on tens of thousands.

Before: a 2 MB file with 12,000 warnings took 3.4 s on the GUI thread to list
(each line resolved its file's path twice); the panel now lists the first
MAX_LINES, says how many more there are, and counts them all in its summary.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.core.bank.problems import Problem, Severity
from quizapp.gui.window.problems_panel import MAX_LINES, ProblemsPanel


def many(count: int, path: Path) -> list[Problem]:
    return [
        Problem(path, i + 1, 1, Severity.WARNING, f"warning {i}", f"avertissement {i}")
        for i in range(count)
    ]


def test_thousands_of_problems_list_the_first_and_count_all(qtbot, tmp_path: Path) -> None:
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    path = tmp_path / "gros.yaml"
    panel.set_problems(many(12_000, path), tmp_path, "en")
    lines = panel.lines()
    assert len(lines) == MAX_LINES + 1
    assert lines[0] == "gros.yaml:1:1: warning: warning 0"
    assert lines[-1].startswith(f"… and {12_000 - MAX_LINES} more problem")
    assert "run `quizapp check` on the file to see them all" in lines[-1]
    assert "12000 warning" in panel.summary.text()


def test_a_few_problems_are_all_listed(qtbot, tmp_path: Path) -> None:
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_problems(many(3, tmp_path / "a.yaml"), tmp_path, "en")
    assert panel.lines() == [f"a.yaml:{n}:1: warning: warning {n - 1}" for n in (1, 2, 3)]


def _double_click_first_row(qtbot, panel: ProblemsPanel) -> None:
    from PySide6.QtCore import Qt

    rect = panel.list.visualItemRect(panel.list.item(0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _shown_panel(qtbot, tmp_path: Path) -> tuple[ProblemsPanel, Path]:
    path = tmp_path / "article.yaml"
    path.write_text("id: x\n", encoding="utf-8")
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_problems([Problem(path, 7, 3, Severity.ERROR, "bad")], tmp_path, "en")
    panel.show()
    qtbot.waitExposed(panel)
    return panel, path


def _record_launches(monkeypatch) -> tuple[list, list]:
    from PySide6.QtCore import QProcess

    started: list = []
    opened: list = []
    monkeypatch.setattr(
        QProcess, "startDetached", staticmethod(lambda p, a: started.append([p, *a]) or True)
    )
    monkeypatch.setattr(ProblemsPanel, "open_url", staticmethod(opened.append))
    return started, opened


def test_double_click_opens_the_file_at_its_line_in_a_gui_editor(qtbot, tmp_path, monkeypatch):
    panel, path = _shown_panel(qtbot, tmp_path)
    started, opened = _record_launches(monkeypatch)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "code --wait")  # words of its own are kept, no shell
    _double_click_first_row(qtbot, panel)
    assert started == [["code", "--wait", "--goto", f"{path.resolve()}:7:3"]]
    assert opened == []
    started.clear()
    monkeypatch.setenv("VISUAL", "/usr/bin/gedit")  # $VISUAL first
    _double_click_first_row(qtbot, panel)
    assert started == [["/usr/bin/gedit", "+7", str(path.resolve())]]


def test_a_terminal_editor_without_a_terminal_or_an_unknown_one_opens_the_file(
    qtbot, tmp_path, monkeypatch
):
    panel, path = _shown_panel(qtbot, tmp_path)
    started, opened = _record_launches(monkeypatch)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("EDITOR", "vim")
    _double_click_first_row(qtbot, panel)
    monkeypatch.setenv("EDITOR", "some-editor-we-do-not-know")
    _double_click_first_row(qtbot, panel)
    assert started == []
    assert [url.toLocalFile() for url in opened] == [str(path.resolve())] * 2


def test_a_terminal_editor_runs_in_the_desktops_terminal(tmp_path, monkeypatch):
    from quizapp.gui.window import open_at_line

    monkeypatch.setattr(open_at_line.shutil, "which", lambda name: f"/usr/bin/{name}")
    env = {"DISPLAY": ":0", "EDITOR": "nvim", "TERMINAL": "foot"}
    assert open_at_line.editor_command("/b/a.yaml", 4, 2, env) == [
        "/usr/bin/foot",
        "-e",
        "nvim",
        "+4",
        "/b/a.yaml",
    ]
    kate = open_at_line.editor_command("/b/a.yaml", 4, 2, {"VISUAL": "kate"})
    assert kate == ["kate", "--line", "4", "--column", "1", "/b/a.yaml"]
    assert open_at_line.editor_command("/b/a.yaml", 4, 2, {"EDITOR": "subl"}) == [
        "subl",
        "/b/a.yaml:4:2",
    ]
    assert open_at_line.editor_command("/b/a.yaml", 4, 2, {}) is None
