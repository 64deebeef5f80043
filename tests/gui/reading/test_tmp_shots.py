from pathlib import Path

from PySide6.QtCore import Qt

from quizapp.core import load_article
from tests.gui.reading.test_reading import click_word

BANK = Path(__file__).resolve().parents[3] / "questions"


def _zoom(qtbot, w, n):
    for _ in range(n):
        qtbot.keyClick(w, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)


def test_shots(qtbot, reading):
    view = reading.reading_view
    reading.set_language("fr")
    reading.open_article(load_article(BANK / "outiltheque-saint-aubin.yaml"))
    for mode in ("light", "dark"):
        reading.settings.theme_mode = mode
        reading.settings.zoom = 0
        reading.theme_hub.refresh()
        reading.resize(900, 700)
        _zoom(qtbot, reading, 6)
        view.passage.verticalScrollBar().setValue(0)
        click_word(qtbot, reading, "s2", "outilthèque")
        card = view.popover
        qtbot.keyClick(card.translate_button, Qt.Key.Key_T)
        qtbot.wait(50)
        reading.grab().save(f"/tmp/gloss5-dock-{mode}.png")
        qtbot.keyClick(card, Qt.Key.Key_Escape)
        qtbot.keyClick(reading, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        reading.resize(1400, 900)
        qtbot.wait(50)
        bar = view.passage.verticalScrollBar()
        bar.setValue(0)
        click_word(qtbot, reading, "s1", "habitants")
        qtbot.keyClick(card.translate_button, Qt.Key.Key_T)
        qtbot.wait(50)
        reading.grab().save(f"/tmp/gloss5-english-{mode}.png")
        qtbot.keyClick(card, Qt.Key.Key_Escape)
        # a sentence near the bottom of the window
        area = view._area()
        for s in view.passage.article.sentences:
            r = view._sentence_rect(s.id)
            if r.bottom() > area.bottom() - 200 and r.bottom() < area.bottom():
                word = s.fr.split()[1]
                click_word(qtbot, reading, s.id, word)
                break
        qtbot.wait(50)
        reading.grab().save(f"/tmp/gloss5-bottom-{mode}.png")
        qtbot.keyClick(card, Qt.Key.Key_Escape)
