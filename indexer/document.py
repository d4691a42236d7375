"""A document as the index sees it: id, joined page text, page starts and title."""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from pathlib import Path

from .lazy import LazyPattern
from .normalize import nfkc
from .metadata.lines import BREADCRUMB_STEP, STAMP_LABEL, is_breadcrumb, is_skip_link

PAGE_SEPARATOR = "\n\n"

# Markdown and bullet decoration around a heading line: 「**2023年度」, 「# 見出し」, 「* 下線は…」,
# 「=== 議事録 ===」, 「◆議事録◆」; a line of rules alone (「=====」, a setext heading's underline)
# is left empty, a break like a blank line.  A single ~ is not one: NFKC makes it of the ～ that
# sets off a subtitle (「地域DXセミナー～デジタルで変わる暮らし～」), and a rule of ~ is a run.
_DECORATION = LazyPattern(r"^(?:[\s#*>\-=_・●■◆◇□○◎]|~~+)+|(?:[\s*=_●■◆◇□○◎]|~~+)+$")
# A meeting or its record named after its day (「令和4年1月13日 市長定例記者会見」, 「2010年12月17日
# 第16回保健医療情報標準化会議議事録」): the page's title however short, not a date line with a
# weekday or an issuer after it (the rooms 会議室 and 記者会見室 are where an event is held).  Nor
# a heading that opens with the day its subject starts (「令和6年1月1日以降の手続について」).
_MEETING_OR_RECORD = r"(?:会見(?!室)|議事録|会議録|議事要旨|議事概要|会議(?!室)|委員会|審議会|検討会|研究会|懇談会|協議会|分科会|部会)"
_HEADING_AFTER_DATE = r"(?:について|のお知らせ|のご案内|以降|以後|を開催|を実施|を公表|します|しました)"
#: A form's number over its title (様式第1号, (様式1), 様式第三号の2) and an attachment's label (別添2,
#: 別記): what a 申請書 or 調査票 sets above its name, in Word and Excel alike.
_FORM_LABEL = r"(?:別記\s*|別添\s*\d*\s*)?様式\s*(?:第\s*)?[\d一二三四五六七八九十]+\s*号?(?:\s*の\s*\d+)?|別添\s*\d*|別記\s*\d*"
_ONLY_DATE_OR_NUMBER = LazyPattern(
    r"^(?:[-‐－—\s]*\d+[-‐－—\s]*"
    rf"|(?:令和|平成|昭和|\d{{4}})[\d元\s]*年[\d\s]*月[\d\s]*日(?!.*{_MEETING_OR_RECORD})(?!.*{_HEADING_AFTER_DATE}).{{0,20}}"
    r"|資料\s*\d+(?:[-‐－]\d+)?"
    rf"|[(（【\[]?(?:{_FORM_LABEL})[)）】\]]?)$"
)
MAX_TITLE_CHARS = 80
# A web page's stamp line: its update or publication date and its id in the site's CMS
# (「更新日:2021年6月10日」, 「ページID:46178更新日:2023年1月20日」, 「公開日2014年08月25日」,
# 「最終更新日 2023年11月01日 記事番号」).  Never the title, and the end of a title above it
# (「長野県DX推進計画について / 更新日:2024年4月1日 / ページ番号:0123456」).
_STAMP_LABEL = rf"(?:(?:最終)?(?:報道)?{STAMP_LABEL}|ページ\s*(?:ID|番号)|PAGE-?ID|記事\s*(?:ID|番号))"
_STAMP_DATE = r"(?:(?:令和|平成|昭和)[\d元]*|\d{4})(?:[(（]\d{4}[)）])?\s*年\s*\d+\s*月\s*\d+\s*日(?:\s*[(（][月火水木金土日][)）])?"
# Its print link may close or open it (「記事ID:0067607更新日:2024年12月2日更新印刷画面表示<外部リンク>」,
# 「印刷用ページを表示する掲載日:2022年2月24日更新」).
_STAMP_LINE = LazyPattern(
    rf"(?:印刷用ページを表示する)?(?:\s*{_STAMP_LABEL}\s*[:：]?\s*(?:{_STAMP_DATE}|\d*))+\s*(?:更新)?\s*(?:印刷(?:用)?(?:画面|ページ)?表示)?\s*(?:<外部リンク>)?\s*",
    re.I,
)
# A Markdown heading (ATX: 「# 見出し」, 「## 見出し」; normalization may take the space after the
# marks away): a line of its own, never one line of a title set on several.
_MARKDOWN_HEADING = LazyPattern(r"^\s*#{1,6}(?!#)")
# YAML front matter opening a Markdown note (Jekyll, Hugo, Obsidian): key: value lines between
# 「---」 lines.  Its title: is the document's title; its other lines are never one.
# Hugo writes it in TOML as well: key = value lines between 「+++」 lines.
_FRONT_MATTER = LazyPattern(
    r"\A(?:---[ \t]*\n([\w-]+[ \t]*:.*?)\n(?:---|\.\.\.)|\+\+\+[ \t]*\n([\w-]+[ \t]*=.*?)\n\+\+\+)[ \t]*(?:\n|\Z)", re.S
)
# A YAML block scalar (「title: >-」 or 「title: |」, a long title folded on the indented lines
# below) is taken from those lines.
_FRONT_MATTER_TITLE = LazyPattern(r"^title[ \t]*[:=][ \t]*(?:[>|][+-]?[ \t]*\n((?:[ \t]+.*(?:\n|\Z))+)|(.*?)[ \t]*$)", re.M)

