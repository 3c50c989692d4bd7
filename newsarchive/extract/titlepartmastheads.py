"""A newspaper's name by its kind ("朝日新聞デジタル", "한국일보", "Российская газета",
"ข่าวท่าเรือ"): in a script no host name spells, where no meta states the name, the word
for a paper is what tells the name from the headline. A first part so named
(`cjk_masthead`, `unspelt_masthead`, `masthead_cut`), a last one (`is_masthead`), one
after a space with no mark (`spaced_masthead_cut`).
"""

from __future__ import annotations

from newsarchive.extract import langwords
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.site import compact
from newsarchive.extract.titlepartmarks import (
    CJK,
    CJK_CHAR,
    CJK_WORD,
    MAX_NAME_WORDS,
    MIN_REST,
    cjk_width,
    split_parts,
)

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


# A newspaper's name by its kind ("朝日新聞デジタル", "한국일보", "Российская газета"): CJK and
# Hangul words end (or start) the name, other scripts' are a word of it.
_MASTHEAD = langwords.entries(langwords.MASTHEAD_WORDS)
_MASTHEAD_ENDS = tuple(w for w in _MASTHEAD if CJK_WORD.fullmatch(w))
_CJK_THEN_LATIN = _compile(f"^([{CJK}]+)[a-z0-9]+")
_LATIN_THEN_CJK = _compile(f"^[a-z0-9]+([{CJK}]+)")
_MASTHEAD_NOUNS = frozenset(w for w in _MASTHEAD if not CJK_WORD.fullmatch(w))
_MASTHEAD_STARTS = tuple(langwords.entries(langwords.MASTHEAD_PREFIXES))
# an edition word after a CJK name: "中日新聞Web", "東京新聞デジタル", "日刊ゲンダイDIGITAL"
EDITION_TAIL = _compile(
    "(?:digital|web|online|plus|デジタル|電子版|オンライン|ウェブ|ウェブ版|web版|電子報|电子报"
    f"|{compact('ออนไลน์')})$"
)  # "自由時報電子報": a Taiwanese paper's e-paper; Thai "online" as `compact` spells it
MAX_CJK_NAME = 10  # "朝日新聞" and "日刊ゲンダイ" are short; a longer run is a headline's
# Korean papers' words that are common nouns too ("매일경제", but "흔들리는 경제", the economy
# shaken): a paper's name joins them to the word before, a headline's phrase sets a space
_NOUN_ENDS = ("경제", "투데이", "저널")
# a CJK name closed by a paper's word in Latin letters ("港湾NEWS", "うみかぜTIMES"): its
# kind, as "新聞" closes one (not "TV": a set's word too, "大画面TV", "液晶TV")
_CJK_THEN_PAPER = _compile(f"[{CJK}]{{1,{MAX_CJK_NAME}}}(?:news|times)")


def cjk_masthead(part: str) -> bool:
    """A first part that is a CJK newspaper's name ("海滨日报" before a full-width bar).

    In Latin and other scripts a first part so named may be a headline's topic; the host
    tells those (`is_site`)."""
    # (a first part in a noun a paper's name may end in is a topic's kicker: "지역경제 | ...")
    return (
        bool(CJK_CHAR.match(part.lstrip()))
        and not compact(part).endswith(_NOUN_ENDS)
        and is_masthead(part)
    )


_LATIN_LETTER = _compile("[A-Za-z\u00c0-\u024f]")
_COLON_MARK = _compile("[:\uff1a]")


def unspelt_masthead(part: str, mark: str, after: str = "") -> bool:
    """A first part before a spaced mark that is a newspaper's name by its kind, in a script
    no host name spells ("Портові новини | ...", "صحيفة الميناء - ...", "बंदरगाह समाचार |
    ..."): the site's name as its titles open, which no meta or host tells. A Latin name
    is the host's to tell (`is_site`); a colon after a first part opens a topic's kicker.
    Before a part `after` opening with a small letter it is a headline's first half, its
    sentence going on ("Фейкові новини — як їх розпізнати", fake news: how to spot them):
    a headline after a site's name opens with a capital."""
    return (
        not _LATIN_LETTER.search(part)
        and not _COLON_MARK.fullmatch(mark.strip())
        and not CJK_CHAR.search(part)
        and not after.lstrip()[:1].islower()
        and is_masthead(part)
    )


def masthead_cut(text: str) -> str | None:
    """What `strip_sites` leaves of `text` after a first part it takes for a paper's name
    in a script no host spells (`unspelt_masthead`: "Портові новини | Title" gives
    "Title"); none where it takes none."""
    parts = split_parts(text) if not _LATIN_LETTER.match(text) else []
    if len(parts) > 2 and unspelt_masthead(parts[0], parts[1], parts[2]):
        return "".join(parts[2:])
    return None


_SPACED_CJK_END = _compile(f"(?<=[{CJK}\u300d\u300f\uff09])\\s+(?P<name>[{CJK}][^\\s]{{0,30}})$")


# "偽新聞", and a paper's word alone ("新聞", "신문"): a headline's nouns, no paper's name
_NOT_MASTHEADS = frozenset(
    [*(compact(w) for w in langwords.entries(langwords.NOT_MASTHEADS)), *_MASTHEAD_ENDS]
)


