"""The article's lead defendant named further on: "A blogger was jailed for four years ...
During the hearing, Tomas Varga stood silently ..." — the first person the article names
after an unnamed lead, as the subject of their own doing, is that defendant. Also the
shared tests of the lead rule in ``naming`` (a full name as the subject of its verb, "the
verdict against X", a lead that tells of a victim)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from extract.nlp import Rules
from extract.records.layout import is_headline
from extract.records.people import Mention, NameIndex, name_mention, person_key
from extract.records.roles import VICTIM_ACTS, is_official, is_victim

if TYPE_CHECKING:  # assembly imports naming, which imports this module
    from extract.records.assembly import Draft

Key = tuple[str, str]  # a draft's merge key

_RULINGS = frozenset({"verdict", "sentence", "judgment", "judgement", "ruling", "conviction"})
_SUFFERED = frozenset({"die", "kill", "murder", "stab", "shoot", "injure", "wound", "hurt",
                       "attack", "assault", "rob", "rape", "abuse", "beat", "hit", "find"})
_SAYING = frozenset({"say", "tell", "add", "state", "claim", "note", "argue", "describe",
                     "testify", "call", "welcome", "criticise", "criticize", "condemn", "vow",
                     "pledge", "promise", "praise", "hail", "urge", "demand", "announce",
                     "comment", "respond", "react", "warn", "reply", "thank", "order", "rule",
                     "preside", "sentence", "convict", "acquit"})
_DEFENDANT_NOUNS = frozenset({"convict", "accused", "defendant", "man", "woman", "suspect",
                              "boy", "girl", "youth", "teenager"})
_REPORTING = frozenset({"say", "allege", "state", "rule", "find", "add", "write"})
_SOURCES = frozenset({"court", "judge", "jury", "tribunal", "prosecutors", "prosecutor",
                      "prosecution", "indictment", "agreement", "documents", "papers"})
_CASES = frozenset({"case", "trial", "prosecution"})
_GIVEN = frozenset({"given", "handed", "imposed", "passed"})
_FOUND_HARMED = frozenset({"dead", "unconscious", "lifeless", "injured", "murdered",
                           "stabbed", "beaten", "bleeding"})
# what only a defendant does (or has done to them) in a court story
_DEFENDANT_ACTS = frozenset({"plead", "admit", "confess"})
_DEFENDANT_BARRED = frozenset({"ban", "bar", "prohibit", "disqualify", "convict", "sentence",
                               "jail", "imprison"})
_CHARGE_ACTS = frozenset({"face", "deny"})
_CHARGE_NOUNS = frozenset({"charge", "count", "accusation", "allegation"})
# what a court or counsel does in a case: a titled name doing it is no defendant
_BENCH_ACTS = frozenset({"hand", "impose", "sentence", "preside", "hear", "represent",
                         "prosecute", "rule", "order", "convict", "acquit", "jail", "fine",
                         "pass", "deliver", "say", "tell", "find", "give", "defend", "try"})
_OFFSPRING = frozenset({"child", "children", "kid", "son", "daughter", "boy", "girl"})
_OWNERS = frozenset({"his", "her", "their", "its", "my", "our", "your"})
_REACH = 2  # sentences after the lead its name may come in (the parse windows reach so far)


def tells_of_victim(sent: Span, rules: Rules) -> bool:
    """"A man was jailed for killing a cyclist": a name after it may be the victim's."""
    cues = VICTIM_ACTS | rules.words("victim_cues")
    return any(t.lower_ in cues for t in sent)


def in_headline(doc: Doc, d: Draft) -> bool:
    span = doc.char_span(d.position, d.position + 1, alignment_mode="expand")
    return span is not None and is_headline(span[0])


def verdict_against(doc: Doc, sent: Span, names: NameIndex, rules: Rules) -> Mention | None:
    """"The court handed down the verdict against activist X": the one full name a sentence
    gives as the object of "verdict/sentence/ruling against|for|on" (a few role words between)."""
    found: list[Mention] = []
    for t in sent:
        if t.lower_ not in _RULINGS or not any(c.dep_ == "det" and c.lower_ == "the"
                                               for c in t.children):
            continue
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in {
                "against", "for", "on"}):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                m = name_mention(doc, obj, names, rules) if names.known(obj) else None
                if m is not None and m.name and len(m.name.split()) >= 2 and \
                        m.start - prep.i <= 4 and not is_official(doc, m.start, m.end, rules) \
                        and not is_victim(doc, m.start, rules):
                    found.append(m)
    return found[0] if len({m.name for m in found}) == 1 else None


