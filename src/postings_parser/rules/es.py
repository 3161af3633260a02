"""Spanish rules as data: section headings, lead-ins, closing sentences, abbreviations, and the
vocabulary of degree and years-of-experience requirements.  Plain constants, no logic; the
conventions are those of :mod:`.en` (phrases lower case, markup / emoji / numbering /
trailing colon removed, and the opening ``¿`` ``¡`` with the closing ``?`` ``!``).

Spain and Latin America differ (``tú`` / ``vos`` / ``usted``; ``Sumate`` / ``Súmate``;
``Requerimientos``); both are listed.  Accents are sometimes dropped in postings: the reader
should compare without accents as a fallback (``Descripcion del puesto``).
"""

from __future__ import annotations

HEADINGS_BY_KIND: dict[str, tuple[str, ...]] = {
    "responsibilities": (
        "responsabilidades",
        "responsabilidades principales",
        "principales responsabilidades",
        "tus responsabilidades",
        "sus responsabilidades",
        "responsabilidades del puesto",
        "responsabilidades del rol",
        "funciones",
        "funciones del puesto",
        "principales funciones",
        "funciones principales",
        "tus funciones",
        "sus funciones",
        "funciones y responsabilidades",
        "tareas",
        "tus tareas",
        "tareas principales",
        "principales tareas",
        "actividades",
        "actividades principales",
        "qué harás",
        "que harás",
        "lo que harás",
        "qué vas a hacer",
        "lo que vas a hacer",
        "qué hará",
        "tu misión",
        "misión del puesto",
        "tu rol",
        "en este rol",
        "en este puesto",
        "en este rol vas a",
        "tu día a día",
        "día a día",
        "qué te espera",
        "lo que te espera",
        "tu reto",
        "tus retos",
        "retos",
        "desafíos",
        "tus desafíos",
        "cuáles serán tus funciones",
        "cuáles serán tus responsabilidades",
    ),
    "basic_qualifications": (
        "requisitos",
        "requisitos mínimos",
        "requisitos indispensables",
        "requisitos excluyentes",
        "requisitos del puesto",
        "requerimientos",
        "requerimientos excluyentes",
        "conocimientos excluyentes",
        "conocimientos requeridos",
        "conocimientos",
        "perfil",
        "perfil buscado",
        "perfil requerido",
        "tu perfil",
        "su perfil",
        "qué buscamos",
        "que buscamos",
        "lo que buscamos",
        "a quién buscamos",
        "buscamos",
        "qué esperamos de ti",
        "lo que esperamos de ti",
        "qué necesitas",
        "lo que necesitas",
        "qué necesitamos",
        "qué pedimos",
        "requisitos y habilidades",
        "habilidades",
        "habilidades requeridas",
        "competencias",
        "experiencia",
        "experiencia requerida",
        "formación",
        "formación y experiencia",
        "actitudes y/o aptitudes",
        "aptitudes",
        "imprescindible",
        "indispensable",
        "te queremos si",
        "eres tú si",
    ),
    "preferred_qualifications": (
        "se valorará",
        "se valora",
        "valorable",
        "valoramos",
        "puntos que valoramos positivamente",
        "se valorará positivamente",
        "deseable",
        "deseables",
        "requisitos deseables",
        "conocimientos deseables",
        "otros conocimientos deseables",
        "opcionales",
        "opcional",
        "plus",
        "suma",
        "sumará",
        "es un plus",
        "será un plus",
        "sería ideal",
        "sería ideal si además tuviese conocimientos sobre",
        "no excluyente",
        "nice to have",
    ),
    "role": (
        "descripción",
        "descripción del puesto",
        "descripción del empleo",
        "descripción de la oferta",
        "descripción del rol",
        "sobre el rol",
        "sobre el puesto",
        "acerca del puesto",
        "el puesto",
        "el rol",
        "la posición",
        "proyecto",
        "el proyecto",
        "contexto",
        "tecnologías",
        "stack tecnológico",
        "nuestro stack",
    ),
    "team": (
        "sobre nosotros",
        "acerca de nosotros",
        "quiénes somos",
        "quienes somos",
        "nosotros",
        "la empresa",
        "nuestra empresa",
        "el equipo",
        "nuestro equipo",
        "tu equipo",
        "nuestra misión",
        "nuestros valores",
        "nuestra cultura",
        "por qué nosotros",
        "por qué unirte",
    ),
    "benefits": (
        "beneficios",
        "nuestros beneficios",
        "qué ofrecemos",
        "que ofrecemos",
        "lo que ofrecemos",
        "qué te ofrecemos",
        "que te ofrecemos",
        "te ofrecemos",
        "ofrecemos",
        "ventajas",
        "lo que te ofrecemos",
        "qué obtienes",
        "condiciones",
    ),
    "pay": (
        "salario",
        "sueldo",
        "remuneración",
        "rango salarial",
        "banda salarial",
        "compensación",
    ),
    "process": (
        "cómo aplicar",
        "como aplicar",
        "cómo postularse",
        "cómo postular",
        "postúlate",
        "postulate",
        "postulación",
        "inscríbete",
        "envía tu cv",
        "proceso de selección",
        "proceso de contratación",
        "sumate",
        "súmate",
        "únete",
        "contacto",
    ),
    "other": (
        "ubicación",
        "ubicacion",
        "lugar de trabajo",
        "modalidad",
        "jornada",
        "horario",
        "tipo de contrato",
        "contrato",
        "información adicional",
        "otros",
        "igualdad de oportunidades",
    ),
}

