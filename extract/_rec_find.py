"""One trigger → draft records: its defendants, sentence phrase, charge, date and place."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from extract._rec_build import Draft
from extract._rec_charges import find_charge
from extract._rec_context import PlaceHit
from extract._rec_people import (
    Mention,
    NameIndex,
    group_mention,
    is_official,
    is_victim,
    name_mention,
    person_key,
    pronoun_kind,
)
from extract._rec_terms import TermSpan, find_term_spans
from extract.nlp import Rules, TriggerHit
from extract.normalize import parse_terms
from schemas import Outcome, RecordError, SentenceType

_SUBJECT_VERBS = frozenset({
    "pleaded", "pled", "pleads", "plead", "pleading", "admitted", "admits", "admit",
    "received", "receives", "receive", "receiving", "got", "gets", "get", "serve", "serves",
    "serving", "served", "awarded",
})
_HEDGE_GOVERNORS = frozenset({
    "face", "faces", "facing", "faced", "expected", "expect", "scheduled", "set", "seek", "seeks",
    "seeking", "sought", "ask", "asks", "asked", "want", "wants", "plan", "plans", "planned",
    "agreed", "agree", "hope", "hopes", "urged", "urge", "demand", "demanded", "request",
    "requested", "recommend", "recommended", "could", "would", "may", "might", "likely",
    "allow", "allows", "avoid", "eligible", "possible", "threatened", "risk", "risks",
    "propose", "proposed",
})
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "shall", "must", "can",
                     "ca", "wo", "'ll"})
_SENTENCING_RULES = frozenset({"sentenced", "sentencing-of", "sentence-for", "jailed", "fined",
                               "given-term", "handed-down"})
_CONVICTION_RULES = frozenset({"convicted", "found-guilty", "pleaded-guilty", "guilty-plea",
                               "admitted-guilt", "acquitted", "found-not-guilty", "cleared-of",
                               "dismissed-charges", "charges-dismissed", "overturned-conviction",
                               "declared-innocent", "exonerated"})
_CLAUSE_WINDOW = 80  # tokens either side of a trigger that its clause may span


def drafts_for_trigger(
    doc: Doc,
    hit: TriggerHit,
    rules: Rules,
    names: NameIndex,
    earlier: list[Draft],
    *,
    places: Callable[[Span], list[PlaceHit]],
    dates: Callable[[Span], list[tuple[int, int, dt.date]]],
    published: dt.date | None,
    next_anchor: int | None = None,
) -> list[Draft]:
    """The draft records one trigger states; [] when it states none (hedged, no defendant)."""
    anchor = doc[hit.anchor]
    sent = anchor.sent
    if sent.end - sent.start > 2 * _CLAUSE_WINDOW:
        sent = doc[max(sent.start, anchor.i - _CLAUSE_WINDOW):min(sent.end,
                                                                  anchor.i + _CLAUSE_WINDOW)]
    if is_headline(anchor) or _is_hedged(anchor, hit, sent, rules):
        return []
    if anchor.dep_ in {"amod", "compound"} and anchor.head.i > anchor.i:
        return []  # "a convicted felon", "convicted murderer"
    if hit.rule.kind.startswith("nominal") and any(
        t.lower_ in {"a", "an", "any"} for t in doc[max(sent.start, hit.start - 3):hit.start]
    ):
        return []  # "a guilty plea would ruin his life": no particular outcome
    mentions = _defendants(doc, anchor, hit, sent, rules, names, earlier)
    if not mentions:
        return []
    clause = _clause(anchor, sent)
    if any(m.end > clause[1] for m in mentions):
        clause = (clause[0], sent.end)  # gapped objects ("..., B to 20 years") lie beyond it
    terms = [t for t in find_term_spans(doc.text, doc[clause[0]].idx,
                                        doc[clause[1] - 1].idx + len(doc[clause[1] - 1]), rules)
             if not t.hedged and (next_anchor is None or t.start < next_anchor
                                  or t.start < anchor.idx)]
    if hit.rule.kind == "give" and not any(t.start >= anchor.idx for t in terms):
        return []
    if hit.rule.outcome is not Outcome.CONVICTED:
        terms = []
    if _is_statistic(sent, mentions, rules):
        return []
    prior = _is_prior(anchor)
    term_spans = [(t.start, t.end) for t in terms]
    charge = find_charge(doc, anchor, term_spans, hit.rule.kind,
                         [(m.start, m.end) for m in mentions if m.kind in {"name", "group"}])
    if charge is not None and any(charge[0].lower() == (m.name or "").lower()
                                  for m in mentions):
        charge = None
    date = _pick_date(doc, anchor, sent, dates(sent), mentions)
    place = _pick_place(anchor, places(sent))
    per_mention = _assign_terms(doc, anchor, mentions, terms)
    sent_index = _sent_index(doc, sent)
    out: list[Draft] = []
    if any(t is not None and t.negative for t in per_mention):
        raise RecordError(f"a negative sentence length: {sent.text.strip()[:120]!r}",
                          reason="invalid-length")
    for mention, term in zip(mentions, per_mention, strict=True):
        pluperfect = any(c.lower_ == "had" for c in anchor.children)
        if mention.group_size >= 20 and (term is None or prior or pluperfect):
            continue  # "545 people had been sentenced": a statistic, not defendants
        draft = Draft(
            key=("name", person_key(mention.name)) if mention.name else
            ("group", f"{sent_index}:{mention.start}"),
            person=mention.name, group_size=mention.group_size, outcome=hit.rule.outcome,
            rule_id=hit.rule.id, ev_start=sent.start_char, ev_end=_end_char(sent),
            sent_index=sent_index, position=doc[mention.start].idx, prior=prior,
            sentencing=hit.rule.id in _SENTENCING_RULES,
        )
        if mention.kind == "resolved-group":
            draft.key = ("group", mention.name or "")
            draft.person = None
        if charge:
            # "convicted of X" beats "convicted for X" beats "sentenced for X"
            draft.charge = charge[0]
            draft.charge_rank = (0 if hit.rule.id in _CONVICTION_RULES else 2) + (
                1 if charge[1] == "for" else 0)
        if term is not None:
            _set_term(draft, term)
        if not prior:
            draft.date = date
            if place is not None:
                draft.city, draft.city_tier, draft.country = place.text, place.tier, place.country
        out.append(draft)
    return out


# ---------------------------------------------------------------- filters


def is_headline(anchor: Token) -> bool:
    """The trigger sits in a title-case line without a full stop: a headline, which
    restates the story (and other stories' headlines are not content)."""
    text = anchor.doc.text
    lo = text.rfind("\n", 0, anchor.idx) + 1
    hi = text.find("\n", anchor.idx)
    line = text[lo:hi if hi >= 0 else len(text)].strip()
    if len(line) > 250 or line.endswith((".", "”", '"', ".’", "!", "?", ":", ";", ",")):
        return False
    if len(line) < 150 and hi >= 0:
        return True  # a short line without a full stop: a headline or subheading
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if len(w) > 3]
    if len(words) < 3:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _is_hedged(anchor: Token, hit: TriggerHit, sent: Span, rules: Rules) -> bool:
    """A possible, future, requested or denied outcome: "could be sentenced", "faces ... if
    convicted", "was not convicted", "is scheduled to be sentenced"."""
    for child in anchor.children:
        if child.dep_ in {"aux", "auxpass"} and child.lower_ in _MODALS:
            return True
        if child.dep_ == "auxpass" and child.lower_ in {"is", "are", "am", "be", "being"}:
            return True  # "when someone is exonerated": a general statement
        if child.dep_ == "neg":
            return True
        if child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether", "until", "once"}:
            return True
        if child.dep_ in {"aux", "auxpass"} and child.lower_ in {"is", "are", "be", "am"} and \
                any(c.dep_ == "mark" and c.lower_ in {"when", "before", "after"}
                    for c in anchor.children):
            return True
    if any(doc_tok.lower_ in {"not", "never", "n't"} for doc_tok in
           anchor.doc[max(sent.start, anchor.i - 2):anchor.i]):
        return True
    if anchor.tag_ in {"VBZ", "VBP", "VB"} and hit.rule.kind != "nominal-plea":
        return True  # "the office typically dismisses charges ...": a habit, not an outcome
    if any(t.lower_ in {"typically", "usually", "often", "generally", "routinely", "normally"}
           for t in anchor.doc[max(sent.start, anchor.i - 4):anchor.i]):
        return True
    head = anchor
    for _ in range(3):
        if head.dep_ in {"ROOT"} or head.head is head:
            break
        head = head.head
        if head.lower_ in _HEDGE_GOVERNORS or head.lemma_ in _HEDGE_GOVERNORS:
            return True
        if head.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in {"aux", "neg"} and (c.lower_ in _MODALS or c.dep_ == "neg")
            for c in head.children
        ) and head.dep_ != "conj":
            return True
    before = anchor.doc[max(sent.start, anchor.i - 4):anchor.i]
    return bool(any(t.lower_ in {"if", "unless", "whether"} for t in before))


