"""Month names and date shapes of 26 more languages, as unseen publishers print them (session 22).

Every sentence, date and address here is made up for the test. Each language's row is a page
with a byline's date line under the headline (the instant and the offset the page's country
keeps must come out), and a page of that language whose only date sits in a sentence of the
story (no publication date may be invented from it). Short month abbreviations that are words
of their own or other languages ("sat", "там", "fra") are read only on a page of their language,
in a date with its day and year. Solar Hijri days in Latin digits and Thai's "updated" inside a
longer word are here too.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest
from babel import Locale

from newsarchive.extract import extract_article, langwords
from newsarchive.extract.dates import parse_date, to_iso
from newsarchive.extract.datetext import MONTHS

FILLER = (
    "<p>"
    + "Ein erfundener Absatz über den Haushalt der Stadt und ihre Feuerwehr im Winter. " * 4
    + "</p>"
)

NEW_LANGUAGES = [
    "eu",
    "gl",
    "te",
    "ml",
    "kn",
    "gu",
    "pa",
    "si",
    "km",
    "my",
    "am",
    "kk",
    "mn",
    "ha",
    "zu",
    "ga",
    "cy",
    "mk",
    "be",
    "ky",
    "tg",
    "lo",
    "ps",
    "ku",
    "so",
    "mt",
]


def _page(lang: str, meta: str, body: str = FILLER) -> str:
    return (
        f"<html lang='{lang}'><body><article><h1>Ein erfundener Titel des Artikels</h1>"
        f"{meta}{body}</article></body></html>"
    )


# (language, address, the date line under the headline, published as read)
BYLINE_DATES = [
    (
        "eu",
        "https://www.albisteak.eus/a/1",
        "Argitaratua: 2026ko maiatzaren 13a, 15:44",
        "2026-05-13T15:44:00+02:00",
    ),
    (
        "gl",
        "https://www.novas.gal/a/1",
        "Publicado o 13 de maio de 2026 ás 15:44",
        "2026-05-13T15:44:00+02:00",
    ),
    (
        "te",
        "https://www.vartalu.in/a/1",
        "ప్రచురించబడింది: 13 మే 2026 15:44 IST",
        "2026-05-13T15:44:00+05:30",
    ),
    (
        "ml",
        "https://www.vartha.in/a/1",
        "പ്രസിദ്ധീകരിച്ചത്: 2026, മേയ് 13 15:44",
        "2026-05-13T15:44:00+05:30",
    ),
    ("kn", "https://www.suddi.in/a/1", "ಪ್ರಕಟಿಸಲಾಗಿದೆ: ೧೩ ಮೇ ೨೦೨೬, ೧೫:೪೪", "2026-05-13T15:44:00+05:30"),
    ("gu", "https://www.samachar.in/a/1", "પ્રકાશિત: ૧૩ મે, ૨૦૨૬ ૧૫:૪૪", "2026-05-13T15:44:00+05:30"),
    ("pa", "https://www.khabran.in/a/1", "ਪ੍ਰਕਾਸ਼ਿਤ: 13 ਮਈ 2026 15:44", "2026-05-13T15:44:00+05:30"),
    ("si", "https://www.puwath.lk/a/1", "පළ කළේ: 2026 මැයි 13 15:44", "2026-05-13T15:44:00+05:30"),
    (
        "km",
        "https://www.pormean.com.kh/a/1",
        "ចុះផ្សាយ៖ ថ្ងៃទី១៣ ខែឧសភា ឆ្នាំ២០២៦ ម៉ោង ១៥:៤៤",
        "2026-05-13T15:44:00+07:00",
    ),
    (
        "my",
        "https://www.thadinn.com.mm/a/1",
        "၂၀၂၆ ခုနှစ် မေလ ၁၃ ရက် ၁၅:၄၄",
        "2026-05-13T15:44:00+06:30",
    ),
    ("am", "https://www.zena.et/a/1", "የታተመው: 13 ሜይ 2026 15:44", "2026-05-13T15:44:00+03:00"),
    (
        "kk",
        "https://www.zhanalyq.kz/a/1",
        "Жарияланды: 2026 жылғы 13 мамыр 15:44",
        "2026-05-13T15:44:00+05:00",
    ),
    (
        "mn",
        "https://www.medee.mn/a/1",
        "Нийтэлсэн: 2026 оны 5-р сарын 13 15:44",
        "2026-05-13T15:44:00+08:00",
    ),
    (
        "ha",
        "https://www.labarai.ng/a/1",
        "An wallafa: 13 Mayu, 2026 15:44",
        "2026-05-13T15:44:00+01:00",
    ),
    (
        "zu",
        "https://www.izindaba.co.za/a/1",
        "Kushicilelwe: Meyi 13, 2026 15:44",
        "2026-05-13T15:44:00+02:00",
    ),
    (
        "ga",
        "https://www.nuacht.ie/a/1",
        "Foilsithe: 13 Meán Fómhair 2026 15:44",
        "2026-09-13T15:44:00+01:00",
    ),
    (
        "cy",
        "https://www.newyddion.cymru/a/1",
        "Cyhoeddwyd: 13 Mai 2026 15:44",
        "2026-05-13T15:44:00+01:00",
    ),
    ("mk", "https://www.vesti.mk/a/1", "Објавено: 13 мај 2026 15:44", "2026-05-13T15:44:00+02:00"),
    (
        "be",
        "https://www.naviny.by/a/1",
        "Апублікавана: 13 траўня 2026, 15:44",
        "2026-05-13T15:44:00+03:00",
    ),
    (
        "ky",
        "https://www.kabar.kg/a/1",
        "Жарыяланды: 13-май, 2026 15:44",
        "2026-05-13T15:44:00+06:00",
    ),
    (
        "tg",
        "https://www.akhbor.tj/a/1",
        "Нашр шуд: 13 майи соли 2026 15:44",
        "2026-05-13T15:44:00+05:00",
    ),
    (
        "lo",
        "https://www.khao.la/a/1",
        "ເຜີຍແຜ່: ວັນທີ ໑໓ ພຶດສະພາ ໒໐໒໖ ເວລາ ໑໕:໔໔",
        "2026-05-13T15:44:00+07:00",
    ),
    (
        "ps",
        "https://www.khabarone.af/a/1",
        "خپور شوی: 13 مۍ 2026 15:44",
        "2026-05-13T15:44:00+04:30",
    ),
    (
        "ku",
        "https://www.nuce.com.tr/a/1",
        "Hate weşandin: 13ê gulanê 2026 15:44",
        "2026-05-13T15:44:00+03:00",
    ),
    (
        "so",
        "https://www.wararka.so/a/1",
        "La daabacay: 13 Maayo 2026 15:44 EAT",
        "2026-05-13T15:44:00+03:00",
    ),
    (
        "mt",
        "https://www.ahbarijiet.mt/a/1",
        "Ippubblikat: 13 ta’ Mejju 2026 15:44",
        "2026-05-13T15:44:00+02:00",
    ),
]


@pytest.mark.parametrize(
    ("lang", "url", "line", "expected"), BYLINE_DATES, ids=[r[0] for r in BYLINE_DATES]
)
def test_a_byline_date_line_gives_the_instant_and_offset(
    lang: str, url: str, line: str, expected: str
) -> None:
    html = _page(
        lang,
        f"<div class='meta'><span class='author'>Ane Etxeberria</span> · <span>{line}</span></div>",
    )
    assert extract_article(html, url).published == expected


def test_every_new_language_has_a_byline_row() -> None:
    assert sorted(r[0] for r in BYLINE_DATES) == sorted(NEW_LANGUAGES)


# (language, a sentence of the story holding its only date)
PROSE = [
    (
        "eu",
        "Udalbatzak 2026ko maiatzaren 13an bilera egingo du aurrekontua eztabaidatzeko, alkateak jakinarazi duenez.",
    ),
    (
        "gl",
        "O concello reunirase o 13 de maio de 2026 para debater o orzamento, segundo informou a alcaldesa.",
    ),
    ("te", "నగర పాలక సంస్థ 13 మే 2026 న బడ్జెట్ పై చర్చించడానికి సమావేశం కానుంది అని మేయర్ తెలిపారు."),
    ("ml", "നഗരസഭ 2026 മേയ് 13 ന് ബജറ്റ് ചർച്ച ചെയ്യാൻ യോഗം ചേരുമെന്ന് മേയർ അറിയിച്ചു."),
    ("kn", "ನಗರ ಪಾಲಿಕೆ 13 ಮೇ 2026 ರಂದು ಬಜೆಟ್ ಕುರಿತು ಚರ್ಚಿಸಲು ಸಭೆ ಸೇರಲಿದೆ ಎಂದು ಮೇಯರ್ ತಿಳಿಸಿದರು."),
    ("gu", "મહાનગરપાલિકા 13 મે 2026 ના રોજ બજેટ અંગે ચર્ચા કરવા બેઠક યોજશે એમ મેયરે જણાવ્યું."),
    ("pa", "ਨਗਰ ਨਿਗਮ 13 ਮਈ 2026 ਨੂੰ ਬਜਟ ਬਾਰੇ ਚਰਚਾ ਕਰਨ ਲਈ ਮੀਟਿੰਗ ਕਰੇਗੀ, ਮੇਅਰ ਨੇ ਦੱਸਿਆ।"),
    ("si", "නගර සභාව 2026 මැයි 13 වන දින අයවැය ගැන සාකච්ඡා කිරීමට රැස්වන බව නගරාධිපතිවරයා පැවසීය."),
    ("km", "សាលាក្រុងនឹងប្រជុំនៅថ្ងៃទី១៣ ខែឧសភា ឆ្នាំ២០២៦ ដើម្បីពិភាក្សាអំពីថវិកា នេះបើតាមអភិបាលក្រុង។"),
    ("my", "မြို့တော်ဝန်က ၂၀၂၆ ခုနှစ် မေလ ၁၃ ရက်တွင် ဘတ်ဂျက်အကြောင်း ဆွေးနွေးရန် အစည်းအဝေး ကျင်းပမည်ဟု ပြောသည်။"),
    ("am", "የከተማው ምክር ቤት በ13 ሜይ 2026 በበጀቱ ላይ ለመወያየት ስብሰባ እንደሚያደርግ ከንቲባው ተናግረዋል።"),
    (
        "kk",
        "Қалалық мәслихат 2026 жылғы 13 мамыр күні бюджетті талқылау үшін жиналады, деп хабарлады әкім.",
    ),
    (
        "mn",
        "Хотын зөвлөл 2026 оны 5-р сарын 13-нд төсвийг хэлэлцэхээр хуралдана гэж хотын дарга мэдэгдэв.",
    ),
    (
        "ha",
        "Majalisar birnin za ta yi taro a ranar 13 Mayu, 2026 domin tattauna kasafin kuɗi, in ji magajin gari.",
    ),
    (
        "zu",
        "Umkhandlu wedolobha uzohlangana ngo Meyi 13, 2026 ukuxoxa ngesabelomali, kusho imeya yedolobha.",
    ),
    (
        "ga",
        "Tiocfaidh an chomhairle le chéile ar an 13 Bealtaine 2026 chun an buiséad a phlé, a dúirt an méara.",
    ),
    (
        "cy",
        "Bydd y cyngor yn cyfarfod ar 13 Mai 2026 i drafod y gyllideb newydd, meddai maer y dref ddoe.",
    ),
    (
        "mk",
        "Советот ќе се состане на 13 мај 2026 година за да разговара за буџетот, изјави градоначалникот.",
    ),
    (
        "be",
        "Гарадская рада збярэцца 13 траўня 2026 года, каб абмеркаваць бюджэт, паведаміў старшыня рады.",
    ),
    (
        "ky",
        "Шаардык кеңеш 2026-жылдын 13-майы бюджетти талкуулоо үчүн чогулат деп билдирди шаардын мэри.",
    ),
    (
        "tg",
        "Шӯрои шаҳр 13 майи соли 2026 барои муҳокимаи буҷет ҷамъ мешавад, гуфт раиси шаҳр имрӯз.",
    ),
    ("lo", "ສະພານະຄອນຈະປະຊຸມໃນວັນທີ 13 ພຶດສະພາ 2026 ເພື່ອປຶກສາຫາລືງົບປະມານ, ເຈົ້າຄອງນະຄອນກ່າວ."),
    (
        "ps",
        "د ښار شورا به د 13 مۍ 2026 په نېټه د بودیجې په اړه خبرې وکړي، ښاروال وویل چې غونډه به خلاصه وي.",
    ),
    ("ku", "Meclisa bajêr dê di 13ê gulanê 2026an de li ser budceyê bicive, şaredarê bajêr got."),
    (
        "so",
        "Golaha magaalada ayaa kulmi doona 13 Maayo 2026 si ay uga wada hadlaan miisaaniyadda, ayuu yiri duqa.",
    ),
    (
        "mt",
        "Il-kunsill se jiltaqa’ fl-13 ta’ Mejju 2026 biex jiddiskuti l-baġit il-ġdid, qal is-sindku.",
    ),
]


@pytest.mark.parametrize(("lang", "sentence"), PROSE, ids=[r[0] for r in PROSE])
def test_a_date_in_the_story_is_no_publication_date(lang: str, sentence: str) -> None:
    html = _page(lang, "", f"<p>{sentence}</p>{FILLER}")
    assert extract_article(html, "https://www.example.news/a/1").published is None


def test_every_new_language_has_a_prose_row() -> None:
    assert sorted(r[0] for r in PROSE) == sorted(NEW_LANGUAGES)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("eu", "Maiatzak 13, 2026", "2026-05-13T00:00:00"),  # "May 13th", the month first
        ("eu", "2026ko urriaren 3a", "2026-10-03T00:00:00"),
        ("eu", "2026ko ira. 3a", "2026-09-03T00:00:00"),  # an abbreviation on a Basque page
        ("gl", "3 xuño 2026", "2026-06-03T00:00:00"),
        ("te", "౩ అక్టోబర్ ౨౦౨౬", "2026-10-03T00:00:00"),  # Telugu digits
        (
            "ml",
            "3 ഒക്ടോബര്\u200d 2026",
            "2026-10-03T00:00:00",
        ),  # a chillu as consonant + virama + ZWJ
        ("ml", "൩ ജനുവരി ൨൦൨൬", "2026-01-03T00:00:00"),  # Malayalam digits
        ("pa", "੩ ਫਰਵਰੀ ੨੦੨੬", "2026-02-03T00:00:00"),  # Gurmukhi digits, no nukta
        ("si", "2026 ඔක්තෝබර් 3", "2026-10-03T00:00:00"),
        ("km", "៣ កុម្ភៈ ២០២៦", "2026-02-03T00:00:00"),  # Khmer digits
        ("my", "၃ ဖေဖော်ဝါရီ ၂၀၂၆", "2026-02-03T00:00:00"),  # Burmese digits
        ("lo", "໓ ກ.ພ. ໒໐໒໖", "2026-02-03T00:00:00"),  # Lao digits, a dotted abbreviation
        ("mn", "2026 оны арван хоёрдугаар сарын 3", "2026-12-03T00:00:00"),
        ("mn", "2026 оны 12 сарын 3", "2026-12-03T00:00:00"),
        ("kk", "3 қазан 2026", "2026-10-03T00:00:00"),
        ("ky", "2026-жылдын 3-октябры", "2026-10-03T00:00:00"),
        ("ga", "3 Deireadh Fómhair 2026", "2026-10-03T00:00:00"),
        ("be", "3 кастрычніка 2026", "2026-10-03T00:00:00"),
        ("mt", "3 ta' Settembru 2026", "2026-09-03T00:00:00"),
        ("ku", "3 cotmeh 2026", "2026-10-03T00:00:00"),
        (
            "ha",
            "3 sat. 2026",
            "2026-09-03T00:00:00",
        ),  # Hausa "Satumba" abbreviated, on a Hausa page
        ("kk", "3 там. 2026", "2026-08-03T00:00:00"),  # Kazakh "тамыз" abbreviated
        ("fa", "1403/09/15 - 14:30", "2024-12-05T14:30:00"),  # Solar Hijri, Latin digits
        ("fa", "1405-02-23", "2026-05-13T00:00:00"),
        ("fa", "15 آذر 1403", "2024-12-05T00:00:00"),
    ],
)
def test_dates_of_the_new_languages(lang: str, text: str, expected: str) -> None:
    found = parse_date(text, lang=lang)
    assert (to_iso(found) if found else None) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (None, "3 sat 2026"),  # "sat" is Hausa's September only on a Hausa page
        ("en", "3 sat 2026"),
        ("ru", "3 там 2026"),  # Russian "there"
        ("it", "3 fra 2026"),  # Italian "between"; Maltese February only on a Maltese page
        ("es", "3 mas 2026"),  # Zulu "Mashi" abbreviated
        ("en", "1403/09/15"),  # a Solar Hijri day only on a Persian or Pashto page
        ("ar", "1447/06/14"),  # an Arabic page's lunar Hijri day is no Solar one
        ("fa", "1447/06/14"),  # nor is a lunar year on a Persian page
    ],
)
def test_no_date_from_another_languages_words(lang: str | None, text: str) -> None:
    assert parse_date(text, lang=lang) is None


def test_own_abbreviations_are_no_month_words_beside_a_name() -> None:
    """authors.py reads MONTHS to cut a date from a byline: a page's "Sat" or "там" is no month."""
    assert not {"sat", "там", "fra", "gun", "mas", "ira", "జన", "ਅਗ"} & MONTHS.keys()


