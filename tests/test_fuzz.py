"""A fast sample of the fuzz run (``make fuzz`` runs 10,000): 100 generated documents."""

from __future__ import annotations

from pathlib import Path

from tests.fuzz.run import generate, report, run


def test_a_hundred_generated_documents_are_each_one_row(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    root.mkdir()
    files = generate(root, 100, seed_value=3)
    assert files == 100
    numbers = run(root, tmp_path / "fuzz.db")
    assert report(files, numbers) == []