def _is_statistic(sent: Span, mentions: list[Mention], rules: Rules) -> bool:
    if any(m.name for m in mentions):
        return False
    low = sent.text.lower()
    cues = rules.lexicon.get("statistic_cues", [])
    return any(m.group_size > 3 for m in mentions) and any(
        re.search(rf"(?<!\w){re.escape(c)}(?!\w)", low) for c in cues)


def _is_prior(anchor: Token) -> bool:
    """A conviction earlier than the story's proceeding: "had already been found guilty"."""
    aux = {c.lower_ for c in anchor.children if c.dep_ in {"aux", "auxpass", "advmod"}}
    return "had" in aux and bool(aux & {"been", "already", "previously"})


# ---------------------------------------------------------------- defendants


def _defendants(doc: Doc, anchor: Token, hit: TriggerHit, sent: Span, rules: Rules,
                names: NameIndex, earlier: list[Draft]) -> list[Mention]:
    heads = _dependency_heads(anchor, hit)
    mentions = _expand(doc, heads, rules, names, earlier, sent)
    if not heads and hit.rule.kind.startswith("nominal"):
        return []  # "guilty pleas" with no one's name attached
    if not mentions and heads and all(h.pos_ == "PRON" for h in heads):
        return []  # "his guilty plea" about nobody this article names: no guessing nearby
    if not mentions and any(h.pos_ == "NOUN" and h.is_alpha and len(h.text) > 2
                            for h in heads):
        return []  # "a criminal who was exonerated": a parsed argument that names nobody
    if not mentions:
        mentions = _linear(doc, anchor, sent, rules, names, earlier, hit)
    if mentions and hit.rule.kind != "verb-late" and anchor.lower_ == "sentenced":
        mentions = _gapped(doc, anchor, sent, rules, names, mentions)
    seen: set[tuple[str | None, int]] = set()
    unique: list[Mention] = []
    for m in mentions:
        key = (m.name.lower() if m.name else None, m.start if not m.name else 0)
        if key not in seen:
            seen.add(key)
            unique.append(m)
    return unique


