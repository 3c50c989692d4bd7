"""Session 40's body cases on invented pages: a fact box or writer's box inside a wrapper that
holds story sentences beside it; a Polish republication notice; furniture unseen sites put in
the article's column (teaser labels, audio players, summaries, polls, live stamps)."""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://www.hamnbladet.example/lokalt/ny-simhall-a1234"

STORIES = {
    "sv": [
        "Kommunen bygger en ny simhall vid hamnen till en kostnad av 240 miljoner kronor.",
        "Byggstarten är planerad till våren och hallen ska öppna hösten 2028 enligt planen.",
        "Oppositionen kritiserar att kostnaderna har ökat med nästan en tredjedel sedan förra året.",
        "Kommunalrådet Eva Lind säger att den gamla hallen inte längre går att renovera.",
        "Simklubben välkomnar beslutet men vill ha fler banor för tävlingar och träning.",
    ],
    "de": [
        "Die Stadt baut am Hafen ein neues Hallenbad für 24 Millionen Euro.",
        "Baubeginn ist im Frühjahr, eröffnet werden soll das Bad im Herbst 2028.",
        "Die Opposition kritisiert, dass die Kosten seit dem Vorjahr um ein Drittel gestiegen sind.",
        "Bürgermeisterin Eva Linde sagt, das alte Bad lasse sich nicht mehr sanieren.",
        "Der Schwimmverein begrüßt den Beschluss, wünscht sich aber mehr Bahnen für das Training.",
    ],
    "en": [
        "The council will build a new swimming hall by the harbour at a cost of 24 million pounds.",
        "Work is due to start in the spring and the hall should open in the autumn of 2028.",
        "The opposition says the cost has risen by almost a third since last year.",
        "Council leader Eva Lind said the old pool could no longer be repaired.",
        "The swimming club welcomed the decision but wants more lanes for training.",
    ],
    "nb": [
        "Kommunen bygger en ny svømmehall ved havna for 240 millioner kroner.",
        "Byggestart er planlagt til våren, og hallen skal åpne høsten 2028.",
        "Opposisjonen kritiserer at kostnadene har økt med nesten en tredel siden i fjor.",
        "Ordfører Eva Lind sier at den gamle hallen ikke lenger kan pusses opp.",
        "Svømmeklubben er glad for vedtaket, men vil ha flere baner til trening.",
    ],
}
HEADINGS = {"sv": "Fakta", "de": "Fakten zum Bad", "en": "Fact box", "nb": "Fakta om hallen"}
FACTS = "<p>240 miljoner kronor, 8 banor, öppnar 2028 i Hamnby.</p><p>Arkitekt: Studio Exempel.</p>"


def _page(inner: str) -> str:
    return f"<html><body><article><h1>Ny simhall vid hamnen</h1><div class='article-text'>{inner}</div></article></body></html>"


def _p(lines: list[str]) -> str:
    return "".join(f"<p>{s}</p>" for s in lines)


def _box(heading: str, cls: str = "box") -> str:
    return f"<div class='{cls}'><h3>{heading}</h3>{FACTS}</div>"


WRAPPED = {
    # the box, then the story's last sentence, in one wrapper the page set
    "last-after-box": lambda s, b: _p(s[:4]) + f"<div class='block'>{b}{_p(s[4:])}</div>",
    # ... two sentences after it, mid-article
    "two-after-box": lambda s, b: (
        _p(s[:2]) + f"<div class='block'>{b}{_p(s[2:4])}</div>" + _p(s[4:])
    ),
    # ... the sentence as the wrapper's own text, after the box
    "bare-text-after-box": lambda s, b: _p(s[:4]) + f"<div class='block'>{b}{s[4]}</div>",
}


@pytest.mark.parametrize("lang", list(STORIES))
@pytest.mark.parametrize("cls", ["box", "faktaruta", "infobox", "c-infokasten", ""])
@pytest.mark.parametrize("shape", list(WRAPPED))
def test_story_sentences_beside_a_fact_box_in_one_wrapper_stay(
    lang: str, cls: str, shape: str
) -> None:
    story = STORIES[lang]
    html = _page(WRAPPED[shape](story, _box(HEADINGS[lang], cls)))
    assert extract_article(html, URL).body == "\n\n".join(story)


WRITER_BOXES = {
    "en": ("About the author", "Jane Doe covers the council and local sport for the paper."),
    "de": ("Über den Autor", "Hans Muster schreibt seit 2015 über die Stadt und ihren Sport."),
    "sv": ("Om skribenten", "Eva Exempel är reporter på tidningen och skriver om kommunen."),
}


