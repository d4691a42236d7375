"""sceptic44: the search side of the twenty-seventh session (domain synonyms of ICT policy's bodies, a split
word's synonyms beside other words, a synonym phrase of a compound's parts, the stray dash at a query's end)
tried as staff and a developer meet them.  Each test is a problem found so, fixed on this branch."""

from __future__ import annotations

import ictsearch


def _write(path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_release_title_pasted_with_a_short_subtitle_keeps_its_subtitle(tmp_path):
    """A bureau's release title pasted with its subtitle's opening dash glued and the closing dash typed
    apart (「…セミナー −スマートプラチナ社会の実現 −」) read the subtitle as a word to leave out once the stray
    dash at a query's end became NOT (review42): its subtitle is no 、 and no run of 20 characters, so
    the release's own page was left out (realdocs r940: first of 42 hits, then absent from 142).  A subtitle
    is a phrase (a particle, a name in brackets), which a word typed to leave out is not."""
    from ictsearch.search.query import Not, parse

    for pasted in ("ICT利活用普及促進セミナー −スマートプラチナ社会の実現 −",
                   "北海道地域ICT活力推進会議を開催 −北海道の諸課題解決へ向けて −",
                   "豊かな街づくりを学ぶ −「北海道ICTオータムセミナー」を開催 −"):
        assert not any(isinstance(n, Not) for n in parse(pasted).nodes), pasted
    # Words typed to leave out, a dash too many at the end, are still left out (review42).
    assert parse("テレワーク -地域おこし協力隊 -") == parse("テレワーク -地域おこし協力隊")
    assert parse("防災 -Wi-Fi -") == parse("防災 -Wi-Fi")
    assert parse("テレワーク -ふるさと納税 -") == parse("テレワーク -ふるさと納税")

    docs = tmp_path / "資料"
    _write(docs / "セミナー.txt", "「超高齢社会への挑戦」ICT利活用普及促進セミナー\n− スマートプラチナ社会の実現 −\n\n"
                                "北海道総合通信局は、高齢者のICT利活用に関するセミナーを開催しました。\n")
    _write(docs / "研修.txt", "ICT利活用普及促進セミナーの開催\n\n自治体職員向けにICT利活用の事例を紹介した。\n")
    ictsearch.build_index([docs], tmp_path / "idx", jobs=1)
    with ictsearch.open_index(tmp_path / "idx") as idx:
        hits = idx.search("ICT利活用普及促進セミナー −スマートプラチナ社会の実現 −").hits
        assert [h.path.rsplit("/", 1)[1] for h in hits][:1] == ["セミナー.txt"]
