"""How a section body is cut into items, one row per form of list (ANNOTATION.md, issue #18).

The lines are copied from the corpora (varied_a / varied_b / employers / amazon); where the
corpora hold no example of a bullet mark that ANNOTATION.md lists (``●``, ``○``, ``■``, ``–``,
``—``, ``1)``, ``(1)``, ``a)``), real item lines carry that mark.  The expected items were read
off the text by the annotation rules, not copied from the parser's output.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from postings_parser.models import Section, TextSpan
from postings_parser.normalize.text import normalize
from postings_parser.posting.items import SectionItems, cut_items
from postings_parser.posting.lists import with_items
from postings_parser.posting.split import trim


def _section(body: str) -> tuple[object, Section]:
    """``body`` normalized, and a responsibilities section whose body is all of it."""
    norm = normalize(body)
    start, end = trim(norm.text, 0, len(norm.text))
    section = Section(
        heading="Responsibilities",
        heading_span=None,
        body=TextSpan(text=norm.text[start:end], start=start, end=end),
        kind="responsibilities",
        start=start,
        end=end,
    )
    return norm, section


def items_of(body: str) -> list[str]:
    """The items of a list section whose body is ``body`` (labels, closing boilerplate and
    the sentences around the bullets left out)."""
    norm, section = _section(body)
    (listed,) = with_items(norm, [section], SectionItems(norm))  # type: ignore[arg-type]
    return [item.text for item in listed.items]


def intro_of(body: str) -> str | None:
    norm, section = _section(body)
    start, end = cut_items(norm, section).intro  # type: ignore[arg-type]
    return norm.text[start:end] if end > start else None  # type: ignore[attr-defined]


class Row(NamedTuple):
    name: str
    body: str
    items: list[str]


BULLET_MARKS = [
    Row(
        "plus bullets under a star label",
        "* Ecosystem Engineering\n"
        "  + Build and maintain Tezos node using the Multicore OCaml compiler.\n"
        "  + Investigate CI failures and report issues to appropriate teams",
        [
            "Build and maintain Tezos node using the Multicore OCaml compiler.",
            "Investigate CI failures and report issues to appropriate teams",
        ],
    ),
    Row(
        "o sub-bullets where two lines or more use them, under plain group labels",
        "Voting Systems and Security Technical Support\n"
        "o Install software upgrades for computer and/or voting equipment\n"
        "o Acceptance test all new voting equipment\n"
        "Training\n"
        "o Provide webinar training for CBEs",
        [
            "Install software upgrades for computer and/or voting equipment",
            "Acceptance test all new voting equipment",
            "Provide webinar training for CBEs",
        ],
    ),
    *(
        Row(
            f"{mark!r} bullets",
            f"{mark} Conduct cyber security assessment\n"
            f"{mark} Assist counties with ADA compliance surveys",
            ["Conduct cyber security assessment", "Assist counties with ADA compliance surveys"],
        )
        for mark in ("●", "○", "■", "–", "—", "•", "▪")
    ),
    *(
        Row(
            f"numbered {first!r} {second!r}",
            f"{first} Review/proof election setup/candidate filing entries\n"
            f"{second} Review/proof ballot content and layout",
            [
                "Review/proof election setup/candidate filing entries",
                "Review/proof ballot content and layout",
            ],
        )
        for first, second in (("1.", "2."), ("1)", "2)"), ("(1)", "(2)"), ("a)", "b)"))
    ),
    Row(
        "one o line is text, not a bullet",
        "o Install software upgrades for computer and/or voting equipment\n"
        "Conduct cyber security assessment",
        [
            "o Install software upgrades for computer and/or voting equipment",
            "Conduct cyber security assessment",
        ],
    ),
    Row(
        "hyphen glued to a capital at the start of a line",
        "-Build, operate, and optimize large web-based systems\n"
        "-Design and implement algorithms to efficiently process, analyze, and serve massive "
        "datasets",
        [
            "Build, operate, and optimize large web-based systems",
            "Design and implement algorithms to efficiently process, analyze, and serve massive "
            "datasets",
        ],
    ),
    Row(
        "an italic line is not a star bullet",
        "*Note*, we anticipate that work on the DIF project will not take up all\nfull-time work.",
        [
            "*Note*, we anticipate that work on the DIF project will not take up all\n"
            "full-time work."
        ],
    ),
]

HARD_WRAPPED = [
    Row(
        "continuation lines indented under the bullet's text",
        "  + Utilise Multicore OCaml parallelism support (such as [Lwt offloading]"
        "(https://sudha247.github.io/2020/10/01/lwt-multicore/) mechanism)\n"
        "    to offload compute-intensive tasks such as crypto and serialisation to spare\n"
        "    cores.\n"
        "  + Build a direct-style Tezos shell using the\n"
        "    [eio](https://github.com/ocaml-multicore/eio), next-generation effect-based\n"
        "    direct-style io library.",
        [
            "Utilise Multicore OCaml parallelism support (such as [Lwt offloading]"
            "(https://sudha247.github.io/2020/10/01/lwt-multicore/) mechanism)\n"
            "    to offload compute-intensive tasks such as crypto and serialisation to spare\n"
            "    cores.",
            "Build a direct-style Tezos shell using the\n"
            "    [eio](https://github.com/ocaml-multicore/eio), next-generation effect-based\n"
            "    direct-style io library.",
        ],
    ),
    Row(
        "a sentence ends inside a hard-wrapped bullet",
        "* Investigating failures thrown up by OPAM Health Check monitoring and deeper\n"
        "  package testsuite runs with multicore. Determine if the issue is a problem for\n"
        "  the package maintainer or the multicore compiler.\n"
        "* Help organise and link ocaml-multicore bug reports such that issues are\n"
        "  correctly linked or merged.",
        [
            "Investigating failures thrown up by OPAM Health Check monitoring and deeper\n"
            "  package testsuite runs with multicore. Determine if the issue is a problem for\n"
            "  the package maintainer or the multicore compiler.",
            "Help organise and link ocaml-multicore bug reports such that issues are\n"
            "  correctly linked or merged.",
        ],
    ),
    Row(
        "continuation lines not indented go on in lower case",
        "- La conception, le développement et la mise en œuvre de\n"
        "solutions et d’évolutions techniques ;\n"
        "- L’analyse des besoins ainsi que la rédaction et mise à jour des\n"
        "spécifications techniques et fonctionnelles des solutions et\n"
        "des évolutions ;",
        [
            "La conception, le développement et la mise en œuvre de\n"
            "solutions et d’évolutions techniques ;",
            "L’analyse des besoins ainsi que la rédaction et mise à jour des\n"
            "spécifications techniques et fonctionnelles des solutions et\n"
            "des évolutions ;",
        ],
    ),
    Row(
        "loose markdown list: blank lines between bullets, indented continuations",
        "-   Building and developing RESTful APIs (or APIs in general) for the\n"
        "    DIF\n\n"
        "-   Reviewing contributed code and documentation text\n\n"
        "*Note*, we anticipate that work on the DIF project will not take up all\n"
        "full-time work.",
        [
            "Building and developing RESTful APIs (or APIs in general) for the\n    DIF",
            "Reviewing contributed code and documentation text",
        ],
    ),
    Row(
        "lower-case bullets are items of their own",
        "- using constraint programming to find the optimal shapes and sizes to\n"
        "  tile the structure of houses with a revolutionary new ecofriendly\n"
        "  material;\n"
        "- establishing a reproducible workflow for genetic analyses;",
        [
            "using constraint programming to find the optimal shapes and sizes to\n"
            "  tile the structure of houses with a revolutionary new ecofriendly\n"
            "  material;",
            "establishing a reproducible workflow for genetic analyses;",
        ],
    ),
]

FLATTENED = [
    Row(
        "hyphens glued to capitals make a list",
        "-Build, operate, and optimize large web-based systems -Design and implement algorithms "
        "to efficiently process, analyze, and serve massive datasets -Serve as a key individual "
        "contributor within the Venice engineering group",
        [
            "Build, operate, and optimize large web-based systems",
            "Design and implement algorithms to efficiently process, analyze, and serve massive "
            "datasets",
            "Serve as a key individual contributor within the Venice engineering group",
        ],
    ),
    Row(
        "one hyphen inside a sentence is no bullet",
        "Partner with researchers with experience in one or more of the following areas - "
        "autonomous agents, API orchestration, Planning.",
        [
            "Partner with researchers with experience in one or more of the following areas - "
            "autonomous agents, API orchestration, Planning."
        ],
    ),
    Row(
        "semicolons before capitals separate items; a connector between belongs to neither",
        "Assist with the scheduling and running of member meetings and webinars; Responsible "
        "for the onboarding process of new members; Represent the EI-ISAC in a professional and "
        "courteous manner; and Other tasks and responsibilities as assigned.",
        [
            "Assist with the scheduling and running of member meetings and webinars",
            "Responsible for the onboarding process of new members",
            "Represent the EI-ISAC in a professional and courteous manner",
            "Other tasks and responsibilities as assigned.",
        ],
    ),
    Row(
        "semicolons before lower case do not cut",
        "Edit and proof draft documents for accuracy; oversee Election Initiatives budget and "
        "spending priorities; assist project staff by developing and processing contracts.",
        [
            "Edit and proof draft documents for accuracy; oversee Election Initiatives budget and "
            "spending priorities; assist project staff by developing and processing contracts."
        ],
    ),
    Row(
        "one semicolon before a capital does not cut",
        "Strong proficiency in English (written and spoken); French language skills a plus",
        ["Strong proficiency in English (written and spoken); French language skills a plus"],
    ),
    Row(
        "etc. before a capitalised word ends the sentence",
        "Visit some lovely places and some that you barely know exist – Lake Tahoe, San Diego, "
        "South Padre Island, Amarillo, etc. Work directly with decision-makers in county "
        "governments, demonstrating how Electask can improve their operations.",
        [
            "Visit some lovely places and some that you barely know exist – Lake Tahoe, San "
            "Diego, South Padre Island, Amarillo, etc.",
            "Work directly with decision-makers in county governments, demonstrating how Electask "
            "can improve their operations.",
        ],
    ),
    Row(
        "etc. inside a parenthesis, before capitals, does not end it",
        "Experience with Python and common data libraries (Pandas, NumPy, etc.) OR equivalent "
        "experience.",
        [
            "Experience with Python and common data libraries (Pandas, NumPy, etc.) OR "
            "equivalent experience."
        ],
    ),
    Row(
        "e.g. and ex. before capitals do not end a sentence",
        "Experience with a data management platform (ex. Hex, Tableau, Looker, Sense). Use "
        "scripting languages (e.g. Python, Rust, Typescript) to automate reports.",
        [
            "Experience with a data management platform (ex. Hex, Tableau, Looker, Sense).",
            "Use scripting languages (e.g. Python, Rust, Typescript) to automate reports.",
        ],
    ),
    Row(
        "Inc. before a capitalised word ends the sentence, before lower case it does not",
        "You must live in a state where Airbnb, Inc. has a registered entity. Employer: Amazon "
        "Web Services, Inc. Position: Data Scientist II",
        [
            "You must live in a state where Airbnb, Inc. has a registered entity.",
            "Employer: Amazon Web Services, Inc.",
            "Position: Data Scientist II",
        ],
    ),
    Row(
        "a sentence glued to the next one",
        "Manages a dedicated team of 4 staff that provide customer service and conduct the day to "
        "day operations of voter registration.Serves as the County Administrator for SCORE.",
        [
            "Manages a dedicated team of 4 staff that provide customer service and conduct the "
            "day to day operations of voter registration.",
            "Serves as the County Administrator for SCORE.",
        ],
    ),
    Row(
        "a camelCase name is not two items, a glued word is",
        "pyOpenSci also has plans to launch a YouTube channel. You improve the system as you "
        "goYou bring great energy and a great vibe.",
        [
            "pyOpenSci also has plans to launch a YouTube channel.",
            "You improve the system as you go",
            "You bring great energy and a great vibe.",
        ],
    ),
    Row(
        "a sentence cut off by the section's end is not an item",
        "Implement models that comply with evaluations of the computational demands, accuracy, "
        "and reliability of the relevant ETL processes at various stages of production. 40 "
        "hours / week, 8:00am-5:00pm,",
        [
            "Implement models that comply with evaluations of the computational demands, "
            "accuracy, and reliability of the relevant ETL processes at various stages of "
            "production."
        ],
    ),
]

OTHER_LANGUAGES = [
    Row(
        "German abbreviations before capitals: z. B., z.B., mind.",
        "Du definierst und verantwortest operative KPIs (z. B. Projektlaufzeit, Go-Live-Quote, "
        "Qualität, Kostenstruktur) und priorisierst Ressourcen. Erfahrung: Ca. 1–2 Jahre "
        "Berufserfahrung, idealerweise in einem analytischen Umfeld (z.B. Consulting, "
        "Wirtschaftsprüfung, Analysten-Rolle). Einschlägige Kenntnisse im Bereich MS SQL Server "
        "(mind. 5 Jahre).",
        [
            "Du definierst und verantwortest operative KPIs (z. B. Projektlaufzeit, "
            "Go-Live-Quote, Qualität, Kostenstruktur) und priorisierst Ressourcen.",
            "Erfahrung: Ca. 1–2 Jahre Berufserfahrung, idealerweise in einem analytischen Umfeld "
            "(z.B. Consulting, Wirtschaftsprüfung, Analysten-Rolle).",
            "Einschlägige Kenntnisse im Bereich MS SQL Server (mind. 5 Jahre).",
        ],
    ),
    Row(  # composed after the corpus' German lines: the corpora hold no ``bzw.`` before a capital
        "German bzw. before a noun",
        "Du hast ein abgeschlossenes Studium bzw. Ausbildung im Bereich Informatik. Du sprichst "
        "Deutsch und Englisch fließend.",
        [
            "Du hast ein abgeschlossenes Studium bzw. Ausbildung im Bereich Informatik.",
            "Du sprichst Deutsch und Englisch fließend.",
        ],
    ),
    Row(  # composed after the corpus' French lines: no ``p. ex.`` before a capital there
        "French p. ex. before a name",
        "Utilisation de différents LLM (p. ex. Mistral, Llama) pour faciliter l’analyse des "
        "documents. Contribution à la veille sur les nouvelles méthodes et outils en NLP.",
        [
            "Utilisation de différents LLM (p. ex. Mistral, Llama) pour faciliter l’analyse des "
            "documents.",
            "Contribution à la veille sur les nouvelles méthodes et outils en NLP.",
        ],
    ),
    Row(
        "an abbreviation of another language is a word in English text",
        "We believe in doing so. We trust our people and give them the autonomy to do their "
        "best work.",
        [
            "We believe in doing so.",
            "We trust our people and give them the autonomy to do their best work.",
        ],
    ),
]

NOT_ITEMS = [
    Row(
        "separator lines, template tags and lone marks are not items",
        "- Storage and retrieval of stability samples\n------------\n"
        '{{< admonition type="info" >}}\n**\no\n- Conducting sensory tests',
        ["Storage and retrieval of stability samples", "Conducting sensory tests"],
    ),
    Row(
        "sentences after the last bullet are not items",
        "1. Develop and implement computational models and simulation protocols to study "
        "biological systems\n"
        "2. Collaborate with experimentalists to design and interpret experiments\n"
        "We offer a competitive salary and benefits package. If you are passionate about "
        "computational biophysics, we encourage you to apply.\n"
        "- **Graduate and undergraduate students**:\n"
        "Graduate and undergraduate students are always welcome!",
        [
            "Develop and implement computational models and simulation protocols to study "
            "biological systems",
            "Collaborate with experimentalists to design and interpret experiments",
        ],
    ),
    Row(
        "a paragraph before the bullets is neither intro nor item; a bold bullet is an item",
        "Everything we do at Sunrun is driven by a determination to transform the way we power "
        "our lives.\n"
        "- **Navigate difficult partner conversations and internal roadblocks**\n"
        "- Hit bi-annual and quarter targets (quota carrying role).",
        [
            "**Navigate difficult partner conversations and internal roadblocks**",
            "Hit bi-annual and quarter targets (quota carrying role).",
        ],
    ),
    Row(
        "a bullet that ends with a colon over more bullets leads them in",
        "- Développement de chaînes de traitement pour :\n"
        "- L’extraction **automatique d’informations** (ex. NER, extraction de champs "
        "structurés),\n"
        "- La **classification de documents** (typologie des pièces, etc.),",
        [
            "L’extraction **automatique d’informations** (ex. NER, extraction de champs "
            "structurés),",
            "La **classification de documents** (typologie des pièces, etc.),",
        ],
    ),
    Row(
        "short title-case bullets that label groups of a flat list",
        "- Operational & Performance Support\n"
        "- Own and maintain processes for tracking agency-driven revenue\n"
        "- Support forecasting and likely billing reporting\n"
        "- Agency Partnerships\n"
        "- Prepare performance data, insights, and materials",
        [
            "Own and maintain processes for tracking agency-driven revenue",
            "Support forecasting and likely billing reporting",
            "Prepare performance data, insights, and materials",
        ],
    ),
    Row(
        "one short title-case bullet is an item",
        "- Chiffrages\n- Facturations et petites tâches administratives",
        ["Chiffrages", "Facturations et petites tâches administratives"],
    ),
    Row(
        "group labels of a list that lost its bullets",
        "Architecture & développement IA\n"
        "Concevoir et développer des pipelines IA / GenAI robustes\n"
        "Participer aux choix d’architecture technique\n"
        "Industrialisation\n"
        "Transformer des POC en systèmes fiables en production\n"
        "Optimiser performance, latence et coûts",
        [
            "Concevoir et développer des pipelines IA / GenAI robustes",
            "Participer aux choix d’architecture technique",
            "Transformer des POC en systèmes fiables en production",
            "Optimiser performance, latence et coûts",
        ],
    ),
    Row(
        "a title-case or capitals question and contact lines are not items",
        "Do You Have What It Takes?\n"
        "LET'S TALK IF YOU ARE READY?\n"
        "Assist counties in election reconciliation.\n"
        "Telefon: +49 89 455 99 295\n"
        "E-Mail: jobs@example.com",
        ["Assist counties in election reconciliation."],
    ),
]

CLOSING = [
    Row(
        "closing boilerplate of another language ends the list",
        "- Pflege von Stabilitätstabellen\n"
        "- Vorbereitung und Planung von Stability Meetings, Teilnahme und Protokollierung\n"
        "Wir freuen uns auf Ihre Kontaktaufnahme!\n"
        "- Find more English Speaking Jobs in Germany on Arbeitnow",
        [
            "Pflege von Stabilitätstabellen",
            "Vorbereitung und Planung von Stability Meetings, Teilnahme und Protokollierung",
        ],
    ),
    Row(
        "a closing sentence between bullets ends the list",
        "- Maintain chain of custody, proper seal tracking for all election materials and "
        "equipment.\n"
        "We welcome qualified individuals with disabilities who are interested in employment.\n"
        "- The Election Operations Manager must have reliable transportation.",
        [
            "Maintain chain of custody, proper seal tracking for all election materials and "
            "equipment."
        ],
    ),
]


@pytest.mark.parametrize(
    "row",
    [*BULLET_MARKS, *HARD_WRAPPED, *FLATTENED, *OTHER_LANGUAGES, *NOT_ITEMS, *CLOSING],
    ids=lambda row: row.name,
)
def test_items_by_form(row: Row) -> None:
    assert items_of(row.body) == row.items


@pytest.mark.parametrize(
    ("body", "intro"),
    [
        (  # a lead-in line by form, in a language the lead-in table does not know
            "Nous recherchons un(e) AI Engineer pour concevoir des solutions.\n"
            "Vos principales responsabilités :\n"
            "Concevoir les architectures techniques des produits IA.\n"
            "Mettre en place et maintenir les pipelines CI/CD.",
            "Vos principales responsabilités :",
        ),
        (  # a hard-wrapped lead-in before bullets: the paragraph before it is not the intro
            "Nous recherchons des **développeurs web** capables de s’intégrer\n"
            "au sein d’une équipe intervenant sur des projets innovants.\n\n"
            "Vos missions principales :\n\n"
            "- La participation aux phases de tests suite aux développement\nréalisés ;",
            "Vos missions principales :",
        ),
    ],
)
def test_the_lead_in_line_is_the_intro(body: str, intro: str) -> None:
    assert intro_of(body) == intro


def test_items_are_verbatim_slices() -> None:
    for row in [*BULLET_MARKS, *HARD_WRAPPED, *FLATTENED, *NOT_ITEMS]:
        norm, section = _section(row.body)
        cut = cut_items(norm, section)  # type: ignore[arg-type]
        for start, end in [*cut.items, *cut.others]:
            text = norm.text[start:end]  # type: ignore[attr-defined]
            assert text
            assert text == text.strip()
