"""Body text on pages of kinds unseen publishers show (half of them German-language): the
furniture their article blocks hold goes, in neutral class names so only the rule under test
can tell it: an embed's consent placeholder worded anew ("Wir benötigen Ihre Zustimmung, um
den ... X-Inhalt anzuzeigen") with the provider's fine print and buttons under it, a cookie
banner inside the article ("Wir verwenden Cookies, um ...", "We use cookies ...") beside its
buttons, a messenger channel's call ("Hier abonnieren Sie unseren Kanal"), an app's promo
after a label or "Folgen Sie Beispiel auf Google News", a call for readers' tips ("Sie haben
einen Hinweis für uns?"), "Weitere Nachrichten aus ... finden Sie hier", a gallery's size
alone ("12 Bilder"), a read-aloud player's note on its machine voice, a placeholder asking to
accept cookies to show a content in Spanish, Polish, Dutch, English, picture credits in
Hungarian, Turkish, Greek and Korean ("사진=..."); and pointers, paywall offers, agency lines,
captions, players, share bars, reading times in the shapes earlier rules read, as guards. What the story holds stays: a lead
in a "lead" or "teaser" class, a paragraph opening with a bold word or place, a quote block,
subheads, lists, a fact box, a spokesman quoted on cookies, a sentence about an audio version.
Made-up pages and sentences."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://talbote.example/region/2026/12/05/neue-bruecke-eroeffnet-id123.html"
STORY = [
    "Die neue Fußgängerbrücke über die Aare ist am Freitagmorgen nach zwei Jahren Bauzeit für den Verkehr freigegeben worden.",
    "Rund dreihundert Schaulustige hatten sich trotz des kalten Wetters am Ufer versammelt, um die Eröffnung mitzuerleben.",
    "Die Gemeinde hatte für das Projekt ursprünglich elf Millionen Franken veranschlagt, am Ende wurden es knapp dreizehn.",
    "Der Gemeindepräsident sprach von einem wichtigen Tag für das ganze Tal und dankte den Handwerkern für ihre Geduld.",
    "Kritik kam von der Opposition, die den Kostenanstieg als Folge schlechter Planung bezeichnete und eine Untersuchung verlangt.",
    "Ab Montag sollen auch Velofahrende die Brücke benutzen dürfen, sobald die letzten Markierungen angebracht sind.",
]
A = "<a href='/region/2026/12/04/alte-bruecke-wird-abgerissen-id122.html'>Alte Holzbrücke wird im Frühjahr abgerissen</a>"
A2 = "<a href='/region/2026/12/03/kosten-steigen-id121.html'>Warum die Baukosten im Tal so stark steigen</a>"


def _page(where: str, snippet: str) -> str:
    """The story with `snippet` set above it (top), after its third paragraph (mid) or
    under it (end), inside the same block."""
    ps = [f"<p>{t}</p>" for t in STORY]
    top, mid, end = (snippet if where == w else "" for w in ("top", "mid", "end"))
    return (
        "<html lang='de'><head><title>Neue Brücke eröffnet</title></head><body>"
        "<header class='hd'><a href='/'>Talbote</a><nav><a href='/region'>Region</a><a href='/sport'>Sport</a></nav></header>"
        f"<div class='k1'><h1>Neue Brücke über die Aare eröffnet</h1><div class='k2'>{top}{''.join(ps[:3])}{mid}{''.join(ps[3:])}{end}</div></div>"
        "<footer class='ft'><p>© 2026 Talbote AG. Alle Rechte vorbehalten.</p></footer></body></html>"
    )


def _body(html: str) -> str:
    return extract_article(html, URL).body or ""


def _furniture_left(body: str) -> str:
    """What the body holds besides the story's paragraphs."""
    for t in STORY:
        body = body.replace(t, "")
    return " ".join(body.split())


