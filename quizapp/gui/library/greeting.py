"""The library's welcome: « Bonsoir, Camille », then today's goal (`GoalRing` and its
words: « 6 / 20 réponses aujourd’hui · 3 jours de suite ») and this week's days
(`WeekStrip`: the goal met, or begun).

The first words a learner reads are for them, not for the filters. The goal and its
streak come from the answers the progress store keeps (core/progress/goal.py), read
after the first paint with the articles' summaries, in the learner's local calendar.
Without a store, the older facts (finished quizzes, `learner_facts`) still speak.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QSpacerItem, QWidget

from quizapp.gui.library.goal_ring import GoalRing, goal_from_window
from quizapp.gui.library.week_strip import WeekStrip
from quizapp.gui.window.locale_format import ui_locale
from quizapp.gui.window.qt_names import plain_text, set_by_name
from quizapp.gui.window.theme import Theme

if TYPE_CHECKING:  # pragma: no cover - the clock is read once a learner is known
    from datetime import date, datetime

    from quizapp.core.progress.goal import DailyGoal


def held(text: str, count: int) -> str:
    """« 3 days in a row » with the number held to its unit by a no-break space: never
    « 3 » alone at a line end (the catalogue may already hold it)."""
    return text.replace(f"{count} ", f"{count}\u00a0", 1)


def learner_facts(finished: Iterable[tuple[str, datetime]], today: date) -> tuple[int, int, int]:
    """(streak up to today, streak up to yesterday, articles finished today) from
    (article id, finish time) pairs."""
    from datetime import timedelta

    from quizapp.core.progress.streak import day_streak, local_day

    pairs = list(finished)
    moments = [moment for _id, moment in pairs]
    read_today = {aid for aid, moment in pairs if local_day(moment) == today}
    yesterday = today - timedelta(days=1)
    return day_streak(moments, today), day_streak(moments, yesterday), len(read_today)


def facts_from_window(window: Any) -> tuple[str, tuple[int, int, int], set[date]]:
    """The current learner's name, facts and days read, through the window's progress
    bridge (an empty name and no facts when there is no learner or no store)."""
    from datetime import date

    from quizapp.core.progress.streak import days_read

    bridge = getattr(getattr(window, "progress_screens", None), "bridge", None)
    profile = getattr(bridge, "profile", None)
    store = getattr(bridge, "store", None)
    if bridge is None or profile is None:
        return "", (0, 0, 0), set()
    if store is None:
        return profile.name, (0, 0, 0), set()
    sessions = bridge.guard(lambda: store.sessions(profile), [])
    finished = [(s.article_id, s.finished) for s in sessions if s.finished is not None]
    days = days_read(moment for _id, moment in finished)
    return profile.name, learner_facts(finished, date.today()), days


class Greeting(QWidget):
    """A greeting by the time of day and the learner's name, then the facts in caption type;
    on one line when the column has room, the facts under it when not."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.hello = QLabel(self)
        self.hello.setObjectName("library_hello")
        self.facts = QLabel(self)
        self.facts.setObjectName("library_facts")
        self.facts.setProperty("type", "caption")
        self.facts.setProperty("tone", "muted")
        for label in (self.hello, self.facts):
            plain_text(label)
            label.setMinimumWidth(1)  # `fit` chooses the lines: never a floor for the window
        self.facts.setWordWrap(True)
        self.week = WeekStrip(self)
        self.week.hide()  # until a learner is known
        self.ring = GoalRing(self)
        self.ring.hide()
        self.tally = QLabel(
            self
        )  # « 6/20 answers » beside the ring when the links hold the facts' place
        self.tally.setObjectName("library_tally")
        self.tally.setProperty("type", "caption")
        self.tally.setProperty("tone", "muted")
        plain_text(self.tally)
        self.tally.hide()
        self.outer = outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.row.addWidget(self.hello)
        self.goal_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.goal_row.setContentsMargins(0, 0, 0, 0)
        self.goal_row.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignBottom)  # by the words
        self.goal_row.addWidget(self.tally, 0, Qt.AlignmentFlag.AlignVCenter)
        self.goal_row.addWidget(self.facts, 1)
        self.row.addLayout(self.goal_row, 1)
        outer.addLayout(self.row)
        self.between = QSpacerItem(0, 0)  # the gap before the week: `fit` sizes it
        outer.addItem(self.between)
        outer.addWidget(self.week, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addStretch(1)  # the week beside the words, not far off at the column's end
        self.corner: QWidget | None = None  # the learner's avatar (`set_corner`)
        for label in (self.hello, self.facts):
            set_by_name(label, "alignment", "AlignLeft|AlignBottom")
        self.name = ""
        self.streak = self.kept = self.today = 0
        self.goal: DailyGoal | None = None
        self.hour: int | None = None  # tests fix the time of day; None: the clock's
        self.week_fits = True
        self.inline: QWidget | None = None  # the quick links, held in the facts' place
        self.retranslate_ui()

    def set_learner(
        self,
        name: str,
        streak: int,
        kept: int = 0,
        today: int = 0,
        days: set[date] | None = None,
        goal: DailyGoal | None = None,
    ) -> None:
        """`streak`: days up to today; `kept`: up to yesterday (still alive until tonight);
        `days`: the calendar days read, for the week strip; `goal`: today's goal, which
        when known speaks instead (its streak, its days met and begun)."""
        from datetime import date as calendar

        self.name, self.streak, self.kept, self.today = name.strip(), streak, kept, today
        self.goal = goal if self.name else None
        if self.goal is not None:
            first = min((d for d, n in self.goal.counts.items() if n), default=None)
            self.week.set_week(
                self.goal.today, self.goal.met_days(), self.goal.started_days(), first
            )
            self.ring.set_goal(self.goal.share, self.goal.met, self.goal.streak())
        else:
            self.week.set_week(calendar.today(), days or set())
        self.ring.setVisible(self.goal is not None)
        self.week.setVisible(bool(self.name and self.week.days) and self.week_fits)
        self.retranslate_ui()

    def set_corner(self, widget: QWidget) -> None:
        """A widget at the row's right end (the learner's avatar and its menu)."""
        self.corner = widget
        self.outer.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        widget.installEventFilter(self)  # its name field opening: the words fitted again
        widget.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.corner and event.type() == QEvent.Type.LayoutRequest:
            refit = getattr(self.parentWidget(), "_fit_filters", None)  # the library's
            if refit is not None:
                refit()
        return False

    def refresh(self, window: Any) -> None:
        """The window's current learner and their facts (after each save or change)."""
        name, facts, days = facts_from_window(window)
        self.set_learner(name, *facts, days=days, goal=goal_from_window(window))
        view = getattr(self.parentWidget(), "view", None)  # the header's library view
        refit = getattr(view, "_fit_filters", None)
        if refit is not None:  # new words: one line or two, the week beside them or not
            refit()

    def fit(
        self, width: int, gap: int, theme: Theme | None = None, links: QWidget | None = None
    ) -> None:
        """One line when both fit `width` (`gap` between them), else the facts under it;
        the week strip at the right end while the greeting still fits beside it.
        `links` (a short window at a large zoom): the quick links take the facts' place
        beside the ring, the facts in its tooltip, so the list keeps a row and more."""

        def advance(label: QLabel) -> int:  # the one-line width (a wrapping hint is not)
            if label is self.facts and self.inline is not None:
                return self.inline.sizeHint().width()
            return label.fontMetrics().horizontalAdvance(label.text()) + 2

        if theme is not None:
            self.week.set_theme(theme)
            self.ring.set_theme(theme)
        self.hold_links(links)
        self.goal_row.setSpacing(gap // 2)
        ring = self.ring.sizeHint().width() + gap // 2 if self.ring.isVisibleTo(self) else 0
        if self.tally.isVisibleTo(self):
            ring += self.tally.sizeHint().width() + gap // 2
        lead = 2 * gap  # before the week; with the avatar after it, the room is shared
        if self.corner is not None and self.corner.isVisibleTo(self):
            self.corner.setContentsMargins(gap, 0, 0, 0)  # never touching the week strip
            width -= self.corner.sizeHint().width()
            lead = gap
        strip = self.week.sizeHint().width() + lead
        self.week_fits = advance(self.hello) + strip <= width
        self.week.setVisible(bool(self.name and self.week.days) and self.week_fits)
        if self.week.isVisibleTo(self):
            width -= strip
        self.between.changeSize(lead if self.week.isVisibleTo(self) else 0, 0)
        wide = advance(self.hello) + gap + ring + advance(self.facts) <= width
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        self.outer.setStretch(0, 0 if wide else 1)  # on one line the week follows the words;
        self.outer.setStretch(3, 1 if wide else 0)  # stacked, the words take the room left
        self.outer.invalidate()
        if self.row.direction() != direction:
            self.row.setDirection(direction)
        self.row.setSpacing(gap if wide else gap // 4)
        for label in (self.hello, self.facts):
            label.setWordWrap(not wide)  # one line beside the greeting, wrapped under it
        # side by side, both sit on the greeting's baseline (their bottoms differ by the descents)
        drop = self.hello.fontMetrics().descent() - self.facts.fontMetrics().descent()
        self.facts.setContentsMargins(0, 0, 0, max(0, drop) if wide else 0)
        self.outer.activate()  # the words at their new widths now, not a pass later

    def links_room(self, width: int, gap: int) -> int:
        """The room the quick links have beside the ring and its tally (`fit` with links)."""
        room = width - self.ring.sizeHint().width() - self.tally.sizeHint().width() - gap
        if self.corner is not None and not self.corner.isHidden():
            room -= self.corner.sizeHint().width()  # its margin: the gap before it
        return room

    def hold_links(self, links: QWidget | None) -> None:
        """The quick links in the facts' place (`links`), or given back (None): the header
        lays them out under the greeting again (`filter_row.fit_filters`)."""
        if links is self.inline:
            return
        self.inline = links
        self.facts.setVisible(links is None)
        if links is not None:
            links.setContentsMargins(0, 0, 0, 0)  # beside the ring: the row's spacing
            self.goal_row.addWidget(links, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hello.setProperty("short", "true" if links is not None else "false")
        middle = "AlignLeft|AlignVCenter" if links is not None else "AlignLeft|AlignBottom"
        set_by_name(self.hello, "alignment", middle)  # level with the links, or the facts
        self.hello.style().unpolish(self.hello)  # a step smaller: one row, ring and links
        self.hello.style().polish(self.hello)
        self.retranslate_ui()

    def greeting_text(self) -> str:
        if not self.name:
            return self.tr("Hello!")
        from datetime import datetime

        hour = datetime.now().hour if self.hour is None else self.hour
        if 5 <= hour < 12:
            text = self.tr("Good morning, %1")
        elif 12 <= hour < 18:
            text = self.tr("Good afternoon, %1")
        else:
            text = self.tr("Good evening, %1")
        return text.replace("%1", self.name)

    def facts_text(self) -> str:
        if self.goal is not None:
            return self.goal_text(self.goal)
        parts = []
        if self.streak:
            parts.append(held(self.tr("%n day(s) in a row", "", self.streak), self.streak))
        elif self.kept:
            keep = self.tr("%n day(s) in a row: read today to keep it going", "", self.kept)
            parts.append(held(keep, self.kept))
        if self.today:
            parts.append(self.tr("%n article(s) read today", "", self.today))
        if not parts:
            parts.append(self.tr("Choose an article below to begin."))
        return " · ".join(parts)

    def goal_text(self, goal: DailyGoal) -> str:
        """Today's answers against the goal, then the days in a row; an inviting line
        before the first answer of the day, never a reproach."""
        number = ui_locale().toString
        streak = goal.streak()
        days = held(self.tr("%n day(s) in a row", "", streak), streak) if streak else ""
        if goal.met:
            first = self.tr("Daily goal reached")
        elif goal.done:
            first = (
                self.tr("%1 / %2 answers today")
                .replace("%1", number(goal.done))
                .replace("%2", number(goal.target))
            )
        elif streak:
            first = self.tr("Today's goal: %1 answers").replace("%1", number(goal.target))
        else:
            first = self.tr("Today's goal: %1 answers (one quiz is a good start)").replace(
                "%1", number(goal.target)
            )
        return " · ".join(part for part in (first, days) if part)

    def retranslate_ui(self) -> None:
        self.hello.setText(self.greeting_text())
        self.facts.setText(self.facts_text())
        self.ring.setToolTip(self.facts.text() if self.inline is not None else "")
        goal = self.goal
        if goal is not None:  # the day's count, short: the whole line is the tooltip's
            number = ui_locale().toString
            tally = self.tr("%1/%2 answers", "today's goal beside its ring: done/target")
            done, target = number(min(goal.done, goal.target)), number(goal.target)
            tally = tally.replace("%1", done).replace("%2", target)
            self.tally.setText(tally.replace(" ", "\n", 1))  # the count over its noun: narrow
        self.tally.setToolTip(self.ring.toolTip())
        self.tally.setVisible(self.inline is not None and goal is not None)
        self.setAccessibleName(f"{self.hello.text()} {self.facts.text()}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
