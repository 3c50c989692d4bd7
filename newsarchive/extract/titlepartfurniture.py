"""Labels between a headline and the site's name, in any language: a section's name, one
short word set as a label ("Politik", "社会"), a "News" label ("Latest News", "Son Dakika
Haberleri"), a word for news alone or of a place ("Nachrichten aus Kiel").

They are cut only beside a site's name or as the section the page states: a headline's
own tail ("- live", "- updates", '- "critical"') is no label.
"""

from __future__ import annotations

from newsarchive.extract import langwords
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.site import compact, spellings
from newsarchive.extract.titlepartmarks import CJK_WORD

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


# Words of a "News" label between a headline and the site ("Latest News", "Son Dakika Haberleri").
_NEWS_LABEL = tuple(
    w
    for table in (langwords.NEWS_WORDS, langwords.NEWS_FILLER, langwords.LIVE_WORDS)
    for e in langwords.entries(table)
    for w in e.split()
)
_NEWS_NOUNS = tuple(w for e in langwords.entries(langwords.NEWS_WORDS) for w in e.split())
# "from" and "and" between a word for news and a place ("Nachrichten aus Kiel und Umgebung")
_FROM_TEXT = "aus von from de da do dos das du z ze iz из з dari kutoka iš frá und and & i a e y"
_FROM_WORDS = frozenset(_FROM_TEXT.split())
MAX_PLACE_WORDS = 3
# ... alone as a title's last part: not a short Latin one ("tin" is news in Vietnamese)
MIN_NEWS_NOUN = 4  # "News", "Zprávy", "新闻": one word for news closing a title
_NEWS_NOUN_SET = frozenset(
    w for w in _NEWS_NOUNS if len(w) >= MIN_NEWS_NOUN or CJK_WORD.fullmatch(w)
)


MAX_LABEL = 15  # one word this short between a headline and the site's name is a label
MAX_CJK_LABEL = 6  # ... and in CJK scripts, where words are short
MIN_STEM = 5  # "haberler" also names "haberleri": inflected forms of longer news words
# Each table as its words and its stems (MIN_STEM long or more), so `_news_word` asks a set and
# one `startswith` instead of looping over ~200 words (a tenth of the title's time).
_NewsWords = tuple[frozenset[str], tuple[str, ...]]
_NEWS_LABEL_WORDS: _NewsWords = (
    frozenset(_NEWS_LABEL),
    tuple(w for w in _NEWS_LABEL if len(w) >= MIN_STEM),
)
_NEWS_NOUN_WORDS: _NewsWords = (
    frozenset(_NEWS_NOUNS),
    tuple(w for w in _NEWS_NOUNS if len(w) >= MIN_STEM),
)


def is_furniture(part: str, sections: frozenset[str]) -> bool:
    """A section's name, a label made only of "news" words, or one short word written as a
    section's name is ("Politik", "社会", "정치"): what sites put between a headline and
    their name, in any language.

    A lower-case or quoted word is no label: headlines end in "- updates" or '- "critical"'
    (benchmarks/title_variants.py lost two pages in every site-suffix variant to a rule
    that cut any short word).
    """
    if not spellings(compact(part)).isdisjoint(sections):  # "Política" of /politica/
        return True
    words = part.split()
    if len(words) == 1 and label_word(words[0]):
        return True
    # "Politik Inland" of /politik/inland/: sections' names one after another
    if len(words) > 1 and all(not spellings(compact(w)).isdisjoint(sections) for w in words):
        return True
    # "India News", "Politik Nachrichten": a section's or label's word and a word for news
    if len(words) == 2 and _news_word(words[1].casefold(), _NEWS_NOUN_WORDS):
        first = words[0]
        if label_word(first) or not spellings(compact(first)).isdisjoint(sections):
            return True
    # "Latest News", "Son Dakika Haberleri": filler around a word for news, and one word
    # written as a section's name is ("Latest News India"); filler alone ("- updates",
    # "- live") is the headline's own tail
    others = [w for w in words if not _news_word(w.casefold(), _NEWS_LABEL_WORDS)]
    return (
        bool(words)
        and any(_news_word(w.casefold(), _NEWS_NOUN_WORDS) for w in words)
        and (not others or (len(words) > 2 and len(others) == 1 and label_word(others[0])))
    )


