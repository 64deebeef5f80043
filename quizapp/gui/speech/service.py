"""French speech through the platform's own voices (QtTextToSpeech), off the GUI thread.

Why a thread: creating an engine can take seconds (speech-dispatcher is started and
asked for its voices), and speaking must never freeze the window. The engine lives on
a worker thread; `say`, `stop` and the rate reach it as queued calls, its state and the
word being said come back as queued signals. Nothing here is imported before the first
paint. No PySide6-Addons, no engine or no French voice: `available` stays False and
`reason` says why, for the Preferences' caption.
"""

from __future__ import annotations

import atexit
import os

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, Signal, Slot

# Tests pick Qt's "mock" engine (it fakes speaking, word by word) and accept its
# English voices; the app takes the platform's default engine and a French voice only.
# QUIZAPP_SPEECH_ENGINE names an engine ("" for none: the test suite's default).
ENGINE_NAME: str | None = None
ANY_VOICE = False
SLOW_RATE = -0.25  # a learner's pace: clear, not drawled
NO_ADDONS, NO_ENGINE, NO_VOICE = "no_addons", "no_engine", "no_voice"


_LIVE: list[tuple[QThread, QObject]] = []  # threads still running, ended at exit at the latest


def _end(thread: QThread, engine: QObject) -> None:
    if (thread, engine) in _LIVE:
        _LIVE.remove((thread, engine))
    if thread.isRunning():
        QMetaObject.invokeMethod(engine, "release", Qt.ConnectionType.BlockingQueuedConnection)
        thread.quit()
        thread.wait(3000)


@atexit.register
def _end_all() -> None:
    """A window dropped without `close()` (a test) must not leave its thread running."""
    for thread, engine in list(_LIVE):
        _end(thread, engine)


def pick_locale(names: list[str]) -> str | None:
    """France's French first, then any French (fr_BE, fr_CA, ...); None without one."""
    french = sorted(n for n in names if n == "fr" or n.startswith("fr_"))
    return "fr_FR" if "fr_FR" in french else (french[0] if french else None)


class _Engine(QObject):
    """Owns the QTextToSpeech on the worker thread; every slot runs there."""

    found = Signal(bool, str)  # available, why not
    state = Signal(bool)  # speaking
    word = Signal(int, int)  # start, length (UTF-16) in the text being said

    def __init__(self, name: str | None, any_voice: bool):
        super().__init__()
        self.name, self.any_voice = name, any_voice
        self.tts = None

    @Slot()
    def create(self) -> None:
        try:
            from PySide6.QtCore import QLocale
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            self.found.emit(False, NO_ADDONS)
            return
        names = QTextToSpeech.availableEngines()
        if not names or (self.name is not None and self.name not in names):
            self.found.emit(False, NO_ENGINE)
            return
        tts = QTextToSpeech(self.name) if self.name else QTextToSpeech()
        self.tts = tts
        if tts.state() == QTextToSpeech.State.Error:
            self.found.emit(False, NO_ENGINE)
            return
        locale = pick_locale([loc.name() for loc in tts.availableLocales()])
        if locale is not None:
            tts.setLocale(QLocale(locale))
            voices = [v for v in tts.availableVoices() if v.locale().name().startswith("fr")]
            if voices:
                tts.setVoice(voices[0])
        elif not self.any_voice:
            self.found.emit(False, NO_VOICE)
            return
        tts.stateChanged.connect(lambda s: self.state.emit(s == QTextToSpeech.State.Speaking))
        tts.sayingWord.connect(lambda _w, _id, start, length: self.word.emit(start, length))
        self.found.emit(True, "")

    @Slot(str)
    def say(self, text: str) -> None:
        if self.tts is not None:
            self.tts.say(text)

    @Slot()
    def stop(self) -> None:
        if self.tts is not None:
            self.tts.stop()

    @Slot(float)
    def set_rate(self, rate: float) -> None:
        if self.tts is not None:
            self.tts.setRate(rate)

    @Slot()
    def release(self) -> None:
        if self.tts is not None:
            self.tts.stop()
            self.tts = None  # deleted here, on its own thread


class SpeechService(QObject):
    """One voice for the window: `say(text)`, `stop()`, `set_slow(on)`; `ready` once the
    engine is known (then `available`/`reason`), `speaking_changed`, `word_said`."""

    ready = Signal()
    speaking_changed = Signal(bool)
    word_said = Signal(int, int)  # start, length in the text last said (UTF-16)
    _say = Signal(str)
    _stop = Signal()
    _rate = Signal(float)
    _create = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.available = False
        self.known = False  # the engine has been asked
        self.reason = ""
        self.speaking = False
        self._rate_value = SLOW_RATE
        name = ENGINE_NAME if ENGINE_NAME is not None else os.environ.get("QUIZAPP_SPEECH_ENGINE")
        self._off = name == ""
        self._thread = QThread()  # no parent: ended by close(), or at exit (_end_all)
        self._thread.setObjectName("speech")
        self._engine = _Engine(name or None, ANY_VOICE)
        self._engine.moveToThread(self._thread)
        self._create.connect(self._engine.create)
        self._say.connect(self._engine.say)
        self._stop.connect(self._engine.stop)
        self._rate.connect(self._engine.set_rate)
        self._engine.found.connect(self._found)
        self._engine.state.connect(self._state)
        self._engine.word.connect(self.word_said)

    def start(self) -> None:
        """Look for an engine and a French voice (on the worker); `ready` tells."""
        if self._off:
            if not self.known:
                self._found(False, NO_ENGINE)
        elif not self._thread.isRunning() and not self.known:
            _LIVE.append((self._thread, self._engine))
            self._thread.start()
            self._create.emit()

    def _found(self, available: bool, reason: str) -> None:
        self.known, self.available, self.reason = True, available, reason
        if available:
            self._rate.emit(self._rate_value)
        self.ready.emit()

    def _state(self, speaking: bool) -> None:
        if speaking == self.speaking:
            return
        self.speaking = speaking
        self.speaking_changed.emit(speaking)

    def say(self, text: str) -> None:
        """Say `text` now (the engine cuts off whatever it was saying)."""
        if self.available and text.strip():
            self._say.emit(text)

    def stop(self) -> None:
        if self.available:
            self._stop.emit()

    def set_slow(self, slow: bool) -> None:
        self._rate_value = SLOW_RATE if slow else 0.0
        if self.available:
            self._rate.emit(self._rate_value)

    def rate(self) -> float:
        return self._rate_value

    def close(self) -> None:
        """Silence, then the engine is released on its thread and the thread ends."""
        self.available = False
        _end(self._thread, self._engine)
