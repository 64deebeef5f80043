"""One set of arrow glyphs in the interface's words: ← → for going back and on, ↓ for
« More ↓ », ▾ for a menu; never ◀ ❯ › ‹ ▸ (a review counted five kinds), and ▶ in no
string (the start-the-quiz button's triangle is its icon)."""

from __future__ import annotations

import re
from pathlib import Path

CATALOGUES = Path(__file__).resolve().parents[1] / "assets" / "translations"
BANNED = "◀▶❯›‹▸"


def test_no_stray_arrow_glyph_in_any_interface_string():
    found = []
    for path in sorted(CATALOGUES.glob("*.ts")):
        text = path.read_text(encoding="utf-8")
        assert "<source>" in text
        for kind in ("source", "translation"):
            for words in re.findall(rf"<{kind}>(.*?)</{kind}>", text, re.S):
                if any(glyph in words for glyph in BANNED):
                    found.append((path.name, words))
    assert not found
