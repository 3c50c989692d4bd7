"""Boxes inside the body's container that are no part of the story.

Newsletter sign-ups and search forms, readers' comments with no heading naming them, ads
under their label, consent placeholders, paywall offers, newsletter boxes and "log in to
read on" buttons: the walk leaves out the blocks found here.
"""

from __future__ import annotations

import itertools
import re

from lxml.html import HtmlElement

from newsarchive.extract import langwords
from newsarchive.extract.bodyblocks import INLINE_TAGS, TEXT_TAGS
from newsarchive.extract.document import Document
from newsarchive.extract.furniture import COOKIE_NOTICE, is_cookie_wall, is_embed_notice
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import clean, folded_search

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


FORM_BOX_TEXT = 400  # characters: a sign-up or search box says little around its form
FORM_BOX_LEVELS = 6
_SIGN_UP_FIELD = _compile(r"e-?mail|search", re.I)
# A reader's answer: a poll's or quiz's choices ("( ) Ja, täglich ( ) Nein" over "Abstimmen"),
# a comment form's text field ("Kommentar schreiben"), a select of options. No article's
# text is written around one; newsbench's answers leave the question and its choices out
# on the looked-at pages that have them.
ANSWER_FIELDS = ("textarea", "select")
CHOICES = frozenset({"radio", "checkbox"})


def form_boxes(
    doc: Document, containers: list[HtmlElement], keep: set[HtmlElement]
) -> set[HtmlElement]:
    """Blocks in the body built around an email or search field: a newsletter sign-up
    ("Get our briefing", a line of pitch, the field, "You can unsubscribe at any time") or
    a search box, whatever their classes; a poll's choices, a comment form (`ANSWER_FIELDS`,
    `CHOICES`: a short line around them is no sentence); and paywall boxes built around a
    "log in" or "subscribe" button ("この記事は会員限定です。" over "ログインして続きを読む").
    The widest short block around the field or button goes, never one holding the article's
    text (`keep`)."""
    boxes: set[HtmlElement] = set()
    for container in containers:
        # (an ad's label set in a <div> of its own too: "<div class=lbl>Anzeige</div>")
        for field in container.iter(
            "input", "a", "button", "span", "div", *PITCH_TAGS, *ANSWER_FIELDS
        ):
            label = field.text
            if (
                label
                and len(label) <= AD_LABEL_MAX
                and not len(field)
                and AD_LABEL.match(label)
                and (box := _ad_box(field, container, keep)) is not None
                and (field.tag != "div" or _offer_apart(box))
            ):
                boxes.add(box)
                continue
            if field.tag == "div":
                continue  # looked at for an ad's label only
            if (
                label
                and len(label) <= CONSENT_LABEL_MAX
                and not len(field)
                and CONSENT_LABEL.match(label)
                and (box := _ad_box(field, container, keep, CONSENT_CONTROLS, CONSENT_BOX_TEXT))
                is not None
            ):
                boxes.add(box)
                continue
            if field.tag == "span":  # a newsletter box's title line, set as a label
                if (box := _newsletter_box(field, field.text or "", container)) is not None:
                    boxes.add(box)
                continue
            answer = field.tag in ANSWER_FIELDS or (field.get("type") or "").lower() in CHOICES
            if field.tag == "input" and not answer:
                described = " ".join(field.get(a) or "" for a in ("type", "name", "placeholder"))
                if not _SIGN_UP_FIELD.search(described):
                    continue
            elif field.tag in PITCH_TAGS:
                raw = doc.raw_text(field)
                if len(raw) > 2 * PITCH_MAX:  # most paragraphs: too long, checked before cleaning
                    continue
                pitch = paywall_pitch(raw)
                if pitch:
                    boxes.add(_pitch_box(field, pitch, container))
                elif (box := _newsletter_box(field, raw, container)) is not None or (
                    box := _notice_box(field, raw, container, keep)
                ) is not None:
                    boxes.add(box)
                continue
            elif not answer and not _is_account_call(field, doc):
                continue
            box = None
            for up in itertools.islice(field.iterancestors(), FORM_BOX_LEVELS):
                if (
                    up is container
                    or up in keep
                    or (up.tag in TEXT_TAGS and not answer and not _alone_in(field, up))
                ):
                    break
                if len(doc.text(up)) > FORM_BOX_TEXT:  # the same ancestors for every field
                    break
                if answer and _holds_story_line(up):
                    break  # a short chunk of the article around a poll: only the poll goes
                box = up
            if box is not None:
                boxes.add(box)
    return boxes


