"""Bilingual feedback text: French typography, quoting, and the shared phrases.

French feedback follows French typography: « » with no-break spaces inside,
a no-break space before « : » and a narrow no-break space before ; ! ?.
Only the templates written here get that treatment; the teacher's text that
is quoted inside is content and is kept exactly as typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.core.grading.answers import MatchKind, TypedMatch
from quizapp.core.model import NOT_GIVEN, TrueFalseAnswer

NBSP = "\u00a0"
NNBSP = "\u202f"

_BEFORE_COLON = re.compile(r" :")
_BEFORE_HIGH = re.compile(r" ([;!?])")
_SENTENCE_END = ".!?…"


def fr(template: str, **values: object) -> str:
    """Fill a French template after giving it French spacing."""
    text = _BEFORE_COLON.sub(NBSP + ":", template)
    text = _BEFORE_HIGH.sub(NNBSP + r"\1", text)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return text.format(**values)


def q_fr(text: str) -> str:
    """The teacher's text in French quotes, unless it is already quoted."""
    text = text.strip()
    if text.startswith("«") and text.endswith("»"):
        return text
    return f"«{NBSP}{text}{NBSP}»"


def q_en(text: str) -> str:
    """The teacher's text in English quotes, unless it is already quoted."""
    text = text.strip()
    if (text.startswith("«") and text.endswith("»")) or (
        text.startswith("“") and text.endswith("”")
    ):
        return text
    return f"“{text}”"


def stop(sentence: str) -> str:
    """End a sentence with a full stop unless it already ends with one.

    A quotation that closes on its own full stop (« … ont refusé. ») ends
    the sentence too.
    """
    sentence = sentence.rstrip()
    bare = sentence.rstrip("»”" + NBSP + " ")
    if not sentence or bare.endswith(tuple(_SENTENCE_END)):
        return sentence
    return sentence + "."


_DOUBLE_STOP = re.compile(r"([.!?…][\u00a0\u202f ]?[»”])\.")


def tidy(text: str) -> str:
    """Drop the full stop after a quotation that already ends its sentence.

    « La bonne réponse était « Il a refusé. ». » reads « … « Il a refusé. » ».
    """
    return _DOUBLE_STOP.sub(r"\1", text)


def join_fr(items: Sequence[str]) -> str:
    """« A », « A et B », « A, B et C »."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " et " + items[-1]


def join_en(items: Sequence[str]) -> str:
    """“A”, “A and B”, “A, B and C”."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def sentences(*parts: str) -> str:
    """Join non-empty sentences with a space, each properly ended."""
    return " ".join(stop(p) for p in parts if p and p.strip())


def plural(n: int, one: str, many: str) -> str:
    """English count: 1 is singular, 0 and the rest plural."""
    return f"{n} {one if n == 1 else many}"


def pluriel(n: int, one: str, many: str) -> str:
    """French count: 0 and 1 are singular (« 0 case juste », « 1 essai »)."""
    return f"{n} {one if n <= 1 else many}"


def found(hits: int, total: int, what: tuple[str, str, str, str]) -> tuple[str, str]:
    """How many of the right picks the learner found, or nothing when none.

    `what` is (French singular, French plural, English singular, English
    plural), with the French singular including its article: ("bonne
    réponse", "bonnes réponses", "right answer", "right answers").
    """
    fr_one, fr_many, en_one, en_many = what
    if hits == 0:
        return "", ""
    if total == 1:
        return f"Vous avez trouvé la {fr_one}.", f"You found the {en_one}."
    return (
        f"Vous avez trouvé {pluriel(hits, fr_one, fr_many)} sur {total}.",
        f"You found {hits} of the {total} {en_many}.",
    )


