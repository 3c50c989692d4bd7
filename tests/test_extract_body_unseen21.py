"""Body text on pages of kinds unseen publishers show, in the languages they write: what their
article blocks hold besides the story goes, in neutral class names so only the rule under test
can tell it: a promo's label before another page's title left unlinked ("Lesen Sie auch:
<title>", "ALSO READ | <title>", "À lire aussi : <title>", "Baca juga: ..."), calls to follow
the site or a person on a network in German, French, Spanish, Portuguese, Italian, Dutch and
Norwegian ("Folgen Sie Beispiel bereits auf X?", "Suivez Le Talbote sur X"), rights notices
opening a line ("Riproduzione riservata", "Tous droits réservés", "(c) 2026 ..."), picture
credits with longer or other labels ("Photo credit:", "Photograph:", "Crédito:", "Bildtext:",
"写真" with a wide equals sign, "사진 제공=", "图片来源" with a wide colon, "Ảnh:"), an embed's placeholder left without its post ("View
this post on Instagram", "A post shared by ... (@...)", "Contenido externo" kinds in Portuguese,
Polish, Dutch, English), a loader's, a gallery's and a comment form's lines, the writer's "more
by" link. What the story holds stays: a film's card naming its director of photography
("Regia: ... / Fotografia: ..."), a table's figures, a promo label followed by sentences, a call
quoted from a speaker, "Folgen Sie dem Fluss ...", "More from NBC's TODAY:" over an embed.
Made-up pages and sentences."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://seebote.example/region/2026/12/05/faehre-faehrt-wieder-id456.html"
STORY = [
    "Die Fähre zwischen den beiden Ufern des Sees fährt nach einer dreimonatigen Pause seit Samstag wieder nach dem alten Fahrplan.",
    "Der Betreiber hatte im Herbst einen Schaden an der Antriebswelle entdeckt und das Schiff für die Reparatur in die Werft gebracht.",
    "Pendlerinnen und Pendler mussten in dieser Zeit einen Umweg von fast vierzig Kilometern um das Südende des Sees in Kauf nehmen.",
    "Die Reparatur kostete nach Angaben des Betreibers rund zwei Millionen Euro, die zur Hälfte von der Versicherung getragen werden.",
    "Im Frühjahr soll zusätzlich ein zweites, kleineres Schiff in Dienst gestellt werden, um die Wartezeiten zu verkürzen.",
    "Der Gemeinderat will im Januar darüber beraten, ob die Fahrpreise für Schülerinnen und Schüler gesenkt werden können.",
]


def _page(where: str, snippet: str) -> str:
    """The story with `snippet` set after its third paragraph (mid) or under it (end), inside
    the same block."""
    ps = [f"<p>{t}</p>" for t in STORY]
    mid, end = (snippet if where == w else "" for w in ("mid", "end"))
    return (
        "<html lang='de'><head><title>Die Fähre fährt wieder</title></head><body>"
        "<header class='hd'><a href='/'>Seebote</a><nav><a href='/region'>Region</a><a href='/sport'>Sport</a></nav></header>"
        f"<div class='k1'><h1>Die Fähre über den See fährt wieder</h1><div class='k2'>{''.join(ps[:3])}{mid}{''.join(ps[3:])}{end}</div></div>"
        "<footer class='ft'><p>Seebote Verlag</p></footer></body></html>"
    )


def _body(html: str) -> str:
    return extract_article(html, URL).body or ""


def _left(body: str) -> str:
    """What the body holds besides the story's paragraphs."""
    for t in STORY:
        assert t in body, t
        body = body.replace(t, "")
    return " ".join(body.split())


