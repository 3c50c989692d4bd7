"""Leftovers of the earlier sessions, one table each: a surname that is a job word, a source
after the writer, a wire's dispatch opening the story, a live blog dated only by its
coverage, the site's sections offered again under the story. Invented pages."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.text import is_dispatch

STORY = {
    "de": [
        "Der Gemeinderat hat am Dienstagabend beschlossen, den alten Hafen für den Fährverkehr wieder auszubauen.",
        "Die Entscheidung fiel nach einer langen Debatte, in der die Opposition vor den verdoppelten Kosten warnte.",
        "Nach dem Plan sollen die ersten Fähren bereits im Sommer 2028 an der neuen Kaimauer anlegen können.",
    ],
    "en": [
        "The city council voted on Tuesday evening to expand the old harbour for ferry traffic once again.",
        "The decision came after a long debate in which the opposition warned of doubled construction costs.",
        "Under the plan the first ferries could dock at the new quay as early as the summer of 2028.",
    ],
    "fr": [
        "Le conseil municipal a décidé mardi soir d'agrandir de nouveau le vieux port pour les ferries.",
        "La décision est tombée après un long débat au cours duquel l'opposition a mis en garde contre les coûts.",
        "Selon le plan, les premiers ferries pourraient accoster au nouveau quai dès l'été 2028.",
    ],
    "es": [
        "El ayuntamiento decidió el martes por la noche ampliar de nuevo el viejo puerto para los transbordadores.",
        "La decisión llegó tras un largo debate en el que la oposición advirtió del doble de costes.",
        "Según el plan, los primeros transbordadores podrían atracar en el nuevo muelle en el verano de 2028.",
    ],
    "pt": [
        "A câmara municipal decidiu na terça-feira à noite ampliar novamente o velho porto para os ferries.",
        "A decisão surgiu após um longo debate em que a oposição alertou para a duplicação dos custos.",
        "Segundo o plano, os primeiros ferries poderão atracar no novo cais já no verão de 2028.",
    ],
    "cs": [
        "Zastupitelstvo v úterý večer rozhodlo, že starý přístav bude znovu rozšířen pro trajektovou dopravu.",
        "Rozhodnutí padlo po dlouhé debatě, v níž opozice varovala před zdvojnásobením nákladů na stavbu.",
        "Podle plánu by první trajekty mohly u nového nábřeží přistávat již v létě roku 2028.",
    ],
    "vi": [
        "Hội đồng thành phố tối thứ Ba đã quyết định mở rộng lại cảng cũ cho tàu phà chở khách.",
        "Quyết định được đưa ra sau một cuộc tranh luận dài, trong đó phe đối lập cảnh báo chi phí tăng gấp đôi.",
        "Theo kế hoạch, những chuyến phà đầu tiên có thể cập bến mới ngay từ mùa hè năm 2028.",
    ],
    "zh": [
        "市议会周二晚间决定再次扩建旧港口，用于渡轮交通，工程将分几个阶段进行。",
        "这一决定是在长时间辩论之后作出的，反对派在辩论中警告建设费用将翻倍。",
        "根据计划，首批渡轮最早可于2028年夏季停靠新码头，届时将开通两条航线。",
    ],
}


def _page(
    lang: str, head: str, above: str, story: list[str], title: str = "Hafen wird ausgebaut"
) -> str:
    paragraphs = "".join(f"<p>{s}</p>" for s in story)
    return (
        f"<html lang='{lang}'><head><title>{title}</title>{head}</head><body>"
        f"<article><h1>{title}</h1>{above}{paragraphs}</article></body></html>"
    )


# --- a job word after a full name in one text: the job goes (words-12: no looked-at writer
# is named by a job; "Von Anna Muster Redakteur" is common) unless a link spells it ---------
@pytest.mark.parametrize(
    ("lang", "byline", "want"),
    [
        pytest.param(
            "de", "<p class='byline'>Von Anna Muster Redakteur</p>", ["Anna Muster"], id="de-von"
        ),
        pytest.param(
            "de",
            "<p class='byline'>Von Anna Muster Korrespondent, dpa</p>",
            ["Anna Muster", "dpa"],
            id="de-agency",
        ),
        pytest.param(
            "de",
            "<div class='meta'><span>Von Jan Probe Redakteur</span></div>",
            ["Jan Probe"],
            id="de-span",
        ),
        pytest.param("en", "<p class='byline'>By Lucy Doe Writer</p>", ["Lucy Doe"], id="en-by"),
        pytest.param(
            "fr",
            "<p class='byline'>Par Marie Dupont Journaliste</p>",
            ["Marie Dupont"],
            id="fr-par",
        ),
        pytest.param(
            "es",
            "<p class='byline'>Por Ana López Periodista</p>",
            ["Ana López"],
            id="es-por",
        ),
        pytest.param(
            "de",
            "<p class='byline'>Von <a href='/autoren/anna-maria-autor'>Anna Maria Autor</a></p>",
            ["Anna Maria Autor"],
            id="de-linked-surname",
        ),
        # a job set apart still goes: by an element of its own, or with words after it
        pytest.param(
            "de",
            "<p class='byline'>Von Anna Muster <span class='role'>Redakteurin</span></p>",
            ["Anna Muster"],
            id="de-role-span",
        ),
        pytest.param(
            "en",
            "<p class='byline'>By Jane Doe <span>Reporter</span></p>",
            ["Jane Doe"],
            id="en-role-span",
        ),
        pytest.param(
            "de",
            "<p class='byline'>Von Anna Muster Redakteurin Wirtschaft</p>",
            ["Anna Muster"],
            id="de-role-desk",
        ),
        pytest.param(
            "de",
            "<p class='byline'>Von Anna Muster Politikredakteur</p>",
            ["Anna Muster"],
            id="de-compound-job",
        ),
        # a feminine form built on a listed title is a gendered noun, no surname
        pytest.param(
            "de",
            "<p class='byline'>Von Anna Muster Redakteurin</p>",
            ["Anna Muster"],
            id="de-feminine-job",
        ),
        pytest.param(
            "de",
            "<p class='byline'>Von Eva Beispiel Korrespondentin, dpa</p>",
            ["Eva Beispiel", "dpa"],
            id="de-feminine-job-agency",
        ),
        pytest.param(
            "cs",
            "<p class='byline'>Jana Nováková Reportérka</p>",
            ["Jana Nováková"],
            id="cs-feminine-job",
        ),
    ],
)
def test_a_job_word_surname(lang: str, byline: str, want: list[str]) -> None:
    html = _page(lang, "", byline, STORY[lang if lang in STORY else "en"])
    assert extract_article(html, "https://www.probe-post.example/politik/a-1.html").authors == want


# --- "Source:" after the writer: the source, no second writer ------------------------------
@pytest.mark.parametrize(
    ("lang", "byline", "want"),
    [
        pytest.param("en", "<p>Rahul Sharma | Source: PTI</p>", ["Rahul Sharma"], id="en-plain"),
        pytest.param(
            "en",
            "<p class='byline'>Rahul Sharma | Source: PTI</p>",
            ["Rahul Sharma"],
            id="en-classed",
        ),
        pytest.param(
            "en",
            "<p class='byline'>By Rahul Sharma | Source: Ministry of Health</p>",
            ["Rahul Sharma"],
            id="en-not-agency",
        ),
        pytest.param("de", "<p>Anna Muster | Quelle: dpa</p>", ["Anna Muster"], id="de-plain"),
        pytest.param(
            "pt",
            "<p class='byline'>Por Ana Souza | Fonte: Lusa</p>",
            ["Ana Souza"],
            id="pt-classed",
        ),
        # the source alone is still the credit
        pytest.param("en", "<p class='byline'>Source: PTI</p>", ["PTI"], id="en-alone"),
        # a place before the source: the agency, as "Bad Homburg, dpa" gives it
        pytest.param("de", "<p>Bad Homburg | Quelle: dpa</p>", ["dpa"], id="de-place"),
        pytest.param("es", "<p>Santa Cruz | Fuente: EFE</p>", ["EFE"], id="es-place"),
    ],
)
def test_a_source_after_the_writer(lang: str, byline: str, want: list[str]) -> None:
    html = _page(lang, "", byline, STORY[lang if lang in STORY else "en"])
    assert extract_article(html, "https://news.example.in/india/a-1.html").authors == want


# --- a wire's dispatch opening the story: the sentence stays, the place is no writer --------
DISPATCHES = [
    pytest.param(
        "en",
        "BEIJING, Dec. 3 (Xinhua) -- China will open two new ferry lines next year.",
        "Xinhua",
        id="en-xinhua",
    ),
    pytest.param(
        "en",
        "NEW DELHI, Dec 3 (PTI): The state will open two new ferry lines next year.",
        "PTI",
        id="en-pti",
    ),
    pytest.param(
        "de",
        "Berlin (dpa) - Die Regierung eröffnet im kommenden Jahr zwei neue Fährlinien.",
        "dpa",
        id="de-dpa",
    ),
    pytest.param(
        "fr",
        "PARIS, 3 déc (AFP) - Le gouvernement ouvrira deux nouvelles lignes l'an prochain.",
        "AFP",
        id="fr-afp",
    ),
    pytest.param(
        "es",
        "MADRID, 3 dic (EFE).- El Gobierno abrirá dos nuevas líneas de ferry el próximo año.",
        "EFE",
        id="es-efe",
    ),
    pytest.param(
        "vi",
        "HÀ NỘI, 3/12 (TTXVN) - Chính phủ sẽ mở hai tuyến phà mới vào năm tới.",
        "TTXVN",
        id="vi-ttxvn",
    ),
    pytest.param(
        "zh",
        "新华社北京12月3日电（记者王小明）国家发展改革委3日表示，明年将新开通两条渡轮航线。",
        "王小明",
        id="zh-xinhua",
    ),
]


@pytest.mark.parametrize(("lang", "opening", "author"), DISPATCHES)
def test_a_short_dispatch_paragraph_stays_in_the_body(lang: str, opening: str, author: str) -> None:
    """The agency (or the reporter) credited in the page's metadata and named in the
    dispatch: the short first paragraph is the story's, no byline line above it."""
    head = f"<meta name='author' content='{author}'>"
    html = _page(lang, head, "", [opening, *STORY[lang][1:]])
    body = extract_article(html, "https://news.example.com/world/c_1.htm").body or ""
    assert body.split("\n\n")[0] == opening


