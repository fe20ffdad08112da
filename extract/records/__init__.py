"""Article → [Record]: the rule-based record extractor, one module per concern.

- ``extractor``: :class:`RecordExtractor`, the batch entry point, and the working text;
- ``triggers``: from one outcome trigger to draft records (hedges, priors, term assignment);
- ``defendants`` / ``arguments`` / ``appositions`` / ``coref`` / ``pronouns`` / ``people`` /
  ``naming`` / ``roles``: who a trigger is about (its parse arguments, names, pronouns,
  aliases and relatives), and who is not (officials, victims, sources of a report);
- ``lists`` / ``term_lists`` / ``colon_lists`` / ``enumerations`` / ``bullets``: defendants
  given as lists ("sentenced A to X, B to Y", "the following sentences: A, seven years; B,
  ...", "A (7 years), B (6 years)", "all three", "those convicted include A, B and C", one
  a line);
- ``terms`` / ``charges`` / ``charge_text`` / ``dates`` / ``places`` / ``place_hit`` /
  ``place_context`` / ``court_seats`` / ``court_city`` / ``area_towns`` / ``datelines``: the
  slots of one outcome, and the court city of a record that names none;
- ``guards``: hedged, denied, prior and statistical statements (no record);
- ``binding``: which defendants a clause's term binds to (counted, ordinal and partitive
  subjects, remainders, "respectively" lists);
- ``appeals``: an appeal's ruling as the record's latest state (quashed, cut, raised, upheld);
- ``assembly`` / ``restatements`` / ``groups``: merging drafts into one record per
  defendant per proceeding; unnamed drafts and lead summaries that restate named ones;
- ``ner_model`` / ``ner_data``: the trained span tagger beside the rules, and its data.

The rules themselves are data in ``models/patterns/``.
"""

from extract.records.extractor import (
    EXTRACTOR_VERSION,
    DocResult,
    RecordExtractor,
    working_text,
)

__all__ = ["EXTRACTOR_VERSION", "DocResult", "RecordExtractor", "working_text"]
