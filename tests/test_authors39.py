"""Writers on publishers never seen, more scripts and byline shapes (issue 10, authors-39).

- Georgian names: its everyday letters are small letters to Unicode, but Georgian has no
  capitals in use, so a name is read as in a script without case ("ავტორი: გიორგი
  ბერიძე"; was: no writer); a lone Georgian or Ethiopic word after a name is where she
  filed from, as a lone Arabic or Hindi word is.
- Amharic's "by" (በ) written against the name ("በአበበ ከበደ"): where the name could not
  open so (a vowel's letter, or another በ, after it); "በቀለ ገርባ" is Bekele's own name.
- "Daga Kano, Najeriya" (Hausa: from Kano, Nigeria): a city of millions, then its country
  as the page spells it (a letter or two off the tables'), is a place, no "Najeriya Kano".
- Hindi "मुंबई से A और B की रिपोर्ट": the place (with "से", from) goes from the first name;
  "A, मुंबई से": where she filed from, no second writer.
- A source line in a byline's markup ("Forrás: Kovács János, Magyar Nemzeti Bank, MTI"):
  its agency and its persons, not a body named as the figures' source (authors2-39 kept
  the persons, "Source: Jane Doe", which authors-39 had dropped).
- "and" in Armenian (its one letter "և" too), Georgian, Amharic and Korean ("및", between
  one-word names) splits writers.
- A byline set in capitals: "IN"/"AUS"/"À" and a known place or country after a full name
  ("BY JANE DOE IN LONDON"), where she filed from; not a Korean name's "IN" ("KIM IN HO").
- The photographer's label in Georgian, Armenian (after its comma mark, U+055D) and Amharic;
  Ethiopic's comma (፣) lists names as a comma does.
- German "Von der Redaktion": the desk, as "Von Redaktion" and "Par la rédaction" are (was:
  none); Catalan "Per la redacció" stays "redacció", as Spanish and French desks do.
- Byline shapes that read right already (co-authors by "&", "e", "i", "ve", "và", "と",
  "та"; roles after names; "Text: X, Fotos: Y"; particles; capitals; initials beside an
  agency; a desk credit as printed), kept beside them.

Every name, paper, address and sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from tests.plugins.byline_lines import STORY, line_authors

_DIV = "<div class='byline'>{}</div>"

_EXTRA_STORY = {
    "ka": "ქალაქის საბჭომ სამშაბათს გადაწყვიტა მდინარეზე ძველი ხიდის დანგრევა და ახლის"
    " აშენება; სამუშაოები გაზაფხულზე დაიწყება ქალაქში.",
    "am": "የከተማው ምክር ቤት ማክሰኞ በወንዙ ላይ ያለውን አሮጌ ድልድይ አፍርሶ አዲስ ለመገንባት ወሰነ፤ ሥራው በሚቀጥለው የጸደይ ወቅት ይጀመራል።",
    "ha": "Majalisar birnin ta yanke shawara ranar Talata ta rushe tsohuwar gadar kan kogin"
    " kuma ta gina sabuwa; aikin zai fara a lokacin bazara mai zuwa.",
    "hy": "Քաղաքային խորհուրդը երեքշաբթի որոշեց քանդել գետի վրայի հին կամուրջը և կառուցել"
    " նորը, աշխատանքները կսկսվեն գարնանը։",
    "ca": "L'ajuntament va decidir dimarts enderrocar el vell pont sobre el riu i"
    " construir-ne un de nou; les obres començaran a la primavera.",
    "ur": "شہر کی کونسل نے منگل کو دریا پر بنے پرانے پل کو گرا کر نیا پل بنانے کا فیصلہ کیا،"
    " کام اگلے موسم بہار میں شروع ہوگا۔",
    "ms": "Majlis bandaraya memutuskan pada hari Selasa untuk merobohkan jambatan lama di atas"
    " sungai dan membina yang baharu mulai tahun depan.",
}


def _authors(lang: str, line: str) -> list[str]:
    story = _EXTRA_STORY.get(lang) or STORY[lang]
    return line_authors(lang, _DIV.format(line), story)


FIXED = [
    # Georgian: no case in use
    ("ka", "ავტორი: გიორგი ბერიძე", ["გიორგი ბერიძე"]),
    ("ka", "გიორგი ბერიძე", ["გიორგი ბერიძე"]),
    ("ka", "ავტორი: ნინო კაპანაძე, თბილისი", ["ნინო კაპანაძე"]),
    ("ka", "გიორგი ბერიძე და ნინო კაპანაძე", ["გიორგი ბერიძე", "ნინო კაპანაძე"]),
    # Amharic's joined "by"
    ("am", "በአበበ ከበደ", ["አበበ ከበደ"]),
    ("am", "በእስክንድር ታደሰ", ["እስክንድር ታደሰ"]),
    ("am", "በበቀለ ገርባ", ["በቀለ ገርባ"]),
    ("am", "በአበበ ከበደ እና ሰላም ታደሰ", ["አበበ ከበደ", "ሰላም ታደሰ"]),
    ("am", "አበበ ከበደ, መቀሌ", ["አበበ ከበደ"]),
    # a city of millions and its country as the page spells it
    ("ha", "Daga Kano, Najeriya", []),
    ("ha", "Daga Abuja, Najeriya", []),
    # Hindi's "from" before the first of two names, or after one
    ("hi", "मुंबई से राहुल शर्मा और अनिता वर्मा की रिपोर्ट", ["राहुल शर्मा", "अनिता वर्मा"]),
    ("hi", "नई दिल्ली से राहुल शर्मा और अनिता वर्मा की रिपोर्ट", ["राहुल शर्मा", "अनिता वर्मा"]),
    ("hi", "राहुल शर्मा, मुंबई से", ["राहुल शर्मा"]),
    # a source line: its agency and persons, no body
    ("hu", "Forrás: Kovács János, Magyar Nemzeti Bank, MTI", ["Kovács János", "MTI"]),
    ("hu", "Forrás: Kovács János, Országos Kórház, MTI", ["Kovács János", "MTI"]),
    ("es", "Fuente: Ana García, Banco de España, EFE", ["Ana García", "EFE"]),
    ("en", "Source: Jane Doe, Example Bank, Reuters", ["Jane Doe", "Reuters"]),
    ("en", "Source: Jane Doe", ["Jane Doe"]),
    # "and" in more scripts
    ("hy", "Հեղինակ՝ Արամ Պետրոսյան և Անի Սարգսյան", ["Արամ Պետրոսյան", "Անի Սարգսյան"]),
    ("ko", "김민수 및 이지은 기자", ["김민수", "이지은"]),
    ("ko", "[해변일보 김민수 및 이지은 기자]", ["김민수", "이지은"]),
]

KEPT = [
    # counter-cases of the rules above
    ("am", "በቀለ ገርባ", ["በቀለ ገርባ"]),
    ("am", "አበበ ከበደ", ["አበበ ከበደ"]),
    ("ha", "Daga Musa Ibrahim", ["Musa Ibrahim"]),
    ("ha", "Daga Bello, Aisha", ["Aisha Bello"]),
    ("ha", "Daga Musa Ibrahim, Kano", ["Musa Ibrahim"]),
    ("en", "Paris, Jane", ["Jane Paris"]),
    ("en", "By Lima, Thiago", ["Thiago Lima"]),
    ("hi", "मुंबई से राहुल शर्मा की रिपोर्ट", ["राहुल शर्मा"]),
    ("hi", "राहुल शर्मा और अनिता वर्मा", ["राहुल शर्मा", "अनिता वर्मा"]),
    ("hu", "Forrás: Kovács János, MTI", ["Kovács János", "MTI"]),
    ("hu", "Forrás: MTI", ["MTI"]),
    ("es", "Fuente: Ana García, EFE", ["Ana García", "EFE"]),
    ("ko", "김민수·이지은 기자", ["김민수", "이지은"]),
    ("ko", "해변일보 김민수 기자", ["김민수"]),
    ("he", "דני כהן, ירושלים", ["דני כהן"]),
    ("hy", "Հեղինակ՝ Արամ Պետրոսյան", ["Արամ Պետրոսյան"]),
    ("hy", "Արամ Պետրոսյան եւ Անի Սարգսյան", ["Արամ Պետրոսյան", "Անի Սարգսյան"]),
    # a desk credit kept as printed, its article dropped, as "Por la Redacción" is
    ("ca", "Per la redacció", ["redacció"]),
    ("ca", "Per Jordi Puig i Marta Soler", ["Jordi Puig", "Marta Soler"]),
    # co-authors
    ("en", "By Jane Doe & John Roe", ["Jane Doe", "John Roe"]),
    ("pt", "Por Ana Souza e Pedro Lima", ["Ana Souza", "Pedro Lima"]),
    ("it", "di Marco Bianchi e Giulia Verdi", ["Marco Bianchi", "Giulia Verdi"]),
    ("tr", "Ayşe Yılmaz ve Mehmet Demir", ["Ayşe Yılmaz", "Mehmet Demir"]),
    ("vi", "Nguyễn Văn An và Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"]),
    ("ja", "山田太郎と鈴木花子", ["山田太郎", "鈴木花子"]),
    ("uk", "Автори: Олена Коваль та Андрій Шевчук", ["Олена Коваль", "Андрій Шевчук"]),
    ("ro", "de Ion Popescu și Maria Ionescu", ["Ion Popescu", "Maria Ionescu"]),
    # roles after names
    ("cs", "Jan Novák, redaktor", ["Jan Novák"]),
    ("it", "Maria Rossi, inviata a Kiev", ["Maria Rossi"]),
    ("es", "Por Ana García, enviada especial a Kiev", ["Ana García"]),
    ("pl", "Anna Kowalska, dziennikarka", ["Anna Kowalska"]),
    # the text's writer, not the photographer
    ("de", "Text: Anna Muster, Fotos: Jan Probe", ["Anna Muster"]),
    ("es", "Texto: Ana García. Fotos: Luis Pérez", ["Ana García"]),
    ("nl", "Tekst: Saar de Vries, foto's: Tim Bakker", ["Saar de Vries"]),
    # particles
    ("nl", "Door Anna van den Broek en Piet de Jong", ["Anna van den Broek", "Piet de Jong"]),
    ("es", "Por María de la Cruz", ["María de la Cruz"]),
    ("ms", "Oleh Ahmad bin Ismail", ["Ahmad bin Ismail"]),
    ("en", "By Omar al-Hassan", ["Omar al-Hassan"]),
    # capitals; initials beside an agency
    ("en", "BY JOHN SMITH AND MARY JONES", ["JOHN SMITH", "MARY JONES"]),
    ("de", "VON ANNA MUSTER UND JAN PROBE", ["ANNA MUSTER", "JAN PROBE"]),
    ("de", "(jma/dpa)", ["dpa"]),
    ("fr", "(jm/AFP)", ["AFP"]),
]


@pytest.mark.parametrize(("lang", "line", "expected"), FIXED)
def test_bylines_in_more_scripts_and_shapes(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, line) == expected


@pytest.mark.parametrize(("lang", "line", "expected"), KEPT)
def test_bylines_read_right_before_stay(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, line) == expected


MORE = [
    # a byline set in capitals, where the writer filed from after "IN"
    ("en", "BY JANE DOE-SMITH IN LONDON", ["JANE DOE-SMITH"]),
    ("en", "BY JANE DOE IN IRAQ", ["JANE DOE"]),
    ("de", "VON ANNA MUSTER AUS BERLIN", ["ANNA MUSTER"]),
    ("fr", "PAR JEANNE MARTIN À KIEV", ["JEANNE MARTIN"]),
    # the photographer in Georgian, Armenian (its comma mark after the label) and Amharic,
    # whose comma (፣) lists names
    ("ka", "ავტორი: გიორგი ბერიძე, ფოტო: ნინო კაპანაძე", ["გიორგი ბერიძე"]),
    ("hy", "Հեղինակ՝ Արամ Պետրոսյան, Լուսանկարը՝ Անի Սարգսյան", ["Արամ Պետրոսյան"]),
    ("am", "አበበ ከበደ፣ ፎቶ: ሰላም ታደሰ", ["አበበ ከበደ"]),
    ("am", "በአበበ ከበደ፣ ሰላም ታደሰ", ["አበበ ከበደ", "ሰላም ታደሰ"]),
    ("ka", "გიორგი ბერიძე, ჟურნალისტი", ["გიორგი ბერიძე"]),
    # a desk credit as printed, its article dropped, as "Par la rédaction" is
    ("de", "Von der Redaktion", ["Redaktion"]),
]

MORE_KEPT = [
    ("en", "BY KIM IN HO", ["KIM IN HO"]),  # a Korean name's "In"
    ("en", "By Jane Doe in London", ["Jane Doe"]),
    ("en", "BY JOHN SMITH", ["JOHN SMITH"]),
    ("en", "By JOHN SMITH, Staff Writer", ["JOHN SMITH"]),
    ("es", "POR ANA GARCÍA Y LUIS PÉREZ", ["ANA GARCÍA", "LUIS PÉREZ"]),
    ("he", "מאת דני כהן ורונית לוי", ["דני כהן", "רונית לוי"]),
    ("ar", "بقلم أحمد علي وسارة حسن", ["أحمد علي", "سارة حسن"]),
    ("da", "Af Mette Hansen og Lars Jensen", ["Mette Hansen", "Lars Jensen"]),
    ("it", "Maria Rossi, inviata a Kiev, e Paolo Bianchi", ["Maria Rossi", "Paolo Bianchi"]),
    ("nl", "Door Jan van der Berg, correspondent in Brussel", ["Jan van der Berg"]),
    ("en", "Words: Jane Doe, Photos: John Roe", ["Jane Doe"]),
    ("en", "Jane Doe (jd/AP)", ["Jane Doe", "AP"]),
    ("it", "(mr/ANSA)", ["ANSA"]),
    ("ja", "文・山田太郎 写真・鈴木花子", ["山田太郎"]),
    ("uk", "Олена Коваль та Андрій Шевчук, Київ", ["Олена Коваль", "Андрій Шевчук"]),
]


@pytest.mark.parametrize(("lang", "line", "expected"), MORE)
def test_capitals_places_and_photographers(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, line) == expected


@pytest.mark.parametrize(("lang", "line", "expected"), MORE_KEPT)
def test_more_bylines_read_right_before_stay(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, line) == expected
