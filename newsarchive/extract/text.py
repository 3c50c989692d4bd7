"""Small text helpers shared by the field cascades."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from newsarchive.extract import langwords
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

_TAG = _compile(r"<[^>]+>")
_SPACE = _compile(r"\s")  # str patterns: the same Unicode spaces as str.split()
_WORD = _compile(r"\w+")
# Scripts written without spaces between words (Chinese, Japanese, Thai) and Hangul: a word or
# label in them is matched bare, with no word boundary around it.
BARE_SCRIPT = _compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Past this many characters a string's words are split a chunk at a time: split() (or a
# regex sub) of a 40 MB paragraph makes millions of word objects, ~10 times the text in memory.
BIG_TEXT = 100_000
_CHUNK = 1_000_000
# Marks no reader sees, at a text's ends: direction marks and embeddings (a Hebrew or Arabic
# CMS wraps og:title, a byline or a date in U+200F), zero-width spaces and joiners, word
# joiners, a BOM, a soft hyphen. Inside a text they stay (a key keeps "Helikopter\xadlandeplatz").
_EDGE_MARKS = (
    " \u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)


def clean(value: object) -> str:
    """Collapse whitespace, unescape entities and drop markup left in attribute text."""
    if value is None:
        return ""
    s = str(value)
    if len(s) <= _CACHED_CLEAN:
        return _clean_short(s)
    return _clean(s)


# The cascades clean the same short texts again and again (~390 calls a page, 2 in 3 of them
# repeats: a heading, a meta value, a byline read by several fields); a block's whole text
# is not kept, for memory.
_CACHED_CLEAN = 300


@lru_cache(maxsize=4096)
def _clean_short(s: str) -> str:
    return _clean(s)


def _clean(s: str) -> str:
    if _is_clean(s):
        return s
    if "<" in s and ">" in s:
        s = _TAG.sub(" ", s)
    if "&" in s and ";" in s:
        s = html.unescape(s)
    if "\u200b" in s:
        s = s.replace("\u200b", "")
    if len(s) > BIG_TEXT:
        s = " ".join(filter(None, (" ".join(c.split()) for c in chunks(s))))
    else:
        s = " ".join(s.split())  # str.split() also splits on no-break and other Unicode spaces
    if s and (s[0] in _EDGE_MARKS or s[-1] in _EDGE_MARKS):
        s = s.strip(_EDGE_MARKS)
    return s


def _is_clean(s: str) -> bool:
    """Whether `clean` would give `s` back: no markup or entity, single spaces inside and
    none at the ends, nothing unprintable. Every other space `str.split` splits on and
    every invisible mark stripped at the ends is unprintable (checked over all of Unicode),
    so `isprintable` rules them out in one pass. Four in five strings the cascades clean
    are clean already (read again, or a meta value): ~0.09 ms a page not spent splitting."""
    return (
        s.isprintable()
        and "  " not in s
        and "<" not in s
        and "&" not in s
        and not (s and (s[0] == " " or s[-1] == " "))
    )


# How a sentence ends, in any script: Devanagari's danda (a Hindi paragraph ends with it,
# not with "."), the Arabic question mark and full stop, Armenian, Ethiopic and Myanmar ones;
# a closing quote or bracket after the stop. One list for the body's lines and the lead.
SENTENCE_END = (".", "!", "?", "…", "。", "！", "？", '"', "”", "“", "»", "«", ")", "’", "'",
                "\u0964", "\u0965", "\u061f", "\u06d4", "\u0589", "\u1362", "\u104b")  # fmt: skip


# Scripts set in wide characters (Han, kana, Hangul, full-width forms): one of them says about
# as much as two Latin letters, so a length meant for Latin text counts them twice.
WIDE = _compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)


def width(s: str) -> int:
    """Length in Latin letters' worth: a wide (CJK, Hangul) character counts two."""
    if s.isascii():  # (a flag of the string's: no scan)
        return len(s)
    return len(s) + len(WIDE.findall(s))


def count_words(s: str) -> int:
    """`len(s.split())`, without the list of words for a long text."""
    if len(s) > BIG_TEXT:
        return sum(len(c.split()) for c in chunks(s))
    return len(s.split())


def word_key(s: str) -> str:
    """A text's words, casefolded: two texts differing only in marks and spacing compare equal."""
    return " ".join(_WORD.findall(s)).casefold()


def chunks(s: str, size: int = _CHUNK) -> Iterator[str]:
    """`s` in pieces of about `size` characters, each cut where a space follows (no word
    is halved)."""
    start = 0
    while start < len(s):
        m = _SPACE.search(s, start + size)
        end = m.start() if m else len(s)
        yield s[start:end]
        start = end


