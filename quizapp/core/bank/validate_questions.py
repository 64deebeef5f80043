"""The format's rules for the quiz: each of the eight question types."""

from __future__ import annotations

from typing import Any

from quizapp.core.bank.limits import MAX_BLANKS
from quizapp.core.bank.validate_limits import at_most, short_enough, typed_answer
from quizapp.core.bank.validate_values import Fields, Reader, closest
from quizapp.core.bank.wordbank import choice_twin, difference
from quizapp.core.bank.yamlsafe import Mapping, Node, Scalar
from quizapp.core.model import (
    CLOZE_BLANK,
    NOT_GIVEN,
    QUESTION_CLASSES,
    Option,
    Pair,
    Question,
    QuestionType,
    Settings,
)

COMMON_KEYS = (
    "id",
    "type",
    "prompt",
    "prompt_en",
    "sentences",
    "points",
    "hint",
    "hint_en",
    "explanation",
    "explanation_en",
)
TYPE_KEYS: dict[QuestionType, tuple[str, ...]] = {
    QuestionType.CHOICE: ("options", "shuffle"),
    QuestionType.MULTI: ("options", "shuffle"),
    QuestionType.TRUEFALSE: ("answer", "not_given"),
    QuestionType.SHORT: ("answers",),
    QuestionType.CLOZE: ("text", "choices"),
    QuestionType.MATCH: ("pairs", "shuffle"),
    QuestionType.ORDER: ("items",),
    QuestionType.LOCATE: (),
}
ALL_TYPE_KEYS = tuple(dict.fromkeys(k for keys in TYPE_KEYS.values() for k in keys))
TYPE_NAMES = tuple(t.value for t in QuestionType)
OPTION_KEYS = ("text", "text_en", "correct", "feedback", "feedback_en")
PAIR_KEYS = ("left", "right")
OPTIONAL_TEXTS = ("prompt_en", "hint", "hint_en", "explanation", "explanation_en")


def read_questions(
    reader: Reader, node: Node, settings: Settings, sentence_ids: dict[str, Node]
) -> list[Question]:
    items = reader.entries("questions", node, 1, ("question", "question"))
    if items is None:
        return []
    ids: dict[str, Node] = {}
    out: list[Question] = []
    what = ("each question", "chaque question")
    hint = (
        ": write `- id: q1` then `type:`, `prompt:` and `sentences:` below it",
        " : écrivez « - id: q1 » puis « type: », « prompt: » et « sentences: » en dessous",
    )
    for item in items:
        if not reader.mapping(item, what, hint):
            continue
        assert isinstance(item, Mapping)
        question = _read_question(reader, item, settings, sentence_ids, ids)
        if question is not None:
            out.append(question)
    return out


def _read_question(
    reader: Reader,
    item: Mapping,
    settings: Settings,
    sentence_ids: dict[str, Node],
    ids: dict[str, Node],
) -> Question | None:
    # Only this question's problems are looked at afterwards: summing all of them
    # once per question made `check` quadratic in the number of problems.
    first_problem = len(reader.problems)
    qtype: QuestionType | None = None
    type_node = next((v for k, v in item.pairs if k.value == "type"), None)
    if type_node is not None:
        value = reader.choice("type", type_node, TYPE_NAMES)
        qtype = QuestionType(value) if value else None
    allowed = COMMON_KEYS + (TYPE_KEYS[qtype] if qtype else ALL_TYPE_KEYS)
    others = [k for k in ALL_TYPE_KEYS if k not in allowed]
    f = reader.fields(item, allowed, other_keys=others, type_name=qtype or "")
    if type_node is None:
        names = ", ".join(TYPE_NAMES)
        reader.require(item, f, "type", (": one of " + names, " : l’un de " + names))
    values: dict[str, Any] = {"settings": settings, "line": item.line}
    if reader.require(item, f, "id"):
        id_node = f["id"][1]
        qid = reader.text("id", id_node, prose=False)
        if qid is not None and qid in ids:
            reader.error(
                id_node,
                "duplicate_id",
                what_en="question",
                what_fr="question",
                value=qid,
                first=ids[qid].line,
            )
        elif qid is not None:
            ids[qid] = id_node
        values["id"] = qid
    if reader.require(item, f, "prompt"):
        values["prompt"] = reader.text("prompt", f["prompt"][1])
    for key in OPTIONAL_TEXTS:
        if key in f:
            values[key] = reader.text(key, f[key][1], required=False)
    if reader.require(
        item,
        f,
        "sentences",
        (
            ": the ids of the sentences that hold the answer",
            " : les id des phrases qui contiennent la réponse",
        ),
    ):
        values["sentences"] = _evidence(reader, f["sentences"][1], sentence_ids)
    if "points" in f:
        values["points"] = reader.points("points", f["points"][1])
    if qtype is not None:
        values.update(_TYPE_READERS[qtype](reader, item, f, qtype))
    mine = reader.problems[first_problem:]
    if qtype is None or any(p.is_error for p in mine):
        return None
    return QUESTION_CLASSES[qtype](**values)


