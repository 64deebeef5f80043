"""An own text's exercises: started from its « Exercises » button, taken through the same
quiz as an article's, said to be made from the text, recorded like any quiz."""

from __future__ import annotations

from PySide6.QtCore import Qt

from quizapp.core.grading.responses import right_response
from quizapp.core.model import ClozeQuestion, LocateQuestion, MatchQuestion
from tests.core.dictionary.builders import write_dictd
from tests.gui.library.test_own_texts import ENTRIES, TEXT, dictionary, paste  # noqa: F401 - fixture
from tests.gui.quiz_fixtures import click, click_sentence

LONGER = TEXT + (
    "\n\nLe matin, Camille prend le train pour aller travailler. Elle regarde les champs"
    " par la fenêtre. Le voyage dure une heure."
)


def open_text(qtbot, window, text: str = LONGER):
    dialog = paste(qtbot, window, text, title="Mon chat")
    qtbot.mouseClick(dialog.read, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() == "reading")
    return window.reading_view


def test_the_exercises_run_as_a_quiz_and_are_recorded(qtbot, window):
    view = open_text(qtbot, window)
    questions = view.article.questions
    assert len(questions) >= 3
    qtbot.mouseClick(view.quiz_button, Qt.MouseButton.LeftButton)
    panel = window.quiz.panel
    assert view.side_panel() is panel
    chooser = panel.chooser
    assert chooser.title.text() == "Exercises"
    assert chooser.facts.text().startswith("Exercises made from your text\n")
    qtbot.mouseClick(chooser.practice_button, Qt.MouseButton.LeftButton)
    for question in questions:
        assert panel.controller.current.id == question.id
        outcome = panel.controller.submit(right_response(question))
        assert outcome is not None and outcome.grade.correct
        panel.controller.next()
    result = panel.controller.finish()
    assert result.percent == 100
    assert panel.summary.head.article.text().startswith("Exercises made from your text: ")
    bridge = window.progress_screens.bridge
    history = bridge.store.history(bridge.profile, view.article.id)
    assert [round(h.percent) for h in history] == [100]
    window.progress_screens.show("history")  # an own text's run lists like an article's
    assert window.current_screen() == "history"


def test_the_dictionaries_add_a_match_of_the_texts_nouns(qtbot, window, data_dir):
    """Nouns only: a conjugated verb's or an adjective's first sense is too often
    another use of the word (« montent » → "get in")."""
    nouns = {
        "fenêtre": "fenêtre <n, fem>\nwindow\n",
        "voyage": "voyage <n, masc>\njourney, trip\n",
        "regarder": "regarder <v>\nto look at, to watch\n",
        # not in the text: they make "couch" and "trip" the words the dictionary uses most
        "divan": "divan <n, masc>\ncouch, divan\n",
        "sofa": "sofa <n, masc>\ncouch\n",
        "excursion": "excursion <n, fem>\ntrip, outing\n",
        "tour": "tour <n, masc>\ntrip, turn\n",
    }
    write_dictd(data_dir / "dictionaries", entries={**ENTRIES, **nouns})
    view = open_text(qtbot, window)
    qtbot.waitUntil(lambda: window.dictionaries.catalog is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not window.dictionaries.busy, timeout=10_000)
    qtbot.waitUntil(lambda: isinstance(view.article.questions[0], MatchQuestion))
    match = view.article.questions[0]
    pairs = {(p.left, p.right) for p in match.pairs}
    # the sense's word the dictionary uses most (sense_choice: "couch" before "sofa", "trip"
    # before "journey")
    assert pairs >= {("canapé", "couch"), ("fenêtre", "window"), ("voyage", "trip")}
    assert not any(p.left == "regarde" for p in match.pairs)  # a verb: left out


def test_a_text_too_short_for_exercises_keeps_the_button_aside(qtbot, window):
    view = open_text(qtbot, window, "Il pleut.")
    assert view.article.questions == ()
    assert not view.quiz_button.isVisible()
    assert not view.end_card.button.isVisible()


