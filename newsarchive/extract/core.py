"""`extract_article`: parse once, then one cascade per field."""

from __future__ import annotations

import dataclasses
import logging
import re
import sys
from datetime import datetime

from newsarchive.extract import (
    authors,
    body,
    dates,
    furniture,
    langwords,
    modified,
    page_fields,
    title,
    topics,
    urls,
)
from newsarchive.extract.article import Article
from newsarchive.extract.document import Document, TreeReader, deeper_than, parse
from newsarchive.extract.limits import MAX_HTML
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.site import is_site, site_keys
from newsarchive.extract.text import count_words, is_dispatch, width
from newsarchive.extract.text import word_key as _norm

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

log = logging.getLogger(__name__)

_FULL_DATE = _compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b"
    r"|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}\b",
    re.I,
)
_DATE_LINE = _compile(
    r"^\W*(?:published|updated|posted)?\W*(?:\d+\s+(?:min|mins|minutes?|hrs?|hours?|days?)\s+ago"
    r"|\d{1,2}:\d{2}|\w+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\w+\s+\d{4})"
    # a live entry's "35 minutes ago" in the other languages, the whole line ("vor 35 Minuten",
    # "Il y a 2 heures", "Hace 35 minutos"): "Vor 3 Tagen brannte die Halle." is a sentence
    r"|^\W*(?:aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado|aggiornato"
    r"|pubblicato|bijgewerkt|uppdaterad|publicerad|oppdatert|publisert|opdateret|udgivet"
    r"|zaktualizowano|opublikowano)?\W*(?:vor (?:\d+|einer|einem)"
    r" (?:min\.?|minuten?|std\.?|stunden?|tag(?:en)?)"
    r"|il y a \d+ (?:min|minutes?|h|heures?|jours?)|hace \d+ (?:min|minutos?|h|horas?|días?)"
    r"|há \d+ (?:min|minutos?|h|horas?|dias?)|\d+ (?:min|minut[io]|ore|ora|giorni|giorno) fa"
    r"|\d+ (?:min|minuten|minuut|uur|dagen|dag) geleden"
    r"|för \d+ (?:min|minuter|minut|timmar|timme|dagar|dag) sedan"
    r"|(?:for )?\d+ (?:min|minutter|minutt|timer|time|dager|dage|dag|døgn) siden"
    r"|\d+ (?:min|minut|minuty|godz\.?|godzin[ya]?|godzinę|dni|dzień) temu)\W*$",
    re.I,
)


