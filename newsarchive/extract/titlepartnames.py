"""Whether a title's part names the site: the name whole (`whole_site`), with its article,
city or edition ("Corriere della Sera", "Hafenblatt Online"), in two scripts ("中央社
CNA"), grown from the host's word ("Λιμανιώτης"), set first before a clause about the
host's town; a byline part ("by Anna Muster") goes as a name does. Not a headline's
clause about the town ("Fire in Berlin"). `only_site`: a title that is the name alone.
"""

from __future__ import annotations

from newsarchive.extract import langwords
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.site import compact, is_site, spellings
from newsarchive.extract.titlepartfurniture import label_word, news_label
from newsarchive.extract.titlepartmarks import (
    CJK_CHAR,
    MAX_NAME_WORDS,
    MIN_REST,
    cjk_width,
    split_parts,
)
from newsarchive.extract.titlepartmastheads import EDITION_TAIL, MAX_CJK_NAME
from newsarchive.extract.titlepartsites import lent_too

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


MAX_SLOGAN_WORDS = 6  # "Site - Nachrichten aus Kiel und Umgebung": a slogan after the name


MIN_NAME_WORD = 6  # a shorter word ("Times", "Post") is too common to name the site alone


def name_rejoined(parts: list[str], sites: frozenset[str]) -> list[str]:
    """The last three parts as one where they spell a site's name whole ("Title | Abendpost
    - Kassel" on abendpost-kassel.example): a name holding a spaced mark of its own, which
    part by part names no site ("Kassel")."""
    if (
        len(parts) > 4
        and cjk_width("".join(parts[:-4])) >= MIN_REST
        and compact(parts[-3])  # (a name of two words: not an empty part after a quote's mark)
        and compact(parts[-1])
        and compact("".join(parts[-3:])) in sites
    ):
        return [*parts[:-3], "".join(parts[-3:])]
    return parts


MIN_ARTICLED_NAME = 9  # "Abendbote": one word after an article, long as a compound is


def name_keys(name: str) -> tuple[str, ...]:
    """A name's compact form, and without the article it opens with ("Der Abendbote" on
    abendbote.example, "The Evening Post" on eveningpost.example): after the article two
    words or one long compound; one short word there is the headline's subject ("Die
    Zeit: ein Essay" on zeit.example, "The Times: how they change" on times.example)."""
    first, _, rest = name.strip().partition(" ")
    if (
        rest
        and first.casefold() in langwords.NAME_ARTICLE_WORDS
        and (len(rest.split()) > 1 or len(compact(rest)) >= MIN_ARTICLED_NAME)
    ):
        return compact(name), compact(rest)
    return (compact(name),)


NAME_SHAPED = _compile(r"\w[\s.]\w")  # "El Faro", "Hafenbote.de"
# A site's name joined to the title's end by a bare dash or after a colon (`strip_sites`)
JOINED_SITE = _compile(
    r"(?<=[^\W_])(?:[-\u2013\u2014]|:\s+)(?P<name>[^\W_][^:|\-\u2013\u2014]{1,40})$"
)


def trail_after_site(parts: list[str], sites: frozenset[str]) -> list[str]:
    """The parts up to the site's name where a short trail of several parts follows it
    (a section's path, a region, the newsroom: six words in all, as a slogan), leaving
    8 characters of headline before it."""
    words = 0
    for i in range(len(parts) - 3, 1, -2):
        words += len(parts[i + 2].split())
        if words > MAX_SLOGAN_WORDS:
            break
        if cjk_width("".join(parts[: i - 1])) < MIN_REST:
            continue
        if whole_site(parts[i], sites):
            return parts[: i + 1]
        if _site_edition(parts[i], sites) and _news_slogan(parts[i + 2 :]):
            # (the name alone, cut as any site's name is)
            return [*parts[:i], parts[i].rsplit(None, 1)[0]]
    return parts


def _site_edition(part: str, sites: frozenset[str]) -> bool:
    """The site's whole name, then one word of its edition's region ("FKR Vestland" before
    "Lokale nyheter, TV og radio"): not a headline's words holding the name, nor a first
    piece of it ("Hafen Kiel" of hafenblatt.example)."""
    words = part.split()
    return (
        1 < len(words) <= MAX_NAME_WORDS + 1
        and label_word(words[-1])
        and whole_site(" ".join(words[:-1]), sites)
    )


