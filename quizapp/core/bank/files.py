"""Opening a teacher's file: ordinary files only, and never a wait.

`open()` on a named pipe (FIFO) waits until some program writes to it, so a
previewed file replaced by one froze the window for good. Whatever is at the
path is looked at first (`os.stat`), then opened without blocking and looked at
again through the open descriptor (it could have been swapped in between); a
pipe, a socket or a device is refused with what it is, in both languages.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_KINDS = (
    (stat.S_ISFIFO, ("a named pipe (FIFO)", "un tube nommé (FIFO)")),
    (stat.S_ISSOCK, ("a socket", "une socket")),
    (stat.S_ISCHR, ("a character device", "un périphérique en mode caractère")),
    (stat.S_ISBLK, ("a block device", "un périphérique en mode bloc")),
)


class NotAFile(OSError):
    """Something at the path that is not an ordinary file; `kind` says what, (en, fr)."""

    def __init__(self, path: Path | str, kind: tuple[str, str]):
        super().__init__(errno.EINVAL, f"{kind[0]}, not a file", str(path))
        self.kind = kind


def kind_of(mode: int) -> tuple[str, str] | None:
    """What a file mode is when it is not an ordinary file, in (English, French)."""
    return next((kind for test, kind in _KINDS if test(mode)), None)


def special_kind(path: Path | str) -> tuple[str, str] | None:
    """What is at `path` when it exists and is not an ordinary file; None otherwise."""
    try:
        return kind_of(os.stat(path).st_mode)
    except (OSError, ValueError):
        return None


def _nonblocking(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def read_limited(path: Path | str, limit: int) -> bytes:
    """Up to `limit` bytes of an ordinary file; NotAFile for anything else, OSError as
    the system says it. Never blocks on a pipe."""
    kind = special_kind(path)
    if kind is not None:
        raise NotAFile(path, kind)
    with open(path, "rb", opener=_nonblocking) as handle:
        kind = kind_of(os.fstat(handle.fileno()).st_mode)
        if kind is not None:
            raise NotAFile(path, kind)
        return handle.read(limit)
