"""JSON-LD: read every block, flatten @graph and lists, pick the article object."""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from lxml.html import HtmlElement

from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.urls import join_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

log = logging.getLogger(__name__)

# Ranked: a page often carries a WebPage, a VideoObject or a breadcrumb beside its article.
ARTICLE_TYPES = {
    "newsarticle": 10,
    "reportagenewsarticle": 10,
    "analysisnewsarticle": 10,
    "opinionnewsarticle": 10,
    "backgroundnewsarticle": 10,
    "reviewnewsarticle": 10,
    "askpublicnewsarticle": 10,
    "liveblogposting": 9,
    "article": 8,
    "satiricalarticle": 8,
    "advertisercontentarticle": 8,
    "blogposting": 8,
    "socialmediaposting": 6,
    "techarticle": 6,
    "scholarlyarticle": 6,
    "report": 5,
    "review": 4,
    "webpage": 1,
    "itempage": 1,
}
_TRAILING_COMMA = _compile(r",\s*([}\]])")
# Wrappers CMSs put around the JSON: an HTML comment, CDATA bare or inside JS comments; a
# JavaScript comment before it ("/* schema */ {...}", "/** Schema by ... **/", "// SEO plugin"
# on a line of its own).
_OPEN = _compile(
    r"^(?:<!--|/\*\s*<!\[CDATA\[\s*\*/|//\s*<!\[CDATA\[|<!\[CDATA\[|/\*[\s\S]{0,200}?\*/|//[^\n]{0,200}\n)\s*"
)
_CLOSE = _compile(r"(?:-->|/\*\s*\]\]>\s*\*/|//\s*\]\]>|\]\]>)$")
_CLOSE_TAIL = 40  # characters the closing wrapper can take
_SEPARATOR = _compile(r"[\s,;]*")
_JSONLD_TYPES = ("application/ld+json", "application/json+ld")
_ESCAPED_QUOTE = _compile(r"^[\[{\s]*&(?:quot|#34|#x22);")  # the block's first key's quote


