"""adv22: inputs on which the day's changes (HTML <br>s, Excel sheets, region, titles) did the wrong thing."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.extract import extract


def html_lines(tmp_path: Path, body: str) -> list[str]:
    page = tmp_path / "page.html"
    page.write_text('<html><head><meta charset="utf-8"><title>よくある質問｜みどり市</title></head><body><main>\n'
                    f"<h1>よくある質問</h1>\n{body}\n</main></body></html>", encoding="utf-8")
    return extract(page).pages[0].split("\n")


def test_html_a_question_without_its_mark_ends_at_its_br(tmp_path):
    # An FAQ page writes the question and its answer on two lines of one <p>, the question with no ？:
    # 「…受け取れますか<br>市役所の…」 was read as one sentence, 「受け取れますか市役所の窓口で…」.
    lines = html_lines(tmp_path, "<p>Q マイナンバーカードはどこで受け取れますか<br>市民課の窓口で受け取ることができます。</p>"
                                 "<p>電子申請の手続はスマートフォンからでもできるのでしょうか<br>"
                                 "スマートフォンからも申請できます。</p>")
    assert "Qマイナンバーカードはどこで受け取れますか" in lines
    assert "市民課の窓口で受け取ることができます。" in lines
    assert "電子申請の手続はスマートフォンからでもできるのでしょうか" in lines


def test_html_an_address_with_a_kana_in_its_place_name_ends_at_its_br(tmp_path):
    # An address line has a hiragana in its place name (霞が関, 丸の内), so it read as a sentence's words
    # and ran on into the next line: 「…中央合同庁舎第2号館最寄り駅は…」.
    lines = html_lines(tmp_path, "<p>所在地:東京都千代田区霞が関2丁目1番2号 中央合同庁舎第2号館<br>"
                                 "最寄り駅は東京メトロ丸ノ内線の霞ケ関駅です。</p>"
                                 "<p>みどり市丸の内一丁目1番1号みどり市役所本庁舎3階<br>"
                                 "情報政策課の窓口は本庁舎の3階にあります。</p>")
    assert "所在地:東京都千代田区霞が関2丁目1番2号中央合同庁舎第2号館" in lines
    assert "最寄り駅は東京メトロ丸ノ内線の霞ケ関駅です。" in lines
    assert "みどり市丸の内一丁目1番1号みどり市役所本庁舎3階" in lines
