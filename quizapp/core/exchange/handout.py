"""The printable handout as HTML for Qt's rich text: passage, glossary, worksheet, key.

Qt's QTextDocument reads a subset of HTML: tables, paragraphs, a page break
before a block (`page-break-before: always`). The teacher's text is escaped;
sizes come from the caller (the handout's type scale), in points.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.core.exchange.text import (
    cloze_filled,
    esc,
    evidence_label,
    passage_html,
    truefalse_answer,
)
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

BOX = "\u2610"  # ☐, a box to tick
LINE = "_" * 60
BLANK = "_" * 14


@dataclass(frozen=True)
class Sizes:
    """The handout's type scale in points (set by the window's theme)."""

    body: float = 11
    passage: float = 12
    small: float = 9
    heading: float = 16
    title: float = 20


def _p(text: str, style: str = "") -> str:
    return f'<p style="{style}">{text}</p>' if style else f"<p>{text}</p>"


def _worksheet_item(q: Question, article: Article) -> str:
    out = []
    if isinstance(q, ChoiceQuestion):
        note = " (plusieurs réponses possibles)" if isinstance(q, MultiQuestion) else ""
        if note:
            out.append(_p(f"<i>{esc(note.strip())}</i>"))
        out += [_p(f"{BOX}\u00a0{esc(o.text)}") for o in q.options]
    elif isinstance(q, TrueFalseQuestion):
        labels = ["Vrai", "Faux"] + (["Non mentionné"] if q.offers_not_given else [])
        out.append(_p("\u2003".join(f"{BOX}\u00a0{label}" for label in labels)))
    elif isinstance(q, ShortQuestion):
        out += [_p(LINE), _p(LINE)]
    elif isinstance(q, ClozeQuestion):
        text = esc(q.segments[0])
        for number, segment in enumerate(q.segments[1:], 1):
            text += f"<sub>({number})</sub>{BLANK}{esc(segment)}"
        out.append(_p(text))
        if q.choices:
            out.append(_p("<i>Mots\u00a0:</i> " + " – ".join(esc(c) for c in q.choices)))
    elif isinstance(q, MatchQuestion):
        rights = sorted(p.right for p in q.pairs)
        rows = "".join(
            f"<tr><td>{i}. {esc(p.left)}</td><td>{BLANK[:6]}</td>"
            f"<td>{chr(64 + i)}. {esc(r)}</td></tr>"
            for i, (p, r) in enumerate(zip(q.pairs, rights, strict=True), 1)
        )
        out.append(f'<table cellpadding="4" width="100%">{rows}</table>')
    elif isinstance(q, OrderQuestion):
        items = shown_order(q.items)
        out += [_p(f"{BLANK[:4]}\u00a0{esc(item)}") for item in items]
    else:
        assert isinstance(q, LocateQuestion)
        out.append(_p("Numéro(s) de phrase\u00a0: " + BLANK))
    return "\n".join(out)


def shown_order(items: tuple[str, ...]) -> list[str]:
    """A fixed order to print that is never the answer: alphabetical, or reversed if it is."""
    shown = sorted(items)
    return shown if tuple(shown) != items else shown[::-1]


def _key(q: Question) -> str:
    if isinstance(q, ChoiceQuestion):
        return " ; ".join(esc(o.text) for o in q.options if o.correct)
    if isinstance(q, TrueFalseQuestion):
        return esc(truefalse_answer(q))
    if isinstance(q, ShortQuestion):
        others = q.answers[1:3]
        return esc(q.answers[0]) + (f" (ou : {', '.join(map(esc, others))})" if others else "")
    if isinstance(q, ClozeQuestion):
        return esc(cloze_filled(q))
    if isinstance(q, MatchQuestion):
        return " ; ".join(f"{esc(p.left)} → {esc(p.right)}" for p in q.pairs)
    if isinstance(q, OrderQuestion):
        return " → ".join(esc(item) for item in q.items)
    return ""  # locate: the answer is the evidence itself


def handout_html(article: Article, sizes: Sizes = Sizes()) -> str:
    """The whole handout; the answer key starts on a new page."""
    heading = f'style="font-size:{sizes.heading}pt; margin-top:12pt"'
    parts = [
        f'<html><body style="font-size:{sizes.body}pt">',
        f'<p style="font-size:{sizes.title}pt"><b>{esc(article.title)}</b></p>',
        _p(f"Niveau {article.level}" + (f" — {esc(article.source)}" if article.source else "")),
        f"<p {heading}><b>Texte</b></p>",
        f'<div style="font-size:{sizes.passage}pt">{passage_html(article)}</div>',
    ]
    if article.glossary:
        parts.append(f"<p {heading}><b>Glossaire</b></p>")
        rows = "".join(
            f"<tr><td><b>{esc(e.fr)}</b></td><td>{esc(e.en)}</td></tr>" for e in article.glossary
        )
        parts.append(f'<table cellpadding="2">{rows}</table>')
    parts.append(f"<p {heading}><b>Questions</b></p>")
    for number, q in enumerate(article.questions, 1):
        points = f"{q.points:g}\u00a0pt" + ("s" if q.points > 1 else "")
        parts.append(_p(f"<b>{number}.</b> {esc(q.prompt)} <i>({points})</i>", "margin-top:8pt"))
        parts.append(_worksheet_item(q, article))
    parts.append(
        f'<p style="page-break-before: always; font-size:{sizes.heading}pt"><b>Corrigé</b></p>'
    )
    for number, q in enumerate(article.questions, 1):
        answer = _key(q)
        where = esc(evidence_label(article, q))
        if answer:
            small = f'<span style="font-size:{sizes.small}pt">({where})</span>'
            line = f"<b>{number}.</b> {answer} {small}"
        else:
            line = f"<b>{number}.</b> {where[0].upper()}{where[1:]}"
        parts.append(_p(line))
        if q.explanation:
            parts.append(_p(esc(q.explanation), f"font-size:{sizes.small}pt; margin-left:12pt"))
    parts.append("</body></html>")
    return "\n".join(parts)
