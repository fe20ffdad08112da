"""The vocabulary of sentence phrases as regexes: numbers, units, durations, sentence types,
fines, life and death terms, and the words that stop a phrase (used by extract/normalize.py;
kept apart so the parsing logic there reads on its own)."""

from __future__ import annotations

import re

from extract._numbers import DIGITS, SCALES, TENS, UNITS

NUM_WORDS = sorted(
    [*UNITS, *TENS, *SCALES, "a", "an", "half", "quarter", "quarters", "dozen"],
    key=len, reverse=True,
)
NUM_TOKEN = (
    rf"(?:{DIGITS}(?:(?:\s+|-)\d{{1,3}}/\d{{1,3}}|\s?[½¼¾⅓⅔])?|[½¼¾⅓⅔]|\d{{1,3}}/\d{{1,3}}"
    rf"|(?:{'|'.join(NUM_WORDS)})(?![\w]))"
)
# bounded: a number has a few words at most, and an unbounded chain is quadratic on
# "one one one ..." (every start would scan to the end of the run)
NUM = rf"{NUM_TOKEN}(?:(?:\s+|-)(?:and(?:\s+|-))?{NUM_TOKEN}){{0,5}}"
UNIT = r"(?P<unit>decades?|years?|yrs?|months?|mos|weeks?|days?|hours?)(?![\w])"
# by unit code: x decade, y year, m month, w week, d day, h hour
UNIT_MONTHS = {"x": 120.0, "y": 12.0, "m": 1.0, "w": 7 / 30, "d": 1 / 30, "h": 1 / 720}
UNIT_ORDER = "xymwdh"  # "three years and seven months": larger unit first


def unit_code(word: str) -> str:
    return "x" if word.startswith("dec") else word[0]

# one duration: "[lo to ]NUM UNIT", with "N years to life" and "N years and a half"
DURATION_RE = re.compile(
    rf"(?<![\w$£€.,/-])(?P<neg>-\s*)?"
    # a year is never the low end of a range ("sentenced in 2018 to six years")
    rf"(?:(?!(?:1[89]|20)\d\d(?![\d,.]))(?P<lo>{NUM})[\s-]+(?:to|or)[\s-]+|(?P<lo2>{DIGITS})\s*-\s*(?=\d)"
    rf"|(?<=between\s)(?P<lo3>{NUM})\s+and\s+)?"
    rf"(?P<num>{NUM})(?:(?P<sep>[\s-]*){UNIT}|(?=[\s-]+to[\s-]+life\b))"
    r"(?P<half>[\s-]+and[\s-]+a[\s-]+half)?"
    r"(?P<tolife>[\s-]+to[\s-]+life\b)?"
)
NOT_A_TERM_AFTER = re.compile(
    r"(?:-|\s){0,3}(?:old|ago|earlier|later|since|prior|of\s+age|long\b(?!er)|younger|older|after"
    r"|before|into|out\s+of|shy|apart|running|straight|in\s+a\s+row|from\s+now|between)\b"
)
# "for nearly three years", "in 6 weeks": elapsed time, unless a type word says otherwise
ELAPSED_BEFORE = re.compile(
    r"\b(?:for|in|within|over|during|about|nearly|almost|approximately|roughly|some|than"
    r"|at\s+least|the\s+(?:past|previous|last|next|first|following|same)"
    r"|lasted|lasting|lasts|took|spanned|spanning)\s+$"  # "a trial that lasted three days"
)
NOT_A_TERM_BEFORE = re.compile(
    r"(?:\baged?|\bage\s+of|\bpast|\blast|\bnext|\bwithin|\bsince|\bafter|\bevery|\bthe\s+first)"
    r"\s*$"
)
MONTH_BEFORE_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$"
)
NEGATIVE_RE = re.compile(rf"(?<![\w.,/])(?:-|minus\s+)\s*{DIGITS}\s*-?\s*{UNIT}")

