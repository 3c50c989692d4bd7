"""Bylines of sites never seen, in languages other than German and English (issue 10,
authors-23): whole invented pages with the author where real CMSs print it -- JSON-LD
author as a Person, an Organization, a list, a string or a URL; an author meta holding the
site's name; rel=author links; "Name | Role"; a photo credit beside the byline; an agency
credited with the language's "with"; several writers joined by the language's "and"; an
author box at the end; a contributor line ("Colaboró ...").

Every name, site and sentence here is made up for the test.
"""

# ruff: noqa: E501  -- table rows read best one page per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

URL = "https://www.invented-daily.example/news/2026/12/05/a-story-41.html"
SITE = "Invented Daily"

STORY = {
    "fr": "Le conseil municipal a adopté hier soir le nouveau plan des pistes cyclables pour le centre historique de la ville.",
    "es": "El pleno municipal aprobó anoche el nuevo plan de carriles bici para el casco histórico de la ciudad y sus barrios.",
    "pt": "A prefeitura aprovou ontem à noite o novo plano de ciclovias para o centro histórico da cidade e seus bairros.",
    "it": "Il consiglio comunale ha approvato ieri sera il nuovo piano per le piste ciclabili del centro storico della città.",
    "nl": "De gemeenteraad heeft gisteravond het nieuwe plan voor fietspaden in de historische binnenstad goedgekeurd.",
    "pl": "Rada miasta przyjęła wczoraj wieczorem nowy plan ścieżek rowerowych dla historycznego centrum miasta.",
    "cs": "Zastupitelstvo včera večer schválilo nový plán cyklostezek pro historické centrum města a jeho okolí.",
    "ro": "Consiliul local a aprobat aseară noul plan pentru pistele de biciclete din centrul istoric al orașului.",
    "hu": "A városi közgyűlés tegnap este elfogadta a történelmi belváros új kerékpárút-tervét és annak költségeit.",
    "sv": "Kommunfullmäktige godkände i går kväll den nya planen för cykelbanor i den historiska stadskärnan.",
    "nb": "Bystyret vedtok i går kveld den nye planen for sykkelveier i det historiske sentrum av byen.",
    "da": "Byrådet vedtog i aftes den nye plan for cykelstier i den historiske bymidte og de nærmeste kvarterer.",
    "fi": "Kaupunginvaltuusto hyväksyi eilen illalla uuden suunnitelman historiallisen keskustan pyöräteistä.",
    "el": "Το δημοτικό συμβούλιο ενέκρινε χθες το βράδυ το νέο σχέδιο για ποδηλατοδρόμους στο ιστορικό κέντρο.",
    "tr": "Belediye meclisi dün akşam tarihi şehir merkezi için yeni bisiklet yolu planını oy çokluğuyla kabul etti.",
    "ru": "Городской совет вчера вечером утвердил новый план велосипедных дорожек для исторического центра города.",
    "uk": "Міська рада вчора ввечері затвердила новий план велосипедних доріжок для історичного центру міста.",
    "ar": "وافق المجلس البلدي مساء أمس على الخطة الجديدة لمسارات الدراجات في وسط المدينة التاريخي القديم.",
    "he": "מועצת העיר אישרה אמש את התוכנית החדשה לשבילי אופניים במרכז ההיסטורי של העיר העתיקה.",
    "hi": "नगर परिषद ने कल शाम शहर के ऐतिहासिक केंद्र के लिए साइकिल पथों की नई योजना को मंजूरी दे दी।",
    "id": "Dewan kota kemarin malam menyetujui rencana baru jalur sepeda untuk pusat kota yang bersejarah itu.",
    "vi": "Hội đồng thành phố tối qua đã thông qua kế hoạch mới về làn đường xe đạp cho khu phố cổ của thành phố.",
    "ja": "市議会は昨夜、歴史的な中心市街地の自転車道に関する新しい計画を賛成多数で承認した。",
    "ko": "시의회는 어젯밤 역사 지구의 자전거 도로에 관한 새 계획을 찬성 다수로 승인했다.",
    "zh": "市议会昨晚以多数票通过了历史城区自行车道的新规划，预计明年春天开工建设。",
    "ca": "El ple municipal va aprovar ahir a la nit el nou pla de carrils bici per al nucli antic de la ciutat.",
    "gl": "O pleno municipal aprobou onte á noite o novo plan de carrís bici para o casco vello da cidade.",
    "sk": "Mestské zastupiteľstvo včera večer schválilo nový plán cyklotrás pre historické centrum mesta.",
    "hr": "Gradsko vijeće sinoć je usvojilo novi plan biciklističkih staza za povijesnu jezgru grada.",
    "lt": "Miesto taryba vakar vakare patvirtino naują dviračių takų planą istoriniam miesto centrui.",
    "sw": "Baraza la jiji jana usiku liliidhinisha mpango mpya wa njia za baiskeli katikati ya mji wa kihistoria.",
}


