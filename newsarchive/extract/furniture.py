"""What page furniture looks like: class words, roles and stock lines inside articles."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from lxml.html import HtmlElement

from newsarchive.extract import langwords
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import folded_search

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


def _by_first_letter(words: str) -> str:
    """A literal alternation ("commissi|comisi|...") with the words sharing a first letter
    under one branch ("c(?:ommissi|omisi)"): the same matches, but re tries each branch at
    each position a first letter of them opens, so fewer branches scan a line faster (the
    notes' words below: about half the time on newsbench's lines)."""
    groups: dict[str, list[str]] = {}
    for word in words.split("|"):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(
        re.escape(first) + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0])
        for first, rests in groups.items()
    )


# Words of class/id values (split on -, _ and camelCase) that mark page furniture.
_FURNITURE_WORDS = """
newsletter newsletters promo promos promotion related share sharing social advert
advertisement advertising ad ads adslot adunit caption captions credit credits byline bio
subscribe subscription signup recirc recirculation outbrain taboola comment comments
sidebar breadcrumb breadcrumbs toolbar tags tag topics readmore trending popular
recommended recommendations sponsor sponsored affiliate disclaimer cta embed embedded
video videos gallery photo photos image images modal popup cookie cookies footer hidden
timestamp dateline tweet twitter instagram tiktok youtube podcast rail sronly print
disclosure donate factbox infobox poll polls quiz survey regwall wall tooltip popover
faktaruta faktarute faktaboks faktabox faktenbox infokasten
consent onetrust didomi usercentrics gdpr talkback talkbacks
piano relatedposts wpdiscuz saboxplugin sharedaddy
cookiebot cookiebanner cookieconsent cmplz cmpbox iubenda optanon
"""
BOILERPLATE_WORDS = frozenset(_FURNITURE_WORDS.split())
_WORDS = _compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")

# Stock lines publishers put inside article containers: credits, calls to action, promos.
STOCK_LINE = _compile(
    r"^\W*(?:(?:additional |writing and )?reporting (?:by|from)|editing by|writing by|compiled by"
    r"|our standards:|follow (?:us|[\w.@]+(?: [\w.]+)?) on |sign up (?:to|for)|get in touch"
    r"|got a story|got a (?:news )?tip(?: for us)?\s?\?(?:\s|$)|do you have a story"
    r"|for (?:more|the latest) (?:\w+ )*(?:stories|news)\b.*sign"
    r"|for more (?:stories|news)|check out more\b|read more\b|more\s?:|more about$|related\s?:"
    r"|(?:this is a )?breaking\b.*(?:more to follow|updates? to follow)|click here to"
    r"|(?:article|story) continues below|continue reading\b|keep reading$"
    r"|download the \w+ app|subscribe (?:to|now)|advertisement$"
    # "Copyright 2026 Beispiel Verlag", "© dpa", not the writer's sentence going on ("Copyright
    # bleibt ein Streitpunkt, sagte ...", "© und Urheberrecht: Darum geht es ...")
    r"|(?:copyright\b|©)(?![,;]?\s+(?!(?:dpa|afp|apa|sda|kna|epd|ddp|by|von|par|por|di|de"
    r"|picture|privat|imago|getty|istock|adobe|stock|foto|photo)\b)(?-i:[a-zäöüßà-ÿ])"
    r"[\w-]*(?:[^\w\n]+[\w-]+){3})"
    # "(c) 2026 Beispiel Verlag", not "(c) 2026 ist nicht nur eine Jahreszahl: ..."
    r"|\(c\)\s*\d{4}\b(?![,;]?\s+(?!(?:dpa|afp|apa|sda|kna|epd|ddp|by|von|par|por|di|de)\b)(?-i:[a-zäöüßà-ÿ]))"
    # a rights notice opening the line, in the languages of unseen sites ("Riproduzione
    # riservata", "Tous droits réservés. Reproduction interdite.")
    r"|(?:all rights reserved|alle rechte vorbehalten|tous droits réservés"
    r"|todos los derechos reservados|todos os direitos reservados|riproduzione riservata"
    r"|tutti i diritti riservati|alle rechten voorbehouden|alle rettigheter reservert"
    r"|alla rättigheter förbehållna|alle rettigheder forbeholdes|wszelkie prawa zastrzeżone"
    r"|všechna práva vyhrazena|minden jog fenntartva|tüm hakları saklıdır|все права защищены"
    r"|toate drepturile rezervate|kaikki oikeudet pidätetään|(?:усі|всі) права захищені"
    r"|hak cipta dilindungi undang-undang|με επιφύλαξη παντός δικαιώματος"
    r"|جميع الحقوق محفوظة|כל הזכויות שמורות)\b"
    # ... a notice, not the writer's sentence going on ("Riproduzione riservata è la formula
    # ...", "Alle Rechte vorbehalten, hieß es auf dem Schild")
    r"(?![,;]?\s+(?-i:[a-zäöüßà-ÿ]))"
    # a teaser list's heading left alone ("Latest National Stories") and a share bar's line
    r"|(?:latest|more|top) (?:\w+ )?(?:stories|news|headlines)$"
    r"|share this (?:article|story|page)\b.{0,40}$"
    # a counter under a share or comment button ("123 shares", "1.2K views", "12 Kommentare")
    r"|\d[\d.,]*\s?[km]?\s*(?:shares?|likes?|views?|comments?|reactions?|kommentare|commentaires"
    r"|comentarios|commenti|komentarzy|komentáře|комментари\w*"
    # ... in more languages of unseen sites ("12 yorum", "12 bình luận", "12 kommentarer")
    r"|yorum|bình luận|kommentarer|kommentit|коментар\w*|σχόλια|تعليقا?ت?|תגובות"
    r"|comentários?|reacties?|hozzászólás|comentarii|kommenttia?|komentar|komentářů)$"
    # ... or the counter after the word ("コメント12件", "댓글 12", "评论 12", "Kommentare (12)")
    r"|(?:コメント|댓글|评论|評論|留言|kommentare|comments?|commentaires|comentarios|comentários"
    r"|commenti|reacties|komentarze|kommentarer|kommentit|комментарии|коментарі|yorumlar|diskuse"
    r"|komentáře|komentar|komentari|hozzászólások|σχόλια|التعليقات|תגובות)"
    # (a year after the word unbracketed is a heading's, "Comments 2024", no counter)
    r"\s*(?:[(（]\d[\d,]*\s*件?[)）]|(?!(?:19|20)\d\d$)\d[\d,]*\s*件?)$)"
    r"|^[\W\d_]+$",  # a counter or ornament without a single letter
    re.I,
)
# The same in the languages of langwords.STOCK_LINES: the whole line, or a "read more" link.
# A related block's heading alone, in the languages of RELATED_HEADINGS ("Czytaj także", "Baca
# juga", "קראו גם"): its links were dropped as a promo line below it.
_STOCK_WORDS = "|".join(
    langwords.entries(langwords.STOCK_LINES)
    + langwords.entries(langwords.BACK_LINES)
    + langwords.entries(langwords.RELATED_HEADINGS)
    + langwords.entries(langwords.PLACEHOLDER_LINES)
)  # (escaped by _by_first_letter below)
# "PLUS", "Premium" alone: a paid piece's badge; with a colon a label over what follows (a
# product test's "Plus:" over its strong points)
# (also with the piece's noun after it, "PLUS Artikel", "Plus-Inhalt", "Premium-Beitrag", or
# "only with" before the subscription: "Nur mit Abo", "Nur für Abonnenten")
_PAYWALL_WORDS = "|".join(re.escape(w) for w in langwords.entries(langwords.PAYWALL_LABELS))
_PAYWALL_BADGE = _compile(
    # the piece named before the label too ("Article réservé aux abonnés")
    r"^[^\w:]*(?:(?:article|artikel|artículo|articolo|artigo|contenu|contenido|contenuto"
    r"|conteúdo|inhalt|content|story)\s)?"
    rf"(?:(?:nur|only)\s(?:mit|für|with|for)\s)?(?:{_PAYWALL_WORDS})"
    r"(?:[\s-](?:artikel|inhalt|beitrag|text|article|content|story|artikkel))?[^\w:]*$",
    re.I,
)
# ... a player's label may carry its running time ("Artikel anhören 4:12 Min.")
OTHER_STOCK_LINE = _compile(
    # (the spaces before "min" and the marks after the time split one way)
    # (its ~650 words grouped by first letter: IGNORECASE tries each branch at each position,
    # 5.4 -> 0.8 us of CPU a call over newsbench's lines)
    rf"^\W*(?:{_by_first_letter(_STOCK_WORDS)})\W*+(?:(?:\d{{1,2}}:\d{{2}}|\d{{1,3}})(?:\s*+min\w*+\.?)?\W*+)?$",
    re.I,
)
_MAX_OTHER_STOCK_LINE = 45  # the longest of them, with marks around
# A rights notice closing a story, anywhere in a short line (langwords.RIGHTS_NOTICES).
_RIGHTS = "|".join(re.escape(w) for w in langwords.entries(langwords.RIGHTS_NOTICES))
RIGHTS_NOTICE = _compile(rf"(?:{_RIGHTS})", re.I)
_MAX_RIGHTS_LINE = 80
_MAX_STOCK_LINE = 300
_MAX_TAG_LIST_LINE = 200  # a tag list's line; a paragraph opening "Tags:" is longer
_MAX_PAYWALL_NOTE_LINE = 80
# dpa's story id that sites printing its feed set under the text ("dpa-infocom, dpa:240422-
# 99-123456/3", with "©" or not): a record number, never the writer's words.
FEED_ID_LINE = _compile(
    r"^\W*(?:©\s*)?(?:dpa-infocom\b[^.!?]{0,40}?)?\bdpa:\d{6}-\d{2,3}-\d+(?:/\d+)?\W*$", re.I
)
_MAX_FEED_ID_LINE = 100
# A comment section's disclaimer left under the text without its comments ("Die Kommentare
# von Usern geben nicht notwendigerweise die Meinung der Redaktion wieder", "Comments do
# not reflect the views of ..."): the forum's notice, no sentence of the story's.
COMMENTS_NOTICE = _compile(
    r"^\W*(?:die\s+)?(?:kommentare|postings|leserkommentare|userkommentare|user-kommentare)\b"
    r"[^.!?]{0,80}?\bnicht\b[^.!?]{0,40}?\bmeinung\s+der\s+redaktion\b"
    r"|^\W*(?:the\s+)?comments?\b[^.!?]{0,80}?\b(?:do|does)\s+not\b(?P<en>[^.!?]{0,40}?)"
    r"\b(?:views?|opinions?)\b",
    re.I,
)
# The notice is the whole line: a story's sentence about someone's comments goes on ("...
# geben nicht die Meinung der Redaktion wieder, betonte ...", "The comments do not reflect
# the views of the council, a spokeswoman said"); an English one says "necessarily" or
# names the site's side.
_NOTICE_END = _compile(r"[^.!?,;]{0,60}[.!]?\s*")
_NOTICE_SIDE = _compile(
    r"(?!(?<=\s)\s)\s+of\s+(?:the\s+|this\s+|our\s+)?(?:publisher|site|website|newspaper|paper"
    r"|publication|editors?|editorial|management|staff)\b",
    re.I,
)


def _comments_notice(text: str) -> bool:
    if (m := COMMENTS_NOTICE.match(text)) is None:
        return False
    rest = text[m.end() :]
    if _NOTICE_END.fullmatch(rest) is None:
        return False
    en = m.group("en")
    return en is None or "necessarily" in en.lower() or _NOTICE_SIDE.match(rest) is not None


_MAX_COMMENTS_NOTICE = 200
# A media teaser's stamp ("18.04.2024 | 0:21 min", "02:57 Min.") and the consent
# placeholders that stand in for embeds until a reader agrees, in the languages read.
# A media item's length ("Video 2:30 min"), searched only in a line holding a colon, and an
# embed's consent line by its opening: apart, not one regex tried at every position (a
# tenth of the time over the body's lines).
MEDIA_LENGTH = _compile(r"\b\d{1,2}:\d{2}\s*min\b", re.I)
CONSENT_LINE = _compile(
    r"(?:ein klick für den datenschutz|externer inhalt"
    r"|empfohlener (?:redaktioneller|externer) inhalt"
    r"|ich bin damit einverstanden, dass mir (?:der )?externe"
    r"|(?:um|zum) (?:externe|eingebettete) inhalte|we need your (?:permission|consent)"
    r"|this (?:content|embed) (?:is provided by|cannot be displayed)"
    r"|contenu externe|contenido externo|contenuto esterno|eksternt innhold|externt innehåll"
    r"|ce contenu (?:est|a été) bloqué)",
    re.I,
)
# A player's label and running time ("VIDEO 4:42"), its title line ("Video: So sieht der
# Hafen aus", "Podcast | Der Hafen-Talk").
PLAYER_LINE = _compile(
    r"(?:video|audio|podcast)\s*\d{1,2}:\d{2}"
    r"|(?:video|vídeo|vidéo|wideo|видео|podcast|audio|hörtipp|videotipp|livestream"
    r"|bildstrecke|bildergalerie|fotostrecke|fotogalerie|galerie)"
    r"\s*[:|｜]\s*[^.!?:]{1,100}$",
    re.I,
)


# A source or picture credit on a line of its own ("Quelle: dpa", "(Foto: APA)",
# "Photo: Getty Images"), in the languages read: a label, a colon, a short name.
CREDIT_LINE = _compile(
    r"^[(（【\[]?(?:(?:quellen?|fotos?|bild(?:er)?|photos?|sources?|images?|credits?|crédits?|sendung"
    r"|symbolbild|symbolfoto|archivbild|archivfoto|teaserbild|titelbild|vorschaubild"
    r"|bildrechte|bildquelle|grafik|infografik|illustration|rechte"
    # a map's source ("Karte: OpenStreetMap"; a co-writer's "Mitarbeit:" line stays)
    r"|karte|maps?|cartes?|mapas?|mappa|kaart"
    r"|kilde|källa|fuente|fonte|fonti|foto ?credit|写真|출처|사진|来源|來源|源|kaynak|المصدر"
    r"|bron|джерело"
    # sources and desk editors in the languages of unseen sites ("Źródło: PAP", "责任编辑" lines)
    r"|źródło|zdroj|источник|šaltinis|sumber|heimild|chanzo|स्रोत|מקור|本文来源|责任编辑|責任編輯"
    r"|编辑|編輯|redakcja|redakce|редактор"
    # picture credits in more languages of unseen sites ("Fotó: MTI", "Fotoğraf: AA",
    # "Φωτογραφία: ...", "Снимка: БТА"); Korean papers set "=" ("사진=연합뉴스")
    r"|fotó|kép|fotoğraf|görsel|φωτογραφία|φωτ|снимка|фото(?:графия)?|fotografía|fotografia"
    r"|fotografija|slika|nuotr(?:auka)?|kuva|valokuva|zdjęcie"
    # a credit's longer label ("Photo credit:", "Photograph:", "Crédito:", "Bildtext:") and
    # the Vietnamese, Chinese, Korean and Japanese "picture (source/provided)" labels
    r"|photo ?credits?|bildtext|bildunterschrift|fotografie"
    r"|foto ilustrasi|ảnh|图片来源|圖片來源|사진 ?제공|写真提供"
    # ... and in the scripts of more unseen sites ("צילום: ...", "تصوير: ...", "फोटो: ...",
    # "ภาพ: ...", "Фото: ...")
    r"|צילום|צילומים|تصوير|صورة|الصورة|फोटो|फ़ोटो|तस्वीर|ภาพ|ภาพประกอบ|ที่มา)\s*[:：=＝]\s*"
    # words of their own too ("Crédito: la parte del león ...", a loan; "Photograph: the
    # ferry ...", a contest's category): a name after them, not a lower-case word
    # ("Image credit: Getty Images", not "Image credit: the council said ...")
    r"|(?:photograph|cr[ée]ditos?|(?:header |main )?(?:image|picture) ?credits?)\s*[:：=＝]"
    r"(?!\s*(?-i:[a-zà-ÿ]))\s*)"
    r"(?:[^.!?:：]|\.(?=\S)){1,60}"  # a dot inside a name ("ntv.de", "F.A.Z.")
    # a chart's source after its maker: "Grafik: Beispiel Zeitung / Quelle: BFS"
    r"(?:\s[/|·]\s*(?:quelle|daten|source|data)\s*:\s*[^.!?:：]{1,40})?"
    r"\.?[)）】\]]?$",
    re.I,
)

# A clause after a source's label is the writer's sentence ("Bron: ANP en Reuters melden dat de
# premier aftreedt"): a conjunction in lower case (a name may be "Dat", "Che").
_CREDIT_CLAUSE = _compile(r"\s(?:dat|dass|that|que|che|что|що|że|že|att)\b")


# A film's, play's or exhibition's card in a review names who took its pictures with the
# word for a picture credit ("Regia: Anna Bianchi / Fotografia: Mario Rossi", "Kamera: ... /
# Foto: ..."): such a line under another card line ("Label: value") is the card's, not a
# credit for the page's picture. A card line: a label of one to three words, a short value.
CARD_PHOTO_LINE = _compile(
    r"^(?:fotografia|fotografía|fotografie|photography|director of photography|foto|fotos"
    r"|photos?)\s*:",
    re.I,
)
_CARD_LINE = _compile(r"^[^\W\d_][\w'’-]{1,20}(?: [\w'’-]+){0,2}\s*:\s*[^\s:][^:]{0,60}$")


def is_card_photo_line(text: str, before: str) -> bool:
    """ "Fotografia: Mario Rossi" set under "Regia: Anna Bianchi": a card's line (the line
    `before` it a card line that is no credit, byline or stock line of its own)."""
    return (
        bool(CARD_PHOTO_LINE.match(text))
        and _CARD_LINE.match(before) is not None
        and not _INNER_STOP.search(before)
        and not is_stock_line(before)
    )


# A reading time said roughly ("Lesezeit: ca. 3 Minuten", "about 4 minutes", "environ 3 min").
_ROUGHLY = (
    r"(?:(?:ca\.?|circa|etwa|rund|approx\.?|about|around|environ|aprox\.?|cerca de"
    r"|ongeveer|ungefär|omkring|około|около|yaklaşık|~)\s*)"
)
# Lines that open the same way on every article of a site, in the languages read: reading
# times, "report an error" and "subscribe now" calls, a broadcaster's programme line, where
# the piece first ran, and consent notices standing in for an embed (up to a paragraph long).
# A machine voice's note ends the line, or a link to report it follows ("Audio is
# AI-generated. Report a problem.")
_VOICE_NOTE_END = (
    r"(?:[.!]\s*(?:report a problem|report an issue|give (?:us )?feedback|send feedback"
    r"|learn more|en savoir plus|más información|saiba mais|mehr erfahren|läs mer|les mer)\.?)?"
    r"\W*$"
)
SERVICE_LINE = _compile(
    rf"^\W*(?:{_ROUGHLY}?\d+\s*(?:min(?:\.|uten?|utes?)?|minutos?|minuti|мин\.?|dk\.?|perc)"
    r"\s*(?:lesezeit|lesedauer|read|de lecture|de lectura|di lettura|lesetid|läsning|läsetid"
    r"|czytania|čtení|de leitura|leestijd|чтения|okuma|lukuaika|olvasás)\W*$"
    r"|(?:lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura|tempo di lettura"
    r"|lesetid|lästid|læsetid|czas czytania|doba čtení|tempo de leitura|leestijd|время чтения"
    r"|okuma süresi|lukuaika|olvasási idő|waktu baca|skaitymo laikas|χρόνος ανάγνωσης"
    r"|読了時間|阅读时间|閱讀時間|읽는 시간|وقت القراءة|זמן קריאה)"
    rf"\s*[:：]?\s*(?:約|약|约|{_ROUGHLY})?\s*\d+\s*(?:min|мин|dk|dakika|perc|λεπτ|分|분|menit"
    r"|دقائق|دقيقة|דקות|דקה)\w*\.?$"
    r"|čtení na \d{1,3} minut\w*$"  # the Czech "reading of 4 minutes"
    r"|fehler gefunden\W*jetzt melden|(?:haben sie )?(?:einen )?fehler (?:entdeckt|gefunden)\?"
    r"|(?:have you )?(?:spotted|found|noticed) (?:an error|a mistake|a typo)\b"
    r"|vous avez (?:repéré|remarqué|trouvé) une (?:erreur|faute)"
    r"(?: dans (?:cet|ce|notre) (?:article|texte|contenu))?\s?\?"
    r"|¿?(?:has|ha|habéis) (?:encontrado|visto|detectado) (?:un|algún) error"
    r"(?: en (?:este|esta|nuestro|nuestra) (?:artículo|texto|noticia|contenido))?\s?\?"
    # an Indian wire's credit and a syndicated feed's note ("(With inputs from PTI)", "(Except
    # for the headline, this story has not been edited by ... staff and is published from a
    # syndicated feed.)"), a portal's closing call ("Catch all the Business News ... on ...")
    r"|\(with (?:additional )?inputs? from [^()]{1,40}\)\.?$"
    r"|with (?:additional )?inputs? from (?:(?-i:[A-Z][\w.&-]{0,20})|agencies)"
    r"(?:(?:,| and| &) (?:(?-i:[A-Z][\w.&-]{0,20})|agencies)){0,3}\.?$"
    r"|\(?except for the headline, this (?:story|article|report) has not been edited by"
    r"|this (?:story|article|report) has not been edited by [^.()]{0,40}\bstaff\b"
    r"|(?:disclaimer\s*:\s*)?this (?:story|article|report) (?:is|was|has been) (?:auto-generated"
    r"|published) from a syndicated (?:news )?feed"
    r"|catch all the (?:[\w-]+ ){0,6}news\b[^.!?]{0,150}\bupdates? on\b[^.!?]{1,60}[.!]?$"
    # the French "with the agencies" closing a wire story ("Avec AFP", "Avec l'AFP et Reuters")
    r"|avec (?:l['’])?(?:afp|ap|reuters|belga|ats|keystone-ats|agences?)"
    r"(?:(?:,| et) (?:l['’])?(?:afp|ap|reuters|belga|ats|agences?)){0,3}\.?$"
    r"|(?:zauważyłeś|znalazłeś|zauważyłaś|znalazłaś) błąd|našli jste (?:v článku )?chybu"
    # a call for readers' tips ("Sie haben einen Hinweis für uns? Schreiben Sie an ...")
    r"|(?:sie haben|haben sie) (?:einen (?:hinweis|tipp)|eine geschichte|ein thema)"
    # ... to the newsroom: "für uns", or the question alone or followed by where to write
    # ("Schreiben Sie uns", an address); a police appeal ("Haben Sie einen Hinweis? Die
    # Polizei bittet ...") and an adviser's tip are the story's
    r"(?: für uns\?|\?(?:\W*$|(?=[^?]*(?:\buns\b|redaktion|@))))(?![\"“”«»])"  # quoted: a speaker's
    r"|(?:нашли|заметили) ошибку|encontrou um erro|pastebėjote klaidą"
    # a player's duration alone ("3 Min.", "12 min"): an audio or video box's label
    r"|\d{1,3}\s*(?:min|minuten|minutes|mins|minut|minuty|минут|мин)\.?\W*$"
    r"|jetzt (?:abonnieren|registrieren|kostenlos registrieren)\b"
    r"|(?:sendung|dieses thema im programm)\s*:"
    # a broadcaster's programme note ("Über dieses Thema berichtete NDR Info am 3. Dezember",
    # "... hat NDR Info berichtet"; not "Über dieses Thema hat der Rat lange gestritten")
    r"|über dieses thema (?:berichtete|berichtet|hat\b[^!?]{0,100}\bberichtet)\b[^!?]{0,150}$"
    r"|dieser (?:artikel|beitrag|text) (?:ist|erschien|wurde) (?:zuerst|ursprünglich)\b"
    # ... alone: "... und löste eine Debatte aus" goes on with the story ("und wurde
    # aktualisiert" is the note's)
    r"(?![^.!?]*\s(?:und|aber|doch)\s(?!(?:wurde|ist|seitdem|seither)\b)"
    # ... "und wird mit freundlicher Genehmigung veröffentlicht" is the note's too
    r"(?![^.!?]*(?:genehmigung|lizenz|kooperation|partnerschaft)))"
    # ... "erstmals" as a note alone, ending at where or when it ran ("Dieser Artikel ist
    # erstmals am ... auf ... erschienen"), not the story's sentence on a text ("... erstmals
    # 1925 erschienen und gilt ...", "... wurde erstmals übersetzt")
    r"|dieser (?:artikel|beitrag|text) (?:(?:ist|wurde) erstmals\b[^!?,;]{0,150}\b(?:erschienen"
    r"|veröffentlicht|publiziert|gesendet|ausgestrahlt)|erschien erstmals\b(?:(?! und )[^!?,;])"
    r"{0,150})\W*$"
    r"|mit material (?:von|der|aus)\b.{0,80}$"
    # a read-aloud player's note on its machine voice ("Die Audioversion dieses Artikels wurde
    # künstlich erzeugt", "Dieser Audioinhalt wurde mit KI generiert")
    r"|(?:die |diese |der |dieser )?(?:audioversion|audiofassung|audioinhalt|audiobeitrag"
    r"|vorlesefunktion|sprachausgabe|hörfassung|hörversion)(?: (?:dieses|des) (?:artikels"
    r"|beitrags|textes))? (?:wurde|wird)\b[^.!?,]{0,40}(?:künstlich|\bki\b|maschinell"
    r"|automatisch|synthetisch)[^.!?,]{0,40}"
    # ... ending at its verb: ", sagt der Sender", "... und klingt verblüffend echt" are the
    # story's words on it
    r"(?:erzeugt|generiert|erstellt|vertont|gesprochen|eingesprochen|vorgelesen|produziert)"
    r"(?: und kann (?:fehler|ungenauigkeiten) enthalten)?\W*$"
    r"|(?:this )?audio (?:version )?(?:is|was) (?:auto-?|automatically |ai[- ])?generated"
    r"(?: (?:by|using|with) (?:an? )?(?:ai|artificial intelligence|synthetic \w+|machine \w+"
    rf"|text-to-speech)(?: (?:technology|tools?|voices?))?)?{_VOICE_NOTE_END}"
    # ... the article read by a machine voice, in the languages of unseen sites ("This article
    # is voiced by AI", "Cet article est lu par une voix de synthèse", "Artikeln läses upp av
    # en AI-röst"), ending there: "... fooled thousands of voters" is the story's
    r"|(?:(?:this )?(?:article|story) (?:is|was|has been) (?:voiced|narrated|read(?: aloud)?)"
    r" (?:by|using|with) (?:an? )?(?:ai|artificial intelligence|text-to-speech|(?:automated"
    r"|synthetic|computer|computer-generated|ai|ai-generated|artificial|digital) voice)"
    r"(?: (?:technology|voice))?"
    r"|(?:cet )?article (?:est |a été )?(?:lu|narré|vocalisé) (?:par|avec) une voix (?:de synthèse"
    r"|artificielle|générée par (?:l['’])?ia)|(?:la )?(?:version )?audio (?:de cet article )?"
    r"(?:est |a été )?générée? (?:par|avec) (?:l['’])?(?:ia|intelligence artificielle)"
    r"|(?:este )?(?:artículo|audio) (?:es |ha sido |fue )?(?:leído|narrado|locutado|generado)"
    r" (?:por|con) (?:una )?(?:voz (?:artificial|sintética|generada por ia)|(?:la )?ia"
    r"|inteligencia artificial)"
    r"|(?:questo )?(?:articolo|audio) (?:è )?(?:letto|narrato|generato) (?:da|con) (?:una )?"
    r"(?:voce (?:artificiale|sintetica)|l['’]ia|ia|l['’]intelligenza artificiale)"
    r"|(?:este )?(?:artigo|áudio) (?:é |foi )?(?:lido|narrado|gerado) (?:por|com) (?:uma )?"
    r"(?:voz (?:artificial|sintética)|(?:a )?ia|inteligência artificial)"
    r"|(?:dit )?artikel wordt voorgelezen (?:door|met) een (?:computerstem|ai-stem"
    r"|kunstmatige stem|synthetische stem)|(?:deze )?audio is (?:gegenereerd|gemaakt) (?:door"
    r"|met) (?:ai|kunstmatige intelligentie)"
    r"|(?:artikeln|texten) läses (?:upp )?(?:av|med) en (?:ai-röst|syntetisk röst|datorröst"
    r"|ai-genererad röst)|uppläsningen är (?:ai-genererad|gjord med ai)"
    r"|(?:artikkelen|saken|artiklen) (?:blir |bliver )?(?:lest|læst) (?:opp |op )?(?:av|af|med)"
    r" (?:en )?(?:kunstig|syntetisk) stemme"
    r"|(?:artykuł|tekst) (?:jest )?czytany przez (?:syntezator mowy|sztuczną inteligencję|ai"
    rf"|si)|(?:artykuł|tekst) czyta (?:syntezator mowy|sztuczna inteligencja)){_VOICE_NOTE_END}"
    # an agency's input credited in Hindi ("(एजेंसी इनपुट के साथ)", "(इनपुट: आईएएनएस)")
    r"|\(?(?:[^\s()]+ )?इनपुट\s*(?:के साथ|[:：]\s*[^()]{1,30})\)?\W*$"
    # the text resuming under an ad slot ("Weiterlesen nach der Anzeige", "Dalsza część
    # artykułu pod reklamą", "La suite après cette publicité")
    r"|(?:weiterlesen|lesen sie weiter|weiter) nach der (?:anzeige|werbung)\W*$"
    # ... ending there ("Der Artikel wird nach der Anzeige des Bürgermeisters besprochen" is news)
    r"|(?:der |dieser )?(?:artikel|text|beitrag) (?:geht|wird) (?:nach|unter|unterhalb) der"
    r" (?:anzeige|werbung)(?: (?:weiter|fortgesetzt))?\W*$"
    r"|la suite (?:après|sous) (?:la|cette) publicité"
    r"|dalsza część (?:artykułu|tekstu) pod (?:reklamą|materiałem wideo|wideo|filmem)"
    r"|(?:článek|text) pokračuje pod (?:reklamou|videem)|pokračování článku pod (?:reklamou|videem)"
    r"|(?:la noticia|el artículo) (?:continúa|sigue) (?:tras|después de)(?: la| el)?"
    r" (?:publicidad|anuncio)|l'articolo continua (?:dopo|sotto) la pubblicità"
    r"|продолжение (?:статьи )?(?:после|под) реклам"
    r"|(?:o artigo |a (?:notícia|matéria) )?continua (?:após|depois d)[ae]? ?(?:a |o )?"
    r"(?:publicidade|anúncio)\W*$|(?:het )?artikel gaat verder (?:onder|na) de advertentie"
    r"|(?:artikeln|texten) fortsätter (?:efter|under) (?:annonsen|reklamen)"
    r"|το άρθρο συνεχίζεται (?:μετά|κάτω από) (?:τη|την) διαφήμιση"
    r"|gulir untuk melanjutkan membaca|(?:berita|artikel) berlanjut setelah iklan"
    r"|haberin devamı reklamdan sonra|bài viết tiếp tục (?:sau|dưới) quảng cáo"
    r"|articolul continuă (?:după|sub) (?:publicitate|reclamă)"
    r"|a cikk a hirdetés után folytatódik|artikkeli jatkuu mainoksen (?:jälkeen|alla)"
    # ... in more languages of unseen sites, as a whole line only ("Artikkelen fortsetter
    # under annonsen", "Mainos - artikkeli jatkuu alla", "Продолжение статьи ниже")
    r"|(?:mainos\W{1,3})?artikkeli jatkuu (?:alla|mainoksen jälkeen)\W*$"
    r"|artikkel(?:en)? fortsetter (?:under|etter) (?:annonsen|reklamen)\W*$"
    r"|artikl(?:en)? fortsætter (?:under|efter) (?:annoncen|reklamen)\W*$"
    r"|продолжение (?:статьи|материала) ниже\W*$"
    r"|продовження (?:статті )?(?:нижче|після реклами)\W*$"
    r"|bài viết tiếp tục (?:bên dưới|ở dưới)\W*$"
    r"|(?:cerita|berita|artikel) berlanjut di bawah(?: iklan)?\W*$"
    r"|artykuł (?:jest kontynuowany|kontynuowany jest) pod reklamą\W*$"
    r"|an dieser stelle (?:finden sie|ist|befindet sich) (?:einen?|ein)\b.{0,60}\bextern"
    r"|ich bin damit einverstanden, dass mir (?:der |die )?externen?\b"
    # German pointers to the site's other pages, named by what they lead to ("Hier geht's
    # zum Liveblog", "Mehr Nachrichten aus Ostfriesland lesen Sie hier."): one line each
    r"|hier geht(?:'s|’s|s| es) (?:direkt )?zu[mr]? (?:\w+ ){0,2}?(?:liveblogs?|newstickers?"
    r"|tickers?|artikeln?|nachrichten|news|übersicht|dossiers?|themenseiten?|videos?"
    r"|podcasts?|bildergalerien?|fotostrecken?|startseite|newsletters?|abos?|anmeldung"
    r"|umfragen?|kommentaren|interviews?)\b[^.!?,]{0,60}[.!]?$"
    r"|mehr (?:nachrichten|news|meldungen|artikel|berichte|geschichten|themen) (?:aus|über"
    r"|zu[mr]?|von|vom|rund um) [^.!?,:]{1,40}?(?:\s(?:(?:lesen|finden) sie hier|gibt es hier)"
    r"[.!]?|:)?$"
    # "Weitere Meldungen aus dem Kreis" alone is a roundup's subhead: a pointer says "hier"
    r"|weitere (?:nachrichten|news|meldungen|artikel|berichte|geschichten|themen) (?:aus|über"
    r"|zu[mr]?|von|vom|rund um) [^.!?,:]{1,40}?(?:\s(?:(?:lesen|finden) sie hier|gibt es hier)"
    r"[.!]?|:)$"
    r"|mehr (?:zum thema|dazu) (?:lesen|finden) sie hier[.!]?$"
    r"|(?:alle |weitere )?(?:infos|informationen|artikel|nachrichten|news|berichte) (?:zum thema"
    r"|zu diesem thema) finden sie (?:auf|in|unter|hier)\b[^.!?]{0,60}[.!]?$"
    # a feedback widget's question ("War dieser Artikel hilfreich?", "Was this article helpful?")
    r"|(?:war|ist|fanden sie) (?:dieser|der) (?:artikel|beitrag|text)"
    r" (?:hilfreich|lesenswert|nützlich)\?"
    r"|(?:gefällt|gefiel) (?:ihnen|dir) (?:dieser|der) (?:artikel|beitrag|text)\?"
    r"|haben sie (?:anmerkungen|fragen|feedback|hinweise) zu (?:diesem|dem)"
    r" (?:artikel|beitrag|text)\?"
    r"|(?:was this|did you find this) (?:article|story) (?:helpful|useful)\?"
    r"|czy (?:ten )?artykuł był (?:pomocny|przydatny)\?"
    r"|byl (?:pro vás )?(?:tento )?článek užitečný\?"
    r"|(?:esta|este) (?:notícia|artigo|matéria) (?:foi|é) útil\?|была ли (?:эта )?статья полезной\?"
    r"|(?:hier|dort) finden sie (?:alle |weitere |mehr )?(?:artikel|nachrichten|beiträge|berichte"
    r"|informationen|infos) (?:zum thema|zu diesem thema|dazu)[^.!?]{0,40}[.!]?$"
    # a read-aloud player's label ("Hören Sie hier den Artikel", "Artikel vorlesen lassen"),
    # a share button's call ("Teilen Sie diesen Artikel")
    r"|(?:hören sie (?:hier |sich )?(?:den|diesen) (?:artikel|beitrag)(?: an)?"
    r"|(?:den |diesen )?(?:artikel|beitrag) (?:vorlesen lassen|anhören|hören)"
    r"|teilen sie diesen (?:artikel|beitrag))\W*$"
    # a log-in call under a paywall's teaser ("Bereits Abonnent? Jetzt einloggen", "Sie haben
    # bereits ein Abo? Hier anmelden", "Zum Weiterlesen bitte einloggen")
    r"|(?:(?:bereits|schon) (?:abonnent(?:in)?|abonniert|registriert|kunde|kundin)"
    r"|(?:sie haben|du hast|haben sie|hast du) (?:bereits|schon) ein (?:abo|abonnement|konto))"
    r"\?\s*(?:jetzt |hier |bitte )?(?:einloggen|anmelden|login)\W*$"
    r"|zum weiterlesen (?:bitte )?(?:einloggen|anmelden|registrieren|abonnieren)\W*$"
    r"|jetzt (?:kostenlos )?registrieren und weiterlesen\W*$"
    r"|(?:diesen |den )?(?:artikel|beitrag) weiterlesen mit\b[^.!?]{0,40}$"
    # a player's episode and length ("Folge 12 · 34 Min."), a comment section's call
    r"|(?:folge|episode|teil)\s*\d+\s*[·|,–-]\s*\d{1,3}\s*min\w*\.?$"
    r"|(?:was meinen sie\?\s*)?diskutieren sie mit\b[^.!?]{0,60}[.!]?$)",
    re.I,
)
_MAX_SERVICE_LINE = 400
# A numbered ad slot's label ("Advertisement 2", "Anzeige 3", "広告 1"): ad servers count the
# slots of a page, so the label alone (a stock line) is not all an unseen page shows.
AD_SLOT_LINE = _compile(
    r"^\W*(?:advertisement|advert|ad|anzeige|werbung|publicité|publicidad|anuncio|pubblicità"
    r"|annonse|annons|reklame|reklama|advertentie|mainos|reklam|реклама|広告|광고|广告|إعلان)"
    r"\W*\d{1,3}\W*$",
    re.I,
)
_MAX_AD_SLOT_LINE = 30


# A share bar's label in the languages read ("Artikel teilen", "Sdílet článek", "Поделиться",
# "שתפו", "分享到"), alone or before the networks' names ("Teilen: Facebook X E-Mail").
SHARE_LABEL = _compile(
    r"^\W*(?:share(?: (?:this|the))?(?: (?:article|story|page|post))?(?: on| via)?"
    # ... "on social media" ("Compartir en redes", "Partager sur les réseaux sociaux")
    r"(?: social media)?"
    r"|(?:(?:diesen )?(?:artikel|beitrag|seite) )?teilen"
    r"|teilen sie (?:diesen|den) (?:artikel|beitrag)"
    r"|partager(?: cet article| l'article)?(?: sur les réseaux(?: sociaux)?)?"
    r"|comparteix(?: l['’]article)?"  # Catalan, before Spanish's "comparte" takes its start
    r"|compart(?:ir|e)(?: (?:este|el) artículo| (?:esta|la) noticia)?(?: en (?:las )?redes"
    r"(?: sociales)?)?"
    r"|compartilh(?:e|ar)(?: (?:este|o) artigo| esta (?:notícia|matéria))?(?: nas redes"
    r"(?: sociais)?)?"
    r"|partilh(?:e|ar)(?: (?:este|o) artigo)?|condividi(?: (?:questo|l')\s?articolo)?"
    r"|(?:deel|delen)(?: dit artikel)?|dela(?: artikeln)?|del(?: artikkelen| artiklen)?"
    r"|udostępnij(?: artykuł)?|sdílej(?:te)?(?: článek)?|sdílet(?: článek)?|zdieľať(?: článok)?"
    r"|поделиться|поділитися|μοιραστείτε(?: το άρθρο)?|κοινοποίηση|chia sẻ(?: bài viết)?"
    r"|(?:pasi)?dalinkit(?:ės|e)|dalintis|kongsi(?: artikel)?|deila(?: frétt)?"
    r"|bagikan(?: (?:artikel|berita)(?: ini)?)?|(?:bu (?:haberi|yazıyı) )?paylaşın"
    r"|jaa(?: artikkeli)?|megosztás|distribuie(?: articolul)?"
    r"|podijeli(?:te)?(?: članak)?|podeli(?:te)?(?: članak)?|подели(?:те)?(?: чланак)?"
    r"|اشتراک(?:\u200c| )?گذاری|همرسانی|แชร์(?:บทความ)?"
    r"|dalīties|jaga(?: artiklit)?"
    r"|शेयर करें|साझा करें|shiriki(?: makala)?|שתפו|שתף(?: כתבה)?|شارك|分享(?:到|文章)?"
    r"|シェア(?:する)?|공유(?:하기)?|paylaş)\s*[:：]?\s*",
    re.I,
)
SHARE_TARGETS = frozenset(
    """facebook twitter x whatsapp e mail email mail linkedin telegram pinterest reddit threads
    bluesky xing messenger sms flipboard drucken print kopieren copy link links mastodon weibo
    wechat line kakao kakaotalk vk ok viber 微博 微信""".split()  # noqa: SIM905
)
_MAX_SHARE_LINE = 120
_TARGET_WORDS = _compile(r"\w+")


# A share button's words around a network's name ("Auf Facebook teilen", "Share on X").
SHARE_VERBS = frozenset(
    """share teilen partager compartir compartilhar partilhar condividi delen dela del dele
    udostępnij sdílet sdílejte zdieľať поделиться поділитися paylaş paylaşın kongsi bagikan
    shiriki deila μοιραστείτε κοινοποίηση jaa megosztás distribuie שתף
    שתפו 分享 공유""".split()  # noqa: SIM905
)
SHARE_LINKING = frozenset(
    """on via auf per mit with sur en em na no в на su op på this it this article artikel
    beitrag diesen den""".split()  # noqa: SIM905
)
# the networks' names one after another, the longest first ("email" before "e")
_GLUED_TARGETS = _compile(
    "(?:" + "|".join(map(re.escape, sorted(sorted(SHARE_TARGETS), key=len, reverse=True))) + ")+"
)
_SHARE_BUTTON_WORDS = 6
_MAX_SHARE_BUTTON = 50  # characters of a share button's words


def _is_share_line(text: str) -> bool:
    """A share bar's text: its label, then nothing but the networks' names; or a share
    button's words around one ("Auf Facebook teilen", "Teilen auf WhatsApp")."""
    if len(text) > _MAX_SHARE_LINE:
        return False
    m = SHARE_LABEL.match(text)
    if m is not None:
        rest = _TARGET_WORDS.findall(text[m.end() :].casefold())
        if all(w in SHARE_TARGETS for w in rest) and (bool(rest) or m.end() == len(text)):
            return True
        # the networks' names glued by markup without a space ("Share this
        # articleFacebookXEmail"): the label's last word may carry the first name too
        glued = "".join(_TARGET_WORDS.findall(text.casefold()))
        label = "".join(_TARGET_WORDS.findall(m.group().casefold()))
        if _GLUED_TARGETS.fullmatch(glued, len(label)) is not None:
            return True
    if len(text) > _MAX_SHARE_BUTTON:
        return False
    words = _TARGET_WORDS.findall(text.casefold())
    if not 2 <= len(words) <= _SHARE_BUTTON_WORDS or SHARE_VERBS.isdisjoint(words):
        return False
    named = [w for w in words if w not in SHARE_VERBS and w not in SHARE_LINKING]
    return bool(named) and all(w in SHARE_TARGETS for w in named)


