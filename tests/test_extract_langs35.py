"""Whole article pages in the languages the held-out set may hold beyond the measured ones,
each read by `extract_article` field by field, as the benchmark reads a page.

Every site, name, date and sentence here is invented for the test; the page shapes (a byline
label in the page's language, the local written date with month names and clock words, a
title with the site's name after it, a lead, a tag list and a "related" block under its
label) are the ones news CMSs print. Each row names its language, so a failure says which.
"""

# ruff: noqa: E501  -- one page's texts read best one piece per line

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names

FETCHED = datetime(2026, 12, 4, 6, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Page:
    """One invented article page and what a reader takes from it."""

    lang: str
    url: str
    title: str
    site: str
    lead: str
    byline: str
    date: str
    paragraphs: tuple[str, ...]
    tags_label: str
    tags: tuple[str, ...]
    related_label: str
    related: tuple[str, ...]
    authors: list[str]
    published: str
    dir: str = "ltr"
    # where the byline and date sit: "meta" (one line under the lead), "split" (byline above
    # the lead, date under it), "foot" (byline after the text)
    shape: str = "meta"
    separator: str = " | "
    # the block under the lead as the CMS prints it, in place of the byline and date spans
    top: str = ""

    def html(self) -> str:
        """The page as its CMS serves it."""
        byline = f"<span class='author'>{self.byline}</span>"
        date = f"<span class='date'>{self.date}</span>"
        lead = f"<p class='lead'>{self.lead}</p>"
        text = "".join(f"<p>{p}</p>" for p in self.paragraphs)
        if self.top:
            top, foot = f"{lead}{self.top}", ""
        elif self.shape == "split":
            top = f"<div class='byline'>{byline}</div>{lead}<div class='info'>{date}</div>"
            foot = ""
        elif self.shape == "foot":
            top = f"{lead}<div class='info'>{date}</div>"
            foot = f"<p class='Normal' style='text-align:right;'><strong>{self.byline}</strong></p>"
        else:
            top = f"{lead}<div class='meta'>{byline} {date}</div>"
            foot = ""
        tags = "".join(f"<a href='/tag/{i}'>{t}</a> " for i, t in enumerate(self.tags))
        related = "".join(
            f"<li><a href='/a/{i}'>{r}</a></li>" for i, r in enumerate(self.related, 100)
        )
        return (
            f"<!doctype html><html lang='{self.lang}' dir='{self.dir}'><head><meta charset='utf-8'>"
            f"<title>{self.title}{self.separator}{self.site}</title>"
            f"<meta property='og:site_name' content='{self.site}'>"
            f"</head><body><header><a href='/' class='logo'>{self.site}</a></header>"
            f"<main><article><h1>{self.title}</h1>{top}{text}{foot}"
            f"<div class='tags'><span>{self.tags_label}</span> {tags}</div></article>"
            f"<aside class='related'><h3>{self.related_label}</h3><ul>{related}</ul></aside>"
            f"</main><footer>© 2026 {self.site}</footer></body></html>"
        )


PAGES = [
    Page(
        lang="nl",
        url="https://www.dagblad-voorbeeld.nl/binnenland/gemeenteraad-stemt-in-met-begroting~a4821/",
        title="Gemeenteraad stemt na lang debat in met nieuwe begroting",
        site="Dagblad Voorbeeld",
        lead="De stad trekt volgend jaar meer geld uit voor fietspaden en het onderhoud van scholen.",
        byline="Door Sanne Bakker",
        date="do 3 dec 2026, 14:05",
        paragraphs=(
            "Na een debat van bijna zes uur stemde de gemeenteraad donderdagavond in met de begroting voor volgend jaar. Twintig raadsleden stemden voor, zeven tegen.",
            "Het grootste deel van het extra geld gaat naar fietspaden: de gemeente legt drie nieuwe routes aan tussen de wijken en het centrum.",
            "De oppositie had kritiek op de stijgende schuld, die eind volgend jaar boven de vierhonderd miljoen euro uitkomt.",
        ),
        tags_label="Onderwerpen:",
        tags=("Gemeenteraad", "Begroting"),
        related_label="Lees ook",
        related=("Nieuwe fietsroute door het park gaat in maart open",),
        authors=["Sanne Bakker"],
        published="2026-12-03T14:05:00+01:00",
    ),
    Page(
        lang="pl",
        url="https://www.gazeta-przyklad.pl/kraj/radni-przyjeli-budzet/ar/c1-123456",
        title="Radni przyjęli budżet na przyszły rok",
        site="Gazeta Przykładowa",
        lead="Miasto wyda więcej na komunikację miejską i remonty szkół.",
        byline="Napisał: Tomasz Zieliński",
        date="czwartek, 3 grudnia 2026 r., godz. 14:05",
        paragraphs=(
            "Rada miasta w czwartek wieczorem przyjęła budżet na przyszły rok. Za głosowało dwudziestu radnych, przeciw było siedmiu.",
            "Najwięcej pieniędzy trafi na komunikację miejską: miasto kupi dwanaście nowych tramwajów i wyremontuje trzy pętle autobusowe.",
            "Opozycja krytykowała wysokość zadłużenia, które na koniec roku ma przekroczyć pół miliarda złotych.",
        ),
        tags_label="Tagi:",
        tags=("budżet", "rada miasta"),
        related_label="Zobacz także",
        related=("Nowe tramwaje wyjadą na ulice wiosną",),
        authors=["Tomasz Zieliński"],
        published="2026-12-03T14:05:00+01:00",
        separator=" - ",
    ),
    Page(
        lang="pt-BR",
        url="https://www.jornal-exemplo.com.br/cidades/noticia/2026/12/03/camara-aprova-orcamento.ghtml",
        title="Câmara aprova orçamento com mais verba para o transporte público",
        site="Jornal Exemplo",
        lead="Texto prevê a compra de 120 ônibus elétricos e a reforma de terminais na zona leste.",
        byline="Por Ana Souza",
        date="03/12/2026 14h05",
        paragraphs=(
            "A Câmara Municipal aprovou nesta quinta-feira o orçamento do próximo ano, com 38 votos a favor e 12 contra.",
            "A maior parte dos recursos extras vai para o transporte público: a prefeitura pretende comprar 120 ônibus elétricos até o fim de 2027.",
            "Vereadores da oposição criticaram o aumento da dívida e prometeram recorrer à Justiça contra dois artigos do texto.",
        ),
        tags_label="Tópicos:",
        tags=("Orçamento", "Transporte público"),
        related_label="Leia também",
        related=("Prefeitura anuncia nova linha de ônibus para o aeroporto",),
        authors=["Ana Souza"],
        published="2026-12-03T14:05:00-03:00",
    ),
    Page(
        lang="pt-PT",
        url="https://www.diario-exemplo.pt/sociedade/assembleia-municipal-aprova-orcamento-1234567",
        title="Assembleia municipal aprova orçamento para 2027",
        site="Diário Exemplo",
        lead="Documento reforça a verba para habitação e para a recuperação de escolas.",
        byline="Por João Ferreira",
        date="3 dez 2026, 14:05",
        paragraphs=(
            "A assembleia municipal aprovou esta quinta-feira o orçamento para o próximo ano, com os votos contra da oposição.",
            "A maior fatia do aumento vai para a habitação: a câmara quer recuperar trezentos fogos devolutos até ao fim de 2027.",
            "A oposição criticou o aumento da dívida e a falta de investimento nos transportes.",
        ),
        tags_label="Tópicos",
        tags=("Habitação", "Autarquias"),
        related_label="Artigos relacionados",
        related=("Câmara lança concurso para mil casas a custos controlados",),
        authors=["João Ferreira"],
        published="2026-12-03T14:05:00+00:00",
    ),
    Page(
        lang="cs",
        url="https://www.noviny-priklad.cz/domaci/zastupitele-schvalili-rozpocet.A261203_140500_domaci",
        title="Zastupitelé po dlouhé debatě schválili rozpočet na příští rok",
        site="Noviny Příklad",
        lead="Město dá víc peněz na opravy škol a na novou tramvajovou trať.",
        byline="Autor: Jana Dvořáková",
        date="3. prosince 2026 14:05",
        paragraphs=(
            "Zastupitelé ve čtvrtek večer schválili rozpočet na příští rok. Pro hlasovalo dvacet zastupitelů, proti bylo sedm.",
            "Nejvíc peněz půjde na opravy škol a na stavbu nové tramvajové trati na sídliště, která má být hotová v roce 2028.",
            "Opozice kritizovala rostoucí zadlužení města, které na konci roku přesáhne dvě miliardy korun.",
        ),
        tags_label="Témata:",
        tags=("rozpočet", "zastupitelstvo"),
        related_label="Související články",
        related=("Nová tramvajová trať povede přes park",),
        authors=["Jana Dvořáková"],
        published="2026-12-03T14:05:00+01:00",
    ),
    Page(
        lang="sk",
        url="https://www.spravy-priklad.sk/domace/poslanci-schvalili-rozpocet/812345-clanok.html",
        title="Poslanci mestského zastupiteľstva schválili rozpočet",
        site="Správy Príklad",
        lead="Mesto vyčlení viac peňazí na opravy ciest a na mestskú hromadnú dopravu.",
        byline="Peter Horváth",
        date="3. decembra 2026 o 14:05",
        paragraphs=(
            "Mestské zastupiteľstvo vo štvrtok večer schválilo rozpočet na budúci rok. Za hlasovalo dvadsať poslancov, proti bolo sedem.",
            "Najviac peňazí pôjde na opravy ciest a na nákup nových autobusov, ktoré mesto dostane na jar.",
            "Opozícia kritizovala rastúci dlh mesta, ktorý na konci roka prekročí tristo miliónov eur.",
        ),
        tags_label="Témy:",
        tags=("rozpočet", "doprava"),
        related_label="Súvisiace články",
        related=("Nové autobusy vyjdú do ulíc v apríli",),
        authors=["Peter Horváth"],
        published="2026-12-03T14:05:00+01:00",
        shape="split",
    ),
    Page(
        lang="fi",
        url="https://www.sanomat-esimerkki.fi/kotimaa/art-2000012345678.html",
        title="Kaupunginvaltuusto hyväksyi ensi vuoden talousarvion",
        site="Esimerkki Sanomat",
        lead="Kaupunki käyttää ensi vuonna enemmän rahaa koulujen korjauksiin ja joukkoliikenteeseen.",
        byline="Kirjoittanut Matti Virtanen",
        date="3.12.2026 klo 14.05",
        paragraphs=(
            "Kaupunginvaltuusto hyväksyi torstai-iltana ensi vuoden talousarvion äänin 45–22.",
            "Suurin osa lisärahasta menee koulujen korjauksiin: kaupunki aikoo kunnostaa kuusi koulua vuoden 2027 aikana.",
            "Oppositio arvosteli velkamäärän kasvua, jonka arvioidaan ylittävän miljardi euroa vuoden lopussa.",
        ),
        tags_label="Aiheet:",
        tags=("Talousarvio", "Kunnallispolitiikka"),
        related_label="Lue myös",
        related=("Uusi raitiotie valmistuu syksyllä",),
        authors=["Matti Virtanen"],
        published="2026-12-03T14:05:00+02:00",
    ),
    Page(
        lang="el",
        url="https://www.efimerida-paradeigma.gr/ellada/article/812345/to-dimotiko-symvoulio-egkrine-ton-proypologismo",
        title="Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό του 2027",
        site="Εφημερίδα Παράδειγμα",
        lead="Περισσότερα χρήματα για τις συγκοινωνίες και την επισκευή των σχολείων.",
        byline="Συντάκτης: Γιώργος Παπαδόπουλος",
        date="03 Δεκεμβρίου 2026, 14:05",
        paragraphs=(
            "Το δημοτικό συμβούλιο ενέκρινε την Πέμπτη το βράδυ τον προϋπολογισμό της επόμενης χρονιάς, με είκοσι ψήφους υπέρ και επτά κατά.",
            "Το μεγαλύτερο μέρος των επιπλέον κονδυλίων θα διατεθεί στις συγκοινωνίες, με την αγορά σαράντα νέων λεωφορείων.",
            "Η αντιπολίτευση επέκρινε την αύξηση του χρέους του δήμου και ζήτησε νέα συζήτηση τον Ιανουάριο.",
        ),
        tags_label="Ετικέτες:",
        tags=("Δήμος", "Προϋπολογισμός"),
        related_label="Διαβάστε επίσης",
        related=("Νέα λεωφορεία στους δρόμους από τον Μάρτιο",),
        authors=["Γιώργος Παπαδόπουλος"],
        published="2026-12-03T14:05:00+02:00",
    ),
    Page(
        lang="hu",
        url="https://www.hirek-pelda.hu/belfold/2026/12/elfogadta-a-kozgyules-a-koltsegvetest",
        title="Elfogadta a közgyűlés a jövő évi költségvetést",
        site="Hírek Példa",
        lead="A város több pénzt költ jövőre az iskolák felújítására és a tömegközlekedésre.",
        byline="Szerző: Kovács Anna",
        date="2026. december 3. 14:05",
        paragraphs=(
            "A közgyűlés csütörtök este elfogadta a jövő évi költségvetést, húsz képviselő szavazott mellette, heten ellene.",
            "A többletforrások nagy része az iskolák felújítására megy: a város hat iskolát újít fel 2027 végéig.",
            "Az ellenzék bírálta az adósság növekedését, amely az év végére meghaladhatja a százmilliárd forintot.",
        ),
        tags_label="Címkék:",
        tags=("költségvetés", "közgyűlés"),
        related_label="Kapcsolódó cikkek",
        related=("Tavasszal érkeznek az új villamosok",),
        authors=["Kovács Anna"],
        published="2026-12-03T14:05:00+01:00",
    ),
    Page(
        lang="ro",
        url="https://www.ziarul-exemplu.ro/actualitate/consiliul-local-a-aprobat-bugetul-2345678",
        title="Consiliul Local a aprobat bugetul pentru anul viitor",
        site="Ziarul Exemplu",
        lead="Primăria va cheltui mai mulți bani pe transportul public și pe renovarea școlilor.",
        byline="Autor: Andrei Popescu",
        date="Joi, 3 decembrie 2026, 14:05",
        paragraphs=(
            "Consiliul Local a aprobat joi seara bugetul pentru anul viitor, cu douăzeci de voturi pentru și șapte împotrivă.",
            "Cea mai mare parte a banilor suplimentari va merge către transportul public: primăria va cumpăra patruzeci de autobuze electrice.",
            "Opoziția a criticat creșterea datoriei orașului, care ar putea depăși un miliard de lei la sfârșitul anului.",
        ),
        tags_label="Etichete:",
        tags=("buget", "consiliul local"),
        related_label="Citește și",
        related=("Autobuzele electrice ajung în oraș în primăvară",),
        authors=["Andrei Popescu"],
        published="2026-12-03T14:05:00+02:00",
    ),
    Page(
        lang="uk",
        url="https://www.gazeta-pryklad.ua/news/2026/12/03/miskrada-uhvalyla-biudzhet/",
        title="Міська рада ухвалила бюджет на наступний рік",
        site="Газета Приклад",
        lead="Місто витратить більше грошей на громадський транспорт і ремонт шкіл.",
        byline="Автор: Олена Коваленко",
        date="3 грудня 2026, 14:05",
        paragraphs=(
            "Міська рада у четвер увечері ухвалила бюджет на наступний рік: за проголосували двадцять депутатів, проти — семеро.",
            "Найбільше додаткових коштів піде на громадський транспорт: місто закупить сорок нових тролейбусів.",
            "Опозиція критикувала зростання боргу міста, який наприкінці року може перевищити мільярд гривень.",
        ),
        tags_label="Теги:",
        tags=("бюджет", "міська рада"),
        related_label="Читайте також",
        related=("Нові тролейбуси вийдуть на маршрути навесні",),
        authors=["Олена Коваленко"],
        published="2026-12-03T14:05:00+02:00",
    ),
    Page(
        lang="hr",
        url="https://www.vijesti-primjer.hr/vijesti/gradsko-vijece-izglasalo-proracun-20261203",
        title="Gradsko vijeće izglasalo proračun za sljedeću godinu",
        site="Vijesti Primjer",
        lead="Grad će više novca uložiti u javni prijevoz i obnovu škola.",
        byline="Piše: Ivana Horvat",
        date="3. prosinca 2026. u 14:05",
        paragraphs=(
            "Gradsko vijeće u četvrtak je navečer izglasalo proračun za sljedeću godinu, s dvadeset glasova za i sedam protiv.",
            "Najveći dio dodatnog novca ide u javni prijevoz: grad će kupiti četrdeset novih tramvaja do kraja 2027.",
            "Oporba je kritizirala rast duga grada, koji bi na kraju godine mogao premašiti milijardu eura.",
        ),
        tags_label="Oznake:",
        tags=("proračun", "gradsko vijeće"),
        related_label="Povezane vijesti",
        related=("Novi tramvaji stižu u proljeće",),
        authors=["Ivana Horvat"],
        published="2026-12-03T14:05:00+01:00",
    ),
    Page(
        lang="sr",
        url="https://www.novine-primer.rs/vesti/drustvo/gradska-skupstina-usvojila-budzet-20261203",
        title="Градска скупштина усвојила буџет за наредну годину",
        site="Новине Пример",
        lead="Град ће више новца уложити у јавни превоз и обнову школа.",
        byline="Аутор: Марко Петровић",
        date="03.12.2026. 14:05",
        paragraphs=(
            "Градска скупштина је у четвртак увече усвојила буџет за наредну годину, са двадесет гласова за и седам против.",
            "Највећи део додатног новца иде у јавни превоз: град ће купити четрдесет нових аутобуса до краја 2027.",
            "Опозиција је критиковала раст дуга града, који би на крају године могао да премаши милијарду евра.",
        ),
        tags_label="Тагови:",
        tags=("буџет", "скупштина"),
        related_label="Повезане вести",
        related=("Нови аутобуси стижу у пролеће",),
        authors=["Марко Петровић"],
        published="2026-12-03T14:05:00+01:00",
    ),
    Page(
        lang="zh-CN",
        url="https://news.xinwen-shili.cn/2026/12/03/c_1234567.htm",
        title="市人大常委会通过明年财政预算",
        site="示例新闻网",
        lead="新预算将重点投入公共交通和中小学校舍改造。",
        byline="记者 王小明",
        date="2026年12月03日 14:05",
        paragraphs=(
            "市人大常委会周四晚间表决通过了明年的财政预算，二十名委员投赞成票，七名委员投反对票。",
            "新增资金的大部分将用于公共交通建设，市政府计划在明年年底前购置一百二十辆新能源公交车。",
            "部分委员对政府债务规模的增长表示担忧，并建议在明年一月再次审议相关支出。",
        ),
        tags_label="标签：",
        tags=("财政预算", "公共交通"),
        related_label="相关阅读",
        related=("新能源公交车将于明年春季投入运营",),
        authors=["王小明"],
        published="2026-12-03T14:05:00+08:00",
        separator="_",
    ),
    Page(
        lang="zh-TW",
        url="https://news.xinwen-fanli.com.tw/news/20261203/1234567",
        title="市議會三讀通過明年度總預算",
        site="範例新聞網",
        lead="新預算將優先投入大眾運輸與校舍整修。",
        byline="記者陳怡君／台北報導",
        date="2026/12/03 14:05",
        paragraphs=(
            "市議會週四晚間三讀通過明年度總預算，二十名議員投下贊成票，七名議員反對。",
            "新增經費大部分將用於大眾運輸，市府計畫在明年底前購置一百二十輛電動公車。",
            "在野黨議員批評市府債務持續增加，要求明年一月再次檢討相關支出。",
        ),
        tags_label="關鍵字：",
        tags=("總預算", "大眾運輸"),
        related_label="相關新聞",
        related=("電動公車明年春天上路",),
        authors=["陳怡君"],
        published="2026-12-03T14:05:00+08:00",
        separator=" - ",
    ),
    Page(
        lang="ar",
        url="https://www.sahifa-mithal.com.eg/news/details/2026/12/03/4567891",
        title="مجلس المدينة يقر موازنة العام المقبل",
        site="صحيفة المثال",
        lead="زيادة المخصصات للنقل العام وترميم المدارس.",
        byline="بقلم: أحمد محمود",
        date="الخميس 3 ديسمبر 2026 - 02:05 م",
        paragraphs=(
            "أقر مجلس المدينة مساء الخميس موازنة العام المقبل بأغلبية عشرين صوتا مقابل سبعة أصوات.",
            "وتذهب معظم الزيادة إلى النقل العام، إذ تعتزم المدينة شراء أربعين حافلة كهربائية جديدة قبل نهاية العام المقبل.",
            "وانتقدت المعارضة ارتفاع الدين العام للمدينة وطالبت بمناقشة جديدة في شهر يناير.",
        ),
        tags_label="الكلمات المفتاحية:",
        tags=("الموازنة", "النقل العام"),
        related_label="اقرأ أيضا",
        related=("حافلات كهربائية جديدة في الشوارع خلال الربيع",),
        authors=["أحمد محمود"],
        published="2026-12-03T14:05:00+02:00",
        dir="rtl",
    ),
    Page(
        lang="he",
        url="https://www.iton-dugma.co.il/news/article/r1a2b3c4d",
        title="מועצת העיר אישרה את התקציב לשנה הבאה",
        site="עיתון דוגמה",
        lead="העירייה תשקיע יותר בתחבורה ציבורית ובשיפוץ בתי ספר.",
        byline="מאת דנה כהן",
        date="03.12.2026 14:05",
        paragraphs=(
            "מועצת העיר אישרה ביום חמישי בערב את תקציב השנה הבאה, ברוב של עשרים חברי מועצה מול שבעה.",
            "רוב התוספת תופנה לתחבורה ציבורית: העירייה תרכוש ארבעים אוטובוסים חשמליים עד סוף השנה הבאה.",
            "האופוזיציה מתחה ביקורת על גידול החוב של העירייה ודרשה דיון נוסף בחודש ינואר.",
        ),
        tags_label="תגיות:",
        tags=("תקציב", "מועצת העיר"),
        related_label="כתבות נוספות",
        related=("אוטובוסים חשמליים חדשים יעלו לכביש באביב",),
        authors=["דנה כהן"],
        published="2026-12-03T14:05:00+02:00",
        dir="rtl",
    ),
    Page(
        lang="fa",
        url="https://www.khabar-nemune.ir/fa/news/1234567/",
        title="شورای شهر بودجه سال آینده را تصویب کرد",
        site="خبرگزاری نمونه",
        lead="سهم حمل‌ونقل عمومی و نوسازی مدارس در بودجه جدید افزایش یافت.",
        byline="نویسنده: علی رضایی",
        date="۱۲ آذر ۱۴۰۵ - ۱۴:۰۵",
        paragraphs=(
            "شورای شهر روز پنجشنبه بودجه سال آینده را با بیست رأی موافق و هفت رأی مخالف تصویب کرد.",
            "بیشتر افزایش بودجه به حمل‌ونقل عمومی اختصاص دارد و شهرداری قصد دارد چهل اتوبوس برقی جدید خریداری کند.",
            "منتقدان از افزایش بدهی شهرداری انتقاد کردند و خواستار بررسی دوباره در دی ماه شدند.",
        ),
        tags_label="برچسب‌ها:",
        tags=("بودجه", "شورای شهر"),
        related_label="اخبار مرتبط",
        related=("اتوبوس‌های برقی جدید در بهار وارد ناوگان می‌شوند",),
        authors=["علی رضایی"],
        published="2026-12-03T14:05:00+03:30",
        dir="rtl",
    ),
    Page(
        lang="id",
        url="https://www.berita-contoh.co.id/read/2026/12/03/140500/dprd-sahkan-apbd-2027",
        title="DPRD Sahkan APBD 2027, Anggaran Transportasi Naik",
        site="Berita Contoh",
        lead="Pemerintah kota akan membeli bus listrik baru dan memperbaiki gedung sekolah.",
        byline="Oleh: Budi Santoso",
        date="Kamis, 3 Desember 2026 14:05 WIB",
        paragraphs=(
            "DPRD kota pada Kamis malam mengesahkan anggaran pendapatan dan belanja daerah untuk tahun depan dengan dukungan dua puluh anggota.",
            "Sebagian besar tambahan anggaran dialokasikan untuk transportasi umum, termasuk pembelian empat puluh bus listrik baru.",
            "Fraksi oposisi mengkritik kenaikan utang daerah dan meminta pembahasan ulang pada Januari mendatang.",
        ),
        tags_label="Tag:",
        tags=("APBD", "DPRD"),
        related_label="Baca Juga",
        related=("Bus listrik mulai beroperasi bulan Maret",),
        authors=["Budi Santoso"],
        published="2026-12-03T14:05:00+07:00",
    ),
    Page(
        lang="vi",
        url="https://vnbao-vidu.vn/hdnd-thanh-pho-thong-qua-du-toan-ngan-sach-2027-4812345.html",
        title="HĐND thành phố thông qua dự toán ngân sách năm 2027",
        site="Báo Ví Dụ",
        lead="Thành phố sẽ dành thêm kinh phí cho giao thông công cộng và sửa chữa trường học.",
        byline="Nguyễn Văn An",
        date="Thứ năm, 3/12/2026, 14:05 (GMT+7)",
        paragraphs=(
            "Tối thứ Năm, HĐND thành phố đã thông qua dự toán ngân sách năm 2027 với hai mươi đại biểu tán thành.",
            "Phần lớn kinh phí tăng thêm được dành cho giao thông công cộng, trong đó có việc mua bốn mươi xe buýt điện mới.",
            "Một số đại biểu bày tỏ lo ngại về nợ công tăng và đề nghị xem xét lại vào tháng Một năm sau.",
        ),
        tags_label="Từ khóa:",
        tags=("ngân sách", "HĐND"),
        related_label="Tin liên quan",
        related=("Xe buýt điện bắt đầu chạy từ tháng Ba",),
        authors=["Nguyễn Văn An"],
        published="2026-12-03T14:05:00+07:00",
        shape="foot",
        separator=" - ",
    ),
    Page(
        lang="th",
        url="https://www.khao-tuayang.co.th/news/local/1234567",
        title="สภาเมืองอนุมัติงบประมาณปี 2570",
        site="ข่าวตัวอย่าง",
        lead="เพิ่มงบประมาณด้านขนส่งสาธารณะและซ่อมแซมโรงเรียน",
        byline="โดย สมชาย ใจดี",
        date="3 ธ.ค. 2569 14:05 น.",
        paragraphs=(
            "สภาเมืองมีมติอนุมัติงบประมาณประจำปีหน้าเมื่อคืนวันพฤหัสบดี ด้วยคะแนนเสียงเห็นชอบยี่สิบเสียงต่อเจ็ดเสียง",
            "งบประมาณที่เพิ่มขึ้นส่วนใหญ่จะใช้กับระบบขนส่งสาธารณะ รวมถึงการจัดซื้อรถโดยสารไฟฟ้าใหม่สี่สิบคัน",
            "ฝ่ายค้านวิจารณ์การเพิ่มขึ้นของหนี้สาธารณะของเมืองและขอให้มีการพิจารณาอีกครั้งในเดือนมกราคม",
        ),
        tags_label="แท็ก",
        tags=("งบประมาณ", "สภาเมือง"),
        related_label="ข่าวที่เกี่ยวข้อง",
        related=("รถโดยสารไฟฟ้าเริ่มให้บริการเดือนมีนาคม",),
        authors=["สมชาย ใจดี"],
        published="2026-12-03T14:05:00+07:00",
    ),
    Page(
        lang="hi",
        url="https://www.samachar-udaharan.in/city/nagar-nigam-budget-approved-2026-12-03",
        title="नगर निगम ने अगले साल का बजट पास किया",
        site="समाचार उदाहरण",
        lead="सार्वजनिक परिवहन और स्कूलों की मरम्मत पर ज्यादा खर्च होगा।",
        byline="लेखक: राहुल शर्मा",
        date="3 दिसंबर 2026, 14:05 IST",
        paragraphs=(
            "नगर निगम की बैठक में गुरुवार शाम अगले साल का बजट बीस सदस्यों के समर्थन से पास हो गया।",
            "बढ़ी हुई राशि का बड़ा हिस्सा सार्वजनिक परिवहन पर खर्च होगा, जिसमें चालीस नई इलेक्ट्रिक बसों की खरीद शामिल है।",
            "विपक्ष ने बढ़ते कर्ज पर सवाल उठाए और जनवरी में फिर से चर्चा की मांग की।",
        ),
        tags_label="टैग:",
        tags=("बजट", "नगर निगम"),
        related_label="ये भी पढ़ें",
        related=("मार्च से सड़कों पर उतरेंगी इलेक्ट्रिक बसें",),
        authors=["राहुल शर्मा"],
        published="2026-12-03T14:05:00+05:30",
    ),
    Page(
        lang="sw",
        url="https://www.gazeti-mfano.co.tz/habari/baraza-la-jiji-lapitisha-bajeti-2027",
        title="Baraza la jiji lapitisha bajeti ya mwaka ujao",
        site="Gazeti Mfano",
        lead="Fedha zaidi zitatumika kwa usafiri wa umma na ukarabati wa shule.",
        byline="Na Juma Mwakyusa",
        date="Desemba 3, 2026",
        paragraphs=(
            "Baraza la jiji Alhamisi jioni lilipitisha bajeti ya mwaka ujao kwa kura ishirini za ndiyo na saba za hapana.",
            "Sehemu kubwa ya fedha za ziada zitatumika kwa usafiri wa umma, ikiwemo ununuzi wa mabasi arobaini ya umeme.",
            "Upinzani ulikosoa ongezeko la deni la jiji na kutaka mjadala mpya mwezi Januari.",
        ),
        tags_label="Mada:",
        tags=("Bajeti", "Baraza la jiji"),
        related_label="Habari zinazohusiana",
        related=("Mabasi ya umeme kuanza kazi mwezi Machi",),
        authors=["Juma Mwakyusa"],
        published="2026-12-03",
    ),
    Page(
        lang="af",
        url="https://www.koerant-voorbeeld.co.za/nuus/stadsraad-keur-begroting-goed-20261203",
        title="Stadsraad keur begroting vir volgende jaar goed",
        site="Koerant Voorbeeld",
        lead="Meer geld gaan na openbare vervoer en die herstel van skole.",
        byline="Deur Pieter van der Merwe",
        date="3 Desember 2026, 14:05",
        paragraphs=(
            "Die stadsraad het Donderdagaand die begroting vir volgende jaar met twintig stemme teen sewe goedgekeur.",
            "Die grootste deel van die ekstra geld gaan na openbare vervoer: die stad gaan veertig nuwe elektriese busse koop.",
            "Die opposisie het die groeiende skuld van die stad gekritiseer en ’n nuwe debat in Januarie gevra.",
        ),
        tags_label="Onderwerpe:",
        tags=("Begroting", "Stadsraad"),
        related_label="Lees ook",
        related=("Elektriese busse begin in Maart ry",),
        authors=["Pieter van der Merwe"],
        published="2026-12-03T14:05:00+02:00",
    ),
    Page(
        lang="ca",
        url="https://www.diari-exemple.cat/politica/el-ple-aprova-el-pressupost-2027_1_1234567.html",
        title="El ple aprova el pressupost per a l’any vinent",
        site="Diari Exemple",
        lead="L’ajuntament destinarà més diners al transport públic i a la reforma d’escoles.",
        byline="Per Jordi Puig",
        date="3 de desembre de 2026, 14:05",
        paragraphs=(
            "El ple municipal va aprovar dijous al vespre el pressupost de l’any vinent amb vint vots a favor i set en contra.",
            "La major part dels diners addicionals anirà al transport públic: l’ajuntament comprarà quaranta autobusos elèctrics.",
            "L’oposició va criticar l’augment del deute municipal i va demanar un nou debat al gener.",
        ),
        tags_label="Temes:",
        tags=("Pressupost", "Ajuntament"),
        related_label="Notícies relacionades",
        related=("Els autobusos elèctrics arribaran a la primavera",),
        authors=["Jordi Puig"],
        published="2026-12-03T14:05:00+01:00",
    ),
]

FIELDS = ("title", "subtitle", "authors", "published", "topics", "body", "language")


def _got(page: Page) -> dict[str, object]:
    art = extract_article(page.html(), page.url, fetched=FETCHED)
    body = art.body or ""
    return {
        "title": art.title,
        "subtitle": art.subtitle,
        "authors": art.authors,
        "published": art.published,
        "topics": art.topics,
        # the whole text, and none of the page's furniture
        "body": all(p in body for p in page.paragraphs)
        and not any(x in body for x in (*page.related, page.related_label, page.tags_label)),
        "language": (art.language or "").split("-")[0],
    }


def _want(page: Page) -> dict[str, object]:
    return {
        "title": page.title,
        "subtitle": page.lead,
        "authors": page.authors,
        "published": page.published,
        "topics": list(page.tags),
        "body": True,
        "language": page.lang.split("-")[0],
    }


@pytest.mark.parametrize("fieldname", FIELDS)
@pytest.mark.parametrize("page", PAGES, ids=[p.lang for p in PAGES])
def test_invented_page(page: Page, fieldname: str) -> None:
    assert _got(page)[fieldname] == _want(page)[fieldname]


def _again(lang: str, n: int, top: str, authors: list[str], published: str, **kw: str) -> Page:
    """A second page of the `lang` row's site, with a byline and date block of another CMS."""
    first = next(p for p in PAGES if p.lang == lang)
    site, path = first.url.split("/", 3)[2:]
    url = f"https://{site}/{n}/{path}"
    return replace(first, url=url, top=top, authors=authors, published=published, **kw)  # type: ignore[arg-type]


# other CMS shapes: a labelled published and updated date (the updated one first or after),
# a relative date, a year left out, the writer in a link or under another label, two writers,
# a photographer's credit beside the writer's, genitive bylines, other digits and calendars
PAGES2 = [
    _again(
        "cs",
        2,
        "<div class='meta'><a href='/autori/petr-novak' rel='author'>Petr Novák</a>, <span class='time'>před 2 hodinami</span></div>",
        ["Petr Novák"],
        "2026-12-04T05:00:00+01:00",
    ),
    _again(
        "cs",
        3,
        "<div class='meta'>Text: Petr Novák | Publikováno 3. 12. 2026 14:05 | Aktualizováno 4. 12. 2026 9:10</div>",
        ["Petr Novák"],
        "2026-12-03T14:05:00+01:00",
    ),
    _again(
        "pl",
        2,
        "<div class='meta'><span>Opracowanie: Anna Kowalska</span> <span>Data utworzenia: 3 grudnia 2026, 14:05</span> <span>Data aktualizacji: 4 grudnia 2026, 09:10</span></div>",
        ["Anna Kowalska"],
        "2026-12-03T14:05:00+01:00",
    ),
    _again(
        "hu",
        2,
        "<div class='meta'><span class='author'>Nagy Péter</span> <span>Frissítve: 2026. dec. 4. 09:10</span> <span>Közzétéve: 2026. dec. 3. 14:05</span></div>",
        ["Nagy Péter"],
        "2026-12-03T14:05:00+01:00",
    ),
    _again(
        "fi",
        2,
        "<div class='meta'><span class='authors'>Matti Virtanen, Liisa Korhonen</span><br><span>Julkaistu 3.12. 14:05 | Päivitetty 4.12. 9:10</span></div>",
        ["Matti Virtanen", "Liisa Korhonen"],
        "2026-12-03T14:05:00+02:00",
    ),
    _again(
        "el",
        2,
        "<div class='meta'><span class='author'>Της Μαρίας Νικολάου</span> <time>Πέμπτη, 3 Δεκεμβρίου 2026 - 2:05 μ.μ.</time></div>",
        ["Μαρίας Νικολάου"],
        "2026-12-03T14:05:00+02:00",
    ),
    _again(
        "he",
        2,
        "<div class='meta'><span>כתבה: נועה לוי</span> <span>יום חמישי, 3 בדצמבר 2026, 14:05</span></div>",
        ["נועה לוי"],
        "2026-12-03T14:05:00+02:00",
    ),
    _again(
        "ar",
        2,
        "<div class='meta'><span>كتب: محمد علي</span> <span>٣ ديسمبر ٢٠٢٦ | ١٤:٠٥</span></div>",
        ["محمد علي"],
        "2026-12-03T14:05:00+02:00",
    ),
    _again(
        "fa",
        2,
        "<div class='meta'><div>خبرنگار: مریم احمدی</div><div>تاریخ انتشار: پنجشنبه ۱۲ آذر ۱۴۰۵ ساعت ۱۴:۰۵</div></div>",
        ["مریم احمدی"],
        "2026-12-03T14:05:00+03:30",
    ),
    _again(
        "th",
        2,
        "<div class='meta'><div>ผู้เขียน: วิภา ศรีสุข</div><div>วันพฤหัสบดีที่ 3 ธันวาคม พ.ศ. 2569 เวลา 14.05 น.</div></div>",
        ["วิภา ศรีสุข"],
        "2026-12-03T14:05:00+07:00",
    ),
    _again(
        "id",
        2,
        "<div class='meta'><div>Reporter: Siti Rahmawati</div><div>Kamis, 03 Des 2026 14:05 WIB</div></div>",
        ["Siti Rahmawati"],
        "2026-12-03T14:05:00+07:00",
    ),
    _again(
        "vi",
        2,
        "<div class='meta'><div>Bởi Trần Thị Bình</div><div>14:05 03/12/2026</div></div>",
        ["Trần Thị Bình"],
        "2026-12-03T14:05:00+07:00",
    ),
    _again(
        "uk",
        2,
        "<div class='meta'><div><a href='/authors/ivan-shevchenko'>Іван Шевченко</a></div><div>03.12.2026, 14:05 · Оновлено 04.12.2026, 09:10</div></div>",
        ["Іван Шевченко"],
        "2026-12-03T14:05:00+02:00",
    ),
    _again(
        "ro",
        2,
        "<div class='meta'><div>de <a href='/autor/maria-ionescu'>Maria Ionescu</a></div><div>Publicat: 03.12.2026, 14:05 | Actualizat: 04.12.2026, 09:10</div></div>",
        ["Maria Ionescu"],
        "2026-12-03T14:05:00+02:00",
    ),
    _again(
        "pt-BR",
        2,
        "<div class='meta'><div>Por Carlos Lima e Beatriz Rocha, da Redação</div><div>Publicado em 3 de dezembro de 2026 às 14h05 · Atualizado há 2 horas</div></div>",
        ["Carlos Lima", "Beatriz Rocha"],
        "2026-12-03T14:05:00-03:00",
    ),
    _again(
        "nl",
        2,
        "<div class='meta'><div>Tekst: Lotte de Jong · Foto: Bram Visser</div><div>3 december 2026 om 14:05 · Bijgewerkt 4 december 2026 om 09:10</div></div>",
        ["Lotte de Jong"],
        "2026-12-03T14:05:00+01:00",
    ),
    _again(
        "sk",
        2,
        "<div class='meta'>Autor: Zuzana Kováčová, 3. 12. 2026 14:05, aktualizované 4. 12. 2026 9:10</div>",
        ["Zuzana Kováčová"],
        "2026-12-03T14:05:00+01:00",
    ),
    _again(
        "hr",
        2,
        "<div class='meta'><div>Autor: Ana Kovač</div><div>Objavljeno: 03.12.2026. u 14:05</div></div>",
        ["Ana Kovač"],
        "2026-12-03T14:05:00+01:00",
    ),
    _again(
        "zh-CN",
        2,
        "<div class='meta'><span>来源：示例日报</span>　<span>作者：李华</span> <span>2026-12-03 14:05:00</span></div>",
        ["李华"],
        "2026-12-03T14:05:00+08:00",
    ),
    _again(
        "sw",
        2,
        "<div class='meta'><div>Na Amina Hassan, Dar es Salaam</div><div>Alhamisi, Desemba 3, 2026</div></div>",
        ["Amina Hassan"],
        "2026-12-03",
    ),
    _again(
        "ca",
        2,
        "<div class='meta'><div>Marta Soler</div><div>Barcelona. Actualitzat el 04/12/2026 a les 09:10 h</div><div>Publicat el 03/12/2026 a les 14:05 h</div></div>",
        ["Marta Soler"],
        "2026-12-03T14:05:00+01:00",
    ),
    _again(
        "hi",
        2,
        "<div class='meta'><div>रिपोर्ट: अमित कुमार</div><div>अपडेटेड: 04 दिसंबर 2026 09:10 AM IST | प्रकाशित: 03 दिसंबर 2026 02:05 PM IST</div></div>",
        ["अमित कुमार"],
        "2026-12-03T14:05:00+05:30",
    ),
]

# the Baltic languages, on pages of the Polish row's shape
PAGES2 += [
    replace(
        PAGES[1],
        lang="lt",
        url="https://www.naujienos-pavyzdys.lt/lietuvoje/miesto-taryba-patvirtino-biudzeta-1234567",
        top="<div class='meta'><div>Autorius: Tomas Kazlauskas</div><div>2026 m. gruodžio 3 d. 14:05</div></div>",
        authors=["Tomas Kazlauskas"],
        published="2026-12-03T14:05:00+02:00",
    ),
    replace(
        PAGES[1],
        lang="lv",
        url="https://www.zinas-piemers.lv/latvija/domes-budzets-1234567",
        top="<div class='meta'><div>Autors: Anna Bērziņa</div><div>2026. gada 3. decembris 14:05</div></div>",
        authors=["Anna Bērziņa"],
        published="2026-12-03T14:05:00+02:00",
    ),
    replace(
        PAGES[1],
        lang="et",
        url="https://www.uudised-naide.ee/eesti/volikogu-kinnitas-eelarve-1234567",
        top="<div class='meta'><div>Autor: Kadri Tamm</div><div>3. detsember 2026, 14:05</div></div>",
        authors=["Kadri Tamm"],
        published="2026-12-03T14:05:00+02:00",
    ),
]


@pytest.mark.parametrize("fieldname", ("authors", "published", "title", "body"))
@pytest.mark.parametrize("page", PAGES2, ids=[f"{p.lang}-{i}" for i, p in enumerate(PAGES2)])
def test_other_cms_shapes(page: Page, fieldname: str) -> None:
    assert _got(page)[fieldname] == _want(page)[fieldname]


def _when(lang: str, date: str, published: str) -> Page:
    """The `lang` row's page with only a relative date: 2026-12-04 06:00 UTC is when it was fetched."""
    first = next(p for p in PAGES if p.lang == lang)
    return replace(first, date=date, published=published)


# "2 hours ago" and "yesterday 14:05" in each language, read against the fetch time
RELATIVE = [
    _when("nl", "2 uur geleden", "2026-12-04T05:00:00+01:00"),
    _when("nl", "gisteren, 14:05", "2026-12-03T14:05:00+01:00"),
    _when("pl", "2 godziny temu", "2026-12-04T05:00:00+01:00"),
    _when("pl", "wczoraj, 14:05", "2026-12-03T14:05:00+01:00"),
    _when("pt-BR", "há 2 horas", "2026-12-04T01:00:00-03:00"),
    _when("pt-BR", "ontem às 14h05", "2026-12-03T14:05:00-03:00"),
    _when("cs", "včera 14:05", "2026-12-03T14:05:00+01:00"),
    _when("sk", "pred 2 hodinami", "2026-12-04T05:00:00+01:00"),
    _when("sk", "včera o 14:05", "2026-12-03T14:05:00+01:00"),
    _when("fi", "2 tuntia sitten", "2026-12-04T06:00:00+02:00"),
    _when("fi", "eilen klo 14.05", "2026-12-03T14:05:00+02:00"),
    _when("el", "πριν από 2 ώρες", "2026-12-04T06:00:00+02:00"),
    _when("el", "Χθες, 14:05", "2026-12-03T14:05:00+02:00"),
    _when("hu", "2 órája", "2026-12-04T05:00:00+01:00"),
    _when("hu", "tegnap 14:05", "2026-12-03T14:05:00+01:00"),
    _when("ro", "acum 2 ore", "2026-12-04T06:00:00+02:00"),
    _when("ro", "ieri, 14:05", "2026-12-03T14:05:00+02:00"),
    _when("uk", "2 години тому", "2026-12-04T06:00:00+02:00"),
    _when("uk", "вчора, 14:05", "2026-12-03T14:05:00+02:00"),
    _when("hr", "prije 2 sata", "2026-12-04T05:00:00+01:00"),
    _when("hr", "jučer u 14:05", "2026-12-03T14:05:00+01:00"),
    _when("zh-CN", "2小时前", "2026-12-04T12:00:00+08:00"),
    _when("zh-CN", "昨天 14:05", "2026-12-03T14:05:00+08:00"),
    _when("ar", "منذ ساعتين", "2026-12-04T06:00:00+02:00"),
    _when("ar", "أمس 14:05", "2026-12-03T14:05:00+02:00"),
    _when("he", "לפני שעתיים", "2026-12-04T06:00:00+02:00"),
    _when("he", "אתמול, 14:05", "2026-12-03T14:05:00+02:00"),
    _when("fa", "۲ ساعت پیش", "2026-12-04T07:30:00+03:30"),
    _when("id", "2 jam yang lalu", "2026-12-04T11:00:00+07:00"),
    _when("id", "Kemarin, 14:05 WIB", "2026-12-03T14:05:00+07:00"),
    _when("vi", "2 giờ trước", "2026-12-04T11:00:00+07:00"),
    _when("th", "2 ชั่วโมงที่แล้ว", "2026-12-04T11:00:00+07:00"),
    _when("th", "เมื่อวาน 14:05 น.", "2026-12-03T14:05:00+07:00"),
    _when("hi", "2 घंटे पहले", "2026-12-04T09:30:00+05:30"),
    _when("hi", "कल, 14:05 IST", "2026-12-03T14:05:00+05:30"),
    _when("ca", "fa 2 hores", "2026-12-04T05:00:00+01:00"),
    _when("ca", "ahir, 14:05", "2026-12-03T14:05:00+01:00"),
    _when("af", "2 uur gelede", "2026-12-04T06:00:00+02:00"),
    _when("af", "gister, 14:05", "2026-12-03T14:05:00+02:00"),
    _when("sw", "saa 2 zilizopita", "2026-12-04T07:00:00+03:00"),
]


@pytest.mark.parametrize("page", RELATIVE, ids=[f"{p.lang}-{p.date}" for p in RELATIVE])
def test_relative_dates(page: Page) -> None:
    got = _got(page)
    assert (got["published"], got["authors"]) == (page.published, page.authors)


# "Yesterday" (or today) and its clock after the names in a script whose letters have no case,
# or in Greek or Cyrillic: the date's, on a page in that word's language. A name that holds
# such a word, a paper named "Today" and another language's word stay.
RELATIVE_BYLINES = [
    ("el", "Γιώργος Παπαδόπουλος Χθες, 14:05", ["Γιώργος Παπαδόπουλος"]),
    ("ar", "بقلم: أحمد محمود أمس 14:05", ["أحمد محمود"]),
    ("he", "מאת דנה כהן אתמול, 14:05", ["דנה כהן"]),
    ("th", "โดย สมชาย ใจดี เมื่อวาน 14:05 น.", ["สมชาย ใจดี"]),
    ("hi", "लेखक: राहुल शर्मा कल, 14:05", ["राहुल शर्मा"]),
    ("uk", "Олена Коваленко вчора о 14:05", ["Олена Коваленко"]),
    ("ru", "Иван Петров вчера в 14:05", ["Иван Петров"]),
    ("zh", "记者 王小明 昨天", ["王小明"]),  # its clock cut before
    # counter-cases
    ("en", "By Dana Včera 10:15", ["Dana Včera"]),
    ("fi", "Matti Eilen", ["Matti Eilen"]),
    ("en", "By Ana Hoy", ["Ana Hoy"]),
    ("cs", "Autor: Jan Novák, MF Dnes", ["Jan Novák", "MF Dnes"]),
    ("ar", "كتب: أحمد محمود - المصري اليوم", ["أحمد محمود"]),
]


@pytest.mark.parametrize(("lang", "line", "names"), RELATIVE_BYLINES)
def test_relative_day_after_byline(lang: str, line: str, names: list[str]) -> None:
    assert clean_names([line], lang=lang) == names


# A Vietnamese paper signs the story under its last paragraph, in bold or aligned right;
# a bold closing "see more", a place, a crosshead of capitalised words, or a name in roman
# type set as a paragraph are no signature
SIGNATURES = [
    (
        "<p class='Normal' style='text-align:right;'><strong>Nguyễn Văn An</strong></p>",
        ["Nguyễn Văn An"],
    ),
    ("<p style='text-align: right'>Trần Thị Bình</p>", ["Trần Thị Bình"]),
    ("<p><b>Lê Minh</b></p>", ["Lê Minh"]),
    ("<p><strong>Xem thêm</strong></p>", []),
    ("<p><strong>Hà Nội</strong></p>", []),
    ("<p><strong>Nguyên Nhân Chính</strong></p>", []),
    ("<p>Nguyễn Văn An</p>", []),
]


@pytest.mark.parametrize(("foot", "names"), SIGNATURES)
def test_signature_under_the_story(foot: str, names: list[str]) -> None:
    page = replace(next(p for p in PAGES if p.lang == "vi"), byline="")
    html = page.html().replace(
        "<p class='Normal' style='text-align:right;'><strong></strong></p>", foot
    )
    assert foot in html
    assert extract_article(html, page.url).authors == names


# Thai prints "writer" before the names with or without a colon, as it does "reporter"
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("ผู้เขียน สมชาย ใจดี", ["สมชาย ใจดี"]),
        ("ผู้เขียน สมชาย ใจดี และ วิภา ศรีสุข", ["สมชาย ใจดี", "วิภา ศรีสุข"]),
        ("ผู้เขียน: วิภา ศรีสุข", ["วิภา ศรีสุข"]),
        ("ผู้เขียน", []),
    ],
)
def test_thai_writer_label(line: str, names: list[str]) -> None:
    assert clean_names([line], lang="th") == names


