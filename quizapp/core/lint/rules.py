"""The four content rules, each a function from an article to its warnings.

Questions are asked in file order, and after each one the learner sees its
right answer, its explanation, its feedback and its evidence sentences
highlighted in the passage: whatever those show is known before the next
question is asked. The rules name both questions and say how to fix it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import combinations

from quizapp.core.bank.messages import french_typography
from quizapp.core.bank.problems import Problem, Severity
from quizapp.core.lint.messages import LINT, WHERE
from quizapp.core.lint.words import (
    contains,
    content_words,
    quotations,
    quote_pieces,
    shares_a_word,
    typed_form,
    word_forms,
)
from quizapp.core.model import (
    Article,
    ChoiceQuestion,
    ClozeQuestion,
    LocateQuestion,
    MatchQuestion,
    OrderQuestion,
    Question,
    ShortQuestion,
    TrueFalseQuestion,
)

MIN_QUOTE_WORDS = 7  # shorter quotes are terms and patterns (« avoir envie de »)
MIN_SHARE = 0.75  # of a quotation's words found in one sentence: it quotes that sentence
MAX_SHOWN = 60
MIN_OPTION_WORDS = 3  # a right option shorter than this is a name or a word
BLANK = re.compile(r"\[[^\]]*\]")


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def warning(article: Article, line: int, code: str, **kw: str) -> Problem:
    en_template, fr_template = LINT[code]
    en = {k: v for k, v in kw.items() if not k.endswith("_fr")}
    fr = {k: v for k, v in kw.items() if not k.endswith("_en")}
    return Problem(
        article.path or "",
        max(line, 1),
        1,
        Severity.WARNING,
        en_template.format(**en),
        french_typography(fr_template).format(**fr),
    )


def _where(key: str) -> dict[str, str]:
    en, fr = WHERE[key]
    return {"where_en": en, "where_fr": fr}


# ---------------------------------------------------------------- what each question shows


def answers_of(q: Question) -> list[str]:
    """The texts a learner must produce or pick to answer `q` (not sentences)."""
    if isinstance(q, ChoiceQuestion):
        return [o.text for o in q.options if o.correct]
    if isinstance(q, ShortQuestion):
        return list(q.answers)
    if isinstance(q, ClozeQuestion):
        return [alt for blank in q.blanks for alt in blank]
    return []


def shown_after(q: Question) -> Iterator[tuple[str, str]]:
    """(where, text): what the learner reads once `q` is answered, evidence aside."""
    if isinstance(q, ChoiceQuestion):
        for option in q.options:
            if option.correct:
                yield "option", option.text
            if option.feedback:
                yield "feedback", option.feedback
    elif isinstance(q, ShortQuestion):
        yield "answer", q.answers[0]
    elif isinstance(q, ClozeQuestion):
        filled = [q.segments[0]]
        for blank, segment in zip(q.blanks, q.segments[1:], strict=True):
            filled += [blank[0], segment]
        yield "answer", "".join(filled)
    elif isinstance(q, MatchQuestion):
        for pair in q.pairs:
            yield "answer", f"{pair.left} {pair.right}"
    elif isinstance(q, OrderQuestion):
        for item in q.items:
            yield "answer", item
    if q.explanation:
        yield "explanation", q.explanation


def _quotes_sentence(text: str, sentence: str) -> bool:
    """Whether `text` quotes `sentence` (a quotation of three words or more taken from it)."""
    for quote in quotations(text):
        pieces = quote_pieces(quote)
        if sum(len(p.split()) for p in pieces) >= 3 and all(
            contains(sentence, piece) for piece in pieces
        ):
            return True
    return contains(text, sentence)


# ---------------------------------------------------------------- the rules


def leaks(article: Article) -> list[Problem]:
    """A later question's answer shown by an earlier one."""
    out: list[Problem] = []
    questions = article.questions
    shown = {q.id: list(shown_after(q)) for q in questions}
    for j, later in enumerate(questions):
        needles = _needles(later)
        if not needles and not isinstance(later, LocateQuestion):
            continue
        for earlier in questions[:j]:
            found = _leak(article, earlier, later, shown[earlier.id], needles)
            if found is not None:
                out.append(found)
                break  # the first question that gives it away is the one to move
    return out


def _context(words: list[str]) -> list[str]:
    """Up to three words next to a blank, stopping at the first content word."""
    out: list[str] = []
    for word in words[:3]:
        out.append(word)
        if content_words(word):
            break
    return out


def _needles(q: Question) -> list[str]:
    """The texts that give `q`'s answer away when shown.

    A blank needs its context (« les membres [pourront] »: a word alone is everywhere),
    and a right option must say something (« la Russie » alone is in every sentence).
    """
    if isinstance(q, ChoiceQuestion):
        return [a for a in answers_of(q) if len(content_words(a)) >= MIN_OPTION_WORDS]
    if not isinstance(q, ClozeQuestion):
        return [a for a in answers_of(q) if content_words(a)]
    out = []
    for i, blank in enumerate(q.blanks):
        before = _context(q.segments[i].split()[::-1])[::-1]
        after = _context(q.segments[i + 1].split())
        for alt in blank:
            if content_words(alt):  # a connector blank tests grammar, not the text
                out.extend(_joined(words) for words in ([*before, alt], [alt, *after]))
    return out


def _joined(words: list[str]) -> str:
    return " ".join(words).replace("’ ", "’").replace("' ", "'")


def _telling(needle: str) -> bool:
    """Whether a needle says enough to give an answer away in prose (not a lone word)."""
    return len(content_words(needle)) >= 2 or any(c.isdigit() for c in needle)


