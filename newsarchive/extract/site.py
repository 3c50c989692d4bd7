"""The publisher's own names, as a page states them: to cut them from titles and author lists.

Sources: `og:site_name`, the web-app and native-app name metas, the publisher metas,
the JSON-LD publisher and Organization objects, and the host (`www.stern.de` gives
"stern" and "stern.de").
Names are compared in a compact form (letters and digits only, casefolded), so
"STERN.de", "stern.de" and "Stern DE" are one name. A name of several words also gives
its initials, marked apart (`ABBREVIATION`): "New Zealand Herald" is "NZH" in capitals.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsarchive.extract import jsonld, langwords
from newsarchive.extract.document import Document
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import as_strings
from newsarchive.extract.urls import split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# The site's name as the page states it: Open Graph, the web-app and native-app names
# (App Links, Twitter app cards), the publisher metas.
SITE_META = ("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site",
             "al:ios:app_name", "al:android:app_name", "twitter:app:name:iphone",
             "twitter:app:name:googleplay", "publisher", "dc.publisher")  # fmt: skip
_PUBLISHER_TYPES = ("Organization", "NewsMediaOrganization", "Corporation")
_NON_WORD = _compile(r"[\W_]+")
# Host labels that name no publisher: prefixes of the host, and second-level domains.
_HOST_PREFIXES = frozenset({"www", "m", "mobile", "amp", "edition"})
_NUMBERED_HOST = _compile(r"www\d+")  # www3.example.jp
_SECOND_LEVEL = frozenset({"com", "org", "net", "co", "ac", "gov", "or", "ne", "go", "edu"})
_GENERIC_LABELS = _HOST_PREFIXES | {"news", "com", "org", "net", "co", "ac", "gov", "or", "ne"}


# Cached: the title's and the site's cascades compact the same names ~57 times a page, 21
# of them distinct (short strings: a name, a host label, a title's part).
@lru_cache(maxsize=2048)
def compact(s: str) -> str:
    # (Turkish dotless i, U+0131, and dotted capital I, U+0130, as a plain "i": a title's name
    # in capitals is the one og:site_name writes in small letters; casefold keeps U+0131 and
    # gives U+0130 a combining dot, so the two spellings never met)
    return _NON_WORD.sub("", s).casefold().translate(_TURKISH_I)


_TURKISH_I = str.maketrans({"\u0131": "i", "\u0307": None})


_EDITION_TEXT = "online digital web news plus live tv magazin magazine zeitung newsroom app mobile"
# "ZDFheute" on zdf.de, "KZ Today", "KZ heute": a news show's word after the site's name,
# joined to it, capitalised or after an acronym (`is_site`); lowercase after a space and a
# word ("Kiel heute", "Britain today") it is a headline's adverb, how a place is today
_SHOW_WORDS = ("heute", "today")
_NEWS_KEYS = {compact(w) for w in langwords.entries(langwords.NEWS_WORDS)}
# "VG Nyheter" on vg.no: a short name before an edition word still names the site
MIN_EDITION_KEY = 2
MAX_CHANNEL_DIGITS = 2  # "BR24", "N24": a number after a short name
MIN_PREFIX = 4  # "Daily Example Online" is the site "Daily Example"; shorter keys must match whole
MIN_INITIALS = 3  # "Neue Zürcher Zeitung" is nzz.ch; two initials ("Le Monde") say nothing
# Marks a key that is a stated name's initials ("^nzh" of "New Zealand Herald"): only a text
# written in capitals matches it ("| NZH"), never a name's compact form (`compact` keeps no "^")
ABBREVIATION = "^"
MIN_ABBREVIATION, MAX_ABBREVIATION = 2, 6  # "SZ", "NZH", "SCMP": an acronym is a few capitals
_ACRONYM = _compile(r"(?P<letters>[^\W\d_]{2,6})(?:\.[a-z]{2,3})?")  # "SZ", "SZ.de", "РГ"
MIN_LONG_WORD = 5  # "Frankfurter Rundschau" is fr.de; "Neue Regeln" names no nr.de
MIN_WORD_PART = 4  # "bharian" is "Berita Harian": the name's last words spelt whole
MIN_NUMBER_WORD = 3  # "20min" is "20 Minuten": a number and a word's first three letters
# German spells umlauts out in host names ("Süddeutsche" on sueddeutsche.de).
_CJK_STEM = _compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# Letters that keep no base letter apart from their mark ("Przykład.pl" on przyklad.pl,
# "Børsen" on borsen.dk, "Fréttablaðið", "Dagbladet Information" ...): as host names spell them.
_UNMARKED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ß": "ss",
     "ħ": "h"}
)  # fmt: skip
# Cyrillic as Russian and Ukrainian hosts spell it ("Ведомости" on vedomosti.ru, "Газета.Ru"
# on gazeta.ru, "Аргументы и Факты" on aif.ru); casefolded keys hold lower case only.
_CYRILLIC = str.maketrans(
    {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
     "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
     "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh",
     "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi",
     "є": "ye", "ґ": "g", "ј": "j", "љ": "lj", "њ": "nj", "џ": "dz", "ћ": "c", "ђ": "dj",
     "ѓ": "gj", "ќ": "kj", "ѕ": "dz"}
)  # fmt: skip
# ... and the other spellings hosts use: "РБК" on rbc.ru, "Хроника" on khronika.example;
# Serbian and Macedonian as their Latin letters without marks ("Лука" and "Вести" alike,
# "Пристаниште" on pristaniste.example), Bulgarian "щ" and "ъ" ("Пристанище" on
# pristanishte.example, "Българ..." balgar...)
_CYRILLIC_OTHERS = (
    str.maketrans({"х": "kh", "й": "j", "ю": "ju", "я": "ja"}),
    str.maketrans({"к": "c", "ц": "c"}),
    str.maketrans({"ш": "s", "ч": "c", "ж": "z", "ц": "c"}),
    str.maketrans({"щ": "sht", "ъ": "a"}),
    # Ukrainian as its hosts spell it ("Київ" kyiv, "Харків" kharkiv, "Гомін" homin)
    str.maketrans({"и": "y", "ї": "i", "г": "h", "х": "kh", "й": "i", "є": "ie"}),
)
# Greek as Greek hosts spell it (a paper's name in Greek letters on kathimerini.example,
# tovima.example, ethnos.example), accents dropped first; the second spelling reads the
# pairs hosts spell by sound (naftemporiki, eleftherostypos, zougla: `_greek_sound`)
_GREEK = str.maketrans(
    {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
     "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
     "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o"}
)  # fmt: skip
_GREEK_PAIRS = _compile("ου|[αε]υ|γκ|μπ|ντ")
_GREEK_SOUNDS = {"ου": "ou", "γκ": "g", "μπ": "b", "ντ": "d"}
_GREEK_LETTER = _compile("[\u0370-\u03ff]")
# "Daily Example Online" is "Daily Example", "Example Nachrichten" and "例ニュース" are "Example",
# "РИА Новости" on ria.ru (in Latin letters: "rianovosti") is "РИА"
EDITION_WORDS = (
    frozenset(_EDITION_TEXT.split()) | _NEWS_KEYS | {w.translate(_CYRILLIC) for w in _NEWS_KEYS}
)
# words for news in Latin letters ("news", "noticias", "habari"): an edition's word
_NEWS_LATIN = tuple(
    sorted(k for k in _NEWS_KEYS | {"news"} if k.isascii() and len(k) >= MIN_PREFIX)
)
MAX_EDITION_TAIL = 8  # "swahili", "brasil", "mundo": one word naming a language or country


def site_keys(doc: Document) -> frozenset[str]:
    """Compact forms of every name the page gives its publisher (computed once per page)."""
    cached: frozenset[str] | None = doc.cache.get("site_keys")
    if cached is not None:
        return cached
    names = [n.lstrip("@") for n in doc.all_meta(*SITE_META)]
    names += as_strings(jsonld.resolve(doc.article.get("publisher"), doc.jsonld))
    # initials of the names the page gives its publisher, not of any organisation its
    # JSON-LD mentions ("European Union" is no "EU" site)
    # (a hyphen's parts each a word too: "Neue Hafen-Zeitung" is "NHZ")
    keys = {
        ABBREVIATION + a
        for n in names
        for a in _initials(n.split()) | _initials(_HYPHENED.findall(n))
    }
    for org in jsonld.objects_of_type(doc.jsonld, *_PUBLISHER_TYPES):
        names += as_strings(org.get("name"))
    keys.update(compact(n) for n in names)
    keys |= host_keys(doc.url)
    keys.discard("")
    found = frozenset(keys)
    doc.cache["site_keys"] = found
    return found


def host_keys(url: str) -> set[str]:
    """Compact forms of the names a URL's host spells ("stern.de", "stern")."""
    keys: set[str] = set()
    host = (split_url(url).hostname or "").lower()
    labels = host.split(".")
    while len(labels) > 2 and (labels[0] in _HOST_PREFIXES or _NUMBERED_HOST.fullmatch(labels[0])):
        labels = labels[1:]
    if labels:
        keys.add(compact(".".join(labels)))  # "stern.de" -> "sternde"
        # the registered domain under a section's subdomain: "HN.cz" on domaci.hn.cz
        registered = labels[-3:] if len(labels) > 2 and labels[-2] in _SECOND_LEVEL else labels[-2:]
        keys.add(compact(".".join(registered)))
        keys.update(  # "stern", not the TLD or "co" of ".co.uk"
            compact(lab) for lab in labels[:-1] if len(lab) > 1 and lab not in _GENERIC_LABELS
        )
        keys.update(_without_edition(lab) for lab in labels[:-1])  # "paz" of "paz-online"
        # "sz" of "sz-lokal", marked apart: a name of several words it spells ("Sächsische
        # Zeitung"), never the short word itself ("EU: ..." on eu-news.example is a topic)
        keys.update(HOST_INITIALS + i for lab in labels[:-1] if (i := _initials_label(lab)))
    return keys


