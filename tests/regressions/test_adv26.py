"""adv26: today's changes (CSV tables, replaced files, the run's notes) tried as a new user would."""

from __future__ import annotations

from conftest import write


def test_a_metadata_csv_saved_as_Metadata_CSV_is_read_as_the_collections_metadata(tmp_path):
    # Discovery passes Metadata.CSV over as the collection's metadata (any case, as the README
    # says), but only metadata.csv was read: on Linux the file was neither a document nor
    # metadata, and its titles and 年度 were dropped without a word.
    from ictsearch import build_index, open_index

    docs = tmp_path / "資料"
    write(docs / "派遣実績.csv", "派遣先,人数,分野\n遠野市,3,地域情報化\n", encoding="cp932")
    write(docs / "Metadata.CSV", "path,title,fiscal_year\n派遣実績.csv,地域情報化アドバイザー派遣実績,令和5\n")
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    assert summary.added == 1
    with open_index(tmp_path / "idx") as ix:
        hit = ix.search("遠野市").hits[0]
    assert hit.title == "地域情報化アドバイザー派遣実績"
    assert hit.fiscal_year == 2023


def test_a_csvs_two_column_header_row_is_no_title(tmp_path):
    # A header row of one or two labels (項目 | 説明, or a one-column list's 自治体名) was taken
    # for a title row over the table: the search listed the table as 「項目」.  A title row is a
    # line of its own over a wider table (「令和5年度 派遣実績」 over 派遣先 | 人数).
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "防災訓練の実施状況.csv",
          '項目,説明\n"防災訓練","令和6年4月1日に実施、\n参加者は120名"\n"テレワーク","在宅勤務の推進"\n')
    write(docs / "光ファイバ整備済み自治体.csv", "自治体名\n遠野市\n釜石市\n")
    write(docs / "派遣実績.csv", "令和5年度 地域情報化アドバイザー派遣実績\n\n派遣先,人数\n奥州市,3\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        titles = {h.path.rsplit("/", 1)[1]: h.title for h in ix.search("防災訓練 OR 遠野市 OR 奥州市").hits}
    assert titles == {"防災訓練の実施状況.csv": "防災訓練の実施状況",
                      "光ファイバ整備済み自治体.csv": "光ファイバ整備済み自治体",
                      "派遣実績.csv": "令和5年度 地域情報化アドバイザー派遣実績"}


def test_a_tab_separated_csv_of_amounts_keeps_its_amounts_whole(tmp_path):
    # Excel's テキスト (タブ区切り) renamed .csv, amounts written with thousands separators: the
    # commas in 12,345,678 outnumbered the tabs, the file was read as comma-separated, every
    # amount was cut into 12 | 345 | 678 and a search for the amount found nothing.
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    rows = ["事業名\t予算額(円)\t執行額(円)\t担当"] + [
        f"{name}\t{budget}\t{spent}\t{bureau}" for name, budget, spent, bureau in (
            ("地域DX推進事業", "12,345,678", "9,876,543", "情報流通行政局"),
            ("5G基地局整備支援事業", "34,000,000", "31,250,000", "総合通信基盤局"),
            ("電波遮へい対策事業", "8,100,000", "7,990,500", "総合通信基盤局"))]
    write(docs / "予算執行状況.csv", "\n".join(rows) + "\n", encoding="cp932")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        assert [h.title for h in ix.search("12,345,678").hits] == ["予算執行状況"]
        doc = ix.get(ix.search("地域DX推進事業").hits[0].doc_id)
    assert "地域DX推進事業\t12,345,678\t9,876,543\t情報流通行政局" in doc.text


def test_a_day_typed_another_way_inside_a_quoted_phrase_finds_the_page(tmp_path):
    # The README's 「R6/4/1の防災訓練」, typed with its brackets (a phrase), found nothing where
    # the page writes 令和6年4月1日の防災訓練: the day's other forms were searched only outside
    # quotes, so the bracketed example answered 'No documents match'.
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "訓練.txt", "令和6年4月1日の防災訓練について\n\n東北総合通信局は、令和6年4月1日の防災訓練で"
                             "臨時災害放送局の開設手順を確認した。\n")
    write(docs / "計画.txt", "令和6年度 防災訓練計画\n\n令和6年度の防災訓練は10月に行う。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        for typed in ("「R6/4/1の防災訓練」", "「2024/4/1の防災訓練」", '"2024-04-01の防災訓練"',
                      "「令和6年4月1日の防災訓練」"):
            assert [h.path.rsplit("/", 1)[1] for h in ix.search(typed).hits] == ["訓練.txt"], typed


def test_a_csv_or_jsonl_listing_past_its_end_or_paged_says_what_it_holds(tmp_path):
    # Saved to a file a page at a time (--offset 10 --limit 10), the page past the end was a CSV
    # of its header alone and nothing on stderr, where text output says 「No more hits: 12 in
    # all, offset 20.」; --limit 0 said nothing of the count; and a page cut at --limit advised
    # `--limit 12`, which with its --offset still lists no more than 12 - offset.
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import build_index

    docs = tmp_path / "資料"
    for i in range(12):
        write(docs / f"memo{i:02d}.txt", f"打合せメモ その{i + 1}\n\n地域の光ファイバ整備について意見を交わした。")
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    for fmt in ("csv", "jsonl"):
        search = ["search", "光ファイバ", "--format", fmt, "--index", str(idx)]
        res = CliRunner().invoke(cli, [*search, "--offset", "20"])
        assert res.exit_code == 0 and "12" in res.stderr and "20" in res.stderr, res.stderr
        res = CliRunner().invoke(cli, [*search, "--limit", "0"])
        assert res.exit_code == 0 and "12" in res.stderr, res.stderr
        res = CliRunner().invoke(cli, [*search, "--offset", "5", "--limit", "3"])
        assert "6–8" in res.stderr and "--offset 0 --limit 12" in res.stderr, res.stderr


def test_an_address_pasted_without_its_scheme_or_with_a_fragment_finds_the_page_citing_it(tmp_path):
    # Copied from the browser's address bar, an address comes with its #anchor, or is typed
    # www.… as on a leaflet: the page citing https://www.soumu.go.jp/menu_kyotsuu/saigai/index.html
    # was not found by either ('www.' was read as one word, and 'top' is written nowhere).
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "防災.txt", "災害時の情報提供について\n\n最新の情報は総務省の災害情報ページ"
                            "（https://www.soumu.go.jp/menu_kyotsuu/saigai/index.html）をご覧ください。\n")
    write(docs / "他.txt", "電波利用の手引き\n\n詳しくは https://www.tele.soumu.go.jp/index.htm をご覧ください。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        for pasted in ("https://www.soumu.go.jp/menu_kyotsuu/saigai/index.html",
                       "https://www.soumu.go.jp/menu_kyotsuu/saigai/index.html#top",
                       "www.soumu.go.jp/menu_kyotsuu/saigai/index.html"):
            assert [h.path.rsplit("/", 1)[1] for h in ix.search(pasted).hits] == ["防災.txt"], pasted
