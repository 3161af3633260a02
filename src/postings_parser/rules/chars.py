"""The characters normalization rewrites, each written once; the normalize layer derives its
sets from these.

Every line break other than ``\\n`` becomes ``\\n``, every space below becomes ``' '``,
invisible characters, format characters and control characters are removed (a C1 control that
windows-1252 gives a meaning becomes that character), lone surrogates become U+FFFD
(``normalize.text.clean``, on plain text and on markup before it is rendered).  The text nodes
of the HTML rendering are brought to the same form (``normalize.html``).  Also here: the
encoding labels a page may declare that name another encoding (``normalize.decode``).
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
# hyphen: removed (silently: they are common in scraped text and change nothing a reader sees)
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


# the other format characters (Unicode category Cf, as of Unicode 14): removed, and counted in
# a warning, since they change how text displays (a right-to-left override shows a line in
# another order than it is written).  The Cf characters that are visible signs (Unicode's
# Prepended_Concatenation_Mark: the Arabic number signs U+0600-U+0605, U+06DD, U+0890-U+0891,
# U+08E2, Syriac U+070F, Kaithi U+110BD and U+110CD) stay: they are text.
FORMAT = "".join(
    map(
        chr,
        [
            0x061C,  # Arabic letter mark
            0x180E,  # Mongolian vowel separator
            0x200E, 0x200F,  # left-to-right mark, right-to-left mark
            *range(0x202A, 0x202F),  # bidi embeddings, pop, overrides
            *range(0x2061, 0x2065),  # invisible times, separator, plus; function application
            *range(0x2066, 0x2070),  # bidi isolates; deprecated format characters
            *range(0xFFF9, 0xFFFC),  # interlinear annotation
            *range(0x13430, 0x13439),  # Egyptian hieroglyph format controls
            *range(0x1BCA0, 0x1BCA4),  # shorthand format controls
            *range(0x1D173, 0x1D17B),  # musical symbol format controls
            0xE0001,  # language tag
            *range(0xE0020, 0xE0080),  # tag characters
        ],
    )
)  # fmt: skip
# C0 controls that are neither line breaks nor tab, and DEL: removed, and counted in a warning
CONTROLS = "".join(map(chr, [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]))
# C1 controls (U+0080-U+009F, next line aside: it is a line break).  In text they are almost
# always windows-1252 bytes read as ISO-8859-1 (``Microsoft\x92s``): those windows-1252 gives a
# meaning become that character, the five it leaves undefined are removed; all are counted in
# the control characters' warning
C1_CONTROLS = "".join(map(chr, [*range(0x80, 0x85), *range(0x86, 0xA0)]))
C1_AS_WINDOWS_1252 = {
    "\x80": "€", "\x82": "‚", "\x83": "ƒ", "\x84": "„", "\x86": "†", "\x87": "‡",
    "\x88": "ˆ", "\x89": "‰", "\x8a": "Š", "\x8b": "‹", "\x8c": "Œ", "\x8e": "Ž",
    "\x91": "‘", "\x92": "’", "\x93": "“", "\x94": "”", "\x95": "•", "\x96": "–",
    "\x97": "—", "\x98": "˜", "\x99": "™", "\x9a": "š", "\x9b": "›", "\x9c": "œ",
    "\x9e": "ž", "\x9f": "Ÿ",
}  # fmt: skip
# lone surrogates (a str from outside can hold them; decoded bytes cannot): each becomes U+FFFD,
# and is counted in a warning
SURROGATES = "".join(map(chr, range(0xD800, 0xE000)))
REPLACEMENT_CHARACTER = "\ufffd"

# encoding labels a page declares (``<meta charset>``, ``<?xml encoding?>``) that name another
# encoding, as browsers read them (the WHATWG Encoding Standard): ISO-8859-1 and ASCII pages
# are windows-1252, and a page whose markup could be read as ASCII is not UTF-16
DECLARED_ENCODING_ALIASES = {
    "ascii": "windows-1252",
    "us-ascii": "windows-1252",
    "iso-8859-1": "windows-1252",
    "iso8859-1": "windows-1252",
    "latin1": "windows-1252",
    "latin-1": "windows-1252",
    "l1": "windows-1252",
    "iso-8859-9": "windows-1254",
    "latin5": "windows-1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gbk",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}
