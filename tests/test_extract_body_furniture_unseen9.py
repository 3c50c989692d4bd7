"""Body furniture on the kinds of page the unseen publishers serve (German-language sites and
25 other languages), set without classes inside the article: a related block's heading left
alone over its link, a channel call, dpa's story id, a paywall's offer whose button is a
paragraph of its own. Each case failed before its rule; the guards keep real paragraphs
that merely open with such words. Invented pages and sentences."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

STORY = {
    "de": [
        "Der Gemeinderat hat am Dienstagabend beschlossen, den alten Hafen für den Fährverkehr wieder auszubauen.",
        "Die Entscheidung fiel nach einer langen Debatte, in der die Opposition vor den verdoppelten Kosten warnte.",
        "Nach dem Plan sollen die ersten Fähren bereits im Sommer 2028 an der neuen Kaimauer anlegen können.",
        "Der Baubeginn ist für das Frühjahr geplant, die Arbeiten sollen in mehreren Etappen fast zwei Jahre dauern.",
        "Die Anwohner fürchten vor allem den Lärm der Baustelle, der Bürgermeister versprach Ruhezeiten am Wochenende.",
        "Die Kosten von rund 40 Millionen Franken teilen sich Kanton und Gemeinde, der Bund gibt einen Zuschuss.",
    ],
    "cs": [
        "Zastupitelstvo v úterý večer rozhodlo, že starý přístav bude znovu rozšířen pro trajektovou dopravu.",
        "Rozhodnutí padlo po dlouhé debatě, v níž opozice varovala před zdvojnásobením nákladů na stavbu.",
        "Podle plánu by první trajekty mohly u nového nábřeží přistávat již v létě roku 2028.",
        "Zahájení stavby je plánováno na jaro, práce mají trvat téměř dva roky v několika etapách.",
        "Obyvatelé se obávají hlavně hluku ze staveniště, starosta slíbil klid o víkendech a svátcích.",
        "Náklady ve výši zhruba jedné miliardy korun si rozdělí kraj a město, stát přidá dotaci.",
    ],
    "pl": [
        "Rada miasta zdecydowała we wtorek wieczorem, że stary port zostanie ponownie rozbudowany dla promów.",
        "Decyzja zapadła po długiej debacie, w której opozycja ostrzegała przed podwojeniem kosztów budowy.",
        "Według planu pierwsze promy mogłyby przybijać do nowego nabrzeża już latem 2028 roku.",
        "Rozpoczęcie budowy zaplanowano na wiosnę, prace mają potrwać prawie dwa lata w kilku etapach.",
        "Mieszkańcy obawiają się przede wszystkim hałasu z placu budowy, burmistrz obiecał ciszę w weekendy.",
        "Koszty w wysokości około 200 milionów złotych podzielą się województwo i miasto, państwo doda dotację.",
    ],
    "pt": [
        "A câmara municipal decidiu na terça-feira à noite voltar a ampliar o velho porto para os ferries.",
        "A decisão foi tomada após um longo debate em que a oposição alertou para a duplicação dos custos.",
        "Segundo o plano, os primeiros ferries poderão atracar no novo cais já no verão de 2028.",
        "O início das obras está previsto para a primavera e os trabalhos devem durar quase dois anos.",
        "Os moradores temem sobretudo o barulho das obras, e o presidente da câmara prometeu sossego ao fim de semana.",
        "Os custos de cerca de 40 milhões de euros serão divididos entre a região e o município, com apoio do Estado.",
    ],
    "ru": [
        "Городской совет во вторник вечером решил снова расширить старый порт для паромного сообщения.",
        "Решение было принято после долгих дебатов, в ходе которых оппозиция предупреждала об удвоении расходов.",
        "Согласно плану, первые паромы смогут причалить к новой набережной уже летом 2028 года.",
        "Начало строительства запланировано на весну, работы продлятся почти два года в несколько этапов.",
        "Жители больше всего опасаются шума стройки, мэр пообещал тишину по выходным и праздникам.",
        "Расходы в размере около четырех миллиардов рублей разделят область и город, государство добавит субсидию.",
    ],
    "he": [
        "מועצת העיר החליטה ביום שלישי בערב להרחיב מחדש את הנמל הישן לטובת תנועת המעבורות בעיר.",
        "ההחלטה התקבלה לאחר דיון ארוך שבו האופוזיציה הזהירה מפני הכפלת עלויות הבנייה של הפרויקט.",
        "לפי התוכנית המעבורות הראשונות יוכלו לעגון ברציף החדש כבר בקיץ של שנת 2028 הקרובה.",
        "תחילת הבנייה מתוכננת לאביב והעבודות צפויות להימשך כמעט שנתיים בכמה שלבים שונים.",
        "התושבים חוששים בעיקר מהרעש של אתר הבנייה וראש העיר הבטיח שקט בסופי השבוע ובחגים.",
        "העלויות של כארבעים מיליון שקלים יתחלקו בין המחוז לעירייה והמדינה תוסיף מענק מיוחד.",
    ],
    "lt": [
        "Miesto taryba antradienio vakarą nusprendė vėl išplėsti senąjį uostą keltų eismui ir turistams.",
        "Sprendimas priimtas po ilgų diskusijų, kuriose opozicija perspėjo apie padvigubėjusias statybų išlaidas.",
        "Pagal planą pirmieji keltai prie naujosios krantinės galės švartuotis jau 2028 metų vasarą.",
        "Statybas planuojama pradėti pavasarį, o darbai truks beveik dvejus metus keliais etapais.",
        "Gyventojai labiausiai baiminasi statybų triukšmo, o meras pažadėjo ramybę savaitgaliais.",
        "Maždaug 40 milijonų eurų išlaidas pasidalins apskritis ir savivaldybė, valstybė pridės subsidiją.",
    ],
    "ms": [
        "Majlis bandaraya memutuskan pada malam Selasa untuk membesarkan semula pelabuhan lama bagi feri.",
        "Keputusan itu dibuat selepas perbahasan panjang di mana pembangkang memberi amaran kos akan berganda.",
        "Mengikut rancangan, feri pertama boleh berlabuh di dermaga baharu seawal musim panas 2028.",
        "Kerja pembinaan dijadual bermula pada musim bunga dan dijangka mengambil masa hampir dua tahun.",
        "Penduduk paling bimbang tentang bunyi bising tapak pembinaan, dan datuk bandar berjanji hujung minggu tenang.",
        "Kos kira-kira 200 juta ringgit akan dikongsi antara negeri dan majlis, dengan geran daripada kerajaan.",
    ],
    "sw": [
        "Baraza la jiji liliamua Jumanne jioni kupanua tena bandari ya zamani kwa ajili ya vivuko.",
        "Uamuzi huo ulifikiwa baada ya mjadala mrefu ambapo upinzani ulionya kuwa gharama zitaongezeka maradufu.",
        "Kwa mujibu wa mpango huo, vivuko vya kwanza vinaweza kutia nanga kwenye gati jipya mwaka 2028.",
        "Ujenzi umepangwa kuanza mwezi Machi na kazi inatarajiwa kuchukua karibu miaka miwili kukamilika.",
        "Wakazi wanahofia zaidi kelele za eneo la ujenzi, na meya aliahidi utulivu siku za mwisho wa wiki.",
        "Gharama ya takriban shilingi bilioni nne itagawanywa kati ya kaunti na jiji, serikali ikiongeza ruzuku.",
    ],
    "is": [
        "Borgarstjórn ákvað á þriðjudagskvöld að stækka gömlu höfnina aftur fyrir ferjusiglingar til eyjanna.",
        "Ákvörðunin var tekin eftir langar umræður þar sem minnihlutinn varaði við tvöföldun kostnaðar.",
        "Samkvæmt áætluninni gætu fyrstu ferjurnar lagst að nýju bryggjunni strax sumarið 2028.",
        "Framkvæmdir eiga að hefjast í vor og er gert ráð fyrir að verkið taki tæp tvö ár í áföngum.",
        "Íbúar óttast helst hávaðann frá framkvæmdasvæðinu en borgarstjóri lofaði ró um helgar.",
        "Kostnaði upp á um sex milljarða króna verður skipt á milli ríkis og borgar, með sérstökum styrk.",
    ],
    "zh": [
        "市议会周二晚间决定，重新扩建旧港口，以恢复渡轮交通服务。",
        "这一决定是在长时间辩论之后作出的，反对派警告建设成本已经翻倍。",
        "根据计划，首批渡轮最早可于二〇二八年夏季停靠新码头。",
        "工程计划于春季开工，预计分几个阶段进行，历时将近两年。",
        "居民最担心的是工地噪音，市长承诺周末和节假日保持安静。",
        "约四亿元的费用将由省和市分担，国家另外提供补贴。",
    ],
    "hi": [
        "नगर परिषद ने मंगलवार शाम पुराने बंदरगाह को फिर से नौका सेवा के लिए विस्तारित करने का फैसला किया।",
        "यह फैसला लंबी बहस के बाद लिया गया, जिसमें विपक्ष ने लागत दोगुनी होने की चेतावनी दी।",
        "योजना के अनुसार पहली नौकाएं 2028 की गर्मियों में नए घाट पर लग सकती हैं।",
        "निर्माण वसंत में शुरू होने की योजना है और काम लगभग दो साल तक चलेगा।",
        "निवासी सबसे ज्यादा निर्माण स्थल के शोर से डरते हैं, महापौर ने सप्ताहांत में शांति का वादा किया।",
        "लगभग चार सौ करोड़ रुपये की लागत राज्य और नगर निगम मिलकर उठाएंगे।",
    ],
}
LINK = "<a href='/a/2-der-neue-steg'>Der neue Steg ist nach drei Jahren Bauzeit offen</a>"


def _body(lang: str, furniture: str, at: int, classed: bool = True) -> list[str]:
    ps = [f"<p>{s}</p>" for s in STORY[lang]]
    ps.insert(at, furniture)
    inner = "".join(ps)
    article = (
        f"<article class='article'><header><h1>Hafen</h1></header><div class='article-body'>{inner}</div></article>"
        if classed
        else f"<div><div><h1>Hafen</h1></div><div>{inner}</div></div>"
    )
    html = (
        f"<html lang='{lang}'><head><title>Hafen</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<main>{article}</main><footer><p>Impressum</p></footer></body></html>"
    )
    return (extract_article(html, "https://x.example/a/1").body or "").split("\n\n")


@pytest.mark.parametrize("classed", [True, False])
@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("cs", "Čtěte také"),
        ("pl", "Czytaj także"),
        ("pt", "Leia também"),
        ("he", "קראו גם"),
        ("lt", "Taip pat skaitykite"),
        ("ms", "Baca juga"),
        ("sw", "Soma pia"),
        ("is", "Lestu einnig"),
    ],
)
def test_a_related_heading_alone_over_its_link_line_goes(
    lang: str, heading: str, classed: bool
) -> None:
    furniture = f"<p><strong>{heading}</strong></p><p>{LINK}</p>"
    assert _body(lang, furniture, 2, classed) == STORY[lang]


def test_a_hebrew_related_label_before_its_link_goes() -> None:
    assert _body("he", f"<p>קראו גם {LINK}</p>", 2) == STORY["he"]


@pytest.mark.parametrize(
    ("lang", "paragraph"),
    [
        (
            "pl",
            "Czytaj także raport z ubiegłego roku, który pokazał, że koszty budowy portu rosną szybciej niż plan.",
        ),
        (
            "ms",
            "Baca juga laporan tahun lalu yang menunjukkan kos pembinaan pelabuhan meningkat lebih cepat.",
        ),
        (
            "sw",
            "Soma pia ripoti ya mwaka jana, ambayo ilionyesha kuwa gharama za ujenzi zinapanda haraka.",
        ),
        ("he", "קראו גם את הדוח של השנה שעברה, שהראה שעלויות הבנייה של הנמל עולות מהר מהתוכנית."),
    ],
)
def test_a_paragraph_opening_with_a_related_heading_stays(lang: str, paragraph: str) -> None:
    assert _body(lang, f"<p>{paragraph}</p>", 2) == [*STORY[lang][:2], paragraph, *STORY[lang][2:]]


@pytest.mark.parametrize(
    "line",
    [
        "Sie möchten keine News mehr verpassen? Folgen Sie unserem WhatsApp-Kanal.",
        "Keine News mehr verpassen? Folgen Sie jetzt unserem Telegram-Kanal.",
    ],
)
@pytest.mark.parametrize("at", [2, 4])
def test_a_call_to_follow_our_channel_in_the_dative_goes(line: str, at: int) -> None:
    assert _body("de", f"<p>{line}</p>", at) == STORY["de"]


@pytest.mark.parametrize("at", [2, 4])
@pytest.mark.parametrize("line", ["dpa-infocom, dpa:240422-99-123456/3", "dpa:250117-930-345678/2"])
def test_dpa_story_ids_under_the_text_go(line: str, at: int) -> None:
    assert _body("de", f"<p>{line}</p>", at) == STORY["de"]


def test_a_sentence_naming_dpa_stays() -> None:
    line = "Die Meldung der dpa vom Dienstag wurde später von der Gemeinde bestätigt."
    assert _body("de", f"<p>{line}</p>", 2) == [*STORY["de"][:2], line, *STORY["de"][2:]]


@pytest.mark.parametrize("classed", [True, False])
@pytest.mark.parametrize(
    ("pitch", "button"),
    [
        (
            "Sie wollen weiterlesen?",
            "<a href='https://abo.beispiel.example/'>Jetzt 1 Monat für 1 € testen</a>",
        ),
        ("Du willst weiterlesen?", "<a href='/abo/angebot'>Zum Angebot</a>"),
        ("Plus-Artikel", "<a href='/abo'>Jetzt für 1 Euro testen</a>"),
    ],
)
def test_a_paywall_offer_whose_button_is_a_paragraph_of_its_own_goes(
    pitch: str, button: str, classed: bool
) -> None:
    box = f"<div><h3>{pitch}</h3><p>Mit Beispiel Plus lesen Sie alle Artikel, im ersten Monat für 1 Euro.</p><p>{button}</p></div>"
    assert _body("de", box, 4, classed) == STORY["de"]


def test_a_sentence_with_a_subscription_link_stays() -> None:
    line = "Wer die Baupläne sehen will, kann sie im <a href='/abo'>Abo-Bereich</a> der Gemeinde kostenlos herunterladen."
    text = (
        "Wer die Baupläne sehen will, kann sie im Abo-Bereich der Gemeinde kostenlos herunterladen."
    )
    assert _body("de", f"<p>{line}</p>", 2) == [*STORY["de"][:2], text, *STORY["de"][2:]]


POINTS = [
    "Der alte Hafen wird für Fähren ausgebaut.",
    "Die Kosten liegen bei 40 Millionen Franken.",
    "Die ersten Fähren sollen 2028 anlegen.",
]


def _summary_page(box: str) -> list[str]:
    text = "".join(f"<p>{s}</p>" for s in STORY["de"])
    html = (
        "<html lang='de'><head><title>Hafen</title></head><body><main><article><header>"
        f"<h1>Hafen wird ausgebaut</h1><p class='meta'>Von Anna Muster</p></header>{box}"
        f"<div class='article-body'>{text}</div></article></main></body></html>"
    )
    return (extract_article(html, "https://x.example/a/1").body or "").split("\n\n")


@pytest.mark.parametrize(
    "box",
    [
        "<div><h2>Das Wichtigste in Kürze</h2><ul>{}</ul></div>",
        "<div class='c8f2a1'><h3>Darum geht's</h3><ul>{}</ul></div>",
        "<section><strong>Auf einen Blick</strong><ul>{}</ul></section>",
        "<div><div><svg><use href='#icon'></use></svg><h3>Kurz zusammengefasst</h3></div><ul>{}</ul></div>",
    ],
)
def test_a_summary_box_above_the_body_block_opens_the_body_whatever_its_class(box: str) -> None:
    points = "".join(f"<li>{p}</li>" for p in POINTS)
    got = _summary_page(box.format(points))
    assert got[-len(STORY["de"]) :] == STORY["de"]
    assert all(p in got for p in POINTS)


@pytest.mark.parametrize(
    "box",
    [
        # its points are links to other pages: a teaser list, not the article's summary
        "<div><h2>Auf einen Blick</h2><ul><li><a href='/a/2'>{}</a></li><li><a href='/a/3'>{}</a></li></ul></div>",
        # one line only: a label, not points
        "<div><h2>In Kürze</h2><p>{}</p></div>",
    ],
)
def test_a_box_so_headed_without_points_of_its_own_stays_out(box: str) -> None:
    got = _summary_page(box.format(*POINTS[:2]))
    assert got == STORY["de"]


POST = {
    "de": "Endlich! Die Fähre war früher das Beste an unserem Städtchen, ich freue mich auf die erste Überfahrt.",
    "pl": "To bardzo dobra wiadomość dla całego miasta i okolicy, czekaliśmy na to latami, naprawdę.",
    "cs": "Konečně! Trajekt byl vždycky to nejlepší na našem městečku, těším se na první plavbu.",
    "ru": "Наконец-то! Паром всегда был лучшим в нашем городке, жду не дождусь первого рейса.",
    "he": "סוף סוף! המעבורת הייתה תמיד הדבר הכי טוב בעיר שלנו, אני מחכה להפלגה הראשונה.",
    "lt": "Pagaliau! Keltas visada buvo geriausias dalykas mūsų miestelyje, laukiu pirmojo reiso.",
    "ms": "Akhirnya! Feri sentiasa menjadi perkara terbaik di bandar kecil kami, saya menunggu pelayaran pertama.",
    "pt": "Finalmente! O ferry sempre foi o melhor da nossa vila, mal posso esperar pela primeira viagem.",
    "is": "Loksins! Ferjan var alltaf það besta við bæinn okkar, ég hlakka til fyrstu ferðarinnar.",
}


def _thread(lang: str, reply: str, posts: int = 3, repeat: int = 1) -> str:
    items = "".join(
        f"<li><div><span>leser{i}</span> <time>vor {i + 1} Std.</time></div><p>{POST[lang] * repeat}</p>"
        f"<div><button>{reply}</button> <a href='#p{i}'>❤ {i}</a></div></li>"
        for i in range(posts)
    )
    return f"<ul>{items}</ul>"


@pytest.mark.parametrize("classed", [True, False])
@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("de", "Antworten"),
        ("pl", "Odpowiedz"),
        ("cs", "Odpovědět"),
        ("ru", "Ответить"),
        ("he", "הגב"),
        ("lt", "Atsakyti"),
        ("ms", "Balas"),
        ("pt", "Responder"),
        ("is", "Svara"),
    ],
)
def test_readers_posts_under_the_article_with_no_heading_go(
    lang: str, reply: str, classed: bool
) -> None:
    assert _body(lang, _thread(lang, reply), 4, classed) == STORY[lang]


@pytest.mark.parametrize("lang", ["de", "he"])
def test_long_readers_posts_with_no_heading_never_outweigh_the_article(lang: str) -> None:
    reply = {"de": "Antworten", "he": "הגב"}[lang]
    assert _body(lang, _thread(lang, reply, posts=5, repeat=6), 4) == STORY[lang]


def test_a_reply_word_inside_sentences_is_the_writers() -> None:
    lines = [
        "Wer der Gemeinde schreiben will, klickt im Postfach auf <a href='/hilfe'>Antworten</a> und fügt den Plan an.",
        "Die Gemeinde verspricht, auf jede Frage zu <a href='/hilfe'>antworten</a>, spätestens nach zwei Wochen.",
    ]
    box = "".join(f"<div>{line}</div>" for line in lines)
    got = _body("de", box, 2)
    assert len(got) == len(STORY["de"]) + 2
    assert got[2].startswith("Wer der Gemeinde") and got[3].startswith("Die Gemeinde verspricht")


@pytest.mark.parametrize(
    ("lang", "label", "items"),
    [
        (
            "de",
            "Quellen:",
            [
                "Landratsamt, Mitteilung vom 2. März",
                "Eigene Recherche",
                "Gespräch mit der Reederei",
            ],
        ),
        ("pl", "Źródła:", ["Urząd miasta, komunikat z 2 marca", "rozmowa z armatorem"]),
        ("cs", "Zdroje:", ["Magistrát města, tisková zpráva", "rozhovor s rejdařem"]),
        ("ru", "Источники", ["Пресс-служба мэрии", "интервью с владельцем паромов"]),
        ("pt", "Fontes:", ["Câmara municipal, comunicado de 2 de março", "entrevista ao armador"]),
        ("lt", "Šaltiniai:", ["Savivaldybės pranešimas spaudai", "pokalbis su keltų bendrove"]),
    ],
)
def test_a_sources_list_closing_the_text_goes(lang: str, label: str, items: list[str]) -> None:
    box = f"<p>{label}</p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>"
    assert _body(lang, box, len(STORY[lang])) == STORY[lang]


def test_an_english_sources_list_stays() -> None:
    # newsbench's answer for an English page keeps its "Sources:" list of addresses
    story = [
        "The council voted on Tuesday evening to rebuild the old harbour for ferry traffic again.",
        "The decision came after a long debate in which the opposition warned that costs had doubled.",
        "Under the plan, the first ferries could berth at the new quay as early as the summer of 2028.",
    ]
    items = ["harbour.example.org", "ferries.example.com"]
    ps = "".join(f"<p>{s}</p>" for s in story)
    html = (
        f"<html lang='en'><head><title>Harbour</title></head><body><article><h1>Harbour</h1>{ps}"
        f"<p>Sources:</p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul></article></body></html>"
    )
    assert extract_article(html, "https://x.example/a/1").body == "\n\n".join(
        [*story, "Sources:", *items]
    )


def test_sentences_after_a_sources_label_stay() -> None:
    box = "<p>Quellen:</p><p>Die Gemeinde nennt ihre Quellen nicht, das Landratsamt verweist auf die Reederei.</p>"
    got = _body("de", box, len(STORY["de"]))
    assert (
        got[-1]
        == "Die Gemeinde nennt ihre Quellen nicht, das Landratsamt verweist auf die Reederei."
    )


@pytest.mark.parametrize("at", [2, 4])
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Bereits Abonnent? <a href='/login'>Jetzt einloggen</a>"),
        (
            "de",
            "Sie haben bereits ein Abo? <a href='https://login.beispiel.example/'>Hier anmelden</a>",
        ),
        ("de", "Zum Weiterlesen bitte <a href='/login'>einloggen</a>"),
        ("de", "Diesen Artikel weiterlesen mit Beispiel+"),
        ("de", "Mehr zum Thema lesen Sie <a href='/thema/hafen'>hier</a>."),
        ("de", "Hier finden Sie <a href='/thema/hafen'>alle Artikel zum Thema</a>."),
        ("de", "Hören Sie hier den Artikel"),
        ("de", "Artikel vorlesen lassen"),
        ("de", "Teilen Sie diesen Artikel"),
        ("pl", "Masz już konto? <a href='/logowanie'>Zaloguj się</a>"),
        ("pl", "Posłuchaj artykułu"),
        ("cs", "Jste předplatitel? <a href='/prihlaseni'>Přihlaste se</a>"),
        ("cs", "Článek je dostupný pouze pro předplatitele."),
        ("pt", "Partilhar artigo"),
        ("pt", "Ouvir artigo"),
        ("ru", "Уже подписаны? <a href='/login'>Войти</a>"),
        ("ru", "Материал доступен только подписчикам"),
        ("ru", "Слушать статью"),
        ("he", "כבר מנויים? <a href='/login'>התחברו</a>"),
        ("he", "הכתבה זמינה למנויים בלבד"),
        ("he", "האזינו לכתבה"),
        ("lt", "Jau prenumeruojate? <a href='/prisijungti'>Prisijunkite</a>"),
        ("lt", "Straipsnis skirtas tik prenumeratoriams"),
        ("lt", "Klausyti straipsnio"),
        ("ms", "Sudah melanggan? <a href='/akaun'>Log masuk</a>"),
        ("ms", "Langgan untuk teruskan membaca"),
        ("ms", "Kongsi artikel ini"),
        ("sw", "Tayari umejiandikisha? <a href='/akaunti'>Ingia</a>"),
        ("sw", "Sikiliza makala"),
        ("is", "Ertu áskrifandi? <a href='/innskraning'>Skráðu þig inn</a>"),
        ("is", "Hlusta á frétt"),
    ],
)
def test_account_paywall_player_and_share_lines_go(lang: str, line: str, at: int) -> None:
    assert _body(lang, f"<p>{line}</p>", at) == STORY[lang]


@pytest.mark.parametrize(
    "line",
    [
        "Wer bereits ein Abo hat, kann sich einloggen und den ganzen Plan lesen, sagt die Verlegerin.",
        "Bereits Abonnent des Fährvereins ist der Bürgermeister selbst, wie er am Dienstag sagte.",
        "Teilen Sie diesen Artikel mit Nachbarn, bittet die Gemeinde, damit alle von der Sperrung erfahren.",
    ],
)
def test_sentences_with_such_words_stay(line: str) -> None:
    assert _body("de", f"<p>{line}</p>", 2) == [*STORY["de"][:2], line, *STORY["de"][2:]]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Veröffentlicht am 12.03.2025, 10:15 Uhr"),
        ("de", "Stand: 12.03.2025 10:15 Uhr"),
        ("de", "Aktualisiert am 12. März 2025"),
        ("pl", "Opublikowano: 12.03.2025, 10:15"),
        ("cs", "Aktualizováno 12. 3. 2025 10:15"),
        ("pt", "Publicado em 12 de março de 2025"),
        ("he", "פורסם 12.03.25 10:15"),
        ("lt", "Paskelbta 2025-03-12 10:15"),
    ],
)
def test_a_date_stamp_line_under_the_text_goes(lang: str, line: str) -> None:
    assert _body(lang, f"<p>{line}</p>", len(STORY[lang])) == STORY[lang]


def test_a_closing_line_naming_only_a_year_stays() -> None:
    line = "Veröffentlicht 2019 im Verlag Beispiel"
    assert _body("de", f"<p>{line}</p>", len(STORY["de"])) == [*STORY["de"], line]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("hi", "(इनपुट: आईएएनएस)"),
        ("hi", "(एजेंसी इनपुट के साथ)"),
        ("hi", "देश-दुनिया की ताज़ा खबरों के लिए हमें फेसबुक पर फॉलो करें।"),
        ("hi", "हमारे व्हाट्सएप चैनल से जुड़ें"),
        ("zh", "声明：本文仅代表作者观点，不代表本站立场。"),
    ],
)
@pytest.mark.parametrize("at", [2, 6])
def test_hindi_credits_and_calls_and_a_chinese_disclaimer_go(lang: str, line: str, at: int) -> None:
    assert _body(lang, f"<p>{line}</p>", at) == STORY[lang]


@pytest.mark.parametrize("line", ["भाषा", "(भाषा)", "पीटीआई"])
def test_a_hindi_agency_tag_under_the_text_goes(line: str) -> None:
    assert _body("hi", f"<p>{line}</p>", 6) == STORY["hi"]


@pytest.mark.parametrize("classed", [True, False])
@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("de", "Anzeige"),
        ("pl", "Reklama"),
        ("ru", "Реклама"),
        ("he", "פרסומת"),
        ("pt", "Publicidade"),
    ],
)
def test_a_labelled_advertiser_box_among_the_paragraphs_goes(
    lang: str, label: str, classed: bool
) -> None:
    box = (
        f"<div><span>{label}</span><a href='https://partner.example/kueche'>"
        "<img src='/i/ad.jpg' width='300' height='250'><p>Jetzt die neue Küche entdecken – nur diese Woche 30 % Rabatt!</p></a></div>"
    )
    assert _body(lang, box, 3, classed) == STORY[lang]


def test_a_section_about_advertising_under_such_a_heading_stays() -> None:
    text = (
        "Die Gemeinde will Plakatwerbung am Hafen künftig verbieten, weil sie das Ortsbild störe. "
        "Der Gewerbeverein hält dagegen, die Händler seien auf die Kundschaft der Fähre angewiesen "
        "und verlören ohne Hinweise am Steg einen guten Teil ihres Umsatzes, wie eine Umfrage zeigt. "
        "Eine Einigung soll bis zum Sommer gefunden werden, sagt der Gemeindepräsident, und bis dahin "
        "bleibe alles, wie es ist; die <a href='/thema/werbung'>Vorlage</a> liegt im Rathaus auf."
    )
    got = _body("de", f"<div><span>Werbung</span><p>{text}</p></div>", 3)
    assert any(p.startswith("Die Gemeinde will Plakatwerbung") for p in got)


@pytest.mark.parametrize("sep", ["›", ">", "/", "|", "»"])
def test_a_row_of_links_with_only_marks_between_goes(sep: str) -> None:
    row = f"<div><a href='/'>Startseite</a> {sep} <a href='/region'>Region</a> {sep} <a href='/region/see'>See</a></div>"
    assert _body("de", row, 3) == STORY["de"]


def test_links_in_a_sentence_stay() -> None:
    line = "Zugestimmt haben <a href='/g/1'>Romanshorn</a>, <a href='/g/2'>Arbon</a> und <a href='/g/3'>Uttwil</a>."
    assert "Zugestimmt haben Romanshorn, Arbon und Uttwil." in _body("de", f"<p>{line}</p>", 3)


def _grid(heading: str) -> str:
    cards = "".join(
        f"<div><a href='/region/anderer-artikel-{i}'><img src='/i/{i}.jpg' width='300' height='200'></a>"
        f"<div><span>Region</span><a href='/region/anderer-artikel-{i}'><h4>Neue Buslinie Nummer {i} fährt ab Dezember</h4></a>"
        "<p>Pendlerinnen und Pendler sollen schneller ans Ziel kommen.</p></div></div>"
        for i in range(3)
    )
    return f"<div><h2>{heading}</h2><div>{cards}</div></div>"


@pytest.mark.parametrize("classed", [True, False])
@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("de", "Empfehlungen"),
        ("de", "Top-Themen"),
        ("pl", "Polecamy"),
        ("cs", "Doporučujeme"),
        ("pt", "Recomendados"),
        ("ru", "Рекомендуем"),
        ("he", "מומלצים"),
        ("lt", "Rekomenduojame"),
        ("ms", "Pilihan editor"),
        ("sw", "Maarufu"),
        ("is", "Nýjast"),
    ],
)
def test_the_heading_of_a_teaser_grid_in_the_text_goes_with_it(
    lang: str, heading: str, classed: bool
) -> None:
    assert _body(lang, _grid(heading), 3, classed) == STORY[lang]


def test_a_subhead_over_a_picture_in_its_own_section_stays() -> None:
    section = "<section><h2>Der alte Steg</h2><figure><img src='/i/steg.jpg' width='800' height='500'><figcaption>Der Steg im Jahr 1950.</figcaption></figure></section>"
    assert "Der alte Steg" in _body("de", section, 3)


def test_a_subhead_over_an_embedded_post_stays() -> None:
    post = (
        "<section><h2>Die Reaktionen</h2><blockquote class='twitter-tweet'><p>Endlich wieder Fähren!</p>"
        "&mdash; Anna (@anna) <a href='https://twitter.com/anna/status/1'>12. März 2025</a>"
        " <a href='https://twitter.com/anna'>@anna</a></blockquote></section>"
    )
    assert "Die Reaktionen" in _body("de", post, 3)


# Whole invented pages: the furniture of one language's sites at once (date stamp, a related
# heading over its link, an ad label, a teaser grid under a heading, a source, a share label,
# a log-in call under the text).
FURNITURE = {
    "pl": dict(
        date="Opublikowano: 12.03.2025, 10:15",
        rel="Czytaj także",
        ad="REKLAMA",
        rec="Polecamy",
        src="Źródło: PAP",
        share="Udostępnij artykuł",
        login="Masz już konto?",
        loginbtn="Zaloguj się",
    ),
    "cs": dict(
        date="Aktualizováno 12. 3. 2025 10:15",
        rel="Čtěte také",
        ad="Reklama",
        rec="Doporučujeme",
        src="Zdroj: ČTK",
        share="Sdílet článek",
        login="Jste předplatitel?",
        loginbtn="Přihlaste se",
    ),
    "pt": dict(
        date="Publicado em 12 de março de 2025",
        rel="Leia também",
        ad="Publicidade",
        rec="Recomendados",
        src="Fonte: Lusa",
        share="Partilhar artigo",
        login="Já é assinante?",
        loginbtn="Entrar",
    ),
    "he": dict(
        date="פורסם 12.03.25 10:15",
        rel="קראו גם",
        ad="פרסומת",
        rec="מומלצים",
        src="מקור: וואלה",
        share="שתפו את הכתבה",
        login="כבר מנויים?",
        loginbtn="התחברו",
    ),
    "lt": dict(
        date="Paskelbta 2025-03-12 10:15",
        rel="Taip pat skaitykite",
        ad="Reklama",
        rec="Rekomenduojame",
        src="Šaltinis: BNS",
        share="Dalintis straipsniu",
        login="Jau prenumeruojate?",
        loginbtn="Prisijunkite",
    ),
    "ms": dict(
        date="Diterbitkan 12 Mac 2025 10:15",
        rel="Baca juga",
        ad="Iklan",
        rec="Pilihan editor",
        src="Sumber: Bernama",
        share="Kongsi artikel ini",
        login="Sudah melanggan?",
        loginbtn="Log masuk",
    ),
    "sw": dict(
        date="Imechapishwa 12.03.2025 10:15",
        rel="Soma pia",
        ad="Tangazo",
        rec="Maarufu",
        src="Chanzo: KNA",
        share="Shiriki makala hii",
        login="Tayari umejiandikisha?",
        loginbtn="Ingia",
    ),
    "is": dict(
        date="Birt 12.3.2025 kl. 10:15",
        rel="Lestu einnig",
        ad="Auglýsing",
        rec="Nýjast",
        src="Heimild: RÚV",
        share="Deila frétt",
        login="Ertu áskrifandi?",
        loginbtn="Skráðu þig inn",
    ),
}


def _whole_page(lang: str, w: dict[str, str]) -> str:
    s = STORY[lang]
    grid = (
        f"<div><h3>{w['rec']}</h3><div><div><a href='/x/1'><h4>Nowa linia autobusowa od grudnia w mieście</h4></a></div>"
        "<div><a href='/x/2'><h4>Piekarnia na rynku zamknięta po 80 latach</h4></a></div></div></div>"
    )
    return (
        f"<html lang='{lang}'><head><title>Port</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<div class='wrap'><div class='art'><h1>Port</h1><div class='meta'><span>{w['date']}</span></div>"
        f"<div class='txt'><p>{s[0]}</p><p>{s[1]}</p><p><strong>{w['rel']}</strong></p>"
        f"<p><a href='/a/2-nowy-most'>Nowy most nad rzeką otwarty po trzech latach budowy</a></p>"
        f"<div><span>{w['ad']}</span></div><p>{s[2]}</p><p>{s[3]}</p>{grid}<p>{s[4]}</p><p>{s[5]}</p>"
        f"<p>{w['src']}</p><p>{w['share']}</p><p>{w['login']} <a href='/login'>{w['loginbtn']}</a></p>"
        "</div></div></div><footer>Kontakt</footer></body></html>"
    )


@pytest.mark.parametrize("lang", sorted(FURNITURE))
def test_a_whole_page_of_one_languages_furniture_leaves_the_story(lang: str) -> None:
    got = extract_article(_whole_page(lang, FURNITURE[lang]), "https://x.example/a/1").body
    assert got == "\n\n".join(STORY[lang])


def test_a_whole_austrian_style_page_leaves_lead_story_and_subhead() -> None:
    s = STORY["de"]
    lead = "Der Gemeinderat hat beschlossen, den alten Hafen für Fähren auszubauen. Die Opposition warnt vor Kosten."
    html = f"""<html lang="de-AT"><head><title>Hafen wird ausgebaut | Beispiel Zeitung</title>
