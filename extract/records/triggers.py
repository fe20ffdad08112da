"""One trigger → draft records: its defendants, sentence phrase, charge, date and place."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from extract.nlp import Rules, TriggerHit, doc_text
from extract.normalize import parse_terms
from extract.records import colon_lists, term_lists
from extract.records.appeals import (
    acquitted_on_appeal,
    appeal_date_nearby,
    appeal_owner,
    appeal_possessor,
    exonerated_serving,
    is_appeal,
    retrial_of,
    reversal_cue,
    revised_terms,
    trim_charge,
)
from extract.records.appositions import people_phrase
from extract.records.arguments import TO_WHOM
from extract.records.assembly import (
    ALSO_ADMITTED,
    DEFERRED_FLAG,
    MEMBER_FLAG,
    OTHER_HEARING_FLAG,
    PAST_CASE_FLAG,
    SAME_COURT_FLAG,
    SHIFTED_DAY_FLAG,
    Draft,
)
from extract.records.binding import (
    assign_terms,
    counted_subject,
    governed_elsewhere,
    one_of_many,
    partitive_size,
    remainder_group,
    respective_list,
)
from extract.records.charge_cues import APART_CUES, CUE_RANKS
from extract.records.charge_text import premodifier_offence
from extract.records.charges import find_charge
from extract.records.clauses import (
    SENTENCE_NOUNS,
    end_char,
    is_ceiling,
    is_total,
    noun_convicts,
    set_term,
    term_context,
    term_is_subject,
    trigger_clause,
)
from extract.records.court_city import court_place_nearby
from extract.records.dates import verdict_date_nearby
from extract.records.defendants import find_defendants
from extract.records.frames import CODEFENDANT_FLAG, MAIN_FLAG, codefendants, frame_before
from extract.records.guards import (
    EARLIER_CASE_FLAG,
    after_sentencing,
    court_ruled,
    is_earlier_case,
    is_hedged,
    is_prior,
    states_no_outcome,
)
from extract.records.labels import label_names
from extract.records.layout import is_headline, sent_index
from extract.records.members import named_members, participle_members
from extract.records.own_time import states_own_time
from extract.records.people import NameIndex, person_key
from extract.records.place_hit import PlaceHit, outside_spans
from extract.records.pronouns import sole_recent
from extract.records.tallies import is_statistic
from extract.records.terms import DEFERRED_RULES, deferred_verdict, drop_served, find_term_spans
from extract.records.where_when import (
    crime_place,
    pick_date,
    pick_place,
    shifted_day_flags,
    tells_other_hearing,
    tells_past_case,
    tells_same_court,
)
from schemas import Outcome, RecordError

_SENTENCING_RULES = frozenset({"sentenced", "sentencing-of", "sentence-for", "jailed", "fined",
                               "given-term", "handed-down", "term-handed-to"})
_CONVICTION_RULES = frozenset({
    "convicted", "found-guilty", "pleaded-guilty", "guilty-plea", "admitted-guilt", "acquitted",
    "found-not-guilty", "cleared-of", "dismissed-charges", "charges-dismissed", ALSO_ADMITTED,
    "overturned-conviction", "declared-innocent", "exonerated", "conviction-for-quashed"})
_SAME_CHARGE_RE = re.compile(
    r"\b(?:the\s+)?(?:same|similar)\s+(?:charges?|crimes?|offen[cs]es?|counts?)\b", re.IGNORECASE)
_SPREAD_RE = re.compile(r"\b(?:rang\w*|from|between|varying|various)\b", re.IGNORECASE)
# "A and B got three to seven years" spreads a range over them; "each", "both" or "a term
# of three to seven years" gives every one the range
_EACH_RE = re.compile(r"\b(?:each|both|apiece|a\s+(?:term|sentence)\s+of)\b", re.IGNORECASE)
_PART_SERVED_RE = re.compile(r"\s+[\w\s.,-]{1,30}?\b(?:years?|months?|weeks?|days?)\s+of\s+"
                             r"(?:a|an|his|her|their)\b", re.IGNORECASE)
# ... or an example of other cases: "For example, X was sentenced to ..."
_NEW_STORY_RE = re.compile(r"(?:separately|elsewhere|in\s+(?:a|an)\s+(?:separate|unrelated|"
                           r"different)\s+(?:case|trial|ruling|development)|in\s+neighbou?ring"
                           r"|for\s+(?:example|instance))\b", re.IGNORECASE)
_BARE_TERM = frozenset({"imposed-term-bare", "handed-down-term-bare"})
_CLAUSE_WINDOW = 80  # tokens either side of a trigger that its clause may span

# rules whose match may hold offence words before its noun: "overturned the rape convictions"
_MODIFIED_NOUN_RULES = frozenset({"overturned-conviction", "convictions-upheld",
                                  "conviction-upheld-offence"})

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
    if is_headline(anchor) or is_hedged(anchor, hit, sent, rules) or \
            states_no_outcome(anchor, hit, sent):
        return []
    sent = colon_lists.with_colon_list(doc, anchor, sent, rules, names)  # "...: A, 7 years; B,"
    # "those jailed included A", "A was among the activists sentenced": named members of
    # people the text has told of; they share that group's proceeding (assembly fills it)
    members = {m.start for m in named_members(doc, anchor, sent, names, rules)} \
        if anchor.dep_ in {"acl", "amod", "relcl"} else set()
    if anchor.dep_ in {"amod", "compound"} and anchor.head.i > anchor.i and (
        anchor.i == sent.start or doc[anchor.i - 1].pos_ in {"DET", "ADJ", "PRON", "NUM", "PUNCT",
                                                              "CCONJ", "ADP", "PART", "ADV"}
    ) and not members and not label_names(
        doc, anchor, sent, names, rules):  # ("Fined 5,000 lira: A, B": a label line)
        # "a convicted felon", "the jailed activist" (not "on Thursday sentenced activist X",
        return []  # a verb the tagger took for an adjective; nor "the convicted are A, B")
    if hit.rule.id == "appeal-rejected-named":
        mentions = appeal_possessor(doc, hit.end, names, rules)
    else:
        mentions = sole_recent(doc, anchor, sent, earlier) if hit.rule.id in _BARE_TERM and \
            not any(t.lower_ in TO_WHOM for t in doc[anchor.i:sent.end]) else []
        # (a recipient later in the sentence: "handed down a term, suspended, to X")
        mentions = mentions or find_defendants(doc, anchor, hit, sent, rules, names, earlier)
    if not mentions and hit.rule.needs_retrial:  # "ordered a retrial of X, overturning ..."
        mentions = retrial_of(doc, sent, names, rules)
    if not mentions and hit.rule.id in {"appeal-rejected", "lost-appeal"}:
        mentions = appeal_owner(doc, anchor, names, rules)
    remainder = remainder_group(anchor, hit.rule.outcome is Outcome.CONVICTED, earlier)
    if remainder is not None:
        mentions = [remainder]  # never the named co-defendant beside "the seven remaining"
    part = partitive_size(anchor)
    if part is not None and mentions and all(
            (m.name is None or m.kind == "resolved-group") and m.group_size > part
            for m in mentions):
        return []  # "Four of them got death sentences": a subgroup; the term is not all five's
    counted = counted_subject(anchor)
    if counted is not None and not participle_members(doc, anchor, sent, names, rules) and (
            not any(m.name for m in mentions) or len(
            {m.name for m in mentions if m.kind == "name"}) not in {0, counted.group_size}):
        # the parse's subject beats a guess from nearby words ("Of the 24 defendants from
        # the daily X, only seven were convicted": seven, not X; "all three" were its names)
        mentions = [counted]
    # "four were sentenced to death, while the fifth was jailed for 25 years": the subject of
    # another clause takes that clause's outcome and term, not this one's
    mentions = [m for m in mentions if not governed_elsewhere(doc, anchor, m)]
    if not mentions:
        return []
    appeal = is_appeal(hit.rule.id, doc[hit.start:hit.end].text, hit.rule.outcome) or \
        acquitted_on_appeal(hit.rule.outcome, sent.text)
    outcome = hit.rule.outcome
    if hit.rule.kind == "give" and exonerated_serving(anchor, sent):
        outcome, appeal = Outcome.DISMISSED, True
    # "found X not guilty of murder but guilty of manslaughter": a conviction, of the second
    guilty_of = next((doc[t.i + 1] for t in doc[anchor.i:sent.end - 2] if t.lower_ == "but" and
                      doc[t.i + 1].lower_ == "guilty" and doc[t.i + 2].lower_ == "of"), None) \
        if outcome is Outcome.ACQUITTED else None
    if guilty_of is not None:
        outcome = Outcome.CONVICTED
    clause = trigger_clause(anchor.head if hit.rule.kind == "nominal-revised" else anchor, sent)
    clause = term_lists.list_clause(clause, mentions, sent)  # gapped and bracketed objects
    found = find_term_spans(doc_text(doc), sent.start_char, end_char(sent), rules)
    lo, hi = doc[clause[0]].idx, doc[clause[1] - 1].idx + len(doc[clause[1] - 1])
    ruled = court_ruled(anchor) or after_sentencing(anchor, sent)  # "X will serve N years,
    # the court ruled", or just after a sentencing: no hedge
    listed = next_anchor is not None and colon_lists.colon_list(doc, anchor, sent, rules, names)
    items = next_anchor is not None and term_lists.items_with_terms(doc, mentions, found, sent)
    terms = [t for t in found if lo <= t.start < hi and (ruled or not t.hedged) and (
        next_anchor is None or t.start < next_anchor or t.start < anchor.idx
        or noun_convicts(doc, anchor, next_anchor)  # past the next outcome ("B, acquitted;")
        or (listed and any(next_anchor < doc[m.start].idx < t.start for m in mentions))
        or items)]  # "those convicted include A, who got 7 years; B, six years": each item's
    terms = drop_served(doc_text(doc), terms)
    if appeal:
        terms = revised_terms(doc_text(doc), anchor, terms)
    if hit.rule.kind == "give" and not any(t.start >= anchor.idx for t in terms) and not (
        anchor.dep_ == "acl" and anchor.head.lower_ in SENTENCE_NOUNS
        and any(m.kind == "name" for m in mentions)
    ) and not term_is_subject(anchor, terms):
        # ("the harsh sentence handed down to X": a sentence of its own, its term unstated)
        return []
    if anchor.lower_ in {"serving", "served", "serve"} and _PART_SERVED_RE.match(
            doc_text(doc), anchor.idx + len(anchor.text)):
        return []  # "released after serving 18 months of a six-year sentence": time served
    if outcome is not Outcome.CONVICTED:
        terms = []
    if is_statistic(sent, mentions, rules, anchor, terms):
        return []
    earlier_case = is_earlier_case(anchor)
    prior = is_prior(anchor) or earlier_case
    term_spans = [(t.start, t.end) for t in found]  # hedged ones end a charge too
    charge = find_charge(doc, guilty_of if guilty_of is not None else anchor, term_spans,
                         hit.rule.kind, [(m.start, m.end) for m in mentions
                                         if m.kind in {"name", "group"}])
    if charge is not None and any(m.name and m.name.lower() in charge[0].lower()
                                  for m in mentions):  # "the convictions of A and B"
        charge = None
    if charge is not None and deferred_verdict(charge[0], 0, len(charge[0]), True):
        charge = None  # "ruled for the deferment of the announcement of the verdict"
    if charge is not None and people_phrase(charge[0], rules):
        charge = None  # "the convictions of his co-defendants A and B": people, no offence
    if hit.rule.kind == "nominal-revised":
        charge = None  # "the term of imprisonment for X": the charge is the trial's
    if charge is not None and charge[1] == "for" and _SAME_CHARGE_RE.search(sent.text):
        charge = None  # "on the same charge for helping them": the conduct; the charge is
        # the one stated before (filled by assembly)
    if charge is not None and hit.rule.kind == "verb-late":
        trimmed = trim_charge(charge[0])  # "conviction for robbery overturned"
        charge = (trimmed, charge[1]) if trimmed else None
    aside_case = earlier_case and anchor.dep_ in {"relcl", "acl", "appos", "advcl"}
    if aside_case:
        # "sentenced X, who is already serving nine years, to 19 more on extremism charges":
        # the aside's earlier case has only what the aside itself says
        aside = doc[anchor.left_edge.i:anchor.right_edge.i + 1].text
        charge = charge if charge is not None and charge[0] in aside else None
    if charge is None and hit.rule.id in _MODIFIED_NOUN_RULES:
        named = premodifier_offence([t.text for t in doc[hit.start + 1:hit.end - 1]])
        charge = (named, "of") if named else None  # "quashed the murder conviction of X"
    date = pick_date(doc, anchor, sent, dates(sent), published)
    if date is None and appeal:
        date = appeal_date_nearby(anchor.sent, dates)
    if date is None:
        date = verdict_date_nearby(anchor.sent, dates, anchor)
    own_names = [(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])) for m in mentions
                 if m.name]
    hits = [] if aside_case else outside_spans(places(sent), own_names)  # no defendant's own name
    place = pick_place(anchor, sent, hits) or court_place_nearby(anchor.sent, places)
    crime = crime_place(anchor, sent, hits) if place is None else None
    if outcome is Outcome.CONVICTED and not (appeal or prior) and (date is None or not charge):
        # "A court sentenced activists on Monday for X. The court gave A ten days, B 12"
        frame = frame_before(doc, anchor.sent, {d.sent_index for d in earlier}, (date, place),
                             places, dates, published)
        if frame is not None:
            date, place = date or frame.date, place or frame.place
            charge = charge or ((frame.charge, "frame") if frame.charge else None)
    own, span = hit.rule.id in DEFERRED_RULES, (doc_text(doc), sent.start_char, end_char(sent))
    deferred = outcome is Outcome.CONVICTED and deferred_verdict(*span, own)
    if own and not deferred:
        return []  # "deferred the announcement of the verdict until June": no verdict yet
    # "deferred the verdict against X, who had been found guilty": this case, not a prior one
    prior = prior and not (outcome is Outcome.CONVICTED and deferred_verdict(*span, True))
    per_mention = term_lists.respective_runs(doc, term_lists.own_terms(
        doc, anchor, hit.rule.id, mentions, terms, names, rules) or assign_terms(
        doc, anchor, mentions, terms))
    respective = len(mentions) == 1 and mentions[0].group_size > 1 and \
        per_mention[0] is not None and respective_list(doc_text(doc), per_mention[0], sent)
    if respective and per_mention[0] is not None:
        # "two women were sentenced to 15 and 16 years respectively": no one term is the
        # group's; the record keeps the list as its sentence, without months
        per_mention = [respective]
    # "A, B and C were jailed for 10, 12 and 15 days": one length each, in order; a list of
    # lengths that does not pair with them (or an unnamed group's) is no one's months
    per_mention, unsized = term_lists.listed_lengths(doc, mentions, per_mention)
    sent_no = sent_index(doc, sent)
    # "sentences ranging from 180 days to two years" spread over several people states no
    # one's term; "both were sentenced to a term of one to three years" states each one's
    # (an unnamed group's record is the group's own: it keeps the minimum)
    given = [t for t in per_mention if t is not None]
    if len(mentions) > 1 and given and len(given) < len(per_mention) and all(
            t is given[0] for t in given) and (
                "range" in parse_terms(given[0].text).flags or _SPREAD_RE.search(doc_text(doc)[
                    max(sent.start_char, given[0].start - 30):given[0].end])):
        per_mention = [given[0]] * len(per_mention)  # "A, B, and C, plus D and E, got
        # prison terms of six to eight years": one range over all of them, the first too
    shared_range = len(mentions) > 1 and all(
        t is per_mention[0] for t in per_mention) and (
        per_mention[0] is None or bool(_SPREAD_RE.search(
            doc_text(doc)[max(sent.start_char, per_mention[0].start - 30):per_mention[0].end]))
        or not _EACH_RE.search(term_context(doc, sent, per_mention[0])))
    out: list[Draft] = []
    beside, main = codefendants(doc, sent, mentions)  # "X and his co-defendants, A and B"
    if any(t is not None and t.negative for t in per_mention):
        raise RecordError(f"a negative sentence length: {sent.text.strip()[:120]!r}",
                          reason="invalid-length")
    for n, (mention, term) in enumerate(zip(mentions, per_mention, strict=True)):
        pluperfect = any(c.lower_ == "had" for c in anchor.children)
        if mention.group_size >= 20 and ((term is None and date is None and not any(
                not t.hedged for t in found)) or prior or pluperfect):
            # "545 people had been sentenced": a statistic, not defendants ("on Thursday
            # convicted 21 people of treason" is one day's verdict, "convicted 35 people and
            # sentenced them to life" one verdict's term)
            continue
        draft = Draft(
            key=("name", person_key(mention.name)) if mention.name else
            ("group", f"{sent_no}:{mention.start}"),
            person=mention.name, group_size=mention.group_size, outcome=outcome,
            rule_id=hit.rule.id, ev_start=sent.start_char, ev_end=end_char(sent),
            sent_index=sent_no, position=doc[mention.start].idx, prior=prior,
            sentencing=hit.rule.id in _SENTENCING_RULES, appeal=appeal,
            reversal_cue=reversal_cue(sent),
        )
        if mention.kind == "resolved-group":
            draft.key = ("group", mention.name or "")
            draft.person = None
        elif mention.name and mention.start >= sent.end:
            # the name comes from a later sentence ("A man was jailed ... John Cole, 45, ...")
            draft.flags.append("named-after")
        if earlier_case:
            draft.flags.append(EARLIER_CASE_FLAG)
        if mention.start in beside:
            draft.flags.append(CODEFENDANT_FLAG)
        elif mention.start in main:
            draft.flags.append(MAIN_FLAG)
        if mention.name and (mention.start in members or hit.rule.kind == "list" or (
                doc[sent.start].lower_ == "among" and mention.start > sent.start)):
            # (also "Among them was A, who got seven years": one of the people just told of)
            draft.flags.append(MEMBER_FLAG)
        draft.same_charge = bool(_SAME_CHARGE_RE.search(sent.text))
        # "a Turkish court" is a court of its own; "the court" is the one named before
        draft.own_court = any(t.lower_ in {"court", "tribunal", "judge", "jury"} and not (
            t.i > sent.start and doc[t.i - 1].lower_ in {"the", "same", "that"}) for t in sent)
        draft.new_story = bool(_NEW_STORY_RE.match(sent.text.lstrip()))
        draft.own_time = states_own_time(sent.text)
        if tells_other_hearing(sent.text):
            draft.flags.append(OTHER_HEARING_FLAG)
        draft.flags.extend(shifted_day_flags(sent.text, SHIFTED_DAY_FLAG))
        draft.flags += [flag for flag, cue in ((SAME_COURT_FLAG, tells_same_court), (
            PAST_CASE_FLAG, tells_past_case)) if cue(sent.text)]  # (PAST: an earlier case)
        if charge and any(c.lower_ == "also" for c in anchor.children) and \
                hit.rule.id in _CONVICTION_RULES and hit.rule.outcome is Outcome.CONVICTED:
            draft.flags.append("also")  # "He was also found guilty of arson": another count
        if charge:
            # "convicted of X" beats "convicted for X" beats "sentenced for X"
            draft.charge, draft.charge_apart = charge[0], charge[1] in APART_CUES
            draft.charge_rank = (0 if hit.rule.id in _CONVICTION_RULES else 2) + (
                CUE_RANKS.get(charge[1], 0)) + (
                1 if "named-after" in draft.flags else 0)
            # (a lead's description of the act yields to the named defendant's own counts)
        if term is not None:
            set_term(draft, term)
            if respective or n in unsized:
                draft.months = None
            if shared_range and ("range" in draft.flags or is_ceiling(doc, term)):
                draft.months = None  # "A, B and C got 180 days to two years", "up to two
                # years": no one's term
            if "range" in draft.flags and one_of_many(doc, mention.start):
                draft.months = None  # "five activists, including X, got three to six years"
            if mention.group_size > 1 and is_ceiling(doc, term):
                draft.months = None  # "jailed nine men for up to four years": the top of
                # their terms, no minimum stated (GUIDELINES: ranges use the minimum)
            if mention.group_size > 1 and is_total(doc, term):
                draft.flags.append("total")  # "three men were jailed for a total of 30
                # years": no member's term
        if deferred:
            draft.flags.append(DEFERRED_FLAG)
        if mention.group_size > 1 and any(lo <= t.start < hi and is_ceiling(doc, t) for t in found):
            draft.flags.append("ceiling")  # "jailed for up to five years": a group's top term
        if not prior:
            draft.date = date
        if crime is not None and not prior:
            draft.crime_city, draft.crime_country = crime.text, crime.country
        if place is not None and (not prior or place.tier == 0):
            # an earlier case's own court ("had been sentenced at Kendal Crown Court") is its
            # place; a looser place in its sentence may be the new case's
            draft.city, draft.city_tier, draft.country = place.text, place.tier, place.country
            draft.city_kind = place.kind
        out.append(draft)
    return out
