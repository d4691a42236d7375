"""Organization and document type, read where a person would look: the title
and the first lines (and a closing signature line)."""

from __future__ import annotations

import csv
import re

from . import DATA_DIR
from .lines import HEAD_LINES, is_breadcrumb

# Document types, most specific first; matched against title + first lines.
DOCTYPES: tuple[tuple[str, str], ...] = (
    ("白書", r"白書"),
    ("報道発表", r"報道資料|報道発表|記者発表|プレスリリース|記者会見"),
    ("事業報告", r"事業報告|活動報告|実施報告"),
    ("事業計画", r"事業計画|活動計画"),
    ("予算", r"予算(?:案|（案）|要求|概要)?"),
    ("活動方針", r"活動方針|基本方針|方針"),
    ("議事録・会議資料", r"議事録|議事概要|会議資料|資料\s*\d|^資料|取組状況について|連絡会|幹事会"),
    ("ガイドライン", r"ガイドライン|指針|手引き?|マニュアル"),
    ("法令・官報", r"官報|政令|省令|告示|法律第"),
    ("報告書", r"報告書|調査報告|とりまとめ|提言"),
    ("計画", r"計画|ロードマップ|戦略"),
)
_DOCTYPE_RE = [(name, re.compile(p, re.M)) for name, p in DOCTYPES]

def _national_bodies() -> dict[str, str]:
    """The state's bodies by every name data/national_bodies.tsv gives them (国税庁, 個人情報保護委員会, NISC,
    郵政省 …), each with the body it names: the law's list, not the few names pages happened to use."""
    text = (DATA_DIR / "national_bodies.tsv").read_text("utf-8")
    rows = csv.DictReader((l for l in text.splitlines() if not l.startswith("#")), delimiter="\t")
    return {r["name"]: r["body"] for r in rows}


#: name -> the body it names (NISC -> 内閣官房), read once with this module.
NATIONAL_BODIES = _national_bodies()
#: The ministries of ICT policy whose own decks and pages this collection is built from: a deck of theirs
#: signs in a sentence (「総務省としても」), as a bureau's does (_SELF_REFERENCE).  Any other body named so
#: in the text (「気象庁は、」 on a town's page relaying its notice) is named in passing, not the issuer.  Their
#: names end no local body's, and one may follow a minister's (岡田内閣府特命担当大臣記者会見).
ICT_MINISTRIES = ("総務省", "郵政省", "内閣府", "デジタル庁", "経済産業省")
#: Any other listed name standing alone: not the end of a longer local name (東京消防庁 is Tokyo's fire
#: service, 〇〇市個人情報保護委員会 and 情報公開・個人情報保護委員会 a city's), nor an English name inside a
#: longer word; longest names first (情報通信技術(IT)総合戦略室 holds IT総合戦略室).
#: A date just before the name is no part of it: the head's line is squashed of its spaces, and 「令和6年5月31日
#: 消費者庁」, 「令和5年4月1日現在 消防庁国民保護・防災部」 (a date line signed by the body) read 日消費者庁 (breaker38).
#: The legal form a state body's incorporated agency writes before its name (独立行政法人国民生活センター, 国立研究開発法人
#: 情報通信研究機構, 地方共同法人地方公共団体情報システム機構, 株式会社日本政策金融公庫): part of the name, which the look-behind
#: would otherwise refuse as run into other kanji.  Not 地方独立行政法人 (a prefecture's: its 地 is refused before it).
_LEGAL_FORM = r"(?:独立行政法人|国立研究開発法人|地方共同法人|特殊法人|認可法人|株式会社)?"
_NATIONAL_NAME = ("(?:" + "|".join(ICT_MINISTRIES) + r"|(?:(?<=[0-9０-９一二三四五六七八九十]日)|(?<=現在)|(?<=時点)"
                  r"|(?<![\u4e00-\u9fff々A-Za-z・]))" + _LEGAL_FORM + "(?:"
                  + "|".join(re.escape(n) for n in sorted(set(NATIONAL_BODIES) - set(ICT_MINISTRIES), key=len, reverse=True))
                  + r")(?![A-Za-z]))")
