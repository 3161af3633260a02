"""Rules as data: vocabularies, phrases and named thresholds, no logic.

Nothing here imports from the rest of the package; the stages read these tables.  Language
words live in one module per language — adding a language is adding one module with the same
constants as :mod:`.en` and listing it in :data:`LANGUAGES`.  Employer-specific phrases are
kept apart in :mod:`.employers`; language-free tables (characters, limits) have their own
modules.
"""

from __future__ import annotations

from types import ModuleType

from . import de, en, es, fr, it, nl, pt

# ISO 639-1 code -> the module of that language's rules
LANGUAGES: dict[str, ModuleType] = {
    "en": en,
    "de": de,
    "fr": fr,
    "es": es,
    "pt": pt,
    "it": it,
    "nl": nl,
}

# the languages the language identifier chooses between (ISO 639-1): the languages of the rule
# modules and the other languages postings are commonly written in
IDENTIFIED_LANGUAGES: frozenset[str] = frozenset(
    """
    en de fr es pt it nl pl sv da no fi cs sk sl hr sr bg ro hu el tr ru uk lt lv et ca eu gl
    ja zh ko ar he hi id ms vi th
    """.split()
)
