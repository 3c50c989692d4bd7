"""A title in sentence case that lowers the names its own story writes with capitals.

On a page without a heading, `titlevotes` settles a tie between one title in Title Case
(og:title "Ferry Service Returns To Port Ellis") and the same words in sentence case
(the <title>) for the sentence: capitals are a style a social card or a plugin adds word
by word. Some CMSs make their sentence case by lowering everything after the first letter
("Ferry service returns to port ellis"): that takes the names' capitals away, which no
editor writes. The article's text shows the names as written, mid-sentence.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from newsarchive.extract.langwords import NAME_ARTICLE_WORDS
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.titlevotes import MIN_TITLE_CASE_WORDS

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

_WORD = _compile(r"[^\W\d_]{2,}")
MAX_TEXT = 20_000  # characters of the story read: the names sit in its first paragraphs
# A capital after a definite article may be a common noun made a name ("the North", "le Nord",
# "al Norte"), which a sentence-case title writes small as often as not: no
# sign of a name lowered. Not the one-letter articles nor "de", a preposition too ("a
# Lisboa", "de Paris"), before names proper; with the article joined to a preposition
# (French, Spanish, Italian, Portuguese: "du", "al", "nel", "ao").
_JOINED_ARTICLES = "au aux du des al del nel sul dal allo dello nello alla della nella sulla dalla"
_ARTICLES = frozenset(w for w in NAME_ARTICLE_WORDS if len(w) > 1 and w != "de") | frozenset(
    f"{_JOINED_ARTICLES} ao aos do dos da das no nos na nas".split()
)
# ... only a quarter of the compass: a proper name takes an article as often ("the
# Philippines", "le Maroc", "no Brasil", "della Juventus"), and lowered is still a name lowered
_QUARTERS_TEXT = (
    "north south east west northeast northwest southeast southwest midlands "
    "nord sud est ouest midi norte sur sul este leste oeste nordeste noroeste sudeste "
    "sureste suroeste sudoeste ovest nordest nordovest sudovest"
)
_QUARTERS = frozenset(_QUARTERS_TEXT.split())


def names_lowered(settled: str, first: str, text: Callable[[], str]) -> bool:
    """Whether `settled` is `first` (in Title Case) in a sentence case that writes small a
    word the page's text (`text`) writes with a capital after a small-lettered word (a
    name mid-sentence: "... ferries to Port Ellis", not a sentence's or a heading's first)
    and never small (a word of a name there, "the Storm Centre", is a word elsewhere), nor
    a quarter after a definite article ("the North", `_ARTICLES`, `_QUARTERS`)."""
    if settled == first or settled.casefold() != first.casefold() or not _title_cased(first):
        return False
    if _title_cased(settled):
        return False
    lowered = {
        t.group()
        for t, s in zip(_WORD.finditer(first), _WORD.finditer(settled), strict=False)
        if t.start() and t.group()[0].isupper() and s.group()[0].islower()
    }
    if not lowered:
        return False
    body = text()[:MAX_TEXT]
    if not any(w in body for w in lowered):
        return False
    tokens = body.split()
    small = {w for w in _WORD.findall(body) if w.islower()}
    if _nouns_capitalised(tokens):
        return False  # German's capitals tell no name from a noun ("das Bauen", "im Norden")
    for before, token, after in zip(tokens, tokens[1:], [*tokens[2:], ""], strict=False):
        word = token.rstrip(_CLOSING)
        # (a capital after a word in small letters: inside a sentence, not after a menu's
        # "Home"; the whole name lowered, not one word of a longer one, "the Coast Guard")
        if (
            word in lowered
            and word.lower() not in small  # written small too: a word's, not a name's
            and before.isalpha()
            and before.islower()
            and (before not in _ARTICLES or word.casefold() not in _QUARTERS)
            and (word != token or not after[:1].isupper() or after.rstrip(_CLOSING) in lowered)
        ):
            return True
    return False


_CLOSING = ".,;:!?)]}'\"\u2019\u201d\u00bb"
# Share of a text's words after a word in small letters that open with a capital: English,
# French or Spanish prose capitalises names there, German every noun (story texts of newsbench
# dev and world minus kept-aside: 42 English at most 0.14, 27 of 28 German 0.32 or more)
MAX_MID_CAPITALS = 0.3


def _nouns_capitalised(tokens: list[str]) -> bool:
    """Whether the text writes nouns with capitals mid-sentence (German, Luxembourgish)."""
    after_small = [w for v, w in itertools.pairwise(tokens) if v.isalpha() and v.islower()]
    capitals = sum(w[:1].isupper() for w in after_small)
    return bool(after_small) and capitals > MAX_MID_CAPITALS * len(after_small)


def _title_cased(value: str) -> bool:
    """Every word of letters opening with a capital (as `titlevotes` reads a style)."""
    words = [w for w in value.split() if w[:1].isalpha()]
    return len(words) >= MIN_TITLE_CASE_WORDS and all(w[0].isupper() for w in words)