@pytest.mark.parametrize(
    ("lang", "opening"),
    [
        pytest.param(
            "vi", "HÀ NỘI, 3/12 (TTXVN) - Chính phủ sẽ mở hai tuyến phà mới vào năm tới.", id="vi"
        ),
        pytest.param(
            "en",
            "NEW YORK, 3/12 (Reuters) - The city will open two new ferry lines next spring.",
            id="en-agency",
        ),
        pytest.param(
            "en",
            "Hong Kong, 3/12 - The city will open two new ferry lines next spring.",
            id="en-no-agency",
        ),
        pytest.param(
            "pt",
            "SÃO PAULO, 03/12/2026 (Lusa) - O governo vai abrir duas novas linhas de ferry.",
            id="pt",
        ),
    ],
)
def test_a_dispatch_with_a_numeric_day_names_no_writer(lang: str, opening: str) -> None:
    """ "HÀ NỘI, 3/12 ..." is a place and a day, not "Jane Doe, 05.04.2025"."""
    html = _page(lang, "", "", [opening, *STORY[lang if lang in STORY else "en"][1:]])
    article = extract_article(html, "https://news.example.com/world/c_1.htm")
    assert article.authors == []
    assert (article.body or "").startswith(opening)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        pytest.param(
            "de", "Von Anna Muster (dpa) - Aktualisiert am 3. Dezember 2026 um 10:15 Uhr.", id="de"
        ),
        pytest.param("en", "By Jane Doe (AP) - Updated on Dec. 3, 2026 at 10:15 am.", id="en"),
        pytest.param(
            "fr", "Par Marie Dupont (AFP) - Publié le 3 décembre 2026 à 10h15 ce matin.", id="fr"
        ),
    ],
)
def test_a_byline_and_date_stamp_line_is_no_dispatch(lang: str, line: str) -> None:
    """A writer, the agency in brackets, a dash and a date stamp: the byline's line, no
    story sentence after a dispatch; it goes from the body as it did before dispatches."""
    html = _page(lang, "", f"<p>{line}</p>", STORY[lang])
    body = extract_article(html, "https://news.example.com/world/c_1.htm").body or ""
    assert body.split("\n\n")[0] == STORY[lang][0]