def _page(lang: str, head: str = "", under: str = "", after: str = "") -> str:
    text = "".join(f"<p>{STORY[lang]} ({i})</p>" for i in range(4))
    return (
        f"<html lang='{lang}'><head><title>Cycle lanes | {SITE}</title>"
        f"<meta property='og:site_name' content='{SITE}'>{head}</head><body>"
        f"<header><a href='/'>{SITE}</a></header><main><article>"
        f"<h1>Cycle lanes for the old town</h1>{under}{text}{after}</article></main>"
        f"<footer><p>© 2026 {SITE}</p></footer></body></html>"
    )


def _ld(author: object) -> str:
    obj = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Cycle lanes for the old town",
        "author": author,
    }
    return f"<script type='application/ld+json'>{json.dumps(obj, ensure_ascii=False)}</script>"


def _person(name: str, url: str = "") -> dict[str, str]:
    return {"@type": "Person", "name": name, **({"url": url} if url else {})}


def _org(name: str) -> dict[str, str]:
    return {"@type": "Organization", "name": name}


_META_SITE = f"<meta name='author' content='{SITE}'>"


def _graph(name: str) -> str:
    """Yoast's shape: the article's author an @id, the Person in the @graph beside it."""
    person = "https://www.invented-daily.example/#/schema/person/1a2b"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": "Cycle lanes for the old town",
                "author": {"@id": person},
            },
            {"@type": "Person", "@id": person, "name": name},
        ],
    }
    return f"<script type='application/ld+json'>{json.dumps(graph, ensure_ascii=False)}</script>"


def _by(text: str) -> str:
    return f"<div class='byline'>{text}</div>"


def _line(text: str) -> str:
    return f"<p>{text}</p>"


def _box(name: str, bio: str) -> str:
    return f"<div class='author-box'><img src='/a.jpg' alt=''><h4><a href='/author/{name.lower().replace(' ', '-')}'>{name}</a></h4><p>{bio}</p></div>"


def _rel(name: str) -> str:
    return f"<div class='meta'><a rel='author' href='/author/{name.lower().replace(' ', '-')}'>{name}</a> · 5.12.2026</div>"


