"""dictd and StarDict read from files built here, plain and dictzip, well-formed or not."""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from quizapp.core.dictionary import Catalog, answer_word
from quizapp.core.dictionary.dictzip import DictFormatError, TextFile
from tests.core.dictionary.builders import ENTRIES, write_dictd, write_dictzip, write_stardict


def ready(data: Path, *places: Path) -> Catalog:
    catalog = Catalog(data, list(places))
    catalog.scan()
    catalog.build_all()
    return catalog


def gloss(catalog: Catalog, word: str, sentence: str | None = None) -> list[tuple[str, str, str]]:
    result = answer_word(word, catalog.chain(), sentence)
    return [(a.step, a.headword, a.gloss) for a in result.answers]


def test_dictzip_reads_any_slice_across_chunks(tmp_path: Path) -> None:
    data = "".join(f"ligne {n} : « été » ’\n" for n in range(200)).encode()
    write_dictzip(tmp_path / "t.dict.dz", data, chunk=37)
    text = TextFile(tmp_path / "t.dict.dz")
    assert text.size == len(data)
    for offset, size in [(0, 1), (30, 20), (36, 2), (100, 500), (len(data) - 5, 5), (0, len(data))]:
        assert text.read(offset, size) == data[offset : offset + size]
    with pytest.raises(DictFormatError, match="past the end"):
        text.read(len(data) - 2, 3)
    assert gzip.decompress((tmp_path / "t.dict.dz").read_bytes()) == data


def test_plain_gzip_without_chunk_table_still_reads(tmp_path: Path) -> None:
    data = b"abc\ndef\n" * 100
    (tmp_path / "t.dict.dz").write_bytes(gzip.compress(data))
    assert TextFile(tmp_path / "t.dict.dz").read(8, 8) == b"abc\ndef\n"


@pytest.mark.skipif(shutil.which("dictzip") is None, reason="the dictzip program is not installed")
def test_real_dictzip_output_reads(tmp_path: Path) -> None:
    data = "".join(f"{n} mot « é » ’\n" for n in range(30000)).encode()
    (tmp_path / "big.dict").write_bytes(data)
    subprocess.run(["dictzip", str(tmp_path / "big.dict")], check=True)
    text = TextFile(tmp_path / "big.dict.dz")
    for offset in (0, 58314, 58315, 200000, len(data) - 10):
        assert text.read(offset, 10) == data[offset : offset + 10]


@pytest.mark.parametrize("dz", [True, False])
def test_dictd_surface_lemma_and_expression(tmp_path: Path, dz: bool) -> None:
    write_dictd(tmp_path / "dicts", dz=dz)
    catalog = ready(tmp_path / "data", tmp_path / "dicts")
    [row] = catalog.listings()
    assert (row.state, row.name, row.count) == ("ready", "French-English test dictionary", 7)
    assert gloss(catalog, "Maison") == [("surface", "maison", "house")]
    assert gloss(catalog, "déployées") == [("lemma", "déployer", "spread out; deploy; unfold …")]
    assert gloss(catalog, "cours", "Il a plu au cours de la nuit.") == [
        ("surface", "cours", "course; class"),
        ("expression", "au cours de", "during, in the course of"),
    ]
    found = gloss(catalog, "œuvre", "Il faut mettre en œuvre le plan.")
    assert found[-1] == ("expression", "mettre en œuvre", "implement, carry out")
    assert gloss(catalog, "introuvable") == []


@pytest.mark.parametrize(
    ("dz", "bits", "types"), [(False, 32, "m"), (True, 64, "m"), (False, 32, ""), (True, 32, "h")]
)
def test_stardict_variants(tmp_path: Path, dz: bool, bits: int, types: str) -> None:
    entries = {"maison": "<b>house</b>, home &amp; hearth", "déployer": "spread out"}
    if types != "h":
        entries = {"maison": "house, home & hearth", "déployer": "spread out"}
    write_stardict(tmp_path / "sd", entries=entries, dz=dz, bits=bits, types=types)
    catalog = ready(tmp_path / "data", tmp_path / "sd")
    assert [r.state for r in catalog.listings()] == ["ready"]
    assert gloss(catalog, "maison") == [("surface", "maison", "house, home & hearth")]
    assert gloss(catalog, "déployées")[0][1] == "déployer"


def test_stardict_gzipped_idx(tmp_path: Path) -> None:
    info = write_stardict(tmp_path / "sd")
    idx = info.with_suffix(".idx")
    idx.with_name(idx.name + ".gz").write_bytes(gzip.compress(idx.read_bytes()))
    idx.unlink()
    assert gloss(ready(tmp_path / "data", tmp_path / "sd"), "mettre") == [
        ("surface", "mettre", "put")
    ]


