"""The language of a text, told by py3langid where the markup names none or a CMS's default.

Markup often names the wrong language (a CMS's default `lang="en"` on a German page, a
theme's `en-US` on a Spanish one) or none. py3langid (langid.py's naive Bayes over byte
n-grams, 139 languages; trafilatura's optional detector) reads any script and tells apart
what hand-counted function words cannot (Catalan from Spanish, Slovak, Croatian, Swahili,
Marathi from Hindi, Bulgarian from Russian). Its normalised probabilities say how sure it
is: a close call (Danish or Norwegian on a headline; Croatian, Bosnian and Serbian; Malay
or Indonesian) names none on a page that declared nothing (`language`), and a declared
CMS default ("en") is overruled only where the library gives it almost no chance
(`contradicts`). benchmarks/language_eval.py measures both against the former word counts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from newsarchive.extract import scripts
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

SAMPLE = 400  # characters read: a headline and a paragraph say it (600 and 1200 said no more)
# the leading language's probability before a page declaring nothing is said to be in it
MIN_PROB = 0.5
# the declared default's probability under which the text's own language overrules it (the
# text's leader must also reach MIN_PROB); an English report full of foreign names keeps ~0.07
AGAINST = 0.01
# letters the text needs before it overrules a declaration: a headline alone does not
# ("Nguyễn Thị Lan wins Hà Nội marathon" is Vietnamese at 0.98 to the library)
OVERRULE_LETTERS = 100
# Text in quotation marks: «...», »...«, “...”, „...“, "..." (a short report may open with
# a speaker's words in their own language)
_QUOTED = _compile(r'«[^«»]{0,800}»|»[^«»]{0,800}«|[“„][^“”„]{0,800}[”“]|"[^"]{0,800}"')
DEFAULTS = frozenset({"en"})  # what CMSs and themes declare where nobody set a language
# Neighbours the library mixes up on short text: where its top two are one group's and
# the leader is under `SURE`, the page's own signs (`langhints.tie_breakers`: the declared
# code, the address, the declared region, the domain's country) name the one, among the
# group's members with at least `NEIGHBOUR_SHARE`, and the group's summed probability
# stands for it (a Bokmål headline: no 0.29, da 0.13, nn 0.09 on a .no site is "no").
NEIGHBOURS = (
    frozenset({"da", "no", "nn"}),
    frozenset({"ms", "id"}),
    frozenset({"sr", "bs", "hr"}),
    frozenset({"cs", "sk"}),
    frozenset({"gl", "pt"}),
    frozenset({"ca", "es"}),
    frozenset({"af", "nl"}),
)
SURE = 0.7
NEIGHBOUR_SHARE = 0.05
# A declared language other than a CMS's default is overruled only where the page's address
# or alternates name the words' language (`langhints.addressed`: /fr/, hreflang="fr" on this
# page's own address) and the library is this sure of it, giving the declared one under
# `AGAINST`, over `OVERRULE_LETTERS` or more (a Swiss site's "de" on its French edition)
EDITION_PROB = 0.9
_LOCK = threading.Lock()
# py3langid and its model, loaded on first use, once a process: importing numpy (~50 ms) and
# unpacking the model (~0.6 s CPU, ~40 MB) is paid by a process that reads an article only
_MODEL: list[LanguageIdentifier] = []


def _model() -> LanguageIdentifier:
    if not _MODEL:
        with _LOCK:
            if not _MODEL:
                _MODEL.append(_load())
    return _MODEL[0]


def preload() -> None:
    """Load the model now (the extraction fork server does, for the workers it forks)."""
    _model()


def _load() -> LanguageIdentifier:
    """The model, unpacked in memory: py3langid's own loader unpacks it into a temporary
    file (68 MB), which a full disk or a file-size limit refuses (`File too large`), and
    every extraction worker died at its first page, again and again."""
    import io
    import lzma

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import _to_array

    with (
        lzma.open(MODEL_DIR / MODEL_FILE) as packed,
        np.load(io.BytesIO(packed.read()), allow_pickle=False) as data,
    ):
        return LanguageIdentifier(
            np.asarray(data["ptc"]),
            np.asarray(data["pc"]),
            data["classes"].tolist(),
            _to_array(data["nextmove"]),
            data["out_feat"].tolist(),
            norm_probs=True,
            tk_row=_to_array(data["nextmove_row"]),
        )


def ranked(text: str) -> list[tuple[str, float]]:
    """Languages by their probability for the text's first `SAMPLE` characters, surest
    first; empty for a text without a letter. Only languages with a two-letter code
    (not Cantonese or Wu for written Chinese, nor "zxx", no language), their
    probabilities summing to 1 again: what `set_languages` would give, without the copy
    of the model's table (23 MB) that makes each call half as slow again."""
    text = text[:SAMPLE]
    if not any(ch.isalpha() for ch in text):
        return []
    found = [(str(code), float(p)) for code, p in _model().rank(text) if len(code) == 2]
    total = sum(p for _, p in found)
    return [(code, p / total) for code, p in found] if total > 0 else []


