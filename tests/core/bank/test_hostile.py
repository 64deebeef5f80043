"""Files a teacher might be sent, or a prankster might leave on a USB stick.

Each hostile file goes through the real `quizapp check` in its own process,
under a memory ceiling, and must end within 2 s and 200 MB with
`PATH:LINE:COLUMN:` and a plain message, never a traceback. The YAML 1.1
look-alikes, a BOM with CRLF and other harmless oddities load, as typed.
The very large files are generated here, not committed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from quizapp.core.bank.loader import check_file, load_article, load_bank
from tests.conftest import REPO

HOSTILE = REPO / "tests" / "data" / "hostile"
GOOD = REPO / "tests" / "data" / "good" / "belarus.yaml"
# CPU seconds spent checking one file (the interpreter's start-up aside): CPU time, as
# other tests share the two cores; the wall clock only guards against a hang.
TIME_LIMIT = 2.0
WALL_LIMIT = 10.0
MEMORY_LIMIT = 200 * 1024 * 1024  # peak resident memory of the whole `quizapp check` process
LINE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?P<column>\d+): (?P<sev>error|warning): (?P<msg>.+)$"
)

# Refused files: (line, a fragment of the plain-English message at that line).
REFUSED: dict[str, tuple[int, str]] = {
    "accents_unknown.yaml": (5, "`accents: medium` is not allowed"),
    "anchor_alias_text.yaml": (7, "`&tr` is a YAML anchor"),
    "attempts_zero.yaml": (5, "`attempts` must be a whole number of at least 1"),
    "bidi_override_id.yaml": (1, "contains an invisible character (U+202E)"),
    "billion_laughs.yaml": (1, "`&a` is a YAML anchor"),
    "binary_tag.yaml": (13, "the tag `!!binary` is not allowed"),
    "choice_one_option.yaml": (20, "`options` needs at least 2 options"),
    "choice_two_correct.yaml": (22, "2 options are marked `correct: true`"),
    "cloze_choice_missing.yaml": (28, "is not among the `choices`"),
    "cloze_no_blank.yaml": (27, "the cloze `text` has no blank"),
    "complex_key.yaml": (4, "a key must be a single word"),
    "encoded_surrogate.yaml": (6, "not valid UTF-8"),
    "dash_key_sentence.yaml": (8, "missing space after `-`: write `- id: s2`"),
    "evidence_unknown.yaml": (25, "there is no sentence `s9`"),
    "format_two.yaml": (1, "`format: 2` is not supported"),
    "french_colon_option.yaml": (22, 'the text contains " : "'),
    "french_colon_title.yaml": (2, 'the text contains " : "'),
    "glossary_match_unknown.yaml": (14, "`match: fuzzy` is not allowed"),
    "id_not_slug.yaml": (1, "the article `id` must use only lowercase letters"),
    "indent_sentence_shallow.yaml": (10, "the indentation of this line does not match"),
    "indent_too_deep.yaml": (24, "indented more than the line above"),
    "latin1.yaml": (6, "not valid UTF-8"),
    "leading_quote_fr.yaml": (9, 'the text starts with " but goes on'),
    "leading_single_quote.yaml": (18, "the text starts with ' but goes on"),
    "level_unknown.yaml": (3, "`level: B3` is not allowed"),
    "line_not_key_continuation.yaml": (11, "this line is neither `key: value` nor a list item"),
    "line_not_key_top.yaml": (4, "this line is neither `key: value` nor a list item"),
    "locate_no_sentences.yaml": (25, "`sentences` needs at least 1 sentence id"),
    "lone_surrogate_bytes.yaml": (6, "not valid UTF-8"),
    "match_duplicate_right.yaml": (31, "`a voté` appears twice in `right`"),
    "missing_id.yaml": (1, "missing required key `id`"),
    "missing_title.yaml": (1, "missing required key `title`"),
    "multi_none_correct.yaml": (20, "no option is marked `correct: true`"),
    "no_space_after_colon.yaml": (3, "missing space after `:`"),
    "no_space_after_dash.yaml": (22, "missing space after `-`"),
    "nul_in_text.yaml": (6, "NUL byte"),
    "order_two_items.yaml": (27, "`items` needs at least 3 items"),
    # A picture renamed .yaml: not text at all, said so at line 1 (not "saved as UTF-16").
    "png_renamed.yaml": (1, "not a text file"),
    "points_huge.yaml": (25, "`points` must be a number"),
    "points_nan.yaml": (25, "`points` must be a number"),
    "points_negative.yaml": (25, "`points` must be more than 0"),
    "python_apply_system.yaml": (2, "the tag `!!python/object/apply:os.system` is not allowed"),
    "python_module.yaml": (23, "the tag `!!python/module:os` is not allowed"),
    "python_name.yaml": (13, "the tag `!!python/name:os.system` is not allowed"),
    "python_object_new.yaml": (3, "`!!python/object/new:subprocess.Popen` is not allowed"),
    "question_id_duplicate.yaml": (23, "the question id `q1` is already used on line 15"),
    "questions_missing.yaml": (1, "missing required key `questions`"),
    "retry_penalty_big.yaml": (5, "`retry_penalty` is a share of the points"),
    "sentence_id_duplicate.yaml": (8, "the sentence id `s1` is already used on line 5"),
    "sentence_id_space.yaml": (8, "a sentence id cannot contain spaces"),
    "sentences_empty.yaml": (4, "`sentences` needs at least 1 sentence"),
    "set_tag.yaml": (27, "the tag `!!set` is not allowed"),
    "settings_not_mapping.yaml": (4, "`settings` must be a group of `key: value` lines"),
    "tab_after_dash.yaml": (8, "indented with a tab"),
    "tab_before_key.yaml": (6, "indented with a tab"),
    "tag_directive.yaml": (3, "`!!python/object/apply:os.system` is not allowed"),
    "top_key_indented.yaml": (14, "line it up with the key or `-` it belongs with (column 1)"),
    "truefalse_maybe.yaml": (27, "`answer` must be true, false or not_given"),
    "type_unknown.yaml": (24, "`type: essay` is not allowed"),
    "unclosed_brace.yaml": (5, "this `{` is never closed"),
    "unclosed_bracket.yaml": (27, "this `[` is never closed"),
    "unclosed_bracket_at_end.yaml": (12, "this `[` is never closed"),
    "unclosed_double_quote.yaml": (2, 'this quote " is never closed'),
    "unclosed_single_quote.yaml": (13, "this quote ' is never closed"),
    "utf16be_bom.yaml": (1, "saved as UTF-16"),
    "utf16le_bom.yaml": (1, "saved as UTF-16"),
    "utf32_bom.yaml": (1, "save it as UTF-8"),
    "utf16le_nobom_french.yaml": (1, "saved as UTF-16"),
    "zip_renamed.yaml": (1, "not a text file"),
    # `q\u200b1` looks exactly like `q1`: an id with an invisible character is refused.
    "zero_width_in_id.yaml": (23, "contains an invisible character (U+200B)"),
    "zero_width_sentence_id.yaml": (5, "contains an invisible character (U+200B)"),
    "nbsp_in_sentence_id.yaml": (8, "a sentence id cannot contain spaces"),
}

# Files that must load (harmless oddities), with the number of warnings they give.
LOADS: dict[str, int] = {
    "bom_crlf.yaml": 0,
    "cr_only.yaml": 0,
    "duplicate_option.yaml": 1,  # two options with the same text: a warning, the file loads
    "merge_key.yaml": 1,  # `<<` is an unknown key, ignored with a warning
    "percent_directive_1_1.yaml": 0,  # a %YAML 1.1 header changes nothing: text stays text
    "yaml11_everywhere.yaml": 0,
    "yaml11_words.yaml": 0,
}


def generated(folder: Path) -> dict[str, tuple[int, str] | None]:
    """Write the big hostile files; name → (line, fragment) if refused, None if it loads."""
    folder.mkdir(parents=True, exist_ok=True)
    head = "id: gen-{}\ntitle: Gros\nlevel: B1\n"
    tail = "questions:\n  - id: q1\n    type: locate\n    prompt: Où ?\n    sentences: [s1]\n"
    one_sentence = "sentences:\n  - id: s1\n    fr: Bonjour.\n    en: Hello.\n"
    out: dict[str, tuple[int, str] | None] = {}

    with open(folder / "huge_50mb.yaml", "w", encoding="utf-8") as handle:
        handle.write(head.format("huge") + "sentences:\n")
        block = "".join(
            f"  - id: s{i}\n    fr: Une phrase assez longue pour remplir.\n    en: Filler.\n"
            for i in range(1000)
        )
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(block)
    out["huge_50mb.yaml"] = (1, "MB")

    (folder / "nested_50k.yaml").write_text(
        head.format("nested") + "tags: " + "[" * 50_000 + "]" * 50_000 + "\n" + one_sentence + tail,
        encoding="utf-8",
    )
    out["nested_50k.yaml"] = (4, "levels deep")

    (folder / "indented_1k.yaml").write_text(
        head.format("indented")
        + "tags:\n"
        + "".join(" " * (2 * i) + "- \n" for i in range(1, 1000))
        + one_sentence
        + tail,
        encoding="utf-8",
    )
    out["indented_1k.yaml"] = (None, "levels deep")  # type: ignore[assignment]

    sentences = "".join(
        f"  - {{id: s{i}, fr: Phrase {i}., en: Sentence {i}.}}\n" for i in range(1, 100_001)
    )
    (folder / "sentences_100k.yaml").write_text(
        head.format("many") + "sentences:\n" + sentences + tail, encoding="utf-8"
    )
    out["sentences_100k.yaml"] = (1, "MB")

    # As many sentences as fit under the size limit: these must load, quickly.
    fitting = "".join(f"  - {{id: s{i}, fr: Phrase {i}., en: S.}}\n" for i in range(1, 25_001))
    (folder / "sentences_25k.yaml").write_text(
        head.format("fitting") + "sentences:\n" + fitting + tail, encoding="utf-8"
    )
    out["sentences_25k.yaml"] = None

    word = "anticonstitutionnellement "
    long_line = (word * (1024 * 1024 // len(word))).strip()
    (folder / "line_1mb.yaml").write_text(
        head.format("line")
        + f"sentences:\n  - id: s1\n    fr: {long_line}.\n    en: Long.\n"
        + "glossary:\n  - fr: anticonstitutionnellement\n    en: unconstitutionally\n"
        + tail,
        encoding="utf-8",
    )
    out["line_1mb.yaml"] = None

    (folder / "word_1mb.yaml").write_text(
        head.format("word")
        + f"sentences:\n  - id: s1\n    fr: {'a' * 1_000_000}\n    en: A.\n"
        + tail,
        encoding="utf-8",
    )
    out["word_1mb.yaml"] = None
    return out


_MEASURE = """
import json, resource, sys, time
sys.argv[0] = "quizapp"
from quizapp.cli import main
start_wall, start_cpu = time.perf_counter(), time.process_time()
code = main(["check", "--lang", "en", sys.argv[1]])
wall, cpu = time.perf_counter() - start_wall, time.process_time() - start_cpu
try:  # this process's own peak: ru_maxrss keeps the forking parent's across exec on Linux
    status = open("/proc/self/status").read()
    rss = int(status.split("VmHWM:")[1].split()[0]) * 1024