GOES = [
    pytest.param("mid", f"<p><strong>Lesen Sie auch:</strong> {A}</p>", id="lesen-sie-auch-p"),
    pytest.param(
        "mid",
        f"<div class='x'><p>Lesen Sie auch</p><ul><li>{A}</li><li>{A2}</li></ul></div>",
        id="lesen-sie-auch-list",
    ),
    pytest.param(
        "end",
        f"<div class='x'><h3>Mehr zum Thema</h3><ul><li>{A}</li><li>{A2}</li></ul></div>",
        id="mehr-zum-thema-h",
    ),
    pytest.param(
        "end",
        "<div class='x'><h2>Das könnte Sie auch interessieren</h2><div><a href='/a'><img src='a.jpg'><span>Region</span><h3>Alte Holzbrücke wird im Frühjahr abgerissen</h3></a></div><div><a href='/b'><img src='b.jpg'><span>Region</span><h3>Warum die Baukosten im Tal so stark steigen</h3></a></div></div>",
        id="koennte-interessieren",
    ),
    pytest.param("mid", f"<p>Auch interessant: {A}</p>", id="auch-interessant-p"),
    pytest.param(
        "end",
        f"<div class='x'><h3>Weitere Artikel zum Thema</h3><p>{A}</p><p>{A2}</p></div>",
        id="weitere-artikel",
    ),
    pytest.param("mid", f"<p>» {A}</p>", id="arrow-pointer"),
    pytest.param("mid", f"<p>→ Lesen Sie auch: {A}</p>", id="arrow-pointer2"),
    pytest.param(
        "end",
        "<div class='x'><p>Jetzt weiterlesen mit Talbote+</p><p>Alle Artikel auf talbote.example lesen – 4 Wochen für 0,99 €</p><a href='/abo'>Jetzt testen</a><p>Sie sind bereits Abonnent? <a href='/login'>Hier anmelden</a></p></div>",
        id="paywall-weiterlesen",
    ),
    pytest.param(
        "end",
        "<div class='x'><h3>Weiterlesen mit Plus</h3><p>Testen Sie jetzt unser Angebot: 1 Monat gratis, danach 9,99 € monatlich. Jederzeit kündbar.</p><button>Jetzt abonnieren</button></div>",
        id="paywall-plus",
    ),
    pytest.param(
        "end",
        "<div class='x'><h3>Continue reading with a subscription</h3><p>Get unlimited access for $1 a week. Cancel anytime.</p><button>Subscribe now</button><p>Already a subscriber? <a href='/login'>Log in</a></p></div>",
        id="paywall-en",
    ),
    pytest.param("end", "<p>(dpa/lno)</p>", id="dpa-lno"),
    pytest.param("end", "<p>© dpa-infocom, dpa:261205-930-123456/1</p>", id="dpa-infocom"),
    pytest.param("end", "<p>dpa-infocom, dpa:261205-99-123456/2</p>", id="dpa-infocom2"),
    pytest.param("end", "<p>(sda/awp)</p>", id="sda-line"),
    pytest.param("end", "<p>(AFP/red)</p>", id="afp-red"),
    pytest.param("end", "<p>© Agence France-Presse</p>", id="copyright-agency"),
    pytest.param("end", "<p>Quelle: dpa</p>", id="quelle-dpa"),
    pytest.param("end", "<p>Mit Material von dpa und AFP</p>", id="mit-material"),
    pytest.param("end", "<p><em>mit Material der dpa</em></p>", id="mit-material2"),
    pytest.param("end", "<p>(red)</p>", id="red-kuerzel"),
    pytest.param("end", "<p>(mit/dpa)</p>", id="kuerzel-mit"),
    pytest.param(
        "mid",
        "<figure><img src='x.jpg'><figcaption>Die neue Brücke am Eröffnungstag. Foto: Max Muster</figcaption></figure>",
        id="figure-caption",
    ),
    pytest.param("mid", "<p>Foto: Max Muster/dpa</p>", id="photo-credit-p"),
    pytest.param("mid", "<p>Bild: Keystone/Anna Beispiel</p>", id="bild-credit-p"),
    pytest.param(
        "mid",
        "<div class='img'><img src='x.jpg'><span>Die neue Brücke am Eröffnungstag.</span><span>© Talbote/Max Muster</span></div>",
        id="credit-span-in-div",
    ),
    pytest.param(
        "mid",
        "<div class='gal'><p>Bildergalerie</p><p>12 Bilder</p><a href='/g'>Zur Galerie</a></div>",
        id="galerie",
    ),  # failed before
    pytest.param(
        "top",
        "<div class='x'><button>Artikel anhören</button><span>00:00</span><span>/</span><span>03:12</span></div>",
        id="artikel-anhoeren",
    ),
    pytest.param("top", "<p>Lesezeit: 3 Minuten</p>", id="lesezeit"),
    pytest.param("top", "<span>3 Min. Lesezeit</span>", id="min-lesezeit"),
    pytest.param("top", "<p>4 min read</p>", id="reading-time-en"),
    pytest.param(
        "top",
        "<div class='x'><button>Listen to this article</button><span>5 min</span></div>",
        id="listen-en",
    ),
    pytest.param(
        "top",
        "<div class='x'><p>Diesen Artikel anhören</p><p>Die Audioversion wurde mit künstlicher Intelligenz erzeugt.</p></div>",
        id="audio-ki",
    ),  # failed before
    pytest.param(
        "mid",
        "<div class='x'><p>Empfohlener redaktioneller Inhalt</p><p>An dieser Stelle finden Sie einen externen Inhalt von YouTube, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen und wieder ausblenden.</p><label><input type='checkbox'> Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden. Mehr dazu in unseren Datenschutzeinstellungen.</label><button>Externen Inhalt anzeigen</button></div>",
        id="consent-ext",
    ),
    pytest.param(
        "mid",
        "<div class='x'><p>Wir benötigen Ihre Zustimmung, um den von unserer Redaktion eingebundenen X-Inhalt anzuzeigen.</p><p>Hierbei handelt es sich um einen Service des Drittanbieters X Corp. Mit Ihrer Zustimmung werden Cookies gesetzt.</p><button>Zustimmen und anzeigen</button></div>",
        id="consent-twitter",
    ),  # failed before
    pytest.param(
        "mid",
        "<div class='x'><p>This content is provided by YouTube, which may be using cookies and other technologies. To show you this content, we need your permission to use cookies.</p><button>Manage preferences</button><button>Allow and continue</button></div>",
        id="consent-en",
    ),
    pytest.param(
        "mid",
        "<p>Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden. Mehr dazu in unserer Datenschutzerklärung.</p>",
        id="consent-plain-p",
    ),
    pytest.param(
        "end",
        "<div class='x'><p>Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. Mit Klick auf „Alle akzeptieren“ stimmen Sie der Verwendung aller Cookies zu.</p><button>Alle akzeptieren</button><button>Einstellungen</button></div>",
        id="cookie-banner",
    ),  # failed before
    pytest.param(
        "mid",
        "<div class='x'><iframe src='https://www.youtube.com/embed/x'></iframe><p>Video: YouTube</p></div>",
        id="embed-frame",
    ),
    pytest.param("mid", "<div class='x'><span>Anzeige</span></div>", id="anzeige-label"),
    pytest.param("mid", "<p>Weiter nach der Anzeige</p>", id="werbung-weiter"),
    pytest.param(
        "end",
        "<div class='x'><span>Teilen</span><a href='https://facebook.com/share'>Facebook</a><a href='https://twitter.com/share'>X</a><a href='mailto:'>E-Mail</a></div>",
        id="share-bar",
    ),
    pytest.param(
        "end", "<p><a href='/kontakt'>Fehler gefunden? Jetzt melden.</a></p>", id="fehler-melden"
    ),
    pytest.param("end", "<p>Artikel teilen</p>", id="artikel-teilen"),
    pytest.param(
        "end", "<div class='x'><p>Folgen Sie uns auf Google News</p></div>", id="themen-folgen"
    ),
    pytest.param(
        "end",
        "<p>Talbote auf WhatsApp: Hier abonnieren Sie unseren Kanal mit den wichtigsten Nachrichten aus der Region.</p>",
        id="whatsapp",
    ),  # failed before
    pytest.param(
        "end",
        "<p><strong>Immer informiert:</strong> Laden Sie jetzt die kostenlose Talbote-App herunter.</p>",
        id="app-promo",
    ),  # failed before
    pytest.param("top", "<p>Aktualisiert am 05.12.2026, 10:12 Uhr</p>", id="aktualisiert"),
    pytest.param("top", "<p>05.12.2026, 09:41 Uhr</p>", id="datum-line"),
    pytest.param("end", "<p>Stand: 05.12.2026, 11:00 Uhr</p>", id="stand"),
    pytest.param(
        "top", "<p>Veröffentlicht: 05.12.2026 | Lesedauer: 2 Minuten</p>", id="veroeffentlicht"
    ),
    pytest.param("top", "<p>Von Anna Muster</p>", id="byline-von"),
    pytest.param("end", "<p><a href='/'>Zur Startseite</a></p>", id="zur-startseite"),
    pytest.param("end", "<p><a href='#comments'>12 Kommentare</a></p>", id="kommentare-count"),
    pytest.param("mid", f"<p>Lire aussi : {A}</p>", id="nl-fr-lire"),
    pytest.param("mid", f"<p>Leggi anche: {A}</p>", id="it-leggi"),
    pytest.param("mid", f"<p>Lee también: {A}</p>", id="es-lee"),
    pytest.param("mid", f"<p>Lees ook: {A}</p>", id="nl-lees"),
    pytest.param("mid", f"<p>Czytaj także: {A}</p>", id="pl-czytaj"),
    pytest.param("mid", f"<p>Läs också: {A}</p>", id="sv-las"),
    pytest.param("mid", f"<p>Ayrıca okuyun: {A}</p>", id="tr-ayrica"),
    pytest.param(
        "end",
        "<div class='x'><p>Il vous reste 72% de cet article à lire. La suite est réservée aux abonnés.</p><a href='/abo'>S'abonner</a></div>",
        id="fr-reste",
    ),
    pytest.param(
        "end",
        "<div class='x'><p>Sie haben 3 von 5 kostenlosen Artikeln in diesem Monat gelesen.</p><a href='/abo'>Jetzt abonnieren</a></div>",
        id="de-kostenlose-artikel",
    ),
    pytest.param(
        "end",
        "<div class='x'><p>Dieser Artikel ist exklusiv für Abonnenten.</p><p>Testen Sie Talbote+ einen Monat kostenlos.</p><a href='/abo'>Jetzt testen</a></div>",
        id="de-abo-only",
    ),
    pytest.param("mid", f"<p>À lire aussi : {A}</p>", id="fr-a-lire"),
    pytest.param(
        "end",
        f"<div class='x'><h3>Sur le même sujet</h3><ul><li>{A}</li><li>{A2}</li></ul></div>",
        id="fr-meme-sujet",
    ),
    pytest.param(
        "end",
        f"<div class='x'><h3>Te puede interesar</h3><ul><li>{A}</li><li>{A2}</li></ul></div>",
        id="es-interesar",
    ),
    pytest.param("mid", f"<p>Leia também: {A}</p>", id="pt-leia"),
    pytest.param(
        "end",
        f"<div class='x'><h3>Ti potrebbe interessare</h3><ul><li>{A}</li><li>{A2}</li></ul></div>",
        id="it-potrebbe",
    ),
    pytest.param(
        "end",
        f"<div class='x'><h3>関連記事</h3><ul><li>{A}</li><li>{A2}</li></ul></div>",
        id="ja-kanren",
    ),
    pytest.param("mid", f"<p>Læs også: {A}</p>", id="da-laes"),
    pytest.param("mid", f"<p>Les også: {A}</p>", id="no-les"),
    pytest.param("mid", f"<p>Zum Thema: {A}</p>", id="zum-thema-links"),
    pytest.param(
        "top",
        "<div class='x'><button>Merken</button><button>Drucken</button><button>Teilen</button></div>",
        id="merken-drucken",
    ),
    pytest.param("top", "<div class='x'><button>Artikel merken</button></div>", id="merken"),
    pytest.param(
        "mid",
        "<div class='img'><img src='x.jpg'><button>Bild vergrößern</button></div>",
        id="vergroessern",
    ),
    pytest.param(
        "mid", "<p>Die neue Brücke am Eröffnungstag. (Foto: Max Muster)</p>", id="caption-p-paren"
    ),
    pytest.param(
        "mid",
        "<p>Die neue Brücke am Eröffnungstag. Foto: IMAGO/Max Muster</p>",
        id="caption-p-credit-end",
    ),
    pytest.param("top", "<p>Exklusiv für Abonnenten</p>", id="exklusiv-label"),
    pytest.param(
        "end", "<div class='x'><a href='#c'>Kommentieren</a></div>", id="kommentieren-btn"
    ),
    pytest.param(
        "end",
        "<div class='x'><p>We use cookies to give you the best possible experience on our website. By clicking “Accept all”, you agree to the use of cookies.</p><button>Accept all</button></div>",
        id="en-cookie",
    ),  # failed before
    pytest.param(
        "end",
        "<p>Follow our WhatsApp channel for the latest news from the region.</p>",
        id="en-whatsapp",
    ),  # failed before
    pytest.param(
        "top",
        "<div class='x'><button>Anhören</button><p>Dieser Audioinhalt wurde künstlich erzeugt.</p></div>",
        id="audio-ki2",
    ),  # failed before
    pytest.param(
        "end",
        "<div class='x'><p>Wij gebruiken cookies om je de beste ervaring te bieden. Door op accepteren te klikken ga je akkoord.</p><button>Accepteren</button></div>",
        id="nl-cookie",
    ),  # failed before
    pytest.param(
        "mid",
        "<div class='x'><p>Um mit Inhalten aus Instagram zu interagieren oder diese darzustellen, brauchen wir Ihre Zustimmung.</p><button>Akzeptieren und anzeigen</button></div>",
        id="consent-insta",
    ),  # failed before
    pytest.param(
        "mid",
        "<div class='x'><p>Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.</p><button>Gérer mes choix</button></div>",
        id="consent-fr",
    ),  # failed before
    pytest.param(
        "mid",
        "<div class='gal'><img src='g.jpg'><p>Bildergalerie</p><p>24 Fotos</p></div>",
        id="gallery-count-fotos",
    ),
    pytest.param("end", "<p>Quelle: Agenturen</p>", id="quelle-agentur"),
    pytest.param("end", "<p>(dpa)</p>", id="dpa-end-paren"),
    pytest.param("end", "<p>(epd/KNA)</p>", id="epd-kna"),
    pytest.param("end", "<p>(SID)</p>", id="sid"),
    pytest.param(
        "mid",
        f"<div class='x'><span>Lesen Sie auch</span><a href='/r/1'><img src='c.jpg'></a><p>{A}</p></div>",
        id="inline-card",
    ),
    pytest.param("mid", "<p><a href='/galerie/1'>Zur Bildergalerie</a></p>", id="zur-galerie"),
    pytest.param(
        "end",
        "<p>Sie haben einen Hinweis für uns? Schreiben Sie an <a href='mailto:x@talbote.example'>x@talbote.example</a></p>",
        id="hinweis-schreiben",
    ),  # failed before
    pytest.param(
        "end",
        "<div class='x'><span>Themen:</span><a href='/t/a'>Aarau</a><a href='/t/b'>Brücken</a><a href='/t/c'>Verkehr</a></div>",
        id="tags-end",
    ),
    pytest.param(
        "end",
        "<p>Schlagwörter: <a href='/t/a'>Aarau</a>, <a href='/t/b'>Brücken</a>, <a href='/t/c'>Verkehr</a></p>",
        id="schlagworte",
    ),
    pytest.param("end", "<p><a href='javascript:print()'>Artikel drucken</a></p>", id="drucken"),
    pytest.param(
        "end",
        "<div class='x'><h3>Kommentare</h3><a href='#c'>Jetzt kommentieren</a></div>",
        id="jetzt-kommentieren",
    ),
    pytest.param("end", "<p><a href='#top'>Zurück nach oben</a></p>", id="nach-oben"),
    pytest.param(
        "end",
        f"<div class='x'><p><strong>Mehr zu diesem Thema:</strong></p><p>{A}</p><p>{A2}</p></div>",
        id="mehr-zu-diesem",
    ),
    pytest.param(
        "mid",
        "<div class='x'><span>Anzeige</span><p>Die besten Winterjacken im Test – jetzt im Shop entdecken</p><a href='https://shop.example'>Zum Shop</a></div>",
        id="anzeige-shop",
    ),
    pytest.param(
        "mid",
        "<div class='x'><video src='v.mp4'></video><p>Video: Die Eröffnung der Brücke | 1:45</p></div>",
        id="video-autoplay",
    ),
    pytest.param(
        "end", "<p>Folgen Sie Talbote auch auf Google News.</p>", id="google-news"
    ),  # failed before
    pytest.param(
        "end",
        "<div class='x'><a href='?p=1'>1</a><a href='?p=2'>2</a><a href='?p=2'>Nächste Seite</a></div>",
        id="seite",
    ),
    pytest.param("end", "<p>© Talbote 2026 – Alle Rechte vorbehalten</p>", id="copyright-talbote"),
    pytest.param(
        "end",
        "<p>Weitere Nachrichten aus der Region finden Sie <a href='/region'>hier</a>.</p>",
        id="teaser-weiter",
    ),  # failed before
    pytest.param(
        "end",
        "<div class='x'><h3>Newsletter</h3><p>Recevez chaque matin l'essentiel de l'actualité.</p><input type='email' placeholder='Votre e-mail'><button>S'inscrire</button></div>",
        id="fr-newsletter",
    ),
    pytest.param(
        "end",
        "<div class='x'><p>Um Artikel zu merken, melden Sie sich bitte an.</p><a href='/login'>Anmelden</a></div>",
        id="de-artikel-merken-login",
    ),
    pytest.param(
        "end",
        "<div class='x'><p>Utilizziamo cookie e altre tecnologie per migliorare la tua esperienza. Cliccando su Accetta acconsenti.</p><button>Accetta</button><button>Rifiuta</button></div>",
        id="it-cookie",
    ),  # failed before
    pytest.param(
        "mid",
        "<div class='x'><p>Este contenido de YouTube no se puede mostrar porque no has aceptado las cookies.</p><button>Aceptar cookies</button></div>",
        id="es-consent",
    ),  # failed before
    pytest.param(
        "mid",
        "<div class='x'><p>Aby wyświetlić tę treść, musisz zaakceptować pliki cookies.</p><button>Akceptuję</button></div>",
        id="pl-consent",
    ),  # failed before
    pytest.param(
        "mid",
        "<div class='x'><p>Om deze inhoud te bekijken moet je cookies accepteren.</p><button>Accepteren</button></div>",
        id="nl-consent",
    ),  # failed before
    pytest.param(
        "mid",
        "<div class='x'><button>Anhören</button><p>Die Audioversion dieses Artikels wurde künstlich erzeugt und kann Fehler enthalten.</p></div>",
        id="audio-ki-fehler",
    ),
    pytest.param(
        "mid",
        "<div class='x'><button>Listen</button><p>This audio is automatically generated using text-to-speech technology.</p></div>",
        id="en-audio-generated",
    ),
    pytest.param(
        "mid",
        "<div class='x'><p>Debes aceptar las cookies para ver el vídeo.</p><button>Aceptar</button></div>",
        id="es-cookie-wall-no-demonstrative",
    ),
    pytest.param(
        "end",
        "<p><strong>Immer informiert:</strong> Laden Sie jetzt die kostenlose Talbote-App für iOS und Android herunter.</p>",
        id="app-promo-platforms",
    ),
    pytest.param(
        "mid",
        "<div class='x'><p>To view this content from Instagram, please accept cookies.</p><button>Accept cookies</button></div>",
        id="en-consent2",
    ),  # failed before
]


