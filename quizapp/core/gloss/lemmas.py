"""The keys a French word is matched by: its folded form and its lemmas.

simplemma gives the lemmas. Its French dictionary costs about 0.2 s to load
the first time, so it is loaded on first use, and `preload()` lets the window
pay that cost in the background after its first paint. Keys are cached per
surface form for the whole process: articles share most of their words.

simplemma has quirks a teacher should not have to know about, so a few keys
are added or corrected here:

- a word is also keyed by its lemma written in lower case (« Il » gives
  « lui » as written, « il » in lower case);
- `verbs`: the -er verb of a participle simplemma reads as an adjective
  (« déployées » → « déployé », « achevée » → « achevé », forms of « déployer »
  and « achever ») or of a verb form it reads as a noun (« il partage » →
  « partage », a form of « partager »). Only words of the text are matched
  by these, so the headword « marché » never matches « marchent », and they
  count as a looser match than a lemma (an entry « partage » wins over
  « partager » on the word « partage »);
- a few function words whose lemma would glue unrelated entries together
  (« leur » → « son », « ils » → « lui ») keep their own.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from quizapp.core.gloss.tokenize import Token, TokenKind, fold, tidy

if TYPE_CHECKING:  # pragma: no cover - typing only
    from simplemma import Lemmatizer

LANG = "fr"

# The full forms an elided word stands for (« s’ » is « se » or « si »).
ELIDED_FORMS: dict[str, tuple[str, ...]] = {
    "l'": ("le", "la"),
    "d'": ("de",),
    "qu'": ("que",),
    "n'": ("ne",),
    "s'": ("se", "si"),
    "j'": ("je",),
    "c'": ("ce",),
    "m'": ("me",),
    "t'": ("te",),
    "jusqu'": ("jusque",),
    "lorsqu'": ("lorsque",),
    "puisqu'": ("puisque",),
    "quoiqu'": ("quoique",),
}
LEMMA_OVERRIDES: dict[str, tuple[str, ...]] = {
    "il": ("il",),
    "ils": ("il",),
    "elles": ("elle",),
    "leur": ("leur",),
    "leurs": ("leur",),
    "prise": ("prise", "prendre"),
    "prises": ("prise", "prendre"),
}


class WordKeys(NamedTuple):
    surface: str  # the word folded: NFC, one apostrophe, no case
    lemmas: frozenset[str]  # the surface and its lemmas, folded
    verbs: frozenset[str]  # -er verbs the word may be a form of, not in `lemmas`
    everything: frozenset[str]  # all of the above, to look candidates up


_SURROGATE = re.compile("[\ud800-\udfff]")
_lemmatizer: Lemmatizer | None = None
_load_lock = threading.Lock()


def preload() -> None:
    """Load simplemma's French dictionary now (about 0.2 s), e.g. in a worker thread."""
    _get_lemmatizer()


def _get_lemmatizer() -> Lemmatizer:
    global _lemmatizer
    if _lemmatizer is None:
        with _load_lock:
            if _lemmatizer is None:
                import simplemma

                lemmatizer = simplemma.Lemmatizer()
                lemmatizer.lemmatize("armes", LANG)  # loads the dictionary
                _lemmatizer = lemmatizer
    return _lemmatizer


def _lemmatize(word: str) -> str | None:
    """simplemma's lemma, or None for what it cannot take (surrogates, odd input)."""
    if not word or _SURROGATE.search(word) is not None:
        return None
    try:
        return _get_lemmatizer().lemmatize(word, LANG)
    except (ValueError, TypeError, UnicodeError):  # pragma: no cover - defensive
        return None


@lru_cache(maxsize=65536)
def surface_key(text: str) -> str:
    """A word's `WordKeys.surface` without its lemmas (no dictionary needed)."""
    return tidy(text).casefold()


@lru_cache(maxsize=65536)
def word_keys(surface: str) -> WordKeys:
    """The keys of one word as written (a token's text, or a word of a headword)."""
    written = tidy(surface)
    folded = written.casefold()  # as `surface_key`
    if not folded:
        return _keys(folded, {folded})
    elided = ELIDED_FORMS.get(folded)
    if elided is not None:
        return _keys(folded, {folded, *elided})
    if folded[0].isdigit():
        return _keys(folded, {folded})
    override = LEMMA_OVERRIDES.get(folded)
    if override is not None:
        return _keys(folded, {folded, *override})
    lemmas = {folded}
    lower = written.lower()
    for form in (written, lower) if lower != written else (written,):
        lemma = _lemmatize(form)
        if lemma:
            lemmas.add(fold(lemma))
    verbs = {verb for lemma in lemmas if (verb := _er_verb(lemma)) is not None}
    return _keys(folded, lemmas, verbs - lemmas)


def _er_verb(lemma: str) -> str | None:
    """The -er verb a participle or a noun-like lemma may be a form of (« partage »).

    Not checked against the dictionary: it only ever meets the glossary's
    headwords, which the teacher wrote.
    """
    if len(lemma) < 4:
        return None
    if lemma[-1] == "é":
        return lemma[:-1] + "er"
    return lemma + "r" if lemma[-1] == "e" else None


def token_keys(token: Token) -> WordKeys | None:
    """The keys of a token; punctuation has only its own, a LINK none (it is skipped)."""
    if token.is_word:
        return word_keys(token.text)
    if token.kind is TokenKind.LINK:
        return None
    return _mark_keys(token.text)


@lru_cache(maxsize=1024)
def _mark_keys(text: str) -> WordKeys:
    folded = fold(text)
    return _keys(folded, {folded})


_NONE: frozenset[str] = frozenset()


def _keys(surface: str, lemmas: set[str], verbs: set[str] | None = None) -> WordKeys:
    frozen = frozenset(lemmas)
    if not verbs:
        return WordKeys(surface, frozen, _NONE, frozen)
    return WordKeys(surface, frozen, frozenset(verbs), frozen | verbs)


_CLEARERS: list[Callable[[], None]] = []


def on_clear_caches(clear: Callable[[], None]) -> None:
    """Have `clear_caches` also clear a cache built from these keys (the matcher's)."""
    _CLEARERS.append(clear)


def clear_caches() -> None:
    """Forget every cached key (the benchmark measures a cold start with this)."""
    global _lemmatizer
    word_keys.cache_clear()
    surface_key.cache_clear()
    for clear in _CLEARERS:
        clear()
    if _lemmatizer is not None:
        import simplemma

        _lemmatizer = simplemma.Lemmatizer()  # same dictionary, empty lemma cache


@lru_cache(maxsize=65536)
def main_lemma(surface: str) -> str:
    """The one lemma a word is counted under (known words), folded: simplemma's, or
    the word's own for what has none (numbers, elisions, overrides)."""
    written = tidy(surface)
    folded = fold(written)
    if not folded or folded[0].isdigit():
        return folded
    elided = ELIDED_FORMS.get(folded)
    if elided is not None:
        return elided[0]
    override = LEMMA_OVERRIDES.get(folded)
    if override is not None:
        return override[0]
    lemma = _lemmatize(written.lower())
    return fold(lemma) if lemma else folded


def loaded() -> bool:
    """Whether simplemma's dictionary is loaded (the window waits for it before counting)."""
    return _lemmatizer is not None