T = "Alte Fähre wird im Frühjahr verschrottet"
GOES = [
    # a promo's label, then another page's title without its link
    ("mid", f"<p>Lesen Sie auch: {T}</p>"),
    ("mid", f"<p><strong>Lesen Sie auch:</strong> {T}</p>"),
    ("mid", f"<p>Lesen Sie auch – {T}</p>"),
    ("mid", f"<p>Lesen Sie dazu auch: {T}</p>"),
    ("mid", "<p>Lesen Sie auch den Kommentar: Eine Fähre für alle</p>"),
    ("mid", f"<p>Auch interessant: {T}</p>"),
    ("mid", f"<p>Mehr zum Thema: {T}</p>"),
    ("mid", "<p>ALSO READ | Old ferry to be scrapped in spring</p>"),
    ("mid", "<p>READ: Old ferry to be scrapped in spring</p>"),
    ("mid", "<p>SEE ALSO: Old ferry to be scrapped in spring</p>"),
    ("mid", "<p>Read also: Old ferry to be scrapped in spring</p>"),
    ("mid", "<p>À lire aussi : Le vieux bac sera démoli au printemps</p>"),
    ("mid", "<p>Lire aussi : Le vieux bac sera démoli au printemps</p>"),
    ("mid", "<p>Lea también: El viejo transbordador será desguazado</p>"),
    ("mid", "<p>Leia também: A velha balsa será desmontada na primavera</p>"),
    ("mid", "<p>Veja também: A velha balsa será desmontada na primavera</p>"),
    ("mid", "<p>Leggi anche: Il vecchio traghetto sarà demolito</p>"),
    ("mid", "<p>Lees ook: Oude veerboot wordt in het voorjaar gesloopt</p>"),
    ("mid", "<p>Les også: Den gamle ferja hugges til våren</p>"),
    ("mid", "<p>Läs också: Den gamla färjan skrotas i vår</p>"),
    ("mid", "<p>Czytaj także: Stary prom zostanie zezłomowany wiosną</p>"),
    ("mid", "<p>Читайте также: Старый паром спишут весной</p>"),
    ("mid", "<p>Baca juga: Kapal feri tua akan dibongkar musim semi</p>"),
    ("mid", "<p>» Lesen Sie auch: Alte Fähre wird im Frühjahr verschrottet</p>"),
    # the label alone, its titles in blocks of their own, unlinked
    ("mid", f"<p>Lesen Sie auch:</p><p>{T}</p>"),
    ("mid", f"<h3>Mehr zum Thema</h3><p>{T}</p>"),
    (
        "mid",
        f"<p><strong>Lesen Sie auch</strong></p><p>{T}</p><p>Warum die Fahrpreise im Tal steigen</p>",
    ),
    (
        "mid",
        "<h4>Related</h4><ul><li>Old ferry to be scrapped in spring</li><li>Why fares rise so fast</li></ul>",
    ),
    ("mid", "<p>Leia também</p><!-- teaser --><p>A velha balsa será desmontada na primavera</p>"),
    ("mid", "<p>【関連記事】港町の新しい橋が完成</p>"),
    ("mid", "<p>▶ 관련 기사: 새 다리 개통</p>"),
    ("mid", "<p>相关阅读：新大桥通车</p>"),
    ("mid", "<p>Đọc thêm: Cầu mới thông xe</p>"),
    ("mid", "<p>İlgili Haber: Yeni köprü açıldı</p>"),
    # a call to follow the site or a person on a network
    ("mid", "<p>Folgen Sie Donald Beispiel bereits auf X?</p>"),
    ("mid", "<p>Folgen Sie dem Seeboten auf X und Instagram</p>"),
    ("mid", "<p>Suivez Le Seebote sur X et Facebook</p>"),
    ("mid", "<p>Sigue a El Seebote en X</p>"),
    ("mid", "<p>Siga o Seebote no X e no Instagram</p>"),
    ("mid", "<p>Segui Il Seebote su X</p>"),
    ("mid", "<p>Volg De Seebote op X</p>"),
    ("mid", "<p>Følg Seeboten på X</p>"),
    ("mid", "<p>Follow @janedoe on X.</p>"),
    # rights notices opening a line
    ("end", "<p>(c) 2026 Seebote Medien GmbH</p>"),
    ("end", "<p>Tous droits réservés. Reproduction interdite.</p>"),
    ("end", "<p>Todos los derechos reservados.</p>"),
    ("end", "<p>Riproduzione riservata</p>"),
    ("end", "<p>Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.</p>"),
    ("end", "<p>Wszelkie prawa zastrzeżone.</p>"),
    # picture credits with other labels
    ("mid", "<p>Photo credit: Jane Doe</p>"),
    ("mid", "<p>Photograph: Jane Doe/Reuters</p>"),
    ("mid", "<p>Crédito: Reprodução/Instagram</p>"),
    ("mid", "<p>Bildtext: Die Fähre am Steg.</p>"),
    ("mid", "<p>写真＝共同</p>"),
    ("mid", "<p>사진 제공=서울시</p>"),
    ("mid", "<p>图片来源：新华社</p>"),
    ("mid", "<p>Foto ilustrasi: Antara</p>"),
    ("mid", "<p>Ảnh: TTXVN</p>"),
    ("mid", "<p>Fotografia: Marco Rossi/Ansa</p>"),
    # a caption ending with its credit, in more languages
    ("mid", "<p>Die Fähre am Steg. Photograph: Jane Doe/Reuters</p>"),
    ("mid", "<p>A nova balsa no cais. Crédito: Divulgação</p>"),
    ("mid", "<p>Phà mới tại bến. Ảnh: TTXVN</p>"),
    ("mid", "<p>Az új komp a kikötőben. Fotó: MTI</p>"),
    ("mid", "<p>Yeni feribot iskelede. Fotoğraf: AA</p>"),
    ("mid", "<p>Η νέα γέφυρα το πρωί. Φωτογραφία: Eurokinissi</p>"),
    # an embed's placeholder without its post, a loader, a gallery's buttons
    ("mid", "<p>View this post on Instagram</p>"),
    ("mid", "<p>A post shared by Seebote (@seebote)</p>"),
    ("mid", "<p>Ein Beitrag geteilt von Seebote (@seebote)</p>"),
    ("mid", "<p>Una publicación compartida por Seebote (@seebote)</p>"),
    ("mid", "<p>Uma publicação compartilhada por Seebote (@seebote)</p>"),
    ("mid", "<p>Voir cette publication sur Instagram</p>"),
    ("mid", "<p>Visualizza questo post su Instagram</p>"),
    ("mid", "<p>Watch on YouTube</p>"),
    ("mid", "<div class='x'><p>Instagram</p><p>Beitrag anzeigen</p></div>"),
    (
        "mid",
        "<div class='x'><p>Conteúdo externo</p><p>Para ver este conteúdo, aceite os cookies.</p></div>",
    ),
    (
        "mid",
        "<div class='x'><p>External content</p><p>To view this content, please accept cookies.</p></div>",
    ),
    (
        "mid",
        "<div class='x'><p>Zewnętrzna treść</p><p>Aby zobaczyć tę treść, zaakceptuj pliki cookies.</p></div>",
    ),
    (
        "mid",
        "<div class='x'><p>Externe inhoud</p><p>Om deze inhoud te bekijken moet je cookies accepteren.</p></div>",
    ),
    ("mid", "<p>Loading...</p>"),
    ("mid", "<p>Wird geladen …</p>"),
    ("mid", "<p>Cargando...</p>"),
    ("mid", "<p>Chargement…</p>"),
    ("mid", "<p>Vorheriges Bild Nächstes Bild</p>"),
    ("mid", "<p>Précédent Suivant</p>"),
    # buttons in Japanese and Korean, an ad's scroll hint
    ("mid", "<p>この記事をシェア</p>"),
    ("mid", "<p>会員限定記事</p>"),
    ("mid", "<p>기사 공유하기</p>"),
    ("mid", "<p>Scroll to continue with content</p>"),
    ("end", "<p>홍길동 기자 hong@seebote.example</p>"),
    # a liveblog's buttons and badges
    ("mid", "<p>Neue Beiträge laden</p>"),
    ("mid", "<p>Ältere Beiträge laden</p>"),
    ("mid", "<p>Mehr laden</p>"),
    ("mid", "<p>Ticker aktualisieren</p>"),
    ("mid", "<p>Angepinnt</p>"),
    ("mid", "<p>Dieser Liveblog ist beendet.</p>"),
    ("mid", "<p>Load more posts</p>"),
    ("mid", "<p>Show more updates</p>"),
    ("mid", "<p>This live blog is now closed.</p>"),
    ("mid", "<p>Cargar más</p>"),
    ("mid", "<p>Voir plus</p>"),
    ("mid", "<p>Mostra di più</p>"),
    ("mid", "<p>Carregar mais</p>"),
    # a comment form's lines, the writer's other pieces
    ("end", "<p>Kommentar schreiben</p>"),
    ("end", "<p>Schreiben Sie einen Kommentar</p>"),
    ("end", "<p>Lascia un commento</p>"),
    ("end", "<p>Laisser un commentaire</p>"),
    ("end", "<p>Deixe seu comentário</p>"),
    ("end", "<p>Leave a Reply</p>"),
    ("end", "<p>Your email address will not be published. Required fields are marked *</p>"),
    (
        "end",
        "<p>Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert</p>",
    ),
    (
        "end",
        "<p>Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *</p>",
    ),
    (
        "end",
        "<p>Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *</p>",
    ),
    # a box's buttons and labels left as lines: gift, save, newsletter, most read
    ("end", "<p>Artikel verschenken</p>"),
    ("end", "<p>Zur Merkliste hinzufügen</p>"),
    ("end", "<p>Kommentare öffnen</p>"),
    ("end", "<p>Kontakt zur Redaktion</p>"),
    ("end", "<p>Newsletter abonnieren</p>"),
    ("end", "<p>Jetzt WhatsApp-Kanal abonnieren</p>"),
    ("end", "<p>Weitere Bilder anzeigen</p>"),
    ("end", "<p>Meistgelesen</p>"),
    ("end", "<p>Ihre E-Mail-Adresse</p>"),
    ("end", "<p>Vielen Dank für Ihre Anmeldung!</p>"),
    ("end", "<p>Offrir cet article</p>"),
    ("end", "<p>S'inscrire à la newsletter</p>"),
    ("end", "<p>Les plus lus</p>"),
    ("end", "<p>Regala esta noticia</p>"),
    ("end", "<p>Lo más visto</p>"),
    ("end", "<p>Iscriviti alla newsletter</p>"),
    ("end", "<p>I più letti</p>"),
    ("end", "<p>Assine nossa newsletter</p>"),
    ("end", "<p>Zapisz się do newslettera</p>"),
    ("end", "<p>Most read</p>"),
    ("end", "<p>Gift this article</p>"),
    ("end", "<p>Enter your email address</p>"),
    ("end", "<p>Thank you for signing up!</p>"),
    ("mid", "<p>Die Fähre am Steg | Bildquelle: Seebote</p>"),
    ("end", "<p>Alle Artikel des Autors</p>"),
    ("end", "<p>More by Jane Doe</p>"),
    ("end", "<p>Ver más artículos de Juana Pérez</p>"),
    ("end", "<p>Voir tous les articles de Jeanne Martin</p>"),
]


