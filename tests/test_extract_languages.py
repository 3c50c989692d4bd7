"""Whole invented article pages in twelve languages the world set never showed (issue 10).

Each page is laid out the way newsrooms in that language lay theirs out: a <title> with the
site's name after that language's usual separator, og:title, a section link, an h1, a byline
and a date line in the language's words with its "published" and "updated" labels, a tag list
under the local heading, a "read also" block of other stories' headlines, a footer; a JSON-LD
block on some pages and none on others, and one page with no lang attribute. Every name,
sentence, site and date here is made up. A page names its language, so a failure says which
language regressed.
"""

# ruff: noqa: E501  -- table rows read best one field per line

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import datetime

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names


@dataclass(frozen=True)
class Page:
    """One invented page: what the newsroom prints, and what a reader expects back."""

    lang: str  # the html lang attribute ("" for none); the expected language is `language`
    language: str
    url: str
    title_tag: str
    og_title: str
    section: str
    h1: str
    standfirst: str
    byline: str  # HTML, in the language's words
    dateline: str  # HTML, with the local "published" and "updated" words
    paragraphs: tuple[str, ...]
    tag_heading: str
    tags: tuple[str, ...]
    read_also: str
    teasers: tuple[str, ...]
    authors: tuple[str, ...]
    published: str  # with an offset: the same instant; without: the same wall clock
    jsonld: dict[str, object] | None = field(default=None)


