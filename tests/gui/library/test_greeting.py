"""The library's welcome: the learner's name by the time of day, the streak, today's count."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QWidget

from quizapp.gui.library.greeting import learner_facts
from quizapp.gui.library.view import LibraryView
from quizapp.gui.window.i18n import Translators
from quizapp.gui.window.stylesheet import style_sheet

from .test_library_cards import article


def at(day: date, hour: int = 20) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


class FakeStore:
    def __init__(self, finished: list[tuple[str, datetime]]):
        self.finished = finished

    def sessions(self, profile):
        return [SimpleNamespace(article_id=a, finished=f) for a, f in self.finished]


def with_learner(view: QWidget, name: str | None, finished=()) -> None:
    """The view's window as the real one shows it: a progress bridge with a learner."""
    profile = SimpleNamespace(name=name) if name is not None else None
    bridge = SimpleNamespace(profile=profile, store=FakeStore(list(finished)))
    bridge.guard = lambda call, default: call()
    view.progress_screens = SimpleNamespace(bridge=bridge)  # view.window() is the view


def test_the_facts_count_days_in_a_row_and_distinct_articles_today():
    today = date(2026, 12, 7)
    finished = [
        ("a", at(today)),
        ("a", at(today, 9)),  # the same article twice today: one article
        ("b", at(today, 8)),
        ("c", at(today - timedelta(days=1))),
        ("d", at(today - timedelta(days=2))),
        ("e", at(today - timedelta(days=4))),  # after a gap: not in the streak
    ]
    assert learner_facts(finished, today) == (3, 2, 2)
    yesterday_only = [("c", at(today - timedelta(days=1)))]
    assert learner_facts(yesterday_only, today) == (0, 1, 0)  # kept until tonight


def test_the_library_greets_the_learner_by_name_with_the_streak(qtbot):
    view = LibraryView()
    qtbot.addWidget(view)
    today = date.today()
    days = [at(today - timedelta(days=n), 12) for n in range(3)]
    with_learner(view, "Camille", [("a", days[0]), ("b", days[1]), ("c", days[2])])
    view.set_articles([article(300)])  # the welcome comes with the articles
    view.greeting.hour = 21
    view.set_summaries({})  # what the progress bridge calls after each save
    assert view.greeting.hello.text() == "Good evening, Camille"
    facts = view.greeting.facts.text()
    assert facts.startswith("3\u00a0day") and "in a row" in facts and "read today" in facts
    view.greeting.hour = 8
    view.set_summaries({})
    assert view.greeting.hello.text() == "Good morning, Camille"


def test_without_a_learner_the_welcome_is_neutral_and_invites_to_read(qtbot):
    view = LibraryView()
    qtbot.addWidget(view)
    with_learner(view, None)
    assert view.greeting is None  # nothing to build before the first paint
    view.set_articles([article(300)])
    view.set_summaries({})
    assert view.greeting.hello.text() == "Hello!"
    assert view.greeting.facts.text() == "Choose an article below to begin."
    assert view.greeting.isVisible() or not view.isVisible()


def test_the_welcome_speaks_french_and_wraps_in_a_narrow_window(qtbot):
    host = QWidget()  # the window: its central view takes any width it is given
    qtbot.addWidget(host)
    view = LibraryView(host)
    yesterday = date.today() - timedelta(days=1)
    with_learner(host, "Camille", [("a", at(yesterday)), ("b", at(yesterday - timedelta(1)))])
    view.set_articles([article(300)])
    view.greeting.hour = 19
    translators = Translators()
    translators.install("fr")
    try:
        view.set_summaries({})
        assert view.greeting.hello.text() == "Bonsoir, Camille"
        assert view.greeting.facts.text().startswith("2\u00a0jours d’affilée\u00a0: lisez")
    finally:
        translators.install("en")
    view.setStyleSheet(style_sheet(view.cards.theme))  # the real sizes of the greeting
    view.setGeometry(0, 0, 1400, 700)
    host.resize(1400, 700)
    host.show()
    hello, facts = view.greeting.hello, view.greeting.facts
    qtbot.waitUntil(lambda: hello.y() == facts.y() and hello.isVisible())  # one line
    view.setGeometry(0, 0, 420, 700)
    qtbot.waitUntil(lambda: facts.y() >= hello.geometry().bottom())  # the facts under it
    assert facts.x() == hello.x()  # aligned, not indented
    assert hello.sizeHint().width() <= hello.width()  # nothing cut
    assert facts.heightForWidth(facts.width()) <= facts.height()


def test_the_week_strip_ticks_the_days_read_in_the_last_seven(qtbot):
    from quizapp.gui.window.locale_format import ui_locale

    view = LibraryView()
    qtbot.addWidget(view)
    today = date.today()
    long_ago = today - timedelta(days=7)
    two_days = today - timedelta(days=2)
    finished = [("a", at(today, 12)), ("b", at(two_days, 12)), ("c", at(long_ago, 12))]
    with_learner(view, "Camille", finished)
    view.set_articles([article(300)])
    view.set_summaries({})
    strip = view.greeting.week
    assert strip.days == [today - timedelta(days=6 - n) for n in range(7)]  # today last
    assert strip.read == {today, two_days}  # a week ago is out of the strip
    names = ", ".join(ui_locale().dayName(d.isoweekday()) for d in (two_days, today))
    assert strip.accessibleName() == f"Last seven days: read on {names}"
    view.resize(1400, 700)
    view.show()
    qtbot.waitUntil(lambda: strip.isVisible())
    assert strip.geometry().right() > view.greeting.facts.geometry().right()  # at the row's end
    assert strip.width() >= strip.sizeHint().width()  # drawn whole, not squeezed
    with_learner(view, "Camille", [])
    view.set_summaries({})
    assert strip.read == set() and strip.accessibleName() == "Last seven days: no article read yet"
    assert strip.days == [] and not strip.isVisible()  # before any reading: no strip at all


