"""Invented whole article pages in the unseen set's languages, three layouts each, every field.

Each page is built the way news CMSs in that country build them: a WordPress theme with a
Yoast graph that states only the headline, a home-grown CMS with no JSON-LD and no metas, or
an Arc-like page whose JSON-LD names the publisher as author and the visible byline the
person. Bylines, date lines and "updated" lines use the local words and formats; figures,
share bars, related boxes and paywall notes sit around the text. The expected values are
what a careful reader keys: the headline without the site's name, the persons, the first
publication with the offset the page states (naive where it states none), the tags, the
text with its crossheads. Every sentence, name and markup here is made up.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.article import Article

# lang: html lang, site name, three paragraphs, a crosshead, a caption, a related box's
# heading and two teaser titles, the share bar, a paywall note
SITES = {
    "zh": ("zh-CN", "海滨日报", [
        "市人大常委会昨天审议通过了新一年的财政预算草案，其中教育和公共交通的支出比去年增加了百分之十二，引起市民广泛关注。",
        "据市财政局介绍，新增资金将主要用于新建三所中学和扩建城北地铁线，预计在二〇二八年前全部完工并投入使用。",
        "部分代表在会上提出，应当进一步公开预算执行情况，让市民能够随时查询每一笔重大支出的去向和效果。",
    ], "代表建议加强监督", "图为市人大常委会会议现场。新华社记者 赵强 摄", "相关阅读", ["城北地铁线明年开工", "三所中学选址公布"], "分享到：微信 微博 QQ空间", "本文为海滨日报原创，未经授权不得转载。"),
    "zh-TW": ("zh-Hant-TW", "海濱時報", [
        "立法院今天三讀通過明年度中央政府總預算案，刪減幅度約為百分之一點五，國防與社福預算則大致維持原案規模。",
        "朝野黨團在協商中對多項補助計畫意見分歧，最後以表決方式處理，會議從上午一路延長至晚間才告結束。",
        "行政院發言人表示，將尊重國會的決定，並在預算公布後儘速檢討執行方式，確保各項計畫如期推動。",
    ], "朝野協商破局改表決", "立法院今天院會現場。（記者陳怡君攝）", "延伸閱讀", ["國防預算維持原案", "社福補助再擴大"], "分享 Facebook LINE 複製連結", "訂閱海濱時報，支持深度報導。"),
    "cs": ("cs", "Deník Příklad", [
        "Zastupitelstvo města ve středu večer schválilo rozpočet na příští rok, který počítá s rekordními investicemi do oprav škol a mostů.",
        "Opozice kritizovala především zvýšení poplatků za parkování v centru, podle primátora však peníze pomohou financovat novou tramvajovou trať.",
        "Hlasování předcházela téměř šestihodinová debata, během níž vystoupilo dvacet občanů s připomínkami k plánovaným stavbám.",
    ], "Opozice chce změny", "Zasedání zastupitelstva trvalo do pozdních večerních hodin. Foto: Jan Malý", "Související články", ["Nová tramvajová trať má zelenou", "Parkování v centru zdraží"], "Sdílet: Facebook X E-mail", "Celý článek je dostupný jen pro předplatitele."),
    "he": ("he", "חדשות הדוגמה", [
        "מועצת העיר אישרה אמש את תקציב השנה הבאה לאחר דיון סוער שנמשך עד שעות הלילה המאוחרות, ברוב של שבעה עשר חברים.",
        "התקציב כולל תוספת משמעותית לחינוך ולתחבורה הציבורית, ובהם פתיחת שני קווי אוטובוס חדשים ושיפוץ בתי ספר ותיקים.",
        "חברי האופוזיציה טענו כי העלאת הארנונה תפגע בעסקים הקטנים, וראש העיר השיב כי ההנחות לעסקים יורחבו במהלך השנה.",
    ], "האופוזיציה מתנגדת", "ישיבת מועצת העיר (צילום: דני כהן)", "כתבות נוספות", ["קווי אוטובוס חדשים יוצאים לדרך", "הארנונה תעלה בשני אחוזים"], "שתפו: וואטסאפ פייסבוק", "לקריאת הכתבה המלאה הצטרפו למינוי."),
    "hi": ("hi", "उदाहरण समाचार", [
        "नगर निगम की बैठक में बुधवार को अगले वित्त वर्ष का बजट पारित कर दिया गया, जिसमें सड़कों और स्कूलों के लिए अधिक राशि रखी गई है।",
        "महापौर ने कहा कि नए बजट से शहर के पुराने इलाकों में पानी की आपूर्ति सुधारी जाएगी और दो नए अस्पताल बनाए जाएंगे।",
        "विपक्षी पार्षदों ने संपत्ति कर में बढ़ोतरी का विरोध किया और बैठक से बहिर्गमन किया, लेकिन प्रस्ताव बहुमत से पास हो गया।",
    ], "विपक्ष ने किया विरोध", "नगर निगम की बैठक में पार्षद। फोटो: अमित वर्मा", "ये भी पढ़ें", ["शहर में बनेंगे दो नए अस्पताल", "संपत्ति कर में बढ़ोतरी तय"], "शेयर करें: व्हाट्सएप फेसबुक", "पूरी खबर पढ़ने के लिए सब्सक्राइब करें।"),
    "en-IN": ("en-IN", "The Example Chronicle", [
        "The municipal corporation on Wednesday passed its budget for the coming financial year, setting aside a record sum for roads, drains and school buildings.",
        "The mayor said the new outlay would improve the water supply in the old city and pay for two new hospitals on the eastern bypass.",
        "Opposition councillors staged a walkout over the rise in property tax, but the proposal was carried by a comfortable majority after a long debate.",
    ], "Opposition walks out", "Councillors at the budget meeting on Wednesday. (Express photo by Amit Verma)", "Also Read", ["Two hospitals planned on eastern bypass", "Property tax to rise by five per cent"], "Share: WhatsApp Facebook X", "This is a premium article available exclusively to our subscribers."),
    "is": ("is", "Dæmiblaðið", [
        "Borgarstjórn samþykkti í gærkvöldi fjárhagsáætlun næsta árs eftir langan fund þar sem tekist var á um hækkun fasteignagjalda.",
        "Samkvæmt áætluninni verða framlög til grunnskóla og almenningssamgangna aukin verulega og tveir nýir leikskólar opnaðir í vesturbænum.",
        "Fulltrúar minnihlutans segja að hækkanirnar bitni helst á ungu fólki og lögðu fram breytingartillögu sem var felld.",
    ], "Minnihlutinn ósáttur", "Frá fundi borgarstjórnar í gær. Mynd: Páll Einarsson", "Tengdar fréttir", ["Nýir leikskólar í vesturbæ", "Fasteignagjöld hækka"], "Deila: Facebook Twitter", "Þessi grein er aðeins fyrir áskrifendur."),
    "lt": ("lt", "Pavyzdžio žinios", [
        "Miesto taryba trečiadienio vakarą patvirtino kitų metų biudžetą, kuriame daugiausia lėšų skirta mokyklų renovacijai ir viešajam transportui.",
        "Pasak mero, nauji autobusai pradės važinėti jau pavasarį, o dviejų tiltų remontas bus baigtas iki vasaros pabaigos.",
        "Opozicijos atstovai kritikavo didėjančius mokesčius už vietinę rinkliavą ir siūlė daugiau lėšų skirti socialinei paramai.",
    ], "Opozicija kritikuoja", "Tarybos posėdis. Nuotr. Tomas Kazlauskas", "Taip pat skaitykite", ["Nauji autobusai pavasarį", "Tiltų remontas užtruks"], "Dalintis: Facebook X", "Visą straipsnį skaitykite prenumeratoriams."),
    "ms": ("ms", "Berita Contoh", [
        "Majlis Bandaraya meluluskan belanjawan tahun depan semalam dengan peruntukan besar untuk membaiki jalan raya dan longkang di kawasan perumahan lama.",
        "Datuk Bandar berkata peruntukan itu juga akan digunakan untuk membina dua buah taman permainan baharu dan menambah bas percuma di pusat bandar.",
        "Beberapa ahli majlis membantah kenaikan cukai taksiran, namun usul itu tetap diluluskan selepas perbahasan selama hampir lima jam.",
    ], "Cukai taksiran dibantah", "Ahli majlis bersidang semalam. - Foto oleh Azman Yusof", "Berita berkaitan", ["Dua taman permainan baharu", "Bas percuma ditambah"], "Kongsi: WhatsApp Facebook Telegram", "Langgan untuk membaca artikel penuh."),
    "id": ("id", "Kabar Contoh", [
        "Dewan Perwakilan Rakyat Daerah mengesahkan anggaran pendapatan dan belanja daerah tahun depan dalam rapat paripurna yang berlangsung hingga larut malam.",
        "Menurut ketua dewan, sebagian besar anggaran akan dipakai untuk memperbaiki jalan desa, membangun puskesmas, dan memperluas jaringan air bersih.",
        "Sejumlah fraksi sempat meminta penundaan karena menilai pos belanja pegawai terlalu besar, tetapi akhirnya seluruh fraksi menyetujui rancangan tersebut.",
    ], "Fraksi sempat minta penundaan", "Suasana rapat paripurna DPRD. (Foto: Rudi Hartono)", "Baca Juga", ["Jalan desa diperbaiki tahun depan", "Puskesmas baru dibangun"], "Bagikan: WhatsApp Facebook Twitter", "Artikel ini khusus untuk pelanggan premium."),
    "pl": ("pl", "Gazeta Przykładowa", [
        "Radni miasta przyjęli w środę wieczorem budżet na przyszły rok, który przewiduje rekordowe wydatki na remonty szkół i budowę nowych linii tramwajowych.",
        "Prezydent miasta podkreślił, że dzięki nowym środkom uda się wyremontować trzy mosty i kupić dwadzieścia niskopodłogowych autobusów.",
        "Opozycja krytykowała wzrost opłat za wywóz śmieci i złożyła poprawki, które jednak nie uzyskały większości w głosowaniu.",
    ], "Opozycja krytykuje podwyżki", "Sesja rady miasta trwała do późnych godzin. Fot. Marek Zieliński", "Czytaj także", ["Nowe tramwaje na ulicach", "Opłaty za śmieci w górę"], "Udostępnij: Facebook X", "Ten artykuł jest dostępny dla subskrybentów."),
    "pt-BR": ("pt-BR", "Folha Exemplo", [
        "A Câmara Municipal aprovou nesta quarta-feira o orçamento do próximo ano, com aumento de verbas para saúde, educação e transporte público.",
        "Segundo o prefeito, os recursos vão permitir a construção de duas novas unidades básicas de saúde e a reforma de vinte escolas na zona norte.",
        "Vereadores da oposição criticaram o reajuste do IPTU e apresentaram emendas, mas todas foram rejeitadas em votação no plenário.",
    ], "Oposição critica reajuste", "Vereadores durante a sessão desta quarta. Foto: Carlos Lima/Folha Exemplo", "Leia também", ["Zona norte terá novas escolas", "IPTU sobe no ano que vem"], "Compartilhe: WhatsApp Facebook", "Assine para continuar lendo esta reportagem."),
    "pt-PT": ("pt-PT", "Jornal Exemplo", [
        "A Assembleia Municipal aprovou esta quarta-feira o orçamento para o próximo ano, que reforça o investimento na habitação pública e nos transportes.",
        "De acordo com o presidente da câmara, serão construídas trezentas casas de renda acessível e renovada a frota de autocarros da cidade.",
        "A oposição votou contra, alegando que a subida da taxa turística vai penalizar o comércio local, mas a proposta passou com os votos da maioria.",
    ], "Oposição vota contra", "A sessão da Assembleia Municipal decorreu até à noite. Foto: Rui Santos", "Leia também", ["Trezentas casas de renda acessível", "Taxa turística vai subir"], "Partilhar: Facebook X E-mail", "Este artigo é exclusivo para assinantes."),
    "sw": ("sw", "Gazeti Mfano", [
        "Baraza la Jiji limepitisha bajeti ya mwaka ujao ambayo imetenga fedha nyingi kwa ajili ya ujenzi wa barabara, shule na vituo vya afya.",
        "Meya wa jiji amesema fedha hizo zitasaidia kupunguza msongamano wa magari katikati ya jiji na kuboresha huduma za maji safi kwa wakazi.",
        "Baadhi ya madiwani walipinga ongezeko la ushuru wa masoko, lakini bajeti hiyo ilipitishwa kwa kura nyingi baada ya mjadala mrefu.",
    ], "Madiwani wapinga ushuru", "Madiwani wakiwa katika kikao cha baraza jana. Picha na Salim Omari", "Habari zaidi", ["Barabara mpya kujengwa", "Ushuru wa masoko kupanda"], "Shiriki: WhatsApp Facebook", "Jiunge na usajili ili kusoma habari kamili."),
    "nl": ("nl", "Het Voorbeeldblad", [
        "De gemeenteraad heeft woensdagavond de begroting voor volgend jaar aangenomen, met extra geld voor onderwijs, fietspaden en sociale woningbouw.",
        "Volgens de wethouder van financiën kunnen daarmee drie scholen worden gerenoveerd en komen er vijfhonderd betaalbare huurwoningen bij.",
        "De oppositie stemde tegen vanwege de hogere parkeertarieven in de binnenstad, maar de coalitie had ruim voldoende stemmen.",
    ], "Oppositie stemt tegen", "De gemeenteraad tijdens het debat. Foto: Pieter Bakker", "Lees ook", ["Vijfhonderd nieuwe huurwoningen", "Parkeren in centrum duurder"], "Delen: WhatsApp Facebook", "Dit artikel is alleen voor abonnees."),
    "uk": ("uk", "Приклад Новини", [
        "Міська рада в середу ввечері ухвалила бюджет на наступний рік, який передбачає значне збільшення видатків на ремонт шкіл і громадський транспорт.",
        "За словами міського голови, нові кошти дозволять відремонтувати три мости та придбати двадцять сучасних тролейбусів.",
        "Опозиційні депутати критикували підвищення тарифів на вивезення сміття, однак їхні поправки не отримали підтримки більшості.",
    ], "Опозиція критикує", "Засідання міської ради. Фото: Олег Марченко", "Читайте також", ["Нові тролейбуси вийдуть на маршрути", "Тарифи на сміття зростуть"], "Поділитися: Facebook Telegram", "Повний текст доступний передплатникам."),
    "ro": ("ro", "Ziarul Exemplu", [
        "Consiliul Local a aprobat miercuri seară bugetul pentru anul viitor, care prevede fonduri mai mari pentru reabilitarea școlilor și transportul public.",
        "Potrivit primarului, banii vor permite modernizarea a trei poduri și achiziția a douăzeci de autobuze electrice până la sfârșitul anului.",
        "Consilierii din opoziție au criticat majorarea taxei de salubrizare, însă amendamentele lor au fost respinse la vot.",
    ], "Opoziția critică majorările", "Ședința Consiliului Local. Foto: Andrei Stan", "Citește și", ["Autobuze electrice noi", "Taxa de salubrizare crește"], "Distribuie: Facebook WhatsApp", "Articolul complet este disponibil abonaților."),
    "fi": ("fi", "Esimerkkilehti", [
        "Kaupunginvaltuusto hyväksyi keskiviikkoiltana ensi vuoden talousarvion, jossa koulujen korjauksiin ja joukkoliikenteeseen ohjataan aiempaa enemmän rahaa.",
        "Pormestarin mukaan lisärahalla voidaan peruskorjata kolme koulua ja hankkia kaksikymmentä uutta sähköbussia kaupungin linjoille.",
        "Oppositio vastusti pysäköintimaksujen korotusta keskustassa, mutta sen muutosesitykset hylättiin äänestyksessä selvin luvuin.",
    ], "Oppositio vastusti korotuksia", "Valtuuston kokous venyi myöhään iltaan. Kuva: Mikko Laine", "Lue myös", ["Sähköbussit tulevat linjoille", "Pysäköinti kallistuu"], "Jaa: Facebook X WhatsApp", "Tämä artikkeli on tilaajille."),
    "el": ("el", "Εφημερίδα Παράδειγμα", [
        "Το δημοτικό συμβούλιο ενέκρινε την Τετάρτη τον προϋπολογισμό του επόμενου έτους, με αυξημένα κονδύλια για τα σχολεία και τις δημόσιες συγκοινωνίες.",
        "Σύμφωνα με τον δήμαρχο, τα νέα κονδύλια θα επιτρέψουν την ανακαίνιση τριών σχολείων και την αγορά είκοσι ηλεκτρικών λεωφορείων μέσα στη χρονιά.",
        "Η αντιπολίτευση επέκρινε την αύξηση των δημοτικών τελών, όμως οι τροπολογίες της απορρίφθηκαν στην ψηφοφορία που ακολούθησε.",
    ], "Αντιδράσεις από την αντιπολίτευση", "Η συνεδρίαση του δημοτικού συμβουλίου. Φωτογραφία: Κώστας Ιωάννου", "Διαβάστε επίσης", ["Ηλεκτρικά λεωφορεία στους δρόμους", "Αυξάνονται τα δημοτικά τέλη"], "Μοιραστείτε: Facebook X", "Το άρθρο είναι διαθέσιμο μόνο για συνδρομητές."),
    "hu": ("hu", "Példa Hírlap", [
        "A közgyűlés szerda este elfogadta a jövő évi költségvetést, amely jelentősen több pénzt szán az iskolák felújítására és a tömegközlekedésre.",
        "A polgármester szerint az új forrásokból három hidat újítanak fel, és húsz új villamost vásárolnak a város vonalaira.",
        "Az ellenzék bírálta a parkolási díjak emelését, de módosító javaslataikat a többség a szavazáson leszavazta.",
    ], "Az ellenzék bírálta az emelést", "A közgyűlés ülése. Fotó: Varga Béla", "Kapcsolódó", ["Új villamosok érkeznek", "Drágul a parkolás"], "Megosztás: Facebook X", "Ez a cikk csak előfizetőknek érhető el."),
    "ar": ("ar", "صحيفة المثال", [
        "أقر مجلس المدينة مساء الأربعاء ميزانية العام المقبل بعد نقاش طويل، مع زيادة كبيرة في المخصصات الموجهة للمدارس والنقل العام.",
        "وقال رئيس البلدية إن الأموال الجديدة ستسمح بتجديد ثلاثة جسور وشراء عشرين حافلة كهربائية خلال العام المقبل.",
        "وانتقد أعضاء المعارضة رفع رسوم جمع النفايات، لكن تعديلاتهم رفضت في التصويت الذي جرى في ختام الجلسة.",
    ], "المعارضة تنتقد الزيادة", "جانب من جلسة مجلس المدينة. تصوير: خالد يوسف", "اقرأ أيضا", ["حافلات كهربائية جديدة", "رسوم النفايات ترتفع"], "شارك: فيسبوك واتساب", "لقراءة المقال كاملا اشترك الآن."),
    "vi": ("vi", "Báo Ví Dụ", [
        "Hội đồng nhân dân thành phố chiều thứ tư đã thông qua dự toán ngân sách năm tới, trong đó tăng mạnh khoản chi cho trường học và giao thông công cộng.",
        "Theo chủ tịch thành phố, nguồn vốn mới sẽ được dùng để sửa chữa ba cây cầu và mua thêm hai mươi xe buýt điện trong năm tới.",
        "Một số đại biểu đề nghị công khai tiến độ giải ngân hằng quý để người dân có thể theo dõi hiệu quả sử dụng ngân sách.",
    ], "Đại biểu đề nghị công khai", "Quang cảnh kỳ họp hội đồng nhân dân. Ảnh: Phạm Văn Đức", "Tin liên quan", ["Thêm hai mươi xe buýt điện", "Sửa chữa ba cây cầu"], "Chia sẻ: Facebook Zalo", "Bài viết dành cho thành viên, đăng ký để đọc tiếp."),
    "th": ("th", "ข่าวตัวอย่าง", [
        "สภาเมืองมีมติเห็นชอบงบประมาณประจำปีหน้าเมื่อวันพุธ โดยเพิ่มงบสำหรับซ่อมแซมโรงเรียนและพัฒนาระบบขนส่งสาธารณะ",
        "นายกเทศมนตรีกล่าวว่างบประมาณใหม่จะช่วยให้สามารถซ่อมสะพานสามแห่งและจัดซื้อรถเมล์ไฟฟ้ายี่สิบคันภายในปีหน้า",
        "สมาชิกฝ่ายค้านคัดค้านการขึ้นค่าธรรมเนียมเก็บขยะ แต่ข้อเสนอแก้ไขของพวกเขาถูกตีตกในการลงมติ",
    ], "ฝ่ายค้านคัดค้าน", "บรรยากาศการประชุมสภาเมือง ภาพ: ประเสริฐ วงศ์ใหญ่", "ข่าวที่เกี่ยวข้อง", ["ค่าโดยสารรถไฟฟ้าลดลง", "ค่าเก็บขยะขึ้นราคา"], "แชร์: Facebook LINE", "บทความนี้สำหรับสมาชิกเท่านั้น"),
}  # fmt: skip

# id, lang, layout, <h1>, byline as printed, date line, "updated" line, tag heading, tags,
# authors, published, JSON-LD datePublished (arc layout; "" for none)
PAGES = [
    ("zh-own", "zh", "own", "市人大通过新年度财政预算", "来源：海滨日报 作者：李华 责任编辑：张伟", "2026-12-02 14:30:05", "", "关键词：", ["财政预算", "市人大", "地铁"], ["李华"], "2026-12-02T14:30:05", ""),
    ("zh-wp", "zh", "wp", "城北地铁线扩建计划获批", "本报记者 陈静 王磊", "2026年12月02日 09:15", "更新时间：2026年12月02日 11:40", "标签", ["地铁", "城市建设"], ["陈静", "王磊"], "2026-12-02T09:15", ""),
    ("zh-arc", "zh", "arc", "三所新中学明年秋季开学", "海滨日报记者 周敏", "2026-12-02 08:00", "", "标签", ["教育", "中学"], ["周敏"], "2026-12-02T08:00:00+08:00", "2026-12-02T08:00:00+08:00"),
    ("zhtw-own", "zh-TW", "own", "總預算三讀 刪減百分之一點五", "記者林志明／台北報導", "2026/12/02 14:30", "更新時間：2026/12/02 16:05", "相關標籤", ["總預算", "立法院"], ["林志明"], "2026-12-02T14:30", ""),
    ("zhtw-wp", "zh-TW", "wp", "國防預算大致維持原案", "記者陳怡君、黃建華／綜合報導", "2026年12月2日 下午3:20", "", "標籤", ["國防", "預算"], ["陳怡君", "黃建華"], "2026-12-02T15:20", ""),
    ("zhtw-arc", "zh-TW", "arc", "社福補助明年再擴大", "中央社記者吳佳穎台北2日電", "2026-12-02 18:45", "", "標籤", ["社福", "補助"], ["吳佳穎"], "2026-12-02T18:45:00+08:00", "2026-12-02T18:45:00+08:00"),
    ("cs-own", "cs", "own", "Zastupitelé schválili rozpočet s rekordními investicemi", "Jana Dvořáková", "2. 12. 2026 14:30", "Aktualizováno 2. 12. 2026 16:05", "Témata", ["Rozpočet", "Zastupitelstvo", "Doprava"], ["Jana Dvořáková"], "2026-12-02T14:30", ""),
    ("cs-wp", "cs", "wp", "Parkování v centru zdraží o polovinu", "Autor: Petr Černý, Lucie Horáková", "středa 2. prosince 2026, 9:15", "", "Štítky", ["Parkování", "Centrum"], ["Petr Černý", "Lucie Horáková"], "2026-12-02T09:15", ""),
    ("cs-arc", "cs", "arc", "Nová tramvajová trať dostala zelenou", "Tomáš Procházka, ČTK", "2. prosince 2026 18:40", "", "Témata", ["Tramvaje", "Doprava"], ["Tomáš Procházka", "ČTK"], "2026-12-02T18:40:00+01:00", "2026-12-02T18:40:00+01:00"),
    ("he-own", "he", "own", "מועצת העיר אישרה את התקציב לשנה הבאה", "רונית לוי", "02.12.2026 | 14:30", "עודכן: 02.12.2026 | 16:05", "תגיות", ["תקציב", "מועצת העיר"], ["רונית לוי"], "2026-12-02T14:30", ""),
    ("he-wp", "he", "wp", "שני קווי אוטובוס חדשים יוצאים לדרך", "מאת אבי מזרחי ונועה שפירא", "פורסם: 2 בדצמבר 2026, 09:10", "", "נושאים", ["תחבורה ציבורית", "אוטובוסים"], ["אבי מזרחי", "נועה שפירא"], "2026-12-02T09:10", ""),
    ("he-arc", "he", "arc", "הארנונה תעלה בשני אחוזים", "יעל ברק", "2 בדצמבר 2026 20:15", "", "תגיות", ["ארנונה"], ["יעל ברק"], "2026-12-02T20:15:00+02:00", "2026-12-02T20:15:00+02:00"),
    ("hi-own", "hi", "own", "नगर निगम ने पारित किया नया बजट", "लेखक: राहुल शर्मा", "प्रकाशित: 2 दिसंबर 2026, 02:30 PM (IST)", "अपडेटेड: 2 दिसंबर 2026, 04:05 PM (IST)", "टैग", ["बजट", "नगर निगम"], ["राहुल शर्मा"], "2026-12-02T14:30", ""),
    ("hi-wp", "hi", "wp", "शहर में बनेंगे दो नए अस्पताल", "Reported By: सुनीता यादव | Edited By: मनोज सिंह", "Published: 2 Dec 2026 11:20 AM", "", "विषय", ["अस्पताल", "स्वास्थ्य"], ["सुनीता यादव"], "2026-12-02T11:20", ""),
    ("hi-arc", "hi", "arc", "संपत्ति कर में बढ़ोतरी पर विपक्ष का हंगामा", "अमित वर्मा, नई दिल्ली", "2 दिसंबर 2026, 06:10 PM", "", "टैग्स", ["संपत्ति कर", "विपक्ष"], ["अमित वर्मा"], "2026-12-02T18:10:00+05:30", "2026-12-02T18:10:00+05:30"),
    ("enin-own", "en-IN", "own", "Civic body passes record budget for roads and schools", "Written by Priya Nair | New Delhi |", "December 2, 2026 14:30 IST", "Updated: December 2, 2026 16:05 IST", "Tags", ["Municipal budget", "Property tax"], ["Priya Nair"], "2026-12-02T14:30:00+05:30", ""),
    ("enin-wp", "en-IN", "wp", "Two hospitals planned on eastern bypass", "By Rohit Kumar & Ananya Iyer", "Published On: Dec 02, 2026, 09:30 IST", "Last Updated: Dec 02, 2026, 12:10 IST", "Topics", ["Hospitals", "Health"], ["Rohit Kumar", "Ananya Iyer"], "2026-12-02T09:30:00+05:30", ""),
    ("enin-arc", "en-IN", "arc", "Opposition walks out over property tax hike", "PTI", "Dec 2, 2026 19:40 IST", "", "Tags", ["Property tax", "Opposition"], ["PTI"], "2026-12-02T19:40:00+05:30", "2026-12-02T19:40:00+05:30"),
    ("is-own", "is", "own", "Borgarstjórn samþykkti fjárhagsáætlun næsta árs", "Jón Gunnarsson skrifar", "2. desember 2026 kl. 14:30", "Uppfært 2. desember 2026 kl. 16:05", "Efnisorð", ["Fjárhagsáætlun", "Borgarstjórn"], ["Jón Gunnarsson"], "2026-12-02T14:30", ""),
    ("is-wp", "is", "wp", "Tveir nýir leikskólar opnaðir í vesturbænum", "Sigríður Helgadóttir", "Birt: 2.12.2026 09:15", "Uppfært: 2.12.2026 11:40", "Merki", ["Leikskólar", "Vesturbær"], ["Sigríður Helgadóttir"], "2026-12-02T09:15", ""),
    ("is-arc", "is", "arc", "Fasteignagjöld hækka um fimm prósent", "Ólafur Þórðarson", "Miðvikudagur 2. desember 2026 kl. 19.20", "", "Efnisorð", ["Fasteignagjöld"], ["Ólafur Þórðarson"], "2026-12-02T19:20:00+00:00", "2026-12-02T19:20:00+00:00"),
    ("lt-own", "lt", "own", "Taryba patvirtino kitų metų biudžetą", "Rūta Petrauskienė, LRT.lt", "2026-12-02 14:30", "Atnaujinta 2026-12-02 16:05", "Žymos", ["Biudžetas", "Savivaldybė"], ["Rūta Petrauskienė"], "2026-12-02T14:30", ""),
    ("lt-wp", "lt", "wp", "Nauji autobusai pradės važinėti pavasarį", "Autorius: Mindaugas Jonaitis", "2026 m. gruodžio 2 d. 09:15", "", "Temos", ["Autobusai", "Transportas"], ["Mindaugas Jonaitis"], "2026-12-02T09:15", ""),
    ("lt-arc", "lt", "arc", "Dviejų tiltų remontas užtruks iki vasaros", "Eglė Kazlauskaitė, BNS", "2026 gruodžio 2 d. 18:30", "", "Žymos", ["Tiltai"], ["Eglė Kazlauskaitė", "BNS"], "2026-12-02T18:30:00+02:00", "2026-12-02T18:30:00+02:00"),
    ("ms-own", "ms", "own", "Majlis Bandaraya lulus belanjawan tahun depan", "Oleh NURUL AIN ISMAIL", "Disiarkan pada: Rabu, 2 Dis 2026 2:30 PTG", "Dikemas kini: Rabu, 2 Dis 2026 4:05 PTG", "Tag", ["Belanjawan", "Majlis Bandaraya"], ["NURUL AIN ISMAIL"], "2026-12-02T14:30", ""),
    ("ms-wp", "ms", "wp", "Dua taman permainan baharu akan dibina", "Oleh Mohd Faizal Hassan dan Siti Zulaikha", "Disember 2, 2026 @ 9:15pg", "", "Topik", ["Taman permainan", "Bandar"], ["Mohd Faizal Hassan", "Siti Zulaikha"], "2026-12-02T09:15", ""),
    ("ms-arc", "ms", "arc", "Bas percuma ditambah di pusat bandar", "Azlan Rahman", "02 Disember 2026, 06:40 PM", "", "Tag", ["Bas percuma"], ["Azlan Rahman"], "2026-12-02T18:40:00+08:00", "2026-12-02T18:40:00+08:00"),
    ("id-own", "id", "own", "DPRD sahkan APBD tahun depan", "Penulis: Budi Santoso | Editor: Dewi Lestari", "Rabu, 02 Des 2026 14:30 WIB", "", "Topik", ["APBD", "DPRD"], ["Budi Santoso"], "2026-12-02T14:30:00+07:00", ""),
    ("id-wp", "id", "wp", "Jalan desa diperbaiki mulai tahun depan", "Reporter: Andi Pratama", "Kabar Contoh - 02/12/2026, 09:15 WIB", "", "Tag", ["Jalan desa", "Infrastruktur"], ["Andi Pratama"], "2026-12-02T09:15:00+07:00", ""),
    ("id-arc", "id", "arc", "Puskesmas baru dibangun di tiga kecamatan", "Rina Wulandari", "Rabu, 2 Desember 2026 | 18:20 WIB", "", "Topik Terkait", ["Puskesmas", "Kesehatan"], ["Rina Wulandari"], "2026-12-02T18:20:00+07:00", "2026-12-02T18:20:00+07:00"),
    ("pl-own", "pl", "own", "Radni przyjęli budżet z rekordowymi inwestycjami", "Anna Kowalska", "02.12.2026 14:30", "Aktualizacja: 02.12.2026 16:05", "Tagi", ["Budżet", "Rada miasta", "Inwestycje"], ["Anna Kowalska"], "2026-12-02T14:30", ""),
    ("pl-wp", "pl", "wp", "Nowe tramwaje wyjadą na ulice wiosną", "Autor: Tomasz Wiśniewski, Katarzyna Lewandowska", "2 grudnia 2026, 9:15", "", "Tematy", ["Tramwaje", "Komunikacja"], ["Tomasz Wiśniewski", "Katarzyna Lewandowska"], "2026-12-02T09:15", ""),
    ("pl-arc", "pl", "arc", "Opłaty za wywóz śmieci pójdą w górę", "Opracowanie: Michał Zając", "środa, 2 grudnia 2026 18:50", "", "Tagi", ["Śmieci", "Opłaty"], ["Michał Zając"], "2026-12-02T18:50:00+01:00", "2026-12-02T18:50:00+01:00"),
    ("ptbr-own", "pt-BR", "own", "Câmara aprova orçamento com mais verba para saúde", "Por Ana Souza, g1 SP", "02/12/2026 14h30", "Atualizado em 02/12/2026 16h05", "Tópicos", ["Orçamento", "Câmara Municipal"], ["Ana Souza"], "2026-12-02T14:30", ""),
    ("ptbr-wp", "pt-BR", "wp", "Zona norte terá duas novas unidades de saúde", "Por Carlos Lima e Beatriz Rocha", "Publicado em 2 de dezembro de 2026 às 09:15", "", "Tags", ["Saúde", "Zona norte"], ["Carlos Lima", "Beatriz Rocha"], "2026-12-02T09:15", ""),
    ("ptbr-arc", "pt-BR", "arc", "Vereadores rejeitam emendas sobre o IPTU", "Fernanda Alves", "2.dez.2026 às 18h40", "", "Assuntos", ["IPTU"], ["Fernanda Alves"], "2026-12-02T18:40:00-03:00", "2026-12-02T18:40:00-03:00"),
    ("ptpt-own", "pt-PT", "own", "Assembleia Municipal aprova orçamento para habitação", "Por João Ferreira", "Publicado a 2 de dezembro de 2026 às 14:30", "Atualizado a 2 de dezembro de 2026 às 16:05", "Tópicos", ["Habitação", "Orçamento"], ["João Ferreira"], "2026-12-02T14:30", ""),
    ("ptpt-wp", "pt-PT", "wp", "Câmara vai construir trezentas casas de renda acessível", "Marta Oliveira", "2 dez 2026, 09:15", "", "Tags", ["Renda acessível"], ["Marta Oliveira"], "2026-12-02T09:15", ""),
    ("ptpt-arc", "pt-PT", "arc", "Taxa turística sobe no próximo ano", "Lusa", "02 dez. 2026 18:40", "", "Tópicos", ["Turismo", "Taxas"], ["Lusa"], "2026-12-02T18:40:00+00:00", "2026-12-02T18:40:00+00:00"),
    ("sw-own", "sw", "own", "Baraza la Jiji lapitisha bajeti ya mwaka ujao", "Na Juma Mwangi", "Jumatano, Desemba 2, 2026", "", "Mada", ["Bajeti", "Baraza la Jiji"], ["Juma Mwangi"], "2026-12-02", ""),
    ("sw-wp", "sw", "wp", "Barabara mpya kujengwa katikati ya jiji", "Mwandishi: Amina Hassan", "2 Desemba 2026", "", "Lebo", ["Barabara", "Miundombinu"], ["Amina Hassan"], "2026-12-02", ""),
    ("sw-arc", "sw", "arc", "Madiwani wapinga ongezeko la ushuru wa masoko", "Salim Omari", "Desemba 2, 2026 18:30", "", "Mada", ["Ushuru", "Masoko"], ["Salim Omari"], "2026-12-02T18:30:00+03:00", "2026-12-02T18:30:00+03:00"),
    ("nl-own", "nl", "own", "Gemeenteraad neemt begroting aan", "Door Sanne de Boer", "2 dec. 2026, 14:30", "Laatst bijgewerkt: 2 dec. 2026, 16:05", "Onderwerpen", ["Begroting", "Gemeenteraad"], ["Sanne de Boer"], "2026-12-02T14:30", ""),
    ("nl-wp", "nl", "wp", "Vijfhonderd betaalbare huurwoningen erbij", "Pieter Bakker en Femke Visser", "woensdag 2 december 2026, 09.15 uur", "", "Trefwoorden", ["Woningbouw", "Huur"], ["Pieter Bakker", "Femke Visser"], "2026-12-02T09:15", ""),
    ("nl-arc", "nl", "arc", "Parkeren in binnenstad wordt duurder", "ANP", "02-12-2026, 18:40", "", "Onderwerpen", ["Parkeren"], ["ANP"], "2026-12-02T18:40:00+01:00", "2026-12-02T18:40:00+01:00"),
    ("uk-own", "uk", "own", "Міська рада ухвалила бюджет на наступний рік", "Автор: Олена Коваленко", "02.12.2026, 14:30", "Оновлено: 02.12.2026, 16:05", "Теги", ["Бюджет", "Міська рада"], ["Олена Коваленко"], "2026-12-02T14:30", ""),
    ("uk-wp", "uk", "wp", "Нові тролейбуси вийдуть на маршрути навесні", "Іван Мельник", "2 грудня 2026, 09:15", "", "Теми", ["Тролейбуси", "Транспорт"], ["Іван Мельник"], "2026-12-02T09:15", ""),
    ("uk-arc", "uk", "arc", "Тарифи на вивезення сміття зростуть", "Марія Шевчук", "Середа, 2 грудня 2026, 18:40", "", "Теги", ["Тарифи"], ["Марія Шевчук"], "2026-12-02T18:40:00+02:00", "2026-12-02T18:40:00+02:00"),
    ("ro-own", "ro", "own", "Consiliul Local a aprobat bugetul pe anul viitor", "Autor: Ioana Dumitrescu", "02.12.2026, 14:30", "Actualizat: 02.12.2026, 16:05", "Etichete", ["Buget", "Consiliul Local"], ["Ioana Dumitrescu"], "2026-12-02T14:30", ""),
    ("ro-wp", "ro", "wp", "Douăzeci de autobuze electrice noi", "de Mihai Popa", "Miercuri, 2 decembrie 2026, 09:15", "", "Subiecte", ["Autobuze electrice", "Transport"], ["Mihai Popa"], "2026-12-02T09:15", ""),
    ("ro-arc", "ro", "arc", "Taxa de salubrizare crește de la anul", "Elena Marin", "2 dec. 2026, 18:40", "", "Etichete", ["Salubrizare"], ["Elena Marin"], "2026-12-02T18:40:00+02:00", "2026-12-02T18:40:00+02:00"),
    ("fi-own", "fi", "own", "Valtuusto hyväksyi ensi vuoden talousarvion", "Matti Virtanen", "2.12.2026 14:30", "Päivitetty 2.12.2026 16:05", "Aiheet", ["Talousarvio", "Valtuusto"], ["Matti Virtanen"], "2026-12-02T14:30", ""),
    ("fi-wp", "fi", "wp", "Sähköbussit tulevat linjoille keväällä", "Liisa Korhonen, Jussi Nieminen", "Julkaistu 2.12.2026 klo 9.15", "", "Avainsanat", ["Sähköbussit", "Joukkoliikenne"], ["Liisa Korhonen", "Jussi Nieminen"], "2026-12-02T09:15", ""),
    ("fi-arc", "fi", "arc", "Pysäköinti keskustassa kallistuu", "STT", "2.12. 18:40", "", "Aiheet", ["Pysäköinti"], ["STT"], "2026-12-02T18:40:00+02:00", "2026-12-02T18:40:00+02:00"),
    ("el-own", "el", "own", "Εγκρίθηκε ο προϋπολογισμός του δήμου", "Γιώργος Παπαδάκης", "02.12.2026 • 14:30", "Τελευταία ενημέρωση: 02.12.2026 • 16:05", "Ετικέτες", ["Προϋπολογισμός", "Δημοτικό συμβούλιο"], ["Γιώργος Παπαδάκης"], "2026-12-02T14:30", ""),
    ("el-wp", "el", "wp", "Είκοσι ηλεκτρικά λεωφορεία στους δρόμους", "Γράφει η Μαρία Κωνσταντίνου", "Τετάρτη, 2 Δεκεμβρίου 2026, 09:15", "", "Θέματα", ["Λεωφορεία", "Συγκοινωνίες"], ["Μαρία Κωνσταντίνου"], "2026-12-02T09:15", ""),
    ("el-arc", "el", "arc", "Αυξάνονται τα δημοτικά τέλη", "Νίκος Αλεξίου", "2/12/2026, 18:40", "", "Ετικέτες", ["Δημοτικά τέλη"], ["Νίκος Αλεξίου"], "2026-12-02T18:40:00+02:00", "2026-12-02T18:40:00+02:00"),
    ("hu-own", "hu", "own", "Elfogadta a közgyűlés a jövő évi költségvetést", "Kovács Anna", "2026. december 2. 14:30", "Frissítve: 2026. december 2. 16:05", "Címkék", ["költségvetés", "közgyűlés"], ["Kovács Anna"], "2026-12-02T14:30", ""),
    ("hu-wp", "hu", "wp", "Húsz új villamos érkezik a városba", "Szerző: Nagy Péter és Tóth Eszter", "2026.12.02. 09:15", "", "Témák", ["Villamos", "Közlekedés"], ["Nagy Péter", "Tóth Eszter"], "2026-12-02T09:15", ""),
    ("hu-arc", "hu", "arc", "Drágul a parkolás a belvárosban", "Szabó Gábor", "2026. 12. 02. 18:40", "", "Címkék", ["Parkolás"], ["Szabó Gábor"], "2026-12-02T18:40:00+01:00", "2026-12-02T18:40:00+01:00"),
    ("ar-own", "ar", "own", "مجلس المدينة يقر ميزانية العام المقبل", "كتب: أحمد المصري", "الأربعاء 2 ديسمبر 2026 - 02:30 م", "آخر تحديث: الأربعاء 2 ديسمبر 2026 - 04:05 م", "الكلمات المفتاحية", ["الميزانية", "مجلس المدينة"], ["أحمد المصري"], "2026-12-02T14:30", ""),
    ("ar-wp", "ar", "wp", "عشرون حافلة كهربائية جديدة في شوارع المدينة", "بقلم سارة الخطيب", "نشر في: 02/12/2026 09:15 ص", "", "وسوم", ["حافلات", "النقل العام"], ["سارة الخطيب"], "2026-12-02T09:15", ""),
    ("ar-arc", "ar", "arc", "رسوم جمع النفايات ترتفع العام المقبل", "محمد العلي", "2 ديسمبر 2026 18:40", "", "الوسوم", ["النفايات"], ["محمد العلي"], "2026-12-02T18:40:00+03:00", "2026-12-02T18:40:00+03:00"),
    ("vi-own", "vi", "own", "Hội đồng nhân dân thông qua dự toán ngân sách năm tới", "Nguyễn Văn An", "Thứ tư, 2/12/2026, 14:30 (GMT+7)", "", "Từ khóa", ["Ngân sách", "Hội đồng nhân dân"], ["Nguyễn Văn An"], "2026-12-02T14:30:00+07:00", ""),
    ("vi-wp", "vi", "wp", "Thêm hai mươi xe buýt điện cho thành phố", "Theo Trần Thị Bình", "02/12/2026 09:15", "Cập nhật: 02/12/2026 11:40", "Chủ đề", ["Xe buýt", "Giao thông"], ["Trần Thị Bình"], "2026-12-02T09:15", ""),
    ("vi-arc", "vi", "arc", "Sửa chữa ba cây cầu trong năm tới", "Lê Minh Hoàng", "02/12/2026 - 18:40", "", "Từ khóa", ["Cầu"], ["Lê Minh Hoàng"], "2026-12-02T18:40:00+07:00", "2026-12-02T18:40:00+07:00"),
    ("th-own", "th", "own", "สภาเมืองเห็นชอบงบประมาณปีหน้า", "โดย สมชาย ใจดี", "2 ธ.ค. 2569 14:30 น.", "", "แท็ก", ["งบประมาณ", "สภาเมือง"], ["สมชาย ใจดี"], "2026-12-02T14:30", ""),
    ("th-wp", "th", "wp", "รถเมล์ไฟฟ้ายี่สิบคันเตรียมวิ่งปีหน้า", "ผู้เขียน: สุดา แสงทอง", "วันพุธ ที่ 2 ธันวาคม พ.ศ. 2569 เวลา 09:15 น.", "", "หัวข้อ", ["รถเมล์"], ["สุดา แสงทอง"], "2026-12-02T09:15", ""),
    ("th-arc", "th", "arc", "ค่าเก็บขยะขึ้นราคาปีหน้า", "วิชัย ศรีสุข", "2 ธ.ค. 69 18:40", "", "แท็ก", ["ขยะ"], ["วิชัย ศรีสุข"], "2026-12-02T18:40:00+07:00", "2026-12-02T18:40:00+07:00"),
    # "seo": JSON-LD with the headline, dateModified and a keyword string holding the site's
    # name; og:title a social variant; the description the headline again; the published
    # time only in the visible line; the section link ("zprávy") over the headline. (No bare
    # "news" word among the keywords: the looked-at answers keep one, topics._is_section_code.)
    ("cs-seo", "cs", "seo", "Praha zdraží jízdné v MHD od ledna", "Text: Karel Novotný, foto: Jiří Malý", "Publikováno: 2. 12. 2026, 10:20", "Aktualizováno: 2. 12. 2026, 15:45", "zprávy", ["MHD", "Jízdné"], ["Karel Novotný"], "2026-12-02T10:20", "2026-12-02T15:45:00+01:00"),
    ("pl-seo", "pl", "seo", "Ceny biletów komunikacji miejskiej wzrosną", "oprac. Joanna Maj", "Data publikacji: 02.12.2026, 10:20", "Data aktualizacji: 02.12.2026, 15:45", "wiadomości", ["Komunikacja miejska", "Bilety"], ["Joanna Maj"], "2026-12-02T10:20", "2026-12-02T15:45:00+01:00"),
    ("ptbr-seo", "pt-BR", "seo", "Passagem de ônibus fica mais cara em janeiro", "Por Lucas Mendes, da Folha Exemplo", "2 de dezembro de 2026 | 10:20", "Atualizado 2 de dezembro de 2026 | 15:45", "notícias", ["Transporte", "Ônibus"], ["Lucas Mendes"], "2026-12-02T10:20", "2026-12-02T15:45:00-03:00"),
    ("he-seo", "he", "seo", "מחיר הנסיעה בתחבורה הציבורית יעלה בינואר", "מאת דנה לוי | צילום: משה כהן", "02/12/2026 10:20", "עודכן: 02/12/2026 15:45", "חדשות", ["תחבורה ציבורית", "מחירים"], ["דנה לוי"], "2026-12-02T10:20", "2026-12-02T15:45:00+02:00"),
    ("zh-seo", "zh", "seo", "公交票价明年一月起上调", "作者：刘洋 | 编辑：孙丽", "2026年12月2日 10:20", "", "新闻", ["公交", "票价"], ["刘洋"], "2026-12-02T10:20", "2026-12-02T15:45:00+08:00"),
    ("zhtw-seo", "zh-TW", "seo", "公車票價明年一月起調漲", "文／張雅婷", "2026-12-02 10:20", "更新：2026-12-02 15:45", "新聞", ["公車", "票價"], ["張雅婷"], "2026-12-02T10:20", "2026-12-02T15:45:00+08:00"),
    ("id-seo", "id", "seo", "Tarif bus kota naik mulai Januari", "Laporan: Agus Setiawan | Editor: Rina Marlina", "Rabu, 2 Desember 2026 - 10:20 WIB", "Diperbarui: Rabu, 2 Desember 2026 - 15:45 WIB", "berita", ["Tarif bus", "Transportasi"], ["Agus Setiawan"], "2026-12-02T10:20:00+07:00", "2026-12-02T15:45:00+07:00"),
    ("lt-seo", "lt", "seo", "Viešojo transporto bilietai brangs nuo sausio", "Parengė Jurgita Vaitkutė", "2026-12-02 10:20", "Atnaujinta: 2026-12-02 15:45", "naujienos", ["Viešasis transportas", "Bilietai"], ["Jurgita Vaitkutė"], "2026-12-02T10:20", "2026-12-02T15:45:00+02:00"),
    ("sw-seo", "sw", "seo", "Nauli za mabasi kupanda kuanzia Januari", "Na Halima Juma", "Jumatano, Desemba 02, 2026", "", "habari", ["Nauli", "Usafiri"], ["Halima Juma"], "2026-12-02", "2026-12-02T15:45:00+03:00"),
    ("is-seo", "is", "seo", "Strætófargjöld hækka í janúar", "Anna Kristín Pálsdóttir", "2. des. 2026 10:20", "Uppfært 2. des. 2026 15:45", "fréttir", ["Strætó", "Fargjöld"], ["Anna Kristín Pálsdóttir"], "2026-12-02T10:20", "2026-12-02T15:45:00+00:00"),
    ("uk-seo", "uk", "seo", "Проїзд у громадському транспорті подорожчає з січня", "Автор: Петро Бондар", "2 грудня 2026 р., 10:20", "Оновлено: 2 грудня 2026 р., 15:45", "новини", ["Громадський транспорт", "Тарифи"], ["Петро Бондар"], "2026-12-02T10:20", "2026-12-02T15:45:00+02:00"),
    ("ro-seo", "ro", "seo", "Biletele de autobuz se scumpesc din ianuarie", "Autor: Cristina Lungu", "Publicat: 02 decembrie 2026, 10:20", "Actualizat: 02 decembrie 2026, 15:45", "știri", ["Transport public", "Bilete"], ["Cristina Lungu"], "2026-12-02T10:20", "2026-12-02T15:45:00+02:00"),
    ("nl-seo", "nl", "seo", "Buskaartje wordt in januari duurder", "Door onze verslaggever Tim Smit", "02-12-26, 10:20", "Laatste update: 02-12-26, 15:45", "nieuws", ["Openbaar vervoer", "Tarieven"], ["Tim Smit"], "2026-12-02T10:20", "2026-12-02T15:45:00+01:00"),
    ("fi-seo", "fi", "seo", "Bussiliput kallistuvat tammikuussa", "Teksti: Anu Mäkelä | Kuvat: Ville Koski", "2.12.2026 10:20", "Päivitetty 2.12.2026 15:45", "uutiset", ["Joukkoliikenne", "Liput"], ["Anu Mäkelä"], "2026-12-02T10:20", "2026-12-02T15:45:00+02:00"),
    ("ms-seo", "ms", "seo", "Tambang bas naik mulai Januari", "Oleh Farah Aziz", "Rabu, 2 Disember 2026 10:20 pagi", "Dikemaskini: Rabu, 2 Disember 2026 3:45 petang", "berita", ["Tambang bas", "Pengangkutan"], ["Farah Aziz"], "2026-12-02T10:20", "2026-12-02T15:45:00+08:00"),
    ("hi-seo", "hi", "seo", "बस का किराया जनवरी से बढ़ेगा", "रिपोर्ट: दीपक मिश्रा", "Published: 02 Dec 2026 10:20 AM (IST)", "Updated: 02 Dec 2026 03:45 PM (IST)", "समाचार", ["बस किराया", "परिवहन"], ["दीपक मिश्रा"], "2026-12-02T10:20:00+05:30", "2026-12-02T15:45:00+05:30"),
    ("enin-seo", "en-IN", "seo", "Bus fares to go up from January", "Sanjay Menon", "Published: 02 Dec 2026, 10:20 AM IST", "Last Updated: 02 Dec 2026, 03:45 PM IST", "news", ["Bus fares", "Transport"], ["Sanjay Menon"], "2026-12-02T10:20:00+05:30", "2026-12-02T15:45:00+05:30"),
    # "mix": no JSON-LD, the logo the h1 and the headline an h2, <title> with the site in
    # the local style, one meta line with byline and dates, "read also" and ad label lines
    # and a photo credit inside the text, tags as "#" links; row[5] is the <title>, row[7]
    # the ad label
    ("zh-mix", "zh", "mix", "公交线路调整方案公布", "2026-12-02 14:30 来源：海滨日报 作者：赵雪", "公交线路调整方案公布｜海滨日报", "", "广告", ["公交", "线路"], ["赵雪"], "2026-12-02T14:30", ""),
    ("zhtw-mix", "zh-TW", "mix", "捷運延伸線明年動工", "文／李佩珊 2026/12/02 14:30", "捷運延伸線明年動工 - 政治 - 海濱時報", "", "廣告", ["捷運", "交通"], ["李佩珊"], "2026-12-02T14:30", ""),
    ("cs-mix", "cs", "mix", "Obnova náměstí začne v březnu", "Lucie Horáková | 2. prosince 2026 | 14:30", "Obnova náměstí začne v březnu - Deník Příklad", "", "Reklama", ["Náměstí", "Obnova"], ["Lucie Horáková"], "2026-12-02T14:30", ""),
    ("he-mix", "he", "mix", "שיפוץ הכיכר יתחיל במרץ", "רונית לוי | 02.12.2026 | 14:30", "שיפוץ הכיכר יתחיל במרץ - חדשות הדוגמה", "", "פרסומת", ["כיכר", "שיפוצים"], ["רונית לוי"], "2026-12-02T14:30", ""),
    ("hi-mix", "hi", "mix", "चौक का नवीनीकरण मार्च से शुरू होगा", "राहुल शर्मा | Updated: 02 Dec 2026 04:05 PM | Published: 02 Dec 2026 02:30 PM", "चौक का नवीनीकरण मार्च से शुरू होगा - उदाहरण समाचार | Hindi News", "", "विज्ञापन", ["चौक", "नवीनीकरण"], ["राहुल शर्मा"], "2026-12-02T14:30", ""),
    ("enin-mix", "en-IN", "mix", "Square renovation to begin in March", "Anjali Rao | Dec 2, 2026, 14:30 IST", "Square renovation to begin in March | The Example Chronicle - Latest News", "", "Advertisement", ["Renovation", "City square"], ["Anjali Rao"], "2026-12-02T14:30:00+05:30", ""),
    ("is-mix", "is", "mix", "Endurbætur á torginu hefjast í mars", "Páll Einarsson | 2. desember 2026 | 14:30", "Endurbætur á torginu hefjast í mars - Dæmiblaðið", "", "Auglýsing", ["Torgið", "Framkvæmdir"], ["Páll Einarsson"], "2026-12-02T14:30", ""),
    ("lt-mix", "lt", "mix", "Aikštės rekonstrukcija prasidės kovą", "Tomas Kazlauskas, 2026 m. gruodžio 2 d. 14:30", "Aikštės rekonstrukcija prasidės kovą | Pavyzdžio žinios", "", "Reklama", ["Aikštė", "Rekonstrukcija"], ["Tomas Kazlauskas"], "2026-12-02T14:30", ""),
    ("ms-mix", "ms", "mix", "Kerja baik pulih dataran bermula Mac", "Oleh Azman Yusof - Disember 2, 2026 @ 2:30ptg", "Kerja baik pulih dataran bermula Mac | Berita Contoh", "", "Iklan", ["Dataran", "Baik pulih"], ["Azman Yusof"], "2026-12-02T14:30", ""),
    ("id-mix", "id", "mix", "Renovasi alun-alun dimulai Maret", "Rudi Hartono - Rabu, 02 Desember 2026 | 14:30 WIB", "Renovasi alun-alun dimulai Maret : Kabar Contoh", "", "Iklan", ["Alun-alun", "Renovasi"], ["Rudi Hartono"], "2026-12-02T14:30:00+07:00", ""),
    ("pl-mix", "pl", "mix", "Remont rynku ruszy w marcu", "Marek Zieliński | 2 grudnia 2026, 14:30", "Remont rynku ruszy w marcu - Gazeta Przykładowa", "", "Reklama", ["Rynek", "Remont"], ["Marek Zieliński"], "2026-12-02T14:30", ""),
    ("ptbr-mix", "pt-BR", "mix", "Reforma da praça começa em março", "Por Carlos Lima — São Paulo | 02/12/2026 14h30", "Reforma da praça começa em março - Folha Exemplo", "", "Publicidade", ["Praça", "Reforma"], ["Carlos Lima"], "2026-12-02T14:30", ""),
    ("ptpt-mix", "pt-PT", "mix", "Obras na praça começam em março", "Rui Santos | 2 dez 2026, 14:30", "Obras na praça começam em março - Jornal Exemplo", "", "Publicidade", ["Praça", "Obras"], ["Rui Santos"], "2026-12-02T14:30", ""),
    ("sw-mix", "sw", "mix", "Ukarabati wa uwanja kuanza Machi", "Na Salim Omari | Desemba 2, 2026 14:30", "Ukarabati wa uwanja kuanza Machi - Gazeti Mfano", "", "Tangazo", ["Uwanja", "Ukarabati"], ["Salim Omari"], "2026-12-02T14:30", ""),
    ("uk-mix", "uk", "mix", "Реконструкція площі розпочнеться в березні", "Олег Марченко, 2 грудня 2026, 14:30", "Реконструкція площі розпочнеться в березні | Приклад Новини", "", "Реклама", ["Площа", "Реконструкція"], ["Олег Марченко"], "2026-12-02T14:30", ""),
    ("ro-mix", "ro", "mix", "Renovarea pieței începe în martie", "Andrei Stan | 02.12.2026 | 14:30", "Renovarea pieței începe în martie - Ziarul Exemplu", "", "Publicitate", ["Piața", "Renovare"], ["Andrei Stan"], "2026-12-02T14:30", ""),
    ("fi-mix", "fi", "mix", "Torin remontti alkaa maaliskuussa", "Mikko Laine | 2.12.2026 14:30", "Torin remontti alkaa maaliskuussa | Esimerkkilehti", "", "Mainos", ["Tori", "Remontti"], ["Mikko Laine"], "2026-12-02T14:30", ""),
    ("el-mix", "el", "mix", "Η ανάπλαση της πλατείας ξεκινά τον Μάρτιο", "Κώστας Ιωάννου | 02.12.2026, 14:30", "Η ανάπλαση της πλατείας ξεκινά τον Μάρτιο | Εφημερίδα Παράδειγμα", "", "Διαφήμιση", ["Πλατεία", "Ανάπλαση"], ["Κώστας Ιωάννου"], "2026-12-02T14:30", ""),
    ("hu-mix", "hu", "mix", "Márciusban kezdődik a tér felújítása", "Varga Béla | 2026. december 2. 14:30", "Márciusban kezdődik a tér felújítása - Példa Hírlap", "", "Hirdetés", ["Tér", "Felújítás"], ["Varga Béla"], "2026-12-02T14:30", ""),
    ("ar-mix", "ar", "mix", "تجديد الساحة يبدأ في مارس", "خالد يوسف | الأربعاء 2 ديسمبر 2026 | 02:30 م", "تجديد الساحة يبدأ في مارس - صحيفة المثال", "", "إعلان", ["الساحة", "تجديد"], ["خالد يوسف"], "2026-12-02T14:30", ""),
    ("vi-mix", "vi", "mix", "Cải tạo quảng trường bắt đầu từ tháng 3", "Phạm Văn Đức | 02/12/2026 14:30", "Cải tạo quảng trường bắt đầu từ tháng 3 - Báo Ví Dụ", "", "Quảng cáo", ["Quảng trường", "Cải tạo"], ["Phạm Văn Đức"], "2026-12-02T14:30", ""),
    ("th-mix", "th", "mix", "ปรับปรุงลานเมืองเริ่มมีนาคม", "ประเสริฐ วงศ์ใหญ่ | 2 ธ.ค. 2569 14:30 น.", "ปรับปรุงลานเมืองเริ่มมีนาคม - ข่าวตัวอย่าง", "", "โฆษณา", ["ลานเมือง", "ปรับปรุง"], ["ประเสริฐ วงศ์ใหญ่"], "2026-12-02T14:30", ""),
    ("nl-mix", "nl", "mix", "Herinrichting plein begint in maart", "Pieter Bakker | 2 december 2026, 14:30", "Herinrichting plein begint in maart | Het Voorbeeldblad", "", "Advertentie", ["Plein", "Herinrichting"], ["Pieter Bakker"], "2026-12-02T14:30", ""),
]  # fmt: skip


def _body(lang: str) -> tuple[str, str]:
    """The article's paragraphs with a crosshead, and the same as the reader keys it."""
    _, _, paras, crosshead, *_ = SITES[lang]
    html = f"<p>{paras[0]}</p><p>{paras[1]}</p><h2>{crosshead}</h2><p>{paras[2]}</p>"
    return html, "\n\n".join([paras[0], paras[1], crosshead, paras[2]])