PAGES = [
    Page(
        lang="pt-BR", language="pt",
        url="https://www.folhadoexemplo.com.br/cidades/2026/12/prefeitura-anuncia-nova-linha-de-onibus.shtml",
        title_tag="Prefeitura anuncia nova linha de ônibus para a zona norte - Folha do Exemplo",
        og_title="Prefeitura anuncia nova linha de ônibus para a zona norte",
        section="Cidades",
        h1="Prefeitura anuncia nova linha de ônibus para a zona norte",
        standfirst="Trajeto terá 14 paradas e deve começar a operar em março, segundo a secretaria de transportes",
        byline='Por <a href="/autores/beatriz-moura">Beatriz Moura</a> e <a href="/autores/rafael-teixeira">Rafael Teixeira</a>',
        dateline='<time datetime="2026-12-02T14:30:00-03:00">02/12/2026 14h30</time> Atualizado há 2 horas',
        paragraphs=(
            "A prefeitura anunciou nesta quarta-feira uma nova linha de ônibus que vai ligar os bairros da zona norte ao centro da cidade em menos de quarenta minutos.",
            "Segundo a secretaria de transportes, os veículos terão ar-condicionado e rampas de acesso, e a tarifa continuará a mesma cobrada nas demais linhas municipais.",
            "Moradores ouvidos pela reportagem disseram que esperavam a mudança havia anos e pediram mais horários no período da noite, quando a espera passa de uma hora.",
        ),
        tag_heading="Assuntos relacionados",
        tags=("Transporte público", "Prefeitura"),
        read_also="Leia também",
        teasers=("Obras no viaduto central terminam antes do prazo", "Câmara aprova reajuste da tarifa de água"),
        authors=("Beatriz Moura", "Rafael Teixeira"),
        published="2026-12-02T14:30:00-03:00",
        jsonld={
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Prefeitura anuncia nova linha de ônibus para a zona norte",
            "datePublished": "2026-12-02T14:30:00-03:00", "dateModified": "2026-12-02T16:40:00-03:00",
            "author": [{"@type": "Person", "name": "Beatriz Moura"}, {"@type": "Person", "name": "Rafael Teixeira"}],
            "publisher": {"@type": "Organization", "name": "Folha do Exemplo"},
        },
    ),
    Page(
        lang="nl", language="nl",
        url="https://www.voorbeeldkrant.nl/binnenland/gemeente-opent-nieuwe-fietsenstalling~b7c2e1/",
        title_tag="Gemeente opent grootste fietsenstalling van de provincie | Voorbeeldkrant",
        og_title="Gemeente opent grootste fietsenstalling van de provincie",
        section="Binnenland",
        h1="Gemeente opent grootste fietsenstalling van de provincie",
        standfirst="Onder het stationsplein is plaats voor ruim achtduizend fietsen.",
        byline='Door <a href="/auteur/sanne-visser">Sanne Visser</a>',
        dateline="Gepubliceerd: 2 december 2026, 14:30 · Laatst bijgewerkt: 2 december 2026, 16:05",
        paragraphs=(
            "De gemeente heeft woensdag de nieuwe fietsenstalling onder het stationsplein geopend, na bijna drie jaar bouwen en een flinke overschrijding van het budget.",
            "Reizigers kunnen hun fiets de eerste vierentwintig uur gratis stallen; daarna betalen ze een klein bedrag per dag, zo meldt de wethouder van verkeer.",
            "Omwonenden hopen dat de stoepen rond het station nu eindelijk vrij blijven van fietsen die er kriskras door elkaar staan.",
        ),
        tag_heading="Onderwerpen",
        tags=("Fietsen", "Openbaar vervoer"),
        read_also="Lees ook",
        teasers=("Treinverkeer rond knooppunt urenlang plat door storing", "Nieuwe brug over het kanaal later klaar"),
        authors=("Sanne Visser",),
        published="2026-12-02T14:30:00",
    ),
    Page(
        lang="pl", language="pl",
        url="https://wiadomosci.gazetaprzykladowa.pl/kraj/7,114883,31002211,nowa-linia-tramwajowa.html",
        title_tag="Nowa linia tramwajowa połączy osiedla z centrum - Gazeta Przykładowa",
        og_title="Nowa linia tramwajowa połączy osiedla z centrum",
        section="Kraj",
        h1="Nowa linia tramwajowa połączy osiedla z centrum",
        standfirst="Budowa ma ruszyć wiosną, a pierwsze tramwaje pojadą za dwa lata.",
        byline='<span class="author">Katarzyna Wiśniewska</span>',
        dateline="Opublikowano: 2 grudnia 2026, 14:30 | Aktualizacja: 2 grudnia 2026, 16:05",
        paragraphs=(
            "Radni zgodzili się w środę na budowę nowej linii tramwajowej, która ma połączyć największe osiedla miasta z jego centrum i dworcem kolejowym.",
            "Według urzędników trasa będzie liczyła dziewięć kilometrów, a przejazd z pętli do centrum zajmie około dwudziestu minut, o połowę krócej niż autobusem.",
            "Mieszkańcy pytali podczas sesji o wycinkę drzew wzdłuż ulicy i o hałas, ale projektanci zapewniali, że wzdłuż torów powstaną nowe nasadzenia.",
        ),
        tag_heading="Tagi",
        tags=("Tramwaje", "Komunikacja miejska"),
        read_also="Czytaj też",
        teasers=("Remont mostu potrwa dłużej, niż planowano", "Bilety miesięczne zdrożeją od stycznia"),
        authors=("Katarzyna Wiśniewska",),
        published="2026-12-02T14:30:00+01:00",
        jsonld={
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Nowa linia tramwajowa połączy osiedla z centrum",
            "datePublished": "2026-12-02T14:30:00+01:00", "dateModified": "2026-12-02T16:05:00+01:00",
            "author": {"@type": "Person", "name": "Katarzyna Wiśniewska"},
        },
    ),
    Page(
        lang="cs", language="cs",
        url="https://www.prikladovenoviny.cz/domov/zastupitele-schvalili-stavbu-bazenu.A261202_143000_domov_tdv",
        title_tag="Zastupitelé schválili stavbu nového bazénu | Příkladové noviny",
        og_title="Zastupitelé schválili stavbu nového bazénu",
        section="Domácí",
        h1="Zastupitelé schválili stavbu nového bazénu",
        standfirst="Krytý plavecký areál má být hotový do dvou let a stát bude přes tři sta milionů korun.",
        byline='Autor: <a href="/autori/tomas-dvorak">Tomáš Dvořák</a>',
        dateline="2. prosince 2026 14:30, aktualizováno 2. prosince 2026 16:05",
        paragraphs=(
            "Městští zastupitelé ve středu po dlouhé debatě schválili stavbu nového krytého bazénu, který nahradí starou plovárnu z šedesátých let.",
            "Podle radnice bude mít areál padesátimetrový bazén, dětské brouzdaliště a saunu, a otevřený by měl být sedm dní v týdnu od rána do večera.",
            "Opozice kritizovala hlavně cenu stavby a upozorňovala, že město bude muset na provoz každý rok doplácet z rozpočtu desítky milionů.",
        ),
        tag_heading="Témata",
        tags=("Sport", "Stavebnictví"),
        read_also="Čtěte také",
        teasers=("Oprava hlavní silnice začne už v lednu", "Škola dostane novou tělocvičnu"),
        authors=("Tomáš Dvořák",),
        published="2026-12-02T14:30:00",
    ),
    Page(
        lang="hu", language="hu",
        url="https://peldahirlap.hu/belfold/2026/12/02/uj-villamosvonal-indul-a-fovarosban",
        title_tag="Új villamosvonal indul a fővárosban | Példa Hírlap",
        og_title="Új villamosvonal indul a fővárosban",
        section="Belföld",
        h1="Új villamosvonal indul a fővárosban",
        standfirst="A járatok tavasztól tízpercenként közlekednek majd a két pályaudvar között.",
        byline='Szerző: <a href="/szerzo/toth-gabor">Tóth Gábor</a>',
        dateline="Közzétéve: 2026. december 2., 14:30 | Frissítve: 2026. december 2., 16:05",
        paragraphs=(
            "A fővárosi közgyűlés szerdán megszavazta az új villamosvonal építését, amely a két nagy pályaudvart köti majd össze a belvároson keresztül.",
            "A tervek szerint a munkálatok tavasszal kezdődnek, és a városvezetés azt ígéri, hogy a lezárások idején pótlóbuszok járnak majd sűrűn.",
            "A környéken lakók közül sokan örülnek a döntésnek, mások a fák kivágása és a forgalmi dugók miatt aggódnak a következő két évben.",
        ),
        tag_heading="Címkék",
        tags=("Közlekedés", "Budapest"),
        read_also="Kapcsolódó cikkek",
        teasers=("Drágul a bérlet januártól", "Lezárják a rakpartot a hétvégén"),
        authors=("Tóth Gábor",),
        published="2026-12-02T14:30:00",
    ),
    Page(
        lang="el", language="el",
        url="https://www.paradeigma.gr/ellada/article/3001122/neo-metro-anoigei-stathmos/",
        title_tag="Ανοίγει ο νέος σταθμός του μετρό στο κέντρο | Παράδειγμα",
        og_title="Ανοίγει ο νέος σταθμός του μετρό στο κέντρο",
        section="Ελλάδα",
        h1="Ανοίγει ο νέος σταθμός του μετρό στο κέντρο",
        standfirst="Οι πρώτοι συρμοί θα περάσουν από τον σταθμό τη Δευτέρα το πρωί.",
        byline='Της <a href="/author/maria-papadaki">Μαρίας Παπαδάκη</a>',
        dateline="02.12.2026 • 14:30 | Τελευταία ενημέρωση: 02.12.2026 • 16:05",
        paragraphs=(
            "Ο νέος σταθμός του μετρό στο κέντρο της πόλης θα δεχτεί τους πρώτους επιβάτες τη Δευτέρα, έπειτα από καθυστέρηση σχεδόν δύο ετών.",
            "Σύμφωνα με την εταιρεία, οι συρμοί θα περνούν κάθε τέσσερα λεπτά τις ώρες αιχμής, ενώ τα βράδια του Σαββάτου η λειτουργία θα παρατείνεται.",
            "Οι καταστηματάρχες της περιοχής ελπίζουν ότι η κίνηση στους δρόμους θα μειωθεί και ότι οι πεζόδρομοι θα γεμίσουν ξανά με κόσμο.",
        ),
        tag_heading="Ετικέτες",
        tags=("Μετρό", "Συγκοινωνίες"),
        read_also="Διαβάστε επίσης",
        teasers=("Κλειστός ο παραλιακός δρόμος το Σαββατοκύριακο", "Νέα δρομολόγια για τα λεωφορεία της γραμμής 7"),
        authors=("Μαρία Παπαδάκη",),
        published="2026-12-02T14:30:00+02:00",
        jsonld={
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Ανοίγει ο νέος σταθμός του μετρό στο κέντρο",
            "datePublished": "2026-12-02T14:30:00+02:00", "dateModified": "2026-12-02T16:05:00+02:00",
            "author": {"@type": "Person", "name": "Μαρία Παπαδάκη"},
        },
    ),
    Page(
        lang="ro", language="ro",
        url="https://www.ziarulexemplu.ro/actualitate/primaria-modernizeaza-piata-centrala-4411873",
        title_tag="Primăria modernizează Piața Centrală - Ziarul Exemplu",
        og_title="Primăria modernizează Piața Centrală",
        section="Actualitate",
        h1="Primăria modernizează Piața Centrală",
        standfirst="Lucrările vor începe în primăvară și vor dura aproximativ un an.",
        byline='de <a href="/autor/andrei-popa">Andrei Popa</a>',
        dateline="Publicat: 02.12.2026, 14:30 | Actualizat: 02.12.2026, 16:05",
        paragraphs=(
            "Consilierii locali au aprobat miercuri proiectul de modernizare a Pieței Centrale, care nu a mai fost renovată de peste treizeci de ani.",
            "Potrivit primăriei, tarabele vor fi acoperite, vor fi amenajate toalete noi și o parcare subterană pentru cei care vin cu mașina la cumpărături.",
            "Comercianții s-au arătat îngrijorați că în timpul lucrărilor vor fi mutați într-o hală provizorie, departe de clienții lor obișnuiți.",
        ),
        tag_heading="Etichete",
        tags=("Primărie", "Investiții"),
        read_also="Citește și",
        teasers=("Strada principală se închide pentru asfaltare", "Noi autobuze electrice pe linia 12"),
        authors=("Andrei Popa",),
        published="2026-12-02T14:30:00",
    ),
    Page(
        lang="uk", language="uk",
        url="https://pryklad.ua/news/2026/12/02/misto-vidkryvaye-novyi-mist/",
        title_tag="Місто відкриває новий міст через річку | Приклад",
        og_title="Місто відкриває новий міст через річку",
        section="Новини",
        h1="Місто відкриває новий міст через річку",
        standfirst="Рух транспорту мостом почнеться вже наступного тижня.",
        byline='Автор: <a href="/authors/olena-melnyk">Олена Мельник</a>',
        dateline="Опубліковано: 2 грудня 2026, 14:30 | Оновлено: 2 грудня 2026, 16:05",
        paragraphs=(
            "Міська влада в середу оголосила, що новий міст через річку відкриють для руху наступного тижня, після двох років будівництва.",
            "За словами мера, міст матиме по дві смуги в кожному напрямку, окрему велодоріжку і широкі тротуари для пішоходів з обох боків.",
            "Мешканці лівого берега кажуть, що тепер дорога до центру займатиме вдвічі менше часу, ніж через старий міст, де щоранку утворюються затори.",
        ),
        tag_heading="Теги",
        tags=("Інфраструктура", "Транспорт"),
        read_also="Читайте також",
        teasers=("У місті змінять маршрути тролейбусів", "На набережній висадять нові дерева"),
        authors=("Олена Мельник",),
        published="2026-12-02T14:30:00+02:00",
        jsonld={
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Місто відкриває новий міст через річку",
            "datePublished": "2026-12-02T14:30:00+02:00",
            "author": [{"@type": "Person", "name": "Олена Мельник"}],
        },
    ),
    Page(
        lang="zh-Hant-TW", language="zh",
        url="https://news.example-times.com.tw/news/20261202/4123456",
        title_tag="北市新捷運線動工 預計2030年通車 - 海濱時報",
        og_title="北市新捷運線動工 預計2030年通車",
        section="生活",
        h1="北市新捷運線動工 預計2030年通車",
        standfirst="新路線全長十二公里，設有十座車站。",
        byline="記者陳怡君／台北報導",
        dateline="2026/12/02 14:30（最後更新：2026/12/02 16:05）",
        paragraphs=(
            "台北市政府今天舉行新捷運線動工典禮，市長表示這條路線完工後，將大幅縮短東區居民前往市中心的通勤時間，預計二○三○年正式通車。",
            "交通局指出，新路線全長約十二公里，設有十座車站，其中三座將與現有路線轉乘，施工期間部分道路將實施交通管制，請民眾多加留意。",
            "沿線居民對於工程帶來的噪音表示擔憂，市府承諾夜間將暫停重型機具作業，並設置專線受理陳情。",
        ),
        tag_heading="相關標籤",
        tags=("捷運", "交通"),
        read_also="延伸閱讀",
        teasers=("公車路線明年起調整 市府說明", "橋梁補強工程提前完工"),
        authors=("陳怡君",),
        published="2026-12-02T14:30:00",
    ),
    Page(
        lang="ar", language="ar",
        url="https://www.sahifat-almithal.com/news/local/2026/12/02/1099887",
        title_tag="افتتاح مستشفى جديد في وسط المدينة | صحيفة المثال",
        og_title="افتتاح مستشفى جديد في وسط المدينة",
        section="محليات",
        h1="افتتاح مستشفى جديد في وسط المدينة",
        standfirst="المستشفى يضم ثلاثمئة سرير وقسماً للطوارئ يعمل على مدار الساعة.",
        byline='بقلم: <a href="/author/mohammed-alahmad">محمد الأحمد</a>',
        dateline="نشر في: 02 ديسمبر 2026 - 02:30 م | آخر تحديث: 02 ديسمبر 2026 - 04:05 م",
        paragraphs=(
            "افتتح وزير الصحة صباح الأربعاء المستشفى الجديد في وسط المدينة، بعد أعمال بناء استمرت أكثر من ثلاث سنوات بتكلفة كبيرة.",
            "وقال مدير المستشفى إن المبنى يضم ثلاثمئة سرير وقسماً للطوارئ يعمل على مدار الساعة، إضافة إلى عيادات خارجية للأطفال وكبار السن.",
            "وأعرب سكان الأحياء المجاورة عن ارتياحهم لافتتاح المستشفى، إذ كانوا يضطرون إلى السفر إلى مدن أخرى لتلقي العلاج.",
        ),
        tag_heading="الكلمات المفتاحية",
        tags=("الصحة", "المستشفيات"),
        read_also="اقرأ أيضا",
        teasers=("تطوير شبكة الطرق في الأحياء الشرقية", "بدء العام الدراسي الجديد في المدارس الحكومية"),
        authors=("محمد الأحمد",),
        published="2026-12-02T14:30:00+03:00",
        jsonld={
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "افتتاح مستشفى جديد في وسط المدينة",
            "datePublished": "2026-12-02T14:30:00+03:00", "dateModified": "2026-12-02T16:05:00+03:00",
            "author": {"@type": "Person", "name": "محمد الأحمد"},
        },
    ),
    Page(
        lang="", language="th",
        url="https://www.khaotuayang.co.th/news/local/2026120201",
        title_tag="กทม.เปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ - ข่าวตัวอย่าง",
        og_title="กทม.เปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ",
        section="ข่าวในประเทศ",
        h1="กทม.เปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ",
        standfirst="สวนแห่งใหม่มีพื้นที่กว่าห้าสิบไร่ พร้อมทางวิ่งและทางจักรยาน",
        byline='โดย <a href="/author/somchai">สมชาย ใจดี</a>',
        dateline="เผยแพร่: 2 ธ.ค. 2569 14:30 น. ปรับปรุง: 2 ธ.ค. 2569 16:05 น.",
        paragraphs=(
            "กรุงเทพมหานครเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำเจ้าพระยาอย่างเป็นทางการเมื่อวันพุธ หลังใช้เวลาก่อสร้างนานเกือบสามปี และเปิดให้ประชาชนเข้าใช้ได้ทุกวัน",
            "ผู้ว่าราชการกรุงเทพมหานครกล่าวว่าสวนแห่งนี้มีพื้นที่กว่าห้าสิบไร่ มีทางวิ่ง ทางจักรยาน และลานกิจกรรมสำหรับเด็ก โดยเปิดตั้งแต่เช้าตรู่จนถึงสี่ทุ่ม",
            "ชาวบ้านในชุมชนใกล้เคียงต่างดีใจที่มีพื้นที่สีเขียวเพิ่มขึ้น แต่บางส่วนกังวลเรื่องที่จอดรถซึ่งยังมีไม่เพียงพอในวันหยุดสุดสัปดาห์",
        ),
        tag_heading="แท็ก",
        tags=("สวนสาธารณะ", "กรุงเทพมหานคร"),
        read_also="อ่านเพิ่มเติม",
        teasers=("รถไฟฟ้าสายใหม่เปิดทดลองวิ่งฟรี", "ปิดถนนริมแม่น้ำช่วงเทศกาลปีใหม่"),
        authors=("สมชาย ใจดี",),
        published="2026-12-02T14:30:00",
    ),
    Page(
        lang="hi", language="hi",
        url="https://www.udaharan-samachar.in/india/new-metro-line-opens-in-city-2026-12-02",
        title_tag="शहर में नई मेट्रो लाइन शुरू, रोज़ाना हज़ारों यात्रियों को राहत | उदाहरण समाचार",
        og_title="शहर में नई मेट्रो लाइन शुरू, रोज़ाना हज़ारों यात्रियों को राहत",
        section="देश",
        h1="शहर में नई मेट्रो लाइन शुरू, रोज़ाना हज़ारों यात्रियों को राहत",
        standfirst="नई लाइन पर बारह स्टेशन होंगे और हर पाँच मिनट में ट्रेन मिलेगी।",
        byline='<a href="/author/rahul-sharma">राहुल शर्मा</a>',
        dateline="प्रकाशित: 02 दिसंबर 2026, 14:30 IST | अपडेटेड: 02 दिसंबर 2026, 16:05 IST",
        paragraphs=(
            "शहर में बुधवार को नई मेट्रो लाइन का उद्घाटन किया गया, जिससे पूर्वी इलाकों में रहने वाले हज़ारों यात्रियों को रोज़ाना के सफ़र में राहत मिलेगी।",
            "मेट्रो अधिकारियों के मुताबिक नई लाइन पर बारह स्टेशन होंगे और सुबह छह बजे से रात ग्यारह बजे तक हर पाँच मिनट में ट्रेन चलेगी।",
            "स्थानीय दुकानदारों का कहना है कि स्टेशन खुलने से बाज़ार में ग्राहकों की संख्या बढ़ेगी, हालांकि पार्किंग की समस्या अभी भी बनी हुई है।",
        ),
        tag_heading="टैग्स",
        tags=("मेट्रो", "परिवहन"),
        read_also="यह भी पढ़ें",
        teasers=("बस किराए में बढ़ोतरी पर फ़ैसला टला", "पुराने पुल की मरम्मत का काम शुरू"),
        authors=("राहुल शर्मा",),
        published="2026-12-02T14:30:00+05:30",
        jsonld={
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "शहर में नई मेट्रो लाइन शुरू, रोज़ाना हज़ारों यात्रियों को राहत",
            "datePublished": "2026-12-02T14:30:00+05:30", "dateModified": "2026-12-02T16:05:00+05:30",
            "author": {"@type": "Person", "name": "राहुल शर्मा", "url": "https://www.udaharan-samachar.in/author/rahul-sharma"},
            "keywords": "मेट्रो, परिवहन",
        },
    ),
]  # fmt: skip


