"""The words the extractor reads in each language: one table per field, keyed by language.

To teach the extractor a language, add its words to each table below (ISO 639-1 codes as
keys); the modules that use a table (named in its comment) build their patterns from it at
import time. Entries are separated by ",", so an entry may be several words.
Month names are CLDR's (scripts/cldr_months.py prints a language's line from babel).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping


def entries(table: Mapping[str, str]) -> list[str]:
    """Every entry of a table, casefolded (Greek final sigma as sigma), in order, once."""
    found = (e.strip().casefold() for text in table.values() for e in text.split(","))
    return list(dict.fromkeys(e for e in found if e))


# byline.py: the word for "by" before a byline's names, matched in any case.
BYLINE_BY = {
    # an interview's writer: "As told to Jane Doe", "Propos recueillis par Jeanne Martin"
    # Drupal: "Submitted by ... on ..."; WordPress and Indian sites: "Published by: ..."
    "en": "by, as told to, posted by, submitted by, published by",
    # WordPress's "Veröffentlicht von Anna Muster", "Verfasst von ...", Drupal's "Eingereicht
    # von ..."
    "de": "von, verfasst von, geschrieben von, veröffentlicht von, publiziert von, erstellt von, "
    "eingereicht von",
    "fr": "par, propos recueillis par", "es": "por",
    "pt": "por", "nl": "door, geschreven door", "af": "deur",
    "sv": "av, skrivet av, skriven av", "nb": "av, skrevet av", "da": "af, skrevet af",
    "pl": "od, przez, oprac., napisał, napisała", "id": "oleh, ditulis oleh",
    "ms": "oleh, ditulis oleh",
    "ru": "от", "vi": "bởi", "ar": "بقلم, بواسطة", "he": "מאת, נכתב על ידי", "fa": "به قلم",
    "el": "του, της, των, από, από τον, από την, γράφει ο, γράφει η, γράφει",
    "th": "โดย, รายงานโดย, เขียนโดย, ข่าวโดย, เรื่องโดย", "hi": "द्वारा",
    "fi": "kirjoittanut", "lb": "vum, vun", "is": "eftir",
    "ro": "scris de", "lt": "parengė", "tl": "isinulat ni, sinulat ni, ulat ni",
    "sw": "imeandikwa na, iliandikwa na", "km": "ដោយ",
    # "A cura di" capitalised opens an Italian byline as "a cura di" does (no name starts so;
    # "Di" alone stays a surname's start, BYLINE_BY_LOWER)
    "it": "a cura di, a cura della, a cura del",
}  # fmt: skip
# authors.py: the word for "by" after the names, a postposition ("राम शर्मा द्वारा"), or
# "'s report" ("राम शर्मा की रिपोर्ट")
BYLINE_BY_AFTER = {"hi": "द्वारा, की रिपोर्ट", "ne": "द्वारा", "bn": "দ্বারা", "ur": "کی رپورٹ"}
# byline.py: "by" words that are also names or common capitalised words ("Di Stefano",
# "Per Olsson", "Na Young", "De Vries", "Theo Walcott"): only in lower case ("di", "per",
# "na"), or capitalised on a page in their own language ("Theo Nguyễn Văn An").
BYLINE_BY_LOWER = {
    "it": "di, da, a cura di, a cura della, a cura del", "ro": "de", "ca": "per", "sw": "na",
    "tl": "ni", "vi": "theo", "sq": "nga", "ga": "le", "ha": "daga",
}  # fmt: skip
# byline.py: labels before a colon ("Autor: Jane Doe", "Texte : ...", "作者").
BYLINE_LABELS = {
    "en": "author, authors, text, reporter, reporting, journalist, words, interview",
    "de": "autor, autorin, autoren, text, redaktion, protokoll, interview, gespräch, reportage, "
    "gastautor, gastautorin",
    "fr": "auteur, auteurs, texte, journaliste",
    "es": "autor, autores, texto, redacción, periodista",
    "pt": "autor, autores, texto, por, reportagem",
    "it": "autore, autori, testo", "nl": "auteur, tekst, door",
    "pl": "autor, autorka, autorzy, tekst, napisała, napisał, opracowanie, opracował, opracowała",
    "cs": "autor, autorka, autoři, text, napsal, napsala", "sk": "autor, autorka, autori, text",
    "fi": "teksti, kirjoittaja, kirjoittanut, toimittaja",
    "hu": "szerző, szöveg, írta", "ro": "autor, text", "el": "συντάκτης, συγγραφέας",
    "hr": "autor, autorica, piše, napisao, napisala, tekst",
    "sl": "avtor, avtorica, piše, besedilo",
    "sr": "autor, piše, аутор, пише", "uk": "автор, авторка, автори, текст",
    "ru": "автор, авторы, текст",
    "bg": "автор",
    "tr": "muhabir, yazar, yazan, haber", "id": "penulis, reporter, pewarta, laporan",
    "vi": "tác giả, phóng viên, bài, bài viết",
    "th": "ผู้เขียน, ผู้สื่อข่าว, เรื่อง", "hi": "लेखक, रिपोर्ट, रिपोर्टर",
    "ar": "كتب, كتبت, بقلم, مراسل, إعداد, تقرير",  # (she wrote: "كتبت")
    "fa": "نویسنده, خبرنگار, گزارش, به قلم", "he": "מאת, כתב, כתבת",
    "zh": "作者, 记者, 記者, 文, 撰文, 撰稿", "ja": "記者, 文, 取材・文, 執筆, 筆者", "ko": "글",
    "sw": "mwandishi",
    "ca": "autor, text, redacció", "et": "autor, tekst", "lv": "autors, teksts, sagatavoja",
    "lt": "autorius, autorė, autoriai, tekstas, parengė", "af": "skrywer, teks",
    "is": "höfundur, höfundar",
    "ms": "penulis, wartawan", "bn": "লেখক, লিখেছেন, প্রতিবেদক, প্রতিবেদন",
    "ur": "تحریر, رپورٹ, نامہ نگار", "ta": "எழுதியவர், செய்தியாளர்", "tl": "may-akda",
    "sq": "autor, autori", "hy": "հեղինակ", "eu": "testua, idazlea, egilea",
}  # fmt: skip
# authors.py: "a report of the newsroom's reporter", then the newsroom and after a comma the
# writer ("Laporan wartawan Example.com, Budi Santoso"): the name after the comma is the author.
REPORT_OF_NEWSROOM = {
    "id": "laporan wartawan, laporan reporter, laporan jurnalis, laporan koresponden, "
    "laporan kontributor",
    "ms": "laporan wartawan, laporan pemberita",
}  # fmt: skip
# authors.py: the label of a `twitter:labelN` meta whose `twitter:dataN` names the writer
# (WordPress SEO plugins write "Written by" in the site's language).
WRITTEN_BY_LABELS = {
    "en": "written by, by, author", "de": "verfasst von, geschrieben von, autor, autorin, von",
    "fr": "écrit par, rédigé par, par, auteur", "es": "escrito por, por, autor",
    "pt": "escrito por, por, autor", "it": "scritto da, di, autore", "nl": "geschreven door, door",
    "sv": "skriven av, skrivet av, av", "nb": "skrevet av, av", "da": "skrevet af, af",
    "pl": "napisane przez, autor", "cs": "napsal, napsala, autor", "tr": "yazan, yazar",
    "ru": "автор, написано", "fi": "kirjoittanut, kirjoittaja", "id": "ditulis oleh, penulis",
    "ro": "scris de, autor", "hu": "írta, szerző", "el": "γράφτηκε από, συντάκτης",
}  # fmt: skip
# authors.py: a "Follow" button's word after a name in an author block: cut from the end.
FOLLOW_WORDS = {
    "en": "follow", "de": "folgen", "fr": "suivre", "es": "seguir", "pt": "seguir",
    "it": "segui", "nl": "volgen", "da": "følg", "nb": "følg", "sv": "följ", "tr": "takip et",
    "pl": "obserwuj", "cs": "sledovat", "sk": "sledovať", "fi": "seuraa", "hu": "követés",
    "ro": "urmărește", "el": "ακολουθήστε", "uk": "стежити", "ru": "подписаться",
    "id": "ikuti", "vi": "theo dõi",
}  # fmt: skip
# spiders/nextwords.py: the whole text (or aria-label) of a section page's "next page" or
# "load more" control, arrows aside. Whole texts only: a headline never equals one.
# NEXT_PAGE_WORDS name the page after this one in order ("Next", "Older stories", "Weiter",
# "次へ"): such a link is followed
# wherever it goes on the site, a path with no number or query too (`/world/older`).
NEXT_PAGE_WORDS = {
    "en": "next, next page, older, older posts, older articles, older entries, older stories, "
    "older news",
    "de": "weiter, nächste, nächste seite, ältere beiträge, ältere artikel, ältere meldungen, "
    "ältere nachrichten",
    "fr": "suivant, suivante, page suivante, articles précédents, articles plus anciens, "
    "plus anciens, plus anciennes",
    "es": "siguiente, página siguiente, noticias anteriores, artículos anteriores, "
    "más antiguos, más antiguas",
    "it": "successivo, successiva, pagina successiva, articoli precedenti, meno recenti",
    "pt": "próxima, próxima página, seguinte, mais antigas, mais antigos",
    "nl": "volgende, volgende pagina, oudere berichten",
    "nb": "neste, neste side",
    "da": "næste, næste side",
    "sv": "nästa, nästa sida, äldre",
    "pl": "następna, następna strona, następne, starsze",
    "ja": "次へ, 次のページ",
    "ko": "다음, 다음 페이지",
    "ru": "далее, следующая, следующая страница, вперёд, вперед",
    "ar": "التالي, التالية, الصفحة التالية",
    "zh": "下一页, 下一頁, 下页",
    "el": "επόμενη, επόμενη σελίδα, επόμενο",
    "tr": "sonraki, sonraki sayfa, ileri",
    "uk": "наступна, наступна сторінка, далі",
    "bg": "следваща, следваща страница",
    "cs": "další, další strana, další stránka, starší články",
    "sk": "ďalšie, ďalšia strana, staršie články",
    "hu": "következő, következő oldal, korábbi cikkek",
    "ro": "următoarea, pagina următoare, articole mai vechi",
    "fi": "seuraava, seuraava sivu",
    "hr": "sljedeća, starije vijesti",
    "sr": "sledeća, sljedeća, starije vesti",
    "id": "berikutnya, selanjutnya, halaman berikutnya",
    "vi": "trang sau, trang tiếp, tiếp theo",
    "fa": "بعدی, صفحه بعد",
    "he": "הבא, העמוד הבא",
    "hi": "अगला, अगला पृष्ठ",
}  # fmt: skip
# spiders/nextwords.py: a "load more" control's words ("Load more", "Mehr Artikel"): more of this
# listing where it fetches a batch, but a box's link to another section's or an author's
# page where it goes to a path with no number or query (`/de/politik/inland`).
MORE_WORDS = {
    "en": "load more, show more, more stories, more articles, more posts, load more posts, "
    "load more stories, load more articles, show more stories, show more articles, see more, "
    "view more, more news, load more news, show more news, see more stories, "
    "view more stories, see more news, view more news",
    "de": "mehr laden, mehr anzeigen, weitere artikel, weitere artikel laden, "
    "weitere artikel anzeigen, weitere beiträge, weitere beiträge laden, weitere meldungen, "
    "mehr artikel, mehr artikel laden",
    "fr": "voir plus, charger plus, afficher plus, plus d'articles, plus d’articles, "
    "voir plus d'articles, voir plus d’articles, charger plus d'articles, "
    "charger plus d’articles",
    "es": "cargar más, ver más, cargar más noticias, cargar más artículos, más noticias, "
    "más artículos, ver más noticias",
    "it": "carica altri, mostra altri, altri articoli, carica altri articoli, "
    "mostra altri articoli, altre notizie, carica altro",
    "pt": "carregar mais, ver mais",
    "nl": "meer laden, toon meer",
    "nb": "vis flere",
    "da": "vis flere",
    "sv": "visa fler, ladda fler",
    "pl": "pokaż więcej, załaduj więcej",
    "ja": "もっと見る",
    "ko": "더보기",
    "ru": "показать ещё, показать еще, загрузить ещё, загрузить еще, ещё новости, еще новости, "
    "больше новостей, показать больше, ещё статьи, еще статьи",
    "ar": "تحميل المزيد, عرض المزيد, المزيد من الأخبار, المزيد من المقالات",
    "zh": "加载更多, 查看更多, 載入更多, 加載更多, 更多新闻, 更多新聞, 显示更多, 顯示更多",
    "el": "περισσότερα, φόρτωση περισσότερων, περισσότερα άρθρα, δείτε περισσότερα, "
    "περισσότερες ειδήσεις",
    "tr": "daha fazla, daha fazla göster, daha fazla yükle, daha fazla haber",
    "uk": "показати ще, завантажити ще, більше новин, ще новини, показати більше",
    "bg": "зареди още, покажи още, още новини",
    "cs": "načíst další, zobrazit další, více článků, načíst více",
    "sk": "načítať ďalšie, zobraziť viac",
    "hu": "továbbiak betöltése, több betöltése, még több, további cikkek",
    "ro": "încarcă mai multe, vezi mai multe, mai multe articole, mai multe știri",
    "fi": "lataa lisää, näytä lisää, lisää uutisia",
    "hr": "učitaj još, prikaži još, još vijesti, više vijesti",
    "sr": "učitaj još, prikaži još, još vesti, više vesti",
    "id": "muat lebih banyak, lihat lebih banyak",
    "vi": "xem thêm, tải thêm",
    "fa": "نمایش بیشتر, اخبار بیشتر",
    "he": "טען עוד, עוד כתבות, הצג עוד",
    "hi": "और देखें, और लोड करें",
}  # fmt: skip
# authors.py: words that make a byline part no name ("Mehr von ...", "Updated ..."): stamps
# and links inside author blocks. Only words that are nobody's surname.
NOT_NAME_WORDS = {
    "en": "updated, published, view, more, read",
    "de": "aktualisiert, mehr, veröffentlicht, publiziert, erschienen, online seit, artikel, "
    "beiträge",
    "fr": "mise à jour", "es": "publicado", "pt": "atualizado", "it": "aggiornato",
    "nl": "bijgewerkt", "da": "opdateret", "nb": "oppdatert", "sv": "uppdaterad",
    "tr": "güncellendi", "pl": "zaktualizowano", "cs": "aktualizováno", "fi": "päivitetty",
    "hu": "frissítve", "ro": "actualizat", "uk": "оновлено", "ru": "обновлено",
    "id": "diperbarui, laporan", "ms": "laporan",
}  # fmt: skip
# byline.py/authors.py: job titles cut from either end of a name ("Redakteurin Jane Doe").
JOB_TITLES = {
    "en": "reporter, editor, writer, correspondent, columnist, contributor, journalist, "
    "photographer, analyst, critic, producer, anchor",
    "de": "redakteur, redakteurin, korrespondent, korrespondentin, korrespondenten, reporterin, "
    "autor, autorin, chefredakteur, chefredakteurin, gastautor, gastautorin, journalistin, "
    "kolumnist, kolumnistin, volontär, volontärin, moderatorin, ressortleiter, ressortleiterin, "
    "redakteuren, redakteurinnen, korrespondentinnen, reporterinnen, autoren, autorinnen, "
    "mitarbeiter, mitarbeiterin, redaktionsmitglied, "
    "redaktor, redaktorin, redaktoren, redaktorinnen",
    "fr": "journaliste, correspondant, correspondante, rédacteur, rédactrice, envoyé, envoyée",
    "es": "periodista, corresponsal, redactor, redactora, enviado, enviada",
    "it": "giornalista, inviato, inviata, corrispondente, collaboratore, collaboratrice",
    "da": "redaktør, journalist, medarbejder", "nb": "medarbeider",
    "sv": "journalisten, reporter, medarbetare", "tr": "muhabir, muhabiri",
    "ru": "журналист, корреспондент, обозреватель, редактор",
    "pt": "repórter, jornalista, correspondente, redator, redatora, editora",
    "nl": "verslaggever, redacteur, correspondent, journalist, medewerker, medewerkster",
    "pl": "dziennikarz, dziennikarka, redaktor, redaktorka, korespondent, reporterka",
    "cs": "redaktor, redaktorka, zpravodaj, zpravodajka, reportér, reportérka",
    "sk": "redaktor, redaktorka, spravodajca, spravodajkyňa, reportér, reportérka",
    "fi": "toimittaja, kirjeenvaihtaja, erikoistoimittaja, uutistoimittaja",
    "hu": "újságíró, tudósító, szerkesztő, munkatárs",
    "ro": "jurnalist, jurnalistă, corespondent, redactor",
    "el": "δημοσιογράφος, ανταποκριτής, ανταποκρίτρια, συντάκτης",
    "hr": "novinar, novinarka, dopisnik, dopisnica, urednik, urednica",
    "sl": "novinar, novinarka, dopisnik, dopisnica, urednik, urednica",
    "uk": "журналіст, журналістка, кореспондент, кореспондентка, оглядач, редактор",
    "bg": "журналист, кореспондент, репортер",
    "id": "wartawan, jurnalis, koresponden, penulis, kontributor",
    "ms": "wartawan, pemberita", "ca": "periodista, corresponsal, redactor, redactora",
    "et": "ajakirjanik, toimetaja, korrespondent", "lv": "žurnālists, žurnāliste, korespondents",
    "lt": "žurnalistas, žurnalistė, korespondentas", "af": "verslaggewer, joernalis, redakteur",
    "sw": "mwandishi, ripota", "he": "כתב, כתבת", "ar": "مراسل, مراسلة, محرر, صحفي",
    "hi": "संवाददाता, रिपोर्टर, पत्रकार, संपादक", "fa": "خبرنگار, روزنامه‌نگار, دبیر",
    # (Vietnamese: not "nhà báo": titles are read word by word, and "Báo" opens papers' names)
    "vi": "phóng viên, biên tập viên, pv, ctv", "th": "ผู้สื่อข่าว, นักข่าว, ผู้เขียน",
    # (Bengali "প্রতিনিধি": a district's correspondent, "ঢাকা প্রতিনিধি")
    "bn": "প্রতিবেদক, নিজস্ব প্রতিবেদক, সংবাদদাতা, সাংবাদিক, প্রতিনিধি, বিশেষ প্রতিনিধি",
    "ur": "نامہ نگار, صحافی, رپورٹر",
    "is": "skrifar, blaðamaður, fréttamaður",
}  # fmt: skip
# authors.py: labels of a photo or picture credit ("Fotos: ...", "zdjęcia: ..."): no author.
PHOTO_CREDITS = {
    "en": "photo, photos, photographs, photographer, image, images, pictures, credit, graphics, "
    "illustration, video",
    "de": "foto, fotos, bild, bilder, grafik, grafiken, infografik, illustration, video, kamera",
    "fr": "photo, photos, image", "es": "foto, fotos, fotografía, imagen",
    "pt": "foto, fotos, fotografia, imagem",
    "it": "foto, immagini", "nl": "foto, foto's, beeld", "pl": "zdjęcia, zdjęcie, fot.",
    "cs": "foto, snímek, snímky", "fi": "kuva, kuvat", "sv": "bild, foto", "da": "foto",
    "tr": "fotoğraf", "ru": "фото", "ar": "تصوير, صورة", "he": "צילום", "hi": "फोटो",
    "zh": "摄影, 攝影, 图, 圖", "ja": "写真", "id": "foto, fotografer", "ms": "foto, jurugambar",
    "vi": "ảnh", "fa": "عکس", "th": "ภาพ", "el": "φωτογραφία, φωτογραφίες",
    "hu": "fotó, fotók, kép, képek", "ro": "foto, fotografii", "sw": "picha", "uk": "фото",
    "ka": "ფოტო", "hy": "լուսանկար, լուսանկարը", "am": "ፎቶ",
}  # fmt: skip
# authors.py: labels of an editor's credit before a colon ("Redaktor: ...", "редактор: ..."),
# read as PHOTO_CREDITS' are: the editor is no author, the writer beside her is; body.py drops
# such a line closing the story. Every language's here, none among the pictures' words. Not
# where a page's label for the writer is the same word (Greek "Επιμέλεια", Arabic "تحرير",
# German "Redaktion", Swedish "redaktör", Finnish "toimittaja": a reporter).
EDITOR_CREDITS = {
    "en": "editor", "de": "redakteur, redakteurin",
    "pl": "redaktor, redaktorka, redakcja", "cs": "editor, editorka", "sk": "editor, editorka",
    "ru": "редактор", "uk": "редактор, редакторка", "bg": "редактор", "hu": "szerkesztő",
    "hr": "urednik, urednica", "sr": "urednik, urednica, уредник", "sl": "urednik, urednica",
    "lt": "redaktorius, redaktorė", "lv": "redaktors, redaktore", "et": "toimetaja",
    "es": "edición", "pt": "edição", "nl": "eindredactie", "ro": "editor", "tr": "editör",
    "hi": "संपादित, संपादक", "zh": "责任编辑, 責任編輯, 编辑, 編輯", "id": "editor, penyunting",
    "ms": "editor, penyunting", "vi": "biên tập", "fa": "ویراستار", "th": "บรรณาธิการ",
}  # fmt: skip
# authors.py and body.py: "edited by" words before an editor's name, no colon needed ("By Jane
# Doe | Edited by John Roe", "Editado por Ana López"): the editor is no author; body.py drops
# such a line closing the story.
EDITED_BY = {
    "en": "edited by, editing by, curated by", "es": "editado por, editada por",
    "pt": "editado por, editada por", "fr": "édité par, éditée par", "de": "bearbeitet von",
}  # fmt: skip
# ... those of them that in their language commonly name the reporter too (a Polish, Czech or
# Slovak "redaktor", a Russian, Ukrainian or Bulgarian "редактор", a Hungarian "szerkesztő", a
# Croatian, Serbian or Slovene "urednik", an Estonian "toimetaja", a Romanian "editor", a
# German "Redakteur" is a newsroom's journalist): where the byline names no other writer, the
# name after one is the writer's ("Redaktor: Jan Kowalski" alone). Not "Edición",
# "Eindredactie", Lithuanian "redaktorius", Czech and Slovak "editor": editing alone
# (authors.py reads a word of both kinds by the page's language).
EDITOR_CREDITS_REPORTER = {
    "de": "redakteur, redakteurin", "pl": "redaktor, redaktorka, redakcja",
    "cs": "redaktor, redaktorka", "sk": "redaktor, redaktorka", "ru": "редактор",
    "uk": "редактор, редакторка", "bg": "редактор", "hu": "szerkesztő", "hr": "urednik, urednica",
    "sr": "urednik, urednica, уредник", "sl": "urednik, urednica", "et": "toimetaja",
    "ro": "editor",
}  # fmt: skip
# authors.py: a chief's or coordinating editor's label before a colon ("Editor-șef:",
# "Chefredakteur:", "Redaktor naczelny:"), read as EDITOR_CREDITS' are but never the writer's,
# not even alone: the newsroom's masthead, no byline. Labels of more words whose first word
# alone is a reporter's ("Editor coordonator:" against Romanian "Editor:").
CHIEF_EDITOR_CREDITS = {
    "en": "editor-in-chief, editor in chief", "de": "chefredakteur, chefredakteurin",
    "fr": "rédacteur en chef, rédactrice en chef",
    "es": "redactor jefe, redactora jefa, redactora jefe",
    "pt": "editor-chefe, editora-chefe, redator-chefe, redatora-chefe",
    "it": "caporedattore, caporedattrice, direttore responsabile, direttrice responsabile",
    "nl": "hoofdredacteur", "pl": "redaktor naczelny, redaktor naczelna, redaktorka naczelna, "
    "redaktor prowadzący, redaktor prowadząca, redaktorka prowadząca",
    "cs": "šéfredaktor, šéfredaktorka", "sk": "šéfredaktor, šéfredaktorka",
    "ru": "главный редактор", "uk": "головний редактор", "hu": "főszerkesztő",
    "hr": "glavni urednik, glavna urednica", "sl": "glavni urednik, glavna urednica",
    "sv": "chefredaktör", "da": "chefredaktør", "nb": "sjefredaktør", "fi": "päätoimittaja",
    "tr": "genel yayın yönetmeni",
    # both the comma's and the cedilla's s ("ș", "ş"), as Romanian pages type them
    "ro": "editor-șef, editor șef, editor-şef, editor şef, redactor-șef, redactor șef, "
    "redactor-şef, redactor şef, editor coordonator, redactor coordonator",
}  # fmt: skip
# byline.py: the head of a paper's newsroom, her title before her name ("Por la directora Ana
# López", "Editorial del director"): read as a job title, never a name's word (Spanish,
# Portuguese, Italian and French papers' "director" is the editor; a colon's credit of it is
# not read as the masthead's, CHIEF_EDITOR_CREDITS, as the word also names other posts).
PAPER_HEADS = {
    "es": "director, directora", "pt": "diretor, diretora", "it": "direttore, direttrice",
    "fr": "directeur, directrice, directeur de la publication, directrice de la publication",
    "el": "διευθυντής, διευθυντή, διευθύντρια, διευθύντριας",
}  # fmt: skip
# authors.py: the heading of the editors' note above or below a story ("Editor's note",
# "Anmerkung der Redaktion"), set where a byline is: names no one. Whole phrases, any case,
# the apostrophe typed either way.
EDITORS_NOTES = {
    "en": "editor's note, editors' note, editor's notes, editors' notes, publisher's note, "
    "note from the editor, note from the editors",
    "de": "anmerkung der redaktion, hinweis der redaktion", "fr": "note de la rédaction",
    "es": "nota del editor, nota de la redacción, nota de los editores",
    "pt": "nota do editor, nota da redação, nota da redacção", "it": "nota della redazione",
    "nl": "noot van de redactie", "sv": "redaktörens anmärkning",
}  # fmt: skip
# authors.py: the desk a byline names after or instead of its writer ("Von Anna Muster aus
# dem Ressort Politik", "Aus dem Ressort Wirtschaft" alone): where she works, no name; the
# byline is read up to it. Phrases before the desk's name, matched in any case.
DESK_FROM = {
    "de": "aus dem ressort, aus der redaktion, aus dem team, vom ressort, vom team",
    "en": "from the desk of",
}  # fmt: skip
# authors.py: a translator's credit in a byline ("Translated by", "Übersetzung:"): the
# translator is no author; the byline is read up to it. Phrases, matched in any case.
TRANSLATION_CREDITS = {
    "en": "translated by, translation by, translation", "de": "übersetzt von, übersetzung",
    "fr": "traduit par, traduction", "es": "traducido por, traducción",
    "pt": "traduzido por, tradução", "it": "tradotto da, traduzione",
    "nl": "vertaald door, vertaling", "pl": "tłumaczenie, tłum.",
    "cs": "přeložil, přeložila, překlad", "sk": "preložil, preložila, preklad",
    "ru": "перевод, перевела, перевёл, перевел", "uk": "переклад", "lt": "vertė, vertimas",
    "sv": "översättning, översatt av", "nb": "oversatt av, oversettelse",
    "da": "oversat af, oversættelse", "is": "þýðing, þýddi", "he": "תרגום, תרגמה, תרגם",
    "hi": "अनुवाद", "zh": "翻译, 翻譯, 译者, 譯者", "ja": "翻訳",
    "ms": "terjemahan, diterjemah oleh", "sw": "tafsiri", "tr": "çeviri, çeviren",
}  # fmt: skip
# authors.py: the heading of an author box after the story ("Über die Autorin"): the name under it
# is the writer's where nothing else names anyone.
ABOUT_AUTHOR_HEADINGS = {
    "en": "about the author, about the authors", "de": "über den autor, über die autorin, "
    "über die autoren, über die autorinnen, zur autorin, zum autor, zu den autoren",
    "fr": "à propos de l'auteur, à propos de l’auteur, à propos de l'autrice, l'auteur, l’auteur",
    "es": "sobre el autor, sobre la autora, acerca del autor, acerca de la autora",
    "pt": "sobre o autor, sobre a autora", "it": "l'autore, l’autore, sull'autore, l'autrice",
    "nl": "over de auteur, over de schrijver", "pl": "o autorze, o autorce", "cs": "o autorovi",
    "sk": "o autorovi", "sv": "om skribenten, om författaren", "nb": "om forfatteren",
    "da": "om forfatteren, om skribenten", "ru": "об авторе", "uk": "про автора",
    "tr": "yazar hakkında", "lt": "apie autorių", "is": "um höfundinn", "ms": "tentang penulis",
    "id": "tentang penulis", "sw": "kuhusu mwandishi", "he": "על הכותב, על הכותבת",
    "hi": "लेखक के बारे में", "hu": "a szerzőről", "ro": "despre autor", "fi": "kirjoittajasta",
}  # fmt: skip
# authorboxes.py: a page's word for printing part of a book ("Ein Auszug aus dem Roman",
# "Adapted from ..."): the book's author, named in its box, wrote the text. Whole words,
# casefolded.
EXCERPT_WORDS = {
    "en": "excerpt, excerpted, an extract, edited extract, adapted from",
    "de": "auszug, buchauszug, romanauszug, leseprobe, vorabdruck",
    "fr": "extrait, extraits", "es": "fragmento, extracto", "it": "estratto",
    "pt": "excerto", "nl": "fragment, voorpublicatie", "sv": "utdrag", "nb": "utdrag",
    "da": "uddrag", "pl": "fragment", "cs": "úryvek",
}  # fmt: skip
# authors.py: "Source:" closing a story without a byline ("Quelle: dpa"): the source credited.
SOURCE_LABELS = {
    "en": "source", "de": "quelle", "es": "fuente", "pt": "fonte", "fr": "source", "it": "fonte",
    "nl": "bron", "pl": "źródło", "cs": "zdroj", "sk": "zdroj", "ru": "источник", "uk": "джерело",
    "lt": "šaltinis", "is": "heimild", "he": "מקור", "hi": "स्रोत", "zh": "来源, 來源",
    "ms": "sumber", "sw": "chanzo", "tr": "kaynak", "sv": "källa", "nb": "kilde", "da": "kilde",
    "ro": "sursa, sursă", "hu": "forrás", "fi": "lähde", "et": "allikas", "lv": "avots",
    "hr": "izvor", "sr": "izvor", "sl": "vir", "bg": "източник", "el": "πηγή", "id": "sumber",
}  # fmt: skip
# authors.py: a line closing an interview that names who asked ("Das Interview führte Anna
# Muster."), read where no byline names anyone: the interviewer is the piece's writer.
INTERVIEW_CREDITS = {
    "en": "interview by, interviewed by, interview conducted by",
    "de": "das interview führte, das interview führten, das gespräch führte, das gespräch "
    "führten, die fragen stellte, die fragen stellten, interview geführt von",
}  # fmt: skip
# authors.py: a guest piece's closing note on its writer ("Die Autorin Anna Muster ist
# Professorin ..."), read where no byline names anyone: the name after the opener, before a verb.
AUTHOR_NOTES = {
    "de": "die autorin, der autor, unsere autorin, unser autor, zur autorin:, zum autor:",
}  # fmt: skip
# authors.py: the newsroom crediting itself in a byline, alone ("Por Redação", "Da Redação",
# "Redakce"): the author where no source names anyone, printed without "by" and "from the".
NEWSROOM_WORDS = {
    "en": "newsroom, newsdesk, news desk, editorial staff, editorial team",
    "de": "redaktion", "fr": "rédaction, la rédaction",
    "es": "redacción, la redacción", "pt": "redação, redacção, a redação",
    "it": "redazione, la redazione",
    "nl": "redactie, de redactie", "sv": "redaktionen", "nb": "redaksjonen", "da": "redaktionen",
    "pl": "redakcja", "cs": "redakce", "sk": "redakcia", "ru": "редакция", "uk": "редакція",
    "lt": "redakcija", "is": "ritstjórn", "ms": "meja berita, redaksi", "id": "redaksi",
    "fi": "toimitus", "hu": "szerkesztőség", "tr": "haber merkezi", "he": "מערכת",
    "sw": "mwandishi wetu, waandishi wetu",
    "ca": "redacció, la redacció", "gl": "redacción, a redacción", "eu": "erredakzioa",
    "vi": "ban thời sự, tòa soạn, toà soạn", "th": "กองบรรณาธิการ",
}  # fmt: skip
# ... the word before it saying "from the" ("Da Redação", "De la redacción", "From the newsroom")
NEWSROOM_FROM = {
    "en": "from the",
    # ("Von der Redaktion": "der" left after the "by" word, as "Par la rédaction" keeps "la")
    "de": "der",
    "pt": "da, do",
    "es": "de la, desde la",
    "it": "dalla",
    "fr": "de la",
}
# authors.py: a public body's noun after a "by" word ("Von der Stadt Hannover", "Par la
# mairie", "Por el Gobierno", "Av regjeringen", "Από τον Δήμο Αθηναίων"): a sentence's "from
# the city", no byline. Nouns no person is named (Greek "δήμο" only before a place's
# genitive: Δήμος is a given name too; authors.py reads it so).
INSTITUTION_WORDS = {
    "en": "government, council, city council, city hall, city of, municipality, ministry, police, "
    "department, mayor's office",
    "de": "stadt, gemeinde, regierung, bundesregierung, landesregierung, polizei, ministerium, "
    "rathaus, stadtverwaltung, verwaltung, behörde, feuerwehr, kommune, landkreis, kreis, "
    "bezirk, bundesamt, landratsamt, staatsanwaltschaft",
    "fr": "mairie, ville, gouvernement, ministère, préfecture, commune, police, gendarmerie, "
    "conseil, région, département, municipalité",
    "es": "gobierno, ayuntamiento, ministerio, policía, junta, alcaldía, municipalidad, "
    "generalitat, xunta, diputación, consejería, guardia civil",
    "it": "comune, governo, ministero, regione, provincia, polizia, prefettura, questura",
    "pt": "governo, prefeitura, câmara, ministério, polícia, município",
    "nl": "gemeente, regering, politie, ministerie, provincie",
    "nb": "regjeringen, kommunen, politiet, departementet, fylkeskommunen",
    "da": "regeringen, kommunen, politiet, ministeriet", "sv": "regeringen, kommunen, polisen",
    "pl": "urząd, urzędu, rząd, rządu, ministerstwo, policja, gmina, gminy, miasto, miasta",
    "el": "υπουργείο, υπουργείου, κυβέρνηση, κυβέρνησης, περιφέρεια, περιφέρειας, "
    "αστυνομία, αστυνομίας",
}  # fmt: skip
# authors.py: beside `INSTITUTION_WORDS`, the nouns of bodies that publish under their own
# name ("Example University", "Musterverein", "Example Trust"): such a byline names no person,
# and is kept only where no source names one. Casefolded whole words.
ORGANISATION_KIND_WORDS = {
    "en": "university, college, office, authority, commission, committee, association, society, "
    "foundation, trust, federation, institute, hospital, clinic, company, corporation, "
    "partnership, laboratories",
    "de": "universität, hochschule, verein, verband, stiftung, kammer, institut, amt, klinikum",
    "fr": "université, association, fondation, fédération, institut, office",
    "es": "universidad, asociación, fundación, federación, instituto",
    "it": "università, associazione, fondazione, federazione, istituto",
    "pt": "universidade, associação, fundação, federação, instituto",
    "nl": "universiteit, vereniging, stichting, instituut",
    "sv": "universitet, förening, stiftelse", "nb": "universitet, forening, stiftelse",
    "da": "universitet, forening, fond", "pl": "uniwersytet, stowarzyszenie, fundacja",
    # no "kamara" (chamber): Kamara is a common surname ("Source: Ibrahim Kamara, AFP")
    "hu": "egyetem, egyesület, alapítvány, intézet, kórház, hivatal, szövetség",
    # "विश्व बैंक की रिपोर्ट" (the World Bank's report): bank, ministry, commission,
    # organisation, department, university, institute, council, authority, committee,
    # board, company, police, court
    # (no "सरकार", government, nor "निगम", corporation: Sarkar and Nigam are common surnames,
    # "अमित सरकार की रिपोर्ट")
    "hi": "बैंक, मंत्रालय, आयोग, संगठन, विभाग, विश्वविद्यालय, संस्थान, परिषद, "
    "प्राधिकरण, समिति, बोर्ड, कंपनी, पुलिस, अदालत, न्यायालय",
    # Urdu's ("عالمی بینک کی رپورٹ"): bank, government, ministry, commission, institution,
    # organisation, university, police, court
    "ur": "بینک, حکومت, وزارت, کمیشن, ادارہ, تنظیم, یونیورسٹی, پولیس, عدالت",
}  # fmt: skip
# authorcredits.py: the kinds of body that take a person's name ("Robert Koch Institut",
# "Hans Böckler Stiftung", "Elisabeth Klinikum", "Carlsberg Fond"): a given name before one
# is the body's, no reporter's surname ("Quelle: Otto Stiftung, dpa")
PERSON_NAMED_KINDS = {
    "de": "universität, hochschule, stiftung, institut, klinikum",
    "nl": "universiteit, stichting, instituut", "sv": "universitet, stiftelse",
    "nb": "universitet, stiftelse", "da": "universitet, fond",
}  # fmt: skip
# authorcredits.py: firms cited as figures' sources whose name reads as a person's, a known
# given name first ("Source: Reuters, Charles Schwab"): a body, no reporter (their shape
# alone cannot tell them from "Jane Doe"). Casefolded, whole names.
_EPONYMOUS_FIRMS = """
charles schwab, morgan stanley, goldman sachs, edward jones, raymond james, dow jones,
franklin templeton, janus henderson, piper sandler, julius baer, edmond de rothschild,
merrill lynch, wells fargo, jones lang lasalle, knight frank, oliver wyman, roland berger,
simon kucher, marsh mclennan, grant thornton, arthur andersen, russell reynolds, robert half,
henry schein, thomas cook, john deere, robert bosch, hugo boss, ralph lauren, calvin klein,
louis vuitton, christian dior, estée lauder, georg fischer, carl zeiss, philip morris,
harley davidson, aston martin, johnson matthey, clifford chance, baker mckenzie, herbert smith,
allen overy, morgan lewis, jane street, charles river, hargreaves lansdown, cantor fitzgerald
"""
EPONYMOUS_FIRMS = frozenset(n.strip().casefold() for n in _EPONYMOUS_FIRMS.split(","))
# authors.py: parties' letters, as papers print them in brackets after a politician's name
# ("Anna Muster (SPD)"): a party, not an agency's letters or a writer's initials.
PARTY_LETTERS = {
    "de": "spd, cdu, csu, fdp, afd, bsw, linke, grüne, övp, spö, fpö, neos, svp, glp, sp, evp",
    "en": "gop, snp, dup, anc, bjp, ndp, lib, lab, con, dem, rep",
    "fr": "ps, lr, rn, lfi, eelv, modem, ump, pcf", "es": "psoe, pp, vox, erc, pnv",
    "it": "pd, fdi, fi, lega, m5s", "pt": "psd, ps, cds, pt, psdb, pl", "nl": "vvd, pvv, cda, pvda",
    "sv": "m, s, kd, sd", "pl": "pis, ko, psl", "cs": "ano, ods", "hu": "fidesz", "ro": "psd, pnl",
}  # fmt: skip
# authors.py: international bodies' letters spelled out (no word read: "NATO", "UNICEF"
# are), as papers print them in brackets after a spokesperson's or a guest's name ("Jane Doe
# (UNHCR)"): whom she speaks for, no agency's letters the agencies' table lacks. The UN's own
# bodies ("UNDP", "UNRWA", any "UN...") are read by their first letters too.
BODY_LETTERS = frozenset({
    "icrc", "ifrc", "ohchr", "unhcr", "undp", "unfpa", "unrwa", "unsc", "ecdc", "ebrd", "echr",
    "ipcc", "iucn", "wmo", "wto", "who", "imf", "ilo", "iom", "wfp", "fao", "msf", "hrw",
})  # fmt: skip


def body_letters(letters: str) -> bool:
    """ "UNHCR", "ICRC", "UNMIK": an international body's letters (`BODY_LETTERS`), or the
    UN's own ("UN" and two letters or more, no agency's: "UNIAN" is Ukraine's)."""
    w = letters.casefold()
    return w in BODY_LETTERS or (len(w) >= 4 and w.startswith("un") and w not in AGENCIES)


