"""Body: the article's paragraphs, without navigation, promos, newsletter boxes or captions."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

from newsarchive.extract import SiteRules, extract_article

URL = "https://news.example/a"

PARAS = [
    "The council voted on Tuesday to approve the harbour plan after a debate that lasted most of the day.",
    "Supporters said the new quay would bring ferries back to the town for the first time in a decade.",
    "Opponents warned that the cost had doubled since the plan was first put forward two years ago.",
    "Work is due to start in the spring and the first sailings are expected the following summer.",
]
FURNITURE = [
    "Sign up to our morning newsletter for the day's top stories delivered to your inbox.",
    "A ferry leaves the old quay in 2015. Photograph: Example Agency",
    "Most read: Ten things to do this weekend in the harbour town and nearby",
    "Share this article on social media with your friends and family",
]


def _page() -> str:
    p = [f"<p>{t}</p>" for t in PARAS]
    return f"""<html><body>
    <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
    <header><h1>Council approves harbour plan</h1></header>
    <article><div class="article-body">
      {p[0]}
      <figure><img src="x.jpg"><figcaption>{FURNITURE[1]}</figcaption></figure>
      <div class="newsletter-signup"><p>{FURNITURE[0]}</p><button>Sign up</button></div>
      {p[1]}
      <div class="ad-slot">Advertisement</div>
      <p><a href="/other">READ MORE: THE HARBOUR'S LONG HISTORY</a></p>
      <div class="share-tools"><p>{FURNITURE[3]}</p></div>
      {p[2]}
      <h2>What happens next</h2>
      {p[3]}
    </div></article>
    <aside class="most-read"><p>{FURNITURE[2]}</p></aside>
    <footer><p>Copyright Example News. All rights reserved, reproduction prohibited anywhere.</p></footer>
    </body></html>"""


def test_body_keeps_paragraphs_and_headings_in_order() -> None:
    body = extract_article(_page(), URL).body
    assert body == "\n\n".join([*PARAS[:3], "What happens next", PARAS[3]])


def test_body_drops_furniture() -> None:
    body = extract_article(_page(), URL).body or ""
    for text in [*FURNITURE, "Advertisement", "READ MORE", "Copyright", "Home"]:
        assert text not in body


def test_body_split_into_chunks_between_ads_is_joined() -> None:
    chunks = "".join(f'<div class="chunk"><p>{t}</p></div><div class="ad">Ad</div>' for t in PARAS)
    html = f"<html><body><h1>T</h1><main><div class='body'>{chunks}</div></main>" + (
        "<section class='more'><div class='card'><p>A teaser paragraph about another story, "
        "long enough to count as text.</p></div></section></body></html>"
    )
    assert extract_article(html, URL).body == "\n\n".join(PARAS)


def test_standfirst_is_the_subtitle_and_opens_the_body() -> None:
    """A standfirst is the article's lead: newsbench's bodies open with it, as with any lead."""
    standfirst = "Ferries are to return to the town after a decade away."
    html = _page().replace(
        "<header><h1>Council approves harbour plan</h1></header>",
        f'<header><h1>Council approves harbour plan</h1><p class="standfirst">{standfirst}</p></header>',
    )
    art = extract_article(html, URL)
    assert art.subtitle == standfirst
    assert (art.body or "").startswith(f"{standfirst}\n\n{PARAS[0]}")


def test_site_rule_container_and_exclusions() -> None:
    html = (
        "<html><body><div class='story'><p>Kept paragraph of the story, long enough.</p>"
        "<div class='box'><p>Promo inside the story container that the site marks.</p></div></div>"
        "<div class='other'><p>" + " ".join(PARAS) + "</p></div></body></html>"
    )
    rules = SiteRules(body="div.story", body_exclude=("div.box",))
    assert extract_article(html, URL, rules).body == "Kept paragraph of the story, long enough."


def test_word_count_counts_body_words() -> None:
    art = extract_article(_page(), URL)
    assert art.word_count == len((art.body or "").split())


def test_jsonld_article_body_when_the_markup_has_none() -> None:
    ld = json.dumps({"@type": "NewsArticle", "headline": "T", "articleBody": "\n".join(PARAS)})
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script></head>'
        '<body><div id="app">Loading…</div></body></html>'
    )
    assert extract_article(html, URL).body == "\n\n".join(PARAS)


def test_links_inside_sentences_are_kept_whatever_their_class() -> None:
    para = (
        '<p><a class="c-tag-link" href="/t/donna">Donna Kelce</a> praised '
        '<a class="related-link" href="/t/swift">Taylor Swift</a>\'s new album on Thursday evening.</p>'
    )
    html = f"<html><body><h1>T</h1><article>{para}<p>{PARAS[0]}</p></article></body></html>"
    body = extract_article(html, URL).body or ""
    assert body.startswith("Donna Kelce praised Taylor Swift's new album on Thursday evening.")


def test_stock_lines_are_not_article_text() -> None:
    stock = [
        "Reporting by Jane Doe; Editing by John Roe",
        "Our Standards: The Trust Principles.",
        "Follow Example.co.uk on Twitter and Facebook for the latest news updates.",
        "Got a story? Get in touch with our news team by emailing us.",
        "This is a breaking news story - more to follow",
        "MORE : Ten things to do this weekend",
        "Follow Example on Google News for the latest updates",
        "This is a breaking new story - more to follow",
        "Do you have a story to tell? Email: desk@example.test",
        "Additional reporting from PA",
        "3",
        "Politics / January 11, 2024",
        "Article continues below",
    ]
    paras = "".join(f"<p>{t}</p>" for t in [*PARAS, *stock])
    html = f"<html><body><h1>T</h1><article>{paras}</article></body></html>"
    assert extract_article(html, URL).body == "\n\n".join(PARAS)


def _wordpress_post(box: str) -> str:
    """A WordPress post: post_class() names its tags and categories in the article's classes."""
    first, rest = ("".join(f"<p>{t}</p>" for t in half) for half in (PARAS[:2], PARAS[2:]))
    return (
        "<html><body><h1>Council approves harbour plan</h1>"
        '<article class="post-42 post type-post status-publish hentry category-news tag-harbour tag-local-politics">'
        f'<div class="entry-content">{first}{box}{rest}</div>'
        "</article></body></html>"
    )