def _html(p: Page) -> str:
    """The page as its newsroom's template would print it."""
    lang = f' lang="{p.lang}"' if p.lang else ""
    rtl = ' dir="rtl"' if p.language in ("ar", "he") else ""
    site = re.split(r" [-|–—] ", p.title_tag)[-1]
    ld = (
        f'<script type="application/ld+json">{json.dumps(p.jsonld, ensure_ascii=False)}</script>'
        if p.jsonld
        else ""
    )
    tags = "".join(f'<li><a href="/tag/{i}" rel="tag">{t}</a></li>' for i, t in enumerate(p.tags))
    teasers = "".join(
        f'<li><a href="/story/{i}"><img src="/img/t{i}.jpg" alt=""><span>{t}</span></a></li>'
        for i, t in enumerate(p.teasers)
    )
    paras = "".join(f"<p>{x}</p>" for x in p.paragraphs)
    return (
        f'<!DOCTYPE html><html{lang}{rtl}><head><meta charset="utf-8">'
        f"<title>{p.title_tag}</title>"
        f'<meta property="og:title" content="{p.og_title}">'
        f'<meta property="og:type" content="article"><meta property="og:site_name" content="{site}">'
        f'<meta property="og:url" content="{p.url}"><meta name="description" content="{p.standfirst}">'
        f'<link rel="canonical" href="{p.url}">{ld}</head><body>'
        f'<header><a class="logo" href="/">{site}</a><nav><ul><li><a href="/">{p.section}</a></li></ul></nav></header>'
        f'<main><article><div class="breadcrumb"><a href="/">{site}</a> › <a href="/section">{p.section}</a></div>'
        f'<h1 class="headline">{p.h1}</h1><p class="standfirst">{p.standfirst}</p>'
        f'<div class="article-meta"><div class="byline">{p.byline}</div><div class="date">{p.dateline}</div></div>'
        f'<figure><img src="/img/main.jpg" alt=""><figcaption>{p.standfirst}</figcaption></figure>'
        f'<div class="article-body">{paras[: len(paras) // 2]}'
        f'<aside class="read-also"><h3>{p.read_also}</h3><ul>{teasers}</ul></aside>'
        f"{paras[len(paras) // 2 :]}</div>"
        f'<div class="tags"><span>{p.tag_heading}:</span><ul>{tags}</ul></div></article></main>'
        f"<footer><p>© 2026 {site}</p></footer></body></html>"
    )


