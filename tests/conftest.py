"""Shared fixtures: a fresh database path per test and the real CLI in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"

RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="session", autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The unpacked language model goes to a folder of the test run, never the user's cache
    (set in os.environ, so the CLI subprocesses see it too)."""
    before = os.environ.get("VERDICTS_CACHE_DIR")
    os.environ["VERDICTS_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        os.environ.pop("VERDICTS_CACHE_DIR", None)
    else:
        os.environ["VERDICTS_CACHE_DIR"] = before


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
