"""places49: place forms of the blind batches docs-bn and docs-bo — a national body of the law's list or JST named on a
page naming no place (the country's), 市民 listed beside 自治体 among a programme's stakeholders (no town's voice), and a
national body's office named for its place (山口河川国道事務所: that place's, not the country's); each with pages of the
kind where the change must not fire (bench/realdocs README: a national page about the country is 全国; a page whose
place only its address gives has no region from its text)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _meta(text: str, title: str = "", url: str | None = None):
    return derive_metadata(text, title=title or text.split("\n", 1)[0], path=Path("page.txt"), url=url)


# --- a national body of the list, JST --------------------------------------------------------------------------

def test_a_national_research_institute_visited_on_a_page_naming_no_place_is_national():
    m = _meta("謎解き地震学\n\n地震や火山噴火の基礎研究を続けているのが防災科学技術研究所なんだ。先生と見学に行ってきた。"
              "この観測網のデータは、地震が起きた数分後に発表される各地の震度情報に役立てられています。\n")
    assert m.region == ("全国",)


def test_jst_signing_its_call_is_national():
    m = _meta("戦略的創造研究推進事業\n\nJST HOME戦略的創造研究推進事業TOP募集要項 > 応募・選考要領\n"
              "応募に際しては、「JST事業における重複応募について」をご確認下さい。\n")
    assert m.region == ("全国",)


def test_jst_as_japan_standard_time_is_no_body():
    m = _meta("オンライン説明会のご案内\n\n説明会は 10:00 JST に始まります。参加をご希望の方は前日までにお申し込みください。\n")
    assert "全国" not in m.region


def test_a_towns_page_relaying_the_weather_agency_to_its_residents_stays_local():
    # 気象庁 of the list, but the page speaks of its 住民 and 窓口: a town's, whose place only its address gives.
    m = _meta("緊急地震速報について\n\n気象庁が発表する緊急地震速報を、防災行政無線で住民の皆さんにお知らせします。"
              "詳しくは総務課窓口までお問い合わせください。\n")
    assert m.region == ()


# --- 市民 beside 自治体 among stakeholders ------------------------------------------------------------------------

def test_citizens_listed_beside_local_bodies_among_stakeholders_are_no_towns_voice():
    m = _meta("JST(理事長 橋本 和仁)は、共創の場形成支援プログラムにおいて計6件のプロジェクトを新規採択しました。\n"
              "本プログラムは、大学等を中心として、企業や地方自治体・市民などの多様なステークホルダーを巻き込んだ"
              "産学官共創により、研究開発成果の創出を推進します。\n")
    assert m.region == ("全国",)


def test_a_citys_page_on_its_citizens_stays_local():
    m = _meta("共創プロジェクトへの参加について\n\nJSTの共創の場形成支援プログラムに採択された大学と連携し、"
              "市民の皆さんと一緒にまちの課題に取り組みます。市民ワークショップへの参加をお待ちしています。\n")
    assert "全国" not in m.region


# --- a national body's office named for its place --------------------------------------------------------------

_RIVER_CAMERAS = ("河川カメラの設置について\n\n"
                  " 国が管理している佐波川に設置されている河川カメラは、河川管理上において施設等を監視する目的で設置して"
                  "あるものです。\n なお、警察・司法機関などから要請があった場合は、映像を録画する場合があります。\n\n"
                  "問合せ先\n国土交通省 山口河川国道事務所 河川管理課 Tel 0835−22−1890(代)\n")


def test_a_river_offices_page_is_its_places():
    m = _meta(_RIVER_CAMERAS)
    assert m.region == ("中国",) and m.prefecture == ("山口県",)


def test_a_port_offices_page_speaking_as_the_ministry_is_its_places():
    m = _meta("私たちの仕事\n\n 四方を海に囲まれたわが国では、輸出入のほとんどが港を通じた海上輸送で行われています。\n"
              " 私たち国土交通省では、人々の暮らしに欠かせない港の整備を行っています。\n"
              " 青森県には15の港湾があり、私たち国土交通省ではこのうち、青森港、八戸港の整備を行っています。\n"
              "八戸港湾・空港整備事務所\n")
    assert m.region == ("東北",) and m.prefecture == ("青森県",)


def test_a_ministrys_page_naming_a_local_office_as_one_contact_stays_national():
    m = _meta("河川カメラ映像の提供に関するガイドラインを策定しました\n\n"
              "国土交通省では、河川カメラの映像を住民の避難に役立てるため、映像の提供に関するガイドラインを策定しました。\n"
              "問合せ先\n国土交通省 水管理・国土保全局 河川環境課 Tel 03-5253-8111\n"
              "(試行について)国土交通省 山口河川国道事務所 河川管理課\n")
    assert "全国" in m.region and "山口県" not in m.prefecture


def test_a_list_of_the_countrys_river_offices_stays_national():
    m = _meta("河川カメラの映像を公開している事務所\n\n国土交通省では、次の事務所で河川カメラの映像を公開しています。\n"
              "・山口河川国道事務所\n・香川河川国道事務所\n・富山河川国道事務所\n・横浜国道事務所\n")
    assert m.region[:1] == ("全国",)


# --- a university as a party to an agreement ---------------------------------------------------------------------

def test_a_university_party_to_an_agreement_gives_its_prefecture():
    m = _meta("「西宮市と京都女子大学とのデータ活用の充実等を中心とした包括協定」が締結されました\n\n"
              " 西宮市及び京都女子大学は、2023年12月21日に「西宮市と京都女子大学とのデータ活用の充実等を中心とした包括協定」を"
              "締結し、調印式に西宮市長、京都女子大学長、近畿総合通信局長などが出席しました。\n"
              " 本協定は、西宮市と京都女子大学との間の知的資源の相互活用を進めることにより、行政におけるデータ活用の推進を"
              "図ること等を目的としています。\n")
    assert "京都府" in m.prefecture and "兵庫県" in m.prefecture


def test_a_speaker_from_a_kyoto_university_at_a_tokyo_seminar_gives_no_kyoto():
    m = _meta("データ利活用セミナーを開催します\n\n関東総合通信局は、東京都千代田区でデータ利活用セミナーを開催します。\n"
              "講師:京都大学 大学院情報学研究科 教授 山田 太郎 氏\n"
              "自治体と大学との連携協定によるデータ活用の事例を紹介します。\n")
    assert "京都府" not in m.prefecture


# --- every local body written as 全ての地方公共団体 ------------------------------------------------------------------

def test_a_faq_on_a_service_for_every_local_body_is_national():
    m = _meta("よくある質問\n\nぴったりサービスは全ての地方公共団体でできるのですか?\n"
              "全ての地方公共団体でサービスを開始できるように準備を進めていますが、準備状況によっては一部の地方公共団体の"
              "サービス提供にとどまる可能性があります。\n詳細な手続についてはお住まいの地方公共団体にお問い合わせください。\n")
    assert m.region == ("全国",)


def test_a_citys_page_writing_every_local_body_stays_local():
    m = _meta("ぴったりサービスについて\n\nぴったりサービスは全ての地方公共団体で利用できるよう準備が進められています。"
              "本市では、子育て分野の手続からオンライン申請を開始します。\n")
    assert "全国" not in m.region
