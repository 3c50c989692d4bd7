"""The article's text from JSON-LD or a script state where the markup shows less.

A script-rendered page may show only its story's opening (or a teaser grid) in markup
while its articleBody or its Next.js/Nuxt state holds the whole: that text is preferred,
with the markup's own paragraphs it lacks, unless it is not the article the markup shows.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from lxml.html import HtmlElement

from newsarchive.extract.bodyblocks import WIDE_SAMPLE
from newsarchive.extract.bodyquotes import WORD_RUN
from newsarchive.extract.document import Document
from newsarchive.extract.headline import headline
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.statetext import (
    mentions,
    next_state_rest,
    next_story,
    other_state_paragraphs,
)
from newsarchive.extract.text import WIDE, chunks, clean, count_words, width
from newsarchive.extract.text import word_key as _norm

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


JSONLD_BODY_SHARE = 0.5  # markup text under half of articleBody's words: the markup missed it


DECLARED_KEY = 80  # characters of articleBody's opening words a state's story must hold


def prefer_jsonld(text: str, containers: list[HtmlElement], doc: Document) -> str:
    """JSON-LD articleBody when the markup held far less (script-rendered page, lost container).

    The containers' words count furniture included: when they hold as much as
    articleBody, and its words, the markup has the article and what it left out was
    skipped on purpose (articleBody often carries fact boxes and captions too). A page
    whose story is only in articleBody falls back to a container of menus and teasers
    (the `<body>`): as long, but another text.
    """
    value = doc.article.get("articleBody")
    if not isinstance(value, str):
        return text
    if "<" not in value and _ESCAPED_TAG.search(value):
        value = html.unescape(
            value
        )  # its HTML escaped once more ("&lt;p&gt;..."): tags to split at
    declared = clean(value)
    # words, or letters' worth in a script written without spaces (a Japanese paragraph
    # is one "word" to split())
    size = width if WIDE.search(declared, 0, WIDE_SAMPLE) else count_words
    enough = size(declared) * JSONLD_BODY_SHARE
    shown = size(text)
    if shown >= enough:
        if not _other_text(text, declared) and not _cut_short(
            text, shown, declared, size, containers
        ):
            return text
    elif (
        size(held := " ".join(c.text_content() for c in containers)) >= enough
        and not _other_text(held, declared, 0)
        and not _cut_short(text, shown, declared, size, containers)
    ):
        return text
    paragraphs = [clean(p) for p in re.split(r"\n\s*\n|\n|<br\s*/?>|</p>", value)]
    return "\n\n".join(p for p in paragraphs if p) or declared


# articleBody's markup escaped as text ("&lt;p&gt;The council ...&lt;/p&gt;"), not a story's "&lt;"
# ("temperatures &lt; 5 degrees")
_ESCAPED_TAG = _compile(r"&lt;/?(?:p|br|div|h[1-6]|li|strong|em|b|i|a|span)\b", re.I)


JSONLD_CONTINUES = 1.5  # articleBody this many times the markup's text, opening with it all


def _cut_short(
    text: str,
    shown: int,
    declared: str,
    size: Callable[[str], int],
    containers: list[HtmlElement],
) -> bool:
    """Whether the markup shows only the opening of the article JSON-LD declares: a
    paywall's or a "continue reading" teaser's first paragraphs, articleBody opening with
    every word of them and going on for half as much again, the words after them nowhere
    in the containers. A fact box or caption articleBody carries after the story is in
    the markup, skipped there on purpose."""
    if not text or size(declared) < shown * JSONLD_CONTINUES:
        return False
    key = _norm(text)
    head = _norm(declared[: len(text) * 2 + 400])
    if not head.startswith(key):
        return False
    rest = " ".join(head[len(key) :].split()[:CONTINUES_WORDS])
    held = " ".join(_norm(c.text_content()) for c in containers)
    return bool(rest) and rest not in held


CONTINUES_WORDS = 6  # words after the markup's text in articleBody, looked for in the markup


STATE_TEXT_WIDTH = 2000  # letters' worth (about 400 words): markup text this short may be
# a script-rendered page's placeholder; widths, not words, so a Chinese or Japanese page
# (few spaces) compares like any other
STATE_GAIN = 2  # the state's text must hold this many times the markup's
STATE_MIN_WIDTH = 200  # and a paragraph or two at least


def prefer_state(text: str, doc: Document) -> str:
    """The text a page keeps in its script state (statetext.py) where the markup shows far
    less: an empty root rendered by scripts, a footer taken for the body, a teaser. Next.js's
    state is read first; another framework's (`window.__INITIAL_STATE__`, a JSON script)
    only where its text goes on from the markup's opening (or, the markup showing a line
    or two, where it carries the headline), so it is this story's. Where the markup shows
    the start of the story a Next.js state holds whole, the state's rest follows it
    (`_state_goes_on`), whatever the markup's length; other pages with their text in the
    markup never parse a state."""
    source: str = doc.cache.get("source", "")
    if len(text) >= STATE_TEXT_WIDTH or width(text) >= STATE_TEXT_WIDTH:
        # a width is never less than the length
        if (longer := _state_goes_on(text, source)) is not text:
            return longer
        # the first of the names, in one scan (a str.find a name read a page's source twice)
        at = m.start() if (m := _STATE_NAME.search(source)) else -1
        if at < 0 or mentions(source, at, text.rsplit("\n\n", 1)[-1]):
            return text  # only a framework's named state, and not a copy of the markup's end
        return _state_adds(text, _other_state(text, doc, source, little=False, mentioned=True))
    size = width(text)
    least = max(STATE_GAIN * size, STATE_MIN_WIDTH)
    if "__NEXT_DATA__" in source:
        if (longer := _state_goes_on(text, source)) is not text:
            return longer  # the markup's story, its rest from the state
        paragraphs, titled = next_story(source, _headline_text(doc))
        found = width("".join(paragraphs))
        if found >= least or (titled and found > size and not _shares(text, paragraphs)):
            return _state_with_lead(text, paragraphs)
    if "application/json" not in source and "__" not in source:
        return text
    paragraphs = _other_state(text, doc, source, size < STATE_MIN_WIDTH)
    if width("".join(paragraphs)) >= least:
        return _state_with_lead(text, paragraphs)
    return _state_adds(text, paragraphs)


def _headline_text(doc: Document) -> str:
    top = headline(doc)
    return "" if top is None else doc.text(top)


def _shares(text: str, paragraphs: list[str]) -> bool:
    """Whether one of the markup's paragraphs (a sentence's length) is one of the state's:
    the markup shows the story, not others' text the state's story outweighs."""
    keys = {_norm(p) for p in paragraphs}
    return any(len(p) >= MIN_SHARED and _norm(p) in keys for p in text.split("\n\n"))


def _state_with_lead(text: str, paragraphs: list[str]) -> str:
    """The state's story, with the markup's paragraphs it lacks (a lead set in bold, a
    subhead) where the markup shows some of the story's own: each kept in its place in
    the markup's order, up to the last paragraph both hold (what follows it in the markup
    is a footer's or a notice's as often as the story's)."""
    state = "\n\n".join(paragraphs)
    shown = text.split("\n\n")
    keys = {_norm(p) for p in paragraphs}
    shared = [i for i, p in enumerate(shown) if len(p) >= MIN_SHARED and _norm(p) in keys]
    if not shared:
        return state
    return _merged(shown[: shared[-1] + 1], paragraphs, _norm(state))