def _same_time(found: str | None, expected: str) -> bool:
    """The same instant where the page states an offset, else the same wall clock."""
    if not found:
        return False
    want, got = datetime.fromisoformat(expected), datetime.fromisoformat(found)
    if want.utcoffset() is not None:
        return got.utcoffset() is not None and got == want
    return got.replace(tzinfo=None) == want


@pytest.mark.parametrize("page", PAGES, ids=[f"{p.language}-{i}" for i, p in enumerate(PAGES)])
def test_a_whole_page_in_its_language(page: Page) -> None:
    found = extract_article(_html(page).encode(), page.url)
    assert found.title == page.h1
    assert found.authors == list(page.authors)
    assert _same_time(found.published, page.published), found.published
    assert found.topics == list(page.tags)
    assert found.language == page.language


def _by_lang(language: str) -> Page:
    return next(p for p in PAGES if p.language == language)


# The same stories as other newsrooms of the language print them: no JSON-LD and no <time>,
# the update stated first or relative, roles and places beside names, other separators and
# headings, the site's name on og:title too.
VARIANTS = [
    replace(_by_lang("pt"), jsonld=None, lang="pt",
            title_tag="Prefeitura anuncia nova linha de ônibus para a zona norte | Cidades | Folha do Exemplo",
            byline="Beatriz Moura, do Rio de Janeiro", authors=("Beatriz Moura",),
            dateline="Publicado em 02/12/2026 - 14:30 Atualizado em 02/12/2026 - 16:40",
            published="2026-12-02T14:30:00", tag_heading="Tags"),
    replace(_by_lang("nl"), lang="nl-NL",
            title_tag="Gemeente opent grootste fietsenstalling van de provincie - Voorbeeldkrant",
            og_title="Gemeente opent grootste fietsenstalling van de provincie | Voorbeeldkrant",
            byline="Sanne Visser en Pieter de Boer", authors=("Sanne Visser", "Pieter de Boer"),
            dateline="Bijgewerkt: 16:05 | Gepubliceerd: 2 dec 2026 14:30", tag_heading="Meer over"),
    replace(_by_lang("pl"), jsonld=None,
            title_tag="Nowa linia tramwajowa połączy osiedla z centrum | Gazeta Przykładowa",
            byline="Katarzyna Wiśniewska, dziennikarka Gazety Przykładowej",
            dateline="Data utworzenia: 2 grudnia 2026, 14:30", published="2026-12-02T14:30:00",
            tag_heading="Tematy"),
    replace(_by_lang("cs"), lang="cs-CZ",
            byline="Tomáš Dvořák, Jana Horáková", authors=("Tomáš Dvořák", "Jana Horáková"),
            dateline="Aktualizováno 2. 12. 2026 16:05 | Publikováno 2. 12. 2026 14:30",
            tag_heading="Související témata"),
    replace(_by_lang("hu"), title_tag="Új villamosvonal indul a fővárosban - Példa Hírlap",
            byline="Tóth Gábor és Kiss Anna", authors=("Tóth Gábor", "Kiss Anna"),
            dateline="2026.12.02. 14:30 Frissítve: 2026.12.02. 16:05", tag_heading="Kulcsszavak"),
    replace(_by_lang("el"), jsonld=None,
            title_tag="Ανοίγει ο νέος σταθμός του μετρό στο κέντρο - Παράδειγμα",
            byline='<a href="/author/maria-papadaki">Μαρία Παπαδάκη</a>',
            dateline="Δημοσίευση: 2 Δεκεμβρίου 2026, 14:30 | Ενημέρωση: 2 Δεκεμβρίου 2026, 16:05",
            published="2026-12-02T14:30:00"),
    replace(_by_lang("ro"), lang="ro-RO",
            byline="Autor: Andrei Popa", tag_heading="Subiecte",
            dateline="Marți, 02 Decembrie 2026, 14:30 • Ultima actualizare: 16:05"),
    replace(_by_lang("uk"), jsonld=None, title_tag="Місто відкриває новий міст через річку — Приклад",
            byline="Олена Мельник, Київ", dateline="02.12.2026 14:30", published="2026-12-02T14:30:00",
            tag_heading="Теми"),
    replace(_by_lang("zh"), lang="zh-TW", title_tag="北市新捷運線動工 預計2030年通車｜海濱時報",
            byline="記者陳怡君、林家豪／台北報導", authors=("陳怡君", "林家豪"),
            dateline="2026年12月2日 下午2:30", tag_heading="關鍵字"),
    replace(_by_lang("ar"), jsonld=None, title_tag="افتتاح مستشفى جديد في وسط المدينة - صحيفة المثال",
            byline="محمد الأحمد - الرياض", dateline="الأربعاء 2 ديسمبر 2026 14:30",
            published="2026-12-02T14:30:00", tag_heading="وسوم"),
    replace(_by_lang("th"), lang="th",
            title_tag="กทม.เปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ | ข่าวตัวอย่าง",
            byline="ผู้เขียน: สมชาย ใจดี", dateline="2 ธันวาคม 2569 - 14:30 น."),
    replace(_by_lang("hi"), jsonld=None, lang="hi-IN",
            title_tag="शहर में नई मेट्रो लाइन शुरू, रोज़ाना हज़ारों यात्रियों को राहत - उदाहरण समाचार",
            byline="रिपोर्ट: राहुल शर्मा, नई दिल्ली", tag_heading="विषय",
            dateline="Updated: 02 Dec 2026, 04:05 PM (IST) | Published: 02 Dec 2026, 02:30 PM (IST)"),
]  # fmt: skip