@pytest.mark.parametrize(("where", "snippet"), GOES)
def test_furniture_in_the_story_goes(where: str, snippet: str) -> None:
    body = _body(_page(where, snippet))
    assert all(t in body for t in STORY), body
    assert _furniture_left(body) == "", body


STAYS = [
    pytest.param(
        ["Zur Eröffnung kamen Hunderte"],
        "top",
        "<p class='lead'>Zur Eröffnung kamen Hunderte Menschen ans Ufer, obwohl es regnete und der Wind kalt über das Wasser blies.</p>",
        id="lead-class",
    ),
    pytest.param(
        ["Zur Eröffnung kamen Hunderte"],
        "top",
        "<div class='article-teaser'><p>Zur Eröffnung kamen Hunderte Menschen ans Ufer, obwohl es regnete und der Wind kalt über das Wasser blies.</p></div>",
        id="teaser-class",
    ),
    pytest.param(
        ["Zur Eröffnung kamen Hunderte"],
        "top",
        "<p><strong>Zur Eröffnung kamen Hunderte Menschen ans Ufer, obwohl es regnete und der Wind kalt über das Wasser blies.</strong></p>",
        id="intro-strong",
    ),
    pytest.param(
        ["Aarau. Zur Eröffnung", "Zur Eröffnung kamen Hunderte"],
        "top",
        "<p><strong>Aarau.</strong> Zur Eröffnung kamen Hunderte Menschen ans Ufer, obwohl es regnete und der Wind kalt über das Wasser blies.</p>",
        id="place-bold",
    ),
    pytest.param(
        ["Zur Eröffnung kamen Hunderte"],
        "mid",
        "<p><b>Wichtig:</b> Zur Eröffnung kamen Hunderte Menschen ans Ufer, obwohl es regnete und der Wind kalt über das Wasser blies.</p>",
        id="bold-word",
    ),
    pytest.param(
        ["Das ist ein großer Tag für unser Tal"],
        "mid",
        "<blockquote><p>„Das ist ein großer Tag für unser Tal, und wir haben lange darauf gewartet“, sagte die Präsidentin.</p></blockquote>",
        id="blockquote",
    ),
    pytest.param(["Kosten gestiegen"], "mid", "<h2>Kosten gestiegen</h2>", id="subhead"),
    pytest.param(["Kosten gestiegen"], "mid", "<h3>Kosten gestiegen</h3>", id="subhead-h3"),
    pytest.param(
        ["Kosten gestiegen"],
        "mid",
        "<p><strong>Kosten gestiegen</strong></p>",
        id="subhead-strong-p",
    ),
    pytest.param(
        ["Gehweg von drei Metern Breite", "Beleuchtung mit LED"],
        "mid",
        "<ul><li>ein Gehweg von drei Metern Breite auf beiden Seiten</li><li>eine Beleuchtung mit LED-Lampen für die Nacht</li></ul>",
        id="list-in-story",
    ),
    pytest.param(
        ["Zur Eröffnung kamen Hunderte", "Die Polizei sperrte"],
        "mid",
        "<div>Zur Eröffnung kamen Hunderte Menschen ans Ufer, obwohl es regnete und der Wind kalt über das Wasser blies.<br><br>Die Polizei sperrte die Zufahrt für zwei Stunden, damit die Feier ohne Störungen ablaufen konnte.</div>",
        id="br-div",
    ),
    pytest.param(
        ["großer Tag"],
        "mid",
        "<q>Das ist ein großer Tag für unser Tal, und wir haben lange darauf gewartet</q>",
        id="zitat-quote-tag",
    ),
    pytest.param(
        ["Lesen Sie dazu die Stellungnahme"],
        "mid",
        "<p>Lesen Sie dazu die Stellungnahme des Kantons, die am Donnerstag veröffentlicht wurde und die Kosten detailliert aufschlüsselt.</p>",
        id="lesen-sentence",
    ),
    pytest.param(
        ["Foto: Wer die Brücke"],
        "mid",
        "<p>Foto: Wer die Brücke fotografieren will, findet den besten Blick vom Ostufer aus, wo die Gemeinde eine Plattform gebaut hat.</p>",
        id="foto-sentence",
    ),
    pytest.param(
        ["Zur Eröffnung kamen Hunderte", "Die Polizei sperrte"],
        "end",
        "</div><div class='k2'><p>Zur Eröffnung kamen Hunderte Menschen ans Ufer, obwohl es regnete und der Wind kalt über das Wasser blies.</p><p>Die Polizei sperrte die Zufahrt für zwei Stunden, damit die Feier ohne Störungen ablaufen konnte.</p>",
        id="section-split",
    ),
    pytest.param(
        ["Länge: 120 Meter"],
        "end",
        "<div class='box'><h3>Info</h3><p>Länge: 120 Meter, Breite: 4 Meter, Bauzeit: zwei Jahre, Kosten: 13 Millionen Franken.</p></div>",
        id="factbox-info",
    ),
    pytest.param(
        ["wurde 1970 in Aarau geboren"],
        "end",
        "<div class='box'><h3>Zur Person</h3><p>Die Gemeindepräsidentin wurde 1970 in Aarau geboren und ist seit 2018 im Amt.</p></div>",
        id="zur-person",
    ),
    pytest.param(
        ["Wir verwenden Cookies nur für die Statistik"],
        "mid",
        "<p>„Wir verwenden Cookies nur für die Statistik“, sagte der Sprecher der Gemeinde auf Anfrage und verwies auf die <a href='/ds'>Datenschutzerklärung</a>.</p>",
        id="quoted-cookie",
    ),
    pytest.param(
        ["We use cookies only to count visitors"],
        "mid",
        "<div class='w'><p>We use cookies only to count visitors, the town's spokesman said, pointing to the <a href='/p'>privacy page</a> on its website.</p></div>",
        id="cookie-sentence-wrapped",
    ),
    pytest.param(
        ["eigenen Kanal"],
        "mid",
        "<p>Auf WhatsApp betreibt die Gemeinde seit Mai einen eigenen Kanal, dem bereits über tausend Menschen folgen, wie der Präsident sagte.</p>",
        id="whatsapp-story",
    ),
    pytest.param(
        ["Die Audioversion der Eröffnungsrede"],
        "mid",
        "<p>Die Audioversion der Eröffnungsrede wurde am Abend im Lokalradio gesendet und stieß auf großes Interesse bei den Hörern.</p>",
        id="audio-story",
    ),
    pytest.param(
        ["Zustimmung der Anwohner"],
        "mid",
        "<div class='w'><p>Ohne die Zustimmung der Anwohner hätte die Gemeinde die Brücke nicht bauen dürfen, sagte der Präsident.</p><a href='/x'>Mehr</a></div>",
        id="consent-story",
    ),
    pytest.param(
        ["Zwölf Bilder, eine Geschichte"],
        "mid",
        "<h3>Zwölf Bilder, eine Geschichte</h3>",
        id="numbers-subhead",
    ),
    pytest.param(
        ["Bauzeit: zwei Jahre"],
        "end",
        "<div class='box'><p><strong>Info</strong></p><ul><li>Länge: 120 Meter</li><li>Bauzeit: zwei Jahre</li></ul></div>",
        id="info-box-list",
    ),
    pytest.param(
        ["Frau Muster, sind Sie zufrieden", "Ja, sehr."],
        "end",
        "<p><strong>Frau Muster, sind Sie zufrieden mit der neuen Brücke?</strong></p><p>Ja, sehr. Wir haben lange darauf gewartet und jetzt ist sie endlich da.</p>",
        id="interview-qa",
    ),
    pytest.param(
        ["Folgen Sie der Straße auf der linken Seite"],
        "end",
        "<p>Folgen Sie der Straße auf der linken Seite bis zur Brücke</p>",
        id="folgen-strasse",
    ),
    pytest.param(
        ["Cookies akzeptieren"],
        "end",
        "<p>Wer die Seite der Gemeinde nutzt, muss keine Cookies akzeptieren, betonte der Informatiker.</p>",
        id="cookie-story",
    ),
    pytest.param(
        ["Weitere Nachrichten aus der Region erwartet"],
        "end",
        "<p>Weitere Nachrichten aus der Region erwartet die Gemeinde erst nach der Sitzung des Rates am Montag.</p>",
        id="weitere-nachrichten-sentence",
    ),
    pytest.param(
        ["Haben Sie einen Hinweis auf"],
        "end",
        "<p>Haben Sie einen Hinweis auf den Täter, fragte die Polizei die Anwohner am Abend.</p>",
        id="hinweis-frage",
    ),
]


