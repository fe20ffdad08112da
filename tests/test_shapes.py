"""Page shapes as classes (tests/fixtures/html/shapes): bullet-point articles, docs with code,
stories split around ads, rules and galleries, slideshows and related cards inside
``<article>``, table layouts and math. Each page's body holds its text and not its furniture;
a page without an article gives a reason, never an empty string."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.article.boilerplate import strip
from schemas.errors import EmptyBody

SHAPES = Path(__file__).resolve().parent / "fixtures" / "html" / "shapes"

# name: (phrases the body must hold, phrases it must not hold)
EXPECT: dict[str, tuple[list[str], list[str]]] = {
    "list_lease.html": (
        ["Read the clause on the deposit twice", "Make sure the names of every adult",
         "Keep a signed copy of everything"],
        ["Popular posts", "How to get your deposit back", "written by volunteers"],
    ),
    "list_glossary.html": (
        ["Arraignment: the hearing", "Hearsay: a statement", "Leave to appeal: permission",
         "During the trial"],
        ["Civil courts glossary", "Accessibility"],
    ),
    "list_nested.html": (
        ["Two pairs of merino socks", "A filter bottle, because streams",
         "A small first-aid kit"],
        ["Best huts in the north", "More from Trail Diary", "About us"],
    ),
    "docs_sphinx.html": (
        ["tallyho counts things", "pip install tallyho", "counter.add(word.strip())",
         "Counters of different widths cannot be merged", "Merging counters"],
        ["Quick search", "Table of Contents", "Created using Sphinx", "¶"],
    ),
    "docs_flat_sections.html": (
        ["The runner reads one file", "count = 4", "attempts = 5", 'level = "info"',
         "Logs go to standard error"],
        ["Writing jobs", "Security"],
    ),
    "docs_mkdocs.html": (
        ["Ledgerline writes the accounts", "--format sqlite --out q1.db",
         "still marked as drafts", "0 6 1 * * ledgerline export"],
        ["Importing data", "Made with Material"],
    ),
    "split_ad.html": (
        ["A landlord who left eleven tenants", "The landlord, who represented himself",
         "He was also ordered to pay 2,400 pounds in costs."],
        ["Advertisement", "Share on Facebook", "Mill Street"],
    ),
    "split_hr.html": (
        ["I took the night ferry north", "a bucket of ginger biscuits",
         "On my last night the captain"],
        ["previous post", "archive"],
    ),
    "split_gallery.html": (
        ["The open-air pool on the edge of the park", "A group of neighbours raised",
         "children under five swim for free"],
        ["Copyright 2024", "lido parks"],
    ),
    "slideshow_article.html": (
        ["The town council voted on Tuesday night", "Work is expected to start next spring"],
        ["Photo 1 of 50", "Photo 50 of 50", "Morwenna Tey has covered",
         "Sea wall repairs to cost twice"],
    ),
    "slideshow_unnamed.html": (
        ["Nobody at the county cricket club", "Next season the club hopes"],
        ["Photo 1 of 50", "Photo 37 of 50", "Bowling machines for every club",
         "The county board will lend one"],
    ),
    "table_layout.html": (
        ["The archive holds the minute books", "Most of the cases are small",
         "put them on this site, one page per session"],
        ["Guestbook", "Best viewed at"],
    ),
    "table_rows.html": (
        ["The club was founded in 1887", "The present boathouse was built in 1910",
         "a veterans' crew whose combined age"],
        ["Fixtures", "Contact the secretary"],
    ),
    "table_cells.html": (
        ["You can ask to be excused", "Most people serve for two weeks",
         "Tell the court staff at once", "Will I be paid?"],
        ["Cookies", "Witnesses"],
    ),
    "table_data.html": (
        ["fell for the third year running", "2021 | 4,105 | 2,951",
         "Year | Cases received | Waiting at year end", "the backlog of waiting cases"],
        ["About", "Justice"],
    ),
    "math_mathml.html": (
        ["whole numbers, 1 + 1/2 + 1/3", "≥ 1 +", "the partial sums grow without bound"],
        ["Previous", "Algebra"],
    ),
    "math_katex.html": (
        ["it is worth P(1 + r)^n", "A sum P left at a yearly rate r"],
        ["Newsletter", "mord"],
    ),
}
NO_ARTICLE = ["noarticle_shop.html", "noarticle_login.html"]


def _body(name: str) -> str:
    return strip((SHAPES / name).read_text(encoding="utf-8")).text


def test_every_fixture_is_covered() -> None:
    names = {p.name for p in SHAPES.glob("*.html")}
    assert names == set(EXPECT) | set(NO_ARTICLE)
    # Several variants of each shape.
    for shape in ("list_", "docs_", "split_", "slideshow_", "table_", "math_"):
        assert sum(name.startswith(shape) for name in names) >= 2, shape


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_body_holds_the_article_and_not_the_furniture(name: str) -> None:
    body = _body(name)
    must, must_not = EXPECT[name]
    for phrase in must:
        assert phrase in body, phrase
    for phrase in must_not:
        assert phrase not in body, phrase


def test_code_keeps_its_lines_and_indentation() -> None:
    paragraphs = _body("docs_sphinx.html").split("\n\n")
    code = next(p for p in paragraphs if p.startswith("from tallyho import Counter"))
    assert "\n    counter.add(word.strip())\n" in code
    assert code.endswith("print(counter.top(10))")


def test_bullet_points_come_in_page_order() -> None:
    body = _body("list_lease.html")
    firsts = ["Read the clause", "Ask who pays", "Photograph every room", "Keep a signed copy"]
    positions = [body.index(p) for p in firsts]
    assert positions == sorted(positions)


@pytest.mark.parametrize("name", NO_ARTICLE)
def test_a_page_without_an_article_gives_a_reason(name: str) -> None:
    with pytest.raises(EmptyBody) as info:
        _body(name)
    assert info.value.reason == "empty-body"
    assert len(str(info.value)) > 10