# A page or picture counter ("Seite 1 von 2", "Bild 3/12") or a gallery's size
# ("Bildergalerie: 12 Bilder"), in the languages read.
COUNTER_LINE = _compile(
    r"^\W*(?:(?:seite|page|strona|strana|página|pagina|страница|bild|foto|photo|image|zdjęcie"
    r"|snímek|фото)\s*\d+\s*(?:von|of|z|ze|de|di|из|/)\s*\d+"
    r"|\d{1,3}\s*(?:/|von|of|z|de|di|van|av|af|sur|из)\s*\d{1,3}"  # a slideshow's "1 / 12" alone
    r"|(?:(?:bildergalerie|fotostrecke|galerie|gallery|galeria|galerii|фотогалерея)\W*)?\d+\s*"
    r"(?:bilder|fotos|photos|images|pictures|zdjęć|zdjęcia|fotografií|fotek|fotografias|фото))\W*$",
    re.I,
)
_MAX_COUNTER_LINE = 40


def is_bare_count(text: str) -> bool:
    """A count of pictures alone ("12 Bilder"): a gallery's size in its box, but a list's
    item in an exhibition's review ("<li>12 Bilder</li><li>3 Skulpturen</li>")."""
    return text[:1].isdigit() and len(text) <= _MAX_COUNTER_LINE and bool(COUNTER_LINE.match(text))