HEADINGS_KIND_AFTER_QUALIFICATIONS: dict[str, str] = {
    "qué te espera": "benefits",
    "lo que te espera": "benefits",
}

HEADINGS_KEYWORDS_BY_KIND: dict[str, tuple[str, ...]] = {
    "preferred_qualifications": ("valora", "deseable", "opcional", "plus", "no excluyente"),
    "responsibilities": ("responsabilidad", "funciones", "tareas", "harás", "actividades"),
    "basic_qualifications": (
        "requisito",
        "requerimiento",
        "perfil",
        "buscamos",
        "excluyente",
        "conocimientos",
        "habilidades",
        "esperamos",
    ),
    "benefits": ("beneficio", "ofrecemos", "ventajas"),
    "pay": ("salario", "sueldo", "remuneración"),
    "process": ("postul", "aplicar", "selección", "súmate", "sumate"),
    "team": ("nosotros", "quiénes somos", "empresa", "equipo"),
    "role": ("descripción", "sobre el", "puesto", "proyecto"),
}

HEADINGS_LEADINS: tuple[str, ...] = (
    r"(?:en este (?:rol|puesto)|en esta posición|como [^:\n]{1,80}?),? (?:vas a|tendrás que|"
    r"serás responsable de|te encargarás de|deberás|podrás)[^:\n]{0,60}",
    r"(?:tus|sus) (?:principales )?(?:funciones|responsabilidades|tareas)"
    r"(?: (?:serán|son|incluyen|incluirán)[^:\n]{0,40})?",
    r"(?:las )?(?:principales )?(?:funciones|responsabilidades|tareas) (?:serán|son|incluyen)"
    r"(?: las siguientes)?",
    r"(?:te encargarás|serás responsable) de",
    r"(?:los proyectos|el trabajo) (?:pueden? estar|estará|está) relacionados? con",
    r"(?:tu|su) misión (?:será|consistirá en)",
)

HEADINGS_CLOSING_SENTENCES: tuple[str, ...] = (
    r"(?:somos|es) (?:una )?(?:empresa|empleador) (?:que promueve|comprometida con) la "
    r"(?:igualdad|diversidad)",
    r"(?:valoramos|fomentamos|promovemos) la (?:diversidad|igualdad|inclusión)",
    r"(?:sin|no hacemos) (?:distinción|discriminación)",
    r"(?:envía|envíanos|manda|mándanos) (?:tu|su) (?:cv|currículum|curriculum|candidatura)",
    r"(?:si te interesa|si estás interesad[oa]|si te sientes identificad[oa]),? "
    r"(?:postúlate|postulate|aplica|escríbenos|envía)",
    r"(?:postúlate|postulate|aplica|inscríbete) (?:ya|ahora|aquí|hoy)",
    r"(?:te esperamos|¡te esperamos)",
)

