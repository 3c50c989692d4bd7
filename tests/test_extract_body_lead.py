"""The lead paragraph a page sets above its body container is part of the body.

Made-up pages in several languages; the lead is recognised by the class the page
gives it (lead, standfirst, Vorspann ...), else by the page's own description repeating
it (whole, or trimmed to a length), else as the first paragraph of sentences between
the headline and the body container.
"""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://news.example/story/1"
BODY = {
    "de": [
        "Die Gemeinde hat am Montag beschlossen, die alte Schule in ein Kulturzentrum umzubauen.",
        "Der Umbau soll im Frühjahr beginnen und rund zwei Jahre dauern, sagte die Bürgermeisterin.",
        "Vereine aus dem Ort hatten sich seit Jahren für neue Räume für Proben und Kurse eingesetzt.",
    ],
    "tr": [
        "Belediye meclisi pazartesi günü eski okul binasının kültür merkezine dönüştürülmesine karar verdi.",
        "Çalışmaların ilkbaharda başlaması ve yaklaşık iki yıl sürmesi bekleniyor, dedi belediye başkanı.",
        "Yerel dernekler yıllardır prova ve kurslar için yeni mekanlar talep ediyordu, diye eklendi.",
    ],
    "ja": [
        "町議会は月曜日、旧校舎を文化センターに改修する計画を全会一致で可決した。",
        "改修工事は来年春に始まり、完成までにおよそ二年かかる見通しだと町長は述べた。",
        "地元の団体は長年、練習や講座のための新しい場所を求めて町に要望を続けてきた。",
    ],
}
LEAD = {
    "de": "Nach jahrelangem Streit bekommt der Ort ein Kulturzentrum: Die alte Schule wird umgebaut.",
    "tr": "Yıllardır süren tartışmanın ardından ilçe bir kültür merkezine kavuşuyor: Eski okul yenileniyor.",
    "ja": "長年の議論を経て、町に文化センターが誕生する。旧校舎が改修されることになった。",
}


def _page(lang: str, lead_html: str, description: str | None, body_extra: str = "") -> str:
    meta = f'<meta property="og:description" content="{description}">' if description else ""
    paras = "".join(f"<p>{t}</p>" for t in BODY[lang])
    return (
        f'<html lang="{lang}"><head><title>T</title>{meta}</head><body>'
        '<nav><a href="/">Start</a></nav>'
        f'<article><header class="article-head"><h1>Ein Kulturzentrum für den Ort</h1>{lead_html}</header>'
        f'<div class="story-text">{body_extra}{paras}</div></article>'
        "<footer><p>Impressum und Datenschutz</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "lead_html", "description"),
    [
        # the lead in the header, the description repeating it word for word
        ("de", f'<p class="preface">{LEAD["de"]}</p>', LEAD["de"]),
        # set in a heading-sized block ("spot"), the description a longer version of it
        (
            "tr",
            f'<div class="spot"><h4>{LEAD["tr"]}</h4></div>',
            LEAD["tr"] + " Proje iki yıl sürecek.",
        ),
        # the description cut to a length, the lead split into spans
        ("de", f'<p class="intro"><span><span>{LEAD["de"]}</span></span></p>', LEAD["de"][:80]),
        # a language written without spaces between words
        ("ja", f'<p class="lead">{LEAD["ja"]}</p>', LEAD["ja"]),
    ],
)
def test_the_lead_above_the_container_opens_the_body(
    lang: str, lead_html: str, description: str
) -> None:
    art = extract_article(_page(lang, lead_html, description), URL)
    assert art.body == "\n\n".join([LEAD[lang], *BODY[lang]])


def test_the_lead_stays_the_subtitle_too() -> None:
    """The standfirst a reader sees under the headline is both: the subtitle and the body's start."""
    art = extract_article(_page("de", f'<p class="preface">{LEAD["de"]}</p>', LEAD["de"]), URL)
    assert art.subtitle == LEAD["de"]
    assert (art.body or "").startswith(LEAD["de"] + "\n\n" + BODY["de"][0])


@pytest.mark.parametrize(
    ("lead_html", "description"),
    [
        # no description: the class alone names the lead
        (f'<p class="preface">{LEAD["de"]}</p>', None),
        # the page calls the block its intro or summary (class, data name)
        (f'<div data-testid="ArticleIntro"><p>{LEAD["de"]}</p></div>', None),
        (f'<p class="article-summary c9x">{LEAD["de"]}</p>', None),
        (
            f'<p class="Vorspann">{LEAD["de"]}</p>',
            "Etwas ganz anderes steht hier als Beschreibung.",
        ),
        # the page calls it its standfirst or dek: the subtitle, and the lead as newsbench reads it
        (f'<p class="standfirst">{LEAD["de"]}</p>', LEAD["de"]),
        (f'<div class="dek"><p>{LEAD["de"]}</p></div>', None),
        # the subtitle's name in German (langwords.SUBTITLE_CLASSES, one list for every rule)
        (f'<p class="unterzeile">{LEAD["de"]}</p>', None),
    ],
)
def test_a_block_classed_as_the_lead_opens_the_body(
    lead_html: str, description: str | None
) -> None:
    art = extract_article(_page("de", lead_html, description), URL)
    assert art.body == "\n\n".join([LEAD["de"], *BODY["de"]])


