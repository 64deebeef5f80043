"""GIFT: the types it has, escaped; the others returned to be named, never dropped."""

from __future__ import annotations

from pathlib import Path

from quizapp.core.bank.loader import load_article
from quizapp.core.exchange.gift import escape, gift

SEED = Path(__file__).resolve().parents[3] / "questions" / "russie-armes-nucleaires-belarus.yaml"


def test_special_characters_are_escaped() -> None:
    assert escape("a ~ b = c # d { e } f : g \\ h") == (
        "a \\~ b \\= c \\# d \\{ e \\} f \\: g \\\\ h"
    )
    assert escape("deux\nlignes") == "deux lignes"


def test_the_seed_article_every_question_written_or_named() -> None:
    article = load_article(SEED)
    text, skipped = gift(article)
    written = [q for q in article.questions if f"::{q.id}::" in text]
    assert len(written) + len(skipped) == len(article.questions)
    assert {q.type for q in skipped} <= {"order", "cloze"}
    assert all(q.type != "cloze" or len(q.blanks) > 1 for q in skipped)
    assert text.startswith("$CATEGORY: $course$/top/Des armes nucléaires russes au Belarus")
    for q in written:
        block = text[text.index(f"::{q.id}::") :].split("\n\n")[0]
        if q.type == "choice":
            assert block.count("\n=") == 1
        elif q.type in ("multi", "locate") and len(q.sentences) > 1 and q.type == "multi":
            assert "~%" in block
        elif q.type == "truefalse" and not q.offers_not_given:
            assert "{TRUE" in block or "{FALSE" in block
        elif q.type == "match":
            assert block.count(" -> ") == len(q.pairs)
        elif q.type == "short":
            assert all(f"={escape(a)}" in block for a in q.answers)