@pytest.mark.parametrize(
    "opening",
    [
        # a sentence opening with a verb spelled as a label, no date after it: a dispatch
        pytest.param(
            "القاهرة (أ ش أ) - نشر المتحدث باسم الوزارة بيانا يوم 3 ديسمبر حول الميناء.", id="ar"
        ),
        pytest.param(
            "HÀ NỘI, 3/12 (TTXVN) - Đăng ký xe máy mới sẽ được thực hiện trực tuyến từ năm 2027.",
            id="vi",
        ),
    ],
)
def test_a_dispatch_opening_with_a_label_word_is_still_one(opening: str) -> None:
    assert is_dispatch(opening)


@pytest.mark.parametrize(
    ("lang", "above", "want"),
    [
        pytest.param(
            "de",
            "<div class='dek'>BERLIN, 3. Dezember (Reuters) - Der Gemeinderat will den Hafen ausbauen, heißt es.</div><p>Anna Muster, 03.12.2026</p>",
            ["Anna Muster"],
            id="de-dek",
        ),
        pytest.param(
            "en",
            "<p class='article-standfirst'>LONDON, Dec 3 (Reuters) - The council will expand the old harbour, officials said.</p><p>Jane Doe | 03.12.2026</p>",
            ["Jane Doe"],
            id="en-standfirst",
        ),
        pytest.param(
            "vi",
            "<div class='lead'>HÀ NỘI, 3/12 (TTXVN) - Chính phủ sẽ mở hai tuyến phà mới vào năm tới.</div><p>Nguyễn Văn An, 03/12/2026</p>",
            ["Nguyễn Văn An"],
            id="vi-lead",
        ),
    ],
)
def test_a_standfirst_written_as_a_dispatch_leaves_the_byline_after_it(
    lang: str, above: str, want: list[str]
) -> None:
    html = _page(lang, "", above, STORY[lang])
    assert extract_article(html, "https://news.example.com/world/c_1.htm").authors == want


