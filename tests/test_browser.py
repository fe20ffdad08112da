"""What a person sees in `verdicts serve`, in headless Chromium: records, evidence, the map.

Playwright drives the system's Chromium (Debian's ``chromium``: Playwright cannot download its
own browser here). Screenshots go to bench/out/. Run by ``make test-browser``.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.conftest import ROOT, RunCli
from tests.test_corrections_cli import _rows, verdicts_serve

pytestmark = pytest.mark.browser
OUT = ROOT / "bench" / "out"
SEED = ROOT / "data" / "sample" / "kazakhstan-summer-of-sentences.html"


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("no chromium on PATH (apt-get install chromium; make test-browser tries)")
    return path


@pytest.fixture
def served(run_cli: RunCli, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    db = tmp_path / "court.db"
    shutil.copy(SEED, tmp_path / "seed.html")
    assert run_cli("extract", str(tmp_path / "seed.html"), "--db", str(db)).returncode == 0
    with verdicts_serve(db) as base:
        yield base, db


def test_records_evidence_and_map_in_a_browser(served: tuple[str, Path]) -> None:
    chromium = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api")
    from datasette.utils import tilde_encode

    base, db = served
    OUT.mkdir(parents=True, exist_ok=True)
    ((record_id, person),) = _rows(
        db, "SELECT id, person FROM records WHERE sentence_months = 72 LIMIT 1"
    )
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})

        page.goto(f"{base}/court/records")
        assert page.get_by_text(str(person)).first.is_visible()
        facets = page.locator(".facet-info")
        assert facets.count() >= 3
        assert "sentence_type" in page.locator(".facet-results").inner_text()
        page.screenshot(path=str(OUT / "browser-records.png"), full_page=False)

        page.goto(f"{base}/court/records/{quote(tilde_encode(str(record_id)))}")
        mark = page.locator("mark#evidence")
        mark.wait_for()
        assert str(person) in mark.inner_text()
        mark.scroll_into_view_if_needed()
        page.screenshot(path=str(OUT / "browser-evidence.png"), full_page=False)

        page.goto(f"{base}/court/cases")
        markers = page.locator(".leaflet-marker-icon")
        markers.first.wait_for(timeout=20000)
        assert markers.count() >= 1
        page.locator(".leaflet-container").first.scroll_into_view_if_needed()
        page.screenshot(path=str(OUT / "browser-map.png"), full_page=False)
        browser.close()
