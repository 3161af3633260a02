"""Employer-specific phrases, kept apart from the generic tables of each language.

Headings that name an employer (``About Amazon``, ``Why AWS?``), by section kind, written as
the language tables write theirs (plain lower-case headings); the sections stage reads them
after the tables of every language.
"""

from __future__ import annotations

HEADINGS: dict[str, tuple[str, ...]] = {
    "company": (
        "about amazon",
        "about aws",
        "about uber",
        "why aws",
        "why amazon",
    ),
}
