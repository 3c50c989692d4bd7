"""Job titles and roles around a name: "Redakteurin Jane Doe", "Jane Doe, BBC reporter",
"Staff Reporter", "Maire de Lyon", a newsroom's desk after the writer.

A role names no person: it goes, and a part that is a role alone is no writer.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Set as AbstractSet

from newsarchive.extract import langwords
from newsarchive.extract.authorplaces import OURS, PAPER_WORDS, SPACED_CASELESS
from newsarchive.extract.authorshapes import capitalised, job_or_jobs, name_shaped
from newsarchive.extract.byline import (
    LABEL_WORDS,
    NAME_PARTICLES,
    TITLE_WORDS,
    is_job_word,
    is_role_word,
)
from newsarchive.extract.givennames import is_given_name
from newsarchive.extract.langwords import is_agency
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

MATERIAL = _compile(
    r"^(?:(?:mit|with|avec|con|com|met|med)\s+)?(?:additional\s+|further\s+)?"
    r"(?:material|informationen|infos?|informations?|información|informação|informações|"
    r"informaciones|informazioni|reporting|inputs?|"
    r"contributions?|beiträgen?)\s+(?:von|de|from|of|der|des|do|da|by)\s+",
    re.I,
)
# "our" (`authorplaces.OURS`) or "the" before a role: "Von den Redakteurinnen Anna Muster
# und ...", "by the correspondent ..."
_THE_TEXT = "the der die den dem les le la de il i el los las"
_OURS_OR_THE = OURS | frozenset(_THE_TEXT.split())
# Words heading a job phrase beside the job titles ("Leiterin des ...", "stv. ...",
# "Chefin vom Dienst").
_JOB_HEAD_TEXT = (
    "leiter leiterin chef chefin stv stellvertretende stellvertretender professor professorin"
)
_JOB_HEADS = frozenset(_JOB_HEAD_TEXT.split())
OFFICIALS = frozenset(
    w for e in langwords.entries(langwords.OFFICIAL_TITLES) for w in e.split() if len(w) > 2
)


def official_of(part: str) -> bool:
    """An official's title and what the office serves, joined by a lower-case word: "Maire
    de Lyon", "Sprecher vom Ministerium", "Mayor of Springfield" (a source, no writer); not
    with a person's name after it ("Leiterin der Lokalredaktion Anna Muster": three
    capitalised words after the last lower-case one, the office's and her two)."""
    words = part.split()
    if not (
        len(words) >= 3
        and words[0].casefold() in OFFICIALS
        and words[1].isalpha()
        and words[1].islower()
    ):
        return False
    tail = list(itertools.takewhile(capitalised, reversed(words)))
    return len(tail) < 3


def role_words(languages: AbstractSet[str], inside: bool) -> frozenset[str]:
    """The job titles' and byline labels' words of the languages (or of all others)."""
    return frozenset(
        w
        for table in (langwords.JOB_TITLES, langwords.BYLINE_LABELS)
        for lang, text in table.items()
        if (lang in languages) == inside
        for e in langwords.entries({lang: text})
        for w in e.split()
    )


def employer_and_job(part: str, lang: str = "") -> bool:
    """ "Jane Doe, BBC reporter", "Jonas Jonaitis, LRT žurnalistas": after a name, one word
    and a job title are where she works, no second name (an agency stays: "AFP correspondent";
    a capitalised word before a capitalised title stays a name: "John Reporter")."""
    words = part.split()
    return (
        len(words) == 2
        and words[1].casefold() in TITLE_WORDS
        and not is_agency(words[0])
        and words[0].casefold() not in TITLE_WORDS
        and (words[1][0].islower() or not words[0][1:].islower())  # "John Reporter" is a name
    ) or _job_then_employer(words, lang)


_AND_SET = frozenset(langwords.entries(langwords.AND_WORDS))

# Languages whose bylines print a paper's name right after a job word, inflected and with no
# preposition (Polish "reporter Radia Przykład", Czech "redaktor Deníku", Romanian "jurnalist
# Ziarul"); elsewhere the paper takes one ("reporter for", "redactora de", "repórter da"), so
# a given name right after the job word opens a second writer ("reporter John Roe")
_EMPLOYER_AFTER_JOB = frozenset(
    {"pl", "cs", "sk", "ro", "hu", "fi", "et", "lt", "lv", "uk", "ru", "be", "bg", "hr", "sr",
     "sl", "bs", "mk"}
)  # fmt: skip


