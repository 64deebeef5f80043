"""A bank's name, as the status bar says it (« 6 articles — banque « Questions » »).

A bank has no title field: its folder names it (« questions » reads "Questions",
« textes-niveau-b1 » reads "Textes Niveau B1"), unless its README.md opens with a short
`# Heading`, which is then its name. A long heading is a document's title (the
bundled folder's README is the teachers' guide), not the bank's: the folder wins.
"""

from __future__ import annotations

from pathlib import Path

NAME_MAX = 40  # a heading longer than this reads as a document's title, not a name


def readme_heading(folder: Path) -> str:
    """The `# Heading` that opens the folder's README.md ("" without one)."""
    try:
        with (folder / "README.md").open(encoding="utf-8") as file:
            for line in file:
                line = line.strip().lstrip("\ufeff")
                if not line:
                    continue
                if line.startswith("# "):
                    return line[2:].strip().strip("#").strip()
                return ""
    except (OSError, UnicodeDecodeError):
        return ""
    return ""


def folder_title(folder: Path) -> str:
    """The folder's file name title-cased: dashes and underscores read as spaces."""
    raw = folder.name or str(folder)
    words = raw.replace("_", " ").replace("-", " ").split()
    return " ".join(word[:1].upper() + word[1:] for word in words) or raw


def bank_name(folder: Path) -> str:
    """The README's short opening heading, else the folder's title-cased name."""
    heading = readme_heading(folder)
    if heading and len(heading) <= NAME_MAX:
        return heading
    return folder_title(folder)
