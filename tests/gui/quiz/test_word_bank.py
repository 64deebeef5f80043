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


def test_empty_slots_share_one_width_and_a_filled_one_hugs_its_word(qtbot, tmp_path) -> None:
    """No empty blank gives its answer's length away; a filled one is as wide as its
    word, in one weight, with even padding either side of the left-aligned text."""
    from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton

    from quizapp.gui.window.stylesheet import style_sheet
    from quizapp.gui.window.theme import Theme
    from tests.gui.quiz_fixtures import click

    article = load(tmp_path)
    q = article.question("q7")  # [montagne] … [mer], choices: montagne, mer, plage
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
            assert slots[0].property("active") == "true"  # active or not: one width
            assert len({slot.width() for slot in slots}) == 1
            chips = {chip.word: chip for chip in widget.word_bank.chips}
            click(qtbot, chips["montagne"])
            click(qtbot, chips["mer"])
            qtbot.waitUntil(lambda: [s.text() for s in slots] == ["montagne", "mer"])  # noqa: B023
            qtbot.waitUntil(lambda: slots[0].width() > slots[1].width())  # noqa: B023
            assert slots[0].font().weight() == slots[1].font().weight() >= 600
            for slot in slots:
                option = QStyleOptionButton()
                slot.initStyleOption(option)
                inner = slot.style().subElementRect(
                    QStyle.SubElement.SE_PushButtonContents, option, slot
                )
                left, right = inner.left(), slot.width() - 1 - inner.right()
                assert abs(left - right) <= 1  # even padding
                assert inner.width() >= slot.fontMetrics().horizontalAdvance(slot.text())
                assert inner.width() - slot.fontMetrics().horizontalAdvance(slot.text()) <= max(
                    4, slot.fontMetrics().horizontalAdvance("mm")
                )  # hugs the word
        finally:
            app.setStyleSheet("")
