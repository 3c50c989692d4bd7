"""Test helper: the invented article page the printed-byline tables fill in
(tests/test_extract_authors29.py, test_extract_authors30.py, test_extract_authors31.py): the
headline "A new bridge", the row's line, then three paragraphs of story in the page's language.
Every name, paper, address and sentence is made up; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- one language a line

from __future__ import annotations

from newsarchive.extract import extract_article

STORY = {
    "en": "The council decided on Tuesday to tear down the old bridge over the river and build a new one, with work due to start in the spring.",
    "de": "Die Gemeinde hat am Dienstag beschlossen, die alte Brücke über den Fluss abzureißen und neu zu bauen; die Arbeiten sollen im Frühjahr beginnen.",
    "fr": "Le conseil municipal a décidé mardi de démolir le vieux pont sur la rivière et d'en construire un nouveau, les travaux débutant au printemps.",
    "es": "El ayuntamiento decidió el martes derribar el viejo puente sobre el río y construir uno nuevo; las obras comenzarán en primavera.",
    "pt": "A câmara municipal decidiu na terça-feira demolir a velha ponte sobre o rio e construir uma nova; as obras começam na primavera.",
    "it": "Il consiglio comunale ha deciso martedì di demolire il vecchio ponte sul fiume e di costruirne uno nuovo; i lavori inizieranno in primavera.",
    "nl": "De gemeenteraad besloot dinsdag de oude brug over de rivier te slopen en een nieuwe te bouwen; de werkzaamheden beginnen in het voorjaar.",
    "pl": "Rada miasta postanowiła we wtorek rozebrać stary most na rzece i zbudować nowy; prace mają się rozpocząć wiosną przyszłego roku.",
    "cs": "Zastupitelstvo v úterý rozhodlo zbourat starý most přes řeku a postavit nový; práce mají začít na jaře příštího roku v létě.",
    "hu": "A városi tanács kedden úgy döntött, hogy lebontja a folyón átívelő régi hidat, és újat épít; a munkák tavasszal kezdődnek.",
    "ro": "Consiliul local a decis marți să demoleze vechiul pod de peste râu și să construiască unul nou; lucrările încep în primăvară.",
    "el": "Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να κατεδαφίσει την παλιά γέφυρα πάνω από το ποτάμι και να χτίσει μια καινούργια την άνοιξη.",
    "ru": "Городской совет во вторник решил снести старый мост через реку и построить новый; работы начнутся весной следующего года.",
    "uk": "Міська рада у вівторок вирішила знести старий міст через річку та збудувати новий; роботи розпочнуться навесні наступного року.",
    "tr": "Belediye meclisi salı günü nehir üzerindeki eski köprüyü yıkıp yenisini yapmaya karar verdi; çalışmalar gelecek baharda başlayacak.",
    "ar": "قرر المجلس البلدي يوم الثلاثاء هدم الجسر القديم فوق النهر وبناء جسر جديد، على أن تبدأ الأعمال في الربيع المقبل في المدينة.",
    "he": "מועצת העיר החליטה ביום שלישי להרוס את הגשר הישן מעל הנהר ולבנות גשר חדש, והעבודות יחלו באביב הבא בעיר כולה.",
    "zh": "市议会周二决定拆除河上的旧桥并建造一座新桥，工程将于明年春天开始，居民对此表示欢迎，认为新桥将改善交通状况。",
    "ja": "市議会は火曜日、川に架かる古い橋を取り壊して新しい橋を建設することを決めた。工事は来年の春に始まる予定で、住民は歓迎している。",
    "vi": "Hội đồng thành phố hôm thứ Ba đã quyết định phá bỏ cây cầu cũ bắc qua sông và xây một cây cầu mới, công trình sẽ bắt đầu vào mùa xuân.",
    "id": "Dewan kota memutuskan pada hari Selasa untuk membongkar jembatan tua di atas sungai dan membangun yang baru mulai musim depan.",
    "hi": "नगर परिषद ने मंगलवार को नदी पर बने पुराने पुल को गिराकर नया पुल बनाने का फैसला किया। काम अगले वसंत में शुरू होगा। निवासियों ने फैसले का स्वागत किया।",
    "th": "สภาเมืองมีมติเมื่อวันอังคารให้รื้อสะพานเก่าข้ามแม่น้ำและสร้างสะพานใหม่ โดยงานจะเริ่มในฤดูใบไม้ผลิปีหน้า ชาวบ้านต่างยินดีกับการตัดสินใจนี้",
    "sv": "Kommunfullmäktige beslutade på tisdagen att riva den gamla bron över ån och bygga en ny; arbetet ska börja nästa vår i staden.",
    "no": "Bystyret vedtok tirsdag å rive den gamle brua over elva og bygge en ny; arbeidet skal starte neste vår i hele byen.",
    "fi": "Kaupunginvaltuusto päätti tiistaina purkaa joen yli kulkevan vanhan sillan ja rakentaa uuden; työt alkavat ensi keväänä kaupungissa.",
    "ko": "시의회는 화요일 강 위의 낡은 다리를 철거하고 새 다리를 건설하기로 결정했다. 공사는 내년 봄에 시작될 예정이며 주민들은 이 결정을 환영했다.",
    "hr": "Gradsko vijeće u utorak je odlučilo srušiti stari most preko rijeke i izgraditi novi; radovi počinju na proljeće sljedeće godine.",
    "lt": "Miesto taryba antradienį nusprendė nugriauti seną tiltą per upę ir pastatyti naują; darbai prasidės kitą pavasarį mieste.",
    "tl": "Nagpasya ang konseho ng lungsod noong Martes na gibain ang lumang tulay sa ilog at magtayo ng bago; magsisimula ang trabaho sa susunod na taon.",
    "ta": "நகர சபை செவ்வாய்க்கிழமை ஆற்றின் மேல் உள்ள பழைய பாலத்தை இடித்து புதிய பாலம் கட்ட முடிவு செய்தது. பணிகள் அடுத்த வசந்தத்தில் தொடங்கும்.",
    "is": "Bæjarstjórnin ákvað á þriðjudag að rífa gömlu brúna yfir ána og byggja nýja; framkvæmdir eiga að hefjast næsta vor í bænum.",
    "et": "Linnavolikogu otsustas teisipäeval lammutada vana silla üle jõe ja ehitada uue; tööd algavad järgmisel kevadel linnas.",
    "lv": "Pilsētas dome otrdien nolēma nojaukt veco tiltu pār upi un uzbūvēt jaunu; darbi sāksies nākamajā pavasarī un ilgs divus gadus.",
    "sl": "Mestni svet je v torek sklenil porušiti stari most čez reko in zgraditi novega; dela se bodo začela prihodnjo pomlad v mestu.",
    "sk": "Mestské zastupiteľstvo v utorok rozhodlo zbúrať starý most cez rieku a postaviť nový; práce sa začnú budúcu jar v meste.",
    "da": "Byrådet besluttede tirsdag at rive den gamle bro over åen ned og bygge en ny; arbejdet skal begynde næste forår i byen.",
}
URL = "https://www.example-courier.test/news/a-new-bridge-4711.html"


def line_page(lang: str, line: str, story: str | None = None) -> str:
    """The page in `lang` with `line` (markup) between the headline and the story (`story`,
    the language's own by default)."""
    text = story or STORY[lang]
    return (
        f"<html lang='{lang}'><head><title>A new bridge</title></head><body><main><article>"
        f"<h1>A new bridge</h1>{line}"
        f"<div class='text'>{f'<p>{text}</p>' * 3}</div></article></main></body></html>"
    )


def line_authors(lang: str, line: str, story: str | None = None) -> list[str]:
    """The writers read from the page with `line` (markup) above the story."""
    return extract_article(line_page(lang, line, story), URL).authors


def byline_authors(lang: str, byline: str, story: str | None = None) -> list[str]:
    """The writers read from the page with `byline` in a block classed "byline"."""
    return line_authors(lang, f"<div class='byline'>{byline}</div>", story)


def closing_authors(lang: str, last: str) -> list[str]:
    """The authors of a story of three paragraphs whose last line is `last` (no byline)."""
    story = "".join(f"<p>{STORY[lang]}</p>" for _ in range(3))
    page = (
        f"<html lang='{lang}'><head><title>A new bridge</title></head><body><main><article>"
        f"<h1>A new bridge</h1><div class='text'>{story}<p>{last}</p></div>"
        "</article></main></body></html>"
    )
    return extract_article(page, URL).authors