# What a letterhead is made of: dates, labels such as 報道資料, and the issuing body.  A first
# paragraph made only of these (「報道資料 / 令和6年3月29日 / 北陸総合通信局」) is not the title.
# The label may be an image's alternative text (「報道資料タイトル画像」) or sit in brackets
# (「【報道資料】」); the date may say it is the release's (「平成21年2月19日発表」).
_LETTERHEAD_LABEL = (
    r"(?:報道発表資料|報道資料|報道発表|記者発表資料?|プレスリリース|プレス発表|報道機関向け資料|会見発言記事)"
    r"(?:タイトル画像)?"
)
_HEADER_DATE = (
    r"(?:(?:令和|平成|昭和)\s*[\d元]+|\d{4})\s*年\s*\d+\s*月\s*\d+\s*日(?:\s*[（(][月火水木金土日][)）])?(?:発表|掲載)?"
    r"|[RH]\d{1,2}\.\d{1,2}\.\d{1,2}|\d{4}[./]\d{1,2}[./]\d{1,2}"
    # an English page's date (September 5, 2024; Oct. 2, 2023; 2024-11-05: breaker40's bilingual bureau pages)
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}|\d{4}-\d{1,2}-\d{1,2}"
)
_HEADER_PARTS = LazyPattern(
    rf"{_HEADER_DATE}|{_LETTERHEAD_LABEL}|お知らせ|別紙\s*\d*|参考資料\s*\d*|資料\s*\d+(?:[-‐－]\d+)?|{_FORM_LABEL}"
    # A state body's English name over or beside its Japanese one (Kinki Bureau of Telecommunications, Ministry of
    # Internal Affairs and Communications) and the English label (Press Release): breaker40's bilingual pages.
    r"|(?:[A-Z][A-Za-z.&-]*\s+){0,3}Bureau\s+of\s+Telecommunications|Ministry\s+of(?:\s+(?:[A-Z][A-Za-z,]*|and|of|the))+"
    r"|Press\s+Release"
    # a prefecture as the issuer beside its date (「和歌山県　令和６年９月２日」: breaker40's c98)
    r"|(?:北海道|東京都|京都府|大阪府|[\u4e00-\u9fff]{2,3}県)(?=\s*(?:令和|平成|昭和|\d{4}\s*年))"
    # (a town's section under its division first, whole: 総務課防災係, 企画課情報政策係: breaker40's c51)
    r"|[^\s、。]{0,24}?課[^\s、。]{1,8}?係"
    r"|[^\s、。]{0,24}?(?:総合通信局|総合通信事務所|事務所|省|庁|局|課|部|室|センター)"
)
# A row of a table by 年度 flattened to text: the 年度 (or the column's name 年度) and one short value
# (「Ｒ４年度　１２か所」, 「令和5年度 20件」, 「年度　設置数」).
_YEAR_ROW = LazyPattern(r"(?:(?:[RHＲＨ]|令和|平成)\s*[\d元]{1,2}|\d{4})?\s*年度\s+[^\s。、]{1,10}")
# A PDF page's number in words (「ページ 1 / 3」, 「1 / 3 ページ」, 「P.2」): the page turns, no line of a title.
_PAGE_MARKER = LazyPattern(r"\s*(?:ページ\s*\d{1,4}(?:\s*[/／]\s*\d{1,4})?|\d{1,4}\s*[/／]\s*\d{1,4}\s*ページ|[pP]\.\s?\d{1,4})\s*")
# What makes a run of such lines a letterhead rather than a name: its label or its date.  The
# issuer's English name may stand beside the label (「Tohoku Bureau of Telecommunications【報道資料】」).
_LETTERHEAD_MARK = LazyPattern(rf"{_HEADER_DATE}|{_LETTERHEAD_LABEL}")
_LETTERHEAD_LINE = LazyPattern(rf"(?:[A-Za-z][A-Za-z .,&-]*)?[【\[<＜〈]?{_LETTERHEAD_LABEL}[】\]>＞〉]?")
# A letterhead label glued to the title on its line (「プレス発表ゴールデンウィークにおける注意喚起」,
# 「【報道資料】 福島県浪江町、…」): the label goes, the title stays.
_LEADING_LABEL = LazyPattern(rf"^[【\[]?{_LETTERHEAD_LABEL}[】\]]?\s*(?=\S{{6}})")
# A section's number or a handout's label opening a heading (「(2)個人情報・利用者情報等の適正な取扱い」,
# 「3.第6回緊急消防援助隊全国合同訓練」, 「11 サイバー犯罪」, 「第3節 公衆電気通信サービスの現状」,
# 「資料2 高等学校における…主な論点」, a magazine's 「特集3スマート農業技術の活用と今後の展望」): where the
# section stands in its book, not its title (the bench/realdocs titles drop it).  Not a count or a year (「第6回…」, 「5G…」, 「2023年度…」, 「1.5GHz帯…」).
_SECTION_NUMBER = LazyPattern(
    r"^(?:第[\d一二三四五六七八九十ⅠⅡⅢⅣⅤⅥ]+[編部章節]\s*|[(（]\d{1,2}[)）]\s*|\d{1,2}[.．](?!\d)\s*|\d{1,2}\s+"
    r"|資料\s*\d+(?:[-‐－]\d+)*\s*|特集\s*\d{1,2}(?!\d)\s*)(?=\S{4})"
)
# A form's subject cell before its value (a 議事録 in a Word or Excel form: 「件名<TAB>令和5年度…議事録」).
_SUBJECT_CELL = LazyPattern(r"^(?:件名|表題|題名|標題|会議名|名称|タイトル)\s*[:：]?\t+(?=\S)")
# A site's or a newsletter's name over a letterhead (「【関東総通】e−コムフォKANTO」 over its date
# and issuer) or a category tag alone (「【2019情報通信月間行事】」): never the title.
_MASTHEAD = LazyPattern(r"【[^】]{1,20}】\s*(.{0,16})")
# A council or board as a release's issuer, under its letterhead's label and date (「電波監理審議会」,
# 「南海地方非常通信協議会」): a name, not a meeting (no number: 「第83回…審議会」 is a heading).
_COUNCIL = LazyPattern(r"[^\s\d、。「」()（）]{2,20}(?:審議会|委員会|協議会|推進本部)")
# A site's menu words run into its header line (「豊かさとゆとりに満ちたICT社会にむけて総務省沖縄総合通信事務所
# Okinawa Office…サイトマップ文字を大きくするには文字の大きさ:【】【】【】」): no title holds them.
_SITE_HEADER = LazyPattern(r"\S(?:サイトマップ|文字を大きくする|文字の大きさ(?:変更)?[:：])|サイトマップ\S")
# A lone municipality (or its hall: 「南海町役場」), prefecture, ministry or agency name as the first line (「川越市」, 「熊本県」,
# 「経済産業省」, 「鹿児島県十島村」): the site's name, not the page's title.
_LONE_NAME = LazyPattern(r"[^\s、。「」のをがで]{1,12}?(?:都|道|府|県|市|区|町|村|省|庁|総合通信局|総合通信事務所)(?:役場|役所)?")
# What a site sets over every page's heading, in a paragraph of its own: its name (「長野県山ノ内町公式
# ウェブサイト」, 「厚生労働省ホームページ」, 「○○市Webサイト」), a greeting naming its section (「知事室へ
# ようこそ」, 「ようこそ町長室へ」, a column's 「町長室へようこそNo.98」), and a section of its menu
# (「トピックス」, 「<お知らせ>」, 「新着情報」, 「会議資料・開催案内等」).  Passed over only when a real
# heading follows (_heading_below): alone, 「お知らせ」 or 「…市ホームページ」 may be all a page is called.
_SITE_FURNITURE = LazyPattern(
    r"[^\s。、]{0,30}?(?:公式)?(?:ウェブサイト|ウエブサイト|ホームページ|Webサイト|WEBサイト|webサイト|Web\s?Site)"
    r"|[^\s。、]{1,20}へようこそ[!！]?(?:\s*No\.?\s*\d{1,4})?|ようこそ[^\s。、]{1,20}へ[!！]?"
    r"|[<＜〈‹【\[［(（]?(?:トピックス|お知らせ|新着情報|最新情報|会議資料・開催案内等)(?:一覧)?[>＞〉›】\]］)）]?"
)
# A White Paper's name over its pages (「平成8年版通信白書」, 「令和6年版 消防白書」, 「国土交通白書 2023」),
# and the part and chapter lines over a section (「第2部 基本データと政策動向」): the book's trail.
# The book's name may carry where the page is in it (「令和元年版 犯罪白書 第4編/第5章/第1節」).
_BOOK_NAME = LazyPattern(
    r"(?:(?:令和|平成|昭和)[\d元]+年版|\d{4}年版)?\s*[^\s]{1,12}白書(?:\s*\d{4})?(?:\s*[(（][^)）]{1,8}[)）])?"
    r"(?:\s*第[\d一二三四五六七八九十]+[編部章節](?:\s*/\s*第[\d一二三四五六七八九十]+[編部章節])*)?"
)
_PART_OR_CHAPTER = LazyPattern(r"第[\d一二三四五六七八九十ⅠⅡⅢⅣⅤⅥ]+[部章](?:\s|$)")
_OUTLINE_HEAD = LazyPattern(r"第[\d一二三四五六七八九十ⅠⅡⅢⅣⅤⅥ]+[編部章節](?:\s|$)")
_OUTLINE = LazyPattern(
    r"第[\d一二三四五六七八九十ⅠⅡⅢⅣⅤⅥ]+[部章節](?:\s|$)|[■◆]?\d{1,2}(?:[.．]|\s)|[(（]\d{1,2}[)）]"
)
# A line that starts the body, never a title's second line: a numbered item (「1 日時」, 「(1)」,
# 「第1条」), a table row, a date line (「平成20年12月15日規則第36号」, in brackets as a rule book
# sets it under the rule's name: 「(平成23年1月28日条例第1号)」; not a press conference's bracketed
# date, which the date rules read from the title: 「…記者会見要旨 / (2022年6月21日(火) 13:55~)」), a bullet, a form's field (a label
# over its value: 「質問者:」, or an assembly's question card: 「質疑・質問者:南海太郎議員」), a request
# in brackets (「(この事業に対するご質問・ご意見はこちらにお寄せください)」), an item lettered in katakana or
# circled, as 白書 and plans number the level under (1) (「ア　データは新たな付加価値をつなぐ」 under
# 「(3)いざ、IoT時代へ」, 「(ア)総通信回数」, 「①」): 「いざ、IoT時代へア データは…をつなぐIoT時代において…」
# and 「電気通信の利用状況 ア 通信回数・通信時間 (ア)総通信回数…」 were White Paper sections' titles.
_BODY_START = LazyPattern(
    r"(?:\d{1,2}(?:[.．、]|\s)|[(（][\d一二三四五六七八九十]{1,2}[)）]|第[\d一二三四五六七八九十]+(?:条|\s)"
    r"|[ア-ン][\u3000 ](?=\S)|[(（][ア-ン][)）]|[①-⑳]"
    rf"|[○◯●■◆◇•※]|(?:開催)?日時|{_HEADER_DATE}|[(（](?:{_HEADER_DATE})[^)）\s]{{0,8}}?第[\d一二三四五六七八九十百〇―-]+号"
    r"|(?:質疑・)?質問(?:者|日)[:：]|会派名[:：]|[^\s:：]{1,12}[:：]$|[(（][^()（）]*ください[)）]$)|.*\|"
)
# A cover's date line, the year and month a deck or report is dated (「令和5年2月」, 「2023年2月」), with
# its issuer beside it or not (「令和5年2月 東北総合通信局」): the end of a title set above it, never one
# of its lines.  A day date already starts the body (_BODY_START); a cover often gives only the month.
_COVER_DATE = LazyPattern(r"(?:(?:令和|平成|昭和)\s*[\d元]+|\d{4})\s*年\s*\d{1,2}\s*月(?:\s*[(（]\d{4}[)）])?")
# A trail written without separators opens with the site's home (「トップページ生活情報消防・防災・防犯
# 防災行政無線のデジタル化について(お知らせ)」, 「HOME記事デジタル…」, 「新潟県ホームの中の…」).
# 「首相官邸首相官邸トップページ」, 「トップ会議等一覧IT戦略本部」 too; not 「ホームページの…」, 「トップランナー制度」.
_HOME_OPENED = LazyPattern(
    r"^(?:[^\s]{1,10}?(?:トップページ|(?:ホーム|トップ|HOME|TOP|Home)(?![ァ-ヴーa-z]))"
    r"|(?:トップページ|(?:ホーム|トップ|HOME|TOP|Home)(?![ァ-ヴーa-z]))(?=\s*\S))"
)
# A numbered trail, one step a line: 「1. ホーム」, 「2. 会見・談話」 … 「5. 萩生田経済産業大臣の…」.
_NUMBERED_STEP = LazyPattern(r"(\d{1,2})[.．]\s*(.+?)\s*[>＞]?")
_HOME_STEP = LazyPattern(r"(?:トップページ|トップ|ホーム|HOME|TOP)", re.I)
# A trail opened by its label, whatever joins its steps (「現在の位置:予算編成過程の公開の令和8年度予算の
# 商工労働部の…推進事業」: the page's name ends it), and the label alone over a trail set as a list, one
# step a line (「現在位置の階層 / - ホーム / - 各課のご案内 / - 消費生活センター情報(令和4年度)」).
_LABELLED_TRAIL = LazyPattern(r"(?:現在(?:の)?位置|現在地|現在のページ)\s*[:：]\s*(?=\S{6})")
_TRAIL_LABEL_LINE = LazyPattern(r"\s*(?:現在(?:の)?位置(?:の階層)?|現在地|現在のページ|あしあと|パンくずリスト)\s*[:：]?\s*")
_LIST_STEP = LazyPattern(r"\s*[-•・]\s*(\S.{0,60}?)\s*")
_BULLETS = ("•", "・", "●", "■")
# A trail's separator on a line of its own, and a step opened by it (a trail set one step a line).
_TRAIL_SEPARATOR_LINE = LazyPattern(r"\s*[>＞›»]\s*")
_TRAIL_OPENED_STEP = LazyPattern(r"\s*[>＞›»]\s*\S")
# A site's mark where the page's own content starts (its skip links point there).
_BODY_MARK = LazyPattern(r"ここから本文(?:です)?。?|本文ここから(?:です)?。?|ここからこのページの(?:情報|本文)です。?")
_BODY_MARK_LOOKAHEAD = 60
# An image's caption or credit, set where the image stood (「写真:会議の様子」, 「イラスト:…ホームページより」,
# 「出典:…」): what a picture shows, never the page's title.
_CAPTION = LazyPattern(r"(?:写真|イラスト|画像|図|挿絵|出典|提供)\s*[:：]\s*[^。]{1,60}")
# A link back to a section's index or list, alone or with the section's name glued after it.
_BACK_LINK = LazyPattern(r"(?:インデックス|目次|[^\s。、]{0,10}一覧)へ(?:戻る)?(?:$|(?=[^\s。、]{1,12}$))")
#: Non-empty lines looked at for a trail and the heading it names.
_TRAIL_LOOKAHEAD = 8


