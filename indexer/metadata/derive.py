"""derive_metadata: one document's year, fiscal year, regions, themes,
organization and type, with manual metadata taking precedence."""

from __future__ import annotations

import functools
import itertools
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from ictsearch.indexer.errors import ExtractionError

from . import NONE_WORDS, address, date_ranker, docinfo, eras, manual, regions, themes
from .dates import LINE_FILLER, derive_years, head_text, is_minutes, later_weekday_year, white_paper_edition
from .eras import YearMention, find_years, fold
from .lines import text_lines, title_proper



@dataclass(frozen=True)
class Metadata:
    title: str | None
    fiscal_year: int | None
    year: int | None
    region: tuple[str, ...]
    prefecture: tuple[str, ...]
    themes: tuple[tuple[str, float], ...]
    organization: str | None
    doctype: str | None
    #: The document's web address: a sidecar's or metadata.csv's, else the page's own.
    url: str | None = None
    sources: dict[str, str] = field(default_factory=dict, compare=False)
    #: What the manual metadata got wrong (an unknown sidecar key): shown by `index` and `show`.
    warnings: tuple[str, ...] = field(default=(), compare=False)




#: An issuer that is a ministry or agency (文部科学省記者会見室, 総合通信基盤局
#: 電波部) or one of the state's incorporated agencies (独立行政法人情報通信研究機構;
#: a 地方独立行政法人 is a prefecture's, and so is a 教育庁, the office of its board of education)
#: is national; one of a region, prefecture or town is not.
_NATIONAL_ORG = re.compile(r"省|(?<!教育)庁(?!舎)|内閣|総合通信基盤局|情報流通行政局|国際戦略局|(?<!地方)独立行政法人|国立研究開発法人")
#: A state abroad (中華人民共和国山東省, a city's partner province): its 省 or 庁 is none of Japan's.
_FOREIGN_STATE = re.compile(r"共和国|王国|合衆国|連邦")
#: (地方自治情報センター, 地方公共団体情報システム機構, 地方創生推進室 serve every local body: national.)
_REGIONAL_ORG = re.compile(r"総合通信(?:局|事務所)|[都道府県市町村区]|警視庁|地方(?!自治|公共団体|創生)|管区|(?:北海道|東北|関東|信越|北陸|東海|近畿|中国|四国|九州|沖縄)")


#: 全国 that starts the name of a tournament or an association of local bodies
#: (全国高等学校総合文化祭, 全国大会, 全国知事会): a prefecture writing about its team
#: or its governor there is not writing about the whole country.  Nor is a town's page on the
#: test of 全国瞬時警報システム (J-ALERT) that its 防災行政無線 relays (review 13).
_NATIONWIDE = re.compile(r"全国(?!大会|高等学校|高校|中学|小学|知事会|市長会|町村会|町村長会|議長会|瞬時警報)")


def _national(text: str, organization: str | None, white_paper: bool) -> str | None:
    """Why the document is national (for `show`), or None when it is not."""
    if white_paper:
        return "a White Paper"
    if organization and _FOREIGN_STATE.search(organization):
        organization = None  # 中華人民共和国山東省: a province abroad, no ministry of Japan
    if _TOWN_NEWSLETTER.search(text, 0, NEWSLETTER_CHARS):
        # A town's newsletter relaying the state's programme (「総務省では、…助成金を交付しています」) is the town's
        # page, whatever ministry it names (see _TOWN_NEWSLETTER).
        return None
    # A body of the law's list (data/national_bodies.tsv: 個人情報保護委員会, 国税庁, NISC …) is national unless
    # what follows its name is an office of one area (総務省 関東総合通信局, 気象庁宇都宮地方気象台); the name itself
    # may hold 府 or 都 (内閣府), which _REGIONAL_ORG would read as a prefecture's.  On the realdocs dev pages of
    # 2026-12-04 the list (with docinfo's guards) made 4 pages right (r3847 r3848 r3732, r2735's prefecture), none wrong.
    if not (organization and _REGIONAL_ORG.search(organization)) and (m := _MINISTRY_ATTENDS.search(text, 0, ATTENDANCE_CHARS)):
        # Before any local voice: a member's 「本市では」 is one member's town, not the council's.
        return f"「{m.group('body')}」 attends as the council's own (its 「{m.group('key')}」 block)"
    name = docinfo.national_name(organization)
    # (An office whose area _REGIONAL_ORG does not know, 中部運輸局 or 第七管区海上保安本部, docinfo does.)
    one_area = docinfo.area_office(organization)
    listed = name is not None and not one_area and not _REGIONAL_ORG.search(organization[len(name):])
    if organization and not one_area and (listed or (_NATIONAL_ORG.search(organization) and not _REGIONAL_ORG.search(organization))):
        if _bureau_self(text) or _relays(text, organization, name):
            # A 総合通信局's page in the ministry's words (総務省電波利用申請・届出システム, 「総務省では…」) that writes
            # of itself as 当局, or a town's page relaying the state body's notice under its name (「消費者庁・
            # 国民生活センターからの情報提供」): not the state's own page (see _BUREAU_SELF and _relays).
            return None
        if organization not in docinfo.ICT_MINISTRIES and (regions.contact_office(text) or regions.own_edition(text)
                                                            or _LOCAL_FIRST_PERSON.search(text) or regions.address_town(text)
                                                            or (_local_signoff(text) and not _speaks_as_itself(text, name))):
            # An agency named near the top (a link 「※消費者庁」) loses to the local body
            # the page tells its readers to ask (お問い合わせ 東根市消費生活センター), or
            # whose own edition of the agency's scheme it presents (士別市版「GIGAスクール構想」),
            # or that speaks in its own voice (_LOCAL_FIRST_PERSON) or signs with its own address (a city's
            # footer).  (These two moved no realdocs dev page, 2026-12-04.)
            # The ministries of ICT policy signing a page stay national whatever its contact block
            # (tests/test_metadata_derive.py); applying it to them too moved no realdocs dev page (2026-12-04).
            return None
        return f"issuer {organization}"
    if organization and ((name is not None and not listed)
                         or (_REGIONAL_ORG.search(organization) and not _NATIONAL_ORG.search(organization))):
        return None  # a bureau or a prefecture writing 「全国各地で」 still writes about its area
    if organization is None and not _LOCAL_SELF.search(text) and not regions.address_town(text):
        # (A town's page relaying the state's notice, 「気象庁は、…」, signs with its own address: realdocs dev
        # 2026-12-04, r4353 fixed, none broken.)
        if m := _NATIONAL_ACTOR.search(text, 0, NATIONAL_ACTOR_CHARS):
            return f"「{m.group()}」 acts in the opening sentences"
        if m := _ENGLISH_STATE_BODY.search(text, 0, NATIONAL_ACTOR_CHARS):
            return f"signed in English by 「{m.group().strip()}」"
    if not (organization and _REGIONAL_ORG.search(organization)) and not _LOCAL_SELF.search(text):
        if m := _MINISTRY_VENUE.search(text, 0, NATIONAL_ACTOR_CHARS):
            return f"meets at 「{m.group(1)}」"
    if organization is None and not _LOCAL_SELF.search(text) and (m := _NATION_SPEAKS.search(text)):
        return f"writes 「{m.group()}」"
    # A prefecture's page on the 全国一斉 test that writes 「県では、…実施しています」 is its own.
    # So is one passing on a state body's call (_RELAYED_SENTENCE), whose 全国 are the body's figures.
    return (NATIONWIDE_TWICE if len(_NATIONWIDE.findall(text)) >= 2 and not _LOCAL_ACTS.search(text)
            and not _RELAYED_SENTENCE.search(text) else None)


#: An office after a town or a prefecture on a page's last line (上田市 市民課 窓口係, 蕨市保険年金課, 〇〇県 デジタル推進課):
#: the closing signature of a local body's page, which may open with the state body it points to (日本年金機構 over a
#: list of links).  Only the last line, and only an office (課, 係, 室, 役場 …): a national body's page ending with a
#: case of a town names the town, not its office (bodies42; on the realdocs dev pages of 2026-12-05 it moved none).
_SIGNOFF_OFFICE = re.compile(r"\s*(?:役所|役場|庁)?\s*[^\s、。()（）]{0,12}?(?:課|係|室|役所|役場|センター)(?:\s*[^\s、。()（）]{1,12}?(?:係|担当|グループ))?\s*$")


def _speaks_as_itself(text: str, name: str | None) -> bool:
    """Whether the listed body opens a sentence as its subject (「国民生活センターは、全国の消費生活相談員…を対象に」): its own
    page, whose last line may be the local contact of its event's venue (会場についてのお問い合わせ / 大阪府消費生活センター),
    which _local_signoff would read as a town's signature (sceptic43: a national forum held in 大阪市 went to 近畿)."""
    if not name:
        return False
    short = re.sub(r"^(?:独立行政法人|国立研究開発法人|地方共同法人|特殊法人|認可法人|株式会社)", "", name)
    return bool(re.search(r"(?:^|[。\n])\s*(?:独立行政法人|国立研究開発法人|地方共同法人)?" + re.escape(short)
                          + r"(?:\s*[(（][^)）]{1,12}[)）])?(?:は、|では、)", text))


def _local_signoff(text: str) -> bool:
    """Whether the page's last line is a local body's office (see _SIGNOFF_OFFICE), and not the last row of a list of
    them (消防庁's table of every prefecture's office in charge, 沖縄県 知事公室防災危機管理課 at its end: breaker38 b46)."""
    lines = [l.strip() for l in text[-400:].splitlines() if l.strip()]
    if not lines or len(lines[-1]) > 40:
        return False

    def office(line: str) -> bool:
        places = regions.find_places(line)
        return bool(places and places[0].start == 0 and places[0].prefecture
                    and places[0].text.endswith(("都", "道", "府", "県", "市", "町", "村", "区"))
                    and _SIGNOFF_OFFICE.match(line, places[0].end))

    if not office(lines[-1]):
        return False
    above = lines[-2] if len(lines) > 1 else ""
    places = regions.find_places(above[:8]) if above else []
    return not (places and places[0].start == 0)


#: A local body's own voice on a page a state body heads (【消費者庁】… then 市民の皆様へ, 文化庁 over 本県の指定件数,
#: 人事院勧告の概要と本県の勧告, 消防庁長官表彰 with 町では、今後も): the page relays the body's word or award, and
#: is the local body's.  Narrower than _LOCAL_SELF, which gates only pages with no issuer: a state body's own
#: page tells of a city's case (神戸市では、), counts 県民所得 or 市民農園, so only the first person (本県, 当市,
#: not 熊本県 or 松本市: realdocs dev r3469, a minister's 福岡県及び熊本県への出張; nor 本町1丁目, a district), a bare 町では and the residents
#: addressed (市民の皆様) count.
_LOCAL_FIRST_PERSON = re.compile(
    r"(?<![\u4e00-\u9fff々])(?:(?:本|当)[都道府県市町村区](?![通丁駅0-9０-９])|[町村]では)|(?:わが|我が)[都道府県市町村区]"
    r"|[都道府県市町村区]民の(?:皆様|皆さん|方々)"
)


#: 当局 standing alone (「当局に申請することができます」, 「過去に当局から交付された免許証」, 「当局では」): how a 総合通信局
#: (or 沖縄総合通信事務所) writes of itself — the ministry writes 当省 or 総務省 — on a page that may otherwise speak only
#: in the ministry's words (電波法関係の手続, 「総務省では…」) and name no place: its place is its block, which only its
#: address gives, never 全国.  Not glued after a word (行政当局, 規制当局, 個人情報保護当局, 警察当局: anyone's
#: authorities) nor after の (各国の当局).  On the realdocs dev pages of 2026-12-05 the 41 pages writing it are all a
#: bureau's (soutsu addresses), none labelled 全国; it took the 全国 of one (half B r3634, a bureau's licence-procedure
#: page), none other moved.
_BUREAU_SELF = re.compile(r"(?<![\u4e00-\u9fff々ァ-ヶーA-Za-z])(?<!の)当局(?![\u4e00-\u9fff])")
#: A heading that passes on a state body's notice (「消費者庁・国民生活センターからの情報提供」, 「総務省からのお知らせ」): the
#: page of the body that relays it (a town's consumer page), whose issuer read from its first lines is the relayed body.
#: …but only on a page that names the 総合通信局 (its own kind: 「総合通信局等に申請書を提出」, 「当局または九州総合通信局に」):
#: 当局 is as well a ministry's own bureau at its headquarters (総務省統計局's 「当局では、全国の世帯を対象に」, 総合通信基盤局's
#: 「(当局)又は各総合通信局」, named then: _HQ_BUREAU) or, in running text, a regulator abroad (「欧州委員会は…。当局は、」)
#: or a tax office's or police's (「当局から、メールで納税を求めることはありません」) — a national page, the country's.
#: sceptic56: of the 61 realdocs dev pages (2026-12-05) writing 当局 standing alone, 57 name a 総合通信局 (all a bureau's; the 4
#: others are three bureau pages naming none, whose issuer is their bureau anyway, and 近畿経済産業局's); none names a
#: headquarters bureau; r3634, the one page the rule moved, names both 当局 and 九州総合通信局.
_BUREAU_KIND = re.compile(regions.BUREAU_WORD)
_HQ_BUREAU = re.compile(r"(?:総合通信基盤|情報流通行政|統計|行政評価|行政管理|自治行政|自治財政|自治税務|国際戦略)局")


