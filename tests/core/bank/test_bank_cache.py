"""The article cache gives exactly what the loader gives, and never trusts a bad file."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from benchmarks.generate_bank import generate
from quizapp.core.bank.cache import (
    CacheError,
    cache_path,
    decode,
    encode,
    load_bank_cached,
    load_with_cache,
)
from quizapp.core.bank.loader import load_bank
from quizapp.core.model import Article

GOOD = Path(__file__).resolve().parents[2] / "data" / "good"
BAD = Path(__file__).resolve().parents[2] / "data" / "bad"


def age(folder: Path, seconds: float = 60) -> None:
    """Files as they are on a learner's disk: written a while ago."""
    past = time.time_ns() - int(seconds * 1e9)
    for path in folder.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(past, past))


def same(a, b) -> None:
    assert a.files == b.files
    assert a.articles == b.articles
    assert [x.path for x in a.articles] == [x.path for x in b.articles]
    assert [x.content_hash for x in a.articles] == [x.content_hash for x in b.articles]
    assert a.problems == b.problems


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    folder = tmp_path / "bank"
    generate(folder, 6)
    for name in ("belarus.yaml", "windows.yml"):
        shutil.copy(GOOD / name, folder / name)
    for name in ("duplicate_keys.yaml", "tab_indent.yaml", "unknown_keys.yaml"):
        shutil.copy(BAD / name, folder / name)
    age(folder)
    return folder


def test_a_warm_load_is_the_loaders_result_without_reading_any_file(bank, tmp_path):
    cache = tmp_path / "cache"
    reference = load_bank([bank])
    cold, stats = load_with_cache([bank], cache)
    same(cold, reference)
    assert stats.rechecked == len(reference.files) and stats.cache_written
    warm, stats = load_with_cache([bank], cache)
    same(warm, reference)
    assert (stats.reused, stats.rechecked, stats.cache_written) == (len(reference.files), 0, False)
    assert any(p.is_error for p in warm.problems) and any(not p.is_error for p in warm.problems)


def test_cached_articles_work_like_loaded_ones(bank, tmp_path):
    load_with_cache([bank], tmp_path / "cache")
    article = load_bank_cached([bank], tmp_path / "cache").articles[0]
    assert isinstance(article, Article)
    assert article.paragraphs and article.total_points > 0
    cloze = next(q for q in article.questions if q.type == "cloze")
    assert cloze.blanks and cloze.segments
    entry = article.glossary[0]
    sentence = next(s for s in article.sentences if entry.fr in s.fr)
    assert article.gloss(sentence.id, entry.fr) == entry
    short = next(q for q in article.questions if q.type == "short")
    assert short.grade(short.answers[0]).correct
    hash(article.settings)  # frozen dataclasses stay hashable


def test_a_changed_added_or_removed_file_is_read_again(bank, tmp_path):
    cache = tmp_path / "cache"
    load_with_cache([bank], cache)
    target = bank / "belarus.yaml"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("title: La Russie", "title: Désormais, la Russie"), "utf-8")
    (bank / "windows.yml").unlink()
    shutil.copy(GOOD / "windows.yml", bank / "theme-0" / "copy.yml")
    for path in (target, bank / "theme-0" / "copy.yml"):
        past = time.time_ns() - 30_000_000_000
        os.utime(path, ns=(past, past))
    scan, stats = load_with_cache([bank], cache)
    same(scan, load_bank([bank]))
    assert stats.rechecked == 2
    assert any(a.title.startswith("Désormais") for a in scan.articles)


def test_an_edit_keeping_the_size_is_noticed_by_its_time(bank, tmp_path):
    cache = tmp_path / "cache"
    load_with_cache([bank], cache)
    target = bank / "belarus.yaml"
    st = target.stat()
    target.write_text(target.read_text("utf-8").replace("B1", "B2"), "utf-8")
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 1))
    scan, stats = load_with_cache([bank], cache)
    same(scan, load_bank([bank]))
    assert stats.rechecked == 1  # a new time, even by one nanosecond, is noticed


