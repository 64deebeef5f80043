"""A monkey at the keyboard: seeded random clicks and keys over the whole window.

Thousands of events, bounded in time, on a bank with every question type,
HTML-looking text and a broken file. Any exception escaping a slot fails the
test (pytest-qt captures them), and so does any Qt warning (the project's
`qt_log_level_fail`). File dialogs and the file manager are replaced by no-ops (they
would browse the real disk) and the window refuses to close, so the monkey cannot quit.
Each failure names the seed and the last events, to replay it.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from quizapp.core.progress.api import ProgressStore
from quizapp.gui.quiz.selftest_driver import Driver, pump
from quizapp.gui.window import dialogs
from tests.gui.conftest import SAMPLE, make_window
from tests.gui.quiz_fixtures import ALL_TYPES
from tests.gui.window.test_markup import BROKEN, article_text

BUDGET = 10.0  # seconds per seed, once MIN_EVENTS are done
MIN_EVENTS = 500  # always this many, however busy the machine: speed is the benchmarks' job
# Two seeds in the normal run; QUIZAPP_MONKEY_SEEDS=1,2,3 replays or hunts with others.
SEEDS = [int(x) for x in os.environ.get("QUIZAPP_MONKEY_SEEDS", "20261124,7").split(",")]
MAX_EVENTS = 4000
K = Qt.Key
M = Qt.KeyboardModifier
KEYS: list[tuple[Qt.Key, Qt.KeyboardModifier]] = [
    *[(k, M.NoModifier) for k in (K.Key_Tab, K.Key_Return, K.Key_Space, K.Key_Escape)],
    *[(k, M.NoModifier) for k in (K.Key_Up, K.Key_Down, K.Key_Left, K.Key_Right)],
    *[(k, M.NoModifier) for k in (K.Key_PageUp, K.Key_PageDown, K.Key_Home, K.Key_End)],
    *[(k, M.NoModifier) for k in (K.Key_Backspace, K.Key_Delete, K.Key_F5, K.Key_F1)],
    *[(k, M.NoModifier) for k in (K.Key_1, K.Key_2, K.Key_3, K.Key_A, K.Key_E, K.Key_T)],
    (K.Key_Tab, M.ShiftModifier),
    (K.Key_Up, M.AltModifier),
    (K.Key_Down, M.AltModifier),
    (K.Key_PageDown, M.ControlModifier),
    (K.Key_PageUp, M.ControlModifier),
    *[(k, M.ControlModifier) for k in (K.Key_F, K.Key_E, K.Key_Plus, K.Key_Minus, K.Key_0)],
    *[(k, M.ControlModifier) for k in (K.Key_C, K.Key_A, K.Key_L)],
    *[(k, M.ControlModifier | M.ShiftModifier) for k in (K.Key_H, K.Key_M, K.Key_W, K.Key_N)],
]
BUTTONS = [Qt.MouseButton.LeftButton] * 8 + [Qt.MouseButton.MiddleButton]


class RefuseClose(QObject):
    """The monkey may press Ctrl+Q or click Quit: the window stays."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            event.ignore()
            return True
        return False


def nudge(rng: random.Random, win, log: list[str]) -> None:
    """Every few hundred events, go where random clicks rarely get: an article, a quiz."""
    for widget in QApplication.topLevelWidgets():
        if widget is not win and widget.isVisible():
            widget.close()
    win.show_screen("library")
    view = win.library_view
    view.search.clear()
    pump()
    from quizapp.gui.library.model import ARTICLE_ROLE

    listed = [view.proxy.index(r, 0).data(ARTICLE_ROLE) for r in range(view.proxy.rowCount())]
    articles = [a for a in listed if a is not None]  # the monkey may have set a filter
    if not articles:
        return
    article = rng.choice(articles)
    log.append(f"nudge: open {article.id}")
    Driver(win).open_from_library(article)
    if rng.random() < 0.7:
        log.append("nudge: start a quiz")
        win.actions_by_name["start_quiz"].trigger()
        pump()
        panel = win.quiz.panel
        if panel is not None and panel.chooser.isVisible():
            button = rng.choice([panel.chooser.practice_button, panel.chooser.test_button])
            if button.isVisible() and button.isEnabled():
                button.click()
    pump()


@pytest.fixture
def monkey_window(qtbot, tmp_path: Path, data_dir: Path, monkeypatch) -> Iterator:
    bank = tmp_path / "bank"
    bank.mkdir()
    (bank / "balises.yaml").write_text(article_text(), encoding="utf-8")
    (bank / "tous.yaml").write_text(ALL_TYPES, encoding="utf-8")
    (bank / "belarus.yaml").write_text(SAMPLE, encoding="utf-8")
    (bank / "cassé.yaml").write_text(BROKEN, encoding="utf-8")
    with ProgressStore.open(data_dir) as store:  # a current learner, as after a first start
        store.create_profile("selftest")
    monkeypatch.setattr(QFileDialog, "open", lambda self, *a: None)
    monkeypatch.setattr(dialogs, "open_folder", lambda folder: True)  # no file manager
    monkeypatch.setattr(QFileDialog, "exec", lambda self: 0)
    # File → Open my articles folder would start the real file manager.
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    win = make_window(bank, data_dir)
    qtbot.addWidget(win)
    guard = RefuseClose(win)
    win.installEventFilter(guard)
    win.resize(1024, 740)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.bank_loaded, timeout=10_000):
        win.after_first_paint()
    bridge = win.progress_screens.bridge  # the progress store opens just after the list
    qtbot.waitUntil(lambda: bridge.store is not None or bool(bridge.unavailable))
    yield win
    win.removeEventFilter(guard)
    win.shutdown()
    win.translators.install("en")


