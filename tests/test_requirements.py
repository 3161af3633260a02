"""Degree and years-of-experience requirements: real sentences from the corpora, exact paths."""

from __future__ import annotations

from typing import Any

import pytest

import postings_parser as pp
from postings_parser.posting.items import SectionItems, list_items

from .conftest import read_jsonl

D = pp.Degree
B, M, PHD, A, HS = D.BACHELOR, D.MASTER, D.DOCTORATE, D.ASSOCIATE, D.HIGH_SCHOOL

# (sentence as written in a real posting, expected paths as (degree, min_years, max_years))
REAL_REQUIREMENTS: list[tuple[str, list[tuple[pp.Degree | None, float | None, float | None]]]] = [
    (
        "PhD, or Master's degree and 4+ years of CS, CE, ML or related field experience",
        [(PHD, None, None), (M, 4, None)],
    ),
    (
        "6+ years of building machine learning models for retail application experience",
        [(None, 6, None)],
    ),
    (
        "Bachelor's Degree in Computer Science or related technical field AND 2+ years technical "
        "engineering experience with coding in languages including, but not limited to, C, C++, "
        "or Python OR equivalent experience.",
        [(B, 2, None)],
    ),
    (
        "Master's Degree in Computer Science or related technical field AND 6+ years technical "
        "engineering experience OR Bachelor's Degree in Computer Science or related technical "
        "field AND 8+ years technical engineering experience OR equivalent experience.",
        [(M, 6, None), (B, 8, None)],
    ),
    (
        "Bachelor's or Master's degree in Mechanical Engineering alongside **7+ years** of "
        "industrial experience in product mechanical design",
        [(B, 7, None), (M, 7, None)],
    ),
    (
        "2+ years of relevant industry experience (e.g. data/ML scientist, tech lead, junior "
        "faculty) and a Master’s degree or PhD in relevant fields.",
        [(M, 2, None), (PHD, 2, None)],
    ),
    (
        "4-6 years of relevant legal experience with meaningful time spent on ad tech",
        [(None, 4, 6)],
    ),
    ("7-12 years of experience in advertising sales and account management", [(None, 7, 12)]),
    ("J.D. from an accredited law school", [(PHD, None, None)]),
    ("BA / BS degree or equivalent work experience", [(B, None, None)]),
    ("Undergraduate degree in a relevant field; MBA preferred", [(B, None, None), (M, None, None)]),
    (
        "10+ years of experience, including at least 3 years in senior leadership roles with P&L "
        "or growth accountability",
        [(None, 10, None)],
    ),
    (
        "You have at least 8+ years total HR / 4+ years specialized ER experience with exposure to "
        "complex end to end casework in a global business.",
        [(None, 8, None)],
    ),
    ("For M.S. holders: 10+ years of industry experience in applied science", [(M, 10, None)]),
    ("For Ph.D. holders: 6+ years of industry experience in applied science", [(PHD, 6, None)]),
    (
        "Master’s degree or foreign equivalent degree in Computer Science, Engineering, "
        "Mathematics, or a related field and three years of experience in the job offered or a "
        "related occupation.",
        [(M, 3, None)],
    ),
    (
        "Employer will accept a bachelor’s degree or foreign equivalent degree in Computer "
        "Science, Engineering, Mathematics, or a related field and five years of progressive "
        "postbaccalaureate experience in the job offered or a related occupation as equivalent to "
        "a master’s degree and three years of experience.",
        [(B, 5, None)],
    ),
    (
        "Associate's Degree or technical trade certification (e.g., military, trade school), or "
        "higher-equivalent education OR High School Diploma, GED, or equivalent AND 1+ year(s) "
        "experience in a datacenter OR equivalent experience.",
        [(A, None, None), (HS, 1, None)],
    ),
    ("High School Diploma, GED, or equivalent.", [(HS, None, None)]),
    (
        "Degree in a quantitative discipline such as statistics, operations research, computer "
        "science, applied mathematics, economics, or physics",
        [(B, None, None)],
    ),
    (
        "Minimum 3 years of experience in strategy & operations, project management",
        [(None, 3, None)],
    ),
    (
        "**Experience:** 7+ years in BizOps, Consulting, or high-volume Onboarding",
        [(None, 7, None)],
    ),
    ("Have a minimum of 9 years in public relations or related expertise", [(None, 9, None)]),
    ("Must have one year of research or work experience", [(None, 1, None)]),
    ("At least two years of experience managing a team", [(None, 2, None)]),
    ("Six months of experience in a customer-facing role", [(None, 0.5, None)]),
    ("Over 5 years of experience in sales", [(None, 5, None)]),
    ("Three (3) years of experience in data analysis", [(None, 3, None)]),
    ("5 + years of experience with Python", [(None, 5, None)]),
    ("3 - 5 years of experience in product analytics", [(None, 3, 5)]),
    ("Ten plus years of experience leading engineering teams", [(None, 10, None)]),
    ("2.5+ years of experience in data engineering", [(None, 2.5, None)]),
    ("10 to 12 years of experience in management consulting", [(None, 10, 12)]),
    ("Minimum of 12-15 yrs experience in corporate finance", [(None, 12, 15)]),
    ("Fourteen years of experience in retail operations", [(None, 14, None)]),
    ("7+ years with a Bachelor's, or 5+ with a Master's", [(B, 7, None), (M, 5, None)]),
    ("BS/MS in Computer Science", [(B, None, None), (M, None, None)]),
    (
        "Master’s or PhD degree in Computer Vision, Robotics, or Machine Learning.",
        [(M, None, None), (PHD, None, None)],
    ),
]

