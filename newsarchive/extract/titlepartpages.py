"""The page of an article split over several, in any language ("Title - Page 2 | Site",
"Titel - Seite 3 von 5", "标题 - 第2页"): no headline goes on after it, and a title
showing it as a part of its own is a listing's or a split page's (`page_numbered`).
"""

from __future__ import annotations

from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.titlepartmarks import MIN_REST, SEPARATOR, cjk_width

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


# The page of an article split over several ("Title - Page 2 | Site", "Titel - Seite 3 von
# 5", "标题 - 第2页", "タイトル | 2ページ目"): a word for page and its number, in any language
_PAGE_TEXT = (
    r"(?:page|seite|página|pagina|pagine|pag\.|strona|sida|side|sivu|strana|stránka|"
    r"oldal|pagină|sayfa|lehekülg|lappuse|puslapis|stranica|страница|сторінка|σελίδα|"
    r"halaman|trang|עמוד|صفحة|หน้า)\s*\d{1,3}(?:\s*(?:of|von|de|di|z|ze|af|av|/|из|з)\s*\d{1,3})?"
    r"|第\s*\d{1,3}\s*[页頁]|\d{1,3}(?:\s*/\s*\d{1,3})?\s*(?:ページ目?|페이지)"
)
_PAGE = _compile(f"(?i){_PAGE_TEXT}")
# "タイトル\uff081/2 ページ\uff09 - Site", "Titel (Seite 2) | Site": the page's number in
# brackets closing the headline's part
_BRACKETED_PAGE = _compile(rf"(?i)[(\uff08]\s*(?:{_PAGE_TEXT})\s*[)\uff09]$")
_NUMBER = _compile(r"\d+")


def unpaged(parts: list[str]) -> list[str]:
    """A title's parts before the page's number of a split article, and without what follows
    it: a headline goes on in no part after its page number ("Title - Page 2 | Xyz" is
    "Title" whatever "Xyz" is)."""
    for i in range(2, len(parts), 2):
        if _PAGE.fullmatch(parts[i].strip()) and cjk_width("".join(parts[: i - 1])) >= MIN_REST:
            return parts[: i - 1]
    # (in the last part or the one before the site's name: a headline's words may go on
    # after a page the story names, "Die Zeitung (Seite 1) - Was auf der Titelseite steht";
    # a lone "page 1" is no later page of a split article but the story's "front page (page 1)")
    for i in range(max(0, len(parts) - 3), len(parts), 2):
        m = parts[i].endswith((")", "\uff09")) and _BRACKETED_PAGE.search(parts[i])
        if (
            m
            and _NUMBER.findall(m[0]) != ["1"]
            and cjk_width("".join(parts[:i]) + (head := parts[i][: m.start()])) >= MIN_REST
        ):
            return [*parts[:i], head.rstrip()]
    # "Judul berita Halaman all - Site", "Judul Halaman 2 - Site": Indonesian CMSs run the
    # page's word into the title by a space (an English "... its Page 3 - ..." is a headline's)
    if len(parts) >= 3 and (m := _JOINED_PAGE.search(parts[-3])) and m.start() >= MIN_REST:
        return [*parts[:-3], parts[-3][: m.start()], *parts[-2:]]
    return parts


_JOINED_PAGE = _compile(r"\sHalaman\s(?:all|semua|\d{1,3})$")


def page_numbered(value: str) -> bool:
    """Whether a title has a part of its own that is a page's number ("Politik - Seite 2 |
    Site", "Latest news - Page 3"): a listing's or a split page's, never a headline's
    words ("Why the Page 3 era ended" runs the words into the sentence)."""
    return any(_PAGE.fullmatch(p.strip()) for p in SEPARATOR.split(value)[2::2])
