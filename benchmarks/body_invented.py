"""Body text on invented pages of shapes from many CMSs, in 18 languages: ours against trafilatura.

    .venv/bin/python benchmarks/body_invented.py [--per-page] [--only SHAPE] [--no-trafilatura]

No publisher's page is read: every page is written here, one invented story per language
(a library reopening) set in a page shape of an unseen publisher: the story split over a
teaser and the rest, a "read more" expander, live-blog entries, an interview with bold
speaker names, a list, a table, a block quote, embedded social posts, captions and credits
in the text column, inline "Also read:" links, a newsletter box, an author's bio at the
end, a correction and an editor's note (kept), footnotes (kept), an AMP page, text only in
JSON-LD `articleBody`, paragraphs as <div>s or <br>-separated text, the story only in a
script state (Next.js's beside longer related stories; a global's as a rich-text tree; a bold
lead only in the markup before a state holding the whole story). Each page carries the
text a reader would call the story; both extractors are scored with newsbench's body
measure (4-gram shingles of \\w+ tokens, per-page tp/fp/fn shares, macro P and R, F1),
written again here (a few lines) so the benchmark runs without newsbench. Prints F1 per
shape and per language for both, and the worst pages with --per-page.
"""

# ruff: noqa: E501  -- one sentence a line reads best

from __future__ import annotations

import argparse
import html as htmlmod
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from newsarchive.extract import extract_article

TOK = re.compile(r"\w+")

