"""Labels a title field opens or closes with that the page's own headline does not carry.

A social card or a CMS's SEO field tags the headline with the story's medium or format:
"VIDEO: Storm hits coast", "[영상] ...", "【動画】...", "+++ Eilmeldung +++ ...",
"EN DIRECT - ...", "Storm hits coast (VIDEO)". Where another place the page states its
title (the JSON-LD headline, the article's h1, the <title>, another meta) does not carry
that label, the label is the field's, not the headline's, and goes. Where every place
carries it, the site writes its headlines so, and it stays; so does a label on a page
that states its title nowhere else. The evidence is the page's: the word lists
(`langwords.MEDIA_LABELS`, `LIVE_WORDS`, `LIVE_PAGE_WORDS`, `PAYWALL_LABELS`: a paid
article's tag) only say which parts may be such a label. An opening tag in brackets may
be any short tag ("[단독]", "【独自】"); a closing one, in brackets or not, only label
words (" (and why it matters)" is the headline's own).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from newsarchive.extract import langwords
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.titleparts import SEPARATOR
from newsarchive.extract.titlevotes import norm

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

MIN_REST = 8  # characters left after the label: a shorter rest is no headline
MAX_TAG_WORDS = 4  # "[포토]", "【独自】", "(mit Video)": a bracketed tag is a few words
MAX_TAG_CHARS = 24
# Brackets around a tag; not the corner brackets 「」『』, which quote words of the headline.
_OPEN = "\\[(\uff08\u3010\u3014\u3016\u3018\u301a\u300a\u3008\uff1c<"
_CLOSE = "\\])\uff09\u3011\u3015\u3017\u3019\u301b\u300b\u3009\uff1e>"


# A label between two marks: the spaces around it are taken whole (possessive) and the
# label's words begin and end with a letter or sign, so a long run of spaces or of "+" is
# read once, not once per way to share it between the label and its spaces (cubic before).
# Spaces alone between the marks are read as before: the label is the last of them.
def _between(open_mark: str, inner: str, close_mark: str) -> str:
    return (
        rf"{open_mark}(?:\s*+(?=[^{inner}\s])|\s*(?=\s{close_mark}))"
        rf"(?P<label>[^{inner}\s](?:[^{inner}]*[^{inner}\s])?|\s)\s*+{close_mark}\s*+"
    )


_IN_BRACKETS = _between(f"[{_OPEN}]", _CLOSE + _OPEN, f"[{_CLOSE}]")
_IN_PLUSES = _between(r"\+{2,}+", "+", r"\+{2,}+")
_BRACKETED = _compile(rf"\s*+{_IN_BRACKETS}")
# "+++ Eilmeldung +++": a German ticker's tag, any words between the marks
_PLUSSED = _compile(rf"\s*+{_IN_PLUSES}")
# "VIDEO: ", "VIDÉO. ", "Video | ", "FOTOS \u2013 ", "EN DIRECT -", "速報\uff1a", "突发\uff01",
# "ด่วน! ": a word label and its mark
# (after an emoji or a symbol, "🔴 LIVE: ", "▶ Video: ", which go with it)
_SYMBOLS = "(?:[\u2190-\u2bff\U0001f000-\U0001faff]\ufe0f?\\s*)*"
_WORDED = _compile(
    rf"\s*{_SYMBOLS}(?P<label>[^\W\d_][^:|\uff1a\uff5c!\uff01]{{0,29}}?)"
    r"\s*(?:[:|\uff1a\uff5c!\uff01]|\.(?=\s)|\s[-\u2013\u2014](?=\s)|[-\u2013\u2014](?=\s))\s*"
)
# A paid article's badge before the headline with no mark after it, as a CMS glues its
# icon's text to the headline in a title field: "Z+ Stadtrat ...", "(S+) Stadtrat ...",
# "SZ Plus Stadtrat ...", "Abo Stadtrat ..." (`_paid`: which words are such a badge)
# A paid article's mark that is no word: a euro sign or a padlock, in brackets or not ("€
# Stadtrat ...", "Stadtrat ... (€)", "🔒 Stadtrat ..."), as a German or a Nordic CMS prints
# its paywall icon's text (a euro sign after a number is an amount: `_paid`)
_SYMBOL = "(?:\u20ac|\U0001f510|\U0001f512)\ufe0f?"
_SYMBOL_BADGE = _compile(rf"\({_SYMBOL}\)|\[{_SYMBOL}\]|{_SYMBOL}")
_BADGE = _compile(
    r"^\s*+(?P<label>[(\[]?[^\W\d_]{0,5}\+[)\]]?|[^\W\d_]{1,12}|"
    rf"{_SYMBOL_BADGE.pattern})(?P<mark>\s*+[:|\uff1a\uff5c])?\s+(?P<second>[^\W\d_]{{1,12}}\s+)?"
)
# a letter or a few before a plus sign, in brackets or not: "S+", "(S+)", "[+]", "NZZ+", a
# lone "+"; a short name in capitals run into "plus" ("HKplus", "WELTplus", "NWZPlus")
_PLUS_BADGE = _compile(
    r"\(?[^\W\d_]{0,5}\+\)?|\[[^\W\d_]{0,5}\+\]|[A-Z\u00c4\u00d6\u00dc]{1,6}(?:plus|Plus|PLUS)"
)
# A badge closing a title field with no mark before it ("Stadtrat ... Z+", "... Plus", "...
# €"): one word or sign after a space (`_paid` says which)
_CLOSING_BADGE = _compile(r"(?<=\S)\s++(?P<label>[^\s\d]{1,12})$")
# At the end only a label of label words: " (VIDEO)", " +++ Video +++", " - FOTOS", " | Live"
# (searched: a match starts at no space or "+" that one before it could start, so a run of
# them is not tried from each of its characters)
_CLOSING_TAGS = (
    _compile(rf"(?<!\s)\s*+{_IN_BRACKETS}$"),
    _compile(rf"(?<!\s)\s*+(?<!\+){_IN_PLUSES}$"),
)
# Tried only where a run of blanks starts or a mark stands (not inside a run: from
# each of its blanks the run was read again to its end, quadratic in its length)
_CLOSING_MARK = _compile(r"(?:(?<!\s)|(?=\S))(?:\s++[-|:\u2013\u2014]|\s*+[:|\uff1a\uff5c])\s*+")


def _bare(text: str) -> str:
    """A label's words without case or accents, which capitals often drop ("VIDEO" for
    "Vidéo"), Turkish dotless i as i ("CANLI" is "canl\u0131")."""
    bare = unicodedata.normalize("NFKD", norm(text))
    return "".join(c for c in bare if not unicodedata.combining(c)).replace("\u0131", "i")


_LABELS = frozenset(
    _bare(e)
    for table in (
        langwords.MEDIA_LABELS,
        langwords.LIVE_WORDS,
        langwords.LIVE_PAGE_WORDS,
        langwords.PAYWALL_LABELS,
    )
    for e in langwords.entries(table)
)
# "Fotos und Video", "VIDEO & FOTOS": one-word labels, joined by "and" or a mark
_LABEL_WORDS = frozenset(e for e in _LABELS if " " not in e)
_PAID = frozenset(_bare(e) for e in langwords.entries(langwords.PAYWALL_LABELS))
_AND = frozenset(_bare(e) for e in langwords.entries(langwords.AND_WORDS))


def is_label(text: str) -> bool:
    """Whether `text` is a medium/format label ("VIDEO", "EN DIRECT", "Fotos und Video")."""
    bare = _bare(text)
    if bare in _LABELS:
        return True
    words = bare.split()
    return (
        len(words) > 1
        and words[0] in _LABEL_WORDS
        and words[-1] in _LABEL_WORDS
        and all(w in _LABEL_WORDS or w in _AND for w in words)
    )


def _fits(
    label: str, rest: str, worded: bool, stopped: bool = False, closing: bool = False
) -> bool:
    if len(rest) < MIN_REST or len(label) >= len(rest):
        return False
    if len(label) > MAX_TAG_CHARS or len(norm(label).split()) > MAX_TAG_WORDS:
        return False
    return (
        not worded
        or is_label(label)
        or (stopped and _capitals(label))
        or (" " not in label.strip() and _paid(label, rest, closing))  # "Title (S+)", "| Abo"
    )


def _paid(label: str, rest: str, closing: bool = False) -> bool:
    """Whether `label` is a paid article's badge before or after a headline `rest`: a plus
    sign after a few letters ("Z+", "(S+)", "NZZ+"), a paywall word ("Abo", "PLUS"), or a
    name and such a word ("SZ Plus"); before a capital or a quote only ("Plus bei den
    Steuern" opens a headline)."""
    if _PLUS_BADGE.fullmatch(label):
        # before a word in small letters, a name the sentence opens with ("Canal+ perd les
        # droits", "RTL+ zeigt ..."), unless set in brackets ("(S+) ...")
        return closing or label[:1] in "([" or not rest.lstrip()[:1].islower()
    if _SYMBOL_BADGE.fullmatch(label):
        return not _amount(label, rest, closing)
    words = _bare(label).split()
    if not words:  # marks only ("»", "--")
        return False
    # a paywall word, a name and such a word ("SZ Plus"), or a paywall label of several
    # words whole ("Exklusiv für Abonnenten", "Subscribers only", "Abo-Artikel")
    paid = (words[-1] in _PAID and (len(words) == 1 or label[:1].isupper())) or (
        len(words) > 1 and " ".join(words) in _PAID
    )
    return paid and not rest[:1].islower()


def _amount(label: str, rest: str, closing: bool) -> bool:
    """A euro sign beside a number: an amount ("15 €", "€ 5 Mio.", "1,5 Mio. €", "100k €"),
    no badge. `closing`: the sign closes the text, `rest` is before it."""
    if "\u20ac" not in label:
        return False
    return amount_before(rest) if closing else rest[:1].isdigit()


AMOUNT_WORDS = 2  # "1,5 Mio. €", "2,4 Millionen €": a number and its word before the sign


def amount_before(text: str) -> bool:
    """Whether `text` ends in an amount a euro sign after it closes: a number in its last
    words ("15", "1,5 Mio.", "100k")."""
    return any(c.isdigit() for w in text.split()[-AMOUNT_WORDS:] for c in w)


MIN_CAPITALS = 4  # letters of a label in capitals: "U.S. troops" opens with no label


def _capitals(label: str) -> bool:
    """A label set in capitals throughout before a full stop ("TÉMOIGNAGE. ", "INFO
    HAFENKURIER. ", the French press's rubric): any words, as a bracketed tag; an
    abbreviation ("U.S.", "Dr.") is none."""
    letters = [c for c in label if c.isalpha()]
    return len(letters) >= MIN_CAPITALS and "." not in label and all(c.isupper() for c in letters)


def opening_label(value: str) -> tuple[str, str] | None:
    """(label, rest) where `value` opens with a medium/format label or a bracketed tag."""
    for shape in (_BRACKETED, _PLUSSED, _WORDED):
        if m := shape.match(value):
            label, rest = m.group("label"), value[m.end() :]
            if shape is not _WORDED:  # "[Video]: Title", "(€) | Title": the mark goes too
                rest = _AFTER_TAG.sub("", rest, count=1)
            stopped = shape is _WORDED and m.group().rstrip().endswith(".")
            if _fits(label, rest, shape is _WORDED, stopped):
                return label, rest
            break  # (a badge before a colon of the headline's own: "HKplus Hafen: Title")
    return _badge(value)


# (a colon or a bar; never a dash, which opens a quote in Nordic headlines: "- Vi bygger")
_AFTER_TAG = _compile(r"^[:|\uff1a\uff5c]\s*+")


def is_badge(text: str) -> bool:
    """Whether an element's whole text is a paid article's badge ("F+", "Plus", "SZ Plus")."""
    text = text.strip()
    return 0 < len(text) <= MAX_TAG_CHARS and _paid(text, "")


def _badge(value: str) -> tuple[str, str] | None:
    """(badge, rest) where `value` opens with a paid article's badge and no mark ("Z+ Stadtrat
    ...", "SZ Plus Stadtrat ...")."""
    if not (m := _BADGE.match(value)):
        return None
    # ("€: Stadtrat ...", "🔒 | Stadtrat ...": its mark goes with it)
    after = m.end("mark") if m.group("mark") else m.end("label")
    label, rest = m.group("label"), value[after:].lstrip()
    second = m.group("second") if not m.group("mark") else None
    if second and not _PLUS_BADGE.fullmatch(label):
        label, rest = (f"{label} {second.strip()}", value[m.end() :])  # "SZ Plus"
        if not _paid(label, rest):
            label, rest = m.group("label"), value[after:].lstrip()
    return (label, rest) if _paid(label, rest) and _fits(label, rest, False) else None


def closing_label(value: str) -> tuple[str, str] | None:
    """(label, rest) where `value` closes with a medium/format label ("Title (VIDEO)")."""
    for shape in _CLOSING_TAGS:
        if m := shape.search(value):
            label, rest = m.group("label"), value[: m.start()]
            return (label, rest) if _fits(label, rest, True, closing=True) else None
    if marks := list(_CLOSING_MARK.finditer(value)):
        label, rest = value[marks[-1].end() :].strip(), value[: marks[-1].start()]
        if label and _fits(label, rest, True, closing=True):
            return label, rest
    return _capital_label(value)


MAX_LABEL_WORDS = 2  # "EN DIRECT", "AO VIVO": a label closing a title in capitals, no mark
# a word in small letters this short before the capitals is a preposition or an article
# whose object they are ("Alle Infos zur Wahl im TICKER", "Bilder in der GALERIE", "... on VIDEO")
MAX_LEADING_WORD = 3


def _capital_label(value: str) -> tuple[str, str] | None:
    """(label, rest) where `value` closes with a label word or two set in capitals after
    a title in normal case, with no mark between ("Le conseil adopte le plan EN DIRECT",
    "... AO VIVO"): the capitals set it apart as a mark would; in small letters ("...
    en directo") the words may be the headline's own, and so are capitals a preposition
    or an article leads ("... zur Wahl im TICKER", "Watch the meeting on VIDEO")."""
    words = value.rsplit(None, MAX_LABEL_WORDS)
    for n in range(min(MAX_LABEL_WORDS, len(words) - 1), 0, -1):
        label = " ".join(words[-n:])
        rest = " ".join(words[:-n])
        before = rest.rsplit(None, 1)[-1] if rest else ""
        if (
            label.isupper()
            and not (before.isalpha() and before.islower() and len(before) <= MAX_LEADING_WORD)
            and any(c.islower() for c in rest)
            and is_label(label)
            and _fits(label, rest, True, closing=True)
        ):
            return label, rest
    return None


_DASH_END = _compile(r"(?<!\s)\s++[-\u2013\u2014]$")


def _closing_badge(value: str) -> tuple[str, str] | None:
    """(badge, rest) where `value` closes with a paid article's badge run on after a space,
    no mark before it ("Title Z+", "Title €", "Title Plus")."""
    if m := _CLOSING_BADGE.search(value):
        # (a dash before the badge is its mark, no end of the headline: "Title - Plus")
        label, rest = m.group("label"), _DASH_END.sub("", value[: m.start()])
        if _paid(label, rest, closing=True) and _fits(label, rest, False):
            return label, rest
    return None


def unlabelled(value: str, witnesses: Sequence[str], shown: Sequence[str] = ()) -> str:
    """`value` without the label it opens or closes with where one of `witnesses` (the
    page's other titles) does not carry that label, unless an h1 of the article's
    (`shown`) does: the reader sees it with the headline; else `value` as it is."""
    for find in (opening_label, closing_label):
        found = find(value) if value else None
        if not found or _carried(found[0], shown):
            continue
        # a plus badge in brackets ("(S+) Title") is a badge even where every title has it
        if _lacked(found[0], witnesses) or _bracketed_plus(found[0], value):
            value = found[1]
    # a badge with no mark before it goes only where another title states the rest alone
    # ("... pay a premium" beside a rewritten h1 keeps its last word), and so does a label
    # in capitals opening the title with no mark ("VIDEO Podul, închis ...")
    # (the <title>'s first part states it too: "Podul ... | Site")
    for find_bare in (_closing_badge, _opening_capitals):
        if value and (found := find_bare(value)) and not _carried(found[0], shown):
            rest = norm(found[1])
            if any(rest in (norm(w), norm(SEPARATOR.split(w)[0])) for w in witnesses if w):
                value = found[1]
    return value


def _opening_capitals(value: str) -> tuple[str, str] | None:
    """(label, rest) where `value` opens with a label word or two in capitals and no mark
    before a headline in normal case ("VIDEO Podul ...", "BREAKING Storm hits coast")."""
    words = value.split(None, MAX_LABEL_WORDS)
    for n in range(min(MAX_LABEL_WORDS, len(words) - 1), 0, -1):
        label, rest = " ".join(words[:n]), value.split(None, n)[n]
        if (
            label.isupper()
            and rest[:1].isupper()
            and any(c.islower() for c in rest)
            and is_label(label)
            and _fits(label, rest, True)
        ):
            return label, rest
    return None


def _bracketed_plus(label: str, value: str) -> bool:
    """Whether `label` is a plus badge `value` sets in brackets ("(S+) Title", "Title (S+)")."""
    return _PLUS_BADGE.fullmatch(label) is not None and f"({label.strip('()')})" in value


def _lacked(label: str, witnesses: Sequence[str]) -> bool:
    """Whether a witness long enough to state a title does not carry `label`'s words."""
    words = f" {norm(label)} "
    return any(len(k := norm(w)) >= MIN_REST and words not in f" {k} " for w in witnesses)


def _carried(label: str, shown: Sequence[str]) -> bool:
    if _SYMBOL_BADGE.fullmatch(label.strip()):  # a sign (no word: `norm` drops it)
        return any(label.strip() in h for h in shown)
    words = f" {norm(label)} "
    return any(words in f" {norm(h)} " for h in shown)