def _job_then_employer(words: list[str], lang: str = "") -> bool:
    """ "Anna Kowalska, dziennikarka Gazety Przykładowej", "Ion Popescu, jurnalist Ziarul
    Exemplu": a job title in lower case, then her paper's name (in Polish its genitive, no
    paper's word to know it by). A lower-case job word heads no name; an "and" may bring a
    second writer ("reporter and John Roe"), and an agency stays as in "AFP correspondent"."""
    return (
        1 < len(words) <= 5
        and words[0][0].islower()
        and words[0].casefold() in TITLE_WORDS
        and not any(w.casefold() in _AND_SET or is_agency(w) for w in words[1:])
        and (not is_given_name(words[1]) or lang.split("-")[0] in _EMPLOYER_AFTER_JOB)
    )


# One-word newsroom names ("Redaktion", "Rédaction", "redactie"): the first word of a desk
NEWSROOM_FIRST = frozenset(w for w in langwords.entries(langwords.NEWSROOM_WORDS) if " " not in w)


# The last word of a publishing group's name ("CH Media", "Beispiel Mediengruppe", "Example
# Media Group"): after a writer, the house she works for, no second credit ("PA Media", an
# agency's name, is one: `AGENCIES`)
_GROUP_TEXT = "media medien mediengruppe médias medios mídia mediagroup group gruppe verlag"
_GROUP_WORDS = frozenset(_GROUP_TEXT.split())


def media_group(part: str) -> bool:
    words = part.split()
    return len(words) >= 2 and words[-1].casefold() in _GROUP_WORDS and not is_agency(part.strip())


def newsroom_desk(part: str) -> bool:
    """ "Redaktion Region", "Rédaction numérique", "redactie Binnenland" after a writer's
    name: the desk she works in (an author card's second line), no second credit; the
    newsroom alone ("Redaktion hessenschau.de") is still credited where no one is named."""
    first, _, rest = part.strip().partition(" ")
    return bool(rest) and first.casefold() in NEWSROOM_FIRST


def lone_caseless(part: str) -> bool:
    part = part.strip()
    return " " not in part and SPACED_CASELESS.search(part) is not None


def post_and_role(part: str) -> bool:
    """A place, then a role, in a script where a lone word is a place ("ঢাকা প্রতিনিধি",
    Dhaka correspondent): no name."""
    words = part.split()
    return (
        len(words) >= 2
        and lone_caseless(words[0])
        and not is_role_word(words[0])
        and role_alone(" ".join(words[1:]))
    )


def full_name_after(parts: list[str], part: str) -> bool:
    """The part after `part` has two words or more: a full name ("Budi Santoso")."""
    at = parts.index(part) + 1
    return at < len(parts) and len(parts[at].split()) >= 2


def role_and_post(part: str) -> bool:
    """A job and one capitalised word, where it is posted: "Kontributor Bandung"."""
    words = part.split()
    return len(words) == 2 and is_job_word(words[0]) and capitalised(words[1])


def role_alone(part: str) -> bool:
    """A role with no name: "Staff Reporter", "নিজস্ব প্রতিবেদক", "نامہ نگار"."""
    words = part.split()
    return bool(words) and any(map(is_job_word, words)) and all(map(is_role_word, words))


# Lower-case words that join an office to what it heads ("Präsident des Mieterbunds",
# "Professorin für Stadtplanung", "Sprecherin im Ministerium"): no person's name holds one
# ("der" and "den" only where no particle comes before them: "Ursula von der Leyen").
# ("vom" opens names too: "Karl vom Stein"; a job word before it is read as one already:
# "Chefin vom Dienst", "Leiter vom Bauamt")
_OFFICE_GLUE = frozenset({"des", "eines", "einer", "im", "beim", "am", "für", "bei", "of", "at"})
_OFFICE_ARTICLES = frozenset({"der", "den"})


