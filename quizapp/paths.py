"""Where the bank and the learner's data live, without importing Qt.

The default bank is the checkout's `questions/` when run from a checkout, and
the copy shipped inside the package once installed. The data folder follows
each platform's convention unless `--data-dir` names another (a USB stick on
a shared classroom computer, or a temp dir in tests).

"My articles", the teacher's and learner's own files, is `<data-dir>/articles`:
inside the data folder rather than the platform's Documents folder, so that
`--data-dir` moves a class's articles together with its progress (one USB
stick holds both), and so that no platform API is needed to find a Documents
folder whose name depends on the system's language.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "quizapp"
PACKAGE_DIR = Path(__file__).resolve().parent


def default_bank() -> Path:
    """The checkout's questions/ folder, else the bank shipped in the package."""
    root = PACKAGE_DIR.parent
    checkout = root / "questions"
    if (root / "pyproject.toml").is_file() and checkout.is_dir():
        return checkout
    return PACKAGE_DIR / "questions"


def default_data_dir() -> Path:
    """The platform's per-user data folder for quizapp."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME


MY_ARTICLES = "articles"
MY_ARTICLES_README = """\
My articles - Mes articles
==========================

Put your own question files (*.yaml) here: quizapp lists them in its library
beside the articles it comes with. Start one with `quizapp new texte.txt`
and check it with `quizapp check`. The teachers' guide explains the format.

Déposez ici vos propres fichiers de questions (*.yaml) : quizapp les affiche
dans sa bibliothèque à côté des articles fournis. Commencez-en un avec
`quizapp new texte.txt` et vérifiez-le avec `quizapp check`.
"""


def my_articles_dir(data_dir: Path | None = None) -> Path:
    """The folder of the user's own articles: `<data-dir>/articles`."""
    return (data_dir or default_data_dir()) / MY_ARTICLES


def ensure_my_articles(data_dir: Path | None = None) -> Path:
    """My articles, created with its short README on first use; OSError if it cannot be."""
    folder = my_articles_dir(data_dir)
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True)
        readme = folder / "README.txt"
        if not readme.exists():
            readme.write_text(MY_ARTICLES_README, encoding="utf-8")
    return folder


def checkout_beside() -> Path | None:
    """The checkout's questions/ when quizapp runs from a copy installed beside it.

    After a plain `pip install .` into the checkout's venv, the bank in use is the
    copy inside the venv; a teacher editing the checkout's files must be told.
    Looked for in the current folder and the folder that holds the venv.
    """
    bank = default_bank().resolve()
    for root in (Path.cwd(), Path(sys.prefix).resolve().parent):
        project = root / "pyproject.toml"
        questions = root / "questions"
        try:
            ours = project.is_file() and 'name = "quizapp"' in project.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            ours = False
        if ours and questions.is_dir() and questions.resolve() != bank:
            return questions
    return None


def user_cache_dir() -> Path:
    """The platform's per-user cache folder for quizapp (never a shared temporary folder)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_NAME / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_NAME
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / APP_NAME


def system_language() -> str:
    """ "fr" when the system locale is French, else "en" (no Qt needed)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"