def read_blocks(tree: HtmlElement) -> list[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD scripts, @graph members flattened."""
    objects: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        # "application/ld+json; charset=utf-8" too: the media type is what counts
        if (script.get("type") or "").split(";")[0].strip().lower() not in _JSONLD_TYPES:
            continue
        data = _loads(script.text or "")
        if data is not None:
            _flatten(data, objects, depth=0)
    return objects


def _loads(raw: str) -> Any:
    """The block's JSON, forgiving the slips publishers make: trailing commas, quotes left
    unescaped inside a string, a missing comma, JavaScript's \\' escape, and several objects
    one after another ("{...}{...}", "{...},{...}") read as a list."""
    # a byte-order mark before the block (a file saved by an editor, pasted in): not space
    # to str.strip()
    raw = _unwrap(raw.strip().lstrip("\ufeff").lstrip())
    if not raw:
        return None
    try:
        return _shallow(json.loads(raw, strict=False), 0)
    except ValueError:
        pass
    except RecursionError:  # nested past Python's stack ('[[[[...'): no article in it
        log.debug("JSON-LD block nested too deep: %.80s", raw)
        return None
    if _ESCAPED_QUOTE.search(raw):
        # a CMS that HTML-escapes the block's text as if it were markup ({&quot;@type&quot;:
        # ...}): a script's text is raw, so the quotes reach the parser as entities
        raw = html.unescape(raw)
    try:
        values = _several(_repaired(_TRAILING_COMMA.sub(r"\1", raw)))
        if not values:
            # comments between members, stray escapes in strings: JSON has neither, so
            # this pass runs only where the strict ones gave up
            values = _several(_repaired(_TRAILING_COMMA.sub(r"\1", _javascript_slips(raw))))
        if not values:
            # a JavaScript object literal ('quoted', bare keys) or a block cut off: last,
            # so that a block the passes above read is read as before
            literal = _javascript_literal(raw)
            if literal != raw:
                literal = _repaired(_TRAILING_COMMA.sub(r"\1", _javascript_slips(literal)))
                values = _several(literal)
    except RecursionError:
        values = []
    if not values:
        log.debug("bad JSON-LD block: %.80s", raw)
    return _shallow(values[0] if len(values) == 1 else values or None, 0)


_MAX_DEPTH = 32  # nesting kept: a Yoast graph's deepest field is ~8 levels down


def _shallow(value: Any, depth: int) -> Any:
    """`value` with lists and objects nested past _MAX_DEPTH levels left out (None): the
    readers of its fields recurse (`resolve`, `as_strings`), and 600 levels of lists
    parse but overflow their stack. A block nested less deep (every block a page
    carries) is returned as it is: only a deeper one is copied."""
    if depth == 0 and not _deeper_than(value, _MAX_DEPTH):
        return value
    if isinstance(value, list):
        return None if depth >= _MAX_DEPTH else [_shallow(v, depth + 1) for v in value]
    if isinstance(value, dict):
        if depth >= _MAX_DEPTH:
            return None
        return {k: _shallow(v, depth + 1) for k, v in value.items()}
    return value


def _deeper_than(value: Any, levels: int) -> bool:
    """Whether a list or object sits `levels` levels inside `value` (its own level 0), read a
    level at a time, without recursion or copies (half the time of copying the block)."""
    level = [value] if isinstance(value, (list, dict)) else []
    for _ in range(levels):
        level = [
            v
            for c in level
            for v in (c.values() if isinstance(c, dict) else c)
            if isinstance(v, (list, dict))
        ]
        if not level:
            return False
    return True


_MAX_REPAIRS = 20  # slips mended in one block; each costs a parse of it
_KEY = _compile(r'"[^"\\]*"\s*:')  # where a value should end: the next key, a comma missing


def _repaired(raw: str) -> str:
    """`raw` with the slips the parser stops at mended, one at a time: where a value
    should end, the next key wants a comma before it ('"a" "b": 1'); anything else means
    the string's last quote was one inside it ('"He said "no" today"', '"Es ist "kritisch""').
    """
    if "\\'" in raw:
        raw = raw.replace("\\'", "'")
    for _ in range(_MAX_REPAIRS):
        try:
            json.loads(raw, strict=False)
            return raw
        except json.JSONDecodeError as exc:
            if not exc.msg.startswith(("Expecting ',' delimiter", "Expecting ':' delimiter")):
                return raw
            at = exc.pos
            if exc.msg.startswith("Expecting ','") and _KEY.match(raw, at):
                raw = raw[:at] + "," + raw[at:]
                continue
            quote = raw.rfind('"', 0, at)
            if quote <= 0:
                return raw
            raw = raw[:quote] + '\\"' + raw[quote + 1 :]
    return raw


# A JSON string (its escapes read as pairs), a JavaScript line comment or a block comment's
# start outside one: the block cut at these in one left-to-right pass. "//" right after a
# colon is a URL's ("https://"), outside a string only where a quote inside the string
# ended it early: no comment. A string left open runs to the text's end (a scan from each
# later quote to the end would be quadratic).
_JS_TOKEN = _compile(r'"(?:[^"\\]++|\\[\s\S])*+(?:"|\\?\Z)|(?<!:)//[^\n]*+|/\*')
# an escape, read as a pair ("\\\\&" is a backslash, then "&"); "\\x41" is JavaScript's "A"
_ESCAPE = _compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_JSON_ESCAPES = frozenset('"\\/bfnrt')


def _javascript_slips(raw: str) -> str:
    """`raw` with what a JavaScript literal allows and JSON does not mended: `//` and
    `/* */` comments between members dropped, `\\x41` read as "A", a backslash before a
    character JSON never escapes dropped ("Gewinn \\& Verlust", PHP's "100 \\%").
    Escapes are read over the whole text, not string by string: a backslash outside a
    string is an error anyway, and a quote left unescaped inside a string (mended later)
    would put the rest of that string outside one."""
    if "\\" in raw:
        raw = _ESCAPE.sub(_known_escape, raw)
    out: list[str] = []
    pos = 0
    closable = True  # a "*/" still ahead: once none is, no later "/*" is looked for again
    while m := _JS_TOKEN.search(raw, pos):
        token = m.group(0)
        if token[0] == '"':
            out.append(raw[pos : m.end()])
            pos = m.end()
            continue
        if token == "/*":
            end = raw.find("*/", m.end()) if closable else -1
            if end < 0:
                closable = False
                out.append(raw[pos : m.end()])
                pos = m.end()
                continue
            out.append(raw[pos : m.start()] + " ")
            pos = end + 2
            continue
        out.append(raw[pos : m.start()] + " ")
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out)


# What a JavaScript object literal has that JSON lacks, read in one left-to-right pass: a
# string in either quotes (escapes read as pairs; one left open runs to the text's end), a
# comment, a name (a bare key where a colon follows), a bracket, a comma or a colon, or a
# run of anything else.
_LITERAL_TOKEN = _compile(
    r""""(?:[^"\\]++|\\[\s\S]|"(?!\s*+(?:[,:}\]]|/[/*]|\Z)))*+(?:(?P<dq>")|\\?\Z)"""
    r"""|'(?:[^'\\]++|\\[\s\S]|'(?!\s*+(?:[,:}\]']|/[/*]|\Z)))*+(?:(?P<sq>')|\\?\Z)"""
    r"|(?<!:)//[^\n]*+|/\*|(?P<key>(?:[^\W\d]|\$)[\w$]*+(?=\s*+:))|(?:[^\W\d]|\$)[\w$]*+|[{}\[\],:]|[^\"'/{}\[\],:\w$]++|[\s\S]"
)
_SINGLE_INNER = _compile(r"\\([\s\S])|\"")
_CLOSER = {"{": "}", "[": "]"}


def _javascript_literal(raw: str) -> str:
    """`raw` as JSON where it is a JavaScript object literal: 'single-quoted' strings
    double-quoted, bare keys ({headline: ...}) quoted, comments dropped; and where the
    text ends inside a string, an object or a list (a CMS cutting the block at N bytes),
    only the members complete before the last comma or closing bracket, closed: a value
    cut mid-way ("2026-05-1") is no value of the publisher's. A quote starts a string only
    where a value or key may start (after "{[,:"): an apostrophe in a word outside one
    (a double-quoted string's own quote left unescaped) starts none."""
    out: list[str] = []
    stack: list[str] = []
    last = ""  # the last bracket, comma or colon, or "v" after anything else
    cut_at, cut_depth = -1, 0  # the output up to the last complete member, and its depth
    is_open = False  # the text ends inside a string or a comment
    # after a string holding its own quote unescaped ("Er sagte "nein", heute"): where it
    # ends is a guess, so a comma or bracket right after it is no cut point
    unsure = False
    doubt = False  # the last token was a comma right after such a string
    # a name quoted as a key after such a comma, where its value is a string holding its
    # own quote too ("nein", author: "Max" heute"): the comma was inside one string
    doubted = -1
    quoted = False  # the last token other than space was a closed single-quoted string
    closable = True
    pos = 0
    while m := _LITERAL_TOKEN.match(raw, pos):
        token, pos = m.group(0), m.end()
        first = token[0]
        if first == "'" and quoted and not unsure:
            # one single-quoted string after another: the comma between them left out
            # ('x' 'datePublished': ...), put in here as the text is rewritten
            out.append(",")
            last = ","
        if first == "'" and last not in ("", "{", "[", ",", ":"):
            out.append(first)  # an apostrophe: the text after it is read on as before
            pos = m.start() + 1
            last = "v"
        elif first in "\"'":
            is_open = m.group("dq" if first == '"' else "sq") is None
            unsure = token.count(first) > 2 and first in _ESCAPE.sub("", token[1:-1])
            if doubted >= 0 and last == ":" and unsure:
                out[doubted] = out[doubted][1:-1]  # a name in a string: left unquoted
            doubted = -1
            if first == "'" and not is_open:
                token = '"' + _SINGLE_INNER.sub(_double_quoted, token[1:-1]) + '"'
            out.append(token)
            last = "v"
            quoted = first == "'" and not is_open
            continue
        elif token.startswith("//"):
            out.append(" ")
        elif token == "/*":
            end = raw.find("*/", pos) if closable else -1
            if end < 0:
                closable = False
                out.append(token)
                last = "v"
            else:
                out.append(" ")
                pos = end + 2
        elif first in "{[":
            stack.append(first)
            out.append(token)
            last = first
        elif first in "}]":
            if stack and _CLOSER[stack[-1]] == first:
                stack.pop()
            out.append(token)
            if not unsure:
                cut_at, cut_depth = len(out), len(stack)
            last = first
        elif first == ",":
            if stack and not unsure:
                cut_at, cut_depth = len(out), len(stack)
            doubt = unsure
            out.append(token)
            last = first
        elif first == ":":
            out.append(token)
            last = first
        elif m.group("key") and last in ("{", ","):
            doubted = len(out) if doubt else -1
            out.append('"' + token + '"')
            last = "v"
        else:
            out.append(token)
            if not token.isspace():
                last = "v"
                is_open = False
        if not token.isspace():
            unsure = quoted = False
            doubt = doubt and first == ","
            if first != ":" and not m.group("key"):
                doubted = -1
    if not (stack or is_open):
        return "".join(out)
    if cut_at < 0:
        return ""
    kept = "".join(out[:cut_at]).rstrip().rstrip(",")
    return kept + "".join(_CLOSER[c] for c in reversed(stack[:cut_depth]))


def _double_quoted(m: re.Match[str]) -> str:
    """A single-quoted string's escape or quote as a double-quoted one's: "\\'" is "'",
    a bare '"' is escaped."""
    what = m.group(1)
    if what is None:
        return '\\"'
    return "'" if what == "'" else m.group(0)


def _known_escape(m: re.Match[str]) -> str:
    """The escape as it is where JSON knows it, its character where JavaScript does
    ("\\x27" -> "'"), else its character alone ("\\&" -> "&")."""
    what = m.group(1)
    if len(what) == 3:
        return json.dumps(chr(int(what[1:], 16)))[1:-1]
    return m.group(0) if len(what) == 5 or what in _JSON_ESCAPES else what


def _several(raw: str) -> list[Any]:
    """The JSON values at the start of `raw`, one after another, up to the first broken one."""
    decoder = json.JSONDecoder(strict=False)
    values, pos = [], 0
    while pos < len(raw):
        try:
            value, pos = decoder.raw_decode(raw, pos)
        except ValueError:
            break
        values.append(value)
        pos = _SEPARATOR.match(raw, pos).end()  # type: ignore[union-attr]  # always matches
    return values


def _unwrap(raw: str) -> str:
    """Drop the HTML comment or CDATA wrappers some CMSs put around the JSON (only the
    ends are read: a block of article text can be 100 KB)."""
    while raw[:1] not in ("{", "[") or raw[-1:] not in ("}", "]"):
        bare = raw[m.end() :] if (m := _OPEN.match(raw)) else raw
        tail = bare[-_CLOSE_TAIL:]
        if m := _CLOSE.search(tail):
            bare = bare[: len(bare) - len(tail) + m.start()].rstrip()
        if bare == raw or not bare:
            return bare
        raw = bare
    return raw


def _flatten(data: Any, out: list[dict[str, Any]], depth: int) -> None:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            _flatten(item, out, depth + 1)
    elif isinstance(data, dict):
        data = _plain_keys(data)
        if "@type" in data:
            out.append(data)
        if "@graph" in data:
            _flatten(data["@graph"], out, depth + 1)
        main = data.get("mainEntity") or data.get("mainEntityOfPage")
        if isinstance(main, dict) and _rank(main) >= 5:
            out.append(main)
        for key in _NESTING:
            _nested(data.get(key), out)


def _plain_keys(data: dict[str, Any]) -> dict[str, Any]:
    """`data` with schema.org's prefixed or full property names as the plain ones
    ("schema:datePublished", "http://schema.org/headline": a CMS writing compacted JSON-LD
    with its own context, or expanded); the object itself where no name has such a prefix.
    Another vocabulary's names ("og:image", "dc:title") stay as they are, and a plain name
    the object also states wins."""
    if ":" not in "".join(data) or not any(k.startswith(_SCHEMA_PREFIXES) for k in data):
        return data  # (one look at all the names first: most objects have no prefix)
    plain = {_SCHEMA_PREFIX.sub("", k): v for k, v in data.items()}
    plain.update({k: v for k, v in data.items() if not k.startswith(_SCHEMA_PREFIXES)})
    return plain


_SCHEMA_PREFIXES = ("schema:", "http://schema.org/", "https://schema.org/")
_SCHEMA_PREFIX = _compile(r"^(?:schema:|https?://schema\.org/)")


# Where a WebPage (or a CollectionPage, a Movie a review is about) holds an article as one
# of its parts or subjects rather than its main entity. Such an article is the page's only
# where it names the page or shows its headline (`pick_article`): a page's parts are as
# often its related stories.
_NESTING = ("hasPart", "about", "subjectOf")
NESTED = "@nested"  # the mark a nested article object carries
_MAX_PARTS = 20


def _nested(value: Any, out: list[dict[str, Any]]) -> None:
    items = value[:_MAX_PARTS] if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, dict) and _rank(item) >= _ARTICLE_RANK and "@graph" not in item:
            out.append({**item, NESTED: True})


