"""Writing systems that only one language among the identifier's uses.

A page that declares one of these languages and whose text is mostly written in its script
agrees with its declaration: py3langid knows no other language written that way, so it is not
asked. Scripts shared by several of its languages (Cyrillic, Arabic, Devanagari, Han without
kana) are not here: those pages go to the function words or the identifier.
"""

from __future__ import annotations

import re

# The letters of each language's script (Unicode blocks). Japanese is told by its kana: Han
# characters alone could be Chinese.
_SCRIPTS = {
    "ja": "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f",
    "ko": "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af",
    "el": "\u0370-\u03ff\u1f00-\u1fff",
    "he": "\u0590-\u05ff",
    "th": "\u0e00-\u0e7f",
    "ka": "\u10a0-\u10ff",
    "hy": "\u0530-\u058f",
    "ta": "\u0b80-\u0bff",
    "te": "\u0c00-\u0c7f",
    "kn": "\u0c80-\u0cff",
    "ml": "\u0d00-\u0d7f",
    "gu": "\u0a80-\u0aff",
    "pa": "\u0a00-\u0a7f",
    "si": "\u0d80-\u0dff",
    "km": "\u1780-\u17ff",
    "lo": "\u0e80-\u0eff",
    "my": "\u1000-\u109f",
}
_PATTERNS = {lang: re.compile(f"[{chars}]") for lang, chars in _SCRIPTS.items()}
_LETTER = re.compile(r"[^\W\d_]")
# Share of the letters that must be in the script; Japanese mixes kana with Han characters
# (and some Latin), so a fifth of kana is its mark.
MIN_SHARE = 0.5
MIN_KANA_SHARE = 0.2
MIN_LETTERS = 20


def written_in(lang: str, sample: str) -> bool:
    """Whether ``sample`` is mostly written in the script that only ``lang`` uses (False for
    a language whose script others share, or too few letters to tell)."""
    pattern = _PATTERNS.get(lang)
    if pattern is None:
        return False
    letters = len(_LETTER.findall(sample))
    if letters < MIN_LETTERS:
        return False
    share = MIN_KANA_SHARE if lang == "ja" else MIN_SHARE
    return len(pattern.findall(sample)) >= share * letters
