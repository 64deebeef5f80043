"""Scoring the questions made of parts that are placed, not typed: match, order, locate.

Also home to `Assessment` and `make_grade`, shared by every grader.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from quizapp.core.grading import feedback as fb
from quizapp.core.grading.feedback import NNBSP, fr, q_en, q_fr
from quizapp.core.model import (
    Article,
    Grade,
    LocateQuestion,
    MatchQuestion,
    OrderQuestion,
    Question,
)


@dataclass(frozen=True)
class Assessment:
    """A grade, plus the feedback for a learner who may try again.

    The retry feedback says what is wrong without giving the answer away.
    """

    grade: Grade
    retry: str
    retry_en: str


def make_grade(
    question: Question,
    credit: Fraction,
    feedback: tuple[str, str],
    parts: tuple[bool, ...],
    note: tuple[str, str] = ("", ""),
) -> Grade:
    """A Grade from a credit clamped to [0, 1]; full marks exactly when it is 1."""
    credit = min(max(credit, Fraction(0)), Fraction(1))
    return Grade(
        score=float(Fraction(question.points) * credit),
        points=question.points,
        correct=credit == 1,
        feedback=feedback[0],
        feedback_en=feedback[1],
        parts=parts,
        note=note[0],
        note_en=note[1],
    )


def longest_increasing(values: Sequence[int]) -> set[int]:
    """The values of one longest strictly increasing subsequence.

    Quadratic, which is nothing for a quiz's handful of items, and
    deterministic: among equally long runs, the one keeping the most values
    at their own index (an item already in its place is never "to move"),
    then the one ending earliest, built from the earliest predecessors.
    """
    if not values:
        return set()
    best = [(1, int(v == j)) for j, v in enumerate(values)]
    before = [-1] * len(values)
    for j, v in enumerate(values):
        for i in range(j):
            candidate = (best[i][0] + 1, best[i][1] + int(v == j))
            if values[i] < v and candidate > best[j]:
                best[j], before[j] = candidate, i
    end = max(range(len(values)), key=lambda k: (best[k], -k))
    run: set[int] = set()
    while end != -1:
        run.add(values[end])
        end = before[end]
    return run


def _ranks(items: Sequence[str], given: Sequence[str]) -> list[int]:
    """Each given item's position in the right order (repeated items in turn)."""
    slots: dict[str, deque[int]] = defaultdict(deque)
    for i, item in enumerate(items):
        slots[item].append(i)
    return [slots[item].popleft() for item in given]


def order_credit(
    items: Sequence[str], given: Sequence[str], shown: Sequence[str] | None
) -> Fraction:
    """What the learner fixed, not what the shuffle gave away.

    With L(x) the longest run of x in the right relative order, an answer
    earns (L(answer) − L(shown)) / (n − L(shown)), never below 0: leaving the
    shown order earns nothing, the right order everything. Without a shown
    order (scripting, exports) it is L(answer) / n.
    """
    n = len(items)
    kept = len(longest_increasing(_ranks(items, given)))
    if kept == n:
        return Fraction(1)
    base = len(longest_increasing(_ranks(items, shown))) if shown is not None else 0
    if base >= n:  # the right order was shown: only keeping it counts
        return Fraction(0)
    return max(Fraction(kept - base, n - base), Fraction(0))


def grade_order(
    q: OrderQuestion, given: tuple[str, ...], shown: Sequence[str] | None = None
) -> Assessment:
    """`shown` is the order the learner was given (see `order_credit`)."""
    in_place = longest_increasing(_ranks(q.items, given))
    n = len(q.items)
    credit = order_credit(q.items, given, shown)
    parts = tuple(i in in_place for i in range(n))
    if all(parts):
        text = ("Bonne réponse : l’ordre est juste.", "Right answer: the order is right.")
        return Assessment(
            make_grade(q, credit, (fr(text[0]), text[1]), parts), fr(text[0]), text[1]
        )
    k = len(in_place)
    tally = ("", "")
    if k >= 2:
        tally = (
            fr(
                "{k} éléments sur {n} sont déjà dans le bon ordre les uns par rapport aux autres.",
                k=k,
                n=n,
            ),
            f"{k} of the {n} items are already in the right order relative to each other.",
        )
    to_move = [q.items[i] for i in range(n) if not parts[i]]
    move = (
        fr("À déplacer : {m}.", m=fb.join_fr([q_fr(t) for t in to_move])),
        f"To move: {fb.join_en([q_en(t) for t in to_move])}.",
    )
    right = (
        fr(
            "L’ordre juste : {o}.",
            o=f"{NNBSP}; ".join(f"{i + 1}. {q_fr(t)}" for i, t in enumerate(q.items)),
        ),
        "The right order: " + "; ".join(f"{i + 1}. {q_en(t)}" for i, t in enumerate(q.items)) + ".",
    )
    text = (fb.sentences(tally[0], move[0], right[0]), fb.sentences(tally[1], move[1], right[1]))
    return Assessment(
        make_grade(q, credit, text, parts),
        fb.sentences(tally[0], move[0]),
        fb.sentences(tally[1], move[1]),
    )


