"""places32: a policy officer filtering real pages by 地域 and 都道府県 — a town's page pointing to the
ministry's pages, a bureau's table of its area's prefectures."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.docinfo import organization


def _derive(text: str, url: str | None = None):
    return derive_metadata(text, title=text.strip().splitlines()[0], path=Path("page.txt"), url=url)


TOWN_LINKS = ("マイナンバーカードの申請方法\n"
              "マイナンバーカードは、本人確認書類として使えるほか、コンビニで住民票の写しを取得できます。\n"
              "詳しくは、次のページをご覧ください。\n"
              "マイナンバーカードでできること(総務省)\n"
              "マイナンバーカードの安全性(総務省)\n"
              "申請書は、郵送、パソコン、スマートフォンで提出できます。\n")


def test_a_ministry_in_brackets_after_a_links_words_is_the_source_not_the_issuer():
    # The links' sources made 総務省 the page's issuer, and the town's page national (全国), though
    # it names no place (its place only in its address).
    assert organization(TOWN_LINKS, "マイナンバーカードの申請方法")[0] is None
    assert _derive(TOWN_LINKS).region == ()


def test_a_ministry_on_a_line_of_its_own_still_issues_the_page():
    # Control: the ministry signing its page on its own line, or in brackets alone, is the issuer.
    signed = TOWN_LINKS.replace("詳しくは、次のページをご覧ください。\n", "総務省\n", 1)
    assert organization(signed, "マイナンバーカードの申請方法")[0] == "総務省"
    bracketed = TOWN_LINKS.replace("詳しくは、次のページをご覧ください。\n", "(総務省)\n", 1)
    assert organization(bracketed, "マイナンバーカードの申請方法")[0] == "総務省"


def _radio_table(rows: str) -> str:
    return ("防災行政無線の整備の促進\n"
            "【目的、概要等】\n"
            "防災行政無線は、災害時に避難指示などの情報を住民に直接伝える無線システムです。"
            "未整備の自治体への整備と、デジタル方式への移行を推進します。\n"
            "防災行政無線の整備状況 令和5年3月末現在\n"
            "市町村数 整備市町村数 整備率(%)\n"
            f"{rows}"
            "※MCAによるものを含む。\n"
            "お問い合わせ先\n無線通信部陸上課\n")


AREA_ROWS = ("富山県15 15 100.0\n石川県19 18 94.7\n福井県17 17 100.0\n管内合計51 50 98.0\n")


def test_a_table_of_every_prefecture_of_one_block_is_that_block():
    # A bureau's table of counts per prefecture of its area, one prefecture a row, never writing the
    # block's word (北陸): each row read as a row of a list, and the page got no place at all.
    m = _derive(_radio_table(AREA_ROWS))
    assert m.region == ("北陸",)
    assert m.prefecture == ("富山県", "石川県", "福井県")


def test_a_table_running_into_another_blocks_prefectures_is_no_block():
    # Control: rows that go on into 新潟県 (信越) are a wider table's, and one block's two prefectures
    # in a table (新潟県, 長野県) are too few to stand for it.
    wider = _derive(_radio_table(AREA_ROWS.replace("管内合計", "新潟県30 28 93.3\n合計")))
    assert "北陸" not in wider.region and "富山県" not in wider.prefecture
    pair = _derive(_radio_table("新潟県30 28 93.3\n長野県77 70 90.9\n合計107 98 91.6\n"))
    assert pair.prefecture == ()


REPORTS = ("教育委員会の点検・評価について\n"
           "地方教育行政の組織及び運営に関する法律に基づき、教育委員会の事務の管理及び執行の状況について"
           "点検及び評価を行い、報告書を作成しました。\n"
           "令和5年度\n令和4年度\n令和3年度\n"
           "この記事に関するお問い合わせ先\n\n"
           "教育委員会 教育総務課\n"
           "〒{code}\n"
           "{town}山崎町中広瀬133番地6\n"
           "電話番号:0790-63-3121\n")


def test_a_town_opening_the_postal_address_of_the_contact_block_places_the_page():
    # The town's one mention is its office's address under its postal code; a street after a town
    # (宍粟市山崎町…133番地6) was read as an address of no account, and the page got no place.
    m = _derive(REPORTS.format(code="671-2593", town="宍粟市"))
    assert m.prefecture == ("兵庫県",)
    assert m.region == ("近畿",)


def test_a_ward_after_a_postal_code_is_no_local_bodys_address():
    # Control: a ward (a ministry's 〒100-8926 千代田区霞が関…) does not place the page, nor does a town
    # whose street stands without a postal code.
    assert _derive(REPORTS.format(code="100-8926", town="千代田区")).prefecture == ()
    assert _derive(REPORTS.replace("〒{code}", "(代表)").format(town="宍粟市")).prefecture == ()


BRIEFING = ("市長記者会見 令和4年4月19日\n"
            "新型コロナウイルス感染症の状況について説明します。\n"
            "市内の新規感染者数は、前の週と比べて減少しています。\n"
            "{area}のコロナ病床の利用率は16.5%で、入院を必要とする方は抑えられています。\n"
            "引き続き、基本的な感染対策をお願いします。\n")


def test_the_area_a_city_heads_written_with_its_name_places_the_citys_page():
    # A city's page that writes itself only as 市内 and names its area (松本圏域: the 圏域 of 松本市)
    # got no place.
    m = _derive(BRIEFING.format(area="松本圏域"))
    assert m.prefecture == ("長野県",)
    assert m.region == ("信越",)


def test_a_metropolitan_area_of_a_prefectures_name_is_not_read_as_a_town():
    # Control: 東京圏 opens with a prefecture's short name, no town's stem: a city's page citing it is not Tokyo's.
    assert _derive(BRIEFING.format(area="東京圏")).prefecture == ()


EVALUATION = ("高度無線環境整備推進事業に係る中間評価結果\n"
              "事業の概要\n"
              "光ファイバ網を整備し、住民が高速のインターネットを利用できる環境をつくる。\n"
              "整備区域\n"
              "- {district}(川井の一部、七折、大角蔵)\n"
              "評価\n"
              "新型コロナウイルス感染症の影響で、事業者の訪問活動も{block}内の人員に限ったため、"
              "住民への周知が遅れた。\n")


def test_a_towns_district_places_its_page_that_names_its_block_only_in_passing():
    # The town's district (砥部地域: 砥部町, 愛媛県) was read only on a page naming no place at all;
    # 四国内の人員 in a sentence made the page name its block, and it got no place.
    m = _derive(EVALUATION.format(district="砥部地域", block="四国"))
    assert m.prefecture == ("愛媛県",)
    assert m.region == ("四国",)


def test_a_towns_district_with_another_blocks_word_stays_unplaced():
    # Control: a block the town is not in (東北) leaves the page without a place.
    assert _derive(EVALUATION.format(district="砥部地域", block="東北")).prefecture == ()


FIRE = ("令和5年 火災・救急・救助統計\n"
        "更新日:2024年06月10日\n"
        "令和5年中の救急出場件数は2,522件で、前年に比べて275件増加しました。"
        "署別にみると、{station}は199件増加しています。\n"
        "火災件数は18件で、前年と同じでした。\n")


def test_a_towns_fire_station_named_after_it_places_a_page_naming_no_place():
    # The town's statistics page names itself only through its station (白浜消防署: 白浜町, 和歌山県).
    m = _derive(FIRE.format(station="白浜消防署"))
    assert m.prefecture == ("和歌山県",)
    assert m.region == ("近畿",)


def test_a_station_beside_another_place_is_not_read():
    # Control: on a page naming another place the station is not read as the page's own town.
    m = _derive(FIRE.format(station="白浜消防署") + "応援出場は、新潟県長岡市への派遣1件でした。\n")
    assert "和歌山県" not in m.prefecture


POLICY_SPEECH = ("令和7年第2回南関町議会定例会 施政方針\n"
                 "本日、令和7年第2回南関町議会定例会を招集いたしましたところ、議員各位にはご出席を賜り、"
                 "厚くお礼申し上げます。\n"
                 "昨年は、夏の猛暑や大雨など、自然災害が相次ぎました。\n"
                 "しかし、本年も1月13日に宮崎県{sea}を震源地として発生した地震のように、九州各県をはじめ全国では、"
                 "毎年大きな災害が発生しています。\n"
                 "町としても、防災体制の充実に努めてまいります。\n")


def test_a_prefecture_named_with_the_sea_of_a_quakes_epicentre_is_background():
    # 宮崎県日向灘を震源地として: the epicentre's prefecture counted as a place of the town's speech
    # (南関町, 熊本県), as 宮崎県西部を震源 would not have.
    m = _derive(POLICY_SPEECH.format(sea="日向灘"))
    assert m.prefecture == ("熊本県",)


def test_a_prefectures_own_sea_without_a_quake_is_its_place():
    # Control: the same prefecture and sea as where a project is done, not a quake's epicentre.
    m = _derive(POLICY_SPEECH.format(sea="日向灘").replace("を震源地として発生した地震のように", "で行われる漁業調査のように"))
    assert "宮崎県" in m.prefecture


GREETING = ("村長あいさつ(新年)\n"
            "新年あけましておめでとうございます。\n"
            "昨年、大鹿村においては、7月の大雨で道路が寸断されましたが、皆様のご協力で復旧いたしました。\n"
            "また、リニア中央新幹線事業は、{company}によって南アルプストンネル工事が進められています。\n"
            "本年も村づくりにご協力をお願いします。\n")


def test_a_railway_company_named_by_a_block_is_no_place():
    # JR東海 building the line through the village (大鹿村, 長野県) added the 東海 block to the page.
    m = _derive(GREETING.format(company="JR東海"))
    assert m.region == ("信越",)


def test_the_block_itself_beside_the_village_still_counts():
    # Control: 東海地方 written as a place (no company) is read as before.
    m = _derive(GREETING.format(company="東海地方の事業者").replace("村づくり", "東海地方との交流"))
    assert "東海" in m.region


QUESTION = ("次に、山田議員の質問を許します。\n"
            "○山田議員 ICTを活用した道路の維持管理について伺います。\n"
            "本町は、芽室町第4期総合計画において、安全な道路環境の整備を掲げています。\n"
            "スマートフォンで道路の損傷を通報できる仕組みがあれば、効率的な管理ができると考えます。\n"
            "{cited}では今年度から、除雪車両に位置情報の端末を付け、除雪の状況を地図で公開しています。\n"
            "本町でも導入を検討すべきと考えますが、町長の見解を伺います。\n")


def test_towns_a_members_question_writes_with_their_prefecture_are_examples_from_elsewhere():
    # 山形県新庄市、寒河江市: the town's own page writes itself bare (芽室町, 北海道) and the towns it cites
    # with their prefecture; the cited prefecture was kept as a second place.
    m = _derive(QUESTION.format(cited="山形県新庄市、寒河江市"))
    assert m.prefecture == ("北海道",)
    assert m.region == ("北海道",)


def test_towns_written_bare_beside_the_pages_own_are_kept():
    # Control: towns of another prefecture written bare, as a town's own, are not dropped as elsewhere.
    m = _derive(QUESTION.format(cited="新庄市と寒河江市"))
    assert "山形県" in m.prefecture


NEWSLETTER = ("{name}(令和4年4月号)3面 令和4年度 当初予算\n"
              "更新日:令和4(2022)年4月5日\n"
              "令和4年度当初予算の主な事業を紹介します。\n"
              "新型コロナウイルス感染症への対応として、病床の確保とワクチン接種を進めます。\n"
              "河川の改修を進め、浸水被害の軽減を図ります。\n")


def test_a_prefectures_newsletter_named_with_its_name_in_hiragana_places_it():
    # ちば県民だより: 千葉県's newsletter names it only in hiragana, which was not read (あきた, ふくい … were).
    m = _derive(NEWSLETTER.format(name="ちば県民だより"))
    assert m.prefecture == ("千葉県",)
    assert m.region == ("関東",)


def test_ちば_inside_other_hiragana_is_no_place():
    # Control: いちばん and たちばな run into other hiragana.
    assert _derive(NEWSLETTER.format(name="いちばん新しい県民だより")).prefecture == ()
    assert _derive(NEWSLETTER.format(name="たちばな通信")).prefecture == ()


RECRUIT = ("報道資料\n令和6年11月15日\n関東総合通信局\n"
           "電波適正利用推進員の追加募集について\n"
           "−{prefs}においてボランティアを募集します−\n"
           "関東総合通信局は、電波の適正な利用を地域で広める民間ボランティア(推進員)を募集します。\n"
           "推進員は、地域のイベント会場や電波教室で、電波に関する知識の周知啓発を行います。\n")


def test_prefectures_enumerated_before_内_are_each_where_the_page_acts():
    # 茨城県、栃木県、群馬県、神奈川県、山梨県内において: only the last, written with 内, was kept; the
    # others were read as a row of a list.
    m = _derive(RECRUIT.format(prefs="茨城県、栃木県、群馬県、神奈川県、山梨県内"))
    assert m.prefecture == ("茨城県", "栃木県", "群馬県", "神奈川県", "山梨県")
    assert m.region == ("関東",)


def test_prefectures_enumerated_without_内_stay_a_list():
    # Control: the same line without 内 (a list of where members came from) keeps its list weight.
    m = _derive(RECRUIT.format(prefs="茨城県、栃木県、群馬県、神奈川県、山梨県の推進員を表彰し、新たに関東管内"))
    assert "茨城県" not in m.prefecture


MAYOR = ("平成25年5月1日に思う\n"
         "若い仲間が増えそうです。\n"
         "国(総務省)が勧める「地域おこし協力隊」という制度があります。都市部から地方の集落に移り住んでもらい、"
         "地域の活性化を支援するものです。\n"
         "今年度、{self}では6人の隊員を採用しました。隊員の皆さんには、活動の後も定住してほしいと思います。\n")


def test_a_village_writing_村では_of_itself_is_no_national_page():
    # The village's head writes 村では without a comma; the ministry behind the scheme (国(総務省)) made the
    # page national (全国).
    assert _derive(MAYOR.format(self="村")).region == ()


def test_a_national_statistics_line_on_cities_stays_national():
    # Control: 市では is what a national page's statistics write of cities as a class; it keeps its 全国.
    text = MAYOR.format(self="全国の市町村").replace("今年度", "我が国では今年度") + "市では100%、町村では95%が導入済みです。\n"
    assert _derive(text).region == ("全国",)


REPORT = ("○議長(山田太郎) 日程第11、{item}についてを議題とします。\n"
          "委員会報告書を朗読させます。\n"
          "○総務常任委員長(鈴木一郎) {item}として、小中学校におけるICT教育の状況を調査いたしました。\n"
          "国の補助を活用し、一人一台の端末の整備が進んでいることを委員会として確認いたしました。\n")


def test_a_committees_所管事務調査_is_a_local_assemblys_record():
    # A town assembly's minutes that name no place: the state's 委員会 word made them national (全国).
    assert _derive(REPORT.format(item="所管事務調査")).region == ()


def test_a_committee_report_without_a_local_word_stays_as_it_was():
    # Control: the same minutes under the Diet's word for it keep the national reading.
    assert _derive(REPORT.format(item="国政調査")).region == ("全国",)


def _relayed(footer: str) -> str:
    return ("令和8年5月から防災気象情報が新しくなります\n"
            "気象庁は、令和8年5月から、大雨や土砂災害などの防災気象情報を5段階の警戒レベルに合わせて"
            "分かりやすく伝える形に改めます。\n"
            "警戒レベル3は高齢者等避難、警戒レベル4は避難指示に当たります。\n"
            "警戒レベル5は緊急安全確保で、命の危険が迫っている状況です。\n"
            "これまでの注意報や警報の名前も、一部が変わります。\n"
            "日頃から、ハザードマップで自宅の周りの危険を確認してください。\n"
            "避難の方法や避難先を、家族で話し合っておきましょう。\n"
            "大雨の季節の前に、非常用の持ち出し品も確かめておきましょう。\n"
            "防災情報は、テレビやラジオ、スマートフォンのアプリでも受け取れます。\n"
            "町の防災メールにも、ぜひ登録してください。\n"
            "詳しくは気象庁のホームページをご覧ください。\n"
            "掲載内容に関するお問い合わせはこちら\nくらし安全課\n"
            f"{footer}\nTEL:0287-45-1115\n")


def test_a_towns_page_relaying_the_states_notice_is_the_towns():
    # 「気象庁は、」 in the opening made the town's page national (全国); its footer's address says whose it is.
    m = _derive(_relayed("住所:329-2292 栃木県塩谷郡塩谷町大字玉生955番地3"))
    assert m.region == ("関東",)
    assert m.prefecture == ("栃木県",)


def test_a_ministrys_address_in_a_ward_keeps_the_page_national():
    # Control: the state's offices stand in a ward (千代田区), whose address says nothing of a town's page.
    assert _derive(_relayed("住所:100-8122 東京都千代田区大手町1-3-4")).region == ("全国",)


def test_a_state_institutes_address_in_a_city_keeps_its_page_national():
    # Control: an institute of the state sits in a city (小金井市), not in a ward; its address is its own seat.
    footer = "国立研究開発法人情報通信研究機構 広報部\n住所:184-8795 東京都小金井市貫井北町4-2-1"
    assert _derive(_relayed(footer).replace("くらし安全課\n", "")).region == ("全国",)


FAQ = ("無線局の免許の申請はどこでできますか?\n"
       " {offices}で受け付けています。詳細は、電波利用ホームページをご覧ください。\n"
       "申請は、電子申請でもできます。市民の皆さまも、アマチュア無線局の申請を電子申請で行えます。\n")


def test_every_bureau_with_the_okinawa_office_is_no_place():
    # 全国の総合通信局及び沖縄総合通信事務所: the set of all the regional offices, read as 沖縄 and 沖縄県.
    m = _derive(FAQ.format(offices="全国の総合通信局及び沖縄総合通信事務所"))
    assert "沖縄" not in m.region and m.prefecture == ()


def test_the_okinawa_office_after_one_named_bureau_is_still_okinawa():
    # Control: 沖縄総合通信事務所 beside one named bureau (九州総合通信局) stays a place.
    m = _derive(FAQ.format(offices="九州総合通信局及び沖縄総合通信事務所"))
    assert "沖縄" in m.region
