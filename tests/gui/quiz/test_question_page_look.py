"""The question page's calm layout: one accent button, feedback said once."""

from __future__ import annotations

from quizapp.core.grading.responses import right_response
from tests.gui.quiz_fixtures import answer_current, click, load, make_host, wrong_answer


def start(qtbot, tmp_path, width=1200):
    article = load(tmp_path)
    view, panel = make_host(qtbot, article, width=width)
    click(qtbot, panel.chooser.practice_button)
    return article, view, panel


def primaries(page) -> list[str]:
    buttons = (page.check_button, page.next_button, page.finish_button)
    return [b.text() for b in buttons if b.isVisible() and b.property("primary") == "true"]


def test_one_accent_button_check_then_next(qtbot, tmp_path):
    article, _view, panel = start(qtbot, tmp_path)
    page = panel.page
    assert primaries(page) == ["Check"]
    assert page.next_button.property("quiet") == "true"
    assert page.finish_button.property("endlink") == "true"  # ending early: a quiet link
    answer_current(qtbot, panel, right_response(article.questions[0]))
    click(qtbot, page.check_button)
    assert not page.check_button.isVisible()
    assert primaries(page) == ["Next →"]
    panel.controller.go_to(len(article.questions) - 1)  # the last one, answered: the results
    answer_current(qtbot, panel, right_response(article.questions[-1]))
    click(qtbot, page.check_button)
    assert primaries(page) == ["See the results"]
    assert page.finish_button.property("endlink") == "false" and not page.next_button.isVisible()


def test_a_right_answer_is_said_once_then_why_and_where(qtbot, tmp_path):
    article, _view, panel = start(qtbot, tmp_path)
    feedback = panel.page.feedback
    answer_current(qtbot, panel, right_response(article.questions[0]))
    click(qtbot, panel.page.check_button)
    assert feedback.verdict_kind() == "right" and feedback.disc.kind == "right"
    assert feedback.verdict.text() in ("Right!", "Exactly.", "Well spotted!", "That’s it!")
    assert not feedback.text.isVisible()  # no "Right answer." under "Right"
    assert feedback.why.text() == "Explanation" and feedback.explanation.isVisible()
    assert feedback.quote.isVisible()  # the proof, quoted
    assert panel.passage.evidence()  # and highlighted in view: no third "Show in the text"
    assert not feedback.evidence_button.isVisible()
    assert feedback.evidence_button.text() == "Show in the text →"


def test_a_wrong_answer_says_what_was_wrong(qtbot, tmp_path):
    article, _view, panel = start(qtbot, tmp_path)
    feedback = panel.page.feedback
    answer_current(qtbot, panel, wrong_answer(article.questions[0]))
    click(qtbot, panel.page.check_button)
    assert feedback.text.isVisible() and feedback.text.text()
    assert feedback.verdict.text() == "Not quite." and feedback.disc.kind == "wrong"  # calm
    assert panel.page.retry_button.property("quiet") == "true"
    assert panel.page.retry_button.key == "R" and panel.page.give_up_button.key == "S"


def test_the_feedback_quotes_its_evidence_sentence(qtbot, tmp_path):
    article, _view, panel = start(qtbot, tmp_path)
    feedback = panel.page.feedback
    question = article.questions[0]
    assert not feedback.quote.isVisible()
    answer_current(qtbot, panel, right_response(question))
    click(qtbot, panel.page.check_button)
    expected = [article.sentence(s).fr for s in question.sentences]
    assert feedback.quote.isVisible() and feedback.quote.property("quote") == "true"
    # one paragraph: the sentences run on with a space, never a bare line break, quoted
    # as the summary and a locate pick quote a sentence (« » in English too)
    joined = " ".join(sentence.strip() for sentence in expected)
    assert feedback.quote.text() == f"«\u202f{joined}\u202f»"
    # two sentences run on in one paragraph, not stacked; the text's « » turned into “ ”
    feedback.show_outcome(question, feedback._outcome, (" Une « phrase ». ", "Une autre."))
    assert feedback.quote.text() == "«\u202fUne “phrase”. Une autre.\u202f»"


