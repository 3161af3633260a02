"""German rules as data: section headings, lead-ins, closing sentences, abbreviations, and the
vocabulary of degree and years-of-experience requirements.  Plain constants, no logic; the
conventions are those of :mod:`.en` (phrases lower case, markup / emoji / numbering /
trailing colon or question mark removed before matching; regular expressions bounded).

Postings write ``du`` / ``dich`` / ``dein`` and ``Sie`` / ``Ihr`` forms; both are listed.
``(m/w/d)`` and similar gender tags are removed by the reader before matching.
"""

from __future__ import annotations

HEADINGS_BY_KIND: dict[str, tuple[str, ...]] = {
    "responsibilities": (
        "aufgaben",
        "deine aufgaben",
        "ihre aufgaben",
        "unsere aufgaben für dich",
        "deine neuen aufgaben",
        "ihre neuen aufgaben",
        "deine hauptaufgaben",
        "ihre hauptaufgaben",
        "hauptaufgaben",
        "deine kernaufgaben",
        "ihre kernaufgaben",
        "kernaufgaben",
        "aufgabenbereich",
        "ihr aufgabenbereich",
        "dein aufgabenbereich",
        "aufgabengebiet",
        "ihr aufgabengebiet",
        "dein aufgabengebiet",
        "aufgabenbeschreibung",
        "aufgaben und verantwortlichkeiten",
        "verantwortlichkeiten",
        "deine verantwortlichkeiten",
        "ihre verantwortlichkeiten",
        "aufgaben, die dich wachsen lassen",
        "tätigkeiten",
        "deine tätigkeiten",
        "ihre tätigkeiten",
        "tätigkeitsbereich",
        "dein tätigkeitsbereich",
        "ihr tätigkeitsbereich",
        "tätigkeitsbeschreibung",
        "was du tun wirst",
        "was du bei uns tust",
        "was du bei uns machst",
        "was sie bei uns tun",
        "was dich erwartet",
        "was sie erwartet",
        "das erwartet dich",
        "das erwartet sie",
        "das sind deine aufgaben",
        "das sind ihre aufgaben",
        "das machst du bei uns",
        "das machen sie bei uns",
        "das wird dein job",
        "deine rolle",
        "ihre rolle",
        "deine rolle bei uns",
        "deine mission",
        "ihre mission",
        "deine herausforderungen",
        "ihre herausforderungen",
        "ihre herausforderung",
        "deine herausforderung",
        "dein job",
        "ihr job",
        "dein beitrag",
        "was wirst du tun",
        "was erwartet dich",
        "was erwartet sie",
        "was sind deine aufgaben",
        "wie du uns unterstützt",
        "so unterstützt du uns",
        "so unterstützen sie uns",
        "wofür wir dich brauchen",
        "dein einsatzgebiet",
        "ihr einsatzgebiet",
        "einsatzgebiet",
    ),
    "basic_qualifications": (
        "qualifikation",
        "qualifikationen",
        "deine qualifikation",
        "deine qualifikationen",
        "ihre qualifikation",
        "ihre qualifikationen",
        "profil",
        "dein profil",
        "ihr profil",
        "anforderungen",
        "anforderungsprofil",
        "unsere anforderungen",
        "muss-anforderungen",
        "voraussetzungen",
        "deine voraussetzungen",
        "ihre voraussetzungen",
        "das bringst du mit",
        "das bringen sie mit",
        "was du mitbringst",
        "was sie mitbringen",
        "was du mitbringen solltest",
        "was sie mitbringen sollten",
        "was wir von dir erwarten",
        "was wir von ihnen erwarten",
        "was wir erwarten",
        "das erwarten wir von dir",
        "das erwarten wir von ihnen",
        "das wünschen wir uns von dir",
        "das wünschen wir uns von ihnen",
        "was wir uns von dir wünschen",
        "was wir uns wünschen",
        "das zeichnet dich aus",
        "das zeichnet sie aus",
        "was dich auszeichnet",
        "was sie auszeichnet",
        "deine stärken",
        "ihre stärken",
        "deine stärken die wir in unserem team brauchen",
        "deine fähigkeiten",
        "ihre fähigkeiten",
        "deine fähigkeiten, die uns begeistern",
        "deine skills",
        "ihre skills",
        "deine kenntnisse",
        "ihre kenntnisse",
        "deine erfahrung",
        "ihre erfahrung",
        "über dich",
        "über sie",
        "wen wir suchen",
        "wen suchen wir",
        "wer du bist",
        "wer sie sind",
        "du bringst mit",
        "sie bringen mit",
        "du hast",
        "sie haben",
        "damit überzeugst du uns",
        "damit überzeugen sie uns",
        "womit du uns überzeugst",
        "hard facts",
        "fachliche anforderungen",
        "must-haves",
        "must-have",
    ),
    "preferred_qualifications": (
        "wünschenswert",
        "wünschenswerte qualifikationen",
        "wünschenswerte kenntnisse",
        "von vorteil",
        "das ist von vorteil",
        "vorteilhaft",
        "idealerweise",
        "idealerweise bringst du mit",
        "idealerweise bringen sie mit",
        "pluspunkte",
        "ein plus",
        "bonuspunkte",
        "nice-to-have",
        "nice to have",
        "kann-anforderungen",
        "optionale anforderungen",
        "was uns zusätzlich freut",
        "worüber wir uns freuen",
        "darüber freuen wir uns",
        "wir freuen uns außerdem über",
        "optional",
    ),
    "role": (
        "über die stelle",
        "über den job",
        "über die position",
        "über die rolle",
        "die stelle",
        "die position",
        "die rolle",
        "stellenbeschreibung",
        "beschreibung",
        "jobbeschreibung",
        "zusammenfassung",
        "worum es geht",
        "darum geht's",
        "dein arbeitsumfeld",
        "ihr arbeitsumfeld",
        "technologien",
        "unser tech-stack",
        "tech-stack",
        "projekte",
        "ein tag bei uns",
        "dein arbeitsalltag",
        "ihr arbeitsalltag",
    ),
    "team": (
        "über uns",
        "wer wir sind",
        "wir über uns",
        "das sind wir",
        "unternehmen",
        "das unternehmen",
        "unser unternehmen",
        "unternehmensprofil",
        "firmenprofil",
        "unser team",
        "dein team",
        "ihr team",
        "das team",
        "unsere mission",
        "unsere vision",
        "unsere werte",
        "unsere kultur",
        "warum wir",
        "warum wir?",
        "warum zu uns",
        "wieso wir",
        "warum du zu uns passt",
    ),
    "benefits": (
        "benefits",
        "unsere benefits",
        "deine benefits",
        "ihre benefits",
        "wir bieten",
        "wir bieten dir",
        "wir bieten ihnen",
        "was wir bieten",
        "was wir dir bieten",
        "was wir ihnen bieten",
        "was wir anbieten",
        "das bieten wir",
        "das bieten wir dir",
        "das bieten wir ihnen",
        "unser angebot",
        "unser angebot an dich",
        "deine vorteile",
        "ihre vorteile",
        "deine perspektiven",
        "ihre perspektiven",
        "was dich bei uns erwartet",
        "was sie bei uns erwartet",
        "das erwartet dich bei uns",
        "das erwartet sie bei uns",
        "darauf kannst du dich freuen",
        "darauf können sie sich freuen",
        "worauf du dich freuen kannst",
        "ein umfeld, das dich stärkt",
        "deine vorteile bei uns",
        "unsere leistungen",
        "zusatzleistungen",
        "warum du bei uns arbeiten solltest",
    ),
    "pay": (
        "gehalt",
        "vergütung",
        "bezahlung",
        "gehaltsrahmen",
        "gehaltsspanne",
        "deine vergütung",
        "ihre vergütung",
        "verdienst",
    ),
    "process": (
        "bewerbung",
        "deine bewerbung",
        "ihre bewerbung",
        "so bewirbst du dich",
        "so bewerben sie sich",
        "wie bewerbe ich mich",
        "bewerbungsprozess",
        "bewerbungsverfahren",
        "dein weg zu uns",
        "ihr weg zu uns",
        "nächste schritte",
        "interesse geweckt",
        "haben wir dein interesse geweckt",
        "haben wir ihr interesse geweckt",
        "klingt nach deinem nächsten schritt",
        "bewirb dich jetzt",
        "jetzt bewerben",
        "kontakt",
        "ansprechpartner",
        "ansprechpartnerin",
        "dein ansprechpartner",
        "ihr ansprechpartner",
    ),
    "other": (
        "standort",
        "arbeitsort",
        "einsatzort",
        "arbeitszeit",
        "arbeitszeiten",
        "eintrittsdatum",
        "startdatum",
        "vertragsart",
        "anstellungsart",
        "hinweise",
        "sonstiges",
        "weitere informationen",
        "chancengleichheit",
        "vielfalt",
        "diversität",
    ),
}

