"""Scripts and styles (`document._blocks`, which `cut` empties and keeps JSON-LD by) and a
byline's "@handle" (`authornames._HANDLE`) are found as the patterns they replaced found them, on
every case: unclosed, nested-looking, upper case, a ">" inside a quoted attribute, a tag with
no ">" at all. The old patterns read on to the page's end from each opening with no close
after it (benchmarks/script_scan_bench.py times both).
"""

from __future__ import annotations

import random
import re

import pytest

from newsarchive.extract import authornames, leadimage
from newsarchive.extract.document import _blocks, _unformatted, cut

# what the code read before (the reference each case is held to)
OLD_JSONLD = re.compile(r"<script\b[^>]*ld\+json[^>]*>.*?</script\s*>", re.I | re.S)
OLD_SCRIPT_OR_STYLE = re.compile(
    r"(<(?:script|style)\b[^>]*>)(.*?)</(?:script|style)\s*>", re.I | re.S
)
OLD_HANDLE = re.compile(r"(?<![\w.])\s*\(?@[A-Za-z0-9_.]{2,30}\)?(?![\w@])")
OLD_ADDRESS = re.compile(r"^(?:https?:)?/\S+$|^[\w.-]+/\S*\.\w+(?:\?\S*)?$")

LD = '<script type="application/ld+json">'
CASES = [
    "",
    "<p>no script</p>",
    "<script>a</script>",
    "<script>a</script><style>b</style>",
    "<SCRIPT>a</SCRIPT ><Style media=x>b</STYLE\n>",
    "<script>a</style>",  # a style's close ends a script too (as before)
    "<script>" * 50,  # unclosed
    "<script>" * 50 + "</script>",
    "<script" * 50,  # no ">" at all
    "<script" * 50 + ">x</script>",
    "<script>a<script>b</script>c</script>",  # nested-looking
    "<scripts>a</script><scriptx>b</script>",  # not a script's name
    '<script data-x="a>b" type="application/ld+json">{"a":1}</script>',  # ">" in quotes
    '<script data-x="<script type=application/ld+json>">{}</script>',
    '<script a="<script">x</script>' + LD + "{}</script>",
    LD + "{}</script>" + LD + "{}" + "<script>" * 20,
    LD + "{}</script  >" + LD.upper() + "{}</SCRIPT>",
    '<script type="application/LD+JSON">{}</script>',
    '<script type="application/ld+\u017fon">{}</script>',  # a long s: "s" in any case
    "<script type=ld+json>{}</style>",  # JSON-LD ends at a script's close only
    "<style>x</style>" + LD + "{}" + "</scrip>" * 10 + "</script>",
    "<script>\n" + "x" * 100 + "\n</script\t\n>",
    "<script/>x</script>",
    "<<script>>x<</script>>",
]
PIECES = ["<script", "<SCRIPT", "<style", "<scripts", " ", ">", '"a>b"', "ld+json", "LD+Json"]
PIECES += ["</script>", "</SCRIPT >", "</style\n>", "</script", "x", "{}", "<", "/", "\u017f"]


def _fuzz(n: int) -> list[str]:
    rng = random.Random(24)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30))) for _ in range(n)]


def _old_blocks(text: str, start: int, jsonld: bool) -> list[tuple[int, int, int, int]]:
    if jsonld:
        return [(m.start(), -1, -1, m.end()) for m in OLD_JSONLD.finditer(text, start)]
    return [
        (m.start(), m.end(1), m.end(2), m.end()) for m in OLD_SCRIPT_OR_STYLE.finditer(text, start)
    ]


