"""The end of a review says when the next one comes as a learner says it, in both languages."""

from __future__ import annotations

from datetime import datetime, timedelta

from quizapp.gui.review.when_words import by_tomorrow, next_review, sentence
from quizapp.gui.window.i18n import Translators


def _today_at(hour: int, minute: int) -> datetime:
    return datetime.now().astimezone().replace(hour=hour, minute=minute, second=0, microsecond=0)


def test_the_next_review_is_said_in_plain_words_rounded_to_five_minutes(qapp):
    at = _today_at(15, 43)
    assert next_review(at, at) == "Next review today around 3:45\u00a0pm"
    assert next_review(at + timedelta(days=1), at) == "Next review tomorrow around 3:45\u00a0pm"
    assert by_tomorrow(3, 3) == "3 words by tomorrow"
    assert by_tomorrow(1, 0) == "1 question by tomorrow"
    assert by_tomorrow(3, 2) == "2 words and 1 question by tomorrow"
    # one sentence; one card by tomorrow is the next review itself, said once
    assert (
        sentence(at, 3, 3, at) == "Next review today around 3:45\u00a0pm\u00a0· 3 words by tomorrow"
    )
    assert sentence(at, 1, 1, at) == "Next review today around 3:45\u00a0pm"
    translators = Translators()
    translators.install("fr")
    try:
        assert next_review(at, at) == "Prochaine révision aujourd’hui vers 15\u00a0h\u00a045"
        assert sentence(at, 3, 3, at) == (
            "Prochaine révision aujourd’hui vers 15\u00a0h\u00a045\u00a0· 3 mots d’ici demain"
        )
        assert by_tomorrow(3, 2) == "2 mots et 1 question d’ici demain"
    finally:
        translators.install("en")
