"""Guards on an outcome trigger: an outcome that is only possible, future, requested or
denied ("could be sentenced", "was not convicted"), a statistic about unnamed many (from
``tallies``), or a conviction earlier than the story's proceeding. Used by
records/triggers.py."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extract import _term_regex as rx
from extract.nlp import Rules, TriggerHit
from extract.records.roles import BENCH_WORDS
from schemas import Outcome

_HEDGE_GOVERNORS = frozenset({
    "face", "faces", "facing", "faced", "expected", "expect", "scheduled", "set", "seek", "seeks",
    "seeking", "sought", "ask", "asks", "asked", "want", "wants", "plan", "plans", "planned",
    "agreed", "agree", "hope", "hopes", "urged", "urge", "demand", "demanded", "request",
    "requested", "recommend", "recommended", "could", "would", "may", "might", "likely",
    "allow", "allows", "avoid", "eligible", "possible", "threatened", "risk", "risks",
    "propose", "proposed", "intend", "intends", "intended", "willing", "ready", "refused",
    "refuses", "declined", "declines", "offered", "offer", "trying", "try", "attempt",
    "attempted", "hoping", "vote", "votes", "voted", "move", "moves", "moved", "motion",
    "enough", "need", "needs", "needed", "wish", "wishes", "unable", "failed", "fail",
    "willingness", "readiness", "intention", "intent",  # ("indicated a willingness to plead")
})
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "shall", "must", "can",
                     "ca", "wo", "'ll"})


def _modal(tok: Token) -> bool:
    """A modal verb; "May" inside a sentence or before a number is the month the small
    parser sometimes takes for one ("on 10 May the court sentenced ...")."""
    if tok.lower_ not in _MODALS:
        return False
    if tok.text != "May":
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return bool(tok.is_sent_start) and not (nxt is not None and nxt.like_num)


def _past_after_clause(anchor: Token) -> bool:
    """A past outcome in an "after", "since" or "because" clause of its own: a fact whatever
    the main clause hedges ("X will spend the rest of his life in prison after a judge
    sentenced him")."""
    if not any(c.dep_ == "mark" and c.lower_ in {"after", "since", "because"}
               for c in anchor.children):
        return False
    return anchor.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {
        "was", "were", "had", "has", "have"} for c in anchor.children)


def _narrated_present(anchor: Token, aux: Token) -> bool:
    """A named person's outcome told in the present ("Dario Vukic is acquitted of war crimes
    by the court"): a report, where a rule is told of anyone ("when someone is acquitted")."""
    if aux.lower_ not in {"is", "are"} or anchor.dep_ not in {"ROOT", "conj", "ccomp"} or any(
            c.dep_ == "mark" for c in anchor.children):
        return False
    holders = [anchor, anchor.head] if anchor.dep_ == "conj" else [anchor]
    return any(c.dep_ == "nsubjpass" and c.pos_ == "PROPN" and c.ent_type_ in {"PERSON", ""}
               for h in holders for c in h.children)


_RULING_VERBS = frozenset({"decided", "ruled", "ordered", "determined", "sentenced"})


def court_ruled(anchor: Token) -> bool:
    """The future of "X will serve ..." reported as the content of a court's past ruling
    ("..., the court ruled"; "the judge decided that X will serve ..."), not a prediction
    or a deal's promise ("..., prosecutors said" stays hedged)."""
    if anchor.lower_ not in {"serve", "spend"} or anchor.dep_ != "ccomp":
        return False
    head = anchor.head
    return head.lower_ in _RULING_VERBS and any(
        c.dep_ == "nsubj" and c.lower_ in BENCH_WORDS for c in head.children)


_DEAL_WORDS = frozenset({"agreement", "deal", "plea", "bargain", "expected", "likely",
                         "prosecutors", "prosecutor", "if", "unless", "could", "may", "might",
                         "would", "parole", "eligible", "release", "released"})