HOST_INITIALS = "%"  # a key marked so: a host's initials, matched by a name of several words
MAX_HOST_INITIALS = 4  # "sz", "fnp", "hna": a paper's initials before a dash in its host
MIN_HOST_WORD = 3


def _initials_label(label: str) -> str:
    """ "sz" of "sz-lokal", "op" of "op-marburg": a paper's initials, then a dash and a
    word its host adds (its edition, its town), where the title prints the name in full
    ("Sächsische Zeitung"); a longer first part is a word of its own ("rhein" of
    "rhein-zeitung", which a kicker "Rhein:" may be)."""
    head, dash, tail = label.partition("-")
    if (
        dash
        and MIN_ABBREVIATION <= len(head) <= MAX_HOST_INITIALS
        and head.isascii()
        and head.isalpha()
        and tail.isalpha()
        and len(tail) >= MIN_HOST_WORD
    ):
        return head
    return ""


_HOST_EDITION = _compile(r"^([a-z0-9]{2,})-?(?:online|digital|web)$")


def _without_edition(label: str) -> str:
    """ "paz" of "paz-online", "nwz" of "nwzonline": a paper's letters before the edition
    word its host adds (the name the title prints is "Peiner Allgemeine Zeitung")."""
    m = _HOST_EDITION.match(label)
    return m.group(1) if m else ""