def _news_slogan(parts: list[str]) -> bool:
    """A slogan naming what the site gives, news ("Lokale nyheter, TV og radio"): not a
    headline's tail after a name and a label ("- BCN Exclusive - what the crews saw")."""
    return any(w.casefold() in _NEWS_WORDS for p in parts for w in _LETTERS.findall(p))


_NEWS_WORDS = frozenset(w for e in langwords.entries(langwords.NEWS_WORDS) for w in e.split())
_LETTERS = _compile(r"[^\W\d_]+")


def whole_site(part: str, sites: frozenset[str]) -> bool:
    """A part naming the site, not a first piece of its name: "Kiel" begins "Kieler
    Nachrichten" (kieler-nachrichten.example) but is a headline's place between dashes."""
    key = compact(part)
    return is_site(part, sites) and (
        not spellings(key).isdisjoint(sites) or not any(k.startswith(key) for k in sites)
    )


# A run of Latin letters and digits in a part of another script ("中央社 CNA").
_LATIN_RUN = _compile(r"[A-Za-z0-9][A-Za-z0-9.&]*")
MAX_SCRIPT_WORDS = 2  # "BBC News 中文", "鏡週刊 Mirror Media": a name in two scripts


def mixed_site(part: str, sites: frozenset[str]) -> bool:
    """A part naming the site in two scripts, its Latin words the site's name: "中央社 CNA"
    on cna.com.tw, "鏡週刊 Mirror Media", "BBC News 中文", "ETtoday政治新聞"; the other
    script's words are few (a name, a section, a language), else it is a headline."""
    latin = _LATIN_RUN.findall(part)
    if not latin or part.isascii():
        return False
    other = _LATIN_RUN.sub(" ", part).split()
    return (
        0 < len(other) <= MAX_SCRIPT_WORDS
        and cjk_width("".join(other)) <= 2 * MAX_CJK_NAME
        and is_site(" ".join(latin), sites)
    )


def only_site(text: str, sites: frozenset[str]) -> bool:
    """A title or heading that is only the site's name (a home page's og:title, a logo's h1).

    `is_site` takes a CJK text opening with the site's first four characters for one of
    its names ("海辺新聞社" for "海辺新聞デジタル"); a longer CJK text is a headline that
    names the paper ("海辺新聞の世論調査、内閣支持率が上昇"), no name: a CJK name is short.
    """
    if not is_site(text, lent_too(sites)):
        return False
    return not CJK_CHAR.search(text) or len(EDITION_TAIL.sub("", compact(text))) <= MAX_CJK_NAME


# "by", "von", "par" ... opening a title's last part: the writer's name, no headline words
_BY_WORDS = frozenset(langwords.entries(langwords.BYLINE_BY))
MAX_BYLINE_NAMES = 4  # "by Anna Maria de Groot": a name is a few words


def byline_part(part: str) -> bool:
    """A last part naming the writer after a word for "by" ("Title | Site | by Anna Muster",
    "Titre - par Jean Dupont"): no part of the headline.

    The name's first and last words open in capitals, or in a script without case; a
    particle between them may not ("by Jon de Vries"): "Storm - by the numbers" stays. A
    name of two words at least: "von", "por", "от" also mean "from" ("Abschied - von Merkel").
    """
    words = part.split()
    if not 3 <= len(words) <= MAX_BYLINE_NAMES + 1 or words[0].casefold() not in _BY_WORDS:
        return False
    return not words[1][0].islower() and not words[-1][0].islower()


def names_site(part: str, sites: frozenset[str]) -> bool:
    """A last part of a few words, one of them the site's name ("Corriere della Sera" on
    corriere.it, "Berliner Morgenpost" on morgenpost.de): the name with its article or city;
    or the site's name of two words or more and one capitalised word after it, its local
    edition's place ("Portside Gazette Bristol" where the site is "Portside Gazette")."""
    if _place_clause(part, sites):
        return False
    words = part.split()
    # (the word naming the site capitalised, as a name's is: in small letters it is a
    # clause's noun, "- Κλειστό το λιμάνι" on limani.example, "- A nation in mourning")
    if 1 < len(words) <= MAX_NAME_WORDS and any(
        len(k := compact(w)) >= MIN_NAME_WORD
        and not w[:1].islower()
        and not spellings(k).isdisjoint(sites)
        for w in words
    ):
        return True
    # one word less than the part: a site's name of one word is matched by its first letters
    # ("Hafen Kiel" is no edition of hafenblatt.de)
    if (
        2 < len(words) <= MAX_NAME_WORDS + 1
        and label_word(words[-1])
        and is_site(" ".join(words[:-1]), sites)
    ):
        return True
    # the site's name and its edition's words ("Báo Cảng điện tử", the electronic paper;
    # "Hafenblatt Online", "Портовые вести онлайн")
    return any(
        1 <= k < len(words) <= MAX_NAME_WORDS + 2
        and _EDITION.fullmatch(compact(" ".join(words[-k:])))
        and is_site(" ".join(words[:-k]), sites)
        for k in (1, 2)
    )


