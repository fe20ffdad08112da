"""Co-defendants named two or more sentences after a dated hearing, in phrasings of our own:
a counted group sentenced on a day whose members are named further on, and one defendant's
hearing restated before his co-defendants' terms, take that day; a co-defendant of another
day, court, city or an earlier or separate case keeps none."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2024, 6, 14)  # a Friday
TUESDAY = dt.date(2024, 6, 11)

TEXTS: dict[str, str] = {
    # ---- a counted group's dated hearing; its members named further on
    "group-heaviest": "A court in Bravik on Tuesday sentenced six protesters to up to five "
                      "years in prison for rioting. The judge said the violence had been "
                      "planned. She said the defendants had shown no remorse. Ivo Marek, 24, "
                      "received the heaviest sentence of five years.",
    "group-another": "Judge Clara Voss on Tuesday jailed four men who had stormed a depot in "
                     "Lenvik. The men had denied the charges. The judge "
                     "said the attack had been carefully prepared. Another defendant, Petr "
                     "Holan, 31, was jailed for 40 months.",
    "group-list": "A military court in Dorvan on Tuesday convicted six opposition activists "
                  "of sedition. The trial had lasted eight months. Relatives wept outside the "
                  "courtroom. Observers were barred. Those convicted were Lina Obert, Marco "
                  "Sand, Eva Kron, Tom Reiss and Alma Brun.",
    # ---- one defendant's hearing, restated, then his co-defendants' terms
    "bridge": "Activist Omar Haddad was sentenced to six years in prison by a court in Tarsa "
              "on Tuesday. He was found guilty of spreading false news by the Security Court. "
              "Two other bloggers, Sami Rafi and Nour Kadri, were given four-year sentences "
              "each.",
    # ---- the lead's day told in an earlier mention, his co-defendants in a restatement
    "restated-codefendant": "A court in Tarsa on Tuesday sentenced journalist Dana Weil to six "
                            "years in prison. Weil was tried with two other defendants. Weil "
                            "was sentenced to six years; one of her co-defendants, Jon Akers, "
                            "was sentenced to seven years in prison.",
    "restated-codefendant-2": "Blogger Omar Haddad was jailed for five years by a court in "
                              "Tarsa on Tuesday. The trial lasted a week. Haddad was sentenced "
                              "to five years; his co-defendant Sami Rafi was sentenced to four "
                              "years.",
    # ... the restatement's own day stays the co-defendant's
    "restated-own-day": "A court in Tarsa on Tuesday convicted Dana Weil of fraud. On June 13 "
                        "Weil was sentenced to six years; one of her co-defendants, Jon Akers, "
                        "was sentenced to seven years in prison.",
    # ---- the very next sentence, naming no place of its own: the court named before
    "next-no-place": "On Tuesday, the court in Varsk sentenced Anton Belik to nine years in "
                     "prison. Reporters Mila Sorn and Oleg Tamm were sentenced to eight years.",
    "next-no-place-2": "A court in Rovel jailed blogger Dana Kuts for five years on Tuesday. "
                       "Her co-defendant Ilya Perm was given three years.",
    # ---- negatives: another day, another court or city, an earlier or separate case
    "neg-next-other-town": "On Tuesday, the court in Batumi sentenced Anton Belik to nine "
                           "years in prison. Mila Sorn was sentenced in Kutaisi to eight years.",
    "neg-earlier": "A court in Bravik on Tuesday sentenced six protesters to up to five years "
                   "in prison for rioting. The judge said the violence had been planned. "
                   "Their leader, Ivo Marek, had been sentenced earlier to seven years.",
    "neg-next-day": "A court in Bravik on Tuesday sentenced six protesters to up to five years "
                    "in prison for rioting. The judge said the violence had been planned. Ivo "
                    "Marek was jailed for four years the next day.",
    "neg-other-court": "A court in Bravik on Tuesday sentenced six protesters to up to five "
                       "years in prison for rioting. The judge said the violence had been "
                       "planned. A court in Selmar jailed Ivo Marek for four years.",
    "neg-year": "A court in Bravik on Tuesday sentenced six protesters to up to five years in "
                "prison for rioting. The judge said the violence had been planned. Ivo Marek "
                "was jailed for four years in 2019.",
    "neg-separate": "A court in Bravik on Tuesday sentenced six protesters to up to five years "
                    "in prison for rioting. The judge said the violence had been planned. In "
                    "a separate trial, Ivo Marek was jailed for four years.",
    "neg-month": "Activist Omar Haddad was sentenced to six years in prison by a court in "
                 "Tarsa on Tuesday. He was found guilty of spreading false news by the "
                 "Security Court. Two other bloggers, Sami Rafi and Nour Kadri, were given "
                 "four-year sentences in March.",
    "neg-comes-after": "A court in Bravik on Tuesday sentenced six protesters to up to five "
                       "years in prison for rioting. The judge said the violence had been "
                       "planned. The ruling comes two weeks after their leader Ivo Marek was "
                       "jailed for seven years.",
    "neg-similar": "A court in Bravik on Tuesday sentenced six protesters to up to five years "
                   "in prison for rioting. The judge said the violence had been planned. In a "
                   "similar case, Ivo Marek was jailed for four years.",
    "neg-too-many": "A court in Dorvan on Tuesday convicted two opposition activists of "
                    "sedition. The trial had lasted eight months. Relatives wept outside the "
                    "courtroom. Observers were barred. Those convicted were Lina Obert, Marco "
                    "Sand, Eva Kron and Tom Reiss.",
}

# (text, defendant, expected date)
CASES: list[tuple[str, str, dt.date | None]] = [
    ("group-heaviest", "Ivo Marek", TUESDAY),
    ("group-another", "Petr Holan", TUESDAY),
    ("group-list", "Lina Obert", TUESDAY),
    ("group-list", "Alma Brun", TUESDAY),
    ("bridge", "Sami Rafi", TUESDAY),
    ("bridge", "Nour Kadri", TUESDAY),
    ("restated-codefendant", "Jon Akers", TUESDAY),
    ("restated-codefendant-2", "Sami Rafi", TUESDAY),
    ("restated-own-day", "Jon Akers", dt.date(2024, 6, 13)),
    ("next-no-place", "Mila Sorn", TUESDAY),
    ("next-no-place", "Oleg Tamm", TUESDAY),
    ("next-no-place-2", "Ilya Perm", TUESDAY),
    ("neg-next-other-town", "Mila Sorn", None),
    ("neg-earlier", "Ivo Marek", None),
    ("neg-next-day", "Ivo Marek", None),
    ("neg-other-court", "Ivo Marek", None),
    ("neg-year", "Ivo Marek", None),
    ("neg-separate", "Ivo Marek", None),
    ("neg-month", "Sami Rafi", None),
    ("neg-comes-after", "Ivo Marek", None),
    ("neg-similar", "Ivo Marek", None),
    ("neg-too-many", "Lina Obert", None),
]


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "person", "date"), CASES)
def test_codefendant_date(records: dict[str, list[Record]], key: str, person: str,
                          date: dt.date | None) -> None:
    rec = next((r for r in records[key] if r.person == person), None)
    assert rec is not None, (key, records[key])
    assert rec.date == date, (key, rec)