@pytest.mark.parametrize(("where", "snippet"), GOES)
def test_furniture_of_unseen_sites_goes(where: str, snippet: str) -> None:
    assert _left(_body(_page(where, snippet))) == ""


STAYS = [
    # a promo label followed by sentences: the writer's
    ("mid", "<p>Lesen Sie auch: Die Gemeinde hat geantwortet. Der Rat tagt am Montag.</p>"),
    # a call quoted from a speaker, a walk's directions, a line opening "More from" over an embed
    ("mid", "<p>„Folgen Sie mir auf X“, sagte die Kapitänin.</p>"),
    ("mid", "<p>Folgen Sie dem Ufer bis zur Mündung auf dem neuen Radweg.</p>"),
    ("mid", "<p>More from NBC's TODAY:</p>"),
    ("mid", "<p>More from the council meeting is expected on Tuesday</p>"),
    # a word of a promo's label opening the writer's line ("Related ...:", "Read the ...:")
    ("mid", "<p>Related charges: two counts of fraud were dropped</p>"),
    ("mid", "<p>Read the full statement: the council apologises</p>"),
    # rights and pictures named in a sentence
    ("mid", "<p>Alle Rechte an der Fähre liegen bei der Gemeinde.</p>"),
    ("mid", "<p>Fotografie ist seine Leidenschaft, sagt der Kapitän.</p>"),
    ("mid", "<p>Related reading materials are available at the library.</p>"),
    # a source named at a paragraph's end: the story's ("Bildquelle" is a picture's)
    (
        "mid",
        "<p>Die Zahl der Fahrgäste stieg im Sommer um ein Fünftel. (Quelle: Statistisches Landesamt)</p>",
    ),
    # one word that is a button on some sites, a name or a verb on others
    ("mid", "<p>Salva</p>"),
    # a Korean sentence naming a reporter, a wire story's closing mark (left: the answers'
    # convention is not known)
    ("end", "<p>홍길동 기자는 이날 현장에서 주민들을 만났다.</p>"),
    # a liveblog's entry opening with its time
    ("mid", "<p>12:45 – Die Kapitänin meldet Wind aus West und eine halbe Stunde Verspätung.</p>"),
    # a subhead that is a network's name
    ("mid", "<h3>Instagram</h3>"),
]