def test_solar_hijri_latin_digits_on_a_persian_page() -> None:
    html = _page("fa", "<div class='meta'>تاریخ انتشار: 1405/02/23 - 15:44</div>")
    assert (
        extract_article(html, "https://www.khabar.ir/news/1").published
        == "2026-05-13T15:44:00+03:30"
    )


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        # "ปรับปรุง" (updated) opening a longer word is no update label: "ปรับปรุงถนน" is road repairs
        ("ปรับปรุงถนนสายหลัก 3 ธ.ค. 2569 14:05 น.", "2026-12-03T14:05:00+07:00", None),
        (
            "ปรับปรุง 4 ธ.ค. 2569 10:00 น. | เผยแพร่ 3 ธ.ค. 2569 14:05 น.",
            "2026-12-03T14:05:00+07:00",
            "2026-12-04T10:00:00+07:00",
        ),
        (
            "ปรับปรุงเมื่อ 4 ธ.ค. 2569 10:00 น. | เผยแพร่เมื่อ 3 ธ.ค. 2569 14:05 น.",
            "2026-12-03T14:05:00+07:00",
            "2026-12-04T10:00:00+07:00",
        ),
    ],
)
def test_thai_updated_label_stands_alone(line: str, published: str, modified: str | None) -> None:
    html = _page("th", f"<div class='meta'>{line}</div>")
    art = extract_article(html, "https://www.khao.co.th/news/1")
    assert (art.published, art.modified) == (published, modified)


