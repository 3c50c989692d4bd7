"""`clean_name`: whether one part of a byline is one person's name, and that name cleaned.

`authornames.clean_names` cuts a source's texts into parts; each part comes here, to lose
what stands around a name (labels, e-mails, bracketed credits, "for The Paper", "in Place")
and to be held against what no name is (digits, "follow", services, a lone lower-case word).
The credit labels and picture credits it reads are shared with the modules that cut lines.
"""

from __future__ import annotations

import re

from newsarchive.extract import langwords
from newsarchive.extract.authoragencies import newsroom_credit
from newsarchive.extract.authorjoins import (
    CREDIT_ENTRIES,
    CREDIT_SET,
    CREDIT_WORDS,
    FULL_WIDTH_BRACKETS,
    HELD_SLASH,
    RUN_START,
)
from newsarchive.extract.authorplaces import (
    NAME_SUFFIXES,
    OURS,
    filed_from,
)
from newsarchive.extract.authorpublisher import HOUSE_WORDS, name_key
from newsarchive.extract.authorroles import (
    MATERIAL,
    drop_titles,
)
from newsarchive.extract.authorshapes import (
    PARTICLES,
    capitalised,
    lower_cased,
    name_shaped,
)
from newsarchive.extract.byline import (
    BYLINE_LEAD,
    HEAD_TITLE_LEAD,
    NAME_PARTICLES,
    ROLE_AFFIX,
    VON_DER_NAME,
    is_place_name,
    is_role_word,
)
from newsarchive.extract.langwords import AGENCIES, is_agency
from newsarchive.extract.placenames import country_name, is_known_place
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# "Edited by", "Editado por": the editor's name after them, with or without a colon
EDITED_BY = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in langwords.entries(langwords.EDITED_BY)
)
# a host name beside the writer ("Jan Novák, iDNES.cz", "Jonas Jonaitis, LRT.lt"): the site
_TLDS = """
com co.uk de fr at ch cz sk pl lt lv ee is it es pt nl be lu se no dk fi ru ua in br my il hu ro
hr si rs bg gr tr jp kr cn tw hk sg au nz za ke ng ca mx ar ie net org info news
"""
# (an address's tries only from the start of a run of non-spaces, its name read up to the run's
# first "@" after one character: the same matches as "\S+@\S+\.\w+" and "\S+\.(?:...)", whose
# tries from every character of a long run, each "@" tried in turn, took minutes)
EMAIL_OR_URL = _compile(
    r"(?<!\S)\S[^\s@]*+@\S+\.\w+|https?://\S+|www\.\S+|(?<!\S)\S+\.(?:"
    + "|".join(re.escape(t) for t in _TLDS.split())
    + r")\b(?!\.)",
    re.I,
)
# ... the credits cut with a full stop, which credit with no colon after them ("Fot. Anna Nowak")
DOT_CREDITS = "|".join(re.escape(w) for w in CREDIT_SET if w.endswith("."))
CREDIT = _compile(
    rf"^\s*(?:(?:{CREDIT_WORDS}|quelle|©)\s*[:：／｜\u055d]|(?:{EDITED_BY})\b"
    rf"|(?:{DOT_CREDITS})\s*(?=\w))",
    re.I,
)
# A picture credit as a byline's later part ("By Jane Doe. Photos by John Roe", "Von Anna
# Muster; Fotos von Max Probe"): the photographer is no author (a part, not a whole byline)
_CREDIT_BY = _compile(
    rf"^\s*(?:{CREDIT_WORDS}|photography|illustrations)\s+(?:by|von|par|de|door|di|por|av|af)\s+\S",
    re.I,
)
# ... "dpa-Material", Lithuanian "BNS inf." ("informacija": information from BNS)
_AGENCY_MATERIAL = _compile(
    r"^(\w+)(?:-(?:material|materialien|meldungen?)|\s+(?:inf\.?|informacija))$", re.I
)
# A Japanese or Chinese dateline before the name: a place, a full-width equals sign, the
# name ("Washington" in katakana, then the reporter's name).
_CJK_DATELINE = _compile(r"^[【\[(（]?[^\s＝=]{1,12}(?:＝|=(?=[\u3040-\u30ff\u3400-\u9fff]))[ 　]*")
# "Name (obe)", "Name (obe" cut short, "[AFP]", a name's reading in full-width brackets
PAREN = _compile(r"(?!(?<=\s)\s)\s*[(\[（][^)\]）]*(?:[)\]）]|$)")
# "Bernd Beispiel (Bilder)", "(Illustration)": the name of a picture's maker, no writer's. A
# chief editor's title is left out: "Jane Doe (Editor-in-Chief)" is her job, over her own column;
# so is a word naming the newsroom's journalist: "Anna Muster (Redakteurin)", "(Redaktor)".
_CHIEF_SET = frozenset(langwords.entries(langwords.CHIEF_EDITOR_CREDITS))
_JOB_IN_BRACKETS = _CHIEF_SET | frozenset(langwords.entries(langwords.EDITOR_CREDITS_REPORTER))
_PAREN_CREDIT_WORDS = "|".join(re.escape(w) for w in CREDIT_ENTRIES if w not in _JOB_IN_BRACKETS)
PICTURE_PAREN = _compile(
    rf"\((?:{_PAREN_CREDIT_WORDS}|illustrations?|grafik|grafiken|infografik|videos?)\)", re.I
)
# Any one-word label before a colon ("Interview: Anna Muster", "Protokoll: ...") is no name.
_ANY_LABEL = _compile(r"^(?:[^\W\d_][\w-]{2,24}|[\u3400-\u9fff]{2,4})\s*[:：]\s*(?=\w)")
_FOLLOW = "|".join(re.escape(w) for w in langwords.entries(langwords.FOLLOW_WORDS))
# "Jane Doe Folgen", "Seguir Ana Souza": a button beside the name goes; elsewhere (`_BAD`,
# "follow her on X") the part is no name.
_FOLLOW_EDGE = _compile(rf"^(?:{_FOLLOW})\s+|{RUN_START}\s+(?:{_FOLLOW})\W*$", re.I)
_NOT_NAME = "|".join(re.escape(w) for w in langwords.entries(langwords.NOT_NAME_WORDS))
# Links of an author box that are no one's name ("PubMed", "Google Scholar", "LinkedIn").
_SERVICES = """
google scholar pubmed orcid twitter facebook linkedin instagram youtube tiktok whatsapp mastodon
bluesky threads xing telegram newsletter rss e-mail email
"""
_NOT_SERVICE = "|".join(re.escape(w) for w in _SERVICES.split())
_BAD = _compile(rf"\d|\b(?:{_NOT_NAME}|{_FOLLOW}|{_NOT_SERVICE})\b", re.I)
# "Jane Doe for The Sunday Example", "Anna Muster für den Beispielboten", "Ana García para
# El Diario": the paper a writer filed for, after the name ("para", "per" in lower case only:
# "Per" is a first name).
_FOR_PAPER = _compile(r"(?!(?<=\s)\s)\s+(?:(?i:for|für|pour|voor|för)|para|per)\s+\S.*$")
_IN_PLACE = _compile(r"\s+(?:in|aus|en|à|a|från|fra|i|em|(da))\s+(?:[A-Z][\w'.-]*\s*){1,3}$")
# ... in a byline set in capitals ("JANE DOE IN LONDON", "ANNA MUSTER AUS BERLIN")
_IN_PLACE_CAPS = _compile(
    r"(?<!\s)\s+(?:IN|AUS|À)\s+([^\W\d_a-z][\w'.-]*(?:\s+[^\W\d_a-z][\w'.-]*){0,2})$"
)
_CAPITAL_PLACE_CHARS = 4  # "ROMA", "KIEV"; not "HO" of "KIM IN HO", a Korean given name


