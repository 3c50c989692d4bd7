"""A "next" control of a site never seen, in many languages and scripts, wherever it goes
(pagination.py): a "next"/"older" word, rel=next, a `next` class or a pager's arrow names
the page after this one even at a path of words (`/world/older`); a "load more" word or
class alone to such a path is another box's hub, not page 2. Real crawls of these shapes:
benchmarks/paging_shapes.py (test_paging_shapes)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from parsel import Selector

from newsarchive.sites.base import LinkRules
from newsarchive.spiders.pagemarks import CONTROLS, COUNTER_NAMES, CURSOR_NAMES, _marked
from newsarchive.spiders.pageurls import _slug_page, is_next_number, slug_page_shaped
from newsarchive.spiders.pagination import generic_next, on_listing

NEXT_TO_WORDS = [
    # (lang, section path, control): the control's href is the next page, a path of words
    ("en", "/world", '<a href="/world/older">Older stories</a>'),
    ("en", "/world", '<a href="/world/older">Older</a>'),
    ("de", "/welt", '<a href="/welt/archiv-aelter">Ältere Artikel</a>'),
    ("de", "/welt", '<a href="/welt/weiter-zurueck">Weiter ›</a>'),
    ("fr", "/monde", '<a href="/monde/plus-anciens">Plus anciens</a>'),
    ("fr", "/monde", '<a href="/monde/avant">Page suivante</a>'),
    ("es", "/mundo", '<a href="/mundo/anteriores">Más antiguas</a>'),
    ("it", "/mondo", '<a href="/mondo/prima">Meno recenti</a>'),
    ("ja", "/kokusai", '<a href="/kokusai/mae">次へ</a>'),
    ("en", "/", '<a href="/older">Older posts</a>'),  # the site's root listing: any path
    ("ja", "/kokusai", '<a href="/kokusai/mae">次のページ »</a>'),
    ("ko", "/world", '<a href="/world/ijeon">다음</a>'),
    ("ru", "/mir", '<a href="/mir/ranee">Далее</a>'),
    ("ru", "/mir", '<a href="/mir/ranee">Следующая страница</a>'),
    ("ar", "/alam", '<a href="/alam/aqdam">التالي</a>'),
    ("zh-CN", "/guoji", '<a href="/guoji/gengzao">下一页</a>'),
    ("zh-TW", "/guoji", '<a href="/guoji/gengzao">下一頁</a>'),
    ("el", "/kosmos", '<a href="/kosmos/palaiotera">Επόμενη</a>'),
    ("tr", "/dunya", '<a href="/dunya/onceki">Sonraki</a>'),
    ("pl", "/swiat", '<a href="/swiat/starsze">Następna</a>'),
    # no words: a pager's arrow, a `next` class, rel=next
    ("en", "/world", '<div class="pagination"><span>1</span><a href="/world/more">›</a></div>'),
    ("fr", "/monde", '<nav aria-label="Pagination"><a href="/monde/avant">»</a></nav>'),
    ("fr", "/monde", '<nav><a href="/monde/avant" aria-label="Page suivante">»</a></nav>'),
    ("en", "/world", '<ul class="pager"><li id="x"><a href="/world/earlier"> » </a></li></ul>'),
    ("de", "/welt", '<a class="pagination__next" href="/welt/aelter"><svg></svg></a>'),
    ("en", "/world", '<a class="next" href="/world/archive"></a>'),
    ("ja", "/kokusai", '<a rel="next" href="/kokusai/mae"></a>'),
    # a label in an aria-label or title
    ("ru", "/mir", '<a aria-label="Далее" href="/mir/ranee"><i class="icon"></i></a>'),
    ("el", "/kosmos", '<a title="Επόμενη σελίδα" href="/kosmos/palaiotera">→</a>'),
]  # fmt: skip


def page(lang: str, body: str) -> str:
    teasers = "".join(
        f'<article><a href="/news/2026/12/0{1 + n % 3}/made-up-story-{n}">Made-up headline {n}'
        "</a></article>"
        for n in range(1, 30)
    )
    return f'<html lang="{lang}"><body><main>{teasers}</main>{body}</body></html>'


@pytest.mark.parametrize(("lang", "section", "control"), NEXT_TO_WORDS)
def test_a_next_control_to_a_path_of_words_is_the_next_page(
    lang: str, section: str, control: str
) -> None:
    href = control.split('href="')[1].split('"')[0]
    found = generic_next(page(lang, control), "https://n.example" + section)
    assert found == ("https://n.example" + href, "next_control")


HUBS = [
    # a box's "more" link (words or class alone) to another section, an author, a hub:
    # no next page of this listing
    ("en", "/world", '<aside><a href="/technology/">More articles</a></aside>'),
    ("de", "/de/politik", '<div class="box"><a href="/de/politik/inland">Mehr Artikel</a></div>'),
    ("fr", "/monde", '<div class="box"><a href="/culture">Voir plus</a></div>'),
    ("es", "/mundo", '<div class="box"><a href="/deportes">Más noticias</a></div>'),
    ("ru", "/mir", '<div class="box"><a href="/sport">Показать ещё</a></div>'),
    ("zh", "/guoji", '<div class="box"><a href="/tiyu">查看更多</a></div>'),
    ("tr", "/dunya", '<div class="box"><a href="/spor">Daha fazla</a></div>'),
    ("en", "/world", '<footer><a class="load-more-posts" href="/newsletters/">Go</a></footer>'),
    # an arrow outside any pager: a carousel's, a teaser's
    ("en", "/world", '<div class="carousel"><a href="/world/gallery">›</a></div>'),
    # ... or in a bare <nav>: a carousel's, a menu's "»" to a subsection
    ("en", "/world", '<nav class="carousel"><a href="/world/gallery">›</a></nav>'),
    ("en", "/world", '<nav><a href="/world">World</a> <a href="/world/europe">»</a></nav>'),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "section", "control"), HUBS)
def test_a_more_link_to_another_hub_is_no_next_page(lang: str, section: str, control: str) -> None:
    assert generic_next(page(lang, control), "https://n.example" + section) is None


MORE_FETCHES = [
    # a "load more" that fetches (a data attribute, htmx) or has a number or query: page 2
    ("ru", "/mir", '<button class="btn" data-href="/mir/eshche">Показать ещё</button>',
     "https://n.example/mir/eshche"),
    ("ar", "/alam", '<button data-next-url="/alam/almazid">تحميل المزيد</button>',
     "https://n.example/alam/almazid"),
    ("zh", "/guoji", '<button hx-get="/guoji/gengduo">加载更多</button>',
     "https://n.example/guoji/gengduo"),
    ("el", "/kosmos", '<a href="/kosmos?apo=x1">Περισσότερα</a>', "https://n.example/kosmos?apo=x1"),
    ("tr", "/dunya", '<a href="/dunya/2">Daha fazla yükle</a>', "https://n.example/dunya/2"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "section", "control", "wanted"), MORE_FETCHES)
def test_a_load_more_that_fetches_is_the_next_batch(
    lang: str, section: str, control: str, wanted: str
) -> None:
    found = generic_next(page(lang, control), "https://n.example" + section)
    assert found is not None and found[0] == wanted


PAGERS = [
    # numbered pagers among teasers, written every way: the next number is found
    ('<nav class="pager"><a href="?page=2">2</a><a href="?page=3">3</a></nav>', "/world",
     "https://n.example/world?page=2"),
    ('<nav class="pager"><a href="page/2/">2</a></nav>', "/world/", "https://n.example/world/page/2/"),
    ('<nav class="pager"><a href="/world?page=02">02</a></nav>', "/world",
     "https://n.example/world?page=02"),
    ('<nav class="pager"><a href="/world?page=%33">3</a></nav>', "/world?page=2",
     "https://n.example/world?page=%33"),
    ('<nav class="pager"><a href="//n.example/world/seite-4">4</a></nav>', "/world/seite-3",
     "https://n.example/world/seite-4"),
    # Drupal's, from 0: "2" is ?page=1
    ('<ul class="pager"><li><a href="/world?page=1">2</a></li><li><a href="/world?page=2">3</a>'
     "</li></ul>", "/world", "https://n.example/world?page=1"),
]  # fmt: skip


SLUG_PAGES = [
    # (page, its pager): a listing's page N named at the end of a slug of words is page N
    # (no article: it was passed over as one, and fetched as one from the listing)
    ("/world", '<nav class="pager"><a href="/world/top-stories-page-2">2</a></nav>',
     "/world/top-stories-page-2"),
    ("/world/top-stories-page-2", '<a href="/world/top-stories-page-3">3</a>',
     "/world/top-stories-page-3"),
    ("/welt/alle-nachrichten-seite-2", '<a href="/welt/alle-nachrichten-seite-3">Weiter</a>',
     "/welt/alle-nachrichten-seite-3"),
    ("/sport", '<a href="/sport/ultimas-noticias-pagina-2/">2</a>',
     "/sport/ultimas-noticias-pagina-2/"),
    # a word of other letters percent-encoded, as a CMS links it
    ("/mundo", '<nav class="pager"><a href="/mundo/todas-las-noticias-p%C3%A1gina-2">2</a></nav>',
     "/mundo/todas-las-noticias-p%C3%A1gina-2"),
    ("/mir", '<nav class="pager"><a href="/mir/%D0%B2%D1%81%D0%B5-%D0%BD%D0%BE%D0%B2%D0%BE%D1%81'
     '%D1%82%D0%B8-%D1%81%D1%82%D1%80%D0%B0%D0%BD%D0%B8%D1%86%D0%B0-2">2</a></nav>',
     "/mir/%D0%B2%D1%81%D0%B5-%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8-"
     "%D1%81%D1%82%D1%80%D0%B0%D0%BD%D0%B8%D1%86%D0%B0-2"),
]  # fmt: skip


def listing_articles(html: str, url: str) -> Callable[[str], bool]:
    """Which links of the listing page `html` at `url` the news spider takes as articles."""
    rules = LinkRules()
    return on_listing(lambda link: rules.is_article(link), lambda: Selector(text=html), url)


@pytest.mark.parametrize(("section", "pager", "wanted"), SLUG_PAGES)
def test_a_page_number_ending_a_slug_is_the_next_page(
    section: str, pager: str, wanted: str
) -> None:
    html = page("de", pager)
    is_article = listing_articles(html, "https://n.example" + section)
    found = generic_next(html, "https://n.example" + section, is_article)
    assert found == ("https://n.example" + wanted, "numbered")
    assert not is_article("https://n.example" + wanted)


# Articles whose slug ends in a page word and number, as headlines say it (a tabloid's page
# 3, the paper Página/12, Spanish and French "sida" = AIDS, Swedish "sida" = page): linked
# as teasers, their text a headline, no other page of the same stem linked.
SLUG_ARTICLES = [
    "/news/sun-drops-page-3",
    "/news/2026/12/05/sun-drops-page-3",
    "/news/what-was-on-page-3-today",
    "/news/front-page-stories-tell-all",
    "/media/tabloid-ends-topless-page-3",
    "/cultura/entrevista-con-pagina-12",
    "/cultura/el-director-de-pagina-12",
    "/politica/la-tapa-de-pagina-12",
    "/sport/lucha-contra-el-sida-40",
    "/salud/campana-contra-el-sida-2026",
    "/sante/journee-mondiale-sida-30",
    "/societe/la-lutte-contre-le-sida-40",
    "/sport/sverige-tar-guld-pa-sida-40",
    "/kultur/boken-har-en-sida-100",
    "/politik/kanzler-zitat-seite-1",
    "/wirtschaft/bild-titel-seite-1",
    "/kraj/pierwsza-strona-2",
    "/swiat/gazeta-na-strona-1",
    "/uutiset/lehden-etu-sivu-2",
    "/cultura/libro-di-pagina-99",
    "/tech/google-page-1-ranking-secrets-page-2",
    "/lifestyle/the-famous-page-6",
]


@pytest.mark.parametrize("path", SLUG_ARTICLES)
def test_a_page_word_ending_an_article_slug_leaves_it_an_article(path: str) -> None:
    url = "https://n.example" + path
    html = page("en", f'<div class="list"><a href="{path}">A headline about this story</a></div>')
    assert listing_articles(html, "https://n.example/news")(url)
    assert listing_articles(html, "https://n.example/")(url)


MIR_PAGE_2 = (  # /mir/все-новости-страница-2 as a CMS links it
    "/mir/%D0%B2%D1%81%D0%B5-%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8-"
    "%D1%81%D1%82%D1%80%D0%B0%D0%BD%D0%B8%D1%86%D0%B0-2"
)

# Shapes the shortcut of slug_page_shaped (no urlsplit nor match for most links) must judge as
# _slug_page does: a query or fragment after the number, slashes, capitals, another script's
# digits, characters urlsplit drops, a page word only in an earlier segment.
SHAPED = [
    *SLUG_ARTICLES,
    *(wanted for _, _, wanted in SLUG_PAGES),
    "/welt/alle-nachrichten-seite-3?utm=x", "/welt/alle-nachrichten-seite-3#top",
    "/welt/alle-nachrichten-seite-3//", "/Welt/Alle-Nachrichten-SEITE-3",
    "/welt/alle-nachrichten-seite-\u0663", "/welt/alle-nachrichten-sei\nte-3",
    "/welt/alle-nachrichten-seite-3\t", "/page-2/story-about-rain-12",
    "/world/2026/12/04/made-up-story-number-7/", "/world/a-b-1", "/", "", "/?p=2",
    "/news/story-12345678", "/welt/alle-nachrichten-seite-03",
    # words of other languages, as typed and as a link percent-encodes them, fullwidth digits
    "/todas-las-noticias-p\u00e1gina-2", "/todas-las-noticias-P\u00c1GINA-2",
    "/todas-las-noticias-p%C3%A1gina-2", "/welt/alle-nachrichten%2Fseite%2F2",
    "/welt/alle-nachrichten-seite-\uff12", "/welt/alle-nachrichten-seite\uff12\uff10",
    # escapes: lowercase hex, a whole Cyrillic slug, an escaped digit, dash or closing slash,
    # an escape of no UTF-8 (Latin-1) or none at all, an article's slug escaped
    "/mundo/todas-las-noticias-p%c3%a1gina-2", MIR_PAGE_2, "/welt/alle-nachrichten-seite-%32",
    "/welt/alle-nachrichten%2Dseite%2D2", "/welt/alle-nachrichten-seite-2%2F",
    "/welt/alle-nachrichten-seite-2%2F/", "/mundo/todas-las-noticias-p%E1gina-2",
    "/welt/alle-nachrichten-seite-2%ZZ", "/welt/alle-nachrichten-seite-%", "/a%2Fb-seite-2",
    "/cultura/entrevista-con-p%C3%A1gina-12",
    "/mir/%D1%81%D1%82%D1%80%D0%B0%D0%BD%D0%B8%D1%86%D0%B0-2",
]  # fmt: skip


@pytest.mark.parametrize("path", SHAPED)
def test_the_slug_page_shortcut_judges_as_the_whole_reading(path: str) -> None:
    """`NewsSpider._paged` asks it of every link of a listing page (asked `_is_article`
    twice a link, the work was a fifth of a large page's parse)."""
    url = "https://n.example" + path
    assert slug_page_shaped(url) is (_slug_page(url) is not None)


# What a listing page shows of its pages named at a slug's end: each alone is enough.
SLUG_EVIDENCE = [
    # its own URL has the same stem (page 2's "Weiter" to page 3)
    ("/welt/alle-nachrichten-seite-2", '<a href="/welt/alle-nachrichten-seite-3">Weiter</a>'),
    # the stem itself is linked (page 1 of the listing) or is the page
    ("/welt", '<a href="/welt/alle-nachrichten">Alle</a>'
     '<a href="/welt/alle-nachrichten-seite-3">Mehr</a>'),
    ("/welt/alle-nachrichten", '<a href="/welt/alle-nachrichten-seite-3">Mehr</a>'),
    # the link reads its own number
    ("/welt", '<a href="/welt/alle-nachrichten-seite-3"> 3 </a>'),
    # two pages of one stem linked
    ("/welt", '<a href="/welt/alle-nachrichten-seite-3">Mehr</a>'
     '<a href="/welt/alle-nachrichten-seite-4">Noch mehr</a>'),
]  # fmt: skip


@pytest.mark.parametrize(("section", "links"), SLUG_EVIDENCE)
def test_a_slug_page_the_listing_shows_is_no_article(section: str, links: str) -> None:
    is_article = listing_articles(page("de", links), "https://n.example" + section)
    assert not is_article("https://n.example/welt/alle-nachrichten-seite-3")


# The stem linked as typed, its page escaped, or the other way round: one place.
ENCODED_EVIDENCE = [
    ("/mundo", '<a href="/mundo/últimas-noticias">Todas</a>'
     '<a href="/mundo/%C3%BAltimas-noticias-p%C3%A1gina-3">Más</a>'),
    ("/mundo", '<a href="/mundo/%C3%BAltimas-noticias">Todas</a>'
     '<a href="/mundo/últimas-noticias-página-3">Más</a>'),
    ("/mundo/%C3%BAltimas-noticias-p%C3%A1gina-2",
     '<a href="/mundo/%c3%baltimas-noticias-p%c3%a1gina-3">Siguiente</a>'),
]  # fmt: skip


@pytest.mark.parametrize(("section", "links"), ENCODED_EVIDENCE)
def test_an_escaped_slug_page_the_listing_shows_is_no_article(section: str, links: str) -> None:
    is_article = listing_articles(page("es", links), "https://n.example" + section)
    assert not is_article("https://n.example/mundo/%C3%BAltimas-noticias-p%C3%A1gina-3")
    assert not is_article("https://n.example/mundo/últimas-noticias-página-3")


def test_a_storys_page_2_on_a_teaser_is_not_the_listings_next_page() -> None:
    # a multi-page story's teaser with its own pager's `2` (the story linked too: shown as
    # a page of a listing, no article) before the listing's own pager
    teaser = (
        '<ul><li><a href="/news/the-long-read-on-water">The long read on water</a>'
        ' <a href="/news/the-long-read-on-water-page-2">2</a></li>'
        '<li><a href="/news/2026/12/05/other-story">Other story</a></li></ul>'
        '<nav class="pager"><a href="/news/page/2/">Next</a></nav>'
    )
    html, url = page("en", teaser), "https://n.example/news/"
    found = generic_next(html, url, listing_articles(html, url))
    assert found == ("https://n.example/news/page/2/", "numbered")


@pytest.mark.parametrize(("pager", "section", "wanted"), PAGERS)
def test_a_numbered_pager_among_teasers(pager: str, section: str, wanted: str) -> None:
    assert generic_next(page("en", pager), "https://n.example" + section) == (wanted, "numbered")


OLDER = "https://n.example/world/older"
LABELS = [
    # the label is the control's text nodes joined with spaces, whitespace collapsed
    ("en", '<a href="/world/older">Older<br>stories</a>', OLDER),
    ("de", '<a href="/world/older"><span>Ältere</span><span>Artikel</span></a>', OLDER),
    ("en", '<a href="/world/older">\u00a0\u00a0Next\u00a0' + "»" * 40 + "</a>", OLDER),
    ("en", '<div class="pagination"><a href="/world/older">' + "›" * 80 + "</a></div>", OLDER),
    # a headline holding a next word, or those words run together, is none
    ("en", '<a href="/world/older">Next week: the made-up summit</a>', None),
    ("en", '<a href="/world/older">Olderstories</a>', None),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "control", "wanted"), LABELS)
