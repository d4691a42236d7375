"""The place a Japanese public body's web address says it is in.

Many municipal and prefectural pages never write their own place (本市, 県内): only the address
says where the issuer is.  The conventions read here:

- a prefecture's sites: ``pref.<romaji>.(lg.)jp`` under any subdomain (www, www100, police …),
  Tokyo's ``metro.tokyo.(lg.)jp``;
- a municipality's: ``(city|town|vill|village).<name>.<prefecture>.(lg.)jp`` gives the prefecture;
  ``(city|town|vill).<name>.lg.jp`` and ``city.<name>.jp`` (city.sendai.jp, city.yokohama.lg.jp)
  give it when the name, read as romaji, is one municipality's of that kind, or several of one
  prefecture (the readings of data/municipalities.tsv, built from Japan Post's data);
- a municipality whose name another prefecture's shares writes its prefecture first, as the
  LGWAN domain rules have it: ``town.hokkaido-mori.lg.jp`` (森町 of 北海道, not of 静岡県),
  ``city.tokyo-nakano.lg.jp``;
- a 総合通信局's pages, ``soumu.go.jp/soutsu/<block>/``: the bureau's block;
- a town's, a village's, an education board's or an assembly's own domain (``urugi.jp``, ``akkeshi-town.jp``,
  ``vill-tenryu.jp``, ``asukamura.jp``, ``tsukuba.ed.jp``, ``soka-shigikai.jp``, ``iwatekengikai.gijiroku.com``):
  its kind's word or a bare reading of a town or a village (not a city's: as often a company's), one prefecture's;
- an archived or cached copy (``web.archive.org/web/<time>/<address>``, a search engine's
  ``cache:<address>``): the address it copies.

Any other address (a ministry's go.jp, a company) gives no place; ``national_address`` tells the
state's own sites (go.jp, but a regional office's) from the rest, for a page whose text names no
place.  The romaji of the prefectures and of the bureaus' folders are data (data/addresses.tsv).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from .regions import REGIONS, _tsv, ambiguous_town_acts, gazetteer


@dataclass(frozen=True)
class AddressPlace:
    """Where an address says its issuer is."""

    #: The prefecture, or None for a bureau whose block holds several.
    prefecture: str | None
    #: The 総合通信局 block (東北 …).
    region: str
    #: The municipality when the address names one that is known (姫路市), else None.
    municipality: str | None
    #: The part of the address it was read from (www.city.himeji.lg.jp, www.soumu.go.jp/soutsu/tohoku).
    part: str
    #: Read from a bare reading as the domain's name (urugi.jp): as well a family's or a shop's name
    #: (yamada.jp, yoshida.jp read as 山田町, 吉田町), so a page must speak as a local body for it to count.
    bare: bool = False


#: An address's word for a municipality's kind, and the kinds of municipalities.tsv it may be:
#: Tokyo's wards use city. (www.city.shinjuku.lg.jp).
_KIND_WORDS = {"city": ("市", "特別区"), "town": ("町",), "vill": ("村",), "village": ("村",)}
#: What may follow a body's name: the Japanese domain, through lg.jp (地方公共団体) or not.
_TAILS = (("lg", "jp"), ("jp",))
_SOUTSU = re.compile(r"^/soutsu/([a-z]+)(?:/|$)")

#: Loose romaji: how one reading is spelt in addresses (Hepburn or 訓令式, long vowels written or
#: not, hyphens), reduced to one form.  Order matters: the two-letter Hepburn spellings first.
_LOOSE = (
    ("-", ""), ("'", ""), ("cch", "tch"), ("tch", "tt"), ("sh", "sy"), ("ch", "ty"), ("ts", "t"), ("jy", "zy"),
    ("j", "zy"), ("fu", "hu"), ("dz", "z"), ("du", "zu"), ("di", "zi"), ("syi", "si"), ("tyi", "ti"), ("zyi", "zi"),
    ("mb", "nb"), ("mp", "np"), ("mm", "nm"),
)
#: Long vowels: ou and oo are o, uu is u, and oh is o before a consonant (ohshima; not ohara's h).
_LONG = re.compile(r"o[ou]|uu|oh(?![aiueoy])")


def loose(romaji: str) -> str:
    """himeji, himezi -> himezi; ooshima, oshima, ohshima, oushima -> osima; chuuou, chuo -> tyuo."""
    s = romaji.lower()
    for a, b in _LOOSE:
        s = s.replace(a, b)
    while (t := _LONG.sub(lambda m: m.group()[0], s)) != s:
        s = t
    return s


@lru_cache(maxsize=1)
def _romaji() -> tuple[dict[str, str], dict[str, str]]:
    """(loose romaji -> prefecture, folder -> 総合通信局 block), from data/addresses.tsv."""
    g = gazetteer()
    prefectures, bureaus = {}, {}
    for r in _tsv("addresses.tsv"):
        if r["kind"] == "都道府県":
            if r["name"] not in g.block_of:
                raise ValueError(f"addresses.tsv: unknown prefecture {r['name']!r}")
            prefectures[loose(r["romaji"])] = r["name"]
        elif r["kind"] == "総合通信局":
            if r["name"] not in REGIONS:
                raise ValueError(f"addresses.tsv: unknown block {r['name']!r}")
            bureaus[r["romaji"]] = r["name"]
        else:
            raise ValueError(f"addresses.tsv: unknown kind {r['kind']!r} for {r['name']}")
    return prefectures, bureaus


@lru_cache(maxsize=1)
def _readings() -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
    """(loose reading, kind) -> ((municipality, prefecture) …), from data/municipalities.tsv."""
    found: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for r in _tsv("municipalities.tsv"):
        for pref, reading in zip(r["prefectures"].split("|"), (r.get("reading") or "").split("|")):
            if reading:
                found[loose(reading), r["kind"]].append((r["name"], pref))
    return {k: tuple(v) for k, v in found.items()}


def _municipalities(name: str, word: str) -> tuple[tuple[str, str], ...]:
    key = loose(name)
    return tuple(m for kind in _KIND_WORDS[word] for m in _readings().get((key, kind), ()))


#: An archive's or a cache's copy names the address it copies: the Wayback Machine's
#: /web/<timestamp>[id_]/<address> (a page saved from it has its canonical link rewritten so) and
#: a search engine's cache:…:<address>.  Placed by the address copied, as the page is that body's.
_WAYBACK = re.compile(r"^/web/[0-9*]+(?:[a-z]{2}_)?/+(.+)$", re.DOTALL)
_CACHED = re.compile(r"^cache:(?:[A-Za-z0-9_-]+:)?(\S+?)(?:[+ ].*)?$", re.DOTALL)


def _copied_address(host: str, parts) -> str | None:
    """The address an archived or cached copy's address copies, or None."""
    if host in ("web.archive.org", "wayback.archive.org") and (m := _WAYBACK.match(parts.path)):
        inner = m[1] + (f"?{parts.query}" if parts.query else "")
        # Some tools squeeze the copied address's // to one (http:/www.city…).
        return re.sub(r"^(https?:)/*", r"\1//", inner, flags=re.IGNORECASE)
    if host == "webcache.googleusercontent.com":
        from urllib.parse import parse_qs

        q = parse_qs(parts.query).get("q", [""])[0]
        if m := _CACHED.match(q):
            return m[1]
    return None


