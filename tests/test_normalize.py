"""Sentence phrases → months and type (extract/normalize.py), per gold/GUIDELINES.md's rules."""

from __future__ import annotations

import pytest

from extract.normalize import Terms, find_terms, fold, parse_number, parse_terms
from schemas import SentenceType as T


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("three", 3), ("Three", 3), ("a", 1), ("an", 1), ("one", 1), ("ten", 10),
        ("twenty-five", 25), ("twenty five", 25), ("ninety", 90), ("125", 125), ("2.5", 2.5),
        ("1,500", 1500), ("10,000", 10000), ("three-and-a-half", 3.5), ("seven and a half", 7.5),
        ("three and one-half", 3.5), ("10 1/2", 10.5), ("10-1/2", 10.5), ("10½", 10.5),
        ("10 ½", 10.5), ("½", 0.5), ("half a", 0.5), ("a half", 0.5), ("1/4", 0.25),
        ("three quarters", 0.75), ("a dozen", 12), ("two dozen", 24),
        ("one hundred", 100), ("a hundred", 100), ("one hundred and twenty-five", 125),
        ("two thousand", 2000), ("1.5 million", 1_500_000), ("forty two", 42),
        ("three\u2011and\u2011a\u2011half", 3.5), ("  six  ", 6), ("-3", -3), ("\u22123", -3),
    ],
)
def test_parse_number_reads_digits_and_words(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "several", "few", "years", "six and eight", "twenty twenty", "three two",
     "a a", "and", "hundred", "1/0", "seven-", "\u200b", "x" * 500],
)
def test_parse_number_refuses_what_is_not_one_number(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "months", "kind"),
    [
        # the kinds of phrase the guidelines name
        ("three years and seven months imprisonment", 43, T.PRISON),
        # a compound of hyphenated lengths: one term
        ("a six-year and two-month jail term", 74, T.PRISON),
        ("a two-year and six-month prison sentence", 30, T.PRISON),
        ("a one-year and three-month suspended sentence", 15, T.SUSPENDED),
        ("three-and-a-half years of restricted freedom", 42, T.RESTRICTED_FREEDOM),
        ("a year on probation", 12, T.PROBATION),
        ("six years", 72, T.PRISON),
        ("18 months", 18, T.PRISON),
        ("90 days", 3, T.PRISON),
        ("50 weeks in jail", 11.67, T.PRISON),
        ("20 to 30 years in prison", 240, T.PRISON),
        ("20-30 years in prison", 240, T.PRISON),
        ("three and a half to seven years in prison", 42, T.PRISON),
        ("125 years to life in prison", 1500, T.PRISON),
        ("25 years to life", 300, T.PRISON),
        ("90-year prison sentence", 1080, T.PRISON),
        ("a 10-year sentence", 120, T.PRISON),
        ("an 18-month jail term", 18, T.PRISON),
        ("six months in jail and five years’ probation", 6, T.PRISON),
        ("15 years in prison and assessed a $10,000 fine", 180, T.PRISON),
        ("two years' probation", 24, T.PROBATION),
        ("two years’ probation", 24, T.PROBATION),
        ("probation for two years", 24, T.PROBATION),
        ("suspended sentence of two years", 24, T.SUSPENDED),
        ("a two-year suspended sentence", 24, T.SUSPENDED),
        ("two years in prison, suspended for three years", 24, T.SUSPENDED),
        ("a suspended sentence of two years and three years of probation", 24, T.SUSPENDED),
        ("three years of house arrest", 36, T.HOUSE_ARREST),
        ("six months of home confinement", 6, T.HOUSE_ARREST),
        ("10 1/2 years in federal prison", 126, T.PRISON),
        ("10½ years behind bars", 126, T.PRISON),
        ("seven and a half years in a penal colony", 90, T.PRISON),
        ("five years and a half", 66, T.PRISON),
        ("a year and six months in custody", 18, T.PRISON),
        ("two years, three months and 15 days", 27.5, T.PRISON),
        ("sentences ranging from 180 days to two years", 6, T.PRISON),
        ("five years of supervised release", 60, T.OTHER),
        ("48 hours in jail", 0.07, T.PRISON),
        ("40 year", 480, T.PRISON),
        ("two decades in prison", 240, T.PRISON),
        ("a decade behind bars", 120, T.PRISON),
        ("18 mos. in county jail", 18, T.PRISON),
        ("twelve month", 12, T.PRISON),
        ("12-\n18-month", 12, T.PRISON),
        # several terms: consecutive add up, concurrent (or unmarked) take the longest
        ("two consecutive 10-year terms", 240, T.PRISON),
        ("10 years for robbery and 5 years for assault, to run consecutively", 180, T.PRISON),
        ("10 years for robbery and 5 years for assault, to run concurrently", 120, T.PRISON),
        ("15 years plus five years", 240, T.PRISON),
        ("a total of 30 years in prison", 360, T.PRISON),
        # international and US court phrasings
        ("jailed for six years", 72, T.PRISON),
        ("sentenced in absentia to 10 years", 120, T.PRISON),
        ("seven years in a strict-regime penal colony", 84, T.PRISON),
        ("deprived of liberty for five years", 60, T.PRISON),
        ("five years of deprivation of liberty", 60, T.PRISON),
        ("a 15-day administrative arrest", 0.5, T.PRISON),
        ("restriction of freedom for three years", 36, T.RESTRICTED_FREEDOM),
        ("two years of corrective labour", 24, T.OTHER),
        ("handed a three-year suspended sentence", 36, T.SUSPENDED),
        ("a ten-year probated sentence", 120, T.SUSPENDED),
        ("180 days in jail probated over 15 months", 6, T.SUSPENDED),
        ("a two-year community order", 24, T.COMMUNITY_SERVICE),
        ("sentenced to 25-years-to-life in prison", 300, T.PRISON),
        ("25 to life", 300, T.PRISON),
        ("One-and-a-Half to Four-and-a-Half Years in Prison", 18, T.PRISON),
        ("a term of 2 1/3 to 7 years in state prison", 28, T.PRISON),
        ("between two and four years in prison", 24, T.PRISON),
        ("a range of punishment between 180 days and two years confinement", 6, T.PRISON),
        ("sentenced to 30 months in federal prison, followed by three years of supervised "
         "release", 30, T.PRISON),
        ("nine and a half years in prison and five years’ post-release supervision", 114,
         T.PRISON),
        ("sentenced to one year and one day in prison", 12.03, T.PRISON),
        ("sentenced to three years of forced labour", 36, T.PRISON),
        ("a two-year sentence, which was suspended", 24, T.SUSPENDED),
        ("sentenced to 12 months' imprisonment suspended for two years", 12, T.SUSPENDED),
        ("30 days in jail, suspended, and a $300 fine", 1, T.SUSPENDED),
        # a later term replaces the earlier one
        ("two years' imprisonment, reduced on appeal to 18 months", 18, T.PRISON),
        ("sentenced to 10 years, commuted to five years in prison", 60, T.PRISON),
        # partly suspended terms: the custodial part is the term
        ("sentenced to 20 years, 10 of them suspended", 120, T.PRISON),
        ("sentenced to 10 years, with 5 suspended", 60, T.PRISON),
        ("sentenced to 10 years with all but two years suspended", 24, T.PRISON),
        ("five years in prison, with three years suspended", 24, T.PRISON),
        # odd Unicode
        ("three\u2011and\u2011a\u2011half years in prison", 42, T.PRISON),
        ("20\u201330 years in prison", 240, T.PRISON),
        ("six\u00a0years in\u200b prison", 72, T.PRISON),
        ("\u200fsix years\u200e", 72, T.PRISON),
        ("SIX YEARS IN PRISON", 72, T.PRISON),
    ],
)
def test_parse_terms_gives_months_and_type(text: str, months: float, kind: T) -> None:
    terms = parse_terms(text)
    assert terms.type is kind
    assert terms.months == pytest.approx(months, abs=0.01)
    assert "invalid-length" not in terms.flags


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("probation-like punishments", T.PROBATION),
        ("probation-type judgments", T.PROBATION),
        ("life without parole", T.LIFE),
        ("life in federal prison", T.LIFE),
        ("life imprisonment", T.LIFE),
        ("a life sentence", T.LIFE),
        ("sentenced to life", T.LIFE),
        ("two consecutive life sentences plus 20 years", T.LIFE),
        ("life", T.LIFE),
        ("life with a minimum term of 20 years", T.LIFE),
        ("life, with a minimum of 12 years", T.LIFE),
        ("death", T.DEATH),
        ("the death penalty", T.DEATH),
        ("sentenced him to death", T.DEATH),
        ("a fine of $5,000", T.FINE),
        ("fined $500", T.FINE),
        ("a £2,000 fine", T.FINE),
        ("fined 500,000 tenge", T.FINE),
        ("$500", T.FINE),
        ("500,000 tenge", T.FINE),
        ("$450 in fines", T.FINE),
        ("fined 100 monthly calculation indices", T.FINE),
        ("a conditional discharge and ordered to complete 210 hours of community service",
         T.COMMUNITY_SERVICE),
        ("100 hours of community service and a $500 fine", T.COMMUNITY_SERVICE),
        ("real jail sentences", T.PRISON),
        ("Jail and Probation", T.PRISON),
        ("probation instead of jail", T.PROBATION),
        ("a suspended jail term", T.SUSPENDED),
        ("time served", T.PRISON),
        ("a suspended sentence", T.SUSPENDED),
        ("house arrest", T.HOUSE_ARREST),
        ("a whole life order", T.LIFE),
        ("received two concurrent life terms", T.LIFE),
        ("a conditional discharge", T.OTHER),
        ("sentenced to 100 lashes", T.OTHER),
    ],
)
def test_parse_terms_without_a_length(text: str, kind: T) -> None:
    assert parse_terms(text) == Terms(None, kind)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "similar terms", "the same crime", "a man", "on July 15", "\u200b\u200b",
     "Years of abuse", "a 25-year-old man", "two years ago", "the last five years",
     "He had been a fine man all his life", "imminently perilous to life",
     "a two-year grant", "a 40 year career", "for nearly three years", "in 6 weeks",
     "a charge gives you 3 hours of playback"],
)
def test_parse_terms_finds_nothing_where_there_is_no_sentence(text: str) -> None:
    terms = parse_terms(text)
    assert terms.months is None
    assert terms.type is None


