"""The reading toolbar: its slim row and how it fits a narrow window (the English translation
one switch at every width, only its words shorter), the switch glyph, and the primary
"Start the quiz" button that acts as its action with an icon of its own and says the
way on (resume, redo or start) in the end card's words, made short. And the title's
English as a tooltip on the title.

Their style-sheet rules are in window/stylesheet_reading.py (plain text, no Qt).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QHBoxLayout, QStyle, QToolButton, QWidget

from quizapp.gui.reading.article_meta import is_own
from quizapp.gui.window.locale_format import percent, ui_locale
from quizapp.gui.window.theme import BASE_PX, SPACING_PX, TARGET_PX

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.reading.view import ReadingView
    from quizapp.gui.window.theme import Theme


SWITCH_RATIO = 2.0  # the switch glyph's width to its height (with a gap before the text)
SWITCH_ALONE = 1.7  # the same glyph with no words after it: no gap, centred in its button


def switch_icon(theme: Theme, side: int, alone: bool = False) -> QIcon:
    """A small on/off switch (a track and a knob), for a checkable action: the accent
    track with the knob at the right when on, a quiet track at the left when off.
    The button showing it needs an icon size SWITCH_RATIO times as wide as tall
    (SWITCH_ALONE when `alone`: no words after it, so no gap before them)."""
    p = theme.palette
    icon = QIcon()
    height = side
    width = round(side * (SWITCH_ALONE if alone else SWITCH_RATIO))
    gap = 0 if alone else round(side * (SWITCH_RATIO - SWITCH_ALONE))  # before the words
    for state, on in ((QIcon.State.Off, False), (QIcon.State.On, True)):
        pixmap = QPixmap(width * 2, height * 2)  # drawn at 2x, sharp on a HiDPI screen
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track_h = height * 0.8
        track = QRectF(0.75, (height - track_h) / 2, width - gap - 1.5, track_h)
        painter.setPen(QPen(QColor(p.accent if on else p.muted), 1.2))
        painter.setBrush(QColor(p.accent if on else p.surface))
        painter.drawRoundedRect(track, track_h / 2, track_h / 2)
        inset = max(2.0, track_h * 0.14)
        knob = track_h - 2 * inset
        x = track.right() - knob - inset if on else track.left() + inset
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(p.on_accent if on else p.muted))
        painter.drawEllipse(QRectF(x, track.top() + inset, knob, knob))
        painter.end()
        icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
        icon.addPixmap(pixmap, QIcon.Mode.Active, state)
    return icon


def mirror(
    button: QToolButton,
    action: QAction,
    words: Callable[[], tuple[str, str]] | None = None,
    go: Callable[[], object] | None = None,
) -> Callable[[], None]:
    """`button` acts as `action` (text, tip, enabled, shown, trigger) but keeps its own
    icon: the primary button's glyph is drawn on the accent, the menu's is not. `words`
    (text, tip) and `go` replace the action's; the returned call follows it again."""

    def follow() -> None:
        text, tip = words() if words is not None else (action.iconText(), action.toolTip())
        button.setText(text)
        button.setToolTip(tip)
        button.setEnabled(action.isEnabled())
        button.setVisible(action.isVisible())

    action.changed.connect(follow)
    button.clicked.connect(go if go is not None else action.trigger)
    follow()
    return follow


def quiz_words(view: ReadingView, action: QAction) -> tuple[str, str]:
    """The toolbar's way on, from the end card's `state` (the one place it is known):
    « Resume the quiz », « Redo the quiz », else the action's « Start the quiz »; the
    tooltip says where the run stopped or the best score."""
    kind, first, second = view.end_card.state or ("", 0, 0)
    if view.article is not None and is_own(view.article):
        return own_words(kind)
    if kind == "resume":
        locale = ui_locale()
        tip = QCoreApplication.translate("ReadingView", "Carry on from question %1 of %2")
        tip = tip.replace("%1", locale.toString(first)).replace("%2", locale.toString(second))
        return QCoreApplication.translate("ReadingView", "Resume the quiz"), tip
    if kind == "done":
        tip = QCoreApplication.translate(
            "ReadingView", "Best score: %1. Answer the questions again"
        )
        text = QCoreApplication.translate("ReadingView", "Redo the quiz")
        return text, tip.replace("%1", percent(first / 100))
    return action.iconText(), action.toolTip()


