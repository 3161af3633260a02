"""Headings found by their form first, their words second (issue #18).

Every line below is copied from a posting of the varied dev sets (themuse, githubjobs, uber,
reddit, arbeitnow, linkedin copies, sii, caisse des dépôts, innovazione, bovcontrol, limesco,
la-city, electionline, aarhus, jacobs); the expected headings, kinds and items were read off
the text by the rules of ANNOTATION.md (the responsibilities heading verbatim without its
colon; a lead-in with no responsibilities heading above it is the heading; nested headings
stay inside their section; every heading ends the section before it).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

import postings_parser as pp
from postings_parser.posting.headings import classify, heading_key
from postings_parser.rules import LANGUAGES, en


def _sections(text: str) -> list[tuple[str, str | None]]:
    return [(s.kind, s.heading) for s in pp.parse_posting(text).sections]


def _responsibilities(text: str) -> pp.Responsibilities:
    r = pp.parse_posting(text).responsibilities
    assert r is not None
    return r


class Form(NamedTuple):
    name: str
    text: str
    heading: str  # the heading as the section keeps it
    kind: str


FORMS = [
    Form(
        "markdown, words the table knows",
        "## Objectifs de la mission\n\nL’objectif de ce stage est de développer et de faire "
        "évoluer l’ensemble des logiciels.\n\n- Participation aux rituels de l’Agilité,",
        "Objectifs de la mission",
        "responsibilities",
    ),
    Form(
        "markdown, unknown words",
        "## Résumé de l'offre\n\n## Contexte\n\nAfin de faciliter la montée en compétence de "
        "nos ingénieurs.\n\n## Team-Leitung\n\nSome text.",
        "Team-Leitung",
        "team",
    ),
    Form(
        "HTML heading with a colon",
        "<p>Als unser zentraler Ansprechpartner sind Sie verantwortlich.</p><h3>Ihr "
        "Aufgabenbereich:</h3><ul><li>Administration, Installation und Betrieb von "
        "windowsbasierten Serversystemen</li></ul><h3>Über Sie:</h3><ul><li>Sie arbeiten "
        "zuverlässig, strukturiert und verantwortungsvoll</li></ul>",
        "Ihr Aufgabenbereich",
        "responsibilities",
    ),
    Form(
        "HTML heading holding bold text",
        "<p>Und jetzt freuen wir uns sehr.</p><h2><strong>Deine Hauptaufgaben</strong></h2><ul>"
        "<li>Du organisierst dich und deine Pipeline selbst</li></ul>",
        "Deine Hauptaufgaben",
        "responsibilities",
    ),
    Form(
        "bold paragraph, the words only suggest the kind",
        "<p><strong>About the Role</strong></p><p>Product engineers work at the intersection of "
        "product and infrastructure.</p><p><strong>You're excited about this opportunity because "
        "you will...</strong></p><ul><li>Develop, release and run large-scale web applications"
        "</li></ul><p><strong>We're excited about you because you have...</strong></p><ul><li>"
        "2+ years of industry experience</li></ul>",
        "You're excited about this opportunity because you will...",
        "responsibilities",
    ),
    Form(
        "a short line ending with a colon, a keyword in it",
        "<p>The UCLA Depression Grand Challenge is looking for a candidate.</p>\n\n<p>Mobile "
        "Backend Developer Responsibilities:</p>\n\n<ul>\n<li>Design and manage cutting-edge "
        "information technology infrastructure.</li>\n</ul><p>Required Skills:</p><ul><li>B.S. "
        "Degree in Computer Science or related technical discipline.</li></ul>",
        "Mobile Backend Developer Responsibilities",
        "responsibilities",
    ),
    Form(
        "capitals, unknown words",
        "DUTIES\r\n\r\nDesigns, develops, tests and maintains databases.\r\n\r\nSELECTIVE "
        "CERTIFICATION\r\n\r\nIn accordance with Charter Section 1010 (b), selective "
        "certification will be used.",
        "SELECTIVE CERTIFICATION",
        "other",
    ),
    Form(
        "a question glued into flattened text",
        "Why Choose Angel? We are a nimble, tight-knit team.\n\nWhat the role entails? The "
        "candidate must be comfortable with both front-end and back-end programming.",
        "What the role entails?",
        "responsibilities",
    ),
    Form(
        "a question on its own line",
        "You will build models.\nDo You Have What It Takes?\nA degree in statistics.",
        "Do You Have What It Takes?",
        "basic_qualifications",
    ),
    Form(
        "an emoji and a few words",
        "À terme, tu pourras prendre davantage de responsabilités.\n\n🧠 Missions\n\nConcevoir "
        "et développer des pipelines IA / GenAI robustes\n\n🛠️ Stack & environnement\n\nPython",
        "Missions",
        "responsibilities",
    ),
    Form(
        "an emoji glued to its words",
        "Inglés B2+\n\n🚀Responsabilidades principales:\n\nDiseño, desarrollo y mantenimiento de "
        "APIs y microservicios.",
        "Responsabilidades principales",
        "responsibilities",
    ),
    Form(
        "a phrase of the table and a few more words before a colon, opening a paragraph",
        "<p>What the role entails? The candidate must be comfortable with both front-end and "
        "back-end programming.</p>\n<p>We are looking for a web developer with: Good experience "
        "using PHP, MySQL, JS, HTML, CSS.</p>",
        "We are looking for a web developer with",
        "basic_qualifications",
    ),
    Form(
        "a phrase of the table glued into flattened text before a semicolon",
        "Consultant, The Carter Center— The Democracy Program works globally. Key "
        "Responsibilities; In close coordination with, and assisted by relevant project staff, "
        "participate in remote meetings.",
        "Key Responsibilities",
        "responsibilities",
    ),
]


@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
def test_a_heading_is_found_by_its_form_and_classified_by_its_words(form: Form) -> None:
    assert (form.kind, form.heading) in _sections(form.text)


def test_an_unknown_heading_by_form_ends_the_list_before_it() -> None:
    text = (
        "<p><strong>What you'll do:</strong></p><ul><li>Define and accelerate the backend "
        "architecture</li></ul><p><strong>Why This Role, Why Reddit</strong></p><p>Reddit is a "
        "community of communities.</p>"
    )
    r = _responsibilities(text)
    assert [i.text for i in r.items] == ["Define and accelerate the backend architecture"]
    assert ("other", "Why This Role, Why Reddit") in _sections(text)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (  # bold group labels directly over their bullets (uber)
            "**What You’ll Do**\n**Create Marketplace Strategy**\n- Set a clear vision and "
            "roadmap for the Marketplace\n**Support Marketplace for Growth Bets**\n- Partner with "
            "growth bet leaders\n**What You’ll Need**\n- 14+ years of robust work experience",
            [
                "Set a clear vision and roadmap for the Marketplace",
                "Partner with growth bet leaders",
            ],
        ),
        (  # a bold sub-heading directly under an HTML heading, then one of the same kind (oci)
            "<h2>Aufgaben</h2><p><strong>Deine Rolle – mit Verantwortung &amp; "
            "Gestaltungsspielraum</strong></p><p>Bei uns übernimmst Du eine vielseitige "
            "Marketingfunktion.</p><p><strong>Deine Aufgaben</strong></p><ul><li>Du konzipierst "
            "und organisierst Events</li><li>Du steuerst Content für Website</li></ul><h2>"
            "Qualifikation</h2><ul><li>Sehr gute Deutsch- und Englischkenntnisse</li></ul>",
            ["Du konzipierst und organisierst Events", "Du steuerst Content für Website"],
        ),
        (  # ``###`` under ``##`` (aarhus)
            "## Your job responsibilities\n\nAs the data manager, you will be:\n\n-   Reviewing "
            "contributed code and documentation text\n\n### Team-wide responsibilities\n\n"
            "More specifically, tasks will include:\n\n-   Finding and reviewing similar projects"
            "\n\n## Your competencies\n\n-   Are proficient in communicating in English",
            [
                "Reviewing contributed code and documentation text",
                "Finding and reviewing similar projects",
            ],
        ),
    ],
    ids=["bold labels over bullets", "stacked under an HTML heading", "markdown sub-heading"],
)
def test_a_nested_heading_stays_inside_its_section(text: str, items: list[str]) -> None:
    r = _responsibilities(text)
    assert [i.text for i in r.items if i.text in items] == items
    assert (
        len(pp.parse_posting(text).sections)
        == len([s for s in pp.parse_posting(text).sections if s.kind != "responsibilities"]) + 1
    )


class LeadIn(NamedTuple):
    language: str
    text: str
    heading: str
    first_item: str


LEAD_INS = [
    LeadIn(
        "en",
        "Voter Services Manager, Denver, Colorado– In this role, you will lead the Voter "
        "Services team within the Denver Elections Division. The Voter Services Manager also: "
        "Manages a dedicated team of 4 staff.Serves as the County Administrator for SCORE.",
        "The Voter Services Manager also",
        "Manages a dedicated team of 4 staff.",
    ),
    LeadIn(
        "fr",
        "Vous rejoindrez un laboratoire spécialisé en liaison de données tactiques.\n\nVotre "
        "mission consistera à :\n\n- Réaliser l’ajout de nouvelles fonctionnalités sur des "
        "outils\n",
        "Votre mission consistera à",
        "Réaliser l’ajout de nouvelles fonctionnalités sur des outils",
    ),
    LeadIn(
        "fr, under a heading about the role",
        "## Description du poste\nAu sein de la Direction des prêts, vous rejoignez l’équipe.\n"
        "Les missions à réaliser seront notamment les suivantes :\n**1\\. Traitement automatique "
        "du langage et text mining**\n- Mise en œuvre d’algorithmes de text mining\n"
        "## Profil recherché\nVous avez :",
        "Les missions à réaliser seront notamment les suivantes",
        "Mise en œuvre d’algorithmes de text mining",
    ),
    LeadIn(
        "de",
        "Wir würden uns freuen, wenn du unser neuer Junior Stability Specialist wirst.\nDie "
        "folgenden Aufgaben warten auf dich:\n- Ein-und Auslagerung von Stabilitätsmustern\n",
        "Die folgenden Aufgaben warten auf dich",
        "Ein-und Auslagerung von Stabilitätsmustern",
    ),
    LeadIn(
        "it, hard-wrapped",
        "Il dipartimento per la trasformazione digitale è alla ricerca di ingegneri.\n\nQuesta "
        "figura avrà il compito di supportare lo sviluppo delle\npiattaforme digitali coordinate "
        "dal dipartimento. Tra le principali\nresponsabilità vi sono:\n\n-   supervisionare la "
        "gestione dei servizi\n",
        "Questa figura avrà il compito di supportare lo sviluppo delle\npiattaforme digitali "
        "coordinate dal dipartimento. Tra le principali\nresponsabilità vi sono",
        "supervisionare la gestione dei servizi",
    ),
    LeadIn(
        "pt",
        "## Descrição da vaga\n\nO(A) profissional terá liberdade para propor e implementar "
        "novas soluções de tecnologia, frameworks e soluções. As principais atividades serão:\n"
        "\n- Documentando código antigo e novo.\n\n## Requisitos\n\n- Mais de 2 anos",
        "O(A) profissional terá liberdade para propor e implementar novas soluções de "
        "tecnologia, frameworks e soluções. As principais atividades serão",
        "Documentando código antigo e novo.",
    ),
]


@pytest.mark.parametrize("lead_in", LEAD_INS, ids=[x.language for x in LEAD_INS])
def test_a_lead_in_heads_the_duties_where_no_heading_names_them(lead_in: LeadIn) -> None:
    r = _responsibilities(lead_in.text)
    assert r.heading == lead_in.heading
    assert lead_in.first_item in [i.text for i in r.items]


def test_a_lead_in_of_another_list_does_not_head_the_duties() -> None:
    text = "To succeed in this role, you will need: 5+ years of experience in SQL. A degree."
    assert pp.parse_posting(text).responsibilities is None


def test_a_bilingual_section_keeps_both_languages() -> None:
    text = (
        "<h2>Aufgaben</h2><p>Die folgenden Aufgaben warten auf dich:</p><ul><li>Pflege von "
        "Stabilitätstabellen</li></ul><p>The following tasks are waiting for you:</p><ul><li>"
        "Maintenance of stability data tables</li></ul><h2>Qualifikation</h2><ul><li>Flexibel "
        "und motiviert</li></ul>"
    )
    r = _responsibilities(text)
    assert r.heading == "Aufgaben"
    items = [i.text for i in r.items]
    assert "Pflege von Stabilitätstabellen" in items
    assert "Maintenance of stability data tables" in items
    assert [k for k, _ in _sections(text)] == ["responsibilities", "basic_qualifications"]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Qualifikation", "basic_qualifications"),
        ("Profil recherché", "basic_qualifications"),
        ("Requisitos", "basic_qualifications"),
        ("Wat we van jou vragen", "basic_qualifications"),
        ("Responsabilidade e Atribuições", "responsibilities"),
        ("Dit gaan we doen:", "responsibilities"),
        ("Vos principales responsabilités :", "responsibilities"),
        ("💰 ¿Qué te ofrecemos?", "benefits"),
        ("Duties & Responsibilities", "responsibilities"),
        ("Your Day-to-Day", "responsibilities"),
        ("What you’ll do in this role", "responsibilities"),
        ("About the Role and Team", "role"),
        ("Preferred Requirements", "preferred_qualifications"),
        ("The Experience You’ll Bring", "basic_qualifications"),
        ("Other Requirements", "other"),
        ("Mission Statement", None),
        ("Responsabiliades", "responsibilities"),  # one letter off
        ("Basiq Qualifications", "basic_qualifications"),
    ],
)
def test_every_language_table_classifies_a_heading(heading: str, kind: str | None) -> None:
    found = classify(heading_key(heading))
    assert (found.kind if found else None) == kind


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        (  # ``Was dich erwartet`` names the duties before the profile, the benefits after it
            "<h2>Was dich erwartet</h2><ul><li>Du planst Kampagnen</li></ul><h2>Dein Profil</h2>"
            "<ul><li>Erfahrung im Marketing</li></ul><h2>Das erwartet Dich</h2><ul><li>30 Tage "
            "Urlaub</li></ul>",
            ("responsibilities", "Was dich erwartet"),
            ("benefits", "Das erwartet Dich"),
        ),
    ],
)
def test_a_heading_whose_kind_depends_on_its_place(
    text: str, before: tuple[str, str], after: tuple[str, str]
) -> None:
    sections = _sections(text)
    assert before in sections
    assert after in sections


def test_markup_and_hard_wrapped_words_are_not_headings() -> None:
    text = (
        "---\nlayout: default\ntitle: vacature\n---\n<!--\nSome resources for writing job "
        "descriptions:\n-->\nThe **primary** responsibility will be building the project. See "
        "the Gantt chart in the project\ndescription\n(<https://steno-aarhus.github.io/>)\n"
        "## Your competencies\n- Are proficient in English"
    )
    assert [h for _, h in _sections(text)] == [None, "Your competencies"]


def test_a_section_of_prose_gives_way_to_the_list_of_duties() -> None:
    text = (
        "# Analytics Engineer\n## Your impact\nThis is a great time to join Jacobs' Dublin team "
        "as we scale our analytics capability within transportation. You'd be working on "
        "BusConnects, one of the most significant investments in public transport in Ireland, "
        "and the transformation programmes around it.\n## Day to Day\n• Frame ambiguous business "
        "problems into structured data analysis questions\n• Apply core Analytics techniques\n"
        "## Technical Stack\n• Python for data analysis"
    )
    r = _responsibilities(text)
    assert r.heading == "Day to Day"


def test_one_heading_table_per_language() -> None:
    assert not hasattr(en, "HEADINGS")
    for module in LANGUAGES.values():
        for phrases in module.HEADINGS_BY_KIND.values():
            assert all(p == p.lower() and p.strip() == p for p in phrases)
