"""`quizapp selftest`: the real entry point, as a subprocess, offscreen."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.gui.window.settings import ZOOM_MAX
from tests.conftest import REPO
from tests.gui.quiz_fixtures import ALL_TYPES

pytestmark = pytest.mark.slow


def selftest(
    *args: str, env_extra: dict[str, str] | None = None, timeout: float = 240
) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)  # selftest must choose offscreen itself
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "quizapp", "selftest", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=REPO,
        check=False,
    )


@pytest.fixture
def small_bank(tmp_path: Path) -> Path:
    folder = tmp_path / "bank"
    folder.mkdir()
    (folder / "tous.yaml").write_text(ALL_TYPES, encoding="utf-8")
    second = ALL_TYPES.replace("id: tous-les-types", "id: deuxieme").replace(
        "title: Un article avec tous les types", "title: Un deuxième article"
    )
    (folder / "deux.yaml").write_text(second, encoding="utf-8")
    return folder


# The bundled bank's whole run (every quiz, full marks, no trace left) is
# test_no_network.py's: one run of the bank checks that and the absence of sockets.


def test_two_runs_recorded_then_exported(small_bank: Path, tmp_path: Path):
    data = tmp_path / "data"
    for _ in range(2):
        result = selftest("--bank", str(small_bank), "--data-dir", str(data), "--lang", "fr")
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout.count("ok   ") == 2
    command = ["export-results", "--data-dir", str(data), "--format", "csv"]
    export = subprocess.run(
        [sys.executable, "-m", "quizapp", *command],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        check=False,
    )
    assert export.returncode == 0, export.stderr
    rows = list(csv.DictReader(io.StringIO(export.stdout)))
    done = [r for r in rows if r["finished"]]
    assert sorted(r["article_id"] for r in done) == ["deuxieme"] * 2 + ["tous-les-types"] * 2
    assert {r["profile"] for r in done} == {"selftest"}
    assert {float(r["percent"]) for r in done} == {100.0}
    assert len(rows) == len(done)  # no run left unfinished


def test_screenshots_in_both_languages(small_bank: Path, tmp_path: Path):
    shots = tmp_path / "shots"
    # 352 pictures for one article: on a busy machine (CI beside other jobs) an article
    # may take minutes; the hang guard's limit is raised, not the test's meaning
    result = selftest(
        "--bank", str(small_bank), "--screenshots", str(shots), "--timeout", "900", timeout=1200
    )
    assert result.returncode == 0, result.stdout + result.stderr
    pngs = sorted(p.name for p in shots.glob("*.png"))
    assert len(pngs) >= 16 * 12
    variants = {"-".join(n.split("-")[:4]) for n in pngs}  # language, theme, zoom, window size
    assert variants == {
        f"{lang}-{mode}-zoom{zoom}-{size}"
        for lang in ("fr", "en")
        for mode in ("light", "dark")
        for zoom in (0, ZOOM_MAX)
        for size in ("900x700", "1400x900")
    }
    for lang in ("fr", "en"):
        assert f"{lang}-light-zoom0-900x700-01-library.png" in pngs
        assert any(n.startswith(lang) and n.endswith("-reading-gloss.png") for n in pngs)
        assert any(n.startswith(lang) and n.endswith("-summary.png") for n in pngs)
        assert any(n.startswith(lang) and n.endswith("-feedback-evidence.png") for n in pngs)
        assert any(n.startswith(lang) and n.endswith("-library-progress.png") for n in pngs)
        assert any(n.startswith(lang) and n.endswith("-reading-end.png") for n in pngs)
        assert any(n.startswith(lang) and n.endswith("-own-text.png") for n in pngs)
        # after it, the progress screens, and the review (this bank has no gloss to look up,
        # so no word card: the bundled bank's selftest shoots one, front and back)
        last = max(int(n.split("-")[4]) for n in pngs if n.endswith("-library-progress.png"))
        for name in ("history", "mistakes", "words", "review"):
            assert any(
                n.startswith(lang) and n.endswith(f"-{name}.png") and int(n.split("-")[4]) > last
                for n in pngs
            ), name
        kinds = {
            n.split("question-")[1][:-4] for n in pngs if n.startswith(lang) and "question-" in n
        }
        assert kinds == {
            "choice",
            "multi",
            "truefalse",
            "short",
            "cloze",
            "match",
            "order",
            "locate",
        }
    contents = {(shots / n).read_bytes() for n in pngs}
    assert len(contents) == len(pngs)  # every picture different
    first = shots / "fr-dark-zoom0-1400x900-01-library.png"
    assert first.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_broken_file_fails_naming_it(small_bank: Path):
    (small_bank / "casse.yaml").write_text("id: casse\ntitle: Cassé\nlevel: Z9\n", encoding="utf-8")
    result = selftest("--bank", str(small_bank))
    assert result.returncode == 1
    assert "casse.yaml" in result.stderr and "FAILED" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_wrong_answer_fails_naming_article_and_question(
    qapp, small_bank: Path, tmp_path: Path, monkeypatch, capsys
):
    """In-process, with q5's "right" answer replaced by a wrong one, as a bad file would."""
    from quizapp.commands import selftest as command
    from quizapp.gui.quiz import selftest_driver
    from tests.gui.quiz_fixtures import wrong_answer

    real = selftest_driver.right_response

    def spoiled(question):
        return wrong_answer(question) if question.id == "q5" else real(question)

    monkeypatch.setattr(selftest_driver, "right_response", spoiled)
    (small_bank / "deux.yaml").unlink()
    code = command.main(["--bank", str(small_bank), "--data-dir", str(tmp_path / "d")])
    err = capsys.readouterr().err
    assert code == 1
    assert "FAILED: article 'tous-les-types'" in err
    assert "question q5 (short)" in err and "was marked wrong" in err
    assert "Traceback" not in err


def test_usage_errors(tmp_path: Path):
    result = selftest("--bank", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert "no such folder" in result.stderr


def test_a_hang_is_cut_short_with_a_plain_message(small_bank: Path):
    result = selftest("--bank", str(small_bank), "--timeout", "0.001")
    assert result.returncode == 1
    assert "no answer from the window after 0.001 s" in result.stderr
    assert "Traceback" not in result.stderr


SELFTEST = [sys.executable, "-m", "quizapp", "selftest"]


def test_a_selftest_killed_half_way_leaves_the_learners_choice(small_bank: Path, tmp_path: Path):
    """Before: selftest made itself the last learner and put the learner back at the
    end, so a kill -9 in between left "selftest" as the learner of the next start."""
    import signal
    import sqlite3
    import time

    from quizapp.core.progress.api import ProgressStore

    data = tmp_path / "data"
    with ProgressStore.open(data) as store:
        zoe = store.create_profile("Zoé")
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    child = subprocess.Popen(
        [*SELFTEST, "--bank", str(small_bank), "--data-dir", str(data)],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        started = False
        while time.monotonic() < deadline and child.poll() is None and not started:
            with contextlib.suppress(sqlite3.Error):
                conn = sqlite3.connect(data / "progress.sqlite3", timeout=1)
                started = conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] > 0
                conn.close()
            time.sleep(0.05)
        assert started, "the selftest never started a quiz"
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        child.stdout.close()  # type: ignore[union-attr]
        child.stderr.close()  # type: ignore[union-attr]
    with ProgressStore.open(data) as store:
        last = store.last_profile()
        assert last is not None and last.id == zoe.id
        assert {p.name for p in store.profiles()} == {"Zoé", "selftest"}
