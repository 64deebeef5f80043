"""A word bank (cloze and match chips) never gives the answer away by its order."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QWidget

from quizapp.core.quiz.session import QuizSession
from quizapp.gui.quiz.answer_widgets import make_answer_widget
from tests.gui.quiz_fixtures import load

SEEDS = range(200)


def chips(widget: QWidget) -> list[str]:
    """The words of a bank, as its chips show them, left to right."""
    return [chip.text() for chip in widget.word_bank.chips]


def test_a_cloze_word_bank_is_in_an_order_unrelated_to_the_answer(qtbot, tmp_path) -> None:
    article = load(tmp_path)
    q = article.question("q7")  # [montagne] … [mer], choices: montagne, mer, plage
    first = Counter()
    where = [Counter() for _ in q.blanks]
    for seed in SEEDS:
        widget = make_answer_widget(q, QuizSession(article, seed=seed), None)
        qtbot.addWidget(widget)
        bank = chips(widget)  # one bank for every blank
        assert sorted(bank) == sorted(q.choices)
        first[bank[0]] += 1
        for n, alts in enumerate(q.blanks):
            where[n][bank.index(alts[0])] += 1
        widget.deleteLater()
    # every word comes first sometimes, and none nearly always (a fair shuffle: ~1/3 each)
    assert set(first) == set(q.choices)
    assert max(first.values()) < 0.5 * len(SEEDS)
    for counts in where:  # the right word of each blank sits at every place of the bank
        assert set(counts) == {0, 1, 2}
        assert max(counts.values()) < 0.5 * len(SEEDS)


def test_match_chips_are_in_an_order_unrelated_to_the_answer(qtbot, tmp_path) -> None:
    article = load(tmp_path)
    q = article.question("q8")
    file_order = [p.right for p in q.pairs]
    first = Counter()
    for seed in SEEDS:
        widget = make_answer_widget(q, QuizSession(article, seed=seed), None)
        qtbot.addWidget(widget)
        bank = chips(widget)
        assert bank != file_order
        assert sorted(bank) == sorted(file_order)
        first[bank[0]] += 1
        widget.deleteLater()
    assert set(first) == set(file_order)
    assert max(first.values()) < 0.6 * len(SEEDS)


def test_a_clozes_slots_share_one_width_empty_filled_or_active(qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QApplication

    from quizapp.gui.window.stylesheet import style_sheet
    from quizapp.gui.window.theme import Theme
    from tests.gui.quiz_fixtures import click

    article = load(tmp_path)
    q = article.question("q7")
    app = QApplication.instance()
    for zoom in (0, 6):
        theme = Theme(zoom=zoom)
        app.setStyleSheet(style_sheet(theme))  # the window's pills, padding and borders
        try:
            widget = make_answer_widget(q, QuizSession(article, seed=3), None)
            qtbot.addWidget(widget)
            widget.set_theme(theme)
            widget.resize(900, 400)
            widget.show()
            qtbot.waitExposed(widget)
            slots = widget.filler.slots
            widths = {slot.width() for slot in slots}
            assert len(widths) == 1, widths  # empty: one width, the longest word's
            shortest = min(widget.word_bank.chips, key=lambda c: len(c.text()))
            click(qtbot, slots[0])
            click(qtbot, shortest)  # the shortest word in the first slot
            qtbot.waitUntil(lambda: slots[0].text() == shortest.text())  # noqa: B023
            qtbot.waitUntil(lambda: len({s.sizeHint().width() for s in slots}) == 1)  # noqa: B023
        finally:
            app.setStyleSheet("")
