"""Teacher and learner text is never markup, and never breaks the layout.

An article whose every text field holds something that looks like HTML (or
a mnemonic `&`, or a 500-letter word, or a 5,000-character sentence) is
taken through every screen: library, passage, gloss card, each question
with its hint, options and feedback, the summary, the history, the mistakes
and words screens, the Problems panel and the dialogs. At each stop every
visible widget is inspected: labels showing such text are plain text,
documents hold it as characters (no <img>, no link), buttons show `&` as
typed, tooltips are not rich text, and nothing is wider than a 1024 px window.
"""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from quizapp.core.progress.api import ProgressStore
from quizapp.gui.quiz.selftest_driver import Driver, click, enter, pump, wait_until
from tests.gui.conftest import make_window

LONG_WORD = ("anticonstitutionnellement" * 20)[:500]
LONG_SENTENCE = ("Le conseil <b>oui</b> a voté & débattu " * 200)[:4990].rstrip() + " fin."
HOSTILE = [
    "<b>oui</b>",
    "<img src=x>",
    '<a href="http://x">lien</a>',
    '<span style="color:white">blanc</span>',
    "<script>alert(1)</script>",
    "&amp;",
    "Marie & Paul",
]
# What must never be found as live markup in a widget showing teacher text.
TAGS = re.compile(r"<(b|img|a|span|script)\b", re.IGNORECASE)
# The gloss card's headword line is the one rich label: the app's own two weights (the
# form muted, the headword bold) around teacher text that must come escaped inside them.
HEADWORD = re.compile(r'(?:<span style="[^"<>]*">(.*) →</span> )?<b>(.*)</b>', re.DOTALL)
# My words' sentence is the other: teacher text, escaped, with the looked-up word in bold.
IN_SENTENCE = re.compile(r"(.*)<b>(.*?)</b>(.*)", re.DOTALL)
APP_RICH = {"headword": HEADWORD, "word_sentence": IN_SENTENCE}
WIDTH = 1024
LEARNER = "<img src=x> Zoé & <b>Léa</b>"


def hostile(n: int) -> str:
    return f"{HOSTILE[n % len(HOSTILE)]} {n}"


def article_text() -> str:
    h = hostile
    doc = {
        "id": "balises",
        "title": f"Titre {h(0)} {h(1)}",
        "title_en": f"Title {h(2)}",
        "level": "B1",
        "tags": [h(3), h(6), LONG_WORD[:40]],
        "source": h(4),
        "sentences": [
            {"id": "s1", "paragraph": 1, "fr": f"La Russie {h(0)} va stationner des armes.",
             "en": f"Russia {h(1)} will station weapons."},
            {"id": "s2", "paragraph": 1, "fr": f"Le mot {LONG_WORD} est long {h(2)}.",
             "en": f"The word is long {h(3)}."},
            {"id": "s3", "fr": LONG_SENTENCE, "en": f"A long sentence {h(4)} {LONG_WORD}."},
            {"id": "s4", "fr": f"{h(5)} {h(6)} et {h(1)} : fin.", "en": h(5)},
        ],
        "glossary": [
            {"fr": "stationner", "en": f"to station {h(0)}", "note": f"note {h(1)} {LONG_WORD}"},
            {"fr": "arme", "en": h(2), "note": h(3)},
        ],
        "questions": [
            {"id": "q1", "type": "choice", "sentences": ["s1"], "prompt": f"Quoi {h(0)} ?",
             "prompt_en": f"What {h(1)}?", "hint": f"Indice {h(2)}", "hint_en": h(3),
             "explanation": f"Explication {h(4)} {LONG_WORD}", "explanation_en": h(5),
             "options": [
                 {"text": f"Option {h(6)}", "correct": True, "feedback": f"Oui {h(0)}"},
                 {"text": f"Autre {h(1)}", "text_en": h(2), "feedback": f"Non {h(3)}",
                  "feedback_en": h(4)},
                 {"text": LONG_WORD, "feedback": LONG_SENTENCE},
             ]},
            {"id": "q2", "type": "multi", "sentences": ["s2"], "prompt": h(5),
             "options": [{"text": h(0), "correct": True}, {"text": h(6), "correct": True},
                         {"text": h(2)}]},
            {"id": "q3", "type": "truefalse", "sentences": ["s1"], "prompt": h(4),
             "answer": True, "explanation": h(3)},
            {"id": "q4", "type": "short", "sentences": ["s4"], "prompt": h(6),
             "answers": [h(0), h(6)]},
            {"id": "q5", "type": "cloze", "sentences": ["s4"], "prompt": h(1),
             "text": f"{h(0)} [{h(6).replace('&', 'et')}] {h(2)} [{LONG_WORD[:60]}] {h(4)}"},
            {"id": "q6", "type": "cloze", "sentences": ["s4"], "prompt": h(3),
             "text": f"{h(5)} [{h(6)}] {h(1)}", "choices": [h(6), h(0), h(5)]},
            {"id": "q7", "type": "match", "sentences": ["s1", "s2"], "prompt": h(2),
             "pairs": [{"left": h(0), "right": h(1)}, {"left": h(6), "right": h(5)},
                       {"left": LONG_WORD[:80], "right": h(3)}]},
            {"id": "q8", "type": "order", "sentences": ["s1"], "prompt": h(4),
             "items": [h(0), h(6), LONG_WORD[:100], h(2)]},
            {"id": "q9", "type": "locate", "sentences": ["s3"], "prompt": h(5),
             "hint": LONG_SENTENCE},
        ],
    }  # fmt: skip
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=10**6)


