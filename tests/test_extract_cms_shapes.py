"""Whole invented pages in the shapes common news CMSs give them, read end to end.

A publisher never seen most likely runs one of a few systems (WordPress with Yoast or
RankMath, Newspack, Arc XP, Brightspot, Drupal's metatag, Ghost, Escenic/Naviga) and
wraps its pages in the same few consent and paywall layers. Each page here is written
the way such a system writes it, in its own language, with text invented for the test,
and the fields a user relies on are checked together.
"""

# ruff: noqa: E501  -- whole pages read best with their markup on long lines

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

import pytest

from newsarchive.extract import extract_article


@dataclass(frozen=True)
class Case:
    name: str
    url: str
    html: str | bytes  # bytes: a page in a legacy charset, as served
    want: dict[str, object]  # field -> exact value
    body_has: tuple[str, ...] = ()
    body_lacks: tuple[str, ...] = field(default=())


def _instant(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def _page(lang: str, head: str, body: str) -> str:
    return f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


def _ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


# fmt: off
# --- WordPress + Yoast (es): one @graph, author and image as {"@id"} references --------
_ES = (
    "El ayuntamiento de Villamar aprobó anoche un plan para renovar el puerto pesquero, tras meses de negociaciones con las cofradías y los vecinos del barrio marinero.",
    "La obra costará unos doce millones de euros y se financiará en parte con fondos regionales, según explicó la concejala de urbanismo durante el pleno extraordinario.",
    "Los pescadores celebraron el acuerdo, aunque pidieron que las grúas nuevas lleguen antes del invierno, cuando los temporales cierran la bocana varios días seguidos.",
)
_YOAST_URL = "https://diariovillamar.example/politica/2025/03/14/plan-puerto-pesquero/"
YOAST = Case(
    "wordpress-yoast-es",
    _YOAST_URL,
    _page(
        "es-ES",
        '<title>El pleno aprueba el plan del puerto pesquero - Diario Villamar</title>'
        '<meta property="og:title" content="El pleno aprueba el plan del puerto pesquero - Diario Villamar">'
        '<meta property="og:site_name" content="Diario Villamar">'
        '<meta property="article:published_time" content="2025-03-14T08:05:00+00:00">'
        + _ld({
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "Article", "@id": _YOAST_URL + "#article", "isPartOf": {"@id": _YOAST_URL},
                 "author": {"name": "Lucía Fernández Ortega", "@id": "https://diariovillamar.example/#/schema/person/7f1e"},
                 "headline": "El pleno aprueba el plan del puerto pesquero",
                 "datePublished": "2025-03-14T08:05:00+00:00", "dateModified": "2025-03-14T10:12:40+00:00",
                 "mainEntityOfPage": {"@id": _YOAST_URL}, "publisher": {"@id": "https://diariovillamar.example/#organization"},
                 "image": {"@id": _YOAST_URL + "#primaryimage"}, "thumbnailUrl": "https://diariovillamar.example/wp-content/uploads/2025/03/puerto-150x150.jpg",
                 "keywords": ["puerto", "pesca", "pleno municipal"], "articleSection": ["Política", "Villamar"], "inLanguage": "es"},
                {"@type": "WebPage", "@id": _YOAST_URL, "url": _YOAST_URL, "name": "El pleno aprueba el plan del puerto pesquero - Diario Villamar",
                 "primaryImageOfPage": {"@id": _YOAST_URL + "#primaryimage"}, "breadcrumb": {"@id": _YOAST_URL + "#breadcrumb"}},
                {"@type": "ImageObject", "@id": _YOAST_URL + "#primaryimage", "url": "https://diariovillamar.example/wp-content/uploads/2025/03/puerto.jpg",
                 "contentUrl": "https://diariovillamar.example/wp-content/uploads/2025/03/puerto.jpg", "width": 1200, "height": 800},
                {"@type": "BreadcrumbList", "@id": _YOAST_URL + "#breadcrumb", "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Portada", "item": "https://diariovillamar.example/"},
                    {"@type": "ListItem", "position": 2, "name": "El pleno aprueba el plan del puerto pesquero"}]},
                {"@type": "Organization", "@id": "https://diariovillamar.example/#organization", "name": "Diario Villamar"},
                {"@type": "Person", "@id": "https://diariovillamar.example/#/schema/person/7f1e", "name": "Lucía Fernández Ortega",
                 "url": "https://diariovillamar.example/author/lfernandez/"},
            ],
        }),
        '<header class="site-header"><a href="/">Diario Villamar</a><nav><a href="/politica/">Política</a><a href="/deportes/">Deportes</a></nav></header>'
        '<article class="post type-post"><h1 class="entry-title">El pleno aprueba el plan del puerto pesquero</h1>'
        '<div class="entry-meta"><span class="byline">Por <span class="author vcard"><a class="url fn n" href="/author/lfernandez/">Lucía Fernández Ortega</a></span></span>'
        '<time class="entry-date published" datetime="2025-03-14T08:05:00+00:00">14 marzo, 2025</time></div>'
        f'<div class="entry-content">{_paras(*_ES)}</div></article>',
    ),
    {"title": "El pleno aprueba el plan del puerto pesquero", "authors": ["Lucía Fernández Ortega"],
     "published": "2025-03-14T08:05:00+00:00", "topics": ["puerto", "pesca", "pleno municipal"],
     "section": "Política", "language": "es",
     "image": "https://diariovillamar.example/wp-content/uploads/2025/03/puerto.jpg"},
    body_has=(_ES[0], _ES[2]),
)

# --- Newspack / Co-Authors Plus (en): two authors as a list of {"@id"} references -----
_EN = (
    "The county school board voted four to one on Tuesday to keep its rural bus routes running through the spring term, reversing a plan announced in January.",
    "Parents from the northern townships had packed two earlier meetings, saying the proposed cuts would have added more than an hour to some children's journeys.",
    "The board will pay for the routes from a reserve fund and has asked the state for an emergency grant before the next budget vote in June.",
)
_NEWSPACK_URL = "https://valleyledger.example/2025/02/18/school-board-keeps-rural-bus-routes/"
NEWSPACK = Case(
    "newspack-coauthors-en",
    _NEWSPACK_URL,
    _page(
        "en-US",
        '<title>School board keeps rural bus routes &#8211; The Valley Ledger</title>'
        '<meta property="og:title" content="School board keeps rural bus routes">'
        '<meta property="og:image" content="https://valleyledger.example/wp-content/uploads/2025/02/bus.jpg">'
        + _ld({
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "NewsArticle", "@id": _NEWSPACK_URL + "#article",
                 "author": [{"@id": "https://valleyledger.example/#/schema/person/aa1"}, {"@id": "https://valleyledger.example/#/schema/person/bb2"}],
                 "headline": "School board keeps rural bus routes", "datePublished": "2025-02-18T17:42:11-05:00",
                 "mainEntityOfPage": {"@id": _NEWSPACK_URL}, "articleSection": ["Education", "Local"],
                 "keywords": ["school buses", "county school board"]},
                {"@type": "Person", "@id": "https://valleyledger.example/#/schema/person/aa1", "name": "Marcus Whitfield"},
                {"@type": "Person", "@id": "https://valleyledger.example/#/schema/person/bb2", "name": "Priya Raman"},
            ],
        }),
        '<div class="newspack-lightbox">Support local news. Become a member today.</div>'
        '<main><article><h1 class="entry-title">School board keeps rural bus routes</h1>'
        '<div class="entry-subhead"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/mwhitfield/">Marcus Whitfield</a></span> and '
        '<span class="author vcard"><a class="url fn n" href="/author/praman/">Priya Raman</a></span></span>'
        '<time class="entry-date published" datetime="2025-02-18T17:42:11-05:00">February 18, 2025</time></div>'
        f'<div class="entry-content">{_paras(*_EN)}</div></article></main>',
    ),
    {"title": "School board keeps rural bus routes", "authors": ["Marcus Whitfield", "Priya Raman"],
     "published": "2025-02-18T17:42:11-05:00", "topics": ["school buses", "county school board"],
     "section": "Education", "language": "en",
     "image": "https://valleyledger.example/wp-content/uploads/2025/02/bus.jpg"},
    body_has=(_EN[0], _EN[2]),
    body_lacks=("Become a member",),
)