# A call to follow the site, get its newsletter or app, in the languages of unseen sites
# (English "Follow us on", "Sign up for" are STOCK_LINE's): a line of up to 150 characters.
_NETWORKS = (
    "(?:google (?:news|nieuws|nyheter|nyheder|notícias|noticias|actualités|notizie"
    "|nachrichten|haberler|wiadomości|zprávy)|whatsapp|instagram|facebook|x|twitter|tiktok"
    "|telegram|youtube|linkedin|threads|bluesky|mastodon|flipboard)\\b"
)
_NAMED = "[\\w.@']+(?: [\\w.@']+){0,2}"  # a name of up to three words or a handle
FOLLOW_CALL = _compile(
    r"^\W*(?:folgen sie uns|folge uns|abonnieren sie (?:unseren|den) newsletter|تابعونا على"
    # "Folgen Sie Beispiel auch auf Google News"
    rf"|folgen sie {_NAMED} (?:auch |jetzt |bereits |schon )?auf {_NETWORKS}"
    # the same call in the languages of unseen sites ("Suivez Le Monde sur X", "Siga o
    # Jornal no Instagram", "Segui Il Post su X", "Volg ons op X", "Følg oss på Facebook")
    rf"|(?:suivez[- ](?:nous|{_NAMED}) sur|sigue(?:nos| a {_NAMED}) en"
    rf"|siga(?:-nos)? {_NAMED} n[oa]s?|segui(?:ci| {_NAMED}) su|volg (?:ons|{_NAMED}) op"
    rf"|f(?:ølg|ölj) (?:oss|os|{_NAMED}) på) (?:også |också )?{_NETWORKS}"
    # the Swiss and Austrian sites' "du" ("Folgst du schon 20 Minuten auf Whatsapp?")
    r"|folgst du (?:schon |bereits )?(?:uns|[\w.]+(?: [\w.]+)?) auf"
    r"|abonniere (?:jetzt )?(?:unseren|den) (?:\w+[- ])?(?:newsletter|kanal)"
    r"|laden sie (?:sich )?(?:jetzt |hier |kostenlos |gratis ){0,3}"
    r"(?:unsere|die) (?:kostenlose |neue |gratis )?[\w-]*\s?app"
    # after a label ("Immer informiert: Laden Sie ..."), the call ends at the app: a line
    # going on ("Verbraucherschützer raten: Laden Sie die App nur aus dem ...") is advice
    r"|[^\W\d_][\w ]{0,24}:\s*laden sie (?:sich )?(?:jetzt |hier |kostenlos |gratis ){0,3}"
    r"(?:unsere|die) (?:kostenlose |neue |gratis )?[\w-]*\s?app"
    r"(?: für (?:ios|android|iphone|ihr (?:smartphone|handy))(?: (?:und|oder) (?:ios|android))?)?"
    r"(?: herunter)?\W*$"
    r"|download our app|get our app|suivez-nous|síguenos|seguici"
    r"|obserwuj nas|zapisz się (?:do|na) newslett|pobierz (?:naszą )?aplikację|sledujte nás"
    r"|přihlaste se k odběru|stáhněte si (?:naši )?aplikaci|sigam?-nos|assine a nossa newsletter"
    r"|inscreva-se na (?:nossa )?newsletter|baixe o (?:nosso )?app|descarregue a (?:nossa )?app"
    r"|подписывайтесь на (?:нас|наш)|подпишитесь на (?:нашу рассылку|наш канал)|читайте нас в"
    r"|sekite mus|prenumeruokite|ikuti kami|langgan (?:surat berita|newsletter)"
    # a newsletter's call in the Nordic languages ("Tilaa uutiskirjeemme", "Tilmeld dig vores
    # nyhedsbrev")
    # (the call goes on with "and get", or ends: "Tilaa uutiskirjeemme -kampanja keräsi" is news)
    r"|(?:tilaa (?:\w+ )?uutiskirje\w*(?= ja |[.!,:])|tilmeld dig (?:vores |vort |\w+s )?"
    r"nyhedsbrev\w*(?= og |[.!,:]))|(?:tilaa (?:\w+ )?uutiskirje|tilmeld dig (?:vores |vort "
    r"|\w+s )?nyhedsbrev)\w*\W*$"
    r"|muat turun aplikasi|fylgstu með okkur|fylgdu okkur|tufuate|עקבו אחרינו|הצטרפו לערוץ"
    r"|(?:[^.!?।]{0,60} )?हमें .{0,40}(?:फॉलो|फ़ॉलो) करें"
    r"|(?:हमारे )?(?:व्हाट्सएप|व्हाट्सऐप|टेलीग्राम) चैनल (?:से जुड़ें|को (?:फॉलो|फ़ॉलो) करें)"
    r"|关注我们|關注我們|扫码关注"
    # ... in Dutch, Hungarian, Finnish, Greek, Vietnamese, Thai and Czech ("Schrijf je in voor
    # onze nieuwsbrief", "Kövessen minket a Facebookon", "Seuraa meitä Instagramissa")
    r"|(?:schrijf je in|meld je (?:nu )?aan) (?:voor|op) (?:onze|de) (?:\w+ )?nieuwsbrief"
    r"|iratkozzon fel (?:a |az )?(?:\w+ )?hírlevel|kövess(?:en)? (?:minket|bennünket)"
    # (a named page only with its network: "Ακολουθήστε το χρήμα" is a subhead, "Theo dõi
    # bão trên biển" a story's "watching the storm at sea")
    r"|seuraa meitä|ακολουθήστε μας"
    rf"|ακολουθήστε (?:το|τη|την) {_NAMED} (?:στο|στη|στην|σε) {_NETWORKS}"
    rf"|εγγραφείτε στο newsletter|theo dõi chúng tôi trên|theo dõi {_NAMED} trên {_NETWORKS}"
    r"|đăng ký nhận bản tin|ติดตามเรา"
    r"|odebírejte (?:náš )?newsletter"
    # the Turkish call ends the line on its verb ("Son dakika haberleri için bizi Google
    # News'ten takip edin")
    rf"|(?:[^.!?]{{0,60}} )?bizi {_NETWORKS}[\w'’]{{0,6}} (?:üzerinden )?takip edin\W*$"
    # the site's own app, newsletter or channel, an imperative with "our" ("Téléchargez
    # notre application", "Descarga nuestra app", "Scarica la nostra app", "Ladda ner vår
    # app", "Hent vores app", the Turkish "our app" suffix): the city's or a shop's app ("Descarga
    # la app del ayuntamiento", "Ladda ner appen från butiken") is the story's advice
    r"|t[ée]l[ée]charge[zr] (?:gratuitement |dès maintenant |vite )?(?:notre|nos) (?:nouvelle "
    rf"|nouvelles )?(?:application|appli|app)s?\b|rejoignez-nous sur {_NETWORKS}"
    r"|(?:abonnez|inscrivez)-vous (?:gratuitement )?(?:à|a) (?:notre|nos) (?:\w+ )?(?:newsletter"
    r"|lettre|chaîne|canal)"
    # ... the German newsletter's button words opening the line ("Newsletter abonnieren: Die
    # wichtigsten Nachrichten ..."; "Den Newsletter abonnieren inzwischen 5.000 Leser" is news)
    r"|(?:jetzt )?(?:(?:unseren|den) )?(?:\w+[- ])?newsletter (?:kostenlos )?(?:abonnieren"
    r"|bestellen)(?:\s*[:!]|\W*$)"
    # ... and the Nordic ones with "our" ("Anmäl dig till vårt nyhetsbrev", "Meld deg på vårt
    # nyhetsbrev")
    r"|(?:prenumerera på|anmäl dig till|registrera dig för|abonner på|meld deg på) (?:vårt|vårat)"
    r" (?:\w+ )?nyhetsbrev"
    r"|desc[aá]rga(?:te|nos|r|la)? (?:ya |gratis |ahora )?(?:nuestra|nuestras) (?:nueva )?(?:app"
    r"|aplicación)|suscr[ií]bete (?:a|gratis a) (?:nuestro|nuestra|nuestros) (?:\w+ )?(?:newsletter"
    r"|boletín|canal)"
    r"|scarica(?:te)? (?:subito |gratis |gratuitamente |ora )?(?:la nostra|le nostre) (?:nuova )?"
    r"(?:app|applicazion)|iscriviti (?:alla|alle) nostr[ae] (?:\w+ )?newsletter"
    r"|baix[ea] (?:já |agora |grátis )?(?:o |o nosso |nosso )?aplicativo\b"
    r"|descarregue (?:já |agora )?a (?:nossa )?(?:app|aplicação)\b"
    r"|(?:ladda (?:ner|hem)|last ned|hent|download|installer) (?:gratis )?(?:vår|vores|vor)"
    r" (?:nya |nye )?app\w*|(?:ladda (?:ner|hem)|last ned|hent) appen (?:vår|vores)"
    rf"|(?:[^.!?]{{0,60}} )?(?:mobil )?uygulamamızı (?:hemen |ücretsiz )?"
    r"indir(?:in|meyi unutmayın)?\b(?! diye| dedi)"
    # ... Japanese and Korean calls end on their polite imperative ("アプリをダウンロードして
    # 最新ニュースを受け取ろう", "앱을 다운로드하고 ... 받아보세요"): "... ダウンロードした" is news
    r"|[^。！？]{0,20}アプリ[^。！？]{0,10}ダウンロード(?:はこちら|しよう|しましょう|してください"
    r"|して[^。！？]{0,30}(?:ろう|よう|ください|ましょう))[。！!]?$"
    r"|[^.!?]{0,20}앱(?:을|를)?\s?(?:설치|다운로드|다운)[^.!?]{0,40}(?:세요|십시오)[.!]?$"
    r"|download (?:our|onze) (?:free |new |gratis |nieuwe )?(?:\w+ )?app\b"
    r"|скачайте (?:наше |бесплатное )*приложение|unduh aplikasi kami"
    r"|下载(?:我们的|本)(?:应用|客户端|app)"
    r"|حم[ّ]?ل(?:وا)? تطبيقنا|הורידו את האפליקציה שלנו)",
    re.I,
)
_MAX_FOLLOW_CALL = 150
# A call for readers' tips as a question, in the languages of unseen sites ("Masz temat?
# Napisz do nas", "Har du ett tips? Mejla oss", "Vous avez une info ? Écrivez-nous"): the
# question alone, or followed by where to write ("us", the newsroom, an address); a police
# appeal ("Har du tips? Kontakta polisen") is the story's, as SERVICE_LINE's German one.
TIP_QUESTION = _compile(
    r"^\W*(?:(?:have you got|have|got) (?:an? )?(?:story|tip|news tip|story idea)"
    r"|masz (?:temat|informacj[eę]|sygnał|newsa)|wiesz coś"
    r"|har du (?:ett |et |en )?(?:nyhets)?(?:tips|tip|historie|historia)"
    r"|(?:avez-vous|vous avez) (?:une info\w*|un témoignage|une histoire)"
    r"|¿?tienes (?:una |alguna )?(?:historia|pista|información|denuncia|noticia)"
    r"|hai (?:una )?(?:segnalazione|notizia|storia)"
    r"|(?:você )?tem (?:uma )?(?:sugestão de pauta|denúncia|história|informação)"
    r"|(?:bir )?(?:ihbarınız|haberiniz) (?:mı|mi) var|heb je (?:een )?(?:tip|nieuwstip))"
    r"(?: for us| pour nous| para nosotros| per noi| dla nas| för oss| for oss| for os"
    r"| para nós| voor ons)?\s?\?"
    r"(?:\W*$|(?=[^?]{0,120}(?:\b(?:us|nas|oss|os|nous|nos|nós|ci|ons|bize)\b|scrivici"
    r"|escr[ií]benos|écrivez|redak|redac|rédac|@)))(?![\"“”«»])",
    re.I,
)
_MAX_TIP_QUESTION = 200
# ... the call then a clause of three words with no address or number after a comma or dash:
# who made it ("Have a tip? Call us, the sheriff told residents after the break-in"), the
# story's; the site's call goes on with where to write ("Mejla oss på tips@...", "Call us on
# 555 0100"), if at all
_TIP_CLAUSE = _compile(r"(?:,|\s[–—])\s+[^\W\d_]+\s+[^\W\d_]+\s+\w")


