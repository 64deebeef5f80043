"""A match's bank stays in reach: docked under the pairs while they scroll, at home
(under the pairs) when everything fits or once the answer is checked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from quizapp.gui.quiz.answer_match import MatchAnswer
from quizapp.gui.quiz.fit_scroll import FitScroll
from tests.gui.quiz_fixtures import click, load


@pytest.fixture
def page(qtbot, tmp_path):
    """A match in a FitScroll with a Check button under it, as on the question page."""
    q = load(tmp_path).question("q8")  # Léa, Hugo, Lyon
    top = QWidget()
    qtbot.addWidget(top)
    scroll = FitScroll(top)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget(scroll)
    column = QVBoxLayout(body)
    answer = MatchAnswer(q, (2, 0, 1), body)
    column.addWidget(answer)
    column.addStretch(1)
    scroll.setWidget(body)
    check = QPushButton("Check", top)
    layout = QVBoxLayout(top)
    layout.addWidget(scroll)
    layout.addWidget(check)
    QWidget.setTabOrder(answer.word_bank.chips[-1], check)
    top.resize(420, 900)
    top.show()
    qtbot.waitExposed(top)
    return top, scroll, answer, check


def test_the_bank_stays_home_when_all_fits(qtbot, page):
    _top, scroll, answer, _check = page
    answer.dock.update()  # what the event loop's next turn decides
    assert not answer.dock.is_docked
    assert answer.word_bank.parentWidget() is answer
    assert scroll.verticalScrollBar().maximum() == 0


def test_a_short_pane_docks_the_bank_under_the_pairs_and_it_still_works(qtbot, page):
    top, scroll, answer, check = page
    bank = answer.word_bank
    top.resize(420, 190)  # the pairs and the bank need more
    qtbot.waitUntil(lambda: answer.dock.is_docked)
    band = answer.dock.band
    assert bank.parentWidget() is band and band.isVisible()
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)  # the pairs scroll
    # the band: under the scroll area, above Check, all of it in the window
    assert scroll.geometry().bottom() < band.geometry().top()
    assert band.geometry().bottom() < check.geometry().top()
    assert check.geometry().bottom() < top.height()
    assert band.height() >= bank.heightForWidth(bank.width())
    assert bank.chips[0].isVisible()
    # taps and keys work from the band
    click(qtbot, bank.chips[0])
    assert answer.slots[0].value == bank.chips[0].word
    top.activateWindow()
    bank.chips[1].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(bank.chips[1].hasFocus)
    assert bank.chips[0].isHidden()  # placed: it left the band
    qtbot.keyClick(bank.chips[1], Qt.Key.Key_2)  # 1–9 reach the answer: the 2nd chip left
    assert answer.slots[1].value == bank.chips[2].word
    qtbot.keyClick(bank.chips[1], Qt.Key.Key_Return)  # the last slot
    assert all(slot.value for slot in answer.slots)
    assert check.hasFocus()  # Tab order kept: the chips, then Check
    with qtbot.waitSignal(answer.submit_requested):
        qtbot.keyClick(band, Qt.Key.Key_Return)  # Enter in the band checks, as in the answer
    # a taller pane: home again, the viewport whole
    top.resize(420, 900)
    qtbot.waitUntil(lambda: not answer.dock.is_docked)
    assert bank.parentWidget() is answer and not band.isVisible()


def test_checking_brings_the_bank_home(qtbot, page):
    top, _scroll, answer, _check = page
    top.resize(420, 190)  # the pairs and the bank need more
    qtbot.waitUntil(lambda: answer.dock.is_docked)
    answer.set_locked(True)
    assert not answer.dock.is_docked and answer.word_bank.parentWidget() is answer
    band = answer.dock.band  # hidden, still the answer's: never a parentless window
    assert band.isHidden() and band.parentWidget() is answer and band.isWindow() is False


def test_a_docked_match_starts_at_its_top_and_then_follows_the_pair_to_fill(qtbot, tmp_path):
    """A short pane (a large zoom in a small window): the bank docks; a question not yet
    begun is met from its top (the prompt in sight); once a word is placed the pair
    waiting for the next one stays in view, above the bank that fills it."""
    from PySide6.QtWidgets import QLabel

    q = load(tmp_path).question("q8")
    top = QWidget()
    qtbot.addWidget(top)
    scroll = FitScroll(top)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget(scroll)
    column = QVBoxLayout(body)
    prompt = QLabel("Associez chaque personne à sa ville.", body)
    prompt.setFixedHeight(120)  # a tall prompt: the first pair starts below the fold
    column.addWidget(prompt)
    answer = MatchAnswer(q, (2, 0, 1), body)
    column.addWidget(answer)
    column.addStretch(1)
    scroll.setWidget(body)
    layout = QVBoxLayout(top)
    layout.addWidget(scroll)
    top.resize(420, 900)
    top.show()
    qtbot.waitExposed(top)
    with qtbot.waitSignal(answer.dock.moved):
        top.resize(420, 230)  # a zoom or a smaller window: the bank docks
    assert answer.dock.is_docked
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0 and prompt.visibleRegion().boundingRect().top() == 0  # not begun
    top.resize(420, 900)
    qtbot.waitUntil(lambda: not answer.dock.is_docked)
    click(qtbot, answer.word_bank.chips[0])  # a word placed while all fits
    with qtbot.waitSignal(answer.dock.moved):
        top.resize(420, 230)  # docked again: now the pair to fill is what shows
    waiting = answer.cards[answer.filler.active]
    qtbot.waitUntil(
        lambda: (
            waiting.mapTo(scroll.viewport(), waiting.rect().bottomLeft()).y()
            <= scroll.viewport().height()
        )
    )
    click(qtbot, next(c for c in answer.word_bank.chips if not c.isHidden()))
    last = answer.cards[answer.filler.active]
    qtbot.waitUntil(lambda: bar.value() > 0)  # it followed the pair still to fill
    inside = last.mapTo(scroll.viewport(), last.rect().bottomLeft()).y()
    assert inside <= scroll.viewport().height()