def news_label(part: str) -> bool:
    """A last part of words every site's SEO line is made of, a word for news among them, in
    title case ("Son Dakika Haberleri", "Latest News", "Últimas Noticias", "Aktuelle
    Nachrichten"): the site's label with no name after it, never a headline's own tail
    (which is no word for news alone: "- live", "- latest updates" stay)."""
    words = part.split()
    return (
        len(words) > 1
        and all(w[0].isupper() or not w[0].islower() for w in words)
        and all(_news_word(w.casefold(), _NEWS_LABEL_WORDS) for w in words)
        and any(_news_word(w.casefold(), _NEWS_NOUN_WORDS) for w in words)
    )


def news_noun(part: str) -> bool:
    """A last part that is one word for news ("Nachrichten", "Wiadomości", "Zprávy"), alone
    or of a place ("Aktuelles aus Wien", "Zprávy z Brna", "News from Portside"): a label
    every site's titles end in, never a headline's own tail ("- live", "- updates" are
    filler, no noun; "Gute Nachrichten aus Kiel" opens otherwise)."""
    words = part.split()
    if not words or words[0].casefold() not in _NEWS_NOUN_SET:
        return False
    place = words[2:]
    return len(words) == 1 or (
        words[1].casefold() in _FROM_WORDS
        and 0 < len(place) <= MAX_PLACE_WORDS
        and all(w[0].isupper() or w.casefold() in _FROM_WORDS for w in place)
        # "News From The Front": an article in title case opens a thing, no place
        and place[0].casefold() not in langwords.NAME_ARTICLE_WORDS
    )


def news_name(part: str) -> bool:
    """A last part of a word for news and one capitalised word after it, the site's name in
    a language setting its adjective or its region after the noun ("Wiadomości Nadmorskie",
    "Noticias Costeras", "Новости Приморья"). Not in English, German, Dutch or the Nordic
    languages, which set the adjective first, so a capital after "News" is a name of its
    own ("News Corp") and after "Nachrichten" any noun; nor "from" or an article after it."""
    words = part.split()
    if len(words) != 2 or words[0].casefold() not in _NAMED_NEWS:
        return False
    word = words[1]
    folded = word.casefold()
    return (
        word[:1].isupper()
        and word.isalpha()
        and folded not in _FROM_WORDS
        and folded not in langwords.NAME_ARTICLE_WORDS
    )


# (Slovenian "novice" left out: an English word too, "- Novice Driver")
_NAME_AFTER_NEWS = "es fr it pt pl ru uk bg cs sk ro ca hr sr id ms ar fa he sw"
_NAMED_NEWS = frozenset(
    w
    for e in langwords.entries({k: langwords.NEWS_WORDS[k] for k in _NAME_AFTER_NEWS.split()})
    for w in e.split()
    if len(w) >= MIN_NEWS_NOUN
)


def label_word(word: str) -> bool:
    """A short CJK word, a short capitalised one ("Politik", "Economía"), or a short word
    of a script without capitals ("سياسة", "การเมือง", "राजनीति"), which no case tells from
    a headline's own word: one word between a headline and the site's name is a label in
    any script."""
    if CJK_WORD.fullmatch(word):
        return len(word) <= MAX_CJK_LABEL
    if len(word) > MAX_LABEL or (not word.isalpha() and not _CASELESS_WORD.fullmatch(word)):
        return False
    return (word[0].isupper() and word[1:].islower()) or word.upper() == word.lower()


# A word of letters and their combining marks (Thai vowels and tones, Devanagari signs,
# Arabic harakat): `str.isalpha` is False for the marks.
_CASELESS_WORD = _compile(
    r"(?:[^\W\d_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0900-\u0963\u0e31-\u0e4e])+"
)


def _news_word(word: str, table: _NewsWords) -> bool:
    """One of the table's words, or a longer form of one of its stems ("haberleri")."""
    words, stems = table
    return word in words or word.startswith(stems)