def _tip_reported(text: str) -> bool:
    after = text.rpartition("?")[2]
    return (
        "@" not in after
        and not any(c.isdigit() for c in after)
        and _TIP_CLAUSE.search(after) is not None
    )


# An embed's caption left as text where its post was blocked ("A post shared by Talbote
# (@talbote)", "Ein Beitrag geteilt von ..."), a handle in it; a comment form's notice on the
# reader's address ("Your email address will not be published. Required fields are marked *").
EMBED_CAPTION = _compile(
    r"^\W*(?:a post shared by|ein beitrag geteilt von|une publication partagée par"
    r"|una publicación compartida por|un post condiviso da|uma publicação compartilhada por"
    r"|uma publicação partilhada por|een bericht gedeeld door|post udostępniony przez)"
    r"\b[^.!?]{0,80}@[^.!?]{0,60}$",
    re.I,
)
COMMENT_FORM_NOTICE = _compile(
    r"^\W*(?:your email address will not be published|ihre e-mail-adresse wird nicht"
    r" veröffentlicht|tu (?:dirección de )?correo electrónico no (?:será|se) publica\w*"
    r"|o seu (?:endereço de )?e-?mail não será publicado|il tuo indirizzo e-?mail non sarà"
    r" pubblicato|votre adresse (?:e-?mail|de messagerie) ne sera pas publiée"
    r"|twój adres e-?mail nie zostanie opublikowany|uw e-?mailadres wordt niet gepubliceerd)\b",
    re.I,
)
_MAX_EMBED_LINE = 200
# A Korean paper's reporter line closing the story: a name, "기자", an address ("홍길동 기자
# hong@example.kr").
KOREAN_REPORTER_LINE = _compile(r"^[가-힣]{2,4}\s?(?:기자|특파원)(?:\s*[\w.+-]+@[\w.-]+)?\s*$")
# A link to the writer's other pieces under the story, its text left as a line ("More by
# Jane Doe", "Alle Artikel des Autors", "Ver más artículos de Juana Pérez"): no sentence.
AUTHOR_MORE = _compile(
    r"^\W*(?:more (?:stories |articles )?by|more (?:stories|articles) from"
    r"|(?:alle|weitere|mehr) (?:artikel|beiträge|texte) (?:von|des autors|der autorin"
    r"|dieses autors|dieser autorin)|(?:ver )?más (?:artículos|noticias) de"
    r"|voir (?:tous )?(?:les )?(?:articles|publications) de|plus d'articles de"
    r"|altri articoli di|tutti gli articoli di|(?:ver )?mais (?:artigos|notícias|textos) de"
    r"|więcej (?:artykułów|tekstów) (?:autora|autorki)|meer (?:artikelen|verhalen) van)"
    # ... a name in capitals ("More stories by the council are expected" is the writer's)
    r"(?:\s(?-i:[A-ZÀ-ÝĀ-ŽА-Я][\w'’.-]*)(?:\s(?-i:[A-ZÀ-ÝĀ-ŽА-Я][\w'’.-]*|d[aeio]s?|van|von"
    # no colon: "More from NBC's TODAY:" opens an embed the story shows
    r"|del|la|le|du)){0,4})?[\s»›→>]*$",
    re.I,
)
_MAX_AUTHOR_MORE = 90
# A membership or donation box's pitch opening a paragraph ("Unterstützen Sie unabhängigen
# Lokaljournalismus.", "Support independent journalism", "Soutenez le journalisme ..."), in
# the languages of unseen sites; a speaker's words ("..., said the minister") stay.
SUPPORT_PITCH = _compile(
    r"^\W*(?:(?:bitte |jetzt )?unterstützen sie (?:\w+ ){0,2}\w*journalismus"
    r"|(?:please )?support (?:\w+ ){0,2}\w*journalism|soutenez (?:\w+ ){0,2}journalisme"
    r"|apoy[ae] (?:\w+ ){0,2}periodismo|sostieni (?:\w+ ){0,2}giornalismo"
    r"|apoie (?:\w+ ){0,2}jornalismo|steun (?:\w+ ){0,2}journalistiek"
    r"|wesprzyj (?:\w+ ){0,2}dziennikarstwo|støtt (?:\w+ ){0,2}journalistikk"
    r"|stöd (?:\w+ ){0,2}journalistik)\b",
    re.I,
)
_MAX_SUPPORT_PITCH = 300
# A promo's label and another page's title, the title unlinked (its link went with a script, or
# the site wraps the whole line in a span): "Lesen Sie auch: <title>", "ALSO READ | <title>",
# "À lire aussi : <title>", "Baca juga: <title>", in the languages read. One title: a line
# going on after a sentence ("Lesen Sie auch: ... . Dort steht ...") is left to the writer.
_READ_ALSO_ENTRIES = list(
    dict.fromkeys(
        langwords.entries(langwords.READ_ALSO_LABELS)
        + langwords.entries(langwords.RELATED_HEADINGS)
    )
)
_READ_ALSO_WORDS = "|".join(re.escape(w).replace(r"\ ", " ") for w in _READ_ALSO_ENTRIES)
# Labels of two words or more ("Lesen Sie auch den Kommentar:"); a word alone ("Related",
# "Read") takes its mark at once: "Read the full statement:" may open the writer's quote.
_READ_ALSO_PHRASES = "|".join(
    re.escape(w).replace(r"\ ", " ") for w in _READ_ALSO_ENTRIES if " " in w
)
READ_ALSO_LINE = _compile(
    rf"^[\s>»►▶→•*【\[-]*(?:(?:{_READ_ALSO_PHRASES})"
    # "Lesen Sie dazu auch", "Lesen Sie auch den Kommentar": a few words more before the mark
    r"(?: [^\W\d_]+){0,3}?"
    rf"|(?:{_READ_ALSO_WORDS}))"
    # ... then the title (CJK titles are short: "【関連記事】新しい橋が完成")
    r"\s*[:：|｜–—»>】\]]\s*(?P<title>[^\s:：].{3,180})$",
    re.I,
)
# The same label alone on its line, its titles in the blocks after it. Not "Read:" alone: a
# books column's label over its list ("Read: / Watch: / Listen:").
_READ_ALSO_ALONE_WORDS = "|".join(
    re.escape(w).replace(r"\ ", " ") for w in _READ_ALSO_ENTRIES if w != "read"
)
READ_ALSO_ALONE = _compile(rf"^\W*(?:{_READ_ALSO_ALONE_WORDS})\W*$", re.I)
_MAX_READ_ALSO_ALONE = 60
_READ_ALSO_MARKS = _compile(r"[:：|｜–—»>】\]]")
_MAX_READ_ALSO = 220


def is_read_also_label(text: str) -> bool:
    """ "Lesen Sie auch:", "Related", "À lire aussi" alone: a promo's label."""
    return len(text) <= _MAX_READ_ALSO_ALONE and READ_ALSO_ALONE.match(text) is not None


# ... of which "Saiba mais" ("learn more") heads the story's own short items as often as other
# pages' links: under it only the linked items go.
_MORE_INFO_LABEL = _compile(r"^\W*saiba mais\W*$", re.I)


def is_more_info_label(text: str) -> bool:
    """ "Saiba mais" alone: a label over links or over the story's own list."""
    return len(text) <= _MAX_READ_ALSO_ALONE and _MORE_INFO_LABEL.match(text) is not None


def is_title_line(text: str) -> bool:
    """A line that reads as a headline: short, no sentence in it, no closing stop or colon,
    no service fact ("Eintritt: 12 Euro") that a story's box sets under "Mehr zum Thema"."""
    return (
        len(text) <= _MAX_TITLE_LINE
        and not text.endswith((".", ":", "\uff1a", "。"))
        and not _INNER_STOP.search(text)
        and not is_fact_line(text)
    )


# A service fact: a short key, a colon, a value holding a time, a price, a phone number, an
# address's house number or a web or mail address ("Horario: 10 a 18 h", "Tickets: £12",
# "Dirección: Calle Mayor 5"). A headline's kicker has a headline after its colon
# ("Ukraine-Krieg: Waffenruhe hält", "Bundesliga: Bayern siegt 3:1"): numbers in it are
# counts and scores, not these shapes.
_FACT_KEY = _compile(r"^[^\W\d_][\w'’&/.-]*(?: [\w'’&/.-]+){0,2} ?[:：]\s*(?P<value>\S.*)$")
_FACT_VALUE = _compile(
    # a clock time, or hours with their unit ("10:00", "18 h", "7.30pm", "17 Uhr", "10時")
    r"(?<!\d)\d{1,2}:\d\d(?!\d)"
    r"|(?<![\d.,])\d{1,2}(?:[.:h]\d\d)? ?(?:h|uhr|am|pm|a\.m\.|p\.m\.)(?!\w)|\d時"
    # a price: a currency's sign or name by the number ("12 Euro", "£12", "R$ 40", "8 €")
    r"|[€$£¥₹₽₩] ?\d|\d ?(?:[€$£¥₹₽₩]|(?:euros?|eur|dollars?|usd|chf|franken|pesos|reais"
    r"|kr|zł)(?!\w))"
    # a phone number: a leading "+" or "0" or an area code in brackets, digits in groups
    r"|(?<![\w.,])(?:\+ ?\d|0\d|\(\d{2,5}\) ?\d)[\d ()/.-]{5,20}\d"
    r"|(?<![\w.,])\d{3}[ .-]\d{3}[ .-]\d{3,4}(?![\w.,])"
    # a house number after its street, ending the value or before the town ("Lindenweg 14,")
    r"|(?<![^\W\d_])[^\W\d_]{3,}\.? \d{1,4}[a-z]?(?:,|$)"
    # a web or mail address
    r"|(?<!\w)www\.\w|https?://|\w@[\w-]+\.\w",
    re.I,
)


# A fact without a digit: a service box's key ("Eintritt", "Ort", "Veranstalter", "Where") and
# a short value, no sentence ("Eintritt: frei", "Ort: Stadthalle"). A kicker over a headline
# has a clause after it ("Eintritt: Museen verlangen künftig mehr Geld von Schulklassen").
_SERVICE_KEYS = frozenset(langwords.entries(langwords.SERVICE_KEYS))
_MAX_PLAIN_VALUE = 50  # characters of a digit-free fact's value
_PLAIN_VALUE_WORDS = 6
_ACRONYM = 3  # letters of a key in capitals read as an acronym


def is_fact_line(text: str) -> bool:
    """ "Key: value" with a key of one to three words and a time, price, phone number, house
    number or address in the value, or a service box's key and a short value: a fact of the
    story's service box, never a title."""
    m = _FACT_KEY.match(text)
    if m is None:
        return False
    value = m.group("value")
    if _FACT_VALUE.search(value) is not None:
        return True
    return (
        len(value) <= _MAX_PLAIN_VALUE
        and len(value.split()) <= _PLAIN_VALUE_WORDS
        and not value.rstrip().endswith((".", "!", "?", "…"))
        and "?" not in value
        and (key := text[: m.start("value")].rstrip(" :：")).casefold() in _SERVICE_KEYS
        # in capitals and short, an acronym's kicker ("VAR: ...", the video referee), not
        # Swedish "var" (where)
        and not (len(key) <= _ACRONYM and key.isupper())
    )


_MAX_TITLE_LINE = 150


def is_read_also(text: str) -> bool:
    """ "Lesen Sie auch: <another page's title>" with the title unlinked: one phrase after
    the label, no sentence after it."""
    if (
        len(text) > _MAX_READ_ALSO
        or _READ_ALSO_MARKS.search(text, 0, 60) is None
        or (m := READ_ALSO_LINE.match(text)) is None
        or _INNER_STOP.search(text)
    ):
        return False
    # a title opens with a capital or a sign; a word in lower case goes on with the
    # writer's sentence ("Más información: el plazo termina el lunes.", "Mer om det: ...")
    first = m.group("title").split(maxsplit=1)[0]
    return not (first.isalpha() and first.islower())


# A messenger channel's call inside a short promo ("... Abonniere den Whatsapp-Kanal von
# 20 Minuten", "Join us on WhatsApp"): the whole paragraph is the promo.
CHANNEL_CALL = _compile(
    r"\b(?:abonniere|abonnieren sie|folge|folgen sie) (?:jetzt )?(?:(?:den|unseren|unserem|dem) )?"
    r"(?:whatsapp|telegram)[- ]?kanal|\bjoin (?:us|our channel) on (?:whatsapp|telegram)\b"
    # "Beispiel auf WhatsApp: Hier abonnieren Sie unseren Kanal", "Follow our WhatsApp channel"
    # (the site's own: "dem Kanal", "the channel" may be a scam's, quoted in a police warning)
    r"|\b(?:abonnieren sie|abonniere|folgen sie|folge) (?:jetzt )?(?:unseren|unserem) kanal\b"
    r"|\b(?:follow|join|subscribe to) our (?:\w+ )?(?:whatsapp|telegram) channel\b"
    # "... verpassen? Folgen Sie uns auf WhatsApp.", "Sigue ... en nuestro canal de WhatsApp":
    # the call opens its sentence (after "Auf dem Plakat steht:" it is the story's report), and
    # the Dutch "ons" goes with its channel ("ons WhatsApp-kanaal", not "stuurde ons
    # WhatsApp-berichten")
    r"|(?:^|[.!?]\s+)\W{0,3}folgen sie uns (?:jetzt |auch )?auf (?:whatsapp|telegram)\b"
    r"|\b(?:nuestro canal de|notre chaîne|nostro canale(?: su)?) (?:whatsapp|telegram)\b"
    r"|\bons (?:whatsapp|telegram)[- ]?kanaal\b",
    re.I,
)
_MAX_CHANNEL_PROMO = 300
# A call to the readers to share their views below ("Teile deine Tipps mit der Community.",
# "Share your thoughts in the comments"; the formal "Teilen Sie Ihre Meinung ..." stays, as
# test_extract_body_unseen_kinds has it).
COMMUNITY_CALL = _compile(
    r"\b(?:teile deine|share your) (?:meinung|tipps?|erfahrung(?:en)?|gedanken"
    r"|thoughts|views|tips|experiences?)\b.{0,40}\b(?:community|kommentar\w*|comments?)\b",
    re.I,
)
# A shop piece's affiliate disclosure ("We may earn a commission when you buy through links
# on this page", "Wenn Sie über die Links einkaufen, erhalten wir eine Provision"): in any
# language it names a commission, the page's links and the reader's buying in one or two
# sentences. A story's sentence needs all three and no speaker to be taken for one.
_COMMISSION = _compile(
    r"commission|provision|comisi[oó]n|comiss[aã]o|commissie|prowizj|provizi|комисси"
    r"|komisyon|komisi\b|手数料|収益|佣金|수수료|عمولة|עמלה",
    re.I,
)
_SHOP_LINKS = _compile(
    r"\blinks?\b|\bliens?\b|enlaces?|ligaç|collegament|länk|lenke|\blink|odkaz|ссылк"
    r"|bağlantı|tautan|リンク|链接|鏈接|링크|رابط|روابط|קישור",
    re.I,
)
_BUYING = _compile(
    r"\bbuy|purchas|\bkauf|einkauf|\bachet|\bcompr|acquist|\bkoop|\bköp|handla|kjøp|køb"
    r"|\bkup|nákup|покуп|satın|alışveriş|\bbeli|membeli|購入|购买|購買|구매|شراء|קנ",
    re.I,
)
_MAX_AFFILIATE_NOTE = 300
# ... and said by the site to the reader ("we", "you") or of this page: "Influencers earn a
# commission when followers buy through their links" is a story's.
_SITE_OR_READER = _compile(
    r"\b(?:we|us|our|you|your|wir|uns|unsere?\w*|(?-i:Sie|Ihnen)|du|nous|vous|podemos|puedes"
    r"|usted|nosotros|nuestr\w+|você|vocês|nós|noi|potremmo|possiamo|wij|je|jij|uw|onze|vi"
    r"|våra|vores|możemy|kupujesz|můžeme|мы|вы|нас|biz|siz|kami|anda|tu)\b"
    r"|this (?:page|site|article|post|story)|diese[mnr]? (?:seite|artikel|beitrag)|cette page"
    r"|cet article|esta página|este artículo|desta página|deste artigo|questa pagina"
    r"|questo articolo|deze pagina|dit artikel|den här sidan|denna sida|tej stronie|této stránce"
    r"|этой странице|bu sayfa|halaman ini|yaptığınız|このページ|この記事|本页|本頁|本文|이 페이지"
    r"|이 기사|هذه الصفحة|בעמוד זה",
    re.I,
)
# A reported sentence anywhere in the line ("The regulator said ...", "..., según el diario",
# "..., заявил редактор"): the story's, whatever words of a notice it holds.
_REPORTED = _compile(
    r"\b(?:said|says|told|according to|sagte|sagt|laut|zufolge|según|dijo|selon|a déclaré"
    r"|secondo|ha detto|volgens|enligt|ifølge|według|podle|заявил\w*|сообщ\w+|по словам|göre"
    r"|menurut"
    # ... or admitted, warned, explained after the fact ("..., the publisher admitted in court",
    # "..., räumte der Verlag ein", "..., advierte Netflix")
    r"|admit(?:s|ted)|conced(?:es|ed)|acknowledg(?:es|ed)|warn(?:s|ed)|not(?:es|ed)|added"
    r"|explain(?:s|ed)|wrote|writes|räumte|räumt|erklärte|schrieb|betonte|warnte|admitió"
    r"|reconoció|advierte|advirtió|explicó|añadió|a reconnu|a ajouté|a expliqué|ha ammesso"
    r"|ha spiegato|gaf toe|признал\w*|написал\w*|dedi|açıkladı|medgav|uppgav|sade"
    r"|innrømmet|indrømmede|przyznał\w*|uvedl\w*|přiznal\w*)\b"
    r"|によると|据|따르면|وفقا|לדברי",
    re.I,
)
# "the commission" is a body ("the European Commission", "la comisión investiga"), not a
# shop's cut of a sale.
_COMMISSION_BODY = _compile(
    r"\b(?:the|la|de|il|el)\s(?:\w+\s)?(?:commission|comisi[oó]n|commissione|commissie)\b"
    r"|(?<=\w\s)(?-i:Commission|Comisión|Commissione|Commissie)\b",
    re.I,
)


