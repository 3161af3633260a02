"""Portuguese rules as data: section headings, lead-ins, closing sentences, abbreviations, and
the vocabulary of degree and years-of-experience requirements.  Plain constants, no logic; the
conventions are those of :mod:`.en` (phrases lower case, markup / emoji / numbering /
trailing colon removed).

Brazilian and European Portuguese differ (``vaga`` / ``oferta``, ``você`` / ``tu``,
``Graduação`` / ``Licenciatura``); both are listed.  Brazilian tech postings often use a
``vagas`` template (``Descrição da vaga``, ``Local``, ``Requisitos``, ``Diferenciais``,
``Contratação``, ``Como se candidatar``, ``Labels``).
"""

from __future__ import annotations

HEADINGS_BY_KIND: dict[str, tuple[str, ...]] = {
    "responsibilities": (
        "responsabilidades",
        "principais responsabilidades",
        "responsabilidades principais",
        "suas responsabilidades",
        "responsabilidades e atribuições",
        "responsabilidade e atribuições",
        "atribuições",
        "principais atribuições",
        "suas atribuições",
        "atividades",
        "principais atividades",
        "suas atividades",
        "atividades e responsabilidades",
        "funções",
        "funções do cargo",
        "principais funções",
        "tarefas",
        "o que você vai fazer",
        "o que você fará",
        "o que voce vai fazer",
        "o que você irá fazer",
        "o que vai fazer",
        "o que esperamos que você faça",
        "no dia a dia",
        "seu dia a dia",
        "dia a dia",
        "o seu dia a dia",
        "seu papel",
        "o seu papel",
        "sua missão",
        "o que te espera",
        "desafios",
        "seus desafios",
        "os desafios",
        "quais serão seus desafios",
        "como você vai contribuir",
        "o que você fará no dia a dia",
    ),
    "basic_qualifications": (
        "requisitos",
        "requisitos obrigatórios",
        "requisitos necessários",
        "requisitos da vaga",
        "requisitos técnicos",
        "requisitos mínimos",
        "pré-requisitos",
        "pre-requisitos",
        "pré requisitos",
        "obrigatórios",
        "obrigatório",
        "qualificações",
        "qualificações necessárias",
        "perfil",
        "perfil desejado",
        "perfil procurado",
        "seu perfil",
        "o que esperamos de você",
        "o que buscamos",
        "o que procuramos",
        "quem procuramos",
        "quem buscamos",
        "buscamos",
        "o que você precisa ter",
        "o que você precisa",
        "o que é preciso",
        "você precisa ter",
        "você tem",
        "habilidades",
        "habilidades necessárias",
        "competências",
        "conhecimentos",
        "conhecimentos necessários",
        "experiência",
        "formação",
        "formação acadêmica",
        "requisitos perfil back-end developer",
        "requisitos perfil front-end developer",
    ),
    "preferred_qualifications": (
        "diferenciais",
        "diferencial",
        "será um diferencial",
        "serão diferenciais",
        "é um diferencial",
        "desejável",
        "desejáveis",
        "requisitos desejáveis",
        "conhecimentos desejáveis",
        "seria legal",
        "seria ótimo se você tivesse",
        "pontos extras",
        "extras",
        "plus",
        "bônus",
        "nice to have",
        "o que seria um diferencial",
    ),
    "role": (
        "descrição",
        "descrição da vaga",
        "descrição do cargo",
        "sobre a vaga",
        "sobre o cargo",
        "a vaga",
        "a oportunidade",
        "sobre a oportunidade",
        "o projeto",
        "projeto",
        "arquitetura do projeto",
        "stack",
        "nossa stack",
        "tecnologias",
    ),
    "team": (
        "nossa empresa",
        "a empresa",
        "sobre nós",
        "sobre a empresa",
        "quem somos",
        "nossa startup",
        "nosso time",
        "o time",
        "a equipe",
        "nossa equipe",
        "nossa missão",
        "nossos valores",
        "nossa cultura",
        "por que trabalhar conosco",
        "por que nós",
    ),
    "benefits": (
        "benefícios",
        "beneficios",
        "nossos benefícios",
        "benefícios / diferenciais",
        "o que oferecemos",
        "oferecemos",
        "o que você vai receber",
        "o que você terá",
        "o que te oferecemos",
        "vantagens",
    ),
    "pay": (
        "salário",
        "salario",
        "remuneração",
        "faixa salarial",
        "pretensão salarial",
        "contratação",
        "regime",
        "regime de contratação",
    ),
    "process": (
        "como se candidatar",
        "como participar",
        "como aplicar",
        "candidatura",
        "candidate-se",
        "processo seletivo",
        "etapas do processo",
        "etapas do processo seletivo",
        "seleção",
        "entrevista",
        "teste",
        "feedback",
        "tempo médio de feedbacks",
        "interessados",
        "contato",
    ),
    "other": (
        "local",
        "localização",
        "local de trabalho",
        "alocação",
        "modelo de trabalho",
        "carga horária",
        "horário",
        "contrato",
        "nível",
        "linguagem",
        "labels",
        "informações",
        "informações adicionais",
        "observações",
    ),
}

