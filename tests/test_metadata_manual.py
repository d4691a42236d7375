
from ictsearch.indexer.metadata import derive_metadata

TEXT = "令和３年度 事業計画書\n東北総合通信局\nテレワークの推進。テレワーク月間。テレワークの普及。\n"


def test_derived_without_manual(tmp_path):
    doc = tmp_path / "plan.txt"
    doc.write_text(TEXT, "utf-8")
    m = derive_metadata(TEXT, title="令和３年度 事業計画書", path=doc)
    assert m.fiscal_year == 2021 and m.region == ("東北",)
    assert m.title is None
    assert m.sources["fiscal_year"].startswith("title:")


def test_sidecar_wins(tmp_path):
    doc = tmp_path / "plan.pdf"
    doc.write_bytes(b"")
    (tmp_path / "plan.pdf.meta.toml").write_text(
        'title = "東北の計画"\nfiscal_year = "令和4年度"\nregion = ["宮城"]\nthemes = ["防災"]\n', "utf-8"
    )
    m = derive_metadata(TEXT, title="x", path=doc)
    assert m.title == "東北の計画"
    assert m.fiscal_year == 2022
    assert m.prefecture == ("宮城県",) and m.region == ("東北",)
    assert m.themes == (("防災・減災", 1.0),)
    assert m.sources["fiscal_year"] == "sidecar: plan.pdf.meta.toml"
    assert m.organization == "東北総合通信局"  # not given: derived
    assert m.sources["organization"].startswith("text:")


def test_stem_sidecar_is_accepted(tmp_path):
    doc = tmp_path / "plan.pdf"
    (tmp_path / "plan.meta.toml").write_text("year = 2020\n", "utf-8")
    assert derive_metadata(TEXT, title="x", path=doc).year == 2020


def test_csv_in_parent_folder_and_precedence(tmp_path):
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    doc = sub / "plan.txt"
    (tmp_path / "metadata.csv").write_text(
        "path,fiscal_year,doctype,organization\na/b/plan.txt,2019,予算,総務省\n", "utf-8"
    )
    (tmp_path / "a" / "metadata.csv").write_text("path,doctype\nb/plan.txt,報告書\n", "utf-8")
    (sub / "plan.txt.meta.toml").write_text('organization = "東北総合通信局 企画課"\n', "utf-8")
    m = derive_metadata(TEXT, title="x", path=doc, root=tmp_path)
    assert m.fiscal_year == 2019  # from the root csv
    assert m.doctype == "報告書"  # the nearer csv wins
    assert m.organization == "東北総合通信局 企画課"  # the sidecar beats every csv
    assert m.sources["fiscal_year"].startswith("csv:")


def test_csv_above_root_is_ignored(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    (tmp_path / "metadata.csv").write_text("path,fiscal_year\nroot/plan.txt,1999\n", "utf-8")
    m = derive_metadata(TEXT, title="x", path=root / "plan.txt", root=root)
    assert m.fiscal_year == 2021