# A line that is only a person's name or several (「新山祐介」, 「関根 聡」, 「○山田太郎、鈴木花子」), an
# author's or speaker's line under a cover's title: the title ends above it.  Sudachi tags each
# part 人名 (a surname and a given name, or a whole name); a line holding any other word is not one.
_NAME_CANDIDATE = LazyPattern(r"[○◯◎●]?[\u3005\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff\s、,，・]{2,40}")
_NAME_SEPARATORS = LazyPattern(r"[\s、,，・]+")
# A role set before the names or on the line above them (「理事長 / 宮原秀夫」, 「総務大臣 松本剛明」,
# 「東北総合通信局長」), and an affiliation in brackets after a name (「新山祐介(NYU)」).
_ROLE = LazyPattern(
    r"[^\s、。「」]{0,20}?(?:長|大臣|知事|理事|委員|代表|教授|講師|研究員|主任|主査|参事|官|会長|社長|議員|座長|顧問)"
)
_AFFILIATION = LazyPattern(r"\s*[(（][^()（）]{1,30}[)）]")
_MAX_NAMES = 6
# A line without a letter, kana or kanji: a registry or page stamp (「20200512-148」, 「14/16」, 「- 3 -」).
_WORDLESS = LazyPattern(r"[\d\W_]+")
# A sentence, the body's and not a title: it ends with 。 or 、, or opens with its subject
# (「北海道総合通信局は、4月18日(火曜日)、…」, 「青森県では、…」).
_SENTENCE_OPENING = LazyPattern(r"[^、。「」『』()（）\s]{1,30}?(?:は|では|が)、")
# A clause that ends with a date (「…平成24年6月4日、」, 「平成21(2009)年8月より、」) is not where a
# title is cut: the date would end the title, where the date rules read a title's own date.
_DATE_BEFORE_CUT = LazyPattern(
    r"\d[\d)）(（]*\s*[年月日](?:\s*[(（][^)）]{1,4}[)）])?(?:より|から|まで|までに|に|には|以降|頃)?$"
)
_KANA_OR_KANJI = LazyPattern(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々]")
_CLOSERS = "」』)）】〕]"
_OPENERS = "「『(（【〔["


def doc_id_for(path: Path) -> str:
    """A stable id from the absolute path as found (not resolved through links).

    Indexing the same file again replaces it; discovery lists each file once.
    """
    import hashlib  # here, not at the top: a search imports this module for page_of, and hashlib (OpenSSL) was 5 ms of it

    return hashlib.sha1(os.path.abspath(path).encode("utf-8", "surrogateescape")).hexdigest()[:16]


def metadata_text(text: str, trail: str | None, site: str | None = None) -> str:
    """The text the metadata is derived from: a web page's site name and breadcrumb trail, which
    the indexed text leaves out as furniture, on its first lines (where a page saved as text has
    its header and trail), then the text.  Without the trail lines the realdocs pages lose 2 to 3
    points of fiscal year and year (dev 0.948 -> 0.921, held out 0.909 -> 0.889, 2026-12-02):
    their steps carry dates, archive years and issuers.  The site name says who publishes the
    page (高知県, 下関市): a town's page that names no place of its own (本市では) is its town's."""
    return "\n".join(part for part in (site, trail, text) if part)


def join_pages(pages: list[str]) -> tuple[str, list[int]]:
    """Join page texts with a paragraph break; return the text and each page's start offset."""
    starts: list[int] = []
    parts: list[str] = []
    offset = 0
    for i, page in enumerate(pages):
        if i:
            parts.append(PAGE_SEPARATOR)
            offset += len(PAGE_SEPARATOR)
        starts.append(offset)
        parts.append(page)
        offset += len(page)
    return "".join(parts), starts


def page_of(page_starts: list[int] | None, offset: int) -> int | None:
    """1-based page holding a character offset, or None for a file without pages."""
    if not page_starts:
        return None
    return bisect_right(page_starts, offset)


# What a page laid out in a table leaves of its images and cells when saved as text: empty images
# (「![]()」) and links (a line 「- []」 under a heading), and the cells' bars (「|」, 「![]() ![]() |」, a lone 「/」).  A line of nothing else is
# blank; a bar closing a cell is not part of its heading (「新潟県の7地区で携帯電話の利用が可能に |」).
_EMPTY_IMAGE = LazyPattern(r"!\[\]\([^)\s]*\)|^\s*[-*•]?\s*\[\]\s*$")
_CELL_BARS = LazyPattern(r"^[\s|｜/]+|[\s|｜]+$")


# A page's print link and stamp run on to its heading on one line (「…試験の実施について印刷用ページを表示する
# 掲載日2025年5月22日」): never part of the title.
# So may the stamp itself, the print link after it (「…会議録第1号記事ID:0001442更新日:2021年1月15日更新
# 印刷ページ表示」, 「…を開催しました 印刷ページ表示」).
_GLUED_STAMP = LazyPattern(
    rf"(?<=\S{{5}})(?:\s*印刷用ページを表示する(?:\s*{_STAMP_LABEL}\s*[:：]?\s*(?:{_STAMP_DATE})?\s*(?:更新)?)?"
    rf"|(?:\s*{_STAMP_LABEL}\s*[:：]\s*(?:{_STAMP_DATE}|\d+)\s*(?:更新)?)+\s*(?:印刷(?:用)?(?:画面|ページ)?表示)?"
    r"|\s+印刷(?:用)?(?:画面|ページ)表示)\s*(?:<外部リンク>)?\s*$"
)
# A page's stamp in brackets on a line of its own (「(令和3年9月24日更新)」).
_BRACKETED_STAMP = LazyPattern(rf"[(（]\s*{_STAMP_DATE}\s*(?:更新|掲載|現在)\s*[)）]")
# A form's field label over its value (「事業名:」 / 「スマート農業社会実装促進事業」).
_FIELD_LABEL = LazyPattern(r"[^\s:：]{1,12}[:：]")
# A sheet's or a result's field with its value on one line, under the sheet's heading (「令和6年度 当初予算
# 主要事業説明書」 / 「事業名 基幹業務システム標準化事業」 / 「所管 総務部 情報政策課」 / 「予算額 285,400千円」;
# 「入札結果」 / 「件名 …」 / 「開札日 …」 / 「落札者 …」): the sheet's rows, not lines of its title
# (breaker40's budget, evaluation and tender sheets c15, c16, c18, c19, c38).
_SHEET_FIELD = LazyPattern(
    r"(?:件名|事業名|事務事業名|開札日|入札日|落札者|落札金額|予定価格|入札方式|所管|所管課|担当課|担当部|所属|部局|予算額|事業費"
    r"|評価日|作成日|評価者|財源内訳)\s*[:：]?\s+\S.*")


