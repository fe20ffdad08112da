"""The unpacked py3langid model in the cache: written once, read back, same answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from py3langid import langid

from extract.article._langid_model import CACHE_ENV, cache_dir, load_identifier

# Sentences of our own making, one per language, and one too short to say much.
SAMPLES = [
    "The court heard that the defendant had driven through the red light twice that night.",
    "Das Gericht hat den Angeklagten gestern zu einer Strafe von zwei Jahren verurteilt.",
    "El tribunal condenó ayer al acusado a dos años de prisión por el robo de la tienda.",
    "Le tribunal a condamné hier le prévenu à deux ans de prison pour le vol du magasin.",
    "ok",
]


@pytest.fixture(scope="module")
def reference() -> langid.LanguageIdentifier:
    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


def _model_folders(cache: Path) -> list[Path]:
    return [p for p in cache.iterdir() if p.name.startswith("py3langid-")]


def test_first_load_writes_the_cache_and_the_second_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: langid.LanguageIdentifier
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    first = load_identifier()
    [folder] = _model_folders(tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == [
        "classes.npy", "nextmove.npy", "nextmove_row.npy", "out_feat.npy", "pc.npy", "ptc.npy",
    ]
    stamp = folder.stat().st_mtime_ns
    second = load_identifier()
    assert folder.stat().st_mtime_ns == stamp  # read, not written again
    for text in SAMPLES:
        want = reference.classify(text)
        assert first.classify(text) == want
        assert second.classify(text) == want


def test_a_damaged_cache_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: langid.LanguageIdentifier
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    load_identifier()
    [folder] = _model_folders(tmp_path)
    damaged = folder / "nextmove.npy"
    damaged.write_bytes(damaged.read_bytes()[:1000])
    model = load_identifier()
    assert model.classify(SAMPLES[1]) == reference.classify(SAMPLES[1])
    assert (folder / "nextmove.npy").stat().st_size > 1000
    assert [p.name for p in _model_folders(tmp_path)] == [folder.name]


def test_an_empty_setting_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: langid.LanguageIdentifier
) -> None:
    monkeypatch.setenv(CACHE_ENV, "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() is None
    assert load_identifier().classify(SAMPLES[2]) == reference.classify(SAMPLES[2])
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_cache_still_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: langid.LanguageIdentifier
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    assert load_identifier().classify(SAMPLES[3]) == reference.classify(SAMPLES[3])


def test_the_default_follows_xdg_cache_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "verdicts"
