"""Dutch rules as data: section headings, lead-ins, closing sentences, abbreviations, and the
vocabulary of degree and years-of-experience requirements.  Plain constants, no logic; the
conventions are those of :mod:`.en` (phrases lower case, markup / emoji / numbering /
trailing colon removed).

Postings write ``je`` / ``jij`` / ``jouw`` and ``u`` / ``uw`` forms; both are listed.  Flemish
postings (``Je kan``, ``Jouw profiel``) use the same words.
"""

from __future__ import annotations

HEADINGS_BY_KIND: dict[str, tuple[str, ...]] = {
    "responsibilities": (
        "wat ga je doen",
        "wat ga jij doen",
        "wat ga je doen?",
        "wat je gaat doen",
        "wat jij gaat doen",
        "dit ga je doen",
        "dit ga jij doen",
        "dit gaan we doen",
        "wat doe je",
        "wat ga je bij ons doen",
        "jouw taken",
        "je taken",
        "uw taken",
        "taken",
        "taken en verantwoordelijkheden",
        "verantwoordelijkheden",
        "jouw verantwoordelijkheden",
        "uw verantwoordelijkheden",
        "werkzaamheden",
        "jouw werkzaamheden",
        "je werkzaamheden",
        "uw werkzaamheden",
        "de werkzaamheden",
        "takenpakket",
        "jouw rol",
        "je rol",
        "wat houdt de functie in",
        "wat houdt de baan in",
        "jouw uitdaging",
        "je uitdaging",
        "de uitdaging",
        "jouw missie",
    ),
    "basic_qualifications": (
        "wat vragen wij",
        "wat vragen we",
        "wat wij vragen",
        "wat we vragen",
        "wat we van jou vragen",
        "wat wij van jou vragen",
        "wat wij van u vragen",
        "wat verwachten wij",
        "wat we van je verwachten",
        "wat wij van jou verwachten",
        "wat breng je mee",
        "wat breng jij mee",
        "dit breng je mee",
        "dit breng jij mee",
        "wat neem je mee",
        "functie-eisen",
        "functie eisen",
        "functie-eisen en competenties",
        "eisen",
        "vereisten",
        "jouw profiel",
        "je profiel",
        "uw profiel",
        "profiel",
        "gevraagd profiel",
        "wie ben jij",
        "wie ben je",
        "wie zoeken wij",
        "wie zoeken we",
        "wij zoeken",
        "we zoeken",
        "wat heb je nodig",
        "jouw kwalificaties",
        "kwalificaties",
        "competenties",
        "vaardigheden",
        "kennis en ervaring",
        "ervaring",
        "opleiding",
        "opleiding en ervaring",
        "jij hebt",
        "je hebt",
        "jij bent",
    ),
    "preferred_qualifications": (
        "pré",
        "een pré",
        "pluspunten",
        "pluspunt",
        "een pluspunt",
        "mooi meegenomen",
        "bonuspunten",
        "extra",
        "wenselijk",
        "gewenst",
        "bij voorkeur",
        "strekt tot aanbeveling",
        "nice to have",
        "nice-to-have",
        "leuk als je",
        "helemaal top als je",
    ),
    "role": (
        "omschrijving",
        "functie",
        "de functie",
        "jouw functie",
        "over de functie",
        "functieomschrijving",
        "functie omschrijving",
        "functiebeschrijving",
        "de rol",
        "een dag uit het leven",
        "over de vacature",
        "de vacature",
        "vacature",
        "vacatureomschrijving",
        "over de rol",
        "het project",
        "projecten",
        "context",
        "technologieën",
        "je kan aan de slag met deze technologieën",
        "onze stack",
        "tech stack",
        "hoe webdevelopen wij",
        "hoe werken wij",
        "missie",
    ),
    "team": (
        "over ons",
        "wie zijn wij",
        "wie zijn we",
        "wie we zijn",
        "wie wij zijn",
        "het bedrijf",
        "bedrijfsprofiel",
        "organisatie",
        "de organisatie",
        "over de organisatie",
        "over het bedrijf",
        "ons team",
        "het team",
        "jouw team",
        "onze missie",
        "onze visie",
        "onze cultuur",
        "waarom wij",
        "waarom werken bij",
    ),
    "benefits": (
        "wat bieden wij",
        "wat bieden we",
        "wat wij bieden",
        "wat we bieden",
        "wij bieden",
        "we bieden",
        "wat bieden wij jou",
        "wat krijg je",
        "wat krijg je ervoor terug",
        "wat krijg je van ons",
        "dit bieden wij",
        "dit bieden we",
        "ons aanbod",
        "arbeidsvoorwaarden",
        "secundaire arbeidsvoorwaarden",
        "voordelen",
        "extra's",
        "wat mag je verwachten",
        "wat kun je verwachten",
        "wat kan je verwachten",
    ),
    "pay": (
        "salaris",
        "salarisindicatie",
        "vergoeding",
        "beloning",
        "verloning",
        "loon",
        "salarisschaal",
    ),
    "process": (
        "solliciteren",
        "hoe solliciteer je",
        "sollicitatie",
        "sollicitatieprocedure",
        "sollicitatieproces",
        "procedure",
        "interesse",
        "interesse?",
        "geïnteresseerd",
        "reageren",
        "contact",
        "contactpersoon",
        "meer informatie",
        "vragen",
    ),
    "other": (
        "locatie",
        "standplaats",
        "werklocatie",
        "werktijden",
        "uren",
        "dienstverband",
        "contract",
        "startdatum",
        "acquisitie",
        "diversiteit",
    ),
}