# the English forms of issue #18, as written in the varied postings (and the issue's own example)
FORMS_OF_ISSUE_18: list[tuple[str, list[tuple[pp.Degree | None, float | None, float | None]]]] = [
    # a count glued to its unit, in brackets
    (
        "We are looking for an experienced (3Y+) systems engineer to join our team.",
        [(None, 3, None)],
    ),
    (
        "We are looking for an experienced engineer (3y+) to build parallel applications using the "
        "Multicore OCaml compiler.",
        [(None, 3, None)],
    ),
    # ``or more`` between the number and its unit; an apostrophe after the unit
    (
        "Around four or more years of experience in an analytics engineering or closely related "
        "role, with a proven level of independence to scope and drive your own work",
        [(None, 4, None)],
    ),
    (
        "Three or more years' experience in analytics engineering or a similar data role",
        [(None, 3, None)],
    ),
    (
        "5 or more years of relevant experience with building data products powered by big data",
        [(None, 5, None)],
    ),
    ("Min 6-10 or more years consumer and corporate comms experience", [(None, 6, 10)]),
    # a hyphen between the number and its unit; ``or related field`` closes the fields
    (
        "Bachelor's degree in Computer Science or related field 3-years prior experience "
        "developing software in a research environment; OR any equivalent combination of "
        "experience and/or education from which comparable knowledge, skills and abilities have "
        "been achieved.",
        [(B, 3, None)],
    ),
    (
        "Bachelor’s degree in business or public administration, political science, "
        "organizational development, project management, social science or related field, 7 years "
        "of experience in management",
        [(B, 7, None)],
    ),
    # a ``;`` joins the degree and the years of one path
    (
        "Bachelor’s degree; three (3) years of related experience; excellent computer skills and "
        "knowledge of at least one statistical package, such as STATA, SASS, or SPSS",
        [(B, 3, None)],
    ),
    (
        "Bachelor’s degree required; advanced degree preferred; 4 to 8 years of relevant "
        "professional experience, including demonstrated research, administrative and writing "
        "skills.",
        [(B, 4, 8), (M, 4, 8)],
    ),
    # counts and degrees in turn: one path per pair (issue #18: not ``master 5``)
    (
        "5 years with a BS, 3 years with a MS, or 2 yrs with a PhD",
        [(B, 5, None), (M, 3, None), (PHD, 2, None)],
    ),
    # a count without its unit, right before experience
    ("3+ Web Developing experience.", [(None, 3, None)]),
    # a count glued to the heading before it (a flattened list)
    (
        "What We're Looking For4-6 years of relevant legal experience with meaningful time spent "
        "on ad tech",
        [(None, 4, 6)],
    ),
    ("B.S. Degree in Computer Science or related technical discipline.", [(B, None, None)]),
    (
        "Relevant degree (B.Sc, M.Sc, Ph.D) in Computer Science or related technical field",
        [(B, None, None), (M, None, None), (PHD, None, None)],
    ),
    (
        "Completed studies in a natural science degree program or comparable qualification",
        [(B, None, None)],
    ),
]


@pytest.mark.parametrize(("sentence", "paths"), FORMS_OF_ISSUE_18)
def test_forms_of_issue_18_give_their_paths(
    sentence: str, paths: list[tuple[pp.Degree | None, float | None, float | None]]
) -> None:
    posting = pp.parse_posting(f"Basic Qualifications\n- {sentence}")
    got = [(p.degree, p.min_years, p.max_years) for r in posting.requirements for p in r.paths]
    assert got == paths