# authors.py: an official's title after a public body's word ("Police Chief Jane Doe",
# "Council Member ...", "la maire ..."): a guest writer, no body. Lower case.
OFFICIAL_TITLES = {
    "en": "chief, member, minister, head, commissioner, councillor, councilor, councilman, "
    "councilwoman, spokesperson, spokesman, spokeswoman, officer, director, secretary, mayor, "
    "president, chair, chairman, chairwoman, deputy, superintendent, sheriff, inspector, leader, "
    "official, representative, adviser, advisor",
    "de": "sprecher, sprecherin, präsident, präsidentin, bürgermeister, bürgermeisterin, "
    "minister, ministerin, direktor, direktorin, chef, chefin, leiter, leiterin",
    "fr": "ministre, maire, porte-parole, directeur, directrice, préfet, préfète, président, "
    "présidente, adjoint, adjointe, conseiller, conseillère",
    "es": "ministro, ministra, alcalde, alcaldesa, portavoz, director, directora, presidente, "
    "presidenta, consejero, consejera, concejal, concejala, jefe, jefa",
    "it": "sindaco, ministro, ministra, assessore, assessora, presidente, direttore, direttrice, "
    "portavoce, consigliere, consigliera",
    "pt": "ministro, ministra, prefeito, prefeita, secretário, secretária, presidente, diretor, "
    "diretora, porta-voz, vereador, vereadora",
    "nl": "minister, burgemeester, woordvoerder, woordvoerster, wethouder, directeur, commissaris",
}  # fmt: skip
# authors.py: "from"/"in" opening a byline part after a name ("Ana Souza, de São Paulo",
# "Anna Nowak, z Warszawy"): where the writer filed from, no second name. Lower case only.
PLACE_WORDS = {
    "en": "in, from", "de": "aus, in", "fr": "à, de, depuis", "es": "desde, en, de",
    "pt": "de, em, do, da, desde", "it": "da, dal, a, in", "nl": "uit, in, vanuit", "sv": "från",
    "nb": "fra", "da": "fra", "pl": "z, ze, w, we", "cs": "z, ze, v, ve", "sk": "z, zo, v, vo",
    "ro": "din, la, în", "el": "από, στην, στο, στη", "ru": "из, в, во", "uk": "з, із, в, у",
    "hr": "iz, u", "sl": "iz, v", "ar": "من, في", "fa": "از, در", "id": "dari, di",
    "vi": "từ, tại", "ca": "des de",
}  # fmt: skip
# titleparts.py: "in" before a place closing a title's part ("Fire in Berlin" on
# berlin.example): a headline's clause about the host's place, no paper's name. The words
# names use ("from", "aus", "de", "della": "Nachrichten aus Kiel") are not here.
LOCATIVE_WORDS = {
    "en": "in, at, near", "de": "in, im, bei", "fr": "à, en", "es": "en", "pt": "em, no, na",
    "it": "in, a, nel, nella", "nl": "in, bij", "sv": "i, på", "nb": "i, på", "da": "i, på",
    "pl": "w, we", "cs": "v, ve", "sk": "v, vo", "ro": "în, la", "ru": "в, во", "uk": "в, у",
    "hr": "u", "sl": "v", "id": "di", "ms": "di", "vi": "tại, ở",
}  # fmt: skip
# titleparts.py: one word a title opens with before a headline about the host's town that
# is the story's kind or desk, no portal's name ("Interview - Leben in Wien", "Sport - Derby
# in Leeds" on wien.example, leeds.example), beside the labels of MEDIA_LABELS/LIVE_WORDS.
KICKER_WORDS = {
    "en": "interview, opinion, analysis, comment, commentary, editorial, review, explainer, "
    "exclusive, update, sport, sports, weather, traffic, police, crime, obituary, alert, "
    "politics, business, culture, local",
    "de": "interview, meinung, kommentar, analyse, kritik, leitartikel, exklusiv, update, sport, "
    "wetter, verkehr, polizei, blaulicht, nachruf, alarm, politik, wirtschaft, kultur, lokales",
    "fr": "entretien, interview, opinion, tribune, analyse, éditorial, critique, exclusif, sport, "
    "météo, police, faits-divers, politique, économie, culture",
    "es": "entrevista, opinión, análisis, editorial, crítica, exclusiva, deportes, tiempo, "
    "sucesos, política, economía, cultura",
    "it": "intervista, opinione, commento, analisi, editoriale, esclusiva, sport, meteo, "
    "cronaca, politica, economia, cultura",
    "pt": "entrevista, opinião, análise, editorial, crítica, exclusivo, esportes, desporto, "
    "tempo, polícia, política, economia, cultura",
    "nl": "interview, opinie, column, analyse, recensie, sport, weer, politie, politiek, cultuur",
    "sv": "intervju, debatt, ledare, krönika, analys, recension, sport, väder, polis",
    "nb": "intervju, debatt, leder, kommentar, analyse, anmeldelse, sport, vær, politi",
    "da": "interview, debat, leder, kommentar, analyse, anmeldelse, sport, vejr, politi",
    "pl": "wywiad, opinia, komentarz, analiza, recenzja, sport, pogoda, policja",
}  # fmt: skip
# authors.py: a newsroom's desks by where their stories happen (home, abroad, the region),
# printed in capitals after a writer's surname ("Jansen, BINNENLAND"): her desk, no given name.
DESK_WORDS = {
    "en": "national, international, world, metro, regional",
    "de": "inland, ausland, regional, lokal",
    "nl": "binnenland, buitenland, regio", "sv": "inrikes, utrikes", "nb": "innenriks, utenriks",
    "da": "indland, udland", "fi": "kotimaa, ulkomaat", "it": "interni, esteri",
    "es": "nacional, internacional", "pt": "nacional, internacional, mundo",
    "fr": "monde, régions", "pl": "kraj, świat", "cs": "domácí, zahraničí",
    "hu": "belföld, külföld",
}  # fmt: skip
# site.py: a two-word tail's first word that makes it a headline's phrase, not a paper's
# name, before a paper's noun its host spells by initials ("Keine Post" on kp.example,
# "Tough Times" on tt.example): negations, quantities, possessives, verdicts.
NOT_PAPER_OPENERS = {
    "en": "more, less, your, our, their, this, that, these, those, every, some, good, bad, "
    "hard, tough, sad, dark, best, worst, strange, happy",
    "de": "keine, kein, mehr, weniger, viel, viele, unsere, unser, eure, ihre, seine, diese, "
    "jede, alle, gute, schlechte, harte, schwere, beste, traurige, rettet",
    "fr": "aucun, aucune, plus, moins, notre, votre, leur, chaque, bonnes, mauvaises, sale",
    "es": "ningún, ninguna, más, menos, nuestro, nuestra, buenas, malas, pocas, pocos",
    "pt": "nenhum, nenhuma, mais, menos, nosso, nossa, boas, más, poucas",
    "it": "nessun, nessuna, più, meno, nostro, nostra, buone, cattive",
    "nl": "geen, meer, minder, onze, ons, goed, goede, slecht, slechte",
    "sv": "ingen, inga, mer, mindre, vår, våra, goda, dåliga",
    "nb": "ingen, mer, mindre, vår, våre, gode, dårlige",
    "da": "ingen, mere, mindre, vores, gode, dårlige",
    "fi": "ei, lisää, hyvät, huonot",
    "pl": "żadnej, więcej, mniej, nasza, nasz, dobre, złe",
}  # fmt: skip
# byline.py: "our" before a staff role ("Door onze verslaggever Jan de Vries"): cut with it.
STAFF_POSSESSIVES = {
    "en": "our", "de": "unser, unsere, unserem, unserer, unseren", "fr": "notre, nos",
    "es": "nuestro, nuestra", "pt": "nosso, nossa", "it": "nostro, nostra", "nl": "onze, ons",
    "sv": "vår", "nb": "vår", "da": "vores", "pl": "nasz, nasza", "cs": "náš, naše",
    "fi": "meidän", "sw": "wetu",
}  # fmt: skip
# authors.py: "and" between two full names ("Jane Doe und John Roe"): split there.
AND_WORDS = {
    "en": "and", "de": "und, sowie", "fr": "et", "es": "y, e", "pt": "e", "it": "e", "nl": "en",
    "af": "en", "sv": "och", "nb": "og", "da": "og", "tr": "ve, ile", "ru": "и", "pl": "i, oraz",
    "cs": "a", "sk": "a", "fi": "ja", "et": "ja", "hu": "és", "ro": "și, şi", "el": "και",
    "hr": "i", "sr": "i, и", "uk": "і, та", "bg": "и", "lv": "un", "lt": "ir", "id": "dan",
    "ms": "dan", "vi": "và", "sw": "na", "ca": "i", "tl": "at", "hi": "और", "th": "และ",
    "zh": "和", "ar": "و", "sq": "dhe", "bn": "ও, এবং", "ur": "اور",
    "hy": "եւ", "ka": "და", "am": "እና", "ko": "및",
}  # fmt: skip
# ... and those that are common words of other languages (Slovenian "in" is English "in"):
# a split there only on a page in their own language ("Maja Novak in Luka Kralj").
AND_WORDS_OWN = {"sl": "in"}

