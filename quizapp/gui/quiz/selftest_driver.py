"""Takes every quiz of a bank in the real window, through the real widgets.

Each article is opened from the library with the keyboard, a practice quiz
is started with its button, and every question is answered with the file's
right answer the way a learner would: typing into fields, clicking options,
tapping word chips, moving order items with Alt+Up, clicking
sentences in the passage. The check must say "right" and the summary full
marks; anything else is a `SelftestFailure` naming the article and question.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from quizapp.core.grading.responses import right_response
from quizapp.core.model import (
    Article,
    Question,
)

STEP_TIMEOUT = 20.0  # seconds to wait for one thing to happen on screen


class SelftestFailure(Exception):
    """What went wrong, in a sentence that names the article and the question."""


def pump() -> None:
    """What the window's event loop does between two events: its queued events, then
    the widgets `deleteLater` let go. processEvents alone never deletes them, so a
    quiz driven from here kept every question's answer widgets (2,800 after 33
    questions) and each fade, polish and layout walked them all: 5 minutes, not 2."""
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wait_until(condition: Callable[[], bool], what: str, timeout: float = STEP_TIMEOUT) -> None:
    """Let the window work until `condition` holds; SelftestFailure after `timeout`."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SelftestFailure(f"timed out after {timeout:g} s waiting for {what}")
        pump()
        time.sleep(0.005)


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    pump()


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard; QTest only knows ASCII, so other letters go as key events."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def fill_field(field: Any, text: str) -> None:
    field.setFocus()
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Delete)
    type_text(field, text)
    if field.text() != text:
        raise SelftestFailure(f"typed {text!r} but the field shows {field.text()!r}")


def tap_word(widget: Any, slot: Any, word: str) -> None:
    """Tap a slot (it empties and waits for a word), then the word's chip in the bank;
    a word already placed elsewhere is first taken back from its slot."""
    if slot.value == word:
        return
    chip = next((c for c in widget.word_bank.chips if c.word == word), None)
    if chip is None:
        raise SelftestFailure(f"{word!r} is not one of the word bank's chips")
    if chip.isHidden():  # used up: placed elsewhere
        holder = next((s for s in widget.filler.slots if s.value == word), None)
        if holder is not None:
            click(holder)  # the word leaves that slot: its chip comes back
    click(slot)
    click(chip)
    if slot.value != word:
        raise SelftestFailure(f"tapping the chip {word!r} put {slot.value!r} in the slot")


def enter_partly(widget: Any, question: Question, answer: Any) -> bool:
    """Tap the words of every slot but the last (a word bank half done, for its
    picture: filled and empty slots, used and free chips); False without slots."""
    from quizapp.gui.quiz.answer_match import MatchAnswer
    from quizapp.gui.quiz.answer_text import ClozeAnswer

    if isinstance(widget, MatchAnswer):
        words = [answer[pair.left] for pair in question.pairs]  # type: ignore[attr-defined]
    elif isinstance(widget, ClozeAnswer) and widget.filler is not None:
        words = list(answer)
    else:
        return False
    for slot, word in list(zip(widget.filler.slots, words, strict=True))[:-1]:
        tap_word(widget, slot, word)
    pump()
    return True


def show_as_met(widget: Any) -> bool:
    """A typed answer's field as the learner meets it (nothing typed yet): its placeholder saying
    what to type, the focus ring on it; False for the other kinds."""
    from quizapp.gui.quiz.answer_text import ShortAnswer

    if not isinstance(widget, ShortAnswer):
        return False
    widget.field.setFocus(Qt.FocusReason.OtherFocusReason)
    pump()
    return True


def keep_pick_in_sight(passage: Any) -> None:
    """The passage scrolled to the sentence last clicked, as the click left it; a new
    size or zoom keeps the top of the text in place, which can leave the pick below."""
    current = passage.current()
    if current is not None:
        passage.set_current(current)
        pump()


