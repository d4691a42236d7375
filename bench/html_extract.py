"""Compare HTML main-content extractors on saved government pages; print a Markdown table.

usage: python bench/html_extract.py      (needs trafilatura installed: pip install trafilatura)

The pages are the HTML fixtures in tests/data/html/, modelled on the structure
of 総合通信局 press pages and a prefectural CMS (a modern page with landmarks and
heavy furniture, an old Shift_JIS table layout without landmarks, a 2007 XHTML
page without <h1>, a CMS-8341-style page whose content wrapper carries a
navigation class).  The last two were written after the rules and measured
before any rule was changed for them (README: 26/35 content lines, 3/42 leaked).  For each page we list what a
reader must find (the heading, the date line, every paragraph, every table
row) and the furniture that must not be indexed; each extractor gets the
decoded markup.  Scores: share of content lines found, furniture strings
leaked, whether the date line survived, and milliseconds per page.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ictsearch.indexer.formats.html import decode_html, extract_main  # noqa: E402
from ictsearch.indexer.normalize import normalize_text  # noqa: E402

PAGES = {
    "tohoku-press-furniture.html": {
        "date": "令和6年4月12日",
        "content": [
            "令和6年度「地域課題解決のためのローカル5G等の実証」の公募開始",
            "令和6年4月12日",
            "ローカル5G等を活用して地域課題の解決を目指す実証の提案を公募します",
            "担い手不足が課題となっています",
            "令和6年5月17日",
            "ドローン空撮による水稲の生育診断",
            "氾濫予兆検知",
            "へき地診療所と基幹病院を結ぶ遠隔診療支援",
            "提案書(様式1)を電子メールにより提出してください",
            "情報通信連携推進課",
        ],
        "furniture": ["本文へスキップ", "文字サイズ", "背景色", "サイトマップ", "電波利用", "局の紹介",
                      "令和6年度報道資料", "ページの先頭へ", "関連リンク", "メールマガジン", "プライバシーポリシー",
                      "仙台第2合同庁舎", "All Rights Reserved"],
    },
    "kinki-meeting-sjis.html": {
        "date": "平成30年6月1日",
        "content": [
            "平成30年度近畿地域情報化推進会議の開催結果",
            "平成30年6月1日",
            "大阪府大阪市において「近畿地域情報化推進会議」を開催しました",
            "髙橋座長の進行のもと意見交換を行いました",
            "訪日外国人向け無線LANの相互接続",
            "災害時の通信確保に向けた事業者間連携",
            "地域IoT実装計画の進捗",
        ],
        "furniture": ["本文へ移動", "文字サイズ", "ここからサイトの主なメニューです", "電波関係", "局の案内",
                      "平成29年度の報道発表", "ここから本文です", "ページの先頭へ", "大阪合同庁舎", "Copyright"],
    },
    # Written after the rules above were settled, and measured before any rule was changed for them.
    "kyushu-press-2007.html": {
        "date": "平成19年8月1日",
        "content": [
            "平成19年8月1日",
            "「地域イントラネット基盤施設整備事業」の補助金交付を決定",
            "市役所、学校、図書館等の公共施設を高速ネットワークで結ぶ",
            "長崎県壱岐市の地域イントラネット基盤施設整備事業に係る補助金の交付を決定しました",
            "九州管内で2件目です",
            "壱岐情報センター",
            "495,600",
            "【参考1】平成19年度当初予算による交付決定事業一覧",
            "情報通信振興課",
        ],
        "furniture": ["本文へジャンプ", "サイトマップ", "リンク集", "HOME", "このページの先頭へ", "個人情報の取扱い",
                      "熊本地方合同庁舎", "Copyright"],
    },
    "pref-cms-fiber.html": {
        "date": "2023年3月15日",
        "content": [
            "2023年3月15日",
            "条件不利地域における光ファイバ整備への支援について",
            "市町村が行う光ファイバ網の整備に対して補助を行っています",
            "県内の市町村",
            "補助対象経費の6分の1以内",
            "令和5年6月30日",
            "世帯カバー率は99.2%",
            "光ファイバ整備状況図",
            "情報政策課",
        ],
        "furniture": ["文字の大きさ", "音声読み上げ", "サイト内検索", "くらし・環境", "トップページ", "印刷ページ表示",
                      "高知県デジタル化推進計画", "ページの先頭へ戻る", "サイトポリシー", "丸ノ内", "All Rights Reserved"],
    },
}


def ours(markup: str) -> str:
    return extract_main(markup).text


def trafilatura_default(markup: str) -> str:
    import trafilatura

    return trafilatura.extract(markup, include_tables=True, include_comments=False) or ""


def trafilatura_recall(markup: str) -> str:
    import trafilatura

    return trafilatura.extract(markup, include_tables=True, include_comments=False, favor_recall=True) or ""


EXTRACTORS = {
    "selectolax + rules (chosen)": ours,
    "trafilatura 2 (defaults, tables on)": trafilatura_default,
    "trafilatura 2 (favor_recall)": trafilatura_recall,
}


def squash(text: str) -> str:
    return "".join(normalize_text(text).split())


def main() -> None:
    html_dir = ROOT / "tests" / "data" / "html"
    rows = []
    for name, extractor in EXTRACTORS.items():
        found = total = leaked = dates = 0
        seconds = 0.0
        runs = 20
        for page, expect in PAGES.items():
            markup, _, _ = decode_html((html_dir / page).read_bytes())
            start = time.perf_counter()
            for _ in range(runs):
                text = extractor(markup)
            seconds += (time.perf_counter() - start) / runs
            flat = squash(text)
            found += sum(1 for line in expect["content"] if squash(line) in flat)
            total += len(expect["content"])
            leaked += sum(1 for junk in expect["furniture"] if squash(junk) in flat)
            dates += squash(expect["date"]) in flat
        rows.append((name, f"{found}/{total}", f"{leaked}/{sum(len(p['furniture']) for p in PAGES.values())}",
                     f"{dates}/{len(PAGES)}", f"{1000 * seconds / len(PAGES):.1f}"))
    print("| extractor | content lines found | furniture leaked | date line kept | ms/page |")
    print("|---|---:|---:|---:|---:|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