def extract_article(
    html: str | bytes,
    url: str,
    rules: SiteRules | None = None,
    encoding: str | None = None,
    fetched: datetime | None = None,
    max_html: int | None = MAX_HTML,
    served: TreeReader | None = None,
) -> Article:
    """Every field the page gives; never raises on bad markup (no document: an empty Article).

    `fetched` is when the page was fetched (timezone-aware: a WARC-Date): only a page that
    states no absolute date needs it, for "vor 3 Stunden" or "12. März". Extraction reads
    no clock, so the same bytes and fetch time always give the same article.
    A page over `max_html` characters of HTML (None: no limit) is read up to there: its
    <head> and JSON-LD fields in full, its body cut, and the Article marked `truncated`.
    `served` reads the page's tree as served, before extraction drops scripts (`parse`).
    """
    if fetched is not None and fetched.utcoffset() is None:
        raise ValueError("fetched must be timezone-aware (a WARC-Date is UTC)")
    if not urls.splits(url):
        # an archive's record at an address no browser fetches ("http://[bad/x" in another
        # tool's WARC): its page read as one with no address, the item keeping the record's
        return dataclasses.replace(
            extract_article(html, "", rules, encoding, fetched, max_html, served), url=url
        )
    doc = parse(html, url, encoding, max_html, served)
    if doc is None:
        return Article(url=url)
    try:
        return _fields(doc, rules, fetched)
    except RecursionError:
        # elements nested past Python's stack (libxml2 keeps 2,048 levels): read again with
        # the deepest blocks flattened to their text. The walks take a frame a level: a
        # page within half the stack did not run it out, a bug did (raised, not hidden).
        if not deeper_than(doc.tree, sys.getrecursionlimit() // 2):
            raise
        log.warning("%s nests elements past Python's stack: read with its deepest flattened", url)
    doc = parse(html, url, encoding, max_html, flat=True)
    return _fields(doc, rules, fetched) if doc is not None else Article(url=url)


def _fields(doc: Document, rules: SiteRules | None, fetched: datetime | None) -> Article:
    """The article's fields, one cascade each."""
    url = doc.url
    doc.cache["fetched"] = fetched  # zones: a CMS's zone meta gives the offset of that day
    head = title.title(doc, rules)
    names = authors.authors(doc, rules)
    doc.cache["authors"] = names  # dates: a page that names someone is signed
    lead, main = body.body_parts(doc, rules)
    if lead and head and _norm(lead) == _norm(head):
        lead = None  # a description that repeats the headline is no standfirst
    main = _drop_header_lines(main, [head or "", *names])
    if main and _badge_ending(main) and _SITE_BADGE.search(main):
        main = _without_site_badges(main, doc)
    # the lede is the body's own first paragraph: a lead found above it stays the subtitle
    lede = main[: main.find("\n\n")] if main and "\n\n" in main else main
    sub = title.subtitle(doc, rules, lede if lede and len(lede) <= LEDE_MAX else None, head)
    text = "\n\n".join(p for p in (lead, main) if p) or None
    stated = dates.published(doc, rules, fetched)
    return Article(
        url=url,
        canonical_url=page_fields.canonical_url(doc),
        title=head,
        subtitle=sub,
        authors=names,
        published=stated,
        modified=modified.updated(stated, dates.modified(doc, rules, fetched)),
        section=page_fields.section(doc, rules),
        topics=topics.topics(doc, rules),
        tags=topics.tags(doc),
        body=text,
        image=page_fields.image(doc, rules, names),
        language=page_fields.article_language(doc),
        word_count=count_words(text) if text else None,
        truncated=doc.truncated,
    )


LEDE_MAX = 4000  # characters: a longer first paragraph is no page description's twin
# A paid piece's badge naming the site: "Beispielbote Plus", "BBplus", "BB+", "Beispielbote
# Premium" alone on a line (a streaming service's name, "Disney+", is no site's badge)
_SITE_BADGE = _compile(r"(?m)^(\S[^\n]{0,30}?)[\s-]?(?:plus|premium|\+)$", re.I)
# How a line with a badge ends: tried on each line's last characters before _SITE_BADGE,
# which tests every position of the body for a line's start (~40 ns a character: 0.7 ms
# for a long body, where most bodies have no line ending so)
_BADGE_END = _compile(r"(?:plus|premium|\+)$", re.I)


def _badge_ending(text: str) -> bool:
    """Whether a line of `text` ends as _SITE_BADGE's lines end (where its `$` may match)."""
    return any(_BADGE_END.search(line[-7:]) for line in text.split("\n"))


def _without_site_badges(text: str, doc: Document) -> str | None:
    keys = site_keys(doc)
    paras = text.split("\n\n")
    kept = [p for p in paras if not ((m := _SITE_BADGE.fullmatch(p)) and is_site(m.group(1), keys))]
    return "\n\n".join(kept) or None


def _drop_header_lines(text: str | None, header: list[str]) -> str | None:
    """Drop the headline, byline and date lines that article containers often repeat.

    Above the first sentence of the text (the header zone), the headline with a kicker
    ("Vote: Council approves plan"), what stands before it (section, kicker), lines naming
    an author ("Von Jane Doe", "Mon 01.04.24 | 10:00 | By Jane Doe") and short lines with
    a date or clock time ("Stand: 01.04.2024, 10:00 Uhr") go too, in any language; not a
    short first sentence after a wire's dispatch naming the agency or the day.
    """
    if not text:
        return text
    known = {_norm(h) for h in header if h}
    known |= {"by " + k for k in known}
    longest = 2 * max(map(len, known), default=0) + 40  # no longer paragraph normalises to one
    paras = [
        p
        for p in text.split("\n\n")
        if not (len(p) <= longest and _norm(p) in known) and not _is_date_line(p)
    ]
    title, names = (_norm(header[0]) if header else ""), [_norm(n) for n in header[1:] if n]
    zone = next(
        (i for i, p in enumerate(paras) if _is_sentence(p) and not _holds_title(p, title)),
        len(paras),
    )
    if 0 < zone <= HEADER_ZONE:
        head = paras[:zone]
        at = next((i for i, p in enumerate(head) if _holds_title(p, title)), -1)
        kept = [
            p
            for i, p in enumerate(head)
            if i > at
            and (
                is_dispatch(p)  # "BEIJING, Dec. 3 (Xinhua) -- ...": the story's first sentence
                or not (
                    _names_author(p, names)
                    or (
                        _CLOCK_OR_DATE.search(p)
                        and not p.endswith(_CJK_STOPS)
                        and not _is_timed_fact(p)
                    )
                )
            )
        ]
        paras = kept + paras[zone:]
    paras = [p for i, p in enumerate(paras) if i >= HEADER_ZONE or not _is_stamp(p)]
    return "\n\n".join(paras) or None


HEADER_ZONE = 6  # lines above the first sentence that can be the article's header
_SENTENCE = 90  # characters: a header line is shorter than a paragraph
_TITLE_EXTRA = 80  # characters a kicker or site name adds around a repeated headline
_HEADER_LINE = 100
_STAMP = 60
MIN_TITLE = 8
_KICKER_MARK = _compile(r"\s[-\u2013\u2014|/\u00b7]\s|:\s|\uff1a|\uff5c")
_CJK_STOPS = ("\u3002", "\uff01", "\uff1f")  # a short CJK sentence with a clock in it is text
# a clock may have a CJK label glued on ("12/2(水) 14:05配信", "14:05 更新"); a CJK date or
# clock in its own characters ("2026年12月3日 14時05分", "2026년 12월 3일") is one too, as are
# "03/12/2026" and a clock written "14h05"
_CLOCK_OR_DATE = _compile(
    r"^.{0,40}(?:\b\d{1,2}[:.]\d{2}(?:\b|(?=[\u3040-\u9fff\uac00-\ud7af]))|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{1,2}h\d{2}\b"
    r"|\d{4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]|\d{1,2}\s?時\s?\d{1,2}\s?分)"
)


def _is_stamp(p: str) -> bool:
    """ "Publiziert: 01.07.2023, 11:16", "Updated 15.59 | Published 14.14": no sentence."""
    return (
        len(p) < _STAMP
        and not p.endswith((".", "!", "?", *_CJK_STOPS))
        and bool(_CLOCK_OR_DATE.search(p))
        and not _is_timed_fact(p)
    )


# A page's stamp states when it was published, with a date or a publishing label; a story's
# service line states when something is open or starts ("Einlass: 19:30 Uhr", "Horario: 10:00
# a 18:00"): a key that is no date label, or a span of hours, and no date.
_DATE_LABEL = _compile(
    rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in langwords.DATE_LABELS)})(?!\w)", re.I
)
_DAY = _compile(
    r"\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d|\b\d{1,2}\.?\s+[^\W\d_]{3,}\.?,?\s+\d{4}\b"
    r"|(?<![^\W\d_])[^\W\d_]{3,}\.?\s+\d{1,2},?\s+\d{4}\b|\d\s?[年년月월]"
)
# "10:00 bis 18:00", "10:00 a 18:00", "9.30-17 h", "10:00-19:00": a clock, a dash or a short
# word, then the span's end
_HOURS_SPAN = _compile(
    r"(?<!\d)\d{1,2}[:.h]\d\d(?:\s?(?:uhr|h|am|pm))?\s*(?:[-\u2013\u2014~\u301c]|\s[^\W\d_]{1,5}\s)"
    r"\s*\d{1,2}(?:[:.h]\d\d)?(?!\d)",
    re.I,
)