def test_a_control_s_label_is_its_text_nodes_joined(
    lang: str, control: str, wanted: str | None
) -> None:
    found = generic_next(page(lang, control), "https://n.example/world")
    assert (found[0] if found else None) == wanted


MARKUP = (
    '<form><button formaction="/f">f</button><input type="submit" formaction="/g"></form>'
    '<a href="/a">a</a><a>no href</a><div href="/d">div href</div><button data-href="/b">b'
    '</button><span hx-get="/h">h</span><li data-next-page="/n"></li><i data-load-more-url="/u">'
    '</i><i data-more-href="/m"></i><i data-src="/img.jpg"></i><i data-url="/x" data-page="2">'
    '</i><div data-offset="8" data-cursor="eyJ"></div><div data-after="x1"></div><!-- c -->'
    '<a href="/z" data-next-cursor="abc">z</a>'
)


def test_the_one_walk_finds_what_the_xpaths_find() -> None:
    """`_marked`'s walk in Python finds the elements its XPaths (in C) would, in page order."""
    root = Selector(text=f"<html><body>{MARKUP}</body></html>").root
    marked = _marked(Selector(text=f"<html><body>{MARKUP}</body></html>"))
    xpaths = (
        CONTROLS,
        "//*[" + " or ".join(f"@{name}" for name in COUNTER_NAMES) + "]",
        "//*[" + " or ".join(f"@{name}" for name in CURSOR_NAMES) + "]",
    )
    for found, xpath in zip(marked, xpaths, strict=True):
        assert [el.get("href") or el.attrib for el in found] == [
            el.get("href") or el.attrib for el in root.xpath(xpath)
        ]