def _capitals_filed_from(part: str, m: re.Match[str], lang: str) -> bool:
    """Where a byline in capitals was filed from: a known place after "IN", a full name
    before it (a Korean name's "IN" is no "in": "KIM IN HO")."""
    place = m.group(1)
    return (
        part.isupper()
        and len(part[: m.start()].split()) >= 2
        and len(place) >= _CAPITAL_PLACE_CHARS
        and (is_known_place(place) or is_place_name(place) or country_name(place, lang))
    )


# The page's own language's "in"/"from" before a place, a name's particles left out ("de",
# "von"): "Jan Novák v Praze", "Jan Kowalski w Warszawie", "Jan Novák z Prahy" (a place in any
# case's ending, in capitals of any script).
_OWN_IN_PLACE = {
    lang: _compile(
        r"\s+(?:{})\s+(?:[^\W\d_][\w'.-]*\s*){{1,3}}$".format(
            "|".join(re.escape(w) for w in words if w not in NAME_PARTICLES)
        )
    )
    for lang, text in langwords.PLACE_WORDS.items()
    if (words := [w.strip() for w in text.split(",") if " " not in w.strip()])
    and any(w not in NAME_PARTICLES for w in words)
}
# Portuguese names take "da" ("Marcos da Silva", "Ana Maria da Costa"): no Italian "from"
# there ("Mario Rossi da Roma"), and nowhere a cut leaving one word (`_da_in_name`).
_DA_NAMES = frozenset({"pt", "gl"})
# (no "credit": "Credit Suisse"; no editor's words, EDITOR_CREDITS: "Editor Siti Aminah" with
# no colon stays read as her name)
_PICTURE_WORDS = frozenset(langwords.entries(langwords.PHOTO_CREDITS)) - {"credit"}
_NOT_LOWER_TEXT = "admin administrator user guest author autor webmaster"
_NOT_LOWER_NAMES = frozenset(_NOT_LOWER_TEXT.split())


