"""Article body: the text a reader reads, in paragraphs, without page furniture.

The container is the parent of the paragraphs carrying the most text (a
readability-style score over <p> parents and grandparents), widened to the
ancestor that holds the rest of the article when ads split it into chunks
(judged by paragraphs with the same markup, so teaser grids do not count). Inside
it, paragraphs, headings, list items and quotes are kept; figures, captions,
asides, promos, share bars, newsletter boxes and stock lines are skipped. A lead set
in the article's header, outside the container, opens the body when the page's
description repeats it.
"""

from __future__ import annotations

import html
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from lxml import etree
from lxml.html import HtmlElement

from newsarchive.extract import daterelative, langwords
from newsarchive.extract.byline import BYLINE_LEAD, NAME_PARTICLES
from newsarchive.extract.document import Document, contains, has_text
from newsarchive.extract.furniture import (
    COOKIE_NOTICE,
    TAG_LABEL,
    is_back_line,
    is_bare_count,
    is_card_photo_line,
    is_cookie_wall,
    is_embed_notice,
    is_fact_line,
    is_furniture,
    is_gallery_named,
    is_gallery_part,
    is_machine_summary,
    is_more_info_label,
    is_other_holder,
    is_read_also_label,
    is_share_target,
    is_slideshow,
    is_state_block,
    is_stock_line,
    is_teaser_list,
    is_title_line,
)
from newsarchive.extract.headline import headline
from newsarchive.extract.lead import is_summary_box, lead_run, marked_lead, plain_lead
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.statetext import (
    mentions,
    next_state_rest,
    next_story,
    other_state_paragraphs,
)
from newsarchive.extract.text import SENTENCE_END as _STOP
from newsarchive.extract.text import WIDE, chunks, clean, count_words, folded_search, width
from newsarchive.extract.text import word_key as _norm
from newsarchive.extract.urls import split_url
from newsarchive.numbers import ascii_digits

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

SKIP_TAGS = frozenset(
    {
        "figure", "figcaption", "aside", "nav", "footer", "form", "button", "select", "input",
        "label", "h1", "picture", "video", "audio", "object", "embed", "canvas", "map", "dialog",
        "header", "menu", "textarea", "img",
    }
)  # fmt: skip
BLOCK_TAGS = frozenset(
    {
        "p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "section", "article",
        "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "tbody", "thead", "main", "center",
        "br", "hr", "address", "details", "summary",
    }
)  # fmt: skip

# Elements whose inline children are words of the text itself.
TEXT_TAGS = frozenset(
    "p li h2 h3 h4 h5 h6 blockquote a strong em b i span q dd td".split()  # noqa: SIM905
)
# Phrasing elements: a block holding only these (and <br>s) is running text.
_INLINE = "a abbr b bdi bdo br cite code del dfn em font i ins kbd mark q s samp small span strong"
INLINE_TAGS = frozenset(f"{_INLINE} sub sup time u var wbr img".split())
RECIRC_TAGS = frozenset({"section", "div", "ul", "ol"})
HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5"})
RECIRC_HEADING_WITHIN = 6  # a block's heading comes first: only its first descendants are read


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
# A block headed as the readers' comments ("12 Kommentare", "Join the conversation", "댓글").
COMMENTS_HEADING = _compile(
    r"^\W*(?:\d+\s*)?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|kommentarer"
    r"|reacties|yorumlar|комментарии|komentarze|コメント|댓글|评论|評論|留言"
    # the same in the languages of unseen sites (Hebrew talkbacks, Czech, Portuguese ...)
    r"|תגובות(?: לכתבה)?|טוקבקים|komentáře|diskuse|comentários|komentarai|ummæli|komen|maoni"
    r"|टिप्पणियाँ|टिप्पणियां|kommentar|hozzászólások|postings?|leserkommentare|lesermeinungen"
    r"|join the (?:conversation|discussion)|leave a (?:comment|reply)|diskutieren sie mit"
    r"|réagissez|deja (?:un|tu) comentario)(?:\s*\(?\d+\)?)?\W*$",
    re.I,
)
# (headings are matched ~30 times a page: IGNORECASE tries each of their hundreds of words)
_recirc_heading = folded_search(RECIRC_HEADING, match=True)
_comments_heading = folded_search(COMMENTS_HEADING, match=True)
# A box headed as facts beside the article ("Fakta om fødselsdepresjon", "Fakten zur Wahl",
# "Info-Box", "Fact box"), up to 1,500 characters: newsbench's answers leave such boxes out.
FACTBOX_HEADING = _compile(
    r"^\W*(?:fakta(?: (?:om|kring|o)\b.{0,40})?|(?:die )?fakten(?: (?:zu[mr]?|über)\b.{0,40})?"
    r"|faktenbox|faktaboks|faktaruta|faktarute|info-?box|infokasten|zahlen und fakten|fact ?box"
    r"|fast facts|key facts|facts? (?:about|on)\b.{0,40})\W*$",
    re.I,
)
FACTBOX_MAX = 1500
# A block headed as the writer's profile under the article ("Über die Autorin", "About the
# author", "O autorze"): the author's bio, not the article, with or without links.
AUTHOR_BOX_HEADING = _compile(
    r"^\W*(?:über (?:die autorin|den autor|die autoren|unsere autorin|unseren autor)|zur autorin"
    r"|zum autor|about the (?:author|writer|reporter)s?|à propos de l'auteur"
    r"|sobre (?:o|a|el|la) autora?"
    r"|sull'autore|over de auteur|om (?:forfatteren|skribenten)|o autor(?:ze|ce|ovi)|об авторе"
    r"|apie autori(?:ų|ę)|um höfund(?:inn)?|tentang penulis|kuhusu mwandishi|लेखक के बारे में"
    r"|על הכותב(?:ת)?|关于作者|作者简介)\W*$",
    re.I,
)
RECIRC_LINK_SHARE = 0.25  # of a teaser block's text is in links; an article section's is far less
_LEAF_TEXT = 80  # a div of inline text this long is a paragraph without <p>
_MIN_PARAGRAPH = 25  # in Latin letters' worth: a wide Han, kana or Hangul character counts two
OWN_STORY_PARAGRAPHS = 3  # a story's block holds paragraphs; a masthead or header does not
BR_BREAKS = 2  # <br>s in a block of text that make it paragraphs
DIV_TEXT_WEIGHT = 0.5  # a <div> of inline text counts less than a <p>: it may be a caption or card
JSONLD_BODY_SHARE = 0.5  # markup text under half of articleBody's words: the markup missed it
KEEP_SHARE = 0.3  # a "furniture" block with 30% of the article's paragraph text is the article
WIDEN_GAIN = 1.3  # an ancestor with 30% more paragraph text is still the article
DESCRIPTION_META = ("og:description", "description", "twitter:description")
LEAD_TAGS = ("p", "h2", "h3", "h4", "div", "span")
LEAD_MIN, LEAD_MAX = 20, 1200  # characters of a lead paragraph
LEAD_MAX_CHILDREN = 4  # a lead is one block, not a wrapper of many
LEAD_PREFIX_SHARE = 0.8  # a description trimmed to 80% of the lead still names it
LEAD_NEEDLE = 16  # characters of the description searched for in the page's text
LEAD_OCCURRENCES = 12  # places in the markup a needle is looked at
LEAD_GAP = 40  # characters of whitespace allowed between a tag and the lead's first word
# Class/id words by which a page calls a block its subtitle (split on spaces and "_").
SUBTITLE_WORDS = frozenset(langwords.entries(langwords.SUBTITLE_CLASSES))
_ATTR_WORDS = _compile(r"[\s_]+")
SUBTITLE_ATTRS = ("class", "id", "data-gu-name", "data-component", "data-testid")
LEAD_CLIMB = 4  # from the text node up to the lead's block (p > span > span > text)
_WORD = _compile(r"\w+")
REPEAT_MAX = 150  # characters: a longer paragraph said twice is the writer's
REPEAT_KEEP = 0.5  # share of the text that must remain once repeated lines are dropped
PROMO_LABEL = 40  # characters of the label before a promoted link ("Read also:")
# How such a label ends, in any script: a colon or bar (full-width ones too), a guillemet,
# or a closing bracket around it ("【関連記事】", "[Read more]").
PROMO_LABEL_ENDS = (":", "|", "»", ">", "：", "｜", "】", "]", "〕")


def body(doc: Document, rules: SiteRules | None) -> str | None:
    lead, text = body_parts(doc, rules)
    return "\n\n".join(p for p in (lead, text) if p) or None


def body_parts(doc: Document, rules: SiteRules | None) -> tuple[str | None, str | None]:
    """The lead shown outside the body container (when the container misses it), and the body.

    A site rule's body selector says where that site's text is: no lead is added to it.
    Otherwise a profile changes nothing here, so a page read with and without its
    profile (a crawl's items beside a re-extraction from WARCs) gets the same body.
    """
    keep: set[HtmlElement] = set()
    if rules and rules.body:
        containers = _site_containers(doc, rules)
    else:
        containers, keep = _find_containers(doc, headline(doc), _custom_tags(doc))
    paragraphs = _paragraphs(doc, rules, containers, keep)
    if not paragraphs and containers and not (rules and rules.body):
        # the best block held only what the walk leaves out (a grid of teaser cards):
        # the article is the best block outside it
        passed = set(containers)
        containers, keep = _find_containers(doc, headline(doc), _custom_tags(doc), passed)
        paragraphs = _paragraphs(doc, rules, containers, keep)
    paragraphs = _without_pull_quotes(_without_end_notes(_without_repeats(paragraphs)))
    paragraphs = _without_sources_list(paragraphs)
    markup = "\n\n".join(paragraphs)
    declared = _prefer_jsonld(markup, containers, doc)
    text = _prefer_state(declared, doc)
    if declared is not markup and _norm(declared)[:DECLARED_KEY] not in _norm(text):
        text = declared  # the publisher's articleBody, not a state's others' text
    lead = None if rules and rules.body else _marked_lead(doc, containers, text, keep)
    if lead is None and not (rules and rules.body):
        lead = _lead(doc, containers, text) or _plain_lead(doc, containers, text)
    return lead, text or None


def _paragraphs(
    doc: Document,
    rules: SiteRules | None,
    containers: list[HtmlElement],
    keep: set[HtmlElement],
) -> list[str]:
    """The containers' text in paragraphs, furniture and promos left out."""
    excluded = _excluded(doc, rules) | _form_boxes(doc, containers, keep)
    excluded |= _comments(containers, keep)
    paragraphs: list[str] = []
    for container in containers:
        # the container's own text runs before and after its children: a body of <br>-broken
        # text beside a block (a lead in a <p>) ends with a line no block closes
        lead = container.text
        buf = [lead] if lead and not _paywall_pitch(lead) else []
        _walk(container, paragraphs, buf, excluded, keep)
        if buf and _paywall_pitch(_unmarked_links("".join(buf))):
            buf.clear()  # "Jetzt weiterlesen mit ...": the pitch a <p> would hold, set bare
        _flush(buf, paragraphs, block=container, skipped=(excluded, keep))
    return _without_intros(_without_kicker(paragraphs))


KICKER_LINE = 60  # characters of a line set above the headline (kicker, section, label)
KICKER_LINES = 3


def _without_kicker(paragraphs: list[str]) -> list[str]:
    """Without the short lines a container holding the headline sets above it (a kicker
    "Lokales", a section, a label: the headline itself is skipped), unless a sentence
    stands there too; the headline's place is left as a skipped block."""
    if HEADLINE not in paragraphs:
        return paragraphs
    at = 0  # the last headline before the first line of text longer than a kicker
    for i, p in enumerate(paragraphs):
        if p == HEADLINE:
            at = i
        elif p not in (SKIPPED, DROPPED) and (len(p) > KICKER_LINE or p.endswith(_STOP)):
            break
    above = [p for p in paragraphs[:at] if p not in (SKIPPED, DROPPED)]
    if above and (
        len(above) > KICKER_LINES or any(len(p) > KICKER_LINE or p.endswith(_STOP) for p in above)
    ):
        at = 0  # text above the headline: kept
    out = [p for p in paragraphs[:at] if p in (SKIPPED, DROPPED)] if at else []
    for p in paragraphs[at:] if at else paragraphs:
        if p == HEADLINE:
            if out and out[-1] != SKIPPED:
                out.append(SKIPPED)
        else:
            out.append(p)
    return out


def _marked_lead(
    doc: Document, containers: list[HtmlElement], text: str, keep: set[HtmlElement]
) -> str | None:
    """The block between headline and body that the page's classes call its lead
    (lead.py), in paragraphs (a key-points list gives one line per point), unless the
    body already holds it."""
    if not text or not containers:
        return None
    el = marked_lead(headline(doc), containers[0])
    if el is None:
        return None
    paragraphs: list[str] = []
    for block in [el] if is_summary_box(el) else lead_run(el):
        found: list[str] = []
        _walk(block, found, [], set(), keep)
        found = [_unmarked(p) for p in found if p not in (SKIPPED, DROPPED, HEADLINE)]
        paragraphs.extend(found or [clean(block.text_content())])
    value = "\n\n".join(p for p in paragraphs if p)
    return None if _in_text(value, text) else value


def _plain_lead(doc: Document, containers: list[HtmlElement], text: str) -> str | None:
    """The first paragraph of sentences between the headline and the container, unless
    the page calls it its subtitle or dek, it is a picture's caption, or it is a promo line
    ("Lesen Sie auch: ...")."""
    if not text or not containers:
        return None
    el = plain_lead(headline(doc), containers[0])
    if el is None or _marked_subtitle(el) or _captions(el):
        return None
    value = clean(el.text_content())
    if is_stock_line(value) or _names_related(value) or _in_text(value, text):
        return None
    if NOT_A_LEAD.search(value):
        return None
    return value


# A picture's credit, an account/subscription notice or a notice about the piece: a caption
# or a box under the headline, not the article's opening, whatever classes (or hashes) it has.
NOT_A_LEAD = _compile(
    r"\((?:\w+ )?(?:photo|foto|bild|image)\b[^)]*\)\s*$|\b(?:photo|foto|bild|image)s?\s*:\s*\S"
    r"|getty images|picture alliance|imago images"
    r"|subscri|abonn|registrier|einloggen|sign in|log in|logg inn|logga in|iscriviti|suscr"
    r"|会員登録|会員限定|有料会員|ログイン|회원가입|로그인"
    # a notice about the piece itself ("Dieser Artikel ist älter als ein Jahr ...")
    r"|^(?:dieser (?:artikel|beitrag|text)|this (?:article|story)|cet article|este artículo"
    r"|questo articolo|denne artikkelen|den här artikeln|denne artikel)\b",
    re.I,
)


def _names_related(line: str) -> bool:
    """A line opening with a related-block heading ("Lesen Sie auch: ...", "Lire aussi")."""
    label = re.split(r"[:|»>]", line, maxsplit=1)[0]
    return len(label) < len(line) and _recirc_heading(label.strip())


INTRO_MAX = 200  # characters of a line introducing a promo ("... in unserem Liveblog:")
# Words by which a line sends the reader elsewhere, in the languages read.
READ_ELSEWHERE = _compile(
    r"\b(?:(?:lesen|finden|sehen|hören) sie\b|unserem (?:liveblog|newsticker|ticker|podcast)"
    r"|mehr (?:zum thema|dazu|zur lage)\b|^mehr (?:zu[mr]?|über|aus) |live ?blog"
    r"|read (?:more|our|the latest)\b"
    r"|in our live|lire aussi|retrouvez|à lire|notre direct|lee también|te puede interesar"
    r"|nuestro directo|leggi anche|il nostro live|les også|läs också|læs også|lees ook)",
    re.I,
)


def _without_intros(paragraphs: list[str]) -> list[str]:
    """The walk's paragraphs without its marks, and without lines that introduce what the
    walk left out: "Mehr zur Lage lesen Sie in unserem Liveblog:" above a teaser that was
    skipped, dropped as a link line, or stood outside the container. A colon line above
    text that stays ("Er schrieb:") is the writer's; so is one above a skipped embed
    unless it sends the reader elsewhere."""
    paragraphs = _without_tag_lines(_without_furniture_tail(paragraphs))
    out: list[str] = []
    for i, p in enumerate(paragraphs):
        if p in (SKIPPED, DROPPED):
            continue
        if p.endswith(":") and len(p) <= INTRO_MAX and READ_ELSEWHERE.search(p):
            following = paragraphs[i + 1] if i + 1 < len(paragraphs) else DROPPED
            if following in (SKIPPED, DROPPED):
                continue
        out.append(p)
    return out


TAIL_LINE = 80  # characters: a line after the article's last paragraph, not a paragraph
TAIL_LINES = 3  # more short lines at the end are a list of the article's (sources, tips)


def _without_furniture_tail(paragraphs: list[str]) -> list[str]:
    """Without the short lines among left-out boxes after the article's last paragraph:
    once the walk has skipped furniture there, the headings of teaser lists whose links
    were dropped ("Latest National Stories"), agency and author tags ("SDA/sep") and a
    programme line belong to it. A short line that ends the body with nothing left out
    after the last paragraph stays (a last subhead, a closing line), and so do colon
    lines ("Sources:") and lists of more than three lines."""
    start = len(paragraphs)
    while start > 0:
        p = paragraphs[start - 1]
        if p not in (SKIPPED, DROPPED) and (len(p) >= TAIL_LINE or p.endswith(_STOP)):
            break
        start -= 1
    tail = paragraphs[start:]
    lines = [p for p in tail if p not in (SKIPPED, DROPPED)]
    if len(lines) == len(tail) or not 0 < len(lines) <= TAIL_LINES:
        return paragraphs
    return paragraphs[:start] + [p for p in tail if p in (SKIPPED, DROPPED) or p.endswith(":")]


TAG_LINE = 60  # characters of a byline or agency tag set as a line of its own
DATE_STAMPS_LINE = 120  # characters of a line of two date stamps
TAG_ZONE = 3  # paragraphs at either end of the body where such lines stand
# A station or agency with its writers' names or initials: "MDR (dst)", "NDR (Jana Beispiel)".
# An agency's and editors' tag alone in brackets: "(dpa/lno)", "(APA)", "(sda/jb)", "(afp, red)".
# In full-width brackets too (Japanese papers' Kyodo tag), or a place and the agency
# ("(서울=연합뉴스)").
_AGENCY_TAG = _compile(r"^[(（](?:[^\W\d_]{2,12}[/,.=]? ?){1,3}[)）]$")
# The same without brackets, as a line of its own: "dpa/afp/lw", "APA/red", "red, ORF.at/
# Agenturen", told by an agency's name among its parts (not "Rot/Grün", "Berlin/Hamburg").
_SLASH_TAG = _compile(r"^[^\W\d_][\w.-]{0,14}(?:\s*[/,]\s*[^\W\d_][\w.-]{0,14}){0,4}$")
_SLASH_TAG_PARTS = _compile(r"(?!(?<=\s)\s)\s*[/,]\s*")
_TAG_PARTS = _compile(r"[/,.=\s]+")
# The agencies and the generic words for them (both langwords.py, shared with authors.py).
AGENCIES = langwords.AGENCIES | langwords.GENERIC_AGENCY_WORDS
_SOURCE_TAG = _compile(r"^[A-ZÄÖÜ]{2,}[\w-]*(?: [A-ZÄÖÜ][\w-]*)? \([^()]{1,50}\)$")
# The editor's credit under a story, as "Redaktion: ..." is one, in more languages ("Editor: Budi
# Contoh", "Edited by Jane Doe", "Редактор: Анна Пример", "Penyunting: ...", "Redactie: ..."):
# then only names, as a byline's.
# Every language's editor's label (langwords.EDITOR_CREDITS, authors.py's too), and the
# newsroom's words that credit its editors there.
_EDITOR_WORDS = sorted(
    # (ties in one order, not a set's: the pattern below is the same in every process)
    sorted({*langwords.entries(langwords.EDITOR_CREDITS), "editors", "editora", "redakce",
     "rédaction", "redacción", "redação", "redazione", "redactie", "redaktør", "redaktör",
     "редакция", "redaktur"}),
    key=len,
    reverse=True,
)  # fmt: skip
_EDITOR_LEAD = _compile(
    rf"^\s*(?:(?:{'|'.join(map(re.escape, langwords.entries(langwords.EDITED_BY)))}|a cura di)\s+"
    rf"|(?:{'|'.join(map(re.escape, _EDITOR_WORDS))})\s*[:：]\s*)",
    re.I,
)
# A Korean, Chinese or Japanese paper's credit line in brackets, alone on its line: the paper
# and the reporter ("[시티뉴스 홍길동 기자]", "【记者 王小明 报道】", a tortoise-shell bracket too).
_REPORTER_TAG = _compile(
    r"^[\[［【〔(（<＜][^\]］】〕)）>＞]{0,40}(?:기자|특파원|记者|記者|报道|報導|特派员|特派員)"
    r"[^\]］】〕)）>＞]{0,20}[\]］】〕)）>＞]$"
)


