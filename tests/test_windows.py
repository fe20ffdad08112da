"""Trigger windows: rough sentences, the ranges kept for the parser, and records through the
windowed path equal to the full parse's, with offsets into the article text."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
import spacy

from extract.bounds import blank_outside
from extract.config import ExtractConfig
from extract.nlp import find_triggers
from extract.records import RecordExtractor
from extract.windows import Windows, covered, move_hits, rough_sentences, trigger_windows
from schemas import Article, Failure, Record

_NLP = spacy.blank("en")

# filler of our own making: nothing about courts, names or places
_FILLER = [
    "The weather stayed mild for most of the week.",
    "Farmers said the harvest was better than expected.",
    "A new bus timetable starts next month.",
    "The library extended its opening hours on weekends.",
    "Prices of vegetables rose slightly in the spring.",
    "A local choir gave two concerts at the end of May.",
    "Road repairs closed one lane for several days.",
    "The school added evening classes for adults.",
]


def _sents(text: str) -> list[str]:
    doc = _NLP.make_doc(text)
    starts = rough_sentences(doc)
    bounds = [*starts, len(doc)]
    return [doc[a:b].text.strip() for a, b in itertools.pairwise(bounds)]


def test_rough_sentences_split_at_ends_and_line_breaks_only() -> None:
    text = ('It rained. "Will it stop?" she asked. Nobody knew!\nA headline line\n'
            "Costs rose by approx. five per cent. (The rest was spent.) Then it ended.")
    assert _sents(text) == [
        "It rained.", '"Will it stop?" she asked.', "Nobody knew!", "A headline line",
        "Costs rose by approx. five per cent.", "(The rest was spent.)", "Then it ended.",
    ]


def test_rough_sentences_never_start_on_blank_lines() -> None:
    doc = _NLP.make_doc("\n\n  First line.\n\n\nSecond line.  ")
    assert [doc[i].text for i in rough_sentences(doc)] == ["First", "Second"]


def test_windows_keep_the_trigger_sentence_and_its_neighbours() -> None:
    sents = [f"Sentence number {n} is plain." for n in range(10)]
    text = " ".join(sents)
    doc = _NLP.make_doc(text)
    anchor = next(t.i for t in doc if t.text == "6")
    ranges = trigger_windows(doc, [anchor], before=2, after=1)
    assert [text[lo:hi] for lo, hi in ranges] == [" ".join(sents[4:8])]
    two = trigger_windows(doc, [anchor, next(t.i for t in doc if t.text == "0")], before=1,
                          after=0)
    assert [text[lo:hi] for lo, hi in two] == [sents[0], " ".join(sents[5:7])]
    assert covered(two) == len(sents[0]) + len(" ".join(sents[5:7]))


def test_context_sentences_far_from_the_trigger_are_kept() -> None:
    parts = ["Olvar Tennick, a baker, was arrested in 2019.", *_FILLER,
             "The co-defendant was never found.", *_FILLER,
             "The case went to the Brenmoor District Court.", *_FILLER,
             "Tennick was sentenced to two years."]
    text = " ".join(parts)
    doc = _NLP.make_doc(text)
    anchor = next(t.i for t in doc if t.text == "sentenced")
    places = {"Brenmoor"}
    ranges = trigger_windows(doc, [anchor], before=0, after=0,
                             lookup=lambda name: name if name in places else None)
    kept = [text[lo:hi] for lo, hi in ranges]
    assert kept == [parts[0], "The co-defendant was never found.",
                    "The case went to the Brenmoor District Court.", parts[-1]]
    # without a gazetteer the court's place is not recognised, the rest still is
    ranges = trigger_windows(doc, [anchor], before=0, after=0)
    assert "The case went to the Brenmoor District Court." not in [
        text[lo:hi] for lo, hi in ranges]


# -- the extractor: windows vs the full parse ----------------------------------------------------
def _article(text: str, doc_id: str) -> Article:
    return Article(doc_id=doc_id, text=text, published=dt.date(2024, 3, 8), language="en",
                   content_sha256="-", fetched_at=dt.datetime(2024, 3, 8, tzinfo=dt.UTC))


@pytest.fixture(scope="module")
def extractors() -> tuple[RecordExtractor, RecordExtractor]:
    return (RecordExtractor(ExtractConfig()),
            RecordExtractor(ExtractConfig(windows=Windows(enabled=False))))


_ARTICLES = {
    "far-name": " ".join([
        "Darra Quillon, 41, a former accountant, was arrested in Manchester last spring.",
        *_FILLER, *_FILLER,
        "On Tuesday Quillon was sentenced to three years in prison for fraud.",
        *_FILLER]),
    "court-city": "\n\n".join([
        "Verdict in the harbour case",
        "The trial opened at Leeds Crown Court in January.",
        *_FILLER,
        "Two dock workers, Ansel Fitch and Moira Pell, were jailed for four years each for "
        "theft on Friday.",
        *_FILLER]),
    "two-cases": " ".join([
        *_FILLER,
        "A jury convicted Tobin Marsh of arson on Monday.",
        *_FILLER, *_FILLER,
        "Separately, Ilse Varga was fined 500 dollars for careless driving.",
        *_FILLER]),
    # article-wide readings: the accusation and the hearing's day stated far from the outcome
    "far-accusation": " ".join([
        "Two lorry drivers were charged with smuggling cigarettes across the border.",
        *_FILLER, *_FILLER,
        "On Thursday the two drivers were sentenced to two years in prison.",
        *_FILLER]),
    "far-hearing": " ".join([
        "On 4 March the judge delivered the verdict.",
        *_FILLER, *_FILLER,
        "Mara Quint was jailed for six years for robbery.",
        *_FILLER]),
}


def _dump(rows: list[Record] | Failure) -> list[dict[str, object]]:
    assert not isinstance(rows, Failure), rows
    return [r.model_dump() for r in rows]


def test_windowed_records_equal_the_full_parse_with_offsets_into_the_text(
        extractors: tuple[RecordExtractor, RecordExtractor]) -> None:
    windowed, full = extractors
    articles = [_article(text, key) for key, text in _ARTICLES.items()]
    got, want = windowed.extract_batch(articles), full.extract_batch(articles)
    for article, rows, expected in zip(articles, got, want, strict=True):
        assert _dump(rows) == _dump(expected), article.doc_id
        assert rows and not isinstance(rows, Failure)
        for record in rows:  # evidence is the article's own text at its offsets
            assert article.text[record.evidence_start:record.evidence_end] == record.evidence
    # the windows were real: most of each text was blanked for the parser
    for article in articles:
        doc = windowed.nlp.make_doc(article.text)
        hits = [t.i for t in doc if t.lower_ in {"sentenced", "jailed", "convicted", "fined"}]
        ranges = trigger_windows(doc, hits, before=2, after=1, lookup=windowed._lookup)
        assert covered(ranges) < 0.6 * len(article.text), article.doc_id
    by_doc = {a.doc_id: rows for a, rows in zip(articles, got, strict=True)}
    far = by_doc["far-name"]
    assert isinstance(far, list) and [r.person for r in far] == ["Darra Quillon"]
    accused = by_doc["far-accusation"]
    assert isinstance(accused, list) and [r.charge for r in accused] == [
        "smuggling cigarettes across the border"]
    heard = by_doc["far-hearing"]
    assert isinstance(heard, list) and [r.date for r in heard] == [dt.date(2024, 3, 4)]


def test_hits_moved_onto_the_windowed_doc_are_its_own_matches(
        extractors: tuple[RecordExtractor, RecordExtractor]) -> None:
    windowed, _ = extractors
    for text in _ARTICLES.values():
        doc = windowed.nlp.make_doc(text)
        hits = find_triggers(doc, windowed.rules)
        ranges = trigger_windows(doc, [h.anchor for h in hits], before=0, after=0)
        out = windowed.nlp.make_doc(blank_outside(text, ranges))
        moved = move_hits(doc, out, hits)
        assert moved is not None and moved == find_triggers(out, windowed.rules)
        assert [out[h.anchor].idx for h in moved] == [doc[h.anchor].idx for h in hits]
    # a hit whose tokens are not in the other doc is not moved
    doc = windowed.nlp.make_doc("He was sentenced to a year.")
    other = windowed.nlp.make_doc("                            ")
    assert move_hits(doc, other, find_triggers(doc, windowed.rules)) is None


@pytest.mark.parametrize("bullet", ["– ", "• ", "", "{n}. "])
def test_a_list_introduced_by_a_colon_is_kept_to_its_blank_line(bullet: str) -> None:
    lines = [f"{bullet.format(n=n)}Person Number{n}: {n + 2} years" for n in range(12)]
    text = (" ".join(_FILLER[:4]) + " The court gave these terms:\n" + "\n".join(lines)
            + "\n\n" + " ".join(_FILLER[4:]))
    doc = _NLP.make_doc(text)
    anchor = next(t.i for t in doc if t.text == "gave")
    kept = "".join(text[a:b] for a, b in trigger_windows(doc, [anchor], before=0, after=1))
    assert all(line in kept for line in lines)
    assert not any(filler in kept for filler in _FILLER[4:])


def test_token_table_reads_what_the_tokens_say() -> None:
    from extract.windows import tokens

    doc = _NLP.make_doc("Mr. Lee-Ann  O'Neil,\n\n  aged 41 — “jailed”… ÉCOLE x\u00a0y ")
    t = tokens(doc)
    assert t.text == [tok.text for tok in doc] and t.lower == [tok.lower_ for tok in doc]
    assert t.ws == [tok.whitespace_ for tok in doc] and t.idx == [tok.idx for tok in doc]
    assert t.alpha == [tok.is_alpha for tok in doc] and t.space == [tok.is_space for tok in doc]
    assert all(t.span_text(i, j) == doc[i:j].text
               for i in range(len(doc)) for j in range(i + 1, len(doc) + 1))
