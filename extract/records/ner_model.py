"""The trained span tagger beside the rules: loads models/ner/model once, revises records.

The tagger (spaCy NER: DEFENDANT, CHARGE, SENTENCE, COURT_PLACE, VERDICT_DATE; see
models/ner/README.md) reads the paragraph around each record's evidence. A per-slot policy
says what it may do to the rules' record:

- ``rules``: unused for that slot;
- ``fill``: fills the slot only where the rules left it empty;
- ``model-first``: its value wins wherever it has one, the rules' otherwise;
- ``model``: its value alone (empty where it has none): the "model alone" ablation.

A policy is written ``rules``, one mode for every slot (``fill``), or ``slot=mode,...``
(``charge=fill,date=model-first``; unnamed slots stay ``rules``); ``default`` is
:data:`DEFAULT_POLICY`, the choice of ``make ablation``. A slot the tagger set is flagged
``model:<slot>`` on its record.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language

from extract.dates import resolve_date
from extract.nlp import PATTERNS_DIR
from extract.normalize import parse_terms
from extract.records.ner_data import SLOT_LABELS, find_value, paragraph
from extract.records.roles import VICTIM_ACTS
from schemas import ConfigError, Record, SentenceType

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "ner" / "model"
SLOTS = tuple(SLOT_LABELS)  # person, charge, sentence, city, date
MODES = ("rules", "fill", "model-first", "model")
POLICY_ENV = "VERDICTS_NER_POLICY"
# make ablation: the slots where the tagger beat the rules on the check part. Its pick also
# has charge=fill (check slot F1 +0.002), left out: the tagger then fills an offence the rules
# refuse on purpose (another person's admission, tests/test_record_classes_admitted_charges.py)
DEFAULT_POLICY = "person=fill"

Span3 = tuple[int, int, str]
_TAGGED_MAX = 256  # paragraphs whose entities one tagger remembers


@dataclass(frozen=True, kw_only=True, slots=True)
class NerPolicy:
    """What the tagger may do, slot by slot (slots not named are ``rules``)."""

    modes: tuple[tuple[str, str], ...] = ()

    def mode(self, slot: str) -> str:
        return dict(self.modes).get(slot, "rules")

    @property
    def uses_model(self) -> bool:
        return any(mode != "rules" for _, mode in self.modes)

    def may_change(self, record: Record) -> bool:
        """Whether :func:`apply_policy` could change ``record``: some slot is the model's
        (``model-first``, ``model``) or a ``fill`` slot is empty."""
        return any(mode in ("model-first", "model") or (mode == "fill" and
                                                        getattr(record, slot) is None)
                   for slot, mode in self.modes)

    def __str__(self) -> str:
        active = [f"{s}={m}" for s, m in self.modes if m != "rules"]
        return ",".join(active) or "rules"


def parse_policy(spec: str | None) -> NerPolicy:
    """``rules`` | ``default`` | a mode for all slots | ``slot=mode,...``; ConfigError if bad."""
    text = (spec or "default").strip().lower()
    if text == "default":
        text = DEFAULT_POLICY
    if text in MODES:
        return NerPolicy(modes=tuple((slot, text) for slot in SLOTS))
    modes: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        slot, eq, mode = (x.strip() for x in part.partition("="))
        if not eq or slot not in SLOTS or mode not in MODES:
            raise ConfigError(f"bad NER policy part {part!r}: want slot=mode with slot in "
                              f"{', '.join(SLOTS)} and mode in {', '.join(MODES)}")
        modes[slot] = mode
    return NerPolicy(modes=tuple((s, modes[s]) for s in SLOTS if s in modes))


class NerTagger:
    """The trained tagger, loaded once from ``path`` (never downloaded)."""

    def __init__(self, policy: NerPolicy, path: Path = MODEL_DIR) -> None:
        if not (path / "meta.json").is_file():
            raise ConfigError(f"no trained tagger in {path} (run `make train`)")
        self.policy = policy
        self.nlp = _load(path)
        # the extractor tags a paragraph for its names, then again for the records it gave:
        # remember the last paragraphs' entities (bounded: memory stays flat)
        self._tagged: OrderedDict[str, tuple[Span3, ...]] = OrderedDict()

    def spans(self, text: str) -> list[Span3]:
        """Entities of the tagger's labels in ``text``: (start, end, label)."""
        if text not in self._tagged:
            self.tag_all([text])
        self._tagged.move_to_end(text)
        return list(self._tagged[text])

    def tag_all(self, texts: Sequence[str]) -> None:
        """Tag the ``texts`` not remembered yet in one ``nlp.pipe`` batch (a call per text
        costs more than the tagging of a short paragraph)."""
        todo = list(dict.fromkeys(t for t in texts if t not in self._tagged))
        for text, doc in zip(todo, self.nlp.pipe(todo), strict=True):
            self._tagged[text] = tuple((e.start_char, e.end_char, e.label_) for e in doc.ents
                                       if e.label_ in SLOT_LABELS.values())
        while len(self._tagged) > max(_TAGGED_MAX, len(texts)):
            self._tagged.popitem(last=False)

    def revise(self, records: Sequence[Record], text: str, published: dt.date | None,
               not_a_name: Callable[[str], bool] | None = None) -> list[Record]:
        """``records`` with the slots the policy gives the tagger replaced or filled; a
        person ``not_a_name`` refuses (a title alone, a country) is not the tagger's to give."""
        # each record the policy may change, with its paragraph (None: kept as it is)
        windows = [paragraph(text, r.evidence_start, r.evidence_end)
                   if self.policy.may_change(r) else None for r in records]
        self.tag_all([text[w[0]:w[1]] for w in windows if w is not None])  # one batch
        cache: dict[tuple[int, int], list[Span3]] = {}
        # a person who has a record already is not the name of another (unnamed) one
        taken = {_surname(r.person) for r in records if r.person}
        out: list[Record] = []
        for record, window in zip(records, windows, strict=True):
            if window is None:
                out.append(record)  # its slots are all the rules' to keep: no tagging needed
                continue
            if window not in cache:
                lo, hi = window
                cache[window] = [(lo + s, lo + e, lab) for s, e, lab in self.spans(text[lo:hi])]
            guesses = model_values(record, cache[window], text, published)
            alone = model_values(record, cache[window], text, published, follow_rules=False)
            for values in (guesses, alone):
                name = values.get("person")
                if isinstance(name, str) and (
                        (not_a_name is not None and not_a_name(name)) or
                        (record.person is None and _surname(name) in taken)):
                    del values["person"]
            out.append(apply_policy(record, guesses, self.policy, text, alone=alone))
        return out


