"""Titles on publishers never seen (issue 10, session 40): a capital after "the" in the story
("the North") is no name a sentence-case <title> lowered; "Site | Section | Title", the
trail in its reading order; the levels after a title set off by colons as its site's name is
("Title: Politik: Welt: Site.example"); a paper an aggregator credits in brackets before
its own name; a site's name of a word for news and a name after it ("Wiadomości Nadmorskie");
a split article's page in brackets ("(1/2 ページ)", "(Seite 2)"); the site's name with its
edition's region before a slogan ("- FKR Vestland - Lokale nyheter, TV og radio").

Every page here is invented: words, markup, hosts and site names (`_page` builds them as
tests/test_titles39.py does). `FIXED` rows failed before this session's rules; `GUARDS`
passed before and after (what the rules must not change).
"""

# ruff: noqa: E501  -- table rows of invented titles read best one case per line

from __future__ import annotations

from typing import Any

import pytest

from newsarchive.extract import extract_article
from tests.test_titles39 import _page

NORTH_EN = "The storm reached the North overnight, the agency said, and ferries stayed in port until noon. "

# fmt: off
FIXED: list[dict[str, Any]] = [
    # a common noun the story capitalises after an article: a region, no name lowered
    dict(id='north-en', lang='en', host='baycourier.example', t='Storms batter the north as ferries halt | Bay Courier', og='Storms Batter The North As Ferries Halt', body=NORTH_EN, want='Storms batter the north as ferries halt'),
    dict(id='north-en-hl', lang='en', host='baycourier.example', t='Storms batter the north as ferries halt | Bay Courier', og='Storms Batter The North As Ferries Halt', hl='Storms batter the north as ferries halt', body=NORTH_EN, want='Storms batter the north as ferries halt'),
    dict(id='nord-fr', lang='fr', host='lecotier.example', t='La tempête frappe le nord du pays - Le Côtier', og='La Tempête Frappe Le Nord Du Pays', body='La tempête a touché le Nord dans la nuit, selon la préfecture, et les ferries sont restés au port. ', want='La tempête frappe le nord du pays'),
    dict(id='norte-es-al', lang='es', host='elcostero.example', t='El temporal golpea el norte del país | El Costero', og='El Temporal Golpea El Norte Del País', body='El temporal llegó al Norte durante la noche, según la agencia, y los ferris no salieron. ', want='El temporal golpea el norte del país'),
    # (a quarter after an article joined to a preposition: Spanish "del", Italian "nel")
    dict(id='sur-es-del', lang='es', host='elcostero.example', t='El temporal golpea el sur del país | El Costero', og='El Temporal Golpea El Sur Del País', body='El temporal llegó al Sur durante la noche, y los ferris del Sur no salieron. ', want='El temporal golpea el sur del país'),
    dict(id='nord-it-nel', lang='it', host='lacosta.example', t='La tempesta colpisce il nord del paese | La Costa', og='La Tempesta Colpisce Il Nord Del Paese', body='La tempesta è arrivata nel Nord durante la notte, e i traghetti del Nord sono rimasti in porto. ', want='La tempesta colpisce il nord del paese'),
    # "Site | Section | Title": the section after the site's name goes with it
    dict(id='site-sec-en', lang='en', host='baycourier.example', t='Bay Courier | Politics | Council backs harbour wall rebuild', want='Council backs harbour wall rebuild'),
    dict(id='site-sec-en-sn', lang='en', host='baycourier.example', sn='Bay Courier', t='Bay Courier | Politics | Council backs harbour wall rebuild', want='Council backs harbour wall rebuild'),
    dict(id='site-sec-en-stated', lang='en', host='baycourier.example', sec='Local Politics', t='Bay Courier | Local Politics | Council backs harbour wall rebuild', want='Council backs harbour wall rebuild'),
    dict(id='site-two-levels-en', lang='en', host='baycourier.example', t='Bay Courier | News | Local | Council backs harbour wall rebuild', want='Council backs harbour wall rebuild'),
    dict(id='site-sec-de', lang='de', host='kuestenbote.example', t='Küstenbote | Lokales | Stadtrat stimmt für neue Hafenmauer', want='Stadtrat stimmt für neue Hafenmauer'),
    dict(id='site-sec-es', lang='es', host='elcostero.example', t='El Costero | Sociedad | El ayuntamiento aprueba el nuevo muelle', want='El ayuntamiento aprueba el nuevo muelle'),
    dict(id='site-sec-ru', lang='ru', host='primorsk.example', t='Приморский вестник | Общество | Мэрия утвердила план реконструкции порта', want='Мэрия утвердила план реконструкции порта'),
    dict(id='site-sec-tr', lang='tr', host='sahilhaber.example', t='Sahil Haber | Gündem | Dalgalar mendireği aştı', want='Dalgalar mendireği aştı'),
    dict(id='site-sec-pl', lang='pl', host='nadmorska.example', t='Gazeta Nadmorska | Kraj | Rada miasta przyjęła plan budowy falochronu', want='Rada miasta przyjęła plan budowy falochronu'),
    dict(id='site-sec-it-dash', lang='it', host='lacosta.example', t='La Costa - Cronaca - Il consiglio approva la nuova diga', want='Il consiglio approva la nuova diga'),
    dict(id='site-sec-id', lang='id', host='pantai.example', t='Pantai News | Nasional | Dewan kota setujui pembangunan dermaga baru', want='Dewan kota setujui pembangunan dermaga baru'),
    dict(id='site-sec-pt', lang='pt', host='litoral.example', t='Jornal Litoral | Cidades | Câmara aprova novo cais no porto', want='Câmara aprova novo cais no porto'),
    # a trail after the title set off by colons, as the site's name after it is
    dict(id='colon-trail-ru', lang='ru', host='primlenta.example', t='Мэрия утвердила план реконструкции порта: Общество: Россия: Primlenta.ru', want='Мэрия утвердила план реконструкции порта'),
    dict(id='colon-trail-de', lang='de', host='kuestenbote.example', sec='Politik', t='Stadtrat stimmt für neue Hafenmauer: Politik: Kuestenbote.example', want='Stadtrat stimmt für neue Hafenmauer'),
    # an aggregator's title: the credited paper in brackets, then the portal's name
    dict(id='ja-portal-credit', lang='ja', host='news.portal.example', t='港の防波堤、来春に完成へ（うみかぜ新報） - ポータル!ニュース', sn='ポータル!ニュース', want='港の防波堤、来春に完成へ'),
    dict(id='ja-portal-credit-og', lang='ja', host='news.portal.example', t='港の防波堤、来春に完成へ（うみかぜ新報） - ポータル!ニュース', og='港の防波堤、来春に完成へ（うみかぜ新報） - ポータル!ニュース', sn='ポータル!ニュース', want='港の防波堤、来春に完成へ'),
    # a site's name: a word for news, then its adjective or region
    dict(id='pl-news-adjective', lang='pl', host='nadmorska.example', t='Rada miasta przyjęła plan budowy falochronu - Wiadomości Nadmorskie', want='Rada miasta przyjęła plan budowy falochronu'),
    dict(id='es-news-adjective', lang='es', host='diariomar.example', t='El ayuntamiento aprueba el nuevo muelle - Noticias Costeras', want='El ayuntamiento aprueba el nuevo muelle'),
    dict(id='it-news-adjective', lang='it', host='lacosta.example', t='Il consiglio approva la nuova diga | Notizie Marittime', want='Il consiglio approva la nuova diga'),
    # the page's number in brackets closing the headline's part: a split article's page
    dict(id='ja-page-bracket', lang='ja', host='umimedia.example', sn='UmiMedia', t='港の防波堤、来春に完成へ（1/2 ページ） - UmiMedia', want='港の防波堤、来春に完成へ'),
    dict(id='ja-page-bracket-nosite', lang='ja', host='umimedia.example', t='港の防波堤、来春に完成へ（1/2 ページ）', want='港の防波堤、来春に完成へ'),
    dict(id='de-page-bracket', lang='de', host='kuestenbote.example', sn='Küstenbote', t='Stadtrat stimmt für neue Hafenmauer (Seite 2) | Küstenbote', want='Stadtrat stimmt für neue Hafenmauer'),
    dict(id='en-page-bracket', lang='en', host='baycourier.example', sn='Bay Courier', t='Council backs harbour wall rebuild (Page 2 of 3) - Bay Courier', want='Council backs harbour wall rebuild'),
    dict(id='ko-page-bracket', lang='ko', host='bada.example', t='시의회, 방파제 재건 예산 통과 (2페이지) | 바다일보', want='시의회, 방파제 재건 예산 통과'),
    # the site's name with its edition's region, then a slogan
    dict(id='no-edition-slogan', lang='no', host='fkr.example', sn='FKR', t='Bystyret vedtok ny molo etter lang debatt – FKR Vestland – Lokale nyheter, TV og radio', want='Bystyret vedtok ny molo etter lang debatt'),
    dict(id='sv-edition-slogan', lang='sv', host='kustradio.example', sn='Kustradion', t='Fullmäktige säger ja till ny hamnmur – Kustradion Halland – Nyheter, sport och väder', want='Fullmäktige säger ja till ny hamnmur'),
    dict(id='en-edition-slogan', lang='en', host='bcn.example', sn='BCN', t='Council backs harbour wall rebuild – BCN Highlands – Local news, TV and radio', want='Council backs harbour wall rebuild'),
]

