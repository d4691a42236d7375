"""sceptic67: pages written to break places46's rules (a town's 役場, a ministry's notice received, a fire service's
当消防本部, a place people leave for, an official's office before his name, a national body's open day, a letterhead's
address), labelled first by bench/realdocs README's place conventions: a national page about the country is 全国; a
prefecture's page about itself has that prefecture; a page on two or three of a national body's own sites has those
places; a page whose place only its address gives has none from its text."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _meta(text: str, title: str = ""):
    return derive_metadata(text, title=title or text.split("\n", 1)[0], path=Path("page.txt"))


# --- the state's words for every town's hall --------------------------------------------------------------------

_MHLW = ("マイナ保険証の利用について\n\n"
         "資格確認書をなくしたときは、市役所・役場の窓口に届け出て再交付を受けてください。\n"
         "全国的にマイナ保険証をかたる不審な電話が確認されています。国民の皆様はご注意ください。\n")


def test_a_national_page_naming_the_city_hall_beside_the_town_hall_stays_national():
    assert _meta(_MHLW).region == ("全国",)
    assert _meta(_MHLW.replace("市役所・役場の窓口", "市役所や役場の窓口")).region == ("全国",)
    assert _meta(_MHLW.replace("市役所・役場の窓口", "お住まいの市町村の役場窓口")).region == ("全国",)


def test_a_towns_own_hall_after_a_comma_still_takes_no_national():
    town = _MHLW.replace("市役所・役場の窓口", "役場窓口").replace("国民の皆様はご注意ください。", "")
    assert "全国" not in _meta(town).region


def test_a_prefectures_page_sending_readers_to_each_towns_hall_keeps_its_prefecture():
    pref = ("岩手県 後期高齢者医療制度の資格確認書について\n\n"
            "岩手県内の被保険者の方で、資格確認書をなくしたときは、各市町村役場の窓口に届け出て再交付を受けてください。\n"
            "岩手県後期高齢者医療広域連合では、マイナ保険証の利用を進めています。\n")
    assert _meta(pref).prefecture == ("岩手県",)


# --- a ministry's notice relayed by another ministry ------------------------------------------------------------

def test_a_national_page_relaying_another_ministrys_notice_stays_national():
    page = ("マイナンバーカードの健康保険証利用について\n\n総務省\n"
            "令和7年4月3日付の厚生労働省からの通知により、全国の後期高齢者医療広域連合では、マイナ保険証の有無にかかわらず"
            "資格確認書を交付することとなりました。\n"
            "総務省では、全国の地方公共団体と連携し、マイナンバーカードの普及促進に取り組んでいます。\n")
    assert _meta(page).region == ("全国",)


def test_the_fire_agency_quoting_a_fire_service_stays_national():
    page = ("消防本部におけるドローンの活用事例\n\n消防庁\n"
            "消防庁では、全国の消防本部におけるドローンの活用事例を取りまとめました。\n"
            "事例1 A市消防本部「当消防本部では、令和5年度からドローンを配備し、山林火災の状況把握に活用している。」\n"
            "全国の消防本部でのドローン導入数は、令和6年4月1日現在で500本部を超えています。\n")
    assert _meta(page).region == ("全国",)


# --- where people leave for --------------------------------------------------------------------------------------

def test_a_wards_page_on_its_own_outflow_keeps_tokyo():
    page = ("東京都新宿区の人口動態\n\n"
            "東京都新宿区では、令和5年に転入が転出を上回りました。区外への転出は20代が多く、東京都への転出超過は見られません。\n"
            "東京都内の他区への転出が多く、区では子育て世帯の定住を支援しています。\n")
    assert _meta(page).prefecture == ("東京都",)


def test_a_towns_page_on_its_young_leaving_for_tokyo_is_not_tokyos():
    page = ("移住・定住の促進について\n\n"
            "本町では、若者の東京都への転出超過が続いており、人口減少が課題となっています。\n"
            "町では、移住支援金や空き家バンクにより、町外からの移住を支援しています。\n")
    assert "東京都" not in _meta(page).prefecture


# --- an official's office before his name ------------------------------------------------------------------------

def test_a_prefectures_page_training_its_towns_officers_keeps_the_prefecture():
    page = ("市町村職員向けDX研修の開催\n\n"
            "長野県内の市町村の情報担当課長を対象に、DX研修を開催しました。\n"
            "研修では、生成AIの活用事例を紹介しました。\n")
    assert _meta(page).prefecture == ("長野県",)


def test_a_prefectures_headquarters_with_each_of_its_heads_keeps_the_prefecture():
    page = ("市町村職員向けDX研修の開催\n\n"
            "長野県デジタル推進本部の各部局長が出席し、DX研修を開催しました。\n"
            "研修では、生成AIの活用事例を紹介しました。\n")
    assert _meta(page).prefecture == ("長野県",)


def test_a_prefectures_officer_named_on_its_own_page_keeps_it_by_its_other_words():
    page = ("長野県のDX推進について\n\n"
            "長野県では、県内市町村のDXを支援する「長野県先端技術活用推進協議会」を設置しています。\n"
            "会議では、長野県企画振興部の田中課長から、長野県DX戦略の進捗について説明がありました。\n")
    assert _meta(page).prefecture == ("長野県",)


def test_an_association_officers_office_is_still_his_affiliation():
    page = ("全国市町村情報管理主管課長会 役員会\n\n"
            "役員会では、会長である金沢市市長公室情報政策課の桶田課長から、全国の市町村における情報システム標準化の"
            "状況について報告がありました。\n")
    assert "石川県" not in _meta(page).prefecture


# --- open days ----------------------------------------------------------------------------------------------------

def test_a_ministrys_list_of_the_countrys_open_days_stays_national():
    page = ("科学技術週間における施設一般公開\n\n文部科学省\n"
            "科学技術週間にあわせて、全国の大学・研究機関が施設一般公開を行います。\n"
            "主な公開施設：北海道大学(札幌市)、東北大学(仙台市)、筑波宇宙センター(茨城県つくば市)、理化学研究所(埼玉県和光市)、"
            "名古屋大学(愛知県名古屋市)、京都大学(京都府京都市)、九州大学(福岡県福岡市)、沖縄科学技術大学院大学(沖縄県恩納村)\n"
            "詳しくは各機関のホームページをご覧ください。\n")
    assert _meta(page).region == ("全国",)


def test_a_national_bodys_open_day_at_its_three_sites_has_their_places():
    page = ("NICT 施設一般公開のお知らせ\n\n国立研究開発法人情報通信研究機構\n"
            "本部(東京都小金井市)、鹿島宇宙技術センター(茨城県鹿嶋市)、沖縄電磁波技術センター(沖縄県国頭郡恩納村)で"
            "施設一般公開を開催します。\n")
    m = _meta(page)
    assert set(m.prefecture) == {"東京都", "茨城県", "沖縄県"} and "全国" not in m.region


def test_a_universitys_open_day_at_its_one_campus_has_its_place():
    page = ("国立大学法人弘前大学 施設一般公開のお知らせ\n\n"
            "弘前大学では、令和6年10月19日に文京町キャンパスの施設一般公開を開催します。\n"
            "当日は研究室の公開や体験コーナーを設けます。会場：青森県弘前市文京町1\n"
            "全国の高校生の皆さんのご来場をお待ちしています。\n")
    assert _meta(page).prefecture == ("青森県",)


# --- a letterhead --------------------------------------------------------------------------------------------------

def test_a_prefectures_letterhead_on_its_own_page_keeps_the_prefecture():
    page = ("報道発表資料\n令和6年5月1日\n静岡県経済産業部\n静岡県静岡市葵区追手町9番6号\n"
            "デジタル人材育成講座の開催について\n\n"
            "県では、中小企業のデジタル人材育成のため、講座を開催します。\n"
            "会場：静岡県庁別館\n")
    assert _meta(page).prefecture == ("静岡県",)
