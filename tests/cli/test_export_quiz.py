"""`quizapp export-quiz`: Moodle XML, GIFT with its warnings, and the PDF handout."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from quizapp.commands.export_quiz import main
from quizapp.core.bank.loader import load_article
from tests.conftest import BANK, REPO

SEED = BANK / "russie-armes-nucleaires-belarus.yaml"
BAD = REPO / "tests" / "data" / "bad" / "bad_level.yaml"


def test_moodle_xml_is_written(tmp_path: Path) -> None:
    out = tmp_path / "quiz.xml"
    assert main([str(SEED), "--format", "moodle-xml", "-o", str(out)]) == 0
    root = ET.parse(out).getroot()
    assert root.tag == "quiz" and len(root.findall("question")) == 2 + len(
        load_article(SEED).questions
    )  # the category, the passage, then the questions


def test_gift_names_what_it_leaves_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "quiz.gift"
    assert main([str(SEED), "--format", "gift", "-o", str(out), "--lang", "en"]) == 0
    err = capsys.readouterr().err
    article = load_article(SEED)
    order = next(q.id for q in article.questions if q.type == "order")
    cloze = next(q.id for q in article.questions if q.type == "cloze" and len(q.blanks) > 1)
    assert f"warning: {order} (order) has no GIFT form and was left out" in err
    assert f"{cloze} (cloze)" in err
    assert "::q1::" in out.read_text(encoding="utf-8")
    assert main([str(SEED), "--format", "gift", "-o", str(out), "--lang", "fr"]) == 0
    assert f"{order} (order) n’a pas de forme GIFT" in capsys.readouterr().err


def test_a_file_with_errors_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "quiz.xml"
    assert main([str(BAD), "--format", "moodle-xml", "-o", str(out), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "bad_level.yaml:" in err and "nothing was written" in err
    assert not out.exists()
    assert main([str(tmp_path / "none.yaml"), "--format", "gift", "-o", str(out)]) == 2


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")
def test_pdf_handout_has_the_passage_the_worksheet_and_the_key(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    # In its own process: the command starts a headless Qt application of its own.
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "quizapp",
            "export-quiz",
            str(SEED),
            "--format",
            "pdf",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert "595 x 842 pts (A4)" in info.stdout
    pages = int(
        next(line for line in info.stdout.splitlines() if line.startswith("Pages:")).split()[1]
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())  # the title on one line or two, as the face's width has it
    assert flat.startswith("Des armes nucléaires russes au Belarus Niveau B2")
    assert "Niveau B2" in text and "Glossaire" in text and "Questions" in text
    assert "d’État russes" in text and "«" in text  # French typography kept: ’ and « »
    assert "☐" in text and "______" in text
    # The key starts a page of its own, after the worksheet.
    key_page = next(
        n
        for n in range(1, pages + 1)
        if subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), str(out), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.startswith("Corrigé")
    )
    assert key_page > 1
    assert "(phrase 1)" in text
