"""Prove cheaply that every glossary entry is shown, so `quizapp check` can skip the index.

`unmatched_entries` (`quizapp check`) warns about an entry that matches no word, or whose
every match is taken by another entry. Building the whole `GlossIndex` for
that costs simplemma's dictionary (~0.2 s per process) and a pass of the
matcher over every sentence, while almost every entry of a real glossary is
shown the first time its word appears. So, in two steps, each exact:

1. Without lemmas. A one-word headword or form whose folded surface is a
   word of the text is chosen there (a same-surface match is the closest,
   and a one-word candidate only loses to a longer one covering that word or
   to an earlier entry with the same surface), unless a longer pattern could
   cover that word: an exact pattern only through a word of the same
   surface, a lemma pattern through any word (lemmas are unknown here), so
   this step is only taken when every multiword pattern is exact.
2. The matcher itself, sentence by sentence in text order, stopping as soon
   as every entry left has been chosen somewhere. When it reaches the end,
   what it gathered is exactly what `GlossIndex` gathers, and the warnings
   are built from it.

Only the first entry of each headword is ever warned about, so only those
need a proof.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from quizapp.core.bank.problems import Problem, Severity
from quizapp.core.gloss.lemmas import surface_key
from quizapp.core.gloss.tokenize import (
    MAX_PATTERN_WORDS,
    TokenKind,
    fold,
    tidy,
    tokenize,
    word_texts,
)
from quizapp.core.model import GlossMatch

if TYPE_CHECKING:  # pragma: no cover - typing only
    from quizapp.core.model import Article, GlossEntry

_LINK = TokenKind.LINK


class Gathered(NamedTuple):
    """What `GlossIndex` learns about the glossary while it is built."""

    matched: set[int]
    shown: set[int]
    beaten_by: dict[int, int]


def unmatched_entries(article: Article) -> list[Problem]:
    """Entries matching no word of the text, or always hidden by another entry.

    Repeated headwords are the loader's `duplicate_headwords` check. The
    warnings are exactly `gloss.unmatched_entries_by_index`'s, most often
    without building the index.
    """
    if not article.glossary:  # nothing to match: no need to read every sentence
        return []
    wanted = first_entries(article)
    gathered = gather(article, wanted)
    return [] if gathered is None else problems_from(article, wanted, gathered)


def first_entries(article: Article) -> list[int]:
    """The glossary index of each headword's first entry: the only ones warned about."""
    seen: set[str] = set()
    out: list[int] = []
    for i, entry in enumerate(article.glossary):
        key = headword_key(entry.fr)
        if key not in seen:
            seen.add(key)
            out.append(i)
    return out


def gather(article: Article, wanted: list[int]) -> Gathered | None:
    """None when every entry of `wanted` is surely shown; otherwise the index's findings."""
    pending = set(wanted)
    if pending:
        pending -= _shown_by_surface(article, pending)
    matcher = None
    gathered = Gathered(set(), set(), {})
    for sentence in article.sentences:
        if not pending:
            return None
        if matcher is None:
            from quizapp.core.gloss.match import Matcher  # only now: it needs lemmas

            matcher = Matcher(article.glossary)
        found = matcher.find(tokenize(sentence.fr))
        gathered.matched.update(found.matched)
        for span in found.spans:
            gathered.shown.add(span.entry)
            pending.discard(span.entry)
        for entry, winner in found.beaten_by.items():
            gathered.beaten_by.setdefault(entry, winner)
    return None if not pending else gathered


@lru_cache(maxsize=8192)
def _pattern_shape(text: str) -> tuple[str, ...] | str | None:
    """A one-word pattern's surface, a multiword pattern's surfaces, or None (no pattern).

    Cached per process: articles of a bank share many headwords.
    """
    words = [t for t in tokenize(text) if t.kind is not _LINK]
    if len(words) == 1:
        return surface_key(words[0].text) if words[0].is_word else None
    if 1 < len(words) <= MAX_PATTERN_WORDS:
        return tuple(surface_key(w.text) if w.is_word else fold(w.text) for w in words)
    return None


def _shown_by_surface(article: Article, pending: set[int]) -> set[int]:
    """Entries of `pending` surely chosen on some word of the text, found without lemmas."""
    owner: dict[str, int] = {}  # one-word surface → the first entry with it
    singles: dict[int, list[str]] = {}
    covered: set[str] = set()  # surfaces of the words of multiword (exact) patterns
    for index, entry in enumerate(article.glossary):
        texts = [(entry.fr, entry.match is GlossMatch.EXACT)]
        texts.extend((form, True) for form in entry.forms)
        for text, exact in texts:
            shape = _pattern_shape(text)
            if isinstance(shape, str):
                owner.setdefault(shape, index)
                singles.setdefault(index, []).append(shape)
            elif shape is not None:
                if not exact:
                    return set()  # it may cover any word through a lemma: step 2 decides
                covered.update(shape)
    wanted: dict[str, int] = {}  # a surface that would prove its entry shown → the entry
    for index in pending:
        for surface in singles.get(index, ()):
            if surface and owner[surface] == index and surface not in covered:
                wanted[surface] = index
    proven: set[int] = set()
    for sentence in article.sentences:
        if not wanted:
            break
        folded = tidy(sentence.fr).casefold()  # only to skip sentences: a miss goes to step 2
        if not any(surface in folded for surface in wanted):
            continue
        for word in word_texts(sentence.fr):  # an elision may be skipped inside a match
            index = wanted.pop(surface_key(word), None)
            if index is not None:
                proven.add(index)
    return proven


@lru_cache(maxsize=8192)
def headword_key(text: str) -> str:
    """A headword folded for duplicate detection: case, apostrophes and spaces aside."""
    return " ".join(fold(t.text) for t in tokenize(text) if t.is_word)


def problems_from(article: Article, wanted: list[int], gathered: Gathered) -> list[Problem]:
    """The warnings about the entries of `wanted`, from what the index gathered."""
    problems: list[Problem] = []
    for i in wanted:
        entry = article.glossary[i]
        word = f"« {entry.fr} »"
        if i not in gathered.matched:
            problems.append(
                _warning(
                    article,
                    entry,
                    f"the entry {word} matches no word of the text: "
                    "check its spelling or add `forms`",
                    f"l’entrée {word} ne correspond à aucun mot du texte : "
                    "vérifiez son orthographe ou ajoutez `forms`",
                )
            )
        elif i not in gathered.shown:
            winner = article.glossary[gathered.beaten_by[i]]
            line = winner.line or 1
            problems.append(
                _warning(
                    article,
                    entry,
                    f"the entry {word} is never shown: wherever it matches, "
                    f"« {winner.fr} » (line {line}) covers the same words; "
                    "remove it if it is not needed",
                    f"l’entrée {word} n’est jamais affichée : partout où elle correspond, "
                    f"« {winner.fr} » (ligne {line}) couvre les mêmes mots ; "
                    "supprimez-la si elle n’est pas utile",
                )
            )
    return problems


def _warning(article: Article, entry: GlossEntry, english: str, french: str) -> Problem:
    path = article.path if article.path is not None else f"<{article.id}>"
    return Problem(path, entry.line or 1, 1, Severity.WARNING, english, french)
