"""places34: a page's own place against places named in passing (examples of many, a prefecture's
name in romaji on its own page)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _places(text: str, title: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    m = derive_metadata(text, title=title, path=Path("page.html"))
    return m.region, m.prefecture


def test_towns_given_as_examples_of_many_users_are_not_the_pages_places():
    # A national page on a shared service names two of its users as examples of many.
    text = (
        "電子申請システムの共同利用について\n\n"
        "電子申請システムは、地方公共団体が共同で利用できるクラウドサービスです。\n"
        "なお、本システムは、札幌市や福岡市等、約300団体で利用されています。\n"
        "利用を希望する団体は、申請書を提出してください。\n"
    )
    region, prefecture = _places(text, "電子申請システムの共同利用について")
    assert "北海道" not in prefecture and "福岡県" not in prefecture
    assert "九州" not in region


def test_towns_a_page_counts_as_its_subject_stay():
    # 「…など七市町村」 counts the towns the page is about: they are its places.
    text = (
        "大雨による災害救助法の適用について\n\n"
        "今回の大雨により、住家の浸水が多数発生したため、大館市など七市町村について、"
        "災害救助法を適用しました。\n大館市では避難所を開設しています。\n"
    )
    region, prefecture = _places(text, "大雨による災害救助法の適用について")
    assert prefecture == ("秋田県",)
    assert region == ("東北",)


def test_a_prefecture_naming_itself_only_in_romaji_is_placed():
    # A prefecture's answer to a resident names no place but its own programme, in romaji.
    text = (
        "県民の声 回答\n\n"
        "ご意見ありがとうございます。\n"
        "本県では、昨年度に「Kagawa デジタル共生プラン」を策定し、"
        "高齢の方もスマートフォンを使えるよう講座を開いています。\n"
        "今後も市町と連携して取組を進めてまいります。\n"
    )
    region, prefecture = _places(text, "県民の声 回答")
    assert prefecture == ("香川県",)
    assert region == ("四国",)


def test_romaji_on_a_page_that_does_not_speak_as_a_prefecture_places_nothing():
    # A research page naming a testbed after a city is no prefecture's own page.
    text = (
        "量子暗号通信の実証について\n\n"
        "本研究では、『Tokyo QKD Network』に接続した装置で、鍵配送の安定性を検証した。\n"
        "実験は令和5年度に行った。\n"
    )
    _, prefecture = _places(text, "量子暗号通信の実証について")
    assert prefecture == ()


def test_a_governors_press_conference_is_placed_by_the_place_it_names_first():
    # One mention each: the governor's own prefecture in his opening words, another in a reporter's question.
    text = (
        "知事定例記者会見\n\n"
        "日時 令和3年2月3日 10時00分～10時40分\n場所 記者会見室\n記者数 20名\n\n"
        "会見項目\n1. 新年度予算について\n2. 感染症対策について\n\n"
        "発表事項\n"
        "(知事) まず、岩手県産りんごの海外への販路拡大について、新年度予算に事業を盛り込みました。\n"
        "(記者) 大阪府で感染者が増えていますが、往来の自粛について伺います。\n"
        "(知事) 引き続き慎重な行動をお願いしたいと考えております。\n"
    )
    region, prefecture = _places(text, "知事定例記者会見(令和3年2月3日)")
    assert prefecture == ("岩手県",)
    assert region == ("東北",)


def test_a_press_conference_whose_title_leaves_out_whose_is_read_by_its_speaker():
    text = (
        "令和4年6月1日 定例記者会見\n\n"
        "日時 令和4年6月1日 11時00分～11時30分\n場所 記者会見室\n記者数 15名\n\n"
        "発表事項\n1. 県道の改良工事について\n2. 質疑応答\n3. その他\n\n"
        "(知事)\n 本日は1点発表します。県道の改良工事についてであります。"
        "この道路は、鳥取市から山あいを経由いたしまして、岡山県の北部につながる道路です。\n"
        "(記者)\n 完成はいつ頃になりますか。\n"
        "(知事)\n 令和8年度の完成を目指しております。\n"
    )
    region, prefecture = _places(text, "令和4年6月1日定例記者会見")
    assert prefecture == ("鳥取県",)
    assert region == ("中国",)


def test_a_page_that_is_no_heads_conference_is_not_placed_by_its_first_mention():
    # The same words on a seminar's report: one mention each is no place of its own.
    text = (
        "地域情報化セミナーの報告\n\n"
        "日時 令和3年2月3日 10時00分～12時00分\n場所 オンライン\n参加者 約80名\n\n"
        "プログラム\n1. 基調講演\n2. 事例紹介\n\n"
        "概要\n"
        "講演では、岩手県産りんごの海外への販路拡大の例が紹介されました。\n"
        "質疑では、大阪府での感染者の増加を踏まえた開催方法について質問がありました。\n"
    )
    _, prefecture = _places(text, "地域情報化セミナーの報告")
    assert prefecture == ()


def test_a_towns_head_called_by_surname_is_no_other_town():
    # A mayor's diary on 白老町's site calls its own mayor 小山町長 (a surname), not 静岡県小山町's.
    text = (
        "町長日記 6月\n\n"
        "6月3日(月) 白老町役場で町民の皆さんと懇談会を開きました。\n"
        "懇談会で説明をする小山町長\n"
        "6月5日(水) 白老町の小学校を訪問し、授業を見学しました。\n"
        "児童と記念撮影をする小山町長\n"
        "6月7日(金) 白老町議会の定例会が開会し、小山町長が行政報告を行いました。\n"
    )
    region, prefecture = _places(text, "町長日記 6月")
    assert prefecture == ("北海道",)
    assert region == ("北海道",)


def test_a_visiting_mayor_of_a_town_is_still_that_towns_place():
    # With no town of the page's own beside it, 小山町長 is 小山町's mayor, and the page its.
    text = (
        "表敬訪問について\n\n"
        "6月3日、小山町長が来庁され、富士山の観光振興について意見交換を行いました。\n"
        "小山町では、観光客の受入れ体制の強化を進めています。\n"
    )
    _, prefecture = _places(text, "表敬訪問について")
    assert prefecture == ("静岡県",)


def test_a_case_a_guest_presents_at_a_regional_offices_seminar_is_the_guests():
    text = (
        "総務省は、テレワークの普及を推進するため、全国各地でセミナーを実施しており、今年も9月5日、"
        "福岡市のアクロス福岡において、九州総合通信局、福岡県との共催により「テレワークセミナーin福岡」を開催しました。\n"
        "本セミナーでは、テレワークマネージャーの山田 太郎氏をはじめ、様々な方を講師に迎え、導入企業の事例等を紹介しました。\n"
        "導入事例紹介では、自治体向けに山田氏から岩手県庁の事例の他、中小企業の事例として、"
        "新潟県の株式会社サンプル商会の取組について紹介がありました。\n"
        "当日は、県内の企業や自治体から約80名が参加しました。\n"
        "九州総合通信局では、今後もテレワークの普及に取り組んでいきます。\n"
    )
    region, prefecture = _places(text, "テレワークセミナーin福岡を開催")
    assert prefecture == ("福岡県",)
    assert region == ("九州",)


def test_the_area_a_past_disaster_struck_in_a_speechs_opening_is_not_the_pages_block():
    text = (
        "令和3年第1回定例会 町長施政方針\n\n"
        " 平成23年3月11日に発生し、東北沿岸部に甚大な被害をもたらした東日本大震災から間もなく10年を迎えます。\n"
        " 本町では、この教訓を踏まえ、防災行政無線のデジタル化を進めてまいりました。\n"
        " 新年度は、御前崎市と連携し、避難所の通信環境の整備に取り組みます。\n"
        " 御前崎市とは、防災協定に基づく合同訓練も実施いたします。\n"
        " 御前崎市と本町の住民の皆様が安心して暮らせるよう努めてまいります。\n"
    )
    region, prefecture = _places(text, "令和3年第1回定例会 町長施政方針")
    assert "東北" not in region
    assert prefecture == ("静岡県",)


def test_a_station_named_like_a_town_elsewhere_is_the_pages_own_district():
    # 松崎駅 of 鳥取県湯梨浜町 is no 静岡県松崎町.
    text = (
        "防犯カメラの設置について\n\n"
        "湯梨浜町では、JR松崎駅周辺の防犯対策のため、防犯カメラを設置しました。\n"
        "松崎駅の駐輪場と松崎駅前の交差点に各1台を設置しています。\n"
        "録画された画像は、湯梨浜町防犯カメラの管理及び運用に関する要綱に基づき適切に管理します。\n"
        "松崎駅を利用される皆様のご理解とご協力をお願いします。\n"
    )
    region, prefecture = _places(text, "防犯カメラの設置について")
    assert prefecture == ("鳥取県",)
    assert region == ("中国",)


def test_a_station_named_after_a_prefecture_stays():
    # A prefecture's stem (JR和歌山駅) names no district of another town: the leaflets handed out there
    # are the page's subject beside 大阪市.
    text = (
        "受信障害防止の周知啓発活動を実施しました\n\n"
        "近畿総合通信局は、大阪市北区で周知啓発活動を行いました。\n"
        "あわせて、JR和歌山駅前でもリーフレットを配布しました。\n"
    )
    _, prefecture = _places(text, "受信障害防止の周知啓発活動を実施しました")
    assert "和歌山県" in prefecture


def test_a_members_town_is_no_place_of_a_governors_diary():
    text = (
        "知事の日程 10月\n\n"
        "10月2日 本日は、朝から関西広域連合の会合に出席しました。\n"
        "関西広域連合議会では、私は堺市の山田一郎議員より、防災の取組について質問を受けました。\n"
        "その後、滋賀県文化財保護連盟の総会に出席し、滋賀県の文化財の保存について意見交換をしました。\n"
        "夕方は、滋賀県議会の皆様と政策について懇談しました。\n"
    )
    _, prefecture = _places(text, "知事の日程 10月")
    assert prefecture == ("滋賀県",)
