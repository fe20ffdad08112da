"""The text a charge phrase may be, once the parse has found its bounds: lead and trailing
words off, "charges of X" and "two counts, including X" to X, a quotation closed where it
closes; None for a phrase that names no offence (a pronoun, "all counts", the story's event)."""

from __future__ import annotations

import re

_LEAD_DROP = frozenset({"allegedly", "reportedly", "the", "his", "her", "their", "its"})
# a press release's count numbers after each offence: "(Count 1)", "(Counts 2 through 6)"
_COUNT_REF_RE = re.compile(r"\s*\(\s*Counts?\s+\d+[^()]{0,30}\)", re.IGNORECASE)

_EMPTY_WORDS = frozenset({
    "charges", "charge", "counts", "count", "both", "all", "the", "those", "these", "his", "her",
    "their", "its", "other", "several", "multiple", "numerous", "various", "related", "same",
    "crime", "crimes", "offense", "offenses", "offence", "offences", "one", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "of", "a", "an", "each", "and",
    "top", "in", "case", "cases", "committed",
})

# what a charge phrase must not be: a reference back to the events of the story
_ANAPHORIC = frozenset({"demonstration", "demonstrations", "protest", "protests", "rally",
                        "rallies", "march", "picket", "incident", "incidents", "events",
                        "action", "actions", "case", "affair", "episode"})


# a first content word that names no offence: "both charges", "the conviction", "found them
# guilty", "convicted in two trials"
_NO_OFFENCE = frozenset({"conviction", "convictions", "sentence", "sentences", "verdict", "plea",
                         "trial", "lack", "insufficient", "want", "absence", "procedural",
                         "technical", "role", "roles", "part", "involvement", "ranging", "this",
                         "that", "these", "which", "whom", "what", "whatever", "them", "him",
                         "her", "defendant", "defendants", "accused", "trials",
                         "hearing", "hearings", "indictment",
                         "time", "period", "liberty", "freedom", "imprisonment", "suspended",
                         "probation", "corrective", "restricted", "restriction", "aggravating",
                         "mitigating"})  # "credit for time served", "for a period", "deprived
# of liberty for seven years"; the kind of a term ("six years of suspended imprisonment"); the
# court's weighing ("guilty with aggravating circumstances")
# "a number of offences including X", "two out of five counts, including X": X
_COUNTS_INCLUDING = re.compile(
    r"(?i)^(?:(?:a\s+)?number\s+of\s+|several\s+|various\s+|\w+\s+(?:out\s+)?of\s+\w+\s+|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?"
    r"(?:offen[cs]es|crimes|charges|counts),?\s+including\s+")
# what may follow a quoted offence without belonging to it: its source, its law, or the
# court's words about it ('"high treason", saying he had ...')
_NOT_OFFENCE_AFTER = re.compile(r"(?i)(?:according\b|under\b|\(|as\s+(?:reported|stated)\b|"
                                r"(?:\w+\s+){0,2}(?:said|says|reported|stated)\b|"
                                r"(?:saying|claiming|adding|noting|stating|explaining|arguing|"
                                r"insisting|ruling|finding)\b)")
# words that name no particular offence: "a range of crimes", "committing the offence",
# "at least 18 felonies", "most of her criminal charges"
_GENERIC = frozenset({
    "committing", "range", "dozen", "dozens", "hundreds", "most", "multiple", "criminal",
    "lesser", "serious", "grave", "minor", "felony", "felonies", "misdemeanor", "misdemeanors",
    "misdemeanour", "misdemeanours", "said", "aforementioned", "above", "mentioned", "least",
    "at", "similar", "out", "series", "string", "number", "host", "list", "array", "variety",
    "unspecified", "further", "additional", "new", "separate", "different", "unrelated",
    "earlier", "previous", "prior", "original", "main", "remaining", "many", "some", "certain",
    "total", "alleged", "such", "act", "acts", "activity", "activities", "conduct",
    "wrongdoing", "allegations", "allegation", "accusations", "accusation", "guilty",
})
_CLOSE = {"“": "”", '"': '"', "‘": "’"}


def _closed_quote(text: str) -> str:
    """A quoted offence ends where its quotation closes when its source or its law follows:
    '"spreading false news" according to his sister' is "spreading false news"."""
    opening = text[:1] if text[:1] in _CLOSE else ""
    for m in re.finditer(r'[”"’]', text[1:] if opening else text):
        at = m.start() + (1 if opening else 0)
        if opening and m.group(0) != _CLOSE[opening]:
            continue
        if not opening and ("“" in text[:at] or m.group(0) == "’" or (
                m.group(0) == '"' and ('"' in text[:at] or not _closes(text, at)))):
            # its quotation opened inside the phrase; a straight quote that opens one
            # ('for an "extremist group'); a bare ’ is far more often an apostrophe
            continue
        rest = text[at + 1:].lstrip()
        if _NOT_OFFENCE_AFTER.match(rest):
            return text[:at + 1]
        if opening:
            break
    return text