def suffers(sent: Span, start: int, end: int) -> bool:
    """The name at ``start:end`` is the subject of ``sent``'s main verb telling of harm done
    to it ("X, 52, died of stab wounds", "X was stabbed"): a victim's introduction."""
    root = sent.root
    if root.lemma_.lower() == "find" and not any(c.lower_ in _FOUND_HARMED
                                                 for c in root.subtree):
        return False  # "X, 22, was found guilty": the defendant, not "found dead"
    return root.lemma_.lower() in _SUFFERED and any(
        c.dep_ in {"nsubj", "nsubjpass"} and start <= c.i < end and (
            c.dep_ == "nsubjpass" or root.lemma_.lower() == "die") for c in root.children)


def subject_name(doc: Doc, first: Token, names: NameIndex, rules: Rules) -> Mention | None:
    """The full name opening a sentence as the subject of its main verb, when that verb
    tells of the person's own doing, not what they said ("X said ...": a witness, a relative,
    an official) and the name is nobody's possession ("X's family")."""
    bounds = names.known(first)
    if bounds is None or bounds[0] != first.i:
        return None
    return _own_subject(doc, bounds, doc[bounds[1] - 1], first, names, rules)


def _own_subject(doc: Doc, bounds: tuple[int, int], subj: Token, named: Token,
                 names: NameIndex, rules: Rules, *, reported: bool = False,
                 lead_noun: str = "") -> Mention | None:
    """The name at ``bounds`` (read from its token ``named``) when ``subj`` (its head, or
    the description it stands beside) is the subject of its sentence's main verb and that
    verb is the person's own doing: not speech, not harm suffered, not someone else's ("X,
    the victim's mother")."""
    if bounds[1] >= len(doc) or doc[bounds[1]].lower_ in {"'s", "’s"}:
        return None
    verb = subj.head
    # (``reported``: the clause a court or prosecutor reports, "prosecutors alleged that X
    # contacted ...": its verb is no root, and its subject acts: a passive one may be a victim)
    clause = verb.dep_ == "ROOT" or (reported and verb.dep_ == "ccomp" and subj.dep_ == "nsubj")
    if subj.dep_ not in {"nsubj", "nsubjpass"} or not clause or \
            verb.lemma_.lower() in _SAYING or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    if verb.lemma_.lower() in _SUFFERED and (subj.dep_ == "nsubjpass" or verb.lemma_ == "die"):
        return None  # "X died at the scene", "X was stabbed": a victim
    # ("X, a student and mother of two, was ...": her own children, not someone else's kin)
    between = {t.lower_ for t in doc[bounds[1]:verb.i] if not _parent_of_count(t)}
    if between & (rules.words("kin_nouns") | rules.words("victim_cues")):
        return None  # "X, the victim's mother, wept": someone else's
    m = name_mention(doc, named, names, rules)
    if m is None or not m.name or len(m.name.split()) < 2 or (
            is_official(doc, m.start, m.end, rules) and not _titled_as(doc, m.start, lead_noun)
    ) or is_victim(doc, m.start, rules):
        return None
    return m


def _parent_of_count(tok: Token) -> bool:
    """"(a) mother of two", "father of three young children": the person's own family, not
    someone else's kin ("the mother of two of the victims" is)."""
    doc = tok.doc
    if tok.i + 3 >= len(doc) or doc[tok.i + 1].lower_ != "of" or not doc[tok.i + 2].like_num \
            or doc[tok.i + 2].lower_ in {"one", "1"}:
        return False
    after = doc[tok.i + 3]
    if after.pos_ == "ADJ" and tok.i + 4 < len(doc):
        after = doc[tok.i + 4]
    return after.is_punct or after.lower_ in {"and", "who"} or after.lemma_.lower() in _OFFSPRING


def _root_subject(doc: Doc, sent: Span, bounds: tuple[int, int], names: NameIndex,
                  rules: Rules, lead_noun: str = "") -> Mention | None:
    """The name at ``bounds`` when it is the subject of ``sent``'s main verb wherever it
    stands ("During the hearing, X stood ...", "Staff nurse X, 41, had faced ...", "The man,
    X, entered ..."), with no owner before it ("her partner X") — see :func:`_own_subject`."""
    start, end = bounds
    verb = _reported_clause(sent.root) or sent.root
    for subj in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        inside = start <= subj.i < end
        # "The man, X," / "Project engineer X": a common noun the name stands beside
        described = not inside and subj.pos_ == "NOUN" and any(
            start <= c.i < end for c in subj.children)
        if not (inside or described):
            continue
        before = {t.lower_ for t in doc[subj.left_edge.i:start]}
        if before & (_OWNERS | rules.words("kin_nouns") | rules.words("victim_cues")):
            return None
        return _own_subject(doc, bounds, subj if described else doc[end - 1], doc[end - 1],
                            names, rules, reported=verb is not sent.root, lead_noun=lead_noun) \
            if described or subj.i == end - 1 else None
    return None