@pytest.mark.parametrize(("kept", "where", "snippet"), STAYS)
def test_the_story_s_own_text_stays(kept: list[str], where: str, snippet: str) -> None:
    body = _body(_page(where, snippet))
    assert all(t in body for t in STORY), body
    assert all(k in body for k in kept), body


# The same furniture in the other languages of unseen sites: a related box's heading over
# links, a pointer's label before a link, a paywall's line over its offer, an agency's tag
# closing the story, a picture's credit set alone (Hungarian, Turkish, Greek, Korean "="
# credits failed before).
RELATED_HEADINGS = [
    ("tr", "İlgili Haberler"),
    ("hu", "Kapcsolódó cikkek"),
    ("ko", "관련기사"),
    ("zh", "相关阅读"),
    ("zh2", "延伸阅读"),
    ("ar", "مقالات ذات صلة"),
    ("he", "כתבות נוספות"),
    ("fi", "Lue myös"),
    ("pt", "Veja também"),
    ("ru", "Читайте также"),
    ("uk", "Читайте також"),
    ("sw", "Habari zaidi"),
    ("hi", "ये भी पढ़ें"),
    ("el", "Σχετικά άρθρα"),
    ("ro", "Articole similare"),
    ("hr", "Povezane vijesti"),
    ("lt", "Susiję straipsniai"),
    ("vi", "Tin liên quan"),
    ("id", "Berita terkait"),
    ("cs", "Související články"),
    ("sk", "Súvisiace články"),
    ("sl", "Sorodni članki"),
    ("bg", "Още по темата"),
    ("sr", "Povezane vesti"),
]
POINTER_LABELS = [
    ("tr", "Ayrıca okuyun:"),
    ("pl", "Zobacz także:"),
    ("cs", "Přečtěte si také:"),
    ("ro", "Citește și:"),
    ("el", "Διαβάστε επίσης:"),
    ("fi", "Lue myös:"),
    ("hr", "Pročitajte još:"),
    ("sl", "Preberite tudi:"),
    ("id", "Baca juga:"),
    ("vi", "Xem thêm:"),
    ("hi", "यह भी पढ़ें:"),
    ("ar", "اقرأ أيضا:"),
    ("ja", "【関連記事】"),
    ("sw", "Soma pia:"),
    ("ru", "Читайте также:"),
    ("lt", "Taip pat skaitykite:"),
    ("es", "Lea también:"),
    ("hu", "Ezt is ajánljuk:"),
    ("bg", "Прочетете още:"),
    ("et", "Loe ka:"),
    ("lv", "Lasi arī:"),
]
PAYWALL_LINES = [
    ("it", "Questo articolo è riservato agli abbonati"),
    ("es", "Este contenido es exclusivo para suscriptores"),
    ("pl", "Ten artykuł jest dostępny tylko dla subskrybentów"),
    ("nl", "Dit artikel is alleen voor abonnees"),
    ("sv", "Denna artikel är endast för prenumeranter"),
    ("no", "Denne artikkelen er kun for abonnenter"),
    ("da", "Denne artikel er kun for abonnenter"),
    ("fi", "Tämä artikkeli on vain tilaajille"),
    ("cs", "Tento článek je dostupný pouze pro předplatitele"),
    ("tr", "Bu içerik abonelere özeldir"),
    ("pt", "Este conteúdo é exclusivo para assinantes"),
]
AGENCY_TAGS = [
    ("ansa", "(ANSA)"),
    ("efe", "(EFE)"),
    ("pap", "(PAP)"),
    ("ctk", "(ČTK)"),
    ("tasr", "(TASR)"),
    ("mti", "(MTI)"),
    ("lusa", "(Lusa)"),
    ("ntb", "(NTB)"),
    ("tt", "(TT)"),
    ("ritzau", "(Ritzau)"),
    ("aa", "(AA)"),
    ("bta", "(БТА)"),
    ("tass", "(ТАСС)"),
]
CREDITS = [
    ("hu", "Fotó: MTI/Kovács Péter"),
    ("pl", "Zdjęcie: PAP/Jan Kowalski"),
    ("fi", "Kuva: Lehtikuva/Matti Meikäläinen"),
    ("ru", "Фото: ТАСС"),
    ("tr", "Fotoğraf: AA"),
    ("ro", "Foto: Inquam Photos/Ion Popescu"),
    ("el", "Φωτογραφία: Eurokinissi"),
    ("cs", "Foto: ČTK/Jan Novák"),
    ("ja", "（写真：共同）"),
    ("ko", "사진=연합뉴스"),
    ("nl", "Foto: ANP"),
    ("sv", "Bild: TT"),
]