def spaced_masthead_cut(text: str) -> str | None:
    """What `text` holds before a CJK paper's name set after a space, with no mark ("「港を
    守る」市長が表明　海辺新聞"; a full-width space reads as a plain one); None where it ends
    otherwise. A space is a pause inside CJK headlines too ("港湾で火災　けが人なし"): only
    `title._core` cuts there, where another source states the rest alone."""
    m = _SPACED_CJK_END.search(text)
    if (
        m
        and is_masthead(m["name"])
        and compact(m["name"]) not in _NOT_MASTHEADS
        and cjk_width(text[: m.start()]) >= MIN_REST
    ):
        return text[: m.start()]
    return None


# A sentence's words no paper's name holds: "她如何拯救一家杂志", "谁还在办新闻" end in a word
# for a paper but are a headline's clause (pronouns, particles, "how", "a [paper]").
_CJK_GRAMMAR = _compile("[的了是谁誰这這吗嗎呢我你他她它们們怎如]|一[家本份个個]")


def _named_noun_end(key: str, words: list[str]) -> bool:
    """Whether a CJK part ending in a word that is a common noun too ("경제", "투데이") is a
    paper's name: one word, a name joined before the noun ("바다경제"), not the noun alone
    ("| 투데이") nor a compound a headline or a topic writes ("지역경제", local economy)."""
    return len(words) == 1 and key not in _NOT_MASTHEADS  # (its words alone among them)


def is_masthead(part: str) -> bool:
    """A last part that is a newspaper's name by its kind, in a script no host name spells:
    "朝日新聞デジタル", "日刊ゲンダイDIGITAL", "한국일보", "Российская газета".

    Where no meta states the name in that script (a Japanese site's og:site_name in
    English, none at all), nothing else tells it from the headline. A CJK name is one
    short run ending in a word for a paper ("新聞", "일보") or starting with one ("日刊"),
    its Latin name after it or not;
    a Latin name is the host's or a meta's to tell (`is_site`): "- News" may be a headline's.
    """
    words = part.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS:
        return False
    key = EDITION_TAIL.sub("", compact(part))
    if _CJK_THEN_PAPER.fullmatch(key):
        return not _CJK_GRAMMAR.search(key)
    if m := _CJK_THEN_LATIN.fullmatch(key) or _LATIN_THEN_CJK.fullmatch(key):
        # "公視新聞網 PNN", "端傳媒 Initium Media", "HKT港湾テレビ": the name in two scripts
        key = m[1]
    if CJK_WORD.match(key):
        return (
            len(key) <= MAX_CJK_NAME
            and (key.endswith(_MASTHEAD_ENDS) or key.startswith(_MASTHEAD_STARTS))
            and not _CJK_GRAMMAR.search(key)
            and (not key.endswith(_NOUN_ENDS) or _named_noun_end(key, words))
        )
    if _THAI_WORD.fullmatch(key):  # written without spaces too: "ข่าวท่าเรือ", "ท่าเรือนิวส์"
        return len(key) <= MAX_CJK_NAME and (
            key.startswith(_THAI_MASTHEAD) or key.endswith(_THAI_MASTHEAD)
        )
    # (a name in its quotes, as Russian and Ukrainian write a paper's: "«Приморский вестник»")
    folded = [w.strip(_NAME_QUOTES).casefold() for w in words]
    if folded != [w.casefold() for w in words] and not _quoted_name(words, folded):
        return False
    if _INDIC.search(part):
        # Indic scripts put the paper's kind last ("উদাহরণ সংবাদ", "राजस्थान पत्रिका") or before
        # one word more ("সংবাদ প্রতিদিন"); two words after it are a headline's phrase ("সংবাদ
        # সম্মেলনে যা বললেন", a press conference; "फेक न्यूज से बचें", beware of fake news)
        return not _MASTHEAD_NOUNS.isdisjoint(folded[-2:])
    return not _MASTHEAD_NOUNS.isdisjoint(folded) or folded[0] in _MASTHEAD_STARTS


def _quoted_name(words: list[str], folded: list[str]) -> bool:
    """Whether words in quotes read as a paper's name: its kind alone ("«Известия»"), after
    one word ("«Приморский вестник»") or before a name ("«Вестник Приморья»"). A headline's
    quote after a dash is a sentence ("— «Это не новости»", "— «Будем вести диалог»": "вести"
    is "to lead" too), or a verb before its object ("«Вести переговоры»")."""
    if len(words) == 1:
        return True
    return len(words) == 2 and (
        folded[1] in _MASTHEAD_NOUNS
        or (folded[0] in _MASTHEAD_NOUNS and words[1].lstrip(_NAME_QUOTES)[:1].isupper())
    )


_INDIC = _compile("[\u0900-\u0dff]")
_NAME_QUOTES = "\u00ab\u00bb\u201e\u201c\u201d\"'"

# Thai, one run of letters (`compact` drops its vowel and tone marks, as from the words below)
_THAI_WORD = _compile("[\u0e00-\u0e7f]+")
_THAI_MASTHEAD = tuple(compact(w) for w in _MASTHEAD if _THAI_WORD.fullmatch(w))
