"""The careers-listing layout: title, location, job id and posted date come out of the header."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import postings_parser as pp

HEADERS = [
    (
        "Sr. Data Scientist, Enterprise Security Products US, TX, Austin Job ID: 10421662 "
        "Posted May 15, 2026 (Updated 16 days ago) What happens when you combine startup speed",
        "Sr. Data Scientist, Enterprise Security Products",
        "10421662",
        dt.date(2026, 5, 15),
        "What happens when you combine startup speed",
    ),
    (
        "Applied Scientist DE, BE, Berlin Job ID: 10450357 Posted June 16, 2026 "
        "(Updated 0 days ago) At Audible, we believe stories have the power to transform lives.",
        "Applied Scientist",
        "10450357",
        dt.date(2026, 6, 16),
        "At Audible, we believe stories have the power to transform lives.",
    ),
    (
        "Sr. Data Science, Amazon Customer Service Data Analytics Support Hub LU, Luxembourg "
        "Job ID: 10443598 Posted June 4, 2026 (Updated 0 days ago) Amazon's Customer Service",
        "Sr. Data Science, Amazon Customer Service Data Analytics Support Hub",
        "10443598",
        dt.date(2026, 6, 4),
        "Amazon's Customer Service",
    ),
]


@pytest.mark.parametrize(("text", "title", "job_id", "posted", "body"), HEADERS)
def test_careers_header_gives_title_job_id_date_and_body(
    text: str, title: str, job_id: str, posted: dt.date, body: str
) -> None:
    posting = pp.parse_posting(text)
    assert (posting.title, posting.job_id, posting.posted_date) == (title, job_id, posted)
    assert posting.body.slice(text) == body


def test_every_careers_record_gives_its_title_id_and_date(
    amazon_records: list[dict[str, Any]],
) -> None:
    wrong = []
    for record in amazon_records:
        posting = pp.parse_posting(record["text"])
        got = (posting.title, posting.job_id, str(posting.posted_date))
        if got != (record["title"], record["job_id"], record["posted_date"]):
            wrong.append((record["job_id"], got))
    assert wrong == []


def test_careers_postings_on_one_page_are_each_a_posting(
    amazon_records: list[dict[str, Any]],
) -> None:
    page = pp.parse_page("\n".join(r["text"] for r in amazon_records[:5]))
    assert [p.job_id for p in page.postings] == [r["job_id"] for r in amazon_records[:5]]
    assert page.article is None