# datetext.py: month names and abbreviations, " | " between months (January first).
# Printed from CLDR by scripts/cldr_months.py. Where two languages spell different months
# alike (Polish/Czech "listopad" is November, Croatian October), the earlier line wins.
MONTH_NAMES = {
    "en": "january jan | february feb | march mar | april apr | may | june jun | july jul | "
    "august aug | september sep | october oct | november nov | december dec",
    "de": "januar jan | februar feb | märz marz mär mar | april apr | mai | juni jun | juli "
    "jul | august aug | september sept sep | oktober okt | november nov | dezember "
    "dez",
    "fr": "janvier janv | février fevrier févr fevr | mars | avril avr | mai | juin | "
    "juillet juil | août aout | septembre sept | octobre oct | novembre nov | "
    "décembre decembre déc dec",
    "es": "enero ene | febrero feb | marzo mar | abril abr | mayo may | junio jun | julio "
    "jul | agosto ago | septiembre sept | octubre oct | noviembre nov | diciembre dic",
    "it": "gennaio gen | febbraio feb | marzo mar | aprile apr | maggio mag | giugno giu | "
    "luglio lug | agosto ago | settembre set | ottobre ott | novembre nov | dicembre "
    "dic",
    "pt": "janeiro jan | fevereiro fev | março marco mar | abril abr | maio mai | junho jun "
    "| julho jul | agosto ago | setembro set | outubro out | novembro nov | dezembro "
    "dez",
    "nl": "januari jan | februari feb | maart mrt | april apr | mei | juni jun | juli jul | "
    "augustus aug | september sep | oktober okt | november nov | december dec",
    "pl": "stycznia sty styczeń styczen | lutego lut luty | marca mar marzec | kwietnia kwi "
    "kwiecień kwiecien | maja maj | czerwca cze czerwiec | lipca lip lipiec | "
    "sierpnia sie sierpień sierpien | września wrzesnia wrz wrzesień wrzesien | "
    "października pazdziernika paź paz październik pazdziernik | listopada lis "
    "listopad | grudnia gru grudzień grudzien",
    "cs": "ledna led leden | února unora úno uno únor unor | března brezna bře bre březen "
    "brezen | dubna dub duben | května kvetna kvě kve květen kveten | června cervna "
    "čvn cvn červen cerven | července cervence čvc cvc červenec cervenec | srpna srp "
    "srpen | září zari zář zar | října rijna říj rij říjen rijen | listopadu lis "
    "listopad | prosince pro prosinec",
    "sk": "januára januara jan január januar | februára februara feb február februar | "
    "marca mar marec | apríla aprila apr apríl april | mája maja máj maj | júna juna "
    "jún jun | júla jula júl jul | augusta aug august | septembra sep september | "
    "októbra oktobra okt október oktober | novembra nov november | decembra dec "
    "december",
    "fi": "tammikuuta tammi tammikuu | helmikuuta helmi helmikuu | maaliskuuta maalis "
    "maaliskuu | huhtikuuta huhti huhtikuu | toukokuuta touko toukokuu | kesäkuuta "
    "kesakuuta kesä kesa kesäkuu kesakuu | heinäkuuta heinakuuta heinä heina heinäkuu "
    "heinakuu | elokuuta elo elokuu | syyskuuta syys syyskuu | lokakuuta loka lokakuu "
    "| marraskuuta marras marraskuu | joulukuuta joulu joulukuu",
    "hu": "január januar jan | február februar febr | március marcius márc marc | április "
    "aprilis ápr apr | május majus máj maj | június junius jún jun | július julius "
    "júl jul | augusztus aug | szeptember szept | október oktober okt | november nov "
    "| december dec",
    "ro": "ianuarie ian | februarie feb | martie mar | aprilie apr | mai | iunie iun | "
    "iulie iul | august aug | septembrie sept | octombrie oct | noiembrie nov | "
    "decembrie dec",
    "el": "ιανουαρίου ιανουαριου ιαν ιανουάριος ιανουαριος | φεβρουαρίου φεβρουαριου φεβ "
    "φεβρουάριος φεβρουαριος | μαρτίου μαρτιου μαρ μάρτιος μαρτιος μάρ | απριλίου "
    "απριλιου απρ απρίλιος απριλιος | μαΐου μαιου μαΐ μαι μάιος μαιος μάι | ιουνίου "
    "ιουνιου ιουν ιούνιος ιουνιος ιούν | ιουλίου ιουλιου ιουλ ιούλιος ιουλιος ιούλ | "
    "αυγούστου αυγουστου αυγ αύγουστος αυγουστος αύγ | σεπτεμβρίου σεπτεμβριου σεπ "
    "σεπτέμβριος σεπτεμβριος | οκτωβρίου οκτωβριου οκτ οκτώβριος οκτωβριος | "
    "νοεμβρίου νοεμβριου νοε νοέμβριος νοεμβριος νοέ | δεκεμβρίου δεκεμβριου δεκ "
    "δεκέμβριος δεκεμβριος",
    "hr": "siječnja sijecnja sij siječanj sijecanj | veljače veljace velj veljača veljaca | "
    "ožujka ozujka ožu ozu ožujak ozujak | travnja tra travanj | svibnja svi svibanj "
    "| lipnja lip lipanj | srpnja srp srpanj | kolovoza kol kolovoz | rujna ruj rujan "
    "| listopada lis listopad | studenoga stu studeni | prosinca pro prosinac",
    "sl": "januar jan | februar feb | marec mar | april apr | maj | junij jun | julij jul | "
    "avgust avg | september sep | oktober okt | november nov | december dec",
    "sr": "јануар јан | фебруар феб | март мар | април апр | мај | јун | јул | август авг | "
    "септембар сеп | октобар окт | новембар нов | децембар дец",
    "uk": "січня січ січень | лютого лют лютий | березня бер березень | квітня квіт квітень "
    "| травня трав травень | червня черв червень | липня лип липень | серпня серп "
    "серпень | вересня вер вересень | жовтня жовт жовтень | листопада лист листопад | "
    "грудня груд грудень",
    "ru": "января янв январь | февраля февр февраль | марта мар март | апреля апр апрель | "
    "мая май | июня июн июнь | июля июл июль | августа авг август | сентября сент "
    "сентябрь | октября окт октябрь | ноября нояб ноябрь | декабря дек декабрь",
    "bg": "януари яну | февруари фев | март | април апр | май | юни | юли | август авг | "
    "септември сеп | октомври окт | ноември ное | декември дек",
    "tr": "ocak oca | şubat subat şub sub | mart mar | nisan nis | mayıs may | haziran haz "
    "| temmuz tem | ağustos agustos ağu agu | eylül eylul eyl | ekim eki | kasım kas "
    "| aralık ara",
    "da": "januar jan | februar feb | marts mar | april apr | maj | juni jun | juli jul | "
    "august aug | september sep | oktober okt | november nov | december dec",
    "sv": "januari jan | februari feb | mars | april apr | maj | juni | juli | augusti aug "
    "| september sep | oktober okt | november nov | december dec",
    "nb": "januar jan | februar feb | mars mar | april apr | mai | juni jun | juli jul | "
    "august aug | september sep | oktober okt | november nov | desember des",
    "id": "januari jan | februari feb | maret mar | april apr | mei | juni jun | juli jul | "
    "agustus agu | september sep | oktober okt | november nov | desember des",
    "ms": "januari jan | februari feb | mac | april apr | mei | jun | julai jul | ogos ogo "
    "| september sep | oktober okt | november nov | disember dis",
    "th": "มกราคม | กุมภาพันธ์ | มีนาคม | เมษายน | พฤษภาคม | มิถุนายน | กรกฎาคม | สิงหาคม | "
    "กันยายน | ตุลาคม | พฤศจิกายน | ธันวาคม",
    "hi": "जनवरी जन | फ़रवरी फ़र | मार्च | अप्रैल | मई | जून | जुलाई जुल | अगस्त अग | "
    "सितंबर सित | अक्टूबर अक्टू | नवंबर नव | दिसंबर दिस",
    "af": "januarie jan | februarie feb | maart mrt | april apr | mei | junie jun | julie "
    "jul | augustus aug | september sep | oktober okt | november nov | desember des",
    "sw": "januari jan | februari feb | machi mac | aprili apr | mei | juni jun | julai jul "
    "| agosti ago | septemba sep | oktoba okt | novemba nov | desemba des",
    "ca": "gener gen | febrer febr | març marc | abril abr | maig | juny | juliol jul | "
    "agost | setembre set | octubre oct | novembre nov | desembre des",
    "et": "jaanuar jaan | veebruar veebr | märts marts | aprill apr | mai | juuni | juuli | "
    "august aug | september sept | oktoober okt | november nov | detsember dets",
    "lv": "janvāris janvaris janv | februāris februaris febr | marts | aprīlis aprilis apr "
    "| maijs | jūnijs junijs jūn jun | jūlijs julijs jūl jul | augusts aug | "
    "septembris sept | oktobris okt | novembris nov | decembris dec",
    "lt": "sausio saus sausis | vasario vas vasaris | kovo kov kovas | balandžio balandzio "
    "bal balandis | gegužės geguzes geg gegužė geguze | birželio birzelio birž birz "
    "birželis birzelis | liepos liep liepa | rugpjūčio rugpjucio rugp rugpjūtis "
    "rugpjutis | rugsėjo rugsejo rugs rugsėjis rugsejis | spalio spal spalis | "
    "lapkričio lapkricio lapkr lapkritis | gruodžio gruodzio gruod gruodis",
    "he": "ינואר | פברואר | מרץ | אפריל | מאי | יוני | יולי | אוגוסט | ספטמבר | אוקטובר | "
    "נובמבר | דצמבר",
    "ar": "يناير | فبراير | مارس | أبريل | مايو | يونيو | يوليو | أغسطس | سبتمبر | أكتوبر | "
    "نوفمبر | ديسمبر",
    "fa": "ژانویه | فوریه | مارس | آوریل | مه | ژوئن | ژوئیه | اوت | سپتامبر | اکتبر | "
    "نوامبر | دسامبر",
    "tl": "enero ene | pebrero peb | marso mar | abril abr | mayo may | hunyo hun | hulyo "
    "hul | agosto ago | setyembre set | oktubre okt | nobyembre nob | disyembre dis",
    # Albanian and Azerbaijani: the whole names only (their CLDR abbreviations "pri", "sen"
    # are words of other languages); Georgian, Armenian (with the genitive), Urdu
    "sq": "janar | shkurt | mars | prill | maj | qershor | korrik | gusht | shtator | tetor | "
    "nëntor nentor | dhjetor",
    "az": "yanvar | fevral | mart | aprel | may | iyun | iyul | avqust | sentyabr | oktyabr | "
    "noyabr | dekabr",
    "ka": "იანვარი იან | თებერვალი თებ | მარტი მარ | აპრილი აპრ | მაისი მაი | ივნისი ივნ | "
    "ივლისი ივლ | აგვისტო აგვ | სექტემბერი სექ | ოქტომბერი ოქტ | ნოემბერი ნოე | "
    "დეკემბერი დეკ",
    "hy": "հունվարի հնվ հունվար | փետրվարի փտվ փետրվար | մարտի մրտ մարտ | ապրիլի ապր ապրիլ "
    "| մայիսի մյս մայիս | հունիսի հնս հունիս | հուլիսի հլս հուլիս | օգոստոսի օգս "
    "օգոստոս | սեպտեմբերի սեպ սեպտեմբեր | հոկտեմբերի հոկ հոկտեմբեր | նոյեմբերի նոյ "
    "նոյեմբեր | դեկտեմբերի դեկ դեկտեմբեր",
    "ur": "جنوری | فروری | مارچ | اپریل | مئی | جون | جولائی | اگست | ستمبر | اکتوبر | "
    "نومبر | دسمبر",
    "bn": "জানুয়ারি জানু | ফেব্রুয়ারি ফেব | মার্চ | এপ্রিল এপ্রি | মে | জুন | জুলাই জুল | "
    "আগস্ট আগ | সেপ্টেম্বর সেপ সেপ্ট | অক্টোবর অক্টো | নভেম্বর নভে | ডিসেম্বর ডিসে",
    # Icelandic (not CLDR's "ág." for August: two letters), Marathi
    "is": "janúar jan | febrúar feb | mars mar | apríl apr | maí | júní jún | júlí júl | ágúst | "
    "september sep | október okt | nóvember nóv | desember des",
    "mr": "जानेवारी | फेब्रुवारी | मार्च | एप्रिल | मे | जून | जुलै | ऑगस्ट | सप्टेंबर | ऑक्टोबर | "
    "नोव्हेंबर | डिसेंबर",
    # Nepali (CLDR's `ne`; Nepal's pages date in Bikram Sambat too, not read here)
    "ne": "जनवरी | फेब्रुअरी | मार्च | अप्रिल | मे | जुन | जुलाई | अगस्ट | सेप्टेम्बर | अक्टोबर | "
    "नोभेम्बर | डिसेम्बर",
    # (Tamil "ஆக", August's abbreviation, is also "as", "to": "rose to 12 ஆக")
    "ta": "ஜனவரி ஜன | பிப்ரவரி பிப் | மார்ச் மார் | ஏப்ரல் ஏப் | மே | ஜூன் | ஜூலை | ஆகஸ்ட் "
    "| செப்டம்பர் செப் | அக்டோபர் அக் | நவம்பர் நவ | டிசம்பர் டிச",
    # Languages of unseen publishers (session 22): the full names in MONTH_NAMES; their short
    # abbreviations, often words of their own or other languages ("ira", "sat", "там", "ජන"),
    # in MONTH_OWN below. Khmer, Burmese, Lao and Mongolian lines are CLDR's as babel gives
    # them (scripts/cldr_months.py drops those scripts); Mongolian's months are "fifth month"
    # ("тавдугаар сарын", "5 сарын"), read as the ordinal word (datetext spells them out).
    # Sinhala: the Gregorian names pages print, then CLDR's traditional ones.
    "eu": "urtarrila | otsaila | martxoa | apirila | maiatza | ekaina | uztaila | abuztua | "
    "iraila | urria | azaroa | abendua",
    "gl": "xaneiro xan | febreiro feb | marzo mar | abril abr | maio | xuño xuno | xullo xul | "
    "agosto ago | setembro set | outubro out | novembro nov | decembro dec",
    "te": "జనవరి | ఫిబ్రవరి | మార్చి | ఏప్రిల్ | మే | జూన్ | జులై జూలై | ఆగస్టు | సెప్టెంబర్ | "
    "అక్టోబర్ | నవంబర్ | డిసెంబర్",
    "ml": "ജനുവരി | ഫെബ്രുവരി | മാർച്ച് | ഏപ്രിൽ | മേയ് മെയ് | ജൂൺ | ജൂലൈ | ഓഗസ്റ്റ് ആഗസ്റ്റ് | "
    "സെപ്റ്റംബർ | ഒക്‌ടോബർ ഒക്ടോബർ | നവംബർ | ഡിസംബർ",
    "kn": "ಜನವರಿ | ಫೆಬ್ರವರಿ | ಮಾರ್ಚ್ | ಏಪ್ರಿಲ್ | ಮೇ | ಜೂನ್ | ಜುಲೈ | ಆಗಸ್ಟ್ | ಸೆಪ್ಟೆಂಬರ್ | ಅಕ್ಟೋಬರ್ | "
    "ನವೆಂಬರ್ | ಡಿಸೆಂಬರ್",
    "gu": "જાન્યુઆરી | ફેબ્રુઆરી | માર્ચ | એપ્રિલ | મે | જૂન | જુલાઈ | ઑગસ્ટ ઓગસ્ટ | સપ્ટેમ્બર | "
    "ઑક્ટોબર ઓક્ટોબર | નવેમ્બર | ડિસેમ્બર",
    "pa": "ਜਨਵਰੀ | ਫ਼ਰਵਰੀ ਫਰਵਰੀ | ਮਾਰਚ | ਅਪ੍ਰੈਲ ਅਪਰੈਲ | ਮਈ | ਜੂਨ | ਜੁਲਾਈ | ਅਗਸਤ | ਸਤੰਬਰ | ਅਕਤੂਬਰ | "
    "ਨਵੰਬਰ | ਦਸੰਬਰ",
    "si": "ජනවාරි දුරුතු | පෙබරවාරි නවම් | මාර්තු මැදින් | අප්‍රේල් අප්රේල් බක් | මැයි වෙසක් | "
    "ජූනි පොසොන් | ජූලි ඇසළ | අගෝස්තු නිකිණි | සැප්තැම්බර් බිනර | ඔක්තෝබර් වප් | "
    "නොවැම්බර් ඉල් | දෙසැම්බර් උඳුවප්",
    "km": "មករា | កុម្ភៈ | មីនា | មេសា | ឧសភា | មិថុនា | កក្កដា | សីហា | កញ្ញា | តុលា | វិច្ឆិកា | "
    "ធ្នូ",
    "my": "ဇန်နဝါရီ | ဖေဖော်ဝါရီ | မတ် | ဧပြီ | မေ | ဇွန် | ဇူလိုင် | ဩဂုတ် သြဂုတ် | စက်တင်ဘာ | "
    "အောက်တိုဘာ | နိုဝင်ဘာ | ဒီဇင်ဘာ",
    "am": "ጃንዋሪ ጃኑዋሪ | ፌብሩዋሪ | ማርች | ኤፕሪል | ሜይ | ጁን | ጁላይ | ኦገስት | ሴፕቴምበር | ኦክቶበር | "
    "ኖቬምበር | ዲሴምበር",
    "kk": "қаңтар | ақпан | наурыз | сәуір | мамыр | маусым | шілде | тамыз | қыркүйек | қазан | "
    "қараша | желтоқсан",
    "mn": "нэгдүгээр | хоёрдугаар | гуравдугаар | дөрөвдүгээр | тавдугаар | зургаадугаар | "
    "долоодугаар | наймдугаар | есдүгээр | аравдугаар | арваннэгдүгээр | арванхоёрдугаар",
    "ha": "janairu | faburairu fabrairu | maris | afirilu afrilu | mayu | yuni | yuli | agusta | "
    "satumba | oktoba | nuwamba | disamba",
    "zu": "januwari | februwari | mashi | ephreli | meyi | juni | julayi | agasti | septhemba | "
    "okthoba | novemba | disemba",
    "ga": "eanáir eanair | feabhra | márta marta | aibreán aibrean | bealtaine | meitheamh | "
    "iúil iuil | lúnasa lunasa | mfómh mfomh | dfómh dfomh | samhain | nollaig",
    "cy": "ionawr | chwefror | mawrth | ebrill | mai | mehefin | gorffennaf | awst | medi | "
    "hydref | tachwedd | rhagfyr",
    "mk": "јануари јан | февруари фев | март мар | април апр | мај | јуни јун | јули јул | "
    "август авг | септември сеп | октомври окт | ноември ное | декември дек",
    "be": "студзеня студзень | лютага люты | сакавіка сакавік | красавіка красавік | мая май "
    "траўня траўень | чэрвеня чэрвень | ліпеня ліпень | жніўня жнівень | верасня верасень | "
    "кастрычніка кастрычнік | лістапада лістапад | снежня снежань",
    "ky": "январь | февраль | март | апрель | май | июнь | июль | август | сентябрь | октябрь | "
    "ноябрь | декабрь",
    "tg": "январ | феврал | март | апрел | май | июн | июл | август | сентябр | октябр | ноябр | "
    "декабр",
    "lo": "ມັງກອນ | ກຸມພາ | ມີນາ | ເມສາ | ພຶດສະພາ | ມິຖຸນາ | ກໍລະກົດ | ສິງຫາ | ກັນຍາ | ຕຸລາ | "
    "ພະຈິກ | ທັນວາ",
    "ps": "جنوري | فبروري فېبروري | مارچ | اپریل | مۍ | جون | جولای | اګست | سېپتمبر سپتمبر | "
    "اکتوبر | نومبر | دسمبر",
    "ku": "rêbendan rebendan | sibat | adar | nîsan nisan | gulan | hezîran heziran | tîrmeh "
    "tirmeh | tebax | îlon ilon | cotmeh | mijdar | berfanbar",
    "so": "janaayo jannaayo | febraayo | maarso | abriil | maayo | juun | luulyo | agosto ogosto | "
    "sebtembar sebteembar | oktoobar | noofeembar | diseembar",
    "mt": "jannar | frar | marzu | april | mejju | ġunju gunju | lulju | awwissu | settembru | "
    "ottubru | novembru | diċembru dicembru",
}  # fmt: skip
# datetext.py: forms CLDR lacks that pages print (Austrian "Jänner", "Sept.", German "Mrz").
MONTH_EXTRA = {
    "en": "| | | | | | | | sept | | |", "de": "jänner jän | feber | maerz mrz | | | | | | | | |",
    "es": "| | | | | | | | setiembre | | |", "tr": "| | | | mayis | | | | | | kasim | aralik",
    "ru": "| | | | | | | | сен | | ноя |", "pt": "| fev | | | | | | | | | |",
    "pl": "styczeń | luty | marzec | kwiecień | | czerwiec | lipiec | sierpień | wrzesień | "
    "październik | listopad | grudzień",
    # Serbian and Bosnian in Latin letters with the genitive ("3. marta"); Cyrillic genitives
    "sr": "januar januara јануара | februar februara фебруара | mart marta марта | april aprila "
    "априла | maj maja маја | jun juna јуна | jul jula јула | avgust avgusta августа | septembar "
    "septembra септембра | oktobar oktobra октобра | novembar novembra новембра | decembar "
    "decembra децембра",
    "sl": "januarja | februarja | marca | aprila | maja | junija | julija | avgusta | septembra "
    "| oktobra | novembra | decembra",  # Slovenian genitive ("3. januarja 2026")
    "lv": "janvārī | februārī | martā | aprīlī | maijā | jūnijā | jūlijā | augustā | septembrī "
    "| oktobrī | novembrī | decembrī",  # Latvian locative
    # CLDR's Hebrew abbreviations, which end in a geresh (U+05F3) the CLDR script leaves out
    "he": "ינו | פבר | | אפר | | | | אוג | ספט | אוק | נוב | דצמ",
    # Arabic: Levantine/Iraqi names (the two-word ones are read in datetext), Maghreb and
    # Moroccan names, spellings without hamza
    "ar": "جانفي ينار | شباط فيفري | آذار اذار | نيسان أفريل افريل ابريل إبريل | أيار ايار ماي "
    "| حزيران جوان يونيه | تموز جويلية يوليوز يوليه | آب أوت اغسطس غشت | أيلول ايلول شتنبر "
    "| اكتوبر | نونبر | دجنبر",
    "fa": "ژانویه | فوریه | | آوریل | | | ژوییه | آگوست | | | |",
    # Hindi spellings with a half consonant ("दिसम्बर") or without the nukta ("फरवरी")
    "hi": "| फरवरी | | अप्रेल | | | | | सितम्बर | अक्तूबर | नवम्बर | दिसम्बर",
    # Basque: the genitive a date prints ("2026ko maiatzaren 13a") and the ergative of
    # "maiatzak 13" (May 13th)
    "eu": "urtarrilaren urtarrilak | otsailaren otsailak | martxoaren martxoak | apirilaren "
    "apirilak | maiatzaren maiatzak | ekainaren ekainak | uztailaren uztailak | abuztuaren "
    "abuztuak | irailaren irailak | urriaren urriak | azaroaren azaroak | abenduaren abenduak",
    # Malayalam's chillu letters as older pages encode them (a consonant, virama and ZWJ)
    "ml": "| | മാര്‍ച്ച് | ഏപ്രില്‍ | | ജൂണ്‍ | | | സെപ്റ്റംബര്‍ | "
    "ഒക്ടോബര്‍ | നവംബര്‍ | ഡിസംബര്‍",
    # Kazakh in Latin letters (the 2018 and 2021 alphabets: "4 jeltoqsan 2026")
    "kk": "qańtar qantar | aqpan | naýryz nauryz | sáýir säuır sauir | mamyr | maýsym mausym | "
    "shilde şılde | tamyz | qyrkúiek qyrküiek qyrkuiek | qazan | qarasha qaraşa | jeltoqsan",
    # Sorani Kurdish: the one-word months (the two-word ones are read in datetext)
    "ckb": "| شوبات | ئازار | نیسان | ئایار | حوزەیران | تەممووز تەمموز | ئاب | ئەیلوول ئەیلول | "
    "| |",
    # Burmese: the month with "လ" (month) glued on ("မေလ ၁၃ ရက်")
    "my": "ဇန်နဝါရီလ | ဖေဖော်ဝါရီလ | မတ်လ | ဧပြီလ | မေလ | ဇွန်လ | ဇူလိုင်လ | ဩဂုတ်လ သြဂုတ်လ | "
    "စက်တင်ဘာလ | အောက်တိုဘာလ | နိုဝင်ဘာလ | ဒီဇင်ဘာလ",
    # Tajik: the month before its year with the izofat ("13 майи соли 2026")
    "tg": "январи | феврали | марти | апрели | майи | июни | июли | августи | сентябри | октябри "
    "| ноябри | декабри",
    # Kyrgyz: the month with its possessive ("2026-жылдын 13-майы")
    "ky": "январы | февралы | марты | апрели | майы | июну | июлу | августу | сентябры | октябры "
    "| ноябры | декабры",
    # Kurdish (Kurmanji): the month with its izafe ("13ê gulanê 2026")
    "ku": "rêbendanê | sibatê | adarê | nîsanê | gulanê | hezîranê | tîrmehê | tebaxê | îlonê | "
    "cotmehê | mijdarê | berfanbarê",
}  # fmt: skip
# datetext.py: month abbreviations that are words of their own or another language (Basque
# "ira", Hausa "sat", Kazakh "там" is Russian "there", Telugu "జన" "people", Maltese "fra"):
# read only on a page in that language, in a date with its day and year (never as a month
# word beside a name: authors.py's MONTHS holds none of them).
MONTH_OWN = {
    "eu": "urt | ots | mar | api | mai | eka | uzt | abu | ira | urr | aza | abe",
    "te": "జన | ఫిబ్ర | | ఏప్రి | | | | ఆగ | సెప్టెం | అక్టో | నవం | డిసెం",
    "ml": "ജനു | ഫെബ്രു | മാർ | ഏപ്രി | | | | ഓഗ | സെപ്റ്റം | ഒക്ടോ | നവം | ഡിസം",
    "kn": "ಜನ | ಫೆಬ್ರ | | ಏಪ್ರಿ | | | | ಆಗ | ಸೆಪ್ಟೆಂ | ಅಕ್ಟೋ | ನವೆಂ | ಡಿಸೆಂ",
    "gu": "જાન્યુ | ફેબ્રુ | | | | | | | સપ્ટે | ઑક્ટો | નવે | ડિસે",
    "pa": "ਜਨ | ਫ਼ਰ | | ਅਪ੍ਰੈ | | | ਜੁਲਾ | ਅਗ | ਸਤੰ | ਅਕਤੂ | ਨਵੰ | ਦਸੰ",
    "si": "ජන | පෙබ | මාර් | | | | | අගෝ | සැප් | ඔක් | නොවැ | දෙසැ",
    "my": "ဇန် | ဖေ | | ဧ | | | ဇူ | ဩ | စက် | အောက် | နို | ဒီ",
    "am": "ጃን | ፌብ | | ኤፕሪ | | | | ኦገስ | ሴፕቴ | ኦክቶ | ኖቬም | ዲሴም",
    "kk": "қаң | ақп | нау | сәу | мам | мау | шіл | там | қыр | қаз | қар | жел",
    "ha": "jan | fab | mar | afi | may | yun | yul | agu | sat | okt | nuw | dis",
    "zu": "jan | feb | mas | eph | mey | jun | jul | aga | sep | okt | nov | dis",
    "ga": "ean | feabh | | aib | beal | meith | | lún lun | | | samh | noll",
    "cy": "ion | chwef chw | maw | ebr | | meh | gorff gor | | | hyd | tach | rhag",
    "be": "сту | лют | сак | кра | тра | чэр | ліп | жні | вер | кас | ліс | сне",
    "ku": "rbn | sbt | adr | nsn | gln | hzr | trm | tbx | îln iln | cot | mjd | brf",
    "so": "jan | feb | mar | abr | may | jun | lul | ogs | seb | okt | nof | dis",
    "mt": "jan | fra | mar | apr | mej | ġun gun | lul | aww | set | ott | nov | diċ dic",
    # CLDR's abbreviations of Albanian, Azerbaijani, Uzbek and Marathi ("3 dhj 2026", "9 iyl 2026",
    # "28 नोव्हें, 2026"), kept out of MONTH_NAMES ("pri", "sen" are other languages' words)
    "sq": "jan | shk | mar | pri | maj | qer | korr | gush | sht | tet | nën nen | dhj",
    "az": "yan | fev | mar | apr | may | iyn | iyl | avq | sen | okt | noy | dek",
    "uz": "yan | fev | mar | apr | may | iyn | iyl | avg | sen | okt | noy | dek",
    "mr": "जाने | फेब्रु | | एप्रि | | | | ऑग | सप्टें | ऑक्टो | नोव्हें | डिसें",
}  # fmt: skip
# datetext.py: the Solar Hijri months of Iranian pages ("۱۲ اسفند ۱۴۰۴"): such a date is
# turned into the Gregorian one.
SOLAR_HIJRI_MONTHS = {
    "fa": "فروردین | اردیبهشت | خرداد | تیر | مرداد | شهریور | مهر | آبان | آذر | دی | بهمن | "
    "اسفند",
    # Afghanistan's names of the same months: Dari's (the zodiac's: Hamal, Sawr, Jawza ...)
    # and Pashto's
    "prs": "حمل | ثور | جوزا جوزای | سرطان | اسد | سنبله | میزان | عقرب | قوس | جدی | دلو | حوت",
    "ps": "وری | غویی غوایی | غبرگولی | چنګاښ چنگاښ | زمری | وږی | تله | لړم | لیندۍ لیندی | "
    "مرغومی | سلواغه | کب",
    # ... and Dari's in Latin letters, as Afghan papers print them in English ("14 Qaws
    # 1405"): read only before a year of that calendar (13xx, 14xx)
    "prs-Latn": "hamal | sawr saur sowr | jawza jauza jawzā jowza | saratan saratān | asad | "
    "sunbula sonbola sunbulah sumbula | mizan mīzān | aqrab | qaws qaus qous | jadi jaddi jadey "
    "jaddy | dalw dalv | hut hoot hoth",
}  # fmt: skip
# datebikram.py: Nepal's Bikram Sambat months as Nepali pages spell them, Baishakh first
# (the spoken names, then the Sanskrit ones: "मंसिर", "मार्ग").
BIKRAM_SAMBAT_MONTHS = (
    "बैशाख वैशाख बैसाख | जेठ जेष्ठ ज्येष्ठ | असार आषाढ असाढ | साउन श्रावण | भदौ भाद्र | "
    "असोज आश्विन | कात्तिक कार्तिक | मंसिर मङ्सिर मार्ग | पुस पुष पौष | माघ | फागुन फाल्गुन | "
    "चैत चैत्र"
)
# ... and in Latin letters, as Nepal's English-language pages print them ("Mangsir 17, 2083"):
# the common spellings, not "Push" or "Pus" (English words).
BIKRAM_SAMBAT_MONTHS_LATIN = (
    "baishakh baisakh baisakha baishak vaishakh vaisakh | jestha jeth jyeshtha jeshtha jyestha | "
    "asar asadh ashadh ashar asaar | shrawan saun sawan shravan srawan | bhadra bhadau bhado | "
    "asoj ashwin aswin ashoj | kartik kattik kartika | mangsir mangshir mansir marga | "
    "poush paush | magh | falgun phalgun fagun phagun | chaitra chait"
)
# datehijri.py: Islamic (lunar) Hijri months, "|" between months, "/" between spellings
# ("١٤ رمضان ١٤٤٧ هـ"; Indonesian/Malay, Turkish and English transliterations).
LUNAR_HIJRI_MONTHS = {
    "ar": "محرم / المحرم | صفر | ربيع الأول / ربيع الاول / ربيع أول | ربيع الآخر / ربيع الثاني / "
    "ربيع ثاني | جمادى الأولى / جمادى الاولى / جمادى الأول | جمادى الآخرة / جمادى الثانية / "
    "جمادى الآخر | رجب | شعبان | رمضان | شوال | ذو القعدة / ذي القعدة | ذو الحجة / ذي الحجة",
    "latn": "muharram / muharam | safar / sapar | rabiul awal / rabi al-awwal / rabi' al-awwal | "
    "rabiul akhir / rabi al-thani / rabi' al-thani | jumadil awal / jumada al-awwal | "
    "jumadil akhir / jumada al-thani | rajab / recep | syaban / sya'ban / shaban / sha'ban | "
    "ramadan / ramadhan / ramazan | syawal / shawwal / şevval | zulkaidah / dhu al-qadah / "
    "dhul qadah | zulhijah / dzulhijjah / dhu al-hijjah / dhul hijjah",
}  # fmt: skip
# authors.py: months of other calendars as printed in Latin letters by papers writing in
# English or another Latin-script language ("Ram Sharma Baisakh 12", "Ali Reza 14 Esfand"):
# Iran's solar Hijri, Hebrew and Ethiopian months (Nepal's, the lunar Hijri and Afghan ones
# are read from the tables above). Only a date beside a day's number marks them (many are
# names too: "Azar", "Mehr", "Rajab"), and a Gregorian date beside a name wins.
OTHER_CALENDAR_MONTHS_LATIN = (
    "farvardin ordibehesht khordad tir mordad amordad shahrivar mehr aban azar dey bahman esfand "
    "tishrei tishri cheshvan heshvan kislev tevet shevat adar nisan iyar sivan tammuz elul "
    "meskerem tikimt tekemt hidar hedar tahsas tahisas ter yekatit megabit miyazya ginbot sene "
    "hamle nehase pagume"
)


