"""The article package's fast paths give what the slower checks they stand for give.

Each fast path skips a regex (or a Unicode one) when a cheap test shows it cannot match; these
tests hold the cheap test to that promise on hand-made lines and on generated ones.
"""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.article import _render, boilerplate, language

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


# One line for each alternative of _render._BOILER_LINE, in mixed case.
_BOILER_EXAMPLES = [
    "Advertisement", "ADVERTISING", "Sponsored", "Ad", "ads", "Story continues below",
    "Continue reading", "Read more", "Read next", "Read also", "See also", "Related",
    "Related coverage", "Share", "Share this", "Share this story", "Click here to sign in",
    "Sign up for alerts", "Subscribe now", "Follow us on X", "Photo: Jane Roe",
    "Images : AP", "Video: court footage", "Graphics: BBC", "Credits: Getty", "Getty Images",
    "AP Photo/Jane Roe", "Reuters", "Copyright © 2019 Ledger", "Copyright (c) Ledger",
    "Copyright Ledger Media 2019 all rights", "© Ledger 2019", "All rights reserved.",
    "Loading...", "12 comments", "Comment", "Print", "Email", "Facebook", "Twitter",
    "WhatsApp", "LinkedIn", "Pinterest", "Skip to main content", "Skip to content",
    "Back to top", "Top stories", "More from Ledger", "Recommended", "Recommended for you",
    "You may also like", "We recommend", "Most read", "Most popular today", "Trending now",
    "Newsletters", "Newsletter signup", "Already a subscriber? Log in", "Log in", "Login",
    "Register", "Advert", "Sponsored links", "Don't miss", "Dont miss",
    "You may also be interested in", "Tell us what you think", "More on this",
    "Updated", "Published:", "Posted", "Other court stories", "Related news",
    "Recommended legal videos", "Popular on Ledger", "Caption", "Text size",
    "Just watched", "Video 3:45", "Watch now", "Play video", "Menu", "Search", "Close",
]
_BOILER_WORDS = st.sampled_from(
    [w for line in _BOILER_EXAMPLES for w in line.split()] + [" ", ":", "ſ", "ı", "K", "İ", "3"]
)


def test_every_kind_of_furniture_line_opens_as_the_regex_expects() -> None:
    for line in _BOILER_EXAMPLES:
        assert _render._BOILER_LINE.match(line), line
        assert _render._may_be_boiler(line), line
        assert _render._is_boiler_line(line), line
    # A sentence of the story: neither its opening nor the regex takes it.
    assert not _render._may_be_boiler("The court heard that the men had met in 2019.")


@settings(max_examples=600, deadline=None)
@given(st.lists(_BOILER_WORDS, min_size=1, max_size=6).map(" ".join))
def test_no_furniture_line_is_skipped_by_the_opening_check(line: str) -> None:
    for case in (line, line.upper(), line.title()):
        if _render._BOILER_LINE.match(case):
            assert _render._may_be_boiler(case)


_WORDS = st.sampled_from(["the", "court", "jailed", "him", "for", "two", "years", "é", "“quoted”"])
_TEXT_LINES = st.lists(st.lists(_WORDS, min_size=1, max_size=120).map(" ".join), min_size=3,
                       max_size=30)
_BREAKS = st.sampled_from(["\n", "\n\n", "\r\n", "\r", "\u2028"])


@settings(max_examples=300, deadline=None)
@given(_TEXT_LINES, _BREAKS)
def test_the_opening_window_is_the_first_window_of_the_whole_text(
    lines: list[str], brk: str
) -> None:
    text = brk.join(lines)
    opening = language._opening(text)
    if opening is not None:
        assert opening == language._windows(text)[0]


def test_the_opening_window_is_read_from_whole_lines_of_the_head() -> None:
    sentence = "The court jailed the two men for six years on Monday, the prosecutor said. "
    text = "Short line\n\n" + "\n\n".join([sentence * 4] * 20)
    assert language._opening(text) == language._windows(text)[0]
    # A head without enough prose, or cut inside its first paragraph, leaves the text to the
    # full cut.
    assert language._opening("Too short\n" * 500) is None
    assert language._opening("Short line\n" + sentence * 40) is None


def test_tags_are_counted_alike_with_and_without_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy  # noqa: F401  # the vector count is taken when NumPy is imported

    pages = [b"", b"<", b"no tags", "<p>caf\u00e9 < 3 <b>x</b>".encode() * 1000]
    for data in pages:
        assert boilerplate._tags_in(data) == data.count(b"<")
    monkeypatch.delitem(sys.modules, "numpy")
    for data in pages:
        assert boilerplate._tags_in(data) == data.count(b"<")


# One line for each alternative of _render._PROMO.
_PROMO_EXAMPLES = [
    "Sign up for our Newsletters today", "She may be reached at jane@ledger.example",
    "Have a news tip? Write to us", "Follow Jane Roe on Twitter", "Follow us on Facebook",
    "Listen live on Ledger Radio", "Download our app for alerts", "All Rights Reserved.",
    "Click here for the full ruling", "If you enjoyed this story, share it", "© Ledger 2019",
    "Read the ruling at https://court.example/ruling", "(Reporting by Jane Roe; editing by X)",
    "Additional reporting by Tom Lind", "Writing by Jane Roe", "Editing by Tom Lind",
    "Tom Lind contributed to this report", "Jane Roe contributed reporting",
]
_PROMO_PIECES = st.sampled_from(
    [w for line in _PROMO_EXAMPLES for w in line.split()] + ["ſ", "ı", "İ", "\u212a", "“", "é"]
)


def test_every_kind_of_call_to_action_holds_one_of_the_promo_words() -> None:
    for line in _PROMO_EXAMPLES:
        assert _render._PROMO.search(line), line
        assert _render._may_be_promo(line), line
        assert _render._is_promo(line), line
    assert not _render._may_be_promo("The court heard the appeal on Monday.")
    # "ı" matches "i" without case: a line with it is left to the regex, which takes it.
    assert _render._PROMO.search("Cl\u0131ck here for the ruling")
    assert _render._may_be_promo("Cl\u0131ck here for the ruling")


@settings(max_examples=600, deadline=None)
@given(st.lists(_PROMO_PIECES, min_size=1, max_size=8).map(" ".join))
def test_no_call_to_action_is_skipped_by_the_word_check(line: str) -> None:
    for case in (line, line.upper(), line.swapcase()):
        if _render._PROMO.search(case):
            assert _render._may_be_promo(case)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab 19:,.é²٣\u00a0Tuesday"), max_size=60))
def test_digits_are_found_alike_in_ascii_and_other_lines(line: str) -> None:
    assert _render._has_digit(line) == any(map(str.isdigit, line))


def test_datelines_are_told_from_sentences_with_a_number() -> None:
    assert _render._is_date_only("10:01 pm PST, Tuesday, November 19, 2019")
    assert _render._is_date_only("19\u00a0Nov 2019")
    assert not _render._is_date_only("The court jailed him for 2 years on Tuesday")
    assert not _render._is_date_only("Tuesday, November")  # no digit: not a dateline