ANSWER_BOX_LINE = 80  # characters of a paragraph: the story's, not a poll's question


def _holds_story_line(block: HtmlElement) -> bool:
    """A paragraph in the block as long as the story's, with no field of its own: the block
    is a chunk of the article the poll or form stands in, not the poll's box."""
    return any(
        next(p.iter(*ANSWER_FIELDS, "input"), None) is None
        and len(clean(p.text_content())) >= ANSWER_BOX_LINE
        for p in block.iter("p")
    )


# A reader's post's "reply" button, in the languages read: a thread of posts under the article
# with no heading naming it is told by these, one in each post.
REPLY_CONTROL = _compile(
    r"^\W*(?:antworten|beantworten|reply|répondre|responder|rispondi|svar|svara|svare"
    r"|odpowiedz|odpovědět|odpovědet|odpovedať|ответить|відповісти|השב|הגב|atsakyti|balas|jibu"
    r"|yanıtla|reageer|vastaa|válasz|răspunde|返信|답글(?: 달기)?|回复|回覆)\W*$",
    re.I,
)
REPLY_CONTROL_MAX = 30  # characters of such a button's label, told before cleaning
COMMENT_CONTROLS = 2  # "reply" buttons in the container that make its posts a thread
COMMENT_MAX = 1500  # characters of one post (with its name, time and buttons)


def comments(containers: list[HtmlElement], keep: set[HtmlElement]) -> set[HtmlElement]:
    """Readers' posts under the article with no heading naming them: each post is the widest
    block around its "reply" button ("Antworten", "Odpowiedz", "Ответить") holding no other
    post's button, up to 1,500 characters and never the article's (`keep`); two such buttons
    at least, so one "Reply" link in a piece about e-mail is the writer's. Where that block
    is only the button's bar (a post holding its replies, or a thread of name, text and bar
    set as siblings), the post is the bar's siblings from the one after the previous post's
    bar: up to three paragraphs and 1,500 characters."""
    posts: set[HtmlElement] = set()
    for container in containers:
        controls = [
            el
            for el in container.iter("a", "button", "span")
            if (el.tag != "span" or el.get("role") == "button")
            and len(el.text or "") <= REPLY_CONTROL_MAX
            and _is_reply_control(el)
        ]
        if len(controls) < COMMENT_CONTROLS:
            continue
        marked = set(controls)
        for control in controls:
            post, above = None, None
            for up in control.iterancestors():
                if up is container or up in keep:
                    break
                if sum(1 for c in up.iter("a", "button", "span") if c in marked) > 1:
                    above = up
                    break
                if len(clean(up.text_content())) > COMMENT_MAX:
                    break
                post = up
            if post is None or post.tag in INLINE_TAGS or post.tag == "p":
                continue
            if above is not None and len(clean(post.text_content())) <= POST_BAR:
                posts.update(_post_before(above, post, marked))
            else:
                posts.add(post)
    return posts


POST_BAR = 60  # characters of a post's button bar ("Antworten Melden ❤ 3"): no post's text
POST_PARAGRAPHS = 3


def _post_before(
    parent: HtmlElement, bar: HtmlElement, marked: set[HtmlElement]
) -> list[HtmlElement]:
    """The children of `parent` from the one after the previous child holding a reply button
    up to the button's bar (`bar`, or the child holding it): a post's name, time and text."""
    run: list[HtmlElement] = []
    for child in parent:
        holds = child is bar or any(a is child for a in bar.iterancestors())
        if holds:
            run.append(child)
            break
        if any(c in marked for c in child.iter("a", "button", "span")):
            run = []  # the previous post's bar, or a post holding its replies
        else:
            run.append(child)
    else:
        return []
    text = sum(len(clean(c.text_content())) for c in run)
    paragraphs = sum(1 for c in run for _ in c.iter("p"))
    return run if text <= COMMENT_MAX and paragraphs <= POST_PARAGRAPHS else []