BROKEN = 'id: cassé\ntitle: "<b>oui</b> & <img src=x>"\nlevel: "<b>oui</b>"\n'


def shown_by_mnemonic(text: str) -> str:
    """What Qt draws for a button text: `&&` is `&`, a lone `&` marks a shortcut."""
    return re.sub(r"&(.)", r"\1", text.replace("&&", "\0")).replace("\0", "&")


def violations(window: QWidget, where: str) -> list[str]:
    pump()
    # The walk holds wrappers of every widget: a garbage collection in the middle of it
    # (set off by making those wrappers) could free a parentless Python-owned widget and
    # its children under the loop, and the next call on one segfaulted (CI, once in three
    # runs, in `w.isVisible()`). Collect first, and not during the walk.
    gc.collect()
    gc.disable()
    try:
        return _violations(window, where)
    finally:
        gc.enable()


def _violations(window: QWidget, where: str) -> list[str]:
    found: list[str] = []
    for w in QApplication.allWidgets():
        if not w.isVisible():
            continue
        name = f"{where}: {type(w).__name__} {w.objectName()!r}"
        rich = isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.PlainText
        shape = APP_RICH.get(w.objectName()) if rich else None
        own = shape.fullmatch(w.text()) if shape else None
        if own and any(TAGS.search(part or "") for part in own.groups()):
            found.append(f"{name} shows teacher markup {w.text()[:60]!r} in its own weights")
        elif rich and not own and TAGS.search(w.text()):
            found.append(f"{name} shows {w.text()[:60]!r} as {w.textFormat()}")
        if isinstance(w, QTextEdit | QPlainTextEdit):
            html = w.document().toHtml()
            if "<img" in html or 'href="http://x"' in html or "<script" in html:
                found.append(f"{name}: markup became live in the document")
            found += [f"{name}: {live}" for live in live_fragments(w.document())]
        if isinstance(w, QAbstractButton):
            for h in HOSTILE:
                typed = h in w.text() or h.replace("&", "&&") in w.text()
                if typed and h not in shown_by_mnemonic(w.text()):
                    found.append(f"{name}: {w.text()[:60]!r} does not show {h!r}")
        tip = w.toolTip()
        if tip and TAGS.search(tip) and QtGuiNamespace.mightBeRichText(tip):
            found.append(f"{name}: tooltip {tip[:60]!r} would be rich text")
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model():
            model = w.model()
            root = w.rootIndex()
            for row in range(min(model.rowCount(root), 50)):
                for col in range(_columns(model, root)):
                    tip = model.index(row, col, root).data(Qt.ItemDataRole.ToolTipRole)
                    if (
                        isinstance(tip, str)
                        and TAGS.search(tip)
                        and QtGuiNamespace.mightBeRichText(tip)
                    ):
                        found.append(f"{name}: item tooltip {tip[:60]!r} would be rich text")
        if w.window() is window and w is not window and not _in_scroll_area(w, window):
            right = w.mapTo(window, QPoint(w.width(), 0)).x()
            if right > window.width() + 1:
                chain = " < ".join(
                    f"{type(p).__name__}{'#' + p.objectName() if p.objectName() else ''}"
                    for p in _parents(w, window)
                )
                found.append(
                    f"{name} ({_describe(w)}) in {chain} reaches x={right}, wider than the "
                    f"{window.width()} px window"
                )
    if window.width() > WIDTH + 1 or window.minimumSizeHint().width() > WIDTH:
        found.append(f"{where}: the window needs {window.minimumSizeHint().width()} px")
    return found


