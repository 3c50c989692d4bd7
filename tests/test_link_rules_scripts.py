"""The default article rule on a site never seen, in any script (session 25's review).

Slugs of any script count as articles since session 25 (`/news/café-au-lait-story`,
a Cyrillic slug percent-encoded). The folders that hold no story (a tag's, a category's,
a writer's, a topic's) were denied by their English names only: `/autor/anna-maria-muster`,
`/категория/новости-мира-сегодня`, `/тег/...` were fetched as articles and their
listing pages given as items. Pure: `LinkRules().is_article` on paths as pages link them.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

from newsarchive.sites.base import LinkRules

# (language, a listing folder's path): no article, as linked and percent-encoded
NOT_ARTICLES = [
    ("de", "/autor/anna-maria-muster"), ("de", "/Kategorie/politik-und-gesellschaft"),
    ("de", "/thema/klimawandel-in-der-stadt"), ("fr", "/rubrique/vie-de-la-ville"),
    ("fr", "/auteur/jeanne-marie-martin"), ("es", "/etiquetas/elecciones-en-la-ciudad"),
    ("ru", "/категория/новости-мира-сегодня"), ("ru", "/тег/новости-москвы-сегодня"),
    ("ru", "/автор/иван-петров-сидоров"), ("uk", "/теги/новини-києва-сьогодні"),
    ("el", "/ετικέτα/ανθρώπινα-δικαιώματα-σήμερα"), ("ar", "/الكاتب/محمد-بن-علي"),
    ("zh", "/标签/新闻-国际-今天"), ("tr", "/yazar/ayse-nur-yilmaz"),
    ("pl", "/tagi/wybory-w-mieście-dziś"), ("he", "/תגית/חדשות-העיר-היום"),
    # no article whatever its script: a file, one word, the site's furniture
    ("ru", "/news/отчёт-за-2025-год.pdf"), ("ru", "/media/фото-с-места-события.jpg"),
    ("fr", "/uploads/année-de-la-photo.PNG"), ("ru", "/политика"), ("de", "/über-uns"),
    ("de", "/impressum"),
]  # fmt: skip
ARTICLES = [
    ("fr", "/news/café-au-lait-story"), ("ru", "/news/новости-москвы-сегодня"),
    ("de", "/lokales/grüße-aus-zürich-heute"), ("el", "/ειδήσεις/νέα-γέφυρα-στο-λιμάνι"),
    ("ar", "/الأخبار/أخبار-العالم-اليوم"), ("tr", "/gundem/yazarlar-birligi-toplandi-bugun"),
    ("de", "/politik/thema-der-woche-klima"),  # a folder word inside a slug is no folder
    ("de", "/2026/10/03/tag-der-deutschen-einheit"), ("es", "/cultura/autor-del-año-premiado"),
    # a writer's piece under the writer's page (Turkish columns: `/yazarlar/NAME/SLUG-ID`)
    ("tr", "/yazarlar/ahmet-hakan/istanbulda-bugun-yasananlar-42123456"),
    ("es", "/autores/maria-lopez/la-ciudad-que-queremos"),
    ("ru", "/авторы/иван-петров/город-который-мы-хотим"),
    # English writers' folders too: a slug of words, a date, an id under the writer's name
    ("en", "/authors/jane-doe/council-votes-on-the-budget"),
    ("en", "/author/jane-doe/2026/12/03/the-river-floods-again/"),
    ("en", "/authors/jane-doe/storm-hits-coast-4211873.html"),
]  # fmt: skip
# a writer's own page, however linked: no article
WRITER_PAGES = ["/yazarlar/ayse-nur-yilmaz/", "/autor/anna-maria-muster?page=2",
                "/autores/maria-lopez-garcia/", "/автор/иван-петров-сидоров",
                "/authors/jane-mary-doe", "/author/jane-mary-doe/?page=2", "/authors/",
                "/author/jane-mary-doe/page/2"]  # fmt: skip


@pytest.mark.parametrize(("lang", "path"), NOT_ARTICLES, ids=[p for _, p in NOT_ARTICLES])
def test_a_listing_folder_or_file_of_any_script_is_no_article(lang: str, path: str) -> None:
    assert LinkRules().is_article(path) is False
    assert LinkRules().is_article(quote(path)) is False


@pytest.mark.parametrize("path", WRITER_PAGES)
def test_a_writers_page_is_no_article(path: str) -> None:
    assert LinkRules().is_article(path) is False
    assert LinkRules().is_article(quote(path, safe="/?=")) is False


@pytest.mark.parametrize(("lang", "path"), ARTICLES, ids=[p for _, p in ARTICLES])
def test_a_story_slug_of_any_script_is_an_article(lang: str, path: str) -> None:
    assert LinkRules().is_article(path) is True
    assert LinkRules().is_article(quote(path)) is True
