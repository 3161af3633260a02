"""Rules as data: vocabularies, phrases and named thresholds, no logic.

Nothing here imports from the rest of the package; the stages read these tables.  Language
words live in one module per language (``en`` first); employer-specific phrases are kept apart
in :mod:`.employers`; language-free tables (characters, limits) have their own modules.
"""
