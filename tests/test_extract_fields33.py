"""Fields an unseen site states in its own way: a subtitle whose class names it among
hyphens or camelCase, a breadcrumb ending in the site's news area, an "undetermined"
language code.

Every page, name and sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

PARAS = {
    "en": [
        "The city council voted on Tuesday evening after a long debate over the new budget.",
        "The opposition sharply criticised the decision and said it would return to it.",
        "Mayor Anna Keller said the city had to invest in the future of its children now.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstagabend nach langer Debatte über den neuen Haushalt abgestimmt.",
        "Die Opposition kritisierte die Entscheidung scharf und will das Thema erneut vorbringen.",
        "Bürgermeisterin Anna Keller sagte, die Stadt müsse jetzt in die Zukunft investieren.",
    ],
    "fr": [
        "Le conseil municipal a voté mardi soir après un long débat sur le nouveau budget.",
        "L'opposition a vivement critiqué la décision et reviendra sur le sujet le mois prochain.",
        "La maire Anna Keller a déclaré que la ville devait investir maintenant dans l'avenir.",
    ],
    "es": [
        "El ayuntamiento votó el martes por la noche tras un largo debate sobre el presupuesto.",
        "La oposición criticó duramente la decisión y anunció que volvería a plantear el asunto.",
        "La alcaldesa Ana Keller dijo que la ciudad debía invertir ahora en el futuro.",
    ],
    "ru": [
        "Городской совет во вторник вечером после долгих дебатов проголосовал за новый бюджет.",
        "Оппозиция резко раскритиковала это решение и заявила, что вернётся к вопросу.",
        "Мэр Анна Келлер сказала, что город должен уже сейчас инвестировать в будущее детей.",
    ],
    "ja": [
        "市議会は火曜日の夜、新しい予算をめぐる長い議論の末に採決を行い、学校への予算を増やした。",
        "野党はこの決定を強く批判し、来月に再びこの問題を取り上げると表明した。",
        "ケラー市長は、市は今こそ子どもたちの未来に投資しなければならないと述べた。",
    ],
    "nl": [
        "De gemeenteraad heeft dinsdagavond na een lang debat over de nieuwe begroting gestemd.",
        "De oppositie bekritiseerde het besluit scherp en wil de kwestie opnieuw aankaarten.",
        "Burgemeester Anna Keller zei dat de stad nu moet investeren in de toekomst.",
    ],
    "zh": [
        "市議會週二晚間經過長時間辯論後，對新預算進行表決，並增加了學校的經費。",
        "反對派嚴厲批評這項決定，並表示下個月將再次提出這個問題。",
        "市長凱勒表示，城市現在必須投資於孩子們的未來。",
    ],
    "it": [
        "Il consiglio comunale ha votato martedì sera dopo un lungo dibattito sul bilancio.",
        "L'opposizione ha criticato duramente la decisione e tornerà sulla questione.",
        "La sindaca Anna Keller ha detto che la città deve investire ora nel futuro.",
    ],
}
HEADLINE = "Council raises the school budget after a long debate"


def _page(lang: str, under_h1: str = "", head: str = "", lang_attr: str | None = None) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS[lang])
    attr = f' lang="{lang}"' if lang_attr is None else lang_attr
    return (
        f"<!doctype html><html{attr}><head><meta charset='utf-8'>{head}</head><body><main>"
        f"<article><h1>{HEADLINE}</h1>{under_h1}{body}</article></main></body></html>"
    )


DEK = "Opposition vows to fight on as the mayor defends the spending"

# A block under the headline whose class names it the subtitle as a theme writes it:
# hyphenated ("entry-subtitle"), camelCase ("articleStandfirst"), with a BEM prefix.
CLASSED_SUBTITLES = [
    f"<h2 class='entry-subtitle'>{DEK}</h2>",
    f"<h2 class='article-subtitle'>{DEK}</h2>",
    f"<p class='post-standfirst'>{DEK}</p>",
    f"<div class='articleStandfirst'>{DEK}</div>",
    f"<p class='story-dek text-lg'>{DEK}</p>",
    f"<p class='c-article-sub-title'>{DEK}</p>",
    f"<div class='js-lede t-story-lead mb-4'>{DEK}</div>",
    f"<div class='Story_standfirst__x8Kq2'>{DEK}</div>",
    f"<h2 class='post-excerpt text-xl'>{DEK}</h2>",
]


@pytest.mark.parametrize("block", CLASSED_SUBTITLES)
def test_a_block_whose_hyphenated_class_names_the_subtitle_is_it(block: str) -> None:
    assert extract_article(_page("en", block), "https://post.example/a/1").subtitle == DEK


# Counter-cases: a class naming the subtitle and something else the block is (a teaser
# card's, an author box's, a newsletter's), a look (a type scale's "subtitle-700"), a
# field's type, or no subtitle at all; and a page without one.
NOT_SUBTITLES = [
    f"<p class='related-teaser-dek'>{DEK}</p>",
    f"<p class='author-bio-intro'>{DEK}</p>",
    f"<p class='newsletter-intro'>{DEK}</p>",
    f"<p class='decker-note'>{DEK}</p>",
    f"<p class='subtitles-info'>{DEK}</p>",
    f"<p class='subtitle-700'>{DEK}</p>",
    f"<p class='mdc-typography--subtitle1'>{DEK}</p>",
    f"<div class='field field--type-text-with-summary'>{DEK}</div>",
    f"<div class='panel__summary-label'>{DEK}</div>",
    "",
]


@pytest.mark.parametrize("block", NOT_SUBTITLES)
def test_a_block_whose_class_names_more_than_a_subtitle_is_none(block: str) -> None:
    assert extract_article(_page("en", block), "https://post.example/a/1").subtitle is None


def _crumbs(*names: tuple[str, str]) -> str:
    links = "".join(f"<li><a href='{href}'>{name}</a></li>" for name, href in names)
    return f"<nav class='breadcrumb'><ol>{links}</ol></nav>"


def _trail(*names: tuple[str, str]) -> str:
    items = ",".join(
        f'{{"@type":"ListItem","position":{i},"name":"{n}","item":"https://site.example{h}"}}'
        for i, (n, h) in enumerate(names, 1)
    )
    return (
        '<script type="application/ld+json">{"@type":"BreadcrumbList",'
        f'"itemListElement":[{items}]}}</script>'
    )


# A trail of the front page and the site's news area only: on a site whose News stands
# beside Sport and Business that is where the story sits, so the news area is its section
# (the front page never is).
NEWS_AREA_TRAILS = [
    ("en", "", _trail(("Home", "/"), ("News", "/news/")), "News"),
    ("de", _crumbs(("Startseite", "/"), ("Nachrichten", "/nachrichten/")), "", "Nachrichten"),
    ("fr", _crumbs(("Accueil", "/"), ("Actualités", "/actualites/")), "", "Actualités"),
    ("es", "", _trail(("Inicio", "/"), ("Noticias", "/noticias/")), "Noticias"),
    ("ru", _crumbs(("Главная", "/"), ("Новости", "/news/")), "", "Новости"),
    ("ja", _crumbs(("ホーム", "/"), ("ニュース", "/news/")), "", "ニュース"),
    ("nl", _crumbs(("Home", "/"), ("Nieuws", "/nieuws/")), "", "Nieuws"),
    ("zh", _crumbs(("首頁", "/"), ("新聞", "/news/")), "", "新聞"),
    ("it", _crumbs(("Home", "/"), ("Notizie", "/notizie/")), "", "Notizie"),
]


@pytest.mark.parametrize(("lang", "crumbs", "head", "expected"), NEWS_AREA_TRAILS)
def test_a_trail_ending_in_the_news_area_names_it_and_never_home(
    lang: str, crumbs: str, head: str, expected: str
) -> None:
    page = _page(lang, crumbs, head)
    assert extract_article(page, "https://site.example/news/a-story-1").section == expected


# A section deeper than the news area wins wherever the trail writes it.
def test_a_section_below_the_news_area_wins_in_either_order() -> None:
    trail = _crumbs(("Home", "/"), ("Politik", "/politik/"), ("Nachrichten", "/politik/n/"))
    page = _page("de", trail, "")
    assert extract_article(page, "https://site.example/politik/n/a-1").section == "Politik"


# Counter-cases: a section under the news area is the section; a news area the page
# states as its section (article:section, articleSection) is the site's own choice.
SECTIONS_KEPT = [
    ("de", _crumbs(("Startseite", "/"), ("Nachrichten", "/n/"), ("Politik", "/n/politik/")), "",
     "Politik"),
    ("en", "", _trail(("Home", "/"), ("News", "/news/"), ("World", "/news/world/")), "World"),
    ("es", _crumbs(("Inicio", "/"), ("Deportes", "/deportes/")), "", "Deportes"),
    ("ja", _crumbs(("ホーム", "/"), ("社会", "/society/")), "", "社会"),
    ("en", _crumbs(("Home", "/"), ("World News", "/world/")), "", "World News"),
    ("en", "", "<meta property='article:section' content='News'>", "News"),
    ("de", "", '<script type="application/ld+json">{"@type":"NewsArticle",'
     '"headline":"x","articleSection":"Nachrichten"}</script>', "Nachrichten"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "crumbs", "head", "expected"), SECTIONS_KEPT)
def test_a_section_under_or_stated_as_the_news_area_stays(
    lang: str, crumbs: str, head: str, expected: str
) -> None:
    page = _page(lang, crumbs, head)
    assert extract_article(page, "https://site.example/news/a-story-1").section == expected


# ISO 639's codes for no particular language (undetermined, several, no linguistic
# content, uncoded): a CMS's placeholder, no language; the words say which it is.
@pytest.mark.parametrize("code", ["und", "mul", "zxx", "mis", "UND"])
def test_a_code_for_no_language_gives_way_to_the_words(code: str) -> None:
    page = _page("de", lang_attr=f' lang="{code}"')
    assert extract_article(page, "https://site.example/a").language == "de"


REAL_CODES = [(' lang="und" xml:lang="fr"', "fr"), (' lang="fr"', "fr"), (' lang="fur"', "fur")]


@pytest.mark.parametrize(("attr", "expected"), REAL_CODES)
def test_a_real_code_after_or_instead_of_a_placeholder_stands(attr: str, expected: str) -> None:
    page = _page("fr", lang_attr=attr)
    assert extract_article(page, "https://site.example/a").language == expected


def _microdata_page(image: str, card: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS["en"])
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'></head><body>"
        "<main><div itemscope itemtype='https://schema.org/NewsArticle'>"
        f"<h1 itemprop='headline'>{HEADLINE}</h1>{image}"
        f"<div itemprop='articleBody'>{body}</div></div>{card}</main></body></html>"
    )


LEAD = "https://cdn.example/media/2026/council-chamber.jpg"
OTHER = "https://cdn.example/media/2026/other-story.jpg"


def _image_object(url: str, prop: str = "url") -> str:
    return (
        "<div itemprop='image' itemscope itemtype='https://schema.org/ImageObject'>"
        f"<meta itemprop='{prop}' content='{url}'><meta itemprop='width' content='1200'></div>"
    )


# A page that states its picture only in microdata, as an ImageObject of the article's
# own scope (its url or contentUrl): the article's image, as JSON-LD's would be.
@pytest.mark.parametrize("prop", ["url", "contentUrl", "contentURL"])
def test_a_microdata_image_object_of_the_article_is_its_image(prop: str) -> None:
    page = _microdata_page(_image_object(LEAD, prop))
    assert extract_article(page, "https://site.example/a/1").image == LEAD


# Counter-cases: an ImageObject of another story's card, of an author in the article
# (a person's scope), or none at all.
CARD = (
    "<aside><div itemscope itemtype='https://schema.org/NewsArticle'>"
    f"<a href='/b/2' itemprop='headline'>Another story</a>{_image_object(OTHER)}</div></aside>"
)
AUTHOR = (
    "<div itemprop='author' itemscope itemtype='https://schema.org/Person'>"
    f"<span itemprop='name'>Anna Keller</span>{_image_object(OTHER)}</div>"
)


@pytest.mark.parametrize(("image", "card"), [("", CARD), (AUTHOR, ""), ("", "")])
def test_a_microdata_image_of_another_scope_is_not_the_lead(image: str, card: str) -> None:
    page = _microdata_page(image, card)
    assert extract_article(page, "https://site.example/a/1").image is None


MARK = "https://site.example/assets/brand-mark-600x200.png"
PHOTO = "https://cdn.example/media/2026/council-at-night.jpg"


def _masthead_page(alt: str, site_name: str = "Springfield Post", src: str = MARK) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS["en"])
    meta = f"<meta property='og:site_name' content='{site_name}'>" if site_name else ""
    return (
        f"<!doctype html><html lang='en'><head>{meta}</head><body><article>"
        f"<img src='{src}' width='600' height='200' alt='{alt}'>"
        f"<h1>{HEADLINE}</h1>{body}</article></body></html>"
    )


# A picture above the headline whose alt text is the site's name is its masthead, whatever
# its file's name or size: no lead.
@pytest.mark.parametrize("alt", ["Springfield Post", "springfield post", "SPRINGFIELD POST"])
def test_a_picture_whose_alt_is_the_site_name_is_no_lead(alt: str) -> None:
    assert extract_article(_masthead_page(alt), "https://site.example/a/1").image is None


# Counter-cases: an alt that says more than the site's name, or no site name stated.
@pytest.mark.parametrize(
    ("alt", "site_name"),
    [
        ("Springfield Post reporters outside the council chamber", "Springfield Post"),
        ("The council chamber at night", "Springfield Post"),
        ("Springfield Post", ""),
    ],
)
def test_a_picture_whose_alt_says_more_stays_the_lead(alt: str, site_name: str) -> None:
    page = _masthead_page(alt, site_name, PHOTO)
    assert extract_article(page, "https://site.example/a/1").image == PHOTO


# Review: a class ending in a lead word whose other words name something the block is
# other than the article's own opening (a poll's, the comments', a podcast player's, a
# section's blurb, an author's note, a box of key points): none is the subtitle, though
# each sits under the headline as a standfirst would.
OTHER_BLOCKS_ENDING_IN_A_LEAD_WORD = [
    "<p class='poll-intro'>Have your say: should the city spend more on its schools?</p>",
    "<p class='comments-intro'>Comments are moderated. Please keep the debate civil.</p>",
    "<div class='podcast-intro'>Listen to the whole interview with the mayor in our podcast.</div>",
    "<p class='section-intro'>Local news from the city and the region, every single day.</p>",
    "<p class='bio-intro'>Jonas Brandt has covered city hall for the paper since 2019.</p>",
    "<div class='key-points-summary'>Budget up by a fifth; schools get most of it.</div>",
    "<p class='ai-summary'>This summary was written by a machine and checked by an editor.</p>",
    "<p class='quiz-intro'>How well do you know your town hall? Take our short quiz.</p>",
]


@pytest.mark.parametrize("block", OTHER_BLOCKS_ENDING_IN_A_LEAD_WORD)
def test_a_lead_word_after_another_things_name_is_no_subtitle(block: str) -> None:
    assert extract_article(_page("en", block), "https://post.example/a/1").subtitle is None


# ... while the words a theme writes before it for the article's own block stay read: its
# wrapper, a CSS module's element, a theme's lettered namespace.
OWN_BLOCKS_ENDING_IN_A_LEAD_WORD = [
    f"<div class='wrapper-summary'>{DEK}</div>",
    f"<div class='Story_elementLead__Q7xk2'>{DEK}</div>",
    f"<p class='mvp-post-excerpt'>{DEK}</p>",
    f"<p class='o-header-standfirst'>{DEK}</p>",
    f"<div class='field field-name-field-standfirst'>{DEK}</div>",
]


@pytest.mark.parametrize("block", OWN_BLOCKS_ENDING_IN_A_LEAD_WORD)
def test_a_lead_word_after_the_articles_own_words_is_the_subtitle(block: str) -> None:
    assert extract_article(_page("en", block), "https://post.example/a/1").subtitle == DEK


# Review: a photograph captioned in its figure is no masthead though its alt text is the
# site's name: a CMS filling every alt with it, or the paper's story of its own building.
@pytest.mark.parametrize("above", [True, False])
def test_a_captioned_photograph_whose_alt_is_the_site_name_stays_the_lead(above: bool) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS["en"])
    figure = (
        f"<figure><img src='{PHOTO}' width='1200' height='800' alt='Springfield Post'>"
        "<figcaption>The paper's first office on Harbour Street, opened in 1926.</figcaption>"
        "</figure>"
    )
    head = f"<h1>{HEADLINE}</h1>"
    page = (
        "<!doctype html><html lang='en'><head>"
        "<meta property='og:site_name' content='Springfield Post'></head><body><article>"
        f"{figure + head if above else head + figure}{body}</article></body></html>"
    )
    assert extract_article(page, "https://site.example/a/1").image == PHOTO


# Review: a list of other stories after a short article, each card's excerpt classed as a
# WordPress listing writes it ("entry-summary", "post-excerpt"): another story's, no subtitle.
@pytest.mark.parametrize(
    "wrap",
    [
        "<section class='more-stories'><article class='post'>{}</article></section>",
        "<aside>{}</aside>",
    ],
)
@pytest.mark.parametrize("cls", ["entry-summary", "post-excerpt", "article-dek"])
def test_an_excerpt_in_another_storys_card_is_no_subtitle(wrap: str, cls: str) -> None:
    card = (
        "<h3><a href='/a/2'>Harbour ferry returns after two years</a></h3>"
        f"<div class='{cls}'>The old ferry is back on the water, and the queues are long.</div>"
    )
    body = "".join(f"<p>{p}</p>" for p in PARAS["en"])
    page = (
        "<!doctype html><html lang='en'><head></head><body><main><article>"
        f"<h1>{HEADLINE}</h1>{body}</article>{wrap.format(card)}</main></body></html>"
    )
    assert extract_article(page, "https://post.example/a/1").subtitle is None


# ... while a standfirst in the story's own <article>, its headline in a page header above
# it, stays.
def test_a_standfirst_in_the_article_after_a_header_headline_stays() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS["en"])
    page = (
        "<!doctype html><html lang='en'><head></head><body><main>"
        f"<header><h1>{HEADLINE}</h1></header><article>"
        f"<p class='entry-summary'>{DEK}</p>{body}</article></main></body></html>"
    )
    assert extract_article(page, "https://post.example/a/1").subtitle == DEK
