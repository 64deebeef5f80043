"""Render every screen offscreen, in both languages and at 200 % font, and check
that nothing is clipped. With QUIZAPP_SCREENSHOTS=<dir> the PNGs are kept there
to be looked at; otherwise they go to the test's temp dir.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from tests.conftest import BANK
from tests.gui.conftest import BROKEN, SAMPLE, make_window

SEED = "russie-armes-nucleaires-belarus"


def clipped(root) -> list[str]:
    """Buttons and one-line labels narrower than their text needs."""
    out = []
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if not widget.isVisibleTo(root) or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        if widget.width() + 1 < widget.minimumSizeHint().width():
            out.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
    return out


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    target = os.environ.get("QUIZAPP_SCREENSHOTS")
    folder = Path(target) if target else tmp_path / "shots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("scale", [1, 2])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_screens(qtbot, qapp: QApplication, tmp_path: Path, data_dir: Path, shots, lang, scale):
    bank = tmp_path / "bank"
    bank.mkdir()
    for seed in BANK.glob("*.yaml"):
        shutil.copy(seed, bank / seed.name)
    (bank / "sample.yaml").write_text(SAMPLE, encoding="utf-8")
    (bank / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    original = QFont(qapp.font())
    if scale != 1:
        bigger = QFont(original)
        bigger.setPointSizeF(original.pointSizeF() * scale)
        qapp.setFont(bigger)
    window = make_window(bank, data_dir, lang=lang)
    qtbot.addWidget(window)
    try:
        window.resize(1000 * scale if scale == 1 else 1400, 720 if scale == 1 else 1000)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitSignal(window.bank_loaded, timeout=10_000):
            window.after_first_paint()
        tag = f"{lang}_{scale}x"

        def save(name: str, widget=None) -> None:
            qapp.processEvents()
            image = (widget or window).grab()
            assert not image.isNull()
            assert image.save(str(shots / f"{name}_{tag}.png"))
            assert clipped(widget or window) == [], name

        save("library")
        articles = {a.id: a for a in window.library_view.model.articles()}
        article = articles.get(SEED) or articles["armes-belarus"]
        window.problems_dock.hide()
        window.open_article(article)
        save("reading")

        passage = window.reading_view.passage
        text = article.sentence("s1").fr
        offset = text.index("nucléaires") + 1
        qtbot.mouseClick(
            passage.viewport(),
            Qt.MouseButton.LeftButton,
            pos=passage.word_position("s1", offset),
        )
        popover = window.reading_view.popover
        assert popover is not None and popover.isVisible()
        assert window.reading_view.rect().contains(popover.geometry())
        save("gloss")
        window.reading_view.close_popover()

        qtbot.mouseClick(
            passage.viewport(),
            Qt.MouseButton.LeftButton,
            pos=passage.word_position("s1", text.index("Russie") + 1),
        )
        save("no_entry")
        window.reading_view.close_popover()

        window.actions_by_name["parallel"].trigger()
        save("parallel")
        window.actions_by_name["parallel"].trigger()

        dialog = window.show_shortcuts()
        qtbot.waitExposed(dialog)
        save("shortcuts", dialog)
        dialog.close()

        window.reading_view.show_file_problems(2)
        window.problems_dock.show()
        save("reload_banner")
        assert passage.mapTo(window, QPoint(0, 0)).y() > window.reading_view.banner.y()
    finally:
        window.shutdown()
        window.close()
        window.translators.install("en")
        qapp.setFont(original)
