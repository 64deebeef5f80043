"""The design language's promises, measured from the tokens themselves."""

from __future__ import annotations

import pytest

from quizapp.gui.window import theme


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_every_text_role_reaches_wcag_aa_on_its_surfaces(palette):
    table = theme.contrast_table(palette)
    low = {pair: round(r, 2) for pair, r in table.items() if r < 4.5}
    assert low == {}
    assert ("text", "learning_tint") in table  # the passage's words on "Saved word"


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_every_level_chip_is_measured_and_readable(palette):
    table = theme.contrast_table(palette)
    for level in ("a1", "a2", "b1", "b2", "c1", "c2"):
        assert table[(f"level_{level}", f"level_{level}_tint")] >= 4.5
    tints = {
        getattr(palette, f"level_{level}_tint") for level in ("a1", "a2", "b1", "b2", "c1", "c2")
    }
    assert len(tints) == 6  # each level its own colour
    assert table[("accent", "selection_tint")] >= 4.5  # the "New" chip


def test_contrast_matches_the_wcag_reference_values():
    assert theme.contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert theme.contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert theme.contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


def test_zoom_scales_every_size_from_one_base():
    base, big = theme.Theme(), theme.Theme(zoom=6)
    for role in theme.TYPE_PX:
        assert big.px(role) > base.px(role)
    assert big.space() > base.space() and big.target > base.target
    assert base.px("passage") == 20 and base.target == 32


def test_system_mode_follows_the_platform():
    assert theme.pick("system", system_is_dark=True) is theme.DARK
    assert theme.pick("system", system_is_dark=False) is theme.LIGHT
    assert theme.pick("light", system_is_dark=True) is theme.LIGHT
    assert theme.pick("nonsense", system_is_dark=True) is theme.DARK