REAL_NEXT = "https://n.example/world/older"


def read_more(word: str) -> str:
    """A "read more" in a next word under every teaser, each to the teaser's topic page."""
    return "".join(
        f'<div class="teaser"><h3>Made-up story {n}</h3><a href="/thema/topic{c}">{word}</a></div>'
        for n, c in enumerate("abcdef")
    )


OWN_NEXT = [
    # (lang, controls, wanted): which of several controls is the next page
    # a site menu's "Older" to another hub before the listing's own next: the listing's
    ("en", '<nav class="menu"><a href="/archive">Older</a></nav>'
     '<div class="pagination"><a href="/world/older">›</a></div>', REAL_NEXT),
    ("en", '<header><a href="/archive">Older</a></header>'
     '<a class="load-more" href="/world?before=x1">Load more</a>', "https://n.example/world?before=x1"),
    # a next word under every teaser, each to another page, is a "read more": no next page
    ("de", read_more("Weiter"), None),
    ("ru", read_more("Далее"), None),
    ("uk", read_more("Далі"), None),
    ("de", read_more("Weiter") + '<a href="/world/older">Nächste Seite</a>', REAL_NEXT),
    # the pager's next repeated at the page's top and foot is one next page
    ("en", '<a href="/world/older">Next</a><p>x</p><a href="/world/older">Next</a>', REAL_NEXT),
    # a next word alone to a path sharing nothing of the listing's: a menu's, a "read more"
    ("en", '<nav><a href="/archive">Older</a></nav>', None),
    ("de", '<div class="teaser"><a href="/weiter-lesen">Weiter</a></div>', None),
    # ... but a pager's next, rel=next or a `next` class goes there
    ("en", '<div class="pagination"><a href="/archive/older">Next</a></div>',
     "https://n.example/archive/older"),
    ("en", '<a rel="next" href="/archive/older">Older</a>', "https://n.example/archive/older"),
    ("en", '<a class="pager__next" href="/archive/older">Older</a>',
     "https://n.example/archive/older"),
    # a relative href of one word (`older`, `page2.html`) is a link as any other
    ("en", '<a href="older?before=x1">Next</a>', "https://n.example/older?before=x1"),
    ("en", '<a href="page2.html">Next</a>', "https://n.example/page2.html"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "controls", "wanted"), OWN_NEXT, ids=range(len(OWN_NEXT)))
