"""Location codes: ``COUNTRY, [REGION,] City`` lines, checked against ISO 3166 with pycountry.

``US, WA, Seattle`` is ISO 3166-1 ``US``, ISO 3166-2 ``US-WA``, city ``Seattle``; ``IL, Tel Aviv``
has no region.  A line may name several locations, separated by ``|``, ``;``, ``/`` or a bullet.
Codes ISO 3166 does not know (``ZZ, QQ, Nowhere``) are kept and flagged ``valid=False``.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

from ..models import Location
from ..page.markers import LOCATION_LIST, MAX_LOCATION_LINE


@lru_cache(maxsize=4096)
def _country_name(code: str) -> str | None:
    country = pycountry.countries.get(alpha_2=code)
    return None if country is None else str(country.name)


@lru_cache(maxsize=4096)
def _region_name(country: str, region: str) -> str | None:
    sub = pycountry.subdivisions.get(code=f"{country}-{region}")  # type: ignore[no-untyped-call]
    return None if sub is None else str(sub.name)


_Parsed = tuple[tuple[str, str, str | None, str, str | None, str | None, bool, int, int], ...]


@lru_cache(maxsize=8192)
def _parse_line(raw: str) -> _Parsed:
    """The locations of a line, without offsets into the page: a pure function of the line,
    memoised because pages repeat the same few lines (``US, WA, Seattle``)."""
    m = LOCATION_LIST.fullmatch(raw)
    if m is None:
        return ()
    regions = dict(zip(m.starts("region"), m.captures("region"), strict=True))
    parsed = []
    for (start, _), country, (city_start, end), city in zip(
        m.spans("country"), m.captures("country"), m.spans("city"), m.captures("city"), strict=True
    ):
        region = next((r for s, r in regions.items() if start < s < city_start), None)
        country_name = _country_name(country)
        region_name = _region_name(country, region) if region and country_name else None
        valid = country_name is not None and (region is None or region_name is not None)
        parsed.append(
            (raw[start:end], country, region, city, country_name, region_name, valid, start, end)
        )
    return tuple(parsed)


def parse_locations(raw: str, offset: int = 0) -> list[Location]:
    """Parse a location line; ``[]`` when it is not one (see :func:`is_location_line`).

    ``offset`` is where ``raw`` stands in the normalized text; the locations' offsets include it.
    """
    if len(raw) > MAX_LOCATION_LINE:
        return []
    parsed = _parse_line(raw)
    return [
        Location(
            raw=text,
            country=country,
            region=region,
            city=city,
            country_name=country_name,
            region_name=region_name,
            valid=valid,
            start=offset + start,
            end=offset + end,
        )
        for text, country, region, city, country_name, region_name, valid, start, end in parsed
    ]