# --- RankMath (pt-BR): comma-joined articleSection and keywords strings -----------------
_PT = (
    "A prefeitura de Serra Clara anunciou nesta segunda-feira que a nova linha de ônibus elétricos começa a circular em abril, ligando o centro aos bairros da zona norte.",
    "Segundo a secretária de mobilidade, os doze veículos foram comprados com recursos de um fundo estadual e devem reduzir pela metade o tempo de espera nos pontos.",
    "Moradores ouvidos pela reportagem elogiaram a iniciativa, mas cobraram abrigos cobertos nas paradas, que hoje deixam os passageiros expostos à chuva e ao sol forte.",
)
_RANKMATH_URL = "https://gazetaserraclara.example/cidade/onibus-eletricos-abril/"
RANKMATH = Case(
    "wordpress-rankmath-pt",
    _RANKMATH_URL,
    _page(
        "pt-BR",
        '<title>Ônibus elétricos começam a circular em abril | Gazeta Serra Clara</title>'
        '<meta property="og:title" content="Ônibus elétricos começam a circular em abril | Gazeta Serra Clara">'
        '<meta property="og:image" content="https://gazetaserraclara.example/wp-content/uploads/onibus.webp">'
        '<meta property="article:section" content="Cidade">'
        + _ld({
            "@context": "https://schema.org",
            "@graph": [
                {"@type": ["Person", "Organization"], "@id": "https://gazetaserraclara.example/#person", "name": "Gazeta Serra Clara"},
                {"@type": "WebSite", "@id": "https://gazetaserraclara.example/#website", "url": "https://gazetaserraclara.example", "name": "Gazeta Serra Clara"},
                {"@type": "WebPage", "@id": _RANKMATH_URL + "#webpage", "url": _RANKMATH_URL, "name": "Ônibus elétricos começam a circular em abril | Gazeta Serra Clara"},
                {"@type": "Person", "@id": "https://gazetaserraclara.example/author/rsouza/", "name": "Renata Souza", "url": "https://gazetaserraclara.example/author/rsouza/"},
                {"@type": "NewsArticle", "headline": "Ônibus elétricos começam a circular em abril | Gazeta Serra Clara",
                 "keywords": "ônibus elétricos, mobilidade urbana, transporte público",
                 "datePublished": "2025-01-20T11:30:00-03:00", "dateModified": "2025-01-20T15:02:00-03:00",
                 "articleSection": "Cidade, Mobilidade", "author": {"@id": "https://gazetaserraclara.example/author/rsouza/", "name": "Renata Souza"},
                 "publisher": {"@id": "https://gazetaserraclara.example/#person"}, "name": "Ônibus elétricos começam a circular em abril",
                 "@id": _RANKMATH_URL + "#richSnippet", "isPartOf": {"@id": _RANKMATH_URL + "#webpage"}, "inLanguage": "pt-BR",
                 "mainEntityOfPage": {"@id": _RANKMATH_URL + "#webpage"}},
            ],
        }),
        '<article><h1 class="entry-title">Ônibus elétricos começam a circular em abril</h1>'
        '<div class="post-meta">Por <a href="/author/rsouza/" rel="author">Renata Souza</a> · 20/01/2025 às 11h30</div>'
        f'<div class="entry-content">{_paras(*_PT)}<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Compartilhe isso:</h3><a href="#">Facebook</a> <a href="#">WhatsApp</a></div></div></article>',
    ),
    {"title": "Ônibus elétricos começam a circular em abril", "authors": ["Renata Souza"],
     "published": "2025-01-20T11:30:00-03:00", "topics": ["ônibus elétricos", "mobilidade urbana", "transporte público"],
     "section": "Cidade", "language": "pt",
     "image": "https://gazetaserraclara.example/wp-content/uploads/onibus.webp"},
    body_has=(_PT[0], _PT[2]),
    body_lacks=("Compartilhe",),
)

# --- Arc XP (es-AR): the story only in Fusion.globalContent and the rendered markup -----
_AR = (
    "El Concejo Deliberante de Puerto Llano aprobó por unanimidad la ordenanza que prohíbe las bolsas plásticas en los comercios de la ciudad a partir del primero de julio.",
    "Los supermercados tendrán tres meses para agotar su stock, mientras que los almacenes de barrio recibirán bolsas de tela que repartirá el municipio sin costo alguno.",
    "Las organizaciones ambientalistas celebraron la medida y recordaron que la costa del distrito recibe cada verano toneladas de residuos que llegan desde el río.",
)
_ARC_URL = "https://elllanero.example/sociedad/2025/04/02/prohiben-las-bolsas-plasticas/"
_ARC_STATE = {
    "_id": "ABCDEF1234567890", "type": "story", "canonical_url": "/sociedad/2025/04/02/prohiben-las-bolsas-plasticas/",
    "headlines": {"basic": "Prohíben las bolsas plásticas en los comercios de Puerto Llano"},
    "subheadlines": {"basic": "La ordenanza rige desde julio"},
    "credits": {"by": [{"_id": "mgomez", "type": "author", "name": "Martina Gómez", "additional_properties": {"original": {"byline": "Martina Gómez"}}}]},
    "display_date": "2025-04-02T13:45:00.000Z", "first_publish_date": "2025-04-02T13:45:00.000Z", "last_updated_date": "2025-04-02T15:00:00.000Z",
    "taxonomy": {"tags": [{"text": "medio ambiente", "slug": "medio-ambiente"}, {"text": "Concejo Deliberante", "slug": "concejo-deliberante"}],
                 "primary_section": {"_id": "/sociedad", "name": "Sociedad"}},
    "content_elements": [{"type": "text", "content": t, "_id": f"P{i}"} for i, t in enumerate(_AR)],
    "promo_items": {"basic": {"type": "image", "url": "https://elllanero.example/resizer/bolsas.jpg"}},
    "language": "es",
}
ARC = Case(
    "arc-xp-fusion-es",
    _ARC_URL,
    _page(
        "es",
        '<title>Prohíben las bolsas plásticas en los comercios de Puerto Llano - El Llanero</title>'
        '<meta property="og:title" content="Prohíben las bolsas plásticas en los comercios de Puerto Llano">'
        '<meta property="og:image" content="https://elllanero.example/resizer/bolsas.jpg">'
        '<meta property="og:type" content="article">'
        '<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="el-llanero";'
        f'Fusion.contextPath="/pf";Fusion.deployment="1234";Fusion.globalContent={json.dumps(_ARC_STATE, ensure_ascii=False)};'
        'Fusion.globalContentConfig={"source":"content-api","query":{"uri":"/sociedad/2025/04/02/prohiben-las-bolsas-plasticas/"}};'
        'Fusion.contentCache={};Fusion.layout="article-right-rail";</script>',
        '<div id="fusion-app"><header class="b-header"><a href="/">El Llanero</a></header>'
        '<article class="b-article"><h1 class="b-headline">Prohíben las bolsas plásticas en los comercios de Puerto Llano</h1>'
        '<h2 class="b-subheadline">La ordenanza rige desde julio</h2>'
        '<div class="b-byline"><span>Por </span><a href="/autor/mgomez/">Martina Gómez</a></div>'
        f'<div class="b-article-body">{_paras(*_AR)}</div></article></div>',
    ),
    {"title": "Prohíben las bolsas plásticas en los comercios de Puerto Llano", "authors": ["Martina Gómez"],
     "published": "2025-04-02T13:45:00+00:00", "topics": ["medio ambiente", "Concejo Deliberante"],
     "section": "Sociedad", "language": "es", "image": "https://elllanero.example/resizer/bolsas.jpg"},
    body_has=(_AR[0], _AR[2]),
)

