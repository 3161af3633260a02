"""The table of section headings real postings use, and what each kind of heading means.

One table, read by the sections stage: a heading is recognised by the phrases below, on a line
of its own (``## **What You'll Do**``, ``<p><strong>Responsibilities:</strong></p>``) or glued
into flattened text (``… business judgement. Key job responsibilities Develop …``,
``…effectiveness.ResponsibilitiesDevelop …``).  Phrases are regular expressions matched
case-insensitively against the whole heading; ``'`` stands for either apostrophe.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

try:  # the standard library's own parser of patterns (CPython 3.11+), to read the table
    import re._constants as _sre  # type: ignore[import-not-found]
    import re._parser as _sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - another Python: every capital is a candidate
    _sre = _sre_parse = None

# kind -> phrases.  Order matters only for reading; a heading matches at most one phrase.
HEADING_TABLE: dict[str, tuple[str, ...]] = {
    "responsibilities": (
        r"key (?:job |role )?responsibilities",
        r"(?:job |position |primary |main |core |your |role |major |essential )?"
        r"responsibilities(?: of the role| include| and duties)?",
        r"(?:key |job |main |essential )?duties(?: (?:and|&) responsibilities)?",
        r"what (?:you'll|you will|you'd|you would|you'll get to|you will get to) "
        r"(?:do|be doing|work on|own|achieve|accomplish)(?: in this role| here| day[- ]to[- ]day)?",
        r"what the (?:selected |successful )?(?:candidate|role|person) will (?:do|be doing)",
        r"here's what you'll do",
        r"in this role,? you(?:'ll| will)(?: get to)?",
        r"in this position,? you(?:'ll| will)",
        r"(?:the|a) successful candidate will",
        # a few other languages' equivalents
        r"(?:tus |sus |principales )?responsabilidades(?: del puesto| principales)?",
        r"(?:vos |tes )?(?:missions|responsabilités)(?: principales)?",
        r"(?:ihre |deine |deine neuen |ihre neuen )?aufgaben",
        r"o que (?:você|voce) (?:vai|irá) fazer",
        r"lo que (?:harás|haras)",
        r"you will(?:\.\.\.|…)?",
        r"you'll(?:\.\.\.|…)",
        r"your (?:impact|mission|responsibilities|day[- ]to[- ]day|role)"
        r"(?: in (?:the |this )?role)?",
        r"the difference you will make",
        r"how you(?:'ll| will) (?:make an impact|contribute)",
        r"(?:what )?you(?:'ll| will) be responsible for",
        r"role responsibilities",
        r"day[- ]to[- ]day(?: responsibilities)?",
    ),
    "day_in_the_life": (
        r"a day in the life",
        r"a typical day",
        r"what (?:a|your) typical day (?:looks|will look) like",
    ),
    "role": (
        r"about (?:the|this) (?:role|position|opportunity|job)(?: (?:and|&) (?:the )?team)?",
        r"the (?:role|opportunity|position)",
        r"role (?:overview|summary|description)",
        r"(?:job |position )?(?:overview|summary|description)",
    ),
    "team": (
        r"about (?:the|our|this) team",
        r"(?:meet|join) the team",
        r"the team",
        r"team (?:overview|description)",
        r"the community you will join",
    ),
    "company": (
        r"about (?:us|the company|amazon|aws|uber)",
        r"who we are",
        r"why (?:aws|amazon|join us|us|work with us)\??",
        r"our (?:mission|company|culture|values)",
    ),
    "basic_qualifications": (
        r"(?:basic|minimum|required|key|position|job|your|essential)"
        r"(?:/(?:basic|minimum|required))? "
        r"(?:qualifications|requirements|skills|experience)",
        r"qualifications(?: and (?:skills|experience))?",
        r"requirements",
        r"(?:(?:necessary|required|essential|key|relevant) )?(?:skills|experience)(?: and| &) "
        r"(?:experience|qualifications|skills|requirements)",
        r"requisitos(?: básicos| mínimos)?",
        r"(?:profil|votre profil|ton profil|dein profil|ihr profil|qualifikationen)",
        r"what (?:you'll|you will|you) (?:need|bring)",
        r"what you'll bring to the (?:table|team|role)",
        r"what (?:we're|we are) looking for",
        r"(?:we're|we are) looking for",
        r"what we need (?:from|of) you",
        r"what we look for",
        r"who you are",
        r"who you (?:might|may|could|should) be",
        r"the (?:right|ideal|successful) (?:candidate|leader|person|applicant|hire)"
        r"(?: will| should)? (?:have|has|bring|brings|possess)",
        r"about you",
        r"you have",
        r"you(?:'re| are) probably a match if",
        r"you (?:might|may|could) be a (?:good|great) fit if",
        r"what you should have",
        r"must[- ]haves?",
        r"the experience you'll bring",
        r"your (?:expertise|experience|background|profile|skills)",
        r"(?:we'd|we would) love to hear from you if",
        r"to be successful in this role",
        r"(?:minimum|basic) qualifications? and experience",
        r"what (?:the candidate|you) will need(?: / bonus points)?",
        r"what we (?:can )?expect (?:from|of) you",
        r"what you(?:'ll|'d| will)? ?(?:need|have)",
        r"what youll have",
        r"position requires",
        r"(?:basic|minimum) requirements",
        r"who thrives here",
        r"required",
    ),
    "preferred_qualifications": (
        r"(?:preferred|desired|desirable|additional|bonus|nice[- ]to[- ]have)"
        r"(?:(?:/| or | and | & )(?:preferred|additional|desired))? "
        r"(?:qualifications|skills|experience|requirements)",
        r"nice[- ]to[- ]haves?",
        r"bonus points(?: if(?: you)?(?: have)?)?",
        r"(?:it's )?(?:a plus|even better) if(?: you(?: have)?)?",
        r"pluses",
        r"(?:additional|other)(?: or| and| &|/)? ?preferred (?:qualifications|skills|experience)",
        r"preferred",
    ),
    "benefits": (
        r"(?:our )?benefits(?: and perks)?",
        r"perks(?: and benefits)?",
        r"what we offer",
        r"compensation(?: and benefits)?",
        r"(?:pay|salary) (?:range|transparency)",
        r"inclusive team culture",
        r"work/life balance",
        r"work-life balance",
        r"(?:mentorship|training) (?:&|and) career growth",
        r"diverse experiences",
        r"hybrid work",
        r"key opportunities",
        r"why you'll love (?:it here|working here|this role)",
        r"how we'll take care of you",
        r"what's in it for you\??",
        r"(?:[a-z ]{0,30})?(?:annual )?pay range",
    ),
    "other": (
        r"what makes this role unique",
        r"export control(?: requirements?)?",
        r"equal (?:employment )?opportunity(?: employer)?",
        r"where and how you can work",
        r"(?:your )?location",
        r"our commitment to (?:inclusion|diversity)[a-z &]{0,30}",
        r"what success looks like",
        r"(?:physical|travel|schedule|other|additional|security|work) requirements",
        r"working conditions",
        r"work environment",
        r"success attributes",
    ),
}

# Sentences that close a posting (equal opportunity, accommodations, pay, culture statements):
# where one starts, the list before it has ended even though no heading says so.
CLOSING_SENTENCES = (
    r"(?:[\w,' ]{0,40})?(?:is |are |as )?an? equal[- ](?:employment[- ])?opportunity",
    r"we (?:do not|don't) discriminate",
    r"if you (?:want|need|require) (?:an? )?(?:reasonable )?accommodation",
    r"inclusion is an? \w+ value",
    r"the \w+ culture (?:attracts|is)",
    r"(?:generally, )?our compensation structure",
    r"the (?:base )?(?:pay|salary) range for this",
    r"(?:[\w]+ )?(?:provides|offers) comprehensive benefits",
    r"this job posting may span",
)

# Headings that may stand glued inside flattened text.  A one-word heading is matched inline
# only where punctuation or a glued capital marks it off, never between two plain words.
INLINE_MIN_WORDS = 2


def _prefixes(items: list[Any], prefix: str, out: set[str | None], spaces: int = 0) -> None:
    """Every two-word prefix a parsed phrase can start with (``key job ``, ``responsibilities``);
    None where it cannot be listed."""
    if not items:
        out.add(prefix)
        return
    op, av = items[0]
    rest = items[1:]
    if op is _sre.LITERAL:
        ch = chr(av)
        if ch == " " and spaces == 1:
            out.add(prefix + " ")  # two words are enough to tell a heading from prose
        else:
            _prefixes(rest, prefix + ch, out, spaces + (ch == " "))
    elif op is _sre.IN and all(o is _sre.LITERAL for o, _ in av):
        for _, code in av:
            _prefixes([(_sre.LITERAL, code), *rest], prefix, out, spaces)
    elif op is _sre.SUBPATTERN:
        _prefixes([*av[-1], *rest], prefix, out, spaces)
    elif op is _sre.BRANCH:
        for alternative in av[1]:
            _prefixes([*alternative, *rest], prefix, out, spaces)
    elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[1] == 1:
        if av[0] == 0:
            _prefixes(rest, prefix, out, spaces)
        _prefixes([*av[2], *rest], prefix, out, spaces)
    else:
        out.add(None)


def _first_variants(word: str) -> set[str]:
    """How the first word of a heading is written inline: capitalised or in capitals."""
    return {word[:1].upper() + word[1:], word.upper()}


def trie_pattern(words: list[str], ends: Mapping[str, str] | None = None) -> str:
    """One regular expression that matches any of ``words``, shaped as a trie, so that the engine
    rejects a position after a character or two instead of trying every word.  ``ends`` gives a
    pattern that must follow a word (none by default); it must not start with a character a
    word of the trie can continue with, so that the longest match is still the one found."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = (ends or {}).get(word, "")

    def emit(node: dict[str, Any]) -> str:
        # what may end a word last: an end that can match nothing must not cut a longer word
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        branches += [node[""]] if "" in node else []
        if branches == [""]:
            return ""
        optional = "" in branches
        branches = [b for b in branches if b]
        one = len(branches) == 1 and not optional
        body = branches[0] if one else "(?:" + "|".join(branches) + ")"
        return body + "?" if optional else body

    return emit(trie)