def is_affiliate_note(text: str) -> bool:
    """A shop piece's disclosure of its commission on the reader's buying through its links."""
    return (
        len(text) <= _MAX_AFFILIATE_NOTE
        and _COMMISSION.search(text) is not None
        and _SHOP_LINKS.search(text) is not None
        and _BUYING.search(text) is not None
        and _SITE_OR_READER.search(text) is not None
        and _COMMISSION_BODY.search(text) is None
        and len(_INNER_STOP.findall(text)) <= 1
        and not _REPORTED.search(text)
        and not any(q in text for q in _QUOTE_MARKS)
    )


# A notice that the piece is old, set above or beside it ("This article is more than 2 years
# old", "Dieser Artikel ist älter als ein Jahr."), in the languages read: one short line.
OLD_PIECE_NOTICE = _compile(
    r"^\W*(?:this (?:article|story|piece) is (?:more than|over)"
    r"|diese[rs]? (?:artikel|beitrag|text) ist (?:älter als|mehr als|über)"
    r"|cet article (?:date de|a) plus d|este artículo tiene más de|este artigo tem mais de"
    r"|questo articolo ha più di|dit artikel is (?:meer dan|ouder dan)"
    r"|(?:artikeln|denna artikel) är (?:mer än|äldre än)|artikkelen er (?:mer enn|eldre enn)"
    r"|artiklen er (?:mere end|ældre end)|ten artykuł (?:ma|jest) (?:ponad|więcej niż|starszy)"
    r"|tento článek je starší|этой статье (?:больше|более)|эта статья старше"
    r"|bu (?:haber|yazı|makale) [^.!?]{1,30}eski|artikel ini (?:sudah )?lebih dari"
    r"|この記事は[^。]{1,12}以上前|이 기사는 [^.]{1,12}지난|本文(?:发布|發布)?已(?:超过|超過)"
    r"|هذا المقال (?:نُشر|نشر) قبل أكثر من|הכתבה (?:פורסמה )?לפני יותר מ)"
    # no comma or quote after it: "... is more than ten years old," the judge said
    r"[^.!?。,，،\"“”«»]{0,40}[.!。]?$",
    re.I,
)
_MAX_OLD_PIECE_NOTICE = 80
# ... naming the age in years, months or days: "This story is more than a love story" is the
# writer's.
_AGE_UNIT = _compile(
    r"\b(?:years?|months?|days?|weeks?|jahre?n?|monate?n?|tage?n?|wochen?|ans?|mois|jours?"
    r"|años?|mes(?:es)?|anos?|meses|anni|anno|mesi|jaar|maanden|maand|år|månader|måneder|lata?"
    r"|roky|roku|let|měsíc\w*|год\w*|лет|месяц\w*|yıl\w*|ay|tahun|bulan)\b"
    r"|年|月|년|개월|عام|سنة|سنوات|أعوام|شهر|שנ|חודש",
    re.I,
)
# A call to join the site's own messenger channel ("Jetzt unserem WhatsApp-Kanal folgen",
# "Entre no nosso canal do WhatsApp", "加入我们的WhatsApp频道"):
# a short line naming a messenger, a channel and the site as "our" (a report on someone's
# channel names no "our"; Japanese and Korean calls say "join the channel" instead).
_MESSENGER = _compile(r"whatsapp|telegram|واتساب|تيليجرام|왓츠앱|텔레그램", re.I)
_OUR_CHANNEL = _compile(
    r"\b(?:our|unse\w+|notre|nuestro|nosso|nostro|ons|vår|vores|nasz\w*|naš\w*|наш\w*"
    r"|kami)\b[^.!?]{0,30}(?:channel|kanal|kanał|canal|chaîne|kanaal|канал|kanál|saluran)"
    r"|(?:channel|kanal|canal|chaîne|kanaal|канал|kanál|saluran)\w*\b[^.!?]{0,30}\b(?:kami|our)\b"
    r"|kanalımız|我们的[^。]{0,20}频道|我們的[^。]{0,20}頻道|قناتنا|הערוץ שלנו|ערוץ [^.]{0,20}שלנו"
    # the Japanese and Korean calls end the line on the call ("... に参加した" is a report)
    r"|チャンネル(?:に参加|を登録|をフォロー)(?:する|しよう|して(?:ください|下さい))?\W?$"
    r"|채널(?:에 가입|을 구독|을 팔로우)(?:하세요|하기|해 ?주세요)?\W?$",
    re.I,
)
_MAX_OUR_CHANNEL = 100
# ... as a call to join, follow or subscribe: "Our WhatsApp channel reached a million
# followers" is the site's news.
_JOIN_CALL = _compile(
    r"\b(?:join|follow|subscribe|folgen|folge|abonnier\w*|tritt unserem|treten sie"
    r"|rejoign\w*|suivez|abonnez|únete|unete|síguenos|sigue nuestro|suscríbete|entre (?:no|em)"
    r"|siga|participe|inscreva\w*|unisciti|segui"
    r"|iscriviti|volg|abonneer|word lid|dołącz\w*|obserwuj|subskrybuj|gå med|följ|prenumerera"
    r"|følg|bli med|присоединяйтесь|подпишитесь|подписывайтесь|приєднуйтесь|підписуйтесь"
    r"|katılın|takip edin|abone olun|připojte|sledujte|odebírejte|gabung|bergabung|ikuti"
    r"|retrouvez|seguici|entra (?:en|a|nel)|meld je aan)\b"
    r"|(?:^|[.!?]\s)\W{0,2}sigue\b"  # the Spanish call opens its sentence ("Sigue toda ...")
    r"|加入|关注|關注|参加|登録|フォロー|가입|구독|팔로우|انضم|تابع|اشترك|הצטרפו|עקבו",
    re.I,
)


def is_own_channel_call(text: str) -> bool:
    """A short call to join or follow the site's own WhatsApp or Telegram channel."""
    return (
        len(text) <= _MAX_OUR_CHANNEL
        and _MESSENGER.search(text) is not None
        and _OUR_CHANNEL.search(text) is not None
        and _JOIN_CALL.search(text) is not None
        and not _INNER_STOP.search(text)
        and not _REPORTED.search(text)
        and not any(q in text for q in _QUOTE_MARKS)
    )


# An affiliate link's mark and its note ("*Affiliate-Link", "Mit * gekennzeichnete Links sind
# Affiliate-Links.", "Transparenzhinweis: Dieser Artikel enthält Affiliate-Links."): a short
# line naming affiliate links with an asterisk or saying the page holds them.
_AFFILIATE_LINKS = _compile(r"affiliate[- ]?links?|partnerlinks?|provisionslinks?", re.I)
_AFFILIATE_MARK = _compile(
    r"^\W{0,3}\*|\*\W{0,3}$|\s\*\s"
    r"|\b(?:this|dieser|diese[rms]?) (?:article|story|post|page|artikel|beitrag|seite|text)"
    r" (?:contains|includes|enthält)\b[^,;]{0,40}"
    r"(?:affiliate[- ]?links?|partnerlinks?|provisionslinks?)\s*(?:[.!(:]|$)",
    re.I,
)
_MAX_AFFILIATE_MARK = 150


def is_affiliate_mark(text: str) -> bool:
    """An affiliate link's asterisk note or a line saying the piece holds such links."""
    return (
        len(text) <= _MAX_AFFILIATE_MARK
        and _AFFILIATE_LINKS.search(text) is not None
        and _AFFILIATE_MARK.search(text) is not None
        and len(_INNER_STOP.findall(text)) <= 1
        and not _REPORTED.search(text)
    )


# A player's fallback where the video did not load ("Your browser does not support the video
# tag.", "Ihr Browser unterstützt dieses Video nicht."): a short line naming the browser, a
# video and a negation, in any language read.
_BROWSER = _compile(
    r"browser|navigat(?:eur|ore)|navegador|webbläsare|nettleser|przeglądarka|prohlížeč"
    r"|браузер|tarayıcı|ブラウザ|브라우저|浏览器|瀏覽器|متصفح|דפדפן",
    re.I,
)
_PLAYER_THING = _compile(
    r"vid[eé]o|v[ií]deo|wideo|videa|видео|動画|비디오|视频|視頻|فيديو|וידאו|audio|html5|iframe",
    re.I,
)
_NEGATION = _compile(
    r"\b(?:not|nicht|kein\w*|ne|pas|no|não|non|niet|geen|inte|ikke|nie|не|tidak)\b"
    r"|n['’]t\b|desteklemiyor|nepodporuje|ません|않|不|لا|אינו|אין",
    re.I,
)
_MAX_BROWSER_FALLBACK = 120
# ... said to the reader ("your browser") or in the markup's words ("the video tag"): "Der neue
# Browser spielt Videos nicht mehr ab" is a report.
_YOUR_PLAYER = _compile(
    r"\b(?:your|ihr|dein|votre|ton|tu|su|seu|teu|il tuo|je|uw|din|ditt|twoja|váš|ваш|sizin"
    r"|this|dieser|ce)\s(?:(?:web|internet|current|aktuelle[rn]?|actuel)\s)?"
    r"(?:browser|navigat(?:eur|ore)|navegador|webbläsare|nettleser|przeglądarka|prohlížeč"
    r"|браузер)"
    r"|\b(?:browser|navegador) (?:anda|kamu)\b"
    r"|\b(?:tag|element|html5)\b|tarayıcınız|お使い|タグ|태그|您的|你的|متصفحك|שלך",
    re.I,
)


def is_browser_fallback(text: str) -> bool:
    """A player's fallback line: this browser cannot play the video."""
    return (
        len(text) <= _MAX_BROWSER_FALLBACK
        and _BROWSER.search(text) is not None
        and _PLAYER_THING.search(text) is not None
        and _NEGATION.search(text) is not None
        and _YOUR_PLAYER.search(text) is not None
        and len(_INNER_STOP.findall(text)) == 0
        and "," not in text[12:]  # "Sorry, your browser ..." but not "..., warns Netflix"
        and not _REPORTED.search(text)
    )


# A paywall's meter over the cut ("You have 75% of this article left to read.", "Il vous
# reste 75% de cet article à lire."): a share of the piece left, one line or two sentences.
_SHARE_LEFT = _compile(
    r"\d{1,2}\s?(?:%|procent\b|prozent\b|percent\b|pour cent\b|por ciento\b|per cento\b)|%\s?\d",
    re.I,
)
_LEFT_TO_READ = _compile(
    r"\b(?:left|remaining|reste|queda|resta|falta|nog|kvar|igjen|tilbage|pozostał\w*"
    r"|осталось|kaldı|zbývá|tersisa|noch vor sich|übrig)\b|残り|남았|还剩|還剩|تبقى|נותרו",
    re.I,
)
_PIECE = _compile(
    r"article|artikel|artículo|artigo|articolo|artykuł\w*|článk\w*|стать\w*|haber\w*|記事|기사"
    r"|本文|المقال|הכתבה",
    re.I,
)
_MAX_SHARE_LEFT = 160
# ... naming the reading, unless the line is a short label ("この記事は残り75%です。"): "75
# Prozent der Artikel blieben übrig" is a stock report.
_READING = _compile(
    r"\bread\b|\blire\b|\bleer\b|\bler\b|legger|lezen|läsa|\blese\b|læse|przeczyta|czytani"
    r"|přečíst|čtení|прочит|okun|\bbaca\b|dibaca|noch vor sich|読|읽|阅读|閱讀|قراءة|לקרוא",
    re.I,
)
_SHORT_SHARE_LEFT = 40


def is_share_left(text: str) -> bool:
    """A paywall's meter: the share of the piece still to read."""
    return (
        len(text) <= _MAX_SHARE_LEFT
        and _SHARE_LEFT.search(text) is not None
        and _LEFT_TO_READ.search(text) is not None
        and _PIECE.search(text) is not None
        and (len(text) <= _SHORT_SHARE_LEFT or _READING.search(text) is not None)
        and len(_INNER_STOP.findall(text)) <= 1
        and not _REPORTED.search(text)
    )


# A share bar's buttons one a line: a network's name alone ("Facebook", "E-Mail", "Flipboard").
_MAX_TARGET_LINE = 25
# Not the targets that are words too ("Links" a German subhead, "Line", "OK").
# A video or picture network's name alone too: a follow row's button or a blocked embed's label.
_LONE_TARGETS = (SHARE_TARGETS - {"line", "links", "ok"}) | {
    "pocket",
    "instagram",
    "youtube",
    "tiktok",
}
_INNER_STOP = _compile(r"[.!?]\s+\S")
# A line opening with words in quotes and going on after them: someone's call or notice
# quoted in the writer's sentence ("«Suivez-nous sur Instagram», lance la mairie").
_OPENING_QUOTES = frozenset('„“"«»‚‘')
_QUOTED_IN_SENTENCE = _compile(
    r"^[„“\"«»‚‘][^„“”\"«»]{2,200}[“”\"»«‘’][,.!?]?\s+[^\W\d_]+\s+[^\W\d_]"
)
_QUOTE_MARKS = ("„", "“", "”", "«", "»", '"')
# A call in someone's words: "Laden Sie die App herunter, rät der Verbraucherschützer."
_SAID = _compile(
    r",\s*(?:rät|raten|riet|sagt|sagte|sagen|empfiehlt|empfehlen|betont|warnt|warnen|so\b"
    r"|heißt es|says|said|advises|warns"
    # the speakers of unseen sites' languages ("..., explicó la portavoz", "..., zegt hij")
    r"|(?:dijo|explicó|afirmó|señaló|indicó|a déclaré|a expliqué|explique|déclare|ha detto"
    r"|ha spiegato|spiega|zegt|zei|aldus|sier|sa|säger|sade|siger|sagde"
    # ... and of the further languages whose calls are read ("..., sanoi johtaja")
    r"|sanoi|sanoo|kertoi|mondta|mondja|είπε|δήλωσε|cho biết|nói|mówi|powiedział\w*|řekl\w*"
    r"|disse|afirmou|kata|ujar"
    # ... or shouted, urged, advised it ("Kövessen minket, kiabálták a tüntetők", "...,
    # theo Sở" = according to)
    r"|kérte|kiabált\w*|huusi\w*|adviseer\w*|φώναζ\w*|ζήτησε|ανέφερε|τόνισε|vyzýval\w*"
    r"|theo (?!dõi)"
    # ... or urged and asked it, as an official calls on residents to get the city's app or
    # to send tips ("Téléchargez notre application, a lancé la ministre", "Har du ett tips?
    # Ring oss, uppmanade polisen", "Masz temat? Napisz do nas, apelowała straż miejska")
    r"|urged|urges|a lancé|a demandé|a exhorté|ha chiesto|ha invitato|ha esortato|pidió"
    r"|instó|uppmanade|uppmanar|oppfordret|opfordrede|(?:za)?apelował\w*|apeluje)\b)",
    re.I,
)
# ... or a clause at its end saying who wrote or said it, the subject first in English ("...,
# the ransom note read.", "..., he wrote.") or the verb first ("..., sagte sie.", "..., a-t-il
# écrit.", "..., decía la nota."): the story quoting a note, a banner, a kidnapper.
_SAID_AT_END = _compile(
    r",\s{1,3}(?:(?!(?:we|you|our|us|i)\b)(?:the|he|she|it|they|his|her|its|their|one"
    r"|(?-i:[A-Z])[\w'’.-]{0,30})(?:\s{1,3}(?!(?:that|which|who)\b)[\w'’.-]{1,30}){0,5}?\s{1,3}"
    r"(?:read|reads|wrote|writes|said|says|added|stated|demanded|warned|declared|urged|urges"
    r"|told|tells|asked|asks)"
    # ... not the site's staff doing it to the reader's mail ("..., the editors read them all")
    r"(?!\s{1,3}(?:them|it|all|every|each|everything|your|you|us|our|back)\b)"
    r"|(?:schrieb|schreibt|sagte|sagt|hieß es|heißt es|stand (?:da|dort|darauf|darin|auf|in|im)"
    r"|forderte|verlangte|warnte|a-t-(?:il|elle|on) (?:écrit|dit|ajouté|averti)"
    r"|écrit-(?:il|elle)|dit-(?:il|elle)|pouvait-on lire|peut-on lire|lit-on|indiquait|disait"
    r"|decía|dijo|escribió|escribe|rezaba|se leía|advertía|exigía|si leggeva|si legge|scrisse"
    r"|ha scritto|diceva|recitava|stond|schreef|schrijft|zei|aldus|escreveu|dizia|lia-se"
    r"|disse)\b)(?:\s{1,3}[\w'’.-]{1,30}){0,6}\W{0,3}$",
    re.I,
)


