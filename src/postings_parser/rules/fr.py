"""French rules as data: section headings, lead-ins, closing sentences, abbreviations, and the
vocabulary of degree and years-of-experience requirements.  Plain constants, no logic; the
conventions are those of :mod:`.en` (phrases lower case, markup / emoji / numbering /
trailing colon — also the spaced `` :`` of French typography — removed before matching).

Postings write ``vous`` / ``votre`` and ``tu`` / ``ton`` forms; both are listed.  Inclusive
writing (``H/F``, ``F/H``, ``ingénieur·e``, ``futur-e``) is kept as written.
"""

from __future__ import annotations

HEADINGS_BY_KIND: dict[str, tuple[str, ...]] = {
    "responsibilities": (
        "missions",
        "mission",
        "vos missions",
        "vos missions principales",
        "votre mission",
        "tes missions",
        "ta mission",
        "missions principales",
        "principales missions",
        "vos principales missions",
        "vos principales responsabilités",
        "responsabilités",
        "vos responsabilités",
        "tes responsabilités",
        "principales responsabilités",
        "missions et responsabilités",
        "missions & responsabilités",
        "votre rôle et vos missions",
        "ton rôle et tes missions",
        "votre rôle",
        "ton rôle",
        "rôle et responsabilités",
        "descriptif des missions",
        "description des missions",
        "objectifs de la mission",
        "objectifs du poste",
        "les missions",
        "les missions à réaliser",
        "activités",
        "vos activités",
        "activités principales",
        "tâches",
        "vos tâches",
        "tâches principales",
        "ce que vous ferez",
        "ce que tu feras",
        "ce que vous allez faire",
        "ce que tu vas faire",
        "au quotidien",
        "votre quotidien",
        "ton quotidien",
        "au quotidien, vous serez amené à",
        "concrètement",
        "concrètement, vous allez",
        "ce qui vous attend",
        "ce qui t'attend",
        "vos défis",
        "tes défis",
        "votre futur poste",
    ),
    "basic_qualifications": (
        "profil",
        "profil recherché",
        "profil candidat",
        "profil souhaité",
        "profil requis",
        "votre profil",
        "ton profil",
        "le profil",
        "qui êtes-vous",
        "qui es-tu",
        "vous êtes",
        "tu es",
        "vous avez",
        "tu as",
        "compétences",
        "compétences requises",
        "vos compétences",
        "tes compétences",
        "compétences techniques",
        "compétences et qualités",
        "qualités requises",
        "connaissances requises",
        "prérequis",
        "pré-requis",
        "exigences",
        "formation",
        "formation et expérience",
        "expérience",
        "expérience requise",
        "niveau d'éducation",
        "domaines d'études",
        "ce que nous recherchons",
        "ce que l'on recherche",
        "ce que nous attendons de vous",
        "ce qu'on attend de toi",
        "ce que vous apporterez",
        "ce que tu apportes",
        "qualifications",
        "savoir-faire",
        "savoir-être",
        "indispensable",
        "les indispensables",
        "requis",
    ),
    "preferred_qualifications": (
        "atouts",
        "les atouts",
        "vos atouts",
        "tes atouts",
        "les plus",
        "les petits plus",
        "les petits +",
        "un plus",
        "serait un plus",
        "ce serait un plus",
        "bonus",
        "souhaité",
        "souhaitable",
        "apprécié",
        "compétences appréciées",
        "compétences souhaitées",
        "idéalement",
        "nice to have",
        "optionnel",
    ),
    "role": (
        "description du poste",
        "descriptif du poste",
        "description de l'offre",
        "résumé de l'offre",
        "le poste",
        "le rôle",
        "à propos du poste",
        "présentation du poste",
        "contexte",
        "le contexte",
        "contexte du poste",
        "contexte de la mission",
        "environnement technique",
        "environnement technologique",
        "stack technique",
        "stack & environnement",
        "stack et environnement",
        "technologies utilisées",
        "notre stack",
        "les projets",
        "projets",
        "poste à pourvoir",
    ),
    "team": (
        "qui sommes-nous",
        "qui sommes nous",
        "à propos",
        "à propos de nous",
        "a propos",
        "l'entreprise",
        "l'équipe",
        "notre équipe",
        "votre équipe",
        "ton équipe",
        "présentation de l'entreprise",
        "la société",
        "notre société",
        "nos valeurs",
        "notre mission",
        "notre culture",
        "description de l'entreprise",
        "pourquoi nous rejoindre",
        "pourquoi nous rejoindre ?",
        "pourquoi rejoindre ce projet",
        "3 raisons de nous rejoindre",
        "nos engagements et priorités",
    ),
    "benefits": (
        "avantages",
        "nos avantages",
        "vos avantages",
        "ce que nous offrons",
        "ce que nous vous offrons",
        "ce que nous proposons",
        "ce que nous vous proposons",
        "ce qu'on te propose",
        "ce que l'on vous offre",
        "nous vous offrons",
        "nous vous proposons",
        "nous offrons",
        "pourquoi nous",
        "les avantages",
        "conditions",
        "conditions de travail",
        "package",
        "opportunité à ne pas manquer",
    ),
    "pay": (
        "rémunération",
        "salaire",
        "rémunération et avantages",
        "fourchette de salaire",
        "package salarial",
    ),
    "process": (
        "comment postuler",
        "pour postuler",
        "postuler",
        "candidature",
        "candidater",
        "processus de recrutement",
        "le processus de recrutement",
        "déroulement du recrutement",
        "étapes du recrutement",
        "contact",
        "informations",
        "pour nous contacter",
    ),
    "other": (
        "localisation",
        "lieu",
        "lieu de travail",
        "type de contrat",
        "contrat",
        "date de début",
        "date de démarrage",
        "durée",
        "temps de travail",
        "télétravail",
        "informations complémentaires",
        "diversité",
        "handicap",
    ),
}