def test_a_name_and_date_line_is_still_a_byline() -> None:
    html = _page("en", "", "<p>Jane Doe | 05.04.2025</p>", STORY["en"])
    assert extract_article(html, "https://news.example.com/world/c_1.htm").authors == ["Jane Doe"]


# --- a live blog dated only by when its coverage began -------------------------------------
def _live(obj: dict[str, str], meta: str = "") -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Sturm live",
        **obj,
    }
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>{meta}"
    return _page("de", head, "", STORY["de"], title="Sturm live")


@pytest.mark.parametrize(
    ("obj", "meta", "want"),
    [
        pytest.param(
            {"coverageStartTime": "2026-12-03T06:15:00+01:00"},
            "",
            "2026-12-03T06:15:00+01:00",
            id="coverage-only",
        ),
        pytest.param(
            {
                "coverageStartTime": "2026-12-03T06:15:00+01:00",
                "coverageEndTime": "2026-12-03T22:00:00+01:00",
                "dateModified": "2026-12-03T11:40:00+01:00",
            },
            "",
            "2026-12-03T06:15:00+01:00",
            id="with-end-and-modified",
        ),
        pytest.param(
            {
                "coverageStartTime": "2026-12-03T06:15:00+01:00",
                "datePublished": "2026-12-03T06:30:00+01:00",
            },
            "",
            "2026-12-03T06:30:00+01:00",
            id="published-wins",
        ),
        pytest.param(
            {"coverageStartTime": "2026-12-03T06:15:00+01:00"},
            "<meta property='article:published_time' content='2026-12-03T06:20:00+01:00'>",
            "2026-12-03T06:20:00+01:00",
            id="meta-wins",
        ),
    ],
)
def test_a_live_blog_dated_by_its_coverage(obj: dict[str, str], meta: str, want: str) -> None:
    assert (
        extract_article(_live(obj, meta), "https://www.probe-post.example/live/a-1.html").published
        == want
    )


# --- the site's sections offered again under the story are no topics -----------------------
_MENU = {
    "de": [
        ("/politik/", "Politik"),
        ("/wirtschaft/", "Wirtschaft"),
        ("/sport/", "Sport"),
        ("/kultur", "Kultur"),
    ],
    "en": [
        ("/politics/", "Politics"),
        ("/business/", "Business"),
        ("/sport/", "Sport"),
        ("/culture", "Culture"),
    ],
    "fr": [
        ("/politique/", "Politique"),
        ("/economie/", "Économie"),
        ("/sport/", "Sport"),
        ("/culture", "Culture"),
    ],
}
_TEXT_NAMING = {
    "de": "Die Politik und die Wirtschaft streiten, der Sport und die Kultur warten.",
    "en": "Politics and business argue, while sport and culture wait.",
    "fr": "La politique et l'économie se disputent, le sport et la culture attendent.",
}
_MORE = {"de": "Weitere Themen", "en": "More topics", "fr": "Plus de sujets"}


