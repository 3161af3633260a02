"""Locations as :class:`Location` models, read by one normaliser (:mod:`.place`).

Code lines (``US, WA, Seattle`` is ISO 3166-1 ``US``, ISO 3166-2 ``US-WA``, city ``Seattle``;
``IL, Tel Aviv`` has no region) keep their codes as written; codes ISO 3166 does not know
(``ZZ, QQ, Nowhere``) are kept and flagged ``valid=False``.  Free text (``San Francisco, CA``,
``Remote - United States``, ``London; Stockholm``) is resolved to ISO 3166 codes.
"""

from __future__ import annotations

from ..models import Location, unvalidated
from ..page.markers import MAX_LOCATION_LINE
from . import place

# the pipeline builds its models from values its stages have checked (models.unvalidated)
_Location = unvalidated(Location)


def _location(p: place.Place, offset: int) -> Location:
    return _Location(
        raw=p.raw,
        country=p.country,
        region=p.region,
        city=p.city,
        remote=p.remote,
        country_name=p.country_name,
        region_name=p.region_name,
        valid=p.valid,
        start=offset + p.start,
        end=offset + p.end,
    )


def parse_location(text: str) -> list[Location]:
    """One :class:`Location` per place ``text`` names, in order (``;``, `` or ``, ``/``,
    repeated ``City, Country`` pairs); offsets are into ``text``.

    >>> [(x.country, x.region, x.city) for x in parse_location("San Francisco, CA")]
    [('US', 'CA', 'San Francisco')]
    """
    return [_location(p, 0) for p in place.parse_location(text)]


def parse_locations(raw: str, offset: int = 0) -> list[Location]:
    """The locations of a posting's location line (codes as written, unknown codes flagged
    ``valid=False``); ``[]`` when it is not one.

    ``offset`` is where ``raw`` stands in the normalized text; the locations' offsets include it.
    """
    if len(raw) > MAX_LOCATION_LINE:
        return []
    return [_location(p, offset) for p in place.code_places(raw) or ()]
