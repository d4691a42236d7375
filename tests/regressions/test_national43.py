"""national43: the decision whether a page is 全国 (national scope), on pages written in the forms of real ones.

Each rule has pages where it must fire and pages where it must not (bench/realdocs README, "Conventions for
national pages about places" and the region rule above it)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _meta(text: str, title: str = ""):
    return derive_metadata(text, title=title or text.split("\n", 1)[0], path=Path("page.txt"))


# --- towns given as examples of a count of the country's local bodies -------------------------------------

_PLATFORM = ("電子申請基盤サービス\n\n"
             "電子申請基盤サービスは、マイナンバーカードを使った電子申請を市区町村の業務システムで受け付けるための"
             "共通基盤です。市民カード化構想の実現に資することが期待されます。\n"
             "なお、本サービスは、札幌市や福岡市等、約150自治体で使われています。\n"
             "1. 仕様\n対応する申請様式は順次追加します。\n")


def test_towns_given_as_examples_of_a_count_of_local_bodies_make_the_page_national():
    m = _meta(_PLATFORM)
    assert m.region == ("全国",) and m.prefecture == ()
    assert "examples of a count of local bodies" in m.sources["region"]


def test_a_town_counting_itself_among_them_or_a_membership_is_not_national():
    # A town's page saying it joined: its own 本市 speaks, whatever count it quotes.
    own = _PLATFORM.replace("なお、本サービスは", "本市でも令和6年度から導入しました。本サービスは")
    assert "全国" not in _meta(own).region
    # A council's membership (「…等、155団体で構成」) is no count of the country's users.
    council = ("防災通信連絡会について\n\n本連絡会は、札幌市や旭川市等、42団体で構成されています。\n"
               "年に一度、情報伝達訓練を行っています。\n")
    assert "全国" not in _meta(council).region


# --- footnote marks of a White Paper ----------------------------------------------------------------------

_SECTION = ("(3)スマート林業の推進に向けた技術の活用\n\n"
            "〈森林資源の把握にICT等の技術を活用〉\n"
            "林業従事者の減少・高齢化が進む中、森林資源を適切に管理していくためには、航空レーザ計測*1やドローン、"
            "GIS*2等の技術を現場へ導入・普及させていくことが重要です。\n"
            "*1 航空機から地上にレーザ光を照射し、地形や樹高を計測する技術。\n")


def test_a_footnote_mark_glued_to_its_term_makes_a_placeless_section_national():
    m = _meta(_SECTION)
    assert m.region == ("全国",) and m.prefecture == ()


def test_a_footnote_mark_on_a_town_page_or_a_reference_mark_is_not_national():
    # A town's page writing of its own counter and subsidy: the mark is no state's voice.
    town = _SECTION + "補助金の申請は役場の窓口で受け付けます。\n"
    assert _meta(town).region == ()
    # A ※1 reference mark, as local pages write them, is not the form.
    plain = _SECTION.replace("*1", "※1").replace("*2", "※2")
    assert _meta(plain).region == ()


# --- 国民 alone on a page that sends its readers to the office --------------------------------------------

_CARD = ("マイナンバーカードとは\n"
         "マイナンバーカードは、顔写真付きの公的な身分証明書として利用できるICカードです。\n"
         "マイナンバー制度は、行政を効率化し、国民の利便性を高め、公平・公正な社会を実現するための社会基盤です。\n"
         "カードの受け取りには、ご本人が来庁していただく必要があります(交付時来庁方式)。\n"
         "受け取りの際は、通知書と本人確認書類をお持ちください。\n")


def test_a_town_page_quoting_the_scheme_purpose_and_sending_readers_to_its_office_is_not_national():
    assert _meta(_CARD).region == ()


def test_the_state_page_on_the_same_scheme_stays_national():
    # Without the office visit, 国民 is the state's word, as before.
    state = _CARD.replace("カードの受け取りには、ご本人が来庁していただく必要があります(交付時来庁方式)。\n", "")
    assert _meta(state).region == ("全国",)
    # And 国民 beside another national word (政府) is not 国民 alone: the office visit does not undo it.
    gov = _CARD + "政府は、カードの普及に向けた取組を進めています。\n"
    assert _meta(gov).region == ("全国",)


# --- a state body's call passed on -----------------------------------------------------------------------

_RELAY = ("更新日:2024年9月2日\n"
          "大型連休を前に、旅行の予約に関するトラブルの相談が全国の消費生活センター等に寄せられています。\n"
          "偽の予約サイトに誘導され、代金をだまし取られる手口もあることから、国民生活センターが注意を呼び掛けて"
          "おりますので、お知らせします。\n"
          "【事例】\n検索で上位に表示されたサイトで宿を予約したが、宿に予約が入っていなかった。\n"
          "全国で同様の相談が増えています。\n")


def test_a_page_passing_on_a_state_body_call_is_not_national():
    assert _meta(_RELAY).region == ()


def test_the_body_own_call_stays_national():
    own = _RELAY.replace("国民生活センターが注意を呼び掛けておりますので、お知らせします。",
                         "注意を呼び掛けます。")
    assert _meta(own).region == ("全国",)


# --- one place taken as the example of something of the whole country --------------------------------------

_SURVEY = ("通信利用動向調査の結果から見る地域の状況\n\n"
           "本調査は、全国の世帯と企業を対象に毎年実施している統計調査です。結果は都道府県別にも集計しており、"
           "各地域の利用状況を比べることができます。\n"
           "ここでは、インターネット利用率が比較的高い「静岡県」を例に、年齢階層別の利用状況を見てみます。\n"
           "静岡県では、60歳以上の利用率が5年前に比べて大きく伸びています。\n")


def test_a_survey_of_the_whole_country_shown_through_one_prefecture_is_national_as_well():
    m = _meta(_SURVEY)
    assert m.region == ("東海", "全国") and m.prefecture == ("静岡県",)
    assert "example" in m.sources["region"]


def test_a_place_as_an_example_on_a_local_page_or_without_the_country_is_not_national():
    # A town speaking of itself takes its own case as the example: its own page.
    town = _SURVEY.replace("本調査は、", "本市では、").replace("静岡県", "静岡市")
    assert "全国" not in _meta(town).region
    # No passage on the country: a prefecture's page explaining its own figures through one town.
    local = ("市町別の人口動態\n\n県の統計では、転入超過の市町が増えています。ここでは、「三島市」を例に、"
             "年齢別の転入者数を見てみます。\n")
    assert "全国" not in _meta(local).region


# --- a national body's page on one site of its own ----------------------------------------------------------

_STATION = ("ひらた山電波観測所の観測休止のお知らせ\n\n"
            "2023年5月10日\n国立研究開発法人情報通信研究機構\n\n"
            "NICTは、電離圏の観測を全国4か所の観測所で行っています。このたび、宮城県の「ひらた山電波観測所」"
            "において受信設備の更新工事を行うため、下記の期間、観測を休止します。\n"
            "なお、沖縄県の観測所では通常どおり観測を行います。\n"
            "ひらた山電波観測所 (宮城県)\n休止期間:2023年6月1日から6月30日まで\n")


def test_a_national_body_page_on_one_site_of_its_own_takes_that_place_only():
    m = _meta(_STATION)
    assert m.region == ("東北",) and m.prefecture == ("宮城県",)
    assert "a site of its own" in m.sources["region"]


def test_a_page_on_its_sites_in_general_or_a_site_placed_twice_stays_national():
    # A title naming the kind of site, not one site: the text's two stations are not its one subject.
    general = ("電離圏観測所の運用状況\n\n2023年5月10日\n国立研究開発法人情報通信研究機構\n\n"
               "NICTは、宮城県の「ひらた山電離圏観測所」及び沖縄県の「おおうら電離圏観測所」で観測を行っています。\n"
               "観測データは毎時公開しています。\n")
    assert "全国" in _meta(general).region
    # The issuer itself named like a site (a 研究所 on its own page) is the body, not one of its sites.
    institute = ("防災科学技術研究所 令和5年度成果発表会\n\n2023年2月1日\n国立研究開発法人防災科学技術研究所\n\n"
                 "防災科学技術研究所は、全国の地震観測網のデータを用いた研究成果を発表します。全国の自治体の防災担当者の"
                 "皆様のご参加をお待ちしています。\n会場:オンライン\n主催:茨城県の防災科学技術研究所\n")
    m = _meta(institute)
    assert m.region == ("全国",) and "a site of its own" not in m.sources["region"]


# --- a town's newsletter relaying the state's programme -------------------------------------------------------

_NEWSLETTER = ("トップ>広報ほくと>2011.6>地上デジタル放送への移行に伴う受信設備の改修助成\n\n"
               "地上デジタル放送への移行に伴う受信設備の改修助成\n\n"
               "総務省では、山間部などで共同受信施設を使ってテレビを見ている世帯に対し、デジタル化改修の費用の一部を"
               "助成しています。\n助成額 総経費の2分の1の額\n"
               "お問い合わせ 総務省山梨県テレビ受信者支援センター 電話055-000-0000\n")


def test_a_town_newsletter_relaying_a_ministry_subsidy_is_not_national():
    m = _meta(_NEWSLETTER, title="地上デジタル放送への移行に伴う受信設備の改修助成")
    assert "全国" not in m.region and m.prefecture == ("山梨県",)


def test_the_ministry_own_page_writing_of_its_publicity_stays_national():
    ministry = _NEWSLETTER.replace("トップ>広報ほくと>2011.6>", "総務省トップ>政策>").replace(
        "助成しています。", "助成しています。あわせて、周知広報のほか、説明会を各地で開催しています。")
    m = _meta(ministry, title="地上デジタル放送への移行に伴う受信設備の改修助成")
    assert "全国" in m.region


# --- a study group's paper of issues --------------------------------------------------------------------------

_ISSUES_PAPER = ("資料3 小学校におけるプログラミング教育の充実に向けた主な論点\n\n"
                 "1.指導体制\n○ 外部人材の活用を進めるため、教員と外部講師が共同で授業を行う仕組みを設けることとしてはどうか。\n"
                 "<これまでの主な意見>\n・教員の負担を考慮することが必要。\n・教材の共有が重要ではないか。\n")


def test_a_study_group_paper_of_issues_proposing_rules_is_national():
    assert _meta(_ISSUES_PAPER).region == ("全国",)


def test_a_paper_of_issues_on_a_town_own_things_or_a_proposal_alone_is_not_national():
    # The town's committee on its own counters and subsidies writes its own things.
    town = _ISSUES_PAPER.replace("外部人材の活用を進めるため、", "窓口での相談に応じるため、補助金を活用し、")
    assert _meta(town).region == ()
    # A proposal without a paper of issues (a resident's opinion on a page) is no study group's form.
    alone = _ISSUES_PAPER.replace("主な論点", "ご意見").replace("<これまでの主な意見>", "<寄せられた意見>")
    assert _meta(alone).region == ()