HEADINGS_KIND_AFTER_QUALIFICATIONS: dict[str, str] = {
    "was dich erwartet": "benefits",
    "was sie erwartet": "benefits",
    "das erwartet dich": "benefits",
    "das erwartet sie": "benefits",
    "was erwartet dich": "benefits",
    "was erwartet sie": "benefits",
}

HEADINGS_KEYWORDS_BY_KIND: dict[str, tuple[str, ...]] = {
    "preferred_qualifications": (
        "wünschenswert",
        "von vorteil",
        "nice to have",
        "pluspunkt",
        "kann-anforderung",
    ),
    "responsibilities": ("aufgabe", "tätigkeit", "verantwortlichkeit", "einsatzgebiet"),
    "basic_qualifications": (
        "profil",
        "qualifikation",
        "anforderung",
        "voraussetzung",
        "mitbringen",
        "bringst du mit",
        "bringen sie mit",
        "erwarten",
        "kenntnisse",
        "fähigkeiten",
        "skills",
    ),
    "benefits": ("benefits", "wir bieten", "vorteile", "angebot", "perspektive"),
    "pay": ("gehalt", "vergütung"),
    "process": ("bewerb", "kontakt", "ansprechpartner"),
    "team": ("über uns", "wer wir sind", "unternehmen", "unser team"),
    "role": ("über die stelle", "die rolle", "die position", "beschreibung"),
}

