"""Body text of invented pages: a sentence with a site call's words (a contact address, a
follow call) and a reporting clause at its end (", the ransom note read.", ", sagte sie.",
", a-t-il écrit.") is the story quoting a note, a banner, a kidnapper: it stays; the site's
own calls, a relative clause after them, still leave. Invented sites and stories."""

from __future__ import annotations

import pytest

from benchmarks.body_invented import STORIES
from newsarchive.extract import extract_article
from tests.plugins.body_pages import URL, WHERE, story_body, with_line


def _body(lang: str, paragraphs: list[str]) -> str:
    return story_body(lang, STORIES[lang][0], paragraphs)


# A call's words, then who wrote or said them: reported speech
REPORTED = [
    ("en", "Contact us at ransom@example.com within 72 hours, the ransom note read."),
    ("en", "Follow us on Instagram, the banner over the stage read."),
    ("en", "Sign up for the evening class before Friday, she wrote."),
    ("de", "Folgen Sie uns auf Instagram, hieß es auf dem Plakat."),
    ("de", "Schreiben Sie uns an loesegeld@example.com, schrieb der Erpresser."),
    ("fr", "Écrivez-nous à contact@example.com avant vendredi, a-t-il écrit."),
    ("fr", "Suivez-nous sur Instagram, pouvait-on lire sur la banderole."),
    ("es", "Escríbenos a rescate@example.com en 72 horas, decía la nota."),
    ("it", "Scrivici a riscatto@example.com entro 72 ore, si leggeva nel messaggio."),
    ("nl", "Mail ons via losgeld@example.com binnen 72 uur, stond in de brief."),
    ("pt", "Siga-nos no Instagram, escreveu o grupo na mensagem."),
]


@pytest.mark.parametrize(("lang", "line"), REPORTED)
def test_call_with_reporting_clause_at_its_end_stays(lang: str, line: str) -> None:
    ps = STORIES[lang][1]
    got = _body(lang, with_line(ps, line, "between"))
    assert line in got
    assert all(p in got for p in ps)


# The site's own calls, a clause after them that names no one who said them
SITE_CALLS = [
    ("en", "Follow us on Instagram, where our reporters post daily updates from the front."),
    ("en", "Get in touch at tips@stadtblatt.example, our team reads every message."),
    ("en", "Sign up for our newsletter, a good read every morning."),
    ("de", "Folgen Sie uns auf Instagram, wo unsere Reporter täglich aus dem Rathaus berichten."),
    ("fr", "Suivez-nous sur Instagram, où nos reporters publient chaque jour des nouvelles."),
    ("es", "Síguenos en Instagram, donde nuestros reporteros publican a diario."),
]


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize(("lang", "line"), SITE_CALLS)
def test_site_call_with_a_clause_after_it_left_out(lang: str, line: str, where: str) -> None:
    ps = STORIES[lang][1]
    got = _body(lang, with_line(ps, line, where))
    assert line not in got
    assert all(p in got for p in ps)


# "Saiba mais" ("learn more") over the story's own short items, some sites' links among them:
# the label and the linked items go, the story's items stay
LINKED = '<a href="/n/parque-1.html">Prefeitura anuncia novo parque no centro</a>'
MORE_INFO = [
    (
        "<ul><li>{}</li><li>{}</li></ul>",
        ["Inscrições até 15 de março", "Aulas gratuitas para maiores de 60 anos"],
    ),
    ("<p>{}</p><p>{}</p>", ["Inscrições até 15 de março", "Vagas limitadas a 30 alunos"]),
    (
        "<ul><li>{}</li><li>{}</li><li>" + LINKED + "</li></ul>",
        ["Horário: das 9h às 21h", "Entrada gratuita com documento"],
    ),
    (
        "<ul><li>" + LINKED + "</li><li>{}</li><li>{}</li></ul>",
        ["Horário: das 9h às 21h", "Entrada gratuita com documento"],
    ),
]


@pytest.mark.parametrize(("label"), ["Saiba mais", "<strong>Saiba mais:</strong>", "SAIBA MAIS"])
@pytest.mark.parametrize(("shape", "items"), MORE_INFO)
def test_more_info_label_keeps_the_story_items(label: str, shape: str, items: list[str]) -> None:
    ps = STORIES["pt"][1]
    inner = "".join(f"<p>{p}</p>" for p in ps[:2]) + f"<p>{label}</p>" + shape.format(*items)
    inner += "".join(f"<p>{p}</p>" for p in ps[2:])
    doc = (
        '<!doctype html><html lang="pt"><head><meta charset="utf-8"><title>Biblioteca</title>'
        f'</head><body><div class="k3x"><h1>{STORIES["pt"][0]}</h1><div class="a1b2">{inner}'
        "</div></div></body></html>"
    )
    got = (extract_article(doc, URL).body or "").split("\n")
    assert all(i in got for i in items)
    assert all(p in got for p in ps)
    assert "Prefeitura anuncia novo parque no centro" not in got
    assert not any("saiba mais" in line.casefold() for line in got)