# An image's caption in brackets glued to the heading it stood beside (「村長室へようこそ(写真:東白川村の風景)」).
_GLUED_CAPTION = LazyPattern(r"(?<=\S{4})\s*[(（](?:写真|イラスト|画像)\s*[:：][^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*[)）]\s*$")


def _clean_line(line: str) -> str:
    line = _GLUED_STAMP.sub("", _CELL_BARS.sub("", _DECORATION.sub("", _EMPTY_IMAGE.sub("", line))).strip())
    return _GLUED_CAPTION.sub("", line)


def _is_header(line: str) -> bool:
    rest = _HEADER_PARTS.sub("", line)
    return not re.sub(r"[\s・:：()（）\[\]【】/]+", "", rest)


def _is_letterhead(line: str) -> bool:
    """A letterhead's own line: its label (「報道資料」, 「Tohoku Bureau of Telecommunications【報道資料】」)
    or a run of header parts that holds a label or a date (「令和3年3月29日 関東総合通信局」)."""
    return bool(_LETTERHEAD_LINE.fullmatch(line)) or (_is_header(line) and bool(_LETTERHEAD_MARK.search(line)))


def is_dated_letterhead(line: str) -> bool:
    """A letterhead's date line, with its label or issuer beside it or not (「令和5年10月2日」,
    「報道資料 令和5年10月2日 信越総合通信局」), or a page's stamp (「掲載日:2012年9月10日」)."""
    line = line.strip()
    return (_is_header(line) and bool(_LETTERHEAD_MARK.search(line))) or bool(_STAMP_LINE.fullmatch(line))


def _is_cover_date(line: str) -> bool:
    """A cover's year-and-month line, alone or with its issuer (「令和5年2月東北総合通信局」)."""
    m = _COVER_DATE.match(line)
    return m is not None and _is_header(line[m.end():])


def _fold(line: str) -> str:
    return re.sub(r"\s+", "", line)


# The year line under a trail, run on to it when the page was saved (「…文字情報配信促進事業平成27年度」).
_GLUED_YEAR = LazyPattern(r"(?:(?:令和|平成|昭和)[\d元]+|\d{4})年度?$")


def _names_heading(candidate: str, step: str, whole: str) -> bool:
    """Whether a line is the heading a trail names: its last step, that step's beginning (the
    step adds the date: 「…記者会見の概要(令和7年5月23日)」, or the heading is set on two lines), the
    step with more after it, or the end of a trail written without separators."""
    c, s, w = _fold(candidate), _fold(step), _fold(whole)
    if len(c) < 5 or _is_header(candidate) or is_skip_link(candidate) or is_breadcrumb(candidate):
        return False
    return (c == s or (s.startswith(c) and (len(c) >= 6 or 2 * len(c) >= len(s)))
            or (len(s) >= 6 and (c.startswith(s) or c.endswith(s))) or (len(c) >= 6 and w.endswith(c))
            or (len(c) >= 6 and _GLUED_YEAR.sub("", w).endswith(c)))


def _after_trail(lines: list[str]) -> tuple[int, str | None, tuple[int, str] | None, bool]:
    """Where a web page's title starts when a trail stands above it: (line index, None, …) for the
    heading the trail names, (0, step, …) when a numbered trail's last step is the only title, (0,
    None, …) when no trail names one.  The trail ends with the page's title, so the heading it names
    is the title, past any section name, letterhead or site name between them (「会見発言記事」,
    「大臣・副大臣・大臣政務官の動き」, 「報道資料 / 令和5年5月31日 / 中国総合通信局」).  The third
    value is the first trail that names no heading, (its line index, its last step), else None:
    the page's heading when the text below gives none but a sentence.  The fourth says the heading
    is the trail's last step itself: the whole title, never run on with the lines under it
    (「消費生活センター情報(令和4年度) / 【第19号】母が電話勧誘で…」)."""
    heads = [(i, _clean_line(raw)) for i, raw in enumerate(lines[:80])]
    heads = [(i, line) for i, line in heads if line][: 2 * _TRAIL_LOOKAHEAD]
    unnamed: tuple[int, str] | None = None
    k = 0
    while k < len(heads):
        i, line = heads[k]
        numbered = _NUMBERED_STEP.fullmatch(line)
        if numbered and numbered.group(1) == "1" and _HOME_STEP.match(numbered.group(2)):
            run = k
            while run + 1 < len(heads) and (m := _NUMBERED_STEP.fullmatch(heads[run + 1][1])) \
                    and int(m.group(1)) == int(_NUMBERED_STEP.fullmatch(heads[run][1]).group(1)) + 1:
                run += 1
            step = whole = _NUMBERED_STEP.fullmatch(heads[run][1]).group(2)
            k = run
        elif is_breadcrumb(line):
            step, whole = [s for s in BREADCRUMB_STEP.split(line) if s.strip()][-1].strip(), line
        elif _HOME_OPENED.match(line) and not is_skip_link(line):
            step = whole = line
        elif labelled := _LABELLED_TRAIL.match(line):
            step = whole = line[labelled.end():]
        else:
            k += 1
            continue
        half = len(step) // 2
        if half >= 5 and step[:half] == step[half:]:
            return 0, step[:half], None, False  # the heading glued to its trail by a wrapped-line join
        for j, candidate in heads[k + 1: k + 1 + _TRAIL_LOOKAHEAD]:
            if _names_heading(candidate, step, whole):
                return j, None, None, _fold(candidate) == _fold(step)
        if numbered:
            return 0, step, None, False  # 「5. 「令和6年度…」に係る企画提案コンペを実施します」, no heading repeats it
        if unnamed is None:
            unnamed = (i, step)
        k += 1
    return 0, None, unnamed, False


def _body_marked(lines: list[str]) -> int:
    """Where a page's own content starts when the site marks it (「ここから本文です。」, 「本文ここから」)
    and a heading follows the mark: above it are the site's menus (「市政のメニュー」, 「まちのうごき」,
    a numbered skip link), never the title.  0 when there is no mark, or only a sentence after it."""
    for i, raw in enumerate(lines[:_BODY_MARK_LOOKAHEAD]):
        if _BODY_MARK.fullmatch(raw.strip()):
            return i + 1 if _heading_below(lines, i) else 0
    return 0


def _one_line_trails(lines: list[str]) -> list[str]:
    """The head's lines with a trail set one step a line joined on its first line (「山ノ内町 / > /
    総務課 / > / ワーケーション推進について」, the last step opened by its separator: 「>信越管内の…」;
    a list under the trail's label: 「現在位置の階層 / - ホーム / - 各課のご案内 / …」), the lines it
    took left empty: set apart, its steps were read as the page's heading (「山ノ内町」, 「平成21年度報道資料」)."""
    lines = list(lines)
    for k in range(min(len(lines), 40)):
        if _TRAIL_LABEL_LINE.fullmatch(lines[k]):
            steps = []
            for raw in lines[k + 1:k + 12]:
                if not (item := _LIST_STEP.fullmatch(raw)):
                    break
                steps.append(item.group(1))
            if len(steps) >= 2:
                lines[k:k + 1 + len(steps)] = [""] * len(steps) + [" > ".join(steps)]
            break
    k = 1
    while k < min(len(lines) - 1, 40):
        if _TRAIL_SEPARATOR_LINE.fullmatch(lines[k]) and lines[k - 1].strip() and lines[k + 1].strip():
            joined = f"{lines[k - 1].strip()} > {lines[k + 1].strip()}"
            lines[k - 1] = lines[k] = ""
            lines[k + 1] = joined
            k += 2
            if k < len(lines) and _TRAIL_OPENED_STEP.match(lines[k]):
                lines[k - 1], lines[k] = "", f"{joined} > {lines[k].strip().lstrip('>＞›» ')}"
            continue
        k += 1
    return lines


def _next_filled(lines: list[str], i: int, past_links: bool = False) -> str:
    """The next line with text, or past a viewer's links (a White Paper's running head 「第6章 … 第2節 3」
    over 「目次] [前へ] [次へ」 and its section's heading)."""
    first = next((line for raw in lines[i + 1:i + 6] if (line := _clean_line(raw))), "")
    if past_links and first and is_skip_link(first):
        return next((line for raw in lines[i + 1:i + 20]
                     if (line := _clean_line(raw)) and not is_skip_link(line)), first)
    return first


