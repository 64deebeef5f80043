"""Exercises made offline from an own text's words: valid, deterministic, honest."""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.core.bank.loader import check_bytes
from quizapp.core.grading.responses import right_response
from quizapp.core.library.own_exercises import (
    choose_sense,
    exercises,
    short_gloss,
    with_exercises,
)
from quizapp.core.library.own_texts import make_article
from quizapp.core.model import ClozeQuestion, LocateQuestion, MatchQuestion, OrderQuestion
from quizapp.core.quiz.orders import display_orders, shown_items
from quizapp.core.quiz.session import Mode, QuizSession

TEXT = """Le matin, Marie prend le train pour aller travailler. Elle regarde les champs par la \
fenêtre. Le voyage dure une heure. Elle lit souvent un roman policier.

Au bureau, ses collègues préparent le café. La réunion commence à neuf heures. Le directeur \
présente les nouveaux projets de l’entreprise.

Le soir, elle rentre fatiguée mais contente. Elle prépare le dîner et téléphone à sa sœur."""

GLOSSES = {
    "train": "train",
    "champs": "field; meadow",
    "fenêtre": "window",
    "voyage": "journey, trip",
    "roman": "novel",
    "collègues": "colleague",
    "réunion": "meeting (of people)",
    "dîner": "dinner",
    "directeur": "director, manager, head of a very large department",
    "projets": "project",
}


def dictionary(word: str, sentence: str) -> tuple[str, str] | None:
    assert word in sentence  # asked with the sentence it was met in
    return (word, GLOSSES[word]) if word in GLOSSES else None


def article(text: str = TEXT, ident: str = "own:essai"):
    return make_article(ident, "Essai", text)


def test_a_text_gets_a_match_clozes_and_an_order_question():
    questions = exercises(article(), dictionary)
    kinds = [type(q) for q in questions]
    assert kinds[0] is MatchQuestion and kinds[-1] is OrderQuestion
    assert 2 <= kinds.count(ClozeQuestion) <= 4 and 4 <= len(questions) <= 8
    assert len({q.id for q in questions}) == len(questions)
    assert all(q.prompt and q.prompt_en and q.explanation and q.explanation_en for q in questions)
    match = questions[0]
    assert 4 <= len(match.pairs) <= 5
    words = {w: [i.strip() for i in re.split(r"[,;(]", g)] for w, g in GLOSSES.items()}
    assert all(p.right in words[p.left] for p in match.pairs)  # one word of a sense
    assert ("directeur", "manager") in {(p.left, p.right) for p in match.pairs}  # not "director"


def test_each_cloze_blanks_one_word_of_its_sentence_with_a_bank_of_the_texts_words():
    source = article()
    for q in exercises(source, dictionary):
        if not isinstance(q, ClozeQuestion):
            continue
        (answer,) = (alts[0] for alts in q.blanks)
        (sid,) = q.sentences
        sentence = source.sentence(sid).fr
        assert q.text.replace(f"[{answer}]", answer) == sentence
        assert answer in q.choices and 3 <= len(q.choices) <= 4
        assert len(set(q.choices)) == len(q.choices)
        assert all(c in TEXT for c in q.choices)
        assert not any(c in sentence.split() for c in q.choices if c != answer)


def test_the_same_text_always_gets_the_same_exercises():
    assert exercises(article(), dictionary) == exercises(article(), dictionary)


def test_the_right_answers_earn_full_marks_and_the_shown_order_none():
    source = with_exercises(article(), dictionary)
    session = QuizSession(source, Mode.PRACTICE, seed=7)
    for q in source.questions:
        assert q.grade(right_response(q)).correct
        assert session.answer(q.id, right_response(q)).grade.score == q.points
    order = next(q for q in source.questions if isinstance(q, OrderQuestion))
    shown = shown_items(order, display_orders(order, 7))
    fresh = QuizSession(source, Mode.PRACTICE, seed=7)
    assert list(shown) != list(order.items)
    assert fresh.answer(order.id, list(shown)).grade.score == 0


