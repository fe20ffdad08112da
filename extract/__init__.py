"""Extraction stage: Page → Article (boilerplate, metadata, language) → [Record] (spaCy)."""