_BUREAUS_AND_ASSOCIATIONS = (
    r"総務省\S{0,4}?(?:北海道|東北|関東|信越|北陸|東海|近畿|中国|四国|九州)総合通信局"
    r"|(?:北海道|東北|関東|信越|北陸|東海|近畿|中国|四国|九州)総合通信局|沖縄総合通信事務所"
    r"|(?:北海道|東北|関東|信越|北陸|東海|近畿|中国|四国|九州|沖縄)ICT推進NPO連絡協議会"
    r"|(?:一般|公益)?(?:社団|財団)法人\S{2,20}?協会|インターネット協会"
)
_NATIONAL_NAME_RE = re.compile(_NATIONAL_NAME)
_KNOWN_ORGS = re.compile(_BUREAUS_AND_ASSOCIATIONS + "|" + _NATIONAL_NAME)
#: A state body's name opening a sentence or a phrase (文部科学省が提唱している, 厚生労働省をかたる電話,
#: 通信総合研究所は、これまでも): named in passing, not signing the page; not as the one acting
#: (よくある質問:デジタル庁による職権修正: its own page).
_NAME_IN_SENTENCE = re.compile(r"が|は|を|に(?!よ)|と|で|も|や|から|より|の")
#: A state body given as the value of a field that does not sign: the source of what the page quotes or
#: links to ((参考)文部科学省…マニュアルから抜粋, 出典:総務省「…」, 関連リンク 消費者庁: a town's or a prefecture's
#: page citing it) or where a meeting is held (会場:農林水産省本館7階講堂: derive reads that as a venue).
#: So is a body given as a speaker's affiliation or as one lending its name to another's event (講師:気象庁
#: 地震火山部…, 後援:消費者庁、栃木県, 協力, 協賛, 資料提供): the town, the NPO or the prefecture holding it is the issuer.
#: (主催 and 共催 do sign: 主催:消費者庁 is the agency's own forum.)
#: So is the credit of a picture (イラスト:地方公共団体情報システム機構ホームページより, 写真:国立印刷局提供): a town's page on
#: コンビニ交付 borrows J-LIS's drawing; the body drew it, the town wrote the page (bodies42).
_FIELD_BEFORE = re.compile(r"(?:参考|出典|出所|引用|関連リンク|外部リンク|会\s*場|場\s*所|於|講\s*師|後\s*援|協\s*力|協\s*賛|提\s*供"
                           r"|イラスト|画像|写真|図)"
                           r"\s*[)）】\]]?\s*[:：]?\s*$")
#: A thing of a state body's run into its name, which a page elsewhere points to: its building (消防庁舎: a
#: town's new fire station, 消防 + 庁舎) or what it announced (気象庁発表: a town relaying a warning).  Not any
#: word run into the name: a body titles its own work so (気象庁防災情報XMLフォーマット, 警察庁サイバー犯罪対策:
#: realdocs dev r3847, r2735), its site's links (厚生労働省ホームページ, r3646) and the awards it announces
#: (観光庁長官表彰の受賞者決定; a town's page on the award it received speaks as the town, see derive).
_THING_OF_THE_BODY = re.compile(r"舎|発表")
#: A state body's name as a link's label (日本年金機構(外部サイト), 地方公共団体情報システム機構ホームページ(外部リンク),
#: J-LIS(別ウィンドウで開きます)): a town's page listing where to read more, not the body signing (bodies42).
_LINK_AFTER = re.compile(r"(?:の)?(?:ホームページ|ウェブサイト|Webサイト|WEBサイト|サイト|HP)?\s*[(（【\[<＜]"
                         r"(?:外部リンク|外部サイト|外部ページ|別ウィンドウ|別ウインドウ|新しいウィンドウ|新しいウインドウ|新規ウィンドウ|新規ウインドウ|リンク)")
