"""The two interface languages: complete catalogues, fresh .qm files, live switching."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from quizapp.gui.window import i18n
from tests.conftest import REPO

TS_DIR = REPO / "assets" / "translations"
TOOLS = Path(sys.executable).parent
NBSP = "\u00a0"


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.find("name").text, message


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_catalogue_is_finished(lang: str):
    """Every message translated (run assets/translations/update_catalogues.py, then translate)."""
    found = list(messages(TS_DIR / f"quizapp_{lang}.ts"))
    assert found
    left = []
    for context, message in found:
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") is not None or not all(forms):
            left.append(f"{context}: {message.find('source').text}")
    assert left == []


def test_french_typography():
    for context, message in messages(TS_DIR / "quizapp_fr.ts"):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        for text in filter(None, forms):  # empty ones fail test_catalogue_is_finished
            assert not re.search(r"[^\u00a0][:;!?](\s|$)", text.replace("(*", "")), (context, text)
            assert "'" not in text, (context, text)  # the typographic apostrophe ’
            assert "«" not in text or f"«{NBSP}" in text, (context, text)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_qm_is_up_to_date(lang: str, tmp_path: Path):
    fresh = tmp_path / f"quizapp_{lang}.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(TS_DIR / f"quizapp_{lang}.ts"), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == i18n.qm_path(lang).read_bytes(), "run pyside6-lrelease"


def test_ts_has_every_string_of_the_sources(tmp_path: Path):
    copy = tmp_path / "quizapp_fr.ts"
    shutil.copy(TS_DIR / "quizapp_fr.ts", copy)
    sources = sorted(str(p) for p in (REPO / "quizapp" / "gui").rglob("*.py"))
    result = subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
        text=True,
    )
    assert "(0 new and" in result.stdout, "run pyside6-lupdate: " + result.stdout


def test_switching_language_retranslates_everything(qtbot, reading):
    reading.open_article(reading.reading_view.article)
    french = reading.actions_by_name["lang_fr"]
    french.trigger()
    qtbot.waitUntil(lambda: reading.menus["file"].title() == "&Fichier")
    qtbot.waitUntil(lambda: reading.library_view.level.itemText(0) == "Tous")
    assert reading.reading_view.back_button.text() == "Retour à la bibliothèque"
    model = reading.library_view.model  # the names screen readers and exports read
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Titre"
    first = reading.library_view.proxy.index(0, 0)
    assert reading.library_view.cards.action_text(first) == "Lire"
    assert reading.library_view.level.itemText(0) == "Tous"
    assert reading.problems_panel.lines()[0].split(": ", 1)[1].startswith("erreur" + NBSP + ":")
    assert "2 articles" in reading.status.text()
    assert reading.settings.language == "fr"
    assert "Ctrl+E" in reading.actions_by_name["parallel"].toolTip()
    reading.actions_by_name["lang_en"].trigger()
    qtbot.waitUntil(lambda: reading.menus["file"].title() == "&File")
    qtbot.waitUntil(lambda: reading.reading_view.hint.text().startswith("Click a word"))
    assert reading.reading_view.hint.text().startswith("Click a word")
    assert reading.settings.language == "en"


def test_default_language(monkeypatch):
    assert i18n.default_language("en", "fr") == "en"
    assert i18n.default_language(None, "fr") == "fr"
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    assert i18n.default_language(None, None) == "fr"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert i18n.default_language(None, None) == "en"
