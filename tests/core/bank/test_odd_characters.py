"""Characters a teacher cannot see, named with their place instead of a wrong guess.

Before: a lone NUL byte was "saved as UTF-16", and a non-breaking, ideographic or
zero-width space in the indentation, or a byte-order mark in the middle of the
file, gave "the text contains ': '".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.core.bank.loader import check_file

START = "format: 1\nid: bizarre\ntitle: T\nlevel: B1\nsentences:\n"
REST = (
    '    fr: "Une phrase."\n    en: "A sentence."\n'
    "questions:\n  - {id: q1, type: locate, prompt: P, sentences: s1}\n"
)


def problems(tmp_path: Path, data: bytes) -> list[tuple[int, int, str, str]]:
    path = tmp_path / "bizarre.yaml"
    path.write_bytes(data)
    article, found = check_file(path)
    assert article is None
    return [(p.line, p.column, p.message, p.message_fr) for p in found]


def test_a_lone_nul_byte_is_named_not_taken_for_utf16(tmp_path: Path) -> None:
    for data in (b"\x00", b"\x00\n", b"a\x00"):
        [(line, _, en, _)] = problems(tmp_path, data)
        assert line == 1
        assert "NUL byte (U+0000)" in en and "UTF-16" not in en, data


@pytest.mark.parametrize(
    ("space", "name"),
    [
        ("\u00a0", "U+00A0 no-break space"),
        ("\u3000", "U+3000 ideographic space"),
        ("\u200b", "U+200B zero width space"),
        ("\u2007", "U+2007 figure space"),
    ],
)
def test_an_odd_space_in_the_indentation_is_named(tmp_path: Path, space: str, name: str) -> None:
    text = START + f"{space} - id: s1\n" + REST
    [(line, column, en, fr)] = problems(tmp_path, text.encode("utf-8"))
    assert (line, column) == (6, 1)
    assert en.startswith(f"the indentation holds {name} instead of plain spaces")
    assert f"l’indentation contient {name}" in fr
    after = START + f"  {space}- id: s1\n" + REST  # after two plain spaces: column 3
    [(line, column, en, _)] = problems(tmp_path, after.encode("utf-8"))
    assert (line, column) == (6, 3) and name in en


def test_a_byte_order_mark_in_the_middle_of_the_file_is_named(tmp_path: Path) -> None:
    text = START.replace("title: T", "\ufefftitle: T") + "  - id: s1\n" + REST
    [(line, column, en, fr)] = problems(tmp_path, text.encode("utf-8"))
    assert (line, column) == (3, 1)
    assert en.startswith("a byte-order mark (U+FEFF, invisible) is in the middle of the file")
    assert "marque d’ordre des octets" in fr


def test_a_byte_order_mark_at_the_start_is_still_fine(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(("\ufeff" + START + "  - id: s1\n" + REST).encode("utf-8"))
    article, found = check_file(path)
    assert article is not None and found == []
