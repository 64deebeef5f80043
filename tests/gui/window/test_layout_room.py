"""Every button of the reading toolbar and the quiz keeps the room its text needs.

The interface language can change at any moment (Ctrl+Shift+F / Ctrl+Shift+E);
the next frame drawn, and a screenshot taken right then, must already show the
new words in a layout made for them, not squeezed into the old one.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

from tests.gui.quiz_fixtures import click, load


@pytest.fixture(params=[1, 2], ids=["font-100", "font-200"])
def scale(request, qapp: QApplication) -> Iterator[int]:
    original = qapp.font()
    if request.param != 1:
        bigger = qapp.font()
        bigger.setPointSizeF(original.pointSizeF() * request.param)
        qapp.setFont(bigger)
    yield request.param
    qapp.setFont(original)


def squeezed(window) -> list[str]:
    """Visible toolbar and quiz buttons narrower than their size hint."""
    view = window.reading_view
    buttons = view.findChildren(QToolButton) + view.findChildren(QPushButton)
    return [
        f"{b.text()!r}: {b.width()} < {b.sizeHint().width()}"
        for b in buttons
        if b.isVisible() and b.text() and b.width() < b.sizeHint().width()
    ]


def switch_language(qtbot, window, key: Qt.Key, lang: str) -> None:
    """The keyboard shortcut, then one turn of the event loop: what the next frame draws."""
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, key, modifiers)
    QApplication.processEvents()
    assert window.translators.language == lang


def test_buttons_keep_their_room_for_every_question_in_both_languages(
    qtbot, reading, tmp_path, scale
):
    window = reading
    window.resize(1280 * scale, 860 * scale if scale == 1 else 1200)
    article = load(tmp_path)
    window.open_article(article)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    panel = window.quiz.panel
    click(qtbot, panel.chooser.practice_button)
    seen = set()
    for index, question in enumerate(article.questions):
        if index:
            click(qtbot, panel.page.next_button)
        assert panel.session.current.id == question.id
        seen.add(question.type)
        for key, lang, back in (
            (Qt.Key.Key_F, "fr", "Retour à la bibliothèque"),
            (Qt.Key.Key_E, "en", "Back to the library"),
        ):
            switch_language(qtbot, window, key, lang)
            assert window.reading_view.back_button.text() == back
            assert squeezed(window) == [], (question.id, question.type.value, lang)
            assert window.minimumSizeHint().width() <= 900 * scale, (question.id, lang)
    assert len(seen) == 8
