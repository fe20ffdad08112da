"""Local documents and manifests: every document becomes a Page or a Failure with a reason."""

from __future__ import annotations

import datetime as dt
import gzip
import shutil
from pathlib import Path

import pytest

from fetch.files import check_manifest_ids, doc_id_for, iter_manifest, iter_paths, read_document
from schemas import Failure, Page
from schemas.errors import ConfigError, InputError

DOCS = Path(__file__).resolve().parent / "fixtures" / "docs"


def test_reads_html_and_text_kinds() -> None:
    html = read_document(DOCS / "harbor-court-sentencing.html")
    text = read_document(DOCS / "council-budget.txt")
    assert (html.kind, html.doc_id, html.source) == ("html", "harbor-court-sentencing", "file")
    assert "Desmond Okafor" in html.html
    assert text.kind == "text" and text.html.startswith("Council passes budget")


def test_reads_gzipped_documents(tmp_path: Path) -> None:
    raw = (DOCS / "harbor-court-sentencing.html").read_bytes()
    target = tmp_path / "story.html.gz"
    target.write_bytes(gzip.compress(raw))
    page = read_document(target)
    assert page.doc_id == "story" and page.kind == "html"
    assert page.html == raw.decode("utf-8")


def test_legacy_charset_is_detected_not_mangled(tmp_path: Path) -> None:
    text = "Суд приговорил обвиняемого к трём годам лишения свободы за участие в беспорядках. " * 5
    target = tmp_path / "ru.txt"
    target.write_bytes(text.encode("windows-1251"))
    assert read_document(target).html == text


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("missing.html", "missing-file"),
        ("binary.html", "binary-file"),
        ("notes.pdf", "unsupported-file"),
    ],
)
def test_bad_files_raise_input_errors_with_reasons(tmp_path: Path, name: str, reason: str) -> None:
    if name == "binary.html":
        path = DOCS / name
    else:
        path = tmp_path / name
        if name.endswith(".pdf"):
            path.write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError) as err:
        read_document(path)
    assert err.value.reason == reason


def test_folder_is_read_recursively_and_bad_files_become_failures(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    shutil.copy(DOCS / "harbor-court-sentencing.html", tmp_path / "sub" / "a.html")
    shutil.copy(DOCS / "binary.html", tmp_path / "b.html")
    (tmp_path / "ignored.csv").write_text("x,y\n")
    items = list(iter_paths([tmp_path]))
    pages = [i for i in items if isinstance(i, Page)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert [p.doc_id for p in pages] == ["sub/a.html"]  # relative to the folder given
    assert [(f.stage, f.reason) for f in failures] == [("input", "binary-file")]


def test_empty_folder_is_a_failure_not_silence(tmp_path: Path) -> None:
    (items,) = list(iter_paths([tmp_path]))
    assert isinstance(items, Failure) and items.reason == "no-documents"


def test_manifest_reads_good_lines_and_reports_bad_ones() -> None:
    items = list(iter_manifest(DOCS / "manifest.jsonl"))
    assert len(items) == 5
    good = [i for i in items if isinstance(i, Page)]
    bad = [i for i in items if isinstance(i, Failure)]
    assert [p.doc_id for p in good] == ["harbor", "council"]
    assert good[0].url == "https://news.example/harbor"
    assert good[0].published_hint == dt.date(2024, 5, 10)
    assert good[1].url is None and good[1].published_hint is None
    reasons = {f.input.rsplit(":", 1)[1]: f.reason for f in bad}
    assert reasons == {"3": "bad-manifest-line", "4": "missing-file", "5": "bad-manifest-line"}


def test_missing_manifest_is_one_failure(tmp_path: Path) -> None:
    (item,) = list(iter_manifest(tmp_path / "nope.jsonl"))
    assert isinstance(item, Failure) and item.reason == "missing-file"


def test_doc_id_strips_known_suffixes() -> None:
    assert doc_id_for(Path("x/y/report.HTML.gz")) == "report"
    assert doc_id_for(Path("notes.txt")) == "notes"


def test_same_names_in_two_folders_and_two_suffixes_stay_apart(tmp_path: Path) -> None:
    for rel in ("x/a.txt", "y/a.txt", "a.txt", "a.html"):
        (tmp_path / rel).parent.mkdir(exist_ok=True)
        (tmp_path / rel).write_text(f"Text of {rel}: someone was sentenced to a year.\n")
    ids = [p.doc_id for p in iter_paths([tmp_path]) if isinstance(p, Page)]
    assert ids == ["a.html", "a.txt", "x/a.txt", "y/a.txt"]
    assert ids == [p.doc_id for p in iter_paths([tmp_path]) if isinstance(p, Page)]  # stable
    alone = [p.doc_id for p in iter_paths([tmp_path / "x/a.txt", tmp_path / "y/a.txt"])
             if isinstance(p, Page)]
    assert len(set(alone)) == 2 and all(i.startswith("a.txt-") for i in alone)


def test_duplicate_manifest_ids_name_both_lines(tmp_path: Path) -> None:
    manifest = tmp_path / "m.jsonl"
    manifest.write_text('{"doc_id": "a", "path": "1.txt"}\n{"doc_id": "b", "path": "2.txt"}\n'
                        '{"doc_id": "a", "path": "3.txt"}\n')
    with pytest.raises(ConfigError, match=r"lines 1 and 3 .*'a'"):
        check_manifest_ids(manifest)
