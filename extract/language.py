"""Language identification of body text (py3langid)."""

from __future__ import annotations

import py3langid


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None for text too short to tell."""
    sample = text[:5000]
    if len(sample.split()) < 5:
        return None
    lang, _score = py3langid.classify(sample)
    return str(lang)