def _ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def _wp(row: tuple) -> str:
    """A WordPress theme: Yoast's graph with the headline only, entry-meta, rel=tag links."""
    _, lang, _, h1, byline, dateline, updated, heading, tags, *_ = row
    code, site, _, _, caption, related, teasers, share, _ = SITES[lang]
    body, _ = _body(lang)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": site, "url": "https://www.example.test/"},
        {"@type": "Article", "headline": h1, "publisher": {"@type": "Organization", "name": site}},
    ]}  # fmt: skip
    links = " ".join(f'<a href="/tag/t{i}/" rel="tag">{t}</a>' for i, t in enumerate(tags))
    upd = f'<span class="updated">{updated}</span>' if updated else ""
    return (
        f'<!DOCTYPE html><html lang="{code}"><head><meta charset="UTF-8">'
        f"<title>{h1} – {site}</title>"
        f'<meta property="og:title" content="{h1} – {site}"><meta property="og:site_name" content="{site}">'
        f'{_ld(graph)}</head><body class="single-post">'
        f'<header class="site-header"><a class="logo" href="/">{site}</a><nav><a href="/">Home</a></nav></header>'
        f'<main id="main"><article class="post type-post"><header class="entry-header">'
        f'<h1 class="entry-title">{h1}</h1><div class="entry-meta"><span class="byline">{byline}</span> '
        f'<span class="posted-on">{dateline}</span> {upd}</div></header>'
        f'<div class="share-bar">{share}</div>'
        f'<figure class="wp-block-image"><img src="/wp-content/uploads/2026/12/a.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
        f'<div class="entry-content">{body}</div>'
        f'<footer class="entry-footer"><span class="tags-links">{heading}: {links}</span></footer>'
        f'</article><section class="related-posts"><h3>{related}</h3><ul>'
        + "".join(f'<li><a href="/p{i}/">{t}</a></li>' for i, t in enumerate(teasers))
        + f'</ul></section></main><footer class="site-footer">© 2026 {site}</footer></body></html>'
    )


