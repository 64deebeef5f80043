"""What a cover draws: the article's own subject when a tag or its title names one (a
train, a snowflake, a running shoe, a star), else its topic's family (`topic_kind`).

Two travel articles, a night train and a winter in Montreal, got the same globe: a
family says too little once a bank holds two articles of it. The most specific word
wins: a subject tag first (« hiver », « course à pied »), then a subject word of the
French title (« Dans le train de nuit… »), then the family of the tags.
"""

from __future__ import annotations

import re
from functools import cache

from quizapp.core.library.topic_names import fold, topic_kind

# subject → the folded tags and title words that name it; the first listed wins a tie
SUBJECTS: dict[str, tuple[str, ...]] = {
    "train": ("train", "ferroviaire", "sncf", "tgv", "train de nuit", "rail"),
    "winter": ("hiver", "neige", "ski", "flocon", "froid"),
    "running": ("course a pied", "marathon", "marathonienne", "marathonien", "jogging"),
    "ice": ("antarctique", "arctique", "banquise", "glacier", "iceberg", "glace"),
    "bread": ("boulangerie", "boulanger", "boulangere", "pain", "baguette", "croissant"),
    "food": ("dejeuner", "diner", "repas", "cantine", "restaurant", "pause dejeuner"),
    "stars": ("astronomie", "etoile", "etoile filante", "ciel", "telescope", "planete"),
    "swimming": ("natation", "nager", "piscine", "nageur", "nageuse"),
    "cinema": ("cinema", "film", "projecteur", "seance"),
    "phone": ("portable", "smartphone", "telephone"),
    "bicycle": ("velo", "cyclisme", "cycliste", "bicyclette", "velo electrique", "velotaf"),
    "music": ("musique", "festival de musique", "concert", "musicien", "musicienne", "chorale"),
    "pet": ("chien", "chiot", "animal de compagnie", "animaux de compagnie", "refuge"),
}
# idioms of the (folded) title that name no subject: « en train de » is French for "in
# the middle of", and an « ordinateur portable » is a laptop, not a phone
_IDIOMS = re.compile(r"\ben train de\b|\bordinateur portable\b")


def cover_kind(tags: tuple[str, ...] | list[str], title: str = "") -> str | None:
    """The cover's drawing: a subject of a tag, else of the title, else the family."""
    subjects = _subjects()
    for tag in tags:
        found = subjects.get(fold(tag))
        if found is not None:
            return found
    words = _IDIOMS.sub(" ", " ".join(re.split(r"[^\w-]+", fold(title))))
    for subject, names in SUBJECTS.items():
        if any(re.search(rf"(?<![\w-]){re.escape(fold(n))}(?![\w-])", words) for n in names):
            return subject
    return topic_kind(tags)


@cache
def _subjects() -> dict[str, str]:
    return {fold(name): subject for subject, names in SUBJECTS.items() for name in names}