def _without_tag_lines(paragraphs: list[str]) -> list[str]:
    """Without byline and agency lines near either end of the body ("Von Jana Beispiel",
    "By Jane Doe", "Von Beispiel-Online, jb" under the lead; "MDR (dst)" at the end):
    the "by" word of any language read, then only names, particles and initials."""
    texts = [i for i, p in enumerate(paragraphs) if p not in (SKIPPED, DROPPED)]
    ends = set(texts[:TAG_ZONE] + texts[-TAG_ZONE:])
    return [p for i, p in enumerate(paragraphs) if i not in ends or not _is_tag_line(p)]


def _is_tag_line(p: str) -> bool:
    if p.endswith((".", "!", "?", ":")) and not (
        len(p) <= DATE_STAMPS_LINE and _ABBREVIATED_END.match(p)
    ):
        return False  # a sentence: "Am 12. Dezember 2026.", "Update, 14:32 Uhr: Straße frei."
    if len(p) <= DATE_STAMPS_LINE and _is_date_line(p):
        return True  # two stamps make a longer line: "Veröffentlicht am ... Aktualisiert am ..."
    if len(p) <= BARE_STAMP_LINE and _is_bare_stamp(p):
        return True  # a stamp may end in a dot: "14:32 h.", "2:32 p.m."
    if p.endswith((".", "!", "?", ":")):
        return False
    if len(p) > TAG_LINE:
        return False
    if _SOURCE_TAG.match(p) or _is_slash_tag(p):
        return True
    # full-width brackets hold a Japanese paper's words too ("to be continued", "honorifics
    # left out"): there the agency's name is the tag (Kyodo's, Jiji's)
    if _AGENCY_TAG.match(p) and (
        p[0] == "(" or any(w in AGENCIES for w in _TAG_PARTS.split(p[1:-1]))
    ):
        return True
    if _REPORTER_TAG.match(p):
        return True
    lead = BYLINE_LEAD.match(p) or _EDITOR_LEAD.match(p)
    if lead is None or lead.end() == 0:
        return False
    words = p[lead.end() :].split()
    return 0 < len(words) <= 6 and all(
        _names_word(w, after_comma=i > 0 and words[i - 1].endswith(","))
        for i, w in enumerate(words)
    )


# A stamp's last word abbreviated ("14:32 h.", "2:32 p.m.", "10:15 Uhr."), after its time,
# with no note after the time ("Update, 14:32 Uhr: Die Straße ist frei." is the story's).
_ABBREVIATED_END = _compile(r"(?!.*\d.*[:：]\s)(?=.*\d).*\s(?:[^\W\d_]{1,3}\.){1,2}$")


# A date stamp set as a line ("Veröffentlicht am 12.03.2025, 10:15 Uhr", "Stand: 12.03.2025",
# "Aktualizováno 12. 3. 2025"): the labels dates.py reads, then a few words with a digit.
_DATE_LABELS = "|".join(re.escape(w) for w in langwords.DATE_LABELS)
_DATE_LINE = _compile(rf"^\W*(?:{_DATE_LABELS})(?!\w)\W*(.*\d.*)$", re.I)
DATE_LINE_WORDS = 8
# What follows holds a day or a time: "12.03.2025", "12. 3.", "10:15", "12. März 2025", "12 de
# março de 2025", "March 12, 2025".
_DATE_SHAPE = _compile(
    r"\d{1,4}[./-]\s?\d{1,2}[./-]|\d{1,2}[:.]\d{2}\b"
    r"|\b\d{1,2}\.?\s+(?:\w{1,3}\s+)?[^\W\d_]{3,}\.?,?\s+(?:\w{1,3}\s+)?\d{4}\b"
    r"|[^\W\d_]{3,}\.?\s+\d{1,2},?\s+\d{4}\b"
)


# (no try from inside a run of the marks, which the try from its start covers: a long run
# was read again from each of its characters; the `\W*` last takes the rest of a run)
_NEXT_LABEL = _compile(rf"(?!(?<=[\s|·•,;])[\s|·•,;])[\s|·•,;]+(?:{_DATE_LABELS})(?!\w)\W*", re.I)


def _is_date_line(p: str) -> bool:
    """A date stamp, or two in one line ("Veröffentlicht am 3. Dezember 2026 Zuletzt
    aktualisiert am 4. Dezember 2026, 09:10 Uhr")."""
    m = _DATE_LINE.match(p) if any(c.isdigit() for c in p) else None
    if m is None:
        return False
    stamps = _NEXT_LABEL.split(m.group(1))
    return all(
        len(stamp.split()) <= DATE_LINE_WORDS
        and (
            _DATE_SHAPE.search(stamp) is not None
            or daterelative.read(stamp, _ANY_FETCH, None) is not None  # "vor 35 Minuten"
        )
        for stamp in stamps
    )


# A date stamp with no label, as a line of its own at the body's end ("2026年12月5日 14時32分",
# "05.12.2026, 14:32 Uhr", "Freitag, 5. Dezember 2026"): a day with a month (and a time), at
# most two words besides (a month's, a weekday's or a place's name), nothing else.
BARE_STAMP_LINE = 50
_BARE_DATE = _compile(
    r"\d{1,4}[./-]\s?\d{1,2}[./-]|\d{1,2}\s?月\s?\d{1,2}\s?日"
    r"|\b\d{1,2}\.?\s+(?:\w{1,3}\s+)?[^\W\d_]{3,}\.?,?\s+(?:\w{1,3}\s+)?\d{4}\b"
    r"|(?<![^\W\d_])[^\W\d_]{3,}\.?\s+\d{1,2},?\s+\d{4}\b"  # (from a word's start only)
)
_STAMP_FILLER = _compile(
    r"[\d\W_年月日時分秒]+|\b(?:[^\W\d_]|uhr|am|pm|um|at|à|las|alle|ore|kl|klo|saat|le|el|de|del|den)\b",
    re.I,
)
BARE_STAMP_WORDS = 2


def _is_bare_stamp(p: str) -> bool:
    """(A sentence written without spaces is one word to the count: "2026年12月3日に開幕した。"
    holds more than a weekday's two signs.)"""
    if sum(c.isdigit() for c in p) < 4 or _BARE_DATE.search(p) is None:
        return False
    words = _STAMP_FILLER.sub(" ", p).split()
    return len(words) <= BARE_STAMP_WORDS and not any(
        len(w) > _UNSPACED_WORD and _UNSPACED.search(w) for w in words
    )


_UNSPACED = _compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_UNSPACED_WORD = 2  # signs: a weekday's ("金曜", "(金)")


_ANY_FETCH = datetime(2000, 1, 1, tzinfo=UTC)  # "vor 35 Minuten" is a date against any fetch


def _is_slash_tag(p: str) -> bool:
    """An agency's and editors' tag without brackets ("dpa/afp/lw", "APA/red", "BNS"):
    an agency alone, or parts joined by slashes or commas, one of them an agency, or the
    editors' "red" beside one."""
    if not _SLASH_TAG.match(p):
        # a script whose vowel signs are no word characters to the regex: "भाषा", "(आईएएनएस)"
        bare = p.strip("() ")
        known = _agency(bare) if p.startswith("(") else bare.casefold() in AGENCIES
        return known and bare.casefold() not in _AGENCY_WORDS
    parts = _SLASH_TAG_PARTS.split(p)
    if len(parts) == 1:
        # (letters that are a word too, agencies only in capitals, alone with no brackets:
        # a label as likely, "MAP", "SPA", as "AP" is)
        return p.casefold() in AGENCIES and p.casefold() not in _AGENCY_WORDS
    return any(_agency(part) for part in parts) and (
        "/" in p or sum(_agency(part) or part == "red" for part in parts) > 1
    )


def _agency(word: str) -> bool:
    """An agency's name or a generic word for one; letters that are a name too in capitals
    only ("ANI", not "Ani")."""
    return word.casefold() in AGENCIES or langwords.is_agency(word)


# Agencies' names that are words too: alone on a line they may be a subhead ("Agenturen",
# "AP", Slovene "sta"), so they count only beside another part of a tag.
_AGENCY_WORDS = langwords.GENERIC_AGENCY_WORDS | langwords.WORD_AGENCIES


def _names_word(word: str, after_comma: bool) -> bool:
    """A word of a name list: capitalised or in a script without case ("מאת ישראל ישראלי"), a
    particle ("von der"), a site's hyphenated name ("t-online") or, after a comma, an
    editor's initials ("jse")."""
    w = word.rstrip(",")
    return len(w) > 1 and (
        w[0].isupper()
        or (w[0].isalpha() and w[0].lower() == w[0].upper())  # a script without case: Hebrew
        or w in NAME_PARTICLES
        or "-" in w
        or w in ("und", "and", "et", "y", "e", "og", "och", "&")
        or (after_comma and w.isalpha() and len(w) <= 4)
    )


PULL_QUOTE_WORDS = 6  # a shorter line says too little to be recognised as a repeat
PULL_QUOTE_SHARE = 0.6  # of its word triples found in one longer paragraph: said there already
ATTRIBUTION = 120  # characters of the source line under a pull quote ("Jane Doe, mayor")


def _without_pull_quotes(paragraphs: list[str]) -> list[str]:
    """Without pull quotes: a line set off in large type that repeats, whole or trimmed,
    words a longer paragraph of the article says ("Wir wissen, dass ..." beside "„Wir
    wissen aber, dass ...", sagte sie."), with the source line under it ("Jane Doe,
    Bürgermeisterin"). Readers read the words once; the quote is layout."""
    if not any(p.startswith(QUOTED) for p in paragraphs):
        return [_unmarked(p) for p in paragraphs]  # most pages: no quote to compare
    folded = [p.casefold() for p in paragraphs]
    drop: set[int] = set()
    for i, p in enumerate(paragraphs):
        if not p.startswith(QUOTED):
            continue
        own = _triples(p)
        if len(own) < PULL_QUOTE_WORDS - 2:
            continue
        keys = sorted(_WORD.findall(folded[i]), key=len)[-3:]  # cheap test before triples
        if any(
            len(own & other) >= len(own) * PULL_QUOTE_SHARE
            for other in _said_before(paragraphs, folded, i, keys)
        ):
            drop.add(i)
            drop.update(_quote_source(paragraphs, i))
    return [_unmarked(p) for i, p in enumerate(paragraphs) if i not in drop]


def _said_before(
    paragraphs: list[str], folded: list[str], i: int, keys: list[str]
) -> Iterator[set[tuple[str, ...]]]:
    """Word triples of each longer paragraph holding the quote's longest words, then of two
    paragraphs in a row: a quote the story breaks with its speaker ("..., said X." / "...")."""
    p = paragraphs[i]
    for j, text in enumerate(folded):
        if j != i and len(paragraphs[j]) > len(p) and all(k in text for k in keys):
            yield _triples(paragraphs[j])
    for j in range(len(paragraphs) - 1):
        if i in (j, j + 1):
            continue
        a, b = folded[j], folded[j + 1]
        if len(a) + len(b) > len(p) and all(k in a or k in b for k in keys):
            yield _triples(paragraphs[j] + " " + paragraphs[j + 1])


SOURCE_LINES_MAX = 2  # the name, then the role, each a line of the quote's box


def _quote_source(paragraphs: list[str], i: int) -> list[int]:
    """The source lines under a pull quote: one line with a comma ("Jane Doe, mayor"), or
    up to two short lines of the quote's own box, the first a name ("Jane Doe" / "Mayor of
    Example", "— Jane Doe"), no sentence's stop; a line of the story after the box (no
    quote's mark) stays."""
    out: list[int] = []
    for j in range(i + 1, min(i + 1 + SOURCE_LINES_MAX, len(paragraphs))):
        line = paragraphs[j]
        if len(line) > ATTRIBUTION or line.endswith(_STOP):
            break
        if not line.startswith(QUOTED):
            if not out and "," in line:
                out.append(j)
            break
        if not out and "," not in line and not _names_source(_unmarked(line)):
            break  # a poem's next line, a letter's closing: the quotation's own words
        out.append(j)
    return out


SOURCE_NAME_WORDS = 5  # "Jane Doe", "Dr. Mara van Example"


def _names_source(line: str) -> bool:
    """A quote box's first line under the quote as a source's reads: "— Jane Doe" or a name."""
    if line.startswith(("—", "–", "―", "-")):
        return True
    words = line.split()
    return 0 < len(words) <= SOURCE_NAME_WORDS and all(_names_word(w, False) for w in words)


def _unmarked(p: str) -> str:
    return p.removeprefix(QUOTED).removeprefix(ITALIC)


END_NOTE_MAX = 200  # characters of an editor's note under an article
# The label over a list of the piece's sources closing it ("Quellen:" over "Landtag NRW,
# Stellungnahmen", "WDR Interviews"), in the languages read other than English: newsbench's
# answers leave the German broadcaster's list out (and t-online's "Verwendete Quellen" on two
# pages, which the container leaves out already), and keep an English site's "Sources:" list
# of addresses (a one-line "Quelle: dpa" is a credit line in every language).
SOURCES_LABEL = _compile(
    r"^(?:(?:verwendete )?quellen|quelle|quellenangaben|quellenverzeichnis"
    r"|źródła|zdroje|zdroj|источники|джерела|fontes|fuentes"
    r"|fonti|bronnen|kilder|källor|lähteet|šaltiniai|avoti|sumber|vyanzo|heimildir|מקורות)\s*:?$",
    re.I,
)
SOURCE_LINE_MAX = 150  # characters of one source: a name, a title, an address
# A sentence's closing stop; a source may end with a bracket or quote ("... (englisch)").
_CLOSING = (".", "!", "?", "…", "。", "！", "？", "।")
SOURCE_LINES = 10


def _without_sources_list(paragraphs: list[str]) -> list[str]:
    """Without a sources list closing the text: its label, then only short lines that are no
    sentences (no closing stop) to the end."""
    start = max(0, len(paragraphs) - SOURCE_LINES - 1)
    for i in range(len(paragraphs) - 2, start - 1, -1):
        if SOURCES_LABEL.match(paragraphs[i]):
            rest = paragraphs[i + 1 :]
            if i and all(len(p) <= SOURCE_LINE_MAX and not p.endswith(_CLOSING) for p in rest):
                return paragraphs[:i]
            break
    return paragraphs


def _without_end_notes(paragraphs: list[str]) -> list[str]:
    """Without a short last paragraph set wholly in italics after text that is not: the
    editor's note under an article ("Jane Doe reports for ... from Moscow", "The family
    agreed to the publication of her name") in any language. A run of italic paragraphs
    (quoted passages) or one introduced by a colon line ("Kyiv Post reported:") stays."""
    if len(paragraphs) < 2:
        return paragraphs
    if _is_writer_bio(_unmarked(paragraphs[-1]), paragraphs[:-1]):
        return paragraphs[:-1]
    last = paragraphs[-1].removeprefix(QUOTED)
    before = paragraphs[-2].removeprefix(QUOTED)
    if not last.startswith(ITALIC) or len(last) > END_NOTE_MAX:
        return paragraphs
    if before.startswith(ITALIC) or before.endswith(":") or _CONTRIBUTION.search(last):
        return paragraphs
    if NOTE_LABEL.match(last.removeprefix(ITALIC)):
        return paragraphs  # a correction or an editor's note is part of the piece
    return paragraphs[:-1]


# The writer's profile in one sentence under the article ("Jane Doe is a politics reporter
# for ...", "Jana Beispiel ist Redakteurin im Ressort Politik"): a name, then "is"/"ist" and
# a newsroom role. Only as the last paragraph, up to 250 characters.
WRITER_BIO = _compile(
    r"^(?!(?:The|A|An|Der|Die|Das|Ein|Eine|Sein|Seine|Ihr|Ihre|Unser|Unsere) )"
    r"((?:[A-ZÄÖÜ][\w'’.-]+ ){1,3})"
    r"(?:(?:is|ist|was|war) (?:an? |eine?r? |die |der |our |unsere?r? )?"
    # a role word, or a compound of a newsroom's one ("Lokalredakteur", "Wirtschafts-
    # korrespondentin"; "Kinderbuchautorin", "songwriter" name someone in the story)
    r"(?:[\w-]+ ){0,4}?(?:\w*?(?i:reporter(?:in)?|correspondent|journalist(?:in)?"
    r"|redakteur(?:in)?|redaktor(?:in)?|korrespondent(?:in)?|volontär(?:in)?|kolumnist(?:in)?)"
    r"|(?i:editor|writer|columnist|producer|contributor|autor(?:in)?))\b"
    # ... or what the writer does for the site ("... berichtet seit 2015 für das Stadtblatt
    # über Verkehr", "... covers transport for the Post")
    r"|(?P<does>(?:berichtet|schreibt|covers|reports|writes)\b[^.!?]{0,60}?\b(?:für|for)"
    r" (?:das |die |den |der |the )?[A-ZÄÖÜ]))",
)
WRITER_BIO_MAX = 250


def _is_writer_bio(p: str, before: list[str]) -> bool:
    """The writer's one-sentence profile: a name the story before never names (a story
    about an author ends "Maria Schmidt ist Autorin des Buches ...", named further up)."""
    if len(p) > WRITER_BIO_MAX or not (m := WRITER_BIO.match(p)):
        return False
    if m.group("does") and "," in p:
        return False  # "... schreibt für die Fährgesellschaft Gedichte, die er ...": a story's
    surname = re.compile(rf"\b{re.escape(m.group(1).split()[-1])}\b")
    return not any(surname.search(q) for q in before)


# A correction's or editor's note's label opening the italic line under the article: the
# note is part of the piece to a reader (newsbench's one looked-at "Editor's note:" is kept),
# in the languages read ("Korrektur:", "Rectificatif :", "Sprostowanie:", "訂正", "更正",
# "바로잡습니다", "תיקון:"); a date in brackets may follow the label ("Update (5 Dec):").
NOTE_LABEL = _compile(
    r"(?i:corrections?|clarifications?|update[sd]?|editor'?s'? note|note from the editor"
    r"|korrektur|berichtigung|richtigstellung|klarstellung|aktualisierung|nachtrag"
    r"|(?:anmerkung|hinweis|notiz) der redaktion|rectificatifs?|correctif|erratum|pr[ée]cision"
    r"|note de la r[ée]daction|mise à jour|correcci[óo]n|fe de (?:errores|erratas)|aclaraci[óo]n"
    r"|nota del (?:editor|autor)|nota de la redacci[óo]n|actualizaci[óo]n|corre[çc][ãa]o"
    r"|nota d[oa] (?:editor|reda[çc][ãa]o)|atualiza[çc][ãa]o|correzione|rettifica"
    r"|nota della redazione|aggiornamento|correctie|rectificatie|noot van de redactie"
    r"|sprostowanie|od redakcji|aktualizacja|r[äa]ttelse|redakt[öo]rens anm[äa]rkning"
    r"|rettelse|korjaus|oikaisu|исправление|уточнение|примечание редакции|от редакции"
    r"|обновлено|виправлення|düzeltme|edit[öo]r[üu]n notu|oprava|pozn[áa]mka redakce"
    r"|koreksi|ralat|catatan redaksi|διόρθωση|sửa chữa|đính chính)"
    r"\s{0,3}(?:\([^()]{0,40}\)\s{0,3})?[:：.–—-]"
    r"|(?:訂正|おわびと訂正|編集部注|更正|编者按|編者按|编者注|編者註|바로잡습니다|정정|편집자 주"
    r"|تصحيح|توضيح|ملاحظة المحرر|תיקון|הבהרה|הערת העורך|सुधार)\s{0,3}[:：]?",
)
# Credits for the reporting stay, as the site fixtures keep them ("CNN's Jane Doe contributed
# to this report", "Mitarbeit: ...").
_CONTRIBUTION = _compile(
    r"contribut|reporting|mitarbeit|mitgearbeitet|colabor|medverka|bidrag|bijdrage", re.I
)