def other_calendar_months() -> frozenset[str]:
    """Latin-script month words of calendars other than the Gregorian: Nepal's Bikram Sambat,
    the lunar Hijri (its one-word spellings), Afghanistan's, Iran's, the Hebrew and Ethiopian."""
    words = BIKRAM_SAMBAT_MONTHS_LATIN.replace("|", " ").split()
    words += LUNAR_HIJRI_MONTHS["latn"].replace("|", "/").split("/")
    words += SOLAR_HIJRI_MONTHS["prs-Latn"].replace("|", " ").split()
    words += OTHER_CALENDAR_MONTHS_LATIN.split()
    return frozenset(w.strip().casefold() for w in words if w.strip() and " " not in w.strip())


# datetext.py: month abbreviations with dots inside ("มี.ค."), spelt out before reading.
MONTH_DOTTED = {
    "th": "ม.ค. | ก.พ. | มี.ค. | เม.ย. | พ.ค. | มิ.ย. | ก.ค. | ส.ค. | ก.ย. | ต.ค. | พ.ย. | ธ.ค.",
    "lo": "ມ.ກ. | ກ.ພ. | ມ.ນ. | ມ.ສ. | ພ.ພ. | ມິ.ຖ. | ກ.ລ. | ສ.ຫ. | ກ.ຍ. | ຕ.ລ. | ພ.ຈ. | ທ.ວ.",
}  # fmt: skip
# datetext.py: the words for "day", "month" and "year" that Khmer, Lao and Burmese dates glue
# to their numbers and names ("ថ្ងៃទី១៣ ខែឧសភា ឆ្នាំ២០២៦"): read as spaces.
CALENDAR_WORDS = {
    "km": "ថ្ងៃទី, ខែ, ឆ្នាំ", "lo": "ວັນທີ, ເດືອນ, ປີ", "my": "ခုနှစ်, ရက်နေ့, ရက်",
}  # fmt: skip
# dates.py: words a date line's label runs on into where the script prints no space between
# words ("อัปเดตล่าสุด", "last updated"; "เผยแพร่เมื่อ", "published when"; "ปรับปรุงแล้ว",
# "updated already"): the label is one with them, not where other letters follow it
# ("ปรับปรุงถนน", road repairs).
LABEL_TAILS = {
    "th": "ล่าสุด, ครั้งล่าสุด, เมื่อ, แล้ว, วันที่, เวลา",
    "lo": "ລ່າສຸດ, ຄັ້ງລ່າສຸດ, ເມື່ອ, ແລ້ວ, ວັນທີ, ເວລາ",
    "km": "ចុងក្រោយ, នៅ, ថ្ងៃទី, កាលពី",
}  # fmt: skip
# datetext.py: era marks between a month and its year ("2 ธันวาคม พ.ศ. 2569", Buddhist era;
# "ค.ศ." the common era): dropped before reading (the year itself says which era it is).
YEAR_ERA_MARKS = {"th": "พ.ศ., ค.ศ."}
# datetext.py/datelines.py: words before a dotted time ("kl. 15.44", "um 15.44", "klo 15.44").
CLOCK_BEFORE = {
    "de": "um", "nb": "kl", "da": "kl", "sv": "kl, klockan", "fi": "klo, kello", "it": "ore, alle",
    "sl": "ob", "nl": "om", "pl": "godz, o godz", "lv": "plkst", "et": "kell", "hr": "u",
    "lt": "val", "cs": "v", "sk": "o", "th": "เวลา", "id": "pukul", "ro": "ora",
}  # fmt: skip
# datetext.py: a length's word, before which a clock beside a day is a video's, a podcast's or
# a reading's length, not a time of day ("5.12.2026 | Lesezeit 4:30", "Video 2:45"); in any
# case, a colon after it or not. Only these: German and Finnish write every noun, and many
# places, in capitals ("Anpfiff 14:30", "Hamburg 14:30" are times of day).
LENGTH_WORDS = {
    "en": "video, audio, podcast, duration, length, runtime, running time, reading time, "
    "read time, playtime",
    "de": "video, audio, podcast, dauer, länge, laufzeit, spieldauer, lesezeit, lesedauer, "
    "hördauer, spielzeit",
    "fr": "vidéo, audio, durée, temps de lecture", "es": "vídeo, video, audio, duración, "
    "tiempo de lectura", "pt": "vídeo, áudio, duração, tempo de leitura",
    "it": "video, audio, durata, tempo di lettura", "nl": "video, audio, duur, leestijd",
    "sv": "video, ljud, längd, lästid, speltid", "nb": "video, lyd, varighet, lengde, lesetid",
    "da": "video, lyd, varighed, længde, læsetid", "fi": "video, kesto, lukuaika",
    "pl": "wideo, audio, czas trwania, czas czytania", "cs": "video, délka, stopáž",
    "hu": "videó, hossz, időtartam", "tr": "video, süre, okuma süresi",
    "ru": "видео, длительность, продолжительность", "uk": "відео, тривалість",
}  # fmt: skip
# datetext.py: which part of the day a 12-hour time is in, said after it ("2:30 petang",
# "8:30 вечера", "4:30 de la tarde") or before it ("오후 2:30", "下午2:30", "du. 2:30"), where
# no "am"/"pm" is printed. Morning words make "12:30" 00:30; afternoon and evening words add
# 12 hours before noon; midday words to 1-6 o'clock ("1:00 tengah hari" 13:00, "中午11:30"
# 11:30); night words from 6 o'clock on, and make 12 midnight ("9:00 malam" 21:00,
# "2 часа ночи" 02:00).
CLOCK_MORNING = {
    "es": "de la mañana, de la madrugada", "pt": "da manhã, da madrugada", "fr": "du matin",
    "it": "del mattino, di mattina", "ru": "утра", "uk": "ранку, дп", "ms": "pagi", "id": "pagi",
    "tl": "ng umaga, ng madaling-araw", "hi": "पूर्वाह्न, सुबह", "he": "בבוקר, לפנה״צ", "hu": "de.",
    "ko": "오전, 새벽", "ja": "午前", "zh": "上午, 凌晨, 早上", "vi": "sáng",
    # CLDR's 12-hour marks printed after the time ("9:07 dop.", "9.07 ap.", "9:07 дп", "9:07 ÖÖ")
    "cs": "dop.", "sk": "dop.", "sl": "dop.", "fi": "ap.", "tr": "öö", "el": "πμ",
    "lt": "priešpiet", "lv": "priekšp., priekšpusdienā", "af": "vm.",
    "bn": "এএম, পূর্বাহ্ন", "ta": "முற்பகல்", "ur": "قبل دوپہر", "ne": "बिहान",
    # German's CLDR marks and words ("3:15 vorm.", "9:15 Uhr morgens")
    "de": "vorm., vormittags, morgens, uhr vorm., uhr vormittags, uhr morgens, uhr früh",
}  # fmt: skip
CLOCK_AFTERNOON = {
    "es": "de la tarde", "pt": "da tarde", "fr": "de l'après-midi, de l’après-midi, du soir",
    "it": "del pomeriggio, di sera, della sera", "ru": "вечера", "uk": "вечора, пп", "ms": "petang",
    "id": "sore", "tl": "ng hapon", "hi": "अपराह्न, शाम", "he": "אחר הצהריים, אחה״צ, אחה\"צ, בערב",
    "hu": "du.", "ko": "오후", "ja": "午後", "zh": "下午, 傍晚", "vi": "chiều",
    "cs": "odp.", "sk": "odp.", "sl": "pop.", "fi": "ip.", "tr": "ös", "el": "μμ",
    "lt": "popiet, pop.", "lv": "pēcp., pēcpusdienā", "af": "nm.",
    "bn": "পিএম, অপরাহ্ন", "ta": "பிற்பகல்", "ur": "بعد دوپہر", "ne": "दिउँसो, बेलुका, साँझ",
    "de": "nachm., nachmittags, abends, uhr nachm., uhr nachmittags, uhr abends",
}  # fmt: skip
CLOCK_MIDDAY = {
    "ru": "дня", "uk": "дня", "ms": "tengah hari", "id": "siang", "tl": "ng tanghali",
    "hi": "दोपहर", "zh": "中午", "ja": "昼",
}  # fmt: skip
CLOCK_NIGHT = {
    "es": "de la noche", "pt": "da noite", "ru": "ночи", "uk": "ночі", "ms": "malam",
    "id": "malam", "tl": "ng gabi", "hi": "रात", "he": "בלילה", "ja": "夜, 深夜",
    "zh": "晚上, 夜间, 夜間, 深夜", "ko": "밤", "ne": "राति",
}  # fmt: skip
# datetext.py: CLDR's 12-hour marks that are words of other languages ("em" is Portuguese for
# "in", "fm" a radio band), read after a time only on a page in their own language.
CLOCK_MARKS_OWN: dict[str, dict[str, str]] = {
    "sv": {"fm": "a", "f.m.": "a", "em": "p", "e.m.": "p"},
    "nn": {"f.m.": "a", "e.m.": "p"}, "nb": {"f.m.": "a", "e.m.": "p"},
    "no": {"f.m.": "a", "e.m.": "p"}, "is": {"f.h.": "a", "e.h.": "p"},
    "mk": {"претпл.": "a", "попл.": "p"},
    # CLDR's marks of languages whose pages print a 12-hour clock with them ("2:25 m.d.",
    # "9:40 i.n.", "2:25 ප.ව."): abbreviations of other languages' words ("m.d.", "to")
    "sq": {"p.d.": "a", "m.d.": "p", "e paradites": "a", "e pasdites": "p"},
    "ga": {"r.n.": "a", "i.n.": "p"}, "cy": {"yb": "a", "yh": "p"},
    "uz": {"to": "a", "tk": "p"}, "ha": {"sf": "a", "ym": "p", "safiya": "a", "yamma": "p"},
    "ku": {"bn": "a", "pn": "p"}, "so": {"gh": "a", "gd": "p"},
    "ky": {"тң": "a", "тк": "p", "таңкы": "a", "түштөн кийинки": "p"},
    "mn": {"ү.ө.": "a", "ү.х.": "p"}, "ps": {"غ.م": "a", "ع.م": "a", "غ.و.": "p"},
    "am": {"ጥዋት": "a", "ከሰዓት": "p"}, "lo": {"ກ່ອນທ່ຽງ": "a", "ຫຼັງທ່ຽງ": "p"},
    "my": {"နံနက်": "a", "ညနေ": "p"}, "si": {"පෙ.ව.": "a", "ප.ව.": "p"},
    "th": {"ก่อนเที่ยง": "a", "หลังเที่ยง": "p"},
    # Vietnamese's "SA"/"CH" (sáng, chiều): "04:20 CH" on a Swiss page is no afternoon
    "vi": {"sa": "a", "ch": "p"},
}  # fmt: skip
# datetext.py/datelines.py: words after a dotted time ("15.44 Uhr", "15.44 uur", "15.44 h").
CLOCK_AFTER = {
    "de": "uhr", "fr": "h", "nl": "uur", "pl": "godz", "cs": "hod", "sk": "hod", "hu": "óra",
    "th": "น", "es": "hrs, hs",
}  # fmt: skip
# datetext.py: a zone named in words beside a printed time, as pages name their own ("10h15
# (horário de Brasília)", "10:15 hs (hora argentina)", "北京时间2026年3月4日 10:15", "10:15 TSİ"):
# that zone's offset on the day (summer time too). Read in any language; each entry names the
# zone after "=". Not a bare "Eastern" nor "local time": they name no one zone.
ZONE_WORDS = {
    "pt": "horário de brasília = America/Sao_Paulo, "
          "hora de brasília = America/Sao_Paulo, "
          "horário oficial de brasília = America/Sao_Paulo, "
          "hora oficial de brasília = America/Sao_Paulo, "
          "horário de lisboa = Europe/Lisbon, hora de lisboa = Europe/Lisbon, "
          "hora de portugal = Europe/Lisbon",
    "es": "hora de méxico = America/Mexico_City, "
          "hora del centro de méxico = America/Mexico_City, "
          "hora de la ciudad de méxico = America/Mexico_City, "
          "hora de ciudad de méxico = America/Mexico_City, "
          "hora cdmx = America/Mexico_City, tiempo del centro = America/Mexico_City, "
          "hora peninsular = Europe/Madrid, hora de madrid = Europe/Madrid, "
          "hora de españa = Europe/Madrid, "
          "hora argentina = America/Argentina/Buenos_Aires, "
          "hora de argentina = America/Argentina/Buenos_Aires, "
          "hora de buenos aires = America/Argentina/Buenos_Aires, "
          "hora de chile = America/Santiago, hora chilena = America/Santiago, "
          "hora de colombia = America/Bogota, hora colombiana = America/Bogota, "
          "hora de lima = America/Lima, hora peruana = America/Lima, "
          "hora del perú = America/Lima, hora de venezuela = America/Caracas, "
          "hora venezolana = America/Caracas, hora de caracas = America/Caracas, "
          "hora de uruguay = America/Montevideo, hora uruguaya = America/Montevideo, "
          "hora de paraguay = America/Asuncion, hora paraguaya = America/Asuncion, "
          "hora de bolivia = America/La_Paz, hora boliviana = America/La_Paz, "
          "hora de ecuador = America/Guayaquil, hora ecuatoriana = America/Guayaquil, "
          "hora de cuba = America/Havana, hora cubana = America/Havana, "
          "hora de costa rica = America/Costa_Rica, "
          "hora de guatemala = America/Guatemala, hora de panamá = America/Panama, "
          "hora de república dominicana = America/Santo_Domingo",
    "fr": "heure de paris = Europe/Paris, heure française = Europe/Paris, "
          "heure de france = Europe/Paris, heure de montréal = America/Toronto, "
          "heure du québec = America/Toronto, heure de bruxelles = Europe/Brussels, "
          "heure belge = Europe/Brussels, heure suisse = Europe/Zurich, "
          "heure de genève = Europe/Zurich, heure de dakar = Africa/Dakar, "
          "heure d'alger = Africa/Algiers, heure d’alger = Africa/Algiers, "
          "heure de tunis = Africa/Tunis, heure marocaine = Africa/Casablanca, "
          "heure de casablanca = Africa/Casablanca, heure d'abidjan = Africa/Abidjan, "
          "heure d’abidjan = Africa/Abidjan, heure de kinshasa = Africa/Kinshasa",
    "it": "ora italiana = Europe/Rome, ora di roma = Europe/Rome",
    "de": "deutscher zeit = Europe/Berlin, mitteleuropäischer zeit = Europe/Berlin, "
          "schweizer zeit = Europe/Zurich, österreichischer zeit = Europe/Vienna",
    "nl": "nederlandse tijd = Europe/Amsterdam, belgische tijd = Europe/Brussels",
    "pl": "czasu polskiego = Europe/Warsaw",
    "el": "ώρα ελλάδας = Europe/Athens, ώρα ελλάδος = Europe/Athens",
    "ru": "по киевскому времени = Europe/Kyiv, по минскому времени = Europe/Minsk",
    "uk": "за київським часом = Europe/Kyiv",
    "tr": "tsi = Europe/Istanbul, tsi̇ = Europe/Istanbul, "
          "türkiye saati = Europe/Istanbul, türkiye saatiyle = Europe/Istanbul",
    "ar": "بتوقيت القاهرة = Africa/Cairo, بتوقيت مصر = Africa/Cairo, "
          "بتوقيت مكة المكرمة = Asia/Riyadh, بتوقيت مكة = Asia/Riyadh, "
          "بتوقيت السعودية = Asia/Riyadh, بتوقيت الرياض = Asia/Riyadh, "
          "بتوقيت الإمارات = Asia/Dubai, بتوقيت أبوظبي = Asia/Dubai, "
          "بتوقيت دبي = Asia/Dubai, بتوقيت القدس = Asia/Jerusalem, "
          "بتوقيت غرينتش = UTC, بتوقيت جرينتش = UTC, بتوقيت الدوحة = Asia/Qatar, "
          "بتوقيت بيروت = Asia/Beirut, بتوقيت بغداد = Asia/Baghdad, "
          "بتوقيت دمشق = Asia/Damascus, بتوقيت الجزائر = Africa/Algiers, "
          "بتوقيت تونس = Africa/Tunis, بتوقيت المغرب = Africa/Casablanca, "
          "بتوقيت الكويت = Asia/Kuwait",
    "fa": "به وقت تهران = Asia/Tehran",
    "he": "שעון ישראל = Asia/Jerusalem",
    "id": "waktu indonesia barat = Asia/Jakarta, "
          "waktu indonesia tengah = Asia/Makassar, "
          "waktu indonesia timur = Asia/Jayapura",
    "zh": "北京时间 = Asia/Shanghai, 北京時間 = Asia/Shanghai, 台北時間 = Asia/Taipei, "
          "台湾时间 = Asia/Taipei, 台灣時間 = Asia/Taipei, 香港時間 = Asia/Hong_Kong, "
          "香港时间 = Asia/Hong_Kong",
    "ja": "日本時間 = Asia/Tokyo",
    "ko": "한국시간 = Asia/Seoul, 한국 시간 = Asia/Seoul",
    "en": "eastern time = America/New_York, central time = America/Chicago, "
          "mountain time = America/Denver, pacific time = America/Los_Angeles, "
          "uk time = Europe/London, london time = Europe/London, "
          "paris time = Europe/Paris, beijing time = Asia/Shanghai, "
          "moscow time = Europe/Moscow, hong kong time = Asia/Hong_Kong, "
          "singapore time = Asia/Singapore, sydney time = Australia/Sydney, "
          "israel time = Asia/Jerusalem, japan time = Asia/Tokyo, "
          "korea time = Asia/Seoul, "
          # a capital's or a country's time, as English pages abroad print it
          "berlin time = Europe/Berlin, central european time = Europe/Berlin, "
          "eastern european time = Europe/Athens, athens time = Europe/Athens, "
          "kyiv time = Europe/Kyiv, kiev time = Europe/Kyiv, warsaw time = Europe/Warsaw, "
          "istanbul time = Europe/Istanbul, turkey time = Europe/Istanbul, "
          "irish time = Europe/Dublin, dublin time = Europe/Dublin, "
          "nairobi time = Africa/Nairobi, east africa time = Africa/Nairobi, "
          "lagos time = Africa/Lagos, west africa time = Africa/Lagos, "
          "cairo time = Africa/Cairo, egypt time = Africa/Cairo, "
          "south africa time = Africa/Johannesburg, johannesburg time = Africa/Johannesburg, "
          "central africa time = Africa/Maputo, "
          "dubai time = Asia/Dubai, uae time = Asia/Dubai, gulf standard time = Asia/Dubai, "
          "riyadh time = Asia/Riyadh, saudi time = Asia/Riyadh, "
          "arabia standard time = Asia/Riyadh, doha time = Asia/Qatar, "
          "tehran time = Asia/Tehran, iran time = Asia/Tehran, "
          "pakistan time = Asia/Karachi, pakistan standard time = Asia/Karachi, "
          "karachi time = Asia/Karachi, india time = Asia/Kolkata, "
          "indian standard time = Asia/Kolkata, delhi time = Asia/Kolkata, "
          "nepal time = Asia/Kathmandu, sri lanka time = Asia/Colombo, "
          "bangladesh time = Asia/Dhaka, dhaka time = Asia/Dhaka, "
          "bangkok time = Asia/Bangkok, thailand time = Asia/Bangkok, "
          "indochina time = Asia/Bangkok, vietnam time = Asia/Ho_Chi_Minh, "
          "hanoi time = Asia/Ho_Chi_Minh, jakarta time = Asia/Jakarta, "
          "western indonesian time = Asia/Jakarta, malaysia time = Asia/Kuala_Lumpur, "
          "kuala lumpur time = Asia/Kuala_Lumpur, manila time = Asia/Manila, "
          "philippine time = Asia/Manila, philippine standard time = Asia/Manila, "
          "taiwan time = Asia/Taipei, taipei time = Asia/Taipei, seoul time = Asia/Seoul, "
          "tokyo time = Asia/Tokyo, auckland time = Pacific/Auckland, "
          "new zealand time = Pacific/Auckland, melbourne time = Australia/Melbourne, "
          "perth time = Australia/Perth, brisbane time = Australia/Brisbane, "
          "adelaide time = Australia/Adelaide, mexico city time = America/Mexico_City, "
          "brasilia time = America/Sao_Paulo, brasília time = America/Sao_Paulo, "
          "argentina time = America/Argentina/Buenos_Aires, lisbon time = Europe/Lisbon, "
          "madrid time = Europe/Madrid, rome time = Europe/Rome",
}  # fmt: skip
# dates.py: a line opening with these states the modified time ("Aktualisiert: ...").
UPDATED_LABELS = {
    "en": "updated, last updated, modified, last modified, upd., update, last edited, revised",
    "de": "aktualisiert, zuletzt aktualisiert, akt., geändert, zuletzt geändert, aktualisierung, "
    "letzte aktualisierung, zuletzt bearbeitet, letzte änderung",
    "fr": "mis à jour, mise à jour, dernière mise à jour, modifié, actualisé",
    "es": "actualizado, actualizada, actualización, última actualización, modificado",
    "it": "aggiornato, aggiornamento, ultimo aggiornamento, ultima modifica, modificato",
    "nb": "oppdatert",
    "sv": "uppdaterad", "da": "opdateret",
    "nl": "bijgewerkt, gewijzigd, laatste update, laatst bijgewerkt, aangepast",
    "tr": "güncelleme, güncellendi, güncellenme",
    "ru": "обновлено, обновлена, обновлен, обновление, изменено, изменен",
    "zh": "更新, 更新时间, 更新時間, 最后更新, 最後更新, 修改时间, 修改時間, 编辑于, 編輯於, "
    "更新日期, 修改日期",
    "ja": "更新, 更新日時, 最終更新, 更新日, 最終更新日, 更新時刻",
    "ko": "수정, 업데이트, 최종수정, 최종 수정",
    "pt": "atualizado, atualizada, atualização", "fi": "päivitetty, muokattu",
    "pl": "zaktualizowano, aktualizacja, data aktualizacji, ostatnia aktualizacja",
    "is": "uppfært",
    "cs": "aktualizováno, aktualizace, upraveno",
    "sk": "aktualizované, aktualizovaný, aktualizácia, upravené",
    "hu": "frissítve, frissítés, frissült, utolsó frissítés, módosítva",
    "ro": "actualizat, actualizare, actualizată, data actualizării",
    # unaccented: a label in capitals drops its accents ("ΕΝΗΜΕΡΩΘΗΚΕ" lower-cases so)
    "el": "ενημερώθηκε, ενημερωθηκε, ανανεώθηκε, ανανεωθηκε, ενημέρωση, ενημερωση, upd",
    "hr": "ažurirano, zadnja izmjena", "sr": "ažurirano, ажурирано",
    "sl": "posodobljeno", "uk": "оновлено", "bg": "обновена, обновено, актуализирана",
    "id": "diperbarui", "ms": "dikemas kini, dikemaskini, kemaskini", "vi": "cập nhật",
    "th": "อัปเดต, แก้ไขล่าสุด, ปรับปรุงล่าสุด, ปรับปรุง, อัปเดตเมื่อ, ปรับปรุงเมื่อ, แก้ไขเมื่อ",
    "hi": "अपडेट, अपडेटेड, अंतिम अपडेट",
    "ar": "آخر تحديث, تحديث, تم التحديث, آخر تحديث في, تحديث في, تم التحديث في",
    "he": "עודכן, עדכון", "sw": "imesasishwa, ilisasishwa",
    "ca": "actualitzat", "et": "uuendatud, muudetud", "lv": "atjaunots, atjaunināts",
    "lt": "atnaujinta, atnaujinimas",
    "af": "bygewerk, opgedateer",
    "fa": "به‌روزرسانی, بروزرسانی, به روز شده, به روز رسانی, آخرین به‌روزرسانی, "
    "آخرین بروزرسانی, آخرین به روز رسانی",
    "bn": "আপডেট, হালনাগাদ, সর্বশেষ আপডেট, শেষ আপডেট", "ur": "اپ ڈیٹ, اپڈیٹ",
    "ta": "புதுப்பிக்கப்பட்டது", "sq": "përditësuar, përditësimi",
}  # fmt: skip
# dates.py: words of a label naming another thing's day, read where a line states an update
# and then a date a short label and a colon open ("Aktualisiert: 05.12.2026 | Quelle:
# 01.12.2026", "Updated: ... | Event: 3 Dec 2026"): that day is no publication. Any word of
# the label counts ("Event date:", "Photo credit:").
OTHER_DATE_WORDS = {
    "en": "source, sources, event, events, photo, photos, picture, image, deadline, meeting, "
    "session, hearing, match, game, kick-off, kickoff, trial, election, vote, valid, expires, "
    "closing, recorded, filmed, taken, interview, concert, show, premiere, release, due, start, "
    "end, ends, starts, opening, screening",
    "de": "quelle, quellen, termin, termine, veranstaltung, event, foto, fotos, bild, bilder, "
    "stichtag, frist, sitzung, spiel, anpfiff, wahl, abstimmung, gültig, aufnahme, aufgenommen, "
    "interview, konzert, premiere, beginn, ende, start, eröffnung, vorstellung, verhandlung, "
    "prozess, spieltag, sendetermin",
    "fr": "source, sources, événement, évènement, photo, photos, image, échéance, séance, match, "
    "audience, procès, élection, scrutin, concert, première, début, fin, ouverture",
    "es": "fuente, fuentes, evento, foto, fotos, imagen, plazo, sesión, partido, audiencia, "
    "juicio, elección, elecciones, concierto, estreno, inicio, fin, apertura",
    "it": "fonte, fonti, evento, foto, immagine, scadenza, seduta, partita, udienza, processo, "
    "elezioni, concerto, inizio, fine, apertura",
    "nl": "bron, bronnen, evenement, foto, afbeelding, termijn, deadline, zitting, wedstrijd, "
    "verkiezing, verkiezingen, concert, première, begin, einde, opening",
    "pt": "fonte, fontes, evento, foto, imagem, prazo, sessão, jogo, partida, audiência, "
    "julgamento, eleição, eleições, concerto, estreia, início, fim, abertura",
    "pl": "źródło, wydarzenie, zdjęcie, zdjęcia, termin, posiedzenie, mecz, rozprawa, wybory, "
    "koncert, premiera, początek, koniec",
    "sv": "källa, evenemang, foto, bild, match", "da": "kilde, begivenhed, foto, billede, kamp",
    "nb": "kilde, arrangement, foto, bilde, kamp", "fi": "lähde, tapahtuma, kuva, ottelu",
    "cs": "zdroj, událost, foto, zápas", "hu": "forrás, esemény, fotó, kép, mérkőzés",
    "tr": "kaynak, etkinlik, fotoğraf, maç", "ru": "источник, событие, фото, матч",
}  # fmt: skip
# dates.py: a line opening with these states the page "as of" a time ("Stand: 02.12.2026,
# 16:45 Uhr"): its last update, the publication only where the page states no other date.
AS_OF_LABELS = {"de": "stand:"}
# dates.py: words labelling the day a work comes out (a film, a book, a game reviewed): a
# day so labelled is the work's, not the article's ("Kinostart: 12. März 2026").
RELEASE_LABELS = {
    "en": "release date, released, release, out now, in cinemas, in theaters, in theatres, "
    "on sale, premiere, premiered, opening date",
    "de": "kinostart, im kino ab, erscheinungsdatum, erscheinungstermin, release, premiere, "
    "uraufführung", "fr": "date de sortie, sortie, sortie en salles, en salles, première",
    "es": "fecha de estreno, estreno, fecha de lanzamiento, lanzamiento",
    "pt": "data de lançamento, lançamento, estreia, estreou",
    "it": "data di uscita, uscita, in uscita, nelle sale", "nl": "releasedatum, "
    "verschijningsdatum, in de bioscoop", "sv": "premiär, releasedatum",
    "nb": "premiere, lanseringsdato", "da": "premiere, udgivelsesdato",
    "pl": "premiera, data premiery, data wydania", "tr": "vizyon tarihi, çıkış tarihi",
    "ru": "дата выхода, премьера, релиз", "ko": "개봉, 개봉일, 출시일", "ja": "発売日, 上映開始",
    "zh": "上映日期, 发行日期, 發行日期, 上市日期",
}  # fmt: skip
# zones.py: a country's name closing a page's postal `<address>` ("10115 Berlin, Germany"),
# in English and its own languages, keyed by its domain's code: the site's country where
# nothing else names one. Countries of one zone only (a newsroom's clock).
COUNTRY_NAMES = {
    "de": "germany, deutschland, allemagne, germania, alemania, duitsland",
    "at": "austria, österreich, autriche", "ch": "switzerland, schweiz, suisse, svizzera",
    "li": "liechtenstein", "lu": "luxembourg, luxemburg, lëtzebuerg",
    "be": "belgium, belgien, belgique, belgië", "nl": "netherlands, the netherlands, "
    "nederland, niederlande, pays-bas", "fr": "france, frankreich", "it": "italy, italia, "
    "italien", "es": "spain, españa, spanien", "pt": "portugal", "pl": "poland, polska, polen",
    "cz": "czech republic, czechia, česká republika, česko, tschechien",
    "sk": "slovakia, slovensko, slowakei", "hu": "hungary, magyarország, ungarn",
    "si": "slovenia, slovenija, slowenien", "hr": "croatia, hrvatska, kroatien",
    "rs": "serbia, srbija, србија, serbien", "ro": "romania, românia, rumänien",
    "bg": "bulgaria, българия, bulgarien", "gr": "greece, ελλάδα, griechenland",
    "tr": "turkey, türkiye, türkei", "dk": "denmark, danmark, dänemark",
    "no": "norway, norge, norwegen", "se": "sweden, sverige, schweden",
    "fi": "finland, suomi, finnland", "ie": "ireland, irland", "gb": "united kingdom, "
    "great britain, england, scotland, wales, großbritannien", "ee": "estonia, eesti",
    "lv": "latvia, latvija", "lt": "lithuania, lietuva", "ua": "ukraine, україна",
    "il": "israel, ישראל", "eg": "egypt, مصر", "za": "south africa", "ng": "nigeria",
    "ke": "kenya", "gh": "ghana", "in": "india, भारत", "pk": "pakistan", "jp": "japan, 日本",
    "kr": "south korea, republic of korea, 대한민국", "ph": "philippines", "sg": "singapore",
    "nz": "new zealand", "ar": "argentina", "co": "colombia", "pe": "peru, perú",
}  # fmt: skip
# dates.py: "corresponds to" between a lunar calendar's day and the common era's in a date
# line (Khmer, Thai, Lao pages print both): the date is the part after it.
CALENDAR_EQUALS = {"km": "ត្រូវនឹង, ត្រូវនិង", "th": "ตรงกับ", "lo": "ກົງກັບ, ຕົງກັບ"}
# datelines.py: a picture's credit label in its caption ("Foto: dpa, 01.12.2026, 10:00 Uhr"):
# a date just after it is the picture's.
PHOTO_CREDIT_LABELS = {
    "en": "photo, photograph, image, picture, credit", "de": "foto, fotos, bild, bilder",
    "fr": "photo, crédit photo, crédit", "es": "foto, imagen", "it": "foto", "nl": "foto, beeld",
    "pl": "fot., zdjęcie", "cs": "foto", "sv": "foto, bild", "da": "foto", "nb": "foto",
    "pt": "foto, imagem", "tr": "fotoğraf", "hu": "fotó",
}  # fmt: skip
# dates.py: words labelling an event's or a ruling's day at a date line's start
# ("Veranstaltung: 01.12.2026, 19:00 Uhr", "Urteil vom 01.12.2026"): not the article's where
# it has a date line of its own.
EVENT_LABELS = {
    "de": "veranstaltung, termin, datum der veranstaltung, urteil, beschluss, entscheidung, "
    "sitzung, gerichtsverhandlung, verhandlung", "en": "event, event date, ruling, judgment, "
    "judgement, hearing", "fr": "événement, évènement, arrêt, décision, audience",
    "es": "evento, sentencia, fallo, audiencia", "it": "evento, sentenza, udienza",
    "nl": "evenement, uitspraak", "pt": "evento, sentença, acórdão", "pl": "wydarzenie, wyrok",
}  # fmt: skip
# datelines.py: words labelling an embargo, the time before which a press release or an
# agency's piece may not go out ("Sperrfrist: 04.12.2026, 00:01 Uhr"): no publication time.
EMBARGO_LABELS = {
    "en": "embargo, embargoed, embargoed until, under embargo, not for release before, "
    "hold for release, hold for release until", "de": "sperrfrist, sperrfrist bis, embargo",
    "fr": "embargo, sous embargo, sous embargo jusqu'au", "es": "embargo, embargo hasta",
    "it": "embargo, embargo fino a, embargo fino al", "nl": "embargo, embargo tot",
    "da": "embargo, sperrefrist", "nb": "embargo, sperrefrist", "sv": "embargo",
    "pl": "embargo", "cs": "embargo", "pt": "embargo", "tr": "ambargo",
}  # fmt: skip
# dates.py: these words start the published part of a line that also states an update
# ("Aktualisiert am ... (erstmals veröffentlicht am ...)", "Updated ... · Published ...").
PUBLISHED_LABELS = {
    "en": "published, posted, first published",
    "de": "veröffentlicht, erstellt, publiziert, erschienen, erstmals veröffentlicht, "
    "zuerst veröffentlicht, erstmals erschienen",
    "fr": "publié, mis en ligne, créé",
    "es": "publicado, creado", "pt": "publicado, publicada", "it": "pubblicato, creato",
    "nl": "gepubliceerd, geplaatst", "nb": "publisert", "sv": "publicerad",
    "da": "publiceret, offentliggjort",
    "tr": "yayınlanma, yayınlandı, yayın tarihi, giriş, giriş tarihi, oluşturulma",
    "ru": "опубликовано, дата публикации, создано",
    "uk": "опубліковано, дата публікації",
    "pl": "opublikowano, publikacja, data publikacji, dodano, data utworzenia",
    "cs": "publikováno, vydáno", "sk": "publikované, uverejnené", "fi": "julkaistu",
    "hu": "közzétéve, megjelent, publikálva, létrehozva, megjelenés",
    "ro": "publicat, data publicării", "el": "δημοσιεύθηκε, δημοσιευθηκε, δημοσίευση, δημοσιευση",
    "hr": "objavljeno", "sr": "objavljeno, објављено", "sl": "objavljeno",
    "bg": "публикувано, публикувана",
    "ko": "입력, 등록, 게재, 발행, 송고, 기사작성",
    "ja": "公開, 配信, 公開日時, 配信日時, 掲載, 投稿, 公開日, 配信日, 掲載日, 投稿日",
    "zh": "发布, 發佈, 發布, 发表, 發表, 首发, 首發, "
    "发布时间, 發佈時間, 發布時間, 发表时间, 發表時間, 刊出, 刊登, 发布日期, 發佈日期, 發布日期, "
    "发表日期, 發表日期",
    "id": "diterbitkan, dipublikasikan", "vi": "đăng", "he": "פורסם",
    "ar": "نشر, تاريخ النشر, تم النشر, نُشر, نشر في, نُشر في, تم النشر في",
    "ca": "publicat", "et": "avaldatud", "lv": "publicēts", "lt": "paskelbta, publikuota",
    "th": "เผยแพร่, เผยแพร่เมื่อ, วันที่เผยแพร่", "hi": "प्रकाशित, पब्लिश्ड",
    "fa": "تاریخ انتشار, منتشر شده, انتشار", "sw": "imechapishwa", "af": "gepubliseer",
    "ms": "diterbitkan, disiarkan", "is": "birt, birtist",
    "bn": "প্রকাশিত, প্রকাশ, প্রকাশের সময়", "ur": "شائع, شائع شدہ",
    "ta": "வெளியிடப்பட்டது", "sq": "publikuar, publikimi",
}  # fmt: skip
# dates.py alone: the published and updated labels of languages of unseen publishers (session
# 22), read on the date lines only ("Argitaratua: 2026ko maiatzaren 13a", "ಪ್ರಕಟಿಸಲಾಗಿದೆ: ..."):
# a label in DATE_LABELS costs every text the body's and bylines' searches read (each label
# there cost the extractor a tenth of a per cent of its speed).
UPDATED_LABELS_DATES_ONLY = {
    "eu": "eguneratua, eguneratuta, azken eguneratzea", "gl": "actualizado, última actualización",
    # "modifica il 3 marzo 2025 | 16:20", "Modifica: 3 marzo 2025": the noun as a CMS prints
    # it before the day; not alone, the story's word for an amendment ("la modifica del 3
    # marzo 2025 al regolamento", "una modifica al ...")
    "it": "modifica il, modifica:",
    "te": "అప్‌డేట్, నవీకరించబడింది, అప్డేట్", "ml": "അപ്‌ഡേറ്റ് ചെയ്തത്, അപ്ഡേറ്റ് ചെയ്തത്, പുതുക്കിയത്",
    "kn": "ನವೀಕರಿಸಲಾಗಿದೆ, ಅಪ್‌ಡೇಟ್, ಅಪ್ಡೇಟ್", "gu": "અપડેટ, છેલ્લે અપડેટ", "pa": "ਅੱਪਡੇਟ, ਅਪਡੇਟ",
    "si": "යාවත්කාලීන කළේ, යාවත්කාලීන", "km": "ធ្វើបច្ចុប្បន្នភាព, កែប្រែ",
    "my": "ပြင်ဆင်ချိန်, အပ်ဒိတ်", "am": "የተሻሻለው, ተሻሽሏል", "kk": "жаңартылды, жаңартылған",
    "mn": "шинэчилсэн, шинэчлэгдсэн", "ha": "an sabunta", "zu": "kubuyekeziwe",
    "ga": "nuashonraithe, nuashonrú", "cy": "diweddarwyd, diweddariad",
    "mk": "ажурирано, ажурирана", "be": "абноўлена, абноўлены", "ky": "жаңыланды, жаңыртылды",
    "tg": "навсозӣ шуд, таҳрир шуд", "lo": "ອັບເດດ, ປັບປຸງ", "ps": "تازه شوی, نوی شوی",
    "ku": "hate nûkirin, nûkirin", "so": "la cusboonaysiiyay", "mt": "aġġornat, aggornat",
    "th": "อัพเดท, อัพเดต",  # common respellings of "อัปเดต"
    "tl": "na-update, in-update, huling update", "az": "yenilənib, yeniləndi",
    "ka": "განახლდა, განახლებულია", "hy": "թարմացվել է, թարմացված",
}  # fmt: skip
PUBLISHED_LABELS_DATES_ONLY = {
    "eu": "argitaratua, argitaratuta, argitalpen data", "gl": "publicado, publicada",
    "te": "ప్రచురించబడింది, ప్రచురణ", "ml": "പ്രസിദ്ധീകരിച്ചത്, പ്രസിദ്ധീകരിച്ചു",
    "kn": "ಪ್ರಕಟಿಸಲಾಗಿದೆ, ಪ್ರಕಟಿತ, ಪ್ರಕಟ", "gu": "પ્રકાશિત", "pa": "ਪ੍ਰਕਾਸ਼ਿਤ",
    "si": "පළ කළේ, ප්‍රකාශිත, පළ කළ දිනය", "km": "ចុះផ្សាយ, បានផ្សាយ, ផ្សាយ",
    "my": "ထုတ်ပြန်ချိန်, ရေးသားချိန်", "am": "የታተመው, ታትሟል, የተለጠፈው", "kk": "жарияланды, жарияланған",
    "mn": "нийтэлсэн, нийтлэгдсэн", "ha": "an wallafa, an buga", "zu": "kushicilelwe",
    "ga": "foilsithe, foilsíodh", "cy": "cyhoeddwyd", "mk": "објавено, објавена",
    "be": "апублікавана, апублікаваны", "ky": "жарыяланды, жарыяланган", "tg": "нашр шуд, интишор",
    "lo": "ເຜີຍແຜ່", "ps": "خپور شوی, خپره شوې", "ku": "hate weşandin, weşandin",
    "so": "la daabacay", "mt": "ippubblikat",
    "tl": "nailathala, inilathala", "az": "dərc edilib, dərc olunub, yayımlanıb",
    "ka": "გამოქვეყნდა, გამოქვეყნებულია", "hy": "հրապարակվել է, հրապարակված",
}  # fmt: skip
# dates.py alone: the publication named by a noun ("Erstveröffentlichung: ...", "Fecha de
# publicación: ...") or a rarer verb, read where a line states the update first. Kept out of
# DATE_LABELS: the bylines' and body's searches of every text pay for each label.
PUBLICATION_NOUNS = {
    "en": "publication date, publication",
    "de": "erstveröffentlichung, veröffentlichung, veröffentlichungsdatum, online seit",
    "fr": "publication, première publication, date de publication",
    "es": "publicación, fecha de publicación", "pt": "publicação, data de publicação",
    "it": "pubblicazione, data di pubblicazione", "nl": "publicatie, publicatiedatum",
    "da": "udgivet",
}  # fmt: skip
# datelineitems.py: a word before a date in a writer's bio box, a day the writer joined or
# last wrote, not the story's ("Joined March 3, 2019", "Dabei seit 3. März 2019", "Latest
# post 2 March 2026"). Never a word of an update's label ("last", "letzte", "dernière").
BIO_DATE_WORDS = {
    "en": "joined, since, latest, newest, recent", "de": "seit, beigetreten, neuester, neueste",
    "fr": "depuis, inscrit, inscrite, récent", "es": "desde, reciente", "pt": "desde, recente",
    "it": "dal, iscritto, iscritta, recente", "nl": "sinds, lid, nieuwste, recent",
    "sv": "sedan, medlem", "da": "siden, medlem", "nb": "siden, medlem", "pl": "od",
}  # fmt: skip
# Every label a date stamp opens with (updated, "as of", published), longest first: one list
# for dates.py's date lines, body.py's date stamps and authors.py's dates after a byline.
DATE_LABELS = sorted(
    dict.fromkeys([*entries(UPDATED_LABELS), *entries(AS_OF_LABELS), *entries(PUBLISHED_LABELS)]),
    key=len,
    reverse=True,
)
# daterelative.py: dates stated against the moment the page was read: the word saying
# "ago" before the amount ("vor 3 Stunden", "il y a 2 heures", "hace 5 minutos") ...
RELATIVE_AGO_BEFORE = {
    "de": "vor", "fr": "il y a", "es": "hace", "pt": "há", "cs": "před", "sk": "pred",
    "bg": "преди", "el": "πριν", "ro": "acum", "hr": "prije", "sr": "pre, пре", "sl": "pred",
    "ar": "منذ, قبل", "he": "לפני", "ca": "fa", "lv": "pirms", "lt": "prieš", "is": "fyrir",
}  # fmt: skip
# authors.py: "just now" printed after a byline's names in place of its time ("Jane Doe Just
# now"): the date's, no part of a name.
JUST_NOW = {
    "en": "just now", "de": "gerade eben, soeben", "fr": "à l'instant", "es": "ahora mismo",
    "pt": "agora mesmo", "it": "poco fa", "nl": "zojuist", "pl": "przed chwilą",
    "ru": "только что", "uk": "щойно", "tr": "az önce", "id": "baru saja", "vi": "vừa xong",
    "zh": "刚刚, 刚才, 剛剛", "ja": "たった今, 今さっき", "ko": "방금, 방금 전",
}  # fmt: skip
# authors.py: a section's name printed where a byline stands, before a time stated against
# now ("社会 刚才", "国際 3時間前"): one CJK word with no space is a writer's name there
# (`_name_alone`: "王小明 刚才"), but not one of these.
CJK_SECTION_WORDS = {
    "zh": "社会, 社會, 国际, 國際, 国内, 國內, 财经, 財經, 体育, 體育, 娱乐, 娛樂, 科技, 军事, "
    "軍事, 要闻, 要聞, 时政, 時政, 本地, 快讯, 快訊, 新闻, 新聞, 政治, 经济, 經濟, 文化, 教育, "
    "健康, 汽车, 汽車, 房产, 房產, 旅游, 旅遊, 评论, 評論, 观点, 觀點, 法治, 民生, 地方, 综合, "
    "綜合, 热点, 熱點, 两岸, 兩岸, 港澳, 生活, 时尚, 時尚, 头条, 頭條, 视频, 視頻",
    "ja": "社会, 国際, 国内, 政治, 経済, スポーツ, エンタメ, 芸能, 科学, 地域, 速報, 海外, "
    "ライフ, 文化, 暮らし, 話題, 事件, 気象, 動画, 特集",
}  # fmt: skip
# ... and after it ("3 hours ago", "2 時間前", "3시간 전", "för 2 timmar sedan", "3 ore fa",
# Icelandic "2 klst. síðan" beside its "fyrir 2 klst.").
RELATIVE_AGO_AFTER = {
    "en": "ago", "pt": "atrás", "it": "fa", "nl": "geleden", "sv": "sedan", "nb": "siden",
    "da": "siden", "fi": "sitten", "pl": "temu", "tr": "önce", "ru": "назад", "uk": "тому",
    "hu": "ezelőtt", "ro": "în urmă", "id": "yang lalu, lalu", "ms": "yang lalu, lalu",
    "vi": "trước", "ja": "前", "ko": "전", "zh": "前", "et": "tagasi", "af": "gelede",
    "hi": "पहले", "th": "ที่แล้ว, ก่อน", "fa": "پیش", "ur": "پہلے", "bn": "আগে",
    "tl": "ang nakalipas, nakalipas", "is": "síðan",
}  # fmt: skip
# ... but not where these follow it: Persian "۳ روز پیش از انتخابات" is "3 days before the
# election", no day before now.
RELATIVE_AGO_AFTER_NOT = {"fa": "از"}
# daterelative.py: "ago" after the unit and its amount, the unit first: Swahili "saa 3
# zilizopita" (3 hours ago), "dakika 1 iliyopita" (a minute ago).
RELATIVE_AGO_UNIT_FIRST = {"sw": "zilizopita, iliyopita"}
# daterelative.py: unit words, as stems a word starts with ("Stunde" finds "Stunden"); one
# letter stands only alone ("3 h", "3h", "5m ago"). The week is tried first ("minggu" is no minute).
# An entry ending in a dot is an abbreviation, read only whole: Icelandic "mín." ("5 mín.
# síðan"), no "mínimos", "mínus", "mínir".
RELATIVE_WEEK = {
    "en": "week, wk", "de": "woche", "fr": "semaine", "es": "semana", "pt": "semana",
    "it": "settiman", "nl": "week, weken", "sv": "veck", "nb": "uke", "da": "uge",
    "fi": "viikko, viikkoa", "pl": "tydzień, tygodn", "cs": "týd", "sk": "týžd", "tr": "hafta",
    "ru": "недел", "uk": "тиж", "bg": "седмиц", "el": "εβδομ", "ro": "săptămân", "hr": "tjed",
    "id": "minggu", "vi": "tuần", "ja": "週間, 週", "ko": "주", "zh": "周, 週, 星期",
    "ar": "أسبوع, أسابيع", "he": "שבוע", "ca": "setman", "af": "week",
    "hi": "हफ्ते, हफ़्ते, सप्ताह", "th": "สัปดาห์", "hu": "hét, hete",
    "lt": "savait", "lv": "nedēļ", "et": "nädal", "is": "vik", "fa": "هفته", "ur": "ہفت",
    "bn": "সপ্তাহ", "tl": "linggo", "sw": "wiki",
}  # fmt: skip
RELATIVE_DAY = {
    "en": "day, d", "de": "tag", "fr": "jour, j", "es": "día, dia", "pt": "dia", "it": "giorn",
    "nl": "dag", "sv": "dag, dygn", "nb": "dag, døgn, d", "da": "dag, døgn", "fi": "päivä",
    "pl": "dzień, dni", "cs": "den, dn", "sk": "deň, dň, dn", "tr": "gün", "ru": "дн, день",
    "uk": "дн, день", "bg": "ден, дни", "el": "μέρ, ημέρ", "hu": "nap", "ro": "zi",
    "hr": "dan", "id": "hari", "ms": "hari", "vi": "ngày", "ja": "日", "ko": "일", "zh": "天",
    "ar": "يوم, أيام", "he": "ימים, יום", "ca": "dia", "af": "dag", "hi": "दिन", "th": "วัน",
    "lt": "dien", "lv": "dien", "et": "päev", "is": "dag, dög, degi", "fa": "روز", "ur": "دن",
    "bn": "দিন", "tl": "araw", "sw": "siku",
}  # fmt: skip
RELATIVE_HOUR = {
    "en": "hour, hr, h", "de": "stunde, std", "fr": "heure, h", "es": "hora, h", "pt": "hora, h",
    "it": "ora, ore", "nl": "uur, u", "sv": "timm, tim, h", "nb": "time, timer, t",
    "da": "time, timer, t", "fi": "tunti, tuntia, t", "pl": "godzin, godz", "cs": "hodin, hod",
    "sk": "hodin, hod", "tr": "saat", "ru": "час, ч", "uk": "годин, год", "bg": "час",
    "el": "ώρ, ωρ", "hu": "óra", "ro": "or", "hr": "sat", "sr": "sat, сат", "id": "jam",
    "ms": "jam", "vi": "giờ", "ja": "時間", "ko": "시간", "zh": "小时, 小時, 个小时",
    "ar": "ساع", "he": "שעות, שעה", "ca": "hora, hores", "af": "uur",
    "hi": "घंटे, घंटा, घंटों", "th": "ชั่วโมง, ชม",
    "lt": "valand, val", "lv": "stund", "et": "tund", "is": "klukkustund, klst", "fa": "ساعت",
    "ur": "گھنٹ", "bn": "ঘণ্টা, ঘন্টা", "tl": "oras", "sl": "urami, urama, uro", "sw": "saa",
}  # fmt: skip
RELATIVE_MINUTE = {
    "en": "minute, min, m", "de": "minute, min", "fr": "minute, min", "es": "minuto, min",
    "pt": "minuto, min", "it": "minut, min", "nl": "minu, min", "sv": "minut, min",
    "nb": "minutt, min", "da": "minut, min", "fi": "minuut, min", "pl": "minut, min",
    "cs": "minut, min", "sk": "minút, minut, min", "tr": "dakika, dk", "ru": "минут, мин",
    "uk": "хвилин, хв", "bg": "минут, мин", "el": "λεπτ", "hu": "perc", "ro": "minut, min",
    "hr": "minut, min", "id": "menit", "ms": "minit", "vi": "phút", "ja": "分", "ko": "분",
    "zh": "分钟, 分鐘", "ar": "دقيق, دقائق", "he": "דקות, דקה", "ca": "minut",
    "af": "minuut, minute", "hi": "मिनट", "th": "นาที",
    "lt": "minut", "lv": "minūt", "et": "minut", "is": "mínút, mín.", "fa": "دقیقه", "ur": "منٹ",
    "bn": "মিনিট", "tl": "minuto",
}  # fmt: skip
# daterelative.py: "an hour ago", "vor einer Stunde", "il y a une heure": the amount one
# (Hindi "एक घंटा पहले").
RELATIVE_ONE = {
    "en": "a, an, one", "de": "ein, eine, einer, einem", "fr": "un, une", "es": "un, una",
    "pt": "um, uma", "it": "un, una", "nl": "een", "sv": "en, ett", "nb": "en, ett, ei",
    "da": "en, et", "tr": "bir", "hu": "egy", "ro": "un", "el": "μία, μια, ένα",
    "fa": "یک", "tl": "isang", "sl": "eno", "hi": "एक",
}  # fmt: skip
# daterelative.py: a unit in the form that itself means one of it, beside an "ago" word without
# an amount ("godzinę temu", "před hodinou", "tunti sitten", "منذ ساعة", "לפני שעה", "sejam lalu");
# Romanian "o" ("a") with its unit ("acum o oră"): alone it is Portuguese "the" ("há o dia").
# Croatian, Serbian and Bosnian say an hour as "sat vremena" ("prije sat vremena").
RELATIVE_ONE_UNIT = {
    "week": "tydzień, týdnem, týždňom, viikko, тиждень, неделю, أسبوع, שבוע, seminggu, savaitę, "
    "nedēļas, viku, o săptămână, o saptamana",
    "day": "dzień, dnem, dňom, päivä, день, يوم, יום, sehari, dieną, dienas, degi, o zi",
    "hour": "godzinę, hodinou, tunti, годину, час, ساعة, שעה, sejam, valandą, stundas, "
    "klukkustund, o oră, o ora, sat vremena",
    "minute": "minutę, minutou, minuutti, хвилину, минуту, دقيقة, דקה, semenit, minūtes, mínútu",
}
# ... and two of it (Arabic and Hebrew duals: "منذ يومين", "לפני שעתיים").
RELATIVE_TWO_UNIT = {
    "week": "أسبوعين, اسبوعين, שבועיים", "day": "يومين, יומיים", "hour": "ساعتين, שעתיים",
    "minute": "دقيقتين, שתי דקות",
}  # fmt: skip
# daterelative.py: Hungarian says "ago" with a suffix on the unit: "3 órája", "5 perce", "2 napja".
RELATIVE_AGO_SUFFIXED = {
    "week": "hete, héttel", "day": "napja, nappal", "hour": "órája, órával",
    "minute": "perce, perccel",
}  # fmt: skip
# daterelative.py: "heute, 14:05", "yesterday at 3:05 pm", "昨日 14:05" (read in the page's
# language where it has a line here: French "hier" is yesterday, German "hier" is here).
TODAY_WORDS = {
    "en": "today", "de": "heute", "fr": "aujourd'hui, aujourd’hui", "es": "hoy", "pt": "hoje",
    "it": "oggi", "nl": "vandaag", "sv": "idag, i dag", "nb": "i dag", "da": "i dag",
    "fi": "tänään", "pl": "dzisiaj, dziś", "cs": "dnes", "sk": "dnes", "tr": "bugün",
    "ru": "сегодня", "uk": "сьогодні", "bg": "днес", "el": "σήμερα", "ro": "azi, astăzi",
    "hr": "danas", "sr": "danas", "id": "hari ini", "ms": "hari ini", "ja": "今日, 本日",
    "ko": "오늘", "zh": "今天", "ca": "avui", "af": "vandag", "hu": "ma",
    "ar": "اليوم", "he": "היום", "vi": "hôm nay", "hi": "आज", "th": "วันนี้", "fa": "امروز",
    "lt": "šiandien", "lv": "šodien", "et": "täna", "is": "í dag",
}  # fmt: skip
YESTERDAY_WORDS = {
    "en": "yesterday", "de": "gestern", "fr": "hier", "es": "ayer", "pt": "ontem", "it": "ieri",
    "nl": "gisteren", "sv": "igår, i går", "nb": "i går", "da": "i går", "fi": "eilen",
    "pl": "wczoraj", "cs": "včera", "sk": "včera", "tr": "dün", "ru": "вчера", "uk": "вчора, учора",
    "bg": "вчера", "el": "χθες", "ro": "ieri", "hr": "jučer, juče", "sr": "juče",
    "id": "kemarin", "ms": "semalam", "ja": "昨日", "ko": "어제", "zh": "昨天", "ca": "ahir",
    "af": "gister", "hi": "कल", "hu": "tegnap", "ar": "أمس, امس", "he": "אתמול", "vi": "hôm qua",
    "th": "เมื่อวานนี้, เมื่อวาน", "fa": "دیروز",
    "lt": "vakar", "lv": "vakar", "et": "eile", "is": "í gær",
}  # fmt: skip
# authors.py: the weekdays (Monday first; entries of one day joined by "|") that open a date
# printed right after a byline's names ("Door Pieter de Vries dinsdag 13 oktober 2026",
# "Bởi Nguyễn Văn An Thứ Ba, 13/10/2026"): the date's, not a name's last word. German and
# English ones, and their abbreviations, are authors.py's own.
WEEKDAY_NAMES = {
    "nl": "maandag, dinsdag, woensdag, donderdag, vrijdag, zaterdag, zondag",
    "fr": "lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche",
    "es": "lunes, martes, miércoles|miercoles, jueves, viernes, sábado|sabado, domingo",
    "pt": "segunda-feira|segunda, terça-feira|terça, quarta-feira|quarta, quinta-feira|quinta, "
          "sexta-feira|sexta, sábado, domingo",
    "it": "lunedì|lunedi, martedì|martedi, mercoledì|mercoledi, giovedì|giovedi, "
          "venerdì|venerdi, sabato, domenica",
    "pl": "poniedziałek, wtorek, środa, czwartek, piątek, sobota, niedziela",
    "cs": "pondělí, úterý, středa, čtvrtek, pátek, sobota, neděle",
    "sk": "pondelok, utorok, streda, štvrtok, piatok, sobota, nedeľa",
    "hr": "ponedjeljak|ponedeljak, utorak, srijeda|sreda, četvrtak, petak, subota, "
          "nedjelja|nedelja",
    "sl": "ponedeljek, torek, sreda, četrtek, petek, sobota, nedelja",
    "fi": "maanantai, tiistai, keskiviikko, torstai, perjantai, lauantai, sunnuntai",
    "et": "esmaspäev, teisipäev, kolmapäev, neljapäev, reede, laupäev, pühapäev",
    "hu": "hétfő, kedd, szerda, csütörtök, péntek, szombat, vasárnap",
    "ro": "luni, marți|marţi|marti, miercuri, joi, vineri, sâmbătă|sîmbătă|sambata, "
          "duminică|duminica",
    "sv": "måndag, tisdag, onsdag, torsdag, fredag, lördag, söndag",
    "da": "mandag, tirsdag, onsdag, torsdag, fredag, lørdag, søndag",
    "tr": "pazartesi, salı, çarşamba, perşembe, cuma, cumartesi, pazar",
    "el": "δευτέρα, τρίτη, τετάρτη, πέμπτη, παρασκευή, σάββατο, κυριακή",
    "ru": "понедельник, вторник, среда, четверг, пятница, суббота, воскресенье",
    "uk": "понеділок, вівторок, середа, четвер, п'ятниця|п’ятниця, субота, неділя",
    "bg": "понеделник, вторник, сряда, четвъртък, петък, събота, неделя",
    "id": "senin, selasa, rabu, kamis, jumat|jum'at, sabtu, minggu",
    "vi": "thứ hai, thứ ba, thứ tư, thứ năm, thứ sáu, thứ bảy, chủ nhật",
    "th": "วันจันทร์, วันอังคาร, วันพุธ, วันพฤหัสบดี, วันศุกร์, วันเสาร์, วันอาทิตย์",
    "ar": "الاثنين|الإثنين, الثلاثاء, الأربعاء|الاربعاء, الخميس, الجمعة, السبت, الأحد|الاحد",
    "he": "יום שני, יום שלישי, יום רביעי, יום חמישי, יום שישי, שבת, יום ראשון",
}  # fmt: skip
# datelines.py: a sentence's connective or adverb written before a comma ("Meanwhile, 4 December
# 2026 - The council ...", "Inzwischen, 4. Dezember 2026 - Der Rat ..."): no dateline's place,
# read in the page's language (Italian "ora" is a town's name too, "Pero" a town near Milan:
# datelines.py keeps a town where the language is spoken).
CONNECTIVES = {
    "en": "meanwhile, however, moreover, furthermore, nevertheless, nonetheless, besides, "
    "still, now, then, later, earlier, finally, also, instead, therefore, thus, yet, so, "
    "previously, separately, elsewhere, additionally, consequently, indeed, accordingly, "
    "likewise, similarly, afterwards, afterward, subsequently, initially, ultimately, overall, "
    "recently, again, otherwise, hence, first, next, lastly, originally, meantime, but, and, "
    "or, plus, further, since, until, tomorrow, once, already, notably, importantly, "
    "unfortunately, fortunately, officially, historically, traditionally, regardless",
    "de": "inzwischen, derweil, unterdessen, indessen, indes, außerdem, zudem, dennoch, "
    "trotzdem, jedoch, allerdings, damals, danach, davor, vorher, nachher, später, früher, "
    "zuvor, seitdem, seither, bereits, schon, auch, jetzt, nun, dann, also, somit, daher, "
    "deshalb, deswegen, darum, ebenso, gleichzeitig, zugleich, schließlich, letztlich, "
    "zunächst, anschließend, stattdessen, übrigens, immerhin, insgesamt, ferner, überdies, "
    "einst, bisher, bislang, ursprünglich, erstmals, zuletzt, aber, doch, und, oder, "
    "morgen, mittlerweile, nebenbei, hingegen, dagegen",
    "fr": "cependant, pourtant, toutefois, néanmoins, ainsi, ensuite, puis, alors, désormais, "
    "depuis, auparavant, entre-temps, entretemps, parallèlement, également, aussi, enfin, "
    "finalement, donc, mais, or, et, ou, demain, maintenant, déjà, récemment, précédemment, "
    "autrefois, jadis, dorénavant, outre, bref",
    "es": "además, entonces, ahora, mientras, luego, después, antes, también, asimismo, así, "
    "finalmente, anteriormente, posteriormente, actualmente, recientemente, entretanto, "
    "todavía, aún, ya, pero, y, o, pues, incluso, igualmente, primero, mañana, "
    "mientras tanto, sin embargo, no obstante",
    "pt": "entretanto, enquanto, depois, antes, agora, então, também, assim, além, ainda, já, "
    "porém, contudo, todavia, finalmente, anteriormente, posteriormente, atualmente, "
    "recentemente, mas, e, ou, amanhã, inclusive, igualmente, entanto",
    "it": "intanto, frattanto, tuttavia, però, inoltre, allora, ora, adesso, poi, dopo, prima, "
    "quindi, dunque, anche, ancora, già, infine, finalmente, successivamente, "
    "precedentemente, attualmente, recentemente, ma, e, o, domani, invece, pertanto, comunque",
    "nl": "ondertussen, intussen, inmiddels, daarnaast, bovendien, echter, toch, nu, toen, dan, "
    "later, eerder, vervolgens, daarna, daarvoor, eerst, tenslotte, uiteindelijk, ook, dus, "
    "daarom, maar, en, of, morgen, sindsdien, destijds, overigens",
    "pl": "tymczasem, jednak, ponadto, również, także, teraz, potem, wcześniej, później, "
    "następnie, wtedy, dlatego, zatem, więc, ale, oraz, jutro, wreszcie, ostatecznie, "
    "natomiast, dotychczas, dodatkowo",
    "sv": "samtidigt, dessutom, däremot, dock, nu, sedan, senare, tidigare, därefter, då, "
    "också, även, alltså, därför, men, och, eller, imorgon, slutligen, hittills, ändå",
    "da": "imens, imidlertid, desuden, dog, nu, siden, senere, tidligere, derefter, da, også, "
    "derfor, men, og, eller, endelig, alligevel, samtidig",
    "nb": "imens, imidlertid, dessuten, likevel, nå, siden, senere, tidligere, deretter, da, "
    "også, derfor, men, og, eller, samtidig, endelig, uansett",
    "fi": "kuitenkin, lisäksi, nyt, sitten, myöhemmin, aiemmin, myös, siksi, joten, mutta, ja, "
    "tai, huomenna, lopulta, sittemmin",
    "tr": "ayrıca, ancak, fakat, ama, şimdi, sonra, önce, yine, hâlâ, dolayısıyla, yarın, "
    "nitekim, böylece, üstelik",
    "hu": "eközben, közben, azonban, ugyanakkor, továbbá, most, akkor, később, korábban, majd, "
    "ezért, tehát, de, és, vagy, holnap, végül",
    "ru": "однако, теперь, сейчас, затем, потом, позже, ранее, также, поэтому, но, или, "
    "завтра, наконец, впрочем, кроме того, между тем, тем временем",
    "uk": "однак, проте, тепер, зараз, потім, пізніше, раніше, також, тому, але, або, завтра, "
    "нарешті, водночас",
    "cs": "mezitím, však, nicméně, navíc, nyní, teď, potom, později, dříve, také, proto, ale, "
    "nebo, zítra, nakonec",
}  # fmt: skip
# topiclinks.py: headings a reader sees above a page's topic links ("Themen", "タグ").
TOPIC_HEADINGS = {
    "en": "related topics, topics, topic, tags, related tags, more on these topics, #tags, "
    "hashtags, explore more on these topics, filed under, topics in this article, keywords, "
    "read more about, labels",
    "de": "themen, schlagwörter, schlagworte, stichwörter, stichworte, mehr lesen über, mehr über, "
    "mehr zu, mehr zum thema, zum thema, mehr zu diesen themen, mehr zu den themen, "
    "themen in diesem artikel, themen dieses artikels, themen im artikel, tags zu diesem artikel, "
    "schlagwörter zu diesem artikel, schlagworte zu diesem artikel, verwandte themen, "
    "themen folgen, diesen themen folgen, folgen sie diesen themen, themen zum artikel, "
    "themen zu diesem artikel, themen des artikels, tags dieses artikels",
    "es": "temas, etiquetas, tags relacionados, temas relacionados, leer más sobre, archivado en",
    "fr": "sujets, mots-clés, mots clés, mots-clefs, thèmes, lire plus sur, thèmes associés, "
    "sujets associés, étiquettes",
    "it": "argomenti, tag correlati, parole chiave",
    "nb": "emner, emneord, etiketter, les mer om, stikkord, tema",
    "sv": "ämnen, taggar, läs mer om, nyckelord, ämnen i artikeln",
    "da": "emner, stikord, læs mere om, nøgleord",
    "nl": "onderwerpen, trefwoorden, meer lezen over, meer over",
    "tr": "konular, etiketler, ilgili konular, anahtar kelimeler",
    "fi": "aiheet, avainsanat, tunnisteet, aiheesta lisää, tagit, asiasanat",
    "pl": "tematy, tagi, słowa kluczowe, etykiety",
    "ru": "темы, теги, тэги, метки, ключевые слова",
    "ja": "タグ, キーワード, 関連キーワード, 関連タグ",
    "ko": "태그, #태그, 키워드, 관련 태그, 관련 키워드",
    "zh": "标签, 標籤, 关键词, 關鍵詞, 关键字, 關鍵字, 相关标签, 相關標籤, 话题, 話題, 相关话题, "
    "相關話題",
    "pt": "tópicos, assuntos, etiquetas, palavras-chave, temas, arquivado em, "
    "assuntos relacionados, mais sobre",
    "cs": "témata, štítky, tagy, klíčová slova, související témata",
    "sk": "témy, štítky, tagy, kľúčové slová",
    "hu": "címkék, tagok, témák, kulcsszavak",
    "ro": "etichete, subiecte, cuvinte cheie, tag-uri, taguri",
    "el": "ετικέτες, ετικετες, θέματα, θεματα, λέξεις-κλειδιά",
    "hr": "teme, oznake, ključne riječi, tagovi", "sl": "teme, oznake, ključne besede",
    "sr": "teme, tagovi, ključne reči, теме, тагови", "uk": "теги, теми, ключові слова",
    "bg": "етикети, теми, ключови думи",
    "ms": "topik, tag, kata kunci, topik berkaitan, tag berkaitan",
    "vi": "chủ đề, từ khóa, thẻ", "th": "แท็ก, หัวข้อ",
    "hi": "टैग, टैग्स, विषय", "mr": "टॅग्स, टॅग, विषय", "bn": "ট্যাগ, ট্যাগস, বিষয়, বিষয়সমূহ",
    "id": "topik, topik terkait, kata kunci, label",
    "ur": "ٹیگز, ٹیگ, موضوعات",
    "ar": "الوسوم, وسوم, كلمات مفتاحية, الكلمات المفتاحية, مواضيع, كلمات دالة, الكلمات الدالة, "
    "الكلمات الدلالية, كلمات دلالية",
    "he": "תגיות, נושאים, נושאים קשורים",
    "fa": "برچسب‌ها, برچسب ها, برچسب, کلیدواژه‌ها, کلیدواژه, کلمات کلیدی, موضوعات",
    "ca": "temes, etiquetes, paraules clau", "et": "teemad, märksõnad, sildid",
    "lv": "tēmas, atslēgvārdi, birkas", "lt": "temos, žymos, žymės, raktažodžiai",
    "af": "onderwerpe, etikette, sleutelwoorde",
    "sw": "mada, lebo, mada zinazohusiana, mada husika",
    "is": "efnisorð, merki", "tl": "mga tag, mga paksa", "ga": "clibeanna",
}  # fmt: skip
# topiclinks.py: URL path segments of topic pages ("/themen/x", "/tematy/x"), as regex parts.
TOPIC_URL_SEGMENTS = {
    "en": "tags?, topics?, subjects?, keywords?, themes?, person, hashtag, tag_list, taglist",
    "de": "themen, thema, schlagw[oö]rter, schlagworte?, stichw[oö]rter, stichworte?, personen",
    "es": "temas?, etiquetas?", "fr": "sujets?, mots-cles", "it": "argomenti, argomento",
    "nb": "emner?", "sv": "[aä]mnen?, tagg?", "nl": "onderwerp(?:en)?, trefwoord(?:en)?",
    "tr": "konu, etiket(?:ler)?", "fi": "aiheet, aihe, avainsana, tunnisteet, tunniste",
    "pl": "tematy, tagi, temat",
    "ru": "теги, темы", "pt": "topicos?, assuntos?", "cs": "temata, tema, stitky?",
    "sk": "temy, tema, stitky?", "hu": "cimkek?, temak?", "ro": "etichete?, subiecte?, tag-uri",
    "hr": "teme, oznake?, tagovi", "id": "topik", "vi": "chu-de, tu-khoa", "ca": "temes?",
    "et": "teemad?", "lt": "temos?", "lv": "temas?",
}  # fmt: skip
# topics.py: "news" in each language: a label only of these and LIVE_WORDS is no topic.
NEWS_WORDS = {
    "en": "news, headlines", "de": "nachrichten, aktuelles, aktuell, schlagzeilen",
    "es": "noticias", "fr": "actualités, actualites", "it": "notizie", "nl": "nieuws",
    "tr": "haberler, haber", "ru": "новости", "ja": "ニュース, 速報", "ko": "뉴스, 속보",
    "zh": "新闻, 新聞", "fi": "uutiset", "pl": "wiadomości, wiadomosci", "pt": "notícias, noticias",
    "nb": "nyheter, nyhetene", "sv": "nyheter, nyheterna", "da": "nyheder",
    "cs": "zprávy, zpravy, novinky", "sk": "správy, spravy", "hu": "hírek, hirek",
    "ro": "știri, stiri, ştiri", "el": "ειδήσεις, νέα", "hr": "vijesti", "sr": "vesti, вести",
    "sl": "novice", "uk": "новини", "bg": "новини", "id": "berita", "ms": "berita",
    "vi": "tin, tức", "th": "ข่าว", "hi": "समाचार, ख़बर, खबर, न्यूज़, न्यूज",
    "ar": "أخبار, اخبار, الأخبار",
    "fa": "اخبار, خبر, خبرها",
    "he": "חדשות", "sw": "habari", "ca": "notícies", "et": "uudised", "lv": "ziņas",
    "lt": "naujienos", "af": "nuus", "bn": "খবর, সংবাদ, নিউজ", "ur": "خبریں, خبر",
    "mr": "बातम्या, बातमी", "tl": "balita", "is": "fréttir",
}  # fmt: skip
# topics.py: glue and time words around NEWS_WORDS/LIVE_WORDS in such a label ("World news live").
NEWS_FILLER = {
    "en": "world, live, latest, breaking, top, today, local, national, international, daily, "
    "online, more, all, the, and, last, hour, updates, update, stories, of, from",
    "de": "neueste, letzte, aktuelle", "es": "últimas, en, vivo", "it": "ultime",
    "fr": "dernières, direct", "tr": "son, dakika", "pt": "ao, vivo, últimas, de, hoje",
    "nl": "laatste, vandaag", "vi": "nhất", "sw": "za, hivi", "pl": "na, żywo, dzisiaj",
    "cs": "dnes, aktuální", "hu": "mai",
    "ro": "de, azi, ultima, oră", "id": "hari, ini", "hr": "najnovije", "ca": "en, directe",
    "ur": "ترین",
}  # fmt: skip
# topics.py: "live/breaking/latest": such a label is the site's SEO vocabulary ("Breaking News").
# topics.py only: "latest" and the hour of "breaking news" ("Última hora", "Ultime notizie",
# "Dernières actualités", "Senaste nyheterna"): with NEWS_WORDS, an SEO label, no topic. Kept
# out of LIVE_WORDS, which titles read too.
LATEST_WORDS = {
    "es": "últimas, hora", "it": "ultime, ultima", "fr": "dernières, dernière", "sv": "senaste",
    "da": "seneste", "nb": "siste", "nl": "laatste", "pl": "najnowsze, ostatnie",
}  # fmt: skip
# topics.py only: "today", "of the day", "current" beside a news word ("Notícias de hoje",
# "Wiadomości dnia", "Berita Terbaru", "今日新闻" written as one word): an SEO label, no topic.
# Alone ("Today", "Heute", "Güncel") or beside other words ("Noticias de España") a label.
# An entry of several words is read as one phrase: "day", "Tag" alone name a day ("World
# News Day"), "of the day", "vom Tag" date the news.
NEWS_TODAY = {
    "en": "today, today's, todays, of the day", "de": "heute, des tages, vom tag, von heute",
    "es": "hoy, día", "pt": "hoje, do, dia, atuais",
    "it": "oggi, di, del, giorno, ultima", "fr": "du, jour, aujourd'hui", "nl": "vandaag, van, dag",
    "pl": "dnia, dziś, dzisiaj", "cs": "dne, dnes, aktuální", "sk": "dňa, dnes, aktuálne",
    "fi": "tänään, päivän", "el": "σήμερα, σημερινές, τελευταία", "ru": "сегодня, дня",
    "uk": "сьогодні, дня", "sv": "i, dag, idag", "nb": "i, dag, idag", "da": "i, dag, idag",
    "tr": "bugün, bugünün, günün, güncel", "id": "hari, ini, terbaru", "ms": "hari, ini, terbaru",
    "vi": "hôm, nay", "he": "היום", "ar": "اليوم", "fa": "روز, امروز", "sw": "za, leo",
    "hu": "mai, napi", "ro": "zilei, ultimă, oră",
    "zh": "今日新闻, 今日新聞, 新闻资讯, 新聞資訊, 今日要闻, 今日要聞", "th": "ข่าววันนี้",
}  # fmt: skip
# topics.py only: news nouns NEWS_WORDS leaves out, each read only in such a label ("Senaste
# nytt", "Son dakika haberleri"): inflected, or a word with other senses ("nytt": "new").
# ("ora": the hour of Italian "ultima ora", breaking news, written without its apostrophe)
NEWS_FORMS = {
    "tr": "haberleri", "sv": "nytt", "nb": "nytt", "el": "νέα", "fr": "infos", "it": "ora",
}  # fmt: skip
# topics.py only: the language a news site serves, an SEO word beside a news word ("Latest
# Hindi News", "Noticias en español", "ताज़ा हिंदी समाचार"); a bare "Hindi News" stays.
NEWS_LANGUAGES = {
    "en": "in, hindi, english, urdu, tamil, telugu, marathi, bengali, bangla, gujarati, kannada, "
    "malayalam, punjabi",
    "hi": "हिंदी, हिन्दी, में, की, के, आज", "es": "en, español", "pt": "em, português",
    "fr": "en, français", "it": "in, italiano", "de": "auf, deutsch",
}  # fmt: skip
LIVE_WORDS = {
    "en": "live, breaking, latest, ticker, blog, liveblog, newsblog, headlines, flash",
    "de": "liveticker, live-ticker, eilmeldung, eilmeldungen, schlagzeilen, direkt, newsticker, "
    "news-ticker, aktuelle, neueste",
    "es": "vivo, última, ultima", "fr": "direct", "it": "ultim'ora", "tr": "dakika",
    "ja": "速報", "ko": "속보, 최신", "pt": "urgente, últimas, ao vivo", "nl": "liveblog, laatste",
    "pl": "pilne, najnowsze", "cs": "živě, zive, nejnovější", "sk": "naživo, najnovšie",
    "hu": "élő, friss",
    "ro": "ultima oră, breaking", "el": "έκτακτο, εκτακτο, έκτακτες, τελευταίες",
    "hr": "uživo", "sl": "v živo", "uk": "терміново, останні", "ru": "срочно, последние",
    "id": "terkini", "ar": "عاجل, عاجلة, آخر", "he": "מבזק, מבזקי, מבזקים, אחרונות",
    "fa": "فوری, آخرین",
    "zh": "最新消息, 最新新闻, 最新新聞, 即时新闻, 即時新聞, 快讯, 快訊, 要闻, 要聞, 突发, 突發",
    "hi": "ताज़ा, ताजा, ब्रेकिंग", "vi": "mới, nóng", "th": "ข่าวด่วน, ด่วน, ล่าสุด",
    "sw": "mubashara, punde", "fi": "tuoreimmat, viimeisimmät", "lv": "tiešraide, jaunākās",
    "lt": "tiesiogiai, naujausios", "bn": "সর্বশেষ, ব্রেকিং", "ur": "تازہ, بریکنگ", "mr": "ताज्या",
    "tl": "pinakabagong, pinakabago", "is": "nýjustu, nýjasta", "ca": "últimes, darreres",
    "et": "värskeimad", "sr": "најновије, najnovije", "bg": "последни",
}  # fmt: skip

