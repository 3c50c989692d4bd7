"""The language a page's letters are written in, where its markup names none or a wrong one.

A script names its language outright for most non-Latin writing (Hangul, kana, Thai, Greek,
Hebrew, Devanagari ...), and a few letters tell apart the languages sharing Cyrillic or Arabic
letters (Ukrainian "ї є ґ", Persian "پ چ ژ گ", Urdu "ے ٹ"). Latin letters name no language
(only Vietnamese's own vowels do): there the page's `lang` stands or nothing is said.
"""

from __future__ import annotations

from collections import Counter

# First code point of a block -> (last code point, script); scripts of one language only.
_BLOCKS: tuple[tuple[int, int, str], ...] = (
    (0x0370, 0x03FF, "el"), (0x1F00, 0x1FFF, "el"), (0x0400, 0x04FF, "cyrillic"),
    (0x0530, 0x058F, "hy"), (0x0590, 0x05FF, "he"), (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"), (0x0900, 0x097F, "hi"), (0x0980, 0x09FF, "bn"),
    (0x0A00, 0x0A7F, "pa"), (0x0A80, 0x0AFF, "gu"), (0x0B80, 0x0BFF, "ta"),
    (0x0C00, 0x0C7F, "te"), (0x0C80, 0x0CFF, "kn"), (0x0D00, 0x0D7F, "ml"),
    (0x0D80, 0x0DFF, "si"), (0x0E00, 0x0E7F, "th"), (0x0E80, 0x0EFF, "lo"),
    (0x1000, 0x109F, "my"), (0x10A0, 0x10FF, "ka"), (0x1200, 0x137F, "am"),
    (0x1780, 0x17FF, "km"), (0x1EA0, 0x1EF9, "vi"), (0x3040, 0x30FF, "ja"),
    (0x3400, 0x4DBF, "han"), (0x4E00, 0x9FFF, "han"), (0xAC00, 0xD7A3, "ko"),
    (0x1100, 0x11FF, "ko"), (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"),
)  # fmt: skip
# Letters that only one language of a shared script uses, checked in this order.
_CYRILLIC = (("uk", "іїєґ"), ("mk", "ѓќѕ"), ("sr", "ђћџјљњ"), ("be", "ў"), ("kk", "әғқңөұүһ"))
_ARABIC = (("ur", "ےٹڈڑں"), ("fa", "پچژگکی"))
# The script a language's own pages are written in (others: Latin, or the language itself).
_SCRIPT_OF = {
    "ru": "cyrillic", "uk": "cyrillic", "bg": "cyrillic", "sr": "cyrillic", "mk": "cyrillic",
    "be": "cyrillic", "kk": "cyrillic", "ky": "cyrillic", "mn": "cyrillic", "tg": "cyrillic",
    "ar": "arabic", "fa": "arabic", "ur": "arabic", "ps": "arabic", "ku": "arabic",
    "zh": "cjk", "ja": "cjk", "ko": "cjk", "yi": "he", "mr": "hi", "ne": "hi",
}  # fmt: skip
_SAMPLE = 400  # characters read: a headline and a paragraph's opening say it
# Chinese characters of dates ("2026年2月3日 14時05分"), which Japanese writes alike: no letters.
_DATE_HAN = frozenset("年月日時时分秒")
_MIN_HAN = 8  # Chinese characters (beyond dates' own) before a text without kana is Chinese
_SHARE = 0.5  # of the letters, for a script to name the language


def script_language(text: str) -> str | None:
    """The language the letters of `text` name, or None (Latin, mixed or too few letters)."""
    text = text[:_SAMPLE]
    counts: Counter[str] = Counter()
    letters = 0
    for ch in text:
        if not ch.isalpha() or ch in _DATE_HAN:
            continue
        letters += 1
        if ch.isascii():
            continue
        script = _script(ord(ch))
        if script:
            counts[script] += 1
    if letters < 4 or not counts:
        return None
    if counts["ja"] and counts["ja"] + counts["han"] >= _SHARE * letters:
        return "ja"  # kana among Chinese characters
    script, n = counts.most_common(1)[0]
    if script == "vi":
        return "vi" if n >= 0.05 * letters else None  # a few of its vowels in Latin text
    if n < _SHARE * letters:
        return None
    if script == "han":
        return "zh" if n >= _MIN_HAN else None  # a date line's words are Japanese too
    if script == "cyrillic":
        bulgarian = "ъ" in text and not any(ch in text for ch in "ыэё")
        return _telling(text, _CYRILLIC, "bg" if bulgarian else "ru")
    if script == "arabic":
        return _telling(text, _ARABIC, "ar")
    return script


def written_otherwise(declared: str, detected: str | None) -> bool:
    """Whether the letters contradict the declared language ("en" on a page in Thai)."""
    if detected is None or detected == "vi":
        return False
    have = _SCRIPT_OF.get(detected, detected)
    want = _SCRIPT_OF.get(declared, "latin")
    return have != want and not (have == "cjk" and want == "cjk")


def latin(language: str) -> bool:
    """Whether a language's own pages are written in Latin letters (as far as known here)."""
    return _SCRIPT_OF.get(language, language) not in _NON_LATIN


_NON_LATIN = frozenset(s for *_, s in _BLOCKS) | frozenset(_SCRIPT_OF.values())


def script_of(language: str) -> str:
    """The script a language's pages are written in: "latin", "cyrillic", "arabic", "cjk",
    "hi" (Devanagari: Hindi, Marathi, Nepali), "he" (Hebrew, Yiddish) or the language's own."""
    return "latin" if latin(language) else _SCRIPT_OF.get(language, language)


def _script(code: int) -> str | None:
    for first, last, script in _BLOCKS:
        if first <= code <= last:
            return script
    return None


def _telling(text: str, table: tuple[tuple[str, str], ...], default: str) -> str:
    for language, letters in table:
        if any(ch in text for ch in letters):
            return language
    return default