@pytest.mark.parametrize("lang", list(WRITER_BOXES))
def test_the_story_sentence_beside_a_writers_box_in_one_wrapper_stays(lang: str) -> None:
    heading, bio = WRITER_BOXES[lang]
    story = STORIES["de" if lang == "de" else "sv" if lang == "sv" else "en"]
    name = " ".join(bio.split()[:2])
    box = f"<div class='x'><h3>{heading}</h3><p><strong>{name}</strong></p><p>{bio}</p></div>"
    html = _page(_p(story[:4]) + f"<div class='block'>{box}{_p(story[4:])}</div>")
    assert extract_article(html, URL).body == "\n\n".join(story)


# the block is the box: its heading in a wrapper of its own, a subtitle beside it, a credit or
# a short line under it, a box inside the box
BOXES_OUT = {
    "heading-in-own-wrapper": "<div class='block'><div class='head'><h3>{h}</h3></div>"
    + FACTS
    + "</div>",
    "heading-with-subtitle": "<div class='block'><div class='head'><h3>{h}</h3><span>Simhallen</span></div>"
    + FACTS
    + "</div>",
    # ... a subtitle as a paragraph in the heading's wrapper, one fact sentence under it
    "heading-with-subtitle-p": "<div class='block'><div class='head'><h3>{h}</h3><p>Den nya simhallen i siffror och fakta</p></div><p>Hallen får åtta banor och ett hopptorn för tävlingar.</p></div>",
    "heading-with-subtitle-li": "<div class='block'><div class='head'><h3>{h}</h3><p>Den nya simhallen i siffror</p></div><ul><li>Åtta banor och ett hopptorn i den nya hallen.</li></ul></div>",
    "credit-under-inner-box": "<div class='block'><div class='inner'><h3>{h}</h3>"
    + FACTS
    + "</div><p>Källa: Hamnby kommun och SCB.</p></div>",
    "short-line-under-inner-box": "<div class='block'><div class='inner'><h3>{h}</h3>"
    + FACTS
    + "</div><p>Uppdaterad.</p></div>",
    "box-in-box": "<div class='block'><div class='inner'><h3>{h}</h3>" + FACTS + "</div></div>",
    "plain": "<div class='block'><h3>{h}</h3>" + FACTS + "</div>",
}


@pytest.mark.parametrize("lang", list(STORIES))
@pytest.mark.parametrize("shape", list(BOXES_OUT))
def test_a_fact_box_alone_in_its_wrapper_stays_out(lang: str, shape: str) -> None:
    story = STORIES[lang]
    box = BOXES_OUT[shape].format(h=HEADINGS[lang])
    for inner in (_p(story[:3]) + box + _p(story[3:]), _p(story) + box):
        assert extract_article(_page(inner), URL).body == "\n\n".join(story)


PL_STORY = [
    "Rada miasta zdecydowała w czwartek o budowie nowej pływalni przy porcie w Przykładowie.",
    "Budowa ma ruszyć wiosną, a obiekt zostanie otwarty jesienią 2028 roku.",
    "Opozycja krytykuje wzrost kosztów o prawie jedną trzecią w porównaniu z zeszłym rokiem.",
]
PL_NOTICES = [
    "Artykuł pochodzi z tygodnika „Przegląd Portowy”.",
    "Tekst pochodzi z serwisu przyklad.pl.",
    "Materiał pochodzi z archiwum „Gazety Portowej”.",
    "Tekst ukazał się pierwotnie w „Gazecie Portowej”.",
    "Rozmowa została po raz pierwszy opublikowana w miesięczniku „Morze i Port”.",
    "Artykuł został pierwotnie opublikowany w serwisie przyklad.pl i jest publikowany za zgodą redakcji.",
    "Wywiad pierwotnie ukazał się w dzienniku „Głos Portu”.",
    "Przedruk za zgodą redakcji.",
    "Przedruk z „Tygodnika Portowego”.",
    "Przedruk: Gazeta Portowa",
    "Publikujemy za zgodą wydawcy.",
]


@pytest.mark.parametrize("notice", PL_NOTICES)
def test_a_polish_republication_notice_is_not_the_body(notice: str) -> None:
    html = _page(_p([*PL_STORY, notice]))
    assert extract_article(html, URL).body == "\n\n".join(PL_STORY)