# --- Brightspot (el): authors as a list of Person objects, ms timestamps ---------------
_EL = (
    "Το δημοτικό συμβούλιο της Καλαμάριας ενέκρινε χθες το βράδυ την ανάπλαση της παραλιακής λεωφόρου, ύστερα από πολύωρη συζήτηση με τους εκπροσώπους των καταστηματαρχών.",
    "Το έργο θα ξεκινήσει τον Σεπτέμβριο και θα διαρκέσει δεκαοκτώ μήνες, ενώ η κυκλοφορία των οχημάτων θα διακόπτεται τμηματικά κατά τις νυχτερινές ώρες.",
    "Οι κάτοικοι της περιοχής ζήτησαν περισσότερους χώρους στάθμευσης και νέα δέντρα κατά μήκος του πεζόδρομου, αιτήματα που η δημοτική αρχή δεσμεύτηκε να εξετάσει.",
)
_BSP_URL = "https://thessnews.example/topika/anaplasi-paraliakis-leoforou"
BRIGHTSPOT = Case(
    "brightspot-el",
    _BSP_URL,
    _page(
        "el",
        '<title>Εγκρίθηκε η ανάπλαση της παραλιακής λεωφόρου | Θεσσαλονίκη Νέα</title>'
        '<meta property="og:title" content="Εγκρίθηκε η ανάπλαση της παραλιακής λεωφόρου">'
        '<meta property="og:image" content="https://thessnews.example/dims4/default/paraliaki.jpg">'
        + _ld({"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": _BSP_URL},
               "headline": "Εγκρίθηκε η ανάπλαση της παραλιακής λεωφόρου",
               "author": [{"@type": "Person", "name": "Ελένη Παπαδοπούλου", "url": "https://thessnews.example/authors/eleni-papadopoulou"},
                          {"@type": "Person", "name": "Νίκος Αντωνίου", "url": "https://thessnews.example/authors/nikos-antoniou"}],
               "datePublished": "2025-05-21T06:30:00.000Z", "dateModified": "2025-05-21T07:10:12.345Z",
               "publisher": {"@type": "NewsMediaOrganization", "name": "Θεσσαλονίκη Νέα"}, "articleSection": "Τοπικά"}),
        '<bsp-page><div class="Page-breadcrumbs"><a href="/topika">Τοπικά</a></div>'
        '<h1 class="Page-headline">Εγκρίθηκε η ανάπλαση της παραλιακής λεωφόρου</h1>'
        '<div class="Page-byline"><div class="Page-authors">Της <a href="/authors/eleni-papadopoulou">Ελένης Παπαδοπούλου</a> και του <a href="/authors/nikos-antoniou">Νίκου Αντωνίου</a></div>'
        '<div class="Page-datePublished"><bsp-timestamp data-timestamp="1747809000000"></bsp-timestamp></div></div>'
        f'<div class="RichTextArticleBody RichTextBody">{_paras(*_EL)}</div></bsp-page>',
    ),
    {"title": "Εγκρίθηκε η ανάπλαση της παραλιακής λεωφόρου", "authors": ["Ελένη Παπαδοπούλου", "Νίκος Αντωνίου"],
     "published": "2025-05-21T06:30:00+00:00", "section": "Τοπικά", "language": "el",
     "image": "https://thessnews.example/dims4/default/paraliaki.jpg"},
    body_has=(_EL[0], _EL[2]),
)

# --- Drupal metatag (hu): no JSON-LD, Dublin Core and keywords metas ----------------------
_HU = (
    "A szegvári önkormányzat hétfőn bejelentette, hogy ősszel megkezdődik a régi malom felújítása, amelyet a tervek szerint helytörténeti kiállítóhellyé alakítanak át.",
    "A munkálatok költségének nagyobb részét pályázati pénzből fedezik, a fennmaradó összeget a város saját költségvetéséből biztosítja – mondta a polgármester.",
    "A helyi egyesületek már gyűjtik a régi fotókat és eszközöket, amelyeket a megnyitó után a látogatók is megtekinthetnek majd az épület emeleti termeiben.",
)
_DRUPAL_URL = "https://szegvarihirek.example/hirek/felujitjak-a-regi-malmot"
DRUPAL = Case(
    "drupal-metatag-hu",
    _DRUPAL_URL,
    _page(
        "hu",
        '<title>Felújítják a régi malmot | Szegvári Hírek</title>'
        '<meta name="description" content="Ősszel kezdődik a munka.">'
        '<meta name="keywords" content="malom, felújítás, helytörténet">'
        '<link rel="canonical" href="https://szegvarihirek.example/hirek/felujitjak-a-regi-malmot">'
        '<meta property="og:site_name" content="Szegvári Hírek">'
        '<meta property="og:title" content="Felújítják a régi malmot">'
        '<meta property="og:image" content="https://szegvarihirek.example/sites/default/files/2025-06/malom.jpg">'
        '<meta property="article:published_time" content="2025-06-09T14:20:00+0200">'
        '<meta name="dcterms.title" content="Felújítják a régi malmot">'
        '<meta name="dcterms.creator" content="Kovács Eszter">'
        '<meta name="dcterms.date" content="2025-06-09T14:20+02:00">',
        '<div class="dialog-off-canvas-main-canvas"><header role="banner"><a href="/" rel="home">Szegvári Hírek</a></header>'
        '<main role="main"><article role="article" class="node node--type-article node--view-mode-full">'
        '<h1 class="page-title"><span class="field field--name-title">Felújítják a régi malmot</span></h1>'
        '<div class="node__meta"><span class="field field--name-uid"><span>Kovács Eszter</span></span> <span class="field field--name-created">2025. június 9., hétfő - 14:20</span></div>'
        f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{_paras(*_HU)}</div>'
        '<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Címkék</div>'
        '<div class="field__items"><div class="field__item"><a href="/taxonomy/term/12" hreflang="hu">malom</a></div><div class="field__item"><a href="/taxonomy/term/31" hreflang="hu">felújítás</a></div></div></div>'
        '</article></main></div>',
    ),
    {"title": "Felújítják a régi malmot", "authors": ["Kovács Eszter"], "published": "2025-06-09T14:20:00+02:00",
     "topics": ["malom", "felújítás", "helytörténet"], "language": "hu",
     "image": "https://szegvarihirek.example/sites/default/files/2025-06/malom.jpg"},
    body_has=(_HU[0], _HU[2]),
    body_lacks=("Címkék",),
)

# --- Ghost (nl): Article JSON-LD, article:tag metas, gh-content body -----------------
_NL = (
    "De gemeenteraad van Zeeveen heeft dinsdagavond ingestemd met de bouw van een nieuwe fietsbrug over het kanaal, na jaren van discussie over de kosten en de plek.",
    "De brug moet in 2027 klaar zijn en verbindt de woonwijk aan de oostkant met het station, zodat scholieren niet langer een omweg van twee kilometer hoeven te fietsen.",
    "Omwonenden van de kade maakten bezwaar tegen de hoogte van de brug, maar de wethouder beloofde dat het ontwerp nog met hen wordt besproken voordat de aanbesteding begint.",
)
_GHOST_URL = "https://zeeveensdagblad.example/fietsbrug-over-het-kanaal/"
GHOST = Case(
    "ghost-nl",
    _GHOST_URL,
    _page(
        "nl",
        '<title>Raad stemt in met fietsbrug over het kanaal</title>'
        '<link rel="canonical" href="https://zeeveensdagblad.example/fietsbrug-over-het-kanaal/">'
        '<meta property="og:site_name" content="Zeeveens Dagblad">'
        '<meta property="og:type" content="article">'
        '<meta property="og:title" content="Raad stemt in met fietsbrug over het kanaal">'
        '<meta property="og:image" content="https://zeeveensdagblad.example/content/images/2025/03/brug.jpg">'
        '<meta property="article:published_time" content="2025-03-11T19:48:05.000Z">'
        '<meta property="article:modified_time" content="2025-03-12T08:01:44.000Z">'
        '<meta property="article:tag" content="Verkeer">'
        '<meta property="article:tag" content="Gemeenteraad">'
        + _ld({"@context": "https://schema.org", "@type": "Article",
               "publisher": {"@type": "Organization", "name": "Zeeveens Dagblad", "url": "https://zeeveensdagblad.example/",
                             "logo": {"@type": "ImageObject", "url": "https://zeeveensdagblad.example/content/images/logo.png"}},
               "author": {"@type": "Person", "name": "Sanne de Vries", "url": "https://zeeveensdagblad.example/author/sanne/", "sameAs": []},
               "headline": "Raad stemt in met fietsbrug over het kanaal", "url": _GHOST_URL,
               "datePublished": "2025-03-11T19:48:05.000Z", "dateModified": "2025-03-12T08:01:44.000Z",
               "image": {"@type": "ImageObject", "url": "https://zeeveensdagblad.example/content/images/2025/03/brug.jpg", "width": 2000, "height": 1333},
               "keywords": "Verkeer, Gemeenteraad", "description": "De brug moet in 2027 klaar zijn.", "mainEntityOfPage": _GHOST_URL}),
        '<div class="site"><header class="gh-head"><a class="gh-head-logo" href="/">Zeeveens Dagblad</a></header>'
        '<main class="gh-main"><article class="gh-article post tag-verkeer"><header class="gh-article-header">'
        '<a class="gh-article-tag" href="/tag/verkeer/">Verkeer</a><h1 class="gh-article-title">Raad stemt in met fietsbrug over het kanaal</h1>'
        '<div class="gh-article-meta"><span class="gh-article-author-name"><a href="/author/sanne/">Sanne de Vries</a></span>'
        '<time class="gh-article-meta-date" datetime="2025-03-11">11 mrt 2025</time></div></header>'
        f'<section class="gh-content gh-canvas">{_paras(*_NL)}</section>'
        '<section class="gh-cta"><h2>Abonneer je op de nieuwsbrief</h2><form><input type="email" placeholder="jouw@email.nl"><button>Aanmelden</button></form></section>'
        '</article></main></div>',
    ),
    {"title": "Raad stemt in met fietsbrug over het kanaal", "authors": ["Sanne de Vries"],
     "published": "2025-03-11T19:48:05+00:00", "topics": ["Verkeer", "Gemeenteraad"], "language": "nl",
     "image": "https://zeeveensdagblad.example/content/images/2025/03/brug.jpg"},
    body_has=(_NL[0], _NL[2]),
    body_lacks=("nieuwsbrief",),
)

