"""Italian rules as data: section headings, lead-ins, closing sentences, abbreviations, and the
vocabulary of degree and years-of-experience requirements.  Plain constants, no logic; the
conventions are those of :mod:`.en` (phrases lower case, markup / emoji / numbering /
trailing colon removed).

Italian postings write ``tu`` (``Cosa farai``) and impersonal / ``Lei`` forms (``Il candidato
si occuperà di``, ``La risorsa``); both are listed.
"""

from __future__ import annotations

HEADINGS_BY_KIND: dict[str, tuple[str, ...]] = {
    "responsibilities": (
        "cosa farai",
        "che cosa farai",
        "di cosa ti occuperai",
        "di cosa si occuperà",
        "cosa andrai a fare",
        "mansioni",
        "principali mansioni",
        "le tue mansioni",
        "responsabilità",
        "principali responsabilità",
        "le tue responsabilità",
        "responsabilità principali",
        "compiti",
        "i tuoi compiti",
        "principali compiti",
        "attività",
        "principali attività",
        "le tue attività",
        "attività principali",
        "il tuo ruolo",
        "ruolo e responsabilità",
        "la tua missione",
        "la tua sfida",
        "le tue sfide",
        "descrizione delle attività",
        "il lavoro",
        "cosa ti chiediamo di fare",
        "nel tuo ruolo",
        "la risorsa si occuperà di",
        "il candidato si occuperà di",
        "la figura si occuperà di",
    ),
    "basic_qualifications": (
        "requisiti",
        "requisiti richiesti",
        "requisiti minimi",
        "requisiti obbligatori",
        "requisiti essenziali",
        "requisiti di ammissione",
        "qualifiche",
        "qualifiche chiave",
        "qualifiche richieste",
        "competenze",
        "competenze richieste",
        "competenze tecniche",
        "esperienza richiesta",
        "esperienza",
        "formazione",
        "titolo di studio",
        "profilo",
        "profilo ricercato",
        "il tuo profilo",
        "profilo richiesto",
        "chi cerchiamo",
        "cosa cerchiamo",
        "chi sei",
        "cosa ti chiediamo",
        "cosa serve",
        "cosa ti serve",
        "cosa porti",
        "cosa porterai",
        "skills",
        "conoscenze",
        "conoscenze richieste",
        "capacità",
    ),
    "preferred_qualifications": (
        "costituisce titolo preferenziale",
        "costituiscono titolo preferenziale",
        "costituirà titolo preferenziale",
        "titoli preferenziali",
        "titolo preferenziale",
        "requisiti preferenziali",
        "requisiti graditi",
        "competenze gradite",
        "gradito",
        "graditi",
        "gradita",
        "preferibile",
        "preferibilmente",
        "sarà un plus",
        "è un plus",
        "un plus",
        "plus",
        "bonus",
        "nice to have",
        "sarebbe bello se",
        "ci piacerebbe se",
        "completano il profilo",
    ),
    "role": (
        "descrizione",
        "descrizione del ruolo",
        "descrizione della posizione",
        "descrizione dell'offerta",
        "il ruolo",
        "la posizione",
        "la posizione in breve",
        "il progetto",
        "progetti",
        "contesto",
        "tecnologie",
        "stack tecnologico",
    ),
    "team": (
        "chi siamo",
        "cosa facciamo",
        "chi siamo e cosa facciamo",
        "l'azienda",
        "azienda",
        "la società",
        "il team",
        "il nostro team",
        "la nostra missione",
        "i nostri valori",
        "perché lavorare con noi",
        "perché unirti a noi",
    ),
    "benefits": (
        "cosa offriamo",
        "offriamo",
        "cosa ti offriamo",
        "ti offriamo",
        "benefit",
        "benefits",
        "vantaggi",
        "perché noi",
        "cosa troverai",
        "cosa ti aspetta",
    ),
    "pay": (
        "compenso",
        "retribuzione",
        "ral",
        "stipendio",
        "trattamento economico",
        "inquadramento",
        "inquadramento e retribuzione",
    ),
    "process": (
        "come candidarsi",
        "come candidarti",
        "candidatura",
        "candidati",
        "invia la tua candidatura",
        "processo di selezione",
        "modalità di candidatura",
        "modalità di selezione",
        "documentazione",
        "contatti",
    ),
    "other": (
        "sede",
        "sede di lavoro",
        "luogo di lavoro",
        "tipologia di contratto",
        "contratto",
        "durata",
        "orario",
        "orario di lavoro",
        "modalità di lavoro",
        "informazioni",
        "note",
        "trasparenza",
        "pari opportunità",
    ),
}