def _dependency_heads(anchor: Token, hit: TriggerHit) -> list[Token]:
    kind = hit.rule.kind
    doc = anchor.doc
    if kind in {"nominal-of", "nominal-for"}:
        prep = "of" if kind == "nominal-of" else "for"
        return [g for c in anchor.children if c.lower_ == prep for g in c.children
                if g.dep_ == "pobj"]
    if kind == "nominal-plea":
        return [c for c in anchor.children if c.dep_ == "poss"] + [
            g for c in anchor.children if c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj"]
    if kind == "verb-late" or anchor.lower_ in {"dismissed", "dropped", "dismisses", "drops",
                                               "withdrew", "quashed"}:
        return [g for t in anchor.sent if t.lower_ == "against" for g in t.children
                if g.dep_ == "pobj"]
    if anchor.lower_ in {"handed", "hands", "hand"}:
        got = [g for c in anchor.children if c.lower_ == "to" for g in c.children
               if g.dep_ == "pobj"]
        return got or [c for c in anchor.children if c.dep_ in {"dative", "dobj"}
                       and c.pos_ in {"PROPN", "PRON"}]
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in anchor.children) or (
        anchor.dep_ == "conj" and any(c.dep_ in {"nsubjpass", "auxpass"}
                                      for c in anchor.head.children)
    ) or (anchor.tag_ == "VBN" and not any(c.dep_ in {"dobj", "nsubj"} for c in anchor.children))
    verb = anchor
    if anchor.lower_ in {"found", "finds", "find", "finding"} and not passive:
        # "found X guilty": X is the object of "found" or the subject of "guilty"
        guilty = [t for t in anchor.subtree if t.lower_ == "guilty"]
        return [c for c in anchor.children if c.dep_ == "dobj"] + [
            c for g in guilty for c in g.children if c.dep_ in {"nsubj", "dobj"}]
    if anchor.lower_ in _SUBJECT_VERBS or passive:
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        hops = 0
        while not subj and verb.dep_ in {"conj", "xcomp", "advcl"} and hops < 3:
            verb = verb.head
            hops += 1
            subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subj and anchor.dep_ in {"relcl", "acl"}:
            subj = [anchor.head]
        if not subj and anchor.dep_ in {"pcomp"} and anchor.head.dep_ == "prep":
            verb = anchor.head.head
            subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        out: list[Token] = []
        for s in subj:
            if s.lower_ in {"who", "that", "which"} and verb.dep_ == "relcl":
                out.append(verb.head)
            else:
                out.append(s)
        return out
    objs = [c for c in anchor.children if c.dep_ in {"dobj", "dative"}]
    return [o for o in objs if o.i < len(doc)]


