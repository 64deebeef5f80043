"""The History screen: the chart paints zero, one or many results, the table, changed questions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette

from quizapp.core.progress.records import question_fingerprints
from quizapp.gui.progress.chart import ChartPoint, HistoryChart
from tests.gui import progress_helpers
from tests.gui.progress_helpers import answer, bridge, finish, open_article, start_practice, store
from tests.gui.quiz_fixtures import click

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win
START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def colours(image: QImage) -> set[int]:
    return {
        image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }


def has_colour(image: QImage, colour: QColor) -> bool:
    wanted = colour.rgb()
    return any(
        image.pixel(x, y) == wanted for x in range(image.width()) for y in range(image.height())
    )


@pytest.mark.parametrize("count", [0, 1, 2, 12])
def test_chart_paints_any_number_of_results(qtbot, count):
    chart = HistoryChart()
    qtbot.addWidget(chart)
    chart.resize(520, 260)
    points = [ChartPoint(START + timedelta(days=i), (37 * i) % 101) for i in range(count)]
    chart.set_points(points)
    image = chart.grab().toImage()
    assert len(colours(image)) > 2  # axes and labels at least
    line = chart.palette().color(QPalette.ColorRole.Highlight)
    assert has_colour(image, line) == bool(count)  # dots (and lines) only with results
    positions = chart.point_positions()
    assert len(positions) == count
    xs = [p.x() for p in positions]
    assert xs == sorted(xs)
    rect = chart.plot_rect()
    for pos, point in zip(positions, points, strict=True):
        assert rect.left() <= pos.x() <= rect.right()
        expected = rect.bottom() - rect.height() * point.percent / 100
        assert abs(pos.y() - expected) < 0.5
    if count:
        assert chart.toolTip().count("%") == count
    else:
        assert "No finished quiz" in chart.accessibleDescription()


def test_dark_palette_is_followed(qtbot):
    chart = HistoryChart()
    qtbot.addWidget(chart)
    dark = chart.palette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#ffaa00"))
    chart.setPalette(dark)
    chart.setAutoFillBackground(True)
    chart.resize(400, 240)
    chart.set_points([ChartPoint(START, 50), ChartPoint(START + timedelta(days=1), 90)])
    image = chart.grab().toImage()
    assert has_colour(image, QColor("#ffaa00"))
    assert has_colour(image, QColor("#f0f0f0"))


def test_history_screen_from_the_shortcut(qtbot, win):
    open_article(qtbot, win, "tous-les-types")
    panel = start_practice(qtbot, win)
    answer(qtbot, win, right=False)  # q1 wrong, the rest unanswered: 0 %
    finish(qtbot, win)
    click(qtbot, panel.summary.restart_button)
    qtbot.waitUntil(panel.in_question)
    answer(qtbot, win)  # q1 right: 1 point of 10
    finish(qtbot, win)
    qtbot.keyClick(
        win, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert win.current_screen() == "history"
    view = win.progress_screens.history
    assert view.current_article() == "tous-les-types"
    assert len(view.chart.points) == 2
    assert [round(p.percent) for p in view.chart.points] == [0, 10]
    assert view.table.rowCount() == 10
    # « Question 1 », « Question 2 »… in the quiz's order, never the file's ids
    article = next(a for a in win.library_view.model.articles() if a.id == "tous-les-types")
    numbers = [view.table.item(r, 0).text() for r in range(10)]
    assert numbers == [f"Question {n}" for n in range(1, 11)]
    prompts = [view.table.item(r, 1).text() for r in range(10)]
    assert prompts == [q.prompt for q in article.questions]
    assert view.table.item(0, 2).text() in ("Choice", "True or false", "Several answers")
    assert view.table.horizontalHeaderItem(4).text() == "Success"
    assert view.table.item(0, 3).text() == "2"  # two quizzes answered q1
    assert view.table.item(0, 4).text() == "50%"  # as the interface language writes it (QLocale)
    assert view.table.item(1, 3).text() == "0" and view.table.item(1, 4).text() == "—"
    assert not view.note.isVisible()
    # two quizzes: a compact card, not a half-screen line chart
    assert view.glance.isVisible() and not view.chart.isVisible()
    assert view.glance_text.text().startswith("2 attempts · 10% · ")


def test_history_says_when_the_teacher_changed_a_question(qtbot, win):
    article = next(a for a in win.library_view.model.articles() if a.id == "tous-les-types")
    s = store(win)
    profile = bridge(win).profile
    now = question_fingerprints(article)
    prints = {qid: ("old-version" if qid == "q3" else fp) for qid, fp in now.items()}
    sid = s.start_session(profile, article, "practice", {}, fingerprints=prints)
    s.record_answer(sid, "q3", False, 1, 1, 1, 0, [], {})
    s.finish_session(sid, 1, 10, {})
    win.progress_screens.show("history")
    view = win.progress_screens.history
    assert view.current_article() == "tous-les-types"
    assert view.note.isVisible() and "changed 1 question" in view.note.text()
    row = next(
        r for r in range(view.table.rowCount()) if view.table.item(r, 0).text() == "Question 3"
    )
    assert view.table.item(row, 5).text() == "changed since"
    assert view.table.item(0, 5).text() == ""


def test_history_with_nothing_yet_and_choosing_an_article(qtbot, win):
    win.progress_screens.show("history")
    view = win.progress_screens.history
    assert view.chart.points == []
    assert "not finished a quiz" in view.summary.text()
    titles = [view.article.itemText(i) for i in range(view.article.count())]
    assert len(titles) == 3 and "L’École et la rentrée" in titles
    view.article.setFocus()
    start = view.current_article()
    qtbot.keyClick(view.article, Qt.Key.Key_Down)
    assert view.current_article() != start
    assert win.progress_screens.history_article == view.current_article()
    qtbot.mouseClick(view.back, Qt.MouseButton.LeftButton)
    assert win.current_screen() == "library"
