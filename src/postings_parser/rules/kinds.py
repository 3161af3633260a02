"""The kinds of section a posting has, language-free: what the heading tables map to."""

from __future__ import annotations

# sections whose body is a list of items
LIST_KINDS = frozenset(
    {"responsibilities", "basic_qualifications", "preferred_qualifications", "day_in_the_life"}
)
# the sections whose items are the posting's required qualifications, and its nice-to-haves
REQUIRED_KINDS = frozenset({"basic_qualifications"})
PREFERRED_KINDS = frozenset({"preferred_qualifications"})
