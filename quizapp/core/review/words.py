"""A word card: the sentence where the word was met, split around the word, and its gloss.

The window shows it as a flash card: the word in its sentence on the front, its
gloss and the sentence's English on the back; the learner says how well they knew
it (1-4). `check` and `slipped` grade a typed word, for a card that asks for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from quizapp.core.dictionary.keys import headword_key
from quizapp.core.gloss.tokenize import fold, tokenize
from quizapp.core.grading.answers import normalise, strip_accents
from quizapp.core.progress.records import WordRecord


@dataclass(frozen=True)
class WordCloze:
    before: str
    answer: str  # the word as written in the sentence
    after: str
    headword: str
    gloss: str
    sentence_en: str
    article_id: str

    @property
    def sentence(self) -> str:
        return self.before + self.answer + self.after


def cloze(word: WordRecord) -> WordCloze:
    """The sentence split around the looked-up word (its first occurrence as a token)."""
    text, wanted = word.sentence_fr, fold(word.word)
    start, end = -1, -1
    for token in tokenize(text):
        if fold(token.text) == wanted:
            start, end = token.start, token.end
            break
    if start < 0:  # the clicked text is not one token (an expression): find it as written
        start = text.find(word.word)
        end = start + len(word.word)
    if start < 0:  # the sentence changed since: the word alone, still with its cue
        return WordCloze(
            "", word.word, "", word.headword, word.gloss, word.sentence_en, word.article_id
        )
    return WordCloze(
        text[:start], text[start:end], text[end:], word.headword, word.gloss,
        word.sentence_en, word.article_id,
    )  # fmt: skip


def recall_turn(reps: int) -> bool:
    """Whether a word's card asks the other way (its English → the French word): every
    second time it comes, a new word first recognised, so both directions are learnt
    on one schedule (the same card, the same ratings)."""
    return reps % 2 == 1


def masked(card: WordCloze) -> tuple[str, int, int]:
    """The sentence with the word hidden as a line as long as it (« ____ »), and the
    line's span: the recall card's clue."""
    line = "_" * max(3, len(card.answer))
    return card.before + line + card.after, len(card.before), len(card.before) + len(line)


def check(typed: str, card: WordCloze) -> bool:
    """Right when it is the word up to case, apostrophe forms and accents."""
    given, wanted = normalise(typed), normalise(card.answer)
    return bool(given) and strip_accents(given) == strip_accents(wanted)


def slipped(typed: str, card: WordCloze) -> bool:
    """Accepted, but only once its accents are forgiven (the rating becomes Hard)."""
    return check(typed, card) and normalise(typed) != normalise(card.answer)


def latest_words(words: list[WordRecord]) -> dict[str, WordRecord]:
    """Headword -> the sentence where it was met last (the store lists newest first)."""
    out: dict[str, WordRecord] = {}
    for word in words:
        out.setdefault(word.headword, word)
    return out


def headword_pos(pos: str, headword: str) -> str:
    """The dictionary's part of speech for `headword`, its gender dropped when the word
    itself says otherwise: a noun tagged feminine whose own feminine form (headword + e)
    comes back to it is the masculine of a pair (habitant, habitante), which FreeDict
    0.4.1 sometimes tags « n, fem ». Better « noun » than a wrong gender."""
    parts = [part.strip() for part in pos.split(",")]
    if len(parts) != 2 or parts[0].casefold() != "n" or parts[1].casefold() != "fem":
        return pos
    word = headword.strip()
    if not word or word.endswith("e") or " " in word:
        return pos
    from quizapp.core.gloss.lemmas import main_lemma  # simplemma: loaded on first use

    return parts[0] if fold(main_lemma(word + "e")) == fold(word) else pos


_ARTICLES = ("le ", "la ", "les ", "l'", "l’", "un ", "une ")  # a glossary's « le marché »


def kind_in(chain: Iterable[Any], headword: str) -> str:
    """The part of speech (a FreeDict tag, "n, masc") the first dictionary of `chain`
    that tags `headword` gives it clearly: all its entries one part of speech, the
    gender only when they agree on it and `headword_pos` keeps it; "" otherwise
    (pouvoir is a verb and a noun: better nothing than the wrong one)."""
    word = headword.strip()
    for article in _ARTICLES:
        if word.casefold().startswith(article) and len(word) > len(article):
            word = word[len(article) :].strip()
            break
    if not word or " " in word:
        return ""
    key = headword_key(word)
    for dictionary in chain:
        tags = {
            re.sub(r"\s*,\s*", ", ", e.pos.strip().casefold())
            for e in dictionary.lookup(key)
            if e.pos
        }
        if not tags:
            continue
        kinds = {"v" if t.split(",")[0] in ("v", "vt", "vi") else t.split(",")[0] for t in tags}
        if len(kinds) != 1:
            return ""
        if len(tags) != 1:
            return kinds.pop()
        return headword_pos(tags.pop(), word)
    return ""
