"""maint27: a maintainer keeping a 課's shared folder indexed over weeks: a data export saved as
.tsv, sub-folders renamed inside the collection, a share whose inode numbers change on every
mount, and the odd files a week leaves behind (unreadable, looping links, vanishing files)."""

from __future__ import annotations

import json
import os
import pathlib
import shutil
from pathlib import Path

import pytest

from conftest import SHARED, write

SEEDS = SHARED / "seeds"


def _cli(*args):
    from click.testing import CliRunner

    from ictsearch.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args])


# -- .tsv: a data export is indexed as a .csv is ------------------------------------------------

def test_a_tsv_export_is_indexed_as_a_table(tmp_path):
    # A 課's dump of its 補助金 list, saved as tab-separated values: it was passed over ("1 .tsv")
    # although the CSV reader reads tabs; its amounts hold commas, which must not split cells.
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    write(tmp_path / "docs" / "交付決定一覧.tsv",
          "事業名\t交付先\t交付額(円)\n"
          "地域課題解決型ローカル5G等の実現に向けた開発実証\t岩手県金ケ崎町\t12,345,000\n"
          "テレワーク普及展開推進事業\t宮城県多賀城市\t3,210,000\n")
    summary = build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    assert summary.added == 1 and summary.failed == 0 and summary.passed_over == ()
    with open_index(tmp_path / "idx") as idx:
        hits = idx.search("金ケ崎町 ローカル5G").hits
        assert [Path(h.path).name for h in hits] == ["交付決定一覧.tsv"]
        text = idx.get(hits[0].path).text
    assert "岩手県金ケ崎町\t12,345,000" in text  # the amount is one cell, not three


def test_a_tsv_whose_header_holds_commas_is_still_cut_at_tabs(tmp_path):
    # Counting separators, a header of labels written 「金額(千円,税込)」 held more commas than tabs.
    from ictsearch.indexer.formats import csvfile

    path = write(tmp_path / "予算.tsv", "区分,細目\t金額(千円,税込,概算)\n情報通信,DX推進\t1,200\n")
    assert csvfile.read(path).pages[0].splitlines()[1] == "情報通信,DX推進\t1,200"


@pytest.mark.shared
def test_the_benches_leave_the_white_papers_manifest_out():
    # The manifest is a .tsv now indexed like any other; the benches name it and leave it out.
    from bench import corpus

    assert all(p.is_dir() and p.name[0] in "hr" for p in corpus.whitepaper_folders())
    assert len(corpus.whitepaper_folders()) == len({s.edition for s in corpus.sections()})
    assert "manifest.tsv" in corpus.NOT_DOCUMENTS


# -- a share whose inode numbers change between runs --------------------------------------------

class _Renumbered:
    """A stat result whose inode number is shifted, as a share mounted again numbers its files."""

    def __init__(self, st, shift):
        self._st, self._shift = st, shift

    def __getattr__(self, name):
        return getattr(self._st, name)

    @property
    def st_ino(self):
        return self._st.st_ino + self._shift


_REAL_STAT = pathlib.Path.stat


def _renumber(monkeypatch, shift, only=None):
    def stat(self, *args, **kwargs):
        st = _REAL_STAT(self, *args, **kwargs)
        return _Renumbered(st, shift) if only is None or self.name == only else st

    monkeypatch.setattr(pathlib.Path, "stat", stat)


def _planned(monkeypatch):
    """The files each run plans to read (the tasks plan() returns)."""
    import ictsearch.indexer.pipeline as pipeline

    runs = []
    real = pipeline.plan

    def plan(*args, **kwargs):
        tasks, unchanged, signatures = real(*args, **kwargs)
        runs.append(sorted(Path(t.path).name for t in tasks))
        return tasks, unchanged, signatures

    monkeypatch.setattr(pipeline, "plan", plan)
    return runs


def _seed_folder(tmp_path):
    docs = tmp_path / "share" / "資料"
    docs.mkdir(parents=True)
    for seed in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy2(seed, docs / seed.name)
    return docs


