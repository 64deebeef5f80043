"""Exercises for a learner's own text, made offline from its own words.

A pasted text has no teacher, so no questions and no English. What it does have is
its words and the learner's dictionaries, which is enough for honest practice:

- *match*: four or five of its content words, each as its dictionary's headword (« enfants »
  is asked as « enfant ») with a plain sense (`choose_sense`: "child", not the plural
  entry's "sons and daughters");
- *locate* (own_locate.py): one or two « which sentence has the word that means
  "bakery"? », answered by clicking the sentence, as a bank article's;
- *cloze*: a few of its sentences, one content word blanked, with a word bank of the
  word and three other words of the text (of the same ending or length when it has
  them: the bank is shuffled by the quiz session, never here);
- *order*: three to five short sentences that follow each other, to put back in order.

Everything is deterministic: the same text (and dictionaries) always give the same
exercises, any tie broken by a generator seeded with the article's id. The dictionary
is passed in as a callable (word, its sentence) → (headword, gloss) or None, so this
module stays free of the window and tests can give a fake.
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from quizapp.core.gloss.tokenize import TokenKind, tokenize
from quizapp.core.library.own_locate import locates
from quizapp.core.model import (
    Article,
    ClozeQuestion,
    MatchQuestion,
    OrderQuestion,
    Pair,
    Question,
    Sentence,
)

Lookup = Callable[[str, str], "tuple[str, str] | None"]

MATCH_WORDS = 5
MIN_PAIRS = 3
MAX_CLOZES = 4
CLOZE_MIN, CLOZE_MAX = 25, 220  # characters of a sentence worth blanking
DISTRACTORS = 3
NOUN_LOOKS = 12  # a cloze's likeliest bank words asked whether they are nouns
ORDER_MAX_CHARS = 160
ORDER_SIZES = (5, 4, 3)
GLOSS_MAX = 40
OPTION_WORDS = 3  # words of a match option: "plane-tree", "motor car", "to go out"
MIN_WORD = 4  # letters of a content word

# Words a learner meets in every sentence: never an exercise's answer.
_STOP = frozenset(
    str.split(
        "alors aussi autre autres avait avant avec avoir bien car cela celle celles celui ceux"
        " cette chaque comme comment dans depuis donc dont elle elles encore entre était étaient"
        " être fait faire leur leurs lors mais même moins nous notre nos où par parce pendant"
        " peut plus pour pourquoi quand quel quelle quelles quels sans selon sera seront ses"
        " son sont sous tout toute toutes tous très vers vous votre vos ainsi après aujourd’hui"
        " chez deux trois était cette ceci celà leurs lorsque puis quoi rien sera sont soit"
        " elle-même lui-même avez avons ont ils nous vous eux",
    )
)
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


@dataclass(frozen=True)
class _Word:
    text: str  # as written in the text
    sentence: Sentence
    start: int  # in the sentence


def exercises(
    article: Article, lookup: Lookup | None = None, preferred: Iterable[str] = ()
) -> tuple[Question, ...]:
    """The exercises for an own text (maybe none): match, locates, clozes, order, in that order.

    `preferred`: words the learner looked up in it, asked about first when present.
    """
    rng = random.Random(int(hashlib.sha256(article.id.encode()).hexdigest()[:16], 16))
    words = _content_words(article.sentences)
    counts = Counter(w.text.casefold() for w in words)
    liked = {p.casefold() for p in preferred}

    def rank(word: _Word) -> tuple[int, int, int]:
        key = word.text.casefold()
        return (key not in liked, -counts[key], -len(key))

    ranked = sorted(words, key=rank)  # stable: the text's order breaks ties
    out: list[Question] = []
    match, asked = _match(ranked, lookup)  # asked: the text's forms it asks about
    if match is not None:
        out.append(match)
    found, located = locates(article, ranked, lookup, short_gloss, asked)
    out.extend(found)
    asked |= located
    order = _order(article)
    blanks = [w for w in ranked if w.text.casefold() not in asked]  # one exercise a word
    wanted = MAX_CLOZES - (match is not None and order is not None) - len(found) // 2
    clozes = _clozes(article, blanks, rng, wanted, _noun_test(lookup))
    out.extend(clozes)
    if order is not None:
        out.append(order)
    return tuple(out)


def with_exercises(
    article: Article, lookup: Lookup | None = None, preferred: Iterable[str] = ()
) -> Article:
    """The article as given, with its generated exercises as its questions."""
    return replace(article, questions=exercises(article, lookup, preferred))


def _content_words(sentences: Sequence[Sentence]) -> list[_Word]:
    """Lower-case words of the text worth asking about, in reading order (no names:
    a capital mid-sentence is a name more often than not, and the first word starts
    its sentence)."""
    found = []
    for sentence in sentences:
        for token in tokenize(sentence.fr):
            text = token.text
            if token.kind is not TokenKind.WORD or len(text) < MIN_WORD:
                continue
            if not text.isalpha() or not text.islower() or text.casefold() in _STOP:
                continue
            found.append(_Word(text, sentence, token.start))
    return found


def short_gloss(gloss: str, *forms: str) -> str:
    """The exercise's option: the first word of the first sense (its words ranked by
    `sense_choice`, common and unambiguous first), at most `OPTION_WORDS` words and not
    the French word itself (« place » → "location", not "place"); "" when none is."""
    first = _PARENS.sub("", re.split(r"[;\n]", gloss.strip(), maxsplit=1)[0])
    for item in first.split(","):
        item = " ".join(item.split()).strip(" .:")
        if not item or len(item.split()) > OPTION_WORDS or len(item) > GLOSS_MAX:
            continue
        if not any(_gives_away(form.casefold(), item) for form in forms):
            return item
    return ""


def _match(ranked: Sequence[_Word], lookup: Lookup | None) -> tuple[MatchQuestion | None, set[str]]:
    """The match, and the forms of the text it asks (no cloze blanks them again)."""
    if lookup is None:
        return None, set()
    asked: set[str] = set()
    pairs: list[Pair] = []
    evidence: list[str] = []
    seen: set[str] = set()  # forms of the text asked already (« enfant », « enfants »)
    lefts: set[str] = set()  # headwords asked
    rights: set[str] = set()
    for word in ranked:
        key = word.text.casefold()
        if key in seen:
            continue
        seen.add(key)
        found = lookup(word.text, word.sentence.fr)
        headword = (found[0].strip() or word.text) if found else word.text
        gloss = short_gloss(found[1], key, headword) if found else ""
        if not gloss or gloss.casefold() in rights or headword.casefold() in lefts:
            continue
        lefts.add(headword.casefold())
        rights.add(gloss.casefold())
        pairs.append(Pair(headword, gloss))
        asked.add(key)
        evidence.append(word.sentence.id)
        if len(pairs) == MATCH_WORDS:
            break
    if len(pairs) < MIN_PAIRS:
        return None, set()
    return MatchQuestion(
        id="mots",
        prompt="Associez chaque mot du texte à son sens.",
        prompt_en="Match each word of the text with its meaning.",
        sentences=tuple(s for s in dict.fromkeys(evidence) if s),
        pairs=tuple(pairs),
        explanation="Chaque mot est donné sous sa forme de dictionnaire, avec un sens simple.",
        explanation_en="Each word is given in its dictionary form, with a plain meaning.",
    ), asked


def choose_sense(candidates: Sequence[tuple[str, Sequence[str]]]) -> tuple[str, str] | None:
    """The (headword, sense) to ask, from a dictionary's answers in its order, each a
    headword and its senses: the first sense that is a plain equivalent (each of its
    words one or two English words: "child", "man, human being") over an odd one (the
    plural entry « enfants » → "sons and daughters"); the first sense when none is."""
    found = [(h, s) for h, senses in candidates for s in senses if h and s.strip()]
    plain = [(h, s) for h, s in found if _plain(s)]
    return (plain or found or [None])[0]


def _plain(sense: str) -> bool:
    items = [i.strip() for i in _PARENS.sub("", sense).split(",")]
    return bool(items) and all(1 <= len(i.split()) <= 2 for i in items)


def _gives_away(word: str, gloss: str) -> bool:
    """Whether the sense shows the word itself (« installe » → « install », « place » →
    « location, place »): a pair that asks nothing."""
    stem = _bare(word)[:5]
    return any(_bare(w)[:5] == stem for w in re.findall(r"[^\W\d_]+", gloss) if len(w) >= 4)


def _noun_test(lookup: Lookup | None) -> Callable[[str, str], bool] | None:
    """Whether a word (in its sentence) is a noun the dictionary knows: the window's
    look-up answers nouns only. Cached: the bank asks about the same words again."""
    if lookup is None:
        return None
    known: dict[str, bool] = {}

    def is_noun(word: str, sentence: str) -> bool:
        if word not in known:
            known[word] = lookup(word, sentence) is not None
        return known[word]

    return is_noun


def _clozes(
    article: Article,
    ranked: Sequence[_Word],
    rng: random.Random,
    wanted: int,
    is_noun: Callable[[str, str], bool] | None = None,
) -> list[ClozeQuestion]:
    """Up to `wanted` sentences spread over the text, each with one word blanked."""
    best: dict[str, _Word] = {}  # sentence id → its best word, once in that sentence
    for word in ranked:
        fr = word.sentence.fr
        if not CLOZE_MIN <= len(fr) <= CLOZE_MAX or any(c in fr for c in "[]|"):
            continue
        same = sum(t.text.casefold() == word.text.casefold() for t in tokenize(fr))
        if same == 1:
            best.setdefault(word.sentence.id, word)
    order = [s.id for s in article.sentences if s.id in best]
    wanted = min(wanted, len(order))
    picks = [order[int((i + 0.5) * len(order) / wanted)] for i in range(wanted)]
    pool = list(dict.fromkeys(w.text for w in ranked))
    sentence_of = {w.text: w.sentence.fr for w in reversed(ranked)}  # its first sentence
    out: list[ClozeQuestion] = []
    used: set[str] = set()
    for sid in dict.fromkeys(picks):
        word = best[sid]
        if word.text.casefold() in used:
            continue
        others = _distractors(word, pool, rng, is_noun, sentence_of)
        if len(others) < 2:
            continue
        used.add(word.text.casefold())
        fr, end = word.sentence.fr, word.start + len(word.text)
        number = article.sentences.index(word.sentence) + 1
        out.append(
            ClozeQuestion(
                id=f"trou-{len(out) + 1}",
                prompt="Complétez la phrase du texte avec le bon mot.",
                prompt_en="Complete the sentence of the text with the right word.",
                sentences=(sid,),
                text=f"{fr[: word.start]}[{word.text}]{fr[end:]}",
                choices=(word.text, *others),
                explanation=f"C’est la phrase {number} du texte.",
                explanation_en=f"This is sentence {number} of the text.",
            )
        )
    return out


def _distractors(
    word: _Word,
    pool: Sequence[str],
    rng: random.Random,
    is_noun: Callable[[str, str], bool] | None = None,
    sentence_of: dict[str, str] | None = None,
) -> list[str]:
    """Three other words of the text, not in the sentence: of the answer's part of speech
    when the dictionary says it is a noun (among the `NOUN_LOOKS` likeliest, not to ask
    it about the whole text), then alike in ending, then in length."""
    key = word.text.casefold()
    present = {_bare(t.text) for t in tokenize(word.sentence.fr)}
    candidates = [w for w in pool if _bare(w) not in present]  # nor the answer's accent twin
    tie = {w: rng.random() for w in candidates}

    def likeness(other: str) -> tuple[int, int, float]:
        ending = sum(other[-n:].casefold() == key[-n:] for n in (1, 2, 3))
        return (-ending, abs(len(other) - len(key)), tie[other])

    ranked = sorted(candidates, key=likeness)
    if is_noun is None or sentence_of is None or not is_noun(word.text, word.sentence.fr):
        return ranked[:DISTRACTORS]
    near = ranked[:NOUN_LOOKS]
    nouns = [w for w in near if is_noun(w, sentence_of.get(w, w))]
    if len(nouns) < 2:  # too few nouns known: the endings decide, as without a dictionary
        return ranked[:DISTRACTORS]
    return (nouns + [w for w in ranked if w not in nouns])[:DISTRACTORS]


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if c.isalpha())


def _order(article: Article) -> OrderQuestion | None:
    """Three to five short sentences that follow each other: a whole paragraph if one
    fits, else the first run that does."""
    paragraphs = [p for p in article.paragraphs if _fits(p)]
    run = next((p for p in paragraphs if 3 <= len(p) <= max(ORDER_SIZES)), None)
    if run is None:
        sentences = article.sentences
        run = next(
            (
                sentences[i : i + size]
                for size in ORDER_SIZES
                for i in range(len(sentences) - size + 1)
                if _fits(sentences[i : i + size])
            ),
            None,
        )
    if run is None:
        return None
    first = article.sentences.index(run[0]) + 1
    last = first + len(run) - 1
    return OrderQuestion(
        id="ordre",
        prompt="Remettez les phrases dans l’ordre du texte.",
        prompt_en="Put the sentences back in the order of the text.",
        sentences=tuple(s.id for s in run),
        items=tuple(s.fr for s in run),
        explanation=f"Ce sont les phrases {first} à {last} du texte, dans cet ordre.",
        explanation_en=f"These are sentences {first} to {last} of the text, in this order.",
    )


def _fits(run: Sequence[Sentence]) -> bool:
    texts = [s.fr for s in run]
    return (
        len(texts) >= 3
        and len(set(texts)) == len(texts)
        and all(len(t) <= ORDER_MAX_CHARS for t in texts)
    )
