"""Typed answers: `short` (a field) and `cloze` (the sentence with fields or word slots).

Both come with the accent keys (`accent_keys`), since many learners type on
keyboards without French accents.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QMouseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.model import ClozeQuestion, Grade, ShortQuestion
from quizapp.gui.quiz import look, short_hint
from quizapp.gui.quiz.accent_keys import NBSP as NBSP  # the tests' no-break space
from quizapp.gui.quiz.accent_keys import AccentPalette
from quizapp.gui.quiz.answer_base import AnswerWidget, plain_label, set_mark
from quizapp.gui.quiz.buttons import Flow, set_prop
from quizapp.gui.quiz.slot_filler import SlotFiller
from quizapp.gui.quiz.word_bank import Slot, WordBank
from quizapp.gui.window.theme import Theme

ELISIONS = ("’", "'")  # « j’ » touches its blank


class AnswerField(QLineEdit):
    """A line edit that tells the palette it is the one being typed in."""

    focused = Signal(object)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self.focused.emit(self)


class ShortAnswer(AnswerWidget):
    """`short`: one field; Enter checks."""

    def __init__(self, question: ShortQuestion, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.short = question
        self.field = AnswerField(self)
        self.field.setClearButtonEnabled(True)
        self.palette_row = AccentPalette(self)
        self.palette_row.attach(self.field)
        self.mark = QLabel(self)
        self.mark.hide()  # until a verdict: the field reaches the column's right edge
        self.accepted = plain_label("", self)  # the accepted answer, under the field
        self.accepted.hide()
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.mark)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.accepted)
        layout.addWidget(self.palette_row)
        self.field.textChanged.connect(lambda _t: self.changed.emit())
        self.retranslate_ui()

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        self.palette_row.set_theme(theme)

    def retranslate_ui(self) -> None:
        self.field.setPlaceholderText(short_hint.placeholder(self.short))
        self.field.setAccessibleName(self.tr("Your answer"))

    def inputs(self) -> list[QWidget]:
        return [self.field]

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        self.palette_row.setVisible(not locked)

    def response(self) -> Any | None:
        text = self.field.text()
        return text if text.strip() else None

    def set_response(self, response: Any) -> None:
        self.field.setText(response or "")

    def reveal(self, grade: Grade | None) -> None:
        """✓/✗ beside the field, and the accepted answer under it."""
        self.grade = grade
        set_mark(self.mark, None if grade is None else grade.correct, self.theme)
        self.mark.setVisible(grade is not None)
        kind = None
        if grade is not None:
            kind = "right" if grade.correct else ("partly" if grade.score > 0 else "wrong")
        self.field.setStyleSheet(look.locked_field(self.theme, kind))
        answer = self.short.answers[0] if self.short.answers else ""
        self.accepted.setText(self.tr("Accepted answer: %1").replace("%1", answer))
        self.accepted.setStyleSheet(look.tinted(self.theme, "right"))
        self.accepted.setVisible(grade is not None and bool(answer))


class ClozeAnswer(AnswerWidget):
    """`cloze`: the sentence, wrapping like text, with a field or a word slot per blank.

    A word bank shows `choices` as tappable chips under the sentence, in `bank`
    order (the session's shuffle), never the file's, where the right word
    would come first.
    """

    def __init__(
        self,
        question: ClozeQuestion,
        bank: tuple[int, ...] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(question, parent)
        self.cloze = question
        choices = question.choices or ()
        self.bank = [choices[i] for i in (bank if bank is not None else range(len(choices)))]
        self.sentence = QWidget(self)
        space = self.fontMetrics().horizontalAdvance(" ")
        flow = Flow(self.sentence, spacing=max(space, 3), line_spacing=space * 2)  # `set_theme`
        self.flow = flow
        self.glued: list[QHBoxLayout] = []  # « j’ » + blank + « , »: a thin gap inside
        self.fields: list[QLineEdit | Slot] = []
        self.marks: list[QLabel] = []
        self.fixes: list[QLabel] = []
        self.palette_row: AccentPalette | None = None
        self.word_bank: WordBank | None = None
        self.filler: SlotFiller | None = None
        if question.choices is None:
            self.palette_row = AccentPalette(self)
        for group in _groups(question.segments, len(question.blanks)):
            pieces: list[QWidget] = []
            for kind, value in group:
                if kind == "blank":
                    mark = QLabel(self.sentence)
                    mark.setContentsMargins(3, 0, 0, 0)
                    mark.hide()
                    fix = QLabel(self.sentence)  # the right word, beside a wrong one
                    fix.setTextFormat(Qt.TextFormat.PlainText)
                    fix.hide()
                    self.marks.append(mark)
                    self.fixes.append(fix)
                    pieces += [self._blank(int(value)), mark, fix]
                else:
                    label = QLabel(self.sentence)
                    label.setTextFormat(Qt.TextFormat.PlainText)
                    label.setText(str(value))
                    pieces.append(label)
            if len(pieces) == 1 or (group[0][0] == "blank" and len(group) == 1):
                for piece in pieces:
                    flow.addWidget(piece)
                continue
            glued = QWidget(self.sentence)  # « l’ » + blank + « , » wrap as one word
            row = QHBoxLayout(glued)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(max(2, round(space / 2)))
            self.glued.append(row)
            elided: QHBoxLayout | None = None  # « j’ » and its blank: no gap at all
            for piece in pieces:
                piece.setParent(glued)
                if elided is not None and piece in self.fields:
                    elided.addWidget(piece)
                elif isinstance(piece, QLabel) and piece.text().endswith(ELISIONS):
                    elided = QHBoxLayout()
                    elided.setSpacing(0)
                    elided.addWidget(piece)
                    row.addLayout(elided)
                    continue
                else:
                    row.addWidget(piece)
                elided = None
            flow.addWidget(glued)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sentence)
        if self.palette_row is not None:
            layout.addWidget(self.palette_row)
        if question.choices is not None:
            self.word_bank = WordBank(self.bank, self)
            layout.addWidget(self.word_bank)
            slots = [f for f in self.fields if isinstance(f, Slot)]
            copies = {w: max(1, sum(w in a for a in question.blanks)) for w in self.bank}
            self.filler = SlotFiller(slots, self.word_bank, self._slot_name, self, copies)
            self.filler.changed.connect(self.changed)
        self.retranslate_ui()

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        font = QFont(self.font())
        font.setPixelSize(theme.px("option"))  # the sentence's size (look.option)
        space = QFontMetrics(font).horizontalAdvance(" ")
        self.flow.set_gaps(max(space, 3), space * 2)  # a word space between words and blanks
        for row in self.glued:
            row.setSpacing(max(2, round(space / 2)))  # « j’ » and its blank: a thin gap
        if self.word_bank is not None:
            self.word_bank.set_theme(theme)
        if self.palette_row is not None:
            self.palette_row.set_theme(theme)

    def _slot_name(self, number: int, value: str) -> str:
        if value:
            return self.tr("Blank %1: %2").replace("%1", str(number)).replace("%2", value)
        return self.tr("Blank %1: empty").replace("%1", str(number))

    def _blank(self, index: int) -> QWidget:
        if self.cloze.choices is not None:
            slot = Slot(self.sentence)
            self.fields.append(slot)  # a pill in the sentence (stylesheet_quiz)
            return slot
        field = AnswerField(self.sentence)
        longest = max((len(a) for a in self.cloze.blanks[index]), default=6)
        width = field.fontMetrics().horizontalAdvance("m" * max(6, min(longest + 2, 18)))
        field.setMinimumWidth(width)
        field.setMaximumWidth(width)
        field.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        field.setProperty("blank", "empty")
        field.setPlaceholderText("…")  # a place to type, not a grey hole
        field.textChanged.connect(lambda t, f=field: self._filled(f, bool(t.strip())))
        field.focused.connect(self._field_focused)
        if index == 0 and self.palette_row is not None:
            self.palette_row.attach(field)
        self.fields.append(field)
        return field

    def _filled(self, field: QWidget, filled: bool) -> None:
        set_prop(field, "blank", "filled" if filled else "empty")
        self.changed.emit()

    def _field_focused(self, field: QLineEdit) -> None:
        if self.palette_row is not None:
            self.palette_row.attach(field)

    def retranslate_ui(self) -> None:
        if self.filler is not None:
            self.filler.retranslate_ui()
            self.word_bank.setAccessibleName(self.tr("Word bank"))  # type: ignore[union-attr]
            return
        for number, field in enumerate(self.fields, start=1):
            field.setAccessibleName(self.tr("Blank %1").replace("%1", str(number)))

    def inputs(self) -> list[QWidget]:
        chips = self.word_bank.chips if self.word_bank is not None else []
        return [*self.fields, *chips]

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        if self.palette_row is not None:
            self.palette_row.setVisible(not locked)
        if self.filler is not None:
            if locked:
                self.filler.lock()
            else:
                self.filler.set_values(self.filler.values())

    def pick_number(self, number: int) -> bool:
        """Keys 1–9 tap the n-th word of the bank."""
        return self.filler is not None and self.filler.pick(number)

    def texts(self) -> list[str]:
        if self.filler is not None:
            return self.filler.values()
        return [field.text() for field in self.fields if isinstance(field, QLineEdit)]

    def response(self) -> Any | None:
        texts = self.texts()
        return texts if any(t.strip() for t in texts) else None

    def set_response(self, response: Any) -> None:
        values = list(response or [""] * len(self.fields))
        if self.filler is not None:
            self.filler.set_values([v if v in self.bank else "" for v in values])
            self.changed.emit()
            return
        for field, value in zip(self.fields, values, strict=False):
            if isinstance(field, QLineEdit):
                field.setText(value or "")

    def reveal(self, grade: Grade | None) -> None:
        """Each blank marked ✓/✗, the right word beside a wrong one."""
        self.grade = grade
        parts = grade.parts if grade is not None else ()
        for index, (mark, fix) in enumerate(zip(self.marks, self.fixes, strict=True)):
            value = parts[index] if index < len(parts) else None
            alts = self.cloze.blanks[index] if index < len(self.cloze.blanks) else ()
            set_mark(mark, value, self.theme)
            mark.setVisible(value is not None)
            kind = None if value is None else ("right" if value else "wrong")
            field = self.fields[index]
            if isinstance(field, Slot):  # its look from the app's rules (stylesheet_quiz)
                set_prop(field, "verdict", kind or "none")
            else:
                field.setStyleSheet(look.locked_field(self.theme, kind))
            fix.setText(alts[0] if alts else "")
            fix.setStyleSheet(look.tinted(self.theme, "right"))
            fix.setAccessibleName(self.tr("Right answer: %1").replace("%1", fix.text()))
            fix.setVisible(value is False and bool(fix.text()))
        self.sentence.updateGeometry()


def _words(segment: str) -> list[str]:
    """A fixed segment cut into words that keep their punctuation, for wrapping."""
    return segment.split()


def _groups(segments: tuple[str, ...], blanks: int) -> list[list[tuple[str, str | int]]]:
    """Words and blanks in reading order, grouped where no space separates them.

    « d’[Ukraine], » gives one group (d’, blank, ","), so an elided article or a
    comma never wraps away from its blank.
    """
    groups: list[list[tuple[str, str | int]]] = []
    glue = False  # whether the next token sticks to the previous one
    for index, segment in enumerate(segments):
        words = _words(segment)
        for position, word in enumerate(words):
            sticks = glue and position == 0 and not segment[:1].isspace()
            if sticks and groups:
                groups[-1].append(("word", word))
            else:
                groups.append([("word", word)])
        if index < blanks:
            sticks = bool(words) and not segment[-1:].isspace()
            if index > 0 and not segment.strip():
                sticks = False  # two blanks side by side keep apart
            if sticks and groups:
                groups[-1].append(("blank", index))
            else:
                groups.append([("blank", index)])
            glue = True
        else:
            glue = False
    return groups
