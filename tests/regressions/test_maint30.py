"""maint30: paths a maintainer types or pastes that the file system refuses outright."""

from __future__ import annotations

from conftest import write


def _cli(*args):
    from click.testing import CliRunner

    from ictsearch.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args])


def test_a_path_longer_than_the_file_system_allows_is_a_one_line_error(tmp_path):
    # A folder name pasted twice over (200 kana are 600 bytes, over ext4's 255): Path.exists()
    # raises ENAMETOOLONG instead of answering False, and the run ended in a traceback.
    write(tmp_path / "docs" / "テレワーク推進事業.txt", "令和5年度 東北総合通信局 テレワーク推進事業の報告。\n")
    too_long = tmp_path / ("資料" * 100)
    result = _cli("index", too_long, tmp_path / "docs", "--index", tmp_path / "idx")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert "資料資料" in result.output and "name too long" in result.output.lower()
    # The rest of the run is indexed as usual.
    assert "1 added" in result.output
    alone = _cli("index", too_long, "--index", tmp_path / "idx2")
    assert alone.exit_code == 2 and "Traceback" not in alone.output


def test_an_index_location_longer_than_the_file_system_allows_is_a_one_line_error(tmp_path):
    # --index pasted twice over: the store's first stat raised ENAMETOOLONG, a traceback.
    write(tmp_path / "docs" / "テレワーク推進事業.txt", "令和5年度 東北総合通信局 テレワーク推進事業の報告。\n")
    result = _cli("index", tmp_path / "docs", "--index", tmp_path / ("索引" * 100))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert result.output.startswith("Error: cannot write the index at ") and "索引索引" in result.output
    assert result.output.rstrip().endswith("File name too long")


def test_a_sidecar_saved_on_a_mac_describes_its_document(tmp_path):
    # A Mac writes file names decomposed (NFD: ホ + ゛): ブロードバンド整備.txt.meta.toml saved there beside a
    # ブロードバンド整備.txt that came composed (NFC) from a zip was never read, and no warning said so.
    import unicodedata

    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    write(tmp_path / "docs" / "ブロードバンド整備.txt", "事業報告。テレワークの導入支援を行った。\n")
    nfd = unicodedata.normalize("NFD", "ブロードバンド整備.txt.meta.toml")
    assert nfd != "ブロードバンド整備.txt.meta.toml"
    write(tmp_path / "docs" / nfd, '年度 = "令和4"\nregion = "東北"\n')
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        (hit,) = ix.search("テレワーク").hits
        assert hit.fiscal_year == 2022 and "東北" in hit.region


def test_a_document_named_on_a_mac_reads_its_composed_sidecar(tmp_path):
    # The other way round: the document's name decomposed (copied from a Mac), its sidecar typed here.
    import unicodedata

    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    write(tmp_path / "docs" / unicodedata.normalize("NFD", "ガイドライン.txt"), "テレワーク導入のガイドライン。\n")
    write(tmp_path / "docs" / "ガイドライン.txt.meta.toml", '年度 = "令和5"\n')
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        (hit,) = ix.search("テレワーク").hits
        assert hit.fiscal_year == 2023


def test_searching_an_index_location_too_long_for_the_file_system_is_no_index_there(tmp_path):
    # It said "the index … is unreadable: rebuild it", and a rebuild at that path cannot be written.
    result = _cli("search", "テレワーク", "--index", tmp_path / ("索引" * 100))
    assert result.exit_code == 2, result.output
    assert "File name too long" in result.output and "rebuild" not in result.output.lower()