HEADINGS_KIND_AFTER_QUALIFICATIONS: dict[str, str] = {
    "ce qui vous attend": "benefits",
    "ce qui t'attend": "benefits",
}

HEADINGS_KEYWORDS_BY_KIND: dict[str, tuple[str, ...]] = {
    "preferred_qualifications": ("atout", "un plus", "souhait", "apprécié", "bonus"),
    "responsibilities": (
        "missions",
        "votre mission",
        "ta mission",
        "la mission",
        "responsabilités",
        "tâches",
        "activités",
    ),
    "basic_qualifications": (
        "profil",
        "compétences",
        "prérequis",
        "pré-requis",
        "requis",
        "qualités",
        "expérience",
        "formation",
    ),
    "benefits": ("avantages", "nous offrons", "proposons"),
    "pay": ("rémunération", "salaire"),
    "process": ("postuler", "candidature", "recrutement"),
    "team": ("qui sommes", "entreprise", "équipe", "rejoindre"),
    "role": ("poste", "contexte", "environnement"),
}

HEADINGS_LEADINS: tuple[str, ...] = (
    r"[^:\n]{0,80}?vous (?:serez|seras|serez amenée?|serez amené\(?e?\)?) (?:amenée? )?à",
    r"[^:\n]{0,80}?tu (?:seras|vas) (?:amenée? )?à",
    r"(?:vos|tes) (?:principales )?(?:missions|responsabilités|tâches)"
    r"(?: (?:seront|sont|principales)[^:\n]{0,40})?",
    r"(?:les )?missions (?:à réaliser )?(?:seront|sont)(?: notamment)?(?: les suivantes)?",
    r"(?:votre|ta) mission (?:consistera|sera) (?:à|de)",
    r"vous (?:prendrez|aurez) en charge[^:\n]{0,80}",
    r"(?:dans ce cadre|à ce titre|au sein de [^:\n]{1,60}),? vous (?:serez|aurez|allez)"
    r"[^:\n]{0,60}",
    r"(?:au quotidien|concrètement),? (?:vous|tu) [^:\n]{0,60}",
    r"vous travaillerez [^:\n]{0,80}(?:avec pour missions? de|pour)",
    r"(?:en tant que|comme) [^:\n]{1,80}?,? (?:vous|tu) (?:serez|seras|aurez|auras|allez|vas)"
    r"[^:\n]{0,60}",
)