def _own(row: tuple) -> str:
    """A home-grown CMS: no JSON-LD, no metas, the byline and dates as divs above the text."""
    _, lang, _, h1, byline, dateline, updated, heading, tags, *_ = row
    code, site, _, _, caption, related, teasers, share, _ = SITES[lang]
    body, _ = _body(lang)
    links = "".join(f'<a href="/keyword/{i}.html">{t}</a>' for i, t in enumerate(tags))
    upd = f'<div class="upd">{updated}</div>' if updated else ""
    return (
        f'<html lang="{code}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{h1} | {site}</title></head><body>"
        f'<div id="top"><a href="/">{site}</a> <a href="/news/">News</a></div>'
        f'<div class="wrap"><div class="crumbs"><a href="/">{site}</a> &gt; <a href="/city/">City</a></div>'
        f'<div class="art-head"><h1>{h1}</h1><div class="info"><div class="author">{byline}</div>'
        f'<div class="time">{dateline}</div>{upd}</div></div>'
        f'<div class="art-body"><div class="pic"><img src="/img/2026/12/02/a.jpg"><p class="pic-text">{caption}</p></div>'
        f'{body}<div class="keywords">{heading}{"" if heading.endswith("：") else ":"} {links}</div>'
        f'<div class="share">{share}</div></div>'
        f'<div class="related"><div class="hd">{related}</div><ul>'
        + "".join(f'<li><a href="/a{i}.html">{t}</a></li>' for i, t in enumerate(teasers))
        + f'</ul></div></div><div id="foot">Copyright © 2026 {site}</div></body></html>'
    )


