"""The header's one progress display: chips on one row, or a segmented bar when narrow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics

from quizapp.core.grading.responses import right_response
from quizapp.gui.window.theme import Theme
from tests.gui.quiz.test_action_bar import sixteen_questions
from tests.gui.quiz_fixtures import answer_current, click, load, make_host


def start(qtbot, tmp_path, width=900, height=700, zoom=0):
    article = load(tmp_path, sixteen_questions())
    view, panel = make_host(qtbot, article, width=width, height=height)
    panel.set_theme(Theme(zoom=zoom))
    click(qtbot, panel.chooser.part_buttons[-1])  # all sixteen, not the first part
    click(qtbot, panel.chooser.practice_button)
    return article, view, panel


def rows(strip) -> set[int]:
    return {chip.mapTo(strip, QPoint(0, 0)).y() for chip in strip.chips}


def test_a_narrow_panel_folds_the_chips_into_one_row_of_segments(qtbot, tmp_path):
    article, view, panel = start(qtbot, tmp_path)
    strip = panel.page.strip
    view.splitter.setSizes([640, 260])
    qtbot.waitUntil(lambda: strip.width() < 300 and strip.segmented())
    assert len(rows(strip)) == 1  # never more than one row
    for chip in strip.chips:
        assert chip.isVisible() and chip.width() >= 2
        assert chip.mapTo(strip, QPoint(chip.width(), 0)).x() <= strip.width()
    answer_current(qtbot, panel, right_response(article.questions[0]))
    click(qtbot, panel.page.check_button)
    assert strip.chips[0].accessibleName() == "Question 1: right (current)"
    assert strip.chips[0].toolTip() == strip.chips[0].accessibleName()
    click(qtbot, strip.chips[5])  # a click on a segment goes to its question
    assert panel.session.index == 5
    assert strip.chips[5].accessibleName() == "Question 6: not answered yet (current)"
    here, other = strip.chips[5], strip.chips[6]  # "you are here": the widest segment
    qtbot.waitUntil(lambda: here.width() >= 2 * other.width())
    assert here.bg == panel.theme.palette.primary  # in the accent's solid fill
    qtbot.keyClick(strip.chips[9], Qt.Key.Key_Space)  # the keyboard reaches a segment too
    assert panel.session.index == 9


def test_the_strip_never_takes_two_rows_at_the_largest_zoom(qtbot, tmp_path):
    _article, view, panel = start(qtbot, tmp_path, zoom=6)
    strip = panel.page.strip
    for sizes in ([300, 600], [450, 450], [600, 300]):
        view.splitter.setSizes(sizes)
        qtbot.waitUntil(lambda s=sizes: abs(strip.width() - s[1]) < 80)
        assert len(rows(strip)) == 1
        assert all(c.mapTo(strip, QPoint(c.width(), 0)).x() <= strip.width() for c in strip.chips)
        head = panel.page.head  # one line: chip, position and score, none cut
        ends = [w.mapTo(head, QPoint(w.sizeHint().width(), 0)).x() for w in (head.position,)]
        assert ends[0] <= head.running.mapTo(head, QPoint(0, 0)).x()
        assert head.running.mapTo(head, QPoint(head.running.width(), 0)).x() <= head.width()


def test_wide_the_chips_show_their_numbers_and_the_full_position(qtbot, tmp_path):
    _article, view, panel = start(qtbot, tmp_path, width=1400, height=900)
    strip = panel.page.strip
    view.splitter.setSizes([700, 700])
    qtbot.waitUntil(lambda: strip.width() > 600 and not strip.segmented())
    assert len(rows(strip)) == 1 and strip.chips[1].shown == "2"
    assert panel.page.head.position.text() == "Question 1 of 16"
    assert panel.page.head.running.text().startswith("0 / 16 point")


def test_the_current_right_chip_is_one_solid_disc_in_one_accent_ring(qtbot, tmp_path):
    article, view, panel = start(qtbot, tmp_path, width=1400, height=900)
    strip = panel.page.strip
    view.splitter.setSizes([700, 700])
    qtbot.waitUntil(lambda: strip.width() > 600 and not strip.segmented())
    answer_current(qtbot, panel, right_response(article.questions[0]))
    click(qtbot, panel.page.check_button)
    p = panel.page.theme.palette
    chip = strip.chips[0]
    assert chip.current and chip.shown == "✓"
    # no green ring inside the blue one: the disc is the state, the halo the only ring
    assert chip.bg == chip.edge == p.right and chip.fg == p.surface and chip.halo == p.accent
    click(qtbot, panel.page.next_button)
    chip = strip.chips[0]  # no longer current: the usual tinted disc and its ring
    assert not chip.current and chip.bg == p.right_tint and chip.edge == p.right


@pytest.mark.parametrize("height", [700, 520])
def test_after_check_the_pick_and_its_verdict_are_whole_in_view(qtbot, tmp_path, height):
    """Zoom 6 in a small window: the chosen card and the verdict line both whole under
    the strip (never the card cut at the top edge); the proof follows below them."""
    article = load(tmp_path)
    _view, panel = make_host(qtbot, article, width=900, height=height)
    panel.set_theme(Theme(zoom=6))
    click(qtbot, panel.chooser.practice_button)
    page = panel.page
    answer_current(qtbot, panel, right_response(article.questions[0]))
    card = panel.widget.picked()
    click(qtbot, page.check_button)
    viewport, feedback = page.scroll.viewport(), page.feedback

    def whole(widget, bottom: int | None = None) -> bool:
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        end = top + (widget.height() if bottom is None else bottom)
        return top >= 0 and end <= viewport.height()

    bar = page.scroll.verticalScrollBar()
    # the body overflows at 520: shown once it was scrolled (the layout settles first)
    qtbot.waitUntil(
        lambda: (
            feedback.quote.isVisible()
            and whole(feedback, feedback.verdict_bottom())
            and (height >= 700 or bar.value() > 0)
        )
    )
    card_bottom = card.mapTo(viewport, QPoint(0, card.height())).y()
    if not whole(card):  # too far from its verdict: wholly out of view, said under it
        assert card_bottom <= 0, "the chosen card is cut by the strip's edge"
        assert feedback.pick.isVisible() and whole(feedback.pick)
    quote_top = feedback.quote.mapTo(viewport, QPoint(0, 0)).y()
    assert quote_top < viewport.height() or bar.value() < bar.maximum()  # it follows below
    assert height >= 700 or bar.maximum() > 0


def thirty_three_questions() -> str:
    return (
        sixteen_questions().split("questions:\n")[0]
        + "questions:\n"
        + "".join(
            f"  - id: q{n}\n    type: truefalse\n    sentences: [s1]\n"
            f"    prompt: Marie habite à Lyon ({n}).\n    answer: true\n"
            for n in range(1, 34)
        )
    )


@pytest.mark.parametrize(
    ("width", "height", "zoom"), [(900, 700, 0), (900, 700, 6), (1400, 900, 0)]
)
def test_thirty_three_questions_fold_into_one_row_with_the_current_one_numbered(
    qtbot, tmp_path, width, height, zoom
):
    article = load(tmp_path, thirty_three_questions())
    _view, panel = make_host(qtbot, article, width=width, height=height)
    panel.set_theme(Theme(zoom=zoom))
    click(qtbot, panel.chooser.part_buttons[-1])  # all 33, not a part
    click(qtbot, panel.chooser.practice_button)
    strip = panel.page.strip
    assert len(strip.chips) == 33
    for _ in range(13):  # to question 14
        click(qtbot, panel.page.next_button)
    qtbot.waitUntil(lambda: strip.segmented() and len(rows(strip)) == 1)  # compact, one row
    for chip in strip.chips:  # never clipped
        assert chip.isVisible() and chip.mapTo(strip, QPoint(chip.width(), 0)).x() <= strip.width()
    here = strip.chips[13]
    assert here.current and here.accessibleName() == "Question 14: not answered yet (current)"
    # the current one a numbered pill, wide enough for its number
    metrics_font = here.font()
    metrics_font.setPixelSize(here.font_px)
    assert here.width() >= QFontMetrics(metrics_font).horizontalAdvance("14") + 4
    assert here.width() > 2 * strip.chips[0].width()