# --- Escenic / Naviga (sv): cXense metas, no JSON-LD, byline markup ---------------------
_SV = (
    "Kommunfullmäktige i Norrvik beslutade på måndagskvällen att bygga en ny simhall vid idrottsplatsen, efter att den gamla hallen stängts på grund av fuktskador.",
    "Bygget beräknas kosta omkring hundrafemtio miljoner kronor och ska stå klart till sommaren 2027, enligt kommunens fastighetschef som presenterade förslaget.",
    "Simklubben välkomnade beslutet men påpekade att barnens simundervisning har fått flyttas till grannkommunen under de två år som hallen har varit stängd.",
)
_ESCENIC_URL = "https://norrviksposten.example/nyheter/ny-simhall-i-norrvik-1.2345678"
ESCENIC = Case(
    "escenic-cxense-sv",
    _ESCENIC_URL,
    _page(
        "sv",
        '<title>Ny simhall byggs vid idrottsplatsen - Norrviksposten</title>'
        '<meta property="og:title" content="Ny simhall byggs vid idrottsplatsen">'
        '<meta property="og:image" content="https://norrviksposten.example/incoming/simhall.jpg">'
        '<meta name="cXenseParse:pageclass" content="article">'
        '<meta name="cXenseParse:recs:publishtime" content="2025-02-03T21:15:00+01:00">'
        '<meta name="cXenseParse:author" content="Johan Lindqvist">'
        '<meta name="cXenseParse:recs:articletag" content="simhall">'
        '<meta name="cXenseParse:recs:articletag" content="kommunfullmäktige">'
        '<meta property="article:published_time" content="2025-02-03T21:15:00+01:00">',
        '<div class="page"><article class="article-content"><h1 class="headline">Ny simhall byggs vid idrottsplatsen</h1>'
        '<div class="article-byline"><div class="byline-name">Johan Lindqvist</div><div class="byline-email">johan.lindqvist@norrviksposten.example</div></div>'
        f'<div class="body">{_paras(*_SV)}</div></article></div>',
    ),
    {"title": "Ny simhall byggs vid idrottsplatsen", "authors": ["Johan Lindqvist"],
     "published": "2025-02-03T21:15:00+01:00", "topics": ["simhall", "kommunfullmäktige"], "language": "sv",
     "image": "https://norrviksposten.example/incoming/simhall.jpg"},
    body_has=(_SV[0], _SV[2]),
)

# --- Piano paywall and Didomi consent (it): notice text before the article --------------
_IT = (
    "Il consiglio comunale di Valfonda ha approvato ieri sera il nuovo piano per la raccolta differenziata porta a porta, che entrerà in vigore dal primo settembre.",
    "Ogni famiglia riceverà quattro contenitori colorati e un calendario con i giorni di ritiro, mentre le isole ecologiche del centro storico verranno rimosse entro l'estate.",
    "L'assessore all'ambiente ha spiegato che l'obiettivo è superare il settanta per cento di differenziata entro due anni, riducendo così la tassa sui rifiuti.",
)
_PIANO_URL = "https://corrierevalfonda.example/cronaca/2025/07/08/raccolta-differenziata-porta-a-porta"
PIANO = Case(
    "piano-didomi-it",
    _PIANO_URL,
    _page(
        "it",
        '<title>Valfonda, arriva la raccolta porta a porta - Corriere di Valfonda</title>'
        '<meta property="og:title" content="Valfonda, arriva la raccolta porta a porta">'
        '<meta property="og:image" content="https://corrierevalfonda.example/img/differenziata.jpg">'
        + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Valfonda, arriva la raccolta porta a porta",
               "datePublished": "2025-07-08T07:00:00+02:00", "author": {"@type": "Person", "name": "Giulia Marchetti"},
               "isAccessibleForFree": "False", "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".paywall"},
               "keywords": "rifiuti,ambiente", "articleSection": "Cronaca"}),
        '<div id="didomi-host"><div class="didomi-popup-container"><h1>Il tuo consenso per la privacy</h1>'
        '<p>Noi e i nostri partner utilizziamo cookie e tecnologie simili per archiviare e accedere a informazioni sul tuo dispositivo, per annunci e contenuti personalizzati, misurazione degli annunci e del pubblico.</p>'
        '<p>Puoi acconsentire al trattamento per queste finalità oppure rifiutare o accedere a informazioni più dettagliate e modificare le tue preferenze prima di acconsentire.</p>'
        '<button>Accetta e chiudi</button><button>Rifiuta</button></div></div>'
        '<article><h1>Valfonda, arriva la raccolta porta a porta</h1><div class="author">di Giulia Marchetti</div>'
        f'<div class="article-body"><p>{_IT[0]}</p><div class="paywall">{_paras(*_IT[1:])}</div>'
        '<div id="piano-offer" class="tp-container-inner"><h3>Continua a leggere</h3><p>Abbonati per 1 euro al mese e leggi tutti gli articoli senza limiti.</p></div></div></article>',
    ),
    {"title": "Valfonda, arriva la raccolta porta a porta", "authors": ["Giulia Marchetti"],
     "published": "2025-07-08T07:00:00+02:00", "topics": ["rifiuti", "ambiente"], "section": "Cronaca", "language": "it",
     "image": "https://corrierevalfonda.example/img/differenziata.jpg"},
    body_has=(_IT[0], _IT[2]),
    body_lacks=("cookie", "Abbonati"),
)

# --- NewsArticle inside WebPage.mainEntity (pl) ----------------------------------------
_PL = (
    "Rada miasta Borówno zdecydowała w czwartek o budowie nowej biblioteki w miejscu dawnego kina, które od ponad dziesięciu lat stoi puste i niszczeje.",
    "Projekt zakłada czytelnię dla dzieci, salę koncertową i kawiarnię na parterze, a prace budowlane mają się rozpocząć wiosną przyszłego roku.",
    "Mieszkańcy, którzy od lat zbierali podpisy pod petycją w tej sprawie, przyjęli decyzję radnych oklaskami i zapowiedzieli pomoc przy urządzaniu wnętrz.",
)
_MAIN_URL = "https://kurierborowno.example/wiadomosci/nowa-biblioteka-w-dawnym-kinie/ar/c1-123456"
MAIN_ENTITY = Case(
    "webpage-main-entity-pl",
    _MAIN_URL,
    _page(
        "pl",
        '<title>Nowa biblioteka w dawnym kinie - Kurier Borówno</title>'
        '<meta property="og:title" content="Nowa biblioteka w dawnym kinie">'
        + _ld({"@context": "https://schema.org", "@type": "WebPage", "url": _MAIN_URL, "name": "Nowa biblioteka w dawnym kinie - Kurier Borówno",
               "mainEntity": {"@type": "NewsArticle", "headline": "Nowa biblioteka w dawnym kinie", "datePublished": "2025-10-16T12:04:00+02:00",
                              "author": [{"@type": "Person", "name": "Tomasz Wiśniewski"}, {"@type": "Person", "name": "Anna Zielińska"}],
                              "image": ["https://kurierborowno.example/img/kino-16x9.jpg", "https://kurierborowno.example/img/kino-4x3.jpg"],
                              "keywords": ["biblioteka", "kultura"], "inLanguage": "pl-PL"}}),
        '<article><h1>Nowa biblioteka w dawnym kinie</h1><p class="autor">Tomasz Wiśniewski, Anna Zielińska</p>'
        f'<div class="tresc">{_paras(*_PL)}</div></article>',
    ),
    {"title": "Nowa biblioteka w dawnym kinie", "authors": ["Tomasz Wiśniewski", "Anna Zielińska"],
     "published": "2025-10-16T12:04:00+02:00", "topics": ["biblioteka", "kultura"], "language": "pl",
     "image": "https://kurierborowno.example/img/kino-16x9.jpg"},
    body_has=(_PL[0], _PL[2]),
)