HEADINGS_LEADINS: tuple[str, ...] = (
    r"(?:deine|ihre|unsere) (?:aufgaben|tätigkeiten|schwerpunkte)"
    r"(?: (?:sind|umfassen)[^:\n]{0,40})?",
    r"(?:die )?folgenden aufgaben warten auf (?:dich|sie)",
    r"(?:dein|ihr) (?:bereich|aufgabenbereich|tätigkeitsbereich)(?: als [^:\n]{1,80})?",
    r"(?:als|in dieser rolle|in dieser position|bei uns) [^:\n]{0,80}?"
    r"(?:wirst du|werden sie|bist du|sind sie) [^:\n]{0,60}",
    r"(?:zu )?(?:deinen|ihren) (?:aufgaben|hauptaufgaben|kernaufgaben) (?:gehören|zählen)"
    r"(?: unter anderem| u\. ?a\.)?",
    r"(?:das )?(?:aufgabengebiet|aufgabenspektrum) umfasst(?: unter anderem| u\. ?a\.)?",
    r"du (?:wirst|übernimmst|kümmerst dich um|verantwortest)(?: unter anderem| u\. ?a\.)?",
    r"sie (?:werden|übernehmen|kümmern sich um|verantworten)(?: unter anderem| u\. ?a\.)?",
)

HEADINGS_CLOSING_SENTENCES: tuple[str, ...] = (
    r"wir freuen uns (?:auf|über) (?:deine|ihre) (?:bewerbung|kontaktaufnahme|nachricht)",
    r"(?:bewirb dich|bewerben sie sich) (?:jetzt|gleich|noch heute|online)",
    r"(?:dann )?(?:sende|schicke|senden sie|schicken sie) (?:uns )?(?:deine|ihre) "
    r"(?:bewerbung|unterlagen)",
    r"(?:haben wir|konnten wir) (?:dein|ihr) interesse geweckt",
    r"wir (?:begrüßen|schätzen) (?:vielfalt|bewerbungen)",
    r"(?:alle )?bewerbungen (?:sind|werden) unabhängig von",
    r"(?:bei uns )?(?:zählt|zählen) (?:nur )?(?:deine|ihre) (?:fähigkeiten|persönlichkeit)",
    r"unabhängig von (?:geschlecht|alter|herkunft|nationalität)",
    r"schwerbehinderte (?:menschen|bewerber)",
    r"wir sind ein(?:e)? (?:arbeitgeber|unternehmen),? (?:der|das) (?:vielfalt|chancengleichheit)",
    r"find more english speaking jobs in germany",
)

SPLIT_ABBREVIATIONS: tuple[str, ...] = (
    "z. b.",
    "z.b.",
    "z.b",
    "u. a.",
    "u.a.",
    "d. h.",
    "d.h.",
    "bzw.",
    "ca.",
    "evtl.",
    "ggf.",
    "inkl.",
    "exkl.",
    "zzgl.",
    "bspw.",
    "vgl.",
    "sog.",
    "mind.",
    "max.",
    "min.",
    "nr.",
    "str.",
    "tel.",
    "abt.",
    "dipl.",
    "ing.",
    "dipl.-ing.",
    "dr.",
    "prof.",
    "jh.",
    "jhd.",
    "s.",
    "insb.",
    "bes.",
    "allg.",
    "ggfs.",
    "mo.",
    "di.",
    "mi.",
    "do.",
    "fr.",
    "sa.",
    "so.",
    "jan.",
    "feb.",
    "aug.",
    "sept.",
    "okt.",
    "nov.",
    "dez.",
    "std.",
    "wg.",
    "zw.",
    "zt.",
    "z. t.",
    "z.t.",
    "i. d. r.",
    "i.d.r.",
    "u. u.",
    "u.u.",
    "v. a.",
    "v.a.",
    "e. v.",
    "e.v.",
    "m. e.",
    "o. g.",
    "o.g.",
    "lt.",
    "gem.",
    "bzgl.",
    "bzgl",
    "ehem.",
    "einschl.",
    "kl.",
)
# abbreviations that close an enumeration or a name: before a capitalised word they end a
# sentence
FINAL_ABBREVIATIONS: tuple[str, ...] = (
    "usw.",
    "etc.",
    "u. v. m.",
    "u.v.m.",
    "o. ä.",
    "o.ä.",
    "u. ä.",
    "u.ä.",
    "gmbh.",
)
# capitalised words that open a list item: none, since German capitalises every noun and a
# capital after a plain word is no sign of a new item
ITEM_STARTERS: frozenset[str] = frozenset()
# lower-case words after which the text goes on (articles, prepositions, conjunctions)
CONNECTORS: frozenset[str] = frozenset(
    """
    der die das den dem des ein eine einen einem einer eines und oder aber sowie sowohl
    als auch von vom zu zum zur mit für auf an am im in bei beim aus nach über unter durch gegen
    ohne um wie dass ob wenn unsere unser unseren unserem ihre ihr ihren ihrem deine dein deinen
    deinem sich ist sind wird werden hat haben bzw. z.b. etc. insbesondere
    """.split()
)

