"""Deriving metadata from hostile texts: `derive_metadata` on generated inputs at two sizes.

usage: python bench/hostile_inputs.py [--sizes 50000,200000] [--kinds K,...] [--runs N] [CHECKOUT ...]
       (default: this checkout; not run by run.py)

Each kind is a realistic but hostile text a collection holds: PDF text without a line break, a
page of dates, a topics page of weekday entries on one line, a national list of towns on one line or one a line
(or of their heads on a bureau's page, whose guests and speakers are read), 「第N条」 articles, base64 blobs
and long URLs, sentences without 。, brackets never closed, as-of clauses and cells on one line, one prefecture's towns, towns of names several prefectures share on one line,
a broadband page stating its gap again and again on one line, a sheet of yearly rows of twelve figures, a list of
branch counters open in the evening, a numbered list of bodies named for their places on one line, a plan's rows of
yearly figures under two date stamps, the country's river offices and universities named with と on one line.  The sentences are the real pages'
of bench/realdocs/docs, the towns those of indexer/metadata/data/municipalities.tsv.  Each
checkout derives each text in a fresh process (imported through a link, as pdf_index_speed.py
runs checkouts), best CPU seconds of --runs; "growth" is the time at the largest size over the
time at the smallest: ×4 the characters should cost about ×4, more is a path that reads too much
of a long line or text again for each thing on it.  derive_metadata reads at most METADATA_CHARS
(200,000) characters, so sizes past it measure the same text.
"""

from __future__ import annotations

import argparse
import base64
from datetime import date, timedelta
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.pdf_index_speed import _link  # noqa: E402

DOCS = ROOT / "bench" / "realdocs" / "docs"
TOWNS = ROOT / "indexer" / "metadata" / "data" / "municipalities.tsv"
KINDS = ("pdf_noline", "dates", "dates_oneline", "weekdays_oneline", "towns_oneline", "office_heads_oneline",
         "towns_table", "articles", "articles_oneline", "long_tokens", "no_maru", "brackets", "as_of_oneline",
         "as_of_cells_oneline", "one_place_oneline", "shared_towns_oneline", "gaps_oneline",
         "fy_figure_rows", "evening_counters", "numbered_oneline", "stamped_fy_rows", "offices_oneline",
         "universities_oneline")


def _sentences() -> list[str]:
    out = []
    for path in sorted(DOCS.glob("*.txt"))[:400]:
        out += [s + "。" for s in path.read_text("utf-8").replace("\n", "").split("。") if 15 < len(s) < 120]
    return out