HEADINGS_KIND_AFTER_QUALIFICATIONS: dict[str, str] = {
    "cosa ti aspetta": "benefits",
}

HEADINGS_KEYWORDS_BY_KIND: dict[str, tuple[str, ...]] = {
    "preferred_qualifications": ("preferenzial", "gradit", "preferibil", "plus"),
    "responsibilities": ("mansioni", "responsabilità", "compiti", "farai", "occuperai", "attività"),
    "basic_qualifications": (
        "requisiti",
        "qualifiche",
        "competenze",
        "profilo",
        "cerchiamo",
        "esperienza richiesta",
    ),
    "benefits": ("offriamo", "benefit", "vantaggi"),
    "pay": ("compenso", "retribuzione", "ral"),
    "process": ("candidatura", "candidarsi", "selezione"),
    "team": ("chi siamo", "azienda", "team"),
    "role": ("descrizione", "ruolo", "posizione"),
}

HEADINGS_LEADINS: tuple[str, ...] = (
    r"[^:\n]{0,200}?tra le (?:principali )?(?:responsabilità|attività|mansioni) "
    r"vi (?:sono|saranno)",
    r"(?:le )?(?:principali )?(?:responsabilità|attività|mansioni) (?:sono|saranno|includono)"
    r"(?: le seguenti)?",
    r"(?:la risorsa|il candidato|la candidata|la figura|il\/la candidato\/a|la persona)"
    r"(?: [^:\n]{0,40})? si occuperà (?:di|principalmente di)",
    r"(?:nel tuo ruolo|in questo ruolo|come [^:\n]{1,80}?),? (?:ti occuperai di|dovrai|avrai il "
    r"compito di|sarai responsabile di)",
    r"(?:ti occuperai|sarai responsabile|avrai il compito) di",
)

HEADINGS_CLOSING_SENTENCES: tuple[str, ...] = (
    r"(?:la ricerca|l'offerta|l'annuncio) (?:è|e') (?:rivolt[ao]|aperta) (?:a|ad) "
    r"(?:candidati|entrambi i sessi|persone)",
    r"(?:ai sensi|nel rispetto) (?:del|della) (?:d\.?\s?lgs|l\.|legge|gdpr)",
    r"(?:invia|inviaci|manda) (?:il tuo|la tua) (?:cv|curriculum|candidatura)",
    r"(?:candidati|candidatevi) (?:ora|subito|qui|adesso)",
    r"(?:promuoviamo|valorizziamo) (?:la diversità|le pari opportunità|l'inclusione)",
)

SPLIT_ABBREVIATIONS: tuple[str, ...] = (
    "es.",
    "ad es.",
    "p. es.",
    "p.es.",
    "ca.",
    "cfr.",
    "pag.",
    "pagg.",
    "dott.",
    "dott.ssa",
    "ing.",
    "avv.",
    "prof.",
    "sig.",
    "sig.ra",
    "geom.",
    "rag.",
    "arch.",
    "n.",
    "nr.",
    "tel.",
    "min.",
    "max.",
    "art.",
    "artt.",
    "d.lgs.",
    "d. lgs.",
    "l.",
    "c.a.",
    "gen.",
    "feb.",
    "mar.",
    "apr.",
    "giu.",
    "lug.",
    "ago.",
    "set.",
    "ott.",
    "nov.",
    "dic.",
    "sett.",
    "v.",
    "vs.",
    "rif.",
    "all.",
)
# abbreviations that close an enumeration or a name: before a capitalised word they end a
# sentence
FINAL_ABBREVIATIONS: tuple[str, ...] = (
    "ecc.",
    "etc.",
    "s.p.a.",
    "s.r.l.",
    "spa.",
    "srl.",
)
# capitalised words that open a list item (infinitives of duties): a new run-on item starts
# where one follows a plain word
ITEM_STARTERS: frozenset[str] = frozenset(
    """
    Analizzare Assicurare Automatizzare Collaborare Contribuire Coordinare Creare
    Definire Documentare Gestire Garantire Identificare Implementare Integrare Manutenere
    Migliorare Ottimizzare Organizzare Partecipare Pianificare Progettare Realizzare
    Supervisionare Sviluppare Supportare
    """.split()
)
# lower-case words after which the text goes on (articles, prepositions, conjunctions)
CONNECTORS: frozenset[str] = frozenset(
    """
    il lo la i gli le un uno una di del della dei degli delle e ed o ma a al alla ai agli
    alle da dal dalla in nel nella con senza per su sul sulla tra fra come che cui suo sua suoi
    sue nostro nostra è sono
    """.split()
)

