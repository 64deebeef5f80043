"""The window's chrome around the learner: the avatar at the greeting's end (its initials,
its tint, its spoken name) and a status bar that holds only its words, elided, never
overlapped, at every size and zoom."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from quizapp.gui.progress.avatar import TINTS, avatar_colours, initials
from quizapp.gui.window.settings import ZOOM_MAX
from quizapp.gui.window.theme import DARK, LIGHT, contrast
from tests.gui import progress_helpers
from tests.gui.progress_helpers import bridge

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win


def test_initials_and_a_stable_tint_that_reads():
    assert initials("Camille Durand") == "CD"
    assert initials("kim") == "K"
    assert initials("Jean-Luc") == "JL"
    assert initials("  ") == "?"
    for palette in (LIGHT, DARK):
        assert avatar_colours(palette, "Camille") == avatar_colours(palette, "camille ")
        for role in TINTS:
            ink, tint = getattr(palette, role), getattr(palette, f"{role}_tint")
            assert contrast(ink, tint) >= 4.5, (role, palette.dark)
    tints = {avatar_colours(LIGHT, name) for name in ("Kim", "Léo", "Max", "Zoe", "Ines", "Sam")}
    assert len(tints) > 1  # learners are told apart


def on_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def settle(qtbot, window) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(20)  # the library's second fit (a zero timer) after a zoom's style sheet


def test_the_avatar_ends_the_greeting_and_the_status_bar_never_overlaps(qtbot, win):
    picker = bridge(win).picker
    greeting = win.library_view.greeting
    assert greeting.isAncestorOf(picker) and not win.statusBar().isAncestorOf(picker)
    assert picker.avatar.accessibleName() == "Profile: Kim — switch learner, level…"
    long = "6 articles · " + "Questions " * 12 + "bank"
    for zoom in (0, ZOOM_MAX):
        win.settings.zoom = zoom
        win.theme_hub.refresh()
        for width, height in ((900, 700), (1400, 900)):
            win.resize(width, height)
            for text in (win.status.text(), long):
                win.status.setText(text)
                settle(qtbot, win)
                assert win.width() == width  # the status never holds the window wider
                bar = win.statusBar()
                label = on_window(win.status)
                assert on_window(bar).contains(label), (zoom, width, text)
                others = [w for w in bar.findChildren(QWidget) if w.parent() is bar]
                for other in others:  # what the status bar holds beside its words
                    if other.isVisible() and other is not win.status:
                        assert not on_window(other).intersects(label), other
                avatar = on_window(picker.avatar)
                assert on_window(greeting).contains(avatar), (zoom, width)
                assert not avatar.intersects(on_window(greeting.hello))
                if greeting.week.isVisible():
                    assert not avatar.intersects(on_window(greeting.week))
    assert (
        win.status.toolTip() == f"Articles folder: {win.bank}"
    )  # the bank's whole path, as before


@progress_helpers.POPUP_LOGS
def test_the_name_field_opens_beside_the_words_without_covering_them(qtbot, win):
    picker = bridge(win).picker
    greeting = win.library_view.greeting
    win.settings.zoom = ZOOM_MAX  # the field, its buttons and the words: little room
    win.theme_hub.refresh()
    win.resize(900, 700)
    settle(qtbot, win)
    progress_helpers.avatar_menu(qtbot, win, "Add a learner…")
    assert picker.name.isVisible() and picker.name.hasFocus()

    def whole(label) -> bool:  # on one line at its full width, or wrapped under the greeting
        return label.wordWrap() or label.width() >= label.fontMetrics().horizontalAdvance(
            label.text()
        )

    # a short window at this zoom: the quick links in the facts' place, beside the ring
    assert greeting.inline is win.library_view.header.links and not greeting.facts.isVisible()
    qtbot.waitUntil(lambda: whole(greeting.hello))
    assert not on_window(picker).intersects(on_window(greeting.inline))
    assert not on_window(picker).intersects(on_window(greeting.hello))
    qtbot.keyClick(picker.name, Qt.Key.Key_Escape)
    assert not picker.name.isVisible() and picker.avatar.isVisible()