@pytest.mark.parametrize("lang", NEW_LANGUAGES)
def test_month_table_holds_cldr_names_of_the_new_languages(lang: str) -> None:
    """CLDR's full names of each month (one word) are in MONTH_NAMES at their month; its
    abbreviations in MONTH_NAMES or MONTH_OWN (or an earlier language's line, Kyrgyz "янв" is
    Russian's), unless one letter long or dotted (Lao's are in MONTH_DOTTED)."""
    names = [m.split() for m in langwords.MONTH_NAMES[lang].split("|")]
    own = [m.split() for m in langwords.MONTH_OWN.get(lang, "| | | | | | | | | | |").split("|")]
    dotted = langwords.MONTH_DOTTED.get(lang, "")
    assert len(names) == len(own) == 12
    loc = Locale.parse(lang)
    for width in ("wide", "abbreviated"):
        for number, name in loc.months["format"][width].items():
            word = name.lower().rstrip(".")
            if " " in word or len(word) < 2 or name in dotted or word == "mfómh" or word == "dfómh":
                continue
            kept = word in names[number - 1] + own[number - 1] or MONTHS.get(word) == number
            assert kept, (lang, width, word)


# (language, the updated stamp, the published stamp): both read, whichever comes first
STAMPS = [
    ("eu", "Eguneratua: 2026ko maiatzaren 14a, 10:00", "Argitaratua: 2026ko maiatzaren 13a, 15:44"),
    ("gl", "Actualizado: 14/05/2026 10:00", "Publicado: 13/05/2026 15:44"),
    ("te", "నవీకరించబడింది: 14 మే 2026 10:00", "ప్రచురించబడింది: 13 మే 2026 15:44"),
    ("kn", "ನವೀಕರಿಸಲಾಗಿದೆ: 14 ಮೇ 2026 10:00", "ಪ್ರಕಟಿಸಲಾಗಿದೆ: 13 ಮೇ 2026 15:44"),
    ("km", "កែប្រែ៖ ១៤ ឧសភា ២០២៦ ១០:០០", "ចុះផ្សាយ៖ ១៣ ឧសភា ២០២៦ ១៥:៤៤"),
    ("kk", "Жаңартылды: 14 мамыр 2026, 10:00", "Жарияланды: 13 мамыр 2026, 15:44"),
    ("mn", "Шинэчилсэн: 2026.05.14 10:00", "Нийтэлсэн: 2026.05.13 15:44"),
    ("cy", "Diweddarwyd: 14 Mai 2026 10:00", "Cyhoeddwyd: 13 Mai 2026 15:44"),
    ("ga", "Nuashonraithe: 14 Bealtaine 2026 10:00", "Foilsithe: 13 Bealtaine 2026 15:44"),
    ("mk", "Ажурирано: 14 мај 2026 10:00", "Објавено: 13 мај 2026 15:44"),
    ("be", "Абноўлена: 14 траўня 2026, 10:00", "Апублікавана: 13 траўня 2026, 15:44"),
    ("mt", "Aġġornat: 14 ta’ Mejju 2026 10:00", "Ippubblikat: 13 ta’ Mejju 2026 15:44"),
    ("ha", "An sabunta: 14 Mayu, 2026 10:00", "An wallafa: 13 Mayu, 2026 15:44"),
    ("lo", "ອັບເດດ: 14 ພຶດສະພາ 2026 10:00", "ເຜີຍແຜ່: 13 ພຶດສະພາ 2026 15:44"),
]


