"""Body layouts seen on sites in many languages: stories appended below, text split into blocks.

Made-up pages; the markup shapes are the ones news sites use.
"""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

from newsarchive.extract import extract_article

URL = "https://zeitung.example/politik/rat-100.html"
OWN = [
    "Der Rat der Stadt hat am Dienstag nach langer Debatte den neuen Hafenplan beschlossen.",
    "Befürworter sagen, dass die Fähren damit nach zehn Jahren wieder in die Stadt kommen.",
    "Gegner warnen, dass sich die Kosten seit dem ersten Entwurf beinahe verdoppelt haben.",
]
NEXT = [
    "Im Nachbarort wird seit Wochen über eine neue Umgehungsstraße gestritten, die durch den Wald führen soll.",
    "Die Anwohner haben mehr als dreitausend Unterschriften gegen den Plan gesammelt und übergeben.",
    "Der Bürgermeister will im Herbst eine Bürgerversammlung einberufen und alle Varianten vorstellen.",
    "Ein Gutachten zu den Folgen für die Tiere im Wald soll bis zum Jahresende vorliegen und öffentlich sein.",
    "Die Baukosten werden derzeit auf rund vierzig Millionen Euro geschätzt, Tendenz steigend, heißt es.",
]


def test_a_longer_story_appended_below_is_not_the_body() -> None:
    own = "".join(f"<p>{t}</p>" for t in OWN)
    nxt = "".join(f"<p>{t}</p>" for t in NEXT)
    html = (
        "<html><body><main>"
        f'<article class="story"><h1>Hafenplan beschlossen</h1><div class="text">{own}</div></article>'
        f'<div class="more"><article class="story"><h1>Streit um Umgehungsstraße</h1>'
        f'<div class="text">{nxt}</div></article></div>'
        "</main></body></html>"
    )
    assert extract_article(html, URL).body == "\n\n".join(OWN)


def test_the_rest_of_the_text_in_a_block_marked_up_alike_elsewhere_in_the_article() -> None:
    first = "".join(f"<p>{t}</p>" for t in [*OWN, *NEXT])
    last = "Die Arbeiten sollen im Frühjahr beginnen, die ersten Fähren im Sommer darauf fahren."
    html = (
        "<html><body><article><h1>Hafenplan beschlossen</h1>"
        f'<div class="mod"><div class="con"><div class="box">{first}</div></div></div>'
        '<div class="promo"><a href="/abo">Jetzt abonnieren</a></div>'
        f'<div class="mod2"><div class="con2"><div class="x"><div class="box"><p>{last}</p></div></div></div></div>'
        "</article></body></html>"
    )
    body = extract_article(html, URL).body or ""
    assert body.startswith(OWN[0])
    assert body.endswith(last)