def test_other_languages_are_ignored_with_why(tmp_path: Path) -> None:
    write_dictd(tmp_path / "d", name="freedict-deu-eng", short="German-English")
    write_stardict(tmp_path / "d", name="plain", lang=None, bookname="Mystery")
    write_dictd(tmp_path / "d", name="freedict-fra-eng")
    catalog = ready(tmp_path / "data", tmp_path / "d")
    states = {r.path.name: (r.state, r.reason) for r in catalog.listings()}
    assert states["freedict-deu-eng.index"] == ("ignored", "not French→English (deu→eng)")
    assert states["plain.ifo"][0] == "ignored" and "not declared" in states["plain.ifo"][1]
    assert states["freedict-fra-eng.index"][0] == "ready"


def _truncate_index(folder: Path) -> None:
    index = folder / "freedict-fra-eng.index"
    index.write_bytes(index.read_bytes()[:-7])


def _past_the_end(folder: Path) -> None:
    index = folder / "freedict-fra-eng.index"
    index.write_text(index.read_text(encoding="utf-8") + "maisonnette\tZZZ\tBA\n", encoding="utf-8")


def _wrong_encoding(folder: Path) -> None:
    index = folder / "freedict-fra-eng.index"
    index.write_bytes(index.read_bytes().replace("déployer".encode(), "déployer".encode("latin-1")))


def _empty_text(folder: Path) -> None:
    (folder / "freedict-fra-eng.dict.dz").write_bytes(b"")


def _empty_index(folder: Path) -> None:
    (folder / "freedict-fra-eng.index").write_bytes(b"")


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (_truncate_index, "cut short"),
        (_past_the_end, "past the end"),
        (_wrong_encoding, "not UTF-8"),
        (_empty_text, "not gzip"),
        (_empty_index, "empty (0 bytes)"),
    ],
)
def test_a_broken_dictd_is_listed_and_the_others_answer(tmp_path, damage, reason) -> None:  # type: ignore[no-untyped-def]
    write_dictd(tmp_path / "bad")
    damage(tmp_path / "bad")
    write_stardict(tmp_path / "good", entries={"maison": "house"})
    catalog = ready(tmp_path / "data", tmp_path / "bad", tmp_path / "good")
    rows = {r.format: r for r in catalog.listings()}
    assert rows["dictd"].state == "broken" and reason in rows["dictd"].reason
    assert rows["stardict"].state == "ready"
    assert gloss(catalog, "maison") == [("surface", "maison", "house")]


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda f: f.write_bytes(f.read_bytes()[:-3]), "truncated"),
        (lambda f: f.write_bytes(b""), "0 bytes"),
    ],
)
def test_a_broken_stardict_is_listed(tmp_path, damage, reason) -> None:  # type: ignore[no-untyped-def]
    info = write_stardict(tmp_path / "sd")
    damage(info.with_suffix(".idx"))
    catalog = ready(tmp_path / "data", tmp_path / "sd")
    [row] = catalog.listings()
    assert row.state == "broken" and reason in row.reason


def test_stardict_offsets_past_the_end_and_bad_ifo(tmp_path: Path) -> None:
    info = write_stardict(tmp_path / "a")
    dict_file = info.with_suffix(".dict")
    dict_file.write_bytes(dict_file.read_bytes()[:10])
    bad = tmp_path / "b" / "x.ifo"
    bad.parent.mkdir()
    bad.write_bytes("Stardict? no\nbookname=é".encode("latin-1"))
    empty = tmp_path / "b" / "y.ifo"
    empty.write_bytes(b"")
    catalog = ready(tmp_path / "data", tmp_path / "a", tmp_path / "b")
    reasons = {r.path.name: (r.state, r.reason) for r in catalog.listings()}
    assert reasons["stardict-fr-en.ifo"][0] == "broken"
    assert "past the end" in reasons["stardict-fr-en.ifo"][1]
    assert reasons["x.ifo"] == ("broken", "x.ifo: not UTF-8 text (byte 22)")
    assert reasons["y.ifo"] == ("broken", "y.ifo is empty")


