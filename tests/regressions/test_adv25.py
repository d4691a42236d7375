"""adv25: a policy officer's afternoon of searching, on inputs nobody tried."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import REALDOCS, write



@pytest.mark.parametrize("pasted", [
    # 九州総合通信局's release, its title copied as the page (and `ictsearch search`) shows it:
    # a space inside the subtitle, 「…事業及び 高度無線…」
    "株式会社ケーブルワンの光ファイバ整備を支援 −「新たな日常」の定着に向けたケーブルテレビ光化による"
    "耐災害性強化事業及び 高度無線環境整備推進事業の補助金交付を決定−",
    # the same title pasted from the PDF, wrapped where the line ended
    "株式会社ケーブルワンの光ファイバ整備を支援 −「新たな日常」の定着に向けたケーブルテレビ光化による"
    "耐災害性強化事業及び\n高度無線環境整備推進事業の補助金交付を決定−",
])
def test_a_pasted_title_whose_subtitle_holds_a_space_or_line_break_finds_its_page(tmp_path, pasted):
    # The dash opening the subtitle was read as NOT when the subtitle held a space or a line
    # break: ANDNOT "新たな日常" left out the very page the title was copied from.
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    docs.mkdir()
    for r in ("r3609", "r3939", "r2839", "r704"):
        shutil.copy(REALDOCS / f"{r}.txt", docs)
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        result = ix.search(pasted)
    assert result.hits and result.hits[0].path.endswith("r3609.txt"), [h.path for h in result.hits]


def test_a_word_left_out_before_a_katakana_word_ending_in_a_long_vowel_stays_left_out():
    # The long vowel mark ー is also the minus an input method types (ーテレワーク): one that ends a
    # later katakana word (サーバー) closes no subtitle.
    from ictsearch.search.parse import parse

    q = parse("クラウド ー東京 サーバー")
    assert [type(n).__name__ for n in q.nodes] == ["Word", "Not", "Word"], q


def _tty_search(tmp_path, env_extra):
    """`ictsearch search` with stdout on a pseudo-terminal, as a person runs it."""
    import os
    import pty
    import subprocess
    import sys

    env = {**os.environ, **env_extra, "ICTSEARCH_INDEX": str(tmp_path / "idx")}
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "ictsearch.cli", "search", "テレワーク"], stdout=slave,
                            stderr=subprocess.PIPE, env=env)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    proc.wait(timeout=120)
    os.close(master)
    return out.decode("utf-8")


@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {"TERM": "dumb"}], ids=["NO_COLOR", "dumb"])
def test_no_color_or_a_dumb_terminal_gets_no_escape_codes_and_keeps_the_marks(tmp_path, env):
    # NO_COLOR (no-color.org) and TERM=dumb were ignored on a terminal: escape codes around the
    # title and every matched word, shown raw by a terminal that cannot draw them.
    from ictsearch import build_index

    write(tmp_path / "docs" / "plan.txt", "令和5年度 テレワーク推進計画\n\n市内企業のテレワーク導入を支援する。\n")
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    assert "\x1b[" in _tty_search(tmp_path, {"TERM": "xterm", "NO_COLOR": ""})  # a terminal still gets colour
    out = _tty_search(tmp_path, env)
    assert "\x1b[" not in out, out
    assert "【テレワーク】" in out, out


@pytest.mark.parametrize("pasted, found", [
    # a page's address pasted as the query: the page that has it, then pages writing it
    ("https://www.soumu.go.jp/soutsu/kyushu/press/231004-1.html", ["kyushu-5g.html", "hokuriku.txt"]),
    # an e-mail address from a contact block
    ("kyushu-5g@soumu.go.jp", ["kyushu-5g.html"]),
])
def test_an_address_pasted_as_the_query_is_searched_as_written(tmp_path, pasted, found):
    # A URL or e-mail address was a bag of its parts (https, www, soumu, .go.jp, kyushu …), 60 % of
    # which a page had to hold: every page citing some soumu.go.jp address matched (325 of the
    # shared corpus and real pages), and the page whose address it is did not, as no text holds it.
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "kyushu-5g.html",
          '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>報道資料</title>'
          '<link rel="canonical" href="https://www.soumu.go.jp/soutsu/kyushu/press/231004-1.html"></head>'
          '<body><main><h1>「九州ローカル5G推進セミナー」の開催</h1><p>令和5年10月4日</p>'
          '<p>九州総合通信局は、ローカル5Gの普及を図るため、セミナーを開催します。</p>'
          '<p>問い合わせ先 電子メール:kyushu-5g@soumu.go.jp</p></main></body></html>')
    write(docs / "hokuriku.txt", "北陸のローカル5G\n\n九州での開催はこちら "
          "https://www.soumu.go.jp/soutsu/kyushu/press/231004-1.html をご覧ください。\n")
    write(docs / "shinetsu.txt", "信越の電波利用\n\n詳しくは https://www.soumu.go.jp/soutsu/shinetsu/press/index.html"
          " (お問い合わせ shinetsu@soumu.go.jp)\n")
    write(docs / "kinki.txt", "近畿のプレス発表\n\n https://www.soumu.go.jp/soutsu/kinki/press/231004-1.html"
          " 九州 kyushu と連携。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        result = ix.search(pasted)
    assert [Path(h.path).name for h in result.hits] == found


@pytest.mark.parametrize("typed", ["2024/4/1", "R6.4.1", "2024年4月1日", "2024-04-01", "R6/4/1", "令和6年4月1日",
                                   "令和６年４月１日"])
def test_a_day_typed_in_one_form_finds_the_page_writing_it_in_another_first(tmp_path, typed):
    # A date was searched only as typed, its 年度 by the derived fiscal year: 2024/4/1 found every
    # page of 年度 2024 at one constant score, the page of 令和6年4月1日 last of 126.  R6/4/1 was
    # read as a list of three years (R6, 4 → 令和4, 1 → 令和元): 4,147 of 4,506 pages.
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "suishin.txt", "電波適正利用推進員の委嘱\n\n報道資料\n令和6年4月1日\n信越総合通信局\n"
          "信越総合通信局は、令和6年4月1日、新たに電波適正利用推進員3名を委嘱しました。\n")
    for n, day in enumerate(["令和6年5月20日", "令和6年6月3日", "令和6年10月1日"]):
        write(docs / f"other{n}.txt", f"電波の日の記念式典\n\n報道資料\n{day}\n関東総合通信局\n"
              f"関東総合通信局は、{day}に電波の日の記念式典を開催しました。令和6年度の表彰者は次のとおりです。\n")
    write(docs / "r4.txt", "令和4年度 事業計画\n\n令和4年4月1日\n令和4年度の事業計画です。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        result = ix.search(typed, explain=True)
    assert [Path(h.path).name for h in result.hits][:1] == ["suishin.txt"], result.explain
    assert "r4.txt" not in [Path(h.path).name for h in result.hits]


def test_a_title_pasted_from_a_pdf_with_a_line_break_inside_a_word_is_the_title():
    # A PDF wraps a Japanese title wherever the line ends: 「テレワーク普及展開推\n進事業」 was two words,
    # 推 and 進事業, and found 640 pages where the title finds its 5.  A line break between Japanese
    # characters is the wrap, not a space; between Latin words it stays a space.
    from ictsearch.indexer.normalize import normalize_query

    assert normalize_query("テレワーク普及展開推\n進事業") == "テレワーク普及展開推進事業"
    assert normalize_query("耐災害性強化事業及び\r\n  高度無線環境整備推進事業") == "耐災害性強化事業及び高度無線環境整備推進事業"
    assert normalize_query("remote\nwork") == "remote\nwork"
    assert normalize_query("東北\nテレワーク") == "東北\nテレワーク"  # words typed one a line stay words
    assert normalize_query("Society\n5.0 実現") == "Society\n5.0 実現"


def test_no_file_name_note_for_files_the_filters_leave_out(tmp_path):
    # 「テレワーク --year 2030」 found nothing for the filter, and the first note sent the user to
    # テレワーク資料.txt with --path 'テレワーク' (which finds nothing under that filter either),
    # before the note naming the filter that removed every hit.
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "テレワーク資料.txt", "令和5年度 テレワーク推進の取組\n\n令和5年度は企業のテレワーク導入を支援した。\n")
    write(docs / "plan.txt", "令和4年度 テレワーク推進計画\n\n令和4年度は在宅勤務の試行を行う。テレワーク\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        result = ix.search("テレワーク", fiscal_year=2030)
        assert result.total == 0
        assert not [n for n in result.notes if "named so" in n], result.notes
        assert [n for n in result.notes if "removes every hit" in n], result.notes
    # Where the named file passes the filter, the note stays (a file's name typed as the query).
    write(docs / "先進事例集.txt", "令和5年度 テレワークの取組\n\n令和5年度は企業の在宅勤務の導入を支援した。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        assert [n for n in ix.search("先進事例集", fiscal_year=2023).notes if "named so" in n]
        assert not [n for n in ix.search("先進事例集", fiscal_year=2022).notes if "named so" in n]


@pytest.mark.parametrize("day", ["R6/4/1", "H31/4/1", "2024/4/1"])
def test_a_day_given_as_the_year_filter_is_refused_not_read_as_three_years(tmp_path, day):
    # --year R6/4/1 (and year:R6/4/1) filtered 年度 2024, 2022 and 2019 (R6, then 4 and 1 in its era):
    # 633 pages, where --year 2024/4/1 said it cannot read a day as a year.
    from ictsearch import build_index, open_index
    from ictsearch.indexer.errors import UnknownFacetValue

    write(tmp_path / "docs" / "r6.txt", "令和6年度 テレワーク推進計画\n\n令和6年度の計画です。\n")
    write(tmp_path / "docs" / "r4.txt", "令和4年度 テレワーク推進計画\n\n令和4年度の計画です。\n")
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        with pytest.raises(UnknownFacetValue, match="as a year"):
            ix.search("テレワーク", fiscal_year=day)
        with pytest.raises(UnknownFacetValue, match="as a year"):
            ix.search(f"テレワーク year:{day}")
        assert ix.search("テレワーク", fiscal_year="R4/R6").total == 2  # years listed with / still are


@pytest.mark.parametrize("args", [["search", "テレワーク"], ["search", "テレワーク", "--json"],
                                  ["export", "--format", "jsonl"], ["facets"], ["show", "plan.txt"]])
def test_a_closed_stdout_is_an_output_error_not_a_traceback_or_silence(tmp_path, args):
    # `ictsearch search テレワーク >&-` (a job whose output was closed) ended in a traceback
    # (AttributeError: 'NoneType' object has no attribute 'isatty'), and export, facets and show
    # printed nothing and exited 0, as if the output had been written.
    import os
    import subprocess
    import sys

    from ictsearch import build_index

    write(tmp_path / "docs" / "plan.txt", "令和5年度 テレワーク推進計画\n\n市内企業のテレワーク導入を支援する。\n")
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    if args[0] == "show":
        args = ["show", str(tmp_path / "docs" / "plan.txt")]
    proc = subprocess.run([sys.executable, "-m", "ictsearch.cli", *args, "--index", str(tmp_path / "idx")],
                          stderr=subprocess.PIPE, text=True, timeout=120, preexec_fn=lambda: os.close(1))
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "cannot write the output" in proc.stderr, proc.stderr


def test_index_with_a_closed_stdout_still_indexes(tmp_path):
    import os
    import subprocess
    import sys

    from ictsearch import open_index

    write(tmp_path / "docs" / "plan.txt", "令和5年度 テレワーク推進計画\n\n市内企業のテレワーク導入を支援する。\n")
    proc = subprocess.run([sys.executable, "-m", "ictsearch.cli", "index", str(tmp_path / "docs"), "--index",
                           str(tmp_path / "idx")], stderr=subprocess.PIPE, text=True, timeout=300,
                          preexec_fn=lambda: os.close(1))
    assert proc.returncode == 0, proc.stderr
    with open_index(tmp_path / "idx") as ix:
        assert ix.doc_count() == 1


@pytest.mark.parametrize("typed", ["R6/4/1の委嘱", "2024/4/1の委嘱", "R6.4.1の委嘱"])
def test_a_day_inside_a_phrase_is_one_date_not_years_listed(typed):
    # 「R6/4/1の防災訓練」 read R6, 4 and 1 as three fiscal years listed (2024, 2022, 2019); 2024/4/1
    # inside a phrase was text, its parts each a word of the question.
    from ictsearch.search.understand import metadata_spans

    spans = metadata_spans(typed)
    assert [(sp.text, sp.read_as) for sp in spans] == [(typed.removesuffix("の委嘱"), "fiscal_year 2024")]