#: A state body's office in one area written right after the body (経済産業省関東経済産業局, 気象庁 宇都宮地方気象台,
#: 国土交通省近畿地方整備局, 警察庁中部管区警察局, 海上保安庁第三管区海上保安本部): the office is the issuer, and it is regional.
#: So is an incorporated body's office in one town written after its name (日本年金機構 千代田年金事務所, 日本郵便株式会社
#: 近畿支社, 日本政策金融公庫 松江支店, 日本銀行 高松支店, a post office): the office's page is about its town, as its
#: text says.  (Not after a particle: 日本郵便による郵便局の… is the company's own.)
_AREA_OFFICE = re.compile(
    r"\s?[^\s、。「」（）()・:：]{0,12}?(?:地方(?!自治|公共団体|創生)|管区|北海道|東北|関東|信越|北陸|東海|中部|近畿|中国|四国|九州|沖縄)"
    r"[^\s、。「」（）()・:：]{0,8}?(?:局|気象台|事務所|本部)"
    r"|\s?[^\s、。「」（）()・:：ぁ-ゖ]{1,12}?(?:郵便局|年金事務所|支社|支店|支局|支部)")


def known_body(name: str) -> bool:
    """Whether a name is wholly a body this module knows: a 総合通信局, an association of _BUREAUS_AND_ASSOCIATIONS,
    or a state body of data/national_bodies.tsv."""
    return bool(_KNOWN_ORGS.fullmatch(name))


def national_name(organization: str | None) -> str | None:
    """The state body's name an issuer's name opens with (個人情報保護委員会事務局 -> 個人情報保護委員会,
    NISC), or None: a name that only ends with one (東京消防庁) is not."""
    if organization and (m := _NATIONAL_NAME_RE.match(organization)):
        return m.group()
    return None


def area_office(organization: str | None) -> bool:
    """Whether an issuer is a state body's office of one area written after the body (国土交通省中部運輸局,
    海上保安庁第七管区海上保安本部): _AREA_OFFICE's reading, which knows 中部 and 管区 as derive's does not."""
    name = national_name(organization)
    return bool(name and _AREA_OFFICE.fullmatch(organization, len(name)))


