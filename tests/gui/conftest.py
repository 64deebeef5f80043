"""Fixtures for the window's tests: a small bank on disk, and a ready window.

The sample article is written as a teacher would, including text that looks
like HTML, so every screen is checked to show it as plain characters.
"""

from __future__ import annotations

from argparse import Namespace
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

SAMPLE = """\
id: armes-belarus
title: "La Russie au Belarus <b>x</b>"
title_en: Russia in Belarus
level: B1
tags: [politique, défense]
sentences:
  - id: s1
    paragraph: 1
    fr: La Russie va stationner des armes nucléaires tactiques au Belarus, a déclaré le président.
    en: Russia will station tactical nuclear weapons in Belarus, the president said.
  - id: s2
    paragraph: 1
    fr: Moscou ne transférerait pas le contrôle de ses armes à Minsk, a-t-il ajouté.
    en: Moscow would not transfer control of its weapons to Minsk, he added.
  - id: s3
    fr: "Le texte <img src=x> reste du texte, « entre guillemets »."
    en: The text <img src=x> stays text.
glossary:
  - fr: stationner
    en: to station, to deploy
  - fr: arme nucléaire tactique
    en: tactical nuclear weapon
    note: "short-range, <i>not</i> strategic"
  - fr: contrôle
    en: control
questions:
  - id: q1
    type: truefalse
    prompt: Moscou va transférer le contrôle des armes à Minsk.
    answer: false
    sentences: [s2]
"""

SECOND = """\
id: ecole-rentree
title: L’École et la rentrée
title_en: School starts again
level: A2
tags: [éducation]
sentences:
  - id: s1
    fr: Les élèves reprennent le chemin de l’école.
    en: Pupils head back to school.
questions:
  - id: q1
    type: short
    prompt: Qui reprend le chemin de l’école ?
    answers: [les élèves]
    sentences: [s1]
"""

BROKEN = """\
id: cassé
title: Cassé
level: Z9
sentences: []
questions: []
"""


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    """A bank of two good articles and one broken file."""
    folder = tmp_path / "bank"
    folder.mkdir()
    (folder / "belarus.yaml").write_text(SAMPLE, encoding="utf-8")
    (folder / "ecole.yaml").write_text(SECOND, encoding="utf-8")
    (folder / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    return folder


def make_window(bank: Path, data_dir: Path, lang: str = "en", article: Path | None = None):
    from quizapp.gui.window.i18n import Translators
    from quizapp.gui.window.main_window import MainWindow
    from quizapp.gui.window.settings import AppSettings

    settings = AppSettings(data_dir)
    translators = Translators()
    translators.install(lang)
    window = MainWindow(settings, translators, bank=bank, article_path=article)
    return window


@pytest.fixture
def window(qtbot, bank: Path, data_dir: Path) -> Iterator:
    """The main window on the sample bank, shown, with the bank loaded."""
    win = make_window(bank, data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.bank_loaded, timeout=10_000):
        win.after_first_paint()
    yield win
    win.shutdown()
    win.translators.install("en")


@pytest.fixture
def reading(qtbot, window):
    """The window showing the sample article in the reading view."""
    article = next(a for a in window.library_view.model.articles() if a.id == "armes-belarus")
    window.open_article(article)
    qtbot.waitUntil(lambda: window.reading_view.isVisible())
    return window


def options(**kw) -> Namespace:
    base = {
        "article": None,
        "bank": None,
        "data_dir": None,
        "lang": None,
        "quit_after_paint": False,
    }
    base.update(kw)
    return Namespace(**base)


@pytest.fixture(autouse=True)
def _close_popups(qapp: QApplication) -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.objectName() != "main_window":
            widget.close()


@pytest.fixture(autouse=True)
def _empty_clipboard(qapp: QApplication) -> Iterator[None]:
    """Offscreen Qt crashes at exit (SIGSEGV) if the clipboard still owns data then."""
    yield
    QApplication.clipboard().clear()


@pytest.fixture
def translators(qapp):
    """The English catalogue (its plural forms: "1 sentence", not "1 sentence(s)"), which
    a test may switch to French; English again after it."""
    from quizapp.gui.window.i18n import Translators

    translators = Translators()
    translators.install("en")
    yield translators
    translators.install("en")