def _passed_over(line: str, lines: list[str], i: int, first: bool, letterhead: bool) -> bool:
    """Whether a line before the title is one the title never starts with: a letterhead's label,
    date and issuer, a masthead over them, the site's name, a White Paper's name and the part and
    chapter over a section."""
    if letterhead and _is_header(line):
        return True  # the issuer under the label and date (「総務省沖縄総合通信事務所」)
    if letterhead and _COUNCIL.fullmatch(line) and _heading_below(lines, i):
        return True  # a council issuing it (「報道資料 / 令和6年5月17日 / 電波監理審議会 / 「…」の公表」)
    following = _next_filled(lines, i, past_links=True)
    if _is_menu_item(lines, i):
        return True
    if _HOME_OPENED.match(line) and (len(line) <= 40 or (len(following) <= 60 and "。" not in following)):
        return True  # a trail without separators that names no heading below it
    masthead = _MASTHEAD.fullmatch(line)
    if masthead and (not masthead.group(1) or _ONLY_DATE_OR_NUMBER.match(following) or _is_letterhead(following)):
        return True
    if first and len(line) <= 40 and "。" not in line and any(
            _LETTERHEAD_LINE.fullmatch(_clean_line(raw)) for raw in lines[i + 1:i + 4]):
        return True  # a site's name over the label (「北海道の情報通信(北海道総合通信局) / 報道資料タイトル画像」)
    if not following:
        return False
    if first and _LONE_NAME.fullmatch(line):
        return True
    if _CAPTION.fullmatch(line):
        return True  # 「イラスト:地方公共団体情報システム機構ホームページより」 over the page's text
    if _SITE_HEADER.search(line) or (first and _SITE_HEADER.search(following)):
        return True  # the site's header run into one line or two: its name, slogan and menu (「…サイトマップ文字を大きくするには…」)
    if _signature(line, lines, i):
        return True  # a message signed at its top (「蜩 智 / 総務省沖縄総合通信事務所長」), no heading
    if _trail_step_above(line, lines, i) and _heading_below(lines, i):
        return True  # the section's name repeated under its trail (「本会議会議録 / 質問文書」 over the heading)
    if _SITE_FURNITURE.fullmatch(line) and not _clean_line(lines[i + 1] if i + 1 < len(lines) else "") \
            and _heading_below(lines, i):
        return True  # 「知事室へようこそ」 / 「宮崎県知事定例記者会見(2024年1月16日)」
    if _BOOK_NAME.fullmatch(line):
        return True
    return bool(_PART_OR_CHAPTER.match(line)) and bool(_OUTLINE.match(following))


def _trail_step_above(line: str, lines: list[str], i: int) -> bool:
    """Whether a line is a step of a trail set above it (「ホーム>南海県議会>本会議会議録>質問文書」 over
    「ここから本文です。 / 本会議会議録 / 質問文書 / 令和2年9月南海県議会定例会 質問」): a section's
    name the site repeats over the page's own heading."""
    folded = _fold(line)
    before = _fold(next((c for raw in lines[max(i - 3, 0):i][::-1] if (c := _clean_line(raw))), ""))
    for raw in lines[max(i - 30, 0):i]:
        if not is_breadcrumb(raw):
            continue
        steps = [_fold(step) for step in BREADCRUMB_STEP.split(raw.strip()) if step.strip()]
        if folded in steps[:-1]:
            return True
        # The last step is the page's own heading (「…記者発表の要旨について」 under its trail), unless the
        # steps above it are repeated with it: then it names a list the page is in.
        if steps and folded == steps[-1] and len(steps) >= 2 and before == steps[-2]:
            return True
    return False


def _signature(line: str, lines: list[str], i: int) -> bool:
    """Whether a line before any heading is a signature: a person's name with the role on the line
    beside it (「蜩 智 / 総務省沖縄総合通信事務所長」, 「理事長 / 南海太郎」), or that role."""
    before = next((c for raw in lines[max(i - 3, 0):i][::-1] if (c := _clean_line(raw))), "")
    after = _next_filled(lines, i)
    if _ROLE.fullmatch(line):
        return any(n and _signed_name(n) for n in (before, after))
    return (bool(_ROLE.fullmatch(after)) or bool(_ROLE.fullmatch(before))) and _signed_name(line)


def _signed_name(line: str) -> bool:
    """A person's name, or a short one Sudachi half knows beside a role (「蜩 智」: 智 is a given
    name, 蜩 a rare surname it reads as a noun): every part a name or a single character."""
    if len(line) > 20:
        return False
    if _is_person_names(line):
        return True
    word = _fold(line)
    if not 2 <= len(word) <= 6 or not _NAME_CANDIDATE.fullmatch(word):
        return False
    from .analysis import _tokenizers

    tags = [(m.surface(), m.part_of_speech()) for m in _tokenizers()[0].tokenize(word)]
    return any(t[2] == "人名" for _, t in tags) and all(t[2] == "人名" or len(w) == 1 for w, t in tags)


def _heading_below(lines: list[str], i: int) -> bool:
    """Whether a heading follows line i, past skip links, a letterhead's date and a page's stamp: a
    short line that is no sentence and no more of the site's furniture."""
    for raw in lines[i + 1:i + 12]:
        line = _clean_line(raw)
        if not line or is_skip_link(line) or _STAMP_LINE.fullmatch(line) or _ONLY_DATE_OR_NUMBER.match(line) \
                or _is_letterhead(line):
            continue
        return len(line) <= MAX_TITLE_CHARS and not line.endswith(("。", "、")) and not _SITE_FURNITURE.fullmatch(line) \
            and not _is_sentence(line) and not is_breadcrumb(line)
    return False


def _is_menu_item(lines: list[str], i: int) -> bool:
    """A bulleted line with another beside it: a site's menu (「•携帯電話向けページ / •くらし・環境 …」)."""
    if not lines[i].lstrip().startswith(_BULLETS):
        return False
    following = next((raw for raw in lines[i + 1:i + 3] if raw.strip()), "")
    preceding = next((raw for raw in lines[max(i - 2, 0):i][::-1] if raw.strip()), "")
    return following.lstrip().startswith(_BULLETS) or preceding.lstrip().startswith(_BULLETS)


#: A line of two cells or more, as extraction writes a table's row (cells by tabs).
_TABLE_ROW = LazyPattern(r"\S\s*\t\s*\S")

# A question or answer line of a Q&A, a 議会だより's 一般質問 or 代表質問 (「問 行政のデジタル化の進捗は」,
# 「答 市長 三次市DX推進計画に基づき…」, 「Q1. 申請はいつまでですか」, 「質問 災害時の…」): the article's
# body under its heading, never a line of the title (breaker40 c13, c14 ran on into it).  The mark is
# followed by a space, a number or a colon: 「問題」, 「問い合わせ」, 「答申」 are not one; a Latin Q or A needs
# its number or colon (「A New Era…」, a White Paper's 「A　全体」 under 「（ア）…」 are headings).
_QA_LINE = LazyPattern(
    r"(?:問|答|質問|答弁)\s*\d{0,2}\s*[.．:：]?[\s　]+\S.*|(?:問|答|質問|答弁)\s*\d{0,2}\s*[.．:：]\s*\S.*"
    r"|[QAＱＡ]\s*\d{0,2}\s*[.．:：]\s*\S.*|[QAＱＡ]\d{1,2}\s+\S.*"
)
# A bare chapter's number over a list of works cited (a White Paper's 参考文献, its heading left by the
# split at the end of the section before: 「第3章」 / 「総務省（2023）「ICT基盤の高度化と…」」 / 「Eclipse
# Foundation（2017）「Open Source Software for Industry 4.0」」): the chapter's references.
_BARE_CHAPTER = LazyPattern(r"第[\d一二三四五六七八九十]+章(?:第[\d一二三四五六七八九十]+節)?")
_CITED_WORK = LazyPattern(r".*(?:[(（]\d{4}[)）]|[「“\"][^」”\"]{4,}[」”\"]).*")
# A councillor's line over the question he asks (議会だより's 一般質問: 「一般質問 町政を問う > 竹内 卓美 議員」 /
# 「(済和会)」 / 「デジタル化の推進」): a person's name and 議員, after the section's name or not; the question's
# heading follows, under the member's group in brackets.
_MEMBER_LINE = LazyPattern(r"(?:.{0,30}?[>＞]\s*)?(\S.{0,14}?)\s*議員")
_MEMBERS_GROUP = LazyPattern(r"[(（][^()（）\s]{1,12}[)）]")
# A page's stamp glued between its heading and the text (a page saved on one line: 「デジタル実証フィールドさが
# 最終更新日:2025年8月28日 デジタル実証フィールドさが 「…」の事前申し込みは…」): the heading ends there.
# Extraction takes the space between two Japanese words away (「…さが最終更新日:…」): 最終更新日, a CMS's own
# word, needs none; another label (「基幹システム更新日:…」 may be a heading's words) needs its space.
_MIDLINE_STAMP = LazyPattern(rf"(?<=\S{{5}})(?:\s+(?:{_STAMP_LABEL})|\s*最終更新日)\s*[:：]\s*{_STAMP_DATE}\s*\S")
# A greeting's heading glued to its first words (「2021年 年頭のご挨拶明けましておめでとうございます。…」):
# the heading is the title, the greeting its text.
_GREETING_HEADING = LazyPattern(
    r"(.{2,30}?(?:ご挨拶|ごあいさつ|挨拶|あいさつ))\s*(?=(?:新年|謹んで|明けまして|あけまして|皆様|皆さま|皆さん|みなさん|市民の|町民の|村民の|県民の))"
)
# A table flattened onto one line with its cells between bars (「… 採択案件一覧 総務省 2022年6月17日 | 番号 |
# 代表団体 | 事業名 | 1 | 府中市 | …」, 「… 県名 | カバー率 | 前年比 青森県 | 92.1% | …」): three bars or more.
# Its title is what stands before the first cell (breaker40 c33, c47, c48 took the whole line).
# The first cells' names after the title's date or stamp (「更新日 2024年4月1日 手続名 担当課 本人確認」,
# 「…カバー率(令和6年3月末) 県名」): short words, a row of column names.
_COLUMN_NAMES = LazyPattern(r"(?:\s+[^\s|｜。、]{1,6}){1,6}\s*")
_TITLE_DATE = LazyPattern(
    rf"{_STAMP_DATE}|(?:令和|平成|昭和)[\d元]+年\d+月末?|\d{{4}}年\d+月末?"
)
# A law's number over its name (官報: 「政令第百四十九号」 / 「道路交通法施行令の一部を改正する政令」; 「令和6年
# 条例第12号」 / 「○○市情報公開条例の一部を改正する条例」): the name is the title a reader cites.
_LAW_NUMBER = LazyPattern(
    r"(?:(?:令和|平成|昭和)[\d元一二三四五六七八九十]+年\s*)?[^\s、。]{0,12}?(?:法律|政令|省令|府令|規則|条例|告示|訓令|通達)"
    r"\s*第\s*[\d一二三四五六七八九十百千〇]+\s*号"
)
_LAW_NAME = LazyPattern(r"[^\s。、]{4,70}(?:法律|政令|省令|府令|規則|条例|告示|訓令|法|令)")
# A White Paper section whose first lines are a footnote the split left on top (「11　Vodafoneの営業利益の
# 変動は、国際会計基準への変更に依拠するところが大きい」 over 「（4） 通信機器レイヤー」; 「1　廣井脩編著
# 「災害情報と社会心理」（北樹出版、2004）中、小田貞夫「 / 第5章　災害とマス・メディア」を参照」 over 「1　震災に
# 伴うメディア接触動向」): a note's number, then a citation or a sentence with a clause, not a heading.
_NOTE_NUMBER = LazyPattern(r"\d{1,2}[\s　]+(?=\S)")
_CITATION_END = LazyPattern(r"(?:を)?参照(?:のこと|されたい)?。?[)）]?$|(?:による|によった|に基づく)。?$")


