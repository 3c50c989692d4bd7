"""The words of bylines in many languages: what leads a byline in, and job titles around names."""

from __future__ import annotations

import re

# Words that may come before the "by" word: "Written by", "Ein Kommentar von", "Texte par".
_LEAD_IN_TEXT = """
written reported words story text texte texto tekst testo photos photo fotos foto bilder video
interview analysis commentary kommentar analyse gastbeitrag reportage essay kolumne ein eine
einem einer escrito escrita publicado redactado écrit écrite rédigé une un article artikel
skrevet skriven geschreven scritto scritta reportaje crónica chronique tribune opinión opinion
meinung und and et y e og och
"""
_LEAD_IN = _LEAD_IN_TEXT.split()
# "by" in English, German, French, Spanish/Portuguese, Norwegian/Swedish, Danish, Dutch,
# Afrikaans, Polish/Czech, Indonesian, Russian, Vietnamese, Arabic, Hebrew: any case.
# Italian "di"/"da" only in lower case ("Di Stefano" is a name).
_BY_ANY_CASE = r"(?i:by|von|par|por|av|af|door|deur|od|oleh|oprac\.|от|bởi|بقلم|מאת)"
_BY_LOWER = r"(?:di|da|a cura di)"
# "Text: Jane Doe", "Autor: ...", "Texte : ...", "Автор: ...": a label and a colon.
_LABEL_TEXT = """
author authors autor autorin autoren auteur auteurs autore autori autores text texte texto
tekst testo redacción reporter reporting journalist journaliste periodista muhabir yazar
szerző teksti kirjoittaja penulis piše napisao napisała автор текст 글 記者 文 记者
"""
_LABEL = _LABEL_TEXT.split()
BYLINE_LEAD = re.compile(
    r"^\s*(?:"
    rf"(?:(?i:{'|'.join(_LEAD_IN)})\s+){{0,3}}(?:{_BY_ANY_CASE}|{_BY_LOWER})(?:\s*:\s*|\s+)"
    rf"|(?i:{'|'.join(_LABEL)})\.?\s*[:：/／]\s*"
    r")"
)
# Korean, Japanese and Chinese roles written against the name: "홍길동 기자", "山田太郎記者",
# "記者 山田太郎".
ROLE_AFFIX = re.compile(
    r"^\s*(?:記者|记者)\s*"
    r"|\s*(?:선임|수석|인턴|객원|전문|사진|영상|취재)?\s*(?:기자|특파원|논설위원|편집위원|앵커)\s*$"
    r"|\s*(?:編集委員|論説委員|特派員|記者|记者|通信員|通讯员)\s*$"
)
# A short line that is a CJK byline: "홍길동 기자 hong@...", "山田太郎記者".
ROLE_LINE = re.compile(r"^\s*(\S{2,12}?\s?(?:기자|특파원|記者|记者))(?:\W|$)")

_TITLE_TEXT = """
reporter editor writer correspondent columnist contributor journalist photographer analyst
critic producer anchor redakteur redakteurin korrespondent korrespondentin reporterin
autor autorin journaliste correspondant correspondante rédacteur rédactrice envoyé envoyée
periodista corresponsal redactor redactora enviado enviada giornalista inviato inviata
corrispondente redaktør journalisten muhabir muhabiri журналист корреспондент обозреватель
редактор
"""
# Job titles: cut from either end of a name ("Redakteurin Jane Doe", "Jane Doe Reporter").
TITLE_WORDS = frozenset(_TITLE_TEXT.split())
_ROLE_TEXT = """
reporter editor writer correspondent columnist contributor journalist staff senior chief
deputy associate assistant managing political news digital executive producer photographer
analyst critic freelance contributing international national foreign economics business
editor-at-large at large special the of for and in a host anchor breaking sports us uk
world affairs science health technology tech politics entertainment video investigative
data global lead head team desk content commerce updated
redaktion rédaction redacción redazione redaksjonen redaktionen ressort politik wirtschaft kultur
spécial spéciale especial der die das und le la les et de del y el
foto fotos photos text texte texto tekst
nachrichten noticias notícias nyheter nyheder nieuws actualités notizie haberler новости uutiset
"""
# Words of job titles and their glue: a byline part made only of these is a role, not a name.
ROLE_WORDS = TITLE_WORDS | frozenset(_ROLE_TEXT.split())
# Lower-case words inside a name: "Ursula von der Leyen", "Juan de la Cruz", "Ahmed bin Ali".
_PARTICLE_TEXT = "von van der den de la le du da di del dos das do y bin ibn al el ter ten zu af av"
NAME_PARTICLES = frozenset(_PARTICLE_TEXT.split())
