"""Which source answers a clicked word: the teacher's glossary, then dictionaries.

The chain, in order:

1. the article's glossary (forms, lemmas, expressions; longest wins), as
   `core/gloss` has always answered;
2. each enabled dictionary, in the learner's order: the word as written,
   then its lemmas (simplemma, as the glossary keys words: « déployées » →
   « déployer »), then the dictionary's multiword headwords that cover the
   word in this sentence (« au cours de », « mettre en œuvre »), longest
   first. The first dictionary that knows the word answers, with every step
   that found something, so « est » shows « est » (east) and « être »;
3. nothing: "no entry", and the window offers the sentence's English.

Every answer says its source and which form led to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from quizapp.core.dictionary.clean import CleanEntry
from quizapp.core.dictionary.keys import headword_key
from quizapp.core.dictionary.opened import Dictionary
from quizapp.core.gloss.lemmas import surface_key, word_keys
from quizapp.core.gloss.tokenize import Token, TokenKind, tokenize, tokenize_query

GLOSSARY = "glossary"


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer: where it came from, the clicked form, the form that matched, the entry."""

    source: str  # "glossary" or the dictionary's name
    form: str  # the word as clicked
    lemma: str  # the form looked up when it is not the word itself (« déployer »), else ""
    headword: str
    gloss: str  # the short English shown in the card
    pos: str = ""
    note: str = ""
    full: str = ""  # the whole entry, plain text, behind "More"
    step: str = "surface"  # "glossary", "surface", "lemma" or "expression"
    span: tuple[int, int] | None = None  # the sentence's characters it covers, when known
    dictionary: str = ""  # the dictionary's id ("" for the glossary)
    senses: tuple[str, ...] = ()  # every sense in the dictionary's order (the card's list)

    @property
    def from_glossary(self) -> bool:
        return self.step == GLOSSARY

    def as_json(self) -> dict[str, object]:
        return {
            "source": self.source,
            "step": self.step,
            "form": self.form,
            "lemma": self.lemma,
            "headword": self.headword,
            "pos": self.pos,
            "gloss": self.gloss,
            "note": self.note,
            "full": self.full,
        }


@dataclass(frozen=True)
class Result:
    """What the chain found for one click: answers in order (first is the answer)."""

    word: str
    answers: tuple[Answer, ...] = ()
    span: tuple[int, int] | None = None  # the clicked word's characters in the sentence
    sentence_id: str = ""
    consulted: tuple[str, ...] = field(default=())  # dictionaries asked, by name

    @property
    def found(self) -> bool:
        return bool(self.answers)


def look_up_token(
    tokens: Sequence[Token], position: int, dictionaries: Sequence[Dictionary]
) -> list[Answer]:
    """The dictionaries' answers for `tokens[position]`, from the first that knows it."""
    token = tokens[position]
    words = [t for t in tokens if t.is_word]
    at = next((i for i, t in enumerate(words) if t.start == token.start), -1)
    keys = word_keys(token.text)
    surface = keys.surface
    lemmas = sorted(keys.lemmas - {surface}) + sorted(keys.verbs - keys.lemmas)
    for dictionary in dictionaries:
        found: list[Answer] = []
        seen: set[str] = set()
        for entry in dictionary.lookup(surface):
            # a form listed for another headword (StarDict's .syn) shows which
            led = "" if headword_key(entry.headword) == surface else entry.headword
            found.append(_answer(dictionary, token, led, entry, "surface", token.start, token.end))
            seen.add(entry.headword.casefold())
        for lemma in lemmas:
            entries = [e for e in dictionary.lookup(lemma) if e.headword.casefold() not in seen]
            for entry in entries:
                found.append(
                    _answer(dictionary, token, lemma, entry, "lemma", token.start, token.end)
                )
                seen.add(entry.headword.casefold())
            if entries:
                break
        if at >= 0:
            found.extend(_expressions(dictionary, words, at))
        if found:
            return found
    return []