def grade_match(q: MatchQuestion, given: dict[str, str | None]) -> Assessment:
    parts = tuple(given.get(p.left) == p.right for p in q.pairs)
    n = len(q.pairs)
    credit = Fraction(sum(parts), max(n, 1))
    if all(parts):
        text = (
            fr("Bonne réponse : toutes les paires sont justes."),
            "Right answer: every pair is right.",
        )
        return Assessment(make_grade(q, credit, text, parts), *text)
    k = sum(parts)
    tally = fb.tally(k, n, ("paire", "paires", "pair", "pairs"))
    good = [p.left for p, ok in zip(q.pairs, parts, strict=True) if ok]
    bad = [p for p, ok in zip(q.pairs, parts, strict=True) if not ok]
    good_text = ("", "")
    if good:
        good_text = (
            fr("Justes : {g}.", g=fb.join_fr([q_fr(t) for t in good])),
            f"Right: {fb.join_en([q_en(t) for t in good])}.",
        )
    fixes_fr = [fr("{l} va avec {r}.", l=q_fr(p.left), r=q_fr(p.right)) for p in bad]
    fixes_en = [f"{q_en(p.left)} goes with {q_en(p.right)}." for p in bad]
    text = (
        fb.sentences(tally[0], good_text[0], *fixes_fr),
        fb.sentences(tally[1], good_text[1], *fixes_en),
    )
    redo = (
        fr("À revoir : {b}.", b=fb.join_fr([q_fr(p.left) for p in bad])),
        f"To fix: {fb.join_en([q_en(p.left) for p in bad])}.",
    )
    return Assessment(
        make_grade(q, credit, text, parts),
        fb.sentences(tally[0], redo[0]),
        fb.sentences(tally[1], redo[1]),
    )


def _numbers(ids: Sequence[str], article: Article | None) -> list[str]:
    """Sentences by their number in the text (1-based) when the article is known."""
    position = {s.id: i + 1 for i, s in enumerate(article.sentences)} if article else {}
    ordered = sorted(ids, key=lambda sid: (position.get(sid, 10**9), sid))
    return [str(position[sid]) if sid in position else sid for sid in ordered]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _phrases_fr(ids: Sequence[str], article: Article | None) -> str:
    nums = _numbers(ids, article)
    return ("la phrase " if len(nums) == 1 else "les phrases ") + fb.join_fr(nums)


def _phrases_en(ids: Sequence[str], article: Article | None) -> str:
    nums = _numbers(ids, article)
    return ("sentence " if len(nums) == 1 else "sentences ") + fb.join_en(nums)


def grade_locate(q: LocateQuestion, picked: frozenset[str], article: Article | None) -> Assessment:
    evidence = list(dict.fromkeys(q.sentences))
    right = set(evidence)
    hits, extra = right & picked, sorted(picked - right)
    missed = [sid for sid in evidence if sid not in picked]
    credit = Fraction(len(hits) - len(extra), max(len(right), 1))
    parts = tuple(sid in picked for sid in q.sentences)
    if not missed and not extra:
        text = (
            fr(
                "Bonne réponse : c’est bien {p}."
                if len(evidence) == 1
                else "Bonne réponse : ce sont bien {p}.",
                p=_phrases_fr(evidence, article),
            ),
            f"Right answer: it is indeed {_phrases_en(evidence, article)}.",
        )
        return Assessment(make_grade(q, credit, text, parts), *text)
    extra_fr = extra_en = ""
    if extra:
        several = len(extra) > 1
        extra_fr = _cap(_phrases_fr(extra, article)) + (
            " ne répondent pas à la question." if several else " ne répond pas à la question."
        )
        extra_en = _cap(_phrases_en(extra, article)) + (
            " do not answer the question." if several else " does not answer the question."
        )
    what = ("bonne phrase", "bonnes phrases", "right sentence", "right sentences")
    found = fb.found(len(hits), len(right), what) if picked else (fb.NO_ANSWER_FR, fb.NO_ANSWER_EN)
    missed_fr = missed_en = ""
    if missed and hits:
        missed_fr = fr("Il manquait {p}.", p=_phrases_fr(missed, article))
        missed_en = f"You missed {_phrases_en(missed, article)}."
    elif missed:
        missed_fr = fr("La réponse se trouve dans {p}.", p=_phrases_fr(missed, article))
        missed_en = f"The answer is in {_phrases_en(missed, article)}."
    text = (
        fb.sentences(found[0], extra_fr, missed_fr),
        fb.sentences(found[1], extra_en, missed_en),
    )
    return Assessment(
        make_grade(q, credit, text, parts),
        fb.sentences(found[0], extra_fr),
        fb.sentences(found[1], extra_en),
    )
