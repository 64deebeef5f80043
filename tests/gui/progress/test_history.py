"""The History screen: the chart paints zero, one or many results, the table, changed questions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPalette

from quizapp.core.progress.records import question_fingerprints
from quizapp.gui.progress.chart import ChartPoint, Sparkline
from quizapp.gui.review.text import palette_for
from quizapp.gui.window.theme import DARK, LIGHT
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
def test_sparkline_paints_any_number_of_results(qtbot, count):
    chart = Sparkline()
    qtbot.addWidget(chart)
    chart.resize(chart.sizeHint())
    points = [ChartPoint(START + timedelta(days=i), (37 * i) % 101) for i in range(count)]
    chart.set_points(points)
    image = chart.grab().toImage()
    accent = QColor(palette_for(chart).accent)
    assert has_colour(image, accent) == bool(count)  # dots (and the line) only with results
    positions = chart.point_positions()
    assert len(positions) == count
    xs = [p.x() for p in positions]
    assert xs == sorted(xs)
    rect = chart.plot_rect()
    assert QRectF(chart.rect()).contains(rect)  # inset: no dot is cut at the edge
    for pos, point in zip(positions, points, strict=True):
        assert rect.left() <= pos.x() <= rect.right()
        expected = rect.bottom() - rect.height() * point.percent / 100
        assert abs(pos.y() - expected) < 0.5
    if count:
        assert chart.toolTip().count("%") == count
    else:
        assert "No finished quiz" in chart.accessibleDescription()


def test_the_sparkline_follows_a_dark_window(qtbot):
    chart = Sparkline()
    qtbot.addWidget(chart)
    dark = chart.palette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    chart.setPalette(dark)
    chart.resize(chart.sizeHint())
    chart.set_points([ChartPoint(START, 50), ChartPoint(START + timedelta(days=1), 90)])
    image = chart.grab().toImage()
    assert has_colour(image, QColor(DARK.accent)) and not has_colour(image, QColor(LIGHT.accent))


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
    # the overview first: one line per article read, the totals above the card
    assert view.mode == "overview" and view.overview.isVisible()
    assert not view.questions.isVisible() and not view.glance.isVisible()
    assert view.totals.text().startswith("1 article · 2 quizzes · 5% average success")
    # above the list, the fortnight's answers as the daily goal counts them: two today
    days = view.days
    assert days.isVisible() and len(days.bars.days) == 14
    assert days.bars.days[-1][1] == 2 and sum(n for _d, n in days.bars.days) == 2
    # one day of answers: the chart folded, one line says it (13 stubs and a bar said no more)
    assert days.caption.text() == "Last 14 days · 2 answers, all today"
    assert days.bars.isHidden()
    today = days.bars.days[-1][0]
    three = [(today - timedelta(days=d), 0 if d > 2 else 4 - d) for d in range(13, -1, -1)]
    days.set_days(three)  # a third day of practice: the bars unfold
    assert days.bars.isVisible() and days.caption.text() == "Last 14 days · 9 answers"
    image = days.bars.grab().toImage()
    assert has_colour(image, QColor(palette_for(days.bars).accent))  # today's bar, the accent
    win.resize(1400, 900)  # a wide window: the fortnight spans the list, no empty band beside
    qtbot.waitUntil(lambda: days.bars.width() >= view.overview.width() - 2)
    days.set_days([*three[:-3], (three[-3][0], 0), *three[-2:]])  # two days: folded again
    assert days.bars.isHidden() and days.caption.text() == "Last 14 days · 7 answers over 2 days"
    (line,) = view.overview.lines
    assert line.row.article_id == "tous-les-types" and line.level.text()
    from quizapp.gui.window.level_badge import LevelBadge, badge_height

    assert isinstance(line.level, LevelBadge)  # the library's pill, not a square tag
    assert line.level.height() == badge_height(win.theme_hub.theme)  # its size: the theme's
    assert line.caption.text() == "2 quizzes · best 10% · last 10%"
    assert line.when.text() == "today"
    assert [round(p.percent) for p in line.trend.points] == [0, 10]
    qtbot.mouseClick(line.title, Qt.MouseButton.LeftButton)  # its detail, question by question
    assert view.mode == "detail" and view.all_link.isVisible()
    assert view.current_article() == "tous-les-types"
    assert len(view.chart.points) == 2
    assert [round(p.percent) for p in view.chart.points] == [0, 10]
    lines = view.questions.lines
    assert len(lines) == 10
    # the prompts in the quiz's order, « Question 1 · Choice » a quiet caption under each
    article = next(a for a in win.library_view.model.articles() if a.id == "tous-les-types")
    assert [line.prompt.text() for line in lines] == [q.prompt for q in article.questions]
    captions = [line.caption.text() for line in lines]
    assert [c.split(" · ")[0] for c in captions] == [f"Question {n}" for n in range(1, 11)]
    assert captions[0].split(" · ")[1] in ("Choice", "True or false", "Several answers")
    # the last attempt as a mark: q1 right at the second quiz, the rest never answered
    assert [line.mark.state for line in lines] == ["right"] + ["none"] * 9
    assert lines[0].mark.toolTip() == "Right last time"
    # « Quizzes » says something (2 against —); « Success » too (50 % against —)
    assert lines[0].count.text() == "2" and lines[1].count.text() == "—"
    assert lines[0].rate.text() == "50%" and lines[1].rate.text() == "—"  # QLocale's percent
    assert lines[0].count.isVisible() and lines[0].rate.isVisible()
    assert [h.text() for h in view.questions.heads] == ["Quizzes", "Success"]
    assert not view.note.isVisible()
    # two quizzes: the summary card's figures, and the sparkline of both
    assert view.glance.isVisible() and view.chart.isVisible()
    figures = [(v.text(), c.text()) for v, c in view.glance.figures if v.isVisible()]
    assert figures[:2] == [("2", "attempts"), ("10%", "best")]
    assert figures[2][0] == "10%" and figures[2][1].startswith("last, ")
    assert figures[3][1] == "in quizzes"
    # the card ends with its last line: no empty table below a short list
    card = view.questions
    assert card.height() <= card.sizeHint().height() + 2
    # « ← All articles » goes back up, the keyboard on the line it came from
    qtbot.mouseClick(view.all_link, Qt.MouseButton.LeftButton)
    assert view.mode == "overview" and not view.all_link.isVisible()
    assert view.overview.lines[0].hasFocus()
    qtbot.keyClick(view.overview.lines[0], Qt.Key.Key_Return)  # and Enter opens it again
    assert view.mode == "detail" and view.current_article() == "tous-les-types"


def test_history_hides_the_columns_that_say_nothing_and_marks_part_marks(qtbot, win):
    article = next(a for a in win.library_view.model.articles() if a.id == "tous-les-types")
    s = store(win)
    profile = bridge(win).profile
    sid = s.start_session(profile, article, "practice", {})
    scores = {q.id: 1.0 for q in article.questions}
    scores["q1"], scores["q2"] = 0.0, 0.5
    for qid, score in scores.items():
        s.record_answer(sid, qid, "x", score, 1, 1, 0, [], {})
    s.finish_session(sid, sum(scores.values()), len(scores), {})
    win.progress_screens.history_article = "tous-les-types"
    win.progress_screens.show("history")
    view = win.progress_screens.history
    lines = view.questions.lines
    assert [line.mark.state for line in lines[:3]] == ["wrong", "partly", "right"]
    assert lines[1].mark.accessibleName() == "Partly right last time"
    # one quiz each: « Quizzes » all « 1 » and « Success » the marks again, both left out
    assert not any(line.count.isVisible() or line.rate.isVisible() for line in lines)
    assert view.questions.heads == []
    # one attempt: its score once, with its day, not « best » and « last » alike
    figures = [c.text() for v, c in view.glance.figures if v.isVisible()]
    assert figures[0] == "attempt" and figures[1].startswith("score, ")
    assert not view.chart.isVisible()  # a line needs two results


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
    qtbot.mouseClick(view.overview.lines[0], Qt.MouseButton.LeftButton)
    assert view.current_article() == "tous-les-types"
    assert view.note.isVisible() and "changed 1 question" in view.note.text()
    captions = [line.caption.text() for line in view.questions.lines]
    assert captions[2].startswith("Question 3 · ") and captions[2].endswith(" · changed since")
    assert view.questions.lines[2].caption.property("changed") == "true"
    assert "changed" not in captions[0]


def test_history_with_nothing_yet_and_choosing_an_article(qtbot, win):
    screens = win.progress_screens
    screens.show("history")
    view = screens.history
    assert view.mode == "overview" and view.empty.isVisible()  # one line, one way on
    assert not view.overview.isVisible() and not view.totals.isVisible()
    qtbot.mouseClick(view.empty.button, Qt.MouseButton.LeftButton)
    assert win.current_screen() == "library"
    first = min(win.library_view.model.articles(), key=lambda a: a.title)
    screens.history_article = first.id  # an article's detail, nothing in it yet
    screens.show("history")
    assert view.mode == "detail" and not view.empty.isVisible()
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


def test_the_fortnight_s_days_are_legible_and_unambiguous(qtbot, translators):
    """Under the bars, two letters a day at the caption's size in the muted ink: the
    locale's narrow « M » said Tuesday and Wednesday alike, at ~10 px."""
    from datetime import date

    from quizapp.gui.progress.day_bars import DayBars
    from quizapp.gui.review.text import theme_for

    bars = DayBars()
    qtbot.addWidget(bars)
    monday = date(2026, 11, 30)
    week = [monday + timedelta(days=n) for n in range(7)]
    bars.set_days([(d, n) for n, d in enumerate(week)])
    assert [bars.weekday(d) for d in week] == ["M", "T", "W", "T", "F", "S", "S"]
    assert bars.label_font().pixelSize() == theme_for(bars).px("caption") >= 12
    assert bars.label_colour(False) == QColor(palette_for(bars).muted)
    translators.install("fr")
    names = [bars.weekday(d) for d in week]
    assert names == ["L", "M", "M", "J", "V", "S", "D"]  # as French calendars print them