def _holding(paragraphs: list[str], key: str) -> int | None:
    """The place of the first of `paragraphs` (a sentence's length) that the markup's
    paragraph (`key`, its words) holds whole with more words around it, None where none."""
    for i, q in enumerate(paragraphs):
        k = _norm(q)
        if len(k) >= MIN_SHARED and len(key) > len(k) and k in key:
            return i
    return None


MIN_SHARED = 40  # characters of a paragraph both markup and state hold: a sentence, no label


def _other_state(
    text: str, doc: Document, source: str, little: bool, mentioned: bool = False
) -> list[str]:
    """The story's paragraphs in a script state other than Next.js's, anchored on the
    markup's opening words or the page's headline (statetext.other_state_paragraphs)."""
    top = headline(doc)
    opening = " ".join(text.split("\n\n", 1)[0].split()[:STATE_ANCHOR_WORDS])[:STATE_ANCHOR]
    title = "" if top is None else doc.text(top)
    return other_state_paragraphs(source, opening, title, little, mentioned)


# the states read beside markup showing 2000 letters' worth already: Nuxt's, and globals
# named as Redux, Apollo and most frameworks name theirs (`__INITIAL_STATE__`, `__APOLLO_STATE__`)
STATE_NAMES = ("__NUXT", "_STATE__")
_STATE_NAME = _compile("|".join(map(re.escape, STATE_NAMES)))
STATE_ADDS = 0.5  # of the markup's width: the least a state's own paragraphs add to it


