"""Furniture of unseen sites in the languages the looked-at pages lack, neutral classes:
a share bar's label before the networks' names (Czech, Greek, Indonesian, Turkish,
Vietnamese, Finnish, Hungarian, Romanian), and a paywall's offer opening "continue reading
with" (Portuguese, Czech, Greek, Indonesian, Swedish, Turkish, Italian, Romanian,
Vietnamese) under the text. Made-up lines; the story's paragraphs stay, the furniture goes."""

# ruff: noqa: E501  -- sentences read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://valley-daily.example/2026/12/04/bridge-reopens.html"
STORY = [
    "The old stone bridge over the river reopened on Thursday after eight months of repairs to its arches.",
    "Engineers replaced the worn mortar and strengthened two of the piers that the spring floods had damaged.",
    "Buses will return to their usual route over the bridge from Monday, the transport office said.",
    "Residents on both banks welcomed the end of the long detour through the industrial estate.",
]
SHARE = [
    ("cs", "Sdílejte článek"),
    ("el", "Μοιραστείτε το άρθρο"),
    ("id", "Bagikan berita ini"),
    ("tr", "Bu haberi paylaşın"),
    ("vi", "Chia sẻ bài viết"),
    ("fi", "Jaa artikkeli"),
    ("hu", "Megosztás"),
    ("ro", "Distribuie articolul"),
]
PAYWALL = [
    ("pt", "Continue a ler com a assinatura Digital", "Apenas 1,90 euros por mês no primeiro ano."),
    ("cs", "Pokračujte ve čtení s předplatným", "Jen 49 Kč měsíčně po dobu prvního roku."),
    ("el", "Συνεχίστε την ανάγνωση με συνδρομή", "Μόνο 1 ευρώ τον μήνα για τους πρώτους μήνες."),
    ("id", "Lanjutkan membaca dengan berlangganan", "Hanya Rp 29.000 per bulan untuk tiga bulan."),
    ("sv", "Fortsätt läsa med Plus", "Första månaden för 1 krona, därefter 139 kronor i månaden."),
    ("tr", "Okumaya devam etmek için abone olun", "İlk üç ay ayda yalnızca 49 TL."),
    ("it", "Continua a leggere con l'abbonamento", "Solo 1 euro al mese per i primi tre mesi."),
    ("ro", "Continuă să citești cu abonamentul", "Doar 5 lei pe lună în primele trei luni."),
    ("vi", "Đọc tiếp với gói thành viên", "Chỉ 49.000 đồng mỗi tháng trong ba tháng đầu."),
]


def _page(after_first: str = "", after_last: str = "") -> str:
    ps = [f"<p>{t}</p>" for t in STORY]
    return (
        "<html lang='en'><head><title>Bridge reopens</title></head><body>"
        f"<div class='x1'><h1>Old bridge reopens</h1>{ps[0]}{after_first}{''.join(ps[1:])}{after_last}</div>"
        "</body></html>"
    )


@pytest.mark.parametrize(("lang", "label"), SHARE, ids=[s[0] for s in SHARE])
def test_a_share_bar_labelled_in_an_unseen_language_goes(lang: str, label: str) -> None:
    bar = (
        f"<div class='x7'><span>{label}</span> <a href='https://facebook.com/sharer'>Facebook</a> "
        "<a href='https://x.com/intent'>X</a> <a href='mailto:?body=x'>E-mail</a></div>"
    )
    body = extract_article(_page(after_first=bar), URL).body or ""
    assert all(t in body for t in STORY) and label not in body, body


@pytest.mark.parametrize(("lang", "pitch", "price"), PAYWALL, ids=[p[0] for p in PAYWALL])
def test_a_paywall_offer_in_an_unseen_language_goes(lang: str, pitch: str, price: str) -> None:
    offer = f"<div class='x9'><p>{pitch}</p><p>{price}</p><a href='/offer'>OK</a></div>"
    body = extract_article(_page(after_last=offer), URL).body or ""
    assert all(t in body for t in STORY), body
    assert pitch not in body and price not in body, body


CONTINUES = [
    ("pt", "Continua após a publicidade"),
    ("nl", "Het artikel gaat verder onder de advertentie"),
    ("sv", "Artikeln fortsätter efter annonsen"),
    ("el", "Το άρθρο συνεχίζεται μετά τη διαφήμιση"),
    ("id", "Gulir untuk melanjutkan membaca"),
    ("tr", "Haberin devamı reklamdan sonra"),
    ("vi", "Bài viết tiếp tục sau quảng cáo"),
    ("ro", "Articolul continuă după publicitate"),
    ("hu", "A cikk a hirdetés után folytatódik"),
    ("fi", "Artikkeli jatkuu mainoksen jälkeen"),
]


@pytest.mark.parametrize(("lang", "line"), CONTINUES, ids=[c[0] for c in CONTINUES])
def test_a_continues_after_the_ad_line_goes(lang: str, line: str) -> None:
    body = extract_article(_page(after_first=f"<div class='x3'>{line}</div>"), URL).body or ""
    assert all(t in body for t in STORY) and line not in body, body


@pytest.mark.parametrize(
    "sentence",
    [
        "A reunião continua após a publicidade da campanha ter sido suspensa pelo tribunal eleitoral.",
        "Het artikel gaat verder onder de kop over de nieuwe brug, die in maart wordt geopend.",
    ],
)
def test_a_story_sentence_opening_alike_stays(sentence: str) -> None:
    body = extract_article(_page(after_first=f"<p>{sentence}</p>"), URL).body or ""
    assert sentence in body, body
