"""What a block's links say about it, in any language and whatever its classes: a paywall
box leads to a log-in or subscription page, an embedded social post links the post.
Made-up pages; labels in languages the word lists do not read."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://jornal.example/2026/12/02/ponte-123"
TEXT = {
    "pt": [
        "A câmara municipal aprovou na segunda-feira a reconstrução da ponte velha sobre o rio, segundo a autarquia.",
        "As obras devem começar na primavera e durar cerca de dois anos, disse o presidente da câmara aos jornalistas.",
        "Os moradores pediam há muito tempo uma travessia segura para peões e ciclistas entre as duas margens.",
    ],
    "pl": [
        "Rada miasta zdecydowała w poniedziałek o przebudowie starego mostu na rzece, poinformował urząd miasta.",
        "Prace mają ruszyć wiosną i potrwać około dwóch lat, powiedział burmistrz podczas konferencji prasowej.",
        "Mieszkańcy od dawna domagali się bezpiecznej przeprawy dla pieszych i rowerzystów między brzegami.",
    ],
    "ko": [
        "시의회는 월요일 강을 가로지르는 낡은 다리를 다시 짓기로 결정했다고 시청이 밝혔다.",
        "공사는 내년 봄에 시작해 약 2년이 걸릴 것이라고 시장은 기자회견에서 말했다.",
        "주민들은 오랫동안 보행자와 자전거를 위한 안전한 다리를 요구해 왔다.",
    ],
    "ar": [
        "قرر المجلس البلدي يوم الاثنين إعادة بناء الجسر القديم فوق النهر، بحسب ما أعلنت البلدية.",
        "ومن المقرر أن تبدأ الأشغال في الربيع وأن تستمر نحو عامين، كما قال رئيس البلدية للصحفيين.",
        "وطالب السكان منذ سنوات طويلة بعبور آمن للمشاة وراكبي الدراجات بين ضفتي النهر.",
    ],
}


def _page(lang: str, between: str, after: str = "") -> str:
    t = TEXT[lang]
    return (
        f"<html lang='{lang}'><body><h1>Ponte velha</h1><div class='c0'>"
        f"<p>{t[0]}</p><p>{t[1]}</p>{between}<p>{t[2]}</p>{after}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "box"),
    [
        (
            "pt",
            '<div class="k1"><p>Este artigo é exclusivo para assinantes.</p>'
            '<div class="k2"><a href="/assinatura">Assine já</a></div><div class="k2"><a href="https://www.jornal.example/conta/login?back=/2026">Entrar</a></div></div>',
        ),
        (
            "pl",
            '<div class="q9"><p>Ten artykuł jest dostępny tylko dla prenumeratorów.</p>'
            '<a class="b" href="https://konto.jornal.example/subscribe/">Kup dostęp</a> <a href="/user/sign-in">Zaloguj się</a></div>',
        ),
        (
            "ko",
            '<div class="z3"><p>이 기사는 유료 회원 전용입니다.</p><dl><dt>구독하면</dt><dd>모든 기사 무제한</dd></dl>'
            '<a href="https://login.jornal.example/?return=/2026">계속 읽기</a></div>',
        ),
        (
            "ar",
            '<section class="x5"><h3>تابع القراءة</h3><p>هذا المقال متاح للمشتركين فقط.</p>'
            '<a href="/register.php?next=1">سجّل الآن</a></section>',
        ),
    ],
)
def test_a_box_whose_button_leads_to_log_in_or_subscription_leaves(lang: str, box: str) -> None:
    assert extract_article(_page(lang, box), URL).body == "\n\n".join(TEXT[lang])


@pytest.mark.parametrize(
    ("lang", "between", "kept"),
    [
        # a link inside the writer's sentence: the sentence stays
        (
            "pt",
            '<p>Quem quiser acompanhar o processo pode <a href="/assinatura">assinar</a> o boletim da câmara, que sai às sextas.</p>',
            "o boletim da câmara, que sai às sextas.",
        ),
        # a <div> paragraph linking a story whose address names a log-in ("login-problems"):
        # no account page
        (
            "pl",
            '<div class="r1">Awaria w banku trwała trzy godziny i dotknęła tysięcy klientów, <a href="/2026/11/login-problems-at-the-bank-456">pisaliśmy</a>.</div>',
            "Awaria w banku trwała trzy godziny",
        ),
    ],
)
def test_links_that_lead_to_no_account_page_stay(lang: str, between: str, kept: str) -> None:
    assert kept in (extract_article(_page(lang, between), URL).body or "")


@pytest.mark.parametrize(
    ("lang", "embed"),
    [
        (
            "pt",
            '<blockquote class="e1" data-lang="pt"><p lang="pt">A ponte vai finalmente ser reconstruída! Obrigado a todos.</p>'
            '— Câmara (@camara) <a href="https://twitter.com/camara/status/1864000000000000001?ref_src=twsrc%5Etfw">2 de dezembro de 2026</a></blockquote>',
        ),
        (
            "pl",
            '<blockquote class="h7" data-instgrm-permalink="x"><div><a href="https://www.instagram.com/p/Cabc123/">Zobacz ten post na Instagramie</a></div>'
            "<p>Nowy most już wkrótce, tak będzie wyglądał po przebudowie w przyszłym roku.</p></blockquote>",
        ),
        (
            "ko",
            '<blockquote class="u2" cite="https://www.tiktok.com/@citynews/video/7300000000000000000">'
            "<section><p>새 다리 설계도를 공개합니다. 여러분의 의견을 들려주세요.</p></section></blockquote>",
        ),
        (
            "ar",
            '<blockquote class="m4"><p>الجسر الجديد سيكون جاهزا خلال عامين، شكرا لكل من ساهم.</p>'
            '<a href="https://x.com/baladiya/status/1864000000000000002">ديسمبر 2026</a></blockquote>',
        ),
    ],
)
def test_an_embedded_social_post_is_not_body_whatever_its_classes(lang: str, embed: str) -> None:
    assert extract_article(_page(lang, embed), URL).body == "\n\n".join(TEXT[lang])


@pytest.mark.parametrize(
    "quote",
    [
        # a quotation of the writer's, with a link to the speaker's profile (not a post)
        "<blockquote><p>«Esta ponte é uma promessa cumprida para as duas margens do rio.»</p>"
        '<a href="https://twitter.com/camara">@camara</a></blockquote>',
        # a quotation linking a report
        "<blockquote><p>«O tráfego na ponte duplicou na última década, segundo o relatório.»</p>"
        '<a href="https://jornal.example/relatorio.pdf">relatório</a></blockquote>',
    ],
)
def test_a_quotation_without_a_post_link_stays(quote: str) -> None:
    body = extract_article(_page("pt", quote), URL).body or ""
    assert "promessa cumprida" in body or "duplicou na última década" in body


def _br_page(lang: str, line: str) -> str:
    t = TEXT[lang]
    text = "<br><br>".join([t[0], t[1], line, t[2]])
    return (
        f"<html lang='{lang}'><body><h1>Ponte velha</h1><div class='c0'>{text}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "pt",
            'Leia também: <a href="/2026/11/obras-na-estrada-99">Obras na estrada nacional atrasam</a>',
        ),
        (
            "pl",
            'Czytaj też | <a href="/2026/11/most-88">Nowy most w sąsiednim mieście już otwarty</a>',
        ),
        ("ko", '<a href="/2026/11/bridge-77">다른 도시의 새 다리, 다음 달 개통</a>'),
        ("ar", '► <a href="/2026/11/bridge-66">جسر جديد في المدينة المجاورة</a>'),
        # a related heading of the word lists before the link, without a colon
        (
            "pt",
            'Veja também <a href="/2026/11/rio-55">O rio subiu dois metros durante a noite</a>',
        ),
    ],
)
def test_a_promo_line_in_text_broken_by_br_is_not_body(lang: str, line: str) -> None:
    assert extract_article(_br_page(lang, line), URL).body == "\n\n".join(TEXT[lang])


@pytest.mark.parametrize(
    ("lang", "line", "kept"),
    [
        # a link inside the writer's sentence
        (
            "pt",
            'O projeto foi apresentado pela <a href="/camara">câmara municipal</a> numa sessão pública na terça-feira à noite.',
            "numa sessão pública na terça-feira",
        ),
        # a sentence ending in a link, with no label before it
        (
            "pl",
            'Szczegóły przebudowy opisał w poniedziałek <a href="/2026/11/most-88">nasz reporter z ratusza</a>',
            "Szczegóły przebudowy opisał w poniedziałek nasz reporter",
        ),
    ],
)
def test_a_line_of_br_text_with_a_link_in_its_sentence_stays(
    lang: str, line: str, kept: str
) -> None:
    assert kept in (extract_article(_br_page(lang, line), URL).body or "")
