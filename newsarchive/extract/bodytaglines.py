"""Short lines at the body's ends that are no story.

Kickers above the headline, byline, agency and editor tags ("Von Jana Beispiel", "dpa/afp"),
date stamps, lines introducing other pieces, and furniture lines after the last paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime

from lxml.html import HtmlElement

from newsarchive.extract import daterelative, langwords
from newsarchive.extract.bodylines import DROPPED, HEADLINE, SKIPPED, recirc_heading
from newsarchive.extract.byline import BYLINE_LEAD, NAME_PARTICLES
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import SENTENCE_END as _STOP
from newsarchive.extract.text import clean

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


KICKER_LINE = 60  # characters of a line set above the headline (kicker, section, label)
KICKER_LINES = 3


def without_kicker(paragraphs: list[str]) -> list[str]:
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


def names_related(line: str) -> bool:
    """A line opening with a related-block heading ("Lesen Sie auch: ...", "Lire aussi")."""
    label = re.split(r"[:|»>]", line, maxsplit=1)[0]
    return len(label) < len(line) and recirc_heading(label.strip())


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


def without_intros(paragraphs: list[str], containers: Sequence[HtmlElement] = ()) -> list[str]:
    """The walk's paragraphs without its marks, and without lines that introduce what the
    walk left out: "Mehr zur Lage lesen Sie in unserem Liveblog:" above a teaser that was
    skipped, dropped as a link line, or stood outside the container. A colon line above
    text that stays ("Er schrieb:") is the writer's; so is one above a skipped embed
    unless it sends the reader elsewhere. The containers tell a list's items from lines."""
    paragraphs = _without_tag_lines(_without_furniture_tail(paragraphs, containers))
    out: list[str] = []
    for i, p in enumerate(paragraphs):
        if p in (SKIPPED, DROPPED):
            continue
        if p.endswith(":") and len(p) <= INTRO_MAX and READ_ELSEWHERE.search(p):
            following = paragraphs[i + 1] if i + 1 < len(paragraphs) else DROPPED
            if following in (SKIPPED, DROPPED):
                continue
        out.append(p)
    while len(out) > 1 and _is_call(out[-1]):
        out.pop()  # nothing of the story follows: the links it called to were left out
    return out


def _is_call(line: str) -> bool:
    """The site's short call to more of it, as a colon line or a question ("You might also be
    interested in:", "Got a news tip for our team?"), not the writer's sentence (a full stop)."""
    return len(line) < TAIL_LINE and line.endswith((":", "?")) and _CALL.search(line) is not None


TAIL_LINE = 80  # characters: a line after the article's last paragraph, not a paragraph
TAIL_LINES = 3  # more short lines at the end are a list of the article's (sources, tips)


def _without_furniture_tail(
    paragraphs: list[str], containers: Sequence[HtmlElement] = ()
) -> list[str]:
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
    out = paragraphs[:start]
    run = next((i for i, p in enumerate(tail) if p in (SKIPPED, DROPPED)), len(tail))
    if start and _story_items(paragraphs[start - 1], tail[:run], containers):
        out += tail[:run]  # the list the story's last sentence goes on with
        tail = tail[run:]
    introduced = False  # a line right under the writer's colon sentence: what it announces
    for p in tail:
        if p in (SKIPPED, DROPPED):
            introduced = False
        elif p.endswith(":"):
            introduced = _introduces(p)
        elif not introduced:
            continue
        out.append(p)
    return out


def _story_items(before: str, lines: list[str], containers: Sequence[HtmlElement]) -> bool:
    """Two or three short lines of words right under the story's last sentence, before the
    left-out boxes ("The council listed three changes." over "Longer opening hours on
    Sundays", "A new children's corner"): a list the sentence goes on with. A teaser box's
    heading ("Latest National Stories"), a call ("Download our app"), a pointer, a tag line,
    a credit ("Faktencheck: Jana Beispiel") or a writer's name and role is no item. The
    lines must be a list's items (<li>): the same short lines set as paragraphs are as often
    other stories' titles printed without their links ("Firefighters rescue cat from a
    burning house"), a comment box's lines or a credit trio, which the text can't tell."""
    return (
        len(lines) >= ITEMS
        and before not in (SKIPPED, DROPPED, HEADLINE)
        and before.endswith(_STOP)
        and all(_story_item(line) for line in lines)
        and (_counted(before, len(lines)) or _list_items(lines, containers))
    )


def _counted(before: str, n: int) -> bool:
    """The sentence names as many things as lines follow it ("The council agreed on three
    changes." over three short <p> lines, "市は三つの変更を決めた。"): the list it announces,
    set as paragraphs. Other stories' titles under a last sentence rarely match its count."""
    return any(
        _COUNTS.get(m.group(1).lower() if m.group(1) else m.group(2)) == n
        and _a_count(before, m)
        and _COUNT_NOT_ITEMS.match(before, m.end()) is None
        for m in _COUNT_WORD.finditer(before)
    )


