"""Opening a question file at the problem's line, in the teacher's own editor.

`$VISUAL` or `$EDITOR` names the editor; the ones known to take a line get it
(`+LINE`, `--goto PATH:LINE:COL`, `--line N`, `PATH:LINE:COL`). A terminal editor
needs a terminal window to live in: it gets one when the desktop names one,
else, like any other editor, the file opens with the system's default
application (`QDesktopServices`, without the line). Never through a shell:
the program and its arguments are a list.
"""

from __future__ import annotations

import shlex
import shutil
from collections.abc import Mapping
from pathlib import PurePath

from PySide6.QtCore import QProcess

GOTO = frozenset({"code", "codium", "code-insiders", "vscodium", "code-oss"})  # --goto P:L:C
COLON = frozenset({"subl", "sublime_text"})  # PATH:LINE:COL
KATE = frozenset({"kate", "kwrite"})  # --line N --column C PATH
PLUS_GUI = frozenset({"gedit", "gvim", "mvim", "xed", "pluma", "emacs", "geany"})  # +LINE PATH
PLUS_TERMINAL = frozenset({"vi", "vim", "nvim", "nano", "micro", "kak", "hx", "helix", "joe", "ne"})


def _name(program: str) -> str:
    name = PurePath(program).name.lower()
    return name.removesuffix(".exe")


def terminal(env: Mapping[str, str]) -> list[str] | None:
    """A terminal window to run a terminal editor in (`$TERMINAL`, Debian's alternative)."""
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        return None
    for candidate in (env.get("TERMINAL", ""), "x-terminal-emulator"):
        found = shutil.which(candidate) if candidate else None
        if found:
            return [found, "-e"]
    return None


def editor_command(path: str, line: int, column: int, env: Mapping[str, str]) -> list[str] | None:
    """The program and arguments that open `path` at `line`, or None (open it plainly)."""
    for variable in ("VISUAL", "EDITOR"):
        try:
            words = shlex.split(env.get(variable, ""))
        except ValueError:  # an unbalanced quote: not an editor we can read
            continue
        if not words:
            continue
        name = _name(words[0])
        line, column = max(1, line), max(1, column)
        if name in GOTO:
            return [*words, "--goto", f"{path}:{line}:{column}"]
        if name in COLON:
            return [*words, f"{path}:{line}:{column}"]
        if name in KATE:
            return [*words, "--line", str(line), "--column", str(column - 1), path]
        in_terminal = name in PLUS_TERMINAL or (name == "emacs" and "-nw" in words)
        if name in PLUS_GUI and not in_terminal:
            return [*words, f"+{line}", path]
        if in_terminal:
            window = terminal(env)
            return None if window is None else [*window, *words, f"+{line}", path]
        return None  # an editor whose way with lines we do not know
    return None


def start(command: list[str]) -> bool:
    """Run `command` detached from the window; False when it could not start."""
    result = QProcess.startDetached(command[0], command[1:])
    return bool(result[0] if isinstance(result, tuple) else result)
