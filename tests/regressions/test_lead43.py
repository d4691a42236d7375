"""The lead's checks of the twenty-eighth session: forms the helpers' rules must not reach, and pasted passages."""

from __future__ import annotations

from pathlib import Path

import pytest

from ictsearch.indexer.metadata import derive_metadata


def _meta(text: str, title: str = ""):
    return derive_metadata(text, title=title or text.split("\n", 1)[0], path=Path("page.txt"))


_MINISTRY = ("地上デジタル放送への移行に伴う受信設備の改修助成\n\n"
             "総務省では、山間部などで共同受信施設を使ってテレビを見ている世帯に対し、デジタル化改修の費用の一部を"
             "助成しています。\n{verb}\n助成額 総経費の2分の1の額\n"
             "お問い合わせ 総務省山梨県テレビ受信者支援センター 電話055-000-0000\n")


def test_publicity_written_as_a_verb_near_the_head_is_not_a_town_newsletter():
    # national43's 広報はちのへ form (広報 and a town's name in kana) must not read the ministry's own verb
    # 「広報しています」 in its first lines as a town's newsletter: the page keeps its 全国.
    for verb in ("制度の内容は、全国の販売店を通じて広報しています。", "制度の内容は、放送を通じて広報されています。",
                 "制度の内容は、順次広報いたします。"):
        assert "全国" in _meta(_MINISTRY.format(verb=verb)).region, verb


def test_a_town_newsletter_whose_name_opens_like_a_verb_is_still_one():
    # 広報しずおか, 広報すいた: names opening with し or す are still newsletters.
    page = "トップ>広報すいた>2011.6>受信設備の改修助成\n\n" + _MINISTRY.format(verb="")
    assert "全国" not in _meta(page).region


# --- pasted table rows and breadcrumb trails (bench/pasted.py: 8 of 2,771 dev passages were refused) ----------------

_PAGES = {
    "相談.txt": "消費生活相談の状況\n| 区分 | 件数 |\n| 実際に相談員が対応した件数 | 6,904 |\n| 電話による相談 | 5,210 |\n",
    "岡山.txt": ("トップ > 組織案内 > 地方支分部局 > 中国総合通信局 > 岡山市で「地域ICTセミナー」を開催\n"
                "岡山市で「地域ICTセミナー」を開催\n中国総合通信局は、岡山市で地域ICTセミナーを開催しました。\n"),
    "信越.txt": "> INFO・NET信越 Vol.138 (平成26年6月25日発行)\n信越総合通信局の広報誌です。\n",
}


def _index_of(tmp_path_factory, pages: dict[str, str]):
    """An index of the pages, open for the module's tests."""
    from conftest import write

    from ictsearch import open_index
    from ictsearch.indexer import build_index

    tmp = tmp_path_factory.mktemp("lead43")
    for name, text in pages.items():
        write(tmp / "docs" / name, text)
    build_index([tmp / "docs"], tmp / "idx", jobs=1)
    with open_index(tmp / "idx") as index:
        yield index


@pytest.fixture(scope="module")
def pasted_idx(tmp_path_factory):
    yield from _index_of(tmp_path_factory, _PAGES)


@pytest.mark.parametrize("query, page", [
    # a table's row pasted with its borders: two bars, one closing the query, were an OR missing its word
    ("実際に相談員が対応した件数 | 6,904 |", "相談.txt"),
    ("| 実際に相談員が対応した件数 | 6,904 |", "相談.txt"),
    # a breadcrumb trail cut inside its last step's quote or bracket was an unbalanced quote or parenthesis
    ("ップ > 組織案内 > 地方支分部局 > 中国総合通信局 > 岡山市で「地域ICT", "岡山.txt"),
    ("> INFO・NET信越 Vol.138 (平成26年6月25日発", "信越.txt"),
])
def test_a_pasted_table_row_or_breadcrumb_finds_its_page(pasted_idx, query, page):
    hits = pasted_idx.search(query).hits
    assert hits and Path(hits[0].path).name == page


@pytest.mark.parametrize("query", ["テレワーク |", "| テレワーク", "「テレワーク 導入", "組織案内 > 「テレワーク"])
def test_one_bar_or_one_step_typed_is_still_an_error(pasted_idx, query):
    from ictsearch.indexer.errors import BadQuery

    with pytest.raises(BadQuery):
        pasted_idx.search(query)


# --- a question whose two words no page holds together ------------------------------------------------------------

_QUESTION_PAGES = {
    "申請.txt": "電子申請の手引き\n市の窓口に来ることなく、電子申請で住民票の写しを請求できます。\n",
    "窓口.txt": "電子政府の総合窓口\n各府省の行政手続の案内は、e-Govでご覧いただけます。\n",
}


