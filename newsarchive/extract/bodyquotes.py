"""Lines the story sets twice or beside it: quotes, sources, notes and bios.

Pull quotes and their source lines, quote boxes, a closing sources list, a last note in
italics, the writer's one-sentence profile, and short lines the page repeats.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from lxml.html import HtmlElement

from newsarchive.extract.bodyblocks import CLOSING_STOPS, long_enough
from newsarchive.extract.bodylines import CONTRIBUTION, ITALIC, QUOTE_LEVELS, QUOTED
from newsarchive.extract.bodytaglines import names_word
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import SENTENCE_END as _STOP
from newsarchive.extract.text import clean, folded_search

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


WORD_RUN = _compile(r"\w+")
REPEAT_MAX = 150  # characters: a longer paragraph said twice is the writer's
REPEAT_KEEP = 0.5  # share of the text that must remain once repeated lines are dropped


PULL_QUOTE_WORDS = 6  # a shorter line says too little to be recognised as a repeat
PULL_QUOTE_SHARE = 0.6  # of its word triples found in one longer paragraph: said there already
ATTRIBUTION = 120  # characters of the source line under a pull quote ("Jane Doe, mayor")


def without_pull_quotes(paragraphs: list[str]) -> list[str]:
    """Without pull quotes: a line set off in large type that repeats, whole or trimmed,
    words a longer paragraph of the article says ("Wir wissen, dass ..." beside "„Wir
    wissen aber, dass ...", sagte sie."), with the source line under it ("Jane Doe,
    Bürgermeisterin"). Readers read the words once; the quote is layout."""
    if not any(p.startswith(QUOTED) for p in paragraphs):
        return [unmarked(p) for p in paragraphs]  # most pages: no quote to compare
    folded = [p.casefold() for p in paragraphs]
    drop: set[int] = set()
    for i, p in enumerate(paragraphs):
        if not p.startswith(QUOTED):
            continue
        own = _triples(p)
        if len(own) < PULL_QUOTE_WORDS - 2:
            continue
        keys = sorted(WORD_RUN.findall(folded[i]), key=len)[-3:]  # cheap test before triples
        if any(
            len(own & other) >= len(own) * PULL_QUOTE_SHARE
            for other in _said_before(paragraphs, folded, i, keys)
        ):
            drop.add(i)
            drop.update(_quote_source(paragraphs, i))
    return [unmarked(p) for i, p in enumerate(paragraphs) if i not in drop]


def _said_before(
    paragraphs: list[str], folded: list[str], i: int, keys: list[str]
) -> Iterator[set[tuple[str, ...]]]:
    """Word triples of each longer paragraph holding the quote's longest words, then of two
    paragraphs in a row: a quote the story breaks with its speaker ("..., said X." / "...")."""
    p = paragraphs[i]
    for j, text in enumerate(folded):
        if j != i and len(paragraphs[j]) > len(p) and all(k in text for k in keys):
            yield _triples(paragraphs[j])
    for j in range(len(paragraphs) - 1):
        if i in (j, j + 1):
            continue
        a, b = folded[j], folded[j + 1]
        if len(a) + len(b) > len(p) and all(k in a or k in b for k in keys):
            yield _triples(paragraphs[j] + " " + paragraphs[j + 1])


SOURCE_LINES_MAX = 2  # the name, then the role, each a line of the quote's box


def _quote_source(paragraphs: list[str], i: int) -> list[int]:
    """The source lines under a pull quote: one line with a comma ("Jane Doe, mayor"), or
    up to two short lines of the quote's own box, the first a name ("Jane Doe" / "Mayor of
    Example", "— Jane Doe"), no sentence's stop; a line of the story after the box (no
    quote's mark) stays."""
    out: list[int] = []
    for j in range(i + 1, min(i + 1 + SOURCE_LINES_MAX, len(paragraphs))):
        line = paragraphs[j]
        if len(line) > ATTRIBUTION or line.endswith(_STOP):
            break
        if not line.startswith(QUOTED):
            if not out and "," in line:
                out.append(j)
            break
        if not out and "," not in line and not _names_source(unmarked(line)):
            break  # a poem's next line, a letter's closing: the quotation's own words
        out.append(j)
    return out


SOURCE_NAME_WORDS = 5  # "Jane Doe", "Dr. Mara van Example"


def _names_source(line: str) -> bool:
    """A quote box's first line under the quote as a source's reads: "— Jane Doe" or a name."""
    if line.startswith(("—", "–", "―", "-")):
        return True
    words = line.split()
    return 0 < len(words) <= SOURCE_NAME_WORDS and all(names_word(w, False) for w in words)


def unmarked(p: str) -> str:
    return p.removeprefix(QUOTED).removeprefix(ITALIC)


END_NOTE_MAX = 200  # characters of an editor's note under an article
# The label over a list of the piece's sources closing it ("Quellen:" over "Landtag NRW,
# Stellungnahmen", "WDR Interviews"), in the languages read other than English: newsbench's
# answers leave the German broadcaster's list out (and t-online's "Verwendete Quellen" on two
# pages, which the container leaves out already), and keep an English site's "Sources:" list
# of addresses (a one-line "Quelle: dpa" is a credit line in every language).
SOURCES_LABEL = _compile(
    r"^(?:(?:verwendete )?quellen|quelle|quellenangaben|quellenverzeichnis"
    r"|źródła|zdroje|zdroj|источники|джерела|fontes|fuentes"
    r"|fonti|bronnen|kilder|källor|lähteet|šaltiniai|avoti|sumber|vyanzo|heimildir|מקורות)\s*:?$",
    re.I,
)
SOURCE_LINE_MAX = 150  # characters of one source: a name, a title, an address


SOURCE_LINES = 10


def without_sources_list(paragraphs: list[str]) -> list[str]:
    """Without a sources list closing the text: its label, then only short lines that are no
    sentences (no closing stop) to the end."""
    start = max(0, len(paragraphs) - SOURCE_LINES - 1)
    for i in range(len(paragraphs) - 2, start - 1, -1):
        if SOURCES_LABEL.match(paragraphs[i]):
            rest = paragraphs[i + 1 :]
            if i and all(len(p) <= SOURCE_LINE_MAX and not p.endswith(CLOSING_STOPS) for p in rest):
                return paragraphs[:i]
            break
    return paragraphs


def without_end_notes(paragraphs: list[str]) -> list[str]:
    """Without a short last paragraph set wholly in italics after text that is not: the
    editor's note under an article ("Jane Doe reports for ... from Moscow", "The family
    agreed to the publication of her name") in any language. A run of italic paragraphs
    (quoted passages) or one introduced by a colon line ("Kyiv Post reported:") stays."""
    if len(paragraphs) < 2:
        return paragraphs
    if _is_writer_bio(unmarked(paragraphs[-1]), paragraphs[:-1]):
        return paragraphs[:-1]
    last = paragraphs[-1].removeprefix(QUOTED)
    before = paragraphs[-2].removeprefix(QUOTED)
    if not last.startswith(ITALIC) or len(last) > END_NOTE_MAX:
        return paragraphs
    if before.startswith(ITALIC) or before.endswith(":") or CONTRIBUTION.search(last):
        return paragraphs
    if NOTE_LABEL.match(last.removeprefix(ITALIC)):
        return paragraphs  # a correction or an editor's note is part of the piece
    return paragraphs[:-1]


# The writer's profile in one sentence under the article ("Jane Doe is a politics reporter
# for ...", "Jana Beispiel ist Redakteurin im Ressort Politik"): a name, then "is"/"ist" and
# a newsroom role. Only as the last paragraph, up to 250 characters.
WRITER_BIO = _compile(
    r"^(?!(?:The|A|An|Der|Die|Das|Ein|Eine|Sein|Seine|Ihr|Ihre|Unser|Unsere) )"
    r"((?:[A-ZÄÖÜ][\w'’.-]+ ){1,3})"
    r"(?:(?:is|ist|was|war) (?:an? |eine?r? |die |der |our |unsere?r? )?"
    # a role word, or a compound of a newsroom's one ("Lokalredakteur", "Wirtschafts-
    # korrespondentin"; "Kinderbuchautorin", "songwriter" name someone in the story)
    r"(?:[\w-]+ ){0,4}?(?:\w*?(?i:reporter(?:in)?|correspondent|journalist(?:in)?"
    r"|redakteur(?:in)?|redaktor(?:in)?|korrespondent(?:in)?|volontär(?:in)?|kolumnist(?:in)?)"
    r"|(?i:editor|writer|columnist|producer|contributor|autor(?:in)?))\b"
    # ... or what the writer does for the site ("... berichtet seit 2015 für das Stadtblatt
    # über Verkehr", "... covers transport for the Post")
    r"|(?P<does>(?:berichtet|schreibt|covers|reports|writes)\b[^.!?]{0,60}?\b(?:für|for)"
    r" (?:das |die |den |der |the )?[A-ZÄÖÜ]))",
)
WRITER_BIO_MAX = 250


def _is_writer_bio(p: str, before: list[str]) -> bool:
    """The writer's one-sentence profile: a name the story before never names (a story
    about an author ends "Maria Schmidt ist Autorin des Buches ...", named further up)."""
    if len(p) > WRITER_BIO_MAX or not (m := WRITER_BIO.match(p)):
        return False
    if m.group("does") and "," in p:
        return False  # "... schreibt für die Fährgesellschaft Gedichte, die er ...": a story's
    surname = re.compile(rf"\b{re.escape(m.group(1).split()[-1])}\b")
    return not any(surname.search(q) for q in before)


# The writer's box under the story, named so by its class or id in the site's language
# ("author-box", "autor-info", "caja-autor", "box-autore", "AuthorCard", "about-author"): a
# writer's word beside a box's word. A byline's class ("article-author") names no box.
_AUTHOR_WORDS = frozenset(
    {
        "author", "authors", "autor", "autora", "autores", "autorin", "autoren", "auteur",
        "auteurs", "autore", "autori", "autrice", "forfatter", "forfattare", "författare",
        "skribent", "yazar", "writer", "writers", "journalist", "columnist",
    }
)  # fmt: skip
_BOX_WORDS = frozenset(
    {
        "box", "bio", "bios", "biography", "info", "card", "about", "details", "profile", "panel",
        "caja", "sobre", "kasten", "ficha", "scheda", "riquadro", "kutu", "kutusu", "ruta", "boks",
    }
)  # fmt: skip
# ... or the two set as one word ("autorbox", "authorinfo", "yazarkutu")
_JOINED = _compile(
    rf"(?:^|[\s_-])(?:{'|'.join(sorted(_AUTHOR_WORDS))})(?:{'|'.join(sorted(_BOX_WORDS))})"
    r"(?:$|[\s_-])",
    re.I,
)
_NAME_PART = _compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
AUTHOR_BOX_TEXT = 700  # characters: a name, a few lines of bio, links; more is the story's


def is_author_box(el: HtmlElement) -> bool:
    """The writer's box (a name, a short bio, maybe links to their profiles), by its name
    and its size: a block so named holding paragraphs of the story (more than a bio's
    length) is a site's odd name for the text, and stays."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    if len(names) < 8 or not _author_hint(names):
        return False
    words = {w.lower() for w in _NAME_PART.findall(names)}
    if (_AUTHOR_WORDS.isdisjoint(words) or _BOX_WORDS.isdisjoint(words)) and not _JOINED.search(
        names
    ):
        return False
    return len(clean(el.text_content())) <= AUTHOR_BOX_TEXT


_AUTHOR_HINT = _compile(r"aut|writ|forf|förf|skrib|yazar|journ|colum", re.I)
# (read on every block the body walks: folded, a tenth of IGNORECASE's time on a class list)
_author_hint = folded_search(_AUTHOR_HINT)


# A correction's or editor's note's label opening the italic line under the article: the
# note is part of the piece to a reader (newsbench's one looked-at "Editor's note:" is kept),
# in the languages read ("Korrektur:", "Rectificatif :", "Sprostowanie:", "訂正", "更正",
# "바로잡습니다", "תיקון:"); a date in brackets may follow the label ("Update (5 Dec):").
NOTE_LABEL = _compile(
    r"(?i:corrections?|clarifications?|update[sd]?|editor'?s'? note|note from the editor"
    r"|korrektur|berichtigung|richtigstellung|klarstellung|aktualisierung|nachtrag"
    r"|(?:anmerkung|hinweis|notiz) der redaktion|rectificatifs?|correctif|erratum|pr[ée]cision"
    r"|note de la r[ée]daction|mise à jour|correcci[óo]n|fe de (?:errores|erratas)|aclaraci[óo]n"
    r"|nota del (?:editor|autor)|nota de la redacci[óo]n|actualizaci[óo]n|corre[çc][ãa]o"
    r"|nota d[oa] (?:editor|reda[çc][ãa]o)|atualiza[çc][ãa]o|correzione|rettifica"
    r"|nota della redazione|aggiornamento|correctie|rectificatie|noot van de redactie"
    r"|sprostowanie|od redakcji|aktualizacja|r[äa]ttelse|redakt[öo]rens anm[äa]rkning"
    r"|rettelse|korjaus|oikaisu|исправление|уточнение|примечание редакции|от редакции"
    r"|обновлено|виправлення|düzeltme|edit[öo]r[üu]n notu|oprava|pozn[áa]mka redakce"
    r"|koreksi|ralat|catatan redaksi|διόρθωση|sửa chữa|đính chính)"
    r"\s{0,3}(?:\([^()]{0,40}\)\s{0,3})?[:：.–—-]"
    r"|(?:訂正|おわびと訂正|編集部注|更正|编者按|編者按|编者注|編者註|바로잡습니다|정정|편집자 주"
    r"|تصحيح|توضيح|ملاحظة المحرر|תיקון|הבהרה|הערת העורך|सुधार)\s{0,3}[:：]?",
)


def _triples(text: str) -> set[tuple[str, ...]]:
    words = WORD_RUN.findall(text.casefold())
    return {tuple(words[k : k + 3]) for k in range(len(words) - 2)}


REPEATED_SENTENCE = 60  # letters' worth of a sentence said twice: a paragraph and its pull quote


def _is_said_once(p: str) -> bool:
    """A sentence the page sets twice (a short paragraph and its pull quote, a quote box
    repeating it whole): its first copy is the writer's. Labels, dates and prompts are no
    sentences, or shorter."""
    p = unmarked(p.removeprefix(QUOTED))
    return p.endswith(CLOSING_STOPS) and long_enough(p, REPEATED_SENTENCE)


def without_repeats(paragraphs: list[str]) -> list[str]:
    """Paragraphs without the short lines a page repeats: button labels, teaser dates and
    "react to this article" prompts under each item; an article does not say them twice.
    Where the repeats would be most of the text, they are the text (a chant, a test page).
    A sentence said twice keeps its first copy (`_is_said_once`)."""
    counts = Counter(p for p in paragraphs if len(p) < REPEAT_MAX)
    unique = [p for p in paragraphs if p and counts.get(p, 0) < 2]
    total = sum(len(p) for p in paragraphs)
    if sum(len(p) for p in unique) < total * REPEAT_KEEP:
        return [p for p in paragraphs if p]
    if len(unique) == len(paragraphs):
        return unique  # most pages: nothing said twice
    seen: set[str] = set()
    kept = []
    for p in paragraphs:
        if not p or (counts.get(p, 0) >= 2 and (p in seen or not _is_said_once(p))):
            continue
        seen.add(p)
        kept.append(p)
    return kept


def all_italic(block: HtmlElement, text: str) -> bool:
    """A paragraph set wholly in one <em>/<i> ("<p><em>Jane Doe reports for ...</em></p>")."""
    if len(block) != 1 or block[0].tag not in ("em", "i"):
        return False
    if (block.text or "").strip() or (block[0].tail or "").strip():
        return False
    return clean(block[0].text_content()) == text


# A class naming a quote ("pullquote", "quote-box", "c-pull-quote", "ArticleQuote", "zitat",
# "cita"): a pull quote set in a <p> or <div>, not a <blockquote>. Only a candidate:
# `without_pull_quotes` drops it where a longer paragraph says its words already. A word of
# the class (between spaces, hyphens, underscores or digits) is or ends in the quote's word;
# a word only holding it names something else ("misquoted-claim", "unquote", "quotemedia").
_CLASS_WORD_BREAKS = _compile(r"[\s\d_-]+")
_QUOTE_WORD_ENDS = ("quote", "quotes", "quoted", "quotation", "quotations")
# "quotebox", "quotewrapper" ("wrapper" before "wrap": the first that ends the word is cut)
_QUOTE_BOX_WORDS = (
    *("box", "block", "card", "text", "wrapper", "wrap"),
    *("container", "content", "inner", "body"),
)
# "quoteWrapper", "pullquoteRight": a camelCase class's words are split where case turns
_CLASS_CAMEL = _compile(r"(?<=[a-z])(?=[A-Z])")
_QUOTE_NOT = ("un", "mis")  # "unquote", "misquoted": words on quoting, no quote's box
_QUOTE_STEMS = ("zitat", "citaat", "cytat")  # "Zitat-Größe", "artikelzitat", "zitate"
_QUOTE_WORDS = frozenset({"cita", "citation", "citations"})
# "quot", "zitat", "cita" or "cytat" is in every word above (`_quote_classed`'s quick test)


def _quote_classed(cls: str) -> bool:
    """A word of the class names a quote. Most classes (a page's every block is asked, up to
    `QUOTE_LEVELS` boxes up) hold none of the quote's letters, which `in` finds at once."""
    if cls.isascii():
        low = cls.lower()  # an `in` chain: ~2.5 times quicker than any() over a tuple
        if "quot" not in low and "zitat" not in low and "cita" not in low and "cytat" not in low:
            return False
    words = _CLASS_WORD_BREAKS.split(_CLASS_CAMEL.sub(" ", cls).casefold())
    return any(_quote_word(w) for w in words if w)


def _quote_word(word: str) -> bool:
    for box in _QUOTE_BOX_WORDS:
        if word.endswith(box) and len(word) > len(box):
            word = word[: -len(box)]
            break
    if word.endswith(_QUOTE_WORD_ENDS) and not word.startswith(_QUOTE_NOT):
        return True
    return word in _QUOTE_WORDS or any(stem in word for stem in _QUOTE_STEMS)


def in_quote(block: HtmlElement) -> bool:
    """Set in a <blockquote>, or in a box whose class names a quote, a few levels up."""
    node: HtmlElement | None = block
    for _ in range(QUOTE_LEVELS):
        if node is None:
            return False
        if node.tag == "blockquote":
            return True
        cls = node.get("class")
        if cls and _quote_classed(cls) and _quote_sized(node):
            return True
        node = node.getparent()
    return False


QUOTE_BOX_MAX = 600  # characters of a pull quote's box: the quote and its source


def _quote_sized(box: HtmlElement) -> bool:
    """A box a pull quote's size, not the story's: WordPress names a post by its tags and
    format ("tag-quotes", "format-quote"), and its every paragraph is no pull quote."""
    size = 0
    for piece in box.itertext():  # stops early in a story's box: it is read per paragraph
        size += len(piece)
        if size > QUOTE_BOX_MAX:
            return False
    return True