def _triples(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return {tuple(words[k : k + 3]) for k in range(len(words) - 2)}


REPEATED_SENTENCE = 60  # letters' worth of a sentence said twice: a paragraph and its pull quote


def _is_said_once(p: str) -> bool:
    """A sentence the page sets twice (a short paragraph and its pull quote, a quote box
    repeating it whole): its first copy is the writer's. Labels, dates and prompts are no
    sentences, or shorter."""
    p = _unmarked(p.removeprefix(QUOTED))
    return p.endswith(_CLOSING) and _long_enough(p, REPEATED_SENTENCE)


def _without_repeats(paragraphs: list[str]) -> list[str]:
    """Paragraphs without the short lines a page repeats: button labels, teaser dates and
    "react to this article" prompts under each item; an article does not say them twice.
    Where the repeats would be most of the text, they are the text (a chant, a test page).
    A sentence said twice keeps its first copy (`_is_said_once`)."""
    counts = Counter(p for p in paragraphs if len(p) < REPEAT_MAX)
    unique = [p for p in paragraphs if p and counts.get(p, 0) < 2]
    total = sum(len(p) for p in paragraphs)
    if sum(len(p) for p in unique) < total * REPEAT_KEEP:
        return [p for p in paragraphs if p]
    if len(unique) == len(paragraphs):
        return unique  # most pages: nothing said twice
    seen: set[str] = set()
    kept = []
    for p in paragraphs:
        if not p or (counts.get(p, 0) >= 2 and (p in seen or not _is_said_once(p))):
            continue
        seen.add(p)
        kept.append(p)
    return kept


def _lead(doc: Document, containers: list[HtmlElement], text: str) -> str | None:
    """The article's lead paragraph where the page shows it outside the body container.

    Many pages set the lead (standfirst, "preface", "spot") in the article's header,
    apart from the paragraphs; it is part of the text a reader reads. It is recognised
    by the page's own description repeating it, so a teaser or kicker never passes; a
    block the page marks as its subtitle or dek stays the subtitle only.
    Cheap string tests come first (about 0.5 ms a page otherwise): the body already
    holding the description, no text node in the markup starting with its first words.
    """
    if not text or not containers:
        return None
    descriptions = list(
        dict.fromkeys(d for d in doc.all_meta(*DESCRIPTION_META) if len(d) >= LEAD_MIN)
    )
    if not descriptions or any(_in_text(d, text) for d in descriptions):
        return None  # the body already holds it (or a paragraph it was trimmed from)
    source: str = doc.cache.get("source", "")
    found = [n for d in descriptions if _starts_text(source, n := _needle(d))]
    if not found:
        return None  # no text in the page's markup starts with the description's words
    keys = {_norm(d) for d in descriptions}
    needles = {f"n{i}": n for i, n in enumerate(found)}
    test = " or ".join(f"contains(., ${name})" for name in needles)
    scope = next(itertools.chain(containers[0].iterancestors("article", "main"), (doc.tree,)))
    for node in scope.xpath(f".//text()[{test}]", **needles):
        el = node.getparent()
        if node.is_tail and el is not None:
            el = el.getparent()
        for _ in range(LEAD_CLIMB):
            if el is None or len(el) > LEAD_MAX_CHILDREN:
                break
            if el.tag in LEAD_TAGS:
                value = clean(el.text_content())
                if LEAD_MIN <= len(value) <= LEAD_MAX:
                    key = _norm(value)
                    if any(_same_lead(key, k) for k in keys):
                        if _in_text(value, text) or _marked_subtitle(el) or _captions(el):
                            return None
                        return _with_dateline(el, value)
            el = el.getparent()
    return None


DATELINE_MAX = 40  # characters of a place set before the lead in its own span ("Berlin.")


def _with_dateline(el: HtmlElement, value: str) -> str:
    """The lead with the dateline its block sets before it in a span of its own
    ("<div><span>Berlin.</span> <span>Die Füchse stehen ...</span></div>")."""
    parent = el.getparent()
    if el.tag != "span" or parent is None or parent.tag not in ("p", "div"):
        return value
    whole = clean(parent.text_content())
    head = whole[: len(whole) - len(value)].strip()
    if whole.endswith(value) and 0 < len(head) <= DATELINE_MAX and head.endswith((".", ":", "-")):
        return whole
    return value


def _captions(el: HtmlElement) -> bool:
    """The block is a picture's caption (in a `<figure>`, or beside an image in a short
    wrapper): a description repeating the caption names no lead, and captions are never
    body text."""
    for node in itertools.chain((el,), itertools.islice(el.iterancestors(), LEAD_CLIMB)):
        if node.tag in ("figure", "figcaption") or _is_implicit_figure(node):
            return True
    return False


def _marked_subtitle(el: HtmlElement) -> bool:
    """Class, id or data name of the block (or a wrapper) calling it a subtitle or dek."""
    for node in itertools.chain((el,), itertools.islice(el.iterancestors(), LEAD_CLIMB)):
        attrs = " ".join(node.get(a) or "" for a in SUBTITLE_ATTRS).lower()
        if attrs.strip() and not SUBTITLE_WORDS.isdisjoint(_ATTR_WORDS.split(attrs)):
            return True
    return False


def _in_text(value: str, text: str) -> bool:
    """Whether `text` holds `value` (its first 80% at least), words compared, not markup."""
    pos = text.find(value[:LEAD_NEEDLE])
    if pos < 0:
        return False
    key = _norm(value)
    return key[: int(len(key) * LEAD_PREFIX_SHARE)] in _norm(text[pos : pos + 2 * len(value)])


def _starts_text(source: str, needle: str) -> bool:
    """Whether the needle opens a text node in the markup (right after a tag), not only a
    meta tag's or a script's string: spares most pages the XPath search."""
    pos = source.find(needle)
    for _ in range(LEAD_OCCURRENCES):
        if pos < 0:
            return False
        if source[max(0, pos - LEAD_GAP) : pos].rstrip().endswith(">"):
            return True
        pos = source.find(needle, pos + 1)
    return False


def _needle(description: str) -> str:
    """The description's first words: short enough to sit in one text node."""
    head = description[:LEAD_NEEDLE]
    cut = head.rfind(" ")
    return head[:cut] if cut >= LEAD_NEEDLE // 2 else head


def _same_lead(key: str, description: str) -> bool:
    """Equal, or one cut short of the other (descriptions are often trimmed to a length)."""
    short, long_ = sorted((key, description), key=len)
    return long_.startswith(short) and len(short) >= len(long_) * LEAD_PREFIX_SHARE


DECLARED_KEY = 80  # characters of articleBody's opening words a state's story must hold


def _prefer_jsonld(text: str, containers: list[HtmlElement], doc: Document) -> str:
    """JSON-LD articleBody when the markup held far less (script-rendered page, lost container).

    The containers' words count furniture included: when they hold as much as
    articleBody, and its words, the markup has the article and what it left out was
    skipped on purpose (articleBody often carries fact boxes and captions too). A page
    whose story is only in articleBody falls back to a container of menus and teasers
    (the `<body>`): as long, but another text.
    """
    value = doc.article.get("articleBody")
    if not isinstance(value, str):
        return text
    if "<" not in value and _ESCAPED_TAG.search(value):
        value = html.unescape(
            value
        )  # its HTML escaped once more ("&lt;p&gt;..."): tags to split at
    declared = clean(value)
    # words, or letters' worth in a script written without spaces (a Japanese paragraph
    # is one "word" to split())
    size = width if WIDE.search(declared, 0, WIDE_SAMPLE) else count_words
    enough = size(declared) * JSONLD_BODY_SHARE
    shown = size(text)
    if shown >= enough:
        if not _other_text(text, declared) and not _cut_short(
            text, shown, declared, size, containers
        ):
            return text
    elif (
        size(held := " ".join(c.text_content() for c in containers)) >= enough
        and not _other_text(held, declared, 0)
        and not _cut_short(text, shown, declared, size, containers)
    ):
        return text
    paragraphs = [clean(p) for p in re.split(r"\n\s*\n|\n|<br\s*/?>|</p>", value)]
    return "\n\n".join(p for p in paragraphs if p) or declared


# articleBody's markup escaped as text ("&lt;p&gt;The council ...&lt;/p&gt;"), not a story's "&lt;"
# ("temperatures &lt; 5 degrees")
_ESCAPED_TAG = _compile(r"&lt;/?(?:p|br|div|h[1-6]|li|strong|em|b|i|a|span)\b", re.I)


JSONLD_CONTINUES = 1.5  # articleBody this many times the markup's text, opening with it all


def _cut_short(
    text: str,
    shown: int,
    declared: str,
    size: Callable[[str], int],
    containers: list[HtmlElement],
) -> bool:
    """Whether the markup shows only the opening of the article JSON-LD declares: a
    paywall's or a "continue reading" teaser's first paragraphs, articleBody opening with
    every word of them and going on for half as much again, the words after them nowhere
    in the containers. A fact box or caption articleBody carries after the story is in
    the markup, skipped there on purpose."""
    if not text or size(declared) < shown * JSONLD_CONTINUES:
        return False
    key = _norm(text)
    head = _norm(declared[: len(text) * 2 + 400])
    if not head.startswith(key):
        return False
    rest = " ".join(head[len(key) :].split()[:CONTINUES_WORDS])
    held = " ".join(_norm(c.text_content()) for c in containers)
    return bool(rest) and rest not in held


CONTINUES_WORDS = 6  # words after the markup's text in articleBody, looked for in the markup


STATE_TEXT_WIDTH = 2000  # letters' worth (about 400 words): markup text this short may be
# a script-rendered page's placeholder; widths, not words, so a Chinese or Japanese page
# (few spaces) compares like any other
STATE_GAIN = 2  # the state's text must hold this many times the markup's
STATE_MIN_WIDTH = 200  # and a paragraph or two at least


def _prefer_state(text: str, doc: Document) -> str:
    """The text a page keeps in its script state (statetext.py) where the markup shows far
    less: an empty root rendered by scripts, a footer taken for the body, a teaser. Next.js's
    state is read first; another framework's (`window.__INITIAL_STATE__`, a JSON script)
    only where its text goes on from the markup's opening (or, the markup showing a line
    or two, where it carries the headline), so it is this story's. Where the markup shows
    the start of the story a Next.js state holds whole, the state's rest follows it
    (`_state_goes_on`), whatever the markup's length; other pages with their text in the
    markup never parse a state."""
    source: str = doc.cache.get("source", "")
    if len(text) >= STATE_TEXT_WIDTH or width(text) >= STATE_TEXT_WIDTH:
        # a width is never less than the length
        if (longer := _state_goes_on(text, source)) is not text:
            return longer
        # the first of the names, in one scan (a str.find a name read a page's source twice)
        at = m.start() if (m := _STATE_NAME.search(source)) else -1
        if at < 0 or mentions(source, at, text.rsplit("\n\n", 1)[-1]):
            return text  # only a framework's named state, and not a copy of the markup's end
        return _state_adds(text, _other_state(text, doc, source, little=False, mentioned=True))
    size = width(text)
    least = max(STATE_GAIN * size, STATE_MIN_WIDTH)
    if "__NEXT_DATA__" in source:
        if (longer := _state_goes_on(text, source)) is not text:
            return longer  # the markup's story, its rest from the state
        paragraphs, titled = next_story(source, _headline_text(doc))
        found = width("".join(paragraphs))
        if found >= least or (titled and found > size and not _shares(text, paragraphs)):
            return _state_with_lead(text, paragraphs)
    if "application/json" not in source and "__" not in source:
        return text
    paragraphs = _other_state(text, doc, source, size < STATE_MIN_WIDTH)
    if width("".join(paragraphs)) >= least:
        return _state_with_lead(text, paragraphs)
    return _state_adds(text, paragraphs)


def _headline_text(doc: Document) -> str:
    top = headline(doc)
    return "" if top is None else doc.text(top)


def _shares(text: str, paragraphs: list[str]) -> bool:
    """Whether one of the markup's paragraphs (a sentence's length) is one of the state's:
    the markup shows the story, not others' text the state's story outweighs."""
    keys = {_norm(p) for p in paragraphs}
    return any(len(p) >= MIN_SHARED and _norm(p) in keys for p in text.split("\n\n"))


def _state_with_lead(text: str, paragraphs: list[str]) -> str:
    """The state's story, with the markup's paragraphs it lacks (a lead set in bold, a
    subhead) where the markup shows some of the story's own: each kept in its place in
    the markup's order, up to the last paragraph both hold (what follows it in the markup
    is a footer's or a notice's as often as the story's)."""
    state = "\n\n".join(paragraphs)
    shown = text.split("\n\n")
    keys = {_norm(p) for p in paragraphs}
    shared = [i for i, p in enumerate(shown) if len(p) >= MIN_SHARED and _norm(p) in keys]
    if not shared:
        return state
    return _merged(shown[: shared[-1] + 1], paragraphs, _norm(state))


def _holding(paragraphs: list[str], key: str) -> int | None:
    """The place of the first of `paragraphs` (a sentence's length) that the markup's
    paragraph (`key`, its words) holds whole with more words around it, None where none."""
    for i, q in enumerate(paragraphs):
        k = _norm(q)
        if len(k) >= MIN_SHARED and len(key) > len(k) and k in key:
            return i
    return None


MIN_SHARED = 40  # characters of a paragraph both markup and state hold: a sentence, no label


def _other_state(
    text: str, doc: Document, source: str, little: bool, mentioned: bool = False
) -> list[str]:
    """The story's paragraphs in a script state other than Next.js's, anchored on the
    markup's opening words or the page's headline (statetext.other_state_paragraphs)."""
    top = headline(doc)
    opening = " ".join(text.split("\n\n", 1)[0].split()[:STATE_ANCHOR_WORDS])[:STATE_ANCHOR]
    title = "" if top is None else doc.text(top)
    return other_state_paragraphs(source, opening, title, little, mentioned)


# the states read beside markup showing 2000 letters' worth already: Nuxt's, and globals
# named as Redux, Apollo and most frameworks name theirs (`__INITIAL_STATE__`, `__APOLLO_STATE__`)
STATE_NAMES = ("__NUXT", "_STATE__")
_STATE_NAME = _compile("|".join(map(re.escape, STATE_NAMES)))
STATE_ADDS = 0.5  # of the markup's width: the least a state's own paragraphs add to it


def _state_adds(text: str, paragraphs: list[str]) -> str:
    """The markup's text and the state story's paragraphs it does not show, where the
    markup shows only some of the story (the server rendered its single paragraphs and
    subheads, scripts the rest): the state's paragraphs, in the state's order, with the
    markup's own ones (a lead, subheads) kept where they stand among them (after the
    state paragraph the markup shows them after, else before the state's first). Unchanged
    where the state adds too little to be the story's missing part."""
    if not paragraphs:
        return text
    shown = text.split("\n\n")
    held = _norm(text)  # a state's paragraph may be a piece of one (a rich-text node)
    added = [p for p in paragraphs if _norm(p) not in held]
    if width("".join(added)) < max(STATE_MIN_WIDTH, STATE_ADDS * width(text)):
        return text
    return _merged(shown, paragraphs)


def _merged(shown: list[str], paragraphs: list[str], held: str = "") -> str:
    """The state's paragraphs with the markup's own (`shown`, those not among them nor in
    `held`, the state's text) each after the state paragraph the markup shows it after,
    else before the state's first."""
    state_keys = {_norm(p) for p in paragraphs}
    out = list(paragraphs)
    before: list[str] = []
    at = -1  # the place in `out` of the last state paragraph the markup showed
    for p in shown:
        k = _norm(p)
        if k in state_keys:
            at = next((i for i, q in enumerate(out) if _norm(q) == k), at)
            continue
        if held and k in held:
            continue  # a piece of one of the state's paragraphs
        if (i := _holding(out, k)) is not None:
            out[i], at = p, i  # a state's paragraph with more (a dateline): the markup's
            continue
        if at < 0:
            before.append(p)
        else:
            at += 1
            out.insert(at, p)
    return "\n\n".join([*before, *out])


def _state_goes_on(text: str, source: str) -> str:
    """The markup's text and the rest of its story in the page's Next.js state, where the
    markup shows only the story's start (statetext.next_state_rest) and the state holds
    half as much again: the longer text wins, as articleBody's does (`_cut_short`)."""
    if "__NEXT_DATA__" not in source:
        return text
    shown = text.split("\n\n")
    rest = next_state_rest(source, shown)
    if not rest or width("".join(rest)) < max(STATE_MIN_WIDTH, width(text) * STATE_GOES_ON):
        return text
    return "\n\n".join([*shown, *rest])


STATE_GOES_ON = JSONLD_CONTINUES - 1  # the state adds half the markup's text at least


STATE_ANCHOR_WORDS = 8  # the markup's opening words (of its first paragraph), looked for
STATE_ANCHOR = 60  # in a script state; characters at most (a script without spaces)


JSONLD_CHECK_MIN = 400  # characters of articleBody worth checking the markup's text against
JSONLD_SHARED = 0.3  # of articleBody's words found in the text: below, the text is another one


def _other_text(text: str, declared: str, least_chars: int = JSONLD_CHECK_MIN) -> bool:
    """Whether the markup's text is not the article JSON-LD declares (a teaser grid or a
    notice taken for it): few of articleBody's words occur in it. Words are runs of
    letters, so a script without spaces compares clause by clause. The text is read a
    piece at a time, and no further once enough words are shared: the markup's text of
    most pages is articleBody's, and its opening shares enough (reading all the words of
    both was ~4% of the body's time over newsbench's pages)."""
    if len(declared) < least_chars:
        return False
    want = set(_WORD.findall(declared.casefold()))
    least = len(want) * JSONLD_SHARED
    shared: set[str] = set()
    for piece in chunks(text, WORDS_PIECE):  # cut at spaces: no word is halved
        shared |= want.intersection(_WORD.findall(piece.casefold()))
        if len(shared) >= least:
            return False
    return len(shared) < least


WORDS_PIECE = 2000  # characters of the markup's text read at a time by `_other_text`


FORM_BOX_TEXT = 400  # characters: a sign-up or search box says little around its form
FORM_BOX_LEVELS = 6
_SIGN_UP_FIELD = _compile(r"e-?mail|search", re.I)
# A reader's answer: a poll's or quiz's choices ("( ) Ja, täglich ( ) Nein" over "Abstimmen"),
# a comment form's text field ("Kommentar schreiben"), a select of options. No article's
# text is written around one; newsbench's answers leave the question and its choices out
# on the looked-at pages that have them.
ANSWER_FIELDS = ("textarea", "select")
CHOICES = frozenset({"radio", "checkbox"})


def _form_boxes(
    doc: Document, containers: list[HtmlElement], keep: set[HtmlElement]
) -> set[HtmlElement]:
    """Blocks in the body built around an email or search field: a newsletter sign-up
    ("Get our briefing", a line of pitch, the field, "You can unsubscribe at any time") or
    a search box, whatever their classes; a poll's choices, a comment form (`ANSWER_FIELDS`,
    `CHOICES`: a short line around them is no sentence); and paywall boxes built around a
    "log in" or "subscribe" button ("この記事は会員限定です。" over "ログインして続きを読む").
    The widest short block around the field or button goes, never one holding the article's
    text (`keep`)."""
    boxes: set[HtmlElement] = set()
    for container in containers:
        # (an ad's label set in a <div> of its own too: "<div class=lbl>Anzeige</div>")
        for field in container.iter(
            "input", "a", "button", "span", "div", *PITCH_TAGS, *ANSWER_FIELDS
        ):
            label = field.text
            if (
                label
                and len(label) <= AD_LABEL_MAX
                and not len(field)
                and AD_LABEL.match(label)
                and (box := _ad_box(field, container, keep)) is not None
                and (field.tag != "div" or _offer_apart(box))
            ):
                boxes.add(box)
                continue
            if field.tag == "div":
                continue  # looked at for an ad's label only
            if (
                label
                and len(label) <= CONSENT_LABEL_MAX
                and not len(field)
                and CONSENT_LABEL.match(label)
                and (box := _ad_box(field, container, keep, CONSENT_CONTROLS, CONSENT_BOX_TEXT))
                is not None
            ):
                boxes.add(box)
                continue
            if field.tag == "span":  # a newsletter box's title line, set as a label
                if (box := _newsletter_box(field, field.text or "", container)) is not None:
                    boxes.add(box)
                continue
            answer = field.tag in ANSWER_FIELDS or (field.get("type") or "").lower() in CHOICES
            if field.tag == "input" and not answer:
                described = " ".join(field.get(a) or "" for a in ("type", "name", "placeholder"))
                if not _SIGN_UP_FIELD.search(described):
                    continue
            elif field.tag in PITCH_TAGS:
                raw = doc.raw_text(field)
                if len(raw) > 2 * PITCH_MAX:  # most paragraphs: too long, checked before cleaning
                    continue
                pitch = _paywall_pitch(raw)
                if pitch:
                    boxes.add(_pitch_box(field, pitch, container))
                elif (box := _newsletter_box(field, raw, container)) is not None or (
                    box := _notice_box(field, raw, container, keep)
                ) is not None:
                    boxes.add(box)
                continue
            elif not answer and not _is_account_call(field, doc):
                continue
            box = None
            for up in itertools.islice(field.iterancestors(), FORM_BOX_LEVELS):
                if (
                    up is container
                    or up in keep
                    or (up.tag in TEXT_TAGS and not answer and not _alone_in(field, up))
                ):
                    break
                if len(doc.text(up)) > FORM_BOX_TEXT:  # the same ancestors for every field
                    break
                if answer and _holds_story_line(up):
                    break  # a short chunk of the article around a poll: only the poll goes
                box = up
            if box is not None:
                boxes.add(box)
    return boxes


ANSWER_BOX_LINE = 80  # characters of a paragraph: the story's, not a poll's question


def _holds_story_line(block: HtmlElement) -> bool:
    """A paragraph in the block as long as the story's, with no field of its own: the block
    is a chunk of the article the poll or form stands in, not the poll's box."""
    return any(
        next(p.iter(*ANSWER_FIELDS, "input"), None) is None
        and len(clean(p.text_content())) >= ANSWER_BOX_LINE
        for p in block.iter("p")
    )


# A reader's post's "reply" button, in the languages read: a thread of posts under the article
# with no heading naming it is told by these, one in each post.
REPLY_CONTROL = _compile(
    r"^\W*(?:antworten|beantworten|reply|répondre|responder|rispondi|svar|svara|svare"
    r"|odpowiedz|odpovědět|odpovědet|odpovedať|ответить|відповісти|השב|הגב|atsakyti|balas|jibu"
    r"|yanıtla|reageer|vastaa|válasz|răspunde|返信|답글(?: 달기)?|回复|回覆)\W*$",
    re.I,
)
REPLY_CONTROL_MAX = 30  # characters of such a button's label, told before cleaning
COMMENT_CONTROLS = 2  # "reply" buttons in the container that make its posts a thread
COMMENT_MAX = 1500  # characters of one post (with its name, time and buttons)


def _comments(containers: list[HtmlElement], keep: set[HtmlElement]) -> set[HtmlElement]:
    """Readers' posts under the article with no heading naming them: each post is the widest
    block around its "reply" button ("Antworten", "Odpowiedz", "Ответить") holding no other
    post's button, up to 1,500 characters and never the article's (`keep`); two such buttons
    at least, so one "Reply" link in a piece about e-mail is the writer's. Where that block
    is only the button's bar (a post holding its replies, or a thread of name, text and bar
    set as siblings), the post is the bar's siblings from the one after the previous post's
    bar: up to three paragraphs and 1,500 characters."""
    posts: set[HtmlElement] = set()
    for container in containers:
        controls = [
            el
            for el in container.iter("a", "button", "span")
            if (el.tag != "span" or el.get("role") == "button")
            and len(el.text or "") <= REPLY_CONTROL_MAX
            and _is_reply_control(el)
        ]
        if len(controls) < COMMENT_CONTROLS:
            continue
        marked = set(controls)
        for control in controls:
            post, above = None, None
            for up in control.iterancestors():
                if up is container or up in keep:
                    break
                if sum(1 for c in up.iter("a", "button", "span") if c in marked) > 1:
                    above = up
                    break
                if len(clean(up.text_content())) > COMMENT_MAX:
                    break
                post = up
            if post is None or post.tag in INLINE_TAGS or post.tag == "p":
                continue
            if above is not None and len(clean(post.text_content())) <= POST_BAR:
                posts.update(_post_before(above, post, marked))
            else:
                posts.add(post)
    return posts


POST_BAR = 60  # characters of a post's button bar ("Antworten Melden ❤ 3"): no post's text
POST_PARAGRAPHS = 3


def _post_before(
    parent: HtmlElement, bar: HtmlElement, marked: set[HtmlElement]
) -> list[HtmlElement]:
    """The children of `parent` from the one after the previous child holding a reply button
    up to the button's bar (`bar`, or the child holding it): a post's name, time and text."""
    run: list[HtmlElement] = []
    for child in parent:
        holds = child is bar or any(a is child for a in bar.iterancestors())
        if holds:
            run.append(child)
            break
        if any(c in marked for c in child.iter("a", "button", "span")):
            run = []  # the previous post's bar, or a post holding its replies
        else:
            run.append(child)
    else:
        return []
    text = sum(len(clean(c.text_content())) for c in run)
    paragraphs = sum(1 for c in run for _ in c.iter("p"))
    return run if text <= COMMENT_MAX and paragraphs <= POST_PARAGRAPHS else []


def _is_reply_control(el: HtmlElement) -> bool:
    label = el.text_content() if len(el) else el.text or ""
    if len(label) > REPLY_CONTROL_MAX or not REPLY_CONTROL.match(label.strip()):
        return False
    # a button, not a word in a sentence ("... auf <a>Antworten</a> klicken")
    parent = el.getparent()
    own = (parent.text or "") + "".join(c.tail or "" for c in parent) if parent is not None else ""
    return not _WORDS_AROUND.search(own)


_WORDS_AROUND = _compile(r"[^\W\d_]{3}")


# An advertiser's box set among the paragraphs, labelled as such ("Anzeige", "Sponsored",
# "Reklama", "Реклама", "פרסומת", "广告"): the label opens it and a link leads to the offer.
AD_LABEL = _compile(
    r"^\W*(?:anzeige|werbung|gesponsert|sponsored|advertisement|advertorial|promoted|paid content"
    r"|partnerinhalt|publicité|publicidad|publicidade|pubblicità|annonse|annons|reklame|reklama"
    r"|advertentie|mainos|реклама|פרסומת|iklan|tangazo|auglýsing|广告|廣告|広告|광고|विज्ञापन)\W*$",
    re.I,
)
AD_BOX_TEXT = 400  # characters of such a box: a label, a line of pitch, a picture
AD_LABEL_MAX = 40  # characters of the label, with spaces around


# An embed's consent placeholder opened by its label ("Externer Inhalt", "Empfohlener
# externer Inhalt", "Contenu externe") over a line of its own words and a button to show it:
# the whole box goes, whatever its line says (`furniture.is_embed_notice` needs the line to
# ask for consent; "Mit einem Klick können Sie sich diese anzeigen lassen" does not).
CONSENT_LABEL = _compile(
    r"^\W*(?:empfohlener (?:externer|redaktioneller) inhalt|externer inhalt|externe inhalte"
    r"|ein klick für den datenschutz|external content|embedded content|third[- ]party content"
    r"|contenu externe|contenido externo|contenuto esterno|conteúdo externo|externe inhoud"
    r"|eksternt innhold|externt innehåll|eksternt indhold|treści zewnętrzne|externí obsah"
    r"|harici içerik|внешний контент)\W*$",
    re.I,
)
CONSENT_LABEL_MAX = 60
CONSENT_BOX_TEXT = 700  # characters: the label, a notice (450 at most), a button or two
CONSENT_CONTROLS = ("a", "button")


def _ad_box(
    label: HtmlElement,
    container: HtmlElement,
    keep: set[HtmlElement],
    controls: tuple[str, ...] = ("a",),
    most: int = AD_BOX_TEXT,
) -> HtmlElement | None:
    """The widest block of up to 400 characters (`most`) that an ad label (an element holding
    only it) opens and that holds a link (the offer; one of `controls`), else None; never the
    container or a block holding the article's text."""
    box, name = None, clean(label.text or "")
    for up in itertools.islice(label.iterancestors(), FORM_BOX_LEVELS):
        if up is container or up in keep:
            break
        text = clean(up.text_content())
        if len(text) > most or not text.startswith(name):
            break
        if next(up.iter(*controls), None) is not None:
            box = up
    return box


def _offer_apart(box: HtmlElement) -> bool:
    """Whether a link of the box stands apart from any sentence (a button "Zum Angebot", a
    card wrapping the copy): the offer. A <div> saying "Anzeige" over a sentence that links in
    its words is a brief's kicker (a criminal complaint in German), not an ad's label."""
    for a in box.iter("a"):
        prev = a.getprevious()
        before = (a.getparent().text if prev is None else prev.tail) or ""
        if not before.strip() and not (a.tail or "").strip(" .,;:!?\n\t"):
            return True
    return False


PITCH_TAGS = ("p", "h2", "h3", "h4", "strong")
PITCH_MAX = 200  # characters of a paywall's pitch line
# The line over a paywall's offer: the text stops here for readers without a subscription
# ("Jetzt weiterlesen mit Beispiel+", "Lesen Sie jetzt weiter mit ...", "To continue reading,
# subscribe"), in the languages read; the box around it is the offer, not the article.
PAYWALL_PITCH = _compile(
    r"^\W*(?:(?:jetzt |hier )?weiterlesen mit\b|(?:lesen sie|jetzt) (?:jetzt |hier )?weiter mit\b"
    r"|(?:sie (?:wollen|möchten)|du (?:willst|möchtest)) (?:jetzt )?weiterlesen\b"
    r"|(?:um|wenn sie) (?:diesen|den|den ganzen|den vollständigen) (?:artikel|beitrag)"
    r" (?:weiter |zu )?lesen|(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?"
    r"(?:für|für unsere) abonnenten?|(?:continue|keep) reading with\b"
    r"|to (?:continue|keep) reading\b|subscribe to (?:continue|read)"
    r"|this (?:article|story|content) is (?:only )?(?:for|available to|exclusive to) subscribers"
    r"|pour (?:lire|poursuivre) la suite|(?:la suite de )?cet article est réservé aux abonnés"
    r"|para (?:seguir|continuar) (?:leyendo|lendo|a ler)|contenido exclusivo para suscriptores"
    r"|conteúdo exclusivo para assinantes|per continuare a leggere|lees verder met\b"
    r"|för att läsa vidare|for å lese videre|for at læse videre"
    r"|aby (?:przeczytać|czytać) (?:dalej|cały)|czytaj dalej z\b|celý článek si přečtete"
    r"|chcete-li číst dál|чтобы (?:продолжить чтение|читать далее)"
    r"|доступно только (?:для )?подписчик|norėdami skaityti toliau|להמשך קריאה"
    r"|订阅后(?:继续)?阅读|付费阅读"
    + "".join(f"|{w}" for w in langwords.entries(langwords.PAYWALL_PITCHES))
    + ")",
    re.I,
)


def _paywall_pitch(raw: str) -> str:
    """The text of a short line that opens a paywall's offer (PAYWALL_PITCH), else ""."""
    if not PAYWALL_PITCH.match(raw.lstrip()):  # raw text first: most lines are none
        return ""
    text = clean(raw)
    return text if len(text) <= PITCH_MAX and PAYWALL_PITCH.match(text) else ""


def _pitch_box(line: HtmlElement, pitch: str, container: HtmlElement) -> HtmlElement:
    """The widest short block that opens with the pitch line (the offer under it, its
    price and buttons), else the line. The teaser text above the offer is often most of
    what the page shows, so the box may sit among the article's blocks; opening with the
    pitch, it holds none of the article."""
    box = line
    for up in itertools.islice(line.iterancestors(), FORM_BOX_LEVELS):
        if up is container:
            break
        text = clean(up.text_content())
        if len(text) > FORM_BOX_TEXT or not text.startswith(pitch):
            break
        box = up
    return box


NEWSLETTER_TITLE = 60  # characters of a newsletter box's title line
# A newsletter named in its box's title ("Der Morgen-Newsletter", "Newsletter", "ニュースレター"):
# plain substrings, tested in C (a case-blind regex search costs ten times as much).
NEWSLETTER = (
    "ewsletter",
    "EWSLETTER",
    "yhetsbrev",
    "yhedsbrev",
    "ニュースレター",
    "뉴스레터",
    "ассылк",
)


def _newsletter_box(line: HtmlElement, raw: str, container: HtmlElement) -> HtmlElement | None:
    """A box opening with a short line naming a newsletter, over its pitch and a link or
    button to sign up, whatever the classes; a box without one is text about a newsletter."""
    if len(raw) > 2 * NEWSLETTER_TITLE or not any(k in raw for k in NEWSLETTER):
        return None
    text = clean(raw)
    if len(text) > NEWSLETTER_TITLE:
        return None
    box = _pitch_box(line, text, container)
    if box is line or next(box.iter("a", "button", "input"), None) is None:
        return None
    return box


def _notice_box(
    line: HtmlElement, raw: str, container: HtmlElement, keep: set[HtmlElement]
) -> HtmlElement | None:
    """A consent placeholder opened by its notice line (`is_embed_notice`: "Wir benötigen
    Ihre Zustimmung, um den ... X-Inhalt anzuzeigen") over the provider's fine print and a
    button: the widest block of up to 700 characters opening with the line and holding a
    button or link besides the line's own goes, the fine print with it ("Hierbei handelt es
    sich um einen Service des Drittanbieters ..."); never one holding the article's text. A
    cookie banner's line (`COOKIE_NOTICE`) the same way: without its buttons beside it, it
    may be a spokesman's words quoted."""
    parent = line.getparent()
    if parent is None or parent is container or parent in keep:
        return None  # a line set straight in the article's block: no box around it
    before = line.getprevious()
    if (parent.text and not parent.text.isspace()) or (
        before is not None and before.text and not before.text.isspace()
    ):
        return None  # text before the line: it opens no box (told before reading its words)
    if not is_embed_notice(raw) and not (
        "ookie" in raw and (COOKIE_NOTICE.match(raw) or is_cookie_wall(clean(raw)))
    ):
        return None  # most lines: no word of a notice, told without a regex
    text = clean(raw)
    own = sum(1 for c in line.iter(*CONSENT_CONTROLS) if _is_control(c))
    box = None
    for up in itertools.islice(line.iterancestors(), FORM_BOX_LEVELS):
        if up is container or up in keep:
            break
        whole = clean(up.text_content())
        if len(whole) > CONSENT_BOX_TEXT or not whole.startswith(text):
            break
        if sum(1 for c in up.iter(*CONSENT_CONTROLS) if _is_control(c)) > own:
            box = up
    return box


def _is_control(el: HtmlElement) -> bool:
    """A button, or a link set as one: alone in its line ("<p><a>Inhalt anzeigen</a></p>",
    "<div><p>...</p><a>Akzeptieren</a></div>"). A link inside a sentence of the article
    ("Die <a>Datenschutzerklärung</a> der Gemeinde nennt ...") is no button."""
    if el.tag != "a":
        return True
    if el.tail and not el.tail.isspace():
        return False
    parent = el.getparent()
    if parent is None:
        return True
    if parent.tag in TEXT_TAGS:
        return clean(parent.text_content()) == clean(el.text_content())
    before = el.getprevious()
    told = parent.text if before is None else before.tail
    return not told or told.isspace()


ACCOUNT_CALL_MAX = 40  # characters of a button's label
# A button or link asking the reader to log in, register or subscribe, in the languages read.
ACCOUNT_CALL = _compile(
    r"^\W*(?:jetzt |hier |now )?(?:abonnieren|abo abschließen|anmelden|einloggen|registrieren"
    r"|log ?in|sign in|subscribe|s'abonner|je m'abonne|se connecter|suscríbete|suscribirse"
    r"|iniciar sesión|iscriviti|abbonati|accedi|abonner|logg inn|logga in|prenumerera|log ind"
    r"|abone ol|giriş yap|войти|подписаться|ログイン|会員登録|新規登録|로그인|회원가입|登录|订阅"
    # the same in the languages of unseen sites (Polish, Czech, Portuguese, Hebrew ...)
    r"|zaloguj(?: się)?|zarejestruj się|přihlaste se|přihlásit(?: se)?|entrar|entre|iniciar sessão"
    r"|assine(?: já)?|התחברו|התחבר|להתחברות|prisijunkite|prisijungti|log masuk|ingia"
    r"|skráðu þig inn|skrá inn|innskráning|kirjaudu|bejelentkezés|prihláste sa"
    # an offer's button: "Jetzt 4 Wochen gratis testen", "Start your free trial"
    r"|(?:\d+ \w+ )?(?:gratis|kostenlos|free) (?:testen|lesen|anmelden|abonnieren|registrieren)"
    r"|start (?:your )?free trial"
    # a newsletter's sign-up button: "Je m'inscris", "Suscribirme", "Inschrijven", "Sign up"
    r"|sign up|je m'inscris|s'inscrire|inscrivez-vous|suscribirme|apúntate|inscreva-se"
    r"|inscrever-me|inschrijven|aanmelden|zapisz się|tilmeld dig|meld deg på|kayıt ol"
    r"|weiterlesen$)",
    re.I,
)


# Where such a button leads, in any language: a log-in, registration or subscription page
# (a path segment naming it, or an account host); the query is left out of the search.
ACCOUNT_PAGE = _compile(
    r"/(?:log-?in|sign-?in|sign-?up|regist(?:er|ration|rieren)?|anmelden|einloggen|subscribe"
    r"|subscriptions?|abo|abonnements?|abonnieren|abonner|suscripcion|assinatura|abbonamento"
    r"|newsletters?|boletin(?:es)?)"
    r"(?:\.\w+)?(?:/|$)",
    re.I,
)
ACCOUNT_HOST = _compile(r"(?:https?:)?//(?:login|signin|sso|auth|accounts?|abo|subscribe)\.", re.I)


def _is_account_call(el: HtmlElement, doc: Document) -> bool:
    """A "log in to read on" / "subscribe" button (an <a> or <button>), by its label or,
    for a link, by the page it leads to (a label in a language not read: "Войти", "Entrar");
    a link inside a sentence, "... subscribe to our podcast", stops the climb at its paragraph."""
    if len(doc.raw_text(el)) > 4 * ACCOUNT_CALL_MAX:  # a long link is no button (before cleaning)
        return False
    label = doc.text(el)
    if not 0 < len(label) <= ACCOUNT_CALL_MAX:
        return False
    return bool(ACCOUNT_CALL.match(label)) or _leads_to_account(el.get("href") or "")


ASK_MAX = 60  # characters of a question before a button ("Masz już konto? <a>Zaloguj się</a>")


def _alone_in(field: HtmlElement, block: HtmlElement) -> bool:
    """A button's link alone in its paragraph ("<p><a href=/abo>Jetzt testen</a></p>"), or
    after a short question ("Already a subscriber? <a>Log in</a>", "Уже подписаны? Войти"):
    a button line, not a sentence, so the climb to the offer's box goes on."""
    line, label = clean(block.text_content()), clean(field.text_content())
    if line == label:
        return True
    ask = line.removesuffix(label).rstrip()
    return len(ask) < len(line) and len(ask) <= ASK_MAX and ask.endswith(("?", "？"))


def _leads_to_account(href: str) -> bool:
    path = href.split("?", 1)[0].split("#", 1)[0]
    return bool(ACCOUNT_PAGE.search(path) or ACCOUNT_HOST.match(path))


def _site_containers(doc: Document, rules: SiteRules) -> list[HtmlElement]:
    assert rules.body
    found = doc.select(rules.body)
    return [el for el in found if not any(a in found for a in el.iterancestors())]


def _excluded(doc: Document, rules: SiteRules | None) -> set[HtmlElement]:
    if not rules or not rules.body_exclude:
        return set()
    return {el for sel in rules.body_exclude for el in doc.select(sel)}


def _find_containers(
    doc: Document,
    heading: HtmlElement | None,
    custom: frozenset[str] = frozenset(),
    passed: set[HtmlElement] | None = None,
) -> tuple[list[HtmlElement], set[HtmlElement]]:
    """Best-scoring paragraph parent, widened to the blocks holding the rest of the article.

    `heading`: the article's headline (`headline.headline`). `passed`: blocks already
    tried whose paragraphs do not count (nor their ancestors).
    """
    scores: dict[HtmlElement, float] = defaultdict(float)
    furniture: dict[HtmlElement, int] = {}
    cards: dict[HtmlElement, bool] = {}
    weighted: list[tuple[HtmlElement, float]] = []
    folded: list[HtmlElement] = []  # paragraphs in a paywall's or fold's wrapper alone
    tree = doc.tree
    for p in _candidate_paragraphs(_own_story(tree, heading, doc.elements("h1")), custom):
        text = doc.text(p)
        parent = p.getparent()
        if parent is None or not _long_enough(text, _MIN_PARAGRAPH):
            continue
        if passed and any(a in passed for a in p.iterancestors()):
            continue
        # wide characters count two: a Chinese page's paragraphs outweigh a Latin footer
        size = width(text) if WIDE.search(text, 0, WIDE_SAMPLE) else len(text)
        weight = size * (1.0 - _link_density(p, len(text), doc))
        if p.tag != "p" and "-" not in p.tag and len(p):
            weight *= DIV_TEXT_WEIGHT
        held = _in_furniture(p, furniture)
        if held or _is_card(parent, cards):
            weight *= 0.1
            if held == FOLDED:
                folded.append(p)
        weighted.append((p, weight))
        parent = _past_wrappers(parent)
        scores[parent] += weight
        grand = parent.getparent()
        if grand is not None:
            scores[grand] += weight / 2
    if not scores:
        return [tree.find("body") if tree.find("body") is not None else tree], set()
    best = _after_headline(heading, max(scores, key=scores.__getitem__), scores, weighted)
    best = _in_headline_scope(tree, heading, best, scores, weighted)
    beside = best
    best = _headline_column(heading, best, scores, weighted)
    core = best
    if best is beside:  # a brief's column is not widened back over the box beside it
        best = _widen(best, weighted)
    holders = {p.getparent() for p, _ in weighted}  # direct parents too (wrappers get no score)
    keep = {core, *core.iterancestors(), *_text_holders(best, weighted)}
    slides, gallery = _slides(core)
    keep |= slides
    if gallery is not None and gallery in best.iterancestors() and _ends_gallery(best, gallery):
        best = gallery  # the text is in its track: the intro beside the track is the gallery's too
        # ... also where a paywall's wrapper holds the intro (its ancestors above the gallery
        # may be furniture: `_in_furniture` did not call it folded)
        folded += [p for p, _ in weighted if p not in folded and _folded_within(p, gallery)]
    if folded:
        keep.update(_folded_rest(best, folded, weighted, furniture, cards))
    return _with_siblings(best, scores, holders), keep


def _slides(core: HtmlElement) -> tuple[set[HtmlElement], HtmlElement | None]:
    """A slideshow's parts where its wrapper holds the article's text (a gallery piece's
    intro and slides, `is_slideshow`): its slides and the blocks its class names call
    furniture only as a gallery's parts ("gallery-intro", "photo-caption") are the article,
    not pictures with captions. Only a wrapper the text sits in directly or through the
    gallery's own blocks: an article's text block ("story-text") inside a page wrapper whose
    class says "has-gallery" makes its pictures' captions no slides. Also the outermost
    such wrapper: where the text sits in a track of slides nested in it, the intro beside
    the track is the gallery's too."""
    found: set[HtmlElement] = set()
    gallery = None
    for el in (core, *core.iterancestors()):
        if el.tag in ("html", "body"):
            break
        if is_slideshow(el):
            found.update(
                d for d in el.iterdescendants() if is_gallery_part(d) and _own_slide(el, d)
            )
            gallery = el
        elif el.tag in _TEXT_BLOCKS or is_gallery_part(el) or _bare_wrapper(el):
            continue  # a paragraph, the intro's block ("intro-photo"), a script's bare wrapper
        else:
            break
    return found, gallery


def _folded_within(p: HtmlElement, top: HtmlElement) -> bool:
    """Whether the blocks between a paragraph and `top` that `is_furniture` names are all
    paywalls' or folds' wrappers (`is_state_block`), one at least."""
    found = False
    for up in p.iterancestors():
        if up is top:
            return found
        if is_furniture(up):
            if not is_state_block(up):
                return False
            found = True
    return False


def _bare_wrapper(el: HtmlElement) -> bool:
    """A block with no class or id around one block alone (a paywall script's hook, a
    layout's extra <div>): it says nothing of what it holds."""
    if el.get("class") or el.get("id") or (el.text or "").strip():
        return False
    children = [c for c in el if isinstance(c.tag, str)]
    return len(children) == 1 and not (children[0].tail or "").strip()


def _ends_gallery(track: HtmlElement, gallery: HtmlElement) -> bool:
    """Whether the track holding the text is the last block with text in the gallery's
    wrapper, bar furniture: the intro comes before the slides, and what text follows them (the
    site's other galleries, their links added by a script) is no part of this gallery."""
    branch = next(a for a in (track, *track.iterancestors()) if a.getparent() is gallery)
    return not any(
        isinstance(s.tag, str)
        and _UNLINKED_TEXT(s)
        # an ad's or share bar's block goes anyway; one named for a gallery ("gallery-more")
        # is read as this gallery's part
        and not (is_furniture(s) and not is_gallery_part(s) and not is_slideshow(s))
        for s in branch.itersiblings()
    )


# text outside links and headings: a list of linked titles under its heading goes anyway
_UNLINKED_TEXT = etree.XPath(
    "boolean(descendant-or-self::text()[normalize-space()]"
    "[not(ancestor::a or ancestor::h2 or ancestor::h3 or ancestor::h4 or ancestor::h5)])"
)


# blocks that hold the text of a gallery's intro without naming it
_TEXT_BLOCKS = frozenset({"p", "span", "strong", "em", "b", "i", "blockquote"})


def _own_slide(wrapper: HtmlElement, part: HtmlElement) -> bool:
    """No other slideshow or furniture block between the wrapper and the part: a carousel
    of other stories inside the wrapper keeps its slides out."""
    for a in part.iterancestors():
        if a is wrapper:
            return True
        # a slide ("slideshow__slide") holds its caption; a list of slides is another's,
        # unless it is the gallery's own track ("gallery-track", "slides")
        if (
            is_other_holder(a)
            and (not is_gallery_part(a) or sum(1 for c in a if is_gallery_part(c)) > 1)
            and not _own_track(a)
        ):
            return False
    return False


_PICTURE_FILE = _compile(r"\.(?:jpe?g|png|webp|gif|avif)(?:[?#]|$)", re.I)


def _own_track(block: HtmlElement) -> bool:
    """A slideshow nested in a gallery's wrapper that is the gallery's own track of slides
    ("gallery > gallery-track > gallery-item", "slideshow > slides > slide"): named only
    as a gallery or its parts, and linking nowhere but to its own pictures. A carousel of
    other stories links to them."""
    if not is_slideshow(block) or not is_gallery_named(block):
        return False
    for a in block.iter("a"):
        href = (a.get("href") or "").strip()
        if href and not href.startswith("#") and not _PICTURE_FILE.search(href):
            return False
    return True


def _folded_rest(
    container: HtmlElement,
    folded: list[HtmlElement],
    weighted: list[tuple[HtmlElement, float]],
    furniture: dict[HtmlElement, int],
    cards: dict[HtmlElement, bool],
) -> set[HtmlElement]:
    """The wrappers of the container's paragraphs that only a paywall's or fold's wrapper
    makes furniture ("<div class=wall>", "<div hidden>": what paywalled sites serve, the
    whole text in the HTML and its rest in a block their script hides or reveals), up to
    the block holding the article's own paragraphs or the container: the article goes on
    in them, however little of it they hold. Only the wrappers are kept: a block between
    them that other rules skip (a teaser card, a recirculation list) stays skipped."""
    own = {p.getparent() for p, _ in weighted if not furniture.get(p.getparent(), 0)}
    rest: set[HtmlElement] = set()
    for p in folded:
        wrappers: list[HtmlElement] = []
        for up in p.iterancestors():
            if up is container or up in own:
                if wrappers and not _is_card(p.getparent(), cards):
                    rest.update(wrappers)
                break
            if is_furniture(up):  # below the container, only state blocks (`FOLDED`)
                wrappers.append(up)
    return rest


WRAPPER_LEVELS = 2


def _past_wrappers(parent: HtmlElement) -> HtmlElement:
    """The block a paragraph counts for: past wrappers holding only it ("<div class=para>
    <p>...</p></div>", a web component per paragraph), whose own score says nothing."""
    for _ in range(WRAPPER_LEVELS):
        up = parent.getparent()
        if up is None or up.tag in ("body", "html") or len(parent) != 1:
            break
        if parent.text and not parent.text.isspace():
            break
        parent = up
    return parent


AFTER_HEADLINE_SHARE = 0.2  # of the text above the headline an article below it needs


def _after_headline(
    h1: HtmlElement | None,
    best: HtmlElement,
    scores: dict[HtmlElement, float],
    weighted: list[tuple[HtmlElement, float]],
) -> HtmlElement:
    """The best block below the article's headline when the best of all sits wholly
    above it: an article's text follows its headline; a consent or legal notice, a
    masthead promo or a teaser list set above it does not, whatever its length. The
    block below is judged with the rest of its article (paragraphs one per wrapper
    score little alone)."""
    if h1 is None or not _precedes(best, h1):
        return best
    below = [el for el in scores if not _precedes(el, h1) and not contains(el, best)]
    if not below:
        return best
    alt = max(below, key=scores.__getitem__)
    wide = _widen(alt, weighted)
    if contains(wide, best):
        return best
    # characters, not weights: the article's own class names may have marked it down
    ahead = sum(len(p.text_content()) for p, _ in weighted if contains(best, p))
    after = sum(len(p.text_content()) for p, _ in weighted if contains(wide, p))
    return alt if after >= ahead * AFTER_HEADLINE_SHARE else best


def _in_headline_scope(
    tree: HtmlElement,
    h1: HtmlElement | None,
    best: HtmlElement,
    scores: dict[HtmlElement, float],
    weighted: list[tuple[HtmlElement, float]],
) -> HtmlElement:
    """The best block inside the `<article>` or `<main>` holding the headline (else inside
    the page's one `<main>`, a headline set in a banner above it) when the best of all
    lies outside it: a consent banner's or an imprint's long text set after `<main>`
    outweighs a short story, but the story is what the page marks as its article. Three
    paragraphs inside at least (an `<article>` holding only the header names no text), and
    a fifth of the text outside, in letters' worth."""
    scope = next(h1.iterancestors("article", "main"), None) if h1 is not None else None
    if scope is None:
        mains = list(itertools.islice(tree.iter("main"), 2))
        scope = mains[0] if len(mains) == 1 else None
    if scope is None or contains(scope, best) or contains(best, scope) or best is scope:
        return best
    inside = [el for el in scores if contains(scope, el)]
    if not inside:
        return best
    own = [p for p, w in weighted if w > 0 and contains(scope, p)]
    if len(own) < OWN_STORY_PARAGRAPHS:
        return best
    alt = max(inside, key=scores.__getitem__)
    ahead = sum(width(p.text_content()) for p, _ in weighted if contains(best, p))
    after = sum(width(p.text_content()) for p in own)
    return alt if after >= ahead * AFTER_HEADLINE_SHARE else best


BRIEF_PARAGRAPHS = 2  # a brief's paragraphs at least, beside its headline
SIDE_BOX_GAIN = 4  # a box beside the headline's block outweighing it more is the story


def _headline_column(
    h1: HtmlElement | None,
    best: HtmlElement,
    scores: dict[HtmlElement, float],
    weighted: list[tuple[HtmlElement, float]],
) -> HtmlElement:
    """The best block in the headline's own column when the best of all is a box beside
    it that opens with a heading of its own, or a column of briefs each opening with its
    bold title: a two-paragraph brief with a five-paragraph "Background" box or a column
    of other briefs next to it (in a `<div>` or a table's `<td>`), the box longer than
    the brief. The headline's column must hold a brief's
    paragraphs, and the box at most SIDE_BOX_GAIN times their weight: a story body
    opening with a subhead below a header of a lead paragraph outweighs it far more."""
    if h1 is None or contains(best, h1):
        return best
    headed = _opens_with_heading(best)
    briefs = not headed and _brief_items(best)
    if not headed and not briefs:
        return best
    column = h1
    for anc in h1.iterancestors():
        if contains(anc, best):
            break
        column = anc
    else:
        return best
    top = column.getparent() is None or column.getparent().tag in ("body", "html")
    if column is h1 or (top and not briefs):  # briefs: a column of the page's own too
        return best
    own = [(p, w) for p, w in weighted if w > 0 and contains(column, p)]
    if len(own) < BRIEF_PARAGRAPHS:
        return best
    beside = sum(w for p, w in weighted if contains(best, p))
    if beside > SIDE_BOX_GAIN * sum(w for _, w in own):
        return best
    inside = [el for el in scores if el is column or contains(column, el)]
    return max(inside, key=scores.__getitem__) if inside else best


def _opens_with_heading(block: HtmlElement) -> bool:
    """Whether a block's first element (past a wrapper or two) is a heading, h2-h5."""
    first = next(block.iterchildren(tag=etree.Element), None)
    for _ in range(WRAPPER_LEVELS):
        if first is None or first.tag in HEADING_TAGS:
            break
        first = next(first.iterchildren(tag=etree.Element), None)
    return first is not None and first.tag in HEADING_TAGS


BRIEF_ITEMS = 3  # paragraphs opening with a title of their own: a column of briefs
BRIEF_TITLE = 60  # characters of a brief's bold title at most
BRIEF_LOOK = 12  # paragraphs of a block looked at


def _brief_items(block: HtmlElement) -> bool:
    """Whether a block is a column of briefs with no heading over it: most of its first
    paragraphs open with a bold title of their own, each another ("<p><b>Rathaus.</b> Die
    Sanierung ...</p>"). An interview's bold labels repeat ("Frage:", the speaker's name),
    so it is none."""
    titles: list[str] = []
    paragraphs = 0
    for p in itertools.islice(block.iter("p"), BRIEF_LOOK):
        paragraphs += 1
        first = next(p.iterchildren(tag=etree.Element), None)
        if first is None or first.tag not in ("b", "strong") or (p.text or "").strip():
            continue
        title = " ".join(first.text_content().split())
        if 2 <= len(title) <= BRIEF_TITLE and len(p.text_content()) > 2 * len(title) + 20:
            titles.append(title.casefold())
    return (
        len(titles) >= BRIEF_ITEMS
        and 2 * len(titles) >= paragraphs
        and len(set(titles)) == len(titles)
    )


def _precedes(a: HtmlElement, b: HtmlElement) -> bool:
    """Whether `a` ends before `b` starts in document order (neither holds the other)."""
    path_b = {b: None, **{anc: None for anc in b.iterancestors()}}
    child_a = a
    for anc in itertools.chain((a,), a.iterancestors()):
        if anc in path_b:
            if anc is a or anc is b:
                return False
            child_b = next(
                x for x in itertools.chain((b,), b.iterancestors()) if x.getparent() is anc
            )
            before: bool = anc.index(child_a) < anc.index(child_b)
            return before
        child_a = anc
    return False


def _own_story(
    tree: HtmlElement, heading: HtmlElement | None, h1s: list[HtmlElement]
) -> HtmlElement:
    """The block of the article's headline when other headlines hold other stories.

    Endless-scroll pages append the next stories, each with its own <h1>, in an
    <article> or in plain <div>s; the longest text on the page may be one of those.
    The block is the widest one around the first headline that holds no other; it
    counts only where it holds paragraphs (a logo's <h1> in the masthead does not).
    `h1s`: the tree's <h1>s (`Document.elements`).
    """
    if len(h1s) < 2:
        return tree
    h1 = heading if heading is not None and heading.tag == "h1" else h1s[0]
    others = set(itertools.chain.from_iterable(h.iterancestors() for h in h1s if h is not h1))
    own = None
    for anc in h1.iterancestors():
        if anc in others or anc.tag in ("body", "html"):
            break
        own = anc
    if own is None or _count_paragraphs(own, OWN_STORY_PARAGRAPHS) < OWN_STORY_PARAGRAPHS:
        return tree
    return own


WIDE_SAMPLE = 20  # characters: a paragraph in Han, kana or Hangul shows one among its first


def _long_enough(text: str, least: int) -> bool:
    """At least `least` Latin letters' worth: a Chinese paragraph of 15 characters says as
    much as a 30-letter one, and pages set in Han, kana or Hangul write short paragraphs
    (the width is read only for text too short by its length, so Latin pages pay nothing)."""
    n = len(text)
    return n >= least or (2 * n >= least and width(text) >= least)


def _count_paragraphs(el: HtmlElement, enough: int) -> int:
    """Paragraphs (<p>s or blocks of running text) in the block, counted up to `enough`."""
    found = 0
    for p in _candidate_paragraphs(el):
        if _long_enough(p.text_content(), _MIN_PARAGRAPH):
            found += 1
            if found >= enough:
                break
    return found


def _signature(p: HtmlElement) -> tuple[str, str, str]:
    """How a paragraph is marked up: its tag and class, and the tag of the block it counts
    for (past wrappers of one paragraph each)."""
    parent = p.getparent()
    return (p.tag, p.get("class") or "", _past_wrappers(parent).tag if parent is not None else "")


def _text_holders(
    container: HtmlElement, weighted: list[tuple[HtmlElement, float]]
) -> set[HtmlElement]:
    """Blocks holding much of the container's paragraph text: the article, whatever their
    class names say ("slideshow", "cta" ...), so the walk never skips them."""
    totals: dict[HtmlElement, float] = defaultdict(float)
    for p, w in weighted:
        for anc in p.iterancestors():
            totals[anc] += w
            if anc is container:
                break
    floor = totals.get(container, 0.0) * KEEP_SHARE
    return {el for el, w in totals.items() if w >= floor > 0}


def _candidate_paragraphs(
    tree: HtmlElement, custom: frozenset[str] = frozenset()
) -> list[HtmlElement]:
    """<p> elements, and divs/sections/cells of a paragraph's worth of running text.

    Templates without <p> set each paragraph as a <div> (links and emphasis inside),
    or a whole body as one block of text broken by <br>s: a block whose children are
    all inline holds text, not layout. Runs over every div of the page: a block that
    opens with a block child and no text (layout) is passed over at once.
    """
    found = []
    blocks = tree.iter("p", "div", "section", "td")
    for el in itertools.chain(blocks, tree.iter(*custom)) if custom else blocks:
        if el.tag == "p":
            found.append(el)
        elif not len(el):
            text = el.text.strip() if el.text else ""
            if text and (
                _long_enough(text, _LEAF_TEXT + 1)
                or (text.endswith(_CLOSING) and _in_sentence_run(el, text))
            ):
                found.append(el)
        elif _opens_with_text(el) and _running_text(el):
            found.append(el)
    return found


def _in_sentence_run(el: HtmlElement, text: str) -> bool:
    """A <div> of one short sentence beside another: a story whose paragraphs are <div>s
    and short (Hebrew and Arabic news write paragraphs of a line or two), not a caption
    or a card's summary, which stand alone."""
    if el.tag != "div" or not _is_sentence_line(text):
        return False
    return any(
        sib is not None and sib.tag == "div" and _is_sentence_line(_inline_text(sib))
        for sib in (el.getprevious(), el.getnext())
    )


def _is_sentence_line(text: str) -> bool:
    text = text.strip()
    return text.endswith(_CLOSING) and _long_enough(text, _MIN_PARAGRAPH)


def _inline_text(el: HtmlElement) -> str:
    """A block's text when it holds only phrasing elements, else ""."""
    if not len(el):
        return el.text or ""
    if any(c.tag not in INLINE_TAGS for c in el if isinstance(c.tag, str)):
        return ""
    return str(el.text_content())


def _custom_tags(doc: Document) -> frozenset[str]:
    """Names of the page's custom elements (web components: a hyphen in the name,
    "<story-text>") made of ASCII letters, digits and hyphens: those a regex over the
    markup read before the page's elements were gathered in one walk (`Document.marked`)."""
    return frozenset(el.tag for el in doc.marked.custom if _CUSTOM_TAG.fullmatch(el.tag))


_CUSTOM_TAG = _compile(r"[a-z][a-z0-9]*-[a-z0-9-]*")


def _is_block(el: HtmlElement, tag: str, parent: HtmlElement) -> bool:
    """A block of the text: a block tag, or a custom element not set inside a sentence
    (sites built of web components put each paragraph in one)."""
    return tag in BLOCK_TAGS or ("-" in tag and parent.tag not in TEXT_TAGS)


def _opens_with_text(el: HtmlElement) -> bool:
    text = el.text
    return bool(text and not text.isspace()) or el[0].tag in INLINE_TAGS


def _running_text(el: HtmlElement) -> bool:
    """Only phrasing children and a paragraph's worth of text, or text broken by <br>s
    between whatever else sits in it (an embed, a box)."""
    for child in el:
        if child.tag not in INLINE_TAGS and isinstance(child.tag, str):
            break
    else:
        text = el.text_content()
        if _long_enough(text, _LEAF_TEXT + 1):
            return True
        return el.tag == "div" and text.rstrip().endswith(_CLOSING) and _in_sentence_run(el, text)
    if len(el.findall("br")) < BR_BREAKS:
        return False
    own = len((el.text or "").strip()) + sum(len((c.tail or "").strip()) for c in el)
    return own > _LEAF_TEXT


def _widen(best: HtmlElement, weighted: list[tuple[HtmlElement, float]]) -> HtmlElement:
    """Climb while an ancestor holds much more text in paragraphs shaped like the best block's.

    Bodies split into many blocks (ads between chunks) share their paragraph markup;
    teaser grids and comment lists below an article use other markup, so they do not
    pull the container up to the whole page.
    """
    own: dict[tuple[str, str, str], float] = defaultdict(float)
    for p, w in weighted:
        parent = p.getparent()
        if parent is best or (parent is not None and _past_wrappers(parent) is best):
            own[_signature(p)] += w
    if not own:
        # the block's paragraphs sit a level down, in entries or chunks of their own (a live
        # blog's posts, each with its time and buttons): they say how its paragraphs look
        for p, w in weighted:
            if contains(best, p):
                own[_signature(p)] += w
    if not own or max(own.values()) < _MIN_PARAGRAPH:
        return best  # a caption or link line (weighed near 0) does not say how paragraphs look
    sig = max(own, key=own.__getitem__)
    totals: dict[HtmlElement, float] = defaultdict(float)
    for p, w in weighted:
        if _signature(p) == sig:
            for anc in p.iterancestors():
                totals[anc] += w
    for anc in best.iterancestors():
        if anc.tag in ("body", "html"):
            break
        if totals[anc] >= totals[best] * WIDEN_GAIN:
            best = anc
    return best


CARD_PARAGRAPHS = 2  # a teaser card holds a summary or two; an article chunk holds more


def _is_card(block: HtmlElement, memo: dict[HtmlElement, bool]) -> bool:
    """A teaser card: a linked headline over a summary paragraph or two, whatever the
    class names ("<div><h3><a href>Other story</a></h3><p>Its summary</p></div>").
    A grid of them below the article must not outweigh the article's own paragraphs."""
    if block not in memo:
        paragraphs = 0
        linked_heading = False
        for child in block:
            if child.tag == "p":
                paragraphs += 1
            elif child.tag in HEADING_TAGS or child.tag == "a":
                linked_heading = linked_heading or _links_heading(child)
        if not linked_heading and paragraphs <= CARD_PARAGRAPHS + 1 and len(block) <= CARD_PARTS:
            # no linked heading: a title line set as a <p>, a bare link or a <div>
            title = _title_line(block)
            linked_heading = title is not None
            paragraphs -= title is not None and title.tag == "p"
        memo[block] = linked_heading and paragraphs <= CARD_PARAGRAPHS
    return memo[block]


TITLE_LINK_TAGS = frozenset({"a", "p", "div", "span", "strong", "b"})
TITLE_LINK_MAX = 150  # characters of a teaser's title line
CARD_PARTS = 6  # children of a teaser card: a picture, a title, a summary, a date, a label
TITLE_AFTER = 2  # a picture (or its link) before a card's title line


def _title_line(block: HtmlElement) -> HtmlElement | None:
    """The block's first line of text when it is a title link (`_is_title_link`), first or
    after a picture (or a link wrapping one): no text before it."""
    if not len(block) or (block.text or "").strip():
        return None
    first = block[0]
    if first.tag == "p" and len(first) != 1:
        return None  # most blocks: a paragraph of text opens them, no title line
    for child in itertools.islice(block, TITLE_AFTER):
        if _is_title_link(child):
            return child
        if (child.tail or "").strip() or not _is_small_picture(child):
            return None
    return None


def _is_small_picture(el: HtmlElement) -> bool:
    """An image, or a link or wrapper opening with one and holding nothing else of note
    (told from its first child: no walk over a block that may be the article)."""
    if el.tag in ("img", "picture"):
        return True
    if el.tag not in ("a", "div", "span", "figure") or not len(el) or len(el) > TITLE_AFTER:
        return False
    return el[0].tag in ("img", "picture") and not (el.text or "").strip()


def _is_title_link(el: HtmlElement) -> bool:
    """A line that is one link to another page and nothing else ("<p><a href>Other
    story</a></p>", "<a class=t href>Other story</a>"), and no sentence: a teaser's title
    set without a heading tag."""
    if el.tag == "a":
        link: HtmlElement | None = el
    elif el.tag not in TITLE_LINK_TAGS or len(el) != 1 or (el.text or "").strip():
        return False  # a wrapper of more than a line (told first: it may be the article)
    else:  # the link, or a span or <strong> holding it
        link = el[0] if el[0].tag == "a" else el[0][0] if len(el[0]) == 1 else None
    if link is None or link.tag != "a" or not _leads_away(link):
        return False
    if (link.get("href") or "").startswith("#"):
        return False
    if (el.tail or "").strip():
        return False  # a link in a sentence: text runs on after it
    text = clean(link.text_content())
    if not 0 < len(text) <= TITLE_LINK_MAX or text.endswith(_CLOSING):
        return False  # a sentence set as a link (a chunk of the story opening with one)
    return link is el or clean(el.text_content()) == text


CARD_TEXT = 300  # characters of a teaser card: a headline and a line or two


def _is_teaser_card(el: HtmlElement) -> bool:
    """A teaser card set between the article's paragraphs: a heading linked to another
    page over at most two short paragraphs ("Related: <a><h4>Other story</h4></a><p>Its
    summary</p>"); a live blog's entry heading links to itself ("#entry") and stays."""
    return el.tag in RECIRC_TAGS and _is_teaser(el)


def _is_teaser(el: HtmlElement) -> bool:
    """A teaser card of any tag (an `<article>` card beside the article marked up like it)."""
    if not _is_card(el, {}) or len(clean(el.text_content())) > CARD_TEXT:
        return False
    return any(not (a.get("href") or "").startswith("#") for a in el.iter("a") if _leads_away(a))


ITEM_CARDS = 3  # items of a list of teaser cards set between the story's paragraphs
ITEM_CARD_TEXT = 2 * CARD_TEXT  # a kicker, a title, a summary of three sentences
_ABSOLUTE_LINK = _compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)  # a scheme or a host


