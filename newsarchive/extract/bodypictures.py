"""Pictures in the text: implicit figures, icons, captions and picture credits."""

from __future__ import annotations

import itertools
import re

from lxml.html import HtmlElement

from newsarchive.extract.bodyblocks import TITLE_BLOCKS, element_after, element_before
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import clean
from newsarchive.numbers import ascii_digits

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


MEDIA_TAGS = ("img", "picture", "video", "audio", "iframe", "svg", "canvas", "object", "embed")


def is_quote_figure(el: HtmlElement) -> bool:
    """A quotation set as HTML5 recommends: `<figure><blockquote>` with its source in the
    `<figcaption>` (skipped) and no picture: the quote is the article's text."""
    if el.tag != "figure" or next(el.iter("blockquote"), None) is None:
        return False
    return next(el.iter(*MEDIA_TAGS), None) is None


CAPTION_MAX = 150  # characters: a caption and credit under a picture, not a paragraph
FIGURE_TAGS = frozenset({"div", "p", "span", "section"})
PICTURE_PARTS = 16  # elements in a picture's wrapper (<picture>, <source>s, <img>, links, credits)
ICON_SIZE = 60  # pixels: a smaller image is an icon or emoji inside a line of text


def is_implicit_figure(el: HtmlElement) -> bool:
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


def ends_with_picture_credit(text: str) -> bool:
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


def credits_caption(block: HtmlElement, text: str, before: str) -> bool:
    """A bare picture credit ("Foto: dpa") under a caption-short line in the block before it,
    a picture before that ("<img><p>Caption</p><p>Foto: dpa</p>"): the line is the caption.
    Without the picture it may be the story's last sentence before another picture's credit."""
    m = PICTURE_CREDIT_END.search(text)
    if m is None or m.start() != 0 or len(before) > CAPTION_MAX or before[:1] < " ":
        return False  # a marker or a quote's line
    caption = element_before(block)
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
    picture = element_before(caption)
    if picture is None or not _is_picture_block(picture):
        return False
    after = element_after(block)
    if (
        after is not None
        and _is_picture_block(after)
        and not _credited_under(after)
        and _credited_above(picture)
    ):
        return False  # the next picture's credit, set above it: the line is the story's
    # a credit closing the story, the picture among its paragraphs, credits all its pictures
    # ("Fotos: Kulturverein" as a blog's last line): the line above is the story's last one
    return after is not None or element_before(picture) is None


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
    node = element_after(picture)
    for _ in range(2):
        if node is None:
            return False
        if ends_with_picture_credit(clean(node.text_content())):
            return True
        node = element_after(node)
    return False


def _credited_above(picture: HtmlElement) -> bool:
    """A bare credit right above the picture, and no picture in the two blocks over that
    credit unless it too has its credit above it (one credited under would own it): the page
    sets its credits above. Without that a credit between two pictures is as much the first
    one's, the last one uncredited (a chart, a logo), as most pages set them."""
    node: HtmlElement | None = picture
    while node is not None:
        credit = element_before(node)
        if credit is None or _is_picture_block(credit):
            return False
        m = PICTURE_CREDIT_END.search(clean(credit.text_content()))
        if m is None or m.start() != 0:
            return False
        node = element_before(credit)
        if node is not None and not _is_picture_block(node):
            node = element_before(node)  # a line under the picture before, or the story's
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


def is_group_caption(text: str) -> bool:
    """A line of up to 300 characters naming the people of a picture left to right, or
    opening with the picture."""
    if len(text) > CREDITED_CAPTION_MAX:
        return False
    return bool(GROUP_CAPTION_START.match(text) or ("(" in text and GROUP_CAPTION.search(text)))
