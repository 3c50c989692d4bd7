"""The rights holder's name: the footer's copyright line ("© 2026 Hafenblatt Kurier GmbH.
Alle Rechte vorbehalten.") and the rights metadata, without legal form, years or the
rights reserved. Only footers are read: a caption's "© Reuters" is a picture's owner.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from lxml.html import HtmlElement

from newsarchive.extract.document import HELD_ELEMENTS, Document
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import clean
from newsarchive.extract.titlepartmarks import SEPARATOR

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


# "© 2026 Hafenblatt Kurier GmbH. Alle Rechte vorbehalten.": the name after the mark and
# the years, up to a stop, a comma, a bar or a legal form
_COPYRIGHT = _compile(
    r"(?:[©ⓒ]|\(c\)|copyright)(?:\s*(?:[©ⓒ]|copyright))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?P<name>[^\W\d][^.,|©\n]{1,60})",
    re.IGNORECASE,
)
_LEGAL_FORM = _compile(
    r"(?!(?<=\s)\s)(?:\s+(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|KG|Ltd\.?|Limited|Inc\.?|LLC|PLC|S\.?A\.?|S\.?L\.?"
    r"|S\.?p\.?A\.?|SAS|SARL|B\.?V\.?|N\.?V\.?|ASA?|AB|Oyj?|A/S|ApS|Corp\.?|Corporation)\b.*$"
    r"|\s*(?:株式会社|\(株\)|\(주\)|㈜).*$)"
)
_RIGHTS_WORDS = _compile(
    r"(?i)(?!(?<=\s)\s)(?:^|\s+)"
    r"(?:all rights|alle rechte|tous droits|todos los derechos|tutti i diritti).*$"
)
MAX_COPYRIGHT_WORDS = 5
MAX_COPYRIGHT_LINES = 3
# where a copyright line may start: found with str.find, the regex run from the first (a
# footer's whole text is long)
_COPYRIGHT_MARKS = ("©", "ⓒ", "(c)", "(C)", "Copyright", "copyright", "COPYRIGHT")


def copyright_names(doc: Document) -> list[str]:
    """The publisher's name in the footer's copyright line, where sites print it whole,
    and in the metadata that state the rights holder (`_RIGHTS_META`).

    Only footers are read (a caption's "© Reuters" is a picture's owner): <footer>
    elements, and where they name no one (none, or only an article's own of tags), the
    blocks a CMS names a footer or a copyright line instead (`_footer_blocks`); the line's
    legal form ("GmbH", "Ltd", "株式会社") and the rights reserved go."""
    found = [n for v in doc.all_meta(*_RIGHTS_META) if (n := _rights_name(v))]
    footers = doc.elements("footer")[:MAX_FOOTERS]
    lines = [n for footer in footers for n in _footer_names(footer)]
    # (an article's own <footer> of tags beside a site footer that is a <div>)
    lines = lines or [n for block in _footer_blocks(doc) for n in _footer_names(block)]
    return found + [n for n in dict.fromkeys(lines) if n not in found]


def _footer_names(footer: HtmlElement) -> Iterator[str]:
    text = footer.text_content()
    starts = [i for mark in _COPYRIGHT_MARKS if (i := text.find(mark)) >= 0]
    if not starts:
        return
    for m in itertools.islice(_COPYRIGHT.finditer(text, min(starts)), MAX_COPYRIGHT_LINES):
        if name := _rights_name(m["name"]):
            yield name


# Metadata naming the rights holder: "copyright" ("© 2026 Hafenblatt GmbH", or the name
# alone), Dublin Core's rights and publisher fields, a pinned site's tooltip (Internet
# Explorer's, still left in many CMS templates)
_RIGHTS_META = ("copyright", "dc.rights", "dcterms.rights", "dcterms.rightsholder",
                "dcterms.publisher", "msapplication-tooltip")  # fmt: skip
MAX_FOOTERS = 8
FOOTER_WINDOW = 250  # the page's last elements: where its footer sits


def _named_footer(name: str | None) -> bool:
    """A class or id naming a footer or a copyright line ("site-footer", "footerBottom",
    "pageFooter", "copyright")."""
    return name is not None and ("ooter" in name or "opyright" in name)


# a block named so that names a picture's credit is a caption's


_CREDIT_CLASS = _compile(r"(?i)caption|credit|image|img|photo|foto|bild|picture|media")


def _footer_blocks(doc: Document) -> list[HtmlElement]:
    """The outermost blocks among the page's last elements (`FOOTER_WINDOW`) named a footer
    or a copyright line, outside figures and captions, in document order. (An XPath over
    every class attribute took 0.8 ms a page; the footer sits at the end.) A page of more
    elements than `Document.held` holds is not walked for them."""
    if not 0 < len(doc.held) < HELD_ELEMENTS:
        return []
    found: list[HtmlElement] = []
    for el in itertools.islice(reversed(doc.held), FOOTER_WINDOW):
        get = el.get
        cls, ident = get("class"), get("id")
        if not (_named_footer(cls) or _named_footer(ident) or get("role") == "contentinfo"):
            continue
        if _CREDIT_CLASS.search(f"{cls or ''} {ident or ''}"):
            continue
        if any(a.tag in ("figure", "figcaption") for a in el.iterancestors()):
            continue
        found.append(el)
    # outermost only: a footer's copyright line is read with the footer
    held = set(found)
    outer = [el for el in found if not any(a in held for a in el.iterancestors())]
    return outer[::-1][:MAX_FOOTERS]


def _rights_name(text: str) -> str | None:
    """The holder's name of a copyright line's rest: the first part, without legal form,
    rights words or the years before it."""
    name = SEPARATOR.split(clean(text))[0]
    name = _COPYRIGHT_OPENING.sub("", name)
    name = _RIGHTS_WORDS.sub("", _LEGAL_FORM.sub("", name))
    name = name.removeprefix("by ").strip(" .,")
    return name if name and len(name.split()) <= MAX_COPYRIGHT_WORDS else None


# the mark and years a copyright meta's content may open with ("© 2026 Hafenblatt")
_COPYRIGHT_OPENING = _compile(
    r"^(?:(?:[©ⓒ]|\(c\)|copyright)\s*)*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:[©ⓒ]\s*)?",
    re.IGNORECASE,
)
