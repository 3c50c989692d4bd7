"""`text.folded_search` gives the same verdict as the case-insensitive pattern it stands for,
on class lists and file names in many scripts, and on the letters re's IGNORECASE matches to
ASCII ones from outside ASCII (Kelvin sign, long s, dotted and dotless i); a pattern it cannot
fold (non-ASCII, uppercase, inline flags, \\u escapes) is searched as it is."""

from __future__ import annotations

import random
import re

import pytest

from newsarchive.extract.bodylines import RECIRC_HEADING
from newsarchive.extract.bodyrelated import COMMENTS_HEADING
from newsarchive.extract.datelinetexts import _DATE_CLASS
from newsarchive.extract.furniture import _STATE_HINT, CONSENT_LINE, FOLLOW_CALL
from newsarchive.extract.leadimage import NOT_LEAD, PLACEHOLDER
from newsarchive.extract.text import folded_search

PATTERNS = [
    _DATE_CLASS,
    NOT_LEAD,
    PLACEHOLDER,
    _STATE_HINT,
    re.compile(r"(?<![a-z])(?:ad|dfp)\b", re.I),
    re.compile(r"comentários|kommentare", re.I),
    re.compile(r"(?i)caption|Bild"),
    re.compile(r"\u017ftamp|date", re.I),
    re.compile(r"[\u0100-\u024f]ab|date", re.I),
    re.compile(r"(?<![a-z])te[a-c]s", re.I),
]
# Matched from a text's start: headings and lines of a body.
MATCHED = [RECIRC_HEADING, COMMENTS_HEADING, FOLLOW_CALL, CONSENT_LINE]
HEADINGS = [
    "More from Example News",
    "RELATED STORIES",
    "Related",
    "You might also like this",
    "Mehr zum Thema",
    "Lesen Sie auch:",
    "LIRE AUSSI",
    "Lo más leído",
    "12 Kommentare",
    "Comments (3)",
    "Join the conversation",
    "Folgen Sie uns auf Instagram",
    "FOLLOW US ON X",
    "Die Polizei sucht Zeugen",
    "İlgili haberler",
    "Ilgili Haberler",
    "ılgili haberler",
    "Читайте также",
    "関連記事",
    "Ein Klick für den Datenschutz",
]
TEXTS = [
    "", "article-date", "Article__DATE", "PUBLISHED-TIME", "byline AUTHOR-box", "hero Logo",
    "lazyLoad spacer.gif", "paywall-Hidden", "Piano-Offer", "zeitstempel", "fecha-publicación",
    "dátum", "תאריך date", "記事-time", "Дата публикации", "\u212aomentare", "\u017ftamp",
    "\u0130con", "\u0131con", "TARİH", "tarih", "Comentários", "KOMMENTARE", "ad-slot", "BILD",
]  # fmt: skip


@pytest.mark.parametrize("pattern", MATCHED, ids=lambda p: p.pattern[:20])
def test_same_verdict_matched_from_the_start(pattern: re.Pattern[str]) -> None:
    match = folded_search(pattern, match=True)
    texts = HEADINGS + [h.upper() for h in HEADINGS] + [h.lower() for h in HEADINGS] + TEXTS
    texts += [f"{h} {t}" for h in HEADINGS for t in TEXTS[:6]]
    for text in texts:
        assert match(text) == (pattern.match(text) is not None), text


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:20])
def test_same_verdict_as_the_pattern(pattern: re.Pattern[str]) -> None:
    search = folded_search(pattern)
    rng = random.Random(7)
    letters = "".join(TEXTS) + "-_ 0123456789"
    texts = TEXTS + [
        "".join(rng.choice(letters) for _ in range(rng.randint(1, 30))) for _ in range(3000)
    ]
    for text in texts:
        assert search(text) == (pattern.search(text) is not None), text


# Classes whose meaning case changes without an uppercase letter written: a range from below
# "A" to past "Z" holds the capitals but not all lowercase letters ("[!-_]": "A" is in it,
# "a" not), and a class opening with "]" (a literal "]", then maybe such a range).
RANGES = [
    re.compile(r"[!-_]x", re.I),
    re.compile(r"a[@-_]b", re.I),
    re.compile(r"[^ -_]", re.I),
    re.compile(r"x[] -_]", re.I),
    re.compile(r"[0-9a-f]{2}-date|[a-z]+\s*[:|-]", re.I),
]


def _fuzz_words(pattern: re.Pattern[str]) -> list[str]:
    """The words of the pattern's alternatives, as pieces of texts to build."""
    words = re.findall(r"[^\W\d_]{2,}", pattern.pattern)
    return words[:200] or ["x"]


@pytest.mark.parametrize("pattern", PATTERNS + MATCHED + RANGES, ids=lambda p: p.pattern[:20])
def test_same_verdict_fuzzed(pattern: re.Pattern[str]) -> None:
    """Hypothesis texts from the pattern's own words, cased at random, with ASCII punctuation,
    digits, spaces and the letters IGNORECASE matches across scripts, searched and matched."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    piece = st.one_of(
        st.sampled_from(_fuzz_words(pattern)).flatmap(
            lambda w: st.sampled_from([w, w.upper(), w.title(), w.swapcase()])
        ),
        st.text(alphabet=" -_:|()[]!@^`{}~0123456789aAzZxX\u0130\u0131\u017f\u212aé", max_size=4),
    )
    search, match = folded_search(pattern), folded_search(pattern, match=True)

    @settings(max_examples=200, derandomize=True, deadline=None,
              suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
    @given(st.lists(piece, max_size=6).map("".join))
    def same(text: str) -> None:
        assert search(text) == (pattern.search(text) is not None), text
        assert match(text) == (pattern.match(text) is not None), text

    same()
