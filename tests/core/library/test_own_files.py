"""A text file opened as an own text: trusted in nothing, titled sensibly."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.core.library import own_files
from quizapp.core.library.own_files import Encoding, FileText, FileTrouble
from quizapp.core.library.own_texts import Trouble

TEXT = "Le chat de Camille dort sur le canapé. Il rêve d’une souris « très rapide »."


def test_utf8_with_a_title_line_keeps_every_character(tmp_path: Path):
    path = tmp_path / "chat.txt"
    path.write_bytes(("\ufeffLe chat qui dort\n\n" + TEXT + "\n").encode())
    found = own_files.read(path)
    assert found == FileText("Le chat qui dort", TEXT, Encoding.UTF8)


def test_a_sentence_first_line_is_text_and_the_file_name_titles_it(tmp_path: Path):
    path = tmp_path / "mon_petit-texte.txt"
    path.write_text(TEXT + "\nLe soir, il lit un roman.\n", encoding="utf-8")
    found = own_files.read(path)
    assert isinstance(found, FileText)
    assert found.title == "mon petit texte"
    assert found.body.startswith("Le chat de Camille")


def test_windows_1252_is_read_and_said(tmp_path: Path):
    path = tmp_path / "vieux.txt"
    path.write_bytes(TEXT.encode("cp1252"))
    found = own_files.read(path)
    assert isinstance(found, FileText) and found.encoding is Encoding.CP1252
    assert found.body == TEXT  # « ’ » and « é » are cp1252's own bytes


def test_latin1_when_cp1252_leaves_a_byte_undefined():
    data = "Le café est très bon. Il est à côté de la gare.\x81".encode("latin-1")
    found = own_files.from_bytes("x.txt", data)
    assert isinstance(found, FileText) and found.encoding is Encoding.LATIN1
    assert "café" in found.body


def test_markdown_marks_are_left_out():
    data = "# Un titre\n\nLe **chat** dort sur [le canapé](https://x.fr). Il rêve.".encode()
    found = own_files.from_bytes("note.md", data)
    assert found == FileText("Un titre", "Le chat dort sur le canapé. Il rêve.")


@pytest.mark.parametrize(
    ("name", "data", "trouble"),
    [
        ("vide.txt", b"", Trouble.EMPTY),
        ("blancs.txt", b"  \n\n \t", Trouble.EMPTY),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", FileTrouble.BINARY),
        ("utf16.txt", "Le chat dort.".encode("utf-16"), FileTrouble.BINARY),
        ("en.txt", b"The cat is on the sofa and it was asleep for an hour.", Trouble.NOT_FRENCH),
        ("long.txt", ("Le chat dort. " * 2000).encode(), Trouble.TOO_LONG),
    ],
)
def test_refusals_say_why(name: str, data: bytes, trouble):
    assert own_files.from_bytes(name, data) == trouble


def test_a_large_file_is_refused_before_it_is_read(tmp_path: Path):
    path = tmp_path / "gros.txt"
    path.write_bytes(b"Le chat dort. " * (own_files.MAX_BYTES // 10))
    assert own_files.read(path) is FileTrouble.TOO_LARGE


def test_other_names_and_missing_files_are_refused(tmp_path: Path):
    assert own_files.read(tmp_path / "lettre.pdf") is FileTrouble.NOT_TEXT
    assert own_files.read(tmp_path / "absent.txt") is FileTrouble.UNREADABLE