def types_of(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type")
    types = t if isinstance(t, list) else [t]
    # "NewsArticle", "http://schema.org/NewsArticle", "schema:NewsArticle"
    return [x.lower().rsplit("/", 1)[-1].rsplit(":", 1)[-1] for x in types if isinstance(x, str)]


def _rank(obj: dict[str, Any]) -> int:
    return max((ARTICLE_TYPES.get(t, 0) for t in types_of(obj)), default=0)


def pick_article(
    objects: list[dict[str, Any]],
    url: str,
    own_urls: Callable[[], list[str]] = list,
    shown_titles: Callable[[], list[str]] = list,
    meta_dates: Callable[[], list[str]] = list,
) -> dict[str, Any]:
    """The page's article object; {} when none: WebPage only counts if it has a headline.

    Among article objects, one that names the page (where it was fetched, or one of the
    addresses `own_urls` gives: its canonical link, its og:url) beats one that names no
    page, which beats one that names another page (a related story's, a live blog's other
    entry), whatever their order; then one whose headline the page shows as its title
    (`shown_titles`: og:title, <title>, the h1) beats one it does not (a related story's
    object, naming no page, before the page's own); then the type's rank and completeness.
    An article object that names only another page and whose headline is none of the titles
    the page shows is another piece's (a related story's card, the only article object on a
    page whose own JSON-LD is a WebPage): never the page's, even alone; nor is the only
    article object, naming no page, whose headline shares almost none of the words of the
    page's titles while they agree (`_another_headline`: a promoted story's) and whose date
    no published meta states. Among articles tied
    so far, one whose `datePublished` a published meta states (`meta_dates`: the same instant,
    or wall clock to the minute) beats one no meta states: two objects naming no page and
    showing no headline are the page's and a related story's, and the metas date the page.
    """
    articles = sum(1 for obj in objects if _rank(obj) >= _ARTICLE_RANK)
    several = articles > 1 or any(NESTED in obj for obj in objects)
    lone = not several  # (among several, the page's own is told by the keys below)
    urls = (url, *own_urls()) if several else (url,)  # read only for a choice
    titles = [_norm(t) for t in shown_titles()] if several else []
    stated = [d for v in meta_dates() if (d := _when(v))] if several else []
    best: dict[str, Any] = {}
    best_key: tuple[bool, int, bool, bool, int] = (False, 0, False, False, 0)
    for obj in objects:
        rank = _rank(obj)
        if rank == 0 or (rank == 1 and "headline" not in obj):
            continue
        article = rank >= _ARTICLE_RANK
        named = names_page(obj, urls) if article else 0
        if named < 0 and not several:  # a lone article naming another address: look closer
            several = True
            urls = (url, *own_urls())
            titles = [_norm(t) for t in shown_titles()]
            stated = [d for v in meta_dates() if (d := _when(v))]
            named = names_page(obj, urls)
        shown = article and _shows_headline(obj, titles)
        if named < 0 and titles and not shown:
            continue
        if lone and article and named == 0 and "headline" in obj:
            # a lone article naming no page: a related story's card where its headline
            # shares none of the page's topic
            # (its date a published meta states: the page's own, under another headline)
            titles = [_norm(t) for t in shown_titles()]
            if (
                not _shows_headline(obj, titles)
                and _another_headline(obj["headline"], titles)
                and not _stated_in(
                    obj.get("datePublished"), [d for v in meta_dates() if (d := _when(v))]
                )
            ):
                continue
        if obj.get(NESTED) and named <= 0 and not shown:
            continue  # a part or subject of the page, not shown as its article
        dated = article and bool(stated) and _stated_in(obj.get("datePublished"), stated)
        key = (article, named, shown, dated, rank * 10 + _completeness(obj))
        if not best or key > best_key:
            best, best_key = obj, key
    return best


# The metas naming a page's publication most often (dates.py reads many more): enough to
# tell the page's article object from a related story's by its date.
PUBLISHED_METAS = (
    "article:published_time", "og:article:published_time", "itemprop:datepublished",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date",
)  # fmt: skip


def _when(value: Any) -> datetime | None:
    """An ISO 8601 stamp ("2026-01-29T18:40:00+01:00", "... 18:40Z"), read without the date
    rules (a choice between objects needs only to see two stamps agree)."""
    if not isinstance(value, str) or len(value) < 16:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace(" ", "T", 1))
    except ValueError:
        return None


