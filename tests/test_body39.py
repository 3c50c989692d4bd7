"""Body text of invented pages (session 39).

1. Short lines set as <p> under the story's last sentence stay as its list when that sentence
   counts them ("The council agreed on three changes." over three short lines, "市は三つの
   変更を決めた。", "시는 세 가지 변경을 결정했다."), though a share bar or a newsletter box
   the walk drops follows: the furniture tail took them. Other stories' titles printed
   without links under a sentence that counts something else, or nothing, still go.
2. A note that the piece ran first elsewhere, in Portuguese and Swedish too ("Este texto foi
   publicado originalmente no ... e é reproduzido com autorização", "Artikeln publicerades
   först i ... och återpubliceras här"), goes; a clause of the story's after "e"/"och"
   ("e a prefeitura negou autorização", "och kommunen vägrade tillstånd") keeps the line.

Invented sites, stories and names. Rows under "holds" passed before: they hold the rules to
their shapes.
"""

# ruff: noqa: E501  -- one row a line reads best

from __future__ import annotations

import pytest

from benchmarks.body_invented import STORIES
from newsarchive.extract import extract_article
from tests.plugins.body_pages import URL
from tests.test_extract_body32 import _lines
from tests.test_extract_body37 import _lines_end

SHARE = '<div class="share-bar"><a href="#">Share</a></div>'
NEWSLETTER = '<div class="newsletter"><p>Sign up now</p></div>'


def _tail(intro: str, items: list[str], after: str = SHARE) -> str:
    return f"<p>{intro}</p>" + "".join(f"<p>{i}</p>" for i in items) + after


# (language, counting sentence, its items) -- each failed before
COUNTED_LISTS = [
    (
        "en",
        "The council agreed on three changes.",
        ["Longer opening hours on Sundays", "A new children's corner", "Free wifi for all readers"],
    ),
    (
        "de",
        "Der Rat beschloss zwei Änderungen.",
        ["Längere Öffnungszeiten am Sonntag", "Eine neue Kinderecke"],
    ),
    (
        "nl",
        "De gemeente noemde drie maatregelen.",
        ["Langere openingstijden", "Een nieuwe kinderhoek", "Gratis wifi voor lezers"],
    ),
    (
        "cs",
        "Rada schválila tři změny.",
        ["Delší otevírací doba", "Nový dětský koutek", "Wifi zdarma pro čtenáře"],
    ),
    (
        "pl",
        "Rada zatwierdziła trzy zmiany.",
        ["Dłuższe godziny otwarcia", "Nowy kącik dla dzieci", "Darmowe wifi dla czytelników"],
    ),
    (
        "sv",
        "Kommunen beslutade om två ändringar.",
        ["Längre öppettider på söndagar", "En ny barnhörna"],
    ),
    (
        "es",
        "El pleno aprobó 3 cambios.",
        [
            "Horario ampliado los domingos",
            "Un nuevo rincón infantil",
            "Wifi gratuito para lectores",
        ],
    ),
    (
        "it",
        "Il consiglio ha approvato due modifiche.",
        ["Orari più lunghi la domenica", "Un nuovo angolo per bambini"],
    ),
    (
        "tr",
        "Meclis üç değişikliği onayladı.",
        [
            "Pazar günleri daha uzun saatler",
            "Yeni bir çocuk köşesi",
            "Okurlar için ücretsiz internet",
        ],
    ),
    (
        "ja",
        "市は三つの変更を決めた。",
        ["日曜日の開館時間の延長", "新しい子ども向けコーナー", "利用者向けの無料無線通信"],
    ),
    (
        "ko",
        "시는 세 가지 변경을 결정했다.",
        ["일요일 개관 시간 연장", "새로운 어린이 코너 마련", "이용자를 위한 무료 와이파이"],
    ),
]


@pytest.mark.parametrize(("lang", "intro", "items"), COUNTED_LISTS)
@pytest.mark.parametrize("after", [SHARE, NEWSLETTER])
def test_items_a_last_sentence_counts_stay(
    lang: str, intro: str, items: list[str], after: str
) -> None:
    got = _lines_end(lang, _tail(intro, items, after))
    assert got[-len(items) - 1 :] == [intro, *items]


