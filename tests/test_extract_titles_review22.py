"""Review of session 22's title rules (issue 10): real headlines that look like them.

- A headline opening with a phrase of a paper's kind word ("Фейкові новини — як ...",
  fake news; "أخبار سارة - ...", good news; "Ψευδείς ειδήσεις - ...") is no masthead
  before the title: where the article's h1 shows it with the rest, or where the rest
  goes on in small letters (a sentence's second half, in a script with capitals; a
  headline after a site's name opens with a capital), it stays.

Every page here is invented: words, markup, site names and hosts. Rows named "fixed"
fail at 2caf597f (the merge of title-22); the others are guards.
"""

from __future__ import annotations

import pytest

from tests.test_extract_titles_unseen22 import _title

# (lang, headline opening with a kind word of a paper's name and a spaced dash)
KIND_WORD_HEADLINES = (
    ("uk", "Фейкові новини — як їх розпізнати у стрічці"),
    ("ru", "Плохие новости — урожай в этом году низкий"),
    ("ru", "Вести с полей — урожай в этом году рекордный"),
    ("el", "Ψευδείς ειδήσεις – πώς τις αναγνωρίζουμε σήμερα"),
    ("bg", "Фалшиви новини – как да ги разпознаем"),
)
UNCASED_HEADLINES = (
    ("ar", "أخبار سارة – المدينة تفتح حديقة جديدة"),
    ("he", "חדשות טובות – העירייה פותחת פארק חדש"),
    ("hi", "फर्जी समाचार – ऐसे करें पहचान"),
)


@pytest.mark.parametrize(("lang", "h"), KIND_WORD_HEADLINES)
def test_fixed_a_kind_word_phrase_before_a_sentence_going_on_stays(lang: str, h: str) -> None:
    """No h1: the rest opens in small letters, a sentence's second half."""
    assert _title(tab=h, lang=lang) == h
    assert _title(tab=h, og=h, lang=lang) == h


@pytest.mark.parametrize(("lang", "h"), KIND_WORD_HEADLINES + UNCASED_HEADLINES)
def test_fixed_a_kind_word_phrase_the_h1_shows_stays(lang: str, h: str) -> None:
    """The article's h1 shows the phrase with the rest: no site puts its name there."""
    assert _title(tab=h, body=f"<h1>{h}</h1>", lang=lang) == h
    assert _title(og=h, tab=f"{h} | Hafenportal", body=f"<h1>{h}</h1>", lang=lang) == h


@pytest.mark.parametrize(
    ("lang", "h", "name"),
    [
        ("uk", "Міська рада схвалила новий план порту", "Портові новини"),
        ("ar", "مجلس المدينة يقر خطة الميناء الجديدة بعد نقاش طويل", "صحيفة الميناء"),
    ],
)
def test_a_masthead_before_a_capital_still_goes(lang: str, h: str, name: str) -> None:
    """Guard: the paper's name before a headline opening with a capital (or in a script
    without capitals), the h1 showing the headline alone."""
    assert _title(tab=f"{name} — {h}", lang=lang) == h
    assert _title(tab=f"{name} — {h}", body=f"<h1>{h}</h1>", lang=lang) == h
