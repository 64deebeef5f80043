"""Only ordinary files are opened, and opening one never waits.

Before: a FIFO in place of a question file made `open()` wait for a writer
forever (a frozen window), and `quizapp check fifo.yaml` said "no such file or
folder".
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from quizapp.commands.check import main
from quizapp.core.bank.files import NotAFile, read_limited
from quizapp.core.bank.loader import check_file

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def within(seconds: float, call):
    """`call()`'s result, failing (instead of hanging the suite) if it blocks."""
    box: list = []
    thread = threading.Thread(target=lambda: box.append(call()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert box, f"still blocked after {seconds} s"
    return box[0]


def test_a_fifo_is_refused_at_once_and_named(tmp_path: Path) -> None:
    fifo = tmp_path / "article.yaml"
    os.mkfifo(fifo)
    article, problems = within(10, lambda: check_file(fifo))
    assert article is None
    [problem] = problems
    assert (problem.line, problem.column) == (1, 1)
    assert problem.message.startswith("this is a named pipe (FIFO), not an ordinary file")
    assert "un tube nommé (FIFO)" in problem.message_fr
    with pytest.raises(NotAFile):
        read_limited(fifo, 10)


def test_check_says_what_a_fifo_is(tmp_path: Path, capsys) -> None:
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    code = within(10, lambda: main([str(fifo), "--lang", "en"]))
    out, err = capsys.readouterr()
    assert code == 1
    assert "no such file" not in out + err
    assert f"{fifo}:1:1: error: this is a named pipe (FIFO)" in out


def test_a_device_is_refused_too(capsys) -> None:
    assert main(["/dev/null", "--lang", "fr"]) == 1
    out, _ = capsys.readouterr()
    assert "c’est un périphérique en mode caractère, et non un fichier ordinaire" in out
