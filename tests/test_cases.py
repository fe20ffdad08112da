"""Linking reports of one court outcome across articles (verdicts.cases), on made-up rows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from verdicts.cases import Name, Report, consensus, fold, link, name_match


def _report(rid: str, article: int, person: str | None, **fields: Any) -> Report:
    row: dict[str, Any] = {
        "person": person, "group_size": 1, "city": None, "country": None, "place": None,
        "region": None, "latitude": None, "longitude": None, "place_id": None, "date": None,
        "charge": None, "sentence": None, "sentence_months": None, "sentence_type": None,
        "outcome": "convicted",
    }  # fmt: skip
    row.update(fields)
    published = fields.pop("published", "2021-03-10")
    row.pop("published", None)
    from verdicts.cases import _date, _words

    return Report(
        id=rid,
        article_id=article,
        row=row,
        name=Name.parse(person),
        date=_date(row["date"]),
        published=dt.date.fromisoformat(published),
        charge_words=_words(row["charge"]),
    )


def _groups(reports: list[Report]) -> list[set[str]]:
    return sorted(({r.id for r in g} for g in link(reports)), key=min)


def test_transliterations_surnames_and_suffixes_name_the_same_person() -> None:
    assert fold("Zhaqypova") == fold("Zhakypova")
    assert name_match(Name.parse("Aigul Zhaqypova"), Name.parse("Aygul Zhakypova")) == 2  # type: ignore[arg-type]
    assert name_match(Name.parse("Ms. Zhakypova"), Name.parse("Aigul Zhaqypova")) >= 1  # type: ignore[arg-type]
    assert name_match(Name.parse("Tom Brenner Jr."), Name.parse("Tom Brenner")) == 2  # type: ignore[arg-type]
    assert name_match(Name.parse("Tom Brenner Jr."), Name.parse("Tom Brenner Sr.")) == 0  # type: ignore[arg-type]
    assert name_match(Name.parse("Olga Petrenko"), Name.parse("Marta Petrenko")) == 0  # type: ignore[arg-type]


def test_reports_of_one_trial_in_three_outlets_become_one_case() -> None:
    common = {"place_id": "gaz:1", "date": "2021-03-08", "sentence_type": "prison"}
    reports = [
        _report(
            "a:1", 1, "Aigul Zhaqypova", sentence_months=60, charge="inciting discord", **common
        ),
        _report("b:1", 2, "Aygul Zhakypova", sentence_months=60, **common),
        _report("c:1", 3, "Zhakypova", charge="inciting social discord", place_id="gaz:1"),
        _report("c:2", 3, "Dauren Seitov", sentence_months=24, **common),
    ]
    assert _groups(reports) == [{"a:1", "b:1", "c:1"}, {"c:2"}]


def test_two_proceedings_of_one_person_stay_two_cases() -> None:
    reports = [
        _report(
            "a:1", 1, "Marat Ospanov", date="2016-05-02", charge="extremism", published="2016-05-03"
        ),
        _report(
            "b:1", 2, "Marat Ospanov", date="2022-01-20", charge="extremism", published="2022-01-21"
        ),
        # no date: the article's date stands in, and years apart is another proceeding
        _report("c:1", 3, "Marat Ospanov", charge="extremism", published="2022-01-25"),
    ]
    assert _groups(reports) == [{"a:1"}, {"b:1", "c:1"}]


def test_one_article_never_reports_one_outcome_twice() -> None:
    reports = [_report("a:1", 1, "Lena Kroll"), _report("a:2", 1, "Lena Kroll")]
    assert len(link(reports)) == 2


def test_unnamed_groups_link_only_on_clear_agreement() -> None:
    base = {"group_size": 4, "place_id": "gaz:9", "date": "2021-03-02", "charge": "rioting"}
    reports = [
        _report("a:1", 1, None, **base),
        _report("b:1", 2, None, **base),
        _report("c:1", 3, None, **{**base, "group_size": 5}),
        _report("d:1", 4, None, group_size=4),  # nothing to compare: not linked
    ]
    assert _groups(reports) == [{"a:1", "b:1"}, {"c:1"}, {"d:1"}]


def test_consensus_keeps_the_majority_and_flags_the_conflict() -> None:
    common = {"place_id": "gaz:1", "date": "2021-03-08"}
    reports = [
        _report("a:1", 1, "Ivo Marsh", sentence_months=36, published="2021-03-09", **common),
        _report("b:1", 2, "Ivo Marsh", sentence_months=36, published="2021-03-11", **common),
        _report("c:1", 3, "Ivo Marsh", sentence_months=30, published="2021-03-10", **common),
    ]
    (group,) = link(reports)
    case = consensus(group)
    assert case["sentence_months"] == 36
    assert case["conflict"] == 1 and "sentence_months" in case["conflicts"]
    assert (case["report_count"], case["article_count"]) == (3, 3)
    assert (case["first_reported"], case["last_reported"]) == ("2021-03-09", "2021-03-11")
