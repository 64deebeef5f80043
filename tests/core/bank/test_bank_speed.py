"""The loader stays close to a plain libyaml parse (the benchmark has the exact target).

Generous here, since the test machine may be busy: the benchmark
(`python -m benchmarks.check_speed`) holds the real target of 1.5×.
"""

from benchmarks.check_speed import measure


def test_loader_is_close_to_a_plain_libyaml_parse():
    plain, loader = measure(count=60, runs=3)
    assert loader < 3 * plain, f"loader {loader:.3f}s vs plain libyaml {plain:.3f}s"