def _conj_family(tok: Token) -> list[Token]:
    root = tok
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    fam: list[Token] = []

    def walk(t: Token) -> None:
        fam.append(t)
        for c in t.children:
            if c.dep_ == "conj" or (c.dep_ == "appos" and c.pos_ == "PROPN"):
                walk(c)

    walk(root)
    return sorted(fam, key=lambda t: t.i)


def _expand(doc: Doc, heads: list[Token], rules: Rules, names: NameIndex,
            earlier: list[Draft], sent: Span) -> list[Mention]:
    out: list[Mention] = []
    for head in heads:
        for tok in _conj_family(head):
            out.extend(_to_mentions(doc, tok, rules, names, earlier, sent))
    return out


def _to_mentions(doc: Doc, tok: Token, rules: Rules, names: NameIndex,
                 earlier: list[Draft], sent: Span) -> list[Mention]:
    kind = pronoun_kind(tok)
    if kind is not None:
        return _resolve(doc, tok, kind, rules, names, earlier)
    m = name_mention(doc, tok, names, rules)
    if m is not None:
        if is_official(doc, m.start, m.end, rules) or is_victim(doc, m.start, rules):
            return []
        return [m]
    if tok.lower_ in {"one", "each", "all", "both"}:
        # "One of the defendants, X, ..." → X;  "both men" → group
        for c in tok.children:
            if c.dep_ == "appos":
                return _to_mentions(doc, c, rules, names, earlier, sent)
    if tok.dep_ == "appos" and tok.lower_ in rules.words("people_nouns"):
        named = name_mention(doc, tok.head, names, rules)
        if named is not None:
            return [named]
    g = group_mention(tok, rules)
    if g is not None and g.group_size == 1 and any(
        c.lower_ == "the" for c in tok.children
    ) and tok.dep_ in {"nsubj", "nsubjpass"}:
        return _resolve(doc, tok, "one", rules, names, earlier, recent=False) or [g]
    if g is not None:
        for c in tok.children:  # "a father of two, Alibek Imanbekov" / "defendant X"
            if c.dep_ == "appos":
                named = name_mention(doc, c, names, rules)
                if named is not None:
                    return [named]
        return [g]
    for c in tok.children:
        if c.dep_ == "appos":
            named = name_mention(doc, c, names, rules)
            if named is not None and not is_official(doc, named.start, named.end, rules):
                return [named]
    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.tag_ in {"NN", "NNP", "JJ"} and any(
        c.lower_ == "the" for c in tok.children
    ) and (tok.ent_type_ == "NORP" or any("-old" in c.text or c.lower_ == "old"
                                          for c in tok.subtree)):
        return _resolve(doc, tok, "one", rules, names, earlier)  # "the 48-year-old Australian"
    if tok.lower_ in {"conviction", "convictions", "sentence", "charges", "charge", "case",
                      "indictment", "appeal"}:
        # "overturned the conviction of X", "dismissed the case against X", "X's appeal"
        for c in tok.children:
            if c.dep_ == "poss":
                return _to_mentions(doc, c, rules, names, earlier, sent)
            if c.dep_ == "prep" and c.lower_ in {"of", "against"}:
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        return _to_mentions(doc, obj, rules, names, earlier, sent)
    return []