def _leak(
    article: Article,
    earlier: Question,
    later: Question,
    shown: list[tuple[str, str]],
    needles: list[str],
) -> Problem | None:
    names = {"earlier": earlier.id, "later": later.id}
    if isinstance(later, LocateQuestion):
        for sid in later.sentences:
            if sid in earlier.sentences:
                return warning(article, later.line, "leak_sentence", sentence=sid, **names)
            sentence = article.sentence(sid).fr
            for where, text in shown:
                if _quotes_sentence(text, sentence):
                    return warning(
                        article, later.line, "leak_quoted", sentence=sid, **names, **_where(where)
                    )
        return None
    for sid in earlier.sentences:
        # Highlighted evidence gives away what the later question looks for there.
        if sid not in later.sentences:
            continue
        needle = next((n for n in needles if contains(article.sentence(sid).fr, n)), None)
        if needle is not None:
            place = {
                "where_en": f"evidence it highlights ({sid})",
                "where_fr": f"la preuve surlignée ({sid})",
            }
            return warning(
                article, later.line, "leak_text", answer=_short(needle), **names, **place
            )
    for needle in filter(_telling, needles):
        for where, text in shown:
            if contains(text, needle):
                return warning(
                    article,
                    later.line,
                    "leak_text",
                    answer=_short(needle),
                    **names,
                    **_where(where),
                )
    return None


def answers_in_evidence(article: Article) -> list[Problem]:
    """A typed answer, a blank or a true statement with no word in the cited sentences."""
    out: list[Problem] = []
    for q in article.questions:
        cited = " ".join(article.sentence(sid).fr for sid in q.sentences)
        groups: list[tuple[str, ...]] = []
        if isinstance(q, ShortQuestion):
            groups.append(q.answers)
        elif isinstance(q, ClozeQuestion):
            groups.extend(q.blanks)
            # What the exercise itself gives counts as evidence: « nous (prendre)
            # [prenions] », or a transformation « a félicité Odile → il l’a [félicitée] ».
            cited += " " + BLANK.sub(" ", q.text)
        elif isinstance(q, TrueFalseQuestion) and q.answer is True:
            groups.append((q.prompt,))
        for accepted in groups:
            if not any(shares_a_word(answer, cited) for answer in accepted):
                out.append(
                    warning(
                        article,
                        q.line,
                        "not_in_evidence",
                        qid=q.id,
                        answer=_short(accepted[0]),
                        sentences=", ".join(q.sentences),
                    )
                )
    return out


def lookalike_options(article: Article) -> list[Problem]:
    """Two options the learner cannot tell apart, or a distractor that is an answer."""
    out: list[Problem] = []
    for q in article.questions:
        if isinstance(q, ChoiceQuestion):
            for a, b in combinations(q.options, 2):
                if " ".join(a.text.split()).casefold() == " ".join(b.text.split()).casefold():
                    continue  # the loader already warns about these
                if typed_form(a.text) == typed_form(b.text):
                    out.append(
                        warning(
                            article,
                            b.line or q.line,
                            "lookalike_options",
                            qid=q.id,
                            first=_short(a.text),
                            second=_short(b.text),
                        )
                    )
        elif isinstance(q, ClozeQuestion) and q.choices:
            accepted = {alt for blank in q.blanks for alt in blank}
            for choice in q.choices:
                if choice in accepted:
                    continue
                twin = next((a for a in accepted if typed_form(a) == typed_form(choice)), None)
                if twin is not None:
                    out.append(
                        warning(
                            article,
                            q.line,
                            "distractor_is_answer",
                            qid=q.id,
                            choice=choice,
                            answer=twin,
                        )
                    )
    return out


def misquoted(quote: str, article: Article, text: str) -> bool:
    """Whether `quote` is an inexact copy of a sentence: most of its words come from one.

    A quotation whose words mostly come from elsewhere is an example or a pattern
    (« va + infinitif », « Ma valise tient dans le coffre »), not a quotation.
    """
    pieces = quote_pieces(quote)
    words = [w for piece in pieces for w in word_forms(piece)]
    if len(words) < MIN_QUOTE_WORDS or all(contains(text, piece) for piece in pieces):
        return False
    for sentence in article.sentences:
        present = set(word_forms(sentence.fr))
        if sum(w in present for w in words) >= MIN_SHARE * len(words):
            return True
    return False


def quotes_in_text(article: Article) -> list[Problem]:
    """A quotation in an option, explanation or feedback that misquotes the article."""
    text = " ".join([article.title, *(s.fr for s in article.sentences)])
    out: list[Problem] = []
    for q in article.questions:
        places: list[tuple[str, int, str]] = []
        if isinstance(q, ChoiceQuestion):
            for option in q.options:
                places.append(("options", option.line or q.line, option.text))
                if option.feedback:
                    places.append(("feedback", option.line or q.line, option.feedback))
        if q.explanation:
            places.append(("explanation", q.line, q.explanation))
        for where, line, written in places:
            for quote in quotations(written):
                if misquoted(quote, article, text):
                    out.append(
                        warning(
                            article,
                            line,
                            "quote_not_in_text",
                            qid=q.id,
                            quote=_short(quote),
                            **_where(where),
                        )
                    )
    return out


RULES: tuple[Callable[[Article], list[Problem]], ...] = (
    leaks,
    answers_in_evidence,
    lookalike_options,
    quotes_in_text,
)


def lint_article(article: Article) -> list[Problem]:
    """Every rule's warnings for one article, in rule order."""
    out: list[Problem] = []
    for rule in RULES:
        out.extend(rule(article))
    return out