# sentence-type vocabulary: earliest match after a term / latest before it decides
TYPE_WORDS: tuple[tuple[str, str], ...] = (
    ("house_arrest", r"house\s+arrest|home\s+(?:confinement|detention)"),
    ("restricted_freedom", r"restrict(?:ed|ions?\s+(?:of|on))\s+(?:his\s+|her\s+)?"
                           r"(?:freedom|liberty)|limitation\s+of\s+(?:freedom|liberty)"
                           r"|freedom\s+(?:restriction|limitation)|restraint\s+of\s+liberty"
                           # Belarusian "khimiya"; an open prison or open-type facility
                           r"|khimi(?:ya|ia|i)\b|open\s+prison|open[- ]type\s+correctional"
                           r"|correctional\s+(?:facility|institution)\s+of\s+(?:an\s+)?open"
                           r"|parole[- ]like\s+(?:sentences?|terms?|punishments?|restrictions?"
                           r"|restrict\w*\s+(?:of\s+)?(?:freedom|liberty))"),
    ("community_service", r"community\s+(?:service|work|labou?r|order)|public\s+works?"
                          r"|compulsory\s+(?:work|labou?r)|unpaid\s+work"),
    # a "deferred sentence" of a length: the verdict's announcement deferred (GUIDELINES)
    ("suspended", r"suspended|probated|(?:conditional|deferred)\s+(?:sentence|term|prison)"),
    ("probation", r"parole[- ]like\s+probation|probation\w*|community\s+supervision"
                  r"|deferred\s+adjudication"),
    ("other", r"supervised\s+release|post-?\s?release\s+supervision|extended\s+supervision"
              r"|corrective\s+labou?r|correctional\s+labou?r|parole|conditional\s+discharge"
              # a share of salary withheld is corrective labour (GUIDELINES)
              r"|(?:salary|salaries|wages?|earnings|income)\s+(?:\w+\s+){0,2}?"
              r"(?:withheld|deducted)|withh(?:eld|olding)\s+(?:of\s+)?\d+\s*(?:%|percent)"
              r"|lashes|caning|strokes\s+of\s+the\s+cane|flogging|verbal\s+warning"),
    ("prison", r"prison\w*|jail\w*|gaol\w*|imprison\w*|incarcerat\w*|custod\w*|colony"
               r"|penitentiar\w*|behind\s+bars|detention|reformator\w*|lock-?up"
               r"|correctional\s+(?:facility|institution|centre|center)|confinement"
               r"|administrative\s+arrest|depriv\w+\s+of\s+(?:liberty|freedom)"
               r"|(?:forced|hard)\s+labou?r|labou?r\s+camp"),
    ("fine", r"fined?|fines"),
)
TYPE_RE = re.compile(
    "|".join(rf"(?P<{name}>\b(?:{rx}))" for name, rx in TYPE_WORDS)
)
# what may follow an adjectival term ("a 90-year prison sentence", not "a two-year grant")
ADJECTIVAL_NOUN = re.compile(
    r"\s*(?:(?:federal|state|county|prison|jail|custodial|suspended|probation(?:ary)?|mandatory"
    r"|minimum|maximum|determinate|indeterminate|concurrent|consecutive|additional|total"
    r"|conditional|aggregate|real|effective|penal|colony|probated|administrative|community"
    r"|prison-?like)\s+){0,4}(?:sentences?|terms?|stint|stretch|order|discharge|ban|period\s+of"
    r"|" + "|".join(rx for _, rx in TYPE_WORDS if _ != "fine") + r")s?\b"  # "12-day detentions"
)
AFTER_STOP_RE = re.compile(
    r"[;.()\[\]:!?\"]|,(?!\s*(?:all|fully|wholly)?\s*suspended)|\b(?:and|for|plus|followed|with|"
    r"after|but|while|when|as|then|who|which|because|on\s+(?:each|every|one|two|three|the|"
    r"count|charges?))\b"
)
BEFORE_STOP_RE = re.compile(r"[;.()\[\]:!?\",]|\b(?:and|plus|but|while|who|which|then)\b")
SUSPENDED_BEFORE_RE = re.compile(r"(?<!\w)(?:suspended|conditional|deferred)\s+$",
                                 re.IGNORECASE)
