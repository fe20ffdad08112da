"""Hostile document shapes (our own phrasings), generated at any scale: the documents that
hung a batch for good before extraction was bounded (issue 12)."""

from __future__ import annotations

SENTENCE = "The court sentenced the accused man to five years in prison for fraud. "


def repeated_sentence_line(chars: int = 2_500_000) -> str:
    """One line repeating a sentence with an outcome word (a .txt document)."""
    return SENTENCE * (chars // len(SENTENCE) + 1)


def trigger_run(words: int = 250_000) -> str:
    """Outcome words in a row, no punctuation at all (a .txt document)."""
    return "sentenced " * words


def entity_page(entities: int = 500_000) -> str:
    """An HTML page whose article is one sentence and a flood of ``&amp;`` entities."""
    return (
        "<html><head><title>Entities</title></head><body><article><p>"
        "The judge sentenced Tom Reed to two years in prison for theft. "
        + "&amp; " * entities
        + "</p></article></body></html>"
    )


SHAPES = {
    "line.txt": repeated_sentence_line,
    "triggers.txt": trigger_run,
    "entities.html": entity_page,
}
