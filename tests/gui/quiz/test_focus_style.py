"""One focus look in the whole app: a 2 px accent ring, never dashed, dotted or black."""

from __future__ import annotations

import re

from quizapp.gui.window.stylesheet import focus_ring, style_sheet
from quizapp.gui.window.theme import DARK, LIGHT, Theme, contrast


def _focus_rules(sheet: str) -> list[str]:
    """The focus rules that apply: for each selector its last rule (later ones win)."""
    last: dict[str, str] = {}
    for line in sheet.splitlines():
        if ":focus" in line:
            for selector in line.split("{")[0].split(","):
                last[selector.strip()] = line
    return [f"{selector} {{{rule.split('{', 1)[1]}" for selector, rule in last.items()]


def test_no_focus_rule_is_dashed_dotted_or_in_the_ink():
    for palette in (LIGHT, DARK):
        for zoom in (0, 6):
            theme = Theme(palette=palette, zoom=zoom)
            sheet = style_sheet(theme)
            rules = _focus_rules(sheet)
            assert rules
            for rule in rules:
                assert "dashed" not in rule and "dotted" not in rule, rule
                assert f"solid {palette.text}" not in rule, rule  # no black (or white) outline
            push = next(r for r in rules if r.startswith("QPushButton:focus"))
            assert f"2px solid {palette.accent}" in push
            primary = next(r for r in rules if r.startswith('QPushButton[primary="true"]:focus'))
            ring = focus_ring(theme)
            assert f"2px solid {ring}" in primary
            # a ring that shows around the primary fill and on the page (in dark the fill is
            # a deeper blue than the accent, so the light accent itself rings it)
            assert ring not in (palette.primary, palette.text, palette.window)
            assert contrast(ring, palette.primary) >= 1.5 and contrast(ring, palette.window) >= 1.5


def colour_of(rule: str, prop: str) -> str:
    found = re.search(rf"(?<![-\w]){prop}: (#[0-9A-Fa-f]{{6}}|transparent)", rule)
    assert found, (prop, rule)
    return found.group(1)


def test_a_free_chip_is_the_bright_raised_one_and_a_placed_chip_has_no_look():
    """Light and dark: a free chip filled and firmly edged in the text's ink; a placed
    one has no rule of its own (it leaves the bank, `slot_filler`)."""
    for palette in (LIGHT, DARK):
        sheet = style_sheet(Theme(palette=palette))
        default = next(r for r in sheet.splitlines() if r.startswith("QPushButton {"))
        assert f"border: 1px solid {palette.border}" in default
        chip = next(r for r in sheet.splitlines() if r.startswith('QPushButton[chip="word"] {'))
        assert re.search(r"border: 1px solid", chip) and "dashed" not in chip
        assert colour_of(chip, "background") == palette.raised
        assert colour_of(chip, "color") == palette.text
        edge = re.search(r"border: 1px solid (#\w{6})", chip).group(1)
        assert contrast(edge, palette.window) > contrast(palette.border, palette.window)
        assert '[placed="true"]' not in sheet  # no ghost chip
        assert not any('[used="true"]' in r for r in sheet.splitlines())  # no empty shape
        blank = next(r for r in sheet.splitlines() if r.startswith("QPushButton[blank] {"))
        assert re.search(r"border: [12]px dashed", blank)  # an empty blank: a drop target