def _said(text: str) -> bool:
    """The line says who said or wrote it: a call or notice the story reports."""
    return _SAID.search(text) is not None or ("," in text and _SAID_AT_END.search(text) is not None)


# The notice an embed's consent placeholder shows instead of the tweet or video, worded
# anew by every site ("Mit Ihrer Zustimmung werden hier externe Inhalte von Instagram
# geladen", "Um diesen Inhalt zu sehen, müssen Sie ... zustimmen", "We need your consent to
# load this third-party content"): it asks the reader (Sie, Ihre, you) for consent (or names
# cookies, data protection) about a content from elsewhere (external, a third party's,
# "this content") and says where or how to show it. A sentence of the writer's about
# privacy rarely does all four and names the thing held back (`_NOTICE_THING`).
# "Sie" only inside a sentence: opening one, it is "she" or "they" as often.
_NOTICE_READER = _compile(
    r"[a-zäöüß,]\s+(?:Sie|Ihnen)\b|\bIhre[nmrs]?\b|\b(?:du|dir|dein\w*|you|your)\b"
)
_NOTICE_CONSENT = _compile(
    r"zustimm|zugestimmt|einwillig|einverstanden|datenschutz|personenbezogen|cookie"
    r"|\bconsent|\bpermission|\bprivacy|\bcookies?\b",
    re.I,
)
_NOTICE_CONTENT = _compile(
    r"\bextern\w*|drittanbieter\w*|drittplattform\w*|dritt(?:er )?anbieter"
    r"|\b(?:diese[nmrs]?|den|einen?) (?:inhalt|beitrag|video|tweet|post|podcast)\b"
    r"|inhalte[n]? (?:von|aus)\b|inhalt von\b"
    r"|eingebunden|eingebettet|third[- ]part(?:y|ies)|external content"
    r"|this (?:content|embed|video|post)|embedded",
    re.I,
)
# A notice that says it outright: "... der den Artikel ergänzt", "Daten an YouTube übertragen".
_NOTICE_MARK = _compile(
    r"\b(?:der|die|das) den (?:artikel|beitrag|text) ergänzt"
    r"|\bdaten (?:an|zu) [\w.-]+ (?:übertragen|übermittelt)",
    re.I,
)
# and where or how to show it ("hier", "an dieser Stelle", "anzeigen", "click to load").
_NOTICE_ACTION = _compile(
    r"\bhier\b|an dieser stelle|klick|anzeig|angezeigt|anzuzeigen|darzustellen|darstell|\bladen"
    r"|geladen|aktivier|zu sehen"
    r"|\bhere\b|\bclick|\bload|\bview|\bshow|\bdisplay|\bsee\b",
    re.I,
)
# ... and names the thing held back: a consumer's advice on "Drittanbieter" and "Cookies"
# ("Klicken Sie nicht auf Links von Drittanbietern ...") names none.
_NOTICE_THING = _compile(
    r"inhalt|content|video|beitrag|tweet|post\b|posting|embed|podcast|grafik|karte|\bmap|player"
    r"|audio|umfrage|\bpoll",
    re.I,
)
_MAX_NOTICE = 450
# The placeholder's notice in the other languages read, told by three words: cookies, a verb
# of accepting them and one of showing a content ("Este contenido no se puede mostrar porque
# no has aceptado las cookies", "Aby wyświetlić tę treść, musisz zaakceptować pliki cookies").
_COOKIE_ACCEPT = _compile(
    r"accept|akzeptier|acept|aceit|accett|akcept|zaakcept|godta|godkend|hyväksy|elfogad"
    r"|kabul|přijm|prijm|принять|прийня|sprejm|prihvat",
    re.I,
)
_COOKIE_SHOW = _compile(
    r"\bview|\bsee\b|\bshow|display|anzeig|anzuzeigen|zu sehen|mostrar|\bver\b|visualiz|afficher"
    r"|\bvoir\b|wyświetl|zobaczy|bekijk|\btonen|zobraz|\bvis[ae]?\b|näyt|megjelen|görüntüle"
    r"|показ|просмотр|vizual|prikaz",
    re.I,
)
_MAX_COOKIE_NOTICE = 200
# ... naming the content held back by a demonstrative ("este contenido", "tę treść", "deze
# inhoud", "this content"): a story's sentence on cookies says "Inhalte", "the site"
# ("Nutzer müssen Cookies akzeptieren, um Inhalte zu sehen, sagt die Behörde").
_COOKIE_THIS = _compile(
    r"\b(?:este|esta|esse|essa|questo|questa|ce|cette|this|these|deze|dit|diesen|diese"
    r"|dieses|tę|ten|tej|tento|tuto|toto|этот|это|эту|ezt|tämän|dette|detta|denne|bu)"
    r" (?:\w+ )?(?:contenidos?|conteúdos?|contenuto|contenu|content|inhoud|inhalte?|treść"
    r"|treści|materiał|obsah|контент|содержимое|tartalmat|sisällön|indhold|innhold|innehåll"
    r"|içeriği|içerik|video|vídeo|vidéo|wideo|post|publicación|beitrag|embed)\b",
    re.I,
)
# A cookie banner's line, set inside the article's block: the site (we, this site) says it
# uses cookies, opening the line, in the languages read ("Wir verwenden Cookies, um ...", "We
# use cookies to ...", "Wij gebruiken cookies"). A spokesman quoted saying so is the writer's:
# `bodynotices._notice_box` takes the line only with the banner's buttons beside it.
COOKIE_NOTICE = _compile(
    r"^\W*(?:wir (?:verwenden|nutzen|setzen)|(?:diese|unsere) (?:web)?seite (?:verwendet|nutzt)"
    r"|we (?:use|and our partners use)|this (?:web)?site uses|our (?:web)?site uses"
    r"|nous utilisons|ce site utilise|utilizamos|este sitio (?:web )?(?:utiliza|usa)"
    r"|utilizziamo|questo sito (?:web )?utilizza|wij gebruiken|we gebruiken"
    r"|deze (?:web)?site gebruikt|vi (?:bruger|bruker|använder)|używamy|používáme"
    r"|мы используем)\b[^.!?]{0,40}\bcookies?\b",
    re.I,
)


# ... the whole banner set as a line of the text: the site's "we use cookies" and the reader's
# agreeing ("By continuing you agree ...", "Mit der Nutzung stimmen Sie zu"), or a blocked
# content's placeholder naming cookies ("Este contenido está bloqueado porque no has aceptado
# las cookies"); no reported speech, no quote marks.
_COOKIE_AGREE = _compile(
    r"\bagree|\bconsent|zustimm|stimmen sie\b|einverstanden|einwillig|akzeptier|\baccept|acept"
    r"|aceit|accett|akcept|zgod|souhlas|согла|kabul|godkänn|godkend|godtar|akkoord|instemm",
    re.I,
)
_BLOCKED_CONTENT = _compile(
    r"^\W*(?:este contenido (?:está|ha sido) bloqueado|dieser inhalt (?:ist|wurde) blockiert"
    r"|this content (?:is|has been) blocked|questo contenuto è (?:stato )?bloccato"
    r"|este conteúdo (?:está|foi) bloqueado|deze inhoud is geblokkeerd"
    r"|ta treść jest zablokowana|этот контент заблокирован)",
    re.I,
)
_MAX_COOKIE_BANNER = 300
# The banner speaks to the reader ("you agree", "stimmen Sie zu", "vous acceptez"), or asks the
# agreeing in a sentence of its own; a story's sentence names who agrees ("We use cookies only
# with consent, insisted the company's lawyer.", "... si el usuario acepta, aseguró ...").
_READER_YOU = _compile(
    r"\b(?:you|your|vous|votre|tu|du|jij|u|вы|ты|ty|ni|usted)\b|(?-i:\bSie\b)", re.I
)
_SENTENCE_END = _compile(r"[.;!?]\s")


def _banner_agreeing(text: str) -> bool:
    """After "we use cookies", the reader addressed or asked to agree in a later sentence."""
    agree = _COOKIE_AGREE.search(text)
    if agree is None or COOKIE_NOTICE.match(text) is None or "," in text[agree.end() :]:
        return (
            False  # ... the agreeing ends the banner: "..., you agree to be tracked, experts warn."
        )
    return (
        _SENTENCE_END.search(text, 0, agree.start()) is not None
        or _READER_YOU.search(text) is not None
    )


def is_cookie_banner_line(text: str) -> bool:
    """A cookie banner's text set as a line of the article, its buttons gone."""
    return (
        len(text) <= _MAX_COOKIE_BANNER
        and "ookie" in text
        and (
            _banner_agreeing(text)
            # a placeholder ends on the cookies: no clause after them ("..., denunció ...")
            or (_BLOCKED_CONTENT.match(text) is not None and "," not in text[text.rfind("ookie") :])
        )
        and not _said(text)
        and not _REPORTED.search(text)
        and not any(q in text for q in _QUOTE_MARKS)
    )


# A tag list left as a line under the text, in the languages of unseen sites: a tag label, a
# colon, then short names ("Schlagwörter: Brücke, Verkehr", "Теги: мост, транспорт", "タグ" and
# a full-width colon), with no sentence's mark among them; or a line of hashtags alone
# ("#다리 #교통").
_TAG_LABELS = (
    r"schlagwörter|schlagworte|stichwörter|stichworte|tags?|keywords|etiquetas|[eé]tiquettes"
    r"|mots[- ]cl(?:é|ef)s|palavras[- ]chave|etichette|parole chiave"
    r"|trefwoorden|emneord|stikkord|nyckelord|etiketter|tagit"
    r"|avainsanat|etykiety|tagi|słowa kluczowe|štítky|klíčová slova|etiketler|anahtar kelimeler"
    r"|címkék|kulcsszavak|etichete|cuvinte cheie|kľúčové slová|етикети|ключови думи"
    r"|ετικέτες|теги|метки|ключевые слова|мітки|теґи|ключові слова|תגיות|الوسوم|كلمات مفتاحية"
    r"|टैग|कीवर्ड|label|kata kunci|タグ|キーワード|标签|標籤|关键词|關鍵詞|태그|키워드|từ khóa"
    r"|thẻ|แท็ก|คำค้น"
)
TAG_LIST_LINE = _compile(
    rf"^\W{{0,3}}(?:{_TAG_LABELS})\s*[:：]\s*"
    r"[^.!?。！？:：\n]{1,40}(?:\s*[,、，;/|·]\s*[^.!?。！？:：,、，;\n]{1,40}){0,12}$"
    r"|^(?:#[^\W\d_][\w-]{0,40}\s*){2,12}$",
    re.I,
)
# The same line's label and colon, the labels after them read apart (topiclinks.printed_tags).
TAG_LINE_LABEL = _compile(rf"^\W{{0,3}}(?:{_TAG_LABELS})\s*[:：]\s*", re.I)
# (no try from inside a run of spaces: the try from its start covers it)
TAG_LINE_SEPARATORS = _compile(r"(?!(?<=\s)\s)\s*[,、，;/|·]\s*")
# A tag or topic label alone, before a row of links without a colon ("Sujets <a>Culture</a>
# <a>Ville</a>", "Themen <a>..</a>", "주제 <a>..</a>").
TAG_LABEL = _compile(
    rf"\W{{0,3}}(?:{_TAG_LABELS}|themen|topics|subjects|sujets|temas|argomenti|onderwerpen"
    r"|tematy|témata|темы|теми|konular|topik|主题|话题|話題|주제|مواضيع|נושאים)\W{0,3}",
    re.I,
)
# A share bar's buttons read as one line ("Teilen auf Facebook Teilen auf X Per E-Mail teilen",
# "Partager sur Facebook Partager sur X"): the line holds nothing but two or more of them, so a
# sentence on sharing ("Teilen auf Facebook ist für viele Alltag") stays.
_SHARE_NETWORK = (
    r"(?:facebook|x|twitter|whatsapp|linkedin|telegram|pinterest|reddit|threads|bluesky|e-?mail)"
)
SHARE_BAR_LINE = _compile(
    r"^(?:\W{0,3}(?:(?:teilen auf|teile auf|share on|share via|partager sur|compartir en"
    r"|compartilhar no|partilhar no|condividi su|delen op|del på|dela på|udostępnij na|sdílet na"
    r"|поделиться в|paylaş)\s+" + _SHARE_NETWORK + r"|per e-?mail (?:teilen|versenden)"
    r"|(?:share|send) (?:by|via) e-?mail|partager par e-?mail|compartir por e-?mail"
    r"|(?:link|url) kopieren|copy (?:the )?link|copiar (?:o )?(?:link|enlace)|copier le lien"
    r"|copia (?:il )?link|link kopiëren|kopiuj link)\W{0,3}){2,10}$",
    re.I,
)
_MAX_SHARE_BAR_LINE = 250


# A paywall's note on the piece left in the text, as a whole line, in the languages of unseen
# sites ("Этот материал доступен только подписчикам.", "この記事は有料会員限定です。").
PAYWALL_NOTE_LINE = _compile(
    r"^\W*(?:(?:этот|эта|данный|данная) (?:материал|текст|контент|статья) доступ\w* только"
    r" (?:для )?"
    r"(?:подписчик\w*|по подписке)|(?:цей|даний) (?:матеріал|текст) доступн\w* лише (?:для )?"
    r"передплатник\w*|bu (?:içerik|haber|makale) (?:sadece|yalnızca) abone\w*"
    r"(?: özel(?:dir)?| içindir| açıktır)?"
    r"|この記事は(?:有料)?(?:会員|購読者)限定(?:です|記事です)?"
    r"|이 기사는 (?:유료 ?)?(?:회원|구독자) ?전용(?:입니다)?"
    r"|本文(?:为|為)(?:付费|付費)?(?:会员|會員|订阅|訂閱)(?:专享|專享|内容|內容)"
    r"|artikel ini (?:hanya )?(?:untuk|khusus) (?:pelanggan|member)"
    r"|bài viết (?:này )?(?:chỉ )?dành cho (?:thành viên|người đăng ký)"
    # ... in more languages ("Este contenido es exclusivo para suscriptores.", "Den här
    # artikeln är endast för prenumeranter.", "本文仅限订阅用户阅读。")
    r"|este (?:contenido|artículo) es (?:exclusivo |solo |sólo )?(?:para|de) suscriptores"
    r"|este (?:conteúdo|artigo) é (?:exclusivo )?(?:para|de) assinantes"
    r"|(?:den här|denna) artikel(?:n)? är (?:endast|bara) för prenumeranter"
    r"|(?:denne|den her) artikkel(?:en)? er (?:kun|bare) for abonnenter"
    r"|(?:denne|den her) artikel er (?:kun|bare) for abonnenter"
    r"|本文仅(?:限|供)(?:订阅|付费|会员)[^。]{0,6}|本文僅(?:限|供)(?:訂閱|付費|會員)[^。]{0,6}"
    r"|هذا المقال (?:متاح|مخصص) للمشتركين فقط"
    r"|הכתבה (?:מיועדת|זמינה) (?:למנויים|למנויי[^ ]{0,12}) בלבד)\W*$",
    re.I,
)


def _notice_hint(text: str) -> bool:
    """Letters every notice holds one of, in any case of its first letter: a first test
    without a regex (an `or` chain of `in` is the fastest in CPython)."""
    return (
        "stimm" in text
        or "bertrag" in text
        or "bermittel" in text
        or "ookie" in text
        or "onsent" in text
        or "rgänzt" in text
        or "willig" in text
        or "verstanden" in text
        or "atenschutz" in text
        or "ersonenbezogen" in text
        or "ermission" in text
        or "rivacy" in text
    )


def is_cookie_wall(text: str) -> bool:
    """A short line naming cookies, accepting them and showing something, in any language
    read: a placeholder's notice beside its buttons ("Debes aceptar las cookies para ver el
    vídeo"), or a story's sentence on cookies alone (`is_embed_notice` wants "this content")."""
    return (
        len(text) <= _MAX_COOKIE_NOTICE
        and "ookie" in text
        and bool(_COOKIE_ACCEPT.search(text))
        and bool(_COOKIE_SHOW.search(text))
    )


def is_embed_notice(text: str) -> bool:
    """An embed's consent placeholder (see _NOTICE_READER): a short paragraph asking the
    reader's consent for a content from elsewhere, or saying so outright."""
    if len(text) > _MAX_NOTICE or not _notice_hint(text):
        return False  # most paragraphs: no word of a notice, told without a regex
    if _NOTICE_MARK.search(text):
        return True
    if is_cookie_wall(text) and _COOKIE_THIS.search(text):
        return True
    return bool(
        _NOTICE_CONSENT.search(text)
        and _NOTICE_CONTENT.search(text)
        and _NOTICE_READER.search(text)
        and _NOTICE_ACTION.search(text)
        and _NOTICE_THING.search(text)
    )


