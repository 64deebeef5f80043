"""After full marks, the summary's next step is the library's next unread article, in
the library's own order (going round after the last one); with every other article at
100 %, a reread of the one read longest ago."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.quiz_fixtures import click


def full_marks(qtbot, window):
    """Take the sample article's one question right (key 2, Faux, then Enter)."""
    qtbot.keyClick(window, Qt.Key.Key_F5)
    panel = window.quiz.panel
    click(qtbot, panel.chooser.practice_button)
    qtbot.keyClick(panel.widget, Qt.Key.Key_2)
    with qtbot.waitSignal(panel.controller.answered):
        qtbot.keyClick(panel.widget, Qt.Key.Key_Return)
    with qtbot.waitSignal(panel.controller.session_finished):
        qtbot.keyClick(panel.page.finish_button, Qt.Key.Key_Return)
    assert panel.stack.currentWidget() is panel.summary
    return panel


def sorted_with_sample(library, last: bool):
    """Sort the library by title so that the sample article comes last, or not."""
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        library.proxy.sort(0, order)
        shown = library.visible_articles()
        if (shown[-1].id == "armes-belarus") == last:
            return shown
    raise AssertionError("the sample bank needs two articles")


def test_full_marks_open_the_next_article_of_the_library(qtbot, reading):
    shown = sorted_with_sample(reading.library_view, last=False)
    here = [a.id for a in shown].index("armes-belarus")
    panel = full_marks(qtbot, reading)
    summary = panel.summary
    assert summary.next_button.text() == "Next article →"
    assert summary.next_button.caption == shown[here + 1].title  # named inside it
    assert summary.footer.primary is summary.next_button
    assert summary.next_button.property("primary") == "true"
    assert shown[here + 1].title in summary.next_button.toolTip()
    click(qtbot, summary.next_button)
    assert reading.current_screen() == "reading"
    assert reading.reading_view.article.id == shown[here + 1].id
    assert reading.reading_view.side_panel() is None  # the finished quiz closed


def test_after_the_last_article_the_way_on_goes_round_to_the_first_unread(qtbot, reading):
    shown = sorted_with_sample(reading.library_view, last=True)
    summary = full_marks(qtbot, reading).summary
    assert summary.next_button.text() == "Next article →"
    assert summary.next_button.caption == shown[0].title
    click(qtbot, summary.next_button)
    assert reading.reading_view.article.id == shown[0].id


def test_with_every_other_article_at_full_marks_the_way_on_is_a_text_of_one_s_own(
    qtbot, reading, monkeypatch
):
    """Every article read at full marks: said as an achievement over « Paste a text of
    your own » (something new to read), never a reread of another article."""
    from quizapp.gui.library.paste_dialog import PasteDialog

    library = reading.library_view
    sorted_with_sample(library, last=False)
    perfect = {"best": 1.0, "date": "2026-01-02"}
    real = library.model.summary
    monkeypatch.setattr(
        library.model, "summary", lambda i: real(i) if i == "armes-belarus" else perfect
    )
    summary = full_marks(qtbot, reading).summary
    assert summary.primary is summary.next_button
    assert summary.next_button.text() == "Paste a text of your own"
    assert summary.next_button.caption_line(2000) == "You have read every article"
    click(qtbot, summary.next_button)
    qtbot.waitUntil(lambda: reading.findChild(PasteDialog, "paste_dialog") is not None)
    dialog = reading.findChild(PasteDialog, "paste_dialog")
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()


def test_the_summary_opens_at_its_top_on_the_first_answer_and_enter_reviews_it(qtbot, reading):
    panel = full_marks(qtbot, reading)
    summary = panel.summary
    cards = summary.questions_list
    assert summary.focusWidget() is cards and cards.currentIndex().row() == 0
    bar = summary.scroll.verticalScrollBar()
    assert bar.value() == 0  # the score first
    assert "press Enter" in summary.table_help.text()
    for language, zoom, size in (("fr", 6, (900, 700)), ("en", 0, (1400, 900))):
        reading.set_language(language)  # what the screenshots do: it stays at its top
        reading.settings.zoom = zoom
        reading.theme_hub.refresh()
        reading.resize(*size)
        qtbot.waitUntil(lambda size=size: reading.width() == size[0])
        assert bar.value() == 0 and summary.focusWidget() is cards
    with qtbot.waitSignal(summary.question_requested) as blocker:
        qtbot.keyClick(cards, Qt.Key.Key_Return)  # not « Next article »
    assert blocker.args == [0]
    assert panel.stack.currentWidget() is not summary  # the question, with its answer


def test_the_summary_takes_the_window_with_the_result_beside_the_answers(qtbot, reading):
    """A wide window: the text column makes room, the result on the left and « Your
    answers » on the right, both in view; a looked-up word's chip brings the text back
    beside them, and a narrower window stacks them again."""
    from PySide6.QtCore import QPoint

    reading.resize(1400, 900)
    qtbot.waitUntil(lambda: reading.width() == 1400)
    panel = full_marks(qtbot, reading)
    summary, view = panel.summary, reading.reading_view
    qtbot.waitUntil(lambda: view.column.isHidden() and summary.columns.wide)
    assert not view.parallel_button.isVisible()  # no text on screen to put English beside
    cards, head = summary.questions_list, summary.head
    assert cards.parentWidget() is summary.columns.page
    right = head.mapTo(summary, QPoint(head.width(), 0)).x()
    assert right <= cards.mapTo(summary, QPoint(0, 0)).x()  # side by side
    bottom = summary.columns.side.viewport()
    assert cards.visibleRegion().boundingRect().height() > 0 and bottom.isVisible()
    summary.question_requested.emit(0)  # a card: its question, the text beside it
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.page)
    assert view.column.isVisible() and view.parallel_button.isVisible()  # back as it was
    click(qtbot, panel.page.finish_button)  # « Back to the summary »: the window again
    qtbot.waitUntil(lambda: view.column.isHidden() and summary.isVisible())
    view.columns.show_column("text")  # as the summary's word chip asks
    qtbot.waitUntil(lambda: view.column.isVisible())
    qtbot.waitUntil(lambda: not summary.columns.wide)  # half the window: stacked
    assert cards.parentWidget() is summary.content
