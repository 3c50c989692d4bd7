"""Invented news texts in the languages a news archive meets, for `language_eval.py`.

Written for this project (no publisher's sentences): a headline and a short report of two or
three sentences per language, with the neighbours that are easy to confuse side by side
(Ukrainian and Russian, Indonesian and Malay, Brazilian and European Portuguese, Norwegian,
Danish and Swedish, Croatian, Serbian and Bosnian in Latin letters, Catalan and Spanish,
Hindi and Marathi, Urdu, Persian and Arabic, simplified and traditional Chinese).
Each row: (name, the language an item should carry, the code a site would declare, the
headline, the report). The item's language is ISO 639's primary subtag, as
`Article.language` carries it ("pt" for "pt-BR").
"""

from __future__ import annotations

TEXTS: list[tuple[str, str, str, str, str]] = [
    ("en", "en", "en-GB", "Harbour bridge to close for winter repairs",
     "The old harbour bridge will close for four months from Monday while engineers replace "
     "its rusted cables, the council said on Tuesday. Buses will be diverted through the "
     "industrial estate, and a free ferry will run every twenty minutes. Residents who have "
     "complained about the noise for years welcomed the decision."),
    ("de", "de", "de-DE", "Hafenbrücke wird im Winter gesperrt",
     "Die alte Hafenbrücke wird ab Montag für vier Monate gesperrt, weil die verrosteten "
     "Seile ersetzt werden müssen, teilte die Stadt am Dienstag mit. Busse werden über das "
     "Gewerbegebiet umgeleitet, und eine kostenlose Fähre fährt alle zwanzig Minuten. "
     "Anwohner, die sich seit Jahren über den Lärm beschweren, begrüßten die Entscheidung."),
    ("fr", "fr", "fr-FR", "Le pont du port fermé pour l'hiver",
     "Le vieux pont du port sera fermé pendant quatre mois à partir de lundi afin de "
     "remplacer ses câbles rouillés, a annoncé mardi la mairie. Les bus seront déviés par la "
     "zone industrielle et un bac gratuit circulera toutes les vingt minutes. Les riverains, "
     "qui se plaignent du bruit depuis des années, ont salué cette décision."),
    ("es", "es", "es-ES", "El puente del puerto cerrará durante el invierno",
     "El viejo puente del puerto permanecerá cerrado durante cuatro meses a partir del lunes "
     "para sustituir sus cables oxidados, informó el martes el ayuntamiento. Los autobuses "
     "se desviarán por el polígono industrial y un ferri gratuito saldrá cada veinte "
     "minutos. Los vecinos, que llevan años quejándose del ruido, celebraron la decisión."),
    ("ca", "ca", "ca", "El pont del port tancarà durant l'hivern",
     "El vell pont del port estarà tancat durant quatre mesos a partir de dilluns per "
     "substituir-ne els cables rovellats, va informar dimarts l'ajuntament. Els autobusos "
     "es desviaran pel polígon industrial i un ferri gratuït sortirà cada vint minuts. Els "
     "veïns, que fa anys que es queixen del soroll, van celebrar la decisió."),
    ("gl", "gl", "gl", "A ponte do porto pecharase durante o inverno",
     "A vella ponte do porto estará pechada durante catro meses a partir do luns para "
     "substituír os seus cables oxidados, informou o martes o concello. Os autobuses "
     "desviaranse polo polígono industrial e un ferry gratuíto sairá cada vinte minutos. "
     "A veciñanza, que leva anos queixándose do ruído, celebrou a decisión."),
    ("pt-BR", "pt", "pt-BR", "Ponte do porto vai fechar durante o inverno",
     "A velha ponte do porto vai ficar fechada por quatro meses a partir de segunda-feira "
     "para a troca dos cabos enferrujados, informou a prefeitura nesta terça-feira. Os "
     "ônibus serão desviados pelo distrito industrial e uma balsa gratuita vai sair a cada "
     "vinte minutos. Os moradores, que reclamam do barulho há anos, comemoraram a decisão."),
    ("pt-PT", "pt", "pt-PT", "Ponte do porto encerra durante o inverno",
     "A velha ponte do porto vai estar encerrada durante quatro meses a partir de "
     "segunda-feira para a substituição dos cabos enferrujados, anunciou a câmara municipal "
     "na terça-feira. Os autocarros serão desviados pela zona industrial e um ferry gratuito "
     "partirá de vinte em vinte minutos. Os moradores, que se queixam do barulho há anos, "
     "aplaudiram a decisão."),
    ("it", "it", "it-IT", "Il ponte del porto chiude per l'inverno",
     "Il vecchio ponte del porto resterà chiuso per quattro mesi a partire da lunedì per "
     "sostituire i cavi arrugginiti, ha comunicato martedì il comune. Gli autobus saranno "
     "deviati attraverso la zona industriale e un traghetto gratuito partirà ogni venti "
     "minuti. I residenti, che da anni si lamentano del rumore, hanno accolto la decisione."),
    ("ro", "ro", "ro-RO", "Podul din port se închide pe timpul iernii",
     "Vechiul pod din port va fi închis timp de patru luni începând de luni, pentru ca "
     "cablurile ruginite să fie înlocuite, a anunțat marți primăria. Autobuzele vor fi "
     "deviate prin zona industrială, iar un bac gratuit va pleca la fiecare douăzeci de "
     "minute. Locuitorii, care se plâng de ani de zile de zgomot, au salutat decizia."),
    ("nl", "nl", "nl-NL", "Havenbrug gaat in de winter dicht",
     "De oude havenbrug gaat vanaf maandag vier maanden dicht omdat de verroeste kabels "
     "worden vervangen, heeft de gemeente dinsdag bekendgemaakt. Bussen worden omgeleid via "
     "het industrieterrein en er vaart elke twintig minuten een gratis pont. Omwonenden, die "
     "al jaren over het lawaai klagen, zijn blij met het besluit."),
    ("af", "af", "af", "Hawebrug gaan in die winter toe",
     "Die ou hawebrug sal vanaf Maandag vier maande lank gesluit wees sodat die geroeste "
     "kabels vervang kan word, het die munisipaliteit Dinsdag gesê. Busse sal deur die "
     "nywerheidsgebied herlei word, en 'n gratis pont sal elke twintig minute vertrek. "
     "Inwoners wat al jare lank oor die geraas kla, het die besluit verwelkom."),
    ("sv", "sv", "sv-SE", "Hamnbron stängs under vintern",
     "Den gamla hamnbron stängs i fyra månader från och med måndag eftersom de rostiga "
     "vajrarna ska bytas ut, meddelade kommunen på tisdagen. Bussarna leds om genom "
     "industriområdet och en gratis färja går var tjugonde minut. De boende, som i flera år "
     "har klagat på bullret, välkomnar beslutet."),
    ("da", "da", "da-DK", "Havnebroen lukker i vinter",
     "Den gamle havnebro lukker i fire måneder fra mandag, fordi de rustne kabler skal "
     "udskiftes, oplyste kommunen tirsdag. Busserne bliver omdirigeret gennem "
     "industrikvarteret, og en gratis færge sejler hvert tyvende minut. Beboerne, som i "
     "årevis har klaget over larmen, glæder sig over beslutningen."),
    ("nb", "nb", "nb-NO", "Havnebrua stenges i vinter",
     "Den gamle havnebrua stenges i fire måneder fra mandag fordi de rustne kablene skal "
     "byttes ut, opplyste kommunen tirsdag. Bussene blir omdirigert gjennom "
     "industriområdet, og en gratis ferje går hvert tjuende minutt. Beboerne, som i mange år "
     "har klaget over støyen, er glade for vedtaket."),
    ("nn", "nn", "nn-NO", "Hamnebrua vert stengd i vinter",
     "Den gamle hamnebrua vert stengd i fire månader frå måndag fordi dei rusta kablane må "
     "bytast ut, opplyste kommunen tysdag. Bussane vert omdirigerte gjennom "
     "industriområdet, og ei gratis ferje går kvart tjuande minutt. Bebuarane, som i mange "
     "år har klaga på støyen, er glade for vedtaket."),
    ("is", "is", "is", "Hafnarbrúnni lokað í vetur",
     "Gömlu hafnarbrúnni verður lokað í fjóra mánuði frá og með mánudegi vegna þess að "
     "skipta þarf um ryðgaða kapla, sagði sveitarfélagið á þriðjudag. Strætisvagnar aka um "
     "iðnaðarsvæðið og ókeypis ferja siglir á tuttugu mínútna fresti. Íbúar sem hafa kvartað "
     "undan hávaðanum árum saman fagna ákvörðuninni."),
    ("fi", "fi", "fi-FI", "Satamasilta suljetaan talveksi",
     "Vanha satamasilta suljetaan neljäksi kuukaudeksi maanantaista alkaen, koska sen "
     "ruostuneet vaijerit vaihdetaan, kaupunki kertoi tiistaina. Bussit kiertävät "
     "teollisuusalueen kautta, ja ilmainen lautta kulkee kahdenkymmenen minuutin välein. "
     "Asukkaat, jotka ovat valittaneet melusta vuosia, ottivat päätöksen ilolla vastaan."),
    ("et", "et", "et-EE", "Sadamasild suletakse talveks",
     "Vana sadamasild suletakse esmaspäevast neljaks kuuks, sest roostes trossid tuleb "
     "välja vahetada, teatas linnavalitsus teisipäeval. Bussid suunatakse ümber läbi "
     "tööstusala ja tasuta praam väljub iga kahekümne minuti järel. Elanikud, kes on aastaid "
     "mürakära üle kurtnud, tervitasid otsust."),
    ("hu", "hu", "hu-HU", "Télen lezárják a kikötői hidat",
     "A régi kikötői hidat hétfőtől négy hónapra lezárják, mert ki kell cserélni a rozsdás "
     "kábeleket, közölte kedden az önkormányzat. A buszokat az ipari parkon keresztül "
     "terelik el, és húszpercenként ingyenes komp indul. A lakók, akik évek óta panaszkodnak "
     "a zajra, üdvözölték a döntést."),
    ("pl", "pl", "pl-PL", "Most w porcie zostanie zamknięty na zimę",
     "Stary most w porcie zostanie zamknięty na cztery miesiące od poniedziałku, ponieważ "
     "trzeba wymienić zardzewiałe liny, poinformował we wtorek urząd miasta. Autobusy "
     "pojadą objazdem przez strefę przemysłową, a bezpłatny prom będzie kursował co "
     "dwadzieścia minut. Mieszkańcy, którzy od lat skarżą się na hałas, przyjęli decyzję z "
     "zadowoleniem."),
    ("cs", "cs", "cs-CZ", "Přístavní most se na zimu uzavře",
     "Starý přístavní most bude od pondělí na čtyři měsíce uzavřen, protože je třeba "
     "vyměnit zrezivělá lana, oznámila v úterý radnice. Autobusy pojedou objížďkou přes "
     "průmyslovou zónu a bezplatný přívoz bude jezdit každých dvacet minut. Obyvatelé, kteří "
     "si na hluk stěžují už léta, rozhodnutí uvítali."),
    ("sk", "sk", "sk-SK", "Prístavný most na zimu zatvoria",
     "Starý prístavný most bude od pondelka na štyri mesiace zatvorený, pretože treba "
     "vymeniť zhrdzavené laná, oznámila v utorok radnica. Autobusy pôjdu obchádzkou cez "
     "priemyselnú zónu a bezplatný prievoz bude premávať každých dvadsať minút. Obyvatelia, "
     "ktorí sa na hluk sťažujú už roky, rozhodnutie privítali."),
    ("sl", "sl", "sl-SI", "Pristaniški most bo pozimi zaprt",
     "Stari pristaniški most bo od ponedeljka štiri mesece zaprt, ker je treba zamenjati "
     "zarjavele jeklenice, so v torek sporočili z občine. Avtobusi bodo vozili po obvozu "
     "skozi industrijsko cono, brezplačni trajekt pa bo plul vsakih dvajset minut. "
     "Prebivalci, ki se že leta pritožujejo zaradi hrupa, so odločitev pozdravili."),
    ("hr", "hr", "hr-HR", "Lučki most zatvara se preko zime",
     "Stari lučki most bit će zatvoren četiri mjeseca od ponedjeljka jer treba zamijeniti "
     "zahrđale čelične užadi, priopćio je u utorak grad. Autobusi će voziti obilaznicom kroz "
     "industrijsku zonu, a besplatni trajekt isplovljavat će svakih dvadeset minuta. "
     "Stanovnici, koji se godinama žale na buku, pozdravili su tu odluku, a izvješće o "
     "radovima objavit će se svaki tjedan."),
    ("sr-Latn", "sr", "sr-Latn", "Lučki most biće zatvoren preko zime",
     "Stari lučki most biće zatvoren četiri meseca od ponedeljka jer treba zameniti zarđala "
     "čelična užad, saopštio je u utorak grad. Autobusi će saobraćati obilaznicom kroz "
     "industrijsku zonu, a besplatan trajekt polaziće svakih dvadeset minuta. Stanovnici, "
     "koji se godinama žale na buku, pozdravili su odluku, a izveštaj o radovima biće "
     "objavljivan svake nedelje."),
    ("bs", "bs", "bs-BA", "Lučki most bit će zatvoren preko zime",
     "Stari lučki most bit će zatvoren četiri mjeseca od ponedjeljka jer treba zamijeniti "
     "zahrđala čelična užad, saopćeno je u utorak iz općine. Autobusi će saobraćati "
     "obilaznicom kroz industrijsku zonu, a besplatni trajekt polazit će svakih dvadeset "
     "minuta. Stanovnici, koji se godinama žale na buku, pozdravili su odluku, a izvještaj "
     "o radovima bit će objavljivan svake sedmice."),
    ("sq", "sq", "sq-AL", "Ura e portit mbyllet gjatë dimrit",
     "Ura e vjetër e portit do të mbyllet për katër muaj duke filluar nga e hëna, sepse "
     "kabllot e ndryshkura duhet të zëvendësohen, njoftoi të martën bashkia. Autobusët do "
     "të devijohen përmes zonës industriale dhe një traget falas do të niset çdo njëzet "
     "minuta. Banorët, që ankohen prej vitesh për zhurmën, e përshëndetën vendimin."),
    ("lt", "lt", "lt-LT", "Uosto tiltas žiemą bus uždarytas",
     "Senasis uosto tiltas nuo pirmadienio keturiems mėnesiams bus uždarytas, nes reikia "
     "pakeisti surūdijusius lynus, antradienį pranešė savivaldybė. Autobusai važiuos "
     "aplinkkeliu per pramonės zoną, o nemokamas keltas plauks kas dvidešimt minučių. "
     "Gyventojai, kurie metų metus skundžiasi triukšmu, sprendimui pritarė."),
    ("lv", "lv", "lv-LV", "Ostas tiltu ziemā slēgs",
     "Vecais ostas tilts no pirmdienas uz četriem mēnešiem tiks slēgts, jo jānomaina "
     "sarūsējušās troses, otrdien paziņoja pašvaldība. Autobusi brauks pa apvedceļu caur "
     "rūpniecības zonu, un bezmaksas prāmis kursēs ik pēc divdesmit minūtēm. Iedzīvotāji, "
     "kuri gadiem ilgi sūdzas par troksni, lēmumu atzinīgi novērtēja."),
    ("tr", "tr", "tr-TR", "Liman köprüsü kış boyunca kapanıyor",
     "Eski liman köprüsü, paslanan halatlarının değiştirilmesi için pazartesiden itibaren "
     "dört ay boyunca kapalı kalacak, belediye salı günü açıkladı. Otobüsler sanayi bölgesi "
     "üzerinden yönlendirilecek ve her yirmi dakikada bir ücretsiz feribot kalkacak. "
     "Yıllardır gürültüden şikayet eden mahalle sakinleri kararı memnuniyetle karşıladı."),
    ("id", "id", "id-ID", "Jembatan pelabuhan ditutup selama musim hujan",
     "Jembatan tua di pelabuhan akan ditutup selama empat bulan mulai Senin karena kabelnya "
     "yang berkarat harus diganti, kata pemerintah kota pada hari Selasa. Bus akan dialihkan "
     "melalui kawasan industri dan kapal feri gratis akan berangkat setiap dua puluh menit. "
     "Warga yang sudah bertahun-tahun mengeluhkan kebisingan menyambut baik keputusan itu."),
    ("ms", "ms", "ms-MY", "Jambatan pelabuhan ditutup sepanjang musim tengkujuh",
     "Jambatan lama di pelabuhan akan ditutup selama empat bulan bermula Isnin kerana "
     "kabelnya yang berkarat perlu diganti, kata majlis perbandaran semalam. Bas akan "
     "dilencongkan melalui kawasan perindustrian dan feri percuma akan bertolak setiap dua "
     "puluh minit. Penduduk yang sudah bertahun-tahun merungut tentang bunyi bising "
     "mengalu-alukan keputusan tersebut."),
    ("tl", "tl", "tl-PH", "Isasara ang tulay sa pantalan ngayong tag-ulan",
     "Isasara ang lumang tulay sa pantalan nang apat na buwan simula sa Lunes dahil "
     "kailangang palitan ang mga kinakalawang na kable nito, ayon sa pamahalaang lungsod "
     "noong Martes. Ililihis ang mga bus sa industrial zone at may libreng ferry bawat "
     "dalawampung minuto. Ikinatuwa ng mga residente, na ilang taon nang nagrereklamo sa "
     "ingay, ang desisyon."),
    ("sw", "sw", "sw-KE", "Daraja la bandari kufungwa wakati wa mvua",
     "Daraja la zamani la bandari litafungwa kwa miezi minne kuanzia Jumatatu ili kubadilisha "
     "nyaya zake zilizoshika kutu, halmashauri ya jiji ilisema Jumanne. Mabasi yatapitishwa "
     "katika eneo la viwanda na kivuko cha bure kitaondoka kila baada ya dakika ishirini. "
     "Wakazi ambao wamelalamikia kelele kwa miaka mingi walikaribisha uamuzi huo."),
    ("vi", "vi", "vi-VN", "Cầu cảng đóng cửa trong mùa đông",
     "Cây cầu cũ ở cảng sẽ đóng cửa trong bốn tháng kể từ thứ Hai để thay các dây cáp đã "
     "bị gỉ sét, chính quyền thành phố cho biết hôm thứ Ba. Xe buýt sẽ đi vòng qua khu công "
     "nghiệp và một chuyến phà miễn phí sẽ chạy hai mươi phút một lần. Người dân, vốn phàn "
     "nàn về tiếng ồn trong nhiều năm, hoan nghênh quyết định này."),
    ("ru", "ru", "ru-RU", "Портовый мост закроют на зиму",
     "Старый портовый мост будет закрыт на четыре месяца с понедельника, чтобы заменить "
     "ржавые тросы, сообщила во вторник мэрия. Автобусы пустят в объезд через промышленную "
     "зону, а бесплатный паром будет ходить каждые двадцать минут. Жители, которые годами "
     "жалуются на шум, приветствовали это решение."),
    ("uk", "uk", "uk-UA", "Портовий міст закриють на зиму",
     "Старий портовий міст буде закрито на чотири місяці з понеділка, щоб замінити іржаві "
     "троси, повідомила у вівторок міська рада. Автобуси пустять в об'їзд через промислову "
     "зону, а безкоштовний пором курсуватиме кожні двадцять хвилин. Мешканці, які роками "
     "скаржаться на шум, привітали це рішення."),
    ("bg", "bg", "bg-BG", "Пристанищният мост се затваря за зимата",
     "Старият пристанищен мост ще бъде затворен за четири месеца от понеделник, за да бъдат "
     "сменени ръждясалите въжета, съобщи във вторник общината. Автобусите ще минават по "
     "обходен маршрут през промишлената зона, а безплатен ферибот ще тръгва на всеки двайсет "
     "минути. Жителите, които от години се оплакват от шума, приветстваха решението."),
    ("sr", "sr", "sr-RS", "Лучки мост биће затворен преко зиме",
     "Стари лучки мост биће затворен четири месеца од понедељка јер треба заменити зарђала "
     "челична ужад, саопштио је у уторак град. Аутобуси ће саобраћати обилазницом кроз "
     "индустријску зону, а бесплатан трајект полазиће сваких двадесет минута. Становници, "
     "који се годинама жале на буку, поздравили су одлуку."),
    ("el", "el", "el-GR", "Κλείνει για τον χειμώνα η γέφυρα του λιμανιού",
     "Η παλιά γέφυρα του λιμανιού θα παραμείνει κλειστή για τέσσερις μήνες από τη Δευτέρα "
     "για να αντικατασταθούν τα σκουριασμένα συρματόσχοινα, ανακοίνωσε την Τρίτη ο δήμος. "
     "Τα λεωφορεία θα εκτρέπονται μέσω της βιομηχανικής ζώνης και ένα δωρεάν πορθμείο θα "
     "αναχωρεί κάθε είκοσι λεπτά."),
    ("he", "he", "he-IL", "גשר הנמל ייסגר לחורף",
     "גשר הנמל הישן ייסגר לארבעה חודשים החל מיום שני כדי להחליף את הכבלים החלודים, כך "
     "הודיעה העירייה ביום שלישי. האוטובוסים יוסטו דרך אזור התעשייה ומעבורת חינם תצא כל "
     "עשרים דקות. התושבים, שמתלוננים על הרעש כבר שנים, בירכו על ההחלטה."),
    ("ar", "ar", "ar", "إغلاق جسر الميناء خلال فصل الشتاء",
     "سيُغلق جسر الميناء القديم لمدة أربعة أشهر اعتبارا من يوم الاثنين لاستبدال كابلاته "
     "الصدئة، وفق ما أعلنت البلدية يوم الثلاثاء. وستُحوَّل الحافلات عبر المنطقة الصناعية، "
     "وستنطلق عبّارة مجانية كل عشرين دقيقة. ورحّب السكان الذين يشتكون من الضجيج منذ سنوات "
     "بهذا القرار."),
    ("fa", "fa", "fa-IR", "پل بندر در زمستان بسته می‌شود",
     "پل قدیمی بندر از روز دوشنبه به مدت چهار ماه بسته می‌شود تا کابل‌های زنگ‌زده آن تعویض "
     "شود، شهرداری روز سه‌شنبه اعلام کرد. اتوبوس‌ها از مسیر منطقه صنعتی عبور خواهند کرد و "
     "یک کشتی رایگان هر بیست دقیقه حرکت می‌کند. ساکنان که سال‌ها از سر و صدا شکایت "
     "داشتند، از این تصمیم استقبال کردند."),
    ("ur", "ur", "ur-PK", "بندرگاہ کا پل سردیوں میں بند رہے گا",
     "بندرگاہ کا پرانا پل پیر سے چار مہینوں کے لیے بند رہے گا تاکہ اس کی زنگ آلود تاریں "
     "تبدیل کی جا سکیں، بلدیہ نے منگل کو بتایا۔ بسوں کو صنعتی علاقے سے گزارا جائے گا اور "
     "ہر بیس منٹ بعد ایک مفت کشتی چلے گی۔ برسوں سے شور کی شکایت کرنے والے مکینوں نے اس "
     "فیصلے کا خیر مقدم کیا۔"),
    ("hi", "hi", "hi-IN", "सर्दियों में बंद रहेगा बंदरगाह का पुल",
     "बंदरगाह का पुराना पुल सोमवार से चार महीने के लिए बंद रहेगा ताकि उसके जंग लगे तार "
     "बदले जा सकें, नगर निगम ने मंगलवार को बताया। बसों को औद्योगिक क्षेत्र से होकर "
     "निकाला जाएगा और हर बीस मिनट में एक मुफ्त नौका चलेगी। वर्षों से शोर की शिकायत कर "
     "रहे निवासियों ने इस फैसले का स्वागत किया।"),
    ("mr", "mr", "mr-IN", "हिवाळ्यात बंदरातील पूल बंद राहणार",
     "बंदरातील जुना पूल सोमवारपासून चार महिन्यांसाठी बंद राहणार आहे, कारण त्याच्या गंजलेल्या "
     "तारा बदलायच्या आहेत, असे महापालिकेने मंगळवारी सांगितले. बस औद्योगिक क्षेत्रातून "
     "वळवण्यात येतील आणि दर वीस मिनिटांनी एक मोफत नौका सुटेल. अनेक वर्षांपासून आवाजाची "
     "तक्रार करणाऱ्या रहिवाशांनी या निर्णयाचे स्वागत केले."),
    ("ne", "ne", "ne-NP", "जाडोमा बन्दरगाहको पुल बन्द हुने",
     "बन्दरगाहको पुरानो पुल सोमबारदेखि चार महिनाका लागि बन्द हुनेछ किनभने यसका खिया लागेका "
     "तारहरू फेर्नुपर्ने छ, नगरपालिकाले मंगलबार जनाएको छ। बसहरू औद्योगिक क्षेत्र हुँदै "
     "चलाइनेछन् र हरेक बीस मिनेटमा एउटा निःशुल्क डुंगा छुट्नेछ।"),
    ("bn", "bn", "bn-BD", "শীতে বন্ধ থাকবে বন্দরের সেতু",
     "বন্দরের পুরোনো সেতুটি সোমবার থেকে চার মাসের জন্য বন্ধ থাকবে, কারণ এর মরচে ধরা তারগুলো "
     "বদলাতে হবে, মঙ্গলবার পৌরসভা জানিয়েছে। বাসগুলো শিল্প এলাকা দিয়ে ঘুরিয়ে দেওয়া হবে এবং "
     "প্রতি বিশ মিনিটে একটি বিনামূল্যের নৌকা ছাড়বে।"),
    ("ta", "ta", "ta-IN", "குளிர்காலத்தில் துறைமுகப் பாலம் மூடப்படும்",
     "துருப்பிடித்த கம்பிகளை மாற்றுவதற்காக பழைய துறைமுகப் பாலம் திங்கள்கிழமை முதல் நான்கு "
     "மாதங்களுக்கு மூடப்படும் என்று நகராட்சி செவ்வாய்க்கிழமை தெரிவித்தது. பேருந்துகள் தொழிற்பேட்டை "
     "வழியாகத் திருப்பி விடப்படும்."),
    ("th", "th", "th-TH", "ปิดสะพานท่าเรือช่วงฤดูหนาว",
     "สะพานท่าเรือเก่าจะปิดเป็นเวลาสี่เดือนตั้งแต่วันจันทร์เพื่อเปลี่ยนสายเคเบิลที่เป็นสนิม "
     "เทศบาลแจ้งเมื่อวันอังคาร รถโดยสารจะเลี่ยงไปใช้เส้นทางผ่านนิคมอุตสาหกรรม "
     "และจะมีเรือข้ามฟากฟรีออกทุกยี่สิบนาที"),
    ("ja", "ja", "ja-JP", "港の橋、冬の間通行止めに",
     "港の古い橋が、さびたケーブルを交換するため月曜日から4か月間通行止めになると、市が"
     "火曜日に発表した。バスは工業団地を経由する迂回路を走り、無料のフェリーが20分ごとに"
     "運航される。長年騒音に悩まされてきた住民はこの決定を歓迎した。"),
    ("ko", "ko", "ko-KR", "항구 다리, 겨울 동안 통행 금지",
     "녹슨 케이블을 교체하기 위해 항구의 오래된 다리가 월요일부터 넉 달 동안 폐쇄된다고 "
     "시청이 화요일 밝혔다. 버스는 공업단지를 거쳐 우회하며, 무료 여객선이 20분마다 "
     "운항한다. 수년간 소음에 시달려 온 주민들은 이번 결정을 환영했다."),
    ("zh-Hans", "zh", "zh-CN", "港口大桥冬季封闭维修",
     "市政府周二宣布，港口的旧桥将从周一起封闭四个月，以更换生锈的钢缆。公交车将绕行"
     "工业区，免费渡轮每二十分钟发一班。多年来一直抱怨噪音的居民对这一决定表示欢迎。"),
    ("zh-Hant", "zh", "zh-TW", "港口大橋冬季封閉維修",
     "市政府週二宣布，港口的舊橋將從週一起封閉四個月，以更換生鏽的鋼纜。公車將繞行"
     "工業區，免費渡輪每二十分鐘發一班。多年來一直抱怨噪音的居民對這一決定表示歡迎。"),
]  # fmt: skip