@pytest.fixture(scope="module")
def question_idx(tmp_path_factory):
    yield from _index_of(tmp_path_factory, _QUESTION_PAGES)


def test_a_question_whose_two_words_no_page_holds_together_shows_the_pages_holding_one(question_idx):
    # 「e-Govで電子申請したい」 found nothing and said nothing (sceptic44), where 「e-Gov 電子申請」 typed apart shows
    # each word's pages with a note: a question's words are its units, both required when there are two.
    res = question_idx.search("e-Govで電子申請したい")
    assert {Path(h.path).name for h in res.hits} == {"申請.txt", "窓口.txt"}
    assert set(res.dropped_words) == {"e-Gov", "電子申請"}
    assert any("no document holds every word of e-Govで電子申請したい" in n for n in res.notes)


def test_a_question_one_page_answers_is_searched_as_before(question_idx):
    res = question_idx.search("電子申請で住民票を請求したい")
    assert Path(res.hits[0].path).name == "申請.txt" and not res.dropped_words


def test_a_date_source_names_the_text_own_line_blank_lines_counted():
    # show's "(line N)" is the line of the text show --chars and Index.get() give (README); the rules count only
    # non-empty lines, and said (line 2) of the text's line 5 (review43: (line 20) of line 34).
    text = "地域ICT推進セミナーの開催について\n\n\n\n掲載日:令和5年7月3日\n\n東北総合通信局は、地域ICT推進セミナーを開催します。\n"
    m = derive_metadata(text, title="地域ICT推進セミナーの開催について", path=Path("page.txt"))
    assert m.year == 2023 and "(line 5)" in m.sources["year"], m.sources["year"]


def test_show_places_line_reads_as_a_sentence():
    # review43: 「places: ; visited or …」 after no scores, the legend after notes it did not explain, 「written 1 time」.
    from ictsearch.indexer.metadata.derive import _places_source

    assert _places_source("; visited or the venue of a meeting it announces: 福島県") == (
        "places: visited or the venue of a meeting it announces: 福島県")
    line = _places_source("岩手県=12, 東北=12; 全国 as well: 「岩手県」 is taken as an example")
    assert line.startswith("places: 岩手県=12, 東北=12 (weighted mentions: ") and line.endswith(
        "); 全国 as well: 「岩手県」 is taken as an example")
    text = "知事記者会見\n知事からの話題\n第1は安全安心の確立、第2は地域活力の増進、第3は兵庫の自立と新時代の先導でした。\n"
    assert "「兵庫」 written once" in _meta(text, title="知事記者会見").sources["region"]


def test_an_organization_found_in_a_sentence_says_text_once():
    # review43: 「organization ← text: 東北総合通信局 (text: 「東北総合通信局では」)」.
    text = ("テレワーク普及展開推進事業\n\n● テレワークの定着を図るため、企業等に対する相談支援を実施する。\n\n"
            "（事業主体） 民間企業等\n（計画年度） 令和元年度～令和７年度\n\n■施策の概要\n\n① テレワーク・ワンストップ・サポート\n\n"
            "・専門家が企業の希望に応じ、無料コンサルティングを実施。\n\n東北総合通信局では、セミナーを開催する。\n")
    m = derive_metadata(text, title="テレワーク普及展開推進事業", path=Path("slides.txt"))
    assert m.organization == "東北総合通信局"
    assert m.sources["organization"].count("text:") == 1, m.sources["organization"]


def test_a_period_alone_on_its_line_gives_its_first_day_year_with_or_without_made():
    # review43: 「令和2年9月1日から令和3年3月15日」 alone under 申請期間 gave 2021 (its end), the same line ending in まで
    # 2020 (its first day, bench/realdocs README's keyed-period convention).
    for tail in ("", "まで"):
        text = f"テレワーク導入支援補助金\n\n申請期間\n\n令和2年9月1日から令和3年3月15日{tail}\n\n補助金の申請を受け付けています。\n"
        m = derive_metadata(text, title="テレワーク導入支援補助金", path=Path("p.txt"))
        assert (m.year, m.fiscal_year) == (2020, 2020), tail
    # A day alone on its line after its first day's から is still read when it opens the line (a date line).
    page = "お知らせ\n令和3年3月15日\n\n受付は令和2年9月1日から行っています。\n"
    assert derive_metadata(page, title="お知らせ", path=Path("p.txt")).year == 2021


def test_an_item_number_glued_to_a_field_word_is_no_organization():
    # review43: 「⑤業務担当課」 (an item of a form: the section in charge) was shown as the page's organization.
    from ictsearch.indexer.metadata import docinfo

    assert docinfo.organization("会議資料\n⑤業務担当課\n説明します。\n", "会議資料")[0] is None
    assert docinfo.organization("会議資料\n企画課\n説明します。\n", "会議資料")[0] == "企画課"
