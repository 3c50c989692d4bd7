"""The published instant on pages of unseen publishers (issue 10, session 25): the offset a
wall clock stands in, from the page's country (domain, language and region) with summer
time, from zone labels printed beside it ("MEZ", "GMT+2", "WIB", "IST"), and from a
machine stamp with an offset beside one without; a date meta and its twin time meta read
as one instant; Tigrinya from Ethiopia in the Ethiopian calendar; Khmer days in May before
Visak Bochea; a reader's letter signed with an `<address>` inside the story.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest
from babel import Locale

from newsarchive.extract import extract_article, langwords
from newsarchive.extract.dateparse import parse_date
from tests.plugins.dated_pages import FETCHED as _FETCHED
from tests.plugins.dated_pages import article_ld as _ld
from tests.plugins.dated_pages import meta as _meta
from tests.plugins.dated_pages import meta_line as _p
from tests.plugins.dated_pages import news_url as _u
from tests.plugins.dated_pages import page as _page

# a sentence of the story stating an event's time in the zone of where it happened
_STORY = "<p>The vote closed at {} on 3 December 2026, officials said.</p>"


CASES = [
    # a wall clock on the page, zoned by the page's country (domain), winter and summer
    ("pt-br-winter", _u("com.br"), "pt-BR", "", _p("03/12/2026 14h25"), None, "2026-12-03T14:25:00-03:00"),
    ("pt-pt-winter", _u("pt"), "pt-PT", "", _p("3 de dezembro de 2026, 14:25"), None, "2026-12-03T14:25:00+00:00"),
    ("pt-pt-summer", _u("pt"), "pt-PT", "", _p("3 de julho de 2026, 14:25"), None, "2026-07-03T14:25:00+01:00"),
    ("pl-winter", _u("pl"), "pl", "", _p("3 grudnia 2026, 14:25"), None, "2026-12-03T14:25:00+01:00"),
    ("pl-summer", _u("pl"), "pl", "", _p("3 lipca 2026, 14:25"), None, "2026-07-03T14:25:00+02:00"),
    ("cs-winter", _u("cz"), "cs", "", _p("3. prosince 2026 14:25"), None, "2026-12-03T14:25:00+01:00"),
    ("sk-summer", _u("sk"), "sk", "", _p("3. júla 2026 o 14:25"), None, "2026-07-03T14:25:00+02:00"),
    ("hu-winter", _u("hu"), "hu", "", _p("2026. december 3. 14:25"), None, "2026-12-03T14:25:00+01:00"),
    ("ro-winter", _u("ro"), "ro", "", _p("3 decembrie 2026, 14:25"), None, "2026-12-03T14:25:00+02:00"),
    ("ro-summer", _u("ro"), "ro", "", _p("3 iulie 2026, 14:25"), None, "2026-07-03T14:25:00+03:00"),
    ("el-winter", _u("gr"), "el", "", _p("3 Δεκεμβρίου 2026, 14:25"), None, "2026-12-03T14:25:00+02:00"),
    ("he-summer", _u("co.il"), "he", "", _p("03.07.2026 14:25"), None, "2026-07-03T14:25:00+03:00"),
    ("ar-sa", _u("sa"), "ar", "", _p("3 ديسمبر 2026 14:25"), None, "2026-12-03T14:25:00+03:00"),
    ("fa-ir", _u("ir"), "fa", "", _p("۱۲ آذر ۱۴۰۵ - ۱۴:۲۵"), None, "2026-12-03T14:25:00+03:30"),
    ("hi-in", _u("in"), "hi", "", _p("3 दिसंबर 2026, 14:25"), None, "2026-12-03T14:25:00+05:30"),
    ("bn-bd", _u("com.bd"), "bn", "", _p("৩ ডিসেম্বর ২০২৬, ১৪:২৫"), None, "2026-12-03T14:25:00+06:00"),
    ("ur-pk", _u("com.pk"), "ur", "", _p("3 دسمبر 2026، 14:25"), None, "2026-12-03T14:25:00+05:00"),
    ("id-wib", _u("co.id"), "id", "", _p("Kamis, 3 Desember 2026 14:25 WIB"), None, "2026-12-03T14:25:00+07:00"),
    ("ms-my", _u("com.my"), "ms", "", _p("3 Disember 2026, 14:25"), None, "2026-12-03T14:25:00+08:00"),
    ("th", _u("co.th"), "th", "", _p("3 ธันวาคม 2569 14:25 น."), None, "2026-12-03T14:25:00+07:00"),
    ("vi", _u("vn"), "vi", "", _p("03/12/2026 14:25"), None, "2026-12-03T14:25:00+07:00"),
    ("fil", _u("ph"), "fil", "", _p("Disyembre 3, 2026 2:25 PM"), None, "2026-12-03T14:25:00+08:00"),
    ("sw-tz", _u("co.tz"), "sw", "", _p("3 Desemba 2026 14:25"), None, "2026-12-03T14:25:00+03:00"),
    ("uk-winter", _u("ua"), "uk", "", _p("3 грудня 2026, 14:25"), None, "2026-12-03T14:25:00+02:00"),
    ("uk-summer", _u("ua"), "uk", "", _p("3 липня 2026, 14:25"), None, "2026-07-03T14:25:00+03:00"),
    ("fi", _u("fi"), "fi", "", _p("3.12.2026 klo 14.25"), None, "2026-12-03T14:25:00+02:00"),
    ("et", _u("ee"), "et", "", _p("3. detsember 2026 14:25"), None, "2026-12-03T14:25:00+02:00"),
    ("ca-es", _u("cat"), "ca", "", _p("3 de desembre de 2026, 14:25"), None, "2026-12-03T14:25:00+01:00"),
    # Nepali's own spellings of the Gregorian months
    ("ne-np", _u("com.np"), "ne", "", _p("३ डिसेम्बर २०२६, १४:२५"), None, "2026-12-03T14:25:00+05:45"),
    ("ne-june", _u("com.np"), "ne", "", _p("१७ जुन २०२६"), None, "2026-06-17"),
    ("ne-april-first", _u("com.np"), "ne", "", _p("अप्रिल ५, २०२६"), None, "2026-04-05"),
    # a language of one country on a .com page: Filipino's (CLDR's `fil`)
    ("fil-com", _u("com"), "fil", "", _p("Disyembre 3, 2026 2:25 PM"), None, "2026-12-03T14:25:00+08:00"),
    # the country from the language tag's region on a .com page
    ("pt-br-com", _u("com"), "pt-BR", "", _p("3 de dezembro de 2026, 14:25"), None, "2026-12-03T14:25:00-03:00"),
    ("es-ar-com", _u("com"), "es-AR", "", _p("3 de diciembre de 2026, 14:25"), None, "2026-12-03T14:25:00-03:00"),
    ("ar-eg-summer", _u("com"), "ar-EG", "", _p("3 يوليو 2026 14:25"), None, "2026-07-03T14:25:00+03:00"),
    # a clock in words: Vietnamese "giờ"; a dotted time with its word ("klo", "kl.") before the day
    ("vi-gio", _u("vn"), "vi", "", _p("Thứ năm, 3/12/2026 - 14 giờ 25"), None, "2026-12-03T14:25:00+07:00"),
    ("vi-gio-phut-first", _u("vn"), "vi", "", _p("Cập nhật lúc 14 giờ 25 phút, ngày 03/12/2026"), None, "2026-12-03T14:25:00+07:00"),
    ("vi-gio-unspaced", _u("com"), "vi", "", _p("3/12/2026 14giờ25"), None, "2026-12-03T14:25:00+07:00"),
    ("fi-klo-before-day", _u("fi"), "fi", "", _p("Julkaistu klo 14.25 | 3.12.2026"), None, "2026-12-03T14:25:00+02:00"),
    ("nb-kl-before-day", _u("no"), "nb", "", _p("kl. 14.25 3. desember 2026"), None, "2026-12-03T14:25:00+01:00"),
    ("sv-klockan-before-day", _u("se"), "sv", "", _p("klockan 14.25, 3 december 2026"), None, "2026-12-03T14:25:00+01:00"),
    ("et-dotted-no-word-before-day", _u("ee"), "et", "", _p("14.25 | 3.12.2026"), None, "2026-12-03"),
    # a zone's label beside the time
    ("de-mez", _u("com"), "de", "", _p("3. Dezember 2026, 14:25 Uhr MEZ"), None, "2026-12-03T14:25:00+01:00"),
    ("de-mesz", _u("com"), "de", "", _p("3. Juli 2026, 14:25 Uhr MESZ"), None, "2026-07-03T14:25:00+02:00"),
    ("en-gmt-plus-2", _u("com"), "en", "", _p("3 December 2026, 14:25 GMT+2"), None, "2026-12-03T14:25:00+02:00"),
    ("vi-gmt-plus-7", _u("com"), "vi", "", _p("03/12/2026 14:25 (GMT+7)"), None, "2026-12-03T14:25:00+07:00"),
    ("en-utc-plus-0530", _u("com"), "en", "", _p("3 December 2026, 14:25 (UTC+05:30)"), None, "2026-12-03T14:25:00+05:30"),
    ("id-wita", _u("com"), "id", "", _p("3 Desember 2026 14:25 WITA"), None, "2026-12-03T14:25:00+08:00"),
    ("id-wit", _u("com"), "id", "", _p("3 Desember 2026 14:25 WIT"), None, "2026-12-03T14:25:00+09:00"),
    ("en-in-ist", _u("com"), "en-IN", "", _p("December 3, 2026 2:25 PM IST"), None, "2026-12-03T14:25:00+05:30"),
    ("en-ie-ist-summer", _u("ie"), "en-IE", "", _p("3 July 2026, 14:25 IST"), None, "2026-07-03T14:25:00+01:00"),
    ("he-ist", _u("co.il"), "he", "", _p("03.12.2026 14:25 IST"), None, "2026-12-03T14:25:00+02:00"),
    ("en-pkt", _u("com"), "en", "", _p("December 3, 2026 2:25 PM PKT"), None, "2026-12-03T14:25:00+05:00"),
    ("en-eet", _u("com"), "en", "", _p("3 December 2026, 14:25 EET"), None, "2026-12-03T14:25:00+02:00"),
    ("en-eest", _u("com"), "en", "", _p("3 July 2026, 14:25 EEST"), None, "2026-07-03T14:25:00+03:00"),
    ("en-cet", _u("com"), "en", "", _p("3 December 2026, 14:25 CET"), None, "2026-12-03T14:25:00+01:00"),
    ("en-eat", _u("com"), "en", "", _p("3 December 2026, 14:25 EAT"), None, "2026-12-03T14:25:00+03:00"),
    ("en-sast", _u("com"), "en", "", _p("3 December 2026, 14:25 SAST"), None, "2026-12-03T14:25:00+02:00"),
    ("en-wat", _u("com"), "en", "", _p("3 December 2026, 14:25 WAT"), None, "2026-12-03T14:25:00+01:00"),
    # a zone in words: a city's or a country's time in English, Arabic's in brackets, without its "in"
    ("en-nairobi-time", _u("com"), "en", "", _p("3 December 2026, 14:25 Nairobi time"), None, "2026-12-03T14:25:00+03:00"),
    ("en-pakistan-standard-time", _u("com"), "en", "", _p("3 December 2026, 2:25 p.m. (Pakistan Standard Time)"), None, "2026-12-03T14:25:00+05:00"),
    ("en-berlin-time-summer", _u("com"), "en", "", _p("July 3, 2026 2:25 PM Berlin time"), None, "2026-07-03T14:25:00+02:00"),
    ("en-cairo-time-summer", _u("com"), "en", "", _p("3 July 2026, 14:25 Cairo time"), None, "2026-07-03T14:25:00+03:00"),
    ("en-philippine-time", _u("com"), "en", "", _p("December 3, 2026 2:25 PM Philippine Time"), None, "2026-12-03T14:25:00+08:00"),
    ("ar-cairo-bracketed", _u("com"), "ar", "", _p("الخميس 3 ديسمبر 2026 14:25 (توقيت القاهرة)"), None, "2026-12-03T14:25:00+02:00"),
    ("ar-cairo-bracketed-in", _u("com"), "ar", "", _p("الخميس 3 ديسمبر 2026 14:25 (بتوقيت القاهرة)"), None, "2026-12-03T14:25:00+02:00"),
    ("ar-mecca-bare", _u("com"), "ar", "", _p("الخميس 3 ديسمبر 2026 14:25 توقيت مكة المكرمة"), None, "2026-12-03T14:25:00+03:00"),
    ("fa-tehran-bracketed", _u("com"), "fa", "", _p("۱۲ آذر ۱۴۰۵ ساعت ۱۴:۲۵ (به وقت تهران)"), None, "2026-12-03T14:25:00+03:30"),
    ("ar-month-gloss-still-dropped", _u("com.lb"), "ar", "", _p("3 كانون الأول (ديسمبر) 2026 14:25"), None, "2026-12-03T14:25:00+02:00"),
    # abbreviations of one-offset zones
    ("en-aft", _u("com"), "en", "", _p("3 December 2026, 14:25 AFT"), None, "2026-12-03T14:25:00+04:30"),
    ("en-slst", _u("com"), "en", "", _p("3 December 2026, 14:25 SLST"), None, "2026-12-03T14:25:00+05:30"),
    ("en-mmt", _u("com"), "en", "", _p("3 December 2026, 2:25 PM MMT"), None, "2026-12-03T14:25:00+06:30"),
    ("es-vet", _u("com"), "es", "", _p("3 de diciembre de 2026, 14:25 VET"), None, "2026-12-03T14:25:00-04:00"),
    ("en-get-as-a-word", _u("com"), "en", "", _p("The GET request at 3 December 2026, 14:25"), None, "2026-12-03T14:25:00"),
    # ... that are also words in capitals: no zone in a line of capitals, none against the page's country
    ("en-get-capitals-line", _u("com"), "en", "", _p("3 December 2026, 14:25 GET THE APP"), None, "2026-12-03T14:25:00"),
    ("en-mmt-capitals-line", _u("com"), "en", "", _p("3 DECEMBER 2026, 14:25 MMT DEBATE"), None, "2026-12-03T14:25:00"),
    ("de-mut-headline", _u("de"), "de", "", _p("3. Dezember 2026, 14:25 MUT ZUR LÜCKE"), None, "2026-12-03T14:25:00+01:00"),
    ("en-gb-get-alone", _u("co.uk"), "en-GB", "", _p("3 December 2026, 14:25 GET"), None, "2026-12-03T14:25:00+00:00"),
    ("en-gb-vet-capitals", _u("co.uk"), "en-GB", "", _p("3 December 2026, 14:25 VET NEWS"), None, "2026-12-03T14:25:00+00:00"),
    ("en-mm-mmt", _u("com.mm"), "en", "", _p("3 December 2026, 14:25 MMT"), None, "2026-12-03T14:25:00+06:30"),
    ("es-ve-vet", _u("com.ve"), "es", "", _p("3 de diciembre de 2026, 14:25 VET"), None, "2026-12-03T14:25:00-04:00"),
    ("ka-ge-get", _u("ge"), "en", "", _p("3 December 2026, 14:25 GET"), None, "2026-12-03T14:25:00+04:00"),
    # a zone the story's sentence names is the event's, not the page's offset for its byline
    ("en-gb-story-nairobi-time", _u("co.uk"), "en-GB", "", _p("3 December 2026, 14:25") + _STORY.format("17:00 Nairobi time"), None, "2026-12-03T14:25:00+00:00"),
    ("en-gb-story-berlin-time", _u("co.uk"), "en-GB", "", _p("3 December 2026, 14:25") + _STORY.format("17:00 Berlin time"), None, "2026-12-03T14:25:00+00:00"),
    ("en-gb-story-cet", _u("co.uk"), "en-GB", "", _p("3 December 2026, 14:25") + _STORY.format("17:00 CET"), None, "2026-12-03T14:25:00+00:00"),
    ("en-com-story-moscow-time", _u("com"), "en", "", _p("3 December 2026, 14:25") + _STORY.format("17:00 Moscow time"), None, "2026-12-03T14:25:00"),
    ("en-com-story-gmt-plus-3", _u("com"), "en", "", _p("3 December 2026, 14:25") + _STORY.format("17:00 (GMT+3)"), None, "2026-12-03T14:25:00"),
    ("pl-story-eat", _u("pl"), "pl", "", _p("3 grudnia 2026, 14:25") + "<p>Głosowanie zakończyło się o 17:00 EAT 3 grudnia 2026, podali urzędnicy.</p>", None, "2026-12-03T14:25:00+01:00"),
    ("en-byline-nairobi-time-kept", _u("com"), "en", "", _p("3 December 2026, 14:25 Nairobi time") + _STORY.format("17:00 Berlin time"), None, "2026-12-03T14:25:00+03:00"),
    # a machine stamp without an offset beside one with it: the page's own offset
    ("pl-ld-naive-meta-aware", _u("com"), "pl", _meta("article:modified_time", "2026-12-03T15:00:00+01:00"), "", _ld(datePublished="2026-12-03T14:25:00"), "2026-12-03T14:25:00+01:00"),
    ("ro-ld-naive-modified-aware", _u("com"), "ro", "", "", _ld(datePublished="2026-07-03T14:25:00", dateModified="2026-07-03T15:00:00+03:00"), "2026-07-03T14:25:00+03:00"),
    ("uk-meta-naive-ld-aware", _u("com"), "uk", _meta("article:published_time", "2026-12-03T14:25:00"), "", _ld(dateModified="2026-12-03T16:00:00+02:00"), "2026-12-03T14:25:00+02:00"),
    ("id-ld-naive-site", _u("co.id"), "id", "", "", _ld(datePublished="2026-12-03T14:25:00"), "2026-12-03T14:25:00+07:00"),
    # a date meta and its twin time meta: one instant
    ("en-page-date-time-metas", _u("co.za"), "en", _meta("page_date_published", "2026-12-03") + _meta("page_time_published", "14:25"), "", None, "2026-12-03T14:25:00+02:00"),
    ("pl-publish-date-time-metas", _u("pl"), "pl", _meta("publish_date", "2026-12-03") + _meta("publish_time", "14.25"), "", None, "2026-12-03T14:25:00+01:00"),
    ("cs-date-time-metas-offset", _u("com"), "cs", _meta("story_date_published", "2026-07-03") + _meta("story_time_published", "14:25:00+02:00"), "", None, "2026-07-03T14:25:00+02:00"),
    ("sk-time-meta-whole-stamp", _u("sk"), "sk", _meta("page_date_published", "2026-12-03") + _meta("page_time_published", "2026-12-03T14:25:00+01:00"), "", None, "2026-12-03T14:25:00+01:00"),
    ("ro-time-meta-other-day", _u("ro"), "ro", _meta("page_date_published", "2026-12-03") + _meta("page_time_published", "2026-12-01T14:25:00+02:00"), "", None, "2026-12-03"),
    ("hu-date-meta-alone", _u("hu"), "hu", _meta("page_date_published", "2026-12-03"), "", None, "2026-12-03"),
    # Tigrinya from Ethiopia: the Ethiopian calendar's months even without the era's mark
    ("ti-et-domain", _u("et"), "ti", "", _p("25 ሕዳር 2019"), None, "2026-12-04"),
    ("ti-et-tag", _u("com"), "ti-ET", "", _p("25 ሕዳር 2019"), None, "2026-12-04"),
    ("ti-er-gregorian", _u("er"), "ti", "", _p("4 ታሕሳስ 2026"), None, "2026-12-04"),
    # Khmer: the Buddhist era counts one more from Visak Bochea, not from 1 May
    ("km-may-before-visak", _u("com.kh"), "km", "", _p("ថ្ងៃទី៥ ខែឧសភា ឆ្នាំ២៥៦៨"), None, "2025-05-05"),
    ("km-may-after-visak", _u("com.kh"), "km", "", _p("ថ្ងៃទី២០ ខែឧសភា ឆ្នាំ២៥៦៩"), None, "2025-05-20"),
    ("km-numeric-december", _u("com.kh"), "km", "", _p("០៤/១២/២៥៧០"), None, "2026-12-04"),
    ("km-numeric-may-before-visak", _u("com.kh"), "km", "", _p("05/05/2568"), None, "2025-05-05"),
    ("th-numeric-december", _u("co.th"), "th", "", _p("04/12/2569"), None, "2026-12-04"),
    ("km-december", _u("com.kh"), "km", "", _p("ថ្ងៃទី៤ ខែធ្នូ ឆ្នាំ២៥៧០"), None, "2026-12-04"),
    # ... Cambodia's feast, always the sixth month's full moon, a month before Thailand's in its leap years
    ("km-april-after-visak-2021", _u("com.kh"), "km", "", _p("ថ្ងៃទី២៨ ខែមេសា ឆ្នាំ២៥៦៥"), None, "2021-04-28"),
    ("km-april-before-visak-2021", _u("com.kh"), "km", "", _p("ថ្ងៃទី២០ ខែមេសា ឆ្នាំ២៥៦៤"), None, "2021-04-20"),
    ("km-may-after-visak-2018", _u("com.kh"), "km", "", _p("ថ្ងៃទី១០ ខែឧសភា ឆ្នាំ២៥៦២"), None, "2018-05-10"),
    ("km-numeric-may-after-visak-2018", _u("com.kh"), "km", "", _p("10/05/2562"), None, "2018-05-10"),
    ("km-may-after-visak-2026", _u("com.kh"), "km", "", _p("ថ្ងៃទី១៥ ខែឧសភា ឆ្នាំ២៥៧០"), None, "2026-05-15"),
    ("km-april-before-visak-2026", _u("com.kh"), "km", "", _p("ថ្ងៃទី៣០ ខែមេសា ឆ្នាំ២៥៦៩"), None, "2026-04-30"),
    ("th-april-2021", _u("co.th"), "th", "", _p("28 เมษายน 2564"), None, "2021-04-28"),
    # a reader's letter signed with an <address> in the story: not where the publisher sits
    ("en-letter-address", _u("com"), "en", "", _p("4 December 2026, 15:05") + "<p>Sir, the bridge is a folly.</p><address>Jane Smith, Cork, Ireland</address>", None, "2026-12-04T15:05:00"),
    ("en-imprint-address", _u("com"), "en", "", _p("4 December 2026, 15:05") + "<address>Hauptstraße 1, 10115 Berlin, Germany</address>", None, "2026-12-04T15:05:00+01:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "lang", "head", "body", "ld", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_the_published_instant_on_unseen_pages(
    url: str, lang: str, head: str, body: str, ld: dict[str, object] | None, expected: str
) -> None:
    article = extract_article(_page(lang, head, body, ld), url, fetched=_FETCHED)
    assert article.published == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ថ្ងៃទី២៥ ខែឧសភា ឆ្នាំ២៥៧១", "2027-05-25"),  # after the 2027 feast (20 May)
        ("ថ្ងៃទី៥ ខែឧសភា ឆ្នាំ២៥៧១", "2028-05-05"),  # before the 2028 feast (8 May)
        ("ថ្ងៃទី២៨ ខែមេសា ឆ្នាំ២៥៧៣", "2029-04-28"),  # after the 2029 feast (27 April)
        ("ថ្ងៃទី២៦ ខែមេសា ឆ្នាំ២៥៧២", "2029-04-26"),  # the day before it
    ],
)
def test_khmer_era_years_to_come(text: str, expected: str) -> None:
    """Days after the pages' fetch: the era's year turns at each year's Visak Bochea."""
    found = parse_date(text, lang="km")
    assert found is not None and found.date().isoformat() == expected


def test_nepali_month_table_holds_cldr_names() -> None:
    """CLDR's Nepali month names are in the table at their month (the pages' own spellings:
    "जुन" June, not Hindi's "जून")."""
    names = [m.split() for m in langwords.MONTH_NAMES["ne"].split("|")]
    for number, name in Locale.parse("ne").months["format"]["wide"].items():
        assert name in names[number - 1]