_BACK_LINES = frozenset(langwords.entries(langwords.BACK_LINES))


def is_back_line(text: str) -> bool:
    """A button back to the front page ("Back to home", "Zurück zur Startseite") as a whole
    line: as a heading without a link, the same words are a subhead the caller keeps."""
    if len(text) > _MAX_OTHER_STOCK_LINE:
        return False
    return " ".join(_folded(text).replace("\u2019", "'").split()).rstrip(".!") in _BACK_LINES


def is_share_target(text: str) -> bool:
    """A share bar's button on a line of its own: a network's name alone ("Facebook",
    "E-Mail"). As a heading, the same name is a subhead ("<h2>Telegram</h2>" in a piece
    about messengers): the caller keeps those."""
    if len(text) > _MAX_TARGET_LINE or not text[-1:].isalnum():
        return False
    words = _TARGET_WORDS.findall(text.casefold())
    return bool(words) and all(w in _LONE_TARGETS for w in words)


# The words one of the notes above must hold (a messenger, a commission, a browser, a share of
# the piece, affiliate links), looked for at once before the notes' own rules are asked.
_NOTE_WORDS = _compile(
    _by_first_letter(
        r"%|whatsapp|telegram|واتساب|تيليجرام|왓츠앱|텔레그램|commissi|provision|comisi|comiss"
        r"|prowizj|provizi|комисси|komisyon|komisi|手数料|収益|佣金|수수료|عمولة|עמלה|browser|navigat"
        r"|navegador|webbläsare|nettleser|przeglądarka|prohlížeč|браузер|tarayıcı|ブラウザ|브라우저"
        r"|浏览器|瀏覽器|متصفح|דפדפן|procent|prozent|percent|pour cent|por ciento|per cento"
        r"|affiliate|partnerlink"
    )
)  # (no IGNORECASE: read from the lowered line, an alternation with it scans six times slower)


# A span of opening hours set alone ("10:00-18:00", "9.30 - 17.30"): a line without a letter,
# yet a fact of the story, no counter or ornament. A player's running time starts at 0:00
# ("00:00 - 02:45"), and a span ends later than it starts.
_HOURS_SPAN_LINE = _compile(
    r"^\s*(\d{1,2})([:.])([0-5]\d)\s*[-\u2013\u2014~\u301c]\s*(\d{1,2})\2([0-5]\d)\s*$"
)
_DAY_HOURS = 24


def is_hours_span(text: str) -> bool:
    """ "10:00 - 18:00" alone on its line: when a place is open, a story's fact."""
    m = _HOURS_SPAN_LINE.match(text)
    if m is None:
        return False
    start = int(m.group(1)) * 60 + int(m.group(3))
    end = int(m.group(4)) * 60 + int(m.group(5))
    return 0 < start < end <= _DAY_HOURS * 60 and int(m.group(1)) < _DAY_HOURS


# A note that the piece ran first elsewhere, in the languages besides German (whose "Dieser
# Artikel erschien zuerst ..." is a SERVICE_LINE): "This article was first published by ...",
# "Cet article a été publié initialement ...", "Este artículo fue publicado originalmente
# ...". The subject is the piece itself ("this article", not "the novel", "the study") and
# the line opens with it: a story's sentence on a book's first edition names the book.
_PL_PIECES = "artykuł|tekst|materiał|wywiad|reportaż|felieton|komentarz|wpis|rozmowa|publikacja"
_PL_FIRST = "pierwotnie|po raz pierwszy|wcześniej|oryginalnie|najpierw"
# who lets the piece run ("Publikujemy za zgodą wydawcy", "... autora"); "Publikujemy za zgodą
# rodziny wizerunek zaginionego" is the story's photo of a missing boy
_PL_GRANTERS = (
    r"redakcji|wydawcy|wydawnictwa|autor(?:a|ki|ów|ek)|(?:tygodni|miesięczni|dzienni)ka|gazety"
    r"|magazynu|serwisu|portalu|[„\"«]"
)
# where a piece "comes from" in a note: a paper, a site, a book ("z tygodnika", "z serwisu",
# "z archiwum „Gazety ...”"); "Materiał pochodzi z kamery ...", "Wpis pochodzi z profilu
# burmistrza", "Rozmowa pochodzi z nagrania ..." are the story's sources
_PL_PAPERS = (
    r"(?:\w+ ){0,2}(?:(?:dwu)?(?:tygodni|miesięczni|kwartalni|roczni|dzienni)ka|gazety|magazynu"
    r"|pisma|serwisu|portalu|bloga|numeru|wydania|książki|tomu|zbioru|antologii)\b"
    r"|(?:\w+ ){0,2}[„\"«]"
)
FIRST_RAN_NOTICE = _compile(
    r"^(?:(?:a |an earlier )?version of )?(?:this|the following) (?:article|story|piece|report"
    r"|column|essay|interview|commentary|op-ed|post)"
    r" (?:(?:was|has been|is) )?(?:(?:first|originally) (?:published|appeared|ran|printed)"
    r"|(?:published|printed) (?:first|originally)|republished (?:from|with))\b"
    # "cet"/"ce", never "l'": "L'article a été publié samedi par ..." is another paper's
    r"|(?:cet (?:article|entretien|éditorial)|ce (?:texte|reportage))"
    r" (?:a|est) (?:(?:d['’]abord|initialement|originellement|précédemment) )?(?:été )?"
    r"(?:publié|paru)e?s?(?: (?:d['’]abord|initialement|originellement|précédemment"
    r"|en premier))?\b"
    r"|(?:este|el presente) (?:artículo|reportaje|texto|análisis|artigo)"
    r" (?:(?:fue|ha sido|foi) (?:publicad[oa] )?(?:originalmente|inicialmente|primero"
    r"|por primera vez)|se publicó (?:originalmente|inicialmente|por primera vez))\b"
    r"|questo (?:articolo|pezzo|testo) (?:è stato |è )?(?:pubblicato|uscito)"
    r" (?:originariamente|originalmente|inizialmente|per la prima volta|in origine)\b"
    r"|dit (?:artikel|stuk|verhaal) (?:verscheen|is) (?:eerder|eerst|oorspronkelijk)\b"
    # Portuguese and Swedish ("Esta reportagem foi publicada originalmente ...", "Artikeln
    # publicerades först i ...")
    r"|(?:este|esta) (?:artigo|texto|reportagem|matéria|entrevista) foi (?:publicad[oa] )?"
    r"(?:originalmente|inicialmente|primeiro|pela primeira vez)\b"
    r"|(?:artikeln|texten|reportaget|den här artikeln|denna artikel) (?:publicerades"
    r"|har publicerats) (?:först|ursprungligen|tidigare)\b"
    # ... the adverb before the participle too ("Artikeln har tidigare publicerats i ...")
    r"|(?:artikeln|texten|reportaget|den här artikeln|denna artikel) har"
    r" (?:först|ursprungligen|tidigare) publicerats\b"
    # Polish, as a group of its own: its "i", "a" are "and" (Swedish "i" is "in"), read after
    # a Polish note only. The piece comes from a paper ("Artykuł pochodzi z tygodnika ...", not
    # "... z 2019 roku", "... z kamery"), ran first there ("Tekst ukazał się pierwotnie w ...",
    # "Rozmowa została po raz pierwszy opublikowana w ...": the adverb required, "Artykuł został
    # opublikowany w piątek" is another paper's), or is reprinted ("Przedruk za zgodą
    # redakcji", "Przedruk z ...", not "Przedruk artykułu trafił ...")
    # (the words end where a space, a quote or a colon follows: "z „Gazety ...”")
    rf"|(?P<pl>(?:(?:ten|ta|niniejszy|niniejsza) )?(?:{_PL_PIECES})"
    rf" (?:pochodzi ze? (?:{_PL_PAPERS})"
    rf"|(?:{_PL_FIRST}) (?:ukazała? się|został[ao]? opublikowan[ya])\b"
    rf"|(?:ukazała? się|został[ao]? opublikowan[ya]) (?:{_PL_FIRST})\b"
    rf"|został[ao]? (?:{_PL_FIRST}) opublikowan[ya]\b)"
    rf"|przedruk(?: za zgodą\b| ze? (?!\d)|\s*:)"
    rf"|(?:publikujemy|przedrukowujemy) za zgodą (?:{_PL_GRANTERS}))",
    re.I,
)
# The note stands alone, with at most a credit after it ("Read the original article."); a
# line longer than this is a paragraph of the story's.
_MAX_FIRST_RAN_NOTICE = 200


def is_first_ran_notice(text: str) -> bool:
    """The publisher's note that the piece ran first elsewhere: the answers leave it out, as a
    reader skips it. Quoted or said, it is someone's words the story reports."""
    return (
        len(text) <= _MAX_FIRST_RAN_NOTICE
        and (m := FIRST_RAN_NOTICE.match(text)) is not None
        # (a Polish paper's name is set in quotes: „Tygodnik Przykładowy”)
        and not any(q in (text if m.group("pl") is None else text[:1]) for q in _QUOTE_MARKS)
        and not _said(text)
        # "..., and the mayor asked the paper to correct it": the story goes on about it
        and not _first_ran_goes_on(
            text[m.end() :], text[:4].lower() == "dit ", m.group("pl") is not None
        )
        # "... An earlier version misstated the mayor's name.": a correction is the piece's
        and _FIRST_RAN_CORRECTS.search(text, m.end()) is None
    )


_FIRST_SENTENCE_END = _compile(r"[.!?]")
_FIRST_RAN_CORRECTS = _compile(
    r"\b(?:correct|misstat|misspel|misidentif|misquot|erroneous|in error|corrig|rectifi"
    r"|correg|corrett|rettific|gecorrigeerd|verbeterd)",
    re.I,
)
# (the Swedish "men" is not the English "men's": "..., men's edition" is the note's paper)
_FIRST_RAN_GOES_ON = _compile(r", (?:and|but|et|mais|y|pero|e|ma|en|maar|och|men)\b(?!['’])", re.I)
# "... and it caused a storm", "... et il a provoqué ...", "... en leidde tot ...": a clause
# of its own after the note, with or without a comma, opening on a small letter (a paper's
# name holds "and" too: "... by Harbour and Coast News"); the piece's own history ("... and
# has been updated", "... et a été mis à jour") is the note's. Dutch "en" only after a Dutch
# note: in Spanish it is "in" ("... originalmente en Diario del Puerto").
_FIRST_RAN_CLAUSE = (
    r"\s+(?!(?:(?:has|have|was|is|a|est|ha|fue|è|foi|werd|heeft|wurde)\s+)?"
    r"(?:been\s+|été\s+|sido\s+|stato\s+)?"
    r"(?:updated|revised|edited|expanded|republished|shortened|translated|mis\b|mise?s?\b"
    r"|actualizad|aggiornat|atualizad|bijgewerkt|since\b|sindsdien\b))(?=[a-zà-ÿ])"
)
_FIRST_RAN_AND = _compile(rf"\s(?:and|but|et|mais|y|pero|e|ma|maar|och|men){_FIRST_RAN_CLAUSE}")
_FIRST_RAN_EN = _compile(rf"\sen{_FIRST_RAN_CLAUSE}")
# Polish after a Polish note: its "and", "but" ("i", "a", "ale", "lecz", "oraz"), the piece's
# own history the note's ("... i został skrócony", "... i jest publikowany za zgodą ...")
_FIRST_RAN_GOES_ON_PL = _compile(r", (?:i|a|ale|lecz|oraz)\b", re.I)
# a Polish verb in the past after the note's words ("wywołał", "trafiła", "zniknęli"): the
# note's own verbs ("ukazał się", "został") stand before its paper's name
_PL_PAST_VERB = _compile(
    r"(?<!\w)(?!(?:został|zostały|była?|było|były)\b)[a-ząćęłńóśźż]{3,}(?:ł|ła|ło|li|ły)\b"
)
_FIRST_RAN_AND_PL = _compile(
    r"\s(?:i|a|ale|lecz|oraz)\s+(?!(?:(?:został[ao]?|jest|była?)\s+)?(?:zaktualizowan|uzupełnion"
    r"|skrócon|przetłumaczon|zredagowan|publikowan|przedrukowan|opublikowan|redakcyjnie))"
    r"(?=[a-ząćęłńóśźż])",
)
# after the note's sentence, only a credit ("Read the original article.", "Republished under a
# Creative Commons licence."); a sentence of the story ("Since then the council has ...") is
# longer than this
_FIRST_RAN_CREDIT = 60


# "... and is reproduced here with permission", "... y se reproduce aquí bajo licencia ...",
# "It is republished under a Creative Commons licence.": the republication's terms, the note's
_FIRST_RAN_TERMS = _compile(
    r"\b(?:republi|reproduc|reprint|ripubblic|overgenomen|permission|licen[cst]|autorisation"
    r"|autorizaci|autorizzazion|permiso|toestemming|agreement|partnership|partenariat|acuerdo"
    # Portuguese and Swedish verbs of running again ("é reproduzido com autorização",
    # "återpubliceras här"); their nouns ("autorização", "tillstånd") a story's clause has too
    r"|reproduz|återpubli"
    # ... Polish: "za zgodą" (with permission), "przedruk" (reprint), "publikujemy" (we run)
    r"|za zgodą|przedruk|publikuj|publikowan)",
    re.I,
)
# A subject opening the clause after "and": the story's ("... and the city refused permission
# for the march", "... et la mairie a refusé l'autorisation"); the note's terms go on without
# one ("... and is republished with permission", "... y se reproduce con permiso")
# ... unless the clause says the piece ran again ("... et il est reproduit ici avec
# autorisation", "... and the piece is republished with permission")
_FIRST_RAN_AGAIN = _compile(
    r"\b(?:republi|reprodu|reprint|ripubblic|riprodot|overgenomen|herpubli|wiederveröffentl|återpubli"
    # ... or appears here ("... and the piece appears here with permission", "... and their
    # partners and appears under a Creative Commons licence": the names run on to the verb)
    # (the mayor who "appeared in court" is the story's)
    r"|appears? (?:here|under|with)|para[iî]t (?:ici|avec|sous)|aparece (?:aquí|con|bajo)"
    r"|appare (?:qui|con)|erscheint (?:hier|mit)|verschijnt (?:hier|met))",
    re.I,
)
# (a determiner before a common noun: "... by ProPublica and the Texas Tribune" names a paper)
_FIRST_RAN_SUBJECT = _compile(
    r"(?:(?:the|this|that|these|those|his|her|their|la|le|les|un|une|el|los|las|il|lo|gli|de"
    r"|het|een|der|die|das|son|sa|ses|leur|su|sus)\s+|l['’])(?-i:[a-zà-ÿ])"
    r"|(?:they|he|she|we|ils|elles|elle|ellos|ellas)(?![\w'’-])",
    re.I,
)
# "..., a nonprofit newsroom covering courts and schools": the paper's description, its "and"
# no clause of the story's
_FIRST_RAN_APPOSITION = _compile(r",\s(?:an?|the|un|une|el|la|il|een)\s")


def _first_ran_goes_on(rest: str, dutch: bool, polish: bool = False) -> bool:
    """The story goes on after the note: a clause of its own in the note's sentence, or a
    further sentence longer than a credit (the republication's terms are the note's)."""
    first, *others = _FIRST_SENTENCE_END.split(rest, 1)
    if (_FIRST_RAN_GOES_ON_PL if polish else _FIRST_RAN_GOES_ON).search(first):
        return True
    if polish and _PL_PAST_VERB.search(first):
        return True  # "Przedruk z „Gazety ...” wywołał burzę ...": a sentence on the reprint
    clause = _FIRST_RAN_APPOSITION.split(first, 1)[0]
    if polish:
        joined = _FIRST_RAN_AND_PL.search(clause)
    else:
        joined = _FIRST_RAN_AND.search(clause) or (_FIRST_RAN_EN.search(clause) if dutch else None)
    if joined and (
        not _FIRST_RAN_TERMS.search(first)
        or (
            _FIRST_RAN_SUBJECT.match(clause, joined.end())
            and not _FIRST_RAN_AGAIN.search(clause, joined.end())
        )
    ):
        return True  # "... and the city refused permission": a clause with a subject of its own
    more = others[0].strip() if others else ""
    return len(more) > _FIRST_RAN_CREDIT and not _FIRST_RAN_TERMS.search(more)