def test_the_listing_s_own_next_among_other_next_words(
    lang: str, controls: str, wanted: str | None
) -> None:
    found = generic_next(page(lang, controls), "https://n.example/world")
    assert (found[0] if found else None) == wanted


ICON_LABELS = [
    # (lang, control, wanted): a link with no text says what its image's alt says
    ("en", '<a href="/world/older"><img alt="Next" src="arrow.svg"></a>', OLDER),
    ("de", '<a href="/world/older"><img alt="Weiter" src="pfeil.svg"></a>', OLDER),
    ("ja", '<a href="/world/older"><img alt="次へ" src="yajirushi.png"></a>', OLDER),
    ("en", '<a href="/world/older"> <img alt=" Older  posts " src="a.png"> </a>', OLDER),
    ("en", '<a href="/world/older"><svg aria-label="Next" role="img"><path d="M0"/></svg></a>',
     OLDER),
    ("en", '<div class="pagination"><a href="/world/older"><img alt="»" src="a.png"></a></div>',
     OLDER),
    # an <svg>'s <title> is its text
    ("en", '<a href="/world/older"><svg><title>Next</title><path d="M0"/></svg></a>', OLDER),
    # a teaser's picture, its alt a headline, is no next control
    ("en", '<a href="/world/older"><img alt="Next week: the made-up summit" src="a.jpg"></a>',
     None),
    # text beside the image is the label, the alt is not read
    ("en", '<a href="/world/older"><img alt="Next" src="a.png">Made-up headline</a>', None),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "control", "wanted"), ICON_LABELS, ids=range(len(ICON_LABELS)))