def _lower_name(words: list[str]) -> bool:
    """ "jane doe" as a JSON-LD author names her (a CMS's user name, written as typed): two to
    four words of letters, no role word ("staff writer") nor account word ("admin user")."""
    return (
        2 <= len(words) <= 4
        and all(w.replace("-", "").replace("'", "").isalpha() for w in words)
        and not any(
            (is_role_word(w) and w not in NAME_PARTICLES) or w in _NOT_LOWER_NAMES for w in words
        )
    )


def _da_in_name(before: list[str], m: re.Match[str], lang: str) -> bool:
    """ "Marcos da Silva" on a Portuguese page, or "da" after one word: a surname's "da", no
    place; after a job ("repórter da Folha") it is the employer's, cut as a place is."""
    return (
        bool(m.group(1))
        and (lang in _DA_NAMES or len(before) < 2)
        and not all(map(is_role_word, before))
    )


def _no_name_word(word: str) -> bool:
    """A role word, "our", or a name's particle ("da", "von"): a part of only these names no
    one ("Da Redação", "von der Redaktion")."""
    w = word.casefold()
    return is_role_word(word) or w in OURS or w in NAME_PARTICLES


def _name_after_ours(words: list[str]) -> bool:
    """ "Unsere Redakteurin Anna", "Our Reporter Jane": a role after "our", then a name."""
    return len(words) == 3 and is_role_word(words[1]) and capitalised(words[2])


# "from the" before an agency's generic word and its name ("Da Agência Brasil")
# (or "the" alone, the "from" read as "by" and cut: "de la agencia EFE", "de l'agence X")
FROM_THE_AGENCY = _compile(
    r"^\s*(?:da|do|de la|del|dalla|della|dell['’]|dall['’]|de l['’]|from the|la|l['’])"
    r"\s*(\w+)\s+\S",
    re.I,
)
# a place and "from" before a name a postposition follows ("नई दिल्ली से राम शर्मा द्वारा",
# Urdu "لاہور سے احمد علی کی رپورٹ")
_FROM_BEFORE = _compile(r"^.*\s(?:से|سے)\s+")
# Amharic's "by" (በ) joined to the writer's given name, where the name could not open so:
# before a vowel's letter ("በአበበ ከበደ", "በእስክንድር ነጋ": few names open so) or another በ
# ("በበቀለ ገርባ", by Bekele). "በቀለ ገርባ" is Bekele's own name, left whole.
_AM_BY = _compile(r"^በ(?=[\u12a0-\u12a7\u12d0-\u12d6]|በ)")
# ... but given names made with it stay whole: Beamlak ("by God"), Beemnet ("in faith"),
# Bewketu ("in his knowledge")
_AM_BE_NAMES = frozenset(["በአምላክ", "በእምነት", "በእውቀቱ"])
# ... and after her name, a part of its own: a place of up to three words and "से" ("from")
_FROM_END = _compile(r"^\s*\S+(?:\s\S+){0,2}\s(?:से|سے)\s*$")
_FROM_PLACE_WORDS = 4  # "नई दिल्ली से", "उत्तर प्रदेश के लखनऊ से": a place's words and "से"
_ORGANISATION_KINDS = frozenset(langwords.entries(langwords.ORGANISATION_KIND_WORDS))
_BY_AFTER = _compile(
    rf"(?<=\S)\s++(?:{'|'.join(map(re.escape, langwords.entries(langwords.BYLINE_BY_AFTER)))})$"
)
# "avec l'AFP", "Avec AFP", "con l'ANSA": "with" and the agency alone, its article elided
_WITH_AGENCY = _compile(
    r"^(?:(?:with|avec|mit|con|com|met|med)\s+)?(?:l['’])?([^\W\d_][\w-]*)$", re.I
)


