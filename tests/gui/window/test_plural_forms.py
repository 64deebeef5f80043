"""Every counted message of the window, with 0, 1 and 2, in English and French.

English takes the singular for 1 only; French for 0 and 1. Each message with a
count is found in the French catalogue (lupdate marks it numerus) and shown
through the installed translators, as the window shows it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from quizapp.gui.window.i18n import Translators
from tests.conftest import REPO

CATALOGUE = REPO / "assets" / "translations" / "quizapp_fr.ts"


def counted_messages() -> list[tuple[str, str, list[str]]]:
    out = []
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in message.iter("numerusform")]
                out.append((name, message.findtext("source") or "", forms))
    return out


MESSAGES = counted_messages()


def test_the_window_has_counted_messages():
    sources = {source for _, source, _ in MESSAGES}
    assert "%n article(s)" in sources
    assert "Right at the first try: %1 of %n question(s)." in sources
    assert len(MESSAGES) >= 20


@pytest.mark.parametrize(("context", "source", "forms"), MESSAGES, ids=[m[1] for m in MESSAGES])
def test_counted_message_in_both_languages(qapp, context: str, source: str, forms: list[str]):
    translators = Translators()
    try:
        translators.install("fr")
        french = [QCoreApplication.translate(context, source, "", n) for n in (0, 1, 2)]
        singular, plural = (
            form.replace("%n", str(n)) for form, n in zip(forms, (1, 2), strict=True)
        )
        assert french == [forms[0].replace("%n", "0"), singular, plural]
        translators.install("en")
        english = [QCoreApplication.translate(context, source, "", n) for n in (0, 1, 2)]
        assert all("(s)" not in text and "%n" not in text for text in english), english
        if "%n" in source and "(s)" in source:
            assert [str(n) in text for n, text in zip((0, 1, 2), english, strict=True)] == [
                True
            ] * 3
            # 0 takes the plural in English, and 1 the singular
            # (a no-break space may hold the number to its unit: « 2\u00a0days »)
            spaced = [text.replace("\u00a0", " ") for text in english]
            assert spaced[0].replace("0 ", "2 ", 1) == spaced[2]
            assert spaced[1] != spaced[2].replace("2 ", "1 ", 1)
    finally:
        translators.install("en")