def _same(text: str, jsonld: bool) -> None:
    for start in sorted({0, len(text) // 3, len(text) // 2}):
        found = list(_blocks(text, start, jsonld))
        if jsonld:
            found = [(a, -1, -1, d) for a, _b, _c, d in found]
        assert found == _old_blocks(text, start, jsonld), (text, start)


@pytest.mark.parametrize("text", CASES)
@pytest.mark.parametrize("jsonld", [False, True])
def test_blocks_are_what_the_patterns_found(text: str, jsonld: bool) -> None:
    _same(text, jsonld)


def test_blocks_fuzzed_are_what_the_patterns_found() -> None:
    found = 0
    for text in _fuzz(6000):
        _same(text, False)
        _same(text, True)
        found += bool(OLD_JSONLD.search(text))
    assert found > 100  # the pieces make JSON-LD scripts often enough to compare


def test_cut_empties_scripts_and_keeps_tail_jsonld_as_before() -> None:
    """Unclosed openings after the page's scripts: the blob is emptied, JSON-LD past the
    cut kept, as before."""
    blob = "<script>" + "x" * 5000 + "</script>"
    tail = LD + '{"@type":"NewsArticle"}</script>'
    page = "<html><head>" + blob + "</head><body>" + "<p>t</p>" * 800 + tail
    page += "<script>" * 2000 + "<script" * 2000
    text, was_cut = cut(page, 3000)
    assert was_cut
    assert "x" * 100 not in text
    assert text.endswith(tail)


HANDLES = [
    "By Jane Doe @janedoe",
    "By Jane Doe  (@janedoe)",
    "Jane Doe,   @jd_1 and Max Muster",
    "jane@example.com",
    "Jane Doe.@jd",
    "Jane Doe. \t@jd",
    "@jd Jane Doe",
    "  @jd",
    "Jane Doe @jd @mm",
    "Jane Doe @jd@mm",
    "Jane Doe @a",
    "Jane Doe " + " " * 200 + "x",
    "Jane Doe " + " " * 200 + "@janedoe",
    "Jane\u00a0\u00a0@jd",
    "Jane Doe (@jd",
    "Jane Doe @jd)x",
]


@pytest.mark.parametrize("text", HANDLES)
def test_handles_are_cut_as_before(text: str) -> None:
    assert authornames._HANDLE.sub(lambda m: m[1] or "", text) == OLD_HANDLE.sub("", text)


def test_handles_fuzzed_are_cut_as_before() -> None:
    rng = random.Random(24)
    pieces = [" ", "  ", "\t", "@", "(", ")", "jd", "a", ".", ",", "_", "@jd", "x@y", "\u00a0"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        assert authornames._HANDLE.sub(lambda m: m[1] or "", text) == OLD_HANDLE.sub("", text), text


ADDRESSES = [
    "https://example.com/a.jpg",
    "//cdn.example.com/a",
    "/img/a.jpg",
    "img/a.jpg",
    "img/a.jpg?w=300",
    "img/a.jpg?w=300?x",
    "img/a?b.jpg",
    "img/a.jpg?",
    "img/a.jpg x",
    "img/a.jpg?w=3 00",
    "img/a",
    "img/a.",
    "16/9",
    "a.b/c",
    "a b/c.jpg",
    "img/.a?.a?.a",
    "img/" + ".a?" * 50 + " ",
    "",
]


@pytest.mark.parametrize("url", ADDRESSES)
def test_addresses_are_told_as_before(url: str) -> None:
    """A lazy attribute's address (`leadimage._ADDRESS`) is told as it was."""
    assert bool(leadimage._ADDRESS.match(url)) == bool(OLD_ADDRESS.match(url))


def test_addresses_fuzzed_are_told_as_before() -> None:
    rng = random.Random(24)
    pieces = ["img", "/", ".", "jpg", "?", "w=3", " ", "-", "a", "\u00e9", "\t", "http:", "//"]
    told = 0
    for _ in range(20000):
        url = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        assert bool(leadimage._ADDRESS.match(url)) == bool(OLD_ADDRESS.match(url)), url
        told += bool(OLD_ADDRESS.match(url))
    assert told > 500


# What a page nesting past libxml2's depth keeps (`document._unformatted`) and where a markup's
# <img> tags are outside what parse drops (`leadimage._img_tags`): as the patterns they replaced
# found them, which read on to the page's end from each opening with no close after it.
OLD_INLINE_OR_CODE = re.compile(
    r"(<(script|style)\b[^>]*>.*?</\2\s*>)"
    r"|</?(?:b|i|u|s|em|strong|span|font|small|big|mark|sub|sup|tt|cite|abbr|ins|del|strike"
    r"|nobr)\b[^<>]*>",
    re.I | re.S,
)
OLD_SKIPPED_OR_IMG = re.compile(
    r"(<!--.*?-->|<(script|style|noscript|template|svg|iframe)\b.*?</\2\s*>)|<img\b", re.I | re.S
)
MARKUP = [
    "",
    "<b>a</b><i>b</i>",
    "<script>a<b>x</b></script><b>y</b>",
    "<script>a</style><b>x</b></script>",
    "<SCRIPT>a</script ><style>b</STYLE\n>",
    "<script>" * 30 + "<b>x</b>",
    '<b title="<script">x' * 30,
    "<script" * 30 + "<b>",
    "<style>" + "<b>" * 5 + "</style><b>",
    "<!--<img src=a>--><img src=b>",
    "<!--" * 20 + "<img src=c>",
    "<svg><img></svg><img><iframe>" + "<img>" * 5,
    "<template>" * 10 + "<img>" + "</template>",
    "<noscript><img></noscript ><img>",
    "<scripts><img></script><img>",
    "<!--->--><img>",
]
TAGS = ["<script", "<SCRIPT", "<style", "<Style", "<b>", "</b>", "<i x=1>", "<img", "<IMG ", ">"]
TAGS += ["</script>", "</SCRIPT >", "</style\n>", "<!--", "-->", "<svg>", "</svg>", "x", " ", "<"]
TAGS += ["<iframe", "</iframe>", "<noscript>", "</noscript>", "<template", "</template >", "-"]


def _markup_fuzz(n: int) -> list[str]:
    rng = random.Random(24)
    return ["".join(rng.choice(TAGS) for _ in range(rng.randint(1, 30))) for _ in range(n)]


@pytest.mark.parametrize("text", MARKUP)
def test_unformatted_and_img_tags_are_what_the_patterns_found(text: str) -> None:
    assert _unformatted(text) == OLD_INLINE_OR_CODE.sub(lambda m: m.group(1) or "", text)
    old = [m.start() for m in OLD_SKIPPED_OR_IMG.finditer(text) if not m.group(1)]
    assert list(leadimage._img_tags(text)) == old


def test_unformatted_and_img_tags_fuzzed_are_what_the_patterns_found() -> None:
    for text in _markup_fuzz(6000):
        assert _unformatted(text) == OLD_INLINE_OR_CODE.sub(lambda m: m.group(1) or "", text)
        old = [m.start() for m in OLD_SKIPPED_OR_IMG.finditer(text) if not m.group(1)]
        assert list(leadimage._img_tags(text)) == old, text


def test_unclosed_openings_are_read_once() -> None:
    """20,000 unclosed openings inside tags: the old patterns took minutes each."""
    text = '<b title="<script"><i title="<!--<svg">x' * 20_000 + "<img src=a>"
    assert _unformatted(text).endswith("x<img src=a>")
    assert list(leadimage._img_tags(text)) == [len(text) - len("<img src=a>")]