@pytest.mark.parametrize("updated_first", [True, False])
@pytest.mark.parametrize(("lang", "updated", "posted"), STAMPS, ids=[r[0] for r in STAMPS])
def test_updated_and_published_stamps(
    lang: str, updated: str, posted: str, updated_first: bool
) -> None:
    first, second = (updated, posted) if updated_first else (posted, updated)
    html = _page(lang, f"<div class='meta'><span>{first}</span> <span>{second}</span></div>")
    art = extract_article(html, "https://www.example.news/a/1")
    assert ((art.published or "")[:16], (art.modified or "")[:16]) == (
        "2026-05-13T15:44",
        "2026-05-14T10:00",
    )


# (a date line whose label runs on into the script's "latest", "when", "already" or "date"
# words, glued as Thai and Lao print them; published, modified)
GLUED_LABELS = [
    (
        "th",
        "อัปเดตล่าสุด 4 ธ.ค. 2569 10:00 น. | เผยแพร่ 3 ธ.ค. 2569 14:05 น.",
        "2026-12-03T14:05:00+07:00",
        "2026-12-04T10:00:00+07:00",
    ),
    (
        "th",
        "เผยแพร่ 3 ธ.ค. 2569 14:05 น. | อัปเดตล่าสุด 4 ธ.ค. 2569 10:00 น.",
        "2026-12-03T14:05:00+07:00",
        "2026-12-04T10:00:00+07:00",
    ),
    (
        "th",
        "แก้ไขล่าสุดเมื่อ 4 ธ.ค. 2569 10:00 น. | เผยแพร่เมื่อ 3 ธ.ค. 2569 14:05 น.",
        "2026-12-03T14:05:00+07:00",
        "2026-12-04T10:00:00+07:00",
    ),
    (
        "th",
        "ปรับปรุงแล้ว 4 ธ.ค. 2569 10:00 น. | เผยแพร่ 3 ธ.ค. 2569 14:05 น.",
        "2026-12-03T14:05:00+07:00",
        "2026-12-04T10:00:00+07:00",
    ),
    (
        "th",
        "อัปเดตล่าสุดเมื่อ 4 ธ.ค. 2569 10:00 น. | วันที่เผยแพร่ 3 ธ.ค. 2569 14:05 น.",
        "2026-12-03T14:05:00+07:00",
        "2026-12-04T10:00:00+07:00",
    ),
    (
        "th",
        "ปรับปรุงครั้งล่าสุด 4 ธ.ค. 2569 10:00 น. | เผยแพร่ 3 ธ.ค. 2569 14:05 น.",
        "2026-12-03T14:05:00+07:00",
        "2026-12-04T10:00:00+07:00",
    ),
    (
        "km",
        "ចុះផ្សាយនៅ៖ ១៣ ឧសភា ២០២៦ ១៥:៤៤ | កែប្រែចុងក្រោយ៖ ១៤ ឧសភា ២០២៦ ១០:០០",
        "2026-05-13T15:44:00+07:00",
        "2026-05-14T10:00:00+07:00",
    ),
    (
        "lo",
        "ອັບເດດລ່າສຸດ: 14 ພຶດສະພາ 2026 10:00 | ເຜີຍແຜ່ເມື່ອ: 13 ພຶດສະພາ 2026 15:44",
        "2026-05-13T15:44:00+07:00",
        "2026-05-14T10:00:00+07:00",
    ),
]


