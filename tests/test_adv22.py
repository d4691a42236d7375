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