# A fact box inside the story, longer than the story itself (a speech's full text).
FACTS = "".join(
    f"<p>Clause {n}: the harbour authority shall publish its accounts and keep the quay open to all vessels.</p>"
    for n in range(12)
)


def test_fact_box_inside_a_wordpress_post_is_not_body() -> None:
    html = _wordpress_post(
        f'<div class="metro-factbox"><div class="factbox-content">{FACTS}</div></div>'
    )
    assert extract_article(html, URL).body == "\n\n".join(PARAS)


def test_jsonld_article_body_with_the_fact_box_does_not_replace_the_markup() -> None:
    """articleBody may carry the boxes the markup skips: the markup held them, so it found the article."""
    declared = "\n".join([*PARAS, *(f"Clause {n}: the harbour authority shall publish its accounts "
                                    "and keep the quay open to all vessels." for n in range(12))])  # fmt: skip
    ld = json.dumps({"@type": "NewsArticle", "headline": "T", "articleBody": declared})
    html = _wordpress_post(f'<div class="infobox">{FACTS}</div>').replace(
        "<html>", f'<html><head><script type="application/ld+json">{ld}</script></head>'
    )
    assert extract_article(html, URL).body == "\n\n".join(PARAS)


def _with_block(block: str) -> str:
    paras = "".join(f"<p>{t}</p>" for t in PARAS)
    return (
        f"<html><body><h1>Council approves harbour plan</h1><article><div class='story'>{paras}"
        f"{block}</div></article></body></html>"
    )


TEASERS = "".join(
    f'<div class="card"><h3><a href="/story-{n}">Another story headline number {n}</a></h3>'
    "<p>A line about it.</p></div>"
    for n in range(4)
)


def test_teaser_grid_headed_more_from_is_not_body() -> None:
    """A teaser block with neutral classes: its heading and links say what it is."""
    html = _with_block(
        f'<section class="collections"><div class="container"><h2 class="collections__title">'
        f"More from The Example</h2><div class='row'>{TEASERS}</div></div></section>"
        '<div class="expand-reduce">Keep Reading</div>'
    )
    assert extract_article(html, URL).body == "\n\n".join(PARAS)


def test_article_section_whose_subhead_starts_alike_is_kept() -> None:
    section = (
        "<section><h2>More from the harbour master</h2><p>The harbour master said the quay would "
        'be ready by <a href="/spring">spring</a> if the weather held through the winter months.</p></section>'
    )
    body = extract_article(_with_block(section), URL).body or ""
    assert "More from the harbour master" in body
    assert "ready by spring if the weather held" in body


def test_blocks_named_by_data_attributes_are_furniture() -> None:
    """Hashed classes say nothing; data-component / data-testid say what the block is."""
    paras = "".join(
        f'<div data-component="text-block"><p class="ssrcss-1q0x1qg">{t}</p></div>' for t in PARAS
    )
    html = (
        "<html><body><h1>Council approves harbour plan</h1><article>"
        '<div data-component="byline-block"><p class="ssrcss-x1">Jo Bloggs, BBC News, West of England correspondent</p></div>'
        f"{paras}"
        f'<div data-testid="newsletter-promo" class="css-1ab2c"><p class="css-9z">{FURNITURE[0]}</p></div>'
        "</article></body></html>"
    )
    assert extract_article(html, URL).body == "\n\n".join(PARAS)