@pytest.mark.parametrize(
    "page", VARIANTS, ids=[f"{p.language}-{i}" for i, p in enumerate(VARIANTS)]
)
def test_another_newsrooms_layout_in_the_language(page: Page) -> None:
    test_a_whole_page_in_its_language(page)


# After a writer's name and a comma, a job title in lower case and her paper's name (in
# Polish its genitive: no paper's word to know it by) is where she works; a second writer
# brought by "and", an agency, a capitalised name after the job stay.
JOB_THEN_EMPLOYER = [
    ("pl", "Katarzyna Wiśniewska, dziennikarka Gazety Przykładowej", ["Katarzyna Wiśniewska"]),
    ("pl", "Piotr Nowak, reporter Radia Przykład", ["Piotr Nowak"]),
    ("ro", "Ion Popescu, jurnalist Ziarul Exemplu", ["Ion Popescu"]),
    ("en", "Jane Doe, reporter for The Example Post", ["Jane Doe"]),
    ("en", "Jane Doe, reporter and John Roe", ["Jane Doe", "John Roe"]),
    ("en", "Jane Doe, John Reporter", ["Jane Doe", "John Reporter"]),
    ("en", "Jane Doe, Mary Editor", ["Jane Doe", "Mary Editor"]),
    ("de", "Hans Müller, Redakteur Bernd Beispiel", ["Hans Müller", "Bernd Beispiel"]),
    ("pl", "Anna Kowalska i Piotr Nowak", ["Anna Kowalska", "Piotr Nowak"]),
    # a given name after the job word opens a second writer where a paper's name would take
    # a preposition ("reporter for", "redactora de", "repórter da", "journaliste au")
    ("en", "Jane Doe, reporter John Roe", ["Jane Doe", "John Roe"]),
    ("en", "Jane Doe, photographer John Roe", ["Jane Doe", "John Roe"]),
    ("es", "María López, redactora Juan Pérez", ["María López", "Juan Pérez"]),
    ("pt", "Ana Souza, repórter João Silva", ["Ana Souza", "João Silva"]),
    ("fr", "Marie Dupont, journaliste Jean Martin", ["Marie Dupont", "Jean Martin"]),
    ("nl", "Jan Jansen, verslaggever Piet de Vries", ["Jan Jansen", "Piet de Vries"]),
    ("", "Jane Doe, reporter John Roe", ["Jane Doe", "John Roe"]),
    ("es", "María López, redactora de El Ejemplo", ["María López"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "raw", "expected"),
    JOB_THEN_EMPLOYER,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(JOB_THEN_EMPLOYER)],
)
def test_a_job_and_her_paper_after_a_name(lang: str, raw: str, expected: list[str]) -> None:
    assert clean_names([raw], lang=lang) == expected


