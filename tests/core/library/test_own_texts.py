"""A learner's own texts: checked, saved as plain files, read back without trusting them."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core.library import own_texts
from quizapp.core.library.own_texts import OwnText, Skipped, Trouble

TEXT = "L’élève lit « Le Petit Prince ». Il aime ce livre !\n\nEnsuite, il dort."


def test_a_text_becomes_an_article_with_no_questions(tmp_path: Path):
    text = own_texts.save(tmp_path, "", TEXT)
    assert text.path == tmp_path / "l-eleve-lit-le-petit-prince-il.txt"
    assert text.path.read_text("utf-8") == f"L’élève lit « Le Petit Prince ». Il…\n\n{TEXT}\n"
    article = text.article()
    assert article.id == "own:l-eleve-lit-le-petit-prince-il"
    assert own_texts.is_own(article) and article.questions == ()
    assert [(s.id, s.fr, s.en, s.paragraph) for s in article.sentences] == [
        ("s1", "L’élève lit « Le Petit Prince ».", "", "p1"),
        ("s2", "Il aime ce livre !", "", "p1"),
        ("s3", "Ensuite, il dort.", "", "p2"),
    ]
    assert article.tags == (own_texts.TAG,)


def test_the_same_title_twice_gets_a_second_file(tmp_path: Path):
    first = own_texts.save(tmp_path, "Mon texte", TEXT)
    second = own_texts.save(tmp_path, "Mon texte", TEXT)
    assert (first.path.name, second.path.name) == ("mon-texte.txt", "mon-texte-2.txt")
    texts, skipped = own_texts.load(tmp_path)
    assert {t.path.name for t in texts} == {"mon-texte.txt", "mon-texte-2.txt"} and not skipped


def test_what_keeps_a_text_from_being_read():
    assert own_texts.trouble("  \n ") is Trouble.EMPTY
    assert own_texts.trouble("a" * (own_texts.MAX_CHARS + 1)) is Trouble.TOO_LONG
    assert own_texts.trouble("123 456 — 789 !") is Trouble.NOT_FRENCH
    english = "The weather is nice and the children are playing in the park with their dog."
    assert own_texts.trouble(english) is Trouble.NOT_FRENCH
    assert own_texts.trouble("Bonjour !") is None
    assert own_texts.trouble(TEXT) is None


def test_file_names_are_safe_everywhere():
    assert own_texts.slug("Le Petit Prince, chap. 1 !") == "le-petit-prince-chap-1"
    assert own_texts.slug("« … »") == "texte"
    assert own_texts.slug("Nul") == "nul-texte"  # a device's name on Windows
    assert own_texts.slug("../../etc/passwd") == "etc-passwd"


def test_word_count_skips_lone_punctuation():
    assert own_texts.word_count("Il dit « oui » — d’accord ?") == 4


def test_odd_files_are_skipped_with_their_reason(tmp_path: Path):
    (tmp_path / "latin1.txt").write_bytes("Titre\n\nL’été est là.".encode("latin-1", "replace"))
    (tmp_path / "nul.txt").write_bytes(b"Titre\n\nLe \x00chat dort.")
    (tmp_path / "vide.txt").write_text("Titre\n\n   \n", "utf-8")
    (tmp_path / "gros.txt").write_bytes(b"a" * (own_texts.MAX_FILE_BYTES + 1))
    (tmp_path / "seul.txt").write_text("Le chat dort.", "utf-8")  # no title line
    (tmp_path / "notes.md").write_text("Le chat dort.", "utf-8")  # not a text file
    texts, skipped = own_texts.load(tmp_path)
    assert [(t.title, t.body) for t in texts] == [("Le chat dort.", "Le chat dort.")]
    assert {s.path.name: s.trouble for s in skipped} == {
        "latin1.txt": Trouble.NOT_UTF8,
        "nul.txt": Trouble.CONTROL,
        "vide.txt": Trouble.EMPTY,
        "gros.txt": Trouble.TOO_LARGE,
    }


def test_a_missing_folder_has_no_texts(tmp_path: Path):
    assert own_texts.load(tmp_path / "absent") == ([], [])


def test_delete_removes_the_file(tmp_path: Path):
    text = own_texts.save(tmp_path, "À lire", TEXT)
    own_texts.delete(text)
    own_texts.delete(text)  # gone already: fine
    assert own_texts.load(tmp_path) == ([], [])


french = st.text(
    alphabet=st.sampled_from([*list("abcdeéèêàçùôîœ’'«»  .,;:!?-\n\t"), "\xa0", "\u202f"]),
    max_size=300,
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(max_size=80), body=french)
def test_what_is_saved_reads_back_exactly(tmp_path: Path, title: str, body: str):
    body = "Le chat dort. " + body  # French enough to be kept
    if own_texts.trouble(body) is not None:
        return
    folder = tmp_path / "round"
    saved = own_texts.save(folder, title, body)
    [read], skipped = own_texts.load(folder)
    assert not skipped
    assert read.body == own_texts.clean(body) == saved.body
    assert read.title == (own_texts.clean_title(title) or own_texts.default_title(body))
    joined = " ".join(s.fr for s in read.article().sentences)
    assert joined.split() == own_texts.clean(body).split()  # every character kept
    own_texts.delete(read)


@settings(max_examples=200)
@given(data=st.binary(max_size=2000))
def test_garbage_bytes_never_raise(data: bytes):
    found = own_texts.parse(Path("x.txt"), data)
    assert isinstance(found, OwnText | Skipped)
    if isinstance(found, OwnText):
        assert found.article().sentences