def _is_item_card(el: HtmlElement) -> bool:
    """A list item that is a teaser card, however long its summary: its picture and its
    heading link to one other page of the site's, in a list of one to three. A listicle's
    entries are more, and a product's picture, if linked, is enlarged (a link to the picture
    file)."""
    parent = el.getparent()
    if parent is None or sum(1 for c in parent if c.tag == "li") > ITEM_CARDS:
        return False
    if not _is_card(el, {}) or len(clean(el.text_content())) > ITEM_CARD_TEXT:
        return False
    pictured = set()
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        # a page of the site's own (a relative link): a shop's or a venue's page linked from
        # the story's own entry ("our three picks") is not another piece of the site's
        own_page = href and not href.startswith("#") and not _ABSOLUTE_LINK.match(href)
        if own_page and next(a.iter("img", "picture"), None) is not None:
            pictured.add(href)
    return any(
        (a.get("href") or "").strip() in pictured
        for h in el.iter(*HEADING_TAGS)
        for a in itertools.chain(h.iter("a"), h.iterancestors("a"))
    )


def _links_heading(el: HtmlElement) -> bool:
    """A heading holding a link away, or a link wrapping a heading."""
    if el.tag == "a":
        return _leads_away(el) and next(el.iter(*HEADING_TAGS), None) is not None
    return any(_leads_away(a) for a in el.iter("a"))


