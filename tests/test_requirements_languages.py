"""Degree and years-of-experience requirements in German, French, Spanish, Portuguese, Italian
and Dutch: real statements of the varied postings, their paths as ANNOTATION.md reads them (the
foreign degree levels of its last section), and the rule tables every language shares."""

from __future__ import annotations

import pytest

import postings_parser as pp
from postings_parser.posting import requirements
from postings_parser.rules import LANGUAGES

D = pp.Degree
B, M, PHD, A, HS = D.BACHELOR, D.MASTER, D.DOCTORATE, D.ASSOCIATE, D.HIGH_SCHOOL
Path = tuple[pp.Degree | None, float | None, float | None]

# (statement as written in a real posting, its paths as (degree, min_years, max_years))
STATEMENTS: dict[str, list[tuple[str, list[Path]]]] = {
    "de": [
        ("Mind. 5 Jahre Berufserfahrung in einer vergleichbaren Position", [(None, 5, None)]),
        (
            "Du verfügst über mindestens fünf Jahre Berufserfahrung, idealerweise im industriellen "
            "Umfeld mit mechanischem Schwerpunkt.",
            [(None, 5, None)],
        ),
        (
            "3–6 Jahre Berufserfahrung im Controlling, idealerweise im dynamischen Umfeld",
            [(None, 3, 6)],
        ),
        (
            "Erfahrung: Ca. 1–2 Jahre Berufserfahrung, idealerweise in einem analytischen Umfeld",
            [(None, 1, 2)],
        ),
        # two units: the range runs from six months to a year
        (
            "Erfahrung. Du hast 6 Monate bis 1 Jahr praktische Erfahrung im Kundensupport "
            "gesammelt",
            [(None, 0.5, 1)],
        ),
        (
            "Breites technologisches IT-Basiswissen mit mindestens 15 Jahren Berufserfahrung",
            [(None, 15, None)],
        ),
        # a strong count in brackets, no experience word; ``MS SQL Server`` is no degree
        ("Einschlägige Kenntnisse im Bereich MS SQL Server (mind. 5 Jahre)", [(None, 5, None)]),
        (
            "Du hast bereits 3+ Jahre Erfahrung im Bereich Operations- oder Projektmanagement",
            [(None, 3, None)],
        ),
        (
            "Praktische Erfahrung in der Rollout-Logistik, nachgewiesen durch mindestens 3 "
            "Rolloutprojekte über einen Zeitraum von 10 Jahren",
            [(None, 10, None)],
        ),
        # ``Studium`` names no level: bachelor; ``Ausbildung`` is vocational: high_school
        (
            "Studium der Informatik oder abgeschlossene Ausbildung im Bereich Fachinformatik oder "
            "entsprechende Berufserfahrung in der Software-Entwicklung",
            [(B, None, None), (HS, None, None)],
        ),
        (
            "Abgeschlossenes Studium oder kaufmännische Ausbildung mit Schwerpunkt Marketing",
            [(B, None, None), (HS, None, None)],
        ),
        (
            "Sie können eine Ausbildung als Fachinformatiker Systemintegration oder gleichwertige "
            "Erfahrung vorweisen",
            [(HS, None, None)],
        ),
        # a compound, and a comparable training that is no second degree
        (
            "Erfolgreich abgeschlossenes Ingenieursstudium oder vergleichbare Ausbildung",
            [(B, None, None)],
        ),
        ("BWL-Master (oder vergleichbar), Abschluss mind. Note 2,3 oder besser", [(M, None, None)]),
    ],
    "fr": [
        (
            "5 à 10 ans d’expérience en data engineering, software engineering, ML engineering ou "
            "AI engineering",
            [(None, 5, 10)],
        ),
        ("AI Engineer (H/F) – 3 à 7 ans d'expérience", [(None, 3, 7)]),
        ("1 an et plus", [(None, 1, None)]),
        ("Votre formation : bac+5 en informatique.", [(M, None, None)]),
        ("Bac+5 / Ingénieur ou équivalent", [(M, None, None)]),
        ("Une **formation scientifique supérieure** (BAC+5).", [(M, None, None)]),
        (
            "Une formation scientifique solide est appréciée : maths, informatique, école "
            "d’ingénieur, master ou doctorat.",
            [(M, None, None), (PHD, None, None)],
        ),
        # a university training of level Bac+5 is one degree
        (
            "Vous êtes issu(e) d’une École d’Ingénieur en dernière année d’études ou d’une "
            "formation universitaire Bac+5.",
            [(M, None, None)],
        ),
        (
            "Vous êtes de formation d'Ingénieur informatique ou généraliste avec option "
            "informatique (Ecole d'ingénieur et équivalent...)",
            [(M, None, None)],
        ),
    ],
    "es": [
        ("Más de 3 años de experiencia laboral en Microservices", [(None, 3, None)]),
        ("Al menos 1 año de experiencia con Ruby on Rails", [(None, 1, None)]),
        ("+2 años de experiencia", [(None, 2, None)]),
        ("Frontend +3 años de experiencia", [(None, 3, None)]),
        ("Dos años de desarrollo de software.", [(None, 2, None)]),
        ("Experiencia de 2 o 3 años en puestos similares (Semi Sr).", [(None, 2, 3)]),
        ("Más de 3 años de Java 7/8 es imprescindible.", [(None, 3, None)]),
        ("Titulado en licenciatura o ingeniería afín a informática.", [(B, None, None)]),
    ],
    "pt": [
        ("Mais de 2 anos de experiência em codificação", [(None, 2, None)]),
        ("2 anos ou mais de experiência em C# e .Net Core", [(None, 2, None)]),
        ("02 anos de experiência em desenvolvimento de aplicações web;", [(None, 2, None)]),
        # a Spanish line in a Brazilian posting
        ("Mínimo 2 años de experiencia comprovada para perfil Junior", [(None, 2, None)]),
        (
            "Bacharel em Ciência da Computação, Engenharia de Computação e áreas afins;",
            [(B, None, None)],
        ),
        ("Cursar, cursando ou ter cursado ensino superior em áreas da T.I.;", [(B, None, None)]),
        (
            "Ensino Superior completo ou cursando em Análise e Desenvolvimento de Sistemas, "
            "Ciência da Computação ou em áreas correlatas",
            [(B, None, None)],
        ),
        (
            "Formação superior completa em Análise de sistemas, Bacharelado em Informática, "
            "Ciência da computação ou similares.",
            [(B, None, None)],
        ),
    ],
    "it": [
        (
            "Almeno 5 anni di esperienza in un ruolo di *Infrastructure/Production Engineer* o "
            "equivalente",
            [(None, 5, None)],
        ),
        (
            "Esperti in possesso di comprovata esperienza, non inferiore a 3 anni, nella "
            "valutazione e nel coordinamento di progetti caratterizzati da un uso innovativo di "
            "dati e tecnologie digitali.",
            [(None, 3, None)],
        ),
    ],
    "nl": [
        ("afgeronde opleiding op HBO/WO niveau (bijvoorbeeld Informatica)", [(B, None, None)]),
        ("minimaal hbo werk- en denkniveau", [(B, None, None)]),
    ],
}

