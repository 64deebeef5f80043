"""Split French text into tokens that keep their character offsets.

The window maps a click to a character offset and the glossary matcher works
on words, so every token remembers where it came from:
`text[token.start:token.end] == token.text` always holds. Offsets are Python
string indices (code points), not UTF-16 units.

French specifics handled here:

- elisions are split from the word they lean on (« l’OTAN » → « l’ » + « OTAN »),
  with either apostrophe (’ or '), and the elided part is a token of its own;
- inverted pronouns are split from their verb (« a-t-il » → « a » « -t- » « il »,
  « dit-elle » → « dit » « - » « elle »); the joining hyphen and the euphonic
  « -t- », which mean nothing alone, are LINK tokens;
- compounds stay whole (« aujourd’hui », « peut-être », « c’est-à-dire »,
  « États-Unis », « au-delà »), as do numbers (« 1 000 », « 3,5 », « 1er »,
  « XIXe »).

Anything else (lone surrogates, control or combining characters) becomes a
punctuation or symbol token or is skipped like a space; nothing raises.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

# Longer headwords and forms match nothing (and get the « matches no word »
# warning): the matcher (`gloss.match`) recurses once per word.
MAX_PATTERN_WORDS = 32


class TokenKind(StrEnum):
    WORD = "word"
    ELISION = "elision"  # « l’ », « qu’ », « jusqu’ »: a word cut short before a vowel
    NUMBER = "number"  # « 18 », « 1 000 », « 3,5 », « 1er », « XIXe »
    LINK = "link"  # the « - » or « -t- » joining an inverted pronoun to its verb
    PUNCT = "punct"
    SYMBOL = "symbol"


WORDLIKE = frozenset({TokenKind.WORD, TokenKind.ELISION, TokenKind.NUMBER})
WORD, NUMBER = TokenKind.WORD, TokenKind.NUMBER


class Token(NamedTuple):
    """One token: `text` is `source[start:end]` exactly."""

    text: str
    start: int
    end: int
    kind: TokenKind

    @property
    def is_word(self) -> bool:
        """Whether a learner can look this token up (a word, an elision or a number)."""
        return self.kind in WORDLIKE


APOSTROPHES = "'’ʼ"
HYPHENS = "-‐‑"
# Letters, digits and combining marks (NFD input); one class, as it is the hot path.
# \w lets « _ » into words too, which French text hardly ever has.
_WC = r"[\w\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
_JOIN = f"[{HYPHENS}{APOSTROPHES}·\u00ad]"  # inside a word only; « · » of « ami·e·s »
_ORDINAL = r"(?:ᵉʳ|ʳᵉ|ᵉ|ères?|ers?|res?|èmes?|es?|nde?s?)"
_NUMBER = (
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)(?:[.,]\d+)?"  # 1 000, 18 000 000,5
    r"|\d+(?:[.,]\d+)*"  # 18, 1996, 3,5, 1.000.000
)
_SPACE = r"\s\x00-\x1f\x7f\u00ad\u200b-\u200d\u2060\ufeff"  # and invisible characters
# Each match is one token and the spaces before it, so spaces cost no iteration;
# the groups are: spaces, a word's first part and its joined parts (« -t-il »,
# « ’hui »), a number, dots, any other mark.
_SCANNER = re.compile(
    rf"([{_SPACE}]*)(?:"
    rf"((?!\d){_WC}+)((?:{_JOIN}{_WC}+)*)"
    rf"|((?:{_NUMBER})(?:{_ORDINAL}(?!{_WC}))?)"
    r"|(\.{2,})"
    rf"|([^{_SPACE}]))",
)
_ROMAN_ORDINAL = re.compile(
    r"(?=[IVXLCDM]{2}|[VX]e|I(?:er|re))"
    r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
    r"(?:e|ème|er|re|ère)s?"
)
_DIGIT = re.compile(r"\d")
_APOSTROPHE_SPLIT = re.compile(f"[{APOSTROPHES}]")
_HYPHEN_SPLIT = re.compile(f"[{HYPHENS}]")

ELISIONS = frozenset(
    {"l", "d", "qu", "n", "s", "j", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu"}
)
SUBJECT_PRONOUNS = frozenset({"je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"})
OBJECT_PRONOUNS = frozenset({"moi", "toi", "le", "la", "les", "lui", "leur", "y", "en"})
INVERTED_PRONOUNS = SUBJECT_PRONOUNS | OBJECT_PRONOUNS | {"ce"}
# Hyphenated words that end like an inverted pronoun but are one word.
KEEP_WHOLE = frozenset(
    {
        "c'est-à-dire",
        "rendez-vous",
        "va-t-en-guerre",
        "qu'en-dira-t-on",
        "m'as-tu-vu",
        "sauve-qui-peut",
        "cessez-le-feu",
        "laissez-passer",
        "pot-au-feu",
        "suivez-moi",
        "chez-moi",
        "chez-toi",
        "chez-nous",
        "chez-vous",
        "vis-à-vis",
        "tête-à-tête",
        "face-à-face",
        "après-nous",
    }
)


def tokenize(text: str) -> list[Token]:
    """The tokens of `text`, in order, spaces left out."""
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__  # Token(...) without a Python-level call: this loop is hot
    pos = 0
    for space, plain, joined, number, dots, other in _SCANNER.findall(text):
        pos += len(space)
        if joined:
            word = plain + joined
            end = pos + len(word)
            _split_word(word, pos, tokens)
        elif plain:
            end = pos + len(plain)
            kind = NUMBER if plain[0] in "IVXLCDM" and _ROMAN_ORDINAL.fullmatch(plain) else WORD
            append(new(Token, (plain, pos, end, kind)))
        elif number:
            end = pos + len(number)
            append(new(Token, (number, pos, end, NUMBER)))
        else:
            mark = dots or other
            end = pos + len(mark)
            append(new(Token, (mark, pos, end, _mark_kind(mark))))
        pos = end
    return tokens


def word_texts(text: str) -> list[str]:
    """The texts of the WORD and NUMBER tokens of `tokenize(text)`, in order.

    For the glossary check's hot loop: no offsets, no marks, no elisions or
    links. Without digits no token spans a white space (only « 1 000 » does;
    a soft hyphen is not white space), so the text is read chunk by chunk and
    each chunk's words are cached: a bank's texts share most of their chunks.
    """
    if _DIGIT.search(text) is None:
        out: list[str] = []
        for chunk in text.split():
            out.extend(_chunk_words(chunk))
        return out
    return _scan_words(text)


@lru_cache(maxsize=65536)
def _chunk_words(chunk: str) -> tuple[str, ...]:
    return tuple(_scan_words(chunk))


def _scan_words(text: str) -> list[str]:
    out: list[str] = []
    append = out.append
    for _space, plain, joined, number, _dots, _other in _SCANNER.findall(text):
        if joined:
            parts: list[Token] = []
            _split_word(plain + joined, 0, parts)
            out.extend(t.text for t in parts if t.kind is WORD or t.kind is NUMBER)
        elif plain:
            append(plain)  # a word, or a Roman ordinal (NUMBER)
        elif number:
            append(number)
    return out


def tokenize_query(text: str) -> list[Token]:
    """The tokens of a word or phrase named on its own: a lone « l’ » is an elision.

    In running text an apostrophe followed by a space is a closing quote, but
    someone asking about « qu’ » means the elided word.
    """
    tokens = tokenize(text)
    out: list[Token] = []
    for token in tokens:
        previous = out[-1] if out else None
        if (
            token.text in APOSTROPHES
            and previous is not None
            and previous.kind is TokenKind.WORD
            and previous.end == token.start
            and fold(previous.text) in ELISIONS
        ):
            out[-1] = Token(
                previous.text + token.text, previous.start, token.end, TokenKind.ELISION
            )
        else:
            out.append(token)
    return out


@lru_cache(maxsize=512)
def _mark_kind(mark: str) -> TokenKind:
    return TokenKind.PUNCT if unicodedata.category(mark[0])[0] == "P" else TokenKind.SYMBOL


def tidy(text: str) -> str:
    """NFC, with one apostrophe (') and one hyphen (-), and no soft hyphen."""
    text = unicodedata.normalize("NFC", text)
    if "’" in text or "ʼ" in text:
        text = text.replace("’", "'").replace("ʼ", "'")
    if "‐" in text or "‑" in text:
        text = text.replace("‐", "-").replace("‑", "-")
    if "\u00ad" in text:
        text = text.replace("\u00ad", "")
    return text


def fold(text: str) -> str:
    """The form words are compared in: tidied, without case, « œ » written « oe »."""
    folded = tidy(text).casefold()
    if "œ" in folded or "æ" in folded:
        folded = folded.replace("œ", "oe").replace("æ", "ae")
    return folded


def _split_word(chunk: str, start: int, out: list[Token]) -> None:
    """Append the tokens of one run of letters joined by hyphens or apostrophes."""
    if fold(chunk) in KEEP_WHOLE:
        out.append(Token(chunk, start, start + len(chunk), TokenKind.WORD))
        return
    # Elisions: « l’ », « qu’ », « jusqu’ » ... peeled off the front, repeatedly.
    while True:
        m = _APOSTROPHE_SPLIT.search(chunk)
        if m is None or m.end() == len(chunk) or fold(chunk[: m.start()]) not in ELISIONS:
            break
        out.append(Token(chunk[: m.end()], start, start + m.end(), TokenKind.ELISION))
        chunk, start = chunk[m.end() :], start + m.end()
        if fold(chunk) in KEEP_WHOLE:
            out.append(Token(chunk, start, start + len(chunk), TokenKind.WORD))
            return
    _split_inversion(chunk, start, out)


def _split_inversion(chunk: str, start: int, out: list[Token]) -> None:
    """Split « pourrait-il », « a-t-on », « dis-le-moi »; keep real compounds whole."""
    parts = _HYPHEN_SPLIT.split(chunk)
    head = len(parts)
    while head > 1 and fold(parts[head - 1]) in INVERTED_PRONOUNS:
        if fold(parts[head - 1]) in SUBJECT_PRONOUNS and head > 2 and fold(parts[head - 2]) == "t":
            head -= 2  # the euphonic t of « a-t-il »
        else:
            head -= 1
    if head == len(parts):
        out.append(_word(chunk, start))
        return
    pos = start + sum(len(p) + 1 for p in parts[:head]) - 1
    out.append(_word(chunk[: pos - start], start))
    i = head
    while i < len(parts):
        if fold(parts[i]) == "t" and i + 1 < len(parts):
            link, i = chunk[pos - start : pos - start + 3], i + 1  # « -t- »
        else:
            link = chunk[pos - start]
        out.append(Token(link, pos, pos + len(link), TokenKind.LINK))
        pos += len(link)
        word = parts[i]
        out.append(Token(word, pos, pos + len(word), TokenKind.WORD))
        pos += len(word)
        i += 1


def _word(text: str, start: int) -> Token:
    roman = text[0] in "IVXLCDM" and _ROMAN_ORDINAL.fullmatch(text) is not None
    kind = TokenKind.NUMBER if roman else TokenKind.WORD
    return Token(text, start, start + len(text), kind)
