"""Counted words for the commands' summary lines, in English and French.

English takes the singular for 1 only ("0 files", "1 file"); French for 0 and 1
("0 fichier", "1 fichier"). The window uses Qt's `%n` forms for the same rule.
"""

from __future__ import annotations

# word -> (English singular, English plural, French singular, French plural)
WORDS: dict[str, tuple[str, str, str, str]] = {
    "file": ("file", "files", "fichier", "fichiers"),
    "error": ("error", "errors", "erreur", "erreurs"),
    "warning": ("warning", "warnings", "avertissement", "avertissements"),
    "question": ("question", "questions", "question", "questions"),
    "article": ("article", "articles", "article", "articles"),
    "sentence": ("sentence", "sentences", "phrase", "phrases"),
    "paragraph": ("paragraph", "paragraphs", "paragraphe", "paragraphes"),
    "character": ("character", "characters", "caractère", "caractères"),
    "card": ("card", "cards", "carte", "cartes"),
}


def counted(n: int, word: str, lang: str = "en") -> str:
    """`1 file`, `2 files`; `0 fichier`, `2 fichiers` (a word from WORDS)."""
    en_one, en_many, fr_one, fr_many = WORDS[word]
    if lang == "fr":
        return f"{n} {fr_one if n in (0, 1) else fr_many}"
    return f"{n} {en_one if n == 1 else en_many}"
