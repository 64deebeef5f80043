"""« Mes mots · Historique · Coller un texte… » under the greeting: visible ways to My
words, History and pasting a text, on the window's own actions, reachable by mouse and
keyboard at every zoom."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from quizapp.gui.window.settings import ZOOM_MAX
from tests.gui import progress_helpers

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win


def links_of(win):
    links = win.library_view.header.links
    assert links is not None
    return links


def test_the_links_open_my_words_history_and_the_paste_box(qtbot, win):
    links = links_of(win)
    words, history, paste, open_file = links.buttons
    assert words.defaultAction() is win.actions_by_name["words"]  # the menu's, not a copy
    assert history.defaultAction() is win.actions_by_name["history"]
    assert paste.defaultAction() is win.actions_by_name["paste_text"]
    assert open_file.defaultAction() is win.actions_by_name["open_text"]
    texts = [b.text() for b in links.buttons]
    assert texts == ["My words", "History", "Paste a text", "Open a file"]
    qtbot.waitUntil(words.isVisible)
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.current_screen() == "words")
    win.show_screen("library")
    history.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(history, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: win.current_screen() == "history")


def test_tab_goes_from_the_links_to_the_search_and_back(qtbot, win):
    words, history, paste, open_file = links_of(win).buttons
    qtbot.waitUntil(words.isVisible)
    words.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(words, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is history
    qtbot.keyClick(history, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is paste
    qtbot.keyClick(paste, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is open_file
    qtbot.keyClick(open_file, Qt.Key.Key_Tab)
    search = win.library_view.search
    assert QApplication.focusWidget() is search
    qtbot.keyClick(search, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is open_file


def test_the_links_fit_under_the_greeting_at_every_zoom(qtbot, win):
    view = win.library_view
    links = links_of(win)

    def box(widget) -> QRect:
        return QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())

    open_file = links.buttons[-1]
    for lang in ("en", "fr"):
        win.translators.install(lang)
        for zoom in (0, ZOOM_MAX):
            win.settings.zoom = zoom
            win.theme_hub.refresh()
            for size in ((900, 700), (1400, 900)):
                check_links(view, links, box, zoom, size)
                if zoom == 0:  # « Open a file » beside « Paste a text » while it fits whole
                    assert open_file.isVisible(), (lang, size)
    win.translators.install("en")


def check_links(view, links, box, zoom: int, size: tuple[int, int]) -> None:
    """Every link shown whole, clear of the search and the greeting (a spare one may
    step aside into « More ▾ » rather than be cut)."""
    view.window().resize(*size)
    view.header.set_collapsed(False)
    for _ in range(3):
        QApplication.processEvents()
    shown = [b for b in links.buttons if not b.isHidden()]
    aside = [b for b in links.buttons if b.isHidden()]
    assert links.buttons[:2] == shown[:2]  # only the spare links ever step aside
    assert all(b in links.spare for b in aside)
    menu = links.more.menu().actions()
    assert all(b.defaultAction() in menu for b in aside) and links.more.isHidden() != bool(aside)
    for button in [*shown, links.more] if aside else shown:
        assert button.isVisible() and view.rect().contains(box(button)), (zoom, size)
        assert button.width() >= button.sizeHint().width()  # never cut
        assert not box(button).intersects(box(view.search)), (zoom, size)
        assert not box(button).intersects(box(view.greeting.hello)), (zoom, size)


def test_the_paste_link_opens_the_paste_box(qtbot, win):
    from quizapp.gui.library.paste_dialog import PasteDialog

    paste = links_of(win).buttons[2]
    qtbot.waitUntil(paste.isVisible)
    qtbot.mouseClick(paste, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.findChild(PasteDialog, "paste_dialog") is not None)
    dialog = win.findChild(PasteDialog, "paste_dialog")
    qtbot.waitExposed(dialog)
    dialog.reject()