def _arc(row: tuple) -> str:
    """An Arc-like page: JSON-LD naming the publisher as author, a paywall note after the text."""
    _, lang, _, h1, byline, dateline, _, heading, tags, _, _, ld_date = row
    code, site, _, _, caption, related, teasers, share, paywall = SITES[lang]
    body, _ = _body(lang)
    article = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": h1,
        "datePublished": ld_date, "author": {"@type": "Organization", "name": site},
        "publisher": {"@type": "Organization", "name": site},
        "image": ["https://www.example.test/resizer/a.jpg"],
    }  # fmt: skip
    links = "".join(f'<li><a href="/topics/t{i}/">{t}</a></li>' for i, t in enumerate(tags))
    return (
        f'<!doctype html><html lang="{code}"><head><meta charset="utf-8">'
        f"<title>{h1} - {site}</title>"
        f'<meta property="og:title" content="{h1} | {site}"><meta property="og:image" content="https://www.example.test/resizer/a.jpg">'
        f'{_ld(article)}</head><body><div id="fusion-app">'
        f'<nav class="masthead"><a href="/">{site}</a></nav><article class="article">'
        f'<h1 class="headline">{h1}</h1><div class="byline"><span class="author-name">{byline}</span>'
        f'<time class="timestamp">{dateline}</time></div>'
        f'<figure><img src="https://www.example.test/resizer/a.jpg"><figcaption>{caption}</figcaption></figure>'
        f'<div class="article-body">{body}<p class="paywall-note">{paywall}</p></div>'
        f'<div class="share">{share}</div>'
        f'<div class="tags"><h4>{heading}</h4><ul>{links}</ul></div></article>'
        f'<aside class="more"><h3>{related}</h3>'
        + "".join(f'<a href="/x{i}/">{t}</a>' for i, t in enumerate(teasers))
        + "</aside></div></body></html>"
    )


