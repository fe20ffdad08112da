"""Who a court outcome is about: names, pronouns, "the defendant", unnamed groups.

A :class:`Mention` is a defendant candidate in a sentence. :class:`NameIndex` holds the
people the article names in full so that a surname alone ("Dosmambetova") maps to the
fullest form given ("Lyazzat Dosmambetova"), whatever label the NER gave the surname.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from extract import _term_regex as rx
from extract.nlp import Rules
from extract.normalize import parse_number
from extract.records.addresses import in_address
from extract.records.member_nouns import age_noun, community_member, counters
from extract.records.name_runs import (
    is_nation,
    misread_given_name,
)
from extract.records.place_words import street_words
from extract.records.roles import COURT_WORDS

_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# abbreviated name prefixes shared by many ("Md" for Mohammad): no given name of one person
_NAME_PREFIXES = frozenset({"md", "mohd", "muhd", "mst", "sk"})
@dataclass(frozen=True, slots=True)
class Mention:
    """A defendant candidate: token span, the full name (None when unnamed), group size."""

    start: int
    end: int
    name: str | None
    group_size: int = 1
    kind: str = "name"  # name | pronoun | group | defendant
    plural: bool = False


@dataclass(slots=True)
class NameIndex:
    """Full names of an article by surname, and the spans that are names."""

    by_surname: dict[str, str] = field(default_factory=dict)
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)  # token i -> name span
    companies: list[str] = field(default_factory=list)
    written: dict[tuple[int, int], str] = field(default_factory=dict)  # span -> name to use
    is_place: Callable[[str], object] | None = None

    def canonical(self, name: str) -> str:
        parts = name.split()
        if not parts:
            return name
        for company in self.companies:
            if company != name and company.startswith(name + " "):
                return company
        if len(parts) == 1 or parts[-1].lower().rstrip(".") in _NAME_SUFFIXES:
            key = surname_key(name)
            full = self.by_surname.get(key)
            if full and len(full.split()) > len(parts):
                head, surname = full.split()[:-1], full.split()[-1]
                if len(parts) == 1 and surname.lower() != parts[0].lower() and \
                        surname_key(surname) == key:
                    return " ".join([*head, parts[0]])  # the surname as this line spells it
                return full
        if len(parts) == 1:
            # "Michael was acquitted" after "Michael Theriault": a first name alone is the
            # one person of the article who bears it (none when two do)
            given = {f for f in self.by_surname.values() if f.split()[0] == name}
            if len(given) == 1:
                return given.pop()
            # "Lim was fined" after "Jessica Lim Hui Min": a family name written inside the
            # full name (not last) is the one person whose full name holds it (none when two do)
            inner = {f for f in self.by_surname.values() if name in f.split()[1:-1]}
            if len(inner) == 1 and not given:
                return inner.pop()
        return name

    def known(self, token: Token) -> tuple[int, int] | None:
        return self.spans.get(token.i)


def person_key(name: str) -> str:
    """The key one defendant's mentions merge under: first name and surname, folded
    ("Patrick W. Carlineo" and "Patrick Carlineo Jr." are one; "Jan Novak" and "Pavel
    Novak" two)."""
    parts = [p for p in name.lower().split() if p.rstrip(".") not in _NAME_SUFFIXES]
    if len(parts) >= 3 and parts[0].rstrip(".") in _NAME_PREFIXES:
        parts = parts[1:]  # "Md Rakib Hossain", "Md Shafiur Hossain": two people
    surname = surname_key(name)
    return f"{_spelling(parts[0])}|{surname}" if len(parts) >= 2 else surname


def surname_key(name: str) -> str:
    parts = [p for p in name.lower().split() if p.rstrip(".") not in _NAME_SUFFIXES]
    return _spelling(re.sub(r"[^\w-]", "", parts[-1])) if parts else ""


def _spelling(word: str) -> str:
    """``word`` folded over the spellings transliteration varies in ("Bialiatski" /
    "Byalyatski", "Mamay" / "Mamai", "Mukhtar" / "Muhtar", "Zoë" / "Zoe"); a gender ending
    stays ("Ivanov" / "Ivanova" are two people)."""
    word = "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c))
    word = word.replace("y", "i").replace("kh", "h")
    return re.sub(r"(\w)\1", r"\1", word)  # doubled letters ("Asanbekkov")


DETERMINERS = frozenset({"the", "a", "an", "both", "all", "each", "either", "neither"})


_BENCH_TITLES = frozenset({"judge", "justice", "magistrate", "sheriff", "prosecutor"})
_CLITICS = frozenset({"'s", "’s"})


def opens_quote(tok: Token) -> bool:
    """An opening quotation mark: curly, or straight with a space before and none after."""
    if tok.text in {"‘", "“"}:
        return True
    return tok.text in {"'", '"'} and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_) and \
        not tok.whitespace_


