"""Whether a date line sits in another item's block (`datelineitems.elsewhere`), kept once an
element a page: the date cascades ask it again of the same lines. A user relies on the
same answer whichever line is asked first and however often: checked on an invented page
with an article's byline, a related list of dated teasers, a side column and a footer,
each element asked on a page read anew against the page that keeps the answers, in
document order and reversed.

Every page is made up for the test.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import datelineitems
from newsarchive.extract.document import parse

_PAGE = """<html><head><title>Harbour cranes return</title></head><body>
<header><nav><a href="/politik/">Politik</a> <span class="date">04.03.2026</span></nav></header>
<main><article><h1>Harbour cranes return</h1>
<p class="byline">Von Jana Beispiel, <time>04.03.2026, 10:15 Uhr</time></p>
<div class="teaser" id="artikel-teaser"><p>The cranes came back on Tuesday. 04.03.2026</p></div>
<p>The cranes came back to the harbour on a grey morning, and the quay filled early.</p>
<ul class="related-list">
<li><a href="/politik/haushalt-beschlossen-99.html">Haushalt beschlossen</a>
 <span>03.12.2026 07:00</span></li>
<li><a href="/politik/neue-bruecke-100.html">Neue Brücke eröffnet</a>
 <span>02.12.2026 18:30</span></li>
</ul>
<div class="live-update"><span class="time">09:12</span> First cranes sighted</div>
</article>
<aside><div class="most-read"><a href="/sport/spiel-101.html">Ein Spiel am Abend</a>
<span class="date">01.03.2026</span></div></aside></main>
<footer><p class="copyright">© 2026 Hafenblatt</p><span class="date">05.03.2026</span></footer>
</body></html>"""


@pytest.mark.parametrize("order", ["forward", "reversed"])
def test_each_line_answered_as_on_a_page_read_anew(order: str) -> None:
    kept = parse(_PAGE, "https://hafenblatt.example/lokales/kraene-102.html")
    elements = list(kept.tree.iter())
    indices = list(range(len(elements)))
    if order == "reversed":
        indices.reverse()
    answers = []
    for i in indices + indices:  # each asked twice
        fresh = parse(_PAGE, "https://hafenblatt.example/lokales/kraene-102.html")
        expected = datelineitems.elsewhere(fresh, list(fresh.tree.iter())[i])
        assert datelineitems.elsewhere(kept, elements[i]) is expected, (i, elements[i].tag)
        answers.append(expected)
    assert True in answers and False in answers  # the page has lines of both kinds
