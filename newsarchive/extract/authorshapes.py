"""What a writer's name looks like: capitalised words, family names' particles, capitals
read as a word ("ZUERICH") and not spelled out ("ANP"), job words and their plurals.

Every other author module asks these shapes, so they sit at the bottom, knowing nothing of
the page.
"""

from __future__ import annotations

from collections.abc import Callable

from newsarchive.extract import langwords
from newsarchive.extract.byline import (
    LABEL_WORDS,
    LEAD_IN_WORDS,
    NAME_PARTICLES,
    is_job_word,
    is_role_word,
)
from newsarchive.extract.givennames import is_given_name, latin_word, plain
from newsarchive.extract.placenames import (
    country_name,
    is_known_place,
    place_shaped,
)
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# A person written "Family, Given" ("Doe, Jane"), as Dublin Core and Highwire metas do
FAMILY_GIVEN = _compile(
    r"^\s*((?:(?:van|von|de|der|den|da|das|dos|di|du|del|della|le|la|ten|ter|te|zu|al|el|bin"
    r"|ibn|bint|abu|El|Al|Ben|Bin|Ibn|Abu|Abou|Ould|Ait|Aït|Abd|Bou)\s){0,3}"
    r"[^\W\d_][\w'-]+),\s*([^\W\d_][\w'.-]+(?:\s+[^\W\d_]\.)?)\s*$"
)  # a family name after its particles too: "de Vries, Saar", "van der Berg, Anna"; an Arabic
# or Berber one's capitalised too, "El Amrani, Youssef", "Ben Ali, Sami", "Ait Said, Nora"
PARTICLES_TEXT = "van von der den da das dos du del della ten ter te le la de di zu al el bin ibn"
PARTICLES_TEXT += " bint abu"
PARTICLES = frozenset(PARTICLES_TEXT.split())
# An Arabic or Berber family name's capitalised particles: "El Amrani", "Ben Ali", "Ait Said"
CAPITAL_PARTICLES = frozenset(
    ["El", "Al", "Ben", "Bin", "Ibn", "Abu", "Abou", "Ould", "Ait", "Aït", "Abd", "Bou"]
)


# a story's kind or desk in many languages ("cronaca", "deportes"), accents dropped as
# capitals may drop them ("POLITICA")
KIND_OR_DESK = frozenset(
    plain(w)
    for table in (langwords.KICKER_WORDS, langwords.DESK_WORDS)
    for w in langwords.entries(table)
)


def umlauts(word: str) -> str:
    """ "zuerich" as "zürich": capitals typed without their umlauts, the town's name."""
    return word.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü")


_VOWELS = frozenset("aeiouyäöüåæøéèêëáàâíìîïóòôõúùûıœ")
COUNTRY_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")  # countries' names looked up
SPOKEN_CAPITALS = 4  # letters: "KÜBRA", "AYŞE"; no station's or agency's ("NDR", "RTBF")


def spoken_capitals(word: str) -> bool:
    """Capitals read as a word of four letters or more, two vowels or more and never three
    consonants running ("KÜBRA", "AYŞE", "PANAGIOTIS"; not an agency's or station's "NDR",
    "WDR", "SWR3"): a given name the table lacks (an agency's, `AGENCIES`, is read apart).
    Its length alone makes no word a town: the table lacks many long given names."""
    w = word.casefold()
    if (
        len(w) < SPOKEN_CAPITALS
        or not w.isalpha()
        or is_known_place(w)
        or is_known_place(umlauts(w))
        or place_shaped(w)
    ):
        return False  # "Muster, ROMA", "Muster, ZUERICH", "Meier, FELDBERG": where she filed from
    if is_role_word(w) or w in LABEL_WORDS or w in langwords.GENERIC_AGENCY_WORDS:
        return False  # "Muster, KOMMENTAR", "Dupont, AGENCE": a byline's word, no name
    if w in LEAD_IN_WORDS or plain(w) in KIND_OR_DESK:
        return False  # "Doe, ANALYSIS", "Rossi, CRONACA": the kind of piece, the desk
    if any(country_name(w, lang) for lang in COUNTRY_LANGUAGES):
        return False  # "Muster, ÖSTERREICH"
    return read_as_word(w)


