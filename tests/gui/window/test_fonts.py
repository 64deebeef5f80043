"""The bundled typefaces: shipped with their licences, registered, and what the theme gets."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch

from PySide6.QtGui import QFont, QFontInfo

from quizapp.gui.reading.style import passage_font
from quizapp.gui.window import fonts
from quizapp.gui.window.theme import SANS, SERIF, Theme
from quizapp.gui.window.theming import app_font
from tests.conftest import REPO
from tests.gui.window.test_launch import run_probe


def test_each_family_ships_with_its_licence_and_is_packaged():
    data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = data["tool"]["setuptools"]["package-data"]["quizapp.assets"]
    shipped = [*fonts.FILES, *(f"{folder}/OFL.txt" for folder in ("inter", "source-serif-pro"))]
    for name in shipped:
        assert (fonts.FONTS_DIR / name).is_file(), name
        assert any(fnmatch(f"fonts/{name}", p) for p in patterns), name  # in wheel and sdist
    assert "Reserved Font Name 'Source'" in (
        fonts.FONTS_DIR / "source-serif-pro/OFL.txt"
    ).read_text(encoding="utf-8")


def test_the_bundled_families_register_and_lead_the_theme(qapp):
    families = fonts.register()
    assert fonts.INTERFACE in families and fonts.PASSAGE in families
    assert fonts.register() == families  # once: a second call adds nothing
    assert SANS[0] == fonts.INTERFACE and SERIF[0] == fonts.PASSAGE


def test_the_passage_and_the_interface_resolve_to_them(qapp):
    fonts.register()
    serif, sans = Theme(serif_passage=True), Theme(serif_passage=False)
    assert QFontInfo(passage_font(serif)).family() == fonts.PASSAGE
    assert QFontInfo(passage_font(sans)).family() == fonts.INTERFACE  # Preferences' "sans"
    assert QFontInfo(app_font(serif, QFont())).family() == fonts.INTERFACE


def test_a_heading_weight_finds_its_own_cut_not_a_synthetic_bold(qapp):
    fonts.register()
    for family, style in ((fonts.INTERFACE, "Semi Bold"), (fonts.PASSAGE, "Semibold")):
        font = QFont()
        font.setFamilies([family])
        font.setWeight(QFont.Weight.DemiBold)
        assert QFontInfo(font).styleName() == style


def test_the_first_paint_is_already_in_inter_and_the_rest_follow(tmp_path):
    """Only Inter Regular before the first paint (start-up), so the window never
    shows DejaVu first; every other face is there once the style sheet is."""
    source = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtGui import QFontInfo\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from quizapp.gui.window import app, fonts, main_window\n"
        "seen = []\n"
        "painted = app.FirstPaint.eventFilter\n"
        "def at_paint(self, watched, event):\n"
        "    if not self.done and event.type() == event.Type.Paint:\n"
        "        seen.append((QFontInfo(QApplication.font()).family(), fonts.register(True)))\n"
        "    return painted(self, watched, event)\n"
        "app.FirstPaint.eventFilter = at_paint\n"
        "after = main_window.MainWindow.after_first_paint\n"
        "def then(self):\n"
        "    after(self)\n"
        "    seen.append(fonts.register(True))\n"
        "    self.closing = True\n"
        "    QCoreApplication.quit()\n"
        "main_window.MainWindow.after_first_paint = then\n"
        "from quizapp.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print('SEEN', seen)\n"
        "sys.exit(code)\n"
    )
    bank = tmp_path / "bank"
    bank.mkdir()
    result = run_probe(
        source, tmp_path, tmp_path / "d", "--bank", str(bank), "--lang", "en", first_paint=False
    )
    every = ["Inter", "Inter Medium", "Inter Semi Bold", "Source Serif Pro"]
    every.append("Source Serif Pro Semibold")
    assert f"SEEN [('Inter', ['Inter']), {every}]" in result.stdout, result.stdout