# --- requirements (conventions: the ``REQ_*`` bullet of :mod:`.en`) --------------------------
NUMBER_WORDS: dict[str, int] = {
    "ein": 1,
    "eine": 1,
    "einem": 1,
    "einen": 1,
    "einer": 1,
    "eins": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
    "zwanzig": 20,
}
# ``3-jährige``, ``zweijährige Berufserfahrung`` (a number word glued to its unit)
REQ_YEAR_WORDS: tuple[str, ...] = (
    "jahre",
    "jahren",
    "jahr",
    "jahres",
    "jährige",
    "jährigen",
    "jähriger",
    "jährig",
)
REQ_MONTH_WORDS: tuple[str, ...] = ("monate", "monaten", "monat")
# ``erfahrung`` also ends ``Berufserfahrung``, ``Praxiserfahrung``
REQ_EXPERIENCE_WORDS: tuple[str, ...] = ("erfahrung", "praxis")
REQ_COUNT_FOLLOWERS: tuple[str, ...] = (
    "im",
    "in",
    "als",
    "bei",
    "mit",
    "an",
    "praktische",
    "praktischer",
    "einschlägige",
    "einschlägiger",
    "relevante",
    "relevanter",
    "berufliche",
    "beruflicher",
    "fundierte",
)
REQ_MIN_PHRASES: tuple[str, ...] = (
    "mindestens",
    "von mindestens",
    "mind.",
    "min.",
    "wenigstens",
    "über",
    "mehr als",
    "ab",
    "ca.",
    "circa",
    "etwa",
    "rund",
    "nicht weniger als",
)
REQ_PLUS_PHRASES: tuple[str, ...] = ("+", "oder mehr", "und mehr", "oder länger", "plus")
REQ_RANGE_WORDS: tuple[str, ...] = ("-", "–", "—", "bis", "oder")
REQ_NOT_EXPERIENCE_YEARS: tuple[str, ...] = (
    "seit",
    "seit über",
    "seit mehr als",
    "in den nächsten",
    "in den letzten",
    "innerhalb von",
    "vor",
    "vor über",
    "vor mehr als",
    "alle",
    "nach",
    "befristet auf",
    "befristet für",
    "für die dauer von",
)
REQ_NOT_EXPERIENCE_AFTER: tuple[str, ...] = ("alt", "später", "danach", "jubiläum", "befristet")
REQ_NOT_EXPERIENCE_CONTEXTS: tuple[str, ...] = ("probezeit",)