def _sections_page(lang: str, block: str) -> str:
    menu = "".join(f"<li><a href='{h}'>{t}</a></li>" for h, t in _MENU[lang])
    story = "".join(f"<p>{s}</p>" for s in [*STORY[lang], _TEXT_NAMING[lang]])
    return (
        f"<html lang='{lang}'><head><title>Hafen</title></head><body><header><nav><ul>{menu}</ul></nav></header>"
        f"<article><h1>Hafen</h1>{story}{block}</article></body></html>"
    )


def _sections_block(lang: str, cls: str, absolute: bool = False) -> str:
    host = "https://www.probe-post.example" if absolute else ""
    links = "".join(f"<li><a href='{host}{h}'>{t}</a></li>" for h, t in _MENU[lang][:3])
    return f"<div class='{cls}'><h3>{_MORE[lang]}</h3><ul>{links}</ul></div>"


@pytest.mark.parametrize("lang", ["de", "en", "fr"])
@pytest.mark.parametrize(
    ("cls", "absolute"),
    [("more-topics", False), ("article-topics", True), ("themen sujets", False)],
)
def test_section_links_under_the_story_are_no_topics(lang: str, cls: str, absolute: bool) -> None:
    html = _sections_page(lang, _sections_block(lang, cls, absolute))
    assert (
        extract_article(html, "https://www.probe-post.example/politik/hafen-a-1.html").topics == []
    )


@pytest.mark.parametrize(
    ("lang", "block", "want"),
    [
        # the story's own topic pages, deeper than a section's root
        pytest.param(
            "de",
            "<div class='topics'><a href='/thema/hafen/'>Hafen</a> <a href='/thema/faehre/'>Fähre</a></div>",
            ["Hafen", "Fähre"],
            id="de-topic-pages",
        ),
        # root pages the menu does not link: the site's topics, not its sections
        pytest.param(
            "en",
            "<div class='topics'><a href='/harbour'>Harbour</a> <a href='/ferries'>Ferries</a></div>",
            ["Harbour", "Ferries"],
            id="en-root-topics",
        ),
        # one section link among topic pages: not all of them the menu's
        pytest.param(
            "fr",
            "<div class='topics'><a href='/politique/'>Politique</a> <a href='/sujet/port'>Port</a></div>",
            ["Politique", "Port"],
            id="fr-mixed",
        ),
        # a story's tags that are sections too: two of them ...
        pytest.param(
            "de",
            "<div class='article-tags'><a href='/politik/'>Politik</a> <a href='/wirtschaft/'>Wirtschaft</a></div>",
            ["Politik", "Wirtschaft"],
            id="de-two-section-tags",
        ),
        # ... three out of the menu's order
        pytest.param(
            "en",
            "<ul class='tags'><li><a href='/sport/'>Sport</a></li><li><a href='/politics/'>Politics</a></li><li><a href='/business/'>Business</a></li></ul>",
            ["Sport", "Politics", "Business"],
            id="en-out-of-menu-order",
        ),
        # ... in the article's own <header>, which no menu is
        pytest.param(
            "fr",
            "<header><div class='tags'><a href='/port/'>Port</a> <a href='/ferries/'>Ferries</a> <a href='/mer/'>Mer</a></div></header>",
            ["Port", "Ferries", "Mer"],
            id="fr-in-article-header",
        ),
    ],
)
def test_topic_lists_that_are_not_the_menu_stay(lang: str, block: str, want: list[str]) -> None:
    html = _sections_page(lang, block)
    assert (
        extract_article(html, "https://www.probe-post.example/politik/hafen-a-1.html").topics
        == want
    )