HEADINGS_CLOSING_SENTENCES: tuple[str, ...] = (
    r"(?:tous nos postes|ce poste|nos postes) (?:sont|est) ouverts? aux personnes en situation de "
    r"handicap",
    r"(?:nous nous engageons|nous sommes engagée?s?|(?:[\w'’-]+ ){1,4}(?:s'engage|est engagée?)) "
    r"(?:en faveur de|pour) (?:la diversité|l'égalité|l'inclusion)",
    r"à compétences égales",
    r"(?:postulez|candidatez) (?:dès maintenant|maintenant|vite|en ligne)",
    r"(?:envoyez|adressez|merci d'envoyer)(?:-nous)? (?:votre|ton) (?:cv|candidature)",
    r"(?:n'hésitez pas|n'hésite pas) à (?:postuler|nous contacter|nous envoyer)",
    r"rejoignez-nous",
    r"au plaisir de (?:vous|te) (?:lire|rencontrer)",
)

SPLIT_ABBREVIATIONS: tuple[str, ...] = (
    "p. ex.",
    "p.ex.",
    "ex.",
    "cf.",
    "c.-à-d.",
    "c-à-d.",
    "càd.",
    "env.",
    "min.",
    "max.",
    "mme.",
    "mlle.",
    "m.",
    "mm.",
    "dr.",
    "pr.",
    "st.",
    "ste.",
    "av.",
    "bd.",
    "tél.",
    "tel.",
    "n°.",
    "no.",
    "réf.",
    "ref.",
    "hab.",
    "vol.",
    "chap.",
    "éd.",
    "sté.",
    "resp.",
    "incl.",
    "janv.",
    "févr.",
    "avr.",
    "juil.",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
    "h.",
    "j.",
    "cad.",
    "sup.",
    "inf.",
    "ing.",
    "adj.",
    "dir.",
    "dépt.",
    "bac.",
)
# abbreviations that close an enumeration or a name: before a capitalised word they end a
# sentence
FINAL_ABBREVIATIONS: tuple[str, ...] = (
    "etc.",
    "cie.",
)
# capitalised words that open a list item (infinitives of duties): a new run-on item starts
# where one follows a plain word
ITEM_STARTERS: frozenset[str] = frozenset(
    """
    Accompagner Administrer Analyser Animer Assurer Automatiser Concevoir Collaborer
    Construire Contribuer Coordonner Créer Définir Déployer Développer Documenter Encadrer
    Établir Évaluer Gérer Garantir Identifier Implémenter Industrialiser Intégrer Maintenir
    Mettre Optimiser Organiser Participer Piloter Planifier Préparer Proposer Réaliser Rédiger
    Suivre Superviser Tester Travailler Veiller
    """.split()
)
# lower-case words after which the text goes on (articles, prepositions, conjunctions)
CONNECTORS: frozenset[str] = frozenset(
    """
    le la les l' un une des du de d' et ou mais à au aux en dans par pour sur sous avec
    sans chez entre vers comme que qui dont où ainsi notamment ses son sa nos notre vos votre
    leur leurs ce cette ces est sont
    """.split()
)