def _stated_in(value: Any, stated: list[datetime]) -> bool:
    """Whether a date is one of `stated`: the same instant, or the same wall clock to the minute."""
    if (d := _when(value)) is None:
        return False
    for other in stated:
        if d.tzinfo is not None and other.tzinfo is not None and d == other:
            return True
        if d.replace(tzinfo=None, second=0, microsecond=0) == other.replace(
            tzinfo=None, second=0, microsecond=0
        ):
            return True
    return False


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _shows_headline(obj: dict[str, Any], titles: list[str]) -> bool:
    """Whether one of the page's titles is the object's headline, alone or with the site's
    name before or after it ("Headline | Site"); not a headline that is a part of a title."""
    headline = obj.get("headline")
    if not isinstance(headline, str) or not (headline := _norm(headline)):
        return False
    for title in titles:
        if title.startswith(headline):
            rest = title[len(headline) : len(headline) + 1]
        elif title.endswith(headline):
            rest = title[-len(headline) - 1 : -len(headline)]
        else:
            continue
        if not rest.isalnum():
            return True
    return False


# Words of a headline: letters and digits; in scripts written without spaces (Han, kana,
# Thai, Lao, Khmer, Myanmar) two characters at a time.
_WORD = _compile(r"\w+")
_UNSPACED = _compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"
)
_MIN_WORDS = 3  # a headline of fewer words says too little to call it another's
_SHARED = 0.25  # a headline with fewer of its words in the page's titles is another piece's
_AGREE = 0.5  # two titles sharing this share of the shorter's words name one piece


