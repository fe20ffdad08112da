"""Who a definite description stands for: "the teacher", "the former mayor", "the
34-year-old" refer back to the one person the text introduced with that role or age
("Musa Bello, a schoolteacher," / "Former mayor Ahmed Sule" / "Carla Benson, 34,"). Two
people so introduced make the description ambiguous: it names neither. "The accused" and
"the convict" are read as "the defendant" is; a description after the one unnamed defendant
told of before ("A man was jailed ... The convict was found guilty") is that defendant."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from extract.nlp import Rules
from extract.records.assembly import Draft
from extract.records.coref import home_town
from extract.records.people import Mention, NameIndex, name_mention
from extract.records.pronouns import draft_mention
from extract.records.roles import is_official, is_victim

# nouns that say nothing about which person is meant (the general reference step reads them)
_GENERIC = frozenset({"man", "woman", "men", "women", "person", "people", "individual",
                      "suspect", "defendant", "accused", "convict", "boy", "girl", "youth",
                      "one", "old", "teenager", "adult", "resident", "national", "citizen"})
# nouns that refer back to any one defendant, whatever the text first called them
_ANY_DEFENDANT = frozenset({"accused", "convict", "defendant", "convicted", "suspect"})
_MALE = frozenset({"man", "boy", "father", "husband", "son", "brother", "he", "him", "his"})
_FEMALE = frozenset({"woman", "girl", "mother", "wife", "daughter", "sister", "she", "her"})
# "the other man", "the second officer": someone not told of yet
_ANOTHER = frozenset({"other", "another", "second", "third", "fourth", "fifth", "last",
                      "remaining", "next", "new", "latest", "further"})
_SINGULAR_AUX = frozenset({"was", "is", "has"})
_AGE_RE = re.compile(r"(\d{1,2})[-\s]?years?[-\s]?old$", re.IGNORECASE)
_TITLE_REACH = 5  # words before a name that may be its title ("former police officer X")
_APPOS_REACH = 12  # words of an apposition after a name (", a former mayor of Kaduna,")


def described_people(doc: Doc, tok: Token, rules: Rules, names: NameIndex) -> list[str]:
    """The named people before ``tok`` whom the text introduced with ``tok``'s role noun or
    age; [] when the description carries neither or nobody fits."""
    noun = tok.lower_ if tok.pos_ == "NOUN" and tok.lower_ not in _GENERIC and \
        tok.tag_ == "NN" and tok.is_alpha and len(tok.text) > 2 else None
    age = _mention_age(tok)
    if noun is None and age is None:
        return []
    found: list[str] = []
    seen: set[tuple[int, int]] = set()
    for i, bounds in sorted(names.spans.items()):
        if i >= tok.sent.start or bounds in seen or i != bounds[0]:
            continue
        seen.add(bounds)
        start, end = bounds
        words, ages = _descriptors(doc, start, end)
        fits = (noun is not None and any(w == noun or (len(noun) >= 4 and w.endswith(noun))
                                         for w in words)) or (age is not None and age in ages)
        if not fits or is_official(doc, start, end, rules) or is_victim(doc, start, rules) \
                or home_town(doc, start):
            continue
        m = name_mention(doc, doc[start], names, rules)
        if m is not None and m.name and len(m.name.split()) >= 2 and m.name not in found:
            found.append(m.name)
    return found


def _mention_age(tok: Token) -> str | None:
    """"the 34-year-old", "the 34-year-old teacher": the age the description gives."""
    for t in [tok, *tok.children]:
        if t.lower_ in {"old", "olds"} or t.lower_.endswith("-old"):
            m = _AGE_RE.search("".join(x.text for x in t.subtree if x.i <= t.i
                                       and x.dep_ != "det"))
            if m:
                return m.group(1)
    return None


def _descriptors(doc: Doc, start: int, end: int) -> tuple[set[str], set[str]]:
    """The role words and ages the text gives a name where it introduces it: its title
    ("former police officer X"), an age before it ("34-year-old X"), an apposition after it
    (", 34, a schoolteacher,") or a bracketed age ("X (34)")."""
    words: set[str] = set()
    ages: set[str] = set()
    sent = doc[start].sent
    k = start - 1
    while (k >= max(sent.start, start - _TITLE_REACH) and doc[k].pos_ in {
            "NOUN", "ADJ", "PROPN", "NUM"}) or (k >= sent.start and doc[k].text == "-"):
        words.add(doc[k].lower_)
        k -= 1
    before = "".join(t.text for t in doc[max(sent.start, start - 6):start])
    m = _AGE_RE.search(before)
    if m:
        ages.add(m.group(1))
    if end < sent.end and doc[end].text in {",", "("}:
        aged = False  # a segment that is the age alone (", 34,") lets the next one follow
        for t in doc[end + 1:min(sent.end, end + 1 + _APPOS_REACH)]:
            if t.text in {",", ")"}:
                if not aged:
                    break
                aged = False
                continue
            if t.text == ";" or t.pos_ in {"VERB", "AUX"} or t.lower_ in {"who", "which", "and"}:
                break
            if t.text.isdigit() and t.i - end <= 2:
                ages.add(t.text)
                aged = True
            elif t.pos_ in {"NOUN", "ADJ"}:
                words.add(t.lower_)
    return words, ages


def description_referent(doc: Doc, tok: Token, rules: Rules,
                         names: NameIndex) -> list[Mention] | None:
    """The one person a definite description (``tok``: its head, with "the") was introduced
    as; [] when two people fit (no guess); None when nobody does (other steps decide)."""
    if not any(c.lower_ in {"the", "this"} and c.dep_ == "det" for c in tok.children):
        return None
    found = described_people(doc, tok, rules, names)
    if not found:
        return None
    if len(found) > 1:
        return []
    return [Mention(start=tok.i, end=tok.i + 1, name=found[0], kind="pronoun")]


def defendant_noun(tok: Token) -> bool:
    """"the accused was sentenced", "jailed the convict": one defendant, referred to as
    "the defendant" is ("the accused were": several, whom the plural step reads)."""
    if tok.lower_ == "convict":
        return True
    if tok.lower_ != "accused" or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = tok.head
    return verb.tag_ == "VBZ" or any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _SINGULAR_AUX
                                     for c in verb.children)


def unnamed_antecedent(doc: Doc, tok: Token, group: Mention,
                       earlier: list[Draft]) -> Mention:
    """"A former police officer was convicted of X ... The officer was found guilty of Y":
    a definite one-person description is the one unnamed defendant recorded before it, when
    that draft is the only one and called by the same noun (or the description is "the
    convict", "the accused" or a man/woman of the same sex): one record, not two. Else
    ``group`` itself."""
    if group.group_size != 1 or group.plural or not any(
            c.dep_ == "det" and c.lower_ in {"the", "this"} for c in tok.children) or any(
            c.lower_ in _ANOTHER for c in tok.children):
        return group
    before = [d for d in earlier if d.position < doc[group.start].idx and not d.prior]
    if len({d.key for d in before}) != 1 or before[0].person is not None or \
            before[0].group_size != 1 or before[0].key[0] != "group":
        return group  # (several drafts of one key: one defendant told of twice)
    d = before[0]
    span = doc.char_span(d.position, d.position + 1, alignment_mode="expand")
    if span is None:
        return group
    head = _head_noun(span[0])
    if head is None:
        return group
    words = {t.lower_ for t in doc[span[0].i:head.i + 1]}
    noun = tok.lower_
    gender = _MALE if noun in _MALE else _FEMALE if noun in _FEMALE else None
    opposite = _FEMALE if gender is _MALE else _MALE if gender is _FEMALE else frozenset()
    same = noun == head.lower_ or noun in _ANY_DEFENDANT or (
        gender is not None and not words & opposite and head.lower_ not in _MALE | _FEMALE)
    return draft_mention(tok, d) if same else group


def _head_noun(first: Token) -> Token | None:
    """The head noun of the phrase that opens at ``first`` ("a former police officer")."""
    for t in first.doc[first.i:first.i + 8]:
        if t.pos_ in {"NOUN", "PROPN"} and t.dep_ not in {"compound", "amod", "nmod", "poss"}:
            return t
    return None
