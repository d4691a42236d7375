"""review41: a new user's tries at the twenty-sixth session's changes.

- A text file's 「<」 and 「>」 that are no HTML tags (a formula, a mail address in brackets, labels, a guideline
  naming a tag) stay its text; the 情報通信白書 copies' tags still go (extract.strip_stray_markup).
- `ictsearch --json find テレワーク` / `--json テレワーク`: an option typed before the command is told to go after
  `search`, not after `index` (the first command taking --json).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ictsearch.indexer.extract import extract, strip_stray_markup


@pytest.mark.parametrize("line", [
    "閾値を下回る場合（a<b かつ c>d）には管理者に通知する。",
    "有意水準は x<p かつ q>y の範囲で判定した。",
    "お問い合わせ：総務課 田中 <a.tanaka@example.jp>",
    "連絡先 <b-suzuki@city.example.lg.jp>までメールでお送りください。",
    "担当 情報政策課 山田 <p.yamada@pref.example.lg.jp>",
    "案<A>と案<B>を比較した結果、案<B>を採用した。",
    "<Table 1> 回答者の属性",
    "<TD-LTE方式>の基地局を整備する。",
    "凡例 <b>：基地局、<i>：中継局",
    "見出しには<h1>タグを使い、画像には<img>要素のalt属性で代替テキストを付ける。",
    "改行は「<br>」で行い、リンクは<a>要素で示す。",
])
def test_text_that_only_holds_angle_brackets_is_kept(line):
    text = f"ウェブアクセシビリティ方針\n{line}\n"
    assert strip_stray_markup(text) == text


def test_a_copied_pages_tags_still_go_and_the_rest_of_its_line_stays(tmp_path):
    page = tmp_path / "白書_図表と連絡先.txt"
    page.write_text(
        "図表4-2-1 光ファイバの整備率\n"
        "（出典）総務省「ブロードバンド基盤の整備状況」を基に作成<br />"
        '<a href="http://www.soumu.go.jp/main_sosiki/joho_tsusin/broadband/" target="_blank">データ集</a>\n'
        "WDM（Wavelength <U>D</U>ivision <U>M</U>ultiplexing）、I<SUB>t</SUB>：t年の設備投資額\n"
        "条件 a<b かつ c>d のとき、<p.yamada@pref.example.lg.jp> へ連絡する。\n", encoding="utf-8")
    text = "\n".join(extract(page).pages)
    assert "soumu" not in text and "<U>" not in text and "<SUB>" not in text
    assert "を基に作成\nデータ集\n" in text  # the <br /> a line break
    assert "Wavelength Division Multiplexing" in text and "It:t年" in text  # normalized: ： is :
    assert "条件a<bかつc>dのとき、<p.yamada@pref.example.lg.jp>へ" in text  # (normalized: spaces between words go)


def _main_error(args, monkeypatch, capsys) -> str:
    """The one error line main() prints (where an option typed before its command is said so)."""
    import sys

    from ictsearch import cli as cli_module

    monkeypatch.setattr(sys, "argv", ["ictsearch", *args])
    with pytest.raises(SystemExit) as exit_:
        cli_module.main()
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    return json.loads(err)["error"]


@pytest.mark.parametrize("args, meant", [
    (["--json", "find", "テレワーク"], "search"),
    (["--json", "検索", "テレワーク"], "search"),
    (["--json", "テレワーク"], "search"),
    (["--json", "status"], "status"),
])
def test_an_option_before_a_mistaken_command_word_names_the_command_meant(args, meant, tmp_path, monkeypatch, capsys):
    # `ictsearch --json find テレワーク` was told "--json goes after the command: `ictsearch index --json …`"
    # (index: the first command taking --json), as were words typed with no command at all.
    monkeypatch.chdir(tmp_path)  # no folder named テレワーク or find here
    error = _main_error(args, monkeypatch, capsys)
    assert f"`ictsearch {meant} --json …`" in error, error


def test_an_option_before_a_folders_name_still_says_index(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "list").mkdir()
    assert "`ictsearch index --json …`" in _main_error(["--json", "list"], monkeypatch, capsys)


@pytest.mark.parametrize("text, expected", [
    ("第3章\n「デジタル田園都市国家構想」の実現に向けた取組\n1 「地域の課題解決」に資するデジタル実装\n"
     "2 「デジタル人材」の育成・確保\n3 「誰一人取り残されない」社会の実現\n4 「地方創生テレワーク」の推進\n"
     "本章では、本市の取組を示す。\n", "「デジタル田園都市国家構想」の実現に向けた取組"),
    ("第2章\n「(仮称)三好市DX推進計画」の概要\n「デジタル技術の活用」による住民サービスの向上\n"
     "「行政手続のオンライン化」の推進\n「窓口DX」の実現\n「庁内業務の効率化」\n", None),
], ids=["numbered headings", "headings starting with a quote"])
def test_a_plans_chapter_whose_headings_quote_names_is_no_reference_list(text, expected):
    # A bare 「第3章」 over headings that quote a policy's name was titled 「第3章 参考文献」 (titles40's rule for a
    # White Paper's references counted any line with a 「…」 as a work cited).
    from ictsearch.indexer.document import derive_title

    got = derive_title(text, None, Path("計画.txt"))
    assert "参考文献" not in got
    if expected:
        assert got == expected


def test_a_reference_list_under_its_bare_chapter_is_still_one():
    from ictsearch.indexer.document import derive_title

    text = ("第4章\n総務省「デジタル田園都市国家構想の実現に向けた調査研究」報告書\n"
            "経済産業省（2023）「DXレポート2.2」\nデジタル庁「自治体情報システムの標準化・共通化に係る手順書」\n"
            "OECD（2022）「OECD Digital Economy Outlook 2022」\n野村総合研究所（2021）「ITナビゲーター2021年版」\n")
    assert derive_title(text, None, Path("白書.txt")) == "第4章 参考文献"


def test_a_references_line_starting_with_its_quote_and_a_year_is_still_cited():
    # A White Paper's list mixes 「総務省(2023)「…」」 with 「「サイバーセキュリティ戦略」(2021)」 (r05/0066).
    from ictsearch.indexer.document import derive_title

    text = ("第5章\n総務省「2030年頃を見据えた情報通信政策の在り方」一次答申\n「サイバーセキュリティ戦略」(2021)\n"
            "デジタル庁(2022)「トラストを確保したDX推進サブワーキンググループ」報告書\n"
            "「日米豪印サイバーセキュリティ・パートナーシップ:共同原則」(2022)\n"
            "東京商工リサーチ(2022)「新型コロナウイルスに関するアンケート調査」\n")
    assert derive_title(text, None, Path("白書.txt")) == "第5章 参考文献"


@pytest.mark.parametrize("text, expected", [
    ("サイトマップ | English | お問い合わせ | 文字サイズ\n四国総合通信局\nデジタル活用支援推進事業の公募\n"
     "四国総合通信局では、デジタル活用支援推進事業の実施事業者を公募します。\n",
     "デジタル活用支援推進事業の公募"),
    ("東北総合通信局 | 電波 | 情報通信 | 放送\n令和6年度 東北地域情報化フォーラムの開催\n"
     "東北総合通信局は、令和6年11月に仙台市でフォーラムを開催します。\n",
     "令和6年度 東北地域情報化フォーラムの開催"),
], ids=["navigation", "bureau's menu"])
def test_a_sites_menu_of_bars_over_the_heading_is_no_tables_title(text, expected):
    # titles40's flattened-table rule took the menu's first cell: 「サイトマップ」, 「東北総合通信局」.
    from ictsearch.indexer.document import derive_title

    assert derive_title(text, None, Path("page.txt")) == expected
    assert derive_title(text.split("\n", 1)[1], None, Path("page.txt")) == expected  # as without the menu


def test_a_tables_head_row_between_bars_is_not_skipped_as_a_menu():
    from ictsearch.indexer.document import derive_title

    text = "| 細事業名 | 内容 | 要求額 | 前年度\n予算額 |\n1\n実装 | 実装加速化支援 | スマート農業の実践に必要な経費を支援。\n"
    assert derive_title(text, None, Path("r3876.txt")) == "細事業名"


@pytest.mark.parametrize("args, command", [
    (["検索", "--json"], "`ictsearch search --json WORDS`"),
    (["update", "--json"], "`ictsearch index --json FOLDER`"),
    (["find", "--json", "テレワーク"], "`ictsearch search --json テレワーク`"),
])
def test_a_command_word_with_options_alone_is_told_where_its_words_go(args, command, tmp_path, monkeypatch, capsys):
    # `ictsearch 検索 --json` was told "to search, `ictsearch search --json`", a search of nothing.
    monkeypatch.chdir(tmp_path)
    assert command in _main_error(args, monkeypatch, capsys)
