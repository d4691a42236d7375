"""polish37: what review37's new user found and left: a user's own folders named as the index's, a nested
share left empty, an empty export, short doc ids, titles with tabs, exit 143 in the help, UTF-32 text,
and pdftotext's page breaks."""

from __future__ import annotations

import pytest

from conftest import write

TELEWORK = ("令和4年度 東北地域テレワーク推進事業の報告\n\n"
            "東北総合通信局は、令和4年度に岩手県及び宮城県で中小企業のテレワーク導入を支援しました。")
BOUSAI = ("令和3年度 九州 防災行政無線デジタル化の取組\n\n"
          "九州総合通信局は、熊本県の市町村と防災行政無線のデジタル化に取り組みました。")


def test_a_folder_that_is_its_own_index_keeps_a_users_folders_named_cache_and_gen(tmp_path):
    # `ictsearch index 資料 --index 資料` (made while it was empty), then the user's own folders
    # cache/ and gen-ai/ put in it: --rebuild deleted every gen-* folder (gen-ai, gen-2024 with their
    # documents) and --clear-cache the whole cache/ folder, the user's memo in it too; and neither
    # folder's documents were ever indexed.
    from click.testing import CliRunner

    import ictsearch
    from ictsearch.cli import cli
    from ictsearch.indexer import build_index

    folder = tmp_path / "資料"
    folder.mkdir()
    build_index([folder], folder, jobs=1)
    memo = write(folder / "cache" / "メモ.txt", "防災行政無線の覚書\n\n熊本県の市町村と防災行政無線のデジタル化を相談しました。")
    archive = write(folder / "cache" / "old.json.gz", "")  # a user's file named as an entry's ending
    ai = write(folder / "gen-ai" / "生成AI.txt", "生成AIの利活用に関する報告\n\n総務省は自治体における生成AIの利用を検討しました。")
    year = write(folder / "gen-2024" / "報告.txt", TELEWORK)
    write(folder / "概要.txt", BOUSAI)

    summary = build_index([folder], folder, jobs=1, rebuild=True)
    assert summary.added == 4 and summary.documents == 4
    assert memo.exists() and ai.exists() and year.exists()
    with ictsearch.open_index(folder) as ix:
        assert ix.search("生成AI").total == 1 and ix.search("覚書").total == 1
        assert {h.path for h in ix.search("テレワーク").hits} == {str(year)}

    out = CliRunner().invoke(cli, ["index", str(folder), "--clear-cache", "--index", str(folder)])
    assert out.exit_code == 0, out.output
    assert "Cleared 4 cached extractions" in out.output
    assert memo.exists() and archive.exists() and ai.exists() and year.exists()
    assert sorted(p.name for p in (folder / "cache").iterdir()) == ["old.json.gz", "メモ.txt"]
    assert build_index([folder], folder, jobs=1, rebuild=True).documents == 4
    assert memo.exists() and ai.exists() and year.exists()
    # status's size is the index's files, not the documents beside them.
    big = folder / "gen-ai" / "記録.mp4"
    big.write_bytes(b"\0" * 5_000_000)
    assert ictsearch.index_status(folder).size_bytes < 1_000_000


def test_an_index_of_its_own_still_drops_its_old_generation_and_empties_its_cache(tmp_path):
    # What the check must not stop: the index's own generations and cache go as before.
    from ictsearch.indexer import build_index
    from ictsearch.indexer.store import IndexStore

    docs, idx = tmp_path / "共有", tmp_path / "idx"
    write(docs / "報告.txt", TELEWORK)
    build_index([docs], idx, jobs=1)
    first = [p.name for p in idx.iterdir() if p.name.startswith("gen-")]
    build_index([docs], idx, jobs=1, rebuild=True)
    now = [p.name for p in idx.iterdir() if p.name.startswith("gen-")]
    assert len(first) == len(now) == 1 and first != now
    (idx / "gen-999999").mkdir()  # a rebuild stopped as it made its generation
    build_index([docs], idx, jobs=1)
    assert [p.name for p in idx.iterdir() if p.name.startswith("gen-")] == now
    assert IndexStore(idx).clear_cache() == 1 and not (idx / "cache").exists()