@lru_cache(maxsize=2)
def _load(path: Path) -> Language:
    """The weights, read once per process (extractors share them; inference only)."""
    import spacy

    return spacy.load(path)


def load_tagger(spec: str | None, path: Path = MODEL_DIR) -> NerTagger | None:
    """The tagger for policy ``spec``, or None when the policy never uses it."""
    policy = parse_policy(spec)
    return NerTagger(policy, path) if policy.uses_model else None


def model_values(record: Record, spans: Sequence[Span3], text: str,
                 published: dt.date | None, *, follow_rules: bool = True
                 ) -> dict[str, str | dt.date]:
    """The tagger's value for each slot of ``record``: the entity of that slot's label inside
    the record's evidence (a place anywhere in its paragraph) nearest to the defendant.

    With ``follow_rules``, where the rules filled a text slot the tagger only redraws the
    bounds of the rules' choice (an entity overlapping it), never picks another mention:
    which of several terms is whose is the rules' (parse-based) decision."""
    lo, hi = record.evidence_start, record.evidence_end
    inside = [s for s in spans if s[0] >= lo and s[1] <= hi]
    people = [s for s in inside if s[2] == "DEFENDANT"]
    anchor = _anchor(record, people, text)
    out: dict[str, str | dt.date] = {}
    if anchor is not None:
        out["person"] = text[anchor[0]:anchor[1]]
    where = anchor[0] if anchor else lo
    for slot, label in SLOT_LABELS.items():
        if slot == "person":
            continue
        pool = [s for s in (spans if slot == "city" else inside) if s[2] == label]
        ours = getattr(record, slot)
        if follow_rules and isinstance(ours, str) and ours:
            at = find_value(text, ours, lo, hi, whole_word=False) or (-1, -1)
            pool = [s for s in pool if s[0] < at[1] and at[0] < s[1]]
        if not pool:
            continue
        best = min(pool, key=lambda s: (s[0] < lo or s[1] > hi, abs(s[0] - where)))
        value = text[best[0]:best[1]].strip(" ,.;:\"“”'")
        if slot == "date":
            day = resolve_date(value, published)
            if day is not None:
                out[slot] = day
        elif value:
            out[slot] = value
    return out