HEADINGS_KIND_AFTER_QUALIFICATIONS: dict[str, str] = {
    "o que te espera": "benefits",
}

HEADINGS_KEYWORDS_BY_KIND: dict[str, tuple[str, ...]] = {
    "preferred_qualifications": ("diferencia", "desejáve", "desejável", "plus", "bônus"),
    "responsibilities": (
        "responsabilidade",
        "atribuiç",
        "atividades",
        "funções",
        "desafios",
        "dia a dia",
    ),
    "basic_qualifications": (
        "requisito",
        "obrigatório",
        "qualificaç",
        "perfil",
        "habilidades",
        "conhecimentos",
        "procuramos",
        "buscamos",
    ),
    "benefits": ("benefício", "oferecemos", "vantagens"),
    "pay": ("salári", "remuneraç"),
    "process": ("candidatar", "candidatura", "processo seletivo", "seleção", "entrevista"),
    "team": ("empresa", "sobre nós", "quem somos", "nosso time", "o time", "equipe"),
    "role": ("descrição", "sobre a vaga", "projeto"),
}

HEADINGS_LEADINS: tuple[str, ...] = (
    r"[^:\n]{0,120}?as principais (?:atividades|atribuições|responsabilidades) (?:serão|são)",
    r"(?:suas|as) (?:principais )?(?:atividades|atribuições|responsabilidades|funções)"
    r"(?: (?:serão|são|incluem|incluirão)[^:\n]{0,40})?",
    r"(?:nesta|nessa) (?:vaga|posição|função),? você (?:vai|irá|será responsável por)"
    r"[^:\n]{0,60}",
    r"(?:como [^:\n]{1,80}?,? )?você (?:vai|irá|será responsável por|ficará responsável por)"
    r"[^:\n]{0,60}",
    r"(?:o\(a\)|o|a) profissional (?:irá|vai|será responsável por|terá)[^:\n]{0,120}",
)

HEADINGS_CLOSING_SENTENCES: tuple[str, ...] = (
    r"(?:somos|é) uma empresa (?:que valoriza|comprometida com) a (?:diversidade|inclusão)",
    r"(?:valorizamos|respeitamos|incentivamos) a diversidade",
    r"todas as (?:pessoas|candidaturas) (?:são|serão) (?:bem-vindas|consideradas)",
    r"(?:envie|mande|encaminhe) (?:seu|o seu) (?:cv|currículo|curriculo)",
    r"(?:candidate-se|inscreva-se) (?:já|agora|aqui|pelo|pela)",
    r"(?:interessados|interessadas) (?:devem|podem) (?:enviar|se candidatar|candidatar-se)",
)