def test_the_exercises_pass_the_teachers_checker():
    source = with_exercises(article(), dictionary)
    data = {
        "id": "essai",
        "title": source.title,
        "level": "B1",
        "sentences": [
            {"id": s.id, "fr": s.fr, "en": "-", "paragraph": s.paragraph} for s in source.sentences
        ],
        "questions": [_as_file(q) for q in source.questions],
    }
    checked, problems = check_bytes(json.dumps(data, ensure_ascii=False).encode())
    assert checked is not None
    assert [p.message for p in problems] == []
    assert checked.questions == source.questions


def _as_file(q) -> dict:
    out = {
        "id": q.id,
        "type": q.type.value,
        "prompt": q.prompt,
        "prompt_en": q.prompt_en,
        "sentences": list(q.sentences),
        "explanation": q.explanation,
        "explanation_en": q.explanation_en,
    }
    if isinstance(q, ClozeQuestion):
        out |= {"text": q.text, "choices": list(q.choices or ())}
    elif isinstance(q, MatchQuestion):
        out["pairs"] = [{"left": p.left, "right": p.right} for p in q.pairs]
    elif isinstance(q, OrderQuestion):
        out["items"] = list(q.items)
    return out


def test_without_a_dictionary_there_is_no_match_but_still_clozes():
    questions = exercises(article())
    assert not any(isinstance(q, MatchQuestion) for q in questions)
    assert sum(isinstance(q, ClozeQuestion) for q in questions) >= 2


def test_a_short_text_gets_few_or_no_exercises_without_error():
    assert exercises(article("Bonjour !"), dictionary) == ()
    assert exercises(article("Il pleut."), None) == ()
    few = exercises(article("Marie prend le train. Elle regarde la fenêtre."), dictionary)
    assert len(few) <= 2


def test_an_option_is_the_first_short_word_of_the_first_sense():
    """The senses' words come ranked (sense_choice): the first that is at most three
    words and not the French word itself is the option."""
    assert short_gloss("to station, to deploy (troops, weapons); to post") == "to station"
    assert short_gloss("field\nmeadow") == "field"
    assert short_gloss("plane-tree, sycamore, plane") == "plane-tree"
    assert short_gloss("place, location, spot", "place") == "location"
    assert short_gloss("a very long explanation of a word, a phrase with many words") == ""
    assert short_gloss("a very long explanation, tree") == "tree"


WORDS = st.sampled_from(
    [
        "le",
        "la",
        "maison",
        "chante",
        "rivière",
        "demain",
        "[crochet]",
        "ville",
        "ville.",
        "grande!",
        "petit?",
        "où",
        "élève",
        "Paris,",
        "jardin",
        "marchent",
        "lumière.",
        "voiture\n\n",
    ]
)


@settings(max_examples=60, deadline=None)
@given(words=st.lists(WORDS, max_size=80))
def test_any_text_gives_valid_exercises_or_none(words: list[str]):
    source = article(" ".join(words) or "Bonjour.")
    for q in exercises(source, dictionary):
        assert q.grade(right_response(q)).correct
        assert set(q.sentences) <= {s.id for s in source.sentences}


def test_a_sense_that_shows_the_word_itself_is_not_asked():
    glosses = {"train": "train", "voyage": "journey, trip", "roman": "novel", "champs": "field"}
    match = exercises(article(), lambda w, s: (w, glosses[w]) if w in glosses else None)[0]
    assert isinstance(match, MatchQuestion)
    assert {p.left for p in match.pairs} == {"voyage", "roman", "champs"}