def _resolve(doc: Doc, tok: Token, kind: str, rules: Rules, names: NameIndex,
             earlier: list[Draft], *, recent: bool = True) -> list[Mention]:
    """A pronoun or "the defendant(s)" → the defendant(s) the text is about just before."""
    pos = tok.idx
    declared = _declared_defendants(doc, tok.i, rules, names)
    last_draft_pos = max((d.position for d in earlier if d.position < pos), default=-1)
    if kind == "one":
        here = _sent_index(doc, doc[tok.i:tok.i + 1])
        same = [d.person for d in earlier if d.person and d.sent_index == here]
        if len(set(same)) == 1:  # "The rapper, whose real name is X, ... and fined"
            return [Mention(start=tok.i, end=tok.i + 1, name=same[0], kind="pronoun")]
        cands: list[tuple[int, str]] = [(d.position, d.person) for d in earlier
                                        if d.person and d.position < pos]
        cands += [(doc[s].idx, n) for s, n in declared if len(declared) == 1
                  or doc[s].idx > last_draft_pos]
        if cands:
            _, name = max(cands)
            return [Mention(start=tok.i, end=tok.i + 1, name=name, kind="pronoun")]
        later = [n for s, n in _declared_defendants(doc, len(doc), rules, names) if s > tok.i]
        if len(set(later)) == 1 or (later and tok.lower_ == "defendant"):
            # "The defendant was convicted ..." before "identified the defendant as X"
            return [Mention(start=tok.i, end=tok.i + 1, name=later[0], kind="pronoun")]
        fallback = _recent_person(doc, tok, rules, names) if recent else None
        return [fallback] if fallback else []
    # many: the named defendants of the last two sentences with outcomes, if two or more;
    # else the declared set if it came after the last drafts; else the last drafts' set
    before = [d for d in earlier if d.position < pos]
    if before:
        last_sent = max(d.sent_index for d in before)
        recent_named: list[str] = []
        for d in before:
            if d.person and last_sent - d.sent_index <= 1 and d.person not in recent_named:
                recent_named.append(d.person)
        if len(recent_named) >= 2:
            return [Mention(start=tok.i, end=tok.i + 1, name=n, kind="pronoun")
                    for n in recent_named]
    if declared and doc[declared[-1][0]].idx > last_draft_pos:
        group_pos = declared[-1][0]
        sent_start = doc[group_pos].sent.start
        same = [n for s, n in declared if doc[s].sent.start == sent_start]
        return [Mention(start=tok.i, end=tok.i + 1, name=n, kind="pronoun") for n in same]
    if before:
        group = [d for d in before if d.sent_index == max(b.sent_index for b in before)]
        out: list[Mention] = []
        for d in group:
            if d.person:
                out.append(Mention(start=tok.i, end=tok.i + 1, name=d.person, kind="pronoun"))
            else:
                out.append(Mention(start=tok.i, end=tok.i + 1, name=d.key[1],
                                   group_size=d.group_size, kind="resolved-group"))
        return out
    return []


def _declared_defendants(doc: Doc, before: int, rules: Rules,
                         names: NameIndex) -> list[tuple[int, str]]:
    """Names introduced as defendants before token ``before``: "identified the defendant as
    X", "defendant X", "co-defendants X and Y"."""
    out: list[tuple[int, str]] = []
    seen_spans: set[tuple[int, int]] = set()
    for i, bounds in sorted(names.spans.items()):
        if i >= before or bounds in seen_spans or i != bounds[0]:
            continue
        seen_spans.add(bounds)
        sent = doc[i].sent
        near = [t.lower_ for t in doc[max(sent.start, i - 3):i]]
        far = [t.lower_ for t in doc[sent.start:i]]
        words = {"defendant", "defendants", "co-defendants", "co-defendant", "codefendants",
                 "codefendant"}
        declared = bool(set(near) & words) or any(
            far[k] in words and "as" in far[k + 1:k + 4] for k in range(len(far)))
        if not declared:
            continue
        if is_official(doc, bounds[0], bounds[1], rules) or is_victim(doc, bounds[0], rules):
            continue
        m = name_mention(doc, doc[i], names, rules)
        if m and m.name:
            out.append((i, m.name))
    return out