SPLIT_ABBREVIATIONS: tuple[str, ...] = (
    "ex.",
    "p. ex.",
    "p.ex.",
    "aprox.",
    "máx.",
    "mín.",
    "min.",
    "max.",
    "sr.",
    "sra.",
    "dr.",
    "dra.",
    "prof.",
    "eng.",
    "av.",
    "nº.",
    "n.º",
    "no.",
    "tel.",
    "pág.",
    "vs.",
    "obs.",
    "jan.",
    "fev.",
    "mar.",
    "abr.",
    "jun.",
    "jul.",
    "ago.",
    "set.",
    "out.",
    "nov.",
    "dez.",
    "t.i.",
    "ti.",
    "h.",
    "hs.",
    "hrs.",
    "sr.",
    "jr.",
    "pl.",
    "sp.",
    "rj.",
)
# abbreviations that close an enumeration or a name: before a capitalised word they end a
# sentence
FINAL_ABBREVIATIONS: tuple[str, ...] = (
    "etc.",
    "ltda.",
    "s.a.",
    "s/a.",
    "cia.",
)
# capitalised words that open a list item (infinitives of duties): a new run-on item starts
# where one follows a plain word
ITEM_STARTERS: frozenset[str] = frozenset(
    """
    Acompanhar Administrar Analisar Apoiar Atuar Automatizar Colaborar Construir
    Contribuir Coordenar Criar Definir Desenvolver Documentar Elaborar Garantir Gerenciar
    Identificar Implementar Integrar Liderar Manter Melhorar Otimizar Organizar Participar
    Planejar Propor Realizar Supervisionar Trabalhar
    """.split()
)
# lower-case words after which the text goes on (articles, prepositions, conjunctions)
CONNECTORS: frozenset[str] = frozenset(
    """
    o a os as um uma uns umas de do da dos das e ou mas em no na nos nas com sem por pelo
    pela para sobre entre como que seu sua seus suas nosso nossa é são
    """.split()
)

# --- requirements (conventions: the ``REQ_*`` bullet of :mod:`.en`) --------------------------
NUMBER_WORDS: dict[str, int] = {
    "um": 1,
    "uma": 1,
    "dois": 2,
    "duas": 2,
    "três": 3,
    "tres": 3,
    "quatro": 4,
    "cinco": 5,
    "seis": 6,
    "sete": 7,
    "oito": 8,
    "nove": 9,
    "dez": 10,
    "onze": 11,
    "doze": 12,
    "treze": 13,
    "catorze": 14,
    "quatorze": 14,
    "quinze": 15,
    "dezesseis": 16,
    "dezasseis": 16,
    "dezessete": 17,
    "dezassete": 17,
    "dezoito": 18,
    "dezenove": 19,
    "dezanove": 19,
    "vinte": 20,
}
REQ_YEAR_WORDS: tuple[str, ...] = ("anos", "ano")
REQ_MONTH_WORDS: tuple[str, ...] = ("meses", "mês", "mes")
REQ_EXPERIENCE_WORDS: tuple[str, ...] = ("experiência", "de atuação", "atuando", "vivência")
REQ_COUNT_FOLLOWERS: tuple[str, ...] = (
    "de",
    "em",
    "como",
    "na",
    "no",
    "com",
    "atuando",
    "trabalhando",
)
REQ_MIN_PHRASES: tuple[str, ...] = (
    "pelo menos",
    "no mínimo",
    "mínimo",
    "minimo",
    "mínimo de",
    "mais de",
    "acima de",
    "+",
    "cerca de",
    "aproximadamente",
    "a partir de",
)
REQ_PLUS_PHRASES: tuple[str, ...] = ("+", "ou mais", "no mínimo", "pelo menos")
REQ_RANGE_WORDS: tuple[str, ...] = ("-", "–", "—", "a", "ou", "e", "até")
REQ_NOT_EXPERIENCE_YEARS: tuple[str, ...] = (
    "há mais de",
    "há",
    "desde",
    "nos próximos",
    "nos últimos",
    "a cada",
    "contrato de",
)
# ``mais de 30 anos de mercado``: the employer's age
REQ_NOT_EXPERIENCE_AFTER: tuple[str, ...] = (
    "atrás",
    "de idade",
    "de história",
    "de mercado",
    "de tradição",
    "de existência",
)
REQ_NOT_EXPERIENCE_CONTEXTS: tuple[str, ...] = (
    "período de experiência",
    "período de adaptação",
    "contrato de experiência",
)

