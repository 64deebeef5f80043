"""The voice's own process: QtTextToSpeech, driven by lines on stdin, telling on stdout.

    python -m quizapp.gui.speech.worker ENGINE ANY_VOICE

Why a process: creating an engine blocks in C++ with Python's lock held (speech-
dispatcher takes ~1.5 s to answer, and a wedged daemon never does), which would
freeze the window; a thread cannot help, a process can. In: `say <json text>`,
`stop`, `rate <float>`, `quit`. Out: `found 1` or `found 0 <reason>`, `state 0|1`,
`word <start> <length>` (UTF-16 offsets in the text being said).
"""

from __future__ import annotations

import json
import sys
import threading

NO_ADDONS, NO_ENGINE, NO_VOICE = "no_addons", "no_engine", "no_voice"


def pick_locale(names: list[str]) -> str | None:
    """France's French first, then any French (fr_BE, fr_CA, ...); None without one."""
    french = sorted(n for n in names if n == "fr" or n.startswith("fr_"))
    return "fr_FR" if "fr_FR" in french else (french[0] if french else None)


def tell(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    name = argv[0] if argv and argv[0] else None
    any_voice = len(argv) > 1 and argv[1] == "1"
    from PySide6.QtCore import QCoreApplication, QLocale, QLoggingCategory, QObject, Signal, Slot

    # Qt Multimedia looks for PipeWire and warns when it is absent; the engines bring
    # their own audio, so the warning would only alarm.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
    app = QCoreApplication([])
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        tell(f"found 0 {NO_ADDONS}")
        return 0
    engines = QTextToSpeech.availableEngines()
    if not engines or (name is not None and name not in engines):
        tell(f"found 0 {NO_ENGINE}")
        return 0
    tts = QTextToSpeech(name) if name else QTextToSpeech()
    if tts.state() == QTextToSpeech.State.Error:
        tell(f"found 0 {NO_ENGINE}")
        return 0
    locale = pick_locale([loc.name() for loc in tts.availableLocales()])
    if locale is not None:
        tts.setLocale(QLocale(locale))
        voices = [v for v in tts.availableVoices() if v.locale().name().startswith("fr")]
        if voices:
            tts.setVoice(voices[0])
    elif not any_voice:
        tell(f"found 0 {NO_VOICE}")
        return 0
    tts.stateChanged.connect(lambda s: tell(f"state {int(s == QTextToSpeech.State.Speaking)}"))
    tts.sayingWord.connect(lambda _w, _id, start, length: tell(f"word {start} {length}"))

    class Commands(QObject):
        line = Signal(str)

        @Slot(str)
        def run(self, line: str) -> None:
            verb, _, rest = line.strip().partition(" ")
            if verb == "say":
                tts.say(json.loads(rest))
            elif verb == "stop":
                tts.stop()
            elif verb == "rate":
                tts.setRate(float(rest))
            elif verb == "quit":
                tts.stop()
                app.quit()

    commands = Commands()
    commands.line.connect(commands.run)  # queued: read on a thread, run on the engine's

    def read() -> None:
        for line in sys.stdin:
            commands.line.emit(line)
        commands.line.emit("quit")  # the window has gone

    threading.Thread(target=read, daemon=True).start()
    tell("found 1")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
