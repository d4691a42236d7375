"""The lead's small fixes of the twenty-second session: a year list a script joined with a trailing
separator, and `python -m ictsearch`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import write


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    from ictsearch.indexer import build_index

    tmp = tmp_path_factory.mktemp("lead35")
    write(tmp / "docs" / "r5.txt", "令和5年度 テレワーク推進事業の実施について\n\n令和5年4月10日\n\n"
          "市内企業のテレワーク導入を支援するため、相談窓口を開設します。")
    write(tmp / "docs" / "r4.txt", "令和4年度 テレワーク相談会の開催\n\n令和4年6月1日\n\n"
          "テレワークの導入を考える事業者向けに相談会を開催しました。")
    build_index([tmp / "docs"], tmp / "idx", jobs=1)
    return tmp / "idx"


@pytest.mark.parametrize("typed", ["2023,", ",2023", "2023、", "令和5・", "R5,,"])
def test_a_year_with_a_stray_separator_is_that_year_as_a_region_is(index, typed):
    # --region '東北,' was 東北 while --year '2023,' was "cannot read '2023,' as a year".
    import ictsearch

    with ictsearch.open_index(index) as idx:
        res = idx.search("テレワーク", fiscal_year=typed)
    assert [h.path.rsplit("/", 1)[1] for h in res.hits] == ["r5.txt"]


def test_a_separator_alone_or_beside_a_non_year_is_still_refused(index):
    import ictsearch
    from ictsearch.search.facets import UnknownFacetValue

    with ictsearch.open_index(index) as idx:
        for typed in (",", "2023,abc"):
            with pytest.raises(UnknownFacetValue, match="as a year"):
                idx.search("テレワーク", fiscal_year=typed)


def test_python_dash_m_runs_the_command_line(index):
    out = subprocess.run([sys.executable, "-m", "ictsearch", "search", "テレワーク", "--index", str(index),
                          "--year", "令和4", "--json"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "r4.txt" in out.stdout
    assert "r5.txt" not in out.stdout


def test_show_with_no_characters_prints_the_metadata_alone(index):
    # `show --chars 0` printed the metadata, a blank line and a lone 「…」.
    from click.testing import CliRunner

    from ictsearch.cli import cli

    out = CliRunner().invoke(cli, ["show", str(index.parent / "docs" / "r5.txt"), "--index", str(index), "--chars", "0"])
    assert out.exit_code == 0, out.output
    assert "fiscal_year" in out.output and "2023" in out.output
    assert "…" not in out.output and "相談窓口" not in out.output
    more = CliRunner().invoke(cli, ["show", str(index.parent / "docs" / "r5.txt"), "--index", str(index), "--chars", "5"])
    assert more.output.rstrip().endswith("令和5年度…")
