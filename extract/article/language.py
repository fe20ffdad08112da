"""Language identification of body text: once per document, on a bounded sample.

Short text, or text the model is unsure about, gets ``None`` rather than a guess: a wrong
"not English" would make the pipeline skip an article.

The sample is ``WINDOWS`` windows of running prose spread over the text (start, middle, end),
at most ``WINDOWS * WINDOW_CHARS`` characters. A cheap check counts common function words
of a few languages (``models/language/function-words.json``) in each window:

- where the page declares its language (``<html lang>``) and every window that says
  anything agrees, or none says anything and the text is written in a script only that
  language uses (:mod:`._scripts`: Korean, Japanese kana, Greek, Thai, ...), the declared
  language is taken and the model is not run;
- a bilingual document (a press release in Spanish, then in English) is labelled with a
  language the extractor reads when at least ``PREFERRED_SHARE`` of the windows are in it;
- otherwise py3langid (loaded on first use, :mod:`._langid_model`) classifies the joined
  sample once.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from extract.article._scripts import written_in

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

FUNCTION_WORDS = Path(__file__).resolve().parents[2] / "models" / "language" / "function-words.json"
MIN_WORDS = 12
MIN_UNSPACED_CHARS = 60
MIN_CONFIDENCE = 0.6
WINDOW_CHARS = 500
WINDOWS = 3
# The head of a text read for its first window (which decides most pages, see _opening).
OPENING_CHARS = 4 * WINDOW_CHARS
PREFERRED_SHARE = 0.3
# A window "says" a language when that many of its words are that language's function
# words, and clearly more of them than of any other language's.
MIN_HITS = 4
MIN_HIT_SHARE = 0.15
LEAD = 2.0
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# _TOKEN on lower-case ASCII text: its letters are a-z, and a range is tested faster than the
# Unicode classes (the window of most pages is ASCII).
_ASCII_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")


@functools.lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    # Loaded only when a document needs it, unpacked once per machine (see _langid_model).
    from extract.article._langid_model import load_identifier

    return load_identifier()


def load_model(*, resident: bool = False) -> None:
    """Load py3langid now, not on the first document that needs it; ``resident`` also reads
    its mapped arrays whole (:func:`._langid_model.fault_in`), for a long-running worker."""
    identifier = _identifier()
    if resident:
        from extract.article._langid_model import fault_in

        fault_in(identifier)


@functools.lru_cache(maxsize=1)
def _function_words() -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """The languages, and for each function word the indexes of the languages it belongs to
    (one lookup per token rather than one per token and language)."""
    data = json.loads(FUNCTION_WORDS.read_text(encoding="utf-8"))
    langs = tuple(data["languages"])
    index: dict[str, tuple[int, ...]] = {}
    for i, lang in enumerate(langs):
        for word in frozenset(data["languages"][lang]):
            index[word] = (*index.get(word, ()), i)
    return langs, index


def _windows(text: str) -> list[str]:
    """Up to WINDOWS windows of running prose (lines of five words or more), spread evenly."""
    lines = [line for ln in text.splitlines() if (line := ln.strip())]
    prose = _prose(lines) or " ".join(lines)
    if len(prose) <= WINDOW_CHARS * WINDOWS:
        return [prose[i : i + WINDOW_CHARS] for i in range(0, len(prose), WINDOW_CHARS)]
    step = (len(prose) - WINDOW_CHARS) / (WINDOWS - 1)
    return [prose[int(k * step) : int(k * step) + WINDOW_CHARS] for k in range(WINDOWS)]


def _prose(lines: list[str]) -> str:
    # At most five parts: the count of words is only compared with five.
    return " ".join(ln for ln in lines if len(ln.split(None, 4)) >= 5)


def _opening(text: str) -> str | None:
    """The first window of :func:`_windows` read from the head of ``text`` only, or None when
    the head has too little prose for it (the whole text is then read)."""
    head = text[:OPENING_CHARS]
    lines = head.splitlines()
    if len(head) < len(text):
        lines.pop()  # possibly cut short
    prose = _prose([line for ln in lines if (line := ln.strip())])
    # The prose of the head's whole lines begins the text's prose: its first window is
    # the text's when it is that long.
    return prose[:WINDOW_CHARS] if len(prose) >= WINDOW_CHARS else None


def _enough(sample: str) -> bool:
    # Scripts written without spaces (Japanese, Chinese) are judged by length instead.
    return len(sample) >= MIN_UNSPACED_CHARS or len(sample.split(None, MIN_WORDS)) >= MIN_WORDS


def _says(window: str) -> str | None:
    """The language whose function words clearly dominate ``window``, if any."""
    # Lower-cased once for the window, not once per token.
    lowered = window.lower()
    tokens = (_ASCII_TOKEN if lowered.isascii() else _TOKEN).findall(lowered)
    if len(tokens) < MIN_WORDS:
        return None
    langs, index = _function_words()
    hits = [0] * len(langs)
    # Only the function words are looked at (most tokens are not one).
    for found in filter(None, map(index.get, tokens)):
        for i in found:
            hits[i] += 1
    counts = sorted(zip(hits, langs, strict=True), reverse=True)
    (best, lang), (second, _) = counts[0], counts[1]
    if best >= MIN_HITS and best >= MIN_HIT_SHARE * len(tokens) and best >= LEAD * second:
        return lang
    return None


def _declared(value: str | None) -> str | None:
    """``en-GB`` → ``en``; None for an empty or odd value."""
    if not value:
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


def detect_language(
    text: str, *, prefer: tuple[str, ...] = ("en",), declared: str | None = None
) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when it is too short or unclear.

    ``declared`` is what the page says of itself (``<html lang="en-US">``); it is taken only
    when the text agrees. A language of ``prefer`` (the languages the extractor reads) wins
    when at least PREFERRED_SHARE of the sampled windows are in it.
    """
    if len(text.split(None, MIN_WORDS)) < MIN_WORDS:
        # Few words: judged by the length of the text with its spaces collapsed.
        joined = " ".join(text.split())
        if not _enough(joined):
            return None
    # One window in the first preferred language is a share enough for it (1 of at most
    # WINDOWS), and then no rule below answers otherwise (the declared language is taken
    # only when every window that speaks agrees): the other windows need not be read.
    decisive = prefer[0] if prefer and WINDOWS * PREFERRED_SHARE <= 1 else None
    opening = _opening(text) if decisive else None
    if opening is not None and _enough(opening) and _says(opening) == decisive:
        return decisive  # the first window of the loop below, without the whole text cut up
    windows = [w for w in _windows(text) if _enough(w)]
    if not windows:
        windows = [" ".join(text.split())[: WINDOW_CHARS * WINDOWS]]
    first = prefer[0] if prefer and len(windows) * PREFERRED_SHARE <= 1 else None
    said: list[str | None] = []
    for window in windows:
        lang = _says(window)
        if lang is not None and lang == first:
            return lang
        said.append(lang)
    heard = [lang for lang in said if lang is not None]
    lang = _declared(declared)
    if lang is not None and (
        all(h == lang for h in heard) if heard else written_in(lang, " ".join(windows))
    ):
        return lang
    for lang in prefer:
        if heard and said.count(lang) / len(said) >= PREFERRED_SHARE:
            return lang
    guess, prob = _identifier().classify(" ".join(windows))
    return str(guess) if prob >= MIN_CONFIDENCE else None
