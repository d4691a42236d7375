"""Build indexer/data/kyujitai.tsv: old character forms (旧字体) and the forms written today.

    pip download kyujipy==0.6.8 --no-deps -d /tmp/k && unzip -o -q /tmp/k/kyujipy-0.6.8-py3-none-any.whl -d /tmp/k
    python tools/build_kyujitai.py /tmp/k/kyujipy/data > indexer/data/kyujitai.tsv

From kyujipy's kyujitai_simplified.cson and kyujitai_variants.cson (MIT; indexer/data/NOTICE.txt),
only their 常用漢字 and 人名用漢字 sections: the 表外字 section maps to 拡張新字体 forms that are no
better known than the old ones (濾 → 沪, a Chinese simplification; 儘 → 侭).  Pairs whose old form
NFKC already turns into another character (CJK compatibility ideographs, 海 U+FA45 → 海) are left
out: normalization has folded them before the analyzer sees them.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

_PAIR = re.compile(r'\[\s*"([^"]+)"\s*,\s*"([^"]+)"\s*\]')
_SECTIONS = ("常用漢字", "人名用漢字")


def pairs(data: Path) -> list[tuple[str, str]]:
    out: dict[str, str] = {}
    for name in ("kyujitai_simplified.cson", "kyujitai_variants.cson"):
        section = None
        for line in (data / name).read_text("utf-8").splitlines():
            if line.strip().startswith("#"):
                # The headings are written with compatibility ideographs (漢 U+FA47).
                section = unicodedata.normalize("NFKC", line.strip("# \t")) or section
                continue
            m = _PAIR.search(line)
            if not m or section not in _SECTIONS:
                continue
            new, old = m[1], m[2]
            if len(new) == 1 and len(old) == 1 and new != old and unicodedata.normalize("NFKC", old) == old:
                out.setdefault(old, new)
    news = set(out.values())
    return sorted((old, new) for old, new in out.items() if old not in news)


def main() -> None:
    rows = pairs(Path(sys.argv[1]))
    print("# old form (旧字体)\tform written today; built by tools/build_kyujitai.py from kyujipy 0.6.8 (MIT)")
    for old, new in rows:
        print(f"{old}\t{new}")


if __name__ == "__main__":
    main()
