"""Small articles and questions built straight from the model, for grading and session tests."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from quizapp.core.model import (
    Accents,
    Article,
    ChoiceQuestion,
    ClozeQuestion,
    Level,
    LocateQuestion,
    MatchQuestion,
    MultiQuestion,
    Option,
    OrderQuestion,
    Pair,
    Question,
    Sentence,
    Settings,
    ShortQuestion,
    TrueFalseQuestion,
    Typos,
)

SENTENCES = tuple(
    Sentence(f"s{i}", f"Phrase numéro {i}.", f"Sentence number {i}.") for i in range(1, 7)
)


def settings(accents: str = "lenient", typos: str = "half", **kw: Any) -> Settings:
    return Settings(accents=Accents(accents), typos=Typos(typos), **kw)


def choice(**kw: Any) -> ChoiceQuestion:
    base: dict[str, Any] = {
        "id": "choice",
        "prompt": "Qu’est-ce que la Russie va faire ?",
        "sentences": ("s1",),
        "options": (
            Option("Stationner des armes nucléaires tactiques au Belarus.", correct=True),
            Option(
                "Retirer ses armes du Belarus.",
                feedback="Non, c’est le contraire.",
                feedback_en="No, it is the opposite.",
            ),
            Option("Rien du tout."),
        ),
    }
    return ChoiceQuestion(**{**base, **kw})


def multi(**kw: Any) -> MultiQuestion:
    base: dict[str, Any] = {
        "id": "multi",
        "prompt": "Quels pays sont cités ?",
        "sentences": ("s2",),
        "options": (
            Option("la Pologne", correct=True),
            Option("la Chine", feedback="Non, elle n’est pas citée."),
            Option("la Russie", correct=True),
            Option("le Japon"),
        ),
    }
    return MultiQuestion(**{**base, **kw})


def truefalse(answer: Any = False, **kw: Any) -> TrueFalseQuestion:
    base: dict[str, Any] = {
        "id": "tf",
        "prompt": "Moscou va transférer le contrôle des armes à Minsk.",
        "sentences": ("s3",),
        "answer": answer,
    }
    return TrueFalseQuestion(**{**base, **kw})


def short(*answers: str, **kw: Any) -> ShortQuestion:
    base: dict[str, Any] = {
        "id": "short",
        "prompt": "Quel mot ?",
        "sentences": ("s4",),
        "answers": answers or ("générale",),
    }
    return ShortQuestion(**{**base, **kw})


def cloze(text: str | None = None, **kw: Any) -> ClozeQuestion:
    base: dict[str, Any] = {
        "id": "cloze",
        "prompt": "Complétez la phrase.",
        "sentences": ("s2",),
        "text": text
        or "Le Belarus partage une longue [frontière|limite] avec l’Ukraine, "
        "ainsi qu’avec la [Pologne].",
    }
    return ClozeQuestion(**{**base, **kw})


def match(**kw: Any) -> MatchQuestion:
    base: dict[str, Any] = {
        "id": "match",
        "prompt": "Qui a dit quoi ?",
        "sentences": ("s5",),
        "pairs": (
            Pair("Oleksiy Danilov", "« Le Kremlin a pris le Belarus en otage nucléaire »"),
            Pair("Svetlana Tikhanovskaya", "« en contradiction flagrante »"),
            Pair("Vladimir Poutine", "« rien d’inhabituel »"),
        ),
    }
    return MatchQuestion(**{**base, **kw})


def order(**kw: Any) -> OrderQuestion:
    base: dict[str, Any] = {
        "id": "order",
        "prompt": "Remettez ces événements dans l’ordre.",
        "sentences": ("s6",),
        "items": (
            "L’effondrement de l’Union soviétique",
            "La fin du transfert des ogives",
            "La visite de Xi Jinping à Moscou",
            "L’annonce de Poutine",
        ),
    }
    return OrderQuestion(**{**base, **kw})


def locate(*evidence: str, **kw: Any) -> LocateQuestion:
    base: dict[str, Any] = {
        "id": "locate",
        "prompt": "Dans quelle phrase apprend-on la date ?",
        "sentences": evidence or ("s3", "s4"),
    }
    return LocateQuestion(**{**base, **kw})


def all_questions(s: Settings | None = None) -> tuple[Question, ...]:
    """One question of each type, in a fixed order, with these settings."""
    qs: tuple[Question, ...] = (
        choice(
            hint="Relisez la phrase 1.",
            hint_en="Read sentence 1 again.",
            explanation="La phrase 1 le dit.",
            explanation_en="Sentence 1 says so.",
        ),
        multi(),
        truefalse(),
        short(),
        cloze(),
        match(),
        order(),
        locate(),
    )
    return tuple(replace(q, settings=s) for q in qs) if s else qs


def article(
    questions: tuple[Question, ...] | None = None,
    s: Settings | None = None,
    content_hash: str = "hash-1",
) -> Article:
    qs = questions if questions is not None else all_questions(s)
    if s is not None:
        qs = tuple(replace(q, settings=s) for q in qs)
    return Article(
        id="belarus",
        title="Des armes nucléaires au Belarus",
        level=Level.B1,
        sentences=SENTENCES,
        questions=qs,
        settings=s or Settings(),
        content_hash=content_hash,
    )