def test_a_nested_folder_left_empty_is_named_when_its_documents_are_removed(tmp_path):
    # A share mounted inside the collection (共有/東北 a mount point), not mounted at the nightly run:
    # "0 added, 0 updated, 2 removed" and not a word of which folder.  Its documents go, as files
    # moved out of a folder go (a named folder left empty keeps them: review36/37); the folder is named.
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import build_index

    share = tmp_path / "共有"
    write(share / "東北" / "令和4年度" / "テレワーク.txt", TELEWORK)
    write(share / "東北" / "防災.txt", BOUSAI.replace("九州", "東北"))
    write(share / "九州" / "防災.txt", BOUSAI)
    idx = tmp_path / "idx"
    build_index([share], idx, jobs=1)
    import shutil

    shutil.rmtree(share / "東北")
    (share / "東北").mkdir()  # the bare mount point
    out = CliRunner().invoke(cli, ["index", str(share), "--dry-run", "--index", str(idx)])
    assert f"note: folder {share / '東北'} is there but empty: the 2 documents indexed from it would be removed" in out.output
    summary = build_index([share], idx, jobs=1)
    assert summary.removed == 2 and summary.emptied_folders == ((str(share / "東北"), 2),)
    assert summary.gone_folders == () and summary.to_dict()["emptied_folders"] == [[str(share / "東北"), 2]]
    assert summary.documents == 1

    # A folder emptied of some of its files only, or one that still holds a file of no format read, is not named.
    write(share / "東北" / "防災.txt", BOUSAI.replace("九州", "東北"))
    write(share / "東北" / "写真.jpg", "")
    build_index([share], idx, jobs=1)
    (share / "東北" / "防災.txt").unlink()
    assert build_index([share], idx, jobs=1).emptied_folders == ()
    out = CliRunner().invoke(cli, ["index", "--help"])
    assert "sub-folder inside one that is empty has its documents removed" in " ".join(out.output.split())


def test_an_opensearch_export_of_an_empty_index_writes_no_empty_bulk_file(tmp_path):
    # An empty bulk.ndjson was written (and "0 documents: …/bulk.ndjson" said), which the documented
    # `curl -XPOST …/_bulk --data-binary @bulk.ndjson` answers with 400 "request body is required".
    from click.testing import CliRunner

    import ictsearch
    from ictsearch.cli import cli
    from ictsearch.indexer import build_index
    from ictsearch.search.export import write_opensearch

    docs, idx, out = tmp_path / "共有", tmp_path / "idx", tmp_path / "os"
    write(docs / "報告.txt", TELEWORK)
    build_index([docs], idx, jobs=1)
    with ictsearch.open_index(idx) as ix:
        written = write_opensearch(ix, out)
    assert written["bulk_ndjson"] == str(out / "bulk.ndjson") and written["note"] is None
    assert "テレワーク" in (out / "bulk.ndjson").read_text(encoding="utf-8")

    assert "1 document: " in CliRunner().invoke(
        cli, ["export", "--format", "opensearch", "--output", str(out), "--index", str(idx)]).output  # not "1 documents"

    empty, idx = tmp_path / "空", tmp_path / "idx2"
    empty.mkdir()
    build_index([empty], idx, jobs=1)
    res = CliRunner().invoke(cli, ["export", "--format", "opensearch", "--output", str(out), "--index", str(idx)])
    assert res.exit_code == 0, res.output
    assert f"0 documents: {out / 'index.json'} only; the index holds no document, so no bulk.ndjson was written" in res.output
    assert "refuse an empty _bulk request" in res.output
    # The earlier export's documents are not left to be loaded again.
    assert sorted(p.name for p in out.iterdir()) == ["index.json"]
    with ictsearch.open_index(idx) as ix:
        written = write_opensearch(ix, out)
    assert (written["documents"], written["bulk_ndjson"], written["bulk_parts"]) == (0, None, [])
    assert "no bulk.ndjson" in written["note"]