def test_index_is_reused_rebuilt_on_change_and_when_corrupt(tmp_path: Path) -> None:
    write_dictd(tmp_path / "d")
    ready(tmp_path / "data", tmp_path / "d").close()
    [cached] = (tmp_path / "data" / "cache").glob("dict-*.sqlite")
    again = Catalog(tmp_path / "data", [tmp_path / "d"])
    again.scan()
    assert again.to_index() == []  # opened from the index, no rebuild
    again.close()
    write_dictd(tmp_path / "d", entries={**ENTRIES, "chat": "chat <n>\ncat\n"})
    stamp = cached.stat().st_mtime_ns + 10_000_000_000
    os.utime(tmp_path / "d" / "freedict-fra-eng.index", ns=(stamp, stamp))
    changed = Catalog(tmp_path / "data", [tmp_path / "d"])
    changed.scan()
    assert len(changed.to_index()) == 1  # stale: the files changed
    changed.build_all()
    assert gloss(changed, "chat") == [("surface", "chat", "cat")]
    changed.close()
    cached.write_bytes(b"SQLite format 3\0" + b"\xff" * 300)
    corrupt = Catalog(tmp_path / "data", [tmp_path / "d"])
    corrupt.scan()
    assert len(corrupt.to_index()) == 1  # never trusted
    corrupt.build_all()
    assert gloss(corrupt, "chat") == [("surface", "chat", "cat")]


def test_user_folder_gets_a_readme_and_is_searched_first(tmp_path: Path) -> None:
    data = tmp_path / "data"
    catalog = Catalog(data, [])
    assert catalog.scan() == []
    readme = (data / "dictionaries" / "README.txt").read_text(encoding="utf-8")
    assert "dict-freedict-fra-eng" in readme and "StarDict" in readme
    write_stardict(data / "dictionaries" / "mine", entries={"maison": "home"})
    write_dictd(tmp_path / "system", entries={"maison": "maison\nhouse\n"})
    catalog = ready(data, tmp_path / "system")
    assert gloss(catalog, "maison") == [("surface", "maison", "home")]
    system_first = [r.ident for r in catalog.listings()][::-1]
    assert gloss_in_order(catalog, system_first) == "house"
    assert gloss_in_order(catalog, [], disabled=[system_first[1]]) == "house"


def gloss_in_order(
    catalog: Catalog, order: list[str], disabled: tuple[str, ...] | list[str] = ()
) -> str:
    return answer_word("maison", catalog.chain(order, disabled or [])).answers[0].gloss


def test_an_index_failing_in_use_is_dropped_and_listed(tmp_path: Path, monkeypatch) -> None:
    import sqlite3

    from quizapp.core.dictionary.store import Index

    write_dictd(tmp_path / "d")
    write_stardict(tmp_path / "s", entries={"maison": "home"})
    catalog = ready(tmp_path / "data", tmp_path / "d", tmp_path / "s")
    dictd = next(d for d in catalog.chain() if d.source.format == "dictd")
    real = Index.entries

    def failing(self: Index, key: str) -> list[tuple[str, int, int]]:
        if self is dictd.index:
            raise sqlite3.DatabaseError("database disk image is malformed")
        return real(self, key)

    monkeypatch.setattr(Index, "entries", failing)
    assert gloss(catalog, "maison") == [("surface", "maison", "home")]  # the next one answers
    rows = {r.format: r for r in catalog.listings()}
    assert rows["dictd"].state == "broken" and "damaged" in rows["dictd"].reason
    assert not list((tmp_path / "data" / "cache").glob(f"{dictd.index.path.name}"))
    assert [d.source.format for d in catalog.chain()] == ["stardict"]


def test_stardict_synonyms_lead_to_their_headword(tmp_path: Path) -> None:
    write_stardict(
        tmp_path / "sd",
        entries={"clé": "key", "œil": "eye"},
        synonyms={"clef": "clé", "yeux": "œil"},
    )
    catalog = ready(tmp_path / "data", tmp_path / "sd")
    [answer] = answer_word("clef", catalog.chain()).answers
    assert (answer.form, answer.lemma, answer.headword, answer.gloss) == (
        "clef",
        "clé",
        "clé",
        "key",
    )
    assert gloss(catalog, "Yeux") == [("surface", "œil", "eye")]
    [row] = catalog.listings()
    assert row.count == 4  # two headwords and two forms


def test_a_syn_pointing_past_the_last_headword_is_broken(tmp_path: Path) -> None:
    info = write_stardict(tmp_path / "sd", entries={"clé": "key"}, synonyms={"clef": "clé"})
    syn = info.with_suffix(".syn")
    syn.write_bytes(syn.read_bytes()[:-1] + b"\x07")
    [row] = ready(tmp_path / "data", tmp_path / "sd").listings()
    assert row.state == "broken" and "past the last headword" in row.reason