SPLIT_ABBREVIATIONS: tuple[str, ...] = (
    "p. ej.",
    "p.ej.",
    "ej.",
    "aprox.",
    "máx.",
    "mín.",
    "min.",
    "max.",
    "sr.",
    "sra.",
    "srta.",
    "dr.",
    "dra.",
    "lic.",
    "ing.",
    "arq.",
    "dpto.",
    "depto.",
    "av.",
    "avda.",
    "núm.",
    "nº.",
    "no.",
    "tel.",
    "tlf.",
    "pág.",
    "vs.",
    "admón.",
    "ud.",
    "uds.",
    "vd.",
    "vds.",
    "c/.",
    "ene.",
    "feb.",
    "mar.",
    "abr.",
    "jun.",
    "jul.",
    "ago.",
    "sept.",
    "oct.",
    "nov.",
    "dic.",
    "hs.",
    "hrs.",
    "sr.",
    "jr.",
    "semi sr.",
    "ssr.",
)
# abbreviations that close an enumeration or a name: before a capitalised word they end a
# sentence
FINAL_ABBREVIATIONS: tuple[str, ...] = (
    "etc.",
    "s.a.",
    "s.l.",
    "s. a.",
    "s. l.",
    "cía.",
)
# capitalised words that open a list item (infinitives of duties): a new run-on item starts
# where one follows a plain word
ITEM_STARTERS: frozenset[str] = frozenset(
    """
    Administrar Analizar Apoyar Asegurar Automatizar Colaborar Construir Contribuir
    Coordinar Crear Definir Desarrollar Desplegar Diseñar Documentar Elaborar Evaluar Gestionar
    Garantizar Identificar Implementar Integrar Liderar Mantener Mejorar Optimizar Organizar
    Participar Planificar Proponer Realizar Supervisar Trabajar Velar
    """.split()
)
# lower-case words after which the text goes on (articles, prepositions, conjunctions)
CONNECTORS: frozenset[str] = frozenset(
    """
    el la los las un una unos unas de del y e o u pero a al en con sin por para sobre
    entre hacia como que quien donde su sus nuestro nuestra nuestros nuestras tu tus es son
    """.split()
)

# --- requirements (conventions: the ``REQ_*`` bullet of :mod:`.en`) --------------------------
NUMBER_WORDS: dict[str, int] = {
    "un": 1,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciséis": 16,
    "dieciseis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veinte": 20,
}
REQ_YEAR_WORDS: tuple[str, ...] = ("años", "año", "anos", "ano")
REQ_MONTH_WORDS: tuple[str, ...] = ("meses", "mes")
# ``Dos años de desarrollo de software``
REQ_EXPERIENCE_WORDS: tuple[str, ...] = ("experiencia", "de desarrollo", "trabajando")
REQ_COUNT_FOLLOWERS: tuple[str, ...] = (
    "de",
    "en",
    "como",
    "con",
    "trabajando",
    "desarrollando",
    "liderando",
)
REQ_MIN_PHRASES: tuple[str, ...] = (
    "al menos",
    "mínimo",
    "minimo",
    "como mínimo",
    "un mínimo de",
    "más de",
    "mas de",
    "+",
    "no menos de",
    "por lo menos",
    "aproximadamente",
    "alrededor de",
)
REQ_PLUS_PHRASES: tuple[str, ...] = ("+", "o más", "o mas", "en adelante", "mínimo", "como mínimo")
REQ_RANGE_WORDS: tuple[str, ...] = ("-", "–", "—", "a", "o", "y", "hasta")
REQ_NOT_EXPERIENCE_YEARS: tuple[str, ...] = (
    "desde hace",
    "hace",
    "en los próximos",
    "en los últimos",
    "durante los últimos",
    "cada",
    "contrato de",
    "duración de",
)
REQ_NOT_EXPERIENCE_AFTER: tuple[str, ...] = (
    "atrás",
    "de edad",
    "de historia",
    "en el mercado",
    "de existencia",
)
REQ_NOT_EXPERIENCE_CONTEXTS: tuple[str, ...] = ("periodo de prueba", "período de prueba")

