"""`quizapp selftest`: take every quiz of a bank in the real window, and say if all is well.

Runs offscreen when there is no display. Every article is opened from the
library, a practice quiz is answered through the real widgets with the
file's right answers, and the summary must show full marks. Exit 0 when
every article passes; 1 naming the article and question that failed (or the
files with errors); 2 when the command itself is misused.

Without --data-dir nothing is left in the learner's data (a temporary folder
is used and deleted); with it, the runs are recorded under the profile
`selftest`, one finished session per article, and the learner chosen last is
never changed, not even for a moment (a selftest killed half-way leaves the
learner's choice as it was).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quizapp.commands.plurals import counted

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
PROFILE = "selftest"
LEVEL = "B1"  # the level the selftest's learner says they read (the reviewers play a B1)
ARTICLE_TIMEOUT = 120.0  # seconds for one article, whatever happens


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizapp selftest",
        description="Take every quiz of a bank in the real window (offscreen without a display) "
        "with the files' right answers, and check that each ends with full marks.",
    )
    parser.add_argument(
        "--bank", metavar="DIR", help="folder of question files (default: the bank)"
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="record the runs there under the profile 'selftest' (default: a temporary folder)",
    )
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        help="save PNG pictures of each screen: both languages, light and dark, "
        "base size and largest zoom, 900×700 and 1400×900",
    )
    parser.add_argument(
        "--lang",
        choices=["fr", "en"],
        help="interface language to start in (default: the system's)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=ARTICLE_TIMEOUT,
        metavar="SECONDS",
        help=f"give up on an article after this long (default {ARTICLE_TIMEOUT:g})",
    )
    return parser


def ok_line(title: str, questions: int, percent: float, lang: str = "en") -> str:
    """One article taken: its title, how many questions, the score."""
    return f"ok   {title} — {counted(questions, 'question', lang)}, {percent:.0f} %"


def passed_line(articles: int, lang: str = "en") -> str:
    """The summary line of a run where every article got full marks."""
    if lang == "fr":
        return (
            f"selftest\u00a0: {counted(articles, 'article', lang)}, toutes les réponses justes, "
            "la note maximale."
        )
    return f"selftest: {counted(articles, 'article')}, every question right, full marks."


def needs_offscreen() -> bool:
    """No display to show a window on (Linux without X11 or Wayland)."""
    if not sys.platform.startswith("linux"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def say(text: str, out: Any = None) -> None:
    stream = out or sys.stdout
    stream.write(text + "\n")
    stream.flush()


class Watchdog:
    """Ends the process with a plain message if one article takes too long (a hang)."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.timer: threading.Timer | None = None
        self.what: Any = None

    def start(self, describe: Any) -> None:
        self.stop()
        self.what = describe
        self.timer = threading.Timer(self.seconds, self._fire)
        self.timer.daemon = True
        self.timer.start()

    def stop(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None

    def _fire(self) -> None:
        say(
            f"selftest: FAILED: {self.what()}: no answer from the window after "
            f"{self.seconds:g} s (it hung); giving up.",
            sys.stderr,
        )
        os._exit(EXIT_FAILED)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(list(argv) if argv is not None else None)
    except SystemExit as stop:
        return int(stop.code or 0) and EXIT_USAGE
    if needs_offscreen():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from quizapp.core.bank.loader import load_bank
    from quizapp.paths import default_bank

    bank = Path(args.bank) if args.bank else default_bank()
    if not bank.is_dir():
        say(
            f"selftest: {bank}: no such folder (give --bank the folder of question files)",
            sys.stderr,
        )
        return EXIT_USAGE
    scan = load_bank([bank])
    errors = [p for p in scan.problems if p.is_error]
    if errors:
        for p in errors:
            say(f"{p.path}:{p.line}:{p.column}: error: {p.message}", sys.stderr)
        files = sorted({str(p.path) for p in errors})
        say(
            f"selftest: FAILED: {counted(len(files), 'file')} with errors: {', '.join(files)} "
            "(run `quizapp check` for the details)",
            sys.stderr,
        )
        return EXIT_FAILED
    if not scan.articles:
        say(f"selftest: FAILED: no article in {bank}", sys.stderr)
        return EXIT_FAILED
    temporary = None
    if args.data_dir:
        data_dir = Path(args.data_dir)
    else:
        temporary = tempfile.mkdtemp(prefix="quizapp-selftest-")
        data_dir = Path(temporary)
    shots = Path(args.screenshots) if args.screenshots else None
    try:
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
        return run(bank, data_dir, shots, args.lang, args.timeout, len(scan.articles))
    except OSError as error:
        say(f"selftest: FAILED: {error}", sys.stderr)
        return EXIT_FAILED
    finally:
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)


