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