REQ_DEGREES_BY_LEVEL: dict[str, tuple[str, ...]] = {
    # ``Ausbildung`` alone is also training in general (``Ausbildung von Mitarbeitern``): only as
    # a qualification
    "high_school": (
        "abitur",
        "fachabitur",
        "allgemeine hochschulreife",
        "fachhochschulreife",
        "mittlere reife",
        "realschulabschluss",
        "berufsausbildung",
        "abgeschlossene berufsausbildung",
        "fachausbildung",
        "[abgeschlossene] ausbildung",
        "[abgeschlossenen] ausbildung",
        "[abgeschlossener] ausbildung",
        "[eine] ausbildung",
        "[einer] ausbildung",
        "ausbildung [als]",
        "ausbildung [zum]",
        "ausbildung [zur]",
        "ausbildung [im]",
        "ausbildung [in]",
        "ausbildung [mit]",
        "kaufmännische ausbildung",
        "kaufmännischen ausbildung",
        "technische ausbildung",
        "technischen ausbildung",
        "duale ausbildung",
        "abgeschlossene lehre",
        "kaufmännische lehre",
        "gesellenbrief",
    ),
    "associate": (
        "staatlich geprüfter techniker",
        "staatlich geprüfte technikerin",
        "meisterbrief",
        "meisterprüfung",
        "fachwirt",
        "fachwirtin",
        "betriebswirt (ihk)",
    ),
    # ``Studium`` / ``Hochschulabschluss`` name no level: bachelor (ANNOTATION.md)
    "bachelor": (
        "fachhochschulstudium",
        "fachhochschulabschluss",
        "fh-studium",
        "fh-abschluss",
        "ingenieursstudium",
        "ingenieurstudium",
        "bachelor",
        "bachelorabschluss",
        "bachelor-abschluss",
        "bachelorstudium",
        "diplom (fh)",
        "dipl.-ing. (fh)",
    ),
    "master": (
        "master",
        "masterabschluss",
        "master-abschluss",
        "masterstudium",
        "diplom",
        "diplomstudium",
        "diplom-ingenieur",
        "dipl.-ing.",
        "magister",
        "staatsexamen",
        "mba",
    ),
    # ``Promotion`` is also an English and French word: only where it is the degree
    "doctorate": (
        "doktor",
        "doktortitel",
        "doktorat",
        "promoviert",
        "promovierte",
        "promovierter",
        "[abgeschlossene] promotion",
        "[eine] promotion",
        "[mit] promotion",
        "[oder] promotion",
        "[und] promotion",
        "promotion [im]",
        "promotion [in]",
        "phd",
    ),
}
REQ_DEGREE_ABBREVIATIONS: tuple[str, ...] = ()
# compounds: ``Informatikstudium``, ``BWL-Studium``
REQ_COMPOUND_DEGREES: tuple[str, ...] = ("studium", "hochschulabschluss", "hochschulstudium")
REQ_UNLEVELED_DEGREES: tuple[str, ...] = (
    "studium",
    "hochschulstudium",
    "hochschulabschluss",
    "hochschulausbildung",
    "universitätsabschluss",
    "universitätsstudium",
    "akademischer abschluss",
    "akademische ausbildung",
    "studienabschluss",
)
REQ_NOT_DEGREES: tuple[str, ...] = (
    "ausbildung von",
    "ausbildung der",
    "ausbildung des",
    "ausbildung neuer",
    "ausbildung unserer",
    "vergleichbare ausbildung",
    "vergleichbaren ausbildung",
    "neben dem studium",
    "neben deinem studium",
    "neben ihrem studium",
    "im studium",
    "scrum master",
)
REQ_OR_WORDS: tuple[str, ...] = ("oder", "bzw.", "beziehungsweise", "entweder")
REQ_AND_WORDS: tuple[str, ...] = ("und", "mit", "sowie")
REQ_FIELD_CLOSERS: tuple[str, ...] = (
    "vergleichbar",
    "ähnlich",
    "verwandte",
    "einem verwandten",
    "einem ähnlichen",
)
REQ_FIELD_PREPOSITIONS: tuple[str, ...] = (
    "der",
    "des",
    "im bereich",
    "im fach",
    "in einem",
    "in",
    "als",
    "mit schwerpunkt",
    "mit dem schwerpunkt",
)
REQ_FIELD_ENDS: tuple[str, ...] = ("an", "bei", "und das", "ist", "sind", "wäre", "von vorteil")
REQ_NOT_FIELD_WORDS: tuple[str, ...] = (
    "ein",
    "eine",
    "einem",
    "einer",
    "vergleichbar",
    "ähnlich",
    "entsprechend",
)
REQ_EQUIVALENT_PHRASES: tuple[str, ...] = (
    "oder vergleichbare qualifikation",
    "oder eine vergleichbare qualifikation",
    "oder ähnliche qualifikation",
    "oder eine ähnliche qualifikation",
    "oder gleichwertige qualifikation",
    "oder vergleichbare ausbildung",
    "oder eine vergleichbare ausbildung",
    "oder entsprechende … erfahrung",
    "oder gleichwertige … erfahrung",
    "oder vergleichbare … erfahrung",
    "oder mehrjährige … erfahrung",
    "bzw. vergleichbare qualifikation",
)
REQ_SAME_DEGREE_PHRASES: tuple[str, ...] = ("ausländischer abschluss", "anerkannter abschluss")
REQ_PREFERRED_PHRASES: tuple[str, ...] = (
    "wünschenswert",
    "von vorteil",
    "vorteilhaft",
    "ein plus",
    "ein pluspunkt",
    "pluspunkt",
    "wäre schön",
    "wäre toll",
    "gerne gesehen",
    "gern gesehen",
    "bevorzugt",
    "optional",
    "nice to have",
    "nice-to-have",
    "kein muss",
    "keine pflicht",
)
# adverbs that make a statement preferred only before what it asks (``idealerweise 3 Jahre``),
# not after (``5 Jahre, idealerweise im Umfeld …``)
REQ_PREFERRED_ADVERBS: tuple[str, ...] = ("idealerweise", "vorzugsweise", "wünschenswerterweise")


