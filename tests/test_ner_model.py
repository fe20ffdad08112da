"""The trained tagger's wrapper: policy parsing, slot decisions and flags, the shipped model."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from extract.records.ner_model import (
    DEFAULT_POLICY,
    MODEL_DIR,
    SLOTS,
    NerPolicy,
    NerTagger,
    apply_policy,
    load_tagger,
    model_values,
    parse_policy,
)
from schemas import ConfigError, Record, SentenceType

TEXT = ("In Brackenridge on Monday, a magistrate sentenced Tobias Wrenfield to three years in "
        "jail for forging ballots.")


def _record(**kw: object) -> Record:
    base: dict[str, object] = {
        "person": "Tobias Wrenfield", "city": None, "date": None, "charge": None,
        "sentence": "three years in jail", "sentence_months": 36,
        "sentence_type": SentenceType.PRISON, "outcome": "convicted", "evidence": TEXT,
        "evidence_start": 0, "evidence_end": len(TEXT), "rule_id": "test",
        "extractor_version": "t"}
    base.update(kw)
    return Record.model_validate(base)


@lru_cache(maxsize=1)
def _tagger() -> NerTagger:
    return NerTagger(parse_policy("fill"))


# ----------------------------------------------------------------------------- policies

def test_policy_forms() -> None:
    assert not parse_policy("rules").uses_model
    fill = parse_policy("fill")
    assert all(fill.mode(s) == "fill" for s in SLOTS) and fill.uses_model
    mixed = parse_policy(" Charge=fill , date=model-first ")
    assert mixed.mode("charge") == "fill" and mixed.mode("date") == "model-first"
    assert mixed.mode("person") == "rules"
    assert str(mixed) == "charge=fill,date=model-first"
    assert parse_policy("default") == parse_policy(DEFAULT_POLICY) == parse_policy(None)


@pytest.mark.parametrize("bad", ["charge", "verdict=fill", "charge=sometimes", "fill,x"])
def test_bad_policy_is_a_config_error(bad: str) -> None:
    with pytest.raises(ConfigError):
        parse_policy(bad)


def test_rules_policy_loads_no_model() -> None:
    assert load_tagger("rules") is None


def test_missing_model_dir_is_a_config_error(tmp_path: object) -> None:
    from pathlib import Path

    with pytest.raises(ConfigError):
        NerTagger(parse_policy("fill"), Path(str(tmp_path)))


# ----------------------------------------------------------------------------- decisions

def test_fill_sets_only_empty_slots_and_flags_them() -> None:
    rec = _record(charge=None, sentence="three years in jail")
    out = apply_policy(rec, {"charge": "forging ballots", "sentence": "three years"},
                       parse_policy("fill"), TEXT)
    assert out.charge == "forging ballots" and out.sentence == "three years in jail"
    assert "model:charge" in out.flags and "model:sentence" not in out.flags


def test_model_first_overrides_and_recomputes_the_term() -> None:
    rec = _record(sentence="three years in jail")
    out = apply_policy(rec, {"sentence": "eighteen months of probation"},
                       NerPolicy(modes=(("sentence", "model-first"),)), TEXT)
    assert out.sentence == "eighteen months of probation"
    assert out.sentence_months == 18 and out.sentence_type == SentenceType.PROBATION
    assert "model:sentence" in out.flags


def test_model_alone_empties_what_the_model_lacks() -> None:
    out = apply_policy(_record(charge="forgery"), {}, NerPolicy(modes=(("charge", "model"),)),
                       TEXT)
    assert out.charge is None and not any(f.startswith("model:") for f in out.flags)


def test_same_value_is_no_change() -> None:
    rec = _record(charge="forging ballots")
    assert apply_policy(rec, {"charge": "forging ballots"}, parse_policy("model-first"),
                        TEXT) is rec


def test_model_values_anchor_on_the_records_person() -> None:
    start = TEXT.index("Tobias")
    charge = TEXT.index("forging")
    spans = [(start, start + len("Tobias Wrenfield"), "DEFENDANT"),
             (charge, charge + len("forging ballots"), "CHARGE"),
             (TEXT.index("Monday"), TEXT.index("Monday") + 6, "VERDICT_DATE")]
    got = model_values(_record(), spans, TEXT, dt.date(2031, 5, 9))  # a Friday
    assert got["person"] == "Tobias Wrenfield"
    assert got["charge"] == "forging ballots"
    assert got["date"] == dt.date(2031, 5, 5)
    # a record about someone else takes no person from these spans
    assert "person" not in model_values(_record(person="Ada Grell"), spans, TEXT, None)


def test_an_unnamed_record_takes_no_dateline_word_in_capitals() -> None:
    text = ("HALVERTON – The High Court has sentenced a local councillor to life imprisonment "
            "for the killings.")
    start = text.index("HALVERTON")
    spans = [(start, start + len("HALVERTON"), "DEFENDANT")]
    rec = _record(person=None, evidence=text, evidence_end=len(text))
    assert "person" not in model_values(rec, spans, text, None)
    named = text.replace("HALVERTON", "Halverton Brisk")  # the same place for a real name
    spans = [(start, start + len("Halverton Brisk"), "DEFENDANT")]
    rec = _record(person=None, evidence=named, evidence_end=len(named))
    assert model_values(rec, spans, named, None)["person"] == "Halverton Brisk"


@pytest.mark.parametrize("text", [
    "Tobias Wrenfield admitted the assault and his brother was fined 500 pounds.",
    "Tobias Wrenfield was cleared, but his younger sister was jailed for a year.",
    "Tobias Wrenfield wept as their son was sentenced to three years.",
])
def test_an_unnamed_relative_takes_no_name_from_its_owner(text: str) -> None:
    start = text.index("Tobias")
    spans = [(start, start + len("Tobias Wrenfield"), "DEFENDANT")]
    rec = _record(person=None, evidence=text, evidence_end=len(text))
    assert "person" not in model_values(rec, spans, text, None)


# ----------------------------------------------------------------------------- the model

def test_shipped_model_loads_from_models_dir() -> None:
    assert (MODEL_DIR / "meta.json").is_file()
    labels = set(_tagger().nlp.get_pipe("ner").labels)  # type: ignore[attr-defined]
    assert {"DEFENDANT", "CHARGE", "SENTENCE", "COURT_PLACE", "VERDICT_DATE"} <= labels


def test_shipped_model_tags_new_phrasings() -> None:
    phrasings = [
        "Elsbeth Maranova was sentenced to six years in prison for fraud on Tuesday.",
        "A district court in Ravensholm jailed Piotr Adamczewski for nine years for "
        "drug trafficking.",
        "Quentin Farraday received a suspended sentence of two years for embezzlement.",
    ]
    seen = {label for text in phrasings for _, _, label in _tagger().spans(text)}
    assert {"DEFENDANT", "SENTENCE"} <= seen


def test_revise_flags_what_the_model_filled() -> None:
    text = "Elsbeth Maranova was sentenced to six years in prison for fraud on Tuesday."
    rec = _record(person="Elsbeth Maranova", sentence=None, sentence_months=None,
                  sentence_type=None, evidence=text, evidence_end=len(text))
    out = _tagger().revise([rec], text, dt.date(2031, 5, 9))[0]
    for slot in SLOTS:
        if getattr(rec, slot) is None and getattr(out, slot) is not None:
            assert f"model:{slot}" in out.flags
    assert all(f[6:] in SLOTS for f in out.flags if f.startswith("model:"))
    assert out.sentence is not None  # six years in prison: a plain term the model learnt


def test_extractor_hook_applies_the_policy() -> None:
    from extract.config import ExtractConfig
    from extract.records import RecordExtractor
    from schemas import Article

    text = ("A regional court in Ravensholm on Tuesday sentenced a 44-year-old man to five "
            "years in a penal colony for bribery. Elsbeth Maranova was jailed for six years "
            "for fraud.")
    article = Article(doc_id="t-1", text=text, published=dt.date(2031, 5, 9), language="en",
                      content_sha256="-", fetched_at=dt.datetime(2031, 5, 9, tzinfo=dt.UTC),
                      kind="text", source="file")
    rules = RecordExtractor(ExtractConfig(ner_policy="rules")).extract_batch([article])[0]
    both = RecordExtractor(ExtractConfig(ner_policy="model-first")).extract_batch([article])[0]
    assert isinstance(rules, list) and isinstance(both, list) and rules
    assert len(both) == len(rules)  # the tagger revises slots, never adds or drops records
    for old, new in zip(rules, both, strict=True):
        assert not any(f.startswith("model:") for f in old.flags)
        for slot in SLOTS:
            changed = getattr(old, slot) != getattr(new, slot) and getattr(new, slot) is not None
            assert changed == (f"model:{slot}" in new.flags)
        assert (new.evidence_start, new.evidence_end) == (old.evidence_start, old.evidence_end)


def test_guided_values_only_redraw_the_rules_choice() -> None:
    text = "Judge Orla Fenn gave Ivo Brandt ten years and Lena Kask four years for arson."
    terms = [(text.index("ten"), text.index("ten") + len("ten years"), "SENTENCE"),
             (text.index("four"), text.index("four") + len("four years"), "SENTENCE")]
    rec = _record(person="Lena Kask", sentence="four years", evidence=text,
                  evidence_end=len(text))
    assert model_values(rec, terms, text, None)["sentence"] == "four years"
    # a term the rules did not choose is never offered in its place
    assert "sentence" not in model_values(rec, terms[:1], text, None)
    assert model_values(rec, terms[:1], text, None, follow_rules=False)["sentence"] == "ten years"


def test_revise_gives_no_unnamed_record_a_name_that_has_one() -> None:
    text = "Elsbeth Maranova was sentenced to six years in prison for fraud on Tuesday."
    named = _record(person="Elsbeth Maranova", evidence=text, evidence_end=len(text))
    unnamed = _record(person=None, evidence=text, evidence_end=len(text))
    # alone, the unnamed record takes the one defendant the tagger sees in its evidence ...
    assert _tagger().revise([unnamed], text, None)[0].person == "Elsbeth Maranova"
    # ... but not when she has a record of her own: one person is never two records
    assert _tagger().revise([named, unnamed], text, None)[1].person is None


def test_revise_refuses_what_is_not_a_name() -> None:
    text = "Elsbeth Maranova was sentenced to six years in prison for fraud on Tuesday."
    unnamed = _record(person=None, evidence=text, evidence_end=len(text))
    veto = _tagger().revise([unnamed], text, None, not_a_name=lambda n: n.endswith("Maranova"))
    assert veto[0].person is None
    kept = _tagger().revise([unnamed], text, None, not_a_name=lambda n: n == "Vice President")
    assert kept[0].person == "Elsbeth Maranova"


@pytest.mark.parametrize("text", [
    "The court jailed a cousin of Elsbeth Maranova for three years.",
    "The police spokesman, Elsbeth Maranova, said a farmer was jailed for three years.",
    "A farmer was jailed for three years, Elsbeth Maranova said on Tuesday.",
])
def test_revise_names_no_relative_spokesman_or_speaker(text: str) -> None:
    unnamed = _record(person=None, evidence=text, evidence_end=len(text))
    assert _tagger().revise([unnamed], text, None)[0].person is None