def after_sentencing(anchor: Token, sent: Span) -> bool:
    """"The judge sentenced A to eight years. B and C will serve seven years.": "will serve"
    (or "will spend") just after a court's past sentencing restates the terms it imposed,
    unless its own sentence speaks of a deal, a prosecutor or a release."""
    if anchor.lower_ not in {"serve", "spend"} or \
            any(t.lower_ in _DEAL_WORDS for t in sent):
        return False
    doc = anchor.doc
    start = sent.start
    for _ in range(2):
        if start == 0:
            return False
        prev = doc[start - 1].sent
        if any(t.lower_ in {"sentenced", "jailed"} and t.tag_ in {"VBD", "VBN"} and not any(
                c.dep_ in {"aux", "auxpass"} and (_modal(c) or c.lower_ in {"be", "to"})
                for c in t.children) for t in prev):
            return True
        start = prev.start
    return False


def is_hedged(anchor: Token, hit: TriggerHit, sent: Span, rules: Rules) -> bool:
    """A possible, future, requested or denied outcome: "could be sentenced", "faces ... if
    convicted", "was not convicted", "is scheduled to be sentenced"."""
    if hit.rule.id == "jailed" and _held_before_trial(anchor, sent):
        return True
    if hit.rule.id == "dismissed-charges" and _dismissed_as_view(anchor, hit, sent, rules):
        return True
    for child in anchor.children:
        if child.dep_ in {"aux", "auxpass"} and _modal(child):
            if child.lower_ in {"will", "'ll"} and (court_ruled(anchor) or
                                                   after_sentencing(anchor, sent)):
                continue  # "X will serve five years, the court decided": a ruling, reported
            return True
        if child.dep_ == "auxpass" and child.lower_ in {"is", "are", "am", "be", "being"} and not (
            child.lower_ == "being" and anchor.head.lower_ in {"after", "since"}
        ) and not _narrated_present(anchor, child):
            # "when someone is exonerated": a general statement ("after being found": a fact)
            return True
        if child.dep_ == "neg":
            return True
        if child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether", "until", "once"}:
            return True
        if child.dep_ in {"aux", "auxpass"} and child.lower_ in {"is", "are", "be", "am"} and \
                any(c.dep_ == "mark" and c.lower_ in {"when", "before", "after"}
                    for c in anchor.children):
            return True
    if anchor.pos_ == "NOUN" and any(c.dep_ in {"amod", "compound"} and c.i < anchor.i and (
            c.lower_ in _HEDGE_GOVERNORS) for c in anchor.children):
        return True  # "the requested sentences: A – 5 years, ...", "possible terms"
    if any(doc_tok.lower_ in {"not", "never", "n't"} for doc_tok in
           anchor.doc[max(sent.start, anchor.i - 2):anchor.i]):
        return True
    if anchor.tag_ in {"VBZ", "VBP"} and hit.rule.kind != "nominal-plea":
        return True  # "the office typically dismisses charges ...": a habit, not an outcome
    if any(t.lower_ in {"typically", "usually", "often", "generally", "routinely", "normally"}
           for t in anchor.doc[max(sent.start, anchor.i - 4):anchor.i]):
        return True
    head = anchor
    # "was not a first offender and was once convicted of X": a conjunct with its own
    # auxiliary is a statement of its own, out of the negation of the first one
    own_aux = anchor.dep_ == "conj" and any(c.dep_ in {"aux", "auxpass"} and c.lower_ in
                                            {"was", "were", "has", "have", "had"}
                                            for c in anchor.children)
    for _ in range(0 if _past_after_clause(anchor) else 3):
        if head.dep_ in {"ROOT"} or head.head is head:
            break
        lo, hi = sorted((head.i, head.head.i))
        if any(t.text in {";", ":"} for t in anchor.doc[lo:hi]):
            break  # "X pleaded guilty; under the deal he will serve ...": another clause
        if _spliced_after(head):
            break  # "X was sentenced to 16 years, prosecutors had requested 18": a new clause
        if head.dep_ == "conj" and head.head.tag_ == "VBD" and head.tag_ == "VBD":
            break  # "faced charges of X and received five years": two past facts, not a prospect
        head = head.head
        if _quoted(head, sent) and not _quoted(anchor, sent):
            break  # 'for writing "We Will Not Forget"': a slogan the parse hung the verb on
        if head.lower_ in _HEDGE_GOVERNORS or head.lemma_ in _HEDGE_GOVERNORS:
            return True
        if _reminder_frame(head, rules):
            break  # "It should be recalled that X was sentenced": the writer's modal, a fact
        if head.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in {"aux", "neg"} and (_modal(c) or (c.dep_ == "neg" and not (
                own_aux and head.i == anchor.head.i)))
            for c in head.children
        ) and head.dep_ != "conj":
            return True
    before = anchor.doc[sent.start:anchor.i]
    if any(t.lower_ in {"if", "unless", "whether"} for t in before):
        return True
    # "You were acquitted of your charge ...": instructions to a reader, not a case
    return any(t.lower_ in {"you", "your"} for t in sent)


