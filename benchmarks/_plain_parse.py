"""The floor of `quizapp check`: a plain libyaml parse of every file, in one process."""

import sys
from pathlib import Path

import yaml

if __name__ == "__main__":
    for folder in sys.argv[1:]:
        for path in sorted(Path(folder).rglob("*.y*ml")):
            with open(path, "rb") as handle:
                yaml.load(handle, Loader=yaml.CSafeLoader)
