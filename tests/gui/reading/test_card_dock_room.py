"""A docked card in a short passage shows its note's first lines and « … more »; opened,
the whole note shows: the passage gives it room (at least 55 % of its
height, even beside a tall sentence), its lines scroll only beyond that, and while more
lies below, the edge fades instead of cutting a line in half."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt

from tests.gui.conftest import make_window
from tests.gui.reading.test_card_place import zoom_in
from tests.gui.reading.test_reading import click_word

NOTE = (
    "Here « le contrôle de » is the power to decide how something is used, not a check "
    "or an inspection: Moscow keeps the decision to fire the weapons, Minsk only hosts "
    "them. A false friend worth noting: « contrôler » is to command as much as to verify, "
    "and « sous le contrôle de » is under the authority of, as in « sous le contrôle de "
    "l’État »; « le contrôle technique » is the car's roadworthiness test."
)
TALL = (  # at zoom 6 in 900×700, taller than the half of the passage: the card docks
    "Moscou ne transférerait pas le contrôle de ses armes à Minsk, a-t-il ajouté devant "
    "les journalistes réunis au Kremlin, selon les médias d’État, qui ont longuement cité "
    "ses propos sur les accords de non-prolifération nucléaire et sur le stationnement "
    "d’armes par les États-Unis en Europe depuis des décennies."
)
SHORT = (
    "La Russie va stationner des armes nucléaires tactiques au Belarus.",
    "Les États-Unis ont déclaré qu’ils ne pensaient pas que la Russie se préparait.",
    "Le Belarus partage une longue frontière avec l’Ukraine et la Pologne.",
)
LONG = {
    "id": "long-note",
    "title": "Une longue note",
    "level": "B1",
    "sentences": [
        *({"id": f"s{n}", "fr": fr, "en": "…"} for n, fr in enumerate(SHORT, 1)),
        {"id": "s4", "fr": TALL, "en": "Moscow would not transfer control of its weapons."},
        {"id": "s5", "fr": "Ce sera la première fois depuis 1990.", "en": "…"},
    ],
    "glossary": [{"fr": "contrôle", "en": "control", "note": NOTE}],
    "questions": [
        {
            "id": "q1",
            "type": "short",
            "prompt": "Qui garde le contrôle ?",
            "answers": ["Moscou"],
            "sentences": ["s4"],
        }
    ],
}


@pytest.fixture
def long_note(qtbot, tmp_path: Path, data_dir: Path):
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "long.yaml").write_text(yaml.safe_dump(LONG, allow_unicode=True), "utf-8")
    window = make_window(folder, data_dir)
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.bank_loaded, timeout=10_000):
        window.after_first_paint()
    window.open_article(window.library_view.model.articles()[0])
    qtbot.waitUntil(lambda: window.reading_view.isVisible())
    yield window
    window.shutdown()


def _open_low(qtbot, window):
    """« contrôle » clicked with its sentence at the foot of the passage: the card docks."""
    passage = window.reading_view.passage
    window.reading_view.layout().activate()  # the zoomed toolbar's height taken
    room = passage.viewport().height()
    bar = passage.verticalScrollBar()
    bar.setValue(bar.value() + passage.sentence_bounds("s4").bottom() - room + 4)
    click_word(qtbot, window, "s4", "contrôle")
    card = window.reading_view.popover
    qtbot.waitUntil(card.isVisible)
    room = passage.viewport().height() + passage.viewportMargins().bottom()  # the whole passage
    return passage, card, room


def test_a_docked_card_takes_room_enough_for_a_long_note(qtbot, long_note):
    zoom_in(qtbot, long_note, 6)
    passage, card, room = _open_low(qtbot, long_note)
    assert card.docked
    note = next(label for label in card.labels if label.property("note") == "true")
    assert card.compact and note.text().endswith("more</a>")  # a peek: two lines, « … more »
    assert card.height() <= room * 0.4  # about a third: the text keeps the rest
    assert card.scroller.verticalScrollBar().maximum() == 0  # the peek whole, not scrolled
    assert note.accessibleName() == NOTE  # a screen reader has it whole
    peek = card.height()
    note.linkActivated.emit("more")  # what a click on the link sends
    note = next(label for label in card.labels if label.property("note") == "true")
    assert note.text() == NOTE  # opened: the whole note
    # as tall or taller (a peek may already fill the room it may take)
    assert card.isVisible() and card.docked and card.height() >= peek
    lines = card.scroller
    if lines.verticalScrollBar().maximum() > 0:  # longer than the room: it scrolls
        assert card.height() >= room * 0.5  # ... in a card given half the passage at least
        assert lines.fade.isVisible()  # the cut edge fades: "more below", not a cut line
        lines.verticalScrollBar().setValue(lines.verticalScrollBar().maximum())
        assert not lines.fade.isVisible()
    else:  # all of it shows
        assert note.geometry().bottom() <= lines.viewport().height() + 1
    word = long_note.reading_view._anchor(*passage.gloss_highlight())
    assert long_note.reading_view._area().contains(word.center())  # its word still in view
    assert not card.geometry().intersects(word)
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not card.isVisible())
    assert passage.viewportMargins().bottom() == 0  # the passage takes its room back
