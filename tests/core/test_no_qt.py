"""quizapp.core must work without Qt: importing all of it loads no PySide6."""

import subprocess
import sys

CODE = """
import importlib, pkgutil, sys
import quizapp.core as core
for info in pkgutil.walk_packages(core.__path__, "quizapp.core."):
    importlib.import_module(info.name)
from quizapp.core import load_article, BankError  # the scripting API resolves
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(",".join(loaded))
"""


def test_core_imports_no_qt():
    out = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"quizapp.core imported Qt modules: {out}"
