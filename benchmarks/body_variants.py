"""Does the body hold on layouts unlike the visible pages? Synthetic variants, in memory.

    .venv/bin/python benchmarks/body_variants.py [--newsbench DIR] [--per-page]

Each page of dev and world minus kept-aside (never the kept-aside part) is rewritten in
memory the way unseen publishers differ from the visible ones (no <article>, meaningless
class names, paragraphs as <div>s or <br>-separated text, the body split by ads, inline
related links, a teaser grid below, no JSON-LD, a script without spaces or in Arabic
letters, sections with ad slots, custom elements, captions, "Read more" lines, a
newsletter box, live-blog entries, related cards, German furniture, German inline lines
(pointers, agency tags, player titles), furniture of the unseen publishers' pages, a
paywall offer, a "Most read" box without links, the lead as an unclassed <h2> under the
headline, text only in a Next.js state or its start in the markup, a teaser over a
`window.__INITIAL_STATE__`, text only in Nuxt 2's `window.__NUXT__` function or Nuxt 3's
`__NUXT_DATA__`, a share bar, newsletter box and paywall offer in one of nine other
languages, ad labels, "read also" and "continues after the ad" lines in another language,
pictures and credit lines as plain <p>s, live-blog labels in another language)
and its body is extracted without site profiles and scored with
newsbench's own body measure (4-gram shingle F1), over all pages, over dev,
and over each half of world minus kept-aside (its publishers split by a hash: a rule kept
must help or be neutral on both). A variant's drop from `original` is what the generic
rules lean on that an unseen layout may not have.
Exits 2 without newsbench.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lxml.html
from lxml.html import HtmlElement

sys.path.insert(0, str(Path(__file__).resolve().parent))
from variant_pages import GROUPS, Page, arguments, chosen, looked_at, open_newsbench, rewritten

from newsarchive.extract import extract_article

Transform = Callable[[HtmlElement], None]
TEXT_PARENTS_SKIPPED = ("script", "style", "noscript", "template")
LEAD_LENGTH = 60  # characters of an element's own text that may be a lead already


def no_article(root: HtmlElement) -> None:
    """Every semantic container and schema marker gone: <div>s only."""
    for el in root.iter("article", "main", "section"):
        el.tag = "div"
    for el in root.iter():
        for attr in ("itemprop", "itemtype", "itemscope", "role"):
            el.attrib.pop(attr, None)


def random_classes(root: HtmlElement) -> None:
    """Class, id and data names replaced by hashes (same name, same hash): CSS-in-JS markup."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in list(el.attrib):
            if attr in ("class", "id") or attr.startswith("data-"):
                el.set(attr, " ".join(_hash(v) for v in el.get(attr, "").split()))


def div_paragraphs(root: HtmlElement) -> None:
    """<p> as <div>: the paragraphs of many CMS templates."""
    for el in root.iter("p"):
        el.tag = "div"


def br_paragraphs(root: HtmlElement) -> None:
    """Runs of sibling <p>s become one <div> of text separated by <br><br>."""
    for run in _adjacent_runs(root, 3):
        block = lxml.html.Element("div")
        run[0].addprevious(block)
        for i, p in enumerate(run):
            if i:
                block.append(lxml.html.Element("br"))
                block.append(lxml.html.Element("br"))
            _move_content(p, block)
            _remove_keep_tail(p)


def split_body(root: HtmlElement) -> None:
    """Runs of sibling <p>s cut into chunks of three, each in its own <div>, ads between."""
    for run in _adjacent_runs(root, 6):
        for start in range(0, len(run), 3):
            chunk = lxml.html.Element("div", {"class": "c7f2"})
            run[start].addprevious(chunk)
            for p in run[start : start + 3]:
                chunk.append(p)
            if start:
                ad = lxml.html.fromstring('<div class="q91"><span>Anzeige</span></div>')
                chunk.addprevious(ad)


def inline_related(root: HtmlElement) -> None:
    """After every fourth paragraph, a neutral-class list of three links to other stories."""
    for parent in list(root.iter()):
        run = [c for c in parent if c.tag == "p"]
        for p in run[3::4]:
            items = "".join(
                f'<li><a href="/story/{i}">Another story about something else entirely, '
                f"part {i}</a></li>"
                for i in range(3)
            )
            p.addnext(lxml.html.fromstring(f'<ul class="x3k">{items}</ul>'))


def teaser_grid(root: HtmlElement) -> None:
    """A grid of twelve teaser cards with summaries below the article."""
    body = root.find("body")
    if body is None:
        return
    cards = "".join(
        f'<div class="k2"><h3><a href="/s/{i}">Headline of another story number {i}</a></h3>'
        f"<p>A summary of that other story, long enough to look like a paragraph of text, "
        f"with a few more words to be sure, item {i}.</p></div>"
        for i in range(12)
    )
    body.append(lxml.html.fromstring(f'<div class="g5">{cards}</div>'))


_NOTICE = (
    "We and our partners store and access information on your device, such as cookies, and "
    "process personal data such as unique identifiers and standard information sent by a "
    "device for personalised advertising and content, measurement and audience research. "
)


def long_notice(root: HtmlElement) -> None:
    """A consent or legal notice longer than most articles, in neutral markup, at the top."""
    body = root.find("body")
    if body is None:
        return
    text = "".join(f"<p>{_NOTICE * 2} Section {i}.</p>" for i in range(4))
    body.insert(0, lxml.html.fromstring(f'<div class="z8"><div class="z9">{text}</div></div>'))