FURNISHED, FOLDED = 1, 2  # `_in_furniture`'s answers besides 0 (none)


def _in_furniture(el: HtmlElement, memo: dict[HtmlElement, int]) -> int:
    """Whether an ancestor is page furniture (memoised: paragraphs share ancestors):
    0 if none, FOLDED if only paywalls' or folds' wrappers (`is_state_block`), else
    FURNISHED."""
    parent = el.getparent()
    if parent is None:
        return 0
    if parent not in memo:
        if parent.tag in SKIP_TAGS:
            memo[parent] = FURNISHED
        elif is_furniture(parent):
            if is_state_block(parent) and not _headed_as_comments(parent):
                memo[parent] = FURNISHED if _in_furniture(parent, memo) == FURNISHED else FOLDED
            else:
                memo[parent] = FURNISHED
        elif _headed_as_comments(parent):
            memo[parent] = FURNISHED
        else:
            memo[parent] = _in_furniture(parent, memo)
    return memo[parent]


def _first_heading(el: HtmlElement) -> HtmlElement | None:
    """A box's heading: its first heading element or heading-like label, among its first
    RECIRC_HEADING_WITHIN descendants (the comments', a summary's, a related list's)."""
    first = itertools.islice(el.iterdescendants(), RECIRC_HEADING_WITHIN)
    return next((d for d in first if d.tag in HEADING_TAGS or _labels(d)), None)


