"""Review of topics-32 on unseen publishers (issue 10): where its rules reached too far.

1. A "today" word counts only beside a news word of its own language: "van" is Dutch
   "of", but "Van Haberleri" on a Turkish site is the news of the city of Van, a place's
   label as "İstanbul Haberleri" is. The SEO labels of topics-32 still go, and "Today\u2019s
   news" typed with a curly apostrophe goes as "Today's news" does.
2. "Labels"/"Label" head a post's topics only as Blogger's line ("Labels: <a>, <a>"): as a
   block heading it is the sidebar's gadget of every label of the blog, or a record label
   in a review's facts box, neither this story's topics.
3. A heading inside a link that is the page's own address (its permalink, or the canonical
   page of an AMP copy), before any of the story's text, is the story's headline: a
   blog's `<a href=self><h2>` theme; a card under the story linking the same page is not.

Every name, paper, address and sentence here is made up for the test.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

TEXT = "Der Stadtrat hat am Dienstag beschlossen, am Rathaus künftig an jedem Feiertag Fahnen zu hissen, wie die Verwaltung mitteilte."


# --- 1. a "today" word beside a news word of another language -----------------------------
def _tr_topics(keyword: str) -> list[str]:
    site = "Gölbaşı Postası"
    page = (
        f"<html lang='tr'><head><title>Yeni köprü açıldı | {site}</title><meta property='og:site_name' content='{site}'>"
        f'<meta name="keywords" content="Köprü, {keyword}"></head><body><main><article>'
        f"<h1>Yeni köprü açıldı</h1>{'<p>Belediye, göl kıyısındaki yeni köprüyü bugün törenle trafiğe açtı ve yaya yolunu genişletti.</p>' * 3}"
        "</article></main></body></html>"
    )
    return extract_article(page, "https://www.golbasipostasi.example/yerel/yeni-kopru-4711").topics


# failed before: "van" (Dutch "of") read as a today word beside the Turkish news word
@pytest.mark.parametrize("keyword", ["Van Haberleri", "Van Haber", "Van haberleri"])
def test_a_place_beside_a_news_word_stays(keyword: str) -> None:
    assert _tr_topics(keyword) == ["Köprü", keyword]


# counter-cases: the same-language SEO labels still go (as in topics-32's table)
@pytest.mark.parametrize(
    "keyword", ["Son dakika haberleri", "Güncel haberler", "Bugünün haberleri"]
)
def test_turkish_news_today_labels_still_go(keyword: str) -> None:
    assert _tr_topics(keyword) == ["Köprü"]


def _en_topics(keyword: str) -> list[str]:
    page = (
        "<html><head><title>New bridge opens | Lakeside Post</title><meta property='og:site_name' content='Lakeside Post'>"
        f'<meta name="keywords" content="Bridge, {keyword}"></head><body><main><article>'
        f"<h1>New bridge opens</h1>{'<p>The council opened the new bridge by the lake on Tuesday and widened the footpath beside it.</p>' * 3}"
        "</article></main></body></html>"
    )
    return extract_article(page, "https://www.lakesidepost.example/local/new-bridge-4711").topics


def test_todays_news_with_a_curly_apostrophe_goes() -> None:
    # failed before: "today\u2019s" is no "today's"
    assert _en_topics("Today’s news") == ["Bridge"]


@pytest.mark.parametrize("keyword", ["Leo News", "Hari News", "Today", "Today’s"])
def test_names_beside_news_stay(keyword: str) -> None:
    # "Leo", "Hari": names, Swahili's and Indonesian's "today"/"day" only beside their own
    # news word (the first two failed before)
    assert _en_topics(keyword) == ["Bridge", keyword]


# --- 2. "Labels" as a block heading ----------------------------------------------------------
BLOG_URL = "https://hafenblog.example/2026/12/beete-im-winter.html"
GARDEN = "Im Garten ruhen die Beete jetzt, aber eine Mulchschicht aus Laub schützt den Boden bis zum Frühjahr vor Frost."


def _blog(inside: str, after: str = "", text: str = GARDEN) -> list[str]:
    page = (
        "<html><head><title>Beete im Winter</title></head><body><div class='main'><div class='post'>"
        f"<h3 class='post-title'>Beete im Winter</h3>{f'<p>{text}</p>' * 3}{inside}</div></div>{after}</body></html>"
    )
    return extract_article(page, BLOG_URL).topics


def _gadget(heading: str) -> str:
    links = "".join(
        f"<li><a dir='ltr' href='https://hafenblog.example/search/label/{x}'>{x}</a><span>(4)</span></li>"
        for x in ("Rezepte", "Reisen", "Garten")
    )
    return f"<div class='sidebar'><div class='widget'><h2>{heading}</h2><div class='widget-content'><ul>{links}</ul></div></div></div>"


@pytest.mark.parametrize("heading", ["Labels", "Label"])
def test_a_sidebar_labels_gadget_is_no_topic_list(heading: str) -> None:
    # failed before: every label of the blog taken as the post's topics ("Garten" in the text)
    assert _blog("", _gadget(heading)) == []


def test_a_record_label_in_a_facts_box_is_no_topic() -> None:
    # failed before: the record label and the genre taken as topics
    review = "Das neue Album des Hafenquartetts ist bei Hafen Records erschienen und klingt nach kühlem Jazz aus dem Norden."
    facts = "<dl class='album'><dt>Label</dt><dd><a href='/labels/hafen-records'>Hafen Records</a></dd><dt>Genre</dt><dd><a href='/genre/jazz'>Jazz</a></dd></dl>"
    assert _blog(facts, text=review) == []


@pytest.mark.parametrize("heading", ["Labels:", "Label:"])
def test_a_post_labels_line_is_read(heading: str) -> None:
    # counter-case: Blogger's line under the post (English, Indonesian), beside the gadget
    line = (
        f"<div class='post-footer'><span class='post-labels'>{heading} "
        "<a href='/search/label/Garten'>Garten</a>, <a href='/search/label/Winter'>Winter</a></span></div>"
    )
    assert _blog(line, _gadget("Labels")) == ["Garten", "Winter"]


def test_a_labels_paragraph_line_is_read() -> None:
    line = "<p><strong>Labels:</strong> <a href='/search/label/Garten'>Garten</a>, <a href='/search/label/Winter'>Winter</a></p>"
    assert _blog(line) == ["Garten", "Winter"]


# --- 3. a headline inside its own permalink ------------------------------------------------
POST = "https://hafenblog.example/2026/12/fahnen-am-rathaus/"
TITLE = "Fahnen am Rathaus: Stadt hisst sie an jedem Feiertag"


def _permalinked(heading: str, url: str = POST, head: str = "") -> tuple[str, list[str]]:
    page = (
        f"<html><head><title>{TITLE} | Hafenblog</title>{head}</head><body>"
        "<div class='site-title'><a href='/'>Hafenblog</a></div><main><article>"
        f"{heading}<div class='meta'>Von <a href='/author/anna/' rel='author'>Anna Beispiel</a></div>"
        f"{f'<p>{TEXT}</p>' * 4}</article></main></body></html>"
    )
    found = extract_article(page, url)
    return found.title or "", found.authors


PERMALINKS = [  # failed before: the heading passed over as a card's, the byline under it lost
    f"<a href='/2026/12/fahnen-am-rathaus/'><h2 class='entry-title'>{TITLE}</h2></a>",
    f"<a href='https://www.hafenblog.example/2026/12/fahnen-am-rathaus' rel='bookmark'><h3>{TITLE}</h3></a>",
]


@pytest.mark.parametrize("heading", PERMALINKS)
def test_a_headline_inside_its_permalink_heads_the_story(heading: str) -> None:
    assert _permalinked(heading) == (TITLE, ["Anna Beispiel"])


def test_an_amp_copys_headline_links_its_canonical_page() -> None:
    # failed before: the AMP copy's heading links the canonical page, not the AMP address
    heading = f"<a href='https://hafenblog.example/2026/12/fahnen-am-rathaus/'><h2>{TITLE}</h2></a>"
    canonical = f"<link rel='canonical' href='{POST}'>"
    assert _permalinked(heading, POST + "amp/", canonical) == (TITLE, ["Anna Beispiel"])


def test_a_heading_inside_another_pages_link_is_no_headline() -> None:
    # counter-case: a card linking another story heads nothing, before the text or not
    heading = f"<a href='/2026/11/fahnen-am-rathaus-2/'><h2>{TITLE}</h2></a>"
    assert _permalinked(heading)[1] == []


# --- 4. a slashed keywords string the page shows as it is ----------------------------------
def _slashed(keywords: str, shown: str) -> list[str]:
    page = (
        f"<html><head><title>Fahnen am Rathaus</title><meta name='keywords' content='{keywords}'></head>"
        f"<body><main><article><h1>Fahnen am Rathaus</h1>{shown}{f'<p>{TEXT}</p>' * 3}</article></main></body></html>"
    )
    return extract_article(page, "https://www.hafenbote.example/politik/fahnen-4711.html").topics


SHOWN_AS_IS = [
    # failed before: the list shown as it is (a kicker, a line) read as the page joining it
    (
        "Kreistag/Busse/Nahverkehr",
        "<div class='kicker'>Kreistag/Busse/Nahverkehr</div>",
        ["Kreistag", "Busse", "Nahverkehr"],
    ),
    (
        "Kreistag/Busse/Nahverkehr",
        "<p class='kicker'> Kreistag/Busse/Nahverkehr </p>",
        ["Kreistag", "Busse", "Nahverkehr"],
    ),
    # counter-cases: a name written joined otherwise, alone in its element or in a sentence
    (
        "Schwarz/Rot/Gold",
        "<a href='/thema/schwarz-rot-gold'>Schwarz-Rot-Gold</a>",
        ["Schwarz/Rot/Gold"],
    ),
    (
        "Schwarz/Rot/Gold",
        "<p>Die Fahne in Schwarz/Rot/Gold weht nun täglich über dem Platz.</p>",
        ["Schwarz/Rot/Gold"],
    ),
]


@pytest.mark.parametrize(("keywords", "shown", "expected"), SHOWN_AS_IS)
def test_a_slashed_list_shown_as_it_is_is_no_joined_name(
    keywords: str, shown: str, expected: list[str]
) -> None:
    assert _slashed(keywords, shown) == expected
