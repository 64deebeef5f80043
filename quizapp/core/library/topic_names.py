"""The teachers' topic tags (« vie quotidienne », « environnement ») in English, and
the family each belongs to.

Tags are the teachers' own French words: the French interface shows them as typed;
the English one shows an English label for the common ones, and any other tag as
typed (a place, a name, a word nobody listed). The family picks a cover's
pictogram. Matching ignores case, accents and a plural « s », so « Actualités »,
« actualite » and « actualité » are the same topic.
"""

from __future__ import annotations

import unicodedata
from functools import cache

# French tag (lower case, no accents, singular) → English label
_ENGLISH: dict[str, str] = {
    "actualite": "news",
    "alimentation": "food",
    "animaux": "animals",
    "architecture": "architecture",
    "art": "art",
    "bien-etre": "wellbeing",
    "breve": "news in brief",
    "chronique": "column",
    "cinema": "cinema",
    "climat": "climate",
    "consommation": "consumer life",
    "course a pied": "running",
    "cuisine": "food",
    "culture": "culture",
    "dechet": "waste",
    "defense": "defence",
    "ecole": "school",
    "economie": "economy",
    "education": "education",
    "emploi": "jobs",
    "energie": "energy",
    "enfance": "childhood",
    "entreprise": "business",
    "environnement": "environment",
    "famille": "family",
    "geographie": "geography",
    "geopolitique": "geopolitics",
    "guide pratique": "how-to",
    "histoire": "history",
    "informatique": "computing",
    "interview": "interview",
    "jeunesse": "youth",
    "justice": "justice",
    "langue": "language",
    "litterature": "literature",
    "logement": "housing",
    "loisir": "leisure",
    "maison": "home",
    "medecine": "medicine",
    "monde": "world",
    "musique": "music",
    "nature": "nature",
    "numerique": "digital",
    "opinion": "opinion",
    "politique": "politics",
    "portrait": "profile",
    "quartier": "neighbourhood",
    "recit": "story",
    "recette": "recipes",
    "sante": "health",
    "science": "science",
    "societe": "society",
    "sport": "sport",
    "technologie": "technology",
    "tourisme": "tourism",
    "transport": "transport",
    "travail": "work",
    "vie quotidienne": "daily life",
    "ville": "city",
    "voyage": "travel",
    "votre texte": "your text",  # a learner's own text (own_texts.TAG)
}

# family → the folded tags that belong to it; a cover draws the family's pictogram
KINDS: dict[str, tuple[str, ...]] = {
    "environment": ("environnement", "nature", "climat", "dechet", "ecologie", "energie"),
    "tools": ("vie quotidienne", "outil", "bricolage", "consommation", "guide pratique"),
    "sport": ("sport", "course a pied", "football", "velo", "jeux olympiques"),
    "work": ("travail", "emploi", "entreprise", "economie", "metier"),
    "science": ("science", "recherche", "medecine", "biologie", "physique", "astronomie"),
    "news": ("actualite", "politique", "geopolitique", "societe", "justice", "breve"),
    "food": ("cuisine", "alimentation", "gastronomie", "recette", "repas"),
    "culture": ("culture", "litterature", "livre", "histoire", "art", "cinema", "musique"),
    "housing": ("logement", "ville", "maison", "quartier", "architecture", "urbanisme"),
    "health": ("sante", "bien-etre", "sommeil", "psychologie"),
    "travel": ("voyage", "tourisme", "transport", "monde", "international", "geographie"),
    "education": ("education", "ecole", "universite", "langue", "etudes", "jeunesse"),
    "own": ("votre texte",),
    "technology": (
        "technologie",
        "numerique",
        "informatique",
        "internet",
        "intelligence artificielle",
    ),
}


def fold(tag: str) -> str:
    """« Actualités » → "actualite": lower case, no accents, no plural s, one space."""
    text = unicodedata.normalize("NFKD", tag.casefold())
    text = " ".join("".join(c for c in text if not unicodedata.combining(c)).split())
    text = text.replace("œ", "oe").replace("’", "'")
    words = [
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        for w in text.split(" ")
    ]
    return " ".join(words)


def topic_name(tag: str, language: str) -> str:
    """The tag as the interface `language` ("en", "fr"…) shows it: English for the
    common tags in an English interface, else the teacher's word as typed."""
    shown = " ".join(tag.split())
    if not language.lower().startswith("en"):
        return shown
    key = fold(shown)
    return _english().get(key, shown) if key else shown


def topic_kind(tags: tuple[str, ...] | list[str]) -> str | None:
    """The family of the first tag that has one (a cover's pictogram), else None."""
    for tag in tags:
        kind = _kinds().get(fold(tag))
        if kind is not None:
            return kind
    return None


@cache
def _english() -> dict[str, str]:
    """The table's keys folded as tags are (written readable above)."""
    return {fold(french): english for french, english in _ENGLISH.items()}


@cache
def _kinds() -> dict[str, str]:
    return {fold(tag): kind for kind, tags in KINDS.items() for tag in tags}
