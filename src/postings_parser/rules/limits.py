"""Named thresholds the stages read: lengths, reaches and caps, each with what it bounds.

Language-free numbers only; a stage that needs one imports it by name, so that every magic
number of the pipeline is listed, and tuned, here.
"""

from __future__ import annotations

# --- page ----------------------------------------------------------------------------------
# a location line is short: a longer line is prose, and is not matched at all
MAX_LOCATION_LINE = 400
# a posting lists a few locations; a longer run of location lines is cut into postings of this
# many, so that garbage input cannot make one posting of a million locations
MAX_LOCATION_LINES = 50
# an article's dek is the one short sentence under its title, of at least this many words
MAX_DEK = 250
MIN_DEK_WORDS = 4
# an article's question (an interview's) is a short line ending with ``?``
MAX_QUESTION = 250
# an article's title is a line of at least this many words and at most this many characters
MIN_TITLE_WORDS = 3
MAX_TITLE = 250
# captions, credits and file names before the title: the title is looked for in at most this
# many blocks from the page's start; a credit line is at most this long
MAX_LEAD_BLOCKS = 8
MAX_CREDIT_LINE = 200
# a link of a site's header or footer is a line of at most this many characters and words
MAX_LINK_LINE = 60
MAX_LINK_WORDS = 6
# a cookie notice or copyright line after the last posting is at most this long
MAX_FOOTER_NOTICE = 1500
# at most this many links before the first line the site's vocabulary names belong to the footer
MAX_FOOTER_LEAD = 3
# an inline teaser box (``Related content`` and one teaser) inside an article: the article goes
# on after it with prose; the teaser line is at most this long
MAX_TEASER_LINE = 300

# --- sections ------------------------------------------------------------------------------
# a heading on a line of its own is at most this long
MAX_HEADING_LINE = 120
# a line is a heading by its form (bold, capitals, a colon or question mark, an emoji) only when
# it has at most this many words; a short line that only its words call a heading has at most
# half as many
MAX_FORM_HEADING_WORDS = 8
# a lead-in (``… For this role, you will:``) is matched in at most this many characters before
# its colon
LEAD_IN_REACH = 240
# at most this many colons of a posting are tried as the end of a lead-in
MAX_LEAD_IN_CHECKS = 40
# a section body with a paragraph longer than this (and no bullets) is prose, not a list
MAX_LIST_LINE = 200
# a heading of at most this many words is read despite a misspelt word (``Responsabiliades``)
# of at least this many letters, one letter off a word of the tables
MAX_MISSPELT_WORDS = 3
MIN_MISSPELT_LENGTH = 8
# headings that may stand glued inside flattened text: a one-word heading is matched inline
# only where punctuation or a glued capital marks it off, never between two plain words
INLINE_MIN_WORDS = 2
# a markdown bold label (``**Label**``) is at most this long
MAX_BOLD_LABEL = 150

# --- responsibilities ----------------------------------------------------------------------
# the equal-opportunity closing sentence may open with up to 40 characters of its own
# (``Amazon is an equal …``); it names ``equal`` within its first this many characters
EQUAL_REACH = 52

# --- requirements --------------------------------------------------------------------------
# a requirement statement is at most this long
MAX_STATEMENT = 2000
# how far before its time word the number of a count of years may stand: in the longest
# (``thirteen (13)  plus to fourteen + years``) it starts 34 characters before ``years``
COUNT_REACH = 48
# at most this many words of each kind (units of time, degree names, ``N+``) of one posting are
# read: no real posting names a hundred; past them a garbage input costs time and memory
MAX_ANCHORS = 500
# the anchor words are looked for this many characters of a posting at a time (one list of
# every match of a long text would take many times its size)
SCAN_CHUNK = 65536
# a count of years is one of experience when ``experience`` stands within this many characters
# before it or after it (``Erfahrung in der Rollout-Logistik, nachgewiesen durch mindestens 3
# Rolloutprojekte über einen Zeitraum von 10 Jahren``)
EXPERIENCE_REACH_BEFORE = 120
EXPERIENCE_REACH_AFTER = 240
# the words that make a count of years one of time (``in the next 5 years``, ``in den letzten
# 5 Jahren``) stand within this many characters before it
TEMPORAL_REACH = 24
# a degree name inside a web address (``…/blob/master/…``) is not one: the address is looked
# for this many characters either side of it
URL_REACH = 200

# --- language ------------------------------------------------------------------------------
# the language is read from at most this many characters of a posting's body, and not at all
# from fewer than this many letters
LANGUAGE_SAMPLE = 120
MIN_LANGUAGE_SAMPLE = 20
