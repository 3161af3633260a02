"""Posting.to_jsonld(): a schema.org JobPosting that uses schema.org's types and properties."""

from __future__ import annotations

import json
from typing import Any

import postings_parser as pp

from .conftest import read_jsonl

# The properties schema.org defines on each type used (read off schema.org, including the ones
# inherited from Thing / Intangible / StructuredValue / ContactPoint).
SCHEMA_ORG: dict[str, set[str]] = {
    "JobPosting": {
        "title", "identifier", "datePosted", "description", "jobLocation", "responsibilities",
        "educationRequirements", "experienceRequirements", "experienceInPlaceOfEducation",
        "qualifications", "skills", "employmentType", "hiringOrganization", "validThrough",
    },
    "PropertyValue": {"name", "value", "propertyID", "unitCode", "description"},
    "Place": {"address", "name", "geo"},
    "PostalAddress": {
        "addressCountry", "addressRegion", "addressLocality", "postalCode", "streetAddress",
    },
    "EducationalOccupationalCredential": {
        "credentialCategory", "educationalLevel", "name", "description",
    },
    "OccupationalExperienceRequirements": {"monthsOfExperience", "name", "description"},
}  # fmt: skip
CREDENTIAL_CATEGORIES = {
    "high school",
    "associate degree",
    "bachelor degree",
    "postgraduate degree",
}


def _check_types(node: Any) -> None:
    if isinstance(node, list):
        for x in node:
            _check_types(x)
    elif isinstance(node, dict):
        kind = node["@type"]
        allowed = SCHEMA_ORG[kind] | {"@type", "@context"}
        assert set(node) <= allowed, (kind, set(node) - allowed)
        for value in node.values():
            _check_types(value)


def test_careers_posting_as_jobposting(amazon_records: list[dict[str, Any]]) -> None:
    record = next(r for r in amazon_records if r["job_id"] == "10474543")
    doc = pp.parse_posting(record["text"]).to_jsonld()
    json.dumps(doc)
    _check_types(doc)
    assert doc["@context"] == "https://schema.org"
    assert doc["title"] == "Research Scientist III - AMZ10061595"
    assert doc["identifier"]["value"] == "10474543"
    assert doc["datePosted"] == "2026-07-14"
    assert doc["jobLocation"][0]["address"] == {
        "@type": "PostalAddress",
        "addressCountry": "US",
        "addressRegion": "WA",
        "addressLocality": "Seattle",
    }
    assert len(doc["responsibilities"]) == 5
    assert {c["credentialCategory"] for c in doc["educationRequirements"]} == {
        "postgraduate degree",
        "bachelor degree",
    }
    assert {e["monthsOfExperience"] for e in doc["experienceRequirements"]} == {36, 60}


def test_every_corpus_posting_gives_valid_types() -> None:
    for record in read_jsonl("employers.sample.jsonl")[:60]:
        doc = pp.parse_posting(record["text"]).to_jsonld()
        _check_types(doc)
        for credential in doc.get("educationRequirements", []):
            assert credential["credentialCategory"] in CREDENTIAL_CATEGORIES


def test_six_months_is_six_months_of_experience() -> None:
    posting = pp.parse_posting("Qualifications\n- Six months of experience in retail")
    assert posting.to_jsonld()["experienceRequirements"][0]["monthsOfExperience"] == 6