<meta property="og:title" content="Hafen wird ausgebaut"><meta name="description" content="Der Gemeinderat hat beschlossen, den alten Hafen für Fähren auszubauen."></head>
<body><header><nav><a href="/">Startseite</a><a href="/politik">Politik</a></nav></header>
<main><div class="c1"><div class="c2"><span>Politik</span><h1>Hafen wird ausgebaut</h1>
<p class="c3">Der Gemeinderat hat beschlossen, den alten Hafen für Fähren auszubauen. Die Opposition warnt vor Kosten.</p>
<div class="c4"><span>Anna Muster</span> <time datetime="2025-03-12T10:15">12. März 2025, 10:15</time></div>
<div class="c5"><button>Artikel teilen</button><button>Artikel anhören</button></div>
<figure><img src="/i/hafen.jpg" width="1200" height="800"><figcaption>Der alte Hafen. Foto: APA/HANS PUNZ</figcaption></figure>
<div class="c6"><p>{s[0]}</p><p>{s[1]}</p>
<div><span>Anzeige</span><a href="https://partner.example/"><img src="/ad.jpg" width="300" height="250"><p>Die neue Küche – jetzt 30 % Rabatt!</p></a></div>
<p>{s[2]}</p><h2>Baubeginn im Frühjahr</h2><p>{s[3]}</p>
<p><strong>Lesen Sie auch:</strong> <a href="/politik/parkgebuehren-123">Stadtrat streitet über Parkgebühren</a></p>
<p>{s[4]}</p><p>{s[5]}</p><p>(APA/red)</p></div>
<div class="c7"><h3>Mehr zum Thema</h3><ul><li><a href="/a/1">Fährbetrieb: Was die Reederei plant</a></li><li><a href="/a/2">Die Geschichte des Hafens in Bildern</a></li></ul></div>
<p>Themen: <a href="/t/hafen">Hafen</a>, <a href="/t/gemeinderat">Gemeinderat</a></p>
<div class="c8"><h2>Empfehlungen</h2><div><div><a href="/x/1"><h4>Neue Buslinie ab Dezember in der Stadt</h4></a><p>Pendler profitieren.</p></div><div><a href="/x/2"><h4>Bäckerei am Markt schließt nach 80 Jahren</h4></a><p>Ein Abschied.</p></div></div></div>
<div class="c9"><div><b>Seebär77</b> <span>vor 2 Std.</span><p>Endlich wieder Fähren, das wurde aber auch Zeit, ich freue mich schon sehr auf die erste Überfahrt im Sommer!</p><div><button>Antworten</button><button>Melden</button></div></div>
<div><b>kritiker_1</b> <span>vor 3 Std.</span><p>40 Millionen für ein paar Fähren? Das Geld fehlt dann bei den Schulen und beim Hallenbad, typisch für diese Gemeinde.</p><div><button>Antworten</button><button>Melden</button></div></div></div>
</div></div></main><footer><p>© Beispiel Zeitung</p></footer></body></html>"""
    got = extract_article(html, "https://www.beispiel.example/politik/hafen-123").body
    assert got == "\n\n".join([lead, *s[:3], "Baubeginn im Frühjahr", *s[3:]])


def test_a_used_sources_list_of_titles_goes() -> None:
    items = [
        "Nachrichtenagentur dpa",
        'beispiel-zeitung.example: "Der Hafen wird ausgebaut" (englisch)',
        "Gemeinde Beispielhausen: Mitteilung vom 12. März",
    ]
    box = f"<div><div>Verwendete Quellen</div><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul></div>"
    assert _body("de", box, len(STORY["de"])) == STORY["de"]


@pytest.mark.parametrize("at", [3, 6])
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Alle Infos zum Thema finden Sie auf unserer Themenseite."),
        ("de", "Artikel drucken"),
        ("de", "Jetzt reinhören"),
        ("de", "Bildstrecke: So sieht der neue Hafen aus"),
        ("de", "Grafik: Beispiel Zeitung / Quelle: BFS"),
        ("de", "War dieser Artikel hilfreich?"),
        ("de", "Gefällt Ihnen dieser Artikel?"),
        ("de", "Haben Sie Anmerkungen zu diesem Artikel?"),
        ("de", "Ja Nein"),
        ("pl", "Czy ten artykuł był pomocny?"),
        ("cs", "Byl pro vás tento článek užitečný?"),
        ("pt", "Esta notícia foi útil?"),
        ("ru", "Была ли эта статья полезной?"),
    ],
)
def test_pointers_player_labels_chart_credits_and_feedback_widgets_go(
    lang: str, line: str, at: int
) -> None:
    assert _body(lang, f"<p>{line}</p>", at) == STORY[lang]


def test_a_question_about_the_article_in_the_text_stays() -> None:
    line = "War dieser Artikel hilfreich für die Gemeinde, fragte der Präsident, oder hat er nur Unruhe gestiftet?"
    assert line in _body("de", f"<p>{line}</p>", 3)


def _post(i: int, replies: str = "") -> str:
    return (
        f"<div><div><b>leser{i}</b> <span>vor {i} Std.</span></div><p>Kommentar Nummer {i}: Endlich "
        "wieder Fähren, das wurde aber auch Zeit, ich freue mich!</p><div><button>Antworten</button> "
        f"<button>Melden</button></div>{replies}</div>"
    )


@pytest.mark.parametrize("classed", [True, False])
def test_posts_holding_their_replies_go_whole(classed: bool) -> None:
    thread = f"<div>{_post(1, '<div>' + _post(2) + _post(3) + '</div>')}{_post(4, '<div>' + _post(5) + '</div>')}</div>"
    assert _body("de", thread, 6, classed) == STORY["de"]


@pytest.mark.parametrize("classed", [True, False])
def test_a_thread_of_sibling_names_texts_and_bars_goes(classed: bool) -> None:
    parts = "".join(
        f"<b>leser{i}</b><span>vor {i} Std.</span><p>Kommentar Nummer {i}: Endlich wieder Fähren, "
        "das wurde aber auch Zeit!</p><div><button>Antworten</button> <button>Melden</button></div>"
        for i in range(3)
    )
    assert _body("de", f"<div>{parts}</div>", 6, classed) == STORY["de"]