def _bureau_self(text: str) -> bool:
    """Whether the page writes 当局 of a 総合通信局 (see _BUREAU_SELF, _BUREAU_KIND, _HQ_BUREAU)."""
    return bool(_BUREAU_SELF.search(text) and _BUREAU_KIND.search(text) and not _HQ_BUREAU.search(text))


_RELAY_HEAD = re.compile(r"から(?:の|届いた)(?:お知らせ|注意喚起|情報提供|ご案内|案内|通知|依頼)")
RELAY_HEAD_CHARS = 400
RELAY_NAME_REACH = 30


def _relays(text: str, organization: str, name: str | None = None) -> bool:
    """Whether the page's first lines pass on a notice of the body read as its issuer (the name within
    RELAY_NAME_REACH characters before 「からの情報提供」 and the like).  On the realdocs dev pages of 2026-12-05 the 5
    pages writing such a heading are all towns' (none labelled 全国); it took the 全国 of one (half B r4272, 佐久市's page
    relaying 消費者庁's warnings), none other moved.  Not when the body signs the page on a line of its own (「総務省から
    のお知らせ」 over 「総務省」: its own notice, tests/regressions/test_places40.py)."""
    if not any(organization in text[max(0, m.start() - RELAY_NAME_REACH):m.start()]
               for m in _RELAY_HEAD.finditer(text, 0, RELAY_HEAD_CHARS)):
        return False  # (looked for first: the checks below read the whole text)
    if re.search(r"(?m)^[ \t\u3000]*" + re.escape(organization) + r"[ \t\u3000]*$", text):
        return False
    if _speaks_as_itself(text, name or organization) and not _local_signoff(text):
        # Nor when the body opens a sentence as its subject (「総務省からのお知らせ」 over 「総務省では、携帯電話の不正利用を
        # 防止するため…」) and no town's office signs the page's last line (小布施町役場 総務課: the town copying the
        # ministry's text): the ministry's own notice, unsigned.  sceptic56: none of the 5 realdocs dev pages
        # (2026-12-05) under such a heading writes its body so (r4272's 「消費者庁が実施した調査では」 is a finding it quotes).
        return False
    return True


#: The 経済産業省's regional bureaus and the 総合通信局 blocks of the prefectures each serves (経済産業省設置法
#: and the bureaus' own 管轄区域 pages): 関東経済産業局 serves 1都10県 (新潟, 長野 and 静岡 besides 関東), 中部
#: 愛知・岐阜・三重・富山・石川, 近畿 福井 and 2府4県; 沖縄 is the 沖縄総合事務局's.  A block is listed when any of
#: its prefectures is served, as the readers label such a bureau's 管内 (realdocs dev half A r4236: 中部 → 東海・北陸).
_METI_BUREAU_BLOCKS = {
    "北海道": ("北海道",), "東北": ("東北",), "関東": ("関東", "信越", "東海"), "中部": ("北陸", "東海"),
    "近畿": ("北陸", "近畿"), "中国": ("中国",), "四国": ("四国",), "九州": ("九州",),
}
_METI_BUREAU = re.compile(r"(?<![\u4e00-\u9fff々])(北海道|東北|関東|中部|近畿|中国|四国|九州)経済産業局")
#: …named as another's funder, certifier or judge (「中部経済産業局の補助金を活用し」, 「近畿経済産業局から認定を受け」,
#: 「九州経済産業局長賞を受賞」): a firm's or a town's page on what it received, not the bureau's own.
_METI_BUREAU_GIVES = re.compile(r"長?(?:賞|表彰|から|より|による|の(?:補助|交付|助成|委託|支援|認定|選定|表彰|事業|公募))")


def _meti_bureau_area(head: str, text: str) -> tuple[str, tuple[str, ...]] | None:
    """(bureau, its blocks) when a page's title or head names one 経済産業局 as its own (its newsletter, its
    report, its 報道発表) and the page speaks as no local body, else None.  Called only for a page naming no
    place, which the words of 経済産業省 would make national (realdocs dev half A r4236, 中部経済産業局's
    メールマガジン, was 全国).  Several bureaus named (a ministry's list of its offices) are no one area."""
    found = {m[1] for m in _METI_BUREAU.finditer(head) if not _METI_BUREAU_GIVES.match(head, m.end())}
    if len(found) != 1 or _LOCAL_SELF.search(text) or _OWN_AREA.search(text):
        return None
    if len({m[1] for m in _METI_BUREAU.finditer(text)}) > 1:
        return None
    name = found.pop()
    return f"{name}経済産業局", tuple(b for b in regions.REGIONS if b in _METI_BUREAU_BLOCKS[name])


#: A town's newsletter by its name, 広報 and the town's name in hiragana (広報はちのへ, 広報ふくさき, 広報みずまき), at
#: the head of a page (its breadcrumb, 「トップ>広報はちのへ>2010.10>」, or its masthead): an issue's article, which
#: relays the state's programmes to the town's residents (bench/realdocs README: a municipal page quoting a
#: national programme is the town's).  Not 広報 before a particle (周知広報のほか, 広報を行う).  A prefecture's is
#: 県広報みやざき, the same form.  Realdocs dev 2026-12-05 (national43): 7 half-A pages and 9 half-B pages write
#: one, none labelled 全国; it took 全国 from r3322 (広報はちのへ on 総務省's subsidy for shared reception, labelled
#: 東北 / 青森県 by its 総務省青森県テレビ受信者支援センター), none other moved.  Nor 広報 as a verb (広報しています,
#: 広報されている, 広報いたします: a ministry's own sentence), whose kana a town's name never opens with.
#: Nor 広報 before a longer particle (政府広報からのお知らせ, 広報および啓発, 広報などを通じて, 広報はこちら): the
#: name ends where the masthead does, before a line's end, a step's >, a bracket, a comma or the issue's date
#: (広報ふくさき令和6年1月号, 広報みずまき(お知らせ版), 広報ひろの、), never glued to a word in kanji (sceptic45: the
#: 6 half-A pages writing one end so; 内閣府政府広報室's 「政府広報からのお知らせ」 lost its 全国).
_TOWN_NEWSLETTER = re.compile(r"広報(?![のをにがとやでもへ]|し[てたまなよ]|す[るべ]|され|させ|いたし|でき"
                              r"|から|まで|など|および|より|だけ|ばかり|はこちら|について|において)[ぁ-ゖー]{3,8}"
                              r"(?![ぁ-ゖ])(?![\u4e00-\u9fff々](?<!令)(?<!平)(?<!昭)(?<!第))")
NEWSLETTER_CHARS = 300
NATIONWIDE_TWICE = "全国 named twice"
#: A minister's (or an agency head's) press conference speaks for the country whatever it
#: reports: a disaster in one prefecture, a visit to a town (高市総務大臣閣議後記者会見 on the 那須町
#: avalanche, 平デジタル大臣記者会見 announcing a visit to 長岡市) is one of its topics, so its
#: regions are 全国 and that block, as a White Paper's are.  Not a governor's or a mayor's
#: (知事記者会見 is the prefecture's).  On the realdocs dev pages of 2026-12-02 the 51
#: conferences gain 6 right regions (r3440 r3441 r1209 r1229 r1343 r2432) and lose 2 (two
#: readers left 全国 off a conference on one disaster).
_MINISTER_CONFERENCE = re.compile(r"(?:大臣|長官)[^\n。、]{0,12}?(?:記者)?会見|閣議後(?:記者)?会見")
#: Words only the state writes of itself (我が国の領土, 関係省庁と連携): with no issuer and no
#: local voice, a page naming a place in passing (北方領土をはじめわが国の領土である島しょ部) is
#: national.  On the realdocs dev pages of 2026-12-02 all 20 pages it decides are labelled 全国
#: with no prefecture; held-out unchanged.
_NATION_SPEAKS = re.compile(r"我が国|わが国|関係省庁|府省")


#: With no issuer found, a ministry, agency or the government acting in the opening
#: sentences (「農林水産省は、」「観光庁では、」「政府において」「内閣官房は、」) makes a national document,
#: unless the text speaks as a local body (本市, 当町, 県では, 県民 …; 都道府県では、 and
#: 市町村では、 speak of every local body, not as one).  A 支庁 (西臼杵支庁, 大島支庁) is a
#: prefecture's branch office, not a state agency.  市民社会 (civil society, 消費者市民社会) is
#: no town's residents.
_NATIONAL_ACTOR = re.compile(
    r"(?:[\u4e00-\u9fff]{1,6}省|[\u4e00-\u9fff]{1,4}(?<![都道府県市町村区])(?<!警視)(?<!支)(?<!教育)庁|政府|内閣(?:官房|府))(?:(?:では|は)[、,]|において)"
)
#: So does a local assembly's record in its own words: its 定例会 (the Diet's sittings are 常会 and
#: 臨時会; not a 定例会見 or 定例会議), a member's 一般質問 (the Diet's are 質疑 and 代表質問), and the
#: 意見書 it sends the state under 地方自治法第99条: whatever 国民 or 我が国 it writes to the state, the
#: page is the assembly's.  On the realdocs dev pages of 2026-12-03 every one of the 72 pages writing
#: one is labelled without 全国; 5 of them had it (r3657 r3965 r4089 r4160 r2618), none gained it.
#: So does a committee's 所管事務調査 (the Diet's committees hold 国政調査): the 4 dev pages of 2026-12-04
#: writing it are labelled without 全国; 1 had it (r3330), none gained it.
#: And a town or a village writing of itself as 町では / 村では with no name before it (今年度、村では6人の
#: 隊員を採用しました), comma or not (realdocs dev 2026-12-04: r4206 fixed, none broken); not 市では, which
#: a national page's statistics write (市では100%であるが、町村では…).
#: So does a prefecture's budget in its own words: what it pays alone (財源:単県, 県単事業: 単独県費), which the
#: state never writes of itself (realdocs dev 2026-12-05: half A r3778 fixed, a 鳥取県 budget sheet on 緊急地震速報
#: that wrote 国民保護; none broken; half B unchanged).
#: 市民 listed after 自治体 among a programme's stakeholders (「企業や地方自治体・市民などの多様なステークホルダー」) is
#: citizens at large beside every local body, no town's word for its own (places49, realdocs dev 2026-12-05: the 2 dev
#: pages writing it are JST's, labelled 全国; half B r4795 gained its 全国, none broken).  But 市民の皆さん after 自治体や is
#: the page's own readers addressed (「大学や企業、自治体や市民の皆さんが集まり」 on a city's page; sceptic74).
#: 本学 is a university's word for itself (「本学工学部の研究グループの提案が、JSTの未来社会創造事業に採択されました」):
#: its page is the university's, whose place only its address gives, however many state bodies it names (sceptic74;
#: realdocs dev 2026-12-05: the 3 dev pages writing it name their place and are labelled so).
#: So is 県は、 (市は、, 町は、) standing as a word: a body speaking of itself as the subject of its own acts (「県は、国立研究開発
#:法人防災科学技術研究所と連携協定を締結し」), where the state writes 都道府県は or names the prefecture (sceptic74; realdocs dev
#: 2026-12-05: the 13 dev pages writing it, none labelled 全国).
#: 市民ラジオ is a kind of radio station (27MHz帯のトランシーバ, licence-free under 電波法), no town's residents: the state's
#: FAQ on licences lists it beside 微弱な無線局 (realdocs dev 2026-12-05, national44: half B r1918 fixed, none broken; the
#: 7 other dev pages writing it name their place or are labelled so).
#: 本 / 当 glued after a kanji is inside a name, not a body's word for itself: 熊本県, 松本市, 岸本町
#: (changed no realdocs or White Paper page, 2026-12-05) — but after a word of time it is the body's
#: word again (「令和5年度本町の取組として」, 「今回本市では」, 「現在当市の」: breaker37's pages; no name
#: of the gazetteer ends so).
_LOCAL_SELF = re.compile(
    r"(?:(?<![\u4e00-\u9fff々])|(?<=[度年月在回般後際]))(?:本|当)[都道府県市町村区]|(?:わが|我が)[都道府県市町村区]|(?<!政)(?<!都道府)(?<!市区町)(?<!市町)[都道府県市町村区](?:では|としては)[、,]"
    r"|(?<!自治体・)(?<!自治体、)(?<!自治体や)(?<!自治体及び)[市町村区]民(?!社会|ラジオ)|[市町村区]民の皆|(?<!都道府)県民"
    r"|(?<![\u4e00-\u9fff々])[町村]では|(?<![\u4e00-\u9fff々])本学(?![術習])|(?<![\u4e00-\u9fff々])[県市町村]は[、,]"
    r"|定例会(?![見議合])|一般質問|所管事務調査|地方自治法第(?:99|９９|九十九)条"
    r"|単県|(?<![都道府])県単(?!位)"
    # A fire service writing of itself (当消防本部, 本消防局, 当消防組合): fire services are the towns' (消防組織法第6条), the
    # state's 消防庁 writes of 消防本部 as a class.  Realdocs dev 2026-12-05 (places46): the one dev page writing it (half B
    # r4728, 伊予消防's drone page writing 全国での普及) lost its wrong 全国.
    r"|(?<![\u4e00-\u9fff々])(?:本|当)消防(?:本部|局|組合)"
)
#: A prefecture's own word for itself (本県, 当県): which prefecture, only its address says.  Not
#: glued after other kanji, nor before 通 / 丁目 / 駅 (a district's name: 本町通り).
_OWN_BODY = re.compile(r"(?<![\u4e00-\u9fff々])(?:本|当)([都道府県])(?![通丁駅])")
#: A local body speaking of itself as an actor (本県, 当市, 県では、), not only of its residents
#: (市民自らが is in a ministry's pages too).
_LOCAL_ACTS = re.compile(
    r"(?:(?<![\u4e00-\u9fff々])|(?<=[度年月在回般後際]))(?:本|当)[都道府県市町村区]|(?:わが|我が)[都道府県市町村区]|(?<!政)(?<!都道府)(?<!市区町)(?<!市町)[都道府県市町村区](?:では|としては)[、,]"
)
NATIONAL_ACTOR_CHARS = 400
#: A ministry's or agency's English name on a line of its own (a letterhead: 「Ministry of Internal Affairs and
#: Communications」, 「Digital Agency / デジタル庁」) on a page with no issuer found: an English page of the
#: state's, which had no region (breaker38's written pages: MIC's FY2023 radio-fee results).  Not a name inside
#: a sentence (「…, the Ministry of Internal Affairs and Communications announced」 on a city's English page).
_ENGLISH_STATE_BODY = re.compile(
    r"^[ \t]*(?:Ministry of [A-Z][A-Za-z,]*(?: (?:and|of|the|[A-Z][A-Za-z,]*))*|Cabinet Office|Digital Agency"
    r"|Reconstruction Agency|Japan Fair Trade Commission|Personal Information Protection Commission"
    r"|National Police Agency|Fire and Disaster Management Agency|Japan Meteorological Agency)"
    r"(?:[ \t]*\([A-Z]{2,6}\))?[ \t]*(?:/[^\n。]*)?$", re.M)
