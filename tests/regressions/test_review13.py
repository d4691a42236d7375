"""Review 13: a maintainer's collection of saved web pages and White Paper sections, on the rules
changed on 2026-12-02 (titles, places, dates).  Every text here is made up in the manner of the
pages of bench/realdocs that showed the problem."""

from pathlib import Path

import pytest

from ictsearch.indexer.document import derive_title


def title(text: str) -> str:
    return derive_title(text, None, Path("page.txt"))


BODY = "南海町では、令和3年4月から町内全域で防災行政無線のデジタル化に取り組んでいます。\n"


@pytest.mark.parametrize("head", [
    "|\n![]() |\n![]() ![]() |\n|\n",             # a table-laid page's image cells (r1614, r1525)
    "/\n\n",                                       # a lone slash over the site's name (r239)
    "|\n令和3年7月29日 |\n|\n",                     # a date cell (r245)
])
def test_a_line_of_only_table_marks_or_empty_images_is_never_the_title(head):
    assert title(head + "防災行政無線のデジタル化について |\n|\n" + BODY) == "防災行政無線のデジタル化について"


@pytest.mark.parametrize("line", [
    "現在のページ",                                  # a trail's label on a line of its own (r1848)
    "サイトの現在位置",                              # (r2315, r3033)
    "目次]  [前へ]  [次へ",                          # a White Paper viewer's links (r1520)
    "前号 | 次号 | 南海ホームページ",                 # a newsletter's links (r2738)
    "[前画面に戻る]",                                 # an assembly record's back link (r2142)
    "文字サイズを標準 文字サイズを拡大 履歴の移動 前のページに戻る",   # (r2903)
    "ページ内を移動するためのリンクです。",            # (r1802)
    "ページの先頭です\nメニューの終端です。",          # (r2316)
    "メニュー表示",                                  # (r2639)
    "このページは、共通のメニューを読み飛ばすことができます。直接本文をご覧になるかたは「このページの情報へ」というリンクをクリックしてください。",  # (r1804)
])
def test_a_pages_navigation_links_are_never_the_title(line):
    assert title(line + "\n\n防災行政無線のデジタル化について\n\n" + BODY) == "防災行政無線のデジタル化について"


def test_navigation_words_inside_a_real_title_keep_it():
    assert title("目次の作り方講座を開催\n\n" + BODY) == "目次の作り方講座を開催"
    assert title("現在のページ数と今後の計画\n\n" + BODY) == "現在のページ数と今後の計画"
    assert title("次号予告 南海町の防災\n\n" + BODY) == "次号予告 南海町の防災"


@pytest.mark.parametrize("head", [
    "文字サイズ\n文字サイズを標準\n文字サイズを拡大\n履歴の移動\n前のページに戻る\n印刷機能\nプリント\n背景色変更\n",  # (r2903)
    "このページは、共通のメニューを読み飛ばすことができます。\nサイト共通のメニューへ\nこのページの情報へ\n\n",  # (r1804)
    "<< 令和3年報道資料一覧へ戻る |\n",             # a back link over a release (r1614)
    "メインメニュー\n\n",                            # (r2639)
    "ページの先頭へ\n\nここからこのページの情報です。\nパンくずリスト(現在位置の表示)\n",  # (r1804)
    "ふりがな・音声読み上げ\n翻訳\nForeigners\n",
])
def test_a_run_of_switches_and_back_links_is_passed_over(head):
    assert title(head + "\n防災行政無線のデジタル化について\n\n" + BODY) == "防災行政無線のデジタル化について"