def test_show_takes_the_first_characters_of_a_doc_id_and_names_the_documents_an_ambiguous_one_fits(tmp_path):
    # `ictsearch show 3f2a9c` (a doc id's start, as git takes a commit's) was "no document '3f2a9c'".
    from click.testing import CliRunner

    import ictsearch
    from ictsearch.cli import cli
    from ictsearch.indexer import build_index
    from ictsearch.indexer.document import doc_id_for

    docs, idx = tmp_path / "共有", tmp_path / "idx"
    # Two files whose doc ids start with the same four characters (found by their paths' hashes).
    seen: dict[str, str] = {}
    for n in range(5000):
        name = f"報告{n:04d}.txt"
        start = doc_id_for(docs / name)[:4]
        if start in seen:
            twins = [seen[start], name]
            break
        seen[start] = name
    for name in twins:
        write(docs / name, TELEWORK)
    write(docs / "防災.txt", BOUSAI)
    build_index([docs], idx, jobs=1)
    a, b = (doc_id_for(docs / name) for name in twins)
    bousai = doc_id_for(docs / "防災.txt")
    with ictsearch.open_index(idx) as ix:
        assert ix.get(bousai[:6]).path == str(docs / "防災.txt")
        assert ix.get(bousai[:4].upper()).doc_id == bousai
        assert ix.get(a[:10]).doc_id == a and ix.get(b[:10]).doc_id == b
        assert ix.similar(bousai[:8]).total >= 0
        with pytest.raises(ictsearch.DocumentNotFound, match=f"doc id {a[:4]} is ambiguous: it starts 2 documents' ids") as e:
            ix.get(a[:4])
        assert sorted(e.value.matches) == sorted([a, b])
        assert str(docs / twins[0]) in str(e.value) and str(docs / twins[1]) in str(e.value)
        with pytest.raises(ictsearch.DocumentNotFound, match="no document"):
            ix.get(bousai[:3])  # shorter than four characters it is no doc id
        unused = next(p for p in ("0000", "ffff", "abcd") if not any(i.startswith(p) for i in (a, b, bousai)))
        with pytest.raises(ictsearch.DocumentNotFound, match=f"no doc id starts with {unused}"):
            ix.get(unused)
    res = CliRunner().invoke(cli, ["show", bousai[:6], "--index", str(idx), "--chars", "0"])
    assert res.exit_code == 0 and f"doc_id       {bousai}" in res.output
    res = CliRunner().invoke(cli, ["show", a[:4], "--index", str(idx)])
    assert res.exit_code == 2 and "is ambiguous" in res.output and a in res.output and b in res.output


def test_a_title_holding_a_tab_or_a_control_character_prints_on_one_clean_line(tmp_path):
    # A sidecar's title = "防災\t行政無線の報告" printed its tab raw in the hit list (the title jumped to
    # the next tab stop); an escape character in a title drove the terminal.
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import build_index

    docs, idx = tmp_path / "共有", tmp_path / "idx"
    write(docs / "防災.txt", BOUSAI)
    write(docs / "防災.txt.meta.toml", 'title = "防災\\t行政無線の\\n報告\\u001b[2J"\n')
    build_index([docs], idx, jobs=1)
    out = CliRunner().invoke(cli, ["search", "防災行政無線", "--index", str(idx)]).output
    assert "1. 防災 行政無線の 報告\\x1b[2J  (score" in out and "\t" not in out and "\x1b" not in out
    out = CliRunner().invoke(cli, ["show", str(docs / "防災.txt"), "--index", str(idx), "--chars", "0"]).output
    assert "title        防災 行政無線の 報告\\x1b[2J\n" in out
    # --json keeps the title as it is stored.
    out = CliRunner().invoke(cli, ["search", "防災行政無線", "--json", "--index", str(idx)]).output
    assert '"title": "防災\\t行政無線の\\n報告\\u001b[2J"' in out


@pytest.mark.parametrize("json_output", [False, True])
def test_search_stopped_by_sigterm_exits_143_as_its_help_says(tmp_path, json_output):
    # `search --help` listed 130 but not 143; a search SIGTERM stopped died of the signal, saying nothing.
    import json
    import signal
    import subprocess
    import sys

    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import build_index

    docs, idx = tmp_path / "共有", tmp_path / "idx"
    write(docs / "報告.txt", TELEWORK)
    build_index([docs], idx, jobs=1)
    help_text = " ".join(CliRunner().invoke(cli, ["search", "--help"]).output.split())
    assert "130 interrupted (Ctrl-C), 143 stopped by SIGTERM" in help_text
    slow = (
        "import sys, time\n"
        "import ictsearch.search.api as api\n"
        "def slow(self, *a, **k):\n"
        "    sys.stderr.write('searching\\n'); sys.stderr.flush(); time.sleep(60)\n"
        "api.Index.search = slow\n"
        f"sys.argv = ['ictsearch', 'search', 'テレワーク', '--index', {str(idx)!r}] + {['--json'] if json_output else []!r}\n"
        "from ictsearch.cli import main\n"
        "main()\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", slow], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr.readline() == "searching\n"
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 143 and out == ""
    if json_output:
        assert json.loads(err) == {"error": "Stopped (SIGTERM).", "kind": "Terminated"}
    else:
        assert err.strip() == "Stopped (SIGTERM)."