def web_address(value: str) -> str | None:
    """value stripped if it is an absolute http(s) address with a host and no space, else None:
    what a saved page's canonical link and a sidecar's url must be (a relative canonical, a
    javascript: link or a path says nothing of the site)."""
    url = value.strip()
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # an unclosed [ in the host
        return None
    if parts.scheme.lower() not in ("http", "https") or not host or any(c.isspace() for c in url):
        return None
    return url


#: What splits an address's host and path into words (www.kansai.meti.go.jp, /cyber/policy/volunteer/nagasaki.html).
_WORDS = re.compile(r"[^a-z]+")
#: Names of areas the state's regional offices write in their addresses besides the bureaus'
#: folders and the prefectures (近畿経済産業局 www.kansai.meti.go.jp, 中部 chubu).
_AREA_WORDS = ("kansai", "chubu", "chushikoku")
#: Hosts of the state's regional offices named by a code, not a place: 国土交通省's 地方整備局
#: (www.ktr.mlit.go.jp is 関東's, www.pa.cgr.mlit.go.jp 中国's …), 北海道開発局 and 沖縄総合事務局.  Their areas
#: are not the 総合通信局 blocks (関東地方整備局 reaches 長野), so they say only "not the whole country".
_REGIONAL_HOST_CODES = frozenset({"hkd", "thr", "ktr", "hrr", "cbr", "kkr", "cgr", "skr", "qsr", "ogb"})
#: A municipality's reading is read as its place in a state's address only from this many letters:
#: shorter ones are words of any path (tsu, oda, ise).
READING_MIN = 4