def _state_adds(text: str, paragraphs: list[str]) -> str:
    """The markup's text and the state story's paragraphs it does not show, where the
    markup shows only some of the story (the server rendered its single paragraphs and
    subheads, scripts the rest): the state's paragraphs, in the state's order, with the
    markup's own ones (a lead, subheads) kept where they stand among them (after the
    state paragraph the markup shows them after, else before the state's first). Unchanged
    where the state adds too little to be the story's missing part."""
    if not paragraphs:
        return text
    shown = text.split("\n\n")
    held = _norm(text)  # a state's paragraph may be a piece of one (a rich-text node)
    added = [p for p in paragraphs if _norm(p) not in held]
    if width("".join(added)) < max(STATE_MIN_WIDTH, STATE_ADDS * width(text)):
        return text
    return _merged(shown, paragraphs)


def _merged(shown: list[str], paragraphs: list[str], held: str = "") -> str:
    """The state's paragraphs with the markup's own (`shown`, those not among them nor in
    `held`, the state's text) each after the state paragraph the markup shows it after,
    else before the state's first."""
    state_keys = {_norm(p) for p in paragraphs}
    out = list(paragraphs)
    before: list[str] = []
    at = -1  # the place in `out` of the last state paragraph the markup showed
    for p in shown:
        k = _norm(p)
        if k in state_keys:
            at = next((i for i, q in enumerate(out) if _norm(q) == k), at)
            continue
        if held and k in held:
            continue  # a piece of one of the state's paragraphs
        if (i := _holding(out, k)) is not None:
            out[i], at = p, i  # a state's paragraph with more (a dateline): the markup's
            continue
        if at < 0:
            before.append(p)
        else:
            at += 1
            out.insert(at, p)
    return "\n\n".join([*before, *out])


def _state_goes_on(text: str, source: str) -> str:
    """The markup's text and the rest of its story in the page's Next.js state, where the
    markup shows only the story's start (statetext.next_state_rest) and the state holds
    half as much again: the longer text wins, as articleBody's does (`_cut_short`)."""
    if "__NEXT_DATA__" not in source:
        return text
    shown = text.split("\n\n")
    rest = next_state_rest(source, shown)
    if not rest or width("".join(rest)) < max(STATE_MIN_WIDTH, width(text) * STATE_GOES_ON):
        return text
    return "\n\n".join([*shown, *rest])


STATE_GOES_ON = JSONLD_CONTINUES - 1  # the state adds half the markup's text at least


STATE_ANCHOR_WORDS = 8  # the markup's opening words (of its first paragraph), looked for
STATE_ANCHOR = 60  # in a script state; characters at most (a script without spaces)


JSONLD_CHECK_MIN = 400  # characters of articleBody worth checking the markup's text against
JSONLD_SHARED = 0.3  # of articleBody's words found in the text: below, the text is another one


def _other_text(text: str, declared: str, least_chars: int = JSONLD_CHECK_MIN) -> bool:
    """Whether the markup's text is not the article JSON-LD declares (a teaser grid or a
    notice taken for it): few of articleBody's words occur in it. Words are runs of
    letters, so a script without spaces compares clause by clause. The text is read a
    piece at a time, and no further once enough words are shared: the markup's text of
    most pages is articleBody's, and its opening shares enough (reading all the words of
    both was ~4% of the body's time over newsbench's pages)."""
    if len(declared) < least_chars:
        return False
    want = set(WORD_RUN.findall(declared.casefold()))
    least = len(want) * JSONLD_SHARED
    shared: set[str] = set()
    for piece in chunks(text, WORDS_PIECE):  # cut at spaces: no word is halved
        shared |= want.intersection(WORD_RUN.findall(piece.casefold()))
        if len(shared) >= least:
            return False
    return len(shared) < least


WORDS_PIECE = 2000  # characters of the markup's text read at a time by `_other_text`
