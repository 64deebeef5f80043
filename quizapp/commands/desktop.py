"""`quizapp install-desktop`: a menu entry and an icon for this installation.

The `.desktop` file and the icon ship inside the package; this copies them into
the user's XDG folders (no root needed), with `Exec=` pointing at the `quizapp`
of this very installation, so a venv's app opens from the menu. `--uninstall`
removes what it put there. Windows and macOS have no such folders: it says
what to do there instead.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from quizapp.paths import PACKAGE_DIR

ASSETS = PACKAGE_DIR / "assets"
ENTRY = "quizapp.desktop"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizapp install-desktop",
        description="Add quizapp to the desktop's application menu (Linux and other XDG "
        "desktops): the menu entry goes to ~/.local/share/applications and the icon to "
        "~/.local/share/icons/hicolor.",
    )
    parser.add_argument("--uninstall", action="store_true", help="remove the entry and icon")
    return parser


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def targets(home: Path) -> dict[str, Path]:
    """Where each shipped file goes, by its name in the package."""
    icons = home / "icons" / "hicolor"
    return {
        ENTRY: home / "applications" / ENTRY,
        "quizapp.png": icons / "256x256" / "apps" / "quizapp.png",
        "quizapp.svg": icons / "scalable" / "apps" / "quizapp.svg",
    }


def launcher() -> str:
    """This installation's `quizapp` command, quoted for a desktop entry's Exec key."""
    folder = Path(sys.executable).parent
    script = folder / ("quizapp.exe" if os.name == "nt" else "quizapp")
    # run from a checkout without the script: the same Python, as a module
    words = [str(script)] if script.is_file() else [sys.executable, "-m", "quizapp"]
    return " ".join(_quoted(w) for w in words)


def _quoted(word: str) -> str:
    """The desktop entry spec's quoting: a word with reserved characters in double quotes."""
    if not any(c in word for c in " \t\n\"'\\><~|&;$*?#()`="):
        return word.replace("%", "%%")
    escaped = word.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    escaped = escaped.replace("$", "\\$")
    quoted = f'"{escaped}"'.replace("\\", "\\\\")  # the string type's own escape comes last
    return quoted.replace("%", "%%")


def entry_text(exec_line: str) -> str:
    text = (ASSETS / ENTRY).read_text(encoding="utf-8")
    lines = [
        f"Exec={exec_line} %f" if line.startswith("Exec=") else line for line in text.splitlines()
    ]
    return "\n".join(lines) + "\n"


def install(home: Path) -> list[Path]:
    written = []
    for name, target in targets(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if name == ENTRY:
            target.write_text(entry_text(launcher()), encoding="utf-8")
        else:
            shutil.copyfile(ASSETS / name, target)
        written.append(target)
    return written


def uninstall(home: Path) -> list[Path]:
    removed = []
    for target in targets(home).values():
        if target.is_file() or target.is_symlink():
            target.unlink()
            removed.append(target)
    return removed


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:
        return EXIT_OK if exc.code in (0, None) else EXIT_USAGE
    if sys.platform == "win32":
        print(
            "quizapp install-desktop: Windows has no desktop entries. To start quizapp from "
            f"the Start menu, make a shortcut to {launcher()} (right-click it > Send to > "
            "Desktop, then move the shortcut into the Start menu folder).",
        )
        return EXIT_OK
    if sys.platform == "darwin":
        print(
            "quizapp install-desktop: macOS has no desktop entries. Start quizapp from a "
            f"terminal with {launcher()}, or save that command in Automator as an "
            "application and put it in the Dock.",
        )
        return EXIT_OK
    home = data_home()
    try:
        done = uninstall(home) if args.uninstall else install(home)
    except OSError as error:
        print(f"quizapp install-desktop: error: {error}", file=sys.stderr)
        return EXIT_FAILED
    if args.uninstall:
        if not done:
            print(f"quizapp install-desktop: nothing to remove in {home}")
        for path in done:
            print(f"removed {path}")
        return EXIT_OK
    for path in done:
        print(f"wrote {path}")
    print("quizapp is in the application menu (Education); it starts " + launcher())
    return EXIT_OK