def _headed_as_comments(el: HtmlElement) -> bool:
    """A block whose heading calls it the readers' comments ("תגובות", "12 Kommentare"):
    however long its posts, they are not the article's text (a Hebrew article of one-line
    paragraphs weighs less than six readers' posts under it); or a "Most read" box of
    other stories' headlines without links (`_headline_lines`), whose lines outweigh a
    brief's paragraphs."""
    if el.tag not in RECIRC_TAGS:
        return False
    heading = _first_heading(el)
    if heading is None or (heading.tag not in HEADING_TAGS and len(heading) > 1):
        return False  # a label is a line of its own; a block of text is no heading (and costly)
    label = clean(heading.text_content())
    return _comments_heading(label) or (_recirc_heading(label) and _headline_lines(heading))


def _with_siblings(
    best: HtmlElement, scores: dict[HtmlElement, float], holders: set[HtmlElement]
) -> list[HtmlElement]:
    """The container and the blocks marked up like it: its siblings, or within its <article>
    (a body split into column blocks by ads and embeds)."""
    parent = best.getparent()
    if parent is None:
        return [best]
    cls = best.get("class")
    if not cls:
        return [best]
    found = [
        s
        for s in parent
        if s is best or (s.tag == best.tag and s.get("class") == cls and not _is_teaser(s))
    ]
    scope = next(best.iterancestors("article", "main"), None)
    if scope is None:
        scope = next(itertools.islice(best.iterancestors(), 4, None), None)
    if scope is None:
        return found
    # the container's tag first, then its class: lxml matches the tag in C, and only those
    # elements become Python objects (twice as fast as XPath's `.//*[@class=$cls]`)
    marked = (el for el in scope.iterdescendants(best.tag) if el.get("class") == cls)
    same = [
        el
        for el in marked
        if el in found or ((scores.get(el) or el in holders) and not _is_teaser(el))
    ]
    return [el for el in same if not any(a in same for a in el.iterancestors())] or found


def _link_density(el: HtmlElement, length: int, doc: Document | None = None) -> float:
    """Share of the text in links: an anchor without an href (a named jump target
    around a subhead) is the text's own. `doc`: the page, whose links' texts are then read
    once (a link scored here is a button `_form_boxes` reads again)."""
    links = sum(
        len(doc.text(a) if doc else clean(a.text_content())) for a in el.iter("a") if _leads_away(a)
    )
    return min(1.0, links / length) if length else 0.0


def _skipped(el: HtmlElement, excluded: set[HtmlElement], keep: set[HtmlElement]) -> bool:
    """Furniture, unless it holds most of the container's text (a misleading class name)."""
    if (el.tag in SKIP_TAGS and not _is_quote_figure(el)) or el in excluded:
        return True
    if el.tag in _PHRASING and _screen_reader_only(el):
        return True  # words only a screen reader says: "(opens in a new window)"
    parent = el.getparent()
    if el.tag not in BLOCK_TAGS and parent is not None and parent.tag in TEXT_TAGS:
        return False  # a link or span inside a sentence is part of it, whatever its class says
    if el.tag in _PHRASING and parent is not None and _inside_running_text(el, parent):
        return False  # the same in a paragraph set as a <div> ("<a id=auto-tag_x>Name</a> said")
    return el not in keep and (
        (is_furniture(el) and (not is_summary_box(el) or is_machine_summary(el)))
        or _is_recirculation(el)
        or (el.tag in HEADING_TAGS and _heads_link_list(el))
        or (el.tag == "p" and _labels_link_list(el))
        or (el.tag == "p" and _labels_broken_links(el))
        or (el.tag in ("ul", "ol") and _summarised_related_list(el))
        or _is_implicit_figure(el)
        or _is_teaser_card(el)
        or (el.tag == "li" and _is_item_card(el))
        or (el.tag == "blockquote" and _is_social_embed(el))
        or (el.tag not in TEXT_TAGS and is_teaser_list(el))
    )


_PHRASING = frozenset({"a", "em", "i", "b", "strong", "span", "abbr", "cite", "q", "u"})
# The classes CSS frameworks hide text from the eye with, for screen readers only (Bootstrap's
# `sr-only`/`visually-hidden`, WordPress's `screen-reader-text`, Drupal's `element-invisible`):
# a link's "(opens in a new window)", "Externer Link", an icon's "Photo:". A sighted reader
# never reads them, so neither does the body, even inside a sentence.
_SCREEN_READER_ONLY = _compile(
    r"(?:^|\s)[\w-]{0,20}?(?:sr[-_]?only|screen[-_]?reader(?:[-_]?(?:text|only))?"
    r"|visually[-_]?hidden|hidden[-_]?visually|a11y[-_]?hidden|element[-_]?invisible"
    r"|off[-_]?screen)(?:\s|$)",
    re.I,
)
# Tailwind's `not-sr-only` undoes `sr-only`, alone or from a screen width on ("sr-only
# md:not-sr-only"): a sighted reader sees the words there, as the archive's desktop capture
# does ("focus:not-sr-only", a skip link shown on focus, stays hidden).
_SHOWN_AGAIN = _compile(r"(?:^|\s)(?:(?:sm|md|lg|xl|2xl):)?not-sr-only(?:\s|$)", re.I)


def _screen_reader_only(el: HtmlElement) -> bool:
    """Hidden for screen readers: a phrase (a link's warning, an icon's name). A story's
    paragraphs under such a class are shown by the page's scripts (a reader sees them), so
    longer text stays."""
    classes = el.get("class") or ""
    return (
        _SCREEN_READER_ONLY.search(classes) is not None
        and _SHOWN_AGAIN.search(classes) is None
        and len(el.text_content()) <= SCREEN_READER_TEXT
    )


SCREEN_READER_TEXT = 150  # characters: a screen reader's phrase; more is the story's


def _inside_running_text(el: HtmlElement, parent: HtmlElement) -> bool:
    """Whether a phrasing element sits in a sentence of a `<div>` paragraph: text of the
    same block runs right before or after it."""
    if parent.tag != "div":
        return False
    prev = el.getprevious()
    before = prev.tail if prev is not None else parent.text
    return bool((before and before.strip()) or (el.tail and el.tail.strip()))


# A post's permalink on a social network, as its embed code links it (the post itself, not a
# profile): X/Twitter, Instagram, TikTok, Threads, Bluesky, Facebook, Telegram, Mastodon-style.
SOCIAL_POST = _compile(
    r"^(?:https?:)?//(?:[\w-]+\.)*(?:(?:twitter|x)\.com/\w+/status(?:es)?/\d"
    r"|instagram\.com/(?:[\w.]+/)?(?:p|reel|tv)/|tiktok\.com/@[^/]+/video/\d"
    r"|threads\.(?:net|com)/@[^/]+/post/|bsky\.app/profile/[^/]+/post/"
    r"|facebook\.com/[^/]+/(?:posts|videos)/|t\.me/[\w]+/\d)",
    re.I,
)


def _is_social_embed(el: HtmlElement) -> bool:
    """A quoted social post (X, Instagram, TikTok, Threads, Bluesky embeds are a
    `<blockquote>` linking the post): the answers leave it out, and its classes
    (`twitter-tweet`) are all that marks it where they are kept; the link holds on
    any page, in any language, whatever the classes."""
    if el.tag != "blockquote":
        return False
    if SOCIAL_POST.match(el.get("cite") or ""):
        return True
    return any(SOCIAL_POST.match(a.get("href") or "") for a in el.iter("a"))


MEDIA_TAGS = ("img", "picture", "video", "audio", "iframe", "svg", "canvas", "object", "embed")


def _is_quote_figure(el: HtmlElement) -> bool:
    """A quotation set as HTML5 recommends: `<figure><blockquote>` with its source in the
    `<figcaption>` (skipped) and no picture: the quote is the article's text."""
    if el.tag != "figure" or next(el.iter("blockquote"), None) is None:
        return False
    return next(el.iter(*MEDIA_TAGS), None) is None


CAPTION_MAX = 150  # characters: a caption and credit under a picture, not a paragraph
FIGURE_TAGS = frozenset({"div", "p", "span", "section"})
PICTURE_PARTS = 16  # elements in a picture's wrapper (<picture>, <source>s, <img>, links, credits)
ICON_SIZE = 60  # pixels: a smaller image is an icon or emoji inside a line of text


def _is_implicit_figure(el: HtmlElement) -> bool:
    """A picture and its caption without <figure>: the block opens with an image (or a
    wrapper holding only one) and the words after it are caption-short ("<p><img><br>
    Jane Doe (left)</p>", "<div><div><picture/></div><div>Caption</div></div>")."""
    if el.tag not in FIGURE_TAGS or not len(el) or (el.text and el.text.strip()):
        return False
    if not _is_picture(el[0]):
        return False
    return len(clean(el.text_content())) <= CAPTION_MAX


def _is_picture(el: HtmlElement) -> bool:
    if el.tag in ("img", "picture"):
        img = el if el.tag == "img" else next(el.iter("img"), None)
        return img is None or not _is_icon(img)
    if el.tag not in ("div", "span", "a"):
        return False
    inner = list(itertools.islice(el.iterdescendants(), PICTURE_PARTS + 1))
    if len(inner) > PICTURE_PARTS or el.text_content().strip():
        return False  # a wrapper of more than a picture (checked first: it may be the article)
    img = next((d for d in inner if d.tag == "img"), None)
    return img is not None and not _is_icon(img)


def _is_icon(img: HtmlElement) -> bool:
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().removesuffix("px")
        if ascii_digits(value) and int(value) < ICON_SIZE:
            return True
    return False


def _is_recirculation(el: HtmlElement) -> bool:
    """A block headed "More from ...", "Related stories", "Most read" and made of links.

    Teaser grids often carry neutral classes ("collections", "row"); their heading
    says what they are. The links test keeps an article section whose subhead
    happens to start the same way. Runs for every block the walk meets, so only a
    block's first few descendants are read for the heading.
    """
    if el.tag not in RECIRC_TAGS:
        return False
    heading = _first_heading(el)
    if heading is None:
        return False
    label = clean(heading.text_content())
    if _comments_heading(label) or AUTHOR_BOX_HEADING.match(label):
        return True  # the readers' comments or the writer's bio, with or without links
    if FACTBOX_HEADING.match(label) and len(el.text_content()) <= FACTBOX_MAX:
        return True  # a fact box beside the text: the answers leave it out
    links = el.findall(".//a")
    if len(links) < 2:
        return _recirc_heading(label) and _headline_lines(heading)
    if not _recirc_heading(label):
        return _heading_over_links(el, heading, label)
    text = clean(el.text_content())
    return _link_density(el, len(text)) >= RECIRC_LINK_SHARE


