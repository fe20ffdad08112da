"""Article → [Record]: the rule-based record extractor, one module per concern.

- ``extractor``: :class:`RecordExtractor`, the batch entry point, and the working text;
- ``triggers``: from one outcome trigger to draft records (hedges, priors, term assignment);
- ``defendants`` / ``coref`` / ``people``: who a trigger is about; names, pronouns, officials;
- ``lists`` / ``enumerations`` / ``bullets``: defendants given as lists ("sentenced A to X, B
  to Y", "all three", "those convicted include A, B and C", one defendant a line);
- ``terms`` / ``charges`` / ``dates`` / ``places``: the slots of one outcome;
- ``binding``: which defendants a clause's term binds to (counted, ordinal and partitive
  subjects, remainders, "respectively" lists);
- ``appeals``: an appeal's ruling as the record's latest state (quashed, cut, raised, upheld);
- ``assembly``: merging drafts into one record per defendant per proceeding.

The rules themselves are data in ``models/patterns/``.
"""

from extract.records.extractor import (
    EXTRACTOR_VERSION,
    DocResult,
    RecordExtractor,
    working_text,
)

__all__ = ["EXTRACTOR_VERSION", "DocResult", "RecordExtractor", "working_text"]