HEADINGS_KIND_AFTER_QUALIFICATIONS: dict[str, str] = {
    "wat mag je verwachten": "benefits",
}

HEADINGS_KEYWORDS_BY_KIND: dict[str, tuple[str, ...]] = {
    "preferred_qualifications": ("pré", "pluspunt", "wenselijk", "gewenst", "bij voorkeur"),
    "responsibilities": (
        "taken",
        "verantwoordelijkhed",
        "werkzaamheden",
        "ga je doen",
        "gaan we doen",
    ),
    "basic_qualifications": (
        "eisen",
        "vereist",
        "profiel",
        "vragen",
        "breng je mee",
        "kwalificaties",
        "zoeken",
    ),
    "benefits": ("bieden", "arbeidsvoorwaarden", "voordelen", "krijg je"),
    "pay": ("salaris", "beloning", "vergoeding"),
    "process": ("sollicit", "reageren"),
    "team": ("over ons", "wie zijn", "bedrijf", "organisatie", "team"),
    "role": ("omschrijving", "vacature", "functie"),
}

HEADINGS_LEADINS: tuple[str, ...] = (
    r"(?:als [^:\n]{1,80}?|in deze (?:rol|functie)),? (?:ga je|ben je verantwoordelijk voor|"
    r"houd je je bezig met|zorg je voor|werk je)[^:\n]{0,60}",
    r"(?:jouw|je|uw) (?:belangrijkste )?(?:taken|werkzaamheden|verantwoordelijkheden)"
    r"(?: (?:zijn|bestaan uit|omvatten)[^:\n]{0,40})?",
    r"(?:je|jij) (?:gaat|bent verantwoordelijk voor|houdt je bezig met)",
    r"(?:tot )?(?:jouw|je|uw) (?:taken|werkzaamheden) (?:behoren|horen)(?: onder andere| o\.a\.)?",
)

HEADINGS_CLOSING_SENTENCES: tuple[str, ...] = (
    r"(?:ben je|ben jij|bent u) (?:geïnteresseerd|enthousiast)",
    r"(?:solliciteer|reageer) (?:nu|direct|vandaag|snel)",
    r"(?:stuur|mail) (?:je|jouw|uw) (?:cv|sollicitatie|motivatie)",
    r"acquisitie (?:naar aanleiding van|n\.a\.v\.) deze vacature (?:wordt|is) niet op prijs",
    r"(?:wij|we) (?:waarderen|omarmen|streven naar) diversiteit",
    r"(?:een|het) (?:assessment|referentieonderzoek|vog) (?:kan|maakt) (?:deel )?",
)

