"""Bylines of sites never seen: an agency beside the writer in any form, writers known by one
name, surnames that are an agency's name, agency staff credits, accounts and picture credits
in the byline, the same name in two casings, writers named only by their page's address,
and the site crediting itself in JSON-LD where the byline prints an agency. Invented names,
sites and markup."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

URL = "https://www.example-post.test/city/harbour-road-to-close-4711"
STORY = (
    "<p>The council voted on Tuesday to close the old harbour road for repairs, officials said, "
    "after months of complaints from the people who live along it and the shops at its end.</p>"
    "<p>Work will start in March and last about six weeks, the council's engineer told residents.</p>"
)
PUBLISHER = {"@type": "NewsMediaOrganization", "name": "Example Post"}


def _page(byline: str, head: str = "", lang: str = "en") -> bytes:
    return (
        f'<html lang="{lang}"><head><title>Harbour road to close</title>{head}</head><body>'
        f"<article><h1>Harbour road to close</h1>{byline}{STORY}</article></body></html>"
    ).encode()


def _ld(author: object) -> str:
    obj = {"@type": "NewsArticle", "headline": "Harbour road to close", "author": author,
           "publisher": PUBLISHER}  # fmt: skip
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _authors(byline: str, head: str = "", lang: str = "en") -> list[str]:
    return extract_article(_page(byline, head, lang), URL).authors


# The same writer and agency, however the byline joins them: brackets, a comma, a slash, a
# "by" word first. (Brackets gave the writer alone; a comma, a slash, both.)
@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        pytest.param("de", "Hans Meier (dpa)", ["Hans Meier", "dpa"], id="de-brackets"),
        pytest.param("de", "Hans Meier, dpa", ["Hans Meier", "dpa"], id="de-comma"),
        pytest.param("de", "Hans Meier/dpa", ["Hans Meier", "dpa"], id="de-slash"),
        pytest.param("de", "Von Hans Meier, dpa", ["Hans Meier", "dpa"], id="de-von-comma"),
        pytest.param("de", "Von Hans Meier (dpa)", ["Hans Meier", "dpa"], id="de-von-brackets"),
        pytest.param("de", "Von Hans Meier/dpa", ["Hans Meier", "dpa"], id="de-von-slash"),
        pytest.param("de", '<a href="/autor/hans-meier">Hans Meier</a> (dpa)', ["Hans Meier", "dpa"], id="de-linked-brackets"),
        pytest.param("es", "Por Ana García (EFE)", ["Ana García", "EFE"], id="es-brackets"),
        pytest.param("fr", "Par Claire Dupont (AFP)", ["Claire Dupont", "AFP"], id="fr-brackets"),
        pytest.param("en", "By Jane Doe (Reuters)", ["Jane Doe", "Reuters"], id="en-brackets"),
        pytest.param("cs", "Jan Novák (ČTK)", ["Jan Novák", "ČTK"], id="cs-brackets"),
        pytest.param("de", "Hans Meier (dpa/AFP)", ["Hans Meier", "dpa", "AFP"], id="de-two-agencies"),
        # guards: initials in brackets are no agency; a dateline's place is no writer
        pytest.param("de", "Hans Meier (hm)", ["Hans Meier"], id="de-initials"),
        pytest.param("de", "Berlin (dpa)", ["dpa"], id="de-dateline"),
        pytest.param("pt", "Porto Alegre (Lusa)", ["Lusa"], id="pt-dateline-of-two-words"),
    ],
)  # fmt: skip
def test_an_agency_beside_the_writer_reads_the_same_in_any_form(
    lang: str, line: str, expected: list[str]
) -> None:
    assert _authors(f'<div class="byline">{line}</div>', lang=lang) == expected


# A writer known by one name before an agency: after a "by" word, or linked to her page; one
# word alone before an agency in brackets stays a dispatch's dateline.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param('<div class="byline">Oleh Aditya (Antara)</div>', ["Aditya", "Antara"], id="oleh-brackets"),
        pytest.param("<p>Oleh Aditya (Antara)</p>", ["Aditya", "Antara"], id="oleh-line"),
        pytest.param('<div class="byline"><a href="/penulis/aditya">Aditya</a> (Antara)</div>', ["Aditya", "Antara"], id="linked"),
        pytest.param('<div class="byline">Aditya (Antara)</div><p><a href="/penulis/aditya">Aditya</a></p>', ["Aditya", "Antara"], id="linked-elsewhere"),
        pytest.param('<div class="byline">Aditya (Antara)</div>', ["Antara"], id="no-evidence-is-a-dateline"),
        pytest.param('<div class="byline">JAKARTA (Antara)</div>', ["Antara"], id="capitals-dateline"),
    ],
)  # fmt: skip
def test_a_writer_of_one_name_before_an_agency(line: str, expected: list[str]) -> None:
    assert _authors(line, lang="id") == expected


# A surname that is an agency's or outlet's name, after given names only: one person.
@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        pytest.param("en", "By Mary Ann Bloomberg", ["Mary Ann Bloomberg"], id="mary-ann"),
        pytest.param("en", "Mary Ann Bloomberg", ["Mary Ann Bloomberg"], id="mary-ann-no-by"),
        pytest.param("fr", "Par Anne Marie Bloomberg", ["Anne Marie Bloomberg"], id="anne-marie"),
        pytest.param("fr", "Par Jean-Luc Reuters", ["Jean-Luc Reuters"], id="jean-luc"),
        pytest.param("fr", "Par Jean Luc Reuters", ["Jean Luc Reuters"], id="jean-luc-spaced"),
        pytest.param("pt", "Por Maria José Reuters", ["Maria José Reuters"], id="maria-jose"),
        pytest.param("es", "Por José María Bloomberg", ["José María Bloomberg"], id="jose-maria"),
        pytest.param("en", "By Mary Ann Bloomberg and Jane Doe", ["Mary Ann Bloomberg", "Jane Doe"], id="in-a-list"),
        # guards: a full name before it is another credit; a Vietnamese full name too
        pytest.param("en", "Jane Doe Reuters", ["Jane Doe", "Reuters"], id="full-name-then-agency"),
        pytest.param("vi", "Nguyen Thi Minh Reuters", ["Nguyen Thi Minh", "Reuters"], id="vi-full-name"),
        pytest.param("vi", "Nguyen Thi Minh", ["Nguyen Thi Minh"], id="vi-three-words"),
        pytest.param("es", "Por José María Álvarez y Ana Ruiz", ["José María Álvarez", "Ana Ruiz"], id="es-double-given"),
    ],
)  # fmt: skip
def test_a_surname_that_is_an_agencys_name(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(f'<div class="byline">{line}</div>', lang=lang) == expected


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        pytest.param({"@type": "Person", "name": "Mary Ann Bloomberg"}, ["Mary Ann Bloomberg"], id="mary-ann"),
        pytest.param({"@type": "Person", "name": "Anna Reuters"}, ["Anna Reuters"], id="one-given-name"),
        pytest.param([{"@type": "Person", "name": "Jane Doe"}, {"@type": "Organization", "name": "Reuters"}], ["Jane Doe", "Reuters"], id="listed-guard"),
    ],
)  # fmt: skip
def test_a_jsonld_entry_names_one_person(author: object, expected: list[str]) -> None:
    assert _authors("", _ld(author)) == expected


# Agency staff credits, accounts, and a picture's credit after the byline.
@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        pytest.param("en", "Reuters staff", ["Reuters"], id="reuters-staff"),
        pytest.param("en", "By Reuters Staff", ["Reuters"], id="by-reuters-staff"),
        pytest.param("en", "AFP correspondent", ["AFP"], id="afp-correspondent"),
        pytest.param("en", "By Jane Doe @janedoe", ["Jane Doe"], id="handle"),
        pytest.param("en", "By Jane Doe, @janedoe", ["Jane Doe"], id="handle-comma"),
        pytest.param("en", "By Jane Doe | Photo: John Roe/AFP", ["Jane Doe"], id="photo-agency"),
        pytest.param("de", "Von Anna Muster, Foto: Bernd Beispiel/dpa", ["Anna Muster"], id="de-foto-agency"),
        pytest.param("es", "Por Ana García | Foto: Luis Pérez/EFE", ["Ana García"], id="es-foto-agency"),
        # guards: an e-mail's "@" is cut as before; a writer's agency after the photo is hers
        pytest.param("en", "By Jane Doe jane.doe@example.com", ["Jane Doe"], id="email"),
        pytest.param("en", "By Jane Doe, AFP | Photo: John Roe", ["Jane Doe", "AFP"], id="agency-before-photo"),
    ],
)  # fmt: skip
def test_staff_accounts_and_picture_credits(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(f'<div class="byline">{line}</div>', lang=lang) == expected


@pytest.mark.parametrize(
    ("author", "byline", "expected"),
    [
        pytest.param({"@type": "Person", "name": "Reuters staff"}, "", ["Reuters"], id="ld-staff"),
        pytest.param({"@type": "Person", "name": "Jane Doe @janedoe"}, "", ["Jane Doe"], id="ld-handle"),
        # the same name in capitals and in mixed case: once, as written in mixed case
        pytest.param([{"@type": "Person", "name": "JANE DOE"}, {"@type": "Person", "name": "Jane Doe"}], "", ["Jane Doe"], id="ld-casing"),
        pytest.param(None, '<div class="byline">By JANE DOE and Jane Doe</div>', ["Jane Doe"], id="byline-casing"),
        pytest.param(None, '<div class="byline">By JANE DOE</div>', ["JANE DOE"], id="capitals-alone-guard"),
    ],
)  # fmt: skip
def test_jsonld_staff_handles_and_casing(author: object, byline: str, expected: list[str]) -> None:
    assert _authors(byline, _ld(author) if author else "") == expected


# A writer named only by her page's address (a JSON-LD name or url, an article:author meta).
@pytest.mark.parametrize(
    ("head", "byline", "expected"),
    [
        pytest.param(_ld({"@type": "Person", "name": "https://www.example-post.test/author/jane-doe/"}), "", ["Jane Doe"], id="ld-name-url"),
        pytest.param(_ld({"@type": "Person", "url": "https://www.example-post.test/autor/anna-muster-42"}), "", ["Anna Muster"], id="ld-url-only"),
        pytest.param('<meta property="article:author" content="https://www.example-post.test/author/jane-doe">', "", ["Jane Doe"], id="meta-url"),
        # guards: a social profile is no writer's page; a printed byline wins over the slug
        pytest.param('<meta property="article:author" content="https://www.facebook.com/examplepost">', "", [], id="social-profile"),
        pytest.param(_ld({"@type": "Person", "name": "https://www.example-post.test/author/jose-garcia"}), '<div class="byline">Por José García</div>', ["José García"], id="byline-wins"),
        pytest.param(_ld({"@type": "Person", "name": "https://www.example-post.test/author/12345"}), "", [], id="number-slug"),
    ],
)  # fmt: skip
def test_a_writer_named_by_her_pages_address(head: str, byline: str, expected: list[str]) -> None:
    assert _authors(byline, head) == expected


# The site itself as JSON-LD author (a CMS default) and an agency printed in the byline: the
# agency. A person printed wins over both; a JSON-LD newsroom of another name stays.
@pytest.mark.parametrize(
    ("author", "byline", "expected"),
    [
        pytest.param({"@type": "Organization", "name": "Example Post"}, "By Reuters", ["Reuters"], id="org-site"),
        pytest.param({"@type": "Person", "name": "Example Post"}, "AFP", ["AFP"], id="person-site"),
        pytest.param({"@type": "Organization", "name": "Example Post"}, "By Jane Doe", ["Jane Doe"], id="person-printed"),
        pytest.param({"@type": "Organization", "name": "Example Post Metro Desk"}, "By Reuters", ["Example Post Metro Desk"], id="other-newsroom-guard"),
    ],
)  # fmt: skip
def test_the_site_crediting_itself_yields_to_a_printed_agency(
    author: object, byline: str, expected: list[str]
) -> None:
    assert _authors(f'<div class="byline">{byline}</div>', _ld(author)) == expected


# A Japanese role written apart from the name, and where the reporter is posted before it, in
# a line with no byline markup (a "<p>" under the headline) as in a byline block.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("山田太郎 特派員", ["山田太郎"], id="role-after-spaced"),
        pytest.param("北京特派員 山田太郎", ["山田太郎"], id="posted-role-first"),
        pytest.param("ソウル支局長 山田太郎", ["山田太郎"], id="bureau-chief-first"),
        pytest.param("編集委員 山田太郎", ["山田太郎"], id="senior-writer-first"),
        pytest.param("論説委員 山田太郎、佐藤花子", ["山田太郎", "佐藤花子"], id="two-names"),
        pytest.param("山田太郎記者", ["山田太郎"], id="reporter-guard"),
    ],
)  # fmt: skip
@pytest.mark.parametrize(
    "wrap", ["<p>{}</p>", '<div class="byline">{}</div>'], ids=["line", "block"]
)
def test_japanese_roles_and_posts_around_the_name(
    wrap: str, line: str, expected: list[str]
) -> None:
    assert _authors(wrap.format(line), lang="ja") == expected


# A writer known by one name after a "by" word or a label, in a line with no byline markup; a
# CMS account's name ("Admin") is no writer there or in a byline block.
@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        pytest.param("pt", "<p>Por Tiago | Lusa</p>", ["Tiago", "Lusa"], id="pt-one-name-agency"),
        pytest.param("id", "<p>Penulis: Aditya (Antara)</p>", ["Aditya", "Antara"], id="id-label"),
        pytest.param("en", "<p>By Admin</p>", [], id="admin-line"),
        pytest.param("en", '<div class="byline">By Admin</div>', [], id="admin-block"),
        pytest.param("en", '<div class="byline">Von Webmaster</div>', [], id="webmaster-block"),
        pytest.param("en", "<p>By Staff</p>", [], id="staff-guard"),
    ],
)  # fmt: skip
def test_one_name_after_a_by_word_and_no_account(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(line, lang=lang) == expected


def test_a_name_before_its_role_and_post_keeps_the_name() -> None:
    """The role's post before it is a place in katakana or of up to three kanji: a name of
    four before "特派員" is no post (a post of any length would leave "ワシントン")."""
    found = _authors("<p>山田太郎特派員 ワシントン</p>", lang="ja")
    assert found == ["山田太郎"]
