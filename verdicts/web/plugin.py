"""A Datasette plugin: a record's page shows its evidence highlighted inside its article.

The article text is escaped piece by piece (markupsafe) around one ``<mark>``: a page whose
text holds ``<script>`` renders it as text.
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl
from markupsafe import Markup, escape

# Characters of article text shown either side of the evidence.
CONTEXT = 1500


def highlight(text: str, start: int, end: int, context: int = CONTEXT) -> Markup:
    """``text`` around ``[start, end)`` as HTML, the span in ``<mark>``, everything escaped."""
    lo, hi = max(0, start - context), min(len(text), end + context)
    before = ("…" if lo else "") + text[lo:start]
    after = text[end:hi] + ("…" if hi < len(text) else "")
    return Markup("{}<mark id=\"evidence\">{}</mark>{}").format(
        escape(before), escape(text[start:end]), escape(after)
    )


@hookimpl
def extra_template_vars(
    view_name: str, table: str | None, database: str | None, request: Any, datasette: Any
) -> Any:
    if view_name != "row" or table != "records" or request is None:
        return {}

    async def inner() -> dict[str, Any]:
        pks = request.url_vars.get("pks", "")
        from datasette.utils import tilde_decode

        record_id = tilde_decode(pks)
        db = datasette.get_database(database)
        result = await db.execute(
            "SELECT r.evidence_start, r.evidence_end, a.text, a.url, a.title, a.doc_id,"
            " a.published FROM records r JOIN articles a ON a.id = r.article_id WHERE r.id = ?",
            [record_id],
        )
        row = result.first()
        if row is None:
            return {}
        url = row["url"] if (row["url"] or "").startswith(("http://", "https://")) else None
        return {
            "verdicts_evidence": {
                "html": highlight(row["text"], row["evidence_start"], row["evidence_end"]),
                "url": url,
                "title": row["title"],
                "doc_id": row["doc_id"],
                "published": row["published"],
            }
        }

    return inner