CASES = [(lang, s, paths) for lang, rows in STATEMENTS.items() for s, paths in rows]


@pytest.mark.parametrize(
    ("lang", "sentence", "paths"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_statement_in_another_language_gives_its_paths(
    lang: str, sentence: str, paths: list[Path]
) -> None:
    posting = pp.parse_posting(f"Qualifications\n- {sentence}")
    got = [(p.degree, p.min_years, p.max_years) for r in posting.requirements for p in r.paths]
    assert got == paths


NOT_REQUIREMENTS = [
    "MS Office – insbesondere Excel, Word und PowerPoint – nutzt du sicher im Projektalltag.",
    "Sicherer Umgang mit MS Office und idealerweise WordPress",
    # ``maîtrise`` is command of a skill here, not a master's degree
    "Excellente maîtrise des pratiques CI/CD, MLOps et DevOps.",
    # the employer's age and the job's trial period
    "A Lafs é uma empresa de Contabilidade com mais de 30 anos de mercado, já tendo aberto mais "
    "de 18 mil empresas e com 22 mil clientes satisfeitos.",
    "Somos uma empresa de pequeno que atua nos ramos de desenvolvimento, automação comercial e "
    "industrial a mais de 10 anos, temos um produto comercial web e app para o varejo.",
    "Período de adaptação (experiência) de 3 meses.",
    # ``Promotion`` in English, ``licence`` of software
    "Drive the promotion of our products across Europe.",
    "Manage the licence renewals of our software stack.",
]


@pytest.mark.parametrize("sentence", NOT_REQUIREMENTS)
def test_words_of_other_languages_that_are_not_requirements(sentence: str) -> None:
    assert pp.parse_posting(f"Key job responsibilities {sentence}").requirements == []


@pytest.mark.parametrize(
    ("sentence", "or_equivalent"),
    [
        (
            "Abgeschlossenes Studium in einem naturwissenschaftlichen Studiengang oder "
            "vergleichbare Qualifikation",
            True,
        ),
        ("minimaal hbo werk- en denkniveau", True),
        # the same degree, not experience instead of it
        ("Bac+5 / Ingénieur ou équivalent", False),
        ("Bacharel em Ciência da Computação, Engenharia de Computação e áreas afins;", False),
    ],
)
def test_or_equivalent_in_other_languages(sentence: str, or_equivalent: bool) -> None:
    [requirement] = pp.parse_posting(f"Qualifications\n- {sentence}").requirements
    assert requirement.or_equivalent is or_equivalent


@pytest.mark.parametrize(
    ("sentence", "preferred"),
    [
        # a preference inside a required statement leaves it required (ANNOTATION.md)
        ("3–6 Jahre Berufserfahrung im Controlling, idealerweise im dynamischen Umfeld", False),
        (
            "Une formation scientifique solide est appréciée : maths, informatique, école "
            "d’ingénieur, master ou doctorat.",
            True,
        ),
    ],
)
def test_preferred_in_other_languages(sentence: str, preferred: bool) -> None:
    [requirement] = pp.parse_posting(f"Qualifications\n- {sentence}").requirements
    assert requirement.preferred is preferred


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        (
            "Studium der Informatik oder abgeschlossene Ausbildung im Bereich Fachinformatik oder "
            "entsprechende Berufserfahrung in der Software-Entwicklung",
            ["Informatik", "Fachinformatik"],
        ),
        (
            "Ein abgeschlossenes Studium im Bereich Maschinenbau oder Konstruktion ist "
            "Voraussetzung.",
            ["Maschinenbau", "Konstruktion"],
        ),
        ("Votre formation : bac+5 en informatique.", ["informatique"]),
        (
            "Étudiant(e) en Master en Informatique, Génie logiciel ou équivalent",
            ["Informatique", "Génie logiciel"],
        ),
        (
            "Bacharel em Ciência da Computação, Engenharia de Computação e áreas afins;",
            ["Ciência da Computação", "Engenharia de Computação"],
        ),
        (
            "Formação superior completa em Análise de sistemas, Bacharelado em Informática, "
            "Ciência da computação ou similares.",
            ["Análise de sistemas", "Informática", "Ciência da computação"],
        ),
    ],
)
def test_fields_of_study_in_other_languages(sentence: str, fields: list[str]) -> None:
    [requirement] = pp.parse_posting(f"Qualifications\n- {sentence}").requirements
    assert requirement.fields == fields