REQ_DEGREES_BY_LEVEL: dict[str, tuple[str, ...]] = {
    "high_school": (
        "bachillerato",
        "bachiller",
        "eso",
        "educación secundaria",
        "secundaria completa",
        "secundario completo",
        "formación profesional",
        "ciclo formativo",
        "ciclo formativo de grado medio",
        "fp de grado medio",
        "fp grado medio",
        "grado medio",
    ),
    # ``técnico`` alone is an adjective (``conocimientos técnicos``): only as a qualification
    "associate": (
        "técnico superior",
        "tecnico superior",
        "[título de] técnico",
        "técnico [en]",
        "técnico universitario",
        "ciclo formativo de grado superior",
        "fp de grado superior",
        "fp grado superior",
        "grado superior",
        "tecnicatura",
        "tecnólogo",
        "tecnologo",
        "título terciario",
        "terciario completo",
    ),
    # ``grado`` alone is also degree of something (``en gran grado``): only as the diploma;
    # ``ingeniería`` alone is a field or a team
    "bachelor": (
        "grado [en]",
        "[título de] grado",
        "[estudios de] grado",
        "grado universitario",
        "licenciatura",
        "licenciado [en]",
        "licenciada [en]",
        "titulado [en]",
        "titulada [en]",
        "diplomatura",
        "graduado [en]",
        "graduada [en]",
        "egresado [de]",
        "egresada [de]",
        "bachelor",
    ),
    "master": (
        "máster",
        "master",
        "maestría",
        "maestria",
        "posgrado",
        "postgrado",
        "mba",
        "ingeniería superior",
        "ingeniero superior",
    ),
    "doctorate": (
        "doctorado",
        "doctor [en]",
        "doctora [en]",
        "phd",
    ),
}
REQ_DEGREE_ABBREVIATIONS: tuple[str, ...] = ("ESO",)
REQ_COMPOUND_DEGREES: tuple[str, ...] = ()
REQ_UNLEVELED_DEGREES: tuple[str, ...] = (
    "título universitario",
    "titulo universitario",
    "titulación universitaria",
    "carrera universitaria",
    "estudios universitarios",
    "universitario completo",
    "titulado universitario",
)
REQ_NOT_DEGREES: tuple[str, ...] = (
    "soporte técnico [en]",
    "en gran grado",
    "en mayor grado",
    "scrum master",
    "master data",
)
REQ_OR_WORDS: tuple[str, ...] = ("o", "u")
REQ_AND_WORDS: tuple[str, ...] = ("y", "con")
REQ_FIELD_CLOSERS: tuple[str, ...] = ("afín", "afines", "similar", "equivalente")
REQ_FIELD_PREPOSITIONS: tuple[str, ...] = ("en",)
REQ_FIELD_ENDS: tuple[str, ...] = ("con", "es", "será")
REQ_NOT_FIELD_WORDS: tuple[str, ...] = ("un", "una", "el", "la", "los", "afín", "similar")
REQ_EQUIVALENT_PHRASES: tuple[str, ...] = (
    "o experiencia equivalente",
    "o experiencia demostrable",
    "o experiencia comprobable",
    "o experiencia similar",
    "o conocimientos equivalentes",
    "o autodidacta",
)
REQ_SAME_DEGREE_PHRASES: tuple[str, ...] = (
    "o equivalente",
    "o título equivalente",
    "o similar",
    "o afín",
)
REQ_PREFERRED_PHRASES: tuple[str, ...] = (
    "se valorará",
    "se valora",
    "valorable",
    "valoramos",
    "deseable",
    "deseables",
    "un plus",
    "es un plus",
    "sumará",
    "suma puntos",
    "no excluyente",
    "opcional",
    "sería ideal",
)
REQ_PREFERRED_ADVERBS: tuple[str, ...] = (
    "preferentemente",
    "preferiblemente",
    "idealmente",
    "de preferencia",
)