REQ_DEGREES_BY_LEVEL: dict[str, tuple[str, ...]] = {
    "high_school": (
        "ensino médio",
        "ensino medio",
        "ensino médio completo",
        "ensino secundário",
        "12º ano",
        "curso profissional",
    ),
    # ``técnico`` alone is an adjective (``conhecimento técnico``): only as a qualification
    "associate": (
        "curso técnico",
        "ensino técnico",
        "formação técnica",
        "técnico [em]",
        "tecnólogo",
        "tecnologo",
        "curso superior de tecnologia",
        "ctesp",
    ),
    # ``Ensino superior`` names no level: bachelor (ANNOTATION.md); ``cursando`` (in progress)
    # is still the degree
    "bachelor": (
        "graduação",
        "graduacao",
        "graduado [em]",
        "graduada [em]",
        "bacharelado",
        "bacharel",
        "licenciatura",
        "licenciado [em]",
    ),
    "master": (
        "mestrado",
        "mestre [em]",
        "pós-graduação",
        "pos-graduacao",
        "pós graduação",
        "especialização",
        "mba",
        "mestrado integrado",
    ),
    "doctorate": (
        "doutorado",
        "doutoramento",
        "doutor [em]",
        "phd",
    ),
}
REQ_DEGREE_ABBREVIATIONS: tuple[str, ...] = ()
REQ_COMPOUND_DEGREES: tuple[str, ...] = ()
REQ_UNLEVELED_DEGREES: tuple[str, ...] = (
    "ensino superior",
    "ensino superior completo",
    "nível superior",
    "formação superior",
    "formação superior completa",
    "curso superior",
    "superior completo",
    "faculdade",
)
REQ_NOT_DEGREES: tuple[str, ...] = ("scrum master", "master data")
REQ_OR_WORDS: tuple[str, ...] = ("ou",)
REQ_AND_WORDS: tuple[str, ...] = ("e", "com")
REQ_FIELD_CLOSERS: tuple[str, ...] = (
    "áreas afins",
    "afins",
    "similares",
    "correlatas",
    "áreas correlatas",
)
REQ_FIELD_PREPOSITIONS: tuple[str, ...] = ("em",)
REQ_FIELD_ENDS: tuple[str, ...] = ("com", "é", "será")
REQ_NOT_FIELD_WORDS: tuple[str, ...] = ("um", "uma", "o", "a", "os", "as", "áreas", "similares")
REQ_EQUIVALENT_PHRASES: tuple[str, ...] = (
    "ou experiência equivalente",
    "ou experiência comprovada",
    "ou experiência na área",
    "ou conhecimento equivalente",
)
REQ_SAME_DEGREE_PHRASES: tuple[str, ...] = (
    "ou equivalente",
    "e áreas afins",
    "ou áreas afins",
    "ou similares",
    "ou correlatas",
)
REQ_PREFERRED_PHRASES: tuple[str, ...] = (
    "diferencial",
    "desejável",
    "desejáveis",
    "um plus",
    "bônus",
    "seria legal",
    "seria ótimo",
    "não obrigatório",
    "opcional",
)
REQ_PREFERRED_ADVERBS: tuple[str, ...] = ("preferencialmente", "de preferência", "idealmente")