# titlevotes.py: words a live page's title carries beside LIVE_WORDS ("Liveblog", "NA ŻYWO",
# "直播"): a page typed LiveBlogPosting with none of them in any title is one story's page.
LIVE_PAGE_WORDS = {
    "en": "live, liveblog, live blog, live updates", "de": "newsblog, ticker, live-blog",
    "fr": "en direct", "es": "en directo, en vivo", "it": "diretta, live", "pt": "ao vivo",
    "pl": "na żywo, relacja", "cs": "online, živě", "ru": "онлайн, трансляция",
    "uk": "онлайн, наживо", "tr": "canlı", "nl": "live", "sv": "direkt", "da": "direkte",
    "nb": "direkte", "fi": "suorana", "hu": "percről percre", "ro": "live, în direct",
    "ja": "ライブ, 速報, 中継", "zh": "直播, 实况, 實況, 即时, 即時",
    "ko": "라이브, 실시간, 생중계",
}  # fmt: skip

# titlelabels.py: a medium or format word a social title may open with ("VIDEO: ", "FOTOS \u2013 ",
# "EN DIRECT -", "Bildergalerie: "), beside LIVE_WORDS and LIVE_PAGE_WORDS: the card's label,
# no word of the headline, where the page's own headline opens without it.
MEDIA_LABELS = {
    "en": "video, videos, watch, photos, photo, pictures, in pictures, gallery, photo gallery, "
    "audio, podcast, listen, infographic, breaking news, live video, with video, with photos",
    "de": "video, videos, fotos, foto, bilder, bildergalerie, galerie, fotostrecke, audio, "
    "podcast, live-video, eil, mit video, mit videos, mit fotos, mit bildern",
    "fr": "vidéo, vidéos, photos, photo, en images, diaporama, audio, podcast, infographie, "
    "direct vidéo, avec vidéo",
    "es": "vídeo, video, vídeos, videos, fotos, foto, galería, audio, podcast, en directo, "
    "última hora, con vídeo, con video",
    "it": "video, foto, fotogallery, gallery, audio, podcast",
    "pt": "vídeo, video, fotos, foto, galeria, áudio, audio, podcast",
    "nl": "video, foto's, fotoserie, podcast", "sv": "video, bilder, podd, webb-tv, just nu",
    "nb": "video, bilder, podkast", "da": "video, billeder, podcast", "fi": "video, kuvat",
    "pl": "wideo, video, zdjęcia, galeria, podcast", "cs": "video, foto, fotogalerie",
    "sk": "video, foto", "hu": "videó, video, fotók, galéria", "ro": "video, foto, galerie",
    "tr": "video, foto, galeri, son dakika", "el": "βίντεο, φωτογραφίες",
    "ru": "видео, фото, фоторепортаж", "uk": "відео, фото", "bg": "видео, снимки",
    "ja": "動画, 写真, 映像, 音声, 図解", "zh": "视频, 視頻, 图集, 圖集, 组图, 組圖, 图片, 圖片",
    "ko": "영상, 동영상, 포토, 사진, 카드뉴스", "ar": "فيديو, بالفيديو, صور, بالصور, مباشر",
    "fa": "ویدئو, فیلم, عکس", "he": "וידאו, צפו, גלריה", "hi": "वीडियो, फोटो, तस्वीरें",
    "id": "video, foto", "vi": "video, ảnh", "th": "คลิป, ภาพ",
}  # fmt: skip

