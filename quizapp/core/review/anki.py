"""A real Anki deck (`.apkg`) of the learner's words, written with `genanki`.

One note per looked-up headword, of one note type ("quizapp word") with the
word, its gloss, the sentence where it was met, its English and the article's
title, and one cloze card: the sentence with the word hidden, the gloss as
the cue (as in the app's own review). Note GUIDs come from the learner and
the headword, and the note type's and deck's ids are fixed, so importing a
newer export updates the notes instead of duplicating them.

Fields are HTML in Anki: everything is escaped, since teachers' and
learners' text is plain text. The file is written beside its target and
moved into place, so a failed export never leaves half a deck.
"""

from __future__ import annotations

import contextlib
import html
import itertools
import os
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.core.progress.records import WordRecord
from quizapp.core.review.words import cloze, latest_words

if TYPE_CHECKING:  # pragma: no cover - typing only
    import genanki

MODEL_ID = 1_734_205_187  # fixed forever: the note type Anki recognises on re-import
DECK_ID = 1_734_205_188
FIELDS = ("Text", "Word", "Gloss", "Sentence", "English", "Article")
CSS = """.card { font-family: serif; font-size: 22px; text-align: center; }
.cloze { font-weight: bold; }
.cue, .english, .article { font-family: sans-serif; font-size: 16px; }
.article { opacity: 0.7; }"""
FRONT = '{{cloze:Text}}<div class="cue">{{Gloss}}</div>'
BACK = (
    '{{cloze:Text}}<div class="cue">{{Gloss}}</div><hr>'
    '<div class="english">{{English}}</div><div class="article">{{Article}}</div>'
)


def model() -> genanki.Model:
    import genanki

    return genanki.Model(
        MODEL_ID,
        "quizapp word",
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Cloze", "qfmt": FRONT, "afmt": BACK}],
        css=CSS,
        model_type=genanki.Model.CLOZE,
    )


def note_guid(learner: str, headword: str) -> str:
    import genanki

    return genanki.guid_for("quizapp-word", learner.casefold(), headword.casefold())


def _cloze_text(word: WordRecord) -> str:
    parts = cloze(word)
    hidden = html.escape(parts.answer).replace("}}", "} }").replace("::", ": :")
    return f"{html.escape(parts.before)}{{{{c1::{hidden}}}}}{html.escape(parts.after)}"


def notes(
    words: Iterable[WordRecord], learner: str, titles: Mapping[str, str]
) -> list[genanki.Note]:
    """One note per headword, from the sentence where it was met last."""
    import genanki

    note_type = model()
    out = []
    for headword, word in sorted(latest_words(list(words)).items()):
        fields = [
            _cloze_text(word),
            html.escape(word.word),
            html.escape(word.gloss),
            html.escape(word.sentence_fr),
            html.escape(word.sentence_en),
            html.escape(titles.get(word.article_id, word.article_id)),
        ]
        out.append(genanki.Note(model=note_type, fields=fields, guid=note_guid(learner, headword)))
    return out


def write_apkg(
    path: Path,
    words_by_learner: Mapping[str, Iterable[WordRecord]],
    titles: Mapping[str, str],
    deck_name: str = "quizapp",
) -> int:
    """Write the deck of each learner's words to `path`; returns how many notes it holds."""
    import genanki

    deck = genanki.Deck(DECK_ID, deck_name)
    made = [n for learner, ws in words_by_learner.items() for n in notes(ws, learner, titles)]
    for note in made:
        deck.add_note(note)
    package = genanki.Package(deck)
    target = Path(path)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "collection.anki2"
        conn = sqlite3.connect(db)
        try:
            now = time.time()
            package.write_to_db(conn.cursor(), now, itertools.count(int(now * 1000)))
            conn.commit()
        finally:
            conn.close()
        fd, partial = tempfile.mkstemp(prefix=".quizapp-", suffix=".apkg", dir=target.parent)
        os.close(fd)
        try:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as out:
                out.write(db, "collection.anki2")
                out.writestr("media", "{}")
            os.replace(partial, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(partial)
            raise
    return len(made)
