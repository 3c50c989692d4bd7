"""Pages nested deeper than Python's stack but within libxml2's bound (2,048 levels): the
body's walk and its furniture test recurse a frame a level, and raised RecursionError out
of `extract_article` from ~1,000 levels down. Such a page is read again with its deepest
blocks flattened to their text; a page that reads is never flattened."""

from __future__ import annotations

import logging
import sys
import traceback

import lxml.etree
import lxml.html
import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.document import FLAT_DEPTH, deeper_than, flatten, parse

URL = "http://news.test/2026/12/04/harbour-plan"
TITLE = "Harbour plan approved by the town council"
SENTENCE = "The council met on Tuesday to weigh the harbour plan and what it costs the town."


def page(body: str) -> str:
    return (
        f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
        f"{body}</article></body></html>"
    )


SHAPES = {
    "divs": lambda n: "<div>" * n + f"<p>{SENTENCE}</p>" * 3 + "</div>" * n,
    "classed-divs": lambda n: (
        "".join(f'<div class="box-{i % 3}">' for i in range(n))
        + f"<p>{SENTENCE}</p>"
        + "</div>" * n
    ),
    "spans": lambda n: "<span>" * n + SENTENCE + "</span>" * n,
    "quotes": lambda n: "<blockquote>" * n + f"<p>{SENTENCE}</p>" + "</blockquote>" * n,
    "lists": lambda n: "<ul><li>" * (n // 2) + SENTENCE + "</li></ul>" * (n // 2),
    "bold-italic": lambda n: (
        "<p>" + "<b><i>" * (n // 2) + SENTENCE + "</i></b>" * (n // 2) + "</p>"
    ),
}


def depth(tree: lxml.etree._Element) -> int:
    """The tree's deepest level of elements, counted without recursion."""
    deepest, level = 0, [tree]
    while level:
        deepest += 1
        level = [c for el in level for c in el if isinstance(c.tag, str)]
    return deepest


@pytest.mark.parametrize("levels", [1_100, 2_000])
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_page_nested_past_the_stack_gives_its_text(
    shape: str, levels: int, caplog: pytest.LogCaptureFixture
) -> None:
    html = page(SHAPES[shape](levels))
    doc = parse(html, URL)
    assert doc is not None and depth(doc.tree) > levels  # libxml2 kept the nesting
    with caplog.at_level(logging.WARNING, logger="newsarchive.extract.core"):
        art = extract_article(html, URL)
    assert art.title == TITLE
    assert art.body is not None and SENTENCE in art.body
    assert "past Python's stack" in caplog.text


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_page_within_the_stack_is_read_as_it_is(
    shape: str, caplog: pytest.LogCaptureFixture
) -> None:
    html = page(SHAPES[shape](400))
    with caplog.at_level(logging.WARNING, logger="newsarchive.extract.core"):
        art = extract_article(html, URL)
    assert art.body is not None and SENTENCE in art.body
    assert "past Python's stack" not in caplog.text


def test_flatten_keeps_the_text_and_cuts_the_depth() -> None:
    html = page("<div>" * 1_500 + f"<p>{SENTENCE}</p><p>{SENTENCE}</p>" + "</div>" * 1_500)
    tree = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    before = tree.text_content()
    assert flatten(tree) == 1  # one block at FLAT_DEPTH held the rest
    assert depth(tree) == FLAT_DEPTH + 2  # its paragraphs one level down, side by side
    assert [p.text for p in tree.iter("p")] == [SENTENCE, SENTENCE]
    assert tree.text_content() == before


def test_flatten_leaves_a_shallow_tree_alone() -> None:
    tree = lxml.html.document_fromstring(page(f"<div><p>{SENTENCE}</p></div>"))
    serialised = lxml.etree.tostring(tree)
    assert flatten(tree) == 0
    assert lxml.etree.tostring(tree) == serialised


def test_flatten_reads_a_wide_level_block_by_block() -> None:
    """20,000 blocks at the bound, each holding an element: each keeps its own text."""
    levels = FLAT_DEPTH - 3  # html, body and article above them
    wide = "<div>" * levels + "<p><b>x</b>y</p>" * 20_000 + "</div>" * levels
    tree = lxml.html.document_fromstring(page(wide), parser=lxml.html.HTMLParser(huge_tree=True))
    assert flatten(tree) == 20_000
    assert [p.text for p in tree.iter("p")] == ["xy"] * 20_000
    assert depth(tree) == FLAT_DEPTH + 1


def _read_on_a_short_stack(html: str, frames: int) -> RecursionError | None:
    """The RecursionError `extract_article` raises with the stack ending `frames` down
    (the one raised for a stack that ends above this frame already)."""
    limit = sys.getrecursionlimit()
    try:
        sys.setrecursionlimit(frames)
    except RecursionError as error:
        return error
    try:
        extract_article(html, URL)
    except RecursionError as error:
        return error
    finally:
        sys.setrecursionlimit(limit)
    return None


def test_a_recursion_error_of_a_shallow_page_is_not_read_again_flattened(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A RecursionError that the page's nesting did not cause (here: a stack made short,
    as a bug recursing without end would exhaust it) is raised as it is: no warning that
    the page nests past the stack, no second read to hide it behind."""
    html = page(f"<div><p>{SENTENCE}</p></div>")
    assert not deeper_than(lxml.html.document_fromstring(html), 10)
    assert extract_article(html, URL).body == SENTENCE  # what it reads loaded, on a whole stack
    raised = None
    with caplog.at_level(logging.WARNING, logger="newsarchive.extract.core"):
        for frames in range(10, 1_000):  # stacks the fields run out of, and not parse
            error = _read_on_a_short_stack(html, frames)
            if error is None:
                break  # read whole: longer stacks read it too
            names = [frame.name for frame in traceback.extract_tb(error.__traceback__)]
            if "_fields" in names:
                raised = error
            elif raised is None:
                caplog.clear()  # parsing ran out first: a longer stack
    assert raised is not None, "no stack was short enough for the fields and not for parse"
    assert "past Python's stack" not in caplog.text


def test_deeper_than_counts_levels_without_recursion() -> None:
    html = page("<div>" * 1_500 + "</div>" * 1_500)
    tree = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    levels = depth(tree)
    assert levels > 1_500
    assert deeper_than(tree, levels - 1)
    assert not deeper_than(tree, levels)


# --- what a flattened page keeps: its blocks apart, its JSON-LD read, no code as text ----

STORY_LD = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour plan",'
    ' "author": {"@type": "Person", "name": "Ana Lima"},'
    ' "datePublished": "2026-12-04T08:00:00+01:00"}</script>'
)
PARAGRAPHS = [f"{n}. {SENTENCE}" for n in range(1, 4)]


def _nested(levels: int, inner: str) -> str:
    return page("<div>" * levels + inner + "</div>" * levels)


@pytest.mark.parametrize("levels", [900, 1_100, 2_000])
def test_a_flattened_page_keeps_its_paragraphs_and_headings_apart(levels: int) -> None:
    """The blocks past the bound were one run of text: "town.2. The", "town.CostsMore"."""
    inner = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "<h2>Costs</h2><p>What it costs.</p>"
    art = extract_article(_nested(levels, inner), URL)
    assert art.body == "\n\n".join([*PARAGRAPHS, "Costs", "What it costs."])
    assert art.word_count == sum(len(p.split()) for p in PARAGRAPHS) + 4


@pytest.mark.parametrize("levels", [900, 1_100, 2_000])
def test_a_flattened_page_reads_its_json_ld_and_shows_no_code(levels: int) -> None:
    """A script deep in the page was read as text: its JSON-LD in the body (authors and date
    lost), its JavaScript too."""
    inner = f"{STORY_LD}<p>{SENTENCE}</p><script>var tracker = 1;</script><style>p{{}}</style>"
    art = extract_article(_nested(levels, inner), URL)
    assert art.authors == ["Ana Lima"]
    assert art.published == "2026-12-04T08:00:00+01:00"
    assert art.body == SENTENCE


@pytest.mark.parametrize("levels", [900, 1_100, 2_000])
def test_a_flattened_page_keeps_its_images(levels: int) -> None:
    figure = (
        '<figure><img src="/media/harbour-plan-lead.jpg" width="1200" height="675"'
        ' alt="The harbour"></figure>'
    )
    art = extract_article(_nested(levels, f"<p>{SENTENCE}</p>{figure}<p>{SENTENCE}</p>"), URL)
    assert art.image == "http://news.test/media/harbour-plan-lead.jpg"


RICH = (
    f"{STORY_LD}<p>{PARAGRAPHS[0]}</p><figure><img src='/media/harbour-plan-lead.jpg'"
    " width='1200' height='675'><figcaption>The harbour at dusk. Photo: Town archive"
    f"</figcaption></figure><p>{PARAGRAPHS[1]}<br>A line of its own after a break.</p>"
    "<h2>What it costs</h2><blockquote><p>We can pay for it, said the mayor.</p></blockquote>"
    f"<ul><li>A new quay for ferries.</li><li>Two cranes.</li></ul><p>{PARAGRAPHS[2]}</p>"
    "<script>var tracker = 1;</script>"
)


def test_a_flattened_page_gives_the_fields_it_gives_unflattened() -> None:
    """The same blocks 900 levels down (read as they are) and 1,100 (read flattened)."""
    read = extract_article(_nested(900, RICH), URL)
    flat = extract_article(_nested(1_100, RICH), URL)
    assert read.body is not None and "Two cranes." in read.body
    fields = ("title", "authors", "published", "body", "image", "word_count", "language")
    assert {name: getattr(flat, name) for name in fields} == {
        name: getattr(read, name) for name in fields
    }


def test_a_page_read_again_flattened_says_each_thing_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A page cut at the size limit, nested past libxml2's bound and past the stack: one
    line for each, not the cut and the collapse told again by the second read."""
    html = page("<div>" * 3_000 + f"<p>{SENTENCE}</p>" + "<b><i>" * 550 + SENTENCE)
    with caplog.at_level(logging.WARNING, logger="newsarchive.extract"):
        art = extract_article(html + "<p>after the cut</p>" * 10, URL, max_html=len(html))
    assert art.truncated and art.body is not None and SENTENCE in art.body
    lines = [record.getMessage() for record in caplog.records]
    assert len(lines) == 3, lines
    assert [URL in line for line in lines] == [True] * 3
    assert ["read up to" in line for line in lines].count(True) == 1
    assert ["over 2048 deep" in line for line in lines].count(True) == 1
    assert ["past Python's stack" in line for line in lines].count(True) == 1


@pytest.mark.parametrize("pairs", [1_100, 2_000])
@pytest.mark.parametrize(
    "pair", ["<b><i>", "<font><span>", '<span class="x"><em>'], ids=["b-i", "font-span", "span-em"]
)
@pytest.mark.parametrize("closed", [True, False], ids=["closed", "unclosed"])
def test_alternating_tags_past_libxml2_s_bound_keep_the_page(
    pair: str, pairs: int, closed: bool
) -> None:
    """Two tags opened in turn past 2,048 levels are no run of one tag to collapse: libxml2
    stopped there and the page's text was lost (body None)."""
    closing = "".join(f"</{tag.split()[0].rstrip('>')}>" for tag in pair[1:].split("<")[::-1])
    nested = pair * pairs + SENTENCE + (closing * pairs if closed else "")
    script = "<script>var badge = '<b><i>new</i></b>';</script>"
    html = page(f"{STORY_LD}<p>{nested}</p><p>{SENTENCE} Again.</p>{script}")
    art = extract_article(html, URL)
    assert art.title == "Harbour plan"  # the JSON-LD's headline, as on any page with it
    assert art.authors == ["Ana Lima"]
    assert art.body is not None and SENTENCE in art.body
    if closed:
        assert f"{SENTENCE} Again." in art.body
