"""Extraction over what a hostile or broken page gives: JSON nested past Python's stack,
script state of the wrong types, charset names that are no charset. It never raises."""

from __future__ import annotations

import cProfile
import functools
import importlib
import json
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml.html import HtmlElement

from newsarchive import extract as extract_package
from newsarchive.extract import extract_article, scriptstate
from newsarchive.extract.document import FIRST_ATTRIBUTES, MAX_HTML, decode, parse

URL = "http://news.test/harbour/ferries"
TITLE = "Harbour board adds evening ferries"
PUBLISHED = "2026-03-04T05:06:00+00:00"


def page(head: str) -> str:
    return (
        f"<html><head><title>{TITLE}</title>{head}</head><body><article><h1>{TITLE}</h1>"
        "<p>The board voted on Tuesday to add two evening crossings to the timetable.</p>"
        "</article></body></html>"
    )


def ld(block: str) -> str:
    return f'<script type="application/ld+json">{block}</script>'


def article_with(field: str, value: str) -> str:
    head = json.dumps({"@type": "NewsArticle", "headline": TITLE, "datePublished": PUBLISHED})
    return head[:-1] + f", {json.dumps(field)}: {value}}}"


@pytest.mark.parametrize("field", ["author", "about", "keywords", "image", "articleSection"])
def test_a_field_nested_600_deep_leaves_the_rest_of_the_block_read(field: str) -> None:
    """600 levels of lists parse, but the field readers that recurse overflowed on them."""
    deep = "[" * 600 + '"x"' + "]" * 600
    art = extract_article(page(ld(article_with(field, deep))), URL)
    assert art.published == PUBLISHED


@pytest.mark.parametrize(
    "block",
    [
        "[" * 100_000 + "]" * 100_000,
        "[" * 100_000 + "}",
        '{"a":' * 50_000 + "1" + "}" * 50_000,
        article_with("author", "[" * 100_000),
    ],
    ids=["lists", "lists-broken", "objects", "broken-article"],
)
def test_a_block_nested_past_the_stack_is_dropped_not_raised(block: str) -> None:
    html = page(ld(block) + ld(article_with("author", '{"name": "Jane Doe"}')))
    art = extract_article(html, URL)
    assert art.authors == ["Jane Doe"]  # the page's other block still read


def test_nesting_within_the_bound_is_kept_whole() -> None:
    doc = parse(page(ld(article_with("about", "[" * 20 + '"harbour"' + "]" * 20))), URL)
    assert doc is not None
    about: Any = doc.jsonld[0]["about"]
    for _ in range(20):
        about = about[0]
    assert about == "harbour"


def fusion(state: str) -> str:
    return f"<script>Fusion.globalContent = {state};</script>"


def test_arc_state_with_numbers_where_lists_go_still_gives_its_story() -> None:
    state = {
        "type": "story",
        "headlines": {"basic": TITLE},
        "credits": {"by": [{"name": "Jane Doe"}]},
        "taxonomy": {"tags": 5, "primary_section": [1]},
        "content_elements": 7,
        "first_publish_date": PUBLISHED,
    }
    story = scriptstate.article(page(fusion(json.dumps(state))))
    assert story["headline"] == TITLE
    assert story["author"] == [{"@type": "Person", "name": "Jane Doe"}]
    assert "keywords" not in story and "articleBody" not in story


@pytest.mark.parametrize(
    "script",
    [
        fusion("[" * 100_000),
        fusion('{"type": "story", "headlines": ' + "[" * 100_000 + "}"),
        '<script type="application/json" id="__NUXT_DATA__">[{"publishedAt": 1}, '
        + "[" * 5000
        + "]" * 5000
        + "]</script>",
    ],
    ids=["arc-lists", "arc-story", "nuxt3-payload"],
)
def test_script_state_nested_past_the_stack_does_not_raise(script: str) -> None:
    art = extract_article(page(script), URL)
    assert art.title == TITLE


# Names Python's codecs know that are no charset of a page: decoding with them raised.
NOT_CHARSETS = ["zlib", "rot13", "idna", "punycode", "undefined", "hex", "uu", "quopri", "base64"]


@pytest.mark.parametrize("name", NOT_CHARSETS)
def test_a_charset_name_that_is_no_charset_reads_as_undeclared(name: str) -> None:
    body = f"<p>Caf\u00e9 owner wins award \u2014 {TITLE}</p>".encode("cp1252")
    meta = f'<meta charset="{name}"><title>{TITLE}</title>'.encode() + body
    for html, header in ((meta, None), (b"<title>" + TITLE.encode() + b"</title>" + body, name)):
        assert "Caf\u00e9 owner" in decode(html, header)
        assert extract_article(html, URL, encoding=header).title == TITLE


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=30,
)
FIELDS = ["headline", "author", "datePublished", "dateModified", "keywords", "image", "url"]
FIELDS += ["mainEntityOfPage", "publisher", "articleSection", "description", "inLanguage", "@id"]
ARC = ["headlines", "credits", "taxonomy", "content_elements", "promo_items", "language"]
ARC += ["first_publish_date", "display_date", "subheadlines", "description"]
# Work is counted, not timed: the calls an extraction makes (Python's and builtins', as
# cProfile counts them) and the node sets libxml2 is handed to take the parents of.
WORK = 3  # times the calls of the plain page that a small page may make, however odd its values


def calls(html: str, max_html: int | None = MAX_HTML) -> int:
    profile = cProfile.Profile()
    profile.runcall(extract_article, html, URL, max_html=max_html)
    return sum(stat.callcount for stat in profile.getstats())