def _expressions(dictionary: Dictionary, words: list[Token], at: int) -> list[Answer]:
    """Multiword headwords covering words[at], longest first (then leftmost)."""
    if dictionary.max_words < 2:
        return []
    keys = [word_keys(t.text) for t in words]
    candidates = []
    for start in range(max(0, at - dictionary.max_words + 1), at + 1):
        firsts = {keys[start].surface, *keys[start].lemmas}
        for first in sorted(firsts):
            for expression in dictionary.expressions(first):
                size = len(expression.words)
                if start + size - 1 < at or start + size > len(words):
                    continue
                if all(
                    w == keys[start + k].surface or w in keys[start + k].lemmas
                    for k, w in enumerate(expression.words)
                ):
                    candidates.append((-size, start, expression))
    candidates.sort(key=lambda c: (c[0], c[1]))
    out: list[Answer] = []
    seen: set[str] = set()
    for _size, start, expression in candidates:
        if expression.headword in seen:
            continue
        seen.add(expression.headword)
        entry = dictionary.read(expression.headword, expression.offset, expression.size)
        if entry is None:
            continue
        last = words[start + len(expression.words) - 1]
        clicked = words[at]
        out.append(
            _answer(dictionary, clicked, "", entry, "expression", words[start].start, last.end)
        )
    return out


def _answer(
    dictionary: Dictionary,
    token: Token,
    lemma: str,
    entry: CleanEntry,
    step: str,
    start: int,
    end: int,
) -> Answer:
    return Answer(
        dictionary.name,
        token.text,
        lemma,
        entry.headword,
        entry.gloss,
        entry.pos,
        "",
        entry.full,
        step,
        (start, end),
        dictionary.ident,
        entry.senses,
    )


def answer_click(
    article, sentence_id: str, offset: int, dictionaries: Sequence[Dictionary]
) -> Result:  # type: ignore[no-untyped-def]
    """The chain's answer for a click at `offset` in one of `article`'s sentences."""
    index = article.gloss_index
    token = index.word_at(sentence_id, offset)
    hit = index.gloss_at(sentence_id, offset)
    word = token.text if token is not None else ""
    if hit is not None:
        text = article.sentence(sentence_id).fr
        entry = hit.entry
        answer = Answer(
            GLOSSARY,
            word or text[hit.start : hit.end],
            "",
            entry.fr,
            entry.en,
            note=entry.note or "",
            step=GLOSSARY,
            span=(hit.start, hit.end),
        )
        return Result(answer.form, (answer,), (hit.start, hit.end), sentence_id)
    if token is None:
        return Result("", (), None, sentence_id)
    tokens = list(index.tokens(sentence_id))
    position = next(i for i, t in enumerate(tokens) if t.start == token.start)
    answers = look_up_token(tokens, position, dictionaries)
    return Result(
        word,
        tuple(answers),
        (token.start, token.end),
        sentence_id,
        tuple(d.name for d in dictionaries),
    )


def answer_word(
    word: str,
    dictionaries: Sequence[Dictionary],
    sentence: str | None = None,
    article=None,  # type: ignore[no-untyped-def]
) -> Result:
    """The chain's answer for a word typed on its own (`quizapp lookup`).

    With `sentence`, the word is found in it (its first occurrence), so
    expressions covering it count; with `article`, its glossary answers first:
    in the article's sentence containing `sentence` (or the word), else the
    word alone against the glossary.
    """
    if article is not None:
        glossed = _glossary_answer(word, article, sentence)
        if glossed is not None:
            return Result(word, (glossed,))
    text = sentence if sentence else word
    tokens = tokenize(text)
    query = [t for t in tokenize_query(word) if t.is_word]
    query = [t for t in query if t.kind is not TokenKind.ELISION] or query
    wanted = [surface_key(t.text) for t in query]
    if not wanted:
        return Result(word)
    position = next(
        (i for i, t in enumerate(tokens) if t.is_word and surface_key(t.text) == wanted[0]),
        None,
    )
    if position is None:  # not in the sentence: the word alone
        tokens = tokenize_query(word)
        position = next(
            (i for i, t in enumerate(tokens) if t.is_word and surface_key(t.text) == wanted[0]), 0
        )
    answers = look_up_token(tokens, position, dictionaries)
    return Result(word, tuple(answers), consulted=tuple(d.name for d in dictionaries))


def _glossary_answer(word: str, article, sentence: str | None) -> Answer | None:  # type: ignore[no-untyped-def]
    folded = surface_key(word)
    ordered = list(article.sentences)
    if sentence:
        ordered.sort(key=lambda s: sentence not in s.fr)
    for candidate in ordered:
        if folded not in surface_key(candidate.fr) and candidate is not ordered[-1]:
            continue
        entry = article.gloss(candidate.id, word)
        if entry is not None:
            return Answer(
                GLOSSARY, word, "", entry.fr, entry.en, note=entry.note or "", step=GLOSSARY
            )
    return None
