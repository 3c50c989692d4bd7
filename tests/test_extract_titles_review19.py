"""Rows a review of session 19's title rules added: what a page that is NOT the rule's case
looks like (issue 10). Every page is invented (words, markup, site names and hosts).

- `titleparts.domain_ends`: a host name after a separator names the site only where no
  other of the page's titles goes on after it ("... - Booking.com | Hafenkurier": the
  headline's own) and the JSON-LD headline does not end in it too.
- `title.heading_text`: a control inside the h1 is no headline text, unless the h1 holds
  no other text (an accordion's `<h1><button>Headline</button></h1>`).
"""

from __future__ import annotations

import random
import re

import pytest

from newsarchive.extract import extract_article, titlevotes
from tests import test_extract_redos19 as redos19
from tests.test_extract_titles_unseen19 import HEADLINES, SITE, _title

URL = "https://www.hafenkurier.example/wirtschaft/hotelportale-a-77.html"


@pytest.mark.parametrize(
    ("og", "tab", "headline"),
    [
        # the <title> goes on after the domain to the site's name: the domain is the headline's
        pytest.param(
            "Kartellamt prüft Provisionen der Hotelportale - Booking.com",
            "Kartellamt prüft Provisionen der Hotelportale - Booking.com | Hafenkurier",
            None,
            id="title-goes-on-after-it",
        ),
        # the JSON-LD headline, which no site's name follows, ends in it too
        pytest.param(
            "Klage gegen Hotelportal - Kartellamt - Booking.com",
            "Klage gegen Hotelportal - Kartellamt - Booking.com | Hafenkurier",
            "Klage gegen Hotelportal - Kartellamt - Booking.com",
            id="json-ld-headline-ends-in-it",
        ),
        pytest.param(
            "Neue Version erschienen - Was ändert sich - Node.js",
            "Neue Version erschienen - Was ändert sich - Node.js",
            "Neue Version erschienen - Was ändert sich - Node.js",
            id="json-ld-headline-ends-in-a-library-name",
        ),
    ],
)
def test_headline_ending_in_a_domain_stays(og: str, tab: str, headline: str | None) -> None:
    assert _title(url=URL, og=og, tab=tab, headline=headline) == og


def test_domain_closing_every_title_still_goes() -> None:
    h = HEADLINES["de"]
    assert _title(url=URL, og=f"{h} - HK.de", tab=f"{h} | Politik | HK.de", headline=h) == h


def _heading_page(heading: str) -> str:
    story = "<p>Der Rat hat lange beraten und dann mit großer Mehrheit entschieden.</p>" * 3
    return (
        f'<html lang="de"><head><title>{SITE}</title></head>'
        f"<body><article><h1>{heading}</h1>{story}</article></body></html>"
    )


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param('<button class="toggle">{h}</button>', id="button-holds-it-all"),
        pytest.param('<button type="button"><span>{h}</span></button>', id="span-in-button"),
    ],
)
def test_h1_whose_only_text_is_a_control_keeps_it(heading: str) -> None:
    h = HEADLINES["de"]
    got = extract_article(_heading_page(heading.format(h=h)), URL).title
    assert got == h


def test_script_alone_in_an_h1_is_still_no_text() -> None:
    page = _heading_page("<script>window.hk = 1;</script>")
    assert extract_article(page, URL).title != "window.hk = 1;"


# titlevotes `_undecorated`: a metadata title's marks at its ends are found in one pass (the
# pattern `...|{marks}$` was tried at every start of a long run: quadratic, about 0.9 s a
# page for an og:title of 8,000 characters of " +", 100,000 of them minutes). Each case runs
# in its own interpreter bounded as tests/test_extract_redos19.py's are (no timed assertion)
HOSTILE = {
    "og_title_spaced_pluses": (
        "extract_article(page('<meta property=\"og:title\" content=\"a' + ' +' * 50_000"
        " + ' b\">'), URL)"
    ),
    "json_ld_headline_pluses": (
        'extract_article(page(\'<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "a\' + "+" * 100_000 + \'b"}</script>\'), URL)'
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_decoration_run_finishes(name: str) -> None:
    done = redos19._run(HOSTILE[name], redos19.BOUND)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("finished")


# the pattern `_undecorated` read with before (copied here): the one pass strips the same
_OLD_DECORATION = (
    "+*#=~|\u2022\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff"
)
_OLD_RUN = rf"(?:[{_OLD_DECORATION}\s]|[(\[][{_OLD_DECORATION}]+[)\]])+"
_OLD_DECORATED = re.compile(rf"^{_OLD_RUN}|{_OLD_RUN}$|\s+[(\[]$")


def test_undecorated_strips_as_the_pattern_did() -> None:
    rnd = random.Random(19)
    chars = [*"ab+*#=~|() []!.-?", "\u00a0", "\t", "\u2605", "\u25b6", "\U0001f534", "\ufe0f"]
    chars += ["\u2022", "\u2003", "C", "\u00e9"]
    for _ in range(20_000):
        s = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 14)))
        old = _OLD_DECORATED.sub("", s)
        assert titlevotes._undecorated(s) == (old if old else s), repr(s)
