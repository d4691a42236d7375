"""themes44: precision — the false themes of pages that name a theme's word in another sense or touch every field.

- A 移動通信システム and its 基地局 near 防災行政無線 / 同報系 / 移動系 / 移動局 are a town's disaster radio, not a mobile
  network (themes.toml, 5G's paired_terms); a carrier's 基地局 on a disaster page stays 5G.
- 電波 near GPS / GNSS / 衛星測位 / 電子基準点 is a positioning signal (電波's paired_terms); a GPS jammer's 不法電波 page
  stays 電波.
- 電波遮へい near 共聴 / テレビ / 地上デジタル / 難視聴 is the grant for a village's shared TV aerials; the same grant for a
  tunnel's mobile service stays 5G.

Pages written for the test in the style of real ones (a 総合通信局's 報道資料, a town's notice, 国土地理院's page)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.analysis import analyze
from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import explain_themes

MOBILE = "5G・移動通信"
RADIO = "電波・周波数"
BROADCAST = "放送"
DISASTER = "防災・減災"
NETWORK = "ネットワーク基盤・ブロードバンド"


def themes_of(text: str) -> list[str]:
    return [t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes]


def evidence(text: str, *, lone: bool = True):
    return explain_themes([t.text for t in analyze(text)], None, text, lone=lone)


# A bureau's priorities for the year: spectrum, disasters, broadcasting, mobile coverage and training, a paragraph each.
OVERVIEW = """報道資料
令和7年4月1日
○○総合通信局
「令和7年度 ○○総合通信局 重点施策」の策定
○○総合通信局は、令和7年度において重点的に取り組む施策を取りまとめました。
1 デジタル基盤の整備
光ファイバの未整備地域の解消、携帯電話の不感地域の解消と5G基地局の整備を支援します。ブロードバンド環境の整備に向けて、自治体への説明会を開催します。
2 安心・安全な電波利用環境の確保
不法無線局の探査と電波監視を強化し、混信の未然防止のための周知啓発を行います。無線局の免許手続の迅速化にも取り組みます。
3 防災・減災に向けた情報通信の確保
災害時の通信確保のため、臨時災害放送局用設備や移動電源車の貸与体制を整え、自治体の防災訓練に参加します。
4 放送の受信環境の確保
ラジオの難聴対策と中継局の整備を支援し、テレビの受信障害の相談に対応します。
5 地域のデジタル活用の推進
デジタル人材の育成のため、自治体職員向けの研修を実施します。
"""

# The same with a prefecture's IoT推進ラボ named in its last item: the name of an undertaking gives IoT however low.
OVERVIEW_IOT = OVERVIEW.replace(
    "自治体職員向けの研修を実施します。",
    "自治体職員向けの研修を実施し、県の「とっとりIoT推進ラボ」と連携して中小企業の相談に応じます。")

# A grant for mobile coverage and fibre in one town: three themes, each with a passage of its own.
THREE = """報道資料
令和7年6月10日
○○総合通信局
○○町の携帯電話不感地域の解消と光ファイバ整備を支援
総務省は、○○町が実施する携帯電話等エリア整備事業及び高度無線環境整備推進事業に対し、補助金の交付を決定しました。
本事業により、山間部の3地区において携帯電話の基地局を整備し、不感地域を解消するとともに、町内全域に光ファイバを整備して、超高速ブロードバンドを利用できる環境を整えます。
基地局の整備にあたっては、電波法に基づく無線局の免許手続を併せて行い、周波数の割当てを受けます。
5Gの基地局も令和8年度に整備する予定です。光ファイバの整備は令和8年3月に完了する予定です。
"""

# A town's notice on renewing the 移動系 of its 防災行政無線: its 基地局 is at the town hall.
MOBILE_RADIO = """○○町防災行政無線(移動系)の更新について
更新日:2025年3月10日
町では、災害時に町役場と消防団、避難所の間で連絡を取り合うため、防災行政無線の移動系を運用しています。
移動通信システムは、町役場に設置した基地局と、車載型及び携帯型の移動局で構成されています。
現在の設備は平成18年に整備したもので、老朽化が進んでいることから、令和7年度に基地局と移動局の更新を行います。
更新後は、基地局の中継により山間部でも移動局同士の通話ができるようになります。
なお、同報系(屋外スピーカー)の更新は令和8年度に行う予定です。
お問い合わせ 総務課 防災係
"""

# A bureau's page on carriers' base stations in disasters: mobile service, though the page is on disasters.
CARRIER = """携帯電話基地局の災害対策について
令和6年9月2日
○○総合通信局
大規模な災害が発生した際にも携帯電話が使えるよう、携帯電話事業者各社は基地局の停電対策を進めています。
各社は、基地局に予備バッテリーを備えるほか、移動基地局車や可搬型の基地局を配備し、被災地の通信を確保します。
当局では、移動通信システムの災害時の復旧状況を把握し、関係機関と情報を共有しています。
5G基地局についても、停電時に長時間運用できる設備の導入を事業者に要請しています。
"""

# 国土地理院's page on its GNSS stations: they receive the satellites' 電波.
GNSS = """電子基準点とは
国土地理院
電子基準点は、GPSをはじめとする衛星測位システム(GNSS)の衛星からの電波を受信し、位置を連続して観測する国家基準点です。
全国約1,300か所に設置され、観測データは茨城県つくば市の国土地理院に送られ、測量や地殻変動の監視に使われています。
衛星からの電波は大気中の水蒸気により遅れて届くため、この遅れを解析して天気予報に利用する取組も行われています。
観測データは測量業者や研究機関に無料で提供しており、公共測量の基準として利用できます。
"""

# A bureau's notice on a GPS jammer: its 不法電波 is the spectrum's, GPS or not.
JAMMER = """GPSジャマーの使用は電波法違反です
令和6年11月1日
○○総合通信局
○○総合通信局は、GPSの電波を妨害する装置(いわゆるGPSジャマー)を使用していた運送業者に対し、電波法違反で行政指導を行いました。
当局の電波監視システムで不法電波を探知し、発射源を特定したものです。
GPSジャマーが発射する妨害電波は、航空機や船舶の航行、携帯電話の基地局の運用に重大な影響を与えるおそれがあります。
電波を発射する機器を使用する場合は、無線局の免許が必要です。
"""

# A bureau's grant to a city's shared TV aerial under the 電波遮へい対策事業's 共聴施設整備事業.
KYOCHO = """報道資料
令和2年10月17日
○○総合通信局
○○市の辺地共聴施設のデジタル化を支援
〜「電波遮へい対策事業費等補助金」による管内で初めての交付決定〜
総務省は、この度、○○市に対して、地上デジタル放送を受信するための辺地共聴施設の改修を支援するため、「令和2年度電波遮へい対策事業費等補助金(共聴施設整備事業)」の交付を決定しました。
この支援事業は、山間部等において地上デジタルテレビ放送を受信するために共聴施設を整備する者に対して、国がその整備費用の一部を補助し、受信環境整備の推進を行うものです。
【令和2年度電波遮へい対策事業費等補助金(共聴施設整備事業)】 単位:千円
団体名 対象施設 事業費 補助金額
○○市 ○○辺地共聴施設 12,000 6,000
"""

# The same programme paying for mobile service in a tunnel.
TUNNEL = """報道資料
令和5年7月3日
○○総合通信局
国道○号○○トンネルで携帯電話が使えるようになります
総務省は、国道○号○○トンネル内で携帯電話を利用できるようにするため、電波遮へい対策事業により移動通信用中継施設の整備を支援しました。
7月10日から、トンネル内で携帯電話事業者3社の4G及び5Gのサービスが利用できるようになります。
電波遮へい対策事業は、トンネル等の電波が遮へいされる場所で携帯電話を利用可能とするため、一般社団法人○○が行う中継施設の整備費用の一部を補助するものです。
"""


def test_the_mobile_system_of_a_towns_disaster_radio_is_not_a_mobile_network():
    got = themes_of(MOBILE_RADIO)
    assert DISASTER in got and MOBILE not in got


def test_a_carriers_base_stations_on_a_disaster_page_stay_mobile():
    assert MOBILE in themes_of(CARRIER)


def test_a_gnss_signal_is_not_the_spectrum():
    assert RADIO not in themes_of(GNSS)


def test_a_gps_jammer_is_the_spectrum():
    assert themes_of(JAMMER)[0] == RADIO


def test_the_shared_aerial_grant_is_broadcasting_not_mobile():
    got = themes_of(KYOCHO)
    assert BROADCAST in got and MOBILE not in got


def test_the_tunnel_grant_stays_mobile():
    assert themes_of(TUNNEL)[0] == MOBILE
