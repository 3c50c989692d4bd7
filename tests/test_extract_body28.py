"""Body text of invented pages of unseen publishers, in many languages (the stories of
benchmarks/body_invented.py): service lines a site sets inside the text column, unlinked and
unclassed, left out wherever they stand (above, between or under the paragraphs): a shop
piece's affiliate disclosure, an "this article is more than two years old" notice, a comment
counter, a reading time, a call to follow the site's messenger channel or its Google News page
in the site's language, Instagram's placeholder for a post it did not load, a player's "your
browser does not support the video" fallback, a paywall's note and its meter ("You have 75% of
this article left to read"), an affiliate link's asterisk note, a wire's or syndicated feed's
credit ("(With inputs from PTI)", "Avec AFP", "Bron: ANP"), a tip or error call. The story's own sentences naming commissions, links, channels or old
articles stay. Invented sites and stories."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from benchmarks.body_invented import STORIES
from tests.plugins.body_pages import WHERE, story_body, with_line


def _body(lang: str, paragraphs: list[str]) -> str:
    return story_body(lang, STORIES[lang][0], paragraphs)


AFFILIATE = [
    ("en", "We may earn a commission when you buy through links on this page."),
    ("de", "Wenn Sie über die Links in diesem Artikel einkaufen, erhalten wir eine Provision."),
    (
        "fr",
        "Nous pouvons percevoir une commission lorsque vous achetez via les liens de cette page.",
    ),
    ("es", "Podemos recibir una comisión si compras a través de los enlaces de esta página."),
    ("pt", "Podemos receber uma comissão quando você compra pelos links desta página."),
    ("it", "Potremmo ricevere una commissione se acquisti tramite i link di questa pagina."),
    ("nl", "Wij kunnen een commissie ontvangen als je via links op deze pagina koopt."),
    ("sv", "Vi kan få provision när du handlar via länkar på den här sidan."),
    ("pl", "Możemy otrzymać prowizję, gdy kupujesz przez linki na tej stronie."),
    ("cs", "Při nákupu přes odkazy na této stránce můžeme získat provizi."),
    ("ru", "Мы можем получать комиссию за покупки по ссылкам на этой странице."),
    ("tr", "Bu sayfadaki bağlantılar üzerinden alışveriş yaptığınızda komisyon alabiliriz."),
    ("id", "Kami dapat menerima komisi jika Anda membeli melalui tautan di halaman ini."),
    ("ja", "このページのリンクから購入すると、編集部に手数料が入ることがあります。"),
    ("zh", "通过本页链接购买时，我们可能会获得佣金。"),
    ("ko", "이 페이지의 링크를 통해 구매하면 수수료를 받을 수 있습니다."),
]
OLD_NOTICE = [
    ("en", "This article is more than 2 years old"),
    ("de", "Dieser Artikel ist älter als ein Jahr."),
    ("fr", "Cet article date de plus de deux ans."),
    ("es", "Este artículo tiene más de dos años."),
    ("pt", "Este artigo tem mais de dois anos."),
    ("it", "Questo articolo ha più di due anni."),
    ("nl", "Dit artikel is meer dan twee jaar oud."),
    ("sv", "Artikeln är mer än två år gammal."),
    ("pl", "Ten artykuł ma ponad dwa lata."),
    ("cs", "Tento článek je starší než dva roky."),
    ("ru", "Этой статье больше двух лет."),
    ("tr", "Bu haber iki yıldan daha eski."),
    ("id", "Artikel ini sudah lebih dari dua tahun."),
    ("ja", "この記事は2年以上前に公開されました。"),
    ("ko", "이 기사는 2년 이상 지난 기사입니다."),
    ("zh", "本文发布已超过两年。"),
    ("ar", "هذا المقال نُشر قبل أكثر من عامين."),
    ("he", "הכתבה פורסמה לפני יותר משנתיים."),
]
COMMENTS = [
    ("fr", "Commentaires (12)"),
    ("es", "Comentarios (12)"),
    ("pt", "Comentários (12)"),
    ("it", "Commenti (12)"),
    ("nl", "Reacties (12)"),
    ("pl", "Komentarze (12)"),
    ("sv", "Kommentarer (12)"),
    ("ru", "Комментарии (12)"),
    ("tr", "Yorumlar (12)"),
    ("cs", "Diskuse (12)"),
    ("id", "Komentar (12)"),
    ("ar", "التعليقات (12)"),
    ("he", "תגובות (12)"),
]
READING_TIME = [
    ("cs", "Čtení na 4 minuty"),
    ("id", "Waktu baca 4 menit"),
    ("ar", "وقت القراءة: 4 دقائق"),
    ("he", "זמן קריאה: 4 דקות"),
]
FOLLOW = [
    ("nl", "Volg ons op Google Nieuws"),
    ("sv", "Följ oss på Google Nyheter"),
    ("tr", "Son dakika haberleri için bizi Google News'ten takip edin"),
    ("de", "Jetzt unserem WhatsApp-Kanal folgen"),
    ("pt", "Entre no nosso canal do WhatsApp"),
    ("pl", "Dołącz do naszego kanału na WhatsAppie"),
    ("sv", "Gå med i vår WhatsApp-kanal"),
    ("ru", "Присоединяйтесь к нашему каналу в WhatsApp"),
    ("tr", "WhatsApp kanalımıza katılın"),
    ("cs", "Připojte se k našemu kanálu na WhatsAppu"),
    ("id", "Gabung saluran WhatsApp kami"),
    ("ja", "WhatsAppチャンネルに参加する"),
    ("zh", "加入我们的WhatsApp频道"),
    ("ko", "왓츠앱 채널에 가입하세요"),
    ("ar", "انضم إلى قناتنا على واتساب"),
    ("ja", "この記事を音声で聞く"),
]
INSTAGRAM = [
    ("sv", "Visa det här inlägget på Instagram"),
    ("ru", "Посмотреть эту публикацию в Instagram"),
    ("tr", "Bu gönderiyi Instagram'da gör"),
    ("cs", "Zobrazit tento příspěvek na Instagramu"),
    ("id", "Lihat postingan ini di Instagram"),
    ("ja", "この投稿をInstagramで見る"),
    ("zh", "在 Instagram 查看这篇帖子"),
    ("ko", "Instagram에서 이 게시물 보기"),
    ("ar", "عرض هذا المنشور على Instagram"),
    ("he", "הצג את הפוסט הזה באינסטגרם"),
]
BROWSER = [
    ("en", "Your browser does not support the video tag."),
    ("de", "Ihr Browser unterstützt dieses Video nicht."),
    ("fr", "Votre navigateur ne prend pas en charge la vidéo."),
    ("es", "Tu navegador no admite el elemento de video."),
    ("it", "Il tuo browser non supporta il tag video."),
    ("nl", "Je browser ondersteunt deze video niet."),
    ("pt", "Seu navegador não suporta vídeos."),
    ("sv", "Din webbläsare stöder inte videouppspelning."),
    ("pl", "Twoja przeglądarka nie obsługuje odtwarzania wideo."),
    ("cs", "Váš prohlížeč nepodporuje přehrávání videa."),
    ("ru", "Ваш браузер не поддерживает видео."),
    ("tr", "Tarayıcınız video etiketini desteklemiyor."),
    ("id", "Browser Anda tidak mendukung tag video."),
    ("ja", "お使いのブラウザは動画タグに対応していません。"),
    ("ko", "브라우저가 비디오 태그를 지원하지 않습니다."),
    ("zh", "您的浏览器不支持视频播放。"),
    ("ar", "متصفحك لا يدعم تشغيل الفيديو."),
    ("he", "הדפדפן שלך אינו תומך בתגית וידאו."),
    ("en", "Sorry, your browser doesn't support embedded videos."),
]
PAYWALL = [
    ("es", "Este contenido es exclusivo para suscriptores."),
    ("pt", "Este conteúdo é exclusivo para assinantes."),
    ("sv", "Den här artikeln är endast för prenumeranter."),
    ("ru", "Эта статья доступна только подписчикам."),
    ("zh", "本文仅限订阅用户阅读。"),
    ("ar", "هذا المقال متاح للمشتركين فقط."),
    ("he", "הכתבה מיועדת למנויים בלבד."),
    ("en", "You have 75% of this article left to read. The rest is for subscribers only."),
    ("de", "Sie haben 75 % dieses Artikels noch vor sich. Der Rest ist Abonnenten vorbehalten."),
    ("fr", "Il vous reste 75% de cet article à lire. La suite est réservée aux abonnés."),
    ("es", "Te queda por leer el 75% de este artículo. El resto es exclusivo para suscriptores."),
    ("it", "Ti resta da leggere il 75% di questo articolo."),
    ("nl", "Je hebt nog 75% van dit artikel te lezen."),
    ("sv", "Du har 75 procent av artikeln kvar att läsa."),
    ("pl", "Pozostało 75% artykułu do przeczytania."),
    ("ru", "Осталось прочитать 75% статьи."),
    ("tr", "Bu haberin %75'i kaldı."),
    ("ja", "この記事は残り75%です。"),
    ("ko", "이 기사는 75%가 남았습니다."),
]
WIRE_AND_SHOP = [
    ("en", "(With inputs from PTI)"),
    (
        "en",
        "(Except for the headline, this story has not been edited by Stadtblatt staff and is published from a syndicated feed.)",
    ),
    ("en", "Disclaimer: This story is auto-generated from a syndicated feed."),
    ("en", "Catch all the Business News and Breaking News updates on Stadtblatt."),
    ("en", "*Affiliate links are marked with an asterisk."),
    ("de", "*Affiliate-Link"),
    ("de", "Mit * gekennzeichnete Links sind Affiliate-Links."),
    ("de", "Transparenzhinweis: Dieser Artikel enthält Affiliate-Links."),
    ("en", "Got a news tip? Email us at tips@stadtblatt.example"),
    ("fr", "Vous avez repéré une erreur ? Signalez-la à la rédaction."),
    ("es", "¿Has encontrado un error? Escríbenos."),
    ("en", "Advertisement - Scroll to continue"),
    ("en", "Print this page"),
    ("en", "Listen to article"),
    ("en", "Related topics"),
    ("en", "Read the full story here"),
    ("fr", "Avec AFP"),
    ("fr", "Avec l'AFP et Reuters"),
    ("nl", "Bron: ANP"),
]
CASES = (
    AFFILIATE
    + OLD_NOTICE
    + COMMENTS
    + READING_TIME
    + FOLLOW
    + INSTAGRAM
    + BROWSER
    + PAYWALL
    + WIRE_AND_SHOP
)


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize(("lang", "line"), CASES)
def test_service_line_in_the_text_left_out(lang: str, line: str, where: str) -> None:
    ps = STORIES[lang][1]
    got = _body(lang, with_line(ps, line, where))
    assert line not in got
    assert all(p in got for p in ps)


# The story's own sentences with the same words: a consumer piece on commissions, a report
# on a channel, a sentence on an old article.
KEPT = [
    (
        "en",
        "The regulator said shops that buy ads through links must pay a commission, and the law will change.",
    ),
    ("en", "Police said the gang ran a Telegram channel with thousands of members."),
    (
        "de",
        "Die Kommission will prüfen, ob Händler für Links beim Kauf eine Provision zahlen müssen, sagte die Sprecherin.",
    ),
    (
        "de",
        "Dieser Artikel ist älter als ein Jahr, doch die Kritik daran ist heute noch zu hören, sagte sie.",
    ),
    (
        "es",
        "La comisión investiga si las tiendas pagan por enlaces en cada compra, según el diario.",
    ),
    ("ru", "Полиция заблокировала наш канал в Telegram, заявил редактор газеты."),
    ("de", "Der neue Browser spielt Videos nicht mehr automatisch ab und spart so Akku."),
    ("de", "Am Ende blieben 75 Prozent der Artikel im Lager übrig."),
    (
        "en",
        "Affiliate marketing grew by a tenth last year as more shops paid bloggers for each sale.",
    ),
    ("fr", "Avec l'AFP, l'agence Reuters a couvert la cérémonie dès samedi matin."),
    # a story about the site's own channel, the affiliate trade, the browser, an old article
    ("en", "Our WhatsApp channel reached one million followers this week"),
    ("de", "Unser WhatsApp-Kanal wurde am Wochenende von Betrügern kopiert"),
    ("ru", "Наш канал в Telegram заблокирован Роскомнадзором"),
    ("en", "Telegram channels are our main source of news now"),
    ("id", "Kami menutup saluran WhatsApp setelah serangan siber"),
    (
        "en",
        "The FTC fined the retailer for hiding commissions on links that led readers to buy products.",
    ),
    ("en", "Influencers earn a commission when followers buy through their links"),
    ("en", "The European Commission proposed new rules on links to buy tickets"),
    ("de", "Die Verbraucherzentrale kritisiert Provisionen für Links, über die Leser einkaufen"),
    ("es", "La comisión investiga enlaces de compra en redes sociales"),
    ("en", "Affiliate links* are now regulated by the EU"),
    (
        "en",
        "This article contains affiliate links, the court heard in the case against the blogger",
    ),
    ("en", "This story is more than a love story"),
    ("de", "Dieser Beitrag ist mehr als ein Nachruf."),
    ("nl", "Dit artikel is meer dan een recensie"),
    ("tr", "Bu haber bizim için eski bir yara"),
    ("en", "Apple's new browser does not support video calls from your Android phone"),
    ("en", "Safari is not your only browser option for video"),
    (
        "en",
        "Just 40% of the article's claims were left unverified after readers checked them",
    ),
    ("en", "Inflation hit 8% and the article left readers stunned."),
    # a wire's or agency's name opening the writer's sentence
    ("en", "With inputs from his family, the court decided"),
    ("en", "With input from residents, the council redrew the map."),
    ("nl", "Bron: ANP en Reuters melden dat de premier aftreedt"),
    ("en", "Catch all the news from the court on our live blog"),
    # a tip or an error in the story, not the desk's call
    ("en", "Got a tip from a neighbour, police raided the house."),
    ("en", "Got a tip for the next race? Bettors lost millions"),
    ("en", "This story has not been edited by the police, the officer told reporters"),
    ("fr", "Vous avez trouvé une erreur de calcul dans le budget, a lancé le député."),
    ("es", "¿Ha visto un error en el VAR? El árbitro responde"),
    # a notice's words quoted or said in a court story, a source's label opening a sentence
    ("en", "This article is more than ten years old, the judge noted"),
    ("en", '"This article is more than five years old" was printed above it'),
    ("nl", "Bron: een anonieme tipgever zei dat de burgemeester aftreedt"),
    ("de", "Die Händler zahlen eine Provision, wenn sie über Links verkaufen und Kunden kaufen"),
    # a notice's words said by someone named after them, or the commission as a body
    ("es", "Tu navegador no es compatible con el video en 4K, advierte Netflix"),
    (
        "de",
        "Wir erhalten eine Provision, wenn Leser über unsere Links kaufen, räumte der Verlag ein",
    ),
    ("en", "We earn a commission on links readers use to buy, the publisher admitted in court"),
    ("en", "You can buy tickets through the links on the commission's website"),
    ("sv", "Vi tjänar provision på länkar när läsare handlar, medgav förlaget"),
    # a report on the site's own channel naming no call, a Japanese or Korean report of joining
    ("fr", "Notre chaîne Telegram a été piratée hier soir"),
    ("es", "Nuestro canal de WhatsApp sigue bloqueado por la empresa"),
    ("it", "Il nostro canale WhatsApp è stato chiuso dalla polizia"),
    ("ja", "首相がWhatsAppチャンネルに参加した"),
    ("ko", "대통령이 왓츠앱 채널에 가입했다"),
]


@pytest.mark.parametrize(("lang", "line"), KEPT)
def test_story_sentence_with_the_same_words_stays(lang: str, line: str) -> None:
    ps = STORIES[lang][1]
    got = _body(lang, [*ps[:2], line, *ps[2:]])
    assert line in got
