"""The document's own date: its fiscal year (年度) and year, and the evidence for each.

derive_years reads where real documents put their own date (a date line under the title, a 掲載日 /
更新日 stamp, the first sentence's 「…は、令和5年7月3日、…を開催しました」, a White Paper's edition, a
slide cover's month, an archive's trail, the file's path) and refuses what is not theirs: target years,
spans, cited dates, deadlines, the dates of things a row describes."""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from . import eras
from .eras import YearMention, find_years, fold, heading_fiscal_abbr, kanji_number
from .lines import BREADCRUMB_STEP, HEAD_LINES, STAMP_LABEL, STAMP_WORDS, is_breadcrumb, is_furniture, text_lines, title_proper

_EDITION_DIR = re.compile(r"^([hrHR])(\d{2})$")
_WP_CRUMB = re.compile(r"白書\s*[>＞]\s*(\d{1,2})\s*年版")
#: 令和 editions are at most this number so far; an era-less edition above it is 平成.
CURRENT_REIWA = 8
_WP_DIR = re.compile(r"whitepaper|white[-_]?paper|hakusho|白書", re.I)
_PATH_FY = re.compile(r"(?i)(?<![a-z])fy[-_]?((?:19|20)\d\d)(?!\d)|(?<!\d)((?:19|20)\d\d)\s*年度")
#: A 年度 of an era in a file's name (令和4年度_防災計画.docx, R4年度実績.xlsx, H30年度): the 年度 the file is for.
_PATH_ERA_FY = re.compile(r"(?i)(令和|平成|(?<![a-z])[rh])\s*([0-9]{1,2}|元)\s*年度")
_PATH_YEAR = re.compile(r"(?<!\d)((?:19[5-9]|20[0-4])\d)(?!\d)")
# Words right after a 年度 that make it the document's own year; a 年度's schedule (令和5年度の実施日時,
# …の日程) heads that 年度's days, the page's (realdocs dev r610, with _ITEM_OPENER's 第N回: 1 fixed, none broken).
_OWN_FY_AFTER = re.compile(r"^\s*(?:の)?\s*(?:事業|活動|予算|当初|総会|計画|報告|重点|取組|主な取組|版|第\s*\d\s*次補正|概算要求|要求額|（案）|\(案\)|実施日|実施予定|日程|スケジュール)")
#: A 補正予算 named together with the next 年度's budget (平成27年度補正予算及び平成28年度当初予算):
#: the two are drawn up and passed together in the winter, and such a title presents the coming
#: 年度's budget with the 補正 that prepays it, so the later 年度 is the document's (realdocs dev r442).
_CORRECTION_JOINED = re.compile(
    r"\s*(?:の)?\s*(?:第\s*\d\s*次)?\s*補正予算\s*(?:額|案|[(（]\s*案\s*[)）])?\s*(?:及び|並びに|と|、|・|,|，)\s*")
#: The next 年度 must name a budget (当初予算, 政府予算額): 「…及び令和5年度以降の計画」 is a plan's span.
_NEXT_BUDGET_AFTER = re.compile(r"\s*(?:の)?\s*(?:当初|政府)?\s*予算")
#: A 年度 given its amount (令和4年度:336,126千円): one year's share of a sum.
_AMOUNT_AFTER = re.compile(r"\s*[:：]\s*[0-9０-９][0-9０-９,，.]*\s*(?:千|百万|億|万)?円")
#: After a 年度, its budget as the topic of a sentence (令和6年度予算には、, 令和6年度政府予算案及び令和5年度
#: 補正予算は、): opening the page's first sentence, the budget the page presents (bench/realdocs README:
#: a budget sheet of 令和3年度 → 2021).
_BUDGET_TOPIC = re.compile(r"\s*(?:の)?\s*[^\s、。]{0,4}?予算(?:案)?[^、。]{0,16}?(?:には|では|は|については)[、,]")
#: A budget named after a 年度 (令和5年度当初予算, 令和6年度概算要求): a budget sheet's own year.
_BUDGET_AFTER = re.compile(r"^\s*(?:の)?\s*(?:当初予算|予算|概算要求|要求額|第\s*\d\s*次補正)")
#: After a 年度: a document numbered in it (令和7年度答申第2号, 令和5年度諮問第3号), as a council numbers its own.
_NUMBERED_IN_FY_AFTER = re.compile(r"\s*(?:答申|諮問)\s*第\s*\d{1,3}\s*号")
#: Before a bracketed 年度: 最新(令和5年度)の施策の実施状況, the latest 年度 a table gives, the one it is for.
_LATEST_BEFORE = re.compile(r"最新\s*[(（]\s*$")
#: After a 年度: its budget running what the page offers, now (「令和6年度総務省予算事業として実施するもので」,
#: 「令和6年度当初予算で実施している案件」); not one that ran (予算で実施した: a past project, cited).
_BUDGET_RUNS_AFTER = re.compile(r"\s*(?:の)?\s*[^。、\n]{0,8}予算(?:事業)?\s*(?:で|として|により)\s*実施(?:する|している|します|しています)")
#: After a 年度 opening a marked heading (【…】, ■…): the results of that 年度, which the page reports.
_RESULTS_AFTER = re.compile(r"\s*(?:[(（][^)）]{1,6}[)）])?\s*の\s*(?:成果|取組実績|実績|取組状況)")
#: Earlier in a sentence, a 年度 a trend runs from (令和4年度から急増しており、…): a 年度 named after it is a
#: figure of that series, not the year the text reports on (realdocs dev r3961).
_TREND_BEFORE = re.compile(r"年度\s*(?:から|以降)[^、。]{0,12}(?:増|減|伸び|推移|上昇|低下|拡大|縮小)")
#: A 年度 as the topic of a sentence (平成26年度は、/ については、): the year the text
#: reports on.  Worth 3: enough for one in an opening sentence (whose head score is
#: halved, 2.6-3), never enough alone further down (the threshold is 4).
_FY_TOPIC = re.compile(r"^\s*(?:は|については|においては)[、,]")
#: An opening sentence that reports on a 年度 and says so (「…局は、平成27年度に実施した…調査について、
#: …取りまとめました」, 「令和3年度、26件の実証事業を実施しましたので、その成果概要を公表します」,
#: 「令和6年度に…が実施した…事業を紹介します」, 「平成23年度末における…の進捗について…取りまとめました」,
#: 「平成29年度調査について速報値を取りまとめましたので公表します」):
#: a report of that 年度's results is for that 年度, whenever it is published.  The verb must
#: announce the report itself; a sentence that only recounts (「平成21年度に…を整備し、…を開始
#: しました」) is a page's history, not its year.
_FY_REPORTED = re.compile(
    r"\s*(?:に[^。、]{0,20}?実施(?:した|された)|の|末における|末の|における|において|、|調査(?:について|結果))[^。]*?"
    r"(?:取りまとめ|とりまとめ|公表|紹介|報告|お知らせ)(?:いた)?(?:し|いたし)?(?:ます|ました|た)"
)
#: A sentence opened by these adds a second subject to the report (「併せて、平成25年度における…
#: を取りまとめましたので公表いたします」): its 年度 is not the one the page is for.
_ASIDE_OPENER = re.compile(r"[\s○●◯・]*(?:併せて|あわせて|また|なお)[、,]")
#: A sentence opened by these adds its subject to the one before (併せて、…): not また or なお, which also open
#: the page's next topic of its own.
_SECOND_SUBJECT = re.compile(r"[\s○●◯・]*(?:併せて|あわせて)[、,]")
#: A first sentence giving a 年度's figures (「令和3年度に消費生活センターに寄せられた相談件数は1,112件でした。」):
#: an annual report's, for that 年度.  Not a total since it (平成20年度の制度開始以来の寄附件数は…) nor a
#: figure as of it (令和2年度の調査の時点では…120件でした): a later page's baseline.
_FY_FIGURES = re.compile(r"\s*(?:第\s*[1-4]\s*四半期|[上下]半期)?(?:\s*[(（][^)）]{1,12}[)）])?\s*(?:に|の|中に|中の|における)(?:(?!以来|時点)[^。]){0,40}?(?:件数|人数|件|人)[^。]{0,12}?(?:でした|です|となりました)。")
#: The report sentence is one of the page's first sentences: a press release may open with a
#: sentence of background (「平成23年7月24日のアナログ放送終了に際しては…」) before its own (on
#: the realdocs dev pages the third at the latest).
REPORT_SENTENCES = 3
#: …and without the comma (「平成28年度は前年度に引き続き…」).
_FY_TOPIC_BARE = re.compile(r"\s*(?:は|については|においては)(?![、,])")
#: 今年度 / 本年度 glossed with its year (「今年度(令和3年度)スタートした中長期計画」): the 年度
#: the text is written in, wherever it stands.
_CURRENT_FY_BEFORE = re.compile(r"(?:今|本)年度\s*[(（]\s*$")
#: …and 前年度 / 昨年度 glossed (「前年度(令和4年度)の講座に登壇された講師に感謝状を贈呈しました」):
#: the text is written in the 年度 after it.
_PREVIOUS_FY_BEFORE = re.compile(r"(?:前|昨)年度\s*[(（]\s*$")
#: A head's policy speech to the assembly (施政方針, 所信, 町政執行方針): delivered in the 2月/3月
#: session (or the first after an election), it is for the 年度 whose budget it opens (bench/realdocs
#: README: 「施政方針 for 令和5年度 budget」 → FY2023), not the 年度 of the day it is read.
_POLICY_SPEECH = re.compile(r"施政方針|所信|執行方針|施政の方針|(?:[市町村区県府都道]政|県政|市政)運営方針")
#: …the 年度 that sentence names for its budget or its administration (「令和5年度一般会計予算…の審議を
#: お願いするに当たり、私の施政方針を」, 「平成30年度の市政運営に関し、私の所信を」).  A press
#: conference or a committee on the next budget says neither word: it keeps its day's 年度.
_SPEECH_FY_AFTER = re.compile(r"[^。、]{0,30}?(?:予算|[市町村区県府都道]政(?:運営|執行))")
#: …but not a speech another page reports (地元紙の報道によると、市長は「令和6年度当初予算案の…私の施政
#: 方針を申し上げます」と述べた; …申し上げたと報じられた): the day's news, of that day's 年度.  The
#: speech quoted in 「」 before its 年度 is told so too.  On the realdocs dev pages no speech is.
_REPORTED_SPEECH = re.compile(r"報道|報じ|と述べ")
#: The month of a session, without its year (村議会3月定例会, 6月会議).
_SESSION_MONTH = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(?:定例会|臨時会|定例議会|会議)")
#: An official's 議案説明 (a committee's 「令和5年2月定例会総務委員会 議案説明及び所管事項等の報告」) at the
#: spring session, the February or March one that takes the coming 年度's budget (bench/realdocs README,
#: spring policy speeches: a 議案説明 presenting that budget by its number is for that 年度).  It says
#: neither 施政方針 nor 所信: the title says what it is, the opening names the budget.  A prefecture's or a town's
#: 提案説明 / 提案理由(説明) (「令和6年2月定例会 知事提案説明」) is the same speech under another name, and so is the head's
#: 説明 (「令和4年2月徳島県議会定例会知事説明」, 「2月議会 知事説明要旨」: a governor opens the session presenting its bills;
#: realdocs dev r4928; the other dev pages so headed, r3028 and r4300, name the budget by no number and r4397 is of September).
_BILL_EXPLANATION = re.compile(r"議案\s*(?:の)?\s*説明|提案\s*(?:理由)?\s*(?:の)?\s*説明|提案理由|(?:知事|市長|町長|村長|区長)\s*説明(?!会)")
SPRING_SESSION_MONTHS = (2, 3)
#: A year's first 定例会 by its number (令和6年第1回定例会, 第1回○○町議会定例会): it sits in February or March (every
#: first 定例会 the realdocs dev pages name, on 9 pages, is of 2月 or 3月: _FIRST_SESSION_NOTE), the spring session.
_FIRST_REGULAR_SESSION = re.compile(r"第\s*1\s*回\s*(?:[^\s、。]{0,12}?議会\s*)?定例会")
#: A later session of the year by its number (令和6年第4回定例会, 第2回臨時会): a first 定例会 its opening names (「令和6年
#: 第1回定例会で御議決いただいた…」) is an earlier one, not the speech's (sceptic42's page, a December speech).
_LATER_SESSION = re.compile(r"第\s*(?!1\s*回)\d+\s*回\s*(?:[^\s、。]{0,12}?議会\s*)?(?:定例会|臨時会)")
#: The heading is looked for in this many lines: a council site's menu runs to some 20 lines above it.
BILL_HEADING_LINES = 40
#: The session's month, its year before it or not (令和5年2月定例会, 3月定例議会).
#: The assembly may be named between (令和4年2月徳島県議会定例会), and the month written in kanji as a speech writes it
#: (「本日、二月県議会定例会を招集致しましたところ」: realdocs dev r4928).
_SESSION_MONTH_DATED = re.compile(r"(?<![\d〇一二三四五六七八九十])(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*"
                                  r"(?:[^\s、。\d]{0,8}?(?:県|府|都|道|市|町|村|区)議会\s*(?=定例会|臨時会))?(?:定例会|臨時会|定例議会|議会|会議)")
#: …the budget it presents: the coming 年度's 当初予算 (「まず、令和5年度当初予算案の概要であります。」); a
#: 補正予算 of the 年度 running, presented at the same session, is not the speech's 年度; nor is the running
#: 年度's 当初予算 that a 補正 or the new budget is measured against or changes (「令和5年度当初予算に比べ」,
#: 「…と比較して3.2%の増」, 「令和5年度当初予算に計上した事業のうち…減額する」: breaker37's pages).  A 会計予算 with
#: no 補正 between (「令和6年度一般会計予算をはじめとする議案」) is the 当初予算 the spring session takes.
_INITIAL_BUDGET_AFTER = re.compile(
    r"\s*(?:の)?\s*(?:(?:[^\s、。]{0,6}?会計)?\s*当初|[^\s、。]{0,6}?会計)\s*予算(?!\s*(?:額)?\s*(?:と(?:の)?比較|に比べ|比|対比|に計上|で計上|で措置|に対し))")
#: The budget's name in quotes and nothing else (「初めに、「令和四年度当初予算案」につきましては、…」): the speech names its
#: budget, it is not a speech quoted by another page (「令和6年度当初予算案の…私の施政方針を申し上げます」と述べた).
_QUOTED_BUDGET_NAME = re.compile(r"「[^「」。]{3,12}?予算\s*(?:\(?\s*案\s*\)?)?」")
#: The head named as the sentence's subject before the budget (「2月定例会の冒頭、知事は「令和5年度当初予算案」について説明
#: しました。」): a page that reports the 説明 (a 概要 posted after it), not the speech, which says 私 or nobody; it is of its
#: own day (sceptic71's pages: dates51's 知事説明 heading made such a report a bill opening).
_HEAD_TOLD = re.compile(r"(?:知事|市長|町長|村長|区長)\s*(?:は|が)")
#: A sentence telling an act done (…を調べました。, …を開催しました。): no background of a report.
_TOLD_ACT = re.compile(r"(?:ました|でした)。")
#: A sentence that ends telling what was done (…いたしました。, …でした。): a past 年度's account.
_LOOKED_BACK = re.compile(r"(?:ました|でした|た)[。\s]*$")
#: A press conference's record (知事記者会見, 大臣会見録, 会見要旨); a head's 記者発表 (知事の記者発表) is
#: the briefing he gives in person, where a bare 記者発表(資料) is a department's release.
_PRESS_CONFERENCE = re.compile(r"記者会見|会見録|会見要旨|会見概要|定例会見|大臣会見|(?:知事|市長|町長|村長|区長|大臣|長官)の?記者発表")
#: A line longer than this is a sentence, not a heading (headings of the 94
#: labelled documents and the realdocs dev pages are at most ~50 characters).
LONG_LINE = 60
TAIL_LINES = 4


def _line_no(lines, offset: int, starts: list[int] | None = None) -> int:
    """Index of the line holding offset (len(lines) if none): a binary search over
    the line starts, so a text of many lines and many years stays linear."""
    starts = starts if starts is not None else [s for s, _, _ in lines]
    i = bisect.bisect_right(starts, offset) - 1
    return i if i >= 0 and offset <= lines[i][1] else len(lines)


#: After a White Paper's name, words that make the line about it rather than part of it: a
#: press release announcing it (「…(平成22年版情報通信白書)の公表」) or a text citing it
#: (「令和2年版情報通信白書によると」); not its own foreword (「平成18年警察白書の刊行に当たって」).
_WP_NOT_OWN = re.compile(r"白書[)）」』]*\s*(?:の|を)?\s*(?:公表|発表|刊行(?!に当たって|にあたって)|では|によると|によれば|において|より|から|参照)")
#: The name of a White Paper right before its edition: 情報通信白書 令和5年版, 防衛白書(令和5年版),
#: a trail's 白書 > 令和4年版 > ….
_WP_NAME_BEFORE = re.compile(r"白書\s*[)）」』]?\s*[(（]?\s*(?:[>＞]\s*)?$")
#: An edition written as the bare 西暦 after the name: エネルギー白書2023, 防災白書 2023 (not 白書2023年度…).
_WP_AD_AFTER = re.compile(r"白書\s*[(（]?\s*((?:19|20)\d\d)(?![\d年./-])")
#: A White Paper named by the 年度 it reports on (令和4年度 文部科学白書, 令和4年度食料・農業・農村白書):
#: the annual report on a closed 年度, published in the next calendar year.
_WP_FY_NAME = re.compile(r"\s*[^\s。、「」()（）]{0,16}?白書")
#: …and by its calendar year without 版 (平成18年警察白書, 平成18年 警察白書): the name's words only.
_WP_YEAR_NAME = re.compile(r"\s*[\u4e00-\u9fff・ァ-ヶー]{0,12}白書")
#: Lines of the head read for an edition: a White Paper page's own title may stand below
#: a site name, a menu line or a trail (on the realdocs dev pages: the title or first line
#: 38 times, the second line 4 times; 6 leaves room for a longer site header).
WP_HEAD_LINES = 6


def _edition_in(s: str) -> tuple[int, str] | None:
    """The White Paper edition a title or heading names, as (edition year, text)."""
    if "白書" not in s or _WP_NOT_OWN.search(s):
        return None
    for y in find_years(s):
        after, before = s[y.end:y.end + 20], s[max(0, y.start - 20):y.start]
        if y.kind == "edition" and ("白書" in after or _WP_NAME_BEFORE.search(before)):
            return y.year, y.text  # 令和3年版情報通信白書, 情報通信白書 令和3年版, 白書 > 令和4年版 > …
        if y.kind == "fiscal" and _WP_FY_NAME.match(s, y.end):
            return y.year + 1, y.text  # 令和4年度 文部科学白書: on 年度 2022, published in 2023
        if y.kind == "calendar" and y.month is None and _WP_YEAR_NAME.match(s, y.end):
            return y.year, y.text  # 平成18年警察白書: an edition named by its year without 版
    if m := _WP_AD_AFTER.search(fold(s)):
        return int(m[1]), m.group()
    # 総務省's site writes 平成 editions without the era: 白書 > 27年版 > …
    if (m := _WP_CRUMB.search(fold(s))) and CURRENT_REIWA < int(m[1]) <= 31:
        return eras.era_year("平成", int(m[1])), f"白書 > {m[1]}年版 (平成{m[1]}年版, era left out)"
    return None


#: How white_paper_edition says an edition came from a heading below the first line (weaker evidence).
_IN_A_HEADING = "白書 edition, heading line"
#: A line naming a file attached to the page (別添資料「平成24年版 情報通信白書の概要」, 別添1「…」, 別紙):
#: the White Paper it names is the attachment, and the page the press release that publishes it.
_ATTACHED = re.compile(r"別添|別紙|添付")
#: …and how white_paper_edition says so.
_AS_ATTACHMENT = ", named as the page's attachment"
#: A first sentence announcing an edition (「…令和5年版環境白書…が閣議決定されました。」, 「…白書を公表しました」, a news item: 「…(令和4年版情報通信白書)を公開した。」).
#: 公開 only as news (sceptic76): 「…白書を公開しています」 / 「…公開しております」 is the standing sentence of the edition's own
#: top page or of a list of editions, which keep the edition rule.
_WP_ANNOUNCED = re.compile(r"白書[)）」』]?[^。]{0,30}?(?:が|を)\s*(?:(?:閣議決定|閣議報告|公表|発表|刊行)(?:され|し|いたし)"
                           r"|公開(?:され|し|いたし)(?!て(?:い|おり)))")
#: …and how derive_years says so.
_AS_ANNOUNCED = ", announced by the page's first sentence"


def white_paper_edition(path: Path, text_head: str, title: str) -> tuple[int, str] | None:
    """Edition year of 白書 material: from 令和3年版…白書 in title/head, or whitepaper/r03 in the path."""
    # The title, the first line and the headings of the head name the document's own
    # edition; a sentence citing 「平成27年版情報通信白書では」 does not, nor does a
    # list of editions (an archive page's 令和5年版 / 令和4年版 / …).
    head = [l for l in text_head.split("\n") if l.strip()][:WP_HEAD_LINES]
    for where, s in (("title", title or ""), ("text", head[0] if head else "")):
        if found := _edition_in(s):
            return found[0], f"{where}: 「{found[1]}」 (白書 edition)"
    found_in_head = {}
    for i, line in enumerate(head[1:], 2):
        if not _is_sentence(line) and (found := _edition_in(line)):
            found_in_head.setdefault(found[0], (i, found[1], bool(_ATTACHED.search(line))))
    if len(found_in_head) == 1:
        year, (i, what, attached) = next(iter(found_in_head.items()))
        return year, f"text: 「{what}」 ({_IN_A_HEADING} {i} of the head{_AS_ATTACHMENT if attached else ''})"
    parts = Path(path).parts
    for i, part in enumerate(parts[:-1]):
        m = _EDITION_DIR.match(part)
        if m and any(_WP_DIR.search(p) for p in parts[:i]):
            n = int(m[2])
            year = eras.era_year("平成" if m[1].lower() == "h" else "令和", max(n, 1))
            era = "平成" if m[1].lower() == "h" else "令和"
            label = f"{era}{'元' if n == 1 and era == '令和' else n}年版"
            return year, f"path: {'/'.join(parts[i - 1:i + 1])} ({label})"
    return None


#: A range between two years: 令和元年度～令和7年度, 2023年度－2027年度.  A hyphen
#: counts only with a year on its other side (「令和5年度 - 東北総合通信局」 is a
#: page title and its site).
_SPAN_AFTER = re.compile(r"\s*(?:[~～〜]|[-－‐―]\s*(?:明治|大正|昭和|平成|令和|[RHS]?\d))")
#: The mark must follow a year or date (…令和5年度から令和9年度 is a span without まで): a subtitle between wave dashes
#: (「〜平成14年度IT重点施策に関する基本方針〜」) is no span.
_SPAN_BEFORE = re.compile(r"[年度月日\d)）]\s*[~～〜\-－‐―]\s*$|[年度月日]\s*(?:から|より)\s*$")
#: After a 年度: a target (令和9年度までに, 令和13年度末まで, 令和7年度中に, 2030年度に向けて), a
#: start (令和2年度から, 以降), an as-of point (令和5年度末時点) or an open end (平成25年度以前の…: an
#: archive of the years up to it): not the document's own year.
_TARGET_AFTER = re.compile(r"\s*(?:\([^)]{1,12}\))?\s*(?:末\s*)?(?:まで|迄|を目途|を目標|目標|以降|以前|から|[中内]に|に向け|時点|現在)")
#: An ex-post evaluation (事後評価) of a 年度's project: MIC's grants have it written years
#: after the project (on the realdocs dev pages 5 to 14 years), so that 年度 is not the page's.
#: The same for its interim and repeated evaluations (「…事業(令和3年度)における再評価結果」,
#: 「…事業(令和2年度分)に係る中間評価結果」), written in the years after the project.
_EX_POST = re.compile(r"[^。]{0,40}?(?:事後|中間|再)評価")
#: A page that evaluates a project: its 事後評価 / 中間評価 / 再評価, or the sections of MIC's
#: evaluation form (3 目標と実績 / 4 評価及び課題), which a grant's town fills in years after.
_EVALUATION = re.compile(r"(?:事後|中間|再)評価|目標と実績|評価及び課題")
#: On such a page, the key of a table's row naming the project (事業年度 平成21年度, 1 事業名 /
#: 平成30年度…補助金事業): its 年度 is the project's, not the evaluation's.
_PROJECT_KEY = re.compile(r"(?:事業年度|実施年度|事業名(?:称)?)\s*[:：]?\s*$")
#: A law or a rule named by the year it was revised (令和3年度改正個人情報保護法, 平成27年度改正法).
_REVISION_AFTER = re.compile(r"\s*(?:一部)?改正")
#: A line that is only a 年度 (with a bullet, a bracket or a gloss: 「■平成26年度」, 「令和元年度(2019年度)」,
#: 「平成26(2014)年度」).
_BARE_FY_LINE = re.compile(
    r"[\s■□●○◆◇【\[(<・*#]*(?:明治|大正|昭和|平成|令和|[RHS]|(?:19|20)(?=\d\d))\s*[\d元]{1,2}(?:\s*\([^)]{1,8}\))?\s*年度(?:\s*\([^)]{1,12}\))?[\s】\])>]*"
)
#: A table's row of a 年度 and its figure (「令和4年度 12件」, 「令和5年度\t18件\t2,400千円」, 「令和3年度:85%」): with another such row
#: of another 年度 on the page, a table of several years, none of whose rows is the page's 年度 (wrongdates46's written pages).
_FY_FIGURE_ROW = re.compile(
    _BARE_FY_LINE.pattern + r"\s*[:：|｜\t]?\s*(?>[0-9０-９][0-9０-９,，.．]*\s*(?:件|人|名|団体|社|校|局|世帯|回|か所|箇所|円|千円|万円|百万円|億円|%|％|ha|km)?[\s|｜\t]*)+")
#: A heading naming this many different 年度 is a list (an archive menu 「令和6年度
#: 令和5年度 令和4年度」, a table header), not the year of the page (a heading of the
#: realdocs dev pages names at most two: 「令和4年度実績と令和5年度計画」).
LIST_YEARS = 3


#: What may stand before a 年度 that opens its line: indentation, a bullet, an opening bracket.
_LINE_OPENS = re.compile(r"[\s■□●○◆◇【\[(（<・*#\-－]*")
#: A table's key for a 年度 alone on its line (事業年度, 実施年度, 整備年度:): the 年度 on the next line
#: is that row's value (the year of a project an evaluation page reviews), not a heading of the page.
_FY_FIELD = re.compile(r"^\s*[^\s\d。、:：()（）]{1,10}年度\s*[:：]?\s*$")


#: A line opening with a connective and its comma (「そこで、平成23年度補正予算(第3号)におい」, a PDF's row of a wrapped
#: sentence with blank lines between the rows): running text cut by the layout, never a heading, however short (realdocs
#: dev half B: a 消防白書 page given the 年度 of the budget its sentence cites).
_CONNECTIVE_OPENS = re.compile(r"^[\s・]*(?:そこで|また|なお|さらに|更に|しかし|しかしながら|一方|このため|そのため|これにより|その結果|加えて|あわせて|併せて)\s*[、,]")


def _is_sentence(line: str) -> bool:
    """A line of running text, not a heading: a navigation trail is never one, however long."""
    return ("。" in line or len(line.strip()) > LONG_LINE or bool(_CONNECTIVE_OPENS.match(line))) and not is_breadcrumb(line)


@dataclass(frozen=True)
class _OwnFiscalYear:
    mention: YearMention
    why: str
    #: Named by the title or a heading of the head, not only inside a sentence:
    #: strong enough to beat the 年度 of the document's own date.
    strong: bool
    #: The topic of an opening sentence (「平成26年度は、以下の取組みを実施した」):
    #: the year the text reports on, evidence enough for a page without a date.
    topic: bool = False
    #: The 年度 an opening sentence reports on (_FY_REPORTED): evidence for a page without a
    #: date; a dated page keeps its date's 年度 unless the report is its first sentence's (results).
    reported: bool = False
    #: The 年度 whose results the page's first sentence reports (「…は、平成27年度における…の実施状況を
    #: 取りまとめましたので公表します」, 「令和3年度に…寄せられた相談件数は1,112件でした」): the 年度 the
    #: report is for, also on a dated page (bench/realdocs README: a report of 平成20年度 results dated
    #: 平成21年4月 → 2008).  Not the state at a 年度's end (平成26年度末の結果): a survey's as-of point.
    results: bool = False
    #: The 年度 a head's policy speech opens (_POLICY_SPEECH): the speech's own, also over its day.
    speech: bool = False


#: A meeting's agenda heading (議事 / 議題 / 次第, numbered or not: 「2 議題」, 「議事次第」) and the numbered items
#: under it (「(3) 令和6年度の取組について」): the topics a meeting takes up, among them the coming 年度's plan.
_AGENDA_HEAD = re.compile(r"\s*(?:[0-9０-９]{1,2}[.．]?\s*)?(?:会議次第|議事次第|次第|議事|議題|協議事項|報告事項)\s*[:：]?\s*")
_AGENDA_ITEM = re.compile(r"\s*(?:[(（][0-9０-９]{1,2}[)）]|[①-⑳]|[0-9０-９]{1,2}[.．)）])\s*\S")


def _agenda_items(lines) -> set[int]:
    """The lines of a meeting's numbered agenda items: the run of numbered lines right under an agenda heading
    (_AGENDA_HEAD).  Their 年度 (「(3) 令和6年度の取組について」 on a 第2回会議 of 令和5年11月) is a topic the meeting
    takes up, not a heading of the page: the page is the meeting's record, of its day's 年度 (bench/realdocs
    README, records against their posting stamp).  Found by breaker40 (an 協議会's 概要 page); on the dev set
    one page in each half has such a line."""
    out: set[int] = set()
    inside = False
    for i, (_, _, line) in enumerate(lines):
        if _AGENDA_HEAD.fullmatch(line):
            inside = True
        elif inside and _AGENDA_ITEM.match(line):
            out.add(i)
        elif line.strip():
            inside = False
    return out


def _in_title_step(line: tuple[int, int, str], y: YearMention) -> bool:
    """Whether y stands in the last step of a breadcrumb line and that step reads as a title."""
    start, _, text = line
    last = list(BREADCRUMB_STEP.finditer(text))[-1].end()
    return y.start - start >= last and bool(title_proper(text[last:]))


_GLOSS_CLOSES = re.compile(r"\s*[)）]")


def _reported(folded: str, line: tuple[int, int, str], y: YearMention) -> bool:
    """Whether y is the 年度 its sentence reports on, by a verb that announces the report (_FY_REPORTED)."""
    start, end, _ = line
    opened = folded.rfind("。", start, y.start) + 1 or start
    closes = folded.find("。", y.end, end)
    at = y.end
    if (_PREVIOUS_FY_BEFORE.search(folded, max(start, y.start - 8), y.start) or _CURRENT_FY_BEFORE.search(folded, max(start, y.start - 8), y.start)) and (
            shut := _GLOSS_CLOSES.match(folded, y.end, end)):
        at = shut.end()  # 「昨年度(令和5年度)に実施した…調査の結果を取りまとめました」: the bracket glosses 昨年度, read on after it
    if _ASIDE_OPENER.match(folded, opened, y.start) or not _FY_REPORTED.match(folded, at, end if closes < 0 else closes + 1):
        return False
    # 「政府は、平成28年5月、2030年度の温室効果ガス排出量を…削減する目標を含む計画を公表しました。」: a 年度 after the
    # day its sentence tells is a target the report sets, not the 年度 it reports on (dates45: a reported misfire).  Read
    # within DATE_CONTEXT before it: a text of one line without 。 is one sentence.
    return not any(d.kind == "calendar" and d.month is not None and d.fiscal_year < y.fiscal_year
                   for d in find_years(folded[max(opened, y.start - DATE_CONTEXT):y.start]))


def _paired_with_next_budget(text: str, y: YearMention, following: list[YearMention]) -> bool:
    """Whether y is a 補正予算's 年度 joined to the next 年度's budget (_CORRECTION_JOINED)."""
    if y.kind != "fiscal" or not following:
        return False
    nxt = following[0]
    return (nxt.kind == "fiscal" and nxt.year == y.year + 1
            and bool(_CORRECTION_JOINED.fullmatch(fold(text[y.end:nxt.start])))
            and bool(_NEXT_BUDGET_AFTER.match(fold(text[nxt.end:]))))


#: Two subjects joined in a title (…調査結果(平成28年度)〔速報値〕及び平成30年度以降の…整備方針について(通知)).
_JOINED_SUBJECTS = re.compile(r"[^。]{0,40}?(?:及び|並びに)\s*$")


def _first_of_two_subjects(title: str, y: YearMention, following: list[YearMention]) -> bool:
    """Whether y names the first of two subjects a title joins, the second running from a later 年度 (a 通知
    carrying a survey's results and a policy from 平成30年度以降: bench/realdocs README, results reported
    after their 年度, the second subject keeps the date's 年度)."""
    if y.kind != "fiscal" or not following:
        return False
    nxt = following[0]
    return (nxt.kind == "fiscal" and nxt.year > y.year and bool(_TARGET_AFTER.match(fold(title[nxt.end:])))
            and bool(_JOINED_SUBJECTS.fullmatch(fold(title[y.end:nxt.start]))))


#: A 法人's business year named by its span in the head (「第20期事業年度(令和5年4月1日〜令和6年3月31日)」 over a
#: 財務諸表 or 事業報告書): the 年度 it is for, as 「令和5年度」 would be.  Not a plan's span of several years
#: (中長期目標期間 令和3年4月1日〜令和8年3月31日) nor a span without 事業年度 / 会計年度 (an application period).
_BUSINESS_YEAR = re.compile(r"(?:事業|会計)年度")
_SPAN_JOIN = re.compile(r"\s*(?:[~～〜\-－‐―]|から)\s*")
BUSINESS_YEAR_LINES = 4


def _business_year_span(title: str, lines) -> YearMention | None:
    head = [title] + [l for _, _, l in lines[:BUSINESS_YEAR_LINES]]
    if not any(_BUSINESS_YEAR.search(h) for h in head):
        return None
    for h in head:
        ys = find_years(h)
        for a, b in zip(ys, ys[1:]):
            if ((a.month, a.day, b.month, b.day) == (4, 1, 3, 31) and b.year == a.year + 1
                    and _SPAN_JOIN.fullmatch(h, a.end, b.start)):
                return a
    return None


#: A heading telling the dated lines below it as past (過去の募集, これまでの開催状況, 沿革, 改定履歴): each 年度 opening one of
#: those lines is a past round's or a record's, not a heading of the page's own 年度 (bench/realdocs README, dates of pages
#: without a date line: a history, past events given as background, an application period of a past round do not date a
#: page; wrongdates46's written pages).  Narrower than _PAST_RECORD: 実績 or 開催状況 alone heads a 年度's own report.
#: (Not an update's or a revision's 履歴 (更新履歴, 改定履歴): its rows are the page's own updates, whose latest dates it, README;
#: nor a heading that names the present beside the past (「事業の経緯と今年度の募集」, 「これまでの取組と今後の予定」): the lines
#: below it hold the running round (sceptic58's written pages).)
_PAST_HEADING = re.compile(r"過去の|これまでの|以前の|沿革|あゆみ|歩み|経緯|(?<!更新)(?<!改定)(?<!改訂)(?<!改正)(?<!変更)(?<!修正)履歴|終了した")
_PRESENT_IN_HEADING = re.compile(r"今年度|本年度|今回|現在の|最新|今後")


def _past_heading(line: str) -> bool:
    """Whether a heading line tells the dated lines below it as past (_PAST_HEADING) and names no present beside it."""
    return bool(_PAST_HEADING.search(line)) and not _PRESENT_IN_HEADING.search(line)


PAST_RUN = 20


#: After a 年度, a past act that made the thing a title or heading goes on to name (「平成28年度に整備した光ファイバ網の更新に
#: ついて」, 「令和3年度に導入したAI議事録システムの利用状況」): the year that thing was built or brought in, years before the page
#: about its update or its use (wrongdates46's written pages).  Not 実施した (「令和5年度に実施した調査の結果」: the report of
#: that 年度, bench/realdocs README: results reported after their 年度).
_PAST_ACT_AFTER = re.compile(r"\s*(?:(?:に|中に|末に)\s*[^\s、。]{0,12}?(?:整備|導入|設置|開設|構築|建設|策定|制定|設立|開通|更新|改修)"
                             r"(?:した|された)(?=[一-龥ァ-ヶ「『A-Za-zＡ-Ｚａ-ｚ])"
                             # …or the founding of a scheme or a body named by its 年度 (「…交付金(平成20年度創設)」)
                             r"|(?:に)?\s*(?:創設|設立|発足)\s*(?:[)）]|され|した))")


def _under_past_heading(lines, li: int) -> bool:
    """Whether line li opens a run of dated lines (none a sentence) right under a _PAST_HEADING line that is no sentence."""
    j = li - 1
    while j >= 0 and li - j <= PAST_RUN and not _is_sentence(lines[j][2]) and find_years(lines[j][2]):
        j -= 1
    return j >= 0 and li - j <= PAST_RUN and not _is_sentence(lines[j][2]) and _past_heading(fold(lines[j][2]))


