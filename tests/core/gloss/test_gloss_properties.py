"""Properties of the glossing engine on arbitrary text and glossaries."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core.bank.loader import article_warnings
from quizapp.core.gloss.index import GlossIndex
from quizapp.core.gloss.tokenize import fold, tokenize
from quizapp.core.model import Article, GlossEntry, GlossMatch, Level, Sentence

WORDS = [
    "la", "l’", "d'", "qu’", "Russie", "armes", "arme", "nucléaires", "tactiques", "a-t-il",
    "déclaré", "États-Unis", "depuis", "longtemps", "d’ici", "au", "1er", "tant", "que", "est",
    "été", "OTAN", "ogives", "«", "»", ",", ".", "–", "peut-être", "aujourd’hui", "Été", "1 000",
]  # fmt: skip
FRAGMENTS = st.lists(st.sampled_from(WORDS) | st.text(max_size=4), max_size=12).map(" ".join)
HEADWORDS = st.lists(
    st.sampled_from(WORDS) | st.text(min_size=1, max_size=5), min_size=1, max_size=3
)
ENTRIES = st.builds(
    lambda words, exact, forms: GlossEntry(
        " ".join(words),
        "gloss",
        forms=tuple(forms),
        match=GlossMatch.EXACT if exact else GlossMatch.LEMMA,
    ),
    HEADWORDS,
    st.booleans(),
    st.lists(FRAGMENTS, max_size=2),
)


def article(sentences: list[str], glossary: list[GlossEntry]) -> Article:
    return Article(
        id="prop",
        title="Propriétés",
        level=Level.B1,
        sentences=tuple(Sentence(f"s{i}", fr, "") for i, fr in enumerate(sentences)),
        questions=(),
        glossary=tuple(glossary),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(FRAGMENTS | st.text(), min_size=1, max_size=4), st.lists(ENTRIES, max_size=6))
def test_every_offset_and_every_word_looks_up_consistently(sentences, glossary):
    art = article(sentences, glossary)
    index = GlossIndex(art)
    for i, text in enumerate(sentences):
        sid = f"s{i}"
        hits = index.hits(sid)
        for before, after in itertools.pairwise(hits):
            assert before.end <= after.start
        for offset in range(-1, len(text) + 2):
            hit = index.gloss_at(sid, offset)
            word = index.word_at(sid, offset)
            if hit is not None:
                assert hit.start <= offset < hit.end
                assert hit.entry in art.glossary
            if word is not None:
                assert word.start <= offset < word.end and text[word.start : word.end] == word.text
        seen: set[str] = set()
        for token in index.tokens(sid):
            assert text[token.start : token.end] == token.text
            entry = index.gloss(sid, token.text)
            if token.is_word and fold(token.text) not in seen:
                at = index.gloss_at(sid, token.start)
                assert entry == (at.entry if at is not None else None)
            seen.add(fold(token.text))
    for problem in article_warnings(art):
        assert problem.message and problem.message_fr and problem.line >= 1


@settings(max_examples=40, deadline=None)
@given(st.text(), st.text())
def test_arbitrary_text_and_headword_never_crash(text, headword):
    art = article([text], [GlossEntry(headword or "x", "gloss")])
    index = art.gloss_index
    index.gloss("s0", text)
    index.gloss("s0", headword)
    for token in tokenize(text):
        index.gloss_at("s0", token.start)
    article_warnings(art)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join))
def test_a_headword_found_verbatim_always_matches(headword):
    if not any(t.is_word for t in tokenize(headword)):
        return
    text = f"Avant {headword} après."
    art = article([text], [GlossEntry(headword, "gloss")])
    assert art.gloss_index.hits("s0"), headword
    assert article_warnings(art) == []