def derive_title(text: str, pdf_title: str | None, path: Path) -> str:
    """The document's own title: meaningful PDF metadata, else its first heading-like block.

    A first paragraph of a few short lines is one title set on several lines
    (「2023年度 / ICT利活用地域イノベーション委員会 / 活動方針」); dates, page numbers
    and labels such as 資料1 are passed over, and so is what a web page sets above its
    heading: its trail, skip links, site name, a letterhead (「報道資料 / 令和5年5月31日 /
    中国総合通信局」) and a section name the trail's last step passes (「会見発言記事」).
    """
    if pdf_title:
        return nfkc(pdf_title).strip()
    front = _FRONT_MATTER.match(text)
    if front:
        named = _FRONT_MATTER_TITLE.search(front.group(1) or front.group(2))
        value = " ".join((named.group(1) or named.group(2)).split()).strip("'\"").strip() if named else ""
        if value:
            return _shortened(value)
        text = text[front.end():]
    lines = _one_line_trails(text.split("\n"))
    start, named_step, trail, whole_step = _after_trail(lines)
    if named_step:
        return _shortened(named_step)
    if start == 0:
        start = _body_marked(lines)
        if start and trail is not None:  # the heading the trail names may stand past its lookahead, under the mark
            named = [i for i in range(start, min(start + 20, len(lines)))
                     if _names_heading(_clean_line(lines[i]), trail[1], trail[1])]
            start = named[0] if named else start
    block: list[str] = []
    block_at = -1  # the line the block starts on
    body = None
    letterhead = False  # a letterhead's label or date was passed: the issuer's line follows
    after_member = False  # a councillor's name was passed (議会だより's 一般質問)
    first = True
    for i in range(start, len(lines)):
        raw = lines[i]
        line = _clean_line(raw)
        if not line:
            if block and all(_is_header(b) for b in block):
                block = []  # a letterhead: the title comes after it
                continue
            if block and _site_name(block) and _is_trail(_next_filled(lines, i)):
                block = []  # the site's name over its trail (a print link may follow a title)
                continue
            if block:
                break
            continue
        if _flat_table(line) and _menu_bar(line) and not raw.lstrip().startswith(("|", "｜")):
            if block:
                break
            continue  # 「サイトマップ | English | お問い合わせ | 文字サイズ」 over the page's heading: no table's title,
            # and the heading under it is read as the page's first line
        was_first, first = first, False
        if _TABLE_ROW.search(line) and not _SUBJECT_CELL.match(line):
            # A table's row (cells by tabs: a Word file or a text that opens with a table) is no title:
            # 「事業名\t予算 光ファイバ整備\t1000」 was one; its heading may follow, else the file's name.
            # A form's subject row (件名\t…) gives its value, below.
            if block:
                break
            continue
        if not block:
            if _ONLY_DATE_OR_NUMBER.match(line) or _is_letterhead(line) or _is_cover_date(line):
                letterhead = True
                continue
            if _WORDLESS.fullmatch(line) or _BRACKETED_STAMP.fullmatch(line) or _FIELD_LABEL.fullmatch(line):
                continue  # a registry or page stamp (「20200512-148」, 「14/16」, 「(令和3年9月24日更新)」), a field's label
            if not (whole_step and i == start) and _passed_over(line, lines, i, was_first, letterhead):
                continue
        elif all(_is_header(b) for b in block) and _is_letterhead(line):
            block, letterhead = [], True  # an issuer's name over its letterhead
            continue
        if _STAMP_LINE.fullmatch(line):
            if block:
                break
            continue
        if _BACK_LINK.match(line):
            # 「インデックスへ」 under the section's name (「郵政行政審議会 / インデックスへ」), or the
            # section's name glued to it (「インデックスへ調査研究会」): the site's navigation, the heading follows.
            if block and not _site_name(block):
                break
            block = []
            continue
        if is_breadcrumb(line) or is_skip_link(line) or _LABELLED_TRAIL.match(line) or (block and _HOME_OPENED.match(line)):
            # 「総務省トップ > 組織案内 > … > 記念式典を開催」: a web page's trail, or its
            # skip link (「本文」, 「本文へ移動」); the title follows.  A short line above them is
            # the site's name (「経済産業省 / 文字サイズ変更」, 「内閣府防災情報のページ」 over a trail).
            if block and not _site_name(block, line):
                break
            block = []
            continue
        if block and line == block[-1]:
            continue  # a heading repeated (a page title over its own h1)
        if block and _OUTLINE_HEAD.match(line) and any(_OUTLINE_HEAD.match(b) for b in block):
            break  # a table of contents (「第1節 … / 第2章 … / 第1節 …」): a title names one part
        if block and _is_cover_date(line):
            while len(block) > 1 and _is_header(block[-1]):
                block.pop()  # the issuer over the date (「総務省 東北総合通信局 / 令和5年2月」)
            break
        if block and (_BODY_START.match(raw.strip()) or _BODY_START.match(line)):
            body = i  # the body starts: its first lines still tell a title set on lines from a heading
            break
        if block and _is_person_names(line):
            while len(block) > 1 and _ROLE.fullmatch(block[-1]):
                block.pop()  # the author's role over the name (「理事長 / 宮原秀夫」)
            break  # the authors under a cover's title (「固有表現の発見 / 新山祐介 / 関根聡」)
        if _PAGE_MARKER.fullmatch(line):
            if block:
                break  # the title ends where its page does
            continue
        if block and _YEAR_ROW.fullmatch(line) and i + 1 < len(lines) and _YEAR_ROW.fullmatch(_clean_line(lines[i + 1])):
            break  # 「年度　設置数 / Ｒ４年度　１２か所」: a table by 年度 under the heading, two rows of it
        if block and _SHEET_FIELD.fullmatch(line) and not _SHEET_FIELD.fullmatch(block[0]):
            break  # 「事業名 …」 under the sheet's heading: its first row
        if (member := _MEMBER_LINE.fullmatch(line)) and _is_person_names(member.group(1)):
            block, after_member = [], True  # 「… > 竹内 卓美 議員」: the question's heading follows
            continue
        if after_member and not block and _MEMBERS_GROUP.fullmatch(line):
            continue  # 「(済和会)」 under the member's name
        if block and _QA_LINE.fullmatch(line):
            break  # 「一般質問 / 問 行政のデジタル化の進捗は」: the questions under the article's heading
        if _flat_table(line):
            if block or not (cut := _table_title(line)):
                break
            block_at = i
            block.append(cut)  # 「…採択案件一覧 総務省 2022年6月17日 | 番号 | …」: what stands before its cells
            break
        heading = _MARKDOWN_HEADING.match(raw)
        if heading and block:
            if not all(_is_header(b) for b in block):
                break
            block = []  # a letterhead above the heading
        if not block:
            block_at = i
            if stamp := _MIDLINE_STAMP.search(line):
                line = line[:stamp.start()]  # 「… 最終更新日:2025年8月28日 …」: the heading is before its stamp
                heading = heading or True
        block.append(line)
        if heading or (whole_step and i == start) or (after_member and len(block) == 1):
            break  # a member's question has its heading on one line, its lead under it
        if len(block) >= 4 or sum(map(len, block)) > MAX_TITLE_CHARS:
            break
    if not block:
        return path.stem
    if named := _law_name(lines, block, block_at) or _heading_under_note(lines, block, block_at):
        block, body = [named], None
    elif _BARE_CHAPTER.fullmatch(block[0]):
        cited = _filled_after(lines, block_at, 8)
        if len(cited) >= 4 and 5 * sum(map(_is_cited_work, cited)) >= 4 * len(cited):
            return f"{block[0]} 参考文献"
    # Lines are one title when they make a short paragraph of their own; a heading run straight into
    # its body (「厚木市DX推進計画策定方針について / …を策定しました / 1 計画の趣旨 / 令和3年3月に…」) is
    # judged with the body's first lines, as if they were part of it, and gives its first line.
    judged = block + (_paragraph_from(lines, body, 4 - len(block)) if body is not None else [])
    if len(block) > 1 and sum(map(len, judged)) <= MAX_TITLE_CHARS and not any(
        line.endswith("。") for line in judged
    ):
        title = block[0]
        for line in block[1:]:  # a phrase broken by the line runs on (「コンパラブルな新聞記事からの / 固有表現の発見」)
            title += ("" if _ends_mid_phrase(title, ("格助詞",)) and not line[0].isascii() else " ") + line
    elif len(block) > 1 and _runs_on(block[0]):
        title = _joined(block)  # a sentence broken by the line, not a heading over its body
    else:
        title = block[0]
        for line in block[1:]:
            # A heading broken after a case particle goes on on the next line (「「…に関する実証事業」の /
            # 実証地域に係る採択候補の決定」 over its subtitle and body): no heading ends with の, を or が
            # (one may end with へ, から or で: 「確実なものへ」, 「地域から」).
            # So does one whose next line opens with the particle (「…記念式典 / の開催及び表彰等について」).
            broken = (title[-1] in "のをが" and _ends_mid_phrase(title, ("格助詞",))) or _opens_with_particle(line)
            if not broken or _is_sentence(line) or "。" in line:
                break
            title += ("" if not (title[-1].isascii() and line[0].isascii()) else " ") + line
    title = _SECTION_NUMBER.sub("", _LEADING_LABEL.sub("", _SUBJECT_CELL.sub("", title)))
    if _is_sentence(title) and trail is not None and trail[0] < block_at and _heading_like(trail[1]):
        return _shortened(trail[1])  # 「…>記者会見の要旨-令和7年12月25日-」 over 「まず、口頭で二つ報告します。」
    return _clean_cut(title)