def test_a_plural_is_asked_as_its_headword_with_a_plain_sense():
    """« enfants »: FreeDict has the plural's own entry ("sons and daughters") before
    the singular's; the match asks « enfant » with the singular's plain sense."""
    answers = {
        "enfants": [("enfants", ("sons and daughters",)), ("enfant", ("child, infant, bairn",))],
        "jardins": [("jardin", ("garden",))],
        "voisins": [("voisin", ("neighbour",))],
        "ballons": [("ballon", ("ball",))],
    }

    def lookup(word: str, sentence: str):
        return choose_sense(answers[word]) if word in answers else None

    text = (
        "Les enfants jouent dans les jardins du quartier. Les voisins regardent les ballons"
        " voler. Un enfant rit très fort."
    )
    match = exercises(article(text), lookup)[0]
    assert isinstance(match, MatchQuestion)
    pairs = {(p.left, p.right) for p in match.pairs}
    assert ("enfant", "child") in pairs
    assert not any(p.left == "enfants" or "sons" in p.right for p in match.pairs)
    assert {p.left for p in match.pairs} >= {"jardin", "voisin", "ballon"}
    assert len([p for p in match.pairs if p.left == "enfant"]) == 1  # « enfant » too: once


def test_choose_sense_prefers_a_plain_equivalent_and_falls_back_to_the_first():
    assert choose_sense([("enfants", ("sons and daughters",)), ("enfant", ("child",))]) == (
        "enfant",
        "child",
    )
    assert choose_sense([("homme", ("man, human being", "fellow"))]) == (
        "homme",
        "man, human being",
    )
    odd = ("a place where one goes to think",)
    assert choose_sense([("refuge", odd)]) == ("refuge", odd[0])
    assert choose_sense([]) is None


def test_a_locate_asks_for_the_one_sentence_holding_a_meaning():
    questions = exercises(article(), dictionary)
    kinds = [type(q) for q in questions]
    locates = [q for q in questions if isinstance(q, LocateQuestion)]
    assert kinds.index(LocateQuestion) == 1 and len(locates) == 2
    first = locates[0]
    nbsp = "\u00a0"
    assert (
        first.prompt
        == f"Dans quelle phrase trouve-t-on le mot qui veut dire «{nbsp}novel{nbsp}»{nbsp}?"
    )
    assert first.prompt_en == "Which sentence has the word that means “novel”?"
    [sid] = first.sentences
    sentence = next(s for s in article().sentences if s.id == sid)
    assert "roman" in sentence.fr and first.explanation.startswith(f"«{nbsp}roman{nbsp}» (novel)")
    assert first.grade([sid]).correct and not first.grade(["s1"]).correct
    # its word is asked once: neither in the match nor blanked by a cloze
    match = questions[0]
    assert "roman" not in {p.left for p in match.pairs}
    clozes = [q for q in questions if isinstance(q, ClozeQuestion)]
    assert not any("[roman]" in q.text for q in clozes)
    assert {q.sentences[0] for q in locates} == {"s4", "s9"}  # two sentences, two meanings


def test_a_word_in_two_sentences_is_never_a_locate():
    text = (
        "Le roman est long et la fenêtre est ouverte ce matin. Je lis le roman dans le jardin"
        " près de la maison. La réunion commence bientôt dans le bureau du quartier."
    )
    known = {"roman": "novel", "réunion": "meeting"}  # too few for a match
    questions = exercises(article(text), lambda w, s: (w, known[w]) if w in known else None)
    assert [q.prompt_en for q in questions if isinstance(q, LocateQuestion)] == [
        "Which sentence has the word that means “meeting”?"
    ]


def test_a_nouns_cloze_has_a_bank_of_the_texts_nouns():
    """The look-up answers nouns only: a blanked noun gets nouns of the text beside it
    (« collègues »: not « prépare » or « fatiguée », which would give it away)."""
    more = {"bureau": "office", "collègues": "colleague", "heures": "hours", "café": "coffee"}
    more |= {"entreprise": "firm", "sœur": "sister", "matin": "morning", "heure": "hour"}
    known = GLOSSES | more

    def lookup(word: str, sentence: str):
        return (word, known[word]) if word in known else None

    clozes = [q for q in exercises(article(), lookup) if isinstance(q, ClozeQuestion)]
    nouns = [q for q in clozes if q.choices[0] in known]
    assert nouns
    for cloze in nouns:
        assert sum(choice in known for choice in cloze.choices[1:]) >= 2, cloze.choices
