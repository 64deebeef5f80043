"""GIFT, Moodle's plain-text format, for the types it has.

GIFT has multiple choice (with per-option weights), true/false, short answer,
matching, and one blank per "missing word" question. Ordering questions and
clozes of several blanks have no GIFT form: `gift()` returns them, so the
command can name each one in a warning instead of dropping it silently.
"""

from __future__ import annotations

from quizapp.core.exchange.moodle import accepted_forms, category_path
from quizapp.core.exchange.text import FALSE_FR, NOT_GIVEN_FR, TRUE_FR, fraction
from quizapp.core.model import (
    Article,
    ChoiceQuestion,
    ClozeQuestion,
    LocateQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Question,
    ShortQuestion,
    TrueFalseQuestion,
)

_SPECIAL = str.maketrans({c: "\\" + c for c in "\\~=#{}:"})


def escape(text: str) -> str:
    """Teacher text as GIFT text: its special characters `~ = # { } :` escaped, one line."""
    return " ".join(text.split()).translate(_SPECIAL)


def _feedback(text: str | None) -> str:
    return f" #{escape(text)}" if text else ""


def _general(q: Question) -> str:
    return f" ####{escape(q.explanation)}" if q.explanation else ""


def _title(q: Question) -> str:
    return f"::{escape(q.id)}::[plain]{escape(q.prompt)}"


def _choice(q: ChoiceQuestion) -> str:
    right = sum(o.correct for o in q.options)
    parts = []
    for o in q.options:
        if isinstance(q, MultiQuestion):
            share = 1 / right if o.correct else -1 / right
            parts.append(f"~%{fraction(share)}%{escape(o.text)}{_feedback(o.feedback)}")
        else:
            mark = "=" if o.correct else "~"
            parts.append(f"{mark}{escape(o.text)}{_feedback(o.feedback)}")
    return f"{_title(q)} {{\n" + "\n".join(parts) + f"\n{_general(q).strip()}\n}}"


def _truefalse(q: TrueFalseQuestion) -> str:
    if q.offers_not_given:
        labels = ((TRUE_FR, True), (FALSE_FR, False), (NOT_GIVEN_FR, "not_given"))
        parts = [("=" if value == q.answer else "~") + escape(label) for label, value in labels]
        return f"{_title(q)} {{\n" + "\n".join(parts) + f"\n{_general(q).strip()}\n}}"
    return f"{_title(q)} {{{'TRUE' if q.answer is True else 'FALSE'}{_general(q)}}}"


def _short(q: ShortQuestion) -> str:
    forms = accepted_forms(q.answers, q.settings.accents)
    answers = " ".join("=" + escape(a) for a in forms)
    return f"{_title(q)} {{{answers}{_general(q)}}}"


def _cloze(q: ClozeQuestion) -> str:
    (blank,) = q.blanks
    if q.choices:
        answer = " ".join(("=" if c == blank[0] else "~") + escape(c) for c in q.choices)
    else:
        answer = " ".join("=" + escape(a) for a in accepted_forms(blank, q.settings.accents))
    before, after = escape(q.segments[0]), escape(q.segments[1])
    return f"::{escape(q.id)}::[plain]{escape(q.prompt)} {before} {{{answer}{_general(q)}}} {after}"


def _match(q: MatchQuestion) -> str:
    parts = [f"={escape(p.left)} -> {escape(p.right)}" for p in q.pairs]
    return f"{_title(q)} {{\n" + "\n".join(parts) + f"\n{_general(q).strip()}\n}}"


def _locate(q: LocateQuestion, article: Article) -> str:
    k = len(q.sentences)
    parts = []
    for i, s in enumerate(article.sentences, 1):
        if k == 1:
            mark = "=" if s.id in q.sentences else "~"
        else:
            mark = f"~%{fraction(1 / k if s.id in q.sentences else -1 / k)}%"
        parts.append(f"{mark}{i}. {escape(s.fr)}")
    return f"{_title(q)} {{\n" + "\n".join(parts) + f"\n{_general(q).strip()}\n}}"


def unsupported(q: Question) -> bool:
    """Types GIFT cannot hold: ordering, and clozes of more than one blank."""
    return isinstance(q, OrderQuestion) or (isinstance(q, ClozeQuestion) and len(q.blanks) != 1)


def question_gift(q: Question, article: Article) -> str:
    if isinstance(q, ChoiceQuestion):
        return _choice(q)
    if isinstance(q, TrueFalseQuestion):
        return _truefalse(q)
    if isinstance(q, ShortQuestion):
        return _short(q)
    if isinstance(q, ClozeQuestion):
        return _cloze(q)
    if isinstance(q, MatchQuestion):
        return _match(q)
    assert isinstance(q, LocateQuestion)
    return _locate(q, article)


def gift(article: Article) -> tuple[str, list[Question]]:
    """The GIFT text of the article, and the questions it could not hold.

    The passage goes first as a description (a GIFT item without answers).
    """
    passage = " ".join(f"{i}. {s.fr}" for i, s in enumerate(article.sentences, 1))
    blocks = [
        f"$CATEGORY: {category_path(article)}",
        f"::{escape(article.id)} — texte::[plain]{escape(article.title)} — {escape(passage)}",
    ]
    skipped = []
    for q in article.questions:
        if unsupported(q):
            skipped.append(q)
        else:
            blocks.append(question_gift(q, article))
    return "\n\n".join(blocks) + "\n", skipped
