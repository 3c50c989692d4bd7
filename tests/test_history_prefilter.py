"""`history URL`'s cheap test of a record's URL before its full key is computed.

`history URL` reads every record of an archive and asked each its `article_identity` (a
canonical URL's parse, 5-7% of a scan). A URL whose host and story are not in it as
written is passed over first (`urlkeys.identity_prefilter`); it must never pass over a
spelling of the article asked, however written (the output is the same as before).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsarchive.urlkeys import article_identity, identity_prefilter

ASKED = (
    "https://news.example.org/politics/2026/ferry-fares-rise",
    "http://[::1]:8080/news/tram-line/",
    "https://bücher.example/neu/roman",
    "https://news.example.org/",
    "https://news.example.org/a%20b/caf%C3%A9?x=1&next=/y",
    "not a url",
    "https://news.example.org/weather/sto%20rm%7C",
)
SPELLINGS = {
    ASKED[0]: (
        "http://NEWS.Example.ORG:80/politics/2026/ferry-fares-rise/",
        "https://user:pw@news.example.org:443/politics/2026/ferry-fares-rise/index.HTML#top",
        "https://news.example.org/politics/2026/x/../ferry-fares-rise",
        "https://news.example.org/politics/2026/%66erry-fares-rise",
        "https://news.exa\tmple.org/politics/2026/ferry-fares-rise",
        "https://news.example.org\\politics\\2026\\ferry-fares-rise",
        " https://news.example.org/politics/2026/ferry-fares-rise ",
        "https://news.example.org/politics/2026/ferry-fares-rise/.",
    ),
    ASKED[1]: ("http://[::1]:8080/news/tram-line", "https://[::1]:8080/news/tram-line/index.php"),
    ASKED[2]: ("http://BÜCHER.example/neu/roman/", "https://xn--bcher-kva.example/neu/roman"),
    ASKED[3]: ("http://news.example.org", "https://NEWS.example.org/index.html"),
    ASKED[4]: ("http://news.example.org/a b/café?next=/y&x=1",),
    # escapes w3lib makes of what is written plainly: the escaped segment is not in it
    ASKED[6]: ("http://news.example.org/weather/sto rm|",),
}


@pytest.mark.parametrize(("asked", "spelling"), [(a, s) for a, ss in SPELLINGS.items() for s in ss])
def test_every_spelling_of_the_article_passes(asked: str, spelling: str) -> None:
    assert article_identity(spelling) == article_identity(asked)  # a spelling indeed
    assert identity_prefilter(asked)(spelling)


@pytest.mark.parametrize(
    "other",
    [
        "https://news.example.org/politics/2026/other-story",
        "https://sport.example.net/politics/2026/ferry-fares-rise",
    ],
)
def test_another_host_or_story_is_passed_over(other: str) -> None:
    assert not identity_prefilter(ASKED[0])(other)


PIECES = st.sampled_from(
    ["http://", "https://", "HTTP://", "news.example.org", "NEWS.example.org", ":80", ":443",
     ":8080", "/", "//", "\\", "politics", "ferry-fares-rise", "Ferry", "/index.html", "/.",
     "/..", "?", "&", "=", "#", "%2F", "%66", "%", "\t", "\n", " ", "é", "ü", "@", "[::1]",
     "bücher.example", "xn--bcher-kva.example", "a b", ";p=1", "tram-line", "roman"]
)  # fmt: skip


@settings(
    max_examples=800, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck)
)
@given(st.sampled_from(ASKED), st.lists(PIECES, max_size=10).map("".join))
def test_no_url_of_the_same_identity_is_passed_over(asked: str, other: str) -> None:
    if article_identity(other) == article_identity(asked):
        assert identity_prefilter(asked)(other), (asked, other)


EDIT_CHARS = st.sampled_from([*"aZ/.:@?#&=%-_~ |\\\t\n\x00\x0béü", "index.html", "%41"])


@st.composite
def edited(draw: st.DrawFn) -> tuple[str, str]:
    """An asked URL and a few character edits of it (a letter's case swapped, a character
    put in, dropped, or escaped): many keep its identity, each a way of spelling it."""
    asked = draw(st.sampled_from(ASKED))
    chars = list(asked)
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(chars) - 1))
        edit = draw(st.sampled_from(("case", "insert", "drop", "escape")))
        if edit == "case":
            chars[at] = chars[at].swapcase()
        elif edit == "insert":
            chars.insert(at, draw(EDIT_CHARS))
        elif edit == "drop":
            del chars[at]
        elif len(chars[at]) == 1 and chars[at].isascii():
            chars[at] = f"%{ord(chars[at]):02X}"
    return asked, "".join(chars)


@settings(
    max_examples=1500, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck)
)
@given(edited())
def test_no_edited_spelling_of_the_same_identity_is_passed_over(pair: tuple[str, str]) -> None:
    """Edits of the asked URL keep its identity often (the sampled pieces above seldom
    join into a spelling of it: that search let a prefilter blind to the host's case pass)."""
    asked, other = pair
    if article_identity(other) == article_identity(asked):
        assert identity_prefilter(asked)(other), (asked, other)