def _words(text: str) -> list[str]:
    """The words that carry a title's topic: 4 letters or more (2 in Hangul), or a pair of
    characters in a script written without spaces."""
    found = []
    for word in _WORD.findall(text):
        if _UNSPACED.search(word):
            found += [word[i : i + 2] for i in range(max(1, len(word) - 1))]
        elif len(word) >= 4 or (len(word) >= 2 and "\uac00" <= word[0] <= "\ud7a3"):
            found.append(word)
    return found


def _alike(a: str, b: str) -> bool:
    """One word, inflected or with an article or a case ending glued on ("Haushalt",
    "Haushalts"; "حكومة", "الحكومة"): same first five letters, or one inside the other."""
    return a[:5] == b[:5] or (len(a) >= 4 and len(b) >= 4 and (a in b or b in a))


def _shared(words: list[str], others: list[str]) -> float:
    """The share of `words` one of `others` matches."""
    return sum(1 for w in words if any(_alike(w, o) for o in others)) / len(words)


def _another_headline(headline: Any, titles: list[str]) -> bool:
    """Whether an article object's headline is clearly another piece's: it shares almost
    none of its words with the page's titles, while two of those (og:title, <title>, h1)
    agree on one piece. A rewritten headline (the topic's words in another order, a
    longer or shorter form) shares most of its words and stays the page's. Titles as short
    as a name do not count: a <title> and a masthead h1 that both say the site's name
    ("Valley Post") agree on no piece."""
    if not isinstance(headline, str) or len(titles) < 2:
        return False
    words = _words(_norm(headline))
    if len(words) < _MIN_WORDS:
        return False
    read = [w for t in titles if len(w := _words(t)) >= _MIN_WORDS]
    agree = any(
        _shared(a, b) >= _AGREE if len(a) <= len(b) else _shared(b, a) >= _AGREE
        for i, a in enumerate(read)
        for b in read[i + 1 :]
    )
    return agree and _shared(words, [w for ws in read for w in ws]) < _SHARED