LINK_LIST_SHARE = 0.9  # of a box's text below its heading in links: a list of other pages
HEADLINE_LINES_MIN = 3  # lines under a "Most read" heading that make a list of headlines
HEADLINE_LINE_MIN, HEADLINE_LINE_MAX = 25, 160  # letters' worth: a headline's length, not a
# paragraph's, nor a list's words ("Paris", "Rome" under "Most popular destinations")
HEADLINE_LINE_TAGS = frozenset({"p", "li", "div", "span", "h3", "h4", "h5", "strong", "b"})


def _headline_lines(heading: HtmlElement) -> bool:
    """Under a "Most read"/"Meistgelesen" heading, lines that are other stories' headlines
    with no links (a box a script links later, or printed so): three or more short lines
    after the heading, in its block or in one list or wrapper after it, at most one ending
    as a sentence does. An article's section under a subhead that happens to say "Most
    read" has paragraphs (sentences, longer) or a list of words (shorter)."""
    after = list(heading.itersiblings())
    if not after and (parent := heading.getparent()) is not None:
        after = list(parent.itersiblings())  # a heading in its own <header> of the box
    if len(after) == 1 and len(after[0]) >= HEADLINE_LINES_MIN:
        after = list(after[0])  # "<ol><li>...</li>...</ol>", a wrapper of lines
    if len(after) < HEADLINE_LINES_MIN:
        return False
    sentences = 0
    for line in after:
        if line.tag not in HEADLINE_LINE_TAGS:
            return False
        text = clean(line.text_content())
        if not HEADLINE_LINE_MIN <= width(text) <= HEADLINE_LINE_MAX:
            return False
        sentences += text.endswith(SENTENCE_STOPS)
    return sentences <= 1


SENTENCE_STOPS = (".", "。", "।", "؟")  # how a paragraph's sentence ends; a headline's "?"/"!" may


def _heading_over_links(el: HtmlElement, heading: HtmlElement, label: str) -> bool:
    """A box of a heading over nothing but links to other pages, in any language ("Tengdar
    fréttir", "Zobacz też", "延伸阅读" over a list of headlines): the walk drops its link
    lines, and its heading would stay behind as a line of its own. A heading that is
    itself a link is a teaser card's (its own rule)."""
    if next(heading.iter("a"), None) is not None:
        return False
    raw = el.text_content()
    if sum(len(a.text_content()) for a in el.iter("a")) < len(raw) * LINK_LIST_SHARE / 2:
        return False  # most blocks: far from all links, told before cleaning
    rest = len(clean(raw)) - len(label)
    if rest <= 0:
        return False
    away = sum(len(clean(a.text_content())) for a in el.iter("a") if _leads_away(a))
    return away >= rest * LINK_LIST_SHARE


def _heads_link_list(heading: HtmlElement) -> bool:
    """A heading (not itself a link) set right above a list of nothing but links to other
    pages, as its sibling ("<h3>Aus der Region</h3><ul><li><a>..</a></li>..</ul>"): the
    list's lines are dropped as links, and the heading names only them."""
    nxt = heading.getnext()
    if nxt is None or nxt.tag not in ("ul", "ol") or next(heading.iter("a"), None) is not None:
        return False
    if (heading.tail or "").strip() or len(nxt.findall(".//a")) < 2:
        return False
    label = clean(heading.text_content())
    return bool(label) and _heading_over_links(nxt, heading, "")


def _labels_link_list(par: HtmlElement) -> bool:
    """A paragraph set as a heading right above a list of nothing but links to other pieces
    ("<p><strong>Zum Weiterlesen</strong></p><ul><li><a>..</a></li>..</ul>"), in any wording:
    what `_heads_link_list` reads for an <h3>. A heading's shape only: short, no sentence's
    stop, a colon only where the whole line is set bold or italic (a plain "... dazu:" is the
    writer's intro); not over the documents or other sites' pages the story cites."""
    nxt = par.getnext()
    if nxt is None or nxt.tag not in ("ul", "ol"):
        return False
    text = clean(par.text_content())
    if not text or len(text) > RELATED_HEADING_LINE or text.endswith(_STOP):
        return False
    if text.endswith((":", "\uff1a")) and not _all_emphasised(par, text):
        return False
    return (
        _heads_link_list(par)
        and all(_all_linked(li) for li in nxt.iterchildren("li"))
        and not _cites_a_source(nxt)
    )


def _all_linked(item: HtmlElement) -> bool:
    """A list's item that is its links' words only: the walk drops it as a promo line. An
    item with words of its own ("<a>Max Moe</a> (independent)") stays, and so its label."""
    text = len(clean(item.text_content()))
    linked = sum(len(clean(a.text_content())) for a in item.iter("a") if _leads_away(a))
    return linked >= text * LINK_LIST_SHARE


def _labels_broken_links(par: HtmlElement) -> bool:
    r"""A paragraph of a short label and nothing after it but other pieces' headlines as links,
    one a line ("<p>Zobacz też:<br><a>..</a><br><a>..</a></p>"), in any wording: the link
    lines go as links, and the label names only them. Headlines are long (a service page's
    "Formular", "Streckenplan" are not); a sentence's intro is no label; a label over the
    documents or other sites' pages the story cites stays."""
    kids = list(par)
    if len(kids) < BROKEN_LINKS_MIN * 2 or next(par.iter("a"), None) is None:
        return False
    label = (par.text or "").strip()
    if not label and kids[0].tag in ("strong", "b", "em", "i", "span") and len(kids[0]) == 0:
        if _LETTERS.search(kids[0].tail or ""):
            return False
        label, kids = (kids[0].text or "").strip(), kids[1:]  # "<p><strong>Label</strong><br>"
    if not _short_label(label):
        return False
    links = 0
    for prev, kid in itertools.pairwise([None, *kids]):
        if _LETTERS.search(kid.tail or ""):
            return False  # words between the links: a sentence, not a list
        if kid.tag == "a":
            broken = prev is not None and prev.tag == "br"
            if not broken or width(clean(kid.text_content())) < HEADLINE_LINE_MIN:
                return False
            links += 1
        elif kid.tag != "br":
            return False
    return links >= BROKEN_LINKS_MIN and _own_pieces(par)


def _own_pieces(par: HtmlElement) -> bool:
    """Every link of the paragraph leads to the site's own pages: no document, and no other
    host; where the page names no host of its own, only links without one are sure."""
    own = ""
    for a in par.iter("a"):
        parts = split_url(a.get("href") or "")
        host = (parts.hostname or "").removeprefix("www.")
        if _DOCUMENT.search(parts.path):
            return False
        if host:
            own = own or _site_host(par)
            if not own or (host != own and not host.endswith("." + own)):
                return False
    return True


BROKEN_LINKS_MIN = 2  # headlines under a label, one a line
_LETTERS = _compile(r"[^\W\d_]")


def _short_label(label: str) -> bool:
    """A label's shape: a few words, no sentence's stop (a colon may end it)."""
    return 0 < len(label) <= PROMO_LABEL and not label.endswith(_STOP) and count_words(label) <= 4


def _summarised_related_list(lst: HtmlElement) -> bool:
    """A list under a related block's recognised heading ("Related", "Mehr zum Thema"),
    sibling or first in the same small box, whose items each open with a link to another
    piece of the site and add a short summary ("<li><a>Headline</a> <span>One line.</span>
    </li>"): the link share of `_heads_link_list` misses it, the summaries being half the
    words. Items that open with the story's words, run long, or cite documents or other
    sites stay."""
    heading = lst.getprevious()
    box = lst.getparent()
    if heading is None and box is not None and box.tag in ("section", "div", "aside"):
        kids = list(box)
        heading = (
            kids[0] if len(kids) == 2 and kids[1] is lst else None
        )  # the heading and the list alone
    if heading is None or heading.tag not in HEADING_TAGS:
        return False
    label = clean(heading.text_content())
    if not label or len(label) > RELATED_HEADING_LINE or not _recirc_heading(label):
        return False
    items = list(lst)
    if len(items) < BROKEN_LINKS_MIN or any(not _summarised_item(li) for li in items):
        return False
    return _own_pieces(lst)


def _summarised_item(li: HtmlElement) -> bool:
    """An item opening with a headline's link, a summary of a sentence or two after it."""
    if li.tag != "li" or (li.text or "").strip() or len(li) == 0 or li[0].tag != "a":
        return False
    title = clean(li[0].text_content())
    rest = len(clean(li.text_content())) - len(title)
    return width(title) >= HEADLINE_LINE_MIN and 0 < rest <= SUMMARY_CHARS


SUMMARY_CHARS = 160  # a teaser's summary under its headline; a story's point runs longer


def _all_emphasised(par: HtmlElement, text: str) -> bool:
    """The paragraph's words all inside one <strong>/<b>/<em>/<i> child: a styled label."""
    kids = list(par)
    return (
        len(kids) == 1
        and kids[0].tag in ("strong", "b", "em", "i")
        and not (par.text or "").strip()
        and clean(kids[0].text_content()) == text
    )


def _labels(el: HtmlElement) -> bool:
    """A block's first words set as a label in a div/span/p ("<div class=boxhead>More on ...")."""
    return el.tag in ("div", "span", "p", "strong") and bool(el.text and el.text.strip())


def _walk(
    el: HtmlElement,
    out: list[str],
    buf: list[str],
    excluded: set[HtmlElement],
    keep: set[HtmlElement],
) -> None:
    """Collect text into paragraphs: a block element flushes the running paragraph."""
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "h1":  # a block: what ran before it is a line of its own (a kicker)
            _flush(buf, out)
            out.append(HEADLINE)
        elif tag and _skipped(child, excluded, keep):
            if buf and tag in _BREAKING_SKIPS and _ends_line(buf):
                # a picture set between two lines of <br>-broken text ends the line before it
                _flush(buf, out)
            pending = _unmarked_links("".join(buf)).strip()
            if out and out[-1] != SKIPPED and not pending and has_text(child):
                out.append(SKIPPED)  # between blocks only: an inline ad label splits nothing
        elif tag:
            if _is_block(child, tag, el):
                _flush(buf, out)
                start = len(out)
                if child.text:
                    buf.append(child.text)
                _walk(child, out, buf, excluded, keep)
                _flush(buf, out, block=child, skipped=(excluded, keep))
                if (
                    tag in RECIRC_TAGS
                    and len(out) > start + 1
                    and _heads_only_teasers(child, out, start)
                ):
                    out[start] = DROPPED
            else:
                link = tag == "a" and _leads_away(child)
                buf.append(LINK_OPEN if link else "")
                if child.text:
                    buf.append(child.text)
                _walk(child, out, buf, excluded, keep)
                buf.append(LINK_CLOSE if link else "")
        if child.tail:
            buf.append(child.tail)


_BREAKING_SKIPS = frozenset({"figure", "table", "aside", "blockquote"})


def _ends_line(buf: list[str]) -> bool:
    """The pending text ends a sentence or opens a list ("...:"): a block set after it ends
    the line; set mid-sentence (an ad box, an embed), the sentence runs on after it."""
    text = _unmarked_links("".join(buf)).rstrip()
    return text.endswith((*_STOP, ":"))


TEASER_LINKS = 2  # links to other pages' headlines under a heading: a teaser grid
TEASER_HEADLINE = 25  # characters of a linked headline (a tweet's date or handle is shorter)


def _heads_only_teasers(block: HtmlElement, out: list[str], start: int) -> bool:
    """Whether the block's first line is its heading and all the walk kept of the rest is
    left out: a grid of teaser cards (each dropped as a card) under a heading in any language
    ("Empfehlungen", "Polecamy", "מומלצים"), told by two links or more to other pages'
    headlines. A subhead over a picture or an embedded post stays."""
    if any(p not in (SKIPPED, DROPPED) for p in out[start + 1 :]) or out[start] in (
        SKIPPED,
        DROPPED,
    ):
        return False
    heading = _first_heading(block)
    if heading is None or clean(heading.text_content()) != out[start]:
        return False
    teasers = 0
    for a in block.iter("a"):
        href = a.get("href") or ""
        if not href or href.startswith("#"):
            continue
        if (
            next(a.iter(*HEADING_TAGS), None) is not None
            or len(clean(a.text_content())) >= TEASER_HEADLINE
        ):
            teasers += 1
            if teasers >= TEASER_LINKS:
                return True
    return False


def _flush(
    buf: list[str],
    out: list[str],
    block: HtmlElement | None = None,
    skipped: tuple[set[HtmlElement], set[HtmlElement]] = (set(), set()),
) -> None:
    raw = "".join(buf)
    buf.clear()
    # searched in C; most lines hold no link. A line may end or start a link whose other
    # end is in another line: a link wrapping blocks (a teaser's picture, its headline)
    linked = LINK_OPEN in raw or LINK_CLOSE in raw
    text = clean(_unmarked_links(raw) if linked else raw)
    if not text:
        return
    # a network's name or "Back to home" set as a heading of its own: the story's subhead
    subhead = (
        block is not None
        and block.tag in HEADING_TAGS
        and (is_share_target(text) or (not linked and is_back_line(text)))
    )
    if (
        (
            is_stock_line(text)
            and not subhead
            # a list's item or a subhead ("<h2>9 von 10</h2>" over a ranking's entry) is
            # no slideshow's counter
            and not (
                block is not None
                and (block.tag == "li" or block.tag in HEADING_TAGS)
                and is_bare_count(text)
            )
            and not (out and is_card_photo_line(text, out[-1]))
            and not (block is not None and block.tag in TABLE_CELLS and _is_figure(text))
        )
        or (block is not None and is_title_line(text) and _after_read_also(block))
        or (
            block is not None
            and block.tag not in HEADING_TAGS
            and is_read_also_label(text)
            and _before_titles(block)
        )
        or _ends_with_picture_credit(text)
        or _is_group_caption(text)
    ):
        if block is not None and out and _credits_caption(block, text, out[-1]):
            out[-1] = DROPPED  # the picture's caption, set in a block of its own above
        out.append(DROPPED)
        return
    if linked and _links_row(raw):
        _drop_related_heading(out, block)
        out.append(DROPPED)  # a breadcrumb: links with only marks between
        return
    if block is None and linked and _is_promo_line(text, _LINKED.findall(raw)):
        _drop_related_heading(out, block)
        out.append(DROPPED)  # a line of <br>-broken text: "Les også: <link>", a lone link
        return
    if block is not None and _wrapped_in_link(block):
        _drop_related_heading(out, block)
        out.append(DROPPED)  # "<a href><p>Other story</p></a>": all its text is the link's
        return
    if block is not None and next(block.iter("a"), None) is not None:
        limit = 0.6 if block.tag == "li" else 0.9  # link-only lines are "read this too" promos
        # the line's own links: a block broken by <br>s ends with its last line only, and the
        # block's other lines' links are not this line's
        line = _line_link_chars(raw) if linked else 0
        density = min(line, _kept_links(block, *skipped)) / len(text) if line else 0.0
        if (
            density > limit
            or _is_labelled_link(block, text)
            or _ARROW_PROMO.match(text)
            or _is_labelled_links(block, text)
        ):
            _drop_related_heading(out, block)
            out.append(DROPPED)
            return
    if block is not None and _all_italic(block, text):
        text = ITALIC + text
    out.append(QUOTED + text if block is not None and _in_quote(block) else text)


RELATED_HEADING_LINE = 80  # characters of a related block's heading ("Mehr zum Thema X")


def _drop_related_heading(out: list[str], block: HtmlElement | None) -> None:
    """A related block's heading naming its topic ("Mehr zum Thema Bibliothek", "More on
    libraries") over the link line just dropped, pictures between at most: the block's, set
    as loose lines in the story's column, with one link or a few. (Its stock words alone,
    "Mehr zum Thema", went as a stock line; at the story's end the furniture tail took it.)
    A subhead over the story's own lines is followed by text, not by a dropped link line;
    over a line naming the story's source ("More on the audit" over the report's PDF, another
    site's page) it stays: a related block links the site's own pieces."""
    i = len(out) - 1
    while i >= 0 and out[i] == SKIPPED:
        i -= 1
    if i < 0 or out[i] == DROPPED:
        return
    line = out[i]
    if len(line) > RELATED_HEADING_LINE or line.endswith(_STOP) or not _recirc_heading(line):
        return
    # asked last: the page's canonical host is a search of the whole tree, and most dropped
    # link lines have no related heading above them
    if block is None or not _cites_a_source(block):
        out[i] = DROPPED


_DOCUMENT = _compile(r"\.(?:pdf|docx?|xlsx?|odt|ods|csv|pptx?)$", re.I)


def _cites_a_source(block: HtmlElement) -> bool:
    """Whether a link of the line leads to a document or to another site than the page's
    canonical one (read only here, on the rare line under a related block's heading)."""
    own = _site_host(block)
    for a in block.iter("a"):
        parts = split_url(a.get("href") or "")  # "http://[::1": no parts, no address
        host = (parts.hostname or "").removeprefix("www.")
        if _DOCUMENT.search(parts.path):
            return True
        if own and host and host != own and not host.endswith("." + own):
            return True
    return False


def _site_host(el: HtmlElement) -> str:
    """The page's host from its canonical link or og:url, without "www."; "" if it names none."""
    for href in el.getroottree().xpath(
        "//link[@rel='canonical']/@href|//meta[@property='og:url']/@content"
    ):
        if host := split_url(str(href)).hostname:
            return host.removeprefix("www.")
    return ""


LINK_WRAP_LEVELS = 3  # from a block up to a link wrapping it (a > div > p)


def _wrapped_in_link(block: HtmlElement) -> bool:
    """A block inside a link to another page that reads as a teaser (`_is_teaser_link`):
    HTML5 lets a link wrap blocks ("<a href><p>Title</p></a>"), and the walk marks no link
    around a block."""
    node = block.getparent()
    for _ in range(LINK_WRAP_LEVELS):
        if node is None:
            return False
        if node.tag == "a":
            return _is_teaser_link(node)
        node = node.getparent()
    return False


