"""themes37b: three of the theme conventions settled by labels37 (bench/realdocs README, "Conventions for themes read
two ways") in the theme code — IoT among other technologies, COVID-19, and a local body's information plan."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.analysis import analyze
from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import THEMES, _tally, explain_themes

HEALTH = "医療・介護・健康"
TELEWORK = "働き方・テレワーク"
IOT = "IoT"
DX = "自治体DX・行政手続"
PLAN = "計画策定・推進体制"


def themes_of(text: str, title: str = "お知らせ") -> set[str]:
    return {t for t, _ in derive_metadata(text, title=title, path=Path("page.txt")).themes}


def strong(text: str, theme: str, named: dict[int, bool] | None = None) -> int:
    return _tally([t.text for t in analyze(text)], named)[1][THEMES.index(theme)]


# --- COVID-19: the infection's handling is health's, its name alone is not -------------------------------------------

# A governor's press conference whose first topic is the infection itself: cases, beds, testing, vaccination.
CONFERENCE = (
    "知事定例記者会見\n"
    "令和3年8月25日\n"
    "新型コロナウイルス感染症の現状について\n"
    "県内では昨日、新たに182人の感染者が確認され、過去最多となりました。確保している病床の使用率は48パーセントに"
    "達しており、宿泊療養施設の追加確保を進めています。感染拡大防止のため、県民の皆様には不要不急の外出を控え、"
    "基本的な感染防止対策の徹底をお願いします。PCR検査につきましては、検査体制を1日5,000件まで拡充しました。"
    "濃厚接触者となった方には保健所から連絡いたします。また、ワクチン接種は12歳以上の希望者への接種を進めており、"
    "9月中には対象者の7割が2回目を終える見込みです。\n"
    "米の概算金について\n"
    "本年産の概算金は昨年を下回る見込みであり、生産者への影響を注視してまいります。\n"
)

# A prefecture's grant for firms introducing telework, written because of the epidemic: its subject is telework.
TELEWORK_GRANT = (
    "テレワーク導入促進補助金のご案内\n"
    "新型コロナウイルス感染症の影響が長期化する中、県内中小企業の皆様の働き方の見直しを支援するため、"
    "テレワークの導入に必要な機器やソフトウェアの購入費用を補助します。在宅勤務やサテライトオフィスでの勤務を"
    "新たに始める事業者が対象です。補助率は2分の1、上限は50万円です。申請は電子申請システムで受け付けます。"
    "新型コロナウイルスの流行を契機としたテレワークの定着に向け、ぜひご活用ください。\n"
)

# A town's page on the relief grant it spent on digitalising its office: COVID-19 is the occasion only.
RELIEF_GRANT = (
    "新型コロナウイルス感染症対応地方創生臨時交付金の活用状況\n"
    "本町では、新型コロナウイルス感染症対応地方創生臨時交付金を活用し、役場の窓口のキャッシュレス化、"
    "電子申請の拡大、オンライン会議システムの導入を行いました。また、町内の飲食店への応援金の給付や、"
    "プレミアム付き商品券の発行により、地域経済の回復を図りました。事業の効果については、議会に報告しています。\n"
)


# A governor's opening speech to the assembly: one passage of its own on the infection among three other topics.
SPEECH = (
    "令和4年2月定例会 知事提案説明要旨\n"
    "本日ここに、令和4年2月定例県議会が開会され、提出いたしました議案の説明に先立ち、県政運営に関する所信の一端を申し上げます。\n"
    "初めに、新型コロナウイルス感染症への対応について申し上げます。本県では、1月以降、これまでにない速さで感染者が増加し、"
    "1月27日からまん延防止等重点措置が適用されました。飲食店の皆様には営業時間の短縮にご協力をいただき、県民の皆様には"
    "基本的な感染防止対策の徹底をお願いしてまいりました。引き続き、3回目のワクチン接種を加速してまいります。\n"
    "次に、世界遺産登録に向けた取組について申し上げます。推薦書の提出に向け、関係自治体と連携し、国への働きかけを強めてまいります。"
    "登録に向けた機運を高めるため、シンポジウムの開催や、県外での情報発信にも力を入れてまいります。\n"
    "次に、東京オリンピック・パラリンピック競技大会について申し上げます。本県ゆかりの選手の活躍は、県民に大きな感動を与えました。"
    "大会の成果を、スポーツの振興と地域の活力につなげてまいります。\n"
    "次に、令和4年度当初予算について申し上げます。県税収入は前年度を上回る見込みでありますが、社会保障関係費の増加により、"
    "厳しい財政運営が続きます。事業の選択と集中を徹底し、持続可能な財政運営に努めてまいります。\n"
)


def test_a_press_conference_on_the_infection_is_a_health_page():
    assert HEALTH in themes_of(CONFERENCE, "知事定例記者会見(令和3年8月25日)")


def test_a_speechs_passage_on_the_infection_reaches_the_bars():
    # Before, 感染症 ワクチン 接種 made health only the page's "clear best below the bars" (score 0.32).
    got = {e.name: e for e in explain_themes([t.text for t in analyze(SPEECH)], [t.text for t in analyze("知事提案説明要旨")],
                                             SPEECH)}
    assert HEALTH in got and not got[HEALTH].lone


def test_words_of_the_infections_handling_are_strong_health_words():
    assert strong("新たに感染者が確認されました。病床の確保とPCR検査の拡充を進めます。", HEALTH) == 3


def test_a_telework_grant_written_because_of_the_epidemic_is_no_health_page():
    got = themes_of(TELEWORK_GRANT, "テレワーク導入促進補助金")
    assert TELEWORK in got
    assert HEALTH not in got


def test_a_relief_grant_spent_on_the_office_is_no_health_page():
    assert HEALTH not in themes_of(RELIEF_GRANT, "臨時交付金の活用状況")
    assert strong(RELIEF_GRANT, HEALTH) == 0


# --- IoT among other technologies --------------------------------------------------------------------------------------

# A prefecture's plan chapter naming IoT only in lists of technologies, as the means of its industry's growth.
TECH_LIST = (
    "第3章 産業の振興\n"
    "AI、IoT、ビッグデータ等の先端技術を活用し、県内企業の生産性向上と新たな事業の創出を図ります。"
    "ものづくり企業の技術力を高めるため、工業技術センターでの相談や共同研究を進めるとともに、"
    "5G、IoT、AIといった技術を使いこなす人材の確保を支援します。販路開拓のため、展示会への出展を支援します。"
    "また、創業を目指す方への相談窓口を設け、地域の金融機関と連携して資金調達を後押しします。\n"
)

# A city's page describing the sensors it put on its rivers: one list mention, and IoT described beside it.
RIVER_SENSORS = (
    "IoTを活用した河川の水位監視\n"
    "市では、AI、IoTなどの新しい技術を防災に活かす取組を進めています。市内の中小河川12か所にIoT水位センサーを"
    "設置し、10分ごとに水位を計測してLPWAの通信網で市役所へ送っています。水位が基準を超えると、担当職員に"
    "自動で通知されます。計測したデータは市のホームページで公開しています。\n"
)


def test_iot_only_in_lists_of_technologies_counts_no_strong_hit():
    assert strong(TECH_LIST, IOT) == 0
    assert IOT not in themes_of(TECH_LIST, "第3章 産業の振興")


def test_iot_in_a_list_counts_where_the_page_describes_the_things():
    # the list item 「AI、IoTなど」 counts with the IoT水位センサー and LPWA described after it
    assert strong(RIVER_SENSORS, IOT) >= 3
    assert IOT in themes_of(RIVER_SENSORS, "IoTを活用した河川の水位監視")


def test_iot_in_a_list_counts_where_a_heading_names_it():
    text = "AI・IoTを活用したものづくり支援。AI、IoT等の導入を支援します。"
    assert strong(text, IOT) == 0
    assert strong(text, IOT, {THEMES.index(IOT): True}) == 2


# --- A local body's information plan -----------------------------------------------------------------------------------

# A city's committee on its draft information plan, on the administration's own informatisation.
PLAN_DX = (
    "第2回 市情報化推進委員会 会議録\n"
    "議題 市情報化推進計画(案)について\n"
    "事務局から、市情報化推進計画(案)の概要を説明した。計画期間は令和4年度から令和8年度までの5年間とし、"
    "行政の情報化と地域の情報化の二つを柱とする。行政の情報化では、電子申請で受け付ける手続を増やし、"
    "窓口のオンライン化と庁内の業務改革を進める。委員からは、高齢者にも使いやすい電子申請とするよう意見があった。"
    "事務局は、計画案をパブリックコメントに付したうえで、3月に計画を策定する予定であると説明した。\n"
)

# A town's notice that its plan's revision is postponed: only the plan's name and its schedule.
PLAN_SCHEDULE = (
    "町地域情報化計画の策定時期の変更について\n"
    "町では、令和3年度からの町地域情報化計画の策定を予定していましたが、町総合計画の見直しにあわせるため、"
    "策定時期を1年延期し、令和4年度からの計画とします。現行の町地域情報化計画の計画期間は1年延長します。"
    "計画の策定にあたっては、町民の皆様のご意見をお聴きする機会を設ける予定です。\n"
)

# A prefecture's plan chapter on its region's lines: the plan is about broadband, not the office going digital.
PLAN_LINES = (
    "県地域情報化計画 第2章 情報通信基盤の整備\n"
    "県地域情報化計画では、中山間地域の光ファイバ網の整備を重点施策とし、超高速ブロードバンドの未整備地域の"
    "解消を目指します。携帯電話の不感地域については、事業者と連携して基地局の整備を進めます。"
    "ケーブルテレビ網の高度化により、地域間の情報格差の是正を図ります。\n"
)


# A city's committee drafting its information plan, which is to be about the administration's informatisation: the
# plan's name and 行政の情報化 are nearly all the page says of it.
PLAN_COMMITTEE = (
    "第3回 市情報化推進計画策定委員会 会議録\n"
    "1 開会\n"
    "2 議事 市情報化推進計画(素案)について\n"
    "事務局から、市情報化推進計画(素案)の構成を説明した。前回の委員会で、計画の対象を行政の情報化に絞るべきとの"
    "意見があったことを受け、素案では行政の情報化を中心に据え、地域の情報化は総合計画の各分野に委ねることとした。\n"
    "委員 市情報化推進計画の計画期間を5年とした理由は何か。\n"
    "事務局 国の計画や総合計画の見直しの時期にあわせたものである。\n"
    "委員 市民の意見をどのように計画に反映するのか。\n"
    "事務局 素案をパブリックコメントに付し、寄せられた意見を踏まえて市情報化推進計画を取りまとめる。\n"
    "委員 計画の進捗はどのように確認するのか。\n"
    "事務局 毎年度、委員会に取組の状況を報告する。\n"
    "3 閉会\n"
)


def test_a_committee_on_a_plan_for_the_administrations_informatisation_is_dx():
    got = themes_of(PLAN_COMMITTEE, "市情報化推進計画策定委員会 会議録")
    assert got == {PLAN, DX}


def test_an_information_plan_on_the_administration_going_digital_is_dx():
    got = themes_of(PLAN_DX, "市情報化推進委員会 会議録")
    assert DX in got
    assert PLAN in got


def test_an_information_plan_given_by_its_name_and_schedule_is_no_dx():
    got = themes_of(PLAN_SCHEDULE, "町地域情報化計画の策定時期の変更について")
    assert PLAN in got
    assert DX not in got
    assert strong(PLAN_SCHEDULE, DX) == 0


def test_an_information_plan_on_the_regions_lines_is_no_dx():
    assert strong(PLAN_LINES, DX) == 0
    assert DX not in themes_of(PLAN_LINES, "県地域情報化計画 第2章")