def _reminder_frame(head: Token, rules: Rules) -> bool:
    """"It should be recalled that ...", "It must be noted that ...": an impersonal reminder
    (an expletive "it" and a verb of noting) whose modal frames the writer's remark, not the
    outcome it introduces."""
    return head.lower_ in rules.words("reminder_verbs") and not any(
        c.dep_ == "neg" for c in head.children) and any(
        c.dep_ in {"nsubjpass", "expl"} and c.lower_ == "it" for c in head.children)


def _dismissed_as_view(anchor: Token, hit: TriggerHit, sent: Span, rules: Rules) -> bool:
    """"Rights groups have dismissed the charges as politically motivated": a view of the
    charges, not their dismissal; a court or prosecutor before the verb still decides ("the
    judge dismissed the charges as unfounded")."""
    doc = anchor.doc
    as_tok = next((t for t in doc[hit.end:sent.end] if t.lower_ == "as" and not (
        t.i + 1 < sent.end and doc[t.i + 1].lower_ == "well")), None)
    if as_tok is None or not any(t.lower_ in rules.words("opinion_dismissal_words")
                                 for t in doc[as_tok.i + 1:min(as_tok.i + 5, sent.end)]):
        return False
    deciders = rules.words("court_words") | BENCH_WORDS
    return not any(t.lower_ in deciders or t.lower_.startswith("prosecut")
                   for t in doc[sent.start:anchor.i])


# "were jailed briefly in 2016 but later released as their trial continued", "jailed pending
# trial": custody before any verdict, no sentence
_PRETRIAL_CUSTODY_RE = re.compile(
    r"\b(?:pending|awaiting|before|ahead\s+of)\s+(?:(?:their|his|her|the|a)\s+)?trial\b"
    r"|\bas\s+(?:their|his|her|the)\s+trial\s+(?:continued|went\s+on|proceeded)\b",
    re.IGNORECASE)


def _held_before_trial(anchor: Token, sent: Span) -> bool:
    """"jailed briefly", "jailed ... pending trial": a custody verb for a detention; not
    when a term stands between ("jailed for four years for threatening a witness ahead of
    the trial": the trial's own sentence)."""
    if any(c.lower_ == "briefly" for c in anchor.children):
        return True
    start = anchor.idx - sent.start_char
    found = _PRETRIAL_CUSTODY_RE.search(sent.text, start)
    return found is not None and not rx.DURATION_RE.search(sent.text, start, found.start())


def _quoted(tok: Token, sent: Span) -> bool:
    """``tok`` lies inside a quotation of its sentence ("...", “...”)."""
    before = sent.doc[sent.start:tok.i]
    curly = sum(t.text == "“" for t in before) - sum(t.text == "”" for t in before)
    return curly > 0 or sum(t.text == '"' for t in before) % 2 == 1