# An ad slot's label left as a paragraph of its own inside the story, in Traditional Chinese
# and Persian as in the other languages; a sentence opening with that word stays
AD_LINES = [
    ("zh-TW", "廣告", False),
    ("zh-TW", "相關閱讀", False),
    ("fa", "تبلیغات", False),
    ("fa", "آگهی", False),
    ("zh-CN", "广告", False),  # as before
    ("zh-TW", "廣告業者表示，明年的宣傳預算將比今年增加兩成。", True),
    ("fa", "تبلیغات انتخاباتی نامزدها از هفته آینده آغاز می‌شود.", True),
]


@pytest.mark.parametrize(("lang", "line", "kept"), AD_LINES)
def test_ad_label_in_story(lang: str, line: str, kept: bool) -> None:
    page = next(p for p in PAGES if p.lang == lang)
    first = f"<p>{page.paragraphs[0]}</p>"
    html = page.html().replace(first, f"{first}<p>{line}</p>")
    body = extract_article(html, page.url, fetched=FETCHED).body or ""
    assert all(p in body for p in page.paragraphs)
    assert (line in body) == kept


# A share bar's label alone above the story, or before the networks' names, in Croatian,
# Serbian, Catalan, Persian and Thai as in the others; a sentence opening with the verb stays
SHARE_LINES = [
    ("hr", "Podijeli", False),
    ("hr", "Podijelite: Facebook X WhatsApp", False),
    ("sr", "Подели", False),
    ("ca", "Comparteix", False),
    ("ca", "Comparteix l’article", False),
    ("fa", "اشتراک‌گذاری", False),
    ("th", "แชร์", False),
    ("pl", "Udostępnij", False),  # as before
    ("ca", "Comparteix pis amb tres estudiants des del setembre passat.", True),
    ("hr", "Podijelite svoje mišljenje o proračunu na sjednici vijeća.", True),
]