@pytest.mark.parametrize(("lang", "label"), RELATED_HEADINGS, ids=[r[0] for r in RELATED_HEADINGS])
def test_a_related_box_in_another_language_goes(lang: str, label: str) -> None:
    box = f"<div class='x'><h3>{label}</h3><ul><li>{A}</li><li>{A2}</li></ul></div>"
    assert _furniture_left(_body(_page("end", box))) == ""


@pytest.mark.parametrize(("lang", "label"), POINTER_LABELS, ids=[r[0] for r in POINTER_LABELS])
def test_a_pointer_in_another_language_goes(lang: str, label: str) -> None:
    body = _body(_page("mid", f"<p>{label} {A}</p>"))
    assert all(t in body for t in STORY), body
    assert _furniture_left(body) == "", body


@pytest.mark.parametrize(("lang", "line"), PAYWALL_LINES, ids=[r[0] for r in PAYWALL_LINES])
def test_a_paywall_line_in_another_language_goes(lang: str, line: str) -> None:
    offer = f"<div class='x'><p>{line}</p><a href='/abo'>€1</a><a href='/login'>Login</a></div>"
    assert _furniture_left(_body(_page("end", offer))) == ""


@pytest.mark.parametrize(("name", "tag"), AGENCY_TAGS, ids=[r[0] for r in AGENCY_TAGS])
def test_an_agency_tag_closing_the_story_goes(name: str, tag: str) -> None:
    assert _furniture_left(_body(_page("end", f"<p>{tag}</p>"))) == ""


