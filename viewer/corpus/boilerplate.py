"""Lines that are not article sentences: ads, share and newsletter prompts, captions, headings."""

from __future__ import annotations

import re

from viewer.corpus.archive_banners import banner
from viewer.corpus.phrase_index import PhraseIndex

# Whole-line phrases, matched on the line with its edge punctuation ("- Advertisement -") removed.
_BOILERPLATE = re.compile(
    r"""^(?:
        advertisements?|advertising|sponsored(?:\s+content)?|ad|promoted|
        story\s+continues\s+(?:below|after)\b.*|
        continue\s+reading(?:\s+(?:the\s+)?(?:main\s+)?(?:story|article|below))?|
        (?:latest|breaking|top|more|related)\s+(?:news|stories|articles|coverage|content|videos?)|
        related(?:\s+(?:articles?|stories|content|coverage|topics|links|posts|searches|reading))?
           (?:\s*:.*)?|
        (?:reading\s+time\s*:?\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?[\s-]*min(?:ute)?s?(?:\s+(?:to\s+)?(?:read|listen))?|tags?(?:\s*:.*)?|filed\s+(?:to|under)\s*:.*|
        (?:newer|older)\s+posts?(?:\s+(?:newer|older)\s+posts?)?(?:\s+home)?|
        view\s+(?:all\s+)?(?:\d[\d,]*\s+)?(?:replies|comments)|
        (?:read|see|watch|listen)\s+(?:more|also|next|now|the\s+full\b)\b.*|
        (?:read|listen\s+to)\s+this\s+(?:article|story)\b.*|
        more\s+(?:from|on|about|in|by)\s+\S.{0,60}|in\s+this\s+(?:article|story)|
        \^[A-Z0-9.=-]{1,10}|  # a market's ticker: "^GSPC"
        a\s+version\s+of\s+this\s+(?:article|story)\s+appear(?:s|ed)\s+in\s+print\b.*|
        # The paper's notes on the article itself: "Correction: An earlier version of this
        # article misstated …", "This article was updated on April 3 to include …".
        # Maybe with its day: "Correction, May 15, 2024: …", "Clarification (12 April 2024): …".
        (?:correction|clarification|editor['’]?s\s+note)(?:\s*,?\s*\(?(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|
           \d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\)?)?\s*:.*|
        # An interview's note: "This interview has been edited for length and clarity."
        (?:this\s+)?(?:interview|conversation|transcript|q\s*&\s*a|exchange)\s+
           (?:has\s+been\s+|was\s+|is\s+|have\s+been\s+)?(?:lightly\s+)?(?:condensed|edited)\b.*|
        (?:show\s+|full\s+|read\s+(?:the\s+)?|view\s+)?transcript|listen\s+to\s+this\s+(?:episode|podcast)|
        # A gallery's counter alone on its line: "1 of 3"; a newsletter's sign-off and its
        # post's access: "Thanks for reading,", "Paid".
        (?:image|photo|picture|slide)?\s*\d{1,3}\s+of\s+\d{1,3}|
        (?:thanks|thank\s+you)\s+for\s+reading\b.{0,40}|paid|premium|

        an?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|post)\b.*|
        this\s+(?:article|story|post)\s+(?:was|has\s+been)\s+(?:updated|amended|corrected)\b.*|
        # A magazine's note of the issue that printed the story: "This article appears in the
        # December 2023 issue.", "… in the April 2024 print edition with the headline …".
        this\s+(?:article|story)\s+appear(?:s|ed)\s+in\s+the\s+.{0,40}\b(?:issue|edition)\b.*|
        # A translated story's note, an English edition's links and notes.
        (?:this\s+is\s+a\s+)?translat(?:ion|ed)\s+(?:of|from)\s+an?\s+(?:original\s+)?(?:article|story)\b.*|
        read\s+the\s+\w+\s+version\s+of\s+this\s+(?:article|story)\b.*|
        (?:for\s+)?subscribers?\s+only|subscriber\s+exclusive|read\s+in\s+(?:the\s+)?app|open\s+in\s+app|
        # A paywall's box where the article is cut: "Already a subscriber? Log in", "This
        # article is for subscribers only", "To continue reading, subscribe for $2 a week".
        already\s+(?:a\s+)?(?:subscriber|member)\b.{0,40}|already\s+have\s+an?\s+(?:account|subscription)\b.{0,40}|
        this\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:for|available\s+to)\s+(?:paying\s+)?subscribers(?:\s+only)?\.?|
        to\s+(?:continue|keep)\s+reading(?:\s+this\s+(?:article|story))?\s*[,:]?\s+
           (?:subscribe|sign\s+(?:in|up)|log\s+in|register|create|become|start)\b.{0,60}|
        would\s+you\s+like\s+to\s+comment\b.*|
        you\s+(?:are\s+)?receiv(?:ed|ing)\s+this\s+(?:e-?mail|newsletter|message)\b.*|
        (?:share|tweet|email|e-mail|print|copy\s+link|save|follow|listen|gift|bookmark)
           (?:\s+(?:this|full|article|story|page|on\s+\w+|via\s+\w+|to\s+\w+))*|
        download(?:\s+(?:as\s+)?pdf)?|press\s+play\s+to\s+listen\b.*|voiced\s+by\s+artificial\s+intelligence\.?|
        (?:time\s+to\s+read|read(?:ing)?\s+time)\s*:?\s*\d{1,3}\s*min(?:ute)?s?\.?|comment\s+on\s+this\s+(?:story|article)|
        # The same buttons and notes in other languages: "Lecture 3 min.", "Lesezeit: 4 Min.",
        # "Article réservé aux abonnés", "Offrir cet article", "Lire en français".
        (?:lecture|lesezeit|lectura|tempo\s+di\s+lettura|leestijd)\s*:?\s*\d{1,3}\s*min\w*\.?|
        (?:(?:article|artikel|contenu|art(?:í|i)culo)\s+)?(?:r(?:é|e)serv(?:é|e)\s+aux\s+abonn(?:é|e)s|
           nur\s+f(?:ü|u)r\s+abonnenten|exclusivo\s+para\s+suscriptores|riservato\s+agli\s+abbonati)|
        (?:offrir|partager|imprimer|teilen|drucken|verschenken|compartir|imprimir|condividi)
           (?:\s+(?:cet\s+article|ce\s+contenu|artikel|den\s+artikel|este\s+art(?:í|i)culo|l'articolo))?|
        (?:lire|leer|leggi|lesen|read|lees)(?:\s+(?:this|it|cet\s+article|el\s+art(?:í|i)culo))?\s+
           (?:en|in|auf)\s+(?:fran(?:ç|c)ais|english|englisch|anglais|espa(?:ñ|n)ol|deutsch|allemand|
           italiano|italien|nederlands|portugu(?:ê|e)s|french|german|spanish|italian|dutch)(?:\s+lesen)?|
        # A broadcaster's note of the programme that aired the story, under its label.
        dieses\s+thema\s+im\s+programm|
        (?:artikel|beitrag)\s+(?:teilen|drucken|merken|verschenken|vorlesen)|
        key\s+(?:points|events|updates)|at\s+a\s+glance|(?:ü|u)ber\s+dieses\s+thema\s+berichtete\b.*|
        # A page's share buttons in a row, copied onto one line: "Facebook Twitter LinkedIn
        # Email Print".
        (?:(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|print|reddit|pinterest|telegram|
           bluesky|threads|flipboard|messenger|copy\s+link|share)\b\s*(?:[|·•,/]\s*)?){3,}|
        # A page's share buttons, one a line: "Share this with" / "Facebook" / "WhatsApp".
        share\s+(?:this\s+)?with|facebook|twitter|whatsapp|linkedin|reddit|pinterest|telegram|
        flipboard|messenger|bluesky|threads|
        join\s+\S+(?:\s+\S+)?\s+(?:telegram|whatsapp)\s+channel\b.*|get\s+in\s+touch\s+with\s+(?:our|the)\b.*|hide\s+ads?|about\s+the\s+authors?|is\s+this\s+page\s+useful\??|
        \d+\s+comments?\s*/\s*\d+\s+new|  # a page's count of comments: "3 Comments / 3 New"
        # Who made the picture, alone on its line: "Illustration by Mira Cho".
        (?:illustration|photograph|photography|photo|graphic|video)s?\s+by\s+\S.{0,40}|
        # A page's buttons and notices, copied with its text.
        link\s+copied!?|
        # A printed story's jump to the page it goes on on, and the line over its rest there:
        # "See BUDGET, Page A6", "Continued from Page A1", "Continued on Page 4".
        (?:see\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},?|continued\s+(?:on|from))\s+
           (?:page|p\.)\s*[A-Z]?\d{1,3}|
        # The links of an article split over pages, and its page count: "Next page »",
        # "« Previous page", "Page 2 of 2".
        (?:(?:[«‹]\s*)?(?:next|previous|prev\.?)\s+page(?:\s*[»›])?|page\s+\d{1,3}\s+of\s+\d{1,3})
        (?:\s*[|·]?\s*(?:(?:[«‹]\s*)?(?:next|previous|prev\.?)\s+page(?:\s*[»›])?|
           page\s+\d{1,3}\s+of\s+\d{1,3})){0,2}|(?:skip\s+)?advertisement|ad\s+feedback|advertise\s+with\s+\S+|
        read\s+later|like\s+loading\W*|image|photo|social\s+sharing|
        (?:(?:normal|small|medium|large|larger|very\s+large)\s+)?text\s+size|
        why\s+you\s+can\s+trust\s+\S.{0,30}|
        (?:share|follow)(?:\s+us)?\s+on\b.*|follow\s+us\b.*|
        (?:sign\s+up|subscribe)\b.*|(?:get\s+)?(?:our|the|free|daily|weekly)?\s*newsletters?\b.{0,40}|
        (?:additional\s+)?(?:reporting|writing|editing)\s+by\b.*|
        (?:copyright|©|\(c\)).*|
        (?:url|link|source|permalink|original)\s*:\s*<?(?:https?://|www\.)\S+|
        to\s+contact\b.*|contact\s+us\b.*|contacts?\s*:.*@.*|  # "Contact: Press Office, press@…"
        for\s+immediate\s+release\b.*|embargoed\s+(?:release|until|till|for)\b.*|
        this\s+(?:article|story)\s+is\s+more\s+than\s+.{1,20}\s+old\.?|
        (?:(?:updated|published|posted)\s+)?(?:about\s+|over\s+|nearly\s+)?\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|
        (?:media|press)\s+(?:contacts?|enquiries|inquiries)\b.*|
        (?:we|this\s+(?:site|website))\s+uses?\s+cookies\b.*|(?:accept|reject)(?:\s+all)?\s+cookies|
        (?:click|tap)\s+here\b.*|
        (?:photo|image|picture|video|graphic)(?:\s+credits?)?\s*:.*|
        (?:image|media|video|photo)\s+(?:caption|copyright|source)\b.*|
        (?:last\s+)?(?:updated|modified)(?:\s+(?:at|on))?\s*:?\s*\d{1,2}[:.]\d\d\b.{0,30}|
        (?:most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|recommended(?:\s+for\s+you)?|
           you\s+(?:may|might)\s+also\s+like|editor'?s\s+picks|don't\s+miss|
           comments?|leave\s+a\s+comment|reply|\d+\s+comments?|skip\s+(?:to|next)\s+\S.{0,30})|
        # A newsletter's link to itself on the web: "View in browser", "View this email online".
        view\s+(?:this\s+(?:e-?mail|newsletter)\s+|it\s+)?(?:in\s+(?:your|a|the)?\s*browser|online)|
        view\s+(?:as\s+a\s+)?web\s*page|
        # A newsletter's sign-off: "Thanks for reading! Subscribe for free to receive new posts."
        thanks\s+for\s+reading\b.{0,120}|
        # An e-mail's notice of itself at its foot: "This email and any attachments are
        # confidential …", "You are receiving this email because …".
        this\s+(?:e-?mail|message)(?:\s+and\s+any\s+(?:attachments?|files))?\s+(?:is|are|may\s+be)\s+
           (?:confidential|intended|privileged)\b.*|
        # A skip link in other languages: "Zum Inhalt springen", "Aller au contenu".
        (?:zum\s+inhalt\s+springen|direkt\s+zum\s+inhalt|aller\s+au\s+contenu(?:\s+principal)?|
           ir\s+al\s+contenido(?:\s+principal)?|passa\s+al\s+contenuto(?:\s+principale)?|
           naar\s+(?:de\s+)?(?:hoofd)?inhoud|hopp\s+til\s+(?:hoved)?innhold(?:et)?|
           g(?:å|a)\s+till\s+(?:huvud)?inneh(?:å|a)ll(?:et)?|siirry\s+sis(?:ä|a)lt(?:ö|o)(?:(?:ö|o)n)?)|
        page\s+\d{1,3}\s+(?:of|/)\s+\d{1,3}|  # a printed page's number: "Page 1 of 2"
        # A content system's details of the article, as Joomla, Drupal and blogs show them:
        # "Details", "Hits: 412", "1,204 views", "Category: Local", "Labels: dam, water",
        # "Filed under: Politics".
        details|(?:hits|views|page\s*views)\s*:\s*\d[\d,.]*|\d[\d,.]*\s+(?:hits|views)|
        (?:categor(?:y|ies)|labels?|tags?|topics?|filed\s+under|posted\s+in)\s*:\s*\S.{0,80}|
        # A browser's foot of each printed page: "https://… 1/3".
        (?:https?://|www\.)\S+\s+\d{1,3}/\d{1,3}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Tried with the phrases a line's first character can start: most lines start with one that
# few of them start with.
_PHRASE_LINES = PhraseIndex(_BOILERPLATE)
# Phrases anywhere in a line that make it furniture: "Get the best stories in your inbox",
# "© 2024 Harbor Media. All rights reserved.", "Photograph: Jane Doe/Getty Images". Searched
# only in a line that has their word ("inbox", "reserved", "getty").
_ANYWHERE = re.compile(
    r"\b(?:(?:in|to)\s+your\s+inbox|all\s+rights\s+reserved|getty\s+images)\b", re.IGNORECASE
)
# A syndicated story's note of where it first ran: "This story originally appeared in the
# Texas Tribune.", "This article is republished from The Conversation …". Read so in plain
# text only: a reader mode keeps it in a web page's article text.
SYNDICATED = re.compile(
    r"this\s+(?:article|story|piece)\s+(?:(?:originally|first)\s+)?appeared\s+"
    r"(?:(?:originally|first)\s+)?(?:in|on|at)\b.*"
    r"|this\s+(?:article|story|piece)\s+(?:is|was|has\s+been)\s+republished\b.*"
    # "This story was originally published by Mountain Journal and is republished …"
    r"|this\s+(?:article|story|piece)\s+(?:was\s+)?(?:originally|first)\s+(?:published|ran)\s+"
    r"(?:by|in)\b.*",  # not "… published on March 5, 2013": the day, which dates it
    re.IGNORECASE,
)
# Prompts and notes told in a line of words, searched only in a line that names their word:
# "Stay ahead of the curve with our free newsletter", "Kim Lo contributed to this report."
_TOLD = re.compile(
    r".{0,60}\b(?:(?:our|free)\s+(?:\w+\s+)?newsletters?\b.{0,40}"
    r"|contributed\s+to\s+this\s+(?:report|story|article)\.?)",
    re.IGNORECASE,
)
# A transcript's direction in capitals and brackets: "(BEGIN VIDEOTAPE)", "(COMMERCIAL BREAK)".
_STAGE = re.compile(
    r"^[(\[][A-Z][A-Z0-9 ,.'’/-]*[)\]]$"
    # A wire's note of what a new version changed: "(Updates with bond yields in eighth
    # paragraph)", "(Adds comment from ministry, paragraph 5)", "(Corrects spelling of name)".
    r"|^\((?i:updates|adds|corrects|recasts|refiles|rewrites|changes|removes|fixes|"
    r"inserts|clarifies)\s[^()]*\)$"
)
# An address alone: its last name part opens with a letter, not a date's "30.01.2024" nor a
# clock time's "9.10am".
_URL_ONLY = re.compile(
    r"^<?(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z][\w-]*(?:/[\w./?=&%#~+-]*)?>?$",
    re.IGNORECASE,
)
# A video caption ends with its running time: "What will NATO do? 2:43".
_RUNNING_TIME = re.compile(r"(?<!\b(?:at|by))\s+(?:\d{1,2}:)?\d{1,2}:\d\d$", re.IGNORECASE)
# A date's year or its numbers ending the text before a clock time.
_DATE_END = re.compile(r"(?<!\d)(?:(?:19|20)\d\d(?:-\d\d-\d\d)?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$")
# A clock time's word before it, in English and as other languages write it: "ore 12:40",
# "à 10:32", "às 10:32", "a las 10:32", "om 10:32", "kl. 10:32", "godz. 18:20", "pukul 10:32".
_CLOCK_WORDS = re.compile(
    r"\b(?:at|by|until|from|to|before|after|around|since|ore|alle|à|às|as|a\s+las|um|om|kl\.?|"
    r"klo|godz\.?|pukul|saat)$",
    re.IGNORECASE,
)
_EDGES = " \t\r\n-–—|•·*_=#>:"
_STAMP_MARKS = "|,·•-–—"

# A short line ending with one of these is a broken sentence, not a heading.
_FUNCTION_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on"}
    | {"or", "that", "the", "their", "this", "to", "with"}
)
# A sentence's last mark, and what may close it after: quotes, a bracket.
_SENTENCE_MARKS = frozenset(".!?…")
_CLOSING = "\"'”’)]"
_MAX_HEADING_WORDS = 10


# A browser's head of each printed page: "3/27/24, 2:05 PM <the page's title>".
_PRINT_HEAD = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d\d(?:\s*[AaPp][Mm])?\s+\S")


# Another browser's head: the page's title, its site's name, then its address.
_TITLED_HEAD = re.compile(r"[^|\n]{1,150}\s[|–—]\s[^|\n]{1,60}\s+https?://\S+")


def print_head(line: str) -> bool:
    """Whether a line is the head a browser prints on each page: its date and time, then the
    page's title; the date is the printing's, not the article's; or the page's title and
    site, then its address ("Rail fares to rise | The Commuter https://commuter.example/…")."""
    if len(line) > 200:
        return False
    if line[:1].isdigit() and _PRINT_HEAD.match(line) is not None:
        return True
    return "://" in line and _TITLED_HEAD.fullmatch(line) is not None


# A gallery's counter with a slash: "1/4", "2 / 5".
_SLASH_COUNTER = re.compile(r"(\d{1,3})\s*/\s*(\d{1,3})")


def _slash_counter(core: str) -> bool:
    """A gallery's counter, its place no more than its count: "1/4"; not a table's "66/53"."""
    match = _SLASH_COUNTER.fullmatch(core) if "/" in core else None
    return match is not None and 1 <= int(match[1]) <= int(match[2])


def archive_banner(line: str) -> bool:
    """Whether a line is a line of the banner a cached or archived copy sets over its page."""
    return banner(line.strip(_EDGES))


def is_boilerplate(line: str) -> bool:
    """Whether a whole line is page furniture rather than article text."""
    core = line.strip(_EDGES)
    if banner(core):
        return True
    if not core or len(core) > 160:
        return print_head(line.strip())
    return print_head(core) or bool(
        _PHRASE_LINES.match(core)
        or ("." in core and _URL_ONLY.match(core))
        or (core[0] in "([" and _STAGE.match(core))
        or _slash_counter(core)
        or _menu(core)
        or _told(core)
    )


def _told(core: str) -> bool:
    """Whether a line is a prompt or note told in words, or names furniture anywhere in it:
    each searched for only in a line that has its word."""
    lowered = core.lower()
    if ("newsletter" in lowered or "contributed" in lowered) and _TOLD.fullmatch(core):
        return True
    has_word = "inbox" in lowered or "reserved" in lowered or "getty" in lowered
    return has_word and bool(_ANYWHERE.search(core))


def is_furniture(line: str) -> bool:
    """A line of page furniture: a button, a prompt, marks with no word ("·", "--"), or links
    a copy glued together, one of them a button ("Accessibility statementSkip to main
    content", "SubscribeSign in")."""
    return is_boilerplate(line) or _LETTER_OR_DIGIT.search(line) is None or _glued_links(line)


# A letter or a digit (what str.isalnum() says of a character), found by one scan.
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_LINK_WORDS = 4  # the most words of one link of a row glued together


def _glued_links(line: str) -> bool:
    if len(line) > 160 or _GLUE.search(line) is None:
        return False
    links = _GLUE.split(line)
    return all(len(link.split()) <= _LINK_WORDS for link in links) and any(
        is_boilerplate(link) for link in links
    )


_MENU_SEPARATOR = re.compile(r"\s+[|•·]\s+")
_MENU_ITEM_WORDS = 3


def _menu(core: str) -> bool:
    """Whether a line is a row of links: three or more short items between bars or bullets
    ("Order Reprints | Today's Paper | Subscribe"), none of them a sentence, a number or a
    date (not "By Jane Doe | March 5, 2013 | 10:32")."""
    if "|" not in core and "•" not in core and "·" not in core:
        return False  # most lines: spared the split
    items = _MENU_SEPARATOR.split(core)
    return (
        len(items) >= 3
        and not any(c.isdigit() for c in core)
        and all(len(item.split()) <= _MENU_ITEM_WORDS and not ends_sentence(item) for item in items)
    )


# A photo's credit ending its caption: "(Jay Janner/Austin American-Statesman/AP)", "REUTERS/
# Piet de Vries", "| Francis Chung/POLITICO", "Credit...Kenny Holston/The New York Times", "©
# Ludovic Marin, AFP", "(ABC News: Jack Fisher)", an outlet of two words or more before a colon.
_CREDITED = r"[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|de|van|von|da|del|la|le))*"
# A photographer's name: two words or more, not in capitals ("Jack Fisher", "Piet de Vries").
_NAME_CREDITED = r"[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|del|la|le))+"
_PHOTO_CREDIT = re.compile(
    rf"(?:\(\s*{_CREDITED}\s*/\s*{_CREDITED}(?:\s*/\s*{_CREDITED})*\s*\)"
    rf"|\(\s*[A-Z][\w.'’&-]*\s+{_CREDITED}\s*:\s*{_NAME_CREDITED}\s*\)"
    rf"|(?<![\w/])[A-Z]{{2,}}(?:\s+[A-Z]{{2,}})?\s*/\s*{_NAME_CREDITED}"
    rf"|\|\s*{_CREDITED}\s*/\s*{_CREDITED}"
    rf"|\bCredit\.{{2,}}\s*{_CREDITED}(?:\s*/\s*{_CREDITED})?"
    rf"|©\s*{_CREDITED}(?:\s*[,/]\s*{_CREDITED})?"
    rf"|\((?:Image|Photo|Picture|Pic|Photograph)s?\s*:\s*{_CREDITED}(?:\s*/\s*{_CREDITED})*\)"
    # Or after the caption's last full stop: "… from thousands of years ago. Photo: Erik Lund".
    rf"|(?<=[.!?]\s)(?:Image|Photo|Picture|Photograph)s?\s*:\s*{_NAME_CREDITED}(?:\s*/\s*{_CREDITED})?"
    # Or in brackets after a slash: "[Photo/Xinhua]".
    rf"|\[(?:Image|Photo|Picture|Pic|Photograph)s?\s*/\s*{_CREDITED}\])\s*$"
)
# A picture's place in a gallery opening its caption: "Item 1 of 2 A tanker sails …", "[1/2]A …".
_GALLERY = re.compile(r"(?:Item|Image|Photo|Picture)\s+\d+\s+of\s+\d+\s+\S|\[\d+/\d+\]\s*\S")
_GALLERY_OPENINGS = frozenset("IP[")  # what a gallery's counter opens with: spares the match


def _may_credit(core: str) -> bool:
    """Whether a line holds what each form of `_PHOTO_CREDIT` needs: a slash, "©" or
    "Credit"; or a colon with a bracket or a picture's word ("(ABC News: Jack Fisher)",
    "Photo: Erik Lund"). Most lines do not, and are spared the search, tried at every
    character."""
    if "/" in core or "©" in core or "Credit" in core:
        return True
    return ":" in core and any(w in core for w in ("(", "Image", "Photo", "Picture"))


def is_caption(line: str) -> bool:
    """Whether a line is a video caption: a short title followed by a running time; or a
    photo's caption, ending with its credit."""
    core = line.strip()
    if core[:1] in _GALLERY_OPENINGS and _GALLERY.match(core):
        return True
    if _may_credit(core) and _PHOTO_CREDIT.search(core):
        return True
    # A running time ends in ":ss"; without that colon, skip the search, which tries every space.
    if core[-3:-2] != ":":
        return False
    match = _RUNNING_TIME.search(core)
    if match is None or len(core.split()) > 30:
        return False
    before = core[: match.start()].rstrip()
    if before[-1:] in _STAMP_MARKS:
        return False  # a time after a mark: "By Jane Doe | March 5, 2013 | 10:32" is a stamp
    if _DATE_END.search(before):
        return False  # a time after a date: "Updated: 2024-03-05 10:12", "19 June 2024 10:42"
    return bool(before) and not _CLOCK_WORDS.search(before)


def ends_sentence(line: str) -> bool:
    """Whether a line ends as a sentence does (a full stop, maybe inside closing quotes)."""
    # Its closing marks taken off, the last character (a search for a pattern that ends at
    # the end of the line would try it at every character).
    return line.rstrip().rstrip(_CLOSING)[-1:] in _SENTENCE_MARKS


def is_heading(line: str, next_line: str) -> bool:
    """Whether a lone short line between paragraphs is a section heading, not a broken sentence.

    `next_line` is the first line of the following paragraph: a paragraph that continues in
    lower case shows the short line was half a sentence.
    """
    core = line.strip()
    if len(core) > 90:  # a paragraph: spare splitting it into words
        return False
    words = core.split()
    if not words or len(words) > _MAX_HEADING_WORDS:
        return False
    if ends_sentence(core) or core[-1] in ",;:\"“”'’(-–—":
        return False
    if words[-1].lower() in _FUNCTION_WORDS or (not core[0].isupper() and not core[0].isdigit()):
        return False
    follower = next_line.lstrip()
    return bool(follower) and not follower[0].islower()


_MENU_RUN = 4  # the fewest lines of a menu copied one link a line
_MENU_LINE_WORDS = 2


def menu_lines(shown: list[str], blocks: list[int]) -> set[int]:
    """The indexes of lines that are a menu copied with its page, one link a line ("Home" /
    "News" / "Sport" / "Business"): four or more lines of one paragraph, each of a word or
    two, with no figure and no full stop, and the links of three words just above them."""

    def item(line: str) -> bool:
        if "&" in line:
            words = [word for word in line.split() if word != "&"]  # "Life & Style" is one link
        else:  # one word more than a link has is enough to tell: a paragraph is not split
            words = line.split(None, _MENU_LINE_WORDS)
        return (
            0 < len(words) <= _MENU_LINE_WORDS
            and not any(c.isdigit() for c in line)
            and (not ends_sentence(line))
        )

    def longer(line: str) -> bool:
        words = line.split()
        return len(words) == _MENU_LINE_WORDS + 1 and item(" ".join(words[:2])) and item(words[2])

    found: set[int] = set()
    start = 0
    items = [item(line) for line in shown]  # each line asked once, where two tests read it
    for index in range(len(shown) + 1):
        ends = (
            index == len(shown)
            or not items[index]
            or (index > start and blocks[index] != blocks[index - 1])
        )
        if not ends:
            continue
        if index - start >= _MENU_RUN:
            found.update(range(start, index))
            # The menu's longer links just above it ("Open navigation menu" / "Sign in" / …).
            first = start
            while first > 0 and blocks[first - 1] == blocks[start] and longer(shown[first - 1]):
                first -= 1
                found.add(first)
        start = index + 1 if index < len(shown) and not items[index] else index
    return found


_TOP_LINES = 6  # the most lines of a page's masthead above its menu ("Skip to content", "Sign in")
_TOP_WORDS = 4  # the most words of a masthead line that is not glued to the next one
_GAP_LINES = 4  # the most short lines between two runs of a menu ("UK edition", "Search")
_GLUED = re.compile(r"[a-z][A-Z]")  # two links a copy ran together: "Skip to contentSign in"


def page_top(shown: list[str], menu: set[int]) -> int:
    """How many lines at the top of a page copied whole are its masthead and menus: the
    short lines above a menu copied one link a line ("Skip to content", "Sign in"), the menu,
    and the short lines between it and a further run of links ("UK edition"); 0 when the text
    does not open so. A date or a byline above the menu keeps it all."""
    runs: list[tuple[int, int]] = []
    for index in sorted(menu):
        if runs and runs[-1][1] == index:
            runs[-1] = (runs[-1][0], index + 1)
        else:
            runs.append((index, index + 1))
    if not runs or runs[0][0] > _TOP_LINES or not all(_masthead(s) for s in shown[: runs[0][0]]):
        return 0
    end = runs[0][1]
    for start, stop in runs[1:]:
        if start - end > _GAP_LINES or not all(_short_link(s) for s in shown[end:start]):
            break
        end = stop
    return end


def _masthead(line: str) -> bool:
    """A line above a page's menu: a button, a short link or links glued together; no date."""
    if any(c.isdigit() for c in line) or line.lower().startswith("by "):
        return False
    return is_furniture(line) or len(line.split()) <= _TOP_WORDS or bool(_GLUED.search(line))


def _short_link(line: str) -> bool:
    words = line.split()
    return (
        len(words) <= _TOP_WORDS and not any(c.isdigit() for c in line) and not ends_sentence(line)
    )
