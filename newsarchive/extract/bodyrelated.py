"""Related-story lists: boxes of links to other pieces under a heading or label.

"More from ...", "Most read" and "Mehr zum Thema" boxes, headings and labels over lists of
nothing but links, lists of headlines with a summary each; the headings of such boxes.
"""

from __future__ import annotations

import itertools
import re

from lxml.html import HtmlElement

from newsarchive.extract.bodycards import HEADING_TAGS, RECIRC_TAGS
from newsarchive.extract.bodylines import (
    DOCUMENT_FILE,
    PROMO_LABEL,
    cites_a_source,
    leads_away,
    link_density,
    recirc_heading,
    site_host,
)
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import SENTENCE_END as _STOP
from newsarchive.extract.text import clean, count_words, folded_search, width
from newsarchive.extract.urls import split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


RECIRC_HEADING_WITHIN = 6  # a block's heading comes first: only its first descendants are read


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


comments_heading = folded_search(COMMENTS_HEADING, match=True)
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


# A block's first words set as a label in one of these ("<div class=boxhead>More on ...")
_LABEL_TAGS = ("div", "span", "p", "strong")


def first_heading(el: HtmlElement) -> HtmlElement | None:
    """A box's heading: its first heading element or heading-like label, among its first
    RECIRC_HEADING_WITHIN descendants (the comments', a summary's, a related list's)."""
    # (a loop, each descendant's tag and text read once: asked of every block the walk
    # meets and of the paragraphs' every ancestor)
    for d in itertools.islice(el.iterdescendants(), RECIRC_HEADING_WITHIN):
        tag = d.tag
        if tag in HEADING_TAGS:
            return d
        if tag in _LABEL_TAGS:
            text = d.text
            if text and text.strip():
                return d
    return None


def is_recirculation(el: HtmlElement) -> bool:
    """A block headed "More from ...", "Related stories", "Most read" and made of links.

    Teaser grids often carry neutral classes ("collections", "row"); their heading
    says what they are. The links test keeps an article section whose subhead
    happens to start the same way. Runs for every block the walk meets, so only a
    block's first few descendants are read for the heading.
    """
    if el.tag not in RECIRC_TAGS:
        return False
    heading = first_heading(el)
    if heading is None:
        return False
    label = clean(heading.text_content())
    if comments_heading(label):
        return True  # the readers' comments, with or without links
    if POLL_HEADING.match(label) and _is_poll(el):
        return True  # a readers' poll: its question and answers are no story
    if AUTHOR_BOX_HEADING.match(label) or (
        FACTBOX_HEADING.match(label) and len(el.text_content()) <= FACTBOX_MAX
    ):
        # the writer's bio, or a fact box beside the text: the answers leave them out; a block
        # holding the box and story sentences beside it is no box (the walk leaves the box
        # out inside it). (A comments section's posts beside its heading's box are its own.)
        return not _story_beside_box(el, heading, AUTHOR_BOX_HEADING.match(label) is not None)
    links = el.findall(".//a")
    if len(links) < 2:
        return recirc_heading(label) and headline_lines(heading)
    if not recirc_heading(label):
        return _heading_over_links(el, heading, label)
    text = clean(el.text_content())
    return link_density(el, len(text)) >= RECIRC_LINK_SHARE


# lines under a box's heading (a subtitle beside it in a wrapper of their own is one)
BOX_LINES = 2
_BOX_LINE_TAGS = ("p", "li", "dt", "dd", "tr")
# A readers' poll's heading ("Umfrage", "Poll", "Sondage", "Encuesta", "Ankieta", "Опрос").
POLL_HEADING = _compile(
    r"^\W*(?:(?:(?:reader|readers'?|quick|daily|our) )?(?:poll|vote)(?: of the (?:day|week))?"
    r"|(?:leser)?umfrage(?: des tages| der woche)?|abstimmung|sondage(?: du jour)?|encuesta"
    r"|sondaggio|enquete|peiling|ankieta|sonda|omröstning|avstemning|afstemning|anket"
    r"|опрос|kysely|szavazás)\W*$",
    re.I,
)
POLL_MAX = 600  # characters of a poll's heading, question and answers; a story's section is more
# what a poll's button says, as a line of its own
_VOTE_LINE = _compile(
    r"^\W*(?:vote|vote now|submit|abstimmen|jetzt abstimmen|voter|votez|votar|vota|votare"
    r"|stemmen|stem|rösta|stem nå|głosuj|hlasovat|oy ver|голосовать|äänestä)\W*$",
    re.I,
)


def _is_poll(el: HtmlElement) -> bool:
    """A poll's box: short, a question in it, and a control to answer (a radio button, a
    button, a "Vote" line). A story's section under the same subhead ("Umfrage" over an
    institute's figures) has no control, and a list of results is the story's."""
    text = el.text_content()
    if len(text) > POLL_MAX or "?" not in text:
        return False
    # the answers' controls: a radio or check box, a drop-down, or buttons for two answers
    # at least ("Ja" / "Nein"); a story's section has one button of its own at most (a
    # figure's "Vergrößern", a chart's "Show chart")
    if any(i.get("type", "").lower() in _ANSWER_INPUTS for i in el.iter("input")):
        return True
    if next(el.iter("select"), None) is not None or sum(1 for _ in el.iter("button")) >= 2:
        return True
    return any(
        _VOTE_LINE.match(d.text_content())
        for d in el.iter("p", "div", "span", "a", "li", "button", "label")
    )


_ANSWER_INPUTS = frozenset({"radio", "checkbox"})