def _parts(url: str | None):
    """(host, the address's split parts) or None for no readable address."""
    if not url:
        return None
    try:
        parts = urlsplit(url if "//" in url else "//" + url)
        return (parts.hostname or "").rstrip("."), parts
    except ValueError:  # a malformed address (an unclosed [ in the host) names no place
        return None


def national_address(url: str | None) -> str | None:
    """The host of an address of the state (a ministry's, an agency's, a state institute's: the
    government's go.jp domain), or None: for another address, a 総合通信局's pages, and a state's
    regional office whose host or path names a block, a prefecture or a municipality
    (www.kansai.meti.go.jp, lfb.mof.go.jp/chugoku/, …/volunteer/nagasaki.html, jma-net.go.jp/sendai/).
    A page there that names no place is the country's: on the realdocs dev pages of 2026-12-03, the
    27 go.jp pages outside soutsu/ whose text gives no region are 25 labelled 全国, and the two others
    (a 財務局's /chugoku/, a police page's /nagasaki.html) are refused by their words."""
    found = _parts(url)
    if found is None:
        return None
    host, parts = found
    if (copied := _copied_address(host, parts)) is not None:
        return national_address(copied)
    if not host.endswith(".go.jp") or place_of_address(url) is not None or _REGIONAL_HOST_CODES & set(host.split(".")):
        return None
    areas, readings = _place_words()
    if any(loose(w) in areas for w in _WORDS.split((host + parts.path).lower()) if w):
        return None
    # A municipality only as a host's word or the first folder (an observatory's jma-net.go.jp/kofu/):
    # deeper, a reading is as often a word or a name (kiho, seika, a minister's hatoyama).
    first = parts.path.lower().lstrip("/").split("/")[0]
    if any(loose(w) in readings for w in _WORDS.split(f"{host} {first}") if w):
        return None
    return host


@lru_cache(maxsize=1)
def _place_words() -> tuple[frozenset[str], frozenset[str]]:
    """(loose romaji of the blocks, bureaus' folders, other areas and prefectures; loose readings of
    the municipalities of READING_MIN letters or more): the words of a regional office's address."""
    prefectures, bureaus = _romaji()
    areas = frozenset({loose(w) for w in (*bureaus, *_AREA_WORDS)} | set(prefectures))
    return areas, frozenset(r for r, _ in _readings() if len(r) >= READING_MIN)