def _closes(text: str, at: int) -> bool:
    """A straight quote at ``at`` closes a quotation: after a word, before a space or the end."""
    return at > 0 and not text[at - 1].isspace() and (at + 1 == len(text)
                                                       or not text[at + 1].isalnum())


def _generic_including(text: str) -> str:
    """"a range of crimes, including arson" is arson: a list named by no offence of its own
    stands for the offences it includes."""
    head, sep, tail = text.partition(", including ")
    if sep and all(w in _EMPTY_WORDS or w in _GENERIC for w in re.findall(r"[a-z]+",
                                                                           head.lower())):
        return tail
    return text


def clean_charge(text: str) -> str | None:
    """A charge phrase as stored: lead words, "charges of", a count and trailing function
    words off; None when nothing names an offence ("both charges", "the demonstration")."""
    text = _closed_quote(re.sub(r"\s+", " ", text))
    text = re.sub(r',([”"]) ', r"\1 ", text)  # '“inciting hatred,” and fraud': its comma off
    text = re.sub(r"\s*</?[A-Za-z].*$", "", text)  # a page's markup left in the text
    text = re.sub(r"(?i)^.*?\bguilty\s+of\s+", "", text)  # "X guilty of Y": Y
    text = text.strip(" ,;:.–—-\"“”'’‘")
    text = _COUNT_REF_RE.sub("", text)  # "X (Count 1); Y (Counts 2 through 6)": X; Y
    words = text.split()
    while words and words[0].lower() in _LEAD_DROP:
        words.pop(0)
    if len(words) > 2 and words[0].lower() == "both" and "and" in (w.lower() for w in words):
        words.pop(0)  # "not guilty of both murder and manslaughter": the two offences
    # "charges of X" / "a trumped-up charge of X" keep the offence words only ("drunk in
    # charge of a vehicle" is the offence whole)
    for k, w in enumerate(words[:5]):
        if w.lower().strip("”\"'’") in {"charges", "charge"} and k + 2 < len(words) and \
                words[k + 1].lower() == "of" and (k == 0 or words[k - 1].lower() != "in"):
            words = words[k + 2:]
            break
    joined = _generic_including(_COUNTS_INCLUDING.sub("", " ".join(words)))
    words = joined.split()  # "a number of offences including X": X
    if len(words) <= 2 and words and words[-1].lower() in _ANAPHORIC and (
            len(words) == 1 or words[0].lower() in {"the", "that", "this", "these"}):
        return None  # "for the demonstration": the story's event, not an offence
    while words and words[-1].lower().strip(",") in {"on", "in", "at", "of", "for", "to", "and",
                                                     "or", "with", "by", "a", "the", "an",
                                                     "including", "his", "her", "their",
                                                     "its", "between", "since", "until",
                                                     "during"}:
        words.pop()
    text = " ".join(words).strip(" ,;:.–—-\"“”'’‘")
    if not text or len(text) < 3 or len(text) > 200:
        return None
    if re.fullmatch(r"(?i)(?:the\s+)?(?:first|second|third|fourth|fifth|\w+th|last|next|same)"
                    r"\s+time", text):
        return None  # "jailed for the first time": an occasion, not an offence
    content = [w for w in re.findall(r"[a-z]+", text.lower()) if w not in _EMPTY_WORDS]
    if content[:1] in (["involvement"], ["participation"]) and len(content) > 1 and \
            re.match(r"(?i)(?:involvement|participation) in \w", text):
        return text  # "their involvement in bank robberies": the offence, taking part
    if not content or content[0] in _NO_OFFENCE or all(w in _GENERIC for w in content):
        return None  # "both charges", "all counts", "the charges"
    if not re.search(r"[A-Za-z]{3}", text) or text[:1] in "$€£¥" or re.match(
            r"\d{1,3}(?:,\d{3})+\b", text):
        return None  # "$700,000 ...": an amount, not an offence
    return text


# the offence words a rule's match may hold before its noun ("quashed the murder conviction")
_MODIFIER_SKIP = frozenset({"the", "his", "her", "their", "a", "its", "both", "all", "two",
                            "three", "several", "earlier", "previous", "prior"})


def premodifier_offence(words: list[str]) -> str | None:
    """"the 2015 drug and fraud convictions": the offence named before the noun ("drug and
    fraud"), or None when only determiners, years and counts stand there."""
    kept = [w for w in words if w.lower() not in _MODIFIER_SKIP and not w.isdigit()]
    while kept and kept[0].lower() in {"and", "or"}:
        kept.pop(0)
    while kept and kept[-1].lower() in {"and", "or"}:
        kept.pop()
    return " ".join(kept) or None