GUARDS: list[dict[str, Any]] = [
    # a name lowered stays a name: written bare elsewhere, after a verb, after "da" (a particle)
    dict(id='name-after-verb', lang='en', host='baycourier.example', t='Storms batter ellis as ferries halt | Bay Courier', og='Storms Batter Ellis As Ferries Halt', body='The storm reached Ellis overnight, the agency said, and ferries stayed in port until noon. ', want='Storms Batter Ellis As Ferries Halt'),
    dict(id='north-also-bare', lang='en', host='baycourier.example', t='Storms batter the north as ferries halt | Bay Courier', og='Storms Batter The North As Ferries Halt', body='The storm reached the North overnight, and ferries from North stayed in port until noon. ', want='Storms Batter The North As Ferries Halt'),
    dict(id='thames-also-bare', lang='en', host='baycourier.example', t='Ferry halted on the thames after storm | Bay Courier', og='Ferry Halted On The Thames After Storm', body='The ferry stopped on the Thames overnight, and Thames boats stayed in port until noon. ', want='Ferry Halted On The Thames After Storm'),
    dict(id='pt-da-silva', lang='pt', host='litoral.example', t='Governo nomeia joão da silva para o porto | Jornal Litoral', og='Governo Nomeia João Da Silva Para O Porto', body='O governo nomeou João da Silva, engenheiro do porto, na terça-feira depois de um longo debate. ', want='Governo Nomeia João Da Silva Para O Porto'),
    # after a leading site's name: a kicker of words, a kicker by another mark, two parts
    dict(id='site-kicker-phrase', lang='en', host='baycourier.example', t='Bay Courier | Six hours of debate | Council backs rebuild of the wall', want='Six hours of debate | Council backs rebuild of the wall'),
    dict(id='site-kicker-dash', lang='de', host='kuestenbote.example', t='Küstenbote | Hafenstreit - Stadtrat stimmt für neue Hafenmauer', want='Hafenstreit - Stadtrat stimmt für neue Hafenmauer'),
    dict(id='topic-bar-title', lang='en', host='baycourier.example', t='Harbour wall | Council backs rebuild', want='Harbour wall | Council backs rebuild'),
    dict(id='title-sec-site', lang='en', host='baycourier.example', t='Council backs harbour wall rebuild | Politics | Bay Courier', want='Council backs harbour wall rebuild'),
    dict(id='ja-news-kicker-og', lang='ja', host='umikaze.example', og='NEWS｜新曲のミュージックビデオ公開', hl='NEWS｜新曲のミュージックビデオ公開', t='NEWS｜新曲のミュージックビデオ公開 | うみかぜ芸能', want='NEWS｜新曲のミュージックビデオ公開'),
    # a colon of the headline's own before the site's: a topic, a clause
    dict(id='colon-topic-site', lang='en', host='baycourier.example', t='Harbour wall: Council backs rebuild: Bay Courier', sn='Bay Courier', want='Harbour wall: Council backs rebuild'),
    dict(id='colon-clause-site', lang='ru', host='primlenta.example', t='Мэрия утвердила план: что изменится в порту: Primlenta.ru', want='Мэрия утвердила план: что изменится в порту'),
    # a bracket no paper's name: a tag, a survey's credit
    dict(id='ja-bracket-tag-portal', lang='ja', host='news.portal.example', t='港の防波堤、来春に完成へ（動画） - ポータル!ニュース', sn='ポータル!ニュース', want='港の防波堤、来春に完成へ（動画）'),
    dict(id='ja-bracket-survey', lang='ja', host='umikaze.example', t='防波堤の完成、市民の7割が期待（うみかぜ新報調べ） - うみかぜ新報', want='防波堤の完成、市民の7割が期待（うみかぜ新報調べ）'),
    # a word for news the headline's own: after an adjective
    dict(id='de-good-news', lang='de', host='kuestenbote.example', t='Stadtrat stimmt für neue Hafenmauer - Gute Nachrichten', want='Stadtrat stimmt für neue Hafenmauer - Gute Nachrichten'),
    # (a Russian paper's name by its kind, cut before too)
    dict(id='ru-news-region', lang='ru', host='vostokinfo.example', t='Мэрия утвердила план реконструкции порта - Новости Приморья', want='Мэрия утвердила план реконструкции порта'),
    # a series' count with no word for page; a page the headline's words name
    dict(id='ja-series-count', lang='ja', host='umimedia.example', sn='UmiMedia', t='港の防波堤、来春に完成へ（2/3） - UmiMedia', want='港の防波堤、来春に完成へ（2/3）'),
    dict(id='en-page-in-words', lang='en', host='baycourier.example', sn='Bay Courier', t='Why the front page (page 1) still matters to readers - Bay Courier', want='Why the front page (page 1) still matters to readers'),
    # a first piece of the site's name with a place is no edition; the name inside a headline
    dict(id='de-name-piece-place', lang='de', host='hafenblatt.example', sn='Hafenblatt', t='Stadtrat stimmt für neue Hafenmauer – Hafen Kiel – Nachrichten aus der Region', want='Stadtrat stimmt für neue Hafenmauer – Hafen Kiel – Nachrichten aus der Region'),
    dict(id='en-headline-holds-site', lang='en', host='baycourier.example', sn='Bay Courier', t='Storm hits coast – Bay Courier reporters stranded – what we know', want='Storm hits coast – Bay Courier reporters stranded – what we know'),
    # (review of session 40) a proper name after an article is a name lowered all the same
    dict(id='en-the-philippines', lang='en', host='baycourier.example', t='Typhoon batters the philippines as ferries halt | Bay Courier', og='Typhoon Batters The Philippines As Ferries Halt', body='The typhoon reached the Philippines overnight, the agency said, and ferries stayed in port until noon. ', want='Typhoon Batters The Philippines As Ferries Halt'),
    dict(id='fr-le-maroc', lang='fr', host='lecotier.example', t='La tempête frappe le maroc - Le Côtier', og='La Tempête Frappe Le Maroc', body='La tempête a touché le Maroc dans la nuit, selon la préfecture, et les ferries du Maroc sont restés au port. ', want='La Tempête Frappe Le Maroc'),
    dict(id='pt-no-brasil', lang='pt', host='litoral.example', t='Tempestade atinge o brasil e fecha portos | Jornal Litoral', og='Tempestade Atinge O Brasil E Fecha Portos', body='A tempestade chegou ao litoral no Brasil durante a noite, e os portos do Brasil ficaram fechados até o meio-dia. ', want='Tempestade Atinge O Brasil E Fecha Portos'),
    dict(id='pt-da-bahia', lang='pt', host='litoral.example', t='Tempestade fecha portos da bahia | Jornal Litoral', og='Tempestade Fecha Portos Da Bahia', body='A tempestade chegou na Bahia durante a noite, e os portos da Bahia ficaram fechados até o meio-dia. ', want='Tempestade Fecha Portos Da Bahia'),
    dict(id='it-della-club', lang='it', host='lacosta.example', t='La vittoria della juventus a torino | La Costa', og='La Vittoria Della Juventus A Torino', body='La squadra della Juventus ha vinto ieri sera, e i tifosi del Torino sono rimasti a casa fino a tarda notte. ', want='La Vittoria Della Juventus A Torino'),
    # a word for news before a capital in English or German: a company, a kiosk, a noun
    dict(id='en-news-corp-kicker', lang='en', host='baycourier.example', t='News Corp - Murdoch heir takes over the board | Bay Courier', want='News Corp - Murdoch heir takes over the board'),
    dict(id='en-site-news-corp-kicker', lang='en', host='baycourier.example', t='Bay Courier | News Corp | Murdoch heir takes over the board', want='News Corp | Murdoch heir takes over the board'),
    dict(id='en-news-corp-end', lang='en', host='baycourier.example', t='Murdoch heir takes over the board - News Corp', want='Murdoch heir takes over the board - News Corp'),
    dict(id='de-kiosk-kicker', lang='de', host='kuestenbote.example', t='Nachrichten Müller - Der Kiosk am Hafen schließt nach 40 Jahren | Küstenbote', want='Nachrichten Müller - Der Kiosk am Hafen schließt nach 40 Jahren'),
    dict(id='de-aktuell-noun-end', lang='de', host='kuestenbote.example', t='Sturmflut erreicht die Küste heute Nacht - Aktuell Sturm', want='Sturmflut erreicht die Küste heute Nacht - Aktuell Sturm'),
    dict(id='en-novice-end', lang='en', host='baycourier.example', t='Crash on coast road injures two - Novice Driver', want='Crash on coast road injures two - Novice Driver'),
    dict(id='es-lead-phrase', lang='es', host='elcostero.example', t='Noticias Falsas - Cómo detectar los bulos del temporal | El Costero', want='Noticias Falsas - Cómo detectar los bulos del temporal'),
    # one word after a colon no section the page states: the headline's own answer
    dict(id='colon-answer-de', lang='de', host='kuestenbote.example', t='Das Urteil im Hafenprozess lautet: Freispruch: Kuestenbote.example', want='Das Urteil im Hafenprozess lautet: Freispruch'),
    dict(id='colon-answer-en', lang='en', host='baycourier.example', t='The word of the year 2026 is out: Resilience: Baycourier.example', want='The word of the year 2026 is out: Resilience'),
    dict(id='colon-answer-ru', lang='ru', host='primlenta.example', t='Мэрия ответила на вопрос о сносе порта: Нет: Primlenta.ru', want='Мэрия ответила на вопрос о сносе порта: Нет'),
    # a page in brackets with the headline going on after it; the story's "page 1"
    dict(id='de-page-mid-title', lang='de', host='kuestenbote.example', t='Die Akte Hafen (Seite 2) - Was der Bericht verschweigt | Küstenbote', want='Die Akte Hafen (Seite 2) - Was der Bericht verschweigt'),
    dict(id='en-page-one-end', lang='en', host='baycourier.example', t='Our reporter made the front page of history (page 1) - Bay Courier', want='Our reporter made the front page of history (page 1)'),
    # the site's name and a label, then a headline's tail, no slogan of news
    dict(id='en-site-label-tail', lang='en', host='bcn.example', sn='BCN', t='Storm hits coast – BCN Exclusive – what the crews saw that night', want='Storm hits coast – BCN Exclusive – what the crews saw that night'),
    dict(id='de-site-label-tail', lang='de', host='hafenblatt.example', sn='Hafenblatt', t='Der Bürgermeister im Gespräch – Hafenblatt Interview – was jetzt kommt', want='Der Bürgermeister im Gespräch – Hafenblatt Interview – was jetzt kommt'),
]
# fmt: on


@pytest.mark.parametrize("case", FIXED, ids=[c["id"] for c in FIXED])
def test_title_read_as_the_reader_calls_it(case: dict[str, Any]) -> None:
    """(failed before: Title Case won on "the North"; a section after a leading site's name,
    colon levels, a credited paper in brackets, "Wiadomości Nadmorskie", a bracketed page
    number, an edition's name before a slogan stayed)"""
    html, url = _page(case)
    assert extract_article(html, url).title == case["want"]


@pytest.mark.parametrize("case", GUARDS, ids=[c["id"] for c in GUARDS])
def test_title_unchanged(case: dict[str, Any]) -> None:
    """(guard)"""
    html, url = _page(case)
    assert extract_article(html, url).title == case["want"]