def test_an_icon_link_is_labelled_by_its_image_s_alt(
    lang: str, control: str, wanted: str | None
) -> None:
    found = generic_next(page(lang, control), "https://n.example/world")
    assert (found[0] if found else None) == wanted


FORM_ACTIONS = [
    # (controls, wanted): a submit button's formaction, where its GET form goes
    ('<form method="get" action="/world"><button formaction="/world/older">Next</button></form>',
     OLDER),
    ('<form action="/world"><button name="page" value="2" formaction="/world">Next</button>'
     "</form>", "https://n.example/world?page=2"),
    ('<form id="pg" action="/search"></form><p>x</p>'
     '<button form="pg" formaction="/world/page/2">Next</button>', "https://n.example/world/page/2"),
    ('<form method="GET" action="/s"><input type="hidden" name="before" value="x1">'
     '<input type="text" name="q" value="made up" disabled>'
     '<button formaction="/world/older">Older</button></form>', OLDER + "?before=x1"),
    ('<form action="/s"><input type="submit" value="Next" formaction="/world/older"></form>',
     OLDER),
    # a GET submit replaces the formaction's query with the form's fields, as a browser
    # does: no field, no page=2
    ('<form method="get" action="/s"><button formaction="/world?page=2">Next</button></form>',
     None),
    ('<form method="get" action="/s"><input type="hidden" name="page" value="2">'
     '<button formaction="/world?page=9">Next</button></form>', "https://n.example/world?page=2"),
    # no GET submit: a POST form, formmethod=post, a plain button, a button of no form
    ('<form method="post" action="/s"><button formaction="/world/older">Next</button></form>',
     None),
    ('<form action="/s"><button formmethod="post" formaction="/world/older">Next</button></form>',
     None),
    ('<form action="/s"><button type="button" formaction="/world/older">Next</button></form>',
     None),
    ('<button formaction="/world/older">Next</button>', None),
    ('<form action="/s"><input formaction="/world/older" value="Next"></form>', None),
    # a GET form's submit button with no formaction sends it to the form's action, this page
    # where it has none (a "more" form of hidden fields)
    ('<form method="get"><input type="hidden" name="page" value="2"><button>More</button>'
     "</form>", "https://n.example/world?page=2"),
    ('<form><input type="hidden" name="page" value="2"><input type="submit" value="Load more">'
     "</form>", "https://n.example/world?page=2"),
    ('<form action="/world/older"><input type="hidden" name="before" value="x1">'
     '<button type="submit">Older</button></form>', OLDER + "?before=x1"),
    ('<form action=""><input type="hidden" name="page" value="2"><button>Next</button></form>',
     "https://n.example/world?page=2"),
    # ... and one outside it naming it (form="id"), as a browser sends it
    ('<form id="more" action="/world/older"><input type="hidden" name="before" value="x1">'
     '</form><button form="more">Older</button>', OLDER + "?before=x1"),
    ('<form id="more"></form><input type="hidden" name="page" value="2" form="more">'
     '<input type="submit" value="Load more" form="more">', "https://n.example/world?page=2"),
    ('<button form="more">Next</button><form id="more"><input type="hidden" name="page" '
     'value="2"></form>', "https://n.example/world?page=2"),
    # ... not where a field outside it naming it is one a reader types in
    ('<form id="more"><input type="hidden" name="page" value="2"></form>'
     '<input name="q" form="more"><button form="more">Next</button>', None),
    # ... not a form a reader fills in, a POST form, a plain button
    ('<form method="get"><input type="email" name="mail"><input type="hidden" name="page" '
     'value="2"><button>Next</button></form>', None),
    ('<form action="/search"><input name="q"><button>Next</button></form>', None),
    ('<form method="get"><textarea name="t"></textarea><button>Next</button></form>', None),
    ('<form method="post"><input type="hidden" name="page" value="2"><button>More</button>'
     "</form>", None),
    ('<form><input type="hidden" name="page" value="2"><button type="button">More</button>'
     "</form>", None),
    # a submit button goes where its form goes, as a link goes: a box's "More stories" to
    # another section, a poll's "Next" to its own page, is no next page (a link's is none)
    ('<form action="/sport"><button>More stories</button></form>', None),
    ('<form action="/poll"><input type="radio" name="vote" value="a"><input type="radio" '
     'name="vote" value="b"><button>Next</button></form>', None),
    ('<form action="/s"><button formaction="/sport">More stories</button></form>', None),
]  # fmt: skip


