"""schema.org ``JobPosting`` as JSON-LD, from a :class:`Posting`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import Location, Posting, Requirement

# schema.org's EducationalOccupationalCredential.credentialCategory values, by ``Degree`` value
# (this module reads the models only for typing: the models call it, not the reverse)
CREDENTIAL_CATEGORY = {
    "high_school": "high school",
    "associate": "associate degree",
    "bachelor": "bachelor degree",
    "master": "postgraduate degree",
    "doctorate": "postgraduate degree",
}
# schema.org's employmentType values, by ``EmploymentKind`` value
EMPLOYMENT_TYPE = {
    "full_time": "FULL_TIME",
    "part_time": "PART_TIME",
    "contract": "CONTRACTOR",
    "temporary": "TEMPORARY",
    "internship": "INTERN",
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


def _header(posting: Posting, hiring_organization: str | None, url: str | None) -> dict[str, Any]:
    doc: dict[str, Any] = {"@context": "https://schema.org", "@type": "JobPosting"}
    if posting.title:
        doc["title"] = posting.title
    if hiring_organization:
        doc["hiringOrganization"] = {"@type": "Organization", "name": hiring_organization}
    if url:
        doc["url"] = url
    if posting.job_id:
        doc["identifier"] = {"@type": "PropertyValue", "name": "Job ID", "value": posting.job_id}
    if posting.posted_date:
        doc["datePosted"] = posting.posted_date.isoformat()
    doc["description"] = posting.text_at(posting.body.start, posting.body.end)
    return doc


def _requirements(requirements: list[Requirement]) -> dict[str, Any]:
    """Education and experience of the required (not preferred) requirements."""
    education: list[dict[str, Any]] = []
    experience: list[dict[str, Any]] = []
    for p in (p for r in requirements if not r.preferred for p in r.paths):
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
    doc: dict[str, Any] = {}
    if education:
        doc["educationRequirements"] = education
    if experience:
        doc["experienceRequirements"] = experience
    if any(r.or_equivalent for r in requirements if not r.preferred):
        doc["experienceInPlaceOfEducation"] = True
    return doc


# schema.org's QuantitativeValue.unitText values, by ``PayPeriod`` value (biweekly as weeks' pay
# is not a schema.org unit: it is given per year instead)
UNIT_TEXT = {"hour": "HOUR", "day": "DAY", "week": "WEEK", "month": "MONTH", "year": "YEAR"}


def _base_salary(posting: Posting) -> dict[str, Any] | None:
    """The posting's headline pay range (:meth:`Posting.headline_pay`) as a ``MonetaryAmount``."""
    first = posting.headline_pay()
    if first is None:
        return None
    unit = UNIT_TEXT.get(first.period.value)
    low, high = (first.min, first.max) if unit else (first.annual_min, first.annual_max)
    value: dict[str, Any] = {"@type": "QuantitativeValue", "unitText": unit or "YEAR"}
    if low is not None:
        value["minValue"] = low
    if high is not None:
        value["maxValue"] = high
    return {"@type": "MonetaryAmount", "currency": first.currency, "value": value}


def _facts(posting: Posting) -> dict[str, Any]:
    """Pay, employment type, remote work (``TELECOMMUTE`` only for fully remote jobs, never
    hybrid) and the work authorisation statement."""
    doc: dict[str, Any] = {}
    salary = _base_salary(posting)
    if salary is not None:
        doc["baseSalary"] = salary
    if posting.employment_types:
        doc["employmentType"] = [EMPLOYMENT_TYPE[e.type.value] for e in posting.employment_types]
    workplace = posting.workplace
    if workplace is not None and workplace.type.value == "remote":
        doc["jobLocationType"] = "TELECOMMUTE"
        if workplace.countries:
            doc["applicantLocationRequirements"] = [
                {"@type": "Country", "name": c} for c in workplace.countries
            ]
    if posting.visa_sponsorship is not None:
        doc["eligibilityToWorkRequirement"] = posting.visa_sponsorship.text
    return doc


def to_jsonld(
    posting: Posting, *, hiring_organization: str | None = None, url: str | None = None
) -> dict[str, Any]:
    """The posting as a schema.org ``JobPosting`` (a JSON-serialisable dict).

    ``hiring_organization`` (the employer's name) and ``url`` (where the posting is published)
    are not in a posting's text: pass them when the caller knows them.
    """
    doc = _header(posting, hiring_organization, url)
    places = _job_locations(posting)
    if places:
        doc["jobLocation"] = places
    if posting.responsibilities and posting.responsibilities.items:
        doc["responsibilities"] = [i.text for i in posting.responsibilities.items]
    if posting.qualifications:
        doc["qualifications"] = [i.text for i in posting.qualifications]
    doc.update(_requirements(posting.requirements))
    doc.update(_facts(posting))
    return doc
