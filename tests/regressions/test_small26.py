"""small26: small things users reported in the day's reviews, each as the user typed it."""

from __future__ import annotations

import json

import pytest

from conftest import write


def _kyushu_5g(tmp_path):
    """Three bureau pages: local 5G in 九州, 5G in 九州, local 5G in 東北."""
    from ictsearch.indexer import build_index

    docs = tmp_path / "資料"
    write(docs / "kyushu-local5g.txt", "令和5年度 九州総合通信局 報道資料\n\n"
          "福岡市の工場でローカル5Gを活用した遠隔監視の実証を行いました。")
    write(docs / "kyushu-5g.txt", "令和4年度 九州総合通信局 報道資料\n\n"
          "熊本県内で5G基地局の整備が進み、山間部でも利用できるようになりました。")
    write(docs / "tohoku-local5g.txt", "令和5年度 東北総合通信局 報道資料\n\n"
          "仙台市の農場でローカル5Gを活用したスマート農業の実証を行いました。")
    build_index([docs], tmp_path / "idx", jobs=1)
    return docs, tmp_path / "idx"


@pytest.mark.parametrize("typed", [
    "(５Ｇ OR ローカル５Ｇ）九州",   # ASCII ( typed before the IME was on, full-width ） after
    "（５Ｇ OR ローカル５Ｇ) 九州",   # and the other way round
    "(5G OR （ローカル5G）） 九州",   # nested: an ASCII ( closed by the second ）
])
def test_a_group_opened_in_one_width_and_closed_in_the_other_groups(tmp_path, typed):
    # `ictsearch search "(５Ｇ OR ローカル５Ｇ）九州"` was "unbalanced parenthesis: a ( is never
    # closed": the full-width ） alone did not pair up, so it was made text, and the ( stood alone.
    # To a Japanese typist ( and （ are one key in two modes.
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.search.parse import And, Or, parse

    node = parse(typed)
    assert isinstance(node, And) and any(isinstance(n, Or) for n in node.nodes), node
    _, idx = _kyushu_5g(tmp_path)
    res = CliRunner().invoke(cli, ["search", typed, "--index", str(idx), "--json"])
    assert res.exit_code == 0, res.output
    assert sorted(h["path"].rsplit("/", 1)[1] for h in json.loads(res.stdout)["hits"]) == [
        "kyushu-5g.txt", "kyushu-local5g.txt"]


def test_a_lone_bracket_of_either_width_is_still_what_it_was():
    # Mixed widths pair up; what pairs with nothing keeps its old reading: a pasted full-width
    # half-bracket is text, an ASCII one an error.
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search.parse import parse

    assert parse("テレワーク（在宅勤務") == parse("テレワーク 在宅勤務")
    assert parse("(テレワーク（在宅勤務)") == parse("テレワーク 在宅勤務")
    with pytest.raises(BadQuery, match="unbalanced parenthesis"):
        parse("(テレワーク 在宅勤務")


def test_a_metadata_csv_headed_with_the_labels_the_output_uses_is_read(tmp_path):
    # A metadata.csv headed パス,地域,タイトル — the labels `--fields` takes and the CSV output heads
    # its columns with — was refused whole: "no 'path' column (columns: 'パス', …): no row is used".
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    docs = tmp_path / "資料"
    write(docs / "plan.txt", "令和5年度 事業計画\n\n地域のテレワーク推進を支援する。\n")
    write(docs / "metadata.csv", "パス,地域,タイトル\nplan.txt,九州,九州のテレワーク推進計画\n")
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    assert summary.added == 1
    with open_index(tmp_path / "idx") as idx:
        doc = idx.get(docs / "plan.txt")
    assert doc.region == ("九州",) and doc.title == "九州のテレワーク推進計画", doc
    assert not any("path" in w for w in doc.warnings), doc.warnings