def test_a_text_file_in_utf32_with_its_bom_is_read(tmp_path):
    # UTF-32's little-endian BOM (FF FE 00 00) starts as UTF-16's does: read as UTF-16, every other
    # character was a NUL, and the file failed as "not text: binary data (control characters)".
    import ictsearch
    from ictsearch.indexer import build_index
    from ictsearch.indexer.extract import _whole_characters, read_text_file

    docs, idx = tmp_path / "共有", tmp_path / "idx"
    write(docs / "le.txt", TELEWORK, encoding="utf-32")  # Python writes the BOM, little-endian here
    (docs / "be.txt").write_bytes(b"\x00\x00\xfe\xff" + BOUSAI.encode("utf-32-be"))
    summary = build_index([docs], idx, jobs=1)
    assert (summary.added, summary.failed) == (2, 0)
    with ictsearch.open_index(idx) as ix:
        assert ix.search("テレワーク").total == 1 and ix.search("防災行政無線").total == 1
        assert ix.get(str(docs / "le.txt")).encoding == "utf-32"
    # Cut from a longer file, it ends on a whole character at a line end.
    data = (TELEWORK + "\n") .encode("utf-32")
    assert read_text_file(_whole_characters(data[:-6]))[0] == TELEWORK.split("\n\n")[0] + "\n\n"
    # A UTF-16 file is still UTF-16.
    assert read_text_file(BOUSAI.encode("utf-16")) == (BOUSAI, "utf-16")


def test_a_pdftotext_text_is_read_in_pages_at_its_form_feeds(tmp_path):
    # `pdftotext 報告.pdf` writes a form feed after every page: the .txt was one page, so a hit had no
    # page number and `show --page 2` said the document has no pages.
    from click.testing import CliRunner

    import ictsearch
    from ictsearch.cli import cli
    from ictsearch.indexer import build_index

    head = "令和4年度 東北地域テレワーク推進事業の報告\n"
    text = (head + "1. 事業の概要\n東北総合通信局は、令和4年度に岩手県及び宮城県で中小企業のテレワーク導入を支援しました。\n\n- 1 -\n\f"
            + head + "2. 成果\n支援した企業の八割が在宅勤務を続けています。\n\n- 2 -\n\f"
            + "\f"  # a blank page
            + head + "3. 今後の課題\n宮城県の沿岸部では光回線の整備が課題です。\n\n- 4 -\n\f")
    docs, idx = tmp_path / "共有", tmp_path / "idx"
    write(docs / "報告.txt", text)
    write(docs / "メモ.txt", TELEWORK)  # no form feed: no pages, as before
    build_index([docs], idx, jobs=1)
    with ictsearch.open_index(idx) as ix:
        doc = ix.get(str(docs / "報告.txt"))
        assert doc.pages == 4
        assert "在宅勤務" in doc.page_text(2) and doc.page_text(3) == "" and "光回線" in doc.page_text(4)
        assert "- 2 -" not in doc.text  # page numbers go, as a PDF's do
        assert doc.text.count("推進事業の報告") == 1  # the running head is kept once, where it first stands
        [hit] = ix.search("光回線").hits
        assert hit.page == 4
        assert ix.get(str(docs / "メモ.txt")).pages is None
    out = CliRunner().invoke(cli, ["show", str(docs / "報告.txt"), "--page", "2", "--index", str(idx)])
    assert out.exit_code == 0 and "在宅勤務" in out.output and "光回線" not in out.output
    out = CliRunner().invoke(cli, ["search", "光回線", "--index", str(idx)])
    assert "報告.txt  p.4" in out.output
