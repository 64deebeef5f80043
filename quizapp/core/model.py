"""The article model: what a teacher's YAML file means once it is validated.

Everything here is frozen, so the window, the grader and the progress store
can share one article without defensive copies. Grading and glossing live in
their own rooms (`core/grading`, `core/gloss`), which import this module and
hand their work back through `Services` when they are imported: the model's
thin methods (`q.grade`, `article.gloss`) call them without importing them,
so every arrow points into the model and loading a bank never pays for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal

if TYPE_CHECKING:  # pragma: no cover - typing only
    from collections.abc import Callable

    from quizapp.core.gloss.index import GlossHit, GlossIndex

FORMAT_VERSION = 1


class Services:
    """The work the model's methods hand on, set by the room that does it on import.

    `quizapp.core.grading` sets `grade`, `quizapp.core.gloss` sets
    `gloss_index`; the bank's loader, which hands out articles, imports both.
    """

    grade: ClassVar[Callable[[Question, Any], Grade] | None] = None
    gloss_index: ClassVar[Callable[[Article], GlossIndex] | None] = None


def _service(name: str, room: str) -> Any:
    provider = getattr(Services, name)
    if provider is None:
        raise RuntimeError(f"{name} is provided by {room}: import it first")
    return provider


class Level(StrEnum):
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"
    C2 = "C2"


class QuestionType(StrEnum):
    CHOICE = "choice"
    MULTI = "multi"
    TRUEFALSE = "truefalse"
    SHORT = "short"
    CLOZE = "cloze"
    MATCH = "match"
    ORDER = "order"
    LOCATE = "locate"


class Accents(StrEnum):
    STRICT = "strict"
    LENIENT = "lenient"


class Typos(StrEnum):
    STRICT = "strict"
    HALF = "half"
    ACCEPT = "accept"


class GlossMatch(StrEnum):
    LEMMA = "lemma"
    EXACT = "exact"


NOT_GIVEN: Literal["not_given"] = "not_given"
TrueFalseAnswer = bool | Literal["not_given"]


@dataclass(frozen=True)
class Settings:
    """Scoring settings of one article; the defaults are the format's."""

    attempts: int = 2
    retry_penalty: float = 0.5
    hint_penalty: float = 0.25
    shuffle: bool = True
    accents: Accents = Accents.LENIENT
    typos: Typos = Typos.HALF


DEFAULT_SETTINGS = Settings()


@dataclass(frozen=True)
class Sentence:
    id: str
    fr: str
    en: str
    paragraph: str | None = None
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class GlossEntry:
    fr: str
    en: str
    note: str | None = None
    forms: tuple[str, ...] = ()
    match: GlossMatch = GlossMatch.LEMMA
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Grade:
    """The result of grading one response, before any quiz penalty.

    `feedback` is French and `feedback_en` its English version; `parts` says,
    for questions made of parts (blanks, pairs, items, options, sentences),
    which parts the learner got right, in the file's order.
    """

    score: float
    points: float
    correct: bool
    feedback: str
    feedback_en: str = ""
    parts: tuple[bool, ...] = ()
    note: str = ""
    note_en: str = ""


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool = False
    text_en: str | None = None
    feedback: str | None = None
    feedback_en: str | None = None
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Pair:
    left: str
    right: str
    line: int = field(default=0, compare=False)


@dataclass(frozen=True, kw_only=True)
class Question:
    """Keys common to every question type.

    `settings` is the article's, carried by each question so that
    `question.grade(response)` needs nothing else.
    """

    type: ClassVar[QuestionType]

    id: str
    prompt: str
    sentences: tuple[str, ...]
    points: float = 1.0
    prompt_en: str | None = None
    hint: str | None = None
    hint_en: str | None = None
    explanation: str | None = None
    explanation_en: str | None = None
    settings: Settings = DEFAULT_SETTINGS
    line: int = field(default=0, compare=False)

    def grade(self, response: Any) -> Grade:
        """Grade one response (see the format page for its shape per type)."""
        return _service("grade", "quizapp.core.grading")(self, response)


@dataclass(frozen=True, kw_only=True)
class ChoiceQuestion(Question):
    type: ClassVar[QuestionType] = QuestionType.CHOICE
    options: tuple[Option, ...]
    shuffle: bool | None = None

    @property
    def shuffled(self) -> bool:
        return self.settings.shuffle if self.shuffle is None else self.shuffle


@dataclass(frozen=True, kw_only=True)
class MultiQuestion(ChoiceQuestion):
    type: ClassVar[QuestionType] = QuestionType.MULTI


@dataclass(frozen=True, kw_only=True)
class TrueFalseQuestion(Question):
    type: ClassVar[QuestionType] = QuestionType.TRUEFALSE
    answer: TrueFalseAnswer
    not_given: bool = False

    @property
    def offers_not_given(self) -> bool:
        """Whether « Non mentionné » is one of the learner's choices."""
        return self.not_given or self.answer == NOT_GIVEN


