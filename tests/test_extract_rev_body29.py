"""Body text of invented pages: the story's sentences that open with words like a site's call
in Greek or Vietnamese ("Ακολουθήστε το χρήμα", "Theo dõi bão trên biển ...") or name who
shouted or urged it ("Kövessen minket, kiabálták a tüntetők") or quote a tip
call with an address after a colon or in quote marks ("The ransom note read: Contact us at
...") stay; a Piano wrapper naming the offer ("piano-offer-content") stays furniture. Invented
sites and stories."""

from __future__ import annotations

import html

import pytest

from benchmarks.body_invented import STORIES
from newsarchive.extract import extract_article
from tests.test_extract_body29 import URL, _body, _story

KEPT = [
    # a call shouted, urged or advised by someone in the story, or its fact sourced
    ("hu", "Kövessen minket, kiabálták a tüntetők a Kossuth téren."),
    ("fi", "Seuraa meitä, huusi poliisi mielenosoittajille ennen kuin kulkue lähti liikkeelle."),
    ("nl", "Schrijf je in voor de nieuwsbrief van de gemeente, adviseert de wethouder bewoners."),
    ("el", "Ακολουθήστε μας, φώναζαν οι διαδηλωτές καθώς προχωρούσαν προς τη Βουλή."),
    ("cs", "Odebírejte náš newsletter, vyzývala podvodná stránka, která kradla údaje."),
    ("vi", "Đăng ký nhận bản tin thời tiết qua tin nhắn là miễn phí, theo Sở Thông tin."),
    ("el", "Ακολουθήστε το χρήμα"),
    ("el", "Ακολουθήστε το παράδειγμα της Φινλανδίας, ζήτησε ο υπουργός από τους δημάρχους."),
    (
        "el",
        "Ακολουθήστε το 112 και μείνετε στα σπίτια σας, ανέφερε η Πολιτική Προστασία σε μήνυμα.",
    ),
    ("vi", "Theo dõi bão trên biển Đông, các tàu cá đã được lệnh vào bờ trú ẩn từ chiều qua."),
    ("vi", "Theo dõi tình hình trên địa bàn, chính quyền đã sơ tán hơn 300 hộ dân."),
    ("en", "The ransom note read: Contact us at recovery@lockbit-mail.example within 72 hours."),
    ("en", 'The hackers\' message ended: "Email us at deal@leak.example or the files go public."'),
    ("en", "The letter, signed by 40 parents, ended: Write to us at parents@school-group.example."),
    ("de", "Auf dem Flugblatt stand: Schreiben Sie uns an info@buergerinitiative.example."),
    (
        "de",
        "Die Erpresser schrieben: Kontaktieren Sie uns unter pay@leak.example binnen drei Tagen.",
    ),
]


@pytest.mark.parametrize(("lang", "line"), KEPT)
def test_story_sentence_with_call_words_stays(lang: str, line: str) -> None:
    ps = _story(lang)[1]
    got = _body(lang, [*ps[:2], line, *ps[2:]])
    assert line in got
    assert all(p in got for p in ps)


# ... while the sites' own calls in those languages still leave
CALLS = [
    ("el", "Ακολουθήστε το Beispiel.gr στο Google News"),
    ("vi", "Theo dõi Beispiel trên Facebook"),
    ("vi", "Đăng ký nhận bản tin, theo dõi chúng tôi trên Facebook"),
    ("hu", "Kövessen minket a Facebookon, ahol a legfrissebb híreket olvashatja!"),
]


@pytest.mark.parametrize(("lang", "line"), CALLS)
def test_site_call_naming_its_page_left_out(lang: str, line: str) -> None:
    ps = _story(lang)[1]
    got = _body(lang, [*ps[:2], line, *ps[2:]])
    assert line not in got
    assert all(p in got for p in ps)


def test_piano_wrapper_naming_the_offer_is_furniture() -> None:
    """'piano-offer-content' holds the offer, as 'piano-offer' does: its pitch stays out."""
    ps = STORIES["en"][1]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in ps)
    pitch = "Subscribe for just €1 a month to keep reading."
    doc = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Library</title></head>'
        f'<body><article><h1>{STORIES["en"][0]}</h1><div class="txt">{body}'
        f'<div class="piano-offer-content"><p>{pitch}</p></div></div></article></body></html>'
    )
    got = extract_article(doc, URL).body or ""
    assert all(p in got for p in ps)
    assert pitch not in got