def _own_fiscal_year(text: str, title: str, lines) -> _OwnFiscalYear | None:
    """The 年度 the document is for: in the title, the first lines, or named
    as the year of its plan, report or budget — never just the most frequent."""
    best: tuple[float, YearMention, str, bool, bool, bool, bool, bool] | None = None
    title = title_proper(title)
    evaluation = bool(_EVALUATION.search(title) or _EVALUATION.search(text))
    title_years = find_years(title)
    for i, y in enumerate(title_years):
        before, after = fold(title[:y.start]), fold(title[y.end:])
        if _paired_with_next_budget(title, y, title_years[i + 1:i + 2]) or _first_of_two_subjects(title, y, title_years[i + 1:i + 2]):
            continue
        if y.kind == "fiscal" and not (
            _SPAN_BEFORE.search(before) or _SPAN_AFTER.match(after) or _TARGET_AFTER.match(after) or _EX_POST.match(after)
            or _PAST_ACT_AFTER.match(after)
            or (evaluation and _PROJECT_KEY.search(before))
        ):
            return _OwnFiscalYear(y, f"title: 「{title.strip()[:40]}」", True)
    if (y := _business_year_span(title, lines)) is not None:
        return _OwnFiscalYear(y, f"head: 事業年度 「{y.text.strip()}」 to 3月31日 (a 法人's business year)", True)
    if not title_years and (y := heading_fiscal_abbr(title)):
        # 「北陸総合通信局 R5 取組」: a note's heading gives its 年度 in the bare abbreviation (eras.heading_fiscal_abbr).
        return _OwnFiscalYear(y, f"title: 「{title.strip()[:40]}」 ({y.text.strip()} read as a 年度)", True)
    folded = fold(text)
    # (not on a figure's source line: 「(出典)総務省「令和4年度…調査」」 names the survey a figure is from, _SOURCE_LINE;
    # the lines found once, not a line's start looked for from each mention: a text of one long line)
    sourced = [(m.start(), folded.find("\n", m.end()) % (len(folded) + 1)) for m in _SOURCE_LINE_M.finditer(folded)]
    mentions = [y for y in find_years(text) if y.kind == "fiscal"
                and not (sourced and _in_source_line(folded, sourced, y.start))]
    starts = [s for s, _, _ in lines]
    line_of = [_line_no(lines, y.start, starts) for y in mentions]
    years_on_line: dict[int, set[int]] = {}
    for y, li in zip(mentions, line_of):
        # The two ends of a span (第5期中長期目標期間(2021年度〜2025年度)の2年目にあたる2022年度は、) are one
        # period, not 年度 listed side by side.
        if not (_SPAN_AFTER.match(folded, y.end) or _SPAN_BEFORE.search(folded, max(0, y.start - 4), y.start)):
            years_on_line.setdefault(li, set()).add(y.year)
    sentence_lines = {li: li < len(lines) and _is_sentence(lines[li][2]) for li in set(line_of)}
    # 822,762千円(令和4年度:336,126千円、令和5年度:486,636千円): a sum broken down by 年度 names
    # the years a project runs in, planned before the first: the first is the sheet's own (realdocs
    # dev r2325), the later ones its plan, and the brackets no comparison.
    amounts: dict[int, set[int]] = {}
    for y, li in zip(mentions, line_of):
        if _AMOUNT_AFTER.match(folded, y.end):
            amounts.setdefault(li, set()).add(y.year)
    breakdown = {li for li, ys in amounts.items() if len(ys) >= 2}
    ranks = _head_ranks(lines) + [len(lines) + DATE_SCAN_LINES]  # the last for "no line"
    # Headings of the head that name LIST_YEARS or more different 年度 between them (令和5年度 /
    # …実績 / 令和4年度 / … on a page of yearly sections, the rows of a table by 年度) are a
    # list, and none of them is the page's year.  Spans and targets are not counted.
    heading_years = {
        y.year for y, li in zip(mentions, line_of)
        if ranks[li] < HEAD_LINES and not sentence_lines[li] and not is_breadcrumb(lines[li][2])
        and not _SPAN_BEFORE.search(folded, max(0, y.start - 4), y.start)
        and not (_SPAN_AFTER.match(folded, y.end) or _TARGET_AFTER.match(folded, y.end))
    }
    yearly_sections = len(heading_years) >= LIST_YEARS
    # A line that is a 年度 and nothing else (「平成26年度」 over that year's calls and results) heads
    # a section; with another such line of another 年度 anywhere in the text (「平成27年度」 further
    # down) the page runs over several years, and neither is its own.
    bare = {li: y.year for y, li in zip(mentions, line_of) if li < len(lines) and _BARE_FY_LINE.fullmatch(folded, lines[li][0], lines[li][1])}
    bare_sections = len(set(bare.values())) >= 2
    # 「令和4年度 12件」 / 「令和5年度 18件」: rows of a table of several years, none the page's
    rows = {li: y.year for y, li in zip(mentions, line_of) if li < len(lines) and _FY_FIGURE_ROW.fullmatch(folded, lines[li][0], lines[li][1])}
    if len(set(rows.values())) >= 2:
        bare.update(rows)
        bare_sections = True
    opening = [i for i in range(len(lines)) if ranks[i] < HEAD_LINES and _is_sentence(lines[i][2])][:REPORT_SENTENCES]
    topical: set[int] = set()  # the 年度 a mention of evidence enough names as a topic
    # A 年度 an opening sentence brings in as a second subject (「併せて、平成28年度電波監視結果の概要…について別紙の
    # とおりまとめました。」 under a campaign's release and its subtitle 〜平成28年度電波監視結果の概要を発表〜): the
    # release's own 年度 is its date's (bench/realdocs README, results reported after their 年度).
    asides = {y.year for y, li in zip(mentions, line_of) if li in opening
              and _SECOND_SUBJECT.match(folded, folded.rfind("。", lines[li][0], y.start) + 1 or lines[li][0], y.start)}
    # A head's speech opened by the page's first sentence (「令和5年…議会3月会議の開会にあたり、私の所信を申し
    # 述べ…」): a 年度 its opening presents, by its budget or as its topic (「令和5年度は、…移行の年になると
    # 考えております」), is the speech's.
    first_end = _sentence_end(folded, lines[opening[0]][0], lines[opening[0]][1]) if opening else 0
    speech_page = bool(opening and _POLICY_SPEECH.search(folded, lines[opening[0]][0], first_end)
                       and not _REPORTED_SPEECH.search(folded, lines[opening[0]][0], first_end))
    # A 議案説明 at the spring session (_BILL_EXPLANATION): the 当初予算 its opening presents is the speech's 年度.
    # Named by a heading line (not a sentence) of the first BILL_HEADING_LINES, its session's month in the title,
    # on that line or the one before (「令和5年2月定例会総務委員会 / 議案説明及び所管事項等の報告…」) or in its opening's
    # first sentence (「令和6年2月定例会に提出いたしました議案の説明に先立ち…」), or the session named as the year's
    # first 定例会 (_FIRST_REGULAR_SESSION: a town's 「令和6年第1回定例会 町長提案理由説明」); its opening is the first
    # sentences below that line, wherever the head's ranks put them (a council site heads the record with a menu of
    # bullets 「•くらし・環境」 that the ranks count as lines: realdocs dev r4166).
    bill_opening: list[int] = []
    named = next((i for i in range(min(len(lines), BILL_HEADING_LINES))
                  if _BILL_EXPLANATION.search(lines[i][2]) and not _is_sentence(lines[i][2])), None)
    if named is not None:
        below = list(itertools.islice((i for i in range(named + 1, len(lines))
                                       if _is_sentence(lines[i][2]) and not is_furniture(lines[i][2])), REPORT_SENTENCES))
        heads = fold(" ".join([title, *(l for _, _, l in lines[max(0, named - 1):named + 1])]))
        first = fold(lines[below[0]][2][:_first_sentence_end(lines[below[0]][2])]) if below else ""
        sitting = _SESSION_MONTH_DATED.search(heads) or _SESSION_MONTH_DATED.search(first)
        if (kanji_number(sitting[1]) in SPRING_SESSION_MONTHS) if sitting else bool(
                _FIRST_REGULAR_SESSION.search(heads) or (not _LATER_SESSION.search(heads) and _FIRST_REGULAR_SESSION.search(first))):
            bill_opening = below
    agenda = _agenda_items(lines)
    for y, li in zip(mentions, line_of):
        if (li in breakdown and y.year != min(amounts[li])) or y.year in asides:
            continue
        if li in agenda:
            continue  # (3) 令和6年度の取組について under 議事: a topic the meeting takes up
        # What follows on its own line: 「平成26年度」 over 「(1)事例募集」 or 「事業の概要」 is a heading of
        # its own, not 「平成26年度事業」.
        after = folded[y.end:min(y.end + 12, lines[li][1] if li < len(lines) else y.end + 12)]
        before = folded[max(0, y.start - 4):y.start]
        score, heading, topic, reported, results, speech = 0.0, False, False, False, False, False
        # In the page's first sentence: on the first line of its opening, before that line's first 。
        first_sentence = bool(opening) and li == opening[0] and folded.find("。", lines[li][0], y.start) < 0
        in_sentence = sentence_lines[li]
        rank = ranks[li]  # the line's place in the head, past menus and a one-step-a-line trail
        trend = li < len(lines) and bool(_TREND_BEFORE.search(folded, folded.rfind("。", lines[li][0], y.start) + 1, y.start))
        if rank < HEAD_LINES and 0 < li < len(lines) and not in_sentence and _FY_FIELD.match(fold(lines[li - 1][2])):
            rank = len(lines) + DATE_SCAN_LINES  # 事業年度 / 平成19年度: a table's value, not a heading
        if rank < HEAD_LINES and li < len(lines) and is_breadcrumb(lines[li][2]) and not _in_title_step(lines[li], y):
            rank = len(lines) + DATE_SCAN_LINES  # a trail's archive step (報道資料 > 平成21年度 > …) or a sentence run into it
        if rank < HEAD_LINES:
            # A heading names the document's year; a sentence in the first lines cites
            # one (「…町は、平成29年度「…事業」に採択され…」, 「なお、平成30年度の進行管理は
            # …行います。」), unless it is the sentence's topic (_FY_TOPIC below).  A long
            # line without 。 counts as a sentence only past its first words.
            long_sentence = in_sentence and ("。" in lines[li][2] or y.start - lines[li][0] > 4 or bool(_CONNECTIVE_OPENS.match(lines[li][2])))
            if (len(years_on_line.get(li, ())) < LIST_YEARS and not (yearly_sections and not in_sentence) and not (bare_sections and li in bare)
                    and not (not in_sentence and li < len(lines) and _under_past_heading(lines, li))):
                score += (6 - 0.4 * rank) * (0.5 if long_sentence else 1.0)
                heading = not long_sentence
        if _OWN_FY_AFTER.match(after):
            score += 5
            # 「令和5年度当初予算(案) 255百万円」 on a line of its own names the sheet's
            # year, evidence enough for a page without a date; inside a sentence it is
            # cited.  Other words (「令和3年度事業費60,707千円」 in a case study's table)
            # name the page's year only in its head; further down they are one row's.
            # Below the head the budget must open its line, as a sheet's heading does: 「令和3年度当初予算で
            # 導入に関する…」 after a timeline's 令和3年3月: and 「帯広市(平成10年度、平成13年度第2次補正、…)」
            # in a list of towns name a row's year.
            topic = not in_sentence and (rank < HEAD_LINES or (
                bool(_BUDGET_AFTER.match(after)) and li < len(lines) and bool(_LINE_OPENS.fullmatch(folded, lines[li][0], y.start))))
        elif re.search(r"[■◆●【]\s*$", before) and _RESULTS_AFTER.match(after):
            score += 5  # 【令和4年度(1Q)の取組実績】, ■令和2年度の成果: a section heading of that 年度's results
            topic = True
        elif rank < HEAD_LINES and _FY_TOPIC.match(after):
            score += 3
            topic = True
        elif li in opening and _FY_TOPIC_BARE.match(after):
            score += 3  # 「平成24年度は16地域へ…支援を行った」: the same without its comma,
            reported = True  # also met in a passing figure (「総額が30年度は399億円」): no match for a date
        if first_sentence and not topic and _BUDGET_TOPIC.match(folded, y.end, lines[li][1]):
            # 「令和6年度予算には、…を盛り込みました。」: the page's first sentence is about that 年度's budget
            score += 0 if _OWN_FY_AFTER.match(after) else 5
            topic = True
        latest = bool(_LATEST_BEFORE.search(folded, max(0, y.start - 6), y.start) and re.match(r"\s*[)）]", after))
        numbered_here = (_NUMBERED_IN_FY_AFTER.match(folded, y.end) and li < len(lines)
                         and _LINE_OPENS.fullmatch(folded, lines[li][0], y.start))  # its own number heads it
        if numbered_here or latest:
            score += 5  # (令和7年度答申第2号): the page's own number in its 年度; 最新(令和5年度)の…: the latest 年度 it gives
            topic = True
        if _BUDGET_RUNS_AFTER.match(folded, y.end):
            score += 5  # 「令和6年度当初予算で実施している案件を掲載しています」: the 年度 the page's programme runs in
            topic = True
        if li in opening and _reported(folded, lines[li], y):
            score += 5  # 「…は、平成27年度に実施した…調査について、…取りまとめました」: the report's 年度
            reported = True
            # …the first sentence of the page, or the first to name a year after sentences of background that
            # tell no act of their own (「文部科学省では、…調査を実施しています。 平成29年度調査について速報値を
            # 取りまとめましたので公表します。」; after 「…を調べました。」 the report is a second subject)
            background = folded[lines[opening[0]][0]:folded.rfind("。", 0, y.start) + 1]
            results = (first_sentence or not (find_years(background) or _TOLD_ACT.search(background))) and not folded.startswith("末", y.end)
        elif first_sentence and not trend and _FY_FIGURES.match(folded, y.end, lines[li][1]):
            score += 5  # 「令和3年度に…寄せられた相談件数は1,112件でした。」: that 年度's figures
            reported = results = True
        sentence = (folded.rfind("。", lines[li][0], y.start) + 1 or lines[li][0], _sentence_end(folded, y.end, lines[li][1]))
        # …not a 年度 looked back on (「令和5年度は、…移行されたことに伴い、…再確認いたしました。」)
        speech_fy = (_SPEECH_FY_AFTER.match(folded, y.end) and (speech_page or _POLICY_SPEECH.search(folded, *sentence))) or (
            speech_page and (_FY_TOPIC.match(after) or _FY_TOPIC_BARE.match(after)) and not _LOOKED_BACK.search(folded, *sentence)) or (
            li in bill_opening and _INITIAL_BUDGET_AFTER.match(folded, y.end))
        if ((li in opening or li in bill_opening) and speech_fy and not _REPORTED_SPEECH.search(folded, *sentence)
                and not (li in bill_opening and _HEAD_TOLD.search(folded, sentence[0], y.start))
                and (folded.count("「", sentence[0], y.start) <= folded.count("」", sentence[0], y.start)
                     or _QUOTED_BUDGET_NAME.match(folded, y.start - 1))):
            score += 10  # 「令和5年度一般会計予算…の審議をお願いするに当たり、私の施政方針を…」: the speech's 年度
            speech = topic = True
        current = bool(_CURRENT_FY_BEFORE.search(folded, max(0, y.start - 8), y.start))
        previous = not current and bool(_PREVIOUS_FY_BEFORE.search(folded, max(0, y.start - 8), y.start))
        if current or previous:
            score += 5  # 今年度(令和3年度): the text names the 年度 it is written in
            topic = True
        if previous and not (reported and results):
            # 前年度(令和4年度): written in 令和5年度; but a report of that 年度's results (「昨年度(令和5年度)に実施した…調査の
            # 結果を取りまとめましたので公表します」) is for that 年度 (bench/realdocs README, results reported after their 年度)
            y = y._replace(year=y.year + 1)
        if _SPAN_BEFORE.search(before) or _SPAN_AFTER.match(after):
            score -= 6  # 令和元年度～令和７年度 is a span, not this document's year
        if _EX_POST.match(folded, y.end, lines[li][1] if li < len(lines) else y.end):
            score -= 6  # 平成21年度…事業事後評価表: the year of the project evaluated, years before
        elif evaluation and li < len(lines) and (
            _PROJECT_KEY.search(folded, lines[li][0], y.start) or (li > 0 and _PROJECT_KEY.search(fold(lines[li - 1][2])))
        ):
            score -= 6  # 事業年度 平成21年度 in an evaluation's table: the project's year, years before
        if trend:
            score -= 6  # 「相談件数は令和4年度から急増しており、令和6年度は直近5年間で最も多く…」: one year of a series
        if _TARGET_AFTER.match(after):
            score -= 6  # 令和9年度までに is a target, 令和2年度から a start: not this document's year
        elif _PAST_ACT_AFTER.match(folded, y.end):
            score -= 6  # 平成28年度に整備した光ファイバ網の更新: the 年度 the thing the page is about was built in
        if _REVISION_AFTER.match(after):
            score -= 6  # 令和3年度改正個人情報保護法: a law by the year of its revision
        if re.search(r"[(（]\s*$", before) and li not in breakdown and not (current or previous or latest) and not (not in_sentence and re.match(r"\s*[)）]\s*(?:\n|$)", after)):
            score -= 3  # (令和４年度当初予算 …) is a comparison; 「…戦略の見直し(令和6年度)」 closing a heading is not
        if score >= 4 and topic:
            topical.add(y.year)
        if score >= 4 and (best is None or score > best[0]):
            line = lines[li][2].strip() if li < len(lines) else ""
            why = f"text: 「{line[:40]}」 (line {li + 1})"
            if speech:
                why += f" (「{y.text}」, the 年度 a policy speech opens)"
            elif reported:
                why += f" (「{y.text}」, the 年度 an opening sentence reports on)"
            if previous and not (reported and results):
                why += f" (前年度 「{y.text}」: written in the 年度 after)"
            best = (score, y, why, heading or speech, topic, reported, results, speech)
    if best and not best[4] and best[1].year in topical:
        # 「令和2年度は、…スタートとなりました。」 opening the page and 「令和2年度予算の第1次補正」 further on: the
        # 年度 the text is about, whichever of its mentions scored higher
        best = best[:4] + (True,) + best[5:]
    return _OwnFiscalYear(*best[1:]) if best else None


def _sentence_end(folded: str, at: int, end: int) -> int:
    """Where the sentence running at `at` ends: after its 。, or at the end of its line."""
    closes = folded.find("。", at, end)
    return end if closes < 0 else closes + 1


_DATE_LINE_REST = 24
#: Labels that say "this is the document's date" (a web page's 掲載日, a press
#: release's 発表日 …).  更新日 is page furniture: the last edit, often a CMS
#: re-stamp years later, so it is only a last resort.
_DATE_LABEL = re.compile(r"(?:掲載|公表|発表|公開|作成|発行|報道発表|登録|投稿|配信|記載)(?:開始)?(?:日|年月日)|(?<!更新)日付"
                         # a press release's 提供日 (資料提供), not a service's 提供開始日
                         r"|提供(?:日|年月日)")
_UPDATE_LABEL = re.compile(r"更新")
#: A deadline (申込締切: 令和6年2月9日) or a scheduled day (当初予定日: 令和5年7月12日) is a
#: date the document sets, not its own.
_DEADLINE_LABEL = re.compile(r"締切|締め切り|〆切|期限|予定日")
#: The first sentence of a press release or event report: 「○○局(局長:…)は、
#: 令和5年7月3日(月)、…を開催しました」 — the date right after the subject.
_SUBJECT_DATE_BEFORE = re.compile(r"(?:は|が)\s*、?\s*$")
#: A sentence opening with なお / 尚 is an aside to what the page has said (dates49): its subject's date (「なお、…の申請は、
#: 2015年12月18日(金曜日)17時15分で終了しました。」, 「なお、表彰式は、平成27年3月6日(金)に…開催される予定です。」) is a
#: cited past or a coming step, not the page's news, so it dates the page only as a last resort (P_FIELD), under a
#: 更新日.  Realdocs dev: the two pages so dated are r4774 (2015 over its 更新日 2017, fixed) and r4517 (no other date, kept).
_ASIDE_OPENS = re.compile(r"^[\s○●◯◆◇■□・*＊※]*(?:なお|尚)\s*[、,]")
#: …or after a short clause (「当局は、協議会との共催により、令和元年6月5日(水)に」): at
#: most this many characters (such clauses of the realdocs dev pages: 17–22).
_SUBJECT = re.compile(r"(?:は|が)、(?P<clause>[^。]*)$")
SUBJECT_CLAUSE = 30
#: The subject's date stands near the start of its sentence: at most this many characters
#: in (the longest on the realdocs dev pages: 75, a council named with its chair's
#: titles).  Further in, the "sentence" is run-together text (a newsletter's table of
#: contents on one line) and the date belongs to some item of it.
SUBJECT_REACH = 100
_BRACKET = r"(?:\s*[(（][^)）]{1,8}[)）])?"
_WEEKDAY = r"\s*[(（]\s*[月火水木金土日](?:曜日?)?\s*(?:[・･]\s*(?:祝|休)日?)?\s*[)）]"
#: More days of one event (令和8年1月22日及び23日, 7月3日(月)～5日(水)): still its date.
_MORE_DAYS = r"(?:\s*(?:及び|および|・|、|と|[~～〜]|から)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日" + _BRACKET + r")*"
_DAY_SPAN = re.compile(r"^" + _BRACKET + r"\s*(?:[~～〜\-－]|から)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日")
#: What follows the date of the first sentence: 、 / に / 付けで, or anything after a
#: weekday (「平成27年9月2日(水)山口県萩市で」).  Not 「令和4年5月9日から運用を開始」: a start.  The comma may be a
#: text's , (or ，, folded to it): a society's or a newsletter's pages written with ，． (「JSTは令和2年10月19日,…を決定した,と
#: のプレスリリースを行った.」: realdocs dev r4855, the one dev page so written), as the opener below reads [、,] already.
_SUBJECT_DATE_AFTER = re.compile(r"^(?:" + _WEEKDAY + r"|" + _BRACKET + _MORE_DAYS + r"\s*(?:(?:まで)?の[^、。]{0,8})?(?:[、,]|に|付け?で))")
#: …or the date opens the sentence itself: 「令和5年11月8日(水)、仙台市において…を開催
#: しました。」, 「このたび、令和7年7月1日付けで…を拝命しました」.  What may stand
#: before it: indentation, a bullet and an opening adverb.
_SENTENCE_OPENER = re.compile(r"^[\s○●◯◆◇■□・*＊]*(?:(?:このたび|この度|去る|さる|本日|先般|先日)[、,]?\s*)?$")
_OPENER_AFTER = re.compile(
    r"^(?:" + _WEEKDAY + r"\s*[、,に]|" + _BRACKET + _MORE_DAYS + r"\s*(?:(?:まで)?の[^、。]{0,8})?(?:に?[、,]|付け?で)"
    # the subject named right after the day, without a comma (「令和6年10月11日「…事務局」が設置され、」)
    r"|\s*[「『][^」』。]{1,60}[」』]\s*(?:が|は))"
)
#: …or opens it with a start that has already happened (「令和7年10月1日(水曜日)から、…を
#: 導入しました。」): the page announces the start, so that day is its date.  A start
#: still ahead (「…より開始します。」) is not.
_OPENER_STARTED = re.compile(r"^" + _BRACKET + r"\s*(?:から|より)[^。]{0,120}(?:しました|いたしました)。")
#: The first sentence of a page announcing its plan or report: 「…計画」を令和4年3月に策定
#: しました。 — the month it was made is the page's date.  Not a relative clause (「令和4年
#: 3月に策定した「…」において」: cited) nor an ongoing state (策定し、運用しています).  The plan's
#: name may stand between (令和5年3月に「第3次地域情報化計画」を策定しました。), not a clause of its
#: own (令和5年3月に国が策定した指針を改定しました: the month is the guideline's).
_ANNOUNCED_AFTER = re.compile(
    r"^" + _BRACKET + r"\s*(?:に|付けで|付で)\s*(?:(?:[「『][^」』。]{1,40}[」』]|(?:(?!した|された)[^、。「」『』]){1,30}?)\s*を\s*)?(?:策定|改定|改訂|公表|制定|作成|取りまとめ|とりまとめ)(?:・公表)?(?:いた)?しました。"
)
#: …or a month alone opens the first sentence of a page that says what was done then
#: (「令和5年6月、本市における…を推進するため、「…構想」を策定しました。」): without a day the
#: sentence must end by announcing the act itself, not a state or a plan ahead.  (One page of
#: the 724 dev pages of bench/realdocs dates this way; the held-out figures did not move.)
_MONTH_OPENER_AFTER = re.compile(
    r"^" + _BRACKET + r"\s*に?[、,][^。]{0,160}?(?:策定|改定|改訂|公表|制定|作成|開催|開設|開始|導入|締結|発足|設立|"
    r"取りまとめ|とりまとめ)(?:いた)?しました。"
)
#: The end of a sentence reporting an event held (開催しました, 実施いたしました, 行われました) or an
#: agreement signed (…と「…協定」を締結しました).
_HELD = re.compile(r"(?:開催|実施|行い|行われ|開催され|実施され|締結)(?:いた)?(?:しました|ました)。")
#: A profile page opens with the day its body came to be (「当町は、平成17年3月1日に3町村が合併して
#: 誕生しました。」, 「本協議会は、平成20年4月1日に…設立されました。」): its history, not the page's date.
#: Not a body opening something (「当局は、…に相談窓口を開設しました」: news, dated that day).
_SELF_SUBJECT = re.compile(r"(?:当|本|わが|我が)[^\s、。]{1,10}(?:は|が)\s*、?\s*$"
                           # An agency or 法人 names itself in full (「独立行政法人情報処理推進機構(IPA)は、2004年
                           # 1月5日に設立されました」, 「地方公共団体情報システム機構は、平成26年4月1日に設立された」).
                           r"|(?:機構|法人|研究所|センター|公社)(?:\s*[(（][^()（）]{1,20}[)）])?(?:は|が)\s*、?\s*$")
_FOUNDED_AFTER = re.compile(r"[^。]{0,40}?(?<!を)(?:誕生|発足|設立|創設|創立|開設|開業|開所|開局|開校|開通|合併)(?:し|され|いた)")
#: A note (※…, 注…, (注)…) explains something beside the text: its sentence is not the
#: report's first one, and its date (「※…は、平成30年2月5日に開催した会議で延長を決定
#: しました。」) is a past event's.
_NOTE = re.compile(r"^\s*(?:[※*＊]|注\s*[:：\d)）]|[(（]\s*注)")
#: A rule's revision history (平成15年10月15日作成 / 平成18年4月1日修正 / 令和3年4月1日一部改正):
#: the text in force is the latest revision's, so that is the document's date.
_REVISED = re.compile(r"\s*(?:[(（]\s*)?(?:最終)?(?:一部)?(?:修正|改正|改訂|改定)")
#: The key of a document's own making opening its line (策定:令和5年3月29日, 【改定】令和6年3月, 作成 : 2024年3月1日), as a
#: plan's cover or a guideline's head gives it: its date label, as 策定日: is (_FIELD_KEY refuses any other key).  Not a
#: key with words before it (支援地域候補の決定:令和7年3月7日: a schedule's row).  Written pages of dates43; no dev page.
_MADE_KEY = re.compile(r"^[\s・*＊■□●○◆◇【\[(（]*(?:策定|改定|改訂|制定|作成|発行)\s*[】\])）]?\s*[:：]?\s*$")
#: The same key naming a revision: a later one dates the text in force (策定:令和4年3月 / 改定:令和6年3月).
_MADE_ONLY_KEY = re.compile(r"^[\s・*＊■□●○◆◇【\[(（]*(?:策定|制定|作成|発行)\s*[】\])）]?\s*[:：]?\s*(?:令和|平成|昭和|\d)")
#: The same key in a booklet's or a report's colophon, among its last lines (発行：令和5年12月 / 編集・発行：…): the issue's
#: date, as 「令和5年12月発行」 there already is.  発行 only: 作成 / 策定 below the text head a schedule's or a list's rows
#: (作成:令和5年 of a table, 策定 令和4年3月 of a plan among the town's plans).  Written pages of dates48; no dev page
#: carries the form (dev's colophons write 「令和5年4月1日発行」).
_COLOPHON_KEY = re.compile(r"^[\s・*＊■□●○◆◇【\[(（]*(?:編集\s*[・/／、]\s*)?発行(?:年月日|年月|日)?\s*[】\])）]?\s*[:：]?\s*$")
_REVISED_KEY = re.compile(r"(?:改定|改訂)\s*[】\])）]?\s*[:：]?\s*$")
#: …not under another document's name or a list of sources (参考資料 / 「家庭で学ぶ情報モラルハンドブック」(文部科学省) /
#: 発行：令和4年7月 at a page's foot): the issue of the booklet the page cites, a cited date (bench/realdocs README, year),
#: which had dated a standing page without a date and beaten its 更新日 (sceptic63's written pages).
#: A line above that is the colophon's own (編集・発行：「ICTだより」編集委員会, an issuer ○○市総務部 広報資料室) is none.
_CITED_ABOVE = re.compile(r"^[\s・*＊■□●○◆◇【\[(（]*(?:出典|参考|引用|関連|資料\s*\d)|[「『]")
_COLOPHON_ABOVE = re.compile(r"^[\s・*＊■□●○◆◇【\[(（]*(?:編集|発行|制作|作成|〒|電話|TEL)|(?:課|室|係|部|局|委員会|センター)\s*$")
#: A meeting's record (議事録, 議事要旨, 会議録) is dated by its meeting: there the 日時 /
#: 開催日 field (「1.日 時 平成20年4月25日(金) 13:00〜」) is the document's own date label.
#: Elsewhere such a field is an event's (an announcement's 日時), read as a field.
_MINUTES = re.compile(r"議事録|議事要旨|議事概要|会議録|会議要旨|会議概要|会議の概要|会議結果|会議の結果")
MINUTES_HEAD_CHARS = 200
_MEETING_DAY = re.compile("".join(f"(?<!{w})" for w in STAMP_WORDS) + r"(?:日\s*時|日)\s*[:：]?\s*$")  # not 更新日, 公開日
#: A numbered heading (１ 総会の開催, (1), 第2章, ①): past one, the text is a report
#: of many items and a date opening a sentence is one item's, not the document's.
_NUMBERED_HEADING = re.compile(
    r"^\s*(?:\d{1,2}(?:\s|[.．、]\s*)|[(（]\s*[\d一二三四五六七八九十]{1,2}\s*[)）]|第\s*[\d一二三四五六七八九十]+\s*[章節部条項]|[①-⑳]|[一二三四五六七八九十][、.．\s])"
)
#: The same with the year left out (「…は、6月1日(水)、」): the year comes from the
#: 年度 the title names.
#: Further into the clause a day needs its weekday (「…取組として、9月2日(火)、松山市の…において」):
#: a bare 「、10月1日に」 there may be anything's day.
#: The subject's day may carry its hour (「大型で勢力の強い台風23号は10月20日13時頃に高知県…に上陸した」).
#: A great earthquake named as the subject (「東日本大震災は、3月11日14時46分に…発生し」 in a 令和5年度
#: lecture's report) is one of the past, remembered, and its day no day of the 年度 (breaker37's page).
_MONTH_DAY = re.compile(
    r"(?:(?<!震災)(?:は|が)\s*、?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:[(（][^)）]{1,6}[)）])?(?:\s*\d{1,2}\s*時(?:\s*(?:\d{1,2}\s*分|半))?\s*(?:頃|ごろ)?)?"
    r"|、\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[(（][月火水木金土日](?:曜日?)?[)）])\s*(?:、|に)"
)
#: The day an event was held, with its weekday, after its name (「「…研修会」を11月16日(水)…にて開催しました。」).
_HELD_ON_DAY = re.compile(r"[」』]\s*を\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[(（][月火水木金土日](?:曜日?)?[)）]")
#: A span to another year, or a deadline: 令和3年4月1日(木)から令和3年5月31日(月)まで,
#: 令和6年3月31日まで.  A span of days (7月3日～5日) is one event's date.
_SPAN_OR_DEADLINE = re.compile(
    r"^" + _BRACKET + r"\s*(?:[~～〜]|まで|から[^。、]{0,30}まで|から\s*(?:明治|大正|昭和|平成|令和|\d{4}\s*年))"
)
#: A start (令和6年4月1日から, 4月1日(月)より, 令和5年12月13日以降に購入した方): what begins that day, not the page's date.
_STARTS_AFTER = re.compile(r"^" + _BRACKET + r"\s*(?:から|より|以降|以後)")
#: A date followed by a particle and a comma (「平成20年10月1日には、フェムトセル基地局の運」) is the adverb of a
#: sentence that runs on: a wrapped PDF line or a cut excerpt, never a date line, whose date stands alone.
#: (With the two rules below on dates inside sentences, realdocs dev 2026-12-03: 3 pages fixed, none broken.)
#: Only when the sentence goes on on the same line: a line cut right after its comma (「令和5年5月8日に、」 over
#: 「新庁舎での業務を開始しました。」) is read as a date line, as before, or a notice's one date was lost.
_ADVERB_AFTER = re.compile(r"^" + _BRACKET + r"\s*(?:に|には|にも|では|は|において|においては)[、,]\s*\S")
#: A start the page announces, opening its first sentence or closing its title (「令和6年10月1日から、
#: …が利用できるようになります。」, 「防災ラジオを無償で配布します(令和3年3月から)」): the page is
#: written shortly before it, so with no date of its own that is its year (P_START, the last resort).
#: Not 以降 / 以後 (「令和7年7月1日以降に発生した事案」, 「…以降については未定です」): a condition.
#: The same start opening a heading line of the head (「令和4年11月9日から運用開始」 under a service's name,
#: 「平成27年2月からタブレット端末を導入」 under a council's news title) is the page's subtitle, so the same
#: last resort (realdocs dev 2026-12-03: 2 pages fixed, none broken, both in docs-aq/ar).
_ANNOUNCED_START = re.compile(r"^" + _BRACKET + r"\s*(?:から|より)")
#: …nor a start that only says whom a rule is for (「令和8年4月から入所を希望する方は、11月30日までに…」:
#: the page is written the year before).  (A standing service, 「平成31年4月から、…を運用しています。」,
#: is left dated: its ています is also a trend's, 「令和元年9月から…被害が急増しています。」, r3522.)
_NO_ANNOUNCED_START = re.compile(r"[^、。]{0,30}?[るいた](?:方|者|人|世帯|場合)(?:は|が|へ|に|を|で|の)")
#: …nor a start the page aims at (「令和12年4月から本格運用を目指す」, 「…からの運用開始を目標とする」): a target
#: years ahead, not a start announced shortly before it.
_AIMED_START = re.compile(r"[^、。]{0,30}?(?:目指|めざ|目標)")
#: …or a start inside the first sentence, after a clause, that the sentence says has happened (「…の改正に伴い、
#: 令和5年4月1日からは、…が適用されることとなりました。」, 「緊急地震速報は、平成19年10月1日から一般の皆様への提供を
#: 開始しました。」, 「…手数料支払について、令和6年1月24日(水曜日)より…が可能となりました。」): the change the page
#: announces (bench/realdocs README, dates of pages without a date line), so the same last resort.  Not a span
#: (…から…まで), a plan (予定), a change still ahead (…となります), nor one with another year in its sentence
#: (「…法は、平成15年5月30日に公布され、平成17年4月1日から全面施行されました。」: a cited law's history).
#: …nor a start in a relative clause (「平成17年4月1日から施行された個人情報保護法に基づき、…を定めました。」): the
#: start of the thing it names, cited.
_STARTED_THING = re.compile(r"[^、。]*?(?:した|された|する|される|始まった)(?=[一-龥ァ-ヶ「『])")
_CHANGE_MADE = re.compile(r"(?:は|も)?\s*[、,]?(?:(?!まで|予定|目指|目標)[^。]){0,120}?(?:しました|いたしました|なりました|わりました)。")
_SPAN_END = re.compile(r"[年度月日\d)）]\s*[~～〜]\s*$")
#: A date that is not the document's: an as-of date (令和6年6月3日時点, 令和5年4月1日現在), a plan
#: (H23.3.15(予定)), another document's (平成30年2月14日付け諮問第1227号), a disaster's name.
_NOT_OWN_AFTER = re.compile(
    r"^" + _BRACKET + r"\s*[(（]?\s*(?:時点|現在|予定|付け?\s*(?:の\s*)?(?:諮問|答申|通知|通達|事務連絡|告示|訓令|第\s*\d)"
    # a month's end in brackets (「都道府県別 光ファイバ整備率(令和5年3月末)」): the point a table's figures
    # stand at, as 現在 is, not the day of a page dated 令和6年5月31日 (breaker38's written pages)
    r"|末\s*(?:時点|現在)?\s*[)）\]］】]"
    # the day something began (「…コンソーシアム(平成29年3月9日設立)」, 「2020年8月25日リリース」):
    # that body's or service's date, not the page's
    r"|(?:設立|創設|創立|発足|開設|開業|開所|開局|開通|リリース|稼働|竣工)"
    # a text named by the day it was made, in a relative clause (「令和4年12月23日に閣議決定された
    # 「…総合戦略」を踏まえ」, 「平成30年3月30日に策定した計画に基づき」): cited, not announced; and the
    # same in a clause that runs on (「…法律が令和6年6月26日に公布され、…が義務付けられました」): the
    # law's or plan's day, which the page explains
    r"|(?:に|付けで|付で)\s*(?:閣議決定|策定|決定|施行|公布|改正|改訂|改定|公表|制定|成立|答申|取りまとめ|とりまとめ|発生)(?:された|した(?!め)|され\s*[、,]))"
    # a disaster named by its month (平成30年7月豪雨, 令和2年7月大雨), with its place between (平成16年7月新潟・福島豪雨,
    # dates45), written as one name glued to the month: an event, however far back.  Not after a space, where a
    # press release's date line is followed by its headline (「令和6年1月15日 能登半島地震への対応」, 「令和2年9月7日
    # 台風第10号の接近に伴い…」: the lead's pages, the first refused since dates45, the second always).
    r"|^" + _BRACKET + r"[一-龥ァ-ヶー・]{0,10}?(?:豪雨|大雨|台風|地震|豪雪|大雪|水害)"
)
#: An as-of date on a line of its own (「(令和元年6月1日現在)」 under a page's heading, 「(平成30年4月1日
#: 現在)(単位:台)」 over a table): the day the page's figures stand at, and so its date when
#: nothing better dates it.  Inside a sentence (「人口:95.7万人(令和5年1月1日現在)」,
#: 「平成23年6月1日現在、138団体です」) it dates one figure.
#: A cell of a sheet's row (cells by tabs) is a line here: 「令和6年7月1日現在」 alone in a cell of a header
#: row whose other cell names the issuer (「…現在\t\t\t\t近畿総合通信局」, breaker41's x02) stands alone.
#: Not a population box's row set in cells (人口 | 令和6年4月1日現在 | 12,345人): a count the page borrows.
_AS_OF_ALONE_BEFORE = re.compile(r"(?:(?![\s|｜・■●]*(?:総?人口|世帯数?|面積)).*\t)?[ \u3000(（\[［【]*")
#: Nor a cell of a table's row whose later cell is a figure (「北海道 | 上士幌町 | 令和3年4月1日現在 | 99.1%」): a column of
#: as-of days, one a row, dates each row's figure, and its first row had dated the sheet (sceptic43).  A header row's
#: other cells hold the issuer or the unit (近畿総合通信局, (単位:千円)), no figure.  Read in the DATE_CONTEXT after the
#: day, not to the line's end: a sheet saved as one line of such cells took the square of its length.
_FIGURE_CELL_AFTER = re.compile(r"\t\s*[0-9][0-9,.]*\s*[^\t0-9]{0,4}?\s*(?:\t|$)")
_AS_OF_ALONE_AFTER = re.compile(
    r"^" + _BRACKET + r"\s*(?:現在|時点)\s*[)）\]］】]?\s*(?:[(（]\s*単位[^)）]{0,20}[)）])?[ \u3000]*(?:$|\t)"
)
#: …or opening a sentence (「…データベース化しています。 令和5年12月28日(木)現在、建物10,061件…」):
#: the day the figures that follow stand at.  Not 「平成12年4月1日現在で実施した調査」 (a survey's day).
_AS_OF_OPENS_BEFORE = re.compile(r"(?:^|。)[\s・•●○◆■※-]*$")
#: A month the figures of a table or a count stand at, closing a heading (「防災行政無線の整備状況 平成26年10月末
#: 現在」, 「【災害協定を締結している事業者数】(平成27年8月現在)」): the page's as-of point, as a day is.
_AS_OF_MONTH_CLOSES = re.compile(r"^\s*末?\s*(?:現在|時点)\s*[)）\]］】]?\s*$")
#: …or a note in brackets after a sentence's 。 (「…CATV網の世帯普及率は13年連続で全国で1位となっています。(令和6年3月末
#: 時点)」): the point the page's account stands at, as one alone on its line is (bench/realdocs README, dates of pages
#: without a date line: an as-of point of the page's own account).  A figure's bracket inside a sentence (「全国1,240
#: 箇所(平成21年4月現在)に設置」) dates that figure.
_AS_OF_NOTE_BEFORE = re.compile(r"。\s*[(（]\s*$")
#: A sentence that says the page's own content stands at a day (「このページの情報は2024年6月15日時点のものです。」, 「掲載内容は
#: 令和6年4月1日現在のものです。」), a town's or a body's standing page's footer: the page's as-of point, its date when nothing
#: better dates it (bench/realdocs README, dates of pages without a date line: an as-of point of the page's own account).
#: The page, its content or its 掲載 only: a table's or a figure's 時点 is read by the rules above.  No realdocs dev page
#: carries the form (sceptic63's written pages; dates48 had found it unread).
_PAGE_AS_OF_BEFORE = re.compile(r"(?:(?:この|本|当)\s*(?:ページ|ホームページ|サイト|記事)\s*(?:の|に掲載(?:されて|して)?(?:いる|の))?"
                                r"\s*(?:情報|内容|記載内容|掲載内容|掲載情報)?|掲載(?:内容|情報)|記載内容)\s*(?:は|について)\s*[、,]?\s*$")