def _seo(row: tuple) -> str:
    """JSON-LD with the headline, dateModified and keywords (with the site's name); og:title
    a social variant; the published time only in the visible line; a section over the h1."""
    _, lang, _, h1, byline, dateline, updated, news, tags, _, _, modified = row
    code, site, _, _, caption, related, teasers, share, _ = SITES[lang]
    body, _ = _body(lang)
    article = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": h1,
        "dateModified": modified, "keywords": ", ".join([*tags, site]),
        "publisher": {"@type": "Organization", "name": site},
    }  # fmt: skip
    upd = f'<p class="meta-upd">{updated}</p>' if updated else ""
    return (
        f'<html lang="{code}"><head><meta charset="utf-8">'
        f"<title>{h1} - {site}</title>"
        f'<meta property="og:title" content="{tags[0]}: {h1}">'
        f'<meta name="description" content="{h1}">{_ld(article)}</head><body>'
        f'<header><a href="/">{site}</a></header><div class="container"><div class="main-col">'
        f'<div class="headline-block"><a class="section" href="/s/">{news}</a><h1>{h1}</h1></div>'
        f'<div class="meta"><p class="meta-author">{byline}</p><p class="meta-date">{dateline}</p>{upd}</div>'
        f'<div class="media"><img src="/media/a.jpg" alt=""><span class="caption">{caption}</span></div>'
        f'<div class="text">{body}</div><div class="share-buttons">{share}</div></div>'
        f'<div class="sidebar"><h3>{related}</h3>'
        + "".join(
            f'<div class="teaser"><a href="/s{i}">{t}</a></div>' for i, t in enumerate(teasers)
        )
        + "</div></div></body></html>"
    )


