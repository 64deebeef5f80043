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


def _over(colour: str, page: str, alpha: float) -> str:
    """`colour` at `alpha` over `page`, as the painter blends it."""
    ink = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    ground = [int(page[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(
        f"{round(alpha * a + (1 - alpha) * b):02X}" for a, b in zip(ink, ground, strict=True)
    )


def test_the_dark_reading_cursor_is_seen_and_its_words_still_read():
    """The cursor's sentence at 1.6:1 at least on the passage (1.2:1 was near invisible),
    its words still far above AA on the tint."""
    dark = theme.DARK
    assert theme.contrast(dark.cursor_tint, dark.surface) >= 1.6
    assert theme.contrast(dark.text, dark.cursor_tint) >= 7


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_a_disabled_control_is_quieter_than_the_muted_ink_yet_legible(palette):
    """« ← Previous » on the first question: 3:1 on the window and the surface, below the
    muted ink so it still looks disabled."""
    for ground in (palette.window, palette.surface):
        assert 3 <= theme.contrast(palette.disabled, ground) < theme.contrast(palette.muted, ground)


def test_glossed_underlines_weigh_the_same_in_both_modes():
    """The dotted underline under a glossed word is a hint: as faint on the dark page as on
    the light one (the light accent at the light mode's alpha read heavy and busy)."""
    light, dark = theme.LIGHT, theme.DARK
    seen = [
        theme.contrast(_over(p.accent, p.surface, p.glossed_alpha), p.surface)
        for p in (light, dark)
    ]
    assert all(1.1 <= ratio <= 1.3 for ratio in seen), seen
    assert abs(seen[0] - seen[1]) < 0.05
