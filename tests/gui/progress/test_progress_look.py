"""Render the progress screens in both languages, at 100 % and 200 % font and in a dark
theme, and check nothing is clipped. With QUIZAPP_SCREENSHOTS=<dir> the PNGs stay there."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from quizapp.core.progress.api import ProgressStore
from tests.gui.progress_helpers import ALL_TYPES, close_window, open_window
from tests.gui.window.test_screenshots import clipped, dark_palette


def seed_progress(data_dir: Path, bank: Path) -> None:
    """Six weeks of results, mistakes and looked-up words for "Camille"."""
    from quizapp.core import load_article

    article = load_article(bank / "tous.yaml")
    belarus = load_article(bank / "belarus.yaml")
    when = [datetime(2026, 9, 1, 17, 0, tzinfo=UTC)]
    store = ProgressStore.open(data_dir, clock=lambda: when[0])
    with store:
        kim = store.create_profile("Camille")
        store.create_profile("Élodie")
        store.set_last_profile(kim)
        for right in (3, 5, 4, 7, 9, 10):
            when[0] += timedelta(days=7)
            sid = store.start_session(kim, article, "practice", {})
            for i, q in enumerate(article.questions):
                store.record_answer(sid, q.id, "x", float(i < right), 1, 1, 0, [], {})
            store.finish_session(sid, right, 10, {})
        sid = store.start_session(kim, belarus, "test", {})
        store.record_answer(sid, "q1", True, 0, 1, 1, 0, [], {})
        for sentence, word, gloss in (
            ("s1", "stationner", "to station, to deploy"),
            ("s1", "armes nucléaires tactiques", "tactical nuclear weapons"),
            ("s2", "contrôle", "control"),
        ):
            s = belarus.sentence(sentence)
            store.log_lookup(kim, belarus.id, sentence, word, None, gloss, s.fr, s.en or "")


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    target = os.environ.get("QUIZAPP_SCREENSHOTS")
    folder = Path(target) if target else tmp_path / "shots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize(
    ("lang", "scale", "theme"),
    [("en", 1, "light"), ("fr", 1, "light"), ("en", 2, "light"), ("fr", 2, "light"),
     ("fr", 1, "dark")],
)  # fmt: skip
def test_progress_screens(
    qtbot, qapp: QApplication, bank: Path, data_dir, shots, lang, scale, theme
):
    (bank / "tous.yaml").write_text(ALL_TYPES, encoding="utf-8")
    (bank / "broken.yaml").unlink()
    original, original_palette = QFont(qapp.font()), QPalette(qapp.palette())
    if theme == "dark":
        qapp.setPalette(dark_palette())
    if scale != 1:
        bigger = QFont(original)
        bigger.setPointSizeF(original.pointSizeF() * scale)
        qapp.setFont(bigger)
    tag = f"{lang}_{scale}x" + ("_dark" if theme == "dark" else "")
    try:
        first_run = open_window(qtbot, bank, data_dir / "empty", lang)
        first_run.resize(1000 if scale == 1 else 1400, 720 if scale == 1 else 1000)
        qapp.processEvents()
        picker = first_run.progress_screens.bridge.picker
        first_run.progress_screens.bridge.create_profile("")  # an empty name: said inline
        picker.show_error(picker.message.text() or "…")
        qapp.processEvents()
        image = first_run.grab()
        assert image.save(str(shots / f"progress_first_run_{tag}.png"))
        assert clipped(first_run) == [], "first run"
        close_window(first_run)

        seed_progress(data_dir, bank)
        window = open_window(qtbot, bank, data_dir, lang)
        window.resize(1000 if scale == 1 else 1400, 720 if scale == 1 else 1000)
        screens = window.progress_screens

        def save(name: str) -> None:
            qapp.processEvents()
            image = window.grab()
            assert not image.isNull()
            assert image.save(str(shots / f"progress_{name}_{tag}.png"))
            assert clipped(window) == [], name

        save("library")
        screens.show("history")
        assert screens.history.overview.lines
        save("history_overview")
        screens.history_article = "tous-les-types"
        screens.fill_history()
        assert len(screens.history.chart.points) == 6
        save("history")
        screens.show("mistakes")
        assert screens.mistakes.rows
        save("mistakes")
        screens.show("words")
        assert len(screens.words.list.lines) == 3
        save("words")
        window.show_screen("library")
        bridge = screens.bridge
        bridge.banner.show_failure(
            "Not saved yet: the disk is full. The answer is kept and saving will be retried."
        )
        save("save_failure")
        bridge.banner.dismiss_now()
        close_window(window)
    finally:
        qapp.setFont(original)
        qapp.setPalette(original_palette)
