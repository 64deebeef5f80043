"""The header's answer streak: three right first time in a row earn a warm pill,
a wrong answer ends it."""

from __future__ import annotations

from quizapp.core.grading.responses import right_response
from tests.gui.quiz_fixtures import answer_current, click, load, make_host, wrong_answer


def start(qtbot, tmp_path):
    article = load(tmp_path)
    _view, panel = make_host(qtbot, article, width=1300)  # room for the pill and all words
    click(qtbot, panel.chooser.practice_button)
    return article, panel


def answer(qtbot, panel, response) -> None:
    answer_current(qtbot, panel, response)
    click(qtbot, panel.page.check_button)


def test_three_right_in_a_row_show_the_pill_and_a_wrong_answer_ends_it(qtbot, tmp_path):
    article, panel = start(qtbot, tmp_path)
    pill = panel.page.head.streak
    for number in range(3):
        assert not pill.isVisible()  # not yet: 0, 1, then 2 in a row
        answer(qtbot, panel, right_response(article.questions[number]))
        if number < 2:
            click(qtbot, panel.page.next_button)
    assert pill.isVisible() and pill.text() == "3 in a row"  # on the third verdict
    click(qtbot, panel.page.next_button)
    assert pill.isVisible()  # the run is kept on the next, open question
    answer(qtbot, panel, wrong_answer(article.questions[3]))
    assert not pill.isVisible() and pill.count == 0
    click(qtbot, panel.page.give_up_button)
    click(qtbot, panel.page.next_button)
    answer(qtbot, panel, right_response(article.questions[4]))
    assert not pill.isVisible() and pill.count == 1  # a new run starts from one


def test_a_second_try_does_not_count_as_right_first_time(qtbot, tmp_path):
    article, panel = start(qtbot, tmp_path)
    pill = panel.page.head.streak
    for number in range(2):
        answer(qtbot, panel, right_response(article.questions[number]))
        click(qtbot, panel.page.next_button)
    answer(qtbot, panel, wrong_answer(article.questions[2]))
    click(qtbot, panel.page.retry_button)
    answer(qtbot, panel, right_response(article.questions[2]))
    assert pill.count == 0 and not pill.isVisible()


def test_short_of_room_the_pill_goes_first_and_never_costs_the_mode_its_words(qtbot, tmp_path):
    """The pill shows only beside every other word whole: the mode chip says
    « Practice · 2 tries » whether a run is on or not, and short of room the pill goes
    before the mode, the link or the position shorten."""
    article, panel = start(qtbot, tmp_path)
    for number in range(5):
        answer(qtbot, panel, right_response(article.questions[number]))
        click(qtbot, panel.page.next_button)
    head = panel.page.head
    pill = head.streak
    assert pill.count == 5 and pill.isVisible()
    long = f"Question 6 of {len(article.questions)}"
    tries = head._texts[0]
    assert tries.startswith("Practice · ") and tries.endswith(" tries")
    seen = set()
    for width in range(900, 200, -10):
        head.resize(width, head.height())
        shown = pill.isVisibleTo(head)
        full = head.position.text() == long
        whole = head.mode_label.text() == tries
        seen.add((shown, full, whole))
        if shown:  # the whole pill, never a bare « ★ 5 », never a bare « Practice »
            assert full and whole and pill.text() == "5 in a row", width
    assert (True, True, True) in seen and (False, True, True) in seen  # the pill goes first
    assert (False, True, False) in seen  # then the mode says just « Practice »
    assert (False, False, False) in seen  # then « 6 / 16 »


def test_in_a_narrow_french_pane_the_run_goes_beside_the_verdict(qtbot, tmp_path, translators):
    translators.install("fr")
    article = load(tmp_path)
    _view, panel = make_host(qtbot, article, width=900, height=700)
    click(qtbot, panel.chooser.practice_button)
    head, feedback = panel.page.head, panel.page.feedback
    for number in range(3):
        answer(qtbot, panel, right_response(article.questions[number]))
        if number < 2:
            click(qtbot, panel.page.next_button)
    total = len(article.questions)
    assert head.position.text() == f"Question 3 sur {total}"  # whole, never « 3 / 16 »
    assert not head.streak.isVisibleTo(head)  # no room beside it for the pill
    assert feedback.streak.isVisible() and feedback.streak.count == 3  # said with the verdict
    head_pill = head.streak
    panel.window().resize(1600, 900)  # a wide pane: the pill back in the header, once
    qtbot.waitUntil(lambda: head_pill.isVisibleTo(head))
    assert not feedback.streak.isVisible()
