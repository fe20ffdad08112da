"""The spaCy pipeline and rule files of models/patterns: loading, triggers, sentence phrases."""

from __future__ import annotations

import json

import pytest

from extract.config import DEFAULT_MODEL
from extract.nlp import PATTERNS_DIR, Rules, find_triggers, load_nlp, load_rules
from extract.records import working_text
from extract.records.terms import find_term_spans
from schemas import Outcome


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules(DEFAULT_MODEL)


def _trigger_ids(text: str, rules: Rules, parsed: bool = False) -> list[str]:
    nlp = load_nlp(DEFAULT_MODEL)
    doc = nlp(text) if parsed else nlp.make_doc(text)
    return [h.rule.id for h in find_triggers(doc, rules)]


def test_every_rule_has_a_unique_id() -> None:
    ids = [json.loads(line)["id"] for line in
           (PATTERNS_DIR / "triggers.jsonl").read_text("utf-8").splitlines() if line.strip()]
    spec = json.loads((PATTERNS_DIR / "terms.json").read_text("utf-8"))
    ids += [p["id"] for p in spec["patterns"]]
    assert ids and len(ids) == len(set(ids))


@pytest.mark.parametrize(("text", "rule", "outcome"), [
    ("He was sentenced to five years.", "sentenced", Outcome.CONVICTED),
    ("She was jailed for a year.", "jailed", Outcome.CONVICTED),
    ("The jury found him guilty of fraud.", "found-guilty", Outcome.CONVICTED),
    ("The jury found her not guilty of arson.", "found-not-guilty", Outcome.ACQUITTED),
    ("Lee pleaded guilty to theft.", "pleaded-guilty", Outcome.CONVICTED),
    ("They admitted their guilt.", "admitted-guilt", Outcome.CONVICTED),
    ("A jury acquitted Ross of murder.", "acquitted", Outcome.ACQUITTED),
    ("Prosecutors dropped the charges against Kim.", "dismissed-charges", Outcome.DISMISSED),
    ("The charges were dismissed.", "charges-dismissed", Outcome.DISMISSED),
    ("The charges against Kim Lee were dropped.", "charges-against-dismissed", Outcome.DISMISSED),
    ("The court vacated his conviction.", "overturned-conviction", Outcome.DISMISSED),
    ("Three men each got three-and-a-half years.", "given-term", Outcome.CONVICTED),
    ("The company was fined $5,000.", "fined", Outcome.CONVICTED),
])
def test_triggers(text: str, rule: str, outcome: Outcome, rules: Rules) -> None:
    assert rule in _trigger_ids(text, rules)
    assert rules.triggers[rule].outcome is outcome


def test_triggers_are_lexical_so_the_prefilter_sees_what_the_parser_sees(rules: Rules) -> None:
    text = ("Whitaker was sentenced to 12 years. Osei received similar terms. "
            "Charges against Kim were dropped. He pleaded guilty on Monday.")
    assert _trigger_ids(text, rules) == _trigger_ids(text, rules, parsed=True)


def test_no_trigger_in_plain_news(rules: Rules) -> None:
    text = ("I'm honored to serve them every day, and you can get a tax break this year. "
            "The court building got a new roof.")
    assert _trigger_ids(text, rules) == []


def test_line_breaks_end_sentences_and_titles_stay_whole() -> None:
    nlp = load_nlp(DEFAULT_MODEL)
    doc = nlp("Man Sentenced to Ten Years\nAgainst Sgt. Kevin Mansell the charges were dropped.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Man Sentenced to Ten Years"
    assert any("Sgt. Kevin Mansell" in s for s in sents)


def _terms(text: str, rules: Rules) -> list[tuple[str, bool]]:
    return [(t.text, t.hedged) for t in find_term_spans(text, 0, len(text), rules)]


@pytest.mark.parametrize(("text", "phrase"), [
    ("got three-and-a-half years of restricted freedom after", "three-and-a-half years of "
     "restricted freedom"),
    ("received three years and seven months imprisonment for", "three years and seven months "
     "imprisonment"),
    ("sentenced to six months in jail and five years’ probation.", "six months in jail and "
     "five years’ probation"),
    ("sentenced to 125 years to life in prison for", "125 years to life in prison"),
    ("sentenced to 10 1/2 years in prison", "10 1/2 years in prison"),
    ("was sentenced to life without parole", "life without parole"),
    ("was sentenced to death for", "death"),
    ("was sentenced to a fine of $5,000.", "a fine of $5,000"),
    ("a 90-year prison sentence for", "90-year prison sentence"),
    ("the sentencing of seven people to probation-like punishments on", "probation-like "
     "punishments"),
])
def test_sentence_phrases(text: str, phrase: str, rules: Rules) -> None:
    assert (phrase, False) in _terms(text, rules)


def test_hedged_and_non_sentence_phrases(rules: Rules) -> None:
    assert all(h for _, h in _terms("He faces up to 10 years in prison.", rules))
    assert all(h for _, h in _terms("in exchange for a promised sentence of 14 years", rules))
    assert _terms("a 41-year-old man and a two-week trial", rules) == []
    assert _terms("received two years of complaints", rules) == []
    assert ("a year on probation", False) in _terms(
        "was sentenced on June 24 to a year on probation", rules)


def test_working_text_keeps_every_offset() -> None:
    text = "A\u200bB\u202fC \u2011 D\nE"
    assert len(working_text(text)) == len(text)
    wrapped = "\n".join(["This is a long line of a hard-wrapped press release that goes on"] * 6)
    assert "\n" not in working_text(wrapped)
    titles = "Short Title\n\nA sentence.\n"
    assert working_text(titles) == titles


def test_a_date_stamp_opening_the_text_is_a_line_of_its_own() -> None:
    text = " date 2021-04-09 The 44-year-old mayor, Karen Wells, received a suspended term."
    work = working_text(text)
    assert len(work) == len(text) and work.startswith(" date 2021-04-09\nThe 44-year-old")
    # not a date inside the story, nor a stamp before a lower-case word
    inside = "The court on date 2021-04-09 The end."
    assert working_text(inside) == inside
    lower = "date 2021-04-09 and more"
    assert working_text(lower) == lower


@pytest.mark.parametrize("text", [
    # a page's links on lines of their own, mid-sentence
    "Among those jailed was the actor\nSam Wu\n, 45, who got six years.",
    "A Taipei court\nhas sentenced\nnine people to jail terms.",
    "The judge sentenced the\nprotest leader\nto four years.",
])
def test_link_lines_inside_a_sentence_are_joined(text: str) -> None:
    work = working_text(text)
    assert "\n" not in work and len(work) == len(text)


def test_lines_that_end_a_sentence_or_a_title_stay_apart() -> None:
    text = "Court Jails Nine Protesters\nA Taipei court has sentenced nine people.\nLabel:\nnext"
    assert working_text(text).count("\n") == 3