Signs = Callable[[], list[frozenset[str]]]


def _no_signs() -> list[frozenset[str]]:
    return []


def settled(found: list[tuple[str, float]], signs: Signs = _no_signs) -> tuple[str, float]:
    """The leading language and its probability; on a close call between neighbours
    (`NEIGHBOURS`), the one the page's signs name (`signs`, read only then, strongest
    first) with the neighbours' summed probability, else the leader as it is."""
    code, prob = found[0]
    if prob >= SURE or len(found) < 2:
        return code, prob
    group = next((g for g in NEIGHBOURS if code in g), None)
    if group is None or found[1][0] not in group:
        return code, prob
    members = [(c, p) for c, p in found if c in group]
    total = sum(p for _, p in members)
    for named in signs():
        named = frozenset("no" if c == "nb" else c for c in named)
        pick = next((c for c, p in members if c in named and p >= NEIGHBOUR_SHARE), None)
        if pick is not None:
            return pick, total
    return code, prob


def language(text: str, written: str | None = None, signs: Signs = _no_signs) -> str | None:
    """The text's language where the library is sure enough (`MIN_PROB`), else None.
    `written`, the language its script names (`scripts.script_language`): a language
    written otherwise is none of the text's (a Latin name in a Devanagari report).
    A close call between neighbours goes to the one `signs` name (`settled`)."""
    found = ranked(_unquoted(text))
    if not found:
        return None
    code, prob = settled(found, signs)
    if prob < MIN_PROB:
        return None
    if written is not None and scripts.script_of(code) != scripts.script_of(written):
        return None
    return code


def _unquoted(text: str) -> str:
    """The text without its quotations (a quote's words are its speaker's language: an
    English report may open with a French statement), unless nothing else is left."""
    rest = _QUOTED.sub(" ", text)
    return rest if any(ch.isalpha() for ch in rest) else text


def _ranked_own(text: str) -> list[tuple[str, float]]:
    """`ranked` over the text's own words (quotes left out), empty under
    `OVERRULE_LETTERS` letters: too few to overrule what the page declares."""
    text = _unquoted(text)
    if sum(ch.isalpha() for ch in text[:SAMPLE]) < OVERRULE_LETTERS:
        return []
    return ranked(text)


def contradicts(declared: str, text: str, signs: Signs = _no_signs) -> str | None:
    """The text's language where it overrules a CMS's or theme's default (`DEFAULTS`:
    "en"), else None; a close call between neighbours goes to the one `signs` name.

    A page declaring another language chose it, and the words of a page's quotes or of its
    reused text (a German story under `lang="cs"` on a Czech site) say less than that
    choice, unless its address names the words' language too (`overrules`)."""
    if declared not in DEFAULTS:
        return None
    return against(declared, text, signs)


def against(declared: str, text: str, signs: Signs = _no_signs) -> str | None:
    """The text's own language where the library is sure of it (`MIN_PROB`) and gives the
    declared one almost no chance (`AGAINST`), over `OVERRULE_LETTERS` or more letters, else
    None: what the words are in, asked only where a field weighs a line by it (an English
    wire story under a German paper's `lang="de"`)."""
    found = _ranked_own(text)
    if not found:
        return None
    code, prob = settled(found, signs)
    if code == declared or prob < MIN_PROB or dict(found).get(declared, 0.0) >= AGAINST:
        return None
    return code


def overrules(declared: str, text: str, addressed: Collection[str]) -> str | None:
    """The text's language where it overrules a declared language other than a CMS's
    default, else None: only where the page's address or alternates name it (`addressed`,
    `langhints.addressed`: a Swiss site declaring "de" on /fr/ pages, a Spanish site's
    "es" on its Catalan edition, hreflang="nl" naming this page under `lang="fr"`), the
    library gives it `EDITION_PROB` or more and the declared one under `AGAINST`, over
    `OVERRULE_LETTERS` or more of the article's own words."""
    named = {"no" if c == "nb" else c for c in addressed}
    declared = "no" if declared == "nb" else declared
    if declared in DEFAULTS or not named - {declared}:
        return None
    found = _ranked_own(text)
    if not found:
        return None
    code, prob = found[0]
    if code == declared or code not in named or prob < EDITION_PROB:
        return None
    return code if dict(found).get(declared, 0.0) < AGAINST else None