@pytest.mark.parametrize(("lang", "line", "published", "modified"), GLUED_LABELS)
def test_a_label_glued_to_latest_or_when_is_a_label(
    lang: str, line: str, published: str, modified: str
) -> None:
    """Thai and Lao print no space between words: "อัปเดตล่าสุด" ("last updated"), the most
    common update label, is "อัปเดต" glued to "ล่าสุด" (latest); its update time is no
    publication (before: the update was read as published, no modified)."""
    html = _page(lang, f"<div class='meta'>{line}</div>")
    art = extract_article(html, "https://www.example.news/a/1")
    assert (art.published, art.modified) == (published, modified)


# (address, the page's language tag, a date line, published as read): a region's domain
# (.gal, .eus, .cat, .cymru, .scot, .bzh) names its country's zone where the page's language
# tag names none (missing, a CMS's bare "es" or "pt", a Galician page tagged Portuguese)
REGION_DOMAINS = [
    ("https://www.novas.gal/a/1", None, "Publicado o 13 de xuño de 2026 ás 15:44", "+02:00"),
    ("https://www.novas.gal/a/1", "pt", "Publicado o 13 de xuño de 2026 ás 15:44", "+02:00"),
    ("https://www.albisteak.eus/a/1", "es", "2026ko ekainaren 13a, 15:44", "+02:00"),
    ("https://www.noticies.cat/a/1", None, "13 de juny de 2026, 15:44", "+02:00"),
    ("https://www.newyddion.cymru/a/1", None, "13 Mehefin 2026 15:44", "+01:00"),
    ("https://www.naidheachd.scot/a/1", "en", "13 June 2026 15:44", "+01:00"),
    ("https://www.keleier.bzh/a/1", None, "13/06/2026 15:44", "+02:00"),
]