def own_words(kind: str) -> tuple[str, str]:
    """An own text's way on: its exercises, made from its words (the same quiz)."""
    tip = QCoreApplication.translate(
        "ReadingView", "Exercises made from your text: its words and its sentences"
    )
    if kind == "resume":
        return QCoreApplication.translate("ReadingView", "Resume the exercises"), tip
    if kind == "done":
        return QCoreApplication.translate("ReadingView", "Redo the exercises"), tip
    return QCoreApplication.translate("ReadingView", "Exercises"), tip


def quiz_emphasis(view: ReadingView, theme: Theme | None = None) -> None:
    """A finished quiz: the toolbar's « Redo » is a quiet secondary (its play glyph in
    the text's colour), so the end card's « Next article » is the one accent; else the
    row's primary. Called when the state or the theme changes."""
    from quizapp.gui.window.theming import tinted

    button = view.quiz_button
    done = (view.end_card.state or ("",))[0] == "done"
    if (button.property("quiet") == "true") != done:
        button.setProperty("primary", "false" if done else "true")
        button.setProperty("quiet", "true" if done else "false")
        button.style().unpolish(button)
        button.style().polish(button)
    p = (theme or view.passage.theme()).palette
    play = view.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
    button.setIcon(tinted(play, p.text if done else p.on_primary))


def build_toolbar(view: ReadingView) -> QWidget:
    """The slim row over the passage: back, the column switch, Parallel English, Start.
    A widget of its own (`reading_toolbar`) so its quiet look and damped height are one
    place in the style sheet (window/stylesheet_reading.py)."""
    bar = QWidget(view)
    bar.setObjectName("reading_toolbar")
    row = QHBoxLayout(bar)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(view.back_button)
    row.addStretch(1)
    row.addWidget(view.columns.switch)
    row.addStretch(1)
    row.addWidget(view.parallel_button)
    row.addWidget(view.quiz_button)
    return bar


def add_button(view: ReadingView, button: QToolButton) -> None:
    """A button another room brings (Listen): before Parallel English, counted when the
    row is fitted to a narrow window, and the first to fold to its icon."""
    row = view.toolbar.layout()
    row.insertWidget(row.indexOf(view.parallel_button), button)
    view.toolbar_extras = [*getattr(view, "toolbar_extras", []), button]