# --- requirements (conventions: the ``REQ_*`` bullet of :mod:`.en`) --------------------------
NUMBER_WORDS: dict[str, int] = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "dix-sept": 17,
    "dix-huit": 18,
    "dix-neuf": 19,
    "vingt": 20,
}
REQ_YEAR_WORDS: tuple[str, ...] = ("ans", "an", "années", "année", "annees", "annee")
REQ_MONTH_WORDS: tuple[str, ...] = ("mois",)
REQ_EXPERIENCE_WORDS: tuple[str, ...] = ("expérience", "experience")
REQ_COUNT_FOLLOWERS: tuple[str, ...] = ("de", "d'", "dans", "en", "sur", "chez", "comme", "au")
REQ_MIN_PHRASES: tuple[str, ...] = (
    "au moins",
    "minimum",
    "au minimum",
    "min.",
    "plus de",
    "au-delà de",
    "d'au moins",
    "environ",
    "a minima",
)
# after the number or its unit: ``1 an et plus``, ``5 ans minimum``
REQ_PLUS_PHRASES: tuple[str, ...] = (
    "+",
    "et plus",
    "ou plus",
    "et +",
    "minimum",
    "au moins",
    "mini",
)
REQ_RANGE_WORDS: tuple[str, ...] = ("-", "–", "—", "à", "a", "ou")
REQ_NOT_EXPERIENCE_YEARS: tuple[str, ...] = (
    "depuis",
    "depuis plus de",
    "il y a",
    "dans les prochaines",
    "ces dernières",
    "d'ici",
    "tous les",
    "pour une durée de",
    "cdd de",
)
REQ_NOT_EXPERIENCE_AFTER: tuple[str, ...] = (
    "d'existence",
    "d'histoire",
    "plus tard",
    "renouvelable",
)
REQ_NOT_EXPERIENCE_CONTEXTS: tuple[str, ...] = ("période d'essai",)

REQ_DEGREES_BY_LEVEL: dict[str, tuple[str, ...]] = {
    "high_school": (
        "bac",
        "baccalauréat",
        "baccalaureat",
        "bac pro",
        "bac professionnel",
        "[un] cap",
        "[d'un] cap",
        "cap [ou]",
        "cap/bep",
        "[un] bep",
        "[d'un] bep",
    ),
    "associate": (
        "bac+2",
        "bac +2",
        "bac + 2",
        "[un] bts",
        "[d'un] bts",
        "bts [en]",
        "bts [ou]",
        "bts/",
        "[un] dut",
        "[d'un] dut",
        "dut [en]",
        "dut [ou]",
        "dut/",
        "deug",
        "deust",
        "brevet de technicien supérieur",
    ),
    # ``licence`` is also an English word (``driving licence``): only as the degree
    "bachelor": (
        "bac+3",
        "bac +3",
        "bac + 3",
        "licence [en]",
        "licence pro",
        "licence professionnelle",
        "licence [ou]",
        "[une] licence",
        "bachelor",
    ),
    # ``maîtrise`` is also command of a skill (``maîtrise de Python``): not listed; ``ingénieur``
    # alone is a job title: only as a training
    "master": (
        "bac+4",
        "bac +4",
        "bac + 4",
        "bac+5",
        "bac +5",
        "bac + 5",
        "master",
        "mastère",
        "master 2",
        "master 1",
        "diplôme d'ingénieur",
        "diplôme d'ingénieurs",
        "école d'ingénieur",
        "école d'ingénieurs",
        "formation d'ingénieur",
        "formation ingénieur",
        "[vous êtes] ingénieur",
        "grande école",
        "grandes écoles",
        "école de commerce",
        "[un] dess",
        "[d'un] dess",
        "dess [en]",
        "mba",
    ),
    "doctorate": (
        "doctorat",
        "[un] docteur",
        "phd",
        "bac+8",
        "bac +8",
        "bac + 8",
    ),
}
# ``CAP``, ``BTS``, ``DESS`` are also other names (``Controls Assurance Platform (CAP)``, ``BTS
# capture``, ``The DESS team``): only as written, and with the context that makes them degrees
REQ_DEGREE_ABBREVIATIONS: tuple[str, ...] = (
    "[un] CAP",
    "[d'un] CAP",
    "CAP [ou]",
    "CAP/BEP",
    "[un] BEP",
    "[d'un] BEP",
    "[un] BTS",
    "[d'un] BTS",
    "BTS [en]",
    "BTS [ou]",
    "BTS/",
    "[un] DUT",
    "[d'un] DUT",
    "DUT [en]",
    "DUT [ou]",
    "DUT/",
    "DEUG",
    "DEUST",
    "[un] DESS",
    "[d'un] DESS",
    "DESS [en]",
)
REQ_COMPOUND_DEGREES: tuple[str, ...] = ()
REQ_UNLEVELED_DEGREES: tuple[str, ...] = (
    "diplôme universitaire",
    "formation universitaire",
    "formation supérieure",
    "études supérieures",
    "diplôme de l'enseignement supérieur",
)
REQ_NOT_DEGREES: tuple[str, ...] = ("bac à sable", "cap theorem", "scrum master", "master data")
REQ_OR_WORDS: tuple[str, ...] = ("ou", "soit")
REQ_AND_WORDS: tuple[str, ...] = ("et", "avec")
REQ_FIELD_CLOSERS: tuple[str, ...] = ("équivalent", "similaire", "domaine connexe")
REQ_FIELD_PREPOSITIONS: tuple[str, ...] = ("en",)
REQ_FIELD_ENDS: tuple[str, ...] = ("à", "dans", "est", "serait")
REQ_NOT_FIELD_WORDS: tuple[str, ...] = (
    "un",
    "une",
    "d'un",
    "d'une",
    "le",
    "la",
    "les",
    "équivalent",
)
REQ_EQUIVALENT_PHRASES: tuple[str, ...] = (
    "ou expérience équivalente",
    "ou expérience significative",
    "ou équivalent en expérience",
    "expérience équivalente",
    "ou autodidacte",
    "ou par l'expérience",
)
# ``Bac+5 / Ingénieur ou équivalent``: the same degree, not experience instead of it
REQ_SAME_DEGREE_PHRASES: tuple[str, ...] = (
    "ou équivalent",
    "ou diplôme équivalent",
    "diplôme étranger équivalent",
)
REQ_PREFERRED_PHRASES: tuple[str, ...] = (
    "un plus",
    "un atout",
    "atout",
    "apprécié",
    "appréciée",
    "appréciés",
    "appréciées",
    "appréciable",
    "souhaité",
    "souhaitée",
    "souhaitable",
    "bonus",
    "optionnel",
    "facultatif",
    "bienvenu",
    "bienvenue",
    "nice to have",
)
REQ_PREFERRED_ADVERBS: tuple[str, ...] = ("idéalement", "de préférence", "si possible")