def _closed_inside(doc: Doc, i: int, end: int) -> bool:
    """The quote opened at ``i`` closes before the span's last token: a nickname inside the
    name ("Mohamed “Oxygen” Ibrahim"), which keeps the name whole."""
    return any(doc[k].text in {"’", "”", "'", '"'} for k in range(i + 2, end - 1))


def clean_name(span: Span, rules: Rules) -> tuple[int, int] | None:
    """Token bounds of ``span`` without leading titles, possessives and punctuation."""
    strip = rules.words("strip_titles") | rules.words("official_titles")
    start, end = span.start, span.end
    doc = span.doc
    people = rules.words("people_nouns")
    if doc[start].lower_ in _CLITICS and start > 0 and doc[start - 1].pos_ == "NOUN" and \
            doc[start - 1].is_lower:
        return None  # "in the city’s Balgay Hill Bar": the NER's span opens on a possessive
        # clitic, what a common noun owns is a venue or thing, not a person
    leads = rules.words("title_leads")  # "Lance Corporal A": a rank's first word, only so
    while start < end and (doc[start].lower_ in strip or doc[start].is_punct
                           or doc[start].lower_ in DETERMINERS
                           or (doc[start].lower_ in leads and start + 1 < end
                               and doc[start + 1].lower_ in strip)
                           or (doc[start].lower_ in people and end - start >= 3)):
        start += 1  # ("Academics Ayse Kaya": a role the NER ran into the name)
    for i in range(start, end - 1):
        if doc[i].lower_ in COURT_WORDS:
            start = i + 1  # "At Leeds Crown Court Mark Dobson, 41": the NER ran court and name
    for i in range(start, end):
        if (doc[i].is_space and "\n" in doc[i].text) or doc[i].text in {"(", "["} or (
                i > start and opens_quote(doc[i]) and not _closed_inside(doc, i, end)):
            end = i  # a name never runs onto the next line ("A Kaya\nAcquitted: ...") nor
            break  # into a bracket ("A Aykol (Ozgur Gundem)": the outlet after the name) nor
            # into a quoted nickname ("A Kessy ‘Bonge’": aliases are left out)
    while end > start and ((doc[end - 1].is_punct and (doc[end - 1].text != "." or (
            end - 2 >= start and len(doc[end - 2].text) > 1)))  # (a full stop, not "M.")
                           or doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in _CLITICS
                           or doc[end - 1].like_num or doc[end - 1].is_currency):
        # ("fined Stefan Huber 4,000 euros": the NER ran the amount into the name)
        end -= 1
    while end - start >= 3 and doc[start].is_title and is_nation(doc[start].text):
        start += 1  # "Kyrgyzstan Almazbek Atambayev", "Belarusian Ales Bialiatski": a country
        # or people before the name (counted after a trailing "'s" is off: "Jordan Blake's")
    if end > start and doc[end - 1].text == "." and end - start == 1:
        return None
    if start >= end or not any(t.is_alpha and t.text[:1].isupper() for t in doc[start:end]):
        return None
    return start, end


def name_text(doc: Doc, start: int, end: int) -> str:
    """The name's words as the record keeps them: spaces folded, quotes and dashes off its
    ends, a quoted nickname inside it left out ('Paul “Lion” Nkwenti': GUIDELINES' aliases)."""
    text = doc[start:end].text
    text = re.sub(r"\s+", " ", text).strip(" ,;:–—-\"“”'’")
    return _INNER_NICKNAME_RE.sub(" ", text)