def _is_reply_control(el: HtmlElement) -> bool:
    label = el.text_content() if len(el) else el.text or ""
    if len(label) > REPLY_CONTROL_MAX or not REPLY_CONTROL.match(label.strip()):
        return False
    # a button, not a word in a sentence ("... auf <a>Antworten</a> klicken")
    parent = el.getparent()
    own = (parent.text or "") + "".join(c.tail or "" for c in parent) if parent is not None else ""
    return not _WORDS_AROUND.search(own)


_WORDS_AROUND = _compile(r"[^\W\d_]{3}")


# An advertiser's box set among the paragraphs, labelled as such ("Anzeige", "Sponsored",
# "Reklama", "Реклама", "פרסומת", "广告"): the label opens it and a link leads to the offer.
AD_LABEL = _compile(
    r"^\W*(?:anzeige|werbung|gesponsert|sponsored|advertisement|advertorial|promoted|paid content"
    r"|partnerinhalt|publicité|publicidad|publicidade|pubblicità|annonse|annons|reklame|reklama"
    r"|advertentie|mainos|реклама|פרסומת|iklan|tangazo|auglýsing|广告|廣告|広告|광고|विज्ञापन)\W*$",
    re.I,
)
AD_BOX_TEXT = 400  # characters of such a box: a label, a line of pitch, a picture
AD_LABEL_MAX = 40  # characters of the label, with spaces around


# An embed's consent placeholder opened by its label ("Externer Inhalt", "Empfohlener
# externer Inhalt", "Contenu externe") over a line of its own words and a button to show it:
# the whole box goes, whatever its line says (`furniture.is_embed_notice` needs the line to
# ask for consent; "Mit einem Klick können Sie sich diese anzeigen lassen" does not).
CONSENT_LABEL = _compile(
    r"^\W*(?:empfohlener (?:externer|redaktioneller) inhalt|externer inhalt|externe inhalte"
    r"|ein klick für den datenschutz|external content|embedded content|third[- ]party content"
    r"|contenu externe|contenido externo|contenuto esterno|conteúdo externo|externe inhoud"
    r"|eksternt innhold|externt innehåll|eksternt indhold|treści zewnętrzne|externí obsah"
    r"|harici içerik|внешний контент)\W*$",
    re.I,
)
CONSENT_LABEL_MAX = 60
CONSENT_BOX_TEXT = 700  # characters: the label, a notice (450 at most), a button or two
CONSENT_CONTROLS = ("a", "button")


def _ad_box(
    label: HtmlElement,
    container: HtmlElement,
    keep: set[HtmlElement],
    controls: tuple[str, ...] = ("a",),
    most: int = AD_BOX_TEXT,
) -> HtmlElement | None:
    """The widest block of up to 400 characters (`most`) that an ad label (an element holding
    only it) opens and that holds a link (the offer; one of `controls`), else None; never the
    container or a block holding the article's text."""
    box, name = None, clean(label.text or "")
    for up in itertools.islice(label.iterancestors(), FORM_BOX_LEVELS):
        if up is container or up in keep:
            break
        text = clean(up.text_content())
        if len(text) > most or not text.startswith(name):
            break
        if next(up.iter(*controls), None) is not None:
            box = up
    return box


def _offer_apart(box: HtmlElement) -> bool:
    """Whether a link of the box stands apart from any sentence (a button "Zum Angebot", a
    card wrapping the copy): the offer. A <div> saying "Anzeige" over a sentence that links in
    its words is a brief's kicker (a criminal complaint in German), not an ad's label."""
    for a in box.iter("a"):
        prev = a.getprevious()
        before = (a.getparent().text if prev is None else prev.tail) or ""
        if not before.strip() and not (a.tail or "").strip(" .,;:!?\n\t"):
            return True
    return False


