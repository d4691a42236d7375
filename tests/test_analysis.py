"""The Sudachi analyzer on real sentences from the seed documents."""

from __future__ import annotations

import pickle
import unicodedata

from ictsearch.indexer import analysis
from ictsearch.indexer.analysis import MAX_CHUNK_CHARS, SudachiTokenizer, analyze, chunks, sections

from conftest import CORPUS, write


def texts(s: str) -> list[str]:
    return [t.text for t in analyze(s)]


def test_compound_is_indexed_with_its_parts():
    terms = texts("東北総合通信局では、自治体の地域課題解決を支援する。")
    # C units and their A sub-units: a word is found inside a longer compound.
    assert "通信局" in terms and "通信" in terms and "局" in terms
    assert "課題解決" in terms and "課題" in terms and "解決" in terms


def test_no_match_across_word_boundaries():
    assert "京都" not in texts("東京都の調布市で開催した。")
    assert "京都" in texts("年次京都スマートシティExpo委員")
    assert "京都" in texts("京都府と連携")


def test_one_character_words_survive():
    # Whoosh's StopFilter would drop these (minsize=2).
    terms = texts("宮城県多賀城市と東北総合通信局")
    assert {"県", "市", "局"} <= set(terms)


def test_variants_meet():
    assert texts("ＤＸ") == texts("DX") == ["dx"]
    assert texts("ｻｰﾊﾞ") == texts("サーバー")
    assert texts("シュミレーション") == texts("シミュレーション")
    assert texts("取組") == texts("取り組み")
    # hiragana/katakana where Sudachi treats them as one word
    assert texts("たばこ") == texts("タバコ")
    assert texts("めーる") == texts("メール")


def test_particles_punctuation_and_whitespace_stay_out():
    terms = texts("テレワークの利用が、広がっている。\n　（事業主体） 民間企業")
    for function_word in ("の", "が", "て", "、", "。", "（", "）", " ", "\n", "\u3000"):
        assert function_word not in terms
    assert "テレワーク" in terms and "利用" in terms and "広がる" in terms


def test_offsets_point_at_the_words_in_the_text():
    text = unicodedata.normalize("NFKC", (CORPUS / "tohoku-bureau-fy2023-ict-policy-slides.txt").read_text("utf-8"))
    terms = analyze(text)
    assert len(terms) > 500
    for t in terms:
        surface = text[t.start : t.end]
        assert surface and not surface.isspace()
    # A normalized form that differs from its surface still points at the surface.
    dx = [t for t in analyze("地域ＤＸの推進") if t.text == "dx"][0]
    assert "地域ＤＸの推進"[dx.start : dx.end] == "ＤＸ"


def test_positions_let_phrases_match_at_both_grains():
    terms = analyze("地域課題解決")
    by_text = {t.text: t.pos for t in terms}
    # The compound sits at its first part's position; parts follow one by one.
    assert by_text["地域"] + 1 == by_text["課題解決"] == by_text["課題"]
    assert by_text["課題"] + 1 == by_text["解決"]


def test_long_paragraph_is_split_without_losing_text():
    sentence = "テレワークの普及展開を推進し、地域課題の解決を図る"  # no 。 and no newline
    text = sentence * 3000  # ~75,000 characters, ~225 KB: far over Sudachi's 49,149-byte limit
    terms = analyze(text)
    assert terms[-1].end == len(text)
    assert sum(1 for t in terms if t.text == "テレワーク") == 3000
    pieces = list(chunks(text))
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= MAX_CHUNK_CHARS and len(p.encode()) < 49_149 for _, p in pieces)


def test_sections_give_the_terms_of_the_whole_text(monkeypatch):
    # Text as extraction leaves it: numbers Sudachi joins (1,000, 令和5), blank and
    # indented lines, a break next to ゛ (NFKC makes it a space), English words;
    # and lines whose first word depends on what precedes it: at the start of a
    # text Sudachi reads 次世代 and 今世紀, after a line break 次|世代 and 今|世紀,
    # so a section that began after the line break would change their terms.
    text = "\n".join(
        (CORPUS / name).read_text(encoding="utf-8")
        for name in ("kanto-ict-npo-council-fy2020-annual-report.txt", "tohoku-bureau-fy2023-ict-policy-slides.txt")
    ) + "\n予算は1,000万円\n 令和5年度\n\n5G基地局\nガ゛\n゛イド\nOpen Data\n" + (
        "次世代超高速ネットワークの整備を進める。\n今世紀初頭における超高速インターネットの普及\n" * 20
    )
    monkeypatch.setattr(analysis, "SECTION_CHARS", 10**9)
    whole = analyze(text)
    assert not any(t.text in ("次世代", "今世紀") for t in whole[-300:])  # read after a line break
    monkeypatch.setattr(analysis, "SECTION_CHARS", 20)
    cut = list(sections(text))
    assert len(cut) > 100 and all(s[0].isspace() and "\n" in s[:9] for _, s in cut[1:])
    assert sum(1 for _, s in cut if s.startswith(("\n次世代", "\n今世紀"))) >= 30
    assert analyze(text) == whole


def test_tokenizer_pickles_without_live_state():
    tok = SudachiTokenizer()
    list(tok("テレワーク"))  # creates the thread's Sudachi tokenizer
    clone = pickle.loads(pickle.dumps(tok))
    assert clone == tok
    assert [t.text for t in clone("迷惑メール対策")] == ["迷惑メール", "迷惑", "メール", "対策"]


def test_hyphens_unicode_keeps_apart_read_as_the_ascii_one():
    # PDFs and word processors write Wi‐Fi with U+2010 and the minus of a table with U+2212;
    # Sudachi knows 「Wi-Fi」 as one word and split the others into wi | fi.
    for typed in ("公衆Wi-Fiの整備", "公衆Wi‐Fiの整備", "公衆Wi‑Fiの整備", "公衆Wi−Fiの整備", "公衆Wi－Fiの整備"):
        assert texts(typed) == ["公衆", "wi-fi", "整備"], typed
    # One character for one: offsets still point into the text as written.
    (term,) = [t for t in analyze("公衆Wi‐Fiの整備") if t.text == "wi-fi"]
    assert (term.start, term.end) == (2, 7)


def test_a_pasted_hyphen_finds_the_pages_a_typed_one_does(tmp_path):
    from ictsearch import build_index, open_index

    write(tmp_path / "docs" / "wifi.txt", "観光地の公衆Wi‐Fi環境整備\n\n訪日外国人旅行者のため、観光拠点に公衆Wi‐Fiを整備する自治体を支援します。")
    write(tmp_path / "docs" / "other.txt", "災害時の公衆無線LAN\n\n避難所にWi-Fiのアクセスポイントを設置しました。")
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as idx:
        for typed in ("Wi-Fi", "Wi‐Fi", "Wi−Fi"):
            result = idx.search(typed)
            assert result.total == 2, (typed, [h.title for h in result.hits])
        hit = next(h for h in idx.search("Wi-Fi").hits if h.path.endswith("wifi.txt"))
        assert "Wi‐Fi" in [hit.snippet[s:e] for s, e in hit.highlights], hit.snippet
