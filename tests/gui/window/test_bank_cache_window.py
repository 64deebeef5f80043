"""The window lists a bank from the article cache, then reads the changed files."""

from __future__ import annotations

import os
import time
from pathlib import Path

from benchmarks.generate_bank import age_files, generate
from quizapp.core.bank.cache import cache_path
from tests.gui.conftest import make_window


def start(qtbot, bank: Path, data_dir: Path, partial: list, steps: list):
    win = make_window(bank, data_dir)
    qtbot.addWidget(win)
    win.loader.partial.connect(lambda _folder, scan: partial.append(len(scan.articles)))
    win.loader.progress.connect(
        lambda done, total: steps.append((done, total, win.progress.maximum()))
    )
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.bank_loaded, timeout=30_000):
        win.after_first_paint()
    return win


def test_second_start_lists_from_the_cache_then_reads_the_changed_file(qtbot, tmp_path, data_dir):
    bank = tmp_path / "bank"
    generate(bank, 6)
    age_files(bank)
    partial: list[int] = []
    steps: list[tuple[int, int, int]] = []

    first = start(qtbot, bank, data_dir, partial, steps)
    assert len(first.library_view.model.articles()) == 6
    assert partial == []  # nothing cached yet: no early list
    assert steps[-1][:2] == (6, 6)  # every file read, the bar counting them
    first.close()
    first.shutdown()
    assert cache_path(data_dir / "cache", bank).is_file()

    changed = next(bank.rglob("article-00003.yaml"))
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace('title: "', 'title: "Nouveau, ', 1), encoding="utf-8")
    past = time.time_ns() - 30_000_000_000
    os.utime(changed, ns=(past, past))
    partial.clear()
    steps.clear()

    second = start(qtbot, bank, data_dir, partial, steps)
    assert partial == [5]  # the five unchanged articles, listed before the sixth is read
    assert steps == [(1, 1, 1)]
    titles = [a.title for a in second.library_view.model.articles()]
    assert len(titles) == 6 and any(t.startswith("Nouveau") for t in titles)
    assert second.progress.isHidden()
    second.close()
    second.shutdown()
