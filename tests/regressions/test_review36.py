"""review36: a new user's first day, and a developer embedding ictsearch, and what broke."""

from __future__ import annotations

import pytest

from conftest import write


def _towns(tmp_path):
    """Two short municipal pages, written as towns write them."""
    from ictsearch.indexer import build_index

    docs = tmp_path / "資料"
    write(docs / "telework.txt", "テレワーク推進会議の開催\n\n"
          "市内企業のテレワーク導入を支援するため、推進会議を開催しました。")
    write(docs / "bousai.txt", "防災行政無線の更新について\n\n"
          "令和5年度に防災行政無線のデジタル化を行います。在宅勤務中の方にもテレワーク用の案内を配布します。")
    build_index([docs], tmp_path / "idx", jobs=1)
    return tmp_path / "idx"


def test_the_title_label_before_a_colon_searches_titles(tmp_path):
    # 地域:東北 works, and results label the title タイトル (--fields タイトル): タイトル:テレワーク was
    # searched as the words タイトル and テレワーク, and found nothing without a word of why.
    import ictsearch

    with ictsearch.open_index(_towns(tmp_path)) as idx:
        assert [h.path.rsplit("/", 1)[1] for h in idx.search("タイトル:テレワーク").hits] == ["telework.txt"]
        assert idx.search("タイトル:テレワーク").hits == idx.search("title:テレワーク").hits
        assert idx.search("ﾀｲﾄﾙ:防災行政無線").total == 1  # half-width, as some input methods type it
        assert idx.search('タイトル:"防災行政無線 更新"').total == 1


@pytest.mark.parametrize("typed, said", [
    ("発行元:総務省", "発行元: is shown in results but is no field to search or filter by"),
    ("文書種別:予算", "文書種別: is shown in results but is no field"),
    ("パス:2023", "パス: is no query field: filter by the file's name or folder with --path 2023"),
])
def test_the_labels_of_columns_no_query_filters_are_answered_as_their_fields_are(typed, said):
    # organization:総務省 is refused with what to type; 発行元:総務省, its label, was searched as text.
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search.parse import parse

    with pytest.raises(BadQuery, match=said):
        parse(typed)


def test_a_word_before_a_colon_that_labels_nothing_is_still_text():
    # A pasted form's 件名:… or 日時:… is text, as before.
    from ictsearch.search.parse import Word, parse

    assert parse("件名:テレワーク") == Word("件名:テレワーク")


def test_a_file_that_breaks_after_it_was_indexed_is_said_to_keep_its_last_version(tmp_path):
    # A 事業計画 emptied (or replaced by a password-protected copy) keeps its last good version
    # searchable: the run said only "error: …: empty file", and a search still found its old text.
    import ictsearch
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import build_index

    idx = _towns(tmp_path)
    broken = tmp_path / "資料" / "bousai.txt"
    broken.write_bytes(b"")
    write(tmp_path / "資料" / "new.txt", "")  # failed, and never indexed: nothing kept
    summary = build_index([tmp_path / "資料"], idx, jobs=1)
    assert summary.failed == 2
    assert summary.kept_versions == (str(broken),)
    assert summary.to_dict()["kept_versions"] == [str(broken)]
    assert ictsearch.index_status(idx).kept_versions == (str(broken),)
    with ictsearch.open_index(idx) as ix:
        assert ix.search("防災行政無線").total == 1  # the kept version, as said

    out = CliRunner().invoke(cli, ["index", str(tmp_path / "資料"), "--index", str(idx)])
    assert out.exit_code == 1
    assert f"note: the index keeps the last indexed version of {broken}: searches" in out.output
    status = CliRunner().invoke(cli, ["status", "--index", str(idx)]).output
    assert f"{broken}: empty file (its last indexed version is kept" in status
    assert "new.txt: empty file\n" in status
    shown = CliRunner().invoke(cli, ["show", str(broken), "--index", str(idx)]).output
    assert "failing      empty file: this is the file's last indexed version" in shown
    assert "防災行政無線の更新について" in shown
    assert "failing" not in CliRunner().invoke(cli, ["show", str(broken.with_name("telework.txt")),
                                                  "--index", str(idx)]).output

    build_index([tmp_path / "資料"], idx, jobs=1, rebuild=True)  # drops it, as said
    assert ictsearch.index_status(idx).kept_versions == ()


def test_an_empty_list_of_paths_is_no_filter_as_an_empty_list_of_regions_is(tmp_path):
    # A form's list of file names with none ticked: region=[] and theme=[] keep every document, and
    # path=[] was "path filter []: give a file's name…".
    import ictsearch

    with ictsearch.open_index(_towns(tmp_path)) as idx:
        every = idx.search("テレワーク").total
        assert every == 2
        assert idx.search("テレワーク", path=[]).total == idx.search("テレワーク", region=[]).total == every
        assert idx.doc_count(path=[]) == 2
        assert idx.search("テレワーク", path=["bousai"]).total == 1
        with pytest.raises(ictsearch.BadQuery, match="the path filter is empty"):
            idx.search("テレワーク", path="")


@pytest.mark.parametrize("named", [["資料2023"], [""], ["資料", "資料2023"]])
def test_a_rebuild_naming_a_folder_that_is_not_there_keeps_the_index(tmp_path, monkeypatch, named):
    # `ictsearch index 資料2023 --rebuild` with the folder misspelt (or its share not mounted, or
    # "$DOCS" unset) emptied the whole index: every document removed, exit 1.
    import ictsearch
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import build_index

    idx = _towns(tmp_path)
    monkeypatch.chdir(tmp_path)
    summary = build_index(named, idx, jobs=1, rebuild=True)
    assert (summary.removed, summary.added) == (0, 0)
    assert summary.documents == 2
    assert any("nothing was rebuilt" in reason for _, reason in summary.problems)
    out = CliRunner().invoke(cli, ["index", *named, "--rebuild", "--index", str(idx)])
    assert out.exit_code == 2 and "nothing was rebuilt: a --rebuild keeps only the folders it names" in out.output
    assert "The index holds 2 documents" in out.output
    with ictsearch.open_index(idx) as ix:
        assert ix.search("防災行政無線").total == 1
    # Named right, the rebuild runs.
    assert build_index(["資料"], idx, jobs=1, rebuild=True).added == 2


def test_build_index_of_an_empty_list_is_refused_and_leaves_the_index(tmp_path):
    # A script's glob that matched nothing: build_index([], idx, rebuild=True) emptied the index.
    import ictsearch
    from ictsearch.indexer import build_index

    idx = _towns(tmp_path)
    with pytest.raises(ValueError, match="paths is empty"):
        build_index([], idx, rebuild=True)
    with pytest.raises(ValueError, match="paths is empty"):
        build_index(iter(()), tmp_path / "new")
    assert not (tmp_path / "new").exists()
    assert ictsearch.index_status(idx).documents == 2