# === workplace, employment type and visa sponsorship (read by posting/facts.py) ==========
# Spanish: words and phrases of the workplace, employment-type and visa facts, as data.
#
# Conventions as in :mod:`.en` (phrases are lower-case regular expressions).
# --- workplace ---------------------------------------------------------------------------------
WORKPLACE_CUES: tuple[str, ...] = (
    "teletrabajo",
    "remot",
    "híbrid",
    "hibrid",
    "presencial",
    "a distancia",
    "home office",
    "en la oficina",
    "en oficina",
    "desde casa",
    "desde donde",
    "on site",
    "pandemia",
)
WORKPLACE_REMOTE: tuple[str, ...] = (
    r"\b(?:100\s?%|totalmente|completamente)\s+(?:en\s+)?(?:remot[oa]|a distancia|"
    r"teletrabajo)\b",
    r"\b(?:de forma|en modalidad|de manera) remota\b",
    r"\ben remoto\b",
    r"\b(?:trabajo|modalidad|posición|puesto|empleo) (?:100\s?% )?(?:remoto|a distancia)\b",
    r"\btrabajar desde (?:donde quieras?|cualquier lugar|casa)\b",
)
WORKPLACE_HYBRID: tuple[str, ...] = (
    r"\b(?:modalidad|modelo|trabajo|esquema|formato) h[íi]brid[oa]\b",
)
WORKPLACE_ONSITE: tuple[str, ...] = (
    r"\b(?:trabajo|modalidad|puesto|posición|empleo)\b(?:\s+[\w:]+){0,3}?\s+presencial\b",
    r"\b100\s?% presencial\b",
)
WORKPLACE_TELEWORK: tuple[str, ...] = (r"\bteletrabajo\b", r"\bhome[- ]?office\b")
WORKPLACE_REMOTE_WORDS: tuple[str, ...] = (r"\bremot[oa]\b", r"\ba distancia\b")
WORKPLACE_FULL: tuple[str, ...] = (r"100\s?%", r"totalmente", r"completamente")
WORKPLACE_OFFICE: tuple[str, ...] = (r"\ben (?:la |nuestra |nuestras )?oficinas?\b",)
WORKPLACE_DAYS_PER_WEEK: tuple[str, ...] = (
    r"(?P<n>{num})(?:\s*(?:-|–|a|o)\s*(?P<m>{num}))?\s*d[íi]as?\s+(?:\w+\s+){0,2}?"
    r"(?:a la|por|/)\s*semana",
)
WORKPLACE_DAYS_PER_MONTH: tuple[str, ...] = ()
WORKPLACE_PARTIAL: tuple[str, ...] = (r"\bmitad\b",)
WORKPLACE_FULL_WEEK: tuple[str, ...] = (r"\bde lunes a viernes\b", r"\btodos los días\b")
WORKPLACE_PERCENT_NOT: tuple[str, ...] = (r"\bviaj",)
WORKPLACE_NEGATION_BEFORE: tuple[str, ...] = (r"no", r"sin")
WORKPLACE_NEGATION_AFTER: tuple[str, ...] = (r"(?:no es|no está) (?:posible|disponible)",)
WORKPLACE_CLAUSE_EXCLUSIONS: tuple[str, ...] = (r"\bsalvo\b", r"\bexcepto\b")
WORKPLACE_SENTENCE_EXCLUSIONS: tuple[str, ...] = (
    r"\bentrevistas?\b",
    r"\bsegún (?:el )?(?:puesto|rol)\b",
)
WORKPLACE_NOT_AFTER: tuple[str, ...] = ()
WORKPLACE_NOT_BEFORE: tuple[str, ...] = (r"ayuda (?:al|para el)", r"experiencia")
WORKPLACE_ROLE_SUBJECT: tuple[str, ...] = (r"\b(?:este|el) (?:puesto|rol|trabajo)\b",)
WORKPLACE_LABELS: dict[str, str] = {
    "remoto": "remote",
    "100% remoto": "remote",
    "teletrabajo": "hybrid",
    "híbrido": "hybrid",
    "hibrido": "hybrid",
    "presencial": "onsite",
    "home office": "hybrid",
}
WORKPLACE_TAGS: dict[str, str] = {}
WORKPLACE_LASTING_MARKERS: tuple[str, ...] = (
    r"\bpost[- ]?pandemia\b",
    r"\bdespués de la pandemia\b",
)
WORKPLACE_COUNTRY_ALIASES: dict[str, str] = {
    "España": "ES",
    "México": "MX",
    "Estados Unidos": "US",
    "Perú": "PE",
    "Brasil": "BR",
}