def _spliced_after(clause: Token) -> bool:
    """``clause`` is a finished past statement with its own subject, which the parse hangs
    under a verb after it across a comma ("A was jailed for 16 years, the prosecutors had
    asked for 18"): that later verb reports something else and hedges nothing before it."""
    gov = clause.head
    if clause.dep_ != "ccomp" or gov.i <= clause.right_edge.i:
        return False
    doc = clause.doc
    if not any(t.text == "," for t in doc[clause.right_edge.i:gov.i]):
        return False
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in {"it", "this"}
                      for c in clause.children)
    past = clause.tag_ == "VBD" or any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"was", "were", "has", "have", "had"}
        for c in clause.children)
    # the later verb's own subject is not the defendant's: "A was jailed, B asked ..."
    gov_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in gov.children)
    return own_subject and past and gov_subject


def is_prior(anchor: Token) -> bool:
    """A conviction earlier than the story's proceeding: "had already been found guilty",
    "was previously jailed for X", "was once convicted of X", "after previously being
    sentenced", "released after serving N years for X" (a retelling of this case's own
    conviction is undone in assembly: same offence and no term, or an appeal ruling on it)."""
    aux = {c.lower_ for c in anchor.children if c.dep_ in {"aux", "auxpass", "advmod"}}
    if "had" in aux and bool(aux & {"been", "already", "previously"}):
        return True
    if anchor.lower_ in {"serving", "completing"} and anchor.head.lower_ in _AFTER \
            and anchor.head.head.lemma_.lower() in {"release", "free"}:
        return True  # "was freed in 2019 after serving a four-year term for X"
    return anchor.tag_ in _PAST_TAGS and bool(aux & _PRIOR_ADVERBS)


def _other_case(anchor: Token) -> bool:
    """"sentenced to death in a different case", "jailed in a separate trial to three
    years": the outcome of another proceeding (a phrase of the verb's own, not of a clause
    below it)."""
    for t in anchor.subtree:
        if t.lower_ not in _CASE_NOUNS or not any(
                c.lower_ in _OTHER and c.dep_ in {"amod", "det"} for c in t.children):
            continue
        k = t
        while k.i != anchor.i and k.dep_ in {"pobj", "prep", "npadvmod", "dobj"} \
                and k.head.i != k.i and (k.head.i == anchor.i or k.head.pos_ != "VERB"):
            k = k.head
        if k.i == anchor.i:
            return True
    return False


_CASE_NOUNS = frozenset({"case", "trial", "proceeding", "proceedings", "prosecution"})
_OTHER = frozenset({"separate", "different", "another", "unrelated", "other"})


# adverbs that put a past outcome before the story's proceeding ("earlier" does not: "was
# earlier convicted" is as often this case's trial before its sentencing or appeal)
_PRIOR_ADVERBS = frozenset({"previously", "formerly", "once"})
_PAST_TAGS = frozenset({"VBN", "VBD", "VBG"})
_AFTER = frozenset({"after", "following"})


# the flag of a draft from another, earlier proceeding (``is_earlier_case``)
EARLIER_CASE_FLAG = "earlier-case"


def is_earlier_case(anchor: Token) -> bool:
    """"X was also jailed for 12 years last year", "... also fined three years ago", "X,
    already serving nine years, ...", "sentenced to death in a different case": another,
    earlier proceeding of the same defendant, whatever else the text tells of (never the
    one an appeal ruled on). Not "was previously jailed" (``is_prior``: maybe an earlier
    hearing of this case) nor "jailed yesterday for a murder last year" (the crime's time: a
    noun between)."""
    aux = {c.lower_ for c in anchor.children if c.dep_ in {"aux", "auxpass", "advmod"}}
    if anchor.lower_ == "serving" and aux & {"already", "currently", "still"}:
        return True  # "X, already serving nine years, was sentenced to 19 more": the nine
        # years are an earlier case's
    if ("also" in aux or anchor.dep_ == "relcl") and _other_case(anchor):
        return True  # (without "also", "In a separate case, four men were jailed" is the
        # next story of the article, with its own day and court)
    if anchor.tag_ != "VBN" or not aux & {"was", "were"} or "also" not in aux:
        return False
    for t in anchor.subtree:
        if t.lower_ == "ago" or (t.lower_ == "year" and any(
                c.lower_ in {"last", "previous"} for c in t.children)):
            k = t.head
            while k.i != anchor.i and k.head.i != k.i and (
                    k.pos_ in {"ADP", "NUM"} or k.lower_ in _TIME_UNITS):
                k = k.head  # ("for two years three years ago": through the term only)
            if k.i == anchor.i:
                return True
    return False