PITCH_TAGS = ("p", "h2", "h3", "h4", "strong")
PITCH_MAX = 200  # characters of a paywall's pitch line
# The line over a paywall's offer: the text stops here for readers without a subscription
# ("Jetzt weiterlesen mit Beispiel+", "Lesen Sie jetzt weiter mit ...", "To continue reading,
# subscribe"), in the languages read; the box around it is the offer, not the article.
PAYWALL_PITCH = _compile(
    r"^\W*(?:(?:jetzt |hier )?weiterlesen mit\b|(?:lesen sie|jetzt) (?:jetzt |hier )?weiter mit\b"
    r"|(?:sie (?:wollen|möchten)|du (?:willst|möchtest)) (?:jetzt )?weiterlesen\b"
    r"|(?:um|wenn sie) (?:diesen|den|den ganzen|den vollständigen) (?:artikel|beitrag)"
    r" (?:weiter |zu )?lesen|(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?"
    r"(?:für|für unsere) abonnenten?|(?:continue|keep) reading with\b"
    r"|to (?:continue|keep) reading\b|subscribe to (?:continue|read)"
    r"|this (?:article|story|content) is (?:only )?(?:for|available to|exclusive to) subscribers"
    r"|pour (?:lire|poursuivre) la suite|(?:la suite de )?cet article est réservé aux abonnés"
    r"|para (?:seguir|continuar) (?:leyendo|lendo|a ler)|contenido exclusivo para suscriptores"
    r"|conteúdo exclusivo para assinantes|per continuare a leggere|lees verder met\b"
    r"|för att läsa vidare|for å lese videre|for at læse videre"
    r"|aby (?:przeczytać|czytać) (?:dalej|cały)|czytaj dalej z\b|celý článek si přečtete"
    r"|chcete-li číst dál|чтобы (?:продолжить чтение|читать далее)"
    r"|доступно только (?:для )?подписчик|norėdami skaityti toliau|להמשך קריאה"
    r"|订阅后(?:继续)?阅读|付费阅读"
    + "".join(f"|{w}" for w in langwords.entries(langwords.PAYWALL_PITCHES))
    + ")",
    re.I,
)


# (asked of the text of every paragraph, subhead and bold run of the body up to 400
# characters: IGNORECASE tries each of the pitches' words at the line's start)
_opens_pitch = folded_search(PAYWALL_PITCH, match=True)


def paywall_pitch(raw: str) -> str:
    """The text of a short line that opens a paywall's offer (PAYWALL_PITCH), else ""."""
    if not _opens_pitch(raw.lstrip()):  # raw text first: most lines are none
        return ""
    text = clean(raw)
    if (
        len(text) > PITCH_MAX
        or not PAYWALL_PITCH.match(text)
        or text[:1] in _OPENING_QUOTES
        or _PITCH_REPORTED.search(text)
    ):
        return ""
    return text


# A pitch quoted or reported by the story about paywalls ("“You have reached your free
# article limit” is what readers see", "You have reached your free article limit, the
# message told readers", "Logga in för att läsa vidare, står det nu under artiklarna"): the
# site's own line opens on its words and ends its clause, or goes on with what to do
_OPENING_QUOTES = frozenset('„“"«»‚‘')
_PITCH_REPORTED = _compile(
    r"(?:limit|à lire|läsa vidare|fortsätta läsa|lese videre|fortsette å lese|weiterlesen)"
    r"\W?,\s+(?!(?:subscribe|sign|log|get|start|try|join|abonnez|connectez|inscrivez|abonnieren"
    r"|jetzt|melden|bli|logga|logg|teckna|prøv|testa)\b)[^\W\d_]+\s+[^\W\d_]",
    re.I,
)


def _pitch_box(line: HtmlElement, pitch: str, container: HtmlElement) -> HtmlElement:
    """The widest short block that opens with the pitch line (the offer under it, its
    price and buttons), else the line. The teaser text above the offer is often most of
    what the page shows, so the box may sit among the article's blocks; opening with the
    pitch, it holds none of the article."""
    box = line
    for up in itertools.islice(line.iterancestors(), FORM_BOX_LEVELS):
        if up is container:
            break
        text = clean(up.text_content())
        if len(text) > FORM_BOX_TEXT or not text.startswith(pitch):
            break
        box = up
    return box


