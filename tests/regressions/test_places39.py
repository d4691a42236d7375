"""places39: national pages that name no place and show themselves only by how they write — every local body
addressed as one (各地方自治体は, 全国の自治体) —, and the local pages where that reading must not fire (a
prefecture writing of the towns of its own area, a town writing of its neighbours)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _derive(text: str, title: str | None = None, path: str = "page.txt"):
    return derive_metadata(text, title=title or text.strip().splitlines()[0], path=Path(path))


# Every local body written as one: an agency's e-learning page on what each of them must prepare.
E_COLLEGE = (
    "災害対策本部の立ち上げ\n5.避難情報を伝えるための準備\n\n"
    " 大規模な災害においては、各地方自治体は住民に対して、避難指示等を迅速かつ確実に伝えることが求められます。\n"
    " 過去の豪雨災害では、停電により防災行政無線が使えなくなった事例もありました。非常用電源の確保や、"
    "緊急速報メール、コミュニティFM等を組み合わせた伝達手段の多重化が重要です。\n"
)
GUIDE = (
    "自治体におけるAI活用の手引き\n\n"
    "生成AIの利用は全国の自治体で広がっており、議事録の要約や問合せ対応での活用が進んでいます。"
    "利用に当たっては、入力する情報の取扱いや出力の確認についての規程を整えることが重要です。\n"
)


def test_every_local_body_written_as_one_is_the_countrys_page():
    for text in (E_COLLEGE, GUIDE):
        m = _derive(text)
        assert m.region == ("全国",), text[:20]
        assert m.prefecture == ()


# A prefecture's page on the towns of its own area: 県内の各自治体 (its territory), 管内各自治体 (glued).
PREFECTURE = (
    "防災行政無線のデジタル化の状況\n\n"
    "県内の各自治体では、防災行政無線のデジタル化が進んでいます。未整備の市町村に対しては、整備費用の一部を助成します。\n"
)
BRANCH = (
    "情報伝達訓練の実施について\n\n"
    "振興局では、管内各自治体と連携して、災害時の情報伝達訓練を実施しました。参加した職員は、衛星携帯電話の操作を確認しました。\n"
)
# A town's page on its neighbours: 近隣の各自治体 beside 本町.
TOWN = (
    "広域避難の協定を締結しました\n\n"
    "本町は、大規模災害に備え、近隣の各自治体と広域避難に関する協定を締結しました。町民の皆様の避難先を確保します。\n"
)


def test_a_local_body_writing_of_the_towns_around_it_is_not_national():
    for text in (PREFECTURE, BRANCH, TOWN):
        m = _derive(text)
        assert "全国" not in m.region, text[:20]


# A catalogue of the state's support schemes: the field naming the body in charge, whatever 交付金 it pays
# (内閣府 on a line of its own is not read as the page's issuer).
SCHEME = (
    "地域の課題をデジタルで解決したい\n支援策No.\n3(2)\n支援事業名\n地域デジタル基盤活用推進事業\n"
    "所管省庁\n内閣府\n支援事業概要\nデジタル技術を活用した地域課題の解決に向けた計画策定や実証を支援します。\n"
    "支援対象\n事業主体:地方公共団体、民間事業者等\n支援内容\n補助金(補助率1/2)を交付します。\n"
)
# A prefecture relaying that scheme to the towns of its own area (県内の市町村), and a town's own aid (所管課).
RELAY = (
    "国の補助事業の御案内\n\n"
    "事業名\n地域デジタル基盤活用推進事業\n所管省庁\n内閣府\n"
    "県内の市町村の皆様は、申請前に県のデジタル推進課へ御相談ください。\n"
)
OWN_AID = (
    "テレワーク施設整備補助金\n\n所管課 企画課\n"
    "空き店舗をテレワーク施設に改修する事業者に、補助金を交付します。申請は窓口で受け付けます。\n"
)


def test_a_scheme_whose_field_names_the_state_body_in_charge_is_national():
    m = _derive(SCHEME)
    assert m.region == ("全国",)
    assert m.prefecture == ()


def test_a_prefecture_relaying_the_scheme_or_a_towns_own_aid_is_not_national():
    for text in (RELAY, OWN_AID):
        assert "全国" not in _derive(text).region, text[:20]


# A ministry's study group: its officials listed among those present; a member speaks of 本市.
COUNCIL = (
    "学校におけるデータ活用に関する検討会議(第5回)議事要旨\n\n1.日時\n令和5年6月12日(月曜日)10時00分~12時00分\n\n"
    "2.場所\n※Web会議での開催\n\n3.出席者\n\n委員\n\n山田座長、佐藤座長代理、鈴木委員、田中委員\n\n"
    "文部科学省\n\n高橋初等中等教育局長、伊藤学習基盤審議官\n\n4.議事要旨\n\n"
    "【委員】 本市では、学習端末の利用ログを分析し、授業改善に生かす取組を進めております。"
    "教員の負担を増やさない仕組みが重要と考えます。\n"
)


def test_a_council_whose_attendees_include_the_ministrys_officials_is_national():
    m = _derive(COUNCIL)
    assert m.region == ("全国",)


# A city's committee: its own departments present; the ministry only as a guest inside a line, or an
# observer, or a bureau written on after its ministry.
CITY_COMMITTEE = (
    "令和5年度 第2回 地域情報化推進委員会 会議録\n\n日時 令和5年8月3日(木)14時から\n\n"
    "出席者\n委員 8名\n事務局 企画課長、情報政策係長\n説明者 総務省 地域情報化アドバイザー\n\n"
    "議事\n本市の地域情報化計画の進捗について事務局から説明し、委員から意見が出された。\n"
)
PREFECTURE_COUNCIL = (
    "デジタル化推進協議会(第3回)の開催結果\n\n1 出席者\n構成員\n市町村代表\n"
    "オブザーバー\n総務省\n\n2 事務局\n総務省東北総合通信局\n県デジタル推進課\n\n"
    "3 概要\n本県における市町村のデジタル化の取組状況を共有した。\n"
)


def test_a_local_council_with_the_ministry_as_guest_observer_or_bureau_is_not_national():
    for text in (CITY_COMMITTEE, PREFECTURE_COUNCIL):
        assert "全国" not in _derive(text).region, text[:20]


# A town's page: its association's secretariat at the end of a line, over a list of links to the ministries.
TOWN_LINKS = (
    "移住定住ポータルサイトを開設しました\n\n"
    "町では、移住を考えている方に向けて、空き家やテレワーク施設の情報をまとめたサイトを開設しました。\n\n"
    "お問い合わせ 移住定住促進協議会事務局\n電話 0120-000-000\n\n関連リンク\n総務省\n\n内閣府\n"
)


def test_a_towns_footer_secretariat_over_links_to_ministries_is_not_a_list_of_those_present():
    assert "全国" not in _derive(TOWN_LINKS).region