def _filled_after(lines: list[str], i: int, most: int) -> list[str]:
    """The next lines with words after line i (past blank lines and a stray mark such as 「›」)."""
    out: list[str] = []
    for raw in lines[i + 1:i + 7 + 3 * most]:
        line = _clean_line(raw)
        if line and not _WORDLESS.fullmatch(line):
            out.append(line)
            if len(out) >= most:
                break
    return out


_YEAR_CITED = LazyPattern(r"[(（]\d{4}[)）]")


def _is_cited_work(line: str) -> bool:
    """A line of a references list (「総務省（2023）「ICT基盤の…」」, 「デジタル庁「Web3.0研究会報告書」」): a year in
    brackets or a quoted title, after its author.  Not a heading that quotes a name (a plan's chapter: 「第3章 /
    「デジタル田園都市国家構想」の実現に向けた取組 / 1 「地域の課題解決」に資する…」, which had been 「第3章 参考文献」):
    one that starts with the quote, or with a section's number, unless a year in brackets follows its title
    (「「サイバーセキュリティ戦略」(2021)」 is cited)."""
    return bool(_CITED_WORK.fullmatch(line)) and (bool(_YEAR_CITED.search(line)) or (
        line[0] not in _OPENERS and not _SECTION_NUMBER.match(line)))


def _law_name(lines: list[str], block: list[str], at: int) -> str:
    """A law's name under its number (「政令第百四十九号」 / 「道路交通法施行令の一部を改正する政令」), else ""."""
    if not _LAW_NUMBER.fullmatch(block[0]):
        return ""
    below = block[1] if len(block) > 1 else next(iter(_filled_after(lines, at, 1)), "")
    return below if _LAW_NAME.fullmatch(below) else ""


def _heading_under_note(lines: list[str], block: list[str], at: int) -> str:
    """A White Paper section's numbered heading under a footnote left on its first line (a citation
    「…」を参照, a sentence with a clause that ends with its predicate, or a line that leaves a bracket
    open), else ""."""
    number = _NOTE_NUMBER.match(block[0])
    if not number or len(block[0]) > 200:  # a footnote is a line or two, not a page run onto one line
        return ""
    note = block[0][number.end():]
    opened = sum(note.count(c) for c in _OPENERS) > sum(note.count(c) for c in _CLOSERS)
    below = _filled_after(lines, at, 2)
    if opened and len(below) == 2 and _CITATION_END.search(below[0]):
        note, below = note + below[0], below[1:]  # a citation on two lines, its bracket closed on the second
    elif not (_CITATION_END.search(note) or opened
              or ("、" in note and not note.endswith(("？", "?", "！", "!")) and _ends_with_predicate(note))):
        return ""
    line = below[0] if below else ""
    if _SECTION_NUMBER.match(line) and len(line) <= 50 and "。" not in line and not _CITATION_END.search(line):
        return line
    return ""


def _ends_with_predicate(text: str) -> bool:
    """Whether a text ends with a verb, an adjective or an auxiliary in its 終止形 (「…ところが大きい」,
    「…に依拠する」): a sentence without its 。, not a heading's noun (「…の推進」)."""
    if not text or text[-1].isascii():
        return False
    from .analysis import _tokenizers

    morphemes = _tokenizers()[0].tokenize(text[-12:])
    if not len(morphemes):
        return False
    pos = morphemes[-1].part_of_speech()
    return pos[0] in ("動詞", "形容詞", "助動詞") and pos[5].startswith("終止形")


def _flat_table(line: str) -> bool:
    """Whether a line holds a table flattened onto it: three bars or more, text before the first."""
    first = min((i for i in (line.find("|"), line.find("｜")) if i >= 0), default=-1)
    return first > 0 and bool(line[:first].strip()) and sum(map(line.count, "|｜")) >= 3


def _menu_bar(line: str) -> bool:
    """Whether a line of three bars or more is a site's menu or navigation (「東北総合通信局 | 電波 | 情報通信 |
    放送」, 「サイトマップ | English | お問い合わせ | 文字サイズ」): every cell one short word.  A table flattened
    onto a line has its title, issuer and date before the first bar (breaker40 c33, c47, c48); taking a menu's
    first cell for one had titled such pages 「サイトマップ」 or the bureau's name.  (A row the extraction wrote
    between bars, 「| 細事業名 | 内容 | 要求額 |」, is a table's head: the caller keeps it.)"""
    cells = [c for c in re.split(r"\s*[|｜]\s*", line.strip()) if c]
    return (sum(map(line.count, "|｜")) >= 3 and len(cells) >= 3
            and all(len(c) <= 12 and not re.search(r"\s", c) and not re.fullmatch(r"[\d.,%％+\-]+", c) for c in cells))


#: The most characters a flattened table's title block (issuer, date, title, a row of column names) takes
#: before its first bar: three titles' length.  Longer, it is a paragraph (4,000 words before a bar took
#: 21 s to title, growing with the square).
TABLE_TITLE_REACH = 3 * MAX_TITLE_CHARS


def _table_title(line: str) -> str:
    """What stands before a flattened table's first cell on its line: the table's title, less an
    issuer and date or a stamp at either end and the first column names after a date."""
    pre = re.split(r"\s*[|｜]", line, maxsplit=1)[0]
    if len(pre) > TABLE_TITLE_REACH:
        return ""  # a paragraph before the bars, not a title block (and its words' ends tried one by one cost the square)
    dates = list(_TITLE_DATE.finditer(pre))
    if dates:
        end = dates[-1].end()
        while end < len(pre) and pre[end] in _CLOSERS:
            end += 1
        if end < len(pre) and _COLUMN_NAMES.fullmatch(pre[end:]):
            pre = pre[:end]
    tokens = pre.split()
    tail = next((k for k in range(1, len(tokens)) if _letterhead_run(tokens[k:])), len(tokens))
    tokens = tokens[:tail]
    head = next((k for k in range(len(tokens) - 1, 0, -1) if _letterhead_run(tokens[:k])), 0)
    title = " ".join(tokens[head:])
    return title if len(_KANA_OR_KANJI.findall(title)) >= 4 else ""