# titlelabels.py: a paid article's tag a title field opens or closes with ("Title (Abo)",
# "Premium: Title", "Title - réservé aux abonnés"), a label as "VIDEO" is.
PAYWALL_LABELS = {
    "en": "premium, subscriber only, subscribers only, for subscribers",
    "de": "abo, abo-artikel, plus, plus-artikel, premium, exklusiv für abonnenten",
    "fr": "abonnés, réservé aux abonnés, premium", "es": "premium, suscriptores, solo suscriptores",
    "it": "premium, abbonati, riservato agli abbonati",
    "pt": "premium, assinantes, exclusivo assinantes",
    "nl": "premium, plus", "sv": "premium, plus", "nb": "pluss, premium", "da": "plus, abonnent",
    "fi": "tilaajille", "pl": "premium, tylko dla subskrybentów", "cs": "premium, předplatné",
}  # fmt: skip

# titleparts.py: what a newspaper's name ends with in scripts a host name cannot spell, so
# that "Title | 朝日新聞デジタル" or "Title | XX일보" loses its site name where no meta states it.
# CJK and Hangul entries end the name (an edition word such as "デジタル" or "Web" may
# follow); entries in other scripts are whole words of it ("Российская газета"). A
# broadcaster's name ends in its word for television or broadcasting ("港湾テレビ", "항만방송").
MASTHEAD_WORDS = {
    "ja": "新聞, 新聞社, 新報, 日報, 時報, 通信社, ニュース, タイムズ, タイムス, テレビ, 放送",
    "zh": "新闻, 新聞, 新報, 新报, 日报, 日報, 时报, 時報, 晚报, 晚報, 早报, 早報, 网, 網, "
    "通讯社, 通訊社, 杂志, 雜誌, 周刊, 週刊, 传媒, 傳媒, 电视台, 電視台",
    "ko": "일보, 신문, 뉴스, 통신사, 타임스, 타임즈, 방송, 경제, 투데이, 저널",
    "ru": "газета, новости, вести, вестник, ведомости, известия",
    "uk": "газета, новини, вісті, вісник",
    "bg": "вестник, новини", "sr": "новости, вести", "el": "εφημερίδα, ειδήσεις",
    "ar": "صحيفة, جريدة, أخبار, اخبار, نيوز", "fa": "روزنامه, خبرگزاری, نیوز",
    "he": "חדשות, עיתון, ניוז", "ur": "اخبار, نیوز",
    "th": "ข่าว, นิวส์, ไทมส์", "hi": "समाचार, टाइम्स, न्यूज़, न्यूज", "bn": "সংবাদ, পত্রিকা, নিউজ",
}  # fmt: skip
# site.py: articles a paper's name may open with where its host leaves them out ("The
# Indian Express" on indianexpress.com, "Die Beispielzeitung" on beispielzeitung.de).
NAME_ARTICLES = {
    "en": "the", "de": "der, die, das", "fr": "le, la, les", "es": "el, la, los, las",
    "it": "il, la, lo, i", "pt": "o, a, os, as", "nl": "de, het", "ca": "el, la",
    "el": "ο, η, το, τα, οι",
}  # fmt: skip
NAME_ARTICLE_WORDS = frozenset(entries(NAME_ARTICLES))  # site.py, titleparts.py, authors.py
# site.py: the words for a paper's kind before its name, which its host leaves out ("Báo
# Tuổi Trẻ" on tuoitre.vn, "Gazeti Pwani Leo" on pwanileo.co.ke, "Harian Kompas" on
# kompas.id): only these, so a headline ending in a place its host names ("Fire in Berlin"
# on berlin.example, "Banjir di Surabaya" on surabaya.tribun.example) is no site's name.
PAPER_KINDS = {
    "vi": "báo, báo điện tử, tạp chí, nhật báo, tuần báo, tin tức", "sw": "gazeti",
    "pl": "gazeta, dziennik, tygodnik", "id": "harian, koran, majalah, surat kabar",
    "ms": "harian, akhbar, majalah", "pt": "jornal, diário, revista", "es": "diario, periódico",
    "ro": "ziarul, gazeta, revista", "cs": "deník, týdeník", "sk": "denník, týždenník",
    "tl": "pahayagang",
}  # fmt: skip
# site.py: the nouns a paper's name of two words ends with, by which a host of two initials
# spells it ("Rheinische Post" on rp-online.de, "Helsingin Sanomat" on hs.fi, "Algemeen
# Dagblad" on ad.nl, "Offenbach-Post" on op-online.de), and the second half of a compound
# name spelt by its own initial ("Leipziger Volkszeitung" on lvz.de). Latin script only.
PAPER_NOUNS = {
    "en": "post, herald, tribune, gazette, courier, chronicle, journal, observer, telegraph, "
    "express, standard, mirror, mercury, times, echo, monitor, examiner, register",
    "de": "post, zeitung, anzeiger, bote, blatt, kurier, rundschau, presse, tagblatt, nachrichten",
    "nl": "dagblad, courant, krant", "da": "tidende, posten, avis, avisen",
    "nb": "posten, avis, avisen, tidende", "sv": "dagbladet, dagblad, posten, tidning, tidningen",
    "fi": "sanomat, uutiset", "es": "noticias, diario, correo, heraldo",
    "it": "gazzetta, corriere, giornale, messaggero", "fr": "presse, courrier, journal",
    "pt": "correio, jornal, notícias", "pl": "gazeta, dziennik, kurier",
}  # fmt: skip
# titleparts.py: "fake news" and its kin in CJK scripts, a paper's word closing them: a
# headline's words after a space ("首相が疑惑に反論　偽新聞"), no paper's name.
NOT_MASTHEADS = {
    "ja": "偽新聞, 偽ニュース, フェイクニュース", "zh": "假新闻, 假新聞, 虚假新闻, 虛假新聞",
    "ko": "가짜뉴스, 가짜 뉴스, 지역경제, 세계경제, 국가경제, 국민경제, 실물경제, 시장경제, "
    "창조경제, 민생경제, 서민경제, 가계경제, 공유경제, 녹색경제, 디지털경제, 글로벌경제",
}  # fmt: skip
# (Korean compounds of "경제", economy, that name no paper: local, world, national, real,
# market, creative, household ... economy, a topic set as a title's part: "지역경제 | ...")
# titleparts.py: what a CJK newspaper's name starts with ("日刊ゲンダイ", "夕刊フジ"), and the
# word opening a name in other scripts: Arabic "موقع" (site: "موقع البحر"), a headline's word
# elsewhere in a part ("صور من موقع الانفجار", photos from the blast's site).
MASTHEAD_PREFIXES = {"ja": "日刊, 夕刊, 週刊", "zh": "每日", "ko": "주간", "ar": "موقع"}

