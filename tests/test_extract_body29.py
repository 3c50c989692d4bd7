"""Body text of invented pages: the site's calls set inside the text column leave the body in
the languages of unseen sites (a newsletter or follow call in Dutch, Hungarian, Finnish, Greek,
Vietnamese, Thai; a tip call giving the newsroom's address), while the story's sentences that
open with a call's words and then say who made it ("Follow X on Google News, the company told
publishers ...") stay, as does a "Comments 2024" heading (a year, no counter). Text without
spaces between words (Thai, Chinese) comes through whole, a paragraph a line. Invented sites and
stories."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import html

import pytest

from benchmarks.body_invented import STORIES
from newsarchive.extract import extract_article
from tests.plugins.body_pages import URL, WHERE, story_body, with_line

# stories in the languages body_invented.py does not hold
MORE_STORIES: dict[str, tuple[str, list[str]]] = {
    "fi": (
        "Kaupunginkirjasto avautui kahden vuoden remontin jälkeen",
        [
            "Keskustan kirjasto avasi ovensa lauantaiaamuna remontin jälkeen, joka kesti kaksi vuotta ja maksoi paljon arvioitua enemmän.",
            "Sadat lukijat jonottivat sateessa ennen avajaisia, ja pormestari sekä johtava kirjastonhoitaja tervehtivät ensimmäisiä kävijöitä ovella.",
            "Rakennuksessa on nyt lukusali katolla, lasten työpaja ja pidemmät aukioloajat arki-iltaisin, kaupunki kertoi tiedotteessaan.",
            "Valtuuston kriitikot olivat varoittaneet kustannusten noususta, mutta useimmat heistä osallistuivat juhlaan ja kehuivat lopputulosta.",
        ],
    ),
    "hu": (
        "Két év felújítás után újra megnyílt a városi könyvtár",
        [
            "A központi könyvtár szombat reggel nyitotta meg kapuit egy két évig tartó felújítás után, amely jóval többe került a tervezettnél.",
            "Olvasók százai álltak sorban az esőben a megnyitó előtt, az első látogatókat a polgármester és a könyvtár vezetője fogadta a bejáratnál.",
            "Az épületben most olvasóterem van a tetőn, gyerekműhely és hosszabb nyitvatartás hétköznap esténként, közölte a város.",
            "A képviselő-testület bírálói figyelmeztettek a költségek gyors növekedésére, de többségük részt vett az ünnepségen és dicsérte az eredményt.",
        ],
    ),
    "vi": (
        "Thư viện thành phố mở cửa trở lại sau hai năm cải tạo",
        [
            "Thư viện trung tâm đã mở cửa trở lại vào sáng thứ Bảy sau đợt cải tạo kéo dài hai năm với chi phí cao hơn nhiều so với dự kiến ban đầu.",
            "Hàng trăm độc giả xếp hàng dưới mưa trước giờ khai trương, và những vị khách đầu tiên được thị trưởng cùng giám đốc thư viện chào đón tại cửa.",
            "Tòa nhà hiện có phòng đọc trên sân thượng, xưởng sáng tạo cho trẻ em và giờ mở cửa dài hơn vào các buổi tối trong tuần, thành phố cho biết.",
            "Các nhà phê bình trong hội đồng từng cảnh báo chi phí tăng quá nhanh, nhưng phần lớn họ đã dự buổi lễ và khen ngợi kết quả.",
        ],
    ),
    "el": (
        "Η δημοτική βιβλιοθήκη ξανανοίγει μετά από δύο χρόνια ανακαίνισης",
        [
            "Η κεντρική βιβλιοθήκη άνοιξε ξανά τις πόρτες της το πρωί του Σαββάτου μετά από ανακαίνιση που κράτησε δύο χρόνια και κόστισε πολύ περισσότερο από το αναμενόμενο.",
            "Εκατοντάδες αναγνώστες περίμεναν στη βροχή πριν από τα εγκαίνια, και τους πρώτους επισκέπτες υποδέχθηκαν ο δήμαρχος και η διευθύντρια της βιβλιοθήκης.",
            "Το κτίριο διαθέτει πλέον αναγνωστήριο στην ταράτσα, εργαστήρι για παιδιά και μεγαλύτερο ωράριο τα βράδια των καθημερινών, ανέφερε ο δήμος.",
            "Οι επικριτές στο δημοτικό συμβούλιο είχαν προειδοποιήσει για το κόστος, όμως οι περισσότεροι παρευρέθηκαν στην τελετή και επαίνεσαν το αποτέλεσμα.",
        ],
    ),
    "th": (
        "ห้องสมุดเมืองเปิดให้บริการอีกครั้งหลังปรับปรุงสองปี",
        [
            "ห้องสมุดกลางเปิดประตูต้อนรับผู้อ่านอีกครั้งเมื่อเช้าวันเสาร์หลังการปรับปรุงที่ใช้เวลาสองปีและใช้งบประมาณสูงกว่าที่วางแผนไว้มาก",
            "ผู้อ่านหลายร้อยคนต่อแถวท่ามกลางสายฝนก่อนพิธีเปิดและผู้มาเยือนกลุ่มแรกได้รับการต้อนรับจากนายกเทศมนตรีและบรรณารักษ์ใหญ่ที่ทางเข้า",
            "อาคารใหม่มีห้องอ่านหนังสือบนดาดฟ้าห้องกิจกรรมสำหรับเด็กและเวลาเปิดที่ยาวขึ้นในช่วงเย็นวันธรรมดาตามที่เทศบาลระบุ",
            "สมาชิกสภาที่วิจารณ์โครงการเคยเตือนว่าค่าใช้จ่ายเพิ่มขึ้นเร็วเกินไปแต่ส่วนใหญ่ก็มาร่วมพิธีและชื่นชมผลงาน",
        ],
    ),
}


def _story(lang: str) -> tuple[str, list[str]]:
    return MORE_STORIES[lang] if lang in MORE_STORIES else STORIES[lang]


def _body(lang: str, paragraphs: list[str], joined: str = "p") -> str:
    return story_body(lang, _story(lang)[0], paragraphs, joined)


# The site's calls, in the languages the looked-at pages do not show
CALLS = [
    ("nl", "Schrijf je in voor onze nieuwsbrief"),
    ("nl", "Meld je aan voor de gratis nieuwsbrief"),
    ("hu", "Iratkozzon fel hírlevelünkre!"),
    ("hu", "Kövessen minket a Facebookon is!"),
    ("fi", "Seuraa meitä Instagramissa"),
    ("el", "Ακολουθήστε μας στο Facebook"),
    ("vi", "Theo dõi chúng tôi trên Facebook"),
    ("vi", "Đăng ký nhận bản tin miễn phí"),
    ("th", "ติดตามเราได้ที่เฟซบุ๊ก"),
    ("cs", "Odebírejte náš newsletter"),
    # a tip call giving the newsroom's address, after a question to the reader
    ("en", "Are protests breaking out in your area? Get in touch at news@stadtblatt.example"),
    ("en", "Have you been affected? Email us at tips@stadtblatt.example"),
    ("de", "Haben Sie etwas beobachtet? Schreiben Sie uns an leser@stadtblatt.example"),
    ("nl", "Heb je een tip? Mail ons via tips@stadtblatt.example"),
]


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize(("lang", "line"), CALLS)
def test_site_call_in_the_text_left_out(lang: str, line: str, where: str) -> None:
    ps = _story(lang)[1]
    got = _body(lang, with_line(ps, line, where))
    assert line not in got
    assert all(p in got for p in ps)


# The story's sentences that open with a call's words, or name a count's word with a year
KEPT = [
    (
        "en",
        "Follow Beispiel on Google News, the company told publishers in a letter on Tuesday, and the old feed will close.",
    ),
    ("en", "Sign up for the new bus pass by Friday, officials urged residents at the meeting."),
    ("en", "Subscribe to the council's alerts, the mayor advised parents after the flood."),
    ("en", "Comments 2024"),
    ("de", "Kommentare 2023"),
    # a tip call the story reports: the police's call, said by someone
    (
        "en",
        "Anyone with information should get in touch at appeal@police.example, a spokesman said.",
    ),
    ("fi", "Seuraa meitä, sanoi johtaja kokouksessa, ja hän jatkoi puhettaan."),
    ("hu", "Kövessen minket, mondta a polgármester a tüntetőknek a téren."),
]


@pytest.mark.parametrize(("lang", "line"), KEPT)
def test_story_sentence_like_a_call_stays(lang: str, line: str) -> None:
    ps = _story(lang)[1]
    got = _body(lang, [*ps[:2], line, *ps[2:]])
    assert line in got


@pytest.mark.parametrize("joined", ["p", "br"])
@pytest.mark.parametrize("lang", ["th", "zh", "ja"])
def test_text_without_spaces_comes_through_a_paragraph_a_line(lang: str, joined: str) -> None:
    """The scorer splits words at spaces and marks: a paragraph run into the next one would
    join the last word of one to the first of the other, so each stays a line of its own."""
    ps = _story(lang)[1]
    got = _body(lang, ps, joined).split("\n")
    for p in ps:
        assert p in got


# A paywall vendor's wrapper round the text it locks (Piano's "piano-inline-content-wrapper")
# holds the article's rest; the vendor's slot alone ("piano-offer") holds its offer.
@pytest.mark.parametrize(
    ("wrapper", "kept"),
    [
        (
            '<div id="piano-inline-content-wrapper"><div class="content-lock-content">{}</div></div>',
            True,
        ),
        ('<div class="piano-content">{}</div>', True),
        ('<div class="piano-offer">{}</div>', False),
    ],
)
def test_paywall_vendor_wrapper_round_the_text(wrapper: str, kept: bool) -> None:
    ps = STORIES["en"][1]
    rest = "".join(f"<p>{html.escape(p)}</p>" for p in ps[1:])
    doc = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Library</title></head>'
        f'<body><article><h1>{STORIES["en"][0]}</h1><div class="txt"><p>{html.escape(ps[0])}</p>'
        + wrapper.format(rest)
        + "</div></article></body></html>"
    )
    got = extract_article(doc, URL).body or ""
    assert ps[0] in got
    assert all((p in got) is kept for p in ps[1:])


# "Read also" labels of unseen sites over another page's title: the title unlinked after the
# label ("Lesen Sie dazu: <title>"), or linked in the block under the label alone
READ_ALSO = [
    "Lesen Sie dazu",
    "Přečtěte si také",
    "Olvassa el ezt is",
    "אולי יעניין אותך",
    "Ayrıca okuyun",
    "Saiba mais",
    "Lue lisää",
]
TITLE = "Stadt plant neue Brücke über den Fluss bis 2030"


@pytest.mark.parametrize("form", ["after_label", "under_label"])
@pytest.mark.parametrize("label", READ_ALSO)
def test_read_also_label_and_title_left_out(label: str, form: str) -> None:
    ps = STORIES["en"][1]
    promo = (
        f"<p><strong>{html.escape(label)}:</strong> {TITLE}</p>"
        if form == "after_label"
        else f'<p>{html.escape(label)}</p><p><a href="/n/bruecke-1.html">{TITLE}</a></p>'
    )
    inner = "".join(f"<p>{html.escape(p)}</p>" for p in ps[:2]) + promo
    inner += "".join(f"<p>{html.escape(p)}</p>" for p in ps[2:])
    doc = (
        '<!doctype html><html><head><meta charset="utf-8"><title>Library</title></head>'
        f'<body><div class="k3x"><h1>{STORIES["en"][0]}</h1><div class="a1b2">{inner}</div>'
        "</div></body></html>"
    )
    got = extract_article(doc, URL).body or ""
    assert label not in got and TITLE not in got
    assert all(p in got for p in ps)


# ... and the writer's sentence after such words stays ("Saiba mais: o prazo ...", lower case)
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "pt",
            "Saiba mais: o prazo para a inscrição termina na segunda-feira, disse a prefeitura.",
        ),
        ("pt", "Saiba mais sobre o programa no site da prefeitura, que abre as inscrições amanhã."),
        (
            "de",
            "Lesen Sie dazu den Bericht der Kommission, forderte die Sprecherin die Abgeordneten auf.",
        ),
    ],
)
def test_sentence_opening_with_read_also_words_stays(lang: str, line: str) -> None:
    ps = STORIES[lang][1]
    got = _body(lang, [*ps[:2], line, *ps[2:]])
    assert line in got