def _parents(w: QWidget, top: QWidget) -> list[QWidget]:
    out = []
    parent = w.parentWidget()
    while parent is not None and parent is not top:
        out.append(parent)
        parent = parent.parentWidget()
    return out[:4]


def _describe(w: QWidget) -> str:
    text = getattr(w, "currentText", None) or getattr(w, "text", None)
    shown = text() if callable(text) else ""
    return f"{shown[:50]!r}, width {w.width()}, hint {w.sizeHint().width()}"


def _columns(model, root) -> int:
    try:
        return model.columnCount(root)
    except TypeError:  # a list model: columnCount is private in C++
        return 1


def _in_scroll_area(w: QWidget, top: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) and w is not parent:
            viewport = parent.viewport()
            if viewport is not None and (viewport is w or viewport.isAncestorOf(w)):
                return True
        parent = parent.parentWidget()
    return False


@pytest.fixture
def hostile_window(qtbot, tmp_path: Path, data_dir: Path):
    bank = tmp_path / "bank"
    bank.mkdir()
    (bank / "balises.yaml").write_text(article_text(), encoding="utf-8")
    (bank / "cassé.yaml").write_text(BROKEN, encoding="utf-8")
    with ProgressStore.open(data_dir) as store:  # a learner's name is learner text too
        store.set_last_profile(store.create_profile(LEARNER))
    win = make_window(bank, data_dir)
    qtbot.addWidget(win)
    win.resize(WIDTH, 740)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.bank_loaded, timeout=10_000):
        win.after_first_paint()
    bridge = win.progress_screens.bridge  # the progress store opens just after the list
    qtbot.waitUntil(lambda: bridge.store is not None or bool(bridge.unavailable))
    yield win
    win.shutdown()
    win.translators.install("en")


def test_the_article_is_what_the_teacher_typed(tmp_path: Path):
    from quizapp.core import load_article

    path = tmp_path / "balises.yaml"
    path.write_text(article_text(), encoding="utf-8")
    article = load_article(path)
    assert article.sentence("s3").fr == LONG_SENTENCE and len(LONG_SENTENCE) >= 4990
    assert LONG_WORD in article.sentence("s2").fr and len(LONG_WORD) == 500
    assert article.questions[0].prompt == "Quoi <b>oui</b> 0 ?"