def test_a_key_points_list_opens_the_body_one_line_a_point() -> None:
    points = [
        "Die Schule wird umgebaut.",
        "Ein Café und ein Saal kommen dazu.",
        "Der Bau dauert zwei Jahre.",
    ]
    items = "".join(f"<li>{p}</li>" for p in points)
    art = extract_article(_page("de", f'<ul class="summary-list">{items}</ul>', None), URL)
    assert art.body == "\n\n".join([*points, *BODY["de"]])


@pytest.mark.parametrize(
    ("lead_html", "description", "body_extra"),
    [
        # a kicker/teaser that the description does not repeat
        (
            '<p class="teaser">Lesen Sie auch: Wie andere Gemeinden ihre alten Schulen nutzen und was es kostet.</p>',
            LEAD["de"],
            "",
        ),
        # "lead" naming a picture, a teaser card or a subscription box, not the text
        (f'<div class="lead-image"><img src="/a.jpg" alt=""><p>{LEAD["de"]}</p></div>', None, ""),
        (f'<div class="lead card"><p>{LEAD["de"]}</p></div>', None, ""),
        (f'<div class="lead tile"><p>{LEAD["de"]}</p></div>', None, ""),
        (
            '<p class="subscribe-subtitle">Jetzt einen Monat lang alle Artikel lesen, für nur einen Euro.</p>',
            None,
            "",
        ),
        # a lead made of links is navigation
        (f'<p class="intro"><a href="/x">{LEAD["de"]}</a></p>', None, ""),
    ],
)
def test_no_lead_is_added_without_class_or_description_naming_it(
    lead_html: str, description: str | None, body_extra: str
) -> None:
    art = extract_article(_page("de", lead_html, description, body_extra), URL)
    assert art.body == "\n\n".join(BODY["de"])


def test_a_lead_the_container_already_holds_is_not_repeated() -> None:
    html = _page("de", "", LEAD["de"], body_extra=f"<p>{LEAD['de']}</p>")
    art = extract_article(html, URL)
    assert art.body == "\n\n".join([LEAD["de"], *BODY["de"]])


# The first paragraph of sentences under the headline, whatever its class, opens the body.
PLAIN = {
    "de": LEAD["de"],
    "tr": LEAD["tr"],
    "ja": LEAD["ja"],
}


@pytest.mark.parametrize(
    ("lang", "lead_html"),
    [
        # a neutral class, no description: the paragraph between headline and body
        ("de", f'<p class="c9x">{PLAIN["de"]}</p>'),
        ("tr", f'<div class="x1"><p class="y2">{PLAIN["tr"]}</p></div>'),
        ("ja", f'<p class="c9x">{PLAIN["ja"]}</p>'),
        # past a byline, a date and a picture with its caption
        (
            "de",
            '<div class="meta"><span>Von Jana Beispiel</span><time>01.04.2026, 10:15 Uhr</time></div>'
            '<figure><img src="/a.jpg" alt=""><figcaption>Die alte Schule im Ortskern soll im Frühjahr umgebaut werden.</figcaption></figure>'
            f'<p class="c9x">{PLAIN["de"]}</p>',
        ),
        # a <div> of spans written as a paragraph
        ("de", f'<div class="x1"><span class="a">{PLAIN["de"]}</span></div>'),
    ],
)
def test_the_first_paragraph_under_the_headline_opens_the_body(lang: str, lead_html: str) -> None:
    art = extract_article(_page(lang, lead_html, None), URL)
    assert art.body == "\n\n".join([PLAIN[lang], *BODY[lang]])


def test_a_dateline_before_the_lead_stays_with_it() -> None:
    html = _page(
        "de",
        f'<div class="x1"><span class="a">Berlin.</span> <span>{PLAIN["de"]}</span></div>',
        None,
    )
    art = extract_article(html, URL)
    assert art.body == "\n\n".join(["Berlin. " + PLAIN["de"], *BODY["de"]])


def test_a_headline_in_a_breadcrumb_gives_way_to_the_one_below() -> None:
    """The first <h1> sits in the breadcrumb; the article's heading repeats it lower down."""
    paras = "".join(f"<p>{t}</p>" for t in BODY["de"])
    html = (
        '<html lang="de"><head><title>T</title></head><body>'
        '<nav class="crumbs"><ul><li><a href="/">Start</a></li><li><h1>Ein Kulturzentrum für den Ort</h1></li></ul></nav>'
        '<article><div class="x"><div class="y"><h2>Ein Kulturzentrum für den Ort</h2></div>'
        f'<div class="z"><span>{PLAIN["de"]}</span></div></div>'
        f'<div class="story-text">{paras}</div></article></body></html>'
    )
    art = extract_article(html, URL)
    assert art.body == "\n\n".join([PLAIN["de"], *BODY["de"]])