def run(
    bank: Path, data_dir: Path, shots: Path | None, lang: str | None, timeout: float, count: int
) -> int:
    from quizapp.core.progress.api import ProgressStore
    from quizapp.core.progress.errors import ProgressStoreError

    try:  # here, before any window: four selftests started at once get the same profile
        with ProgressStore.open(data_dir) as store:
            store.profile_named(PROFILE)
    except ProgressStoreError as error:
        say(
            f"selftest: FAILED: the progress store in {data_dir} cannot be used: {error}",
            sys.stderr,
        )
        return EXIT_FAILED
    settings_file = data_dir / "settings.ini"
    settings_before = settings_file.read_bytes() if settings_file.is_file() else None
    try:
        return drive(bank, data_dir, shots, lang, timeout, count)
    finally:  # the learner's window keeps its own language, size and bank
        if settings_before is not None:
            settings_file.write_bytes(settings_before)
        else:
            settings_file.unlink(missing_ok=True)


def shoot_progress(window, shoot) -> None:
    """History, Review my mistakes, My words, a word card due (front, then its back), and
    the sitting's end."""
    from PySide6.QtWidgets import QWidget

    from quizapp.core.review.ratings import Rating

    screens = window.progress_screens
    for name in ("history", "mistakes", "words"):
        screens.show(name)
        shoot(name)
    review = screens.review
    review.show()
    view, page = review.view, review.view.word_page
    words = [card for card in view.cards if card.kind == "word"]
    if words and len(words) < len(view.cards):
        view.start(words)  # the word cards alone: each is answered below, right
    shoot("review")  # a word card's front; else what is due, or that nothing is
    if view.pages.currentWidget() is page and page.card is not None:
        page.show_button.click()  # turned over (the flip's cover gone: it is the still back)
        for cover in page.findChildren(QWidget, "review_flip"):
            cover.hide()
        shoot("review-back")
        while view.pages.currentWidget() is page and page.card is not None:
            page.buttons[page.suggestion or Rating.GOOD].click()  # every card, as a learner
            if view.pages.currentWidget() is page and page.card is not None:
                page.show_button.click()
        if view.on_done_page():
            review._summarise()  # with the rating just saved
            view.done.ring.stop()  # the ring at rest, as a learner sees it a moment later
            shoot("review-done")
    window.show_screen("library")