# === workplace, employment type and visa sponsorship (read by posting/facts.py) ==========
# German: words and phrases of the workplace, employment-type and visa facts, as data.
#
# Conventions as in :mod:`.en` (phrases are lower-case regular expressions).
# --- workplace ---------------------------------------------------------------------------------
WORKPLACE_CUES: tuple[str, ...] = (
    "homeoffice",
    "home-office",
    "home office",
    "mobiles arbeiten",
    "mobiles arbeit",
    "mobile arbeit",
    "telearbeit",
    "remote",
    "hybrid",
    "vor ort",
    "präsenz",
    "büro",
    "zu hause",
    "von zuhause",
    "homebase",
)
WORKPLACE_REMOTE: tuple[str, ...] = (
    r"\b(?:voll|vollständig|komplett|ausschließlich|100\s?%)[\s-]+remote\b",
    r"\bortsunabhängig(?:es)? (?:arbeiten|tätig)\b",
    r"\bvon überall (?:aus )?(?:arbeiten|tätig)\b",
)
WORKPLACE_HYBRID: tuple[str, ...] = (
    r"\bhybride[sn]? (?:arbeiten|arbeitsmodell|modell|arbeitsweise|arbeitszeitmodell)\b",
    r"\b(?:teilweise|anteilig) (?:remote|im home[- ]?office|mobil)\b",
)
WORKPLACE_ONSITE: tuple[str, ...] = (
    r"\b(?:ausschließlich|100\s?%|vollständig) (?:vor ort|im büro|in präsenz)\b",
    r"\bbüro ist unser\w* (?:homebase|zuhause|basis)\b",
    r"\bpräsenzpflicht\b",
)
WORKPLACE_TELEWORK: tuple[str, ...] = (
    r"\bhome[- ]?office\w*",
    r"\bmobile[sn]? arbeit(?:en)?\b",
    r"\btelearbeit\b",
    r"\bremote[- ]?arbeit\w*",
    r"\bvon zu ?hause\b",
)
WORKPLACE_REMOTE_WORDS: tuple[str, ...] = (r"\bremote\b", r"\bvon zu ?hause\b")
WORKPLACE_FULL: tuple[str, ...] = (
    r"voll",
    r"vollständig",
    r"komplett",
    r"ausschließlich",
    r"100\s?%",
)
WORKPLACE_OFFICE: tuple[str, ...] = (r"\bvor ort\b", r"\bpräsenz\b", r"\bim büro\b")
WORKPLACE_DAYS_PER_WEEK: tuple[str, ...] = (
    r"(?P<n>{num})(?:\s*(?:-|–|bis|oder)\s*(?P<m>{num}))?\s*(?:tage?n?|x)\s+(?:\w+\s+)?"
    r"(?:pro|die|in der|je|/)\s*woche",
    r"(?P<n>{num})(?:\s*(?:-|–|bis)\s*(?P<m>{num}))?\s+(?:tage?n?\s+)?(?:im\s+)?"
    r"(?:home[- ]?office|büro|mobil)",
)
WORKPLACE_DAYS_PER_MONTH: tuple[str, ...] = (r"(?P<n>{num})\s*(?:tage?n?)\s+(?:pro|im|je)\s*monat",)
WORKPLACE_PARTIAL: tuple[str, ...] = (
    r"\b(?:zweimal|einmal|dreimal) (?:pro|die|in der) woche\b",
    r"\bhälfte\b",
)
WORKPLACE_FULL_WEEK: tuple[str, ...] = (r"\bmontag\s*(?:-|–|bis)\s*freitag\b", r"\btäglich\b")
WORKPLACE_PERCENT_NOT: tuple[str, ...] = (r"\breise",)
WORKPLACE_NEGATION_BEFORE: tuple[str, ...] = (r"kein\w*", r"nicht", r"ohne")
WORKPLACE_NEGATION_AFTER: tuple[str, ...] = (r"(?:ist )?nicht (?:möglich|vorgesehen)",)
WORKPLACE_CLAUSE_EXCLUSIONS: tuple[str, ...] = (r"\bsofern nicht\b", r"\baußer\b")
WORKPLACE_SENTENCE_EXCLUSIONS: tuple[str, ...] = (r"\bje nach (?:rolle|position|team)\b",)
WORKPLACE_NOT_AFTER: tuple[str, ...] = (
    r"pauschale",
    r"zuschuss",
    r"ausstattung",
    r"budget",
    r"tools?",
    r"teams?",
    r"meetings?",
)
WORKPLACE_NOT_BEFORE: tuple[str, ...] = (r"erfahrung", r"zuschuss", r"ausstattung")
WORKPLACE_ROLE_SUBJECT: tuple[str, ...] = (r"\bdiese (?:rolle|position|stelle)\b",)
WORKPLACE_LABELS: dict[str, str] = {
    "remote": "remote",
    "voll remote": "remote",
    "100% remote": "remote",
    "hybrid": "hybrid",
    "homeoffice": "hybrid",
    "home office": "hybrid",
    "home-office": "hybrid",
    "mobiles arbeiten": "hybrid",
    "vor ort": "onsite",
}
WORKPLACE_TAGS: dict[str, str] = {}
WORKPLACE_LASTING_MARKERS: tuple[str, ...] = (r"\bnach der (?:pandemie|corona)\w*",)
WORKPLACE_COUNTRY_ALIASES: dict[str, str] = {
    "Deutschland": "DE",
    "Österreich": "AT",
    "Schweiz": "CH",
    "Niederlande": "NL",
    "Frankreich": "FR",
    "Spanien": "ES",
    "Italien": "IT",
    "Polen": "PL",
    "DACH": "DE",
}

