"""Body text of invented pages (session 38).

1. A list under the story's last sentence, ended by a full stop ("The council listed three
   changes." over two or three short items), stays when a share bar, a tag line or a
   newsletter box the walk drops follows it: the furniture tail took the items. A link list
   of other stories there still goes, and so does a credit line ("Faktencheck: ...").
2. The writer's box, named so by class or id in the site's language ("author-box",
   "autor-info", "caja-autor", "autorbox", "yazar-kutu"), goes whatever its bio says; a block
   so named holding the story's paragraphs (longer than a bio) stays, and so does a story
   paragraph naming the writer.
3. A call to get the site's app or to send it a tip, in the languages of unseen sites
   ("Téléchargez notre application", "Scarica la nostra app", "Har du ett tips? Mejla oss",
   "アプリをダウンロードして..."): an imperative with "our", or a tip question with "us";
   the story's sentence on an app, and a police appeal, stay.
4. A note that the piece ran first elsewhere keeps its terms ("... and is republished with
   permission"), but a clause with a subject of its own after "and" is the story's ("... and
   the city refused permission for the march").
5. A paywall's pitch under the teaser in more words ("You have reached your free article
   limit", "Il vous reste 80% de cet article à lire", "Pozostało 80% treści", "Logga in för
   att läsa vidare") and a Spanish player's label ("Escuchar esta noticia") go.

Invented sites, stories and names. The rows under "stays"/"goes" that passed before hold the
new rules to their shapes.
"""

# ruff: noqa: E501  -- one row a line reads best

from __future__ import annotations

import pytest

from tests.test_extract_body32 import _lines
from tests.test_extract_body37 import _lines_end

SHARE = '<div class="share-bar"><a href="#">Share</a></div>'
TAGS_DE = "<p>Schlagworte: Stadtrat, Bibliothek, Haushalt</p>"
NEWSLETTER = '<div class="newsletter"><p>Sign up now</p></div>'

# (language, tail html, lines that must stay) -- each failed before
LISTS_KEPT = [
    (
        "ru",
        "<p>Совет утвердил три изменения.</p><ul><li>Новый детский уголок</li><li>Бесплатный интернет для читателей</li></ul>"
        + SHARE,
        ["Новый детский уголок", "Бесплатный интернет для читателей"],
    ),
    (
        "en",
        "<p>The council listed three changes.</p><ul><li>Longer opening hours on Sundays</li><li>A new children's corner</li><li>Free wifi for all readers</li></ul>"
        + SHARE,
        ["Longer opening hours on Sundays", "A new children's corner", "Free wifi for all readers"],
    ),
    (
        "en",
        "<p>The council listed two changes.</p><ul><li>Longer hours</li><li>Free wifi</li></ul>"
        + NEWSLETTER,
        ["Longer hours", "Free wifi"],
    ),
    (
        "de",
        "<p>Der Rat beschloss drei Änderungen.</p><ol><li>Längere Öffnungszeiten am Sonntag</li><li>Eine neue Kinderecke</li></ol>"
        + TAGS_DE,
        ["Längere Öffnungszeiten am Sonntag", "Eine neue Kinderecke"],
    ),
    (
        "es",
        "<p>El consejo aprobó tres cambios.</p><ul><li>Horario ampliado los domingos</li><li>Un nuevo rincón infantil</li></ul><p>Etiquetas: biblioteca, ayuntamiento</p>",
        ["Horario ampliado los domingos", "Un nuevo rincón infantil"],
    ),
    (
        "ja",
        "<p>市は三つの変更を決めた。</p><ul><li>日曜日の開館時間の延長</li><li>新しい子ども向けコーナー</li></ul>"
        + SHARE,
        ["日曜日の開館時間の延長", "新しい子ども向けコーナー"],
    ),
]