def _evidence(reader: Reader, node: Node, sentence_ids: dict[str, Node]) -> tuple[str, ...]:
    noun = ("sentence id", "id de phrase")
    found = reader.text_list("sentences", node, minimum=1, noun=noun, prose=False)
    if not found:
        return ()
    for sid, sid_node in found:
        if sentence_ids and sid not in sentence_ids:
            near = closest(sid, sentence_ids)
            if near:
                hint = (f"; did you mean `{near}`?", f" ; vouliez-vous dire « {near} » ?")
            else:
                known = ", ".join(sentence_ids)
                hint = (f" (its sentences are: {known})", f" (ses phrases sont : {known})")
            reader.error(sid_node, "unknown_sentence", value=sid, hint=hint)
    return tuple(sid for sid, _ in found)


def _bool_key(reader: Reader, f: Fields, key: str) -> dict[str, Any]:
    if key in f:
        value = reader.boolean(key, f[key][1])
        if value is not None:
            return {key: value}
    return {}


def _options(reader: Reader, item: Mapping, f: Fields, qtype: QuestionType) -> dict[str, Any]:
    out = _bool_key(reader, f, "shuffle")
    if not reader.require(item, f, "options"):
        return out
    node = f["options"][1]
    items = reader.entries("options", node, 2, ("options", "options"))
    if items is None or not at_most(reader, "options", node, len(items), ("options", "options")):
        return out
    options: list[Option] = []
    correct: list[Node] = []
    texts: list[tuple[str, Node]] = []
    unknown_correct = False
    what = ("each option", "chaque option")
    hint = (
        ": write `- text: …` (and `correct: true` on the right one)",
        " : écrivez « - text: … » (et « correct: true » sur la bonne)",
    )
    for option in items:
        if not reader.mapping(option, what, hint):
            continue
        assert isinstance(option, Mapping)
        of = reader.fields(option, OPTION_KEYS)
        text = None
        if reader.require(option, of, "text"):
            text = reader.text("text", of["text"][1])
            if text is not None and not short_enough(reader, "text", text, of["text"][1]):
                text = None
        extra = {
            k: reader.text(k, of[k][1], required=False)
            for k in ("text_en", "feedback", "feedback_en")
            if k in of
        }
        flag = reader.boolean("correct", of["correct"][1]) if "correct" in of else False
        unknown_correct = unknown_correct or flag is None
        is_correct = bool(flag)
        if is_correct:
            correct.append(option)
        if text is not None:
            texts.append((text, of["text"][1]))
            options.append(Option(text, is_correct, line=option.line, **extra))
    seen: dict[str, Node] = {}
    for text, text_node in texts:
        norm = " ".join(text.split()).casefold()
        if norm in seen:
            reader.warning(text_node, "duplicate_option", value=text, first=seen[norm].line)
        else:
            seen[norm] = text_node
    if (options or correct) and not unknown_correct:
        if not correct:
            code = "choice_no_correct" if qtype is QuestionType.CHOICE else "multi_no_correct"
            reader.error(node, code)
        elif qtype is QuestionType.CHOICE and len(correct) > 1:
            lines = ", ".join(str(n.line) for n in correct)
            reader.error(correct[1], "choice_many_correct", count=len(correct), lines=lines)
    out["options"] = tuple(options)
    return out


def _truefalse(reader: Reader, item: Mapping, f: Fields, qtype: QuestionType) -> dict[str, Any]:
    out = _bool_key(reader, f, "not_given")
    if not reader.require(
        item, f, "answer", (": true, false or not_given", " : true, false ou not_given")
    ):
        return out
    node = f["answer"][1]
    word = node.value.strip().lower() if isinstance(node, Scalar) else ""
    if word == NOT_GIVEN:
        out["answer"] = NOT_GIVEN
    elif word in ("true", "false", "yes", "no"):
        value = reader.boolean("answer", node)
        if value is not None:
            out["answer"] = value
    else:
        reader.error(
            node, "truefalse_answer", value=node.value if isinstance(node, Scalar) else "…"
        )
    return out


def _short(reader: Reader, item: Mapping, f: Fields, qtype: QuestionType) -> dict[str, Any]:
    if not reader.require(item, f, "answers"):
        return {}
    found = reader.text_list("answers", f["answers"][1], minimum=1, noun=("answer", "réponse"))
    for value, node in found or ():
        typed_answer(reader, "answers", value, node)
    return {"answers": tuple(v for v, _ in found or ())}


