"""review41: a new user's tries at the twenty-sixth session's changes.

- A text file's 「<」 and 「>」 that are no HTML tags (a formula, a mail address in brackets, labels, a guideline
  naming a tag) stay its text; the 情報通信白書 copies' tags still go (extract.strip_stray_markup).
- `ictsearch --json find テレワーク` / `--json テレワーク`: an option typed before the command is told to go after
  `search`, not after `index` (the first command taking --json).
"""

from __future__ import annotations

import json

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
