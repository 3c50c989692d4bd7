"""Datelines and places beside writers: "Anna Muster, Lörrach", "LAGOS, 3 March 2026",
"Muster, Anna" (family name first), "from our correspondent in Paris".

Whether a word after a comma is a place or a second name decides between one writer and
two; it is read from the word's shape, the page's own places and the language's "and".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from newsarchive.extract import langwords
from newsarchive.extract.authoragencies import newsroom_credit
from newsarchive.extract.authordates import VI_MIDDLE
from newsarchive.extract.authorjoins import AND_WORDS, RUN_START, split_and
from newsarchive.extract.authormeta import given_first
from newsarchive.extract.authorshapes import (
    CAPITAL_PARTICLES,
    COUNTRY_LANGUAGES,
    FAMILY_GIVEN,
    KIND_OR_DESK,
    PARTICLES,
    SPOKEN_CAPITALS,
    capitalised,
    job_or_jobs,
    umlauts,
)
from newsarchive.extract.byline import (
    BYLINE_LEAD,
    LABEL_WORDS,
    ROLE_AFFIX,
    is_role_word,
)
from newsarchive.extract.givennames import is_given_name, plain
from newsarchive.extract.langwords import is_agency
from newsarchive.extract.placenames import (
    country_name,
    country_spelled,
    dateline_shaped,
    far_small_town,
    is_known_place,
    place_shaped,
    town_and_region,
    town_countries,
)
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# Scripts without capitals that space their words (Hebrew, Arabic, Devanagari, Bengali and the
# other Indic scripts, Georgian, Ethiopic): there a lone word beside a full name is a place
# too ("أحمد علي - القاهرة", "রহিম উদ্দিন, ঢাকা", "ნინო კაპანაძე, თბილისი").
SPACED_CASELESS = _compile(r"[\u0590-\u08ff\u0900-\u0dff\u10d0-\u10ff\u1200-\u137f]")
# "Ana Souza — Rio de Janeiro", "Jan Novák - Praha": the last part after a spaced dash, behind
# a full name, is where the writer filed from (a dash does not list writers; "and" and commas do).
# The part after a byline's last dash, its spaces taken whole and its words from the first
# letter or sign to the last (a tail of spaces alone: the last of them, as a lazy part
# gave): a long run of spaces is read once, not once per way to share it (cubic before).
_AFTER_DASH_NOT = "-\u2013\u2014,;|/&،、"
_LAST_AFTER_DASH = _compile(
    rf"(?<=\S)\s++[-\u2013\u2014](?:\s++|(?=\s{{2,}}+$)\s*(?=\s$))"
    rf"([^{_AFTER_DASH_NOT}\s](?:[^{_AFTER_DASH_NOT}]*[^{_AFTER_DASH_NOT}\s])?|\s)\s*+$"
)
# "Ana Souza, de São Paulo": a part opening with "from"/"in" after a name is a place.
_PLACE_WORDS = "|".join(re.escape(w) for w in langwords.entries(langwords.PLACE_WORDS))
FROM_PLACE = _compile(rf"^\s*(?:{_PLACE_WORDS})\s+\S")
_CJK_FILED = _compile(
    r"(?:\s*[／/]\s*|\s+)[\u30a0-\u30ff\u3400-\u9fff]{1,6}(?:報導|报道|報道)\s*[）)】]?\s*$"
)
# Dispatch places of three characters or more (most are two: 台北, 北京, 東京, 紐約).
_CJK_LONG_PLACES = """
華盛頓 华盛顿 洛杉磯 洛杉矶 舊金山 旧金山 莫斯科 新加坡 布魯塞爾 布鲁塞尔 耶路撒冷 吉隆坡
雅加達 雅加达 馬尼拉 马尼拉 日內瓦 日内瓦 維也納 维也纳 阿姆斯特丹 斯德哥爾摩
新德里 德黑蘭 德黑兰 伊斯坦堡 伊斯坦布尔 芝加哥 溫哥華 温哥华 多倫多 多伦多 墨爾本 墨尔本
"""
_CJK_PLACES = sorted(_CJK_LONG_PLACES.split(), key=len, reverse=True)
OURS = frozenset(langwords.entries(langwords.STAFF_POSSESSIVES))
# Words that make a byline part a newspaper or newsroom, never a person's name; and the same
# written against the name in scripts without spaces.
_ORGANISATION_TEXT = """
news newspaper newsroom newsdesk gazette tribune herald zeitung tagblatt nachrichten tageszeitung
noticias diario periódico giornale quotidiano quotidien journal krant dagblad tidning
tidende avisen gazeta газета новости gazetesi
"""
ORGANISATION_WORDS = frozenset(_ORGANISATION_TEXT.split())


def _desk_or_place_in_capitals(word: str) -> bool:
    """ "BINNENLAND", "CRONACA", "SPORT", "ALTENKIRCHEN", "ZUERICH", "ÖSTERREICH" after a
    surname: a desk's or kind of piece's name, or a town's ending, a town or a country that
    is no given name and no agency: her desk or where she filed from. A long word the tables
    lack is none of these by its length ("PANAGIOTIS", "ABDULRAHMAN": given names)."""
    w = word.casefold()
    if not word.isupper() or not w.isalpha() or len(w) < SPOKEN_CAPITALS or is_agency(word):
        return False
    if plain(w) in KIND_OR_DESK:
        return True  # "Meier, SPORT"; before the table's given names: "Rossi, ESTERI"
    if is_given_name(w):
        return False
    return (
        place_shaped(w)
        or is_known_place(umlauts(w))  # "Müller, ZUERICH"
        or any(country_name(w, lang) for lang in COUNTRY_LANGUAGES)  # "Muster, ÖSTERREICH"
    )


def family_comma(
    text: str,
    lang: str,
    place: Callable[[str], bool] | None,
    surname: Callable[[str], bool] | None = None,
    guess_place: bool = True,
    town_lang: str = "",
) -> str:
    """ "Muster, Anna" as a whole byline: one writer, her family name first ("Anna Muster");
    "Muster, Oberhausen" or "Muster, Berlin" over a story on Berlin: her surname and where
    she filed from ("Muster"). Else as it stands ("Muster, SDA", "Budi, Jakarta"; "Meier,
    Huber" where a writer's link names "Huber" a surname: two writers). `guess_place`: a
    known town or a town's shape may be the place (a printed byline's, not a JSON-LD
    Person's). `town_lang`: the language its words are in, where a town is weighed by it
    (`known_place`; `lang` where not given)."""
    family, _, given = text.partition(",")
    given = given.strip()
    if surname is not None and surname(given):
        return text
    if (
        capitalised(given)
        and not is_agency(given)
        and (
            (place and place(given))
            or (not given.isupper() and (_PLACE_END.search(given) or given.casefold() in _POSTS))
            # "Müller, FLORENZ", "Rossi, FIRENZE": a place in capitals after her surname, or
            # after an agency's or station's letters ("AP, WASHINGTON", "CNN, WASHINGTON")
            or (
                given.isupper()
                and (not family.isupper() or _credited_letters(family.strip()))
                and _place_in_capitals(given, place)
            )
        )
    ):
        return family.strip()
    if (
        guess_place
        and capitalised(given)
        and not family.isupper()
        and _desk_or_place_in_capitals(given)
    ):
        return family.strip()  # "Meier, ALTENKIRCHEN", "Jansen, BINNENLAND": hers alone
    if not _inverted_name(text, lang) or (inverted := given_first(text, town_lang or lang)) == text:
        return text
    if (
        guess_place
        and " " in family.strip()
        and capitalised(lead := family.split()[0])
        and lead.casefold() not in PARTICLES
        and is_given_name(lead)
        and is_known_place(given)
    ):
        return family.strip()  # "Ben Smith, Denver": a full name, then where he filed from
    if guess_place and known_place(given, town_lang or lang):
        # "Muster, Lörrach", "Otieno, Kisumu" on a page that names no such place: a town
        # some country has, no given name; a word neither table holds is a given name
        # ("Muster, Smilla", "Okafor, Chidi")
        return family.strip()
    return inverted


def ours_then_place(text: str, lang: str) -> bool:
    """Whether `text` is a correspondent's label and a place ("onze verslaggever, Amsterdam",
    "our correspondent, Paris"): a town, or one capitalised word that is no given name,
    after "our" and role words alone is where she filed from (her name would follow the
    label: "onze verslaggever, Jan de Vries")."""
    head, _, tail = text.partition(",")
    words, place = head.split(), tail.strip()
    if len(words) < 2 or words[0].casefold() not in OURS or not place:
        return False
    if not all(is_role_word(w) or job_or_jobs(w) for w in words[1:]):
        return False
    # a town that is a given name too ("Paris", "Roma") is the town here: a name would be whole
    return (
        is_known_place(place)
        or known_place(place, lang)
        or (" " not in place and capitalised(place) and not is_given_name(place))
    )


def known_place(word: str, lang: str) -> bool:
    """A town or region's name or shape that is no given name: "Lörrach", "Jaipur", "Olten";
    not "Anna", "Rosario" (a given name and a town: the name), "Smilla" (neither), nor a
    small town only far from the page's language ("Hikari" or "Trang" under an English
    byline, "Awa" under a French one: a given name no table holds); a town's ending counts
    wherever the town lies ("Lörrach" under an English byline)."""
    first = word.split()[0] if word.split() else ""
    if len(first) <= 2 or is_given_name(first):
        return False
    return place_shaped(word) or (is_known_place(word) and not far_small_town(word, lang))


def list_then_place(
    text: str, lang: str, place: Callable[[str], bool] | None, town_lang: str = ""
) -> str:
    """ "Muster und Probe, Lörrach", "Anna Muster/Jan Probe, Schopfheim": a list closed by
    its "and" or a slash, then one word after a comma, is where they filed from (a third
    writer would stand before the "and": "Muster, Probe und Beispiel"), where the page names
    the place or the word is a known town's name or shape, no given name (also after a
    longer list: "Muster, Probe und Beispiel, Lörrach"); an agency stays
    ("Muster und Probe, dpa"), a given name stays a writer's ("Muster und Probe, Şeyma")."""
    head, _, word = text.rpartition(",")
    word = word.strip()
    if (
        not word
        or ("," in head and not _LIST_AND.search(head.rpartition(",")[2]))
        or not capitalised(word)
        or word.isupper()
        or is_agency(word)
    ):
        return text
    if " " in word or not (_LIST_AND.search(head) or "/" in head):
        return text
    if (place is not None and place(word)) or (
        known_place(word, town_lang or lang)
        and not is_role_word(word)
        and not newsroom_credit(word)
    ):
        return head
    return text