def test_no_text_is_ever_markup_and_the_layout_holds(qtbot, hostile_window):
    win = hostile_window
    seen: list[str] = []

    def check(where: str) -> None:
        """Give pending layouts (a language switch, a new screen) time to settle."""
        seen.append(where)
        problems: list[str] = []

        def clean() -> bool:
            problems[:] = violations(win, where)
            return not problems

        try:
            qtbot.waitUntil(clean, timeout=3000)
        except qtbot.TimeoutError:
            raise AssertionError("\n".join(problems)) from None

    check("library")
    assert win.progress_screens.bridge.profile.name == LEARNER
    assert any(
        LEARNER in (getattr(w, "currentText", None) or getattr(w, "text", lambda: ""))()
        for w in QApplication.allWidgets()
        if w.isVisible() and isinstance(w, QLabel | QComboBox)
    ), "the learner's name is shown as typed"
    library = win.library_view
    shown = [library.proxy.index(r, 0).data() for r in range(library.proxy.rowCount())]
    assert any("<b>oui</b> 0" in str(text) for text in shown), shown

    # The Problems panel: the teacher's value is quoted in the message, as typed.
    win.show_problems()
    qtbot.waitUntil(lambda: win.problems_dock.isVisible())
    assert any("`level: <b>oui</b>`" in line for line in win.problems_panel.lines())
    check("problems panel")

    article = next(a for a in library.model.articles() if a.id == "balises")
    driver = Driver(win, shoot=lambda name, again=None: check(f"quiz {name}"))
    driver.open_from_library(article)
    check("passage")
    passage = win.reading_view.passage
    assert LONG_SENTENCE in passage.toPlainText()
    assert "La Russie <b>oui</b> 0 va stationner" in passage.toPlainText()
    driver.show_a_gloss(article)
    qtbot.waitUntil(lambda: any(
        isinstance(w, QLabel) and w.isVisible() and "to station <b>oui</b> 0" in w.text()
        for w in QApplication.allWidgets()
    ))  # fmt: skip
    check("gloss card")
    qtbot.keyClick(passage, Qt.Key.Key_Escape)

    # A wrong answer first: the option's own feedback, and the hint.
    win.actions_by_name["start_quiz"].trigger()
    wait_until(lambda: win.quiz.panel is not None, "the quiz panel")
    panel = win.quiz.panel
    wait_until(lambda: panel.chooser.practice_button.isVisible(), "the Practice button")
    check("mode chooser")
    click(panel.chooser.practice_button)
    wait_until(lambda: panel.in_question(), "the first question")
    hint = getattr(panel.page, "hint_button", None)
    if hint is not None and hint.isVisible():
        click(hint)
        check("hint shown")
    enter(panel.widget, article.questions[0], 1, panel.passage)
    click(panel.page.check_button)
    check("wrong-answer feedback")
    feedback = panel.page.feedback
    texts = [w.text() for w in feedback.findChildren(QLabel) if w.isVisible()]
    # the option's feedback, in the interface language (English here: `feedback_en`)
    assert any(hostile(4) in t for t in texts), texts
    # Back out and take the whole quiz right, checked at every question type.
    win.quiz.close_quiz() if hasattr(win.quiz, "close_quiz") else None
    pump()
    win.show_screen("reading")
    driver.take_quiz(article)
    check("summary")

    # Dialogs: an error with markup in its message, the About box, the shortcuts list.
    from quizapp.gui.window.error_handler import ErrorHandler

    errors = ErrorHandler(win.settings.path.parent)
    with qtbot.waitSignal(errors.dialog_shown) as shown_dialog:
        errors.report("Traceback: <b>oui</b> <img src=x> & " + LONG_WORD + "\n")
    check("error dialog")
    assert "<img src=x>" in shown_dialog.args[0].details.toPlainText()
    shown_dialog.args[0].close()
    win.show_shortcuts()
    check("shortcuts dialog")

    for action in ("history", "mistakes", "words"):
        win.actions_by_name[action].trigger()
        pump()
        check(action)
    win.show_about()
    check("about box")
    for widget in QApplication.topLevelWidgets():
        if widget is not win and widget.isVisible():
            widget.close()

    # French labels run longer: the same stops again in French.
    win.set_language("fr")
    win.show_screen("library")
    check("library (fr)")
    win.show_problems()
    check("problems panel (fr)")
    driver.open_from_library(article)
    check("passage (fr)")
    driver.take_quiz(article)
    check("summary (fr)")
    win.actions_by_name["history"].trigger()
    pump()
    check("history (fr)")
    assert len(seen) >= 18


def live_fragments(document: QTextDocument) -> list[str]:
    """Images and links inside a document: what an <img> or <a href> would have become."""
    out = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                out.append(f"image {fmt.toImageFormat().name()!r}")
            elif fmt.isAnchor() and fmt.anchorHref():
                out.append(f"link {fmt.anchorHref()!r} on {fragment.text()[:30]!r}")
            it += 1
        block = block.next()
    return out


def test_documents_hold_no_image_and_no_link(qtbot, hostile_window):
    """The passage's document, walked fragment by fragment: characters only."""
    win = hostile_window
    article = next(a for a in win.library_view.model.articles() if a.id == "balises")
    Driver(win).open_from_library(article)
    passage = win.reading_view.passage
    for parallel in (False, True):
        passage.set_parallel(parallel)
        pump()
        assert live_fragments(passage.document()) == []
        text = passage.toPlainText()
        for sentence in article.sentences:
            assert sentence.fr in text, sentence.id