# a name of up to four words with a host name in brackets after it: "Hospodářské listy (HL.cz)"
HOST_IN_BRACKETS = _compile(
    r"(?:[^\W\d_][\w.'-]*\s+){0,3}[^\W\d_][\w.'-]*\s*\((?P<host>[\w-]+\.[a-z]{2,3})\)", re.I
)


@lru_cache(maxsize=4096)
def is_site(text: str, keys: frozenset[str]) -> bool:
    """ "Daily Example", "dailyexample.co.uk", "DAILY EXAMPLE Online" on www.dailyexample.co.uk.

    A longer name counts only where what follows the site's name is an edition word or a
    domain ending ("Times Square" is no site on times.example); a shorter one needs four
    characters ("Daily Example" for "Daily Example Online"). Cached: the title cascade asks
    of the same parts several times a page.
    """
    key = compact(text)
    if not key:
        return False
    if any(_named(k, keys) for k in spellings(key)):
        return True
    if (host := text.strip().casefold()).startswith("www.") and host.count(".") > 1:
        return is_site(host[4:], keys)  # "| www.example.co.uk" on example.co.uk
    first, _, rest = text.strip().partition(" ")
    if (
        rest
        and first.casefold() in langwords.NAME_ARTICLE_WORDS
        and any(_named(k, keys) for k in spellings(compact(rest)))
    ):
        return True  # "The Example Chronicle" on examplechronicle.in (a Greek article too)
    if _HEBREW.search(key) and any(
        len(k) >= MIN_HEBREW_HOST and _hebrew_spelling(key).fullmatch(k) for k in keys
    ):
        return True  # "המקומון" on hamekomon.co.il
    if _ARABIC.search(key) and any(
        len(k) >= MIN_HEBREW_HOST and _arabic_spelling(key).fullmatch(k) for k in keys
    ):
        return True  # "مصراوى" beside og:site_name "Masrawy", "الميناء" on almina.example
    if _HANGUL.search(key) and any(
        len(k) >= MIN_HANGUL_HOST and _hangul_spelling(key).fullmatch(k) for k in keys
    ):
        return True  # "부산" on busan.example, "한국" on hankook.example, "조선" on chosun.example
    if (m := HOST_IN_BRACKETS.fullmatch(text.strip())) and is_site(m["host"], keys):
        return True  # "Hospodářské listy (HL.cz)" on hl.cz: a name and the site's host after it
    if (m := _ACRONYM.fullmatch(text.strip())) and m["letters"].isupper():
        # "| NZH" beside "New Zealand Herald", "- SZ.de" beside "Süddeutsche Zeitung"
        return ABBREVIATION + m["letters"].casefold() in keys
    words = _NON_WORD.sub(" ", text).split()
    longest = max(map(len, keys), default=0)
    forms = _shortened(words, longest)
    if rest and first.casefold() in langwords.NAME_ARTICLE_WORDS:
        forms += _shortened(words[1:], longest)  # "The Sydney Morning Herald" on smh.com.au
    if len(words) > 2 and compact(words[-1]) in EDITION_WORDS:
        forms += _shortened(words[:-1], longest)  # "Tiroler Tageszeitung Online" on tt.com
    if _placed_name(words):
        forms.append(words[-1].casefold())  # "Hafener Merkur" on merkur.example
    if _channel_name(words):  # "Москва 24" on m24.ru, "Αθήνα 24" on a24.example
        forms.append("".join(w[0] for w in words[:-1]).casefold() + words[-1])
    forms += _after_a_kind(text)  # "Báo Tuổi Trẻ" on tuoitre.vn
    return (
        any(not spellings(k).isdisjoint(keys) for k in forms)
        or (len(words) > 1 and any(HOST_INITIALS + k in keys for k in forms))
        or _syllables_spelt(words, keys)
        or _show_name(text.strip(), keys)
    )


