"""Posting.to_jsonld(): a schema.org JobPosting that uses schema.org's types and properties."""

from __future__ import annotations

import json
from typing import Any

import pytest

import postings_parser as pp

from .conftest import read_jsonl

# The properties schema.org defines on each type used (read off schema.org, including the ones
# inherited from Thing / Intangible / StructuredValue / ContactPoint).
SCHEMA_ORG: dict[str, set[str]] = {
    "JobPosting": {
        "title", "identifier", "datePosted", "description", "jobLocation", "responsibilities",
        "educationRequirements", "experienceRequirements", "experienceInPlaceOfEducation",
        "qualifications", "skills", "employmentType", "hiringOrganization", "validThrough",
        "url", "jobLocationType", "applicantLocationRequirements",
        "eligibilityToWorkRequirement", "baseSalary",
    },
    "Organization": {"name", "url", "sameAs"},
    "MonetaryAmount": {"currency", "value", "minValue", "maxValue"},
    "QuantitativeValue": {"minValue", "maxValue", "unitText", "value"},
    "Country": {"name", "identifier"},
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


@pytest.mark.parametrize(
    ("sentence", "location_type"),
    [
        ("This is a fully remote position open to candidates in the United States.", "TELECOMMUTE"),
        ("This is a hybrid role: three days a week in our Berlin office.", None),
        ("This role is based on-site in our Austin office.", None),
    ],
)
def test_only_fully_remote_jobs_are_telecommute(sentence: str, location_type: str | None) -> None:
    doc = pp.parse_posting(f"About the role\n{sentence}").to_jsonld()
    assert doc.get("jobLocationType") == location_type


def test_employment_types_use_schema_org_values() -> None:
    doc = pp.parse_posting("Job type: Full-time\nThis is a contract position.").to_jsonld()
    assert set(doc["employmentType"]) >= {"FULL_TIME"}
    assert set(doc["employmentType"]) <= {"FULL_TIME", "CONTRACTOR"}


def test_the_employer_and_the_address_are_passed_in() -> None:
    doc = pp.parse_posting("US, WA, Seattle\nBuild things.").to_jsonld(
        hiring_organization="Example Corp", url="https://example.com/jobs/1"
    )
    assert doc["hiringOrganization"] == {"@type": "Organization", "name": "Example Corp"}
    assert doc["url"] == "https://example.com/jobs/1"
    _check_types(doc)


def test_unknown_codes_and_remote_entries_are_not_places() -> None:
    doc = pp.parse_page("ZZ, QQ, Nowhere | US, Remote | US, WA, Seattle\nBuild things.")
    places = doc.postings[0].to_jsonld()["jobLocation"]
    assert [p["address"].get("addressLocality") for p in places] == ["Seattle"]


def test_a_preferred_degree_is_not_a_required_one() -> None:
    posting = pp.parse_posting(
        "Basic Qualifications\n- Bachelor's degree in Computer Science\n"
        "Preferred Qualifications\n- Master's degree in Computer Science"
    )
    levels = [c["educationalLevel"] for c in posting.to_jsonld()["educationRequirements"]]
    assert levels == ["bachelor"]


def test_base_salary_is_a_monetary_amount_per_period() -> None:
    posting = pp.parse_posting(
        "About the role\nBuild things.\nThe pay for this role is $45-$55 per hour."
    )
    assert posting.to_jsonld()["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "USD",
        "value": {"@type": "QuantitativeValue", "unitText": "HOUR", "minValue": 45, "maxValue": 55},
    }
