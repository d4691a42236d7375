"""Saved web pages (.html, .htm): the page's own content without its furniture.

Parsed with selectolax (the lexbor HTML5 parser, which repairs broken markup
the way browsers do), then reduced by rules that hold across government sites
rather than by a per-site template.  Chosen over trafilatura by measurement
(``python bench/html_extract.py``, four pages; figures and caveats in the
README): on an old table layout without landmarks trafilatura kept the whole
menu, 「文字サイズ」 and the footer (8 of 42 furniture strings leaked, 0 here) and
missed table cells, at 5-10x the time per page.

1. Never content: scripts, styles, forms (not one wrapping the page's heading or half its
   text, as ASP.NET pages have), a ruby's reading (``rt``, ``rp``), ``nav``, ``aside``, and ``header`` /
   ``footer`` outside an ``article`` or ``main`` (inside one they hold the
   article's own heading and date).
2. Furniture by name: an element whose id or class names a menu, breadcrumb,
   side column, header, footer, font-size or colour switch, "to the top" link,
   skip link, share buttons, banner or search box (whole words of the name:
   ``gnav``, ``topicpath``, ``pankuzu``, ``pageTop``, ``fontSize``…).
3. Furniture by text: a short element that is only 「ページの先頭へ」,
   「本文へスキップ」, 「文字サイズ 標準 拡大」, 「背景色 白 黒 青」, 「ここから本文です」,
   the Adobe Reader notice and the like.
   A name never removes an element holding the page's ``<h1>`` or half its
   text: a layout class can name a neighbour (``class="column_lnavi"`` on the
   wrapper of the content beside the local navigation).
4. The content: ``main`` (or ``role=main``), else a single ``article``, else an
   element with a usual content id (``main``, ``contents``…), else the block
   around the page's ``<h1>``, else the body.  Without any of these, blocks that
   are nearly all links (four or more links, 80 % of their text in links) are
   menus and are dropped.  An 「更新日：2023年3月15日」 line outside the content
   block is kept in front of it (the year derivation reads it).

Encoding: a BOM, else the charset the page declares (``<meta charset>`` or
``http-equiv``), else the strict cascade of text files (UTF-8, CP932, EUC-JP).
A page declaring Shift_JIS whose bytes are valid UTF-8 is read as UTF-8 (a
browser's "save page" writes UTF-8 and may keep the old declaration).

A heading drawn as a picture inside the content is its ``alt`` text (not a logo, which links).

Title: the ``<h1>`` of the content, else ``<title>`` without the site name
(``og:site_name`` or the part repeated in the page's logo), else the first
``<h1>`` that is not the site name.

Address: the page's own, as a saved page carries it: ``<link rel="canonical">``,
else ``<meta property="og:url">``, else the browser's ``<!-- saved from url=(0053)https://… -->``
comment, else ``<base href>``; an absolute http(s) address only (a relative canonical says
nothing of the site).  Kept as the document's url, and read for its place (metadata/address.py).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ExtractionError
from ..normalize import normalize_text
from . import cap_text, normalize_capped

#: Pages larger than this are refused (a saved page with inline images can
#: reach a few MB; 50 MB of markup is not a document).
MAX_HTML_BYTES = 50 * 1024 * 1024
#: Pages nested deeper than this are refused.  The furniture rules look at each element's
#: text and links, so their time grows with size × depth: 1 MB of <div>s nested 100,000 deep
#: took minutes, and 1,000 deep overflowed the text walk's recursion.  Browsers stop nesting at
#: 512 too (Blink's parser); the pages of tests/data/html and ../shared/corpus nest 8–12 deep.
MAX_HTML_DEPTH = 512
#: Elements that stay open until their end tag and that the parser, at each start tag, looks for
#: an open <p> above (so its time grows with their depth: 20,000 <div>s deep parse in 0.8 s,
#: 20,000 <span>s or <table>s in 0.01 s).  Counted before parsing, see _nesting_exceeds.
_NESTING_TAG = re.compile(
    r"<(/?)(?:div|blockquote|section|article|aside|nav|header|footer|main|center|address|"
    r"figure|figcaption|fieldset|details|dialog|form|ul|ol|dl|menu|dir|hgroup|search)[\s/>]",
    re.IGNORECASE)

#: rt and rp: a ruby's reading and the brackets a browser without ruby shows around it; the base
#: text is what the page says (「遠野<rt>とおの</rt>市」 was 「遠野(とおの)市」, and 遠野市 no word).
_NEVER_CONTENT = ("script", "style", "noscript", "template", "form", "button", "select", "textarea",
                  "input", "iframe", "object", "embed", "svg", "canvas", "nav", "aside", "map", "dialog",
                  "rt", "rp")
_PAGE_PARTS = ("header", "footer")

# Whole words of an id or class that name page furniture.
_FURNITURE_NAMES = frozenset(
    "nav navi navigation gnav gnavi lnav lnavi hnav hnavi fnav fnavi snav snavi globalnav localnav subnav "
    "menu menus megamenu breadcrumb breadcrumbs topicpath path pankuzu pan crumb crumbs "
    "fontsize textsize charsize moji mojisize bgcolor bg color colour haikei haikeiiro "
    "pagetop gotop totop backtotop returntop skip skiplink skipnav "
    "sns share social banner banners search sitesearch sitemap lang language print".split()
)
# Names of the page's own header, footer and side column: furniture only
# outside the content landmark (inside it, "head" is the article's head).
_PAGE_PART_NAMES = frozenset("header head footer foot masthead side sidebar sidemenu sidenav subcolumn "
                             "utility util".split())
#: Furniture words that also count glued to others (leftmenu, sidenavi, gnavi01).
_GLUED_FURNITURE = ("menu", "navi", "nav", "breadcrumb", "pankuzu", "topicpath")
_SPLIT_NAME = re.compile(r"[\s_\-]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

# Text of a whole element that is furniture (checked on short elements only).
_FURNITURE_TEXT = re.compile(
    r"^(?:このページの|ページの)?(?:先頭|トップ|上)へ(?:戻る)?|^(?:ページ)?トップへ(?:戻る)?|^page\s*top"
    r"|^本文へ|^メニューへ|^ナビゲーションへ|^ここから(?:本文|サイトの主なメニュー|メニュー|フッター|ヘッダー)"
    r"|^(?:本文|メニュー)(?:ここまで|終わり)|^文字(?:の)?(?:サイズ|大きさ)|^背景色|^色(?:の)?(?:変更|反転)"
    r"|^読み上げ|^音声読み上げ|^印刷(?:する)?$|^(?:PDF|ＰＤＦ)(?:形式の)?(?:ファイル)?を(?:ご|御)?(?:覧|利用|閲覧)"
    r"|^Adobe\s*(?:Acrobat\s*)?Reader|Adobe\s*(?:Acrobat\s*)?Reader\s*(?:\(外部リンク\)\s*)?(?:が必要|を(?:ダウンロード|インストール))"
    r"|^Get\s*Adobe|^JavaScriptが無効"
    # The feedback box under the content of CMS-made pages.
    r"|^(?:より良い|よりよい)(?:ウェブ|ホーム)?(?:サイト|ページ)|お役に立ちましたか|分かりやすかったですか"
    r"|ご意見をお聞かせください"
    r"|^copyright|^\(c\)|^©|all rights reserved"
    r"|^(?:home|ホーム|トップ(?:ページ)?)\s*[>＞»›]",  # a breadcrumb trail
    re.IGNORECASE,
)
_SHORT = 80
_NOT_WORD_RE = re.compile(r"\W+")
#: Characters beyond the heading a block must hold to be taken for a page's content.
_MIN_CONTENT = 100

_CONTENT_IDS = ("main", "contents", "content", "main-contents", "maincontents", "main_contents",
                "mainContents", "main-content", "mainContent", "main_content", "honbun", "article")

_BLOCK = frozenset(
    "p div section article main header footer h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table thead tbody tfoot "
    "tr caption blockquote pre address figure figcaption hr br body html center".split()
)
_CELL = frozenset(("td", "th"))
#: Elements whose source line breaks are line breaks on the screen.
_PREFORMATTED = frozenset(("pre", "listing", "plaintext", "xmp"))

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# Declared names mapped to the codec that reads what those pages really hold:
# Shift_JIS pages use the Windows additions (①, Ⅱ, 髙), which only CP932 decodes.
_CODEC_FOR = {"shift_jis": "cp932", "cp932": "cp932", "ms932": "cp932", "windows-31j": "cp932",
              "euc_jp": "euc_jp", "iso2022_jp": "iso2022_jp", "utf-8": "utf-8"}

# Labels browsers accept (WHATWG Encoding) that Python's codec registry does not know.
_WEB_LABELS = {"x-sjis": "cp932", "ms_kanji": "cp932", "csshiftjis": "cp932", "windows-31j": "cp932",
               "x-euc-jp": "euc_jp", "cseucpkdfmtjapanese": "euc_jp"}

_TITLE_SEPARATORS = re.compile(r"\s*(?:[|｜:：/／«»‹›<>＜＞]|\s[-–—―]\s|\s[-–—―]|[-–—―]\s|\s{2,})\s*")


def read(path: Path):
    from ..extract import Extracted

    try:
        size = path.stat().st_size
        if size > MAX_HTML_BYTES:
            raise ExtractionError(f"too large: {size // 2**20} MB of HTML (limit {MAX_HTML_BYTES // 2**20} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionError(f"cannot read file: {exc.strerror or exc}") from None
    markup, encoding, warnings = decode_html(data)
    if not _ANY_TAG.search(markup):
        # A text under an .html name (a page copied out of a browser as text, a script's output) has no
        # element: as markup its lines ran together into one, so its title was its file name or a
        # 200-character run (「文字サイズやさしいブラウザ・…令和4年9月8日臨時記者会見1フルテキスト版…」) and
        # its date lines no lines.  It is read as the text file it is.
        warnings.append("no HTML markup: read as a text file, line by line (rename it to .txt)")
        text = normalize_text(cap_text([markup], warnings)[0])
        if not text.strip():
            raise ExtractionError("no text")
        return Extracted(pages=[text], page_count=None, title=None, encoding=encoding, warnings=warnings)
    page = extract_main(markup)
    text = normalize_capped(page.text, warnings)
    if not text.strip() and _FRAMESET.search(markup):
        frames = list(dict.fromkeys(_FRAME_SRC.findall(markup)))
        if frames:
            # The page is a frameset: the menu and the content are the files its frames name.
            raise ExtractionError(f"a frameset page: its text is in its frames ({', '.join(frames[:5])})")
    if not text.strip():
        raise ExtractionError("no text (nothing but page furniture)")
    return Extracted(pages=[text], page_count=None, title=page.title, encoding=encoding, warnings=warnings,
                     trail=page.trail and normalize_text(page.trail), site=page.site and normalize_text(page.site),
                     url=page.url, url_from=page.url_from)


#: Any element, end tag, comment or doctype: a file holding none is no web page.
_ANY_TAG = re.compile(r"<(?:[A-Za-z][A-Za-z0-9:-]*[\s/>]|/[A-Za-z]|!)")
_FRAMESET = re.compile(r"<frameset[\s>]", re.IGNORECASE)
_FRAME_SRC = re.compile(r"<frame\s[^>]*?src\s*=\s*[\"']?([^\"'\s>]+)", re.IGNORECASE)


#: Where a saved page writes its own address, most trusted first: the canonical link and og:url
#: are the site's word; Chrome's and IE's saved-from comment is where the browser fetched it (a
#: session's query string included); <base href> is often the site's top only.
_ADDRESS_SOURCES = (
    ('link[rel~="canonical" i][href]', "href", '<link rel="canonical">'),
    ('meta[property="og:url" i][content]', "content", '<meta property="og:url">'),
    (None, None, "saved from comment"),
    ("base[href]", "href", "<base href>"),
)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
#: The saved-from comment stands before <html>: only the start of the markup is looked at.
_SAVED_FROM_CHARS = 4096


def _page_address(tree, markup: str) -> tuple[str | None, str | None]:
    """(the page's own absolute http(s) address, where it is written) or (None, None)."""
    from urllib.parse import urlsplit

    from ..metadata.address import web_address

    top = None
    for selector, attr, where in _ADDRESS_SOURCES:
        if selector is None:
            m = _SAVED_FROM.search(markup[:_SAVED_FROM_CHARS])
            value = m.group(1) if m else None
        else:
            node = tree.css_first(selector)
            value = node.attributes.get(attr) if node is not None else None
        if value and (url := web_address(value)):
            parts = urlsplit(url)
            if parts.query or not _SITE_TOP.fullmatch(parts.path):
                return url, where
            # A CMS template's canonical or og:url is often the site's top, or another site's top
            # copied with the template (a town's page saying www.town.misasa.tottori.jp/, saved
            # from www.city.himeji.lg.jp/…): a later source naming the page itself is its address.
            # With none, the top is kept: it still says whose site it is.
            top = top or (url, where)
    return top or (None, None)


#: A site's top page: no path, or only its index file.
_SITE_TOP = re.compile(r"/?(?:index\.(?:html?|php|jsp|aspx?))?", re.IGNORECASE)


# ---------------------------------------------------------------- encoding


def decode_html(data: bytes) -> tuple[str, str, list[str]]:
    """Decode a page: BOM, declared charset, then the strict cascade of text files."""
    from ..extract import broke_at, read_text_file

    if not data.strip():
        raise ExtractionError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode("utf-8-sig" if encoding == "utf-8" else encoding), encoding, []
            except UnicodeDecodeError as e:
                raise ExtractionError(f"not text: undecodable in {encoding} (BOM): {broke_at(data, e, len(bom))}") from None
    declared = declared_charset(data)
    warnings: list[str] = []
    if declared and declared != "utf-8" and not data.isascii():
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return data.decode("utf-8"), "utf-8", [f"declares {declared} but is UTF-8; read as UTF-8"]
    bad_byte = ""
    if declared:
        try:
            return data.decode(declared), declared, []
        except UnicodeDecodeError as e:
            where = broke_at(data, e)
            bad_byte = f"declares {declared}, {where} is not {declared}"
        except LookupError:
            warnings.append(f"declares an unknown charset ({declared})")
    try:
        text, encoding = read_text_file(data, warnings)
    except ExtractionError as e:
        # Say where the declared charset broke: a page cut in the middle of a character, or
        # saved again in another encoding, is found by that offset.
        raise ExtractionError(f"{e} ({bad_byte})" if bad_byte else str(e)) from None
    if bad_byte:
        # Where the declared charset broke and what the page was read as instead: a wrong reading
        # (EUC-JP bytes pass as CP932 half-width kana) is then seen in the warning, not in the text.
        warnings.insert(0, f"declares {declared} but does not decode in it ({where}): read as {encoding}")
    return text, encoding, warnings


def declared_charset(data: bytes) -> str | None:
    """The codec named by ``<meta charset>`` or ``http-equiv`` in the first 4 KB, normalized."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    if name in _WEB_LABELS:
        return _WEB_LABELS[name]
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return name
    return _CODEC_FOR.get(codec, _CODEC_FOR.get(name, codec))


# ---------------------------------------------------------------- content


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    #: The breadcrumb trail (ホーム > 報道資料 > 令和6年度報道資料), steps joined by " > ".
    trail: str | None = None
    #: The site's name (高知県, 総務省 東北総合通信局): who publishes the page.
    site: str | None = None
    #: The page's own address and where it is written (see _page_address).
    url: str | None = None
    url_from: str | None = None


def extract_main(markup: str) -> Page:
    """The page's content text (paragraphs and table rows on lines of their own) and its title."""
    from selectolax.lexbor import LexborHTMLParser

    if _nesting_exceeds(markup, 4 * MAX_HTML_DEPTH):
        raise ExtractionError(f"elements nested more than {MAX_HTML_DEPTH} deep (generated or broken markup)")
    tree = LexborHTMLParser(markup)
    if _depth_exceeds(tree, MAX_HTML_DEPTH):
        raise ExtractionError(f"elements nested more than {MAX_HTML_DEPTH} deep (generated or broken markup)")
    _heading_images_as_text(tree)
    site_names = _site_names(tree)
    address = _page_address(tree, markup)
    title_tag = tree.css_first("title")
    raw_title = _squash(title_tag.text()) if title_tag else ""

    # <nav> goes after the trail is read: HTML5's breadcrumb is a <nav> (<nav aria-label="パンくずリスト">
    # <ol><li>…), and with it went the year and the issuer its steps give.
    _remove([node for node in tree.css(",".join(tag for tag in _NEVER_CONTENT if tag != "nav"))
              if not _wraps_the_page(node, tree)])
    _remove([node for tag in _PAGE_PARTS for node in tree.css(tag) if not _inside(node, ("article", "main"))])
    trail = _trail(tree, unnamed=bool(_HOME_STEP_MARKUP.search(markup)))
    _remove(tree.css("nav"))
    _remove(list(_named_furniture(tree)))
    _remove(list(_text_furniture(tree)))

    main, landmark = _main_node(tree, site_names)
    date_line = _date_line_outside(tree, main)
    site = _site_name(raw_title, site_names)
    if main is None:
        return Page("", _title_from(raw_title, None, site_names, site, None), trail, site, *address)
    if not landmark:
        _drop_link_lists(main)
    # A landmark may hold the site's menu above the page's heading (a category list inside <article>, the
    # local menu of a #contents): left in, its 防災・安全 and 健康・医療・福祉 stood in for the title's
    # words in the themes, and became the title of a page whose <title> is only the site's name.
    _remove(_menus_above_heading(main))
    h1 = main.css_first("h1")
    h1_text = _squash(h1.text()) if h1 else None
    heading = _first_heading(main, site_names, site)
    text = _text(main, alts=True)
    if date_line and date_line not in text:
        text = f"{date_line}\n\n{text}"
    return Page(text, _title_from(raw_title, h1_text, site_names, site, heading), trail, site, *address)


_HEADINGS = ("h1", "h2", "h3")


def _first_heading(main, site_names: set[str], site: str | None) -> str:
    """The content's first heading (h1–h3, in the page's order) that is not the site's name; ""
    when it has none."""
    for node in main.traverse():
        if node.tag in _HEADINGS and (text := _squash(node.text())) and not _names_the_site(text, site_names, site):
            return text
    return ""


def _names_the_site(text: str, site_names: set[str], site: str | None) -> bool:
    """Whether a heading or <title> is only the site's name: og:site_name or the logo's, or the
    publisher its <title> names (an old page's <h1>○○市</h1> logo set as text)."""
    return text in site_names or (site is not None and _publisher(text) == site)


#: A publisher's name as sites write it in their <title> (…／高知県ホームページ, 九州総合通信局｜…,
#: …｜下関市公式ウェブサイト): a body's name, with the site's word after it left off.
_SITE_WORD = re.compile(r"\s*(?:公式)?(?:ホームページ|ウェブサイト|web\s*サイト|サイト|HP)$", re.IGNORECASE)
_PUBLISHER = re.compile(r"(?:[都道府県市町村区省庁局]|事務所|機構|委員会|議会)$")
_SITE_MAX = 30


def _publisher(name: str) -> str | None:
    """The body a name is, without the site's word (○○市ホームページ → ○○市, 総務省 → 総務省); None
    for a name that is no body's (a page's own title: 第3回検討委員会の開催について)."""
    body = _SITE_WORD.sub("", name).strip()
    return body if body and len(body) <= _SITE_MAX and _PUBLISHER.search(body) else None


def _site_name(raw_title: str, site_names: set[str]) -> str | None:
    """Who publishes the page: og:site_name (or the logo's name) when it names a body, else the
    first or last part of the <title> that does, the shorter if both do (the page's own part is
    the long one: 総務省｜第3回検討委員会), else the whole <title> when it is only a site's name
    (<title>○○市ホームページ</title> on every page of a town's site)."""
    for name in sorted(site_names, key=len):
        if body := _publisher(name):
            return body
    parts = [p for p in _TITLE_SEPARATORS.split(raw_title) if p]
    if len(parts) == 1 and _SITE_WORD.search(parts[0]):
        return _publisher(parts[0])
    named = [body for end in ((parts[::-1], parts) if len(parts) >= 2 else ()) if (body := _innermost_body(end))]
    return min(named, key=len) if named else None


def _innermost_body(parts: list[str]) -> str | None:
    """The body a <title>'s parts name from its site's end inward, the last before a part that names none
    (総務省｜東北総合通信局｜令和5年度 …の派遣決定 → 東北総合通信局): a title laid out as a trail names the
    ministry, then its bureau, then the page, and the most specific body is the issuer, as in a breadcrumb
    trail (docinfo.organization); a saved page's site was 総務省, which made a bureau's page national.  The far
    end, the page's own part, is never taken (総務省｜第3回検討委員会)."""
    from ictsearch.indexer.metadata.docinfo import known_body

    body = None
    for part in parts[:-1]:
        if not (found := _publisher(part)) or (body and not (known_body(found) or _LOCAL_BODY.search(found))):
            break
        body = found
    return body


#: A deeper part taken as the issuer is a body of its own: a 総合通信局, a listed state body (known_body) or a local
#: body or its assembly (下関市｜下関市議会｜…).  An office of a ministry no list names (内閣府｜地方創生推進事務局｜…)
#: leaves the ministry, which says the page is national.
_LOCAL_BODY = re.compile(r"(?:[都道府県市町村区]|議会)$")


#: What a breadcrumb trail's id or class holds, once lowercased and run together (topicPath,
#: topic-path, tmp_pankuzu, breadcrumbList, c-breadcrumb).
_TRAIL_NAMES = ("crumb", "topicpath", "pankuzu")
_TRAIL_LABEL = re.compile(r"breadcrumb|パンくず|現在(?:地|位置)", re.IGNORECASE)
_TRAIL_STEP = re.compile(r"\s*[>＞»›]\s*")
#: An unnamed trail: a short element whose text starts from the site's home (HOME > 報道資料 > …).
_TRAIL_FROM_HOME = re.compile(r"(?:home|ホーム|トップ(?:ページ)?)\s*[>＞»›]", re.IGNORECASE)
#: The same in the markup (ホーム</a> &gt;): without it no element is read for an unnamed trail,
#: which costs a page of 3,000 sections a quarter of its extraction time.
_HOME_STEP_MARKUP = re.compile(r"(?:home|ホーム|トップ(?:ページ)?)\s*(?:</(?:a|span)>\s*)?(?:&gt;|＞|»|›|&raquo;|&rsaquo;)",
                               re.IGNORECASE)
#: The label some sites put before the steps (現在地：, あなたの現在位置).
_TRAIL_LEAD = re.compile(r"^(?:あなたの)?現在(?:地|位置)(?:の階層)?\s*[:：]?\s*")
#: A trail is a line of short steps; a longer element named so wraps more than the trail.
_TRAIL_MAX = 400


def _trail(tree, *, unnamed: bool) -> str | None:
    """The page's breadcrumb trail, steps joined by " > ", read before the furniture goes.

    The text extracted leaves it out (it is navigation), but its steps say what the page is and
    when it was filed (… > 報道資料 > 2022年度 > …, … > 知事記者会見(平成24年7月24日)), which the
    metadata reads as it reads the trail line of a page saved as text.  unnamed: the markup has
    a home step (ホーム</a> &gt;), so an element no name marks may hold the trail."""
    body = tree.body
    if body is None:
        return None
    for node in body.traverse():
        if node.tag in ("body", "html", "-text", "script", "style"):
            continue
        name = _SPLIT_NAME.sub("", f"{node.attributes.get('id') or ''}{node.attributes.get('class') or ''}").lower()
        named = any(n in name for n in _TRAIL_NAMES) or _TRAIL_LABEL.search(node.attributes.get("aria-label") or "")
        if not (named or (unnamed and node.tag in _BLOCK | _CELL
                          and len(text := _squash(node.text(separator=" "))) <= _TRAIL_MAX
                          and _TRAIL_FROM_HOME.match(text))):
            continue
        items = node.css("li")
        if not named:
            # A block no name marks that starts with a home step may hold more than the trail (the
            # content cell of a table layout, its trail on top): the trail is its first line, and
            # the lists below it are content, not steps.
            steps = _TRAIL_STEP.split(next((line for line in _text(node).split("\n") if line.strip()), ""))
            if sum(1 for step in steps if step.strip()) < 2 and items:
                steps = [_squash(li.text(separator=" ")) for li in items]  # a trail of <li>s alone
        elif items:
            steps = [_squash(li.text(separator=" ")) for li in items]
        else:
            steps = _TRAIL_STEP.split(_squash(node.text(separator=" > ")))
        steps = [s for s in (_TRAIL_LEAD.sub("", _TRAIL_STEP.sub(" ", step)).strip() for step in steps) if s]
        trail = " > ".join(steps)
        if len(steps) >= 2 and len(trail) <= _TRAIL_MAX:
            return trail
    return None


def _nesting_exceeds(markup: str, limit: int) -> bool:
    """Whether block elements are opened more than `limit` deep, counted on the markup's tags.

    The parser's time grows with their depth (see _NESTING_TAG), so this is counted before it
    runs; an estimate (a tag inside a script counts too), hence the caller's margin over
    MAX_HTML_DEPTH, which the parsed tree is held to exactly (_depth_exceeds).
    """
    depth = 0
    for m in _NESTING_TAG.finditer(markup):
        if m[1]:
            depth = max(depth - 1, 0)
        else:
            depth += 1
            if depth > limit:
                return True
    return False


def _depth_exceeds(tree, limit: int) -> bool:
    """Whether an element lies more than `limit` elements below the document's root."""
    depth: dict[int, int] = {}
    for node in tree.root.traverse():  # parents before their children
        parent = node.parent
        d = depth.get(parent.mem_id, 0) + 1 if parent is not None else 0
        if d > limit:
            return True
        depth[node.mem_id] = d
    return False


def _remove(nodes) -> None:
    """Remove nodes, each once: not those inside another node being removed."""
    ids = {node.mem_id for node in nodes}
    for node in nodes:
        if not _has_ancestor_in(node, ids):
            node.decompose()


def _has_ancestor_in(node, ids: set[int]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def _heading_images_as_text(tree) -> None:
    """A heading set as a picture (<h1><img src="title.gif" alt="…のご案内"></h1>, as older sites drew
    their headings) is its alternative text: its words were lost and the page titled by its site's
    name.  Only in the content (main, article, a content id), and not an image that links (a logo
    links to the site's top): a logo's alt names the site (_site_names)."""
    for img in tree.css(",".join(f"{h} img[alt]" for h in ("h1", "h2", "h3", "h4", "h5", "h6"))):
        alt = _squash(img.attributes.get("alt") or "")
        if alt and _in_content(img) and not _ancestor(img, lambda node: node.tag == "a"):
            img.replace_with(alt)


def _in_content(node) -> bool:
    """Whether a node is inside the page's content landmark: main, article, role=main or a content id."""
    return _ancestor(node, lambda a: a.tag in ("main", "article") or a.attributes.get("role") == "main"
                     or a.attributes.get("id") in _CONTENT_IDS)


def _ancestor(node, test) -> bool:
    parent = node.parent
    while parent is not None:
        if test(parent):
            return True
        parent = parent.parent
    return False


def _site_names(tree) -> set[str]:
    names = set()
    for selector in ('meta[property="og:site_name"]', 'meta[name="application-name"]'):
        node = tree.css_first(selector)
        if node and node.attributes.get("content"):
            names.add(_squash(node.attributes["content"]))
    # The logo: an image's alt text inside a heading or a link to the site's top.
    for node in tree.css("header img[alt], h1 img[alt], .logo img[alt], #logo img[alt]"):
        alt = _squash(node.attributes.get("alt") or "")
        if alt:
            names.add(alt)
    return names


def _inside(node, tags: tuple[str, ...]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags or (parent.attributes.get("role") == "main"):
            return True
        parent = parent.parent
    return False


def _name_words(node) -> set[str]:
    words = set()
    for attr in ("id", "class"):
        value = node.attributes.get(attr)
        if value:
            for part in _SPLIT_NAME.split(_CAMEL.sub(" ", value)):
                if part:
                    words.add(part.lower())
    return words


def _wraps_the_page(node, tree) -> bool:
    """Whether a <form> holds the page rather than a form's fields: ASP.NET pages (and CMSs built
    on it) wrap the whole body in one <form id="form1">, heading and all; dropped as a form, such a
    page had no text (「nothing but page furniture」).  Its fields still go, as elements of their own."""
    if node.tag != "form":
        return False
    return node.css_first("h1") is not None or (tree.body is not None and _words(node.text()) > _words(tree.body.text()) / 2)


def _named_furniture(tree):
    """Elements named as furniture; never one that holds the page's heading or most of its text.

    A layout class can name a neighbour (``class="column_lnavi"`` on the wrapper
    of the content *beside* the local navigation), so a name alone is not enough
    to throw away the heading or half the page.
    """
    body = tree.body
    if body is None:
        return
    total = _words(body.text())
    for node in body.traverse():
        if node.tag in ("body", "main", "article", "-text") or node.attributes.get("role") == "main":
            continue
        words = _name_words(node)
        # Old table layouts glue the words: class="leftmenu", id="gnavi01".
        glued = any(w.endswith(_GLUED_FURNITURE) or w.startswith(_GLUED_FURNITURE) for w in words)
        if not words & _FURNITURE_NAMES and not glued and not (
            words & _PAGE_PART_NAMES and not _inside(node, ("article", "main"))
        ):
            continue
        if node.css_first("h1") is not None or _words(node.text()) > total / 2:
            continue
        yield node


def _text_furniture(tree):
    body = tree.body
    if body is None:
        return
    for node in body.traverse():
        if node.tag in ("body", "html", "main", "article") or (
            node.tag not in _BLOCK and node.tag not in ("a", "span", "td", "th")
        ):
            continue
        text = _squash(node.text(separator=" "))
        if text and len(text) <= _SHORT and _FURNITURE_TEXT.search(text):
            yield node


def _main_node(tree, site_names: set[str]):
    """The content root and whether it is a real landmark (not the whole body)."""
    for selector in ("main", '[role="main"]'):
        node = tree.css_first(selector)
        if node is not None:
            return node, True
    articles = tree.css("article")
    if len(articles) == 1:
        return articles[0], True
    for name in _CONTENT_IDS:
        node = tree.css_first(f'[id="{name}"]')
        if node is not None and _squash(node.text()):
            return node, True
    # A page without landmarks (old table layouts): the block holding the
    # page's heading, grown until it holds more than the heading and its date.
    for h1 in tree.css("h1"):
        heading = _squash(h1.text())
        if not heading or heading in site_names:
            continue
        node = h1.parent
        while node is not None and node.tag != "body" and _words(node.text()) < _words(heading) + _MIN_CONTENT:
            node = node.parent
        if node is not None and node.tag != "body":
            return node, True
        break
    return tree.body, False


_DATE_LINE_RE = re.compile(
    r"^(?:最終)?(?:更新|掲載|公開|公表|発表|作成|登録)日?\s*[:：]?\s*"
    r"(?:(?:令和|平成|昭和)\s*[\d０-９元]+|[\d０-９]{4})\s*年\s*[\d０-９]+\s*月\s*[\d０-９]+\s*日"
)


def _date_line_outside(tree, main) -> str | None:
    """The page's 「更新日：2023年3月15日」 line when it sits outside the content block."""
    body = tree.body
    if body is None or main is None or main.tag == "body":
        return None
    inside = {node.mem_id for node in main.traverse()}
    for node in body.traverse():
        if node.tag not in ("p", "div", "span", "dd", "li", "time") or node.mem_id in inside:
            continue
        text = _squash(node.text())
        if len(text) <= _SHORT and _DATE_LINE_RE.match(text):
            return text
    return None


def _drop_link_lists(root) -> None:
    """Blocks made almost only of links (four or more): menus of a page without landmarks."""
    _remove([node for node in root.traverse() if _is_link_list(node)])


def _is_link_list(node) -> bool:
    """Whether a block is made almost only of links, four or more (80 % of its letters in links)."""
    if node.tag not in ("ul", "ol", "div", "table", "td", "p", "dl"):
        return False
    links = node.css("a")
    if len(links) < 4:
        return False
    text = _words(node.text())
    return bool(text) and sum(_words(a.text()) for a in links) / text >= 0.8


def _menus_above_heading(root) -> list:
    """The link lists (_is_link_list) above the page's heading (the first <h1> of `root`, else its first
    <h2>) when nothing else of substance stands there: a menu sits over the page's heading, while a list of
    links under it (配布資料, 関連リンク) is content, and so is one among paragraphs above it (then the
    heading is not the page's top)."""
    heading = root.css_first("h1") or root.css_first("h2")
    if heading is None:
        return []
    holding = set()  # the heading's ancestors, which stand before it in document order
    node = heading.parent
    while node is not None:
        holding.add(node.mem_id)
        node = node.parent
    lists: list = []
    inside: set[int] = set()  # the nodes of the lists found
    other: list[str] = []  # the text above the heading outside those lists
    for node in root.traverse(include_text=True):
        if node.mem_id == heading.mem_id:
            break
        if node.mem_id in holding or node.mem_id in inside:
            continue
        if node.tag == "-text":
            other.append(node.text_content or "")
        elif _is_link_list(node):
            lists.append(node)
            inside.update(n.mem_id for n in node.traverse(include_text=True))
    # A menu's label (くらし・手続き) or a date line may stand there too; a sentence is content.
    above = "".join(other)
    return lists if _words(above) < _MIN_CONTENT and "。" not in above else []


def _text(root, *, alts: bool = False) -> str:
    """Text with a line per block and tabs between table cells.  alts: a picture's alternative text
    (formats.alt_text: a chart's title, a scanned notice's words) on a line after its block's text,
    unless the block says it already (a figcaption) or the picture is a link (_alt)."""
    parts: list[str] = []
    pending: list[list[str]] = [[]]  # the alternative texts of the pictures of each open block

    def walk(node, pre: bool = False) -> None:
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                text = child.text_content or ""
                # A line break in the source is a space on the screen (the source wrapped by
                # hand or by an editor), but in preformatted text.
                text = text.replace(_BR, "")
                parts.append(text if pre else text.replace("\r", " ").replace("\n", " "))
                continue
            if tag in ("-comment", "#comment"):
                continue
            if tag == "br":
                parts.append("\n" if pre else _BR)  # preformatted text keeps each of its breaks
                continue
            block = tag in _BLOCK
            if block:
                parts.append("\n")
                pending.append([])
                start = len(parts)
            if tag == "img":
                if alts and (alt := _alt(child)):
                    pending[-1].append(alt)
                continue
            if tag in _PREFORMATTED and not pre:
                # Preformatted text's lines are a text file's: wrapped by hand at one width, they
                # are joined as a text file's are (the page's other lines never are).
                start = len(parts)
                walk(child, True)
                parts[start:] = [normalize_text("".join(parts[start:]))]
            else:
                walk(child, pre)
            if tag in _CELL:
                parts.append("\t")
            elif block:
                parts.append("\n")
            if block:
                _after(pending.pop(), start)

    def _after(found: list[str], start: int) -> None:
        if found:
            said = " ".join("".join(parts[start:]).split())
            parts.extend(f"\n{alt}\n" for alt in dict.fromkeys(found) if alt not in said)

    walk(root)
    _after(pending.pop(), 0)
    lines = []
    for raw in _breaks("".join(parts)).split("\n"):
        # Runs of spaces collapse as a browser shows them; empty table cells drop out.
        cells = (" ".join(cell.split()) for cell in raw.split("\t"))
        lines.append("\t".join(cell for cell in cells if cell))
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _alt(img) -> str | None:
    """The picture's alternative text, when it says something (formats.alt_text) and the picture is
    no link: a linked picture is a menu's button (a table layout's 「電波」 「放送」 images, which no
    landmark marks as a menu), a banner or a link's icon (a PDF mark after 「資料（PDF）」)."""
    from . import alt_text

    node = img.parent
    while node is not None and node.tag not in ("a", "body"):
        node = node.parent
    if node is not None and node.tag == "a":
        return None
    return alt_text(img.attributes.get("alt"))


#: Where a <br> stood, until _breaks decides whether it breaks the line.
_BR = "\x0b"
_JA_LETTER = "\u3041-\u309f\u30a1-\u30fa\u30fc\u4e00-\u9fff\u3005"
#: The line before a <br> that runs on into the text after it: a sentence's words (hiragana among
#: them, ten characters or more: not a heading such as ご案内 or 【取組内容】, not a name or an
#: address line) with no sentence end last: no 。 or closing bracket, nor a predicate's polite end
#: (pages leave out the 。 of 「…受付は終了しました<br>次回は…」), nor a question's (an FAQ's
#: 「…受け取れますか<br>市民課の窓口で…。」 leaves out its ？).  An address's hiragana (霞が関, 丸の内)
#: makes no sentence of it: a line with an address's numbers (2丁目1番2号, 一丁目, 1番地) ends there.
_RUNS_ON = re.compile(
    f"(?=.*[\u3041-\u309f])(?!.*(?:[\\d一二三四五六七八九十]\\s*丁目|\\d\\s*番地|\\d\\s*番\\s*\\d+\\s*号))"
    f".{{10,}}[{_JA_LETTER}、,]"
    f"(?<!です)(?<!ます)(?<!した)(?<!ません)(?<!さい)(?<!しょう)(?<!である)"
    f"(?<!ますか)(?<!ですか)(?<!ょうか)(?<!ませんか)\\s*$", re.S)
#: A heading's end (「マイナンバーカードの交付について」, 「…教室の開催のお知らせ」, 「…のご案内」) over its text:
#: the line ends there unless the text after goes on with a particle (「…の進め方について<br>は、…。」).
_HEADING_END = re.compile(r"(?:について|に関して|お知らせ|ご案内|のお願い|問い?合わ?せ先?)\s*$")
_HIRAGANA_FIRST = re.compile("[\u3041-\u309f]")
#: The text after it goes on with the same sentence (_goes_on): a Japanese letter first (not a list's
#: ・ or ①, a bracket, a number or 〒), and the sentence ends in it (。) before the block does.
_FIRST_LETTER = re.compile(f"[{_JA_LETTER}]")
_SENTENCE_END = re.compile(r"[。！？!?]")
#: How much of the line before a <br> _RUNS_ON reads: its last characters say whether a sentence
#: runs on, and reading the whole line at each of a block's breaks cost time quadratic in the block
#: (a 2 MB page of 20,000 <br> lines in one <p> took 276 s).
_RUNS_ON_TAIL = 200


def _goes_on(pieces: list[str]) -> list[bool]:
    """For each k, whether the text of pieces[k:] (joined) goes on with a sentence: a Japanese letter
    first after any spaces, then a sentence end before a cell ends; read once from the last piece
    back rather than once per <br>."""
    n = len(pieces)
    goes_on = [False] * (n + 1)
    ends = [False] * (n + 1)  # from the piece's first character: a sentence end before any tab
    for k in range(n - 1, -1, -1):
        piece = pieces[k]
        tab = piece.find("\t")
        head = piece if tab < 0 else piece[:tab]
        ends[k] = bool(_SENTENCE_END.search(head)) or (tab < 0 and ends[k + 1])
        body = piece.lstrip()
        if not body:
            goes_on[k] = goes_on[k + 1]  # spaces only: the text after them decides
            continue
        if not _FIRST_LETTER.match(body):
            continue
        tab = body.find("\t")
        goes_on[k] = bool(_SENTENCE_END.search(body if tab < 0 else body[:tab])) or (tab < 0 and ends[k + 1])
    return goes_on[:n]


def _breaks(text: str) -> str:
    """Each <br> of the text a line break, but one inside a sentence: an old page breaks a long
    sentence where its column ended (総務省の地域情報化<br>アドバイザー派遣制度を活用し、…。), and the
    break made 「地域情報化アドバイザー」 no phrase of the page and cut the snippet in two.  Between a
    heading and its text, list items or an address's lines a <br> stays a break.  Linear in the
    text: each piece is read a bounded number of times."""
    if _BR not in text:
        return text
    out = []
    for block in text.split("\n"):
        pieces = block.split(_BR)
        goes_on = _goes_on(pieces)
        parts = [pieces[0]]
        cell = pieces[0].rsplit("\t", 1)[-1][-_RUNS_ON_TAIL:]  # the end of the table cell's line the <br> is in
        for k in range(1, len(pieces)):
            piece = pieces[k]
            if (goes_on[k] and _RUNS_ON.match(cell)
                    and not (_HEADING_END.search(cell) and not _HIRAGANA_FIRST.match(piece.lstrip()))):
                while len(parts) > 1 and not parts[-1].strip():
                    parts.pop()
                parts[-1] = parts[-1].rstrip()
                piece = piece.lstrip()
                parts.append(piece)
                cell = (cell.rstrip() + piece) if "\t" not in piece else piece.rsplit("\t", 1)[-1]
            else:
                parts.append("\n" + piece)
                cell = piece.rsplit("\t", 1)[-1]
            cell = cell[-_RUNS_ON_TAIL:]
        out.append("".join(parts))
    return "\n".join(out)


def _title_from(raw_title: str, h1: str | None, site_names: set[str], site: str | None,
                heading: str | None) -> str | None:
    """The content's <h1>, else the <title>'s own part.  A <title> that is only the site's name
    (<title>○○市ホームページ</title>, <title>総務省</title>, the same on every page of a site) gives
    way to the content's first heading (`heading`: h2 or h3 where the page has no <h1> of its own),
    else None, so that the text's first heading-like lines title the page (derive_title); it stays
    only for a page without content (`heading` None)."""
    if h1 and not _names_the_site(h1, site_names, site) and (title := _as_first_lines(h1)):
        return title
    if not raw_title:
        return None
    parts = [p for p in _TITLE_SEPARATORS.split(raw_title) if p]
    kept = [p for p in parts if p not in site_names and not any(p in name for name in site_names)]
    if not kept:
        return None
    # The page's own part is the longest; section names (報道資料) and the site are short.
    title = max(kept, key=len) if len(kept) > 1 else kept[0]
    # A <title> of one part that is a body's name (<title>総務省</title>) is the site's name too.
    body = _publisher(title)
    if heading is not None and body is not None and (body == site or len(parts) == 1):
        return _as_first_lines(heading) if heading else None
    return title


def _as_first_lines(h1: str) -> str | None:
    """The <h1> read as a text's first lines are (indexer.document.derive_title), as Word's Title
    and PowerPoint's cover are: a sentence set as the heading is cut as a text's first sentence is
    (a CMS page whose <h1> holds a greeting's opening, 「2021年 年頭のご挨拶 明けましておめでとう
    ございます。国立研究開発法人…」, was titled with all of it), and an <h1> that is a date line or a
    skip link gives none (the <title> is read instead)."""
    from ..document import derive_title

    return derive_title(h1, None, Path("")) or None


def _words(text: str | None) -> int:
    """Letters and digits in a text: separators such as ｜ and ・ between menu links do not count."""
    # What is left when the rest goes, not a list of every letter: a 14 M-character page's list took 1 GB.
    return len(_NOT_WORD_RE.sub("", text or ""))


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())
