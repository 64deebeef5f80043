"""Split plain French text into paragraphs and sentences, the way a reader would.

`quizapp new` uses this to turn a teacher's pasted article into `s1..sN`, so
the cut must match what a teacher would do by hand:

- a sentence ends at `.`, `!`, `?`, `…` or `...` (and runs like `?!`), with
  any closing quotes or brackets that follow, when whitespace and a sentence
  start (a capital, a digit, an opening quote or bracket, a dash) follow;
- never inside a quotation or a bracket that is closed within the paragraph:
  a quotation of several sentences stays whole, like the seed bank's author
  keeps it; a quotation left open (common when a quote runs over several
  paragraphs) protects nothing;
- not after an abbreviation (`M.`, `Mme`, `Dr.`, `cf.`, `av. J.-C.`, `p. 12`),
  an initial (`J. Dupont`), or an omission mark (`[…]`, `(...)`).

Joining a paragraph's sentences with single spaces gives the paragraph back:
every character is kept, only the whitespace between sentences is normalised.
"""

from __future__ import annotations

import re

TERMINALS = ".!?…"
# opener -> closer; straight quotes are paired by their position instead.
BRACKETS = {"«": "»", "“": "”", "‹": "›", "(": ")", "[": "]"}
CLOSERS = {closer: opener for opener, closer in BRACKETS.items()}
STRAIGHT = '"'
OPENING_PUNCT = set(BRACKETS) | {STRAIGHT, "„", "‘"}
DASHES = "-–—"

# Abbreviations after which a capital does not start a new sentence.
TITLES = frozenset({
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Pre",
    "Me", "Mgr", "St", "Ste", "Sts", "Stes", "Vve", "Jr", "Sr",
})  # fmt: skip
# Compared in lower case; never end a sentence.
ALWAYS = frozenset({
    "cf", "env", "av", "apr", "ca", "c.-à-d", "c-à-d", "ibid", "op", "cit", "éd", "ex",
    "resp", "approx", "janv", "févr", "avr", "juil", "oct", "nov", "déc", "boul", "bd",
    "réf", "coll", "qqch", "qqn", "vs", "sq", "sqq", "adj", "adv", "dép", "tél",
})  # fmt: skip
# Abbreviations only when a number follows (`art. 5`, but `l’art. Le public`).
BEFORE_NUMBER = frozenset({
    "art", "fig", "p", "pp", "chap", "vol", "t", "no", "n°", "nº", "tab", "ch", "ann", "éq",
    "sept",
})  # fmt: skip
# Single letters that abbreviate (siècle, suivant, voir, circa, folio); others,
# like the `h` of `à 20 h.`, may end a sentence.
LETTER_ABBREVIATIONS = frozenset({"s", "v", "c", "f"})


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of a plain text, each on one line.

    With blank lines in the text, paragraphs are separated by blank lines and a
    paragraph's own line breaks are joined with a space (hard-wrapped text);
    without any, each non-empty line is a paragraph.
    """
    lines = text.lstrip("\ufeff").splitlines()  # also \r, \u2028, \u2029 from word processors
    if any(not line.strip() for line in "\n".join(lines).strip().splitlines()):
        paragraphs, current = [], []
        for line in lines:
            if line.strip():
                current.append(line.strip())
            elif current:
                paragraphs.append(" ".join(current))
                current = []
        paragraphs.append(" ".join(current))
    else:
        paragraphs = [line.strip() for line in lines]
    return [p for p in paragraphs if p]


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, in order, each stripped."""
    text = paragraph.strip()
    if not text:
        return []
    closer_of = _pair_quotes(text)
    opener_of = {end: start for start, end in closer_of.items()}
    depth = [0] * (len(text) + 2)  # depth[i] > 0: a cut before text[i] is inside a quotation
    for start, end in closer_of.items():
        depth[start + 1] += 1
        depth[end + 1] -= 1
    for i in range(1, len(depth)):
        depth[i] += depth[i - 1]
    sentences: list[str] = []
    begin = 0
    for m in re.finditer(r"[.!?…]+", text):
        cut = m.end()
        # Closing quotes and brackets that belong to this sentence.
        while True:
            j = cut
            while j < len(text) and text[j] in " \u00a0\u202f":
                j += 1
            if j < len(text) and opener_of.get(j, len(text)) < m.start():
                cut = j + 1
                continue
            break
        nxt = cut
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt == cut or nxt >= len(text):
            continue  # no space after (3,5 / www.x.fr / 3.5) or the paragraph's end
        if depth[cut]:
            continue
        if not _starts_sentence(text, nxt):
            continue
        if _is_omission(text, m.start(), m.end()):
            continue
        before = text[max(begin, m.start() - 60) : m.start()]
        if m.group() == "." and _is_abbreviation(before, text[nxt : nxt + 12]):
            continue
        sentences.append(text[begin:cut])
        begin = nxt
    sentences.append(text[begin:])
    return sentences


