"""An article's text kept only in a page's script state, for body.py.

A page rendered in the browser ships an empty root (or a teaser) and its data as JSON:
Next.js in `<script id="__NEXT_DATA__">`, other frameworks in `<script
type="application/json">` or a global set by a script (`window.__INITIAL_STATE__ = {...}`,
`__APOLLO_STATE__`, `__PRELOADED_STATE__`; the JSON itself, or a string `JSON.parse`
reads; Nuxt's JavaScript state and flattened payload through nuxtstate.py). The text is
there, in paragraphs under one path (`props.pageProps.article.body[].text`) or as one
HTML string (`...content: "<p>...</p>"`).
The paragraphs are the strings of the path (list indexes left out) carrying the most
running text, in the order the state gives them, short ones (subheads) included.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import lxml.html

from newsarchive.extract import nuxtstate
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import clean, width

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

_NEXT_DATA = _compile(r"<script[^>]*\bid=[\"']__NEXT_DATA__[\"'][^>]*>", re.I)
# Other states: a JSON script (not JSON-LD, read elsewhere; not Next's, read first), or a
# script setting a global named like a framework's (`__NAME__`), however it is written
# (`window.__X__ =`, `window["__X__"]=`, `self.__X__=`), to an object or a JSON string.
_JSON_SCRIPT = _compile(r"<script\b[^>]*\btype=[\"']application/json[\"'][^>]*>", re.I)
# Uppercase names and no \b before them, each a literal start the regex engine jumps to:
# a case-blind pattern took 30 ms on a page of BEM class names ("card__title").
_GLOBAL_STATE = _compile(r"__[A-Z][A-Z0-9_]*__[\"']?\]?\s*=\s*(?:JSON\.parse\(\s*)?(?=[{\"'])")
MIN_ANCHOR = 12  # characters of an anchor's words: a shorter one ("Update") names no story
MAX_STATES = 12  # script states parsed on one page at most
_DECODER = json.JSONDecoder(strict=False)
MIN_STRING = 40  # letters' worth: shorter strings are titles, labels and ids, and weigh nothing
_ADDRESS = ("http://", "https://", "/")
MAX_DEPTH = 40
_HTML = _compile(r"<(?:p|br|h[2-4]|div)\b", re.I)
_PARAGRAPH_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote")


def state_paragraphs(source: str) -> list[str]:
    """The article's paragraphs in the page's Next.js state, or [] without one."""
    return next_story(source, "")[0]


def next_story(source: str, title: str) -> tuple[list[str], bool]:
    """The article's paragraphs in the page's Next.js state ([] without one), and whether
    they sit in the object stating the page's `title` (the headline) as a field of its own:
    the story's object, not a listing's or a widget's."""
    m = _NEXT_DATA.search(source)
    if m is None:
        return [], False
    state = _decode(source, m.end())
    if state is None:
        return [], False
    found = _strings(state)
    name = _key(title)
    path = _story_path(state, found, name)
    if path is None:
        return [], False
    titled = len(name) >= MIN_ANCHOR and _beside(_title_parents(found, name), path)
    return _assembled(state, found, path), titled