def test_parse_terms_skips_ages_and_elapsed_time_beside_the_term() -> None:
    assert parse_terms("during his six years out of prison").months is None
    terms = parse_terms("the 25-year-old man, jailed two years ago, was sentenced to 4 years")
    assert terms.months == 48


@pytest.mark.parametrize(
    "text",
    ["20 to 30 years in prison", "20-30 years", "sentences ranging from 180 days to two years",
     "between two and four years in prison", "three and a half to seven years in prison",
     "2 1/3 to 7 years in state prison"],
)
def test_ranges_are_flagged(text: str) -> None:
    assert "range" in parse_terms(text).flags


@pytest.mark.parametrize(
    "text",
    ["125 years to life in prison", "six years", "three years and seven months imprisonment",
     "two years' probation", "six months in jail and five years’ probation"],
)
def test_single_terms_are_not_ranges(text: str) -> None:
    assert "range" not in parse_terms(text).flags


def test_absurd_length_is_kept_and_flagged() -> None:
    terms = parse_terms("10,000 years")
    assert terms.months == 120_000
    assert terms.type is T.PRISON
    assert "absurd-length" in terms.flags
    assert "absurd-length" not in parse_terms("169 years in prison").flags


@pytest.mark.parametrize(
    "text", ["-3 years", "\u22123 years in prison", "– 3 years", "minus 3 years"]
)
def test_negative_length_gives_no_terms(text: str) -> None:
    assert parse_terms(text) == Terms(None, None, ("invalid-length",))


