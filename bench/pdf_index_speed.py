"""End-to-end PDF indexing speed: `ictsearch index --jobs 1` on 21 PDFs, fresh index and cache.

usage: python bench/pdf_index_speed.py [--runs N] [--no-bytecode] [CHECKOUT ...]   (default: this checkout)

The set is three copies of ../shared/corpus/pdf/generated/*.pdf (222 pages),
made distinct by a comment line appended after %%EOF (so the content hashes
differ and nothing is served from the cache), written to bench/.work/pdf21.
Each CHECKOUT (a directory with cli.py, e.g. an older commit unpacked with
`git archive COMMIT | tar -x -C DIR`) is run in the same session with this
Python, N times (default 3), alternating, and the best run is reported: compare ratios.

Each run is a new process, as a user's command is, with the modules' bytecode
compiled as an installed package has it (pip compiles it at install): an
unmeasured first run per checkout writes it to bench/.work/pycache, even where
PYTHONDONTWRITEBYTECODE is set.  --no-bytecode keeps the environment's setting
(with it set, every run also compiles the project's sources, ~0.15 s).
"""

from __future__ import annotations

import argparse
import os
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


def run(checkout: Path, folder: Path, link: Path, env: dict) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run (CPU time is what a loaded machine distorts least)."""
    code = (f"import sys; sys.path.insert(0, {str(link)!r}); import ictsearch.cli as cli; "
            f"assert cli.__file__.startswith({str(link)!r}), cli.__file__; cli.main()")
    with tempfile.TemporaryDirectory() as tmp:
        cpu = _children_cpu()
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", code, "index", str(folder), "--index", f"{tmp}/idx",
                               "--jobs", "1", "--quiet"], capture_output=True, text=True, env=env)
        seconds = time.perf_counter() - started
        cpu = _children_cpu() - cpu
    if done.returncode != 0:
        sys.exit(f"{checkout}: exit {done.returncode}\n{done.stderr}")
    return seconds, cpu


def best_of(checkouts: list[Path], runs: int, measure) -> dict[Path, tuple[float, float]]:
    """Each checkout's least wall-clock and CPU seconds over `runs` rounds of `measure(checkout)`,
    the checkouts taking turns within each round, so the machine's noise falls on all of them alike."""
    best: dict[Path, tuple[float, float]] = {}
    for _ in range(runs):
        for checkout in checkouts:
            seconds, cpu = measure(checkout)
            old = best.get(checkout, (seconds, cpu))
            best[checkout] = (min(old[0], seconds), min(old[1], cpu))
    return best


def _link(checkout: Path, n: int) -> Path:
    """A fixed directory whose `ictsearch` is the checkout.

    The checkout root *is* the package (package-dir ictsearch = "."), so it is
    imported through a link named ictsearch; a path entry beats the editable
    install's finder, which would otherwise load this checkout every time.  The
    path stays the same from run to run, so compiled bytecode is found again.
    """
    link = ROOT / "bench" / ".work" / "checkouts" / str(n)
    link.mkdir(parents=True, exist_ok=True)
    target = link / "ictsearch"
    if target.is_symlink() or target.exists():
        target.unlink()
    target.symlink_to(checkout)
    return link


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("checkouts", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-bytecode", action="store_true", help="keep PYTHONDONTWRITEBYTECODE as it is")
    args = parser.parse_args()
    checkouts = [p.resolve() for p in args.checkouts] or [ROOT]
    folder, pages = make_set()
    env = dict(os.environ)
    links = {c: _link(c, n) for n, c in enumerate(checkouts)}
    if not args.no_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(ROOT / "bench" / ".work" / "pycache")
        for checkout in checkouts:
            run(checkout, folder, links[checkout], env)  # writes the bytecode; not measured
    best = best_of(checkouts, args.runs, lambda checkout: run(checkout, folder, links[checkout], env))
    for checkout in checkouts:
        seconds, cpu = best[checkout]
        print(f"{checkout}: {pages} pages in {seconds:.2f} s wall = {pages / seconds:.0f} pages/s; "
              f"{cpu:.2f} s CPU = {pages / cpu:.0f} pages per CPU-second")
    if len(checkouts) > 1:
        first = best[checkouts[0]]
        for checkout in checkouts[1:]:
            print(f"{checkout} / {checkouts[0]}: {first[0] / best[checkout][0]:.2f}x wall, "
                  f"{first[1] / best[checkout][1]:.2f}x CPU")


if __name__ == "__main__":
    main()
