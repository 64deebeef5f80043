"""The glossing engine's speed targets, on the benchmark's 2,000-word article.

The machine (2 cores) is shared with other work while tests run, so the
20 ms target is asserted on the CPU time of the best of five cold builds (each
with every lemma cache emptied), which other processes inflate least, and the
wall time with twice the target as the margin for a busy machine (quiet, a
cold build takes about 10 ms, a warm one 6 ms). The benchmark itself
(`python -m benchmarks.gloss_speed`) reports the median wall time against the
plain target.
"""

from __future__ import annotations

import statistics

import pytest

from benchmarks.gloss_speed import (
    BUILD_TARGET_MS,
    LOOKUP_TARGET_MS,
    build_article,
    load_dictionary,
    measure,
    report,
)


@pytest.fixture(scope="module")
def figures():
    load_ms = load_dictionary()
    return measure(build_article(), load_ms, rounds=5, lookups=2000)


def test_the_article_is_the_size_the_targets_are_for(figures):
    assert 2000 <= figures.words <= 2100
    assert figures.distinct_words > 500  # varied like a real article, not one sentence repeated


def test_a_cold_index_build_takes_at_most_20_ms(figures):
    assert min(figures.cold_cpu_ms) <= BUILD_TARGET_MS, report(figures)
    assert min(figures.cold_build_ms) <= 2 * BUILD_TARGET_MS, report(figures)


def test_a_warm_build_is_cheaper_than_a_cold_one(figures):
    assert statistics.median(figures.warm_cpu_ms) < statistics.median(figures.cold_cpu_ms)


def test_look_ups_take_at_most_1_ms_at_the_99th_percentile(figures):
    assert figures.lookup_p99_ms <= LOOKUP_TARGET_MS, report(figures)


def test_the_report_names_each_target(figures):
    text = "\n".join(report(figures))
    assert "target ≤ 20 ms" in text and "target p99 ≤ 1 ms" in text