# --- Several blocks (tr): Organization, WebSite, BreadcrumbList, then the article -------
_TR = (
    "Kıyıköy Belediyesi, sahil yolundaki çöken istinat duvarının onarımına önümüzdeki hafta başlanacağını açıkladı; çalışmalar süresince yol tek şeritten trafiğe açık olacak.",
    "Belediye başkanı, duvarın geçen ayki fırtınada zarar gördüğünü ve onarımın yaklaşık iki ay süreceğini söyledi, sürücülerin alternatif güzergahları kullanmasını istedi.",
    "Esnaf ise yaz sezonu öncesinde yolun kapanmasının turizmi olumsuz etkileyeceğinden endişe ediyor ve çalışmaların gece saatlerinde yapılmasını talep ediyor.",
)
_TR_URL = "https://kiyikoyhaber.example/gundem/sahil-yolunda-onarim-basliyor-98765"
MULTI = Case(
    "several-blocks-tr",
    _TR_URL,
    _page(
        "tr",
        '<title>Sahil yolunda onarım başlıyor - Kıyıköy Haber</title>'
        '<meta property="og:title" content="Sahil yolunda onarım başlıyor">'
        '<meta property="og:image" content="https://kiyikoyhaber.example/uploads/sahil-yolu.jpg">'
        + _ld({"@context": "https://schema.org", "@type": "Organization", "name": "Kıyıköy Haber", "url": "https://kiyikoyhaber.example/",
               "logo": "https://kiyikoyhaber.example/logo.png", "sameAs": ["https://twitter.example/kiyikoyhaber"]})
        + _ld({"@context": "https://schema.org", "@type": "WebSite", "url": "https://kiyikoyhaber.example/",
               "potentialAction": {"@type": "SearchAction", "target": "https://kiyikoyhaber.example/arama?q={q}", "query-input": "required name=q"}})
        + _ld({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "item": {"@id": "https://kiyikoyhaber.example/", "name": "Anasayfa"}},
            {"@type": "ListItem", "position": 2, "item": {"@id": "https://kiyikoyhaber.example/gundem", "name": "Gündem"}}]})
        + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": _TR_URL},
               "headline": "Sahil yolunda onarım başlıyor", "datePublished": "2025-04-14T09:12:00+03:00", "dateModified": "2025-04-14T09:40:00+03:00",
               "author": {"@type": "Person", "name": "Elif Yıldız"}, "articleSection": "Gündem", "keywords": "sahil yolu, belediye, onarım",
               "publisher": {"@type": "Organization", "name": "Kıyıköy Haber"}}),
        '<article><h1>Sahil yolunda onarım başlıyor</h1><div class="muhabir">Elif Yıldız</div>'
        f'<div class="haber-metni">{_paras(*_TR)}</div></article>',
    ),
    {"title": "Sahil yolunda onarım başlıyor", "authors": ["Elif Yıldız"], "published": "2025-04-14T09:12:00+03:00",
     "topics": ["sahil yolu", "belediye", "onarım"], "section": "Gündem", "language": "tr"},
    body_has=(_TR[0], _TR[2]),
)

# --- JSON-LD with HTML entities inside a commented CDATA wrapper (fr) -----------------------
_FR = (
    "Le conseil municipal de Port-Landel a voté lundi soir la réouverture de l’ancienne gare, fermée depuis quinze ans, qui accueillera un marché couvert et un atelier de vélos.",
    "Les travaux débuteront à l’automne et coûteront environ deux millions d’euros, financés pour moitié par la région, a précisé le maire à l’issue de la séance.",
    "Les associations du quartier, qui réclamaient ce projet depuis longtemps, organiseront une journée portes ouvertes dès la fin du chantier au printemps prochain.",
)
_CDATA_URL = "https://echodelandel.example/actualite/2025/09/22/l-ancienne-gare-va-rouvrir"
_CDATA_LD = (
    '/*<![CDATA[*/{"@context":"https://schema.org","@type":"NewsArticle",'
    '"headline":"L&#8217;ancienne gare va rouvrir &quot;au printemps&quot;",'
    '"datePublished":"2025-09-22T21:30:00+02:00",'
    '"author":{"@type":"Person","name":"Am&eacute;lie Roussel"},'
    '"keywords":"transports, patrimoine","articleSection":"Actualit&eacute;"}/*]]>*/'
)
CDATA = Case(
    "entities-cdata-fr",
    _CDATA_URL,
    _page(
        "fr",
        '<title>L’ancienne gare va rouvrir « au printemps » | L’Écho de Landel</title>'
        f'<script type="application/ld+json">{_CDATA_LD}</script>',
        '<article><h1>L’ancienne gare va rouvrir "au printemps"</h1><p class="signature">Par Amélie Roussel</p>'
        f'<div class="article__content">{_paras(*_FR)}</div></article>',
    ),
    {"title": "L’ancienne gare va rouvrir \"au printemps\"", "authors": ["Amélie Roussel"],
     "published": "2025-09-22T21:30:00+02:00", "topics": ["transports", "patrimoine"], "section": "Actualité",
     "language": "fr"},
    body_has=(_FR[0], _FR[2]),
)

# --- Broken JSON-LD (cs): raw newlines in strings, a trailing comma, two objects in one block
_CS = (
    "Zastupitelstvo obce Lipová schválilo ve středu rekonstrukci místní školy, která se dočká nové střechy, zateplení a moderních učeben pro výuku přírodních věd.",
    "Práce začnou o letních prázdninách a potrvají až do konce roku, žáci proto budou část podzimu docházet do náhradních prostor v kulturním domě.",
    "Starosta obce uvedl, že většinu nákladů pokryje dotace z evropských fondů a zbytek zaplatí obec z úspor, které si na tuto investici odkládala několik let.",
)
_BROKEN_URL = "https://lipovskelisty.example/zpravy/skola-dostane-novou-strechu-2025"
_BROKEN_LD = (
    '{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": []}\n'
    '{"@context": "https://schema.org", "@type": "NewsArticle",\n'
    '  "headline": "Škola v Lipové dostane novou střechu",\n'
    '  "description": "Zastupitelé schválili\nrekonstrukci.",\n'
    '  "datePublished": "2025-05-28T16:00:00+02:00",\n'
    '  "author": [{"@type": "Person", "name": "Petra Dvořáková"},],\n'
    '  "keywords": ["škola", "rekonstrukce",],\n'
    '}'
)
BROKEN = Case(
    "broken-json-cs",
    _BROKEN_URL,
    _page(
        "cs",
        '<title>Škola v Lipové dostane novou střechu | Lipovské listy</title>'
        f'<script type="application/ld+json">{_BROKEN_LD}</script>',
        '<article><h1>Škola v Lipové dostane novou střechu</h1>'
        f'<div class="text">{_paras(*_CS)}</div></article>',
    ),
    {"title": "Škola v Lipové dostane novou střechu", "authors": ["Petra Dvořáková"],
     "published": "2025-05-28T16:00:00+02:00", "topics": ["škola", "rekonstrukce"], "language": "cs"},
    body_has=(_CS[0], _CS[2]),
)

_KO = ("바다시 시의회는 12일 본회의를 열고 낡은 항구 방파제를 보강하는 예산안을 통과시켰다. 공사는 올해 가을부터 시작돼 내년 여름까지 이어질 예정이다.",
      "시 관계자는 태풍 때마다 방파제 일부가 무너져 어민들의 피해가 컸다며 이번 보강 공사로 안전 문제가 크게 개선될 것이라고 말했다.",
      "어민들은 환영의 뜻을 밝히면서도 공사 기간 동안 어선 정박 공간이 줄어드는 데 대한 대책을 마련해 달라고 요구했다.")
_NDSOFT = f'''<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>바다시, 항구 방파제 보강 예산 통과 - 바다일보</title>
<meta property="og:title" content="바다시, 항구 방파제 보강 예산 통과">
<meta property="og:site_name" content="바다일보">
<meta property="og:image" content="https://www.badailbo.example/news/photo/202505/12345_6789_3021.jpg">
<meta property="article:published_time" content="2025-05-12T14:20:00+09:00">
<meta property="article:section" content="사회">
<meta name="keywords" content="방파제, 시의회, 예산">
</head><body><div id="user-wrap"><header id="user-header"><a href="/">바다일보</a></header>
<div id="user-container"><section class="article-view-header"><h3 class="heading">바다시, 항구 방파제 보강 예산 통과</h3>
<div class="info-group"><ul class="infomation"><li><i class="icon-user-o"></i> 김바다 기자</li><li><i class="icon-clock-o"></i> 입력 2025.05.12 14:20</li></ul></div></section>
<article id="article-view-content-div" class="article-veiw-body view-page font-size17">{''.join(f"<p>{p}</p>" for p in _KO)}
<p>김바다 기자 sea@badailbo.example</p></article>
<div class="view-copyright">저작권자 © 바다일보 무단전재 및 재배포 금지</div>
<div class="view-editors"><div class="float-left"><strong>김바다 기자</strong></div><div class="email">다른기사 보기</div></div>
</div></div></body></html>'''.encode()
_ZH = ("本报讯 海滨市政府十二日召开常务会议，审议通过了老旧港口码头改造方案，工程预计今年秋季开工，明年夏季完工。",
      "市交通局负责人表示，改造完成后码头的年吞吐能力将提高三成，同时将新建一处游客集散中心，方便市民出行。",
      "不少渔民对此表示欢迎，但也希望施工期间能合理安排渔船停靠，尽量减少对正常作业的影响。")
