"""The feedback's evidence: in the text's order, « […] » where sentences were skipped."""

from __future__ import annotations

from quizapp.core.quiz.evidence import GAP, evidence_quotes
from tests.core.quiz_factory import article


def test_sentences_next_to_each_other_read_on_and_a_gap_says_so():
    a = article()
    ids = [s.id for s in a.sentences]
    assert len(ids) >= 4
    text = {s.id: s.fr for s in a.sentences}
    assert evidence_quotes(a, [ids[0], ids[1]]) == (text[ids[0]], text[ids[1]])
    quoted = evidence_quotes(a, [ids[3], ids[0]])  # given out of order, far apart
    assert quoted == (text[ids[0]], GAP, text[ids[3]])
    assert evidence_quotes(a, [ids[2], ids[2], "nowhere"]) == (text[ids[2]],)
    assert evidence_quotes(a, []) == ()