@pytest.mark.parametrize(("where", "snippet"), STAYS)
def test_the_story_of_unseen_sites_stays(where: str, snippet: str) -> None:
    from lxml.html import fromstring

    want = " ".join(fromstring(f"<div>{snippet}</div>").text_content().split())
    assert _left(_body(_page(where, snippet))) == want


AFTER_LABEL_STAYS = [
    # under a promo's label: a paragraph that is a sentence, a subhead, a title past a box
    (
        "<h3>Mehr zum Thema</h3><p>Die Gemeinde hat das Projekt lange geplant und am Ende doch umgesetzt.</p>",
        "Die Gemeinde hat das Projekt lange geplant und am Ende doch umgesetzt.",
    ),
    ("<p>Lesen Sie auch:</p><h2>Was die Opposition sagt</h2>", "Was die Opposition sagt"),
    (
        "<p>Lesen Sie auch:</p><div class='ph'></div><p>Was die Opposition sagt</p>",
        "Was die Opposition sagt",
    ),
    (
        "<p>Lesen Sie auch:</p><div class='x'><a href='/a'>Alte Fähre wird im Frühjahr verschrottet</a></div><p>Was die Opposition sagt</p>",
        "Was die Opposition sagt",
    ),
]


@pytest.mark.parametrize(("snippet", "line"), AFTER_LABEL_STAYS)
def test_the_story_after_a_promos_label_stays(snippet: str, line: str) -> None:
    assert _left(_body(_page("mid", snippet))) == line


