"""French speech through the platform's own voices (QtTextToSpeech), in a process of its own.

Why a process (`worker.py`): creating an engine blocks in C++ with Python's lock held
(speech-dispatcher takes ~1.5 s to answer, and a wedged daemon never does), which
would freeze the window. The worker is started with the reading screen, after the
first paint; `say`, `stop` and the rate are lines on its stdin, its state and the word
being said come back on its stdout. No PySide6-Addons, no engine or no French voice:
`available` stays False and `reason` says why, for the Preferences' caption.
"""

from __future__ import annotations

import atexit
import json
import os
import sys

from PySide6.QtCore import QObject, QProcess, Signal

# Tests pick Qt's "mock" engine (it fakes speaking, word by word) and accept its
# English voices; the app takes the platform's default engine and a French voice only.
# QUIZAPP_SPEECH_ENGINE names an engine ("" for none: the test suite's default).
ENGINE_NAME: str | None = None
ANY_VOICE = False
SLOW_RATE = -0.25  # a learner's pace: clear, not drawled
NO_ADDONS, NO_ENGINE, NO_VOICE = "no_addons", "no_engine", "no_voice"
_LIVE: list[QProcess] = []  # workers still running, ended at exit at the latest


def _end(process: QProcess) -> None:
    if process in _LIVE:
        _LIVE.remove(process)
    try:
        if process.state() != QProcess.ProcessState.NotRunning:
            process.write(b"quit\n")
            if not process.waitForFinished(1000):
                process.kill()
                process.waitForFinished(1000)
    except RuntimeError:  # already deleted with its window, which ended it
        pass


@atexit.register
def _end_all() -> None:
    """A window dropped without `close()` must not leave its voice running."""
    for process in list(_LIVE):
        _end(process)


class SpeechService(QObject):
    """One voice for the window: `say(text)`, `stop()`, `set_slow(on)`; `ready` once the
    engine is known (then `available`/`reason`), `speaking_changed`, `word_said`."""

    ready = Signal()
    speaking_changed = Signal(bool)
    word_said = Signal(int, int)  # start, length in the text last said (UTF-16)
    asked = Signal(str)  # a text handed to the voice (tests and screen readers)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.available = False
        self.known = False  # the engine has answered
        self.reason = ""
        self.speaking = False
        self._rate_value = SLOW_RATE
        name = ENGINE_NAME if ENGINE_NAME is not None else os.environ.get("QUIZAPP_SPEECH_ENGINE")
        self._off = name == ""
        self._args = ["-m", "quizapp.gui.speech.worker", name or "", "1" if ANY_VOICE else "0"]
        self._process: QProcess | None = None
        self._buffer = b""

    def start(self) -> None:
        """Look for an engine and a French voice (in the worker); `ready` tells."""
        if self._off:
            if not self.known:
                self._found(False, NO_ENGINE)
            return
        if self._process is not None:
            return
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._ended)
        process.errorOccurred.connect(self._failed)
        self._process = process
        _LIVE.append(process)
        process.start(sys.executable, self._args)

    def _read(self) -> None:
        process = self._process
        if process is None:
            return
        self._buffer += bytes(process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for raw in lines:
            verb, *rest = raw.decode("utf-8", "replace").split()
            if verb == "found":
                self._found(rest[0] == "1", rest[1] if len(rest) > 1 else "")
            elif verb == "state":
                self._state(rest[0] == "1")
            elif verb == "word" and len(rest) == 2:
                self.word_said.emit(int(rest[0]), int(rest[1]))

    def _ended(self, *_args) -> None:
        """The worker stopped (or never started: no Python to run it)."""
        if not self.known:
            self._found(False, NO_ENGINE)
        self.available = False
        self._state(False)

    def _failed(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._ended()

    def _found(self, available: bool, reason: str) -> None:
        self.known, self.available, self.reason = True, available, reason
        if available:
            self._send(f"rate {self._rate_value}")
        self.ready.emit()

    def _state(self, speaking: bool) -> None:
        if speaking != self.speaking:
            self.speaking = speaking
            self.speaking_changed.emit(speaking)

    def _send(self, line: str) -> None:
        if self._process is not None and self.available:
            self._process.write((line + "\n").encode("utf-8"))

    def say(self, text: str) -> None:
        """Say `text` now (the engine cuts off whatever it was saying)."""
        if self.available and text.strip():
            self.asked.emit(text)
            self._send("say " + json.dumps(text))

    def stop(self) -> None:
        self._send("stop")

    def set_slow(self, slow: bool) -> None:
        self._rate_value = SLOW_RATE if slow else 0.0
        self._send(f"rate {self._rate_value}")

    def rate(self) -> float:
        return self._rate_value

    def close(self) -> None:
        """Silence, and the worker ends."""
        self.available = False
        if self._process is not None:
            self._process.finished.disconnect(self._ended)
            self._process.errorOccurred.disconnect(self._failed)
            _end(self._process)
