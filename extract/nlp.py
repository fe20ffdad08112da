"""The spaCy pipeline and the rule resources of ``models/patterns/``, loaded once per setting.

``load_nlp(model)`` is the statistical pipeline; ``load_rules(model)`` its trigger
:class:`~spacy.matcher.Matcher` plus the sentence-phrase regexes and word lists. Trigger
patterns use lexical attributes only (``LOWER``), so the same matcher runs on a bare
tokenizer ``Doc`` (the cheap pre-filter) and on a parsed one, with the same matches.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.attrs import LIKE_NUM
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from extract.fast_pipes import use_fast_pipes
from extract.trigger_scan import TriggerScan, build_scan, candidate_spans
from extract.windows import tokens
from schemas import ConfigError, Outcome

PATTERNS_DIR = Path(__file__).resolve().parents[1] / "models" / "patterns"


@dataclass(frozen=True, slots=True)
class Trigger:
    """One outcome trigger rule of ``triggers.jsonl``."""

    id: str
    outcome: Outcome
    kind: str
    anchor: int
    # an outcome only where its sentence names a court or judge ("arrested for 15 days")
    needs_court: bool = False
    # an outcome only where its sentence orders a new trial ("overturned the sentences ...
    # and ordered a retrial")
    needs_retrial: bool = False


@dataclass(frozen=True, slots=True)
class TermRule:
    id: str
    regex: re.Pattern[str]
    flag: bool = False  # a record whose term this rule found says so: flag "term:<id>"


@dataclass(frozen=True, slots=True)
class Rules:
    """Everything rule-like the extractor reads from ``models/patterns/``."""

    matcher: Matcher
    triggers: dict[str, Trigger]
    terms: tuple[TermRule, ...]
    term_join: re.Pattern[str]
    hedge_before: re.Pattern[str]
    lexicon: dict[str, Any]
    # the keyword pre-scan that narrows the matcher to candidate stretches (None: read all)
    scan: TriggerScan | None = None
    # the lexicon's word lists lower-cased once (rules ask for them per token)
    word_sets: dict[str, frozenset[str]] = field(default_factory=dict)

    def words(self, key: str) -> frozenset[str]:
        got = self.word_sets.get(key)
        if got is None:
            got = frozenset(str(w).lower() for w in self.lexicon.get(key, ()))
        return got


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """A trigger match: its rule, the token span, and the anchor token (the verb or noun)."""

    rule: Trigger
    start: int
    end: int
    anchor: int


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document.

    spaCy rebuilds ``Doc.text`` from every token on each access, so reading it once per
    trigger made long documents quadratic (a 20,000-word text took minutes)."""
    text = doc.user_data.get("verdicts.text")
    if not isinstance(text, str):
        text = doc.text
        doc.user_data["verdicts.text"] = text
    return text