@pytest.mark.parametrize(("sentence", "paths"), REAL_REQUIREMENTS)
def test_requirement_sentence_gives_its_paths(
    sentence: str, paths: list[tuple[pp.Degree | None, float | None, float | None]]
) -> None:
    posting = pp.parse_posting(f"Basic Qualifications\n- {sentence}")
    [requirement] = posting.requirements
    got = [(p.degree, p.min_years, p.max_years) for p in requirement.paths]
    assert got == paths
    assert posting.text_at(requirement.span.start, requirement.span.end) == requirement.text


NOT_REQUIREMENTS = [
    "How big will the Advertising business become over the next three years?",
    "Over the last 12 years, we have built 4.0+ star rated products.",
    "It took 190 years of human effort to build the catalogue.",
    "Join a 12-month program for new graduates of our academy.",
    "This position will be required to pass the background check every two years thereafter.",
    "Support early-stage initiatives that have a high degree of ambiguity.",
    "Build robotic platforms with many high degrees of freedom.",
    "This role drives extremely large impact (measured in Bs not Ms).",
    "Ensure ideas are in line with legal/BA/player/talent parameters.",
    "The ideal candidate is deeply steeped in LLM-based architectures and fine-tuning.",
    "Founded 25 years ago, the company now serves millions.",
    "The salary is $150,000 per year, plus equity and benefits.",
    "We hire a new class of graduates every year.",
    # ``BA`` inside ``ReBAC``: a window of text cut after it must not make it a word
    "Experience designing complex access control models using industry standards like RBAC, "
    "ABAC, or ReBAC.",
    # names of software, titles, students, web addresses: not degrees
    "Exceptional proficiency with MS Excel, Word, & PowerPoint.",
    "Proficiency with MS Office (Outlook, Word, Excel, PowerPoint), MS Teams.",
    "Einschlägige Kenntnisse im Bereich MS SQL Server",
    "Wir suchen einen Senior MS Windows Experten (m/w/d) zur Unterstützung eines umfangreichen "
    "Windows 11 Migrationsprojekts im Bankenumfeld in Düsseldorf.",
    "Oracle 10g Administrator Certified Master (OCM) or higher",
    "approximately 425 academic employees and the same number of PhD students",
    "This is a central role in the Haskell ecosystem, the primary responsibility is maintaining "
    "and improving the [CI](https://gitlab.haskell.org/ghc/ghc/-/tree/master/.gitlab) "
    "infrastructure for GHC",
    # what may replace part of a requirement stated elsewhere, and the job's own terms
    "A DBA professional certification in one of the following databases may be substituted for "
    "up to one year of the required experience:",
    "Applicants who lack six months or less of the required experience may file for this "
    "examination.",
    "This is a remote position and is initially funded for 2 years, with the possibility of "
    "extension.",
    "Able to commit to at least one-year in the position",
    "Uber Retail business in Japan has been operating for 5+ years, and already partners with "
    "many of Japan’s leading Retailers",
    "Available to start September 7th and work full-time for 6 months",
]


@pytest.mark.parametrize("sentence", NOT_REQUIREMENTS)
def test_years_and_degrees_that_are_not_requirements(sentence: str) -> None:
    assert pp.parse_posting(f"Key job responsibilities {sentence}").requirements == []


@pytest.mark.parametrize(
    ("sentence", "or_equivalent"),
    [
        ("Bachelor's degree or equivalent practical experience.", True),
        ("Bachelor’s degree or foreign equivalent degree in Computer Science.", False),
        ("Graduate education or hands-on experience in machine learning is a big plus.", True),
        ("PhD, or Master's degree and 4+ years of CS, CE, ML or related field experience", False),
    ],
)
def test_or_equivalent_means_experience_in_place_of_the_degree(
    sentence: str, or_equivalent: bool
) -> None:
    [requirement] = pp.parse_posting(f"Qualifications\n- {sentence}").requirements
    assert requirement.or_equivalent is or_equivalent


def test_preferred_from_heading_or_wording() -> None:
    posting = pp.parse_posting(
        "Basic Qualifications\n- 3+ years of experience in Python\n"
        "Preferred Qualifications\n- 5+ years of experience in Rust\n"
        "Qualifications\n- A Master's degree is a plus"
    )
    assert [r.preferred for r in posting.requirements] == [False, True, True]
    assert posting.min_years == 3
    assert posting.min_degree is None


