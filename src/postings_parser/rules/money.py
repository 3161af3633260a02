"""Pay: language-neutral data (currency symbols, dashes, thresholds), read by
:mod:`..posting.pay`.

Plain constants, no logic.  Words of one language are in that language's rules module.
"""

from __future__ import annotations

# --- currencies ----------------------------------------------------------------------------
# Symbols (and symbol-like prefixes) -> ISO 4217 code.  An explicit code in the statement wins
# over a symbol; a symbol of PAY_SYMBOL_BY_COUNTRY takes the local currency of the posting's
# location instead (``$`` in Canada is CAD).  Longer forms are tried before shorter ones.
PAY_CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD",
    "US$": "USD",
    "U$S": "USD",
    "CA$": "CAD",
    "C$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "S$": "SGD",
    "SG$": "SGD",
    "HK$": "HKD",
    "MX$": "MXN",
    "R$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₪": "ILS",
    "₱": "PHP",
    "₦": "NGN",
    "₴": "UAH",
    "₫": "VND",
    "฿": "THB",
    "zł": "PLN",
    "Kč": "CZK",
    "Rs.": "INR",
    "Rs": "INR",
}

# Posting location (ISO 3166 alpha-2) -> the local currency written ``$`` there.
PAY_DOLLAR_BY_COUNTRY: dict[str, str] = {
    "CA": "CAD",
    "AU": "AUD",
    "NZ": "NZD",
    "SG": "SGD",
    "HK": "HKD",
    "MX": "MXN",
    "AR": "ARS",
    "CL": "CLP",
    "CO": "COP",
    "UY": "UYU",
    "TW": "TWD",
}

# ``Rs`` / ``Rs.`` by posting location (otherwise INR).
PAY_RUPEE_BY_COUNTRY: dict[str, str] = {
    "PK": "PKR",
    "LK": "LKR",
    "NP": "NPR",
    "MU": "MUR",
}

# Symbols whose currency depends on where the posting is (used when every location agrees).
PAY_SYMBOL_BY_COUNTRY: dict[str, dict[str, str]] = {
    "$": PAY_DOLLAR_BY_COUNTRY,
    "Rs": PAY_RUPEE_BY_COUNTRY,
    "Rs.": PAY_RUPEE_BY_COUNTRY,
}

# Currency names written after (or before) a figure, any language -> ISO code.
# Matched case-insensitively as whole words.
PAY_CURRENCY_WORDS: dict[str, str] = {
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "dollars": "USD",
    "dollar": "USD",
    "dólares": "USD",
    "reais": "BRL",
    "pesos": "MXN",
    "złotych": "PLN",
    "zloty": "PLN",
    "pounds sterling": "GBP",
    "francs suisses": "CHF",
    "Franken": "CHF",
    "rupees": "INR",
}

# Codes written today for obsolete or informal ones.
PAY_CODE_ALIASES: dict[str, str] = {
    "MXP": "MXN",
    "RMB": "CNY",
    "NIS": "ILS",
    "UKL": "GBP",
}

# Upper-case words that are ISO 4217 codes but far more often something else.
PAY_CODE_STOPWORDS: frozenset[str] = frozenset(
    {
        "ALL",
        "TOP",
        "CUP",
        "BOB",
        "MOP",
        "SOS",
        "PEN",
        "GEL",
        "MAD",
        "BAM",
        "AED",
        "XXX",
        "XTS",
        "XAU",
        "XAG",
        "XPT",
        "XPD",
        "XDR",
        "XUA",
        "XSU",
    }
)

# A JSON-LD salary object (schema.org JobPosting).
PAY_JSONLD_KEY = "baseSalary"
# JSON-LD ``unitText`` -> period.
PAY_JSONLD_UNITS: dict[str, str] = {
    "HOUR": "hour",
    "DAY": "day",
    "WEEK": "week",
    "MONTH": "month",
    "YEAR": "year",
}

# --- range punctuation -----------------------------------------------------------------------
# Dashes between the two ends of a range, as written (``\-`` escaped in Markdown), as HTML
# entities left in text, and as
# UTF-8 read as cp1252 (``–`` -> ``â€“``, with or without the two trailing bytes).
PAY_DASHES: tuple[str, ...] = (
    "\\-",
    "-",
    "–",
    "—",
    "‑",
    "‒",
    "―",
    "−",
    "~",
    "〜",
    "&ndash;",
    "&mdash;",
    "&#8211;",
    "&#8212;",
    "&#x2013;",
    "&#x2014;",
    "â€“",
    "â€”",
    "â",
)
# Characters that stand for spaces in mojibake / entity-laden text (``Â`` before U+00A0).
PAY_SPACE_FILLERS: tuple[str, ...] = ("Â", "&nbsp;", "&#160;")

