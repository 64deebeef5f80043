"""The filter row at 1400 px: one line in both languages, the search at least 24 em wide,
the Topic drop-down capped with its cut choice elided and said by a tooltip."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QWidget

from quizapp.gui.library.view import LibraryView
from quizapp.gui.window.i18n import Translators
from quizapp.gui.window.stylesheet import style_sheet

from .test_library_cards import article


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_search_gets_24_em_at_1400_on_one_row(qtbot, lang):
    translators = Translators()
    translators.install(lang)
    try:
        host = QWidget()  # the window: its central view takes the width it is given
        qtbot.addWidget(host)
        view = LibraryView(host)
        view.setStyleSheet(style_sheet(view.cards.theme))
        chip = QAction("Rien à revoir" if lang == "fr" else "Nothing to review", view)
        view.add_toolbar_action(chip, reserve="Revoir 99 questions")
        tags = ("vie quotidienne", "guide pratique")
        tagged = [replace(article(300, id_=tag), tags=(tag,)) for tag in tags]
        view.set_articles(tagged)
        view.setGeometry(0, 0, 1400, 860)
        host.resize(1400, 860)
        host.show()
        qtbot.waitExposed(host)

        def one_row() -> bool:
            middle = view.search.geometry().center().y()
            return abs(view.tag.geometry().center().y() - middle) <= 2 and view.search.x() > 0

        qtbot.waitUntil(one_row)  # the search, the drop-downs and the chip on one line
        assert view.filters.direction() == QBoxLayout.Direction.LeftToRight
        em = view.search.fontMetrics().horizontalAdvance("m")
        assert view.search.width() >= 24 * em
        # the keyboard picks the long tag, shown in the interface's language
        key, shown = ("v", "vie quotidienne") if lang == "fr" else ("d", "daily life")
        qtbot.keyClicks(view.tag, key)
        qtbot.waitUntil(lambda: view.tag.currentText() == shown)
        assert [a.tags for a in view.visible_articles()] == [("vie quotidienne",)]
        if view.tag.width() < view.tag.sizeHint().width():
            assert view.tag.toolTip() == shown  # cut: said in full
        assert view.search.width() >= 24 * em
    finally:
        translators.install("en")
