"""The keyword pre-scan of extract/trigger_scan.py: the Matcher over its stretches finds every
trigger the Matcher over the whole document finds, and the scan reads little text."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from extract.config import DEFAULT_MODEL
from extract.nlp import PATTERNS_DIR, Rules, find_triggers, load_nlp, load_rules
from extract.trigger_scan import build_scan, candidate_spans


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules(DEFAULT_MODEL)


def _whole(rules: Rules) -> Rules:
    return dataclasses.replace(rules, scan=None)  # the Matcher over every token


def _pattern_words() -> list[str]:
    """Every word the trigger patterns name, so random texts hit their corners."""
    words: set[str] = set()
    for line in (PATTERNS_DIR / "triggers.jsonl").read_text("utf-8").splitlines():
        for spec in json.loads(line)["pattern"] if line.strip() else ():
            want = spec.get("LOWER")
            if isinstance(want, str):
                words.add(want)
            elif isinstance(want, dict):
                words.update(want.get("IN", ()) or want.get("NOT_IN", ()))
    return sorted(words)


_FILLER = ["Tom", "Abel", "Kim", "Lee", "the", "court", "on", "Monday", "fraud", "12", ".",
           ",", "and", "who", "in", "Ohio", "said", "a", "of", "'s", "to"]


def test_the_scan_is_built_from_the_shipped_patterns(rules: Rules) -> None:
    assert rules.scan is not None
    assert len(rules.scan.patterns) == len(rules.triggers)


@pytest.mark.parametrize("text", [
    "After a two-week trial the jury found the former deputy mayor of the county guilty.",
    "Prosecutors said all charges were later dropped for lack of evidence.",
    "The judge handed Tom Abel a nine-year term; he had earlier pleaded no contest.",
    "His conviction was thrown out on appeal and the appeals court later upheld the ruling.",
    "A local man received three-and-a-half years in prison, and his brother got probation.",
    "Kim Lee was resentenced on Friday. Lee had been cleared of the more serious counts.",
    "The panel reduced Tom Abel's 12-year prison sentence to eight.",
    "Officials say the convictions of both guards were also upheld by the high court.",
])
def test_same_triggers_as_the_whole_matcher_on_sample_sentences(rules: Rules,
                                                                 text: str) -> None:
    doc = load_nlp(DEFAULT_MODEL).make_doc(f"Unrelated opening words here. {text} Bye now.")
    hits = find_triggers(doc, rules)
    assert hits, text  # each sentence holds a trigger: the comparison below is not vacuous
    assert hits == find_triggers(doc, _whole(rules))


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_pattern_words() + _FILLER), min_size=1, max_size=120))
def test_same_triggers_as_the_whole_matcher_on_random_words(words: list[str]) -> None:
    rules = load_rules(DEFAULT_MODEL)
    doc = Doc(load_nlp(DEFAULT_MODEL).vocab, words=words)
    assert find_triggers(doc, rules) == find_triggers(doc, _whole(rules))


def test_text_without_key_words_is_not_matched_at_all(rules: Rules) -> None:
    assert rules.scan is not None
    doc = load_nlp(DEFAULT_MODEL).make_doc("The council met on Monday to discuss the new "
                                           "library and the budget for the coming year's parks.")
    assert candidate_spans(doc, rules.scan) == []


def test_stretches_are_short_around_one_trigger(rules: Rules) -> None:
    assert rules.scan is not None
    filler = "The weather stayed mild and the market opened early that day. " * 20
    doc = load_nlp(DEFAULT_MODEL).make_doc(f"{filler}Ann Cole was jailed. {filler}")
    spans = candidate_spans(doc, rules.scan)
    # the key word and the free words next to it ("was" may repeat in other patterns)
    assert len(spans) == 1 and doc[spans[0][0]:spans[0][1]].text == "was jailed"


def test_patterns_it_cannot_bound_turn_the_scan_off() -> None:
    strings = load_nlp(DEFAULT_MODEL).vocab.strings
    ok = [{"LOWER": "fined"}]
    assert build_scan([ok], strings, ()) is not None
    # a title-case run of any length: no word set bounds it
    assert build_scan([ok, [{"LOWER": "fined"}, {"IS_TITLE": True, "OP": "+"}]],
                      strings, ()) is None
    # no token that must be one of some words
    assert build_scan([ok, [{"IS_TITLE": True}, {"LOWER": "x", "OP": "?"}]],
                      strings, ()) is None
    assert build_scan([ok, [{"LOWER": "fined", "OP": "!"}]], strings, ()) is None


def test_reach_counts_bounded_tokens_and_skips_free_words() -> None:
    strings = load_nlp(DEFAULT_MODEL).vocab.strings
    pattern = [{"LOWER": "charges"}, {"LOWER": {"IN": ["were", "later"]}, "OP": "*"},
               {"LOWER": {"NOT_IN": ["."]}, "OP": "{0,2}"}, {"LOWER": "dropped"}]
    scan = build_scan([pattern], strings, ["were"])
    assert scan is not None
    (p,) = scan.patterns
    assert (p.before, p.after) == (0, 2 + 1)  # "charges" is the key: first of two of one word
    words = ["x", "x", "charges", "were", "later", "were", "later", "y", "dropped", "x", "x"]
    doc = Doc(load_nlp(DEFAULT_MODEL).vocab, words=words)
    # "were later" repeats freely; "y", "dropped", "x" are the three bounded tokens after
    assert candidate_spans(doc, scan) == [(2, 10)]
    assert candidate_spans(Doc(doc.vocab, words=["charges", "were", "y"]), scan) == []
