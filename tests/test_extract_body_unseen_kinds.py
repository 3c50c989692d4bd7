"""Body text on kinds of pages the looked-at set barely shows: short paragraphs in Han
script, paywall offers under a teaser, share bars in many languages. Made-up pages and
sentences in the markup shapes such sites use; class names are hashes, so only the
rule under test can find what is furniture."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.furniture import is_stock_line

URL = "https://zeitung.example/lokal/2026/markthalle-123.html"
TEXT = {
    "de": [
        "Der Stadtrat hat am Dienstagabend beschlossen, die alte Markthalle am Flussufer bis 2028 zu sanieren.",
        "Nach einer langen Debatte stimmten 31 der 45 Mitglieder für den Plan, die Kosten liegen bei elf Millionen Euro.",
        "Die Opposition kritisierte, dass die Händler während der Bauzeit keinen Ersatzstandort bekommen sollen.",
    ],
    "pl": [
        "Rada miasta zdecydowała we wtorek o remoncie starej hali targowej nad rzeką za czterdzieści milionów złotych.",
        "Opozycja krytykuje brak miejsca zastępczego dla kupców na czas prac, które mają potrwać dwa lata.",
        "Prezydent miasta zapowiedziała rozmowy z handlowcami jeszcze przed rozpoczęciem remontu wiosną.",
    ],
    "cs": [
        "Zastupitelstvo v úterý schválilo rekonstrukci staré tržnice u řeky, oprava bude stát přes dvě stě milionů.",
        "Opozice kritizuje, že trhovci nedostanou během dvouleté stavby žádné náhradní prostory ve městě.",
        "Primátorka slíbila jednání s prodejci o dočasném řešení ještě předtím, než práce na jaře začnou.",
    ],
    "pt": [
        "A câmara municipal aprovou na terça-feira a reforma do antigo mercado junto ao rio por onze milhões.",
        "A oposição criticou a falta de um espaço alternativo para os comerciantes durante os dois anos de obras.",
        "A presidente da câmara prometeu negociar com os vendedores antes do início dos trabalhos na primavera.",
    ],
    "ru": [
        "Городской совет во вторник утвердил реконструкцию старого рынка у реки стоимостью сорок миллионов рублей.",
        "Оппозиция раскритиковала отсутствие временного места для торговцев на два года строительных работ.",
        "Мэр пообещала провести переговоры с продавцами ещё до начала работ весной следующего года.",
    ],
    "en": [
        "The council voted on Tuesday night to restore the old riverside market hall by 2028 at a cost of eleven million.",
        "Opposition members said traders would be left without a temporary site for the two years of building work.",
        "The mayor promised talks with the stallholders before the work begins in three stages next spring.",
    ],
}
# Chinese paragraphs as such sites write them: a sentence or two, 13 to 24 characters.
ZH = [
    "市政府昨天宣布，老城区的菜市场将于明年开始翻修。",
    "工程预计耗资一千一百万元。",
    "部分摊主担心施工期间的收入。",
    "市长表示将为摊主寻找临时场地。",
    "施工将分三个阶段进行，预计两年完成。",
]
FOOTER = "<div class='f2'><p>Impressum, Datenschutz, Kontakt und die weiteren Seiten des Verlags hier.</p></div>"


def _page(lang: str, inner: str) -> str:
    return (
        f"<html lang='{lang}'><body><div class='n1'><a href='/'>Start</a> <a href='/lokal'>Lokal</a></div>"
        f"<div class='k9'><h1>Markthalle</h1>{inner}</div>{FOOTER}</body></html>"
    )


def _ps(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


@pytest.mark.parametrize("count", [5, 3])
def test_short_han_paragraphs_outweigh_a_latin_footer(count: int) -> None:
    # each paragraph is under 25 characters long, but a Han character counts two; three
    # of them hold fewer characters than the footer's line, not fewer letters' worth
    html = _page("zh", "<div class='b3'>" + _ps(ZH[:count]) + "</div>")
    assert extract_article(html, URL).body == "\n\n".join(ZH[:count])


# Paragraphs set as <div>s of text: 41 to 80 characters, a Latin paragraph's worth in Han.
ZH_DIVS = [
    "市政府昨天宣布，老城区的菜市场将于明年春天开始翻修，工程预计耗资一千一百万元，分三个阶段进行。",
    "部分摊主担心施工期间的收入会大幅下降，希望政府能够在附近提供临时经营场地，并减免部分租金。",
    "市长在记者会上表示，政府将与摊主代表进行协商，争取在开工之前拿出让各方都满意的过渡方案。",
]


def test_han_paragraphs_set_as_divs_are_the_body() -> None:
    html = _page("zh", "<div class='b3'>" + "".join(f"<div>{t}</div>" for t in ZH_DIVS) + "</div>")
    assert extract_article(html, URL).body == "\n\n".join(ZH_DIVS)


# A paywall's offer under the teaser text: its pitch line, price and buttons, hashed classes.
PAYWALLS = {
    "de": "<div class='x8'><p>Lesen Sie jetzt weiter mit Beispiel Plus</p><p>Alle Artikel auf beispiel.de für nur 1 Euro im ersten Monat, danach 9,99 Euro monatlich, jederzeit kündbar.</p><a href='/angebot'>Zum Angebot</a></div>",
    "de-h3": "<div class='x8'><h3>Jetzt weiterlesen mit Beispiel+</h3><p>Zugang zu allen Artikeln, dem E-Paper und der App, im ersten Monat ohne Kosten.</p><a href='/plus'>Zum Angebot</a></div>",
    "en": "<section class='q1'><h4>To continue reading, subscribe today</h4><p>Unlimited access to every story, the daily edition and the puzzles for one pound a week.</p></section>",
    "pt": "<div class='z0'><p>Para continuar a ler, assine o Jornal Exemplo</p><p>Acesso ilimitado a todos os artigos por apenas um euro no primeiro mês.</p></div>",
    "pl": "<div class='z0'><p>Aby przeczytać cały artykuł, wykup dostęp</p><p>Nielimitowany dostęp do wszystkich tekstów za jedyne 9,90 zł miesięcznie.</p></div>",
    "ru": "<div class='z0'><p>Чтобы продолжить чтение, оформите подписку</p><p>Полный доступ ко всем материалам сайта всего за 199 рублей в месяц.</p></div>",
}


@pytest.mark.parametrize(("key"), list(PAYWALLS))
def test_a_paywall_offer_under_the_teaser_is_not_the_body(key: str) -> None:
    lang = key.split("-")[0]
    teaser = TEXT[lang][:2]
    html = _page(lang, "<div class='c4'>" + _ps(teaser) + PAYWALLS[key] + "</div>")
    assert extract_article(html, URL).body == "\n\n".join(teaser)


def test_a_sentence_about_reading_on_stays() -> None:
    # not a pitch: the line opens with other words and runs on as a sentence of the article
    line = "Wer weiterlesen will, findet den vollständigen Bericht des Rechnungshofs im Rathaus."
    html = _page("de", "<div class='c4'>" + _ps([*TEXT["de"][:2], line]) + "</div>")
    assert extract_article(html, URL).body == "\n\n".join([*TEXT["de"][:2], line])


SHARE_BARS = [
    (
        "de",
        "Artikel teilen: <a href='https://fb.example/s'>Facebook</a> <a href='mailto:?s'>E-Mail</a>",
    ),
    (
        "de",
        "Teilen <a href='https://wa.example/s'>WhatsApp</a> <a href='https://x.example/s'>X</a>",
    ),
    ("cs", "Sdílet článek"),
    ("pt", "Partilhe este artigo"),
    (
        "ru",
        "Поделиться: <a href='https://vk.example/s'>VK</a> <a href='https://t.example/s'>Telegram</a>",
    ),
    ("pl", "Udostępnij"),
    (
        "en",
        "Share this article <a href='https://li.example/s'>LinkedIn</a> <a href='#'>Copy link</a>",
    ),
]


@pytest.mark.parametrize(("lang", "bar"), SHARE_BARS)
def test_a_share_bars_line_at_the_end_is_not_the_body(lang: str, bar: str) -> None:
    html = _page(lang, "<div class='c4'>" + _ps(TEXT[lang]) + f"<div class='y2'>{bar}</div></div>")
    assert extract_article(html, URL).body == "\n\n".join(TEXT[lang])


@pytest.mark.parametrize(
    "line",
    [
        "Teilen Sie Ihre Meinung mit uns in den Kommentaren unter dem Artikel",
        "Share prices fell sharply on Tuesday",
        "Dela av staden saknar fortfarande el",
        "Delegierte aus 40 Ländern",
    ],
)
def test_lines_opening_with_a_share_word_that_say_more_stay(line: str) -> None:
    assert not is_stock_line(line)


AUTHOR_BOXES = [
    (
        "de",
        "Über die Autorin",
        "Jana Beispiel ist Redakteurin im Lokalressort und schreibt seit 2015 über Stadtpolitik.",
    ),
    (
        "en",
        "About the author",
        "Jane Example covers city hall and transport for the paper and has done so since 2015.",
    ),
    (
        "pl",
        "O autorze",
        "Jan Przykład jest dziennikarzem działu miejskiego i pisze o transporcie od 2015 roku.",
    ),
    (
        "pt",
        "Sobre o autor",
        "João Exemplo é jornalista da secção local e escreve sobre a câmara desde 2015.",
    ),
]


@pytest.mark.parametrize(("lang", "heading", "bio"), AUTHOR_BOXES)
def test_a_box_headed_about_the_author_is_not_the_body(lang: str, heading: str, bio: str) -> None:
    box = f"<div class='q2'><h4>{heading}</h4><p>{bio}</p></div>"
    html = _page(lang, "<div class='c4'>" + _ps(TEXT[lang]) + box + "</div>")
    assert extract_article(html, URL).body == "\n\n".join(TEXT[lang])


def test_teaser_articles_marked_up_like_the_article_are_not_the_body() -> None:
    teasers = "".join(
        f"<article class='a1'><h2><a href='/lokal/{i}'>Eine andere Meldung Nummer {i} aus der Stadt mit langer Zeile</a></h2>"
        f"<p>Ein kurzer Anreißer zur anderen Meldung mit etwas Text, Nummer {i}, damit er lang ist.</p></article>"
        for i in range(6)
    )
    html = _page("de", "<article class='a1'>" + _ps(TEXT["de"]) + "</article>" + teasers)
    assert extract_article(html, URL).body == "\n\n".join(TEXT["de"])


NEWSLETTERS = [
    (
        "de",
        "<p><strong>Der Morgen-Newsletter</strong></p><p>Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrem Postfach. <a href='/service/nl'>Hier bestellen</a></p>",
    ),
    (
        "en",
        "<h3>The Evening Newsletter</h3><p>Our editors pick the stories of the day, every weekday at six. <a href='/nl/evening'>Get it here</a></p>",
    ),
    (
        "de",
        "<p><strong>Newsletter</strong></p><p>Die Nachrichten des Tages jeden Abend per E-Mail. <a href='/nl'>Jetzt kostenlos anmelden</a></p>",
    ),
]


# no title naming it: the button's label says what it is
NEWSLETTERS.append(
    (
        "de",
        "<p>Die Nachrichten des Tages jeden Abend per E-Mail.</p><a href='/nl'>Jetzt kostenlos anmelden</a>",
    )
)


@pytest.mark.parametrize(("lang", "box"), NEWSLETTERS)
def test_a_newsletter_box_with_a_sign_up_link_is_not_the_body(lang: str, box: str) -> None:
    t = TEXT[lang]
    html = _page(
        lang,
        "<div class='c4'>" + _ps(t[:2]) + f"<div class='r7'>{box}</div>" + _ps(t[2:]) + "</div>",
    )
    assert extract_article(html, URL).body == "\n\n".join(t)


def test_a_section_about_a_newsletter_without_a_sign_up_stays() -> None:
    t = TEXT["de"]
    section = [
        "Der Newsletter der Stadt",
        "Die Verwaltung will künftig jede Woche per E-Mail über den Stand der Bauarbeiten informieren.",
    ]
    html = _page("de", "<div class='c4'>" + _ps(t) + f"<div class='r7'>{_ps(section)}</div></div>")
    assert extract_article(html, URL).body == "\n\n".join(t + section)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Weiterlesen nach der Anzeige"),
        ("de", "Der Artikel wird unter der Anzeige fortgesetzt"),
        ("pl", "Dalsza część artykułu pod reklamą"),
        ("cs", "Článek pokračuje pod reklamou"),
        ("ru", "Продолжение статьи после рекламы"),
    ],
)
def test_a_line_resuming_the_text_under_an_ad_is_not_the_body(lang: str, line: str) -> None:
    t = TEXT[lang]
    html = _page(
        lang,
        "<div class='c4'>" + _ps(t[:2]) + f"<div class='w1'>{line}</div>" + _ps(t[2:]) + "</div>",
    )
    assert extract_article(html, URL).body == "\n\n".join(t)


def _next_page(lang: str, root: str, state: object) -> str:
    script = f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state, ensure_ascii=False)}</script>"
    return _page(lang, f"<div id='__next'>{root}</div>").replace("</body>", script + "</body>")


def _related() -> list[dict[str, str]]:
    return [
        {
            "title": f"Andere Meldung {i}",
            "teaser": f"Ein kurzer Anreißer zu einer anderen Meldung aus der Stadt, Nummer {i}.",
            "url": f"/lokal/{i}",
        }
        for i in range(3)
    ]


@pytest.mark.parametrize("lang", ["de", "pl", "pt"])
def test_a_script_rendered_page_gives_the_paragraphs_of_its_next_js_state(lang: str) -> None:
    article = {
        "title": "Markthalle",
        "body": [{"type": "paragraph", "text": t} for t in TEXT[lang]],
    }
    state = {"props": {"pageProps": {"article": article, "related": _related()}}, "page": "/[slug]"}
    html = _next_page(lang, "<div class='sp'>Lädt …</div>", state)
    assert extract_article(html, URL).body == "\n\n".join(TEXT[lang])


def test_a_next_js_state_holding_the_text_as_html_gives_its_paragraphs() -> None:
    content = (
        "".join(f"<p>{t}</p>" for t in TEXT["ru"][:2])
        + f"<h2>Что дальше</h2><p>{TEXT['ru'][2]}</p>"
    )
    state = {"props": {"pageProps": {"story": {"headline": "Рынок", "content": content}}}}
    html = _next_page("ru", "", state)
    assert extract_article(html, URL).body == "\n\n".join(
        [*TEXT["ru"][:2], "Что дальше", TEXT["ru"][2]]
    )


def test_a_page_showing_its_text_keeps_it_over_its_next_js_state() -> None:
    # server-rendered: the markup holds the article; the state's other text is not read
    long_text = [f"In part {i} of the report, {TEXT['en'][i % 3]}" for i in range(24)]
    state = {
        "props": {"pageProps": {"story": {"body": [{"text": t * 3} for t in TEXT["de"]] * 12}}}
    }
    html = _next_page("en", _ps(long_text), state)
    assert extract_article(html, URL).body == "\n\n".join(long_text)


# A lead under the headline named in the template's language, without a closing stop (so no
# rule for plain first paragraphs takes it) and repeated by no description.
LEAD = {
    "cs": "Tržnici u řeky čeká velká oprava – a trhovci zatím nevědí, kam půjdou",
    "de": "Die Markthalle wird saniert – und die Händler wissen noch nicht, wohin",
    "pl": "Hala targowa czeka na remont – a kupcy nie wiedzą, dokąd pójdą",
    "pt": "O mercado vai ser renovado – e os comerciantes ainda não sabem para onde ir",
}


@pytest.mark.parametrize(
    ("lang", "markup"),
    [
        ("cs", "<p class='perex'>{}</p>"),
        ("cs", "<div class='article__perex'>{}</div>"),
        ("de", "<p class='einleitung'>{}</p>"),
        ("pl", "<div class='zajawka'>{}</div>"),
        ("pl", "<p class='article-wstep'>{}</p>"),
        ("pt", "<h2 class='bajada'>{}</h2>"),
        ("pt", "<h2 class='sommario'>{}</h2>"),
    ],
)
def test_a_lead_named_in_the_templates_language_opens_the_body(lang: str, markup: str) -> None:
    lead = markup.format(LEAD[lang])
    html = (
        f"<html lang='{lang}'><body><div class='w'><div class='hd'><h1>Markthalle</h1>{lead}"
        f"<div class='au'>Jana Nováková, 12. 3. 2026</div></div><div class='t'>{_ps(TEXT[lang])}</div></div></body></html>"
    )
    assert extract_article(html, URL).body == "\n\n".join([LEAD[lang], *TEXT[lang]])


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("pl", "Zobacz też"),
        ("ru", "По теме"),
        ("cs", "Další články"),
        ("pt", "Saiba mais"),
        ("de", "Aus dem Ressort"),
        ("en", "Elsewhere on the site"),
    ],
)
def test_a_heading_over_nothing_but_links_goes_with_them(lang: str, heading: str) -> None:
    # a heading no word list knows: the box under it holds only headlines of other pages
    items = "".join(
        f"<div class='i'><a href='/a/{i}'>Eine andere Meldung mit einer langen Überschrift, Nummer {i}</a></div>"
        for i in range(3)
    )
    t = TEXT[lang]
    box = f"<div class='r'><h3>{heading}</h3>{items}</div>"
    html = _page(lang, f"<div class='c4'>{_ps(t[:2])}{box}{_ps(t[2:])}</div>")
    assert extract_article(html, URL).body == "\n\n".join(t)


def test_a_section_whose_heading_tops_text_with_links_stays() -> None:
    t = TEXT["en"]
    section = (
        "<div class='s'><h3>What the report says</h3>"
        "<p>The <a href='/r'>auditors' report</a> found the costs had doubled since the first plan of 2019.</p></div>"
    )
    html = _page("en", f"<div class='c4'>{_ps(t)}{section}</div>")
    expected = [
        *t,
        "What the report says",
        "The auditors' report found the costs had doubled since the first plan of 2019.",
    ]
    assert extract_article(html, URL).body == "\n\n".join(expected)


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("de", "Themen:"),
        ("pl", "Tagi:"),
        ("cs", "Témata:"),
        ("ru", "Теги:"),
        ("en", "Lesen Sie auch:"),
    ],
)
def test_a_label_over_a_row_of_links_is_not_the_body(lang: str, label: str) -> None:
    t = TEXT[lang]
    row = f"<p>{label} <a href='/t/1'>Stadtrat</a>, <a href='/t/2'>Markthalle</a> und <a href='/t/3'>Sanierung</a></p>"
    html = _page(lang, f"<div class='c4'>{_ps(t)}{row}</div>")
    assert extract_article(html, URL).body == "\n\n".join(t)


def test_a_credit_for_the_reporting_with_linked_names_stays() -> None:
    t = TEXT["de"]
    credit = "Mitarbeit: <a href='/autor/1'>Jana Beispiel</a>, <a href='/autor/2'>Max Muster</a>"
    html = _page("de", f"<div class='c4'>{_ps(t)}<p>{credit}</p></div>")
    assert extract_article(html, URL).body == "\n\n".join(
        [*t, "Mitarbeit: Jana Beispiel, Max Muster"]
    )


@pytest.mark.parametrize("tag", ["(dpa/lno)", "(APA)", "(sda/jb)", "(afp, red)"])
def test_an_agency_tag_alone_in_brackets_at_the_end_is_not_the_body(tag: str) -> None:
    t = TEXT["de"]
    html = _page("de", f"<div class='c4'>{_ps([*t, tag])}</div>")
    assert extract_article(html, URL).body == "\n\n".join(t)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Haben Sie einen Fehler entdeckt? <a href='/kontakt'>Schreiben Sie uns</a>."),
        ("en", "Spotted an error? <a href='/contact'>Let us know</a>."),
        ("pl", "Zauważyłeś błąd? <a href='/kontakt'>Napisz do nas</a>."),
        ("ru", "Нашли ошибку? Выделите её и нажмите Ctrl+Enter."),
        ("de", "3 Min."),
        ("cs", "12 minut"),
        ("pl", "Dalsza część artykułu pod materiałem wideo"),
    ],
)
def test_service_lines_of_unseen_sites_are_not_the_body(lang: str, line: str) -> None:
    t = TEXT[lang]
    html = _page(lang, f"<div class='c4'>{_ps(t[:2])}<div class='x'>{line}</div>{_ps(t[2:])}</div>")
    assert extract_article(html, URL).body == "\n\n".join(t)


LIVE = {
    "de": [
        "Die Sitzung des Stadtrats hat am Abend mit einer Schweigeminute für den verstorbenen Altbürgermeister begonnen.",
        "Als erster Redner verteidigte der Kämmerer die Kosten und verwies auf die Zuschüsse des Landes für den Denkmalschutz.",
        "Die Fraktion der Grünen forderte, den Händlern während der Bauzeit einen Platz auf dem Parkdeck am Bahnhof anzubieten.",
        "Die Abstimmung ist beendet: 31 Mitglieder stimmten für die Sanierung, zwölf dagegen, zwei enthielten sich der Stimme.",
    ],
    "pt": [
        "A sessão da câmara começou ao fim da tarde com um minuto de silêncio pelo antigo presidente, que morreu na semana passada.",
        "O vereador das finanças defendeu os custos e lembrou os apoios do Estado para a recuperação de edifícios históricos.",
        "A oposição pediu que os comerciantes possam ficar no parque de estacionamento da estação durante os dois anos de obras.",
        "A votação terminou: trinta e um vereadores votaram a favor da reforma, doze contra e dois abstiveram-se na votação.",
    ],
}


AFTER = {
    "de": "Die Sitzung wird am Donnerstag fortgesetzt, dann geht es um den Haushalt für das kommende Jahr und die Schulen.",
    "pt": "A sessão continua na quinta-feira, com a discussão do orçamento para o próximo ano e das obras nas escolas.",
}


@pytest.mark.parametrize("lang", list(LIVE))
def test_live_entries_in_a_feed_and_loose_paragraphs_beside_it_are_all_the_body(lang: str) -> None:
    # the feed scores best, but its paragraphs sit inside the entries, a level down; the
    # loose paragraphs around it hold 40% more of the same markup
    t = [*TEXT[lang], AFTER[lang]]
    posts = [*LIVE[lang], *(f"19.{i}5: {LIVE[lang][i]}" for i in range(4))]
    entries = "".join(
        f"<div class='e5'><time datetime='2026-03-12T19:{i}0'>19:{i}0</time>{_ps(posts[2 * i : 2 * i + 2])}"
        "<button>Teilen</button></div>"
        for i in range(5)
    )
    html = _page(
        lang, f"<div class='c4'>{_ps(t[:2])}<div class='f1'>{entries}</div>{_ps(t[2:])}</div>"
    )
    assert extract_article(html, URL).body == "\n\n".join([*t[:2], *posts, *t[2:]])


def test_a_chinese_page_showing_its_text_keeps_it_over_a_state_with_more_words() -> None:
    # Chinese text has few spaces: counted in words it would look empty beside the state's
    # English strings; counted in letters' worth it holds as much as they do
    state = {"props": {"pageProps": {"promo": {"blurbs": TEXT["en"]}}}}
    html = _next_page(
        "zh", "<div class='b3'>" + "".join(f"<p>{t}</p>" for t in ZH_DIVS) + "</div>", state
    )
    assert extract_article(html, URL).body == "\n\n".join(ZH_DIVS)


SW = [
    "Serikali imetangaza mpango mpya wa kukarabati soko la zamani lililopo kando ya mto mjini Dar es Salaam.",
    "Mradi huo unatarajiwa kugharimu shilingi bilioni thelathini na utachukua miaka miwili kukamilika.",
    "Wafanyabiashara wameeleza wasiwasi wao kuhusu mahali pa kufanyia biashara wakati wa ujenzi huo.",
]


def test_a_wordpress_likes_box_under_the_post_is_not_the_body() -> None:
    # Jetpack's likes box: its classes name no furniture but "sharedaddy"
    likes = (
        "<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper'><h3 class='sd-title'>Like this:</h3>"
        "<div class='likes-widget-placeholder'><span class='button'><span>Like</span></span> <span>Loading...</span></div></div>"
    )
    html = (
        "<html lang='sw'><body><article class='post-1 post hentry'><h1>Soko kukarabatiwa</h1>"
        f"<div class='entry-content'>{_ps(SW)}{likes}</div></article></body></html>"
    )
    assert extract_article(html, URL).body == "\n\n".join(SW)


@pytest.mark.parametrize(("lang", "label"), [("sw", "Matangazo"), ("is", "Auglýsing")])
def test_an_ad_label_in_an_old_table_layout_is_not_the_body(lang: str, label: str) -> None:
    cells = "<br><br>".join(SW)
    html = (
        f"<html lang='{lang}'><body><table><tr><td><a href='/'>Home</a><br><a href='/n'>News</a></td>"
        f"<td><h1>Soko kukarabatiwa</h1><font size=2>{cells}</font></td><td>{label}</td></tr></table></body></html>"
    )
    assert extract_article(html, URL).body == "\n\n".join(SW)


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("de", "Bild vergrößern"),
        ("de", "Zur Bildergalerie"),
        ("de", "Video abspielen"),
        ("de", "Artikel merken"),
        ("de", "Alle Rechte vorbehalten."),
        ("de", "Auf Facebook teilen"),
        ("de", "Teilen auf WhatsApp"),
        ("en", "Share on X"),
        ("en", "Back to top"),
        ("de", "Seite 1 von 2"),
        ("de", "Bildergalerie: 12 Bilder"),
        ("pl", "Zdjęcie 3/12"),
        ("pl", "Pokaż więcej"),
        ("cs", "Zobrazit galerii"),
        ("pt", "Ver galeria"),
        ("ru", "Показать ещё"),
    ],
)
def test_a_control_or_counter_label_on_a_line_of_its_own_is_not_the_body(
    lang: str, label: str
) -> None:
    # hashed classes, a <div> of its own: only the words say it is a button or counter
    t = TEXT[lang]
    html = _page(
        lang, f"<div class='c4'>{_ps(t[:2])}<div class='q'>{label}</div>{_ps(t[2:])}</div>"
    )
    assert extract_article(html, URL).body == "\n\n".join(t)


@pytest.mark.parametrize(
    "line",
    [
        "Weiter geht es mit dem Haushalt.",
        "Share prices on X rose by a third",
        "Seite an Seite mit den Händlern",
        "Teilen ist das neue Haben",
    ],
)
def test_lines_like_controls_that_say_more_stay(line: str) -> None:
    assert not is_stock_line(line)


@pytest.mark.parametrize(("lang", "subhead"), [("de", "Wie es weitergeht"), ("cs", "Co bude dál")])
def test_a_next_js_states_subheads_stay_in_the_body(lang: str, subhead: str) -> None:
    t = TEXT[lang]
    blocks = [
        {"type": "paragraph", "text": t[0]},
        {"type": "paragraph", "text": t[1]},
        {"type": "heading", "text": subhead},
        {"type": "paragraph", "text": t[2]},
    ]
    state = {"props": {"pageProps": {"article": {"id": "a-123", "blocks": blocks}}}}
    html = _next_page(lang, "", state)
    assert extract_article(html, URL).body == "\n\n".join([*t[:2], subhead, t[2]])


@pytest.mark.parametrize(
    "line",
    [
        "（责任编辑：张三）",
        "責任編輯：王小明",
        "【编辑：王五】",
        "Źródło: PAP",
        "Zdroj: ČTK",
        "Источник: ТАСС",
        "Šaltinis: ELTA",
        "Sumber: Bernama",
        "Heimild: RÚV",
        "Chanzo: BBC",
        "מקור: רויטרס",
    ],
)
def test_a_source_or_desk_editor_line_of_unseen_sites_is_not_the_body(line: str) -> None:
    assert is_stock_line(line)


def test_a_sentence_opening_with_a_source_label_stays() -> None:
    assert not is_stock_line("Źródło: dane GUS pokazują, że ceny wzrosły o 5 proc. w ciągu roku.")


@pytest.mark.parametrize(
    "line",
    [
        "Folgen Sie uns auf Instagram",
        "Abonnieren Sie unseren Newsletter",
        "Obserwuj nas na Facebooku",
        "Sledujte nás na Facebooku",
        "Siga-nos no Instagram",
        "Подписывайтесь на нас в Telegram",
        "Ikuti kami di Instagram",
        "Fylgstu með okkur á Facebook",
        "Tufuate kwenye Twitter",
        "עקבו אחרינו בפייסבוק",
        "关注我们的微信公众号",
    ],
)
def test_a_call_to_follow_the_site_is_not_the_body(line: str) -> None:
    assert is_stock_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Folgen Sie uns? Das fragten sich die Händler am Dienstag, als der Rat tagte.",
        "Sigamos o dinheiro, disse a vereadora na reunião de terça-feira.",
    ],
)
def test_sentences_near_a_follow_call_stay(line: str) -> None:
    assert not is_stock_line(line)


@pytest.mark.parametrize(
    ("lang", "heading"), [("de", "Aus der Region"), ("pl", "Z regionu"), ("pt", "Da região")]
)
def test_a_heading_right_above_a_list_of_links_goes_with_it(lang: str, heading: str) -> None:
    t = TEXT[lang]
    links = "".join(
        f"<li><a href='/r/{i}'>Eine andere Meldung aus der Region mit langer Zeile, Nummer {i}</a></li>"
        for i in range(3)
    )
    html = _page(
        lang, f"<div class='c4'>{_ps(t[:2])}<h3>{heading}</h3><ul>{links}</ul>{_ps(t[2:])}</div>"
    )
    assert extract_article(html, URL).body == "\n\n".join(t)


def test_a_subhead_above_a_list_of_points_stays() -> None:
    t = TEXT["de"]
    points = [
        "Die Halle bekommt ein neues Dach aus Glas.",
        "Der Keller wird zum Lager für die Händler.",
    ]
    items = "".join(f"<li>{p}</li>" for p in points)
    html = _page("de", f"<div class='c4'>{_ps(t)}<h3>Was sich ändert</h3><ul>{items}</ul></div>")
    assert extract_article(html, URL).body == "\n\n".join([*t, "Was sich ändert", *points])


@pytest.mark.parametrize(
    ("lang", "kicker"), [("de", "Lokales"), ("pl", "Kraj"), ("cs", "Domácí"), ("ru", "Общество")]
)
def test_a_kicker_above_the_headline_inside_the_container_is_not_the_body(
    lang: str, kicker: str
) -> None:
    # one block holds kicker, headline and text; the kicker runs inline up to the <h1>
    t = TEXT[lang]
    html = (
        f"<html lang='{lang}'><body><div class='n1'><a href='/'>Start</a></div><div class='k1'>"
        f"<span>{kicker}</span><h1>Markthalle</h1>{_ps(t)}</div>{FOOTER}</body></html>"
    )
    assert extract_article(html, URL).body == "\n\n".join(t)


def test_a_paragraph_above_the_headline_inside_the_container_stays() -> None:
    t = TEXT["en"]
    note = "This article is part of our series on the city's markets, published every Tuesday."
    html = (
        f"<html lang='en'><body><div class='k1'><p>{note}</p><h1>Market hall</h1>{_ps(t)}</div>"
        f"{FOOTER}</body></html>"
    )
    assert extract_article(html, URL).body == "\n\n".join([note, *t])


HI = [
    "नगर परिषद ने मंगलवार को नदी किनारे के पुराने बाजार की मरम्मत को मंजूरी दे दी, इसके पक्ष में 31 सदस्यों ने वोट दिया।",
    "इस परियोजना पर चालीस करोड़ रुपये खर्च होंगे और काम लगभग दो साल चलेगा।",
    "महापौर ने व्यापारियों से बातचीत करने का वादा किया।",
    "काम अगले साल वसंत में शुरू होगा।",
]


def test_short_last_paragraphs_ending_with_a_danda_are_sentences() -> None:
    # lines after the last sentence among left-out boxes are furniture; "।" ends a sentence
    box = "<div class='share-bar'><a href='https://fb.example/s'>Facebook</a></div>"
    html = _page("hi", f"<div class='c4'>{_ps(HI[:2])}{box}{_ps(HI[2:])}{box}</div>")
    assert extract_article(html, URL).body == "\n\n".join(HI)


def _full_page(
    lang: str,
    kicker: str,
    h1: str,
    lead: str,
    paras: list[str],
    sub: str,
    rel_label: str,
    rel: str,
    share: str,
    ad: str,
    follow: str,
    src: str,
    more: str,
) -> tuple[str, list[str]]:
    """A whole article page as an unseen site in `lang` sets it, hashed classes: kicker,
    headline, lead, byline, picture, ad slot, subhead, a related link, share bar, a call
    to follow, a source line, a teaser grid."""
    cards = "".join(
        f"<div class='h{i}'><a href='/x/{i}'><img src='/i{i}.jpg'><span>{rel} {i}</span></a></div>"
        for i in range(8)
    )
    html = (
        f"<html lang='{lang}'><head><meta name='description' content='{lead}'></head><body>"
        "<div class='n'><a href='/'>Home</a> <a href='/x'>X</a></div>"
        f"<div class='a1'><div class='a2'><span>{kicker}</span><h1>{h1}</h1><p class='a3'>{lead}</p>"
        "<div class='a4'><span><a href='/autor/1'>Jan Nowak</a></span> <time>12.03.2026 10:00</time></div>"
        f"<div class='a6'><img src='/m.jpg' width='800'><span>{h1}. Foto: Jan Nowak</span></div></div>"
        f"<div class='b1'><p>{paras[0]}</p><p>{paras[1]}</p><div class='b2'><div>{ad}</div><div style='height:250px'></div></div>"
        f"<h2>{sub}</h2><p>{paras[2]}</p><p><strong>{rel_label}</strong> <a href='/x/9'>{rel} 9</a></p>"
        f"<p>{paras[3]}</p><p>{paras[4]}</p>"
        f"<div class='b4'>{share} <a href='https://fb.example'>Facebook</a> <a href='https://x.example'>X</a></div>"
        f"<p>{follow}</p><p>{src}</p></div></div>"
        f"<div class='c1'><h2>{more}</h2>{cards}</div></body></html>"
    )
    return html, [lead, *paras[:2], sub, *paras[2:]]


FULL_PAGES = {
    "pl": (
        "pl",
        "Kraj",
        "Hala targowa do remontu",
        "Stara hala targowa nad rzeką zostanie wyremontowana za czterdzieści milionów złotych. Kupcy obawiają się o przyszłość.",
        [
            "Rada miasta zdecydowała we wtorek o remoncie starej hali targowej nad rzeką, głosowało 31 radnych.",
            "Koszt inwestycji szacuje się na czterdzieści milionów złotych, prace potrwają dwa lata.",
            "Opozycja krytykuje brak miejsca zastępczego dla kupców na czas prac remontowych w hali.",
            "Prezydent miasta zapowiedziała rozmowy z handlowcami jeszcze przed rozpoczęciem prac.",
            "Prace mają ruszyć wiosną przyszłego roku i zostaną podzielone na trzy etapy.",
        ],
        "Krytyka opozycji",
        "Czytaj także:",
        "Ceny mieszkań w centrum nadal rosną, numer",
        "Udostępnij:",
        "REKLAMA",
        "Obserwuj nas na Facebooku",
        "Źródło: PAP",
        "Najnowsze",
    ),
    "zh": (
        "zh",
        "社会",
        "老菜市场将翻修",
        "河边的老菜市场将投入一千一百万元进行翻修，摊主们担心生计受到影响。",
        [
            "市政府周二宣布，河边的老菜市场将于明年春天开始翻修，市议会以三十一票通过该计划。",
            "工程预计耗资一千一百万元，整个工期大约需要两年时间。",
            "反对派批评说，施工期间摊主们将没有临时经营场所，收入会受到很大影响。",
            "市长表示，在开工之前政府将与摊主代表进行协商，寻找过渡方案。",
            "施工将分三个阶段进行，部分市场在施工期间仍将继续营业。",
        ],
        "反对派的批评",
        "相关阅读：",
        "市中心房价继续上涨，第",
        "分享到：",
        "广告",
        "关注我们的微信公众号",
        "（责任编辑：张三）",
        "热门新闻",
    ),
    "hi": (
        "hi",
        "देश",
        "पुराने बाजार की मरम्मत होगी",
        "नदी किनारे के पुराने बाजार की मरम्मत पर चालीस करोड़ रुपये खर्च होंगे। व्यापारी अपने भविष्य को लेकर चिंतित हैं।",
        [
            "नगर परिषद ने मंगलवार को नदी किनारे के पुराने बाजार की मरम्मत को मंजूरी दे दी, इसके पक्ष में 31 सदस्यों ने वोट दिया।",
            "इस परियोजना पर चालीस करोड़ रुपये खर्च होंगे और काम लगभग दो साल चलेगा।",
            "विपक्ष ने आलोचना की कि निर्माण के दौरान व्यापारियों को कोई वैकल्पिक जगह नहीं मिलेगी।",
            "महापौर ने काम शुरू होने से पहले व्यापारियों से बातचीत करने का वादा किया।",
            "काम अगले साल वसंत में शुरू होगा और तीन चरणों में पूरा किया जाएगा।",
        ],
        "विपक्ष की आलोचना",
        "यह भी पढ़ें:",
        "शहर में मकानों की कीमतें बढ़ीं, संख्या",
        "शेयर करें:",
        "विज्ञापन",
        "हमें फेसबुक पर फॉलो करें",
        "स्रोत: पीटीआई",
        "सबसे ज्यादा पढ़ी गई",
    ),
    "is": (
        "is",
        "Innlent",
        "Gamla markaðshúsið gert upp",
        "Gamla markaðshúsið við ána verður gert upp fyrir ellefu milljónir evra. Kaupmenn óttast um framtíð sína.",
        [
            "Borgarstjórn samþykkti á þriðjudag að gera upp gamla markaðshúsið við ána, 31 fulltrúi greiddi atkvæði með.",
            "Verkefnið mun kosta ellefu milljónir evra og framkvæmdir taka um tvö ár.",
            "Stjórnarandstaðan gagnrýndi að kaupmenn fái ekkert bráðabirgðahúsnæði meðan á framkvæmdum stendur.",
            "Borgarstjóri lofaði viðræðum við kaupmennina áður en framkvæmdir hefjast.",
            "Framkvæmdir eiga að hefjast næsta vor í þremur áföngum.",
        ],
        "Gagnrýni stjórnarandstöðunnar",
        "Lestu einnig:",
        "Húsnæðisverð hækkar enn í miðbænum, númer",
        "Deila:",
        "Auglýsing",
        "Fylgstu með okkur á Facebook",
        "Heimild: RÚV",
        "Mest lesið",
    ),
    "he": (
        "he",
        "חדשות",
        "השוק הישן ישופץ",
        "השוק הישן ליד הנהר ישופץ בעלות של ארבעים מיליון שקלים. הסוחרים חוששים לעתידם.",
        [
            "מועצת העיר אישרה ביום שלישי את שיפוץ השוק הישן ליד הנהר, ברוב של 31 חברים.",
            "עלות הפרויקט מוערכת בארבעים מיליון שקלים והעבודות יימשכו כשנתיים.",
            "האופוזיציה מתחה ביקורת על כך שהסוחרים לא יקבלו מקום חלופי בזמן העבודות.",
            "ראש העירייה הבטיחה לנהל משא ומתן עם הסוחרים לפני תחילת העבודות.",
            "העבודות צפויות להתחיל באביב הבא ויתבצעו בשלושה שלבים.",
        ],
        "ביקורת האופוזיציה",
        "קראו עוד:",
        "מחירי הדירות במרכז ממשיכים לעלות, מספר",
        "שתפו:",
        "פרסומת",
        "עקבו אחרינו בפייסבוק",
        "מקור: רויטרס",
        "הכי נקראים",
    ),
}


@pytest.mark.parametrize("lang", list(FULL_PAGES))
def test_a_whole_page_of_an_unseen_site_gives_its_lead_and_text_only(lang: str) -> None:
    html, expected = _full_page(*FULL_PAGES[lang])
    assert extract_article(html, URL).body == "\n\n".join(expected)