def dedupe(values: Iterable[str]) -> list[str]:
    """Keep the first spelling of each value, compared casefolded and NFKC-normalised."""
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        v = clean(v)
        key = unicodedata.normalize("NFKC", v).casefold()
        if v and key not in seen:
            seen.add(key)
            out.append(v)
    return out


def as_strings(value: object) -> list[str]:
    """Flatten a JSON-LD value (str, list, dict with name) into strings."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (int, float)):
        return [str(value)]
    if isinstance(value, dict):
        for key in ("name", "@value", "headline", "text"):
            if isinstance(value.get(key), str):
                return [value[key]]
        return []
    if isinstance(value, list):
        return [s for v in value for s in as_strings(v)]
    return []


# A wire's dispatch opening a story's first paragraph: the place, a date or the agency in
# brackets or slashes, a dash or colon, then the story's sentence ("BEIJING, Dec. 3 (Xinhua)
# -- ...", "Berlin (dpa) - ...", "HÀ NỘI, 3/12 (TTXVN) - ...", "MADRID, 3 dic (EFE).- ...", not
# "Aktualisiert am 07.01.2026 - 18:50 Uhr Lesedauer: 4 Min.");
# also Xinhua's "新华社北京12月3日电" and the reporter in brackets, the sentence after them.
_DISPATCH = _compile(
    r"^[^\W\d_][^!?]{0,60}?(?:\d[^\s()]*|[(/][^()/]{1,30}[)/])\.?\s*(?:--?|[\u2013\u2014:]|\.-)\s+"
    r"([^\W\d_]\S*(?:\s+\S+){4,}[.!?\u2026][\"\u201d\u00bb]?)$"  # five words or more
)
# ... the sentence no date stamp ("Von Anna Muster (dpa) - Aktualisiert am 3. Dezember 2026 um
# 10:15 Uhr.", "Jane Doe (AP) - Updated on Dec. 3, 2026 at 10:15 am."): a byline's line; a
# label and a date within two words, not a sentence opening with a verb so spelled (Arabic "نشر")
_STAMP = _compile(
    "(?:"
    + "|".join(re.escape(w) for w in langwords.DATE_LABELS)
    + r")(?!\w)\W{0,3}(?:\w+\W+){0,2}\d",
    re.I,
)
_CJK_DISPATCH = _compile(
    r"^[（(]?[\u3400-\u9fff]{2,16}(?:\d{1,2}月)?\d{1,2}\s*[日号]\s*[电電]\s*(?:[（(][^（）()]{1,30}[）)])?"
    r"\s*[^\s（(]\S{7,}[。！？][」”]?$"
)


def is_dispatch(text: str) -> bool:
    """A story's first sentence after a wire's dispatch line, not a byline or date line
    (the agency, the place or the reporter it names are no header of their own)."""
    if m := _DISPATCH.match(text):
        return not _STAMP.match(m.group(1))
    return bool(_CJK_DISPATCH.match(text))


# UTF-8 read as Windows-1252 or Latin-1 ("fÃ¼r", "Councilâ€™s", "aprÃ¨s"): a lead byte's
# character (Â-ô) right before a continuation byte's (\x80-\xbf, or the Windows-1252 letter
# and punctuation in 0x80-0x9f)
_UNDEFINED_CP1252 = (0x81, 0x8D, 0x8F, 0x90, 0x9D)  # read as Latin-1's controls
_CP1252_BYTES = {
    bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in _UNDEFINED_CP1252
}
_MOJIBAKE = _compile(f"[\u00c2-\u00f4][\u0080-\u00bf{''.join(_CP1252_BYTES)}]")


# Lead bytes of what a single garbled character in a Latin text mostly is: Latin-1's letters
# and signs (Â, Ã: "Ã©" is "é"), Latin Extended-A (Ä, Å: Polish, Czech, Turkish letters) and
# the General Punctuation block (â: a curly quote, a dash, the euro sign)
_COMMON_LEADS = frozenset("ÂÃÄÅâ")


def unmojibake(text: str) -> str:
    """`text` read back as UTF-8 where a CMS stored or served its UTF-8 bytes as Windows-1252
    or Latin-1 text ("Stadtrat beschlieÃŸt fÃ¼r" is "Stadtrat beschließt für"): only where
    every character is one byte of those and the bytes are valid UTF-8 throughout, which a
    text written in Latin-1 ("SÃO PAULO", "Ãrbol") never is, and where one garbled
    character alone is one that garbles often (`_COMMON_LEADS`)."""
    pairs = _MOJIBAKE.findall(text)
    if not pairs or (len(pairs) == 1 and pairs[0][0] not in _COMMON_LEADS):
        # one pair of another lead is a word's last capital before a sign ("ALERTE SANTÉ\xa0:
        # ..." would read "SANTɠ"); a garbled text holds several, or a common letter's
        return text
    data = bytearray()
    for c in text:
        code = ord(c)
        if code < 0x100:
            data.append(code)
        elif (byte := _CP1252_BYTES.get(c)) is not None:
            data.append(byte)
        else:
            return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return text


# Escapes whose meaning no letter case changes (\w, \s, \d, \b, their negations, \A, \Z).
_CASELESS_ESCAPES = frozenset("wWsSdDbBAZ")
_ESCAPE = _compile(r"\\(.)", re.S)
# (a "]" first in a class, after any "^", is a literal one: "[]-_]")
_CLASS = _compile(r"\[\^?+\]?+(?:\\.|[^\]\\])*+\]")
_CLASS_ITEM = _compile(r"\\.|.", re.S)
# The only letters outside ASCII that re's IGNORECASE matches to ASCII ones (dotless and dotted
# i to "i", long s to "s", the Kelvin sign to "k": checked over all of Unicode)
_ASCII_CASED = frozenset("\u0131\u0130\u017f\u212a")
_GROUPS = ("(?:", "(?=", "(?!", "(?<=", "(?<!")


def _spans_capitals(cls: str) -> bool:
    """Whether a class `[...]` has a range from "Z" or below to "A" or above ("[!-_]",
    "[0-z]"): one holding capitals without their lowercase letters means another set under
    IGNORECASE than in a lowercased text (only ranges between lowercase letters are read)."""
    body = cls[2:-1] if cls.startswith("[^") else cls[1:-1]
    items = _CLASS_ITEM.findall(body)
    return any(
        items[i] == "-" and ord(items[i - 1][-1]) <= ord("Z") and ord(items[i + 1][-1]) >= ord("A")
        for i in range(1, len(items) - 1)
    )


def folded_search(pattern: re.Pattern[str], match: bool = False) -> Callable[[str], bool]:
    """`bool(pattern.search(s))` (`match`: `pattern.match`), faster, for a case-insensitive
    pattern written in lowercase ("date|time|datum"): an ASCII `s` is lowercased and read
    with the pattern compiled case-sensitive, the same matches. re tries every word of an
    IGNORECASE alternation at every position (~0.1 us a word and position: 0.2 ms for a
    list of classes 150 characters long against 12 words); without it, a word whose first
    letter is not there is passed over in C. Any other pattern (an uppercase letter, an
    inline flag, an escape such as \\u or \\1, a range of letters outside ASCII, one of the
    letters IGNORECASE matches to ASCII) is read as it is."""
    source = pattern.pattern
    bare = _ESCAPE.sub("", source)
    plain_groups = bare
    for group in _GROUPS:
        plain_groups = plain_groups.replace(group, "")
    classes = _CLASS.findall(source)
    if (
        not pattern.flags & re.I
        or "(?" in plain_groups
        or bare != bare.lower()
        or not _ASCII_CASED.isdisjoint(source)
        or not all(c in _CASELESS_ESCAPES or not c.isalnum() for c in _ESCAPE.findall(source))
        or any(not c.isascii() and "-" in c for c in classes)
        or any(_spans_capitals(c) for c in classes)
        or "[" in _ESCAPE.sub("", _CLASS.sub("", source))  # a class not read as one here
    ):
        read = pattern.match if match else pattern.search
        return lambda s: read(s) is not None
    plain = _compile(source, pattern.flags & ~re.I)  # (called at import, by module-level rules)
    fast = plain.match if match else plain.search
    slow = pattern.match if match else pattern.search

    def search(s: str) -> bool:
        if s.isascii():
            return fast(s.lower()) is not None
        return slow(s) is not None

    return search


def openings(parts: Iterable[str]) -> str:
    """A lookahead for the characters an alternation of `parts` opens with (words, or regex
    parts: "tags?" "t", "[aä]mnen?" "aä"), to set before it: re then turns away each place
    another character stands at with one class test, where it tried every part (a search
    over a line tries each of ~60 words at each character). "" where a part opens
    otherwise (a mark, a group, a quantified first letter): no lookahead, the same matches.
    Under IGNORECASE the class matches each letter's other cases, as the parts do."""
    chars = []
    for part in parts:
        end = part.find("]", 2) if part.startswith("[") else -1
        if end > 0 and part[end + 1 : end + 2] not in _QUANTIFIERS:
            body = part[1:end]
            if body[:1] in ("^", "-") or body.endswith("-") or "\\" in body or "[" in body:
                return ""
            chars.append(body)
        elif part[:1].isalnum() and part[1:2] not in _QUANTIFIERS:
            chars.append(re.escape(part[0]))
        else:
            return ""
    return f"(?=[{''.join(sorted(set(chars)))}])" if chars else ""


_QUANTIFIERS = ("?", "*", "+", "{")
