"""What every export needs from an article: its passage, numbered, and plain words.

Teacher text is plain text: each export escapes it for its format (HTML
entities, CDATA, GIFT's backslashes) and never lets it be read as markup.
"""

from __future__ import annotations

import html

from quizapp.core.model import Article, ClozeQuestion, Question, TrueFalseQuestion

TRUE_FR, FALSE_FR, NOT_GIVEN_FR = "Vrai", "Faux", "Non mentionné"


def esc(text: str) -> str:
    """Teacher text as HTML text: `<`, `&`, quotes escaped, nothing read as markup."""
    return html.escape(text, quote=True)


def passage_html(article: Article) -> str:
    """The passage as HTML paragraphs, each sentence numbered by its position."""
    number = {s.id: i for i, s in enumerate(article.sentences, 1)}
    out = []
    for paragraph in article.paragraphs:
        sentences = " ".join(f"<sup>{number[s.id]}</sup>\u00a0{esc(s.fr)}" for s in paragraph)
        out.append(f"<p>{sentences}</p>")
    return "\n".join(out)


def sentence_number(article: Article, sentence_id: str) -> int:
    return next(i for i, s in enumerate(article.sentences, 1) if s.id == sentence_id)


def evidence_label(article: Article, q: Question) -> str:
    """« phrases 3, 4 » for the cited evidence, by position in the passage."""
    numbers = [str(sentence_number(article, sid)) for sid in q.sentences]
    word = "phrase" if len(numbers) == 1 else "phrases"
    return f"{word} {', '.join(numbers)}"


def truefalse_answer(q: TrueFalseQuestion) -> str:
    if q.answer is True:
        return TRUE_FR
    if q.answer is False:
        return FALSE_FR
    return NOT_GIVEN_FR


def cloze_filled(q: ClozeQuestion) -> str:
    """The cloze text with each blank's first answer in place."""
    out = [q.segments[0]]
    for blank, segment in zip(q.blanks, q.segments[1:], strict=True):
        out += [blank[0], segment]
    return "".join(out)


def fraction(share: float) -> str:
    """A Moodle/GIFT percentage with five decimals at most (33.33333, 50, -25)."""
    text = f"{share * 100:.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
