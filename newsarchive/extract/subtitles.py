"""Whether a subtitle candidate says something the headline does not.

A page's subtitle (standfirst, dek) is a sentence or two under the headline. What CMSs
state in its place is often the headline again: the same words, the headline with a
kicker before it ("Kicker - Headline"), the headline cut short ("A woman who ... to
food ..."), or in JSON-LD's `alternativeHeadline` a rewritten headline for search or
social networks ("Kicker: Other headline", the headline's words reordered). Those are no
subtitle; a standfirst that the body repeats as its first paragraph still is.
"""

from __future__ import annotations

from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.titlevotes import ELLIPSIS, norm

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# "Kicker: Headline", "Kicker - Headline" (or an en or em dash, a bar): a headline's form
_KICKED = _compile(r"^[^.!?:]{2,40}?(?::\s|\s[-\u2013\u2014|]\s)")
MIN_CONTAINED = 15  # characters of a headline that a subtitle holding it repeats ("T" is in all)
_SENTENCE_END = (".", "!", "?", "\u3002")
_WORD = _compile(r"\w+")
# of a rewritten headline's words, the share the headline has too ("Labor on track to hit
# 2030 climate change target" beside "Climate change: Labor on track to hit 2030 target ...")
SHARED_WORDS = 0.6


def repeats_title(subtitle: str, title: str | None) -> bool:
    """The headline again: equal, with a kicker around it, or cut short with an ellipsis."""
    if not title:
        return False
    sub, head = norm(subtitle), norm(title)
    if not sub or not head:
        return False
    if head == sub or (len(head) >= MIN_CONTAINED and head in sub):
        return True
    cut = norm(ELLIPSIS.sub("", subtitle))
    return bool(ELLIPSIS.search(subtitle)) and len(cut) >= len(head) // 2 and head.startswith(cut)


def rewritten_headline(alternative: str, title: str | None) -> bool:
    """An `alternativeHeadline` written as a headline, not a dek: with a kicker and no
    sentence's end ("Kicker: Headline"), or mostly the headline's own words."""
    if _KICKED.match(alternative) and not alternative.rstrip().endswith(_SENTENCE_END):
        return True
    if not title:
        return False
    words = {w.casefold() for w in _WORD.findall(alternative)}
    head = {w.casefold() for w in _WORD.findall(title)}
    return bool(words) and len(words & head) >= SHARED_WORDS * len(words)