PL_STAYS = [
    # another paper's article the story is about: no "first", "originally"
    "Artykuł został opublikowany w piątek i wywołał burzę w mediach społecznościowych.",
    # a year, not a paper
    "Tekst pochodzi z 2019 roku, ale jego autorzy uważają, że wciąż jest aktualny.",
    "Przedruk artykułu z 1939 roku trafił w zeszłym tygodniu do muzeum w Gdańsku.",
    "Przedruk z 1939 roku trafił do muzeum.",
    # the story goes on after the note's words ("and", "but" in Polish)
    "Artykuł ukazał się pierwotnie w „Gazecie Portowej” i wywołał ostrą reakcję burmistrza.",
    "Artykuł pochodzi z tygodnika „Przegląd”, a redakcja zapowiada kolejne części cyklu.",
    # quoted, said
    "„Artykuł pochodzi z naszego archiwum” – wyjaśniła rzeczniczka portu.",
    "Tekst pochodzi z serwisu przyklad.pl, powiedział rzecznik urzędu.",
]


@pytest.mark.parametrize("line", PL_STAYS)
def test_a_polish_story_sentence_like_a_notice_stays(line: str) -> None:
    html = _page(_p([*PL_STORY[:2], line, PL_STORY[2]]))
    assert extract_article(html, URL).body == "\n\n".join([*PL_STORY[:2], line, PL_STORY[2]])


# Swedish "i" is "in": a Swedish note goes whatever follows "i"; a Swedish story sentence with
# "och" after the note's words stays, as before
SV_LINES = [
    ("Artikeln publicerades först i tidningen Hamnbladet.", False),
    ("Artikeln har tidigare publicerats i Hamnbladet i en kortare version.", False),
    ("Artikeln publicerades först i Hamnbladet och ledde till en utredning i fullmäktige.", True),
]


@pytest.mark.parametrize(("line", "stays"), SV_LINES)
def test_swedish_notices_read_as_before(line: str, stays: bool) -> None:
    story = STORIES["sv"]
    body = extract_article(_page(_p([*story, line])), URL).body
    assert body == "\n\n".join([*story, line] if stays else story)


EN = STORIES["en"]
LONG = [*EN, *(s[:-1] + ", the paper learned." for s in EN), *(s[:-1] + " on Tuesday." for s in EN)]


def _body_with(line_html: str, story: list[str] = EN, at: int = 2) -> str | None:
    return extract_article(_page(_p(story[:at]) + line_html + _p(story[at:])), URL).body


FURNITURE = {
    # a teaser's label without a colon, glued to its link by the markup or a space apart
    "also-read-glued": "<div><span>Also read</span><a href='/a/2'>Harbour ferry to run every hour this summer</a></div>",
    "also-read-spaced": "<p><span>Read also</span> <a href='/a/2'>Harbour ferry to run every hour this summer</a></p>",
    # picture credits under their longer English labels
    "image-credit": "<p>Image credit: Getty Images</p>",
    "picture-credit": "<p>Picture credit: Jane Doe/Harbour Times</p>",
    "header-image-credit": "<div>Header image credit: Unsplash</div>",
    # a share bar's label naming the social networks in general
    "share-social-es": "<p>Compartir en redes</p>",
    "share-social-es2": "<p>Compartir en redes sociales</p>",
    "share-social-en": "<p>Share on social media</p>",
    "share-social-fr": "<p>Partager sur les réseaux sociaux</p>",
    "share-social-pt": "<p>Compartilhe nas redes sociais</p>",
    # a read-aloud player's note on its machine voice
    "voice-en": "<p>This article is voiced by AI.</p>",
    "voice-en-report": "<p>Audio is AI-generated. Report a problem.</p>",
    "voice-en2": "<p>This story was narrated using an automated voice.</p>",
    "voice-fr": "<p>Cet article est lu par une voix de synthèse.</p>",
    "voice-es": "<p>Audio generado por IA.</p>",
    "voice-it": "<p>Questo articolo è letto da una voce artificiale.</p>",
    "voice-pt": "<p>Áudio gerado por inteligência artificial.</p>",
    "voice-nl": "<p>Dit artikel wordt voorgelezen door een computerstem.</p>",
    "voice-sv": "<p>Artikeln läses upp av en AI-röst.</p>",
    "voice-nb": "<p>Artikkelen blir lest opp av en syntetisk stemme.</p>",
    "voice-pl": "<p>Artykuł czytany przez syntezator mowy.</p>",
    # a newsletter's call
    "newsletter-de": "<p>Newsletter abonnieren: Die wichtigsten Nachrichten jeden Morgen.</p>",
    "newsletter-de2": "<p>Jetzt den Newsletter kostenlos abonnieren!</p>",
    "newsletter-fr": "<p>Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.</p>",
    "newsletter-sv": "<p>Anmäl dig till vårt nyhetsbrev om lokala nyheter</p>",
    "newsletter-nb": "<p>Meld deg på vårt nyhetsbrev</p>",
    # a readers' poll with its controls, under its heading, no class naming it
    "poll-de": "<div><h3>Umfrage</h3><p>Soll die Stadt das Bad bauen?</p><label><input type='radio' name='q'>Ja</label><label><input type='radio' name='q'>Nein</label><button>Abstimmen</button></div>",
    "poll-en": "<div><h3>Reader poll</h3><p>Should the council build the pool?</p><ul><li>Yes</li><li>No</li></ul><p>Vote</p></div>",
    "poll-fr": "<section><h4>Sondage</h4><p>La ville doit-elle construire la piscine ?</p><form><input type='radio'> Oui <input type='radio'> Non</form></section>",
    "poll-es": "<div><h3>Encuesta</h3><p>¿Debe el ayuntamiento construir la piscina?</p><ul><li>Sí</li><li>No</li></ul><p>Votar</p></div>",
    "poll-pl": "<div><h3>Sonda</h3><p>Czy miasto powinno zbudować basen?</p><button>Tak</button><button>Nie</button></div>",
}


