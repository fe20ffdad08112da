"""Language identification of body text (py3langid, probabilities normalised).

Short text, or text the model is unsure about, gets ``None`` rather than a guess: a wrong
"not English" would make the pipeline skip an article. Text is judged in chunks, so a
bilingual document (a press release in Spanish, then in English) is recognised as holding
a preferred language when a sizable share of it is in that language.
"""

from __future__ import annotations

import functools

from py3langid import langid

MIN_WORDS = 12
MIN_UNSPACED_CHARS = 60
MIN_CONFIDENCE = 0.6
CHUNK_CHARS = 800
MAX_CHUNKS = 8
PREFERRED_SHARE = 0.3


@functools.lru_cache(maxsize=1)
def _identifier() -> langid.LanguageIdentifier:
    # The model ships inside the package: nothing is downloaded.
    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


def _chunks(text: str) -> list[str]:
    """Up to MAX_CHUNKS windows of running prose, spread evenly over the whole text."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    prose = " ".join(ln for ln in lines if len(ln.split()) >= 5) or " ".join(lines)
    if len(prose) <= CHUNK_CHARS * MAX_CHUNKS:
        return [prose[i : i + CHUNK_CHARS] for i in range(0, len(prose), CHUNK_CHARS)]
    step = (len(prose) - CHUNK_CHARS) / (MAX_CHUNKS - 1)
    return [prose[int(k * step) : int(k * step) + CHUNK_CHARS] for k in range(MAX_CHUNKS)]


def _enough(sample: str) -> bool:
    # Scripts written without spaces (Japanese, Chinese) are judged by length instead.
    return len(sample.split()) >= MIN_WORDS or len(sample) >= MIN_UNSPACED_CHARS


def language_shares(text: str) -> dict[str, float]:
    """Share of the (sampled) text in each confidently identified language."""
    weights: dict[str, float] = {}
    total = 0.0
    for chunk in _chunks(text):
        if not _enough(chunk):
            continue
        lang, prob = _identifier().classify(chunk)
        total += len(chunk)
        if prob >= MIN_CONFIDENCE:
            weights[str(lang)] = weights.get(str(lang), 0.0) + len(chunk)
    return {lang: w / total for lang, w in weights.items()} if total else {}


def detect_language(text: str, *, prefer: tuple[str, ...] = ("en",)) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when it is too short or unclear.

    A language of ``prefer`` (the languages the extractor reads) wins when at least
    PREFERRED_SHARE of the text is in it; otherwise the largest share wins.
    """
    joined = " ".join(text.split())
    if not _enough(joined):
        return None
    shares = language_shares(text)
    if not shares:
        lang, prob = _identifier().classify(joined[: CHUNK_CHARS * MAX_CHUNKS])
        return str(lang) if prob >= MIN_CONFIDENCE else None
    for lang in prefer:
        if shares.get(lang, 0.0) >= PREFERRED_SHARE:
            return lang
    best = max(shares, key=shares.__getitem__)
    return best if shares[best] >= 0.5 else None