_LIST_AND = _compile(rf"\s(?:{AND_WORDS})\s")  # each language's "and" (`AND_WORDS`)


def without_town_and_region(text: str, lang: str) -> str:
    """A byline without a town and its region or country closing it ("Jane Doe, El Paso,
    Texas" -> "Jane Doe"; "El Paso, Texas", "Austin, Texas" -> ""; was "Texas El Paso", a
    surname first). After one word, a given name of the tables is hers, not a region."""
    parts = text.rsplit(",", 2)
    town, region = parts[-2].strip(), parts[-1].strip()
    if len(parts) < 2 or not _town_region_shaped(town, region):
        return text  # (the towns' tables read only for a byline so shaped)
    if (
        len(parts) == 2
        and " " not in town
        and is_given_name(region)
        and not country_name(region, lang)
    ):
        return text  # "Muster, Anna", "Jackson, Georgia": a surname and her given name
    if not town_and_region(town, region, lang) and not _metropolis_first(town, region, lang):
        return text
    return parts[0].strip() if len(parts) == 3 else ""


# A city of millions: few surnames are spelled as one ("Kano", "Lagos", "Nairobi")
_METROPOLIS = 1_000_000


def _metropolis_first(town: str, region: str, lang: str) -> bool:
    """ "Kano, Najeriya": a city of millions, then its country as the page spells it (the
    tables may spell it otherwise: CLDR's Hausa "Nijeriya"), is a place; not "Paris, Jane"
    nor "Kano, Chidi", "Paris, Tevita", a surname first and a given name the tables lack
    (a word that is no given name of the tables is no place: their given names are few)."""
    if " " in town or is_given_name(region):
        return False
    big = {country for country, people in town_countries(town) if people >= _METROPOLIS}
    return bool(big) and country_spelled(region, big, lang)