# authors.py and body.py (`AGENCIES`): news agencies written like a word, by their home
# language. authors.py keeps one beside a person's name (places go); body.py drops an agency's
# tag line near either end of the text ("dpa/afp/lw", "(APA)", "BNS"). Not "ria" (a given
# name; "РИА" stays), "uni" (a German word) or "sita" (a name): letters that are a given name
# or a word too are in `CAPITALS_AGENCIES` below. Not "beta" (Serbia), "rss" (Nepal), "fars",
# "mehr", "iha", Arabic "قنا" (a town) or "وفا" (a name): words first wherever they stand.
NEWS_AGENCIES = {
    "en": "reuters, rtr, bloomberg, ap, aap, pa media, upi, nzpa, gna",
    "de": "dpa, dpa-afx, kna, epd, ddp, dts, sid, apa, ots, sda, keystone-sda, kathpress",
    "fr": "afp, ats, belga, keystone-ats, aps", "it": "ansa, adnkronos, askanews",
    "es": "efe, europa press, servimedia, notimex, télam, telam, prensa latina",
    "pt": "lusa", "nl": "anp", "sv": "tt", "nb": "ntb", "da": "ritzau", "fi": "stt", "pl": "pap",
    "cs": "čtk, ctk", "sk": "tasr", "hu": "mti", "ro": "agerpres, mediafax, moldpres",
    "el": "ana-mpa, ape-mpe, απε-μπε, απε, κυπε", "hr": "hina", "bs": "fena",
    "sr": "tanjug, танјуг", "sl": "sta", "bg": "bta, бта", "lt": "bns, elta", "lv": "leta",
    "be": "belta, белта", "uk": "ukrinform, unian, укрінформ, уніан, ітар",
    "ru": "tass, itar-tass, interfax, тасс, итар-тасс, интерфакс, риа, риа новости, ria novosti, "
    "regnum, регнум", "kk": "kazinform, казинформ, kaztag", "hy": "armenpress, арменпресс",
    "az": "azertac", "tg": "khovar", "mn": "montsame",
    "tr": "anadolu, aa, dha", "ar": "wafa, wam, qna, bna, nna, كونا, وام, واس, سانا, بترا",
    "fa": "irna, isna, ilna, ایرنا, ایسنا, تسنیم",
    "zh": "xinhua, cna, 新华社, 新華社, 中新社, 中央社",
    "ja": "kyodo, jiji, 共同, 時事, 共同通信, 時事通信",
    "ko": "yonhap, 연합뉴스, 뉴시스, 뉴스1, kcna, 조선중앙통신", "id": "antara", "ms": "bernama",
    "vi": "ttxvn, vna", "tl": "pna", "my": "mna", "km": "akp", "lo": "kpl",
    "hi": "pti, ians, भाषा, आईएएनएस, पीटीआई, एएनआई", "bn": "bss, unb",
}  # fmt: skip
# authors.py: agencies whose letters are a given name or a word too ("Ani Lorak", "Petra
# Müller", "map", "app", "Spa"): an agency only in capitals, where a byline spells them
# out beside a surname, after a dash or in brackets ("Sharma, ANI", "AMMAN (PETRA)"), never
# a name of a person's written in title case ("Lorak, Ani", "Rahman, Tasnim", "Andina
# Pérez"), nor a word ("Map", "Spa" alone on a line closing a story). `is_agency` reads both
# tables.
CAPITALS_AGENCIES = frozenset({
    "ani", "uni", "petra", "ena", "sapa", "agi", "map", "tap", "spa", "sana", "nan", "srna",
    "ata", "kuna", "mena", "app", "tasnim", "andina",
})  # fmt: skip
AGENCIES = frozenset(entries(NEWS_AGENCIES))
# authors.py: the languages a `CAPITALS_AGENCIES` agency's home papers print in, English
# besides (every one runs an English wire, which English papers abroad credit: "Haddad,
# PETRA", "Karimi, TASNIM"). After a surname on a page in another language its letters are
# her given name in capitals ("Müller, PETRA" on a German page, "Wang, NAN" on a Chinese
# one); on a page in one of these, the agency ("Sharma, ANI" in Hindi, "Ahmed, SANA" in
# Arabic).
_INDIA = "hi ur bn mr ta te gu kn ml pa or as ne"
CAPITALS_AGENCY_LANGUAGES = {
    "ani": _INDIA, "uni": _INDIA, "app": "ur", "nan": "ha yo ig", "ena": "am", "sapa": "af",
    "petra": "ar", "spa": "ar", "sana": "ar", "kuna": "ar", "mena": "ar", "map": "ar fr",
    "tap": "ar fr", "agi": "it", "srna": "sr bs hr", "ata": "sq", "tasnim": "fa",
    "andina": "es",
}  # fmt: skip


def capitals_agency_abroad(word: str, lang: str) -> bool:
    """Capitals that are a `CAPITALS_AGENCIES` agency's letters on a page in a language its
    home papers do not print in, nor English (`CAPITALS_AGENCY_LANGUAGES`): read as a given
    name there. A page of no known language keeps the agency, as before."""
    folded = word.casefold()
    if not word.isupper() or folded in AGENCIES or folded not in CAPITALS_AGENCIES:
        return False
    code = lang.split("-")[0].casefold()
    home = CAPITALS_AGENCY_LANGUAGES.get(folded, "").split()
    return bool(code) and code != "en" and code not in home


def is_agency(word: str) -> bool:
    """An agency's name (`AGENCIES`), or letters that are a name or a word too only in
    capitals (`CAPITALS_AGENCIES`: "ANI", not "Ani")."""
    folded = word.casefold()
    return folded in AGENCIES or (word.isupper() and folded in CAPITALS_AGENCIES)


# authors.py and body.py (`GENERIC_AGENCY_WORDS`): the plain word for "agencies", no agency's
# name. authors.py drops a byline part that is only this ("Jane Doe with agencies": no writer);
# body.py counts it as an agency among a tag line's parts ("red, ORF.at/Agenturen") but not
# alone on a line, where it may be a subhead.
GENERIC_AGENCIES = {
    "en": "agencies, agency, wires, bureaus", "de": "agenturen, agentur",
    "fr": "agences, agence", "es": "agencias, agencia", "pt": "agências, agência",
    "it": "agenzie, agenzia", "sv": "byråer, byrå", "nl": "agentschappen", "tr": "ajanslar",
    "ru": "агентства", "hi": "एजेंसी, एजेंसियां",
}  # fmt: skip
GENERIC_AGENCY_WORDS = frozenset(entries(GENERIC_AGENCIES))
# authors.py and dateplace.py: agencies by their full names, "the" before them dropped, as a
# bare "Quelle:" closing a story credits them ("Associated Press") and as an article's author
# credits wire copy (dateplace.py: its dateline is the agency's, not the newsroom's). One with a
# generic "agency" word in it ("Agence France-Presse") authors.py also reads by that word.
AGENCY_FULL_NAMES = frozenset({
    "associated press", "canadian press", "australian associated press", "press association",
    "press trust of india", "united press international", "bloomberg news",
    "agence france-presse", "deutsche presse-agentur", "agenzia nazionale stampa associata",
    "agencia efe", "agência lusa", "agência brasil", "asian news international",
    "indo-asian news service", "united news of india", "associated press of pakistan",
    "bangladesh sangbad sangstha", "philippine news agency", "vietnam news agency",
    "korean central news agency", "kyodo news", "jiji press", "yonhap news agency",
    "xinhua news agency", "central news agency", "anadolu agency", "anadolu ajansı",
    "saudi press agency", "kuwait news agency", "qatar news agency", "emirates news agency",
    "jordan news agency", "middle east news agency", "syrian arab news agency",
    "islamic republic news agency", "maghreb arabe presse", "tunis afrique presse",
    "algérie presse service", "agence de presse sénégalaise", "news agency of nigeria",
    "kenya news agency", "ethiopian news agency", "african news agency", "ghana news agency",
    "south african press association", "new zealand press association",
    "agência estado", "athens-macedonian news agency", "cyprus news agency",
    "agencia andina", "tasnim news agency",
})  # fmt: skip
# Agencies' names that are words too ("AP", "TT", Slovene "sta"): alone on a line, with no
# brackets, they may be a subhead, so body.py and authors.py count them only in a tag.
WORD_AGENCIES = frozenset({"ap", "tt", "sta"})

# title.py, body.py, lead.py, datelines.py: class and id words naming the block under a
# headline that is the article's subtitle. title.py takes it (or a lead, below) as the subtitle,
# body.py takes no plain or description lead so named, lead.py reads the one-word names as the
# lead too, datelines.py reads a date there after the byline's. As pages write them ("sub-title").
SUBTITLE_CLASSES = {
    "en": "standfirst, dek, deck, strapline, subtitle, sub-title, subheadline, sub-headline, "
    "sub-head, sub-line, sub-description, article-summary, article-dek",
    "de": "unterzeile", "it": "sottotitolo, occhiello", "pt": "linha-fina",
    "pl": "podtytul, podtytuł",
}  # fmt: skip
# lead.py, datelines.py: class words naming the article's lead, its opening set apart under the
# headline (lead.py splits camelCase and snake_case): German "Vorspann", Czech "perex" ...
LEAD_CLASSES = {
    "en": "lead, lede, leadtext, intro, introduction, excerpt, abstract, summary, preface",
    "de": "vorspann, einleitung", "fr": "chapeau, chapo", "es": "entradilla, sumario, bajada",
    "it": "sommario, catenaccio, ingresso", "cs": "perex", "sk": "perex",
    "pl": "zajawka, wstep, lid", "nb": "ingress", "sv": "ingress",
}  # fmt: skip
# lead.py, title.py, datelines.py: both, every name of the block opening an article
SUBTITLE_OR_LEAD_CLASSES = [*entries(SUBTITLE_CLASSES), *entries(LEAD_CLASSES)]

# authors.py, datelines.py: a URL path part naming a writer's page ("/autor/anna-muster",
# "/writers/jane-doe"): authors.py reads such a link after the headline as a byline,
# datelines.py takes a date beside one for the article's (an author page is no other piece).
AUTHOR_PATHS = {
    "en": "author, authors, writer, writers, journalist, journalists, reporter, reporters, "
    "contributor, contributors, columnist, staff",
    "de": "autor, autoren, autorin, redakteur, journalisten, kolumnist", "fr": "auteur, auteurs",
    "es": "autor, autores", "pt": "autor, autores", "it": "autore, autori, giornalista",
    "pl": "autor, autorzy", "lt": "autorius, autoriai", "tr": "yazar, yazarlar",
    "ru": "автор, авторы", "id": "penulis, wartawan", "ms": "penulis, wartawan",
    "sw": "mwandishi", "fi": "kirjoittaja", "is": "hofundur, höfundur",
    "nb": "forfatter, forfattere", "da": "forfatter, forfattere", "sv": "författare, av",
}  # fmt: skip
# ... and those that also open such a part ("/author-ravi-kulkarni-123", "/autorin/",
# "/hofundur-jon"): words no headline's slug opens with ("reporter-..." may be a piece's).
AUTHOR_PATH_OPENERS = ("author", "autor", "autorin", "auteur", "autore", "autorius", "yazar",
                       "penulis", "hofundur", "mwandishi")  # fmt: skip
# sites/base.py: a folder of pages that list or introduce, never a story, in each language:
# a tag's, a category's, a writer's, a topic's ("/autor/anna-maria-muster",
# "/категория/новости-мира-сегодня", "/tag/ανθρώπινα-δικαιώματα"); English's are there.
LISTING_FOLDERS = {
    "de": "autor, autoren, autorin, kategorie, kategorien, rubrik, schlagwort, schlagworte, "
    "stichwort, thema, themen, tag, tags",
    "fr": "auteur, auteurs, auteure, catégorie, categorie, rubrique, étiquette, etiquette, "
    "mot-cle, mots-cles, sujet, sujets, theme",
    "es": "autor, autores, autora, categoría, categoria, categorias, etiqueta, etiquetas, "
    "tema, temas", "pt": "autor, autores, autora, categoria, categorias, etiqueta, tema, temas, "
    "assunto, assuntos", "it": "autore, autori, categoria, categorie, argomento, argomenti",
    "nl": "auteur, auteurs, categorie, rubriek, onderwerp, onderwerpen, trefwoord",
    "sv": "författare, kategori, ämne, ämnen, etikett", "nb": "forfatter, kategori, emne, emner",
    "da": "forfatter, kategori, emne, emner", "fi": "kirjoittaja, kategoria, aihe, aiheet",
    "pl": "autor, autorzy, kategoria, tagi, temat, tematy", "cs": "autor, kategorie, štítek, "
    "stitek, tema, temata", "sk": "autor, kategoria, kategória, tema, témy",
    "hu": "szerzo, szerző, kategoria, kategória, cimke, címke, tema, téma",
    "ro": "autor, autori, categorie, categoria, eticheta, etichetă, subiect",
    "hr": "autor, kategorija, oznaka, tema, teme", "sl": "avtor, kategorija, oznaka",
    "tr": "yazar, yazarlar, kategori, etiket, etiketler, konu",
    "ru": "автор, авторы, категория, категории, рубрика, рубрики, тег, теги, тема, темы, метки",
    "uk": "автор, автори, категорія, категорії, рубрика, рубрики, тег, теги, тема, теми, мітки",
    "bg": "автор, автори, категория, рубрика, етикет, етикети, тема, теми",
    "sr": "аутор, категорија, рубрика, ознака, тема, autor, kategorija",
    "el": "συντάκτης, συντάκτες, αρθρογράφος, κατηγορία, κατηγορίες, ετικέτα, ετικέτες, θέμα, "
    "θέματα",
    "ar": "كاتب, الكاتب, تصنيف, التصنيف, وسم, الوسم, وسوم, موضوع",
    "fa": "نویسنده, دسته, دسته‌بندی, برچسب, موضوع", "he": "כותב, כותבים, קטגוריה, תגית, תגיות, נושא",
    "hi": "लेखक, श्रेणी, टैग, विषय", "zh": "作者, 分类, 分類, 标签, 標籤, 专题, 專題",
    "ja": "著者, カテゴリ, カテゴリー, タグ", "ko": "기자, 작성자, 카테고리, 태그",
    "id": "penulis, kategori, topik", "vi": "tac-gia, tác-giả, the-loai, thẻ, tag, chu-de, chủ-đề",
    "th": "ผู้เขียน, หมวดหมู่, แท็ก",
}  # fmt: skip
# ... of those, a writer's: only the writer's page is no story; a piece of theirs may sit
# under it (Turkish columns: "/yazarlar/ahmet-hakan/istanbulda-bugun-yasananlar-42123456")
LISTING_WRITERS = ("autor", "autoren", "autorin", "auteur", "auteurs", "auteure", "autores",
                   "autora", "autore", "autori", "författare", "forfatter", "kirjoittaja",
                   "autorzy", "szerzo", "szerző", "avtor", "yazar", "yazarlar", "автор",
                   "авторы", "автори", "аутор", "συντάκτης", "συντάκτες", "αρθρογράφος", "كاتب",
                   "الكاتب", "نویسنده", "כותב", "כותבים", "लेखक", "作者", "著者", "기자", "작성자",
                   "penulis", "tac-gia", "tác-giả", "ผู้เขียน")  # fmt: skip
# datelines.py: path parts of the site's other people pages, beside AUTHOR_PATHS: a link there
# is no piece, but no byline either ("/profil/" is a reader's account, "/people/" a section).
PEOPLE_PATHS = {"en": "profile, profiles, people, person, by", "de": "profil, redaktion"}

# body.py: headings of related/most-read teaser blocks, in the languages body.py's own
# RECIRC_HEADING lacks (English, German, Romance, Nordic, Turkish, Russian, CJK are there).
RELATED_HEADINGS = {
    "pt": "leia também, leia mais, veja também, mais lidas, notícias relacionadas",
    "nl": "lees meer, meest gelezen, gerelateerde artikelen, meer over, meer over dit onderwerp",
    "af": "lees ook, meeste gelees",
    "pl": "czytaj także, czytaj też, przeczytaj także, zobacz także, najczęściej czytane, polecamy",
    "cs": "čtěte také, čtěte též, mohlo by vás zajímat, nejčtenější, související články",
    "sk": "prečítajte si aj, čítajte aj, najčítanejšie, súvisiace články",
    "fi": "lue myös, luetuimmat, luetuimmat uutiset",
    "hu": "olvassa el, kapcsolódó, legolvasottabb",
    "ro": "citește și, citeste si, cele mai citite, articole similare",
    "el": "διαβάστε επίσης, διαβάστε ακόμη, δημοφιλή, σχετικά άρθρα, δείτε επίσης",
    "hr": "pročitajte još, pročitajte i, povezane vijesti, najčitanije",
    "sl": "preberite tudi, najbolj brano",
    "sr": "pročitajte još, najčitanije, прочитајте још",
    "uk": "читайте також, популярне",
    "bg": "прочетете още, най-четени",
    "id": "baca juga, berita terkait, terpopuler",
    "ms": "baca juga, berita berkaitan",
    "vi": "xem thêm, tin liên quan, đọc nhiều",
    "th": "อ่านเพิ่มเติม, ข่าวที่เกี่ยวข้อง",
    "hi": "यह भी पढ़ें, ये भी पढ़ें, और पढ़ें, संबंधित खबरें, संबंधित ख़बरें",
    "mr": "हेही वाचा, संबंधित बातम्या",
    "bn": "আরও পড়ুন, আরো পড়ুন, সম্পর্কিত খবর, আরও খবর",
    "ur": "مزید پڑھیں, یہ بھی پڑھیں, متعلقہ خبریں",
    "fa": "بیشتر بخوانید, مطالب مرتبط, اخبار مرتبط, پربازدیدترین",
    "tl": "basahin din, mga kaugnay na balita",
    "ar": "اقرأ أيضا, اقرأ أيضاً, مقالات ذات صلة, أخبار ذات صلة, الأكثر قراءة, مواضيع ذات صلة, "
    "مواضيع متعلقة",
    "he": "קראו עוד, קראו גם, עוד בנושא, כתבות נוספות, כתבות קשורות",
    "sw": "soma pia, habari zaidi",
    "ca": "llegiu també, més llegides",
    "et": "loe ka, loetumad",
    "lv": "lasi arī, lasītākie",
    "lt": "taip pat skaitykite, skaitomiausi",
    "is": "lestu einnig, tengdar fréttir, mest lesið",
    # CJK and Turkish headings RECIRC_HEADING's own lacks ("延伸閱讀": Taiwanese sites)
    "zh": "延伸閱讀, 延伸阅读, 相關新聞, 相關報導, 相关报道",
    "ja": "あわせて読みたい, 合わせて読みたい",
    "ko": "함께 보면 좋은 기사, 함께 볼만한 기사",
    "tr": "bunlar da ilginizi çekebilir",
    "es": "más información",
    "it": "ti potrebbe interessare, potrebbe interessarti anche",
    "sv": "mer om",
}
# A button back to the front page or the list, alone on its line: a stock line as STOCK_LINES
# are, except set as a subhead of its own without a link ("<h2>Back to home</h2>" over a
# story's section about coming home: the writer's).
BACK_LINES = {
    "en": "back to homepage, back to home, back to the homepage",
    "de": "zurück zur startseite, zurück zur übersicht",
    "fr": "retour à l'accueil",
    "es": "volver a la portada",
    "it": "torna alla home",
    "pt": "voltar para a página inicial",
}
# furniture.py: a line alone that is an ad label, a "read more" link, a button's label or
# a related block's heading left without its links (furniture.py's STOCK_LINE: English;
# RELATED_HEADINGS above count too).
STOCK_LINES = {
    "en": "table of contents, contents, in this article, print, show more, load more, back to top, "
    "view gallery, play video, enlarge image, all rights reserved, next page, previous page, "
    "save article, listen to this article, font size, related stories, related articles, "
    "related content, related coverage, recommended stories, you may also like",
    "de": "inhaltsverzeichnis, auf dieser seite, anzeige, werbung, weiterlesen, mehr lesen, "
    "artikel teilen, schriftgröße anpassen, artikel anhören, artikel vorlesen, "
    "kontaktieren sie uns, mehr zum thema, lesen sie auch, auch interessant, mit video, "
    "zum liveblog, zur startseite, bild vergrößern, zur bildergalerie, bildergalerie, fotostrecke, "
    "alle bilder, video abspielen, zum artikel, mehr infos, hier klicken, jetzt lesen, "
    "kommentieren, artikel merken, merken, drucken, artikel drucken, jetzt reinhören, "
    "jetzt anhören, hier reinhören, ja nein, schriftgröße, vorlesen, nächste seite, "
    "vorherige seite, weiter, zurück, mehr anzeigen, nach oben, alle rechte vorbehalten, "
    "ihre meinung ist gefragt, zu den kommentaren, abo-artikel, abo, plus-artikel, "
    "exklusiv für abonnenten, nur für abonnenten, empfehlungen der redaktion, "
    "unsere empfehlungen, redaktionsempfehlungen, das könnte sie auch interessieren, "
    "weitere artikel, mehr aus dem ressort, zum podcast, zum video, podcast abspielen, "
    "externe inhalte aktivieren, externe inhalte anzeigen, externe inhalte laden, "
    "externen inhalt anzeigen, externen inhalt laden, inhalt laden, inhalt anzeigen, siehe auch",
    "fr": "sommaire, dans cet article, publicité, lire la suite, lire aussi, à lire aussi, "
    "à découvrir, abonnez-vous, sur le même sujet, galerie photos, galerie photo, diaporama, "
    "voir aussi, à voir aussi, lire également, à lire également, abonnez-vous pour lire la suite",
    "es": "índice, en este artículo, publicidad, anuncio, sigue leyendo, seguir leyendo, "
    "leer más, te puede interesar, lee también, lea también, galería de fotos, "
    "galería de imágenes, fotogalería, escuchar este artículo, escucha este artículo, "
    "escuchar la noticia, escuchar esta noticia, escucha esta noticia, ver también, "
    "vea también, suscríbete para seguir leyendo",
    "it": "indice, in questo articolo, pubblicità, continua a leggere, leggi anche, leggi di più, "
    "potrebbe interessarti, galleria fotografica, fotogallery, vedi anche, "
    "abbonati per continuare a leggere",
    "nb": "annonse, les mer, les også",
    "sv": "annons, läs mer, läs också, innehåll, innehållsförteckning",
    "da": "annonce, reklame, læs mere, læs også",
    "tr": "reklam, devamını oku, ilgili haberler, içindekiler",
    "ru": "содержание, слушать статью, прослушать статью, реклама, читать далее, читайте также, "
    "смотреть галерею, печать, показать ещё, все права защищены",
    "ja": "広告, 目次, 関連記事, 関連キーワード, おすすめ情報, 続きを読む, "
    "カテゴリーをフォローする, "
    "この記事をフォローする, 記事をフォローする, この記事を聞く, 記事を聞く, 音声で聞く, "
    "この記事を音声で聞く",
    "ko": "광고, 관련기사, 관련 기사, 더보기, 목차",
    "zh": "广告, 廣告, 相关阅读, 相關閱讀, 推荐阅读, 推薦閱讀, 相关新闻, 相關新聞, 目录, 目錄",
    "pt": "índice, partilhar artigo, partilhar, compartilhar, ouvir artigo, ouvir notícia, "
    "ouça a notícia, "
    "ouvir este artigo, ouça este artigo, ouvir o artigo, "
    "publicidade, leia mais, continua depois da publicidade, "
    "ver galeria, imprimir, ver mais, todos os direitos reservados, assine para continuar lendo",
    "nl": "advertentie, inhoud, inhoudsopgave, lees meer, fotogalerij, fotoserie, "
    "luister naar dit artikel, "
    "luister dit artikel, beluister dit artikel",
    "pl": "spis treści, posłuchaj artykułu, odsłuchaj artykuł, reklama, czytaj więcej, "
    "czytaj dalej, "
    "pokaż więcej, zobacz galerię, drukuj, następna strona, wszelkie prawa zastrzeżone",
    "cs": "obsah, poslechnout článek, poslechněte si článek, reklama, čtěte více, "
    "zobrazit galerii, tisk, další strana, zobrazit více, všechna práva vyhrazena",
    "sk": "reklama",
    "fi": "mainos, lue lisää",
    "hu": "hirdetés, tovább olvasom",
    "ro": "publicitate, citește mai mult",
    "el": "διαφήμιση",
    "hr": "oglas, reklama",
    "sl": "oglas",
    "uk": "реклама",
    "bg": "реклама",
    "id": "iklan, baca selengkapnya, daftar isi",
    "ms": "kongsi artikel ini, kongsi, dengar artikel, iklan",
    "vi": "quảng cáo",
    "th": "โฆษณา",
    "hi": "विज्ञापन",
    "ar": "المحتويات, إعلان, اشترك في النشرة الإخبارية, اشترك في نشرتنا الإخبارية, "
    "استمع إلى المقال, "
    "استمع للمقال, استمع إلى الخبر",
    "he": "תוכן עניינים, שתפו את הכתבה, האזינו לכתבה, להאזנה לכתבה, פרסומת",
    "sw": "shiriki makala hii, shiriki, sikiliza makala, tangazo, matangazo",
    "is": "hlusta á frétt, hlusta á fréttina, auglýsing, auglýsingar, lesa meira",
    "ca": "publicitat",
    "et": "reklaam",
    "lv": "reklāma",
    "lt": "dalintis straipsniu, dalintis, klausyti straipsnio, reklama",
    "af": "advertensie",
    "fa": "تبلیغات, آگهی",
}

