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


# A town assembly's question on fibre that states the gap as the problem it raises, not as a remedy (是正, 解消).
FIBRE_QUESTION = """令和元年9月定例会 一般質問
○3番(山田一郎議員) 光ファイバ網の整備についてお伺いします。
町内では、市街地では光回線によるブロードバンドサービスが提供されていますが、山間部の集落では未だにADSLしか利用できない地域が残っています。
テレワークや遠隔教育が広がる中で、高速インターネットが使えないことは、住民の生活や子どもたちの学習に大きな影響を与え、地域の情報格差へとつながります。
町として光ファイバの整備を通信事業者に働きかけるとともに、国の補助事業を活用した整備を検討すべきと考えますが、町長の見解を伺います。
○町長(鈴木次郎) 光ファイバの整備につきましては、通信事業者と協議を進めており、国の高度無線環境整備推進事業の活用も含めて検討してまいります。"""

# A ski resort's notice of mobile coverage on its slopes: a tourist spot's dead zone, for visitors, is no divide.
SKI_COVERAGE = """スキー場の携帯電話エリア拡大について
当スキー場では、山頂付近に携帯電話の不感地帯が存在し、来訪者の安全確保が課題となっていました。
このたび、携帯電話事業者の協力により、山頂に携帯電話基地局を設置し、ゲレンデ全域で携帯電話が利用できるようになりました。
光ファイバを山頂まで敷設し、無線LANも利用できます。スキー客の皆様には、万一の際の連絡手段としてご活用ください。"""

# A broadband page whose gap is of income, not of who can use the lines.
INCOME_GAP = """光ブロードバンド整備事業の完了について
市では、令和3年度に国の高度無線環境整備推進事業を活用し、市内全域に光ファイバを整備しました。
これにより、全世帯で超高速ブロードバンドが利用できるようになりました。
一方で、若年層の流出により所得の格差が広がる中、市では光回線を活かしたテレワーク拠点の整備と企業誘致を進めます。"""


def test_a_gap_stated_as_the_problem_is_divide():
    assert NETWORK in themes_of(FIBRE_QUESTION)
    assert DIVIDE in themes_of(FIBRE_QUESTION)


def test_a_tourist_spots_dead_zone_is_not():
    assert DIVIDE not in themes_of(SKI_COVERAGE)


def test_a_gap_of_income_on_a_broadband_page_is_not():
    assert NETWORK in themes_of(INCOME_GAP)
    assert DIVIDE not in themes_of(INCOME_GAP)
