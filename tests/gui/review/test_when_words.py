"""The end of a review says when the next one comes as a learner says it, in both languages."""

from __future__ import annotations

from datetime import datetime, timedelta

from quizapp.gui.review.when_words import next_review, soon
from quizapp.gui.window.i18n import Translators


def _today_at(hour: int, minute: int) -> datetime:
    return datetime.now().astimezone().replace(hour=hour, minute=minute, second=0, microsecond=0)


def test_the_next_review_is_said_in_plain_words_rounded_to_five_minutes(qapp):
    at = _today_at(15, 43)
    assert next_review(at, at) == "Next review today around 3:45 pm"
    assert next_review(at + timedelta(days=1), at) == "Next review tomorrow around 3:45 pm"
    assert soon(3, 3) == "3 words to review by tomorrow"
    assert soon(1, 1) == "1 word to review by tomorrow"
    translators = Translators()
    translators.install("fr")
    try:
        assert next_review(at, at) == "Prochaine révision aujourd’hui vers 15\u00a0h\u00a045"
        assert soon(3, 3) == "3 mots à revoir d’ici demain"
        assert soon(1, 1) == "1 mot à revoir d’ici demain"
    finally:
        translators.install("en")