@pytest.mark.shared
def test_a_share_renumbering_its_inodes_is_noted_once_and_not_read_again_each_run(tmp_path, monkeypatch):
    # An SMB share mounted with noserverino (or sshfs, a FAT stick) numbers its inodes afresh on
    # each mount: every no-change run read every file again to compare content hashes.
    from ictsearch.indexer import build_index

    docs = _seed_folder(tmp_path)
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    runs = _planned(monkeypatch)
    for shift in (1_000_000, 2_000_000):
        _renumber(monkeypatch, shift)
        summary = build_index([docs], idx, jobs=1)
        assert summary.unchanged == 3 and summary.updated == 0 and runs[-1] == []
        # Said the first time only; the index remembers the collection's numbers are not kept.
        assert summary.renumbered == (((str(docs), 3),) if shift == 1_000_000 else ())
    # A file replaced by one of the same size with its modification time kept (cp -p) is still
    # caught there: its change time is new.
    target = docs / "ict-regional-innovation-committee-fy2023-policy.txt"
    st = target.stat()
    target.write_bytes(target.read_bytes().replace(b"ICT", b"IoT", 1))
    assert target.stat().st_size == st.st_size
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
    _renumber(monkeypatch, 3_000_000)
    summary = build_index([docs], idx, jobs=1)
    assert (summary.updated, summary.unchanged, summary.renumbered) == (1, 2, ()) and runs[-1] == [target.name]


@pytest.mark.shared
def test_one_file_whose_inode_number_alone_changed_is_still_read(tmp_path, monkeypatch):
    # Not a renumbered share: one file of many (on a disk whose change time is no help, such as
    # FAT's) took a new inode. Its content is compared, and nothing is noted.
    from ictsearch.indexer import build_index

    docs = _seed_folder(tmp_path)
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    first = sorted(p.name for p in docs.glob("*.txt"))[0]
    _renumber(monkeypatch, 1_000_000, only=first)
    runs = _planned(monkeypatch)
    summary = build_index([docs], idx, jobs=1)
    assert runs == [[first]] and summary.unchanged == 3 and summary.renumbered == ()


@pytest.mark.shared
def test_the_renumbering_note_is_one_line_naming_the_folder(tmp_path, monkeypatch):
    docs = _seed_folder(tmp_path)
    idx = tmp_path / "idx"
    assert _cli("index", docs, "--index", idx).exit_code == 0
    _renumber(monkeypatch, 1_000_000)
    res = _cli("index", docs, "--index", idx)
    assert res.exit_code == 0, res.output
    [note] = [line for line in res.output.splitlines() if "inode numbers" in line]
    assert note.startswith("note: ") and str(docs) in note and "3 files" in note
    res = _cli("index", docs, "--index", idx, "--json")
    assert json.loads(res.stdout)["renumbered"] == []  # said once: the index remembers


# -- a sub-folder renamed, moved out, or added inside a collection --------------------------------

def _collection(tmp_path):
    docs = tmp_path / "課の共有" / "資料"
    write(docs / "2023" / "tohoku.txt", "令和5年度 東北総合通信局 事業計画\n\n仙台市でローカル5Gの実証を行う。")
    write(docs / "2023" / "kanto.txt", "令和5年度 関東総合通信局 活動方針\n\n横浜市のテレワーク推進を支援する。")
    write(docs / "共通" / "方針.txt", "ICT利活用地域イノベーション委員会 活動方針\n\n地域課題の解決を進める。")
    return docs


def test_a_sub_folder_renamed_inside_the_collection_is_named_as_such(tmp_path):
    # 資料/2023 renamed 資料/令和5年度: the run said "2 added, 2 removed" and nothing of the folder.
    from ictsearch.indexer import build_index

    docs = _collection(tmp_path)
    idx = tmp_path / "idx"
    assert build_index([docs], idx, jobs=1).moved_folders == ()
    (docs / "2023").rename(docs / "令和5年度")
    old, new = str(docs / "2023"), str(docs / "令和5年度")
    dry = build_index([docs], idx, jobs=1, dry_run=True)
    assert dry.moved_folders == ((old, new, 2),) and dry.gone_folders == dry.new_folders == ()
    summary = build_index([docs], idx, jobs=1)
    assert (summary.added, summary.removed, summary.documents) == (2, 2, 3)
    assert summary.moved_folders == ((old, new, 2),) and summary.absent_folders == ()
    assert all(o.cached for o in summary.outcomes if o.status == "added")  # the text was not extracted again
    # The next run has nothing to say.
    assert build_index([docs], idx, jobs=1).moved_folders == ()


def test_a_sub_folder_moved_out_or_added_is_named_with_its_count(tmp_path):
    from ictsearch.indexer import build_index

    docs = _collection(tmp_path)
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    (docs / "2023").rename(tmp_path / "退避")
    res = _cli("index", docs, "--index", idx)
    assert res.exit_code == 0, res.output
    [note] = [line for line in res.output.splitlines() if "is gone" in line]
    assert note == f"note: folder {docs / '2023'} is gone: the 2 documents indexed from it were removed"
    # Indexing one other folder of the collection removes them too (its folder is there): said as well.
    write(docs / "2024" / "a" / "近畿.txt", "令和6年度 近畿総合通信局 事業計画\n\n大阪市でDX推進を支援する。")
    res = _cli("index", docs, "--index", idx, "--json")
    out = json.loads(res.stdout)
    assert out["new_folders"] == [[str(docs / "2024"), 1]] and out["gone_folders"] == out["moved_folders"] == []
    # A collection indexed for the first time, or a file added to a folder known, is no new folder.
    write(docs / "共通" / "追加.txt", "令和6年度 追加資料\n\n地域DXの事例を紹介する。")
    assert build_index([docs], idx, jobs=1).new_folders == ()
    other = tmp_path / "別の課"
    write(other / "x" / "a.txt", "令和6年度 別の課の資料\n\nテレワークの事例。")
    assert build_index([other], idx, jobs=1).new_folders == ()


