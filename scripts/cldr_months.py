"""Print the month-name table of newsarchive/extract/langwords.py from CLDR (babel).

Run it to add a language (`.venv/bin/python scripts/cldr_months.py pt nl pl`), then paste
its lines into MONTH_NAMES. Babel is read here, not at import time: loading 40 CLDR locales
costs half a second per process, the pasted table nothing.
"""

from __future__ import annotations

import re
import sys
import textwrap
import unicodedata

from babel import Locale

# (Lao, Burmese and Khmer signs and the joiners Malayalam and Sinhala spell with count too)
_WORD = re.compile(
    r"^[^\W\d_][\w\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u200c\u200d]*$"
)


def forms(lang: str) -> list[list[str]]:
    """Each month's names (wide and abbreviated, in running text and alone), lowercased."""
    loc = Locale.parse(lang)
    months: list[list[str]] = [[] for _ in range(12)]
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in loc.months[context][width].items():
                word = name.lower().rstrip(".\u0970")
                for w in (word, bare(word)):
                    shortest = 3 if w < "\u0500" else 2  # Hindi "मई" is a whole name
                    if _WORD.match(w) and len(w) >= shortest and w not in months[number - 1]:
                        months[number - 1].append(w)
    return months


def bare(word: str) -> str:
    """Latin and Greek names without accents ("fevrier", "μαιου"), as capitals print them."""
    if word >= "\u0400":
        return word  # Cyrillic "й", Indic and Thai vowel signs are letters, not accents
    decomposed = unicodedata.normalize("NFD", word)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept)


def main(langs: list[str]) -> None:
    for lang in langs:
        lines = textwrap.wrap(" | ".join(" ".join(m) for m in forms(lang)), 80)
        quoted = [f'"{line} "' for line in lines[:-1]] + [f'"{lines[-1]}",']
        print(f'    "{lang}": ' + "\n    ".join(quoted))


if __name__ == "__main__":
    main(sys.argv[1:])