def target_window(rng: random.Random, main: QWidget) -> QWidget:
    for special in (QApplication.activePopupWidget(), QApplication.activeModalWidget()):
        if special is not None and special.isVisible():
            return special
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
    return rng.choice(shown) if shown and rng.random() < 0.3 else main


def random_widget(rng: random.Random, top: QWidget) -> QWidget:
    children = [w for w in top.findChildren(QWidget) if w.isVisible() and w.width() > 0]
    return rng.choice(children) if children and rng.random() < 0.9 else top


def step(qtbot, rng: random.Random, win: QWidget, log: list[str]) -> None:
    top = target_window(rng, win)
    roll = rng.random()
    if roll < 0.55:
        widget = random_widget(rng, top)
        pos = QPoint(rng.randrange(max(widget.width(), 1)), rng.randrange(max(widget.height(), 1)))
        button = rng.choice(BUTTONS)
        double = rng.random() < 0.1
        log.append(f"{'double' if double else 'click'} {type(widget).__name__} "
                   f"{widget.objectName()!r} at {pos.x()},{pos.y()} {button.name}")  # fmt: skip
        if double:
            qtbot.mouseDClick(widget, button, pos=pos)
        else:
            qtbot.mouseClick(widget, button, pos=pos)
    elif roll < 0.95:
        key, modifiers = rng.choice(KEYS)
        focus = QApplication.focusWidget() or top
        log.append(f"key {key.name} {modifiers} on {type(focus).__name__} {focus.objectName()!r}")
        qtbot.keyClick(focus, key, modifiers)
    else:
        focus = QApplication.focusWidget() or top
        text = rng.choice(["é", "oui", "<b>x</b>", "&", "l’école", "1996", " "])
        log.append(f"type {text!r} on {type(focus).__name__}")
        qtbot.keyClicks(focus, text) if text.isascii() else None
    pump()


# Menus and drop-downs the monkey opens make the offscreen platform itself say it
# cannot raise a window or grab the keyboard: exactly those two, nothing broader.
@pytest.mark.qt_log_ignore(
    r"^This plugin does not support raise\(\)$",
    r"^This plugin does not support grabbing the keyboard$",
)
@pytest.mark.parametrize("seed", SEEDS)
def test_random_clicks_and_keys_break_nothing(qtbot, monkey_window, seed: int):
    win = monkey_window
    rng = random.Random(seed)
    log: list[str] = []
    deadline = time.monotonic() + BUDGET
    count = 0
    while count < MAX_EVENTS and (count < MIN_EVENTS or time.monotonic() < deadline):
        try:
            if count % 250 == 0:
                nudge(rng, win, log)
            step(qtbot, rng, win, log)
        except Exception as exc:  # name the seed and what led here
            recent = "\n".join(log[-25:])
            raise AssertionError(f"seed {seed}, event {count}: {exc!r}\n{recent}") from exc
        count += 1
        if not win.isVisible():  # pragma: no cover - the guard should make this impossible
            raise AssertionError(f"seed {seed}: the window went away\n" + "\n".join(log[-25:]))
    # Still alive and answering: the library can be shown and lists the good articles.
    for widget in QApplication.topLevelWidgets():
        if widget is not win and widget.isVisible():
            widget.close()
    win.show_screen("library")
    assert win.current_screen() == "library"
    ids = {a.id for a in win.library_view.model.articles()}
    assert {"balises", "tous-les-types", "armes-belarus"} <= ids


LOW_GLOSS = (
    "id: glose-en-bas\ntitle: Glose en bas\nlevel: B1\nsentences:\n"
    + "".join(
        f"  - id: s{i}\n    fr: {'Une phrase assez longue pour remplir la page. ' * 6}\n"
        f"    en: Filler.\n"
        for i in range(1, 9)
    )
    + "  - id: s9\n    fr: Le conseil a voté la loi.\n    en: The council passed the law.\n"
    + "glossary:\n  - fr: conseil\n    en: council\n"
    + "questions:\n  - id: q1\n    type: locate\n    prompt: Où ?\n    sentences: [s9]\n"
)


def test_replay_parallel_switch_with_a_gloss_card_open(qtbot, monkey_window):
    """Found by the monkey (seed 2): clearing the passage moved its scroll bar, which
    closed the gloss card, whose highlight update then used the old sentence spans on
    the emptied document (Qt warned `QTextCursor::setPosition: Position out of range`)."""
    win = monkey_window
    (win.bank / "glose.yaml").write_text(LOW_GLOSS, encoding="utf-8")
    with qtbot.waitSignal(win.bank_loaded, timeout=10_000):
        win.load_bank(win.bank)
    article = next(a for a in win.library_view.model.articles() if a.id == "glose-en-bas")
    driver = Driver(win)
    driver.open_from_library(article)
    passage = win.reading_view.passage
    driver.show_a_gloss(article)  # the word of s9, at the bottom: the passage scrolls down
    qtbot.waitUntil(lambda: win.reading_view.popover is not None)
    qtbot.waitUntil(lambda: win.reading_view.popover.isVisible())
    assert passage.verticalScrollBar().value() > 0
    win.actions_by_name["parallel"].trigger()
    win.actions_by_name["parallel"].trigger()
    pump()
    assert passage.toPlainText().count(article.sentence("s9").fr) == 1
