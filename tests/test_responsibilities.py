"""Sections and responsibilities items: one row per real layout, each with its exact items.

Every text below is cut from a real posting of the corpora (amazon.science, uber, discord,
netflix, canva, airbnb, microsoft); the expected items were read off the text by hand.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

import postings_parser as pp


class Layout(NamedTuple):
    name: str
    text: str
    heading: str
    intro: str | None
    items: list[str]


LAYOUTS = [
    Layout(
        "flattened sentences after a glued heading",
        "GB, MLN, Edinburgh\nDelivering meaningful results to customers world-wide. Key job "
        "responsibilities Develop machine learning algorithms for high-scale recommendations "
        "problems. Report results in a manner which is both statistically rigorous and "
        "compellingly relevant.",
        "Key job responsibilities",
        None,
        [
            "Develop machine learning algorithms for high-scale recommendations problems.",
            "Report results in a manner which is both statistically rigorous and compellingly "
            "relevant.",
        ],
    ),
    Layout(
        "star bullets after an intro",
        "US, WA, Seattle\nWe are looking for talented Applied Scientists to join the team. Key "
        "job responsibilities As a Applied Scientist II, you will: * Conduct hands-on data "
        "analysis, build large-scale machine-learning models and pipelines * Run regular A/B "
        "experiments, gather data, perform statistical analysis, and communicate the impact to "
        "senior management",
        "Key job responsibilities",
        "As a Applied Scientist II, you will:",
        [
            "Conduct hands-on data analysis, build large-scale machine-learning models and "
            "pipelines",
            "Run regular A/B experiments, gather data, perform statistical analysis, and "
            "communicate the impact to senior management",
        ],
    ),
    Layout(
        "hyphen bullets after a lead-in, ended by About the team",
        "US, WA, Seattle\nKey job responsibilities As an Applied Scientist in the Content "
        "Understanding Team, you will lead the end-to-end research. More specifically, you "
        "will: - Work backwards from customer problems to research and design scientific "
        "approaches for solving them - Stay up-to-date with advancements and the latest "
        "modeling techniques in the field - Publish your research findings in top conferences "
        "and journals About the team Our Prime Video Content Understanding team builds holistic "
        "media representations.",
        "Key job responsibilities",
        "As an Applied Scientist in the Content Understanding Team, you will lead the end-to-end "
        "research. More specifically, you will:",
        [
            "Work backwards from customer problems to research and design scientific approaches "
            "for solving them",
            "Stay up-to-date with advancements and the latest modeling techniques in the field",
            "Publish your research findings in top conferences and journals",
        ],
    ),
    Layout(
        "bullet dots",
        "Key job responsibilities • Drive end-to-end GenAI projects with high complexity and "
        "ambiguity from conception to production • Build, optimize, and deploy ML models while "
        "collaborating with software engineers for productionization",
        "Key job responsibilities",
        None,
        [
            "Drive end-to-end GenAI projects with high complexity and ambiguity from conception "
            "to production",
            "Build, optimize, and deploy ML models while collaborating with software engineers "
            "for productionization",
        ],
    ),
    Layout(
        "run-on items with no end punctuation",
        "IL, Tel Aviv\nKey job responsibilities PhD, or Master's degree and 4+ years of CS, CE, "
        "ML or related field experience 3+ years of building models for business application "
        "experience Experience in patents or publications at top-tier peer-reviewed conferences "
        "or journals Experience in any of the following areas: algorithms and data structures, "
        "parsing, numerical optimization",
        "Key job responsibilities",
        None,
        [
            "PhD, or Master's degree and 4+ years of CS, CE, ML or related field experience",
            "3+ years of building models for business application experience",
            "Experience in patents or publications at top-tier peer-reviewed conferences or "
            "journals",
            "Experience in any of the following areas: algorithms and data structures, parsing, "
            "numerical optimization",
        ],
    ),
    Layout(
        "a hyphen inside a sentence is not a bullet",
        "IL, Tel Aviv\nKey job responsibilities Partner with researchers with experience in one "
        "or more of the following areas - autonomous agents, API orchestration, Planning. "
        "Publish your findings at peer reviewed conferences and workshops.",
        "Key job responsibilities",
        None,
        [
            "Partner with researchers with experience in one or more of the following areas - "
            "autonomous agents, API orchestration, Planning.",
            "Publish your findings at peer reviewed conferences and workshops.",
        ],
    ),
    Layout(
        "mixed sentences and run-ons, ended by A day in the life",
        "IN, HR, Gurugram\nKey job responsibilities Optimize, deploy, and support at scale ML "
        "models on the edge. Prototype and test concepts or features, both through simulation "
        "and emulators and with live robotic equipment Work directly with customers and "
        "partners to test prototypes and incorporate feedback Mentor other engineer team "
        "members. A day in the life - 6+ years of building machine learning models",
        "Key job responsibilities",
        None,
        [
            "Optimize, deploy, and support at scale ML models on the edge.",
            "Prototype and test concepts or features, both through simulation and emulators and "
            "with live robotic equipment",
            "Work directly with customers and partners to test prototypes and incorporate feedback",
            "Mentor other engineer team members.",
        ],
    ),
    Layout(
        "repeated heading is one heading",
        "Key job responsibilities Key job responsibilities - Design and run rigorous "
        "experiments at scale - Translate complex research findings into clear insights",
        "Key job responsibilities",
        None,
        [
            "Design and run rigorous experiments at scale",
            "Translate complex research findings into clear insights",
        ],
    ),
    Layout(
        "legal-form heading with a colon",
        "Position Responsibilities: Work closely with software engineering teams to deploy "
        "innovations. Mentor and coach junior scientists, including through lunch-and-learn "
        "sessions. Position Requirements: Master’s degree or foreign equivalent degree.",
        "Position Responsibilities",
        None,
        [
            "Work closely with software engineering teams to deploy innovations.",
            "Mentor and coach junior scientists, including through lunch-and-learn sessions.",
        ],
    ),
    Layout(
        "markdown heading, bold group labels and hyphen lines",
        "## **What You’ll Do**\n**Project Management & Cross-Functional Leadership**\n- Lead "
        "Logistics PMO and manage end-to-end timelines across all logistics initiatives\n- Drive "
        "alignment across Delivery Solutions, Network Operations, and Commercial teams\n"
        "**Strategic Planning & Performance Management**\n- Define and execute long-term "
        "logistics growth strategy\n## **Basic Qualifications**\n- Minimum 3 years of experience",
        "What You’ll Do",
        None,
        [
            "Lead Logistics PMO and manage end-to-end timelines across all logistics initiatives",
            "Drive alignment across Delivery Solutions, Network Operations, and Commercial teams",
            "Define and execute long-term logistics growth strategy",
        ],
    ),
    Layout(
        "HTML list with nested labelled groups",
        "<p><strong>What you'll be doing</strong></p>\n<ul>\n<li><strong>Technical "
        "Ownership</strong>\n<ul>\n<li>Own end-to-end solution architecture for AAA game "
        "developer accounts</li>\n<li>Troubleshoot deep technical issues that fall outside "
        "defined processes</li>\n</ul>\n</li>\n<li><strong>Customer Partnership</strong>\n<ul>\n"
        "<li>Anticipate partner needs and proactively propose solutions before issues "
        "arise</li>\n</ul>\n</li>\n</ul>\n<p><strong>What you should have</strong></p>\n<ul>\n"
        "<li>Significant technical experience in game development</li></ul>",
        "What you'll be doing",
        None,
        [
            "Own end-to-end solution architecture for AAA game developer accounts",
            "Troubleshoot deep technical issues that fall outside defined processes",
            "Anticipate partner needs and proactively propose solutions before issues arise",
        ],
    ),
    Layout(
        "squashed text: glued heading, lead-in and items glued at sentence ends and words",
        "shaping how Netflix manages billions in annual content spend.In this role, you "
        "will:Define the vision and multi-year roadmap for foundational content finance "
        "products.Engage and thrive in a healthy debate of ideas.Influence enterprise-wide "
        "financial architecture by collaborating with adjacent product and technology "
        "domainsLead cross-functional teams of design, engineering, and data science.\nWhat "
        "you’ll bring:5+ years of Product Management experience.",
        "In this role, you will",
        None,
        [
            "Define the vision and multi-year roadmap for foundational content finance products.",
            "Engage and thrive in a healthy debate of ideas.",
            "Influence enterprise-wide financial architecture by collaborating with adjacent "
            "product and technology domains",
            "Lead cross-functional teams of design, engineering, and data science.",
        ],
    ),
    Layout(
        "lead-in colon without bullets, sentences before it",
        "What you’d be doing in this roleAs Canva scales change continues to be part of our "
        "DNA.At the moment, this role is focused on:Customer success and enthusiasm: Lead the "
        "post-sale relationship for your accounts.Regional expertise: Serve as a go-to resource "
        "for LATAM account engagement.You're probably a match ifProven Track Record: 3+ years "
        "as a Customer Success Manager in B2B SaaS.",
        "What you’d be doing in this role",
        "As Canva scales change continues to be part of our DNA.At the moment, this role is "
        "focused on:",
        [
            "Customer success and enthusiasm: Lead the post-sale relationship for your accounts.",
            "Regional expertise: Serve as a go-to resource for LATAM account engagement.",
        ],
    ),
    Layout(
        "lines after a lead-in line, ended by the next heading",
        "The Difference You Will Make:\nThe ideal candidate combines deep technical fluency in "
        "LLM/ML with a bias toward action. You’ll work on high-impact projects like:\nImplement "
        "advanced techniques to automate the LLM evaluation process.\nBuild personalization "
        "models to offer differentiated experiences.\nA Typical Day:\nDiscover Opportunities:",
        "The Difference You Will Make",
        "The ideal candidate combines deep technical fluency in LLM/ML with a bias toward "
        "action. You’ll work on high-impact projects like:",
        [
            "Implement advanced techniques to automate the LLM evaluation process.",
            "Build personalization models to offer differentiated experiences.",
        ],
    ),
    Layout(
        "glued group labels in squashed text",
        "Responsibilities\nKey ResponsibilitiesSenior Commercial Leadership & StrategyOwn and "
        "lead the commercial strategy for highly complex DIB accounts.Serve as the senior "
        "commercial authority on assigned accounts.Scope & ExpectationsOperates with minimal "
        "guidance and high trust\nQualifications",
        "Responsibilities",
        None,
        [
            "Own and lead the commercial strategy for highly complex DIB accounts.",
            "Serve as the senior commercial authority on assigned accounts.",
            "Operates with minimal guidance and high trust",
        ],
    ),
    Layout(
        "group labels glued before and after hyphen bullets",
        "Key job responsibilities Foundation Model Scaling - Build and train large-scale "
        "multimodal foundation models - Develop training methodologies for multimodal models in "
        "real-time streaming contexts Post-Training & Reinforcement Learning - Design and build "
        "reward models for speech systems - Design evaluation frameworks unique to real-time "
        "conversation Real-Time Perception & Generation - Advance the team's capabilities in "
        "real-time perception",
        "Key job responsibilities",
        None,
        [
            "Build and train large-scale multimodal foundation models",
            "Develop training methodologies for multimodal models in real-time streaming contexts",
            "Design and build reward models for speech systems",
            "Design evaluation frameworks unique to real-time conversation",
            "Advance the team's capabilities in real-time perception",
        ],
    ),
    Layout(
        "closing boilerplate ends an unheaded list",
        "The successful candidate willHave a minimum of 9 years in public relations.Fluent in "
        "both English and Korean.The Netflix culture attracts talents who exhibit good "
        "judgment. We are an equal-opportunity employer and celebrate diversity.",
        "The successful candidate will",
        None,
        ["Have a minimum of 9 years in public relations.", "Fluent in both English and Korean."],
    ),
]


@pytest.mark.parametrize("layout", LAYOUTS, ids=[x.name for x in LAYOUTS])
def test_responsibilities_items_of_real_layouts(layout: Layout) -> None:
    posting = pp.parse_posting(layout.text)
    r = posting.responsibilities
    assert r is not None
    assert r.heading == layout.heading
    assert r.intro == layout.intro
    assert [i.text for i in r.items] == layout.items
    for item in r.items:
        assert posting.text_at(item.start, item.end) == item.text


def test_posting_without_a_responsibilities_heading_has_none() -> None:
    posting = pp.parse_posting(
        "IN, TS, Hyderabad\nWelcome to the Worldwide Returns & ReCommerce team. We do this by "
        "developing products and driving truly innovative operational excellence."
    )
    assert posting.responsibilities is None


def test_a_role_heading_is_not_the_responsibilities_section() -> None:
    posting = pp.parse_posting(
        "About the role\nYou will build models.\nResponsibilities\n- Build models\n- Ship them"
    )
    assert posting.responsibilities is not None
    assert [i.text for i in posting.responsibilities.items] == ["Build models", "Ship them"]


@pytest.mark.parametrize(
    ("text", "headings"),
    [
        (
            "Intro text. Key job responsibilities Do things. About the team We are a team.",
            [None, "Key job responsibilities", "About the team"],
        ),
        (
            "Intro.A day in the life A day in the life No two days look the same.",
            [None, "A day in the life"],
        ),
        ("Why AWS? Amazon Web Services is the leader.", ["Why AWS?"]),
        (
            "THE OPPORTUNITYNetflix seeks an attorney. REQUIREMENTSThe candidate must.",
            ["THE OPPORTUNITY", "REQUIREMENTS"],
        ),
        ("Leadership responsibilities include influencing technical strategy.", [None]),
        (
            "Intro.\n| RESPONSIBILITIESStrategic LeadershipAct as a partner.\n| NECESSARY SKILLS "
            "& EXPERIENCE10+ years’ experience managing operations.",
            [None, "RESPONSIBILITIES", "NECESSARY SKILLS & EXPERIENCE"],
        ),
        (
            ":brain: You will\n- Design experiences\n:check: You have\n- Taste",
            ["You will", "You have"],
        ),
        (
            "## **Sobre la oportunidad**\nResponsabilidades\n- Liderar el equipo",
            ["Sobre la oportunidad", "Responsabilidades"],
        ),
        ("WHAT WE'RE LOOKING FORRequired:Bachelor's degree in Design.", ["WHAT WE'RE LOOKING FOR"]),
        (  # the second word in a casing of its own
            "the production lifecycle.Your Day-to-Day:Work cross-functionally to build UIs.",
            [None, "Your Day-to-Day"],
        ),
    ],
)
def test_section_headings_glued_into_flattened_text(text: str, headings: list[str | None]) -> None:
    posting = pp.parse_posting(text)
    assert [s.heading for s in posting.sections] == headings
    for section in posting.sections:
        assert posting.text_at(section.body.start, section.body.end) == section.body.text


def test_model_page_items_and_intros_match_gold(page_text: str, page_gold: dict[str, Any]) -> None:
    page = pp.parse_page(page_text)
    for posting, gold in zip(page.postings, page_gold["postings"], strict=True):
        r = posting.responsibilities
        assert ([i.text for i in r.items] if r else []) == gold["responsibilities"]
        assert (r.intro if r else None) == gold["responsibilities_intro"]
        headings = [s.heading for s in posting.sections if s.heading is not None]
        assert headings == gold["section_headings"]