def _cloze(reader: Reader, item: Mapping, f: Fields, qtype: QuestionType) -> dict[str, Any]:
    out: dict[str, Any] = {}
    blanks: list[list[str]] = []
    if reader.require(item, f, "text", (": the sentence with [blanks]", " : la phrase à [trous]")):
        node = f["text"][1]
        text = reader.text("text", node)
        if text is not None:
            out["text"] = text
            blanks = _cloze_blanks(reader, node, text, typed="choices" not in f)
    if "choices" in f:
        node = f["choices"][1]
        choices = reader.text_list("choices", node, minimum=2, noun=("choices", "choix"))
        noun = ("choices", "choix")
        if choices is not None and not at_most(reader, "choices", node, len(choices), noun):
            choices = None
        if choices is not None and not all(short_enough(reader, "choices", *c) for c in choices):
            choices = None
        if choices is not None:
            reader.unique("choices", choices)
            words = {v.strip() for v, _ in choices}
            for alternatives in blanks:
                if any(a in words for a in alternatives):
                    continue
                twin = choice_twin(alternatives[0], choices)
                if twin is not None:
                    what = difference(alternatives[0], twin[0].strip())
                    reader.error(
                        twin[1],
                        "cloze_choice_differs",
                        blank="|".join(alternatives),
                        answer=alternatives[0],
                        choice=twin[0].strip(),
                        what_en=what[0],
                        what_fr=what[1],
                    )
                    continue
                reader.error(
                    node,
                    "cloze_not_in_choices",
                    blank="|".join(alternatives),
                    answer=alternatives[0],
                )
            out["choices"] = tuple(v for v, _ in choices)
    return out


def _cloze_blanks(reader: Reader, node: Node, text: str, typed: bool) -> list[list[str]]:
    blanks: list[list[str]] = []
    count = sum(1 for _ in CLOZE_BLANK.finditer(text))
    if not at_most(reader, "text", node, count, ("blanks", "trous"), MAX_BLANKS):
        return blanks
    check = typed_answer if typed else short_enough
    for m in CLOZE_BLANK.finditer(text):
        alternatives = [a.strip() for a in m.group(1).split("|")]
        if not all(alternatives):
            reader.error(node, "cloze_empty_blank", blank=m.group())
        elif all([check(reader, "text", a, node) for a in alternatives]):
            blanks.append(alternatives)
    outside = CLOZE_BLANK.sub("", text)
    stray = next((c for c in outside if c in "[]|"), None)
    if stray is not None:
        reader.error(node, "cloze_stray", char=stray)
    elif not CLOZE_BLANK.search(text):
        reader.error(node, "cloze_no_blank")
    return blanks


def _match(reader: Reader, item: Mapping, f: Fields, qtype: QuestionType) -> dict[str, Any]:
    out = _bool_key(reader, f, "shuffle")
    if not reader.require(item, f, "pairs"):
        return out
    node = f["pairs"][1]
    items = reader.entries("pairs", node, 2, ("pairs", "paires"))
    if items is None or not at_most(reader, "pairs", node, len(items), ("pairs", "paires")):
        return out
    pairs: list[Pair] = []
    lefts: list[tuple[str, Node]] = []
    rights: list[tuple[str, Node]] = []
    what = ("each pair", "chaque paire")
    hint = (
        ": write `- left: …` then `right: …` below it",
        " : écrivez « - left: … » puis « right: … » en dessous",
    )
    for pair in items:
        if not reader.mapping(pair, what, hint):
            continue
        assert isinstance(pair, Mapping)
        pf = reader.fields(pair, PAIR_KEYS)
        left = right = None
        if reader.require(pair, pf, "left"):
            left = reader.text("left", pf["left"][1])
            if left is not None and not short_enough(reader, "left", left, pf["left"][1]):
                left = None
        if reader.require(pair, pf, "right"):
            right = reader.text("right", pf["right"][1])
            if right is not None and not short_enough(reader, "right", right, pf["right"][1]):
                right = None
        if left is not None:
            lefts.append((left, pf["left"][1]))
        if right is not None:
            rights.append((right, pf["right"][1]))
        if left is not None and right is not None:
            pairs.append(Pair(left, right, line=pair.line))
    reader.unique("left", lefts)
    reader.unique("right", rights)
    out["pairs"] = tuple(pairs)
    return out


def _order(reader: Reader, item: Mapping, f: Fields, qtype: QuestionType) -> dict[str, Any]:
    if not reader.require(
        item, f, "items", (": the items in the right order", " : les éléments dans le bon ordre")
    ):
        return {}
    node = f["items"][1]
    found = reader.text_list("items", node, minimum=3, noun=("items", "éléments"))
    if found is None or not at_most(reader, "items", node, len(found), ("items", "éléments")):
        return {}
    if not all([short_enough(reader, "items", value, at) for value, at in found]):
        return {}
    reader.unique("items", found)
    return {"items": tuple(v for v, _ in found)}


def _locate(reader: Reader, item: Mapping, f: Fields, qtype: QuestionType) -> dict[str, Any]:
    return {}


_TYPE_READERS = {
    QuestionType.CHOICE: _options,
    QuestionType.MULTI: _options,
    QuestionType.TRUEFALSE: _truefalse,
    QuestionType.SHORT: _short,
    QuestionType.CLOZE: _cloze,
    QuestionType.MATCH: _match,
    QuestionType.ORDER: _order,
    QuestionType.LOCATE: _locate,
}