def _town_region_shaped(town: str, region: str) -> bool:
    """ "El Paso", "Texas": a town of up to three capitalised words, then one capitalised word
    that is no agency ("Jane Doe, Reuters") nor all capitals."""
    words = town.split()
    return (
        0 < len(words) <= 3
        and all(capitalised(w) for w in words)
        and bool(region)
        and " " not in region
        and capitalised(region)
        and not region.isupper()
        and not is_agency(region)
    )


_CAPITAL_PLACE = _compile(r"^[^\W\d_a-z][^\W\d_]*+(?:[.'’-][^\W\d_]++)*+\.?$")  # "ST.", "ABU-DHABI"
# a comma, bar or middot between a byline's parts
PART_MARK = _compile(rf"({RUN_START}\s*+[,|·•]\s*+)")


def without_capital_dateline(
    text: str, marked: bool = True, on_page: Callable[[str], bool] | None = None
) -> str:
    """A byline printed as a dateline (a dash or the date closing it) without the parts after
    the writer's full name that are set in capitals ("By Jane Doe, LAGOS —", "Jane Doe, PORT
    HARCOURT (Reuters) —", "Anna Muster | BERLIN —"): a dateline's place is set so, a name is
    not; an agency's letters stay ("Jane Doe, AFP —"). Where the whole byline is in capitals
    ("JANE DOE, LAGOS —") only a last part that is a known place or no given name goes.
    One word before the mark is a surname, read as such elsewhere ("Okafor, LAGOS —"); a
    surname in capitals with no mark before it is a name ("Marie DUPONT —"). `marked`: a dash
    or a comma closes the part before the date; where none does, a given name in capitals
    after one surname is hers ("Smith, JORDAN 3 March 2026"), unless it is a correspondent's
    common post ("Smith, PARIS 3 March 2026") or a place the page names (`on_page`: "Smith,
    HOUSTON 3 March 2026" over a story from Houston), or the word before is an agency's
    ("Bloomberg, JORDAN 3 March 2026", "AP, JORDAN": where it filed from)."""
    head, *rest = PART_MARK.split(text)
    if not rest or not head.split():
        return text
    shouting = head.isupper()
    if len(head.split()) < 2:
        # "Okafor, LAGOS 3 March 2026": a surname, then a known place in capitals (a given
        # name set in capitals after her surname is no place: "Okafor, CHIDI —" stays)
        last = rest[-1].strip()
        if len(rest) != 2 or not last.isupper() or not is_known_place(last):
            return text
        if _credited_letters(head.strip()):
            # "AP, JORDAN 3 March 2026", "CNN, WASHINGTON —": the agency or station and
            # where it filed from (a station's letters no agency list holds)
            return head
        if shouting:
            # "OKAFOR, LAGOS —": a surname in capitals, then where she filed from; a given
            # name set so after it is hers ("SMITH, JORDAN —"), a correspondent's post not
            if not is_given_name(last) or last.casefold() in _POSTS:
                return head
            return text
        if (
            not marked
            and is_given_name(last)
            and last.casefold() not in _POSTS
            and not (on_page is not None and on_page(last.title()))  # (the story: "Houston")
        ):
            return text  # "Smith, JORDAN 3 March 2026": her surname and given name
        return head

    def place(part: str) -> bool:
        words = part.split()
        if (
            not 0 < len(words) <= 3
            or not part.isupper()
            or is_agency(part.strip())
            or not all(_CAPITAL_PLACE.match(w) for w in words)
            or len(part.strip()) < 3
            # an agency's or paper's credit, or her job ("THE ASSOCIATED PRESS", "BBC NEWS",
            # "AP BUSINESS WRITER"): no place
            or any(_credit_word(w) for w in words)
        ):
            return False
        word = part.strip().rstrip(".")
        if len(words) == 1 and len(word) <= 4 and word.isalpha() and not is_known_place(word):
            # a station's or agency's letters ("CNN", "UPI"; no town: "ROME", "GAZA" are
            # known; "D.C." is), but a suffix of the name before goes ("John Smith, JR. —")
            return word.casefold() in NAME_SUFFIXES
        # a given name opening two words or more is a writer in capitals ("By Jane Doe, TOM
        # KAY —"), where no place is so named ("SANTA CRUZ", "ALICE SPRINGS")
        return (
            (not shouting and len(words) == 1)
            or is_known_place(part.strip())
            or not is_given_name(words[0])
        )

    pairs = list(zip(rest[::2], rest[1::2], strict=True))  # (mark, part) after the head
    if shouting:
        kept = pairs[:-1] + ([] if place(pairs[-1][1]) else pairs[-1:])
    else:
        kept = [(mark, part) for mark, part in pairs if not place(part)]
    return head + "".join(mark + part for mark, part in kept)


NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _outlet_letters(word: str) -> bool:
    """A station's or outlet's letters opening a dateline ("CNN", "KTLA", "ZDF"): two to four
    capitals that are no given name, town or name's suffix ("LEE", "ROME", "JR" are)."""
    return (
        2 <= len(word) <= 4
        and word.isalpha()
        and word.isupper()
        and word.casefold() not in NAME_SUFFIXES
        and not is_given_name(word)
        and not is_known_place(word)
    )


def _credited_letters(word: str) -> bool:
    """An agency's or station's letters ("AP", "AFP", "CNN")."""
    return is_agency(word) or _outlet_letters(word)


def outlet_before_place(text: str, named: Callable[[str], bool] | None = None) -> str | None:
    """ "CNN WASHINGTON —", "ZDF BERLIN —": a station's letters, then a known place in capitals
    with no mark between, printed as a dateline: the station (a name in capitals opens with
    a given name: "ANNA BERLIN —"). One town's word is a correspondent's post or a town the
    story names (`named`): many surnames are towns, and initials read as letters ("BY AJ
    PRESTON —", "DJ HAMILTON —": one writer)."""
    first, _, place = text.strip().partition(" ")
    if (
        not place
        or not place.isupper()
        or len(place.split()) > 3
        or not all(_CAPITAL_PLACE.match(w) for w in place.split())
        or not is_known_place(place)
        or not _credited_letters(first)
    ):
        return None
    one_town = " " not in place and place.casefold() not in _POSTS
    if one_town and (named is None or not (named(place) or named(place.title()))):
        return None
    return first


