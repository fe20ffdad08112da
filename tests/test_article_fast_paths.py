"""The article package's fast paths give what the slower checks they stand for give.

Each fast path skips a regex (or a Unicode one) when a cheap test shows it cannot match; these
tests hold the cheap test to that promise on hand-made lines and on generated ones.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.article import _render, language

# Pieces that make caption, credit and byline shapes likelier than random letters would.
_PIECES = st.sampled_from(
    [
        " ", "  ", "\u00a0", ".", "!", "?", "(", ")", "[", "]", "/", ":", "'", "’", "”", '"',
        "Image", "Photo", "photos", "credit", "Credit", "Source", "Reuters", "AP", "AFP", "EPA",
        "Getty", " Images", "Bloomberg", "Shutterstock", "AP Photo", "Kathrin", "Ziegler",
        "New York", "by", "By", "BY", "12", "3:45", "2019", "a", "Z", "x", "é", "_", "-",
    ]
)
_LINES = st.lists(_PIECES, max_size=14).map("".join)
# A line with a caption's opening near its end, and one that begins as a byline may.
_CAPTION_LINES = st.tuples(
    _LINES, st.sampled_from([".", "!", "?", "(", "[", ".”", ".Kathrin Ziegler/"]), _LINES
).map("".join)
_BYLINE_LINES = st.tuples(
    st.sampled_from(["by ", "By ", "BY\t", "b", "Bye ", "ﬁ", "By: "]), _LINES
).map("".join)


def test_caption_lines_pass_the_ending_check() -> None:
    captions = [
        "A man walks past the court in Omsk. (Image: GETTY)",
        "The judge leaves the building [Photo credit: Court Press]  ",
        "Police outside the house on Tuesday.Reuters",
        "Police outside the house on Tuesday.”Getty Images\u00a0",
        "Police outside the house on Tuesday.AP Photo",
        "Winter in the city isn't easy.Kathrin Ziegler/Getty",
        "Winter in the city isn't easy.Kathrin Ziegler/Getty Images ",
    ]
    for line in captions:
        assert _render._CAPTION.search(line), line
        assert _render._may_be_caption(line), line
        assert _render._is_boiler_line(line), line
    # A sentence of the story that only mentions an agency is not a caption.
    story = "The agency told Reuters the verdict would be appealed next week."
    assert not _render._may_be_caption(story)
    assert not _render._is_boiler_line(story)


@settings(max_examples=400, deadline=None)
@given(_CAPTION_LINES)
def test_no_caption_is_skipped_by_the_ending_check(line: str) -> None:
    if _render._CAPTION.search(line):
        assert _render._may_be_caption(line)


@settings(max_examples=400, deadline=None)
@given(_BYLINE_LINES)
def test_bylines_begin_with_by(line: str) -> None:
    if _render._BYLINE.match(line):
        assert line[:2].lower() == "by"


def test_dated_bylines_are_furniture_whatever_their_case() -> None:
    for line in ("By Tom Rogan | 11/18/2019 12:26", "BY TOM ROGAN 18.11.2019", "by tom 3:45"):
        assert _render._is_boiler_line(line), line
    assert not _render._is_boiler_line("Bystanders saw the van at 3:45 on Tuesday.")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
def test_ascii_windows_are_cut_into_the_same_words(text: str) -> None:
    lowered = text.lower()
    assert language._ASCII_TOKEN.findall(lowered) == language._TOKEN.findall(lowered)


def test_words_with_apostrophes_and_digits_are_cut_alike() -> None:
    text = "don't rock'n'roll it's l'homme 2nd b2b snake_case o'  'quoted'"
    assert language._ASCII_TOKEN.findall(text) == language._TOKEN.findall(text)
    assert "don't" in language._ASCII_TOKEN.findall(text)