def _a_count(before: str, m: re.Match[str]) -> bool:
    """A count that announces items: not after a definite article ("The two leaders met",
    "los dos dirigentes" refer back to people named, not to the lines under them), nor
    opening the sentence (its subject); a digit stands after a word in small letters
    ("aprobó 3 cambios"): after a capital, a sign or a figure it is a date's, an amount's or
    a name's ("March 3", "$2 million", "1,2 Millionen", "Type 2"). The English "is due" is
    no Italian two."""
    if m.group(2):  # a CJK numeral with its counter
        return True
    previous = before[: m.start()].split()[-1:]
    if not previous or previous[0].lower() in _DEFINITE:
        return False
    word = previous[0]
    if m.group(1).isdigit():
        return word.isalpha() and word.lower() == word
    return not (m.group(1).lower() == "due" and word.lower() in _BE)


# 2 to 6 as a count before its noun ("three changes", "drei Änderungen", "三つの", "세 가지"):
# langwords.COUNT_WORDS and the figures
_COUNTS = {
    word: int(figure)
    for figure, word in (e.split(" ", 1) for e in langwords.entries(langwords.COUNT_WORDS))
} | {str(n): n for n in range(2, 7)}
# a spaced script's word before the next word, or a CJK numeral
# before its counter ("三つ", "三个", "三項"), not inside a larger figure ("十二个"), an ordinal
# ("第三个", "三つ目") or a span ("三个月", "三个小时"); "三点" is as often a clock's
_COUNT_WORD = _compile(
    r"(?<!\w)(\d|[^\W\d_]{1,9})(?= \w)"
    r"|(?<![第十百千万萬〇零一二两兩三四五六七八九])([二两兩三四五六])[つ个個項项件条條種种](?![月小星目])"
)
# the English words after "due" that is no Italian two ("due to", "due next week"), and what a
# count of no list's items counts (langwords.COUNT_SPAN_WORDS: "three hours", "drei Jahre",
# "3 Uhr", "2 Millionen", "tre volte", "세 시간"; "hour*" is a word's opening)
_COUNT_NOT_ITEMS = _compile(
    r" (?:to|on|in|at|by|for|from|next|this|back|out)\b"
    r"| (?:"
    + "|".join(
        re.escape(e[:-1]) if e.endswith("*") else rf"{re.escape(e)}\b"
        for e in sorted(langwords.entries(langwords.COUNT_SPAN_WORDS))
    )
    + ")",
    re.I,
)
# the words before a count that refer back to things already named ("the two leaders")
_DEFINITE = frozenset(langwords.entries(langwords.COUNT_DEFINITE))
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being", "not", "now", "also", "still"])


def _list_items(lines: list[str], containers: Sequence[HtmlElement]) -> bool:
    """Each line is the text of a list item in the containers (read only for the rare tail
    that passed the text's tests)."""
    items = {clean(li.text_content()) for c in containers for li in c.iter("li")}
    return all(line in items for line in lines)


ITEMS = 2  # lines: one short line under the text is a heading or a tag


def _story_item(line: str) -> bool:
    return (
        (
            # a word in small letters after the first: an item's phrase ("A new children's
            # corner"), not a name or a writer's box's lines ("Hans Muster", "Redakteur Lokales")
            (
                len(words := line.split()) >= ITEM_WORDS
                and any(w[:1].islower() for w in words[1:])
                # ... opening on a capital (a tag line is often set in small letters:
                # "klimat, energi, politik")
                and not line[:1].islower()
            )
            # ... or a line of a script without spaces or case (Japanese, Chinese)
            or (len(line) >= ITEM_UNSPACED and line.lower() == line.upper())
        )
        # (a label's line is the credits' under a story: "Faktencheck: Jana Beispiel")
        and ":" not in line
        and "：" not in line
        and not READ_ELSEWHERE.search(line)
        and not _CALL.search(line)
        and not recirc_heading(line)
        and _AGENCY_TAG.match(line) is None
        # (an unspaced script's line is one "word": the agencies' tags set them apart by "/")
        and not ("/" in line and _SLASH_TAG.match(line))
    )


ITEM_WORDS = 2  # an agency's or writer's tag, a section's name are one word
ITEM_UNSPACED = 8  # characters of a line in a script without spaces (Japanese, Chinese)


INTRO_WORDS = 4  # "Sie nannte drei Ziele:" is a sentence; "Latest National Stories:" a heading


def _introduces(line: str) -> bool:
    """A colon line that is the writer's sentence announcing the lines under it ("The mayor
    named three priorities:" over a list), not a box's heading ("Mehr zum Thema:", "Lesen Sie
    auch:"): the items it announces are the story's, whatever left-out box follows them."""
    return (
        len(line.split()) >= INTRO_WORDS
        and not READ_ELSEWHERE.search(line)
        and not _CALL.search(line)
        and not recirc_heading(line.rstrip(":"))
    )


# the site calling the reader to more of it ("You might also be interested in:", "Diese Themen
# könnten Sie auch interessieren:", "Dit vind je misschien ook interessant:", "Download our app:",
# "Got a news tip:"): no list of the story's, and no line of it when it ends the body
_CALL = _compile(
    r"\b(?:might|may) also\b|\binterested in\b|interessieren|intéresser|interesar|interessar"
    r"|\book interessant\b"
    r"|\bdownload\b|\bfollow us\b|\bfolgen sie\b|\bnews ?tip|\bsign up\b|\bsubscribe\b|newsletter",
    re.I,
)


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
        names_word(w, after_comma=i > 0 and words[i - 1].endswith(",")) for i, w in enumerate(words)
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


def names_word(word: str, after_comma: bool) -> bool:
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