# --- employment type ---------------------------------------------------------------------------
EMPLOYMENT_CUES: tuple[str, ...] = (
    "vollzeit",
    "teilzeit",
    "befrist",
    "festanstellung",
    "praktik",
    "werkstudent",
    "freelanc",
    "freiberuf",
    "stunden",
    "minijob",
    "aushilfe",
)
EMPLOYMENT_TYPES: dict[str, tuple[str, ...]] = {
    "full_time": (
        r"\bvollzeit\w*",
        r"\bunbefristet\w*",
        r"\bfestanstellung\b",
        r"\bfeste?s? anstellung\b",
    ),
    "part_time": (r"\bteilzeit\w*", r"\bminijob\b"),
    "contract": (r"\bfreiberuflich\w*", r"\bauf freelance[- ]?basis\b"),
    "temporary": (
        r"(?<!un)(?<!un)befristet\w*",
        r"\baushilfe\b",
        r"\bsaisonkraft\b",
        r"\bvertrag (?:auf|für) \d+ (?:monate|jahre)\b",
    ),
    "internship": (
        r"\bpraktikum\b",
        r"\bpraktikant(?:in|en|\*in|:in)?\b",
        r"\bpflichtpraktikum\b",
    ),
}
EMPLOYMENT_TYPES_CASED: dict[str, tuple[str, ...]] = {}
EMPLOYMENT_MODIFIERS: tuple[str, ...] = (r"vollzeit", r"teilzeit")
EMPLOYMENT_NOT_AFTER: tuple[str, ...] = (r"mitarbeiter\w*", r"beschäftigte\w*", r"kräfte")
EMPLOYMENT_NOT_AFTER_FAR: tuple[str, ...] = (r"studium", r"studiengang")
EMPLOYMENT_NOT_BEFORE: tuple[str, ...] = (
    r"erfahrung\w*\s+(?:in\s+)?$",
    r"\bjahre\w*\s+(?:in\s+)?$",
    r"\bdurch\s+$",
)
EMPLOYMENT_HOURS: tuple[str, ...] = (
    r"(?P<lo>\d{1,2})(?:\s*(?:-|–|bis)\s*(?P<hi>\d{1,2}))?[\s-]*(?:stunden|std\.?)"
    r"(?:[\s-]*(?:pro|die|in der|/)\s*woche|-woche)",
    r"\b(?P<lo>\d{1,2})(?:\s*(?:-|–|bis)\s*(?P<hi>\d{1,2}))?\s*wochenstunden\b",
    r"\bwochenarbeitszeit\s*(?:von|:)?\s*(?P<lo>\d{1,2})\b",
)
EMPLOYMENT_FULL_TIME_MIN_HOURS = 35
EMPLOYMENT_PART_TIME_MAX_HOURS = 30
# More weekly hours than this describe overtime peaks, not the job's schedule.
EMPLOYMENT_SCHEDULE_MAX_HOURS = 48
EMPLOYMENT_FIELD_KEYS: tuple[str, ...] = (
    r"\b(?:anstellungs|vertrags|beschäftigungs)art\b",
    r"\barbeitszeit\b",
)
EMPLOYMENT_LABELS: dict[str, str] = {
    "vollzeit": "full_time",
    "teilzeit": "part_time",
    "festanstellung": "full_time",
    "unbefristet": "full_time",
    "befristet": "temporary",
    "praktikum": "internship",
    "freelance": "contract",
    "freiberuflich": "contract",
}
EMPLOYMENT_JSONLD: dict[str, str] = {}

# --- visa sponsorship --------------------------------------------------------------------------
VISA_CUES: tuple[str, ...] = (
    "visum",
    "visa",
    "arbeitserlaubnis",
    "aufenthaltstitel",
    "staatsangehörigkeit",
    "staatsbürgerschaft",
)
VISA_NO: tuple[str, ...] = (
    r"\b(?:kein\w*|nicht)\b(?:\s+[\w-]+){0,4}?\s+(?:visa|visum|visa-sponsoring|sponsoring)",
    r"\b(?:visa|visum)\w*\b(?:\s+[\w-]+){0,4}?\s+(?:nicht|leider nicht)\b",
)
VISA_YES: tuple[str, ...] = (
    r"\b(?:unterstützen|helfen|begleiten)\b(?:\s+[\w-]+){0,5}?\s+(?:bei|beim)\s+(?:\w+\s+)?"
    r"(?:visum|visa|visaantrag|arbeitserlaubnis|aufenthaltstitel)",
    r"\bvisa[- ]?(?:sponsoring|unterstützung)\b",
)
VISA_CITIZENS_ONLY: tuple[str, ...] = (
    r"\b(?:deutsche|österreichische|schweizerische)\s+staats(?:angehörigkeit|bürgerschaft)"
    r"\b(?:\s+(?:ist\s+)?(?:erforderlich|vorausgesetzt|notwendig|voraussetzung))",
)
VISA_PARTIAL: tuple[str, ...] = (r"\bfür (?:alle|jede) (?:rollen?|stellen?|positionen?)\b",)
VISA_CITIZEN_ALTERNATIVES: tuple[str, ...] = (r"\baufenthalt", r"\barbeitserlaubnis")
VISA_EEO: tuple[str, ...] = (r"\bunabhängig\b", r"\bohne rücksicht\b", r"\bdiskrimin")


# === pay ranges (read by posting/pay.py) ==========================================================
# Pay: German words and phrases, read by :mod:`pay`.  Data only (see :mod:`.en`).
PAY_NUMBER_LOCALE = "de_DE"

PAY_KIND_CUES: dict[str, str] = {
    "Gehalt": "base",
    "Grundgehalt": "base",
    "Jahresgehalt": "base",
    "Bruttojahresgehalt": "base",
    "Jahresbruttogehalt": "base",
    "Monatsgehalt": "base",
    "Bruttomonatsgehalt": "base",
    "Bruttogehalt": "base",
    "Fixgehalt": "base",
    "Festgehalt": "base",
    "Einstiegsgehalt": "base",
    "Grundvergütung": "base",
    "Stundenlohn": "base",
    "Lohn": "base",
    "Gehaltsspanne": "base",
    "Gehaltsband": "base",
    "Gesamtvergütung": "total",
    "Gesamtpaket": "total",
    "Zieleinkommen": "ote",
    "Zielgehalt": "ote",
    "Vergütung": "unknown",
    "Verdienst": "unknown",
    "Bezahlung": "unknown",
    "Entlohnung": "unknown",
    "Entgelt": "unknown",
}

