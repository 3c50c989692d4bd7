"""Readers' comments under an article in the languages of unseen sites, and a byline in a
script without case: a Hebrew article of one-line paragraphs must not lose to the longer
posts under it. Invented pages."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://news.example.co.il/article/abc123"
HE = [
    "ראש העירייה הודיע הבוקר על סגירת הנמל הישן.",
    "לדבריו, העבודות יימשכו כשנתיים.",
    "תושבי השכונה הביעו כעס רב על ההחלטה.",
    "״אף אחד לא שאל אותנו״, אמרה אחת התושבות.",
    "בעירייה טוענים כי אין ברירה אחרת.",
    "העלות המשוערת של הפרויקט היא 48 מיליון שקל.",
    "חברי האופוזיציה דרשו לקיים דיון דחוף במועצה.",
    "הדיון צפוי להתקיים בשבוע הבא.",
    "במקביל, משרד התחבורה בוחן חלופות לתחבורה הימית.",
    "המעבורות הראשונות צפויות לחזור בקיץ 2028.",
]
POSTS = [
    "זו תגובה ארוכה של גולש שכותב על הנמל ועל העירייה ועל כל מה שקורה בעיר בשנים האחרונות, ולא מסכים עם שום דבר בכתבה.",
    "אני גר ליד הנמל כבר שלושים שנה ואף פעם לא ראיתי החלטה כל כך מהירה, בלי לשאול את התושבים ובלי לפרסם את התוכניות מראש.",
    "הכסף הזה היה צריך ללכת לבתי הספר ולא לנמל שאף אחד לא משתמש בו, אבל כרגיל אף אחד לא מקשיב לנו כאן בעיר הקטנה שלנו.",
    "המעבורות היו הדבר הכי טוב שהיה לעיר, וטוב שהן חוזרות סוף סוף, גם אם זה לוקח עוד שנתיים ועולה הרבה יותר ממה שתכננו.",
    "מי שכתב את הכתבה הזאת לא דיבר עם אף אחד מהדייגים, שהם אלה שיסבלו הכי הרבה מהסגירה של הנמל בשנתיים הקרובות.",
    "כל הכבוד לראש העירייה שסוף סוף עושה משהו, במקום לדבר על זה עוד עשר שנים כמו כל מי שהיה לפניו בתפקיד הזה.",
]


def _page(heading: str, byline: str = "") -> str:
    posts = "".join(
        f"<div class='t{i}'><div class='n'>גולש {i}</div><div class='c'>{p} {p}</div></div>"
        for i, p in enumerate(POSTS)
    )
    return (
        "<html lang='he' dir='rtl'><head><title>הנמל נסגר</title></head><body><div class='top'><a href='/'>ראשי</a></div>"
        f"<div class='m'><div class='art'><h1>הנמל הישן ייסגר לשנתיים</h1>{byline}"
        f"<div class='txt'>{''.join(f'<p>{s}</p>' for s in HE)}</div></div>"
        f"<div class='tb'>{heading}{posts}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    "heading",
    [
        "<h3>תגובות</h3>",
        "<h3>12 תגובות</h3>",
        "<div class='hh'>תגובות לכתבה</div>",
        "<h2>Komentáře (6)</h2>",
        "<h2>Comentários</h2>",
        "<h3>Komentarai</h3>",
        "<h2>Postings</h2>",
    ],
)
def test_readers_posts_under_a_comments_heading_do_not_outweigh_short_paragraphs(
    heading: str,
) -> None:
    assert extract_article(_page(heading), URL).body == "\n\n".join(HE)


def test_a_hebrew_byline_line_above_the_text_is_not_the_body() -> None:
    byline = "<div class='au'>מאת ישראל ישראלי</div>"
    html = _page("<h3>תגובות</h3>", byline).replace(
        "<div class='txt'>", f"<div class='txt'><div>{'מאת ישראל ישראלי'}</div>"
    )
    assert extract_article(html, URL).body == "\n\n".join(HE)


def test_a_short_hebrew_line_that_is_no_byline_stays() -> None:
    line = "מאת הכתב: הנמל נסגר."  # ends with a stop: a sentence
    html = _page("<h3>תגובות</h3>").replace("<div class='txt'>", f"<div class='txt'><p>{line}</p>")
    assert extract_article(html, URL).body == "\n\n".join([line, *HE])