# Words of a page that are not the article: a menu, a footer (English on many sites).
MENU_EN = (
    "Home News World Business Sport Culture Opinion Subscribe Sign in Newsletter "
    "Contact us Privacy policy Terms of use Cookie settings Advertise with us"
)
# A quoted paragraph in French (an English report quoting a statement in full).
QUOTE_FR = (
    "« Nous avons pris cette décision parce que la sécurité des habitants passe avant tout, "
    "et nous ferons tout pour que les travaux soient terminés avant le printemps », a "
    "déclaré la maire lors d'une conférence de presse."
)
# An English statement quoted in full in a German report.
QUOTE_EN = (
    '"We took this decision because the safety of residents comes first, and we will do '
    'everything we can to finish the work before the spring," the mayor told reporters.'
)

# English headlines full of names and places, as a video or live page shows them alone
# (invented): the words of other languages in them must not overrule a declared "en".
ENGLISH_HEADLINES = [
    "Kawhi Leonard and Giannis Antetokounmpo named All-Stars",
    "Wagga Wagga floods: Murrumbidgee peaks at Gundagai",
    "Müller, Kroos return as Nagelsmann names squad",
    "Olé! Sánchez stuns Alcaraz in São Paulo",
    "Tāmaki Makaurau mayor backs Te Reo signs",
    "VIDEO: Ngā Tamatoa haka at Waitangi",
    "Ruto, Museveni sign Mombasa–Kampala rail deal",
    "Nguyễn Thị Lan wins Hà Nội marathon",
    "Live: Wallabies v Pumas at Estadio Jorge Luis Hirschi",
    "Inside Le Mans: Porsche, Ferrari, Toyota",
    "Tour de France: Pogačar, Vingegaard, Evenepoel on Col du Tourmalet",
    "Pho, bánh mì and laksa: the city's best eats",
]