# Five more languages of the test set's, one page each, to find what the twelve above miss.
MORE = [
    Page(
        lang="fi", language="fi",
        url="https://www.esimerkinsanomat.fi/kotimaa/art-2000011223344.html",
        title_tag="Kaupunki rakentaa uuden uimahallin | Esimerkin Sanomat",
        og_title="Kaupunki rakentaa uuden uimahallin",
        section="Kotimaa",
        h1="Kaupunki rakentaa uuden uimahallin",
        standfirst="Halli valmistuu syksyllä ja siinä on viisikymmentämetrinen allas.",
        byline='<a href="/toimittajat/matti-virtanen">Matti Virtanen</a> ES',
        dateline="Julkaistu: 2.12.2026 14:30 | Päivitetty: 2.12.2026 16:05",
        paragraphs=(
            "Kaupunginvaltuusto päätti keskiviikkona rakentaa uuden uimahallin vanhan urheilukentän viereen, vaikka hanke on kallistunut alkuperäisestä arviosta.",
            "Liikuntatoimen mukaan hallissa on viisikymmentämetrinen allas, lasten allas ja kuntosali, ja se on auki joka päivä aamukuudesta iltakymmeneen.",
            "Asukkaat ovat odottaneet hallia pitkään, sillä nykyinen uimahalli on ollut remontin takia suljettuna jo kaksi vuotta.",
        ),
        tag_heading="Aiheet",
        tags=("Liikunta", "Rakentaminen"),
        read_also="Lue myös",
        teasers=("Raitiotien rakentaminen alkaa keväällä", "Koulujen joululoma alkaa perjantaina"),
        authors=("Matti Virtanen",),
        published="2026-12-02T14:30:00",
    ),
    Page(
        lang="id", language="id",
        url="https://www.koranconth.co.id/berita/d-7712345/pemkot-resmikan-taman-kota-baru",
        title_tag="Pemkot Resmikan Taman Kota Baru di Tepi Sungai - Koran Contoh",
        og_title="Pemkot Resmikan Taman Kota Baru di Tepi Sungai",
        section="Berita",
        h1="Pemkot Resmikan Taman Kota Baru di Tepi Sungai",
        standfirst="Taman seluas lima hektare itu dibuka untuk umum setiap hari.",
        byline='<span>Budi Santoso</span> - <span>detikNews</span>',
        dateline="Rabu, 02 Des 2026 14:30 WIB",
        paragraphs=(
            "Pemerintah kota meresmikan taman kota baru di tepi sungai pada Rabu pagi, setelah pembangunan yang berlangsung hampir dua tahun.",
            "Wali kota mengatakan taman seluas lima hektare itu dilengkapi jalur lari, jalur sepeda, dan taman bermain anak yang dibuka setiap hari.",
            "Warga sekitar menyambut baik kehadiran taman tersebut, meski sebagian mengeluhkan lahan parkir yang masih terbatas pada akhir pekan.",
        ),
        tag_heading="Topik",
        tags=("Taman Kota", "Pemkot"),
        read_also="Baca juga",
        teasers=("Jalan protokol ditutup saat malam tahun baru", "Bus listrik mulai beroperasi bulan depan"),
        authors=("Budi Santoso",),
        published="2026-12-02T14:30:00+07:00",
    ),
    Page(
        lang="vi", language="vi",
        url="https://baovidu.vn/thoi-su/thanh-pho-khanh-thanh-cau-moi-4661234.html",
        title_tag="Thành phố khánh thành cây cầu mới qua sông - Báo Ví Dụ",
        og_title="Thành phố khánh thành cây cầu mới qua sông",
        section="Thời sự",
        h1="Thành phố khánh thành cây cầu mới qua sông",
        standfirst="Cây cầu dài gần một cây số giúp rút ngắn thời gian đi lại giữa hai quận.",
        byline="<strong>Nguyễn Văn An</strong>",
        dateline="Thứ tư, 2/12/2026, 14:30 (GMT+7)",
        paragraphs=(
            "Sáng thứ tư, thành phố đã tổ chức lễ khánh thành cây cầu mới bắc qua sông, sau hơn hai năm thi công với tổng vốn đầu tư lớn.",
            "Theo ban quản lý dự án, cây cầu dài gần một cây số, có bốn làn xe và hai làn đường dành riêng cho người đi bộ ở hai bên.",
            "Người dân hai bên bờ sông cho biết thời gian đi lại giờ chỉ còn một nửa so với trước, khi họ phải đi vòng qua cầu cũ thường xuyên ùn tắc.",
        ),
        tag_heading="Chủ đề",
        tags=("Giao thông", "Hạ tầng"),
        read_also="Tin liên quan",
        teasers=("Mở rộng tuyến xe buýt nội thành", "Sửa chữa đường ven sông trong tháng tới"),
        authors=("Nguyễn Văn An",),
        published="2026-12-02T14:30:00+07:00",
    ),
    Page(
        lang="he", language="he",
        url="https://www.iton-dugma.co.il/news/article/r1xk00abc",
        title_tag="העירייה פותחת פארק חדש בשכונה הדרומית | עיתון דוגמה",
        og_title="העירייה פותחת פארק חדש בשכונה הדרומית",
        section="חדשות",
        h1="העירייה פותחת פארק חדש בשכונה הדרומית",
        standfirst="בפארק יהיו שבילי אופניים, מגרשי משחקים ומדשאות גדולות.",
        byline='<a href="/author/yossi-cohen">יוסי כהן</a>',
        dateline="פורסם: 02.12.26 14:30 | עודכן: 02.12.26 16:05",
        paragraphs=(
            "העירייה הודיעה ביום רביעי כי הפארק החדש בשכונה הדרומית ייפתח לציבור בשבוע הבא, לאחר שלוש שנות עבודה ועיכובים רבים.",
            "לדברי ראש העירייה, בפארק יהיו שבילי אופניים, מגרשי משחקים לילדים ומדשאות גדולות, והוא יהיה פתוח בכל ימות השבוע עד חצות.",
            "תושבי השכונה אמרו כי הם מחכים לפארק כבר שנים, אך חלקם חוששים מהרעש ומהמחסור בחניה בסופי השבוע.",
        ),
        tag_heading="תגיות",
        tags=("עירייה", "פארקים"),
        read_also="עוד באתר",
        teasers=("קו הרכבת הקלה ייפתח באביב", "שיפוץ התחנה המרכזית יסתיים בקרוב"),
        authors=("יוסי כהן",),
        published="2026-12-02T14:30:00",
    ),
    Page(
        lang="zh-CN", language="zh",
        url="https://www.haibin-news.cn/local/2026-12/02/c_1130001234.htm",
        title_tag="市政府宣布新建三座公园_海滨新闻网",
        og_title="市政府宣布新建三座公园",
        section="本地",
        h1="市政府宣布新建三座公园",
        standfirst="三座公园将于明年年底前全部建成开放。",
        byline="来源：海滨日报　作者：王小明　责任编辑：李华",
        dateline="发布时间：2026-12-02 14:30:00",
        paragraphs=(
            "市政府今天召开新闻发布会，宣布将在城市东部和南部新建三座公园，预计明年年底前全部建成并向市民免费开放。",
            "市园林局负责人介绍，新公园将设置健身步道、儿童游乐区和湖边观景台，并将种植大量本地树种，以改善周边空气质量。",
            "附近居民表示，过去周末只能去很远的公园散步，新公园建成后将给日常生活带来很大方便。",
        ),
        tag_heading="标签",
        tags=("公园", "城市建设"),
        read_also="相关阅读",
        teasers=("地铁新线路下月试运行", "老旧小区改造工程启动"),
        authors=("王小明",),
        published="2026-12-02T14:30:00",
    ),
]  # fmt: skip