def name_lead_later(doc: Doc, drafts: list[Draft], names: NameIndex, rules: Rules) -> int:
    """"An activist was sentenced to five years ... Elnur Karimov is a member of ...": an
    unnamed one-person lead of an article that names no defendant is the first person named
    after it (within ``_REACH`` sentences, officials passed over), when that person is the
    subject of their own doing; not after a lead that tells of a victim. An article may tell
    of several such leads ("a woman was sentenced to 45 years ... Earlier, a man was jailed
    for 34 years. X, a student, was detained ..."): each looks no further than the next
    sentence another lead stands in, and all are named or none. Returns how many drafts
    were named."""
    live = [d for d in drafts if not d.prior and not in_headline(doc, d)]
    if not live or any(d.person is not None for d in drafts if not d.prior):
        return 0
    sents = list(doc.sents)
    starts: dict[Key, int] = {}
    for d in live:
        starts[d.key] = min(starts.get(d.key, d.sent_index), d.sent_index)
    order = sorted(starts, key=lambda k: starts[k])
    if len(set(starts.values())) != len(order):
        return 0  # two leads in one sentence: whose name follows is unclear
    found: dict[Key, str] = {}
    for n, key in enumerate(order):
        lead = starts[key]
        first = next(d for d in live if d.key == key and d.sent_index == lead)
        if first.group_size != 1:
            return 0  # (a group told of: whose name it is, is unclear)
        stop = min(lead + 1 + _REACH, starts[order[n + 1]] if n + 1 < len(order) else len(sents))
        # a lead that tells of a victim ("jailed for killing a cyclist") may be followed by
        # the victim's name: only a defendant's own doing, or the lead's own noun, names it
        noun = _lead_noun(doc, first)
        strict = noun if tells_of_victim(sents[lead], rules) else None
        name = _first_named(doc, sents[lead + 1:stop], names, rules, noun, strict=strict)
        if name is None:
            # (all or none: an unnamed lead left beside one named later is taken for
            # that one's first telling)
            return 0
        found[key] = name
    if len(set(found.values())) != len(found):
        return 0
    done = 0
    for d in drafts:
        name = found.get(d.key) if d.person is None and not d.prior else None
        if name is not None:
            d.person = name
            d.key = ("name", person_key(name))
            d.flags.append("named-after")
            done += 1
    return done


def _first_named(doc: Doc, sents: list[Span], names: NameIndex, rules: Rules,
                 lead_noun: str = "", *, strict: str | None = None) -> str | None:
    """The full name of the first person ``sents`` name (officials and lone surnames passed
    over) when that person is the subject of their sentence's own doing; else None. An
    official titled as the lead was described (``lead_noun``: "A senator was fined ...
    Senator X was arrested") is not passed over. With ``strict`` (the lead's noun, "" for
    none; the lead told of a victim) only a doing no victim does, or "The <noun>, X," with
    the lead's own noun, will do."""
    for sent in sents:
        for i in range(sent.start, sent.end):
            bounds = names.known(doc[i])
            m = name_mention(doc, doc[i], names, rules) if (
                bounds is not None and bounds[0] == i) or _described_name(doc[i]) else None
            bounds = (m.start, m.end) if m is not None else None
            if m is None or bounds is None or not m.name or len(m.name.split()) < 2 or (
                    is_official(doc, m.start, m.end, rules) and not _titled_as(
                        doc, m.start, lead_noun)):
                continue
            own = m if (_identified_as(doc, m.start) or _ordered_to(doc[bounds[1] - 1])) and \
                not is_victim(doc, m.start, rules) else _root_subject(doc, sent, bounds, names,
                                                                      rules, lead_noun)
            between = {t.lower_ for t in doc[doc[bounds[1] - 1].head.i:m.start]}
            if own is None and _case_of(doc[bounds[1] - 1]) and \
                    not is_victim(doc, m.start, rules) and \
                    not between & (_OWNERS | rules.words("kin_nouns")):
                own = m  # "said the case of X was ...", "the sentence given to X"
            if strict is not None and own is not None and \
                    not _defendant_doing(doc[bounds[1] - 1], strict):
                return None
            return own.name if own is not None and own.name == m.name else None
    return None