# --- employment type ---------------------------------------------------------------------------
EMPLOYMENT_CUES: tuple[str, ...] = (
    "tiempo completo",
    "tiempo parcial",
    "jornada",
    "prácticas",
    "practicas",
    "becari",
    "indefinido",
    "temporal",
    "freelance",
    "autónomo",
    "horas",
    "medio tiempo",
    "pasant",
)
EMPLOYMENT_TYPES: dict[str, tuple[str, ...]] = {
    "full_time": (
        r"\btiempo completo\b",
        r"\bjornada completa\b",
        r"\bcontrato indefinido\b",
        r"\bcontrato (?:laboral )?por tiempo indefinido\b",
    ),
    "part_time": (r"\btiempo parcial\b", r"\bmedia jornada\b", r"\bmedio tiempo\b"),
    "contract": (r"\bcomo (?:freelance|autónomo)s?\b", r"\bfreelances?\b"),
    "temporary": (
        r"\bcontrato temporal\b",
        r"\b(?:puesto|empleo|trabajo) temporal\b",
        r"\bcontrato por obra\b",
    ),
    "internship": (
        r"\b(?:en|de) pr[aá]cticas\b",
        r"\bpr[aá]cticas (?:profesionales|remuneradas|curriculares|extracurriculares)\b",
        r"\bbecari[oa]s?\b",
        r"\bpasant[íi]as?\b",
    ),
}
EMPLOYMENT_TYPES_CASED: dict[str, tuple[str, ...]] = {}
EMPLOYMENT_MODIFIERS: tuple[str, ...] = ()
EMPLOYMENT_NOT_AFTER: tuple[str, ...] = (r"empleados",)
EMPLOYMENT_NOT_AFTER_FAR: tuple[str, ...] = (r"estudios", r"carrera")
EMPLOYMENT_NOT_BEFORE: tuple[str, ...] = (r"experiencia\w*\s+(?:en\s+|de\s+)?$",)
EMPLOYMENT_HOURS: tuple[str, ...] = (
    r"(?P<lo>\d{2})(?:\s*(?:-|–|a)\s*(?P<hi>\d{2}))?\s*horas\s*(?:/\s*|por\s+|a la\s+)?"
    r"semana(?:les)?\b",
)
EMPLOYMENT_FULL_TIME_MIN_HOURS = 35
EMPLOYMENT_PART_TIME_MAX_HOURS = 30
# More weekly hours than this describe overtime peaks, not the job's schedule.
EMPLOYMENT_SCHEDULE_MAX_HOURS = 48
EMPLOYMENT_FIELD_KEYS: tuple[str, ...] = (
    r"\btipo de (?:contrato|empleo|jornada|trabajo)\b",
    r"\bjornada\b",
    r"\bcontrato\b",
    r"\btiempo de trabajo\b",
)
EMPLOYMENT_LABELS: dict[str, str] = {
    "tiempo completo": "full_time",
    "jornada completa": "full_time",
    "indefinido": "full_time",
    "tiempo parcial": "part_time",
    "temporal": "temporary",
    "prácticas": "internship",
    "freelance": "contract",
}
EMPLOYMENT_JSONLD: dict[str, str] = {}

# --- visa sponsorship --------------------------------------------------------------------------
VISA_CUES: tuple[str, ...] = (
    "visa",
    "visado",
    "patrocin",
    "permiso de trabajo",
    "nacionalidad",
    "ciudadan",
)
VISA_NO: tuple[str, ...] = (
    r"\bno\b(?:\s+[\w-]+){0,4}?\s+(?:patrocin\w*|tramita\w*)\s+(?:\w+\s+)?(?:visas?|visados?)",
    r"\bsin patrocinio\b",
)
VISA_YES: tuple[str, ...] = (
    r"\b(?:patrocin\w*|tramita\w*|gestion\w*|apoyo con|ayuda con)\s+(?:el\s+|la\s+|de\s+)?"
    r"(?:visas?|visados?|permiso de trabajo)\b",
)
VISA_CITIZENS_ONLY: tuple[str, ...] = (
    r"\bnacionalidad\s+(?!indistinta|cualquiera|de\b|del\b|y\b|o\b|u\b)[a-záéíóúñ]{4,}\b",
    r"\bser ciudadan[oa] [a-záéíóúñ]{4,}\b",
)
VISA_PARTIAL: tuple[str, ...] = (r"\bpara todos los (?:puestos|perfiles)\b",)
VISA_CITIZEN_ALTERNATIVES: tuple[str, ...] = (r"\bresiden", r"\bpermiso de trabajo")
VISA_EEO: tuple[str, ...] = (
    r"\bsin distinción\b",
    r"\bindependientemente\b",
    r"\bdiscrimina",
    r"\bpor razón\b",
)


# === pay ranges (read by posting/pay.py) ==========================================================
# Pay: Spanish words and phrases, read by :mod:`pay`.  Data only (see :mod:`.en`).
PAY_NUMBER_LOCALE = "es_ES"

