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
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from quizapp.gui.window.settings import ZOOM_MAX, AppSettings
from quizapp.gui.window.theme import DARK
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


def dark_palette() -> QPalette:
    """A dark theme as a desktop would set it, to check nothing assumes black on white."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#333333",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Link: "#7fb2ff",
        QPalette.ColorRole.ToolTipBase: "#333333",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.mark.parametrize(
    ("lang", "scale", "theme", "size"),
    [("en", 1, "light", (1000, 720)), ("fr", 1, "light", (1000, 720)),
     ("en", 2, "light", (1400, 1000)), ("fr", 2, "light", (1400, 1000)),
     ("fr", 1, "dark", (1000, 720)), ("en", 0, "dark", (900, 700)),
     ("fr", 0, "light", (900, 700)), ("fr", 0, "dark", (1400, 900))],
)  # fmt: skip
def test_screens(
    qtbot, qapp: QApplication, tmp_path: Path, data_dir: Path, shots, lang, scale, theme, size
):
    """scale 2: a desktop font twice as large; 0: the largest zoom step of the app itself."""
    bank = tmp_path / "bank"
    bank.mkdir()
    for seed in BANK.glob("*.yaml"):
        shutil.copy(seed, bank / seed.name)
    (bank / "sample.yaml").write_text(SAMPLE, encoding="utf-8")
    (bank / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    original = QFont(qapp.font())
    original_palette = QPalette(qapp.palette())
    settings = AppSettings(data_dir)
    settings.theme_mode = theme
    if scale == 0:
        settings.zoom = ZOOM_MAX
    settings.sync()
    if theme == "dark":
        qapp.setPalette(dark_palette())  # a dark desktop as well: the app's theme wins
    if scale == 2:
        bigger = QFont(original)
        bigger.setPointSizeF(original.pointSizeF() * scale)
        qapp.setFont(bigger)
    window = make_window(bank, data_dir, lang=lang)
    qtbot.addWidget(window)
    try:
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitSignal(window.bank_loaded, timeout=10_000):
            window.after_first_paint()
        tag = f"{lang}_{'zoom' if scale == 0 else f'{scale}x'}_{size[0]}" + (
            "_dark" if theme == "dark" else ""
        )

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
        if theme == "dark":  # the looked-up word: a pale tint of the dark theme's accent
            marks = [m.format.background().color() for m in passage.extraSelections()]
            accent = QColor(DARK.accent)
            assert any(m.rgb() == accent.rgb() and m.alpha() < 255 for m in marks)
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
        qapp.setPalette(original_palette)