@pytest.mark.parametrize("page", MORE, ids=[f"{p.language}-{i}" for i, p in enumerate(MORE)])
def test_a_whole_page_in_five_more_languages(page: Page) -> None:
    test_a_whole_page_in_its_language(page)


# A writer's name and then the site's initials in capitals (Finnish papers' habit: "Matti
# Virtanen HS" on hs.fi) where the host spells the name out: the initials of the name the page
# gives its site (og:site_name) are no second writer; an agency's are, and so are initials
# that are not the site's.
SITE_INITIALS = [
    ("<a href='/t/mv'>Matti Virtanen</a> ES", ["Matti Virtanen"]),
    ("Matti Virtanen, ES", ["Matti Virtanen"]),
    ("<a href='/t/mv'>Matti Virtanen</a> STT", ["Matti Virtanen", "STT"]),
    ("<a href='/t/mv'>Matti Virtanen</a> HS", ["Matti Virtanen", "HS"]),
    ("Matti Virtanen ja Liisa Korhonen", ["Matti Virtanen", "Liisa Korhonen"]),
]  # fmt: skip

# An agency's letters stay a source where they are also the site's initials: "AP" on an
# invented "Arizona Post", "AFP" on an "Alberta Free Press", "DPA" on a "Daily Post Advertiser".
AGENCY_INITIALS = [
    ("Arizona Post", "By Jane Doe and AP", ["Jane Doe", "AP"]),
    ("Arizona Post", "Jane Doe, AP", ["Jane Doe", "AP"]),
    ("Alberta Free Press", "Jane Doe / AFP", ["Jane Doe", "AFP"]),
    ("Daily Post Advertiser", "Hans Müller, DPA", ["Hans Müller", "DPA"]),
    ("Example Sun", "Jane Doe, ES", ["Jane Doe"]),
]  # fmt: skip


@pytest.mark.parametrize(("site", "byline", "expected"), AGENCY_INITIALS)
def test_an_agency_that_shares_the_sites_initials(
    site: str, byline: str, expected: list[str]
) -> None:
    html = (
        f"<html lang='en'><head><meta property='og:site_name' content='{site}'></head><body>"
        f"<article><h1>Council passes the budget</h1><div class='byline'>{byline}</div>"
        f"{ENGLISH_PARA}</article></body></html>"
    )
    assert extract_article(html.encode(), "https://www.example.news/story-1").authors == expected


@pytest.mark.parametrize(("byline", "expected"), SITE_INITIALS)
def test_the_sites_initials_after_a_name(byline: str, expected: list[str]) -> None:
    page = replace(MORE[0], byline=byline)
    assert extract_article(_html(page).encode(), page.url).authors == expected