@pytest.mark.qt_log_ignore(r"^This plugin does not support raise\(\)$")  # the tooltip, offscreen
def test_the_week_strip_rings_every_day_of_the_week(qtbot):
    from PySide6.QtCore import QDate, QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from quizapp.gui.window.locale_format import ui_locale

    view = LibraryView()
    qtbot.addWidget(view)
    today = date.today()
    first = today - timedelta(days=2)  # a new learner: their first quiz two days ago
    with_learner(view, "Camille", [("a", at(first, 12)), ("b", at(today, 9))])
    view.set_articles([article(300)])
    view.set_summaries({})
    strip = view.greeting.week
    assert strip.days == [today - timedelta(days=6 - n) for n in range(7)]  # a labelled week
    assert strip.first == first and strip.read == {first, today}
    names = ", ".join(ui_locale().dayName(d.isoweekday()) for d in (first, today))
    assert strip.accessibleName() == f"Last seven days: read on {names}"
    view.resize(1400, 700)
    view.show()
    qtbot.waitUntil(lambda: strip.isVisible())
    assert strip.width() == strip.sizeHint().width()
    image = strip.grab().toImage()
    palette = strip.theme.palette
    step, half = strip.diameter() + strip.gap(), strip.diameter() // 2
    edge = 2  # the top of a day's ring
    for index in (0, 1, 3, 5):  # before the first reading or missed: a visible muted ring
        ring = image.pixelColor(1 + index * step + half, edge)
        assert ring.alpha() > 0 and ring.name().upper() != palette.surface.upper()
        assert image.pixelColor(1 + index * step + half, 1 + half).name().upper() == (
            palette.surface.upper()  # an empty ring, not a filled disc
        )
    inside = 1 + half // 3
    assert image.pixelColor(1 + 4 * step + half, inside).name().upper() == palette.primary.upper()
    step = strip.diameter() + strip.gap()
    for index, day in enumerate(strip.days):  # each disc's tooltip is its date
        where = QPoint(1 + index * step + strip.diameter() // 2, strip.diameter() // 2)
        help_event = QHelpEvent(QEvent.Type.ToolTip, where, strip.mapToGlobal(where))
        QApplication.sendEvent(strip, help_event)
        when = QDate(day.year, day.month, day.day)
        expected = ui_locale().toString(when, "dddd d MMMM")
        assert ui_locale().dayName(day.isoweekday()) in expected and str(day.day) in expected
        qtbot.waitUntil(lambda e=expected: QToolTip.text() == e)
    QToolTip.hideText()


def test_the_week_strip_steps_aside_when_the_greeting_needs_the_room(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    view = LibraryView(host)
    with_learner(host, "Maximilien-Alexandre", [("a", at(date.today(), 12))])
    view.set_articles([article(300)])
    view.set_summaries({})
    view.setStyleSheet(style_sheet(view.cards.theme))
    host.resize(1400, 700)
    view.setGeometry(0, 0, 1400, 700)
    host.show()
    strip = view.greeting.week
    qtbot.waitUntil(lambda: strip.isVisible())
    view.setGeometry(0, 0, 300, 700)
    qtbot.waitUntil(lambda: not strip.isVisible())  # the name keeps its line
    hello = view.greeting.hello
    assert hello.sizeHint().width() <= hello.width() or hello.wordWrap()


def test_the_strip_s_days_end_today_oldest_first():
    from quizapp.core.progress.streak import last_days

    monday = date(2026, 12, 7)
    assert last_days(monday) == [date(2026, 12, 1) + timedelta(days=n) for n in range(7)]
    assert last_days(monday, 1) == [monday]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("fr_FR", "L M M J V S D"), ("en_GB", "M T W T F S S"), ("de_DE", None)],
)
def test_the_week_strip_names_each_day_as_calendars_do(name, expected):
    """The standard initials (« L M M J V S D »), never two-letter cuts (« me je »)."""
    from PySide6.QtCore import QLocale

    from quizapp.gui.library.week_strip import day_labels

    labels = day_labels(QLocale(name))
    assert sorted(labels) == list(range(1, 8))
    assert all(len(v) == 1 for v in labels.values())
    if expected is not None:
        assert " ".join(labels[d] for d in range(1, 8)) == expected


def test_a_short_goal_sits_beside_the_ring_when_the_links_take_the_facts_place(qtbot):
    """A short window at a large zoom folds the goal's line away (the links beside the
    ring): « 6/20 » stays beside the ring, the whole line in its tooltip."""
    from quizapp.core.progress.goal import daily_goal
    from quizapp.gui.library.greeting import Greeting

    greeting = Greeting()
    qtbot.addWidget(greeting)
    today = date.today()
    goal = daily_goal([at(today, 9)] * 6, today, 20)
    greeting.set_learner("Camille", 1, goal=goal)
    assert not greeting.tally.isVisibleTo(greeting)  # the whole line says it
    links = QWidget()
    qtbot.addWidget(links)
    greeting.hold_links(links)
    assert not greeting.facts.isVisibleTo(greeting) and greeting.tally.isVisibleTo(greeting)
    assert greeting.tally.text() == "6/20\nanswers"  # what the goal counts, said
    assert greeting.tally.toolTip() == greeting.facts.text() == greeting.ring.toolTip()
    assert greeting.facts.text().startswith("6 / 20 answers today")
    greeting.hold_links(None)
    assert greeting.facts.isVisibleTo(greeting) and not greeting.tally.isVisibleTo(greeting)