def _letterhead_run(tokens: list[str]) -> bool:
    run = " ".join(tokens)
    return (_is_header(run) and bool(_LETTERHEAD_MARK.search(run)) or _is_header(run) and len(tokens) == 1
            or bool(_STAMP_LINE.fullmatch(run)))


def _is_person_names(line: str) -> bool:
    """Whether a line is only one or more persons' names (Sudachi's 人名: a surname and a given
    name, written together or apart, or a name it knows whole)."""
    line = _AFFILIATION.sub(" ", line).strip()
    role = _ROLE.match(line)
    if role and line[role.end():role.end() + 1].isspace():
        line = line[role.end():].strip()  # 「総務大臣 松本剛明」
    if not _NAME_CANDIDATE.fullmatch(line):
        return False
    parts = [p for p in _NAME_SEPARATORS.split(line.lstrip("○◯◎●")) if p]
    if not parts or len(parts) > 2 * _MAX_NAMES:
        return False
    reached = [True] + [False] * len(parts)  # parts[:n] split into names
    for n in range(len(parts)):
        if reached[n]:
            for k in (1, 2):
                if n + k <= len(parts) and not reached[n + k] and _is_person_name("".join(parts[n:n + k])):
                    reached[n + k] = True
    return reached[-1]


def _is_person_name(word: str) -> bool:
    from .analysis import _tokenizers

    tags = [m.part_of_speech() for m in _tokenizers()[0].tokenize(word)]
    if not tags or any(t[2] != "人名" for t in tags):
        return False
    kinds = [t[3] for t in tags]
    return (len(kinds) == 1 and kinds[0] == "一般" and len(word) >= 3) or any(
        a == "姓" and b == "名" for a, b in zip(kinds, kinds[1:]))


def _sentence_end(text: str) -> int:
    """The end of text's first sentence (after its 。, outside brackets), or -1."""
    return next((i + 1 for i, ch in _outside_brackets(text) if ch in "。！？"), -1)


def _outside_brackets(text: str):
    """(index, character) of each character of text outside 「」, (), 【】 …"""
    depth = 0
    for i, ch in enumerate(text):
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(depth - 1, 0)
        elif depth == 0:
            yield i, ch


def _is_sentence(title: str) -> bool:
    """Whether a title is a sentence of the body: it ends with 。 or 、, or opens with its subject."""
    t = title.rstrip("…")
    return t.endswith(("。", "、")) or bool(_SENTENCE_OPENING.match(t))


def _heading_like(step: str) -> bool:
    """Whether a trail's last step can stand for the page's heading: not a label, a section's
    name of a few characters, a site's home or a sentence."""
    return (len(_fold(step)) >= 6 and len(_KANA_OR_KANJI.findall(step)) >= 4
            and not _is_header(step) and not is_skip_link(step)
            and not _HOME_STEP.fullmatch(step) and not _is_sentence(step))


def _runs_on(line: str) -> bool:
    """Whether a first line is a sentence cut by a line break, its end on the next line (「「新たな
    日常」における…企業等に対する / 相談支援や…を実施する。」), not a heading over its body: it holds
    a clause (、) or is long, does not end a sentence or a bracket, and ends with a case, binding
    or adverbial particle (を, が, の, は, まで) or an attributive form (対する, 関する) by Sudachi:
    a heading ends with a noun, 終止形 (拓く, 募集します) or について."""
    if line.endswith(("。", "！", "？", "!", "?")) or line[-1] in _CLOSERS:
        return False
    if "、" not in line and len(line) < 40:
        return False
    return _ends_mid_phrase(line, ("格助詞", "係助詞", "副助詞"))


def _ends_mid_phrase(line: str, particles: tuple[str, ...]) -> bool:
    """Whether a line ends where a phrase goes on: one of these particles or an attributive form
    (between a title's lines only a case particle: 「…ガイドラインなど」 ends a menu's item)."""
    if not line or line[-1].isascii():
        return False
    from .analysis import _tokenizers

    morphemes = _tokenizers()[0].tokenize(line[-12:])
    if not len(morphemes):
        return False
    pos = morphemes[-1].part_of_speech()
    return (pos[0] == "助詞" and pos[1] in particles) or pos[5].startswith("連体形")


def _opens_with_particle(line: str) -> bool:
    """Whether a line opens with the case particle の, を or が (「の開催及び表彰等について」), never a
    heading's first word (「がん検診のご案内」, 「のぞみ号」: Sudachi reads a noun there)."""
    if line[:1] not in ("の", "を", "が"):
        return False
    from .analysis import _tokenizers

    morphemes = _tokenizers()[0].tokenize(line[:12])
    return bool(len(morphemes)) and morphemes[0].part_of_speech()[:2] == ("助詞", "格助詞")


def _joined(block: list[str]) -> str:
    """Lines of one sentence joined as the text runs (a space only between two Latin letters or digits)."""
    out = block[0]
    for line in block[1:]:
        out += (" " if out[-1].isascii() and out[-1].isalnum() and line[0].isascii() and line[0].isalnum() else "") + line
        if _sentence_end(out) >= 0:
            break
    return out


def _clean_cut(title: str) -> str:
    """A title that ends where the text does: the first sentence of a line of several, and a
    title over MAX_TITLE_CHARS cut at its last clause (、) that fits, else at the limit, with …"""
    end = _sentence_end(title)
    if end > 0 and (greeting := _GREETING_HEADING.match(title)):
        return greeting.group(1)
    if 8 <= end < len(title) and (_is_sentence(title) or len(title) > MAX_TITLE_CHARS):
        title = title[:end]  # not a heading of two sentences (「電波は重要な社会インフラ。不法電波に待ったなし!」)
    if len(title) <= MAX_TITLE_CHARS:
        return title
    if bilingual := _bilingual_cut(title):
        return bilingual
    cuts = [i for i, ch in _outside_brackets(title[: MAX_TITLE_CHARS - 1])
            if ch in "、，," and i >= MAX_TITLE_CHARS // 3 and not _DATE_BEFORE_CUT.search(title, 0, i)]
    if cuts:
        return title[:cuts[-1]] + "…"
    # No clause to cut at: not inside a bracket either (「総務省では「自治体デジタル・トランスフォーメーション(DX)推進
    # 計画【第2.0版…」 left both open), but before the bracket the limit falls in, when that keeps half the title.
    depth, opened_at = 0, -1
    for i, ch in enumerate(title[: MAX_TITLE_CHARS - 1]):
        if ch in _OPENERS:
            if depth == 0:
                opened_at = i
            depth += 1
        elif ch in _CLOSERS:
            depth = max(depth - 1, 0)
    if depth and opened_at >= MAX_TITLE_CHARS // 2:
        return title[:opened_at].rstrip() + "…"
    return _shortened(title)


def _bilingual_cut(title: str) -> str:
    """A title in English and Japanese (「Results of the Japan-U.S. … / 日米インターネットエコノミー政策協力対話の
    結果」) cut in its English half, the Japanese half whole: a reader searches and cites the Japanese
    (breaker40 c46 lost it to the cut).  "" when the title is not of that form."""
    halves = re.split(r"\s+[/／]\s+", title, maxsplit=1)
    if len(halves) != 2:
        return ""
    english, japanese = halves
    room = MAX_TITLE_CHARS - len(japanese) - 4
    if _KANA_OR_KANJI.search(english) or not _KANA_OR_KANJI.search(japanese) or room < 20:
        return ""
    return english[:room].rstrip() + "… / " + japanese


def _paragraph_from(lines: list[str], i: int, most: int) -> list[str]:
    out: list[str] = []
    for raw in lines[i:]:
        line = _clean_line(raw)
        if not line or len(out) >= most:
            break
        out.append(line)
    return out


def _is_trail(line: str) -> bool:
    return bool(line) and (is_breadcrumb(line) or bool(_HOME_OPENED.match(line)))


def _site_name(block: list[str], below: str = "") -> bool:
    """Whether lines above a trail (or above skip links: a short name, since a title may have a
    print link under it) are the site's or the section's name, not the page's title."""
    if any(_SITE_HEADER.search(b) for b in block):
        return True  # 「…Okinawa Office Of Telecommunications / サイトマップ文字を大きくするには…」 over its trail
    if below and not is_breadcrumb(below) and not _HOME_OPENED.match(below) and not _LABELLED_TRAIL.match(below):
        return len(block) == 1 and len(block[0]) <= 10 and not below.endswith("。")
    return len(block) <= 2 and all(len(b) <= 30 and "。" not in b for b in block)


def _shortened(title: str) -> str:
    """A title of at most MAX_TITLE_CHARS characters, cut with …"""
    return title if len(title) <= MAX_TITLE_CHARS else title[: MAX_TITLE_CHARS - 1] + "…"