@pytest.mark.parametrize(("controls", "wanted"), FORM_ACTIONS, ids=range(len(FORM_ACTIONS)))
def test_a_submit_button_s_formaction_is_where_its_get_form_goes(
    controls: str, wanted: str | None
) -> None:
    found = generic_next(page("en", controls), "https://n.example/world")
    assert (found[0] if found else None) == wanted


FOLDED = [
    # (lang, label): a label in capitals, its accents dropped, is still the word
    ("tr", "SONRAKİ"),
    ("tr", "SONRAKİ SAYFA"),
    ("tr", "SONRAKI\u0307"),  # the dotted capital written decomposed
    ("de", "WEITER"),
    ("de", "ÄLTERE ARTIKEL"),
    ("el", "ΕΠΌΜΕΝΗ"),
    ("el", "ΕΠΟΜΕΝΗ"),
    ("el", "ΕΠΟΜΕΝΗ ΣΕΛΙΔΑ"),
    ("es", "MAS ANTIGUAS"),
    ("fr", "ARTICLES PRECEDENTS"),
    ("el", "Ε\u0301ΠΟΜΕΝΗ"),  # an accent too many, combining
]


@pytest.mark.parametrize(("lang", "label"), FOLDED)
def test_a_label_in_capitals_without_its_accents_is_the_word(lang: str, label: str) -> None:
    found = generic_next(
        page(lang, f'<a href="/world/older">{label}</a>'), "https://n.example/world"
    )
    assert found == (OLDER, "next_control")