def set_toolbar_theme(bar: QWidget, theme: Theme) -> None:
    """The row's margins and gaps grow with the chrome (damped), not with the text; its
    buttons are at least the unzoomed target high (big enough, and no taller at zoom)."""
    side = round(SPACING_PX * theme.ui_scale)
    for button in bar.findChildren(QToolButton):
        if not button.property("segment"):
            button.setMinimumHeight(round(TARGET_PX * theme.base_px / BASE_PX))
    row = bar.layout()
    row.setContentsMargins(0, side // 4, 0, side // 4)
    row.setSpacing(side // 2)
    bar.setProperty("inset", round(SPACING_PX * theme.ui_scale * 0.9) + 1)


def mirror_ends(view: ReadingView) -> None:
    """The quiet back button's arrow sits inside its padding (stylesheet_reading's
    toolbar_rules: 0.9 of the chrome's unit, and a 1 px border) and the icon's own
    blank edge: the accent button keeps as much air on the right (measured), so the
    row's two ends mirror each other."""
    bar, back = view.toolbar, view.back_button
    image = back.icon().pixmap(back.iconSize()).toImage()
    ratio = image.devicePixelRatio() or 1.0
    blank = next(
        (
            x
            for x in range(image.width())
            if any(image.pixelColor(x, y).alpha() > 60 for y in range(image.height()))
        ),
        0,
    )
    inset = int(bar.property("inset") or 0) + round(blank / ratio)
    margins = bar.layout().contentsMargins()
    if margins.right() != inset:
        bar.layout().setContentsMargins(0, margins.top(), inset, margins.bottom())


def fit_toolbar(view: ReadingView) -> None:
    """A narrow window or a large zoom: the back button says "Library" rather than its
    whole name, the English translation says « Translation » beside its switch, then
    Listen keeps only its icon, then the back button its arrow (the whole names stay
    in the tooltips and for screen readers), so nothing is cut. The switch keeps its
    word at every width the window allows (a bare switch says nothing of what it
    turns on); only a window narrower than any learner's leaves it bare."""
    mirror_ends(view)
    back, parallel = view.back_button, view.parallel_button
    action, switch = back.defaultAction(), parallel.defaultAction()
    outer, row = view.layout().contentsMargins(), view.toolbar.layout()
    inner = row.contentsMargins()
    room = view.width() - outer.left() - outer.right() - inner.left() - inner.right()
    extras = [b for b in getattr(view, "toolbar_extras", []) if not b.isHidden()]
    for extra in extras:  # icon and word when there is room (Listen), else the icon
        extra.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    others = [b for b in (view.columns.switch, view.quiz_button) if not b.isHidden()]
    room -= sum(b.sizeHint().width() for b in others + extras)
    room -= row.spacing() * (len(others) + 1)  # the gaps between the row's buttons
    room -= 4 * view.fontMetrics().height()  # air between the groups, the same in any language
    full = action.iconText() if action else back.text()
    wide = switch.iconText() if switch else parallel.text()
    short = QCoreApplication.translate("ReadingView", "Library")
    word = QCoreApplication.translate("ReadingView", "Translation", "English translation, narrow")
    icon_only = Qt.ToolButtonStyle.ToolButtonIconOnly
    beside = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    # the switch keeps its word (« Translation ») at every width a window has: Listen
    # folds to its icon first, then the back button to its arrow; bare only when nothing else fits
    steps = ((full, wide), (short, wide), (short, word))
    last = ((short, word), ("", word), ("", ""))
    for folded, tried in (([], steps), (extras, last)):
        for extra in folded:
            room += extra.sizeHint().width()
            extra.setToolButtonStyle(icon_only)
            room -= extra.sizeHint().width()
        for back_text, parallel_text in tried:
            back.setToolButtonStyle(beside if back_text else icon_only)
            if back_text:
                back.setText(back_text)
            _parallel_form(view, parallel_text, parallel_text == wide)
            if back.sizeHint().width() + parallel.sizeHint().width() <= room:
                return


def _parallel_form(view: ReadingView, text: str, wide: bool) -> None:
    """The English translation is one control at every width: its switch, then its whole
    name, a word (« Translation ») when narrower, nothing when narrowest; the switch keeps
    its look. Never a bare « EN » (the quiz's language chips) nor « English » (a language,
    not what it does). What it does and its key stay in the tooltip."""
    button, switch = view.parallel_button, view.parallel_button.defaultAction()
    side = button.iconSize().height()
    button.setToolButtonStyle(
        Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        if text
        else Qt.ToolButtonStyle.ToolButtonIconOnly
    )
    button.setText(text)
    button.setIconSize(QSize(round(side * (SWITCH_RATIO if text else SWITCH_ALONE)), side))
    if text and switch is not None:
        button.setIcon(switch.icon())  # the action's, drawn for this theme
    else:
        button.setIcon(switch_icon(view.passage.theme(), side, alone=not text))
    if switch is not None:  # what it does and its key, at every width
        button.setToolTip(switch.toolTip())
