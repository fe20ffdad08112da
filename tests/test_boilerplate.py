"""The body stripper on hand-written pages (tests/fixtures/html) and on bad input."""

from __future__ import annotations

import io
import json
import random
import re
from pathlib import Path

import pytest

from extract.article._tree import below, under
from extract.article.boilerplate import Body, parse, parse_utf8, strip, strip_tree
from schemas.errors import EmptyBody
from verdicts.body_command import run_body

HTML = Path(__file__).resolve().parent / "fixtures" / "html"


def _page(name: str) -> str:
    return (HTML / name).read_text(encoding="utf-8")


def _visible_paragraphs(html: str, container_class: str) -> list[str]:
    """The <p> texts inside the element with ``container_class`` (read with a regex, not the
    stripper), minus nested boilerplate boxes: what a reader sees as the article."""
    start = html.index(f'class="{container_class}"')
    end = html.index("</article>", start) if "</article>" in html[start:] else len(html)
    chunk = re.sub(r"<aside.*?</aside>", "", html[start:end], flags=re.S)
    paras = re.findall(r"<p>(.*?)</p>", chunk, flags=re.S)
    return [" ".join(re.sub(r"<[^>]+>", "", p).split()) for p in paras]


def test_keeps_every_article_paragraph_and_drops_the_page_furniture() -> None:
    html = _page("news_article.html")
    body = strip(html)
    paragraphs = body.text.split("\n\n")
    expected = _visible_paragraphs(html, "story-body")
    assert len(expected) == 6
    for para in expected:
        assert para in paragraphs
    for furniture in (
        "Skip to content", "Obituaries", "Flood warnings", "Share on Facebook",
        "county courthouse on Main Street", "Advertisement", "morning newsletter",
        "Council approves new budget", "About time somebody", "sourdough", "All rights reserved",
        "Corruption", "Court jails former mayor",  # the <h1> title is not body text
    ):
        assert furniture not in body.text, furniture


def test_subheadings_inside_the_article_stay_in_order() -> None:
    body = strip(_page("news_article.html"))
    paragraphs = body.text.split("\n\n")
    heading = paragraphs.index("Contractors also charged")
    assert paragraphs[heading + 1].startswith("Two contractors who paid the bribes")


def test_paragraphs_are_separated_by_one_blank_line() -> None:
    body = strip(_page("news_article.html"))
    assert "\n\n\n" not in body.text
    assert body.text == body.text.strip()
    assert all(p.strip() == p and p for p in body.text.split("\n\n"))
    assert body.paragraphs == len(body.text.split("\n\n"))


def test_a_boilerplate_class_name_on_a_page_wrapper_does_not_drop_the_article() -> None:
    body = strip(_page("ad_wrapper.html"))
    assert body.text.startswith("An appeals court on Monday upheld a fine")
    assert "supreme court to review the case." in body.text
    assert "World" not in body.text.split()


def test_text_split_by_br_in_a_table_cell_becomes_paragraphs() -> None:
    body = strip(_page("br_paragraphs.html"))
    paragraphs = body.text.split("\n\n")
    assert any(p.startswith("A jury in the port city acquitted") for p in paragraphs)
    assert paragraphs[-1].startswith("Outside the courtroom, one of the men")
    assert "Archive" not in body.text


def test_json_ld_body_that_the_page_does_not_show_is_not_trusted() -> None:
    story = "".join(
        f"<p>The tribunal heard witness number {i} describe the night of the fire, "
        f"and the defence questioned every detail of the account.</p>"
        for i in range(4)
    )
    other = " ".join(["Completely different words about a football transfer saga."] * 80)
    html = (
        '<html><head><script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "articleBody": "{other}"}}'
        f"</script></head><body><div class='story'>{story}</div></body></html>"
    )
    body = strip(html)
    assert "football" not in body.text
    assert body.text.count("The tribunal heard witness") == 4


def test_json_ld_body_is_used_when_the_page_shows_it_only_as_link_lists() -> None:
    sentences = [
        f"Sentence {i} of the report says the council broke procurement rules in {2000 + i}."
        for i in range(40)
    ]
    ld_body = "\\n\\n".join(sentences)
    # The page shows the same text, but as a list of links: no block scorer would pick it.
    items = "".join(f"<li><a href='/s{i}'>{s}</a></li>" for i, s in enumerate(sentences))
    html = (
        '<html><head><script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "articleBody": "{ld_body}"}}'
        "</script></head><body>"
        "<div class='story'><p>A short teaser paragraph about the council and its rules.</p>"
        "<p>Another short line of teaser text, as news sites often show first.</p></div>"
        f"<ul class='rest'>{items}</ul></body></html>"
    )
    body = strip(html)
    assert body.method == "json-ld"
    assert body.text.split("\n\n") == sentences


# --- bad input: an empty body with a reason, never another exception ------------------------

def _deep(levels: int) -> str:
    para = "<p>" + "The court fined the company for polluting the river, the judge said. " * 3
    return "<html><body>" + "<div>" * levels + para + "</p>" + "</div>" * levels + "</body></html>"