#: A body named on a line of its own (〇〇市デジタル推進課, 〇〇協議会事務局, 宇都宮地方気象台: the weather agency's
#: office in a prefecture signs its pages so, and derive reads it as regional).  Not the value of a
#: field after its key (2.場所:…大会議室, 資料:総務省: the name starts after the colon) nor the key
#: itself (担当課: / 事務局 over the value's line), a room (会議室, 研修室, 記者会見室, 庁議室, 商談室),
#: a bullet (■), a list's number (2.観光部), a breadcrumb's step (トップ>組織でさがす>総務課: the name
#: starts after the >), a date stamp run into the name (…2014年6月17日更新デジタル推進課) or the
#: ministries in general (所轄省庁, 関係省庁); nor a station (親局, 屋外拡声子局, 基地局, 放送局:
#: what a page on 防災行政無線 or broadcasting is about) or a part of an area (川井の一部, 高知県中西部).
#: (A circled number too: 「⑤業務担当課」 was an item's number glued to a field word, read as an organization, review43.)
_ORG_BOUND = r"\s、。「」（）()*＊・:：■□●○◆◇•>＞|｜\[\]［］【】<＜〈〉※〇/／\-－.．\u2460-\u2473"
_GENERIC_ORG = re.compile(
    rf"(?<![^{_ORG_BOUND}])[^{_ORG_BOUND}]{{2,24}}?"
    r"(?:委員会|協議会|連絡会|推進会議|協会|事務局|研究会|懇談会|機構|本部|気象台"
    r"|(?<!放送)(?<!基地)(?<!無線)(?<!中継)(?<!親)(?<!子)局|(?<![省府])省|(?<!省)庁|課|(?<![一全東西南北中内外幹])部"
    r"|(?<!会議)(?<!研修)(?<!教)(?<!和)(?<!控)(?<!待合)(?<!談話)(?<!応接)(?<!記者)(?<!会見)(?<!庁議)(?<!委員会)(?<!商談)(?<!特別)室)"
    r"(?![\w])(?![ \t]*[:：])"
)
#: A field's key or a word for whoever is in charge, not a name (担当課, ご意見の担当課, 部課名…,
#: 各種委員会 of a site's menu, 事務局 alone in a list of those present), and a floor (本館3階対策室).
#: A notice's field label before the name of who holds or backs its event (主催 中国総合通信局、島根県警察): since breaker41
#: a flyer's 「主催 …」 opens a line of its own, which squashed read 「主催中国総合通信局」 as one name (sceptic43: f10).
#: The host's label is taken off, as is a contact block's (問い合わせ先 南丹市 市民課); a supporter's line (後援, 協力, 協賛, 共催) names no issuer.
#: So is the key of a page's footer field naming the section that wrote it, which a saved page gives without a colon
#: (情報発信元 地域活動推進課, a city's CMS; •記録作成 秘書課(報道係), a governor's press conference record): squashed,
#: 「情報発信元地域活動推進課」 was read as one name (org46: 5 and 3 realdocs dev pages, the value is the section).
_HOST_FIELD = re.compile(r"^[•・■□●○◆◇\-－]?\s*(?:主催|主管|発行|編集・?発行|お?問い?合わ?せ先?|連絡先|情報発信元|記録作成)\s*[:：]?")
_SUPPORT_FIELD = re.compile(r"^(?:後援|協力|協賛|共催)")
#: A row of a site's links opening with one back up (インデックスへ 調査研究会, トップへ …): the next link is a menu's
#: section (a ministry's 研究会 pages, org46: 4 realdocs dev pages read 「インデックスへ調査研究会」), not who signs.
_NAV_ROW = re.compile(r"^(?:インデックス|トップ|目次|ホーム|一覧|前|次)(?:ページ)?へ")
_NOT_A_NAME = re.compile(r"^(?:担当|所管|主管|ご意見の|部課名|各種)|^事務局$|\d階|^[^課]{1,6}担当課$")
_DATED = re.compile(r"\d{4}年|\d{1,2}月\d{1,2}日|年\d{1,2}月")
#: A number before the word a name would end with counts things (令和5年度に123局 the stations a bureau dealt with,
#: 24課, 3部): a body's name never ends with a figure and its counter (review46: a bureau's deck on illegal radio
#: stations was signed by its sentence 「管内で措置した不法無線局は令和5年度に123局」).
_COUNTED = re.compile(r"[0-9０-９][局課部室省庁]$")
#: A body followed by another in a list (関係府省、経済団体、首都圏自治体…; 防災安全課、または各住民サービス室に…), on a line that
#: is a sentence (its 。, or a particle and a verb after the list): the bodies a sentence says take part, not the one
#: signing the page (review46: a テレワーク・デイ deck's bullet 「関係府省、経済団体…を巻き込んで実施。」 was its issuer).
#: A list with no verb (a contact line 「山梨市役所市民課、税務課」, a field 「構成員:…」) is not refused here.
_LISTED_AFTER = re.compile(r"\s*(?:、|，|,|・|及び|および|並びに|又は|または|や(?![^\s、。]*[:：]))")
_PREDICATE = re.compile(r"[をにでがは][^。]*?(?:する|した|します|しました|できます|です|ます|ください|実施|提出|参画|参加)")


#: A document's type is said in its title or its first few lines, not anywhere in the head.
TYPE_HEAD_LINES = 6


#: A cell that is a body's name (みどり市, 総務省, 情報流通行政局): what a letterhead's next cell goes on.
_BODY_CELL = re.compile(r"^[^\s、。]{1,15}(?:都|道|府|県|市|区|町|村|省|庁|局)$")