# (language, tail html, words that must be gone) -- other stories' titles without links
TITLES_GO = [
    # the sentence counts something else than the lines
    (
        "en",
        _tail(
            "The council met three times this year.",
            [
                "Council approves new cycle lane on the high street",
                "Firefighters rescue cat from a burning house",
            ],
        ),
        ["cycle lane", "rescue cat"],
    ),
    (
        "de",
        _tail(
            "Die Polizei sucht zwei Zeugen.",
            [
                "Stadtrat beschließt neuen Radweg an der Hauptstraße",
                "Feuerwehr rettet Katze aus brennendem Haus",
                "Neues Freibad öffnet im Juni",
            ],
        ),
        ["Radweg", "Katze", "Freibad"],
    ),
    # ... or nothing at all
    (
        "de",
        _tail(
            "Die Ermittlungen dauern an.",
            [
                "Stadtrat beschließt neuen Radweg an der Hauptstraße",
                "Feuerwehr rettet Katze aus brennendem Haus",
            ],
        ),
        ["Radweg", "Katze"],
    ),
    # "due to" is no Italian two
    (
        "en",
        _tail(
            "The market closed early due to rain.",
            [
                "Council approves new cycle lane on the high street",
                "Firefighters rescue cat from a burning house",
            ],
        ),
        ["cycle lane", "rescue cat"],
    ),
    (
        "sv",
        _tail(
            "Polisen söker två vittnen i Malmö.",
            [
                "Kommunen bygger ny cykelbana i centrum",
                "Brandkåren räddade katt ur brinnande hus",
                "Nya badhuset öppnar i juni",
            ],
        ),
        ["cykelbana", "katt"],
    ),
]


@pytest.mark.parametrize(("lang", "tail", "gone"), TITLES_GO)
def test_titles_under_a_last_sentence_go(lang: str, tail: str, gone: list[str]) -> None:
    text = "\n".join(_lines_end(lang, tail))
    assert not any(g in text for g in gone)


# Layouts of unseen CMSs, built around the invented story: the story's paragraphs stay and
# the furniture between them goes. These rows passed before: they hold the walk to them.


def _article(lang: str, inner: str) -> list[str]:
    headline = STORIES[lang][0]
    html = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title>'
        f'</head><body><header><a href="/">Stadtblatt</a></header><main><article><h1>{headline}</h1>'
        f"{inner}</article></main><footer><p>© 2026 Stadtblatt</p></footer></body></html>"
    )
    return [p for p in (extract_article(html, URL).body or "").split("\n") if p]