SPLIT_ABBREVIATIONS: tuple[str, ...] = (
    "bijv.",
    "bv.",
    "bijvoorbeeld.",
    "o.a.",
    "o. a.",
    "m.b.t.",
    "mbt.",
    "i.v.m.",
    "ivm.",
    "t.a.v.",
    "tav.",
    "n.a.v.",
    "nav.",
    "m.a.w.",
    "d.w.z.",
    "dwz.",
    "evt.",
    "ca.",
    "resp.",
    "incl.",
    "excl.",
    "min.",
    "max.",
    "nr.",
    "tel.",
    "dhr.",
    "mevr.",
    "mw.",
    "dr.",
    "ir.",
    "ing.",
    "drs.",
    "mr.",
    "prof.",
    "st.",
    "vs.",
    "t/m.",
    "z.s.m.",
    "zsm.",
    "i.o.m.",
    "p.w.",
    "p.m.",
    "p.j.",
    "u.",
    "wo.",
    "hbo.",
    "jan.",
    "feb.",
    "mrt.",
    "apr.",
    "aug.",
    "sept.",
    "okt.",
    "nov.",
    "dec.",
)
# abbreviations that close an enumeration or a name: before a capitalised word they end a
# sentence
FINAL_ABBREVIATIONS: tuple[str, ...] = (
    "enz.",
    "etc.",
    "e.d.",
    "e.a.",
    "b.v.",
)
# capitalised words that open a list item (infinitives of duties): a new run-on item starts
# where one follows a plain word
ITEM_STARTERS: frozenset[str] = frozenset(
    """
    Adviseren Analyseren Beheren Bouwen Coördineren Ontwerpen Ontwikkelen Onderhouden
    Optimaliseren Organiseren Realiseren Samenwerken Testen Verbeteren
    """.split()
)
# lower-case words after which the text goes on (articles, prepositions, conjunctions)
CONNECTORS: frozenset[str] = frozenset(
    """
    de het een en of maar van voor in op aan met zonder door bij naar over onder tussen
    als dan die dat wie waar je jouw uw onze ons zijn is te om
    """.split()
)

# --- requirements (conventions: the ``REQ_*`` bullet of :mod:`.en`) --------------------------
NUMBER_WORDS: dict[str, int] = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
    "twintig": 20,
}
# ``3-jarige ervaring``
REQ_YEAR_WORDS: tuple[str, ...] = ("jaar", "jaren", "jarige")
REQ_MONTH_WORDS: tuple[str, ...] = ("maanden", "maand")
# ``ervaring`` also ends ``werkervaring``
REQ_EXPERIENCE_WORDS: tuple[str, ...] = ("ervaring", "werkzaam")
REQ_COUNT_FOLLOWERS: tuple[str, ...] = ("in", "als", "bij", "met", "op", "relevante")
REQ_MIN_PHRASES: tuple[str, ...] = (
    "minimaal",
    "ten minste",
    "tenminste",
    "minstens",
    "minimum",
    "meer dan",
    "ruim",
    "ongeveer",
    "circa",
)
REQ_PLUS_PHRASES: tuple[str, ...] = ("+", "of meer", "of langer", "minimaal")
# ``of`` (or) is also English: not read as a range
REQ_RANGE_WORDS: tuple[str, ...] = ("-", "–", "—", "tot", "à")
REQ_NOT_EXPERIENCE_YEARS: tuple[str, ...] = (
    "sinds",
    "al meer dan",
    "al ruim",
    "de afgelopen",
    "in de afgelopen",
    "de komende",
    "elke",
    "iedere",
    "contract voor",
    "voor de duur van",
)
REQ_NOT_EXPERIENCE_AFTER: tuple[str, ...] = ("geleden", "oud")
REQ_NOT_EXPERIENCE_CONTEXTS: tuple[str, ...] = ("proeftijd",)

