"""Moodle XML: the article as a category, its passage, and one question per question.

Mapped to what Moodle's importer (`question/format/xml/format.php` and the
question types' `import_from_xml`) reads for each type: choice and locate →
multichoice, multi → multichoice with fractions, truefalse → truefalse (or a
three-option multichoice with « Non mentionné »), short → shortanswer, cloze →
multianswer (Cloze), match → matching, order → ordering (core since 4.4). All
text is escaped HTML inside CDATA; explanations become general feedback,
option feedback stays per option, points become the default grade and the
retry penalty Moodle's penalty.
"""

from __future__ import annotations

import html

from quizapp.core.exchange.text import (
    FALSE_FR,
    NOT_GIVEN_FR,
    TRUE_FR,
    esc,
    fraction,
    passage_html,
)
from quizapp.core.grading.answers import strip_accents
from quizapp.core.model import (
    Accents,
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

NAME_LENGTH = 60
# Characters the Cloze syntax reads inside an answer; a backslash makes them text.
_CLOZE_SPECIAL = str.maketrans({c: "\\" + c for c in '\\}#~/"'})


def cdata(text: str) -> str:
    """`text` in CDATA; a `]]>` inside is split across two sections."""
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _text(tag: str, html_text: str, fmt: str = "html") -> str:
    return f'<{tag} format="{fmt}"><text>{cdata(html_text)}</text></{tag}>'


def _plain(tag: str, text: str) -> str:
    return f"<{tag}><text>{cdata(text)}</text></{tag}>"


def _paragraphs(fr: str | None, en: str | None) -> str:
    out = f"<p>{esc(fr)}</p>" if fr else ""
    if en:
        out += f'<p lang="en"><em>{esc(en)}</em></p>'
    return out


def _name(q: Question) -> str:
    prompt = " ".join(q.prompt.split())
    if len(prompt) > NAME_LENGTH:
        prompt = prompt[: NAME_LENGTH - 1] + "…"
    return f"{q.id} — {prompt}"


def _head(q: Question, qtype: str, body_html: str = "") -> list[str]:
    settings = q.settings
    return [
        f'<question type="{qtype}">',
        _plain("name", _name(q)),
        _text("questiontext", _paragraphs(q.prompt, q.prompt_en) + body_html),
        _text("generalfeedback", _paragraphs(q.explanation, q.explanation_en)),
        f"<defaultgrade>{fraction(q.points / 100)}</defaultgrade>",
        f"<penalty>{settings.retry_penalty:.7f}</penalty>",
        "<hidden>0</hidden>",
        f"<idnumber>{esc(q.id)}</idnumber>",
    ]


def _tail(q: Question) -> list[str]:
    out = []
    if q.hint:
        out.append(_text("hint", _paragraphs(q.hint, q.hint_en)))
    out.append("</question>")
    return out


def _answer(share: float, html_text: str, feedback: str = "") -> str:
    return (
        f'<answer fraction="{fraction(share)}" format="html"><text>{cdata(html_text)}</text>'
        f'<feedback format="html"><text>{cdata(feedback)}</text></feedback></answer>'
    )


def _combined() -> list[str]:
    return [
        _text("correctfeedback", ""),
        _text("partiallycorrectfeedback", ""),
        _text("incorrectfeedback", ""),
        "<shownumcorrect/>",
    ]


def _multichoice(q: Question, single: bool, shuffle: bool, answers: list[str]) -> list[str]:
    return [
        *_head(q, "multichoice"),
        f"<single>{'true' if single else 'false'}</single>",
        f"<shuffleanswers>{'true' if shuffle else 'false'}</shuffleanswers>",
        "<answernumbering>abc</answernumbering>",
        "<showstandardinstruction>0</showstandardinstruction>",
        *_combined(),
        *answers,
        *_tail(q),
    ]


def _choice(q: ChoiceQuestion) -> list[str]:
    right = [o for o in q.options if o.correct]
    single = not isinstance(q, MultiQuestion)
    answers = []
    for o in q.options:
        share = (
            (1.0 if single else 1 / len(right))
            if o.correct
            else (0.0 if single else -1 / len(right))
        )
        answers.append(
            _answer(share, _paragraphs(o.text, o.text_en), _paragraphs(o.feedback, o.feedback_en))
        )
    return _multichoice(q, single, q.shuffled, answers)


def _truefalse(q: TrueFalseQuestion) -> list[str]:
    if q.offers_not_given:
        labels = ((TRUE_FR, True), (FALSE_FR, False), (NOT_GIVEN_FR, "not_given"))
        answers = [
            _answer(1.0 if value == q.answer else 0.0, esc(label)) for label, value in labels
        ]
        return _multichoice(q, True, False, answers)
    return [
        *_head(q, "truefalse"),
        f'<answer fraction="{100 if q.answer is True else 0}" format="moodle_auto_format">'
        '<text>true</text><feedback format="html"><text></text></feedback></answer>',
        f'<answer fraction="{100 if q.answer is False else 0}" format="moodle_auto_format">'
        '<text>false</text><feedback format="html"><text></text></feedback></answer>',
        *_tail(q),
    ]


def accepted_forms(answers: tuple[str, ...], accents: Accents) -> list[str]:
    """The accepted answers, and their accent-free forms when the article is lenient."""
    out = list(dict.fromkeys(answers))
    if accents is Accents.LENIENT:
        out += [bare for a in answers if (bare := strip_accents(a)) not in out]
    return list(dict.fromkeys(out))


def _short(q: ShortQuestion) -> list[str]:
    answers = [
        f'<answer fraction="100" format="moodle_auto_format"><text>{cdata(a)}</text>'
        '<feedback format="html"><text></text></feedback></answer>'
        for a in accepted_forms(q.answers, q.settings.accents)
    ]
    return [*_head(q, "shortanswer"), "<usecase>0</usecase>", *answers, *_tail(q)]


def cloze_subquestion(
    blank: tuple[str, ...], choices: tuple[str, ...] | None, accents: Accents
) -> str:
    """One blank in Moodle's Cloze syntax: {1:SHORTANSWER:=a~=b} or {1:MULTICHOICE:=a~b}."""
    if choices:
        parts = [("=" if c == blank[0] else "") + c.translate(_CLOZE_SPECIAL) for c in choices]
        return "{1:MULTICHOICE:" + "~".join(parts) + "}"
    forms = accepted_forms(blank, accents)
    return "{1:SHORTANSWER:" + "~".join("=" + a.translate(_CLOZE_SPECIAL) for a in forms) + "}"


def _cloze_text(text: str) -> str:
    """A cloze's own text, braces as entities so Moodle never reads one as a blank."""
    return esc(text).replace("{", "&#123;").replace("}", "&#125;")


def _cloze(q: ClozeQuestion) -> list[str]:
    body = [_cloze_text(q.segments[0])]
    for blank, segment in zip(q.blanks, q.segments[1:], strict=True):
        sub = html.escape(cloze_subquestion(blank, q.choices, q.settings.accents), quote=False)
        body += [sub, _cloze_text(segment)]
    text = _paragraphs(q.prompt, q.prompt_en) + "<p>" + "".join(body) + "</p>"
    return [
        '<question type="cloze">',
        _plain("name", _name(q)),
        _text("questiontext", text),
        _text("generalfeedback", _paragraphs(q.explanation, q.explanation_en)),
        f"<penalty>{q.settings.retry_penalty:.7f}</penalty>",
        "<hidden>0</hidden>",
        f"<idnumber>{esc(q.id)}</idnumber>",
        *_tail(q),
    ]


def _match(q: MatchQuestion) -> list[str]:
    subquestions = [
        f'<subquestion format="html"><text>{cdata(esc(p.left))}</text>'
        f"<answer><text>{cdata(p.right)}</text></answer></subquestion>"
        for p in q.pairs
    ]
    return [
        *_head(q, "matching"),
        f"<shuffleanswers>{'true' if q.shuffled else 'false'}</shuffleanswers>",
        *_combined(),
        *subquestions,
        *_tail(q),
    ]


def _order(q: OrderQuestion) -> list[str]:
    answers = [
        f'<answer fraction="{i}" format="html"><text>{cdata(esc(item))}</text></answer>'
        for i, item in enumerate(q.items, 1)
    ]
    return [
        *_head(q, "ordering"),
        "<layouttype>VERTICAL</layouttype>",
        "<selecttype>ALL</selecttype>",
        "<selectcount>0</selectcount>",
        # Our partial credit counts the longest run in the right relative order.
        "<gradingtype>LONGEST_ORDERED_SUBSET</gradingtype>",
        "<showgrading>SHOW</showgrading>",
        "<numberingstyle>none</numberingstyle>",
        *_combined(),
        *answers,
        *_tail(q),
    ]


def _locate(q: LocateQuestion, article: Article) -> list[str]:
    k = len(q.sentences)
    answers = []
    for i, s in enumerate(article.sentences, 1):
        right = s.id in q.sentences
        share = (1.0 if k == 1 else 1 / k) if right else (0.0 if k == 1 else -1 / k)
        answers.append(_answer(share, f"{i}. {esc(s.fr)}"))
    return _multichoice(q, k == 1, False, answers)


def question_xml(q: Question, article: Article) -> list[str]:
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
    if isinstance(q, OrderQuestion):
        return _order(q)
    assert isinstance(q, LocateQuestion)
    return _locate(q, article)


def category_path(article: Article) -> str:
    """Moodle's category path for the article (`/` inside a name is written `//`)."""
    return "$course$/top/" + article.title.replace("/", "//")


def moodle_xml(article: Article) -> str:
    """The whole quiz as a Moodle XML document (UTF-8 text)."""
    passage = "<h2>" + esc(article.title) + "</h2>" + passage_html(article)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<quiz>",
        '<question type="category">',
        f"<category><text>{cdata(category_path(article))}</text></category>",
        _text("info", f"<p>{esc(article.title)} ({article.level})</p>"),
        "</question>",
        '<question type="description">',
        _plain("name", f"{article.id} — texte"),
        _text("questiontext", passage),
        _text("generalfeedback", ""),
        "<defaultgrade>0</defaultgrade>",
        "<penalty>0</penalty>",
        "<hidden>0</hidden>",
        "</question>",
    ]
    for q in article.questions:
        lines.extend(question_xml(q, article))
    lines.append("</quiz>")
    return "\n".join(lines) + "\n"