def place_of_address(url: str | None) -> AddressPlace | None:
    """The place a public body's address names, or None (another address, or a name that is
    no municipality's, or several prefectures')."""
    found = _parts(url)
    if found is None:
        return None
    host, parts = found
    if (copied := _copied_address(host, parts)) is not None:
        return place_of_address(copied)
    labels = host.split(".")
    prefectures, bureaus = _romaji()
    block_of = gazetteer().block_of

    def place(pref: str, municipality: str | None = None) -> AddressPlace:
        return AddressPlace(pref, block_of[pref], municipality, host)

    # The ministry's own hosts (www., www.tele., a bare soumu.go.jp), not any name ending in soumu.
    if (host == "soumu.go.jp" or host.endswith(".soumu.go.jp")) and (m := _SOUTSU.match(parts.path.lower())) and m[1] in bureaus:
        block = bureaus[m[1]]
        # 北海道 and 沖縄 are each one prefecture's block: the bureau's place is that prefecture.
        one = [p for p, b in block_of.items() if b == block]
        return AddressPlace(one[0] if len(one) == 1 else None, block, None, f"{host}/soutsu/{m[1]}/")
    for i, label in enumerate(labels[:-2]):
        rest = tuple(labels[i + 2:])
        name = labels[i + 1]
        if label == "pref" and rest in _TAILS and loose(name) in prefectures:
            return place(prefectures[loose(name)])
        if label == "metro" and name == "tokyo" and rest in _TAILS:
            return place("東京都")
        if label not in _KIND_WORDS:
            continue
        if rest[1:] in _TAILS and loose(rest[0]) in prefectures:
            pref = prefectures[loose(rest[0])]
            # The prefecture is written; the municipality only when its reading is one there.
            here = [m for m, p in _municipalities(name, label) if p == pref]
            return place(pref, here[0] if len(here) == 1 else None)
        first, _, own = name.partition("-")
        if rest in _TAILS and own and loose(first) in prefectures:
            pref = prefectures[loose(first)]
            here = [m for m, p in _municipalities(own, label) if p == pref]
            return place(pref, here[0] if len(here) == 1 else None)
        if rest in _TAILS:
            found = _municipalities(name, label)
            prefs = {p for _, p in found}
            if len(prefs) == 1:
                return place(prefs.pop(), found[0][0] if len(found) == 1 else None)
            return None  # no municipality reads so, or several prefectures' do
    if found := _own_domain(labels):
        pref, municipality, bare = found
        return AddressPlace(pref, block_of[pref], municipality, host, bare)
    return None


#: A municipality's word for its kind written in its own domain's name (akkeshi-town.jp, town-takachiho.jp,
#: vill-tenryu.jp, teshiotown.hokkaido.jp, asukamura.jp, kawauchimura.jp), and the kinds it may be.
_OWN_KINDS = (("village", ("村",)), ("vill", ("村",)), ("town", ("町",)), ("city", ("市", "特別区")),
              ("mura", ("村",)), ("machi", ("町",)), ("cho", ("町",)))
#: An assembly's own domain or its minutes' host (soka-shigikai.jp, iwatekengikai.gijiroku.com,
#: pref-tochigi.gijiroku.com): the body's name, then its kind's word (市議会 shigikai, 県議会 kengikai …).
_ASSEMBLY = re.compile(r"^(?:pref-)?([a-z]+?)-?(?:(ken|fu|to|do)|(shi|city)|(cho|machi|town)|(son|mura|vill))?gikai$")
_MINUTES_HOSTS = ("gijiroku.com",)
#: A bare reading as a domain's name (urugi.jp, kumakogen.jp, memuro.net) is taken for a town's or a village's only,
#: of this many letters or more: a city's name is as often a company's (a company named after its city), and a
#: short reading is a word of any name.
OWN_READING_MIN = 5
_OWN_TLDS = ("jp", "net", "com", "org")
_ALL_KINDS = ("市", "特別区", "町", "村")


def _readings_of(name: str, kinds, pref: str | None = None) -> tuple[tuple[str, str], ...]:
    key = loose(name)
    found = tuple(m for kind in kinds for m in _readings().get((key, kind), ()))
    return tuple(m for m in found if pref is None or m[1] == pref)


