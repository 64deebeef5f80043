"""The evidence as the feedback quotes it: the proving sentences in the text's order.

Two sentences far apart in the text (the first paragraph's and the third's) read as
one passage when simply joined; « […] » between them says something was left out,
as a quotation in print does.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.core.model import Article

GAP = "[…]"


def evidence_quotes(article: Article, ids: Sequence[str]) -> tuple[str, ...]:
    """The sentences `ids` in the text's order, GAP between two not next to each other."""
    place = {s.id: n for n, s in enumerate(article.sentences)}
    shown = sorted(dict.fromkeys(i for i in ids if i in place), key=place.__getitem__)
    quotes: list[str] = []
    for n, sid in enumerate(shown):
        if n and place[sid] != place[shown[n - 1]] + 1:
            quotes.append(GAP)
        quotes.append(article.sentence(sid).fr)
    return tuple(quotes)