def _credit_word(word: str) -> bool:
    """An agency's, a paper's or a job's word in a byline's part ("AP", "PRESS", "NEWS",
    "WRITER")."""
    w = word.casefold().strip(".")
    return (
        is_agency(word.strip("."))
        or w in PAPER_WORDS
        or w in ("press", "presse")
        or is_role_word(w)
    )


def dateline_alone(
    text: str,
    place: Callable[[str], bool] | None,
    surname: Callable[[str], bool] | None,
    lang: str = "",
) -> bool:
    """A byline that is only a place printed as a dateline ("LAGOS, 3 March 2026", "Kuala
    Lumpur —"): in capitals, or a known town no given name is, or a place the page names;
    not an agency ("AFP, 3 March"), nor a word a writer's link names a surname."""
    word = text.strip()
    if not word or "," in word or is_agency(word) or len(word) <= 2:
        return False
    if " " in word and not word.isupper() and is_given_name(word.split()[0]):
        return False  # "Jane Doe, 3 March 2026": a writer ("Kuala Lumpur —" a town)
    if surname is not None and surname(word):
        return False
    if place is not None and place(word):
        return True
    if not (is_known_place(word) or country_name(word, lang)):
        return False  # ("Nigeria, 3 March 2026": a country's name, CLDR's)
    return word.isupper() or not is_given_name(word.split()[0])


def dateline_place_check(
    place: Callable[[str], bool] | None, lang: str, family: str = ""
) -> Callable[[str], bool]:
    """Whether the word after "Surname," printed as a dateline ("Muster, Waldshut —",
    "Okafor, LAGOS, 3 March 2026") is where she filed from: a place the page names, a word in
    capitals (under a surname that is not), or, where no given name of the tables, any
    town or region some country has (however small or far: "Kemi", "Tromsø"), a country's
    name in the page's language or English ("Nigeria", "Schweiz") or a town's ending
    ("Hexham", "Lörrach"). A capitalised word none of these is a given name the tables lack
    ("Okafor, Chidi, 3 March 2026": a writer and the date; was read as a place)."""

    def dateline_place(word: str) -> bool:
        if place is not None and place(word):
            return True
        first = word.split()[0] if word.split() else ""
        if len(first) <= 2:
            return False
        if word.isupper():
            return not family.isupper()
        return not is_given_name(first) and (
            is_known_place(word) or dateline_shaped(word) or country_name(word, lang)
        )

    return dateline_place


# each language's "and" (`AND_WORDS`), "&" or a slash between "Surname, Given" pairs
PAIRS_AND = _compile(rf",?\s(?:{AND_WORDS}|&)\s|(?<=\S)\s?/\s?(?=\S)")


