"""Every command's summary line counts in words, with 0, 1 and 2, in English and French."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.commands.check import summary
from quizapp.commands.new import wrote
from quizapp.commands.plurals import WORDS, counted
from quizapp.commands.selftest import ok_line, passed_line

EXPECTED = {
    # n: (English, French)
    0: ("0 files, 0 errors, 0 warnings", "0 fichier, 0 erreur, 0 avertissement"),
    1: ("1 file, 1 error, 1 warning", "1 fichier, 1 erreur, 1 avertissement"),
    2: ("2 files, 2 errors, 2 warnings", "2 fichiers, 2 erreurs, 2 avertissements"),
}


@pytest.mark.parametrize("n", [0, 1, 2])
def test_check_summary(n: int):
    assert summary(n, n, n, "en") == EXPECTED[n][0]
    assert summary(n, n, n, "fr") == EXPECTED[n][1]


@pytest.mark.parametrize("n", [0, 1, 2])
def test_new_summary(n: int):
    out = Path("texte.yaml")
    en = wrote(out, n, n, "texte", "B1", "en").splitlines()[0]
    fr = wrote(out, n, n, "texte", "B1", "fr").splitlines()[0]
    sentence, paragraph = ("sentence", "paragraph") if n == 1 else ("sentences", "paragraphs")
    assert en == f"Wrote texte.yaml: {n} {sentence} in {n} {paragraph}, id texte, level B1."
    phrase, paragraphe = ("phrase", "paragraphe") if n < 2 else ("phrases", "paragraphes")
    assert fr == (f"Écrit texte.yaml\u00a0: {n} {phrase} en {n} {paragraphe}, id texte, niveau B1.")


@pytest.mark.parametrize("n", [0, 1, 2])
def test_selftest_lines(n: int):
    en_word = "question" if n == 1 else "questions"
    assert ok_line("Le chat", n, 100.0, "en") == f"ok   Le chat — {n} {en_word}, 100 %"
    assert ok_line("Le chat", n, 100.0, "fr") == (
        f"ok   Le chat — {n} question{'s' if n == 2 else ''}, 100 %"
    )
    article_en = "article" if n == 1 else "articles"
    article_fr = "articles" if n == 2 else "article"
    assert passed_line(n, "en") == (
        f"selftest: {n} {article_en}, every question right, full marks."
    )
    assert passed_line(n, "fr") == (
        f"selftest\u00a0: {n} {article_fr}, toutes les réponses justes, la note maximale."
    )


@pytest.mark.parametrize("word", sorted(WORDS))
def test_every_word_has_both_forms_in_both_languages(word: str):
    en_one, en_many, fr_one, fr_many = WORDS[word]
    assert [counted(n, word, "en") for n in (0, 1, 2)] == [
        f"0 {en_many}",
        f"1 {en_one}",
        f"2 {en_many}",
    ]
    assert [counted(n, word, "fr") for n in (0, 1, 2)] == [
        f"0 {fr_one}",
        f"1 {fr_one}",
        f"2 {fr_many}",
    ]