PAY_BASE_CONTEXT: tuple[str, ...] = (
    "Grundgehalt",
    "Jahresgehalt",
    "Fixgehalt",
    "Festgehalt",
    "Grundvergütung",
)

PAY_NOT_PAY_CUES: tuple[str, ...] = (
    "Finanzierung",
    "Finanzierungsrunde",
    "Umsatz",
    "Umsätze",
    "investiert",
    "Investition",
    "Investitionen",
    "Budget",
    "Weiterbildungsbudget",
    "Zuschuss",
    "Zuschüsse",
    "Pauschale",
    "Prämie",
    "Bonus",
    "Gutschein",
    "Gutscheine",
    "Kunden",
    "Kundinnen",
    "zahlen",
    "Preis",
    "Preise",
    "kostet",
    "Kosten",
    "Bewertung",
    "Mindestkapital",
    "Kapital",
    "Jobrad",
    "Essen",
    "Mittagessen",
    "Fahrtkosten",
    "Jobticket",
    "Deutschlandticket",
    "Sachbezug",
    "Rabatt",
    "Vermögen",
    "verwaltet",
    "Gehaltsvorstellung",
    "Gehaltswunsch",
)

PAY_NOT_PAY_NOUNS: tuple[str, ...] = (
    "Zuschuss",
    "Budget",
    "Weiterbildungsbudget",
    "Pauschale",
    "Prämie",
    "Bonus",
    "Gutschein",
    "Umsatz",
    "Finanzierung",
    "VC-Finanzierung",
    "Rabatt",
    "Sachbezug",
)

PAY_REFERS_BACK: tuple[str, ...] = ("dies", "diese", "dieser", "dieses", "das", "es")

# Words after a figure that add something to it: a not-pay noun after one of them
# (``$135,000 plus bonus``) is not about the figure.
PAY_ADDITIVE_WORDS: tuple[str, ...] = (
    "plus",
    "und",
    "zzgl",
    "zuzüglich",
    "mit",
    "sowie",
    "inkl",
    "inklusive",
    "exkl",
)

PAY_PERIOD_UNITS: dict[str, str] = {
    "Stunde": "hour",
    "Std.": "hour",
    "Std": "hour",
    "h": "hour",
    "Tag": "day",
    "Woche": "week",
    "Monat": "month",
    "Mon.": "month",
    "Jahr": "year",
}
PAY_PERIOD_PREFIXES: tuple[str, ...] = ("pro", "je", "im", "per", "in der", "in der Stunde")

PAY_PERIOD_WORDS: dict[str, str] = {
    "stündlich": "hour",
    "täglich": "day",
    "wöchentlich": "week",
    "monatlich": "month",
    "jährlich": "year",
    "p.a.": "year",
    "p. a.": "year",
    "pa": "year",
    "Jahresgehalt": "year",
    "Bruttojahresgehalt": "year",
    "Monatsgehalt": "month",
}
PAY_PERIOD_CUES: dict[str, str] = {
    "Stundenlohn": "hour",
    "stündlich": "hour",
    "Tagessatz": "day",
    "Monatsgehalt": "month",
    "Bruttomonatsgehalt": "month",
    "monatlich": "month",
    "Jahresgehalt": "year",
    "Bruttojahresgehalt": "year",
    "Jahresbruttogehalt": "year",
    "jährlich": "year",
    "Jahresbrutto": "year",
}
PAY_GROSS_WORDS: tuple[str, ...] = ("brutto", "Brutto", "bto.", "fix")

PAY_RANGE_WORDS: tuple[str, ...] = ("bis",)
PAY_BETWEEN: tuple[str, ...] = ("zwischen",)
PAY_BETWEEN_AND: tuple[str, ...] = ("und",)
PAY_UP_TO: tuple[str, ...] = ("bis zu", "bis", "maximal", "max.", "höchstens")
PAY_FROM: tuple[str, ...] = ("ab", "mindestens", "ab mindestens", "von mindestens", "min.")

# (a single letter is a multiplier glued to a code or symbol too: ``60 T€``, ``60TEUR``)
PAY_THOUSAND_WORDS: tuple[str, ...] = ("Tsd.", "Tsd", "tausend", "T")
PAY_MAGNITUDE_WORDS: tuple[str, ...] = (
    "Mio.",
    "Mio",
    "Millionen",
    "Million",
    "Mrd.",
    "Mrd",
    "Milliarden",
    "Milliarde",
)

# Words before the pay words of a heading that are not part of a scope name (``The``).
PAY_SCOPE_STOPWORDS: tuple[str, ...] = (
    "die",
    "der",
    "das",
    "unser",
    "unsere",
    "ihr",
    "ihre",
    "dein",
    "deine",
    "max",
    "min",
)

PAY_QUALIFIER_PATTERNS: tuple[str, ...] = (
    r"\b(?:[Ff]ür|[Ii]n) (?:den |die |der )?(?:Standort )?"
    r"(?P<q>[A-ZÄÖÜ][\wäöüß.-]+(?: [A-ZÄÖÜ][\wäöüß.-]+){0,2}) (?:gilt|beträgt|liegt)",
)