def _mix(row: tuple) -> str:
    """No JSON-LD; the h1 the logo, the headline an h2; one meta line, "read also",
    an ad label and a photo credit among the paragraphs, tags as "#" links."""
    _, lang, _, h1, metaline, title, _, ad, tags, *_ = row
    code, site, paras, crosshead, caption, related, teasers, share, _ = SITES[lang]
    links = " ".join(f'<a href="/tag/{i}">#{t}</a>' for i, t in enumerate(tags))
    return (
        f'<html lang="{code}"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{title}"></head><body>'
        f'<div class="top"><h1 class="logo"><a href="/">{site}</a></h1></div><div class="story">'
        f'<h2 class="story-title">{h1}</h2><div class="story-meta">{metaline}</div>'
        f'<div class="story-text"><p>{paras[0]}</p>'
        f'<p><strong>{related}:</strong> <a href="/r/1">{teasers[0]}</a></p>'
        f'<p class="ad-label">{ad}</p><p>{paras[1]}</p>'
        f'<p><img src="/i/2.jpg"></p><p class="wp-caption-text">{caption}</p>'
        f"<h3>{crosshead}</h3><p>{paras[2]}</p></div>"
        f'<div class="story-tags">{links}</div><div class="story-share">{share}</div>'
        f"</div></body></html>"
    )