def family_given_pairs(
    text: str,
    lang: str,
    place: Callable[[str], bool] | None,
    surname: Callable[[str], bool] | None,
    town_lang: str = "",
) -> str | None:
    """ "Müller, Anna und Schmidt, Jan", "Smith, Jane and Roe, John": writers printed surname
    first with an "and" between, each pair one writer ("Anna Müller; Jan Schmidt"), also
    with a place, a role or an agency after the last ("Müller, Anna, Waldshut", "Muster,
    Anna, Redakteurin", "Muster, Anna (dpa)" where "Anna" is a given name), where
    every pair reads as a surname and a given name (none a place: "Muster, Probe und
    Beispiel, Lörrach" is three writers and where they filed from); else None."""
    if text.count(",") < (1 if "/" in text else 2) or ";" in text:
        return None
    pairs = PAIRS_AND.split(text)
    head, word = pairs[-1], ""
    if len(pairs) > 1 and agencies_only(head):
        pairs.pop()  # "Muster, Anna / dpa"
        head, word = pairs[-1], head.strip()
    elif head.count(",") == 2:
        head, _, word = head.rpartition(",")  # "..., Schmidt, Jan, Waldshut"
        word = word.strip()
    if not all(p.count(",") == 1 and FAMILY_GIVEN.match(p) for p in [*pairs[:-1], head]):
        return None  # (the tables are looked at only for a byline so shaped)
    agency = bool(word) and agencies_only(word)
    if word and not (
        agency
        or is_role_word(word)
        or FROM_PLACE.match(word)
        or word.casefold() in _POSTS
        or _PLACE_END.search(word)
        or (place is not None and place(word))
        or (capitalised(word) and known_place(word, town_lang or lang))
    ):
        return None
    pairs[-1] = head  # where they filed from or a role goes, an agency stays
    if len(pairs) == 1 and not (word and is_given_name(head.rpartition(",")[2].strip())):
        return None  # "Müller, Anna, Waldshut"; not "Muster, Probe, Lörrach" (two writers?)
    name_lang = lang
    if lang.split("-")[0] in ONE_NAME_LANGUAGES and all(
        is_given_name(p.rpartition(",")[2].strip()) for p in pairs
    ):
        # "Nurhaliza, Siti dan Fauzi, Ahmad": pairs joined by "and", each closed by a given
        # name of the tables, are inverted names there too (not "Budi, Jakarta")
        name_lang = ""
    names = [
        family_comma(p.strip(), name_lang, place, surname, town_lang=town_lang or lang)
        for p in pairs
    ]
    if any("," in n or " " not in n for n in names):
        return None  # a pair left as printed, or a surname and a place
    return "; ".join(names + [word] * agency)


def _inverted_name(text: str, lang: str) -> bool:
    """ "Muster, Anna": two capitalised words, neither a role, a newsroom, a label or an
    agency, on a page whose writers are not known by one name (there "Budi, Jakarta" is a
    writer and where he is)."""
    if lang.split("-")[0] in ONE_NAME_LANGUAGES:
        return False
    return all(
        w in PARTICLES
        or w in CAPITAL_PARTICLES
        or (not is_role_word(w) and w.casefold() not in LABEL_WORDS and not newsroom_credit(w))
        for w in text.replace(",", " ").split()
    )


# The ends of towns' names, no given name's ("Oberhausen", "Flensburg", "Ingolstadt")
_PLACE_END = _compile(
    r"(?:burg|berg|dorf|stadt|hausen|heim|ingen|furt|hafen|feld|bach|brück|brücken|kirchen"
    r"|bruck|grad|polis|ville)$",  # (not "-wald": "Ewald", "Oswald")
    re.I,
)


# Correspondents' commonest posts, as German, English and their own pages spell them
# ("Fischer, Washington", "Muster, Brüssel"): a place, no given name, even where the story
# does not name it
_POSTS_TEXT = """
berlin wien zürich bern basel genf brüssel bruxelles brussels paris london rom roma rome
madrid lissabon lisbon athen athens warschau warsaw prag praha prague budapest moskau
moscow kiew kyiv kiev istanbul ankara jerusalem kairo cairo peking beijing tokio tokyo
washington neu-delhi nairobi johannesburg sydney hamburg münchen köln frankfurt
stuttgart düsseldorf dresden leipzig hannover bremen graz linz salzburg innsbruck
luzern strassburg straßburg mailand milano milan amsterdam stockholm oslo kopenhagen
helsinki dublin
"""
_POSTS = frozenset(_POSTS_TEXT.split())


