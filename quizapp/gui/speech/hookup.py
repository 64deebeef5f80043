"""Listening in the window: the gloss card's speaker (P), the sentence (L), and the
toolbar's Listen / Pause that reads the article aloud (Shift+L).

Built with the reading screen (after the first paint); the engine is looked for on a
worker (service.py), and no control shows until a French voice is found: without
one, only the Preferences' caption says why and how to get one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QToolButton

from quizapp.gui.reading import chrome
from quizapp.gui.speech.icons import pause_icon, speaker_icon
from quizapp.gui.speech.read_aloud import ReadAloud, speakable
from quizapp.gui.speech.service import SpeechService
from quizapp.gui.window.shortcuts import ActionSpec, native

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.window.theme import Theme

SPECS = (
    ActionSpec(
        "speak_word",
        "reading",
        QT_TRANSLATE_NOOP("Shortcuts", "Listen to the word"),
        (),
        QT_TRANSLATE_NOOP("Shortcuts", "Say the word of the open glossary card aloud"),
        text_keys=("P",),
    ),
    ActionSpec(
        "speak_sentence",
        "reading",
        QT_TRANSLATE_NOOP("Shortcuts", "Listen to the sentence"),
        (),
        QT_TRANSLATE_NOOP("Shortcuts", "Say the current sentence aloud"),
        text_keys=("L",),
    ),
    ActionSpec(
        "read_aloud",
        "reading",
        QT_TRANSLATE_NOOP("Shortcuts", "Read aloud"),
        (),
        QT_TRANSLATE_NOOP("Shortcuts", "Read the article aloud from the current sentence on"),
        text_keys=("Shift+L",),
        checkable=True,
    ),
)


def said(text: str) -> str:
    """One of SAID's texts in the interface's language."""
    return QCoreApplication.translate("SpeechHookup", text)


class SpeechHookup(QObject):
    """Owned by the window (`window.speech`); `service` is the one voice."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.view = window.reading_view
        self.service = SpeechService(self)
        self.service.set_slow(window.settings.speech_slow)
        self.reader: ReadAloud | None = None
        self.button: QToolButton | None = None  # the toolbar's Listen / Pause
        self.speaker: QPushButton | None = None  # the gloss card's
        self._card: Any = None
        self._theme: Theme | None = None
        self.service.ready.connect(self._ready)
        self.service.start()

    # -- once a voice is found ---------------------------------------------------------
    def _ready(self) -> None:
        if not self.service.available or self.reader is not None:
            return
        window, view = self.window, self.view
        self.reader = ReadAloud(view.passage, self.service)
        self.reader.running_changed.connect(self._running)
        slots = {
            "speak_word": self.speak_word,
            "speak_sentence": self.speak_sentence,
            "read_aloud": self.read_aloud,
        }
        for spec in SPECS:
            window.add_action(spec, slots[spec.name])
        button = QToolButton(view.toolbar)
        button.setObjectName("listen_button")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves J/K to the passage
        button.clicked.connect(window.actions_by_name["read_aloud"].trigger)
        self.button = button
        chrome.add_button(view, button)
        button.show()
        view.passage.word_looked_up.connect(self._looked_up)
        view.passage.highlights_changed.connect(self._masks_changed)
        view.side_panel_changed.connect(self.stop)  # a quiz begins or ends
        window.screen_changed.connect(self._screen)
        window.article_opened.connect(lambda _article: self.stop())
        window.theme_changed.connect(self._set_theme)
        window.installEventFilter(self)
        self._set_theme(window.theme_hub.theme)
        self._texts()
        chrome.fit_toolbar(view)

    # -- the actions -------------------------------------------------------------------
    def speak_word(self) -> None:
        card = self.view.popover
        if card is not None and card.isVisible() and card.word():
            self.reader.stop()
            self.service.say(card.word())

    def speak_sentence(self) -> None:
        """The cursor's sentence (the first one if none); nothing while a cloze masks it."""
        passage = self.view.passage
        if passage.current() is None:
            passage.move_current(1)
        text = speakable(passage, passage.current())
        self.reader.stop()
        if text:
            self.service.say(text)

    def read_aloud(self, on: bool) -> None:
        if on:
            self.reader.start()
            if not self.reader.running:  # nothing to say: the toggle goes back
                self._running(False)
        else:
            self.reader.stop()

    def stop(self) -> None:
        """Silence: leaving the article, a quiz coming or going, the window closing."""
        if self.reader is not None:
            self.reader.stop()
        self.service.stop()

    def close(self) -> None:
        self.stop()
        self.service.close()

    # -- following the window ----------------------------------------------------------
    def _screen(self, name: str) -> None:
        if name != "reading":
            self.stop()

    def _masks_changed(self) -> None:
        """A new question masks the sentence being said: cut, and read on after it."""
        reader = self.reader
        sid = reader.sentence if reader is not None and reader.running else None
        if sid is not None and sid in self.view.passage.masked():
            self.service.stop()

    def _running(self, running: bool) -> None:
        self.window.actions_by_name["read_aloud"].setChecked(running)
        self._texts()

    def _looked_up(self, _sid: str, _word: str, _hit: Any) -> None:
        """The card's speaker: brought once, shown when the card has a clicked form."""
        card = self.view.popover
        if card is None:
            return
        if card is not self._card:
            self._card = card
            speaker = QPushButton(card)
            speaker.setObjectName("speaker_button")
            speaker.clicked.connect(self.speak_word)
            card.add_tool(speaker)
            key = QAction(card)  # P while the card has the focus, as in the passage
            key.setShortcut(QKeySequence("P"))
            key.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            key.triggered.connect(self.speak_word)
            card.addAction(key)
            self.speaker = speaker
            self._set_theme(self._theme)
            self._texts()
        self.speaker.setVisible(bool(card.word()))
        card.refit()

    def _set_theme(self, theme: Theme | None) -> None:
        if theme is None:
            return
        self._theme = theme
        p = theme.palette
        if self.button is not None:
            side = self.view.back_button.iconSize().height()
            self.button.setIconSize(QSize(side, side))
            self._texts()
        if self.speaker is not None:
            side = round(theme.px("body") * 1.1)
            self.speaker.setIconSize(QSize(side, side))
            self.speaker.setIcon(speaker_icon(p.accent, side))

    def _texts(self) -> None:
        running = self.reader is not None and self.reader.running
        if self.button is not None:
            self.button.setText(said("Pause") if running else said("Listen"))
            keys = native(("Shift+L",))
            what = said("Pause the reading aloud") if running else said("Read the article aloud")
            self.button.setToolTip(f"{what} ({keys})")
            self.button.setAccessibleName(what)
            if self._theme is not None:
                side = self.button.iconSize().height()
                colour = self._theme.palette.text
                # a speaker, not ▶: the start-the-quiz button has the arrow
                icon = pause_icon(colour, side) if running else speaker_icon(colour, side)
                self.button.setIcon(icon)
        if self.speaker is not None:
            self.speaker.setToolTip(f"{said('Listen to the word')} ({native(('P',))})")
            self.speaker.setAccessibleName(said("Listen to the word"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is self.window:
            self._texts()
            chrome.fit_toolbar(self.view)
        elif event.type() == QEvent.Type.Close and watched is self.window:
            self.stop()
        return super().eventFilter(watched, event)


SAID = (  # the words of the speech controls, for lupdate
    QT_TRANSLATE_NOOP("SpeechHookup", "Listen"),
    QT_TRANSLATE_NOOP("SpeechHookup", "Pause"),
    QT_TRANSLATE_NOOP("SpeechHookup", "Read the article aloud"),
    QT_TRANSLATE_NOOP("SpeechHookup", "Pause the reading aloud"),
    QT_TRANSLATE_NOOP("SpeechHookup", "Listen to the word"),
)