# a player's label: its clock is a running time ("Video: Die Eröffnung | 1:45", "2:57 min")
_PLAYER_KEY = _compile(r"\W{0,3}(?:video|vídeo|vidéo|wideo|видео|audio|podcast|livestream)\b", re.I)


def _is_timed_fact(p: str) -> bool:
    if _DAY.search(p) or _DATE_LABEL.search(p):
        return False
    if _PLAYER_KEY.match(p) or furniture.MEDIA_LENGTH.search(p):
        return False
    return furniture.is_fact_line(p) or _HOURS_SPAN.search(p) is not None


def _is_sentence(p: str) -> bool:
    return width(p) >= _SENTENCE  # a wide character counts two: 45 of them are a sentence


def _holds_title(p: str, title: str) -> bool:
    """The headline with a kicker or site name set off by a mark ("Vote - Council approves")."""
    if len(title) < MIN_TITLE or len(p) > len(title) + _TITLE_EXTRA or p.endswith("."):
        return False
    key = _norm(p)
    return (key.startswith(title) or key.endswith(title)) and bool(_KICKER_MARK.search(p))


def _names_author(p: str, names: list[str]) -> bool:
    if width(p) > _HEADER_LINE:
        return False
    key = _norm(p)
    return any(n and n in key for n in names)


def _is_date_line(p: str) -> bool:
    """ "Updated 3 hours ago", "Politics / January 11, 2024": a line, not a sentence."""
    if len(p) < 40 and _DATE_LINE.search(p) and not _is_timed_fact(p):
        return True
    return len(p) < 60 and not p.endswith((".", "!", "?", '"', "”")) and bool(_FULL_DATE.search(p))
