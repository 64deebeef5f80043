"""The interface's typography: one ellipsis character, glued to its word."""

from __future__ import annotations

import re
from pathlib import Path

CATALOGUES = sorted((Path(__file__).parent.parent / "assets" / "translations").glob("*.ts"))
TEXT = re.compile(r"<(source|translation)[^>]*>(.*?)</\1>", re.S)


def test_every_interface_string_writes_its_ellipsis_as_one_glued_character():
    """« … » (U+2026), never three dots nor a space before it (« Ajouter… », « poste… »)."""
    seen = 0
    for catalogue in CATALOGUES:
        for _, text in TEXT.findall(catalogue.read_text(encoding="utf-8")):
            seen += 1
            assert "..." not in text, text
            assert not re.search(r"\w[ \u00a0]…", text), text  # « mot … » cut apart
    assert seen > 500
