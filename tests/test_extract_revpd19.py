"""Review of session 19's extraction rules: invented rows where a rule must not misfire.
Every name here is made up."""

from __future__ import annotations

import pytest

from newsarchive.extract.authornames import clean_names


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a byline's second sentence crediting the pictures: the photographer is no author
        pytest.param("By Ann Lee. Photos by Max Park", ["Ann Lee"], id="en-photos-by"),
        pytest.param("By Ann Lee; Photos by Max Park", ["Ann Lee"], id="en-photos-by-semicolon"),
        pytest.param("By Ann Lee. Photography by Max Park", ["Ann Lee"], id="en-photography-by"),
        pytest.param("By Ann Lee. Video by Max Park", ["Ann Lee"], id="en-video-by"),
        pytest.param(
            "By Ann Lee. Illustrations by Max Park", ["Ann Lee"], id="en-illustrations-by"
        ),
        pytest.param("Von Anna Muster. Fotos von Max Probe", ["Anna Muster"], id="de-fotos-von"),
        pytest.param("Von Anna Muster; Bilder von Max Probe", ["Anna Muster"], id="de-bilder-von"),
        pytest.param(
            "Par Jeanne Martin. Photos de Paul Durand", ["Jeanne Martin"], id="fr-photos-de"
        ),
        # the second sentence naming a second writer stays
        pytest.param(
            "Von Anna Muster. Mitarbeit: Max Probe", ["Anna Muster", "Max Probe"], id="de-mitarbeit"
        ),
        # a hyphenated surname before the full stop: the place after it goes as after any name
        pytest.param(
            "Von Hans-Peter Müller-Lüdenscheidt. Bern",
            ["Hans-Peter Müller-Lüdenscheidt"],
            id="de-hyphenated-stop",
        ),
        # initials and abbreviations are no sentence's end
        pytest.param("Von Dr. A. B. Meier", ["Dr. A. B. Meier"], id="de-initials"),
        pytest.param("By Mary Ann St. John", ["Mary Ann St. John"], id="en-st"),
    ],
)
def test_second_sentence_credits(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


_URL = "https://www.example-zeitung.de/meinung/kommentar-zur-wahl-123.html"
_PARAGRAPH = (
    "<p>" + "Die Wahl hat gezeigt, dass die Parteien sich neu sortieren müssen. " * 3 + "</p>"
)


def _opinion(inner: str, after: str = "") -> str:
    return (
        "<html lang=de><head><title>Kommentar zur Wahl</title></head><body><main><article>"
        f"<h1>Kommentar zur Wahl: Alles neu</h1>{inner}</article>{after}</main></body></html>"
    )


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # an opinion column's own blocks named "comment": its writer stays
        pytest.param(
            _opinion(f'<div class="comment-author">Von Anna Muster</div>{_PARAGRAPH * 2}'),
            ["Anna Muster"],
            id="comment-author-above-story",
        ),
        pytest.param(
            _opinion(
                f'<section class="comment"><div class="byline">Von Anna Muster</div>'
                f"{_PARAGRAPH * 2}</section>"
            ),
            ["Anna Muster"],
            id="comment-section-holds-story",
        ),
        pytest.param(
            _opinion(
                '<div class="comment-meta"><span class="author">Von Anna Muster</span></div>'
                f"{_PARAGRAPH * 2}"
            ),
            ["Anna Muster"],
            id="comment-meta-above-story",
        ),
        # readers' comments after the story: no byline
        pytest.param(
            _opinion(
                _PARAGRAPH * 2,
                '<section class="comments"><div class="comment"><div class="byline">'
                "Von Karl Heinz</div><p>Sehr guter Text, danke.</p></div></section>",
            ),
            [],
            id="readers-comments-after-story",
        ),
    ],
)
def test_comment_named_blocks(html: str, expected: list[str]) -> None:
    from newsarchive.extract import extract_article

    assert extract_article(html, _URL).authors == expected


def _agency_page(inner: str, head: str = '<meta name="author" content="Example Bote">') -> str:
    return (
        "<html lang=de><head><title>Wahl - Example Bote</title>"
        f"<meta property='og:site_name' content='Example Bote'>{head}</head><body><main>"
        f"<article><h1>Die Wahl ist vorbei</h1>{inner}{_PARAGRAPH * 2}</article>"
        "</main></body></html>"
    )


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # an agency's name beside the lead picture or video is its credit, no author
        pytest.param(
            _agency_page(
                '<div class="lead-media"><img src="/a.jpg" alt="x"><span>AFP</span></div>'
            ),
            ["Example Bote"],
            id="picture-credit-beside-img",
        ),
        pytest.param(
            _agency_page(
                '<div class="player"><video src="/v.mp4"></video><span>Reuters</span></div>'
            ),
            ["Example Bote"],
            id="video-credit",
        ),
        pytest.param(
            _agency_page(
                '<div class="lead-media"><img src="/a.jpg" alt="x"><span>AFP</span></div>', ""
            ),
            [],
            id="picture-credit-no-meta",
        ),
        # the agency line of its own under the headline still beats the site's name
        pytest.param(_agency_page('<p class="meta">red, APA</p>'), ["APA"], id="agency-line"),
    ],
)
def test_header_agency_not_picture_credit(html: str, expected: list[str]) -> None:
    from newsarchive.extract import extract_article

    assert extract_article(html, _URL).authors == expected