def _ps(paragraphs: list[str] | tuple[str, ...]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _story(lang: str) -> list[str]:
    return list(STORIES[lang][1])


def _split(lang: str, middle: str) -> str:
    """The story in a text block, `middle` after its second paragraph."""
    s = _story(lang)
    return f'<div class="txt">{_ps(s[:2])}{middle}{_ps(s[2:])}</div>'


LAYOUTS: list[tuple[str, str, str, list[str], list[str]]] = []  # (kind, lang, inner, stay, gone)
for _lang, _ad in (("en", "Advertisement"), ("de", "Anzeige"), ("pl", "Reklama")):
    LAYOUTS.append(
        (
            "paragraph blocks, ads between",
            _lang,
            "".join(
                f'<div class="paragraph"><p>{p}</p></div><div class="ad-slot"><span>{_ad}</span></div>'
                for p in _story(_lang)
            ),
            _story(_lang),
            [_ad],
        )
    )
for _lang in ("fr", "it", "tr"):
    LAYOUTS.append(
        (
            "paragraphs as divs",
            _lang,
            '<div class="story-text">'
            + "".join(f"<div>{p}</div>" for p in _story(_lang))
            + "</div>",
            _story(_lang),
            [],
        )
    )
for _lang, _subs in (
    ("de", ("Der Umbau", "Die Eröffnung")),
    ("es", ("La reforma", "La apertura")),
    ("sv", ("Ombyggnaden", "Öppningen")),
):
    _s = _story(_lang)
    LAYOUTS.append(
        (
            "a section per chapter",
            _lang,
            f'<div class="body"><section><h2>{_subs[0]}</h2>{_ps(_s[:2])}</section><section><h2>{_subs[1]}</h2>{_ps(_s[2:])}</section></div>',
            [*_s, *_subs],
            [],
        )
    )
for _lang in ("en", "pt"):
    LAYOUTS.append(
        (
            "an embedded post",
            _lang,
            _split(
                _lang,
                '<blockquote class="twitter-tweet"><p lang="en">What a day for our city library!</p>&mdash; Town Hall (@townhall) <a href="https://twitter.com/townhall/status/123456789">May 3, 2026</a></blockquote>',
            ),
            _story(_lang),
            ["What a day"],
        )
    )
for _lang, _q, _a in (
    (
        "de",
        "Frau Berger, warum hat der Umbau so lange gedauert?",
        "Wir mussten das ganze Dach erneuern, und die Handwerker waren monatelang ausgebucht.",
    ),
    (
        "fr",
        "Madame Berger, pourquoi les travaux ont-ils duré si longtemps ?",
        "Il a fallu refaire toute la toiture, et les artisans étaient débordés pendant des mois.",
    ),
    (
        "nl",
        "Mevrouw Berger, waarom duurde de verbouwing zo lang?",
        "We moesten het hele dak vernieuwen en de vakmensen zaten maandenlang vol.",
    ),
):
    LAYOUTS.append(
        (
            "an interview, bold questions",
            _lang,
            _split(_lang, f"<p><strong>{_q}</strong></p><p>{_a}</p>"),
            [*_story(_lang), _q, _a],
            [],
        )
    )
for _lang, _entries in (
    (
        "en",
        [
            "The doors opened ten minutes early because of the rain and the long queue outside.",
            "The mayor gave a short speech and thanked the builders, who finished the roof in March.",
        ],
    ),
    (
        "it",
        [
            "Le porte sono state aperte dieci minuti prima a causa della pioggia e della lunga fila.",
            "Il sindaco ha tenuto un breve discorso e ha ringraziato i costruttori del tetto.",
        ],
    ),
):
    LAYOUTS.append(
        (
            "live entries with times",
            _lang,
            '<div class="liveblog">'
            + "".join(
                f'<div class="entry"><time>1{i}:42</time><p>{e}</p></div>'
                for i, e in enumerate(_entries)
            )
            + "</div>",
            _entries,
            [],
        )
    )
for _lang, _label, _bullets in (
    (
        "de",
        "Das Wichtigste in Kürze",
        [
            "Die Bibliothek ist nach zwei Jahren wieder offen",
            "Der Umbau kostete zwölf Millionen Euro",
        ],
    ),
    (
        "fr",
        "En bref",
        ["La bibliothèque rouvre après deux ans", "Les travaux ont coûté douze millions d'euros"],
    ),
    (
        "es",
        "Lo más importante",
        ["La biblioteca reabre tras dos años", "Las obras costaron doce millones de euros"],
    ),
):
    LAYOUTS.append(
        (
            "a summary on top",
            _lang,
            f'<div class="summary"><h2>{_label}</h2><ul>'
            + "".join(f"<li>{b}</li>" for b in _bullets)
            + f'</ul></div><div class="txt">{_ps(_story(_lang))}</div>',
            _story(_lang),
            [],
        )
    )
for _lang, _cap, _credit in (
    ("en", "Readers queue outside the library on Saturday morning.", "Photo: Anna Lind"),
    ("pl", "Czytelnicy w kolejce przed biblioteką w sobotę rano.", "Fot. Jan Nowak"),
    ("sv", "Läsare köar utanför biblioteket på lördagsmorgonen.", "Foto: Anna Lind"),
):
    LAYOUTS.append(
        (
            "a picture's caption and credit",
            _lang,
            _split(
                _lang,
                f'<div class="image"><img src="/a.jpg" alt=""><p class="caption">{_cap}</p><p class="credit">{_credit}</p></div>',
            ),
            _story(_lang),
            [_cap, _credit],
        )
    )
for _lang, _box in (
    ("en", "Get our free morning briefing in your inbox every day. Sign up now"),
    (
        "de",
        "Unser Newsletter: Jeden Morgen die wichtigsten Nachrichten aus der Stadt. Jetzt kostenlos anmelden",
    ),
    ("it", "Ricevi ogni mattina la nostra newsletter gratuita. Iscriviti"),
):
    LAYOUTS.append(
        (
            "a newsletter box",
            _lang,
            _split(
                _lang,
                f'<div class="nl-box"><p>{_box}</p><input type="email"><button>OK</button></div>',
            ),
            _story(_lang),
            [_box[:25]],
        )
    )
for _lang, _label, _title in (
    ("de", "Lesen Sie auch:", "Neues Freibad öffnet im Juni"),
    ("fr", "À lire aussi:", "La piscine municipale ouvrira en juin"),
    ("es", "Lee también:", "La piscina municipal abrirá en junio"),
    ("pt", "Leia também:", "Piscina municipal abre em junho"),
    ("pl", "Czytaj także:", "Basen miejski otwarty w czerwcu"),
    ("sv", "Läs också:", "Nya badhuset öppnar i juni"),
    ("tr", "Ayrıca okuyun:", "Belediye havuzu haziranda açılıyor"),
):
    LAYOUTS.append(
        (
            "a read-also line",
            _lang,
            _split(_lang, f'<p><strong>{_label}</strong> <a href="/x/123">{_title}</a></p>'),
            _story(_lang),
            [_title, _label],
        )
    )
for _lang, _cls, _text in (
    (
        "en",
        "box",
        "The new reading room alone cost four million euros, and the city paid most of it from a fund set aside in 2019.",
    ),
    (
        "de",
        "kasten",
        "Allein der neue Lesesaal kostete vier Millionen Euro, den größten Teil bezahlte die Stadt aus einem Fonds von 2019.",
    ),
    (
        "fr",
        "highlight-box",
        "La seule nouvelle salle de lecture a coûté quatre millions d'euros, payés en grande partie par la ville.",
    ),
    (
        "nl",
        "kader",
        "Alleen de nieuwe leeszaal kostte al vier miljoen euro, grotendeels betaald door de gemeente.",
    ),
    (
        "tr",
        "kutu",
        "Yalnızca yeni okuma salonu dört milyon avroya mal oldu ve bunun çoğunu belediye ödedi.",
    ),
):
    LAYOUTS.append(
        (
            "the story's paragraph in a box",
            _lang,
            _split(_lang, f'<div class="{_cls}"><p>{_text}</p></div>'),
            [*_story(_lang), _text],
            [],
        )
    )
for _lang, _note in (
    (
        "en",
        "This story was first published by the Harbour Ledger and is republished here with permission.",
    ),
    (
        "en",
        "This article was first published on Riverbank News. It may not be reproduced without permission.",
    ),
):
    LAYOUTS.append(
        (
            "a republication note",
            _lang,
            f'<div class="txt">{_ps(_story(_lang))}<p><em>{_note}</em></p></div>',
            _story(_lang),
            ["first published"],
        )
    )
LAYOUTS.append(
    (
        "a story sentence on permission",
        "en",
        _split(
            "en",
            "<p>The photograph was first published in 1962, and the family says it was used without permission for decades.</p>",
        ),
        [
            "The photograph was first published in 1962, and the family says it was used without permission for decades."
        ],
        [],
    )
)


@pytest.mark.parametrize(
    ("kind", "lang", "inner", "stay", "gone"),
    LAYOUTS,
    ids=[f"{k}-{lang}" for k, lang, *_ in LAYOUTS],
)
def test_unseen_layouts_hold(
    kind: str, lang: str, inner: str, stay: list[str], gone: list[str]
) -> None:
    got = _article(lang, inner)
    assert [p for p in stay if p not in got] == []
    text = "\n".join(got)
    assert [g for g in gone if g in text] == []


# (language, note) -- each failed before
NOTES_GO = [
    (
        "pt",
        "Este texto foi publicado originalmente no Jornal do Porto e é reproduzido com autorização.",
    ),
    (
        "pt",
        "Esta reportagem foi publicada originalmente pela Folha da Serra. Reproduzida com permissão.",
    ),
    ("sv", "Artikeln publicerades först i Hamnbladet och återpubliceras här med tillstånd."),
    ("sv", "Den här artikeln publicerades ursprungligen i Kustposten."),
]

# (language, story line) -- the words a note opens with, in the story's sentence
NOTES_STAY = [
    (
        "pt",
        "Este texto foi publicado originalmente no Jornal do Porto e a prefeitura negou autorização para a marcha.",
    ),
    (
        "sv",
        "Artikeln publicerades först i Hamnbladet och kommunen vägrade sedan tillstånd för marschen.",
    ),
    ("sv", "Artikeln publicerades först i Hamnbladet, men kommunen ville inte kommentera den."),
    (
        "sv",
        "Bilden publicerades först 1962, och familjen säger att den användes utan tillstånd i årtionden.",
    ),
    (
        "en",
        "The photograph was first published in 1962, and the family says it was used without permission for decades.",
    ),
    (
        "es",
        "La foto se publicó originalmente en 1962 y la familia dice que se usó sin permiso durante décadas.",
    ),
]


@pytest.mark.parametrize(("lang", "note"), NOTES_GO)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_first_ran_notes_go(lang: str, note: str, where: str) -> None:
    got = (
        _lines(lang, f"<p>{note}</p>") if where == "middle" else _lines_end(lang, f"<p>{note}</p>")
    )
    assert note not in got
    assert got[:2] == _story(lang)[:2]


@pytest.mark.parametrize(("lang", "line"), NOTES_STAY)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_story_lines_like_notes_stay(lang: str, line: str, where: str) -> None:
    got = (
        _lines(lang, f"<p>{line}</p>") if where == "middle" else _lines_end(lang, f"<p>{line}</p>")
    )
    assert line in got