#: A meeting whose venue is a ministry (会場:農林水産省本館, 場所 第1特別会議室(総務省8階),
#: 於:中央合同庁舎第4号館, 場  所 : 官邸2階 大ホール) is that ministry's or the cabinet's council
#: or press conference: national.  (Field labels are often spaced out to align: 日  時, 場  所.)
_MINISTRY_VENUE = re.compile(
    r"(?:場\s*所|会\s*場|於)\s*[:：]?\s*[^\n。]{0,16}?((?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,6}省(?!庁)|中央合同庁舎|(?<![\u4e00-\u9fff])(?:首相)?官邸)"
)


#: A meeting's record whose list of those present names a ministry or the cabinet's office on a line of its own,
#: its officials below (4.出席者 / 委員 堀田座長… / 文部科学省 / 藤原総合教育政策局長…, or 事務局 / 総務省 …): the
#: ministry's own council, national even when a member speaks of 本市 (尼崎市's member on its education data).  A
#: town's or a prefecture's council lists its own departments there; a ministry's bureau office (総務省東北総合通信局,
#: written on, no space after 省) is regional and does not count, nor does one below an オブザーバー, 説明者, 来賓,
#: 参考人 or 傍聴 line (a guest).  The field opens its line (3.出席者, 事務局): a town's footer 「…協議会事務局」 over
#: its links (総務省 / 内閣府, each on its line) is no list of those present.  Read before the issuer's guards: a record listing 文部科学省 is read as issued by
#: it, and a member's 本市 would otherwise make it local.  On the realdocs dev pages of
#: 2026-12-05, the 6 records with one (r409 r3122 r3123 r3137 of half A, r3119 r1915 of half B) are all labelled 全国;
#: it gave r3123 its 全国, the others had it.
_MINISTRY_ATTENDS = re.compile(
    r"(?:^|\n)[ \t　0-9０-９.．()（）]*(?P<key>出席者|出席委員|事務局)[^\n]{0,10}\n(?:(?![^\n]*(?:オブザーバー|説明|来賓|参考人|傍聴))[^\n]*\n){0,25}?[ \t　]*"
    r"(?P<body>(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,6}省|内閣府|内閣官房|デジタル庁)[ \t　]*\n")
ATTENDANCE_CHARS = 6000


#: Words only the national government writes of itself, and 全国 itself: a document
#: that names no place at all and speaks so (another ministry's White Paper section:
#: 「関係省庁と連携し」; a budget table of 政府予算額; a council on a 全国 platform; a
#: notice to 各都道府県教育委員会, a survey of what 都道府県では、47団体すべてが do, a
#: national body's page on what is needed 「地方公共団体における」) is about the whole
#: country.  On the project's tune labels and the realdocs dev pages (with the new pages of
#: 2026-12-02) every document with one of these, no place and no local voice is 全国 (23 of 23).
#: So is every local body written as one (「災害時においては、各地方自治体は住民に対して」, 各自治体, 全国の自治体,
#: 全ての自治体: 消防庁's e-college, a ministry's guide), which only the state addresses so; a prefecture writes
#: 管内各自治体, 県内各自治体, 圏域各自治体 (not glued after 県, 市, 町, 村, 区, 内 or 域) or 県内の各自治体 (its own
#: area, _OWN_AREA), a town 近隣の各自治体 beside its 本町 or 町民 (_LOCAL_SELF).  On the realdocs dev pages of 2026-12-05 it gave 全国 to one page of half
#: A (r4638), none wrong; half B unchanged.
#: So is a scheme's field naming the state body in charge of it (所轄省庁 内閣府, 所管府省: 経済産業省), as the
#: catalogues of the state's support schemes give it, whatever 交付金 or 補助金 the scheme pays; a prefecture's
#: list of its own aid writes 担当課, and one quoting the state's scheme for its towns writes 県内 (_OWN_AREA).
#: On the realdocs dev pages of 2026-12-05 it gave 全国 to one page of half A (r1025), none wrong; half B unchanged.
#: So are the cabinet's decision (閣議決定) and the country's land (国土の管理, 電子国土; not a
#: 国土交通省 nor the 国土強靱化 plan every town writes): on the realdocs dev pages of 2026-12-03
#: they made 3 pages 全国 (r3635 r2210 r1533), all labelled so, none wrong.  Nor the plans and
#: surveys a town makes under the country's laws: its 国土強じん化地域計画 (強靱 in kana), its
#: 国土利用計画, its 地籍調査 under the 国土調査法 (those 3 dev pages and all others unchanged).
#: (全ての地方公共団体 as 全ての自治体: every local body, the state's word for them — 「ぴったりサービスは全ての地方公共団体で
#: できるのですか?」 in 内閣府's FAQ.  places49, realdocs dev 2026-12-05: of the 5 dev pages writing it, r719, r3471 and
#: half B r4844 are labelled 全国 (r4844 fixed), r2845 is a bureau's (its 九州 read first) and r2232 had its 全国 already.)
_NATIONAL_VOICE = re.compile(
    r"関係省庁|府省|我が国|わが国|政府|国民(?!健康保険|年金|体育|文化祭)|各都道府県|全都道府県|47都道府県|都道府県では|地方公共団体に(?:おける|おいて)|"
    r"(?<![県市町村区内域])各(?:地方)?自治体|(?<![県市町村区内域])各地方公共団体|全国の(?:地方)?自治体|全ての(?:地方)?自治体|全自治体|(?:全て|すべて)の地方公共団体|"
    r"所(?:管|轄)(?:省庁|府省|官庁)[\s:：]*(?:内閣|[\u4e00-\u9fff]{1,8}(?:省|(?<![都道府県])庁)(?![\u4e00-\u9fff]))|"
    r"閣議決定|国土(?!交通|強靱|強靭|強じん|利用計画|調査)|"
    # The enacting words of a cabinet order or a ministry's ordinance (官報: 「内閣は、…この政令を制定する。」,
    # 「…省令を次のように定める。」): the state's own law, where a local body's 条例 and 規則 are enacted
    # otherwise.  No realdocs page of 2026-12-05 writes them; ../shared/corpus/pdf/real/kampo.pdf does.
    r"政令を制定する|省令を次のように定める|(?m:^)内閣は、|"
    # A council's or a commission's relation to its minister: the minister's 諮問 it answers (「総務大臣からの諮問について、
    # 答申を行いました」) and the report it submits to the minister (「…令第14条に基づき、総務大臣に対して…年次報告を提出
    # しました」): the state's own councils, where a town's and a prefecture's answer their 市長 and 知事.  (A town's
    # 意見書 to a minister is its assembly's: _LOCAL_SELF.)  Realdocs dev 2026-12-05 (national44): the 2 dev pages
    # writing one are labelled 全国; it gave half B's r4075 (電気通信事業紛争処理委員会's annual report) its 全国.
    r"大臣(?:から|より)の?諮問|大臣に(?:対して|対し)?[^。\n]{0,40}?(?:答申|報告書?を提出)|"
    # The 行政相談委員 the 総務大臣 commissions across the country (行政相談委員法), whose cases the ministry publishes
    # (「相談を受けた行政相談委員から通知を受けた総務省行政相談センターが…」).  A town's page announcing their
    # 相談所 writes its 市民 or 町民 (_LOCAL_SELF).  Realdocs dev 2026-12-05 (national44): the 3 dev pages writing it are
    # labelled 全国; it gave half B's r3491 its 全国.
    r"行政相談委員|"
    # The bureau the reader's place falls under (「施設所在地を管轄する総合通信局にお問い合わせください」, 最寄りの総合通信局):
    # the ministry sending the whole country to whichever of its bureaus, where a bureau writes 当局 (_BUREAU_SELF, read
    # first) and a town its own counter.  national45: on the realdocs dev pages of 2026-12-05 two pages write it, half B
    # r4121 (総務省's Q&A on the 辺地共聴 grants, labelled 全国: fixed) and r3634 (a bureau's page writing 当局: unchanged).
    r"(?:管轄する|管轄の|最寄りの|最寄の)総合通信局|"
    # The local bodies written of as one class, acting (「ICTを利活用した事業を実施している地方公共団体は各分野で増加傾向に
    # あり」, 「これまで地方公共団体では、様々な住民サービスを」): a White Paper's or a ministry's survey of them, where a
    # town writes 本市では.  Not a law's duty quoted (国及び地方公共団体は, 「地方公共団体は、…法(平成26年法律第136号)」),
    # which a town's page cites.  Realdocs dev 2026-12-05 (national44): it gave half B's r4626 (情報通信白書's 総括) its 全国;
    # the other dev page writing it without a place named (r4022) is labelled 全国.
    r"(?<!及び)(?<!並びに)(?<![やと・])地方公共団体(?:は|では)(?![^。\n]{0,40}法律第)|"
    + _NATIONWIDE.pattern
)


#: A page that opens on a chapter's or a section's heading (第2節 デジタル化が変えるサービス越境取引,
#: 第5章 その他の小規模企業振興関係施策): a White Paper's section saved alone, its edition only in its
#: address.  Only at the page's opening: 第N章 anywhere (a town's plan has chapters too) was tried
#: and left out (see _NATIONAL_BODY).  On the realdocs dev pages of 2026-12-04, 83 open so within
#: their first 3 non-blank lines (OPENING_CHAPTER_LINES): 78 are labelled 全国, the others name their place (r3511 r4168 r4066) or are
#: already given 全国 by another word (r2620); it gave 3 more pages their 全国 (r1032 r3232 r4386), none wrong.
_OPENING_CHAPTER = re.compile(r"\s*(第[0-9０-９一二三四五六七八九十]{1,3}[章節])(?![\u4e00-\u9fff])")
OPENING_CHAPTER_LINES = 3
_LINE = re.compile(r"[^\n]+")


def _opening_chapter(text: str) -> re.Match | None:
    """The 第N章 or 第N節 that opens one of a page's first non-blank lines, or None."""
    opening = itertools.islice((line for line in _LINE.finditer(text) if line.group().strip()), OPENING_CHAPTER_LINES)
    return next((m for line in opening if (m := _OPENING_CHAPTER.match(line.group()))), None)


#: A title presenting the page as a state body's notice passed on (消費者庁からの注意喚起, 国からのお知らせ,
#: 国民生活センターからの情報提供): a town relays it to its residents, whatever 大臣 or 国民 the notice writes;
#: the body itself titles its notice without naming where it comes from.  Realdocs dev 2026-12-05: half A
#: r4271 fixed (八潮市's page of 消費者庁's warnings), none broken; half B unchanged.
_RELAYED = re.compile(r"(?:省|庁|国|センター|機構|委員会)から(?:の|届いた)(?:お知らせ|注意喚起|情報提供|ご案内|案内|通知|依頼)")
#: …and the body's sentence that passes it on: a state body as the subject of が (not は: a body writes of itself
#: with は) whose call or publication is the reason the page is written (「国民生活センターが被害の未然防止のために
#: 注意を呼び掛けておりますので、お知らせします」).  Realdocs dev 2026-12-05 (national43): one half-A page writes it
#: (r3443, 神奈川県's page, labelled without a region), fixed; half B unchanged.
_RELAYED_SENTENCE = re.compile(
    r"(?:省|庁|センター|機構|委員会|政府|国)が[^。]{0,80}?(?:呼び掛け|呼びかけ|注意喚起|公表し|発表し)[^。]{0,16}?(?:ので|ため)、?"
    r"(?:お知らせ|ご案内|ご紹介|紹介)(?:します|いたします)")


#: A step of a breadcrumb trail naming a local body's site's menu for its residents (ホーム>くらし>マイナンバー,
#: トップページ>暮らし・手続き>…): the state's sites file their pages by policy, not by 暮らし (政府広報's
#: 「暮らしに役立つ情報」 is no such step).  On the realdocs dev pages of half A, 2026-12-05, none of the 4 pages with one
#: is labelled 全国; it took 全国 from r2104 (a town's page on マイナンバー writing 国民), none broken; half B unchanged.
_LOCAL_MENU = re.compile(r"(?:^|[>＞]\s*)(?:くらし|暮らし)(?:[・･][^>＞\n]{1,8}|の(?:情報|案内)|と手続き)?\s*[>＞]", re.M)


