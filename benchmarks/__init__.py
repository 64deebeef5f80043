"""The performance table of issue 9: `python -m benchmarks`; one module per figure."""

import sys
import tempfile
from pathlib import Path

# What the benchmarks import while measuring in process loads from bytecode, as in an
# install, even when the shell sets PYTHONDONTWRITEBYTECODE (see _harness.offscreen_env).
sys.dont_write_bytecode = False
sys.pycache_prefix = str(Path(tempfile.gettempdir()) / "quizapp-bench-pycache")