# language: (headline, four paragraphs)
STORIES: dict[str, tuple[str, list[str]]] = {
    "en": ("City library reopens after two years of renovation", [
        "The central library reopened its doors on Saturday morning after a renovation that took two years and cost far more than first planned.",
        "Hundreds of readers queued in the rain before the opening, and the first visitors were greeted by the mayor and the head librarian at the entrance.",
        "The building now has a reading room on the roof, a workshop for children and longer opening hours on weekday evenings, the city said.",
        "Critics on the council had warned that the costs were rising too fast, but most of them attended the ceremony and praised the result.",
    ]),
    "de": ("Stadtbibliothek öffnet nach zwei Jahren Umbau wieder", [
        "Die Stadtbibliothek hat am Samstagmorgen nach einem zweijährigen Umbau wieder geöffnet, der deutlich teurer wurde als zunächst geplant.",
        "Hunderte Leserinnen und Leser warteten trotz Regen vor dem Eingang, wo die Oberbürgermeisterin und die Leiterin des Hauses die ersten Gäste begrüßten.",
        "Das Gebäude hat nun einen Lesesaal auf dem Dach, eine Werkstatt für Kinder und längere Öffnungszeiten an den Abenden unter der Woche.",
        "Kritiker im Stadtrat hatten vor den steigenden Kosten gewarnt, doch die meisten von ihnen kamen zur Feier und lobten das Ergebnis.",
    ]),
    "fr": ("La bibliothèque municipale rouvre après deux ans de travaux", [
        "La bibliothèque centrale a rouvert ses portes samedi matin après des travaux qui ont duré deux ans et coûté bien plus que prévu.",
        "Des centaines de lecteurs ont fait la queue sous la pluie avant l'ouverture, accueillis à l'entrée par la maire et la directrice de l'établissement.",
        "Le bâtiment dispose désormais d'une salle de lecture sur le toit, d'un atelier pour les enfants et d'horaires élargis en semaine, selon la ville.",
        "Les critiques du conseil municipal avaient dénoncé la hausse des coûts, mais la plupart d'entre eux ont assisté à la cérémonie et salué le résultat.",
    ]),
    "es": ("La biblioteca municipal reabre tras dos años de obras", [
        "La biblioteca central reabrió sus puertas el sábado por la mañana tras unas obras que duraron dos años y costaron mucho más de lo previsto.",
        "Cientos de lectores hicieron cola bajo la lluvia antes de la apertura y fueron recibidos en la entrada por la alcaldesa y la directora del centro.",
        "El edificio cuenta ahora con una sala de lectura en la azotea, un taller para niños y un horario más amplio por las tardes entre semana.",
        "Los críticos del pleno habían advertido del aumento de los costes, pero la mayoría asistió a la ceremonia y elogió el resultado final.",
    ]),
    "pt": ("Biblioteca municipal reabre após dois anos de obras", [
        "A biblioteca central reabriu as portas na manhã de sábado depois de obras que duraram dois anos e custaram muito mais do que o previsto.",
        "Centenas de leitores fizeram fila à chuva antes da abertura e foram recebidos à entrada pela presidente da câmara e pela diretora da biblioteca.",
        "O edifício tem agora uma sala de leitura no terraço, uma oficina para crianças e um horário mais alargado à noite durante a semana.",
        "Os críticos na assembleia tinham alertado para o aumento dos custos, mas a maioria esteve na cerimónia e elogiou o resultado final.",
    ]),
    "it": ("La biblioteca civica riapre dopo due anni di lavori", [
        "La biblioteca centrale ha riaperto le porte sabato mattina dopo lavori durati due anni e costati molto più di quanto previsto all'inizio.",
        "Centinaia di lettori hanno fatto la fila sotto la pioggia prima dell'apertura e sono stati accolti all'ingresso dalla sindaca e dalla direttrice.",
        "L'edificio ha ora una sala di lettura sul tetto, un laboratorio per i bambini e orari più lunghi nelle sere dei giorni feriali, ha detto il comune.",
        "I critici in consiglio comunale avevano denunciato l'aumento dei costi, ma quasi tutti hanno partecipato alla cerimonia lodando il risultato.",
    ]),
    "nl": ("Stadsbibliotheek gaat na twee jaar verbouwing weer open", [
        "De centrale bibliotheek is zaterdagochtend weer opengegaan na een verbouwing die twee jaar duurde en veel meer kostte dan eerst gepland.",
        "Honderden lezers stonden voor de opening in de regen in de rij en werden bij de ingang begroet door de burgemeester en de directeur.",
        "Het gebouw heeft nu een leeszaal op het dak, een werkplaats voor kinderen en langere openingstijden op doordeweekse avonden, meldt de gemeente.",
        "Critici in de gemeenteraad hadden gewaarschuwd voor de stijgende kosten, maar de meesten waren bij de opening en prezen het resultaat.",
    ]),
    "pl": ("Biblioteka miejska otwarta po dwóch latach remontu", [
        "Biblioteka główna ponownie otworzyła drzwi w sobotę rano po remoncie, który trwał dwa lata i kosztował znacznie więcej, niż planowano.",
        "Setki czytelników czekały w deszczu przed otwarciem, a przy wejściu witały ich prezydent miasta i dyrektorka biblioteki.",
        "Budynek ma teraz czytelnię na dachu, pracownię dla dzieci i dłuższe godziny otwarcia w dni powszednie wieczorem, poinformował urząd.",
        "Krytycy w radzie miasta ostrzegali przed rosnącymi kosztami, ale większość z nich przyszła na uroczystość i chwaliła efekt prac.",
    ]),
    "sv": ("Stadsbiblioteket öppnar igen efter två års renovering", [
        "Stadsbiblioteket öppnade igen på lördagsmorgonen efter en renovering som tog två år och kostade betydligt mer än vad som först planerades.",
        "Hundratals läsare köade i regnet före öppningen och möttes vid entrén av kommunstyrelsens ordförande och bibliotekets chef.",
        "Byggnaden har nu en läsesal på taket, en verkstad för barn och längre öppettider på vardagskvällar, uppger kommunen.",
        "Kritiker i fullmäktige hade varnat för de stigande kostnaderna, men de flesta kom till invigningen och berömde resultatet.",
    ]),
    "ru": ("Городская библиотека открылась после двух лет ремонта", [
        "Центральная библиотека в субботу утром вновь открыла двери после ремонта, который длился два года и обошёлся гораздо дороже, чем планировалось.",
        "Сотни читателей стояли в очереди под дождём до открытия, а у входа их встречали мэр города и директор библиотеки.",
        "Теперь в здании есть читальный зал на крыше, мастерская для детей и более долгие часы работы по вечерам в будни, сообщили в мэрии.",
        "Критики в городском совете предупреждали о росте расходов, но большинство из них пришли на церемонию и похвалили результат.",
    ]),
    "tr": ("Şehir kütüphanesi iki yıllık tadilatın ardından yeniden açıldı", [
        "Merkez kütüphane, iki yıl süren ve planlanandan çok daha pahalıya mal olan tadilatın ardından cumartesi sabahı kapılarını yeniden açtı.",
        "Yüzlerce okur açılıştan önce yağmur altında kuyruk oldu ve girişte belediye başkanı ile kütüphane müdürü tarafından karşılandı.",
        "Binada artık çatıda bir okuma salonu, çocuklar için bir atölye ve hafta içi akşamları daha uzun çalışma saatleri bulunuyor.",
        "Meclisteki eleştirmenler artan maliyetler konusunda uyarmıştı, ancak çoğu törene katılarak sonucu övdü.",
    ]),
    "cs": ("Městská knihovna se po dvou letech oprav znovu otevřela", [
        "Ústřední knihovna v sobotu ráno znovu otevřela své dveře po rekonstrukci, která trvala dva roky a stála mnohem víc, než se plánovalo.",
        "Stovky čtenářů stály před otevřením ve frontě v dešti a u vchodu je přivítala primátorka a ředitelka knihovny.",
        "Budova má nyní studovnu na střeše, dílnu pro děti a delší otevírací dobu ve všední večery, uvedla radnice.",
        "Kritici v zastupitelstvu varovali před rostoucími náklady, většina z nich však na slavnost přišla a výsledek chválila.",
    ]),
    "id": ("Perpustakaan kota dibuka kembali setelah dua tahun renovasi", [
        "Perpustakaan pusat kembali membuka pintunya pada Sabtu pagi setelah renovasi yang berlangsung dua tahun dan memakan biaya jauh lebih besar dari rencana.",
        "Ratusan pembaca mengantre di bawah hujan sebelum pembukaan dan disambut di pintu masuk oleh wali kota serta kepala perpustakaan.",
        "Gedung itu kini memiliki ruang baca di atap, bengkel untuk anak-anak, dan jam buka yang lebih panjang pada malam hari kerja, kata pemerintah kota.",
        "Para pengkritik di dewan kota sempat memperingatkan kenaikan biaya, tetapi sebagian besar dari mereka hadir dalam upacara dan memuji hasilnya.",
    ]),
    "ja": ("市立図書館、2年間の改修を経て再開", [
        "中央図書館は土曜日の朝、当初の計画を大きく上回る費用をかけた2年間の改修工事を終えて再び開館した。",
        "開館前には数百人の利用者が雨の中で列を作り、入り口では市長と館長が最初の来館者を出迎えた。",
        "建物には屋上の閲覧室や子ども向けの工作室が新たに設けられ、平日の夜の開館時間も延長されたと市は説明している。",
        "市議会では費用の膨らみを批判する声も上がっていたが、その多くが式典に出席し、仕上がりを高く評価した。",
    ]),
    "zh": ("市图书馆历经两年改造后重新开放", [
        "中心图书馆在经历了为期两年、花费远超原计划的改造工程之后，于周六上午重新向公众开放。",
        "开馆前，数百名读者冒雨排起长队，市长和馆长在入口处迎接了第一批到访的读者。",
        "市政府表示，改造后的大楼新增了屋顶阅览室和儿童手工坊，工作日晚间的开放时间也有所延长。",
        "市议会中曾有议员批评费用增长过快，但他们中的大多数人出席了开馆仪式，并对改造效果表示赞赏。",
    ]),
    "ko": ("시립도서관, 2년간의 리모델링 마치고 재개관", [
        "중앙도서관이 당초 계획보다 훨씬 많은 비용이 든 2년간의 리모델링 공사를 마치고 토요일 오전 다시 문을 열었다.",
        "개관 전 수백 명의 이용자가 빗속에서 줄을 섰고, 입구에서는 시장과 관장이 첫 방문객을 맞이했다.",
        "건물에는 옥상 열람실과 어린이 공작실이 새로 생겼으며 평일 저녁 운영 시간도 늘어났다고 시는 밝혔다.",
        "시의회에서는 비용 증가를 비판하는 목소리도 있었지만 대부분이 개관식에 참석해 결과를 높이 평가했다.",
    ]),
    "ar": ("المكتبة البلدية تعيد فتح أبوابها بعد عامين من الترميم", [
        "أعادت المكتبة المركزية فتح أبوابها صباح السبت بعد أعمال ترميم استمرت عامين وكلفت أكثر بكثير مما كان مخططا له في البداية.",
        "واصطف مئات القراء تحت المطر قبل الافتتاح، واستقبلتهم عند المدخل رئيسة البلدية ومديرة المكتبة.",
        "وأصبح المبنى يضم قاعة مطالعة على السطح وورشة للأطفال وساعات عمل أطول في أمسيات أيام الأسبوع، بحسب البلدية.",
        "وكان منتقدون في المجلس البلدي قد حذروا من ارتفاع التكاليف، لكن معظمهم حضر الحفل وأشاد بالنتيجة.",
    ]),
    "he": ("הספרייה העירונית נפתחה מחדש אחרי שנתיים של שיפוץ", [
        "הספרייה המרכזית נפתחה מחדש בשבת בבוקר אחרי שיפוץ שנמשך שנתיים ועלה הרבה יותר ממה שתוכנן בתחילה.",
        "מאות קוראים עמדו בתור בגשם לפני הפתיחה, ובכניסה קיבלו את פניהם ראש העירייה ומנהלת הספרייה.",
        "בבניין יש עכשיו אולם קריאה על הגג, סדנה לילדים ושעות פתיחה ארוכות יותר בערבי ימי החול, כך נמסר מהעירייה.",
        "מבקרים במועצת העיר הזהירו מפני העלייה בעלויות, אבל רובם הגיעו לטקס ושיבחו את התוצאה.",
    ]),
}  # fmt: skip

