"""Glossary suggestions: the words of the text no entry glosses, rarest first.

A teacher glosses what the learners of the level will not know. A word's
rarity comes from a French frequency list (`wordfreq`'s Zipf scale: 7 for
« le », 3 for « ogive »), passed in as a function so this module needs no
optional package; a word common enough for the level is left out. The
English gloss comes from a dictionary when one is installed (a function
word → gloss or None, also passed in); otherwise the entry says to write one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from quizapp.core.authoring.skeleton import yaml_quote
from quizapp.core.gloss.lemmas import word_keys
from quizapp.core.gloss.tokenize import WORD, tokenize
from quizapp.core.model import Article, Level

# The Zipf frequency above which a word is taken as known at each level.
KNOWN_AT = {
    Level.A1: 5.5,
    Level.A2: 5.0,
    Level.B1: 4.5,
    Level.B2: 4.0,
    Level.C1: 3.5,
    Level.C2: 3.0,
}

Frequency = Callable[[str], float]
GlossProvider = Callable[[str], str | None]


@dataclass
class Suggestion:
    headword: str  # the lemma, as the glossary's `fr`
    zipf: float
    sentence_id: str
    forms: list[str] = field(default_factory=list)  # as written in the text
    gloss: str | None = None


def headword(surface: str) -> str:
    """The word's lemma as a glossary headword (`ogives` → `ogive`), lower case."""
    keys = word_keys(surface)
    lemmas = sorted(keys.lemmas - {keys.surface}) or [keys.surface]
    # « partis » is « parti » or « partir »: the longer is the verb, the likelier headword.
    return max(lemmas, key=len)


def suggest(
    article: Article,
    frequency: Frequency,
    level: Level | None = None,
    gloss: GlossProvider | None = None,
) -> list[Suggestion]:
    """The unglossed words of `article` rarer than `level` knows, rarest first."""
    threshold = KNOWN_AT[level or article.level]
    found: dict[str, Suggestion] = {}
    for sentence in article.sentences:
        for index, token in enumerate(tokenize(sentence.fr)):
            if token.kind is not WORD or len(token.text) < 3:
                continue
            if index > 0 and token.text[:1].isupper():
                continue  # a name (Poutine, Minsk): not for the glossary
            if article.gloss_at(sentence.id, token.start) is not None:
                continue
            word = headword(token.text)
            if word in found:
                if token.text not in found[word].forms:
                    found[word].forms.append(token.text)
                continue
            zipf = min(frequency(word), frequency(token.text.lower()))
            if zipf >= threshold:
                continue
            found[word] = Suggestion(word, zipf, sentence.id, [token.text])
    out = sorted(found.values(), key=lambda s: s.zipf)
    if gloss is not None:
        for suggestion in out:
            suggestion.gloss = gloss(suggestion.headword)
    return out


def as_yaml(suggestions: list[Suggestion]) -> str:
    """Glossary entries ready to paste under `glossary:`, each marked `# draft`."""
    lines = []
    for s in suggestions:
        seen = ", ".join(s.forms)
        lines.append(
            f"  - fr: {yaml_quote(s.headword)}  # draft: {s.sentence_id} ({seen}), "
            f"frequency {s.zipf:.1f}"
        )
        if s.gloss:
            lines.append(f"    en: {yaml_quote(s.gloss)}  # draft: from the dictionary, check it")
        else:
            lines.append('    en: ""  # draft: write the English gloss')
    return "\n".join(lines) + ("\n" if lines else "")