@pytest.mark.parametrize(("url", "lang", "line", "offset"), REGION_DOMAINS)
def test_a_region_domain_names_its_countrys_zone(
    url: str, lang: str | None, line: str, offset: str
) -> None:
    tag = f" lang='{lang}'" if lang else ""
    html = (
        f"<html{tag}><body><article><h1>Ein erfundener Titel des Artikels</h1>"
        f"<div class='meta'>{line}</div>{FILLER}</article></body></html>"
    )
    assert extract_article(html, url).published == f"2026-06-13T15:44:00{offset}"


# CLDR's Mongolian months are two words ("tavdugaar sar", "5-r sar" in Cyrillic), which the
# table test above skips: each must be read as its month in a date.
def test_mongolian_cldr_months_are_read() -> None:
    loc = Locale.parse("mn")
    for width in ("wide", "abbreviated"):
        for number, name in loc.months["format"][width].items():
            found = parse_date(f"2026 оны {name}ын 3", lang="mn")
            assert found is not None and (found.year, found.month, found.day) == (2026, number, 3)


@pytest.mark.parametrize("line", ["تاریخ نشر: 1403/09/15 - 14:30", "تاریخ نشر: ۱۴۰۳/۰۹/۱۵ - ۱۴:۳۰"])
def test_a_dari_page_tagged_prs_reads_solar_hijri_in_kabuls_zone(line: str) -> None:
    """Dari's own code "prs" (Afghan sites tag it so, not "fa-AF"): its Solar Hijri days,
    Latin digits too, in Afghanistan's +04:30 (before: none, and a naive time)."""
    html = (
        "<html lang='prs'><body><article><h1>عنوان ساختگی خبر</h1>"
        f"<div class='meta'>{line}</div><p>"
        + "شورای شهر امروز درباره بودجه سال آینده و خدمات شهری گفتگو کرد و تصمیم گرفت. " * 4
        + "</p></article></body></html>"
    )
    assert (
        extract_article(html, "https://www.khabar.com/n/1").published == "2024-12-05T14:30:00+04:30"
    )


# A Persian CMS's plugin that prints its dates in the Solar Hijri calendar prints the page's
# metadata so too: an ISO-shaped stamp of year 1370-1419 is no Gregorian year any page has.
PERSIAN_MARKUP = [
    "<meta property='article:published_time' content='1403-09-15T14:30:00+03:30'>",
    "<script type='application/ld+json'>"
    '{"@type": "NewsArticle", "headline": "x", "datePublished": "1403-09-15T14:30:00+03:30"}'
    "</script>",
]


@pytest.mark.parametrize("head", PERSIAN_MARKUP, ids=["meta", "jsonld"])
def test_solar_hijri_iso_stamps_in_a_persian_pages_markup(head: str) -> None:
    html = (
        f"<html lang='fa'><head>{head}</head><body><article><h1>عنوان ساختگی خبر</h1><p>"
        + "شورای شهر امروز درباره بودجه سال آینده و خدمات شهری گفتگو کرد و تصمیم گرفت. " * 4
        + "</p></article></body></html>"
    )
    assert (
        extract_article(html, "https://www.khabar.ir/n/1").published == "2024-12-05T14:30:00+03:30"
    )