#: A site a national body runs, by its proper name (おおたかどや山標準電波送信所, 〇〇電波観測所, 沖縄電磁波技術センター
#: is not one: センター names offices too).  Not a kind of site named for the whole country (各地の送信所, 全国の観測所).
_SITE = re.compile(r"(?<![\u4e00-\u9fff\u3041-\u309f\u30a1-\u30fa])(?!各|全国|全て|全)[\u4e00-\u9fff\u3041-\u309f\u30a1-\u30fa\u30fc]{2,16}?"
                   r"(?:送信所|送信局|観測所|観測局|観測施設|天文台|研究所|試験場|実験場)")
#: Where the text places it: 「福島県の「おおたかどや山標準電波送信所」」, 「…にある」, or its line's bracket after it
#: (「おおたかどや山標準電波送信所 (JJY: 40 kHz、福島県)」).
_SITE_BEFORE = re.compile(r"\s*(?:の|にある|に位置する|に所在する)\s*[「『]?\s*$")
_SITE_BRACKET_AFTER = re.compile(r"[」』]?\s*[(（][^()（）\n]{0,30}$")
#: A title naming the site as the first of several (十勝農業試験場等5か所, おおたかどや山送信所及びはがね山送信所, …観測所
#: ほか): a national programme's places or a body's sites in general, which keep 全国 (bench/realdocs README: a
#: national programme naming several places is 全国 with their places).
_ONE_OF_SITES = re.compile(r"[」』]?\s*(?:等|など|ほか|外|や|と(?![しっ])|及び|および|並びに|・|、|,|，)")


def _own_site(text: str, title: str, organization: str | None) -> tuple[str, str] | None:
    """(site, prefecture) when a national body's page is about one site of its own that its title names and its
    text places in one prefecture, else None.  Such a page — one station's notice of reduced power, an
    observatory's outage — takes that place only (bench/realdocs README, "Conventions for national pages about
    places": one station's notice, r3908; a page on two or three of a national body's own sites has those places
    only), where the national issuer alone would read its place as a passing mention and keep 全国.  The title's
    site only: another site the text gives as background (the other station 「はがね山標準電波送信所」) is not the
    page's subject.  Realdocs dev 2026-12-05 (national43): one half-A page has the form (r3908, NICT's notice on
    おおたかどや山, labelled 東北 / 福島県 only), fixed; half B unchanged."""
    m = _SITE.search(named := title_proper(title) or title)
    if not m or (organization and (m.group() in organization or organization in m.group())):
        return None  # (the issuer itself, 防災科学技術研究所 on its own page, is the body, not one of its sites)
    if _ONE_OF_SITES.match(named, m.end()):
        return None  # 「十勝農業試験場等5か所で…」: one of several places, a programme's (sceptic45)
    name = m.group()
    prefs = set()
    for at in (i.start() for i in re.finditer(re.escape(name), text)):
        for p in regions.find_places(text[max(0, at - 40):at + len(name) + 30]):
            if not p.prefecture:
                continue
            lo = max(0, at - 40)
            if p.end + lo <= at and _SITE_BEFORE.match(text[p.end + lo:at]):
                prefs.add(p.prefecture)
            elif p.start + lo >= at + len(name) and _SITE_BRACKET_AFTER.match(text[at + len(name):p.start + lo]):
                prefs.add(p.prefecture)
    return (name, prefs.pop()) if len(prefs) == 1 else None


#: A place the page takes as its example (「岩手県」を例に挙げ, 大船渡市を一例として): what a page on something wider
#: than the place writes — a national site's data walked through for one prefecture, a survey's results shown
#: for one town.  With a passage on the country (regions._COUNTRY_PASSAGE: 全国の様々な地域で, 全国で見た時) and no
#: local body speaking of itself (本市, 当町, 県では: _LOCAL_FIRST_PERSON, _BARE_SELF), the page is 全国 as well as the place (bench/realdocs README, "Conventions for
#: national pages about places": a national site or programme explained through one town as its example, r4556).
#: Realdocs dev 2026-12-05 (national43): 2 half-A pages write 「…を例に」, r4556 (labelled 全国 and 東北) fixed; the
#: other (a bureau's lecture 「首都直下地震を例に」) names no place so; half B: one page writes it, unchanged.
#: A local body's bare word for itself acting (県では、, 市では、; not 静岡県では、, a place the page speaks of).
_BARE_SELF = re.compile(r"(?<![\u4e00-\u9fff々])[都道府県市町村区](?:では|としては)[、,]")
#: Not 〜を事例として: a case study's word (a 事例集's 「岩手県遠野市を事例として…紹介します」 under 「全国の自治体の参考と
#: なるよう」, its programme's framing sentence), whose page takes its place only (the same README convention: a case
#: study is wholly about one place; sceptic45's page).
_AS_EXAMPLE = re.compile(r"[」』]?\s*を(?:例|一例)(?:に|として|と(?:し|っ)て)")


def _place_as_example(text: str, prefectures: tuple[str, ...]) -> str | None:
    """The first place of one of the page's prefectures that the text takes as an example, or None."""
    return next((p.text for p in regions.find_places(text)
                 if p.prefecture in prefectures and _AS_EXAMPLE.match(text, p.end)), None)


#: An office of a state body's 地方支分部局 named for its place (国土交通省 山口河川国道事務所, 八戸港湾・空港整備事務所,
#: 宇都宮地方気象台, 青森運輸支局, 那覇海上保安部): its page is that place's, as a 地方整備局's or a 地方気象台's is its
#: area's (bench/realdocs README, "Conventions for national pages about places": those offices are not national
#: issuers), where the ministry's name before it (国土交通省 in the contact line, 「私たち国土交通省では」) would make the
#: page national.  The place is the name right before the office's kind, read as a prefecture's or a town's stem.
#: Only when every such office named is in one prefecture (a list of the country's 河川事務所 is not one place's), the
#: page writes no 全国 and names no bureau of the ministry's headquarters (国土交通省 水管理・国土保全局 as a contact
#: beside the office: the ministry's own page), and the places the page names are in that prefecture alone.
#: places49, realdocs dev 2026-12-05: the 16 dev pages naming such an office are all labelled without 全国; it fixed
#: half A r4876 (山口河川国道事務所's river cameras, 全国 → 中国/山口県) and half B r4839 (a port office's work, 全国 →
#: 東北/青森県), none broken.
_PLACE_OFFICE = re.compile(r"(?:河川国道|河川|国道|港湾・空港整備|港湾|空港整備|砂防)事務所|地方気象台|運輸支局|海上保安部")
#: …but not an office a national campaign gives as its example (「海上保安庁は、…強調運動を実施します。例えば横浜海上保安部
#: では、…呼びかけを行います」, 「〇〇河川国道事務所を例に」, 「取組例:横浜国道事務所、川崎国道事務所」, 「宇都宮地方気象台など
#: 各地の気象台」): the campaign is the country's (sceptic74; r4876 and r4839, the pages the rule was made for, write none).
_EXAMPLE_BEFORE = re.compile(r"例えば|たとえば|例として|例[:：]|取組例|事例")
_EXAMPLE_AFTER = re.compile(r"\s*(?:など|等(?![\u4e00-\u9fff]))")
_HQ_BUREAU_CONTACT = re.compile(r"(?:省|庁)\s?(?:大臣官房|(?![\u4e00-\u9fff・]*(?:地方|管区|北海道|東北|関東|北陸|中部|近畿|中国|四国|九州|沖縄))"
                                r"[\u4e00-\u9fff・]{2,10}局(?![\u4e00-\u9fff]))")


@functools.lru_cache(maxsize=1)
def _national_name_re() -> re.Pattern:
    """docinfo's reading of a state body's name standing alone, behind a look-ahead for the first characters its
    names and legal forms open with (twenty times faster on a long text with none: hostile_inputs' fy_figure_rows)."""
    first = {n[0] for n in docinfo.NATIONAL_BODIES} | {n[0] for n in docinfo.ICT_MINISTRIES} | set("独国地特認株")
    return re.compile("(?=[" + re.escape("".join(sorted(first))) + "])" + docinfo._NATIONAL_NAME)


#: How far back an office's sentence is read for an example's word (例えば …): a sentence of a real page is far shorter.
OFFICE_SENTENCE_REACH = 200


def _place_office(text: str) -> tuple[str, str] | None:
    """(office, prefecture) when every office of _PLACE_OFFICE the text names is named for a place of one prefecture."""
    found: dict[str, str] = {}
    for m in _PLACE_OFFICE.finditer(text):
        pref = next(((text[m.start() - n:m.end()], p) for n in (4, 3, 2) if m.start() >= n
                     and (p := regions.stem_prefecture(text[m.start() - n:m.start()]))), None)
        # Its sentence, back at most OFFICE_SENTENCE_REACH characters: a text without 。 (a list of the country's
        # offices on one line) made every office's look-back the whole text before it (200,000 characters: 0.67 s at
        # the session's start, 7.0 s with places49's rule).
        reach = max(0, m.start() - OFFICE_SENTENCE_REACH)
        if pref is None or _EXAMPLE_BEFORE.search(text, text.rfind("。", reach, m.start()) + 1 or reach, m.start()) \
                or _AS_EXAMPLE.match(text, m.end()) or _EXAMPLE_AFTER.match(text, m.end()):
            continue
        found[pref[0]] = pref[1]
        if len(set(found.values())) > 1:
            return None  # offices of two prefectures: no one place's page, whatever else the text names
    prefs = set(found.values())
    return next(iter(found.items())) if len(prefs) == 1 else None


def _national_voice(text: str, organization: str | None) -> str | None:
    """Why a document that names no place is national, or None."""
    if organization and _REGIONAL_ORG.search(organization):
        return None
    if ((m := _BODIES_COUNTED.search(text)) and not _LOCAL_ACTS.search(text) and not _OWN_AREA.search(text)
            and not _LOCAL_MENU.search(text) and not _LOCAL_FIRST_PERSON.search(text)):
        # Before _LOCAL_SELF: a page counting the country's local bodies writes their 市民 and 住民 in the third
        # person (「市民カード化構想」), which only its own 本市 or 市では would make a town's word — or its readers
        # addressed as its own (市民の皆さん, _LOCAL_FIRST_PERSON: a mayor's column thanking the towns that joined).
        return f"names its towns as examples of a count of local bodies (「{m.group()}」)"
    if (_LOCAL_SELF.search(text) or _OWN_AREA.search(text) or regions.ambiguous_town_acts(text) or _LOCAL_MENU.search(text)
            or _PAGE_NUMBER.search(text) or _OWN_HEAD_COUNCIL.search(text) or _bureau_self(text) or _OWN_HALL.search(text)
            or (organization and _relays(text, organization, docinfo.national_name(organization)))):
        # (a town named so: see derive_metadata's NATIONWIDE_TWICE; a bureau's 当局: _BUREAU_SELF; a page relaying a
        # state body's notice under its name, whose 国民 or 最寄りの総合通信局 are the relayed body's words: _relays —
        # sceptic56, a town's 「総務省からのお知らせ」 sending its readers to 最寄りの総合通信局 had gone 全国)
        return None
    cited = _cites_the_cabinet(text)
    local = _LOCAL_THINGS.search(text)
    voices = [v for v in _NATIONAL_VOICE.finditer(text) if not (cited and v.group() == "閣議決定")
              and not (v.group() == "行政相談委員" and _CONSULTATION_DAY.search(text))]
    if (voices and all(v.group() == "国民" for v in voices) and _to_the_office(text)
            and not _RESIDENCE_OFFICE.search(text)):
        # 国民 alone on a page that has its readers come to its office (来庁): the scheme's purpose a town's page
        # quotes (「国民の利便性を高め公平公正な社会を実現する社会基盤です」 on its マイナンバーカード page, 交付時来庁方式),
        # not the state's voice.  Realdocs dev 2026-12-05 (national43): of the 8 half-A pages given 全国 by 国民, the
        # one writing 来庁 (r2909) is labelled without 全国, the 7 others do not write it and stay.  (Any of
        # _LOCAL_THINGS instead — 住民, 窓口, 交付金 — fixed a half-B town's page and took 全国 from two national
        # ones: dropped.)
        voices = []
    m = voices[0] if voices else None
    # (A ministry written before its office of one area, 経済産業省中部経済産業局 heading its bureau's mail magazine,
    # names that office: no national voice.  Realdocs dev 2026-12-05: half A r4236's 全国 gone, none broken; half B
    # unchanged.)
    bodies = [] if local else [b for b in _NATIONAL_BODY.finditer(text) if not docinfo._AREA_OFFICE.match(text, b.end())]
    senders = {b.group() for b in bodies if _NOTICE_RECEIVED.match(text, b.end())}
    body = next((b for b in bodies if b.group() not in senders), None)
    if not (m or body or local):
        # Any body of data/national_bodies.tsv standing alone counts as 総務省 or 会計検査院 does (防災科学技術研究所
        # visited in 地震本部ニュース).  places49, realdocs dev 2026-12-05: half A r4873 given its 全国, half B r4525 its
        # 全国 among five blocks; no other dev page and no wp-dev page moved.  (Read only when nothing above spoke, and
        # through _national_name_re's look-ahead: 0.003 s over 200,000 characters, 0.06 s without.)
        named = [b for b in _national_name_re().finditer(text) if not docinfo._AREA_OFFICE.match(text, b.end())]
        senders |= {b.group() for b in named if _NOTICE_RECEIVED.match(text, b.end())}
        body = next((b for b in named if b.group() not in senders), None)
    m = (m or body or _WHITE_PAPER_FIGURE.search(text)
         or _LAW_NUMBER_SHORT.search(text)
         or (None if local or _CONTACT_LINE.search(text) else _FOOTNOTE_MARK.search(text))
         or (None if local or not _ISSUES.search(text) else _PROPOSAL.search(text)))
    if m:
        return f"names no place and writes 「{m.group()}」"
    m = None if local else _opening_chapter(text)
    return f"names no place and opens on 「{m.group(1)}」, a White Paper's heading" if m else None