def _show_name(text: str, keys: frozenset[str]) -> bool:
    """The site's name and a news show's word after it (`_SHOW_WORDS`)."""
    folded = text.casefold()
    word = next((w for w in _SHOW_WORDS if folded.endswith(w)), None)
    if word is None:
        return False
    name, show = text[: -len(word)], text[-len(word) :]
    spaced, name = name != name.rstrip(), name.rstrip()
    return bool(name) and (
        (not spaced or show[0].isupper() or name.isupper()) and is_site(name, keys)
    )


MIN_SYLLABLE_KEY, MAX_SYLLABLE_KEY = 3, 6  # "svd", "ksta", "mopo": a host's short label
MAX_SYLLABLE_WORDS = 4


def _syllables_spelt(words: list[str], keys: frozenset[str]) -> bool:
    """A paper's name its host spells by the first letters of each of its words, one or
    more of each ("svd" of "Svenska Dagbladet", "ksta" of "Kölner Stadt-Anzeiger", "mopo"
    of "Hamburger Morgenpost", its compound's own paper noun a word and a leading place's
    adjective left out). Only a name that reads as a paper's: two to four capitalised
    words ending in a paper's noun (`_paper_noun`), not opened by a headline's word; "Fall
    Zwei" on faz.example, "Starke Rauchentwicklung" on strau.example are a headline's."""
    if not 2 <= len(words) <= MAX_SYLLABLE_WORDS or _headline_opener(words[0]):
        return False
    if not all(w[0].isupper() for w in words):
        return False
    last = words[-1]
    noun = _paper_noun(last) or _paper_noun(last, compound=True)
    if noun is None:
        return False
    units = [compact(w) for w in words[:-1]]
    head = compact(last)
    units += [head[: -len(noun)], noun] if _paper_noun(last) is None else [head]
    candidates = [k for k in keys if MIN_SYLLABLE_KEY <= len(k) <= MAX_SYLLABLE_KEY and k.isalpha()]
    if not candidates:
        return False
    spelt = [sorted(spellings(u)) for u in units]
    if words[0].casefold() in langwords.NAME_ARTICLE_WORDS:
        # hosts leave an article out, never spell it: "Die Post" on dipo.example is the
        # postal service a headline names
        starts = [1]
    else:
        # a leading place's adjective may be left out ("Hamburger Morgenpost" is mopo)
        starts = [0] + [1 for w in words[:1] if _PLACE_ADJECTIVE.search(w.casefold())]
    return any(
        _prefixes_spell(k, spelt[i:]) for k in candidates for i in starts if len(spelt) - i >= 2
    )


def _prefixes_spell(key: str, units: list[list[str]]) -> bool:
    """Whether `key` is a first part of each unit (one spelling of it), in order, whole."""
    if not units:
        return not key
    return any(
        _prefixes_spell(key[n:], units[1:])
        for form in units[0]
        for n in range(1, min(len(form), len(key) - len(units) + 1) + 1)
        if key[:n] == form[:n]
    )


MAX_KIND_WORDS = 3  # "Báo", "Tin tức", "Báo điện tử": the words for a paper's kind
MAX_KIND_NAME_WORDS = 5
MIN_KIND_NAME = 6  # letters of the name after them: "Kompas", not "Metro" or "Post"
_PAPER_KINDS = frozenset(
    unicodedata.normalize("NFC", " ".join(e.split()))
    for e in langwords.entries(langwords.PAPER_KINDS)
)


def _after_a_kind(text: str) -> list[str]:
    """The name after the words for the paper's kind that its host leaves out: "Báo Tuổi
    Trẻ" on tuoitre.vn, "Báo điện tử Dân Trí" on dantri.com.vn, "Gazeta Wyborcza" on
    wyborcza.pl, "Harian Kompas" on kompas.id, "Báo Dân trí" (a name capitalised on its first
    word only). The host (or another name the page states) spelling the words after a
    capitalised opening that is a word for a paper's kind (`langwords.PAPER_KINDS`:
    "Báo", "Gazeta", "Tạp chí"), from a capitalised one on, is the evidence; a name of six
    letters at least, in a part of five words at most. Not a headline ending in a place its
    host names ("Fire in Berlin" on berlin.example, "Banjir di Surabaya" on a regional
    subdomain surabaya.tribun.example, "Stadtrat beschließt neuen Hafenplan" on
    hafenplan.example), nor a compound's last part ("Wahl in Mecklenburg-Vorpommern")."""
    words = text.split()
    if not 2 <= len(words) <= MAX_KIND_NAME_WORDS or not words[0][:1].isupper():
        return []
    found = []
    for i in range(1, min(MAX_KIND_WORDS, len(words) - 1) + 1):
        if unicodedata.normalize("NFC", " ".join(words[:i]).casefold()) not in _PAPER_KINDS:
            continue
        key = compact("".join(words[i:]))
        if words[i][:1].isupper() and len(key) >= MIN_KIND_NAME:
            found.append(key)
    return found