LAYOUTS = {"wp": _wp, "own": _own, "arc": _arc, "seo": _seo, "mix": _mix}


def _tokens_f1(got: str, want: str) -> float:
    a, b = Counter(got.split()), Counter(want.split())
    common = sum((a & b).values())
    if not common:
        return 0.0
    p, r = common / sum(a.values()), common / sum(b.values())
    return 2 * p * r / (p + r)


# each site's host, spelt after its name as publishers' hosts are
HOSTS = {
    "zh": "www.haibinribao.cn", "zh-TW": "www.haibin-times.com.tw", "cs": "www.denikpriklad.cz",
    "he": "www.dugma-news.co.il", "hi": "www.udaharansamachar.in",
    "en-IN": "www.examplechronicle.in", "is": "www.daemibladid.is",
    "lt": "www.pavyzdziozinios.lt", "ms": "www.beritacontoh.my", "id": "www.kabarcontoh.id",
    "pl": "www.gazetaprzykladowa.pl", "pt-BR": "www.folhaexemplo.com.br",
    "pt-PT": "www.jornalexemplo.pt", "sw": "www.gazetimfano.co.tz",
    "nl": "www.hetvoorbeeldblad.nl", "uk": "www.pryklad-novyny.ua",
    "ro": "www.ziarulexemplu.ro", "fi": "www.esimerkkilehti.fi",
    "el": "www.efimerida-paradeigma.gr", "hu": "www.peldahirlap.hu", "ar": "www.almithal.com",
    "vi": "www.baovidu.vn", "th": "www.khaotuayang.co.th",
}  # fmt: skip


