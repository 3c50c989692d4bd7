"""A title in sentence case that lowers the names its own story writes with capitals.

On a page without a heading, `titlevotes` settles a tie between one title in Title Case
(og:title "Ferry Service Returns To Port Ellis") and the same words in sentence case
(the <title>) for the sentence: capitals are a style a social card or a plugin adds word
by word. Some CMSs make their sentence case by lowering everything after the first letter
("Ferry service returns to port ellis"): that takes the names' capitals away, which no
editor writes. The article's text shows the names as written, mid-sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.titlevotes import MIN_TITLE_CASE_WORDS

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

_WORD = _compile(r"[^\W\d_]{2,}")
MAX_TEXT = 20_000  # characters of the story read: the names sit in its first paragraphs


def names_lowered(settled: str, first: str, text: Callable[[], str]) -> bool:
    """Whether `settled` is `first` (in Title Case) in a sentence case that writes small a
    word the page's text (`text`) writes with a capital after a small-lettered word (a
    name mid-sentence: "... ferries to Port Ellis", not a sentence's or a heading's first)
    and never small (a word of a name there, "the Storm Centre", is a word elsewhere)."""
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
    words = None
    for word in lowered:
        at = body.find(word)
        if at != -1 and words is None:
            words = {w for w in _WORD.findall(body) if w.islower()}
        if words and word.lower() in words:
            continue  # written small too: a word's, not a name's ("the storm", "Storm Centre")
        while at != -1:
            end = at + len(word)
            # (a word's capital after a small letter and a space: inside a sentence)
            if (
                at > 1
                and body[at - 1].isspace()
                and body[at - 2].islower()
                and not body[end : end + 1].isalpha()
            ):
                return True
            at = body.find(word, end)
    return False


def _title_cased(value: str) -> bool:
    """Every word of letters opening with a capital (as `titlevotes` reads a style)."""
    words = [w for w in value.split() if w[:1].isalpha()]
    return len(words) >= MIN_TITLE_CASE_WORDS and all(w[0].isupper() for w in words)