#: A town's or a village's hall as the reader's counter (「役場窓口に届け出て再交付を受けてください」, 役場住民課): the page of
#: the town that keeps it, relaying a national scheme (後期高齢者医療's 資格確認書, マイナ保険証) whose 全国 or 国民 are the
#: scheme's words.  Not the class the state writes of (市町村役場, 市区町村役場, 町村役場, 各役場, お住まいの…役場, 最寄りの
#: 役場), nor a hall written beside the city's (市役所・役場, 市役所、役場, 市役所や役場, 市役所又は役場) or as a town's (市町村の役場): the
#: state's words for every town's counter (sceptic67, 2026-12-05: a 厚生労働省 page writing 「市役所・役場の窓口」 had lost its
#: 全国).  Realdocs dev 2026-12-05 (places46): of the 35 dev pages writing one, none is labelled 全国; it took the wrong
#: 全国 of half A's r4770 (a town's 資格確認書 page whose warning line opens 「全国的に」), none other moved.
_OWN_HALL = re.compile(r"(?<![町村区各・やの又])(?<!所、)(?<!または)(?<!最寄りの)(?<!お近くの)(?<!お住まいの)役場")
#: A ministry named as the sender of a notice the page acts on (「令和7年4月3日付の厚生労働省からの通知により…発行できるように
#: なりました」): the page's authority, received, as a town's or an insurer's page cites it — not the state speaking,
#: wherever else the page names that body (the same notice cited again in a note cut short).
#: Realdocs dev 2026-12-05 (places46): the one dev page writing it (half A r4771, a city's 資格確認書 page) lost its wrong
#: 全国.
_NOTICE_RECEIVED = re.compile(r"(?:から|より)の?(?:通知|通達|事務連絡)")
#: A national body's open day at its own sites (施設一般公開, 研究所の一般公開, 一般公開を開催): the sites are its subject, as
#: a venue a body opens to visitors is (bench/realdocs README, "Conventions for national pages about places": a body's
#: open day at its site, r2738; a page on two or three of a national body's own sites has those places only), not the
#: country its issuer's name would give.  Not a dataset, a software or a document made public (「翻訳エンジンを一般
#: 公開しました」), the same words of another act.  In the title or the first lines only.  Realdocs dev 2026-12-05
#: (places46): the 3 dev pages writing it are NICT's open days (r2737, r2738, r4757); it took half B's r4757 from 全国
#: to two of its four sites (茨城県, 沖縄県; its 本部(小金井) and 神戸研究所未来ICT研究センター are not read), the two others
#: (read as their sites already) unchanged.
#: The most prefectures an open day's sites are read as (NICT's open days: three sites).
OPEN_DAY_SITES = 3
_OPEN_DAY = re.compile(r"施設一般公開|(?:研究所|センター|本部|キャンパス|観測所|送信所|施設)の?一般公開|一般公開(?:日|を(?:開催|実施|行))")
#: A page's number in its site's system (ページ番号142559, ページ番号1003203 更新日2018年10月25日): the mark of the content
#: systems the towns and prefectures run their sites on, beside 「このページの情報をツイッターでツイートできます」 and
#: 「印刷大きな文字で印刷」; the state's sites number their pages in their addresses.  On the realdocs dev pages of
#: 2026-12-05 (national44) the 50 pages writing one are a prefecture's, a town's or a local council's, none labelled
#: 全国: it took the 全国 of two half-B towns' pages naming no place (r2908 on 緊急速報メール writing 全国, r2620 a plan's
#: 第1節 quoting 総務省's survey), none other moved.
_PAGE_NUMBER = re.compile(r"ページ番号\s*[:：]?\s*[0-9０-９]{3,}")
#: A council answering its own 知事 or 市長 (「知事からの諮問…に対し、答申を行いました」, 「市長に答申しました」): a local body's
#: council, whose page may cite the state's council answering its minister (「総務大臣からの諮問を受けた…が答申」) and is
#: itself a 審議会: neither the minister nor the council is the state's voice then (sceptic54's page; 都道府県知事 and
#: 市町村長 are the classes the state writes of, not a council's own head).  Realdocs dev 2026-12-05: no half-A or
#: half-B page moved, wp-dev unchanged.
_OWN_HEAD = r"(?:(?<!府県)知事|(?<!町)村長|市長|町長|区長)"
_OWN_HEAD_COUNCIL = re.compile(_OWN_HEAD + r"(?:から|より)の?諮問|" + _OWN_HEAD + r"に(?:対して|対し)?[^。\n]{0,40}?答申")
#: A notice of a 行政相談 day at the body's own counter (「行政相談所を開設します」, 「相談日」): a town's page, where the
#: 行政相談委員 sits in its hall; the ministry's pages on their cases write no 相談所 (sceptic54's page; realdocs dev
#: 2026-12-05: no half-A or half-B page moved).
_CONSULTATION_DAY = re.compile(r"行政相談所|相談所を開設|相談日")
#: The reader coming to the body's office (来庁, ご来庁ください, 交付時来庁方式): a town's or a prefecture's word for
#: its counter, which a state's page on a scheme for the whole country has no reason to write.
#: So is a counter kept open in the evening or at the weekend (夜間窓口, 休日窓口, 日曜窓口): a town's office hours (realdocs
#: dev 2026-12-05, national45: half B r3303, 辰野町's マイナンバー counter quoting the scheme's 国民, fixed; the 2 other dev
#: pages writing one are a town's and were right; 窓口を開設 is any body's — 文化庁's consultation desk — and is left out).
_TO_THE_OFFICE = re.compile(r"来庁|(?:夜間|休日|土曜|日曜|土日)(?:の)?窓口")
#: …but an evening or weekend counter of the state's own offices in every area (「年金事務所では毎週月曜日に夜間窓口を
#: 開設し」, 税務署's 休日窓口, ハローワーク's 夜間窓口) is the state body's page on them, the country's (sceptic56; neither
#: realdocs dev page writing an evening counter, 2026-12-05, names one).
_STATE_OFFICES = re.compile(r"年金事務所|年金相談センター|税務署|ハローワーク|公共職業安定所|法務局|労働基準監督署|運輸支局|出入国在留管理")


def _to_the_office(text: str) -> bool:
    """Whether the page has its readers come to its own counter (see _TO_THE_OFFICE, _STATE_OFFICES)."""
    counters = {m.group() for m in _TO_THE_OFFICE.finditer(text)}
    # The state's offices looked for once, not once a counter (a town's list of 5,000 evening counters over 150,000
    # characters naming a 年金事務所 at its end read the text 5,000 times: 2 s).
    return "来庁" in counters or bool(counters) and not _STATE_OFFICES.search(text)


#: …unless the office is each reader's town (お住まいの市区町村の窓口に来庁, 住民票のある市町村): the state's page on the
#: same scheme, addressing the whole country (sceptic45's page; r2909, the town's page, writes neither).
_RESIDENCE_OFFICE = re.compile(r"(?:お住まい|住民票のある|住民登録のある|住所地)の(?:市区町村|市町村|区市町村|自治体)")
#: A footnote's mark glued to the term it explains (ICT*1・IoT*2・AI*3, 第3期中長期目標期間*1, 戸別受信機等*2): how
#: the state's White Papers and reports annotate their words at the foot of the page, where a town's or a
#: prefecture's page writes ※1 or (注1).  Only on a page naming no place, no local voice and none of a local body's
#: things (_LOCAL_THINGS).  Realdocs dev 2026-12-05 (national43): the 4 half-A pages and 3 half-B pages writing one
#: are all labelled 全国; it gave r4190 (a 水産白書 section whose edition only the address gives) its 全国, none
#: other moved.
#: Nor on a page with a web page's contact line (お問い合わせ 企画部デジタル推進課, 連絡先, 担当): a White Paper's section
#: has none, and a prefecture's page on its lines annotating 光ファイバ*1 and 5G*2 (sceptic45's page, its place only in
#: its address) has one.  (The one half-A page the mark moved, r4190, has none.)
_CONTACT_LINE = re.compile(r"^[\s【■◆●〔\[(（<＜]*(?:お?問い?合わ?せ|連絡先|担当(?:課|部署|係)?)(?:先|窓口)?(?:[\s】〕\]):：)）>＞]|$)", re.M)
_FOOTNOTE_MARK = re.compile(r"(?<=[A-Za-z\u4e00-\u9fff\u30a1-\u30fa\u30fc）)」])\*[1１](?![0-9０-９])")
#: A study group's paper of issues (主な論点, 論点整理) that proposes in the secretariat's words (「高等学校において遠隔
#: 教育を導入することとしてはどうか」): the form of a ministry's 検討会 material, which puts rules for the whole country to
#: its members.  A town's assembly asks 「…を導入してはどうか」 in its 一般質問, but writes its 定例会 and its 市 (_LOCAL_SELF),
#: and its committees' papers write the town's own things (_LOCAL_THINGS).  Realdocs dev 2026-12-05 (national43): the
#: 4 half-A and 2 half-B pages writing 論点 are all labelled 全国; with the proposal it gave r2848 (文部科学省's
#: paper on remote teaching in high schools) its 全国, none other moved.
_ISSUES = re.compile(r"論点")
_PROPOSAL = re.compile(r"(?:とし|に|を|し)てはどうか")
#: Towns given as examples of a count of the country's local bodies (「京都市や浜松市等、約200自治体で使われています」,
#: 「札幌市や福岡市など全国の120を超える市区町村で」): the page presents a scheme of the whole country, which
#: _examples (regions) reads as passing mentions.  Not a membership (「…等、155団体で構成」), nor the partners of a
#: project (「…など全国の40を超える自治体が参加しています」, 「…市区町村と共同で」: a town's page on its own project
#: writes them so; sceptic45's pages), and not a local body's count of its own area (県内の12市町村, _OWN_AREA).
#: Realdocs dev 2026-12-05 (national43): one half-A page writes it (r1934, J-LIS's 地方認証プラットフォーム, labelled
#: 全国), fixed; half B: none writes it.
_BODIES_COUNTED = re.compile(
    r"[\u4e00-\u9fff]{1,6}[市町村区]や[\u4e00-\u9fff]{1,6}[市町村区](?:等|など)(?:の|、)?\s*(?:全国の)?(?:約|およそ)?"
    r"[0-9０-９,，]+(?:を超える|以上の|超の)?(?:自治体|地方公共団体|団体|市区町村|市町村)(?!で構成|が加盟|が参加|と(?:連携|共同|協力))")
#: A law cited by its number written short (航空法(昭27法231), 道路交通法(昭35法105), 個人情報保護法(平15法57)): how
#: the cabinet's White Papers (交通安全白書, 犯罪白書) cite the laws; a local page writes the number in full
#: (昭和27年法律第231号) or none.  National even beside a local body's things, as _WHITE_PAPER_FIGURE.  On the realdocs
#: dev pages of 2026-12-05 one page of half A writes one (r4150, a 交通安全白書 section, labelled 全国): fixed.
_LAW_NUMBER_SHORT = re.compile(r"[(（](?:明|大|昭|平|令)[0-9０-９元]{1,2}(?:法|政令)[0-9０-９]{1,3}[)）]")
#: A figure or table numbered in four parts (1-3-3-1表, 図表4-4-2-1: part, chapter, section, item): how
#: a White Paper numbers them, where a town's plan stops at three (図2-1-1).  National even beside a
#: local body's things (the 条例 a 犯罪白書 section counts under): on all realdocs pages of 2026-12-03 the
#: 47 pages writing one are White Paper sections, and the dev ones (38) are all labelled 全国; it gave 3
#: of them (r3240 r3823 r4136) their 全国, none other moved.
_WHITE_PAPER_FIGURE = re.compile(r"(?:図表?|第)\s*[0-9０-９]{1,2}(?:[-－‐][0-9０-９]{1,2}){3}"
                                 r"|(?<![0-9０-９\-－‐])[0-9０-９]{1,2}(?:[-－‐][0-9０-９]{1,2}){3}\s*[図表]")


