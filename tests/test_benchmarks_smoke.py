"""The benchmarks stay runnable: a generated bank is valid, and one figure measures.

Quick on purpose (a few articles, few runs); the real table is `python -m benchmarks`.
"""

from __future__ import annotations

import subprocess
import sys

from benchmarks import passage_render
from benchmarks.generate_bank import age_files, generate
from quizapp.core.bank.loader import load_bank
from tests.conftest import REPO


def test_a_generated_bank_passes_quizapp_check(tmp_path):
    bank = tmp_path / "bank"
    paths = generate(bank, 4)
    age_files(bank)
    result = subprocess.run(
        [sys.executable, "-m", "quizapp", "check", str(bank)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 files, 0 errors, 0 warnings" in result.stdout + result.stderr
    scan = load_bank([bank])
    assert len(scan.articles) == len(paths) == 4
    for article in scan.articles:
        types = {q.type for q in article.questions}
        assert len(types) == 8, types
        assert article.glossary and len(article.sentences) >= 12


def test_the_same_seed_gives_the_same_bank(tmp_path):
    one = [p.read_bytes() for p in generate(tmp_path / "a", 3, seed=7)]
    two = [p.read_bytes() for p in generate(tmp_path / "b", 3, seed=7)]
    other = [p.read_bytes() for p in generate(tmp_path / "c", 3, seed=8)]
    assert one == two and one != other


def test_passage_render_measures_a_ratio(qapp):
    (figure,) = passage_render.measure(runs=1)
    assert figure.measured > 0 and figure.unit == "×"
    assert "words" in figure.detail


def test_the_dictionary_benchmark_generates_a_readable_stardict(tmp_path):
    from benchmarks.dictionary_speed import generate_stardict, lookup_figure
    from quizapp.core.dictionary import Catalog

    generate_stardict(tmp_path / "dicts", count=2000)
    catalog = Catalog(tmp_path / "data", [tmp_path / "dicts"])
    catalog.scan(create_folder=False)
    catalog.build_all()
    [row] = catalog.listings()
    assert row.state == "ready" and row.count == 2000
    figure = lookup_figure("small", catalog)
    assert figure.unit == "ms" and figure.measured > 0
    catalog.close()


def test_the_review_benchmark_measures_a_real_due_list():
    from benchmarks import review_speed

    due_list, rating = review_speed.measure(runs=3)
    assert due_list.unit == rating.unit == "ms" and due_list.measured > 0 and rating.measured > 0
    assert "cards due" in due_list.detail and int(due_list.detail.split()[0]) > 20