# --- requirements (conventions: the ``REQ_*`` bullet of :mod:`.en`) --------------------------
NUMBER_WORDS: dict[str, int] = {
    "un": 1,
    "uno": 1,
    "una": 1,
    "due": 2,
    "tre": 3,
    "quattro": 4,
    "cinque": 5,
    "sei": 6,
    "sette": 7,
    "otto": 8,
    "nove": 9,
    "dieci": 10,
    "undici": 11,
    "dodici": 12,
    "tredici": 13,
    "quattordici": 14,
    "quindici": 15,
    "sedici": 16,
    "diciassette": 17,
    "diciotto": 18,
    "diciannove": 19,
    "venti": 20,
}
REQ_YEAR_WORDS: tuple[str, ...] = ("anni", "anno", "annualità")
REQ_MONTH_WORDS: tuple[str, ...] = ("mesi", "mese")
REQ_EXPERIENCE_WORDS: tuple[str, ...] = ("esperienza", "esperienze", "anzianità")
REQ_COUNT_FOLLOWERS: tuple[str, ...] = (
    "di",
    "in",
    "come",
    "nel",
    "nella",
    "nello",
    "nei",
    "nelle",
    "presso",
    "maturata",
)
REQ_MIN_PHRASES: tuple[str, ...] = (
    "almeno",
    "di almeno",
    "minimo",
    "minima",
    "non inferiore a",
    "non inferiore ai",
    "non meno di",
    "oltre",
    "più di",
    "superiore a",
    "circa",
)
REQ_PLUS_PHRASES: tuple[str, ...] = ("+", "o più", "o superiore", "minimo", "almeno")
REQ_RANGE_WORDS: tuple[str, ...] = ("-", "–", "—", "a", "o", "e", "fino a")
REQ_NOT_EXPERIENCE_YEARS: tuple[str, ...] = (
    "da oltre",
    "da più di",
    "nei prossimi",
    "negli ultimi",
    "ogni",
    "contratto di",
    "della durata di",
    "durata di",
)
REQ_NOT_EXPERIENCE_AFTER: tuple[str, ...] = ("fa", "di storia", "di età")
REQ_NOT_EXPERIENCE_CONTEXTS: tuple[str, ...] = ("periodo di prova",)

REQ_DEGREES_BY_LEVEL: dict[str, tuple[str, ...]] = {
    # ``diploma`` alone is the secondary-school diploma (``diploma di laurea`` is longer)
    "high_school": (
        "diploma",
        "diploma di maturità",
        "maturità",
        "diploma di scuola superiore",
        "diploma di scuola secondaria",
        "diploma superiore",
        "diploma tecnico",
        "diploma di perito",
        "qualifica professionale",
    ),
    "associate": (
        "its",
        "istituto tecnico superiore",
        "diploma its",
        "diploma di tecnico superiore",
    ),
    "bachelor": (
        "laurea",
        "laurea triennale",
        "laurea di primo livello",
        "laurea breve",
        "diploma di laurea",
        "laureato",
        "laureata",
        "bachelor",
    ),
    "master": (
        "laurea magistrale",
        "laurea specialistica",
        "laurea a ciclo unico",
        "laurea vecchio ordinamento",
        "laurea quinquennale",
        "laurea di secondo livello",
        "master",
        "master di primo livello",
        "master di secondo livello",
        "mba",
    ),
    "doctorate": (
        "dottorato",
        "dottorato di ricerca",
        "dottore di ricerca",
        "phd",
    ),
}
REQ_DEGREE_ABBREVIATIONS: tuple[str, ...] = ("ITS",)
REQ_COMPOUND_DEGREES: tuple[str, ...] = ()
REQ_UNLEVELED_DEGREES: tuple[str, ...] = (
    "titolo universitario",
    "formazione universitaria",
)
REQ_NOT_DEGREES: tuple[str, ...] = ("tesi di laurea", "scrum master", "master data")
REQ_OR_WORDS: tuple[str, ...] = ("o", "oppure")
REQ_AND_WORDS: tuple[str, ...] = ("e", "ed", "con")
REQ_FIELD_CLOSERS: tuple[str, ...] = ("affini", "equipollente", "equivalente")
REQ_FIELD_PREPOSITIONS: tuple[str, ...] = ("in",)
REQ_FIELD_ENDS: tuple[str, ...] = ("con", "presso", "è", "sarà")
REQ_NOT_FIELD_WORDS: tuple[str, ...] = ("un", "una", "il", "la", "affini", "equipollente")
REQ_EQUIVALENT_PHRASES: tuple[str, ...] = (
    "o esperienza equivalente",
    "o esperienza equiparabile",
    "o comprovata esperienza",
    "in alternativa esperienza",
)
REQ_SAME_DEGREE_PHRASES: tuple[str, ...] = (
    "o equipollente",
    "o titolo equipollente",
    "o equivalente",
    "titolo estero equivalente",
)
REQ_PREFERRED_PHRASES: tuple[str, ...] = (
    "titolo preferenziale",
    "preferenziale",
    "preferibile",
    "gradito",
    "gradita",
    "graditi",
    "gradite",
    "un plus",
    "apprezzato",
    "apprezzata",
    "facoltativo",
    "opzionale",
    "nice to have",
)
REQ_PREFERRED_ADVERBS: tuple[str, ...] = ("preferibilmente", "idealmente")


