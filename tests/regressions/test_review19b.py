"""Review 19b: ictsearch embedded in a web service and a nightly job, as a developer would use it."""

from __future__ import annotations

import ast
import json

from conftest import ROOT, write


def _type_checking_imports(init=ROOT / "__init__.py") -> dict[str, str | None]:
    """name -> the name it is imported as (None: imported without `as`), in an __init__'s TYPE_CHECKING block."""
    tree = ast.parse(init.read_text(encoding="utf-8"))
    block = next(n for n in tree.body if isinstance(n, ast.If) and getattr(n.test, "id", None) == "TYPE_CHECKING")
    return {a.name: a.asname for n in block.body if isinstance(n, ast.ImportFrom) for a in n.names}


def test_every_public_name_is_reexported_for_a_strict_type_checker():
    # README: "a typed Python API", py.typed ships, and `import ictsearch` gives open_index,
    # build_index, the result types and the errors. A client checked with `mypy --strict`
    # (no implicit re-export) got 17 errors for `from ictsearch import open_index, SearchResult,
    # BadQuery…`: 'Module "ictsearch" does not explicitly export attribute "open_index"'. mypy
    # cannot read `__all__ = sorted(_EXPORTS)`, and `from .x import Y` in a py.typed package is
    # no re-export; `from .x import Y as Y` is (PEP 484).
    import ictsearch

    imported = _type_checking_imports()
    for name in ictsearch.__all__:
        assert name in imported, f"{name} is exported at run time but not declared for type checkers"
        assert imported[name] == name, f"{name} is imported without `as {name}`: not a re-export under mypy --strict"


def test_the_subpackages_public_names_are_typed_too():
    # search/__init__'s docstring shows `from ictsearch.search import open_index`; under mypy its
    # names came through the lazy module __getattr__, so each was Any (reveal_type(open_index):
    # "Any"): a typo in a result's field went unnoticed. Declared like the top package's now.
    import ictsearch.indexer
    import ictsearch.search

    for package, init in ((ictsearch.search, ROOT / "search" / "__init__.py"),
                          (ictsearch.indexer, ROOT / "indexer" / "__init__.py")):
        imported = _type_checking_imports(init)
        for name in package.__all__:
            assert imported.get(name) == name, f"{package.__name__}.{name} is not declared for type checkers"
            assert getattr(package, name) is getattr(ictsearch, name, getattr(package, name))


def test_similar_with_no_key_terms_has_the_facet_keys_of_any_result(tmp_path):
    # A document of numbers only has no content term for more-like-this; its `similar` result
    # had "facets": {} and "missing": {} where every other result, empty or not, has the four
    # facets ({"region": {}, …} and {"region": 0, …}): res["facets"]["region"] raised KeyError.
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "nums.txt", "2023\n2024\n1 2 3\n")
    write(docs / "telework.txt", "テレワーク推進事業の報告\n\n東北総合通信局は令和5年度にテレワークの普及を進めた。\n")
    assert build_index([docs], tmp_path / "idx", jobs=1).added == 2
    with open_index(tmp_path / "idx") as idx:
        empty_search = idx.search("存在しない語句ぜんぜん").to_dict()
        similar = json.loads(json.dumps(idx.similar(str(docs / "nums.txt")).to_dict()))
    assert similar["total"] == 0
    assert list(similar) == list(empty_search)
    assert similar["facets"] == empty_search["facets"] == {"region": {}, "prefecture": {}, "fiscal_year": {}, "theme": {}}
    assert similar["missing"] == empty_search["missing"]


def test_the_index_methods_keep_their_types_for_a_type_checker(tmp_path):
    # Index.search, get, similar, facets… are wrapped by _reads_index, which was untyped: to
    # mypy each was Any, so `idx.search("テレワーク").totl` (a typo for total) passed `mypy --strict`
    # and failed at run time. Checked with mypy itself where it is installed.
    import os
    import subprocess
    import sys
    import typing

    import pytest

    from ictsearch.search import api

    hints = typing.get_type_hints(api._reads_index)
    assert hints["return"] == hints["method"], "the decorator must return the type it is given"
    pytest.importorskip("mypy")
    (tmp_path / "ictsearch").symlink_to(ROOT)  # as installed: the checkout is the package
    client = write(tmp_path / "client.py", (
        "from pathlib import Path\n\nimport ictsearch\n\n\n"
        "def total(where: str) -> int:\n"
        "    with ictsearch.open_index(where) as idx:\n"
        "        idx.get(Path('資料/報告.txt'))\n"
        "        return idx.search('テレワーク', region='東北').totl\n"))
    run = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--no-error-summary",
                          "--cache-dir", str(tmp_path / "cache"), str(client)],
                         capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "MYPYPATH": str(tmp_path)},
                         timeout=300)
    assert '"SearchResult" has no attribute "totl"' in run.stdout, run.stdout + run.stderr
    assert "Path" not in run.stdout, run.stdout  # get() takes a path as the README says