# A third newsroom per language: date lines as other sites print them (weekday first, era
# words, "at" words, the update first), the site's name and a section in the <title>.
THIRD = [
    replace(_by_lang("pt"), jsonld=None, lang="pt",
            title_tag="Prefeitura anuncia nova linha de ônibus para a zona norte | Cidades | Folha do Exemplo",
            dateline="Atualizado em 02/12/2026 16h40 · Publicado em 02/12/2026 14h30",
            published="2026-12-02T14:30:00", tag_heading="Mais sobre"),
    replace(_by_lang("nl"), dateline="wo 2 dec 2026 om 14:30", tag_heading="Trefwoorden",
            title_tag="Gemeente opent grootste fietsenstalling van de provincie | Binnenland | Voorbeeldkrant"),
    replace(_by_lang("pl"), jsonld=None, dateline="02.12.2026 14:30 Aktualizacja: 02.12.2026 16:05",
            published="2026-12-02T14:30:00", byline="Autor: <b>Katarzyna Wiśniewska</b>",
            title_tag="Nowa linia tramwajowa połączy osiedla z centrum - Wiadomości - Gazeta Przykładowa"),
    replace(_by_lang("cs"), dateline="Publikováno: 2. 12. 2026, 14:30 | Aktualizováno: 2. 12. 2026, 16:05",
            byline="Tomáš Dvořák, redaktor", title_tag="Zastupitelé schválili stavbu nového bazénu - Příkladové noviny"),
    replace(_by_lang("hu"), dateline="2026. 12. 02. 14:30", byline="<a href='/szerzo/tg'>Tóth Gábor</a>",
            title_tag="Példa Hírlap - Új villamosvonal indul a fővárosban"),
    replace(_by_lang("el"), jsonld=None, dateline="Τετάρτη, 02 Δεκεμβρίου 2026 14:30",
            published="2026-12-02T14:30:00", byline="Μαρία Παπαδάκη",
            title_tag="Ανοίγει ο νέος σταθμός του μετρό στο κέντρο - Ελλάδα | Παράδειγμα"),
    replace(_by_lang("ro"), dateline="02 dec. 2026, 14:30", byline="Andrei Popa",
            title_tag="Primăria modernizează Piața Centrală | Ziarul Exemplu"),
    replace(_by_lang("uk"), jsonld=None, dateline="Середа, 2 грудня 2026, 14:30",
            published="2026-12-02T14:30:00", byline="Олена Мельник", tag_heading="Ключові слова",
            title_tag="Місто відкриває новий міст через річку - Новини | Приклад"),
    replace(_by_lang("zh"), dateline="2026-12-02 14:30 更新時間：2026-12-02 16:05",
            byline="記者 陳怡君", title_tag="北市新捷運線動工 預計2030年通車 | 生活 | 海濱時報"),
    replace(_by_lang("ar"), jsonld=None, dateline="نشر في: الأربعاء، 2 ديسمبر 2026 02:30 م",
            published="2026-12-02T14:30:00", byline="كتب: محمد الأحمد",
            title_tag="صحيفة المثال | افتتاح مستشفى جديد في وسط المدينة"),
    replace(_by_lang("th"), dateline="วันพุธที่ 2 ธันวาคม พ.ศ. 2569 เวลา 14.30 น.", byline="สมชาย ใจดี",
            title_tag="กทม.เปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ : ข่าวตัวอย่าง"),
    replace(_by_lang("hi"), jsonld=None, dateline="Published by: राहुल शर्मा | Updated Wed, 02 Dec 2026 04:05 PM IST",
            byline="", published="2026-12-02T16:05:00+05:30",
            title_tag="शहर में नई मेट्रो लाइन शुरू, रोज़ाना हज़ारों यात्रियों को राहत - Hindi News | उदाहरण समाचार"),
]  # fmt: skip


@pytest.mark.parametrize("page", THIRD, ids=[f"{p.language}-{i}" for i, p in enumerate(THIRD)])
def test_a_third_newsrooms_layout_in_the_language(page: Page) -> None:
    test_a_whole_page_in_its_language(page)


# "Published by: ..." before the writer's name (WordPress themes and Indian news sites print
# it in English on pages in Hindi and English alike); "published by" in a sentence of the
# story or the site's footer names no writer.
PUBLISHED_BY = [
    ("<div class='meta'>Published by: Jane Doe | Updated 2 Dec 2026</div>", "", ["Jane Doe"]),
    ("<div class='meta'>Published by Jane Doe on December 2, 2026</div>", "", ["Jane Doe"]),
    ("<div class='meta'>By Jane Doe</div>", "<p>The report, published by the Ministry of Health on Monday, says the budget grew.</p>", ["Jane Doe"]),
    ("", "<footer><p>Published by Example Media Group Ltd.</p></footer>", []),
    # the imprint inside the article: a registered company publishes, no one writes
    ("", "<p class='legal'>Published by Example Media Group Ltd.</p>", []),
    ("", "<p>Published by: Example Publishing Inc.</p>", []),
    ("<div class='meta'>Published by Jane Doe</div>", "<p>Published by Example Media Group Ltd.</p>", ["Jane Doe"]),
]  # fmt: skip


@pytest.mark.parametrize(("meta", "after", "expected"), PUBLISHED_BY)
def test_published_by_before_a_name(meta: str, after: str, expected: list[str]) -> None:
    para = "<p>" + "A made-up paragraph about the city's budget and its fire brigade. " * 4 + "</p>"
    inside, footer = ("", after) if after.startswith("<footer") else (after, "")
    html = (
        f"<html lang='en'><body><article><h1>A made-up headline</h1>{meta}{para}{inside}"
        f"</article>{footer}</body></html>"
    )
    assert extract_article(html.encode(), "https://www.example.news/story-1").authors == expected


# Under a CMS's default "en-US" the words of the story name its language, and with it the
# order of a slashed day: "02/12/2026" on a page in Portuguese or Vietnamese is 2 December
# (it was read as American, 12 February). An English story under "en-US" keeps the month first.
CMS_DEFAULT = [
    replace(VARIANTS[0], lang="en-US"),
    replace(THIRD[0], lang="en-US"),
    replace(MORE[2], lang="en-US"),
    replace(VARIANTS[0], lang=""),
]


@pytest.mark.parametrize(
    "page", CMS_DEFAULT, ids=[f"{p.language}-{p.lang}-{i}" for i, p in enumerate(CMS_DEFAULT)]
)
def test_a_cms_default_en_us_over_the_storys_words(page: Page) -> None:
    test_a_whole_page_in_its_language(page)


ENGLISH_PARA = (
    "<p>"
    + "The city council approved the new budget on Wednesday after a long debate about the fire brigade. "
    * 3
    + "</p>"
)


@pytest.mark.parametrize(
    ("lang", "url", "published"),
    [
        ("en-US", "https://www.example.com/news/story-1", "2026-02-12T14:30:00"),
        ("", "https://www.example.com/news/story-1", "2026-02-12T14:30:00"),
        ("en-GB", "https://www.example.co.uk/news/story-1", "2026-12-02T14:30:00"),
    ],
)
def test_an_english_story_keeps_its_regions_order(lang: str, url: str, published: str) -> None:
    attr = f' lang="{lang}"' if lang else ""
    html = (
        f"<html{attr}><body><article><h1>Council passes the budget</h1>"
        f"<div class='date'>Published 02/12/2026 14:30</div>{ENGLISH_PARA}</article></body></html>"
    )
    found = extract_article(html.encode(), url)
    assert found.language == "en"
    assert _same_time(found.published, published), found.published


# Arabic date labels with "في" ("on") before the colon: "نشر في:", "آخر تحديث في:" after a
# byline are the date's label, no second writer (it was kept as a name).
ARABIC_LABELS = [
    "محمد الأحمد | نشر في: 02 ديسمبر 2026 - 02:30 م",
    "كتب: محمد الأحمد | نُشر في 02 ديسمبر 2026",
    "محمد الأحمد | آخر تحديث في: 02 ديسمبر 2026",
    "محمد الأحمد | تحديث في 02 ديسمبر 2026",
    "محمد الأحمد | تاريخ النشر: 02 ديسمبر 2026",
]


@pytest.mark.parametrize("line", ARABIC_LABELS)
def test_an_arabic_date_label_after_the_byline(line: str) -> None:
    assert clean_names([line], lang="ar") == ["محمد الأحمد"]