# === workplace, employment type and visa sponsorship (read by posting/facts.py) ==========
# French: words and phrases of the workplace, employment-type and visa facts, as data.
#
# Conventions as in :mod:`.en` (phrases are lower-case regular expressions).
# --- workplace ---------------------------------------------------------------------------------
WORKPLACE_CUES: tuple[str, ...] = (
    "télétravail",
    "teletravail",
    "à distance",
    "a distance",
    "full remote",
    "hybride",
    "présentiel",
    "presentiel",
    "sur site",
    "au bureau",
    "remote",
)
WORKPLACE_REMOTE: tuple[str, ...] = (
    r"\bfull[- ]remote\b",
    r"\b(?:100\s?%|entièrement|totalement|complètement)\s+(?:en\s+)?"
    r"(?:télétravail|à distance|remote)\b",
    r"\btélétravail (?:complet|total|intégral)\b",
    r"\b(?:poste|travail|emploi) (?:\w+ )?(?:en|à) (?:télétravail complet|distance)\b",
)
WORKPLACE_HYBRID: tuple[str, ...] = (
    r"\b(?:mode|modèle|travail|organisation|format) hybride\b",
    r"\btélétravail partiel\b",
)
WORKPLACE_ONSITE: tuple[str, ...] = (
    r"\b(?:100\s?%|entièrement|uniquement) (?:en )?(?:présentiel|sur site)\b",
    r"\b(?:poste|travail) (?:\w+ )?en présentiel\b",
)
WORKPLACE_TELEWORK: tuple[str, ...] = (r"\btélé-?travail\w*", r"\bteletravail\b")
WORKPLACE_REMOTE_WORDS: tuple[str, ...] = (r"\bà distance\b",)
WORKPLACE_FULL: tuple[str, ...] = (r"100\s?%", r"entièrement", r"totalement", r"full")
WORKPLACE_OFFICE: tuple[str, ...] = (
    r"\bau bureau\b",
    r"\bsur site\b",
    r"\ben présentiel\b",
    r"\bdans nos locaux\b",
)
WORKPLACE_DAYS_PER_WEEK: tuple[str, ...] = (
    r"(?P<n>{num})(?:\s*(?:-|–|à|ou)\s*(?P<m>{num}))?\s*jours?\s+(?:de\s+\w+\s+)?"
    r"(?:par|/|dans la)\s*semaine",
    r"(?P<n>{num})(?:\s*(?:-|–|à|ou)\s*(?P<m>{num}))?\s*jours?\s+(?:de\s+)?"
    r"(?:télétravail|présentiel|au bureau|sur site)",
)
WORKPLACE_DAYS_PER_MONTH: tuple[str, ...] = (r"(?P<n>{num})\s*jours?\s+par\s+mois",)
WORKPLACE_PARTIAL: tuple[str, ...] = (r"\b(?:deux|une|trois) fois par semaine\b", r"\bmoitié\b")
WORKPLACE_FULL_WEEK: tuple[str, ...] = (r"\bdu lundi au vendredi\b", r"\btous les jours\b")
WORKPLACE_PERCENT_NOT: tuple[str, ...] = (r"\bdéplacement",)
WORKPLACE_NEGATION_BEFORE: tuple[str, ...] = (r"pas de", r"sans", r"aucun", r"non")
WORKPLACE_NEGATION_AFTER: tuple[str, ...] = (
    r"\s*:\s*non\b",
    r"(?:n'est )?(?:pas|non) (?:possible|autorisé|envisageable)",
)
WORKPLACE_CLAUSE_EXCLUSIONS: tuple[str, ...] = (r"\bsauf\b",)
WORKPLACE_SENTENCE_EXCLUSIONS: tuple[str, ...] = (r"\bselon (?:les )?(?:postes|rôles)\b",)
WORKPLACE_NOT_AFTER: tuple[str, ...] = (r"indemnité", r"allocation", r"forfait", r"équipement")
WORKPLACE_NOT_BEFORE: tuple[str, ...] = (r"indemnité", r"allocation", r"expérience")
WORKPLACE_ROLE_SUBJECT: tuple[str, ...] = (r"\bce (?:poste|rôle)\b",)
WORKPLACE_LABELS: dict[str, str] = {
    "télétravail": "hybrid",
    "teletravail": "hybrid",
    "hybride": "hybrid",
    "full remote": "remote",
    "100% télétravail": "remote",
    "présentiel": "onsite",
    "sur site": "onsite",
}
WORKPLACE_TAGS: dict[str, str] = {}
WORKPLACE_LASTING_MARKERS: tuple[str, ...] = (r"\baprès la (?:pandémie|crise sanitaire)\b",)
WORKPLACE_COUNTRY_ALIASES: dict[str, str] = {
    "Allemagne": "DE",
    "Espagne": "ES",
    "Italie": "IT",
    "Belgique": "BE",
    "Suisse": "CH",
    "Royaume-Uni": "GB",
    "États-Unis": "US",
    "Pays-Bas": "NL",
    "Maroc": "MA",
}