_TIME_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days",
                         "ago"})


# "against his pretrial detention", "against the court's decision to keep her under house
# arrest": what an appeal decided before any trial
_PRETRIAL_APPEAL_RE = re.compile(
    r"\bagainst\s+(?:[\w’']+\s+){0,8}?(?:pre-?trial\s+)?(?:detention|arrest|custody|remand|"
    r"bail)\b", re.IGNORECASE)
_CASE_NOUN_RE = re.compile(r"\b(?:convictions?|sentences?|verdicts?|guilty|prison|jail)\b",
                           re.IGNORECASE)
_APPEAL_TRIGGERS = frozenset({"appeal-rejected", "appeal-rejected-named", "appeal-rejected-late",
                              "lost-appeal"})


def _pretrial_appeal(hit: TriggerHit, sent: Span) -> bool:
    """"The court rejected the appeal of X against his pretrial detention": a ruling on
    custody before any verdict, no outcome of a case (an appeal against a sentence of
    detention names the sentence: "against his sentence of two years' detention")."""
    if hit.rule.id not in _APPEAL_TRIGGERS:
        return False
    doc = sent.doc
    window = doc[hit.start:min(sent.end, hit.end + 16)].text
    found = _PRETRIAL_APPEAL_RE.search(window)
    return found is not None and not _CASE_NOUN_RE.search(window[:found.end()])


_RETRIAL_RE = re.compile(r"(?i)\b(?:re-?trials?|new\s+trials?|retried|re-examin\w+)\b")
_PROSPECT_PREPS = frozenset({"at", "of", "for", "toward", "towards", "about", "in", "on"})


def states_no_outcome(anchor: Token, hit: TriggerHit, sent: Span) -> bool:
    """A trigger whose words tell no outcome of a case: a ruling on custody before trial,
    police arrest, a prospect, a closed hearing, a revision told as a retrial, a noun "the
    convicts", an indefinite "a guilty plea"."""
    doc = anchor.doc
    if _pretrial_appeal(hit, sent):
        return True
    if hit.rule.needs_court and not any(t.lower_ in BENCH_WORDS for t in sent):
        return True  # "arrested for two days after a bar fight": the police, not a court
    if hit.rule.outcome is Outcome.DISMISSED and anchor.tag_ == "VBG" and \
            anchor.dep_ == "pcomp" and anchor.head.lower_ in _PROSPECT_PREPS:
        return True  # "a slim chance at overturning his convictions": a prospect
    if anchor.lower_ == "closed" and anchor.i + 1 < len(doc) and doc[anchor.i + 1].lower_ == "to":
        return True  # "the case against X was closed to the public": a closed hearing
    if hit.rule.needs_retrial and not _RETRIAL_RE.search(sent.text):
        return True  # "overturned the death sentence and jailed him for life": a revision
    if hit.rule.kind != "list" and anchor.lower_ in {"convict", "convicts"} and (
        anchor.pos_ in {"NOUN", "PROPN"} or (anchor.i > 0 and doc[anchor.i - 1].pos_ == "DET")
    ):
        return True  # "the convicts, A and B, were fined": a noun, no outcome of its own
    # "a guilty plea would ruin his life": no particular outcome
    return hit.rule.kind.startswith("nominal") and any(
        t.lower_ in {"a", "an", "any"} for t in doc[max(sent.start, hit.start - 3):hit.start])

