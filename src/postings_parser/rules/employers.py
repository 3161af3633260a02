"""Employer-specific phrases, kept apart from the generic tables of each language.

Headings that name an employer (``About Amazon``, ``Why AWS?``), by section kind; the
sections stage adds them after the generic phrases of the same kind.
"""

from __future__ import annotations

HEADINGS: dict[str, tuple[str, ...]] = {
    "company": (
        r"about (?:amazon|aws|uber)",
        r"why (?:aws|amazon)\??",
    ),
}