SUSPENDED_AFTER_RE = re.compile(
    r"(?:\s+(?:prison\s+|jail\s+)?(?:sentences?|terms?))?[\s,]*"
    r"(?:(?:all|fully|wholly|to\s+be|which\s+(?:was|is|will\s+be)(?:\s+fully)?)\s+)?"
    r"(?:suspended|probated)\b"
)
# "reduced on appeal to 18 months": the later term replaces the earlier ones
REPLACES_RE = re.compile(
    r"\b(?:reduced|cut|commuted|increased|raised|lowered|changed|converted|replaced)\s+"
    r"(?:\w+\s+){0,3}?(?:to|with)\s+(?:a\s+|an\s+)?$"
)
SUSPENSION_PERIOD_RE = re.compile(
    r"(?:suspended|probated|suspension|probation(?:ary)?\s+period)\s+(?:period\s+)?"
    r"(?:for|of|over)\s*$"
)
TOTAL_RE = re.compile(r"(?:total|aggregate|combined|cumulative)\s+(?:sentence\s+|term\s+)?"
                       r"(?:of\s+)?$")
MULTIPLIER_RE = re.compile(rf"(?<![\w])(?P<n>{NUM})\s+consecutive\s+$")
CONSECUTIVE_RE = re.compile(r"\bconsecutive(?:ly)?\b|\bplus\b|\bon\s+top\s+of\b"
                             r"|\bin\s+addition\s+to\b|\badditional\b")
CONCURRENT_RE = re.compile(r"\bconcurrent(?:ly)?\b")

LIFE_RE = re.compile(
    r"\blife[- ]?time(?=\s+(?:imprisonment|in\s+prison|sentence|jail))"  # (South Asian press)
    r"|\b(?:natural\s+|whole\s+)?life(?=\s*(?:-|\s)(?:in\s+(?:\w+\s+)?(?:prison|jail|penitentiary)"
    r"|imprisonment|sentences?|terms?|without|with(?:out)?\s+(?:no\s+)?(?:the\s+)?(?:chance|"
    r"possibility|parole)|behind\s+bars|order|tariff|in\s+custody)\b)"
    r"|\b(?:sentenc\w*|condemn\w*|up)\s+(?:\w+\s+){0,3}?to\s+life\b"
    r"|(?:\bserve|\bserving|\bgot|\bgiven|\breceived?|\bimprisonment\s+for)\s+life\b"
    r"|^\s*(?:a\s+)?life\s*$"
    r"|\blife(?=,?\s+(?:with\s+)?(?:a\s+)?minimum\b)"  # ("life with a minimum term of 24 years")
)
DEATH_RE = re.compile(
    r"\bdeath\s+(?:sentences?|penalty)\b|\bcapital\s+punishment\b"
    r"|\b(?:sentenc\w*|condemn\w*)\s+(?:\w+\s+){0,3}?to\s+death\b|^\s*(?:a\s+)?death\s*$"
    r"|^\s*(?:hang|be\s+hanged|be\s+executed)\b"  # "sentenced X to hang" (the phrase alone)
)
TIME_SERVED_RE = re.compile(r"\btime\s+(?:already\s+)?served\b")
# "20,000 Kenyan shillings", "9,000 Turkish lira": a people's name before the currency
_PEOPLES = (r"(?:(?:kenyan|ugandan|tanzanian|turkish|russian|belarusian|ukrainian|kazakh"
            r"|kazakhstani|kyrgyz|uzbek|azerbaijani|georgian|armenian|tajik|british|us|u\.s\."
            r"|american|australian|canadian|hong\s+kong|singapore|indian|pakistani|sri\s+lankan"
            r"|nigerian|ghanaian|egyptian|south\s+african|zambian|malawian|new\s+zealand)\s+)?")
