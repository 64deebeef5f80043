"""Folders only this user can write: created 0700, checked before anything is read from them.

The answers a refused disk could not take used to wait in a shared temporary
folder with a name anyone could work out: another user of the computer could
create it first and plant a finished test at 100 %. Now they wait in the
user's own cache folder, and a folder that another user owns, that others may
write, or that is a symbolic link is refused with the reason, never read.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path


def problem(path: Path, *, others_may_read: bool = False) -> str | None:
    """Why `path` (a folder, or a file in one) cannot be trusted; None when it can."""
    try:
        info = os.lstat(path)
    except OSError as error:
        return error.strerror or str(error)
    if stat.S_ISLNK(info.st_mode):
        return "it is a symbolic link"
    if not (stat.S_ISDIR(info.st_mode) or stat.S_ISREG(info.st_mode)):
        return "it is neither a folder nor a file"
    if os.name != "posix":  # Windows: the per-user folder's ACLs already keep others out
        return None
    if info.st_uid != os.geteuid():
        return f"it belongs to another user (uid {info.st_uid})"
    forbidden = 0o022 if others_may_read else 0o077
    if info.st_mode & forbidden:
        return f"other users may open it (mode {stat.S_IMODE(info.st_mode):04o})"
    return None


def make_private(folder: Path) -> Path:
    """Create `folder` (and its parents) for this user only; OSError if it is not private."""
    folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    reason = problem(folder)
    if reason is not None:
        raise OSError(errno.EPERM, f"{folder} is not private: {reason}", str(folder))
    return folder