def _anchor(record: Record, people: Sequence[Span3], text: str) -> Span3 | None:
    """The DEFENDANT entity that is this record's person (shares a surname), or the only
    one in the evidence of a one-person record the rules left unnamed (not a word in capitals:
    a dateline's "KATHMANDU –" names no one; not the one whose relative comes after it)."""
    if record.person:
        last = _surname(record.person)
        same = [p for p in people if _surname(text[p[0]:p[1]]) == last]
        return max(same, key=lambda p: p[1] - p[0]) if same else None
    if record.group_size == 1 and len(people) == 1 and not _acted_on(text, people[0][0]) \
            and not text[people[0][0]:people[0][1]].isupper() \
            and not _kin_of_named().search(text, people[0][1], people[0][1] + 60) \
            and not _OFFICIAL_BEFORE.search(text, 0, people[0][0]) \
            and not _OFFICIAL_AFTER.match(text, people[0][1]):
        return people[0]
    return None


# "Judge X", "a bench of A and X", "X, J.", "A and X, JJ.": a judge, never the unnamed defendant
# ... nor a spokesman, a lawyer, the relative whose kin was jailed ("a cousin of X"), a speaker
_OFFICIAL_BEFORE = re.compile(r"(?i)\b(?:judges?|justices?|magistrates?|prosecutors?|bench\s+of"
                              r"(?:\s+[\w.]+){0,4}\s+and|spokes(?:man|woman|person)|lawyers?|"
                              r"attorneys?|(?:cousin|wife|husband|son|daughter|brother|sister|"
                              r"father|mother|relative|friend|neighbou?r)\s+of"
                              r"|(?m:^)[ \t]*(?-i:By))\s*,?\s*$")  # ... nor a byline's reporter
_OFFICIAL_AFTER = re.compile(r",\s*JJ?\.|,?\s+(?:said|says|told|added|stated)\b")


@lru_cache(maxsize=1)
def _kin_of_named() -> re.Pattern[str]:
    """"X admitted the assault and his brother was fined": the unnamed one is X's relative
    (the lexicon's ``kin_nouns``, the rules' own list of relatives)."""
    lexicon = json.loads((PATTERNS_DIR / "lexicon.json").read_text(encoding="utf-8"))
    kin = "|".join(sorted(map(re.escape, lexicon["kin_nouns"]), key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:his|her|their)\s+(?:\w+\s+)?(?:{kin})\b")


def _acted_on(text: str, start: int) -> bool:
    """The words before ``start`` make its name a victim: "who stabbed pensioner X" (an act
    of the records' people::VICTIM_ACTS within three words, over lower-case descriptions)."""
    words = re.findall(r"[\w’'-]+", text[max(0, start - 60):start])[-3:]
    return any(w.lower() in VICTIM_ACTS for w in words if w.islower() or w.istitle())


def _surname(name: str) -> str:
    words = [w for w in re.findall(r"[\w’'-]+", name.lower()) if w not in {"jr", "sr", "ii", "iii"}]
    return words[-1] if words else ""


def apply_policy(record: Record, guesses: Mapping[str, str | dt.date], policy: NerPolicy,
                 text: str, *, alone: Mapping[str, str | dt.date] | None = None) -> Record:
    """``record`` with each slot decided by ``policy`` between the rules and ``guesses``
    (``alone``: the tagger's values not guided by the rules, for the ``model`` mode)."""
    update: dict[str, Any] = {}
    flags = list(record.flags)
    for slot in SLOTS:
        mode = policy.mode(slot)
        pick = alone if mode == "model" and alone is not None else guesses
        ours, theirs = getattr(record, slot), pick.get(slot)
        if mode == "rules" or (mode == "fill" and ours is not None):
            continue
        if mode in ("fill", "model-first") and theirs is None:
            continue
        if theirs == ours:
            continue
        update[slot] = theirs
        if theirs is not None:
            flags.append(f"model:{slot}")
    if not update:
        return record
    if "sentence" in update:
        update.update(_term_fields(update["sentence"], record))
    if "city" in update:
        from extract.places import place_fields

        update.update(place_fields(update["city"], None, text))
    update["flags"] = tuple(sorted(set(flags)))
    return record.model_copy(update=update)


def _term_fields(sentence: str | None, record: Record) -> dict[str, Any]:
    """Months and type for a sentence phrase the tagger chose (the rules' normaliser)."""
    if sentence is None:
        return {"sentence_months": None, "sentence_type": None}
    parsed = parse_terms(sentence)
    if parsed.months is None and parsed.type is None:
        return {"sentence_months": record.sentence_months, "sentence_type": record.sentence_type}
    kind = parsed.type or SentenceType.PRISON
    return {"sentence_months": parsed.months, "sentence_type": kind}