def test_a_mistake_in_the_exercises_lists_with_its_prompt(qtbot, window):
    view = open_text(qtbot, window)
    qtbot.mouseClick(view.quiz_button, Qt.MouseButton.LeftButton)
    panel = window.quiz.panel
    qtbot.mouseClick(panel.chooser.test_button, Qt.MouseButton.LeftButton)
    cloze = next(q for q in view.article.questions if isinstance(q, ClozeQuestion))
    panel.controller.go_to(view.article.questions.index(cloze))
    wrong = next(c for c in cloze.choices if c != cloze.blanks[0][0])
    panel.controller.submit([wrong])
    panel.controller.finish()
    window.progress_screens.show("mistakes")
    rows = window.progress_screens.mistakes.rows
    assert [(r.question_id, r.prompt) for r in rows] == [(cloze.id, cloze.prompt)]


def test_a_plural_is_matched_as_its_headword_with_a_plain_sense(qtbot, window, data_dir):
    """FreeDict has « enfants » as an entry of its own ("sons and daughters") before the
    singular's: the match asks « enfant » with the singular's plain sense."""
    entries = {
        "enfants": "enfants <n>\nsons and daughters\n",
        "enfant": "enfant <n, masc>\nchild, infant\n",
        "jardin": "jardin <n, masc>\ngarden\n",
        "voisin": "voisin <n, masc>\nneighbour\n",
        "ballon": "ballon <n, masc>\nball\n",
        # not in the text: they make "child" the word the dictionary uses most
        "gamin": "gamin <n, masc>\nkid, child\n",
        "gosse": "gosse <n>\nchild\n",
    }
    write_dictd(data_dir / "dictionaries", entries=entries)
    text = (
        "Les enfants jouent dans les jardins du quartier. Les voisins regardent les ballons"
        " voler au-dessus des arbres.\n\nLe soir, les enfants rentrent chez eux. Les jardins"
        " sont calmes et les voisins dorment."
    )
    view = open_text(qtbot, window, text)
    qtbot.waitUntil(lambda: window.dictionaries.catalog is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not window.dictionaries.busy, timeout=10_000)
    qtbot.waitUntil(lambda: isinstance(view.article.questions[0], MatchQuestion))
    pairs = {(p.left, p.right) for p in view.article.questions[0].pairs}
    assert ("enfant", "child") in pairs and ("jardin", "garden") in pairs  # the common word
    assert not any(left.endswith("s") for left, _right in pairs)  # the headwords, singular


def test_a_locate_and_a_cloze_of_the_text_are_answered_in_the_quiz(qtbot, window, data_dir):
    """Beyond the match: « which sentence has the word that means "train"? », answered by
    clicking the sentence in the text, and a cloze of one of its sentences."""
    nouns = {
        "fenêtre": "fenêtre <n, fem>\nwindow\n",
        "voyage": "voyage <n, masc>\njourney, trip\n",
        "train": "train <n, masc>\ntrain\n",
        "heure": "heure <n, fem>\nhour\n",
        "souris": "souris <n, fem>\nmouse\n",
        "roman": "roman <n, masc>\nnovel\n",
    }
    write_dictd(data_dir / "dictionaries", entries={**ENTRIES, **nouns})
    view = open_text(qtbot, window)
    qtbot.waitUntil(lambda: window.dictionaries.catalog is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not window.dictionaries.busy, timeout=10_000)
    qtbot.waitUntil(lambda: isinstance(view.article.questions[0], MatchQuestion))
    questions = view.article.questions
    kinds = {type(q) for q in questions}
    assert {MatchQuestion, LocateQuestion, ClozeQuestion} <= kinds
    locate = next(q for q in questions if isinstance(q, LocateQuestion))
    assert locate.prompt_en.startswith("Which sentence has the word that means “")
    qtbot.mouseClick(view.quiz_button, Qt.MouseButton.LeftButton)
    panel = window.quiz.panel
    qtbot.mouseClick(panel.chooser.practice_button, Qt.MouseButton.LeftButton)
    panel.controller.go_to(questions.index(locate))
    assert view.passage.locate_mode()
    [right] = locate.sentences
    click_sentence(qtbot, view.passage, right)
    assert view.passage.locate_selection() == {right}
    click(qtbot, panel.page.check_button)
    outcome = panel.controller.session.outcome(locate.id)
    assert outcome is not None and outcome.grade.correct
