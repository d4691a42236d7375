"""breaker44: what a new user (a 総合通信局 officer keeping a folder of files, a developer embedding the API)
ran into, each with the behaviour a reader expects."""

from __future__ import annotations

from pathlib import Path

import ictsearch
from ictsearch.indexer.document import derive_title
from ictsearch.search.snippets import same_words

# A White Paper style section on ローカル5G: the sentence that says why it matched 農業 must be in the snippet
# of 「ローカル５Ｇ 農業」, not a sentence holding only 「Local」, which the analyzer reads as ローカル again.
LOCAL_5G = (
    "地域課題解決手段としてのローカル5G\n"
    "ドイツは、ローカル5Gの検討を日本に先んじて開始しており、連邦ネットワーク庁は、3,700~3,800 MHzを5Gの"
    "ローカル割当として配分することを提案した。\n"
    "英国情報通信庁(Ofcom)は、共用ベースで利用可能な周波数を「共用アクセス免許」又は「ローカルアクセス免許"
    "(Local Access Licence)」として先着順で割り当てる声明文書を発表した。\n"
    "Ofcomは、新たな共用枠組みの導入によるローカルアクセスの実現によって、製造、物流、農業、鉱業などの幅広い"
    "分野において、イノベーションの恩恵を受けることが可能になるとしている。\n"
)


def test_a_snippet_shows_the_sentence_of_the_other_typed_word_not_another_spelling_of_a_shown_one(tmp_path):
    docs = tmp_path / "資料"
    docs.mkdir()
    (docs / "ローカル5G.txt").write_text(LOCAL_5G, encoding="utf-8")
    ictsearch.build_index([str(docs)], str(tmp_path / "idx"))
    with ictsearch.open_index(str(tmp_path / "idx")) as idx:
        hit = idx.search("ローカル５Ｇ 農業").hits[0]
    assert "農業" in hit.snippet
    assert "Local" not in hit.snippet
    shown = {hit.snippet[s:e] for s, e in hit.highlights}
    assert "農業" in shown and "ローカル5G" in shown


def test_same_words_maps_other_spellings_to_the_one_the_word_has():
    text = "ローカル5Gの検討。ローカルアクセス免許(Local Access Licence)。ＤＸとDXの推進。"
    keys = {}
    for surface, word in (("ローカル", "ローカル"), ("Local", "ローカル"), ("ＤＸ", "dx"), ("DX", "dx")):
        at = text.index(surface, 1)
        keys[(at, at + len(surface))] = word
    same = same_words(text, keys)
    assert same["Local"] == "ローカル"
    assert same["ＤＸ"] == same["DX"]
    # A word with one spelling only is left alone.
    assert same_words(text, {(0, 4): "ローカル"}) == {}



# --- A White Paper section's title: its heading, not the heading run into the items lettered under it.

# 情報通信白書 平成29年版 (h29/0009): 「いざ、IoT時代へ」 holds a 、 and ends with へ, so it was read as a sentence
# cut by the line break and joined with the item under it and the body's first sentence.
IOT_ERA = (
    "（3）いざ、IoT時代へ\n"
    "ア　データは新たな付加価値をつなぐ\n"
    "IoT時代において、あらゆる業界の垣根を越えた取組として共通するのが「データの利活用」である。"
    "もはや収集データなしに、新たな利用シーンの開拓を語っている企業を見つけることは難しいぐらいだ。\n"
)
# 平成28年版 to 令和2年版 (h28/0059 …): a short heading over two levels of lettered items, joined into one title.
TELECOM_USE = (
    "（2）電気通信の利用状況\n"
    "ア　通信回数・通信時間\n"
    "（ア）総通信回数・総通信時間\n"
    "2021年度の総通信回数は約755.5億回、総通信時間は約39.4億時間であった。\n"
)


def test_a_heading_ends_where_an_item_lettered_in_katakana_starts():
    assert derive_title(IOT_ERA, None, Path("0009.txt")) == "いざ、IoT時代へ"
    assert derive_title(TELECOM_USE, None, Path("0059.txt")) == "電気通信の利用状況"
    # Circled numbers are the same level: a plan's heading over its items.
    assert derive_title("地域DXの推進について\n① 自治体DXの推進\n② 地域社会DXの推進\n", None, Path("x.txt")) == "地域DXの推進について"


def test_a_title_set_on_two_lines_whose_second_opens_with_katakana_stays_whole():
    # Not an item: ア opens a word (アクセシビリティ), no space after it.
    text = "令和5年度 ICT利活用\nアクセシビリティ推進計画\n\n1 目的\n本計画は、情報アクセシビリティの確保に向けた取組を定める。\n"
    assert derive_title(text, None, Path("x.txt")) == "令和5年度 ICT利活用 アクセシビリティ推進計画"


# --- A maintainer keeps a folder per 年度 and types its name to --path, as a file's name is typed.


def test_a_folder_name_given_to_path_is_answered_with_the_pattern_that_keeps_its_files(tmp_path):
    folder = tmp_path / "資料" / "2023年度"
    folder.mkdir(parents=True)
    (folder / "事業報告.txt").write_text(
        "令和5年度 事業報告\n東北総合通信局\nテレワーク導入セミナーを仙台市で開催した。\n", encoding="utf-8")
    ictsearch.build_index([str(tmp_path / "資料")], str(tmp_path / "idx"))
    with ictsearch.open_index(str(tmp_path / "idx")) as idx:
        res = idx.search("テレワーク", path="2023年度")
        assert res.total == 0
        assert any("--path '2023年度/'" in n for n in res.notes), res.notes
        # The pattern the note gives finds the file.
        assert idx.search("テレワーク", path="2023年度/").total == 1
        # A name that is neither a file's nor a folder's gets no such hint.
        assert not any("folder" in n for n in idx.search("テレワーク", path="2022年度").notes)