@pytest.mark.parametrize(("lang", "credit"), CREDITS, ids=[r[0] for r in CREDITS])
def test_a_picture_credit_in_another_language_goes(lang: str, credit: str) -> None:
    body = _body(_page("mid", f"<p>{credit}</p>"))
    assert all(t in body for t in STORY), body
    assert _furniture_left(body) == "", body


# Review of session 20's rules: a story ABOUT cookies, apps, tips, read-aloud voices or an
# exhibition says in its own words what those rules read as furniture. Each failed at fd0bdd8
# unless marked a guard.
STORY_ABOUT = [
    pytest.param(
        ["Datenschutzerklärung der Gemeinde nennt"],
        "mid",
        "<div class='w'><p>„Wir nutzen Cookies nur für die Statistik“, sagte der Sprecher der Gemeinde.</p><p>Die <a href='/ds'>Datenschutzerklärung</a> der Gemeinde nennt alle Dienste, die sie dafür einsetzt.</p></div>",
        id="quoted-cookie-then-linked-sentence",
    ),
    pytest.param(
        ["privacy page lists every service"],
        "mid",
        "<div class='w'><p>We use cookies only to count visitors, the spokesman said.</p><p>The town's <a href='/p'>privacy page</a> lists every service it uses for that.</p></div>",
        id="en-cookie-then-linked-sentence",
    ),
    pytest.param(
        ["Nutzer müssen Cookies akzeptieren", "nun beanstandet"],
        "mid",
        "<section><p>Nutzer müssen Cookies akzeptieren, um Videos zu sehen.</p><p>Das hat der <a href='/x'>Landesdatenschutzbeauftragte</a> nun beanstandet.</p></section>",
        id="cookie-story-wrapped",
    ),
    pytest.param(
        ["sagt die Datenschutzbehörde"],
        "mid",
        "<p>Nutzer müssen Cookies akzeptieren, um Inhalte zu sehen, sagt die Datenschutzbehörde.</p>",
        id="cookie-story-accept-to-see",
    ),
    pytest.param(
        ["the regulator found"],
        "mid",
        "<p>Users who do not accept cookies cannot view the site, the regulator found.</p>",
        id="en-cookie-story-accept-to-view",
    ),
    pytest.param(
        ["nur aus dem offiziellen Store"],
        "mid",
        "<p>Verbraucherschützer raten: Laden Sie die App nur aus dem offiziellen Store herunter.</p>",
        id="app-advice-after-label",
    ),
    pytest.param(
        ["rät der Verbraucherschützer"],
        "mid",
        "<p>Laden Sie die App herunter, rät der Verbraucherschützer.</p>",
        id="app-advice-said",
    ),
    pytest.param(
        ["Die Polizei bittet Zeugen"],
        "mid",
        "<p>Haben Sie einen Hinweis? Die Polizei bittet Zeugen, sich unter 0711 123456 zu melden.</p>",
        id="police-appeal",
    ),
    pytest.param(
        ["an die Verbraucherzentrale"],
        "end",
        "<p>Sie haben einen Tipp? Dann wenden Sie sich an die Verbraucherzentrale, rät die Sprecherin.</p>",
        id="tip-to-someone-else",
    ),
    pytest.param(
        ["fragt die Kommissarin"],
        "mid",
        "<p>„Haben Sie einen Hinweis für uns?“, fragt die Kommissarin in dem Video-Aufruf.</p>",
        id="tip-question-quoted",
    ),
    pytest.param(
        ["Mit diesem Satz beginnt der Aufruf"],
        "mid",
        '<p>"Sie haben einen Hinweis?" Mit diesem Satz beginnt der Aufruf der Polizei an uns alle.</p>',
        id="tip-question-quoted-straight",
    ),
    pytest.param(
        ["Weitere Meldungen aus dem Kreis"],
        "mid",
        "<h2>Weitere Meldungen aus dem Kreis</h2><p>In Oberdorf ist am Donnerstag ein Lieferwagen von der Straße abgekommen und in einen Graben gerutscht.</p>",
        id="roundup-subhead",
    ),
    pytest.param(
        ["sagt der Sender"],
        "mid",
        "<p>Die Audioversion wurde mit KI erzeugt, sagt der Sender.</p>",
        id="audio-ki-said",
    ),
    pytest.param(
        ["klingt verblüffend echt"],
        "mid",
        "<p>Die Audioversion wurde mit KI erzeugt und klingt verblüffend echt.</p>",
        id="audio-ki-story-and",
    ),
    pytest.param(
        ["sounds eerily real"],
        "mid",
        "<p>The audio was generated by AI and sounds eerily real to most listeners.</p>",
        id="en-audio-story-and",
    ),
    pytest.param(
        ["kritisieren Blindenverbände"],
        "mid",
        "<p>Die Sprachausgabe wird automatisch erzeugt, kritisieren Blindenverbände.</p>",
        id="voice-story",
    ),
    pytest.param(
        ["12 Bilder", "3 Skulpturen"],
        "mid",
        "<p>Die Schau im Kunsthaus umfasst:</p><ul><li>12 Bilder</li><li>3 Skulpturen</li><li>eine Videoinstallation</li></ul>",
        id="exhibition-list",
    ),
    pytest.param(
        ["Die Ausstellung zeigt 12 Bilder"],
        "mid",
        "<p>Die Ausstellung zeigt 12 Bilder.</p>",
        id="exhibition-sentence",
    ),  # a guard
    pytest.param(
        ["heißt es in einer WhatsApp-Nachricht"],
        "mid",
        "<p>„Folgen Sie dem Kanal, um Ihr Paket zu verfolgen“, heißt es in einer WhatsApp-Nachricht, vor der die Polizei warnt.</p>",
        id="scam-quoted-dem-kanal",
    ),
    pytest.param(
        ["Die Polizei rät, nicht zu antworten"],
        "mid",
        "<p>Betrüger schreiben derzeit auf WhatsApp: „Abonnieren Sie unseren Kanal und gewinnen Sie ein Telefon.“ Die Polizei rät, nicht zu antworten.</p>",
        id="scam-quoted-unseren-kanal",
    ),
    pytest.param(
        ["police said"],
        "mid",
        "<p>Victims were told to join the Telegram channel of a fake bank, police said.</p>",
        id="en-scam-channel",
    ),
    pytest.param(
        ["Meta will WhatsApp-Kanäle"],
        "mid",
        "<p>Meta will WhatsApp-Kanäle künftig auch für Unternehmen öffnen.</p>",
        id="whatsapp-tech-story",
    ),  # a guard
    pytest.param(
        ["Google News zeigt"],
        "mid",
        "<p>Google News zeigt seit Dienstag auch lokale Nachrichten an.</p>",
        id="google-news-story",
    ),  # a guard
    pytest.param(
        ["Die App lässt sich jetzt kostenlos herunterladen"],
        "mid",
        "<p>Die App lässt sich jetzt kostenlos herunterladen.</p>",
        id="app-story",
    ),  # a guard
    pytest.param(
        ["Fotó"],
        "mid",
        "<p>Fotó készült a helyszínen, amelyet a rendőrség is megvizsgált.</p>",
        id="hu-foto-word",
    ),  # a guard
    pytest.param(
        ["김 대표는"],
        "mid",
        '<p>김 대표는 "사진=증거"라고 말했다.</p>',
        id="ko-equals-quoted",
    ),  # a guard
]


@pytest.mark.parametrize(("kept", "where", "snippet"), STORY_ABOUT)
def test_a_story_about_what_the_rules_read_stays(kept: list[str], where: str, snippet: str) -> None:
    body = _body(_page(where, snippet))
    assert all(t in body for t in STORY), body
    assert all(k in body for k in kept), body