# ``HBO`` and ``WO`` name a level of higher education, not which degree: bachelor (gold:
# ``HBO/WO niveau`` is one bachelor path); vocational ``MBO`` is high_school (ANNOTATION.md:
# vocational training).  ``HBO`` alone is also a television channel, ``MBO`` management by
# objectives, ``WO`` a weekday, ``AD`` Active Directory: only in longer names or with their
# context.
REQ_DEGREES_BY_LEVEL: dict[str, tuple[str, ...]] = {
    "high_school": (
        "vmbo",
        "havo",
        "vwo",
        "mavo",
        "[afgeronde] mbo",
        "[minimaal] mbo",
        "mbo [diploma]",
        "mbo [opleiding]",
        "mbo-niveau",
        "mbo niveau",
        "mbo-opleiding",
        "middelbare school",
        "secundair onderwijs",
    ),
    "associate": (
        "hbo-ad",
        "hbo associate degree",
        "graduaat",
    ),
    "bachelor": (
        "[afgeronde] hbo",
        "[minimaal] hbo",
        "hbo [diploma]",
        "hbo [opleiding]",
        "hbo-niveau",
        "hbo niveau",
        "hbo werk- en denkniveau",
        "hbo-opleiding",
        "hbo-bachelor",
        "wo-niveau",
        "wo niveau",
        "hbo/wo",
        "hbo/wo niveau",
        "hbo/wo-niveau",
        "wo-bachelor",
        "bachelor",
        "bachelordiploma",
        "professionele bachelor",
        "academische bachelor",
        "hogeschooldiploma",
    ),
    "master": (
        "master",
        "masterdiploma",
        "wo-master",
        "academische master",
        "universitaire master",
        "doctoraal",
        "mba",
    ),
    "doctorate": (
        "gepromoveerd",
        "doctoraat",
        "doctorsgraad",
        "phd",
    ),
}
REQ_DEGREE_ABBREVIATIONS: tuple[str, ...] = ()
REQ_COMPOUND_DEGREES: tuple[str, ...] = ()
REQ_UNLEVELED_DEGREES: tuple[str, ...] = (
    "universitaire opleiding",
    "academisch niveau",
    "academische opleiding",
    "hogeschool",
)
REQ_NOT_DEGREES: tuple[str, ...] = ("scrum master", "master data")
# ``of`` (or) is also English ``of``: not read as an alternative
REQ_OR_WORDS: tuple[str, ...] = ("ofwel",)
# ``en`` (and) is also French and Spanish ``en`` (in): not read as a joiner
REQ_AND_WORDS: tuple[str, ...] = ("met",)
REQ_FIELD_CLOSERS: tuple[str, ...] = ("vergelijkbaar", "gelijkwaardig", "verwante")
REQ_FIELD_PREPOSITIONS: tuple[str, ...] = ("in",)
REQ_FIELD_ENDS: tuple[str, ...] = ("bij", "aan", "is")
REQ_NOT_FIELD_WORDS: tuple[str, ...] = ("een", "het", "de", "vergelijkbaar")
REQ_EQUIVALENT_PHRASES: tuple[str, ...] = (
    "werk- en denkniveau",
    "werk en denkniveau",
    "denkniveau",
    "of gelijkwaardige ervaring",
    "of vergelijkbare ervaring",
    "of aantoonbare ervaring",
    "door ervaring verkregen",
)
REQ_SAME_DEGREE_PHRASES: tuple[str, ...] = (
    "of gelijkwaardig",
    "of vergelijkbaar",
    "of een vergelijkbare opleiding",
)
REQ_PREFERRED_PHRASES: tuple[str, ...] = (
    "is een pré",
    "een pré",
    "is een pluspunt",
    "een pluspunt",
    "pluspunt",
    "een plus",
    "wenselijk",
    "gewenst",
    "mooi meegenomen",
    "strekt tot aanbeveling",
    "geen vereiste",
    "geen must",
    "nice to have",
    "optioneel",
)
REQ_PREFERRED_ADVERBS: tuple[str, ...] = ("bij voorkeur", "idealiter")


