"""adv24: a newcomer's afternoon with a 課's shared folder, the command line and the Python API."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import write


def test_no_suggestion_of_a_word_only_a_removed_document_held(tmp_path):
    # A file deleted between two runs leaves its terms in the segment's term table (Whoosh marks
    # the document deleted); 「ながおか」 then offered 長岡, which finds nothing.
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    docs = tmp_path / "docs"
    write(docs / "nagaoka.txt", "令和3年度 ローカル5G実証事業 報告書\n\n新潟県長岡市でローカル5Gの実証を行った。")
    write(docs / "sendai.txt", "令和5年度 テレワーク推進計画\n\n仙台市では市内中小企業のテレワーク導入を支援する。")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        assert "長岡" in ix.search("ながおか").suggestions  # while the page is there
    (docs / "nagaoka.txt").unlink()
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        for typed in ("ながおか", "ろーかる", "じっしょう"):
            result = ix.search(typed)
            assert result.total == 0
            for s in result.suggestions:
                assert ix.search(s).total, (typed, s)


def test_vocabulary_of_a_field_that_holds_no_words_is_a_clear_error_not_a_damaged_index(tmp_path):
    # Index.vocabulary("mtime") (stored only), ("fiscal_year") (numbers) or a typo said
    # 「The index … is damaged」, which sends the user to rebuild an index that is fine.
    from ictsearch.indexer import build_index
    from ictsearch.indexer.errors import BadQuery, CorruptIndex
    from ictsearch.search import open_index

    write(tmp_path / "docs" / "sendai.txt", "令和5年度 テレワーク推進計画\n\n仙台市では市内中小企業のテレワーク導入を支援する。")
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        assert ("テレワーク", 1) in list(ix.vocabulary())
        assert ("宮城県", 1) in list(ix.vocabulary("prefecture"))
        for name in ("bdoy", "mtime", "fiscal_year", "year", "pages", ""):
            with pytest.raises(BadQuery) as err:
                list(ix.vocabulary(name))
            assert not isinstance(err.value, CorruptIndex)
            assert "body" in str(err.value)


@pytest.mark.parametrize("suffix", [".doc", ".DOC"])
def test_a_docx_saved_under_a_doc_name_is_not_called_an_old_binary_file(tmp_path, suffix):
    # A .docx renamed .doc (a mail attachment, a share's naming rule) was refused with
    # 「not supported (old binary .doc file): save as .docx」: it is a .docx already, and
    # Word's 「名前を付けて保存」 would not tell the user anything new.
    from docx import Document

    from ictsearch.indexer import build_index

    d = Document()
    d.add_heading("地域情報化計画 令和4年度", 0)
    d.add_paragraph("青森県では地域情報化を推進し、自治体DXを進める。")
    d.save(tmp_path / f"地域情報化計画{suffix}")
    old = tmp_path / "old.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)  # a real old binary .doc
    summary = build_index([tmp_path], tmp_path / "idx", jobs=1)
    reasons = {Path(o.path).name: o.reason for o in summary.outcomes}
    assert reasons[f"地域情報化計画{suffix}"] == f"a Word file under a {suffix} name: rename it to .docx"
    assert reasons["old.doc"] == "not supported (old binary .doc file): save as .docx"


def test_show_page_keeps_to_the_chars_asked_for(tmp_path):
    # `show DOC --page 1 --chars 20` printed the whole page: --chars was silently ignored with --page.
    from click.testing import CliRunner
    from pptx import Presentation

    from ictsearch.cli import cli
    from ictsearch.indexer import build_index

    p = Presentation()
    for title, body in [("スマートシティ推進 令和5年度", "会津若松市のスマートシティ事業について。データ連携基盤を構築し、市民サービスを改善する。"),
                        ("今後の予定", "令和6年度は都市OSの他市町村への展開を検討する。")]:
        s = p.slides.add_slide(p.slide_layouts[1])
        s.shapes.title.text = title
        s.placeholders[1].text = body
    p.save(tmp_path / "smartcity.pptx")
    build_index([tmp_path / "smartcity.pptx"], tmp_path / "idx", jobs=1)

    def show(*args):
        result = CliRunner().invoke(cli, ["show", str(tmp_path / "smartcity.pptx"), "--index", str(tmp_path / "idx"), *args])
        assert result.exit_code == 0, result.output
        return result.output.rstrip("\n").split("\n\n")[-1]

    whole = show("--page", "1")
    assert "市民サービスを改善する。" in whole and "都市OS" not in whole
    assert show("--page", "1", "--chars", "10") == whole[:10] + "…"
    assert show("--page", "2", "--chars", "1000") == show("--page", "2")
    assert show("--chars", "10").endswith("…") and len(show("--chars", "10")) == 11


def test_a_folder_left_with_only_broken_links_is_an_update_not_a_missing_path(tmp_path):
    # A share holds a link to a report kept elsewhere; the report is deleted.  The next run
    # removed its document from the index, yet exited 2 and, with --json, printed no summary
    # but {"kind": "NoSuchPath"}, as if the folder named did not exist.
    import json

    from click.testing import CliRunner

    from ictsearch.cli import cli

    docs, outside, idx = tmp_path / "docs", tmp_path / "outside", tmp_path / "idx"
    write(outside / "iot.txt", "令和5年度 地域IoT実装計画\n\n高知県の地域IoT実装の取組について。")
    docs.mkdir()
    (docs / "iot.txt").symlink_to(outside / "iot.txt")

    def index(*args):
        return CliRunner().invoke(cli, ["index", str(docs), "--index", str(idx), "--jobs", "1", *args])

    assert index().exit_code == 0
    (outside / "iot.txt").unlink()
    res = index("--json")
    assert res.exit_code == 1, res.output
    summary = json.loads(res.stdout)
    assert summary["removed"] == 1 and summary["documents"] == 0
    assert "broken link" in json.dumps(summary, ensure_ascii=False)
    res = index()  # nothing left to remove: the folder is still there, its link still broken
    assert res.exit_code == 1 and "broken link" in res.stderr and "The index holds 0 documents" in res.stderr

    # A folder named by mistake beside it is still the usage error it was.
    res = CliRunner().invoke(cli, ["index", str(docs), str(tmp_path / "no-such-folder"), "--index", str(idx), "--json"])
    assert res.exit_code == 2 and json.loads(res.stderr)["kind"] == "NoSuchPath"


@pytest.mark.parametrize("query", ["について", "として", "における", "に関する", "によって"])
def test_a_compound_particle_alone_has_no_searchable_words(tmp_path, query):
    # 「について」 alone searched 付く and found every page writing …について (1,728 of the shared
    # corpus's 1,890, 「として」 1,887), while 「について について」 and 「の」 said the query has no
    # searchable words.
    from ictsearch.indexer import build_index
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search import open_index

    write(tmp_path / "docs" / "a.txt", "テレワークについて\n\n仙台市として、テレワークにおける課題に関する調査を行うこととする。")
    write(tmp_path / "docs" / "b.txt", "迷惑メール対策\n\n迷惑メールによって被害が生じている。")
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        for q in (query, f"{query} {query}", "の"):
            with pytest.raises(BadQuery, match="no searchable words"):
                ix.search(q)
        assert ix.search(f"テレワーク{query}").total == 1
        assert ix.search(f"「{query}」").total >= 1  # quoted, it is the text asked for
        assert ix.search("こと").total == 1  # a noun standing for the function word is still a word


@pytest.mark.parametrize("typed", ["テレ*", "テレ＊", "*ワーク"])
def test_a_star_typed_as_a_wildcard_is_said_to_be_none(tmp_path, typed):
    # 「テレ*」 (a wildcard, as in a web search) searched テレ alone and listed the pages whose URLs hold
    # 「tele」, or nothing, with no word of why: say that * is no wildcard.
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    write(tmp_path / "docs" / "a.txt", "テレワーク推進計画\n\n仙台市は市内企業のテレワーク導入を支援する。")
    write(tmp_path / "docs" / "b.txt", "電波防護指針\n\n詳しくは https://www.tele.soumu.go.jp/ をご覧ください。")
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        notes = ix.search(typed).notes
        assert any("* is no wildcard" in n for n in notes), notes
        assert not any("wildcard" in n for n in ix.search("テレワーク").notes)


@pytest.mark.parametrize("timeout", ["30", None, -1, float("nan")])
def test_build_index_refuses_a_lock_timeout_that_is_not_seconds_with_its_own_message(tmp_path, timeout):
    # lock_timeout="30" (read from a config file) raised TypeError: '>=' not supported between
    # 'str' and 'int', where jobs="2" and lock_timeout=-1 are a ValueError that says what to give.
    from ictsearch.indexer import build_index

    write(tmp_path / "docs" / "a.txt", "テレワーク推進計画\n\n仙台市は市内企業のテレワーク導入を支援する。")
    with pytest.raises(ValueError, match="lock_timeout must be a number of seconds"):
        build_index([tmp_path / "docs"], tmp_path / "idx", lock_timeout=timeout)
    assert not (tmp_path / "idx").exists()


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_csv_and_jsonl_say_on_stderr_what_text_output_says_of_an_empty_search(tmp_path, fmt):
    # `search てれわーく --format csv > hits.csv` wrote a header and nothing else, silently: the text
    # output's 「Did you mean: テレワーク?」 and its notes were dropped (--explain already goes to stderr).
    from click.testing import CliRunner

    from ictsearch.cli import cli
    from ictsearch.indexer import build_index

    write(tmp_path / "docs" / "a.txt", "テレワーク推進計画\n\n仙台市は市内企業のテレワーク導入を支援する。")
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)

    def search(*args):
        res = CliRunner().invoke(cli, ["search", *args, "--index", str(tmp_path / "idx"), "--format", fmt])
        assert res.exit_code == 0, res.output
        return res

    res = search("てれわーく")
    assert "テレワーク" not in res.stdout and "Did you mean: テレワーク?" in res.stderr
    res = search("テレ*")
    assert "Note: * is no wildcard" in res.stderr and "Note" not in res.stdout
    assert search("テレワーク").stderr == ""


def test_a_theme_filter_takes_a_list_as_region_and_year_filters_do(tmp_path):
    # --theme IoT,防災 was 「unknown theme 'IoT,防災'」 while --region 東北・関東 and --year 令和4・5年度
    # read their lists; ・ cannot part themes (防災・減災 is one), a comma or 、 can.
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    docs = tmp_path / "docs"
    write(docs / "iot.txt", "IoTセンサーによる見守り\n\nIoTセンサーとIoT機器で高齢者を見守る。センサーのデータをIoT基盤に集める。")
    write(docs / "bousai.txt", "防災行政無線の整備\n\n災害時に防災行政無線で避難情報を伝える。防災訓練と減災の取組を進める。")
    write(docs / "kanko.txt", "観光客向け公衆無線LAN\n\n観光地の観光案内所に公衆無線LANを整備し、観光客の利便を高める。")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        one = {h.path.rsplit("/", 1)[-1] for h in ix.search("", theme="IoT").hits}
        both = ix.search("", theme="IoT,防災", explain=True)
        assert {h.path.rsplit("/", 1)[-1] for h in both.hits} == one | {"bousai.txt"}
        assert both.explain["filters"]["theme"] == ["IoT、防災・減災"]
        assert ix.search("", theme="IoT、防災").total == both.total
        assert "kanko.txt" not in {h.path.rsplit("/", 1)[-1] for h in both.hits}
