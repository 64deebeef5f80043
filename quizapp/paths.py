"""Where the bank and the learner's data live, without importing Qt.

The default bank is the checkout's `questions/` when run from a checkout, and
the copy shipped inside the package once installed. The data folder follows
each platform's convention unless `--data-dir` names another (a USB stick on
a shared classroom computer, or a temp dir in tests).
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
