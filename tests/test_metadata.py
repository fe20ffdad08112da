"""Metadata (title, authors, publication date, canonical URL) and language detection."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extract.article import language
from extract.article._dates import date_from_url, find_written_date, parse_iso
from extract.article.language import detect_language
from extract.article.metadata import read_metadata

HTML = Path(__file__).resolve().parent / "fixtures" / "html"
TODAY = dt.date(2024, 1, 1)


def _page(name: str) -> str:
    return (HTML / name).read_text(encoding="utf-8")


def test_news_page_metadata() -> None:
    meta = read_metadata(_page("news_article.html"), "https://ledger.example/x?y=1", today=TODAY)
    assert meta.title == "Court jails former mayor for bribery"
    assert meta.author == "Maria Okafor, Tom Lindqvist"
    assert meta.published == dt.date(2021, 3, 4)
    assert meta.date_source == "json-ld"
    # A relative canonical link is resolved against the page URL.
    assert meta.canonical_url == "https://ledger.example/news/2021/court-jails-former-mayor"


def test_offset_timestamps_keep_their_own_local_day() -> None:
    html = (
        '<html><head><meta property="article:published_time" '
        'content="2019-11-18T23:04:24-05:00"></head><body></body></html>'
    )
    assert read_metadata(html, today=TODAY).published == dt.date(2019, 11, 18)


def test_utc_timestamp_gives_way_to_the_same_instant_in_local_time() -> None:
    meta = read_metadata(_page("dates_utc.html"), today=TODAY)
    assert meta.published == dt.date(2020, 6, 2)


def test_placeholder_and_future_dates_are_rejected_for_a_byline_date() -> None:
    meta = read_metadata(_page("dates_placeholder.html"), today=TODAY)
    assert meta.published == dt.date(2019, 11, 19)
    assert meta.date_source == "byline"


def test_url_date_is_used_when_the_page_has_none() -> None:
    html = "<html><body><p>No dates here at all, only a sentence.</p></body></html>"
    url = "https://news.example/story/news/2019/11/19/guards-charged/4082679002/"
    meta = read_metadata(html, url, today=TODAY)
    assert meta.published == dt.date(2019, 11, 19)
    assert meta.date_source == "url"


def test_time_element_and_missing_everything() -> None:
    html = '<html><body><time datetime="2018-10-09">Oct 9</time></body></html>'
    assert read_metadata(html, today=TODAY).published == dt.date(2018, 10, 9)
    empty = read_metadata("<html><body><p>Nothing.</p></body></html>", today=TODAY)
    assert (empty.published, empty.author, empty.canonical_url) == (None, None, None)


def test_author_with_date_tail_is_cleaned() -> None:
    html = (
        '<html><head><meta name="author" content="By Tom Rogan | November 18, 2019 12:26 PM">'
        "</head><body></body></html>"
    )
    assert read_metadata(html, today=TODAY).author == "Tom Rogan"


def test_title_falls_back_to_the_title_tag_without_site_suffix() -> None:
    html = "<html><head><title>Jury acquits two dock workers | Port News</title></head></html>"
    assert read_metadata(html, today=TODAY).title == "Jury acquits two dock workers"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Daniyar Moldabekov Jul 18, 2022", dt.date(2022, 7, 18)),
        ("Published Nov. 19, 2019 at 3pm", dt.date(2019, 11, 19)),
        ("Updated 18 July 2022", dt.date(2022, 7, 18)),
        ("September 7th, 2021", dt.date(2021, 9, 7)),
        ("On July 15, a court ruled", None),
        ("Feb 30, 2020", None),
    ],
)
def test_written_dates(text: str, expected: dt.date | None) -> None:
    assert find_written_date(text) == expected


def test_iso_and_url_dates() -> None:
    stamp = parse_iso("2019-11-20T05:57:50Z")
    assert stamp is not None and stamp.offset_minutes == 0
    assert stamp.date == dt.date(2019, 11, 20)
    assert parse_iso("01:38:07 PM IST Nov 20, 2019") is None
    assert date_from_url("https://x.example/2018/10/09/saraki-court/") == dt.date(2018, 10, 9)
    assert date_from_url("https://x.example/news/20191119-verdict.html") == dt.date(2019, 11, 19)
    assert date_from_url("https://x.example/news/4656421.html") is None


def test_language_of_body_text() -> None:
    english = (
        "A former mayor was sentenced on Thursday to four years in prison for taking bribes "
        "from contractors who wanted city paving work, a judge ruled."
    )
    german = (
        "Das Landgericht hat am Dienstag einen ehemaligen Bankberater wegen Betrugs zu drei "
        "Jahren Haft verurteilt, wie eine Sprecherin des Gerichts mitteilte."
    )
    assert detect_language(english) == "en"
    assert detect_language(german) == "de"
    assert detect_language("Home News Sport") is None
    assert detect_language("") is None


def test_language_of_text_written_without_spaces() -> None:
    japanese = (
        "東京地方裁判所は火曜日、詐欺罪に問われた元銀行員の男に懲役三年の判決を言い渡した。"
        "裁判長は、被害が大きく、反省の態度も見られないと述べた。"
    )
    assert detect_language(japanese) == "ja"
    assert detect_language("東京地方裁判所") is None


def test_utc_timestamp_and_the_wall_clock_shown_on_the_page() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2019-11-19T07:03:25Z">'
        '</head><body><time datetime="2019-11-19T07:03:25+00:00">November 18, 2019 11:03 PM'
        "</time><p>Text.</p></body></html>"
    )
    assert read_metadata(html, today=TODAY).published == dt.date(2019, 11, 18)


def test_url_date_one_day_off_the_metadata_is_the_local_day() -> None:
    html = '<html><head><meta property="article:published" content="2019-11-19"></head></html>'
    url = "https://news.example/sites/x/2019/11/18/bedding-story/"
    assert read_metadata(html, url, today=TODAY).published == dt.date(2019, 11, 18)
    # Further apart, the page's own date wins (the URL may date the first draft).
    url = "https://news.example/sites/x/2019/11/12/bedding-story/"
    assert read_metadata(html, url, today=TODAY).published == dt.date(2019, 11, 19)


def test_bilingual_document_with_a_large_english_part_is_english() -> None:
    spanish = (
        "El acusado fue sentenciado a dos cadenas perpetuas por los delitos cometidos en cuatro "
        "condados, según informó la oficina del fiscal de distrito en un comunicado.\n"
    ) * 6
    english = (
        "The defendant was sentenced to two life terms for the crimes committed in four "
        "counties, the district attorney's office said in a statement on Thursday.\n"
    ) * 5
    assert detect_language(spanish + english) == "en"
    assert detect_language(spanish) == "es"
    assert detect_language(spanish, prefer=()) == "es"


def test_the_article_object_dates_the_page_not_an_embedded_video() -> None:
    html = (
        '<html><head><script type="application/ld+json">[{"@type": "VideoObject", '
        '"datePublished": "2017-05-01"}, {"@type": "NewsArticle", '
        '"datePublished": "2019-11-19T10:00:00-05:00"}]</script></head><body></body></html>'
    )
    assert read_metadata(html, today=TODAY).published == dt.date(2019, 11, 19)


def test_metadata_and_json_ld_from_one_walk_match_the_separate_readers() -> None:
    # Scripts in head and body, one of another type, and one found for its itemprop only:
    # the single walk must give exactly the objects and metadata of the separate readers.
    from selectolax.lexbor import LexborHTMLParser

    from extract.article._jsonld import json_ld_objects
    from extract.article.metadata import metadata_and_json_ld, metadata_from_tree

    html = """<html lang="en"><head>
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry captain fined",
      "datePublished": "2022-05-06T09:00:00+01:00", "author": {"name": "Ana Ruiz"}}</script>
    <script type="text/javascript">var x = {"@type": "NewsArticle"};</script>
    </head><body><p>The captain was fined for sailing without a licence.</p>
    <script itemprop="datePublished">2021-01-01</script>
    <script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "Harbour News"},
      {"@type": "BreadcrumbList"}]}</script></body></html>"""
    tree = LexborHTMLParser(html)
    meta, ld = metadata_and_json_ld(tree, "https://harbour.example/a", today=TODAY)
    assert ld == json_ld_objects(tree)
    # The @graph holder is an object too (it has no type of its own).
    assert [obj.get("@type") for obj in ld] == ["NewsArticle", None, "WebSite", "BreadcrumbList"]
    assert meta == metadata_from_tree(tree, "https://harbour.example/a", today=TODAY)
    assert (meta.title, meta.author, meta.published) == (
        "Ferry captain fined", "Ana Ruiz", dt.date(2022, 5, 6))


def _identifier_must_not_load(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make py3langid's loading fail loudly; return the list of texts it was asked about."""
    asked: list[str] = []

    class _Refuse:
        def classify(self, text: str) -> tuple[str, float]:
            asked.append(text)
            return "xx", 1.0

    monkeypatch.setattr(language, "_identifier", lambda: _Refuse())
    return asked