@Language.component("verdicts_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and list lines stay apart from the
    prose (hard-wrapped lines were already joined, see ``records.working_text``)."""
    t = tokens(doc)  # read off once: a Token object per token cost more than the check
    for i in range(1, len(t.text)):
        if "\n" in t.ws[i - 1] or (t.space[i - 1] and "\n" in t.text[i - 1]):
            doc[i].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_nlp(model: str, patterns_dir: Path = PATTERNS_DIR) -> Language:
    """The spaCy pipeline named ``model`` (a package name or a path), loaded once, with
    sentence starts at line breaks, abbreviations of ``lexicon.json`` kept whole and the
    rule components run the fast way (``fast_pipes``)."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConfigError(f"cannot load the spaCy model {model!r}: {exc}") from exc
    lexicon = json.loads((patterns_dir / "lexicon.json").read_text(encoding="utf-8"))
    tokenizer: Any = nlp.tokenizer
    for abbr in lexicon.get("abbreviations", ()):
        for form in {abbr, abbr.lower(), abbr.upper()}:
            tokenizer.add_special_case(form, [{"ORTH": form}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("verdicts_line_breaks", before="parser")
    _fractions_are_numbers(nlp)
    use_fast_pipes(nlp)  # same annotations as the model's attribute ruler and lemmatizer
    return nlp


_FRACTION_RE = re.compile(r"\d+(?:[.,]\d+)?[½¼¾⅓⅔]|[½¼¾⅓⅔]")


def _fractions_are_numbers(nlp: Language) -> None:
    """"6½ years", "7½": a number with a vulgar fraction is like a number (spaCy's English
    ``like_num`` knows "6 1/2" but not "6½"), so the rules that read a count see it."""
    getters: dict[int, Any] = nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]
    plain = getters.get(LIKE_NUM)
    if plain is None:
        return
    getters[LIKE_NUM] = lambda text: plain(text) or bool(_FRACTION_RE.fullmatch(text))


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ConfigError(f"{path}:{n}: not JSON: {exc}") from exc


def _expand(template: str, defs: dict[str, str]) -> str:
    # macros may use macros; expand to a fixed point (bounded: defs are not recursive)
    for _ in range(10):
        new = re.sub(r"\{([A-Z][A-Z0-9_]*)\}", lambda m: defs.get(m.group(1), m.group(0)), template)
        if new == template:
            return new
        template = new
    return template


@lru_cache(maxsize=4)
def load_rules(model: str, patterns_dir: Path = PATTERNS_DIR) -> Rules:
    """The trigger matcher (on ``model``'s vocabulary), term regexes and word lists."""
    nlp = load_nlp(model)
    matcher = Matcher(nlp.vocab)
    triggers: dict[str, Trigger] = {}
    patterns: list[list[dict[str, Any]]] = []
    for row in _read_jsonl(patterns_dir / "triggers.jsonl"):
        rule = Trigger(id=row["id"], outcome=Outcome(row["outcome"]), kind=row["kind"],
                       anchor=int(row.get("anchor", 0)),
                       needs_court=bool(row.get("needs_court", False)),
                       needs_retrial=bool(row.get("needs_retrial", False)))
        if rule.id in triggers:
            raise ConfigError(f"duplicate trigger id {rule.id!r}")
        triggers[rule.id] = rule
        matcher.add(rule.id, [row["pattern"]], greedy="LONGEST")
        patterns.append(row["pattern"])
    spec = json.loads((patterns_dir / "terms.json").read_text(encoding="utf-8"))
    defs: dict[str, str] = dict(spec["defs"])
    for key in list(defs):
        defs[key] = _expand(defs[key], defs)
    terms = tuple(
        TermRule(id=p["id"], regex=re.compile(_expand(p["regex"], defs), re.IGNORECASE),
                 flag=bool(p.get("flag", False)))
        for p in spec["patterns"]
    )
    lexicon = json.loads((patterns_dir / "lexicon.json").read_text(encoding="utf-8"))
    return Rules(
        matcher=matcher,
        triggers=triggers,
        terms=terms,
        term_join=re.compile(spec["join"], re.IGNORECASE),
        hedge_before=re.compile(spec["hedge_before"], re.IGNORECASE),
        lexicon=lexicon,
        scan=build_scan(patterns, nlp.vocab.strings, nlp.Defaults.stop_words),
        word_sets={key: frozenset(str(w).lower() for w in value)
                   for key, value in lexicon.items() if isinstance(value, list)},
    )


def find_triggers(doc: Doc, rules: Rules) -> list[TriggerHit]:
    """Trigger matches of ``doc`` in text order, one per anchor token (the longest wins).

    The matcher reads only the stretches the pre-scan finds (``rules.scan``): the same
    matches as over the whole doc. Where two rules tie at one anchor the matcher's output
    order decides, which depends on what it read: then the whole doc is matched again."""
    if rules.scan is None:
        return _best_hits(doc, rules, rules.matcher(doc))[0]
    matches: list[tuple[int, int, int]] = []
    for lo, hi in candidate_spans(doc, rules.scan):
        matches.extend((key, lo + start, lo + end)
                       for key, start, end in rules.matcher(doc[lo:hi]))
    hits, tied = _best_hits(doc, rules, matches)
    return _best_hits(doc, rules, rules.matcher(doc))[0] if tied else hits


def _best_hits(doc: Doc, rules: Rules, matches: list[tuple[int, int, int]]
               ) -> tuple[list[TriggerHit], bool]:
    """The longest match at each anchor, in text order, and whether two rules tied for one."""
    by_anchor: dict[int, TriggerHit] = {}
    tied = False
    for match_id, start, end in matches:
        rule = rules.triggers[doc.vocab.strings[match_id]]
        anchor = start + rule.anchor if rule.anchor >= 0 else end + rule.anchor
        hit = TriggerHit(rule=rule, start=start, end=end, anchor=anchor)
        old = by_anchor.get(anchor)
        if old is None or (end - start) > (old.end - old.start):
            by_anchor[anchor] = hit
        elif end - start == old.end - old.start and rule.id != old.rule.id:
            tied = True
    return sorted(by_anchor.values(), key=lambda h: h.anchor), tied