# --- a newsroom credited alone, with where it filed from -----------------------------------
@pytest.mark.parametrize(
    ("lang", "byline", "want"),
    [
        pytest.param("pt", "Da Redação | São Paulo", ["Redação"], id="pt-bar"),
        pytest.param("pt", "Por Redação, Rio de Janeiro", ["Redação"], id="pt-comma"),
        pytest.param("de", "Von Redaktion | Bad Homburg", ["Redaktion"], id="de-bar"),
        pytest.param("es", "Por Redacción - Santa Cruz", ["Redacción"], id="es-dash"),
        # a one-word place after the newsroom is no writer
        pytest.param("cs", "Redakce, Praha", ["Redakce"], id="cs-one-word"),
        pytest.param("de", "Von Redaktion | Berlin", ["Redaktion"], id="de-one-word"),
        pytest.param("pt", "Redação, Lisboa", ["Redação"], id="pt-one-word"),
        # a writer or an agency after the newsroom still is one
        pytest.param("pt", "Da Redação, João Lima", ["João Lima"], id="pt-writer"),
        pytest.param("cs", "Redakce, ČTK", ["ČTK"], id="cs-agency"),
        pytest.param("de", "Redaktion, Kathpress", ["Kathpress"], id="de-agency-word"),
        # the agencies' generic word is no place either
        pytest.param("de", "Von Redaktion / Agenturen", [], id="de-agencies"),
        pytest.param("es", "Por Redacción / Agencias", [], id="es-agencies"),
        pytest.param("pt", "Da Redação, Agências", [], id="pt-agencies"),
    ],
)
def test_a_newsroom_and_its_place(lang: str, byline: str, want: list[str]) -> None:
    html = _page(lang, "", f"<p class='byline'>{byline}</p>", STORY[lang])
    assert extract_article(html, "https://www.exemplo.example/cidades/a-1.html").authors == want


# --- tag lists classed in the other languages' words ---------------------------------------
@pytest.mark.parametrize(
    ("lang", "cls", "links"),
    [
        pytest.param(
            "fr",
            "sujets",
            [("/actu/port-123", "Port de Marseille"), ("/actu/ferry-9", "Ferries")],
            id="fr-sujets",
        ),
        pytest.param(
            "es",
            "etiquetas",
            [("/noticias/puerto", "Puerto"), ("/noticias/ferris", "Ferris")],
            id="es-etiquetas",
        ),
        pytest.param(
            "pt",
            "lista-temas",
            [("/noticias/porto", "Porto"), ("/noticias/balsas", "Balsas")],
            id="pt-temas",
        ),
        pytest.param(
            "it",
            "box-argomenti",
            [("/notizie/porto", "Porto"), ("/notizie/traghetti", "Traghetti")],
            id="it-argomenti",
        ),
        pytest.param(
            "nb",
            "artikkel-emner",
            [("/nyheter/havn", "Havn"), ("/nyheter/ferje", "Ferje")],
            id="nb-emner",
        ),
    ],
)
def test_a_tag_list_classed_in_its_own_language(
    lang: str, cls: str, links: list[tuple[str, str]]
) -> None:
    """Labels no text names, in a list whose class names tags in the page's language."""
    items = "".join(f"<li><a href='{h}'>{t}</a></li>" for h, t in links)
    html = _page(lang, "", "", STORY["en"], title="Ferries")
    html = html.replace("</article>", f"<ul class='{cls}'>{items}</ul></article>")
    assert extract_article(html, "https://www.exemple.example/actu/a-1.html").topics == [
        t for _, t in links
    ]


# --- a block classed as a lead inside an <aside> is another story's teaser -----------------
@pytest.mark.parametrize(
    ("lang", "aside"),
    [
        pytest.param(
            "de",
            "<aside><h3><a href='/politik/bruecke-a-2.html'>Brücke</a></h3><p class='standfirst'>Der Streit um die Brücke geht in die nächste Runde, sagt der Bürgermeister am Abend.</p></aside>",
            id="de-standfirst",
        ),
        pytest.param(
            "en",
            "<aside class='rail'><div><a href='/news/bridge-2'>Bridge</a><p class='dek'>The row over the bridge enters its next round, the mayor said in the evening.</p></div></aside>",
            id="en-dek",
        ),
        pytest.param(
            "fr",
            "<aside><a href='/actu/pont-2'>Pont</a><p class='chapo'>La querelle autour du pont entre dans une nouvelle phase, a dit le maire ce soir.</p></aside>",
            id="fr-chapo",
        ),
    ],
)
def test_a_lead_classed_block_in_an_aside_is_no_lead(lang: str, aside: str) -> None:
    html = _page(lang, "", aside, STORY[lang])
    body = extract_article(html, "https://www.probe-post.example/politik/a-1.html").body or ""
    assert body.split("\n\n")[0] == STORY[lang][0]