PAY_KIND_CUES: dict[str, str] = {
    "salario": "base",
    "salarial": "base",
    "sueldo": "base",
    "salario base": "base",
    "salario fijo": "base",
    "salario bruto": "base",
    "sueldo base": "base",
    "sueldo bruto": "base",
    "banda salarial": "base",
    "rango salarial": "base",
    "compensación total": "total",
    "paquete": "total",
    "OTE": "ote",
    "compensación": "unknown",
    "remuneración": "unknown",
    "retribución": "unknown",
    "pago": "unknown",
}

PAY_BASE_CONTEXT: tuple[str, ...] = ("salario base", "sueldo base", "salario anual", "salario fijo")

PAY_NOT_PAY_CUES: tuple[str, ...] = (
    "financiación",
    "financiamiento",
    "inversión",
    "invertido",
    "ronda",
    "facturación",
    "ingresos",
    "presupuesto",
    "bono",
    "bonos",
    "ayuda",
    "vales",
    "vale",
    "cheques",
    "reembolso",
    "precio",
    "coste",
    "costo",
    "clientes",
    "valoración",
    "seguro",
    "pretensiones",
)

PAY_NOT_PAY_NOUNS: tuple[str, ...] = (
    "bono",
    "presupuesto",
    "de ayuda",
    "en ayudas",
    "de financiación",
    "de facturación",
    "en ventas",
)

PAY_REFERS_BACK: tuple[str, ...] = ("este", "esta", "estos", "estas", "esto", "ese", "esa")

# Words after a figure that add something to it: a not-pay noun after one of them
# (``$135,000 plus bonus``) is not about the figure.
PAY_ADDITIVE_WORDS: tuple[str, ...] = ("más", "y", "con", "además")

PAY_PERIOD_UNITS: dict[str, str] = {
    "hora": "hour",
    "h": "hour",
    "día": "day",
    "dia": "day",
    "semana": "week",
    "quincena": "biweekly",
    "mes": "month",
    "año": "year",
    "anual": "year",
}
PAY_PERIOD_PREFIXES: tuple[str, ...] = ("por", "al", "a la", "cada", "por cada", "el")

PAY_PERIOD_WORDS: dict[str, str] = {
    "anuales": "year",
    "anual": "year",
    "brutos anuales": "year",
    "bruto anual": "year",
    "mensuales": "month",
    "mensual": "month",
    "brutos mensuales": "month",
    "bruto mensual": "month",
    "quincenales": "biweekly",
    "quincenal": "biweekly",
    "semanales": "week",
    "semanal": "week",
    "diarios": "day",
    "diario": "day",
}
PAY_PERIOD_CUES: dict[str, str] = {
    "salario anual": "year",
    "anual": "year",
    "anuales": "year",
    "sueldo mensual": "month",
    "salario mensual": "month",
    "mensual": "month",
    "mensuales": "month",
    "quincenal": "biweekly",
    "por hora": "hour",
}
PAY_GROSS_WORDS: tuple[str, ...] = ("brutos", "bruto", "brutas", "bruta", "netos", "neto")

PAY_RANGE_WORDS: tuple[str, ...] = ("a", "hasta", "al")
PAY_BETWEEN: tuple[str, ...] = ("entre",)
PAY_BETWEEN_AND: tuple[str, ...] = ("y",)
PAY_UP_TO: tuple[str, ...] = ("hasta", "máximo", "como máximo", "un máximo de")
PAY_FROM: tuple[str, ...] = (
    "desde",
    "a partir de",
    "mínimo",
    "como mínimo",
    "al menos",
    "un mínimo de",
)

PAY_THOUSAND_WORDS: tuple[str, ...] = ("mil",)
PAY_MAGNITUDE_WORDS: tuple[str, ...] = (
    "millones",
    "millón",
    "mil millones",
    "MM",
    "billones",
)

# Words before the pay words of a heading that are not part of a scope name (``The``).
PAY_SCOPE_STOPWORDS: tuple[str, ...] = (
    "el",
    "la",
    "los",
    "las",
    "nuestro",
    "nuestra",
    "su",
    "max",
    "min",
)

PAY_QUALIFIER_PATTERNS: tuple[str, ...] = ()
