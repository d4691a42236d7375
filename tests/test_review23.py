"""Review 23: the maintainer of a 総合通信局 planning section's shared search folder keeps it, and breaks it."""

from __future__ import annotations

import pytest

from conftest import write


@pytest.fixture(scope="module")
def section(tmp_path_factory):
    """A town's page on its disaster radio (placed only by a sidecar) and a bureau's press release."""
    from ictsearch import build_index

    root = tmp_path_factory.mktemp("section")
    docs = root / "docs"
    write(docs / "秩父市 防災無線.txt", "防災行政無線戸別受信機貸与について\n\n"
          "当市の防災行政無線は、旧市町村単位で整備されたもので互換性がなく、一括した防災情報の提供が"
          "できない状況となっています。このことを受け、防災行政無線システムの更新を行っています。\n")
    write(docs / "秩父市 防災無線.txt.meta.toml", 'prefecture = "埼玉県"\nfiscal_year = "令和5"\n')
    write(docs / "熊野町.txt", "広島県熊野町において臨時災害放送局の開設訓練を実施\n\n"
          "中国総合通信局は、令和6年5月9日、広島県熊野町において臨時災害放送局の開設訓練を実施しました。"
          "災害時に地域住民へ防災情報を届けるため、臨時災害放送局の開設手順を確認しました。\n")
    idx = root / "idx"
    build_index([docs], idx, jobs=1)
    return idx


def _cli(*args):
    from click.testing import CliRunner

    from ictsearch.cli import cli

    return CliRunner().invoke(cli, list(args))


def test_a_count_only_search_keeps_its_note(section):
    # `--limit 0` (how many?) printed the count and the facets but not the note the same search
    # prints with hits: that 秩父市 was filtered as all of 埼玉県 was lost, and --json kept it.
    out = _cli("search", "--region", "秩父市", "--limit", "0", "--index", str(section))
    assert out.exit_code == 0, out.output
    assert "1 document." in out.output
    assert "Note: 秩父市 is filtered as 埼玉県" in out.output


def test_a_page_past_the_last_hit_keeps_its_note(section):
    out = _cli("search", "防災", "--region", "秩父市", "--offset", "5", "--index", str(section))
    assert out.exit_code == 0, out.output
    assert "No more hits: 1 in all, offset 5." in out.output
    assert "Note: 秩父市 is filtered as 埼玉県" in out.output


@pytest.mark.parametrize("value", ["令和4・5年度", "R4、5年度", "2022・2023", "2022,2023", "令和4年度、令和5年度"])
def test_year_filter_takes_years_listed_as_the_query_reads_them(section, value):
    # 「令和4・5年度のテレワーク」 in a query is either year, and --region takes 九州・沖縄 as either
    # block, but --year 令和4・5年度 (a budget sheet's heading pasted) was refused as no year.
    from ictsearch import open_index

    with open_index(section) as ix:
        listed = ix.search(fiscal_year=value)
        assert {h.path.rsplit("/", 1)[-1] for h in listed.hits} == {"秩父市 防災無線.txt"}
        assert listed.total == ix.search(fiscal_year=[2022, 2023]).total
    out = _cli("search", "--year", value, "--limit", "0", "--index", str(section))
    assert out.exit_code == 0, out.output


@pytest.mark.parametrize("value", ["令和4・令和99", "2022・東北", "令和4・5年度・"])
def test_a_year_list_with_a_wrong_part_is_still_one_clear_error(section, value):
    from ictsearch import open_index
    from ictsearch.indexer.errors import UnknownFacetValue

    with open_index(section) as ix, pytest.raises(UnknownFacetValue):
        ix.search(fiscal_year=value)
