"""The lead's fixes of the twenty-sixth session.  Short texts written like real pages, none copied from
bench/realdocs."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def places(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    title = next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return tuple(m.region), tuple(m.prefecture)


def test_the_north_east_of_a_prefecture_is_a_direction_not_the_tohoku_block():
    text = ("美作市の光ファイバ網整備事業が完了しました\n"
            "岡山県の東北部に位置する美作市では、市内全域で超高速ブロードバンドが利用できるよう、"
            "令和5年度から光ファイバ網の整備を進めてきました。県東北部の山間地でも、テレワークや遠隔授業が可能になります。\n")
    assert places(text) == (("中国",), ("岡山県",))


def test_a_typhoon_heading_east_north_east_names_no_block():
    text = ("台風第10号に伴う携帯電話基地局の停波状況について\n"
            "台風第10号は東北東へ進み、沖縄県の大東島地方では暴風となりました。通信事業者各社の基地局の停波状況をお知らせします。\n")
    assert places(text) == (("沖縄",), ("沖縄県",))


def test_the_tohoku_block_stays_in_its_own_words():
    text = ("北東北3県のケーブルテレビ事業者による災害時情報共有訓練\n"
            "東北総合通信局は、東北地方のケーブルテレビ事業者と、東北方面の広域停電を想定した情報共有訓練を実施しました。\n")
    assert places(text)[0] == ("東北",)


def test_a_prefectures_departments_are_still_that_prefecture():
    # 部 after a block name is a direction; after a prefecture it is the prefecture's 部局.
    text = ("岩手県部局長会議の開催について\n"
            "岩手県部局長会議を開催し、県のDX推進計画の進捗を確認しました。\n")
    assert places(text) == (("東北",), ("岩手県",))


def test_html_tags_pasted_into_a_text_file_are_not_its_text(tmp_path):
    from ictsearch.indexer.extract import extract

    page = tmp_path / "白書_図表.txt"
    page.write_text(
        "図表5-1-1 ブロードバンド契約数の推移\n"
        "（出典）総務省「電気通信サービスの契約数及びシェアに関する四半期データ」を基に作成<br />"
        "（注）FTTHを含む\n"
        '<a href="http://www.soumu.go.jp/johotsusintokei/statistics/statistics05.html" target="_blank">'
        'データ2　日本の情報通信産業<img src="http://www.soumu.go.jp/main_content/000000107.gif" '
        'alt="別ウィンドウで開きます" /></a>\n'
        "x<y かつ <参考> は本文のまま\n", encoding="utf-8")
    text = "\n".join(extract(page).pages)
    assert "<" not in text.replace("x<y", "").replace("<参考>", "")
    assert "soumu" not in text and "別ウィンドウ" not in text
    assert "を基に作成\n(注)FTTHを含む" in text  # normalized: （ is (
    assert "データ2" in text and "x<y" in text and "<参考>" in text


def test_a_cabinet_orders_enacting_words_make_it_national():
    text = ("政令第百二十号\n"
            "電波法施行令の一部を改正する政令\n"
            "内閣は、電波法(昭和二十五年法律第百三十一号)第百三条の二第四項の規定に基づき、この政令を制定する。\n"
            "電波法施行令(平成十三年政令第二百四十五号)の一部を次のように改正する。\n")
    assert places(text) == (("全国",), ())


def test_a_ministrys_ordinance_is_national_and_a_towns_rule_is_not():
    ordinance = ("総務省令第八十五号\n"
                 "電波法(昭和二十五年法律第百三十一号)の規定に基づき、電波法施行規則の一部を改正する省令を次のように定める。\n")
    assert places(ordinance)[0] == ("全国",)
    rule = ("本町の防災行政無線の管理に関する規則\n"
            "本町の防災行政無線の管理運用に関する規則を次のように定める。\n"
            "第1条 この規則は、本町が設置する防災行政無線の管理について必要な事項を定める。\n")
    assert "全国" not in places(rule)[0]


def test_a_line_of_a_word_and_200000_tabs_or_full_width_spaces_is_read_at_once(tmp_path):
    # The title's patterns read a line's blanks with \s* and \s+: such a file took an index run minutes a
    # file (8,000 blanks 1.2 s, growing with the square) and the run never ended.  A run is cut to 16.
    from ictsearch.indexer.document import derive_title
    from ictsearch.indexer.normalize import LONG_BLANK_RUN, normalize_text

    for blank in ("\t", "\u3000"):
        text = normalize_text("令和6年度 事業計画" + blank * 200_000 + "|\n本文です。")
        assert len(text) < 60
        assert derive_title(text, None, Path("計画.txt")) == "令和6年度事業計画"  # (the space between kanji goes)
    kept = normalize_text("見出し" + "\t" * LONG_BLANK_RUN + "令和6年4月1日")
    assert kept == "見出し" + "\t" * LONG_BLANK_RUN + "令和6年4月1日"  # a layout's gap stays whole