def _extract(row: tuple) -> Article:
    html = LAYOUTS[row[2]](row)
    return extract_article(html.encode(), f"https://{HOSTS[row[1]]}/2026/12/02/{row[0]}/")


# Left: none. A strict xfail per (field, page) goes here. The four Arc pages whose JSON-LD names
# the site itself as author and whose byline prints only the agency ("PTI", "Lusa", "ANP",
# "STT") gave the site's name: the agency printed wins over the site crediting itself
# (authors-18; a JSON-LD newsroom of another name stays, test_extract_authors_german).
# (Mended by people-9: "Amit Verma, New Delhi", "| New Delhi |", "記者NAME台北2日電", "文 NAME
# 2026/12/02"; tests/test_extract_authors_places.py.)
MISSES: dict[tuple[str, str], str] = {}


def _rows(field: str) -> list[object]:
    return [
        pytest.param(p, id=p[0], marks=pytest.mark.xfail(reason=MISSES[field, p[0]], strict=True))
        if (field, p[0]) in MISSES
        else pytest.param(p, id=p[0])
        for p in PAGES
    ]


@pytest.mark.parametrize("row", _rows("title"))
def test_title(row: tuple) -> None:
    assert _extract(row).title == row[3]


@pytest.mark.parametrize("row", _rows("authors"))
def test_authors(row: tuple) -> None:
    assert _extract(row).authors == row[9]


@pytest.mark.parametrize("row", _rows("published"))
def test_published(row: tuple) -> None:
    found, want = _extract(row).published, row[10]
    if len(want) > 10 and datetime.fromisoformat(want).tzinfo is None:
        # no offset stated: the wall clock counts (the zone of the page's country is a guess)
        assert found and datetime.fromisoformat(found).replace(
            tzinfo=None
        ) == datetime.fromisoformat(want)
    else:
        assert found == want


@pytest.mark.parametrize("row", PAGES, ids=[p[0] for p in PAGES])
def test_topics(row: tuple) -> None:
    assert _extract(row).topics == row[8]


@pytest.mark.parametrize("row", PAGES, ids=[p[0] for p in PAGES])
def test_body(row: tuple) -> None:
    found = _extract(row).body or ""
    assert _tokens_f1(found, _body(row[1])[1]) >= 0.95, found
    _, _, _, _, caption, related, teasers, share, paywall = SITES[row[1]]
    furniture = [caption, related, *teasers, share, paywall]
    if row[2] == "mix":
        furniture.append(row[7])  # the ad label
    assert [f for f in furniture if f in found] == []


# A description that repeats the headline, above the text with no kicker between: no
# standfirst (it came back as the body's first line, core.extract_article).
@pytest.mark.parametrize("rid", ["cs-seo", "pl-seo", "ptbr-seo", "uk-seo"])
def test_a_description_repeating_the_headline_is_no_lead(rid: str) -> None:
    row = next(p for p in PAGES if p[0] == rid)
    html = _seo(row).replace(f'<a class="section" href="/s/">{row[7]}</a>', "")
    found = extract_article(html.encode(), f"https://{HOSTS[row[1]]}/2026/12/02/{rid}/")
    assert (found.body or "").split("\n\n")[0] == SITES[row[1]][2][0]


# A site's name with an article its host leaves out (langwords.NAME_ARTICLES). The Dutch row
# is a guard: one long word of the name spelt by the host already named the site.
@pytest.mark.parametrize(
    ("rid", "site", "host"),
    [
        ("nl-mix", "Het Voorbeeldblad", "www.voorbeeldblad.nl"),
        ("ptpt-mix", "O Jornal Exemplo", "www.jornalexemplo.pt"),
        ("enin-mix", "The Example Chronicle", "www.examplechronicle.in"),
    ],
)
def test_a_site_name_with_an_article_the_host_leaves_out(rid: str, site: str, host: str) -> None:
    row = list(next(p for p in PAGES if p[0] == rid))
    row[5] = f"{row[3]} | {site}"
    html = _mix(tuple(row))
    assert extract_article(html.encode(), f"https://{host}/2026/12/02/a/").title == row[3]
