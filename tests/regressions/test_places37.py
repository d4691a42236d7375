"""places37: a prefecture written only through a broadcasting station's name (a bureau's licence
renewal listing its stations, a ministry's release on a parent station), and the pages where that
reading must not fire (an officer, a bureau's own 局, a station named like a town of another block)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.regions import find_places


def _derive(text: str, path: str = "page.txt"):
    return derive_metadata(text, title=text.strip().splitlines()[0], path=Path(path))


RENEWAL = (
    "報道資料\n令和5年10月26日\n東北総合通信局\n地上基幹放送局の再免許\n"
    " 総務省は、本年10月31日をもって免許の有効期間が満了する地上基幹放送局について、本年11月1日付けで"
    "再免許することとし、本日、東北総合通信局から東北管内の地上基幹放送事業者に対し、免許状を交付しました。\n"
    "※AM局の運用休止に係る特例措置について、東北管内においては、株式会社北日本ラジオから申請があり、"
    "同社の横手局、湯沢局、上野局及び気仙沼局が当該措置の対象になるものとして、条件を付して免許しました。\n"
    "連絡先\n東北総合通信局放送部放送課\n電話:022-221-0683\n"
)


def test_a_bureaus_renewal_names_its_stations_prefectures():
    m = _derive(RENEWAL)
    # 横手・湯沢 are 秋田県's towns, 気仙沼 宮城県's; 上野 (群馬県's 上野村) lies outside 東北,
    # the block the page names, and is another place of that name.
    assert m.prefecture == ("宮城県", "秋田県")
    assert m.region == ("東北",)


PARENT_STATION = (
    "報道資料\n平成27年10月14日\n総務省\n移動受信用地上基幹放送局(北陸広域圏のV-Lowマルチメディア放送親局)の"
    "予備免許に係る電波監理審議会からの答申\n"
    " 総務省は、本日、株式会社ほくりくマルチメディアから申請のあった移動受信用地上基幹放送局"
    "(北陸広域圏のV-Lowマルチメディア放送親局)の開設について、電波監理審議会に諮問し、"
    "予備免許することを適当とする旨の答申を受けました。\n"
    " 本件は、特定基地局の開設計画〜北陸広域圏〜に従い、認定開設者から申請のあった移動受信用地上基幹放送局"
    "(北陸広域圏のV-Lowマルチメディア放送親局(金沢局))の開設について、答申を受けたものです。\n"
    "連絡先\n情報流通行政局放送技術課\n電話:03-5253-5784\n"
)


def test_a_parent_station_gives_its_prefecture():
    assert "石川県" in _derive(PARENT_STATION).prefecture


def test_an_officer_or_a_bureaus_own_office_is_no_station():
    for text in ("大阪局長が挨拶を行いました。", "事務局、水道局及び交通局が出席した。",
                 "東北総合通信局と関東総合通信局が共催する。"):
        assert not [p for p in find_places(text) if p.prefecture], text


NO_STATION = (
    "報道資料\n令和6年3月1日\n総務省\nAM放送局の運用休止に係る特例措置の実施状況\n"
    " 総務省は、AM局の運用休止に係る特例措置の実施状況を取りまとめました。対象となった局は全国で34局です。"
    "各局の運用休止期間中は、FM補完放送又はインターネットで番組を聴取できます。\n"
    "連絡先\n情報流通行政局放送政策課\n電話:03-5253-5777\n"
)


def test_a_national_count_of_stations_names_no_place():
    m = _derive(NO_STATION)
    assert m.prefecture == ()
    assert m.region == ("全国",)


AWARD = (
    "総務省トップ>広報・報道>報道資料一覧>令和5年度過疎地域持続的発展優良事例表彰団体の決定\n報道資料\n"
    "令和5年9月5日\n総務省\n全国過疎地域連盟\n令和5年度過疎地域持続的発展優良事例表彰団体の決定\n"
    "総務省及び全国過疎地域連盟は、令和5年度の過疎地域持続的発展優良事例として、総務大臣賞4団体を下記のとおり"
    "決定しました。\n"
    "なお、表彰式については、来る10月19日(木)午後1時30分より、鳥取県米子市で行われる"
    "「全国過疎問題シンポジウム2023inとっとり(全体会)」において執り行います。\n"
    "1【受賞団体及びテーマ】\n総務大臣賞(4団体)\n団体名テーマ(キャッチフレーズ)\n"
    "岩手県一般社団法人葛巻町まちづくり協議会(葛巻町(くずまきまち)) 牛と風の町に若者が戻る仕組みづくり\n"
    "高知県特定非営利活動法人とさの森(大豊町(おおとよちょう)) 山の暮らしを次の世代へ\n"
    "熊本県球磨村(くまむら) 災害を越えて、むらの未来をつくる\n"
)


def test_where_a_national_awards_ceremony_is_held_is_no_winners_place():
    m = _derive(AWARD)
    assert "鳥取県" not in m.prefecture
    assert {"岩手県", "高知県", "熊本県"} <= set(m.prefecture)


OWN_CEREMONY = (
    "報道資料\n令和6年5月27日\n中国総合通信局\n令和6年度「電波の日・情報通信月間」記念式典を開催\n"
    " 総務省中国総合通信局は、中国情報通信懇談会と、令和6年度「電波の日・情報通信月間」記念式典を開催し、"
    "電波利用及び情報通信の発展に貢献された個人・団体に対して表彰を行います。\n"
    "なお、表彰式については、6月4日(火)午前11時より、広島市中区で行われる記念式典において執り行います。\n"
    "1 日時 令和6年6月4日(火)午前11時00分から11時55分まで\n"
)


def test_a_bureaus_own_ceremony_keeps_its_town():
    m = _derive(OWN_CEREMONY)
    assert m.prefecture == ("広島県",)
    assert m.region == ("中国",)


HELD = (
    "報道資料\n令和5年11月28日\n総務省\n「テレワーク先駆者百選」総務大臣賞の表彰式を開催しました\n"
    " 総務省は、11月27日に、表彰式を長野県松本市で開催しました。会場では、受賞した団体の取組の発表が行われ、"
    "松本市の地域テレワーク拠点の視察も行われました。長野県内の自治体の担当者も参加しました。\n"
)


def test_a_ceremony_the_page_reports_on_keeps_its_town():
    # A ceremony held, reported after the fact (表彰式を…で開催しました), is the page's own event.
    assert "長野県" in _derive(HELD).prefecture


SITES = (
    "平成10年版通信白書\n第2章 情報通信政策の動向\n(3) 地域情報化施設整備事業\n"
    "郵政省では、6年度から地域の住民生活に必要不可欠な情報を提供する施設整備事業を実施している(第2-2-8表参照)。\n"
    "9年度においては、新たに、田園型が遠野市(岩手県)、飯山市(長野県)、大方町(高知県)、都市型が上越市(新潟県)、"
    "出雲市(島根県)の5地域において実施されている。\n"
)


def test_a_white_papers_sites_with_their_prefectures_closed_by_a_count_are_its_subjects():
    m = _derive(SITES, "whitepaper/h10/a.txt")
    assert m.prefecture == ("岩手県", "新潟県", "長野県", "島根県", "高知県")
    assert "全国" in m.region


NATIONWIDE = (
    "平成10年版通信白書\n第2章 情報通信政策の動向\n(4) テレワークの推進\n"
    "郵政省では、テレワークの普及に取り組んでいる。\n"
    "テレワークセンターは、遠野市(岩手県)、飯山市(長野県)、出雲市(島根県)など全国の120地域に整備されている。\n"
    "このほか、上越市(新潟県)、大方町(高知県)の2地域では、センターの整備が計画されている。\n"
)


def test_examples_of_a_nationwide_count_are_no_sites():
    # 「…など全国の120地域」: the count is the country's, the towns its examples.  (The two towns
    # planned, closed by their count, are sites.)
    m = _derive(NATIONWIDE, "whitepaper/h10/b.txt")
    assert m.prefecture == ("新潟県", "高知県")
    assert m.region == ("信越", "四国", "全国")


CASES = (
    "平成10年版 通信白書\n第1章 平成9年情報通信の現況\n(3) 社会の情報化\n"
    " 社会の情報化の進展状況を見るため、保健・医療・福祉及び教育の分野について、次のような先進的な取組事例を紹介する。\n"
    "ア 保健・医療・福祉の分野\n(ア) 山形県の在宅健康管理システム\n"
    " 県では、高齢化の進展に対応するため、在宅の高齢者と保健所を結ぶシステムを整備し、9年4月から利用を開始している。\n"
    "(イ) 上勝町の生活支援情報通信システム\n"
    " 過疎地においては、都市部に比べ高齢化率が高い一方、医療・福祉従事者の不足が課題となっている。\n"
)


def test_numbered_headings_under_a_sentence_presenting_cases_are_the_cases():
    m = _derive(CASES, "whitepaper/h10/c.txt")
    assert m.prefecture == ("山形県", "徳島県")
    assert m.region == ("東北", "四国", "全国")


HEADINGS_ONLY = (
    "平成10年版 通信白書\n第1章 平成9年情報通信の現況\n(4) 地域の情報化の現状\n"
    " 地方公共団体の情報化の取組状況を、都道府県別の調査結果によって見ると、次のとおりである。\n"
    "(ア) 東京都の回答では、庁内LANの整備率が最も高い。\n"
    "(イ) 沖縄県の回答では、インターネット接続の割合が最も伸びた。\n"
)


def test_numbered_headings_of_a_survey_are_no_cases():
    # No sentence presents cases: headings of a survey's results by prefecture stay passing mentions.
    m = _derive(HEADINGS_ONLY, "whitepaper/h10/d.txt")
    assert m.prefecture == ()
    assert m.region == ("全国",)


INTERFERENCE = (
    "総務省トップ > 組織案内 > 地方支分部局 > 九州総合通信局 > 地上放送のデジタル混信に対する対策計画の公表\n"
    "報道資料\n平成27年6月10日\n九州総合通信局\n"
    " 総務省九州総合通信局及び九州地上デジタル放送推進協議会は、平成27年6月10日付けで、熊本県八代市鏡町の一部地域に"
    "おける地上放送のデジタル混信対策計画を別添のとおり公表しました。\n"
    "都道府県 地域 混信の状況 対策 世帯数\n"
    "熊本県 熊本県八代市鏡町 八代局受信において、島原局による常時混信 高利得受信アンテナ等 12\n"
)


def test_a_station_causing_interference_is_no_place_of_the_page():
    # 島原 is 長崎県's: the station interfering with 八代's reception, not where the plan is.
    m = _derive(INTERFERENCE)
    assert m.prefecture == ("熊本県",)
    assert m.region == ("九州",)


SPOOFED = (
    "なりすましメールにご注意ください。\n •初版公開日:[2023年05月10日]\n"
    "池田町のメールを詐称した「なりすましメール」にご注意ください。\n"
    "池田町のメールアドレス(アドレスの末尾が@town.hokkaido-ikeda.lg.jpのもの)を詐称した迷惑メールを無作為に送信する"
    "事案が発生しております。一見すると池田町から送信されたメールに見えますが、実際は池田町と無関係の第三者から"
    "送信されたものです。\n心当たりのないメールには注意してください。\n"
)


def test_a_towns_own_mail_address_tells_which_town_of_that_name_it_is():
    # 池田町 is a town of 北海道, 福井県, 岐阜県 and 長野県 (and 池田市 of 大阪府).
    m = _derive(SPOOFED)
    assert m.prefecture == ("北海道",)
    assert m.region == ("北海道",)


def test_a_prefectures_or_another_towns_address_does_not_place_a_town_of_several():
    for address in ("@pref.gifu.lg.jp", "@city.sapporo.lg.jp"):
        text = SPOOFED.replace("@town.hokkaido-ikeda.lg.jp", address)
        assert _derive(text).prefecture == (), address
