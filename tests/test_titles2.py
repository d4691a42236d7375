"""derive_title on what two reviewers found titled by what is not a title (issue 11, titles2):
a cover's authors, a sentence of the body, a registry stamp, a first line cut mid-sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from ictsearch.indexer.document import MAX_TITLE_CHARS, derive_title

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def title(text: str, name: str = "page.txt") -> str:
    return derive_title(text, None, Path(name))


@pytest.mark.parametrize("authors", ["新山祐介\n関根聡", "新山 祐介\n関根 聡", "新山祐介、関根聡", "○新山祐介(ニューヨーク大学)"])
def test_a_line_of_persons_names_ends_a_covers_title(authors):
    text = f"コンパラブルな新聞記事からの\n固有表現の発見\n{authors}\nComputer Science Department\n\n研究の背景\n"
    assert title(text, "slides.pdf") == "コンパラブルな新聞記事からの固有表現の発見"


def test_a_role_over_the_name_goes_with_it():
    text = "\n独立行政法人情報通信研究機構\n理事長\n宮原秀夫\n新年明けましておめでとうございます。\n"
    assert title(text) == "独立行政法人情報通信研究機構"


def test_a_role_and_name_on_one_line_end_the_title():
    text = "令和5年度 情報通信行政の重点施策\n総務大臣 松本剛明\n\n1 デジタル基盤の整備\n"
    assert title(text) == "令和5年度 情報通信行政の重点施策"


@pytest.mark.parametrize("line", ["東北総合通信局", "テレワーク推進事業", "北海道農業ICT懇談会"])
def test_a_title_line_that_is_not_a_name_is_kept(line):
    assert title(f"令和5年度事業報告\n{line}\n\n本文です。\n") == f"令和5年度事業報告 {line}"


def test_a_trails_last_step_is_the_heading_over_a_body_sentence():
    text = ("ホーム>県政情報・統計>知事のページ>知事記者会見>知事記者会見(令和7年12月25日) >記者会見の要旨-令和7年12月25日-\n"
            "ここから本文です。\nまず、口頭で二つ報告します。\n来たる令和8年1月1日、追悼式を開催します。\n")
    assert title(text) == "記者会見の要旨-令和7年12月25日-"


def test_a_trail_naming_a_section_only_does_not_replace_the_sentence():
    text = "ホーム > 報道発表 > 報道資料\n北海道総合通信局は、4月18日(火曜日)、当局会議室で施策説明会を開催しました。\n"
    assert title(text) == "北海道総合通信局は、4月18日(火曜日)、当局会議室で施策説明会を開催しました。"


def test_a_line_of_sentences_gives_its_first():
    text = "町内大川原字西平、野上字諏訪で、地上デジタル放送の難視対策を実施しました。各戸にUHFアンテナを設置し、室内へ引き込むことによってテレビが視聴できます。\n"
    assert title(text) == "町内大川原字西平、野上字諏訪で、地上デジタル放送の難視対策を実施しました。"


def test_a_heading_of_two_sentences_stays_whole():
    assert title("電波は重要な社会インフラ。不法電波に待ったなし!\n\n本文です。\n") == "電波は重要な社会インフラ。不法電波に待ったなし!"


def test_a_long_sentence_is_cut_at_a_clause_not_mid_word():
    text = ("総務省では「自治体デジタル・トランスフォーメーション(DX)推進計画【第2.0版】」(2022年9月改定)にて、"
            "社会全体のデジタル化を推進するために、デジタル・ガバメント推進が重要であるとし、以下を重点取組事項としている。\n")
    got = title(text)
    assert got == "総務省では「自治体デジタル・トランスフォーメーション(DX)推進計画【第2.0版】」(2022年9月改定)にて、社会全体のデジタル化を推進するために…"
    assert len(got) <= MAX_TITLE_CHARS


def test_a_cut_does_not_end_on_a_date():
    text = ("サイバー空間における安全・安心を確保するため、平成24年6月4日、インターネット上における違法・有害情報の"
            "パトロールなどを行うサイバー防犯ボランティアの委嘱を行いました。\n")
    got = title(text)
    assert got.endswith("…") and not got.endswith("日…") and len(got) <= MAX_TITLE_CHARS


def test_a_first_line_cut_by_its_line_break_is_joined_to_its_sentence():
    text = ("● 「新たな日常」におけるテレワークの定着を図るため、テレワークを導入しようとする企業等に対する\n"
            "相談支援やテレワークに関する普及啓発を実施する。\n\n(事業主体)民間企業\n")
    assert title(text) == ("「新たな日常」におけるテレワークの定着を図るため、テレワークを導入しようとする企業等に対する"
                           "相談支援やテレワークに関する普及啓発を実施する。")


@pytest.mark.parametrize("heading", [
    "令和6年度全国瞬時警報システム(通称J-ALERT)の全国一斉情報伝達試験について",
    "スマートフォンを活用した映像通報119の運用を令和7年2月6日(木)より開始します",
    "新たな地域情報化を進め、中国地域の未来を拓く",
])
def test_a_heading_over_its_body_is_not_joined_to_it(heading):
    assert title(f"{heading}\n中国総合通信局(局長:元岡透)は、目標を定めました。\n") == heading


def test_a_registry_stamp_and_page_number_are_passed_over():
    text = "20200512-148\n14/16\n\n議会だより 視察報告\n\n1.視察日程\n"
    assert title(text) == "議会だより 視察報告"


@pytest.mark.skipif(not (SHARED / "pdf" / "real" / "nlp2004slides.pdf").exists(), reason="needs ../shared/corpus")
@pytest.mark.parametrize("name, expected", [
    ("pdf/real/nlp2004slides.pdf", "コンパラブルな新聞記事からの固有表現の発見"),
    ("bad/cp932-tohoku-telework.txt", "「新たな日常」におけるテレワークの定着を図るため、テレワークを導入しようとする企業等に対する"
                                      "相談支援やテレワークに関する普及啓発を実施する。"),
    ("bad/utf16le-bom-innovation-committee.txt", "総務省では「自治体デジタル・トランスフォーメーション(DX)推進計画【第2.0版】」"
                                                 "(2022年9月改定)にて、社会全体のデジタル化を推進するために…"),
])
def test_the_shared_corpus_files_the_reviewers_named(name, expected):
    from ictsearch.indexer.document import join_pages
    from ictsearch.indexer.extract import extract

    result = extract(SHARED / name)
    assert derive_title(join_pages(result.pages)[0], result.title, SHARED / name) == expected


def test_title_lines_join_without_a_space_where_a_phrase_runs_on_and_with_one_between_items():
    assert title("高度情報通信ネットワーク社会の形成に関する\n平成28年度政府予算額について\n\n本文\n") == \
        "高度情報通信ネットワーク社会の形成に関する平成28年度政府予算額について"
    assert title("2023年度\nICT利活用地域イノベーション委員会\n活動方針\n\n本文\n") == \
        "2023年度 ICT利活用地域イノベーション委員会 活動方針"
    assert title("会議報告・ガイドラインなど\n違法・有害情報について\n\n本文\n") == "会議報告・ガイドラインなど 違法・有害情報について"