def _settled(found, bare: bool = False) -> tuple[str, str | None, bool] | None:
    """(prefecture, municipality or None, bare) when the readings found are one prefecture's."""
    prefs = {p for _, p in found}
    if len(prefs) != 1:
        return None
    return prefs.pop(), found[0][0] if len(found) == 1 else None, bare


def _own_domain(labels: list[str]) -> tuple[str, str | None, bool] | None:
    """(prefecture, municipality or None, read from a bare reading) of a town's, a village's or an assembly's own domain outside the
    LGWAN-style names read above: many small towns and villages run their site under a name of their own
    (urugi.jp for 売木村, akkeshi-town.jp, asukamura.jp, vill-tenryu.jp), an education board under ed.jp
    (tsukuba.ed.jp), an assembly its minutes at a hosting service (iwatekengikai.gijiroku.com).  Realdocs dev
    half B with the address (places44): 7 pages of 6 towns and villages whose text names no place were left
    unplaced for want of it."""
    prefectures, _ = _romaji()
    if len(labels) < 2:
        return None
    pref: str | None = None
    any_kind = False
    if labels[-2:] == ["gijiroku", "com"] and len(labels) >= 3:
        name = labels[-3]
    elif labels[-1] == "jp" and len(labels) >= 3 and labels[-2] == "ed":
        name, any_kind = labels[-3], True  # an education board's: no company's name
    elif labels[-1] == "jp" and len(labels) >= 3 and loose(labels[-2]) in prefectures:
        name, pref = labels[-3], prefectures[loose(labels[-2])]  # teshiotown.hokkaido.jp
    elif labels[-1] in _OWN_TLDS:
        name = labels[-2]
    else:
        return None
    if (m := _ASSEMBLY.match(name)) and m[1]:
        body = m[1]
        if m[2] or name.startswith("pref-"):
            return (prefectures[loose(body)], None, False) if loose(body) in prefectures else None
        kinds = ("市", "特別区") if m[3] else ("町",) if m[4] else ("村",) if m[5] else _ALL_KINDS
        return _settled(_readings_of(body, kinds, pref))
    if name.startswith("pref-") and loose(name[5:]) in prefectures:
        return prefectures[loose(name[5:])], None, False
    parts = name.split("-")
    if len(parts) == 2:
        a, b = parts
        for word, kinds in _OWN_KINDS:
            if word in ("village", "vill", "town", "city"):
                if a == word:
                    return _settled(_readings_of(b, kinds, pref))
                if b == word:
                    return _settled(_readings_of(a, kinds, pref))
        # A town written with its prefecture (reihoku-kumamoto.jp): that prefecture's town.
        for own, other in ((a, b), (b, a)):
            if loose(other) in prefectures and len(own) >= 3:
                return _settled(_readings_of(own, _ALL_KINDS, prefectures[loose(other)]))
        return None
    if len(parts) != 1:
        return None
    for word, kinds in _OWN_KINDS:
        if name.endswith(word) and len(name) - len(word) >= 3 and (found := _readings_of(name[:-len(word)], kinds, pref)):
            return _settled(found)
    if len(name) >= OWN_READING_MIN:
        return _settled(_readings_of(name, _ALL_KINDS if any_kind or pref else ("町", "村"), pref), bare=not (any_kind or pref))
    return None