NEWSLETTER_TITLE = 60  # characters of a newsletter box's title line
# A newsletter named in its box's title ("Der Morgen-Newsletter", "Newsletter", "ニュースレター"):
# plain substrings, tested in C (a case-blind regex search costs ten times as much).
NEWSLETTER = (
    "ewsletter",
    "EWSLETTER",
    "yhetsbrev",
    "yhedsbrev",
    "ニュースレター",
    "뉴스레터",
    "ассылк",
)


def _newsletter_box(line: HtmlElement, raw: str, container: HtmlElement) -> HtmlElement | None:
    """A box opening with a short line naming a newsletter, over its pitch and a link or
    button to sign up, whatever the classes; a box without one is text about a newsletter."""
    if len(raw) > 2 * NEWSLETTER_TITLE or not any(k in raw for k in NEWSLETTER):
        return None
    text = clean(raw)
    if len(text) > NEWSLETTER_TITLE:
        return None
    box = _pitch_box(line, text, container)
    if box is line or next(box.iter("a", "button", "input"), None) is None:
        return None
    return box


def _notice_box(
    line: HtmlElement, raw: str, container: HtmlElement, keep: set[HtmlElement]
) -> HtmlElement | None:
    """A consent placeholder opened by its notice line (`is_embed_notice`: "Wir benötigen
    Ihre Zustimmung, um den ... X-Inhalt anzuzeigen") over the provider's fine print and a
    button: the widest block of up to 700 characters opening with the line and holding a
    button or link besides the line's own goes, the fine print with it ("Hierbei handelt es
    sich um einen Service des Drittanbieters ..."); never one holding the article's text. A
    cookie banner's line (`COOKIE_NOTICE`) the same way: without its buttons beside it, it
    may be a spokesman's words quoted."""
    parent = line.getparent()
    if parent is None or parent is container or parent in keep:
        return None  # a line set straight in the article's block: no box around it
    before = line.getprevious()
    if (parent.text and not parent.text.isspace()) or (
        before is not None and before.text and not before.text.isspace()
    ):
        return None  # text before the line: it opens no box (told before reading its words)
    if not is_embed_notice(raw) and not (
        "ookie" in raw and (COOKIE_NOTICE.match(raw) or is_cookie_wall(clean(raw)))
    ):
        return None  # most lines: no word of a notice, told without a regex
    text = clean(raw)
    own = sum(1 for c in line.iter(*CONSENT_CONTROLS) if _is_control(c))
    box = None
    for up in itertools.islice(line.iterancestors(), FORM_BOX_LEVELS):
        if up is container or up in keep:
            break
        whole = clean(up.text_content())
        if len(whole) > CONSENT_BOX_TEXT or not whole.startswith(text):
            break
        if sum(1 for c in up.iter(*CONSENT_CONTROLS) if _is_control(c)) > own:
            box = up
    return box


def _is_control(el: HtmlElement) -> bool:
    """A button, or a link set as one: alone in its line ("<p><a>Inhalt anzeigen</a></p>",
    "<div><p>...</p><a>Akzeptieren</a></div>"). A link inside a sentence of the article
    ("Die <a>Datenschutzerklärung</a> der Gemeinde nennt ...") is no button."""
    if el.tag != "a":
        return True
    if el.tail and not el.tail.isspace():
        return False
    parent = el.getparent()
    if parent is None:
        return True
    if parent.tag in TEXT_TAGS:
        return clean(parent.text_content()) == clean(el.text_content())
    before = el.getprevious()
    told = parent.text if before is None else before.tail
    return not told or told.isspace()