# runs of number-like tokens once made the regexes quadratic (minutes for 20 kB)
_HOSTILE = ["9" * 400 + " years", "years " * 5000, "a " * 10_000 + "year", "\u202e" * 100,
            "three-" * 1000 + "years", "1/" * 500, "one " * 5000, "1," * 10_000, "1." * 10_000,
            "123456789012345" * 2000, "1 " * 10_000, "a real " * 3000, "$1," * 7000,
            "twenty-one and " * 2000, "x hours " * 4000, "\u200b" * 20_000,
            "1" + ",000" * 200 + " years"]


@pytest.mark.parametrize("text", _HOSTILE, ids=range(len(_HOSTILE)))
def test_huge_and_hostile_input_does_not_raise(text: str) -> None:
    terms = parse_terms(text)
    assert terms.months is None or 0 <= terms.months < float("inf")
    for start, end in find_terms(text):
        assert 0 <= start < end <= len(text)


def test_find_terms_gives_the_phrase_as_written() -> None:
    text = "Dosmambetova received three years and seven months imprisonment for “disorder.”"
    spans = find_terms(text)
    assert [text[s:e] for s, e in spans] == ["three years and seven months imprisonment"]


def test_find_terms_joins_the_parts_of_a_mixed_sentence() -> None:
    text = "He was sentenced to six months in jail and five years’ probation on Tuesday."
    assert [text[s:e] for s, e in find_terms(text)] == [
        "six months in jail and five years’ probation"
    ]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("was sentenced to 125 years to life in prison for the murders.",
         "125 years to life in prison"),
        ("She was given a fine of $5,000.", "a fine of $5,000"),
        ("He was sentenced to life without parole.", "life without parole"),
        ("received a 90-year prison sentence", "a 90-year prison sentence"),
        ("seven people got probation-like punishments on public disorder charges",
         "probation-like punishments"),
        ("three men each got three\u2011and\u2011a\u2011half years of restricted freedom after",
         "three\u2011and\u2011a\u2011half years of restricted freedom"),
    ],
)
def test_find_terms_spans_index_the_original_text(text: str, phrase: str) -> None:
    spans = find_terms(text)
    assert phrase in [text[s:e] for s, e in spans]
    for start, end in spans:  # every span parses back to a sentence
        assert parse_terms(text[start:end]).type is not None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("He was placed on probation for three years.", "probation for three years"),
        ("She got restricted freedom for two years.", "restricted freedom for two years"),
        ("He was handed a suspended 18-month sentence.", "a suspended 18-month sentence"),
        ("Two men were sentenced to 25-years-to-life in prison.", "25-years-to-life in prison"),
    ],
)
def test_find_terms_takes_the_type_word_before_the_term(text: str, phrase: str) -> None:
    assert [text[s:e] for s, e in find_terms(text)] == [phrase]


