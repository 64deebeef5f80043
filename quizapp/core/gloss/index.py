"""The glossary over a passage: which entry glosses the word a learner clicked.

`Article.gloss_index` builds one `GlossIndex` per article on first use. It
tokenises every sentence (`tokenize.py`), matches the glossary's headwords
and forms against lemma keys (`lemmas.py`, `match.py`) and keeps, per
sentence, the chosen spans sorted by offset, so a click is answered by two
bisections. One click on « nucléaires » in « armes nucléaires tactiques »
returns the whole expression's span, to highlight it at once.

`glossary_problems(article)` turns what the index learnt while building
(entries that match nothing, entries always hidden by a longer one, repeated
headwords) into warnings for `quizapp check`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizapp.core.gloss.lemmas import preload, surface_key
from quizapp.core.gloss.match import Matcher, SentenceMatches
from quizapp.core.gloss.quick import Gathered, first_entries, problems_from, unmatched_entries
from quizapp.core.gloss.tokenize import Token, TokenKind, tokenize, tokenize_query

if TYPE_CHECKING:  # pragma: no cover - typing only
    from quizapp.core.bank.problems import Problem
    from quizapp.core.model import Article, GlossEntry

__all__ = [
    "GlossHit",
    "GlossIndex",
    "preload",
    "unmatched_entries",
    "unmatched_entries_by_index",
]


@dataclass(frozen=True, slots=True)
class GlossHit:
    """An entry and the span of the sentence it glosses (`sentence.fr[start:end]`)."""

    entry: GlossEntry
    start: int
    end: int


class _SentenceIndex:
    """One sentence's tokens and chosen spans, ready for bisection."""

    __slots__ = (
        "_first_word",
        "_keys",
        "_word_keys",
        "_words",
        "hit_of",
        "hits",
        "starts",
        "tokens",
    )

    def __init__(
        self, tokens: list[Token], found: SentenceMatches, glossary: tuple[GlossEntry, ...]
    ):
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.hits: list[GlossHit] = []
        self.hit_of = [-1] * len(tokens)  # token index → index in hits, or -1
        for span in found.spans:
            for k in range(span.first, span.last + 1):
                self.hit_of[k] = len(self.hits)
            entry = glossary[span.entry]
            self.hits.append(GlossHit(entry, tokens[span.first].start, tokens[span.last].end))
        self._keys = found.keys
        self._words: list[int] | None = None  # built by the first `occurrence`
        self._word_keys: list[str] = []
        self._first_word: dict[str, int] = {}

    def token_index_at(self, offset: int) -> int:
        i = bisect_right(self.starts, offset) - 1
        return i if i >= 0 and offset < self.tokens[i].end else -1

    def occurrence(self, query: list[str]) -> list[int] | None:
        """Token indices of the first run of words equal to `query` (folded), or None."""
        if self._words is None:
            self._words = [i for i, t in enumerate(self.tokens) if t.is_word]
            self._word_keys = [self._keys[i].surface for i in self._words]  # type: ignore[union-attr]
            for position, key in enumerate(self._word_keys):
                self._first_word.setdefault(key, position)
        position = self._first_word.get(query[0])
        if position is None:
            return None
        size = len(query)
        for start in range(position, len(self._words) - size + 1):
            if self._word_keys[start : start + size] == query:
                return self._words[start : start + size]
        return None


class GlossIndex:
    """Every glossary entry's spans in every sentence of one article."""

    def __init__(self, article: Article):
        self._article_id = article.id
        self._glossary = article.glossary
        self._matcher = Matcher(article.glossary)
        self._sentences: dict[str, _SentenceIndex] = {}
        self.matched_entries: set[int] = set()  # glossary indices matching some words
        self.shown_entries: set[int] = set()  # ... and chosen somewhere
        self.beaten_by: dict[int, int] = {}  # an entry never chosen → one chosen instead
        for sentence in article.sentences:
            tokens = tokenize(sentence.fr)
            found = self._matcher.find(tokens)
            self._sentences[sentence.id] = _SentenceIndex(tokens, found, self._glossary)
            self.matched_entries |= found.matched
            self.shown_entries.update(span.entry for span in found.spans)
            for entry, winner in found.beaten_by.items():
                self.beaten_by.setdefault(entry, winner)

    def _sentence(self, sentence_id: str) -> _SentenceIndex:
        try:
            return self._sentences[sentence_id]
        except KeyError:
            raise KeyError(
                f"article {self._article_id!r} has no sentence {sentence_id!r}"
            ) from None

    def tokens(self, sentence_id: str) -> tuple[Token, ...]:
        """The sentence's tokens, for a view that marks or underlines words."""
        return tuple(self._sentence(sentence_id).tokens)

    def hits(self, sentence_id: str) -> list[GlossHit]:
        """Every glossed span of the sentence, in text order, none overlapping."""
        return list(self._sentence(sentence_id).hits)

    def word_at(self, sentence_id: str, offset: int) -> Token | None:
        """The word (or elision, or number) at that character offset, glossed or not."""
        sentence = self._sentence(sentence_id)
        i = sentence.token_index_at(offset)
        return sentence.tokens[i] if i >= 0 and sentence.tokens[i].is_word else None

    def gloss_at(self, sentence_id: str, offset: int) -> GlossHit | None:
        """The entry glossing the character at `offset`, with the whole span it covers.

        Offsets are Python string indices (code points, not UTF-16 units).
        None on a space, on punctuation outside an expression, on an
        unglossed word or outside the sentence; the window then offers the
        sentence's translation.
        """
        sentence = self._sentence(sentence_id)
        i = sentence.token_index_at(offset)
        if i < 0 or sentence.hit_of[i] < 0:
            return None
        return sentence.hits[sentence.hit_of[i]]

    def gloss(self, sentence_id: str, word: str) -> GlossEntry | None:
        """The entry glossing `word` as it appears in that sentence (« déclaré », « l’OTAN »).

        The first occurrence of the word in the sentence is looked up (case
        and apostrophe aside); with several words (« l’OTAN »), the first one
        glossed, preferring a real word to an elision. A word the sentence
        does not contain is matched alone against the glossary, which in
        effect consults single-word entries and forms only.
        """
        sentence = self._sentence(sentence_id)
        query = [t for t in tokenize_query(word) if t.is_word]
        if not query:
            return None
        found = sentence.occurrence([surface_key(t.text) for t in query])
        if found is not None:
            return _pick(sentence, found)
        alone = _SentenceIndex(query, self._matcher.find(query), self._glossary)
        return _pick(alone, list(range(len(query))))


def _pick(sentence: _SentenceIndex, token_indices: list[int]) -> GlossEntry | None:
    glossed = [i for i in token_indices if sentence.hit_of[i] >= 0]
    if not glossed:
        return None
    words = [i for i in glossed if sentence.tokens[i].kind is not TokenKind.ELISION]
    return sentence.hits[sentence.hit_of[(words or glossed)[0]]].entry


def unmatched_entries_by_index(article: Article) -> list[Problem]:
    """`unmatched_entries` from the article's whole `GlossIndex`: the reference."""
    if not article.glossary:
        return []
    index = article.gloss_index
    gathered = Gathered(index.matched_entries, index.shown_entries, index.beaten_by)
    return problems_from(article, first_entries(article), gathered)