def agencies_only(rest: str) -> bool:
    """ "dpa", "dpa/AFP", "Reuters, AP": agencies and nothing else."""
    parts = [w for w in re.split(r"[/,&\s]+", rest) if w]
    return bool(parts) and all(is_agency(w) for w in parts)


# Languages whose writers often go by one name (Indonesia, Malaysia, Vietnam, Thailand,
# Myanmar, Cambodia, Laos, Mongolia), and a role word of theirs ("Wartawan, Budi").
ONE_NAME_LANGUAGES = frozenset(["id", "ms", "jv", "su", "vi", "th", "my", "km", "lo", "mn"])


def without_filed_from(text: str) -> str:
    """A Chinese byline without where it was filed from: "記者王小明/台北報導" (a full-width
    slash), "本报记者 王小明 北京报道", "記者王小明、林美華/綜合報導" (a compiled report).
    Kept where no name stands before it ("記者 王小明報導": the name reported)."""
    m = _CJK_FILED.search(text)
    if m is None or len(ROLE_AFFIX.sub("", text[: m.start()]).strip(" （(【、，")) < 2:
        return text
    return text[: m.start()]


def run_on_name(run: str) -> str:
    """The name in "吳佳穎台北" (before "2日電"): the run without its place, a listed place of
    three characters or more, else the last two (the commonest length); names have 2-4."""
    place = next((p for p in _CJK_PLACES if run.endswith(p) and len(run) - len(p) >= 2), None)
    return run[: -len(place)] if place else run[:-2]


def without_dateline_place(text: str) -> str:
    """A byline without the place after its last dash, unless that part reads as a writer:
    another byline word or "and", or an agency ("Jane Doe - AFP"); a part after a bar is
    another item ("Por Ana Souza — São Paulo | 02/12/2026 14h30")."""
    head, bar, tail = text.partition(" | ")
    if bar:
        return without_dateline_place(head) + bar + tail
    m = _LAST_AFTER_DASH.search(text)
    if m is None or len(text[: m.start()].split()) < 2:
        return text
    part = m.group(1)
    if BYLINE_LEAD.match(part) or len(split_and(part)) > 1:  # "- Ana Souza e João Lima"
        return text
    if is_agency(part) or (
        part.isupper() and " " not in part and len(part) <= 6 and not part.startswith("TP.")
    ):
        return text  # an agency's letters ("AFP"), not a Vietnamese city's ("TP.HCM")
    # a second writer: a name of three or four words, not a province or city ("Nguyễn Văn An
    # - Trần Thị Bình"; "Thừa Thiên Huế", "Hồ Chí Minh", "Mai Châu Sơn La" are places)
    if vietnamese_name(part, 3) and vietnamese_name(text[: m.start()].split(" - ")[-1]):
        return f"{text[: m.start()]}, {part}"
    return text[: m.start()]