ACCOUNT_CALL_MAX = 40  # characters of a button's label
# A button or link asking the reader to log in, register or subscribe, in the languages read.
ACCOUNT_CALL = _compile(
    r"^\W*(?:jetzt |hier |now )?(?:abonnieren|abo abschließen|anmelden|einloggen|registrieren"
    r"|log ?in|sign in|subscribe|s'abonner|je m'abonne|se connecter|suscríbete|suscribirse"
    r"|iniciar sesión|iscriviti|abbonati|accedi|abonner|logg inn|logga in|prenumerera|log ind"
    r"|abone ol|giriş yap|войти|подписаться|ログイン|会員登録|新規登録|로그인|회원가입|登录|订阅"
    # the same in the languages of unseen sites (Polish, Czech, Portuguese, Hebrew ...)
    r"|zaloguj(?: się)?|zarejestruj się|přihlaste se|přihlásit(?: se)?|entrar|entre|iniciar sessão"
    r"|assine(?: já)?|התחברו|התחבר|להתחברות|prisijunkite|prisijungti|log masuk|ingia"
    r"|skráðu þig inn|skrá inn|innskráning|kirjaudu|bejelentkezés|prihláste sa"
    # an offer's button: "Jetzt 4 Wochen gratis testen", "Start your free trial"
    r"|(?:\d+ \w+ )?(?:gratis|kostenlos|free) (?:testen|lesen|anmelden|abonnieren|registrieren)"
    r"|start (?:your )?free trial"
    # a newsletter's sign-up button: "Je m'inscris", "Suscribirme", "Inschrijven", "Sign up"
    r"|sign up|je m'inscris|s'inscrire|inscrivez-vous|suscribirme|apúntate|inscreva-se"
    r"|inscrever-me|inschrijven|aanmelden|zapisz się|tilmeld dig|meld deg på|kayıt ol"
    r"|weiterlesen$)",
    re.I,
)


# Where such a button leads, in any language: a log-in, registration or subscription page
# (a path segment naming it, or an account host); the query is left out of the search.
ACCOUNT_PAGE = _compile(
    r"/(?:log-?in|sign-?in|sign-?up|regist(?:er|ration|rieren)?|anmelden|einloggen|subscribe"
    r"|subscriptions?|abo|abonnements?|abonnieren|abonner|suscripcion|assinatura|abbonamento"
    r"|newsletters?|boletin(?:es)?)"
    r"(?:\.\w+)?(?:/|$)",
    re.I,
)
ACCOUNT_HOST = _compile(r"(?:https?:)?//(?:login|signin|sso|auth|accounts?|abo|subscribe)\.", re.I)


def _is_account_call(el: HtmlElement, doc: Document) -> bool:
    """A "log in to read on" / "subscribe" button (an <a> or <button>), by its label or,
    for a link, by the page it leads to (a label in a language not read: "Войти", "Entrar");
    a link inside a sentence, "... subscribe to our podcast", stops the climb at its paragraph."""
    if len(doc.raw_text(el)) > 4 * ACCOUNT_CALL_MAX:  # a long link is no button (before cleaning)
        return False
    label = doc.text(el)
    if not 0 < len(label) <= ACCOUNT_CALL_MAX:
        return False
    return bool(ACCOUNT_CALL.match(label)) or _leads_to_account(el.get("href") or "")


ASK_MAX = 60  # characters of a question before a button ("Masz już konto? <a>Zaloguj się</a>")


def _alone_in(field: HtmlElement, block: HtmlElement) -> bool:
    """A button's link alone in its paragraph ("<p><a href=/abo>Jetzt testen</a></p>"), or
    after a short question ("Already a subscriber? <a>Log in</a>", "Уже подписаны? Войти"):
    a button line, not a sentence, so the climb to the offer's box goes on."""
    line, label = clean(block.text_content()), clean(field.text_content())
    if line == label:
        return True
    ask = line.removesuffix(label).rstrip()
    return len(ask) < len(line) and len(ask) <= ASK_MAX and ask.endswith(("?", "？"))


def _leads_to_account(href: str) -> bool:
    path = href.split("?", 1)[0].split("#", 1)[0]
    return bool(ACCOUNT_PAGE.search(path) or ACCOUNT_HOST.match(path))
