"""Furniture German-language sites (Germany, Austria, Switzerland) set between the
paragraphs of an article: pointers to other pages, agency tags without brackets, player
title lines, subscription labels. Invented pages; each line is tried in the middle of the
text and after its last paragraph, and look-alike sentences of the writer's must stay."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://zeitung.example/region/2026/hafen-ausbau-123.html"
STORY = [
    "Der Gemeinderat hat am Dienstagabend beschlossen, den alten Hafen für den Fährverkehr wieder auszubauen.",
    "Die Entscheidung fiel nach einer langen Debatte, in der die Opposition vor den verdoppelten Kosten warnte.",
    "Nach dem Plan sollen die ersten Fähren bereits im Sommer 2028 an der neuen Kaimauer anlegen können.",
    "Der Baubeginn ist für das Frühjahr geplant, die Arbeiten sollen in mehreren Etappen fast zwei Jahre dauern.",
    "Die Bürgermeisterin sprach von einem wichtigen Tag für die Stadt und ihre Verbindung zu den Inseln.",
]


def _page(blocks: list[str]) -> str:
    return (
        "<html lang='de'><head><title>Hafen wird ausgebaut</title></head><body>"
        "<div class='hd'><a href='/'>Zeitung</a></div>"
        f"<div class='w1'><h1>Hafen wird ausgebaut</h1>{''.join(blocks)}</div>"
        "<div class='ft'><p>Impressum Datenschutz Kontakt</p></div></body></html>"
    )


def _body_with(block: str, at: int) -> str:
    blocks = [f"<p>{s}</p>" for s in STORY]
    blocks.insert(at, block)
    return extract_article(_page(blocks), URL).body or ""


FURNITURE = {
    "pointer to a page": "<p><strong>Hier geht's zu allen Nachrichten aus der Region.</strong></p>",
    "pointer to the ticker": "<p>Hier geht es direkt zum Newsticker</p>",
    "more news from": "<p>Mehr Nachrichten aus Ostfriesland lesen Sie hier.</p>",
    "more news, Swiss": "<p><b>Mehr News aus dem Kanton Zürich</b></p>",
    "label over a link list": "<p><strong>Mehr zum Hafenausbau:</strong></p><ul><li><a href='/r'>Die Pläne im Überblick</a></li><li><a href='/s'>Was die Kaimauer kostet</a></li></ul>",
    "agency tag": "<p>dpa/afp/lw</p>",
    "agency and editor": "<p>APA/red</p>",
    "broadcaster's signature": "<p>red, ORF.at/Agenturen</p>",
    "subscription label": "<div class='k6'><span>Abo-Artikel</span></div>",
    "podcast player": "<div class='k11'><p>Podcast: Der Hafen-Talk</p><p>Folge 12 · 34 Min.</p><button>Abspielen</button></div>",
    "video player": "<div class='k12'><p>Video | So sieht der neue Hafen aus</p><p>01:45 Min.</p></div>",
    "recommendations with one link": "<div class='k5'><h2>Empfehlungen der Redaktion</h2><div><a href='/c'>Bürgermeisterin im Interview</a></div></div>",
    "comment call": "<p>Was meinen Sie? Diskutieren Sie mit in den Kommentaren!</p>",
    "app call": "<p>Laden Sie sich jetzt hier kostenlos unsere neue App herunter.</p>",
    "programme note": "<div class='k17'><p>Über dieses Thema berichtete Radio Beispiel am 3. Dezember 2026 um 10:00 Uhr.</p></div>",
}


@pytest.mark.parametrize("at", [2, len(STORY)])
@pytest.mark.parametrize("key", list(FURNITURE))
def test_inline_furniture_of_german_sites_is_not_the_body(key: str, at: int) -> None:
    assert _body_with(FURNITURE[key], at) == "\n\n".join(STORY)


WRITERS = [
    "Hier geht es zum einen um Geld, zum anderen um die Frage, wer den Hafen künftig betreibt.",
    "Hier geht es zum ersten Mal um Nachrichten, die in der Stadt niemand hören wollte.",
    "Mehr Nachrichten aus Brüssel erwartet vor dem Gipfel niemand.",
    "Video: Das sagt die Bürgermeisterin zu den Kosten des Umbaus.",
    "Rot/Grün",
    "Berlin/Hamburg",
]


@pytest.mark.parametrize("line", WRITERS)
def test_sentences_that_open_like_furniture_stay(line: str) -> None:
    body = _body_with(f"<p>{line}</p>", 2)
    assert body.split("\n\n") == [*STORY[:2], line, *STORY[2:]]


def test_a_colon_line_about_more_above_text_that_stays_is_the_writers() -> None:
    line = "Mehr zum Streit um die Kosten:"
    follow = (
        "Die Opposition hält die Schätzung des Bauamts für zu niedrig und verlangt ein Gutachten."
    )
    body = _body_with(f"<p>{line}</p><p>{follow}</p>", 2)
    assert body.split("\n\n") == [*STORY[:2], line, follow, *STORY[2:]]


# A lead set as an unclassed <h2>/<h3> under the headline, outside the body's block (public
# broadcasters' templates), in several languages.
HEADING_LEADS = {
    "de": "Nach jahrelangem Streit ist die Entscheidung gefallen: Der Hafen wird für 48 Millionen Euro umgebaut.",
    "cs": "Po letech sporů padlo rozhodnutí: přístav se za miliardu korun přestaví a trajekty se vrátí v roce 2028.",
    "pl": "Po latach sporów zapadła decyzja: port zostanie przebudowany, a promy wrócą do miasta latem 2028 roku.",
    "he": "אחרי שנים של מחלוקת התקבלה ההחלטה: הנמל ישופץ והמעבורות יחזרו לעיר בקיץ 2028.",
}


def _heading_lead_page(heading: str, tag: str = "h2", attrs: str = "") -> str:
    paragraphs = "".join(f"<p>{s}</p>" for s in STORY)
    return (
        "<html><head><title>Hafen wird ausgebaut</title></head><body><nav><a href='/'>Start</a></nav>"
        f"<div class='a1'><div class='h3x'><span>03.12.2026, 10:15 Uhr</span><h1>Hafen wird ausgebaut</h1>"
        f"<{tag}{attrs}>{heading}</{tag}></div><div class='b7'>{paragraphs}</div></div>"
        "<footer><p>Impressum</p></footer></body></html>"
    )


@pytest.mark.parametrize("tag", ["h2", "h3"])
@pytest.mark.parametrize("lang", list(HEADING_LEADS))
def test_a_lead_set_as_a_heading_under_the_headline_opens_the_body(lang: str, tag: str) -> None:
    body = extract_article(_heading_lead_page(HEADING_LEADS[lang], tag), URL).body
    assert body == "\n\n".join([HEADING_LEADS[lang], *STORY])


@pytest.mark.parametrize(
    ("heading", "attrs"),
    [
        # the headline's question or call, one sentence: a headline's, not a lead
        ("Wer bezahlt den neuen Hafen, wenn die Kosten sich noch einmal verdoppeln sollten?", ""),
        ("Jetzt mitreden und die Zukunft des alten Hafens in unserer Stadt mitgestalten!", ""),
        # no stop: a subtitle
        ("Der Gemeinderat stimmt für den Ausbau des alten Hafens und die Rückkehr der Fähren", ""),
    ],
)
def test_a_heading_under_the_headline_that_is_no_lead_stays_out(heading: str, attrs: str) -> None:
    body = extract_article(_heading_lead_page(heading, "h2", attrs), URL).body
    assert body == "\n\n".join(STORY)


def test_a_heading_the_page_calls_its_standfirst_opens_the_body() -> None:
    """A standfirst is a lead (newsbench's bodies open with it), in a heading's type too."""
    body = extract_article(
        _heading_lead_page(HEADING_LEADS["de"], "h2", " class='standfirst'"), URL
    )
    assert body.body == "\n\n".join([HEADING_LEADS["de"], *STORY])


def test_a_question_heading_of_several_sentences_is_a_lead() -> None:
    lead = "Der Hafen soll für 48 Millionen Euro umgebaut werden. Doch wer bezahlt, wenn es teurer wird?"
    body = extract_article(_heading_lead_page(lead), URL).body
    assert body == "\n\n".join([lead, *STORY])


MORE_FURNITURE = {
    # a share bar with one button a line, no label
    "share buttons one a line": "<ul class='s1'><li>Facebook</li><li>X</li><li>E-Mail</li><li>Flipboard</li></ul>",
    # the Swiss sites' "du" and a messenger channel's promo
    "follow call with du": "<p>Folgst du schon Seeblick News auf Whatsapp?</p>",
    "channel promo": "<p>Eine Übersicht am Morgen und am Abend, dazu Eilmeldungen: Abonniere den Whatsapp-Kanal von Seeblick News und bleib informiert.</p>",
    "channel promo, English": "<p>Get the latest news from the harbour to your phone. Join us on WhatsApp</p>",
    # a player's label and running time
    "video stamp": "<div class='v2'>VIDEO4:4204:42</div>",
}


@pytest.mark.parametrize("at", [2, len(STORY)])
@pytest.mark.parametrize("key", list(MORE_FURNITURE))
def test_share_buttons_channel_calls_and_player_stamps_are_not_the_body(key: str, at: int) -> None:
    assert _body_with(MORE_FURNITURE[key], at) == "\n\n".join(STORY)


@pytest.mark.parametrize("line", ["Links", "Facebook failed.", "Folgst du mir noch?"])
def test_lines_with_a_networks_name_or_du_that_say_more_stay(line: str) -> None:
    body = _body_with(f"<p>{line}</p>", 2)
    assert body.split("\n\n") == [*STORY[:2], line, *STORY[2:]]


POINTS = [
    "Der Gemeinderat hat den Ausbau des alten Hafens beschlossen.",
    "Die Kosten haben sich auf 48 Millionen Euro verdoppelt.",
    "Die ersten Fähren sollen im Sommer 2028 anlegen.",
]


@pytest.mark.parametrize("heading", ["Darum geht's", "Das Wichtigste in Kürze", "Auf einen Blick"])
def test_a_summary_box_classed_as_an_info_box_is_the_body(heading: str) -> None:
    points = "".join(f"<li><p>{p}</p></li>" for p in POINTS)
    box = f"<div class='sc-9a InfoBox' data-testid='InfoBox'><h3>{heading}</h3><ul>{points}</ul></div>"
    body = _body_with(box, 0)
    assert body.split("\n\n") == [heading, *POINTS, *STORY]


def test_an_info_box_of_teaser_links_under_a_summary_heading_stays_out() -> None:
    links = "".join(f"<li><a href='/a/{i}'>{p}</a></li>" for i, p in enumerate(POINTS))
    box = f"<div class='InfoBox'><h3>Auf einen Blick</h3><ul>{links}</ul></div>"
    assert _body_with(box, 0) == "\n\n".join(STORY)


def test_an_info_box_of_facts_stays_out() -> None:
    box = "<div class='infobox'><h3>Info-Box</h3><p>Kosten: 48 Millionen Euro.</p><p>Bauzeit: 2026 bis 2028.</p></div>"
    assert _body_with(box, 3) == "\n\n".join(STORY)


CREDITS = [
    "<p>Symbolbild: dpa</p>",
    "<div class='c3'>IMAGO/Sven Simon</div>",
    "<div class='c3'>picture alliance / dpa | Bernd Beispiel</div>",
    "<p>APA/HANS KLAUS TECHT</p>",
    "<p>Die neue Kaimauer soll 2028 fertig sein. © Stadt Beispielburg</p>",
    "<p>Die Fähre im alten Hafen, im Jahr 1998. IMAGO/Sven Simon</p>",
]


@pytest.mark.parametrize("line", CREDITS)
def test_picture_credits_without_a_label_or_under_a_german_label_are_not_the_body(
    line: str,
) -> None:
    assert _body_with(line, 2) == "\n\n".join(STORY)


@pytest.mark.parametrize(
    "line",
    [
        "Das sagte ein Sprecher der Agentur dpa/AFP.",
        "Er arbeitete zehn Jahre lang für die APA/Austria Presse Agentur in Wien",
        "Die Stadt und das Land teilen sich die Kosten 50/50",
    ],
)
def test_sentences_naming_an_agency_with_a_slash_stay(line: str) -> None:
    body = _body_with(f"<p>{line}</p>", 2)
    assert body.split("\n\n") == [*STORY[:2], line, *STORY[2:]]


def test_an_agency_tag_above_an_austrian_posting_forum_ends_the_body() -> None:
    forum = (
        "<div class='x4'><h2>Postings</h2><div><p>Leser1: Das ist doch alles viel zu teuer und keiner braucht den Hafen hier wirklich.</p>"
        "<p>Leser2: Endlich passiert etwas, ich freue mich schon auf die erste Fahrt mit der neuen Fähre im Sommer.</p></div></div>"
    )
    blocks = [*(f"<p>{s}</p>" for s in STORY), "<p>(APA/red)</p>", forum]
    assert extract_article(_page(blocks), URL).body == "\n\n".join(STORY)


# Consent placeholders standing in for an embed, each site wording its own.
NOTICES = [
    "<div class='q1'><p>Empfohlener externer Inhalt</p><p>Wir benötigen Ihre Zustimmung, um den von unserer Redaktion eingebundenen Inhalt anzuzeigen. Sie können diesen mit einem Klick anzeigen lassen und auch wieder deaktivieren.</p><button>Externe Inhalte anzeigen</button></div>",
    "<div class='q1'><p>Mit Ihrer Zustimmung werden hier externe Inhalte von Instagram geladen. Dabei können personenbezogene Daten übermittelt werden. Mehr dazu in unserer Datenschutzerklärung.</p><button>Inhalt laden</button></div>",
    "<div class='q1'><p>Dieser Inhalt kann nicht angezeigt werden, da Sie der Verwendung von Cookies nicht zugestimmt haben.</p><a href='#'>Einstellungen ändern</a></div>",
    "<div class='q1'><p>Um diesen Inhalt zu sehen, müssen Sie der Datenverarbeitung durch Drittanbieter zustimmen.</p><button>Zustimmen</button></div>",
    "<div class='q1'><p>Externe Inhalte aktivieren</p><p>Wir haben hier einen Beitrag von X eingebunden, der den Artikel ergänzt.</p></div>",
    "<div class='q1'><p>Datenschutzhinweis: Beim Abspielen des Videos werden Daten an YouTube übertragen.</p></div>",
    "<div class='q1'><p>This embed needs your consent: click to load this third-party content from YouTube.</p></div>",
]


@pytest.mark.parametrize("at", [2, len(STORY)])
@pytest.mark.parametrize("notice", NOTICES)
def test_an_embeds_consent_placeholder_in_any_wording_is_not_the_body(notice: str, at: int) -> None:
    assert _body_with(notice, at) == "\n\n".join(STORY)


@pytest.mark.parametrize(
    "line",
    [
        "Sie sagte, die Firma habe externe Inhalte ohne Zustimmung der Nutzer geladen, was gegen den Datenschutz verstoße.",
        "Die Datenschutzbehörde verlangt, dass Nutzer der Weitergabe ihrer Daten an Drittanbieter zustimmen.",
        "The company said users who did not consent to third-party tracking would still see this content.",
    ],
)
def test_sentences_about_consent_and_privacy_stay(line: str) -> None:
    body = _body_with(f"<p>{line}</p>", 2)
    assert body.split("\n\n") == [*STORY[:2], line, *STORY[2:]]


def test_a_newsletter_box_titled_in_a_span_is_not_the_body() -> None:
    box = (
        "<section class='s9'><span class='s1'>Newsletter</span><span class='s2'><span class='s3'>"
        "<div class='s4'>Der Morgen</div><span class='s5'>Der beste Start in den Tag mit Nachrichten aus der Region.</span>"
        "<p><a href='/newsletter'>Weitere Newsletter</a></p></span><button>Einloggen</button></span></section>"
    )
    assert _body_with(box, 3) == "\n\n".join(STORY)


def test_a_sentence_naming_a_newsletter_in_a_span_stays() -> None:
    line = "Der <span>Newsletter</span> der Stadt erscheint künftig jeden Morgen, kündigte die Bürgermeisterin an."
    body = _body_with(f"<p>{line}</p>", 2)
    assert body.split("\n\n") == [
        *STORY[:2],
        line.replace("<span>", "").replace("</span>", ""),
        *STORY[2:],
    ]


@pytest.mark.parametrize(
    "caption",
    [
        "Der neue Vorstand (v. l. n. r.): Anna Beispiel, Bert Muster und Carla Probe.",
        "Vorstandsmitglieder (von li nach re): Anna Beispiel, Bert Muster, Carla Probe",
        "Von links: Anna Beispiel, Bert Muster und Carla Probe bei der Eröffnung der Kaimauer.",
        "The new board (from left): Jane Doe, John Roe and Mary Major.",
        "Pictured right, is reader Jane Doe at the harbour opening.",
        "Im Bild: Die neue Kaimauer kurz vor der Fertigstellung.",
    ],
)
def test_a_group_pictures_caption_naming_people_left_to_right_is_not_the_body(caption: str) -> None:
    assert _body_with(
        f"<div class='c7'><img src='/v.jpg' width='800'></div><p>{caption}</p>", 2
    ) == "\n\n".join(STORY)


@pytest.mark.parametrize(
    "line",
    [
        "Die Partei rückt von links nach rechts, sagte der Politologe am Abend.",
        "Von links bis rechts waren sich alle Fraktionen im Rat einig.",
        "Pictured with the mayor, the minister smiled at the crowd on the quay.",
    ],
)
def test_sentences_saying_left_and_right_stay(line: str) -> None:
    body = _body_with(f"<p>{line}</p>", 2)
    assert body.split("\n\n") == [*STORY[:2], line, *STORY[2:]]


@pytest.mark.parametrize(
    "bio",
    [
        "Jana Beispiel ist Redakteurin im Ressort Politik und schreibt über Verkehr.",
        "Max Muster ist Korrespondent in Brüssel.",
        "Jane Doe is a politics reporter for Harbour News Digital.",
    ],
)
def test_the_writers_profile_in_one_sentence_under_the_article_is_not_the_body(bio: str) -> None:
    assert _body_with(f"<p>{bio}</p>", len(STORY)) == "\n\n".join(STORY)


@pytest.mark.parametrize(
    "line",
    [
        "Der Bürgermeister war Redakteur der Lokalzeitung, bevor er in die Politik ging.",
        "The mayor is a former reporter for the local paper and knows the harbour well.",
    ],
)
def test_a_last_sentence_about_someones_newsroom_past_stays(line: str) -> None:
    assert _body_with(f"<p>{line}</p>", len(STORY)) == "\n\n".join([*STORY, line])


@pytest.mark.parametrize(
    "line", ["1 of 12 | Die neue Kaimauer im Bau, am Dienstag.", "Related stories"]
)
def test_a_gallery_counters_caption_and_a_related_label_are_not_the_body(line: str) -> None:
    assert _body_with(f"<div class='g1'>{line}</div>", 2) == "\n\n".join(STORY)


def test_a_paragraph_lead_after_a_heading_of_sentences_stays_the_lead() -> None:
    # a page setting a sentence in a heading and its lead as a paragraph under it keeps the
    # paragraph, as before headings counted
    heading = "Die Stadt bekommt ihren Fährhafen zurück, doch die Kosten steigen weiter."
    lead = "Nach jahrelangem Streit ist die Entscheidung gefallen: Der alte Hafen wird für 48 Millionen Euro umgebaut."
    page = _heading_lead_page(heading).replace(
        f"<h2>{heading}</h2>", f"<h2>{heading}</h2><p>{lead}</p>"
    )
    assert extract_article(page, URL).body == "\n\n".join([lead, *STORY])


def test_a_tag_link_inside_a_div_paragraph_is_part_of_the_sentence() -> None:
    # the link's id names it a tag (a furniture word); in a <p> it was always text
    first = "<a id='auto-tag_jana-beispiel' href='/t/jana-beispiel'>Jana Beispiel</a> hat den Plan für den Hafen gelobt, sagte sie am Abend im Rathaus."
    blocks = [f"<div class='t0'>{first}</div>", *(f"<div class='t0'>{s}</div>" for s in STORY)]
    body = extract_article(_page(blocks), URL).body or ""
    assert (
        body.split("\n\n")[0]
        == "Jana Beispiel hat den Plan für den Hafen gelobt, sagte sie am Abend im Rathaus."
    )


def test_share_links_alone_in_a_div_stay_out() -> None:
    share = "<div class='t0'><a class='share-fb' href='#'>Facebook</a> <a class='share-x' href='#'>Auf X posten</a></div>"
    blocks = [
        *(f"<div class='t0'>{s}</div>" for s in STORY[:2]),
        share,
        *(f"<div class='t0'>{s}</div>" for s in STORY[2:]),
    ]
    assert extract_article(_page(blocks), URL).body == "\n\n".join(STORY)


@pytest.mark.parametrize(
    "heading",
    ["Fakten zum Hafenausbau", "Fakta om hamnen", "Zahlen und Fakten", "Fact box"],
)
def test_a_fact_box_with_neutral_classes_is_not_the_body(heading: str) -> None:
    box = (
        f"<div class='f3'><h3>{heading}</h3><ul><li>Kosten: 48 Millionen Euro.</li>"
        "<li>Bauzeit: 2026 bis 2028, in mehreren Etappen.</li><li>Bauherr: das Land.</li></ul></div>"
    )
    assert _body_with(box, 3) == "\n\n".join(STORY)


def test_a_section_under_a_crosshead_about_facts_stays() -> None:
    head = "Fakten statt Gefühle"
    section = f"<div class='s2'><h3>{head}</h3><p>{STORY[2]}</p><p>{STORY[3]}</p></div>"
    blocks = [f"<p>{STORY[0]}</p>", f"<p>{STORY[1]}</p>", section, f"<p>{STORY[4]}</p>"]
    assert extract_article(_page(blocks), URL).body == "\n\n".join([*STORY[:2], head, *STORY[2:]])


@pytest.mark.parametrize(
    "line",
    [
        "Wie hältst du dich fit in der kalten Jahreszeit? Teile deine Tipps mit der Community.",
        "Share your thoughts in the comments below.",
        "Latest National Stories",
        "Share this article in your social network",
    ],
)
def test_calls_to_comment_a_teaser_lists_heading_and_a_share_line_are_not_the_body(
    line: str,
) -> None:
    assert _body_with(f"<div class='u8'>{line}</div>", 2) == "\n\n".join(STORY)


@pytest.mark.parametrize(
    "line",
    [
        "Die Anwohner teilen ihre Meinung nicht, sagte der Sprecher der Initiative am Abend.",
        "More stories of delays emerged on Tuesday, the harbour authority said.",
    ],
)
def test_sentences_about_sharing_views_or_more_stories_stay(line: str) -> None:
    body = _body_with(f"<p>{line}</p>", 2)
    assert body.split("\n\n") == [*STORY[:2], line, *STORY[2:]]