def test_a_sidecar_may_name_the_title_by_its_label(tmp_path):
    # タイトル = "…" in a sidecar is the title, as 地域 = "…" is the region.
    from ictsearch.indexer.metadata.manual import manual_metadata

    doc = write(tmp_path / "plan.txt", "令和5年度 事業計画\n\n地域のテレワーク推進を支援する。\n")
    write(tmp_path / "plan.txt.meta.toml", 'タイトル = "九州のテレワーク推進計画"\n地域 = "九州"\n')
    values, _, warnings = manual_metadata(doc)
    assert values == {"title": "九州のテレワーク推進計画", "region": "九州"} and warnings == []


def _plan_with(tmp_path, sidecar: str | None = None, csv: str | None = None):
    """A 事業計画 in 資料, with the sidecar or metadata.csv given; (its Document or None, the run)."""
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    docs = tmp_path / "資料"
    write(docs / "plan.txt", "令和5年度 事業計画\n\n地域のテレワーク推進を支援する。\n")
    if sidecar is not None:
        write(docs / "plan.txt.meta.toml", sidecar)
    if csv is not None:
        write(docs / "metadata.csv", csv)
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as idx:
        return (idx.get(docs / "plan.txt") if summary.added else None), summary


@pytest.mark.parametrize("how", ["sidecar", "csv"])
@pytest.mark.parametrize("typed", ["IoT 防災", "IoT　防災", " IoT  防災:0.5 ", "IoT 防災 : 0.5", "IoT : 0.8 防災"])
def test_themes_listed_with_spaces_are_several_themes(tmp_path, how, typed):
    # themes = "IoT 防災" failed its document: "unknown theme 'IoT 防災'", where IoT,防災 and IoT、防災
    # worked; no theme's name or alias holds a space (themes.toml), so a space only separates.
    doc, summary = _plan_with(tmp_path, **({"sidecar": f'themes = "{typed}"\n'} if how == "sidecar"
                                          else {"csv": f"path,themes\nplan.txt,{typed}\n"}))
    assert summary.failed == 0, [o.reason for o in summary.outcomes]
    assert [t.name for t in doc.themes] == ["IoT", "防災・減災"], doc.themes


@pytest.mark.parametrize("how", ["sidecar", "csv"])
@pytest.mark.parametrize("score", ["1.5", "-0.5", "高"])
def test_a_theme_score_outside_0_to_1_is_refused_naming_the_file_and_the_value(tmp_path, how, score):
    # themes = "IoT:1.5" was taken as it stood, though every derived score is in 0..1 (`show`
    # printed IoT (1.50) beside 0.78); a score below 0 was refused, one above 1 silently kept.
    doc, summary = _plan_with(tmp_path, **({"sidecar": f'themes = "IoT:{score}"\n'} if how == "sidecar"
                                          else {"csv": f"path,themes\nplan.txt,IoT:{score}\n"}))
    assert doc is None and summary.failed == 1
    (reason,) = [o.reason for o in summary.outcomes if o.reason]
    where = "plan.txt.meta.toml" if how == "sidecar" else "metadata.csv"
    assert "\n" not in reason and where in reason and f"'{score}'" in reason and "0 to 1" in reason, reason


def test_theme_scores_of_0_and_1_are_taken(tmp_path):
    doc, summary = _plan_with(tmp_path, sidecar='themes = ["IoT:1", "防災・減災:0", "教育:0.25"]\n')
    assert summary.failed == 0
    assert [(t.name, t.score) for t in doc.themes] == [("IoT", 1.0), ("防災・減災", 0.0), ("教育", 0.25)]