def phrase_starts(phrase: str) -> frozenset[str] | None:
    """The lower-case starts (first two words) a phrase of the table can begin with, or None
    where they cannot be listed (``… annual pay range``)."""
    if _sre_parse is None:  # pragma: no cover
        return None
    found: set[str | None] = set()
    _prefixes(list(_sre_parse.parse(phrase.replace("'", "['’]"))), "", found)
    if None in found:
        return None
    return frozenset(p.lower() for p in found if p)


def inline_start_pattern(starts: Iterable[str]) -> str:
    """A pattern for the places where a heading of the table may start inside flattened text,
    from the :func:`phrase_starts` of its phrases.

    The first word capitalised or in capitals, then the second word in any case (``Key job``,
    ``KEY JOB``, ``Your Day-to-Day``); a phrase whose start cannot be listed (``… annual pay
    range``) is matched on a line of its own only.
    """
    if _sre_parse is None:  # pragma: no cover
        return r"[^\W\d_]"
    # the first word in its two cases, then the words that may follow it in any case
    rests: dict[str, set[str]] = {}
    for start in starts:
        first, space, rest = start.partition(" ")
        for variant in _first_variants(first):
            rests.setdefault(variant, set()).add(space + rest)
    ends = {first: _case_blind(trie_pattern(sorted(r))) for first, r in rests.items()}
    return trie_pattern(sorted(rests), ends)


def _case_blind(pattern: str) -> str:
    """``pattern`` matched without regard to case."""
    return f"(?i:{pattern})" if pattern else ""