# -- the odd files of a week ------------------------------------------------------------------------

def test_a_file_deleted_while_the_run_reads_the_folder_says_so(tmp_path, monkeypatch):
    # A colleague tidies the share while the nightly run works: the file listed a moment before was
    # reported "cannot read: No such file or directory", as if the file were at fault.
    import ictsearch.indexer.pipeline as pipeline
    from ictsearch.indexer import build_index

    docs = _collection(tmp_path)
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    known = docs / "2023" / "kanto.txt"
    known.write_text(known.read_text("utf-8") + "\n令和6年度も継続する。", "utf-8")
    new = write(docs / "共通" / "追加.txt", "令和6年度 追加資料\n\n地域DXの事例を紹介する。")
    real = pipeline.plan

    def plan(*args, **kwargs):
        planned = real(*args, **kwargs)
        known.unlink()
        new.unlink()
        return planned

    monkeypatch.setattr(pipeline, "plan", plan)
    summary = build_index([docs], idx, jobs=1)
    assert {Path(f.path).name for f in summary.failures} == {"kanto.txt", "追加.txt"}
    assert all(f.reason.startswith("deleted or moved while the run was reading the folder") for f in summary.failures)
    monkeypatch.setattr(pipeline, "plan", real)
    # The next run takes the folder as it is: the deleted document goes, and nothing is left failing.
    from ictsearch.indexer.status import index_status

    summary = build_index([docs], idx, jobs=1)
    assert (summary.removed, summary.failed, summary.documents) == (1, 0, 2)
    assert index_status(idx).failures == {}


def test_a_link_to_a_folder_is_said_not_followed(tmp_path):
    # A share linked into the collection (資料/予算 → /mnt/予算) indexed nothing and said nothing.
    docs = tmp_path / "資料"
    write(docs / "kanto.txt", "令和5年度 関東総合通信局 活動方針\n\n横浜市のテレワーク推進を支援する。")
    write(tmp_path / "外部" / "予算" / "tohoku.txt", "令和5年度 東北総合通信局 予算\n\n仙台市でローカル5Gの実証を行う。")
    (docs / "予算").symlink_to(Path("..") / "外部" / "予算")
    res = _cli("index", docs, "--index", tmp_path / "idx")
    assert res.exit_code == 0 and "1 added" in res.output, res.output
    [note] = [line for line in res.output.splitlines() if "not followed" in line]
    assert note == (f"note: 1 link to a folder not followed (a link may lead back into the collection): "
                    f"{docs / '予算'} → ../外部/予算; name its folder to index it")
    res = _cli("index", docs, "--index", tmp_path / "idx", "--json")
    assert json.loads(res.stdout)["linked_folders"] == [[str(docs / "予算"), "../外部/予算"]]


def test_a_collection_renamed_and_indexed_under_its_new_name_is_named_as_renamed(tmp_path):
    # maint25's note offered three guesses (moved, renamed, a share not mounted) while the folder
    # named in the same run held the very files: say the rename.
    docs = _collection(tmp_path)
    idx = tmp_path / "idx"
    assert _cli("index", docs, "--index", idx).exit_code == 0
    new = docs.rename(docs.parent / "資料2023")
    res = _cli("index", new, "--index", idx)
    assert res.exit_code == 0, res.output
    [note] = [line for line in res.output.splitlines() if "is not there" in line]
    assert note.startswith(f"note: {docs} is not there or empty (renamed {new}? it holds 3 files of the same name "
                           "and size): the index keeps the 3 documents"), note
    res = _cli("index", new, "--index", idx, "--json")
    out = json.loads(res.stdout)
    assert out["absent_renamed"] == [[str(docs), str(new), 3]] and out["absent_folders"] == [[str(docs), 3]]
    # Another collection indexed meanwhile is no rename of it.
    other = tmp_path / "別の課"
    write(other / "a.txt", "令和6年度 別の課の資料\n\nテレワークの事例。")
    res = _cli("index", other, "--index", idx, "--json")
    assert json.loads(res.stdout)["absent_renamed"] == []