# bodynotices.py: how the line over a paywall's offer opens, beside its PAYWALL_PITCH's own
# languages ("Celý článek je dostupný jen pro předplatitele.", "Assine para continuar
# lendo"): the text stops there for readers without a subscription. Line openings as regex
# parts, matched in any case.
PAYWALL_PITCHES = {
    "en": "this is a premium article, this article is available exclusively, "
    "this is a subscriber-only, this story is available exclusively, already a subscriber, "
    "subscribe to unlock, to read the full (?:article|story), "
    "you(?:'ve| have) reached (?:your|the) (?:free )?(?:article |story )?limit, "
    "subscribe for (?:full|unlimited) access",
    "cs": "celý článek je dostupný, článek je dostupný (?:jen|pouze), tento článek je dostupný, "
    "pro pokračování ve čtení, předplaťte si, pokračujte ve čtení",
    "sk": "celý článok je dostupný, tento článok je dostupný, predplaťte si",
    "pl": "ten artykuł jest dostępny, artykuł dostępny (?:tylko )?dla, pozostała część artykułu, "
    "pozostało \\d\\d? ?% (?:treści|artykułu|tekstu)",
    "pt": "assine para (?:continuar|ler), este artigo é exclusivo, exclusivo para assinantes, "
    "já é assinante, para ler (?:a matéria|o artigo) completo, continue a ler com, "
    "continue lendo com",
    "nl": "dit artikel is (?:alleen|exclusief) voor abonnees, alleen voor abonnees, word abonnee",
    "fi": "tämä artikkeli on (?:vain )?tilaajille, vain tilaajille, tilaa ja lue",
    "hu": "a cikk teljes terjedelmében, ez a cikk csak előfizetőknek",
    "ro": "articolul complet este disponibil, abonează-te pentru a citi, conținut exclusiv, "
    "continuă să citești cu, citește mai departe cu",
    "uk": "повний текст доступний, тільки для передплатників, лише для передплатників",
    "lt": "visą straipsnį skaitykite, straipsnis skirtas (?:tik )?prenumeratoriams",
    "ru": "материал доступен только, статья доступна только, доступен только (?:для )?подписчик",
    "is": "þessi grein er aðeins fyrir áskrifendur, aðeins fyrir áskrifendur, gerast áskrifandi",
    "he": "לקריאת הכתבה המלאה, הכתבה המלאה זמינה, הכתבה זמינה למנויים, למנויים בלבד",
    "hi": "पूरी खबर पढ़ने के लिए, पूरा लेख पढ़ने के लिए, सब्सक्राइब करें",
    "ms": "langgan untuk (?:terus |teruskan )?membaca, artikel ini (?:hanya )?untuk pelanggan",
    "id": "artikel ini khusus untuk pelanggan, berlangganan untuk membaca, "
    "baca selengkapnya dengan berlangganan, lanjutkan membaca dengan",
    "sw": "jiunge na usajili, jisajili ili kusoma",
    "zh": "订阅后阅读全文, 订阅全文, 订阅会员, 訂閱[^。]*(?:支持|閱讀全文|成為會員), 加入會員, "
    "成为会员, 成為會員, 付费内容, 本文为付费内容, 会员专享, 會員專享, 會員專屬",
    "el": "το άρθρο είναι διαθέσιμο μόνο για συνδρομητές, μόνο για συνδρομητές, "
    "γίνετε συνδρομητής, συνεχίστε την ανάγνωση",
    "ar": "لقراءة المقال كاملا, هذا المحتوى للمشتركين",
    "th": "บทความนี้สำหรับสมาชิก, สมัครสมาชิกเพื่ออ่าน",
    "vi": "bài viết dành cho thành viên, đăng ký để đọc tiếp, đọc tiếp với",
    "sv": "fortsätt läsa med, läs vidare med, bli prenumerant för att läsa, "
    "vill du läsa vidare\\?, bli prenumerant för \\d, "
    "logga in för att (?:läsa vidare|fortsätta läsa)",
    "nb": "vil du lese videre\\?, bli abonnent for \\d, "
    "logg inn for å (?:lese videre|fortsette å lese)",
    "da": "vil du læse videre\\?, bliv abonnent for \\d",
    "tr": "okumaya devam etmek için, okumaya devam edin, bu içerik abonelere özel",
    "it": "continua a leggere con, questo articolo è riservato agli abbonati",
    "fr": "il vous reste \\d\\d? ?% de (?:cet |l')article à lire",
    "de": "(?:sie wollen mehr\\? )?jetzt abonnieren und weiterlesen",
}  # fmt: skip
# furniture.py: the keys of a story's service box whose value may hold no digit ("Eintritt:
# frei", "Ort: Stadthalle", "Where: Riverside Hall"): where, when, admission, organiser, address,
# booking. Not the keys that open headlines as kickers too ("Tickets:", "Preis:", "Kosten:",
# "Info:"): a fact with a digit is told by its value (furniture._FACT_VALUE).
SERVICE_KEYS = {
    "en": "where, when, venue, location, admission, entry, organiser, organizer, organisers, "
    "organizers, hosted by, address, booking, bookings, registration, opening hours, dress code",
    "de": "ort, wo, wann, veranstaltungsort, eintritt, einlass, veranstalter, veranstalterin, "
    "veranstalter*innen, adresse, anschrift, anmeldung, treffpunkt, öffnungszeiten",
    "fr": "lieu, où, quand, entrée, organisateur, organisatrice, organisation, adresse, "
    "inscription, inscriptions, réservation, réservations, horaires",
    "es": "lugar, dónde, cuándo, entrada, organiza, organizador, organizadores, dirección, "
    "inscripción, inscripciones, reservas, horario",
    "pt": "local, onde, quando, entrada, organização, realização, endereço, inscrição, "
    "inscrições, classificação, classificação indicativa, horário",
    "it": "luogo, dove, quando, ingresso, organizza, organizzazione, indirizzo, iscrizioni, "
    "prenotazioni, orari",
    "nl": "locatie, plaats, waar, wanneer, toegang, entree, organisatie, adres, aanmelden, "
    "openingstijden",
    "sv": "plats, var, när, inträde, entré, arrangör, arrangörer, adress, anmälan, öppettider",
    "nb": "sted, hvor, når, inngang, entré, arrangør, arrangører, adresse, påmelding, "
    "åpningstider", "da": "sted, hvor, hvornår, entré, arrangør, arrangører, adresse, "
    "tilmelding, åbningstider",
    "pl": "miejsce, gdzie, kiedy, wstęp, organizator, organizatorzy, adres, zapisy, "
    "godziny otwarcia", "cs": "místo, kde, kdy, vstup, vstupné, pořadatel, adresa, přihlášky",
}  # fmt: skip
# furniture.py: a rights notice closing a story ("本文为XX原创, 未经授权不得转载"): no text.
# Found anywhere in a short line.
# furniture.py: a promo's label before another page's title left unlinked ("Lesen Sie auch:
# <title>", "ALSO READ | <title>"); RELATED_HEADINGS count too.
READ_ALSO_LABELS = {
    "en": "read also, also read, see also, read more, related, read",
    "de": "lesen sie auch, lesen sie dazu auch, lesen sie hier auch, lesen sie mehr, "
    "auch interessant, mehr zum thema, das könnte sie auch interessieren, lesen sie dazu, "
    "lesen sie hierzu",
    "fr": "lire aussi, à lire aussi, à lire également, lire également, voir aussi, à lire",
    "it": "leggi anche, leggi pure",
    "es": "lee también, lea también, leer también, ver también, te puede interesar",
    "pt": "leia também, leia mais, veja também, saiba mais",
    "nl": "lees ook, lees meer", "nb": "les også, les mer", "sv": "läs också, läs mer",
    "da": "læs også, læs mere", "pl": "czytaj także, czytaj też, czytaj więcej, zobacz też",
    "cs": "čtěte také, čtěte též, přečtěte si také, přečtěte si též",
    "ru": "читайте также, читайте еще", "id": "baca juga",
    "vi": "đọc thêm", "tr": "ilgili haber, ilgili haberler, ayrıca okuyun", "ja": "関連記事",
    "ko": "관련 기사, 관련기사", "zh": "相关阅读, 相關閱讀, 延伸阅读, 延伸閱讀, 相关新闻, 相關新聞",
    "hu": "olvassa el ezt is, olvasd el ezt is", "he": "אולי יעניין אותך", "fi": "lue lisää",
}  # fmt: skip
# furniture.py: more whole lines of the same kind, in the languages of unseen sites: an embed's
# placeholder left without its post ("View this post on Instagram", "Contenido externo"), a
# player's or loader's label, a gallery's buttons, a comment form's call.
PLACEHOLDER_LINES = {
    "en": "scroll to continue with content, load more posts, load more updates, show more "
    "updates, show more posts, pinned post, this live blog is now closed, this liveblog "
    "is now closed, related, most read, gift this article, save for later, subscribe to "
    "our newsletter, sign up to our newsletter, get the latest news delivered to your "
    "inbox, enter your email address, enter your email, sign up, thank you for signing "
    "up, thanks for signing up, view this post on instagram, watch on youtube, external "
    "content, loading, previous next, previous image, next image, leave a reply, leave a "
    "comment, write a comment, add a comment, post a comment, advertisement - scroll to "
    "continue, advertisement scroll to continue, scroll to continue, print this page, print "
    "this article, listen to article, listen to the article, related topics, read the full "
    "story here, read the full article here",
    "de": "neue beiträge laden, ältere beiträge laden, weitere beiträge laden, mehr laden, "
    "ticker aktualisieren, liveblog aktualisieren, angepinnt, liveblog, liveticker, "
    "live-ticker, dieser liveblog ist beendet, der liveblog ist beendet, ihre "
    "e-mail-adresse, vielen dank für ihre anmeldung, jetzt anmelden, diesen beitrag auf "
    "instagram ansehen, dieses video auf youtube ansehen, dieses video ansehen auf "
    "youtube, beitrag anzeigen, post anzeigen, video anzeigen, wird geladen, inhalte "
    "werden geladen, zurück weiter, vorheriges bild nächstes bild, vorheriges bild, "
    "nächstes bild, kommentar schreiben, schreiben sie einen kommentar, kommentar "
    "verfassen, tweet nicht verfügbar, artikel verschenken, zur merkliste hinzufügen, zur "
    "merkliste, kommentare öffnen, kommentare anzeigen, feedback senden, kontakt zur "
    "redaktion, newsletter abonnieren, zum newsletter anmelden, newsletter bestellen, "
    "jetzt whatsapp-kanal abonnieren, whatsapp-kanal abonnieren, mehr videos, mehr "
    "bilder, weitere bilder anzeigen, alle bilder anzeigen, vollbild, mehr aus der "
    "region, top-themen, jetzt kostenlos testen, zum abo-angebot, meistgelesen, "
    "meistgelesene artikel",
    "fr": "voir plus, afficher plus, charger plus, offrir cet article, ajouter à mes favoris, "
    "s'inscrire à la newsletter, inscrivez-vous à la newsletter, écouter cet article, les "
    "plus lus, les plus lues, voir cette publication sur instagram, regarder sur youtube, "
    "chargement, en cours de chargement, précédent suivant, image précédente, image "
    "suivante, laisser un commentaire, écrire un commentaire",
    "es": "cargar más, regala esta noticia, suscríbete a nuestra newsletter, suscríbete a la "
    "newsletter, lo más visto, escuchar noticia, escuchar artículo, ver esta publicación "
    "en instagram, ver en youtube, cargando, anterior siguiente, deja tu comentario, deja "
    "un comentario, dejar un comentario, escribe un comentario",
    "it": "mostra di più, carica altri, iscriviti alla newsletter, ascolta l'articolo, i più "
    "letti, visualizza questo post su instagram, guarda su youtube, caricamento, "
    "caricamento in corso, precedente successivo, lascia un commento, scrivi un commento",
    "pt": "carregar mais, receba notícias no whatsapp, assine nossa newsletter, assine a "
    "newsletter, ouvir matéria, ver essa foto no instagram, ver esta foto no instagram, "
    "ver esta publicação no instagram, conteúdo externo, carregando, a carregar, anterior "
    "próximo, anterior seguinte, deixe seu comentário, deixe um comentário, deixe o seu "
    "comentário, ouça esta notícia, ouvir esta notícia, ouça a matéria, copiar link",
    "nl": "bekijk dit bericht op instagram, externe inhoud, vorige volgende, laat een reactie "
    "achter, plaats een reactie",
    "pl": "zapisz się do newslettera, zobacz ten post na instagramie, zewnętrzna treść, treść "
    "zewnętrzna, ładowanie, poprzednie następne, napisz komentarz, dodaj komentarz, skopiuj link, "
    "kopiuj link",
    "ja": "この記事をシェア, この記事を印刷する, 記事を保存, 会員限定記事, 記事を読み上げる, "
    "音声で聴く, リンクをコピー, リンクをコピーする",
    "ko": "기자 구독, 좋아요, 기사 공유하기, 관련기사 보기, 기사 듣기, 기사듣기, 링크 복사, "
    "링크복사",
    "cs": "externí obsah, načítání, napsat komentář, přidat komentář",
    # a read-aloud player's and a copy-link button's labels in more languages of unseen sites
    # (also in "pt", "pl", "ja", "ko" above)
    "sv": "lyssna på artikeln, lyssna på artikel, kopiera länk, kopiera länken",
    "nb": "lytt til artikkelen, lytt til saken, kopier lenke, kopier lenken",
    "da": "lyt til artiklen, kopiér link, kopier link",
    "fi": "kuuntele artikkeli, kuuntele juttu, kopioi linkki",
    "tr": "makaleyi dinle, haberi dinle, linki kopyala, bağlantıyı kopyala",
    "vi": "nghe bài viết, sao chép liên kết",
    "id": "dengarkan artikel ini, dengarkan artikel, salin tautan, salin link",
    "zh": "复制链接, 複製連結, 收听本文, 收聽本文, 在 instagram 查看这篇帖子, "
    "在instagram查看这篇帖子",
    # Instagram's own placeholder for a post it did not load, in more languages
    "sv+": "visa det här inlägget på instagram, visa detta inlägg på instagram",
    "nb+": "se dette innlegget på instagram",
    "da+": "se dette opslag på instagram",
    "ru+": "посмотреть эту публикацию в instagram",
    "tr+": "bu gönderiyi instagram'da gör",
    "cs+": "zobrazit tento příspěvek na instagramu",
    "id+": "lihat postingan ini di instagram",
    "ja+": "この投稿をinstagramで見る",
    "ko+": "instagram에서 이 게시물 보기",
    "ar+": "عرض هذا المنشور على instagram",
    "he+": "הצג את הפוסט הזה באינסטגרם",
}
RIGHTS_NOTICES = {
    "zh": "未经授权不得转载, 未经授权，不得转载, 未經授權不得轉載, 未經授權，不得轉載, "
    "版权所有, 版權所有, 转载请注明出处, 轉載請註明出處, "
    "仅代表作者观点, 仅代表作者本人观点, 不代表本站立场, 仅提供信息存储服务, "
    "僅代表作者觀點, 不代表本站立場",
    "ja": "無断転載を禁じます, 無断転載禁止, 無断転載・複製を禁じます, 無断複製・転載を禁じます, "
    "無断転載・複製禁止",
    "ko": "무단전재 및 재배포 금지, 무단 전재 및 재배포 금지",
}  # fmt: skip


def clashing_months() -> dict[str, dict[str, int]]:
    """Per language, its month words that month_numbers() gives another month (an earlier
    language's: Croatian "listopad" is October, Czech "listopad" November) or none (MONTH_OWN's)."""
    first = month_numbers()
    own: dict[str, dict[str, int]] = {}
    for table in (MONTH_NAMES, MONTH_EXTRA, MONTH_OWN):
        for lang, text in table.items():
            for number, names in enumerate(text.split("|"), start=1):
                for name in names.split():
                    word = unicodedata.normalize("NFKC", name.lower())
                    if first.get(word) != number:
                        own.setdefault(lang, {})[word] = number
    return own


def month_words() -> dict[str, frozenset[str]]:
    """Per language, every month word of its tables (NFKC, lowercase)."""
    words: dict[str, set[str]] = {}
    for table in (MONTH_NAMES, MONTH_EXTRA, MONTH_OWN):
        for lang, text in table.items():
            for names in text.split("|"):
                for name in names.split():
                    words.setdefault(lang, set()).add(unicodedata.normalize("NFKC", name.lower()))
    return {lang: frozenset(names) for lang, names in words.items()}


def month_numbers() -> dict[str, int]:
    """Every month word (NFKC, lowercase) to its month; the earlier language wins a clash."""
    found: dict[str, int] = {}
    for table in (MONTH_NAMES, MONTH_EXTRA):
        for text in table.values():
            for number, names in enumerate(text.split("|"), start=1):
                for name in names.split():
                    found.setdefault(unicodedata.normalize("NFKC", name.lower()), number)
    return found


# titlevotes.py: words no headline ends with (articles, conjunctions, prepositions that
# take an object and are no verb's particle): a title field ending in one, which another
# source goes on from, was cut at a word boundary by a length limit ("... after a long and",
# "... nach der"). Only a word that ends no sentence in another of these languages too
# (not "die", English; not "no", "as", "on", "am", "met", "det", "mit", "voor", "что"), and
# never a verb's particle or an object ("ein", "av", "för", "til": "Stadt lenkt ein"; "her",
# "het", "das", "Faites-le": "Wer macht das"; a number's "one": "Deux contre un"), nor a
# preposition a question or a clause leaves at the end ("of", "from", "with": "What it is
# made of"; Dutch "van": "daar wordt niemand beter van"), nor a word of another language
# that ends sentences (Portuguese "do", "da", "das", "dos": "what to do", "Der Sommer ist
# da", "Wer bezahlt das", "Partido en dos"; Dutch "van", Czech "pro": "delivery van",
# "turns pro").
DANGLING_WORDS = {
    "en": "the, a, an, and, or, but, its, their, our, your, than",
    "de": "der, dem, des, und, oder, zum, zur, beim, vom, für, von",
    "fr": "du, des, et, ou, au, aux, de, d', l'",
    "es": "el, los, las, del, y, con, por, para, al",
    "it": "il, gli, della, dello, dei, delle, degli, di, e, con, per, al, alla",
    "pt": "os, com, na",
    "nl": "een, en", "sv": "och, ett", "da": "og", "no": "og",
    "pl": "i, oraz, w, z, dla, że", "cs": "a, v, ve, z, ze, že",
    "ru": "и, в, на, с, о, к, из, для, от, до", "uk": "і, та, у, в, з, для, від",
    "tr": "ve, ile",
}  # fmt: skip


# bodytaglines.py: 2 to 6 as a count before its noun ("three changes", "drei Änderungen",
# "세 가지"), each entry a figure and a word. A word that is another word too in another
# language is left out: English "to", Norwegian "fire", Swedish "sex", Italian "sei", Spanish
# "dos" (Portuguese "of the"). The CJK numerals (一 to 六 before a counter) are the module's.
COUNT_WORDS = {
    "en": "2 two, 3 three, 4 four, 5 five, 6 six",
    "de": "2 zwei, 3 drei, 4 vier, 5 fünf, 6 sechs",
    "fr": "2 deux, 3 trois, 4 quatre, 5 cinq, 6 six",
    "es": "3 tres, 4 cuatro, 5 cinco, 6 seis",
    "pt": "2 dois, 2 duas, 3 três, 4 quatro, 5 cinco, 6 seis",
    "it": "2 due, 3 tre, 4 quattro, 5 cinque",
    "nl": "2 twee, 3 drie, 4 vier, 5 vijf, 6 zes",
    "sv": "2 två, 3 tre, 4 fyra, 5 fem", "nb": "3 tre, 5 fem, 6 seks", "da": "3 tre, 5 fem, 6 seks",
    "pl": "2 dwa, 2 dwie, 2 dwóch, 3 trzy, 3 trzech, 4 cztery, 4 czterech, 5 pięć, 5 pięciu, "
    "6 sześć, 6 sześciu",
    "cs": "2 dva, 2 dvě, 2 dvou, 3 tři, 3 tří, 4 čtyři, 5 pět, 6 šest",
    "ru": "2 два, 2 две, 2 двух, 3 три, 3 трёх, 3 трех, 4 четыре, 4 четырёх, 5 пять, 6 шесть",
    "tr": "2 iki, 3 üç, 4 dört, 5 beş, 6 altı", "id": "2 dua, 3 tiga, 4 empat, 6 enam",
    "fi": "2 kaksi, 3 kolme, 4 neljä, 5 viisi, 6 kuusi",
    "zh": "2 二, 2 两, 2 兩, 3 三, 4 四, 5 五, 6 六",
    "ko": "2 두, 3 세, 4 네, 5 다섯, 6 여섯",
}  # fmt: skip
# bodytaglines.py: what a count of no list's items counts, the word right after it: a span
# of time, a clock's hour, a share, an amount, a repeat ("three hours", "drei Jahre", "3
# Uhr", "2 Millionen", "tre volte", "세 시간"). An entry ending in "*" is a word's opening
# ("hour*": hours, hourly); the others are whole words.
COUNT_SPAN_WORDS = {
    "en": "hour*, day, days, week*, month*, year*, decade*, minute*, times, o'clock*, am, a.m, "
    "pm, p.m, percent*, per cent*, million*, billion*, thousand*, hundred*, dozen*",
    "de": "stunde*, tag, tage, tagn, tagen, woche*, monat, monate, monatn, monaten, jahr, "
    "jahre, jahrn, jahren, jahrzehnt*, mal, uhr, prozent*, milliard*, tausend*",
    "fr": "heure*, jour, jours, semaine*, mois, ans, année*, décenni*, fois, pour cent*, mille",
    "es": "hora*, dia, dias, día, días, semana*, mes, meses, años, año, decada*, década*, "
    "minut*, veces, por cien*, millon*, millón*, mil",
    "pt": "mês*, anos, ano, vezes, por cento*, milh*",
    "it": "ora, ore, giorn*, settiman*, mesi, anni, decenn*, volte, per cento*, milion*, mila",
    "nl": "uur, dagen, weken, maanden, jaar, jaren, keer, procent*, miljoen*, miljard*",
    "sv": "timm*, dagar, dygn*, veckor, månad*, år, gånger, miljon*",
    "nb": "dager, uker, måneder*, ganger, prosent*, millioner*",
    "pl": "godzin*, dni, tygodni*, miesiąc*, miesięc*, lat, lata, razy, tysi*",
    "cs": "hodin*, dny, dní, týdn*, měsíc*, roky, let, krát, tisíc*",
    "ru": "час*, дн*, недел*, месяц*, год*, лет, минут*, раз, процент*, миллион*, миллиард*, "
    "тысяч*",
    "tr": "saat*, gün*, hafta*, ay, yıl*, dakika*, kez, kere, defa, yüzde*, milyon*, milyar*, "
    "bin",
    "id": "jam, hari, minggu*, bulan*, tahun*, menit*, kali, persen*, juta, miliar*, ribu",
    "fi": "tunti*, päivä*, viiko*, kuukau*, vuot*, kertaa*, miljoona*, tuhat*",
    "ko": "시간*, 일, 주, 달, 개월*, 해, 년*, 분, 번, 차례*, 퍼센트*",
}  # fmt: skip
# bodytaglines.py: the words before a count that refer back to things already named ("the two
# leaders", "los dos dirigentes"): the count is no list's announcement.
COUNT_DEFINITE = {
    "en": "the, these, those, its, his, her, their",
    "de": "die, der, den, dem, des, diese", "fr": "les, ces", "es": "los, las, estos, estas",
    "pt": "os, as, estes", "it": "gli, le, questi", "nl": "het, deze", "sv": "dessa",
}  # fmt: skip