def _head(text: str, lines: int = HEAD_LINES) -> list[str]:
    return [s for s, _ in _head_rows(text, lines)]


def _head_rows(text: str, lines: int = HEAD_LINES) -> list[tuple[str, bool]]:
    """The first lines, each with whether it is a table's row of two cells or more (the formats
    join a row's cells with tabs): a name in such a row is a value of the table (who is in charge
    of an item), not the issuer, who signs on a line of its own."""
    out = []
    for line in text.splitlines():
        s = re.sub(r"[\s*＊#]+", " ", line).strip()
        if s:
            cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
            # A letterhead laid out in cells (みどり市 | 企画部情報政策課) is one name, not a table's values.
            out.append((s, len(cells) > 1 and not all(_BODY_CELL.search(cell) for cell in cells[:-1])))
            if len(out) >= lines:
                break
    return out


def _squash(s: str) -> str:
    # PDF extraction spaces words apart: 関東 ICT推進 NPO 連絡協議会.
    return re.sub(r"(?<=\S) (?=\S)", "", s)


def _in_passing(line: str, m: re.Match) -> bool:
    """Whether a state body's name on a head line is named in passing (a sentence's subject or object, a
    source, a venue) rather than signing the page; the ICT ministries speak of themselves so (総務省では、これまで…)."""
    return bool(national_name(m.group()) and m.group() not in ICT_MINISTRIES and (
        _NAME_IN_SENTENCE.match(line, m.end()) or _FIELD_BEFORE.search(line, 0, m.start())
        or ((short := _SHORT_NAME_AFTER.match(line, m.end())) and _PARTNER_AFTER_SHORT.match(line, short.end()))
        or _THING_OF_THE_BODY.match(line, m.end()) or _LINK_AFTER.match(line, m.end())))


#: A body's short name in brackets after its full one (地方公共団体情報システム機構(J-LIS)と連携し):
#: the particle after it is the one after the name (sceptic43: a town's 出張申請 page doing its work 「…(J-LIS)と連携し」 was
#: signed by J-LIS once bodies42 listed it).
_SHORT_NAME_AFTER = re.compile(r"\s*[(（][A-Za-z0-9Ａ-Ｚａ-ｚ\-－・\u30a0-\u30ff]{2,12}[)）]")


#: …read so only before a particle making it another's partner or object (と連携し, を通じて, に委託): 「情報通信研究機構(NICT)
#: の研究報告」, 「…(NICT)は、」, 「(NICT)では」 and 「(NICT)が開発した」 open the body's own report (realdocs dev r1024: NICT kept).
_PARTNER_AFTER_SHORT = re.compile(r"と|を|に(?!よ)|や|から|より")


#: A word that ends a body's or a place's name: before a 「・」 it makes the 「・」 a list's (総務省・経済産業省, 企画振興部・総務部).
_ENDS_A_BODY = re.compile(r"(?:委員会|協議会|連絡会|会議|協会|事務局|研究会|懇談会|機構|本部|局|省|庁|課|部|室|所|会|都|道|府|県|市|区|町|村)$")
_SEGMENT_BEFORE = re.compile(rf"[^{_ORG_BOUND}]+$")


def _whole_name(line: str, m: re.Match) -> str:
    """The generic match with the words its name holds before a 「・」 (雇用環境・均等局在宅労働課, 科学技術・イノベーション推進事務局,
    内閣官房まち・ひと・しごと創生本部事務局, 国立国会図書館利用者サービス部科学技術・経済課): the 「・」 joins two words of one name, and
    only the last was read (org46: 4 realdocs dev pages).  Not when the words before end a body's or a place's name: then
    the 「・」 lists bodies (総務省・経済産業省)."""
    start = m.start()
    while start > 1 and line[start - 1] == "・" and (seg := _SEGMENT_BEFORE.search(line, 0, start - 1)) \
            and not _ENDS_A_BODY.search(seg.group()) and m.end() - seg.start() <= 40:
        start = seg.start()
    return _ORDINAL_BEFORE.sub("", line[start:m.end()])