def test_a_lead_of_several_paragraphs_marked_alike_opens_the_body_whole() -> None:
    first, second = (
        "Die alte Schule wird ein Kulturzentrum.",
        "Der Umbau beginnt im Frühjahr und dauert zwei Jahre.",
    )
    html = _page("de", f'<p class="lead">{first}</p><p class="lead">{second}</p>', None)
    art = extract_article(html, URL)
    assert art.body == "\n\n".join([first, second, *BODY["de"]])


@pytest.mark.parametrize(
    "lead_html",
    [
        # promo lines under the headline, in several languages
        '<p class="c9x">Lesen Sie auch: Wie andere Gemeinden ihre alten Schulen nutzen und was es kostet.</p>',
        '<p class="c9x">Lire aussi : Comment les autres communes utilisent leurs anciennes écoles.</p>',
        '<p class="c9x">Te puede interesar: Cómo otros municipios usan sus antiguas escuelas cada año.</p>',
        # a caption in a <figure>, a box or a teaser card
        '<figure><img src="/a.jpg" alt=""><figcaption>Die alte Schule im Ortskern soll im Frühjahr umgebaut werden.</figcaption></figure>',
        "<aside><p>Die Gemeinde zählt rund zwölftausend Einwohner und liegt am Rand der Stadt.</p></aside>",
        f'<div class="teaser-box"><p>{PLAIN["de"]}</p></div>',
        # a notice about the piece itself
        '<p class="c9x">Dieser Artikel ist älter als ein Jahr. Manche Angaben könnten nicht mehr aktuell sein.</p>',
        '<p class="c9x">This article was updated on Monday to correct the name of the council member.</p>',
        # an author box under the headline
        '<div class="author-box"><p>Jana Beispiel ist Redakteurin im Ressort Politik und schreibt über die Region.</p></div>',
        # a caption with its credit or an account notice, whatever (hashed) class it has
        '<div class="c1a"><p class="c2b">Die alte Schule im Ortskern am Montag, dem 6. April 2026. (Foto: Jana Beispiel)</p></div>',
        '<p class="c9x">Speichern Sie Artikel in Ihrer Leseliste, um sie später zu lesen. Dafür müssen Sie sich einloggen.</p>',
        # a kicker line without a stop is no sentence
        '<p class="c9x">Nach jahrelangem Streit bekommt der Ort ein Kulturzentrum in der alten Schule</p>',
    ],
)
def test_no_plain_lead_from_promos_captions_boxes_or_kickers(lead_html: str) -> None:
    art = extract_article(_page("de", lead_html, None), URL)
    assert art.body == "\n\n".join(BODY["de"])


def test_no_plain_lead_from_a_notice_in_a_script_without_spaces() -> None:
    notice = (
        '<p class="c9x">記事を保存して後で読むことができます。ご利用には会員登録が必要です。</p>'
    )
    art = extract_article(_page("ja", notice, None), URL)
    assert art.body == "\n\n".join(BODY["ja"])


@pytest.mark.parametrize("dateline", ["Berlin.", "Wien -", "Genève :"])
def test_the_description_lead_keeps_the_dateline_set_before_it(dateline: str) -> None:
    html = _page(
        "de",
        f'<div class="x1"><span class="a">{dateline}</span> <span class="b">{LEAD["de"]}</span></div>',
        LEAD["de"],
    )
    art = extract_article(html, URL)
    assert art.body == "\n\n".join([f"{dateline} {LEAD['de']}", *BODY["de"]])


CAPTION = {
    "de": "Die alte Schule am Marktplatz soll bis zum Sommer 2028 zum Kulturzentrum umgebaut werden.",
    "tr": "Meydandaki eski okul binası 2028 yazına kadar kültür merkezine dönüştürülecek.",
    "ja": "広場に面した旧校舎は二〇二八年の夏までに文化センターへ改修される予定だ。",
}


@pytest.mark.parametrize(
    ("lang", "picture"),
    [
        # a picture and its caption and credit without <figure>, the description the caption
        (
            "de",
            '<div class="c1"><span class="c2"><picture><img src="/schule.jpg"></picture></span>'
            "<p><span>{}</span></p><p>Foto: Jana Beispiel</p></div>",
        ),
        (
            "tr",
            '<div class="c3"><a href="/okul.jpg"><img src="/okul.jpg"></a><span>{}</span></div>',
        ),
        ("ja", '<div><img src="/kosha.jpg" width="800"><p>{}</p></div>'),
    ],
)
def test_a_caption_the_description_repeats_is_no_lead(lang: str, picture: str) -> None:
    art = extract_article(_page(lang, picture.format(CAPTION[lang]), CAPTION[lang]), URL)
    assert art.body == "\n\n".join(BODY[lang])