def test_files_written_just_now_are_not_cached_yet(tmp_path):
    folder = tmp_path / "bank"
    generate(folder, 2)
    cache = tmp_path / "cache"
    load_with_cache([folder], cache)
    _, stats = load_with_cache([folder], cache)
    assert stats.reused == 0 and stats.rechecked == 2


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff garbage",
        b"[1, 2, 3]",
        b'{"magic": "someone-else", "format": 3, "code": "x", "count": 0}\n',
        "truncated",
        "bad line",
    ],
)
def test_a_corrupt_or_foreign_cache_file_is_ignored_and_rebuilt(bank, tmp_path, content):
    cache = tmp_path / "cache"
    load_with_cache([bank], cache)
    path = cache_path(cache, bank)
    if content == "truncated":
        lines = path.read_bytes().splitlines(keepends=True)
        content = b"".join(lines[:-2])
    elif content == "bad line":
        lines = path.read_bytes().splitlines(keepends=True)
        content = b"".join([*lines[:2], b'{"path": 3}\n', *lines[3:]])
    path.write_bytes(content)
    scan, stats = load_with_cache([bank], cache)
    same(scan, load_bank([bank]))
    assert stats.reused == 0 and stats.cache_written
    assert json.loads(path.read_text("utf-8").splitlines()[0])["magic"] == "quizapp-bank-cache"


@pytest.mark.parametrize(
    "tamper",
    [
        lambda e: e["article"].__setitem__(1, "Popen"),  # a class not in the model
        lambda e: e["article"][2].pop(),  # a field missing
        lambda e: e.__setitem__("problems", ["D", "Problem", []]),
        lambda e: e.__setitem__("article", ["E", "Level", "Z9"]),
        lambda e: e.__setitem__("article", {"id": "x"}),
        lambda e: e.__setitem__("article", ["L", []]),
    ],
)
def test_a_tampered_entry_is_read_again_from_its_file(bank, tmp_path, tamper):
    cache = tmp_path / "cache"
    load_with_cache([bank], cache)
    path = cache_path(cache, bank)
    lines = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    key = str(bank / "belarus.yaml")
    tamper(next(entry for entry in lines[1:] if entry["path"] == key))
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    scan, stats = load_with_cache([bank], cache)
    same(scan, load_bank([bank]))
    assert stats.rechecked == 1


def test_decode_refuses_what_encode_never_writes():
    for data in (["X", 1], ["D", "Article"], ["T", "abc"], {"a": 1}, ["P", 3], ["E", "os", 1]):
        with pytest.raises(CacheError):
            decode(data)
    with pytest.raises(TypeError):
        encode(object())


def test_duplicate_ids_are_still_reported_from_the_cache(bank, tmp_path):
    shutil.copy(bank / "belarus.yaml", bank / "zz-copy.yaml")
    age(bank)
    cache = tmp_path / "cache"
    first = load_bank_cached([bank], cache)
    second = load_bank_cached([bank], cache)
    same(first, load_bank([bank]))
    same(second, first)
    assert any("belarus-armes" in p.message and p.line > 1 for p in second.problems)


def test_an_unwritable_cache_folder_only_costs_speed(bank, tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    scan, stats = load_with_cache([bank], blocker)
    same(scan, load_bank([bank]))
    assert not stats.cache_written


def test_no_cache_folder_is_the_plain_loader(bank):
    scan, stats = load_with_cache([bank], None)
    same(scan, load_bank([bank]))
    assert not stats.cache_written and stats.reused == 0


def test_the_cached_part_is_given_early_and_the_rest_reported_as_it_is_read(bank, tmp_path):
    cache = tmp_path / "cache"
    load_with_cache([bank], cache)
    changed = [bank / "belarus.yaml", next(bank.rglob("article-*.yaml"))]
    for path in changed:
        path.write_text(path.read_text("utf-8") + "\n# edited\n", "utf-8")
        past = time.time_ns() - 30_000_000_000
        os.utime(path, ns=(past, past))
    early: list = []
    steps: list[tuple[int, int]] = []
    scan, stats = load_with_cache([bank], cache, lambda d, t: steps.append((d, t)), early.append)
    same(scan, load_bank([bank]))
    assert stats.rechecked == 2 and steps == [(1, 2), (2, 2)]
    (partial,) = early
    assert {a.path for a in partial.articles} == {a.path for a in scan.articles} - set(changed)
    _, stats = load_with_cache([bank], cache, early=early.append)
    assert stats.rechecked == 0 and len(early) == 1  # nothing to read again: no early list


def test_no_early_list_without_a_cache(bank, tmp_path):
    early: list = []
    load_with_cache([bank], tmp_path / "cache", early=early.append)
    load_with_cache([bank], None, early=early.append)
    assert early == []
