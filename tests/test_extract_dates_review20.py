"""A review of session 20's date rules on invented pages: a publication noun that names
another thing's publication on a date line ("Publication date of the report", "Veröffentlichung
der Studie am ...") is no label of the article's date; the orders and line shapes the nouns
were added for still read; a Tamil word that is also a month's abbreviation is no month.

Every page and string here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from tests.test_extract_dates_unseen20 import _DE, _meta, _published

_EN = "https://www.paper.example.co.uk/a/41"
_FR = "https://www.journal.example.fr/a/41"
_ES = "https://www.diario.example.es/a/41"
_DK = "https://www.avis.example.dk/a/41"
_IN = "https://www.seithi.example.in/news/41"
_STAND = "<p class='meta'>Stand: 05.12.2026, 14:32 Uhr</p>"


def _meta_line(line: str) -> str:
    return f"<p class='meta'>{line}</p>"


# The update's time stands where the noun after it names another publication (a report's, a
# book's, a study's): the noun labels no date of the article's.
NOT_THE_ARTICLE = [
    ("en-report", _EN, "en", "", _meta_line("Updated: 5 December 2026, 14:32 · Publication date of the report: 3 March 2026"), "2026-12-05T14:32:00+00:00"),
    ("fr-rapport", _FR, "fr", "", _meta_line("Mis à jour le 05/12/2026 à 14h32 · Publication du rapport le 01/12/2026"), "2026-12-05T14:32:00+01:00"),
    ("es-informe", _ES, "es", "", _meta_line("Actualizado 05/12/2026 14:32 · Publicación del informe: 01/12/2026"), "2026-12-05T14:32:00+01:00"),
    ("de-print", _DE, "de", "", _meta_line("Stand: 05.12.2026, 14:32 Uhr · Veröffentlichung in der Printausgabe: 06.12.2026"), "2026-12-05T14:32:00+01:00"),
    # a sentence opening with the noun is the article's text, not a date line before the meta
    ("de-studie-meta", _DE, "de", _meta("2026-12-05T14:32:00+01:00"), "<p>Veröffentlichung der Studie am 01.12.2026 um 10:00 Uhr in Berlin.</p>", "2026-12-05T14:32:00+01:00"),
    ("de-buch", _DE, "de", "", _meta_line("Stand: 05.12.2026, 14:32 Uhr · Erstveröffentlichung des Buches 1998"), "2026-12-05T14:32:00+01:00"),
    ("de-buch-datum", _DE, "de", "", _meta_line("Stand: 05.12.2026, 14:32 Uhr · Erstveröffentlichung des Buches: 03.03.1998"), "2026-12-05T14:32:00+01:00"),
    ("de-online-jahre", _DE, "de", "", _meta_line("Aktualisiert: 05.12.2026, 14:32 Uhr · Online seit 20 Jahren"), "2026-12-05T14:32:00+01:00"),
    ("da-bog", _DK, "da", "", _meta_line("Opdateret 5. december 2026 kl. 14.32 · Bogen udgivet 1998"), "2026-12-05T14:32:00+01:00"),
]  # fmt: skip

# The shapes the nouns were added for, and their neighbours: the publication.
THE_ARTICLE = [
    ("de-pub-first", _DE, "de", "", _meta_line("Veröffentlicht: 04.12.2026, 09:15 Uhr · Aktualisiert: 05.12.2026, 14:32 Uhr"), "2026-12-04T09:15:00+01:00"),
    ("de-two-lines", _DE, "de", "", _STAND + _meta_line("Erstveröffentlichung: 04.12.2026, 09:15 Uhr"), "2026-12-04T09:15:00+01:00"),
    ("de-two-lines-pub-first", _DE, "de", "", _meta_line("Erstveröffentlichung: 04.12.2026, 09:15 Uhr") + _STAND, "2026-12-04T09:15:00+01:00"),
    ("de-meta-is-update", _DE, "de", _meta("2026-12-05T14:32:00+01:00"), _meta_line("Stand: 05.12.2026, 14:32 Uhr · Erstveröffentlichung: 04.12.2026, 09:15 Uhr"), "2026-12-04T09:15:00+01:00"),
    ("de-am-weekday", _DE, "de", "", _meta_line("Stand: 05.12.2026, 14:32 Uhr · Erstveröffentlichung am Freitag, 04.12.2026, 09:15 Uhr"), "2026-12-04T09:15:00+01:00"),
    ("en-weekday-month", _EN, "en", "", _meta_line("Updated: 5 December 2026, 14:32 · Publication date: Friday, December 4, 2026, 09:15"), "2026-12-04T09:15:00+00:00"),
    ("fr-le-weekday", _FR, "fr", "", _meta_line("Mis à jour le 05/12/2026 à 14h32 · Publication le vendredi 4 décembre 2026 à 09h15"), "2026-12-04T09:15:00+01:00"),
    ("da-pub-first", _DK, "da", "", _meta_line("Udgivet 4. december 2026 kl. 09.15 · Opdateret 5. december 2026 kl. 14.32"), "2026-12-04T09:15:00+01:00"),
    ("de-print-after", _DE, "de", "", _meta_line("Veröffentlicht: 05.12.2026, 14:32 Uhr · Printausgabe vom 06.12.2026"), "2026-12-05T14:32:00+01:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    "case", NOT_THE_ARTICLE + THE_ARTICLE, ids=[c[0] for c in NOT_THE_ARTICLE + THE_ARTICLE]
)
def test_publication_noun(case: tuple[str, ...]) -> None:
    _name, url, lang, head, line, expected = case
    assert _published(url, lang, head, line) == expected


# Tamil "ஆக" ("as", "to be": "the toll rose to 12") is August's CLDR abbreviation too: no date.
@pytest.mark.parametrize(
    "line",
    [
        "<p class='info'>விகிதம் 6 ஆக 2025 முதல்</p>",
        "<p class='info'>எண்ணிக்கை 12 ஆக 2026 இல் உயர்ந்தது</p>",
    ],
)
def test_tamil_aaga_is_no_month(line: str) -> None:
    assert _published(_IN, "ta", "", line) is None


def test_tamil_august_spelt_out() -> None:
    line = "<p class='date'>05 ஆகஸ்ட் 2026 14:32</p>"
    assert _published(_IN, "ta", "", line) == "2026-08-05T14:32:00+05:30"


_BD = "https://www.khobor.example.com.bd/news/41"
_PK = "https://www.akhbar.example.pk/news/41"


# The 12-hour marks of the languages read since session 20 (CLDR's and the transliterated
# "PM" Bangladeshi pages print): afternoon adds 12 hours (was the morning's "02:32").
@pytest.mark.parametrize(
    ("url", "lang", "line", "expected"),
    [
        (_BD, "bn", "৫ ডিসেম্বর ২০২৬, ০২:৩২ পিএম", "2026-12-05T14:32:00+06:00"),
        (_BD, "bn", "০২:৩২ পিএম, ০৫ ডিসেম্বর ২০২৬", "2026-12-05T14:32:00+06:00"),
        (_BD, "bn", "৫ ডিসেম্বর ২০২৬, অপরাহ্ন ০২:৩২", "2026-12-05T14:32:00+06:00"),
        (_BD, "bn", "৫ ডিসেম্বর ২০২৬, ১১:৩২ এএম", "2026-12-05T11:32:00+06:00"),
        (_IN, "ta", "05 டிசம்பர் 2026 02:32 பிற்பகல்", "2026-12-05T14:32:00+05:30"),
        (_IN, "ta", "05 டிசம்பர் 2026 பிற்பகல் 02:32", "2026-12-05T14:32:00+05:30"),
        (_PK, "ur", "05 دسمبر 2026، 02:32 بعد دوپہر", "2026-12-05T14:32:00+05:00"),
        (_PK, "ur", "05 دسمبر 2026، 11:32 قبل دوپہر", "2026-12-05T11:32:00+05:00"),
    ],
)  # fmt: skip
def test_twelve_hour_marks(url: str, lang: str, line: str, expected: str) -> None:
    assert _published(url, lang, "", f"<p class='date'>{line}</p>") == expected