def test_facets_takes_the_filters_of_search(tmp_path):
    # `ictsearch facets --region 九州` was "No such option: --region": a policy officer wanting the
    # counts of one region or year had to page through `search --region 九州`'s top-ten facet lines.
    from click.testing import CliRunner

    from ictsearch.cli import cli

    _, idx = _kyushu_5g(tmp_path)
    run = lambda *args: CliRunner().invoke(cli, ["facets", *args, "--index", str(idx)])  # noqa: E731
    res = run("--region", "九州", "--year", "令和5", "--json")
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["total"] == 1 and out["region"] == {"九州": 1} and out["fiscal_year"] == {"2023": 1}, out
    assert out["prefecture"] == {"福岡県": 1} and out["missing"]["region"] == 0, out
    whole = json.loads(run("--json").stdout)
    assert whole["total"] == 3 and whole["region"] == {"九州": 2, "東北": 1}, whole
    # --theme and --path as search takes them, repeatable (OR) and ANDed across.
    out = json.loads(run("--path", "local5g", "--year", "令和5", "--year", "令和4", "--json").stdout)
    assert out["total"] == 2 and out["region"] == {"九州": 1, "東北": 1}, out
    assert json.loads(run("--theme", "5G", "--region", "東北", "--json").stdout)["total"] == 1
    # Text output says what was counted.
    res = run("--region", "九州")
    assert res.exit_code == 0 and "2 documents" in res.output and "九州" in res.output, res.output
    assert "東北" not in res.output.split("\n", 1)[1], res.output
    res = run("--region", "東北", "--year", "令和4")
    assert res.exit_code == 0 and res.output.startswith("No documents of region 東北; year 令和4"), res.output
    assert json.loads(run("--region", "東北", "--year", "令和4", "--json").stdout)["total"] == 0
    # A value no filter knows is the one-line usage error search gives.
    res = run("--region", "九洲")
    assert res.exit_code == 2 and res.output.count("\n") == 1, res.output


def test_facets_filters_from_python(tmp_path):
    from ictsearch.search import open_index

    _, idx = _kyushu_5g(tmp_path)
    with open_index(idx) as s:
        assert s.facets(region="九州", fiscal_year="令和5")["fiscal_year"] == {"2023": 1}
        assert s.missing(region="九州")["region"] == 0
        assert s.doc_count(region="九州") == 2 and s.doc_count(path="tohoku") == 1 and s.doc_count() == 3
        # Without filters, what they always gave.
        assert s.facets()["region"] == {"九州": 2, "東北": 1}


def _with_addresses(tmp_path):
    """_kyushu_5g's pages, one a saved web page carrying its address, one given it by a sidecar."""
    from ictsearch.indexer import build_index

    docs, idx = _kyushu_5g(tmp_path)
    write(docs / "kyushu-local5g.txt.meta.toml",
          'url = "https://www.soumu.go.jp/soutsu/kyushu/press/2023/0401local5g.html"\n')
    write(docs / "fukuoka-drone.html", '<html><head><meta charset="utf-8">'
          '<link rel="canonical" href="https://www.city.fukuoka.lg.jp/soshiki/drone/r5.html">'
          "<title>ドローン物流の実証 | 福岡市</title></head><body><h1>ドローン物流の実証</h1>"
          "<p>令和5年度、福岡市は離島へのドローン配送の実証を行いました。ローカル5Gの活用も検討します。</p>"
          "</body></html>")
    build_index([docs], idx, jobs=1)
    return docs, idx


@pytest.mark.parametrize("command", ["show", "similar"])
def test_show_and_similar_take_the_url_the_hits_print(tmp_path, command):
    # Text output prints a hit's address under its path; `ictsearch show <that address>` answered
    # "no document 'https://…' in the index (give a doc id … or an indexed file path)".
    from click.testing import CliRunner

    from ictsearch.cli import cli

    docs, idx = _with_addresses(tmp_path)
    for url, name in (("https://www.soumu.go.jp/soutsu/kyushu/press/2023/0401local5g.html", "kyushu-local5g.txt"),
                      ("https://www.city.fukuoka.lg.jp/soshiki/drone/r5.html", "fukuoka-drone.html")):
        res = CliRunner().invoke(cli, [command, url, "--index", str(idx), "--json"])
        assert res.exit_code == 0, res.output
        out = json.loads(res.stdout)
        if command == "show":
            assert out["path"] == str(docs / name) and out["url"] == url, out
        else:
            assert out["query"] == f"similar:{url}" and all(h["path"] != str(docs / name) for h in out["hits"]), out
    # An address no document has is one line, exit 2, saying it was read as an address.
    res = CliRunner().invoke(cli, [command, "https://www.soumu.go.jp/soutsu/kyushu/press/2023/none.html",
                                   "--index", str(idx)])
    assert res.exit_code == 2 and res.output.count("\n") == 1, res.output
    assert "no document has the address https://www.soumu.go.jp/soutsu/kyushu/press/2023/none.html" in res.output