_ARTICLE_RANK = 5  # an article type; a WebPage or Review never outranks one by its URL


def names_page(obj: dict[str, Any], urls: tuple[str, ...]) -> int:
    """1 when the object names one of the page's own URLs, -1 when it names only another
    page, 0 when it names none."""
    named = [u for key in ("url", "mainEntityOfPage") if (u := _address(obj.get(key)))]
    if not named:
        return 0
    if urls and urls[0]:  # a path or a scheme-relative address names a page of this site
        named = [u if u.startswith(("http:", "https:")) else join_url(urls[0], u) for u in named]
    return 1 if any(same_page(u, own) for u in named for own in urls if own) else -1


def _address(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _completeness(obj: dict[str, Any]) -> int:
    return sum(1 for k in ("headline", "datePublished", "author", "articleBody") if obj.get(k))


def same_page(a: str, b: str) -> bool:
    """Whether two addresses name one page: scheme, "www.", a trailing slash and the
    fragment aside; a query only where both carry one that is not tracking
    ("?id=12" and "?id=13" are two pages, "?utm_source=x" and none one)."""
    path_a, _, query_a = a.partition("#")[0].partition("?")
    path_b, _, query_b = b.partition("#")[0].partition("?")
    if _page_key(path_a) != _page_key(path_b):
        return False
    if not (query_a and query_b):
        return True
    own_a, own_b = _own_query(query_a), _own_query(query_b)
    return not (own_a and own_b) or own_a == own_b


def _page_key(path: str) -> str:
    return _SCHEME_WWW.sub("", path).rstrip("/").lower()


_SCHEME_WWW = _compile(r"^(?:https?:)?//(?:www\.)?", re.IGNORECASE)
# Query parameters that name a campaign, a referrer or a share, never the page.
_TRACKING = _compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_[ce]id|yclid|igshid|ocid|cmp|cmpid|ref|"
    r"ref_src|ref_url|src|source|share|smid|at_\w+|wt_\w+|xtor|ito|ns_\w+|s_cid|_ga|"
    r"amp|outputtype|output|mobile)$",
    re.IGNORECASE,
)


