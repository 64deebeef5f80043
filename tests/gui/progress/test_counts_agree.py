"""After a quiz with right, wrong, partly right and skipped answers, the summary's
"Review mistakes (N)", the Mistakes screen and History count the same questions."""

from __future__ import annotations

from quizapp.gui.quiz.summary_list import SIGN_ROLE
from tests.gui import progress_helpers
from tests.gui.progress_helpers import (
    answer,
    bridge,
    finish,
    next_question,
    open_article,
    start_practice,
)
from tests.gui.quiz_fixtures import answer_current, click

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win


def test_summary_mistakes_and_history_count_the_same_questions(qtbot, win):
    open_article(qtbot, win, "tous-les-types")
    panel = start_practice(qtbot, win)
    answer(qtbot, win)  # q1 right
    next_question(qtbot, win)
    q2 = panel.session.current  # multi: one right option of two is partly right
    one_right = {next(i for i, o in enumerate(q2.options) if o.correct)}
    answer_current(qtbot, panel, one_right)
    with qtbot.waitSignal(bridge(win).saved, timeout=5000):
        click(qtbot, panel.page.check_button)
    click(qtbot, panel.page.give_up_button)
    assert 0 < panel.session.question_score(q2.id) < q2.points
    next_question(qtbot, win)
    answer(qtbot, win, right=False)  # q3 wrong (true/false: one try)
    finish(qtbot, win)  # q4 to q10 skipped
    summary = panel.summary
    result = summary.result
    assert result.mistakes == ("q2", "q3")
    assert result.skipped == tuple(f"q{n}" for n in range(4, 11))
    assert summary.review_button.text() == "Review mistakes (2)"
    cards = summary.questions_list.model()
    signs = [cards.index(r, 0).data(SIGN_ROLE) for r in range(cards.rowCount())]
    assert signs == ["✓", "◐", "✗"] + ["–"] * 7  # skipped, not wrong

    screens = win.progress_screens
    screens.show("mistakes")
    listed = sorted(
        r.question_id for r in screens.mistakes.rows if r.article_id == "tous-les-types"
    )
    assert listed == ["q2", "q3"]
    assert "2 questions to review" in screens.mistakes.count.text()

    screens.history_article = "tous-les-types"
    screens.show("history")
    rows = {r.question_id: r for r in screens.history._rows}
    below = sorted(q for q, r in rows.items() if r.attempted and r.full_marks < r.attempted)
    assert below == ["q2", "q3"]
    assert all(rows[f"q{n}"].attempted == 0 for n in range(4, 11))  # skipped: not counted