except (OSError, IndexError, ValueError):
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
sys.stderr.write("\\nMEASURE " + json.dumps({"code": code, "wall": wall, "cpu": cpu, "rss": rss}))
"""


def _limit_memory() -> None:
    import resource

    # A hard ceiling well above the target, so a runaway allocation fails instead of swapping.
    ceiling = 1024 * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))


def run_check(path: Path) -> dict:
    """`quizapp check PATH` in a fresh process: its output, exit code, time and memory."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=30,
        env=env,
        preexec_fn=_limit_memory,
    )
    stderr, _, measure = proc.stderr.rpartition("\nMEASURE ")
    assert measure, f"{path.name}: the check process died: {proc.returncode} {proc.stderr[-2000:]}"
    result = json.loads(measure)
    result.update(stdout=proc.stdout, stderr=stderr, returncode=proc.returncode)
    return result


@pytest.fixture(scope="module")
def big_files(tmp_path_factory) -> tuple[Path, dict[str, tuple[int, str] | None]]:
    folder = tmp_path_factory.mktemp("hostile-big")
    return folder, generated(folder)


@pytest.fixture(scope="module")
def runs(big_files) -> dict[str, dict]:
    """Every hostile file through `quizapp check`, two at a time (two cores)."""
    folder, _ = big_files
    paths = sorted(HOSTILE.iterdir()) + sorted(folder.iterdir())
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run_check, paths))
    return {p.name: r for p, r in zip(paths, results, strict=True)}


