"""Page → Article for HTML and plain-text documents, and the ``verdicts body`` command."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.article import to_article
from extract.article._plaintext import strip_text
from schemas import Page
from schemas.errors import EmptyBody
from verdicts.body_command import _json_text, decode, run_body

HTML = Path(__file__).resolve().parent / "fixtures" / "html"
TEXT = HTML / "text"
NOW = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def _page(html: str, **kw: object) -> Page:
    return Page(url=kw.pop("url", None), html=html, fetched_at=NOW, source="file", **kw)  # type: ignore[arg-type]


def test_html_page_to_article() -> None:
    html = (HTML / "news_article.html").read_text(encoding="utf-8")
    article = to_article(_page(html, url="https://ledger.example/a"))
    assert article.text.startswith("A former mayor of Riverside was sentenced on Thursday")
    assert article.title == "Court jails former mayor for bribery"
    assert article.published == dt.date(2021, 3, 4)
    assert article.language == "en"
    assert article.body_method in {"scored", "structured", "json-ld"}
    assert len(article.content_sha256) == 64


def test_manifest_date_wins_over_the_page() -> None:
    html = (HTML / "news_article.html").read_text(encoding="utf-8")
    article = to_article(_page(html, published_hint=dt.date(2021, 3, 5)))
    assert article.published == dt.date(2021, 3, 5)


def test_page_not_in_english_is_labelled() -> None:
    html = (HTML / "german_article.html").read_text(encoding="utf-8")
    assert to_article(_page(html)).language == "de"


def test_html_without_body_text_raises_empty_body() -> None:
    with pytest.raises(EmptyBody):
        to_article(_page((HTML / "only_links.html").read_text(encoding="utf-8")))


def test_copied_web_page_text_keeps_the_article_and_drops_the_furniture() -> None:
    raw = (TEXT / "webpage_copy.txt").read_text(encoding="utf-8")
    article = to_article(_page(raw, kind="text"))
    text = article.text
    paragraphs = [
        line for line in raw.splitlines()
        if line.endswith(".") and len(line.split()) >= 12 and "newsletter" not in line
    ]
    assert len(paragraphs) == 5
    for para in paragraphs:
        assert para in text
    assert "Anna Petrakis is a reporter based in Lakeside." in text
    for furniture in ("Main Menu", "• Courts", "Hill Country", "You can search",
                      "newsletter", "Related", "Popular", "flood barriers", "© 2021"):
        assert furniture not in text, furniture
    assert text.startswith("Three farmers fined over illegal dam")
    assert article.title == "Three farmers fined over illegal dam"
    assert article.published == dt.date(2021, 9, 9)  # the byline "Anna Petrakis Sep 9, 2021"
    assert article.body_method == "text-stripped"
    # Lines are kept verbatim: record offsets point into this text.
    for line in text.splitlines():
        assert not line or line in raw


def test_clean_press_release_keeps_every_line() -> None:
    raw = (TEXT / "press_release.txt").read_text(encoding="utf-8")
    article = to_article(_page(raw, kind="text"))
    assert article.text.splitlines() == [ln for ln in raw.splitlines() if ln.strip()]
    assert article.published == dt.date(2022, 3, 2)
    assert article.body_method == "text"


@pytest.mark.parametrize("dateline", [
    ["Eldoret,", "14 March 2019"],
    ["KISUMU, Kenya —"],
    ["Mombasa,", "Friday, June 7, 2019"],
])
def test_a_dateline_broken_over_short_lines_stays_with_the_article(dateline: list[str]) -> None:
    menu = ["Home", "World", "Politics", "Sport", "Business", "Contact us"]
    story = [
        "Court jails former clerk over land fraud",
        *dateline,
        "A former land registry clerk was on Tuesday jailed for six years for forging title "
        "deeds, the court heard.",
        "Samuel Otieno, 48, was convicted of forgery and obtaining money by false pretences.",
        "His lawyer said he would appeal against both the conviction and the sentence.",
    ]
    body = strip_text("\n".join([*menu, *story, "Related stories", "Sign up for our newsletter"]))
    assert body.text.splitlines() == story
    assert body.title == story[0]
    assert "Contact us" not in body.text


def test_sentence_broken_over_link_lines_is_kept() -> None:
    menu = "\n".join(["Home", "About", "Services", "Contact", "Careers", "News", "Events"])
    article = (
        "The court sentenced the defendant to ten years in prison on Monday, the office said.\n"
        "The district attorney thanked Assistant District Attorneys\nJane Roe\nand\nJohn Poe\n"
        "for handling the case and the police for their careful investigation.\n"
    )
    body = strip_text(menu + "\n" + article + menu)
    assert "Jane Roe\nand\nJohn Poe\nfor handling the case" in body.text
    assert "Careers" not in body.text


@pytest.mark.parametrize(("intro", "bullet", "gap"), [
    ("Those sentenced are:", "●", "\n"),
    ("The court convicted the following people:", "•", ""),
    ("Among the defendants jailed were:", "-", "\n"),
])
def test_a_bulleted_list_of_names_under_a_colon_stays_in_the_story(
        intro: str, bullet: str, gap: str) -> None:
    # a list of defendants one a line (blank lines between or not) is story text, not a menu
    menu = ["Home", "World", "Politics", "Sport", "Business", "Contact us"]
    lead = ("A judge in Marvel on Tuesday sentenced eight activists to two years in prison "
            "each for taking part in a blockade of the port.")
    names = ["Teo Barrant", "Lisa Vorn", "Ado Kemmel", "Rina Poll", "Sven Dahl", "Ola Tirk",
             "Nils Aamot", "Kari Stem"]
    listed = f"\n{gap}".join(f"{bullet} {n}" for n in names)
    after = ("Their lawyers said they would appeal the verdict, calling the prosecution "
             "an attack on the right to protest.")
    body = strip_text("\n".join([*menu, lead, "", intro, gap + listed, "", after, *menu]))
    assert body.text.startswith(lead)
    assert f"{bullet} Teo Barrant" in body.text and f"{bullet} Kari Stem" in body.text
    assert body.text.rstrip().endswith(after)


def test_a_bulleted_menu_under_a_label_is_still_dropped() -> None:
    menu = "\n".join(["Menu:", "• Home", "• World", "• Politics", "• Sport", "• Contact"])
    story = ("The regional court in Tarsk sentenced a former mayor to six years in prison on "
             "Monday for taking bribes from builders, the prosecutor's office said.\n"
             "His lawyer said the mayor would appeal against both the verdict and the term.")
    body = strip_text(menu + "\n" + story + "\n" + menu)
    assert body.text.strip() == story


def test_empty_text_document_raises_empty_body() -> None:
    with pytest.raises(EmptyBody):
        to_article(_page("  \n \n", kind="text"))


# --- verdicts body --------------------------------------------------------------------------

def _folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "a.html").write_bytes((HTML / "news_article.html").read_bytes())
    (docs / "sub" / "b.html.gz").write_bytes(
        gzip.compress((HTML / "ad_wrapper.html").read_bytes())
    )
    (docs / "c.txt").write_bytes((TEXT / "webpage_copy.txt").read_bytes())
    (docs / "notes.md").write_text("not a document", encoding="utf-8")
    return docs


def test_body_json_over_a_folder(tmp_path: Path) -> None:
    out = io.StringIO()
    code = run_body([str(_folder(tmp_path))], as_json=True, out=out)
    assert code == 0
    data = json.loads(out.getvalue())
    assert sorted(data) == ["a", "b", "c"]
    for item in data.values():
        assert set(item) == {"path", "status", "reason", "articleBody", "title", "published",
                             "author", "language", "method"}
        assert item["status"] == "ok" and item["reason"] is None
    assert data["a"]["published"] == "2021-03-04"
    assert data["a"]["author"] == "Maria Okafor, Tom Lindqvist"
    assert data["b"]["articleBody"].startswith("An appeals court on Monday")
    assert data["c"]["language"] == "en"


def test_body_reports_each_failed_file_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = _folder(tmp_path)
    (docs / "broken.html.gz").write_bytes(b"not gzip at all")
    (docs / "links.html").write_bytes((HTML / "only_links.html").read_bytes())
    out = io.StringIO()
    code = run_body([str(docs), str(tmp_path / "missing.html")], as_json=False, out=out)
    assert code == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3
    assert any("broken.html.gz" in line for line in err)
    assert any("links.html" in line and "empty-body" in line for line in err)
    assert any("missing.html" in line for line in err)
    text = out.getvalue()
    assert "An appeals court on Monday" in text
    # Every input is named, as head(1) does, the failed ones too.
    headers = [line for line in text.splitlines() if line.startswith("==> ")]
    assert len(headers) == 6
    assert f"==> {tmp_path / 'missing.html'} <==" in headers
    assert any(h.endswith("links.html <==") for h in headers)


def test_body_json_names_every_input_with_a_status(tmp_path: Path) -> None:
    docs = _folder(tmp_path)
    (docs / "links.html").write_bytes((HTML / "only_links.html").read_bytes())
    (docs / "broken.html.gz").write_bytes(b"not gzip at all")
    out = io.StringIO()
    code = run_body([str(docs)], as_json=True, out=out)
    assert code == 1
    data = json.loads(out.getvalue())
    assert sorted(data) == ["a", "b", "broken", "c", "links"]
    assert data["links"]["status"] == "empty" and data["links"]["articleBody"] is None
    assert "empty-body" in data["links"]["reason"]
    assert data["broken"]["status"] == "failed" and "gzip" in data["broken"]["reason"]
    assert data["a"]["status"] == "ok" and data["a"]["articleBody"]


def test_body_json_text_is_what_json_dumps_writes(tmp_path: Path) -> None:
    # The command writes its JSON itself (json's indented encoder is slow): byte for byte
    # what json.dumps(..., ensure_ascii=False, indent=2) writes, odd characters included.
    docs = _folder(tmp_path)
    (docs / "links.html").write_bytes((HTML / "only_links.html").read_bytes())
    out = io.StringIO()
    run_body([str(docs)], as_json=True, out=out)
    data = json.loads(out.getvalue())
    assert out.getvalue() == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    odd = {'k "q"\n\u2028\x00é': {"path": "a\\b", "reason": "\t\ud7ff", "title": None}, "e": {}}
    assert _json_text(odd) == json.dumps(odd, ensure_ascii=False, indent=2)
    assert _json_text({}) == "{}"


def test_body_exit_codes_from_the_command_line(tmp_path: Path) -> None:
    docs = _folder(tmp_path)
    cmd = [sys.executable, "-m", "verdicts.cli", "body"]
    ok = subprocess.run([*cmd, str(docs / "a.html")], capture_output=True, text=True,
                        timeout=120, check=False)
    assert ok.returncode == 0, ok.stderr
    assert "==>" not in ok.stdout and ok.stdout.strip()
    (docs / "links.html").write_bytes((HTML / "only_links.html").read_bytes())
    some = subprocess.run([*cmd, "--json", str(docs)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert some.returncode == 1
    assert json.loads(some.stdout)["a"]["status"] == "ok"
    usage = subprocess.run([*cmd, "--no-such-option", str(docs)], capture_output=True,
                           text=True, timeout=120, check=False)
    assert usage.returncode == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    none = subprocess.run([*cmd, str(empty)], capture_output=True, text=True, timeout=120,
                          check=False)
    assert none.returncode == 2 and "no .html" in none.stderr
    helped = subprocess.run([*cmd, "--help"], capture_output=True, text=True, timeout=120,
                            check=False)
    assert "exit status" in helped.stdout and "==> PATH <==" in helped.stdout


def test_decode_prefers_utf8_then_guesses() -> None:
    text = "Café — “verdict” in Zürich"
    assert decode(text.encode("utf-8")) == text
    latin = "Le tribunal a condamné l'accusé à une amende élevée pour fraude fiscale."
    assert decode(latin.encode("cp1252")) == latin


def test_body_command_does_not_import_spacy_or_pydantic(tmp_path: Path) -> None:
    doc = tmp_path / "a.html"
    doc.write_bytes((HTML / "news_article.html").read_bytes())
    # through the CLI as a user runs it: its parser builds the extract configuration too
    code = (
        "import sys\n"
        "from verdicts.cli import main\n"
        f"rc = main(['body', {str(doc)!r}, '--json'])\n"
        "assert rc == 0, rc\n"
        "assert 'spacy' not in sys.modules, 'spacy was imported'\n"
        "assert 'pydantic' not in sys.modules, 'pydantic was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr


def test_table_pasted_line_by_line_does_not_cut_the_article() -> None:
    menu = "\n".join(["Home", "About", "Services", "Contact", "Careers", "News", "Events"])
    first = (
        "Prosecutors said on Monday that the court had ordered detention in most of the cases "
        "brought under the new policy during its first three months in force."
    )
    table = "\n".join(["Charge", "Requests", "Granted", "Firearms", "202", "115", "Theft",
                       "857", "86%", "Assault", "34", "12", "Burglary", "41", "19"])
    numbered = "Those sentenced were:\n1. Dana Cole, 24\n2. Rey Ortiz, 31"
    last = (
        "The office thanked the police department and the victim services unit for their "
        "careful work on these cases over many months, the statement said."
    )
    body = strip_text("\n".join([menu, first, table, numbered, last, menu]))
    assert body.text.startswith(first)
    assert body.text.endswith(last)
    assert "857\n86%" in body.text
    assert "1. Dana Cole, 24\n2. Rey Ortiz, 31" in body.text
    assert "Careers" not in body.text


def test_press_release_sentences_with_web_words_are_kept() -> None:
    raw = (TEXT / "press_release.txt").read_text(encoding="utf-8")
    extra = (
        "Reed ran a cookie-cutter scheme and read more than forty privacy policy pages.\n"
        "The scheme targeted people who signed up for a fake newsletter, prosecutors said.\n"
    )
    text = raw.replace("###\n", extra + "###\n")
    body = strip_text(text)
    for line in extra.splitlines():
        assert line in body.text.splitlines()


@pytest.mark.parametrize("line", [
    "Harlow, 52, of Mill Lane, had denied poisoning his neighbour on March 3, 2018.",
    "On 14 June 2021, officers stopped a van on the Dunmore road and found the drugs.",
    "on August 9, 2017, smashing the windows of two shops as the crowd grew around the",
])
def test_a_date_in_the_story_prose_is_no_publication_date(line: str) -> None:
    # the offence's or arrest's day, told in a sentence near the top: "today" and "on
    # Tuesday" must not resolve against it
    story = [
        "Warehouse worker jailed for life",
        "A warehouse worker was today jailed for life at Carlow Circuit Court.",
        line,
        "The judge said the attack had been planned for weeks.",
    ]
    assert strip_text("\n".join(story)).published is None


@pytest.mark.parametrize("byline", [
    "By Ruth Okafor March 3, 2018",
    "Posted on 14 June 2021 at 09:10",
    "Nadia Brill | Updated: August 9, 2017",
])
def test_a_byline_date_is_still_the_publication_date(byline: str) -> None:
    story = [
        "Warehouse worker jailed for life",
        byline,
        "A warehouse worker was today jailed for life at Carlow Circuit Court.",
        "The judge said the attack had been planned for weeks.",
    ]
    assert strip_text("\n".join(story)).published is not None


@pytest.mark.parametrize(("lines", "day"), [
    # the page's own today above the story's byline: the byline's day
    (["Monday, March 9th, 2020", "by Ruth Okafor May 4, 2019"], dt.date(2019, 5, 4)),
    (["Saturday, 2 January 2021", "Staff reporter | 28 December 2020"], dt.date(2020, 12, 28)),
    # ... a weekday-led line alone is still the page's date
    (["Tuesday, 9 June 2015"], dt.date(2015, 6, 9)),
])
def test_a_byline_beats_a_weekday_line_above_it(lines: list[str], day: dt.date) -> None:
    story = [
        "Warehouse worker jailed for life",
        *lines,
        "A warehouse worker was today jailed for life at Carlow Circuit Court.",
        "The judge said the attack had been planned for weeks.",
    ]
    assert strip_text("\n".join(story)).published == day