# --- employment type ---------------------------------------------------------------------------
EMPLOYMENT_CUES: tuple[str, ...] = (
    "cdi",
    "cdd",
    "stage",
    "stagiaire",
    "temps plein",
    "temps partiel",
    "freelance",
    "indépendant",
    "intérim",
    "interim",
    "heures",
    "alternance",
)
EMPLOYMENT_TYPES: dict[str, tuple[str, ...]] = {
    "full_time": (r"\btemps (?:plein|complet)\b", r"\bcontrat à durée indéterminée\b"),
    "part_time": (r"\btemps partiel\b", r"\bmi-temps\b"),
    "contract": (r"\b(?:en|mission) freelance\b", r"\bportage salarial\b"),
    "temporary": (
        r"\bcontrat à durée déterminée\b",
        r"\bintérim\b",
        r"\bmission temporaire\b",
    ),
    "internship": (
        r"\b(?:ce|un|le|du|en|votre|notre|d'un|de|au|du) stage\b",
        r"\bstage (?:de fin d'études|de pré-embauche|de \d+ mois|conventionné)\b",
        r"\bstagiaires?\b",
    ),
}
EMPLOYMENT_TYPES_CASED: dict[str, tuple[str, ...]] = {
    "full_time": (r"\bCDI\b",),
    "temporary": (r"\bCDD\b",),
    "internship": (r"(?:^|[-–(\[/,]\s*)Stage\b(?=\s*(?:[)\],]|de\b|$))",),
}
EMPLOYMENT_MODIFIERS: tuple[str, ...] = ()
EMPLOYMENT_NOT_AFTER: tuple[str, ...] = (r"salariés",)
EMPLOYMENT_NOT_AFTER_FAR: tuple[str, ...] = (r"études", r"formation")
EMPLOYMENT_NOT_BEFORE: tuple[str, ...] = (r"expérience\w*\s+(?:en\s+|de\s+)?$",)
EMPLOYMENT_HOURS: tuple[str, ...] = (
    r"(?P<lo>\d{2})(?:\s*(?:-|–|à)\s*(?P<hi>\d{2}))?\s*(?:h|heures)\s*"
    r"(?:par semaine|/\s*semaine|hebdomadaires)",
)
EMPLOYMENT_FULL_TIME_MIN_HOURS = 35
EMPLOYMENT_PART_TIME_MAX_HOURS = 30
# More weekly hours than this describe overtime peaks, not the job's schedule.
EMPLOYMENT_SCHEDULE_MAX_HOURS = 48
EMPLOYMENT_FIELD_KEYS: tuple[str, ...] = (
    r"\btype (?:de )?(?:contrat|poste|emploi)\b",
    r"\bcontrat\b",
)
EMPLOYMENT_LABELS: dict[str, str] = {
    "cdi": "full_time",
    "cdd": "temporary",
    "stage": "internship",
    "freelance": "contract",
    "temps plein": "full_time",
    "temps partiel": "part_time",
    "intérim": "temporary",
}
EMPLOYMENT_JSONLD: dict[str, str] = {}