def test_min_degree_is_the_lowest_non_preferred_degree() -> None:
    posting = pp.parse_posting(
        "Basic Qualifications\n- PhD, or Master's degree and 4+ years of experience\n"
        "Preferred Qualifications\n- Bachelor's degree in Art"
    )
    assert posting.min_degree is pp.Degree.MASTER
    assert posting.min_years == 4


def test_enumerated_skills_statement_ends_at_the_colon() -> None:
    text = (
        "Position Requirements: Must have three years of experience in the following skill(s): "
        "(1) conducting research in machine learning; (2) building models."
    )
    [requirement] = pp.parse_posting(text).requirements
    assert requirement.text == "Must have three years of experience in the following skill(s)"


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        (
            "Master’s degree in Computer Science, Engineering, Mathematics, or a related field "
            "and three years of experience.",
            ["Computer Science", "Engineering", "Mathematics"],
        ),
        (
            "BA/BS, M.S., or Ph.D. in Statistics, Economics, Math, Computer Science, or a related "
            "quantitative field (or equivalent professional experience).",
            ["Statistics", "Economics", "Math", "Computer Science"],
        ),
    ],
)
def test_fields_of_study_are_named(sentence: str, fields: list[str]) -> None:
    [requirement] = pp.parse_posting(f"Qualifications\n- {sentence}").requirements
    assert requirement.fields == fields


# A character whose lower case is longer (``İ`` lower-cases to two) anywhere in the posting
# must not change what is found: real statements, with capitals glued to the word before.
@pytest.mark.parametrize(
    ("sentence", "paths"),
    [
        (
            "Anticipate legal issues, and propose solutions rather than waiting to be directedJ.D. "
            "from a U.S. accredited law school and active bar membership in California or New York",
            [(PHD, None, None)],
        ),
        (
            "Great interpersonal and communication skillsBA in Supply Chain Management, Finance, "
            "or similar relevant field",
            [(B, None, None)],
        ),
        ("5+ years of experience in SQL and Python", [(None, 5, None)]),
        ("Master's degree or PhD in Computer Science", [(M, None, None), (PHD, None, None)]),
    ],
)
@pytest.mark.parametrize("office", ["Istanbul", "İstanbul"])
def test_requirements_do_not_depend_on_how_other_text_lower_cases(
    sentence: str,
    paths: list[tuple[pp.Degree | None, float | None, float | None]],
    office: str,
) -> None:
    posting = pp.parse_posting(f"Office: {office}\nQualifications\n- {sentence}")
    [requirement] = posting.requirements
    assert [(p.degree, p.min_years, p.max_years) for p in requirement.paths] == paths


def test_model_page_requirements_match_gold(page_text: str, page_gold: dict[str, Any]) -> None:
    page = pp.parse_page(page_text)
    for posting, gold in zip(page.postings, page_gold["postings"], strict=True):
        got = [
            {
                "text": r.text,
                "paths": [
                    {
                        "degree": p.degree.value if p.degree else None,
                        "min_years": p.min_years,
                        "max_years": p.max_years,
                    }
                    for p in r.paths
                ],
                "fields": r.fields,
                "or_equivalent": r.or_equivalent,
            }
            for r in posting.requirements
        ]
        assert got == gold["requirements"]


def test_bundled_postings_find_the_same_requirements_after_a_longer_lower_case(
    amazon_records: list[dict[str, Any]],
) -> None:
    records = amazon_records + read_jsonl("employers.sample.jsonl")

    def found(text: str) -> list[tuple[str, list[pp.QualificationPath]]]:
        return [(r.text, r.paths) for r in pp.parse_posting(text).requirements]

    texts = [r["text"] for r in records if r.get("format") != "html"]
    assert sum(1 for t in texts if found(t)) >= 50  # the comparison below is not vacuous
    for text in texts:
        assert found(f"{text}\n\nOffice: İstanbul.") == found(text)


@pytest.mark.parametrize("corpus", ["amazon_science_careers.dev.jsonl", "employers.sample.jsonl"])
def test_requirements_read_from_a_whole_cut_equal_those_of_a_cut_around_the_anchors(
    corpus: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a section the items stage has cut whole is read from that cut; cutting it again around
    # the anchors alone must find the very same requirements
    texts = [r["text"] for r in read_jsonl(corpus)]
    from_whole_cuts = [pp.parse_posting(t).requirements for t in texts]
    monkeypatch.setattr(
        SectionItems,
        "focused",
        lambda self, section, focus: list_items(self.norm, section, focus),
    )
    assert [pp.parse_posting(t).requirements for t in texts] == from_whole_cuts
    assert sum(map(len, from_whole_cuts)) >= 20  # the corpus states requirements
