from pathlib import Path

import pytest

from ictsearch.indexer.metadata import derive_metadata

ROOT = Path(__file__).resolve().parents[1]


def seed(name):
    p = ROOT / "corpus" / name
    text = p.read_text("utf-8")
    title = next(l.strip() for l in text.splitlines() if l.strip())
    return derive_metadata(text, title=title, path=Path("corpus") / name)


@pytest.mark.parametrize(
    "name, fy, year, region",
    [
        ("kanto-ict-npo-council-fy2020-annual-report.txt", 2020, None, ("関東",)),
        ("internet-association-fy2021-business-plan.txt", 2021, None, None),
        ("tohoku-bureau-fy2023-ict-policy-slides.txt", 2023, None, ("東北",)),
        ("ict-regional-innovation-committee-fy2023-policy.txt", 2023, 2023, ("全国",)),
        ("regional-iot-roadmap-progress-2017.txt", 2017, 2017, ("全国",)),
    ],
)
def test_seeds(name, fy, year, region):
    m = seed(name)
    assert (m.fiscal_year, m.year) == (fy, year)
    if region:
        assert m.region == region


def test_own_year_beats_cited_years():
    text = "令和3年度 事業計画\n\n平成27年に策定した計画を2023年まで延長。平成27年の実績。2023年の目標。2023年度。\n"
    m = derive_metadata(text, title="令和3年度 事業計画", path=Path("x.txt"))
    assert m.fiscal_year == 2021


def test_date_gives_the_fiscal_year():
    text = "取組状況について\n\n令和3年2月10日\n事務局\n\n本文。\n"
    m = derive_metadata(text, title="取組状況について", path=Path("x.txt"))
    assert (m.year, m.fiscal_year) == (2021, 2020)


def test_white_paper_edition_from_path():
    m = derive_metadata("（2）テレワークの現状\n本文。", title="（2）テレワークの現状", path=Path("whitepaper/r03/0035.txt"))
    assert (m.year, m.fiscal_year) == (2021, 2020)
    assert m.doctype == "白書" and m.region == ("全国",)
    assert "令和3年版" in m.sources["year"]


def test_path_edition_needs_a_white_paper_folder():
    m = derive_metadata("本文。", title="本文", path=Path("reports/r03/0035.txt"))
    assert m.year is None


def test_organization_and_doctype():
    m = seed("kanto-ict-npo-council-fy2020-annual-report.txt")
    assert m.organization == "関東ICT推進NPO連絡協議会" and m.doctype == "事業報告"
    m = seed("internet-association-fy2021-business-plan.txt")
    assert m.organization == "インターネット協会" and m.doctype == "事業計画"