# === workplace, employment type and visa sponsorship (read by posting/facts.py) ==========
# Portuguese: words and phrases of the workplace, employment-type and visa facts, as data.
#
# Conventions as in :mod:`.en` (phrases are lower-case regular expressions).
# --- workplace ---------------------------------------------------------------------------------
WORKPLACE_CUES: tuple[str, ...] = (
    "remot",
    "home office",
    "home-office",
    "homeoffice",
    "híbrid",
    "hibrid",
    "presencial",
    "no escritório",
    "teletrabalho",
    "à distância",
    "a distância",
    "🏢",
    "pandemia",
)
WORKPLACE_REMOTE: tuple[str, ...] = (
    r"\b(?:100\s?%|totalmente|completamente|integralmente)\s+(?:em\s+)?(?:remoto|home[- ]?office"
    r"|à distância|teletrabalho)\b",
    r"\b(?:trabalho|modalidade|vaga|regime|posição) (?:100\s?% )?(?:é |será )?remot[oa]\b",
    r"\bde forma remota\b",
    r"\bem remoto\b",
    r"\btrabalhar de (?:qualquer lugar|onde quiser|casa)\b",
)
WORKPLACE_HYBRID: tuple[str, ...] = (
    r"\b(?:modelo|regime|trabalho|modalidade|formato) h[íi]brido\b",
)
WORKPLACE_ONSITE: tuple[str, ...] = (
    r"\b(?:vaga|trabalho|modalidade|regime|posição)\b(?:\s+[\w:]+){0,3}?\s+presencial\b",
    r"\b100\s?% presencial\b",
)
WORKPLACE_TELEWORK: tuple[str, ...] = (r"\bhome[- ]?office\b", r"\bteletrabalho\b")
WORKPLACE_REMOTE_WORDS: tuple[str, ...] = (r"\bremot[oa]\b", r"\bà distância\b")
WORKPLACE_FULL: tuple[str, ...] = (r"100\s?%", r"totalmente", r"integralmente")
WORKPLACE_OFFICE: tuple[str, ...] = (r"\bno escritório\b", r"\bna empresa\b")
WORKPLACE_DAYS_PER_WEEK: tuple[str, ...] = (
    r"(?P<n>{num})(?:\s*(?:-|–|a|ou)\s*(?P<m>{num}))?\s*dias?\s+(?:\w+\s+){0,2}?"
    r"(?:por|na|/)\s*semana",
)
WORKPLACE_DAYS_PER_MONTH: tuple[str, ...] = ()
WORKPLACE_PARTIAL: tuple[str, ...] = (
    r"\bpart-time (?:no escritório|em casa|home[- ]?office)\b",
    r"\bmetade\b",
)
WORKPLACE_FULL_WEEK: tuple[str, ...] = (
    r"\bde segunda a sexta\b",
    r"\btodos os dias\b",
)
WORKPLACE_PERCENT_NOT: tuple[str, ...] = (r"\bviage",)
WORKPLACE_NEGATION_BEFORE: tuple[str, ...] = (r"não", r"sem", r"nao")
WORKPLACE_NEGATION_AFTER: tuple[str, ...] = (r"(?:não é|nao e) (?:possível|permitido)",)
WORKPLACE_CLAUSE_EXCLUSIONS: tuple[str, ...] = (r"\bexceto\b", r"\bsalvo\b")
WORKPLACE_SENTENCE_EXCLUSIONS: tuple[str, ...] = (
    r"\bentrevistas?\b",
    r"\breuni(?:ão|ões)\b",
    r"\bencontros\b(?! durante)",
)
WORKPLACE_NOT_AFTER: tuple[str, ...] = ()
WORKPLACE_NOT_BEFORE: tuple[str, ...] = (r"aux[íi]lio", r"ajuda de custo", r"experiência")
WORKPLACE_ROLE_SUBJECT: tuple[str, ...] = (r"\b(?:esta|essa) vaga\b", r"\ba vaga (?:é|será)\b")
WORKPLACE_LABELS: dict[str, str] = {
    "remoto": "remote",
    "100% remoto": "remote",
    "trabalho remoto": "remote",
    "home office": "hybrid",
    "híbrido": "hybrid",
    "hibrido": "hybrid",
    "presencial": "onsite",
    "🏢 flexível": "hybrid",
    "🏢 remoto": "remote",
    "🏢 presencial": "onsite",
    "🏢 híbrido": "hybrid",
}
WORKPLACE_TAGS: dict[str, str] = {}
WORKPLACE_LASTING_MARKERS: tuple[str, ...] = (r"\bp[óo]s[- ]?pandemia\b",)
WORKPLACE_COUNTRY_ALIASES: dict[str, str] = {
    "Brasil": "BR",
    "Estados Unidos": "US",
    "Alemanha": "DE",
    "Espanha": "ES",
}