# === workplace, employment type and visa sponsorship (read by posting/facts.py) ==========
# Dutch: words and phrases of the workplace, employment-type and visa facts, as data.
#
# Conventions as in :mod:`.en` (phrases are lower-case regular expressions).
# --- workplace ---------------------------------------------------------------------------------
WORKPLACE_CUES: tuple[str, ...] = (
    "thuiswerk",
    "thuis werk",
    "remote",
    "hybride",
    "op kantoor",
    "kantoor",
    "op afstand",
    "op locatie",
)
WORKPLACE_REMOTE: tuple[str, ...] = (
    r"\b(?:volledig|100\s?%|helemaal)\s+(?:remote|thuis|op afstand|vanuit huis)\b",
    r"\bkantoor\b[^.\n]{0,80}\bin overleg mogelijk\b",
    r"\bkantoor\b[^.\n]{0,60}\b(?:is )?optioneel\b",
)
WORKPLACE_HYBRID: tuple[str, ...] = (
    r"\bhybride? (?:werken|werkmodel|model|werkplek)\b",
    r"\bdeels (?:thuis|remote)\b",
)
WORKPLACE_ONSITE: tuple[str, ...] = (r"\b(?:volledig|100\s?%|altijd) (?:op kantoor|op locatie)\b",)
WORKPLACE_TELEWORK: tuple[str, ...] = (r"\bthuis ?werk\w*", r"\bwerken vanuit huis\b")
WORKPLACE_REMOTE_WORDS: tuple[str, ...] = (r"\bop afstand\b", r"\bthuis\b")
WORKPLACE_FULL: tuple[str, ...] = (r"volledig", r"100\s?%", r"helemaal")
WORKPLACE_OFFICE: tuple[str, ...] = (r"\bop (?:ons |het )?kantoor\b", r"\bop locatie\b")
WORKPLACE_DAYS_PER_WEEK: tuple[str, ...] = (
    r"(?P<n>{num})(?:\s*(?:-|–|tot|of)\s*(?P<m>{num}))?\s*dag(?:en)?\s+(?:\w+\s+){0,2}?"
    r"(?:per|in de|/)\s*week",
)
WORKPLACE_DAYS_PER_MONTH: tuple[str, ...] = ()
WORKPLACE_PARTIAL: tuple[str, ...] = (r"\bhelft\b",)
WORKPLACE_FULL_WEEK: tuple[str, ...] = (r"\bmaandag (?:t/m|tot en met) vrijdag\b",)
WORKPLACE_PERCENT_NOT: tuple[str, ...] = (r"\breizen",)
WORKPLACE_NEGATION_BEFORE: tuple[str, ...] = (r"niet", r"geen", r"zonder")
WORKPLACE_NEGATION_AFTER: tuple[str, ...] = (r"(?:is )?niet mogelijk",)
WORKPLACE_CLAUSE_EXCLUSIONS: tuple[str, ...] = (r"\btenzij\b", r"\bbehalve\b")
WORKPLACE_SENTENCE_EXCLUSIONS: tuple[str, ...] = (r"\bsollicitatiegesprek",)
WORKPLACE_NOT_AFTER: tuple[str, ...] = (r"vergoeding",)
WORKPLACE_NOT_BEFORE: tuple[str, ...] = (r"vergoeding", r"ervaring")
WORKPLACE_ROLE_SUBJECT: tuple[str, ...] = (r"\bdeze (?:functie|rol|vacature)\b",)
WORKPLACE_LABELS: dict[str, str] = {
    "remote": "remote",
    "hybride": "hybrid",
    "hybride werken": "hybrid",
    "thuiswerken": "hybrid",
    "op kantoor": "onsite",
    "op locatie": "onsite",
}
WORKPLACE_TAGS: dict[str, str] = {}
WORKPLACE_LASTING_MARKERS: tuple[str, ...] = (r"\bna de (?:pandemie|coronacrisis)\b",)
WORKPLACE_COUNTRY_ALIASES: dict[str, str] = {
    "Nederland": "NL",
    "België": "BE",
    "Duitsland": "DE",
    "Verenigde Staten": "US",
}