# === workplace, employment type and visa sponsorship (read by posting/facts.py) ==========
# Italian: words and phrases of the workplace, employment-type and visa facts, as data.
#
# Conventions as in :mod:`.en` (phrases are lower-case regular expressions).
# --- workplace ---------------------------------------------------------------------------------
WORKPLACE_CUES: tuple[str, ...] = (
    "remoto",
    "smart working",
    "lavoro agile",
    "telelavoro",
    "ibrid",
    "in presenza",
    "in sede",
    "in ufficio",
    "full remote",
)
WORKPLACE_REMOTE: tuple[str, ...] = (
    r"\b(?:completamente|totalmente|interamente|100\s?%)\s+(?:da |in )?remoto\b",
    r"\bfull[- ]remote\b",
    r"\b(?:lavoro|posizione|ruolo|modalità) (?:\w+ )?(?:da|in) remoto\b",
)
WORKPLACE_HYBRID: tuple[str, ...] = (r"\b(?:modalità|modello|lavoro|formula) ibrid[oa]\b",)
WORKPLACE_ONSITE: tuple[str, ...] = (
    r"\b(?:lavoro|posizione|ruolo|attività)\b(?:\s+\w+){0,3}?\s+in (?:presenza|sede)\b",
    r"\b100\s?% in (?:presenza|sede|ufficio)\b",
)
WORKPLACE_TELEWORK: tuple[str, ...] = (
    r"\bsmart[- ]working\b",
    r"\blavoro agile\b",
    r"\btelelavoro\b",
)
WORKPLACE_REMOTE_WORDS: tuple[str, ...] = (r"\b(?:da|in) remoto\b",)
WORKPLACE_FULL: tuple[str, ...] = (r"100\s?%", r"completamente", r"totalmente", r"full")
WORKPLACE_OFFICE: tuple[str, ...] = (r"\bin (?:ufficio|sede|presenza)\b",)
WORKPLACE_DAYS_PER_WEEK: tuple[str, ...] = (
    r"(?P<n>{num})(?:\s*(?:-|–|o)\s*(?P<m>{num}))?\s*giorn[oi]\s+(?:\w+\s+){0,2}?"
    r"(?:a|alla|per|/)\s*settimana",
)
WORKPLACE_DAYS_PER_MONTH: tuple[str, ...] = ()
WORKPLACE_PARTIAL: tuple[str, ...] = (r"\bmetà\b",)
WORKPLACE_FULL_WEEK: tuple[str, ...] = (r"\bdal lunedì al venerdì\b",)
WORKPLACE_PERCENT_NOT: tuple[str, ...] = (r"\btrasfert",)
WORKPLACE_NEGATION_BEFORE: tuple[str, ...] = (r"non", r"senza", r"nessun\w*")
WORKPLACE_NEGATION_AFTER: tuple[str, ...] = (r"(?:non è) (?:possibile|previsto)",)
WORKPLACE_CLAUSE_EXCLUSIONS: tuple[str, ...] = (r"\btranne\b", r"\bsalvo\b")
WORKPLACE_SENTENCE_EXCLUSIONS: tuple[str, ...] = (r"\bcollo(?:qui|quio)\b",)
WORKPLACE_NOT_AFTER: tuple[str, ...] = ()
WORKPLACE_NOT_BEFORE: tuple[str, ...] = (r"esperienza",)
WORKPLACE_ROLE_SUBJECT: tuple[str, ...] = (r"\b(?:questa|la) posizione\b",)
WORKPLACE_LABELS: dict[str, str] = {
    "remoto": "remote",
    "full remote": "remote",
    "ibrido": "hybrid",
    "smart working": "hybrid",
    "in sede": "onsite",
    "in presenza": "onsite",
}
WORKPLACE_TAGS: dict[str, str] = {}
WORKPLACE_LASTING_MARKERS: tuple[str, ...] = (r"\bdopo la pandemia\b",)
WORKPLACE_COUNTRY_ALIASES: dict[str, str] = {"Italia": "IT", "Stati Uniti": "US"}