MONEY = (
    r"(?:(?:[$£€¥₸₹₦¢₵₱₽₺₴₩৳]|\b(?:rs\.?|inr|kes|ksh\.?|ugx|ngn|usd|eur|gbp|kzt|rub|uzs"
    r"|gh[¢₵s]?|mk|zk|k(?=\d)|tk\.?|rm|dh|s\$|rp\.?|tzs|azn|byn|kgs|tjs|mwk|zmw|zar|egp|pkr"
    r"|bdt|lkr|npr|myr|sgd|aed|tnd|dzd|xaf|cfa|jpy|cny|gel|uah|amd|mdl|tmt)\s?)\s?"
    r"\d(?:(?:[\d,.]|(?<=\d,)\s(?=\d{3}\b)){0,18}\d)?(?:\s*(?:million|thousand|billion|lakh|crore|[mk]))?"
    r"|(?<![\d,.])\d(?:(?:[\d,.]|(?<=\d,)\s(?=\d{3}\b)){0,18}\d)?\s*(?:million\s+|thousand\s+|lakh\s+|crore\s+)?"
    rf"{_PEOPLES}(?:dollars|euros|pounds|tenges?|tl(?![a-z])|rubles|roubles|rupees|naira|yuan|shillings|rand|pesos"
    r"|lira|hryvnias?|manats?|lari|dirhams|riyals|taka|cedis|ringgit|yen|francs|soms?|somoni"
    r"|soums?|sums?|dinars?|usd|eur|gbp|kzt|mci|mrp|monthly\s+calculation\s+ind\w+"
    r"|kwacha|won|birr|kyat|baht|rupiah|shekels|tugriks?|drams|dong|leones?|zloty|euros?"
    r"|rubles?))"
)
FINE_PHRASE_RE = re.compile(
    rf"(?:\b(?:a|an)\s+)?(?:\bfined?\s+(?:of\s+)?{MONEY}|{MONEY}\s+(?:\w+\s+)?fines?\b"
    rf"|\bfined\b|\b(?:a|an)\s+fine\b(?=\s*(?:$|[,.;:)]|(?:of|and|or|for|to|plus|totall?ing"
    rf"|amounting|in|from|as|which|but|was|is)\b)))"
)

NOT_CUSTODY_RE = re.compile(
    r"\b(?:instead\s+of|rather\s+than|in\s+lieu\s+of|avoid\w*|spared|without|no)\s+"
    r"(?:\w+\s+){0,2}?(?:prison|jail|custody|imprisonment|incarceration)"
    r"|\bout\s+of\s+(?:prison|jail)"
)
# a deferred announcement of the verdict (Turkish HAGB): a conviction, its term suspended
_VERDICT = r"(?:verdicts?|sentences?|judge?ments?|ruling|conviction)"
DEFERRED_VERDICT_RE = re.compile(
    rf"\b(?:defer\w*|suspen\w*)\s+(?:of\s+)?(?:the\s+)?(?:announcement|pronouncement)\s+of\s+"
    rf"(?:the\s+)?{_VERDICT}|\b(?:defer\w*|suspen\w*)\s+(?:of\s+)?(?:the\s+)?{_VERDICT}['’]s\s+"
    rf"(?:announcement|pronouncement)|\b(?:announcement|pronouncement)\s+of\s+(?:the\s+)?"
    rf"{_VERDICT}\s+(?:\w+\s+){{0,3}}?(?:deferred|suspended)|\b(?:deferred|suspended)\s+"
    r"(?:announcement|pronouncement)\b|\b(?:announcement|pronouncement)\s+(?:was\s+|were\s+)?"
    r"deferred\b|\bHAGB\b", re.IGNORECASE)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# "deferred the announcement of the verdict until next month": a hearing put off, no verdict
# (HAGB's five-year supervision, "deferred for five years", is no postponement)
POSTPONED_AFTER_RE = re.compile(
    r"\b(?:until|till|to\s+(?:a\s+later|the\s+next|\w+day\b|\d{1,2}(?:st|nd|rd|th)?\s+"
    rf"{_MONTH}|{_MONTH}[a-z]*\.?\s+\d)"
    r"|next\s+(?:week|month|hearing|session)"
    r"|for\s+(?:a|an|one|two|three|four|\d+)\s+(?:days?|weeks?)\b)", re.IGNORECASE)

# priority when no custody is imposed (GUIDELINES: "Without custody")
NON_CUSTODY_ORDER = ("suspended", "house_arrest", "restricted_freedom", "probation",
                      "community_service", "other", "fine")