def problem_lines(stdout: str) -> list[re.Match]:
    return [m for m in map(LINE.match, stdout.splitlines()) if m]


def assert_bounded_and_plain(name: str, run: dict) -> None:
    assert run["cpu"] < TIME_LIMIT, f"{name}: {run['cpu']:.2f} s of CPU"
    assert run["wall"] < WALL_LIMIT, f"{name}: {run['wall']:.2f} s"
    assert run["rss"] < MEMORY_LIMIT, f"{name}: {run['rss'] / 2**20:.0f} MB"
    assert "Traceback" not in run["stdout"] + run["stderr"], run["stderr"]
    assert "internal error" not in run["stdout"]
    assert run["stderr"].strip() == "", run["stderr"]


def test_corpus_is_complete_and_distinct_from_the_loaders_bad_files():
    on_disk = {p.name for p in HOSTILE.iterdir()}
    assert on_disk == set(REFUSED) | set(LOADS)
    assert len(REFUSED) + len(LOADS) >= 40
    bad = {p.read_bytes() for p in (REPO / "tests" / "data" / "bad").rglob("*") if p.is_file()}
    assert not any((HOSTILE / name).read_bytes() in bad for name in on_disk)


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_with_its_place_and_a_plain_message(runs, name: str):
    run = runs[name]
    assert_bounded_and_plain(name, run)
    assert run["code"] == 1
    found = problem_lines(run["stdout"])
    assert found, run["stdout"]
    line, fragment = REFUSED[name]
    errors = [m for m in found if m["sev"] == "error"]
    assert any(int(m["line"]) == line and fragment in m["msg"] for m in errors), run["stdout"]
    for m in found:
        assert m["path"] == str(HOSTILE / name)
        assert int(m["line"]) >= 1 and int(m["column"]) >= 1
    assert "1 file, " in run["stdout"]


