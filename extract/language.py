"""Language identification of body text (py3langid, probabilities normalised).

Short text, or text the model is unsure about, gets ``None`` rather than a guess: a wrong
"not English" would make the pipeline skip an article.
"""

from __future__ import annotations

import functools

from py3langid import langid

MIN_WORDS = 12
MIN_UNSPACED_CHARS = 60
MIN_CONFIDENCE = 0.6
SAMPLE_CHARS = 6000


@functools.lru_cache(maxsize=1)
def _identifier() -> langid.LanguageIdentifier:
    # The model ships inside the package: nothing is downloaded.
    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


def _sample(text: str) -> str:
    """Up to SAMPLE_CHARS from the longest lines: running prose, not menus or datelines."""
    lines = sorted((ln for ln in text.splitlines() if ln.strip()), key=len, reverse=True)
    out: list[str] = []
    size = 0
    for line in lines:
        out.append(line)
        size += len(line)
        if size >= SAMPLE_CHARS:
            break
    return "\n".join(out)[:SAMPLE_CHARS]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when it is too short or unclear."""
    sample = _sample(text)
    # Scripts written without spaces (Japanese, Chinese) are judged by length instead.
    if len(sample.split()) < MIN_WORDS and len(sample) < MIN_UNSPACED_CHARS:
        return None
    lang, prob = _identifier().classify(sample)
    if prob < MIN_CONFIDENCE:
        return None
    return str(lang)
