"""The marks that part a title, and how wide its parts are.

A title's parts are split at its separators (`SEPARATOR`): a spaced mark (" | ", " - ",
" » ", any dash, arrow or symbol between spaces), the full-width and Hangul marks East
Asian sites set bare, a bare hyphen or underscore between two CJK characters;
`split_parts` keeps a French quote's closing guillemet inside its part. A CJK character
counts twice in a part's width (`cjk_width`), so the headline a rule must leave
(`MIN_REST`) says as much in every script.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


# Kana, CJK ideographs, Hangul, half-width kana: scripts written without spaces around marks.
CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff66-\uff9f"
CJK_CHAR = _compile(f"[{CJK}]")
CJK_WORD = _compile(f"[{CJK}]+")


def _mark_ranges(start: int, stop: int, skip: Sequence[tuple[int, int]]) -> str:
    """A regex class body of the characters in [start, stop) that Unicode classes as a dash
    (Pd), a mathematical sign (Sm) or another symbol (So), outside the `skip` ranges."""
    marks = [
        c
        for c in range(start, stop)
        if unicodedata.category(chr(c)) in ("Pd", "Sm", "So")
        and not any(a <= c < b for a, b in skip)
    ]
    runs: list[list[int]] = []
    for c in marks:
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)


# Parts of a title (a captured group: parts rejoin): spaced marks, single or doubled
# (" | Site", " - Site", " « Site", " \u203a Site", " :: Site", " ~ Site", " || Site", Korean
# CMSs' "Title < Section < Site"; a star operator, an arrow, a bullet, a triangle or a
# broken bar: " ⋆ Site", " → Site", " ● Site", " ▶ Site", " ¦ Site"; a minus sign, a
# katakana long mark or a wave dash standing alone between spaces is a dash too:
# " ー Site", " \uff5e Site"), a bare em dash or two (Chinese "Title——Site"), a bare pipe or
# double bar, the full-width and Hangul marks East Asian sites use bare (U+FF5C, U+FF1A,
# U+3163, U+FF0F, U+FF0D, U+2015, the vertical dash U+FE31), and a bare "-" or "_", or
# two, between two CJK characters (Chinese portals' "Title_Site", "Title-Site", "Title--Site").
_SPACED_MARKS = (
    "|\\-\u2013\u2014\u2212\u30fc*\u00b7\u2022\u2219\u22c6\u2192:/\u00bb\u00ab\u2039\u203a<>~"
    "\u25cf\u25a0\u25c6\u25b6\u25ba\u25b8\u00a6\u2016\u2223\u2503\uff5e\u301c"
)
_BARE_MARKS = "\uff5c\uff1a\u3163\u4e28\u2502\u2503\u2016\uff0f\uff0d\u2015\ufe31"
# Spaced, any other dash, arrow, mathematical or technical sign, box-drawing piece, shape or
# dingbat is a mark too: sites unlike the ones looked at write " \u2012 Site", " \u2044 Site",
# " \u226b Site", " \u22ee Site", " \u23ae Site", " \u27a4 Site" (U+2012-U+2BFF of Unicode's
# dash, math and other-symbol classes; not the hyphens inside words, U+2010/U+2011, the
# letter-like signs "\u2122", "\u2103", "\u2116" nor the circled numbers "\u2460"), and the
# chevrons drawn as brackets, " \u276f Site", " \u27eb Site"; and, spaced only, an underscore
# and the katakana middle dot (" _ Site", " \u30fb Site": unspaced, they join words). A part
# is still cut only where it names the site, a section or a label.
_SYMBOL_MARKS = _mark_ranges(0x2012, 0x2C00, skip=((0x2100, 0x2150), (0x2460, 0x2500)))
_SYMBOL_MARKS += "\u276c-\u2771\u27e8-\u27eb"
# Spaced only too, bars no font tells from "|": the click letters "\u01c0" and "\u01c1"
# (letters to Unicode: a theme's " \u01c0 Site"), the half-width bar "\uffe8", the two- and
# three-em dashes "\u2e3a", "\u2e3b"
_LOOKALIKE_MARKS = "\u01c0\u01c1\uffe8\u2e3a\u2e3b"
# (each branch opens with a space, an em dash, a bar, a bare mark or "-"/"_": the lookahead
# turns every other place away before re tries the branches, 2-4 times faster over titles)
SEPARATOR = _compile(
    rf"((?=[\s\u2014|{_BARE_MARKS}\-_])"
    rf"(?:\s+[{_SPACED_MARKS}{_SYMBOL_MARKS}{_LOOKALIKE_MARKS}_\u30fb\uff65]{{1,2}}\s+|\u2014{{1,2}}"
    rf"|\s*\|\|?\s*|\s*[{_BARE_MARKS}]\s*"
    rf"|(?<=[{CJK}])[-_]{{1,2}}(?=[{CJK}])))"
)
# Where the other part is known to be the title, any mark between them will do ("Title-Section").
# A run of marks is one separator: " || ", " :: ", ": - " leave no mark on either part, nor
# does a German live page's "+++ Liveticker +++" around its kicker.
# (not the katakana long mark: it is a letter of "ニュース" when unspaced; the katakana
# middle dot is one too, "市議会が可決・港湾タイムス", though it joins a name's parts: no part
# of "ジョー・バイデン" is any other source's title)
_ANY_MARKS = _SPACED_MARKS.replace("\u30fc", "")
ANY_SEPARATOR = _compile(rf"(?:\s*[{_ANY_MARKS}{_SYMBOL_MARKS}_+{_BARE_MARKS}\u30fb\uff65])+\s*")


MAX_NAME_WORDS = 4  # "Il Fatto del Porto": a site's name with its articles and city


# a label is cut only from a headline at least this wide ("Brexit - Explained" keeps it)
MIN_REST = 8


def cjk_width(text: str) -> int:
    """Length with a CJK character counted twice: "港の橋が再開" says as much as "Brexit deal"."""
    return len(text) + len(CJK_CHAR.findall(text))


# a quote closing the part before: the last part is its speaker ("«...» - Λιμνιώτης" on
# limni.example), no paper's name
QUOTE_END = _compile("[\u00ab\u00bb\u2039\u203a\u201c\u201d\"']\\s*$")
# a quote opening the part after a label: the label is its speaker ("Olaf Scholz: „...“",
# "Macron : « ... »", "Meloni: \"...\""), no section's name
QUOTE_OPEN = _compile("[\u00ab\u00bb\u2039\u203a\u201a\u201c\u201d\u201e\u300c\u300e\"']")


def title_cores(tab: str) -> list[str]:
    """Every leading run of a <title>'s " | "-separated parts: its core, whatever the suffix."""
    parts = split_parts(tab)
    return ["".join(parts[: 2 * k - 1]) for k in range(1, (len(parts) + 1) // 2 + 1)]


_QUOTE_CLOSE = ""  # a closing guillemet held out of the split (a private-use character)


def split_parts(value: str) -> list[str]:
    """`SEPARATOR.split(value)`, a closing guillemet after a space that an opening one
    before it opens no separator: French quotes set off by spaces ("Le maire : « Nous
    reconstruirons le port » - Site") close a quote, where "Title » Site" parts."""
    opening = value.find("\u00ab")
    # (none where a "»" comes first: German quotes, "»Zitat« sagt er » Site")
    if opening < 0 or not 0 <= opening < value.find("\u00bb"):
        return SEPARATOR.split(value)
    held, depth = [], 0
    for c in value:
        if c == "\u00ab":
            depth += 1
        elif c == "\u00bb" and depth:
            depth -= 1
            c = _QUOTE_CLOSE
        held.append(c)
    return [p.replace(_QUOTE_CLOSE, "\u00bb") for p in SEPARATOR.split("".join(held))]