_INNER_NICKNAME_RE = re.compile(r"(?<=\w) (?:“[^”]{1,25}”|\"[^\"]{1,25}\"|‘[^’]{1,25}’) (?=\w)")


def byline(doc: Doc, start: int) -> bool:
    """"By Jeffrey B. Ross (Reuters) -": the reporter's name, after "By" opening a line."""
    k = start - 1
    return k >= 0 and doc[k].lower_ == "by" and doc[k].text[:1] == "B" and (
        k == 0 or "\n" in doc[k - 1].text_with_ws)


def line_name(doc: Doc, start: int, m: re.Match[str], index: NameIndex,
              rules: Rules) -> tuple[Span, Mention | None] | None:
    """The words of ``m``'s ``name`` group (a match on the line at character ``start``) and
    the named person the last of them belongs to; None when they are no tokens."""
    span = doc.char_span(start + m.start("name"), start + m.end("name"), alignment_mode="expand")
    return None if span is None else (span, name_mention(doc, span[-1], index, rules))


def name_mention(doc: Doc, tok: Token, index: NameIndex, rules: Rules) -> Mention | None:
    """The named person (or organisation) ``tok`` belongs to, if any."""
    if counted_people(tok):
        return None  # "four Crimean Tatars": a counted group of a people, not a name
    bounds = index.known(tok)
    if bounds is None:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            return None
        if tok.lower_ in rules.words("people_nouns") | rules.words("strip_titles"):
            return None
        start = tok.i
        while start > tok.sent.start and doc[start - 1].dep_ == "compound" and \
                doc[start - 1].pos_ == "PROPN":
            start -= 1
        cleaned = clean_name(doc[start:tok.i + 1], rules)
        if cleaned is None:
            return None
        bounds = cleaned
    start, end = bounds
    titles = rules.words("strip_titles") | rules.words("official_titles")
    while start > tok.sent.start and _extends_name(doc[start - 1], start, end, titles, rules,
                                                   index):
        start -= 1  # "Eva Stone", "Darrin Ruben Lopez" where the NER took less
    if start >= tok.sent.start + 2 and doc[start - 1].text == "-" and \
            not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_ and \
            doc[start - 2].is_alpha and doc[start - 2].is_title:
        start -= 2  # "Emir-Useyn Kuku": the tokenizer cut a hyphenated given name
    if byline(doc, start):
        return None  # "By Jeffrey B. Ross (Reuters) -": the reporter
    if start > 0 and doc[start - 1].lower_ in {"in", "at", "near"} and not (
            end < len(doc) and doc[end].tag_ == "POS"):
        return None  # "a riot in Sheung Wan": a place the NER took for a person
    if start >= 2 and opens_quote(doc[start - 1]) and doc[start - 2].pos_ == "PROPN":
        return None  # "A Kessy ‘Bonge’ was jailed": the nickname of the name before it
    if in_address(doc, start, end):
        return None  # "A, 46, formerly of Oak Lane, Heaton Hill, Leeds": the address's district
    if bounds in index.written:
        return Mention(start=start, end=end, name=index.written[bounds], kind="name")
    last = doc[end - 1]
    if last.dep_ == "compound" and last.head.i >= end and last.head.tag_ == "NNS":
        return None  # "several Hirak activists", "Navalny supporters": whose, not who
    text = name_text(doc, start, end)
    if not text or (doc[end - 1].lower_ in rules.words("people_nouns")
                    and doc[end - 1].ent_type_ != "PERSON"):
        return None  # "a New York City Police Officer": a description, not a name
    if re.search(r"\s[-–—|/]\s|[|:;()\d]", text):
        return None  # "Guilty Verdict - The Brooklyn": a title, not a name
    if doc[end - 1].lower_ in street_words() and (doc[end - 1].ent_type_ != "PERSON" or (
            start > 0 and doc[start - 1].lower_ in {"of", "from", "at", "on", "in"})):
        return None  # "the 41-year-old, of Mill Road, Leeds": an address
    if start >= 3 and doc[start - 1].lower_ in {"of", "from"} and (
            doc[start - 2].lower_ in {"formerly", "originally", "late"}
            or (doc[start - 2].text == "," and doc[start - 3].like_num)):
        return None  # "A, 50, formerly of Astley, Wigan": a home
    if title_only(text, rules) or is_nation(index.canonical(text)):
        return None  # "Vice President", "Prime Minister"; "Sri Lankan" tagged PERSON
    honorific = start > 0 and doc[start - 1].lower_ in {"mr.", "mrs.", "ms.", "dr.", "mr", "ms",
                                                        "mrs", "dr", "miss"}
    if index.canonical(text) == text and index.is_place is not None and not honorific and \
            index.is_place(text):
        return None  # "Kyzylorda", "Bedford Stuyvesant" tagged PERSON: places
    if index.known(tok) is None and doc[start].ent_type_ != "PERSON" and \
            index.canonical(text) == text and not _name_shaped(doc[start:end], rules, index):
        return None  # an organisation, place or date the NER did not call a person
    return Mention(start=start, end=end, name=index.canonical(text), kind="name")


