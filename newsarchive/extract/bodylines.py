"""One line of the walk's text and its links.

The marks the walk sets in its text (links, skipped blocks, the headline, quotes), a line's
link characters, promo lines, labelled links and link rows, related-block headings, the
page's host, links to documents, pictures or other sites, and a table's figures.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from newsarchive.extract import langwords
from newsarchive.extract.document import Document
from newsarchive.extract.furniture import TAG_LABEL
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import clean, folded_search
from newsarchive.extract.urls import split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


def _heading_word(h: str) -> str:
    """A heading of langwords.RELATED_HEADINGS as a whole word where its script spaces words:
    "Mer om" is no "Mer omfattande åtgärder", "Meer over" no "Meer overlast" (a subhead);
    a CJK heading may run on into its next sign."""
    spaced = h[-1:].isalpha() and h[-1] < "\u0e00"  # Latin to Devanagari; not Thai or CJK
    return re.escape(h) + (r"(?!\w)" if spaced else "")


RECIRC_HEADING = _compile(
    r"^(?:more (?:from|on|in|stories|news)\b"
    r"|related(?: (?:stories|articles|content|coverage|reading|topics))?$"
    r"|recommended\b|you (?:may|might) (?:also )?(?:like|enjoy)"
    r"|most (?:read|popular|viewed|shared)\b|popular (?:now|stories|today)|trending\b"
    r"|read (?:next|more)\b|what to read next|(?:top|latest) (?:stories|news)$"
    # "Also read" over a teaser, not a sentence's "Also read at the ceremony was ..."
    r"|(?:also read|read also)\b(?!\s+(?-i:[a-z]))"
    r"|editors?'? picks|don'?t miss\b|further reading$|keep reading$"
    # the same headings in the other languages the extractor reads
    r"|mehr (?:zum thema|zu|aus|über)\b|lesen sie (?:auch|mehr)|auch interessant"
    r"|weitere (?:artikel|nachrichten|themen)|das könnte sie (?:auch )?interessieren"
    # a ticker of the site's latest items beside the story ("Newsticker", "Die neusten
    # Nachrichten", "Dernières infos", "Últimas noticias")
    r"|news-?ticker$|(?:die )?neu(?:e)?sten? (?:nachrichten|meldungen|artikel)$"
    r"|aktuelle (?:meldungen|nachrichten)$|dernières (?:infos|actualités|nouvelles)$"
    r"|últimas noticias$|ultime notizie$|laatste nieuws$|senaste nytt$|siste nytt$"
    r"|seneste nyt$|son dakika$|последние новости$|najnowsze$|nejnovější$"
    r"|最新(?:ニュース|記事|新闻|新聞)$|(?:최신|실시간)\s?(?:뉴스|기사)$"
    r"|meistgelesen|(?:à )?lire aussi|sur le même sujet|(?:les )?plus lus?\b"
    r"|leggi anche|potrebbe interessarti|(?:lee|leer) también|te puede interesar"
    r"|lo más leído|más noticias|les også|mer fra|mest lest|läs också|läs mer|mest lästa"
    r"|læs også|mest læste|ook interessant|lees ook|ilgili haberler|daha fazla"
    r"|читайте также|関連|おすすめ|\w{0,8}の新着|新着|人気|ランキング|관련\s?기사|많이 본"
    r"|추천|相关|推荐|热门"
    + "".join("|" + _heading_word(h) for h in langwords.entries(langwords.RELATED_HEADINGS))
    + r").{0,60}$",
    re.I,
)


# (headings are matched ~30 times a page: IGNORECASE tries each of their hundreds of words)
recirc_heading = folded_search(RECIRC_HEADING, match=True)


PROMO_LABEL = 40  # characters of the label before a promoted link ("Read also:")
# How such a label ends, in any script: a colon or bar (full-width ones too), a guillemet,
# or a closing bracket around it ("【関連記事】", "[Read more]").
PROMO_LABEL_ENDS = (":", "|", "»", ">", "：", "｜", "】", "]", "〕")


# Credits for the reporting stay, as the site fixtures keep them ("CNN's Jane Doe contributed
# to this report", "Mitarbeit: ...").
CONTRIBUTION = _compile(
    r"contribut|reporting|mitarbeit|mitgearbeitet|colabor|medverka|bidrag|bijdrage", re.I
)


PICTURE_FILE = _compile(r"\.(?:jpe?g|png|webp|gif|avif)(?:[?#]|$)", re.I)


def link_density(el: HtmlElement, length: int, doc: Document | None = None) -> float:
    """Share of the text in links: an anchor without an href (a named jump target
    around a subhead) is the text's own. `doc`: the page, whose links' texts are then read
    once (a link scored here is a button `form_boxes` reads again)."""
    links = sum(
        len(doc.text(a) if doc else clean(a.text_content())) for a in el.iter("a") if leads_away(a)
    )
    return min(1.0, links / length) if length else 0.0


DOCUMENT_FILE = _compile(r"\.(?:pdf|docx?|xlsx?|odt|ods|csv|pptx?)$", re.I)


def cites_a_source(block: HtmlElement) -> bool:
    """Whether a link of the line leads to a document or to another site than the page's
    canonical one (read only here, on the rare line under a related block's heading)."""
    own = site_host(block)
    for a in block.iter("a"):
        parts = split_url(a.get("href") or "")  # "http://[::1": no parts, no address
        host = (parts.hostname or "").removeprefix("www.")
        if DOCUMENT_FILE.search(parts.path):
            return True
        if own and host and host != own and not host.endswith("." + own):
            return True
    return False


def site_host(el: HtmlElement) -> str:
    """The page's host from its canonical link or og:url, without "www."; "" if it names none."""
    for href in el.getroottree().xpath(
        "//link[@rel='canonical']/@href|//meta[@property='og:url']/@content"
    ):
        if host := split_url(str(href)).hostname:
            return host.removeprefix("www.")
    return ""


TABLE_CELLS = ("td", "th")
_FIGURE = _compile(r"^[-+−–(]?\d[\d.,:' ]*\s*%?\)?$")  # "2024", "12,5 %", "3:1", "(4)"


def is_figure(text: str) -> bool:
    """A table cell's number ("2024", "12,5 %", "3:1"): the table's figures, not a counter or
    an ornament (a line without a letter that `is_stock_line` drops elsewhere)."""
    return len(text) <= TABLE_FIGURE and _FIGURE.match(text) is not None


TABLE_FIGURE = 20  # characters of a cell's number


def links_row(raw: str) -> bool:
    """Two links or more with nothing but marks between them (a breadcrumb or a row of
    section links set inside the text: "Startseite > Region > See", "Politik | Kultur")."""
    if raw.count(LINK_OPEN) < 2:
        return False
    return not _WORD_CHAR.search(LINKED.sub("", raw))


_WORD_CHAR = _compile(r"[^\W_]")


def is_promo_line(text: str, linked: list[str]) -> bool:
    """A line that is no block of its own (text broken by <br>s) read as a block is:
    only links, or a label and one link ("Les også: <link>"), or an arrow and a link."""
    links = [t for t in (clean(x) for x in linked) if t]
    if not links:
        return False
    if sum(len(t) for t in links) / len(text) > LINE_LINK_SHARE or ARROW_PROMO.match(text):
        return True
    if len(links) != 1 or not text.endswith(links[0]):
        return False
    label = text[: len(text) - len(links[0])].rstrip()
    if not 0 < len(label) <= PROMO_LABEL:
        return False
    return label.endswith(PROMO_LABEL_ENDS) or recirc_heading(label)


# Marks around a link's text in the walk's buffer, so a line without a block of its own
# knows its links; never text.
LINK_OPEN, LINK_CLOSE = "\x03", "\x04"
LINKED = _compile(f"{LINK_OPEN}([^{LINK_CLOSE}]*){LINK_CLOSE}")


_MARKS = _compile(f"([{LINK_OPEN}{LINK_CLOSE}])")


def line_link_chars(raw: str) -> int:
    """Characters of a line's text inside links, the line's own only: a line that opens
    inside a link (its opening mark went with a block the link wraps) starts linked."""
    parts = _MARKS.split(raw)
    inside = len(parts) > 1 and parts[1] == LINK_CLOSE
    total = 0
    for i, part in enumerate(parts):
        if i % 2:
            inside = part == LINK_OPEN
        elif inside and part:
            total += len(clean(part))
    return total


def unmarked_links(raw: str) -> str:
    return raw.replace(LINK_OPEN, "").replace(LINK_CLOSE, "")  # str.translate: 10 times slower


LINE_LINK_SHARE = 0.9  # of a line's text in links: a "read this too" promo, as for a block

# A line opening with an arrow and holding a link: a promo for another page in any language
# (">> Hier finden Sie alle Termine", "► Mehr zum Thema", "→ Read the report").
ARROW_PROMO = _compile(r"^(?:>>|[►▶→➤⇒▸]|»\s)\s*\S.{0,200}$")
SKIPPED, DROPPED = "\x00skipped", "\x00dropped"  # marks in the walk's output, never text
HEADLINE = "\x00headline"  # where the walk passed an <h1>
QUOTED = "\x01"  # opens a paragraph set in a <blockquote>, until pull quotes are found
ITALIC = "\x02"  # opens a paragraph set wholly in italics, until end notes are found
QUOTE_LEVELS = 5  # a pull quote's lines sit a few boxes deep in its <blockquote>


def leads_away(a: HtmlElement) -> bool:
    return a.get("href") is not None


def is_labelled_link(block: HtmlElement, text: str) -> bool:
    """ "ALSO READ: <link>", "Lesen Sie auch | <link>": a short label, then only a link.

    In any language the label ends with a colon or bar and the rest is one link's text.
    """
    links = [clean(a.text_content()) for a in block.iter("a")]
    linked = " ".join(t for t in links if t)
    if len(links) != 1 or not linked or not text.endswith(linked):
        return False
    label = text[: len(text) - len(linked)].rstrip()
    if not 0 < len(label) <= PROMO_LABEL:
        return False
    return label.endswith(PROMO_LABEL_ENDS) or _set_apart(block, label)


LABELLED_LINKS_SHARE = 0.7  # of the text after the label in links (the rest: ", ", " und ")


def is_labelled_links(block: HtmlElement, text: str) -> bool:
    """A label ending with a colon over a row of links: a tag list ("Themen: <a>Stadtrat</a>
    <a>Markthalle</a>", "Tagi:", "Témata:") or promos ("Lesen Sie auch: <a>..</a> und <a>..</a>"),
    in any language; a credit for the reporting ("Mitarbeit: <a>Jana Beispiel</a>, ...") stays."""
    links = [t for t in (clean(a.text_content()) for a in block.iter("a") if leads_away(a)) if t]
    if len(links) < 2:
        return False
    at = text.find(links[0])
    label = text[:at].rstrip()
    if not 0 < len(label) <= PROMO_LABEL:
        return False
    if not label.endswith((":", "\uff1a")) and not TAG_LABEL.fullmatch(label):
        return False  # a tag list's label may stand without a colon ("Sujets <a>Culture</a>")
    if CONTRIBUTION.search(label):
        return False
    return sum(len(t) for t in links) >= (len(text) - at) * LABELLED_LINKS_SHARE


def _set_apart(block: HtmlElement, label: str) -> bool:
    """A label in bold or italics of its own before the link ("<strong>Read more</strong>
    <a>...</a>"), or one that is a related-block heading word ("Lesen Sie auch <a>")."""
    first = block[0] if len(block) else None
    if (
        first is not None
        and first.tag in ("strong", "b", "em", "i")
        and not (block.text or "").strip()
        and clean(first.text_content()) == label
    ):
        return True
    return recirc_heading(label)