#: A local body's host written in a page's text, from its kind's word (the issuer's mail or web address in its
#: contact line: jouhou@pref.tottori.lg.jp, E-mail:korei@city.kitanagoya.lg.jp, www.pref.ibaraki.jp,
#: @police.pref.fukushima.jp).  Found by the kind's word, not after it: the word starts a host's label (after @, //,
#: a dot or anything not of a host), and the host is read from there to its end, at most TEXT_HOST_CHARS characters,
#: so that no match scans a long token (a line of 10,000 letters is read 64 characters per word found).
_TEXT_HOST = re.compile(r"(?<![A-Za-z0-9_-])(?:pref|city|town|vill|village|metro)\.[a-z0-9-]", re.IGNORECASE)
TEXT_HOST_CHARS = 64
_HOST_CHARS = re.compile(rf"[A-Za-z0-9.-]{{1,{TEXT_HOST_CHARS}}}")
#: The most kind's words read in a text, and the most addresses that place kept: a page signs with one or two (a
#: contact line, a footer); a table of every town's desk is refused at its second prefecture.
TEXT_HOST_TRIES = 400
TEXT_HOSTS_READ = 100
#: The words of a contact line or of the line above it (問い合わせ先, 連絡先, E-mail:, 電子メール, メールアドレス, 担当, 所属,
#: 電話番号, TEL): the issuer's own contact, where an address among other words (関連URL, a list of links) may be anyone's.
_CONTACT_WORDS = re.compile(r"問い?合わ?せ|連絡先|e-?mail|メール|担当|所属|電話|(?<![a-z])tel\b|mail|アドレス",
                            re.IGNORECASE)
#: A link's label before the address on its line (関連ページ, 関連URL, リンク, 参考): a page it points to, anyone's.
#: So is a source's credit (出典:www.pref.aichi.jp/toukei/, データ提供, 引用, (参照)https://…): whose figures or page
#: the issuer draws on, not the issuer (a national survey crediting one prefecture's data; sceptic73).  提供 only as a
#: credit's label (データ提供, 提供元, 提供:): 「サイバー犯罪の情報提供 メール:…」 is a police desk's own contact.
#: And a pointer to a page (外部サイト, こちら, ご覧ください, 詳しくは, →): a national page's last line 「外部サイト /
#: www.pref.nagano.lg.jp/joho/」 points to a prefecture's page, it does not sign the ministry's (sceptic73).
_LINK_WORDS = re.compile(r"関連|リンク|参考|参照|出典|出所|引用|データ提供|資料提供|提供元|提供[:：]|url|link"
                         r"|外部|こちら|ご覧|詳しくは|詳細は|[→⇒▶►≫]", re.IGNORECASE)
#: An address given as an example or as one of every prefecture's desks (「提出先:各都道府県の担当窓口(例:
#: joho@pref.aichi.lg.jp)」): a ministry's programme run through the prefectures names one prefecture's desk as a
#: model, and the page is the country's, not that prefecture's (sceptic73).  例 only as an example's mark (例:, (例,
#: 記入例, 事例): 法規・条例担当 or 定例 is a desk's own name.
_EXAMPLE_WORDS = re.compile(r"[(（]例|(?<![\u4e00-\u9fff])例[:：)）\s]|記入例|記載例|例えば|事例|都道府県|e\.g\.",
                            re.IGNORECASE)
#: A line quoting someone else's words under a label (質問:…, ご意見:…, 相談内容:…, Q:…: a FAQ, a public comment's
#: summary, a consultation's record): an address in it is the one the asker wrote to, not the issuer's signature
#: (「ご意見:市役所に問い合わせ(メール shimin@city.kasugai.lg.jp)をしたが回答がない。」 on 総務省's 行政相談 page;
#: sceptic73).  Only when words stand between the label and the address: 「ご意見:kouhou@…」 is a contact line.
_QUOTED_VOICE = re.compile(r"\s*[【(（]?(?:ご?質問|ご?意見(?:の(?:概要|要旨))?|ご?相談(?:内容)?|Q\d*|問\d*)[】)）]?\s*[:：．.]"
                           r"\s*[^\sA-Za-z0-9@]")
