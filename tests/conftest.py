"""Test-wide guards: offscreen Qt, a forced language, and no real user data.

Set before anything imports Qt or reads the environment, so no test can
touch the learner's real data folder or depend on the machine's locale.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANG"] = "en_US.UTF-8"
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)
os.environ.pop("LANGUAGE", None)
_SANDBOX = Path(tempfile.mkdtemp(prefix="quizapp-tests-"))
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "xdg-data")
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "xdg-config")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "xdg-cache")
os.environ["QUIZAPP_DICTIONARY_PATH"] = ""  # no system dictionaries unless a test names them
os.environ["QUIZAPP_SPEECH_ENGINE"] = ""  # no voice unless a test asks for the mock engine

REPO = Path(__file__).resolve().parents[1]
BANK = REPO / "questions"
SHARED = REPO.parent / "shared"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh data folder for settings and progress."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture(autouse=True)
def _application_look_restored() -> Iterator[None]:
    """A window, or a command run in-process (selftest, the PDF handout), applies its
    theme to the whole application: style sheet, palette, font (Fusion stays: Qt
    does not survive its style being replaced again and again). The next test starts
    from the application's own look again. Qt is not imported for tests that
    never load it."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    saved = (app.styleSheet(), app.palette(), app.font()) if app is not None else None
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is None:
        return
    if saved is None:  # the first Qt test: the look Qt starts with, as the others find it
        return
    sheet, palette, font = saved
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    if app.palette() != palette:
        app.setPalette(palette)
    if app.font() != font:
        app.setFont(font)


@pytest.fixture(autouse=True)
def _crash_traceback_reaches_the_log(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that installs the app's error handler points `faulthandler` at its own
    crash file, and its uninstall at fd 2, which pytest captures: a later segfault
    then printed nothing to the CI log (one did, in tests/gui/window/test_markup.py).
    After each test the dump goes back to pytest's own copy of the real stderr."""
    import faulthandler

    yield
    try:
        from _pytest.faulthandler import fault_handler_stderr_fd_key
    except ImportError:  # another pytest: its own plugin's choice stands
        return
    fd = request.config.stash.get(fault_handler_stderr_fd_key, None)
    if fd is not None and faulthandler.is_enabled():
        faulthandler.enable(file=fd, all_threads=True)
