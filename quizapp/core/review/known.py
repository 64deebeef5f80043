"""Known and learning words, per learner and lemma, and how many of an article's lemmas are new.

A lemma is *known* when the learner says so (K, or the card's button), and
*learning* once any of its forms has been looked up and it is not known.
Lemmas are simplemma's, folded as the glossary folds words
(`core.gloss.lemmas.main_lemma`), so « armes » and « arme » are one word.
Numbers and elisions (« l’ », « qu’ ») are not vocabulary and are not counted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from quizapp.core.gloss.lemmas import main_lemma, word_keys
from quizapp.core.gloss.tokenize import TokenKind, tokenize

KNOWN, LEARNING = "known", "learning"


def is_vocabulary(kind: TokenKind) -> bool:
    return kind is TokenKind.WORD


def lemma_of(word: str) -> str:
    return main_lemma(word)


def status_of(word: str, statuses: Mapping[str, str]) -> str | None:
    """ "known", "learning", or None (unknown: never looked up, never marked).

    The word's own lemma decides first; then any other key the glossary matches
    it by (its form, simplemma's other lemmas, the -er verb of a participle),
    since a looked-up word is recorded under the glossary's headword
    (« déployées » under « déployer »)."""
    if not statuses:
        return None
    own = statuses.get(main_lemma(word))
    if own is not None:
        return own
    found = {statuses[k] for k in word_keys(word).everything if k in statuses}
    return KNOWN if KNOWN in found else (LEARNING if found else None)


def sentence_lemmas(text: str) -> dict[str, frozenset[str]]:
    """Each word's lemma -> every key it is matched by (see `status_of`)."""
    out: dict[str, frozenset[str]] = {}
    for token in tokenize(text):
        if is_vocabulary(token.kind):
            lemma = main_lemma(token.text)
            out[lemma] = out.get(lemma, frozenset()) | word_keys(token.text).everything | {lemma}
    return out


def article_lemmas(article: Any) -> dict[str, frozenset[str]]:
    """The distinct lemmas of an article's passage (words, not numbers or elisions)."""
    found: dict[str, frozenset[str]] = {}
    for sentence in article.sentences:
        for lemma, keys in sentence_lemmas(sentence.fr).items():
            found[lemma] = found.get(lemma, frozenset()) | keys
    return found


def new_lemma_count(lemmas: Mapping[str, Iterable[str]], statuses: Mapping[str, str]) -> int:
    """How many of the lemmas this learner has neither marked known nor looked up."""
    return sum(1 for keys in lemmas.values() if not any(k in statuses for k in keys))


def toggled(status: str | None) -> str:
    """The status K gives a word: known, or back to learning if it was known."""
    return LEARNING if status == KNOWN else KNOWN