# Vietnamese family names, which open a name ("Nguyễn Văn An", "Kiều Thị Bình"), and the
# middle words that mark one ("Văn", "Thị"); a place after a byline's dash is a province or
# a city (a closed set, below: "Hà Nội", "Thừa Thiên Huế", "Lâm Đồng", "TP.HCM")
_VI_FAMILY_TEXT = """
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trịnh mai lưu tạ
cao đoàn vương lâm hà tô trương quách kiều triệu thái lương châu đào đàm khúc lại mạc tôn chu
từ nghiêm giang hứa doãn thân phùng lục quan diệp tăng âu hầu kha mạch nông ninh phí phó thạch
tống ông
"""
VI_FAMILY = frozenset(_VI_FAMILY_TEXT.split())
# Vietnam's provinces (before and after 2025's merger) and cities a byline's dash may name
_VI_PLACES_TEXT = """
an giang, bà rịa vũng tàu, bà rịa, vũng tàu, bắc giang, bắc kạn, bạc liêu, bắc ninh, bến tre,
bình định, bình dương, bình phước, bình thuận, cà mau, cần thơ, cao bằng, đà nẵng, đắk lắk,
đắk nông, điện biên, đồng nai, đồng tháp, gia lai, hà giang, hà nam, hà nội, hà tĩnh,
hải dương, hải phòng, hậu giang, hòa bình, hưng yên, khánh hòa, kiên giang, kon tum,
lai châu, lâm đồng, lạng sơn, lào cai, long an, nam định, nghệ an, ninh bình, ninh thuận,
phú thọ, phú yên, quảng bình, quảng nam, quảng ngãi, quảng ninh, quảng trị, sóc trăng,
sơn la, tây ninh, thái bình, thái nguyên, thanh hóa, thừa thiên huế, tiền giang, trà vinh,
tuyên quang, vĩnh long, vĩnh phúc, yên bái, hồ chí minh, tp hồ chí minh, thành phố hồ chí minh,
huế, phan rang tháp chàm, phan thiết, buôn ma thuột, nha trang, đà lạt, quy nhơn, hạ long,
biên hòa, thủ đức, mỹ tho, long xuyên, rạch giá, pleiku, vinh, sa pa, phú quốc, côn đảo
"""
_VI_PLACES = frozenset(
    unicodedata.normalize("NFC", p.strip()) for p in _VI_PLACES_TEXT.replace("\n", " ").split(",")
)


def _vi_key(text: str) -> str:
    """Lower case, tone marks placed either way ("Hòa", "Hoà") and spaces as one."""
    text = unicodedata.normalize("NFC", " ".join(text.split()).casefold())
    return text.replace("oà", "òa").replace("oá", "óa").replace("oả", "ỏa").replace("uý", "úy")


def vietnamese_name(part: str, least: int = 2) -> bool:
    """ "Nguyễn Văn An", "Kiều Thị Bình": a family name or a name's middle word, each word
    capitalised; no province or city ("Thừa Thiên Huế"), nor a district and its province
    ("Mai Châu Sơn La")."""
    words = part.split()
    if not (least <= len(words) <= 4) or not all(w[:1].isupper() for w in words):
        return False
    if not (words[0].casefold() in VI_FAMILY or words[1].casefold() in VI_MIDDLE):
        return False
    key = _vi_key(part)
    return not any(key == p or (key.endswith(" " + p) and " " in p) for p in _VI_PLACE_KEYS)


_VI_PLACE_KEYS = frozenset(_vi_key(p) for p in _VI_PLACES)


def without_places(names: list[str], place: Callable[[str], bool] | None = None) -> list[str]:
    """ "Jane Doe, Bern", "Anna Muster, GENF": a lone capitalised word beside a full name is
    where she wrote from.

    Agencies and stations stay: they are written in capitals ("SDA", "AFP", "CNN") or listed
    (`AGENCIES`); a word in capitals goes only where it is a place (`_place_in_capitals`).
    """
    if not any(len(n.split()) >= 2 for n in names):
        return names
    return [
        n
        for n in names
        if " " in n
        or not (n[0].isupper() or SPACED_CASELESS.match(n))
        or (n.isupper() and not _place_in_capitals(n, place))
        or is_agency(n)
    ]


def _place_in_capitals(word: str, place: Callable[[str], bool] | None) -> bool:
    """ "GENF", "FIRENZE", "FLORENZ" over a story from Florenz: one word in capitals after a
    writer's name, set as a dateline's place is; not an agency's or station's letters
    ("SDA", "CNN"; of four letters or fewer a known town only where a correspondent's post
    or the page names it: "SPA", "KUNA" are agencies), nor a given name the page does not
    name as a place ("JORDAN")."""
    if len(word) < 3 or " " in word or is_agency(word) or _credit_word(word):
        return False
    if place is not None and (place(word) or place(word.title())):
        return True  # (the story names it in its own case: "in Florenz")
    if word.casefold() in _POSTS:
        return True
    return len(word) > 4 and is_known_place(word) and not is_given_name(word)


PAPER_WORDS = ORGANISATION_WORDS | frozenset(
    w for e in langwords.entries(langwords.NEWS_WORDS) for w in e.split()
)


def filed_from(part: str, m: re.Match[str]) -> bool:
    """The place after "in"/"from" is capitalised words, and a full name is left before it."""
    place = part[m.start() :].split()[1:]
    return all(capitalised(w) for w in place) and len(part[: m.start()].split()) >= 2