# --- employment type ---------------------------------------------------------------------------
EMPLOYMENT_CUES: tuple[str, ...] = (
    "tempo pieno",
    "tempo parziale",
    "part time",
    "full time",
    "determinato",
    "indeterminato",
    "stage",
    "tirocin",
    "stagista",
    "freelance",
    "partita iva",
    "ore ",
)
EMPLOYMENT_TYPES: dict[str, tuple[str, ...]] = {
    "full_time": (r"\btempo pieno\b", r"\b(?:contratto )?a tempo indeterminato\b"),
    "part_time": (r"\btempo parziale\b",),
    "contract": (r"\bpartita iva\b", r"\bcollaborazione (?:coordinata|occasionale)\b"),
    "temporary": (r"\b(?:contratto )?a tempo determinato\b",),
    "internship": (
        r"\b(?:uno|lo|di|in) stage\b",
        r"\bstage (?:curriculare|retribuito|formativo)\b",
        r"\btirocin(?:io|i)\b",
        r"\bstagista\b",
    ),
}
EMPLOYMENT_TYPES_CASED: dict[str, tuple[str, ...]] = {}
EMPLOYMENT_MODIFIERS: tuple[str, ...] = ()
EMPLOYMENT_NOT_AFTER: tuple[str, ...] = (r"dipendenti",)
EMPLOYMENT_NOT_AFTER_FAR: tuple[str, ...] = (r"studi", r"corso")
EMPLOYMENT_NOT_BEFORE: tuple[str, ...] = (r"esperienza\w*\s+(?:in\s+|di\s+)?$",)
EMPLOYMENT_HOURS: tuple[str, ...] = (
    r"(?P<lo>\d{2})(?:\s*(?:-|–)\s*(?P<hi>\d{2}))?\s*ore\s*(?:settimanali|a settimana|"
    r"/\s*settimana)\b",
)
EMPLOYMENT_FULL_TIME_MIN_HOURS = 35
EMPLOYMENT_PART_TIME_MAX_HOURS = 30
# More weekly hours than this describe overtime peaks, not the job's schedule.
EMPLOYMENT_SCHEDULE_MAX_HOURS = 48
EMPLOYMENT_FIELD_KEYS: tuple[str, ...] = (r"\btipo (?:di )?contratto\b", r"\bcontratto\b")
EMPLOYMENT_LABELS: dict[str, str] = {
    "tempo pieno": "full_time",
    "tempo parziale": "part_time",
    "stage": "internship",
    "tempo determinato": "temporary",
    "tempo indeterminato": "full_time",
}
EMPLOYMENT_JSONLD: dict[str, str] = {}

# --- visa sponsorship --------------------------------------------------------------------------
VISA_CUES: tuple[str, ...] = ("visto", "sponsorizz", "cittadinanza", "permesso di soggiorno")
VISA_NO: tuple[str, ...] = (r"\bnon\b(?:\s+[\w-]+){0,4}?\s+sponsorizz\w*\s+(?:\w+\s+)?vist[oi]",)
VISA_YES: tuple[str, ...] = (
    r"\b(?:sponsorizz\w*|supporto (?:per|con) (?:il )?)\s*(?:il |del |dei )?vist[oi]\b",
)
VISA_CITIZENS_ONLY: tuple[str, ...] = (
    r"\bcittadinanza italiana\b(?:\s+(?:è\s+)?(?:richiesta|obbligatoria|necessaria))",
)
VISA_PARTIAL: tuple[str, ...] = (r"\bper tutte le posizioni\b",)
VISA_CITIZEN_ALTERNATIVES: tuple[str, ...] = (r"\bpermesso di soggiorno", r"\bresiden")
VISA_EEO: tuple[str, ...] = (r"\bsenza distinzione\b", r"\bindipendentemente\b", r"\bdiscrimina")