# (language, tail html, words that must be gone)
GOES = [
    # 5. a paywall's pitch under the teaser, a player's label (failed before)
    (
        "en",
        "<p>You have reached your free article limit. Subscribe to keep reading.</p>",
        ["free article limit"],
    ),
    ("de", "<p>Sie wollen mehr? Jetzt abonnieren und weiterlesen.</p>", ["Jetzt abonnieren"]),
    (
        "fr",
        "<p>Il vous reste 80% de cet article à lire. La suite est réservée aux abonnés.</p>",
        ["Il vous reste"],
    ),
    ("pl", "<p>Pozostało 80% treści. Kup dostęp, aby czytać dalej.</p>", ["Pozostało"]),
    ("sv", "<p>Logga in för att läsa vidare.</p>", ["Logga in"]),
    ("es", "<p>Escuchar esta noticia</p>", ["Escuchar"]),
    # 1. a writer's name and role under the text (passed before)
    (
        "de",
        "<p>Hans Muster</p><p>Redakteur Lokales</p><p><a href='mailto:hm@stadtblatt.example'>hm@stadtblatt.example</a></p>",
        ["Redakteur Lokales"],
    ),
    # 1. a link list of other stories, a credit line under the text (passed before)
    (
        "en",
        '<ul><li><a href="/a/1">Museum closes for winter repairs</a></li><li><a href="/a/2">Bus fares rise in spring</a></li></ul>'
        + SHARE,
        ["Museum closes", "Bus fares rise"],
    ),
    (
        "en",
        '<p>Related stories</p><ul><li><a href="/a/1">Museum closes for winter repairs</a></li><li><a href="/a/2">Bus fares rise in spring</a></li></ul>'
        + TAGS_DE,
        ["Museum closes", "Bus fares rise"],
    ),
    (
        "de",
        "<p>Redigatur: Jana Beispiel</p><p>Faktencheck: Max Mustermann</p>" + SHARE,
        ["Faktencheck"],
    ),
    # 2. the writer's box (failed before)
    (
        "en",
        '<div class="author-box"><p><strong>Jane Placeholder</strong></p><p>Jane covers city hall and culture for the Gazette. She lives in the old town with two cats.</p><p><a href="https://x.example/jp">X</a> <a href="mailto:j@example.org">Email</a></p></div>',
        ["Jane covers city hall", "Jane Placeholder"],
    ),
    (
        "de",
        '<div class="autor-info"><p>Max Mustermann</p><p>Max Mustermann ist Redakteur im Ressort Kultur und schreibt seit 2015 über Theater und Bibliotheken.</p></div>',
        ["Redakteur im Ressort"],
    ),
    (
        "de",
        '<div class="autorbox"><p>Max Mustermann</p><p>Redakteur Kultur. Schreibt über Theater.</p></div>',
        ["Redakteur Kultur"],
    ),
    (
        "es",
        '<div class="caja-autor"><p>Lucía Ejemplo</p><p>Periodista especializada en cultura y ciudad. Antes trabajó en la radio local.</p></div>',
        ["Periodista especializada"],
    ),
    (
        "sv",
        '<div class="forfattare-info"><p>Anna Exempel</p><p>Kulturreporter sedan 2015.</p></div>',
        ["Kulturreporter sedan"],
    ),
    (
        "tr",
        '<div class="yazar-kutu"><p>Ayşe Örnek</p><p>Kültür muhabiri.</p></div>',
        ["Kültür muhabiri"],
    ),
    # 3. the site's app and tip calls (failed before)
    ("fr", "<p>Téléchargez notre application pour suivre toute l'actualité.</p>", ["Téléchargez"]),
    ("fr", "<p>Rejoignez-nous sur WhatsApp pour recevoir nos infos.</p>", ["WhatsApp"]),
    ("fr", "<p>Vous avez une info ? Écrivez-nous.</p>", ["Écrivez"]),
    ("es", "<p>Descarga nuestra app y recibe las noticias al instante.</p>", ["Descarga"]),
    ("it", "<p>Scarica la nostra app per restare sempre aggiornato.</p>", ["Scarica"]),
    ("pt", "<p>Baixe o nosso aplicativo e receba as notícias primeiro.</p>", ["Baixe"]),
    ("pl", "<p>Masz temat? Napisz do nas na WhatsAppie.</p>", ["Napisz"]),
    ("sv", "<p>Ladda ner vår app och få nyheterna direkt.</p>", ["Ladda ner"]),
    ("sv", "<p>Har du ett tips? Mejla oss.</p>", ["tips"]),
    ("sv", "<p>Hent vores app og få nyhederne først.</p>", ["Hent vores"]),
    ("sv", "<p>Last ned appen vår og få nyhetene først.</p>", ["Last ned"]),
    ("tr", "<p>Uygulamamızı indirin, haberleri ilk siz öğrenin.</p>", ["Uygulamamızı"]),
    ("ja", "<p>アプリをダウンロードして最新ニュースを受け取ろう。</p>", ["アプリ"]),
    ("ko", "<p>앱을 다운로드하고 최신 뉴스를 받아보세요.</p>", ["앱을"]),
    ("en", "<p>Download our free app to get the latest news.</p>", ["Download our"]),
    ("en", "<p>Have a story idea? Email us at tips@example.org</p>", ["story idea"]),
    ("nl", "<p>Download onze app en mis geen nieuws meer.</p>", ["Download onze"]),
    ("ru", "<p>Скачайте наше приложение и читайте новости первыми.</p>", ["Скачайте"]),
    ("id", "<p>Unduh aplikasi kami untuk berita terbaru.</p>", ["Unduh aplikasi"]),
    ("zh", "<p>下载我们的应用，第一时间获取新闻。</p>", ["下载我们的应用"]),
    ("ar", "<p>حمّل تطبيقنا لتصلك الأخبار أولا بأول.</p>", ["تطبيقنا"]),
    ("he", "<p>הורידו את האפליקציה שלנו וקבלו את החדשות ראשונים.</p>", ["האפליקציה שלנו"]),
    # 4. the note with its terms (passed before)
    (
        "en",
        "<p>This article was first published by the Riverside Courier and is republished with permission.</p>",
        ["first published"],
    ),
]

