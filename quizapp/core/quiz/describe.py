"""A response in a few words, for the summary's "your answer" beside the right one.

Responses are in the scripting API's shape (file indices, texts, ids). The
words are the teacher's (plain text); only True/False/Not given and the word
for "sentence" follow the interface language.
"""

from __future__ import annotations

import re
from typing import Any

from quizapp.core.grading.feedback import TRUEFALSE_LABEL_EN, TRUEFALSE_LABEL_FR
from quizapp.core.grading.responses import right_response
from quizapp.core.model import (
    Article,
    ChoiceQuestion,
    ClozeQuestion,
    LocateQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Question,
    TrueFalseQuestion,
)

_INNER_OPEN = re.compile("«[ \u00a0\u202f]*")
_INNER_CLOSE = re.compile("[ \u00a0\u202f]*»")


def quote_sentence(text: str) -> str:
    """French material (a sentence of the text, a title, a word) quoted as French quotes
    it, whatever the interface language: « … » with narrow no-break spaces inside, so the
    marks never leave their words at a line end. The sentence's own « » become “ ” so
    marks never nest with the same marks."""
    if not text:
        return ""
    inner = _INNER_CLOSE.sub("”", _INNER_OPEN.sub("“", text))
    return f"«\u202f{inner}\u202f»"


def describe(question: Question, response: Any, article: Article | None, lang: str = "en") -> str:
    """`response` in words ("" for no response)."""
    if response is None:
        return ""
    if isinstance(question, MultiQuestion):
        return " / ".join(question.options[i].text for i in sorted(response))
    if isinstance(question, ChoiceQuestion):
        return question.options[response].text
    if isinstance(question, TrueFalseQuestion):
        labels = TRUEFALSE_LABEL_FR if lang == "fr" else TRUEFALSE_LABEL_EN
        return next(
            (v for k, v in labels.items() if k == response and type(k) is type(response)), ""
        )
    if isinstance(question, ClozeQuestion):
        return " / ".join(t.strip() or "…" for t in response)
    if isinstance(question, MatchQuestion):
        return " · ".join(f"{p.left} → {response.get(p.left) or '…'}" for p in question.pairs)
    if isinstance(question, OrderQuestion):
        return " → ".join(response)
    if isinstance(question, LocateQuestion):
        return _sentences(response, article, lang)
    return str(response).strip()


QUOTE_CHARS = 60  # enough to recognise a sentence, short enough for one line of a card


def quote_start(text: str, limit: int = QUOTE_CHARS) -> str:
    """The start of a sentence, cut at a word boundary with an ellipsis when too long."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    space = cut.rfind(" ")
    cut = cut[:space] if space > limit // 2 else text[:limit]
    return cut.rstrip(" ,;:.-\u00a0") + "…"


def _sentences(response: Any, article: Article | None, lang: str) -> str:
    """Sentence numbers, each with the start of its French text quoted, so it is recognised."""
    sentences = list(article.sentences) if article else []
    order = [s.id for s in sentences]
    numbers = sorted(order.index(s) + 1 if s in order else 0 for s in response)
    word = "phrase" if lang == "fr" else "sentence"
    colon = "\u00a0:" if lang == "fr" else ":"
    parts = []
    for n in numbers:
        if not n:
            parts.append("?")
            continue
        quoted = quote_start(sentences[n - 1].fr)
        parts.append(f"{word} {n}{colon} {quote_sentence(quoted)}" if quoted else f"{word} {n}")
    return ", ".join(parts)


def describe_right(question: Question, article: Article | None, lang: str = "en") -> str:
    """The right answer in words."""
    return describe(question, right_response(question), article, lang)