# === pay ranges (read by posting/pay.py) ==========================================================
# Pay: Italian words and phrases, read by :mod:`pay`.  Data only (see :mod:`.en`).
PAY_NUMBER_LOCALE = "it_IT"

PAY_KIND_CUES: dict[str, str] = {
    "stipendio": "base",
    "salario": "base",
    "RAL": "base",
    "retribuzione annua lorda": "base",
    "retribuzione lorda": "base",
    "paga": "base",
    "paga oraria": "base",
    "pacchetto retributivo": "total",
    "OTE": "ote",
    "compenso": "unknown",
    "retribuzione": "unknown",
    "remunerazione": "unknown",
    "trattamento economico": "unknown",
}

PAY_BASE_CONTEXT: tuple[str, ...] = ("stipendio base", "retribuzione annua lorda", "RAL")

PAY_NOT_PAY_CUES: tuple[str, ...] = (
    "finanziamento",
    "finanziamenti",
    "investimento",
    "investimenti",
    "fatturato",
    "ricavi",
    "budget",
    "buoni pasto",
    "buono pasto",
    "bonus",
    "premio",
    "rimborso",
    "prezzo",
    "costo",
    "clienti",
    "welfare",
    "raccolto",
    "raccolti",
)

PAY_NOT_PAY_NOUNS: tuple[str, ...] = (
    "di budget",
    "di bonus",
    "di welfare",
    "di buoni",
    "di fatturato",
    "di finanziamento",
    "di rimborso",
)

PAY_REFERS_BACK: tuple[str, ...] = ("questo", "questa", "questi", "queste", "ciò")

# Words after a figure that add something to it: a not-pay noun after one of them
# (``$135,000 plus bonus``) is not about the figure.
PAY_ADDITIVE_WORDS: tuple[str, ...] = ("più", "e", "con", "oltre")

PAY_PERIOD_UNITS: dict[str, str] = {
    "ora": "hour",
    "h": "hour",
    "giorno": "day",
    "settimana": "week",
    "mese": "month",
    "anno": "year",
}
PAY_PERIOD_PREFIXES: tuple[str, ...] = ("all'", "all’", "al", "per", "l'", "l’", "a")

PAY_PERIOD_WORDS: dict[str, str] = {
    "annui": "year",
    "annuo": "year",
    "annua": "year",
    "annuali": "year",
    "lordi annui": "year",
    "lordo annuo": "year",
    "mensili": "month",
    "mensile": "month",
    "lordi mensili": "month",
    "orari": "hour",
    "giornalieri": "day",
}
PAY_PERIOD_CUES: dict[str, str] = {
    "RAL": "year",
    "annua": "year",
    "annuo": "year",
    "annui": "year",
    "annuale": "year",
    "mensile": "month",
    "mensili": "month",
    "paga oraria": "hour",
}
PAY_GROSS_WORDS: tuple[str, ...] = ("lordi", "lordo", "lorda", "netti", "netto")

PAY_RANGE_WORDS: tuple[str, ...] = ("a",)
PAY_BETWEEN: tuple[str, ...] = ("tra", "fra")
PAY_BETWEEN_AND: tuple[str, ...] = ("e",)
PAY_UP_TO: tuple[str, ...] = ("fino a", "fino ad", "massimo", "al massimo", "max", "max.")
PAY_FROM: tuple[str, ...] = ("a partire da", "minimo", "almeno", "non inferiore a")

PAY_THOUSAND_WORDS: tuple[str, ...] = ("mila",)
PAY_MAGNITUDE_WORDS: tuple[str, ...] = (
    "milioni",
    "milione",
    "miliardi",
    "miliardo",
    "mln",
    "mld",
    "mln.",
    "mld.",
)

# Words before the pay words of a heading that are not part of a scope name (``The``).
PAY_SCOPE_STOPWORDS: tuple[str, ...] = ("il", "la", "lo", "l", "nostro", "nostra", "max", "min")

PAY_QUALIFIER_PATTERNS: tuple[str, ...] = ()
