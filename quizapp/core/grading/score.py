"""Scoring one response to one question, with feedback that teaches.

`grade(question, response)` is the scripting API's: the score before any quiz
penalty (the session applies hints and retries). `assess` also returns the
feedback to show when the learner may still try again, which says what is
wrong without giving the answer away.

`Grade.parts`, in the file's order, per type:

* `multi`: one per option, True when the option was handled rightly
  (a right option ticked, a wrong option left alone);
* `cloze`: one per blank, True when the blank earns its full share;
* `match`: one per pair, True when its left item got its right item;
* `order`: one per item, True when the item is in the longest run already
  in the right relative order (the items the learner need not move);
* `locate`: one per evidence sentence (`question.sentences`), True when
  picked; the wrongly picked sentences are the response minus those;
* `choice`, `truefalse`, `short`: a single part, the verdict.

`Grade.note` holds the spelling note (accents, hyphen, one-letter slip),
shown next to the feedback.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from fractions import Fraction
from typing import Any

from quizapp.core.grading import feedback as fb
from quizapp.core.grading.answers import MatchKind, TypedMatch, match_pick, match_typed
from quizapp.core.grading.feedback import fr, q_en, q_fr
from quizapp.core.grading.language import english_words, unless_english
from quizapp.core.grading.parts import (
    Assessment,
    grade_locate,
    grade_match,
    grade_order,
    make_grade,
)
from quizapp.core.grading.responses import check_response
from quizapp.core.model import (
    Article,
    ChoiceQuestion,
    ClozeQuestion,
    Grade,
    LocateQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Question,
    ShortQuestion,
    TrueFalseQuestion,
)

__all__ = ["Assessment", "assess", "grade"]


def grade(question: Question, response: Any, *, article: Article | None = None) -> Grade:
    """Grade one response; `article` only lets feedback number the sentences."""
    return assess(question, response, article=article).grade


def assess(
    question: Question,
    response: Any,
    *,
    article: Article | None = None,
    shown: Sequence[str] | None = None,
) -> Assessment:
    """Grade one response and say what to tell a learner who may retry.

    `shown` is an `order` question's items as the learner was given them: that
    order earns nothing (`parts.order_credit`).
    """
    raw = _assess(question, check_response(question, response, article), article, shown)
    g = raw.grade
    return Assessment(
        replace(
            g,
            feedback=fb.tidy(g.feedback),
            feedback_en=fb.tidy(g.feedback_en),
            note=fb.tidy(g.note),
            note_en=fb.tidy(g.note_en),
        ),
        fb.tidy(raw.retry),
        fb.tidy(raw.retry_en),
    )


def _assess(
    question: Question, canonical: Any, article: Article | None, shown: Sequence[str] | None
) -> Assessment:
    if isinstance(question, MultiQuestion):
        return _multi(question, canonical)
    if isinstance(question, ChoiceQuestion):
        return _choice(question, canonical)
    if isinstance(question, TrueFalseQuestion):
        return _truefalse(question, canonical)
    if isinstance(question, ShortQuestion):
        return _short(question, canonical, english_words(article))
    if isinstance(question, ClozeQuestion):
        return _cloze(question, canonical, english_words(article))
    if isinstance(question, MatchQuestion):
        return grade_match(question, canonical)
    if isinstance(question, OrderQuestion):
        return grade_order(question, canonical, shown)
    if isinstance(question, LocateQuestion):
        return grade_locate(question, canonical, article)
    raise TypeError(f"cannot grade a {type(question).__name__}")  # pragma: no cover


def _choice(q: ChoiceQuestion, picked: int) -> Assessment:
    option = q.options[picked]
    own_fr = option.feedback or ""
    own_en = option.feedback_en or option.feedback or ""
    if option.correct:
        text = (fb.sentences(fb.RIGHT_FR, own_fr), fb.sentences(fb.RIGHT_EN, own_en))
        return Assessment(make_grade(q, Fraction(1), text, (True,)), *text)
    right = next((o.text for o in q.options if o.correct), "")
    why_fr = own_fr or "Ce n’est pas la bonne réponse."
    why_en = own_en or "That is not the right answer."
    text = (
        fb.sentences(why_fr, fr("La bonne réponse était {a}.", a=q_fr(right))),
        fb.sentences(why_en, f"The right answer was {q_en(right)}."),
    )
    return Assessment(make_grade(q, Fraction(0), text, (False,)), fb.stop(why_fr), fb.stop(why_en))


def _multi(q: MultiQuestion, picked: frozenset[int]) -> Assessment:
    right = {i for i, o in enumerate(q.options) if o.correct}
    hits, wrong, missed = right & picked, sorted(picked - right), sorted(right - picked)
    credit = Fraction(len(hits) - len(wrong), max(len(right), 1))
    parts = tuple((i in picked) == o.correct for i, o in enumerate(q.options))
    if not wrong and not missed:
        text = (fb.RIGHT_FR, fb.RIGHT_EN)
        return Assessment(make_grade(q, credit, text, parts), *text)
    found_fr, found_en = fb.found(
        len(hits), len(right), ("bonne réponse", "bonnes réponses", "right answer", "right answers")
    )
    if not picked:
        found_fr, found_en = fb.NO_ANSWER_FR, fb.NO_ANSWER_EN
    wrong_fr = [q_fr(q.options[i].text) for i in wrong]
    wrong_en = [q_en(q.options[i].text) for i in wrong]
    own_fr = [q.options[i].feedback or "" for i in wrong]
    own_en = [q.options[i].feedback_en or q.options[i].feedback or "" for i in wrong]
    was = ("n’était pas une bonne réponse", "n’étaient pas de bonnes réponses")
    is_ = ("n’est pas une bonne réponse", "ne sont pas de bonnes réponses")
    several = len(wrong) > 1

    def wrong_sentence(verbs: tuple[str, str], en_verb: tuple[str, str]) -> tuple[str, str]:
        if not wrong:
            return "", ""
        return (
            f"{fb.join_fr(wrong_fr)} {verbs[several]}.",
            f"{fb.join_en(wrong_en)} {en_verb[several]}.",
        )

    past = wrong_sentence(was, ("was not a right answer", "were not right answers"))
    present = wrong_sentence(is_, ("is not a right answer", "are not right answers"))
    missed_fr = fr("Il manquait {m}.", m=fb.join_fr([q_fr(q.options[i].text) for i in missed]))
    missed_en = f"You missed {fb.join_en([q_en(q.options[i].text) for i in missed])}."
    text = (
        fb.sentences(found_fr, past[0], *own_fr, missed_fr if missed else ""),
        fb.sentences(found_en, past[1], *own_en, missed_en if missed else ""),
    )
    still_fr = fr("Il en manque encore {n}.", n=len(missed)) if missed else ""
    still_en = f"{len(missed)} still missing." if missed else ""
    return Assessment(
        make_grade(q, credit, text, parts),
        fb.sentences(found_fr, present[0], *own_fr, still_fr),
        fb.sentences(found_en, present[1], *own_en, still_en),
    )


def _truefalse(q: TrueFalseQuestion, answer: bool | str) -> Assessment:
    says_fr, says_en = fb.TRUEFALSE_TEXT_FR[q.answer], fb.TRUEFALSE_TEXT_EN[q.answer]
    if answer == q.answer and type(answer) is type(q.answer):
        text = (fr("Bonne réponse : {s}.", s=says_fr), f"Right answer: {says_en}.")
        return Assessment(make_grade(q, Fraction(1), text, (True,)), *text)
    label_fr, label_en = fb.truefalse_label(q.answer, "fr"), fb.truefalse_label(q.answer, "en")
    text = (
        fr("La réponse était {a} : {s}.", a=q_fr(label_fr), s=says_fr),
        f"The answer was {q_en(label_en)}: {says_en}.",
    )
    return Assessment(
        make_grade(q, Fraction(0), text, (False,)),
        "Ce n’est pas la bonne réponse.",
        "That is not the right answer.",
    )


def _short(q: ShortQuestion, typed: str, english: frozenset[str]) -> Assessment:
    match = unless_english(match_typed(typed, q.answers, q.settings), typed, english)
    note = fb.spelling_note(match)
    if match.kind in (MatchKind.EXACT, MatchKind.HYPHEN, MatchKind.ACCENT):
        text = (fb.RIGHT_FR, fb.RIGHT_EN)
        return Assessment(make_grade(q, match.credit, text, (True,), note), *text)
    if match.kind is MatchKind.SLIP:
        text = fb.slip_verdict(match.full, match.credit == 0, typed.strip())
        retry = (fr("Presque : vérifiez l’orthographe."), "Almost: check the spelling.")
        return Assessment(make_grade(q, match.credit, text, (match.full,), note), *retry)
    expected_fr = fr("La réponse attendue était {a}.", a=q_fr(match.expected))
    expected_en = f"The expected answer was {q_en(match.expected)}."
    if match.kind is MatchKind.ENGLISH:
        said = fb.english_slip(typed.strip(), match.expected)
        text = (fb.sentences(said[0]), fb.sentences(said[1]))
        retry = (fr("C’est le mot anglais : cherchez le mot français."), said[2])
        return Assessment(make_grade(q, Fraction(0), text, (False,)), *retry)
    if match.kind is MatchKind.EMPTY:
        text = (
            fb.sentences(fb.NO_ANSWER_FR, expected_fr),
            fb.sentences(fb.NO_ANSWER_EN, expected_en),
        )
        retry = (fb.NO_ANSWER_FR, fb.NO_ANSWER_EN)
    else:
        text = (expected_fr, expected_en)
        retry = ("Ce n’est pas la bonne réponse.", "That is not the right answer.")
    return Assessment(make_grade(q, Fraction(0), text, (False,)), *retry)


def _blank_texts(n: int, m: TypedMatch) -> tuple[str, str, str, str]:
    """(feedback fr, feedback en, retry fr, retry en) for one blank not at full marks."""
    a_fr, a_en = q_fr(m.expected), q_en(m.expected)
    if m.kind is MatchKind.SLIP:
        share_fr = " (la moitié des points)" if m.credit else ""
        share_en = " (half the points)" if m.credit else ""
        return (
            fr("Case {n} : presque, on écrit {a}{s}.", n=n, a=a_fr, s=share_fr),
            f"Blank {n}: almost, it is spelled {a_en}{share_en}.",
            fr("Case {n} : presque, vérifiez l’orthographe.", n=n),
            f"Blank {n}: almost, check the spelling.",
        )
    if m.kind is MatchKind.ENGLISH:
        return (
            fr("Case {n} : c’est le mot anglais, en français on écrit {a}.", n=n, a=a_fr),
            f"Blank {n}: that is the English word; in French it is {a_en}.",
            fr("Case {n} : c’est le mot anglais.", n=n),
            f"Blank {n}: that is the English word.",
        )
    if m.kind is MatchKind.EMPTY:
        return (
            fr("Case {n} : vide, il fallait {a}.", n=n, a=a_fr),
            f"Blank {n}: empty, the answer was {a_en}.",
            fr("Case {n} : vide.", n=n),
            f"Blank {n}: empty.",
        )
    return (
        fr("Case {n} : il fallait {a}.", n=n, a=a_fr),
        f"Blank {n}: the answer was {a_en}.",
        fr("Case {n} : ce n’est pas ça.", n=n),
        f"Blank {n}: not right.",
    )


def _blank_note(n: int, m: TypedMatch) -> tuple[str, str]:
    what = {
        MatchKind.ACCENT: ("attention aux accents", "mind the accents"),
        MatchKind.HYPHEN: ("attention au trait d’union", "mind the hyphen"),
        MatchKind.SLIP: ("attention à l’orthographe", "mind the spelling"),
    }.get(m.kind)
    if what is None or not m.full:
        return "", ""
    return (
        fr("Case {n}, {w} : on écrit {a}.", n=n, w=what[0], a=q_fr(m.expected)),
        f"Blank {n}, {what[1]}: it is spelled {q_en(m.expected)}.",
    )


def _cloze(q: ClozeQuestion, typed: tuple[str, ...], english: frozenset[str]) -> Assessment:
    if q.choices is not None:
        matches = [match_pick(t, alts) for t, alts in zip(typed, q.blanks, strict=True)]
    else:
        matches = [
            unless_english(match_typed(t, alts, q.settings), t, english)
            for t, alts in zip(typed, q.blanks, strict=True)
        ]
    count = len(matches)
    credit = sum((m.credit for m in matches), Fraction(0)) / max(count, 1)
    parts = tuple(m.full for m in matches)
    notes = [_blank_note(i + 1, m) for i, m in enumerate(matches)]
    note = (fb.sentences(*(n[0] for n in notes)), fb.sentences(*(n[1] for n in notes)))
    if all(parts):
        text = (
            fr(
                "Bonne réponse : {t}.",
                t="la case est juste" if count == 1 else "toutes les cases sont justes",
            ),
            "Right answer: " + ("the blank is right." if count == 1 else "every blank is right."),
        )
        return Assessment(make_grade(q, credit, text, parts, note), *text)
    good = sum(parts)
    tally_fr, tally_en = fb.tally(good, count, ("case", "cases", "blank", "blanks"))
    if good == 0 and credit > 0:  # only slips at half credit: never "no blank is right"
        tally_fr, tally_en = "Aucune case n’est tout à fait juste.", "No blank is fully right."
    rows = [_blank_texts(i + 1, m) for i, m in enumerate(matches) if not m.full]
    text = (
        fb.sentences(tally_fr, *(r[0] for r in rows)),
        fb.sentences(tally_en, *(r[1] for r in rows)),
    )
    return Assessment(
        make_grade(q, credit, text, parts, note),
        fb.sentences(tally_fr, *(r[2] for r in rows)),
        fb.sentences(tally_en, *(r[3] for r in rows)),
    )
