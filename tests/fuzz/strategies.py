"""Hypothesis strategies: documents of every shape (HTML structures, texts, hostile forms)."""

from __future__ import annotations

from hypothesis import strategies as st

from tests.hostile import entity_page, repeated_sentence_line, trigger_run

WORDS = ("the", "court", "sentenced", "was", "jailed", "acquitted", "years", "months", "in",
         "prison", "for", "fraud", "Anna", "Berg", "Tom", "Reed", "judge", "pleaded", "guilty",
         "fined", "charges", "dismissed", "Paris", "Almaty", "on", "Monday", ".", ",", "&amp;",
         "&#0;", "&#x1F600;", "&bogus;", "\x1b[2J", "=HYPERLINK(\"x\")", "@SUM(A1)", "\u202e",
         "\x00", "\n", "\n\n", "\t", "<", ">", "\"", "'", "2024-01-05", "10,000", "-3", "ç", "日本")
TAGS = ("div", "p", "article", "main", "span", "a", "script", "style", "nav", "footer",
        "header", "h1", "h2", "ul", "li", "table", "td", "section", "aside", "time", "noscript",
        "template", "svg", "iframe", "form", "b")

words = st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=80).map(" ".join)
attribute = st.tuples(st.sampled_from(("class", "id", "href", "datetime", "content", "x")),
                      st.text(max_size=30) | st.sampled_from(("article", "content", "related",
                                                              "footer", "menu")))


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def build(tag: str, attrs: list[tuple[str, str]], kids: list[str]) -> str:
        attr = "".join(f' {k}="{v.replace(chr(34), "&quot;")}"' for k, v in attrs)
        return f"<{tag}{attr}>{''.join(kids)}</{tag}>"

    return st.builds(build, st.sampled_from(TAGS), st.lists(attribute, max_size=3),
                     st.lists(children, max_size=5))


nodes = st.recursive(words | st.just("<!-- a comment -->") | st.just("<br>"), _element,
                     max_leaves=40)
html_page = st.builds(
    lambda head, body: f"<html><head><title>{head}</title></head><body>{body}</body></html>",
    words, st.lists(nodes, max_size=8).map("".join))


def _hostile(kind: str, size: int) -> str:
    return {
        "deep": "<div>" * size + "The court sentenced Anna Berg to a year." + "</div>" * size,
        "comments": "<html><body>" + "<!--" * size + "<p>sentenced</p></body></html>",
        "entities": entity_page(size),
        "line": repeated_sentence_line(size * 10),
        "triggers": trigger_run(size),
        "attribute": f'<html><body><p class="{"x" * size * 10}">A man was jailed.</p>'
                     "</body></html>",
        "unclosed": "<p><b><i><table><tr><td>" * (size // 10) + "sentenced to two years",
        "script-only": "<html><script>" + "var x = 1;" * size + "</script></html>",
        "empty": "",
        "spaces": " \n\t" * size,
    }[kind]


hostile = st.builds(_hostile, st.sampled_from(("deep", "comments", "entities", "line",
                                               "triggers", "attribute", "unclosed",
                                               "script-only", "empty", "spaces")),
                    st.integers(min_value=1, max_value=20_000))

document_bytes = st.one_of(
    html_page.map(lambda s: s.encode("utf-8", "surrogatepass")),
    words.map(lambda s: s.encode("utf-8", "surrogatepass")),
    hostile.map(str.encode),
    st.binary(max_size=2_000),
)
FOLDERS = ("", "a", "b", "a/x", "c", "d/e", "f")
NAMES = ("index", "story", "a", "page", "report")
placement = st.tuples(st.sampled_from(FOLDERS), st.sampled_from(NAMES),
                      st.sampled_from((".html", ".txt", ".htm")))