@pytest.mark.parametrize("name", sorted(LOADS))
def test_harmless_oddities_load(runs, name: str):
    run = runs[name]
    assert_bounded_and_plain(name, run)
    assert run["code"] == 0, run["stdout"]
    assert f"1 file, 0 errors, {LOADS[name]} warning" in run["stdout"]
    assert load_article(HOSTILE / name).questions


def test_generated_giants(runs, big_files):
    _, expected = big_files
    for name, outcome in expected.items():
        run = runs[name]
        assert_bounded_and_plain(name, run)
        found = problem_lines(run["stdout"])
        if outcome is None:
            assert run["code"] == 0, (name, run["stdout"][:2000])
            continue
        line, fragment = outcome
        assert run["code"] == 1, name
        assert any(
            m["sev"] == "error"
            and fragment in m["msg"]
            and (line is None or int(m["line"]) == line)
            for m in found
        ), (name, run["stdout"][:2000])


def test_yaml_11_lookalikes_stay_text():
    article = load_article(HOSTILE / "yaml11_words.yaml")
    assert article.question("q2").answers == (
        "no", "On", "off", "YES", "y", "12:30", "010", "0x1F", "0o17", "2024-02-30",
        "2024-05-01", "1e3", ".inf", "-.Inf", ".NaN", "~", "null", "1_000", "3.0", "+1",
    )  # fmt: skip
    other = load_article(HOSTILE / "yaml11_everywhere.yaml")
    assert (other.title, other.title_en, other.source) == ("no", "On", "2024-02-30")
    assert other.tags == ("12:30", "010", "~")
    assert [(s.id, s.fr, s.en) for s in other.sentences] == [
        ("1e3", ".inf", "off"),
        ("12:30", "null ~", "Yes"),
    ]
    entry = other.glossary[0]
    assert (entry.fr, entry.en, entry.forms) == ("null", "010", ("NO", "1_000"))
    question = other.questions[0]
    assert (question.id, question.prompt, question.sentences) == (
        "010",
        "2024-02-30",
        ("1e3", "12:30"),
    )
    assert question.answer is False  # `answer` takes a boolean: `no` is one


def test_bom_crlf_and_cr_only_read_like_the_plain_file():
    plain = load_article(HOSTILE / "percent_directive_1_1.yaml")
    for name in ("bom_crlf.yaml", "cr_only.yaml"):
        article = load_article(HOSTILE / name)
        assert article.sentences == plain.sentences
        assert article.title == "Un texte ordinaire"


def test_no_hostile_tag_ever_runs(tmp_path, runs):
    assert not Path("/tmp/quizapp-pwned").exists()


def test_a_bank_mixing_every_hostile_file_with_good_ones_loads_the_good_ones(tmp_path, big_files):
    folder, expected = big_files
    bank = tmp_path / "mixed bank"
    shutil.copytree(HOSTILE, bank / "hostile")
    for name in expected:
        if name != "huge_50mb.yaml":  # checked above; no need to copy 50 MB again
            shutil.copy(folder / name, bank / name)
    (bank / "huge_50mb.yaml").symlink_to(folder / "huge_50mb.yaml")
    shutil.copy(GOOD, bank / "zz-good.yaml")
    scan = load_bank([bank])
    loaded = {a.path.name for a in scan.articles}
    assert "zz-good.yaml" in loaded
    want = set(LOADS) | {n for n, outcome in expected.items() if outcome is None} | {"zz-good.yaml"}
    assert loaded == want
    for name in REFUSED:
        assert any(Path(p.path).name == name and p.is_error for p in scan.problems), name
    for p in scan.problems:
        assert p.line >= 1 and "internal error" not in p.message


def test_the_whole_folder_in_one_check_run():
    run = run_check(HOSTILE)
    assert "Traceback" not in run["stdout"] + run["stderr"]
    assert run["code"] == 1
    named = {Path(m["path"]).name for m in problem_lines(run["stdout"]) if m["sev"] == "error"}
    assert named == set(REFUSED)
    total = len(REFUSED) + len(LOADS)
    assert f"{total} files, " in run["stdout"]


def test_check_file_agrees_in_process():
    for name in REFUSED:
        article, problems = check_file(HOSTILE / name)
        assert article is None and any(p.is_error for p in problems), name