def test_in_french_the_feedback_quotes_in_guillemets_never_nested(qtbot, tmp_path, translators):
    """In French the proof is « … » and its own « » turn into “ ”: never « « » »."""
    translators.install("fr")
    article, _view, panel = start(qtbot, tmp_path)
    feedback = panel.page.feedback
    question = article.questions[0]
    answer_current(qtbot, panel, right_response(question))
    click(qtbot, panel.page.check_button)
    assert feedback.quote.isVisible() and feedback.quote.text().startswith("«\u202f")
    feedback.show_outcome(question, feedback._outcome, ("Une « outilthèque » a ouvert.",))
    assert feedback.quote.text() == "«\u202fUne “outilthèque” a ouvert.\u202f»"
    # the way back to the text, when it shows, is on the verdict's line, right-aligned,
    # above the proof (never at the card's foot, under the scroll's fade)
    feedback.set_link_needed(True)
    qtbot.waitUntil(feedback.evidence_button.isVisible)
    # the scroll grows to its new content on the next layout pass (it fits its content)
    qtbot.waitUntil(lambda: feedback.link.geometry().bottom() < feedback.quote.geometry().top())
    link = feedback.link.geometry()
    assert link.top() < feedback.verdict.mapTo(feedback, feedback.verdict.rect().bottomLeft()).y()
    assert (
        link.right()
        == feedback.contentsRect().right() - feedback.layout().contentsMargins().right()
    )
    click(qtbot, panel.page.next_button)
    assert not feedback.quote.isVisible()  # gone with the verdict


def test_the_praise_is_kind_varied_and_the_same_for_the_same_question(qtbot, tmp_path):
    from quizapp.gui.quiz.verdict_mark import right_phrase

    article, _view, panel = start(qtbot, tmp_path)
    praises = {right_phrase(q.id) for q in article.questions}
    assert len(praises) > 1  # not one word for every question
    assert right_phrase(article.questions[0].id) == right_phrase(article.questions[0].id)
    answer_current(qtbot, panel, right_response(article.questions[0]))
    click(qtbot, panel.page.check_button)
    assert panel.page.feedback.verdict.text() == right_phrase(article.questions[0].id)
    assert panel.page.feedback.score.text().startswith("1 / 1 point")  # the points stay


def test_the_quote_names_a_passage_family_this_system_has(qapp):
    from PySide6.QtGui import QFontDatabase

    from quizapp.gui.quiz import look
    from quizapp.gui.window.theme import Theme

    theme = Theme()
    family = look.passage_family(theme)
    assert family in theme.passage_families
    assert family in QFontDatabase.families() or family == theme.passage_families[-1]
    assert f'font-family: "{family}"' in look.feedback_box(theme, "right")


def text_left(label, feedback) -> int:
    """Where a label's words start, in the feedback box (a framed label with no set
    indent would indent its words by half an x more)."""
    assert label.indent() == 0 or label.frameWidth() == 0
    return label.mapTo(feedback, label.contentsRect().topLeft()).x()


def test_the_explanation_starts_where_the_quote_s_text_does(qtbot, tmp_path):
    article, _view, panel = start(qtbot, tmp_path)
    feedback = panel.page.feedback
    answer_current(qtbot, panel, right_response(article.questions[0]))
    click(qtbot, panel.page.check_button)
    qtbot.waitUntil(lambda: feedback.quote.isVisible() and feedback.explanation.isVisible())
    feedback.layout().activate()
    quote = text_left(feedback.quote, feedback)
    assert abs(text_left(feedback.explanation, feedback) - quote) <= 1
    assert abs(feedback.why.mapTo(feedback, feedback.why.rect().topLeft()).x() - quote) <= 1
    assert text_left(feedback.explanation, feedback) > feedback.quote.x()  # past the bar


def test_the_other_language_is_a_button_that_says_so(qtbot, tmp_path, translators):
    article, _view, panel = start(qtbot, tmp_path)
    feedback = panel.page.feedback
    translators.install("fr")
    answer_current(qtbot, panel, right_response(article.questions[0]))
    click(qtbot, panel.page.check_button)
    button = feedback.en_button
    qtbot.waitUntil(button.isVisible)
    assert button.text() == "Voir en anglais" and button.property("lang") == "button"
    assert not feedback.explanation_en.isVisible()
    click(qtbot, button)  # the same toggle as ever: the English under the French
    assert feedback.explanation_en.isVisible() and button.text() == "Masquer l’anglais"
    click(qtbot, button)
    assert not feedback.explanation_en.isVisible() and button.text() == "Voir en anglais"