def segment(text: str) -> list[list[str]]:
    """Paragraphs of sentences: the whole text as a reader would cut it."""
    return [split_sentences(p) for p in split_paragraphs(text)]


def _pair_quotes(text: str) -> dict[int, int]:
    """Index of each opening quote or bracket that is closed -> index of its closer."""
    stack: list[tuple[str, int]] = []
    pairs: dict[int, int] = {}
    for i, ch in enumerate(text):
        if ch in BRACKETS:
            stack.append((ch, i))
        elif ch in CLOSERS:
            opener = CLOSERS[ch]
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == opener:
                    pairs[stack[depth][1]] = i
                    del stack[depth:]  # inner quotes left open are dropped
                    break
        elif ch == STRAIGHT:
            before = text[i - 1] if i else " "
            opens = before.isspace() or before in OPENING_PUNCT or before in DASHES
            open_straight = [d for d, (o, _) in enumerate(stack) if o == STRAIGHT]
            if open_straight and not (opens and stack[-1][0] != STRAIGHT):
                depth = open_straight[-1]
                pairs[stack[depth][1]] = i
                del stack[depth:]
            elif opens:
                stack.append((STRAIGHT, i))
    return pairs


def _starts_sentence(text: str, i: int) -> bool:
    ch = text[i]
    return ch.isupper() or ch.isdigit() or ch in OPENING_PUNCT or ch in DASHES or ch == "¿"


def _is_omission(text: str, start: int, end: int) -> bool:
    """`[…]` or `(...)`: a cut in a quotation, not the end of a sentence."""
    return start > 0 and text[start - 1] in "[(" and end < len(text) and text[end] in "])"


def _is_abbreviation(before: str, after: str) -> bool:
    """Whether the `.` that ends `before` belongs to an abbreviation or an initial."""
    tokens = before.split()
    if not tokens:
        return False
    token = tokens[-1].lstrip("".join(OPENING_PUNCT))
    if not token or token[-1] in "»”›)]\"’'":
        return False  # `alliés”.`: a full stop after a quote ends the sentence
    token = re.split(r"[’']", token)[-1]  # l’art. -> art.
    if token in TITLES:
        return True
    low = token.lower()
    if low in ALWAYS:
        return True
    if low in BEFORE_NUMBER:
        return after[:1].isdigit() or bool(re.match(r"[IVXLC]+\b", after))
    if token == "J.-C":
        # `en 52 av. J.-C. César…`: after av./apr. it is an era and may end a sentence.
        previous = tokens[-2].lower().rstrip(".") if len(tokens) > 1 else ""
        return previous not in ("av", "apr")
    last = re.split(r"[.\-]", token)[-1]
    if len(last) == 1 and last.isalpha() and last.isupper():
        return True  # an initial: J. Dupont, J.-P. Sartre, U.S.A.
    return token in LETTER_ABBREVIATIONS