def click_sentence(passage: Any, sentence_id: str) -> None:
    passage.set_current(sentence_id)
    pump()
    rect = passage.sentence_rect(sentence_id)
    QTest.mouseClick(passage.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pump()


def enter(widget: Any, question: Question, answer: Any, passage: Any) -> None:
    """Enter `answer` through the widget's own controls, as a learner would."""
    from quizapp.gui.quiz.answer_arrange import LocateAnswer, MatchAnswer, OrderAnswer
    from quizapp.gui.quiz.answer_choice import ChoiceAnswer, MultiAnswer, TrueFalseAnswer
    from quizapp.gui.quiz.answer_text import ClozeAnswer, ShortAnswer
    from quizapp.gui.quiz.word_bank import Slot

    if isinstance(widget, MultiAnswer):
        for row, index in enumerate(widget.order):
            if (index in answer) != widget.buttons[row].isChecked():
                click(widget.buttons[row])
    elif isinstance(widget, ChoiceAnswer):
        click(widget.buttons[widget.order.index(answer)])
    elif isinstance(widget, TrueFalseAnswer):
        row = next(
            r for r, v in enumerate(widget.values) if v == answer and type(v) is type(answer)
        )
        click(widget.buttons[row])
    elif isinstance(widget, ShortAnswer):
        fill_field(widget.field, answer)
    elif isinstance(widget, ClozeAnswer):
        for field, value in zip(widget.fields, answer, strict=True):
            if isinstance(field, Slot):
                tap_word(widget, field, value)
            else:
                fill_field(field, value)
    elif isinstance(widget, MatchAnswer):
        for pair, slot in zip(question.pairs, widget.slots, strict=True):  # type: ignore[attr-defined]
            tap_word(widget, slot, answer[pair.left])
    elif isinstance(widget, OrderAnswer):
        for target, text in enumerate(answer):
            row = widget.texts().index(text)
            widget.list.setFocus()
            widget.list.setCurrentRow(row)
            while row > target:
                QTest.keyClick(widget.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
                row -= 1
        if widget.texts() != list(answer):
            raise SelftestFailure("moving the order items with Alt+Up did not give the order")
    elif isinstance(widget, LocateAnswer):
        for sid in sorted(set(answer) ^ set(widget.selected)):
            click_sentence(passage, sid)
        if set(widget.selected) != set(answer):
            raise SelftestFailure(
                f"clicking sentences {sorted(answer)} selected {sorted(widget.selected)}"
            )
    else:
        raise SelftestFailure(f"no way to answer with a {type(widget).__name__}")
    pump()


class Driver:
    """Runs the quizzes of one window; `shoot(name)` is called at the moments worth a
    picture, `shoot(name, again)` when a new size or zoom undoes part of it (`again`
    puts it back: the passage scrolled to a locate's pick)."""

    def __init__(self, window: Any, shoot: Callable[..., None] | None = None):
        self.window = window
        self.shoot = shoot or (lambda _name, _again=None: None)
        self.where = ""  # what is being done now, for a timeout message
        self.types_shot: set[str] = set()
        self.feedback_shot = False

    def open_from_library(self, article: Article) -> None:
        window = self.window
        window.show_screen("library")
        view = window.library_view
        view.search.clear()
        pump()
        from quizapp.gui.library.model import ARTICLE_ROLE

        rows = [view.proxy.index(r, 0) for r in range(view.proxy.rowCount())]
        index = next(
            (i for i in rows if getattr(i.data(ARTICLE_ROLE), "id", None) == article.id), None
        )
        hero = view.hero  # the « Continue » card's article is not repeated in the list
        proposed = hero is not None and hero.isVisible() and hero.article is not None
        if index is None and proposed and hero.article.id == article.id:
            hero.button.setFocus()
            QTest.keyClick(hero.button, Qt.Key.Key_Space)
        elif index is None:
            raise SelftestFailure("the article is not listed in the library")
        else:
            view.table.setFocus()
            view.table.setCurrentIndex(index)
            QTest.keyClick(view.table, Qt.Key.Key_Return)
        wait_until(
            lambda: (
                window.current_screen() == "reading"
                and window.reading_view.article is not None
                and window.reading_view.article.id == article.id
            ),
            "the article to open from the library",
        )

    def show_a_gloss(self, article: Article) -> None:
        """Click the first glossed word of the passage, so the gloss card opens (once the
        voice is known: the card's speaker and the toolbar's Listen show when there is one),
        the second already looked up: tinted « Saved word » in the text."""
        passage = self.window.reading_view.passage
        speech = getattr(self.window, "speech", None)
        deadline = time.monotonic() + STEP_TIMEOUT / 2  # a wedged voice: pictures without
        while speech is not None and not speech.service.known and time.monotonic() < deadline:
            pump()
        hits = [(s.id, h) for s in article.sentences for h in article.gloss_index.hits(s.id)]
        second = next((x for x in hits if x[1].entry.fr != hits[0][1].entry.fr), None)
        if second is not None:  # one of the words the end card counts (`reach_the_end`)
            passage.look_up(second[0], second[1].start)
            pump()
            self.window.reading_view.close_popover()
            pump()
        for sentence in article.sentences:
            hits = article.gloss_index.hits(sentence.id)
            if hits:
                hit = hits[0]
                passage.set_current(sentence.id)
                pump()
                point = passage.word_position(sentence.id, hit.start)
                QTest.mouseClick(passage.viewport(), Qt.MouseButton.LeftButton, pos=point)
                pump()
                return

    def look_up_words(self, article: Article, words: int = 3) -> None:
        """Look up the first few headwords of the text (their cards closed): the same
        words before the first quiz (its summary counts them) and at the end card."""
        view = self.window.reading_view
        seen: set[str] = set()
        for sentence in article.sentences:
            for hit in article.gloss_index.hits(sentence.id):
                if len(seen) < words and hit.entry.fr not in seen:
                    seen.add(hit.entry.fr)
                    view.passage.look_up(sentence.id, hit.start)
                    pump()
        view.close_popover()
        pump()

    def reach_the_end(self, article: Article, words: int = 3) -> None:
        """Look up a few words (their cards closed), then scroll to the end card."""
        view = self.window.reading_view
        self.look_up_words(article, words)
        bar = view.passage.verticalScrollBar()
        bar.setValue(bar.maximum())
        pump()
        if view.end_card.finish.isVisible():  # faster than its reading time: says it is read
            click(view.end_card.finish)
            pump()

    def take_quiz(self, article: Article) -> Any:
        """Practice quiz, every question right; returns the summary's result."""
        window = self.window
        self.where = "starting the quiz"
        window.actions_by_name["start_quiz"].trigger()
        wait_until(lambda: window.quiz.panel is not None, "the quiz panel")
        panel = window.quiz.panel
        if not panel.offering():  # a quiz already on this article: back to the text, start anew
            if panel.stack.currentWidget() is panel.summary:
                click(panel.summary.back_button)
            else:
                panel.close_quiz()
            pump()
            window.actions_by_name["start_quiz"].trigger()
        wait_until(lambda: panel.chooser.practice_button.isVisible(), "the Practice button")
        if panel.chooser.part_buttons:  # a long quiz defaults to a part: take all of it
            click(panel.chooser.part_buttons[-1])
        click(panel.chooser.practice_button)
        wait_until(lambda: panel.in_question(), "the first question")
        total = len(article.questions)
        for number, question in enumerate(article.questions):
            self.where = f"question {question.id} ({question.type.value})"
            wait_until(
                lambda q=question: panel.session is not None and panel.session.current.id == q.id,
                f"question {question.id} to show",
            )
            kind = question.type.value
            if kind not in self.types_shot and show_as_met(panel.widget):
                self.types_shot.add(kind)
                self.shoot(f"question-{kind}")  # empty: the placeholder says what to type
            if kind not in self.types_shot and enter_partly(
                panel.widget, question, right_response(question)
            ):
                self.types_shot.add(kind)
                self.shoot(f"question-{kind}")  # half done: the bank at work
            enter(panel.widget, question, right_response(question), panel.passage)
            if kind not in self.types_shot and kind == "locate":
                self.types_shot.add(kind)
                self.shoot(f"question-{kind}", lambda p=panel.passage: keep_pick_in_sight(p))
            if kind not in self.types_shot:
                self.types_shot.add(kind)
                self.shoot(f"question-{kind}")
            if not panel.page.check_button.isEnabled():
                raise SelftestFailure("the Check button stayed disabled after answering")
            click(panel.page.check_button)
            panel.page.motion.settle()  # the pictures are of the still screen
            verdict = panel.page.feedback.verdict_kind()
            if verdict != "right":
                outcome = panel.session.outcome(question.id)
                said = (outcome.feedback_en or outcome.feedback) if outcome is not None else ""
                verdicts = {
                    "retry": "wrong (a retry was offered)",
                    "partly": "only partly right",
                    "wrong": "wrong",
                }
                raise SelftestFailure(
                    f"the file's right answer {right_response(question)!r} was marked "
                    f"{verdicts.get(verdict, 'unchecked')}"
                    + (f" (feedback: {said.strip()})" if said.strip() else "")
                )
            if not self.feedback_shot:
                self.feedback_shot = True
                self.shoot("feedback-evidence")
            if number < total - 1:
                click(panel.page.next_button)
        self.where = "finishing the quiz"
        click(panel.page.finish_button)
        wait_until(lambda: panel.stack.currentWidget() is panel.summary, "the summary")
        result = panel.summary.result
        if result is None or result.score < result.points - 1e-9:
            got = "nothing" if result is None else f"{result.score:g} / {result.points:g}"
            raise SelftestFailure(f"the summary shows {got}, not full marks")
        if "100" not in panel.summary.score.text():
            raise SelftestFailure(f"the summary says {panel.summary.score.text()!r}, not 100 %")
        return result


def save_png(widget: QWidget, path: Path) -> None:
    pump()
    if not widget.grab().save(str(path)):
        raise SelftestFailure(f"could not write the screenshot {path}")