def no_jsonld(root: HtmlElement) -> None:
    """No JSON-LD: the HTML must carry the body alone."""
    for el in root.xpath('//script[contains(@type, "ld+json")]'):
        _remove_keep_tail(el)


def hostile(root: HtmlElement) -> None:
    """No <article>, hashed classes and <div> paragraphs together."""
    no_article(root)
    random_classes(root)
    div_paragraphs(root)


_CJK_BASE = 0x4E00
_WORD = re.compile(r"\w+")


def spaceless_script(text: str) -> str:
    """Each word as two CJK ideographs (same word, same pair), no spaces: how Japanese or
    Chinese text looks to rules counting words."""
    out = _WORD.sub(lambda m: _ideographs(m.group()), text)
    return re.sub(r"\s+", "", out)


def _ideographs(word: str) -> str:
    if any(ord(c) >= 0x3000 for c in word):
        return word  # already a spaceless script (a Japanese or Chinese page)
    h = int(hashlib.md5(word.casefold().encode()).hexdigest()[:8], 16)
    return chr(_CJK_BASE + h % 20000) + chr(_CJK_BASE + (h // 20000) % 20000)


def no_story_state(root: HtmlElement) -> None:
    """JSON-LD and the CMS script state (Arc's `Fusion.globalContent`) removed: a rewrite of
    the page's words leaves their story text in the original words, which the body takes
    where the markup shares too few words with it (a page no site would serve)."""
    no_jsonld(root)
    for el in root.xpath('//script[contains(., "Fusion.globalContent")]'):
        _remove_keep_tail(el)


def cjk(root: HtmlElement) -> None:
    """The page's text (and its headline and description metas) in a script without spaces;
    JSON-LD and script state removed (their story would still be in the original words)."""
    no_story_state(root)
    for el in root.iter():
        parent = el.getparent()
        if el.tail and (parent is None or parent.tag not in TEXT_PARENTS_SKIPPED):
            el.tail = spaceless_script(el.tail)  # comments' tails too: text after <!-- -->
        if not isinstance(el.tag, str) or el.tag in TEXT_PARENTS_SKIPPED:
            continue
        if el.text:
            el.text = spaceless_script(el.text)
        if el.tag == "meta" and el.get("content"):
            el.set("content", spaceless_script(el.get("content", "")))


def _paragraph_runs(root: HtmlElement, least: int = 3) -> list[list[HtmlElement]]:
    """Runs of sibling <p>s (the article's paragraphs, on most pages)."""
    runs = []
    for parent in list(root.iter()):
        run = [c for c in parent if c.tag == "p"]
        if len(run) >= least:
            runs.append(run)
    return runs


def _adjacent_runs(root: HtmlElement, least: int) -> list[list[HtmlElement]]:
    """Runs of <p>s with nothing between them, for the variants that move paragraphs into a
    new block: a subhead or picture between two <p>s stays between them (moving all of a
    parent's <p>s put subheads after the text, an order no page has, scored as a loss)."""
    runs: list[list[HtmlElement]] = []
    for parent in list(root.iter()):
        run: list[HtmlElement] = []
        for child in [*parent, None]:
            if child is not None and child.tag == "p":
                run.append(child)
                continue
            if child is not None and not isinstance(child.tag, str):
                continue  # a comment between two paragraphs breaks no run
            if len(run) >= least:
                runs.append(run)
            run = []
    return runs


def ad_sections(root: HtmlElement) -> None:
    """Paragraphs two by two in <section>s, an ad slot between them (label, empty frame box)."""
    for run in _adjacent_runs(root, 4):
        for start in range(0, len(run), 2):
            section = lxml.html.Element("section", {"class": _hash(f"s{start}")})
            run[start].addprevious(section)
            for p in run[start : start + 2]:
                section.append(p)
            if start:
                slot = lxml.html.fromstring(
                    f'<div class="{_hash("slot")}" id="{_hash(f"ad{start}")}">'
                    '<span>Advertisement</span><div style="min-height:250px"></div></div>'
                )
                section.addprevious(slot)


def custom_elements(root: HtmlElement) -> None:
    """Each <p> inside a custom element, every other one renamed to one (web components)."""
    for run in _paragraph_runs(root):
        for i, p in enumerate(run):
            if i % 2:
                p.tag = "story-text"
            else:
                wrapper = lxml.html.Element("rich-paragraph")
                p.addprevious(wrapper)
                wrapper.append(p)


def captions_mixed(root: HtmlElement) -> None:
    """After every third paragraph a picture with a caption and credit: half as <figure>,
    half as a <div> with an image and a <span> (no figure markup)."""
    for run in _paragraph_runs(root):
        for n, p in enumerate(run[2::3]):
            caption = (
                f"Residents gather outside the town hall on the morning of the vote, picture {n}. "
                "Photo: Agency Staff"
            )
            if n % 2:
                block = (
                    f'<div class="{_hash("m")}"><img src="/i/{n}.jpg"><span>{caption}</span></div>'
                )
            else:
                block = f'<figure><img src="/i/{n}.jpg"><figcaption>{caption}</figcaption></figure>'
            p.addnext(lxml.html.fromstring(block))


_READ_MORE = (
    "Read more:",
    "Lesen Sie auch:",
    "À lire aussi :",
    "Leia também:",
    "Lees ook:",
    "Zobacz też:",
)


def read_more_lines(root: HtmlElement) -> None:
    """After every fourth paragraph a "Read more: <link>" line in one of six languages, in a
    <p> as the paragraphs are; every other one without the colon, the label in <strong>."""
    for run in _paragraph_runs(root):
        for n, p in enumerate(run[3::4]):
            label = _READ_MORE[n % len(_READ_MORE)]
            if n % 2:
                label = f"<strong>{label.rstrip(' :')}</strong>"
            p.addnext(
                lxml.html.fromstring(
                    f'<p>{label} <a href="/other/{n}">Minister announces a review of the '
                    f"regional rail timetable, number {n}</a></p>"
                )
            )


def newsletter_box(root: HtmlElement) -> None:
    """A newsletter sign-up box with neutral classes after the second paragraph."""
    for run in _paragraph_runs(root, 4)[:1]:
        run[1].addnext(
            lxml.html.fromstring(
                f'<div class="{_hash("nl")}"><h3>Get our morning briefing</h3>'
                "<p>The day's most important stories, sent to your inbox every weekday.</p>"
                '<form action="/subscribe"><input type="email" placeholder="Your email">'
                "<button>Sign up</button></form>"
                "<p>You can unsubscribe at any time. Read our privacy notice.</p></div>"
            )
        )


def live_blog(root: HtmlElement) -> None:
    """The body as live-blog entries: each two paragraphs in an entry with its time and a
    share button, entries in a <div> list."""
    for run in _adjacent_runs(root, 4):
        feed = lxml.html.Element("div", {"class": _hash("feed")})
        run[0].addprevious(feed)
        for start in range(0, len(run), 2):
            entry = lxml.html.fromstring(
                f'<div class="{_hash("entry")}"><time datetime="2026-01-01T10:{start:02d}">'
                f"10:{start:02d}</time></div>"
            )
            feed.append(entry)
            for p in run[start : start + 2]:
                entry.append(p)
            entry.append(lxml.html.fromstring("<button>Share</button>"))


def related_cards(root: HtmlElement) -> None:
    """Related-article cards splitting the body: after every third paragraph, a linked
    picture, a headline and a one-line teaser, neutral classes."""
    for run in _paragraph_runs(root, 4):
        for n, p in enumerate(run[2:-1:3]):
            p.addnext(
                lxml.html.fromstring(
                    f'<div class="{_hash("card")}"><a href="/related/{n}">'
                    f'<img src="/r/{n}.jpg"><h4>Flood defences approved after a long debate, '
                    f"part {n}</h4></a><p>The council backed the plan on Monday.</p></div>"
                )
            )


def german_furniture(root: HtmlElement) -> None:
    """Furniture German sites set inside the article, neutral classes: a share bar after the
    second paragraph, an ad slot with "Weiterlesen nach der Anzeige" under it, a newsletter
    box named in its title, and a box "Über die Autorin" after the last paragraph."""
    for run in _paragraph_runs(root, 4)[:1]:
        run[1].addnext(
            lxml.html.fromstring(
                f'<div class="{_hash("sh")}">Artikel teilen: <a href="https://fb.example/s">'
                'Facebook</a> <a href="mailto:?s">E-Mail</a> <a href="#">Link kopieren</a></div>'
            )
        )
        run[2].addnext(
            lxml.html.fromstring(
                f'<div class="{_hash("w")}"><div>Anzeige</div><div style="min-height:250px">'
                "</div><div>Weiterlesen nach der Anzeige</div></div>"
            )
        )
        run[3].addnext(
            lxml.html.fromstring(
                f'<div class="{_hash("n")}"><p><strong>Der Morgen-Newsletter</strong></p>'
                "<p>Die wichtigsten Nachrichten des Tages jeden Morgen in Ihrem Postfach. "
                '<a href="/service/nl">Hier bestellen</a></p></div>'
            )
        )
        run[-1].addnext(
            lxml.html.fromstring(
                f'<div class="{_hash("b")}"><h4>Über die Autorin</h4><p>Jana Beispiel ist '
                "Redakteurin im Ressort Politik und schreibt seit 2015 über Verkehr.</p></div>"
            )
        )


def unseen_furniture(root: HtmlElement) -> None:
    """Furniture of the unseen publishers' pages, unclassed, inside the article: a related
    heading alone over its link ("Czytaj także"), an advertiser's box under its label, a
    grid of teaser cards under a heading, a log-in call under a question, a date stamp above
    the first paragraph, readers' posts with "reply" buttons and no heading."""
    for run in _paragraph_runs(root, 4)[:1]:
        run[1].addnext(
            lxml.html.fromstring(
                "<div><p><strong>Czytaj także</strong></p><p><a href='/inne/nowy-most-1'>"
                "Nowy most otwarty po trzech latach budowy</a></p></div>"
            )
        )
        run[2].addnext(
            lxml.html.fromstring(
                '<div><span>Anzeige</span><a href="https://partner.example/k"><img src="/ad.jpg" '
                'width="300" height="250"><p>Die neue Küche: jetzt 30 % Rabatt!</p></a></div>'
            )
        )
        cards = "".join(
            f'<div><a href="/andere/geschichte-{i}"><h4>Neue Buslinie Nummer {i} fährt ab '
            "Dezember</h4></a><p>Pendler sollen schneller ans Ziel kommen.</p></div>"
            for i in range(3)
        )
        run[3].addnext(lxml.html.fromstring(f"<div><h2>Empfehlungen</h2><div>{cards}</div></div>"))
        posts = "".join(
            f"<div><b>leser{i}</b> <span>vor {i + 1} Std.</span><p>Endlich wieder Fähren, das "
            "wurde aber auch Zeit, ich freue mich schon sehr auf die erste Überfahrt!</p>"
            "<div><button>Antworten</button> <button>Melden</button></div></div>"
            for i in range(3)
        )
        run[-1].addnext(lxml.html.fromstring(f"<div>{posts}</div>"))
        # the stamp above the text (under the headline's block, where CMSs print it)
        run[0].addprevious(lxml.html.fromstring("<p>Veröffentlicht am 12.03.2025, 10:15 Uhr</p>"))
        run[-1].addnext(
            lxml.html.fromstring('<p>Masz już konto? <a href="/logowanie">Zaloguj się</a></p>')
        )


def german_inline(root: HtmlElement) -> None:
    """Lines German-language sites set between the paragraphs, neutral classes: a pointer
    to the live blog, a label over two related links, an embed's consent placeholder, a
    video player's title and length,
    and after the last paragraph an agency tag without brackets and a one-link box
    "Empfehlungen der Redaktion"."""
    for run in _paragraph_runs(root, 4)[:1]:
        run[0].addnext(
            lxml.html.fromstring("<p><strong>Hier geht's zum Liveblog zur Lage</strong></p>")
        )
        run[1].addnext(
            lxml.html.fromstring(
                f'<div class="{_hash("mz")}"><p><strong>Mehr zum Thema:</strong></p><ul>'
                '<li><a href="/a/1">Was die Pläne kosten</a></li>'
                '<li><a href="/a/2">Wer dafür zahlt</a></li></ul></div>'
            )
        )
        run[2].addnext(
            lxml.html.fromstring(
                f'<div class="{_hash("vp")}"><p>Video | So lief der Abend im Rathaus</p>'
                "<p>01:45 Min.</p></div>"
            )
        )
        run[2].addnext(
            lxml.html.fromstring(
                f'<div class="{_hash("cs")}"><p>Um diesen Inhalt zu sehen, müssen Sie der '
                "Datenverarbeitung durch Drittanbieter zustimmen.</p>"
                "<button>Zustimmen</button></div>"
            )
        )
        run[-1].addnext(
            lxml.html.fromstring(
                f'<div class="{_hash("em")}"><h2>Empfehlungen der Redaktion</h2>'
                '<div><a href="/c/1">Die Bürgermeisterin im Interview</a></div></div>'
            )
        )
        run[-1].addnext(lxml.html.fromstring("<p>dpa/afp/lw</p>"))


def heading_lead(root: HtmlElement) -> None:
    """The article's first paragraph set as an unclassed <h2> right under the headline, in
    the headline's block: a broadcaster's lead in a subheading's type, no class naming it.
    Only on pages with no text of a lead's length between headline and first paragraph
    (a page with its own lead would get two)."""
    h1 = next(root.iter("h1"), None)
    runs = _paragraph_runs(root, 3)
    if h1 is None or not runs:
        return
    first = runs[0][0]
    order = {el: i for i, el in enumerate(root.iter())}
    between = (
        el
        for el in root.iter("p", "div", "h2", "h3", "span")
        if order[h1] < order[el] < order[first]
    )
    if any(len((el.text or "").strip()) >= LEAD_LENGTH for el in between):
        return
    lead = lxml.html.Element("h2")
    lead.text = first.text_content()
    _remove_keep_tail(first)
    h1.addnext(lead)


def paywall_offer(root: HtmlElement) -> None:
    """A paywall's offer after the article's last paragraph, neutral classes: its pitch
    line, the price and an offer button, as a teaser page shows under the cut text."""
    for run in _paragraph_runs(root, 4)[:1]:
        run[-1].addnext(
            lxml.html.fromstring(
                f'<div class="{_hash("pw")}"><p>Lesen Sie jetzt weiter mit Beispiel Plus</p>'
                "<p>Alle Artikel für nur 1 Euro im ersten Monat, danach 9,99 Euro monatlich, "
                'jederzeit kündbar.</p><a href="/angebot">Jetzt 4 Wochen gratis testen</a></div>'
            )
        )


# One language's furniture a page gets (picked by the page): a share bar's label and
# buttons, a newsletter box (title, pitch, button, small print), a paywall's offer (pitch,
# price line, button), a photo credit line.
_BOXES = (
    ("pt", "Compartilhe esta notícia", "Receba a nossa newsletter",
     "As principais notícias do dia no seu e-mail, todas as manhãs.", "Inscrever-se",
     "Pode cancelar a qualquer momento.", "Continue a ler com a assinatura Digital",
     "Apenas 1,90 euros por mês no primeiro ano, cancele quando quiser.", "Assinar agora",
     "Foto: João Mendes / Lusa"),
    ("pl", "Udostępnij artykuł", "Zapisz się do newslettera",
     "Najważniejsze wiadomości dnia prosto na Twoją skrzynkę, każdego ranka.", "Zapisz się",
     "Możesz zrezygnować w każdej chwili.", "Czytaj dalej z subskrypcją Premium",
     "Tylko 9,90 zł miesięcznie przez pierwsze trzy miesiące, bez zobowiązań.", "Kup dostęp",
     "Fot. Anna Kowalska / PAP"),
    ("nl", "Deel dit artikel", "Meld je aan voor onze nieuwsbrief",
     "Het belangrijkste nieuws van de dag elke ochtend in je mailbox.", "Aanmelden",
     "Je kunt je op elk moment afmelden.", "Lees verder met een abonnement",
     "De eerste maand voor 1 euro, daarna 12,99 euro per maand, maandelijks opzegbaar.",
     "Word abonnee", "Foto: Jan de Boer / ANP"),
    ("cs", "Sdílejte článek", "Přihlaste se k odběru newsletteru",
     "Nejdůležitější zprávy dne každé ráno do vaší schránky.", "Odebírat",
     "Odběr můžete kdykoli zrušit.", "Pokračujte ve čtení s předplatným",
     "Jen 49 Kč měsíčně po dobu prvního roku, zrušit můžete kdykoli.", "Předplatit",
     "Foto: Petr Svoboda / ČTK"),
    ("it", "Condividi l'articolo", "Iscriviti alla newsletter",
     "Le notizie più importanti del giorno nella tua casella, ogni mattina.", "Iscriviti",
     "Puoi annullare l'iscrizione in qualsiasi momento.", "Continua a leggere con l'abbonamento",
     "Solo 1 euro al mese per i primi tre mesi, disdici quando vuoi.", "Abbonati ora",
     "Foto: Marco Bianchi / Ansa"),
    ("id", "Bagikan artikel ini", "Daftar buletin kami",
     "Berita terpenting hari ini dikirim ke kotak surat Anda setiap pagi.", "Daftar",
     "Anda dapat berhenti berlangganan kapan saja.", "Lanjutkan membaca dengan berlangganan",
     "Hanya Rp 29.000 per bulan untuk tiga bulan pertama, batalkan kapan saja.",
     "Berlangganan", "Foto: Budi Santoso / Antara"),
    ("tr", "Bu haberi paylaşın", "Bültenimize abone olun",
     "Günün en önemli haberleri her sabah e-posta kutunuzda.", "Abone ol",
     "Aboneliğinizi istediğiniz zaman iptal edebilirsiniz.", "Okumaya devam etmek için abone olun",
     "İlk üç ay ayda yalnızca 49 TL, istediğiniz zaman iptal edin.", "Hemen abone ol",
     "Fotoğraf: Ayşe Demir / AA"),
    ("sv", "Dela artikeln", "Prenumerera på vårt nyhetsbrev",
     "Dagens viktigaste nyheter i din inkorg varje morgon.", "Prenumerera",
     "Du kan avsluta prenumerationen när som helst.", "Fortsätt läsa med Plus",
     "Första månaden för 1 krona, därefter 139 kronor i månaden, ingen bindningstid.",
     "Bli prenumerant", "Foto: Erik Lind / TT"),
    ("el", "Μοιραστείτε το άρθρο", "Εγγραφείτε στο newsletter μας",
     "Οι σημαντικότερες ειδήσεις της ημέρας στο email σας κάθε πρωί.", "Εγγραφή",
     "Μπορείτε να διαγραφείτε οποιαδήποτε στιγμή.", "Συνεχίστε την ανάγνωση με συνδρομή",
     "Μόνο 1 ευρώ τον μήνα για τους πρώτους τρεις μήνες, ακύρωση οποτεδήποτε.", "Εγγραφείτε",
     "Φωτογραφία: Νίκος Παππάς / ΑΠΕ"),
)  # fmt: skip


def _box_language(root: HtmlElement) -> tuple[str, ...]:
    """One language's furniture words for this page (the same on every run)."""
    h1 = next(root.iter("h1"), None)
    key = "" if h1 is None else h1.text_content()
    return _BOXES[int(hashlib.md5(key.encode()).hexdigest()[:8], 16) % len(_BOXES)]


# Lines unseen sites set between the paragraphs: an ad slot's label, a "read also" line
# before a linked headline, a "continues after the ad" line (one language a page).
_INLINE_LINES = {
    "pt": ("Publicidade", "Leia também:", "Continua após a publicidade"),
    "pl": ("Reklama", "Czytaj także:", "Dalsza część artykułu pod reklamą"),
    "nl": ("Advertentie", "Lees ook:", "Het artikel gaat verder onder de advertentie"),
    "cs": ("Reklama", "Čtěte také:", "Článek pokračuje pod reklamou"),
    "it": ("Pubblicità", "Leggi anche:", "L'articolo continua dopo la pubblicità"),
    "id": ("Iklan", "Baca juga:", "Gulir untuk melanjutkan membaca"),
    "tr": ("Reklam", "İlgili haber:", "Haberin devamı reklamdan sonra"),
    "sv": ("Annons", "Läs också:", "Artikeln fortsätter efter annonsen"),
    "el": ("Διαφήμιση", "Διαβάστε επίσης:", "Το άρθρο συνεχίζεται μετά τη διαφήμιση"),
    "vi": ("Quảng cáo", "Xem thêm:", "Bài viết tiếp tục sau quảng cáo"),
    "ro": ("Publicitate", "Citește și:", "Articolul continuă după publicitate"),
    "hu": ("Hirdetés", "Olvasd el ezt is:", "A cikk a hirdetés után folytatódik"),
}


def inline_lines_languages(root: HtmlElement) -> None:
    """Between the paragraphs, neutral markup, in a language the page is not in: after
    every third an ad slot (its label, an empty frame), after every fourth a "read also"
    line with a linked headline in a <p>, after the second a "continues after the ad" line."""
    lang = _box_language(root)[0]
    lang = lang if lang in _INLINE_LINES else "hu"
    ad, also, after = _INLINE_LINES[lang]
    for run in _paragraph_runs(root, 4)[:1]:
        run[1].addnext(lxml.html.fromstring(f'<div class="{_hash("ca")}">{after}</div>'))
        slot = f'<div class="{_hash("ad")}"><span>{ad}</span><div class="{_hash("f")}"></div></div>'
        for p in run[2::3]:
            p.addnext(lxml.html.fromstring(slot))
        for n, p in enumerate(run[3::4]):
            p.addnext(
                lxml.html.fromstring(
                    f'<p><strong>{also}</strong> <a href="/news/other-{n}">The regional council '
                    f"approves a new budget for rural bus lines, part {n}</a></p>"
                )
            )


def boxes_many_languages(root: HtmlElement) -> None:
    """Furniture in a language the page is not in, neutral classes: a share bar with its
    buttons after the first paragraph, a newsletter box (title, pitch, e-mail field,
    button, small print) after the third, a paywall offer after the last."""
    words = _box_language(root)
    _, share, nl_title, nl_pitch, nl_button, nl_small, pw_pitch, pw_price, pw_button, _ = words
    for run in _paragraph_runs(root, 4)[:1]:
        run[0].addnext(
            lxml.html.fromstring(
                f'<div class="{_hash("sh")}"><span>{share}</span> <a href="https://facebook.com/'
                'sharer">Facebook</a> <a href="https://x.com/intent">X</a> '
                '<a href="mailto:?body=x">E-mail</a></div>'
            )
        )
        run[2].addnext(
            lxml.html.fromstring(
                f'<div class="{_hash("nl")}"><h3>{nl_title}</h3><p>{nl_pitch}</p>'
                '<form action="/nl"><input type="email" placeholder="e-mail">'
                f"<button>{nl_button}</button></form><p>{nl_small}</p></div>"
            )
        )
        run[-1].addnext(
            lxml.html.fromstring(
                f'<div class="{_hash("pw")}"><p>{pw_pitch}</p><p>{pw_price}</p>'
                f'<a href="/offer">{pw_button}</a></div>'
            )
        )


def credits_in_text(root: HtmlElement) -> None:
    """Pictures between the paragraphs with no figure markup: after every third paragraph
    an <img> in a <p> of its own, then a <p> holding its caption and, in a language the
    page is not in, its credit ("Foto: Jan de Boer / ANP", "Fot. ... / PAP")."""
    credit = _box_language(root)[-1]
    for run in _paragraph_runs(root, 4):
        for n, p in enumerate(run[2:-1:3]):
            p.addnext(lxml.html.fromstring(f"<p><small>{credit}</small></p>"))
            p.addnext(lxml.html.fromstring(f'<p><img src="/media/inline-{n}.jpg" alt=""></p>'))


def live_blog_languages(root: HtmlElement) -> None:
    """The body as live-blog entries in another language's furniture: each two paragraphs
    in an entry headed by its time and a "pinned"/"update" label, a share label after it."""
    words = _box_language(root)
    labels = {"pt": "Atualização", "pl": "Aktualizacja", "nl": "Update", "cs": "Aktualizace",
              "it": "Aggiornamento", "id": "Pembaruan", "tr": "Güncelleme", "sv": "Uppdatering",
              "el": "Ενημέρωση"}  # fmt: skip
    for run in _adjacent_runs(root, 4):
        feed = lxml.html.Element("div", {"class": _hash("feed")})
        run[0].addprevious(feed)
        for start in range(0, len(run), 2):
            entry = lxml.html.fromstring(
                f'<div class="{_hash("entry")}"><div class="{_hash("meta")}"><span>'
                f"{11 - start // 12:02d}:{(59 - start) % 60:02d}</span> "
                f"<span>{labels[words[0]]}</span></div></div>"
            )
            feed.append(entry)
            for p in run[start : start + 2]:
                entry.append(p)
            entry.append(lxml.html.fromstring(f"<div><span>{words[1]}</span></div>"))


_MOST_READ = {
    "Meistgelesen": "Sturm sperrt die Küstenstraße zum zweiten Mal in dieser Woche",
    "Most read": "Storm closes the coast road for the second time this week",
    "Les plus lus": "La tempête ferme la route côtière pour la deuxième fois",
    "Lo más leído": "El temporal cierra la carretera de la costa por segunda vez",
}


def most_read_plain(root: HtmlElement) -> None:
    """A "Most read" box after the article's last paragraph, inside its block, its six
    other stories' headlines as <p>s without links (a script links them later), neutral
    classes; the heading's language by the page's paragraphs' count."""
    for run in _paragraph_runs(root, 3)[:1]:
        heading = list(_MOST_READ)[len(run) % len(_MOST_READ)]
        lines = "".join(f"<p>{_MOST_READ[heading]} ({i + 1})</p>" for i in range(6))
        run[-1].addnext(
            lxml.html.fromstring(f'<div class="{_hash("mr")}"><h3>{heading}</h3>{lines}</div>')
        )


def next_state(root: HtmlElement) -> None:
    """Rendered by scripts: the article's runs of <p>s leave the markup for a Next.js state
    (`__NEXT_DATA__`, one entry a paragraph); JSON-LD and script state removed."""
    no_story_state(root)
    texts: list[str] = []
    for run in _adjacent_runs(root, 3):
        for p in run:
            texts.append(p.text_content())
            _remove_keep_tail(p)
    body = root.find("body")
    if not texts or body is None:
        return
    state = {"props": {"pageProps": {"article": {"body": [{"text": t} for t in texts]}}}}
    script = lxml.html.Element("script", {"id": "__NEXT_DATA__", "type": "application/json"})
    script.text = json.dumps(state)
    body.append(script)


def next_state_start(root: HtmlElement) -> None:
    """Rendered by scripts after the start: the markup shows the article's first three
    paragraphs (a teaser the server renders), its runs of <p>s whole only in a Next.js
    state; JSON-LD and script state removed. Scored against the whole text: where the
    state's story opens as the markup's, the body is the markup's start and the state's
    rest, as an articleBody going on from the markup's text replaces it (no looked-at page
    has either shape: newsbench's answers say nothing of it)."""
    no_story_state(root)
    texts: list[str] = []
    shown = 0
    for run in _adjacent_runs(root, 3):
        for p in run:
            texts.append(p.text_content())
            if shown < NEXT_SHOWN:
                shown += 1
            else:
                _remove_keep_tail(p)
    body = root.find("body")
    if not texts or body is None:
        return
    state = {"props": {"pageProps": {"story": {"blocks": [{"text": t} for t in texts]}}}}
    script = lxml.html.Element("script", {"id": "__NEXT_DATA__", "type": "application/json"})
    script.text = json.dumps(state)
    body.append(script)


def other_state(root: HtmlElement) -> None:
    """Rendered by scripts after a teaser, by a framework other than Next.js: the markup
    shows the article's first paragraph, its runs of <p>s whole only in a global a script
    sets (`window.__INITIAL_STATE__ = {...}`, Apollo's entries keyed by type and id, the
    headline beside the text);
    JSON-LD and script state removed."""
    no_story_state(root)
    texts: list[str] = []
    for run in _adjacent_runs(root, 3):
        for i, p in enumerate(run):
            texts.append(p.text_content())
            if i or len(texts) > 1:
                _remove_keep_tail(p)
    body = root.find("body")
    if not texts or body is None:
        return
    content = "".join(f"<p>{html.escape(t)}</p>" for t in texts)
    h1 = next(root.iter("h1"), None)
    title = "" if h1 is None else h1.text_content().strip()
    state = {
        "ROOT_QUERY": {"menu": ["Home", "News"]},
        "Article:1": {"headline": title, "content": content},
    }
    script = lxml.html.Element("script")
    script.text = f"window.__INITIAL_STATE__ = {json.dumps(state)};"
    body.append(script)


def _state_texts(root: HtmlElement) -> tuple[list[str], str]:
    """The article's runs of <p>s taken out of the markup (JSON-LD and script state
    removed), and the headline's text."""
    no_story_state(root)
    texts: list[str] = []
    for run in _adjacent_runs(root, 3):
        for p in run:
            texts.append(p.text_content())
            _remove_keep_tail(p)
    h1 = next(root.iter("h1"), None)
    return texts, "" if h1 is None else h1.text_content().strip()


def nuxt2_state(root: HtmlElement) -> None:
    """Rendered by Nuxt 2: the article's runs of <p>s only in `window.__NUXT__`, JavaScript
    (keys without quotes, `<` and `/` escaped), a function called with the values it
    repeats (the headline, the text, a section's name) as arguments, and an assignment
    before its `return`."""
    texts, title = _state_texts(root)
    body = root.find("body")
    if not texts or body is None:
        return
    text = json.dumps("".join(f"<p>{html.escape(t)}</p>" for t in texts))
    text = text.replace("<", "\\u003C").replace("/", "\\u002F")
    code = (
        "window.__NUXT__=(function(a,b,c,d,e){e.meta={type:c,live:!1};"
        'return {layout:"default",data:[{article:e,related:[{title:"Other",section:c}]}],'
        "state:{page:{headline:a,section:c}},serverRendered:!0}}"
        f'({json.dumps(title)},void 0,"News",null,'
        f"{{id:4711,headline:{json.dumps(title)},content:{text},created:new Date(1764835200000)}}))"
    )
    script = lxml.html.Element("script")
    script.text = code
    body.append(script)


def nuxt3_payload(root: HtmlElement) -> None:
    """Rendered by Nuxt 3: the article's runs of <p>s only in `<script id="__NUXT_DATA__">`,
    devalue's flat list (each object's values the indexes of theirs; reactive wrappers; a
    date), one entry a paragraph."""
    texts, title = _state_texts(root)
    body = root.find("body")
    if not texts or body is None:
        return
    payload: list[Any] = [
        ["ShallowReactive", 1],
        {"data": 2, "state": 4},
        ["ShallowReactive", 3],
        {"article-4711": 7},
        {"nav": 5},
        [6],
        "Home",
        ["Reactive", 8],
        {"headline": 9, "published": 10, "blocks": 11},
        title,
        ["Date", "2026-12-04T08:00:00.000Z"],
    ]
    blocks: list[int] = []
    payload.append(blocks)
    for t in texts:
        blocks.append(len(payload))
        payload += [{"type": len(payload) + 1, "text": len(payload) + 2}, "paragraph", t]
    script = lxml.html.Element("script", {"id": "__NUXT_DATA__", "type": "application/json"})
    script.text = json.dumps(payload, ensure_ascii=False)
    body.append(script)


NEXT_SHOWN = 3  # paragraphs a server renders before the scripts take over
_ARABIC_BASE = 0x0627


def arabic_words(text: str) -> str:
    """Each word as Arabic letters of about its length (same word, same letters), spaces kept."""
    return _WORD.sub(_arabic, text)


def _arabic(m: re.Match[str]) -> str:
    word = m.group()
    h = int(hashlib.md5(word.casefold().encode()).hexdigest()[:12], 16)
    return "".join(chr(_ARABIC_BASE + (h >> (3 * i)) % 26) for i in range(max(2, len(word))))


def rtl_script(root: HtmlElement) -> None:
    """The page's words in Arabic letters (spaces kept), `dir=rtl`; JSON-LD and script state
    removed."""
    no_story_state(root)
    root.set("dir", "rtl")
    for el in root.iter():
        parent = el.getparent()
        if el.tail and (parent is None or parent.tag not in TEXT_PARENTS_SKIPPED):
            el.tail = arabic_words(el.tail)
        if not isinstance(el.tag, str) or el.tag in TEXT_PARENTS_SKIPPED:
            continue
        if el.text:
            el.text = arabic_words(el.text)
        if el.tag == "meta" and el.get("content"):
            el.set("content", arabic_words(el.get("content", "")))


VARIANTS: dict[str, Transform | None] = {
    "original": None,
    "no <article>/<main>/roles": no_article,
    "hashed class/id names": random_classes,
    "<p> as <div>": div_paragraphs,
    "<br>-separated paragraphs": br_paragraphs,
    "body split in chunks by ads": split_body,
    "inline related-link lists": inline_related,
    "teaser grid below": teaser_grid,
    "long notice above, neutral markup": long_notice,
    "no JSON-LD": no_jsonld,
    "all of: no <article>, hashed, <div>": hostile,
    "spaceless script (CJK-like)": cjk,
    "<section>s with ad slots between": ad_sections,
    "<p> in / as custom elements": custom_elements,
    "captions mixed in (figure and not)": captions_mixed,
    '"Read more: <link>" lines': read_more_lines,
    "newsletter box inside the body": newsletter_box,
    "live-blog entries": live_blog,
    "related-article cards splitting the body": related_cards,
    "Arabic-letter words, dir=rtl": rtl_script,
    "German furniture in the body (share, ad, newsletter, author)": german_furniture,
    "German inline lines (pointer, label, consent, player, agency tag)": german_inline,
    "unseen furniture (related line, ad box, teaser grid, log-in, stamp, posts)": unseen_furniture,
    "paywall offer under the text": paywall_offer,
    "a 'Most read' box of <p>s without links after the text": most_read_plain,
    "lead as an unclassed <h2> under the headline": heading_lead,
    "text only in a Next.js state": next_state,
    "first 3 paragraphs in the markup, all in a Next.js state": next_state_start,
    "first paragraph in the markup, all in window.__INITIAL_STATE__": other_state,
    "share bar, newsletter box, paywall offer in another language": boxes_many_languages,
    "pictures and credit lines as plain <p>s in the text": credits_in_text,
    "ad labels, 'read also' lines, 'continues after the ad' in another language": (
        inline_lines_languages
    ),
    "live-blog entries, times and labels in another language": live_blog_languages,
    "text only in Nuxt 2's window.__NUXT__ (a function's arguments)": nuxt2_state,
    "text only in Nuxt 3's __NUXT_DATA__ payload": nuxt3_payload,
}


def _hash(value: str) -> str:
    return "c" + hashlib.md5(value.encode()).hexdigest()[:6]


def _move_content(src: HtmlElement, dst: HtmlElement) -> None:
    """Append src's text and children to dst (its tail stays behind)."""
    if src.text:
        if len(dst):
            dst[-1].tail = (dst[-1].tail or "") + src.text
        else:
            dst.text = (dst.text or "") + src.text
    for child in list(src):
        dst.append(child)


def _remove_keep_tail(el: HtmlElement) -> None:
    el.drop_tree()  # lxml keeps the tail text in place


def body_score(
    scorer: Any, pages: list[Page], transform: Transform | None
) -> tuple[dict[str, float], list[tuple[str, float]]]:
    """F1 over all pages and per group (dev, world halves), and each page's F1."""
    triples, per_page = [], []
    by_group: dict[str, list[tuple[float, float, float]]] = {g: [] for g in GROUPS}
    for group, rec, raw in pages:
        expected = rec["expected"]["body"]
        got = extract_article(rewritten(raw, transform), rec["url"]).body or ""
        if transform is cjk:  # score by characters: a spaceless script has no words
            expected, got = " ".join(spaceless_script(expected)), " ".join(got.replace(" ", ""))
        elif transform is rtl_script:
            expected = arabic_words(expected)
        t = scorer.aeb_tp_fp_fn(expected, got)
        triples.append(t)
        by_group[group].append(t)
        per_page.append((rec["id"], scorer.aeb_metrics([t])[2]))
    scores = {"all": scorer.aeb_metrics(triples)[2]}
    scores.update({g: scorer.aeb_metrics(ts)[2] for g, ts in by_group.items()})
    return scores, per_page


def main() -> int:
    args = arguments(__doc__).parse_args()
    found = open_newsbench(args.newsbench)
    if found is None:
        return 2
    root, scorer = found
    pages = looked_at(root, "body")
    base: dict[str, float] = {}
    print(f"body F1 (newsbench measure) on {len(pages)} pages, dev + world minus kept-aside")
    print("(world A/B: its publishers split in two by a hash, to check a rule on each half)\n")
    print("| variant | body F1 | dev | world A | world B | pages down > 0.1 |")
    print("|---|---|---|---|---|---|")
    totals = {g: 0.0 for g in ("all", *GROUPS)}
    for name in chosen(VARIANTS, args.only):
        transform = VARIANTS[name]
        f1, per_page = body_score(scorer, pages, transform)
        if transform is None:
            base = dict(per_page)
        for g in totals:
            totals[g] += f1[g]
        worse = [(pid, base[pid], f) for pid, f in per_page if f < base.get(pid, 0) - 0.1]
        cells = " | ".join(f"{f1[g]:.3f}" for g in ("all", *GROUPS))
        print(f"| {name} | {cells} | {len(worse)} |")
        if args.per_page:
            for pid, before, after in worse:
                print(f"|   {pid} | {before:.2f} -> {after:.2f} | | | | |")
    runs = len(list(chosen(VARIANTS, args.only)))
    cells = " | ".join(f"{totals[g] / runs:.3f}" for g in totals)
    print(f"| mean of the variants above | {cells} | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