# --- employment type ---------------------------------------------------------------------------
EMPLOYMENT_CUES: tuple[str, ...] = (
    "pj",
    "clt",
    "estági",
    "estagi",
    "temporári",
    "tempo integral",
    "meio período",
    "meio periodo",
    "horas",
    "freelanc",
    "efetiv",
)
EMPLOYMENT_TYPES: dict[str, tuple[str, ...]] = {
    "full_time": (r"\btempo integral\b", r"\bperíodo integral\b"),
    "part_time": (r"\bmeio[- ]per[íi]odo\b", r"\bmeio expediente\b"),
    "contract": (r"\bfreelancer?s?\b",),
    "temporary": (r"\btempor[áa]ri[oa]\b", r"\bcontrato por prazo determinado\b"),
    "internship": (
        r"\b(?:estágio|estagio)\b(?!\s+(?:probatório|inicial|avançado))",
        r"\bestagi[áa]ri[oa]s?\b",
    ),
}
EMPLOYMENT_TYPES_CASED: dict[str, tuple[str, ...]] = {"contract": (r"\bPJ\b",)}
EMPLOYMENT_MODIFIERS: tuple[str, ...] = ()
EMPLOYMENT_NOT_AFTER: tuple[str, ...] = (
    r"(?:no|na|em) (?:escritório|casa|empresa)",
    r"home[- ]?office",
)
EMPLOYMENT_NOT_AFTER_FAR: tuple[str, ...] = (r"curso", r"graduação")
EMPLOYMENT_NOT_BEFORE: tuple[str, ...] = (
    r"\befetiva\w*",
    r"\bque a\s+$",
    r"experiência\w*\s+(?:em\s+|de\s+|com\s+)?$",
)
EMPLOYMENT_HOURS: tuple[str, ...] = (
    r"(?P<lo>\d{2})(?:\s*(?:-|–|a)\s*(?P<hi>\d{2}))?\s*horas\s*(?:/\s*|por\s+)?"
    r"(?:semanais|semana)\b",
)
EMPLOYMENT_FULL_TIME_MIN_HOURS = 35
EMPLOYMENT_PART_TIME_MAX_HOURS = 30
# More weekly hours than this describe overtime peaks, not the job's schedule.
EMPLOYMENT_SCHEDULE_MAX_HOURS = 48
EMPLOYMENT_FIELD_KEYS: tuple[str, ...] = (
    r"\bcontrata[çc][ãa]o\b",
    r"\bregime\b",
    r"\bcontrato\b",
    r"\bcarga horária\b",
)
EMPLOYMENT_LABELS: dict[str, str] = {
    "pj": "contract",
    "temporário": "temporary",
    "estágio": "internship",
    "tempo integral": "full_time",
    "meio período": "part_time",
    "freelancer": "contract",
}
EMPLOYMENT_JSONLD: dict[str, str] = {}

# --- visa sponsorship --------------------------------------------------------------------------
VISA_CUES: tuple[str, ...] = ("visto", "patrocín", "patrocin", "nacionalidade", "cidadan")
VISA_NO: tuple[str, ...] = (
    r"\bn[ãa]o\b(?:\s+[\w-]+){0,4}?\s+patrocin\w*\s+(?:\w+\s+)?vistos?",
    r"\bsem patrocínio\b",
)
VISA_YES: tuple[str, ...] = (
    r"\b(?:patrocin\w*|patrocínio|apoio com|ajuda com)\s+(?:o\s+|de\s+|do\s+)?vistos?\b",
)
VISA_CITIZENS_ONLY: tuple[str, ...] = (
    r"\bnacionalidade\s+brasileira\b(?:\s+(?:é\s+)?(?:obrigatória|exigida|necessária))?",
)
VISA_PARTIAL: tuple[str, ...] = (r"\bpara todas as vagas\b",)
VISA_CITIZEN_ALTERNATIVES: tuple[str, ...] = (r"\bresiden", r"\bpermiss[ãa]o de trabalho")
VISA_EEO: tuple[str, ...] = (r"\bindependente\w*\b", r"\bdiscrimina", r"\bsem distinção\b")


