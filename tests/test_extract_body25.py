"""Body text of invented article pages of publishers never seen, in 25 languages, with the
furniture such sites leave between the paragraphs as plain lines: the text resuming under an ad
slot ("Artikkelen fortsetter under annonsen", "Продолжение статьи ниже", "Cerita berlanjut di
bawah iklan"), a comment counter ("12 yorum", "コメント12件", "댓글 12"), a picture credit in
Hebrew, Arabic, Hindi and Thai script ("צילום: ...", "تصوير: ...", "फोटो: ...", "ภาพ: ..."), a
newsletter call ("Tilaa uutiskirjeemme ...", "Tilmeld dig vores nyhedsbrev ..."), a share bar's
buttons read as one line ("Teilen auf Facebook Teilen auf X Per E-Mail teilen"), a read-aloud
player's and a copy-link button's labels ("Lytt til artikkelen", "기사 듣기", "Kopioi linkki"), a
reading time ("Okuma süresi: 3 dakika", "読了時間" with a full-width colon), a paywall's
note ("この記事は有料会員限定です。"), a machine-written summary box named so by its class
("aiArticleSummary", "ki-zusammenfassung", "ia-resumen") above the text, a tag list's line ("Schlagwörter: Brücke, Verkehr",
"Теги: мост, транспорт", "#다리 #교통"). Every such line goes; a story's sentence that opens
with the same words ("Tags: Die Polizei fand ...", "Der Artikel wird nach der Anzeige des
Bürgermeisters ...", "댓글 12만 건이 ...") stays. Invented sites, stories and sentences."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

# Per language: a headline and three paragraphs of an invented story.
STORIES: dict[str, tuple[str, list[str]]] = {
    "de": ("Neue Brücke über den Fluss beschlossen", [
        "Der Gemeinderat hat am Donnerstagabend nach langer Debatte den Bau einer neuen Brücke über den Fluss beschlossen, die zwei Stadtteile verbinden soll.",
        "Die Kosten werden auf rund zwölf Millionen geschätzt, wovon das Land einen großen Teil übernehmen will, wie die Verwaltung am Freitag mitteilte.",
        "Anwohner hatten sich seit Jahren für die Verbindung eingesetzt, weil der Umweg über die alte Straße mehr als eine halbe Stunde kostet.",
    ]),
    "fi": ("Kaupunki rakentaa uuden sillan joen yli", [
        "Kaupunginvaltuusto päätti torstai-iltana pitkän keskustelun jälkeen rakentaa uuden sillan, joka yhdistää kaksi kaupunginosaa toisiinsa.",
        "Hankkeen kustannusten arvioidaan nousevan noin kahteentoista miljoonaan euroon, ja valtio aikoo maksaa niistä merkittävän osan.",
        "Asukkaat ovat vaatineet yhteyttä vuosien ajan, koska kiertotie vanhaa tietä pitkin vie nykyisin yli puoli tuntia.",
    ]),
    "nb": ("Kommunen bygger ny bro over elva", [
        "Kommunestyret vedtok torsdag kveld etter en lang debatt å bygge en ny bro over elva som skal knytte sammen to bydeler.",
        "Kostnadene anslås til rundt tolv millioner kroner, og staten skal dekke en stor del av regningen, opplyser kommunen fredag.",
        "Beboerne har i mange år kjempet for forbindelsen, fordi omveien langs den gamle veien i dag tar over en halvtime.",
    ]),
    "da": ("Kommunen bygger ny bro over åen", [
        "Byrådet besluttede torsdag aften efter en lang debat at bygge en ny bro over åen, som skal forbinde to bydele med hinanden.",
        "Udgifterne anslås til omkring tolv millioner kroner, og staten vil betale en stor del af regningen, oplyser kommunen fredag.",
        "Beboerne har i årevis kæmpet for forbindelsen, fordi omvejen ad den gamle vej i dag tager mere end en halv time.",
    ]),
    "sv": ("Kommunen bygger ny bro över ån", [
        "Kommunfullmäktige beslutade på torsdagskvällen efter en lång debatt att bygga en ny bro över ån som ska förbinda två stadsdelar.",
        "Kostnaden beräknas till omkring tolv miljoner kronor, och staten ska stå för en stor del av notan, meddelar kommunen på fredagen.",
        "De boende har i många år kämpat för förbindelsen, eftersom omvägen längs den gamla vägen i dag tar mer än en halvtimme.",
    ]),
    "ru": ("Город построит новый мост через реку", [
        "Городской совет в четверг вечером после долгих споров принял решение о строительстве нового моста, который соединит два района.",
        "Стоимость проекта оценивается примерно в двенадцать миллионов, и большую часть расходов возьмёт на себя область, сообщили в мэрии в пятницу.",
        "Жители много лет добивались этой переправы, потому что объезд по старой дороге сейчас занимает больше получаса.",
    ]),
    "uk": ("Місто збудує новий міст через річку", [
        "Міська рада в четвер увечері після тривалої дискусії ухвалила рішення про будівництво нового мосту, який поєднає два райони.",
        "Вартість проєкту оцінюють приблизно у дванадцять мільйонів, і більшу частину витрат візьме на себе область, повідомили в мерії в пʼятницю.",
        "Мешканці багато років домагалися цієї переправи, бо обʼїзд старою дорогою нині забирає понад пів години.",
    ]),
    "pl": ("Miasto zbuduje nowy most na rzece", [
        "Rada miasta w czwartek wieczorem po długiej debacie zdecydowała o budowie nowego mostu, który połączy dwie dzielnice.",
        "Koszt inwestycji szacuje się na około dwanaście milionów złotych, a dużą część pokryje województwo, poinformował w piątek urząd miasta.",
        "Mieszkańcy od lat zabiegali o tę przeprawę, ponieważ objazd starą drogą zajmuje dziś ponad pół godziny.",
    ]),
    "cs": ("Město postaví nový most přes řeku", [
        "Zastupitelstvo ve čtvrtek večer po dlouhé debatě rozhodlo o stavbě nového mostu, který propojí dvě městské části.",
        "Náklady se odhadují zhruba na dvanáct milionů korun a velkou část uhradí kraj, uvedla v pátek radnice.",
        "Obyvatelé o spojení usilovali léta, protože objížďka po staré silnici dnes trvá déle než půl hodiny.",
    ]),
    "tr": ("Belediye nehir üzerine yeni köprü yapacak", [
        "Belediye meclisi perşembe akşamı uzun bir tartışmanın ardından iki mahalleyi birbirine bağlayacak yeni bir köprü yapılmasına karar verdi.",
        "Projenin maliyetinin yaklaşık on iki milyon lira olacağı tahmin ediliyor ve masrafların büyük kısmını valilik üstlenecek.",
        "Mahalle sakinleri yıllardır bu bağlantıyı istiyordu, çünkü eski yoldan dolaşmak bugün yarım saatten fazla sürüyor.",
    ]),
    "el": ("Ο δήμος θα χτίσει νέα γέφυρα στο ποτάμι", [
        "Το δημοτικό συμβούλιο αποφάσισε την Πέμπτη το βράδυ, ύστερα από μακρά συζήτηση, την κατασκευή νέας γέφυρας που θα ενώνει δύο συνοικίες.",
        "Το κόστος υπολογίζεται σε περίπου δώδεκα εκατομμύρια ευρώ και μεγάλο μέρος θα καλύψει η περιφέρεια, ανακοίνωσε την Παρασκευή ο δήμος.",
        "Οι κάτοικοι ζητούσαν εδώ και χρόνια τη σύνδεση, επειδή η παράκαμψη από τον παλιό δρόμο διαρκεί σήμερα πάνω από μισή ώρα.",
    ]),
    "es": ("El ayuntamiento construirá un nuevo puente sobre el río", [
        "El pleno municipal aprobó el jueves por la noche, tras un largo debate, la construcción de un nuevo puente que unirá dos barrios de la ciudad.",
        "El coste se estima en unos doce millones de euros, de los que la comunidad autónoma pagará una gran parte, informó el viernes el consistorio.",
        "Los vecinos llevaban años reclamando la conexión, porque el rodeo por la carretera vieja supera hoy la media hora.",
    ]),
    "fr": ("La ville va construire un nouveau pont sur la rivière", [
        "Le conseil municipal a approuvé jeudi soir, après un long débat, la construction d'un nouveau pont qui reliera deux quartiers de la ville.",
        "Le coût est estimé à environ douze millions d'euros, dont la région prendra en charge une grande partie, a indiqué la mairie vendredi.",
        "Les habitants réclamaient ce passage depuis des années, car le détour par l'ancienne route prend aujourd'hui plus d'une demi-heure.",
    ]),
    "it": ("Il comune costruirà un nuovo ponte sul fiume", [
        "Il consiglio comunale ha approvato giovedì sera, dopo un lungo dibattito, la costruzione di un nuovo ponte che collegherà due quartieri.",
        "Il costo è stimato in circa dodici milioni di euro, di cui la regione coprirà una grande parte, ha comunicato venerdì il municipio.",
        "I residenti chiedevano il collegamento da anni, perché la deviazione lungo la vecchia strada richiede oggi più di mezz'ora.",
    ]),
    "pt": ("Câmara vai construir nova ponte sobre o rio", [
        "A câmara municipal aprovou na quinta-feira à noite, após um longo debate, a construção de uma nova ponte que vai ligar dois bairros.",
        "O custo está estimado em cerca de doze milhões de euros, e o governo regional vai pagar uma grande parte, informou a autarquia na sexta-feira.",
        "Os moradores reclamavam a ligação há anos, porque o desvio pela estrada antiga demora hoje mais de meia hora.",
    ]),
    "nl": ("Gemeente bouwt nieuwe brug over de rivier", [
        "De gemeenteraad heeft donderdagavond na een lang debat besloten tot de bouw van een nieuwe brug die twee wijken met elkaar verbindt.",
        "De kosten worden geschat op ongeveer twaalf miljoen euro, waarvan de provincie een groot deel betaalt, meldde de gemeente vrijdag.",
        "Bewoners vroegen al jaren om de verbinding, omdat de omweg over de oude weg nu meer dan een half uur kost.",
    ]),
    "id": ("Pemkot bangun jembatan baru di atas sungai", [
        "Dewan kota pada Kamis malam setelah perdebatan panjang memutuskan pembangunan jembatan baru yang akan menghubungkan dua kecamatan.",
        "Biaya proyek diperkirakan sekitar dua belas miliar rupiah, dan pemerintah provinsi akan menanggung sebagian besar, kata pemkot pada Jumat.",
        "Warga sudah bertahun-tahun menuntut penghubung itu, karena jalan memutar lewat jalan lama saat ini memakan lebih dari setengah jam.",
    ]),
    "vi": ("Thành phố xây cầu mới bắc qua sông", [
        "Hội đồng nhân dân thành phố tối thứ Năm sau một cuộc tranh luận dài đã quyết định xây dựng cây cầu mới nối liền hai quận.",
        "Chi phí dự án ước tính khoảng mười hai triệu đô la, trong đó tỉnh sẽ chi trả phần lớn, chính quyền thành phố cho biết hôm thứ Sáu.",
        "Người dân đã kiến nghị nhiều năm nay, vì đi đường vòng qua con đường cũ hiện mất hơn nửa tiếng đồng hồ.",
    ]),
    "ja": ("市が川に新しい橋を建設へ", [
        "市議会は木曜日の夜、長い議論の末に二つの地区を結ぶ新しい橋の建設を決めた。地元では長年の悲願だったという。",
        "事業費は約十二億円と見込まれ、その大部分を県が負担する予定だと市の担当者が金曜日に明らかにした。",
        "住民は何年も前から橋の建設を求めてきた。古い道路を通る迂回路では現在三十分以上かかるためだ。",
    ]),
    "ko": ("시, 강 위에 새 다리 건설한다", [
        "시의회는 목요일 밤 긴 논의 끝에 두 지역을 잇는 새 다리를 건설하기로 결정했다고 밝혔다. 주민들의 오랜 숙원이었다.",
        "사업비는 약 120억 원으로 추산되며 이 가운데 상당 부분을 도가 부담할 예정이라고 시 관계자가 금요일 설명했다.",
        "주민들은 수년 전부터 다리 건설을 요구해 왔다. 옛 도로로 돌아가면 지금은 30분 넘게 걸리기 때문이다.",
    ]),
    "zh": ("市政府将在河上新建一座大桥", [
        "市议会周四晚间经过长时间讨论，决定修建一座连接两个城区的新桥，这是当地居民多年来的心愿。",
        "该项目预计耗资约一千二百万元，其中大部分费用将由省政府承担，市政府官员周五表示。",
        "居民多年来一直呼吁修建这座桥，因为目前绕行旧路需要半个多小时，给日常出行带来很大不便。",
    ]),
    "he": ("העירייה תבנה גשר חדש מעל הנהר", [
        "מועצת העיר החליטה ביום חמישי בערב, לאחר דיון ארוך, על הקמת גשר חדש שיחבר בין שתי שכונות בעיר.",
        "עלות הפרויקט מוערכת בכשנים עשר מיליון שקלים, וחלק גדול ממנה יממן המשרד הממשלתי, כך נמסר ביום שישי מהעירייה.",
        "התושבים דרשו את החיבור במשך שנים, משום שהמעקף בדרך הישנה אורך כיום יותר מחצי שעה.",
    ]),
    "ar": ("البلدية تبني جسرا جديدا فوق النهر", [
        "قرر المجلس البلدي مساء الخميس بعد نقاش طويل بناء جسر جديد يربط بين حيين من أحياء المدينة.",
        "وتقدر تكلفة المشروع بنحو اثني عشر مليونا، وستتحمل المحافظة الجزء الأكبر منها، بحسب ما أعلنته البلدية يوم الجمعة.",
        "وكان السكان يطالبون بهذا الجسر منذ سنوات، لأن الالتفاف عبر الطريق القديم يستغرق اليوم أكثر من نصف ساعة.",
    ]),
    "hi": ("नगर निगम नदी पर बनाएगा नया पुल", [
        "नगर परिषद ने गुरुवार शाम लंबी बहस के बाद दो मोहल्लों को जोड़ने वाले एक नए पुल के निर्माण का फैसला किया।",
        "परियोजना की लागत करीब बारह करोड़ रुपये आंकी गई है, जिसका बड़ा हिस्सा राज्य सरकार देगी, नगर निगम ने शुक्रवार को बताया।",
        "स्थानीय लोग वर्षों से इस पुल की मांग कर रहे थे, क्योंकि पुरानी सड़क से घूमकर जाने में अभी आधे घंटे से ज्यादा लगता है।",
    ]),
    "th": ("เทศบาลเตรียมสร้างสะพานใหม่ข้ามแม่น้ำ", [
        "สภาเทศบาลมีมติเมื่อคืนวันพฤหัสบดีหลังการอภิปรายยาวนาน ให้ก่อสร้างสะพานแห่งใหม่เชื่อมระหว่างสองชุมชนของเมือง",
        "คาดว่าโครงการจะใช้งบประมาณราวสิบสองล้านบาท โดยจังหวัดจะรับภาระค่าใช้จ่ายส่วนใหญ่ เจ้าหน้าที่เทศบาลระบุเมื่อวันศุกร์",
        "ชาวบ้านเรียกร้องสะพานแห่งนี้มาหลายปี เพราะการอ้อมไปใช้ถนนสายเก่าในปัจจุบันต้องใช้เวลามากกว่าครึ่งชั่วโมง",
    ]),
}  # fmt: skip

# Lines of furniture that go, set between the first and second paragraphs.
FURNITURE = [
    ("de", "<p>Der Artikel wird unterhalb der Anzeige fortgesetzt</p>"),
    ("de", "<p>Schlagwörter: Brücke, Verkehr, Stadtrat</p>"),
    ("fi", "<p>Mainos - artikkeli jatkuu alla</p>"),
    (
        "fi",
        '<div class="box"><p>Tilaa uutiskirjeemme ja saat tärkeimmät uutiset joka aamu sähköpostiisi.</p><a href="/uutiskirje">Tilaa</a></div>',
    ),
    ("fi", "<p>Tagit: silta, liikenne</p>"),
    ("nb", "<p>Artikkelen fortsetter under annonsen</p>"),
    ("nb", "<p>Stikkord: bro, trafikk, kommunestyret</p>"),
    ("da", "<p>Artiklen fortsætter under annoncen</p>"),
    (
        "da",
        '<div class="box"><p>Tilmeld dig vores nyhedsbrev og få de vigtigste nyheder hver morgen.</p><a href="/nyhedsbrev">Tilmeld</a></div>',
    ),
    ("sv", "<p>Nyckelord: bro, trafik</p>"),
    ("sv", "<p>12 kommentarer</p>"),
    ("ru", "<p>Продолжение статьи ниже</p>"),
    ("ru", "<p>Теги: мост, транспорт</p>"),
    ("ru", "<p>Этот материал доступен только подписчикам.</p>"),
    ("uk", "<p>Продовження статті нижче</p>"),
    ("uk", "<p>Мітки: міст, транспорт</p>"),
    ("pl", "<p>Artykuł jest kontynuowany pod reklamą</p>"),
    ("pl", "<p>Tagi: most, transport, rada miasta</p>"),
    ("cs", "<p>Štítky: most, doprava</p>"),
    ("tr", "<p>12 yorum</p>"),
    ("tr", "<p>Bu içerik sadece abonelere özeldir.</p>"),
    ("tr", "<p>Etiketler: köprü, ulaşım</p>"),
    ("el", "<p>Ετικέτες: γέφυρα, κυκλοφορία</p>"),
    ("el", "<p>12 σχόλια</p>"),
    ("es", "<p>Etiquetas: puente, tráfico, ayuntamiento</p>"),
    ("fr", "<p>Mots-clés : pont, circulation</p>"),
    ("it", "<p>Parole chiave: ponte, traffico</p>"),
    ("nl", "<p>Trefwoorden: brug, verkeer</p>"),
    ("pt", "<p>Tags: ponte, trânsito, câmara municipal</p>"),
    ("id", "<p>Cerita berlanjut di bawah iklan</p>"),
    ("id", "<p>Kata kunci: jembatan, lalu lintas</p>"),
    ("vi", "<p>Bài viết tiếp tục bên dưới</p>"),
    ("vi", "<p>12 bình luận</p>"),
    ("vi", "<p>Từ khóa: cầu, giao thông</p>"),
    ("ja", "<p>コメント12件</p>"),
    ("ja", "<p>この記事は有料会員限定です。</p>"),
    ("ja", "<p>タグ：橋、交通</p>"),
    ("ko", "<p>댓글 12</p>"),
    ("ko", "<p>이 기사는 유료회원 전용입니다.</p>"),
    ("ko", "<p>#다리 #교통</p>"),
    ("zh", "<p>评论 12</p>"),
    ("zh", "<p>标签：桥梁 交通</p>"),
    ("he", "<p>צילום: פלאש 90</p>"),
    ("he", "<p>12 תגובות</p>"),
    ("ar", "<p>تصوير: رويترز</p>"),
    ("hi", "<p>फोटो: पीटीआई</p>"),
    ("th", "<p>ภาพ: รอยเตอร์</p>"),
    ("de", "<p>Teilen auf Facebook Teilen auf X Per E-Mail teilen</p>"),
    ("fr", "<p>Partager sur Facebook Partager sur X Partager par e-mail</p>"),
    ("es", "<p>Compartir en Facebook Compartir en WhatsApp Copiar enlace</p>"),
    ("pl", "<p>Udostępnij na Facebook Udostępnij na X</p>"),
    ("tr", "<p>Okuma süresi: 3 dakika</p>"),
    ("ja", "<p>読了時間：約3分</p>"),
    ("el", "<p>Χρόνος ανάγνωσης: 3 λεπτά</p>"),
    ("sv", "<p>Lyssna på artikeln</p>"),
    ("nb", "<p>Lytt til artikkelen</p>"),
    ("fi", "<p>Kuuntele artikkeli</p>"),
    ("pt", "<p>Ouça esta notícia</p>"),
    ("tr", "<p>Makaleyi dinle</p>"),
    ("ja", "<p>記事を読み上げる</p>"),
    ("ko", "<p>기사 듣기</p>"),
    ("vi", "<p>Nghe bài viết</p>"),
    ("id", "<p>Dengarkan artikel ini</p>"),
    ("sv", "<p>Kopiera länk</p>"),
    ("fi", "<p>Kopioi linkki</p>"),
    ("pl", "<p>Skopiuj link</p>"),
    ("tr", "<p>Linki kopyala</p>"),
    ("ko", "<p>링크 복사</p>"),
    ("zh", "<p>复制链接</p>"),
]

# Story sentences opening with the same words: they stay.
STORY_LINES = [
    (
        "de",
        "Tags: Die Polizei fand an den Wänden mehrere Graffiti, die Ermittler werten sie nun aus.",
    ),
    ("de", "Der Artikel wird nach der Anzeige des Bürgermeisters im Stadtrat besprochen, hieß es."),
    ("de", "Schlagwörter wie Klimaschutz und Verkehrswende prägten den Wahlkampf der Partei."),
    ("de", "#MeToo hat die Debatte verändert, sagte die Ministerin am Freitag in Berlin."),
    ("es", "Etiquetas: la empresa cambió las de sus productos, dijo el portavoz."),
    (
        "ru",
        "Теги: главная проблема платформы, по словам экспертов, в том, что их никто не проверяет.",
    ),
    ("ru", "Продолжение статьи ниже по тексту следует, сказал он журналистам."),
    (
        "ru",
        "Этот материал доступен только подписчикам, заявил представитель издания, отвечая на критику читателей.",
    ),
    ("tr", "12 yorum yapıldı ve hepsi silindi, dedi yetkili."),
    (
        "fi",
        "Tilaa uutiskirjeemme -kampanja keräsi kaupungin mukaan yli tuhat uutta lukijaa viime kuussa.",
    ),
    ("nb", "Artikkelen fortsetter under annonsen, men vi har ingen annonser, sa redaktøren."),
    ("he", "צילום: המשטרה פרסמה את התמונות של החשודים ומבקשת מהציבור לסייע באיתורם, כך נמסר הערב."),
    ("th", "ภาพ: กล้องวงจรปิดบันทึกเหตุการณ์ได้ชัดเจน ตำรวจกำลังตรวจสอบภาพทั้งหมดเพื่อหาผู้ต้องสงสัยในคดีนี้ต่อไป"),
    ("ko", "댓글 12만 건이 하루 만에 달렸다고 포털 측은 밝혔다."),
    (
        "de",
        "Teilen auf Facebook ist für viele Menschen im Ort inzwischen Alltag, sagt die Sprecherin.",
    ),
    ("tr", "Okuma süresi 3 dakikayı geçen haberlerin daha az okunduğu araştırmada ortaya çıktı."),
    (
        "sv",
        "Lyssna på artikeln och på vad grannarna säger, uppmanade kommunalrådet vid mötet i går.",
    ),
]


# A machine-written summary box above the text, named so by its class: it goes, the story stays.
AI_SUMMARIES = [
    ("nb", '<div class="column aiArticleSummary compressed"><button>i <span>Sammendraget er laget av KI og godkjent av redaksjonen.</span></button><h2>Kort fortalt</h2><div class="aiSummaryContent"><ul><li>Kommunestyret har vedtatt å bygge en ny bro over elva.</li><li>Staten skal betale en stor del av regningen.</li></ul></div></div>'),
    ("de", '<section class="ki-zusammenfassung"><h2>Das Wichtigste in Kürze</h2><ul><li>Der Gemeinderat hat den Bau einer neuen Brücke beschlossen.</li><li>Das Land übernimmt einen großen Teil der Kosten.</li></ul><p>Diese Zusammenfassung wurde mit KI erstellt und von der Redaktion geprüft.</p></section>'),
    ("es", '<aside class="ia-resumen"><h3>Resumen</h3><ul><li>El pleno aprobó la construcción de un nuevo puente.</li><li>La comunidad autónoma pagará gran parte del coste.</li></ul></aside>'),
    ("fr", '<div class="ai-summary"><p class="title">En bref</p><ul><li>Le conseil municipal a approuvé un nouveau pont.</li><li>La région paiera une grande partie du coût.</li></ul></div>'),
    ("ja", '<div class="ai_summary"><p>AIによる要約</p><ul><li>市議会が新しい橋の建設を決めた。</li><li>事業費の大部分は県が負担する。</li></ul></div>'),
]  # fmt: skip


def _page(lang: str, inserted: str, *, before: bool = False) -> tuple[str, list[str]]:
    headline, paras = STORIES[lang]
    body = f"<p>{paras[0]}</p>{inserted}" + "".join(f"<p>{p}</p>" for p in paras[1:])
    if before:
        body = inserted + "".join(f"<p>{p}</p>" for p in paras)
    html = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head>'
        f'<body><header><nav><a href="/">Start</a> <a href="/news">News</a></nav></header>'
        f"<main><article><h1>{headline}</h1>{body}</article></main>"
        f"<footer><p>Kontakt</p></footer></body></html>"
    )
    return html, paras


def _body_lines(html: str) -> list[str]:
    art = extract_article(html.encode("utf-8"), "https://news.example/2026/12/05/story")
    return [line for line in (art.body or "").split("\n") if line.strip()]


@pytest.mark.parametrize(
    ("lang", "furniture"), FURNITURE, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(FURNITURE)]
)
def test_furniture_line_goes_story_stays(lang: str, furniture: str) -> None:
    html, paras = _page(lang, furniture)
    assert _body_lines(html) == paras


@pytest.mark.parametrize(
    ("lang", "line"), STORY_LINES, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(STORY_LINES)]
)
def test_story_line_with_furniture_words_stays(lang: str, line: str) -> None:
    html, paras = _page(lang, f"<p>{line}</p>")
    assert _body_lines(html) == [paras[0], line, *paras[1:]]


@pytest.mark.parametrize(("lang", "box"), AI_SUMMARIES, ids=[lang for lang, _ in AI_SUMMARIES])
def test_ai_summary_box_goes(lang: str, box: str) -> None:
    html, paras = _page(lang, box, before=True)
    assert _body_lines(html) == paras