def _own_query(query: str) -> frozenset[str]:
    """A query's parameters that may name the page (tracking ones left out)."""
    return frozenset(
        part for part in query.split("&") if part and not _TRACKING.match(part.partition("=")[0])
    )


def objects_of_type(objects: list[dict[str, Any]], *types: str) -> list[dict[str, Any]]:
    wanted = {t.lower() for t in types}
    return [o for o in objects if wanted.intersection(types_of(o))]


def resolve(value: Any, objects: list[dict[str, Any]]) -> Any:
    """Replace {"@id": ...} references (WordPress/Yoast graphs) by the node they name."""
    if isinstance(value, list):
        return [resolve(v, objects) for v in value]
    if (
        isinstance(value, dict)
        and set(value) <= {"@id", "@type"}
        and isinstance(value.get("@id"), str)
    ):
        for obj in objects:
            if obj.get("@id") == value["@id"] and obj is not value:
                return obj
    return value


def is_this_page(obj: dict[str, Any], url: str) -> bool:
    """Whether a JSON-LD object says it describes the page at `url` (url, @id, mainEntityOfPage)."""
    for key in ("url", "@id", "mainEntityOfPage"):
        own = obj.get(key)
        if isinstance(own, dict):
            own = own.get("@id") or own.get("url")
        if isinstance(own, str) and own and same_page(own, url):
            return True
    return False