def drive(
    bank: Path, data_dir: Path, shots: Path | None, lang: str | None, timeout: float, count: int
) -> int:
    from PySide6.QtWidgets import QApplication

    from quizapp.gui.quiz.selftest_driver import Driver, SelftestFailure, wait_until
    from quizapp.gui.quiz.summary_ring import SHOWCASE
    from quizapp.gui.window.i18n import Translators, default_language
    from quizapp.gui.window.main_window import MainWindow
    from quizapp.gui.window.screenshots import Shooter
    from quizapp.gui.window.settings import AppSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = AppSettings(data_dir)
    translators = Translators()
    first = default_language(lang, None)
    lines_lang = first  # what it prints, in the language it starts the window in
    translators.install(first)
    window = MainWindow(settings, translators, bank=bank)
    window.progress_screens.bridge.rescue.interactive = False  # no one to answer a dialog
    window.progress_screens.bridge.fixed_profile = PROFILE  # the learner's own choice stays
    window.resize(1280, 860)
    window.show()
    languages = [first, "fr" if first == "en" else "en"]
    shooter = Shooter(window, shots, languages) if shots is not None else None

    def shoot(name: str, again=None) -> None:
        if shooter is not None:  # both languages, light and dark, two zooms, two sizes
            shooter.shoot(name, again)

    driver = Driver(window, shoot)
    dog = Watchdog(timeout)
    current = {"article": "loading the bank"}
    dog.start(lambda: f"{current['article']}, {driver.where}")
    passed = 0
    try:
        window.after_first_paint()

        def quizzes() -> list:  # the bank's articles: a learner's own texts have no quiz
            return [a for a in window.library_view.model.articles() if a.questions]

        wait_until(lambda: len(quizzes()) == count, "the library")
        bridge = window.progress_screens.bridge
        wait_until(lambda: bridge.store is not None or bool(bridge.unavailable), "the store")
        if bridge.store is None:
            raise SelftestFailure(f"progress cannot be saved: {bridge.unavailable}")
        wait_until(lambda: bridge.profile is not None, "the selftest's learner")
        bridge.learners.level.choose(LEVEL)  # said as on the welcome card: « Your level: B1 »
        if shooter is not None:  # the first picture as a learner sees it a moment later:
            library = window.library_view  # the review's chip and the new words counted
            wait_until(lambda: library.review_chip is not None, "the review's chip")
            articles = library.model.articles()
            counted = lambda: all(library.model.new_words(a.id) is not None for a in articles)  # noqa: E731
            wait_until(counted, "the new words counted")
        shoot("library")
        for article in quizzes():
            current["article"] = f"article {article.id!r} ({article.path})"
            driver.where = "opening it from the library"
            dog.start(lambda: f"{current['article']}, {driver.where}")
            driver.open_from_library(article)
            if not driver.types_shot:
                driver.show_a_gloss(article)
                shoot("reading-gloss", lambda a=article: driver.show_a_gloss(a))
                window.reading_view.close_popover()
                driver.look_up_words(article)  # the end card's words: the summary's too
                window.reading_view.passage.verticalScrollBar().setValue(0)
            result = driver.take_quiz(article)
            shoot_summary = not getattr(driver, "summary_shot", False)
            if shoot_summary:
                driver.summary_shot = True  # type: ignore[attr-defined]
                ring = window.quiz.panel.summary.score  # full marks: the celebration, held
                ring.stop()  # the ring filled, its check drawn: not a frame of its moment
                shoot("summary")
                shoot("summary-celebration", lambda r=ring: r.still(SHOWCASE))
                ring.stop()
            if bridge.store is not None and bridge.store.pending_count:
                raise SelftestFailure(
                    "the answers could not be saved: " + bridge.banner.text.text()
                )
            passed += 1
            say(ok_line(article.title, len(article.questions), result.percent, lines_lang))
        if shooter is not None:  # the library again, now with every article's best score
            current["article"] = "the pictures after the quizzes"  # a phase of its own:
            driver.where = "the library, the reading's end and progress"
            dog.start(lambda: f"{current['article']}, {driver.where}")  # its own time
            first = quizzes()[0]  # its quiz done: best score
            driver.open_from_library(first)
            driver.reach_the_end(first)  # its words looked up before the library's picture,
            window.show_screen("library")  # so its chip counts what the review then shows
            review = window.progress_screens.review
            review.update_count()  # now, not after the count's short delay
            back = window.library_view.table.return_to_current  # as if back at this size
            shoot("library-progress", back)
            driver.open_from_library(first)
            driver.reach_the_end(first, words=0)
            shoot("reading-end", lambda a=first: driver.reach_the_end(a, words=0))
            shoot_progress(window, shoot)
            from quizapp.commands.selftest_own import shoot_own_text

            driver.where = "a pasted text and its exercises"
            dog.start(lambda: f"{current['article']}, {driver.where}")
            shoot_own_text(window, shoot)
    except SelftestFailure as failure:
        say(f"selftest: FAILED: {current['article']}, {driver.where}: {failure}", sys.stderr)
        return EXIT_FAILED
    finally:
        dog.stop()
        window.close()
        window.shutdown()
        window.deleteLater()
        app.processEvents()
    say(passed_line(passed, lines_lang))
    return EXIT_OK