CARD = [
    "<p>Regia: Anna Bianchi. Fotografia: Mario Rossi</p>",
    # a film's card: its director of photography is no picture credit
    "<p>Regia: Anna Bianchi</p><p>Sceneggiatura: Luca Verdi</p><p>Fotografia: Mario Rossi</p><p>Musica: Paolo Neri</p>",
    "<ul><li>Regia: Anna Bianchi</li><li>Fotografia: Mario Rossi</li><li>Musica: Paolo Neri</li></ul>",
    "<p><strong>Regia:</strong> Anna Bianchi<br><strong>Fotografia:</strong> Mario Rossi<br><strong>Durata:</strong> 112 minuti</p>",
    "<p>Dirección: Ana Blanco</p><p>Fotografía: Mario Ruiz</p><p>Música: Pablo Negro</p>",
]


@pytest.mark.parametrize("snippet", CARD)
def test_a_cards_photography_line_stays(snippet: str) -> None:
    left = _left(_body(_page("mid", snippet)))
    assert "Mario R" in left
    assert left.startswith(("Regia", "Dirección"))


def test_a_picture_credit_under_a_credit_stays_out() -> None:
    """Under a byline's label line ("Text: ..."), "Foto: ..." is the picture's credit."""
    left = _left(_body(_page("end", "<p>Text: Hans Muster</p><p>Foto: Eva Grün</p>")))
    assert "Eva Grün" not in left