def tally(good: int, total: int, what: tuple[str, str, str, str]) -> tuple[str, str]:
    """How many parts (feminine in French: case, paire) are right out of how many."""
    fr_one, fr_many, en_one, en_many = what
    if good == 0:
        return f"Aucune {fr_one} n’est juste.", f"No {en_one} is right."
    return (
        f"{pluriel(good, fr_one + ' juste', fr_many + ' justes')} sur {total}.",
        f"{good} of {total} {en_many if total > 1 else en_one} right.",
    )


RIGHT_FR = "Bonne réponse."
RIGHT_EN = "Right answer."
NO_ANSWER_FR = "Pas de réponse."
NO_ANSWER_EN = "No answer."

TRUEFALSE_LABEL_FR = {True: "Vrai", False: "Faux", NOT_GIVEN: "Non mentionné"}
TRUEFALSE_LABEL_EN = {True: "True", False: "False", NOT_GIVEN: "Not given"}
TRUEFALSE_TEXT_FR = {
    True: "le texte le dit",
    False: "le texte dit le contraire",
    NOT_GIVEN: "le texte n’en parle pas",
}
TRUEFALSE_TEXT_EN = {
    True: "the text says so",
    False: "the text says the opposite",
    NOT_GIVEN: "the text does not say",
}


def truefalse_label(answer: TrueFalseAnswer, lang: str = "fr") -> str:
    """The learner's button label for an answer: Vrai / Faux / Non mentionné."""
    return (TRUEFALSE_LABEL_FR if lang == "fr" else TRUEFALSE_LABEL_EN)[answer]


def spelling_note(match: TypedMatch) -> tuple[str, str]:
    """The note that shows the right spelling when only the spelling was off."""
    fr_word, en_word = q_fr(match.expected), q_en(match.expected)
    if match.kind is MatchKind.ACCENT:
        return (
            fr("Attention aux accents : on écrit {w}.", w=fr_word),
            f"Mind the accents: it is spelled {en_word}.",
        )
    if match.kind is MatchKind.HYPHEN:
        return (
            fr("Attention au trait d’union : on écrit {w}.", w=fr_word),
            f"Mind the hyphen: it is spelled {en_word}.",
        )
    if match.kind is MatchKind.SLIP:
        return (
            fr("Attention à l’orthographe : on écrit {w}.", w=fr_word),
            f"Mind the spelling: it is spelled {en_word}.",
        )
    return "", ""


def slip_verdict(credit_full: bool, credit_zero: bool, typed: str = "") -> tuple[str, str]:
    """What a one-letter slip earns, in words, naming the slip that was typed."""
    said_fr = fr(" : {t}", t=q_fr(typed)) if typed else ""
    said_en = f": {q_en(typed)}" if typed else ""
    if credit_full:
        return (
            fr("Bonne réponse, acceptée avec une faute d’orthographe{s}.", s=said_fr),
            f"Right answer, accepted with a spelling slip{said_en}.",
        )
    if credit_zero:
        return (
            fr("Presque, mais l’orthographe compte ici : pas de point."),
            "Almost, but spelling counts here: no points.",
        )
    return (
        fr("Presque : acceptée avec une faute d’orthographe{s}, la moitié des points.", s=said_fr),
        f"Almost: accepted with a spelling slip{said_en}, half the points.",
    )


def english_slip(typed: str, expected: str) -> tuple[str, str, str]:
    """(feedback fr, feedback en, retry en) for an English word typed for a French one."""
    return (
        fr("{t} est le mot anglais : en français, on écrit {a}.", t=q_fr(typed), a=q_fr(expected)),
        f"{q_en(typed)} is the English word; in French it is {q_en(expected)}.",
        "That is the English word: look for the French one.",
    )


def try_again(attempts_left: int) -> tuple[str, str]:
    """The invitation to retry, with what is left."""
    return (
        fr(
            "Essayez encore : il vous reste {n}.",
            n=pluriel(attempts_left, "essai", "essais"),
        ),
        f"Try again: {plural(attempts_left, 'try', 'tries')} left.",
    )