_PAGE_AS_OF_AFTER = re.compile(r"^\s*(?:時点|現在)\s*の(?:もの|情報|内容)です")


def _page_as_of(folded: str) -> bool:
    """Whether a line holds the page's as-of footer (_PAGE_AS_OF_BEFORE, a day, _PAGE_AS_OF_AFTER)."""
    return any(y.day is not None and _PAGE_AS_OF_BEFORE.search(folded[max(0, y.start - DATE_CONTEXT):y.start])
               and _PAGE_AS_OF_AFTER.match(folded[y.end:]) for y in find_years(folded))


#: A sentence that names where its figures come from (…によると, …の調査では, 統計): a count the page borrows.
_BORROWED_COUNT = re.compile(r"によると|によれば|調査|統計")
#: A sentence ending in the past (…300世帯でした, …を数えました, …であった): what was, not the page's present.
_CLAUSE_PAST_END = re.compile(r"(?:でした|ました|であった|だった)\s*$")


#: How far after an as-of clause its sentence's end is looked for: a sentence runs on for some 100–200 characters;
#: reading to the line's end cost a page written on one line the square of its length (sceptic42's rule: 20,000
#: 「、令和5年4月現在」 on a line took 17 s to date, against 3 s before the rule).
CLAUSE_REACH = 300


def _told_past(line: str, at: int) -> bool:
    """Whether the sentence going on at `at` ends in the past (…300世帯でした。): a history, not the page's as-of point."""
    rest = line[at:at + CLAUSE_REACH]
    end = rest.find("。")
    if end < 0 and at + CLAUSE_REACH >= len(line):
        end = len(rest)  # the line ends the sentence, without its 。
    return end >= 0 and bool(_CLAUSE_PAST_END.search(fold(rest[:end])))


def _sentence_noted(before: str) -> str:
    """The sentence a bracketed note after its 。 closes: the text between the 。 before it and its own."""
    closed = before[:before.rfind("。")]
    return closed[closed.rfind("。") + 1:]


#: The row under an as-of day in a town's population box (人口 12,345人, 世帯数 5,000, 総人口…).
_POPULATION_ROW = re.compile(r"^[\s|｜・■●]*(?:総?人口|世帯数?|面積)")
_AS_OF_OPENS_AFTER = re.compile(r"^" + _BRACKET + r"\s*(?:現在|時点)\s*[、,]")
#: The same clause with the month's end or a 「で」 (「令和5年3月末現在、本県の…」, 「令和6年4月現在で76名の推進員が…」).
_AS_OF_CLAUSE_AFTER = re.compile(r"^" + _BRACKET + r"\s*(?:末\s*)?(?:現在|時点)\s*(?:[、,]|で(?![はもの、,]))")
#: The page's own body named in the sentence (本県の, 当市では, 九州総合通信局管内では): a count of its own account.  A national
#: count (携帯電話の契約者数は、平成19年1月現在で1億回線, 平成22年12月末現在、地上デジタル放送の世帯カバー率は: realdocs
#: dev r1405, r1037, a statistic the page borrows, README) names none.
_OWN_ACCOUNT = re.compile(r"(?:本|当|わが|我が)(?:県|市|町|村|区|府|都|道|局|校|会|協議会|センター)|管内")


def _as_of_clause(before: str, after: str) -> bool:
    """Whether a month opens an as-of clause after a comma (「…設立され、令和7年4月現在、…」), or, in the page's own
    account (_own_account), with 末 or で (_AS_OF_CLAUSE_AFTER) or opening a bracketed sentence."""
    fb, fa = fold(before), fold(after)
    after_comma = bool(re.search(r"[^\d、]、\s*$", fb)) and not _AS_OF_OPENS_BEFORE.search(fb)
    if after_comma and _AS_OF_OPENS_AFTER.match(fa):
        return True
    return bool((after_comma or _AS_OF_BRACKET_OPENS_BEFORE.search(fb)) and _AS_OF_CLAUSE_AFTER.match(fa)
                and _own_account(before, after))


def _own_account(before: str, after: str) -> bool:
    """Whether the sentence around an as-of point names the page's own body (_OWN_ACCOUNT)."""
    sentence = fold(before).rsplit("。", 1)[-1] + fold(after).split("。", 1)[0]
    return (bool(_OWN_ACCOUNT.search(sentence)) and not _AIMED.search(sentence)
            and not _CITED_STATISTIC.search(sentence + fold(after).split("。", 1)[-1][:CITED_NOTE_REACH]))


#: A census or survey figure, its source named anywhere in the sentence or in the bracket after its 。 (「本市の人口は、
#: 令和2年10月1日現在で52,345人です(国勢調査)。」): the reference date of a statistic, a cited date however much the
#: town's own (bench/realdocs README: a population line or a quoted statistic's reference date does not date a page;
#: sceptic71's pages).  The _BORROWED_COUNT check above reads only before the date.  Not 統計: a bureau's own
#: statistics (「管内の無線局数は、…現在で…(当局の無線局統計による)」) are its own account.
_CITED_STATISTIC = re.compile(r"によると|によれば|調査|人口|世帯数")
#: How far after the sentence's 。 a source note is looked for (「…52,345人です。(国勢調査)」).
CITED_NOTE_REACH = 12


#: A sentence that aims at the point (「本県では、令和10年3月末時点で世帯カバー率100%を目指します」): a target, not the page's now.
_AIMED = re.compile(r"目指|めざ|目標|予定|見込|までに")


#: A bracketed sentence opened by the as-of point (「(令和5年3月末現在、本県の…93.0%となっております。)」).
_AS_OF_BRACKET_OPENS_BEFORE = re.compile(r"(?:^|。)[\s・•●○◆■※-]*[(（]\s*$")


#: A title that asks, a よくある質問 page's (…取得できますか, …できますか？, よくある質問:…, FAQ).
_QUESTION_TITLE = re.compile(r"(?:ですか|ますか|でしょうか)[?？]?|[?？]$|よくある(?:ご)?質問|FAQ|Q&A", re.I)


def _opens_with_date(line: str) -> bool:
    """Whether a line opens with a date (after list marks): a row of a dated list."""
    stripped = _LINE_OPENS.sub("", line, count=1) if line else ""
    return bool(stripped) and any(y.start == 0 for y in find_years(stripped[:20]))