#: A speaker's label before the address on its line (講師, 登壇者, 発表者, パネリスト): a seminar's programme gives the
#: speaker's affiliation and contact, and a speaker's town is a passing place (the README's convention), not the
#: organiser's (sceptic73: 「講師 情報政策課 山田太郎(連絡先 yamada@city.kasugai.lg.jp)」 on a seminar's page).
_SPEAKER_WORDS = re.compile(r"講師|講演者|登壇者|発表者|報告者|パネリスト|パネラー|コーディネーター|ファシリテーター|モデレーター")
#: A mail's header field (From:, 差出人:, 宛先:) before an address: a mail quoted (a spoofed sender, a reply's
#: recipient), not the issuer's contact (sceptic73).
_MAIL_HEADER = re.compile(r"(?<![A-Za-z])(?:from|to|cc|reply-to)\s*[:：]|(?:差出人|送信者|送信元|宛先|宛て先)(?:\s*[:：]|\s)",
                          re.IGNORECASE)
#: A line of nothing but an address (a URL, a host, a mail address), and how many such lines above an address are
#: passed to find the label of the list they make.
_BARE_ADDRESS = re.compile(r"(?:https?://)?[\w.+-]*[A-Za-z0-9-]+\.[A-Za-z]{2,}[^\s]*", re.ASCII)
LIST_LINES_UP = 5
#: An address is under a contact word of the line above only when little else precedes it on its own line.
ADDRESS_LINE_LEAD = 12
#: How far before an address on its line, and how much of the line above, a contact word is looked for.
CONTACT_REACH = 80
#: The page's last lines are its footer (北名古屋市's page ends with 電話, ファクス and E-mail lines).
FOOTER_LINES = 3
#: …and at most its last FOOTER_CHARS characters.
FOOTER_CHARS = 300


@dataclass(frozen=True)
class TextAddress:
    """A local body's address written in a page's text as its contact, and where it was read from."""

    place: AddressPlace
    #: The line it was read on (trimmed): `show` quotes it.
    line: str


#: A clause of prose: a comma or a stop, and a particle's kana (は、を、に、で…).
_CLAUSE_BREAK = re.compile(r"[、。，]")
_KANA = re.compile(r"[ぁ-ゖ]")


def _contact_before(before: str) -> bool:
    """A contact word before an address on its line, and no clause of prose between them: 「電話番号:0857-26-7849
    E-mail:…」, 「(電話0568-85-6035、joho@…)」 and 「県のアドレス(@pref.toyama.lg.jp)」 are, 「迷惑メールの相談件数は、ある市の
    公表(www.city.kasugai.lg.jp/…)によれば」 and 「電話で自治体職員を名乗り、www.city.kasugai.lg.jp に似せた…」 are not: the word
    is the sentence's topic, the address another body's (sceptic73).  A contact line is nominal (labels, names,
    numbers); a comma followed by words with kana is a sentence going on to something else."""
    last = None
    for last in _CONTACT_WORDS.finditer(before):
        pass
    if last is None:
        return False
    gap = before[last.end():]
    return not (_CLAUSE_BREAK.search(gap) and _KANA.search(gap))


def _someone_elses(lead: str) -> bool:
    """Whether the words before an address in its sentence (after its line's last 。) make it someone else's: a mail's
    header, a speaker's label, a link's, a credit's or a pointer's, an example's mark.  Only in its own sentence:
    「詳しくはホームページをご覧ください。問い合わせ:情報政策課 E-mail:…」 is the issuer's contact."""
    return bool(_MAIL_HEADER.search(lead) or _SPEAKER_WORDS.search(lead) or _LINK_WORDS.search(lead)
                or _EXAMPLE_WORDS.search(lead))


def text_hosts(text: str):
    """(start, host, place) of each local body's host written in text that names a place (see _TEXT_HOST); at most
    TEXT_HOST_TRIES words of a kind are read (a long token of pref.pref.pref… is not read word by word to its end)."""
    for m in itertools.islice(_TEXT_HOST.finditer(text), TEXT_HOST_TRIES):
        h = _HOST_CHARS.match(text, m.start())
        host = h.group().rstrip(".-").lower()
        if (p := place_of_address(host)) is not None and not p.bare and p.prefecture:
            yield m.start(), host, p