#: A meeting's number or year written before its body's name (第2回長崎市情報化推進計画策定委員会, 令和2年企画総務委員会,
#: 第1回田沢湖・角館・西木合併協議会): the session's, no part of the name (org46: 4 realdocs dev pages).
_ORDINAL_BEFORE = re.compile(r"^(?:第[0-9０-９一二三四五六七八九十]+回|(?:令和|平成|昭和)(?:[0-9０-９]+|元)年度?)(?=.{2})")


def organization(text: str, title: str, *, white_paper: bool = False) -> tuple[str | None, str]:
    """(issuing organization, where it was seen)."""
    rows = _head_rows(text)
    head = [_SCHEME_FIELD.sub("", _squash(l)) for l, _ in rows]
    for i, line in enumerate([_squash(title or ""), *head[:4]]):
        if is_breadcrumb(line):
            # 総務省トップ > 組織案内 > 地方支分部局 > 東北総合通信局 > 報道資料: the page
            # belongs to the most specific organization of its breadcrumb trail.
            # A state body's step of a town's trail (ホーム > 税金 > 国税庁からのお知らせ) is named in passing.
            found = [m.group() for m in _KNOWN_ORGS.finditer(line) if not _in_passing(line, m)]
            if found:
                # i 0 is the title (a trail pasted as a Word document's title): `show` said 「line 0」.
                return found[-1], ("the title" if i == 0 else f"line {i}") + ", a breadcrumb trail"
            continue
        if m := next((m for m in _KNOWN_ORGS.finditer(line) if not _CITED.match(line, m.end())
                      or not _CITED_OPEN.search(line, 0, m.start())), None):
            if i and "。" in line and m.start() > 2:
                continue  # a sentence that mentions 総務省 in passing does not name the issuer
            if joint := _JOINT_BUREAU.fullmatch(m.group()):
                # 「総務省及び四国総合通信局では、…体制を整備しています」: the ministry and its bureau as one subject
                # open the bureau's own page (read as the ministry named in passing, before its 「では」); the
                # bureau is the more specific, as in _SELF_REFERENCE.
                return joint.group(1), ("title" if i == 0 else f"line {i}")
            if _in_passing(line, m):
                continue
            if i and _FUNDER_AFTER.match(line, m.end()):
                continue  # 「内閣府の補助金を活用し、…町の」: who paid for a town's work, not who wrote
            if national_name(m.group()) and (office := _AREA_OFFICE.match(line, m.end())):
                return m.group() + office.group(), ("title" if i == 0 else f"line {i}")
            if (i and line == m.group() == national_name(line) and i < len(head)
                    and _AREA_OFFICE.fullmatch(head[i]) and not national_name(head[i])):
                # The body's name over its office's (国土交通省 / 中部運輸局, 海上保安庁 / 第七管区海上保安本部):
                # a letterhead of two lines, the office's.
                return m.group() + head[i], f"lines {i}-{i + 1}"
            return m.group(), ("title" if i == 0 else f"line {i}")
    if white_paper:
        return "総務省", "白書"
    for i, line in enumerate(head):
        if len(line) > 40 or rows[i][1]:
            continue
        if _SUPPORT_FIELD.match(line):
            continue  # 「後援 …」, 「協力 …」: who lends its name to the event, not who holds it
        if _NAV_ROW.match(line):
            continue  # 「インデックスへ 調査研究会」: a site's links back up (to the index, to a section's menu)
        line = _HOST_FIELD.sub("", line)
        for m in _GENERIC_ORG.finditer(line):
            if national_name(m.group()) and (not _NATIONAL_NAME_RE.match(line, m.start()) or _in_passing(line, m)):
                continue  # part of a local body's name (情報公開・個人情報保護委員会) or cited: refused above
            if _COUNTED.search(m.group()):
                continue  # 「…不法無線局は令和5年度に123局」: a count of stations, not a bureau
            if _LISTED_AFTER.match(line, m.end()) and ("。" in line or _PREDICATE.search(line, m.end())):
                continue  # 「関係府省、経済団体、…を巻き込んで実施。」: one of the bodies a sentence lists
            if not _DATED.search(m.group()) and not _NOT_A_NAME.search(m.group()) and not (
                    _CITED.match(line, m.end()) and _CITED_OPEN.search(line, 0, m.start())):
                return _whole_name(line, m), f"line {i + 1}"
    # A slide deck names its issuer in a sentence instead: 「東北総合通信局では、…」;
    # a bureau's newsletter signs with its head (信越総合通信局長).  A bureau of the
    # ministry is more specific than 「総務省としても」 in the same text.
    found = list(_SELF_REFERENCE.finditer(text[:3000]))
    found.sort(key=lambda m: "総合通信" not in m.group(1))
    if found:
        return found[0].group(1), f"text: 「{found[0].group(0)}」"
    return None, ""


