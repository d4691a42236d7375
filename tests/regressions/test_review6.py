"""Regressions found by using ictsearch as a new user and as an embedding program would (review 6).

Each test names the command or call that went wrong and holds the fix.
"""

from __future__ import annotations

import pytest

from conftest import write


@pytest.mark.parametrize("typed", ["令和５～４年度", "令和5〜4年度", "R5~4年度"])
def test_a_year_filter_typed_backwards_without_its_second_era_is_refused_as_backwards(fiscal_year_index, typed):
    # `ictsearch search テレワーク --year 令和5～4年度` said "cannot read '4年度' as a year", as if the
    # span were unreadable; 令和4～5年度 reads, so this one is a span that runs backwards, as
    # --year 令和5年度から令和4年度 already said.
    from ictsearch.indexer.errors import UnknownFacetValue
    from ictsearch.search import open_index

    with open_index(fiscal_year_index) as idx:
        with pytest.raises(UnknownFacetValue, match=r"runs backwards \(2023 > 2022\)"):
            idx.search("テレワーク", fiscal_year=typed)
        assert sorted(h.fiscal_year for h in idx.search("テレワーク", fiscal_year="令和４～５年度").hits) == [2022, 2023]


def test_the_cli_says_a_backwards_year_span_runs_backwards(fiscal_year_index):
    from click.testing import CliRunner

    from ictsearch.cli import cli

    res = CliRunner().invoke(cli, ["search", "テレワーク", "--year", "令和5～4年度", "--index", str(fiscal_year_index)])
    assert res.exit_code == 2
    assert "backwards" in res.output and "cannot read" not in res.output


def test_a_sidecar_of_many_keys_of_its_own_gives_one_warning_for_them(tmp_path):
    # A sidecar with 担当, 備考 and memo beside its fields gave three warnings, each listing every
    # known key; a key close to a field's name (regoin) keeps its own "did you mean".
    from ictsearch.indexer.metadata.manual import manual_metadata

    doc = write(tmp_path / "plan.txt", "東北地方のテレワーク推進計画\n\n令和4年度の取組。\n")
    write(tmp_path / "plan.txt.meta.toml", 'regoin = "東北"\n"担当" = "情報通信振興課"\n"備考" = "確認済み"\n'
                                           'memo = "x"\nfiscal_year = "令和4年度"\n')
    values, _, warnings = manual_metadata(doc, tmp_path)
    assert values == {"fiscal_year": "令和4年度"}
    assert warnings[0] == "sidecar plan.txt.meta.toml: unknown key 'regoin' ignored (did you mean 'region'?)"
    assert len(warnings) == 2
    assert warnings[1].startswith("sidecar plan.txt.meta.toml: unknown keys '担当', '備考', 'memo' ignored (known keys: title,")


def test_a_relative_index_folder_from_a_removed_current_folder_is_a_clear_error(tmp_path, monkeypatch):
    # `cd /tmp/x && rm -rf /tmp/x && ictsearch search テレワーク --index idx` ended in a traceback
    # (FileNotFoundError from os.path.abspath) since the index folder is made absolute.
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer.errors import IndexLocationError
    from ictsearch.search import open_index

    gone = tmp_path / "作業中"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    res = CliRunner().invoke(cli, ["search", "テレワーク", "--index", "idx"])
    assert res.exit_code == 2 and "absolute path" in res.output, res.output
    monkeypatch.setenv("ICTSEARCH_INDEX", "idx")
    with pytest.raises(IndexLocationError, match="'idx'"):
        open_index()
