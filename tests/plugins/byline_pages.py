"""Test helper: the invented article page the byline tables fill in
(tests/test_extract_authors25.py, test_extract_authors26.py): a headline, the row's byline
in its own block, then three paragraphs of story, in the page's language. Every name,
paper, address and sentence is made up; the markup is the kind news pages use.

Catalan ("ca") and Filipino ("tl") are there for the towns near or far from the paper by
the language of its words (a regional language counts in its country, rev-authors26).
"""

# ruff: noqa: E501  -- one language a line

from __future__ import annotations

HEADLINE = {
    "de": "Neue Brücke für die Stadt",
    "en": "A new bridge for the town",
    "fr": "Un nouveau pont pour la ville",
    "es": "Un puente nuevo para la ciudad",
    "it": "Un ponte nuovo per la città",
    "nl": "Een nieuwe brug voor de stad",
    "pl": "Nowy most dla miasta",
    "sv": "En ny bro för staden",
    "pt": "Uma ponte nova para a cidade",
    "ko": "강 위에 새 다리 놓는다",
    "zh": "河上将建新桥",
    "ru": "Новый мост для города",
    "no": "En ny bro til byen",
    "tr": "Şehre yeni bir köprü",
    "hu": "Új híd a városnak",
    "cs": "Nový most pro město",
    "fi": "Uusi silta kaupungille",
    "lt": "Naujas tiltas miestui",
    "lv": "Jauns tilts pilsētai",
    "ro": "Un pod nou pentru oraș",
    "ca": "Un pont nou per a la ciutat",
    "tl": "Bagong tulay para sa bayan",
}
STORY = {
    "de": "Die Gemeinde hat am Dienstag beschlossen, die alte Brücke über den Fluss abzureißen und neu zu bauen; die Arbeiten sollen im Frühjahr beginnen.",
    "en": "The council decided on Tuesday to tear down the old bridge over the river and build a new one, with work due to start in the spring.",
    "fr": "Le conseil municipal a décidé mardi de démolir le vieux pont sur la rivière et d'en construire un nouveau, les travaux débutant au printemps.",
    "es": "El ayuntamiento decidió el martes derribar el viejo puente sobre el río y construir uno nuevo; las obras comenzarán en primavera.",
    "it": "Il consiglio comunale ha deciso martedì di demolire il vecchio ponte sul fiume e di costruirne uno nuovo; i lavori inizieranno in primavera.",
    "nl": "De gemeenteraad besloot dinsdag de oude brug over de rivier te slopen en een nieuwe te bouwen; de werkzaamheden beginnen in het voorjaar.",
    "pl": "Rada miasta postanowiła we wtorek rozebrać stary most na rzece i zbudować nowy; prace mają ruszyć wiosną przyszłego roku.",
    "sv": "Kommunfullmäktige beslutade på tisdagen att riva den gamla bron över ån och bygga en ny; arbetet ska börja under våren.",
    "pt": "A câmara decidiu na terça-feira demolir a velha ponte sobre o rio e construir uma nova; as obras devem começar na primavera.",
    "ko": "시의회는 화요일에 강 위의 오래된 다리를 허물고 새 다리를 짓기로 결정했으며 공사는 내년 봄에 시작될 예정이다.",
    "zh": "市议会周二决定拆除河上的旧桥并建造一座新桥，工程将于明年春天开始，预计两年内完成。",
    "ru": "Городской совет во вторник решил снести старый мост через реку и построить новый; работы начнутся весной следующего года.",
    "no": "Bystyret vedtok tirsdag å rive den gamle brua over elva og bygge en ny; arbeidet skal starte til våren og vare i to år.",
    "tr": "Belediye meclisi salı günü nehir üzerindeki eski köprüyü yıkıp yenisini yapmaya karar verdi; çalışmalar gelecek baharda başlayacak.",
    "hu": "A képviselő-testület kedden úgy döntött, hogy lebontja a folyó feletti régi hidat, és újat épít; a munkálatok tavasszal kezdődnek.",
    "cs": "Zastupitelstvo v úterý rozhodlo strhnout starý most přes řeku a postavit nový; práce mají začít na jaře příštího roku.",
    "fi": "Kaupunginvaltuusto päätti tiistaina purkaa vanhan sillan joen yli ja rakentaa uuden; työt alkavat ensi keväänä ja kestävät kaksi vuotta.",
    "lt": "Miesto taryba antradienį nusprendė nugriauti seną tiltą per upę ir pastatyti naują; darbai prasidės kitą pavasarį ir truks dvejus metus.",
    "lv": "Pilsētas dome otrdien nolēma nojaukt veco tiltu pār upi un uzbūvēt jaunu; darbi sāksies nākamajā pavasarī un ilgs divus gadus.",
    "ro": "Consiliul local a decis marți să demoleze vechiul pod peste râu și să construiască unul nou; lucrările vor începe în primăvara anului viitor.",
    "ca": "L'ajuntament va decidir dimarts enderrocar el vell pont sobre el riu i construir-ne un de nou; les obres començaran a la primavera vinent.",
    "tl": "Nagpasya ang konseho ng lungsod noong Martes na gibain ang lumang tulay sa ilog at magtayo ng bago; magsisimula ang trabaho sa susunod na taon.",
}
URL = "https://www.example-courier.test/news/a-new-bridge-4711.html"


def byline_page(
    lang: str, byline: str, head: str = "", opening: str = "", words: str | None = None
) -> str:
    """The page in `lang` (its headline and story in `words`, `lang` by default): `head` in its
    <head>, `opening` before the first paragraph's text."""
    words = words or lang
    paras = "".join(f"<p>{opening if not i else ''}{STORY[words]}</p>" for i in range(3))
    return (
        f"<html lang='{lang}'><head><title>{HEADLINE[words]}</title>{head}</head><body><main><article>"
        f"<h1>{HEADLINE[words]}</h1><div class='byline'>{byline}</div>"
        f"<div class='text'>{paras}</div></article></main></body></html>"
    )