def test_a_tables_figures_stay() -> None:
    table = (
        "<table><tr><th>Jahr</th><th>Fahrgäste</th><th>Anteil</th></tr>"
        "<tr><td>2024</td><td>120.000</td><td>12,5 %</td></tr>"
        "<tr><td>2025</td><td>95.000</td><td>-3,1 %</td></tr></table>"
    )
    left = _left(_body(_page("mid", table)))
    assert left == "Jahr Fahrgäste Anteil 2024 120.000 12,5 % 2025 95.000 -3,1 %"


def test_a_counter_outside_a_table_goes() -> None:
    assert _left(_body(_page("mid", "<p>1 / 12</p>"))) == ""


# Whole pages in the shapes unseen CMSs give them, with the story in two halves (A, B) around a
# box the CMS sets inside the text and, for some, a box under it: only the story is the body.
BUS = [
    "Die Stadtwerke wollen bis zum Jahr 2030 alle Buslinien der Stadt auf Elektroantrieb umstellen, teilte der Vorstand mit.",
    "Dafür sollen in den kommenden Jahren rund sechzig neue Fahrzeuge angeschafft und zwei Depots umgebaut werden.",
    "Die Kosten beziffert das Unternehmen auf knapp neunzig Millionen Euro, ein Drittel davon soll aus Fördermitteln kommen.",
    "Kritiker bemängeln, dass die Ladeinfrastruktur noch nicht ausreiche und der Zeitplan deshalb zu ehrgeizig sei.",
]
_A = "".join(f"<p>{s}</p>" for s in BUS[:2])
_B = "".join(f"<p>{s}</p>" for s in BUS[2:])
CMS_PAGES = {
    "brightspot-like": f"<html><body><div class='Page-header'><a href='/'>Stadtblatt</a></div><main class='Page-main'><h1 class='ArticlePage-headline'>Busse werden elektrisch</h1><div class='ArticlePage-articleBody'><div class='RichTextArticleBody RichTextBody'>{_A}<div class='Enhancement'><div class='Enhancement-item'><div class='PromoSmall'><div class='PromoSmall-title'><a href='/x'>Neue Straßenbahnlinie geplant</a></div></div></div></div>{_B}</div></div><div class='ArticlePage-authorInfo'><div class='ArticlePage-authorBio'>Hans Muster ist Lokalredakteur und schreibt über Verkehr in der Stadt.</div></div></main></body></html>",
    "naviga-like-fact-box": f"<html><body><header><a href='/'>Stadtblatt</a></header><article><h1>Busse werden elektrisch</h1><div class='article-text'>{_A}<div class='faktaruta'><h3>So läuft die Umstellung</h3><p>Bis 2026 zwanzig Busse, bis 2028 vierzig weitere.</p></div>{_B}</div></article></body></html>",
    "fact-box-named-in-german": f"<html><body><article><h1>Busse werden elektrisch</h1><div class='txt'>{_A}<div class='c-infokasten'><h3>Die Zahlen</h3><p>Sechzig Busse, zwei Depots, neunzig Millionen Euro.</p></div>{_B}</div></article></body></html>",
    "escenic-like": f"<html><body><div id='header'><a href='/'>Stadtblatt</a></div><div class='article'><h1 class='title'>Busse werden elektrisch</h1><div class='body'>{_A}<div class='relation'><span class='label'>Mehr zum Thema</span><a href='/y'><span class='title'>Neue Straßenbahnlinie geplant</span></a></div>{_B}</div></div></body></html>",
    "atex-like": f"<html><body><div class='article-container'><h1>Busse werden elektrisch</h1><div class='article-body'>{_A}<div class='inline-element'><div class='teaser-small'><a href='/z'><img src='z.jpg'><h4>Neue Straßenbahnlinie geplant</h4></a></div></div>{_B}<div class='article-author'><p><b>Hans Muster</b></p><p>Redakteur Lokales</p><p><a href='mailto:hm@stadtblatt.example'>hm@stadtblatt.example</a></p></div></div></div></body></html>",
    "wordpress-newspack-like": f"<html><body><header class='site-header'><a href='/'>Stadtblatt</a></header><article class='post type-post'><h1 class='entry-title'>Busse werden elektrisch</h1><div class='entry-content'>{_A}<div class='wp-block-group is-style-border'><p><strong>Unterstützen Sie unabhängigen Lokaljournalismus.</strong> Werden Sie jetzt Mitglied und helfen Sie uns, weiter zu berichten.</p><div class='wp-block-buttons'><a class='wp-block-button__link' href='/spenden'>Jetzt unterstützen</a></div></div>{_B}<div class='wp-block-newspack-blocks-author-profile'><p>Hans Muster berichtet seit 2015 für das Stadtblatt über Verkehr und Umwelt.</p></div></div></article></body></html>",
    "english-support-box": f"<html><body><article><h1>Buses go electric</h1><div class='txt'>{_A}<div class='box'><p>Support independent local journalism. Become a member today.</p><a href='/join'>Join</a></div>{_B}<p>Jane Doe covers transport and the environment for the Stadtblatt.</p></div></article></body></html>",
    "drupal-like": f"<html><body><div id='page'><h1 class='page-title'>Busse werden elektrisch</h1><div class='field field--name-body field--type-text-with-summary'><div class='field__item'>{_A}<drupal-media><figure><img src='a.jpg'><figcaption>Ein Elektrobus im Depot. Foto: Stadtwerke</figcaption></figure></drupal-media>{_B}</div></div></div></body></html>",
    "paged": f"<html><body><main><h1>Busse werden elektrisch</h1><div class='txt'>{_A}{_B}<div class='pager'><span>Seite 1 von 2</span><a href='?page=2'>Nächste Seite</a></div><p><a href='?page=2'>Weiter auf Seite 2: Was die Kritiker sagen</a></p></div></main></body></html>",
}