def _channel_name(words: list[str]) -> bool:
    """A channel's name of one or two capitalised words and its number ("Москва 24", "Αθήνα
    24"), which hosts spell by the words' initials and the number (m24.ru). Only in another
    script than the host's: a Latin name's host spells it whole or as its acronym, and a
    Latin headline part "Top 24" on t24 is no site's name."""
    return (
        2 <= len(words) <= 3
        and words[-1].isdigit()
        and len(words[-1]) <= MAX_CHANNEL_DIGITS
        and all(w[0].isupper() and not w[0].isascii() for w in words[:-1])
    )


# Hebrew letters as Israeli hosts spell them ("הארץ" haaretz, "מעריב" maariv, "גלובס" globes):
# alef, he, vav, yod and ayin are often vowels or silent, and the vowels hosts add are unwritten.
_HEBREW = _compile("[\u05d0-\u05ea]")
_HEBREW_LATIN = {
    "א": "[aeiou]?", "ב": "(?:b|v)", "ג": "(?:g|j)", "ד": "d", "ה": "h?", "ו": "(?:v|w|o|u)?",
    "ז": "z", "ח": "(?:ch|kh|h)", "ט": "t", "י": "(?:y|i|e)?", "כ": "(?:k|ch|kh|c)",
    "ך": "(?:k|ch|kh|c)", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s",
    "ע": "[aeio]?", "פ": "(?:p|f|ph)", "ף": "(?:p|f|ph)", "צ": "(?:tz|ts|z|c)",
    "ץ": "(?:tz|ts|z|c)", "ק": "(?:k|q|c)", "ר": "r", "ש": "(?:sh|s)", "ת": "(?:t|th|s)",
}  # fmt: skip
_WEAK_HEBREW = frozenset("אהויע")
# "הארץ" (r-tz) is haaretz; one consonant ("וואלה") matches hosts by chance, as do short hosts
MIN_HEBREW_CONSONANTS, MIN_HEBREW_HOST = 2, 5
_NO_MATCH = _compile(r"(?!)")


@lru_cache(maxsize=1024)
def _hebrew_spelling(key: str) -> re.Pattern[str]:
    """A pattern of the Latin spellings of a Hebrew name, unwritten vowels between its
    letters and doubled consonants allowed; no match for a name of one consonant or with
    other letters."""
    if any(c not in _HEBREW_LATIN for c in key):
        return _NO_MATCH
    if sum(c not in _WEAK_HEBREW for c in key) < MIN_HEBREW_CONSONANTS:
        return _NO_MATCH
    # a run of weak letters and the unwritten vowels around them is one class (as for
    # Arabic below): an optional group per weak letter between two "[aeiouy]*" split a Latin
    # key's run of vowels in exponentially many ways before a failing match ended
    parts = []
    run = set("aeiouy")
    for c in key:
        if c in _WEAK_HEBREW:
            run |= _WEAK_HEBREW_LETTERS[c]
        else:
            parts += [_run_class(run), _HEBREW_LATIN[c] + "+"]
            run = set("aeiouy")
    parts.append(_run_class(run))
    return re.compile("".join(parts))


# Arabic letters as hosts and Latin names spell them ("مصراوى" masrawy, "الميناء" almina,
# "الشروق" shorouk): alef, waw, ya, ta marbuta, ha, ain and hamza are often vowels or silent,
# short vowels are unwritten, and the article "ال" is written "al", "el" or left out.
_ARABIC = _compile("[\u0621-\u064a]")
_ARABIC_LATIN = {
    "ا": "[aeiou]?", "أ": "[aeiou]?", "إ": "[aeiou]?", "آ": "[aeiou]?", "ء": "'?", "ئ": "'?",
    "ؤ": "'?", "ب": "b", "ت": "t", "ث": "(?:th|s|t)", "ج": "(?:j|g|dj)", "ح": "h",
    "خ": "(?:kh|k|h)", "د": "d", "ذ": "(?:dh|th|z|d)", "ر": "r", "ز": "z", "س": "s",
    "ش": "(?:sh|ch)", "ص": "s", "ض": "(?:d|dh|z)", "ط": "t", "ظ": "(?:z|dh|th)",
    "ع": "[aeiou]?", "غ": "(?:gh|g)", "ف": "f", "ق": "(?:q|k|g)", "ك": "k", "ل": "l",
    "م": "m", "ن": "n", "ه": "h?", "ة": "(?:a|ah|at|e)?", "و": "(?:w|o|u|ou|oo)?",
    "ي": "(?:y|i|ee|e)?", "ى": "(?:y|i|a)?",
}  # fmt: skip
_WEAK_ARABIC = frozenset("اأإآءئؤعهةوىي")
_ARABIC_ARTICLE = "ال"


