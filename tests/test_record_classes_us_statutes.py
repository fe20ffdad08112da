"""Error classes read on US court news (county prosecutors, state attorneys general, federal
press releases), each in several phrasings of our own.

Offences named by their means: US statutes call an offence "theft by conversion", "theft by
taking", "homicide by vehicle"; the "by" phrase is part of the offence, so a list of them is
kept whole, while "by a jury" and "by the judge" still end it.

A term suspended by the judge's own clause: "sentenced X to ten years in prison but suspended
the term (because of her age)" is a suspended term, as "... The sentence was suspended." was;
a stay ("suspended the sentence pending appeal") and another thing suspended ("suspended the
driving licence") leave the prison term as it was.

An acquittal told with its object: "a jury cleared three officers of criminal charges", "the
judge cleared A and B of fraud" acquit the people named or counted before "of", as "was
cleared of" did; an inquiry clearing someone "of wrongdoing", a judge clearing "the courtroom
of spectators" and a police clearing a square are no verdicts.

A page's date stamp opening the text ("date 2021-04-09 The 44-year-old mayor, X, received a
suspended term ...") no longer hides the first sentence's verdict: the parser read the stamp
as part of its subject.

Where a term is served is no proceeding's place: "40 years in Florida state prison" gives no
city (a court named beside it still does).

A split sentence: "a total of 31 years in prison, 6 of which will be served on probation" is
25 years of custody, as "15 years, five of which were suspended" is ten; a term beside it
("10 years in prison, followed by five years on probation", "five years in prison, two years
on probation") is not taken off.

The probation after a jail term stays in the sentence (GUIDELINES: mixed sentences): "six
months in jail, to be followed by another nine-and-a-half years on probation" is the whole
sentence, custody its months; another defendant's term after "and another" is not joined.

A federal press release's count list: "X (Count 1); Y (Counts 2 through 4); and Z (Count 5)"
is the whole list without its count numbers; a clause after "(Count 1);" is not an offence.
"not guilty of both murder and manslaughter" is "murder and manslaughter"."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts, person_record

PUBLISHED = dt.date(2024, 3, 15)

TEXTS: dict[str, str] = {
    "by-list": "Lorne Vassily was convicted Tuesday of theft by conversion, theft by deception "
               "and criminal property damage.",
    "by-taking": "The jury convicted Pia Lund of theft by taking, but acquitted her of burglary.",
    "by-vehicle": "Oren Vasko was convicted of homicide by vehicle and reckless driving.",
    "by-receiving": "Tess Avril pleaded guilty to theft by receiving stolen property and was "
                    "sentenced to two years of probation.",
    # ---- the court, not the means
    "by-jury": "Hal Brandt was convicted of murder by a jury in March.",
    "by-judge": "Nia Corbet was found guilty of arson by the judge after a bench trial.",
}

EXPECTED: list[tuple[str, str, str]] = [
    ("by-list", "Lorne Vassily", "theft by conversion, theft by deception and criminal "
                                 "property damage"),
    ("by-taking", "Pia Lund", "theft by taking"),
    ("by-vehicle", "Oren Vasko", "homicide by vehicle and reckless driving"),
    ("by-receiving", "Tess Avril", "theft by receiving stolen property"),
    ("by-jury", "Hal Brandt", "murder"),
    ("by-judge", "Nia Corbet", "arson"),
]


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "charge"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_offence_by_its_means(records: dict[str, list[Record]], key: str, person: str,
                              charge: str) -> None:
    assert person_record(records, key, person).charge == charge


SUSPENDED: dict[str, str] = {
    "but-term-because": "Circuit Judge Ana Vell sentenced Wanda Solms to 10 years in prison but "
                        "suspended the term because of her age.",
    "but-name-after": "Greta Pratt pleaded guilty to fraud. Judge Lee Onn sentenced Pratt to six "
                      "years in prison but suspended the term because of Pratt's poor health.",
    "but-the-sentence": "Judge Ravi Dass sentenced Colm Ferris to eight years in prison, but "
                        "suspended the sentence.",
    "but-their": "The court sentenced Ann Belle to six years and Rudi Kass to four years, but "
                 "suspended their sentences.",
    # ---- not a suspension of the term
    "stay": "Judge Ravi Dass sentenced Omar Pell to eight years in prison and suspended the "
            "sentence pending appeal.",
    "licence": "A judge sentenced Ida Moy to three years in prison and suspended the driving "
               "licence of the defendant.",
}

SUSPENDED_EXPECTED: list[tuple[str, str, str, float]] = [
    ("but-term-because", "Wanda Solms", "suspended", 120),
    ("but-name-after", "Greta Pratt", "suspended", 72),
    ("but-the-sentence", "Colm Ferris", "suspended", 96),
    ("but-their", "Ann Belle", "suspended", 72),
    ("but-their", "Rudi Kass", "suspended", 48),
    ("stay", "Omar Pell", "prison", 96),
    ("licence", "Ida Moy", "prison", 36),
]


@pytest.fixture(scope="module")
def suspended() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), SUSPENDED, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "kind", "months"), SUSPENDED_EXPECTED,
                         ids=[f"{e[0]}-{e[1]}" for e in SUSPENDED_EXPECTED])
def test_term_suspended_by_the_judges_clause(suspended: dict[str, list[Record]], key: str,
                                             person: str, kind: str, months: float) -> None:
    rec = person_record(suspended, key, person)
    assert (rec.sentence_type.value if rec.sentence_type else None, rec.sentence_months) == \
        (kind, months)


CLEARED: dict[str, str] = {
    "group-place": "A jury in Spokane on Tuesday cleared three police officers of criminal "
                   "charges.",
    "two-named": "The judge cleared Dana Whitfield and Omar Pell of fraud.",
    "titled-aged": "A jury in Spokane on Friday cleared former deputy Bram Oakes, 41, of "
                   "manslaughter.",
    # ---- no verdict
    "wrongdoing": "An ethics panel cleared Mayor Lena Ostrow of wrongdoing.",
    "courtroom": "The judge cleared the courtroom of spectators before the verdict was read.",
    "square": "Police cleared protesters of the square on Monday, a court heard.",
}

CLEARED_EXPECTED: list[tuple[str, list[tuple[str | None, int, str | None]]]] = [
    ("group-place", [(None, 3, None)]),
    ("two-named", [("Dana Whitfield", 1, "fraud"), ("Omar Pell", 1, "fraud")]),
    ("titled-aged", [("Bram Oakes", 1, "manslaughter")]),
    ("wrongdoing", []),
    ("courtroom", []),
    ("square", []),
]


@pytest.fixture(scope="module")
def cleared() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), CLEARED, PUBLISHED)


@pytest.mark.parametrize(("key", "expected"), CLEARED_EXPECTED,
                         ids=[e[0] for e in CLEARED_EXPECTED])
def test_cleared_with_its_object(cleared: dict[str, list[Record]], key: str,
                                 expected: list[tuple[str | None, int, str | None]]) -> None:
    got = [(r.person, r.group_size, r.charge) for r in cleared[key]]
    assert got == expected
    assert all(r.outcome.value == "acquitted" for r in cleared[key])


STAMPED: dict[str, str] = {
    "received": " date 2021-04-09 The 44-year-old mayor, Karen Wells, received a suspended "
                "six-month prison sentence for abuse of power and assault at the end of her "
                "trial.",
    "sentenced": "date 2021-04-09 The former clerk, Dana Whitfield, was sentenced to three years "
                 "in prison for embezzlement.",
}


@pytest.fixture(scope="module")
def stamped() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), STAMPED, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "months"), [("received", "Karen Wells", 6),
                                                       ("sentenced", "Dana Whitfield", 36)])
def test_verdict_after_an_opening_date_stamp(stamped: dict[str, list[Record]], key: str,
                                             person: str, months: float) -> None:
    assert person_record(stamped, key, person).sentence_months == months


PRISONS: dict[str, str] = {
    "state-prison": "Dana Whitfield has been sentenced to 40 years in Florida state prison.",
    "state-prison-by": "Omar Pell was sentenced to 12 years in Ohio state prison by a judge on "
                       "Monday.",
    "court-beside": "A judge in Tampa sentenced Karen Wells to 30 years in Florida state prison.",
}


@pytest.fixture(scope="module")
def prisons() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), PRISONS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "city"), [("state-prison", "Dana Whitfield", None),
                                                     ("state-prison-by", "Omar Pell", None),
                                                     ("court-beside", "Karen Wells", "Tampa")])
def test_the_prisons_place_is_no_city(prisons: dict[str, list[Record]], key: str, person: str,
                                      city: str | None) -> None:
    assert person_record(prisons, key, person).city == city


SPLIT: dict[str, tuple[str, float]] = {
    "of-which-served": ("Karen Wells was sentenced to a total of 31 years in prison, 6 of which "
                        "will be served on probation after her prison term.", 300),
    "of-them": ("Omar Pell was sentenced to 20 years, 10 of them on probation.", 120),
    "of-which-before": ("Dana Whitfield was sentenced to 10 years in prison, of which four years "
                        "will be served on probation.", 72),
    # ---- a term beside it
    "followed-by": ("Lena Ostrow was sentenced to 10 years in prison, followed by five years "
                    "on probation.", 120),
    "bare-comma": ("Bram Oakes was sentenced to five years in prison, two years on probation.",
                   60),
}


@pytest.fixture(scope="module")
def split() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), {k: v[0] for k, v in SPLIT.items()},
                         PUBLISHED)


@pytest.mark.parametrize("key", list(SPLIT))
def test_split_sentence_custody_is_what_remains(split: dict[str, list[Record]],
                                                key: str) -> None:
    person = SPLIT[key][0].split(" was ")[0]
    rec = person_record(split, key, person)
    assert (rec.sentence_months, rec.sentence_type.value if rec.sentence_type else None) == \
        (SPLIT[key][1], "prison")


FOLLOWED: dict[str, tuple[str, str, str, float]] = {
    "to-be-another": ("A judge sentenced Omar Pell to six months in jail, to be followed by "
                      "another nine-and-a-half years on probation.", "Omar Pell",
                      "six months in jail, to be followed by another nine-and-a-half years on "
                      "probation", 6),
    "additional": ("A judge sentenced Lena Ostrow to 12 years in prison, to be followed by an "
                   "additional five years of supervised release.", "Lena Ostrow",
                   "12 years in prison, to be followed by an additional five years of "
                   "supervised release", 144),
    "another-defendant": ("Bram Oakes was sentenced to five years and another defendant, Karen "
                          "Wells, to two years.", "Bram Oakes", "five years", 60),
}


@pytest.fixture(scope="module")
def followed() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()),
                         {k: v[0] for k, v in FOLLOWED.items()}, PUBLISHED)


@pytest.mark.parametrize("key", list(FOLLOWED))
def test_probation_after_custody_stays_in_the_sentence(followed: dict[str, list[Record]],
                                                       key: str) -> None:
    _text, person, sentence, months = FOLLOWED[key]
    rec = person_record(followed, key, person)
    assert (rec.sentence, rec.sentence_months) == (sentence, months)


COUNTS: dict[str, tuple[str, str, str]] = {
    "semicolons": ("On May 3, 2022, following a jury trial, defendant Lena Ostrow was found "
                   "guilty of Conspiracy to Commit Mail Fraud (Count 1); Theft of Government "
                   "Property (Counts 2 through 4); and Making a False Statement (Count 5).",
                   "Lena Ostrow", "Conspiracy to Commit Mail Fraud; Theft of Government "
                   "Property; and Making a False Statement"),
    "and": ("Karen Wells pleaded guilty to Bank Fraud (Count 1) and Aggravated Identity Theft "
            "(Count 3).", "Karen Wells", "Bank Fraud and Aggravated Identity Theft"),
    "clause-after": ("Omar Pell was convicted of Conspiracy to Distribute Cocaine (Count 1); he "
                     "was acquitted of the remaining counts.", "Omar Pell",
                     "Conspiracy to Distribute Cocaine"),
    "both": ("A jury found Bram Oakes not guilty of both murder and manslaughter.", "Bram Oakes",
             "murder and manslaughter"),
}


@pytest.fixture(scope="module")
def counts() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), {k: v[0] for k, v in COUNTS.items()},
                         PUBLISHED)


@pytest.mark.parametrize("key", list(COUNTS))
def test_count_lists_and_both(counts: dict[str, list[Record]], key: str) -> None:
    _text, person, charge = COUNTS[key]
    assert person_record(counts, key, person).charge == charge