def _towns() -> list[tuple[str, str]]:
    rows = [line.split("\t") for line in TOWNS.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    return [(r[1], r[0]) for r in rows[1:]]  # (prefecture, town)


def _fill(unit, n: int, sep: str = "") -> str:
    out, k, i = [], 0, 0
    while k < n:
        s = unit(i)
        out.append(s)
        k += len(s) + len(sep)
        i += 1
    return sep.join(out)


def make(kind: str, n: int) -> str:
    """About n characters of one kind of text."""
    sents, towns, rng = _sentences(), _towns(), random.Random(38)
    s = lambda i: sents[i % len(sents)]  # noqa: E731
    day = lambda i: ("令和{}年{}月{}日", "平成{}年{}月{}日", "20{:02d}年{}月{}日")[i % 3].format(i % 30 + 1, i % 12 + 1, i % 28 + 1)  # noqa: E731
    if kind == "pdf_noline":
        return _fill(s, n)
    if kind == "dates":
        return _fill(lambda i: day(i) + "（更新）", n, "\n")
    if kind == "dates_oneline":
        return _fill(day, n, "、")
    if kind == "weekdays_oneline":  # a topics page saved as one line: 「11月1日(火)に…を開催しました。」…
        first = date(2022, 11, 1)
        entry = lambda i: (d := first + timedelta(days=i * 7 % 49)) and (  # noqa: E731
            f"{d.month}月{d.day}日({'月火水木金土日'[d.weekday()]})に地域のICT講習会を開催しました。")
        return "トピックス\n更新日:2021年11月10日\n" + _fill(entry, n)
    if kind == "towns_oneline":
        return _fill(lambda i: "".join(towns[i % len(towns)]), n, "、")
    if kind == "office_heads_oneline":  # a bureau's page listing the heads of towns (北海道札幌市長、…) on one line
        return "総務省東北総合通信局\n報道資料\n" + _fill(lambda i: "".join(towns[i % len(towns)]) + "長", n, "、")
    if kind == "towns_table":
        return _fill(lambda i: f"{i}\t{towns[i % len(towns)][0]}\t{towns[i % len(towns)][1]}\t実施済", n, "\n")
    if kind == "articles":
        return _fill(lambda i: f"第{i + 1}条　{s(i)}", n, "\n")
    if kind == "articles_oneline":
        return _fill(lambda i: f"第{i + 1}条　{s(i)}", n)
    if kind == "long_tokens":
        return _fill(lambda i: (base64.b64encode(rng.randbytes(3000)).decode(),
                                "https://www.soumu.go.jp/" + "/".join(f"seisaku{j}" for j in range(300)) + "?q=" + "a" * 1000,
                                s(i))[i % 3], n, "\n")
    if kind == "no_maru":
        return _fill(lambda i: s(i).rstrip("。") + "　", n)
    if kind == "brackets":
        return _fill(lambda i: "（「" + s(i)[:-1], n)
    if kind == "as_of_oneline":  # a statistics page saved as one line: as-of clauses after commas
        return _fill(lambda i: "、令和{}年4月現在".format(i % 7 + 1), n)
    if kind == "as_of_cells_oneline":  # a sheet of as-of days and figures saved as one line of cells
        return "統計表\n" + _fill(lambda i: "令和{}年4月1日現在\t{}%\t".format(i % 7 + 1, i % 100), n)
    if kind == "shared_towns_oneline":  # a town's list of partner towns whose names several prefectures share, one line
        shared = [t for p, t in towns if "|" in p and t.endswith(("市", "町", "村"))]
        return "町の連携先\n" + _fill(lambda i: shared[i % len(shared)], n, "、") + "。町民の皆様へ。"
    if kind == "one_place_oneline":  # a White Paper section naming one prefecture's towns on one line
        return "令和6年版 情報通信白書\n" + _fill(lambda i: "石川県" + "輪島市珠洲市七尾市"[i % 3 * 3:i % 3 * 3 + 3] + "、", n)
    if kind == "gaps_oneline":  # a broadband page saved as one line stating its gap again and again (themes' gap rule)
        return "光ファイバ整備事業\n" + _fill(lambda i: "光ファイバ網の整備による情報格差の是正、ブロードバンドの整備", n, "、")
    if kind == "fy_figure_rows":  # a sheet of yearly figures, each row's twelve months and a closing word (review45)
        return "年度別件数\n" + _fill(lambda i: "令和{}年度 {} 計\n".format(i % 7 + 1, " ".join(str(100 + 7 * j) for j in range(12))), n)
    if kind == "evening_counters":  # a list of branch counters open in the evening, a state office named last (review45)
        return "窓口のご案内\n" + _fill(lambda i: "第{}支所 夜間窓口 毎週木曜日\n".format(i), n) + "年金事務所の窓口もご利用ください。"
    if kind == "numbered_oneline":  # bodies named for their places, numbered on one line, some by a short stem (review46)
        return "コンソーシアム一覧\n" + _fill(lambda i: "({})滋賀県水田作、({})京都亀岡中山間、".format(i % 98 + 1, i % 98 + 2), n)
    if kind == "stamped_fy_rows":  # a plan's rows of yearly figures under a 公開日 and a later 更新日 (dates52's guard)
        return "お知らせ\n公開日:2019年10月31日\n更新日:2024年4月1日\n" + _fill(
            lambda i: "{}年度(令和{}年度) {}箇所".format(2019 + i % 5, 1 + i % 5, i), n, "\n")
    if kind == "offices_oneline":  # the country's river offices listed on one line (places49's office rule)
        return "国土交通省の取組\n" + _fill(lambda i: towns[i % len(towns)][1][:-1] + "河川国道事務所", n, "、")
    if kind == "universities_oneline":  # universities named with と on one line, no 。 (places49's party rule)
        return "本町は、" + _fill(lambda i: "信州大学と京都大学及び", n, "、")
    raise ValueError(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")


_CHILD = """
import json, sys, time
sys.path.insert(0, {link!r})
from pathlib import Path
from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.analysis import analyze
analyze("準備")  # the dictionary and the patterns' first use are not the text's cost
text = Path({path!r}).read_text("utf-8")
started = time.process_time()
derive_metadata(text, title="資料", path=Path("page.txt"))
print(json.dumps(time.process_time() - started))
"""


def measure(link: Path, path: Path) -> float:
    done = subprocess.run([sys.executable, "-c", _CHILD.format(link=str(link), path=str(path))],
                          capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=""))
    if done.returncode != 0:
        sys.exit(done.stderr)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("checkouts", nargs="*", type=Path, default=[ROOT])
    parser.add_argument("--sizes", default="50000,200000")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    links = [_link(c.resolve(), i) for i, c in enumerate(args.checkouts)]
    head = " | ".join(f"{c.name or c} {n:,}" for c in args.checkouts for n in sizes)
    print(f"| kind | {head} | growth |")
    print("| --- |" + " --- |" * (len(args.checkouts) * len(sizes) + 1))
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.kinds.split(","):
            paths = []
            for n in sizes:
                paths.append(Path(tmp) / f"{kind}-{n}.txt")
                paths[-1].write_text(make(kind, n), "utf-8")
            cells, growth = [], []
            for link in links:
                times = [min(measure(link, p) for _ in range(args.runs)) for p in paths]
                cells += [f"{t:.2f} s" for t in times]
                growth.append(f"×{times[-1] / max(times[0], 1e-3):.1f}")
            print(f"| {kind} | {' | '.join(cells)} | {' / '.join(growth)} |", flush=True)


if __name__ == "__main__":
    main()