@lru_cache(maxsize=1024)
def _arabic_spelling(key: str) -> re.Pattern[str]:
    """A pattern of the Latin spellings of an Arabic name, as `_hebrew_spelling`; the
    article "ال" opening a word may be spelt "al", "el" or left out."""
    if any(c not in _ARABIC_LATIN for c in key):
        return _NO_MATCH
    if sum(c not in _WEAK_ARABIC for c in key) < MIN_HEBREW_CONSONANTS + 1:
        return _NO_MATCH
    # a run of weak letters, articles and the short vowels around them is one class of the
    # letters they may be spelt with: optional groups side by side ("(?:w|o|u)?[aeiouy]*
    # (?:y|i)?") split a run of vowels in exponentially many ways before a failing match ends
    parts = []
    run = set("aeiouy")
    i = 0
    while i < len(key):
        c = key[i]
        if key.startswith(_ARABIC_ARTICLE, i) and len(key) - i > len(_ARABIC_ARTICLE) + 1:
            run |= {"a", "e", "l"}  # "al", "el" or left out: part of the run it stands in
            i += len(_ARABIC_ARTICLE)
        elif c in _WEAK_ARABIC:
            run |= _WEAK_LETTERS[c]
            i += 1
        else:
            parts += [_run_class(run), _ARABIC_LATIN[c] + "+"]
            run = set("aeiouy")
            i += 1
    parts.append(_run_class(run))
    return re.compile("".join(parts))


# Hangul syllables as Korean hosts spell them: the Revised Romanization and the older
# spellings hosts keep ("hankook" 한국, "chosun" 조선, "joongang" 중앙, "kyunghyang" 경향,
# "yonhap" 연합): each syllable's initial, vowel and final consonant, a few ways each
_HANGUL = _compile("[\uac00-\ud7a3]")
_HANGUL_INITIALS = (
    "(?:g|k)",
    "(?:kk|gg)",
    "n",
    "(?:d|t)",
    "(?:tt|dd)",
    "(?:r|l)",
    "m",
    "(?:b|p)",
    "(?:pp|bb)",
    "s",
    "ss",
    "",
    "(?:j|ch)",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
)
_HANGUL_VOWELS = (
    "a",
    "ae",
    "ya",
    "yae",
    "(?:eo|o|u)",
    "e",
    "(?:yeo|yo|yu)",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "(?:u|oo)",
    "wo",
    "we",
    "wi",
    "yu",
    "(?:eu|u)",
    "(?:ui|ei)",
    "(?:i|ee)",
)
_HANGUL_FINALS = (
    "",
    "(?:k|g)",
    "k",
    "k",
    "n",
    "n",
    "n",
    "(?:t|d)",
    "(?:l|r)",
    "k",
    "m",
    "l",
    "l",
    "l",
    "p",
    "l",
    "m",
    "(?:p|b)",
    "p",
    "(?:t|s)",
    "(?:t|ss)",
    "ng",
    "(?:t|j)",
    "t",
    "k",
    "t",
    "p",
    "(?:t|h)",
)
MIN_HANGUL_HOST, MIN_HANGUL_SYLLABLES = 4, 2  # "부산" busan; one syllable matches by chance


