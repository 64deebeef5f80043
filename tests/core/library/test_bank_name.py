"""A bank's name: its README's short heading, else its folder's name title-cased."""

from __future__ import annotations

from pathlib import Path

from quizapp.core.library.bank_name import bank_name


def test_the_folder_names_the_bank_title_cased(tmp_path: Path):
    folder = tmp_path / "textes-niveau_b1"
    folder.mkdir()
    assert bank_name(folder) == "Textes Niveau B1"
    (folder / "README.md").write_text("Some notes, no heading.\n", encoding="utf-8")
    assert bank_name(folder) == "Textes Niveau B1"


def test_a_short_readme_heading_is_the_name(tmp_path: Path):
    folder = tmp_path / "questions"
    folder.mkdir()
    (folder / "README.md").write_text("\n# Actualités faciles\n\nText.\n", encoding="utf-8")
    assert bank_name(folder) == "Actualités faciles"


def test_a_long_heading_is_a_documents_title_not_a_name(tmp_path: Path):
    folder = tmp_path / "questions"
    folder.mkdir()
    heading = "# Writing articles and quizzes for quizapp — the teachers' guide\n"
    (folder / "README.md").write_text(heading, encoding="utf-8")
    assert bank_name(folder) == "Questions"  # the bundled bank's README is its guide