def test_a_date_before_a_term_is_no_range() -> None:
    text = "A man was sentenced on June 28 to a year on probation."
    assert [text[s:e] for s, e in find_terms(text)] == ["a year on probation"]
    terms = parse_terms("on June 28 to a year on probation")
    assert (terms.months, terms.type, terms.flags) == (12, T.PROBATION, ())


def test_find_terms_keeps_respective_terms_apart() -> None:
    text = ("Two men were sentenced to 21 years to life in prison and 20 years in prison, "
            "respectively.")
    assert [text[s:e] for s, e in find_terms(text)] == [
        "21 years to life in prison", "20 years in prison"
    ]


def test_find_terms_needs_a_sentencing_word_for_a_bare_duration() -> None:
    assert find_terms("The abuse went on for three years before she spoke out.") == []
    assert find_terms("The program is part of a two-year grant.") == []
    text = "Stoyan Anastassov received 9 years on one case."
    assert [text[s:e] for s, e in find_terms(text)] == ["9 years"]


@pytest.mark.parametrize(
    "text",
    ["They fought for her life.", "He was stabbed to death.", "the quality of life in Brooklyn",
     "He faced the death of his father.", "The ruling was a fine example."],
)
def test_find_terms_ignores_life_and_death_outside_sentences(text: str) -> None:
    assert find_terms(text) == []


def test_find_terms_ignores_ages_and_counts() -> None:
    text = "The 25-year-old, who has three children, was arrested in 2021 after a two-day search."
    assert find_terms(text) == []


def test_fold_keeps_offsets_to_the_original() -> None:
    text = "a\u200bb\u2011c’d\u00a0E"
    folded, offsets = fold(text)
    assert folded == "ab-c'd e"
    assert [text[i] for i in offsets[:-1]] == ["a", "b", "\u2011", "c", "’", "d", "\u00a0", "E"]
    assert offsets[-1] == len(text)


@pytest.mark.parametrize(
    "phrase",
    ["a fine of Rs 50,000", "fined KES 200,000", "a fine of 500,000 shillings",
     "a fine of 3 million soums", "fined ₹10,000"],
)
def test_fines_in_other_currencies_are_fines(phrase: str) -> None:
    terms = parse_terms(phrase)
    assert terms.type is T.FINE and terms.months is None


@pytest.mark.parametrize(("text", "months"), [
    ("12 year in prison", 144), ("seven year imprisonment", 84), ("18 month in jail", 18),
    ("one year in prison", 12), ("a 5-year term", 60), ("two year suspended sentence", 24),
])
def test_a_count_with_a_singular_unit_reads_as_the_plural(text: str, months: int) -> None:
    # a writer's slip ("12 year in prison") is still the term it means
    assert parse_terms(text).months == months