# language: labels a page of that language prints
LABELS: dict[str, dict[str, str]] = {
    "en": {"ext": "External content", "extp": "This content is provided by a third party. To see it, you have to agree to the display of external content.", "extb": "Load content", "ad": "Advertisement", "share": "Share", "wall": "Subscribe to continue reading", "also": "Also read:", "more": "Read more", "news": "Get our morning newsletter", "newsp": "The day's most important stories, every morning in your inbox.", "sub": "Subscribe", "bio": "About the author", "correction": "Correction: An earlier version of this article gave the wrong year for the start of the renovation.", "editor": "Editor's note: This article was updated on Sunday with the final figures from the city.", "credit": "Photo: Jane Example", "caption": "Readers queue in front of the library on Saturday."},
    "de": {"ext": "Externer Inhalt", "extp": "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Dabei können Daten an Dritte übermittelt werden.", "extb": "Inhalt laden", "ad": "Anzeige", "share": "Teilen", "wall": "Jetzt abonnieren und weiterlesen", "also": "Lesen Sie auch:", "more": "Weiterlesen", "news": "Unser Morgen-Newsletter", "newsp": "Die wichtigsten Nachrichten des Tages, jeden Morgen in Ihrem Postfach.", "sub": "Jetzt anmelden", "bio": "Über die Autorin", "correction": "Korrektur: In einer früheren Version dieses Artikels war das Jahr des Baubeginns falsch angegeben.", "editor": "Anmerkung der Redaktion: Dieser Artikel wurde am Sonntag mit den endgültigen Zahlen der Stadt aktualisiert.", "credit": "Foto: Jana Beispiel", "caption": "Leser warten am Samstag vor der Bibliothek."},
    "fr": {"ext": "Contenu externe", "extp": "Ce contenu est fourni par un tiers. Pour l'afficher, vous devez accepter l'affichage des contenus externes.", "extb": "Afficher le contenu", "ad": "Publicité", "share": "Partager", "wall": "Abonnez-vous pour lire la suite", "also": "À lire aussi :", "more": "Lire la suite", "news": "Notre newsletter du matin", "newsp": "L'essentiel de l'actualité, chaque matin dans votre boîte mail.", "sub": "Je m'inscris", "bio": "À propos de l'autrice", "correction": "Rectificatif : une version précédente de cet article indiquait une mauvaise année pour le début des travaux.", "editor": "Note de la rédaction : cet article a été mis à jour dimanche avec les chiffres définitifs de la ville.", "credit": "Photo : Jeanne Exemple", "caption": "Des lecteurs attendent devant la bibliothèque samedi."},
    "es": {"ext": "Contenido externo", "extp": "Este contenido lo proporciona un tercero. Para verlo debes aceptar que se muestren contenidos externos.", "extb": "Cargar contenido", "ad": "Publicidad", "share": "Compartir", "wall": "Suscríbete para seguir leyendo", "also": "Lee también:", "more": "Leer más", "news": "Nuestro boletín de la mañana", "newsp": "Las noticias más importantes del día, cada mañana en tu correo.", "sub": "Suscríbete", "bio": "Sobre la autora", "correction": "Corrección: una versión anterior de este artículo indicaba un año equivocado para el inicio de las obras.", "editor": "Nota del editor: este artículo se actualizó el domingo con las cifras definitivas del ayuntamiento.", "credit": "Foto: Juana Ejemplo", "caption": "Lectores hacen cola frente a la biblioteca el sábado."},
    "pt": {"ext": "Conteúdo externo", "extp": "Este conteúdo é fornecido por terceiros. Para o ver, tem de aceitar a apresentação de conteúdos externos.", "extb": "Carregar conteúdo", "ad": "Publicidade", "share": "Partilhar", "wall": "Assine para continuar a ler", "also": "Leia também:", "more": "Ler mais", "news": "A nossa newsletter da manhã", "newsp": "As notícias mais importantes do dia, todas as manhãs no seu email.", "sub": "Subscrever", "bio": "Sobre a autora", "correction": "Correção: uma versão anterior deste artigo indicava o ano errado para o início das obras.", "editor": "Nota do editor: este artigo foi atualizado no domingo com os números finais da câmara.", "credit": "Foto: Joana Exemplo", "caption": "Leitores fazem fila em frente à biblioteca no sábado."},
    "it": {"ext": "Contenuto esterno", "extp": "Questo contenuto è fornito da terze parti. Per vederlo devi accettare la visualizzazione dei contenuti esterni.", "extb": "Carica contenuto", "ad": "Pubblicità", "share": "Condividi", "wall": "Abbonati per continuare a leggere", "also": "Leggi anche:", "more": "Leggi di più", "news": "La nostra newsletter del mattino", "newsp": "Le notizie più importanti del giorno, ogni mattina nella tua casella.", "sub": "Iscriviti", "bio": "Sull'autrice", "correction": "Correzione: una versione precedente di questo articolo indicava un anno sbagliato per l'inizio dei lavori.", "editor": "Nota della redazione: l'articolo è stato aggiornato domenica con i dati definitivi del comune.", "credit": "Foto: Giovanna Esempio", "caption": "Lettori in fila davanti alla biblioteca sabato."},
    "nl": {"ext": "Externe inhoud", "extp": "Deze inhoud wordt aangeboden door een derde partij. Om hem te zien moet je externe inhoud toestaan.", "extb": "Inhoud laden", "ad": "Advertentie", "share": "Delen", "wall": "Neem een abonnement om verder te lezen", "also": "Lees ook:", "more": "Lees meer", "news": "Onze ochtendnieuwsbrief", "newsp": "Het belangrijkste nieuws van de dag, elke ochtend in je mailbox.", "sub": "Aanmelden", "bio": "Over de auteur", "correction": "Correctie: in een eerdere versie van dit artikel stond een verkeerd jaartal voor het begin van de verbouwing.", "editor": "Noot van de redactie: dit artikel is zondag bijgewerkt met de definitieve cijfers van de gemeente.", "credit": "Foto: Jan Voorbeeld", "caption": "Lezers wachten zaterdag voor de bibliotheek."},
    "pl": {"ext": "Treść zewnętrzna", "extp": "Ta treść pochodzi od podmiotu zewnętrznego. Aby ją zobaczyć, musisz zgodzić się na wyświetlanie treści zewnętrznych.", "extb": "Załaduj treść", "ad": "Reklama", "share": "Udostępnij", "wall": "Zaprenumeruj, aby czytać dalej", "also": "Czytaj także:", "more": "Czytaj więcej", "news": "Nasz poranny newsletter", "newsp": "Najważniejsze wiadomości dnia, każdego ranka w twojej skrzynce.", "sub": "Zapisz się", "bio": "O autorce", "correction": "Sprostowanie: we wcześniejszej wersji tego artykułu podano błędny rok rozpoczęcia remontu.", "editor": "Od redakcji: artykuł został zaktualizowany w niedzielę o ostateczne dane urzędu miasta.", "credit": "Fot. Anna Przykład", "caption": "Czytelnicy czekają w sobotę przed biblioteką."},
    "sv": {"ext": "Externt innehåll", "extp": "Det här innehållet kommer från en tredje part. För att se det måste du godkänna att externt innehåll visas.", "extb": "Ladda innehåll", "ad": "Annons", "share": "Dela", "wall": "Prenumerera för att läsa vidare", "also": "Läs också:", "more": "Läs mer", "news": "Vårt morgonnyhetsbrev", "newsp": "Dagens viktigaste nyheter, varje morgon i din inkorg.", "sub": "Prenumerera", "bio": "Om skribenten", "correction": "Rättelse: I en tidigare version av artikeln angavs fel år för renoveringens början.", "editor": "Redaktörens anmärkning: Artikeln uppdaterades på söndagen med kommunens slutliga siffror.", "credit": "Foto: Anna Exempel", "caption": "Läsare köar utanför biblioteket på lördagen."},
    "ru": {"ext": "Внешний контент", "extp": "Этот материал предоставлен третьей стороной. Чтобы его увидеть, разрешите показ внешнего контента.", "extb": "Загрузить", "ad": "Реклама", "share": "Поделиться", "wall": "Оформите подписку, чтобы читать дальше", "also": "Читайте также:", "more": "Читать далее", "news": "Наша утренняя рассылка", "newsp": "Главные новости дня каждое утро в вашей почте.", "sub": "Подписаться", "bio": "Об авторе", "correction": "Исправление: в предыдущей версии статьи был неверно указан год начала ремонта.", "editor": "Примечание редакции: статья обновлена в воскресенье с окончательными данными мэрии.", "credit": "Фото: Анна Пример", "caption": "Читатели ждут у библиотеки в субботу."},
    "tr": {"ext": "Harici içerik", "extp": "Bu içerik üçüncü bir tarafça sağlanmaktadır. Görmek için harici içeriklerin gösterilmesini kabul etmeniz gerekir.", "extb": "İçeriği yükle", "ad": "Reklam", "share": "Paylaş", "wall": "Okumaya devam etmek için abone olun", "also": "Ayrıca okuyun:", "more": "Devamını oku", "news": "Sabah bültenimiz", "newsp": "Günün en önemli haberleri her sabah e-posta kutunuzda.", "sub": "Abone ol", "bio": "Yazar hakkında", "correction": "Düzeltme: Bu haberin önceki bir sürümünde tadilatın başladığı yıl yanlış verilmişti.", "editor": "Editörün notu: Bu haber pazar günü belediyenin kesin rakamlarıyla güncellendi.", "credit": "Fotoğraf: Ayşe Örnek", "caption": "Okurlar cumartesi günü kütüphanenin önünde bekliyor."},
    "cs": {"ext": "Externí obsah", "extp": "Tento obsah poskytuje třetí strana. Chcete-li ho vidět, musíte souhlasit se zobrazením externího obsahu.", "extb": "Načíst obsah", "ad": "Reklama", "share": "Sdílet", "wall": "Předplaťte si a čtěte dál", "also": "Čtěte také:", "more": "Číst dál", "news": "Náš ranní newsletter", "newsp": "Nejdůležitější zprávy dne každé ráno ve vaší schránce.", "sub": "Přihlásit k odběru", "bio": "O autorce", "correction": "Oprava: V dřívější verzi článku byl uveden chybný rok zahájení rekonstrukce.", "editor": "Poznámka redakce: Článek byl v neděli aktualizován o konečné údaje radnice.", "credit": "Foto: Jana Příkladová", "caption": "Čtenáři čekají v sobotu před knihovnou."},
    "id": {"ext": "Konten eksternal", "extp": "Konten ini disediakan oleh pihak ketiga. Untuk melihatnya, Anda harus menyetujui penayangan konten eksternal.", "extb": "Muat konten", "ad": "Iklan", "share": "Bagikan", "wall": "Berlangganan untuk melanjutkan membaca", "also": "Baca juga:", "more": "Baca selengkapnya", "news": "Buletin pagi kami", "newsp": "Berita terpenting hari ini, setiap pagi di kotak masuk Anda.", "sub": "Berlangganan", "bio": "Tentang penulis", "correction": "Koreksi: Versi sebelumnya dari artikel ini menyebutkan tahun yang salah untuk awal renovasi.", "editor": "Catatan redaksi: Artikel ini diperbarui pada hari Minggu dengan angka final dari pemerintah kota.", "credit": "Foto: Siti Contoh", "caption": "Pembaca mengantre di depan perpustakaan pada Sabtu."},
    "ja": {"ext": "外部コンテンツ", "extp": "このコンテンツは第三者によって提供されています。表示するには外部コンテンツの表示に同意してください。", "extb": "コンテンツを表示", "ad": "広告", "share": "シェア", "wall": "続きは会員登録で読めます", "also": "あわせて読みたい：", "more": "続きを読む", "news": "朝のニュースレター", "newsp": "その日の重要なニュースを毎朝メールでお届けします。", "sub": "登録する", "bio": "筆者について", "correction": "訂正：この記事の以前の版では、改修の開始年に誤りがありました。", "editor": "編集部注：この記事は日曜日に市の最終的な数字を反映して更新されました。", "credit": "写真：山田花子", "caption": "土曜日、図書館の前に並ぶ利用者。"},
    "zh": {"ext": "外部内容", "extp": "此内容由第三方提供。如需查看，请同意显示外部内容。", "extb": "加载内容", "ad": "广告", "share": "分享", "wall": "订阅后继续阅读全文", "also": "延伸阅读：", "more": "阅读全文", "news": "早间新闻简报", "newsp": "每天早上把当天最重要的新闻发送到您的邮箱。", "sub": "立即订阅", "bio": "关于作者", "correction": "更正：本文此前版本中改造工程的开工年份有误。", "editor": "编者按：本文已于周日根据市政府的最终数据进行更新。", "credit": "图片来源：王小明", "caption": "周六，读者在图书馆门前排队。"},
    "ko": {"ext": "외부 콘텐츠", "extp": "이 콘텐츠는 제3자가 제공합니다. 보려면 외부 콘텐츠 표시에 동의해야 합니다.", "extb": "콘텐츠 불러오기", "ad": "광고", "share": "공유", "wall": "구독하고 계속 읽기", "also": "함께 읽기:", "more": "더보기", "news": "아침 뉴스레터", "newsp": "그날의 가장 중요한 뉴스를 매일 아침 메일로 보내드립니다.", "sub": "구독하기", "bio": "기자 소개", "correction": "바로잡습니다: 이 기사의 이전 판에는 공사 시작 연도가 잘못 표기됐습니다.", "editor": "편집자 주: 이 기사는 일요일 시의 최종 수치를 반영해 수정됐습니다.", "credit": "사진: 김예시", "caption": "토요일 도서관 앞에 줄을 선 시민들."},
    "ar": {"ext": "محتوى خارجي", "extp": "هذا المحتوى مقدم من طرف ثالث. لمشاهدته يجب الموافقة على عرض المحتوى الخارجي.", "extb": "تحميل المحتوى", "ad": "إعلان", "share": "شارك", "wall": "اشترك لمواصلة القراءة", "also": "اقرأ أيضا:", "more": "اقرأ المزيد", "news": "نشرتنا الصباحية", "newsp": "أهم أخبار اليوم كل صباح في بريدك الإلكتروني.", "sub": "اشترك الآن", "bio": "عن الكاتبة", "correction": "تصحيح: ذكرت نسخة سابقة من هذا المقال سنة خاطئة لبدء أعمال الترميم.", "editor": "ملاحظة المحرر: جرى تحديث هذا المقال يوم الأحد بالأرقام النهائية للبلدية.", "credit": "تصوير: سارة مثال", "caption": "قراء يصطفون أمام المكتبة يوم السبت."},
    "he": {"ext": "תוכן חיצוני", "extp": "התוכן הזה מסופק על ידי צד שלישי. כדי לראות אותו יש לאשר הצגת תוכן חיצוני.", "extb": "טעינת התוכן", "ad": "פרסומת", "share": "שתפו", "wall": "הירשמו כדי להמשיך לקרוא", "also": "קראו גם:", "more": "קראו עוד", "news": "הניוזלטר של הבוקר", "newsp": "החדשות החשובות של היום, כל בוקר בתיבת הדואר שלכם.", "sub": "להרשמה", "bio": "על הכותבת", "correction": "תיקון: בגרסה קודמת של הכתבה נכתבה שנה שגויה לתחילת השיפוץ.", "editor": "הערת העורך: הכתבה עודכנה ביום ראשון עם הנתונים הסופיים של העירייה.", "credit": "צילום: דנה דוגמה", "caption": "קוראים ממתינים מול הספרייה בשבת."},
}  # fmt: skip