# (id, lang, head, under the headline, after the story, authors)
PAGES = [
    # French
    ("fr-ld-person", "fr", _ld(_person("Jeanne Martin")), _by("Par Jeanne Martin"), "", ["Jeanne Martin"]),
    ("fr-avec-afp", "fr", _META_SITE, _by("Par Jeanne Martin avec AFP"), "", ["Jeanne Martin", "AFP"]),
    ("fr-et", "fr", "", _by("Par Jeanne Martin et Paul Durand"), "", ["Jeanne Martin", "Paul Durand"]),
    ("fr-photo", "fr", "", _by("Par Jeanne Martin | Photos : Paul Durand"), "", ["Jeanne Martin"]),
    ("fr-role", "fr", "", _by("Jeanne Martin | Journaliste"), "", ["Jeanne Martin"]),
    ("fr-la-redaction", "fr", "", _by("Par La Rédaction"), "", ["La Rédaction"]),
    # Spanish
    ("es-ld-array", "es", _ld([_person("Ana García"), _person("Luis Pérez")]), "", "", ["Ana García", "Luis Pérez"]),
    ("es-con-efe", "es", "", _by("Por Ana García con EFE"), "", ["Ana García", "EFE"]),
    ("es-y", "es", "", _by("Ana García y Luis Pérez"), "", ["Ana García", "Luis Pérez"]),
    ("es-colaboro", "es", "", _by("Por Ana García"), _line("Colaboró: Luis Pérez"), ["Ana García"]),
    ("es-redaccion", "es", "", _by("Por la Redacción"), "", ["Redacción"]),
    ("es-role", "es", "", _by("Ana García | Corresponsal en Bruselas"), "", ["Ana García"]),
    # Portuguese / Brazilian
    ("pt-ld-string", "pt", _ld("Mariana Souza"), "", "", ["Mariana Souza"]),
    ("pt-e", "pt", "", _by("Por Mariana Souza e João Lima"), "", ["Mariana Souza", "João Lima"]),
    ("pt-folhapress", "pt", "", _by("Mariana Souza, com Agência Brasil"), "", ["Mariana Souza", "Agência Brasil"]),
    ("pt-rel", "pt", "", _rel("Mariana Souza"), "", ["Mariana Souza"]),
    ("pt-foto", "pt", "", _by("Texto: Mariana Souza | Foto: João Lima"), "", ["Mariana Souza"]),
    # Italian
    ("it-di", "it", "", _by("di Marco Rossi"), "", ["Marco Rossi"]),
    ("it-e", "it", "", _by("di Marco Rossi e Giulia Bianchi"), "", ["Marco Rossi", "Giulia Bianchi"]),
    ("it-ansa", "it", _META_SITE, _by("Marco Rossi (con ANSA)"), "", ["Marco Rossi", "ANSA"]),
    ("it-box", "it", "", "", _box("Giulia Bianchi", "Giornalista, scrive di politica locale dal 2010."), ["Giulia Bianchi"]),
    # Dutch
    ("nl-door", "nl", "", _by("Door Jan de Vries"), "", ["Jan de Vries"]),
    ("nl-en", "nl", "", _by("Door Jan de Vries en Sanne Bakker"), "", ["Jan de Vries", "Sanne Bakker"]),
    ("nl-anp", "nl", _META_SITE, _by("Jan de Vries, ANP"), "", ["Jan de Vries", "ANP"]),
    # Polish
    ("pl-autor", "pl", "", _by("Autor: Jan Kowalski"), "", ["Jan Kowalski"]),
    ("pl-i", "pl", "", _by("Jan Kowalski i Anna Nowak"), "", ["Jan Kowalski", "Anna Nowak"]),
    ("pl-pap", "pl", _ld(_org(SITE)), _by("Jan Kowalski / PAP"), "", ["Jan Kowalski", "PAP"]),
    # Czech
    ("cs-a", "cs", "", _by("Jan Novák a Petra Svobodová"), "", ["Jan Novák", "Petra Svobodová"]),
    ("cs-ctk", "cs", "", _by("Jan Novák, ČTK"), "", ["Jan Novák", "ČTK"]),
    ("cs-foto", "cs", "", _by("Autor: Jan Novák | Foto: Petra Svobodová"), "", ["Jan Novák"]),
    # Romanian
    ("ro-de", "ro", "", _by("de Ion Popescu"), "", ["Ion Popescu"]),
    ("ro-De-line", "ro", "", _line("De Ion Popescu"), "", ["Ion Popescu"]),
    ("ro-si", "ro", "", _by("Ion Popescu și Maria Ionescu"), "", ["Ion Popescu", "Maria Ionescu"]),
    # Hungarian
    ("hu-es", "hu", "", _by("Kovács Anna és Nagy Péter"), "", ["Kovács Anna", "Nagy Péter"]),
    ("hu-mti", "hu", "", _by("Kovács Anna / MTI"), "", ["Kovács Anna", "MTI"]),
    # Nordic
    ("sv-av", "sv", "", _by("Av Karin Lind och Erik Berg"), "", ["Karin Lind", "Erik Berg"]),
    ("sv-tt", "sv", _META_SITE, _by("Karin Lind/TT"), "", ["Karin Lind", "TT"]),
    ("nb-ntb", "nb", "", _by("Kari Nordmann, NTB"), "", ["Kari Nordmann", "NTB"]),
    ("da-af", "da", "", _by("Af Mette Hansen"), "", ["Mette Hansen"]),
    ("da-ritzau", "da", "", _by("Mette Hansen, Ritzau"), "", ["Mette Hansen", "Ritzau"]),
    ("fi-ja", "fi", "", _by("Matti Virtanen ja Liisa Korhonen"), "", ["Matti Virtanen", "Liisa Korhonen"]),
    ("fi-stt", "fi", "", _by("Matti Virtanen | STT"), "", ["Matti Virtanen", "STT"]),
    # Greek
    ("el-kai", "el", "", _by("Του Γιώργου Παπαδόπουλου και της Μαρίας Νικολάου"), "", ["Γιώργου Παπαδόπουλου", "Μαρίας Νικολάου"]),
    ("el-apo", "el", "", _by("Από τον Γιώργο Παπαδόπουλο"), "", ["Γιώργο Παπαδόπουλο"]),
    # Turkish
    ("tr-ve", "tr", "", _by("Ahmet Yılmaz ve Ayşe Demir"), "", ["Ahmet Yılmaz", "Ayşe Demir"]),
    ("tr-aa", "tr", "", _by("Ahmet Yılmaz / AA"), "", ["Ahmet Yılmaz", "AA"]),
    ("tr-ld", "tr", _ld({"@type": "Person", "name": "Ayşe Demir", "url": "https://www.invented-daily.example/yazar/ayse-demir"}), "", "", ["Ayşe Demir"]),
    # Russian / Ukrainian
    ("ru-i", "ru", "", _by("Иван Петров и Мария Смирнова"), "", ["Иван Петров", "Мария Смирнова"]),
    ("ru-tass", "ru", _META_SITE, _by("Иван Петров, ТАСС"), "", ["Иван Петров", "ТАСС"]),
    ("ru-avtor", "ru", "", _by("Автор: Иван Петров"), "", ["Иван Петров"]),
    ("uk-ta", "uk", "", _by("Олена Шевченко та Андрій Коваленко"), "", ["Олена Шевченко", "Андрій Коваленко"]),
    ("uk-ukrinform", "uk", "", _by("Олена Шевченко | Фото: Андрій Коваленко"), "", ["Олена Шевченко"]),
    # Arabic
    ("ar-bqalam", "ar", "", _by("بقلم أحمد علي"), "", ["أحمد علي"]),
    ("ar-wa", "ar", "", _by("أحمد علي وسارة حسن"), "", ["أحمد علي", "سارة حسن"]),
    ("ar-ld", "ar", _ld([_person("أحمد علي")]), "", "", ["أحمد علي"]),
    # Hebrew
    ("he-ld", "he", _ld(_person("יוסי כהן")), "", "", ["יוסי כהן"]),
    ("he-ve", "he", "", _by("יוסי כהן ודנה לוי"), "", ["יוסי כהן", "דנה לוי"]),
    # Hindi
    ("hi-ld", "hi", _ld(_person("राहुल शर्मा")), "", "", ["राहुल शर्मा"]),
    ("hi-aur", "hi", "", _by("राहुल शर्मा और प्रिया वर्मा"), "", ["राहुल शर्मा", "प्रिया वर्मा"]),
    # Indonesian
    ("id-penulis", "id", "", _by("Penulis: Budi Santoso | Editor: Siti Rahayu"), "", ["Budi Santoso"]),
    ("id-dan", "id", "", _by("Budi Santoso dan Siti Rahayu"), "", ["Budi Santoso", "Siti Rahayu"]),
    ("id-antara", "id", _META_SITE, _by("Budi Santoso (Antara)"), "", ["Budi Santoso", "Antara"]),
    # Vietnamese
    ("vi-dash", "vi", "", _by("Nguyễn Văn An - Trần Thị Bình"), "", ["Nguyễn Văn An", "Trần Thị Bình"]),
    ("vi-va", "vi", "", _by("Nguyễn Văn An và Trần Thị Bình"), "", ["Nguyễn Văn An", "Trần Thị Bình"]),
    ("vi-ttxvn", "vi", "", _by("Nguyễn Văn An/TTXVN"), "", ["Nguyễn Văn An", "TTXVN"]),
    # Japanese
    ("ja-kisha", "ja", "", _by("山田太郎記者"), "", ["山田太郎"]),
    ("ja-ld", "ja", _ld(_person("山田太郎")), "", "", ["山田太郎"]),
    # Korean
    ("ko-gija", "ko", "", _by("김민수 기자"), "", ["김민수"]),
    ("ko-two", "ko", "", _by("김민수·이영희 기자"), "", ["김민수", "이영희"]),
    # Chinese
    ("zh-jizhe", "zh", "", _by("记者 张伟 李华"), "", ["张伟", "李华"]),
    ("zh-wen", "zh", "", _by("文/张伟"), "", ["张伟"]),
    # Swahili
    ("sw-na", "sw", "", _by("Na Juma Mwangi"), "", ["Juma Mwangi"]),
    ("sw-na-two", "sw", "", _by("Na Juma Mwangi na Amina Hassan"), "", ["Juma Mwangi", "Amina Hassan"]),
    # the JSON-LD author as a URL beside a byline naming her
    ("fr-ld-url", "fr", _ld("https://www.invented-daily.example/auteur/jeanne-martin"), _by("Par Jeanne Martin"), "", ["Jeanne Martin"]),
    # an organisation in JSON-LD, the person in the byline
    ("es-ld-org", "es", _ld(_org(SITE)), _by("Por Ana García"), "", ["Ana García"]),
    ("it-ld-org-only", "it", _ld(_org(SITE)) + _META_SITE, "", "", [SITE]),
    # a second round: roles, photo credits, contributors, boxes, lists, agencies
    ("fr-role-bar", "fr", _META_SITE, _by("Jeanne Martin | Rédactrice en chef adjointe"), "", ["Jeanne Martin"]),
    ("fr-photo-credit", "fr", "", _by("Par Jeanne Martin") + "<figure><img src='/p.jpg'><figcaption>Photo Paul Durand / AFP</figcaption></figure>", "", ["Jeanne Martin"]),
    ("fr-box-end", "fr", _META_SITE, "", _box("Jeanne Martin", "Journaliste au service politique depuis 2015."), ["Jeanne Martin"]),
    ("fr-trois", "fr", "", _by("Par Jeanne Martin, Paul Durand et Claire Petit"), "", ["Jeanne Martin", "Paul Durand", "Claire Petit"]),
    # a contributor the byline credits is credited, as "Mitarbeit: ..." is
    ("es-colaboracion", "es", "", _by("Ana García | Con la colaboración de Luis Pérez"), "", ["Ana García", "Luis Pérez"]),
    ("es-europa-press", "es", _META_SITE, _by("Ana García / Europa Press"), "", ["Ana García", "Europa Press"]),
    ("es-ld-two-string", "es", _ld("Ana García y Luis Pérez"), "", "", ["Ana García", "Luis Pérez"]),
    ("es-inverted", "es", "", _by("García, Ana"), "", ["Ana García"]),
    ("pt-colaborou", "pt", "", _by("Por Mariana Souza"), _line("Colaborou João Lima"), ["Mariana Souza"]),
    ("pt-da-redacao-lusa", "pt", "", _by("Da Redação, com Lusa"), "", ["Lusa"]),
    ("pt-role", "pt", "", _by("Mariana Souza | Repórter"), "", ["Mariana Souza"]),
    ("pt-ld-array-org", "pt", _ld([_person("Mariana Souza"), _org("Agência Brasil")]), "", "", ["Mariana Souza", "Agência Brasil"]),
    ("it-foto", "it", "", _by("di Marco Rossi | Foto di Giulia Bianchi"), "", ["Marco Rossi"]),
    ("it-role", "it", "", _by("Marco Rossi | Giornalista"), "", ["Marco Rossi"]),
    ("it-media-group", "it", "", _by("Marco Rossi / Gruppo Esempio Media"), "", ["Marco Rossi"]),
    ("nl-foto", "nl", "", _by("Door Jan de Vries | Foto: Sanne Bakker"), "", ["Jan de Vries"]),
    ("nl-role", "nl", "", _by("Jan de Vries | Verslaggever"), "", ["Jan de Vries"]),
    ("pl-oprac", "pl", "", _by("oprac. Anna Nowak"), "", ["Anna Nowak"]),
    ("pl-foto", "pl", "", _by("Jan Kowalski | Fot. Anna Nowak"), "", ["Jan Kowalski"]),
    ("cs-rel", "cs", "", _rel("Jan Novák"), "", ["Jan Novák"]),
    ("ro-foto", "ro", "", _by("Ion Popescu | Foto: Maria Ionescu"), "", ["Ion Popescu"]),
    ("ro-agerpres", "ro", "", _by("Ion Popescu, Agerpres"), "", ["Ion Popescu", "Agerpres"]),
    ("hu-foto", "hu", "", _by("Kovács Anna | Fotó: Nagy Péter"), "", ["Kovács Anna"]),
    ("sv-foto", "sv", "", _by("Karin Lind | Foto: Erik Berg"), "", ["Karin Lind"]),
    ("nb-og", "nb", "", _by("Kari Nordmann og Ola Hansen"), "", ["Kari Nordmann", "Ola Hansen"]),
    ("da-og", "da", "", _by("Af Mette Hansen og Lars Nielsen"), "", ["Mette Hansen", "Lars Nielsen"]),
    ("fi-kuva", "fi", "", _by("Matti Virtanen | Kuva: Liisa Korhonen"), "", ["Matti Virtanen"]),
    ("el-ld", "el", _ld(_person("Μαρία Νικολάου")), "", "", ["Μαρία Νικολάου"]),
    ("tr-foto", "tr", "", _by("Ahmet Yılmaz | Fotoğraf: Ayşe Demir"), "", ["Ahmet Yılmaz"]),
    ("tr-dha", "tr", "", _by("Ahmet Yılmaz - DHA"), "", ["Ahmet Yılmaz", "DHA"]),
    ("ru-foto", "ru", "", _by("Иван Петров | Фото: Мария Смирнова"), "", ["Иван Петров"]),
    ("ru-ria", "ru", "", _by("Иван Петров, РИА Новости"), "", ["Иван Петров", "РИА Новости"]),
    ("uk-box", "uk", "", "", _box("Олена Шевченко", "Журналістка, пише про місто та його мешканців."), ["Олена Шевченко"]),
    ("ar-role", "ar", "", _by("أحمد علي | مراسل"), "", ["أحمد علي"]),
    ("ar-kataba", "ar", "", _by("كتب: أحمد علي"), "", ["أحمد علي"]),
    ("he-meet", "he", "", _by("מאת יוסי כהן"), "", ["יוסי כהן"]),
    ("hi-rel", "hi", "", _rel("राहुल शर्मा"), "", ["राहुल शर्मा"]),
    ("hi-pti", "hi", "", _by("राहुल शर्मा, पीटीआई"), "", ["राहुल शर्मा", "पीटीआई"]),
    ("id-oleh", "id", "", _by("Oleh Budi Santoso"), "", ["Budi Santoso"]),
    ("id-kontributor", "id", "", _by("Kontributor Bandung, Budi Santoso"), "", ["Budi Santoso"]),
    ("vi-anh", "vi", "", _by("Nguyễn Văn An | Ảnh: Trần Thị Bình"), "", ["Nguyễn Văn An"]),
    ("vi-place", "vi", "", _by("Nguyễn Văn An - TP.HCM"), "", ["Nguyễn Văn An"]),
    ("ja-two", "ja", "", _by("山田太郎、佐藤花子"), "", ["山田太郎", "佐藤花子"]),
    ("ko-email", "ko", "", _by("김민수 기자 minsu@invented-daily.example"), "", ["김민수"]),
    ("zh-bianji", "zh", "", _by("记者 张伟 编辑 李华"), "", ["张伟"]),
    ("zh-ld", "zh", _ld(_person("张伟")), "", "", ["张伟"]),
    ("sw-mwandishi", "sw", "", _by("Mwandishi: Juma Mwangi"), "", ["Juma Mwangi"]),
    ("sw-box", "sw", "", "", _box("Amina Hassan", "Mwandishi wa habari za mji na siasa tangu mwaka 2012."), ["Amina Hassan"]),
    # a third round: contributors in the byline, more roles, credits and agencies
    ("it-collab-line", "it", "", _by("di Marco Rossi"), _line("Ha collaborato Giulia Bianchi"), ["Marco Rossi"]),
    ("it-con-ansa", "it", "", _by("Marco Rossi con Ansa"), "", ["Marco Rossi", "Ansa"]),
    ("nl-medewerking", "nl", "", _by("Jan de Vries | Met medewerking van Sanne Bakker"), "", ["Jan de Vries", "Sanne Bakker"]),
    ("pl-wspolpraca", "pl", "", _by("Jan Kowalski, współpraca: Anna Nowak"), "", ["Jan Kowalski", "Anna Nowak"]),
    ("cs-spoluprace", "cs", "", _by("Jan Novák, spolupráce: Petra Svobodová"), "", ["Jan Novák", "Petra Svobodová"]),
    ("fr-collab", "fr", "", _by("Par Jeanne Martin, avec la collaboration de Paul Durand"), "", ["Jeanne Martin", "Paul Durand"]),
    ("es-colaboro-line", "es", "", _by("Por Ana García"), _line("Colaboró en esta información Luis Pérez."), ["Ana García"]),
    ("pt-colab-inline", "pt", "", _by("Mariana Souza, colaborou João Lima"), "", ["Mariana Souza", "João Lima"]),
    ("ro-cu", "ro", "", _by("Ion Popescu, cu Agerpres"), "", ["Ion Popescu", "Agerpres"]),
    ("sv-med-tt", "sv", "", _by("Karin Lind, med TT"), "", ["Karin Lind", "TT"]),
    ("fi-role", "fi", "", _by("Matti Virtanen | Toimittaja"), "", ["Matti Virtanen"]),
    ("el-role", "el", "", _by("Μαρία Νικολάου | Δημοσιογράφος"), "", ["Μαρία Νικολάου"]),
    ("tr-muhabir", "tr", "", _by("Ahmet Yılmaz | Muhabir"), "", ["Ahmet Yılmaz"]),
    ("ru-korr", "ru", "", _by("Иван Петров | Корреспондент"), "", ["Иван Петров"]),
    ("hi-role", "hi", "", _by("राहुल शर्मा | संवाददाता"), "", ["राहुल शर्मा"]),
    ("id-editor-first", "id", "", _by("Editor: Siti Rahayu | Penulis: Budi Santoso"), "", ["Budi Santoso"]),
    ("ko-photo", "ko", "", _by("김민수 기자 / 사진 이영희 기자"), "", ["김민수"]),
    ("ja-shashin", "ja", "", _by("山田太郎 写真・佐藤花子"), "", ["山田太郎"]),
    ("zh-source-author", "zh", "", _by("来源：新华社 作者：张伟"), "", ["张伟"]),
    ("ar-agencies", "ar", "", _by("أحمد علي - وكالات"), "", ["أحمد علي"]),
    ("he-role", "he", "", _by("יוסי כהן | כתב"), "", ["יוסי כהן"]),
    ("sw-mwandishi-wetu", "sw", "", _by("Na Mwandishi Wetu"), "", ["Mwandishi Wetu"]),
    ("da-foto", "da", "", _by("Mette Hansen | Foto: Lars Nielsen"), "", ["Mette Hansen"]),
    ("nb-foto", "nb", "", _by("Kari Nordmann | Foto: Ola Hansen"), "", ["Kari Nordmann"]),
    ("hu-irta", "hu", "", _by("Írta: Kovács Anna"), "", ["Kovács Anna"]),
    ("cs-text-foto", "cs", "", _by("Text: Jan Novák, foto: Petra Svobodová"), "", ["Jan Novák"]),
    ("pt-da-agencia", "pt", _META_SITE, _by("Da Agência Brasil"), "", ["Agência Brasil"]),
    ("es-efe-alone", "es", _META_SITE, _by("EFE"), "", ["EFE"]),
    ("fr-ld-org-then-person", "fr", _ld([_org(SITE), _person("Jeanne Martin")]), "", "", [SITE, "Jeanne Martin"]),
    ("it-ld-id-person", "it", _ld({"@type": "Person", "@id": "https://www.invented-daily.example/autore/marco-rossi"}), _by("di Marco Rossi"), "", ["Marco Rossi"]),
    ("pl-meta-author", "pl", "<meta name='author' content='Jan Kowalski'>", "", "", ["Jan Kowalski"]),
    ("uk-meta-site-rel", "uk", _META_SITE, _rel("Олена Шевченко"), "", ["Олена Шевченко"]),
    ("vi-pv", "vi", "", _by("PV Nguyễn Văn An"), "", ["Nguyễn Văn An"]),
    ("ro-autor", "ro", "", _by("Autor: Ion Popescu"), "", ["Ion Popescu"]),
    ("tr-editor", "tr", "", _by("Haber: Ahmet Yılmaz | Editör: Ayşe Demir"), "", ["Ahmet Yılmaz"]),
    ("es-handle", "es", "", _by("Por Ana García @anagarcia"), "", ["Ana García"]),
    ("pt-email", "pt", "", _by("Mariana Souza (mariana.souza@invented-daily.example)"), "", ["Mariana Souza"]),
    ("fr-envoyee", "fr", "", _by("Par Jeanne Martin, envoyée spéciale à Kyiv"), "", ["Jeanne Martin"]),
    ("es-enviada", "es", "", _by("Ana García, enviada especial a Kiev"), "", ["Ana García"]),
    ("it-inviato", "it", "", _by("dal nostro inviato Marco Rossi"), "", ["Marco Rossi"]),
    # a fourth round: JSON-LD graphs, lists and parts, dates after the name, more languages
 ("es-graph", "es", _graph("Ana García"), "", "", ["Ana García"]),
 ("fr-ld-url-only", "fr", _ld("https://www.invented-daily.example/auteur/jeanne-martin"), "", "", ["Jeanne Martin"]),
 ("es-credit-span", "es", "", "<div class='byline'>Por Ana García <span class='credit'>Foto: EFE</span></div>", "", ["Ana García"]),
 ("es-sobre", "es", _META_SITE, "", "<section class='author-bio'><h3>Sobre el autor</h3><p><a href='/autor/ana-garcia'>Ana García</a> es periodista de la sección local.</p></section>", ["Ana García"]),
 ("pt-byline-date", "pt", "", _by("Por Mariana Souza — 05/12/2026 às 10h15"), "", ["Mariana Souza"]),
 ("it-byline-date", "it", "", _by("di Marco Rossi | 5 dicembre 2026, 10:15"), "", ["Marco Rossi"]),
 ("fr-byline-date", "fr", "", _by("Par Jeanne Martin Publié le 5 décembre 2026 à 10h15"), "", ["Jeanne Martin"]),
 ("nl-byline-date", "nl", "", _by("Door Jan de Vries 5 december 2026, 10:15"), "", ["Jan de Vries"]),
 ("pl-byline-date", "pl", "", _by("Jan Kowalski 5 grudnia 2026, 10:15"), "", ["Jan Kowalski"]),
 ("tr-byline-date", "tr", "", _by("Ahmet Yılmaz 05.12.2026 10:15"), "", ["Ahmet Yılmaz"]),
 ("ru-byline-date", "ru", "", _by("Иван Петров 5 декабря 2026, 10:15"), "", ["Иван Петров"]),
 ("es-meta-site-p", "es", _META_SITE, _line("Por Ana García"), "", ["Ana García"]),
 ("pt-ld-string-array", "pt", _ld(["Mariana Souza", "João Lima"]), "", "", ["Mariana Souza", "João Lima"]),
 ("it-ld-name-list", "it", _ld({"@type":"Person","name":["Marco Rossi","Giulia Bianchi"]}), "", "", ["Marco Rossi", "Giulia Bianchi"]),
 ("es-ld-given-family", "es", _ld({"@type":"Person","givenName":"Ana","familyName":"García"}), "", "", ["Ana García"]),
 ("fr-meta-and-site", "fr", "<meta name='author' content='Jeanne Martin - Invented Daily'>", "", "", ["Jeanne Martin"]),
 ("es-meta-pipe", "es", "<meta name='author' content='Ana García | Invented Daily'>", "", "", ["Ana García"]),
 ("id-editor-ld", "id", _ld([_person("Budi Santoso")]), _by("Penulis: Budi Santoso | Editor: Siti Rahayu"), "", ["Budi Santoso"]),
 ("sv-role-line", "sv", "", _by("Karin Lind<br>Reporter"), "", ["Karin Lind"]),
 ("el-agency", "el", "", _by("Μαρία Νικολάου, ΑΠΕ-ΜΠΕ"), "", ["Μαρία Νικολάου", "ΑΠΕ-ΜΠΕ"]),
 ("ar-ld-org-byline", "ar", _ld(_org(SITE)), _by("كتب: أحمد علي"), "", ["أحمد علي"]),
 ("hi-ld-org-byline", "hi", _ld(_org(SITE)), _by("राहुल शर्मा, नई दिल्ली"), "", ["राहुल शर्मा"]),
 ("ko-email-bracket", "ko", "", _by("[인벤티드일보 김민수 기자]"), "", ["김민수"]),
 ("zh-bianji-line", "zh", "", _by("作者：张伟 责任编辑：李华"), "", ["张伟"]),
 ("sw-na-role", "sw", "", _by("Na Juma Mwangi, Mwanza"), "", ["Juma Mwangi"]),
 ("ca-per-i", "ca", "", _by("Per Marta Puig i Jordi Vila"), "", ["Marta Puig", "Jordi Vila"]),
 ("gl-por-e", "gl", "", _by("Por Xosé Pérez e Uxía Rei"), "", ["Xosé Pérez", "Uxía Rei"]),
 ("sk-foto", "sk", "", _by("Ján Kováč | Foto: Peter Horváth"), "", ["Ján Kováč"]),
 ("hr-hina", "hr", "", _by("Ivan Horvat / Hina"), "", ["Ivan Horvat", "Hina"]),
 ("lt-elta", "lt", "", _by("Jonas Jonaitis, ELTA"), "", ["Jonas Jonaitis", "ELTA"]),
]  # fmt: skip

_JA_LINE = "（ワシントン＝山田太郎）市議会は昨夜、歴史的な中心市街地の自転車道に関する新しい計画を承認した。"


@pytest.mark.parametrize(
    ("lang", "head", "under", "after", "expected"),
    [pytest.param(*c[1:], id=c[0]) for c in PAGES],
)
def test_an_unseen_sites_byline(
    lang: str, head: str, under: str, after: str, expected: list[str]
) -> None:
    assert extract_article(_page(lang, head, under, after), URL).authors == expected


def test_a_japanese_dateline_bracket_opening_the_story() -> None:
    html = (
        "<html lang='ja'><head><title>自転車道</title></head><body><article><h1>自転車道の新計画</h1>"
        f"<p>{_JA_LINE}</p><p>{STORY['ja']}</p><p>{STORY['ja']}</p></article></body></html>"
    )
    assert extract_article(html, URL).authors == ["山田太郎"]