def picture_credit_word(word: str) -> bool:
    """A capitalised picture credit's word with no colon ("Fotos", "Kuvat", "Bild")."""
    return word[:1].isupper() and word.casefold().rstrip(":") in _PICTURE_WORDS


_EDITORS_NOTES = frozenset(langwords.entries(langwords.EDITORS_NOTES))


def clean_name(part: str, lower_ok: bool = False, lang: str = "") -> str | None:
    if HELD_SLASH in part:
        return None  # "AC/DC biographer": a band's or a channel's name, a description
    part = part.strip().strip(FULL_WIDTH_BRACKETS)  # a byline in full-width parentheses
    if (m := _FOR_PAPER.search(part)) and len(part[: m.start()].split()) >= 2:
        part = part[: m.start()]  # "Jane Doe For Dailymail.Com", "Claire Dupont pour Le Monde"
    if (bare := EMAIL_OR_URL.sub(" ", part)) != part and all(
        w in HOUSE_WORDS for w in name_key(bare).split()
    ):
        return None  # "bild.de Online", "example.com Staff": the site crediting itself
    part = bare
    if "(" in part and PICTURE_PAREN.search(part):
        return None  # "Anna Muster (Text), Bernd Beispiel (Bilder)": no writer
    part = PAREN.sub(" ", part)
    if CREDIT.match(part) or _CREDIT_BY.match(part):
        return None  # "Text: Jane Doe / Fotos: John Roe": the photographer is no author
    part = _ANY_LABEL.sub("", part.strip())
    part = _CJK_DATELINE.sub("", MATERIAL.sub("", part.strip()))
    part = _AGENCY_MATERIAL.sub(r"\1", part)  # "mit dpa-Material": the agency
    if part.casefold().strip(" .") in langwords.GENERIC_AGENCY_WORDS:
        return None
    if (m := _WITH_AGENCY.match(part.strip())) and is_agency(m[1]):
        part = m[1]  # "avec l'AFP", "Avec AFP": the agency
    if (m := FROM_THE_AGENCY.match(part)) and m[1].casefold() in langwords.GENERIC_AGENCY_WORDS:
        part = part[m.start(1) :]  # "Da Agência Brasil", "De l'agence X": the agency's name
        if part[:1].islower() and part.split()[1][:1].isupper():
            part = part[:1].upper() + part[1:]  # "de l'agence France-Presse": as its name is
    generic, _, agency = part.strip().partition(" ")
    if generic.casefold() in langwords.GENERIC_AGENCY_WORDS and is_agency(agency):
        part = agency  # "Agencia EFE", "Agence AFP": the agency's name
    if not VON_DER_NAME.match(part):
        part = BYLINE_LEAD.sub("", part.strip())  # (her name's "von": `_von_der_surname`)
    if lang[:2] == "am" and _AM_BY.match(part) and part.split()[0] not in _AM_BE_NAMES:
        part = part[1:]  # "በአበበ ከበደ": Amharic's "by" (በ) written against the name
    if "\u17d4" in part:
        return None  # Khmer's full stop: "ដោយ" (by means of) opened a sentence, no byline
    if (by_after := _BY_AFTER.search(part)) is not None:
        # "राम शर्मा द्वारा": "by" after the name; "नई दिल्ली से राम शर्मा की रिपोर्ट": where
        # from before it ("से", from) is no part of the name; "विश्व बैंक की रिपोर्ट": a
        # body's report, no one's
        part = _FROM_BEFORE.sub("", part[: by_after.start()])
        if not _ORGANISATION_KINDS.isdisjoint(part.casefold().split()):
            return None
    elif (m := _FROM_BEFORE.match(part)) and len(part[: m.end()].split()) <= _FROM_PLACE_WORDS:
        # "मुंबई से राहुल शर्मा" (और ... की रिपोर्ट): the first of a list, where from before her
        part = part[m.end() :]
    elif _FROM_END.match(part):
        return None  # "राहुल शर्मा, मुंबई से": where she filed from, after her name
    part = ROLE_AFFIX.sub("", part).strip(" .:-\u2013\u2014()[]'\"|·•")
    part = HEAD_TITLE_LEAD.sub("", part)  # "Editor in Chief Jane Doe": no "in Chief" place
    if part.casefold().replace("\u2019", "'").rstrip(".:") in _EDITORS_NOTES:
        return None  # "Editor's note": a heading, no one's name
    if part.casefold().rstrip(".") in NAME_SUFFIXES:
        return None  # "John Smith, III": the suffix of the name before, no second writer
    first, _, rest = part.partition(" ")
    if picture_credit_word(first) and rest[:1].isupper():
        return None  # "Anna Muster, Fotos Peter Bild": the photographer's credit
    if (m := _IN_PLACE.search(part)) and not _da_in_name(part[: m.start()].split(), m, lang):
        part = part[: m.start()]  # "Helena Smith in Athens": where she filed from
    elif (own := _OWN_IN_PLACE.get(lang)) and (m := own.search(part)) and filed_from(part, m):
        part = part[: m.start()]  # "Jan Novák v Praze": the page's language's "in"
    elif (
        part.isupper()
        and (m := _IN_PLACE_CAPS.search(part))
        and _capitals_filed_from(part, m, lang)
    ):
        part = part[: m.start()]  # "JANE DOE IN LONDON": a byline set in capitals
    part = _FOLLOW_EDGE.sub("", part)
    if not part or _BAD.search(part):
        return None
    words = drop_titles(_once(part.split()))
    while len(words) > 1 and words[-1] in _DANGLING_END:
        # "Marie Dupont de", "Ali bin", "Jan de Vries en": a particle or "and" in small letters
        # ends no name (a cut byline or a list's open end); inside one it stays ("Ursula von der
        # Leyen", "Ahmed bin Salman")
        words = words[:-1]
    if (
        len(words) > 2
        and _verb_after_name(words)
        and not any(map(is_role_word, words[:-1]))
        and not newsroom_credit(part)  # "Ban Thời sự": a desk's name in sentence case
    ):
        # "Anna Muster berichtet (aus Kiew)", "Jón Jónsson skrifar": a verb after the name
        words = words[:-1]
    if len(words) == 1 and words[0].casefold() in _NOT_LOWER_NAMES:
        return None  # "By Admin", "Von Webmaster": the CMS's account, no writer
    if (
        len(words) > 1
        and is_agency(words[0])
        and all(map(is_role_word, words[1:]))
        and not is_agency(" ".join(words))  # "РИА Новости": the agency's name
    ):
        return words[0]  # "Reuters staff", "AFP Correspondent": the agency credited
    if words and words[0].casefold() in OURS and len(words) <= 3 and not _name_after_ours(words):
        return None  # "From Our Man in Havana", "By Our Own Correspondent": a column's name
    if not words or len(words) > 5 or all(_no_name_word(w) for w in words):
        return None  # "Staff Writer", "onze redactie", "Mwandishi Wetu" ("our"), "Da Redação"
    if (
        len(words) > 1
        and all(lower_cased(w[0]) for w in words)
        and not (lower_ok and _lower_name(words))
    ):
        return None  # "специальный корреспондент", "staff writer": lower case, no one's name
    part = " ".join(words)
    if part.startswith("@") or (len(words) == 1 and lower_cased(part) and part not in AGENCIES):
        # handles and URL slugs ("jane-doe"), not "dpa"
        return None
    return part


# A name's particles and each language's "and", in small letters: no name ends with one
_DANGLING_END = frozenset(
    w
    for w in PARTICLES
    | frozenset(NAME_PARTICLES)
    | frozenset(langwords.entries(langwords.AND_WORDS))
    if w.islower() and " " not in w
)


def _verb_after_name(words: list[str]) -> bool:
    last = words[-1]
    return lower_cased(last[0]) and last not in NAME_PARTICLES and name_shaped(" ".join(words[:-1]))


def _once(words: list[str]) -> list[str]:
    """ "Kari Nordmann Kari Nordmann": a name printed twice (a hidden copy for screen readers
    beside the visible one, maybe with the job between) is one name."""
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return words[:half]
    if half > 1 and words[:half] == words[half + 1 :] and is_role_word(words[half]):
        return words[:half]  # "Martin Beispiel Reporter Martin Beispiel": the job between
    return words