# --- employment type ---------------------------------------------------------------------------
EMPLOYMENT_CUES: tuple[str, ...] = (
    "voltijd",
    "fulltime",
    "deeltijd",
    "parttime",
    "vast contract",
    "vaste aanstelling",
    "tijdelijk",
    "contract van",
    "bepaalde tijd",
    "onbepaalde tijd",
    "stage",
    "stagiair",
    "freelance",
    "zzp",
    "uur per week",
    "uur in de week",
    "termijn",
)
EMPLOYMENT_TYPES: dict[str, tuple[str, ...]] = {
    "full_time": (
        r"\bvoltijd\w*",
        r"\bvast(?:e)? (?:contract|aanstelling|dienstverband)\b",
        r"\bonbepaalde tijd\b",
    ),
    "part_time": (r"\bdeeltijd\w*",),
    "contract": (r"\bzzp(?:'er|er)?\b", r"\bals freelancer\b"),
    "temporary": (
        r"\btijdelijk(?:e)? (?:contract|aanstelling|functie|baan)\b",
        r"\bcontract (?:van|voor) (?:\d+|een|twee|drie) (?:jaar|maanden)\b",
        r"\bbepaalde tijd\b",
        r"\btermijn van (?:het|de) (?:project|opdracht)\b[^.\n]{0,60}\btot\b",
    ),
    "internship": (
        r"\b(?:een|de|je) stage\b",
        r"\b(?:afstudeer|meeloop)stage\b",
        r"\bstagiair\w*",
        r"\bstageplaats\b",
    ),
}
EMPLOYMENT_TYPES_CASED: dict[str, tuple[str, ...]] = {}
EMPLOYMENT_MODIFIERS: tuple[str, ...] = ()
EMPLOYMENT_NOT_AFTER: tuple[str, ...] = (r"medewerkers",)
EMPLOYMENT_NOT_AFTER_FAR: tuple[str, ...] = (r"studie", r"opleiding")
EMPLOYMENT_NOT_BEFORE: tuple[str, ...] = (r"ervaring\w*\s+(?:in\s+|als\s+)?$",)
EMPLOYMENT_HOURS: tuple[str, ...] = (
    r"(?P<lo>\d{1,2})(?:\s*(?:-|–|tot|à)\s*(?P<hi>\d{1,2}))?\s*uur\s*(?:per|in de|/)\s*week\b",
)
EMPLOYMENT_FULL_TIME_MIN_HOURS = 36
EMPLOYMENT_PART_TIME_MAX_HOURS = 30
# More weekly hours than this describe overtime peaks, not the job's schedule.
EMPLOYMENT_SCHEDULE_MAX_HOURS = 48
EMPLOYMENT_FIELD_KEYS: tuple[str, ...] = (r"\bdienstverband\b", r"\bcontract\b")
EMPLOYMENT_LABELS: dict[str, str] = {
    "fulltime": "full_time",
    "voltijd": "full_time",
    "parttime": "part_time",
    "deeltijd": "part_time",
    "tijdelijk": "temporary",
    "stage": "internship",
    "freelance": "contract",
}
EMPLOYMENT_JSONLD: dict[str, str] = {}

# --- visa sponsorship --------------------------------------------------------------------------
VISA_CUES: tuple[str, ...] = ("visum", "werkvergunning", "nationaliteit", "sponsor")
VISA_NO: tuple[str, ...] = (
    r"\b(?:geen|niet)\b(?:\s+[\w-]+){0,4}?\s+(?:visum|werkvergunning|sponsor\w*)",
)
VISA_YES: tuple[str, ...] = (
    r"\b(?:helpen|ondersteunen|regelen)\b(?:\s+[\w-]+){0,4}?\s+(?:bij\s+|met\s+)?"
    r"(?:het\s+|je\s+|de\s+)?(?:visum|werkvergunning)\b",
    r"\bvisumsponsoring\b",
)
VISA_CITIZENS_ONLY: tuple[str, ...] = (
    r"\bnederlandse nationaliteit\b(?:\s+(?:is\s+)?(?:vereist|verplicht|noodzakelijk))",
)
VISA_PARTIAL: tuple[str, ...] = (r"\bvoor alle functies\b",)
VISA_CITIZEN_ALTERNATIVES: tuple[str, ...] = (r"\bverblijfs", r"\bwerkvergunning")
VISA_EEO: tuple[str, ...] = (r"\bongeacht\b", r"\bdiscrimin")