@pytest.mark.parametrize(("lang", "line", "kept"), SHARE_LINES)
def test_share_label_above_story(lang: str, line: str, kept: bool) -> None:
    page = next(p for p in PAGES if p.lang == lang)
    first = f"<p>{page.paragraphs[0]}</p>"
    html = page.html().replace(first, f"<p>{line}</p>{first}")
    body = extract_article(html, page.url, fetched=FETCHED).body or ""
    assert all(p in body for p in page.paragraphs)
    assert (line in body) == kept


# "An hour ago" without a digit and Romanian's "de" before a unit from twenty on, read
# against the fetch time (06:00 UTC); a sentence naming hours is no date
AN_HOUR_AGO = [
    ("hu", "egy órája", "2026-12-04T06:00:00+01:00"),
    ("hu", "45 perce", "2026-12-04T06:15:00+01:00"),  # as before
    ("ro", "acum 45 de minute", "2026-12-04T07:15:00+02:00"),
    ("ro", "acum o oră", "2026-12-04T07:00:00+02:00"),  # as before
    ("hr", "prije sat vremena", "2026-12-04T06:00:00+01:00"),
    ("sr", "pre sat vremena", "2026-12-04T06:00:00+01:00"),
    ("hi", "एक घंटा पहले", "2026-12-04T10:30:00+05:30"),
    # counter-cases: the words in the lead's sentence, no date on the page
    ("hu", "", "Egy órája tart a vita a közgyűlésben."),
    ("hu", "", "45 perce tart a vita a közgyűlésben."),
    ("hr", "", "Sjednica traje već sat vremena."),
    ("pl", "", "Godzinę temu rozpoczęła się sesja rady miasta."),
    ("cs", "", "Před hodinou začalo zasedání zastupitelstva."),
    ("ro", "", "Ședința a început acum 45 de minute."),
    ("hi", "", "एक घंटा पहले बैठक शुरू हुई।"),
]


@pytest.mark.parametrize(("lang", "date", "published"), AN_HOUR_AGO)
def test_an_hour_ago(lang: str, date: str, published: str) -> None:
    page = replace(next(p for p in PAGES if p.lang == lang), date=date)
    if date:
        assert extract_article(page.html(), page.url, fetched=FETCHED).published == published
    else:  # the lead's sentence, in the third column
        page = replace(page, lead=published)
        assert extract_article(page.html(), page.url, fetched=FETCHED).published is None
