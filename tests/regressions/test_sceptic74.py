"""sceptic74: pages written to break places49's rules (bench/realdocs README's place conventions: a page whose place
only its address gives has no region from its text; a national campaign is the country's) — JST as a schedule's time,
a university's own page on its JST project, an office named for its place given as a national campaign's example, a
prefecture's page writing 県は、 beside a national institute — and pages where places49's rules must still hold."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _meta(text: str, title: str = ""):
    return derive_metadata(text, title=title or text.split("\n", 1)[0], path=Path("page.txt"), url=None)


# --- JST as Japan Standard Time ---------------------------------------------------------------------------------

def test_jst_in_a_schedule_after_a_time_and_a_bracket_is_no_body():
    m = _meta("国際ワークショップ プログラム\n\n開始 13:00 (JST)\n基調講演 13:10(JST)\n終了 17:00 (JST)\n")
    assert "全国" not in m.region


def test_jst_glossed_as_japan_standard_time_is_no_body():
    m = _meta("オンラインセミナーのご案内\n\n開催日時は2025年3月1日 14:00 JST(日本標準時)です。"
              "時刻はすべてJST(日本標準時)で表記しています。\n")
    assert "全国" not in m.region


def test_jst_signing_its_own_call_is_still_national():
    m = _meta("戦略的創造研究推進事業\n\nJST(理事長 橋本 和仁)は、戦略的創造研究推進事業において、"
              "2025年度の研究提案を募集します。締切は 5月10日 12:00 です。\n")
    assert m.region == ("全国",)


# --- a university's own page -------------------------------------------------------------------------------------

def test_a_universitys_page_on_its_own_jst_project_is_no_national_page():
    # 本学: the university speaks of itself; its place only its address gives (README), not 全国.
    m = _meta("JST未来社会創造事業に採択されました\n\n本学工学部の研究グループの提案が、JSTの未来社会創造事業に"
              "採択されました。研究期間は5年間です。\n")
    assert m.region == ()


def test_nihon_gakujutsu_kaigi_is_no_universitys_self():
    # 日本学術会議 holds 本学 inside a word: the state's page stays national.
    m = _meta("防災科学技術研究所の紹介\n\n日本学術会議からの勧告を受け、防災科学技術研究所が設立されました。\n")
    assert m.region == ("全国",)


# --- a prefecture speaking of itself -----------------------------------------------------------------------------

def test_a_prefecture_writing_ken_wa_beside_a_national_institute_stays_local():
    m = _meta("防災研究の連携について\n\n県は、国立研究開発法人防災科学技術研究所と連携協定を締結し、"
              "地震観測網のデータを防災訓練に活用します。問い合わせ先：危機管理課\n")
    assert "全国" not in m.region


def test_the_states_todoufuken_wa_is_still_national():
    m = _meta("災害時の情報発信について\n\n都道府県は、国立研究開発法人防災科学技術研究所の情報を活用し、"
              "災害時の情報発信に努めることとされています。\n")
    assert m.region == ("全国",)


# --- an office named for its place -------------------------------------------------------------------------------

def test_an_office_given_as_a_national_campaigns_example_keeps_the_campaign_national():
    m = _meta("海難防止強調運動の実施\n\n海上保安庁は、7月に海難防止強調運動を実施します。"
              "例えば横浜海上保安部では、ライフジャケット着用の呼びかけを行います。\n")
    assert m.region == ("全国",)


def test_offices_listed_as_a_national_measures_examples_keep_it_national():
    m = _meta("大雨への備え\n\n気象庁は、大雨の際の情報の使い方をまとめました。宇都宮地方気象台など各地の気象台でも"
              "解説を行います。\n")
    assert m.region == ("全国",)
    m = _meta("道路の冠水対策\n\n国土交通省では、アンダーパスの冠水対策を進めています。"
              "取組例:横浜国道事務所、川崎国道事務所。\n")
    assert m.region == ("全国",)


def test_an_offices_own_page_under_its_ministry_is_still_that_places():
    m = _meta("河川カメラ画像の提供\n\n国土交通省 山口河川国道事務所では、管内の河川カメラの画像を提供しています。"
              "佐波川の水位をご確認ください。\n")
    assert m.region == ("中国",) and m.prefecture == ("山口県",)


# --- places49's rules that held ---------------------------------------------------------------------------------

def test_citizens_companies_and_local_bodies_on_a_citys_page_stay_the_citys():
    m = _meta("地域DXの推進\n\n本市では、市民・企業・自治体が連携し、デジタル技術を活用したまちづくりを進めています。\n")
    assert "全国" not in m.region


def test_every_local_body_on_a_prefectures_page_stays_the_prefectures():
    m = _meta("マイナンバーカードの活用\n\n国は全ての地方公共団体に対し、マイナンバーカードの普及を求めている。"
              "本県は、県内市町村と連携して普及に努める。\n")
    assert "全国" not in m.region


# --- a university party to an agreement -------------------------------------------------------------------------

def test_a_university_working_under_anothers_agreement_is_no_party():
    # 協定 before the university's name: the agreement is the town's with NTT; the university a partner in the work.
    m = _meta("協定に基づく実証\n\n本町は、NTTとの協定に基づき、信州大学と共同で実証実験を行います。\n")
    assert "長野県" not in m.prefecture


def test_a_university_signing_with_a_town_keeps_its_place():
    m = _meta("包括連携協定の締結\n\n岩手県紫波町と信州大学は、地域づくりに関する包括連携協定を締結しました。\n")
    assert set(m.prefecture) == {"岩手県", "長野県"}


# --- 市民 after 自治体 ------------------------------------------------------------------------------------------

def test_citizens_addressed_after_local_bodies_are_the_citys_own_readers():
    m = _meta("まちづくりワークショップ\n\n大学や企業、自治体や市民の皆さんが集まり、JSTの支援を受けた研究について"
              "話し合います。お問い合わせ:企画課\n")
    assert "全国" not in m.region


def test_jst_after_a_time_written_in_kanji_is_no_body():
    m = _meta("国際シンポジウムの開催\n\n開会は午後1時(JST)、閉会は午後5時(JST)を予定しています。\n")
    assert "全国" not in m.region
