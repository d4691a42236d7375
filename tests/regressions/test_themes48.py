"""themes48: recall of ネットワーク基盤・ブロードバンド on a town's cable TV facility.

A page whose own name (its first line or its headline) is a cable TV facility being set up or built — a town's
「○○ケーブルテレビ施設条例」, 「ケーブルテレビ施設の設置及び管理に関する条例」, a 「ケーブルテレビ施設整備事業」 — is about the
wired network the town owns: ネットワーク基盤, beside 放送.  Not a rule for a service carried on the facility (its 第1条
cites the 条例), not a 共聴施設 (reception only), not a facility named in a sentence of a page on something else."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import _facility_built

NETWORK = "ネットワーク基盤・ブロードバンド"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# A village's ordinance setting up its cable TV facility: its words are 放送's (放送施設, 受信, 加入者).
ORDINANCE = """○南山村ケーブルテレビ施設の設置及び管理に関する条例
平成18年3月20日
条例第12号
(趣旨)
第1条 この条例は、南山村ケーブルテレビ施設の設置及び管理に関し必要な事項を定めるものとする。
(設置)
第2条 村民の生活に必要な情報の提供を行い、村民相互の連絡を円滑にし、豊かな村づくりを進めるため、南山村ケーブルテレビ施設(以下「施設」という。)を設置する。
(名称及び位置)
第3条 施設の名称及び位置は、次のとおりとする。
名称 南山村ケーブルテレビ施設
位置 ○○県○○郡南山村大字中央100番地
(加入)
第4条 施設を利用して放送を受信しようとする者は、村長に申込みをし、その承認を受けなければならない。"""

# A rule for the 告知放送 service carried on the facility: its 第1条 cites the 条例 within the page's first lines.
SERVICE_RULE = """○南山村ケーブルテレビ施設告知放送サービスに関する規則
平成23年4月1日
規則第8号
(趣旨)
第1条 この規則は、南山村ケーブルテレビ施設(南山村ケーブルテレビ施設条例(平成18年南山村条例第12号)第1条に規定する施設をいう。)における加入者宅に設置する告知端末機器を利用して提供する音声による放送サービス(以下「告知放送」という。)に関して、必要な事項を定めるものとする。
(利用者)
第2条 告知放送を利用することができる者は、施設に加入している者とする。
(放送の内容)
第3条 告知放送は、行政情報、防災情報、その他村長が必要と認める情報を放送する。"""

# A 共聴施設 (a shared antenna for TV reception) being built: 放送's alone.
SHARED_ANTENNA = """○北谷町辺地共聴施設整備事業補助金交付要綱
(趣旨)
第1条 この要綱は、地上デジタル放送の受信が困難な地域において、共聴組合が行う辺地共聴施設の整備に要する経費に対し、予算の範囲内において補助金を交付することに関し必要な事項を定めるものとする。
(補助対象)
第2条 補助の対象となる施設は、テレビジョン放送を受信し、各世帯に分配する共聴施設とする。"""

# A mayor's press conference that names the cable TV facility's renewal in one sentence among other business.
CONFERENCE = """令和5年5月10日 市長定例記者会見
本日の発表事項は3点です。
1点目は、市民体育館の改修工事の完了についてです。6月1日から利用を再開します。
2点目は、子育て支援センターの開所についてです。毎週土曜日も開所し、相談員が子育ての相談に応じます。
3点目は、夏祭りの開催についてです。8月5日に中央公園で開催し、花火大会も行います。
質疑応答では、ケーブルテレビ施設の整備について質問があり、市長は更新の時期を検討していると答えました。"""


def test_an_ordinance_setting_up_the_facility_is_network():
    assert _facility_built(ORDINANCE) == "ケーブルテレビ施設の設置"
    assert NETWORK in themes_of(ORDINANCE)


def test_a_rule_for_a_service_on_the_facility_is_not():
    assert _facility_built(SERVICE_RULE) is None
    assert NETWORK not in themes_of(SERVICE_RULE)


def test_a_shared_antenna_is_not():
    assert _facility_built(SHARED_ANTENNA) is None
    assert NETWORK not in themes_of(SHARED_ANTENNA)


def test_a_facility_named_in_a_sentence_is_not():
    assert _facility_built(CONFERENCE) is None
    assert NETWORK not in themes_of(CONFERENCE)


DIVIDE = "デジタルデバイド・高齢者"

# A fire department's notice of NET119, the emergency call for people who cannot call by voice (spelled 障がい).
NET119_NOTICE = """NET119緊急通報システムの運用開始について
西山地域消防組合消防本部では、令和7年4月1日からNET119緊急通報システムの運用を開始します。
NET119緊急通報システムとは
聴覚や発話に障がい等があり、音声による119番通報が困難な方が、スマートフォンのインターネット接続機能を利用して、簡単な操作で119番通報をすることができるシステムです。
利用するには事前登録が必要です。登録の費用はかかりません。
対象者
消防本部管内に在住、通勤又は通学されている方で、音声による通報が困難な方。
登録方法
消防本部警防課へ申請書を提出してください。"""

# A fire department's yearly report that names NET119 once beside its other business: a report of the year's calls.
FIRE_REPORT = """令和6年 消防年報の概要
令和6年中の火災件数は42件で、前年より5件減少しました。建物火災が28件、車両火災が6件、その他の火災が8件です。
救急出動件数は3,210件で、過去最多となりました。搬送人員は2,980人で、その6割が65歳以上の方です。
救助出動件数は85件で、交通事故による救助が最も多くなっています。
119番通報の受信件数は4,520件で、このうち携帯電話からの通報が7割を占めました。NET119による通報は1件でした。
火災予防運動では、住宅用火災警報器の設置を呼びかけ、各地区で防火訓練を実施しました。
消防団員の確保に向けて、機能別団員制度を導入し、新たに12人が入団しました。"""


def test_a_net119_notice_is_divide():
    assert DIVIDE in themes_of(NET119_NOTICE)


def test_net119_once_in_a_fire_report_is_not():
    assert DIVIDE not in themes_of(FIRE_REPORT)
