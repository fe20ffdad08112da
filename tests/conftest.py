"""Shared fixtures: a fresh database path per test and the real CLI in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"

RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database path in a fresh folder: every test starts from nothing."""
    return tmp_path / "verdicts.db"


@pytest.fixture
def run_cli(tmp_path: Path) -> RunCli:
    """Run ``verdicts ARGS...`` as a user would, in a subprocess; return the finished process."""

    def run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "verdicts", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=tmp_path,
            check=False,
        )

    return run
