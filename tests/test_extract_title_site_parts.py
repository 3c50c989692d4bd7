"""Site parts of titles as unseen publishers' CMSs print them (issue 10).

Every page here is invented (words, markup, site names): og:title and <title> carry the
site's part and no other source states the headline alone, so only the site rules can
cut it. Each cutting row fails without the rule its comment names; the rows that keep a
part guard against the rule cutting a headline's own words.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.site import _shortened

DE = "Stadtrat stimmt dem neuen Hafenplan nach langer Debatte zu"
EN = "Council backs new harbour plan after long debate"
RU = "Горсовет одобрил новый план порта после долгих споров"
MS = "Majlis bandaraya lulus pelan pelabuhan baharu"
PT = "Câmara aprova novo plano do porto após longo debate"
LT = "Miesto taryba pritarė naujam uosto planui"
CS = "Zastupitelstvo schválilo nový plán přístavu"
ZH = "市议会批准新的港口规划方案"
ZT = "市議會通過新的港口規劃方案"


def _page(title: str, site: str | None = None, publisher: str | None = None) -> str:
    head = f'<meta property="og:title" content="{title}">'
    if site:
        head += f'<meta property="og:site_name" content="{site}">'
    if publisher:  # an organisation the article names, not its publisher
        data = {"@type": "NewsArticle", "about": {"@type": "Organization", "name": publisher}}
        head += f'<script type="application/ld+json">{json.dumps(data)}</script>'
    return (
        f"<html><head>{head}</head><body><p>{'Lorem ipsum dolor sit amet. ' * 10}</p></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "title", "site", "expected"),
    [
        # The site's initials in capitals, its name whole in og:site_name (site.ABBREVIATION).
        pytest.param("https://www.harbourherald.example/nz/a-1/", f"{EN} | NHH", "New Harbour Herald", EN, id="en-initials"),
        pytest.param("https://www.timesofharbour.example/a-1.cms", f"{EN} - TOH", "The Times of Harbour", EN, id="en-initials-without-article"),
        pytest.param("https://www.hafenzeitung.example/politik/a-1", f"{DE} - SHZ.de", "Süddeutsche Hafen Zeitung", DE, id="de-initials-and-domain"),
        pytest.param("https://www.vakaras.example/a-1", f"{LT} - VU", "Vakarų Uostas", LT, id="lt-two-initials"),
        pytest.param("https://www.portgazeta.example/a-1", f"{RU} — ПВГ", "Портовая Вечерняя Газета", RU, id="ru-cyrillic-initials"),
        # Two long capitalised words whose initials are the host; initials before an edition word (site._shortened).
        pytest.param("https://www.hn.example.de/politik/a-1", f"{DE} | Hafener Nachrichten", None, DE, id="de-two-initials-host"),
        pytest.param("https://www.ht.example.at/artikel/1/a", f"{DE} | Hafener Tageszeitung Online", None, DE, id="de-initials-and-edition-host"),
        pytest.param("https://www.fr.example.de/politik/a-1", f"{DE} - Frankfurter Rundschau", None, DE, id="de-place-adjective-initials-host"),
        pytest.param("https://www.hn.example.no/a-1", f"{DE} - Havnebyens Nyheter", None, DE, id="nb-paper-word-initials-host"),
        pytest.param("https://www.mk.example.ru/a-1", f"{RU} — Московский Комсомолец", None, RU, id="ru-adjective-initials-host"),
        # A trail of short parts after the site's name (titlepartnames.trail_after_site).
        pytest.param("https://www.hafenblatt.de/nachrichten/kiel/a-1.html", f"{DE} | Hafenblatt.de - Nachrichten - Schleswig-Holstein - Studio Kiel", None, DE, id="de-trail-after-site"),
        pytest.param("https://www.kieler-nachrichten.example/a-1", f"{DE} – Kieler Nachrichten – Lokales aus Kiel", None, DE, id="de-slogan-after-whole-site"),
        # The host spells the first words' initials and the last word whole (site._shortened).
        pytest.param("https://www.bpelabuhan.example.my/a-1", f"{MS} | Berita Pelabuhan", None, MS, id="ms-initial-and-word-host"),
        pytest.param("https://www.nhharbour.example/a-1", f"{EN} - New Hope Harbour", None, EN, id="en-initials-and-word-host"),
        pytest.param("https://www.hmh.example/a-1", f"{EN} | The Harbour Morning Herald", None, EN, id="en-article-then-initials-host"),
        # Cyrillic names against the host's Latin spelling (site.spellings).
        pytest.param("https://www.portovik.example.ru/a-1", f"{RU} – Портовикъ", None, RU, id="ru-hard-sign-host"),
        pytest.param("https://gavan.example/a-1", f"{RU} - Гавань.Ru", None, RU, id="ru-soft-sign-and-domain"),
        pytest.param("https://www.vzhg.example.ru/a-1", f"{RU} | Вечерний Журнал Гавани", None, RU, id="ru-initials-host"),
        pytest.param("https://www.pbc.example.ru/politics/1", f"{RU} — ПБК", None, RU, id="ru-other-latin-spelling"),
        pytest.param("https://khronika.example/a-1", f"{RU} | Хроника", None, RU, id="ru-kh-spelling"),
        # A short name with its channel's number (site._short_edition).
        pytest.param("https://www.hb.example.de/nachrichten/a-1", f"{DE} | HB24", None, DE, id="de-name-and-channel-number"),
        # The site's name, a word for news and its edition's language or country (site._language_edition).
        pytest.param("https://www.hbc.example/swahili/articles/a1", f"{EN} - HBC News Swahili", None, EN, id="sw-language-edition"),
        pytest.param("https://www.hfk.example/pt/a-1", f"{PT} | HFK Notícias Brasil", None, PT, id="pt-language-edition"),
        # A date after the site's name and a comma, or before a section (titlepartdates.undated, _DATE).
        pytest.param("https://port.example.ru/20261203/a-1.html", f"{RU} - Порт Новости, 03.12.2026", None, RU, id="ru-site-comma-date"),
        pytest.param("https://www.folhadoporto.example/poder/2026/12/a-1.shtml", f"{PT} - 03/12/2026 - Poder - Folha do Porto", None, PT, id="pt-date-section-site"),
        # Two bare hyphens between CJK parts (titleparts.SEPARATOR).
        pytest.param("http://politics.haibin.example.cn/n1/a-1.html", f"{ZH}--时政--海滨网", None, ZH, id="zh-double-hyphen"),
        # A Taiwanese paper's e-paper word after its name (titlepartmastheads.EDITION_TAIL).
        pytest.param("https://news.hbt.example.tw/a-1", f"{ZT} - 海濱時報電子報", None, ZT, id="zh-tw-e-paper"),
        # A magazine's or media house's name by its kind, its Latin name after it or not
        # (langwords.MASTHEAD_WORDS, titlepartmastheads.is_masthead).
        pytest.param("https://www.hb.example.tw/article/1", f"{ZT} | 海濱雜誌", None, ZT, id="zh-tw-magazine"),
        pytest.param("https://www.hb.example.cn/a/1", f"{ZH}｜海滨周刊", None, ZH, id="zh-weekly"),
        pytest.param("https://news.hbs.example.tw/article/1", f"{ZT}｜海濱新聞網 HBN", None, ZT, id="zh-tw-masthead-and-latin-initials"),
        pytest.param("https://www.hbm.example/article/1", f"{ZT} | 海傳媒 Harbour Media", None, ZT, id="zh-tw-media-and-latin-name"),
        # A name in two scripts, its Latin words the site's (titlepartnames.mixed_site).
        pytest.param("https://www.hbn.example.tw/news/a-1.aspx", f"{ZT} | 政治 | 海濱社 HBN", None, ZT, id="zh-tw-name-and-latin-initials"),
        pytest.param("https://www.harbourmirror.example/story/a-1/", f"{ZT} - 海鏡週刊 Harbour Mirror", None, ZT, id="zh-tw-name-and-latin-name"),
        pytest.param("https://www.harbourdaily.example/zh/a-1", f"{ZH} - 海滨快报 Harbour Daily", None, ZH, id="zh-name-and-latin-name"),
        # One word for news as the last part, no site's name after it (titlepartfurniture.news_noun).
        pytest.param("https://www.hafen.example/a-1", f"{DE} | Nachrichten", None, DE, id="de-news-noun"),
        pytest.param("https://www.porto.example/a-1", f"{PT} - Notícias", None, PT, id="pt-news-noun"),
        pytest.param("https://www.uostas.example/a-1", f"{LT} - Naujienos", None, LT, id="lt-news-noun"),
        # A news label with a place's or section's name before the site's name (titlepartfurniture.is_furniture).
        pytest.param("https://www.timesofharbour.example/city/a-1.cms", f"{EN} | Latest News Portside - Times of Harbour", None, EN, id="en-news-label-and-place"),
        pytest.param("https://www.hafenblatt.de/a-1.html", f"{DE} | Aktuelle Nachrichten Kiel - Hafenblatt", None, DE, id="de-news-label-and-place"),
        # ... but filler and a place with no word for news is the headline's own tail (a guard)
        pytest.param("https://www.timesofharbour.example/a-1.cms", f"{EN} - Latest Updates Portside | Times of Harbour", None, f"{EN} - Latest Updates Portside", id="en-filler-and-place-stays"),
        # ... and such a word of a place (titlepartfurniture.news_noun).
        pytest.param("https://www.hafen.example/a-1", f"{DE} | Aktuelles aus Hafenstadt", None, DE, id="de-news-of-a-place"),
        pytest.param("https://www.pristav.example/a-1", f"{CS} - Zprávy z Přístavu", None, CS, id="cs-news-of-a-place"),
        pytest.param("https://www.porto.example/a-1", f"{PT} | Notícias de Porto Novo", None, PT, id="pt-news-of-a-place"),
        # ... but good news of a place, or news of more than a place's name, is the headline's
        pytest.param("https://www.hafen.example/a-1", f"{DE} - Gute Nachrichten aus Kiel", None, f"{DE} - Gute Nachrichten aus Kiel", id="de-good-news-stays"),
        pytest.param("https://www.harbour.example/a-1", f"{EN} - News from the front line of the war", None, f"{EN} - News from the front line of the war", id="en-news-from-words-stays"),
        # Sections' names one after another before the site's name (titlepartfurniture.is_furniture).
        pytest.param("https://www.hafenblatt.example/politik/inland/a-1.html", f"{DE} - Politik Inland - Hafenblatt.example", None, DE, id="de-two-sections"),
        # The site's name of two words or more and its local edition's place after it
        # (titlepartnames.names_site).
        pytest.param("https://www.portsidegazette.example/local/a-1", f"{EN} - Portside Gazette Bristol", "Portside Gazette", EN, id="en-site-and-edition-place"),
        pytest.param("https://www.hafener-nachrichten.example/a-1", f"{DE} | Hafener Nachrichten Kiel", None, DE, id="de-host-name-and-edition-place"),
        pytest.param("https://www.diariodoporto.example/a-1", f"{PT} - Diário do Porto Lisboa", "Diário do Porto", PT, id="pt-site-with-particle-and-place"),
        pytest.param("https://www.novinypristavu.example/a-1", f"{CS} | Noviny Přístavu Brno", "Noviny Přístavu", CS, id="cs-site-and-edition-place"),
        pytest.param("https://www.elfarodelpuerto.example/a-1", "El concejo aprueba el nuevo plan del puerto | El Faro del Puerto Cádiz", "El Faro del Puerto", "El concejo aprueba el nuevo plan del puerto", id="es-site-with-article-and-place"),
    ],
)  # fmt: skip
def test_the_site_part_goes(url: str, title: str, site: str | None, expected: str) -> None:
    assert extract_article(_page(title, site), url).title == expected


@pytest.mark.parametrize(
    ("url", "title", "site", "publisher"),
    [
        # capitals that are not the site's initials, or initials of an organisation the
        # article is about (no publisher of the page)
        pytest.param("https://www.usharbour.example/a-1", "Tariffs hit exporters - US", "Harbour Today", None, id="en-caps-not-initials"),
        pytest.param("https://www.hafen.example/a-1", "Neue Asylregeln beschlossen | EU", None, "European Union", id="de-initials-of-a-mentioned-organisation"),
        pytest.param("https://www.hafenblatt.example/a-1", "Streit um den Hafen - HB berichtet", "Hafen Blatt", None, id="de-initials-inside-words"),
        # two short words, or a site's name inside a title's parts with a long tail after it
        pytest.param("https://www.nr.example.de/a-1", "Streit um den Hafen | Neue Regeln", None, None, id="de-two-short-words-not-initials"),
        pytest.param("https://www.hafenblatt.de/a-1", "Streit um den Hafen - Hafenblatt - was die Stadt jetzt plant und was nicht", None, None, id="de-site-inside-a-long-title"),
        # a short word for news in one language is a word of another's ("tin")
        pytest.param("https://www.harbour.example/a-1", "Mining group buys a stake in the mine - Tin", None, None, id="en-short-news-word-stays"),
        # Latin words after a CJK part that names no paper
        pytest.param("https://news.haibin.example.cn/a-1.html", "港口规划方案公布 - 市议会批准 Harbour Plan", None, None, id="zh-cjk-and-latin-no-masthead"),
        # a word after the host's name that only starts like a word for news
        pytest.param("https://www.hafen.example/a-1", "Neue Farben im Hafenviertel | Hafen Tinte", None, None, id="de-host-and-word-not-news"),
        # filler after a title is its own ("- live"), and a short title keeps its news word
        pytest.param("https://www.harbour.example/a-1", "Council backs new harbour plan - live", None, None, id="en-live-filler-stays"),
        pytest.param("https://www.harbour.example/a-1", "Bad - News", None, None, id="en-short-title-keeps-news"),
        # a date with no site's name before it, a score, a date inside words
        pytest.param("https://www.hafenblatt.example/a-1", "Gemeinderat tagt - 03.12.2026", None, None, id="de-date-without-site"),
        pytest.param("https://www.hafenblatt.example/sport/a-1", "Hafen gegen Kiel - 3:1", None, None, id="de-score"),
        # Latin words in a CJK part that are no name of the site's
        pytest.param("https://news.haibin.example.cn/a-1.html", "市议会批准新的港口规划方案 - iPhone 发布", None, None, id="zh-latin-words-not-the-site"),
        # two long capitalised words that name a place, a person or a club, not a paper, whose
        # initials the host happens to spell (site._paper_name)
        pytest.param("https://www.up.example.in/a-1", "Flood alert issued for three districts - Uttar Pradesh", None, None, id="en-state-initials-host"),
        pytest.param("https://www.ba.example/a-1", "Festival de tango bate récord – Buenos Aires", None, None, id="es-city-initials-host"),
        pytest.param("https://www.kl.example.my/a-1", "Banjir kilat melanda pusat bandar – Kuala Lumpur", None, None, id="ms-city-initials-host"),
        pytest.param("https://www.fr.example.de/a-1", "Ein Gespräch über die Wahl – Franziska Richter", None, None, id="de-person-initials-host"),
        pytest.param("https://www.bm.example.de/sport/a-1", "Pokal-Aus: Trainer entlassen - Bayern München", None, None, id="de-club-initials-host"),
        pytest.param("https://www.sp.example.ru/a-1", "Мэр ушёл в отставку после скандала — Санкт Петербург", None, None, id="ru-city-initials-host"),
        # a short CJK clause ending in a word for a paper or news is the headline's, no
        # paper's name (titlepartmastheads._CJK_GRAMMAR)
        pytest.param("https://www.example.cn/a-1", "出版业寒冬下的坚守｜她如何拯救一家杂志", None, None, id="zh-clause-ending-in-magazine"),
        pytest.param("https://www.example.tw/a-1", "出版業寒冬下的堅守｜告別這本週刊", None, None, id="zh-tw-clause-ending-in-weekly"),
        pytest.param("https://www.example.cn/a-1", "资本退潮之后｜谁还在投资传媒", None, None, id="zh-clause-ending-in-media"),
        pytest.param("https://www.example.cn/a-1", "资本退潮之后 - 谁还在办新闻", None, None, id="zh-clause-ending-in-news"),
        # a place that only begins the site's name, between a headline's dashes, with a
        # trail or a clause after it (titlepartnames.whole_site)
        pytest.param("https://www.kieler-nachrichten.example/a-1", "Sturm über der Förde – Kiel – Feuerwehr – Bilder", None, None, id="de-place-prefix-of-site-then-trail"),
        pytest.param("https://www.berliner-zeitung.example/a-1", "Mietendeckel gekippt – Berlin – was Mieter jetzt wissen müssen", None, None, id="de-place-prefix-of-site-then-clause"),
        # a word for news before a title-case article: a thing's name, no place (titlepartfurniture.news_noun)
        pytest.param("https://www.harbour.example/a-1", "Ukraine war latest - News From The Front", None, None, id="en-title-case-news-from-the"),
        # a word after one word of the site's name, or a lower-case or long tail after the
        # whole name: no edition's place
        pytest.param("https://www.hafenblatt.de/a-1", "Stadtrat stimmt dem neuen Hafenplan zu - Hafen Kiel", None, None, id="de-name-prefix-and-place-stays"),
        pytest.param("https://www.portsidegazette.example/a-1", "Council backs new harbour plan - Portside Gazette reports", "Portside Gazette", None, id="en-name-and-lower-case-word-stays"),
        pytest.param("https://www.portsidegazette.example/a-1", "Council backs new harbour plan - Portside Gazette Readers Vote Today", "Portside Gazette", None, id="en-name-and-several-words-stays"),
        # a headline naming the paper of the host's initial-and-word spelling
        pytest.param("https://www.hpelabuhan.example.my/a-1", "Harian Pelabuhan menang anugerah - kakitangan meraikan", None, None, id="ms-headline-naming-the-paper"),
    ],
)  # fmt: skip
def test_a_headline_part_stays(
    url: str, title: str, site: str | None, publisher: str | None
) -> None:
    assert extract_article(_page(title, site, publisher), url).title == title


def test_a_title_of_thousands_of_words_loses_its_site_part_and_is_not_spelt_out_whole() -> None:
    """A page whose title holds its whole text (tens of thousands of words): the site rules
    spelt out every tail of it as a host might shorten a name, seconds a page (8 s of CPU
    for this one). Only tails as long as the longest host key can match one, so only those
    are built (`benchmarks`, not this test, measure the time); the site part still goes."""
    headline = " ".join(f"Harbour log {n:x} entry" for n in range(5_000))
    title = extract_article(
        _page(f"{headline} - Harian Pelabuhan"), "https://www.hpelabuhan.example.my/a-1"
    ).title
    assert title == headline
    words = headline.split()
    assert len(_shortened(words, longest=12)) <= 12  # 20,000 before
    assert _shortened(["Harian", "Pelabuhan"], longest=12) == ["hpelabuhan"]
