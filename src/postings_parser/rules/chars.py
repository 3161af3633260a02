"""The characters normalization rewrites, each written once; the normalize layer derives its
sets from these.

Every line break other than ``\\n`` becomes ``\\n``, every space below becomes ``' '``,
invisible characters and control characters are removed, lone surrogates become U+FFFD
(``normalize.text.clean``, on plain text and on markup before it is rendered).  The text nodes
of the HTML rendering are brought to the same form (``normalize.html``).
"""

from __future__ import annotations

# carriage return, vertical tab, form feed: each becomes "\n" ("\r\n" is one line break)
ASCII_LINE_BREAKS = "\r\x0b\x0c"
# next line, line separator, paragraph separator: each becomes "\n"
UNICODE_LINE_BREAKS = "\x85\u2028\u2029"
LINE_BREAKS = ASCII_LINE_BREAKS + UNICODE_LINE_BREAKS
# tab, no-break space, Ogham space, en quad ... hair space (U+2000-U+200A), narrow no-break
# space, medium mathematical space, ideographic space: each becomes " "
SPACES = "\t\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
# zero-width space, non-joiner and joiner, word joiner, BOM (zero-width no-break space), soft
# hyphen: removed
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# C0 controls that are neither line breaks nor tab, and DEL: removed, and counted in a warning
CONTROLS = "".join(map(chr, [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]))
# lone surrogates (a str from outside can hold them; decoded bytes cannot): each becomes U+FFFD,
# and is counted in a warning
SURROGATES = "".join(map(chr, range(0xD800, 0xE000)))
REPLACEMENT_CHARACTER = "\ufffd"