def _recent_person(doc: Doc, tok: Token, rules: Rules, names: NameIndex) -> Mention | None:
    sent = tok.sent
    lo = sent.start
    for _ in range(2):
        if lo > 0:
            lo = doc[lo - 1].sent.start
    i = tok.i - 1
    while i >= lo:
        if i in names.spans:
            s, e = names.spans[i]
            if not is_official(doc, s, e, rules) and not is_victim(doc, s, rules) and \
                    not is_headline(doc[s]):
                m = name_mention(doc, doc[i], names, rules)
                if m is not None:
                    return Mention(start=tok.i, end=tok.i + 1, name=m.name, kind="pronoun")
            i = s - 1
            continue
        i -= 1
    return None


def _linear(doc: Doc, anchor: Token, sent: Span, rules: Rules, names: NameIndex,
            earlier: list[Draft], hit: TriggerHit) -> list[Mention]:
    """Fallback when the parse gives no defendant: the nearest candidate before the trigger
    in its sentence (with its coordinated siblings), else the nearest after it."""
    order = list(range(anchor.i - 1, sent.start - 1, -1))
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in anchor.children)
    if not passive and anchor.lower_ not in _SUBJECT_VERBS:
        order += list(range(anchor.i + 1, min(sent.end, anchor.i + 12)))
    for i in order:
        tok = doc[i]
        if tok.pos_ not in {"PROPN", "PRON", "NOUN"}:
            continue
        found = _to_mentions(doc, tok, rules, names, earlier, sent)
        if found:
            fam = [t for t in _conj_family(tok) if t.i != tok.i]
            for t in fam:
                found.extend(_to_mentions(doc, t, rules, names, earlier, sent))
            return found
    return []


def _gapped(doc: Doc, anchor: Token, sent: Span, rules: Rules, names: NameIndex,
            mentions: list[Mention]) -> list[Mention]:
    """"sentenced A to X, B to Y, and C to Z": every "NAME to <term>" after the trigger."""
    out = list(mentions)
    have = {m.name for m in mentions if m.name}
    i = anchor.i + 1
    while i < sent.end - 1:
        bounds = names.known(doc[i])
        if bounds is not None:
            s, e = bounds
            if e < sent.end and doc[e].lower_ == "to" and s > anchor.i:
                m = name_mention(doc, doc[s], names, rules)
                if m is not None and m.name and m.name not in have and \
                        not is_official(doc, s, e, rules):
                    out.append(m)
                    have.add(m.name)
            i = e
            continue
        i += 1
    return sorted(out, key=lambda m: m.start)


# ---------------------------------------------------------------- slots


def _clause(anchor: Token, sent: Span) -> tuple[int, int]:
    """Token range of the trigger's clause: its subtree (its head's for a conjunct)."""
    top = anchor
    if anchor.dep_ in {"conj", "xcomp"} and anchor.head.i >= sent.start:
        top = anchor.head
    lo, hi = top.left_edge.i, top.right_edge.i + 1
    if anchor.lower_ in {"found", "pleaded", "pled", "pleads", "plead", "admitted"}:
        lo = min(lo, anchor.i)
    lo, hi = max(lo, sent.start), min(hi, sent.end)
    if hi - lo < 3:
        return sent.start, sent.end
    return lo, hi


