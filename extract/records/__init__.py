"""Article → [Record]: the rule-based record extractor, one module per concern.

- ``extractor``: :class:`RecordExtractor`, the batch entry point; ``working_text``: the text
  the parser reads (offsets kept); ``layout``: headline lines and sentence ordinals;
- ``triggers``: from one outcome trigger to draft records (hedges, priors, term assignment);
  ``clauses``: the parts of its sentence the slots come from; ``guards``: hedged, denied,
  prior, earlier and statistical statements (no record; ``tallies``: counts and sums
  over unnamed many);
- who a trigger is about: ``defendants`` / ``arguments`` (parse arguments) / ``conjuncts``
  (who the parse coordinates with a defendant) / ``appositions`` / ``addresses`` (a street or
  district after a name, never a person) / ``coref`` / ``pronouns`` / ``descriptions`` ("the
  teacher") / ``people`` /
  ``name_index`` / ``name_runs`` (names the NER missed) / ``naming`` / ``lead_names`` (an
  unnamed lead named further on) / ``member_nouns`` /
  ``roles`` (officials, victims, sources of a report, who are not); ``group_names`` (an
  unnamed group whose members the next sentences name);
- defendants given as lists: ``lists`` / ``term_lists`` / ``colon_lists`` / ``colon_terms`` /
  ``enumerations`` / ``members`` / ``labels`` / ``bullets`` ("sentenced A to X, B to Y", "the
  following sentences: A, seven years; B, ...", "A (7 years)", "all three", "those convicted
  include A, B and C", a label line, one a line);
- the slots of one outcome: ``terms`` / ``charges`` / ``charge_bounds`` / ``charge_text`` /
  ``accusations`` / ``charge_cues`` ("jailed over X", "in the case of X") / ``dates`` /
  ``stamps`` (the page's own day) / ``own_time`` / ``where_when`` / ``places`` / ``place_hit`` /
  ``place_context`` / ``place_words`` / ``court_seats`` / ``court_city`` / ``area_towns`` /
  ``datelines`` (and the court city of a record that names none);
- ``binding``: which defendants a clause's term binds to (counted, ordinal and partitive
  subjects, remainders, "respectively" lists);
- ``appeals``: an appeal's ruling as the record's latest state (quashed, cut, raised, upheld);
- earlier convictions: ``prior_nouns`` ("had a previous conviction for X", "her earlier
  six-year sentence") / ``prior_links`` (a prior mention that retells the story's own case);
- ``assembly`` / ``restatements`` / ``groups`` / ``frames``: merging drafts into one record per
  defendant per proceeding; unnamed drafts and lead summaries that restate named ones; the
  day, charge and town of one hearing carried to the people named after it; ``repeats``: one
  defendant told several times (headline, lead, body, a nickname) as one record;
- ``ner_model`` / ``ner_data`` / ``ner_corpus`` / ``read_silver``: the trained span tagger
  beside the rules, its data, its documents, and the corpus records corrected by reading.

The rules themselves are data in ``models/patterns/``.
"""

from extract.records.extractor import (
    EXTRACTOR_VERSION,
    DocResult,
    RecordExtractor,
    working_text,
)

__all__ = ["EXTRACTOR_VERSION", "DocResult", "RecordExtractor", "working_text"]
