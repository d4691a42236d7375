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