def test_declared_language_in_its_own_script_needs_no_identifier(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = _identifier_must_not_load(monkeypatch)
    korean = (
        "서울중앙지방법원은 화요일 사기 혐의로 기소된 전직 은행원에게 징역 삼 년을 선고했다. "
        "재판부는 피해 규모가 크고 반성하는 태도도 보이지 않았다고 밝혔다. "
    ) * 3
    japanese = (
        "東京地方裁判所は火曜日、詐欺罪に問われた元銀行員の男に懲役三年の判決を言い渡した。"
        "裁判長は、被害が大きく、反省の態度も見られないと述べた。"
    ) * 3
    assert detect_language(korean, declared="ko-KR") == "ko"
    assert detect_language(japanese, declared="ja") == "ja"
    assert asked == []
    # Declared Korean over Japanese text: the script disagrees, so the identifier decides.
    assert detect_language(japanese, declared="ko") == "xx"
    assert len(asked) == 1


def test_declared_language_agreeing_with_its_function_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = _identifier_must_not_load(monkeypatch)
    russian = (
        "Суд в среду приговорил бывшего чиновника к четырем годам лишения свободы за то, что он "
        "брал взятки от подрядчиков, которые хотели получить работу для города. Как сообщила "
        "пресс-служба суда, это решение еще не вступило в силу, и защита уже подала жалобу. "
    ) * 2
    indonesian = (
        "Pengadilan negeri pada hari Selasa menjatuhkan hukuman tiga tahun penjara kepada mantan "
        "pegawai bank yang terbukti menipu nasabah. Hakim mengatakan bahwa kerugian yang "
        "ditimbulkan sangat besar dan terdakwa tidak menunjukkan penyesalan dalam sidang itu. "
    ) * 2
    assert detect_language(russian, declared="ru") == "ru"
    assert detect_language(indonesian, declared="id-ID") == "id"
    assert asked == []
    # Undeclared, the same texts still go to the identifier (one call each).
    assert detect_language(russian) == "xx"
    assert detect_language(indonesian) == "xx"
    assert len(asked) == 2


def test_ukrainian_text_declared_russian_is_not_taken_as_russian(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = _identifier_must_not_load(monkeypatch)
    ukrainian = (
        "Суд у середу засудив колишнього чиновника до чотирьох років позбавлення волі за те, що "
        "він брав хабарі від підрядників, які хотіли отримати роботу для міста. Як повідомила "
        "пресслужба суду, це рішення ще не набуло чинності, і захист вже подав скаргу. "
    ) * 2
    assert detect_language(ukrainian, declared="ru") == "xx"
    assert len(asked) == 1
