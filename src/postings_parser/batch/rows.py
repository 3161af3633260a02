"""Flat rows for tables: one row per posting, with nested lists and structs (no JSON strings).

The layout is the Arrow schema of :mod:`postings_parser.arrow`; this module builds plain
dictionaries so that it needs no pyarrow and the JSONL output shares the exact same rows.
"""

from __future__ import annotations

from typing import Any

from ..models import Page, Posting


def posting_row(page_id: str, posting: Posting) -> dict[str, Any]:
    """The row of one posting of the page (or record) ``page_id``."""
    r = posting.responsibilities
    return {
        "page_id": page_id,
        "posting_index": posting.index,
        "title": posting.title,
        "job_id": posting.job_id,
        "posted_date": posting.posted_date,
        "start": posting.span.start,
        "end": posting.span.end,
        "locations": [
            {
                "raw": loc.raw,
                "country": loc.country,
                "region": loc.region,
                "city": loc.city,
                "country_name": loc.country_name,
                "region_name": loc.region_name,
                "valid": loc.valid,
            }
            for loc in posting.locations
        ],
        "sections": [
            {
                "heading": s.heading,
                "kind": s.kind,
                "body": s.body.text,
                "start": s.start,
                "end": s.end,
            }
            for s in posting.sections
        ],
        "responsibilities": None
        if r is None
        else {
            "heading": r.heading,
            "intro": r.intro,
            "items": [{"text": i.text, "start": i.start, "end": i.end} for i in r.items],
        },
        "requirements": [
            {
                "text": q.text,
                "start": q.span.start,
                "end": q.span.end,
                "paths": [
                    {
                        "degree": p.degree.value if p.degree else None,
                        "min_years": p.min_years,
                        "max_years": p.max_years,
                    }
                    for p in q.paths
                ],
                "fields": list(q.fields),
                "or_equivalent": q.or_equivalent,
                "preferred": q.preferred,
            }
            for q in posting.requirements
        ],
        "min_degree": posting.min_degree.value if posting.min_degree else None,
        "min_years": posting.min_years,
        "warnings": [{"code": w.code.value, "message": w.message} for w in posting.warnings],
        "text": posting.text,
    }


def page_rows(page_id: str, page: Page) -> list[dict[str, Any]]:
    """The rows of every posting of ``page``."""
    return [posting_row(page_id, p) for p in page.postings]