def read_as_word(word: str) -> bool:
    """Capitals read as a word, not spelled out: two vowels or more and never three
    consonants running ("KÜBRA", "CRONACA"; not "RTBF", "WDR")."""
    vowel = [c in _VOWELS for c in word.casefold()]
    run = max(len(r) for r in "".join("v" if v else "c" for v in vowel).split("v"))
    return sum(vowel) >= 2 and run < 3


def name_shaped(name: str) -> bool:
    """ "Jane Doe", "Ursula von der Leyen", "홍길동": not "Berlin nach Hamburg" or "Mehr lesen"."""
    words = name.split()
    if len(words) == 1:
        return not name.isascii() and not name[0].isupper() and len(name) <= 12  # CJK names
    return all(capitalised(w) or w in NAME_PARTICLES for w in words) and capitalised(words[-1])


# A headline's or a topic's length: no writer's name runs to this many capitalised words
# unless one of them is a given name ("Maria Fernanda Santos Oliveira")
_TOPIC_WORDS = 4
# Words of a caseless script that join a phrase and are in no one's name: Hindi's
# postpositions and "is/are" ("चावल के दाम फिर बढ़े"); not "से" ("from": a writer's town)
_PHRASE_WORDS = frozenset(["के", "की", "का", "में", "को", "पर", "ने", "फिर", "है", "हैं"])


def topic_shaped(name: str, lowered: Callable[[str], bool] | None) -> bool:
    """A headline or a topic read where a name was looked for ("Laporan: Harga Beras Naik
    Lagi" over a story on "harga beras"): a Hindi phrase, a postposition in it; or four
    capitalised words or more in Latin letters, none a given name nor a newsroom's word
    ("The Example Times Editorial Board"), at least half of them words the page prints in
    lower case (`lowered`, the story's own words). The given names' table lacks whole
    naming customs ("Aung Kyaw Htet Naing", "Oluwaseun Temitope Babajide Oyelaran",
    "Wijesinghe Mudiyanselage Chaminda Bandara"): their words are no story's lower-case
    words. Without the page (`lowered` None) no Latin name is a topic."""
    words = name.split()
    if any(w in _PHRASE_WORDS for w in words):
        return True
    named = [w for w in words if w not in NAME_PARTICLES]
    return (
        lowered is not None
        and len(named) >= _TOPIC_WORDS
        and all(w[:1].isupper() and latin_word(w) for w in named)
        and not any(is_given_name(w) or is_role_word(w) for w in named)
        and 2 * sum(map(lowered, named)) >= len(named)
    )


def capitalised(word: str) -> bool:
    """A capitalised word, or a word of a script without case (Hebrew, Arabic, Devanagari,
    Georgian)."""
    first = word[0]
    return first.isupper() or (first.isalpha() and not lower_cased(first))


def lower_cased(text: str) -> bool:
    """Written in small letters, as `str.islower` says, where the script has case in use:
    Georgian's everyday letters (Mkhedruli) are small letters to Unicode, but names are
    never capitalised in them ("გიორგი ბერიძე"), as in a script without case."""
    return text.islower() and not _GEORGIAN.search(text)


_GEORGIAN = _compile(r"[\u10d0-\u10ff]")  # Mkhedruli; its capitals (Mtavruli) only shout


_PLURAL_ENDS = (("s", ""), ("e", ""), ("i", "o"), ("i", "a"), ("i", "e"))


def job_or_jobs(word: str) -> bool:
    """A job word, or its plural after "our"/"the" ("les envoyés spéciaux", "de verslaggevers",
    "den Redakteuren", "i nostri inviati"): only there, where no surname ends so."""
    if is_job_word(word):
        return True
    w = word.casefold().strip(".").removesuffix("n")
    return any(w.endswith(end) and is_job_word(w[: -len(end)] + stem) for end, stem in _PLURAL_ENDS)