def test_index_status_returns_a_type_the_package_exports(tmp_path):
    # A nightly job's `def check(st: ictsearch.IndexStatus) -> bool` could not be written: index_status()
    # is exported but the dataclass it returns was only in ictsearch.indexer.status.
    import ictsearch

    docs = tmp_path / "docs"
    write(docs / "plan.txt", "令和5年度 事業計画\n\n地域のデジタル化を支援する。\n")
    ictsearch.build_index([docs], tmp_path / "idx", jobs=1)
    st = ictsearch.index_status(tmp_path / "idx")
    assert isinstance(st, ictsearch.IndexStatus) and st.documents == 1
    assert "IndexStatus" in ictsearch.__all__ and _type_checking_imports()["IndexStatus"] == "IndexStatus"


def test_an_index_path_that_names_a_file_is_no_index_not_a_damaged_one(tmp_path):
    # A service configured with ICTSEARCH_INDEX pointing at a file (a document, a config file)
    # got IncompatibleIndex, "The index at … is unreadable ([Errno 20] Not a directory…)": the
    # error the CLI answers with "run ictsearch index --rebuild", and a rebuild there fails
    # (IndexLocationError: File exists). Nothing is damaged; there is no index at that path.
    import ictsearch

    plan = write(tmp_path / "plan.txt", "令和5年度 事業計画\n\n地域のデジタル化を支援する。\n")
    for where in (plan, plan / "idx"):
        for call in (ictsearch.open_index, ictsearch.index_status):
            try:
                call(where)
            except ictsearch.IctsearchError as e:
                assert type(e) is ictsearch.IndexMissing, (call.__name__, where, repr(e))
                assert "Errno" not in str(e), str(e)
            else:
                raise AssertionError(f"{call.__name__}({where}) opened a file as an index")


def test_documents_keeps_iterating_when_the_caller_searches_after_a_commit(tmp_path):
    # A nightly job walks idx.documents() and asks idx.similar / idx.get for each, while the
    # index is updated (another process, or build_index). The first call after the commit
    # refreshed this thread's searcher and closed the old one, which the generator was still
    # reading: CorruptIndex "The index at … is damaged (ReaderClosed)", for a sound index.
    # vocabulary() is such a generator too.
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    for n, topic in enumerate(("テレワークの推進", "地域情報化の取組", "ブロードバンド基盤の整備", "迷惑メール対策")):
        write(docs / f"d{n}.txt", f"令和{n + 2}年度 {topic}\n\n東北総合通信局は{topic}について報告した。\n")
    assert build_index([docs], tmp_path / "idx", jobs=1).added == 4
    for rebuild in (False, True):
        with open_index(tmp_path / "idx") as idx:
            seen, terms, before = [], [], idx.doc_count()
            vocabulary = idx.vocabulary()
            for doc in idx.documents():
                seen.append(doc.path)
                terms.append(next(vocabulary))
                if len(seen) == 2:
                    write(docs / f"new-{rebuild}.txt", "新しい資料\n\nローカル5Gの実証について。\n")
                    build_index([docs], tmp_path / "idx", jobs=1, rebuild=rebuild)
                idx.similar(doc.doc_id, limit=1)
                idx.get(doc.path)
            assert len(seen) == before, seen  # the documents of the index when the walk began
            assert seen == sorted(seen) and len(terms) == len(seen)


def test_status_and_open_during_a_rebuilds_switch_read_the_new_generation(tmp_path, monkeypatch):
    # A service polling index_status() (or opening the index) while the nightly job runs
    # `ictsearch index --rebuild`: in 6 rebuilds, 3 of ~3,500 status calls raised CorruptIndex
    # "The index at … is damaged (EmptyIndexError: Index 'MAIN' does not exist)" — the run had
    # switched generations and deleted the one the call had just looked up. Nothing is damaged;
    # the call must read the new generation. (Here the rebuild lands in that window on purpose.)
    import ictsearch
    from ictsearch.indexer.store import IndexStore

    docs = tmp_path / "docs"
    for n, topic in enumerate(("テレワークの推進", "地域情報化の取組", "迷惑メール対策")):
        write(docs / f"d{n}.txt", f"令和{n + 3}年度 {topic}\n\n東北総合通信局は{topic}について報告した。\n")
    assert ictsearch.build_index([docs], tmp_path / "idx", jobs=1).added == 3

    original = IndexStore.current_dir
    armed = []

    def current_dir_then_a_rebuild(self):
        gen_dir = original(self)
        if armed:
            armed.clear()
            ictsearch.build_index([docs], tmp_path / "idx", jobs=1, rebuild=True)  # switches, deletes gen_dir
        return gen_dir

    monkeypatch.setattr(IndexStore, "current_dir", current_dir_then_a_rebuild)
    armed.append(True)
    st = ictsearch.index_status(tmp_path / "idx")
    assert (st.documents, st.generation) == (3, "gen-000002"), st
    armed.append(True)
    with ictsearch.open_index(tmp_path / "idx") as idx:
        assert idx.search("テレワーク").total == 1 and idx.doc_count() == 3