def contact_address(text: str) -> TextAddress | None:
    """The issuer's own place as its mail or web address in the page's text says it (labels47's convention
    "A body's mail or web address in the text": a contact line or footer names the issuer as a letterhead does).
    An address counts on a contact line (a contact word on its line before it, or on the line above) or on the
    page's last FOOTER_LINES lines.  None when no address is on such a line, or when the text's local bodies'
    addresses (wherever written) name more than one prefecture: a list of links or a table of several bodies'
    contacts (a ministry's page of every prefecture's desk) is not one issuer's signature.  A company's or a
    consultant's domain (a name without pref., city., town. or vill.) is no local body's and is not read."""
    found = []
    for hit in itertools.islice(text_hosts(text), TEXT_HOSTS_READ):
        if found and hit[2].prefecture != found[0][2].prefecture:
            return None  # two prefectures' bodies: a list
        found.append(hit)
    if not found:
        return None
    end = tail = len(text.rstrip())
    for _ in range(FOOTER_LINES):
        tail = text.rfind("\n", 0, max(tail, 0))
    tail = max(tail, end - FOOTER_CHARS)  # a text of one long line (a PDF's without breaks) has no footer of lines
    for start, host, p in found:
        line_start = text.rfind("\n", max(0, start - CONTACT_REACH), start) + 1
        before = text[max(line_start, start - CONTACT_REACH):start]
        above = ""
        if _someone_elses(before[before.rfind("。") + 1:]) or _QUOTED_VOICE.match(text, line_start, start):
            continue
        if line_start > 0 and start - line_start <= ADDRESS_LINE_LEAD:
            # The line above (skipping one blank line): メールアドレス / hi-tech@pref.ibaraki.lg.jp.
            prev_end = line_start - 1
            while prev_end > 0 and text[prev_end - 1] == "\n" and line_start - prev_end < 3:
                prev_end -= 1
            for _ in range(LIST_LINES_UP):
                above = text[max(0, prev_end - CONTACT_REACH):prev_end]
                above = above[above.rfind("\n") + 1:]
                if prev_end <= 0 or not _BARE_ADDRESS.fullmatch(above.strip()):
                    break
                # A line of an address alone above it: a list of addresses, whose label is above the list
                # (関連サイト / www.soumu.go.jp/… / www.pref.nagano.lg.jp/…: a list of links; sceptic73).
                prev_end -= len(above) + 1
            if _LINK_WORDS.search(above) or _EXAMPLE_WORDS.search(above):
                continue  # データ提供 統計課 / www.pref.aichi.jp/toukei/: a credit's label on the line above
            if "。" in above:
                # A label's line (メールアドレス, 【問い合わせ先】), not a sentence: 「…を求めるメールが確認されています。」
                # above 「差出人:kikaku@city.sapporo.lg.jp」 tells of a mail, it does not head the issuer's contact (sceptic73).
                above = ""
        end = text.find("\n", start, start + 200)
        line = text[line_start:end if end >= 0 else start + 80]
        # On the page's last lines, a footer's line (茨城県警察本部 www.pref.ibaraki.jp), not a sentence ending in 。
        # (「詳しくは https://www.pref.yamagata.jp/dx/ をご覧ください。」 points to a page, as a link does).
        footer = start > tail and "。" not in line
        if _contact_before(before) or _CONTACT_WORDS.search(above) or footer:
            town = ambiguous_town_acts(text)
            if town and p.municipality != town:
                # The page's town is one of a name several prefectures share (美里町では, 池田町の…): an address other
                # than that town's own (the prefecture's desk, 「県の担当 … chiiki@pref.miyagi.lg.jp」) does not say
                # which it is (places37, breaker37).
                return None
            return TextAddress(p, line.strip()[:120])
    return None