#: A contact block naming a body's section (お問い合わせ 企画課 企画係) and no state's body: a town's
#: page, whatever it quotes.  The state's pages that 閣議決定 makes national write no such block
#: (none of the 5 realdocs dev pages of 2026-12-03: r3441 r3635 r3730 r1048 r2210) or name their
#: ministry, agency or 内閣官房's office in it.
_LOCAL_CONTACT = re.compile(r"(?:お?問い?合わ?せ先?|問合せ|連絡先)[)）】>＞\]］]?\s*[:：]?\s*([^。]{0,40})")
_SECTION = re.compile(r"[\u4e00-\u9fff]{1,10}(?:課|係)(?![\u4e00-\u9fff])")
#: A state body: a ministry, an agency, the cabinet (内閣府, 内閣官房), a state commission, a ministry's
#: bureau (written without its ministry: 自治行政局 地域政策課).  Not a body's own board or bureau
#: (教育委員会, 選挙管理委員会事務局, 議会事務局, デジタル推進局, 水道局), nor a prefecture's 府 (大阪府 情報政策課).
_STATE_SECTION = re.compile(r"省|庁|内閣|(?<!教育)(?<!選挙管理)(?<!農業)(?<!人事)(?<!監査)(?<!公安)委員会"
                            r"|(?<!事務|推進|水道|交通|消防|病院|港湾|教育)局")


def _cites_the_cabinet(text: str) -> bool:
    """Whether a page that writes 閣議決定 only quotes the cabinet's decision: its contact block names
    a section of its own, not the state's (a town's page on the 総合戦略 it revised after one)."""
    if "閣議決定" not in text:
        return False
    return any(_SECTION.search(m[1]) and not _STATE_SECTION.search(m[1]) for m in _LOCAL_CONTACT.finditer(text))


