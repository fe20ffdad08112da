"""The fast attribute rules and lemmas give the model's own annotations, token for token."""

from __future__ import annotations

from pathlib import Path

import spacy

from extract.config import ExtractConfig
from extract.fast_pipes import use_fast_pipes

TEXTS = Path(__file__).resolve().parent / "fixtures" / "text"
_EXTRA = [
    "Y'all gonna see: he ain't guilty, and they're gotta let's go.\n\n  Two   spaces  here.",
    "She'd've said the U.S. court's ruling doesn't matter -- it isn't final!",
]


def test_same_pos_morph_lemma_and_tag_as_the_stock_components() -> None:
    stock = spacy.load(ExtractConfig().model)
    fast = spacy.load(ExtractConfig().model)
    use_fast_pipes(fast)
    assert "attribute_ruler" not in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    assert "verdicts_attribute_rules" in fast.pipe_names and "verdicts_lemmas" in fast.pipe_names
    texts = [p.read_text("utf-8") for p in sorted(TEXTS.glob("*.txt"))] + _EXTRA
    seen = 0
    for _ in range(2):  # the second round reads the remembered token kinds
        for want, got in zip(stock.pipe(texts), fast.pipe(texts), strict=True):
            for a, b in zip(want, got, strict=True):
                assert (a.pos_, str(a.morph), a.lemma_, a.tag_) == \
                    (b.pos_, str(b.morph), b.lemma_, b.tag_), a.text
                seen += 1
    assert seen > 2000
