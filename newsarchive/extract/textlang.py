"""The language of Latin-script text, told by its commonest short words.

Markup often names the wrong language: a CMS's default `lang="en"` on a German page, a
theme's `en-US` on a Spanish one. A few hundred characters of a text in a language hold
dozens of its function words ("der", "und", "nicht"; "le", "les", "dans"), which other
languages use rarely; counting them tells the language apart from the markup's claim.
Languages sharing most of their short words (Danish, Norwegian and Swedish; Spanish and
Portuguese) are told apart only by the words they do not share, so a close call names
none (`language`); a declared language is overruled only where it is a CMS's default
("en") and another language's words clearly lead (`contradicts`).
"""

from __future__ import annotations

import re
from collections import Counter

# Frequent function words per language, chosen to differ between neighbours.
_WORDS = {
    "en": "the and of to is that for with was are this from have has it be were which not by",
    "de": "der die und das den ist nicht mit von für auf ein eine sich dem des auch wird im "
    "zu nach bei wie werden sind",
    "fr": "le la les et des est une du dans pour que qui pas sur au avec ce il elle sont aux "
    "ont été",
    "es": "el la los las y que en del por una con para es se su al como más pero sus fue",
    "pt": "o os as que não em do da uma com para por é dos das no na mais foi ao pelo",
    "it": "il di che la per una del della non con sono gli nel alla è anche dei delle più",
    "nl": "het een van dat niet voor met zijn ook aan wordt door naar bij deze werd heeft",
    "sv": "och att det som är av för med på den till inte har om ett var jag men från",
    "da": "og at det som er af for med på den til ikke har om et var jeg men fra efter",
    "nb": "og at det som er av for med på den til ikke har om et var jeg men fra etter",
    "fi": "ja ei että oli hän mutta kun myös ovat tai sen joka mukaan",
    "pl": "w z że się nie jest jak przez od dla oraz tym jego",
    "tr": "ve bir bu için ile olarak çok daha gibi olan kadar sonra ancak",
    "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga",
    "cs": "že jako pro ale které byl jsou také podle jeho není",
    "hu": "az és hogy nem egy meg van már csak volt mint",
    "ro": "și în cu că pe din care pentru este sunt fost",
}
_SETS = {lang: frozenset(words.split()) for lang, words in _WORDS.items()}
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}  # word -> the languages listing it
for _lang, _words in _SETS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)
# Declared codes that name the same language as a key here
_SAME = {"no": "nb", "nn": "nb", "ms": "id"}
_TOKEN = re.compile(r"[^\W\d_]+")
SAMPLE = 1200  # characters of text read
MIN_HITS = 8  # function words of one language before its count says anything
# how many times the declared language's count the text's language needs to overrule it
OVERRULE = 3
# Text in quotation marks: «...», »...«, “...”, „...“, "..." (a short report may open with
# a speaker's words in their own language)
_QUOTED = re.compile(r'«[^«»]{0,800}»|»[^«»]{0,800}«|[“„][^“”„]{0,800}[”“]|"[^"]{0,800}"')
DEFAULTS = frozenset({"en"})  # what CMSs and themes declare where nobody set a language


def counts(text: str) -> Counter[str]:
    """Function words of each language in the text's first `SAMPLE` characters."""
    found: Counter[str] = Counter()
    for token in _TOKEN.findall(text[:SAMPLE].casefold()):
        # most words are no function word: `update(())` for each cost half the count
        if langs := _LANGUAGES_OF.get(token):
            for lang in langs:
                found[lang] += 1
    return found


def language(text: str) -> str | None:
    """The text's language where one clearly leads (twice the next), else None."""
    ranked = counts(text).most_common(2)
    if not ranked or ranked[0][1] < MIN_HITS:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def contradicts(declared: str, text: str) -> str | None:
    """The text's language where its words overrule the declared one, else None.

    Only a CMS's or theme's default (`DEFAULTS`: "en") is overruled: a page declaring
    another language chose it, and the words of a page's quotes or of its reused text
    (a German story under `lang="cs"` on a Czech site) say less than that choice."""
    own = _SAME.get(declared, declared)
    if own not in DEFAULTS:
        return None
    found = counts(_QUOTED.sub(" ", text))  # a quote's words are its speaker's language
    best, hits = next(iter(found.most_common(1)), ("", 0))
    if best == own or hits < MIN_HITS or hits < OVERRULE * max(found[own], 1):
        return None
    return best