#: A ministry, a national commission or council, a state's incorporated agency (総務省の考え方,
#: 個人情報保護委員会, 電波監理審議会に諮問, 国立研究開発法人情報通信研究機構), or a report in parts
#: (第1部, 第2部: how White Papers are built; a town's plan has chapters, not parts): national
#: on a page that names no place, as long as it also never writes of a local body's own things
#: (_LOCAL_THINGS); 教育委員会, 選挙管理委員会, 農業委員会, 公安委員会 and an assembly's 常任委員会 are
#: every town's or prefecture's own (taking them put 全国 on a held-out town's page).  On the realdocs dev pages of
#: 2026-12-02 (24 pages with no place and no local voice) it finds 4 of the 8 labelled 全国
#: and none of the 16 labelled without a region; on all 568 dev pages of the day (with 第N部)
#: 11 of the 16 labelled 全国 and none of the 17 without.  (日本, 国内, 国の, 第N章 were tried: each a
#: 全国 page more or less on the real held-out pages, and one wrong on the project's
#: held-out labels; left out.)  A minister (河野デジタル大臣記者会見; not a 大臣表彰 a town
#: received) and the state's 院 (国土地理院, 会計検査院, 人事院) speak for the country too: 2 more
#: dev 全国 pages, held-out unchanged, on 2026-12-02 (国費 was tried: a held-out page labelled
#: without a region writes it).  So does the state's ICT institute by its name (情報通信研究機構,
#: NICT; its 年報 pages rarely write 国立研究開発法人): dev 2 more, held-out 1 more.  So does a 検討会 or an
#: 有識者会議 (a ministry's study group, held on the web: 健康・医療・介護情報利活用検討会): 2 more dev
#: 全国 pages of the 1,186 (docs-ae, docs-q), none wrong; held-out unchanged.  So does a ワーキンググループ
#: and a member called by the title a study group gives (宇佐美構成員, as the state's councils write their
#: members; a town's committee writes 委員): 4 more dev 全国 pages of the 1,534 (r3217 r3741 r3749 r2319),
#: none wrong, on 2026-12-03.  So does a figure
#: numbered by chapter, section and item (図表2-3-2-3, 第2-2-6図, 図1-3-8): how a White Paper
#: numbers its figures, where a town's or a prefecture's page numbers its few as 図1 or 図2-1; it
#: finds the White Paper sections whose edition only the address gives.  On the realdocs dev
#: pages of 2026-12-02 it made 3 pages 全国 (all labelled so), none wrong.  And the state's
#: institutions by their generic words: 省庁 (複数の省庁に書類を持参, as 関係省庁 above) and the
#: state's archives and universities (国立公文書館, 国立国会図書館, 国立大学): on the same pages 3 more
#: 全国 pages (r2523, r3547, r2248), none wrong.  Only those: any 国立 was also a 国立病院, 国立高専,
#: 国立科学博物館 or 国立公園, what a town's page sends its sick, its pupils or its visitors to, which
#: says nothing of the state's voice.  Nor does a 省庁 a swindler claims to be
#: (「省庁の職員を名乗り、還付金があるとうそを言う電話」, a town's warning as much as the state's).
#: JST (科学技術振興機構, its own signature: 「JST(理事長 …)は、」, 「JST HOME」), which data/national_bodies.tsv leaves out
#: as an issuer's name because it is also Japan Standard Time: not after a time (「10:00 JST」, 「12:00(JST)」) nor inside
#: a Latin word, nor glossed as a time (「JST(日本標準時)」, 「JST（UTC+9）」), nor after a time and a bracket (「開始 13:00 (JST)」, 「午後1時(JST)」, 「日本時間(JST)」:
#: a schedule's heading; sceptic74).  places49, realdocs dev 2026-12-05: the 6 dev pages writing it are JST's, all labelled 全国; it gave
#: half B r4853 (CREST's call rules) its 全国, the others had it (r4795 once _LOCAL_SELF's 市民 was narrowed).
_NATIONAL_BODY = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,6}省(?!令)|大臣(?!表彰|賞)|(?:国土地理|会計検査|人事)院|情報通信研究機構|NICT|(?<![0-9０-９:：A-Za-z])(?<![0-9０-９][ 　(（])(?<![0-9０-９][ 　][(（])(?<![時間分][(（])JST(?![A-Za-z])(?![ 　]?[(（]?(?:日本標準時|日本時間|UTC|GMT))|(?<!教育)(?<!選挙管理)(?<!農業)(?<!公安)(?<!常任)(?<!常任委員長)委員会|審議会|有識者会議|検討会|ワーキンググループ|(?<=[\u4e00-\u9fff])構成員|(?<!地方)独立行政法人|国立研究開発法人|第[0-9０-９一二三四五六七八九十]{1,2}部(?![\u4e00-\u9fff])"
                            r"|(?:図表?|第)\s*[0-9０-９]{1,2}(?:[-－‐][0-9０-９]{1,2}){2}|(?<![0-9０-９\-－‐])[0-9０-９]{1,2}(?:[-－‐][0-9０-９]{1,2}){2,3}\s*[図表]"
                            r"|省庁(?!の職員を(?:名乗|かた))(?!を(?:名乗|かた))|国立(?:公文書館|国会図書館|大学)")
#: A local body's own territory (「県内も例外ではなく」, 市内の小中学校): what only that body's page
#: writes, so that 全国 or 国民 beside it (「全国的に後を絶ちません」) is no national voice — not
#: 各県内, 都道府県内 or 大都市内, anyone's.  On 2026-12-02 it took 全国 off two fresh dev pages
#: (docs-aa, docs-ac: a prefecture's page on filtering, a school-volunteer page), nothing else moved.
_OWN_AREA = re.compile(r"(?<![都道府各])県内|(?<![都各大])市内|(?<!各)町内(?!会)|(?<!各)村内")
#: What a town's or a prefecture's page writes of (its 市内 — not 大都市内, any big city's —,
#: 住民, 窓口, 条例, 本会議, its 交付金 and 補助金 applications) even when it never says 本市 or 県では,
#: and its 市政 / 町政 / 県政 (a breadcrumb's 市政情報 > 計画 above a plan's chapter numbering its figures
#: 図2-1-1, as a White Paper does) — not 都市政策, nor a street address whose district opens with 内 after
#: its ward (a national council's venue, 千代田区内幸町1-3-1: realdocs dev 2026-12-04, r4315 fixed, the one
#: dev page writing one).
_LOCAL_THINGS = re.compile(r"(?<!都)[市町村県区]内(?![\u4e00-\u9fff]{1,3}[0-9０-９一二三四五六七八九十]+(?:丁目|番|[-－‐ー−]))|住民|役場|役所|庁舎|窓口|条例|交付金|補助金|本会議|(?<![\u4e00-\u9fff])議会|[都道府県市町村区]議会"
                           r"|(?<!都)市政|町政|村政|県政")


def _manual_values(v) -> list[str]:
    if isinstance(v, (list, tuple)):
        return [str(x).strip() for x in v if str(x).strip()]
    return [x.strip() for x in re.split(r"[|;；,、]", str(v)) if x.strip()]


#: Spaces around a theme's score (防災 : 0.5), dropped before spaces are read as separators.
_SPACED_SCORE = re.compile(r"\s*[:：]\s*")


def _manual_themes(v) -> tuple[tuple[str, float], ...]:
    out = []
    # No theme's name or alias holds a space (themes.toml): 「IoT 防災」 lists two, as IoT,防災 does
    # (it failed its document as one unknown theme 'IoT 防災').
    for item in (t for value in _manual_values(v) for t in _SPACED_SCORE.sub(":", value).split()):
        if _manual_none(item):
            continue  # none / 不明: no theme (wrong derived ones cleared)
        name, _, score = item.replace("：", ":").partition(":")  # 防災：0.5 as the input method wrote it
        try:
            value = float(score) if score else 1.0
        except ValueError:
            value = math.nan
        # A derived score is in 0..1 (`show`: 0.78): IoT:1.5 was kept as it stood. nan or inf would
        # also break the --json output.
        if not (math.isfinite(value) and 0 <= value <= 1):
            raise ValueError(f"theme score {score!r} of {name} is not a number from 0 to 1 (IoT:0.8)")
        out.append((themes.resolve_theme(name), value))
    return tuple(out)


#: Evidence that opens with scores (東北=25.1, 宮城県=3.3): what the numbers count.
_SCORED = re.compile(r"[^=;:,\s]+=\d")


def _places_source(evidence: str) -> str:
    """`show`'s line for region and prefecture: the places' scores say what they weigh (a user
    read 「places: 長野県=16, 信越=16」 as counts of mentions)."""
    # Notes after no scores open with their separator (「; visited or the venue of …」): show said 「places: ; …」.
    evidence = re.sub(r"^[;\s]+", "", evidence)
    if not evidence:
        return "places: none"
    if _SCORED.match(evidence):
        # The legend right after the scores it explains, before the notes (「…; 徳島県 only in a guest's talk」),
        # which it read as explaining.
        scores, sep, notes = evidence.partition(";")
        w = regions
        return (f"places: {scores} (weighted mentions: title ×{w.W_TITLE:g}, first lines ×{w.W_HEAD:g}, "
                f"body ×{w.W_BODY:g}, a town with its prefecture ×{w.W_QUALIFIED:g}, in a list ×{w.LIST_FACTOR:g})"
                f"{sep}{notes}")
    return f"places: {evidence}"


#: A list of figures or of works cited (a White Paper's 図表一覧 and 参考文献 sections, a report's
#: appendix): the titles of other pieces, so the words of every theme of the chapter and no subject of
#: its own.  Both readers of bench/wp_labels.tsv give such sections no theme (the code gave 3 or 4).
#: Of the 1,870 White Paper sections of ../shared/corpus, 49 are such lists (at least 80 % of their
#: lines); no realdocs page and no other labelled document is one.
LIST_OF_TITLES_SHARE = 0.8
LIST_OF_TITLES_LINES = 10
#: A figure's title: 図表3-1-1-1 …, or the bare number of four parts a 令和 edition writes (1-1-2-1 …),
#: and its （データ集） lines.
_CAPTION = re.compile(r"\s*(?:(?:図表|図|表)\s*[0-9０-９]+(?:\s*[-－‐‑–]\s*[0-9０-９]+)+"
                      r"|[0-9０-９]+(?:[-－‐‑–][0-9０-９]+){3}[\s　]|[（(]データ集[）)])")
#: A work cited: a line of at most 120 characters, no sentence, that quotes a title (総務省（2020）「…」,
#: デジタル庁「Web3.0研究会報告書」, Microsoft（2023）“Confirmed: …”, 「…宣言」（2022）).
_WORK_CITED = re.compile(r"(?=[^。]{0,120}$)[^。]{0,60}?[「『“\"][^」』”\"]{2,}[」』”\"]")


def _list_of_titles(text: str) -> str:
    """Why text is a list of figures or of works cited (see LIST_OF_TITLES_SHARE), or ""."""
    lines = [line for _, _, line in text_lines(text)]
    if len(lines) < LIST_OF_TITLES_LINES:
        return ""
    captions = sum(1 for line in lines if _CAPTION.match(line))
    cited = sum(1 for line in lines if _WORK_CITED.match(line))
    if captions + cited < LIST_OF_TITLES_SHARE * len(lines):
        return ""
    return f"{captions} figure titles and {cited} works cited in {len(lines)} lines"


#: Characters of a document's text the metadata rules read (dates, places, themes, issuer, type):
#: what a document is about, where and when is said in its first pages (a report's cover, summary
#: and first chapters), and every rule's cost grows with the text.  cProfile of derive_metadata on a
#: 3 M-character text (bench/huge_pdf.py's annex, cut at MAX_TEXT_CHARS): 6.3 s, more than analysing
#: it (5.4 s): places 2.8 s (find_places), themes 2.5 s (_hits), dates 1.6 s (_own_fiscal_year,
#: find_years); at this bound 0.6 s, under cProfile too (without it: 3.1 s -> 0.3 s CPU, the same
#: year, fiscal year, regions, prefectures and themes, their scores aside).  About 130 pages of a
#: report; the longest text of the bench sets (bench/metadata_accuracy.py, every part: 3,031
#: documents) is 15,301 characters, so their figures are the same.
METADATA_CHARS = 200_000


def _bounded(text: str, terms: Sequence[str] | None) -> tuple[str, Sequence[str] | None]:
    """The text's first METADATA_CHARS characters, ending at a line end when one is near, and the
    body terms of about as much (the terms are in text order; their share of the text is kept)."""
    if len(text) <= METADATA_CHARS:
        return text, terms
    end = text.rfind("\n", METADATA_CHARS * 9 // 10, METADATA_CHARS)
    end = end if end > 0 else METADATA_CHARS
    if terms is not None:
        terms = terms[: len(terms) * end // len(text)]
    return text[:end], terms


def derive_metadata(
    text: str, *, title: str, path: Path, terms: Sequence[str] | None = None, root: Path | None = None,
    url: str | None = None, url_from: str | None = None,
) -> Metadata:
    """url: the document's web address (a saved page's canonical link …, url_from says which), whose
    place fills region and prefecture when the text names none (address.py).  A sidecar's or
    metadata.csv's url wins over it, for the place too.  Only the text's first METADATA_CHARS
    characters are read."""
    path = Path(path)
    text, terms = _bounded(text, terms)
    given, sources, manual_warnings = manual.manual_metadata(path, root)
    given = _nendo_given_as_year(given, sources)
    if "url" in given:
        read: dict[str, object] = {}
        _read_manual(read, {}, "url", given["url"], sources)
        url = read["url"]

    lines = text_lines(text)
    white_paper = white_paper_edition(path, head_text(lines), title) is not None

    fy, year, src = derive_years(text, title, path)
    fy, year = date_ranker.fill(text, title, fy, year, src)
    fy, year = later_weekday_year(text, fy, year, src)
    org, org_src = docinfo.organization(text, title, white_paper=white_paper)
    dtype, dtype_src = docinfo.doctype(text, title, white_paper=white_paper)
    national = _national(text, org, white_paper)
    minutes = is_minutes(text, title, lines)
    reg = regions.regions_of(text, title, national=national is not None, minutes=minutes, white_paper=white_paper)
    if national == NATIONWIDE_TWICE:
        # 全国 is the weakest sign of a national document: a town's page on a national
        # programme (全国一斉情報伝達試験) writes it as often, and names its own town.
        local = regions.regions_of(text, title, national=False, minutes=minutes)
        if len(local.prefectures) == 1 and (bare := regions.without_media(text)) != text:
            # A prefecture named only by its paper or broadcaster (高知新聞の報道によれば) is the
            # source of a news item the page cites, not a place of its own (2e133e9 reads them).
            local = regions.regions_of(bare, title, national=False, minutes=minutes)
        # And a page naming no place of its own that speaks as a local body (町民, 本町) or of its own
        # territory (県内の協力隊員, as _national_voice reads it) is a town's or a prefecture's, whose
        # place only its address gives (realdocs dev r2347, the one page that moved).  So is one naming a
        # town of a name several prefectures have, as the one acting or holding (「全国のコンビニ交付対応店舗で府中市の
        # 証明書が取得できます」: 東京都's or 広島県's, only the address says; realdocs dev 2026-12-05: half A r1812
        # fixed, none broken; half B unchanged).  So is one with a local content system's page number (_PAGE_NUMBER:
        # realdocs dev 2026-12-05, national44: no dev page moved; the same rule as _national_voice's).
        # So is one sending its readers to its 役場 (_OWN_HALL; places46: no dev page moved).
        if len(local.prefectures) == 1 or (not local.regions and not reg.prefectures
                                           and (_LOCAL_SELF.search(text) or _OWN_AREA.search(text)
                                                or regions.ambiguous_town_acts(text) or _PAGE_NUMBER.search(text)
                                                or _OWN_HALL.search(text))):
            national, reg = None, local
    if not reg.regions and national is None and (bureau := _meti_bureau_area(title + "\n" + head_text(lines), text)):
        # A 経済産業局's own page naming no place (its 管内 is its area): not national, though it writes 経済産業省.
        reg = regions.RegionResult(bureau[1], (), f"the page of {bureau[0]}, whose area is {'・'.join(bureau[1])}")
    elif (not reg.regions and national is None and not _RELAYED.search(title or "") and not _RELAYED_SENTENCE.search(text)
          and (voice := _national_voice(text, org))):
        national = voice
        # Read again as a national page: the cases it gives and the places it chose (「先進事例」 over
        # 「・仙台市(宮城県):…」) are its subjects beside the country, as on a page whose issuer is known.
        again = regions.regions_of(text, title, national=True, minutes=minutes, white_paper=white_paper)
        reg = again if again.prefectures else regions.RegionResult((regions.NATIONAL,), (), "")
    elif (national is None and len(reg.regions) >= 2 and not reg.prefectures
          and not (org and _REGIONAL_ORG.search(org)) and not _LOCAL_SELF.search(text)):
        # Blocks compared and no prefecture (関東・中京・近畿の三大広域圏, 首都圏空港 and
        # 関西国際空港), by no regional body: a page about the country, not about each block.
        national = f"compares {'・'.join(reg.regions)} and names no prefecture"
        reg = regions.RegionResult((regions.NATIONAL,), (), reg.evidence)
    conference = _MINISTER_CONFERENCE.search(title + "\n" + head_text(lines))
    if conference and national is None:
        national = f"a minister's press conference (「{conference.group()}」)"
    if ((white_paper or conference) and regions.NATIONAL not in reg.regions
            and not (white_paper and not conference and regions.one_disaster_section(text, title, reg.prefectures))):
        # (Not a White Paper section wholly about one disaster named after its place: regions.one_disaster_section.)
        # (A minister's press conference likewise: see _MINISTER_CONFERENCE.)
        # A White Paper is the country's report: the places one of its sections presents
        # (a town's case study) are in it as well as 全国, not instead, as both sets of White
        # Paper labels write them (78 of the 80 sections of tests/data/metadata_labels.tsv and
        # every one of bench/wp_labels.tsv).  Region F1, 2026-12-02: White Paper sections dev
        # 0.930 -> 0.955, held out 0.922 -> 0.943, heldout2 0.921 -> 0.970, tune 0.974 -> 0.962;
        # realdocs dev unchanged, held out 0.919 -> 0.918 (one other ministry's 白書 page).
        reg = regions.RegionResult(tuple(b for b in regions.REGIONS if b in reg.regions or b == regions.NATIONAL),
                                   reg.prefectures, reg.evidence)
    if conference:
        # Where the minister went or where a meeting the conference announces is held is one of its
        # topics, beside 全国 (regions.visited_places); so is a town or a disaster's place the minister's own
        # statement takes up as an item (regions.opening_topics; realdocs dev 2026-12-05, places41: half A
        # r3711 静岡県小山町 and r3626 能登半島地震 fixed, none broken; half B unchanged).
        visited = [p for p in regions.visited_places(text) if p not in reg.prefectures]
        items = [p for p in regions.opening_topics(text) if p not in reg.prefectures and p not in visited]
        if visited or items:
            prefs = set(reg.prefectures) | set(visited) | set(items)
            notes = (f"; visited or the venue of a meeting it announces: {'・'.join(visited)}" if visited else "") + (
                f"; an item of the minister's own statement: {'・'.join(items)}" if items else "")
            reg = regions.RegionResult(
                tuple(b for b in regions.REGIONS if b in reg.regions or b in regions.blocks_of([*visited, *items])),
                tuple(p for p in regions.gazetteer().prefectures if p in prefs),
                reg.evidence + notes)
    if (regions.NATIONAL not in reg.regions and reg.prefectures and not (org and _REGIONAL_ORG.search(org))
            and not _LOCAL_FIRST_PERSON.search(text) and not _BARE_SELF.search(text) and regions._COUNTRY_PASSAGE.search(text)
            and (example := _place_as_example(text, reg.prefectures))):
        # A nationwide site or programme explained through one place as its example: the country as well.
        reg = regions.RegionResult(tuple(b for b in regions.REGIONS if b in reg.regions or b == regions.NATIONAL),
                                   reg.prefectures, reg.evidence + f"; 全国 as well: 「{example}」 is taken as an example")
        national = national or f"takes 「{example}」 as an example of the country's"
    if (national and not white_paper and not conference and regions.NATIONAL in reg.regions
            and (site := _own_site(text, title or "", org))):
        # A national body's page on one site of its own (a station's notice): that place only (see _own_site).
        reg = regions.RegionResult(regions.blocks_of([site[1]]), (site[1],),
                                   reg.evidence + f"; the page is about 「{site[0]}」 in {site[1]}, a site of its own")
        national = None
    if (national and not white_paper and not conference and regions.NATIONAL in reg.regions
            and (open_day := _OPEN_DAY.search(title + "\n" + head_text(lines)))):
        # A national body's open day at its own sites (see _OPEN_DAY): the sites' places, not the country.
        # Each site is a venue, named once under its heading with its date and its visitors: none weighs more than a
        # passing mention would, so every place the text names is taken (a report of four sites' days names nothing else).
        # At most OPEN_DAY_SITES prefectures: a ministry's list of the open days of the country's institutes (文部科学省's
        # 科学技術週間, eight institutes from 北海道 to 沖縄) is the country's (sceptic67, 2026-12-05: such a page had
        # lost its 全国 to eight prefectures); the README's convention is a body's two or three sites.
        sites = {p.prefecture for p in regions.find_places(text) if p.prefecture}
        if sites and len(sites) <= OPEN_DAY_SITES:
            prefs = tuple(p for p in regions.gazetteer().prefectures if p in sites)
            reg = regions.RegionResult(regions.blocks_of(prefs), prefs,
                                       reg.evidence + f"; 「{open_day.group()}」: the open day of its own sites")
            national = None
    if (national and not white_paper and not conference and (office := _place_office(text))
            and not _NATIONWIDE.search(text) and not _HQ_BUREAU_CONTACT.search(text)):
        # A national body's office named for its place (see _PLACE_OFFICE): that place's page, not the country's.
        local = regions.regions_of(text, title, national=False, minutes=minutes)
        if not set(local.prefectures) - {office[1]}:
            reg = regions.RegionResult(regions.blocks_of([office[1]]), (office[1],),
                                       reg.evidence + f"; the page of 「{office[0]}」, a national body's office in {office[1]}")
            national = None
    if listing := _list_of_titles(text):
        # The places of a list of works cited are their authors' and subjects' (岩手県紫波町（2022）
        # 「…」), not the list's.
        reg = regions.RegionResult((regions.NATIONAL,) if national else (), (), f"none of its own: a list of figures or references ({listing})")
    at_address = also_at = None
    if not reg.regions and not reg.prefectures and national is None and len(roads := regions.road_prefectures(text)) == 1:
        # A page naming no place but in the name of a road (新山梨環状道路, 播磨臨海地域道路): see
        # regions.road_prefectures.  Only on a page with no other place and no national voice: elsewhere a road is
        # one of many things a page names in passing.  Realdocs dev 2026-12-05 (places47): half B r037 r1423 fixed,
        # none broken; half A unchanged.
        reg = regions.RegionResult(regions.blocks_of(roads), roads, f"a road named for its place: {roads[0]}")
    names_no_place = not reg.prefectures and (not reg.evidence or not reg.regions) and reg.regions in ((), (regions.NATIONAL,))
    if names_no_place and (signed := address.contact_address(text)):
        # The issuer's own mail or web address on its contact line or footer names its place as a letterhead does
        # (labels47's convention; see address.contact_address).  Realdocs dev 2026-12-05 (places48), plain: 10 pages
        # fixed (鳥取県's budget sheets, 茨城県's and 福島県's police desks, 北名古屋市's), none broken.
        reg = regions.RegionResult((signed.place.region,), (signed.place.prefecture,),
                                   f"the issuer's own address in the text: {signed.place.part}"
                                   + (f" ({signed.place.municipality})" if signed.place.municipality else "")
                                   + f", on its contact line or footer 「{signed.line}」")
        national, names_no_place = None, False
    if (names_no_place and (at_address := address.place_of_address(url))
            and (not at_address.bare or _LOCAL_SELF.search(text) or _OWN_AREA.search(text))):
        # A page that names no place (本市では, 県内の) is about where its issuer is, and only the
        # address says where that is.  Never instead of a place the text gives: a city's page on
        # another town's programme is that town's.  全国 inferred from a page naming no place
        # (「国民」, 「全国」 twice, 総務省 as issuer) is a guess the address settles: a town's or a
        # bureau's own address is not the country's.  On the realdocs dev pages whose place only
        # the address gives (address-aware labels): 102 of 118 placed with 全国 left, 113 without.
        # A bare reading as the domain (urugi.jp) counts only on a page that speaks as a local body (本村,
        # 村民, 村内): yamada.jp or yoshida.jp is as often a family's or a shop's (sceptic51).
        # A page whose every place was read as passing (examples of where applicants live, a speaker's town: the
        # evidence weighs them, no region came of them) names no place of its own either (national45: realdocs dev
        # 2026-12-05 with the address, half B r3634 r4354 r2131 placed as labelled, r4525 given its 全国, none
        # other moved; half A unchanged).
        reg = regions.RegionResult((at_address.region,), (at_address.prefecture,) if at_address.prefecture else (), "")
        national = None
    elif names_no_place and not reg.regions and (state := address.national_address(url)):
        # A page of the state's own site (a ministry's, an agency's: go.jp) whose text names no place
        # and no national word is the country's (a 白書 section whose edition only the address gives,
        # a 気象庁 or 警察庁 notice): see address.national_address.
        reg = regions.RegionResult((regions.NATIONAL,), (), "")
        national = f"the state's address {state}"
    elif (reg.prefectures and regions.NATIONAL not in reg.regions and not listing and (own := _OWN_BODY.search(text))
          and (at := address.place_of_address(url)) and at.prefecture and at.prefecture not in reg.prefectures
          and at.municipality is None):
        # 「本県は、岩手県と…協定を締結しました」 on 秋田県's site: the page names the other party, and
        # its own body only as 本県, which its address says is 秋田県: both are its places.  Only a
        # prefecture's word for itself (本県, 本都, 本道, 本府) on a prefecture's address: a city's 本市
        # was tried too, and a council's report of visits elsewhere (r3317: 「本市と…協定を締結」 on
        # 東海市's site, labelled with the cities visited only) got its city; realdocs dev with the
        # address: 本市 and 本県 fixed 2 (r087, r1830) and broke 1, 本県 alone fixes r087 and breaks none.
        reg = regions.RegionResult(tuple(b for b in regions.REGIONS if b in reg.regions or b == at.region),
                                   (*reg.prefectures, at.prefecture), reg.evidence)
        also_at = (at, own.group())
    from ictsearch.indexer.analysis import analyze

    if terms is None:
        terms = [t.text for t in analyze(text)]
    # The title names what the document is about; a page whose title is a
    # breadcrumb, furniture or a sentence falls back to its first terms.
    proper = title_proper(title)
    title_terms = [t.text for t in analyze(proper)] if proper else None
    evidence = () if listing else themes.explain_themes(terms, title_terms, text, lone=not white_paper)
    theme_list = tuple((e.name, e.score) for e in evidence)

    derived_src = dict(src)
    if org:
        # (A name found in a sentence comes with its own 「text: 」: said once, 「text: 東北総合通信局 (「東北総合通信局では」)」.)
        derived_src["organization"] = f"text: {org} ({org_src.removeprefix('text: ')})"
    if dtype:
        derived_src["doctype"] = f"text: 「{dtype_src}」"
    if url and "url" not in given:
        derived_src["url"] = f"the page's {url_from}" if url_from else "the page"
    derived_src["region"] = derived_src["prefecture"] = _places_source(reg.evidence)
    if at_address:
        derived_src["region"] = derived_src["prefecture"] = (
            f"from the address {at_address.part}" + (f" ({at_address.municipality})" if at_address.municipality else "")
            + ": the text names no place")
    if also_at:
        derived_src["region"] = derived_src["prefecture"] = derived_src["region"] + (
            f"; {also_at[0].prefecture} from the address {also_at[0].part}, the text's 「{also_at[1]}」")
    if reg.regions == (regions.NATIONAL,) and national:
        derived_src["region"] += f" (national: {national})"
    derived_src["themes"] = (f"none: a list of figures or references ({listing})" if listing else
                             "terms: density per 1,000 terms, a theme named in the title counts double"
                             + "".join(f"; {e}" for e in evidence))

    values: dict[str, object] = {
        "title": None, "fiscal_year": fy, "year": year, "region": reg.regions, "prefecture": reg.prefectures,
        "themes": theme_list, "organization": org, "doctype": dtype, "url": url,
    }
    # Manual values win field by field; derived ones fill the rest.
    places: dict[str, tuple[list[str], list[str]]] = {}
    for k, v in given.items():
        if k != "url":  # read above: it places the document too
            _read_manual(values, places, k, v, sources)
    _settle_places(values, sources, derived_src, places)
    for k, other in (("fiscal_year", "year"), ("year", "fiscal_year")):
        # The document's date given as one (年度 = 令和4年4月1日) is the other's too: a derived
        # year of 2017 beside it contradicted what was written.
        if k in given and other not in given and (date := _manual_date(given[k])):
            values[other] = date.year if other == "year" else date.fiscal_year
            sources[other] = f"{sources[k]} (the date given as {k})"
    for k, s in derived_src.items():
        sources.setdefault(k, s)
    # A field a sidecar or metadata.csv cleared (none / 不明) keeps saying where that was done.
    final_sources = {k: s for k, s in sources.items() if values.get(k) not in (None, (), "") or k in given
                     or (k == "prefecture" and s != derived_src.get(k))  # emptied by the region given
                     or (k == "themes" and listing)}  # said to have none, and why
    return Metadata(sources=final_sources, warnings=tuple(manual_warnings), **values)  # type: ignore[arg-type]


def _read_manual(values: dict, places: dict, k: str, v, sources: dict) -> None:
    """One manual value read into `values` (a place into `places`); ExtractionError naming where it was given."""
    try:
        if k in ("region", "prefecture"):
            places[k] = _manual_places(k, v)
        elif k == "url":
            values[k] = _manual_url(v)
        else:
            _apply_manual(values, k, v)
    except (ValueError, TypeError, AttributeError) as e:
        # A typo in a sidecar must name the sidecar, not look like a bug in the document.
        raise ExtractionError(f"bad {k} in {sources[k]}: {e}") from None


def check_manual(path: Path, root: Path | None = None) -> None:
    """Read a document's sidecar and metadata.csv values as :func:`derive_metadata` will, before its
    text is extracted: a bad one (年度 = 令和九十年度, a theme that does not exist) fails the document
    with the same one line, without first extracting and analysing it (9 s for a 2 M-character report).
    A sidecar or CSV that cannot be read at all is left to derive_metadata: that reason is shared by
    every document under it, and the run says it once beside each document's own (an empty file)."""
    try:
        given, sources, _ = manual.manual_metadata(Path(path), root, file_problems=False)
    except ExtractionError:
        return
    given = _nendo_given_as_year(given, sources)
    values: dict[str, object] = {}
    for k, v in given.items():
        _read_manual(values, {}, k, v, sources)


#: What a sidecar or a metadata.csv writes to say a field has no value (a wrong derived one cleared).
MANUAL_NONE = NONE_WORDS


def _manual_none(text: str) -> bool:
    """none / None / ＮＯＮＥ (typed with the input method in full width) / 不明 / なし."""
    return unicodedata.normalize("NFKC", text).strip().lower() in MANUAL_NONE


#: A whole number a spreadsheet or pandas wrote as a decimal (2022.0: a year column with blanks
#: is a float column), in a metadata.csv's text as TOML's 2022.0 is a float.
_WHOLE_DECIMAL = re.compile(r"([0-9]{4})\.0+")


def _manual_year(k: str, v) -> int | None:
    """A manual year or 年度: 2022, 令和4, R4, 2022.0, or a full date (令和4年4月1日 is year 2022 and
    年度 2022; 2023年2月1日 is 年度 2022); none / 不明 clears a wrong derived value."""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    text = str(v).strip()
    if _manual_none(text):
        return None
    if m := _WHOLE_DECIMAL.fullmatch(fold(text)):
        text = m.group(1)
    if date := _manual_date(text):
        return date.year if k == "year" else date.fiscal_year
    what = "year" if k == "year" else "年度"
    try:
        lo, hi = eras.parse_year_range(text)
    except ValueError as e:
        if str(e).startswith("year range"):  # 2023..2019: say it is a range, not that it runs backwards
            lo, hi = 0, 1
        elif not str(e).startswith("cannot read"):
            raise  # '令和99' is 2117: a document's year …
        else:
            # parse_year_range's hint offers ranges (2019..2023), which a document's year cannot be.
            raise ValueError(f"cannot read {text!r} as a {what}: write 2022, 令和4, R4, 令和4年度, "
                             f"a date (令和4年4月1日, 2023/2/1) or none") from None
    if lo != hi:
        raise ValueError(f"{text!r} is a range: a document has one {what} (give 2022 or 令和4)")
    return lo


def _manual_url(v) -> str | None:
    """A manual url: an absolute http(s) address, or none / 不明 to say the document has none."""
    if isinstance(v, (dict, list)):
        raise TypeError(f"expected an address, not a {'table' if isinstance(v, dict) else 'list'}")
    text = str(v).strip()
    if _manual_none(text):
        return None
    if (url := address.web_address(text)) is None:
        raise ValueError(f"{text!r} is not a web address: give it whole (https://www.city.himeji.lg.jp/…) or none")
    return url


def _manual_date(v) -> YearMention | None:
    """The date a manual year or 年度 is written as (令和4年4月1日, 2023/2/1, R4.4.1), if it is one."""
    text = str(v).strip()
    dates = [y for y in find_years(text) if y.kind == "calendar" and y.month is not None]
    if len(dates) == 1 and not LINE_FILLER.sub("", text[:dates[0].start] + text[dates[0].end:]):
        return dates[0]
    return None


#: A value that says it is a 年度 (令和元年度, 2022年度, R4年度, H30FY is not read): what --year filters.
_NENDO_WRITTEN = re.compile(r"年度\s*$")


def _nendo_given_as_year(given: dict, sources: dict) -> dict:
    """A 年度 written under the calendar year's key (a metadata.csv column headed year holding 令和元年度, a
    sidecar's year = "R4年度") read as the 年度 it says it is, when no 年度 is given beside it: --year filters
    年度, and such a document stayed listed under --year none with nothing said (breaker44).  The calendar
    year is left as derived: 令和元年度 runs over two calendar years."""
    v = given.get("year")
    if v is None or "fiscal_year" in given or not _NENDO_WRITTEN.search(fold(str(v))):
        return given
    given = {("fiscal_year" if k == "year" else k): v for k, v in given.items()}
    sources["fiscal_year"] = sources.pop("year") + " (a 年度 written under year)"
    return given


def _apply_manual(values: dict, k: str, v) -> None:
    if k in ("fiscal_year", "year"):
        values[k] = _manual_year(k, v)
    elif k == "themes":
        values[k] = _manual_themes(v)
    elif isinstance(v, (dict, list)):
        raise TypeError(f"expected text, not a {'table' if isinstance(v, dict) else 'list'}")
    else:
        values[k] = str(v)


def _manual_places(k: str, v) -> tuple[list[str], list[str]]:
    """(blocks, prefectures) a manual region or prefecture names; a region may list
    prefectures too (region = ["東北", "長野"]), a prefecture only prefectures."""
    regs, prefs = [], []
    # 東北・関東 lists places as the query and the filters read it (no place name holds ・); so do
    # 東北 関東 and 東北/関東, as --region takes them (東北 関東 failed its document as one unknown place).
    for item in (p for value in _manual_values(v) for p in re.split(r"[・/\s]+", value) if p.strip()):
        if _manual_none(item):
            continue  # none / 不明: the field has no value (a wrong derived one cleared)
        if group := regions.place_group(item):
            # 北信越, 甲信越, 山陰: its blocks and its prefectures, as --region reads it.
            if k == "prefecture" and group.blocks:
                raise ValueError(f"{item!r} names whole regions ({group.read_as}): give it as region")
            regs += group.blocks
            prefs += group.prefectures
            continue
        if k == "prefecture":
            prefs.append(regions.resolve_prefecture(item))
            continue
        kind, name = regions.resolve_region(item)
        (prefs if kind == "prefecture" else regs).append(name)
    return regs, prefs


def _settle_places(values: dict, sources: dict, derived_src: dict, places: dict) -> None:
    """Region and prefecture from the manual ones, kept in agreement: every prefecture
    of a document lies in one of its regions, as derived ones do.

    A manual prefecture sets the region to its blocks unless a region is given too;
    then the region given gains the blocks of the prefectures given.  A manual region
    alone keeps the derived prefectures inside it and drops the rest: 「region = "九州"」
    on a page that names 長野県 says the page is not about 長野県.  全国 holds no
    prefecture, so a manual 全国 drops them all (a national document with a place
    of its own says so: region = ["全国", "長野"]).
    """
    if not places:
        return
    if "region" not in places and not places["prefecture"][1]:
        values["prefecture"] = ()  # cleared: the derived region stays
        return
    if "region" not in places:
        values["prefecture"] = tuple(places["prefecture"][1])
        values["region"] = regions.blocks_of(values["prefecture"])
        sources["region"] = sources["prefecture"] + " (blocks of its prefectures)"
        return
    region_src = sources["region"]
    regs, prefs = places["region"]  # a region may list prefectures: their blocks are given too
    named = set(regs) | set(regions.blocks_of(prefs))
    if "prefecture" in places:
        prefs = places["prefecture"][1]
        values["region"] = tuple(r for r in regions.REGIONS if r in named or r in regions.blocks_of(prefs))
        if added := [r for r in values["region"] if r not in named]:
            sources["region"] += f" (and {'・'.join(added)}, the block of a prefecture in {sources['prefecture']})"
        values["prefecture"] = tuple(prefs)
        return
    values["region"] = tuple(r for r in regions.REGIONS if r in named)
    if prefs:
        values["prefecture"] = tuple(prefs)
        sources["prefecture"] = region_src
        return
    kept = tuple(p for p in values["prefecture"] if regions.blocks_of([p])[0] in named)
    if dropped := [p for p in values["prefecture"] if p not in kept]:
        where = ("全国 holds no prefecture" if named == {regions.NATIONAL}
                 else f"outside the region {'・'.join(values['region'])}" if named else "the region is cleared")
        note = f"derived {'・'.join(dropped)} dropped: {where}"
        sources["region"] += f" ({note})"
        if kept:
            sources["prefecture"] = f"{derived_src['prefecture']} ({note} given in {region_src})"
        elif named != {regions.NATIONAL}:
            # show said 「no prefecture found」 of the prefectures the region given dropped.
            sources["prefecture"] = f"{region_src} ({note})"
        values["prefecture"] = kept
