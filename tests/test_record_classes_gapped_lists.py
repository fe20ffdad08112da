"""Lists that give each named person a term with the verb stated once, as reports of mass
trials write them, in phrasings of our own: semicolon items after a first full clause ("A
received 14 years; B, 11 years; C, 10 years") or after a members' list ("those convicted
include A, who got seven years; B, six years; and C, 18 months"); a bare number after a
kept preposition ("sentenced A to five years and B to three", "A was jailed for six years
and B for four"); a bare-number item whose name the NER missed; lengths listed over as many
names ("A, B and C were jailed for 10, 12 and 15 days": one each, in order; a list that
does not pair with the names is no one's months); and a colon list after "The sentences:".
No one takes another item's term."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Record
from tests.records_util import extract_texts

PUBLISHED = dt.date(2025, 3, 14)  # a Friday

TEXTS: dict[str, str] = {
    # semicolon items after the first item's own clause
    "semi-received": "A Grodno court sentenced the opposition figures on Tuesday. Vital "
                     "Sidarenka received 14 years; Hanna Lutskevich, 11 years; Yauhen Markau, "
                     "10 years.",
    "semi-got-and": "In Karaganda, Serik Abenov got nine years; Dana Tulegenova, seven years; "
                    "and Erlan Mukhtarov, 30 months, for organising riots.",
    # semicolon items after a members' list, the first with a relative clause of its own
    "include-who": "An Izmir court on Tuesday convicted nine reporters. Those convicted "
                   "include Burak Yildirim, who received seven years; Cem Aydogan, six years; "
                   "and Elif Sahin, four years and two months.",
    "among-who": "A court in Van convicted the journalists on Monday. Among those convicted "
                 "were Deniz Oztürk, who got eight years; Murat Celikkol, five years and six "
                 "months; and Aylin Korkmaz, 18 months.",
    # a bare number after the preposition the first item kept
    "to-bare": "A court in Shiraz on Sunday sentenced Hamid Rostami to five years and Kaveh "
               "Nazari to three.",
    "to-bare-three": "The Vitebsk regional court on Friday sentenced Ales Karpovich to eight "
                     "years in a penal colony, Inna Vaskevich to six and Petr Lazovsky to five.",
    "for-bare": "A court in Mogilev jailed the activists on Friday. Siarhei Dubovik was jailed "
                "for five years and Tatsiana Hrynko for three.",
    "each-then-bare": "The Brest court on Friday sentenced Yury Hrytsuk to 12 years, Alena "
                      "Tsimoshka and Dzmitry Zhaba to 10 years each, and Iryna Palchuk to eight.",
    "role-then-bare": "A court in Qom sentenced Mehdi Sadeghi to seven years on Sunday, and his "
                      "brother Amir Sadeghi to five.",
    "dash-bare": "A court in Shymkent convicted the protesters on Monday. Yerlan Dosanov "
                 "received seven years, Marat Kuanyshev – six and Gulnara Temirova – five.",
    "semi-joined": "A court in Mazyr on Monday convicted four activists. Ivan Hrybko was given "
                   "10 years in a strict-regime colony; Olga Sidorova and Pavel Kuznetsov, "
                   "eight years each; Maria Zhuk, six years.",
    "joined-bare-each": "A court in Bursa on Monday convicted the journalists. Kemal Yavuz got "
                        "seven years in prison, Hakan Erdem six, Zeynep Kurt and Ozan Tekin five "
                        "each.",
    "adjective-items": "A court in Konya on Monday convicted the reporters. Kemal Yavuz received "
                       "a seven-year sentence, Hakan Erdem a six-year term and Zeynep Kurt a "
                       "five-year term.",
    "years-months-bare": "A Mersin court on Monday convicted the journalists: Kemal Yavuz – 7 "
                         "years 6 months; Hakan Erdem – 6 years 3 months.",
    "half-bare": "A court in Brest on Monday convicted the protesters. Ihar Bialou got three "
                 "years, Maryna Shut two and a half and Aleh Kazlou two.",
    "joined-missed-first": "A Ganja court on Monday sentenced the reporters of Meydan TV. Tural "
                           "Mammadli and Aysel Rzayeva got nine years each, Farid Ismayilov nine, "
                           "Nargiz Absalamova and Elnara Gasimova eight years each.",
    # a possessive role before a bare-number item's name
    "possessive-bare": "A court in Kulob on Monday convicted the opposition members. Davlat "
                       "Rahimov got 25 years, and his deputy Firuz Karimov 20.",
    "possessive-wife": "A court in Karaj on Sunday convicted the activists. Hamid Rostami "
                       "received 10 years and his wife Leila Rostami six.",
    # a bare number after a give verb of its own, which is no outcome word (no unit)
    "while-got-bare": "A court in Vitebsk on Monday convicted the activists. Ihar Bialou got "
                      "seven years, while Maryna Shut got six and Aleh Kazlou five.",
    "while-got-sentence": "A court in Vitebsk on Monday convicted the activists. Ihar Bialou "
                          "received a five-year sentence, while Maryna Shut got four.",
    # "jailing A for ..." as "sentencing A to ...", its second object with a kept "for"
    "jailing-for": "A court in Talas on Monday convicted the activists, jailing Kanat Sydykov "
                   "for seven years and Nurbek Asanov for five.",
    "sentencing-bare": "A court in Karakol on Monday convicted the activists, sentencing Kanat "
                       "Sydykov to seven years, Nurbek Asanov to six and Tilek Mamytov to five.",
    "jailing-two": "The Grodno court on Friday convicted two bloggers, jailing Ales Moroz for "
                   "eight years and Petr Sych for four.",
    # items that give the term first, then "for" and the name
    "term-first-full": "A court in Talas on Monday handed down the following sentences: seven "
                       "years for Kanat Sydykov, six years for Nurbek Asanov and five years for "
                       "Tilek Mamytov.",
    "term-first-bare": "A court in Talas on Monday sentenced the activists as follows: seven "
                       "years for Kanat Sydykov, six for Nurbek Asanov and five for Tilek "
                       "Mamytov.",
    "term-first-terms": "A court in Naryn on Monday handed the bloggers prison terms: eight "
                        "years for Ales Moroz, four for Petr Sych.",
    # a term noun before the colon is no label when each item has its own term
    "terms-then-items": "A court in Talas on Tuesday handed prison terms to four activists: "
                        "Kanat Sydykov, seven years; Nurbek Asanov, five years; Tilek Mamytov, "
                        "three years.",
    # labels, each with its own term and names after its colon
    "labels-two": "A court in Lida ruled on Monday. Sentenced to five years each: Ivan Ramanau, "
                  "Olga Shchur and Pavel Hrytsuk; to four years: Maria Zhuk and Anton Belau.",
    "labels-three": "The Grodno court ruled on Friday. Sentenced to six years: Ales Moroz; to "
                    "three years each: Nina Lis and Petr Sych; to 18 months: Inna Bal.",
    # "life" or "death" alone in brackets among bracketed terms
    "bracketed-life": "A court in Sakarya convicted the defendants on Monday. Kemal Yavuz "
                      "(aggravated life), Hakan Erdem (life) and Zeynep Kurt (15 years) were "
                      "convicted of murder.",
    "bracketed-death": "A Mashhad court on Sunday sentenced Javad Rahimi (death), Saeed Kamali "
                       "(life) and Nasrin Ebadi (10 years).",
    # a doubled space between a gapped item's name and its "to"
    "to-double-space": "The Lilongwe magistrate court on Tuesday convicted Chisomo Banda, Kondwani "
                       "Phiri and Yamikani Mwale of robbery. The magistrate sentenced Banda and "
                       "Phiri to 12 years each, Mwale  to 14 years.",
    # a bare-number item whose name the NER did not call a person
    "bare-missed": "A court in Taraz sentenced the protesters on Monday. Nurzhan Abdirov got "
                   "five years, Daulet Serikov four and Asel Zhumabayeva three.",
    # lengths listed over as many names, no "respectively"
    "lengths-three": "A court in Brest jailed protesters on Monday. Andrei Zhukau, Volha "
                     "Karpenka and Pavel Kuzmich were jailed for 10, 12 and 15 days.",
    "lengths-object": "A court in Pinsk on Monday sentenced Ihar Bialou, Maryna Shut and Aleh "
                      "Kazlou to five, four and three years in prison.",
    # (the parse hangs the first name apart from the others')
    "lengths-opening": "A court in Osh on Monday jailed the activists. Bakyt Osmonov, Nurlan "
                       "Tashiev and Azamat Jeenbekov were sentenced to 10, 12 and 14 days of "
                       "arrest.",
    "lengths-fraction": "Two former ministers, Ruslan Dzhumabaev and Taalai Osmonov, were "
                        "sentenced to 15 and 7 1/2 years in prison by a Bishkek court on Monday.",
    "lengths-one": "A court in Pinsk on Monday sentenced Ihar Bialou and Maryna Shut to one and "
                   "two years in prison.",
    "lengths-aged": "Ruslan Dzhumabaev, 34, and Taalai Osmonov, 29, were jailed for 12 and 10 "
                    "years by a court in Karakol on Monday.",
    # lengths that do not pair with the names: no one's months
    "lengths-fewer": "Bakyt Osmonov, Nurlan Tashiev and Azamat Jeenbekov were sentenced to 10 "
                     "and 14 days of arrest by a court in Osh on Monday.",
    "lengths-group": "Fourteen young men from the district were sentenced to 10, 12 and 14 "
                     "years in prison by a court in Grozny on Monday.",
    "lengths-range": "Ihar Bialou and Maryna Shut were sentenced to between 3 and 4 years in "
                     "prison by a Pinsk court on Monday.",
    # a colon list after "The sentences:" / "The terms:"
    "sentences-colon": "A district court in Lida on Monday ruled on the case. The sentences: "
                       "Ivan Ramanau – 5 years, Olga Shchur – 4 years, Pavel Hrytsuk – 3 years.",
    "terms-colon": "A district court in Lida on Monday ruled on the case. The terms: Ivan "
                   "Ramanau, five years; Olga Shchur, four years; Pavel Hrytsuk, three years.",
    "requested-colon": "Prosecutors in Lida asked for prison on Monday. The requested "
                       "sentences: Ivan Ramanau – 5 years, Olga Shchur – 4 years.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return extract_texts(RecordExtractor(ExtractConfig()), TEXTS, PUBLISHED)


def _months(records: dict[str, list[Record]], key: str) -> dict[str | None, float | None]:
    for rec in records[key]:
        assert TEXTS[key][rec.evidence_start:rec.evidence_end] == rec.evidence
    return {r.person: r.sentence_months for r in records[key]}


@pytest.mark.parametrize(("key", "expected"), [
    ("semi-received", {"Vital Sidarenka": 168, "Hanna Lutskevich": 132, "Yauhen Markau": 120}),
    ("semi-got-and", {"Serik Abenov": 108, "Dana Tulegenova": 84, "Erlan Mukhtarov": 30}),
    ("include-who", {"Burak Yildirim": 84, "Cem Aydogan": 72, "Elif Sahin": 50}),
    ("among-who", {"Deniz Oztürk": 96, "Murat Celikkol": 66, "Aylin Korkmaz": 18}),
    ("semi-joined", {"Ivan Hrybko": 120, "Olga Sidorova": 96, "Pavel Kuznetsov": 96,
                     "Maria Zhuk": 72}),
])
def test_semicolon_items_each_take_their_own_term(
        records: dict[str, list[Record]], key: str, expected: dict[str, int]) -> None:
    assert _months(records, key) == expected


@pytest.mark.parametrize(("key", "expected"), [
    ("to-bare", {"Hamid Rostami": 60, "Kaveh Nazari": 36}),
    ("to-bare-three", {"Ales Karpovich": 96, "Inna Vaskevich": 72, "Petr Lazovsky": 60}),
    ("for-bare", {"Siarhei Dubovik": 60, "Tatsiana Hrynko": 36}),
    ("bare-missed", {"Nurzhan Abdirov": 60, "Daulet Serikov": 48, "Asel Zhumabayeva": 36}),
    ("to-double-space", {"Chisomo Banda": 144, "Kondwani Phiri": 144, "Yamikani Mwale": 168}),
    ("each-then-bare", {"Yury Hrytsuk": 144, "Alena Tsimoshka": 120, "Dzmitry Zhaba": 120,
                        "Iryna Palchuk": 96}),
    ("role-then-bare", {"Mehdi Sadeghi": 84, "Amir Sadeghi": 60}),
    ("dash-bare", {"Yerlan Dosanov": 84, "Marat Kuanyshev": 72, "Gulnara Temirova": 60}),
    ("joined-bare-each", {"Kemal Yavuz": 84, "Hakan Erdem": 72, "Zeynep Kurt": 60,
                          "Ozan Tekin": 60}),
    ("adjective-items", {"Kemal Yavuz": 84, "Hakan Erdem": 72, "Zeynep Kurt": 60}),
    ("years-months-bare", {"Kemal Yavuz": 90, "Hakan Erdem": 75}),
    ("half-bare", {"Ihar Bialou": 36, "Maryna Shut": 30, "Aleh Kazlou": 24}),
    ("while-got-bare", {"Ihar Bialou": 84, "Maryna Shut": 72, "Aleh Kazlou": 60}),
    ("possessive-bare", {"Davlat Rahimov": 300, "Firuz Karimov": 240}),
    ("possessive-wife", {"Hamid Rostami": 120, "Leila Rostami": 72}),
    ("while-got-sentence", {"Ihar Bialou": 60, "Maryna Shut": 48}),
    ("jailing-for", {"Kanat Sydykov": 84, "Nurbek Asanov": 60}),
    ("jailing-two", {"Ales Moroz": 96, "Petr Sych": 48}),
    ("sentencing-bare", {"Kanat Sydykov": 84, "Nurbek Asanov": 72, "Tilek Mamytov": 60}),
    ("joined-missed-first", {"Tural Mammadli": 108, "Aysel Rzayeva": 108, "Farid Ismayilov": 108,
                             "Nargiz Absalamova": 96, "Elnara Gasimova": 96}),
])
def test_a_bare_number_is_its_own_items_term(
        records: dict[str, list[Record]], key: str, expected: dict[str, int]) -> None:
    assert _months(records, key) == expected


@pytest.mark.parametrize(("key", "expected"), [
    ("lengths-three", {"Andrei Zhukau": 10 / 30, "Volha Karpenka": 12 / 30,
                       "Pavel Kuzmich": 15 / 30}),
    ("lengths-object", {"Ihar Bialou": 60, "Maryna Shut": 48, "Aleh Kazlou": 36}),
    ("lengths-opening", {"Bakyt Osmonov": 10 / 30, "Nurlan Tashiev": 12 / 30,
                         "Azamat Jeenbekov": 14 / 30}),
    ("lengths-fraction", {"Ruslan Dzhumabaev": 180, "Taalai Osmonov": 90}),
    ("lengths-aged", {"Ruslan Dzhumabaev": 144, "Taalai Osmonov": 120}),
    ("lengths-one", {"Ihar Bialou": 12, "Maryna Shut": 24}),
])
def test_lengths_listed_over_as_many_names_pair_in_order(
        records: dict[str, list[Record]], key: str, expected: dict[str, float]) -> None:
    got = _months(records, key)
    assert set(got) == set(expected)
    for name, months in expected.items():
        assert got[name] == pytest.approx(months, abs=0.01)


def test_each_listed_length_reads_as_written(records: dict[str, list[Record]]) -> None:
    got = {r.person: r.sentence for r in records["lengths-one"]}
    assert got == {"Ihar Bialou": "one year in prison", "Maryna Shut": "two years in prison"}


@pytest.mark.parametrize(("key", "people", "phrase"), [
    ("lengths-fewer", {"Bakyt Osmonov", "Nurlan Tashiev", "Azamat Jeenbekov"}, "10 and 14 days"),
    ("lengths-group", {None}, "10, 12 and 14 years"),
    ("lengths-range", {"Ihar Bialou", "Maryna Shut"}, "between 3 and 4 years"),
])
def test_lengths_that_do_not_pair_are_no_ones_months(
        records: dict[str, list[Record]], key: str, people: set[str | None],
        phrase: str) -> None:
    assert {r.person for r in records[key]} == people
    for rec in records[key]:
        assert rec.sentence_months is None
        assert rec.sentence is not None and phrase in rec.sentence
        assert rec.sentence_type is not None and rec.sentence_type.value == "prison"


@pytest.mark.parametrize(("key", "expected"), [
    ("sentences-colon", {"Ivan Ramanau": 60, "Olga Shchur": 48, "Pavel Hrytsuk": 36}),
    ("terms-colon", {"Ivan Ramanau": 60, "Olga Shchur": 48, "Pavel Hrytsuk": 36}),
])
def test_a_colon_list_after_the_sentences_noun(
        records: dict[str, list[Record]], key: str, expected: dict[str, int]) -> None:
    assert _months(records, key) == expected
    assert all(r.outcome.value == "convicted" and r.city == "Lida" for r in records[key])


def test_requested_sentences_are_no_outcome(records: dict[str, list[Record]]) -> None:
    assert records["requested-colon"] == []


@pytest.mark.parametrize(("key", "expected"), [
    ("bracketed-life", {"Kemal Yavuz": "life", "Hakan Erdem": "life", "Zeynep Kurt": "prison"}),
    ("bracketed-death", {"Javad Rahimi": "death", "Saeed Kamali": "life",
                         "Nasrin Ebadi": "prison"}),
])
def test_life_or_death_alone_in_brackets_is_its_items_term(
        records: dict[str, list[Record]], key: str, expected: dict[str, str]) -> None:
    got = {r.person: r for r in records[key]}
    assert {p: r.sentence_type.value if r.sentence_type else None for p, r in got.items()} == \
        expected
    for rec in got.values():
        assert (rec.sentence_months is None) == (rec.sentence_type.value != "prison")


@pytest.mark.parametrize(("key", "expected"), [
    ("labels-two", {"Ivan Ramanau": 60, "Olga Shchur": 60, "Pavel Hrytsuk": 60,
                    "Maria Zhuk": 48, "Anton Belau": 48}),
    ("labels-three", {"Ales Moroz": 72, "Nina Lis": 36, "Petr Sych": 36, "Inna Bal": 18}),
    ("terms-then-items", {"Kanat Sydykov": 84, "Nurbek Asanov": 60, "Tilek Mamytov": 36}),
])
def test_each_label_gives_its_own_names_its_term(
        records: dict[str, list[Record]], key: str, expected: dict[str, int]) -> None:
    assert _months(records, key) == expected


@pytest.mark.parametrize(("key", "expected"), [
    ("term-first-full", {"Kanat Sydykov": 84, "Nurbek Asanov": 72, "Tilek Mamytov": 60}),
    ("term-first-bare", {"Kanat Sydykov": 84, "Nurbek Asanov": 72, "Tilek Mamytov": 60}),
    ("term-first-terms", {"Ales Moroz": 96, "Petr Sych": 48}),
])
def test_a_term_before_for_and_a_name_is_that_names(
        records: dict[str, list[Record]], key: str, expected: dict[str, int]) -> None:
    assert _months(records, key) == expected