def test_output_that_cannot_be_written_is_one_line_and_exit_2_not_a_traceback(tmp_path):
    # A nightly job writing `ictsearch export --format jsonl > /mnt/full/docs.jsonl` or
    # `ictsearch search … --json > out.json` on a full disk got a Python traceback and exit 1,
    # the status that means "some files could not be indexed"; export said
    # 'cannot write None: No space left on device' (None: no --output folder).
    import os
    import subprocess
    import sys

    import pytest

    from ictsearch import build_index

    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    docs = tmp_path / "docs"
    write(docs / "plan.txt", "令和5年度 テレワーク推進事業計画\n\n地域企業のテレワーク導入を支援する。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    for args, as_json in ((["search", "テレワーク", "--json"], True), (["search", "テレワーク"], False),
                          (["status", "--json"], True), (["export", "--format", "jsonl"], True)):
        with open("/dev/full", "wb") as full:
            run = subprocess.run([sys.executable, "-c", "from ictsearch.cli import main; main()", *args,
                                  "--index", str(tmp_path / "idx")], stdout=full, stderr=subprocess.PIPE, text=True,
                                 timeout=120)
        err = run.stderr.strip()
        assert run.returncode == 2, (args, run.returncode, err)
        assert "Traceback" not in err and len(err.splitlines()) == 1, (args, err)
        assert "No space left on device" in err and "None" not in err, (args, err)
        if as_json:
            assert json.loads(err)["kind"] == "OutputError", err


def test_build_index_with_workers_in_a_process_with_other_threads_does_not_hang(tmp_path):
    # A service that indexes two collections at once (or searches while build_index runs) calls
    # build_index(jobs=2) with other threads alive. Its workers were forked: a child inherits
    # the locks other threads hold at that moment, here the import lock of a module another
    # thread's build was importing (whoosh.codec), and both workers waited for it for ever,
    # and so did the run (3 of 3 runs of this script hung; faulthandler showed the workers in
    # importlib's _lock_unlock_module). With other threads alive the run now works in-process.
    import subprocess
    import sys
    import textwrap

    for name, texts in (("a", ("テレワークの推進", "地域情報化の取組")),
                        ("b", ("ブロードバンド基盤の整備", "迷惑メール対策", "ローカル5Gの実証", "防災無線の更新"))):
        for n, topic in enumerate(texts):
            write(tmp_path / name / f"d{n}.txt", f"令和{n + 3}年度 {topic}\n\n東北総合通信局は{topic}について報告した。\n")
    script = textwrap.dedent(f"""
        import threading, ictsearch
        out = {{}}
        def run(name, jobs):
            s = ictsearch.build_index([{str(tmp_path)!r} + "/" + name], {str(tmp_path)!r} + "/idx-" + name, jobs=jobs)
            out[name] = (s.added, s.failed)
        threads = [threading.Thread(target=run, args=("a", 1)), threading.Thread(target=run, args=("b", 2))]
        for t in threads: t.start()
        for t in threads: t.join()
        print(sorted(out.items()))
    """)
    try:
        run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=150)
    except subprocess.TimeoutExpired:
        raise AssertionError("build_index(jobs=2) beside another thread's build hung") from None
    assert run.stdout.strip() == "[('a', (2, 0)), ('b', (4, 0))]", run.stdout + run.stderr


def test_build_index_refuses_a_number_of_jobs_the_cli_refuses(tmp_path):
    # build_index(jobs=0) quietly used every core and jobs=-1 one; the CLI's --jobs takes 1 or more.
    import pytest

    import ictsearch

    docs = tmp_path / "docs"
    write(docs / "plan.txt", "令和5年度 事業計画\n\n地域のデジタル化を支援する。\n")
    for bad in (0, -1, 1.5, True):
        with pytest.raises(ValueError, match="jobs must be"):
            ictsearch.build_index([docs], tmp_path / "idx", jobs=bad)
    assert not (tmp_path / "idx").exists()
    assert ictsearch.build_index([docs], tmp_path / "idx", jobs=1).documents == 1
