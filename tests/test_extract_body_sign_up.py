"""A newsletter's sign-up box under the headline, unclassed, in the languages of unseen sites:
its pitch is no lead and no body paragraph, above the body's block or inside it. Invented
text and markup."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://www.probe-blatt.example/politik/hafen-wird-ausgebaut-123.html"
STORY = [
    "Der Hafen der Stadt soll in den kommenden fünf Jahren deutlich wachsen, beschloss der Rat am Dienstag nach einer langen Sitzung.",
    "Die Kosten tragen Land und Bund gemeinsam, ein Teil kommt aus einem Fonds der EU, sagte die Sprecherin der Stadt am Abend.",
    "Kritiker bemängeln, dass die Anwohner zu spät beteiligt wurden; sie wollen nun vor Gericht ziehen und haben einen Anwalt beauftragt.",
]
LEAD = (
    "Der Rat hat entschieden: Der Hafen wird größer, doch die Anwohner wehren sich gegen den Plan."
)


def _page(lang: str, box: str, inside: bool) -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    above, within = ("", box) if inside else (box, "")
    return (
        f'<html lang="{lang}"><head><title>Hafen wird ausgebaut | Probe-Blatt</title></head><body>'
        f'<div class="wrap"><h1>Hafen wird ausgebaut</h1>{above}<div class="text">{within}{story}</div>'
        "</div></body></html>"
    )


BOXES = [
    (
        "en",
        '<div><h3>Morning Briefing</h3><p>Everything you need to know to start your day, delivered to your inbox.</p><form><input type="email" placeholder="Email address"><button>Go</button></form></div>',
    ),
    (
        "fr",
        "<div><p>Recevez chaque matin l'essentiel de l'actualité de la région, gratuitement dans votre boîte mail.</p><a href=\"/newsletter\">Je m'inscris</a></div>",
    ),
    (
        "es",
        '<div><p>Recibe cada mañana las noticias más importantes del día en tu correo electrónico, gratis.</p><a href="/boletines">Suscribirme</a></div>',
    ),
    (
        "nl",
        '<div><p>Ontvang elke ochtend het belangrijkste nieuws uit de regio gratis in je mailbox.</p><a href="/nieuwsbrief">Inschrijven</a></div>',
    ),
    (
        "pt",
        '<div><p>Receba todas as manhãs as notícias mais importantes do dia no seu e-mail, de graça.</p><a href="/newsletters">Inscreva-se</a></div>',
    ),
    (
        "de",
        '<div><p>Die wichtigsten Nachrichten aus der Region jeden Morgen kostenlos in Ihrem Postfach.</p><form action="/nl"><input type="text" name="email"></form></div>',
    ),
]


@pytest.mark.parametrize("inside", [False, True], ids=["above-body", "in-body"])
@pytest.mark.parametrize(("lang", "box"), BOXES, ids=[b[0] for b in BOXES])
def test_a_sign_up_box_opens_no_body(lang: str, box: str, inside: bool) -> None:
    body = extract_article(_page(lang, box, inside), URL).body or ""
    assert body.startswith(STORY[0]), body[:120]
    assert body.endswith(STORY[-1])


# Guards: the article's own lead above a share bar stays; a link to the newsletter inside a
# paragraph of the story keeps the paragraph.
def test_a_lead_beside_share_buttons_stays() -> None:
    box = f"<div><p>{LEAD}</p><button>Teilen</button><button>Drucken</button></div>"
    body = extract_article(_page("de", box, inside=False), URL).body or ""
    assert body.startswith(LEAD)


def test_a_story_paragraph_linking_the_newsletter_stays() -> None:
    line = 'Wer mehr wissen will, findet jeden Morgen alles Wichtige im <a href="/newsletter">Newsletter der Stadt</a>, sagte die Sprecherin.'
    body = extract_article(_page("de", f"<p>{line}</p>", inside=True), URL).body or ""
    assert body.startswith("Wer mehr wissen will")