#: A law, order or by-law cited by its number in brackets (…に関する法律(平成15年5月30日法律第57号)):
#: another text's date.  On a line of its own (平成20年6月13日条例第24号 under the by-law's
#: name) it is the date of the by-law the page is.
_LAW_NUMBER_AFTER = re.compile(r"^\s*(?:法律|政令|省令|府令|条例|規則|告示|訓令)\s*第")
#: …the rest of a bracketed number standing alone on its line: (平成23年1月28日条例第1号).
#: (A cell's bar may follow it where a 例規集's table was flattened to text: 「(平成27年4月1日告示第134号) |」.)
_OWN_LAW_NUMBER = re.compile(r"^\s*(?:条例|規則|告示|訓令|規程|要綱)\s*第\s*\d+\s*号\s*[)）][\s|｜]*$")
#: The first sentence opened by an assembly's session named by its month (「令和4年11月定例会の最終日、
#: 本会議場において…報告しました。」, 「令和5年6月議会定例会において、」): the session the page reports on.
_SESSION_OPENS = re.compile(r"\s*(?:[^\s、。]{0,12}?議会\s*)?(?:定例会|臨時会)(?:の[^、。]{0,6})?\s*(?:において|にて|で|に)?[、,]")
#: A press conference named by its day (令和4年1月13日 市長定例記者会見, 2023年10月27日記者会見「…」).
_CONFERENCE_AFTER = re.compile(r"^" + _BRACKET + r"\s*(?:知事|市長|町長|村長|区長|大臣|長官)?\s*(?:定例)?(?:記者会見|会見)")
#: A title naming a numbered session of a year (令和7年第1回県議会, 2024年第2回理事会)
#: gives the year, not the month: no 年度.
_SESSION_AFTER = re.compile(r"^\s*(?:の)?\s*第\s*(?P<n>\d{1,2})\s*回")
#: After a year, an assembly named before the month of its session (令和5年日高町議会3月会議, 令和6年○○村議会
#: 6月定例会): the year and month of that session.
_COUNCIL_MONTH_AFTER = re.compile(r"\s*[^\s、。「」()（）]{1,12}?議会\s*(?P<m>\d{1,2})\s*月\s*(?:定例会|臨時会|定例議会|会議)")
#: After a numbered session of a year in a title, the day of one of its sittings in brackets
#: (令和5年第2回定例会会議録(3月22日), 令和2年第7回定例会会議録(12月21日_日程第2_一般質問…)).
_SITTING_DAY = re.compile(r"[^()（）]{0,30}[(（]\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
#: The same in the text, of an assembly (令和4年第3回定例会, 令和5年第1回当別町議会定例会): a record
#: of the session, a question or a speech made at it.  Its year dates a page that has no other date.
_NUMBERED_SESSION_AFTER = re.compile(r"\s*第\s*(?P<n>\d{1,3})\s*回\s*(?:[^\s、。]{0,12}?議会\s*)?(?:定例会|臨時会)")
#: An assembly's session of a year numbered this high or higher (令和2年第4回臨時会, 令和4年第3回定例会,
#: 令和2年第7回定例会) meets after March: the first 定例会 of a year sits in February or March, the
#: others in June, September and December, and a 臨時会 counted among them moves the number by one or
#: two.  Its year's 年度 is the page's (the three such records of the realdocs dev pages whose
#: session names no month: 第3回, 第4回 and 第7回, each labelled with that year's 年度).
LATE_SESSION = 3
#: What _own_date says of a late session, for derive_years to read the 年度 from.
_LATE_SESSION_NOTE = "a session after March"
#: Not a 協議会 (令和5年第3回地域公共交通協議会: a council meets when it likes) nor a board's 定例会
#: (令和4年第3回教育委員会定例会: an education or farm board meets monthly, its third in March).
_ASSEMBLY_SESSION = re.compile(r"(?<!協)議会|(?<!委員会)(?:定例会|臨時会)")


#: After a session's number, that it is a 定例会 (第1回定例会, 第1回○○町議会定例会).
_REGULAR_SESSION = re.compile(r"\s*(?:[^\s、。]{0,12}?議会\s*)?定例会")
#: What _own_date says of a year's first 定例会, for derive_years to read the 年度 from: it sits in
#: February or March (every first 定例会 the realdocs dev pages name, on 9 pages, is of 2月 or 3月), in
#: the 年度 before the year's.
_FIRST_SESSION_NOTE = "the year's first 定例会, in February or March"


def _session_note(number: str, regular: bool = False) -> str:
    """How a numbered session of a year is described: its 年度 is the year's when it is a late one, the
    year before's when it is the year's first 定例会 (regular)."""
    if int(number) >= LATE_SESSION:
        return f" (a session of that year, {_LATE_SESSION_NOTE})"
    if int(number) == 1 and regular:
        return f" (a session of that year, {_FIRST_SESSION_NOTE})"
    return " (a session of that year)"
#: A New Year message names only its year (2021年 年頭のご挨拶, 2009年の新年を迎え,
#: 令和6年 元旦): its date is January of that year.
_NEW_YEAR_AFTER = re.compile(r"\s*(?:の)?\s*(?:年頭|新年(?!度)|年始|新春|元旦|元日)")
#: A New Year's greeting: the year it names (「迎えた令和7年。」, 「輝かしい令和3年の新春」,
#: 「新しい年、2015年を迎えることができました」, 「ついに2011年がやってきました」) is the message's.
_GREETING = re.compile(r"(?:明けまして|あけまして)おめでとう|新年のお慶び|(?:新年|年頭)の?ご?(?:挨拶|あいさつ)|年頭所感")
_WELCOMED_BEFORE = re.compile(r"(?:迎えた|迎えました)\s*$")
_WELCOMED_AFTER = re.compile(r"\s*(?:を\s*迎え(?!る(?:まで|に|ため|頃|年))|が\s*(?:やって(?:き|来)ました|明けました)"
                             # 「平成三十一年、希望に満ちた新春をお迎えのことと…」
                             r"|[、,][^。、]{0,12}?(?:新春|新年|初春)を\s*(?:お)?迎え)")
#: A field name alone on its line (事業完了日, 2 工事完了日, 運用開始日, 開催日時, 募集期間): a
#: date on the next line is that field's value, not the page's date — unless the field
#: is a date label itself (掲載日, 発表日, 更新日).
_FIELD_NAME = re.compile(
    r"^\s*(?:[\d一二三四五六七八九十]{1,2}\s*[.．)）]?\s+|[(（]\s*\d{1,2}\s*[)）]\s*)?"
    r"[^\s。、:：]{1,12}(?:日|日時|期間|期限|期日|時期|年月日?)\s*[:：]?\s*$"
)
#: The same on one line: a key that names no day, and a colon (支援地域候補の決定:,
#: 公募期間:, 締切:).  A key naming a day is the day of the page's own event or record
#: (会見日:, 受付年月日:, 開催日時:, LastUpdate:), read as a date line; so is an English page's
#: stamp (Updated: Feb 3, 2025, Last updated: 2023-11-20, Published:, Released:), which had made a
#: page in English, or with an English banner, undated (breaker38's written pages).
_FIELD_KEY = re.compile(
    r"(?<![^\s・*])[^\s:：]{2,16}(?<!日)(?<!日時)(?<![Dd]ate)(?<![Uu]pdated)(?<![Mm]odified)(?<![Pp]ublished)"
    r"(?<![Pp]osted)(?<![Rr]eleased)(?<![Ii]ssued)\s*[:：]\s*$"
)
#: A key naming a day in the life of the thing a row describes, with or without its colon
#: (事業完了日 平成23年2月25日 in a project's table, 供用開始日, 契約日): that thing's day, not the page's.
_ATTRIBUTE_DAY = re.compile(r"(?:完了|開始|終了|竣工|着工|契約|締結|交付決定|運用開始|供用開始|施行|設立|開設|打ち?上げ|打上)(?:日|年月日)\s*[:：]?\s*$")
#: A body's profile row (設立 平成27年4月1日, (1)設立 2021年4月, 創立 昭和60年4月): the day the body began, a history,
#: as 設立日 is above; the key alone opening its line (dates48's written pages: a 独立行政法人's or a 公社's 概要; no dev page).
_FOUNDED_KEY = re.compile(r"[\s・*＊■□●○◆◇【\[(（]*(?:[(（]?\s*\d{1,2}\s*[)）.．])?\s*(?:設立|創立|創設|発足|開所|開館|開局)"
                          r"(?:年月日|年月|日|年)?\s*[:：】\]]?\s*")
#: …not on a page whose news is that opening (「コミュニティFMの開局について」 / 開局 令和6年4月1日 / 「エフエム○○が開局しました。」,
#: 「ICTセンター開所式を開催しました」): there the row is the day the page announces, its own date when it has no other
#: (bench/realdocs README: a change it announces from a day; sceptic63's written pages, which dates48 had left undated).
#: Read in the title and the first sentence; a profile tells its founding as a history, not as its news.
_OPENING_NEWS = re.compile(r"(?:設立|創立|創設|発足|開所|開館|開局)(?:式|記念|のお知らせ|について|(?:いた)?しました)")
#: A key naming an event's day (開催日時:, 【日時】, 実施日:): a field like the others.
#: (…or any act's 日時 key, 停止日時, 作業日時, 点検日時, 放送日時: the day of what the notice announces, which may fall in the next
#: year of a page dated at its foot; not a stamp's, 更新日時 or 掲載日時: wrongdates46's written pages; nor a record's own day,
#: 会見日時 on a press conference's record whose later 最終更新日 is furniture, or a message's 発信日時 / 送信日時: sceptic58's.)
_EVENT_KEY = re.compile(r"(?:(?:開催|実施)(?:日\s*時|日|期日)|(?<![^\s【\[・*(（])"
                        r"(?:(?!更新|掲載|公開|公表|発表|作成|登録|配信|投稿|発行|報道|記載|会見|発信|送信)[一-龥]{2}){0,2}日\s*時)\s*[:：】\]]?\s*$")
#: A key naming a period (実施期間, 運行期間, 工事期間, 期間) before the day it opens with.
_PERIOD_KEY = re.compile(r"(?<![^\s【\[・*(（■□●○◆◇])[一-龥]{0,4}期間\s*[:：】\]]?\s*$")
#: A key naming the day of another sitting than the page's own (次回開催日:, 前回の会議日時:, 次回開催予定:): a standing page of a
#: council names the next or the last meeting, which is no date of the page (wrongdates46's written pages).
#: (…or its period, 前回の実施期間 令和5年6月1日から…: a past round's, which README says dates nothing; sceptic63's page.)
_OTHER_SITTING_KEY = re.compile(r"(?:次回|前回)\s*(?:の)?\s*(?:開催|実施|会議|会合|委員会|募集|受付)?\s*(?:の)?\s*(?:日\s*時|日|期日|予定日?|期間)\s*[:：】\]]?\s*$")
#: A key of a day alone opening its line that names a service's stop or a work's day (停止日, 休館日, 切替日, 作業予定日): the day
#: of the act a notice announces, an event's day as _EVENT_KEY's are; named, not any 〜日 (会見日: a record's own day is a date
#: line, test_metadata_dates) (wrongdates46's written pages).
_ACT_DAY_KEY = re.compile(r"[\s■□●○◆◇・*＊【\[(（]*(?:サービス|システム|放送|通信)?\s*(?:停止|休止|休館|休業|閉庁|閉館|作業|点検|保守|工事|切替|切り替え|移行"
                          r"|メンテナンス|運休|延期|中止)\s*(?:予定)?\s*日\s*[:：】\]]?\s*")
#: A numbered sitting named with its day in brackets (第2回会議(令和6年8月5日開催), 第1回委員会(令和6年6月3日)): on the record
#: of a sitting of another number (the title's 第3回), an earlier or a later one's day, not the page's (wrongdates46's
#: written pages).
_NUMBERED_SITTING_BEFORE = re.compile(r"第\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*回[^。、()（）「」]{0,20}[(（]\s*$")
#: (…in either numeral: a title's 第三回 is the body's 第3回, sceptic58's written pages)
_SITTING_NUMBER = re.compile(r"第(\d{1,3}|[一二三四五六七八九十]{1,3})回")
#: What closes such a bracket: the sitting's day alone, or 開催 / 開催分 (第3回会議(令和6年10月5日開催)).
_SITTING_DAY_CLOSES = re.compile(r"\s*(?:[(（][月火水木金土日](?:曜日?)?[)）])?\s*(?:開催|実施)?\s*分?\s*[)）]")
#: What is left of a date line once the date is taken out: brackets, weekdays, spaces.
LINE_FILLER = re.compile(r"[\s*＊#()（）\[\]［］【】月火水木金土日曜]")
#: Filler and dashes only, from end to end (what LINE_FILLER leaves nothing of but ・-－).
_FILLER_ONLY = re.compile(LINE_FILLER.pattern[:-1] + r"・\-－]*")
#: An assembly's session just before a day (…議会定例会(第1号) 平成24年12月5日): that sitting's day.
_SESSION_BEFORE = re.compile(r"(?:定例会|臨時会)\s*(?:[(（]\s*第\s*\d+\s*号\s*[)）])?\s*$")
#: An assembly's session named by its month (令和2年2月定例会, 令和2年2月静岡県議会定例会,
#: 平成23年6月会議 of a town that sits all year, 平成18年11月定例県議会): the date of its records and answers.
_ASSEMBLY_AFTER = re.compile(r"\s*(?:(?:[^\s、。]{0,12}?議会\s*)?(?:定例会|臨時会)|(?:定例|臨時)[都道府県市町村区]?議会|会議(?:\s|録|$))")
#: What may stand before a periodical's issue date at the start of a line: its name alone
#: (広報ふくさき, 東北総合通信局報, 名古屋事務所通信(), never a clause (「…を、令和5年4月号で紹介し」).
_ISSUE_NAME = re.compile(r"\s*[^\s、。,.:：]{2,14}(?:\s*[(（])?\s*")
#: A month-only date with nothing but its issuer beside it: a slide deck's or a
#: report's cover (「令和5年2月 東北総合通信局」, 「令和4年3月 総務省 情報流通行政局」).
#: A place name alone counts only when short (東京都, 千代田区), or a town after its prefecture
#: and county (北海道○○町, 鹿児島県大島郡伊仙町): a member-list row 「山田太郎 横浜市 令和2年9月」 must not.
_ISSUER_ONLY = re.compile(
    r"[^、。,.:：]{0,24}課[^\s、。,.:：]{1,8}?係"  # a town's section under its division (総務課防災係: breaker40's c51)
    r"|[^、。,.:：]{0,24}(?:総合通信局|総合通信事務所|事務所|局|省|庁|協議会|委員会|審議会|検討会|研究会|懇談会|本部|センター|機構|課|室|部)"
    r"|(?:(?:北海道|東京都|京都府|大阪府|[\u4e00-\u9fff]{2,3}県)(?:[\u4e00-\u9fff]{1,4}郡)?)?[^、。,.:：]{1,4}[都道府県市町村区]"
)
#: A heading ending in a bracketed month: 知事トピックス(2012年7月分), 計画の策定(令和4年8月).
_BRACKETED_MONTH_END = re.compile(r"^\s*(?:分|号|版)?\s*[)）\]］】]\s*$")
#: Lines read for a date that stands alone on its line or after a label (掲載日 …)
#: beyond the head: a page whose navigation trail takes one line a step pushes its
#: date line far down (the 15-line trail of a prefecture's 知事トピックス page).
DATE_SCAN_LINES = 30
#: A date right after a stamp's label (更新日:2023年2月9日, 掲載日 令和5年…, 公開日：…).
_STAMP = re.compile(rf"{STAMP_LABEL}\s*[:：]?\s*(?:(?:明治|大正|昭和|平成|令和)|(?:19|20)\d\d)")
#: A menu item: a bullet at most, then a few words without a digit or a sentence mark.
_MENU_ITEM = re.compile(r"[-・*•●■◆▶>＞|\s]*[^\d。、,.:：!?！？]{1,12}")
#: Consecutive menu items that make a site's menu: the shortest run on the realdocs dev pages
#: (four pages have one, of 4 to 12 lines: 閉じる / 小さく 標準 大きく / 背景色 / …; 53 have a
#: skip link, which counts alone).
#: Only runs above the content count, so a table's field names further down are never one.
MENU_RUN = 4
#: A saved page's skip link or reading aid (「メニューを飛ばして本文へ」「コンテンツの本文へ移動する」,
#: 「本文ここから」, 「ここから本文です。」, 「このページの先頭です」, 「トップページへ戻る」).
_SKIP_LINK = re.compile(r"本文へ|本文ここから|ここから本文|ページの先頭|ページトップ|トップページへ戻る|ナビゲーション|サイト内検索|文字サイズ|読み上げ|ふりがな")
#: A page's tools and numbers above its content (印刷する, 印刷用ページを表示, ページ番号:1002345,
#: ページID:0004321) on a short line without a date: no line of the page.  At most this long
#: (such lines of the realdocs dev pages: 10 to 17 characters; 「…印刷製本費…」 in a budget row is 34).
_PAGE_TOOL = re.compile(r"^[\s\[［【(（]*(?:このページを)?印刷|ページ番号|ページID")
PAGE_TOOL_CHARS = 24
#: A skip link's landing mark: the page's content starts below it.
_CONTENT_START = re.compile(r"本文ここから|ここから本文")
#: A link to an attached file (「概要(PDF形式:123KB)」, 「別紙1 [PDFファイル/456KB]」): no line of the text.
_ATTACHMENT = re.compile(r"(?i)[(（\[［]\s*(?:pdf|word|excel|docx?|xlsx?|pptx?|zip)[^)）\]］]{0,12}?\d[\d,.]*\s*[kmg]i?b(?:yte)?s?\s*[)）\]］]")
#: An e-book viewer's lines above a page of a digitised report (「このページは…の電子ブックに掲載されている
#: 66ページの概要です。」「「ブックを開く」ボタンをクリックすると…」, 「HTML5 Webook」): no line of the report,
#: nor its opening sentences (5 dev pages of bench/realdocs, NICT's 年報 and 研究報告).
_VIEWER = re.compile(r"電子ブック|ブックを開く|ブックタイトル|Webook")
#: A navigation trail laid out one step a line (「- トップ」「- >」「- 県政・統計」「- >」…):
#: the arrow lines, and the steps beside them, are not lines of the document.
_TRAIL_ARROW = re.compile(r"^\s*[-・*]?\s*[>＞›»]\s*$")


#: A date line this many 年度 after the 年度 the document names for itself is a
#: later re-stamp, not its date (a report on 平成30年度 results comes out in
#: 平成30 or 31, not in 令和6).
RESTAMP_YEARS = 2
#: An event report is posted within this many months after the event (the
#: bureau pages of bench/realdocs: days to a few weeks); an April or May post on a
#: February or March event reports on the 年度 that just closed.
REPORT_MONTHS = 1
#: Priorities of the places a date is found, best first.
P_TITLE, P_DATE_LINE, P_SUBJECT, P_UPDATED, P_FIELD, P_START = 0, 1, 2, 3, 4, 5


def _menu_lines(lines) -> set[int]:
    """Lines of a site's menus above the page's content: runs of MENU_RUN or more short
    lines without a digit or a sentence (ホーム / くらし・手続き / 子育て・教育 / 文字サイズ …),
    among the page's furniture (本文へ, 文字サイズ) and trails, and a site's news box (新着情報 /
    2025年4月1日 …のお知らせ / … : DATED_ITEMS or more rows opening with a date).  A run below
    the first line of content is a table's field names and values (事業主体 / 小国町 / 所管部署 / …)."""
    out: set[int] = set()
    run: list[int] = []
    news: list[int] = []
    for i, (_, _, line) in enumerate(lines):
        ys = find_years(line)  # 平成二十三年一月二十四日 has no digit
        if _dated_item(line, ys):
            news.append(i)
            continue
        if news:
            if len(news) < DATED_ITEMS:
                break  # a date line opens the content (a press release's 令和5年4月10日)
            out.update(run + news)  # the news box and its heading
            run, news = [], []
        dated = bool(ys)
        if _SKIP_LINK.search(line) and not dated:
            out.add(i)  # 「ページの先頭です。 メニューを飛ばして本文へ」: no line of the page, nor its first sentence
            if _CONTENT_START.search(line):
                if len(run) >= MENU_RUN:
                    out.update(run)
                run = []  # 「ここから本文です」: what follows is the page
            else:
                run.append(i)  # 本文へ / 文字サイズ / 背景色 白 黒 / Language: the menu's items with its links
            continue
        if _MENU_ITEM.fullmatch(fold(line).strip()) and not dated:
            run.append(i)
            continue
        if len(run) >= MENU_RUN:
            out.update(run)
        run = []
        if _PAGE_TOOL.search(line) and not dated and len(line.strip()) <= PAGE_TOOL_CHARS:
            out.add(i)  # 印刷する / ページ番号:1002345: a tool of the page, no line of it
            continue
        if not (is_furniture(line) or is_breadcrumb(line)):
            return out  # the content begins
    if len(run) >= MENU_RUN:
        out.update(run)
    return out


#: The lines last ranked and their ranks (one tuple, swapped whole): the date rules ask
#: about one page's lines five times, and ranking them was a tenth of deriving a PDF's metadata.
_last_ranked: tuple[object, list[int]] = (None, [])


def _head_ranks(lines) -> list[int]:
    """Each line's place in the document's head, not counting a navigation trail
    laid out one step a line nor a site's menus (their lines get a rank past any head).
    Callers read the list and never change it."""
    global _last_ranked
    last = _last_ranked
    # An equal list too: derive_metadata, derive_years and the ranker each make the text's lines, and a
    # site's news box is read to its end (67,000 dated lines read five times: 1.2 of 2.4 s).
    if last[0] is lines or (isinstance(last[0], list) and isinstance(lines, list) and last[0] == lines):
        return last[1]
    arrow = [bool(_TRAIL_ARROW.match(l)) for _, _, l in lines]
    menu = _menu_lines(lines)
    ranks, k = [], 0
    for i in range(len(lines)):
        if (i in menu or arrow[i] or (i > 0 and arrow[i - 1]) or (i + 1 < len(lines) and arrow[i + 1])
                or _ATTACHMENT.search(lines[i][2]) or _VIEWER.search(lines[i][2])):
            ranks.append(len(lines) + DATE_SCAN_LINES)
        else:
            ranks.append(k)
            k += 1
    _last_ranked = (lines, ranks)
    return ranks


def _first_sentence_end(line: str) -> int:
    i = line.find("。")
    return len(line) if i < 0 else i


#: A change the state made to a tax, a law or a national scheme, told in the passive after its day
#: (「令和元年10月1日から消費税率が8%から10%に引き上げられました。」, 「…に改正法が施行され、」): the day
#: of the nation's change that a municipal page explains, not the page's own news, which it tells
#: in the active of its own act (「…から…を導入しました」).  方法 / 手法 / 工法 are a procedure and 法人 a
#: company, not a law.  The nation's taxes and fee schedules are named: a town's own (町税, 市民税,
#: 国民健康保険税, 議員の報酬) and its office (税務課) are changed by its own 条例, its news; and so is a
#: 条例 or 規則 named after a law (…法律施行条例が施行されました) (a sceptic's pages, 2026-12-04).
_NATIONAL_TAX = r"(?:消費|所得|法人|相続|贈与|酒|印紙|登録免許|森林環境)税|税制|(?:介護|診療|調剤|サービス等?)報酬"
_NATIONAL_CHANGE = re.compile(
    r"^" + _BRACKET + r"\s*(?:から|より|に|には|[、,])\s*[^。]{0,30}?(?:" + _NATIONAL_TAX
    + r"|(?<![方手用工])法(?!人)|政令|省令|国の)(?![^。、]{0,8}?(?:条例|規則))"
    r"[^。、]{0,8}?(?:が|は)[^。]{0,40}?(?:引き?上げ|引き?下げ|改正|改定|変更|見直|施行|導入|廃止)(?:ら|さ)れ(?:ました|た|[、,])"
)
#: A person's dates (生年月日 昭和45年5月12日, 経歴:平成20年4月 …課長, 昭和45年生まれ, 平成20年4月 …課長
#: 就任): a profile's or a biography's, not the page's.  A career step is the bare noun closing its row
#: or phrase or bracket (…課長 就任、, 代表取締役 山田太郎(令和3年6月 就任)), its person unsaid:
#: 「…に就任しました。」 is an appointment the page announces, and so is a step told with its subject
#: (…氏が副市長に就任。, 受講生20名が全課程を修了。).
_LIFE_BEFORE = re.compile(r"(?:生年月日|誕生日|経歴|略歴|職歴|学歴)\s*[:：]?\s*$")
_LIFE_AFTER = re.compile(r"^\s*(?:生まれ|生\s*(?:[)）、,。]|$))"
                         r"|^[^。が]{0,40}?(?:就任|入省|入庁|入社|着任|退官|退職|卒業|修了)\s*(?:$|[、。,)）])")


#: A period's end after its first day and から (「令和2年9月1日から令和3年3月15日」 alone on its line, under 申請期間): the
#: period's, not the page's, as its first day is (_SPAN_OR_DEADLINE) and as the same line ending in まで was read; the
#: line gave the year of its end (review43).
_SPAN_FROM_DAY = re.compile(r"\d\s*日\s*(?:[(（][^)）]{1,6}[)）])?\s*から\s*$")


def _date_of_its_own(before: str, after: str) -> bool:
    """Not a span to another year, a deadline, an as-of date, a plan, another document's date, a
    nation's change a page explains or a person's dates."""
    after, before = fold(after), fold(before)
    if _LIFE_BEFORE.search(before) or _LIFE_AFTER.match(after) or _NATIONAL_CHANGE.match(after):
        return False
    if _DAY_SPAN.match(after):
        return True  # 7月3日(月)～5日(水): the days of one event
    if _LAW_NUMBER_AFTER.match(after) and re.search(r"[(（]\s*$", before):
        # (…法律(平成15年5月30日法律第57号)): another text's number.  Alone on its line in brackets,
        # (令和6年3月25日告示第14号) under a 要綱's name is the number of the rule the page is, as a
        # 例規集 prints it.
        return bool(re.fullmatch(r"[\s|｜]*[(（]\s*", before) and _OWN_LAW_NUMBER.match(after))
    return not (_SPAN_OR_DEADLINE.match(after) or _SPAN_END.search(before) or _SPAN_FROM_DAY.search(before[-16:])
                or _NOT_OWN_AFTER.match(after))


#: The nation as a sentence's subject right before its date (「国は、令和2年12月25日に「自治体DX推進計画」を策定しました。」):
#: on the page of a town or a prefecture that goes on to its own part (「本市においても、…」) the day of another body's
#: act the page cites (bench/realdocs README, year: never a cited date).  No ministry or agency calls itself 国 in its
#: news (総務省は、…: the realdocs dev pages have no 「国は、」 before a day); a page without another date stays empty.
_NATION_SUBJECT = re.compile(r"(?:^|[\s。、「」()（）])国\s*(?:は|では|において(?:は)?|が)\s*[、,]?\s*$")

#: A title naming a founding, an opening or a law's making (…を設立しました, …の開局について, …条例の施行): the page is
#: the news of that act, and the day its subject sentence gives is the page's.
_ACT_TITLE = re.compile(r"閣議決定|施行|公布|改正|制定|成立|発令|誕生|発足|設立|創設|創立|開設|開業|開所|開局|開校|開通|合併|設置"
                        # …not an anniversary of it (開局10周年を迎えて, 設立20周年記念式典, 合併十周年): the page is written
                        # years after the act, whose day its first sentence recalls (wrongdates46's written pages)
                        r"(?!\s*(?:[0-9]+|[一二三四五六七八九十百]+)\s*周年)")
#: A day on which the subject received the inquiry or request its work answers (「当審議会は、令和5年4月10日に市長から諮問を
#: 受け、…審議を重ねてまいりました」): the start of the work the page concludes, months before it, not the page's day.  Not
#: 答申を受け (the page's news: the answer received that day).  (wrongdates46's written pages.)
_INQUIRY_RECEIVED = re.compile(r"^" + _BRACKET + r"\s*(?:付け?)?\s*(?:に|、)?[^。、]{0,24}?(?:諮問|依頼|要請)\s*(?:を)?\s*(?:受け|うけ|いただ)")
#: The answer given on a day told after that inquiry's, in its sentence or the next (「…諮問を受け、審議を重ね、令和6年3月25日に
#:答申しました。」, 「令和6年3月、市長に答申しました。」): the act the page reports, its day the page's (sceptic58's written pages:
#: with the inquiry's day refused, such a page was left empty).
_ANSWERED_AFTER = re.compile(r"^" + _BRACKET + r"\s*(?:付け?)?\s*(?:に|、)?[^。]{0,24}?答申(?:し|を(?:行|提出|取りまとめ)|いたし)")
#: (A 依頼 or a 要請 received is the start of such a work only when the sentence goes on to tell the work done over time or
#: its result (審議, 検討を重ね, 報告書を取りまとめ); 「令和6年1月2日、石川県からの要請を受け、職員2名を派遣しました。」 and
#: 「…小学校からの依頼を受け、情報モラル講座を実施しました。」 are the page's news of that day (sceptic58's written pages).)
_LONG_WORK = re.compile(r"審議|検討|重ね|進め|取りまとめ|とりまとめ|まとめ|答申|報告書|提言|調査")


def _inquiry_received(after: str) -> bool:
    """Whether the words after a date tell an inquiry or a request received that starts the work the page concludes."""
    if not (m := _INQUIRY_RECEIVED.match(after)):
        return False
    return "諮問" in m.group() or bool(_LONG_WORK.search(after[m.end():].split("。", 1)[0]))


#: A founding or an opening told right after its day and an anniversary after it in the sentence (「…は、平成26年4月1日に開局し、
#: おかげさまで10周年を迎えました」): the day is the act the anniversary counts from, years before the page (wrongdates46's
#: written pages).  Not a ceremony's day (「令和6年10月15日に創立50周年記念式典を開催しました」: the page's news).
_ANNIVERSARY_AFTER = re.compile(r"^" + _BRACKET + r"\s*(?:に|、)?[^。]{0,40}?(?<!を)(?:誕生|発足|設立|創設|創立|開設|開業|開所|開局|開校|開通|合併|開始)"
                                r"(?:し|され|いた)[^。]{0,80}?(?:[0-9]+|[一二三四五六七八九十百]+)\s*周年")

#: A date opening a clause (「令和4年4月1日、…」, 「平成26年4月1日に…」) whose sentence goes on to tell, as its
#: verb, of a law or another body's text made or coming into force (…法が改正され、, 国は…を閣議決定しました),
#: a declaration (緊急事態宣言が出され、) or a body founded (…本部が設置されました, _FOUNDED_AFTER's verbs):
#: history the page explains, not its news.  Only as a verb that ends the sentence or a clause of it:
#: 「…被疑者宅に開設された不法無線局の取締りを行い」 and 「…の公募について…を採択しました」 are the issuer's
#: news (two real-dev pages dated that day).  Not 策定 / 公表 / 決定, which a page announces of its own act.
#: The ranker fills a page from the one full date opening a sentence of its body at p ≈ 0.85 whatever
#: the sentence tells (breaker32's written pages: 12 such fills wrong, 7 of them refused here or by
#: _DISASTER_CLAUSE; 7 right, none refused).  On real-dev the form is the issuer's news (25 pages the ranker would fill from it
#: were the rules silent: 24 right, none refused here); the 5-fold fill CV did not move (2026-12-04).
_CLAUSE_OPENER = re.compile(r"^" + _BRACKET + r"\s*(?:に|には|[、,])")
_CITED_ACT = re.compile(
    r"(?:閣議決定|施行|公布|改正|制定|成立|発令|宣言が(?:出|発令)"
    r"|(?<!を)(?:誕生|発足|設立|創設|創立|開設|開業|開所|開局|開校|開通|合併|設置))(?:し|され)(?:ました|た)?(?:[、,]|$)"
)
#: …or of a disaster, its subject (「平成23年3月11日の東日本大震災では」, 「令和元年10月12日、台風第19号の接近に
#: 伴い」): the disaster's day, as 平成30年7月豪雨 is; not a drill for one (「…、地震を想定した訓練を行い」).
#: Up to 12 characters before the disaster's word hold its place (「、能登半島で最大震度7の地震が」).
_DISASTER_CLAUSE = re.compile(
    r"^" + _BRACKET + r"\s*(?:の|に|[、,])\s*[^。、「」]{0,12}?(?:震災|地震|豪雨|大雨|台風(?:\s*第?\s*\d+\s*号)?|豪雪|大雪|水害|津波|噴火)"
    r"\s*(?:の|に|により|による|で|では|が|は)"
)

#: A date in a Q&A's answer (問 …健康保険証として使えますか。 / 答 令和3年10月20日、…運用が始まりました。):
#: what the answer tells of, not the day the page was written, which a よくある質問 page states, if at all,
#: in its 更新日.  The ranker picked such an answer's day at p ≈ 0.82–0.84 on breaker32's written
#: pages (every labelling of 問/答, Q/A, Q./A., 質問/回答); no real-dev page dates from one.
_QA_ANSWER = re.compile(r"^\s*(?:[AＡ][0-9０-９]{0,3}\s*[.．:：)）]|[AＡ]\s|[(（]\s*答\s*[)）]|(?:答え?|回答)[0-9０-９]{0,3}\s*[.．:：\s])")
_QA_QUESTION = re.compile(r"^\s*(?:[QＱ][0-9０-９]{0,3}\s*[.．:：)）]|[QＱ]\s|[(（]\s*問\s*[)）]|(?:問|質問)[0-9０-９]{0,3}\s*[.．:：\s])", re.M)


#: A biography's rows (略歴 / 平成5年4月 総務省入省 / 平成20年4月 …課長 就任): lines opening with a
#: date under a 経歴 / 略歴 heading, the career of a person the page introduces (a speaker, a new
#: deputy mayor), not the page's date.  The ranker fills an undated profile from such a row at
#: p ≈ 0.9 (a sceptic's pages, 2026-12-04).
_BIOGRAPHY_HEADING = re.compile(r"^[\s【\[［■□●○◆◇・<＜]*(?:主な)?(?:経歴|略歴|職歴|学歴|プロフィール)[\s】\]］>＞]*[:：]?\s*$")
_ROW_OPENS = re.compile(r"[\s・*＊\-－●○■□◆◇]")
_DATE_ROW = re.compile(r"^[\s・*＊\-－●○■□◆◇]*(?:明治|大正|昭和|平成|令和|(?:19|20)\d\d|[SHRＳＨＲ]\s*\d)")
#: How many rows above a date are read for a biography's heading.
BIOGRAPHY_ROWS = 15


def _biography_row(text: str, start: int) -> bool:
    """Whether the line at start is a row of dates under a biography's heading (blank lines and
    the rows above it passed over)."""
    for _ in range(BIOGRAPHY_ROWS):
        if start == 0:
            return False
        prev = text.rfind("\n", 0, start - 1) + 1
        line = fold(text[prev:start - 1])
        start = prev
        if not line.strip() or _DATE_ROW.match(line):
            continue
        return bool(_BIOGRAPHY_HEADING.match(line))
    return False


#: A start already made, told in the active past of the issuer's act or of what it made possible
#: (「…サービスを平成31年2月1日(金)から開始しました。」, 「…令和6年1月24日(水曜日)より…払いが可能と
#: なりました。」): the news a page without a date line announces, so a candidate for the ranker.  A
#: start still ahead (から開始します), one for whom (…から入所を希望する方は) or a nation's change
#: (_NATIONAL_CHANGE, refused before) is not.  5-fold fill CV on the 2,002 real-dev pages (`python
#: bench/date_ranker.py --fill`, 2026-12-04), fills right / wrong / of a page readers leave undated at
#: the product's guards: year (p ≥ 0.8) today's rules 3/1/0 → 4/1/0, arrival rules 32/2/1 → 34/2/1,
#: recent arrivals 4/0/0 → 4/0/0; 年度 at p ≥ 0.95 unchanged (2/0/0, 13/0/0, 1/0/0); 年度 of the same
#: day 2/0/0 → 3/0/0 and 18/0/0 → 20/0/0.
#: Not a decision on a start still ahead, told in the past of the deciding (「…から…を予約制とすることに
#: なりました。」, 「…を開始することといたしました。」, 「…予定となりました。」), nor a start the nation made
#: (「…から、国は健康保険証の新規発行を終了し、…に移行しました。」: the nation's change a town's page
#: explains, as _NATIONAL_CHANGE's) (a sceptic's pages, 2026-12-04).
_START_MADE = re.compile(
    r"^" + _BRACKET + r"\s*(?:から|より)[、,]?(?![^、。]{0,30}?[るいた](?:方|者|人|世帯|場合)(?:は|が|へ|に|を|で|の))"
    r"(?![^。]{0,20}?(?:国|政府|(?<![都道府県市町村区])[^\s、。「」]{1,8}省)(?:は|が|では|において)[、,]?)"
    r"(?![^。]{0,80}?(?:こと|予定)[にと](?:いた)?(?:しました|なりました))"
    r"[^。]{0,80}?(?:しました|いたしました|なりました)。"
)


def not_own(text: str, y: YearMention) -> str | None:
    """Why the rules above refuse y as the document's own date or 年度, read on its line alone (the
    rules' own checks, nothing more): a span, a target, a start or an open end, an as-of point,
    another text's or a disaster's date, a deadline, a table row's day, a trend's year, an
    evaluated project's, a law revised that year; and, for the ranker only, a date opening a
    sentence that tells of a law, a declaration, a founding or a disaster (_CITED_ACT), and a Q&A
    answer's date (_QA_ANSWER).  None when
    none of them holds: the mention may be the document's, which the rules did not decide (a
    learned ranker's candidates)."""
    start = text.rfind("\n", 0, y.start) + 1
    end = text.find("\n", y.end)
    end = len(text) if end < 0 else end
    before = fold(text[max(start, y.start - DATE_CONTEXT):y.start])
    after = fold(text[y.end:min(end, y.end + DATE_CONTEXT)])
    if _LIFE_BEFORE.search(before) or _LIFE_AFTER.match(after) or (not _ROW_OPENS.sub("", before) and _biography_row(text, start)):
        return "a person's dates (a birth, a biography's row)"
    if _SOURCE_LINE_M.match(text, start):
        return "a figure's or a table's source"
    if _NATIONAL_CHANGE.match(after):
        cited = _CLAUSE_OPENER.match(after) and _CITED_ACT.search(after.split("。", 1)[0])
        return "a law's, a declaration's or a founding's date" if cited else "a nation's change the page explains"
    if not _date_of_its_own(before, after):
        return "a span, a deadline, an as-of point or another text's date"
    if ((_TARGET_AFTER.match(after) or _STARTS_AFTER.match(after)) and not _START_MADE.match(after)) or (
            _SPAN_BEFORE.search(before[-4:])):
        return "a target, a start or a span"
    if _DEADLINE_LABEL.search(before[-12:]):
        return "a deadline"
    if _OTHER_SITTING_KEY.search(before):
        return "another sitting's day (次回開催日, 前回の開催日時)"
    if _inquiry_received(after):
        return "the day an inquiry or a request was received"
    if _ANNIVERSARY_AFTER.match(after):
        return "the act an anniversary counts from"
    if y.kind == "fiscal" and _PAST_ACT_AFTER.match(after):
        return "the 年度 of a past build"
    if _FIELD_KEY.search(before) or _ATTRIBUTE_DAY.search(before):
        return "a table row's day"
    if start > 0 and not before.strip():
        # A value under its field's name (2 工事完了日 / 平成31年3月8日, 1 事業名 / 平成30年度…事業,
        # 募集期間 / …), as _own_date and _own_fiscal_year read the line above (the blank lines a
        # saved page puts between a table's cells passed over).
        above = text[:start].rstrip()
        above = fold(above[above.rfind("\n") + 1:])
        if _is_field_name(above) or _ATTRIBUTE_DAY.search(above.strip()) or _FY_FIELD.match(above) or _PROJECT_KEY.search(above):
            return "a table row's value"
    if _EX_POST.match(after) or _REVISION_AFTER.match(after):
        return "an evaluated project's or a revised law's year"
    if _SUBJECT_DATE_BEFORE.search(before) and not after.strip():
        # 「「…認証サービス」は、平成21年11月17日」 ending its line: a sentence cut after its subject's
        # date (what _date_priority refuses as a date line), not a date line at the page's foot
        return "a sentence's subject's date, cut at the line's end"
    if _QA_ANSWER.match(text[start:y.start]) and _QA_QUESTION.search(text):
        return "an answer's date in a Q&A"
    if _DISASTER_CLAUSE.match(after):
        return "a disaster's date"
    if _in_box(text, start):
        return "a day in a site's box below the text (関連記事, 新着情報, カレンダー)"
    if _NATION_SUBJECT.search(before):
        return "the nation's act, cited"
    clause = after.split("。", 1)[0]
    if _CLAUSE_OPENER.match(after) and _CITED_ACT.search(clause):
        return "a law's, a declaration's or a founding's date"
    sentence = before[before.rfind("。") + 1:]
    if _TREND_BEFORE.search(sentence):
        return "one year of a series"
    return None


def _labelled(fline: str, y: YearMention) -> bool:
    """A date label (掲載日 …) nearer before the date than any 更新."""
    zone = fline[max(0, y.start - 12):y.start]
    lab = [m.start() for m in _DATE_LABEL.finditer(zone)]
    upd = [m.start() for m in _UPDATE_LABEL.finditer(zone)]
    return bool(lab) and (not upd or lab[-1] > upd[-1])


@dataclass(frozen=True)
class _Line:
    """What the date rules read of one line, computed once however many dates it holds."""

    text: str
    folded: str
    in_head: bool
    head: bool  # the head or the tail
    updated: bool  # 更新 anywhere on it
    heading: bool  # in the head and no sentence
    sentence_end: int
    first_sentence: bool
    minutes: bool = False  # the document is a meeting's record (議事録)
    next_text: str = ""  # the line after it
    own_made_key: bool = False  # a 策定: / 改定: key here may date the page (_MADE_KEY; see _own_date)
    in_tail: bool = False  # among the last TAIL_LINES lines
    opening_news: bool = False  # the title or the first sentence tells an opening (_OPENING_NEWS)
    prev_text: str = ""  # the two lines before it

    @cached_property
    def reports_one_day_held(self) -> bool:
        """Its first sentence reports an event held (_HELD) and names one day: read once a line, not
        once for each of its dates (a line of thousands of dates, a text without line breaks, took minutes)."""
        return bool(_HELD.search(self.folded, 0, self.sentence_end + 1)) and sum(
            1 for d in find_years(self.text[:self.sentence_end]) if d.day is not None) == 1


#: How far before and after a date its line is read: enough for any date line,
#: label or opening clause (a date line holds at most 24 other characters), and it
#: keeps a text of one endless line (a PDF without line breaks) linear.
DATE_CONTEXT = 160


#: A plan's title with its ordinal (第2期宇和島市DX推進計画, 第3次…計画): the plan without it is the predecessor.
_ORDINAL_PLAN = re.compile(r"第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[期次]\s*(?P<name>.{4,40}?(?:計画|戦略|プラン|ビジョン|指針))")


def _predecessor_made(sentence: str, squashed_title: str) -> bool:
    """Whether a first sentence announcing a plan made names, in quotes, the plan the title's
    numbered one follows (「宇和島市DX推進計画」を2022年2月に策定 under 第2期宇和島市DX推進計画)."""
    m = _ORDINAL_PLAN.search(squashed_title)
    return bool(m) and any(q == m["name"] for q in re.findall(r"[「『]([^」』]{4,40})[」』]", re.sub(r"\s", "", sentence)))


#: A sentence that tells an act done, closed by a bracketed day (…が策定されました。(令和2年4月24日)) …
_DAY_CLOSING_NEWS_BEFORE = re.compile(r"(?:ました|ます)[。!！]\s*[(（]\s*$")
#: …the bracket closing the line.
_BRACKET_CLOSES = re.compile(r"^\s*[)）]\s*$")
#: An entry of a reference list (参考文献, References) as research institutes' pages close with them: a numbered
#: entry (「[2] Y. Suzuki, Proc. IEEE, Oct. 5, 2021.」, 「2. Y. Suzuki, …」) or a citation's parts (et al., vol., pp.,
#: Proc.) before the date.  The date is the cited paper's (bench/realdocs README, year: never a cited date).
#: How far before a date its reference entry's marks are looked for (an entry runs some 100–200 characters): the
#: whole line before it cost a line of 20,000 dates the square of its length (58 s at 200,000 characters).  Searched
#: with a start position, so that ^ still means the line's start.
CITATION_REACH = 300
_CITATION = re.compile(r"^\s*(?:[\[［]\s*\d{1,3}\s*[\]］]|\d{1,3}\s*[.．]\s*[A-Z][A-Za-z.\- ]*,)|\bet\s+al\.|\b(?:vol|pp|Proc|Trans)\.")
#: A list's item (・「…」を開始しました。(2022年6月10日), - …(平成24年2月17日)): one of several news, each with its day.
_ITEM_OPENS = re.compile(r"^\s*[・\-－‐●○◯■□◆◇※*＊>＞≫»]")


#: A figure's or a table's source line (「(出典)「たのしい四年生」1961年1月」, 「資料:総務省「通信利用動向調査」(令和5年)」,
#: 【出典】…, 出所:…): the date of the source it cites, never the page's (bench/realdocs README: a cited date is never the
#: year).  A White Paper section read without its edition's folder was dated by its figure's source (dates45: a reported
#: misfire).  Only a line that opens with the label: 「資料1」 and 「出典を明記」 are not one.
_SOURCE_LINE = re.compile(r"^[\s・*＊※■□●○]*(?:[(（【\[〔<＜]\s*(?:出典|資料|出所|引用元?|データ出典)\s*[)）】\]〕>＞]"
                          r"|(?:出典|資料|出所|引用元|データ出典)\s*[:：]|(?i:source)\s*[:：])")
_SOURCE_LINE_M = re.compile(_SOURCE_LINE.pattern, re.M)


def _in_source_line(folded: str, sourced: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` lies on one of the source lines `sourced` ((start, end of its line), sorted)."""
    i = bisect.bisect_right(sourced, (at, len(folded) + 1)) - 1
    return i >= 0 and at < sourced[i][1]


def _date_priority(y: YearMention, ln: _Line, squashed_title: str, numbered: bool) -> int | None:
    """How a date on a line of the head (or tail) counts as the document's: a P_* or None."""
    line, fline, in_head = ln.text, ln.folded, ln.in_head
    if _SOURCE_LINE.match(fline):
        return None
    before, after = line[max(0, y.start - DATE_CONTEXT):y.start], line[y.end:y.end + DATE_CONTEXT]
    if (y.day is not None and _AS_OF_ALONE_BEFORE.fullmatch(fold(before)) and _AS_OF_ALONE_AFTER.match(fold(after))
            and not _FIGURE_CELL_AFTER.search(fold(after))):
        # (令和元年6月1日現在) alone on its line: the page's figures' day, a last resort; also below the head, over
        # the table the page is for (「…の整備状況」 / 「(平成26年3月31日現在)」 after the scheme's explanation:
        # realdocs dev half A r4597, whose excerpt ends with the table's header, so the line is in the tail)
        # Not a site's population box (まちのうごき / (令和6年4月1日現在) / 人口 12,345人) below the text: a count the
        # page borrows, as 人口 beside the day is (test_metadata_dates).
        return P_FIELD if in_head or not _POPULATION_ROW.match(fold(ln.next_text)) else None
    if y.day is not None and _AS_OF_OPENS_BEFORE.search(fold(before)) and _AS_OF_OPENS_AFTER.match(fold(after)):
        return P_FIELD if in_head else None  # 「令和5年9月30日現在、…」 opening a sentence: the same
    if (y.month is not None and in_head and _as_of_clause(before, after)
            and not _BORROWED_COUNT.search(fold(before).rsplit("。", 1)[-1])
            and not _told_past(line, y.end)):
        # 「…設立され、令和7年4月現在、…155団体で構成されています。」: the same opening a clause after a comma (realdocs
        # dev half A: r332 fixed, none broken; half B unchanged); not a count the sentence borrows (「総務省の調査によると、
        # 令和5年3月末現在、…」: another document's figures, README), nor one the sentence tells as past (「開局当時は、
        # 平成20年4月現在、加入世帯数は300世帯でした。」: a history, README; sceptic42's page).  Also with 末 or で
        # (「管内では、令和6年4月現在で76名の推進員が…」) or opening a bracketed sentence (「(令和5年3月末現在、本県の…)」)
        # when the sentence names the page's own body (_own_account): realdocs dev r2747 fixed, none broken (dates50;
        # without that guard r1037 and r1405, national counts the page borrows, were dated by it).
        return P_FIELD
    if y.day is None and y.month is not None and ln.heading and _AS_OF_MONTH_CLOSES.match(fold(after)):
        return P_FIELD
    if (y.month is not None and in_head and _AS_OF_NOTE_BEFORE.search(fold(before)) and _AS_OF_MONTH_CLOSES.match(fold(after))
            and not _BORROWED_COUNT.search(_sentence_noted(fold(before)))):
        # 「…全国で1位となっています。(令和6年3月末時点)」: a note on the sentence it closes, the page's as-of point;
        # not when that sentence borrows its figure (「総務省の調査によると、全国の…は99.8%となっています。(令和5年3月末
        # 時点)」: another document's figures, README; sceptic42's page, as the clause rule above already says)
        return P_FIELD
    if (y.day is not None and ln.head and _PAGE_AS_OF_BEFORE.search(fold(before))
            and _PAGE_AS_OF_AFTER.match(fold(after))):
        return P_FIELD  # 「このページの情報は2024年6月15日時点のものです。」: the page's as-of point, a last resort
    if not _date_of_its_own(before, after):
        return None
    if _CITATION.search(line, max(0, y.start - CITATION_REACH), y.start):
        return None  # 「[2] Y. Suzuki, Proc. IEEE, Oct. 5, 2021.」: a cited paper's date, not the page's
    if (in_head and y.day is not None and _DAY_CLOSING_NEWS_BEFORE.search(fold(before)) and _BRACKET_CLOSES.match(fold(after))
            and not _ITEM_OPENS.match(fline)):
        # 「…15事業において、「スマートシティ実行計画」が策定されました。(令和2年4月24日)」: the day of the news the
        # paragraph tells, written after it as a ministry's policy page dates its latest news.
        return P_SUBJECT
    label_zone = fline[max(0, y.start - 12):y.start]
    if _DEADLINE_LABEL.search(label_zone):
        return None
    # (A record's 次回開催日: names the next sitting's day, no label of the record's own: a minutes page that puts it above
    # its 開催日時 was dated by the next meeting, months later, sceptic58's written pages.)
    labelled = _labelled(fline, y) or (ln.minutes and bool(_MEETING_DAY.search(label_zone))
                                       and not _OTHER_SITTING_KEY.search(fold(before)))
    stamped_after = fold(after).lstrip().startswith("更新")  # 2014年6月17日更新: a CMS's stamp, on any line
    # 掲載日:2010年7月9日更新 (a CMS that writes 更新 after its 掲載日) is labelled a posting; a next
    # label (掲載開始日:…更新日:…) or a bare 2014年6月17日更新 is an update stamp.
    stamped_after = stamped_after and not (labelled and not fold(after).lstrip().startswith("更新日"))
    updated = (bool(_UPDATE_LABEL.search(label_zone)) and not labelled) or (not labelled and ln.updated) or stamped_after
    rest = LINE_FILLER.sub("", before + after)
    bare_title = re.sub(r"[\s()（）\[\]［］【】]", "", squashed_title or "")
    if len(bare_title) >= 6 or (bare_title and rest == bare_title):
        # (a short title only when the line is that title and the date: 「村長の部屋 令和5年9月」, a column's month)
        rest = rest.replace(bare_title, "")
    # A month without a day is a date line only when nearly alone
    # (a member list row "… 横浜市 令和 2年 9月" is not) or beside its issuer.
    # 名古屋事務所通信(平成30年8月号): the issue month of a periodical is its date.
    if after.startswith("号") and y.month and _ISSUE_NAME.fullmatch(before):
        # 「広報ふくさき 令和6年(2024年)1月号 7ページ …」 opening a page whose text runs on the
        # same line (a periodical's PDF read as one line): the issue's date, whatever follows.
        is_line = True
    elif "。" in after:
        is_line = False  # a sentence with a date in it (「令和元年7月18日、…開きました。」)
    elif _STARTS_AFTER.match(fold(after)) and not _DAY_SPAN.match(fold(after)):
        is_line = False  # 「令和6年4月1日から手続が変わります」: the day a change starts, not the page's
    elif _ADVERB_AFTER.match(fold(after)):
        is_line = False
    elif not in_head and before.strip() and _SUBJECT_DATE_BEFORE.search(fold(before)):
        # 「「…認証サービス」は、平成21年11月17日」 among the last lines, cut where the excerpt ends: a sentence's
        # subject and its date, not a date line
        is_line = False
    elif y.day:
        is_line = len(rest) <= _DATE_LINE_REST
    else:
        is_line = len(rest) <= 4 or after.startswith("号") or bool(_ISSUER_ONLY.fullmatch(rest))
    if in_head and y.day is not None and not before.strip() and _CONFERENCE_AFTER.match(fold(after)):
        # 「2023年10月27日記者会見「…について外7件」」: a press conference named by its day, however
        # long the list of its topics after it
        is_line = True
    if in_head and y.day is not None and _SESSION_BEFORE.search(fold(before)) and "。" not in before:
        # 「平成24年第183回滑川町議会定例会 平成24年12月5日(水曜日) 議事日程 …」: the day of the
        # session whose record this is, however long its agenda runs on the line
        is_line = True
    subject = False
    if in_head and y.day is not None and y.start < ln.sentence_end and not _NOTE.match(fline):
        if _SUBJECT_DATE_AFTER.match(after) and y.start <= SUBJECT_REACH:
            clause = _SUBJECT.search(before)
            subject = bool(_SUBJECT_DATE_BEFORE.search(before)) or bool(
                # 「町では、令和元年度から令和4年度にかけて…を進めており、令和4年5月9日から」:
                # a long clause with years of its own is not the subject's date.
                clause and before.rstrip().endswith("、") and len(clause["clause"]) <= SUBJECT_CLAUSE
                and not find_years(clause["clause"])
            ) or bool(
                # 「担い手の収益力の向上を図るため、平成31年2月21日(木)に…を開催しました。」: the
                # report's first sentence opens with a short clause of purpose, then its date.
                ln.first_sentence and not numbered and before.rstrip().endswith("、")
                and len(before.strip()) <= SUBJECT_CLAUSE and not find_years(before)
            )
        if ln.first_sentence and not numbered and y.start <= DATE_CONTEXT and _SENTENCE_OPENER.match(before) and (
            _OPENER_AFTER.match(after) or _OPENER_STARTED.match(after)
        ):
            subject = True
    if (in_head and y.day is None and y.month is not None and ln.first_sentence and not numbered
            and y.start <= DATE_CONTEXT and _SENTENCE_OPENER.match(before) and _MONTH_OPENER_AFTER.match(fold(after))):
        # Unless the title names another year: 「…戦略の見直し(令和6年度)」 opening with 「令和4年3月、
        # …戦略を策定しました。」 recounts the plan it revises.
        titled = {n for m in find_years(squashed_title) for n in (m.fiscal_year, m.year)}
        subject = not titled or y.fiscal_year in titled or y.year in titled
    # Under a numbered heading (1 計画改定の趣旨) the first sentence opens a section of a longer
    # text, and the plan it says was made (「令和2年6月に「…計画」を策定しました」) is its predecessor.
    if in_head and ln.first_sentence and not numbered and y.start < ln.sentence_end and _ANNOUNCED_AFTER.match(fold(after)):
        subject = not _predecessor_made(line[:ln.sentence_end], squashed_title)
    if (in_head and ln.first_sentence and not numbered and y.day is not None and y.start < ln.sentence_end
            and ln.reports_one_day_held):
        # 「市民会館で令和5年7月3日(月)にデジタル活用講座を開催しました。」: a first sentence that
        # reports an event held and names one day, wherever in it (on the realdocs dev pages 45
        # first sentences of this kind, every one dated by that day).
        subject = True
    if subject and _NATION_SUBJECT.search(fold(before)):
        subject = False  # 「国は、令和2年12月25日に…を策定しました。」: another body's act the page cites
    if (subject and _CLAUSE_OPENER.match(fold(after)) and _CITED_ACT.search(fold(after).split("。", 1)[0])
            and not _ACT_TITLE.search(squashed_title)):
        # 「○○協議会は、平成20年4月1日に設立されました。」, 「…構想は、令和4年6月7日に基本方針が閣議決定されました。」,
        # 「町のケーブルテレビは平成22年4月1日に開局しました。」 on a page whose title names no such act (協議会の概要,
        # ケーブルテレビ): the history or the cited decision the page explains (bench/realdocs README: a history, a cited
        # law's or plan's date do not date a page), as the ranker already refuses it (not_own).  A page titled by the
        # act (「○○協議会を設立しました」, 「…の開局について」) is its news.
        subject = False
    if subject and _SELF_SUBJECT.search(before) and _FOUNDED_AFTER.match(fold(after)):
        subject = False  # 「当町は、平成17年3月1日に3町村が合併して誕生しました。」: the body's history
    if subject and _inquiry_received(fold(after)):
        subject = False  # 「当審議会は、令和5年4月10日に市長から諮問を受け、…審議を重ねてまいりました。」: the inquiry the work began from
    if subject and _ANNIVERSARY_AFTER.match(fold(after)):
        subject = False  # 「…は、平成26年4月1日に開局し、…10周年を迎えることができました。」: the act the anniversary counts from
    if (in_head and y.month is not None and _ANSWERED_AFTER.match(fold(after))
            and any(_inquiry_received(fline[x.end:]) for x in find_years(fline[:y.start]))):
        subject = True  # 「…諮問を受け、…審議を重ねてまいりました。令和6年3月、市長に答申しました。」: the answer the page reports
    # A heading with its date at the end: 「…」を開催 令和5年12月13日, or a
    # bracketed month: 知事トピックス(2012年7月分).
    is_line = is_line or ln.heading and (
        (y.day is not None and not after.strip())
        or bool(re.search(r"[(（\[［【]\s*$", before) and _BRACKETED_MONTH_END.match(after))
    )
    if not ln.head and not (y.day and (labelled or len(rest) <= 4)):
        return None  # below the head only a date alone on its line or labelled
    if updated and (is_line or labelled or stamped_after or _UPDATE_LABEL.search(fline[max(0, y.start - 8):y.start])):
        return P_UPDATED
    if is_line and in_head and not labelled and ln.own_made_key and _MADE_KEY.match(fold(before)):
        return P_DATE_LINE  # 策定:令和5年3月29日 under the plan's title: its own date, as 策定日: is
    if (is_line and ln.in_tail and not labelled and _COLOPHON_KEY.match(fold(before))
            and not any(_CITED_ABOVE.search(l) and not _COLOPHON_ABOVE.search(l) for l in fold(ln.prev_text).splitlines())):
        return P_DATE_LINE  # 発行：令和5年12月 among the last lines: a booklet's colophon, as 令和5年12月発行 is
    if is_line and not labelled and (_FIELD_KEY.search(fold(before)) or _ATTRIBUTE_DAY.search(fold(before))
                                     or (_FOUNDED_KEY.fullmatch(fold(before)) and not ln.opening_news)):
        return None  # 支援地域候補の決定:令和7年3月7日, 公募期間:…, 事業完了日 …: a schedule's or a record's row
    if ((sitting := _NUMBERED_SITTING_BEFORE.search(fold(before))) and (own := _SITTING_NUMBER.search(squashed_title))
            and kanji_number(sitting[1]) != kanji_number(own[1])):
        return None  # 「(1) 第2回会議(令和6年8月5日開催)の議事要旨の確認」 on 第3回's record: an earlier sitting's day
    if (sitting and own and in_head and y.day is not None and _SITTING_DAY_CLOSES.match(fold(after))):
        # 「第3回会議(令和6年10月5日開催)の議事要旨を掲載します。」 on 第3回's record: the same number as the title's is the
        # sitting recorded, its day the page's when nothing better dates it (sceptic58's written pages: such a page was
        # left empty, the sentence being no date line and no subject's date)
        return P_FIELD
    if is_line and not labelled and _OTHER_SITTING_KEY.search(fold(before)):
        return None  # 次回開催日:令和7年2月10日, 前回の会議日時 …: another sitting's day, ahead or behind, not the page's
    if is_line and not labelled and in_head and _ACT_DAY_KEY.fullmatch(fold(before)):
        # 停止日 令和7年1月8日(水), 休館日:…, 切替日 …: the day of the act a notice announces, which may fall in the next year of
        # a page dated at its foot (令和6年12月20日 / 恵那野市ケーブルテレビ); the page's only when nothing better dates it
        return P_FIELD
    if is_line and not labelled and _PERIOD_KEY.search(fold(before)):
        # 実施期間 令和6年4月8日から4月26日まで, 運行期間 …: the span of what the page announces, a key set apart by a space
        # as a table's row is read (with a colon _FIELD_KEY refuses it); the page's only when nothing better dates it,
        # not over its foot's 「令和6年3月29日 記者発表資料」 (dates48's written pages)
        return P_FIELD if in_head else None
    if is_line and not labelled and _EVENT_KEY.search(fold(before)):
        # 開催日時:令和5年7月3日 on an announcement: the event's day, the page's only when
        # nothing better dates it (as a value below a field name)
        return P_FIELD if in_head else None
    if is_line or labelled:
        return P_DATE_LINE
    if subject and _ASIDE_OPENS.match(fold(before).rsplit("。", 1)[-1]) and _NOT_THIS_ROUND.search(fold(before).rsplit("。", 1)[-1]):
        # 「なお、次回は、令和6年1月22日(月)に開催することとした。」 closing a meeting's record (sceptic66): the next sitting's
        # day told aside, as a 次回開催日 line's is (_OTHER_SITTING_KEY), never the page's.  Only in an aside: 「次回の教室は、
        # 令和6年2月10日(土曜日)に…開催します。」 opening an undated notice is the session it announces, which dates it.
        return None
    if subject and _ASIDE_OPENS.match(fold(before).rsplit("。", 1)[-1]):
        # 「なお、マイナンバー制度の導入により公的個人認証サービスの申請は、2015年12月18日(金曜日)17時15分で終了しました。」
        # under 更新日:2017年10月23日 (r4774): an aside's date, the page's only when nothing better dates it
        return P_FIELD
    if subject:
        return P_SUBJECT
    if _nations_scheme_started(_sentence_of(fline, y.start), squashed_title):
        return None  # 「令和5年10月1日から、インボイス制度が開始されました。」: the nation's scheme the page explains
    if _start_not_announced(fline, y.start):
        return None  # 「…から…運用を開始します。(予定)」, 「…が順調に進めば、…から運用を開始します。」: a plan, a condition
    if (in_head and (ln.first_sentence or ln.heading) and not numbered and y.start <= DATE_CONTEXT and _SENTENCE_OPENER.match(before)
            and (start := _ANNOUNCED_START.match(fold(after))) and not _DAY_SPAN.match(fold(after))
            and not _NO_ANNOUNCED_START.match(fold(after), start.end())
            and not _AIMED_START.match(fold(after), start.end())):
        return P_START
    if (in_head and not ln.first_sentence and not numbered and not before.strip()
            and (start := _ANNOUNCED_START.match(fold(after))) and not _DAY_SPAN.match(fold(after))
            and _CHANGE_MADE.match(fold(after), start.end())
            and not _STARTED_THING.match(fold(after), start.end())
            and not _NO_ANNOUNCED_START.match(fold(after), start.end())
            and len(find_years(line[:ln.sentence_end])) == 1
            and not any(_opens_with_date(t) for t in (ln.next_text, *ln.prev_text.split("\n")))
            and not _QUESTION_TITLE.search(squashed_title)
            and not any(d.month is not None for t in ln.prev_text.split("\n") for d in find_years(t))):
        # 「令和2年7月から、コンビニ交付による証明書発行の利用料が、…50円安くなりました。」 opening a line of the head after
        # a sentence that explains the service: the change the page announces (bench/realdocs README, dates of pages
        # without a date line), as in its first sentence above.  Not a line among lines opened by dates (a history's or a
        # news list's rows), a change still ahead (…となります), a passive start (…が施行されました) nor a start in a
        # relative clause.  realdocs dev (dates50): r1811 fixed, none broken; it fires on 3 dev pages.  Not under a
        # title that asks (「よくある質問:住民票の写しをコンビニで取得できますか」): an answer tells the service's
        # history (「平成28年1月から、…利用できるようになりました。」), it announces nothing (sceptic71's pages; as _QA_ANSWER).
        # Nor after a line that names a month of its own (「本町は、昭和30年3月に旧3村が合併して誕生しました。」 / 「平成17年
        # 4月から、現在の○○町となりました。」): a step of a history the page recounts (README: 沿革 does not date a page).
        return P_START
    if (in_head and ln.first_sentence and not numbered and y.day is not None and y.start < ln.sentence_end
            and (start := _ANNOUNCED_START.match(fold(after))) and not _DAY_SPAN.match(fold(after))
            and _CHANGE_MADE.match(fold(after), start.end())
            and not _STARTED_THING.match(fold(after), start.end())
            and not _NO_ANNOUNCED_START.match(fold(after), start.end())
            and not _SELF_SUBJECT.search(fold(before))  # 「本協議会は、平成20年4月1日から活動を開始しました。」: its history
            and len(find_years(line[:ln.sentence_end])) == 1):
        return P_START
    return None


#: A scheme (制度) as the subject of a start told in the passive (「令和5年10月1日から、インボイス制度が開始されました。」,
#: 「マイナンバー制度は、平成28年1月から利用が開始されました。」): the nation's scheme a town's or a body's page explains, not
#: a change the page announces of its own, which it tells in the active (「…から…を開始しました」) (bench/realdocs
#: README, dates of pages without a date line: the same words about another body's service do not count).
_SCHEME_STARTED = re.compile(r"制度\s*(?:が|は)[^。]{0,40}?(?:開始|導入|施行|スタート)され(?:ました|た|[、,])")


#: A scheme of the page's own body (本町の…制度, 市独自の…制度) or a page whose title tells the start (…制度を開始しました,
#: …が始まります): the page's own news, as before dates43 (sceptic47's written pages).
_OWN_SCHEME = re.compile(r"(?:本|当|わが|我が)(?:市|町|村|区|県|府|都)|(?:市|町|村|区|県|府|都)独自")
_START_TITLE = re.compile(r"開始|導入|スタート|始ま|始め|創設")


#: …or a national scheme named by its name, whose start a page explains in the active too (「令和3年10月20日から、
#: マイナンバーカードの健康保険証利用の本格運用を開始します。」 on a town's or an insurer's page on the scheme): the nation's
#: day, which every page on the scheme repeats, not the page's news (dates45: a reported misfire; no realdocs dev page
#: is dated by such a start).  Named, not guessed: the schemes every municipal and insurer's page explains.  A clinic's
#: or a pharmacy's own start (当院では…から…利用を開始しました) is its own news, as a town's own scheme is.
_NATIONAL_SCHEME = re.compile(r"(?:マイナンバーカード|マイナンバー|マイナ)\s*(?:の|を|が)?\s*(?:健康)?保険証|マイナ保険証|電子処方箋"
                              r"|インボイス|公金受取口座|電子証明書の?スマホ|スマホ用電子証明書")
_SCHEME_START_WORD = re.compile(r"開始|始ま|スタート|導入|利用(?:が|を)?\s*(?:でき|可能)")
_OWN_PROVIDER = re.compile(r"当(?:院|薬局|病院|診療所|クリニック|組合|店)")


def _nations_scheme_started(sentence: str, title: str) -> bool:
    """_SCHEME_STARTED (or a start of a _NATIONAL_SCHEME) told of a scheme not the page's own body's, on a page whose
    title does not tell its start."""
    told = bool(_SCHEME_STARTED.search(sentence)) or bool(
        _NATIONAL_SCHEME.search(sentence) and _SCHEME_START_WORD.search(sentence) and not _OWN_PROVIDER.search(sentence))
    return told and not _OWN_SCHEME.search(sentence) and not _START_TITLE.search(fold(title))


#: A condition the start hangs on, in its sentence (「移行作業が順調に進めば、令和9年4月1日から運用を開始します。」, 「準備が整い
#: 次第、…」, 「…場合は、…から開始します」): a start the page hopes for, no change it announces (dates45: a reported misfire).
#: Not 例えば / いわば, which are adverbs.
_CONDITION = re.compile(r"(?<!例え)(?<!たとえ)(?<!いわ)(?<!言わ)[ぁ-ん]ば\s*[、,]|次第\s*[、,]|場合(?:に|で)?は\s*[、,]")


def _start_not_announced(folded: str, at: int) -> bool:
    """Whether the start at `at` in a folded line is marked as a plan after its sentence's 。 (「…開始します。(予定)」),
    quoted (「…開始します。」とお知らせ…), or hangs on a condition its sentence states (_CONDITION)."""
    end = folded.find("。", at, at + SUBJECT_REACH)
    if end >= 0 and _QUOTED_OR_PLANNED_AFTER.match(folded, end + 1):
        return True
    return bool(_CONDITION.search(_sentence_of(folded, at)))


def _sentence_of(folded: str, at: int) -> str:
    """The sentence of a folded line (or text) that holds the offset `at`, read at most SUBJECT_REACH characters each way."""
    start = folded.rfind("。", max(0, at - SUBJECT_REACH), at) + 1 or max(0, at - SUBJECT_REACH)
    end = folded.find("。", at, at + SUBJECT_REACH)
    return folded[start:end + 1 if end >= 0 else min(len(folded), at + SUBJECT_REACH)]


#: A list's heading or the page's first sentence telling its items as past (これまでの開催実績, 開催してきました): a record of a
#: past 年度's events, which a standing page gives as background (bench/realdocs README: a history, past events given as
#: background, do not date a page); its one 年度 is no schedule the page announces (sceptic47's written pages).
_PAST_RECORD = re.compile(r"これまで|実績|過去|沿革|経過|経緯|履歴|(?:開催|実施)(?:結果|状況)|てきました")


def _past_record(lines, listed, i: int, first_sentence: int) -> bool:
    """Whether the dated list holding line i stands under a heading, or after a first sentence, that tells it as past."""
    j = i
    while j > 0 and j - 1 in listed:
        j -= 1
    above = fold(lines[j - 1][2]) if j > 0 else ""
    return bool(_PAST_RECORD.search(above) or _PAST_RECORD.search(fold(lines[first_sentence][2])))


def _is_field_name(line: str) -> bool:
    """A table's field name alone on its line that is not a date label (掲載日 / 更新日)."""
    fline = fold(line)
    return bool(_FIELD_NAME.match(fline)) and not (_DATE_LABEL.search(fline) or _UPDATE_LABEL.search(fline))


def _joined_line(title: str, y: YearMention, lines) -> bool:
    """Whether the part of a title holding y is a whole line of the head and not the whole title:
    a title joined from the head's short lines (indexer/document.py derive_title)."""
    start, end = title.rfind(" ", 0, y.start) + 1, title.find(" ", y.end)
    piece = title[start:end if end >= 0 else len(title)].strip()
    return piece != title.strip() and any(l.strip() == piece for _, _, l in lines[:HEAD_LINES])


def is_minutes(text: str, title: str, lines) -> bool:
    """Whether the document is a meeting's record: its title or the first MINUTES_HEAD_CHARS of
    its text, counted from where its content starts (below a site's menus), say so."""
    if _MINUTES.search(title or "") or _MINUTES.search(text, 0, MINUTES_HEAD_CHARS):
        return True
    ranks = _head_ranks(lines)
    start = next((lines[i][0] for i in range(len(lines)) if ranks[i] == 0), 0)
    return start > 0 and bool(_MINUTES.search(text, start, start + MINUTES_HEAD_CHARS))


#: A cabinet's or a headquarters' decision (閣議決定, 閣議了解, …本部決定) or a law's 公布 written with its day on a line of
#: its own, in brackets or not, as a page lists the plans it follows or heads its account of a law: 「デジタル社会の実現に向けた重点計画」 / 「(令和5年6月9日閣議決定)」.
_DECISION_AFTER = re.compile(r"\s*(?:閣議決定|閣議了解|閣議報告|[^\s()（）]{0,12}本部決定|公布)\s*[)）】\]]?\s*$")
#: …under the name of the document decided: a quoted name, or one ending as plans and laws are named (…法律(令和元年
#: 法律第16号)).
_DOCUMENT_NAME_ENDS = re.compile(r"(?:[」』]|計画|戦略|方針|構想|大綱|ビジョン|プラン|指針|法律|法|条例)\s*(?:[(（][^()（）]{0,16}[)）])?\s*$")


#: A title that tells a plan's decision or revision (「重点計画の改定について」, 「…戦略を閣議決定しました」).
_OWN_DECISION_TITLE = re.compile(r"改定|閣議決定|決定|策定")


def _cited_decision_line(lines, i: int, ys: list[YearMention], title: str) -> bool:
    """Whether line i is the day of a decision under a document's name that is not the page's title (bench/realdocs
    README, year: never a cited date, 閣議決定 of another document): a page that lists the plans it follows.  Under
    its own title (the plan's page: 「デジタル社会の実現に向けた重点計画」 / 「(令和5年6月9日閣議決定)」) it is the page's."""
    if i == 0 or len(ys) != 1 or ys[0].day is None:
        return False
    fline = fold(lines[i][2])
    if not (re.fullmatch(r"[\s(（【\[]*", fline[:ys[0].start]) and _DECISION_AFTER.match(fline, ys[0].end)):
        return False
    name = fold(lines[i - 1][2]).strip()
    if not _DOCUMENT_NAME_ENDS.search(name):
        return False
    bare = lambda t: re.sub(r"[\s「」『』()（）【】\[\]]", "", t)
    own, named = bare(fold(title_proper(title))), bare(name)
    if (_OWN_DECISION_TITLE.search(own) and "公布" not in fline
            and len(core := bare(re.sub(r"[(（][^()（）]*[)）]\s*$", "", name))[-4:]) == 4 and own.startswith(core)):
        # A title telling the plan's decision or revision by its short name (「重点計画の改定について」 over 「デジタル社会
        # の実現に向けた重点計画」 / 「(令和6年6月21日閣議決定)」): the plan's own page, dated by it (sceptic42's page); not a
        # town's own plan of the same kind (「第2期○○町総合戦略の策定について」 citing the national 総合戦略).
        return False
    return i - 1 > 0 and bool(own) and bool(named) and own not in named and named not in own


#: The heading of a site's box below a page's text (関連記事, 新着情報, イベントカレンダー, このカテゴリの記事): its lines
#: list other pages and their days (2023年5月1日 防災訓練のお知らせ) or a month's calendar (2024年2月 / 日 月 火 …),
#: none of them the page's date (bench/realdocs README, year: the document's own date; dates43's written pages).  Not
#: 関連リンク / 関連情報, under which a page may go on to its own table and its as-of day (dates40's page after r4597).
_BOX_HEADING = re.compile(r"^\s*[■□●○◆◇【\[<＜]*\s*(?:関連記事|関連ページ|新着情報|新着記事|最新情報|最新記事"
                          r"|最近の投稿|最近の記事|お知らせ一覧|イベントカレンダー|カレンダー|人気記事|人気ページ|アクセスランキング"
                          r"|このカテゴリー?の(?:記事|ページ)|同じカテゴリー?の(?:記事|ページ)|同じカテゴリー?から探す)\s*[】\]>＞]*\s*$")
#: How many lines below such a heading its box runs (a calendar's weeks, a dozen related links), and how far
#: (characters) the ranker's check reads back for them.
BOX_LINES = 12
BOX_CHARS = 2000
#: Of those headings, the ones a page may give its own section under (新着情報 of a division's page listing its own news,
#: 開催カレンダー / カレンダー over its own days, お知らせ一覧 of a page that is the list): such a box is the site's only below
#: the page's head (HEAD_LINES), where a site's box stands after a text; right under the first sentence it is the page's
#: own list, dated as before dates43 (bench/realdocs README: the latest entry of its own list of updates or news; a
#: schedule of this 年度's days).  sceptic47's written pages.
_OWN_SECTION_HEADING = re.compile(r"新着情報|新着記事|最新情報|最新記事|お知らせ一覧|カレンダー")


def _boxed_lines(lines, ranks, first_sentence: int) -> set[int]:
    """Lines of a site's box (_BOX_HEADING) that opens below the page's first sentence or its head: up to BOX_LINES
    lines under its heading.  (A page titled 新着情報 is the list: its heading stands above any sentence.)"""
    out: set[int] = set()
    for i in range(len(lines)):
        heading = fold(lines[i][2])
        if ((ranks[i] >= HEAD_LINES or 0 <= first_sentence < i and not _OWN_SECTION_HEADING.search(heading))
                and _BOX_HEADING.match(heading)):
            out.update(range(i + 1, min(len(lines), i + 1 + BOX_LINES)))
    return out


#: What follows the day on a box's row: the title of another page (組織改編のお知らせ), words and not the issuer alone.
_ROW_TITLE_AFTER = re.compile(r"\s*(?:[(（][^)）]{1,6}[)）])?\s*\S*[一-龥ぁ-んァ-ヶ]{4,}")


def _head_box_rows(lines, ranks, first_sentence: int, title: str) -> set[int]:
    """The rows of a site's news box set above the page's text (新着情報 / 2019年4月1日 組織改編のお知らせ / 町のマイナンバー
    カード交付窓口 / …): under a _OWN_SECTION_HEADING heading in the head, above the first sentence, that is not the page's
    title, the next lines that open with a day followed by another page's title.  A list of three or more such rows
    there already dates nothing (_dated_list_lines: above the text it is a site's news box); one or two rows dated the
    page by its box, years before its 更新日 (dates48's written pages; no dev page: dev's 「お知らせ」 over a bureau's
    release is its category, the day alone on the next line)."""
    out: set[int] = set()
    squashed = re.sub(r"\s+", "", fold(title_proper(title) or ""))
    for i in range(1, min(len(lines), HEAD_LINES)):
        heading = fold(lines[i][2])
        if (ranks[i] >= HEAD_LINES or not (first_sentence < 0 or i < first_sentence) or not _BOX_HEADING.match(heading)
                or not _OWN_SECTION_HEADING.search(heading) or re.sub(r"\s+", "", heading) in squashed):
            continue
        for k in range(i + 1, min(len(lines), i + 1 + BOX_LINES)):
            row = fold(lines[k][2])
            ys = find_years(row)
            if not ys or LINE_FILLER.sub("", row[:ys[0].start]) or ys[0].day is None or not _ROW_TITLE_AFTER.match(row, ys[0].end):
                break
            out.add(k)
    return out


def _in_box(text: str, start: int) -> bool:
    """Whether the line starting at `start` stands within BOX_LINES lines under a _BOX_HEADING that follows a sentence
    (the ranker's view of _boxed_lines, read on the text alone)."""
    # Read within BOX_CHARS before the line, and a sentence within BOX_CHARS before the heading: a text of one
    # endless line or of thousands of dated lines stays linear.
    window = text[max(0, start - BOX_CHARS):start]
    above = window.split("\n")[:-1][-BOX_LINES:] if start > 0 else []
    for k in range(len(above) - 1, -1, -1):
        if _BOX_HEADING.match(fold(above[k])):
            at = start - sum(len(l) + 1 for l in above[k:])
            if _OWN_SECTION_HEADING.search(fold(above[k])) and at <= BOX_CHARS and sum(
                    1 for l in text[:max(0, at)].split("\n") if l.strip()) < HEAD_LINES:
                return False  # (a page's own 新着情報 or カレンダー within its head: _OWN_SECTION_HEADING)
            return text.rfind("。", max(0, at - BOX_CHARS), max(0, at)) >= 0
    return False


def _own_date(text: str, lines, title: str = "") -> tuple[YearMention, str, int] | None:
    """The document's own date and how it was found (a P_* priority).

    In order: a date in the title (知事記者会見(平成24年7月24日)); a short line
    in the first or last lines that is mostly a date, or the title and a date,
    or a labelled date (掲載日 …); the date in the first sentence of a press
    release (「…は、令和5年7月3日、…を開催」); a page's 更新日.  Never a date
    inside running text, a span or a target year (2030年までに)."""
    minutes = is_minutes(text, title, lines)
    title = title_proper(title)
    session: tuple[int, YearMention, str] | None = None
    weakest: tuple[int, YearMention, str] | None = None
    for y in find_years(title):
        if y.kind == "calendar" and y.month is None and (numbered_session := _SESSION_AFTER.match(fold(title[y.end:]))):
            # The year only: a date line of the head (質問日 令和5年12月5日) names the day.  Not every
            # numbered meeting is an assembly's (2024年第2回理事会): only a session's number says its season.
            regular = bool(_REGULAR_SESSION.match(fold(title), y.end + numbered_session.end()))
            note = _session_note(numbered_session["n"], regular) if _ASSEMBLY_SESSION.search(title) else " (a session of that year)"
            if (sitting := _SITTING_DAY.match(fold(title), y.end + numbered_session.end())) and 1 <= int(sitting[1]) <= 12 and 1 <= int(sitting[2]) <= 31:
                # 令和5年第2回定例会会議録(3月22日): the record of one sitting of the session, on that day of the year
                return y._replace(month=int(sitting[1]), day=int(sitting[2])), f"title: 「{title[:40]}」 (the sitting's day)", P_TITLE
            session = session or (P_SUBJECT, y, f"title: 「{title[:40]}」" + note)
            continue
        if y.kind == "calendar" and y.month is not None and _date_of_its_own(title[:y.start], title[y.end:]):
            if _joined_line(title, y, lines):
                # A title set on several lines of the head (「報道資料 平成28年7月12日 北陸総合通信局
                # …の公表」, 「…要領 防災危機管理部 平成15年10月15日作成 平成15年11月28日修正」): each
                # date is a line of its own, read below as one (a revision history's latest step wins).
                continue
            if _ANNOUNCED_START.match(fold(title[y.end:])) and not _DAY_SPAN.match(fold(title[y.end:])):
                # 「防災ラジオを無償で配布します(令和3年3月から)」: the start it announces, a last resort.
                weakest = weakest or (P_START, y, f"title: 「{title[:40]}」 (the start it announces)")
                continue
            # A title that is only a date (the first line of a release) is a date
            # line: it names no subject whose 年度 could outrank a heading's.
            if _closes_with_act_day(title, y):
                # 「…が締結されました(2023.12.21)」: the day of the act it reports, beaten by a date line (_ACT_DONE_BEFORE)
                weakest = (P_SUBJECT, y, f"title: 「{title[:40]}」 (the day of the act it reports)")
                continue
            alone = not LINE_FILLER.sub("", title[:y.start] + title[y.end:])
            return y, f"title: 「{title[:40]}」", P_DATE_LINE if alone else P_TITLE
    squashed_title = re.sub(r"\s+", "", fold(title or ""))
    best: tuple[int, YearMention, str] | None = session or weakest
    n = len(lines)
    numbered = False
    ranks = _head_ranks(lines)
    first_sentence = _first_sentence_line(lines)
    # Wherever it stands, a line of page furniture (更新日:…, 掲載日 …) dates the page: a
    # municipal page's menus may push it past any head, its contact block below any tail.
    # (A line without a stamp word needs no folding: most of a long PDF's lines.)
    stamped = {i for i in range(n) if any(w in lines[i][2] for w in STAMP_WORDS) and _STAMP.search(fold(lines[i][2]))}
    # …and so does the page's as-of footer (「このページの情報は2024年6月15日時点のものです。」 above the site's footer links)
    stamped |= {i for i in range(n) if ("時点" in lines[i][2] or "現在" in lines[i][2]) and _page_as_of(fold(lines[i][2]))}
    idx = [i for i in range(n) if ranks[i] < DATE_SCAN_LINES or i in stamped] + [
        i for i in range(max(0, n - TAIL_LINES), n) if ranks[i] < n + DATE_SCAN_LINES  # not a menu's line
    ]
    idx = list(dict.fromkeys(idx))
    found = {i: find_years(lines[i][2]) for i in idx}
    greeting = any(ranks[i] < HEAD_LINES and _GREETING.search(lines[i][2]) for i in idx)
    listed = _dated_list_lines(lines, idx, found)
    newest_first = _newest_first_heads(lines, listed, found)
    # A page that marks where its content starts (ここから本文です): above the mark stand the site's
    # header and widgets (まちのうごき 【2018年1月1日現在】 人口 42676): no date there is the page's but a stamp's.
    content = next((i for i in range(min(n, DATE_SCAN_LINES)) if _CONTENT_START.search(lines[i][2])), -1)
    latest_item = False  # best is the latest of a list of dated articles
    boxed = _boxed_lines(lines, ranks, first_sentence)
    head_box = _head_box_rows(lines, ranks, first_sentence, title)
    # A 策定: / 改定: key dates the page under its title, above its text (a plan's cover), and when the head holds one
    # making's key only: below a first sentence (「町では、次の計画を策定しています。」) or one of several 策定: keys, a
    # list of plans each with its day (sceptic47's written pages; README: a list's items are other documents).
    made_keys = sum(1 for i in range(min(n, DATE_SCAN_LINES)) if ranks[i] < HEAD_LINES and _MADE_ONLY_KEY.match(fold(lines[i][2])))
    opening_news = bool(_OPENING_NEWS.search(fold(title or "")) or (
        first_sentence >= 0 and _OPENING_NEWS.search(fold(lines[first_sentence][2]))))
    for i in idx:
        s, e, line = lines[i]
        if i < content and i not in stamped and not is_breadcrumb(line):
            continue
        if i in boxed and i not in stamped:
            continue  # 関連記事 / 2023年5月1日 防災訓練のお知らせ below the text: another page's day
        if i in head_box and i not in stamped and i not in listed:
            continue  # 新着情報 / 2019年4月1日 組織改編のお知らせ above the text: as a list of three rows there is (below)
        in_head = ranks[i] < HEAD_LINES
        head = in_head or i >= n - TAIL_LINES or i in stamped
        numbered = numbered or bool(_NUMBERED_HEADING.match(fold(line)))
        where = f"text: 「{line.strip()[:40]}」 (line {i + 1})"
        if in_head and is_breadcrumb(line):
            # The last step of a breadcrumb trail is the page's own title
            # (…> 県政レポート第45号[平成19年10月12日]): a date there is a title date.
            # A last step that is furniture or a sentence (a trail run into the text) is no title.
            step = title_proper(BREADCRUMB_STEP.split(line)[-1])
            for y in find_years(step):
                if (y.kind == "calendar" and y.month is not None and _date_of_its_own(step[max(0, y.start - DATE_CONTEXT):y.start], step[y.end:y.end + DATE_CONTEXT])
                        and not _closes_with_act_day(step.rstrip(), y)):
                    return y, f"text: breadcrumb 「{step.strip()[:40]}」 (line {i + 1})", P_TITLE
        fline = fold(line)
        info = _Line(
            line, fline, in_head, head, bool(_UPDATE_LABEL.search(fline)),
            in_head and "。" not in line and len(line.strip()) <= LONG_LINE, _first_sentence_end(line), i == first_sentence,
            minutes, lines[i + 1][2] if i + 1 < n else "",
            (first_sentence < 0 or i < first_sentence) and made_keys <= 1, i >= n - TAIL_LINES, opening_news,
            "\n".join(l for _, _, l in lines[max(0, i - 2):i]),
        )
        if _cited_decision_line(lines, i, found[i], title):
            continue
        spanned = _cell_span(fline, found[i], lambda: fold("\n".join(l for _, _, l in lines[:i + 1])))
        for y in found[i]:
            said = ""  # what the rule that took y says of it
            if y in spanned:
                continue
            if i in listed and _closed_by_date(line, found[i]):
                # 「…~ (平成24年3月28日 更新)」 among more such rows: a list of articles with their days.
                # Inside the text the latest is the page's last news, a last resort; any stamp wins.
                if y is found[i][-1] and 0 <= first_sentence < i and (
                        best is None or (latest_item and (y.year, y.month, y.day) > (best[1].year, best[1].month, best[1].day))):
                    best, latest_item = (P_FIELD, y, where + " (the latest of a list of dated articles)"), True
                continue
            if i in listed and y is found[i][0]:
                # 平成5年4月 ネットワーク開始 among more such rows: one item of a history or a
                # news list.  A list all of one year inside the text (a schedule of test days)
                # still dates the page to that year; above the text it is a site's news box.
                if i in newest_first and in_head and 0 <= first_sentence < i and (best is None or best[0] == P_FIELD and best[1].day is None):
                    # The top row of the page's own record kept newest first (a bureau's 開催実績 of briefings): its
                    # latest entry, a last resort (bench/realdocs README, dates of pages without a date line: the
                    # latest entry of its own list of updates or news; realdocs dev half A: r4564).
                    best = (P_FIELD, y, where + " (the latest of a list of dated items kept newest first)")
                    continue
                if listed[i] == 2 and best is None and 0 <= first_sentence < i and not _past_record(lines, listed, i, first_sentence):
                    # …and of one 年度 (本年度の開催日程 / 令和6年5月15日(水) / 6月12日 / 7月10日): that 年度's schedule, the
                    # 年度 it announces (bench/realdocs README, dates of pages without a date line; dates43's written pages)
                    best = (P_FIELD, y._replace(day=None), where + " (a list of dated items, all of that year and 年度)")
                elif listed[i] and best is None and 0 <= first_sentence < i:
                    best = (P_FIELD, y._replace(month=None, day=None), where + " (a list of dated items, all of that year)")
                continue
            if y.kind == "calendar" and y.month is None and (
                ((in_head or _GREETING.search(fline)) and _NEW_YEAR_AFTER.match(fline, y.end))
                or (greeting and in_head and (_WELCOMED_BEFORE.search(fline, max(0, y.start - 6), y.start)
                                              or _WELCOMED_AFTER.match(fline, y.end)))
            ):
                # 令和6年 元旦, or in a New Year's greeting 「輝かしい令和3年の新春を…」 (below a town's
                # notices), 「迎えた令和7年。」
                y, prio = y._replace(month=1), P_SUBJECT
            elif y.kind == "calendar" and y.month is None and in_head and (numbered_session := _NUMBERED_SESSION_AFTER.match(fline, y.end)):
                prio = P_FIELD  # the year only, and the weakest evidence: any other date of the page wins
                said = _session_note(numbered_session["n"], numbered_session.group().endswith("定例会"))
            elif (y.kind == "calendar" and y.month is None and in_head and (sitting := _COUNCIL_MONTH_AFTER.match(fline, y.end))
                  and 1 <= int(sitting["m"]) <= 12 and ("。" not in line or (i == first_sentence and _SENTENCE_OPENER.match(fline[:y.start])))):
                # 「令和5年日高町議会3月会議の開会にあたり、私の所信を…」: the session of that month
                y, prio = y._replace(month=int(sitting["m"])), P_SUBJECT
            elif y.kind != "calendar" or y.month is None:
                continue
            elif y.day is None and _ASSEMBLY_AFTER.match(fline, y.end) and "。" not in line and len(line.strip()) <= LONG_LINE:
                prio = P_DATE_LINE  # 令和2年2月静岡県議会定例会: the session a record or an answer is of
            elif (y.day is None and i == first_sentence and not numbered and _SENTENCE_OPENER.match(fline[:y.start])
                  and _SESSION_OPENS.match(fline, y.end)):
                prio = P_SUBJECT  # 「令和4年11月定例会の最終日、…報告しました。」: the session the page reports
            else:
                prio = _date_priority(y, info, squashed_title, numbered)
            if prio is None:
                continue
            if prio < P_SUBJECT and _closes_with_act_day(fline, y):
                prio = P_SUBJECT  # the title's line repeating 「…を開催しました(平成26年10月9日)」: the event's day (_ACT_DONE_BEFORE)
            if (prio in (P_DATE_LINE, P_FIELD) and not _labelled(fline, y) and i > 0 and "。" not in lines[i - 1][2]
                    and _ATTRIBUTE_DAY.search(fold(lines[i - 1][2]).strip())):
                continue  # 2 工事完了日 / 平成31年3月8日, …提供開始日 / …: a day of the thing a table describes, as on one line
            if (prio == P_DATE_LINE and not _labelled(fline, y) and i > 0 and _is_field_name(lines[i - 1][2])
                    and not (minutes and _MEETING_DAY.search(fold(lines[i - 1][2]).strip()))):
                # (A record's 開催日時 / 平成16年8月6日(金) is its meeting's day: its own date line.)
                # 事業完了日 / 平成23年3月18日: a field of a table, not the page's date.  In
                # the head it may be all there is (開催日 / 令和5年7月3日 on an event page
                # without a date line): a last resort, after an update stamp.
                if not in_head:
                    continue
                prio = P_FIELD
            if (prio == P_DATE_LINE and not _labelled(fline, y) and i > 0 and _UPDATE_LABEL.search(lines[i - 1][2])
                    and _FIELD_NAME.match(fold(lines[i - 1][2]))):
                prio = P_UPDATED  # 最終更新日 / 令和4年4月14日(木): a stamp laid out as a table's row
            later_revision = (
                best is not None and prio == best[0] == P_DATE_LINE
                and (_REVISED.match(fline, y.end) or _REVISED_KEY.search(fline, 0, y.start))
                and (y.year, y.month, y.day or 0) > (best[1].year, best[1].month, best[1].day or 0)
            )
            if best is None or prio < best[0] or later_revision:
                best = (prio, y, where + said)
        if in_head and (best is None or P_SUBJECT < best[0]) and (note := _revision_note(fline, found[i])):
            best = (P_SUBJECT, note, where + " (the latest step of its note of revisions)")
    if (best is None or P_DATE_LINE < best[0]) and (revised := _revision_history(lines, ranks)):
        best = (P_DATE_LINE, *revised)
    if best and best[1].text not in best[2]:
        best = (best[0], best[1], best[2] + f" (「{best[1].text}」)")  # the line is quoted cut short, before its date
    return (best[1], best[2], best[0]) if best else None


#: The cell separator between a period's start and its end laid out as a table's row (「2023年4月1日,2024年3月31日,…」
#: under 開始日,終了日; 「第2期 | 2023年7月1日 | 2023年9月30日」): a weekday in brackets may close the first cell.
_CELL_BETWEEN = re.compile(r"\s*(?:\([^)]{1,6}\))?\s*[,，|｜\t]\s*")


def _cell_span(fline: str, ys: list[YearMention], above=None) -> set[YearMention]:
    """The days of a row whose adjacent cells are a period's start and end, the end after the start (an
    application period under 開始日 / 終了日): a span laid out in a table, never the page's date (README:
    spans are never the document's).  No realdocs dev page carries the form (sceptic71's written pages)."""
    out = set()
    for a, b in zip(ys, ys[1:]):
        if (a.kind == b.kind == "calendar" and a.day is not None and b.day is not None
                and (m := _CELL_BETWEEN.match(fline, a.end)) and m.end() == b.start
                and (a.year, a.month, a.day) < (b.year, b.month, b.day)
                and not _STAMPED_CELL.match(fline, b.end) and (above is None or _PERIOD_HEAD.search(above()))):
            out.update((a, b))
    return out


#: sceptic76: two neighbouring days are a period only where the table or the text above names one (開始日 / 終了日,
#: 受付期間, 〜から / まで): a news list's 「2024年4月1日 | 2024年5月10日 更新」 (掲載日 | 更新日) and a row of meeting days
#: under 開催日 are dated rows side by side, and the later of them still dates the list.
_PERIOD_HEAD = re.compile(r"開始|終了|期間|期限|締切|〆切|から|まで|[~〜～]")
#: …and a second day stamped as the row's update or posting (「… | 2024年5月10日 更新」) is never a period's end.
_STAMPED_CELL = re.compile(r"\s*(?:\([^)]{1,6}\))?\s*(?:更新|掲載|公開|現在|時点)")


#: The heading of a revision history (改定履歴, 改訂履歴, 改定年月日 改定箇所 改定内容): the rows below it,
#: each opening with the day of a revision, date the text in force by the latest.
_HISTORY_HEADING = re.compile(r"^\s*[【\[〔(（■●]*\s*(?:改定|改訂|改正|変更)(?:履歴|経過|年月日)"
                              # …and a table of residents' opinions by the day each came in (県民の声: 受付年月日 | 項目 |
                              # 意見の概要 | …): its latest row is the page's last entry
                              r"|^[\s|｜]*受付(?:年月日|日)")
#: What may stand before the day opening a row of such a table: a bullet, or the empty cells before it.
_ROW_OPENER = re.compile(r"[\s|｜・●○■□*＊\-－]*")
#: Rows read below such a heading: on the realdocs dev pages the latest row stands right under the
#: table's header (r2741, r3411, r3974: 1 to 2 lines down); 30 lines hold a dozen revisions of two
#: lines each, and stop short of the rest of a long page.
HISTORY_ROWS = 30


def _revision_history(lines, ranks) -> tuple[YearMention, str] | None:
    """The latest day opening a row under a revision history's heading in the first lines of the
    text (改定履歴 / 改定年月日 改定箇所 改定内容 / 2020年3月31日 第1編…を追加), or under a table's 受付年月日
    column (| 2023/02/16 | …), as (date, where)."""
    for i in range(min(len(lines), DATE_SCAN_LINES)):
        if ranks[i] >= len(lines) or not _HISTORY_HEADING.match(fold(lines[i][2])) or find_years(lines[i][2]):
            continue
        latest = None
        for j in range(i + 1, min(len(lines), i + 1 + HISTORY_ROWS)):
            ys = find_years(lines[j][2])
            if ys and ys[0].day is not None and ys[0].kind == "calendar" and _ROW_OPENER.fullmatch(lines[j][2][:ys[0].start]):
                if latest is None or (ys[0].year, ys[0].month, ys[0].day) > (latest[0].year, latest[0].month, latest[0].day):
                    latest = (ys[0], f"text: 「{lines[j][2].strip()[:40]}」 (line {j + 1}; the latest row of the dated table under line {i + 1})")
        return latest
    return None


#: A note of how the text came to be, closing the page's sentence or on a line of its own
#: (「…を取りまとめました。(令和2年10月策定、令和4年6月改訂)」): the latest step dates the
#: text in force.  After a name (「「…方針」(令和2年12月25日閣議決定)において」) it is another text's.
#: A date in both calendars (令和4年(2022年)6月改訂) brings its own brackets into the note.
_REVISION_NOTE = re.compile(r"(?:^|。)\s*[(（]((?:[^()（）]|[(（][^()（）]{1,8}[)）]){4,60})[)）]\s*$")
_NOTE_STEP = re.compile(r"\s*(?:一部)?(?:策定|改訂|改定|改正|制定)")
_NOTE_FILLER = re.compile(r"[\s、,・/／及びと]+")


def _revision_note(fline: str, ys: list[YearMention]) -> YearMention | None:
    """The latest date of a note of revisions that makes a line's end or the whole line."""
    m = _REVISION_NOTE.search(fline)
    if not m:
        return None
    steps = [y for y in ys if m.start(1) <= y.start < m.end(1)]
    if not steps or any(y.kind != "calendar" or y.month is None or not _NOTE_STEP.match(fline, y.end) for y in steps):
        return None
    rest, at = [], m.start(1)
    for y in steps:
        rest.append(fline[at:y.start])
        at = _NOTE_STEP.match(fline, y.end).end()
    rest.append(fline[at:m.end(1)])
    if _NOTE_FILLER.sub("", "".join(rest)):
        return None  # more than dates and steps: a remark, not a note of revisions
    return max(steps, key=lambda y: (y.year, y.month, y.day or 0))


#: What may stand before the date that opens an item of a list: indentation, a bullet, a bracket,
#: and a session's number (第2回 令和5年9月20日(水曜日) 午前11時頃: a schedule of numbered tests).
_ITEM_OPENER = re.compile(r"^[\s・･●○◆◇■□▶>＞*＊\-－(（\[［【]*(?:第\s*[0-9０-９]{1,2}\s*回[\s:：]*)?$")
#: What makes a dated row a step of the document's own making (平成15年10月15日作成 / 平成18年4月1日
#: 修正): a revision history, whose latest step dates the text in force (_REVISED).
_MADE_AFTER = re.compile(r"\s*(?:[(（]\s*)?(?:最終)?(?:一部)?(?:作成|制定|施行|修正|改正|改訂|改定)")
#: A history (沿革: 昭和63年4月 設立 / 平成5年4月 … / 令和3年4月 …), a news list (新着情報) or a
#: schedule opens item after item with a date: this many such items, each within LIST_GAP
#: lines of the next (a history table laid out a cell a line alternates dates and events), make
#: a list, and no item's date is the page's.  Two are not yet a list (公開日 and 更新日 rows, a
#: meeting's day and its follow-up); on the realdocs dev pages 4 have a run of two dated rows,
#: 2 a run of three (a schedule of test days, a news list), none a longer one.
DATED_ITEMS = 3
LIST_GAP = 2


#: A row closed by its date in brackets, as a list of articles gives each one's day (「光回線のトラブル
#: ~ 電話勧誘 内容確かめて ~ (平成30年3月28日掲載)」).
_ITEM_CLOSER = re.compile(r"\s*(?:掲載|公開|更新|発表)?\s*[)）\]］】]\s*$")


def _closed_by_date(line: str, ys: list[YearMention]) -> bool:
    """Whether a line closes with a full date in brackets, as an article in a list does (not a sentence)."""
    return bool(ys and ys[-1].day is not None and "。" not in line and re.search(r"[(（\[［【]\s*$", line[:ys[-1].start])
                and _ITEM_CLOSER.fullmatch(line, ys[-1].end) and line[:ys[-1].start].strip(" (（[［【"))


#: What follows a date on a line that is the page's date line, its stamp word after it (2024年1月26日 掲載, 令和5年4月1日更新).
_STAMPED_ALONE = re.compile(r"\s*(?:[(（][^()（）]{1,4}[)）])?\s*(?:掲載|更新|公開|公表|発表|作成)\s*(?:日)?\s*")
#: A day in brackets closing a title that tells an act done (「電波の安全性に関する説明会」を開催しました(平成26年10月9日),
#: 「…包括協定」が締結されました(2023.12.21)): the day of the event the page reports, not the day it was written (bench/
#: realdocs README: a page written about an event keeps its publication date as its year).  A date line of the head
#: dates the page; the event's day is a last resort, as a first sentence's is.  realdocs dev: the 2 pages with such a
#: title, r4858 (fixed: 2024年1月26日 掲載) and r4561 (平成26年10月21日 over an event of 10月9日: unchanged, one year).
_ACT_DONE_BEFORE = re.compile(r"(?:ました|された|した)\s*[(（]\s*$")


def _closes_with_act_day(s: str, y: YearMention) -> bool:
    """Whether y is the bracketed day closing a title that tells an act done (_ACT_DONE_BEFORE)."""
    return bool(y.day is not None and _ACT_DONE_BEFORE.search(s[:y.start]) and re.fullmatch(r"\s*[)）]\s*", s[y.end:]))


def _dated_item(line: str, ys: list[YearMention]) -> bool:
    """Whether a line opens with a date, as an item of a history, a news list or a schedule
    does, or closes with one in brackets, as a list of articles does: not a sentence, not a
    labelled date (掲載日 …), not a step of a revision history.  Nor a trail (…> トピックス > 「…」が締結されました
    (2023.12.21)) nor a date closed by its stamp word alone (2024年1月26日 掲載): a trail, the title repeating its date
    and the page's own date line below are the head of one article, not a news box of three rows (realdocs dev r4858)."""
    if is_breadcrumb(line) or (ys and _STAMPED_ALONE.fullmatch(fold(line), ys[0].end) and not line[:ys[0].start].strip()):
        return False
    if _closed_by_date(line, ys):
        return True
    if not (ys and ys[0].month is not None and "。" not in line and _ITEM_OPENER.match(line[:ys[0].start])):
        return False
    fline = fold(line)
    return not (_labelled(fline, ys[0]) or _MADE_AFTER.match(fline, ys[0].end))


def _dated_list_lines(lines, idx: list[int], found: dict[int, list[YearMention]]) -> dict[int, int]:
    """Lines (of idx) that open with a date and stand in a list of such lines, each with
    whether every item of its list falls in one calendar year (a schedule of one year's
    test days, a news list of this year: the page's year, but no item's month): 1, or 2 when
    they fall in one 年度 as well; 0 otherwise."""
    items = [i for i in idx if _dated_item(lines[i][2], found[i])]
    # A list's items share one layout: each a date alone (a history table a cell a line) or each a date and its
    # text (a news box: 2024年3月1日 システムメンテナンスのお知らせ).  A date alone after a news box of the other
    # layout (the article's own date line under its heading) starts a run of its own.
    alone = {i: not LINE_FILLER.sub("", lines[i][2][:found[i][0].start] + lines[i][2][found[i][0].end:]) for i in items}
    out: dict[int, bool] = {}
    run: list[int] = []
    for i in items + [None]:
        if run and (i is None or i - run[-1] > LIST_GAP or alone[i] != alone[run[-1]]):
            if len(run) >= DATED_ITEMS:
                one_year = len({found[j][0].year for j in run}) == 1
                # 2: of one year and, every item with its month, of one 年度 too (a schedule of this 年度's days)
                one_fy = one_year and all(found[j][0].month for j in run) and len({found[j][0].fiscal_year for j in run}) == 1
                out.update((j, 2 if one_fy else int(one_year)) for j in run)
            run = []
        if i is not None:
            run.append(i)
    return out


def _newest_first_heads(lines, listed: dict[int, bool], found: dict[int, list[YearMention]]) -> set[int]:
    """The first line of each list of dated items (listed) whose items all open with a full day and run newest first
    (開催日 / 平成28年6月6日 京都府… / 平成28年3月2日 大阪府… / 平成27年12月11日…): a record of the page's own events or
    news, kept by adding each at the top.  A history (沿革) runs oldest first, a schedule in the order of its days."""
    out: set[int] = set()
    rows = sorted(listed)
    run: list[int] = []
    for i in rows + [None]:
        if run and (i is None or i - run[-1] > LIST_GAP):
            days = [found[j][0] for j in run]
            if (len(run) >= DATED_ITEMS and all(d.day is not None for d in days)
                    and all((a.year, a.month, a.day) > (b.year, b.month, b.day) for a, b in zip(days, days[1:]))):
                out.add(run[0])
            run = []
        if i is not None:
            run.append(i)
    return out


#: An event's or a meeting's day after its key, the year left out (日時 11月8日(水) 13時30分～, 開催日:10月12日, 【日時】2月20日(火)).
_KEYED_MONTH_DAY = re.compile(r"^[\s|｜・■□●○◆◇*＊\-－]*[(（【\[]?\s*(?:[0-9０-９]{1,2}\s*[.．)）]?\s*)?(?:開催|実施)?(?:日\s*時|開催日|実施日|期日)"
                              r"\s*[:：】\])）|｜\t]?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


#: A day alone on its line, the year left out (2月9日(金), (11月8日), 10月12日(木) 14時00分～).
_MONTH_DAY_LINE = re.compile(r"\s*[(（【\[]?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:[(（][月火水木金土日](?:曜日?)?[)）])?"
                             r"\s*(?:(?:午前|午後)?\s*\d{1,2}\s*(?:時|:)\s*(?:\d{1,2}\s*分?)?\s*(?:[~～〜から]\s*[^\s]{0,12})?)?\s*[)）】\]]?\s*")


#: A day under its key told as a deadline (期日 6月30日(日)まで, 実施日 5月31日必着): a call's last day, no event's day
#: (sceptic47's written page; as dates43's 提出期日 page gives no year).
_DEADLINE_AFTER = re.compile(r"[^。]{0,20}?(?:まで|迄|必着|締め?切|期限)")


def _keyed_month_day(line: str):
    """_KEYED_MONTH_DAY's match on the line, unless the day is told as a deadline (_DEADLINE_AFTER)."""
    m = _KEYED_MONTH_DAY.match(line)
    return None if m is None or _DEADLINE_AFTER.match(line, m.end()) else m


def _month_day_in_year_of(text: str, lines, fiscal_year: int) -> tuple[int, str] | None:
    """「…は、6月1日(水)、…を開催」 under a title naming 平成27年度: the calendar
    year of that day within the fiscal year (April–March)."""
    for i in range(min(HEAD_LINES, len(lines))):
        line = fold(lines[i][2])
        sentence = line[:_first_sentence_end(line) + 1]
        md = _month_and_day(sentence)
        if md is None and _HELD.search(sentence) and (m := _HELD_ON_DAY.search(sentence)) and 1 <= int(m[1]) <= 12 and 1 <= int(m[2]) <= 31:
            md = int(m[1]), int(m[2])  # 「…研修会」を11月16日(水)…にて開催しました。: the day of the event it reports
        if md is None and (m := _DAY_OPENS_HELD.match(sentence) or _keyed_month_day(line) or _MONTH_DAY_LINE.fullmatch(line)) \
                and 1 <= int(m[1]) <= 12 and 1 <= int(m[2]) <= 31:
            # 「11月8日(水)、公民館でスマホ教室を開催し、…」 opening a line, or the day after its key (日時 2月20日(火)14:00～,
            # 開催日:10月12日), or alone on its line (2月9日(金) under 「令和5年度 知事定例記者会見」), under 「令和5年度 第2回
            # スマホ教室を開催しました」 / 「令和5年度 第3回…委員会 会議録」: a report or
            # record of that 年度 writes its day without the year (dates43's written pages; bench/realdocs README, year: for
            # an event report without a date of its own, the event's day; a day of the 年度 gives its year).
            md = int(m[1]), int(m[2])
        if md:
            year = fiscal_year if md[0] >= 4 else fiscal_year + 1
            return year, f"text: 「{lines[i][2].strip()[:30]}」 (line {i + 1}; {md[0]}月 of 年度 {fiscal_year})"
    return None


def _day_of_fiscal_year(lines, fiscal_year: int) -> tuple[YearMention, str, int] | None:
    """The first full date of the head that falls in `fiscal_year` and is no span, deadline or
    cited date, as a field's value (P_FIELD)."""
    for i in range(min(DATE_SCAN_LINES, len(lines))):
        line = lines[i][2]
        for y in find_years(line):
            if (y.kind == "calendar" and y.day is not None and y.fiscal_year == fiscal_year
                    and _date_of_its_own(line[max(0, y.start - DATE_CONTEXT):y.start], line[y.end:y.end + DATE_CONTEXT])):
                return y, f"text: 「{line.strip()[:40]}」 (line {i + 1}; a day of 年度 {fiscal_year})", P_FIELD
    return None


#: The record of a meeting or a press conference that is no 議事録 by name (「第30回…審議会審議結果」 /
#: 次の審議会等を下記のとおり開催した, 知事の定例記者会見 over its day), or of an assembly's questions as
#: they were put (一般質問, 代表質問: bench/realdocs README, records against their posting stamp).
_RECORD = re.compile(r"審議結果|開催結果|記者会見|会見録|会見要旨|一般質問|代表質問")
#: A key of the day a record is of (開催日時 / 1. 日時: / 日 時 / 質問日), before the day on its line or alone above it.
_RECORD_DAY_KEY = re.compile(r"(?:(?:開催|実施)?(?:日\s*時|開催日|期日)|(?:質問|発言|会議)日)\s*[:：】\]]?\s*$")
#: The heading of a press conference right above its day (知事の定例記者会見 / 平成17年7月26日16時00分から).
_CONFERENCE_LINE = re.compile(r"(?:記者)?会見\s*$")


def _before(a: YearMention, b: YearMention) -> bool:
    """Whether a falls before b (a month without a day before any day of a later month)."""
    return (a.year, a.month or 0, a.day or 0) < (b.year, b.month or 0, b.day or 0) and (
        a.day is not None or (a.year, a.month) < (b.year, b.month))


def _record_day(text: str, title: str, lines) -> tuple[YearMention, str, int] | None:
    """The day of the meeting or press conference a record is of: the first full date of the head
    after its 日時 key, or on the line under a 記者会見 heading, or the month of the session a heading
    names (令和6年3月定例会 一般質問).  None on a page that is no record."""
    if not (is_minutes(text, title, lines) or _RECORD.search(title or "") or _RECORD.search(head_text(lines))):
        return None
    ranks = _head_ranks(lines)
    for i in range(len(lines)):
        if ranks[i] >= DATE_SCAN_LINES:
            continue
        line = lines[i][2]
        above = fold(lines[i - 1][2]).strip() if i > 0 else ""
        for y in find_years(line):
            if y.kind != "calendar" or y.month is None:
                continue
            if y.day is None:
                if _ASSEMBLY_AFTER.match(fold(line), y.end) and not _is_sentence(line):
                    return y, f"text: 「{line.strip()[:40]}」 (line {i + 1}; the session recorded)", P_DATE_LINE
                continue
            before = fold(line[:y.start])
            if _RECORD_DAY_KEY.search(before) or (not before.strip() and (_RECORD_DAY_KEY.search(above) or _CONFERENCE_LINE.search(above))):
                return y, f"text: 「{line.strip()[:40]}」 (line {i + 1}; the day of the meeting recorded)", P_DATE_LINE
    return None


#: A publication stamp's label (掲載開始日, 公開日, 初版公開日): the day a page first went up.
_POSTED_LABEL = re.compile(r"(?:掲載|公開|公表)(?:開始)?(?:日|年月日)")


def _update_stamp(lines) -> YearMention | None:
    """The latest day a page's 更新日 stamp gives (更新日:2024年11月13日, 更新日 2024年5月24日)."""
    latest = None
    for i in range(min(len(lines), DATE_SCAN_LINES)):
        line = lines[i][2]
        if "更新" not in line:
            continue
        fline = fold(line)
        for y in find_years(line):
            if y.day is not None and y.kind == "calendar" and "更新" in fline[max(0, y.start - 8):y.start]:
                if latest is None or (y.year, y.month, y.day) > (latest.year, latest.month, latest.day):
                    latest = y
    return latest


def _reports_after(text: str, posted: YearMention, until: YearMention) -> bool:
    """Whether the text reports a month or a 年度 that began after the day it was posted and by the
    day of its update (令和5年6月の中間見直し on a page posted 2021年3月31日): no span, target or
    start ahead, and no stamp."""
    folded = fold(text)
    lo, hi = (posted.year, posted.month or 1, posted.day or 1), (until.year, until.month or 12, until.day or 31)
    # 「2019年度(令和元年度) 71箇所」 / 「2020年度(令和2年度) 51箇所」: rows of a table of several 年度's figures (a
    # plan's schedule as often as a record) report no later writing (dates52: r4954, a ward's plan posted 2019年10月).
    figure_rows = {}
    for m in re.finditer(r"[^\n]+", folded):
        if _FY_FIGURE_ROW.fullmatch(folded, m.start(), m.end()) and (fy := find_years(m[0])):
            figure_rows[(m.start(), m.end())] = fy[0].year
    # In text order (finditer's), so that a mention's row is found by bisection: a scan of every row for
    # every mention was quadratic on a long table (200,000 characters of rows: 2.3 s at the start, 4.2 s).
    tabled = list(figure_rows) if len(set(figure_rows.values())) >= 2 else []
    tabled_starts = [a for a, _ in tabled]
    for y in find_years(text):
        if y.kind == "calendar" and y.month is not None:
            began = (y.year, y.month, y.day or 1)
        elif y.kind == "fiscal":
            began = (y.year, 4, 1)
        else:
            continue
        if not (lo < began <= hi):
            continue
        before, after = folded[max(0, y.start - 12):y.start], folded[y.end:y.end + 16]
        if (_STAMP.search(folded, max(0, y.start - 12), y.end) or "更新" in before or _SPAN_BEFORE.search(before)
                or _SPAN_AFTER.match(after) or _TARGET_AFTER.match(after) or _STARTS_AFTER.match(after)):
            continue
        if (i := bisect.bisect_right(tabled_starts, y.start) - 1) >= 0 and y.start < tabled[i][1]:
            continue
        if _END_AHEAD.match(folded, y.end, folded.find("。", y.end) + 1 or len(folded)):
            continue
        return True
    return False


#: A day something ends, told ahead (「…2022年11月30日をもって使用できなくなります。」): a deadline the page
#: announces, not what came after it was posted (a sentence that has it end, 「…をもって終了しました。」, still reports,
#: and so does the perfect 「…をもって受付を終了しております。」 / 「…終了しています。」: sceptic76).
_END_AHEAD = re.compile(r"\s*(?:\([^)]{1,6}\))?\s*(?:を以て|をもって)(?![^。]*(?:した|して(?:おり|い)ます|となっております)。)[^。]*。")


def _month_day(lines) -> int | None:
    """The month of 「…は、6月26日(木)に…」 in the document's first sentence, if any."""
    i = _first_sentence_line(lines)
    if i < 0:
        return None
    line = fold(lines[i][2])
    md = _month_and_day(line[:_first_sentence_end(line)])
    return md[0] if md else None


def _month_and_day(sentence: str) -> tuple[int, int] | None:
    """(month, day) of the first _MONTH_DAY in a sentence that is a real day."""
    if m := _MONTH_DAY.search(sentence):
        month, day = (int(m[1]), int(m[2])) if m[1] else (int(m[3]), int(m[4]))
        if 1 <= month <= 12 and 1 <= day <= 31:
            return month, day
    return None


#: A sentence opened by a day with its weekday (7月28日(日)に…, 8月5日(土)、…).
_DAY_OPENS_HELD = re.compile(r"\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[(（][月火水木金土日](?:曜日?)?[)）]\s*(?:、|に)")


def _sentences(line: str):
    """(start, end) of each sentence of a line, its 。 included."""
    at = 0
    while at < len(line):
        end = line.find("。", at)
        end = len(line) if end < 0 else end + 1
        yield at, end
        at = end


#: 「…は、4月18日(火曜日)、…を開催しました。」: a day written with its weekday but no year.
_WEEKDAY_OF_DAY = re.compile(r"日\s*[(（]\s*([月火水木金土日])(?:曜日?)?")
_WEEKDAYS = "月火水木金土日"
#: How far from the years a page names its day may fall: a report of 令和5年度's 重点施策 dated
#: 4月18日(火) is of 2023, not of 2017 (the same weekday six years before).
WEEKDAY_YEAR_REACH = 1


#: 「…セミナーを実施しており、今年も8月30日(水曜日)、…を開催しました。」: a yearly event's day this year, its
#: weekday written (only for the weekday's year: 本年も1月13日に…地震が発生 tells a disaster, no event's day).
_AGAIN_ON_DAY = re.compile(r"(?:今年|本年)も\s*、?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[(（][月火水木金土日](?:曜日?)?[)）]\s*(?:、|に)")
#: A 年度 written without its era (27年度より, 元年度), not the end of one with it (平成27年度, R3年度) nor a count.
_ERA_LESS_FY = re.compile(r"(?<![\d年度元和成治正第RHSrhs.])(元|\d{1,2})\s*年度")


def _era_less_fiscal_years(folded: str) -> set[int]:
    """The years an era-less 年度 can be: 令和 up to CURRENT_REIWA, else 平成 (as an era-less edition is)."""
    out = set()
    for m in _ERA_LESS_FY.finditer(folded):
        n = 1 if m[1] == "元" else int(m[1])
        if 1 <= n <= CURRENT_REIWA:
            out.add(eras.era_year("令和", n))
        elif n <= 31:
            out.add(eras.era_year("平成", n))
    return out


def _weekday_year(text: str, lines) -> tuple[int, int, str] | None:
    """(year, month, why) of the first sentence's day when its weekday fits one year only.

    A weekday repeats on the same day every 5, 6 or 11 years, so among the years the page
    names (and one either side) at most one fits.  None when no year is named or two fit."""
    i = _first_sentence_line(lines)
    if i < 0:
        return None
    line = fold(lines[i][2])
    sentence = line[:_first_sentence_end(line)]
    m = _MONTH_DAY.search(sentence)
    md = _month_and_day(sentence)
    if not (m and md) and (again := _AGAIN_ON_DAY.search(sentence)) and 1 <= int(again[1]) <= 12 and 1 <= int(again[2]) <= 31:
        m, md = again, (int(again[1]), int(again[2]))
    if not (m and md):
        # …or of the first sentence of the head that opens with a day and reports an event held (「7月28日(日)に
        # …公園で第33回ふるさとまつりが開催されました。」 after a sentence about the project)
        ranks = _head_ranks(lines)
        for j in range(i, len(lines)):
            if ranks[j] >= HEAD_LINES:
                continue
            folded = fold(lines[j][2])  # once a line: folded again for each of its sentences, a
            # line of 40,000 sentences (a text with no line breaks) took hours
            for s_at, s_end in _sentences(folded):
                held = folded[s_at:s_end]
                if (m := _DAY_OPENS_HELD.match(held)) and _HELD.search(held) and 1 <= int(m[1]) <= 12 and 1 <= int(m[2]) <= 31:
                    i, md = j, (int(m[1]), int(m[2]))
                    break
            else:
                continue
            break
        else:
            return None
    if not (w := _WEEKDAY_OF_DAY.search(m.group())):
        return None
    named = {y.year + k for y in find_years(text) for k in ((0, 1) if y.kind == "fiscal" else (0,))}
    if not named:
        # 「総務省は27年度より、…セミナーを実施しており、今年も8月30日(水曜日)、…開催しました。」: a 年度 written
        # without its era, as a ministry's or a town's own text writes the current era's (平成27年度): the
        # years it can be anchor the weekday as a named one does (realdocs dev half A: r2407 fixed).
        named = {y + k for y in _era_less_fiscal_years(fold(text)) for k in (0, 1)}
    if not named:
        return None
    span = range(min(named) - WEEKDAY_YEAR_REACH, min(max(named) + WEEKDAY_YEAR_REACH, eras.latest_year()) + 1)
    fits = []
    for year in span:
        try:
            if datetime.date(year, *md).weekday() == _WEEKDAYS.index(w[1]):
                fits.append(year)
        except ValueError:  # 2月29日 of a year without one
            pass
    if len(fits) != 1:
        return None
    return fits[0], md[0], f"text: 「{lines[i][2].strip()[:30]}」 (line {i + 1}; {md[0]}月{md[1]}日 was a {w[1]}曜日 in {fits[0]} only)"


#: A day written with its weekday and without its year (11月4日(金曜日), 2月10日(水)に…を開催しました).
_DAY_WITH_WEEKDAY = re.compile(r"(?<![\d年/.])(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[(（]\s*([月火水木金土日])(?:曜日?)?\s*[)）]")


#: The sources of a year that the weekdays may overrule: an update stamp (更新日 …, 2021年11月10日更新) and the
#: date ranker's guess.  A date line, a title's date, a trail's year archive (イベント報告2014年) is the page's word.
_WEAK_YEAR_SOURCE = re.compile(r"更新|inferred by the date ranker")


#: How far below its day an entry's account is read (r4345's first entry tells its act within 300 characters).
ENTRY_CHARS = 400
#: A sentence in the past tense that announces a day rather than tells it done: a date set or changed
#: (「1月20日(土曜日)に開催することとなりました。」, 「…開催日が決定しました。」), a day called off
#: (「…に開催を予定していた説明会は、中止することといたしました。」), an application closed before the day
#: (「定員に達したため、受付は終了しました。」), or what happened at an earlier one (「昨年は約300人が参加
#: しました。」 under a coming event's day).  Posted in December for January, such a day is the coming
#: year's by design and moves no year (breaker37's pages; no realdocs dev page changes).
_ANNOUNCED = re.compile(r"予定|こと(?:と|に)(?:なり|し|いたし)ました|決定|決まり|受付|申込|申し込み|募集|中止|延期|変更"
                        r"|昨年|前年|前回|例年|毎年")


def _told_done(folded: str, start: int, end: int) -> bool:
    """Whether a sentence between start and end tells an act done (_TOLD_ACT) and announces no day
    (_ANNOUNCED)."""
    for t in _TOLD_ACT.finditer(folded, start, end):
        a = max(folded.rfind("。", start, t.start()), folded.rfind("\n", start, t.start()), start - 1) + 1
        if not _ANNOUNCED.search(folded, a, t.end()):
            return True
    return False


def later_weekday_year(text: str, fy: int | None, year: int | None, src: dict[str, str]) -> tuple[int | None, int | None]:
    """fy and year moved to the year after `year` when every day the page writes with its weekday and
    without its year falls on that weekday in the year after and in neither `year` nor the year before:
    the page reports what came after the date it was given (a topics page of 「11月4日(金曜日)」 entries
    under 更新日:2021年11月10日, a Thursday that year; a study group's 「2月10日(水)に第2回研究会を開催
    しました」 after its founding on 令和2年12月9日: realdocs dev r4345, r3044).  A weekday fits the same
    day every 5, 6 or 11 years, so one year after the date is all that is read.  The 年度 moves with
    the year only when it was the date's; a 年度 the page names stays."""
    if year is None or "日" not in text or not _WEAK_YEAR_SOURCE.search(src.get("year", "")):
        return fy, year
    days = []
    folded = fold(text)
    found = list(_DAY_WITH_WEEKDAY.finditer(folded))
    # Each day's line, the full stop before it and the one after it are found on from the last day's (the
    # days come in order), not read again from its line's start and to its end: a topics page saved as one
    # line of 5,000 「11月4日(金)に…を開催しました。」 took 24 s at 200,000 characters.
    line_start, line_end, last_stop, next_stop, read_to = 0, -1, -1, -2, 0
    for k, m in enumerate(found):
        month, day, weekday = int(m[1]), int(m[2]), _WEEKDAYS.index(m[3])
        # Each day a past one: an entry's heading alone on its line (a topics page, a diary) over an account
        # of what was done, or told in a sentence of what was done (「…を開催しました。」).  A day announced
        # (「1月10日(水)に開催します。」, 日時 1月10日(水)13時~ on a notice of 2023年12月, a schedule's
        # 「1月8日(月曜日)」 over 「成人式」) is the coming year's by design.
        if (newline := folded.rfind("\n", read_to, m.start())) >= 0:
            line_start = newline + 1
        if (stop := folded.rfind("。", read_to, m.start())) >= 0:
            last_stop = stop
        read_to = m.start()
        if line_end < m.end():
            line_end = len(folded) if (e := folded.find("\n", m.end())) < 0 else e
        if next_stop != -1 and next_stop < m.end():
            next_stop = folded.find("。", m.end())
        entry_end = min(found[k + 1].start() if k + 1 < len(found) else len(folded), m.end() + ENTRY_CHARS)
        alone = (bool(_FILLER_ONLY.fullmatch(folded, line_start, m.start()) and _FILLER_ONLY.fullmatch(folded, m.end(), line_end))
                 and _told_done(folded, m.end(), entry_end))
        closes = next_stop if 0 <= next_stop < line_end else -1
        told = (closes >= 0 and bool(_TOLD_ACT.search(folded, max(m.end(), closes - 4), closes + 1))
                and not _ANNOUNCED.search(folded, max(last_stop + 1, line_start), closes))
        if not (alone or told):
            return fy, year
        fits = set()
        for y in (year - 1, year, year + 1):
            try:
                if datetime.date(y, month, day).weekday() == weekday:
                    fits.add(y)
            except ValueError:  # 2月29日 of a year without one, 6月31日
                pass
        days.append((month, day, fits, m.group()))
    if not days or any(fits != {year + 1} for _, _, fits, _ in days):
        return fy, year
    month, day, _, written = max(days)
    later = year + 1
    src["year"] = f"{src.get('year', '')} → {later}: 「{written}」 falls on its weekday in {later} only"
    date_fy = src.get("fiscal_year", "")
    if fy is None or "年度 of the" in date_fy or "inferred by the date ranker" in date_fy:
        fy = later if month >= 4 else later - 1
        src["fiscal_year"] = src["year"] + " (年度 of that day)"
    return fy, later


def _event_month(lines) -> int | None:
    """The month of the event the first sentence reports after its subject:
    「…は、3月26日(火曜日)、」 or 「…は、令和6年3月26日(火)に」."""
    if (m := _month_day(lines)) is not None:
        return m
    i = _first_sentence_line(lines)
    if i < 0:
        return None
    line = lines[i][2][:_first_sentence_end(lines[i][2])]
    for y in find_years(line):
        if y.day and _SUBJECT_DATE_BEFORE.search(line[:y.start]) and _SUBJECT_DATE_AFTER.match(line[y.end:]):
            return y.month
    return None


#: A page that reports an event held (its title or head): 開催結果, 開催報告, 実施報告, 〜を開催しました.
_EVENT_REPORTED = re.compile(r"(?:開催|実施)(?:結果|報告|概要)|(?:開催|実施)(?:いた)?しました|を行いました")


def _reported_event_day(title: str, lines) -> YearMention | None:
    """The full day after an event's key in the head (開催日 | 2024年3月15日(金), 日時:…) of a page that reports the
    event (_EVENT_REPORTED in its title or head), the first such; None otherwise."""
    if not _EVENT_REPORTED.search(fold(title_proper(title) + "\n" + head_text(lines))):
        return None
    for i in range(min(HEAD_LINES, len(lines))):
        line = lines[i][2]
        for y in find_years(line):
            if y.kind == "calendar" and y.day is not None and _EVENT_KEY.search(re.sub(r"[|｜\t]\s*$", "", fold(line[:y.start]).rstrip())):
                return y
    return None


def _first_sentence_line(lines) -> int:
    """Index of the document's first sentence: the first line of the head that is one."""
    ranks = _head_ranks(lines)
    return next((i for i in range(len(lines)) if ranks[i] < HEAD_LINES and _is_sentence(lines[i][2])), -1)


def _archive_year(lines) -> tuple[int, str, int | None] | None:
    """A year a navigation trail files the page under (…> イベント報告2014年 > 徳島市で…):
    a step before the last naming a calendar year and nothing finer, or the issue of a
    periodical the page is an article of (…> Highlighting Japan May 2018 > …, …> 2018年5月号 > …),
    whose month is returned too."""
    for step, ys, why in _trail_steps(lines):
        if not ys and (m := _MONTH_STEP.fullmatch(fold(step))) and 1 <= int(m[2]) <= 12:
            return int(m[1]), why + " (an issue)", int(m[2])  # トップ>広報はちのへ>2010.10>…: the issue of 2010年10月
        if len(ys) != 1 or ys[0].kind != "calendar" or ys[0].day is not None:
            continue
        if ys[0].month is None and len(step.strip()) <= 16:
            return ys[0].year, why, None
        if (ys[0].month is not None and len(step.strip()) <= ISSUE_STEP_CHARS
                and _ISSUE_END.fullmatch(fold(step.rstrip()), ys[0].end)):
            return ys[0].year, why + " (an issue)", ys[0].month
    return None


def _trail_steps(lines):
    """(step, its years, where) of each step but the last of the trails in the head: the
    archive a site files the page under (its last step is the page itself)."""
    for i in range(min(HEAD_LINES, len(lines))):
        line = lines[i][2]
        if is_breadcrumb(line):
            for step in BREADCRUMB_STEP.split(line)[:-1]:
                yield step, find_years(step), f"text: breadcrumb step 「{step.strip()}」 (line {i + 1})"


#: A trail's step that is a year and a month in figures (2010.10, 2010/10): a periodical's issue or an
#: archive's month, which find_years reads only with a day.
_MONTH_STEP = re.compile(r"\s*((?:19|20)\d\d)[./](\d{1,2})\s*")
#: A trail's step naming a periodical's issue: its name and, last, its month (Highlighting Japan
#: May 2018: 27 characters; 広報○○ 令和5年6月号), not a topic of a month (令和5年4月の組織改編).
ISSUE_STEP_CHARS = 40
_ISSUE_END = re.compile(r"\s*(?:号|分)?\s*[)）\]］】]?")


def _archive_fiscal_year(lines) -> tuple[int, str] | None:
    """A 年度 a navigation trail files the page under (報道資料 > 平成23年度 > …, 知事への直行便 >
    平成27年度(2015年度) > …): a step before the last naming one 年度 and little else.  Sites file
    a page under the 年度 it was published in (on the realdocs dev pages 17 trails of this kind,
    each the 年度 of the page's own date)."""
    for step, ys, why in _trail_steps(lines):
        if len(ys) == 1 and ys[0].kind == "fiscal" and len(step.strip()) <= ARCHIVE_STEP_CHARS:
            return ys[0].year, why
    return None


#: A trail's archive step is short (報道資料2017年度, 知事の県政レポート【平成19年度】: 10-16 characters on the
#: realdocs dev pages); a longer step is a page's title naming a 年度 (平成20年度…の実施結果).
ARCHIVE_STEP_CHARS = 20


#: The year the text is written in, glossed (「昨年(平成30年)は、各地で大きな災害が多発しましたが」,
#: 「本年(令和5年)4月に」): 本年 / 今年 name it, 昨年 / 去年 the one before.
_GLOSSED_YEAR_BEFORE = re.compile(r"(本年|今年|昨年|去年)\s*[(（]\s*$")


def _glossed_year(text: str) -> tuple[int, str] | None:
    """The year of writing a gloss of 本年 / 昨年 gives, or None."""
    if not any(w in text for w in ("本年", "今年", "昨年", "去年")):
        return None
    folded = fold(text)
    for y in find_years(text):
        if y.kind == "calendar" and (m := _GLOSSED_YEAR_BEFORE.search(folded, max(0, y.start - 6), y.start)):
            year = y.year + (1 if m[1] in ("昨年", "去年") else 0)
            return year, f"text: 「{m[1]}({y.text}」 (the year of writing, glossed)"
    return None


#: 本年 / 今年 with a month (本年8月に…募集を行い、…認定することになりました。): a month of the calendar year the
#: text is written in; not 本年度 / 今年度.
_THIS_YEARS_MONTH = re.compile(r"(?:本年|今年)\s*(\d{1,2})\s*月")
#: A sentence told as done: its verb closes it in the past.
_TOLD_PAST_END = re.compile(r"(?:ました|でした|した|った|れた|いた)\s*[。!！]")


def _year_of_this_years_month(text: str, fiscal_year: int) -> tuple[int, str] | None:
    """The calendar year of writing, for a text written in 年度 `fiscal_year` that tells of 本年 N月 in the past
    (「平成26年度については、本年8月に…認定募集を行い、審査の結果、本日付けで…認定することになりました。」):
    the text follows that month in the same calendar year, April or later, so it is written in April–December
    of the 年度: the 年度's year.  Not a month before April: a text for the coming 年度 (a 施政方針 of 令和6年度 read
    in March 2024 recalling 「本年1月1日に発生いたしました能登半島地震」) is written in the 年度 before its own."""
    if "本年" not in text and "今年" not in text:
        return None
    folded = fold(text)
    for m in _THIS_YEARS_MONTH.finditer(folded):
        month = int(m[1])
        end = _sentence_end(folded, m.end(), len(folded))
        if not 4 <= month <= 12 or not _TOLD_PAST_END.search(folded, m.end(), end):
            continue
        return fiscal_year, f"text: 「{text[m.start():m.end()]}」 told as past in 年度 {fiscal_year} ({month}月 of {fiscal_year})"
    return None


def _fiscal_year_of_writing(text: str, year: int) -> tuple[int, str] | None:
    """The 年度 of a text whose year of writing only a gloss gives (昨年(平成30年) → 2019), from a month of that
    year after March that it tells as done (「平成31年4月に福岡県が運用を開始したことで、…可能となりました。」):
    written after that month in the same year, so in April–December, the 年度 of that year."""
    folded = fold(text)
    for y in find_years(text):
        if y.kind != "calendar" or y.year != year or y.month is None or y.month < 4 or not_own(text, y):
            continue
        end = _sentence_end(folded, y.end, len(folded))
        if _TOLD_PAST_END.search(folded, y.end, end):
            return year, f"text: 「{y.text}」 told as done in the year of writing ({year}, after March)"
    return None


#: A period's key right before its first day (募集期間 令和7年5月1日～…, 申請期間:…, ◎停止期間 …, 公募期間 :…):
#: the days a page's call, programme or notice runs.
_PERIOD_KEY = re.compile(r"(?:期間|受付期間|募集期間|申請期間|公募期間|実施期間|停止期間)\s*[:：】\]]?\s*$")
#: The keys of a call (not a stop or a programme's own span) and the last month of the next 年度 it may close in.
_CALL_KEY = re.compile(r"受付期間|募集期間|申請期間|公募期間")
CALL_INTO_MONTH = 6
#: Between the two days of a period: a wave dash, から or より, a weekday in brackets before it.
_PERIOD_BETWEEN = re.compile(r"\s*(?:[(（][^)）]{1,6}[)）])?\s*(?:[~～〜]|から|より)\s*$")


#: A page telling that its call has closed (「今年度の受付は終了しました」, 「募集は締め切りました」): its period is a past
#: round's, which does not date a page (bench/realdocs README, dates of pages without a date line; sceptic42's page).
_ROUND_CLOSED = re.compile(r"(?:受付|募集|申請|公募|申込み?)(?:の受付)?\s*(?:は|を)\s*(?:終了|締め切り|締切|締めきり)(?:いた)?(?:し|り)?ました")


#: A period marked closed after its end (「…～令和5年6月30日(終了しました)」, 「(受付終了)」, 「※募集は終了しました」): a past
#: round's window, which does not date the page, as a page telling its call closed does not (_ROUND_CLOSED).
_PERIOD_CLOSED_AFTER = re.compile(r"\s*(?:まで)?\s*[(（【\[※]?\s*(?:受付|募集|申請|公募|申込み?)?\s*(?:は|を)?\s*(?:終了|締切|締め切り)")


def _heading_above(folded: str, at: int) -> str:
    """The nearest line above the line holding `at` that names no year (at most PAST_RUN lines up): the heading a run
    of dated lines stands under, or ""."""
    end = folded.rfind("\n", 0, at)
    for _ in range(PAST_RUN):
        if end < 0:
            return ""
        start = folded.rfind("\n", 0, end) + 1
        line = folded[start:end]
        if line.strip() and not find_years(line):
            return "" if _is_sentence(line) else line
        end = start - 1
    return ""


def _fiscal_year_of_period(text: str) -> tuple[int, str, int] | None:
    """The 年度 of a page with no date of its own whose call, programme or notice runs for a period under its
    key, both days written in full and in one 年度 (募集期間 令和7年5月1日～令和8年2月27日, 申請期間 令和2年9月1日から
    令和3年3月15日まで, 停止期間 令和6年12月28日から令和7年1月5日まで): the 年度 the page serves, and the year of its first
    day (the third value), the day the page's notice starts from (bench/realdocs README, dates of pages without a date
    line: a change it announces from a day, the days of the 年度 it announces; realdocs dev half A: r1630, r1842, r2946,
    r3651, each labelled with the start's year, r2946 and r1630 against their end's); a call spanning two 年度 only when it opens in January-March and
    closes by CALL_INTO_MONTH of the next (公募期間 令和4年3月30日～5月31日, a call of one 年度 for the next: the next
    年度's); never one told in a sentence without its key (「意見募集を…から…まで実施」)."""
    folded = fold(text)
    ys = find_years(text)
    for a, b in zip(ys, ys[1:]):
        if (a.kind == b.kind == "calendar" and a.day is not None and b.day is not None
                and (a.year, a.month, a.day) < (b.year, b.month, b.day)
                and _PERIOD_BETWEEN.fullmatch(folded, a.end, b.start)
                and (key := _PERIOD_KEY.search(folded, max(0, a.start - 12), a.start))):
            if _PERIOD_CLOSED_AFTER.match(folded, b.end) or _past_heading(_heading_above(folded, a.start)):
                continue  # 募集期間 …～令和5年6月30日(終了しました), or under 過去の募集: a past round's period
            if a.fiscal_year == b.fiscal_year:
                return a.fiscal_year, f"text: 「{text[max(0, a.start - 6):b.end].strip()}」 (a period within 年度 {a.fiscal_year})", a.year
            if (_CALL_KEY.search(key[0]) and 1 <= a.month <= 3 and b.fiscal_year == a.fiscal_year + 1
                    and b.year == a.year and b.month <= CALL_INTO_MONTH):
                # 公募期間 令和4年3月30日～令和4年5月31日: a call opened in the winter or spring and closing in the next
                # 年度's first months is that 年度's call, for its programme (bench/realdocs README: the 年度 the
                # document is for, as a 重点施策 dated in March is for the next; realdocs dev half A: r1842, labelled
                # so; no other dev page has one).
                return b.fiscal_year, (f"text: 「{text[max(0, a.start - 6):b.end].strip()}」 (a call opened in {a.month}月 "
                                       f"and closing in 年度 {b.fiscal_year}: that 年度's)"), a.year
    return None


def _path_years(path: Path) -> tuple[int | None, int | None]:
    """(fiscal year, year) a file's name gives: FY2023, 2019年度 and 令和4年度 / R4年度 are 年度 (a year in the name
    beside 年度 is no calendar year: 「2019年度_防災計画.md」 was year 2019, breaker45); a year standing apart is a year
    (「2023_令和6年度概算要求.pdf」: 年度 2024, written in 2023, sceptic58)."""
    name = Path(path).name
    fy, taken = None, None
    if era := _PATH_ERA_FY.search(name):
        n = 1 if era[2] == "元" else int(era[2])
        reiwa = era[1] in ("令和", "r", "R")
        if 1 <= n <= (99 if reiwa else 31):
            fy, taken = (2018 + n if reiwa else 1988 + n), era.span()
    if fy is None and (m := _PATH_FY.search(name)):
        fy, taken = int(m[1] or m[2]), m.span()
    yr = next((int(m[1]) for m in _PATH_YEAR.finditer(name) if not (taken and taken[0] <= m.start() < taken[1])), None)
    return fy, yr


#: A text laid out in lines of one width (a PDF's page, a fixed-width .txt): this many lines
#: of the same length (within WRAP_SLACK characters) show it; a web page's paragraphs vary.
WRAP_LINES = 4
#: Lines of a wrapped paragraph differ by a character or two (a half-width digit, a
#: bracket kept off a line's start).
WRAP_SLACK = 2
#: Rows joined into one line at most: a paragraph's first sentences, where its date
#: stands (on the realdocs dev pages a date the rules take stands at most 204 characters
#: into its sentence: six rows of 36); more would let a text without 。 at a row's end
#: become one line whose every date the rules read (a 20,000-row table: 4 s instead of 1).
WRAP_ROWS = 10
#: Lines longer than the width a wrapped text may hold (a title, a table row).
WRAP_LONGER = 1
#: Shorter lines are never taken for a layout's width (a list of short items is no paragraph).
WRAP_MIN = 20
_SENTENCE_FINAL = ("。", "」", "）", ")", ":", "：")


def _wrap_width(lines) -> int | None:
    """The width a text's paragraphs are wrapped at, or None when they are not: the
    longest lines come in a bunch of one length, and hardly a line is longer (a web
    page's paragraphs run to any length).  A line repeated word for word with a different line after
    each copy (a PDF's running header, 「令和6年度第2回 …検討会 資料1」 atop each page) is counted once: three
    pages' headers are no wrapped paragraph (breaker40's c89, whose title and date line were joined as
    wrapped rows).  A paragraph printed twice keeps its rows: each is followed by the same row both times."""
    rows = [l.rstrip() for _, _, l in lines]
    after: dict[str, list[str]] = {}
    for k, row in enumerate(rows):
        after.setdefault(row, []).append(rows[k + 1] if k + 1 < len(rows) else "")
    headers = {row for row, nxt in after.items() if len(nxt) >= 2 and len(set(nxt)) == len(nxt)}
    lengths = sorted((len(l) for l in [*(r for r in rows if r not in headers), *headers] if len(l) >= WRAP_MIN), reverse=True)
    for k, w in enumerate(lengths[:WRAP_LONGER + 1]):
        if sum(1 for n in lengths if w - WRAP_SLACK <= n <= w) >= WRAP_LINES:
            return w
    return None


def unwrapped_lines(text: str, lines):
    """The lines of a text with its wrapped paragraphs joined again: a PDF cuts
    「中国総合通信局(局長:黒瀬泰平)は、令和5年7月3日(月)、…を開催しました。」 into lines of
    its width, and a date rule reads a sentence, not a row.  A joined line keeps its
    span of the text (see _joined)."""
    width = _wrap_width(lines)
    if width is None:
        return lines
    groups: list[list[tuple[int, int, str]]] = []
    joins = False
    for s, e, line in lines:
        if groups and joins and s == groups[-1][-1][1] + 1 and len(groups[-1]) < WRAP_ROWS:
            groups[-1].append((s, e, line))
        else:
            groups.append([(s, e, line)])
        body = line.rstrip()
        joins = len(body) >= width - WRAP_SLACK and not body.endswith(_SENTENCE_FINAL)
    return [g[0] if len(g) == 1 else (g[0][0], g[-1][1], _joined(text[g[0][0]:g[-1][1]])) for g in groups]


def _joined(rows: str) -> str:
    """Wrapped rows as the one line they were: Japanese runs on without a space (a row may
    end inside 「1月3」 and the next begin 「1日」); the breaks taken out are put back as
    spaces at the end, so the line keeps its length in the text."""
    return rows.replace("\n", "") + " " * rows.count("\n")


def _event_day(y: YearMention, where: str) -> bool:
    """Whether _own_date found y as an event's day (開催日 2017年6月22日, 日時:…): the quoted line's
    words before it end in an event's key (_EVENT_KEY)."""
    at = where.find(y.text)
    return at >= 0 and bool(_EVENT_KEY.search(fold(where[:at])))


#: A call for public comment with its period: a sentence announcing it (「…について、令和元年7月11日(木)から
#: 同年8月9日(金)までの間、意見を募集します。」, 「…に対して、令和7年7月5日(土)から同年8月4日(月)までの間、
#: 意見募集を行いました。」), whose main verb the call is (not 「…意見募集を行ったところ、」: background to a
#: report), or the key of its period (意見提出期間 :2019年4月27日(土)〜…).  The page is put up on the day
#: the period opens, or its results soon after it closes.
_COMMENT_CALL = re.compile(r"(?:意見(?:を|の)?募集|意見公募|パブリックコメント)(?:を)?(?:行い|実施し|実施いたし|いたし|し)?(?:ます|ました)?。")
_COMMENT_PERIOD_KEY = re.compile(r"(?:意見(?:の)?(?:提出|募集|公募|受付)|(?<!公)募集)期間\s*[:：]?\s*$")
_COMMENT_PAGE = re.compile(r"意見募集|意見公募|パブリックコメント|意見を募集")


def _comment_period(text: str, lines) -> tuple[YearMention, str, int] | None:
    """The day a call for public comment opens, when the page is that call or its result and has no
    other date: the weakest evidence (P_FIELD)."""
    if not _COMMENT_PAGE.search(text, 0, 5000):
        return None
    ranks = _head_ranks(lines)
    for i in range(min(len(lines), DATE_SCAN_LINES)):
        if ranks[i] >= len(lines):
            continue
        line = fold(lines[i][2])
        for y in find_years(line):
            if y.kind != "calendar" or y.day is None or not re.match(_BRACKET + r"\s*(?:から|[~～〜])", line[y.end:]):
                continue
            closes = _sentence_end(line, y.end, len(line))
            call = _COMMENT_CALL.search(line, y.end, closes)
            if _COMMENT_PERIOD_KEY.search(line[:y.start]) or (call and call.end() == closes):
                return y, f"text: 「{lines[i][2].strip()[:40]}」 (line {i + 1}; the day a call for comment opens)", P_FIELD
    return None


def head_text(lines) -> str:
    """The head's lines, past a site's menus and skip links (「ページの先頭です。 メニューを
    飛ばして本文へ」 above 「令和4年版 情報通信白書」 leaves the edition its first line)."""
    ranks = _head_ranks(lines)
    return "\n".join(l for (_, _, l), r in zip(lines, ranks) if r < HEAD_LINES)


#: After a 年度: its 補正予算 (平成26年度補正予算による「…事業」, 令和6年度補正予算 総務省「…」に選定された,
#: 令和5年度第1次補正予算で措置された): the money a programme runs on.  A 補正予算 is passed in the winter
#: of its 年度 and spent, carried over, in the next, so a page that tells a later act under it (a 交付決定,
#: a selection, a 交付式) is of that act's day (realdocs dev half A: every page naming a 年度's 補正予算 is
#: labelled with its date's 年度 - r103, r2727, r2823 dated the 年度 after, r441, r2416, r2845, r3610 in the
#: 補正's own January–March).  Not its amount (補正予算額: a budget sheet) nor a 補正 paired with the next
#: 年度's budget (_CORRECTION_JOINED).
_SUPPLEMENTARY_AFTER = r"\s*(?:の)?\s*(?:第\s*[0-9０-９一二三四五]\s*次)?\s*補正予算(?!\s*(?:額|及び|並びに|と))"
#: …or a programme's name (令和元年度 スマートシティ先行モデルプロジェクト, 平成30年度 …モデル事業, and the README's
#: 「高度無線環境整備推進事業(令和3年度)」): bench/realdocs README, results reported after their 年度 - "when
#: the 年度 names a project rather than the period reported", the date's 年度 stands.  The name runs to its
#: 事業 / プロジェクト within a heading's length and is not a report on it (…事業の成果, …プロジェクト報告).
_PROGRAMME_AFTER = r"\s*[^\s。、「」()（）]{0,30}?(?:事業|プロジェクト)(?!\s*(?:の)?\s*(?:成果|実績|報告|結果|概要|評価|計画|費|の実施状況))"
_PROGRAMME_FY = re.compile(f"(?:{_SUPPLEMENTARY_AFTER}|{_PROGRAMME_AFTER})")
#: 「…推進事業(令和3年度)」: the 年度 in brackets after the programme's name.
_PROGRAMME_BEFORE = re.compile(r"(?:事業|プロジェクト)\s*[(（]\s*$")
#: …the title of a report on what it paid for or did: that 年度's results, reported later (README).
_PROGRAMME_RESULTS = re.compile(r"(?:補正予算|事業|プロジェクト)[^。]{0,30}?(?:実績|成果|執行状況|実施状況|結果|報告|評価)")


def _names_a_programme(title: str, text: str, own: "_OwnFiscalYear | None", day: YearMention) -> bool:
    """Whether the page's own 年度 is only the 年度 of a programme or of the 補正予算 it is funded by
    (_PROGRAMME_FY, _PROGRAMME_BEFORE), wherever the head names it, and the page's own day falls in a later
    年度: that day's 年度 is the page's.  A report of the 年度's results keeps it."""
    if own is None or own.results or own.reported or own.speech or day.month is None or day.fiscal_year <= own.mention.year:
        return False
    if _PROGRAMME_RESULTS.search(fold(title_proper(title))):
        return False
    seen = False
    for where in (title_proper(title), text[:2000]):
        folded = fold(where)
        for y in find_years(where):
            if y.kind == "fiscal" and y.year == own.mention.year:
                if not (_PROGRAMME_FY.match(folded, y.end) or (_PROGRAMME_BEFORE.search(folded, max(0, y.start - 12), y.start)
                                                               and re.match(r"\s*[)）]", folded[y.end:]))):
                    return False  # the 年度 stands on its own somewhere: the page's, not the programme's
                seen = True
    return seen


#: A rule's supplementary provision naming the day it takes effect (附則 「この要綱は、令和5年6月1日から施行する。」).
_ENACTED = re.compile(r"(?:この|本)\s*(?:要綱|要領|規則|条例|告示|訓令|規程|基準|規約|細則|要項)\s*は\s*[、,]?\s*([^、,。\n]{4,24}?)\s*から施行")


def _enacted_on(text: str) -> tuple[YearMention, str] | None:
    """The day a rule's first 附則 says it takes effect, for a 要綱 or 条例 page that carries no other date (no
    告示 number line, no stamp): the day it was made, as a page dated by its own 告示 line is (bench/realdocs
    README: a change it announces from a day).  The first 附則 is the rule's own; later ones are amendments.
    Found by breaker40 (c26, a prefecture's 補助金交付要綱); on the dev set no page lacking a date has one."""
    folded = fold(text)
    for m in _ENACTED.finditer(folded):
        ys = [y for y in find_years(m[1]) if y.kind != "fiscal" and y.month is not None]
        if ys:
            return ys[0], f"text: 「{m[0][:40]}」 (the day its 附則 puts it in force)"
    return None


#: A periodical's issue written with a dot (広報ながの 2024.5 No.1234, 市報○○ 2023.10 号): its name first on the line
#: (広報 / 市報 / 町報 / 村報 … or …だより), then the year and month, then the issue's number, 号 or the line's end.
_DOTTED_ISSUE = re.compile(
    r"\s*(?:広報|市報|町報|村報|県報|区報|[^\s、。]{1,10}だより)[^\s、。]{0,10}\s*[(（]?\s*((?:19|20)\d\d)[.．](1[0-2]|0?[1-9])"
    r"(?![\d.．])\s*[)）]?\s*(?:月?号|No|NO|№|Vol|vol|$)")


def _dotted_issue(lines) -> tuple[int, int, str] | None:
    """A 広報 issue dated 「2024.5」 on one of the first lines (found by breaker40: c64; a dotted year and month
    alone is too loose to read anywhere else, a decimal or a version); on the dev set no page has one."""
    for _, _, line in lines[:DATE_SCAN_LINES]:
        if m := _DOTTED_ISSUE.match(fold(line)):
            return int(m[1]), int(m[2]), f"text: 「{line.strip()[:40]}」 (an issue's 年.月)"
    return None


#: A title closing with its as-of day in brackets (「ガバメントクラウドに関するQ&A(令和6年4月1日時点)」,
#: 「…一覧(令和6年4月1日現在)」): the page's own account as of that day.
_TITLE_AS_OF = re.compile(r"[(（]\s*([^()（）]{6,24}?)\s*(?:時点|現在)\s*[)）]\s*$")


def _title_as_of(title: str) -> tuple[YearMention, str] | None:
    """The as-of day a title gives itself, for a page with no other date: a standing page's own account dated
    from the point it presents as its present (bench/realdocs README, labels38's dates of pages without a date
    line).  Only a whole day in the title's closing brackets: an as-of point in the body is as often a quoted
    statistic's (dates38 tried it: half A 6 right, 4 wrong).  Found by breaker40 (c95); no dev title has one."""
    if m := _TITLE_AS_OF.search(fold(title_proper(title))):
        ys = [y for y in find_years(m[1]) if y.kind != "fiscal" and y.day is not None]
        if ys:
            return ys[0], f"title: 「{m[0].strip()}」 (the as-of day it gives itself)"
    return None


#: What a page dated January-March announces for the coming 年度 (bench/realdocs README, fiscal_year: the
#: 年度 the document is for when the text names its own, 「a 重点施策 dated 平成29年3月30日 for 平成29年度」): a
#: call, a contract or a programme it opens (「令和6年度…の参加者を募集します」, 「令和6年度に実施する…事業の補助
#: 事業者を公募します」, 「…を実施します」, 「受付を開始します」), or a plan, budget or decision for that 年度 it
#: makes public (「平成20年度において重点的に取り組む施策を次のとおり策定しました」, 「…予算案を公表します」).
#: A call or a programme is told in the present (…します); a past 開催しました / 実施しました reports an act of
#: the 年度 running about the coming one (an info session, a 総会 that approved its plan: its day's 年度).
#: A call opened (「令和6年度…の公募を開始しました」, 「…申込受付を開始しました」) is open still: told in the past, it announces.
#: A tender for the coming 年度's contract (「令和6年度…保守業務について、一般競争入札を行います」) is its call as well, and
#: a scheme it creates or brings in for that 年度 (「令和6年度に…を導入します」) its programme (dates43).
#: A page that gives the coming 年度's budget, schedule or list (「令和6年度当初予算案の概要をお知らせします」, 「令和6年度の
#: スマホ相談会の日程を掲載しました」) is that 年度's sheet, as one titled with it is.  The written style of a body's own
#: plan or call (「令和7年度の業務運営に関する計画を次のとおり定める。」, an 独立行政法人's 年度計画; 「…を実施する。」) closing
#: its sentence announces as …します does, and 「来年度は、…の更新を行います」 is 実施します said otherwise (dates48's
#: written pages; no dev page moves).
_ANNOUNCES_FOR = re.compile(
    r"(?:募集|公募|募り|受付|受け付け|申請|実施|開始|開設|運用|提供|開講|開催|交付|支給|委託|入札|創設|新設|導入)(?:を(?:開始し|実施し|行い|始め))?"
    r"(?:し|いたし)?(?:て(?:い|おり))?ます"
    r"|(?:策定|決定|決め|定め|取りまとめ|とりまとめ|公表|発表|作成)(?:いた)?(?:し|いたし)?(?:ます|ました)"
    r"|(?:募集|公募|受付|受け付け)\s*(?:を)?\s*開始(?:いた)?しました"
    r"|(?:お知らせ|掲載|公開)(?:いた)?(?:し|いたし)?(?:ます|ました)"
    r"|(?:定め|策定す|実施す|募集す|公募す)る(?=\s*(?:。|$))"
    r"|を行います")
#: Between the 年度 and that verb: the budget it waits on (「令和3年度予算の成立が前提」, 「…成立を条件に」) makes it
#: a condition of the call, not its year; an info session or a meeting held now about the coming 年度's
#: programme (「令和6年度事業の説明会を開催します」) is an act of the 年度 running.  The coming 年度 has no results
#: yet: its contract's or call's 結果 (「令和6年度…業務委託の入札結果を公表します」) is of that contract, and stays.
_NOT_FOR_ITSELF = re.compile(r"成立|前提|条件|説明会|会議|協議会|総会|審議|報告|実績|成果|評価|以降|以前|まで|から")
#: The coming 年度 named by its place (来年度, 次年度): on a page of January-March, the 年度 starting in April.
_NAMED_FY = re.compile(r"(来|次)年度|(?:今|本)年度")
#: The coming 年度 must stand this close before the verb (characters): one clause, its object between.
COMING_REACH = 60


def _coming_fiscal_year(text: str, title: str, lines, day: YearMention) -> tuple[int, str] | None:
    """The coming 年度 (the calendar year of a day in January-March) when one of the page's first sentences
    announces a call, a programme, a plan or a budget of that 年度 (_ANNOUNCES_FOR): the page is for it, as
    one titled with it is.  Not a 年度 that a start, a span or a target names (令和7年度から, まで, 以降: a
    report of this 年度 looking ahead), nor one named as an aside (なお、…, ※…), nor on a press conference's
    or a meeting's record (the day's talk about the coming budget)."""
    if not (day.month and 1 <= day.month <= 3):
        return None
    head = head_text(lines)
    if _PRESS_CONFERENCE.search(title + "\n" + head) or is_minutes(text, title, lines) or _RECORD.search(title):
        # (…or an assembly's questions and answers titled as such, 一般質問 / 代表質問: 「答 来年度は、端末の更新を行います。」
        # is the day's answer, as a minutes page's is; sceptic63's written page, which dates48's を行います had moved.)
        return None
    ranks = _head_ranks(lines)
    opening = [i for i in range(len(lines)) if ranks[i] < HEAD_LINES and _is_sentence(lines[i][2])][:REPORT_SENTENCES]
    # The 年度 running named first, in the title or an opening sentence (「令和5年度は…を実施しました。令和6年度は…
    # を実施します。」): the page reports this 年度, and the coming one is its next step.
    if any(y.kind == "fiscal" and y.year == day.fiscal_year for y in find_years(title_proper(title))):
        return None
    # A spring policy speech (施政方針, 所信) that names the coming 年度 only by 来年度 / 新年度 keeps its date's 年度
    # (bench/realdocs README, spring policy speeches: only its number makes the speech that 年度's; sceptic63's page).
    speech = bool(_POLICY_SPEECH.search(title_proper(title) + "\n" + head))
    seen = 0
    for li in opening:
        line = fold(lines[li][2])
        for a, b in _sentences(line):
            seen += 1
            if seen > REPORT_SENTENCES:
                return None
            sentence = line[a:b]
            if _ASIDE_OPENER.match(sentence) or re.match(r"[\s]*[※＊*注]", sentence):
                continue
            mentions = find_years(sentence) + ([] if speech else [
                # 来年度 / 次年度 on a page of January-March: the coming 年度, named by its place after the day's
                # (「来年度の地域おこし協力隊員を募集します」 dated 令和6年2月; dates43's written pages).
                # 今年度 / 本年度 named first is the running one, as its number is (「今年度は10回開催しました。来年度の日程は
                # 決まり次第お知らせします。」: a report of this 年度 looking ahead).
                YearMention(m.start(), m.end(), m[0], day.year if m[1] else day.fiscal_year, "fiscal")
                for m in _NAMED_FY.finditer(sentence)])
            for y in sorted(mentions, key=lambda z: z.start):
                if y.kind == "fiscal" and y.year == day.fiscal_year:
                    return None
                if y.kind != "fiscal" or y.year != day.year:
                    continue
                if re.match(r"\s*(?:も(?=[、,]?\s*(?:引き続き|継続|同様|例年|前年度|昨年度))|以降|についても)", sentence[y.end:]):
                    continue  # 「令和6年度も引き続き実施します」: the programme carried on, told in this 年度's report
                # (A bare 「令和7年度も、…講座を実施します。」 opening a March page is the coming 年度's call with its 申込期間,
                # as 「令和7年度の…を実施します」 is: only も with 引き続き / 継続 / 同様 carries a programme on; dates48.)
                if (_SPAN_BEFORE.search(sentence[:y.start]) or _SPAN_AFTER.match(sentence, y.end)
                        or _TARGET_AFTER.match(sentence, y.end) or _REVISION_AFTER.match(sentence, y.end)):
                    continue
                verb = _ANNOUNCES_FOR.search(sentence, y.end, min(len(sentence), y.end + COMING_REACH))
                if verb is None:
                    continue
                # What a bracket glosses (「平成25年度情報通信月間(5月15日から6月15日まで)において開催する参加行事を募集
                # します」: the month's days) is no start or limit of the 年度.
                between = re.sub(r"[(（][^()（）]*[)）]", "", sentence[y.end:verb.start()])
                if not _NOT_FOR_ITSELF.search(between) and not any(z.kind == "fiscal" for z in find_years(between)):
                    return day.year, (f"text: 「{lines[li][2].strip()[:40]}」 (line {li + 1}; 「{y.text}」, the coming 年度 "
                                      f"it announces 「{verb[0]}」, on a page of {day.year}年{day.month}月)")
    return None


#: A call the page opens, told as open: 「令和6年度の申請受付を開始しました」, 「令和6年度…の参加者を募集しています」,
#: 「…を募集します」, or a programme it holds (「令和5年度の講座は、次のとおり開催します」).  Not one closed
#: (「令和6年度の募集は終了しました」: a past round, _ROUND_CLOSED).
_CALL_OPEN = re.compile(
    r"(?:募集|公募|受付|受け付け|申込み?|申し込み)\s*(?:を)?\s*(?:開始(?:いた)?しました|開始(?:いた)?します"
    r"|(?:し|いたし)(?:ます|ています|ております)|中です|を行(?:います|っています))"
    # …or the programme it holds (「令和5年度の講座は、次のとおり開催します。」): its schedule's 年度
    r"|(?:開催|実施|開講)(?:いた)?します")


#: A past act between the 年度 and the call (「令和5年度に実施した調査の結果を踏まえ、…を募集します」): the 年度 of what the call
#: follows from, not the call's (sceptic47's written page; an undated page with no other 年度 stays empty).  Not
#: 〜したい (「…に参加したい方を募集します」).
_PAST_BETWEEN = re.compile(r"[しっ]た(?![いめ])|んだ(?!い)|踏まえ|結果")


def _fiscal_year_call(lines) -> tuple[int, str] | None:
    """The 年度 of a page with no date of its own whose opening sentence opens that 年度's call (「令和6年度の申請受付を
    開始しました」, 「令和6年度地域おこし協力隊員を募集しています」): the 年度 whose call it announces (bench/realdocs
    README, dates of pages without a date line: 「the 年度 whose call, schedule or programme it announces (令和6年度の
    募集 …); for a 年度 alone, year empty」).  Not a 年度 a span, a start or a target names (令和6年度から), nor one an
    aside or a note names, nor a call whose 年度 is another's between (説明会, 以降: _NOT_FOR_ITSELF).  Written pages of
    dates43; the form dates no realdocs dev page."""
    ranks = _head_ranks(lines)
    opening = [i for i in range(len(lines)) if ranks[i] < HEAD_LINES and _is_sentence(lines[i][2])][:REPORT_SENTENCES]
    for li in opening:
        line = fold(lines[li][2])
        for a, b in itertools.islice(_sentences(line), REPORT_SENTENCES):
            sentence = line[a:b]
            if _ASIDE_OPENER.match(sentence) or re.match(r"\s*[※＊*注]", sentence) or _ROUND_CLOSED.search(sentence):
                continue
            for y in find_years(sentence):
                if y.kind != "fiscal":
                    continue
                if (_SPAN_BEFORE.search(sentence[:y.start]) or _SPAN_AFTER.match(sentence, y.end)
                        or _TARGET_AFTER.match(sentence, y.end) or re.match(r"\s*(?:も|以降|についても)", sentence[y.end:])):
                    continue
                verb = _CALL_OPEN.search(sentence, y.end, min(len(sentence), y.end + COMING_REACH))
                if verb is None:
                    continue
                between = re.sub(r"[(（][^()（）]*[)）]", "", sentence[y.end:verb.start()])
                if (not _NOT_FOR_ITSELF.search(between) and not any(z.kind == "fiscal" for z in find_years(between))
                        and not _PAST_BETWEEN.search(between)):
                    return y.year, f"text: 「{lines[li][2].strip()[:40]}」 (line {li + 1}; 「{y.text}」, the 年度 whose call it opens)"
    return None


#: A New Year greeting (年頭のあいさつ): written in the first days of January.
_NEW_YEAR_GREETING = re.compile(r"新年(?:あけまして|明けまして)|明けましておめでとう|あけましておめでとう|謹んで新(?:年|春)|謹賀新年|新春を迎え|新年を迎え|年頭に(?:あた|当た)り")
#: 昨年 and the year of what it recalls, named with its era (「昨年9月の「平成30年北海道胆振東部地震」」,
#: 「昨年(令和6年)は」): the year before the greeting's.
_LAST_YEAR_NAMED = re.compile(r"昨年\s*(?:[(（]\s*)?(?:\d{1,2}\s*月)?[^。、今]{0,16}?$")
GREETING_LINES = 3


def _new_year_greeting_year(text: str, lines) -> tuple[int, str] | None:
    """The year of an undated New Year greeting that names 昨年's event with its year (bench/realdocs README, year:
    the document's own date; a greeting is written in January): that year's next.  Realdocs dev half A: r3111."""
    head = [(i, l) for i, (_, _, l) in enumerate(lines[:GREETING_LINES])]
    if not any(_NEW_YEAR_GREETING.search(l) for _, l in head):
        return None
    for i, (_, _, line) in enumerate(lines[:HEAD_LINES]):
        for y in find_years(line):
            if y.kind == "calendar" and y.month is None and _LAST_YEAR_NAMED.search(fold(line[:y.start])):
                return y.year + 1, f"text: 「{line.strip()[:40]}」 (line {i + 1}; a New Year greeting recalling 昨年's {y.text})"
    return None


#: A start told as done after its day: 「…より運用を開始した」, 「…からサービスを開始しました」, 「…より公開内容…が更新されました」.
#: Not a law's entry into force (「…から全面施行された個人情報保護法に基づき」: the law's day, cited) nor a body's own
#: start of activity (「本協議会は、平成20年4月1日から活動を開始しました」: its history; tests/regressions/test_dates40.py).
_TOLD_START_AFTER = re.compile(r"\s*(?:から|より)(?![^。\n]{0,40}?(?:施行|活動))[^。\n]{0,40}?(?:開始|運用|更新|変更|始ま|スタート|リニューアル|追加)"
                               r"(?:し|さ|を|い)[^。\n]{0,12}?(?:ました|た(?![い])|ている|ています)")
_MONTH_OPENS = re.compile(r"^\s*\d{1,2}\s*月")
#: Text read for such a start: about the excerpt of a page (realdocs pages are 1,000-2,000 characters).
TOLD_START_CHARS = 3000


def _told_start(text: str, title: str = "") -> tuple[YearMention, str] | None:
    """The one start told as done (_TOLD_START_AFTER) in a page's opening TOLD_START_CHARS characters when
    no other year written there is later but a target's or a span's end (令和7年度までに, 2030年を目標), else
    None.  On realdocs dev half A (2026-12-05) 4 dateless pages tell one: 2 are dated by it (r1048, r2248:
    fixed), 1 recounts later years after it (r321: history, kept empty), 1 has a 年度 of its own (r2946)."""
    head = text[:TOLD_START_CHARS]
    years = find_years(head)
    starts = [y for y in years if y.kind == "calendar" and y.month is not None and _TOLD_START_AFTER.match(fold(head[y.end:y.end + 80]))]
    if len({(y.year, y.month, y.day) for y in starts}) != 1:
        return None
    y = starts[0]
    if _nations_scheme_started(_sentence_of(fold(head), y.start), title):
        return None  # 「マイナンバー制度は、平成28年1月から利用が開始されました。」: a scheme the page explains
    for other in years:
        # (a 年度's month before its target word: 「令和7年度12月までに構築完了」)
        if other.fiscal_year > y.fiscal_year and not _TARGET_AFTER.match(_MONTH_OPENS.sub("", fold(head[other.end:other.end + 20]))):
            return None
    return y, f"text: 「{' '.join(fold(head[max(0, y.start - 8):y.end + 24]).split())}」 (a start told as done, nothing later but targets)"


#: A start the page announces from a day, in the future (「令和3年4月1日から…システムを導入し運用を開始します。」,
#: 「令和8年4月1日より、「…」の運用を開始します。」): the change the page is written to announce (bench/realdocs README,
#: dates of pages without a date line: 「a change it announces from a day」), as one told as done is.  Closing its
#: sentence: a start with more after it (…を開始しますので、…) is read only when the sentence ends there.
#: Not 予定 (a plan's step, as a target is), nor a law's entry into force (施行).
#: Also (dates49, batch docs-bl's r4761 and r4784, which readers date by the start): the thing started named before the
#: day (「「…システム」の運用を平成22年5月1日から開始します。」: the day right before から開始します), and a use the day
#: makes possible (「秦野市では、令和6年5月7日から…映像通報が可能となります。」, 「…から…を利用できるようになります。」).
#: On realdocs dev every page opening with either form is labelled with the start when nothing better dates it (r4343,
#: r4675, r4761, r4784; r840, r1642, r4109 have a date line of their own, which still comes first).  Not a period
#: (…から令和7年3月31日まで), a deadline, nor a future round (次回 / 来年度: _NOT_THIS_ROUND).
#: A use told as a change (…を利用できるようになります), not one told as a standing fact (sceptic66): 「…サービスは、令和2年4月1日から
#: 利用できます。」 / 「…は、平成28年10月1日からご利用いただけます。」 opens a guide to a service running since then (a history,
#: README), and no realdocs dev page dated by this rule opens with it (r4784 is 可能となります).
_ANNOUNCED_START_AFTER = re.compile(r"\s*(?:[(（](?![^)）]*予定)[^)）]{1,4}[)）])?\s*(?:から|より)\s*[、,]?(?![^。\n]{0,60}?(?:施行|予定|目指|目標))"
                                    r"(?![^。\n]{0,60}?日\s*(?:[(（][^)）]{1,6}[)）])?\s*まで)"
                                    r"(?:[^。\n]{0,60}?(?:運用|サービス|受付|利用|導入)を?\s*|\s*)開始(?:いた)?します。"
                                    r"|\s*(?:[(（](?![^)）]*予定)[^)）]{1,4}[)）])?\s*(?:から|より)\s*[、,]?(?![^。\n]{0,60}?(?:施行|予定|目指|目標|まで))"
                                    r"[^。\n]{0,60}?(?:が\s*可能(?:と|に)なります|を?\s*(?:ご)?利用(?:が)?\s*(?:でき|いただけ)るようになります)。")
#: A round still ahead of the one the page is about (「次回は令和7年5月1日から受付を開始します。」, 「来年度は…から…」): the next
#: round's day, not the start the page announces.
_NOT_THIS_ROUND = re.compile(r"次回|次期|来年度|次年度|翌年度")
#: A note's mark opening a line (※, ＊, 注1)): a table's or a list's note, which _first_sentence_line may take for the
#: page's first sentence when nothing above it is one; what it says from a day is the note's, not a start announced.
_NOTE_OPENS = re.compile(r"^\s*(?:[※*＊]|注\s*[0-9０-９]*\s*[)）:：])")


#: After the announcing sentence's 。: its quote's end or a と that reports it (「…を開始します。」とお知らせしておりましたが、
#: …延期します: a notice the page quotes, of an earlier day), or a (予定) that makes it a plan's step
#: (sceptic49's pages; no page of realdocs dev has either).
_QUOTED_OR_PLANNED_AFTER = re.compile(r"\s*(?:[」』]|と(?:お知らせ|告知|案内|周知|公表|発表|お伝え|し)|[(（]\s*予定)")


def _announced_start(text: str, title: str, lines) -> tuple[YearMention, str] | None:
    """The one start from a day the page's first sentences announce (_ANNOUNCED_START_AFTER), when no year written in
    its opening TOLD_START_CHARS characters is later but a target's or a span's end.  Only the opening sentences:
    the same words further down are a step of a scheme the page explains or a plan's (a cited or a target date).
    Realdocs dev half B: r4343 fixed; no page of half A is dated by it (the form's pages there have dates)."""
    first = _first_sentence_line(lines)
    if first < 0 or _NOTE_OPENS.match(lines[first][2]):
        # 「※新たに追加する施設では、令和6年4月1日から利用できるようになります。」 under a table of places on a page
        # with no sentence above it (sceptic66): a note to the table, not the page's opening announcement
        return None
    if "。" not in lines[first][2]:
        # A long heading without a 。 read as the first sentence (a title with its photo's caption, 「…サービス Live119(片手に
        # 持ったスマートフォンの画面に、…写真)」, r4784): the text's own first sentence is the next one with a 。.
        # Only the very next line of the head (sceptic66): a 。 further down — a table's note (「※新たに追加する施設では、
        # 令和6年4月1日から利用できます。」 under a list of places) — is the body's, not the page's opening sentence.
        ranks = _head_ranks(lines)
        nxt = next((i for i in range(first + 1, len(lines)) if ranks[i] < HEAD_LINES), None)
        if nxt is not None and "。" in lines[nxt][2] and _is_sentence(lines[nxt][2]):
            first = nxt
    line = fold(lines[first][2])
    found = []
    for a, b in itertools.islice(_sentences(line), REPORT_SENTENCES):
        sentence = line[a:b]
        if _nations_scheme_started(sentence, title):
            continue
        if _QUOTED_OR_PLANNED_AFTER.match(line, b) or sentence.count("「") > sentence.count("」"):
            continue  # a notice quoted (「…開始します。」とお知らせしておりましたが) or one marked (予定) after it
        if _CONDITION.search(sentence):
            continue  # 「移行作業が順調に進めば、令和9年4月1日から運用を開始します。」: a start hoped for
        if _NOT_THIS_ROUND.search(sentence):
            continue  # 「次回は令和7年5月1日から受付を開始します。」: the next round's start
        for y in find_years(sentence):
            if y.kind == "calendar" and y.month is not None and y.day is not None and _ANNOUNCED_START_AFTER.match(sentence, y.end):
                found.append(y)
    if len({(y.year, y.month, y.day) for y in found}) != 1:
        return None
    y = found[0]
    head = text[:TOLD_START_CHARS]
    for other in find_years(head):
        if other.fiscal_year > y.fiscal_year and not _TARGET_AFTER.match(_MONTH_OPENS.sub("", fold(head[other.end:other.end + 20]))):
            return None
    return y, f"text: 「{lines[first][2].strip()[:40]}」 (line {first + 1}; a start it announces from 「{y.text}」)"


#: A numbered meeting of a 年度 the page's opening sentences open or hold (「ただ今から、令和4年度第2回○○協議会を開催いたし
#: ます。」, 「令和5年度 第2回…報告会を開催しました。」): a record or a report of that meeting, whose 年度 it is.  The 年度
#: glued to its 第N回 and the meeting's name running on to を開催 / を開会 with no comma (not a meeting cited in passing:
#: 「令和4年度第1回会議で決定した…を開催します」 has the cited one's 会議で between).  Realdocs dev: the four pages so opened
#: are all labelled with that 年度 (three dated already by their date line or title; batch docs-bk's r4754, a record
#: whose title runs into its first sentence, fixed); no page of wp-dev writes it.
_OPENED_MEETING = re.compile(r"((?:令和|平成|昭和)\s*(?:[0-9]{1,2}|元)\s*年度)\s*第\s*[0-9]{1,2}\s*回[^、。,「」『』]{1,40}?"
                             r"(?:を|が)\s*(?:開催|開会)(?:いた)?(?:します|しました|されました)。")
#: What must not stand between the meeting's number and を開催: another act told of it (a meeting cited: 会議で決定した…,
#: …の結果を踏まえ…).
_NOT_THE_MEETING = re.compile(r"で|において|にて|踏まえ|受け|結果|決定|報告を")


def _opened_meeting_fiscal_year(lines) -> tuple[int, str] | None:
    """The 年度 of the numbered meeting the page's first sentences open or hold (_OPENED_MEETING), when one 年度 only."""
    first = _first_sentence_line(lines)
    if first < 0:
        return None
    line = fold(lines[first][2])
    found = set()
    for a, b in itertools.islice(_sentences(line), REPORT_SENTENCES):
        for m in _OPENED_MEETING.finditer(line, a, b):
            if _NOT_THE_MEETING.search(m[0], len(m[1])):
                continue
            ys = find_years(m[0])
            if len(ys) == 1 and ys[0].kind == "fiscal":  # not 「令和5年度第4回及び令和6年度第1回…を開催しました」
                found.add(ys[0].fiscal_year)
    if len(found) != 1:
        return None
    return found.pop(), f"text: 「{lines[first][2].strip()[:40]}」 (line {first + 1}; the numbered meeting of a 年度 it opens or holds)"


#: A named document's making told with its day: 『…』を策定しました, 「…」を決定, 」を閣議決定 (the name's opening bracket
#: may stand on an earlier line or be cut off by a link's layout: 「> …ビジョン」を策定しました!(平成28年3月30日)」).
_MADE_DOCUMENT = re.compile(r"(?:[『「]([^『』「」]{2,60})|(?:^|[>＞\s、。])([^『』「」>＞\s、。]{2,60}))[』」]\s*(?:が|を)\s*"
                            r"(?:策定|決定|閣議決定|改定|改訂|取りまとめ|とりまとめ)")


#: A heading is a short line (as regions.HEADING_CHARS reads one).
MADE_HEADING_CHARS = 60


def _another_documents_making(lines, day: YearMention, title: str) -> str | None:
    """The name of the document whose making every line of the page's opening that gives `day` tells with it,
    when that name is not in the title (the page is not that document's own announcement), else None."""
    # The page's title and its headings (short lines with no full stop and no date): what the page is about.
    heads = [title or ""] + [l for _, _, l in lines[:HEAD_LINES + 4] if "。" not in l and len(l.strip()) <= MADE_HEADING_CHARS
                             and not find_years(l)]
    squashed = re.sub(r"\s", "", fold("\n".join(heads)))
    name = None
    seen = False
    for i in range(min(len(lines), DATE_SCAN_LINES)):
        fline = fold(lines[i][2])
        for sentence in re.split(r"(?<=。)", fline):
            if not any(y.kind == "calendar" and (y.year, y.month, y.day) == (day.year, day.month, day.day)
                       for y in find_years(sentence)):
                continue
            seen = True
            m = _MADE_DOCUMENT.search(sentence)
            if not m:
                return None
            made = re.sub(r"\s", "", m[1] or m[2])
            if made in squashed:
                return None
            name = name or made
    return name if seen else None


#: A numbered proposal and the day it was received (【提案No.A2019-00142】7月16日受付): a prefecture's page of its
#: residents' proposals and its answers (県民の声, 提案・要望への回答) numbers each proposal with the year it came in,
#: and gives the day without the year.  The number's year with that day is the proposal's date; the page, which
#: answers it, is as of its latest proposal (bench/realdocs README, dates of pages without a date line: the latest
#: entry of its own list).  Only a number with a year of four digits set right after a letter or the label, and
#: only with its 受付 day right after it: a number cited in a sentence (「提案No.A2019-00142について」) is not read;
#: and only an entry opening its line, as the list's entries do: one cited inside a sentence with its day (「以前の提案
#: (提案No.A2021-00643 3月14日受付)と同じ趣旨」) is an earlier proposal the page answers again (sceptic49).
_PROPOSAL_RECEIVED = re.compile(
    r"(?m)^[ \t　]*[【\[［(（]?\s*(?:提案|要望|意見|受付)\s*(?:No|NO|no|№|番号)\s*[.．:：]?\s*[A-Z]{0,2}\s*[-－]?\s*((?:19|20)\d\d)\s*[-－]\s*(\d{2,6})"
    r"\s*[】\]］)）]?\s*[:：]?\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日\s*(?:[(（][^)）]{1,4}[)）])?\s*受付"
)
#: The answer's day after it (【回答】9月26日回答): in a later month than the receipt, or in January after a December
#: proposal, when the year turned between the two.
_ANSWERED = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:[(（][^)）]{1,4}[)）])?\s*回答")
#: How far after a proposal its answer's day is looked for (a proposal and its answer run some 300–800 characters).
ANSWER_REACH = 2000


def _latest_proposal_day(text: str) -> tuple[int, int, str] | None:
    """The year and month of the latest numbered proposal received (_PROPOSAL_RECEIVED) on a page of proposals and
    answers, or of its answer when that follows in the next year.  Realdocs dev half B: r1439, r3326, r4392 fixed;
    no page of half A has the form."""
    folded = fold(text)
    entries = []
    for m in _PROPOSAL_RECEIVED.finditer(folded):
        year, month = int(m[1]), int(m["month"])
        if not 1 <= month <= 12:
            continue
        entries.append((year, int(m[2]), month, m))
    if not entries:
        return None
    above = folded[:entries[0][3].start()].rstrip().rsplit("\n", 1)[-1]
    if _PAST_RECORD.search(above) or _PAST_RECORD.search(folded.lstrip().split("\n", 1)[0]):
        return None  # a record the page gives as background (これまでの要望活動, …要望してきました。), not its own list (sceptic49)
    # A number's year is the calendar year's or the 年度's (島根県's: A2019-00146 received 7月1日, A2021-00643 3月14日,
    # some fifty a month from April), and the two part only in January–March.  A receipt of those months is read
    # only when the page's own numbers tell which: a lower number of the same year received in April–December
    # (the 年度's: its January–March are of the next year) or a higher one (the calendar year's).  (sceptic49)
    spring = {}  # a number's year: its lowest and highest numbers received in April–December
    for y, s, mo, _ in entries:
        if mo >= 4:
            lo, hi = spring.get(y, (s, s))
            spring[y] = min(lo, s), max(hi, s)

    def days(year, serial, month, m):
        d = int(m["day"])
        if month >= 4 or (year in spring and spring[year][0] > serial):
            return [(year, month, d)]
        if year in spring and spring[year][1] < serial:
            return [(year + 1, month, d)]
        return [(year, month, d), (year + 1, month, d)]
    read = [(days(*e), e[3]) for e in entries]
    if max(min(ds) for ds, _ in read) != max(max(ds) for ds, _ in read):
        return None  # the latest may be a January–March receipt whose year the page does not tell
    (year, month, _), m = max(((ds[0], m) for ds, m in read), key=lambda x: x[0])
    why = f"text: 「{m.group().strip()[:40]}」 (the latest numbered proposal: the number's year, its 受付 day)"
    if (answer := _ANSWERED.search(folded, m.end(), m.end() + ANSWER_REACH)) and 1 <= int(answer[1]) < month:
        # received in December, answered in January: the answer, of the next year, is the page's latest day
        return year + 1, int(answer[1]), why + f" and its answer 「{answer.group()}」 in the next year"
    return year, month, why


#: A sheet's table whose column head names the 年度 of its own work beside the results (「令和3年度の取組 | 成果 |」,
#: 鳥取県's 工程表: 組織目標, 今年度の目標, the 年度's 取組 against 成果, 最終評価(年度末時点)): the 年度 the sheet is for.
#: A cell of its own line, opening it, and followed by the results' cell: a 年度 inside a sentence (「令和3年度の取組を
#: 踏まえ…」) or an agenda item (①令和3年度の取組実績) is not read.
_OWN_WORK_HEAD = re.compile(r"^\s*(?:[■□●○◆◇【\[]\s*)?(?P<fy>(?:令和|平成|[RH])\s*(?:\d{1,2}|元)\s*年度)\s*の\s*取組\s*[】\]]?\s*(?:[|｜\t]\s*)+(?:成果|実績|評価|効果)")
#: The sheet's own present: 今年度 in a heading (「(2)今年度の目標」), as the 工程表 write it.
_THIS_YEARS_HEADING = re.compile(r"^\s*(?:[(（]?\s*\d{1,2}\s*[)）.．]\s*)?今年度の(?:目標|取組)")


def _sheet_fiscal_year(lines) -> tuple[int, str] | None:
    """The 年度 of an undated evaluation sheet with a 「今年度の目標」 heading whose table heads its work 「令和N年度の取組 |
    成果」 (bench/realdocs README, dates of pages without a date line: the 年度 of the programme it reports; year empty).
    Realdocs dev half B: r3576, r4455 fixed; half A unchanged (its one 工程表, r1421, heads 今年度の取組)."""
    if not any(_THIS_YEARS_HEADING.match(fold(l)) for _, _, l in lines):
        return None
    found = None
    for i, (_, _, line) in enumerate(lines):
        if (m := _OWN_WORK_HEAD.match(fold(line))):
            ys = [y for y in find_years(m["fy"]) if y.kind == "fiscal"]
            if not ys or (found and found[0] != ys[0].year):
                return None  # two 年度 heads: a sheet of several years, none the sheet's
            rest = fold(line)[m.end():]
            if any(y.kind == "fiscal" and y.year != ys[0].year and not rest[y.end:].lstrip().startswith("以降")
                   for y in find_years(rest)):
                return None  # the same on one line (令和3年度の取組 | 成果 | 令和4年度の取組 | 成果 |): a plan of several years (sceptic49)
            found = (ys[0].year, f"text: 「{line.strip()[:40]}」 (line {i + 1}; the 年度 heading the sheet's own work, under 今年度の目標)")
    return found


#: A council's answer (答申第92号の概要) whose case history lists its steps by day (◆ 事案の経過 (1)開示請求 令和4年2月18日 /
#: … / (5)答申 令和6年3月19日): the answer's row is the page's day, and the steps before it are the case's history (bench/
#: realdocs README: a history does not date a page).  The first row had dated it as a date line (realdocs dev half B: an
#: information-disclosure council's answer).  Only under a title that names the answer, and only one such day.
_ANSWER_TITLE = re.compile(r"答\s*申\s*(?:第\s*\d+\s*号|書|の概要)")
_ANSWER_ROW = re.compile(r"(?:^|[\s)）】\]・])答\s*申\s*(?:日|年月日)?\s*[:：]?\s*$")


#: A month the text calls a plan (「共同消防指令センターの運用開始は、令和7年4月を計画しております。」): the same month in
#: brackets closing an item line (●共同運用による…事務(令和7年4月), a diagram's caption beside (現在)) is the planned
#: arrangement's, not the page's date line, as a month's issue (知事トピックス(2012年7月分)) is (realdocs dev half B: a
#: fire-dispatch council's page dated by its plan's month).
_PLANNED_AFTER = re.compile(r"\s*(?:頃|ごろ|中|以降)?\s*(?:を|に|の)?\s*(?:計画|予定|目途|目処|目標|目指|めざ)")


def _planned_month(text: str, day: YearMention) -> bool:
    """Whether the text names day's year and month (no day) as a plan's (_PLANNED_AFTER) in a sentence."""
    head = text[:TOLD_START_CHARS]
    folded = fold(head)
    return any(y.kind == "calendar" and (y.year, y.month) == (day.year, day.month) and y.day is None
               and _PLANNED_AFTER.match(folded, y.end) for y in find_years(head))


#: A title that is the page's news told as done (能登中部…協議会を設置しました。, …を開設しました): its act, the verb and
#: what precedes it (を設置しました).
_TITLE_ACT = re.compile(r"(?:を|が)\s*([一-龥ァ-ヶー]{1,6}(?:いた)?(?:しました|されました))[。!！]?\s*$")


_WEEKDAY_THEN_NI = re.compile(r"(?:" + _WEEKDAY + r")?\s*に")


def _title_act_day(text: str, title: str, lines) -> tuple[YearMention, str] | None:
    """The one day given by a sentence of the page's opening lines that tells the act its title tells as done (「…、
    令和4年10月1日に「能登中部…協議会」を設置しました。」 under 「能登中部…協議会を設置しました。」): the news the page
    is, dated by its body, when nothing else dates it (realdocs dev half B: such a council's page)."""
    act = _TITLE_ACT.search(fold(title.strip()))
    if not act:
        return None
    verb = act[1]
    found = []
    for _, _, line in lines[1:HEAD_LINES]:
        fline = fold(line)
        for a, b in _sentences(fline):
            sentence = fline[a:b]
            if verb not in sentence or not sentence.endswith(verb + "。"):
                continue
            ys = find_years(sentence)
            # one date in the sentence, the act's (「令和5年6月1日に募集を始め、…7月3日(月)に講座を開催しました。」 says
            # two, and which is the page's is not said)
            if len(ys) == 1 and ys[0].kind == "calendar" and ys[0].day is not None and _WEEKDAY_THEN_NI.match(sentence, ys[0].end):
                found.append(ys[0])
    if len({(y.year, y.month, y.day) for y in found}) != 1:
        return None
    return found[0], f"text: 「{found[0].text}に…{verb}」 (the act the title tells, with its day)"


def _answer_day(text: str, title: str) -> tuple[YearMention, str] | None:
    """The day on the row keyed 答申 of a page titled by its answer (_ANSWER_TITLE, _ANSWER_ROW), if one day."""
    if not _ANSWER_TITLE.search(fold(title)):
        return None
    found = []
    for y in find_years(text[:TOLD_START_CHARS]):
        if y.kind == "calendar" and y.day is not None:
            start = text.rfind("\n", 0, y.start) + 1
            if _ANSWER_ROW.search(fold(text[max(start, y.start - 16):y.start])):
                found.append(y)
    if len({(y.year, y.month, y.day) for y in found}) != 1:
        return None
    return found[0], f"text: 「答申 {found[0].text}」 (the answer's row of the case history under 「{title.strip()[:30]}」)"


def derive_years(text: str, title: str, path: Path) -> tuple[int | None, int | None, dict[str, str]]:
    physical = text_lines(text)
    lines = unwrapped_lines(text, physical)
    if lines is not physical and lines and physical and title.strip() == physical[0][2].strip() != lines[0][2].strip():
        title = lines[0][2]  # a title taken from a wrapped first row is the start of a sentence
    menus = _menu_lines(lines)
    furniture = lambda l: is_furniture(l) and not is_breadcrumb(l)
    if (menus and title.strip() in {lines[i][2].strip() for i in menus}) or (
        lines and title.strip() == lines[0][2].strip() and furniture(title)
    ):
        # A title taken from a menu item, a skip link or a furniture line (ホーム, ページの先頭
        # です。…, 印刷する, ページ番号:…): the page's head starts below them, and so does what names it.
        title = next((l for i, (_, _, l) in enumerate(lines) if i not in menus and not furniture(l)), title)
    head = head_text(lines)
    src: dict[str, str] = {}
    edition = white_paper_edition(path, head, title)
    if edition and (dated := _own_date(text, lines, title)) and (
        (_IN_A_HEADING in edition[1] and dated[2] in (P_TITLE, P_DATE_LINE))
        or (not edition[1].startswith("path") and dated[0].day is not None and not _STAMP.search(fold(dated[1]))
            and (dated[2] == P_DATE_LINE or (dated[2] == P_FIELD and _event_day(dated[0], dated[1]))))
    ):
        # An edition named only by a heading below the page's first line, on a page with a date of
        # its own (a minister's press conference 「令和7年7月8日 … 【令和7年版情報通信白書】 本日、閣議
        # におきまして…配布いたしました」), or named in the title of a page with a day on a date line
        # or an event's (an article 「2024年版中小企業白書…概要(案)が発表されました」 - 2024年5月15日;
        # a seminar on 「2017年版ものづくり白書」, 開催日 2017年6月22日): a page about the White
        # Paper, dated as any other.  No White Paper page of the realdocs dev set carries a date line;
        # a site's stamp (掲載日:…) may stand on the White Paper's own page, and does not count.
        edition = None
    if edition and (first := _first_sentence_line(lines)) >= 0 and _WP_ANNOUNCED.search(lines[first][2]):
        # 「本年6月9日、令和5年版環境白書…が閣議決定されました。」: a page announcing the edition, not a page of
        # it, published with it after March of its year, as the press release that attaches it is.
        edition = (edition[0], edition[1] + _AS_ANNOUNCED)
    if edition and (_AS_ATTACHMENT in edition[1] or _AS_ANNOUNCED in edition[1]):
        # The press release publishing the edition (its summary attached as 別添): a White Paper
        # comes out after March of its edition's year (情報通信白書 in July), so that is its 年度.
        year, why = edition
        src["year"] = why
        src["fiscal_year"] = why + f" → 年度 {year} (published after March)"
        return year, year, src
    if edition:
        year, why = edition
        src["year"] = why
        src["fiscal_year"] = why + f" → 年度 {year - 1}"
        return year - 1, year, src
    fy = year = None
    own = _own_fiscal_year(text, title, lines)
    if own:
        fy, src["fiscal_year"] = own.mention.year, own.why
    date = _own_date(text, lines, title) or _comment_period(text, lines)
    if date and date[2] == P_DATE_LINE and date[0].day is None and date[0].month is not None and _planned_month(text, date[0]):
        date = None
    if (date and date[2] in (P_DATE_LINE, P_FIELD) and not _STAMP.search(fold(date[1]))
            and (answered := _answer_day(text, title)) and answered[0] != date[0]):
        date = (answered[0], answered[1], P_DATE_LINE)
    if own and not (own.strong or own.topic or own.reported) and date is None:
        # No date, and the 年度 is met only inside a sentence (「令和7年度予算においては、
        # …」): a cited year is no evidence of the document's own.
        own = None
        fy = None
        src.pop("fiscal_year", None)
    if date and own and own.strong and date[2] not in (P_TITLE, P_UPDATED) and date[0].month and date[0].fiscal_year - fy >= RESTAMP_YEARS:
        # 「平成30年度…表彰」 under a bare 2024年06月02日: a page moved to a new site is
        # stamped again years later; that stamp is not the document's date.  A stamp that
        # says it is one (更新日:2022年01月19日 under 「平成31年度…のまとめ」) is the page's
        # year when it is its only date, as page furniture is; the 年度 stays the one named.
        # A day of that 年度 in the page's head is the document's own (開催日時 / 平成21年(2009年)
        # 12月22日 under 「平成21年度第9回…定例会 会議録」, restamped 平成30年).
        date = _day_of_fiscal_year(lines, fy)
    elif date and own and own.strong and date[2] == P_UPDATED and date[0].month and date[0].fiscal_year - fy >= RESTAMP_YEARS:
        # An update stamp years after the 年度 named is the page's year only when it is its only
        # date: a day of that 年度 in the head (the meeting's 開催日時) is the document's own.
        date = _day_of_fiscal_year(lines, fy) or date
    if (date and not (own and own.strong and own.why.startswith("title")) and date[2] in (P_DATE_LINE, P_UPDATED) and date[0].month and _STAMP.search(fold(date[1]))
            and (held := _record_day(text, title, lines)) and _before(held[0], date[0])):
        # A meeting's record, a press conference or an assembly's questions posted (or posted again, a
        # site's bulk move) after it: 掲載日:2018年4月11日 over 開催日時 平成27年9月17日, 公開日 2023年4月5日
        # over 質問日 令和5年3月9日, is the day the page was put up, and the record is of its meeting,
        # however close the posting and also when it falls in the next 年度 (bench/realdocs README:
        # records against their posting stamp).
        date = held
    rewritten = False
    if (date and date[2] in (P_DATE_LINE, P_UPDATED) and date[0].day is not None and _POSTED_LABEL.search(fold(date[1]))
            and (updated := _update_stamp(lines)) and (updated.year, updated.month, updated.day) > (date[0].year, date[0].month, date[0].day)
            and _reports_after(text, date[0], updated)):
        # 掲載開始日:2021年3月31日 / 更新日:2024年11月13日 over a text that reports 令和5年6月 (a plan's
        # mid-term review) or a 令和元年度 project on a page posted in 2019年2月: the text was rewritten
        # after it was posted, and the update is its date.
        date = (updated, date[1] + f" (updated 「{updated.text}」: the text reports what came after the posting)", P_UPDATED)
        rewritten = True
    elif (date and date[2] == P_SUBJECT and date[0].month and own and (own.topic or own.reported)
          and fy - date[0].fiscal_year >= RESTAMP_YEARS
          and (updated := _update_stamp(lines)) and updated.month and updated.fiscal_year >= fy):
        # 「令和元年7月に「…計画」を策定しました。」 opening a page that goes on to report 令和4年度's
        # review (「令和4年度は、…点検報告書としてとりまとめました」) under 更新日:2023年3月28日: the first
        # sentence recounts the plan's making, the page is the later report, and its stamp dates it.
        date = (updated, f"text: 「{updated.text}」 (an update stamp: the page reports {fy}年度, years after "
                         f"「{date[0].text}」 in its first sentence)", P_UPDATED)
        rewritten = True
    if (date and date[2] in (P_SUBJECT, P_DATE_LINE) and date[0].day is not None
            and (updated := _update_stamp(lines)) and updated.fiscal_year - date[0].fiscal_year >= RESTAMP_YEARS
            and (cited := _another_documents_making(lines, date[0], title))):
        # 最終更新日:2024年2月16日 over 「政府は、…平成28年3月30日に…『明日の日本を支える観光ビジョン』を策定しました。」 and its
        # link 「> …ビジョン」を策定しました!(平成28年3月30日)」 on a ministry's standing page titled by its subject
        # (訪日外国人旅行者の受入環境整備): the day is the named document's, which the page cites as its ground (bench/
        # realdocs README: a cited date is never the year), and the stamp, years later, dates the page.
        date = (updated, f"text: 「{updated.text}」 (an update stamp: 「{date[0].text}」 is the day 「{cited}」 was made, cited)", P_UPDATED)
    if date:
        year, src["year"] = date[0].year, date[1]
        # The 年度 of the date, unless the title or a heading names the document's
        # own: a 年度 met only inside a sentence (「令和6年度予算に計上」 in a
        # February press conference, 「令和4年度事業で整備した」) is cited, and so is
        # one in a heading under a title that carries the date (記者会見(令和6年2月14日)
        # over 「令和6年度当初予算案について」).
        cited = own is not None and (
            not (own.strong or own.topic or own.results)
            or (date[2] == P_TITLE and not own.why.startswith("title") and not own.speech)
            # a press conference is dated by its day: 「平成22年度当初予算について(2010年2月10日)」
            # in February is that 年度's talk about the next one's budget
            or (date[0].day is not None and date[2] in (P_TITLE, P_DATE_LINE) and bool(_PRESS_CONFERENCE.search(title + "\n" + head)))
            # …and so is a meeting's record: its agenda's 年度 (次第 ①令和3年度の取組実績 ②令和4年度
            # 事業の方針, an AGM's 前年度事業報告) are items it discusses; a 年度 in its title (令和3年度
            # 第4回議事録) names the meeting itself
            or (date[0].day is not None and date[2] in (P_TITLE, P_DATE_LINE) and not own.why.startswith("title")
                and not own.speech and is_minutes(text, title, lines))
        )
        if (fy is None or cited or _names_a_programme(title, text, own, date[0])) and date[0].month is not None:
            fy, src["fiscal_year"] = date[0].fiscal_year, date[1] + " (年度 of the date)"
        elif fy is None and _LATE_SESSION_NOTE in date[1]:
            fy, src["fiscal_year"] = date[0].year, date[1] + " (年度 of its year)"
        elif fy is None and _FIRST_SESSION_NOTE in date[1]:
            fy, src["fiscal_year"] = date[0].year - 1, date[1] + " (年度 of the year before)"
        elif (fy is None and date[0].month is None and (stamp := _update_stamp(lines)) and stamp.year == date[0].year
              and stamp.month >= 4 and int((re.search(r"第\s*(\d{1,2})\s*回", fold(date[1])) or [0, "2"])[1]) >= 2):
            # The year alone (令和4年第2回…定例会 in the title: the first session of a year sits in
            # February or March, the second from June) and the page's stamp of that year after March
            # (最終更新日 令和4年6月13日): the page was put up in that year's 年度.
            fy, src["fiscal_year"] = stamp.year, date[1] + f" (年度 of 「{stamp.text}」, its stamp that year)"
    if (date and fy == date[0].fiscal_year and src.get("fiscal_year", "").endswith("(年度 of the date)")
            and (coming := _coming_fiscal_year(text, title, lines, date[0]))):
        # Dated January-March, a first sentence announcing a call, programme or plan of the coming 年度.
        fy, src["fiscal_year"] = coming
    if date and date[2] in (P_DATE_LINE, P_UPDATED) and not rewritten and not (own and own.strong) and 4 <= (date[0].month or 0) <= 4 + REPORT_MONTHS:
        # An event report posted in April on an event of March (平成31年4月4日up /
        # 「当局は、3月26日(火曜日)、…を開催しました」) is of the 年度 the event closed.
        if (event := _event_month(lines)) and event < 4:
            fy, src["fiscal_year"] = date[0].year - 1, date[1] + f" (年度 of the {event}月 event in the first sentence)"
        elif (held := _reported_event_day(title, lines)) and held.year == date[0].year and held.month < 4:
            # …or the day under its key (開催日 | 2024年3月15日(金)) on a page that reports it (…の開催結果, …を開催しました)
            # (bench/realdocs README: event reports after a 年度's end; dates43's written pages).
            fy, src["fiscal_year"] = date[0].year - 1, date[1] + f" (年度 of the event 「{held.text}」 under its key)"
    if (date and date[2] in (P_DATE_LINE, P_UPDATED) and not rewritten and not (own and own.strong)
            and (acted := next((y for y in find_years(title or "") if _closes_with_act_day(title, y)), None))
            and acted.month is not None and acted.fiscal_year != date[0].fiscal_year and fy == date[0].fiscal_year):
        # 「「地域DXセミナー」を開催しました(令和5年12月9日)」 under 掲載日:2024年6月1日: the posting dates the page (dates51), the
        # event its 年度 (bench/realdocs README: event reports after a 年度's end are of the 年度 the event was held in;
        # sceptic71's pages: before this the act-day won both fields, after dates51 the date line won both).
        fy, src["fiscal_year"] = acted.fiscal_year, f"title: 「{title[:40]}」 (年度 of the act it reports)"
    if fy is not None and (date is None or date[2] in (P_UPDATED, P_FIELD, P_START)):
        # An event report without a date line: the day in its first sentence,
        # in the 年度 its title names, beats a page's last-edit stamp.
        if (md := _month_day_in_year_of(text, lines, fy)) and not (date and date[2] == P_UPDATED and date[0].fiscal_year == fy):
            # (An 更新日 within the 年度 the title names stays the year, bench/realdocs README: event reports after a
            # 年度's end; one in a later 年度 is a later edit, and the event's day is the year.)
            year, src["year"] = md
    if (own is None or not (own.strong or own.topic or own.reported)) and date is not None and date[2] in (P_UPDATED, P_FIELD, P_START) and (
        filed := _archive_fiscal_year(lines)
    ):
        # No 年度 of its own and no date but a last-edit stamp or a field's: the 年度 the site files
        # the page under (…> 平成27年度(2015年度) > … above 更新日:2020年8月1日, a site's move) is
        # the 年度 it was published in, and a better one than the stamp's.  (With no date at all
        # the page stays without a 年度: a trail's step is no title.)
        fy, src["fiscal_year"] = filed
    if (year is None and fy is not None and own and own.mention.year == fy and (own.speech or _POLICY_SPEECH.search(title_proper(title)))
            and (sitting := _SESSION_MONTH.search(fold(title_proper(title) + "\n" + head)))):
        # 「令和6年度施政方針(村議会3月定例会より抜粋)」: a speech for 年度 N read at a session of a named month is
        # read in the calendar year N (the spring session before its 年度, or one within it).
        year, src["year"] = fy, f"{own.why} (a speech for 年度 {fy}, read at the {sitting[1]}月 session)"
    if year is None and fy is None and date is None and (greeting := _new_year_greeting_year(text, lines)):
        # Written in January: the 年度 is the year before's.
        year, src["year"] = greeting
        fy, src["fiscal_year"] = year - 1, greeting[1] + " (January: 年度 of the year before)"
    if year is None and (glossed := _glossed_year(text)):
        year, src["year"] = glossed
        if fy is None and (written := _fiscal_year_of_writing(text, year)):
            # Its 年度 from a later month of that year the text tells as done (realdocs dev half A: r450
            # fixed; fires on no other dev page).
            fy, src["fiscal_year"] = written
    # A 年度 of writing and 本年 N月 told as past: the calendar year (half A: r114 fixed, r1208 unchanged;
    # no page of half B).  Not on a report of a closed 年度, written in a later one.
    if (year is None and fy is not None and own is not None and own.mention.year == fy and not (own.results or own.reported or own.speech)
            and (this_year := _year_of_this_years_month(text, fy))):
        year, src["year"] = this_year
    if year is None and (archive := _archive_year(lines)):
        # No date at all, but the page sits in a year's archive (報道資料 > 2014年 > …):
        # the year it was published, and with the day of its first sentence (or the issue's
        # month), its 年度.
        year, src["year"], issue_month = archive
        if fy is None and (md := issue_month or _month_day(lines)):
            fy = year if md >= 4 else year - 1
            src["fiscal_year"] = archive[1] + (f" and {md}月 in the first sentence" if not issue_month else f" ({md}月)")
    if year is None and (weekday := _weekday_year(text, lines)):
        year, month, src["year"] = weekday
        if fy is None:
            fy, src["fiscal_year"] = (year if month >= 4 else year - 1), src["year"] + " (年度 of the day)"
    if fy is None and year is None and date is None and (as_of := _title_as_of(title)):
        year, src["year"] = as_of[0].year, as_of[1]
        fy, src["fiscal_year"] = as_of[0].fiscal_year, as_of[1] + " (年度 of the date)"
    if fy is None and year is None and date is None and (issue := _dotted_issue(lines)):
        year, month, src["year"] = issue
        fy, src["fiscal_year"] = (year if month >= 4 else year - 1), issue[2] + " (年度 of the month)"
    if fy is None and year is None and date is None and (enacted := _enacted_on(text)):
        year, src["year"] = enacted[0].year, enacted[1]
        fy, src["fiscal_year"] = enacted[0].fiscal_year, enacted[1] + " (年度 of the date)"
    # No date and no 年度 of its own, but a keyed period in one 年度 (realdocs dev half A: r1630, r2946, r3651
    # fixed, none broken; no page of half B has one).
    if fy is None and date is None and not _ROUND_CLOSED.search(text) and (period := _fiscal_year_of_period(text)):
        fy, src["fiscal_year"], start = period
        if year is None:
            year, src["year"] = start, period[1] + " (the year of its first day)"
    if fy is None and date is None and (call := _fiscal_year_call(lines)):
        fy, src["fiscal_year"] = call
    if fy is None and year is None and date is None and (proposal := _latest_proposal_day(text)):
        year, month, src["year"] = proposal
        fy, src["fiscal_year"] = (year if month >= 4 else year - 1), proposal[2] + " (年度 of the day)"
    if fy is None and date is None and (sheet := _sheet_fiscal_year(lines)):
        fy, src["fiscal_year"] = sheet
    if year is None and fy is None and date is None and (act_day := _title_act_day(text, title, lines)):
        y, why = act_day
        year, src["year"] = y.year, why
        fy, src["fiscal_year"] = y.fiscal_year, why + " (年度 of the date)"
    if year is None and fy is None and date is None and (started := _told_start(text, title)):
        # No date and no 年度 at all, but a start the page tells as done (「令和6年4月より運用を開始した新総合防災情報
        # システムは」, 「本WEBサイトは,2002年6月3日より公開内容…が更新されました」) with nothing after it but targets: the
        # change it announces from a day, the present it writes of (bench/realdocs README, dates of pages without a
        # date line).  A start followed by later years it recounts (「平成22年4月1日からサービスを開始しました。
        # 令和2年度は…」) is history.
        y, why = started
        year, src["year"] = y.year, why
        if y.month is not None:
            fy, src["fiscal_year"] = y.fiscal_year, why + " (年度 of the date)"
    if year is None and fy is None and date is None and (announced := _announced_start(text, title, lines)):
        y, why = announced
        year, src["year"] = y.year, why
        fy, src["fiscal_year"] = y.fiscal_year, why + " (年度 of the date)"
    if fy is None and date is None and (meeting := _opened_meeting_fiscal_year(lines)):
        fy, src["fiscal_year"] = meeting
    if fy is None or year is None:
        pfy, pyear = _path_years(path)
        if fy is None and (pfy or pyear):
            fy = pfy or pyear
            src["fiscal_year"] = f"path: {Path(path).name}"
        if year is None and pyear and (fy is None or fy - 1 <= pyear <= fy + 1):
            # Not a year the 年度 disagrees with (「2019_防災計画.md」 holding 令和4年度's plan): a page for a 年度 is written
            # from the year before it (a 概算要求, a plan) to the year after (a report).
            year = pyear
            src["year"] = f"path: {Path(path).name}"
    return fy, year, {k: _text_line_numbers(v, text, lines) for k, v in src.items()}


#: "(line N" and "under line N" in a source: N counts the rules' lines (non-empty, wrapped rows joined).
_LINE_NUMBER = re.compile(r"(?<=\bline )\d+")


def _text_line_numbers(source: str, text: str, lines) -> str:
    """A source's line numbers as the text's own (its Nth line, blank lines counted), where the rules count only the
    lines they read (non-empty, a wrapped paragraph one line): `show --chars` and Index.get() give the text, and
    the README says "(line N)" is its line.  `show` had said (line 20) of a text's line 34 (review43)."""
    def own(m: re.Match) -> str:
        i = int(m.group()) - 1
        return str(text.count("\n", 0, lines[i][0]) + 1) if 0 <= i < len(lines) else m.group()

    return _LINE_NUMBER.sub(own, source) if "line " in source else source