def _lead_noun(doc: Doc, lead: Draft) -> str:
    """The noun the unnamed lead defendant is told by ("a Japanese man" → "man"), "" when
    its mention is no common noun."""
    span = doc.char_span(lead.position, lead.position + 1, alignment_mode="expand")
    tok = span[0] if span is not None else None
    for _ in range(3):
        if tok is None or tok.pos_ == "NOUN":
            break
        tok = tok.head if tok.dep_ in {"det", "amod", "compound", "nummod", "poss"} else None
    return tok.lemma_.lower() if tok is not None and tok.pos_ == "NOUN" else ""


def _titled_as(doc: Doc, start: int, noun: str) -> bool:
    """The word just before the name at ``start`` is the lead's own noun ("Senator X"), and
    the name does not do what a bench or counsel does ("A judge was jailed ... Judge X handed
    down the sentence": the trial's judge, not the lead)."""
    if not noun or start == 0 or doc[start - 1].lower_ != noun:
        return False
    tok = doc[start]
    while tok.dep_ in {"compound", "flat"} and tok.head is not tok:
        tok = tok.head
    return not (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _BENCH_ACTS)


def _defendant_doing(last: Token, noun: str) -> bool:
    """The name ending at ``last`` is the lead defendant's beyond doubt: "The man, X, ..."
    with the lead's own ``noun``, or the subject of a doing only a defendant does ("X had
    faced charges of ...", "X admitted ...", "X will also be banned from driving")."""
    subj = last
    if last.dep_ == "appos" and last.head.dep_ in {"nsubj", "nsubjpass"}:
        if noun and last.head.lemma_.lower() == noun and last.head.pos_ == "NOUN":
            return True  # "The man, X, 49, was ..."
        subj = last.head
    if subj.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = subj.head
    lemma = verb.lemma_.lower()
    if lemma in _DEFENDANT_ACTS or (subj.dep_ == "nsubjpass" and lemma in _DEFENDANT_BARRED):
        return True
    return lemma in _CHARGE_ACTS and any(c.dep_ == "dobj" and c.lemma_.lower() in _CHARGE_NOUNS
                                         for c in verb.children)


def _case_of(tok: Token) -> bool:
    """``tok`` (a name's last word) is whose case or ruling it is: "the case of X", "the trial
    of X", "the verdict against X", "the sentence given to X"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ not in {"prep", "dative"}:
        return False
    owner = prep.head
    if prep.lower_ in {"to", "on"} and owner.lower_ in _GIVEN and owner.dep_ == "acl":
        owner, prep_ok = owner.head, True  # "the sentence given to X"
    else:
        prep_ok = (prep.lower_ in {"of", "against"} and owner.lower_ in _CASES) or \
            (prep.lower_ in {"against", "for", "on"} and owner.lower_ in _RULINGS)
    return prep_ok and owner.lower_ in _CASES | _RULINGS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in owner.children)


def _reported_clause(root: Token) -> Token | None:
    """"Prosecutors alleged that X contacted ...", "X organised the attacks, the court ruled":
    the clause a court, prosecutor or court paper reports (None for anyone else's words)."""
    if root.lemma_.lower() not in _REPORTING or not any(
            c.dep_ == "nsubj" and c.lower_ in _SOURCES for c in root.children):
        return None
    return next((c for c in root.children if c.dep_ == "ccomp"), None)


def _identified_as(doc: Doc, start: int) -> bool:
    """"The convict identified as X", "the accused, named as X,": the words before the name
    say who it is (read on the words: the parse of such a phrase varies)."""
    k = start - 3 - (start >= 4 and doc[start - 3].text == ",")
    return k >= 1 and doc[start - 1].lower_ == "as" and \
        doc[start - 2].lower_ in {"identified", "named"} and \
        doc[k].lower_ in _DEFENDANT_NOUNS and doc[k - 1].lower_ in {"the", "this"}


def _ordered_to(tok: Token) -> bool:
    """"The court also ordered former mayor X to pay a fine": whom a court orders to pay or
    serve (``tok``: the name's last word)."""
    verb = tok.head
    return tok.dep_ == "dobj" and verb.lemma_.lower() in {"order", "direct"} and any(
        c.dep_ == "xcomp" for c in verb.children) and any(
        c.dep_ == "nsubj" and c.lower_ in _SOURCES for c in verb.children)


def _described_name(tok: Token) -> bool:
    """"The man, Margle Ward, entered ...": the last word of a name the NER missed, set in
    apposition to the subject of the sentence's main verb."""
    return tok.pos_ == "PROPN" and tok.dep_ == "appos" and \
        tok.head.dep_ in {"nsubj", "nsubjpass"} and tok.head.head.dep_ == "ROOT"
