"""The summary: the score ring, three numbers, one card per question, and the next step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from quizapp.core.grading.responses import right_response
from quizapp.core.model import QuestionType
from quizapp.core.quiz.session import Mode, QuizSession
from quizapp.gui.quiz.summary import SummaryView
from quizapp.gui.quiz.summary_head import RunFacts, run_summary
from quizapp.gui.quiz.summary_list import (
    EXTRA_ROLE,
    HEAD_ROLE,
    POINTS_ROLE,
    RIGHT_ROLE,
    SIGN_ROLE,
    VERDICT_ROLE,
    YOURS_ROLE,
)
from quizapp.gui.window.plain_text import tooltip
from tests.gui.quiz_fixtures import click, load, wrong_answer

NNBSP = "\u202f"


def finished(article) -> QuizSession:
    """q1 right after a hint, q2 wrong then right, q3 wrong, the rest unanswered."""
    session = QuizSession(article, Mode.PRACTICE, seed=1)
    session.reveal_hint("q1")
    session.answer("q1", right_response(article.question("q1")))
    session.answer("q2", wrong_answer(article.question("q2")))
    session.answer("q2", right_response(article.question("q2")))
    session.answer("q3", wrong_answer(article.question("q3")))
    session.finish()
    return session


def show(qtbot, session, facts: RunFacts | None = None) -> SummaryView:
    view = SummaryView()
    qtbot.addWidget(view)
    view.resize(520, 600)
    run, answers = run_summary(session, 95, review=False)
    view.set_result(session.result(), session.questions, session.mode, facts or run, answers)
    view.show()
    qtbot.waitExposed(view)
    return view


def card(view: SummaryView, row: int) -> dict:
    """What one question's card shows, read from the list's model."""
    index = view.questions_list.model().index(row, 0)
    return {
        "prompt": index.data(),
        "head": index.data(HEAD_ROLE),
        "sign": index.data(SIGN_ROLE),
        "verdict": index.data(VERDICT_ROLE),
        "yours": index.data(YOURS_ROLE),
        "right": index.data(RIGHT_ROLE),
        "points": index.data(POINTS_ROLE),
        "extra": index.data(EXTRA_ROLE),
    }


def test_cards_say_verdict_answers_points_tries_and_hints(qtbot, tmp_path, translators):
    session = finished(load(tmp_path))
    view = show(qtbot, session)
    assert view.title.text() == "Practice finished"
    assert view.score.text() == "1.25 / 10 points · 12.5%"
    assert view.questions_list.model().rowCount() == 10
    assert card(view, 0) == {
        "prompt": "Où habitent Marie & Paul <b>x</b> ?",
        "head": "Question 1\u00a0· Right",
        "sign": "✓",
        "verdict": "right",
        "yours": ("Your answer: ", "À Lyon & environs"),
        "right": None,  # the same as the learner's: said once
        "points": "0.75 / 1 point",
        "extra": "hint used",
    }
    assert card(view, 1)["points"] == "0.5 / 1 point"
    assert card(view, 1)["extra"] == "2 attempts"
    assert card(view, 2) == {
        "prompt": "Ils ont trois enfants.",
        "head": "Question 3\u00a0· Wrong",
        "sign": "✗",
        "verdict": "wrong",
        "yours": ("Your answer: ", "True"),
        "right": ("Right answer: ", "False"),
        "points": "0 / 1 point",
        "extra": "",
    }
    # never answered: skipped, not wrong, with the right answer and no "your answer"
    skipped = card(view, 9)
    assert (skipped["head"], skipped["sign"], skipped["verdict"]) == (
        "Question 10\u00a0· Skipped",
        "–",
        "skipped",
    )
    assert skipped["yours"] is None and skipped["right"] == (
        "Right answer: ",
        "sentence 4: «\u202fIls ont deux enfants, Léa et Hugo.\u202f»",  # quoted
    )
    spoken = view.questions_list.model().index(9, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Question 10\u00a0· Skipped. ")
    tiles = view.head.stats
    # a count: the ring's caption alone says the score out of the total
    assert (tiles.first.value.text(), tiles.first.caption.text()) == ("1", "right first try")
    assert tiles.first.accessibleName() == "Right at the first try: 1 of 10 questions."
    assert (tiles.time.value.text(), tiles.time.caption.text()) == (
        "1\u00a0min\u00a035\u00a0s",
        "time spent",
    )
    assert tiles.time.accessibleName() == "Time spent on the quiz: 1\u00a0min\u00a035\u00a0s"
    assert (tiles.words.value.text(), tiles.words.caption.text()) == ("0", "words looked up")
    assert (
        tiles.words.accessibleName()
        == "0 words looked up while reading this text and during the quiz"
    )  # whole
    assert not view.head.words.isVisible() and not view.head.words.chips
    assert view.head.cheer.text().startswith("A good start.")
    assert not view.score.full  # no check, no confetti: the ring only fills
    # mistakes: reviewing them is the next step; skipped ones are not mistakes
    assert view.review_button.isEnabled() and view.review_button.property("primary") == "true"
    assert view.review_button.text() == "Review mistakes (3)"
    view.focus_first()  # the first answer: Enter reviews it (the hint says so)
    assert view.focusWidget() is view.questions_list
    assert view.questions_list.currentIndex().row() == 0
    assert view.restart_button.property("summary") == "quiet"
    assert not view.next_button.isVisible()
    tip = view.questions_list.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == tooltip("Où habitent Marie & Paul <b>x</b> ?\n\nChoice")  # never rich text
    assert "&lt;b&gt;x&lt;/b&gt;" in tip


def test_buttons_and_cards_ask_for_what_comes_next(qtbot, tmp_path, translators):
    view = show(qtbot, finished(load(tmp_path)))
    with qtbot.waitSignal(view.review_requested):
        click(qtbot, view.review_button)
    with qtbot.waitSignal(view.restart_requested):
        click(qtbot, view.restart_button)
    with qtbot.waitSignal(view.back_requested):
        click(qtbot, view.back_button)
    cards = view.questions_list
    where = cards.visualRect(cards.model().index(2, 0)).center()
    with qtbot.waitSignal(view.question_requested) as blocker:  # one click opens it
        qtbot.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert blocker.args == [2]
    cards.setFocus()
    qtbot.keyClick(cards, Qt.Key.Key_Down)  # the next card, then Enter opens it
    with qtbot.waitSignal(view.question_requested) as blocker:
        qtbot.keyClick(cards, Qt.Key.Key_Return)
    assert blocker.args == [3]


def full_session(article, mode=Mode.TEST) -> QuizSession:
    session = QuizSession(article, mode, seed=2)
    for q in article.questions:
        session.answer(q.id, right_response(q))
    session.finish()
    return session


def test_full_marks_make_the_next_article_the_next_step(qtbot, tmp_path, translators):
    view = show(qtbot, full_session(load(tmp_path)))
    assert view.title.text() == "Test finished"
    assert view.score.text() == "10 / 10 points · 100%"
    assert view.head.headline.text() == "Perfect score!"
    assert view.head.cheer.text() == "You read this text closely. Bravo!"
    assert not view.review_button.isEnabled() and not view.review_button.isVisible()
    # no library behind this summary: the next step is the library itself
    view.focus_first()
    assert view.next_button.property("primary") == "true"
    assert view.focusWidget() is view.questions_list  # Enter reviews; a click goes on
    assert view.next_button.text() == "Back to the library"
    with qtbot.waitSignal(view.library_requested):
        click(qtbot, view.next_button)
    view.next_article = lambda: "Un autre article"
    session = full_session(load(tmp_path))
    view.set_result(session.result(), session.questions, session.mode)
    assert view.next_button.text() == "Next article →"
    assert view.next_button.caption == "Un autre article"  # says which one, inside it
    assert view.next_button.accessibleName() == "Next article: Un autre article"
    assert view.next_button.property("primary") == "true"
    with qtbot.waitSignal(view.next_article_requested):
        qtbot.keyClick(view.next_button, Qt.Key.Key_Space)


def test_words_looked_up_and_time_are_told(qtbot, tmp_path, translators):
    session = finished(load(tmp_path))
    view = show(qtbot, session, RunFacts(seconds=42, words=("habiter", "gare")))
    tiles = view.head.stats
    assert (tiles.words.value.text(), tiles.words.caption.text()) == ("2", "words looked up")
    assert tiles.words.toolTip() == "habiter, gare"
    assert tiles.time.value.text() == "42\u00a0s"
    chips = view.head.words
    assert chips.isVisible() and [c.text() for c in chips.chips] == ["habiter", "gare"]
    assert not chips.note.isVisible()  # progress not saved here: no word goes to review


def test_summary_in_french(qtbot, tmp_path, translators):
    translators.install("fr")
    view = show(qtbot, finished(load(tmp_path)))
    assert view.title.text() == "Entraînement terminé"
    assert view.score.text() == f"1,25 / 10 points · 12,5{NNBSP}%"
    assert card(view, 0)["points"] == "0,75 / 1 point"
    assert card(view, 0)["extra"] == "indice utilisé"
    assert card(view, 2)["yours"][1] == "Vrai" and card(view, 2)["right"][1] == "Faux"
    assert card(view, 9)["head"] == "Question 10\u00a0· Passée"
    tip = view.questions_list.model().index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == tooltip("Ils ont trois enfants.\n\nVrai ou faux")
    assert view.review_button.text() == "Revoir les erreurs (3)"
    assert view.head.stats.time.value.text() == "1\u00a0min\u00a035\u00a0s"
    stats = view.head.stats
    assert stats.first.caption.text() == "juste du premier coup"  # short: it fits the tile
    assert stats.first.value.text() == "1"
    assert "1" in stats.first.accessibleName() and "10" in stats.first.accessibleName()
    assert stats.words.caption.text() == "mot consulté"
    assert (
        stats.words.accessibleName() == "0 mot consulté pendant la lecture de ce texte et le quiz"
    )  # said whole


@pytest.mark.parametrize(("zoom", "width"), [(0, 380), (0, 900), (6, 840), (6, 560)])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_three_tiles_stay_side_by_side_and_compact(
    qtbot, tmp_path, translators, zoom, width, language
):
    """From a 900 px window's panel (zoom 0: about 380 px of tiles; zoom 6: the whole
    window) to a wide one: three tiles in a row, the number over its caption, nothing cut."""
    from PySide6.QtWidgets import QApplication

    from quizapp.gui.quiz.block_place import column_width
    from quizapp.gui.window.stylesheet import style_sheet
    from quizapp.gui.window.theme import Theme

    translators.install(language)
    app = QApplication.instance()
    theme = Theme(zoom=zoom)
    app.setStyleSheet(style_sheet(theme))
    try:
        view = show(qtbot, finished(load(tmp_path)), RunFacts(seconds=4 * 60 + 35))
        view.set_theme(theme)
        stats = view.head.stats
        view.resize(width + 2 * theme.space(1.25) + 20, 700)  # the side margins, a scroll bar
        width = min(width, column_width(theme) - 2 * theme.space(1.25))  # a centred column
        qtbot.waitUntil(lambda: abs(stats.width() - width) < 30 and stats.wide)
        stats.layout().activate()
        tiles = stats.tiles
        assert len({tile.geometry().top() for tile in tiles}) == 1  # one row
        assert max(t.width() for t in tiles) - min(t.width() for t in tiles) <= 1  # equal
        assert all(t.width() < stats.width() / 2 for t in tiles)  # never a full-width bar
        assert len({t.value.mapTo(stats, QPoint(0, 0)).y() for t in tiles}) == 1  # level
        assert len({t.caption.mapTo(stats, QPoint(0, 0)).y() for t in tiles}) == 1
        for tile in tiles:  # the number over its caption, centred, whole
            value, caption = tile.value, tile.caption
            assert value.geometry().bottom() < caption.geometry().top()
            assert value.fontMetrics().horizontalAdvance(value.text()) <= value.width()
            assert value.alignment() & Qt.AlignmentFlag.AlignHCenter
            assert caption.alignment() & Qt.AlignmentFlag.AlignHCenter
            words = caption.text().split()
            assert max(caption.fontMetrics().horizontalAdvance(w) for w in words) <= (
                caption.width()
            )
    finally:
        app.setStyleSheet("")


@pytest.mark.parametrize("width", [300, 900])
def test_cards_wrap_long_prompts_whole_at_any_width(qtbot, tmp_path, translators, width):
    from tests.gui.quiz_fixtures import ALL_TYPES

    long = "Pourquoi Marie & Paul ont-ils choisi\n  de rester à Lyon " + "vraiment " * 12 + "?"
    text = ALL_TYPES.replace(
        "prompt: Où vont-ils le week-end ?", f"prompt: {long!r}".replace("'", '"')
    )
    view = show(qtbot, finished(load(tmp_path, text)))
    view.resize(width, 600)
    flat = " ".join(long.split())
    assert card(view, 1)["prompt"] == flat  # one paragraph, every word kept
    cards = view.questions_list
    model = cards.model()

    def fitted() -> bool:  # every card as wide as the list, the list as tall as its cards
        rects = [cards.visualRect(model.index(r, 0)) for r in range(model.rowCount())]
        return all(r.width() >= cards.viewport().width() - 2 for r in rects) and (
            rects[-1].bottom() < cards.height()
        )

    qtbot.waitUntil(fitted)
    delegate, index = cards.delegate, model.index(1, 0)
    pad = delegate.gaps()[0]
    parts = delegate.paragraphs(index, cards.viewport().width() - delegate.text_left() - pad)
    assert parts[1].layout.lineCount() > 1  # the long prompt wraps, never elided
    assert cards.visualRect(index).height() >= sum(part.height for part in parts)
    assert cards.verticalScrollBar().maximum() == 0  # the summary scrolls, not the list
    assert view.scroll.horizontalScrollBar().maximum() == 0
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == tooltip(
        f"{long}\n\nSeveral answers"
    )


@pytest.mark.parametrize("reduced", [False, True])
def test_full_marks_celebrate_unless_the_system_asks_for_less_motion(
    qtbot, tmp_path, translators, monkeypatch, reduced
):
    from PySide6.QtCore import QAbstractAnimation

    from quizapp.gui.quiz import summary_head
    from quizapp.gui.quiz.summary_ring import CELEBRATION_MS

    monkeypatch.setattr(summary_head, "reduced_motion", lambda: reduced)
    view = show(qtbot, full_session(load(tmp_path), Mode.PRACTICE))
    ring = view.score
    assert ring.full  # the check is drawn on the ring
    assert view.head.headline.isVisible() and view.head.headline.text() == "Perfect score!"
    if reduced:  # shown still: no animation, the check already whole, no confetti
        assert view.head.celebration is None and ring.progress == 1.0
        assert not view.confetti.isVisible()
    else:
        animation = view.head.celebration
        assert 1500 <= animation.duration() == CELEBRATION_MS <= 3000  # seen, soon over
        assert animation.state() == QAbstractAnimation.State.Running
        qtbot.waitUntil(view.confetti.isVisible)  # bursting in front of the summary's head
        area, tiles = view.confetti.geometry(), view.head.stats.mapTo(view, QPoint(0, 0))
        assert area.topLeft() == view.rect().topLeft() and area.width() == view.width()
        assert area.bottom() < tiles.y()  # down to the last words it keeps clear, no lower
        assert view.children()[-1] is view.confetti  # raised over the tiles and cards
        qtbot.waitUntil(lambda: ring.progress == 1.0, timeout=5000)
        assert animation.state() == QAbstractAnimation.State.Stopped
        assert not view.confetti.isVisible()  # gone once it is over: nothing rests on words


@pytest.mark.parametrize("full", [False, True])
def test_the_ring_counts_up_to_the_score_and_rests_on_it(
    qtbot, tmp_path, translators, monkeypatch, full
):
    """With motion: from 0 to the score, then exactly the still ring; with less motion,
    the score at once."""
    from quizapp.gui.quiz import summary_head

    def session():
        article = load(tmp_path)
        return full_session(article, Mode.PRACTICE) if full else finished(article)

    monkeypatch.setattr(summary_head, "reduced_motion", lambda: True)
    still = show(qtbot, session())
    assert still.head.celebration is None
    assert still.score.filled() == 1.0 and still.score.shown_big() == still.score.big
    monkeypatch.setattr(summary_head, "reduced_motion", lambda: False)
    moving = show(qtbot, session())
    ring = moving.score
    assert ring.filled() < 0.1  # it starts (nearly) empty, counting from zero
    assert ring.shown_big() != ring.big
    qtbot.waitUntil(lambda: moving.head.celebration is None or ring.progress == 1.0, timeout=5000)
    assert ring.filled() == 1.0 and ring.shown_big() == ring.big == still.score.big
    assert not moving.confetti.isVisible()
    assert ring.grab().toImage() == still.score.grab().toImage()  # the still ring, exactly


def test_every_result_fills_its_ring_as_the_percentage_counts_up(
    qtbot, tmp_path, translators, monkeypatch
):
    from PySide6.QtCore import QAbstractAnimation

    from quizapp.gui.quiz import summary_head
    from quizapp.gui.quiz.summary_ring import FILL_MS

    monkeypatch.setattr(summary_head, "reduced_motion", lambda: False)
    view = show(qtbot, finished(load(tmp_path)))
    ring = view.score
    assert not ring.full and 0 < ring.percent < 100
    animation = view.head.celebration
    assert animation.duration() == FILL_MS < 1000
    assert animation.state() == QAbstractAnimation.State.Running
    ring.still(0.0)  # the first frame: an empty ring, counting from zero
    assert ring.filled() == 0.0 and ring.shown_big() == "0%"
    ring.still(0.5)  # half way: eased out, so more than half the score already shows
    assert 0.5 < ring.filled() < 1.0
    assert 0 < int(ring.shown_big().rstrip("%")) < round(ring.percent)
    ring.still(1.0)
    assert ring.shown_big() == ring.big and ring.text().endswith(ring.big)


def test_the_answers_words_follow_a_change_of_language(qtbot, tmp_path, translators):
    session = finished(load(tmp_path))
    view = SummaryView()
    qtbot.addWidget(view)
    view.resize(520, 600)
    run, _ = run_summary(session, 95, review=False)
    view.set_result(
        session.result(),
        session.questions,
        session.mode,
        run,
        lambda: run_summary(session, 95, review=False)[1],
    )
    assert card(view, 2)["yours"] == ("Your answer: ", "True")
    translators.install("fr")  # the learner switches the interface on the summary
    qtbot.waitUntil(lambda: card(view, 2)["yours"] == ("Votre réponse\u00a0: ", "Vrai"))
    assert card(view, 2)["right"] == ("Bonne réponse\u00a0: ", "Faux")


def test_a_narrow_panel_at_the_largest_zoom_stacks_instead_of_overflowing(
    qtbot, tmp_path, translators
):
    from PySide6.QtWidgets import QApplication

    from quizapp.gui.window.settings import ZOOM_MAX
    from quizapp.gui.window.stylesheet import style_sheet
    from quizapp.gui.window.theme import Theme

    translators.install("fr")  # the longer labels
    view = show(qtbot, finished(load(tmp_path)))
    view.resize(1000, 600)
    qtbot.waitUntil(lambda: view.head.stats.wide)  # roomy: three tiles in a row
    app = QApplication.instance()
    theme = Theme(zoom=ZOOM_MAX)
    app.setStyleSheet(style_sheet(theme))  # the window's sizes at that zoom
    try:
        view.set_theme(theme)
        view.resize(360, 600)  # then as narrow as the quiz panel of a 900 px window

        def fits() -> bool:
            inside = view.content.width() <= view.scroll.viewport().width()
            return inside and view.width() <= 360

        qtbot.waitUntil(fits)  # neither the tiles nor the buttons hold it wider
        footer, button = view.footer, view.review_button
        assert not footer.wide and footer.primary is button
        # the accent spans the footer; the quiet links wrap above it
        margins = footer.column.contentsMargins()
        end = footer.width() - margins.right()
        qtbot.waitUntil(lambda: button.geometry().right() + 1 == end)
        assert button.geometry().left() == margins.left()
        qtbot.waitUntil(
            lambda: all(b.geometry().bottom() < button.geometry().top() for b in footer.others)
        )
        assert footer.geometry().top() > view.scroll.geometry().bottom()  # under the list
    finally:
        app.setStyleSheet("")
    assert not view.head.stats.wide
    assert view.questions_list.delegate.compact()  # the mark moves into the header line


def test_each_card_says_where_the_text_says_it(qtbot, tmp_path, translators):
    from quizapp.gui.quiz.summary_head import excerpt
    from quizapp.gui.quiz.summary_list import EVIDENCE_ROLE

    article = load(tmp_path)
    view = show(qtbot, finished(article))
    model = view.questions_list.cards
    for row, q in enumerate(view.questions):
        found = model.index(row, 0).data(EVIDENCE_ROLE)
        if not q.sentences or q.type is QuestionType.LOCATE:  # a locate's answers quote it
            assert found is None
            continue
        label, quote = found
        words = excerpt(article.sentence(q.sentences[0]).fr)
        # French material: « » even in the English interface
        assert (label, quote) == ("In the text: ", f"«\u202f{words}\u202f»")
        spoken = model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
        assert f"In the text:  {quote}" in spoken
    assert any(q.sentences for q in view.questions)
    usual = "Le chat dort sur le canapé pendant que toute la famille prépare le repas du soir."
    assert excerpt(usual) == usual  # a sentence of usual length: whole, the proof entire
    assert excerpt("  Court.  ") == "Court."
    clauses = "Le matin, " + "la famille " * 12 + "prépare le repas, puis " + "on mange " * 12
    cut = excerpt(clauses + "ensemble.")
    assert cut.endswith("prépare le repas…") and len(cut) <= 221  # after its last clause
    words = "mot " * 80
    cut = excerpt(words)
    assert cut.endswith("mot…") and len(cut) <= 221  # no clause: at a word


def test_in_french_the_evidence_is_in_guillemets_and_its_own_in_english_marks(
    qtbot, tmp_path, translators
):
    """In French a sentence of the text is quoted « … » (no-break spaces inside), its own
    « » turned into “ ”, so marks never nest with the same marks; the same in English."""
    from quizapp.core.quiz.describe import quote_sentence
    from quizapp.gui.quiz.summary_head import excerpt
    from quizapp.gui.quiz.summary_list import EVIDENCE_ROLE

    translators.install("fr")
    article = load(tmp_path)
    view = show(qtbot, finished(article))
    model = view.questions_list.cards
    seen = 0
    for row, q in enumerate(view.questions):
        found = model.index(row, 0).data(EVIDENCE_ROLE)
        if not q.sentences or q.type is QuestionType.LOCATE:  # a locate's answers quote it
            continue
        label, quote = found
        words = excerpt(article.sentence(q.sentences[0]).fr)
        assert label == "Dans le texte\u00a0: "
        assert quote == f"«\u202f{words}\u202f»" and "“" not in quote
        seen += 1
    assert seen
    inner = "Une « outilthèque » a ouvert"
    # narrow no-break spaces: the marks never leave their words at a line end
    assert quote_sentence(inner) == "«\u202fUne “outilthèque” a ouvert\u202f»"
    assert quote_sentence("") == ""


def test_the_footer_sits_under_the_list_with_the_accent_at_the_right(qtbot, tmp_path):
    from PySide6.QtCore import QPoint

    view = show(qtbot, finished(load(tmp_path)))
    for width in (1000, 520):
        view.resize(width, 500)  # the list overflows: it scrolls above the footer
        footer = view.footer
        button = footer.primary
        end = footer.width() - footer.column.contentsMargins().right()
        qtbot.waitUntil(lambda: button.geometry().right() + 1 == end)  # noqa: B023
        viewport = view.scroll.viewport()
        bottom = viewport.mapTo(view, QPoint(0, viewport.height())).y()
        assert bottom <= footer.mapTo(view, QPoint(0, 0)).y()  # never over the list
        bar = view.scroll.verticalScrollBar()
        assert bar.maximum() > 0
        bar.setValue(0)
        assert view.fade.isVisible()  # the list fades out above the footer
        bar.setValue(bar.maximum())
        assert not view.fade.isVisible()  # its end: nothing under a fade
        for other in footer.others:
            if other.isVisible() and footer.wide:
                assert other.geometry().right() < button.geometry().left()  # links to its left
    assert footer.autoFillBackground() or footer.testAttribute(
        Qt.WidgetAttribute.WA_StyledBackground
    )


def test_the_summary_opens_on_the_first_answer_and_enter_reviews_it(qtbot, tmp_path, translators):
    view = show(qtbot, full_session(load(tmp_path)))
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    cards, bar = view.questions_list, view.scroll.verticalScrollBar()
    view.focus_first()  # as the panel does when the summary opens
    assert view.focusWidget() is cards and cards.currentIndex().row() == 0
    assert not cards.selectedIndexes() and not cards.keyboard  # no ring, no tint yet
    assert bar.value() == 0  # still at its top: the score first
    assert view.table_help.text() == (
        "Click a question, or press Enter, to see it again with its answer."
    )
    with qtbot.waitSignal(view.question_requested) as blocker:
        qtbot.keyClick(cards, Qt.Key.Key_Return)  # what the hint says Enter does
    assert blocker.args == [0]
    qtbot.keyClick(cards, Qt.Key.Key_Down)  # keys in use: the card's ring shows
    assert cards.keyboard and cards.currentIndex().row() == 1
    with qtbot.waitSignal(view.question_requested) as blocker:
        qtbot.keyClick(cards, Qt.Key.Key_Enter)
    assert blocker.args == [1]
    view.next_button.setFocus(Qt.FocusReason.TabFocusReason)  # Tab to the next step
    assert view.table_help.text() == "Click a question to see it again with its answer."
    with qtbot.waitSignal(view.library_requested):
        qtbot.keyClick(view.next_button, Qt.Key.Key_Space)
    cards.setFocus(Qt.FocusReason.BacktabFocusReason)  # and back: Enter is named again
    assert cards.keyboard and "press Enter" in view.table_help.text()


def test_the_hint_names_enter_in_french_only_while_it_opens_a_card(qtbot, tmp_path, translators):
    translators.install("fr")
    view = show(qtbot, full_session(load(tmp_path)))
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.focus_first()
    assert "Entrée" in view.table_help.text()
    view.back_button.setFocus(Qt.FocusReason.TabFocusReason)
    assert "Entrée" not in view.table_help.text() and view.table_help.text()
