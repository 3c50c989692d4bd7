"""Article body: the text a reader reads, in paragraphs, without page furniture.

The container is the parent of the paragraphs carrying the most text (a
readability-style score over <p> parents and grandparents), widened to the
ancestor that holds the rest of the article when ads split it into chunks
(judged by paragraphs with the same markup, so teaser grids do not count). Inside
it, paragraphs, headings, list items and quotes are kept; figures, captions,
asides, promos, share bars, newsletter boxes and stock lines are skipped. A lead set
in the article's header, outside the container, opens the body when the page's
description repeats it.

This module is the cascade (`body_parts`: a site rule's containers or the best block, the
walk over them, the lines dropped after it, JSON-LD's or a script state's text where the
markup lost the story, the lead). The pieces live beside it, each importing only those
listed after it:

- `bodylead`: the lead set outside the container (classed, repeated by the description, plain);
- `bodystate`: JSON-LD's articleBody or a script state's story where the markup shows less;
- `bodynotices`: boxes in the text that are no story (sign-up forms, readers' comments, ads,
  consent placeholders, paywall offers, newsletter boxes, log-in calls);
- `bodycontainer`: the container: the best-scoring block, widened, in the headline's scope;
- `bodywalk`: the walk that collects a block's text into paragraphs, line by line;
- `bodypromos`: titles of other pieces under a "Read also" label, links wrapping teasers;
- `bodyskip`: which blocks the walk leaves out (furniture, embeds, screen-reader text);
- `bodyrelated`: related and most-read lists, headings over lists of links;
- `bodycards`: teaser cards and title links;
- `bodyquotes`: pull quotes and quote boxes, sources lists, end notes, writers' bios, repeats;
- `bodytaglines`: kickers, byline, agency and date-stamp lines at the text's ends, intros;
- `bodypictures`: pictures, implicit figures, captions and picture credits;
- `bodylines`: one line's links (promo lines, labelled links, link rows) and the walk's marks;
- `bodyblocks`: what a block of text is (paragraphs, running text, custom elements).
"""

from __future__ import annotations

from lxml.html import HtmlElement

from newsarchive.extract.bodyblocks import custom_tags
from newsarchive.extract.bodycontainer import find_containers
from newsarchive.extract.bodylead import classed_lead, description_lead, sentence_lead
from newsarchive.extract.bodylines import unmarked_links
from newsarchive.extract.bodynotices import comments, form_boxes, paywall_pitch
from newsarchive.extract.bodyquotes import (
    without_end_notes,
    without_pull_quotes,
    without_repeats,
    without_sources_list,
)
from newsarchive.extract.bodystate import DECLARED_KEY, prefer_jsonld, prefer_state
from newsarchive.extract.bodytaglines import without_intros, without_kicker
from newsarchive.extract.bodywalk import flush, walk
from newsarchive.extract.document import Document
from newsarchive.extract.headline import headline
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.text import word_key as _norm


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
        containers, keep = find_containers(doc, headline(doc), custom_tags(doc))
    paragraphs = _paragraphs(doc, rules, containers, keep)
    if not paragraphs and containers and not (rules and rules.body):
        # the best block held only what the walk leaves out (a grid of teaser cards):
        # the article is the best block outside it
        passed = set(containers)
        containers, keep = find_containers(doc, headline(doc), custom_tags(doc), passed)
        paragraphs = _paragraphs(doc, rules, containers, keep)
    paragraphs = without_pull_quotes(without_end_notes(without_repeats(paragraphs)))
    paragraphs = without_sources_list(paragraphs)
    markup = "\n\n".join(paragraphs)
    declared = prefer_jsonld(markup, containers, doc)
    text = prefer_state(declared, doc)
    if declared is not markup and _norm(declared)[:DECLARED_KEY] not in _norm(text):
        text = declared  # the publisher's articleBody, not a state's others' text
    lead = None if rules and rules.body else classed_lead(doc, containers, text, keep)
    if lead is None and not (rules and rules.body):
        lead = description_lead(doc, containers, text) or sentence_lead(doc, containers, text)
    return lead, text or None


def _paragraphs(
    doc: Document,
    rules: SiteRules | None,
    containers: list[HtmlElement],
    keep: set[HtmlElement],
) -> list[str]:
    """The containers' text in paragraphs, furniture and promos left out."""
    excluded = _excluded(doc, rules) | form_boxes(doc, containers, keep)
    excluded |= comments(containers, keep)
    paragraphs: list[str] = []
    for container in containers:
        # the container's own text runs before and after its children: a body of <br>-broken
        # text beside a block (a lead in a <p>) ends with a line no block closes
        lead = container.text
        buf = [lead] if lead and not paywall_pitch(lead) else []
        walk(container, paragraphs, buf, excluded, keep)
        if buf and paywall_pitch(unmarked_links("".join(buf))):
            buf.clear()  # "Jetzt weiterlesen mit ...": the pitch a <p> would hold, set bare
        flush(buf, paragraphs, block=container, skipped=(excluded, keep))
    return without_intros(without_kicker(paragraphs), containers)


def _site_containers(doc: Document, rules: SiteRules) -> list[HtmlElement]:
    assert rules.body
    found = doc.select(rules.body)
    return [el for el in found if not any(a in found for a in el.iterancestors())]


def _excluded(doc: Document, rules: SiteRules | None) -> set[HtmlElement]:
    if not rules or not rules.body_exclude:
        return set()
    return {el for sel in rules.body_exclude for el in doc.select(sel)}
