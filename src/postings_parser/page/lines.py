"""What a single line of a page reads as, by its form and the page vocabulary of ``rules``:
a media file name (``SfM.gif``), a photo credit (``Credit: Glynis Condon``), a byline
(``By Staff writer``), a date (``August 21, 2020``), a link of the site's header or footer
(``Privacy Notice``), a cookie notice, a copyright line, prose (a sentence that ends with its
full stop).

The page stages build on these: captions before an article's title, its dek, the site's
boilerplate after the last posting.  Every test reads a bounded part of one line.
"""

from __future__ import annotations

from typing import Any

import regex

from ..rules import LANGUAGES
from ..rules.limits import MAX_CREDIT_LINE, MAX_FOOTER_NOTICE, MAX_LINK_LINE, MAX_LINK_WORDS


def _vocabulary(name: str) -> list[Any]:
    """The entries of the page table ``name`` of every language that has one."""
    return [entry for module in LANGUAGES.values() for entry in getattr(module, name, ())]


def _alternation(entries: list[str], *, literal: bool) -> str:
    words = sorted({regex.escape(e) if literal else e for e in entries}, key=len, reverse=True)
    return "|".join(words)


# a file name with an image's or a video's extension: ``SfM.gif``, ``Larry Davis.jpeg``
_MEDIA = _alternation(_vocabulary("PAGE_MEDIA_EXTENSIONS"), literal=True)
_FILE_NAME = regex.compile(rf"[^/\\]{{0,119}}[^\s/\\]\.(?:{_MEDIA})", regex.IGNORECASE)
_CREDIT = regex.compile(
    rf"(?:{_alternation(_vocabulary('PAGE_CREDIT_OPENERS'), literal=False)})", regex.IGNORECASE
)
_BYLINE = regex.compile(
    rf"(?:{_alternation(_vocabulary('PAGE_BYLINE_OPENERS'), literal=True)})[ ]+\p{{Lu}}",
    regex.IGNORECASE,
)
_MONTHS = _alternation(
    [m for mod in LANGUAGES.values() for m in getattr(mod, "MONTHS", {})], literal=True
)
# ``August 21, 2020``, ``Aug. 21, 2020``, ``21 August 2020``
_DATE = regex.compile(
    rf"(?:(?:{_MONTHS})\.?[ ]+\d{{1,2}},?[ ]+\d{{4}}|\d{{1,2}}\.?[ ]+(?:{_MONTHS})\.?[ ]+\d{{4}})",
    regex.IGNORECASE,
)
_SITE_LINK = _alternation(_vocabulary("PAGE_SITE_LINKS"), literal=True)
# the site's links, one or several in a row (``Privacy Notice Conditions of Use``,
# ``Privacy | Conditions of Use``)
_SITE_LINKS = regex.compile(
    rf"(?:{_SITE_LINK})(?:(?:[ ]*[|·•/,][ ]*|[ ]+)(?:{_SITE_LINK}))*", regex.IGNORECASE
)
_COOKIE = regex.compile(
    rf"\b(?:{_alternation(_vocabulary('PAGE_COOKIE_WORDS'), literal=True)})\b", regex.IGNORECASE
)
_COPYRIGHT = regex.compile(
    rf"(?:{_alternation(_vocabulary('PAGE_COPYRIGHT_WORDS'), literal=True)})", regex.IGNORECASE
)
# first-person words as written or capitalised (``We``), not in capitals (``US``)
_FIRST_PERSON_WORDS = [
    w for word in _vocabulary("PAGE_FIRST_PERSON_WORDS") for w in (word, word.capitalize())
]
_FIRST_PERSON = regex.compile(rf"\b(?:{_alternation(_FIRST_PERSON_WORDS, literal=True)})\b")
# the end of a sentence: a full stop or exclamation mark, a closing quote or bracket
_PROSE_END = regex.compile(r"[.!…][\"”’)\]]?$")
# a sentence boundary inside a line: a word of two lower-case letters or digits, perhaps a
# closing quote, its full stop, a space and a capital (``U.S. Army``, ``e.g. The``, ``Dr. Smith``
# are not)
_SENTENCE_BREAK = regex.compile(r"(?<=[\p{Ll}\d]{2})[\"”’)]?[.!?][\"”’)]?[ ]+[\"“]?\p{Lu}")


def is_file_name(line: str) -> bool:
    """``SfM.gif``, ``Larry Davis.jpeg``: a file name with an image's or a video's extension."""
    return len(line) <= MAX_LINK_LINE * 2 and _FILE_NAME.fullmatch(line) is not None


def is_credit(line: str) -> bool:
    """``Credit: Glynis Condon``, ``Photo by …``: a short line opened by a credit word."""
    return len(line) <= MAX_CREDIT_LINE and _CREDIT.match(line) is not None


def is_byline(line: str) -> bool:
    """``By Staff writer``: a short line opened by the byline word and a name."""
    return len(line) <= MAX_LINK_LINE * 2 and _BYLINE.match(line) is not None


def is_date(line: str) -> bool:
    """``August 21, 2020``: the whole line is a date."""
    return len(line) <= MAX_LINK_LINE and _DATE.fullmatch(line) is not None


def is_site_link(line: str) -> bool:
    """``Privacy Notice``, ``Privacy | Conditions of Use``: the line is the site's links, one
    or several."""
    if len(line) > MAX_LINK_LINE * 2:
        return False
    return _SITE_LINKS.fullmatch(line.strip(" :›»>|·•")) is not None


def is_notice(line: str) -> bool:
    """A cookie notice, or a short copyright line (``© 1996-2026 Amazon.com, Inc. or its
    affiliates``)."""
    if len(line) <= MAX_CREDIT_LINE and _COPYRIGHT.search(line) is not None:
        return True
    return len(line) <= MAX_FOOTER_NOTICE and _COOKIE.search(line) is not None


def is_site_boilerplate(line: str) -> bool:
    """A line of the site's header or footer: its links, a cookie notice, a copyright line."""
    return is_site_link(line) or is_notice(line)


def is_link_like(line: str) -> bool:
    """A short line of a few words without sentence punctuation (a link of a list)."""
    return (
        len(line) <= MAX_LINK_LINE
        and len(line.split()) <= MAX_LINK_WORDS
        and line[:1].isalnum()
        and not regex.search(r"[.!?,;:]$", line)
    )


def is_prose(line: str) -> bool:
    """A line that ends as a sentence does (``… held in conjunction with ECCV 20.``)."""
    return _PROSE_END.search(line) is not None


def speaks_in_first_person(line: str) -> bool:
    """Whether ``line`` holds a first-person word (``we``, ``our``, ``I``)."""
    return _FIRST_PERSON.search(line) is not None


def sentence_count(line: str) -> int:
    """How many sentences ``line`` holds, by its sentence boundaries."""
    return 1 + len(_SENTENCE_BREAK.findall(line))