def other_state_paragraphs(
    source: str, opening: str, title: str, little: bool, mentioned: bool = False
) -> list[str]:
    """The article's paragraphs in a script state other than Next.js's, [] without one.
    The best of the states (up to MAX_STATES) whose text goes on from the markup's
    `opening` (a teaser's first words), or sits in the object that states the page's
    `title` as a field of its own (`{headline: ..., content: ...}`: the story's object),
    or, where the markup shows `little` (a line or two, perhaps not the story's), that
    carry the `title` in one of their strings: a state's other text (related stories'
    summaries, comments, a consent tool's notices) is never the body of a page whose
    markup shows the story's start. `mentioned`: only states after whose start the source
    holds the opening's or the title's words as written are decoded (a page showing its
    story at length: most states are its copy or none, and decoding them costs)."""
    start, name = _key(opening), _key(title)
    own_title = name if len(name) >= MIN_ANCHOR else ""
    if len(name) < MIN_ANCHOR or not little:
        name = ""
    if len(start) < MIN_ANCHOR and not own_title:
        return []
    best: list[str] = []
    best_width = 0
    for state in _other_states(source, [opening, title] if mentioned else []):
        found = _strings(state)
        path = _story_path(state, found, own_title)
        if path is None:
            continue
        paragraphs = _assembled(state, found, path)
        head = _key(" ".join(paragraphs)[: 4 * len(opening) + 400])
        if len(start) >= MIN_ANCHOR and start in head:
            pass  # the state's text goes on from the markup's
        elif own_title and (parents := _title_parents(found, own_title)):
            if not _beside(parents, path):
                continue  # the story's object states no text; the text is others'
            # else: the text beside the headline, in the story's own object
        elif (
            not name
            or not _holds(found, name)
            or (len(start) >= MIN_ANCHOR and _holds(found, start))
        ):
            continue  # another story's, the comments', a consent tool's; or the markup's
            # opening in a string of its own (a teaser's), the text beside it another
        size = sum(width(p) for p in paragraphs)
        if size > best_width:
            best, best_width = paragraphs, size
    return best


def _title_parents(found: dict[str, list[str]], title: str) -> list[str]:
    """The paths of the objects that state the page's title as a field, whole. A string
    without the title's last word (a casefolded run of it) is passed over before its words
    are read: a state of 5 MB holds hundreds of thousands of strings."""
    last = title.rsplit(" ", 1)[-1]
    return [
        key.rsplit(".", 1)[0]
        for key, texts in found.items()
        if any(len(t) < 4 * len(title) and last in t.casefold() and _key(t) == title for t in texts)
    ]


def _beside(parents: list[str], path: str, others: re.Pattern[str] | None = None) -> bool:
    """Whether the text at `path` is in (or under) one of the objects at `parents`, not in
    a field of other texts (`.article.blocks[].text` beside `.article.headline`; `others`
    names those fields where given)."""
    others = others or _OTHERS_TEXT
    return any(
        path.startswith(parent + ".") and not others.search(path, len(parent)) for parent in parents
    )


# Fields of a story's object holding other texts than its own: its comments, related stories.
_OTHERS_TEXT = _compile(r"comment(?!ary)|related|recommend|teaser|similar|more|readers", re.I)


def _holds(found: dict[str, list[str]], key: str) -> bool:
    """Whether one of a state's strings holds `key` (words in lower case)."""
    return any(key in _key(t) for texts in found.values() for t in texts)


def _other_states(source: str, words: list[str]) -> Iterator[Any]:
    """The page's other script states, decoded; a JSON string state decoded twice. With
    `words`, only the states one of whose plain openings follows their start."""
    found = [m for m in _JSON_SCRIPT.finditer(source) if "__NEXT_DATA__" not in m.group()]
    found += _GLOBAL_STATE.finditer(source)
    if "__NUXT__" in source and (nuxt := nuxtstate.nuxt2_state(source)):
        yield nuxt  # JavaScript, not JSON: read apart
    for m in sorted(found, key=lambda m: m.start())[:MAX_STATES]:
        if words and not any(mentions(source, m.end(), w) for w in words if w):
            continue
        state = _decode(source, m.end())
        if isinstance(state, list) and "__NUXT_DATA__" in m.group():
            state = nuxtstate.revived(state)  # Nuxt 3's values by index, nested again
        if isinstance(state, str):
            try:
                state = _DECODER.decode(state)
            except (ValueError, RecursionError):
                continue
        if isinstance(state, dict | list):
            yield state


def _decode(source: str, at: int) -> Any:
    """The JSON value starting at `at` (spaces skipped), None where there is none."""
    while at < len(source) and source[at] in " \t\r\n":
        at += 1
    try:
        value, _ = _DECODER.raw_decode(source, at)
    except (ValueError, RecursionError):  # RecursionError: nested past Python's stack
        return None
    return value