@pytest.mark.parametrize("name", list(FURNITURE))
@pytest.mark.parametrize("at", [2, 5])
def test_furniture_unseen_sites_set_in_the_column_is_not_the_body(name: str, at: int) -> None:
    assert _body_with(FURNITURE[name], at=at) == "\n\n".join(EN)


# live entries' stamps, mid-body of a long text (at its ends, tag lines went before)
STAMPS = [
    "vor 35 Minuten", "Aktualisiert vor 2 Stunden", "Il y a 35 minutes", "Hace 35 minutos",
    "Há 2 horas", "35 minuti fa", "35 minuten geleden", "för 35 minuter sedan",
    "for 35 minutter siden", "35 minut temu",
]  # fmt: skip


@pytest.mark.parametrize("stamp", STAMPS)
def test_a_live_entrys_relative_stamp_is_not_the_body(stamp: str) -> None:
    assert _body_with(f"<p>{stamp}</p>", LONG, 7) == "\n\n".join(LONG)


STAYS = [
    # a sentence opening as a label does
    "<p>Also read at the meeting was a letter from the harbour master.</p>",
    "<p>Image credit: the council said the picture was taken in 1998</p>",
    "<p>Compartir en redes sociales puede costar el empleo, advierte el sindicato.</p>",
    # a machine voice as the story's subject
    "<p>Audio generated by AI fooled thousands of voters, police said.</p>",
    "<p>This article was read by AI researchers at the conference.</p>",
    "<p>El audio generado por IA engañó a miles de votantes en la región.</p>",
    # the newsletter as news, or quoted
    "<p>Den Newsletter abonnieren inzwischen 5.000 Leserinnen und Leser.</p>",
    "<p>„Newsletter abonnieren!“ stand auf dem Plakat am Rathaus.</p>",
    # a stamp's words opening a sentence
    "<p>Vor 3 Tagen brannte die alte Halle am Hafen ab.</p>",
    "<p>Hace 35 minutos el alcalde anunció la decisión.</p>",
    # a story's section under the poll's word: no control to answer, results are the story's
    "<section><h3>Umfrage</h3><p>Soll die Stadt das Bad bauen? Das fragte das Institut 1.000 Bürger.</p><p>62 Prozent sagten ja.</p></section>",
    "<div><h3>Poll</h3><p>Should the council build the pool?</p><ul><li>Yes: 62 per cent</li><li>No: 38 per cent</li></ul></div>",
]


@pytest.mark.parametrize("line", STAYS)
def test_story_lines_like_furniture_stay(line: str) -> None:
    body = _body_with(line, LONG, 7) or ""
    assert body.startswith("\n\n".join(LONG[:7])) and body.endswith("\n\n".join(LONG[7:]))
    assert len(body.split("\n\n")) > len(LONG)


# what stays by decision: a correction is the publisher's text on the piece (the answers keep
# the publisher's notes in the text), an editor's summary box ("Key points", "In short") is
# text where the answers keep it
KEPT = [
    "<p>Correction: An earlier version of this article misstated the cost of the hall.</p>",
    "<p>Korrektur: In einer früheren Version hieß es, das Bad koste 20 Millionen Euro.</p>",
    "<p>Rectificatif : une version précédente de cet article indiquait un coût erroné.</p>",
    "<div><h3>Key points</h3><ul><li>The hall will cost 24 million pounds</li><li>It opens in autumn 2028</li></ul></div>",
]


@pytest.mark.parametrize("line", KEPT)
def test_corrections_and_summary_boxes_stay(line: str) -> None:
    body = _body_with(line, LONG, 7) or ""
    assert len(body.split("\n\n")) > len(LONG)