# Multipliers written right after a figure (any language): ``$120K``.
PAY_THOUSAND_SUFFIXES: tuple[str, ...] = ("k", "K")
# Magnitudes of company money (any language): ``$15B``, ``$150M``, ``€1bn``.
PAY_MAGNITUDE_SUFFIXES: tuple[str, ...] = ("MM", "M", "B", "bn", "Bn", "BN", "mn", "tn", "T")

# --- periods -----------------------------------------------------------------------------------
# Period of a figure whose statement names none, by size (upper bounds, exclusive):
# below PAY_HOURLY_BELOW an hourly rate, below PAY_MONTHLY_BELOW a monthly salary, else yearly.
PAY_HOURLY_BELOW = 300.0
PAY_MONTHLY_BELOW = 20_000.0
# Markets that state salaries per month: figures below this bound are monthly there.
PAY_MONTHLY_MARKETS: dict[str, float] = {
    "BRL": 100_000.0,
    "MXN": 150_000.0,
    "PLN": 60_000.0,
    "ARS": 5_000_000.0,
    "CLP": 10_000_000.0,
    "COP": 30_000_000.0,
    "PEN": 30_000.0,
    "UYU": 500_000.0,
    "PKR": 2_000_000.0,
    "TRY": 500_000.0,
    "UAH": 500_000.0,
    "RON": 60_000.0,
    "CZK": 300_000.0,
    "HUF": 5_000_000.0,
    "INR": 200_000.0,
}

# --- windows and thresholds ---------------------------------------------------------------------
# Characters read before / after a currency cue when looking for the figures around it.
PAY_WINDOW_BEFORE = 40
PAY_WINDOW_AFTER = 100
# Money windows examined per text at most (a bound on the work pathological input can cause;
# a real posting states a few dozen figures at most).
PAY_MAX_WINDOWS = 400
# Characters read back for the statement (sentence, line and heading) that frames a figure.
PAY_CONTEXT_BEFORE = 300
# Characters read forward for the rest of the statement (kind, period, not-pay nouns).
PAY_CONTEXT_AFTER = 120
# Characters read before / after figures stated with no specific pay word for a paragraph that
# calls the pay a base salary (PAY_BASE_CONTEXT).
PAY_KIND_BEFORE = 500
PAY_KIND_AFTER = 150
# Words after a figure within which a not-pay noun (``stipend``) makes it not pay.
PAY_NOUN_WORDS_AFTER = 4
# Previous non-empty lines read as a heading for a figure that starts its line.
PAY_HEADING_LINES = 2
# A label naming the scope of the figures after it (``Spain: €100,000``) is at most this long.
PAY_LABEL_MAX = 60
# A name before the pay words of a heading (``United Kingdom Annual Pay Range``) has at most this
# many words.
PAY_SCOPE_WORDS = 4
# Characters from the start of a text searched for a label that repeats the job title.
PAY_TITLE_REACH = 50_000
# A heading line is at most this long (longer lines count only when they end with ``:``).
PAY_HEADING_MAX = 80
# A range that follows an accepted one within this many characters (same list or table)
# inherits its pay statement.
PAY_LIST_GAP = 160
# ... and has at most this many words between them, and no sentence end.
PAY_LIST_WORDS = 8
# Plausible size of a salary per period.  For the currencies of PAY_PLAUSIBLE_CURRENCIES, a
# period word of the statement that does not fit the figure gives way to its size; figures with
# a period but no pay word (``€107,000 - €174,000 per year`` under a job title) must fit it.
PAY_PLAUSIBLE: dict[str, tuple[float, float]] = {
    "hour": (1.0, 1_000.0),
    "day": (20.0, 5_000.0),
    "week": (100.0, 20_000.0),
    "biweekly": (200.0, 40_000.0),
    "month": (300.0, 100_000.0),
    "year": (5_000.0, 100_000_000.0),
}
PAY_PLAUSIBLE_CURRENCIES: frozenset[str] = frozenset(
    {"USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SGD", "IEP", "DKK", "SEK", "NOK"}
)
# A single figure and an ``up to`` figure at most this many characters later in the same
# sentence make one range (``$136,000/year in our lowest geographic market up to $260,000/year``).
PAY_JOIN_GAP = 100
# The unmarked end of a range is at most this many times the marked one (and not below it).
PAY_RANGE_MAX_RATIO = 5.0
# A thousands multiplier (``K``) applies only to figures below this (``$104,000-107,000k``).
PAY_MULTIPLIER_BELOW = 1000.0
# A following sentence refers back to the figures when a PAY_REFERS_BACK word is among its first
# this many words.
PAY_REFERS_BACK_WORDS = 5
# Figures below this are never pay (``$0``, ``€0.5``).
PAY_MIN_FIGURE = 1.0
# Locales tried, in order, after the posting's own when its number format does not fit.
PAY_FALLBACK_LOCALES: tuple[str, ...] = ("en_US", "de_DE", "fr_FR", "de_CH")
# A money figure has at most this many decimals (``164,955`` is not 164.955).
PAY_MAX_DECIMALS = 2