@functools.cache
def plain_calls() -> int:
    """The plain page's calls, counted once warm (the same count each time after the first:
    each example compares against it; profiling it again per example doubled the test's work)."""
    for head in ("", ld("{}"), fusion("{}")):  # regexes compiled, caches filled, as when
        calls(page(head))  # the file's earlier tests ran (this one alone began cold)
    return calls(page(""))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=6),
    st.dictionaries(st.sampled_from(ARC), json_values, max_size=6),
)
def test_any_json_shape_in_the_fields_read_never_raises(ld_fields: dict, arc: dict) -> None:
    block = {"@type": "NewsArticle", **ld_fields}
    state = {"type": "story", "headlines": {"basic": TITLE}, **arc}
    plain = plain_calls()
    for head in (ld(json.dumps(block)), fusion(json.dumps(state))):
        assert calls(page(head)) <= WORK * plain


_PARENT_STEP = re.compile(r"/parent::\*|/\.\.")


def parent_step_inputs(path: str) -> Iterator[str]:
    """The expressions whose node sets `path`'s parent steps (`/parent::*`, `/..`) take:
    libxml2 merges those parents pairwise, quadratic in the set (80,000 attributes: 14 s)."""
    for step in _PARENT_STEP.finditer(path):
        before = path[: step.start()]
        if before.count("[") == before.count("]"):  # (not a step inside a predicate)
            yield before[before.count("(") - before.count(")") :]  # parentheses closed after


def test_parent_step_inputs_are_the_sets_before_each_parent_step() -> None:
    nested = "((//@a)[position() <= 9]/parent::*//@b)[position() <= 9]/parent::*"
    assert list(parent_step_inputs(nested)) == [
        "(//@a)[position() <= 9]",
        "((//@a)[position() <= 9]/parent::*//@b)[position() <= 9]",
    ]
    assert list(parent_step_inputs("//body//text()[. = $t]/..")) == ["//body//text()[. = $t]"]
    assert list(parent_step_inputs("//a[../@rel]")) == []


class _Spied:
    """A compiled XPath of the extraction that notes what its parent steps are handed."""

    def __init__(self, query: etree.XPath, seen: list[tuple[str, int]]) -> None:
        self.query, self.seen = query, seen

    def __call__(self, context: Any, **variables: Any) -> Any:
        for expression in parent_step_inputs(self.query.path):
            self.seen.append((expression, len(etree.XPath(expression)(context, **variables))))
        return self.query(context, **variables)


@pytest.fixture
def parent_steps(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """(expression, nodes) for each node set an XPath of the extraction hands a parent step:
    its compiled queries (module constants) and those it passes as strings."""
    seen: list[tuple[str, int]] = []
    for info in pkgutil.iter_modules(extract_package.__path__):
        module = importlib.import_module(f"{extract_package.__name__}.{info.name}")
        for name, value in list(vars(module).items()):
            if isinstance(value, etree.XPath):
                monkeypatch.setattr(module, name, _Spied(value, seen))
            elif isinstance(value, tuple) and value and isinstance(value[0], etree.XPath):
                monkeypatch.setattr(module, name, tuple(_Spied(q, seen) for q in value))
    xpath = HtmlElement.xpath

    def spied(self: HtmlElement, path: str, **variables: Any) -> Any:
        _Spied(etree.XPath(path), seen)(self, **variables)  # notes, then evaluates once more
        return xpath(self, path, **variables)

    monkeypatch.setattr(HtmlElement, "xpath", spied)
    return seen


ATTRIBUTE_FIRST = {  # before the first 1,000 were read, 80,000 of each took seconds to extract
    "author links": '<a href="/author/x">x</a>',  # 13.9 s
    "rel=author": '<a rel="author">x</a>',  # 13.7 s
    "class=date": '<span class="date"></span>',  # 14.9 s
    "itemprop=datePublished": '<span itemprop="datePublished"></span>',  # 15.2 s
    "itemprop=author": '<span itemprop="author"></span>',  # 41.8 s
    "itemprop=author with a name": '<i itemprop="author"><b itemprop="name">x</b></i>',  # 122 s
}
BYLINE = '<p class="byline">By <a href="/author/jane-doe">Jane Doe</a></p>'
CASES = [pytest.param(element, "", id=name) for name, element in ATTRIBUTE_FIRST.items()]
CASES.append(pytest.param('<span class="byline"></span>', BYLINE, id="class=byline"))  # 14.0 s


def many(element: str, times: int, above: str) -> str:
    """The plain page with `above` the headline and `times` elements under the story."""
    html = page("").replace("<h1>", above + "<h1>")
    return html.replace("</article>", element * times + "</article>")


@pytest.mark.parametrize(("element", "above"), CASES)
def test_many_elements_an_attribute_first_query_finds_cost_linear_work(
    element: str, above: str, parent_steps: list[tuple[str, int]]
) -> None:
    """Past the first FIRST_ATTRIBUTES, each further element costs the same calls (the walks
    over the page), and no parent step is handed more than the first FIRST_ATTRIBUTES nodes."""
    sizes = [2 * FIRST_ATTRIBUTES, 4 * FIRST_ATTRIBUTES, 6 * FIRST_ATTRIBUTES]
    calls(many(element, sizes[0], above), max_html=None)  # regexes compiled, caches filled
    fewer, more, most = (calls(many(element, n, above), max_html=None) for n in sizes)
    assert most - more <= 1.1 * (more - fewer)  # quadratic: (36 - 16) / (16 - 4) = 1.67
    parent_steps.clear()
    art = extract_article(many(element, sizes[-1], above), URL, max_html=None)
    assert (art.title, art.authors) == (TITLE, ["Jane Doe"] if above else [])
    assert parent_steps, "no XPath with a parent step seen: the spy misses the queries"
    assert max(nodes for _, nodes in parent_steps) <= FIRST_ATTRIBUTES, parent_steps