@lru_cache(maxsize=1024)
def _hangul_spelling(key: str) -> re.Pattern[str]:
    """A pattern of the Latin spellings of a Korean name written in Hangul syllables (each
    syllable computed from its code point: initial, vowel, final); no match for a name of
    one syllable or with other letters."""
    if len(key) < MIN_HANGUL_SYLLABLES or not all(_HANGUL.fullmatch(c) for c in key):
        return _NO_MATCH
    parts = []
    for c in key:
        i = ord(c) - 0xAC00
        parts += [_HANGUL_INITIALS[i // 588], _HANGUL_VOWELS[i % 588 // 28], _HANGUL_FINALS[i % 28]]
    return re.compile("".join(parts))


_WEAK_LETTERS = {c: set(_compile("[a-z']").findall(_ARABIC_LATIN[c])) for c in _WEAK_ARABIC}
_WEAK_HEBREW_LETTERS = {c: set(_compile("[a-z]").findall(_HEBREW_LATIN[c])) for c in _WEAK_HEBREW}


_HYPHENED = _compile(r"[^\s-]+")  # a name's words, a hyphen's parts each one


def _run_class(letters: set[str]) -> str:
    return f"[{''.join(sorted(letters))}]*"


def _initials(words: list[str]) -> set[str]:
    """A name's initials as sites abbreviate it: of every word, of its capitalised words
    ("TOI" and "TI" of "Times of India"), without a leading article ("The ...")."""
    if len(words) < 2:
        return set()
    forms = [words, words[1:]] if words[0].casefold() in langwords.NAME_ARTICLE_WORDS else [words]
    found = set()
    for ws in forms:
        found.add("".join(w[0] for w in ws).casefold())
        found.add("".join(w[0] for w in ws if w[0].isupper()).casefold())
    return {f for f in found if MIN_ABBREVIATION <= len(f) <= MAX_ABBREVIATION and f.isalpha()}


def _shortened(words: list[str], longest: int) -> list[str]:
    """A name as its host shortens it: its initials ("nzz" of "Neue Zürcher Zeitung", "sn"
    of "Salzburger Nachrichten"), or the first words' initials and the last words whole
    ("bharian" of "Berita Harian", "hmetro" of "Harian Metro"), or a number and the first
    letters of the word after it ("20min" of "20 Minuten").

    Last words only up to `longest` letters (the longest key): no spelling of longer ones
    is a key, and spelling out every tail of a title of thousands of words took seconds."""
    found = []
    initials = "".join(w[0] for w in words).casefold()
    # two initials only of two long capitalised words a paper's name is made of:
    # "Salzburger Nachrichten" on sn.at, not "Uttar Pradesh" on up.example
    if len(initials) >= MIN_INITIALS or (
        len(words) == 2
        and all(w[0].isupper() for w in words)
        and (
            (all(len(w) >= MIN_LONG_WORD for w in words) and _paper_name(words))
            # "Rheinische Post" on rp-online.de, "Todo Noticias" on tn.com.ar
            or (
                len(words[0]) >= MIN_PREFIX
                and _paper_noun(words[1]) is not None
                and not _headline_opener(words[0])
            )
        )
    ):
        found.append(initials)
    if len(words) >= 2 and all(w[0].isupper() for w in words) and not _headline_opener(words[0]):
        # "Leipziger Volkszeitung" on lvz.de: a compound's own noun spelt by its initial
        noun = _paper_noun(words[-1], compound=True)
        if noun is not None:
            found.append(initials + noun[0])
    tails, letters = [], 0
    for i in range(len(words) - 1, 0, -1):
        letters += _spelt_letters(words[i])
        if letters > longest:
            break
        whole = "".join(words[i:]).casefold()
        if len(whole) >= MIN_WORD_PART:
            tails.append(initials[:i] + whole)
    found += reversed(tails)
    if len(words) == 2 and words[0].isdigit():  # "20min" of "20 Minuten", "7tage" of "7 Tage"
        word = words[1].casefold()
        found += [words[0] + word[:k] for k in range(MIN_NUMBER_WORD, len(word))]
    return found


# Cyrillic letters hosts leave out ("Коммерсантъ" on kommersant.ru): every other letter of a
# word (marks are no word's, `_NON_WORD`) stays at least one letter in each spelling
_SILENT = frozenset("ъьЪЬ")


def _spelt_letters(word: str) -> int:
    """The fewest letters any spelling of the word has (`spellings`)."""
    return sum(c not in _SILENT for c in word)


# the first word of a paper's two-word name: a place's adjective ("Frankfurter", "Московский");
# or its last word a word for paper or news ("Tageszeitung", "Nachrichten", "Nyheter")
_PLACE_ADJECTIVE = _compile(r"(?:er|ий|ый|ая|ое)$")
_PAPER_ENDS = tuple(sorted(w for w in EDITION_WORDS if len(w) >= MIN_PREFIX and w.isalpha()))


_SAINT = frozenset({"st", "sankt", "saint", "san", "santa"})  # "St. Galler Tagblatt"
MAX_PLACE_WORDS = 2
# the last word alone names the site from six letters ("Merkur"); "Kieler Woche" on
# woche.example and "Berliner Mauer" on mauer.example are no papers' names
MIN_PLACED_WORD = 6


def _placed_name(words: list[str]) -> bool:
    """A paper's name of a place's adjective or two and one long capitalised word
    ("Hafener Merkur", "St. Hafener Tagblatt"), which hosts often spell by that last word
    alone (merkur.example, tagblatt.example)."""
    if not 2 <= len(words) <= MAX_PLACE_WORDS + 1:
        return False
    last = words[-1]
    if len(last) < MIN_PLACED_WORD or not last[0].isupper():
        return False
    places = [w for w in words[:-1] if w.casefold() not in _SAINT]
    return bool(places) and all(
        w[0].isupper() and _PLACE_ADJECTIVE.search(w.casefold()) for w in places
    )


def _paper_name(words: list[str]) -> bool:
    """Whether two words read as a paper's name, not a place's or a person's ("Buenos
    Aires", "Franziska Richter", "Bayern München"): only such names do hosts shorten to
    two letters; "Malas Noticias" and "Schlechte Nachrichten" are a headline's phrase."""
    if _headline_opener(words[0]):
        return False
    return bool(_PLACE_ADJECTIVE.search(words[0].casefold())) or any(
        k.endswith(_PAPER_ENDS) for k in spellings(compact(words[1]))
    )


_PAPER_NOUNS = tuple(langwords.entries(langwords.PAPER_NOUNS))
MIN_COMPOUND_HEAD = 3  # "Volks" of "Volkszeitung": the first half of a compound paper's name


_NOT_PAPER_OPENERS = frozenset(langwords.entries(langwords.NOT_PAPER_OPENERS))


def _headline_opener(word: str) -> bool:
    """A first word that makes "X Post" a headline's phrase ("Keine Post", "Tough Times"),
    whose initials a host may spell by chance: no paper is named so."""
    return word.casefold() in _NOT_PAPER_OPENERS


def _paper_noun(word: str, compound: bool = False) -> str | None:
    """The noun a paper's name ends with that the word is ("Post", "Sanomat") or, with
    `compound`, that closes it after a first half of three letters at least ("Volkszeitung"
    gives "zeitung"); None for any other word."""
    for key in spellings(compact(word)):
        for noun in _PAPER_NOUNS:
            if not compound and key == noun:
                return noun
            if compound and len(key) - len(noun) >= MIN_COMPOUND_HEAD and key.endswith(noun):
                return noun
    return None


def spellings(key: str) -> frozenset[str]:
    """The key as written, without accents ("Libération" on liberation.fr, "Przykład" on
    przyklad.pl), with German umlauts spelt out and Cyrillic in Latin letters
    ("Коммерсантъ" on kommersant.ru); host names are ASCII while the names pages print
    are not."""
    if key.isascii():
        return frozenset((key,))
    return _spellings(key)


@lru_cache(maxsize=4096)
def _spellings(key: str) -> frozenset[str]:
    """`spellings` of a key not all ASCII (cached: the title's and topics' cascades spell
    the same names and words again and again a page)."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    bare = bare.translate(_UNMARKED)
    spelt = unicodedata.normalize("NFC", key).translate(_UMLAUTS)
    latin = key.translate(_CYRILLIC)
    others = [key.translate(t).translate(_CYRILLIC) for t in _CYRILLIC_OTHERS]
    if _GREEK_LETTER.search(bare):
        sounds = _GREEK_PAIRS.sub(_greek_sound, bare)
        others += [bare.translate(_GREEK), sounds.translate(_GREEK)]
    return frozenset({key} | {k for k in (bare, spelt, latin, *others) if k.isascii()})


def _greek_sound(m: re.Match[str]) -> str:
    """A Greek letter pair as hosts spell it: alpha or epsilon and upsilon are "av"/"ev"
    before a vowel or a voiced consonant, "af"/"ef" before the others or at the end ("avgi",
    "naftemporiki"); omicron-upsilon "ou"; gamma-kappa, mu-pi, nu-tau "g", "b", "d"."""
    pair = m.group()
    if pair in _GREEK_SOUNDS:
        return _GREEK_SOUNDS[pair]
    voiceless = m.end() < len(m.string) and m.string[m.end()] in "θκξπστφχψ"
    return pair[0].translate(_GREEK) + ("f" if voiceless or m.end() == len(m.string) else "v")


def _named(key: str, keys: frozenset[str]) -> bool:
    if key in keys:
        return True
    if len(key) < MIN_PREFIX:
        return False
    # "中日新聞Web" and "中日新聞社": CJK names of one house share their first characters
    # (only CJK: "Hafenbrücke ..." shares its first four letters with hafen.de by chance)
    stem = key[:MIN_PREFIX] if _CJK_STEM.fullmatch(key[:MIN_PREFIX]) else None
    for k in keys:
        if len(k) < MIN_PREFIX:
            rest = key[len(k) :]
            # "VG Nyheter", and a name with its channel's number: "BR24" on br.de
            if len(k) >= MIN_EDITION_KEY and key.startswith(k) and _short_edition(rest):
                return True
            continue
        if k.startswith(key) or (stem is not None and k.startswith(stem)):
            return True
        if key.startswith(k) and _edition(key[len(k) :]):
            return True
    return False


def _short_edition(rest: str) -> bool:
    return (
        rest in EDITION_WORDS
        or (rest.isdigit() and len(rest) <= MAX_CHANNEL_DIGITS)
        or _language_edition(rest)
    )


def _edition(rest: str) -> bool:
    return len(rest) <= 3 or rest in EDITION_WORDS or _language_edition(rest) or _inflected(rest)


_INFLECTIONS = ("n", "s", "en", "er", "es")  # "Kronen" of krone, "Hafens" of hafen


def _inflected(rest: str) -> bool:
    """An inflected host name and an edition or paper word after it ("Möwen Zeitung" on
    moewe.example: "moewe" + "n" + "zeitung")."""
    return any(rest.startswith(e) and rest[len(e) :] in EDITION_WORDS for e in _INFLECTIONS)


def _language_edition(rest: str) -> bool:
    """A word for news and one short word after a site's name: its edition in a language
    or country ("BBC News Swahili", "Example News Brasil" on example.com)."""
    return any(
        rest.startswith(w) and 0 < len(rest) - len(w) <= MAX_EDITION_TAIL and rest.isalpha()
        for w in _NEWS_LATIN
    )
