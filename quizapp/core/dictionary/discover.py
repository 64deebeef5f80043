"""Where dictionaries are found, and which of them are French→English.

The learner's own folder, `<data-dir>/dictionaries/` (created with a README
saying what to drop there), comes first; then the places other programs
install to:

- Linux and other Unix: `/usr/share/dictd` (Debian's `dict-freedict-*`
  packages), `/usr/local/share/dictd`, `/usr/share/stardict/dic`,
  `~/.stardict/dic`, `~/.local/share/stardict/dic`;
- macOS: the same, plus `/opt/homebrew/share/dictd` and
  `~/Library/Application Support/stardict/dic`;
- Windows: `%APPDATA%\\StarDict\\dic`, `%LOCALAPPDATA%\\GoldenDict\\content`
  and `C:\\Program Files (x86)\\StarDict\\dic`.

`QUIZAPP_DICTIONARY_PATH` (folders separated by `os.pathsep`) replaces the
system places, for a classroom's shared folder or for tests. Each place and
its direct subfolders are searched (StarDict keeps one folder per
dictionary). Only French→English dictionaries are used, judged by what they
declare (StarDict's `lang`, a name such as `fra-eng` or "French-English");
the others are listed as ignored, with why.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from quizapp.core.dictionary.dictzip import DictFormatError
from quizapp.core.dictionary.formats import Source, dictd_source, stardict_source

ENV_PATH = "QUIZAPP_DICTIONARY_PATH"
USER_FOLDER = "dictionaries"
README = """\
Put French→English dictionaries here and quizapp uses them for every word
the teacher's glossary does not explain. Two formats are read:

- dictd: NAME.index and NAME.dict (or NAME.dict.dz), as FreeDict ships them
  (https://freedict.org, "fra-eng"); on Debian or Ubuntu,
  `sudo apt install dict-freedict-fra-eng` installs one where quizapp finds it;
- StarDict: NAME.ifo, NAME.idx (or .idx.gz) and NAME.dict (or .dict.dz),
  the files GoldenDict, sdcv and KOReader read; one folder per dictionary is fine.

Only dictionaries declaring French→English are used (a name with fra-eng,
fr-en or French-English, or StarDict's lang=fr-en). Restart quizapp, or
open Tools → Dictionaries, after adding one.
"""

_FR = r"(?:fra|fre|fr|french|fran[cç]ais)"
_EN = r"(?:eng|en|english|anglais)"
_FR_EN = re.compile(rf"(?<![a-z]){_FR}[\s_.-]*(?:[-_>→2]|to)[\s_.-]*{_EN}(?![a-z])", re.IGNORECASE)
_EN_FR = re.compile(rf"(?<![a-z]){_EN}[\s_.-]*(?:[-_>→2]|to)[\s_.-]*{_FR}(?![a-z])", re.IGNORECASE)
_PAIR = re.compile(r"(?<![a-z])([a-z]{2,3})[-_]([a-z]{2,3})(?![a-z])", re.IGNORECASE)
_NAMED = re.compile(r"([A-Z][a-z]+)[ -]+([A-Z][a-z]+)")


@dataclass(frozen=True)
class Found:
    """A dictionary found on disk: usable, ignored (other languages) or broken."""

    path: Path  # its .index or .ifo file
    format: str
    state: str  # "usable", "ignored" or "broken"
    reason: str = ""
    source: Source | None = None

    @property
    def ident(self) -> str:
        return self.source.ident if self.source is not None else str(self.path)

    @property
    def name(self) -> str:
        return self.source.name if self.source is not None and self.source.name else self.path.stem


def system_places() -> list[Path]:
    """The folders other programs install dictionaries to, on this platform."""
    configured = os.environ.get(ENV_PATH)
    if configured is not None:
        return [Path(p) for p in configured.split(os.pathsep) if p]
    home = Path.home()
    if sys.platform == "win32":
        appdata = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
        local = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return [
            appdata / "StarDict" / "dic",
            local / "GoldenDict" / "content",
            Path("C:/Program Files (x86)/StarDict/dic"),
        ]
    places = [
        Path("/usr/share/dictd"),
        Path("/usr/local/share/dictd"),
        Path("/usr/share/stardict/dic"),
        home / ".stardict" / "dic",
        home / ".local" / "share" / "stardict" / "dic",
    ]
    if sys.platform == "darwin":
        places += [
            Path("/opt/homebrew/share/dictd"),
            home / "Library" / "Application Support" / "stardict" / "dic",
        ]
    return places


def user_folder(data_dir: Path, create: bool = True) -> Path:
    """`<data-dir>/dictionaries/`, created with its README when `create`."""
    folder = data_dir / USER_FOLDER
    if create:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            readme = folder / "README.txt"
            if not readme.exists():
                readme.write_text(README, encoding="utf-8")
        except OSError:
            pass  # a read-only data folder: the system places still work
    return folder


def find(places: list[Path]) -> list[Found]:
    """Every dictionary in `places` (and their direct subfolders), in order, once each."""
    out: list[Found] = []
    seen: set[Path] = set()
    for place in places:
        for folder in [place, *_subfolders(place)]:
            for path in _files(folder):
                key = path.resolve()
                if key in seen:
                    continue
                seen.add(key)
                out.append(_judge(path))
    return out


def _subfolders(place: Path) -> list[Path]:
    try:
        return sorted(p for p in place.iterdir() if p.is_dir())
    except OSError:
        return []


def _files(folder: Path) -> list[Path]:
    try:
        names = sorted(folder.iterdir())
    except OSError:
        return []
    return [p for p in names if p.name.endswith((".index", ".ifo")) and p.is_file()]


def _judge(path: Path) -> Found:
    kind = "dictd" if path.name.endswith(".index") else "stardict"
    try:
        source = dictd_source(path) if kind == "dictd" else stardict_source(path)
    except (DictFormatError, OSError) as error:
        return Found(path, kind, "broken", _reason(error))
    if source.text is None:
        return Found(path, kind, "broken", f"no {path.stem}.dict or .dict.dz beside it", source)
    verdict = languages_verdict(source.languages)
    if verdict:
        return Found(path, kind, "ignored", verdict, source)
    return Found(path, kind, "usable", "", source)


def languages_verdict(declared: str) -> str:
    """ "" for French→English, else why the dictionary is not used."""
    if _FR_EN.search(declared):
        return ""
    pair = _PAIR.search(declared) or _NAMED.search(declared)
    if pair is not None:
        return f"not French→English ({pair.group(1)}→{pair.group(2)})"
    return "its languages are not declared (name it fra-eng, or set lang=fr-en in the .ifo)"


def english_french(found: Found) -> bool:
    """An English→French dictionary: not consulted, but it ranks the French→English
    dictionaries' words (`sense_choice`)."""
    return found.source is not None and bool(_EN_FR.search(found.source.languages))


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)
