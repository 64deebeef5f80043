"""Find which glossary entry covers which run of tokens in a sentence.

Each headword (and each of its `forms`) becomes a pattern: a sequence of
words with their keys. A pattern matches a run of text tokens when each word
shares a key with the next token, where

- elided words of the headword (« l’ » of « l’OTAN », « d’ » of « d’ici au »)
  may be missing from the text, and elided words of the text (« d’ » in
  « stationnement d’armes ») may be skipped inside a match, never before it;
- the « - » and « -t- » of inverted pronouns are skipped inside a match;
- `match: exact` entries and `forms` compare the folded surface only, with
  every word as written (so `l’est` matches only « l’est »);
- punctuation in a headword (« Tout d’abord, ») must be in the text, and
  punctuation in the text breaks a match (« armes, nucléaires » is not
  « armes nucléaires »).

Overlaps are settled greedily: more words first, then the closer match (same
surface, then lemma, then the looser keys of `lemmas.WordKeys`), then the
entry listed first.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from quizapp.core.gloss.lemmas import WordKeys, on_clear_caches, token_keys
from quizapp.core.gloss.tokenize import MAX_PATTERN_WORDS, Token, TokenKind, tokenize
from quizapp.core.model import GlossEntry, GlossMatch


class PatternWord(NamedTuple):
    surface: str
    keys: frozenset[str]  # its surface and lemmas
    elided: bool


class Pattern(NamedTuple):
    entry: int  # index in the glossary
    words: tuple[PatternWord, ...]
    exact: bool


class Span(NamedTuple):
    first: int  # index of the first token covered
    last: int  # index of the last token covered (inclusive)
    entry: int


class SentenceMatches(NamedTuple):
    keys: list[WordKeys | None]  # per token; None for a LINK
    spans: list[Span]  # chosen, non-overlapping, in text order
    matched: set[int]  # entries that matched somewhere, chosen or not
    beaten_by: dict[int, int]  # entry → an entry that took its place


class Matcher:
    """The glossary's patterns, indexed by the keys of the word they start with."""

    def __init__(self, glossary: Sequence[GlossEntry]):
        self.patterns: list[Pattern] = []
        self._anchors: dict[str, list[int]] = {}
        self.leads: list[int] = []  # per pattern: how many elided words precede its anchor
        self._seen: dict[str, tuple[WordKeys | None, tuple[int, ...]]] = {}
        for index, entry in enumerate(glossary):
            self._add(index, entry.fr, exact=entry.match is GlossMatch.EXACT)
            for form in entry.forms:
                self._add(index, form, exact=True)

    def _add(self, entry: int, text: str, *, exact: bool) -> None:
        words = _pattern_words(text)
        if not words or len(words) > MAX_PATTERN_WORDS:
            return  # nothing to match, or a « headword » that is really a passage
        pattern_id = len(self.patterns)
        self.patterns.append(Pattern(entry, words, exact))
        # A lemma pattern is looked up by its first word that is not an elision
        # (« OTAN » of « l’OTAN »), so that every « le » and « de » of the text
        # does not try it; `find` then also starts it on the elisions before.
        lead = 0
        if not exact:
            while lead < len(words) - 1 and words[lead].elided:
                lead += 1
        self.leads.append(lead)
        anchors = {words[lead].surface} if exact else words[lead].keys
        for key in anchors:
            self._anchors.setdefault(key, []).append(pattern_id)

    def _lookup(self, token: Token) -> tuple[WordKeys | None, tuple[int, ...]]:
        """A token's keys and the patterns that may start on it, cached per text."""
        known = self._seen.get(token.text)
        if known is None:
            keys = token_keys(token)
            starts: tuple[int, ...] = ()
            if keys is not None:
                anchors = self._anchors
                lists = [anchors[key] for key in keys.everything if key in anchors]
                if len(lists) == 1:
                    starts = tuple(lists[0])  # appended in pattern order, each once
                elif lists:
                    starts = tuple(sorted(set().union(*lists)))
            known = self._seen[token.text] = (keys, starts)
        return known

    def find(self, tokens: Sequence[Token]) -> SentenceMatches:
        """The entries covering runs of `tokens`, overlaps settled."""
        keys: list[WordKeys | None] = []
        starts: list[tuple[int, ...]] = []
        seen, link = self._seen, TokenKind.LINK
        for token in tokens:
            if token.kind is link:
                keys.append(None)
                starts.append(())
            else:
                token_keys, pattern_ids = seen.get(token.text) or self._lookup(token)
                keys.append(token_keys)
                starts.append(pattern_ids)
        candidates: list[tuple[int, int, int, int, int]] = []
        memos: dict[int, dict[tuple[int, int, bool], tuple[int, int] | None]] = {}
        for j, pattern_ids in enumerate(starts):
            for pattern_id in pattern_ids:
                pattern = self.patterns[pattern_id]
                memo = memos.setdefault(pattern_id, {})  # states do not depend on the start
                first = j
                for _ in range(self.leads[pattern_id]):
                    if first == 0 or tokens[first - 1].kind is not TokenKind.ELISION:
                        break
                    first -= 1
                for start in range(first, j + 1):
                    found = _match(pattern, tokens, keys, 0, start, False, memo)
                    if found is not None:
                        last, quality = found
                        size = sum(t.kind is not TokenKind.LINK for t in tokens[start : last + 1])
                        candidates.append((-size, quality, pattern.entry, start, last))
                        break  # the earliest start is the longest match
        return SentenceMatches(keys, *_settle(candidates, len(tokens)))


