"""Where the law's list of the state's bodies (session 36) misfired: a body's name heading a local page that
relays its word, names its building or award, or gives it as a speaker's affiliation; a body's office of one
area on the line under it (breaker36)."""

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata import docinfo


def _meta(text: str, title: str = ""):
    return derive_metadata(text, title=title, path=Path("page.txt"), root=None)


def test_a_prefectures_report_on_the_personnel_authoritys_recommendation_is_the_prefectures():
    text = ("人事院勧告の概要と本県の勧告\n"
            "令和6年10月11日\n"
            "茨城県人事委員会\n"
            "本委員会は、本日、県議会議長及び知事に対し、職員の給与等について報告及び勧告を行いました。\n"
            "人事院は、8月8日に国家公務員の月例給を引き上げる勧告を行っています。\n")
    m = _meta(text, "職員の給与等に関する報告及び勧告")
    assert "全国" not in m.region and m.prefecture == ("茨城県",)


def test_a_towns_new_fire_station_is_no_page_of_the_fire_agency():
    text = ("消防庁舎の建設について\n"
            "老朽化した消防本部庁舎を移転新築します。\n"
            "新しい庁舎は令和8年4月の供用開始を予定しています。\n"
            "問い合わせ:塩谷広域行政組合消防本部総務課\n")
    m = _meta(text, "消防庁舎の建設について")
    assert m.organization != "消防庁" and "全国" not in m.region


def test_an_award_received_is_the_towns_page_and_an_award_given_the_agencys():
    received = ("消防団が消防庁長官表彰を受賞しました\n"
                "那須町消防団は、長年にわたる地域防災への貢献が認められ、消防庁長官表彰を受賞しました。\n"
                "町では、今後も消防団の充実強化に取り組みます。\n")
    m = _meta(received, "消防団が消防庁長官表彰を受賞しました")
    assert "全国" not in m.region and m.prefecture == ("栃木県",)
    given = ("観光庁\n"
             "観光庁長官表彰の受賞者を決定しました\n"
             "観光庁では、観光振興に顕著な功績のあった個人・団体を表彰しています。\n"
             "本年度は、全国から推薦のあった中から8件を選定しました。\n")
    assert _meta(given, "観光庁長官表彰の受賞者を決定しました").region == ("全国",)


def test_a_step_of_a_towns_breadcrumb_trail_names_the_agency_in_passing():
    text = ("ホーム > くらし・手続き > 税金 > 国税庁からのお知らせ\n"
            "e-Taxのご案内\n"
            "スマートフォンとマイナンバーカードで確定申告ができます。\n"
            "町の申告会場は混雑が予想されますので、e-Taxをご利用ください。\n")
    m = _meta(text, "e-Taxのご案内")
    assert m.organization != "国税庁" and "全国" not in m.region


def test_a_speakers_affiliation_and_a_relayed_warning_are_not_the_issuer():
    lecture = ("防災講演会を開催します\n"
               "講師:気象庁 地震火山部 地震津波防災対策室長\n"
               "日時:令和6年9月1日 13時30分から\n"
               "会場:益子町中央公民館 大ホール\n")
    m = _meta(lecture, "防災講演会")
    assert "全国" not in m.region and m.prefecture == ("栃木県",)
    relay = ("気象庁発表\n"
             "大雨特別警報が発表されました\n"
             "町内全域に避難指示を発令しています。\n"
             "担当 危機管理課 0287-00-0000\n")
    m = _meta(relay, "大雨特別警報")
    assert m.organization != "気象庁" and "全国" not in m.region
    endorsed = ("NPO法人とちぎ消費者ネット\n"
                "消費者教育出前講座のご案内\n"
                "後援:消費者庁、栃木県\n"
                "講座では、インターネット通販のトラブル事例を紹介します。\n")
    assert docinfo.organization(endorsed, "消費者教育講座")[0] != "消費者庁"


def test_a_bodys_office_of_one_area_on_its_line_or_the_next_is_regional():
    coast_guard = ("海上保安庁 第三管区海上保安本部\n"
                   "海の安全情報\n"
                   "東京湾では、航行中の船舶の見張りの徹底をお願いします。\n")
    m = _meta(coast_guard, "海の安全情報")
    assert m.organization == "海上保安庁第三管区海上保安本部" and "全国" not in m.region
    transport = ("国土交通省\n"
                 "中部運輸局\n"
                 "自動運転バスの実証運行について\n"
                 "中部運輸局は、岐阜市内で実施される自動運転バスの実証運行を支援します。\n")
    m = _meta(transport, "自動運転バスの実証運行")
    assert m.organization == "国土交通省中部運輸局"
    assert "全国" not in m.region and m.prefecture == ("岐阜県",)
    # Two bodies' bureaus on two lines (a joint release) are not one letterhead.
    joint = "総務省近畿総合通信局\n経済産業省近畿経済産業局\n関西の中小企業のDX事例集を公表します\n"
    assert docinfo.organization(joint, "")[0] == "総務省近畿総合通信局"


def test_a_local_page_under_an_agencys_banner_speaks_as_the_local_body():
    recall = ("【消費者庁】子ども用品のリコール情報\n"
              "消費者庁から、子ども用品のリコール情報が公表されています。\n"
              "該当する製品をお持ちの方は、使用を中止してください。\n"
              "市民の皆様にお知らせします。\n")
    assert "全国" not in _meta(recall, "【消費者庁】子ども用品のリコール情報").region
    footer = ("金融庁\n"
              "多重債務でお困りの方へ\n"
              "借金の返済に困っている方は、一人で悩まずに相談してください。\n"
              "市役所で無料相談を行っています。\n"
              "住所:〒320-8540 栃木県宇都宮市旭1丁目1番5号\n")
    assert "全国" not in _meta(footer, "金融庁 多重債務相談").region


def test_the_agencys_own_pages_stay_national():
    # It tells of a city's case; a city's name holding 本 (熊本県) is no local voice.
    case = ("消費者庁\n"
            "地域の見守りネットワークの構築について\n"
            "消費者安全確保地域協議会の設置が進んでいます。\n"
            "例えば、神戸市では、民生委員や事業者と連携して高齢者の見守りを行っています。\n")
    assert _meta(case, "地域の見守りネットワーク").region == ("全国",)
    visit = ("農林水産省\n"
             "大臣記者会見概要\n"
             "熊本県への出張について\n"
             "熊本県の被災農家の皆様を訪問しました。\n")
    assert "全国" in _meta(visit, "農林水産大臣記者会見").region
    # It titles its own work with its name run into it.
    own = ("気象庁防災情報XMLフォーマット 更新情報\n"
           "防災情報XMLフォーマットの個別コード表を更新しました。\n"
           "ご利用の方は最新の資料をダウンロードしてください。\n")
    m = _meta(own, "気象庁防災情報XMLフォーマット")
    assert m.organization == "気象庁" and m.region == ("全国",)
