"""Typed answers: normalisation and matching against a teacher's accepted answers.

A learner who types « generale » or “l'oppression” with a straight apostrophe
has understood the text; a learner who types 1798 for 1789 has not. So the
comparison first removes every difference that is only typing (case, spaces,
final punctuation, apostrophe and quote forms, ligatures, dash forms), then
applies the article's `accents` and `typos` settings to what is left.

Decisions a teacher can rely on (also in the teachers' guide):

* A hyphen and a space are the same: « contre offensive » matches
  « contre-offensive » with full points, and the learner is shown the
  teacher's spelling. Dropping the hyphen altogether (« contreoffensive »)
  is one edit, so it is a slip.
* Quotes are removed, so « Le Kremlin » matches Le Kremlin.
* Digit groups may be spaced: « 1 000 » matches « 1000 ».
* Invisible characters (bidirectional marks, zero-width spaces) are ignored, and
  fullwidth letters read as the plain ones.
* A slip is one insertion, deletion, substitution or swap of neighbours, in an
  answer of 5 letters or more, never when either side contains a digit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from fractions import Fraction

from rapidfuzz.distance import OSA

from quizapp.core.grading.invisible import without_invisible
from quizapp.core.model import Accents, Settings, Typos

APOSTROPHES = "’'ʼ‘´`′‛＇"
QUOTES = '«»“”"„‹›‟〝〞＂'
DASHES = "‐‑‒–—―−⁃﹣－"
FINAL_PUNCTUATION = ".!?;:…,"
MIN_SLIP_LETTERS = 5

_APOSTROPHE_TABLE = str.maketrans(
    {**dict.fromkeys(APOSTROPHES, "'"), **dict.fromkeys(QUOTES, " "), **dict.fromkeys(DASHES, "-")}
)
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_HIGH_PUNCT = re.compile(r" (?=[!?;:])")
_SPACED_APOSTROPHE = re.compile(r" ?' ?")
_SPACED_HYPHEN = re.compile(r" ?- ?")
_DIGIT_GROUP_SPACE = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
_FINAL_PUNCT = re.compile(rf"[\s{re.escape(FINAL_PUNCTUATION)}]+$")


def normalise(text: str) -> str:
    """The form in which two typed answers that differ only by typing are equal.

    Accents and hyphens are kept: whether they matter is decided later.
    Compatibility forms are folded (fullwidth ｌｅｔｔｅｒｓ, ligatures) and invisible
    characters dropped (a pasted right-to-left mark), for matching only: the
    teacher's spelling is what the learner is shown.
    """
    # Apostrophe forms first: NFKC would turn the acute accent ´ into a space and a mark.
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHE_TABLE)
    text = without_invisible(unicodedata.normalize("NFKC", text))
    text = unicodedata.normalize("NFC", text.casefold()).replace("œ", "oe").replace("æ", "ae")
    text = text.translate(_APOSTROPHE_TABLE)
    text = _SPACES.sub(" ", text).strip()
    text = _SPACE_BEFORE_HIGH_PUNCT.sub("", text)
    text = _SPACED_APOSTROPHE.sub("'", text)
    text = _SPACED_HYPHEN.sub("-", text)
    text = _DIGIT_GROUP_SPACE.sub("", text)
    return _FINAL_PUNCT.sub("", text)


def hyphen_free(text: str) -> str:
    """A normalised answer with hyphens read as spaces (« contre-offensive »)."""
    return text.replace("-", " ")


def strip_accents(text: str) -> str:
    """The text without its diacritics (é → e, ç → c, ï → i)."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare)


def has_number(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def letter_count(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


class MatchKind(IntEnum):
    """How a typed answer met an accepted one, best first (lower is better)."""

    EXACT = 0
    HYPHEN = 1  # only a hyphen/space difference: full points, spelling shown
    ACCENT = 2  # only accents, under `accents: lenient`: full points, spelling shown
    SLIP = 3  # one edit away: credit by `typos`, spelling shown
    WRONG = 4
    EMPTY = 5
    ENGLISH = 6  # a slip that is the English word (`language.unless_english`): no credit


@dataclass(frozen=True)
class TypedMatch:
    """The verdict on one typed answer: its kind, its credit (0..1), what to show."""

    kind: MatchKind
    credit: Fraction
    expected: str

    @property
    def full(self) -> bool:
        return self.credit == 1


def slip_credit(typos: Typos) -> Fraction:
    return {Typos.STRICT: Fraction(0), Typos.HALF: Fraction(1, 2), Typos.ACCEPT: Fraction(1)}[typos]


def _kind(response: str, accepted: str, settings: Settings) -> MatchKind:
    """Compare two normalised answers under the article's settings."""
    if response == accepted:
        return MatchKind.EXACT
    loose_r, loose_a = hyphen_free(response), hyphen_free(accepted)
    if loose_r == loose_a:
        return MatchKind.HYPHEN
    bare_r, bare_a = strip_accents(loose_r), strip_accents(loose_a)
    lenient = settings.accents is Accents.LENIENT
    if lenient and bare_r == bare_a:
        return MatchKind.ACCENT
    if has_number(accepted) or has_number(response) or letter_count(accepted) < MIN_SLIP_LETTERS:
        return MatchKind.WRONG
    if lenient:
        slip = OSA.distance(bare_r, bare_a) == 1
    else:
        # On accented text, and an accent-only difference is never a slip.
        slip = OSA.distance(loose_r, loose_a) == 1 and bare_r != bare_a
    return MatchKind.SLIP if slip else MatchKind.WRONG


def match_typed(response: str, accepted: Iterable[str], settings: Settings) -> TypedMatch:
    """The best verdict of a typed answer over the accepted answers.

    Ties go to the first accepted answer, which is also the one shown when
    the answer is wrong.
    """
    answers = [a.strip() for a in accepted]
    if not answers:
        raise ValueError("a typed question needs at least one accepted answer")
    typed = normalise(response)
    if not typed:
        return TypedMatch(MatchKind.EMPTY, Fraction(0), answers[0])
    best = TypedMatch(MatchKind.WRONG, Fraction(0), answers[0])
    for answer in answers:
        kind = _kind(typed, normalise(answer), settings)
        if kind < best.kind:
            credit = slip_credit(settings.typos) if kind is MatchKind.SLIP else Fraction(1)
            best = TypedMatch(kind, credit, answer)
            if kind is MatchKind.EXACT:
                break
    return best


def match_pick(pick: str, accepted: Iterable[str]) -> TypedMatch:
    """A drop-down pick: right only if it is one of the blank's words exactly."""
    answers = [unicodedata.normalize("NFC", a.strip()) for a in accepted]
    chosen = unicodedata.normalize("NFC", pick.strip())
    if not chosen:
        return TypedMatch(MatchKind.EMPTY, Fraction(0), answers[0])
    if chosen in answers:
        return TypedMatch(MatchKind.EXACT, Fraction(1), chosen)
    return TypedMatch(MatchKind.WRONG, Fraction(0), answers[0])