_LOCATIVES = frozenset(langwords.entries(langwords.LOCATIVE_WORDS))
MIN_CLAUSE_WORDS = 3  # "Fire in Berlin": a word, "in", the place


def _place_clause(part: str, sites: frozenset[str]) -> bool:
    """A part closing in "in" and the place its host names ("Fire in Berlin", "Brand im
    Hafen" on berlin.example, hafen.example): a headline's clause about the site's town,
    not the site's name, which says "from" or "of" its town ("Nachrichten aus Kiel")."""
    words = part.split()
    return (
        len(words) >= MIN_CLAUSE_WORDS
        and words[-2] in _LOCATIVES
        and not spellings(compact(words[-1])).isdisjoint(sites)
    )


_KICKERS = frozenset(
    w
    for table in (
        langwords.KICKER_WORDS,
        langwords.MEDIA_LABELS,
        langwords.LIVE_WORDS,
        langwords.LIVE_PAGE_WORDS,
        langwords.PAYWALL_LABELS,
        langwords.NEWS_WORDS,
    )
    for w in langwords.entries(table)
    if " " not in w
)
_LONE_NAME = _compile(r"[^\W\d_][^\W_]*(?:[.-][^\W_]+)?")  # "Stadtportal", "Hafen-Info"


def name_before_a_place_clause(parts: list[str], sites: frozenset[str]) -> bool:
    """ "Stadtportal - Fire in Berlin" on berlin.example: one capitalised word, then a
    headline about the host's town; the word is the site's name set first (a portal named
    otherwise than its host)."""
    return (
        len(parts) == 3
        and _LONE_NAME.fullmatch(lone := parts[0].strip()) is not None
        and lone[0].isupper()
        and lone.casefold() not in _KICKERS  # "Interview - Leben in Wien": the story's kind
        and not CJK_CHAR.search(lone)
        and _place_clause(parts[2], sites)
    )


MIN_ROOT = 5  # a host's word a paper's name in another script grows from ("limani")
MAX_ROOT_TAIL = 4  # ... by a suffix of a few letters ("Λιμανιώτης", limaniotis)


def host_root(part: str, sites: frozenset[str]) -> bool:
    """A last part of one capitalised word in Greek or Cyrillic letters whose Latin spelling
    is a site key and a suffix ("... - Λιμανιώτης" on limani.example): a paper named by a
    word grown from its host's. Not in Latin letters, where a headline's compound begins
    with the host's word ("... - Hafenplan" on hafen.example)."""
    word = part.strip()
    if " " in word or not word[:1].isupper() or not _GREEK_OR_CYRILLIC.fullmatch(word):
        return False
    return any(
        len(k) - MAX_ROOT_TAIL <= len(s) < len(k) and k.startswith(s)
        for k in spellings(compact(word))
        if k.isascii()
        for s in sites
        if len(s) >= MIN_ROOT and s.isascii()
    )


_GREEK_OR_CYRILLIC = _compile("[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]+")


def shown_tail_cut(text: str, sites: frozenset[str]) -> str | None:
    """What `strip_sites` leaves of a heading after a last part it takes for a news label
    with no site's name ("... - Latest News", `news_label`) or for a paper's name grown
    from the host's word ("... - Λιμανιώτης", `host_root`); none where it takes none. An
    article's h1 so ending shows the part as the headline's: no site sets its label or
    name in the heading."""
    parts = split_parts(text)
    if len(parts) < 3 or cjk_width("".join(parts[:-2])) < MIN_REST:
        return None
    last = parts[-1]
    return "".join(parts[:-2]) if news_label(last) or host_root(last, sites) else None


# the words of an edition after a site's name, as `compact` spells them
_EDITION = _compile("digital|online|epaper|điệntử|онлайн|ऑनलइन|ออนไลน")