@lru_cache(maxsize=8192)
def _pattern_words(text: str) -> tuple[PatternWord, ...]:
    """A headword's or form's words, cached per process: articles share headwords."""
    words: list[PatternWord] = []
    for token in tokenize(text):
        keys = token_keys(token)
        if keys is not None:
            elided = token.kind is TokenKind.ELISION
            words.append(PatternWord(keys.surface, keys.lemmas, elided))
    return tuple(words)


on_clear_caches(_pattern_words.cache_clear)


def _settle(
    candidates: list[tuple[int, int, int, int, int]], n: int
) -> tuple[list[Span], set[int], dict[int, int]]:
    candidates.sort()
    owner = [-1] * n
    spans: list[Span] = []
    matched: set[int] = set()
    beaten_by: dict[int, int] = {}
    for _size, _quality, entry, first, last in candidates:
        matched.add(entry)
        taken = next((owner[k] for k in range(first, last + 1) if owner[k] >= 0), -1)
        if taken >= 0:
            if taken != entry:
                beaten_by.setdefault(entry, taken)
            continue
        for k in range(first, last + 1):
            owner[k] = entry
        spans.append(Span(first, last, entry))
    spans.sort()
    return spans, matched, beaten_by


def _compare(word: PatternWord, tk: WordKeys, exact: bool) -> int | None:
    """How closely a text token matches a pattern word: 0 best, None not at all."""
    if word.surface == tk.surface:
        return 0
    if exact:
        return None
    if not word.keys.isdisjoint(tk.lemmas):
        return 1
    if not word.keys.isdisjoint(tk.verbs):
        return 2
    return None


def _match(
    pattern: Pattern,
    tokens: Sequence[Token],
    keys: Sequence[WordKeys | None],
    i: int,
    j: int,
    started: bool,
    memo: dict[tuple[int, int, bool], tuple[int, int] | None],
) -> tuple[int, int] | None:
    """(index of the last token matched, summed closeness) for words[i:] from token j.

    Skipping elisions on either side branches, so each state's answer is
    remembered in `memo` (« l’l’l’l’… » against itself stays polynomial), and
    the text's elisions are skipped in a loop, so the recursion is never
    deeper than the pattern is long.
    """
    words = pattern.words
    if i == len(words):
        return (j - 1, 0) if started else None
    state = (i, j, started)
    if state in memo:
        return memo[state]
    n = len(tokens)
    word = words[i]
    result = None
    visited = [state]
    while True:
        if started:
            while j < n and tokens[j].kind is TokenKind.LINK:
                j += 1
        tk = keys[j] if j < n else None
        if tk is not None:
            quality = _compare(word, tk, pattern.exact)
            if quality is not None:
                rest = _match(pattern, tokens, keys, i + 1, j + 1, True, memo)
                if rest is not None:
                    result = rest[0], rest[1] + quality
                    break
        if pattern.exact:
            break
        if word.elided:
            result = _match(pattern, tokens, keys, i + 1, j, started, memo)
            if result is not None:
                break
        if not (started and j < n and tokens[j].kind is TokenKind.ELISION):
            break
        j += 1  # an elision of the text inside the expression: « stationnement d’armes »
        if (i, j, True) in memo:
            result = memo[(i, j, True)]
            break
        visited.append((i, j, True))
    for seen in visited:  # each of them leads to the same answer
        memo[seen] = result
    return result