STORY_SENTENCE_WORDS = 5  # a story's sentence; "Källa: SCB." under a fact box is its credit


def _story_beside_box(el: HtmlElement, heading: HtmlElement, writer: bool = False) -> bool:
    """The heading heads a box of its own inside the block (the heading and two lines or
    more), and a sentence of the story stands beside that box in the block: a wrapper the page
    set around the fact box and the story's next one or two paragraphs ("<div><div class=box>
    <h3>Fakta</h3>...</div><p>Story.</p></div>"). A heading in a wrapper of its own ("<div
    class=head><h3>Fakta</h3></div>", a subtitle beside it) heads the block itself: a line
    under such a wrapper is the box's."""
    box = heading
    parent = box.getparent()
    while parent is not None and parent is not el:
        box, parent = parent, parent.getparent()
    if parent is None or box is heading:
        return False
    lines = sum(1 for d in box.iter(*_BOX_LINE_TAGS) if d.text_content().strip())
    if lines < BOX_LINES:
        return False  # the heading's own wrapper (a subtitle at most): the block is the box
    texts = [el.text, *(c.tail for c in el), *(c.text_content() for c in el if c is not box)]
    names = _box_names(box) if writer else set()
    return any(
        _story_sentence(line) and not names.intersection(_words(line))
        for t in texts
        if t and (line := clean(t))
    )


def _words(line: str) -> set[str]:
    """A line's words without their punctuation or a possessive ("Doe's," is "Doe")."""
    return {w.split("'")[0].split("’")[0].strip(_PUNCT) for w in line.split()}


_PUNCT = ".,;:!?()[]«»„“”\"'’"


def _box_names(box: HtmlElement) -> set[str]:
    """The last word of the writer's name in a writer's box (a short line: "Jane Doe"): a
    sentence beside the box naming them is the bio's ("<div class=head><h3>About the
    author</h3><p>Jane Doe</p><p>Reporter</p></div><p>Jane Doe has written ...</p>"), not the
    story's."""
    names = set()
    for d in box.iter("p", "strong", "b", "span", "a"):
        words = clean(d.text_content()).split()
        if 2 <= len(words) <= NAME_WORDS and all(w[:1].isupper() for w in words):
            names.add(words[-1])
    return names


NAME_WORDS = 4  # words of a writer's name line in the box


def _story_sentence(text: str) -> bool:
    """A sentence of the story, not a box's label line or credit ("Källa: SCB.", "Quelle:
    Statistisches Landesamt.")."""
    return (
        text.endswith(_STOP)
        and count_words(text) >= STORY_SENTENCE_WORDS
        and ":" not in text[:LABEL_CHARS]
    )


LABEL_CHARS = 25  # where a label's colon stands: "Quelle:", "Fuente:", "Källa:"


LINK_LIST_SHARE = 0.9  # of a box's text below its heading in links: a list of other pages
HEADLINE_LINES_MIN = 3  # lines under a "Most read" heading that make a list of headlines
HEADLINE_LINE_MIN, HEADLINE_LINE_MAX = 25, 160  # letters' worth: a headline's length, not a
# paragraph's, nor a list's words ("Paris", "Rome" under "Most popular destinations")
HEADLINE_LINE_TAGS = frozenset({"p", "li", "div", "span", "h3", "h4", "h5", "strong", "b"})


def headline_lines(heading: HtmlElement) -> bool:
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
    away = sum(len(clean(a.text_content())) for a in el.iter("a") if leads_away(a))
    return away >= rest * LINK_LIST_SHARE


def heads_link_list(heading: HtmlElement) -> bool:
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


def labels_link_list(par: HtmlElement) -> bool:
    """A paragraph set as a heading right above a list of nothing but links to other pieces
    ("<p><strong>Zum Weiterlesen</strong></p><ul><li><a>..</a></li>..</ul>"), in any wording:
    what `heads_link_list` reads for an <h3>. A heading's shape only: short, no sentence's
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
        heads_link_list(par)
        and all(_all_linked(li) for li in nxt.iterchildren("li"))
        and not cites_a_source(nxt)
    )


def _all_linked(item: HtmlElement) -> bool:
    """A list's item that is its links' words only: the walk drops it as a promo line. An
    item with words of its own ("<a>Max Moe</a> (independent)") stays, and so its label."""
    text = len(clean(item.text_content()))
    linked = sum(len(clean(a.text_content())) for a in item.iter("a") if leads_away(a))
    return linked >= text * LINK_LIST_SHARE


def labels_broken_links(par: HtmlElement) -> bool:
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
        if DOCUMENT_FILE.search(parts.path):
            return False
        if host:
            own = own or site_host(par)
            if not own or (host != own and not host.endswith("." + own)):
                return False
    return True


BROKEN_LINKS_MIN = 2  # headlines under a label, one a line
_LETTERS = _compile(r"[^\W\d_]")


def _short_label(label: str) -> bool:
    """A label's shape: a few words, no sentence's stop (a colon may end it)."""
    return 0 < len(label) <= PROMO_LABEL and not label.endswith(_STOP) and count_words(label) <= 4


def summarised_related_list(lst: HtmlElement) -> bool:
    """A list under a related block's recognised heading ("Related", "Mehr zum Thema"),
    sibling or first in the same small box, whose items each open with a link to another
    piece of the site and add a short summary ("<li><a>Headline</a> <span>One line.</span>
    </li>"): the link share of `heads_link_list` misses it, the summaries being half the
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
    if not label or len(label) > RELATED_HEADING_LINE or not recirc_heading(label):
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


RELATED_HEADING_LINE = 80  # characters of a related block's heading ("Mehr zum Thema X")
