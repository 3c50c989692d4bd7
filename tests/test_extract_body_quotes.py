"""Quotations in the body: a `<figure><blockquote>` is the article's text, a pull quote
that repeats the article's own words (with its source line) is layout. Made-up pages in
several languages."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://news.example/story/9"
TEXT = {
    "de": [
        "Die Gemeinde hat am Montag beschlossen, die alte Schule in ein Kulturzentrum umzubauen, wie die Verwaltung mitteilte.",
        "„Wir haben lange auf diesen Tag gewartet, und jetzt geht es endlich los“, sagte die Bürgermeisterin am Abend vor dem Rat.",
        "Vereine aus dem Ort hatten sich seit Jahren für neue Räume für Proben, Kurse und Konzerte im Winter eingesetzt.",
    ],
    "fr": [
        "Le conseil municipal a décidé lundi de transformer l'ancienne école en centre culturel, a indiqué la mairie.",
        "« Nous attendions ce jour depuis longtemps, et maintenant tout commence enfin », a déclaré la maire devant le conseil.",
        "Les associations du village réclamaient depuis des années de nouvelles salles pour leurs répétitions et leurs cours.",
    ],
    "sv": [
        "Kommunen beslutade på måndagen att bygga om den gamla skolan till ett kulturhus, meddelade förvaltningen.",
        "– Vi har väntat länge på den här dagen, och nu börjar det äntligen, sade kommunalrådet inför fullmäktige.",
        "Föreningarna i orten har i flera år krävt nya lokaler för repetitioner, kurser och konserter på vintern.",
    ],
}
PULL = {
    "de": "Wir haben lange auf diesen Tag gewartet, und jetzt geht es endlich los.",
    "fr": "Nous attendions ce jour depuis longtemps, et maintenant tout commence enfin.",
    "sv": "Vi har väntat länge på den här dagen, och nu börjar det äntligen.",
}
SOURCE = {
    "de": "Jana Beispiel, Bürgermeisterin",
    "fr": "Jeanne Exemple, maire",
    "sv": "Anna Exempel, kommunalråd",
}


def _page(lang: str, after_second: str) -> str:
    t = TEXT[lang]
    return (
        f"<html lang='{lang}'><body><h1>Alte Schule wird Kulturzentrum</h1><div class='content'>"
        f"<p>{t[0]}</p><p>{t[1]}</p>{after_second}<p>{t[2]}</p></div></body></html>"
    )


@pytest.mark.parametrize("lang", ["de", "fr", "sv"])
@pytest.mark.parametrize(
    "shape",
    [
        # a quote box: blockquote, a portrait, the source as a paragraph beside it
        "<div class='c1'><blockquote class='c2'>{pull}</blockquote><div class='c3'><figure><img src='/p.jpg'></figure></div><p class='c4'><strong>{who}</strong></p></div>",
        # the HTML5 quotation: figure, blockquote, figcaption
        "<figure><blockquote><p>{pull}</p></blockquote><figcaption>{who}</figcaption></figure>",
        # a bare blockquote and a source line after it
        "<blockquote><p>{pull}</p></blockquote><p>{who}</p>",
    ],
)
def test_a_pull_quote_repeating_the_article_leaves_with_its_source(lang: str, shape: str) -> None:
    html = _page(lang, shape.format(pull=PULL[lang], who=SOURCE[lang]))
    assert extract_article(html, URL).body == "\n\n".join(TEXT[lang])


def test_a_quotation_in_a_figure_is_the_articles_text() -> None:
    """A quote the article does not say elsewhere, set as <figure><blockquote>: kept,
    its source line in the <figcaption> left out."""
    quote = "Wer ein Dorf zusammenhalten will, braucht einen Ort, an dem sich alle treffen können."
    html = _page(
        "de",
        f"<figure><blockquote><p>{quote}</p></blockquote><figcaption>{SOURCE['de']}</figcaption></figure>",
    )
    assert extract_article(html, URL).body == "\n\n".join([*TEXT["de"][:2], quote, TEXT["de"][2]])


@pytest.mark.parametrize(
    "between",
    [
        # a picture in the figure: its words are a caption
        "<figure><img src='/a.jpg'><blockquote><p>Wer ein Dorf zusammenhalten will, braucht einen Ort.</p></blockquote></figure>",
        # a subhead repeating words of a paragraph is the article's (not a quote)
        "<h2>Wir haben lange auf diesen Tag gewartet</h2>",
    ],
)
def test_captions_leave_and_repeating_subheads_stay(between: str) -> None:
    body = extract_article(_page("de", between), URL).body or ""
    assert ("Wir haben lange auf diesen Tag gewartet\n" in body) is ("<h2>" in between)
    assert "Wer ein Dorf" not in body