def office_after(part: str) -> bool:
    """A part after a name that is an office and what it serves, no second name: a
    capitalised word, a lower-case joining word inside, a capitalised word after it
    ("Anna Muster, Präsidentin der Handelskammer", "President of the Union"); or a
    lower-case word no particle, a capitalised one after it ("maire de Lyon")."""
    words = part.split()
    if len(words) < 3 or not words[-1][:1].isupper() or MATERIAL.match(part):
        return False  # (not "información de EFE": the agency's material, credited)
    if words[0].isalpha() and words[0].islower() and words[0] not in NAME_PARTICLES:
        # an office in lower case and what it serves: "president of the Union", "maire de
        # Lyon" (no credit that goes on: "with inputs from PTI", "additional reporting by")
        return words[1] in _OFFICE_GLUE or words[1] in NAME_PARTICLES
    if not words[0][:1].isupper():
        return False
    for before, word in itertools.pairwise(words[:-1]):
        if word in _OFFICE_GLUE or (
            word in _OFFICE_ARTICLES and before.casefold() not in NAME_PARTICLES
        ):
            return True
    return False


def job_after(part: str) -> bool:
    words = part.split()
    return bool(words) and job_phrase(words)


# Hebrew "for"/"in" (le-, be-, la-) written against a word after a job ("כתב לענייני כלכלה",
# "כתבת בוושינגטון"): what the job covers, where a name cannot start.
_HEBREW_FOR = _compile(r"^[לב][\u05d0-\u05ea]{2,}")


def job_phrase(words: list[str]) -> bool:
    """A job and what it covers, no name: "Leiterin Digitales", "stv. Chefredakteurin",
    "Korrespondentin für Südosteuropa" (a job word first, and no full name after the job's
    words: "Redakteurin Anna Muster" is cut to the name before this)."""
    if not is_role_word(words[0]) or words[0].casefold() in NAME_PARTICLES:
        return False
    if not (is_job_word(words[0]) or words[0].casefold().strip(".") in _JOB_HEADS):
        return False
    rest = list(itertools.dropwhile(is_role_word, words))
    if any(w.casefold() in PAPER_WORDS for w in rest):
        return True  # "Wartawan Berita Harian": the job and the paper
    if rest and _HEBREW_FOR.match(rest[0]):
        return True  # "כתב לענייני כלכלה": "for" written against the next word, no name
    return len(rest) < 2 or not name_shaped(" ".join(rest))


def drop_titles(words: list[str]) -> list[str]:
    """ "Redakteurin Jane Doe", "Jane Doe, reporter": job words around a name go."""
    kept = words
    if len(kept) > 3 and kept[0].casefold() in _OURS_OR_THE:
        # "onze verslaggever Jan de Vries", "our correspondent Jane Doe", "unserem freien
        # Mitarbeiter Jan Probe": the possessive and the role words after it, one a job
        role = next(
            (i for i, w in enumerate(kept[1:], 1) if not (is_role_word(w) or job_or_jobs(w))),
            len(kept),
        )
        if len(kept) - role >= 2 and any(map(job_or_jobs, kept[1:role])):
            kept = kept[role:]
    while len(kept) > 2 and (
        kept[0].casefold() in TITLE_WORDS or kept[0].casefold() in LABEL_WORDS
    ):
        kept = kept[1:]  # "Autorius Jonas Jonaitis": a label with no colon
    # "Anna Muster Redakteurin Wirtschaft", "Jane Doe Senior Reporter": role words after a
    # full name, one of them a job
    end = len(kept)
    while end > 2 and is_role_word(kept[end - 1]):
        end -= 1
    head = kept[:end]
    if (
        any(map(is_job_word, kept[end:]))
        and not is_role_word(head[-1])
        and name_shaped(" ".join(head))
    ):
        kept = head  # not "Travel News Reporter": a job line throughout
    while len(kept) > 2 and kept[-1].casefold() in TITLE_WORDS:
        kept = kept[:-1]
    # "Leitende Politikredakteurin Anna Muster": role words before a full name
    lead = next((i for i, w in enumerate(kept) if not is_role_word(w)), len(kept))
    rest = kept[lead:]
    if len(rest) >= 2 and any(is_job_word(w) for w in kept[:lead]) and name_shaped(" ".join(rest)):
        kept = rest
    # "Guardian staff reporter" is a role throughout: nothing to cut it down to
    # ("Jan de Vries": a name's particles are no role)
    # ("Fouzia Van Der Fort": capitalised particles too)
    role = any(is_role_word(w) and w.casefold() not in NAME_PARTICLES for w in kept)
    return words if role else kept
