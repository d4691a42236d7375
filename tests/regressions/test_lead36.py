"""The lead's changes of the twenty-third session (2026-12-04)."""

import pytest

from ictsearch.indexer.metadata import resolve_theme


@pytest.mark.parametrize("typed, meant", [
    ("テレワク", "働き方・テレワーク"),          # a dropped ー
    ("てれわーく", "働き方・テレワーク"),        # hiragana for the alias's katakana
    ("サイバーセキュリテイ", "サイバーセキュリティ"),  # a small ィ typed large
    ("ブロードバンド整備", "ネットワーク基盤・ブロードバンド"),
])
def test_a_mistyped_theme_is_told_the_theme_it_is_near(typed, meant):
    # `--theme テレワク` said only "unknown theme" and listed all 25 themes.
    with pytest.raises(ValueError, match=rf"^unknown theme '{typed}' \(did you mean {meant}\?\); valid themes: "):
        resolve_theme(typed)


@pytest.mark.parametrize("typed", ["xyz", "医療福祉"])
def test_a_theme_near_no_name_gets_no_guess(typed):
    # 医療福祉 shares only 医療 with 医療・介護・健康: no guess, the list of themes.
    with pytest.raises(ValueError) as e:
        resolve_theme(typed)
    assert "did you mean" not in str(e.value)


def test_hits_of_files_deleted_or_changed_since_indexing_say_so(tmp_path):
    # A file deleted after the index run was still listed as a hit, its path shown as if it were there;
    # one edited since showed its old snippet.  Both now say so, per hit and in a note.
    import json
    import os

    from click.testing import CliRunner

    import ictsearch
    from ictsearch.cli import cli
    from ictsearch.indexer import build_index

    docs = tmp_path / "資料"
    docs.mkdir()
    (docs / "telework.txt").write_text("令和5年度 テレワーク推進事業\n東北地域の中小企業へのテレワーク導入を支援しました。\n", "utf-8")
    (docs / "bousai.txt").write_text("防災行政無線とテレワーク拠点の整備\n町内の防災行政無線をデジタル化しました。\n", "utf-8")
    (docs / "ai.txt").write_text("AIの活用\nテレワーク時の業務にAIを使う実証を行いました。\n", "utf-8")
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    (docs / "telework.txt").unlink()
    bousai = docs / "bousai.txt"
    bousai.write_text(bousai.read_text("utf-8") + "令和6年度も継続します。\n", "utf-8")
    os.utime(bousai, ns=(10**18, 10**18))  # a later modification time whatever the clock's resolution

    with ictsearch.open_index(idx) as index:
        result = index.search("テレワーク")
    state = {os.path.basename(h.path): (h.gone, h.changed) for h in result.hits}
    assert state == {"telework.txt": (True, False), "bousai.txt": (False, True), "ai.txt": (False, False)}
    assert any(n.startswith("1 file shown is no longer where it was indexed (deleted or moved) and "
                            "1 file shown has changed since it was indexed") for n in result.notes)

    out = CliRunner().invoke(cli, ["search", "テレワーク", "--index", str(idx)]).output
    assert "telework.txt  (file gone)" in out and "bousai.txt  (file changed)" in out
    assert "/ai.txt  (file" not in out
    hits = json.loads(CliRunner().invoke(cli, ["search", "テレワーク", "--index", str(idx), "--json"]).output)["hits"]
    assert {os.path.basename(h["path"]): h["gone"] for h in hits} == {"telework.txt": True, "bousai.txt": False, "ai.txt": False}

    build_index([docs], idx, jobs=1)  # the next run: the deleted file leaves, the changed one is read again
    with ictsearch.open_index(idx) as index:
        result = index.search("テレワーク")
    assert [(h.gone, h.changed) for h in result.hits] == [(False, False)] * 2
    assert not any("indexed" in n for n in result.notes)