# === pay ranges (read by posting/pay.py) ==========================================================
# Pay: Dutch words and phrases, read by :mod:`pay`.  Data only (see :mod:`.en`).
PAY_NUMBER_LOCALE = "nl_NL"

PAY_KIND_CUES: dict[str, str] = {
    "salaris": "base",
    "brutosalaris": "base",
    "maandsalaris": "base",
    "jaarsalaris": "base",
    "basissalaris": "base",
    "uurloon": "base",
    "loon": "base",
    "salarisindicatie": "base",
    "totale beloning": "total",
    "OTE": "ote",
    "vergoeding": "unknown",
    "beloning": "unknown",
    "bezoldiging": "unknown",
}

PAY_BASE_CONTEXT: tuple[str, ...] = ("basissalaris", "jaarsalaris", "maandsalaris")

PAY_NOT_PAY_CUES: tuple[str, ...] = (
    "financiering",
    "investering",
    "geïnvesteerd",
    "omzet",
    "budget",
    "opleidingsbudget",
    "reiskostenvergoeding",
    "thuiswerkvergoeding",
    "bonus",
    "toelage",
    "premie",
    "prijs",
    "kosten",
    "klanten",
    "waardering",
)

PAY_NOT_PAY_NOUNS: tuple[str, ...] = (
    "budget",
    "opleidingsbudget",
    "bonus",
    "toelage",
    "premie",
    "reiskostenvergoeding",
    "thuiswerkvergoeding",
    "omzet",
)

PAY_REFERS_BACK: tuple[str, ...] = ("dit", "deze", "dat", "het")

# Words after a figure that add something to it: a not-pay noun after one of them
# (``$135,000 plus bonus``) is not about the figure.
PAY_ADDITIVE_WORDS: tuple[str, ...] = ("plus", "en", "met", "exclusief", "inclusief")

PAY_PERIOD_UNITS: dict[str, str] = {
    "uur": "hour",
    "dag": "day",
    "week": "week",
    "maand": "month",
    "mnd": "month",
    "jaar": "year",
}
PAY_PERIOD_PREFIXES: tuple[str, ...] = ("per", "p/", "elke")

PAY_PERIOD_WORDS: dict[str, str] = {
    "per uur": "hour",
    "per maand": "month",
    "bruto per maand": "month",
    "maandelijks": "month",
    "per jaar": "year",
    "bruto per jaar": "year",
    "jaarlijks": "year",
}
PAY_PERIOD_CUES: dict[str, str] = {
    "uurloon": "hour",
    "maandsalaris": "month",
    "per maand": "month",
    "jaarsalaris": "year",
    "per jaar": "year",
}
PAY_GROSS_WORDS: tuple[str, ...] = ("bruto", "netto")

PAY_RANGE_WORDS: tuple[str, ...] = ("tot",)
PAY_BETWEEN: tuple[str, ...] = ("tussen",)
PAY_BETWEEN_AND: tuple[str, ...] = ("en",)
PAY_UP_TO: tuple[str, ...] = ("tot", "tot maximaal", "maximaal", "max.", "max")
PAY_FROM: tuple[str, ...] = ("vanaf", "minimaal", "minstens", "ten minste")

PAY_THOUSAND_WORDS: tuple[str, ...] = ("duizend",)
PAY_MAGNITUDE_WORDS: tuple[str, ...] = ("miljoen", "miljard", "mln", "mld", "mln.", "mld.")

# Words before the pay words of a heading that are not part of a scope name (``The``).
PAY_SCOPE_STOPWORDS: tuple[str, ...] = ("de", "het", "ons", "onze", "max", "min")

PAY_QUALIFIER_PATTERNS: tuple[str, ...] = ()
