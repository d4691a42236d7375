"""End-to-end PDF indexing speed: `ictsearch index --jobs 1` on 21 PDFs, fresh index and cache.

usage: python bench/pdf_index_speed.py [CHECKOUT ...]     (default: this checkout)

The set is three copies of ../shared/corpus/pdf/generated/*.pdf (222 pages),
made distinct by a comment line appended after %%EOF (so the content hashes
differ and nothing is served from the cache), written to bench/.work/pdf21.
Each CHECKOUT (a directory with cli.py, e.g. an older commit unpacked with
`git archive COMMIT | tar -x -C DIR`) is run in the same session with this
Python, twice, alternating, and the better run is reported: compare ratios.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT.parent / "shared" / "corpus" / "pdf" / "generated"


def make_set() -> tuple[Path, int]:
    out = ROOT / "bench" / ".work" / "pdf21"
    out.mkdir(parents=True, exist_ok=True)
    pages = 0
    from pypdfium2 import PdfDocument

    for copy in range(3):
        for pdf in sorted(GENERATED.glob("*.pdf")):
            target = out / f"{pdf.stem}-{copy}.pdf"
            target.write_bytes(pdf.read_bytes() + f"% copy {copy}\n".encode())
            pages += len(PdfDocument(str(target)))
    return out, pages


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(checkout: Path, folder: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run (CPU time is what a loaded machine distorts least)."""
    with tempfile.TemporaryDirectory() as tmp:
        # The checkout root *is* the package (package-dir ictsearch = "."), so it is
        # imported through a link named ictsearch; a path entry beats the editable
        # install's finder, which would otherwise load this checkout every time.
        (Path(tmp) / "ictsearch").symlink_to(checkout)
        code = (f"import sys; sys.path.insert(0, {tmp!r}); import ictsearch.cli as cli; "
                f"assert cli.__file__.startswith({tmp!r}), cli.__file__; cli.main()")
        cpu = _children_cpu()
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", code, "index", str(folder), "--index", f"{tmp}/idx",
                               "--jobs", "1", "--quiet"], capture_output=True, text=True)
        seconds = time.perf_counter() - started
        cpu = _children_cpu() - cpu
    if done.returncode != 0:
        sys.exit(f"{checkout}: exit {done.returncode}\n{done.stderr}")
    return seconds, cpu


def main() -> None:
    checkouts = [Path(a).resolve() for a in sys.argv[1:]] or [ROOT]
    folder, pages = make_set()
    best: dict[Path, tuple[float, float]] = {}
    for _ in range(2):
        for checkout in checkouts:
            seconds, cpu = run(checkout, folder)
            old = best.get(checkout, (seconds, cpu))
            best[checkout] = (min(old[0], seconds), min(old[1], cpu))
    for checkout in checkouts:
        seconds, cpu = best[checkout]
        print(f"{checkout}: {pages} pages in {seconds:.1f} s wall = {pages / seconds:.0f} pages/s; "
              f"{cpu:.1f} s CPU = {pages / cpu:.0f} pages per CPU-second")


if __name__ == "__main__":
    main()