# === pay ranges (read by posting/pay.py) ==========================================================
# Pay: Portuguese words and phrases, read by :mod:`pay`.  Data only (see :mod:`.en`).
PAY_NUMBER_LOCALE = "pt_BR"

PAY_KIND_CUES: dict[str, str] = {
    "salário": "base",
    "salario": "base",
    "salarial": "base",
    "salário base": "base",
    "salário inicial": "base",
    "salário fixo": "base",
    "faixa salarial": "base",
    "remuneração total": "total",
    "OTE": "ote",
    "remuneração": "unknown",
    "remuneracao": "unknown",
    "compensação": "unknown",
    "pagamento": "unknown",
}

PAY_BASE_CONTEXT: tuple[str, ...] = ("salário base", "salário fixo", "salário mensal")

PAY_NOT_PAY_CUES: tuple[str, ...] = (
    "aporte",
    "investimento",
    "investimentos",
    "rodada",
    "faturamento",
    "receita",
    "volume",
    "transações",
    "vale",
    "VR",
    "VA",
    "VT",
    "auxílio",
    "auxilio",
    "ajuda de custo",
    "reembolso",
    "orçamento",
    "bônus",
    "bonus",
    "preço",
    "custo",
    "clientes",
    "plano",
    "seguro",
    "pretensão",
    "gympass",
    "desconto",
    "valuation",
)

PAY_NOT_PAY_NOUNS: tuple[str, ...] = (
    "de auxílio",
    "de vale",
    "de bônus",
    "em vale",
    "de ajuda",
    "de reembolso",
    "de aporte",
    "em investimento",
    "de faturamento",
    "mensais em",
)

PAY_REFERS_BACK: tuple[str, ...] = (
    "este",
    "esta",
    "estes",
    "estas",
    "isso",
    "isto",
    "esse",
    "essa",
)

# Words after a figure that add something to it: a not-pay noun after one of them
# (``$135,000 plus bonus``) is not about the figure.
PAY_ADDITIVE_WORDS: tuple[str, ...] = ("mais", "e", "com", "além")

PAY_PERIOD_UNITS: dict[str, str] = {
    "hora": "hour",
    "h": "hour",
    "dia": "day",
    "semana": "week",
    "quinzena": "biweekly",
    "mês": "month",
    "mes": "month",
    "ano": "year",
}
PAY_PERIOD_PREFIXES: tuple[str, ...] = ("por", "ao", "à", "a cada", "p/")

PAY_PERIOD_WORDS: dict[str, str] = {
    "mensais": "month",
    "mensal": "month",
    "mensalmente": "month",
    "brutos mensais": "month",
    "anuais": "year",
    "anual": "year",
    "por ano": "year",
    "por hora": "hour",
}
PAY_PERIOD_CUES: dict[str, str] = {
    "salário mensal": "month",
    "remuneração mensal": "month",
    "mensal": "month",
    "mensais": "month",
    "anual": "year",
    "anuais": "year",
    "por hora": "hour",
}
PAY_GROSS_WORDS: tuple[str, ...] = ("brutos", "bruto", "líquidos", "líquido", "CLT", "PJ")

PAY_RANGE_WORDS: tuple[str, ...] = ("a", "à", "até", "ao")
PAY_BETWEEN: tuple[str, ...] = ("entre",)
PAY_BETWEEN_AND: tuple[str, ...] = ("e",)
PAY_UP_TO: tuple[str, ...] = ("até", "máximo", "no máximo", "máximo de")
PAY_FROM: tuple[str, ...] = ("a partir de", "mínimo", "no mínimo", "pelo menos", "mínimo de")

PAY_THOUSAND_WORDS: tuple[str, ...] = ("mil",)
PAY_MAGNITUDE_WORDS: tuple[str, ...] = (
    "milhões",
    "milhão",
    "mi",
    "bi",
    "bilhões",
    "bilhão",
    "tri",
)

# Words before the pay words of a heading that are not part of a scope name (``The``).
PAY_SCOPE_STOPWORDS: tuple[str, ...] = ("o", "a", "os", "as", "nosso", "nossa", "sua", "max", "min")

PAY_QUALIFIER_PATTERNS: tuple[str, ...] = ()
