"""Article → [Record]: sentencing records from body text (spaCy rules plus NER).

For each article: a cheap pass (tokenizer + trigger matcher) decides whether the
statistical pipeline runs at all; on the parsed text every trigger ("sentenced", "pleaded
guilty", "charges dismissed" …) is tied to its defendants through the dependency parse
(with a linear fallback where the small model's parse is wrong), then to its sentence
phrase, charge, date and place. Mentions of one defendant are merged into one record.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from pydantic import ValidationError
from spacy.tokens import Doc

from extract.bounds import blank_outside, cap_sentences, parse_windows, pipe_batches
from extract.config import ExtractConfig
from extract.nlp import Rules, TriggerHit, find_triggers, load_nlp, load_rules
from extract.records.accusations import states_accusation
from extract.records.appeals import upheld_later
from extract.records.area_towns import area_towns, narrow_areas
from extract.records.assembly import DEFERRED_FLAG, Draft, finish_drafts
from extract.records.bullets import list_drafts
from extract.records.clauses import inside_aside, prenominal
from extract.records.court_city import court_city_default
from extract.records.dates import sentence_dates, states_hearing
from extract.records.enumerations import (
    add_tagged_names,
    complete_name_lists,
    parenthesised_aliases,
    patronymic_names,
)
from extract.records.group_names import name_listed_groups
from extract.records.groups import absorb_definite_groups, absorb_groups_named_later
from extract.records.lead_names import name_lead_later
from extract.records.name_index import build_name_index
from extract.records.naming import fullest_names, name_unnamed_groups, name_unnamed_leads
from extract.records.ner_data import paragraph
from extract.records.ner_model import load_tagger
from extract.records.people import NameIndex, is_nation, title_only
from extract.records.places import find_places
from extract.records.prior_nouns import prior_noun_drafts
from extract.records.repeats import (
    count_out_named_lead,
    drop_mention_repeats,
    drop_repeats,
)
from extract.records.stamps import reference_day
from extract.records.suspensions import suspend_earlier
from extract.records.term_lists import parenthesised_names
from extract.records.terms import defer_earlier
from extract.records.triggers import drafts_for_trigger
from extract.records.working_text import working_text
from extract.windows import covered, move_hits, tokens, trigger_windows
from schemas import Article, ExtractError, Failure, Record, RecordError, VerdictsError

EXTRACTOR_VERSION = "0.1.0"
_LOG = logging.getLogger(__name__)
@dataclass(slots=True)
class DocResult:
    """The records of one article and notes on what was dropped or cut, and why."""

    records: list[Record] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class RecordExtractor:
    """Loads the spaCy pipeline once; extracts records from batches of articles."""

    version = EXTRACTOR_VERSION

    def __init__(self, config: ExtractConfig) -> None:
        from extract.places import load_gazetteer  # B2's module; imported late (heavy CSV)

        self.config = config
        self.nlp = load_nlp(config.model)
        self.nlp.max_length = max(self.nlp.max_length, config.max_chars + 1)
        self.rules: Rules = load_rules(config.model)
        gazetteer = load_gazetteer()
        ambiguous = gazetteer.is_ambiguous_word

        def lookup(name: str) -> object | None:
            if ambiguous(name):
                return None
            return gazetteer.lookup(name)

        self._lookup: Callable[[str], object | None] = lookup
        self._tagger = load_tagger(config.ner_policy)  # None when the policy is rules only

    # ------------------------------------------------------------------ public API

    def extract_batch(self, articles: Sequence[Article]) -> list[list[Record] | Failure]:
        """One entry per article, in order: its records, or the Failure that stopped it."""
        out: list[list[Record] | Failure] = []
        for article, result in zip(articles, self.extract_batch_notes(articles), strict=True):
            if isinstance(result, Failure):
                out.append(result)
            else:
                for note in result.notes:
                    _LOG.warning("%s: %s", article.doc_id or article.url, note)
                out.append(result.records)
        return out

    @contextlib.contextmanager
    def memory_zone(self) -> Iterator[None]:
        """A block whose new strings, lexemes and tokenizer cache entries are freed at its end,
        in this pipeline's vocabulary and the trained tagger's (spaCy memory zones): a worker
        that extracts batch after batch keeps the vocabulary it had once loaded, however many
        new words its input holds. Nothing spaCy made inside (a Doc, a Token) may be used
        after the block; what the extractor returns holds plain values only."""
        with contextlib.ExitStack() as stack:
            for nlp in (self.nlp, *([self._tagger.nlp] if self._tagger is not None else [])):
                stack.enter_context(nlp.memory_zone())
            yield

    def extract_batch_notes(self, articles: Sequence[Article]) -> list[DocResult | Failure]:
        """Like :meth:`extract_batch`, with each article's notes on dropped records.

        Articles go through in slices of ``batch_size``: tokenized, parsed and read before
        the next slice is tokenized, so memory holds one slice's docs, whatever the input."""
        results: list[DocResult | Failure] = []
        for start in range(0, len(articles), self.config.batch_size):
            chunk = articles[start:start + self.config.batch_size]
            todo: list[tuple[int, Doc, str, list[TriggerHit] | None]] = []
            for article in chunk:
                result = DocResult()
                results.append(result)
                try:
                    ready = self._prepare(article, result)
                except Exception as exc:
                    results[-1] = self._failure(article, exc)
                    continue
                if ready is not None:
                    todo.append((len(results) - 1, *ready))
            parsed_docs = self._parse([doc for _, doc, _, _ in todo])
            for (n, _, text, hits), parsed in zip(todo, parsed_docs, strict=True):
                pending = results[n]
                if not isinstance(pending, DocResult):
                    continue
                try:
                    if isinstance(parsed, Exception):
                        raise parsed
                    self._extract_doc(parsed, text, articles[n], pending, hits)
                except Exception as exc:
                    results[n] = self._failure(articles[n], exc)
        return results

    def _prepare(self, article: Article, result: DocResult
                 ) -> tuple[Doc, str, list[TriggerHit] | None] | None:
        """The unparsed doc of ``article`` (cut to the bounds, blanked outside the trigger
        windows), its text, and its trigger hits when they still index that doc; None when
        the pre-filter finds no outcome word."""
        bounds = self.config.bounds
        text = article.text
        if len(text) > self.config.max_chars:
            result.notes.append(f"text-truncated: only the first {self.config.max_chars}"
                                f" of {len(text)} characters were read")
            text = text[: self.config.max_chars]
        work = working_text(text)
        doc = self.nlp.make_doc(work)
        if len(doc) > bounds.max_tokens:
            cut = doc[bounds.max_tokens].idx
            result.notes.append(f"text-truncated: only the first {bounds.max_tokens}"
                                f" of {len(doc)} words were read")
            text, work = text[:cut], work[:cut]
            doc = self.nlp.make_doc(work)
        hits: list[TriggerHit] | None = None
        large = len(work) > bounds.max_parse_chars
        if large or self.config.prefilter or self.config.windows.enabled:
            hits = find_triggers(doc, self.rules)
            if not hits and self.config.prefilter:
                return None
            if large:
                # a huge text: parse only the neighbourhood of its first triggers
                # (blanked elsewhere, so offsets hold), with or without the pre-filter
                ranges, kept = parse_windows(
                    len(work), [doc[h.anchor].idx for h in hits],
                    window=bounds.window, budget=bounds.max_parse_chars)
                result.notes.append("large-text: only the text around outcome words "
                                    "was parsed")
                if kept < len(hits):
                    result.notes.append(f"parse-capped: {len(hits) - kept} of "
                                        f"{len(hits)} outcome words were not read")
                doc, hits = self.nlp.make_doc(blank_outside(work, ranges)), None
            elif hits and self.config.windows.enabled:
                doc, hits = self._windowed(doc, work, hits)
        split = cap_sentences(doc, bounds.max_sentence_tokens)
        if split:
            result.notes.append(f"long-sentences: {split} cut after "
                                f"{bounds.max_sentence_tokens} words")
        return doc, text, hits

    def _windowed(self, doc: Doc, work: str, hits: list[TriggerHit]
                  ) -> tuple[Doc, list[TriggerHit] | None]:
        """``doc`` remade with only the sentences around ``hits`` left to parse (the rest
        blanked, offsets kept), or ``doc`` itself when they cover most of it; with the hits
        moved onto the doc returned (None: match again)."""
        windows = self.config.windows
        ranges = trigger_windows(doc, [h.anchor for h in hits], before=windows.before,
                                 after=windows.after, lookup=self._lookup,
                                 wanted=_read_article_wide)
        if covered(ranges) > windows.full_above * len(work):
            return doc, hits
        out = self.nlp.make_doc(blank_outside(work, ranges))
        # a window starts a sentence (the parser must not join it to the last), unless only
        # blank text precedes it: the doc's first sentence holds that, as in the full parse
        starts = {lo for lo, _ in ranges} - {len(work) - len(work.lstrip())}
        for i, idx in enumerate(tokens(out).idx):
            if idx in starts:
                out[i].is_sent_start = True
        return out, move_hits(doc, out, hits)

    def _parse(self, docs: list[Doc]) -> list[Doc | Exception]:
        """Run the statistical pipeline over ``docs``; one by one if the batch fails."""
        size, bounds = self.config.batch_size, self.config.bounds
        try:  # in runs of bounded tokens: a run's parse is the process's peak memory
            return [parsed for run in pipe_batches(docs, bounds.pipe_tokens, size)
                    for parsed in self.nlp.pipe(run, batch_size=size)]
        except Exception:  # one bad document must not take the others with it
            out: list[Doc | Exception] = []
            for doc in docs:
                try:
                    out.append(self.nlp(doc))
                except Exception as exc:
                    out.append(exc)
            return out

    # ------------------------------------------------------------------ one document

    def _failure(self, article: Article, exc: Exception) -> Failure:
        error = exc if isinstance(exc, VerdictsError) else ExtractError(
            f"{type(exc).__name__}: {exc}", reason="extract-crash")
        return Failure.from_error(error, input=article.url or article.doc_id or "<text>",
                                  stage="extract", doc_id=article.doc_id)

    def _extract_doc(self, doc: Doc, text: str, article: Article, result: DocResult,
                     hits: list[TriggerHit] | None = None) -> None:
        if hits is None:  # not matched yet, or matched on a doc since remade
            hits = find_triggers(doc, self.rules)
        if not hits:
            return
        cap = self.config.bounds.max_triggers
        if len(hits) > cap:
            result.notes.append(f"triggers-capped: {len(hits) - cap} of {len(hits)} outcome "
                                f"words were not followed")
            hits = hits[:cap]
        names: NameIndex = build_name_index(doc, self.rules, self._lookup)
        complete_name_lists(doc, names, self.rules)  # "A, B and C" where the NER knew only A
        parenthesised_aliases(doc, names)  # 'A Tremblay ("A")': "A" is Tremblay later
        patronymic_names(doc, names, self.rules)  # "Ramiz Ismayil oglu Aliyev" is one name
        parenthesised_names(doc, names, self.rules)  # "Yildiz (7 years), Demir (6 years)"
        if self._tagger is not None and self._tagger.policy.mode("person") != "rules":
            # the trained tagger's defendants the small NER missed, in paragraphs with outcomes
            paras = sorted({paragraph(text, doc[h.anchor].idx, doc[h.anchor].idx + 1)
                            for h in hits})
            self._tagger.tag_all([text[lo:hi] for lo, hi in paras])
            for lo, hi in paras:
                add_tagged_names(doc, names, [(lo + s, lo + e, lab) for s, e, lab in
                                              self._tagger.spans(text[lo:hi])], self.rules)
        default_city = court_city_default(doc, text, self._lookup)
        # without a publication date, the dateline's day ("New York, July 24, 2017 -")
        published = reference_day(text, article.published)
        drafts: list[Draft] = []
        for n, hit in enumerate(hits):
            sent_end = doc[hit.anchor].sent.end
            later = (h for h in hits[n + 1:]
                     if not inside_aside(doc[hit.anchor], doc[h.anchor])
                     and not prenominal(doc[h.anchor]))
            nxt = next((h.start for h in later), None)
            next_anchor = doc[nxt].idx if nxt is not None and nxt < sent_end else None
            try:
                drafts.extend(drafts_for_trigger(
                    doc, hit, self.rules, names, drafts,
                    places=lambda sent: find_places(sent, self._lookup),
                    dates=lambda sent: sentence_dates(sent, published),
                    published=published, next_anchor=next_anchor,
                ))
                drafts.extend(list_drafts(  # "... the following sentences:" and one a line
                    doc, hit, self.rules, names,
                    places=lambda sent: find_places(sent, self._lookup),
                    dates=lambda sent: sentence_dates(sent, published)))
            except RecordError as exc:
                result.notes.append(f"{exc.reason}: {exc}")
            except Exception as exc:  # a bad sentence must not sink the rest
                result.notes.append(f"trigger-failed: {hit.rule.id} at {doc[hit.anchor].idx}: "
                                    f"{type(exc).__name__}: {exc}")
        drafts.extend(prior_noun_drafts(doc, drafts))  # "X had a previous conviction for Y"
        name_unnamed_leads(doc, drafts, names, self.rules)  # "a woman ... Ann Cole, 39, ..."
        name_lead_later(doc, drafts, names, self.rules)  # "a blogger ... Later, X stood ..."
        drafts = name_unnamed_groups(doc, drafts, names, self.rules)  # "They are A, B and C"
        drafts = name_listed_groups(doc, drafts, names, self.rules)  # "named them as A, B"
        defer_earlier(doc, drafts, DEFERRED_FLAG)  # "... The court deferred the verdicts."
        suspend_earlier(doc, drafts, "suspended-after")  # "... The sentences were suspended."
        drafts = drop_mention_repeats(drafts, text)  # "a sum of $5,000", "the accused"
        taken = {d.sent_index for d in drafts if d.person}
        finished = absorb_definite_groups(finish_drafts(drafts, default_city, self.rules), text)
        finished = absorb_groups_named_later(finished, text)  # "16 ... Those convicted: A, B"
        finished = drop_repeats(finished, text)  # a headline, lead and body of one defendant
        count_out_named_lead(finished, text)  # "X and four others ... the five persons"
        narrow_areas(finished, area_towns(doc, self._lookup))  # a state's court, its one town
        fullest_names(finished, names, self.rules)  # "A B", later "C A B": the fullest form
        # "An appeals court upheld the sentence on 9 May": the latest state's day
        upheld_later(doc, finished, taken, lambda sent: sentence_dates(sent, published))
        for draft in finished:
            try:
                result.records.append(self._record(draft, text))
            except (ValidationError, ValueError) as exc:
                result.notes.append(f"invalid-record: {draft.person or draft.group_size}: "
                                    f"{_first_error(exc)}")
        result.records = _without_repeats(result.records)
        if self._tagger is not None:  # the trained tagger's slots, as its policy allows
            result.records = self._tagger.revise(
                result.records, text, article.published,
                not_a_name=lambda name: title_only(name, self.rules) or is_nation(name))

    def _record(self, d: Draft, text: str) -> Record:
        from extract.places import place_fields  # the place as written → a gazetteer entry

        evidence = text[d.ev_start:d.ev_end]
        return Record(
            person=d.person, group_size=d.group_size, **place_fields(d.city, d.country, text),
            date=d.date, charge=d.charge, sentence=d.sentence, sentence_months=d.months,
            sentence_type=d.type, outcome=d.outcome, evidence=evidence,
            evidence_start=d.ev_start, evidence_end=d.ev_end, rule_id=d.rule_id,
            extractor_version=EXTRACTOR_VERSION, flags=tuple(sorted(set(d.flags))),
        )


def _without_repeats(records: list[Record]) -> list[Record]:
    """A passage the page repeats (a caption, a syndicated paragraph twice) states one
    outcome once: a record equal to an earlier one in its evidence text and every field
    but the offsets is dropped."""
    seen: set[tuple[object, ...]] = set()
    out: list[Record] = []
    for r in records:
        key = (r.evidence, r.person, r.group_size, r.city, r.date, r.charge, r.sentence,
               r.outcome)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _read_article_wide(words: set[str]) -> bool:
    """A sentence the rules read wherever it stands: the article's accusation or its
    statement of the hearing's day (records/accusations.py, records/dates.py)."""
    return states_accusation(words) or states_hearing(words)


def _first_error(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        return f"{'.'.join(str(x) for x in err['loc'])}: {err['msg']}"
    return str(exc)