# --- visa sponsorship --------------------------------------------------------------------------
VISA_CUES: tuple[str, ...] = ("visa", "parrainage", "permis de travail", "nationalité")
VISA_NO: tuple[str, ...] = (
    r"\b(?:ne|n')\s?(?:[\w-]+\s+){0,3}?(?:pas|aucun)\s+(?:de\s+)?(?:parrainage|sponsoring|"
    r"visa|prise en charge du visa)",
    r"\b(?:pas de|aucun) (?:parrainage|sponsoring) (?:de )?visa",
)
VISA_YES: tuple[str, ...] = (
    r"\b(?:accompagnement|prise en charge|parrainage|sponsoring) (?:\w+ ){0,2}(?:du |de |des )?"
    r"(?:visas?|permis de travail)\b",
)
VISA_CITIZENS_ONLY: tuple[str, ...] = (
    r"\bnationalité (?:française|européenne) (?:\w+ )?(?:exigée|requise|obligatoire)\b",
)
VISA_PARTIAL: tuple[str, ...] = (r"\bpour (?:tous les|chaque) (?:postes?|profils?)\b",)
VISA_CITIZEN_ALTERNATIVES: tuple[str, ...] = (r"\btitre de séjour", r"\bpermis de travail")
VISA_EEO: tuple[str, ...] = (r"\bsans distinction\b", r"\bdiscrimin", r"\bquel(?:le)?s? que soi")


# === pay ranges (read by posting/pay.py) ==========================================================
# Pay: French words and phrases, read by :mod:`pay`.  Data only (see :mod:`.en`).
PAY_NUMBER_LOCALE = "fr_FR"

PAY_KIND_CUES: dict[str, str] = {
    "salaire": "base",
    "salaires": "base",
    "salaire de base": "base",
    "salaire annuel": "base",
    "salaire fixe": "base",
    "fixe": "base",
    "rémunération fixe": "base",
    "taux horaire": "base",
    "TJM": "base",
    "rémunération globale": "total",
    "rémunération totale": "total",
    "package salarial": "total",
    "package de rémunération": "total",
    "package global": "total",
    "OTE": "ote",
    "variable inclus": "ote",
    "rémunération": "unknown",
    "rémunéré": "unknown",
    "rémunérée": "unknown",
    "rétribution": "unknown",
}