BAD_INPUTS = {
    "empty": "",
    "whitespace": "   \n\t ",
    "no-body": "<html><head><title>Only a title</title></head></html>",
    "frameset": None,  # read from the fixture below
    "only-links": None,
    "plain-text": "Just a sentence of plain text, no markup at all.",
    "invalid-chars": "\x00\x01\ufffd<p>\x00</p>\udcff",
    "binary-like": "".join(chr(i % 256) for i in range(20_000)),
    "unclosed-divs": "<html><body>" + "<div class=x><span>word</span> " * 30_000 + "</body></html>",
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gives_an_empty_body_with_a_reason(name: str) -> None:
    html = BAD_INPUTS[name]
    if html is None:
        html = _page(f"{name.replace('-', '_')}.html")
    with pytest.raises(EmptyBody) as info:
        strip(html)
    assert info.value.reason == "empty-body"
    assert str(info.value)


def test_markup_nested_ten_thousand_levels_deep_is_read_without_recursion() -> None:
    body = strip(_deep(10_000))
    assert "The court fined the company" in body.text


def test_a_twenty_megabyte_page_is_handled() -> None:
    para = "<p>" + "The jury returned its verdict after two days of careful deliberation. " * 4
    html = "<html><body><div class='story'>" + (para + "</p>") * 70_000 + "</div></body></html>"
    assert len(html) > 20_000_000
    body = strip(html)
    assert isinstance(body, Body)
    assert body.text.startswith("The jury returned its verdict")


def test_story_split_into_sections_with_embeds_and_pop_ups() -> None:
    body = strip(_page("magazine_sections.html"))
    paragraphs = body.text.split("\n\n")
    # Both copies of the section container are kept, in page order, without the figure.
    assert paragraphs[0].startswith("For six years the villagers downstream")
    assert paragraphs[-1].startswith("Its owners said they would appeal")
    assert "The judge disagreed with the defence." in body.text
    assert "Jars of river water" not in body.text
    assert "(Image: GETTY)" not in body.text
    # The name in the sentence stays; the hover card behind it goes.
    assert "the prosecutor, Ines Varga, asked for the jars" in body.text
    assert "More stories about Ines Varga" not in body.text
    # The quoted tweet stays although its box is called a "widget".
    assert any(p.startswith("Verdict in the tannery case: guilty") for p in paragraphs)
    # A sentence that is mostly links is still a sentence.
    assert "The company was fined 4 million and ordered to clean up the riverbed" in body.text
    # Dateline, call to action and the link list at the end go.
    for furniture in ("10:01 pm PST", "Follow River Watch", "More great stories",
                      "shrinking every year", "Science"):
        assert furniture not in body.text, furniture


def test_a_comment_thread_longer_than_the_article_is_not_the_article() -> None:
    body = strip(_page("comments_thread.html"))
    assert body.text.startswith("A driver who killed two cyclists")
    assert body.text.endswith("shown great dignity throughout the trial.")
    assert "comment number" not in body.text


def test_article_after_megabytes_of_script_and_inline_images_is_found() -> None:
    para = "<p>" + "The appeal was dismissed and the original sentence stands, the court said. " * 3
    html = (
        "<html><head><script>var blob = '" + "a" * 9_000_000 + "';</script></head><body>"
        + '<img src="data:image/png;base64,' + "QUJD" * 1_000_000 + '">'
        + "<div class='story'>" + (para + "</p>") * 4 + "</div></body></html>"
    )
    body = strip(html)
    assert body.text.count("The appeal was dismissed") == 12


def test_bylines_and_datelines_go_but_sentences_that_look_like_them_stay() -> None:
    sentences = [
        "By 2020, the fund had grown to 1.5 million dollars, the trustees told the court.",
        "By 10:30 a.m. the crowd outside the courthouse had dispersed peacefully.",
        "The judge adjourned the hearing until the new year, citing the volume of evidence.",
    ]
    furniture = ["By Jane Doe - 11/18/19 11:04 PM EST", "Updated at 1:23 p.m.",
                 "Tuesday, November 19, 2019", "A crowd outside the court (Photo: Staff)"]
    paras = "".join(f"<p>{line}</p>" for line in furniture[:3] + sentences + furniture[3:])
    body = strip(f"<html><body><div class='story'>{paras}</div></body></html>")
    assert body.text.split("\n\n") == sentences


def test_a_story_ending_on_copyright_or_privacy_keeps_its_last_paragraph() -> None:
    paras = [
        "The songwriter sued the studio in 2021, saying the film's theme copied her melody.",
        "A federal jury found on Friday that the studio had infringed her copyright and "
        "awarded her 2 million dollars in damages.",
        "The studio said it would review its privacy policy and terms of service after the "
        "trial revealed how it had tracked the plaintiff's emails.",
    ]
    promo = "Sign up for our newsletter to get court news every morning."
    html = "".join(f"<p>{p}</p>" for p in [*paras, promo])
    body = strip(f"<html><body><article>{html}</article></body></html>")
    assert body.text.split("\n\n") == paras


def test_story_sentences_starting_like_furniture_stay() -> None:
    sentences = [
        "Copyright infringement claims against the publisher were dismissed on Monday.",
        "Loading docks at the port were closed while police searched the containers.",
        "Recommended sentences for the three men ranged from two to five years in prison.",
    ]
    furniture = ["Copyright 2019 Riverside Ledger - ISSN 1234-5678", "Recommended for you",
                 "Loading..."]
    paras = "".join(f"<p>{line}</p>" for line in sentences + furniture)
    body = strip(f"<html><body><div class='story'>{paras}</div></body></html>")
    assert body.text.split("\n\n") == sentences


def test_glued_photo_credits_ui_labels_and_credit_lines_go() -> None:
    story = [
        "The mayor was sentenced to four years in prison on Thursday for taking bribes.",
        "His lawyer said he would appeal the verdict, which he called a political attack.",
    ]
    head = ["The courthouse in the city centre on Thursday.Jane Roe/Getty", "Text size",
            "VIDEO3:45"]
    tail = ["More Great Ledger Stories",
            "(Reporting by Jane Roe; editing by John Poe)",
            "Follow The Riverside Ledger Opinion section on Facebook and Twitter."]
    paras = "".join(f"<p>{line}</p>" for line in head + story)
    after = "".join(f"<p>{line}</p>" for line in tail)
    body = strip(f"<html><body><div class='story'>{paras}{after}</div></body></html>")
    assert body.text.split("\n\n") == story


def test_parsing_utf8_bytes_gives_the_tree_of_the_decoded_text() -> None:
    """parse_utf8 skips decoding valid UTF-8; the body must be what parse of the text gives,
    for every hand-written page (the large ones take the bytes path, the tiny ones parse's)."""
    pages = sorted(HTML.rglob("*.html"))
    assert pages
    took_bytes = 0
    for path in pages:
        data = path.read_bytes()
        took_bytes += len(data) > 4096
        try:
            want: Body | str = strip_tree(parse(data.decode("utf-8")))
        except EmptyBody as exc:
            want = str(exc)
        try:
            got: Body | str = strip_tree(parse_utf8(data))
        except EmptyBody as exc:
            got = str(exc)
        assert got == want, path.name
    assert took_bytes, "no page large enough for the bytes path"


def test_non_ascii_page_gives_the_same_body_from_utf8_and_cp1252(tmp_path: Path) -> None:
    sentence = "Le tribunal a condamné l'accusé à une amende élevée pour fraude fiscale répétée."
    html = f"<html><body><article><p>{sentence}</p><p>{sentence}</p></article></body></html>"
    (tmp_path / "u.html").write_bytes(html.encode("utf-8"))
    (tmp_path / "w.html").write_bytes(html.encode("cp1252"))
    out = io.StringIO()
    assert run_body([str(tmp_path)], as_json=True, out=out) == 0
    data = json.loads(out.getvalue())
    assert data["u"]["articleBody"] == data["w"]["articleBody"] == f"{sentence}\n\n{sentence}"


def test_bytes_not_utf8_outside_the_body_leave_the_utf8_body_as_it_is(tmp_path: Path) -> None:
    # A UTF-8 page with one stray cp1252 byte in a script: read as UTF-8 (the byte never
    # reaches the output), not re-guessed as a whole, which would garble the accents.
    sentence = "La cour d'appel a confirmé la peine prononcée contre l'élu pour détournement."
    html = (f"<html><head><script>var s = 'caf\x00';</script></head><body><article>"
            f"<p>{sentence}</p><p>{sentence}</p></article></body></html>")
    data = html.encode("utf-8").replace(b"\x00", b"\xe9")
    (tmp_path / "mixed.html").write_bytes(data)
    out = io.StringIO()
    assert run_body([str(tmp_path)], as_json=True, out=out) == 0
    assert json.loads(out.getvalue())["mixed"]["articleBody"] == f"{sentence}\n\n{sentence}"


def test_cp1252_title_over_an_ascii_body_is_decoded(tmp_path: Path) -> None:
    # Only the title shows the non-UTF-8 byte: it must not come out as U+FFFD.
    sentence = "The court fined the company for dumping waste into the river for a decade."
    title = "Amende record pour la société"
    html = (f"<html><head><title>{title}</title></head><body><article><p>{sentence}</p>"
            f"<p>{sentence}</p></article></body></html>")
    (tmp_path / "t.html").write_bytes(html.encode("cp1252"))
    out = io.StringIO()
    assert run_body([str(tmp_path)], as_json=True, out=out) == 0
    found = json.loads(out.getvalue())["t"]
    assert found["title"] == title
    assert found["articleBody"] == f"{sentence}\n\n{sentence}"


def test_below_marks_the_same_elements_as_under() -> None:
    rng = random.Random(7)
    for _ in range(50):
        # A random tree in document order: each element's parent was opened before it.
        parents = [-1] + [rng.randrange(0, i) for i in range(1, 60)]
        targets = set(rng.sample(range(60), rng.randrange(0, 5)))
        flags = below(targets, parents)
        cache: dict[int, bool] = {}
        assert flags == [under(e, targets, parents, cache) for e in range(60)]
