"""Run one build_index() in a fresh process (so peak RSS and workers are its own).

Usage: python bench/_build_child.py INDEX_DIR JOBS REBUILD(0|1) PATHS_FILE
Prints one JSON line: seconds (inside build_index), counts, own/children ru_maxrss.
"""

import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    index_dir, jobs, rebuild, paths_file = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1", sys.argv[4]
    paths = [Path(p) for p in Path(paths_file).read_text(encoding="utf-8").splitlines() if p]
    t_import = time.perf_counter()
    from ictsearch.indexer import build_index

    t0 = time.perf_counter()
    summary = build_index(paths, Path(index_dir), jobs=jobs, rebuild=rebuild)
    seconds = time.perf_counter() - t0
    out = {
        "seconds": seconds,
        "import_s": t0 - t_import,
        "summary_seconds": getattr(summary, "seconds", None),
        "added": getattr(summary, "added", None),
        "updated": getattr(summary, "updated", None),
        "removed": getattr(summary, "removed", None),
        "unchanged": getattr(summary, "unchanged", None),
        "failed": getattr(summary, "failed", None),
        "self_maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "children_maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    }
    print("BUILD " + json.dumps(out))


if __name__ == "__main__":
    main()
