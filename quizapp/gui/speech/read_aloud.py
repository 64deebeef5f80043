"""Reading the article aloud, sentence by sentence, from the reading cursor on.

The cursor follows the voice (the passage scrolls to keep it in view, as it does for
J/K, and J/K move the voice too), and the word being said takes the hover's underline
when the engine tells which word it is saying. A sentence a cloze question masks is
never said: it is skipped, and the sentence key says nothing while it is masked
(`speakable`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.reading.passage import PassageView
    from quizapp.gui.speech.service import SpeechService


def speakable(passage: PassageView, sentence_id: str | None) -> str:
    """The French of `sentence_id` as it may be said: "" while a question masks it."""
    article = passage.article
    if article is None or sentence_id is None or sentence_id in passage.masked():
        return ""
    return article.sentence(sentence_id).fr


class ReadAloud(QObject):
    """`start()` from the cursor's sentence, `stop()`; `running_changed` for the toggle."""

    running_changed = Signal(bool)

    def __init__(self, passage: PassageView, service: SpeechService):
        super().__init__(passage)
        self.passage, self.service = passage, service
        self.running = False
        self.said: list[str] = []  # the sentences said since start (for tests)
        self.sentence: str | None = None
        self._heard = False  # the engine has begun the sentence asked for
        service.speaking_changed.connect(self._speaking)
        service.word_said.connect(self._word)
        passage.current_changed.connect(self._moved)

    def _order(self) -> list[str]:
        article = self.passage.article
        return [s.id for s in article.sentences] if article is not None else []

    def start(self) -> None:
        order = self._order()
        if not order or not self.service.available:
            return
        current = self.passage.current()
        index = order.index(current) if current in order else 0
        self.running = True
        self.said = []
        self.running_changed.emit(True)
        self._say_from(index)

    def stop(self) -> None:
        if not self.running:
            return
        self.running = False
        self.sentence = None
        self.service.stop()
        self.passage.set_spoken_word(None)
        self.running_changed.emit(False)

    def _say_from(self, index: int) -> None:
        """The first sentence from `index` that may be said; the end stops the reading."""
        order = self._order()
        for sid in order[index:]:
            text = speakable(self.passage, sid)
            if text.strip():
                self.sentence, self._heard = sid, False
                self.passage.set_current(sid)  # scrolls it into view
                self.said.append(sid)
                self.service.say(text)
                return
        self.stop()

    def _speaking(self, speaking: bool) -> None:
        if not self.running or self.sentence is None:
            return
        if speaking:
            self._heard = True
            return
        if not self._heard:  # the end of what was said before this sentence
            return
        self.passage.set_spoken_word(None)
        order = self._order()
        done = self.sentence
        self._say_from(order.index(done) + 1 if done in order else len(order))

    def _moved(self, sentence_id: str) -> None:
        """J/K or a click while reading aloud: the voice goes there and reads on."""
        if self.running and sentence_id != self.sentence:
            order = self._order()
            if sentence_id in order:
                self.passage.set_spoken_word(None)
                self._say_from(order.index(sentence_id))

    def _word(self, start: int, length: int) -> None:
        if self.running and self.sentence is not None:
            self.passage.set_spoken_word((self.sentence, start, start + length))