_DEDE = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>海滨市通过港口码头改造方案_海滨新闻网</title>
<meta name="keywords" content="港口,码头,改造" />
<meta name="description" content="海滨市政府十二日召开常务会议，审议通过了老旧港口码头改造方案。" />
</head><body><div class="header"><a href="/">海滨新闻网</a></div><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/bdxw/">本地新闻</a> &gt; 正文</div>
<div class="article"><h1>海滨市通过港口码头改造方案</h1><div class="info">发布时间：2025-05-12 09:36 &nbsp; 来源：海滨日报 &nbsp; 作者：王镕 &nbsp; 点击：<script src="/plus/count.php?aid=1"></script></div>
<div class="content">{''.join(f"<p>{p}</p>" for p in _ZH)}</div>
<div class="editor">(责任编辑：李华)</div></div>
<div class="footer">Copyright 海滨新闻网 版权所有</div></body></html>'''.encode("gbk")
_JA = ("港町市議会は十二日、老朽化した防波堤の補強工事に関する予算案を可決した。工事は今秋に始まり、来年夏までに完了する予定だ。",
      "市の担当者は、台風のたびに防波堤の一部が崩れ、漁業者に大きな被害が出ていたと説明し、今回の工事で安全性が大きく高まるとの見方を示した。",
      "漁業者は歓迎しつつも、工事期間中の漁船の係留場所について対策を求めている。")
_SJIS = f'''<!DOCTYPE html><html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>防波堤の補強予算を可決　港町市議会｜港町新聞</title>
<meta property="og:title" content="防波堤の補強予算を可決　港町市議会">
<meta name="keywords" content="防波堤,市議会,台風">
</head><body><div id="header"><a href="/">港町新聞</a></div>
<div id="main"><h1>防波堤の補強予算を可決　港町市議会</h1><p class="date">2025年5月12日 17時05分</p>
<div class="article-body">{''.join(f"<p>{p}</p>" for p in _JA)}</div><p class="author">（髙橋一郎）</p></div></body></html>'''.encode("cp932")
_AR = ("وافق المجلس البلدي لمدينة الميناء يوم الاثنين على خطة لتجديد الرصيف القديم، بعد أشهر من النقاش مع الصيادين وسكان الحي البحري.",
      "وقال رئيس البلدية إن المشروع سيكلف نحو عشرة ملايين دينار، وسيتم تمويل جزء منه من صندوق التنمية الإقليمي، على أن يبدأ العمل في الخريف.",
      "ورحب الصيادون بالقرار، لكنهم طالبوا بتوفير أماكن بديلة لرسو القوارب خلال فترة الأشغال التي قد تستمر عامًا كاملًا.")
_AR_URL = "https://almina.example/local/2025/05/12/rasif/"
_AR_LD = json.dumps({"@context":"https://schema.org","@graph":[
  {"@type":"NewsArticle","@id":_AR_URL + "#article","headline":"المجلس البلدي يوافق على تجديد الرصيف القديم","datePublished":"2025-05-12T10:15:00+01:00",
   "author":{"@id":"https://almina.example/#/schema/person/ab12"},"articleSection":["محلي"],"keywords":["الميناء","البلدية"],"inLanguage":"ar","mainEntityOfPage":{"@id": _AR_URL}},
  {"@type":"Person","@id":"https://almina.example/#/schema/person/ab12","name":"سارة بن علي"}]}, ensure_ascii=False)
_ARABIC = f'''<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="UTF-8"><title>المجلس البلدي يوافق على تجديد الرصيف القديم - الميناء نيوز</title>
<meta property="og:title" content="المجلس البلدي يوافق على تجديد الرصيف القديم - الميناء نيوز"><script type="application/ld+json" class="yoast-schema-graph">{_AR_LD}</script></head>
<body><article><h1 class="entry-title">المجلس البلدي يوافق على تجديد الرصيف القديم</h1><span class="byline">بقلم <a href="/author/sara/">سارة بن علي</a></span>
<div class="entry-content">{''.join(f"<p>{p}</p>" for p in _AR)}</div></article></body></html>'''.encode()

# --- CJK and right-to-left CMS pages, two of them in legacy charsets ----------------------
# ndsoft (ko): the headline is an h3, the byline "김바다 기자" a list item under it.
NDSOFT = Case("ndsoft-ko", "https://www.badailbo.example/news/articleView.html?idxno=12345", _NDSOFT,
              {"title": "바다시, 항구 방파제 보강 예산 통과", "authors": ["김바다"], "published": "2025-05-12T14:20:00+09:00",
               "topics": ["방파제", "시의회", "예산"], "section": "사회", "language": "ko"},
              body_has=(_KO[0], _KO[2]), body_lacks=("저작권자",))
DEDE = Case("dedecms-gb2312-zh", "http://www.haibinnews.example/bdxw/2025/0512/1234.html", _DEDE,
            {"title": "海滨市通过港口码头改造方案", "authors": ["王镕"], "published": "2025-05-12T09:36:00+08:00",
             "topics": ["港口", "码头", "改造"], "language": "zh"},
            body_has=(_ZH[0], _ZH[2]), body_lacks=("责任编辑", "Copyright"))
SJIS = Case("shift_jis-ja", "https://www.minatomachi-np.example/news/20250512/k00/00m/040/123000c", _SJIS,
            {"title": "防波堤の補強予算を可決 港町市議会", "authors": ["髙橋一郎"], "published": "2025-05-12T17:05:00+09:00",
             "topics": ["防波堤", "市議会", "台風"], "language": "ja"},
            body_has=(_JA[0], _JA[2]))
YOAST_AR = Case("yoast-rtl-ar", _AR_URL, _ARABIC,
                {"title": "المجلس البلدي يوافق على تجديد الرصيف القديم", "authors": ["سارة بن علي"],
                 "published": "2025-05-12T10:15:00+01:00", "topics": ["الميناء", "البلدية"], "section": "محلي", "language": "ar"},
                body_has=(_AR[0], _AR[2]))


# --- Drupal 7 (hr): RDFa only, "Objavio <user> <date>" under the title -----------------------
_HR = (
    "Gradska uprava Lučice u ponedjeljak je odobrila obnovu stare tržnice, koja bi nakon radova trebala ponovno primati prodavače voća i povrća iz okolnih sela.",
    "Radovi će početi u rujnu i trajati oko godinu dana, a veći dio troškova pokrit će se iz europskih fondova, rekao je gradonačelnik na sjednici vijeća.",
    "Prodavači su odluku dočekali s olakšanjem, ali traže privremeni prostor za rad tijekom obnove kako ne bi izgubili svoje stalne kupce.",
)
DRUPAL7 = Case(
    "drupal7-rdfa-hr",
    "https://lucki-vjesnik.example/vijesti/obnova-stare-trznice-odobrena",
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">'
    '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="hr" version="XHTML+RDFa 1.0" dir="ltr">'
    '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Obnova stare tržnice odobrena | Lučki vjesnik</title></head>'
    '<body class="html not-front page-node node-type-article"><div id="page"><div id="main">'
    '<h1 class="title" id="page-title">Obnova stare tržnice odobrena</h1>'
    '<div id="node-812" class="node node-article node-promoted clearfix" about="/vijesti/obnova-stare-trznice-odobrena" typeof="sioc:Item foaf:Document">'
    '<span property="dc:title" content="Obnova stare tržnice odobrena" class="rdf-meta element-hidden"></span>'
    '<div class="submitted"><span property="dc:date dc:created" content="2025-05-12T10:25:00+02:00" datatype="xsd:dateTime" rel="sioc:has_creator">'
    'Objavio <span class="username" xml:lang="" about="/korisnik/ivana-horvat" typeof="sioc:UserAccount" property="foaf:name" datatype="">Ivana Horvat</span> pon, 12.05.2025 - 10:25</span></div>'
    f'<div class="content"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{_paras(*_HR)}</div></div></div>'
    '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Oznake:&nbsp;</div><div class="field-items">'
    '<div class="field-item even" rel="dc:subject"><a href="/oznake/trznica" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">tržnica</a></div>'
    '<div class="field-item odd" rel="dc:subject"><a href="/oznake/eu-fondovi" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">EU fondovi</a></div></div></div>'
    '</div></div></div></div>'
    '<div id="comments"><div class="comment" about="/comment/3#comment-3" typeof="sioc:Post sioct:Comment"><div class="submitted"><span rel="sioc:has_creator">'
    '<span class="username" typeof="sioc:UserAccount" property="foaf:name">Marko Kovač</span></span></div><p>Konačno!</p></div></div></body></html>',
    {"title": "Obnova stare tržnice odobrena", "authors": ["Ivana Horvat"], "published": "2025-05-12T10:25:00+02:00",
     "topics": ["tržnica", "EU fondovi"], "language": "hr"},
    body_has=(_HR[0], _HR[2]),
    body_lacks=("Oznake", "Konačno"),
)


# --- Microdata only (fi): no JSON-LD, no OpenGraph ---------------------------------------------
_FI = (
    "Kuntavaltuusto päätti maanantaina kunnostaa vanhan satamalaiturin, jonka rakenteet vaurioituivat pahasti viime syksyn myrskyissä.",
    "Työt alkavat elokuussa ja kestävät noin vuoden, ja kustannuksista puolet katetaan valtion avustuksella, kertoi kunnanjohtaja kokouksessa.",
    "Kalastajat pitivät päätöstä hyvänä, mutta toivovat väliaikaista laituripaikkaa veneilleen koko korjauksen ajaksi.",
)
MICRODATA = Case(
    "microdata-fi",
    "https://rannikonsanomat.example/uutiset/satamalaituri",
    _page(
        "fi",
        "<title>Satamalaituri kunnostetaan | Rannikon Sanomat</title>",
        '<article itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">Satamalaituri kunnostetaan</h1>'
        '<meta itemprop="keywords" content="satama, kuntavaltuusto">'
        '<div class="meta"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Liisa Virtanen</span></span>'
        '<time itemprop="datePublished" datetime="2025-05-12T15:40:00+03:00">12.5.2025 15:40</time></div>'
        f'<div itemprop="articleBody">{_paras(*_FI)}</div></article>'
        '<aside><article itemscope itemtype="http://schema.org/NewsArticle"><meta itemprop="keywords" content="jalkapallo">'
        '<h2 itemprop="headline"><a href="/urheilu/ottelu">Kotijoukkue voitti derbyn</a></h2></article></aside>',
    ),
    {"title": "Satamalaituri kunnostetaan", "authors": ["Liisa Virtanen"], "published": "2025-05-12T15:40:00+03:00",
     "topics": ["satama", "kuntavaltuusto"], "language": "fi"},
    body_has=(_FI[0], _FI[2]),
    body_lacks=("derbyn",),
)

# fmt: on
CASES = [
    YOAST,
    NEWSPACK,
    RANKMATH,
    ARC,
    BRIGHTSPOT,
    DRUPAL,
    GHOST,
    ESCENIC,
    PIANO,
    MAIN_ENTITY,
    MULTI,
    CDATA,
    BROKEN,
    NDSOFT,
    DEDE,
    SJIS,
    YOAST_AR,
    DRUPAL7,
    MICRODATA,
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_cms_page_end_to_end(case: Case) -> None:
    art = extract_article(
        case.html if isinstance(case.html, bytes) else case.html.encode(), case.url
    )
    want = dict(case.want)
    got = {name: getattr(art, name) for name in want}
    if "published" in want:  # the same instant (with an offset), whatever offset it is shown in
        want["published"], got["published"] = _instant(want["published"]), _instant(art.published)
    assert got == want
    for text in case.body_has:
        assert text in (art.body or "")
    for text in case.body_lacks:
        assert text not in (art.body or "")


_HEADLINE = '{"@type": "NewsArticle", "headline": "Fähre fährt wieder nach Plan", "author": {"@type": "Person", "name": "Jonas Berg"}}'


@pytest.mark.parametrize(
    "block",
    [
        pytest.param(f"/*<![CDATA[*/{_HEADLINE}/*]]>*/", id="cdata-in-block-comments"),
        pytest.param(f"//<![CDATA[\n{_HEADLINE}\n//]]>", id="cdata-in-line-comments"),
        pytest.param(f"<!-- //<![CDATA[\n{_HEADLINE}\n//]]> -->", id="comment-around-cdata"),
        pytest.param(f'{{"@type": "WebSite", "name": "Hafenblatt"}}\n{_HEADLINE}', id="two-objects-one-after-another"),
        pytest.param(f'{{"@type": "Organization", "name": "Hafenblatt"}},{_HEADLINE}', id="two-objects-comma-separated"),
        pytest.param(f'{_HEADLINE[:-1]},}}\n{{"@type": "WebPage",}}', id="trailing-commas-and-two-objects"),
        pytest.param(f"{_HEADLINE} {{broken", id="a-broken-object-after"),
        pytest.param('{"@type": "NewsArticle", "description": "Sie sagte "nein" dazu", "headline": "Fähre fährt wieder nach Plan", "author": {"@type": "Person", "name": "Jonas Berg"}}',
                     id="quotes-inside-a-string"),
        pytest.param('{"@type": "NewsArticle", "alternativeHeadline": "Endlich "pünktlich"", "headline": "Fähre fährt wieder nach Plan", "author": {"@type": "Person", "name": "Jonas Berg"}}',
                     id="a-string-ending-in-a-quote"),
        pytest.param('{"@type": "NewsArticle", "headline": "Fähre fährt wieder nach Plan"\n "author": {"@type": "Person", "name": "Jonas Berg"}}',
                     id="a-comma-missing"),
        pytest.param('{"@type": "NewsArticle", "description": "Die F\\\'ähre", "headline": "Fähre fährt wieder nach Plan", "author": {"@type": "Person", "name": "Jonas Berg"}}',
                     id="javascript-escaped-apostrophe"),
    ],
)  # fmt: skip
def test_jsonld_blocks_that_are_not_plain_json(block: str) -> None:
    html = f'<html><head><script type="application/ld+json">{block}</script></head><body><p>Kurz.</p></body></html>'
    art = extract_article(html, "https://hafenblatt.example/faehre")
    assert (art.title, art.authors) == ("Fähre fährt wieder nach Plan", ["Jonas Berg"])


@pytest.mark.parametrize(
    "media_type", ["application/ld+json; charset=utf-8", "Application/LD+JSON;charset=UTF-8"]
)
def test_jsonld_type_with_parameters(media_type: str) -> None:
    html = f'<html><head><script type="{media_type}">{_HEADLINE}</script></head><body><p>Kurz.</p></body></html>'
    art = extract_article(html, "https://hafenblatt.example/faehre")
    assert (art.title, art.authors) == ("Fähre fährt wieder nach Plan", ["Jonas Berg"])


@pytest.mark.parametrize(
    ("image", "want"),
    [
        pytest.param({"thumbnailUrl": "https://hafenblatt.example/wp-content/uploads/faehre-150x150.jpg"},
                     "https://hafenblatt.example/wp-content/uploads/faehre-150x150.jpg", id="thumbnail-only"),
        pytest.param({"image": {"@id": "https://hafenblatt.example/faehre#primaryimage"}, "thumbnailUrl": "/t.jpg"},
                     "https://hafenblatt.example/wp-content/uploads/faehre.jpg", id="reference-before-thumbnail"),
    ],
)  # fmt: skip
def test_jsonld_image_by_reference_or_thumbnail(image: dict[str, object], want: str) -> None:
    graph = {"@graph": [
        {"@type": "NewsArticle", "headline": "Fähre fährt wieder nach Plan", **image},
        {"@type": "ImageObject", "@id": "https://hafenblatt.example/faehre#primaryimage",
         "url": "https://hafenblatt.example/wp-content/uploads/faehre.jpg"},
    ]}  # fmt: skip
    html = f"<html><head>{_ld(graph)}</head><body><p>Kurz.</p></body></html>"
    assert extract_article(html, "https://hafenblatt.example/faehre").image == want


_SEE = (
    "Die Gemeinde Seeburg hat am Dienstag beschlossen, die alte Fähre durch ein elektrisches Boot zu ersetzen, das ab dem Sommer zwischen den beiden Ufern pendeln soll.",
    "Der Bürgermeister sagte, die Kosten von rund zwei Millionen Euro würden zur Hälfte vom Land getragen, den Rest zahle die Gemeinde aus ihren Rücklagen.",
    "Die Fährleute begrüßten den Schritt, forderten aber eine Schulung für den neuen Antrieb, bevor das Boot im Juni seinen regulären Betrieb aufnimmt.",
)


@pytest.mark.parametrize(
    ("box", "leak"),
    [
        pytest.param('<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Ähnliche Beiträge</em></h3><p>In "Lokales"</p></div>',
                     "Ähnliche Beiträge", id="jetpack-related-posts"),
        pytest.param('<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Teilen mit:</h3><a href="#">Facebook</a></div>',
                     "Teilen mit", id="jetpack-sharing"),
        pytest.param('<div id="wpdiscuz" class="wpdiscuz_unauth"><div class="wpd-form-head">Kommentar schreiben</div><p>Bitte melden Sie sich an, um einen Kommentar zu hinterlassen.</p></div>',
                     "Kommentar schreiben", id="wpdiscuz-comments"),
        pytest.param('<div class="saboxplugin-wrap"><div class="saboxplugin-desc"><p>Lena Vogt schreibt seit zehn Jahren über die Region rund um den See.</p></div></div>',
                     "seit zehn Jahren", id="simple-author-box"),
        pytest.param('<div id="piano-inline" class="tp-container-inner"><h3>Weiterlesen mit Abo</h3><p>Jetzt einen Monat für einen Euro lesen, jederzeit kündbar.</p></div>',
                     "einen Euro", id="piano-offer"),
    ],
)  # fmt: skip
def test_wordpress_and_paywall_boxes_inside_the_text(box: str, leak: str) -> None:
    html = (
        '<html lang="de"><head><title>Neue Fähre für Seeburg</title></head><body><article><h1>Neue Fähre für Seeburg</h1>'
        f'<div class="entry-content"><p>{_SEE[0]}</p><p>{_SEE[1]}</p>{box}<p>{_SEE[2]}</p></div></article></body></html>'
    )
    body = extract_article(html, "https://seeburger.example/2025/05/neue-faehre/").body or ""
    assert all(p in body for p in _SEE)
    assert leak not in body


_CONSENT = (
    "<p>Nous et nos partenaires stockons et accédons à des informations sur un appareil, comme des cookies, et traitons des données personnelles, comme des identifiants uniques, pour des publicités et des contenus personnalisés.</p>"
    "<p>Avec votre permission, nous et nos partenaires pouvons utiliser des données de géolocalisation précises. Vous pouvez cliquer pour donner votre consentement au traitement décrit ci-dessus par nous et nos partenaires.</p>"
    "<p>Fonctionnel : le stockage ou l'accès technique est strictement nécessaire dans la finalité d'intérêt légitime de permettre l'utilisation d'un service spécifique explicitement demandé par l'abonné ou l'utilisateur.</p>"
    "<p>Statistiques : le stockage ou l'accès technique qui est utilisé exclusivement dans des finalités statistiques anonymes, sans citation à comparaître ni conformité volontaire de votre fournisseur d'accès.</p>"
)
_PORT = (
    "La commune de Port-Blanc a décidé mardi de remplacer le vieux bac par un bateau électrique, qui fera la navette entre les deux rives dès le début de l'été prochain.",
    "Le maire a indiqué que le coût, environ deux millions d'euros, serait pris en charge pour moitié par la région, le reste étant financé par les réserves communales.",
    "Les passeurs ont salué la décision mais demandent une formation au nouveau moteur avant que le bateau ne commence son service régulier au mois de juin.",
)


@pytest.mark.parametrize(
    "banner",
    [
        pytest.param(f'<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner">{_CONSENT}</div></div>', id="complianz"),
        pytest.param(f'<div id="CybotCookiebotDialog">{_CONSENT}</div>', id="cookiebot"),
        pytest.param(f'<div id="cmpbox" class="cmpbox">{_CONSENT}</div>', id="consentmanager"),
        pytest.param(f'<div id="iubenda-cs-banner">{_CONSENT}</div>', id="iubenda"),
        pytest.param(f'<div id="optanon" class="optanon-alert-box-wrapper">{_CONSENT}</div>', id="onetrust-older"),
        pytest.param(f'<div class="cc-window cookieconsent-banner" role="dialog">{_CONSENT}</div>', id="osano-cookieconsent"),
    ],
)  # fmt: skip
def test_consent_banner_after_the_article_is_not_the_body(banner: str) -> None:
    """WordPress consent plugins render their banner into the page, after the article:
    its purposes, four paragraphs, outweighed a short article's three."""
    article = "".join(f"<p>{p}</p>" for p in _PORT)
    html = (
        '<html lang="fr"><head><title>Un bac électrique pour Port-Blanc</title></head><body>'
        f'<article><h1>Un bac électrique pour Port-Blanc</h1><div class="entry-content">{article}</div></article>{banner}</body></html>'
    )
    body = extract_article(html, "https://portblanc.example/2025/05/bac-electrique/").body or ""
    assert all(p in body for p in _PORT)
    assert "consentement" not in body


@pytest.mark.parametrize(
    ("meta", "lang", "want"),
    [
        pytest.param('<meta property="og:article:author" content="Marta Ruiz Soler">', "es", ["Marta Ruiz Soler"], id="og-article-author"),
        pytest.param('<meta property="article:author_name" content="Oliver Grant">', "en", ["Oliver Grant"], id="article-author-name"),
        pytest.param('<meta property="dable:author" content="김바다 기자">', "ko", ["김바다"], id="dable-author-ko"),
        pytest.param('<meta name="cXenseParse:author" content="Kari Nordmann">', "no", ["Kari Nordmann"], id="cxense-author-no"),
    ],
)  # fmt: skip
def test_author_metas_of_cms_and_widget_vendors(meta: str, lang: str, want: list[str]) -> None:
    html = f'<html lang="{lang}"><head>{meta}<title>T</title></head><body><article><h1>T</h1><p>Text.</p></article></body></html>'
    assert extract_article(html, "https://avis.example/a/1").authors == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        pytest.param("发布时间：2025-05-12 09:36\u00a0 来源：海滨日报\u00a0 作者：王镕\u00a0 点击：", ["王镕"], id="clicks-label-after"),
        pytest.param("来源：海滨日报 作者：王小明 发布时间：2025-05-12", ["王小明"], id="time-label-after"),
        pytest.param("作者：陈美玲　责任编辑：林志强", ["陈美玲"], id="editor-label-after"),
    ],
)  # fmt: skip
def test_chinese_info_line_stops_at_the_next_label(line: str, want: list[str]) -> None:
    html = (
        '<html lang="zh"><head><title>港口码头改造方案通过</title></head><body><div class="article"><h1>港口码头改造方案通过</h1>'
        f'<div class="info">{line}</div><div class="content"><p>{_ZH[0]}</p><p>{_ZH[1]}</p></div></div></body></html>'
    )
    assert extract_article(html, "http://www.haibinnews.example/bdxw/1.html").authors == want


@pytest.mark.parametrize(
    ("lang", "title", "heading", "line", "want"),
    [
        pytest.param("de", "Neue Fähre für Seeburg – Seeburger Bote", '<h2 class="article-title">Neue Fähre für Seeburg</h2>',
                     "Von Lena Vogt", ["Lena Vogt"], id="h2-headline-de"),
        pytest.param("ko", "바다시, 항구 방파제 보강 예산 통과 - 바다일보", '<h3 class="heading">바다시, 항구 방파제 보강 예산 통과</h3>',
                     "김바다 기자", ["김바다"], id="h3-headline-ko"),
        pytest.param("de", "Neue Fähre für Seeburg – Seeburger Bote", "<h2>Weitere Nachrichten aus der Region</h2>",
                     "Von Lena Vogt", [], id="a-heading-that-is-not-the-title"),
    ],
)  # fmt: skip
def test_byline_under_a_headline_that_is_no_h1(
    lang: str, title: str, heading: str, line: str, want: list[str]
) -> None:
    html = (
        f'<html lang="{lang}"><head><title>{title}</title></head><body><div class="view">{heading}'
        f'<ul class="info"><li>{line}</li><li>2025.05.12 14:20</li></ul><div class="text"><p>{_SEE[0]}</p><p>{_SEE[1]}</p></div></div></body></html>'
    )
    assert extract_article(html, "https://seeburger.example/a/12345").authors == want