@pytest.mark.parametrize("name", list(CMS_PAGES))
def test_an_unseen_cms_page_gives_the_story_alone(name: str) -> None:
    body = extract_article(CMS_PAGES[name], "https://stadtblatt.example/lokales/busse-a123").body
    assert body == "\n\n".join(BUS)


BIO_STAYS = [
    # the writer's verbs in the story: a person named before, no site named after "für"
    (
        "<p>Die Sprecherin Eva Klein berichtete im Rat von langen Wartezeiten an den Haltestellen.</p>",
        "Eva Klein schreibt für das Amt nun die neuen Pläne.",
    ),
    ("", "Paul Roth berichtet seit Jahren über die Buslinien der Stadt."),
    # a donation pitch quoted
    ("", "„Unterstützen Sie unabhängigen Journalismus“, sagte der Verleger bei der Feier."),
]


@pytest.mark.parametrize(("before", "last"), BIO_STAYS)
def test_a_closing_paragraph_that_is_the_storys_stays(before: str, last: str) -> None:
    html = f"<html><body><article><h1>Busse werden elektrisch</h1><div class='txt'>{_A}{_B}{before}<p>{last}</p></div></article></body></html>"
    body = extract_article(html, "https://stadtblatt.example/lokales/busse-a123").body or ""
    assert body.endswith(last)


def test_a_closing_profile_of_the_writer_goes() -> None:
    last = "Eva Klein schreibt für das Stadtblatt über Verkehr und Umwelt."
    html = f"<html><body><article><h1>Busse werden elektrisch</h1><div class='txt'>{_A}{_B}<p>{last}</p></div></article></body></html>"
    body = extract_article(html, "https://stadtblatt.example/lokales/busse-a123").body
    assert body == "\n\n".join(BUS)
