"""The library's cards and filter row: reading time, the best score's ring, English
subtitles on two lines, and the window's buttons as chips on one row when it fits."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction

from quizapp.core.model import Article, Level, Sentence, TrueFalseQuestion
from quizapp.gui.library.card_marks import WORDS_PER_MINUTE, reading_minutes
from quizapp.gui.library.model import ARTICLE_ROLE
from quizapp.gui.library.view import LibraryView


def article(words: int, title_en: str = "A story", id_: str = "a") -> Article:
    text = " ".join(["mot"] * words)
    return Article(
        id=id_,
        title="Une histoire",
        title_en=title_en,
        level=Level.B1,
        tags=(),
        sentences=(Sentence("s1", text, "words"),),
        questions=(TrueFalseQuestion(id="q", prompt="p", sentences=("s1",), answer=True),),
    )


def test_reading_time_is_rounded_up_at_a_learners_pace():
    assert WORDS_PER_MINUTE == 150
    assert reading_minutes(article(10, id_="short")) == 1
    assert reading_minutes(article(451, id_="long")) == 4


def test_the_meta_line_gives_the_reading_time_after_the_questions(qtbot):
    view = LibraryView()
    qtbot.addWidget(view)
    view.set_articles([article(600)])
    meta = view.cards.meta_text(view.proxy.index(0, 0))
    assert meta.split(" · ")[1] == "≈ 4 min read"  # right after the question count


def test_new_words_are_promised_before_reading_and_never_beside_read_today(qtbot):
    from datetime import date

    view = LibraryView()
    qtbot.addWidget(view)
    view.set_articles([article(600, id_="fresh"), article(600, id_="read")])
    view.set_summaries({"read": {"best": 1.0, "date": date.today().isoformat()}})
    view.model.set_new_words({"fresh": 117, "read": 117})
    metas = {}
    for row in range(view.model.rowCount()):  # the list's cards and the « Continue » card's
        index = view.model.index(row, 0)
        metas[index.data(ARTICLE_ROLE).id] = view.cards.meta_text(index)
    assert "117 new word" in metas["fresh"]  # (plural forms come from the catalogue)
    assert "read today" in metas["read"] and "117" not in metas["read"]
    fresh = next(
        view.model.index(r, 0)
        for r in range(view.model.rowCount())
        if view.model.index(r, 0).data(ARTICLE_ROLE).id == "fresh"
    )
    view.model.set_new_words({"fresh": 0})  # nothing new: no "0 new words"
    assert "new word" not in view.cards.meta_text(fresh)
    # a learner with no history: the count is every word of the article, so nothing, no gap
    view.model.set_new_words({"fresh": 117}, shown=False)
    meta = view.cards.meta_text(fresh)
    assert "new word" not in meta and "117" not in meta and not meta.endswith(" · ")


def test_a_long_english_title_wraps_to_two_lines_instead_of_eliding(qtbot):
    view = LibraryView()
    qtbot.addWidget(view)
    english = "Odile Marchand, marathon runner at 61: “The hardest part is in your head”"
    view.set_articles([article(100, title_en=english)])
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    index = view.proxy.index(0, 0)
    layout = view.cards._layout(QRect(0, 0, view.table.viewport().width(), 0), index)
    assert len(layout.english) == 2
    assert " ".join(layout.english).replace("  ", " ") == english
    assert not any("…" in line for line in layout.english)


def shown_on_one_row(view: LibraryView) -> bool:
    tops = {w.geometry().center().y() for w in (view.search, view.level, view.tag)}
    return len(tops) == 1


def test_the_review_chip_keeps_the_filters_on_one_row_when_wide(qtbot):
    view = LibraryView()
    qtbot.addWidget(view)
    view.set_articles([article(100)])
    action = QAction("Review (12 due)", view)
    button = view.add_toolbar_action(action)
    assert button.property("library") == "chip"
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: shown_on_one_row(view))
    assert button.geometry().center().y() == view.search.geometry().center().y()
    assert button.geometry().left() > view.tag.geometry().right()
    clicks = []
    action.triggered.connect(lambda: clicks.append(1))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicks == [1]


def test_a_narrow_library_puts_the_chip_beside_the_search(qtbot):
    view = LibraryView()
    qtbot.addWidget(view)
    view.set_articles([article(100)])
    button = view.add_toolbar_action(QAction("Review (12 due)", view))
    view.resize(480, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not shown_on_one_row(view))
    search, chip = view.search.geometry(), button.geometry()
    assert chip.center().y() == search.center().y() and chip.left() > search.right()
    assert view.level.geometry().top() > search.bottom()
    assert chip.right() <= view.width()


def test_the_search_keeps_its_width_when_the_chip_gets_a_count(qtbot):
    from quizapp.gui.library.filter_row import RESERVE_EMS

    view = LibraryView()
    qtbot.addWidget(view)
    view.set_articles([article(100)])
    action = QAction("Review 1 word", view)
    button = view.add_toolbar_action(action, reserve="Review 99 words")
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: shown_on_one_row(view))
    view.layout().activate()
    before = view.search.width()
    action.setText("Review 12 words")
    view.layout().activate()
    assert view.search.width() == before and shown_on_one_row(view)
    action.setText("Review 1 word")  # and back: the room stays reserved
    view.layout().activate()
    assert view.search.width() == before
    # a far longer possible text is not all held back from the search: a few ems at most
    button.setProperty("reserve", "Review 99 questions, 99 words and 99 more")
    view.resize(1401, 800)
    qtbot.waitUntil(lambda: view.search.width() != before or view.width() == 1401)
    em = button.fontMetrics().horizontalAdvance("m")
    assert button.minimumWidth() <= button.sizeHint().width() + RESERVE_EMS * em


def test_the_search_takes_the_free_width_with_a_magnifier_and_a_clear_button(qtbot):
    view = LibraryView()
    qtbot.addWidget(view)
    view.set_articles([article(100)])
    view.add_toolbar_action(QAction("Review 1 word", view), reserve="Review 99 questions")
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: shown_on_one_row(view))
    view.layout().activate()
    assert view.search.isClearButtonEnabled()
    assert len(view.search.actions()) == 1 and not view.search.actions()[0].icon().isNull()
    em = view.search.fontMetrics().horizontalAdvance("m")
    assert view.search.width() >= 24 * em  # the row's free width, not a narrow field
    assert view.search.width() > view.level.width() + view.tag.width()


def test_a_hyphenated_name_in_a_title_never_splits_at_its_hyphen(qtbot):
    view = LibraryView()
    qtbot.addWidget(view)
    font = view.cards._font("question", 600, serif=True)
    title = "Une bibliothèque d’outils ouvre à Saint-Aubin"
    splits = 0
    for width in range(120, 700, 6):
        lines = view.cards._title_lines(title, font, width)
        assert not any(line.endswith(("Saint-", "Saint\u2011")) for line in lines), width
        splits += len(lines) > 1
    assert splits  # the widths tried did wrap the title


def test_finishing_an_article_never_rewraps_its_title(qtbot):
    from dataclasses import replace
    from datetime import date

    view = LibraryView()
    qtbot.addWidget(view)
    long_title = "Odile Marchand, marathonienne à 61 ans : « Le plus dur, c’est la tête »"
    view.set_articles([replace(article(100, id_="odile"), title=long_title)])
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    rect = QRect(0, 0, view.table.viewport().width(), 0)
    before = view.cards._layout(rect, view.proxy.index(0, 0))
    view.set_summaries({"odile": {"best": 1.0, "date": date.today().isoformat()}})
    after = view.cards._layout(rect, view.proxy.index(0, 0))
    assert after.text_width == before.text_width
    assert after.title == before.title


def test_scrolled_cards_pass_under_a_hairline_not_a_hard_cut(qtbot):
    view = LibraryView()
    qtbot.addWidget(view)
    view.set_articles([article(100, id_=f"a{n}") for n in range(12)])
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    bar = view.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert view.table.property("scrolled") in (None, "false")
    bar.setValue(bar.maximum())
    assert view.table.property("scrolled") == "true"
    bar.setValue(0)
    assert view.table.property("scrolled") == "false"


def test_the_strong_focus_ring_is_the_keyboard_s_and_the_lens_follows_the_zoom(qtbot):
    from PySide6.QtWidgets import QStyle

    from quizapp.gui.window.theme import Theme

    view = LibraryView()
    qtbot.addWidget(view)
    view.set_articles([article(100), article(200)])
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    table = view.table
    table.setFocus(Qt.FocusReason.OtherFocusReason)  # at load: the first card current, calm
    qtbot.waitUntil(table.hasFocus)
    assert not table.keyboard
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the arrows: the keyboard's place, ringed
    assert table.keyboard
    first = table.visualRect(view.proxy.index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert not table.keyboard  # a click: calm again
    view.search.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(view.search.hasFocus)
    for _ in range(8):  # Tab along the filters into the list
        if table.hasFocus():
            break
        qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Tab)
    assert table.hasFocus() and table.keyboard
    icon = QStyle.PixelMetric.PM_LineEditIconSize
    small = view.search.style().pixelMetric(icon, None, view.search)
    view.set_theme(Theme(zoom=6))
    large = view.search.style().pixelMetric(icon, None, view.search)
    assert large == Theme(zoom=6).px("body") > small == Theme().px("body")


def test_a_narrow_card_puts_its_button_beside_the_meta_line_not_on_a_row_of_its_own(qtbot):
    """The largest zoom in a 900 px window: the card is as tall as its words."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    from quizapp.gui.window.settings import ZOOM_MAX

    view = LibraryView()
    qtbot.addWidget(view)
    theme = view.cards.theme.with_zoom(ZOOM_MAX)
    view.set_theme(theme)
    view.set_articles([article(600, id_="fresh"), article(600, id_="read")])
    view.set_summaries({"read": {"best": 0.8, "date": "2026-12-01"}})
    for row in range(2):
        index = view.model.index(row, 0)
        geo = view.cards._layout(QRect(0, 0, 884, 0), index)
        assert geo.card.width() < theme.space(75)  # narrow: the stacked layout
        caption = QFontMetrics(view.cards._font("caption"))
        widest = max(caption.horizontalAdvance(line) for line in geo.meta)
        assert geo.text_left + widest < geo.action.left()  # beside the meta line
        assert geo.card.bottom() - geo.action.bottom() <= theme.padding + 1  # at the foot
        if index.data(ARTICLE_ROLE).id == "read":  # the best score across from the chip
            assert (
                geo.state.top() < geo.text_top + geo.head and geo.state.right() > geo.action.left()
            )
