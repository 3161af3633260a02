"""schema.org ``JobPosting`` as JSON-LD, from a :class:`Posting`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import Location, Posting

# schema.org's EducationalOccupationalCredential.credentialCategory values, by ``Degree`` value
# (this module reads the models only for typing: the models call it, not the reverse)
CREDENTIAL_CATEGORY = {
    "high_school": "high school",
    "associate": "associate degree",
    "bachelor": "bachelor degree",
    "master": "postgraduate degree",
    "doctorate": "postgraduate degree",
}


def _place(location: Location) -> dict[str, Any]:
    address: dict[str, Any] = {"@type": "PostalAddress", "addressCountry": location.country}
    if location.region is not None:
        address["addressRegion"] = location.region
    if location.city is not None:
        address["addressLocality"] = location.city
    return {"@type": "Place", "address": address}


def _job_locations(posting: Posting) -> list[dict[str, Any]]:
    """The places where the job is done: remote entries and codes ISO 3166 does not know are
    not places (``US, Remote`` is no town called Remote)."""
    return [
        _place(x) for x in posting.locations if x.valid and not x.remote and x.country is not None
    ]


def to_jsonld(posting: Posting) -> dict[str, Any]:
    """The posting as a schema.org ``JobPosting`` (a JSON-serialisable dict)."""
    doc: dict[str, Any] = {"@context": "https://schema.org", "@type": "JobPosting"}
    if posting.title:
        doc["title"] = posting.title
    if posting.job_id:
        doc["identifier"] = {"@type": "PropertyValue", "name": "Job ID", "value": posting.job_id}
    if posting.posted_date:
        doc["datePosted"] = posting.posted_date.isoformat()
    doc["description"] = posting.text_at(posting.body.start, posting.body.end)
    places = _job_locations(posting)
    if places:
        doc["jobLocation"] = places
    if posting.responsibilities and posting.responsibilities.items:
        doc["responsibilities"] = [i.text for i in posting.responsibilities.items]
    education: list[dict[str, Any]] = []
    experience: list[dict[str, Any]] = []
    for r in posting.requirements:
        for p in r.paths:
            if p.degree is not None:
                credential = {
                    "@type": "EducationalOccupationalCredential",
                    "credentialCategory": CREDENTIAL_CATEGORY[p.degree],
                    "educationalLevel": p.degree.value,
                }
                if credential not in education:
                    education.append(credential)
            if p.min_years is not None:
                months = {
                    "@type": "OccupationalExperienceRequirements",
                    "monthsOfExperience": round(p.min_years * 12),
                }
                if months not in experience:
                    experience.append(months)
    if education:
        doc["educationRequirements"] = education
    if experience:
        doc["experienceRequirements"] = experience
    if any(r.or_equivalent for r in posting.requirements):
        doc["experienceInPlaceOfEducation"] = True
    return doc