def _extends_name(prev: Token, start: int, end: int, titles: frozenset[str] | set[str],
                  rules: Rules, index: NameIndex) -> bool:
    """``prev`` (the word before the name ``[start, end)``) is a given name the NER left out:
    capitalised, no title, court word, plural, people noun or nation."""
    if prev.pos_ != "PROPN" or not prev.is_title or prev.tag_ == "NNPS" or \
            prev.lower_ in titles | COURT_WORDS or prev.lower_ in rules.words("people_nouns") \
            or prev.lower_ in DETERMINERS:
        return False  # (the tagger calls a sentence's first "A" or "Both" a proper noun)
    if prev.ent_type_ not in {"", "PERSON", "ORG"} and not misread_given_name(
            prev, start, end, index.is_place):
        return False
    return (end - start == 1 or (end - start <= 3 and prev.dep_ == "compound"
                                 and start <= prev.head.i < end)) and not is_nation(prev.text)


def title_only(text: str, rules: Rules) -> bool:
    """A title and nothing else: "Vice President", "Attorney General", "Prime Minister"."""
    words = [w.lower() for w in text.split()]
    titles = rules.words("official_titles")
    return any(w in titles for w in words) and all(
        w in titles or w in rules.words("title_modifiers") for w in words)


def group_mention(tok: Token, rules: Rules, *, open_class: bool = False) -> Mention | None:
    """"seven people", "three men", "a man", "two police officers" → an unnamed group.

    With ``open_class`` (the token is the parse's argument of an outcome trigger) any
    common noun with a determiner or a number that is no thing or organisation counts:
    "a former county treasurer was sentenced", "a dockworker who ... was jailed"."""
    age = age_noun(tok)
    if tok.pos_ not in {"NOUN", "PROPN"} and not age and not (
        tok.dep_ in {"nsubj", "nsubjpass", "pobj"} and any(c.dep_ == "det" for c in tok.children)
    ):  # "a fourth accused was acquitted", "on the accused": the tagger's participle is a noun
        return None
    if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i and \
            tok.lower_ in _BENCH_TITLES:
        return None  # "Judge Amos Tembo said ...": the title of a name, no person of its own
        # (a "former Governor X" the NER missed may still be the defendant)
    member = community_member(tok) or age
    if tok.lower_ not in rules.words("people_nouns") and not member and not (
        open_class and _open_person_noun(tok, rules)
    ) and not counted_people(tok):
        return None
    size: float | None = None
    plural = tok.tag_ in {"NNS", "NNPS"}
    for child in counters(tok):
        if (child.dep_ == "nummod" or (child.dep_ == "compound" and child.pos_ == "NUM"
                                       and child.head is not tok)) and child.i < tok.i and not (
                not plural and re.fullmatch(r"(?:1[89]|20)\d\d", child.text)):
            # (a year before a singular noun is when: "the 1991 Nobel Prize winner")
            # ("another 11 defendants": "another" adds to a count told before, it is none)
            size = parse_number(" ".join(t.text for t in child.subtree
                                         if t.i < tok.i and t.lower_ != "another"))
        elif child.dep_ == "det" and child.lower_ in {"a", "an", "the", "this", "that"}:
            size = size if size is not None else (None if plural else 1.0)
        elif child.dep_ in {"det", "predet"} and child.lower_ == "both" and plural:
            size = 2.0  # "imposed life sentences on both men"
    groups = rules.lexicon.get("group_words", {})
    if tok.lower_ in groups and (size is None or (size == 1.0 and not plural)):
        size = float(groups[tok.lower_])  # "the trio", "the pair": the word is the count
    if size is None and not plural:
        size = 1.0
    if size is None or size < 1 or size != int(size):
        return None
    left = min([tok.i, *(c.i for c in tok.lefts)])
    if _AMOUNT_RE.search(tok.doc[tok.left_edge.i:tok.i + 1].text.lower()):
        return None  # "fined A 2,000 manats": an amount of money is never a group of people
    return Mention(start=left, end=tok.i + 1, name=None, group_size=int(size), kind="group",
                   plural=plural)