def _is_teaser_link(a: HtmlElement) -> bool:
    """A link wrapping blocks alone, a card's text at most, a title in it (a heading, or a
    title line first): another piece's teaser. A link left open before the story's blocks
    (libxml2 nests them in it) opens with its own words; a sentence in a link (a cited
    report, a quoted post) is the story's; a link to a picture file wraps the story's own
    picture and caption."""
    href = (a.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:")) or _PICTURE_FILE.search(href):
        return False
    if (a.text or "").strip() or any((c.tail or "").strip() for c in a):
        return False
    if len(clean(a.text_content())) > CARD_TEXT:
        return False
    if next(a.iter(*HEADING_TAGS), None) is not None:
        return True
    first = next((t for c in a if isinstance(c.tag, str) and (t := clean(c.text_content()))), "")
    return is_title_line(first)


READ_ALSO_TITLES = 3  # titles under one "Lesen Sie auch:" label, a block each
TITLE_BLOCKS = ("p", "li")  # a subhead after a label stays: a teaser may have stood between


def _after_read_also(block: HtmlElement) -> bool:
    """A title set in a paragraph or list item of its own under a promo's label alone ("<p>Lesen
    Sie auch:</p><p>Title</p>", "<h3>Related</h3><ul><li>Title</li>..."), its link gone: the
    label, and up to three titles in blocks like it before this one (a list's items, then the
    list). Another block between them (a teaser box the walk skipped) ends the search. More
    than three titles in the run (a list of books, five short lines) are no promo's: all stay."""
    if not (
        block.tag in TITLE_BLOCKS
        or _heading_run(block)
        or (block.tag == "div" and (box := block.getparent()) is not None and _titles_box(box))
    ):
        return False
    node = block
    for _ in range(READ_ALSO_TITLES + 1):
        prev = _element_before(node)
        if prev is None:
            parent = node.getparent()
            if parent is None:
                return False
            if not (parent.tag in ("ul", "ol") and node.tag == "li") and not _titles_box(parent):
                return False
            node = parent  # the list's or box's first item: the label stands before it
            continue
        label = clean(prev.text_content())
        if is_read_also_label(label):
            # under "Saiba mais" an unlinked item is the story's own (its linked ones went),
            # unless the page links the same title elsewhere: another piece's, its link lost
            if (
                is_more_info_label(label)
                and next(block.iter("a"), None) is None
                and not _linked_elsewhere(block)
            ):
                return False
            return _titles_from(block, READ_ALSO_TITLES) <= READ_ALSO_TITLES
        if prev.tag != block.tag or not label or not is_title_line(label):
            return False
        node = prev
    return False


# words of another piece's title: a tag's or a section's link names a place, an event or a
# body in fewer ("Teatro Guaíra", "Feira do Livro", "Prefeitura de São Paulo")
LINKED_TITLE_WORDS = 5


def _linked_elsewhere(block: HtmlElement) -> bool:
    """The block's text is a link's whole text somewhere on the page (a "most read" list, a
    teaser): another page's title. Asked only of a line under a "Saiba mais" label."""
    key = _norm(clean(block.text_content()))
    if len(key.split()) < LINKED_TITLE_WORDS:
        return False  # the story's own item may share a tag's name
    root = block.getroottree().getroot()
    return any(
        (href := (a.get("href") or "").strip())
        and not href.startswith(("#", "javascript:"))
        and _norm(clean(a.text_content())) == key
        for a in root.iter("a")
    )


def _heading_run(block: HtmlElement) -> bool:
    """A heading among two or three of the same level in a row, each a title: other pieces'
    titles set as headings. A story's subhead has its paragraphs after it."""
    if block.tag not in HEADING_TAGS:
        return False
    run = [block]
    for step in (_element_before, _element_after):
        node = step(block)
        while node is not None and node.tag == block.tag and len(run) <= READ_ALSO_TITLES:
            run.append(node)
            node = step(node)
    texts = [clean(h.text_content()) for h in run]
    return (
        2 <= len(run) <= READ_ALSO_TITLES
        and all(is_title_line(t) for t in texts)
        and not any(_ENTRY_STAMP.match(t) for t in texts)
    )


# A live blog's entry set flat as headings: its time ("11:58", "11.58 Uhr") over its title.
# Another piece's title opens with no clock.
_ENTRY_STAMP = _compile(r"^\W*\d{1,2}[:.h]\d\d(?!\d)")


def _titles_box(box: HtmlElement) -> bool:
    """A plain block holding only one to three title lines in blocks of their own (a promo's
    box after its label): a story's text block holds paragraphs."""
    if box.tag not in ("div", "section") or (box.text or "").strip():
        return False
    items = [c for c in box if isinstance(c.tag, str)]
    return (
        0 < len(items) <= READ_ALSO_TITLES
        and all(_title_block(c) and not (c.tail or "").strip() for c in items)
        and all((t := clean(c.text_content())) and is_title_line(t) for c in items)
    )


def _title_block(el: HtmlElement) -> bool:
    """A paragraph or item, or a <div> holding text only (a box's title line)."""
    return el.tag in TITLE_BLOCKS or (
        el.tag == "div" and not any(isinstance(c.tag, str) for c in el)
    )


def _element_before(node: HtmlElement) -> HtmlElement | None:
    prev = node.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()  # a comment between the blocks
    return prev


def _element_after(node: HtmlElement) -> HtmlElement | None:
    nxt = node.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt


def _titles_from(block: HtmlElement, most: int, *, facts_too: bool = False) -> int:
    """How many title lines in blocks like `block` stand from it on, counted up to `most` + 1
    (the label's whole run: the titles before it are titles too). A service fact in the run
    after it ("Eintritt: 12 Euro") makes the run the story's own box: past `most`; with
    `facts_too` it counts as a title line ("Saiba mais" goes over its facts, which stay)."""
    node: HtmlElement | None = block
    run = 0
    while node is not None and node.tag == block.tag and run <= most:
        text = clean(node.text_content())
        if not text or not (is_title_line(text) or (facts_too and is_fact_line(text))):
            if is_fact_line(text):
                return most + 1  # "Entrada gratuita" over "Horario: 10 a 18 h"
            break
        run += 1
        node = _element_after(node)
    before = block
    while (prev := _element_before(before)) is not None and prev.tag == block.tag:
        text = clean(prev.text_content())
        # the label set in a block like its titles ("<p>Leia também</p><p>..</p>") is no title
        if not text or not is_title_line(text) or is_read_also_label(text) or run > most:
            break
        run += 1
        before = prev
    return run


def _before_titles(block: HtmlElement) -> bool:
    """A promo's label alone ("Read also:", "Voir aussi") over one to three titles in blocks
    of their own, their links gone: it goes with them."""
    nxt = _element_after(block)
    if nxt is not None and nxt.tag == "a" and len(nxt) and _wrapped_in_link(nxt[0]):
        return True  # titles in blocks the links wrap go as links
    if nxt is not None and nxt.tag in ("ul", "ol"):
        nxt = next((li for li in nxt if li.tag == "li"), None)
    elif nxt is not None and _titles_box(nxt):
        nxt = next(c for c in nxt if isinstance(c.tag, str))
        if nxt.tag == "div":
            return True  # the box's lines are all titles
    if nxt is None or (nxt.tag not in TITLE_BLOCKS and not _heading_run(nxt)):
        return False
    text = clean(nxt.text_content())
    # under "Saiba mais" the story's unlinked items stay (`_after_read_also`), facts or not:
    # the label goes over them as over titles
    facts_too = is_more_info_label(clean(block.text_content()))
    if not text or not (is_title_line(text) or (facts_too and is_fact_line(text))):
        return False
    return _titles_from(nxt, READ_ALSO_TITLES, facts_too=facts_too) <= READ_ALSO_TITLES


TABLE_CELLS = ("td", "th")
_FIGURE = _compile(r"^[-+−–(]?\d[\d.,:' ]*\s*%?\)?$")  # "2024", "12,5 %", "3:1", "(4)"


def _is_figure(text: str) -> bool:
    """A table cell's number ("2024", "12,5 %", "3:1"): the table's figures, not a counter or
    an ornament (a line without a letter that `is_stock_line` drops elsewhere)."""
    return len(text) <= TABLE_FIGURE and _FIGURE.match(text) is not None


TABLE_FIGURE = 20  # characters of a cell's number


CREDITED_CAPTION_MAX = 300  # characters: a caption and its credit, not a paragraph
# A line ending with a picture's credit ("... in Kyiv. Foto: Jane Doe/AP", "(Photo: Reuters)"):
# a caption set without caption markup (the answers hold captions on no page).
PICTURE_CREDIT_END = _compile(
    r"(?:^|[\s.(|\u2013\u3002-])(?:(?:photos?|fotos?|bild|image|picture|pic|billede|kuva|zdj[eę]cie"
    r"|symbolbild|symbolfoto|archivbild|archivfoto|titelbild|bildquelle|bildrechte|fotoquelle"
    # the credit's label in more languages of unseen sites ("Fotografia" not: a film card's
    # "Regia: ... . Fotografia: ..." line is the card's)
    r"|ảnh|fotó|fotoğraf|φωτογραφία|снимка|фото|写真|撮影|사진|图片|圖片|图片来源|圖片來源|摄影|攝影"
    r"|صورة|تصوير|צילום|फोटो|ภาพ)\s*[:：]|fot\."
    # words of their own too (a loan, a contest's category): a name after them
    r"|(?:photograph|cr[ée]dito)\s*[:：](?!\s*(?-i:[a-zà-ÿ])))\s*[^.!?。:：]{2,60}\)?\s*$",
    re.I,
)
# A credit without its label: a picture agency and names after a slash ("... IMAGO/Sven
# Simon", "APA/HANS KLAUS TECHT"), or the copyright sign and a holder ("© Stadt Beispielburg"):
# capitalised names only ("APA/Austria Presse Agentur in Wien" is a sentence's end).
_CREDIT_NAMES = (
    r"(?:(?:[A-ZÄÖÜ][\w'’-]*(?:\.[\w'’-]+)*|(?i:dpa|afp|epa|apa|sda|ddp|ap)|[|/&])\s*){1,6}"
)
UNLABELLED_CREDIT_END = _compile(
    r"(?:^|[\s.(|\u2013-])(?i:imago(?: images)?|picture[ -]alliance|keystone|getty images|dpa|apa"
    r"|afp|epa|reuters|ap photo|sda|ddp|action press|pap|čtk|tasr|bns|elta|lusa|efe|ansa|tass)"
    rf"\s*/\s*{_CREDIT_NAMES}\)?$"
    rf"|(?:^|\s)©\s*{_CREDIT_NAMES}\)?$"
)


def _ends_with_picture_credit(text: str) -> bool:
    if len(text) > CREDITED_CAPTION_MAX:
        return False
    tail = text[-CREDIT_TAIL:]  # the credit ends the line: most lines have no colon there
    if (":" in tail or "\uff1a" in tail or "fot." in tail.casefold()) and PICTURE_CREDIT_END.search(
        tail
    ):
        return True
    tail = tail.rstrip()
    if not ("/" in tail or "©" in tail) or tail.endswith((".", "!", "?")):
        return False  # an unlabelled credit's names end the line without a stop
    return bool(UNLABELLED_CREDIT_END.search(tail))


def _credits_caption(block: HtmlElement, text: str, before: str) -> bool:
    """A bare picture credit ("Foto: dpa") under a caption-short line in the block before it,
    a picture before that ("<img><p>Caption</p><p>Foto: dpa</p>"): the line is the caption.
    Without the picture it may be the story's last sentence before another picture's credit."""
    m = PICTURE_CREDIT_END.search(text)
    if m is None or m.start() != 0 or len(before) > CAPTION_MAX or before[:1] < " ":
        return False  # a marker or a quote's line
    caption = _element_before(block)
    whole = clean(block.text_content())
    if whole != text:
        # caption and credit in one block, a <br> between ("<p>Caption<br>Foto: dpa</p>")
        if not whole.startswith(before) or next(block.iter("br"), None) is None:
            return False
        caption = block
    elif not (
        caption is not None
        and caption.tag in TITLE_BLOCKS
        and clean(caption.text_content()) == before
    ):
        return False
    picture = _element_before(caption)
    if picture is None or not _is_picture_block(picture):
        return False
    after = _element_after(block)
    if (
        after is not None
        and _is_picture_block(after)
        and not _credited_under(after)
        and _credited_above(picture)
    ):
        return False  # the next picture's credit, set above it: the line is the story's
    # a credit closing the story, the picture among its paragraphs, credits all its pictures
    # ("Fotos: Kulturverein" as a blog's last line): the line above is the story's last one
    return after is not None or _element_before(picture) is None


def _is_picture_block(el: HtmlElement) -> bool:
    """A picture, bare or alone in a paragraph of its own ("<p><img></p>")."""
    return _is_picture(el) or (
        el.tag == "p"
        and not el.text_content().strip()
        and any(_is_picture(c) for c in el if isinstance(c.tag, str))
    )


def _credited_under(picture: HtmlElement) -> bool:
    """A credit in one of the two blocks under the picture (alone, or after its caption): the
    page sets its credits under its pictures, not above them."""
    node = _element_after(picture)
    for _ in range(2):
        if node is None:
            return False
        if _ends_with_picture_credit(clean(node.text_content())):
            return True
        node = _element_after(node)
    return False


def _credited_above(picture: HtmlElement) -> bool:
    """A bare credit right above the picture, and no picture in the two blocks over that
    credit unless it too has its credit above it (one credited under would own it): the page
    sets its credits above. Without that a credit between two pictures is as much the first
    one's, the last one uncredited (a chart, a logo), as most pages set them."""
    node: HtmlElement | None = picture
    while node is not None:
        credit = _element_before(node)
        if credit is None or _is_picture_block(credit):
            return False
        m = PICTURE_CREDIT_END.search(clean(credit.text_content()))
        if m is None or m.start() != 0:
            return False
        node = _element_before(credit)
        if node is not None and not _is_picture_block(node):
            node = _element_before(node)  # a line under the picture before, or the story's
        if node is not None and not _is_picture_block(node):
            return True
    return True


CREDIT_TAIL = 80  # characters: the credit's label, colon and up to 60 characters of names
# A group picture's caption naming people left to right, as German captions mark it
# ("(v.l.n.r.)", "Von links:", "(von li nach re)"); English "(from left)", "L-R:" too; and a
# caption opening with the picture ("Pictured right, ...", "Im Bild: ...").
GROUP_CAPTION = _compile(
    r"\((?:v\.\s?l\.(?:\s?n\.\s?r\.)?|von l(?:inks|i\.?)(?: nach r(?:echts|e\.?))?"
    r"|li\.? nach re\.?|from left|l-r|left to right)\)",
    re.I,
)
GROUP_CAPTION_START = _compile(
    r"(?:v\.\s?l\.(?:\s?n\.\s?r\.)?|von links(?: nach rechts)?|from left|l-r|left to right)\s*:"
    # a caption opening with the picture ("Pictured right, ...", "Im Bild: ...")
    r"|pictured(?: (?:left|right|above|below|top|bottom|here))?\s*[:,-]"
    r"|(?:im|auf dem|unser) bild\s*:"
    # a gallery's caption under its counter ("1 of 12 | Voters line up ...")
    r"|\d{1,3}\s*(?:of|von|de|di|z|из|/)\s*\d{1,3}\s*[|｜]",
    re.I,
)


def _is_group_caption(text: str) -> bool:
    """A line of up to 300 characters naming the people of a picture left to right, or
    opening with the picture."""
    if len(text) > CREDITED_CAPTION_MAX:
        return False
    return bool(GROUP_CAPTION_START.match(text) or ("(" in text and GROUP_CAPTION.search(text)))


def _links_row(raw: str) -> bool:
    """Two links or more with nothing but marks between them (a breadcrumb or a row of
    section links set inside the text: "Startseite > Region > See", "Politik | Kultur")."""
    if raw.count(LINK_OPEN) < 2:
        return False
    return not _WORD_CHAR.search(_LINKED.sub("", raw))


_WORD_CHAR = _compile(r"[^\W_]")


def _is_promo_line(text: str, linked: list[str]) -> bool:
    """A line that is no block of its own (text broken by <br>s) read as a block is:
    only links, or a label and one link ("Les også: <link>"), or an arrow and a link."""
    links = [t for t in (clean(x) for x in linked) if t]
    if not links:
        return False
    if sum(len(t) for t in links) / len(text) > LINE_LINK_SHARE or _ARROW_PROMO.match(text):
        return True
    if len(links) != 1 or not text.endswith(links[0]):
        return False
    label = text[: len(text) - len(links[0])].rstrip()
    if not 0 < len(label) <= PROMO_LABEL:
        return False
    return label.endswith(PROMO_LABEL_ENDS) or _recirc_heading(label)


# Marks around a link's text in the walk's buffer, so a line without a block of its own
# knows its links; never text.
LINK_OPEN, LINK_CLOSE = "\x03", "\x04"
_LINKED = _compile(f"{LINK_OPEN}([^{LINK_CLOSE}]*){LINK_CLOSE}")


_MARKS = _compile(f"([{LINK_OPEN}{LINK_CLOSE}])")


def _line_link_chars(raw: str) -> int:
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


def _unmarked_links(raw: str) -> str:
    return raw.replace(LINK_OPEN, "").replace(LINK_CLOSE, "")  # str.translate: 10 times slower


LINE_LINK_SHARE = 0.9  # of a line's text in links: a "read this too" promo, as for a block

# A line opening with an arrow and holding a link: a promo for another page in any language
# (">> Hier finden Sie alle Termine", "► Mehr zum Thema", "→ Read the report").
_ARROW_PROMO = _compile(r"^(?:>>|[►▶→➤⇒▸]|»\s)\s*\S.{0,200}$")
SKIPPED, DROPPED = "\x00skipped", "\x00dropped"  # marks in the walk's output, never text
HEADLINE = "\x00headline"  # where the walk passed an <h1>
QUOTED = "\x01"  # opens a paragraph set in a <blockquote>, until pull quotes are found
ITALIC = "\x02"  # opens a paragraph set wholly in italics, until end notes are found
QUOTE_LEVELS = 5  # a pull quote's lines sit a few boxes deep in its <blockquote>


def _all_italic(block: HtmlElement, text: str) -> bool:
    """A paragraph set wholly in one <em>/<i> ("<p><em>Jane Doe reports for ...</em></p>")."""
    if len(block) != 1 or block[0].tag not in ("em", "i"):
        return False
    if (block.text or "").strip() or (block[0].tail or "").strip():
        return False
    return clean(block[0].text_content()) == text


# A class naming a quote ("pullquote", "quote-box", "c-pull-quote", "zitat", "cita"): a pull
# quote set in a <p> or <div>, not a <blockquote>. Only a candidate: `_without_pull_quotes`
# drops it where a longer paragraph says its words already.
_QUOTE_CLASS = _compile(r"quote|zitat|citation|citaat|cytat|(?:^|[\s_-])cita(?:$|[\s_-])", re.I)


def _quote_classed(cls: str) -> bool:
    """`_QUOTE_CLASS.search(cls)`, without the pattern for an ASCII class naming no quote:
    each of its words holds "quot", "zitat", "cita" or "cytat", and most classes (a page's
    every block is asked, up to `QUOTE_LEVELS` boxes up) hold none, which `in` finds at once;
    the pattern tries each word at every position of a utility-class list 100 characters long
    (~40 us)."""
    if cls.isascii():
        low = cls.lower()
        if "quot" not in low and "zitat" not in low and "cita" not in low and "cytat" not in low:
            return False
    return _QUOTE_CLASS.search(cls) is not None


def _in_quote(block: HtmlElement) -> bool:
    """Set in a <blockquote>, or in a box whose class names a quote, a few levels up."""
    node: HtmlElement | None = block
    for _ in range(QUOTE_LEVELS):
        if node is None:
            return False
        if node.tag == "blockquote":
            return True
        cls = node.get("class")
        if cls and _quote_classed(cls) and _quote_sized(node):
            return True
        node = node.getparent()
    return False


QUOTE_BOX_MAX = 600  # characters of a pull quote's box: the quote and its source


def _quote_sized(box: HtmlElement) -> bool:
    """A box a pull quote's size, not the story's: WordPress names a post by its tags and
    format ("tag-quotes", "format-quote"), and its every paragraph is no pull quote."""
    size = 0
    for piece in box.itertext():  # stops early in a story's box: it is read per paragraph
        size += len(piece)
        if size > QUOTE_BOX_MAX:
            return False
    return True


def _kept_links(block: HtmlElement, excluded: set[HtmlElement], keep: set[HtmlElement]) -> int:
    """Characters of the block's link text that the walk kept: a teaser box the parser left
    inside a paragraph ("<p>text<section>Trending: links</section></p>", invalid markup
    libxml2 keeps nested) was skipped, and its links must not make the paragraph a promo."""
    total = 0
    for a in block.iter("a"):
        if not _leads_away(a):
            continue
        inside_skipped = False
        for anc in a.iterancestors():
            if anc is block:
                break
            if _skipped(anc, excluded, keep):
                inside_skipped = True
                break
        if not inside_skipped:
            total += len(clean(a.text_content()))
    return total


def _leads_away(a: HtmlElement) -> bool:
    return a.get("href") is not None


def _is_labelled_link(block: HtmlElement, text: str) -> bool:
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


def _is_labelled_links(block: HtmlElement, text: str) -> bool:
    """A label ending with a colon over a row of links: a tag list ("Themen: <a>Stadtrat</a>
    <a>Markthalle</a>", "Tagi:", "Témata:") or promos ("Lesen Sie auch: <a>..</a> und <a>..</a>"),
    in any language; a credit for the reporting ("Mitarbeit: <a>Jana Beispiel</a>, ...") stays."""
    links = [t for t in (clean(a.text_content()) for a in block.iter("a") if _leads_away(a)) if t]
    if len(links) < 2:
        return False
    at = text.find(links[0])
    label = text[:at].rstrip()
    if not 0 < len(label) <= PROMO_LABEL:
        return False
    if not label.endswith((":", "\uff1a")) and not TAG_LABEL.fullmatch(label):
        return False  # a tag list's label may stand without a colon ("Sujets <a>Culture</a>")
    if _CONTRIBUTION.search(label):
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
    return _recirc_heading(label)