PAY_BASE_CONTEXT: tuple[str, ...] = (
    "salaire de base",
    "salaire annuel",
    "salaire fixe",
    "rémunération fixe",
)

PAY_NOT_PAY_CUES: tuple[str, ...] = (
    "levée",
    "levé",
    "financement",
    "chiffre d'affaires",
    "chiffre d’affaires",
    "CA de",
    "investi",
    "investissement",
    "budget",
    "prime",
    "primes",
    "indemnité",
    "indemnités",
    "ticket restaurant",
    "tickets restaurant",
    "titres-restaurant",
    "chèques",
    "remboursement",
    "remboursé",
    "prix",
    "coût",
    "clients",
    "facturent",
    "facturé",
    "valorisation",
    "mutuelle",
    "forfait",
    "participation",
    "intéressement",
    "prétentions",
)

PAY_NOT_PAY_NOUNS: tuple[str, ...] = (
    "prime",
    "budget",
    "indemnité",
    "de budget",
    "de prime",
    "par salarié",
    "de chiffre",
    "de CA",
    "levés",
    "de financement",
    "de remboursement",
)

PAY_REFERS_BACK: tuple[str, ...] = ("ce", "cet", "cette", "ces", "cela", "il")

# Words after a figure that add something to it: a not-pay noun after one of them
# (``$135,000 plus bonus``) is not about the figure.
PAY_ADDITIVE_WORDS: tuple[str, ...] = ("plus", "et", "avec", "hors", "ainsi")

PAY_PERIOD_UNITS: dict[str, str] = {
    "heure": "hour",
    "h": "hour",
    "jour": "day",
    "j": "day",
    "semaine": "week",
    "mois": "month",
    "an": "year",
    "année": "year",
}
PAY_PERIOD_PREFIXES: tuple[str, ...] = ("par", "de l'", "de l’", "l'", "l’")

PAY_PERIOD_WORDS: dict[str, str] = {
    "annuel": "year",
    "annuels": "year",
    "annuelle": "year",
    "annuellement": "year",
    "brut annuel": "year",
    "bruts annuels": "year",
    "mensuel": "month",
    "mensuels": "month",
    "mensuellement": "month",
    "brut mensuel": "month",
    "bruts mensuels": "month",
    "horaire": "hour",
    "brut horaire": "hour",
    "journalier": "day",
}
PAY_PERIOD_CUES: dict[str, str] = {
    "salaire annuel": "year",
    "rémunération annuelle": "year",
    "annuel": "year",
    "annuelle": "year",
    "brut annuel": "year",
    "mensuel": "month",
    "mensuelle": "month",
    "taux horaire": "hour",
    "TJM": "day",
    "taux journalier": "day",
}
PAY_GROSS_WORDS: tuple[str, ...] = ("brut", "bruts", "brute", "fixe")

PAY_RANGE_WORDS: tuple[str, ...] = ("à", "a")
PAY_BETWEEN: tuple[str, ...] = ("entre",)
PAY_BETWEEN_AND: tuple[str, ...] = ("et",)
PAY_UP_TO: tuple[str, ...] = ("jusqu'à", "jusqu’à", "au maximum", "maximum", "max", "max.")
PAY_FROM: tuple[str, ...] = (
    "à partir de",
    "dès",
    "au moins",
    "minimum",
    "au minimum",
    "min.",
    "à compter de",
)

PAY_THOUSAND_WORDS: tuple[str, ...] = ("mille",)
PAY_MAGNITUDE_WORDS: tuple[str, ...] = (
    "millions",
    "million",
    "milliards",
    "milliard",
    "Md",
    "Mds",
    "Mds€",
    "M€",
)

# Words before the pay words of a heading that are not part of a scope name (``The``).
PAY_SCOPE_STOPWORDS: tuple[str, ...] = ("le", "la", "les", "l", "notre", "votre", "max", "min")

PAY_QUALIFIER_PATTERNS: tuple[str, ...] = ()