def test_indexing_a_subfolder_keeps_the_collections_metadata_csv(tmp_path):
    """A maintainer who re-indexes one folder of the collection after adding a file to it must not
    lose what the collection's metadata.csv says about the documents already there."""
    import ictsearch

    coll = tmp_path / "coll"
    (coll / "h27").mkdir(parents=True)
    (coll / "h27" / "0009.txt").write_text(
        "(3)その他の新たなサービス\n\n郵政省は、地域情報通信市場の活性化のため、ケーブルテレビを利用した電話サービスの"
        "事業化のガイドラインを定めた。\n", encoding="utf-8")
    (coll / "metadata.csv").write_text("path,年度,地域,テーマ\nh27/0009.txt,平成27年度,東北,放送\n", encoding="utf-8")
    index = tmp_path / "idx"
    ictsearch.build_index([coll], index)
    (coll / "h27" / "0010.txt").write_text("(4)情報通信政策の動向\n\nIT戦略本部が設置された。\n", encoding="utf-8")
    summary = ictsearch.build_index([coll / "h27"], index)
    assert (summary.added, summary.updated) == (1, 0)
    with ictsearch.open_index(index) as idx:
        doc = idx.get(str(coll / "h27" / "0009.txt"))
        assert (doc.fiscal_year, doc.region, [t.name for t in doc.themes]) == (2015, ("東北",), ["放送"])
    # The file named alone, too; and the whole collection again changes nothing.
    assert ictsearch.build_index([coll / "h27" / "0009.txt"], index).updated == 0
    assert ictsearch.build_index([coll], index).updated == 0


def test_a_white_papers_viewer_head_is_passed_over():
    # A running head over the viewer's links (r2534), and a book's name with where the page is (r411).
    # The section's number goes too (titles27: the bench/realdocs labels drop it).
    assert title("第6章 住みよい環境の基盤づくり 第2節 3\n\n目次]  [前へ]  [次へ\n\n"
                 "第2節 障害のある人の情報アクセシビリティを向上するための施策\n\n3.情報提供の充実\n\n"
                 "総務省では、研究開発を行う者に対し、支援を行っている。\n") == "障害のある人の情報アクセシビリティを向上するための施策"
    assert title("前の項目 次の項目        目次 図表目次 年版選択\n\n令和元年版 犯罪白書 第4編/第5章/第1節\n\n"
                 "第5章 サイバー犯罪\n第1節 不正アクセス行為等\n\n不正アクセス行為の認知件数は増加している。\n") == "不正アクセス行為等"


def test_a_table_of_contents_gives_its_first_part_not_all_of_it():
    text = "第1部 総論\n第1節 令和5年度の通信の動向\n第2章 通信と日本経済\n第1節 通信事業経営の現状\n第2節 通信需要\n\n本章では…\n"
    assert title(text) == "令和5年度の通信の動向"  # its number dropped (titles27)


def test_a_heading_that_opens_with_the_day_its_subject_starts_is_the_title():
    text = ("令和6年1月1日以降の手続について\n\n令和6年1月1日以降、マイナンバーカードの電子証明書の更新手続きは"
            "市民課窓口で受け付けます。\n")
    assert title(text) == "令和6年1月1日以降の手続について"
    assert title("令和6年3月1日 南海町総務課\n\n防災ラジオの貸与について\n\n" + BODY) == "防災ラジオの貸与について"


@pytest.mark.parametrize("head", [
    "2024.04.01\n",                  # a news list's date, written with dots
    "お知らせ\n2024/4/1\n",
    "Tweet\nシェア\nLINEで送る\n\n",  # a page's social buttons
    "本文へスキップします。\n\n",
])
def test_a_dotted_date_social_buttons_and_a_skip_note_are_passed_over(head):
    assert title(head + "地域DXセミナーの開催\n\n" + BODY) == "地域DXセミナーの開催"


@pytest.mark.parametrize("head", ["南海町役場\n\n", "南海市役所\n\n", "<報道資料>\n", "＜報道発表＞\n\n"])
def test_a_town_halls_name_and_an_angle_bracketed_label_are_passed_over(head):
    assert title(head + "地域DXセミナーの開催\n\n" + BODY) == "地域DXセミナーの開催"


def test_a_filter_takes_every_word_a_sidecar_clears_a_value_with(tmp_path):
    import ictsearch

    coll = tmp_path / "coll"
    coll.mkdir()
    (coll / "a.txt").write_text("南海町の防災行政無線\n\n南海町では、防災行政無線のデジタル化を進めています。\n", encoding="utf-8")
    (coll / "a.txt.meta.toml").write_text('themes = "なし"\nfiscal_year = "なし"\n', encoding="utf-8")
    ictsearch.build_index([coll], tmp_path / "idx")
    with ictsearch.open_index(tmp_path / "idx") as idx:
        for value in ("none", "不明", "なし"):
            assert idx.search(theme=value).total == 1
            assert idx.search(fiscal_year=value).total == 1
        assert idx.search("テーマ:なし 年度:なし").total == 1