def is_stock_line(text: str) -> bool:
    """A credit line, call to action or promo that publishers put inside article text."""
    n = len(text)  # (asked by most of the rules below, of each line of a body)
    if n < _MAX_SERVICE_LINE and SERVICE_LINE.match(text):
        return True
    if is_first_ran_notice(text):
        return True
    if n <= _MAX_NOTICE and is_embed_notice(text):
        return True
    if _is_share_line(text) or (n <= _MAX_COUNTER_LINE and COUNTER_LINE.match(text)):
        return True
    # „Folgen Sie uns auf X“ stand auf dem Banner: a call quoted in the story's sentence
    quoted = text[:1] in _OPENING_QUOTES and _QUOTED_IN_SENTENCE.match(text) is not None
    if (
        n <= _MAX_FOLLOW_CALL
        and not quoted
        and _follow_call(text)
        and not _INNER_STOP.search(text)
        and not _said(text)
    ):
        return True  # one phrase: a sentence after it, or a speaker, makes it the writer's
    if (
        n <= _MAX_TIP_QUESTION
        and "?" in text
        and TIP_QUESTION.match(text)
        and not quoted
        and not _said(text)
        and not _tip_reported(text)
    ):
        return True
    if (
        n <= _MAX_CHANNEL_PROMO
        and ("hatsapp" in text or "hatsApp" in text or "elegram" in text)
        and CHANNEL_CALL.search(text)
        and _JOIN_CALL.search(text) is not None  # "Il nostro canale WhatsApp è stato chiuso"
        and not any(q in text for q in _QUOTE_MARKS)  # a call quoted is the story's
        and not _said(text)  # ... or said: "Nuestro canal ..., explicó la portavoz"
    ):
        return True
    if (
        n <= _MAX_AFFILIATE_NOTE
        and _NOTE_WORDS.search(text.lower()) is not None  # one scan: most lines name none
        and (
            is_own_channel_call(text)
            or is_affiliate_note(text)
            or is_browser_fallback(text)
            or is_share_left(text)
            or is_affiliate_mark(text)
        )
    ):
        return True
    if (
        n <= _MAX_OLD_PIECE_NOTICE
        and OLD_PIECE_NOTICE.match(text)
        and _AGE_UNIT.search(text) is not None
    ):
        return True
    if (
        n <= _MAX_CHANNEL_PROMO
        and ("eile deine" in text or "hare your" in text)
        and COMMUNITY_CALL.search(text)
    ):
        return True
    if is_share_target(text) or is_read_also(text):
        return True
    if (
        n <= _MAX_EMBED_LINE
        and ("@" in text or "ail" in text or "correo" in text)
        and (EMBED_CAPTION.match(text) or COMMENT_FORM_NOTICE.match(text))
    ):
        return True
    if n <= _MAX_AUTHOR_MORE and AUTHOR_MORE.match(text):
        return True
    if (
        ("기" in text or "특" in text)
        and n <= _MAX_AUTHOR_MORE
        and KOREAN_REPORTER_LINE.match(text)
    ):
        return True
    if (
        n <= _MAX_SUPPORT_PITCH
        and ("ournali" in text or "eriodis" in text or "iornalis" in text or "ziennik" in text)
        and SUPPORT_PITCH.match(text)
        and not _said(text)
        and not any(q in text for q in _QUOTE_MARKS)  # a pitch quoted is the story's
    ):
        return True
    if "dpa:" in text and n <= _MAX_FEED_ID_LINE and FEED_ID_LINE.match(text):
        return True
    if n <= _MAX_COMMENTS_NOTICE and _comments_notice(text):
        return True
    if n <= _MAX_TIP_CALL and "@" in text and _tip_call(text):
        return True
    if "ookie" in text and is_cookie_banner_line(text):
        return True
    return n < _MAX_STOCK_LINE and bool(
        (
            STOCK_LINE.match(text)
            and not quoted
            and not _reported_call(text)
            and not _said(text)
            and not is_hours_span(text)
        )
        or (":" in text and MEDIA_LENGTH.search(text))
        or _consent_line(text)
        or PLAYER_LINE.match(text)
        or (CREDIT_LINE.match(text) and not _CREDIT_CLAUSE.search(text))
        or (n <= _MAX_TAG_LIST_LINE and TAG_LIST_LINE.match(text))
        or (n <= _MAX_SHARE_BAR_LINE and SHARE_BAR_LINE.match(text))
        or (n <= _MAX_PAYWALL_NOTE_LINE and PAYWALL_NOTE_LINE.match(text))
        or (
            n <= _MAX_OTHER_STOCK_LINE
            and (OTHER_STOCK_LINE.match(_folded(text)) or _PAYWALL_BADGE.match(text))
        )
        or (n <= _MAX_AD_SLOT_LINE and AD_SLOT_LINE.match(text))
        or (n <= _MAX_RIGHTS_LINE and RIGHTS_NOTICE.search(text))
    )


# A call's opening words, then a clause saying who said or did it: the story's sentence about
# the call ("Follow X on Google News, the company told publishers ...", "Sign up for the
# programme by Friday, officials urged residents"), no call of the site's.
_CALL_OPENING = _compile(
    r"^\W*(?:follow |sign up |subscribe |get in touch|click here|download the )", re.I
)
_CALL_REPORTED = _compile(
    r",\s+(?:[\w'-]+\s+){0,5}?(?:told|said|says|urged|announced|wrote|added|explained|warned"
    r"|advised|asked|reported|confirmed|according to)\b",
    re.I,
)


def _reported_call(text: str) -> bool:
    """A call's words the story reports: a clause after them names a speaker and a verb."""
    return _CALL_OPENING.match(text) is not None and _CALL_REPORTED.search(text) is not None


# A tip call with the newsroom's address: a sentence of the line opens with the call ("Are
# protests breaking out in your area? Get in touch at news@example.com", "Schreiben Sie uns an
# ..."); a story's sentence asking readers to contact the police names the call later in it.
_TIP_CALL_OPENING = _compile(
    # (not after a colon: "The ransom note read: Contact us at ..." is the story's quote)
    r"(?:^|[.?!]\s{1,9})[^\w\s]{0,9}(?:get in touch|e-?mail us|contact us|write to us|tell us"
    r"|send (?:us )?"
    r"(?:your )?(?:tips?|stories|story|pictures|photos|videos?) to|schreiben sie uns"
    r"|mailen sie uns|kontaktieren sie uns|écrivez-nous|contactez-nous|escríbenos|scrivici"
    r"|mail ons|skriv til (?:oss|os)|skriv till oss|napisz do nas|napište nám|kirjoita meille"
    r"|írjon nekünk|escreva-nos|envie para)\b",
    re.I,
)
_EMAIL = _compile(r"[\w.+-]{1,64}@[\w-]{1,63}\.\w")
_MAX_TIP_CALL = 200


def _tip_call(text: str) -> bool:
    """A call for readers' tips giving the newsroom's address, no sentence of the story's."""
    return (
        _EMAIL.search(text) is not None
        and _TIP_CALL_OPENING.search(text) is not None
        and not _said(text)
        and not _REPORTED.search(text)
        and not any(q in text for q in _QUOTE_MARKS)  # a call quoted is the story's
    )


def _folded(text: str) -> str:
    """`text` casefolded, Turkish capital dotted I read as i: casefold turns it into "i" and
    a combining dot, so "İlgili haberler", "İçindekiler" would miss their stock words."""
    folded = text.casefold()
    return folded.replace("i\u0307", "i") if "\u0307" in folded else folded


def is_furniture(el: HtmlElement) -> bool:
    """Whether class, id, role or hidden mark the element as page furniture.

    React-era pages hash their classes and say what a block is in `data-component`
    or `data-testid` ("byline-block", "newsletter-promo"): those count as class words.
    """
    get = el.get
    if _named_furniture(get("class"), get("id"), get("data-component"), get("data-testid")):
        return True
    return get("role") in _FURNITURE_ROLES or get("hidden") is not None


_FURNITURE_ROLES = frozenset({"navigation", "complementary", "banner", "contentinfo"})


def is_machine_summary(el: HtmlElement) -> bool:
    """Whether class or id call the block a machine-written summary ("aiArticleSummary",
    "ki-zusammenfassung"): furniture even where it is headed as the article's summary
    ("Kort fortalt", "Das Wichtigste in Kürze"), which an editor's box is not."""
    attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
    return len(attrs) > 8 and bool(_AI_SUMMARY.search(attrs.lower()))


# (Cached on the names, not on `el` as this decorator was by slip for a while: an element
# kept in a cache holds its page's whole tree, up to 8192 pages' trees in a worker.)
@lru_cache(maxsize=8192)
def _named_furniture(
    classes: str | None, id_: str | None, component: str | None, testid: str | None
) -> bool:
    """Whether class, id or data names call the element furniture (cached on the four
    values: the walk asks it of every block, and pages repeat the same names)."""
    attrs = _without_taxonomy(classes or "")
    for value in (id_, component, testid):
        if value and len(value) < 40:  # long ids are slugs of the content itself
            attrs += " " + value
    return bool(attrs) and _furniture_words(attrs)


_TAXONOMY_TOKEN = _compile(r"(?:^|\s)(?:tag|category)-\S+")


def _without_taxonomy(classes: str) -> str:
    """A WordPress post's classes without "tag-<slug>"/"category-<slug>": they name its
    tags ("tag-royal-family"), not what the element is (the `hentry` article itself)."""
    if "hentry" not in classes.split():
        return classes
    return _TAXONOMY_TOKEN.sub(" ", classes)


@lru_cache(maxsize=8192)
def _furniture_words(attrs: str) -> bool:
    """Whether class/id words name furniture (cached: pages repeat the same class strings).

    Two camelCase words count as the word they spell ("InfoBox", "SideBar"): React-era
    names capitalise what older markup wrote as one word. Only camelCase, and only
    words of three letters or more: dashed names ("hide-read-more-ad" wrapping a whole
    article) and hashes ("sc-3a2d8222" giving "a"+"d") would join words by chance.
    """
    if attrs.isascii() and not _ASCII_DIGIT.search(attrs):
        # no part with a digit (`_lettered`): the words are the same read over the whole,
        # the parts' separators being no letters
        words = [w.lower() for w in _WORDS.findall(attrs)]
    else:
        words = [w.lower() for p in _PARTS.split(attrs) for w in _WORDS.findall(_lettered(p))]
    if not BOILERPLATE_WORDS.isdisjoint(words):
        return True
    low = attrs.lower()
    if any(hint in low for hint in _AI_SUMMARY_HINTS) and _AI_SUMMARY.search(low):
        return True
    return any(word in BOILERPLATE_WORDS for word in _camel_compounds(attrs))


# A machine-written summary box above the text ("aiArticleSummary", "ai-summary",
# "ki-zusammenfassung", "ia-resumen"): the site's digest of the story, not the story (a
# "summary" or "teaser" alone is often the lead, which stays).
_AI_SUMMARY = _compile(
    r"(?<![a-z])(?:ai|ki|ia|chatgpt|gpt)[-_]?(?:article[-_]?|generated[-_]?|story[-_]?)?"
    r"(?:summary|summaries|zusammenfassung|resumen|resume|résumé|riassunto|sammendrag"
    r"|sammanfattning|samenvatting|resumo)"
)
_AI_SUMMARY_HINTS = ("umm", "amm", "sum", "ssunt", "amenv")  # letters each of its words holds


# Furniture words that say how a block is shown, not what it is: a paywall's wrapper
# ("wall", "regwall", "piano-paywall") or a "show more" fold's ("hidden") may hold the
# article's rest. Piano's name without a wall's is the vendor's slot: its offer.
STATE_WORDS = frozenset({"hidden", "wall", "regwall", "piano"})


def is_state_block(el: HtmlElement) -> bool:
    """Whether a block `is_furniture` names is furniture by `STATE_WORDS` (or a `hidden`
    attribute) alone: a role, another furniture word or a camelCase compound ("related
    hidden", "sidebar wall", "FactBox") makes it furniture for what it is. Asked only of
    the blocks `is_furniture` found."""
    get = el.get
    names = (get("class"), get("id"), get("data-component"), get("data-testid"))
    if not any(n and _state_hint(n) for n in names):  # most furniture: no such word
        # furniture by a `hidden` attribute alone (`_named_furniture` asked just before)
        return (
            get("hidden") is not None
            and not _named_furniture(*names)
            and (get("role") not in _FURNITURE_ROLES)
        )
    if get("role") in _FURNITURE_ROLES:
        return False
    return _state_named(*names)


_STATE_HINT = _compile(r"hidden|wall|piano", re.I)
_state_hint = folded_search(_STATE_HINT)
# (asked of most lines of a body: IGNORECASE tries each of their words at a line's start)
_follow_call = folded_search(FOLLOW_CALL, match=True)
_consent_line = folded_search(CONSENT_LINE, match=True)


@lru_cache(maxsize=1024)
def _state_named(
    classes: str | None, id_: str | None, component: str | None, testid: str | None
) -> bool:
    """`is_state_block` of names holding a `_STATE_HINT`, read as `_named_furniture`
    reads them (cached on the four values)."""
    attrs = _without_taxonomy(classes or "")
    for value in (id_, component, testid):
        if value and len(value) < 40:
            attrs += " " + value
    if attrs.isascii() and not _ASCII_DIGIT.search(attrs):
        words = {w.lower() for w in _WORDS.findall(attrs)}
    else:
        words = {w.lower() for p in _PARTS.split(attrs) for w in _WORDS.findall(_lettered(p))}
    named = words & BOILERPLATE_WORDS
    if not named <= STATE_WORDS:
        return False
    if named == {"piano"} and not any(
        "wall" in w or (w == "content" and "offer" not in words) for w in words
    ):
        # the vendor's name alone: its slot, mostly its offer ("piano-offer"); with
        # "content" the wrapper of the text it locks ("piano-inline-content-wrapper"), unless
        # it names the offer ("piano-offer-content")
        return False
    return not any(w in BOILERPLATE_WORDS for w in _camel_compounds(attrs))


def _name_words(
    classes: str | None, id_: str | None, component: str | None, testid: str | None
) -> set[str]:
    """The lower-cased words of a block's names, read as `_named_furniture` reads them."""
    attrs = _without_taxonomy(classes or "")
    for value in (id_, component, testid):
        if value and len(value) < 40:
            attrs += " " + value
    if attrs.isascii() and not _ASCII_DIGIT.search(attrs):
        return {w.lower() for w in _WORDS.findall(attrs)}
    return {w.lower() for p in _PARTS.split(attrs) for w in _WORDS.findall(_lettered(p))}


# A slideshow's or gallery's wrapper ("slideshow-content", "photo-gallery", "carousel"), and
# the furniture words that name only its parts (the slides, their pictures and captions):
# where such a wrapper holds the article's text, its slides are the article.
SLIDESHOW_WORDS = frozenset(
    {"gallery", "slideshow", "slides", "carousel", "galerie", "fotostrecke", "bildergalerie"}
)
GALLERY_PART_WORDS = frozenset({"gallery", "photo", "photos", "image", "images", "caption"})


def _names(el: HtmlElement) -> tuple[str | None, str | None, str | None, str | None]:
    get = el.get
    return get("class"), get("id"), get("data-component"), get("data-testid")


def is_slideshow(el: HtmlElement) -> bool:
    """Whether class or id name the block a slideshow or gallery."""
    names = _names(el)
    return any(names) and not SLIDESHOW_WORDS.isdisjoint(_name_words(*names))


def is_other_holder(el: HtmlElement) -> bool:
    """Whether a block between a slideshow's wrapper and a slide makes the slide another
    list's: a slideshow of its own (a carousel of other stories set in a page whose wrapper
    says "has-gallery"), or a block named furniture other than a gallery's part ("related")."""
    names = _names(el)
    if not any(names):
        return False
    words = _name_words(*names)
    return not SLIDESHOW_WORDS.isdisjoint(words) or not (
        (words & BOILERPLATE_WORDS) <= GALLERY_PART_WORDS
    )


# A block named "teaser" is often the article's own lead (German CMSs' "Teaser"); named a
# list of teasers ("teaser-list", "teaserSlider", "teasers") it holds other pieces' titles,
# linked or not.
_TEASER_NAMES = frozenset({"teaser", "teasers", "teaserlist", "teaserliste"})
_TEASER_LIST_WORDS = frozenset(
    {"teasers", "teaserlist", "teaserliste", "list", "liste", "slider", "carousel", "grid", "track"}
)


def is_teaser_list(el: HtmlElement) -> bool:
    """Whether one of the block's names calls it a list of teasers ("teaser-list", "teasers").
    One name: the story's own lead "teaser" beside a word of the site's grid, analytics or CSS
    framework ("teaser grid-col-8", "article-teaser js-track", "teaser list-unstyled") is no
    list."""
    classes, *others = _names(el)
    for name in (*(classes or "").split(), *others):
        if not name or "teaser" not in name.lower():
            continue  # most names say nothing of teasers: no words to read
        words = _name_words(name, None, None, None)
        if not _TEASER_NAMES.isdisjoint(words) and not _TEASER_LIST_WORDS.isdisjoint(words):
            return True
    return False


def is_gallery_named(el: HtmlElement) -> bool:
    """Whether class or id name the block only as a gallery, a slideshow or their parts
    ("gallery-track", "slides", "carousel-inner"): no other furniture word ("related")."""
    names = _names(el)
    if el.get("role") in _FURNITURE_ROLES or el.get("hidden") is not None:
        return False
    named = _name_words(*names) & BOILERPLATE_WORDS
    return named <= GALLERY_PART_WORDS | SLIDESHOW_WORDS and not any(
        w in BOILERPLATE_WORDS and w not in SLIDESHOW_WORDS
        for w in _camel_compounds(names[0] or "")
    )


def is_gallery_part(el: HtmlElement) -> bool:
    """Whether class or id name the block a slide ("slide-layout"), or furniture only as a
    gallery's part ("gallery-slide", "photo-caption", "gallery-intro"): no role, no other
    furniture word, no compound."""
    names = _names(el)
    if not any(names) or el.get("role") in _FURNITURE_ROLES or el.get("hidden") is not None:
        return False
    words = _name_words(*names)
    named = words & BOILERPLATE_WORDS
    if not named <= GALLERY_PART_WORDS or not (named or "slide" in words or "slides" in words):
        return False
    return not any(w in BOILERPLATE_WORDS for w in _camel_compounds(names[0] or ""))


_PARTS = _compile(r"[\s_-]+")
_ASCII_DIGIT = _compile(r"[0-9]")  # in ASCII text, what `str.isdigit` finds
_LEADING_LETTERS = _compile(r"[A-Za-z]*")


def _lettered(part: str) -> str:
    """A class part's words: with a digit in it, only the letters before the first one
    ("ad300x250" -> "ad", "teaser2" -> "teaser"); the letters between a hash's digits
    ("ce0d2ad", "e1ad2c3") spell words by chance."""
    if part.isascii():  # (most: one regex in C, where ASCII's digits are isdigit's)
        if _ASCII_DIGIT.search(part) is None:
            return part
    elif not any(c.isdigit() for c in part):
        return part
    m = _LEADING_LETTERS.match(part)
    return m.group() if m else ""


_CAMEL_WORD = _compile(r"[A-Z]?[a-z]+")
_COMPOUND_PART = 3  # letters: shorter parts ("a", "d" of a hash) join by chance


def _camel_compounds(attrs: str) -> Iterator[str]:
    """ "infobox" from "InfoBox", "sidebar" from "articleSideBar": camelCase neighbours."""
    for token in attrs.split():
        if token.islower():
            continue
        prev: re.Match[str] | None = None
        for m in _CAMEL_WORD.finditer(token):
            if (
                prev is not None
                and prev.end() == m.start()
                and m.group()[0].isupper()
                and min(len(prev.group()), len(m.group())) >= _COMPOUND_PART
            ):
                yield (prev.group() + m.group()).lower()
            prev = m