# --- the tables ------------------------------------------------------------------------------

REQ_TABLES = sorted(name for name in vars(LANGUAGES["en"]) if name.startswith("REQ_"))


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_every_language_has_the_same_requirement_tables(lang: str) -> None:
    module = LANGUAGES[lang]
    assert sorted(n for n in vars(module) if n.startswith("REQ_")) == REQ_TABLES
    assert set(module.REQ_DEGREES_BY_LEVEL) <= {d.value for d in D}


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_every_special_degree_name_is_a_degree_name_and_unleveled_ones_are_bachelors(
    lang: str,
) -> None:
    module = LANGUAGES[lang]
    leveled = {n for names in module.REQ_DEGREES_BY_LEVEL.values() for n in names}
    unleveled = set(module.REQ_UNLEVELED_DEGREES)
    names = leveled | unleveled
    assert {a.lower() for a in module.REQ_DEGREE_ABBREVIATIONS} <= names
    assert set(module.REQ_COMPOUND_DEGREES) <= names
    # a name without a level is listed once, and read as a bachelor's (ANNOTATION.md)
    assert not unleveled & leveled
    levels = requirements._levels()
    assert {levels[name] for name in unleveled} <= {D.BACHELOR}


def test_a_word_of_several_languages_means_the_same_in_each() -> None:
    numbers: dict[str, int] = {}
    levels: dict[str, str] = {}
    for module in LANGUAGES.values():
        for word, value in module.NUMBER_WORDS.items():
            assert numbers.setdefault(word, value) == value, word
        for level, names in module.REQ_DEGREES_BY_LEVEL.items():
            for name in names:
                assert levels.setdefault(name, level) == level, name
        for name in module.REQ_UNLEVELED_DEGREES:
            assert levels.setdefault(name, "bachelor") == "bachelor", name
