"""The words the lint compares: normalised like typed answers, lemmatised like glosses.

Two texts "say the same" when they match after the grader's normalisation and
with accents set aside; an answer "is in" a sentence when one of its content
words, or that word's lemma, is among the sentence's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizapp.core.gloss.lemmas import word_keys
from quizapp.core.gloss.tokenize import tokenize
from quizapp.core.grading.answers import normalise, strip_accents

# Function words: they carry no answer, so they never prove one is cited.
_STOP_TEXT = (
    "a à au aux avec ce ces cet cette d de des du elle elles en et eux il ils je l la le "
    "les leur leurs lui m ma mais me même mes moi mon n ne ni nos notre nous on ou où par "
    "pas pour qu que qui s sa se ses si son sur t ta te tes toi ton tu un une vos votre "
    "vous y c ça ceci cela dans est sont été être avoir ont était plus moins très bien "
    "aussi comme dont"
    # Connectors: a blank for one tests grammar, not the text.
    " donc ainsi pourtant certes cependant alors puis enfin ensuite d'abord or car "
    "toutefois néanmoins depuis désormais en revanche par ailleurs"
)
STOP_WORDS = frozenset(_STOP_TEXT.split())
QUOTED = re.compile(r"«\s*([^«»]+?)\s*»|“([^“”]+?)”")
# Where a quotation leaves out or adapts words: `[…]`, `(…)`, `…`, and `[leur]`.
GAPS = re.compile(r"\s*(?:\[[^\[\]]*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.)\s*")


@lru_cache(maxsize=8192)
def _same_form(text: str) -> str:
    """The text as the grader compares it, accents and final punctuation set aside."""
    return strip_accents(normalise(text)).replace("-", " ")


def same_form(text: str) -> str:
    return _same_form(text)


@lru_cache(maxsize=8192)
def typed_form(text: str) -> str:
    """The text as the grader compares it, accents kept (« a » and « à » differ)."""
    return normalise(text)


_STOP_FORMS = frozenset(_same_form(w) for w in STOP_WORDS)


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=8192)
def word_line(text: str) -> str:
    """The text's words in the same form, space-separated and space-padded."""
    return " " + " ".join(_WORD.findall(same_form(text))) + " "


def contains(haystack: str, needle: str) -> bool:
    """Whether `needle` appears in `haystack` as whole words, in the same form."""
    pin = word_line(needle)
    return pin != "  " and pin in word_line(haystack)


@lru_cache(maxsize=8192)
def content_words(text: str) -> tuple[str, ...]:
    """The words of `text` that carry meaning: not function words, not lone letters."""
    out = []
    for token in tokenize(text):
        if not token.is_word:
            continue
        word = same_form(token.text).strip("'")
        if word and word not in _STOP_FORMS and (len(word) > 1 or word.isdigit()):
            out.append(token.text)
    return tuple(out)


@lru_cache(maxsize=8192)
def keys(word: str) -> frozenset[str]:
    """The word and its lemmas, each in the same form."""
    return frozenset(same_form(k) for k in word_keys(word).everything)


def lemma_set(text: str) -> set[str]:
    found: set[str] = set()
    for token in tokenize(text):
        if token.is_word:
            found |= keys(token.text)
    return found


def shares_a_word(answer: str, text: str) -> bool:
    """Whether a content word of `answer`, or its lemma, is a word of `text`."""
    words = content_words(answer)
    if not words:
        return True  # function words only: a grammar blank, not the lint's concern
    written = set(word_line(text).split())
    forms = [same_form(word) for word in words]
    if any(form in written or _stem_in(form, written) for form in forms):
        return True  # as written, or a long shared stem: no dictionary needed
    available = lemma_set(text)
    return any(keys(word) & available for word in words)


def _stem_in(word: str, available: set[str]) -> bool:
    """A form the lemmatiser misses (« écrivit » for « a écrit »): a long shared stem."""
    for other in available:
        shorter = min(len(word), len(other))
        if shorter < 5:
            continue
        common = 0
        for a, b in zip(word, other, strict=False):
            if a != b:
                break
            common += 1
        if common >= max(4, shorter - 2):
            return True
    return False


def word_forms(text: str) -> list[str]:
    """The words of a text in the same form, in order."""
    return [same_form(t.text) for t in tokenize(text) if t.is_word]


def quotations(text: str) -> list[str]:
    """The passages between « » or “ ” in a text."""
    return [(m.group(1) or m.group(2)).strip() for m in QUOTED.finditer(text)]


def quote_pieces(quote: str) -> list[str]:
    """A quotation cut at its gaps (`[…]`, `…`, `[leur]`): each piece must be in the text."""
    return [piece.strip(" ,;") for piece in GAPS.split(quote) if piece.strip(" ,;")]
