"""The batch runner: inputs → fetch → strip → extract → store, streaming, failures as rows.

Nothing here raises for a single bad document: every failure becomes a :class:`Failure`
stored with its reason, the batch goes on, and what was already stored stays.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from extract.article import to_article
from schemas import Article, Failure, Page, Record
from schemas.errors import DatabaseFault, ExtractError, VerdictsError
from verdicts.store import Store

if TYPE_CHECKING:
    from extract.config import ExtractConfig


class ExtractionResult(Protocol):
    """One article's records and the extractor's notes on what it dropped or cut."""

    records: list[Record]
    notes: list[str]


class Extractor(Protocol):
    """What the pipeline needs of a record extractor (see extract.records.RecordExtractor)."""

    version: str

    def extract_batch_notes(
        self, articles: list[Article]
    ) -> Sequence[ExtractionResult | Failure]: ...


@dataclass
class Tally:
    """What a run did, for the summary line, the runs table and the exit code."""

    counts: Counter[str] = field(default_factory=Counter)
    failures: Counter[str] = field(default_factory=Counter)

    def fail(self, failure: Failure) -> None:
        self.counts["failed"] += 1
        self.failures[failure.reason] += 1

    @property
    def failed(self) -> int:
        return self.counts["failed"]

    def as_dict(self) -> dict[str, object]:
        return {**self.counts, "failures_by_reason": dict(self.failures)}


OnStatus = Callable[[str], None]
Strip = Callable[[Page, tuple[str, ...]], Article]


def _strip(page: Page, languages: tuple[str, ...]) -> Article:
    return to_article(page, languages=languages)


def _ignore(_status: str) -> None:
    return None


@dataclass
class _Pending:
    """A page whose article waits in the current extraction batch."""

    page: Page
    article: Article
    input_key: str


class Batcher:
    """Strips pages as they come and extracts records in batches of ``batch_size`` (nlp.pipe)."""

    def __init__(
        self,
        store: Store,
        extractor: Extractor,
        config: ExtractConfig,
        *,
        run_id: int | None,
        tally: Tally,
        on_status: OnStatus = _ignore,
        strip: Strip | None = None,
    ) -> None:
        self.store = store
        self.strip = strip or _strip  # in-process, or through verdicts.budget's worker
        self.extractor = extractor
        self.config = config
        self.run_id = run_id
        self.tally = tally
        self.on_status = on_status
        self._pending: list[_Pending] = []

    def add(self, page: Page, *, input_key: str | None = None) -> None:
        """Strip ``page`` now; queue its article for extraction."""
        key = input_key or page.url or page.doc_id or "?"
        self.tally.counts["documents"] += 1
        try:
            article = self.strip(page, self.config.languages)
        except DatabaseFault:
            raise
        except VerdictsError as exc:
            self._store_unextracted(page, key, exc)
            return
        except Exception as exc:  # a stripper bug on one page must not stop the batch
            error = ExtractError(f"{type(exc).__name__}: {exc}", reason="strip-error")
            self._store_unextracted(page, key, error)
            return
        if article.language and article.language not in self.config.languages:
            self._save(
                _Pending(page, article, key),
                [],
                status="skipped",
                error=f"language: {article.language}",
            )
            self.tally.counts["skipped"] += 1
            self.on_status("skipped")
            return
        self._pending.append(_Pending(page, article, key))
        if len(self._pending) >= self.config.batch_size:
            self.flush()

    def fail(self, failure: Failure) -> None:
        """Record an input that never became a page."""
        self.tally.counts["documents"] += 1
        self.tally.fail(failure)
        self.store.save_failure(failure, run_id=self.run_id)
        self.on_status("failed")

    def flush(self) -> None:
        """Extract and store every queued article."""
        if not self._pending:
            return
        batch, self._pending = self._pending, []
        results: Sequence[ExtractionResult | Failure]
        try:
            results = self.extractor.extract_batch_notes([p.article for p in batch])
        except Exception:  # one bad article must not sink the others: isolate it
            results = [self._extract_one(p) for p in batch]
        for item, result in zip(batch, results, strict=True):
            if isinstance(result, Failure):
                self._save(item, [], status="failed", error=f"{result.reason}: {result.detail}")
                self.tally.fail(result)
                self.on_status("failed")
            else:
                notes = "; ".join(result.notes) or None
                self._save(item, result.records, status="extracted", error=None, notes=notes)
                self.tally.counts["articles"] += 1
                self.tally.counts["records"] += len(result.records)
                self.on_status("fetched")

    def _extract_one(self, item: _Pending) -> ExtractionResult | Failure:
        try:
            return self.extractor.extract_batch_notes([item.article])[0]
        except Exception as exc:
            return Failure(
                input=item.input_key,
                stage="extract",
                reason="extractor-error",
                detail=f"{type(exc).__name__}: {exc}",
                doc_id=item.article.doc_id,
            )

    def _store_unextracted(self, page: Page, key: str, exc: VerdictsError) -> None:
        failure = Failure.from_error(exc, input=key, stage="strip", doc_id=page.doc_id)
        self.tally.fail(failure)
        self.on_status("failed")
        article = Article(
            doc_id=page.doc_id,
            url=page.url,
            final_url=page.final_url,
            text="",
            source=page.source,
            kind=page.kind,
            content_sha256=page.content_sha256,
            fetched_at=page.fetched_at,
            published=page.published_hint,
        )
        self._save(_Pending(page, article, key), [], status="failed", error=f"{exc.reason}: {exc}")

    def _save(
        self,
        item: _Pending,
        records: list[Record],
        *,
        status: str,
        error: str | None,
        notes: str | None = None,
    ) -> None:
        try:
            self.store.save_article(
                item.article,
                item.page,
                records=records,
                status=status,
                error=error,
                notes=notes,
                extractor_version=self.extractor.version,
                run_id=self.run_id,
                input_key=item.input_key,
            )
        except DatabaseFault:
            raise  # the database as a whole: stop the run, blame no document
        except VerdictsError as exc:
            failure = Failure.from_error(exc, input=item.input_key, stage="store")
            self.tally.fail(failure)
            self.store.save_failure(failure, run_id=self.run_id)


def process(items: Iterable[Page | Failure], batcher: Batcher) -> None:
    """Feed local pages (or their failures) through strip → extract → store."""
    for item in items:
        if isinstance(item, Failure):
            batcher.fail(item)
        else:
            batcher.add(item)
    batcher.flush()


def stored_pages(store: Store) -> Iterator[Page]:
    """Every stored raw page, for re-extraction without the network."""
    for _article_id, page in store.iter_stored_pages():
        yield page
