"""Check the lock files: no machine's index or folder in them, and the bootstrap pins agree.

Run by `make lock` and `make lock-check` with the stock interpreter (standard library only).
Exit 1 with one line per problem.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_MACHINE_LINE = re.compile(
    r"^\s*(--(extra-)?index-url|--find-links|-f\s|-i\s|--trusted-host)|file:/")
_PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s\\;]+)")


def _pins(path: Path) -> dict[str, str]:
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line)
        if match:
            pins[match.group(1).lower().replace("_", "-")] = match.group(2)
    return pins


def main() -> int:
    folder = Path(__file__).resolve().parent.parent / "requirements"
    problems = []
    for path in sorted(folder.glob("*.txt")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _MACHINE_LINE.search(line.lstrip("# ")):  # comments too: a new user reads them
                problems.append(f"{path.name}:{number}: names a machine's index or folder: {line}")
    lock = _pins(folder / "lock.txt")
    for name, version in _pins(folder / "bootstrap.txt").items():
        if lock.get(name) != version:
            problems.append(f"bootstrap.txt pins {name}=={version}, lock.txt {lock.get(name)}")
    for problem in problems:
        print(f"check-locks: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