# (language, tail html, words that must stay)
STAYS = [
    # 5. the story's sentences with the pitches' words (passed before)
    (
        "pl",
        "<p>Pozostało 80% mieszkańców, którzy głosowali za budową biblioteki.</p>",
        ["Pozostało 80%"],
    ),
    (
        "en",
        "<p>You have reached the end of the tour, the guide told the visitors in the new reading room.</p>",
        ["end of the tour"],
    ),
    # 2. a block named so holding the story; a story paragraph naming the writer (passed before)
    (
        "en",
        '<div class="author-info-wrap">'
        + "".join(
            f"<p>{p} It was a long day for everyone in the library.</p>"
            for p in [
                "The reading room opened at noon.",
                "Children ran to the workshop.",
                "The mayor gave a speech about the costs.",
                "Volunteers handed out coffee.",
                "The rain stopped in the afternoon.",
                "Most visitors stayed until closing time.",
            ]
        )
        + "</div>",
        ["The rain stopped"],
    ),
    (
        "en",
        "<p>Jane Placeholder, who has covered the library for ten years, asked the mayor whether the costs would ever be recovered.</p>",
        ["asked the mayor"],
    ),
    # 3. the story's sentence on an app or a tip; a police appeal (passed before)
    (
        "en",
        "<p>The city also launched an app that lets readers reserve seats in the reading room, and more than two thousand people downloaded it in the first week.</p>",
        ["downloaded it"],
    ),
    (
        "fr",
        "<p>La bibliothèque propose aussi une application pour réserver des livres, téléchargée déjà par deux mille lecteurs.</p>",
        ["application pour réserver"],
    ),
    (
        "es",
        "<p>Descarga la app del ayuntamiento para pagar el aparcamiento.</p>",
        ["app del ayuntamiento"],
    ),
    ("sv", "<p>Har du tips? Kontakta polisen på 114 14.</p>", ["Kontakta polisen"]),
    ("sv", "<p>Ladda ner appen från den officiella butiken.</p>", ["officiella butiken"]),
    ("ko", "<p>시는 주민들에게 앱을 다운로드하라고 권고했다.</p>", ["권고했다"]),
    ("ja", "<p>市はアプリをダウンロードするよう呼びかけた。</p>", ["呼びかけた"]),
    (
        "ru",
        "<p>Мэрия запустила приложение, которое скачали уже две тысячи человек.</p>",
        ["скачали"],
    ),
    ("en", "<p>Have a tip? Call the police on 101.</p>", ["Call the police"]),
    # 4. a story sentence with a licence (the first three failed before)
    (
        "en",
        "<p>This report was first published in 2021 and the city refused permission for the march.</p>",
        ["refused permission"],
    ),
    (
        "fr",
        "<p>Cet article a d'abord été publié par Le Courrier et la mairie a refusé l'autorisation de manifester.</p>",
        ["refusé l'autorisation"],
    ),
    (
        "es",
        "<p>Este artículo fue publicado originalmente en El Diario y el ayuntamiento negó el permiso.</p>",
        ["negó el permiso"],
    ),
    (
        "en",
        "<p>The city refused permission for the march.</p><p>Organisers said they would appeal.</p>",
        ["refused permission"],
    ),
]


@pytest.mark.parametrize(("lang", "tail", "items"), LISTS_KEPT)
def test_a_list_under_the_last_sentence_stays_above_dropped_furniture(
    lang: str, tail: str, items: list[str]
) -> None:
    got = _lines_end(lang, tail)
    assert [i for i in items if i not in got] == []


@pytest.mark.parametrize(("lang", "tail", "words"), GOES)
def test_furniture_under_the_story_goes(lang: str, tail: str, words: list[str]) -> None:
    text = "\n".join(_lines_end(lang, tail))
    assert [w for w in words if w in text] == []


@pytest.mark.parametrize(("lang", "tail", "words"), STAYS)
def test_the_storys_sentences_stay(lang: str, tail: str, words: list[str]) -> None:
    text = "\n".join(_lines_end(lang, tail))
    assert [w for w in words if w not in text] == []


# between paragraphs, the same calls go and the story around them stays (failed before)
@pytest.mark.parametrize(
    ("lang", "middle", "word"),
    [
        ("fr", "<p>Téléchargez notre application gratuite.</p>", "Téléchargez"),
        ("es", "<p>📲 Descarga nuestra app y recibe las noticias al instante.</p>", "Descarga"),
        ("it", "<p>Scarica la nostra app gratuita.</p>", "Scarica"),
        ("pl", "<p>Masz temat? Napisz do nas.</p>", "Masz temat"),
    ],
)
def test_a_call_between_paragraphs_goes(lang: str, middle: str, word: str) -> None:
    got = _lines(lang, middle)
    assert len(got) == 4
    assert not any(word in line for line in got)