# the noun ends an amount ("2,000 manats", "20 million soums", "500,000 tenge")
_AMOUNT_RE = re.compile(rf"{rx.MONEY}$")


def ends_amount(tok: Token) -> bool:
    """``tok`` is the currency noun of an amount the tagger left unmarked ("500,000 tenge",
    "40,000 soms"): its number and it read as money."""
    nums = [c for c in tok.children if c.dep_ == "nummod" and c.i < tok.i]
    return bool(nums) and bool(_AMOUNT_RE.search(tok.doc[nums[0].i:tok.i + 1].text.lower()))


def counted_people(tok: Token) -> bool:
    """"four Crimean Tatars", "three Uzbeks": a plural proper noun (a people or demonym)
    counted by a number, which no personal name takes."""
    return tok.tag_ == "NNPS" and tok.ent_type_ not in {"PERSON", "ORG"} and any(
        c.dep_ == "nummod" and c.i < tok.i and c.lower_ not in {"one", "1"}
        for c in tok.children)


def _open_person_noun(tok: Token, rules: Rules) -> bool:
    """A common noun that may name a defendant (an occupation, a role): a determiner or
    number before it, not a thing, an organisation, a place or an official's title."""
    low = tok.lower_
    if tok.pos_ != "NOUN" or not re.fullmatch(r"[a-z][a-z-]{2,}", low):
        return False
    if tok.ent_type_ not in {"", "NORP"} or low in rules.words("non_person_nouns") or \
            low in rules.words("official_titles") or low in rules.words("org_words"):
        return False
    return any((c.dep_ == "det" and c.lower_ in {"a", "an", "the"}) or c.dep_ == "nummod"
               for c in counters(tok) if c.i < tok.i)


def _name_shaped(span: Span, rules: Rules, index: NameIndex) -> bool:
    """Two to four capitalised words, none an organisation word, not a known place: a name
    the NER mislabelled ("Eva Horakova" as ORG)."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 4 or any(t.ent_type_ in {"DATE", "TIME", "MONEY", "CARDINAL",
                                                       "LOC", "FAC"} for t in words):
        return False
    first = span.start
    if first >= 2 and span.doc[first - 1].tag_ == "POS" and span.doc[first - 2].pos_ == "NOUN" \
            and span.doc[first - 2].text.islower():
        return False  # "the city's South Side": a part of a place
    org = rules.words("org_words")
    if any(not t.text[:1].isupper() or t.lower_ in org for t in words):
        return False
    if all(t.text.isupper() for t in words):
        return False  # "COMMUNITY SUPERVISION": capitals of a form or a heading
    last = words[-1]
    if last.dep_ == "compound" or (last.i + 1 < len(span.doc)
                                   and span.doc[last.i + 1].pos_ in {"NOUN", "PROPN"}):
        return False  # "the Continuous Sexual Abuse charge": a modifier, not a person
    return not (index.is_place is not None and index.is_place(span.text))