#: A body in brackets right after other words (マイナンバーカードでベンリなくらし(総務省), 国(総務省)が薦める):
#: the source of a link or of what is said, as a town's page lists the ministry's pages it points to,
#: not the page's issuer.  On the realdocs dev pages of 2026-12-04: 1 fixed (r2949), none broken.
_CITED_OPEN = re.compile(r"\S[(（]$")
_CITED = re.compile(r"[)）]")
#: A support scheme's field naming the state body in charge of it (所管省庁 内閣府, 所轄省庁:総務省, 所管府省 経済産業省
#: 中小企業庁), with its value to the line's end: the ministry running the scheme, never the one signing the page
#: nor a part of its name.  Written on the issuer's line (「〇〇県デジタル推進課 所管省庁 内閣府」) it was read as the
#: issuer; alone on a line, only the ICT ministries were (所管省庁 文部科学省 squashed to 所管省庁文部科学省 was not).
#: derive reads the field itself as the state's voice (_NATIONAL_VOICE).
_SCHEME_FIELD = re.compile(r"所(?:管|轄)(?:省庁|府省|官庁)(?:[:：]|(?=[\u4e00-\u9fff]))[^\s、。]*$")
#: A body named as the one paying (内閣府の補助金を活用し, 総務省の交付金により, 国土交通省の委託を受け, 農林水産省事業「…」のうち):
#: a town's or a company's page opens so on the work it did with the money.  Not in the title.
_FUNDER_AFTER = re.compile(r"の?(?:補助|交付金|助成|委託|支援)|(?:の|が実施する)?(?:モデル)?事業")
#: The ministry and its bureau written as one subject (総務省及び四国総合通信局, 総務省と東北総合通信局): a match of
#: _BUREAUS_AND_ASSOCIATIONS.  Realdocs dev 2026-12-05: half A r4568 fixed (a 四国 bureau's page on the radios it
#: lends), none broken; half B unchanged.
_JOINT_BUREAU = re.compile(r"総務省(?:及び|および|と|・|、)((?:北海道|東北|関東|信越|北陸|東海|近畿|中国|四国|九州)総合通信局)")
_SELF_REFERENCE = re.compile(f"({_BUREAUS_AND_ASSOCIATIONS}|{'|'.join(ICT_MINISTRIES)})(?:では|は、|として|長)")


def doctype(text: str, title: str, *, white_paper: bool = False) -> tuple[str | None, str]:
    """(document type, the words that said so)."""
    if white_paper:
        return "白書", "白書"
    head = [_squash(title or "")] + [_squash(l) for l in _head(text, TYPE_HEAD_LINES)]
    for name, rx in _DOCTYPE_RE:
        # The bare word 計画 is too common in body lines (「(計画年度)令和元年度~」) to type a document
        # unless the title says it.
        lines = head[:1] if name == "計画" else head
        for line in lines:
            if len(line) <= 60 and rx.search(line):
                return name, line[:40]
    return None, ""