def test_get_takes_a_url_from_python(tmp_path):
    from ictsearch.search import DocumentNotFound, open_index

    docs, idx = _with_addresses(tmp_path)
    with open_index(idx) as s:
        assert s.get("https://www.city.fukuoka.lg.jp/soshiki/drone/r5.html").path == str(docs / "fukuoka-drone.html")
        with pytest.raises(DocumentNotFound, match="address"):
            s.get("https://www.city.fukuoka.lg.jp/soshiki/drone/r6.html")


def test_an_address_two_documents_share_names_both(tmp_path):
    # The same address given to a PDF's text and its saved page: which one is meant is the user's to say.
    from ictsearch.search import DocumentNotFound, open_index
    from ictsearch.indexer import build_index

    docs, idx = _with_addresses(tmp_path)
    write(docs / "kyushu-5g.txt.meta.toml", 'url = "https://www.city.fukuoka.lg.jp/soshiki/drone/r5.html"\n')
    build_index([docs], idx, jobs=1)
    with open_index(idx) as s:
        with pytest.raises(DocumentNotFound, match="2 documents have the address") as e:
            s.get("https://www.city.fukuoka.lg.jp/soshiki/drone/r5.html")
    assert str(docs / "kyushu-5g.txt") in str(e.value) and str(docs / "fukuoka-drone.html") in str(e.value)


@pytest.mark.parametrize("damage", ["truncated", "missing", "damaged"])
def test_a_damaged_manifest_is_rebuilt_with_a_word_of_why(tmp_path, damage):
    # manifest.json cut short (a copy of the index interrupted, a full disk outside ictsearch) was read
    # as empty without a word: the next run counted every document "updated" and status said they had
    # been "derived by an earlier version's rules".
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer.store import MANIFEST_FILE

    docs, idx = _kyushu_5g(tmp_path)
    (manifest,) = idx.glob(f"gen-*/{MANIFEST_FILE}")
    if damage == "truncated":
        manifest.write_bytes(manifest.read_bytes()[:200])
    elif damage == "damaged":
        manifest.write_text("[]")  # JSON, but not the record: it was a traceback
    else:
        manifest.unlink()
    said = damage
    res = CliRunner().invoke(cli, ["status", "--index", str(idx)])
    assert res.exit_code == 0 and f"manifest.json is {said}" in res.output, res.output
    assert "earlier version" not in res.output, res.output
    assert json.loads(CliRunner().invoke(cli, ["status", "--index", str(idx), "--json"]).stdout)["manifest_problem"]
    res = CliRunner().invoke(cli, ["index", str(docs), "--index", str(idx), "--dry-run"])
    assert f"manifest.json is {said}" in res.output, res.output
    res = CliRunner().invoke(cli, ["index", str(docs), "--index", str(idx)])
    assert res.exit_code == 0, res.output
    notes = [line for line in res.output.splitlines() if "manifest.json" in line]
    assert len(notes) == 1 and f"manifest.json is {said}" in notes[0] and "rebuilt" in notes[0], res.output
    assert "3 updated" in res.output
    # Said once: the next run has a manifest again.
    res = CliRunner().invoke(cli, ["index", str(docs), "--index", str(idx), "--json"])
    out = json.loads(res.stdout)
    assert out["unchanged"] == 3 and out["manifest_rebuilt"] is None, out


@pytest.mark.parametrize("typed", ["5G 農林水産業", "5G　農林", "5G、農林水産業"])
def test_a_theme_filter_listed_with_spaces_is_either_theme(tmp_path, typed):
    # Manual metadata took 「IoT 防災」 as two themes; --theme took it as one unknown theme (no theme's
    # name or alias holds a space, so a space lists them as 、 does).
    from ictsearch import open_index

    _, idx = _kyushu_5g(tmp_path)
    with open_index(idx) as ix:
        both = ix.search("", theme=typed, limit=10)
        only_5g = ix.search("", theme="5G", limit=10)
    assert both.total >= only_5g.total >= 1 and both.total == 3, [h.path for h in both.hits]