def _key(text: str) -> str:
    """Text compared across markup and state: words only, in lower case."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _strings(state: Any) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    _collect(state, "", found, 0)
    return found


def _best_paragraphs(state: Any) -> list[str]:
    """The story in a state nothing in the markup anchors: the paragraphs at its story's
    path (`_story_path`), its blocks assembled (`_assembled`)."""
    found = _strings(state)
    path = _story_path(state, found)
    return [] if path is None else _assembled(state, found, path)


def _story_path(state: Any, found: dict[str, list[str]], title: str = "") -> str | None:
    """The path with the most running text that is not other stories' (`_OTHERS_LIST`:
    related, most read, a menu; or a list of objects each with a title of its own, a feed
    of teasers); its pieces' where a rich-text story's runs are each too short to weigh.
    Where every path is others', or the others' text is ten times the rest's (a live
    blog's entries, each with its title), the widest, as before. First of all, where the
    object stating the page's `title` (words in lower case; one object, not a list's item,
    whose path is every item's) holds a story's worth of text (`_beside`), the widest path
    there (not under others' keys, `_OTHERS_LIST`), whatever its blocks' titles (a story's
    titled sections) and whatever the language of the others' keys beside it."""
    parents = [p for p in _title_parents(found, title) if "[]" not in p] if title else []
    if len(title) >= MIN_ANCHOR and parents:  # one object: paths drop list indexes
        own = {p: texts for p, texts in found.items() if _beside(parents, p, _OTHERS_LIST)}
        mine = _heaviest(state, own)
        if mine[0] is not None and mine[1] >= PIECES_WIDTH:
            return mine[0]
    path, size = _heaviest(state, found)
    if path is None or not (_OTHERS_LIST.search(path) or _teasers(state, path)):
        return path
    own = {p: texts for p, texts in found.items() if not _OTHERS_LIST.search(p) and p != path}
    for _ in range(TEASER_LISTS):
        mine = _heaviest(state, own)
        if mine[0] is None or not _teasers(state, mine[0]):
            break
        del own[mine[0]]
    else:
        return path  # list after list of teasers: a listing's state
    if mine[0] is None or mine[1] * OTHERS_RATIO < size:
        return path
    return mine[0]


def _heaviest(state: Any, found: dict[str, list[str]]) -> tuple[str | None, int]:
    """The path carrying the most running text and its width; its pieces' where a
    rich-text story's runs are each too short to weigh alone."""
    path = _best_path(found)
    size = 0 if path is None else _running_width(found[path])
    if size < PIECES_WIDTH and (pieces := _pieces_path(state, found, size))[0] is not None:
        return pieces
    return path, size


PIECES_WIDTH = 400  # letters' worth: under this, the best path may hold a story's pieces
TEASER_LISTS = 6  # teasers' paths passed over at most before the story's
OTHERS_RATIO = 10  # others' text this many times the story's: not others' after all


def _pieces_path(state: Any, found: dict[str, list[str]], least: int) -> tuple[str | None, int]:
    """The path through two lists or more whose strings, joined per item of the list
    above them (a rich-text paragraph's runs of text and links), carry the most running
    text, more than `least`, and that width; None where none does."""
    best, most = None, least
    for path, texts in found.items():
        if path.count("[]") < 2 or 2 * sum(map(len, texts)) <= most:
            continue  # a width is at most twice the length
        leaves: list[tuple[tuple[int, ...], Any]] = []
        _walk(state, [s for s in path.split(".") if s], (), leaves)
        units: dict[tuple[int, ...], list[str]] = defaultdict(list)
        for at, text in leaves:
            units[at[:-1]].append(text)
        size = _running_width(["".join(u) for u in units.values()])
        if size > most:
            best, most = path, size
    return best, most


# Keys of a state holding other stories' text or the site's, never the page's story's.
# A key's word, whole where it may start another ("latestVersion", "feedback", "canvas").
_OTHERS_LIST = _compile(
    r"related|recommend|teaser|similar|readmore|more(?:stories|articles|news)|mostread"
    r"|popular(?!ity)|trending|top(?:stories|news)|recirc|promo|menu|footer|sidebar|comment(?!ary)"
    r"|latest(?:news|stories|articles|posts|items)?\b|feed(?:items)?\b|\bnav(?:igation|bar)?\b",
    re.I,
)
_TITLE_KEYS = ("title", "headline", "name")
TEASER_ITEMS = 3  # objects with a title beside their text: a list of teasers, not blocks


def _teasers(state: Any, path: str) -> bool:
    """Whether the strings at `path` sit in a list of objects each carrying a title of its
    own (`[{title, summary, url}, ...]`): a listing's teasers, one summary per story."""
    steps = [s for s in path.split(".") if s]
    if not steps or "[]" not in path:
        return False
    holders: list[tuple[tuple[int, ...], Any]] = []
    _walk(state, steps[:-1], (), holders, strings=False)
    titled = [
        h
        for _, h in holders
        if isinstance(h, dict) and any(isinstance(h.get(k), str) for k in _TITLE_KEYS)
    ]
    return len(titled) >= TEASER_ITEMS and 2 * len(titled) > len(holders)


_STOPS = ".!?\u3002\uff01\uff1f\u061f\u0964\u2026"  # a sentence's last mark, in the scripts read
_CLOSING = "\"'\u201d\u00bb)]"  # a quote or bracket closed after it
_NOT_TEXT = _compile(r"caption|credit|copyright|alt|source|author|byline|label|url|type", re.I)
SIBLING_SHARE = 0.25  # of the best path's running width: another block kind's text


def _assembled(state: Any, found: dict[str, list[str]], path: str) -> list[str]:
    """The paragraphs of the story whose text is at `path`, read block by block: where the
    state cuts a paragraph into pieces (a rich-text tree: `content[].children[].text`,
    links a level deeper), the pieces of one block joined (where, joined per item of the
    list above them, they end sentences and alone they do not; never further up: a whole
    page's tree of nodes joins into one run); blocks of another kind beside them
    (`blocks[].paragraph.html` and `blocks[].text.value`) read in their places. Plain
    paragraphs and HTML strings as `_paragraphs_at` reads them."""
    steps = [s for s in path.split(".") if s]
    levels = sum(s.count("[]") for s in steps)
    if levels == 0:
        return _paragraphs_at(found, path)
    leaves: list[tuple[tuple[int, ...], Any]] = []
    _walk(state, steps, (), leaves)
    depth = min((len(at) for at, _ in leaves), default=0)
    level = depth  # units: whole strings
    if (
        depth > 1
        and not any(_HTML.search(t) for t in found[path][:OPENING])
        and _sentences(leaves, depth - 1) >= SENTENCES_SHARE > _sentences(leaves, depth)
    ):
        level = depth - 1  # the strings are a block's pieces; joined they end sentences
    prefix = _prefix(steps, level)
    last = steps[-1].rstrip("[]")
    least = SIBLING_SHARE * _running_width(found[path])
    for other, texts in found.items():
        if other == path or not other.startswith(prefix) or other.count("[]") < level:
            continue
        tail = other[len(prefix) :]
        piece = level < depth and other.rsplit(".", 1)[-1].rstrip("[]") == last
        if piece or (not _NOT_TEXT.search(tail) and _running_width(texts) >= least):
            _walk(state, [s for s in other.split(".") if s], (), leaves)
    units: dict[tuple[int, ...], list[tuple[tuple[int, ...], str]]] = defaultdict(list)
    for at, text in leaves:
        units[at[:level]].append((at, text))
    paragraphs: list[str] = []
    for key in sorted(units):
        pieces = sorted(units[key], key=lambda item: item[0])
        if level < depth:
            paragraphs.append(clean("".join(t for _, t in pieces)))
        else:
            for _, text in pieces:
                paragraphs.extend(_split(text))
    return [p for p in paragraphs if p]


SENTENCES_SHARE = 0.7  # of a level's units ending a sentence: the level of the blocks


def _sentences(leaves: list[tuple[tuple[int, ...], Any]], level: int) -> float:
    """The share of units (strings joined by their first `level` list indexes) that end a
    sentence."""
    units: dict[tuple[int, ...], list[str]] = defaultdict(list)
    for at, text in leaves:
        units[at[:level]].append(text)
    ends = ("".join(texts).rstrip().rstrip(_CLOSING)[-1:] for texts in units.values())
    return sum(bool(end) and end in _STOPS for end in ends) / len(units)


def _prefix(steps: list[str], level: int) -> str:
    """The path up to (and with) its `level`-th list level."""
    out, seen = "", 0
    for step in steps:
        name = step.rstrip("[]")
        out += "." + name
        for _ in range((len(step) - len(name)) // 2):
            out += "[]"
            seen += 1
            if seen == level:
                return out
    return out


def _best_path(found: dict[str, list[str]]) -> str | None:
    """The path carrying the most running text, None where no string is running text."""
    weights = {path: _running_width(texts) for path, texts in found.items()}
    if not weights or not max(weights.values()):
        return None
    return max(weights, key=weights.__getitem__)


def _paragraphs_at(found: dict[str, list[str]], path: str) -> list[str]:
    paragraphs: list[str] = []
    for value in found[path]:
        paragraphs.extend(_split(value))
    return [p for p in paragraphs if p]


def _collect(value: Any, path: str, found: dict[str, list[str]], depth: int) -> None:
    """Strings of running text under their paths, list indexes left out (so the
    paragraphs of one body share one path). A state holds tens of thousands of values,
    most of them numbers, flags and short ids: a container reads its own strings, and
    passes its numbers over, with no call (nor path) for each."""
    if depth > MAX_DEPTH:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str):
                if depth < MAX_DEPTH and item.strip() and not item.startswith(_ADDRESS):
                    found[f"{path}.{key}"].append(item)
            elif isinstance(item, dict | list):
                _collect(item, f"{path}.{key}", found, depth + 1)
    elif isinstance(value, list):
        listed = path + "[]"
        for item in value:
            if isinstance(item, str):
                if depth < MAX_DEPTH and item.strip() and not item.startswith(_ADDRESS):
                    found[listed].append(item)  # short ones too: a body's subheads share its path
            elif isinstance(item, dict | list):
                _collect(item, listed, found, depth + 1)
    elif isinstance(value, str) and value.strip() and not value.startswith(_ADDRESS):
        found[path].append(value)  # a state that is a string


def _running_width(texts: list[str]) -> int:
    """The width of those of `texts` that are running text: words, not an id, slug or
    address (spaces between them, or a script without any), MIN_STRING wide or more."""
    total = 0
    for text in texts:
        if 2 * len(text) >= MIN_STRING:  # a width is at most twice the length
            size = width(text)
            if size >= MIN_STRING and (" " in text.strip() or size > len(text)):
                total += size
    return total


def _split(value: str) -> list[str]:
    """A string's paragraphs: an HTML string's blocks, else the string cut at blank lines."""
    if not _HTML.search(value):
        return [clean(p) for p in re.split(r"\n\s*\n|\n", value)]
    try:
        root = lxml.html.fragment_fromstring(value, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return [clean(value)]
    blocks = [el for el in root.iter(*_PARAGRAPH_TAGS) if el.getparent() is not None]
    outer = [b for b in blocks if not any(a in blocks for a in b.iterancestors())]
    return [clean(b.text_content()) for b in outer] or [clean(root.text_content())]


def next_state_rest(source: str, shown: list[str]) -> list[str]:
    """The paragraphs a Next.js state holds after those the markup shows (`shown`): a
    server that renders a story's first paragraphs and leaves the rest to scripts ("read
    more", lazy blocks, a paywall lifted in the browser). The state's story must open as
    the markup does (one of the markup's first paragraphs among the story's first); the
    paragraphs after the last one the markup shows follow, those the markup holds left
    out. [] without a state, where its story is another or the markup shows it all.
    A state listing several stories (an endless scroll's next ones) is read story by story."""
    m = _NEXT_DATA.search(source)
    keys = [_key(p)[:PARAGRAPH_KEY] for p in shown]
    opening = [p for p, k in zip(shown[:OPENING], keys, strict=False) if len(k) >= MIN_ANCHOR]
    if m is None or not any(mentions(source, m.end(), p) for p in opening):
        return []
    state = _decode(source, m.end())
    if state is None:
        return []
    path = _story_path(state, _strings(state))
    if path is None:
        return []
    held = set(keys)
    for story in _stories(state, path):
        story_keys = [_key(p)[:PARAGRAPH_KEY] for p in story]
        first = {k: i for i, k in reversed(list(enumerate(story_keys))) if len(k) >= MIN_ANCHOR}
        places = [first[k] for k in keys if k in first]
        if not places or min(places) >= OPENING:
            continue  # not this story, or the state holds only its end
        last = max(places) + 1
        return [p for p, k in zip(story[last:], story_keys[last:], strict=True) if k not in held]
    return []


PARAGRAPH_KEY = 80  # a paragraph's first words compared across markup and state
OPENING = 3  # paragraphs: the markup's story and the state's open within these
_PLAIN_RUN = _compile(r"[^\W\d_][\w ]{11,59}")  # words a JSON string writes as they are


def mentions(source: str, at: int, paragraph: str) -> bool:
    """Whether the source after `at` (the state) holds the paragraph's opening words as
    written, before it is decoded: most states with long markup are that markup's copy or
    another story's, and a state of 500 KB takes milliseconds to decode. Without plain
    words to look for (a paragraph opening with a quote, a number), the state is decoded."""
    m = _PLAIN_RUN.match(paragraph)
    if m is None:
        return True
    return source.find(m.group().rsplit(" ", 1)[0] if " " in m.group() else m.group(), at) >= 0


def _stories(state: Any, path: str) -> list[list[str]]:
    """The paragraphs at `path`, one list per story: a path through two lists
    (`articles[].blocks[].text`) holds a story per item of the outer one; a path whose
    strings are HTML (`articles[].content`) a story per string."""
    leaves: list[tuple[tuple[int, ...], str]] = []
    _walk(state, [s for s in path.split(".") if s], (), leaves)
    split = [(at, _split(value)) for at, value in leaves]
    # a story per string where most strings are HTML stories, not a paragraph each
    whole = 2 * sum(len(parts) >= OPENING for _, parts in split) > len(split)
    stories: dict[tuple[int, ...], list[str]] = defaultdict(list)
    for at, parts in split:
        stories[at if whole else at[:-1]].extend(p for p in parts if p)
    if len(stories) > 1 and sum(map(len, stories.values())) < OPENING * len(stories):
        # a paragraph's pieces per item (`blocks[].children[].text`), not a story each
        return [[p for story in stories.values() for p in story]]
    return list(stories.values())


def _walk(
    value: Any, steps: list[str], at: tuple[int, ...], out: list[Any], strings: bool = True
) -> None:
    """The strings at a path `_collect` named (its steps: a key, "[]" after it per list
    level), each with its list indexes; with `strings` False, whatever value is there."""
    if not steps:
        if isinstance(value, str) or not strings:
            out.append((at, value))
        return
    step = steps[0]
    if step.startswith("[]"):
        if isinstance(value, list):
            rest = [step[2:], *steps[1:]] if len(step) > 2 else steps[1:]
            for i, item in enumerate(value):
                _walk(item, rest, (*at, i), out, strings)
        return
    name, lists = step, ""
    while name.endswith("[]"):
        name, lists = name[:-2], lists + "[]"
    if isinstance(value, dict) and name in value:
        _walk(value[name], [lists, *steps[1:]] if lists else steps[1:], at, out, strings)
