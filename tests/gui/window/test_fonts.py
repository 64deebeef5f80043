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