OTHER = "Other story about the city budget and the new bus lines"  # a linked headline
Shape = Callable[
    [str, str, list[str]], tuple[str, str]
]  # (lang, headline, paras) -> (body html, kept text)


def _ps(paras: list[str]) -> str:
    return "".join(f"<p>{htmlmod.escape(p)}</p>" for p in paras)


def _also(lang: str) -> str:
    return f'<p><strong>{LABELS[lang]["also"]}</strong> <a href="/news/other-story-123">{OTHER}</a></p>'


def plain(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    return f'<div class="article-body">{_ps(ps)}</div>', "\n".join(ps)


def teaser_rest(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """A free teaser, an offer box, then the rest in a second container."""
    L = LABELS[lang]
    body = (
        f'<div class="story-teaser">{_ps(ps[:1])}</div>'
        f'<div class="offer-box"><h3>{L["news"]}</h3><a class="btn" href="/abo">{L["sub"]}</a></div>'
        f'<div class="story-rest">{_ps(ps[1:])}</div>'
    )
    return body, "\n".join(ps)


def read_more(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    L = LABELS[lang]
    body = (
        f'<div class="content">{_ps(ps[:2])}'
        f'<button class="expand" type="button">{L["more"]}</button>'
        f'<div class="collapsed" hidden>{_ps(ps[2:])}</div></div>'
    )
    return body, "\n".join(ps)


def live_blog(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    entries = "".join(
        f'<div class="live-entry"><time datetime="2026-12-05T1{i}:00">1{i}:00</time>'
        f"<p>{htmlmod.escape(p)}</p></div>"
        for i, p in enumerate(reversed(ps))
    )
    return f'<div class="live-feed">{entries}</div>', "\n".join(reversed(ps))


def interview(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    names = ["Anna Beispiel", "Marco Example"]
    lines = [f"{names[i % 2]}: {p}" for i, p in enumerate(ps)]
    body = "".join(
        f"<p><strong>{names[i % 2]}:</strong> {htmlmod.escape(p)}</p>" for i, p in enumerate(ps)
    )
    return f'<div class="article-text">{body}</div>', "\n".join(lines)


def with_list(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    items = [s.strip() for s in re.split(r"[,，、،]", ps[2]) if s.strip()][:3]
    body = (
        f'<div class="article-text">{_ps(ps[:2])}<ul>'
        + "".join(f"<li>{htmlmod.escape(i)}</li>" for i in items)
        + f"</ul>{_ps(ps[3:])}</div>"
    )
    return body, "\n".join(ps[:2] + items + ps[3:])


def with_table(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    rows = [("2024", "4,1"), ("2025", "5,3"), ("2026", "6,8")]
    table = (
        "<table><tbody>"
        + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
        + "</tbody></table>"
    )
    body = f'<div class="article-text">{_ps(ps[:2])}{table}{_ps(ps[2:])}</div>'
    return body, "\n".join(ps[:2] + [f"{a} {b}" for a, b in rows] + ps[2:])


def block_quote(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    body = f'<div class="article-text">{_ps(ps[:2])}<blockquote><p>{htmlmod.escape(ps[2])}</p></blockquote>{_ps(ps[3:])}</div>'
    return body, "\n".join(ps)


def social_embeds(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    tweet = (
        '<blockquote class="twitter-tweet"><p lang="en">What a day for readers in our city, the library is open again!</p>'
        '&mdash; Some Reader (@reader) <a href="https://twitter.com/reader/status/123">December 5, 2026</a></blockquote>'
    )
    insta = (
        '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/AbC/">'
        '<div><a href="https://www.instagram.com/p/AbC/">View this post on Instagram</a></div>'
        '<p><a href="https://www.instagram.com/p/AbC/">A post shared by City Library (@citylib)</a></p></blockquote>'
    )
    body = f'<div class="article-text">{_ps(ps[:2])}{tweet}{_ps(ps[2:3])}{insta}{_ps(ps[3:])}</div>'
    return body, "\n".join(ps)


def captions_inline(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    L = LABELS[lang]
    pic = (
        '<div class="image-wrap"><img src="/img/lib.jpg" width="800" height="450" alt="">'
        f'<span class="img-caption">{L["caption"]}</span> <span class="img-credit">{L["credit"]}</span></div>'
    )
    fig = f'<figure><img src="/img/roof.jpg" width="800" height="450"><figcaption>{L["caption"]} {L["credit"]}</figcaption></figure>'
    body = f'<div class="article-text">{_ps(ps[:1])}{pic}{_ps(ps[1:3])}{fig}{_ps(ps[3:])}</div>'
    return body, "\n".join(ps)


def also_read(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    body = f'<div class="article-text">{_ps(ps[:2])}{_also(lang)}{_ps(ps[2:])}</div>'
    return body, "\n".join(ps)


def newsletter_box(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    L = LABELS[lang]
    box = (
        f'<div class="nl-signup"><h4>{L["news"]}</h4><p>{L["newsp"]}</p>'
        f'<form action="/nl"><input type="email" name="email"><button>{L["sub"]}</button></form></div>'
    )
    body = f'<div class="article-text">{_ps(ps[:2])}{box}{_ps(ps[2:])}</div>'
    return body, "\n".join(ps)


def author_bio(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    L = LABELS[lang]
    bio = (
        f'<div class="author-box"><img src="/img/a.jpg" width="80" height="80"><h4>{L["bio"]}</h4>'
        f"<p>Jana Beispiel writes about culture and city life and has worked for the paper since 2015.</p>"
        f'<a href="/authors/jana">Jana Beispiel</a></div>'
    )
    body = f'<div class="article-text">{_ps(ps)}{bio}</div>'
    return body, "\n".join(ps)


def correction(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    L = LABELS[lang]
    body = f'<div class="article-text">{_ps(ps)}<p class="correction"><em>{L["correction"]}</em></p></div>'
    return body, "\n".join([*ps, L["correction"]])


def editor_note(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    L = LABELS[lang]
    body = f'<div class="article-text"><p><i>{L["editor"]}</i></p>{_ps(ps)}</div>'
    return body, "\n".join([L["editor"], *ps])


def footnotes(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    note = "1 " + ps[3][: len(ps[3]) // 2]
    body = (
        f'<div class="article-text">{_ps(ps[:3])}<p>{htmlmod.escape(ps[3])}<sup>1</sup></p>'
        f'<ol class="footnotes"><li>{htmlmod.escape(note[2:])}</li></ol></div>'
    )
    return body, "\n".join([*ps[:3], ps[3] + "1", note[2:]])


def div_paras(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    body = (
        '<div class="txt">'
        + "".join(f'<div class="para">{htmlmod.escape(p)}</div>' for p in ps)
        + "</div>"
    )
    return body, "\n".join(ps)


def br_paras(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    return '<div class="txt">' + "<br><br>".join(
        htmlmod.escape(p) for p in ps
    ) + "</div>", "\n".join(ps)


def amp(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    L = LABELS[lang]
    body = (
        f'<div class="amp-article-body">{_ps(ps[:2])}'
        '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/x"></amp-ad>'
        f'<amp-img src="/img/x.jpg" width="800" height="450" layout="responsive"></amp-img><p class="caption">{L["caption"]} {L["credit"]}</p>'
        f"{_ps(ps[2:])}</div>"
    )
    return body, "\n".join(ps)


def jsonld_only(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    return '<div class="article-body" id="app"></div>', "\n".join(ps)


def mixed_furniture(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """Several of the above at once: caption, also-read, newsletter, bio, correction."""
    L = LABELS[lang]
    body = (
        f'<div class="article-text">{_ps(ps[:1])}'
        f'<figure><img src="/i.jpg" width="800" height="450"><figcaption>{L["caption"]}</figcaption></figure>'
        f"{_ps(ps[1:2])}{_also(lang)}{_ps(ps[2:3])}"
        f'<aside class="nl"><p><b>{L["news"]}</b></p><p>{L["newsp"]}</p><a href="/newsletter">{L["sub"]}</a></aside>'
        f"{_ps(ps[3:])}<p><em>{L['correction']}</em></p></div>"
    )
    return body, "\n".join([*ps, L["correction"]])


def qa_bold(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """An interview: each question a paragraph wholly in bold, the answer under it."""
    q = h.rstrip(".") + "?"
    body = "".join(
        f"<p><strong>{htmlmod.escape(q)} {i + 1}</strong></p><p>{htmlmod.escape(p)}</p>"
        for i, p in enumerate(ps)
    )
    return f'<div class="article-text">{body}</div>', "\n".join(
        x for i, p in enumerate(ps) for x in (f"{q} {i + 1}", p)
    )


def subheads(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    sub = " ".join(h.split()[:3]) if " " in h else h[:6]
    body = (
        f'<div class="article-text">{_ps(ps[:2])}<h2>{htmlmod.escape(sub)}</h2>{_ps(ps[2:])}</div>'
    )
    return body, "\n".join([*ps[:2], sub, *ps[2:]])


def ad_slots(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """Ad slots with their label between the paragraphs, classes saying nothing."""
    slot = f'<div class="c8f2a"><p class="k1">{LABELS[lang]["ad"]}</p><div id="slot-1" style="min-height:250px"></div></div>'
    body = f'<div class="q1">{_ps(ps[:1])}{slot}{_ps(ps[1:3])}{slot}{_ps(ps[3:])}</div>'
    return body, "\n".join(ps)


def also_list(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """A read-also label over a list of three links, in a plain block mid-story."""
    label = LABELS[lang]["also"].rstrip(":： ")
    box = (
        f"<div><p><strong>{label}</strong></p><ul>"
        + "".join(f'<li><a href="/n/{i}">{OTHER} {i}</a></li>' for i in range(3))
        + "</ul></div>"
    )
    body = f'<div class="article-text">{_ps(ps[:2])}{box}{_ps(ps[2:])}</div>'
    return body, "\n".join(ps)


def live_headed(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """Live entries with a title, a clock and a share button each."""
    L = LABELS[lang]
    sub = " ".join(h.split()[:3]) if " " in h else h[:6]
    entries = "".join(
        f'<div class="post"><span class="time">1{i}:05</span><h3>{htmlmod.escape(sub)} {i}</h3>'
        f'<p>{htmlmod.escape(p)}</p><button class="sh">{L["share"]}</button></div>'
        for i, p in enumerate(ps)
    )
    return f'<div class="stream">{entries}</div>', "\n".join(
        x for i, p in enumerate(ps) for x in (f"{sub} {i}", p)
    )


def caption_plain(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """A picture and its caption with credit as a plain paragraph under it."""
    L = LABELS[lang]
    pic = (
        f'<p><img src="/img/a.jpg" width="800" height="450"></p><p>{L["caption"]} {L["credit"]}</p>'
    )
    body = f'<div class="article-text">{_ps(ps[:2])}{pic}{_ps(ps[2:])}</div>'
    return body, "\n".join(ps)


def paywall_jsonld(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """The markup shows the first paragraph and an offer; articleBody holds all."""
    L = LABELS[lang]
    body = (
        f'<div class="article-text">{_ps(ps[:1])}</div>'
        f'<div class="gate"><p>{L["wall"]}</p><a href="/subscribe">{L["sub"]}</a></div>'
    )
    return body, "\n".join(ps)


def layout_table(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """An old CMS: the story in a layout table's cell, paragraphs broken by <br><br>."""
    cell = "<br><br>".join(htmlmod.escape(p) for p in ps)
    body = f'<table width="100%"><tr><td class="nav"><a href="/a">A</a><br><a href="/b">B</a></td><td class="text"><font size="2">{cell}</font></td></tr></table>'
    return body, "\n".join(ps)


def lead_class(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    L = LABELS[lang]
    body = (
        f'<p class="lead">{htmlmod.escape(ps[0])}</p><figure><img src="/i.jpg" width="800" height="450"><figcaption>{L["caption"]}</figcaption></figure>'
        f'<div class="article-text">{_ps(ps[1:])}</div>'
    )
    return body, "\n".join(ps)


def jsonld_html(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """articleBody as HTML paragraphs; the markup holds only an app's root."""
    return '<div id="root"></div>', "\n".join(ps)


def jsonld_graph(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """articleBody in a @graph beside WebPage and Organization; the markup a placeholder."""
    return '<div id="root"><noscript>Please enable JavaScript.</noscript></div>', "\n".join(ps)


def live_articles(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """Live entries as <article>s, each with its own <h2>."""
    sub = " ".join(h.split()[:3]) if " " in h else h[:6]
    entries = "".join(
        f'<article class="entry"><h2>{htmlmod.escape(sub)} {i}</h2><p>{htmlmod.escape(p)}</p></article>'
        for i, p in enumerate(ps)
    )
    return f'<div class="entries">{entries}</div>', "\n".join(
        x for i, p in enumerate(ps) for x in (f"{sub} {i}", p)
    )


def span_paras(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """Each paragraph a <span> in its own <div>, with empty spacer <div>s."""
    body = "".join(
        f'<div class="r"><span class="t">{htmlmod.escape(p)}</span></div><div class="sp"></div>'
        for p in ps
    )
    return f'<div class="content">{body}</div>', "\n".join(ps)


def qa_headings(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    q = h.rstrip(".") + "?"
    body = "".join(
        f"<h3>{htmlmod.escape(q)} {i + 1}</h3><p>{htmlmod.escape(p)}</p>" for i, p in enumerate(ps)
    )
    return f'<div class="article-text">{body}</div>', "\n".join(
        x for i, p in enumerate(ps) for x in (f"{q} {i + 1}", p)
    )


def card_inline(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """A related story's card mid-story, classes saying nothing: a linked title, a summary."""
    card = (
        f'<div class="x9a"><a href="/news/other-9"><img src="/t.jpg" width="300" height="200"><h4>{OTHER}</h4></a>'
        f"<p>{htmlmod.escape(STORIES[lang][1][3][:120])}</p></div>"
    )
    body = f'<div class="article-text">{_ps(ps[:2])}{card}{_ps(ps[2:])}</div>'
    return body, "\n".join(ps)


def consent_embed(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """An embedded video held back until the reader agrees: its notice and button."""
    L = LABELS[lang]
    box = (
        f'<div class="embed-consent"><p><strong>{L["ext"]}</strong></p><p>{L["extp"]}</p>'
        f'<button type="button">{L["extb"]}</button></div>'
    )
    body = f'<div class="article-text">{_ps(ps[:2])}{box}{_ps(ps[2:])}</div>'
    return body, "\n".join(ps)


def br_single(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """Text broken by single <br>s, a blank line (two <br>s) between paragraphs, in a <p>."""
    lines = (
        "<br><br>".join(htmlmod.escape(p) for p in ps[:2])
        + "<br>"
        + "<br>".join(htmlmod.escape(p) for p in ps[2:])
    )
    return f'<div class="article_body"><p class="text">{lines}</p></div>', "\n".join(ps)


def side_text(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """A short story of two paragraphs over a grid of four teaser cards with summaries, no
    heading over the grid and classes saying nothing."""
    others = [q for k, (_, qs) in STORIES.items() if k != lang for q in qs][:4]
    cards = "".join(
        f'<div class="g7"><a href="/n/{i}"><h3>{OTHER} {i}</h3></a><p>{htmlmod.escape(q)}</p></div>'
        for i, q in enumerate(others)
    )
    return f'<div class="article-text">{_ps(ps[:2])}</div><div class="g6">{cards}</div>', "\n".join(
        ps[:2]
    )


def teaser_typographic(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """A paywall teaser with typographic quotes and no-break spaces over a subscriber notice;
    articleBody holds the whole story with plain quotes and spaces."""
    L = LABELS[lang]
    shown = ps[0].replace("'", "\u2019").replace(" ", "\u00a0", 3)
    body = f'<div class="article-text"><p>{htmlmod.escape(shown)}</p></div><div class="c3"><p>{L["wall"]}</p><a href="/abo">{L["sub"]}</a></div>'
    return body, "\n".join(ps)


def also_in_link(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """A read-also line whose label sits inside the link, set off by a bar."""
    label = LABELS[lang]["also"].rstrip(":： ")
    line = f'<p><a href="/n/7"><strong>{label} | {OTHER}</strong></a></p>'
    body = f'<div class="article-text">{_ps(ps[:2])}{line}{_ps(ps[2:])}</div>'
    return body, "\n".join(ps)


def newsletter_plain(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """A newsletter box without a form or telling classes: its name, its pitch, a link."""
    L = LABELS[lang]
    box = f'<div class="k2"><p><b>{L["news"]}</b></p><p>{L["newsp"]}</p><p><a href="/newsletter">{L["sub"]}</a></p></div>'
    body = f'<div class="article-text">{_ps(ps[:3])}{box}{_ps(ps[3:])}</div>'
    return body, "\n".join(ps)


def author_plain(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """The writer's card after the story, classes saying nothing: portrait, linked name, a line."""
    L = LABELS[lang]
    card = (
        f'<div class="m4"><img src="/a.jpg" width="64" height="64"><p><b>{L["bio"]}</b></p>'
        '<p><a href="/autor/jana-beispiel">Jana Beispiel</a></p></div>'
    )
    body = f'<div class="article-text">{_ps(ps)}</div>{card}'
    return body, "\n".join(ps)


def related_in_main(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """Related stories below the story in the same <main>, their summaries set like its paragraphs."""
    others = [q for k, (_, qs) in STORIES.items() if k != lang for q in qs][4:7]
    rel = "".join(
        f'<div class="teaser"><h3><a href="/n/{i}">{OTHER} {i}</a></h3><p class="txt">{htmlmod.escape(q)}</p></div>'
        for i, q in enumerate(others)
    )
    body = f'<main><div class="story">{"".join(f"<p class=txt>{htmlmod.escape(p)}</p>" for p in ps)}</div><section>{rel}</section></main>'
    return body, "\n".join(ps)


def byline_in_body(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """The byline and date repeated as the body's first line."""
    body = f'<div class="article-text"><p>Jana Beispiel | 05.12.2026, 10:15</p>{_ps(ps)}</div>'
    return body, "\n".join(ps)


def _state_script(state: object, kind: str) -> str:
    data = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    if kind == "next":
        return f'<script id="__NEXT_DATA__" type="application/json">{{"props": {{"pageProps": {data}}}}}</script>'
    return f"<script>window.__INITIAL_STATE__ = {data};</script>"


def _related_items(lang: str) -> list[dict[str, str]]:
    """Other stories' teasers, together longer than the story."""
    summary = L_SUMMARY.get(lang, L_SUMMARY["en"])
    return [
        {"title": f"{OTHER} {i}", "summary": f"{summary} ({i})", "url": f"/n/{i}"}
        for i in range(12)
    ]


L_SUMMARY = {
    "en": "The council will vote on the new bus lines next week after a long debate about the costs, the mayor said on Monday evening."
}


def next_related(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """A Next.js page rendered by scripts: an empty root, the story in the state beside related stories."""
    state = {
        "article": {"headline": h, "body": [{"type": "paragraph", "text": p} for p in ps]},
        "related": _related_items(lang),
    }
    return f'<div class="article-root"></div>{_state_script(state, "next")}', "\n".join(ps)


def state_rich(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """A global state holding the story as a rich-text tree: runs of text around a link's."""

    def rich(p: str) -> dict[str, object]:
        a, b = len(p) // 3, 2 * len(p) // 3
        return {
            "type": "paragraph",
            "children": [
                {"text": p[:a]},
                {"type": "link", "href": "/x", "children": [{"text": p[a:b]}]},
                {"text": p[b:]},
            ],
        }

    state = {"post": {"title": h, "content": [rich(p) for p in ps]}, "items": _related_items(lang)}
    return f'<div class="article-root"></div>{_state_script(state, "global")}', "\n".join(ps)


def state_lead(lang: str, h: str, ps: list[str]) -> tuple[str, str]:
    """The server renders a bold lead and the first paragraph; the state holds the whole story."""
    lead = LABELS[lang]["newsp"]
    state = {"article": {"headline": h, "body": [{"type": "paragraph", "text": p} for p in ps * 2]}}
    body = f'<div class="article-body"><p><b>{htmlmod.escape(lead)}</b></p>{_ps(ps[:1])}</div>{_state_script(state, "global")}'
    return body, "\n".join([lead, *ps, *ps])


SHAPES: dict[str, Shape] = {
    f.__name__: f
    for f in (
        plain, teaser_rest, read_more, live_blog, interview, with_list, with_table, block_quote,
        social_embeds, captions_inline, also_read, newsletter_box, author_bio, correction,
        editor_note, footnotes, div_paras, br_paras, amp, jsonld_only, mixed_furniture,
        qa_bold, subheads, ad_slots, also_list, live_headed, caption_plain, paywall_jsonld,
        layout_table, lead_class, jsonld_html, jsonld_graph, live_articles, span_paras,
        qa_headings, card_inline, consent_embed, br_single, side_text, teaser_typographic,
        also_in_link, newsletter_plain, author_plain, related_in_main, byline_in_body,
        next_related, state_rich, state_lead,
    )
}  # fmt: skip


def page(lang: str, shape: str) -> tuple[str, str]:
    """The whole page of `lang`'s story in `shape`, and the text a reader calls the story."""
    h, ps = STORIES[lang]
    body, kept = SHAPES[shape](lang, h, ps)
    ld: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": h,
    }
    if shape in ("jsonld_only", "paywall_jsonld", "teaser_typographic"):
        ld["articleBody"] = "\n".join(ps)
    elif shape == "jsonld_html":
        ld["articleBody"] = "".join(f"<p>{htmlmod.escape(p)}</p>" for p in ps)
    elif shape == "jsonld_graph":
        ld["articleBody"] = " ".join(ps)
        ld = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "name": h}, {"@type": "Organization", "name": "Stadtblatt"},
            {**ld, "@type": ["NewsArticle", "Article"], "isPartOf": {"@type": "WebPage"}},
        ]}  # fmt: skip
    rtl = ' dir="rtl"' if lang in ("ar", "he") else ""
    doc = (
        f'<!doctype html><html lang="{lang}"{rtl}><head><meta charset="utf-8"><title>{h} | Stadtblatt</title>'
        f'<meta name="description" content="{htmlmod.escape(ps[0][:60])}">'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head><body>'
        '<header class="site"><a href="/">Stadtblatt</a><nav><a href="/politik">Politik</a> <a href="/kultur">Kultur</a> '
        '<a href="/sport">Sport</a></nav></header><div class="wrap"><div class="col-main">'
        f'<h1 class="headline">{h}</h1><div class="byline">Jana Beispiel · 05.12.2026</div>{body}</div>'
        '<div class="col-side"><h3>Meistgelesen</h3><ul>'
        + "".join(f'<li><a href="/n/{i}">{OTHER} {i}</a></li>' for i in range(5))
        + '</ul></div></div><footer><p>© 2026 Stadtblatt. All rights reserved.</p><a href="/impressum">Impressum</a></footer></body></html>'
    )
    return doc, kept


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    t = TOK.findall(text)
    return Counter(tuple(t[i : i + 4]) for i in range(max(1, len(t) - 3)) if t[i : i + 4])


def triple(true: str, pred: str) -> tuple[float, float, float]:
    """Shares of true positives, false positives, false negatives (newsbench's body measure)."""
    ts, ps = _shingles(true), _shingles(pred)
    tp = sum((ts & ps).values())
    fp = sum((ps - ts).values())
    fn = sum((ts - ps).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def f1(triples: list[tuple[float, float, float]]) -> float:
    """Macro P and R over pages, F1 of those (as newsbench's scorer)."""

    def p(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (tp / (tp + fp) if tp + fp else 0.0)

    def r(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (tp / (tp + fn) if tp + fn else 0.0)

    ps = [p(*t) for t in triples if t[0] + t[1] > 0] or [0.0]
    rs = [r(*t) for t in triples if t[0] + t[2] > 0] or [0.0]
    mp, mr = statistics.mean(ps), statistics.mean(rs)
    return 2 * mp * mr / (mp + mr) if mp + mr else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--per-page", action="store_true", help="list the pages below 0.98 for us")
    ap.add_argument("--only", help="only shapes whose name contains this")
    ap.add_argument("--no-trafilatura", action="store_true")
    args = ap.parse_args()
    traf: Callable[[str], str] | None = None
    if not args.no_trafilatura:
        try:
            import trafilatura

            def traf(doc: str) -> str:
                return trafilatura.extract(doc, include_comments=False, include_tables=True) or ""
        except ImportError:
            print("trafilatura not installed: only ours is measured", file=sys.stderr)
    rows: dict[str, dict[str, list[tuple[float, float, float]]]] = {}
    by_lang: dict[str, dict[str, list[tuple[float, float, float]]]] = {}
    low: list[tuple[float, str, str, str]] = []
    spent = {"ours": 0.0, "trafilatura": 0.0}
    for shape in SHAPES:
        if args.only and args.only not in shape:
            continue
        for lang in STORIES:
            doc, kept = page(lang, shape)
            t0 = time.perf_counter()
            ours = (
                extract_article(doc, f"https://stadtblatt.example/{lang}/{shape}.html").body or ""
            )
            spent["ours"] += time.perf_counter() - t0
            got = {"ours": triple(kept, ours)}
            if traf is not None:
                t0 = time.perf_counter()
                got["trafilatura"] = triple(kept, traf(doc))
                spent["trafilatura"] += time.perf_counter() - t0
            for who, t in got.items():
                rows.setdefault(shape, {}).setdefault(who, []).append(t)
                by_lang.setdefault(lang, {}).setdefault(who, []).append(t)
            one = f1([got["ours"]])
            if one < 0.98:
                low.append((one, shape, lang, ours))
    whos = ["ours"] + (["trafilatura"] if traf is not None else [])
    print(f"{'shape':<18}" + "".join(f"{w:>13}" for w in whos))
    for shape, per in rows.items():
        print(f"{shape:<18}" + "".join(f"{f1(per[w]):>13.3f}" for w in whos))
    print(f"{'by language':<18}")
    for lang, per in by_lang.items():
        print(f"{lang:<18}" + "".join(f"{f1(per[w]):>13.3f}" for w in whos))
    every = {w: [t for per in rows.values() for t in per[w]] for w in whos}
    print(f"{'ALL':<18}" + "".join(f"{f1(every[w]):>13.3f}" for w in whos))
    n = len(every["ours"])
    print("pages/s " + "  ".join(f"{w} {n / spent[w]:.0f}" for w in whos if spent[w]))
    print(f"pages below 0.98 (ours): {len(low)} of {n}")
    if args.per_page:
        for one, shape, lang, ours in sorted(low):
            print(f"  {one:.3f} {shape} {lang}: {ours[:300]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