def _assign_terms(doc: Doc, anchor: Token, mentions: list[Mention],
                  terms: list[TermSpan]) -> list[TermSpan | None]:
    if not terms:
        return [None] * len(mentions)
    after = [t for t in terms if t.end > anchor.idx]
    if len(mentions) > 1:
        low = doc.text[doc[anchor.i].sent.start_char:doc[anchor.i].sent.end_char].lower()
        if "respectively" in low:
            spread = _respectively(doc.text, after, len(mentions))
            if len(spread) == len(mentions):
                return list(spread)
        positions = [doc[m.start].idx for m in mentions]
        own: list[TermSpan | None] = []
        for n, p in enumerate(positions):
            nxt = positions[n + 1] if n + 1 < len(positions) else 10**12
            own.append(next((t for t in terms if p < t.start < nxt and t.start > anchor.idx),
                            None))
        if sum(o is not None for o in own) >= 2:
            return own
    total = [t for t in after if re.search(
        r"(?:total|combined|aggregate|cumulative|sentence)\s+of\s+$|\bfor\s+a\s+total\s+of\s+$",
        doc.text[max(0, t.start - 40):t.start], re.IGNORECASE)
        or re.match(r"(?:[a-z]+\s+)?sentence\s+of\b", t.text, re.IGNORECASE)]
    first = total[0] if total else after[0] if after else terms[-1]
    return [first] * len(mentions)


_NUM_WORD = (r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
             r"twelve|fifteen|twenty|thirty|forty|fifty)")
_LIST_BEFORE = re.compile(rf"((?:{_NUM_WORD}(?:\s*,\s*|\s+))*{_NUM_WORD},?\s+and\s+)$",
                          re.IGNORECASE)


def _respectively(text: str, terms: list[TermSpan], wanted: int) -> list[TermSpan]:
    """"five and seven years in prison, respectively": one term per number, in order."""
    if len(terms) == wanted:
        return terms
    if not terms:
        return []
    last = terms[0]
    m = _LIST_BEFORE.search(text[max(0, last.start - 80):last.start])
    head = re.match(rf"{_NUM_WORD}\b", last.text, re.IGNORECASE)
    if m is None or head is None:
        return terms
    rest = last.text[head.end():]
    numbers = re.findall(_NUM_WORD, m.group(1), re.IGNORECASE)
    base = last.start - len(m.group(1))
    out = [TermSpan(start=base, end=last.end, text=f"{n}{rest}", rule_id=last.rule_id,
                    hedged=False) for n in numbers]
    return [*out, last]


def _set_term(draft: Draft, term: TermSpan) -> None:
    text = term.text
    if term.rule_id == "term-similar":
        draft.sentence, draft.similar = text, True
        return
    parsed = parse_terms(text)
    draft.sentence = text
    draft.months = parsed.months
    draft.type = parsed.type
    draft.flags.extend(parsed.flags)
    if parsed.type is None and parsed.months is None:
        if "invalid-length" in parsed.flags:
            draft.sentence = None
        return
    if draft.type is None:
        draft.type = SentenceType.PRISON


def _pick_date(doc: Doc, anchor: Token, sent: Span, found: list[tuple[int, int, dt.date]],
               mentions: list[Mention]) -> dt.date | None:
    if not found:
        return None
    blocked: list[tuple[int, int]] = []
    for tok in sent:
        if tok.dep_ in {"relcl", "acl"} and not (tok.left_edge.i <= anchor.i <= tok.right_edge.i):
            blocked.append((tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)))
    cands = [(s, d) for s, e, d in found if not any(b0 <= s < b1 for b0, b1 in blocked)]
    if not cands:
        return None
    return min(cands, key=lambda c: abs(c[0] - anchor.idx))[1]


def _pick_place(anchor: Token, hits: list[PlaceHit]) -> PlaceHit | None:
    good = [h for h in hits if h.tier <= 1]
    if not good:
        return None
    return min(good, key=lambda h: (h.tier, abs(h.start - anchor.idx)))


def _sent_index(doc: Doc, sent: Span) -> int:
    """The ordinal of the sentence holding ``sent`` (cached on the Doc)."""
    cache: dict[int, int] = doc.user_data.setdefault("verdicts_sent_ord", {})
    if not cache:
        for n, s in enumerate(doc.sents):
            cache[s.start] = n
    return cache.get(doc[sent.start].sent.start, 0)


def _end_char(sent: Span) -> int:
    text = sent.text
    return sent.start_char + len(text.rstrip())