@dataclass(frozen=True, kw_only=True)
class ShortQuestion(Question):
    type: ClassVar[QuestionType] = QuestionType.SHORT
    answers: tuple[str, ...]


CLOZE_BLANK = re.compile(r"\[([^\[\]]*)\]")


def parse_cloze(text: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Split a cloze text into its fixed segments and its blanks' answers.

    Returns (segments, blanks) with len(segments) == len(blanks) + 1, so the
    sentence reads segments[0] blank0 segments[1] blank1 ... segments[-1].
    """
    segments: list[str] = []
    blanks: list[tuple[str, ...]] = []
    pos = 0
    for m in CLOZE_BLANK.finditer(text):
        segments.append(text[pos : m.start()])
        blanks.append(tuple(alt.strip() for alt in m.group(1).split("|")))
        pos = m.end()
    segments.append(text[pos:])
    return tuple(segments), tuple(blanks)


@dataclass(frozen=True, kw_only=True)
class ClozeQuestion(Question):
    type: ClassVar[QuestionType] = QuestionType.CLOZE
    text: str
    choices: tuple[str, ...] | None = None

    @cached_property
    def _parsed(self) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
        return parse_cloze(self.text)

    @property
    def segments(self) -> tuple[str, ...]:
        """The text around the blanks (one more than there are blanks)."""
        return self._parsed[0]

    @property
    def blanks(self) -> tuple[tuple[str, ...], ...]:
        """Each blank's accepted answers, the first being the one to show."""
        return self._parsed[1]


@dataclass(frozen=True, kw_only=True)
class MatchQuestion(Question):
    type: ClassVar[QuestionType] = QuestionType.MATCH
    pairs: tuple[Pair, ...]
    shuffle: bool | None = None

    @property
    def shuffled(self) -> bool:
        return self.settings.shuffle if self.shuffle is None else self.shuffle


@dataclass(frozen=True, kw_only=True)
class OrderQuestion(Question):
    type: ClassVar[QuestionType] = QuestionType.ORDER
    items: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class LocateQuestion(Question):
    type: ClassVar[QuestionType] = QuestionType.LOCATE


QUESTION_CLASSES: dict[QuestionType, type[Question]] = {
    cls.type: cls
    for cls in (
        ChoiceQuestion,
        MultiQuestion,
        TrueFalseQuestion,
        ShortQuestion,
        ClozeQuestion,
        MatchQuestion,
        OrderQuestion,
        LocateQuestion,
    )
}


@dataclass(frozen=True, kw_only=True)
class Article:
    id: str
    title: str
    level: Level
    sentences: tuple[Sentence, ...]
    questions: tuple[Question, ...]
    title_en: str | None = None
    tags: tuple[str, ...] = ()
    source: str | None = None
    settings: Settings = DEFAULT_SETTINGS
    glossary: tuple[GlossEntry, ...] = ()
    format: int = FORMAT_VERSION
    path: Path | None = field(default=None, compare=False)
    content_hash: str = field(default="", compare=False)

    @cached_property
    def _sentence_by_id(self) -> dict[str, Sentence]:
        return {s.id: s for s in self.sentences}

    @cached_property
    def _question_by_id(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}

    def sentence(self, sentence_id: str) -> Sentence:
        """The sentence with that id; KeyError names it when there is none."""
        try:
            return self._sentence_by_id[sentence_id]
        except KeyError:
            raise KeyError(f"article {self.id!r} has no sentence {sentence_id!r}") from None

    def question(self, question_id: str) -> Question:
        """The question with that id; KeyError names it when there is none."""
        try:
            return self._question_by_id[question_id]
        except KeyError:
            raise KeyError(f"article {self.id!r} has no question {question_id!r}") from None

    @cached_property
    def paragraphs(self) -> tuple[tuple[Sentence, ...], ...]:
        """Consecutive sentences sharing a `paragraph` label; unlabelled ones stand alone."""
        out: list[list[Sentence]] = []
        previous: str | None = None
        for s in self.sentences:
            if out and s.paragraph is not None and s.paragraph == previous:
                out[-1].append(s)
            else:
                out.append([s])
            previous = s.paragraph
        return tuple(tuple(p) for p in out)

    @property
    def total_points(self) -> float:
        return sum(q.points for q in self.questions)

    @cached_property
    def gloss_index(self) -> GlossIndex:
        """The lemma index of the glossary over this passage, built on first use."""
        return _service("gloss_index", "quizapp.core.gloss")(self)

    def gloss(self, sentence_id: str, word: str) -> GlossEntry | None:
        """The glossary entry for that word of that sentence, or None."""
        return self.gloss_index.gloss(sentence_id, word)

    def gloss_at(self, sentence_id: str, offset: int) -> GlossHit | None:
        """The entry glossing the character at `offset` of that sentence, with its span."""
        return self.gloss_index.gloss_at(sentence_id, offset)