def test_a_headline_in_capitals_is_no_next_word() -> None:
    control = '<a href="/world/older">ΕΠΟΜΕΝΗ ΕΒΔΟΜΑΔΑ: Η ΣΥΝΟΔΟΣ</a>'
    assert generic_next(page("el", control), "https://n.example/world") is None


ESCAPED_SLOTS = [
    # (page, the next page's link): a page word of other letters, escaped, in its own slot
    ("/mundo", "/mundo/p%C3%A1gina/2"),
    ("/mundo/p%C3%A1gina/2", "/mundo/p%c3%a1gina/3"),
    ("/mir", "/mir/%D1%81%D1%82%D1%80%D0%B0%D0%BD%D0%B8%D1%86%D0%B0/2"),
    ("/mundo/p%C3%A1gina/2", "/mundo/página/3"),
]


@pytest.mark.parametrize(("here", "there"), ESCAPED_SLOTS)
def test_an_escaped_page_word_in_its_own_slot_is_the_next_page(here: str, there: str) -> None:
    assert is_next_number("https://n.example" + here, "https://n.example" + there)


# An escaped slash stays inside its segment (`ac%2Fdc` is no folder): a link to one such place
# on the listing is no evidence that an article of the other is a page of a listing.
ESCAPE_LOOKALIKES = [
    # (a link on the listing, an article ending in a page word and number)
    ("/music/ac%2Fdc-greatest-hits", "/music/ac/dc-greatest-hits-page-2"),
    ("/music/ac/dc/greatest-hits", "/music/ac%2Fdc/greatest-hits-page-2"),
]


@pytest.mark.parametrize(("link", "article"), ESCAPE_LOOKALIKES)
def test_an_escape_undone_wrongly_makes_no_stem_of_another_place(link: str, article: str) -> None:
    links = f'<a href="{link}">Tema</a><a href="{article}">Un relato</a>'
    is_article = listing_articles(page("es", links), "https://n.example/music")
    assert is_article("https://n.example" + article)
