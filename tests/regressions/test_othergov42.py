"""othergov42: the dates of other-government pages (独立行政法人, 国立研究開発法人, 地方共同法人, agencies and councils;
bench/realdocs kind other-gov).  Short texts written in those bodies' styles and labelled by bench/realdocs/README.md
(year: never a cited date, a plan's span or a history; fiscal_year: the 年度 the document names as its own) before
any run, none copied from bench/realdocs."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.document import derive_title
from ictsearch.indexer.metadata import derive_metadata


def years(text: str) -> tuple[int | None, int | None]:
    title = derive_title(text, None, Path("page.txt"))
    m = derive_metadata(text, title=title, path=Path("page.txt"))
    return m.fiscal_year, m.year


BODY = ("NICTは、テラヘルツ帯を用いた超高速無線通信の研究開発を進めています。今回、新たな変調方式を開発し、"
        "伝送速度の向上を実証しました。\n")


# --- an agency named in full as the subject of its own founding: its history ------------------------------------

def test_an_agency_named_in_full_founded_on_a_day_does_not_date_its_profile():
    text = ("機構について\n独立行政法人情報処理推進機構(IPA)は、2004年1月5日に設立されました。\n"
            "沿革\n1970年10月 情報処理振興事業協会設立\n2004年1月 独立行政法人情報処理推進機構設立\n")
    assert years(text) == (None, None)


def test_a_business_report_keeps_its_own_nendo_and_not_the_bodys_founding_day():
    text = ("令和5年度 事業報告書\n地方公共団体情報システム機構\n1 機構の概要\n"
            "地方公共団体情報システム機構は、平成26年4月1日に設立された地方共同法人である。\n"
            "2 令和5年度の業務の実施状況\n令和5年度は、マイナンバーカードの交付促進に取り組んだ。\n")
    assert years(text) == (2023, None)


def test_an_agency_that_founds_something_new_is_news_of_that_day():
    # を設立しました: the agency's act, the page's news (not its own founding).
    text = ("新研究拠点の設立について\n国立研究開発法人情報通信研究機構は、2024年4月1日に新たな研究拠点"
            "「Beyond 5G研究センター」を設立しました。\n")
    assert years(text) == (2024, 2024)


# --- a reference list's entries: a cited paper's date --------------------------------------------------------------

def test_an_english_date_in_a_reference_list_does_not_date_an_undated_research_page():
    text = ("研究紹介\n国立研究開発法人理化学研究所 計算科学研究センター\n富岳を用いた電波伝搬の大規模シミュレーション\n"
            + "本研究では、都市部における電波伝搬を大規模に計算する手法を開発した。\n" * 12
            + "References\n[1] K. Sato et al., Phys. Rev. Lett. 125, 2020.\n[2] Y. Suzuki, Proc. IEEE, Oct. 5, 2021.\n")
    assert years(text) == (None, None)
    short = ("研究紹介\n国立研究開発法人理化学研究所\n富岳を用いた電波伝搬の大規模シミュレーション\nReferences\n"
             "1. K. Sato, Phys. Rev. Lett. 125, 2020.\n2. Y. Suzuki, Oct. 5, 2021.\n")
    assert years(short) == (None, None)


def test_a_report_with_a_reference_list_keeps_its_own_date():
    text = ("次世代ネットワークの研究開発に関する報告書\n令和5年3月\n国立研究開発法人情報通信研究機構\n1. はじめに\n"
            "本報告書は、…\n参考文献\n[1] J. Smith, \"6G Vision,\" IEEE Commun. Mag., vol. 58, no. 3, Mar. 2020.\n"
            "[2] A. Tanaka, Proc. ICC, June 2019.\n")
    assert years(text) == (2022, 2023)


def test_a_press_release_with_an_english_date_line_is_still_dated_by_it():
    assert years("Press Release\nDecember 1, 2023\nNational Institute of Information and Communications Technology\n"
                 "NICTは、…を開発しました。\n") == (2023, 2023)
    assert years("NICT News\nOct. 5, 2023\n多言語翻訳技術の社会実装が進展\nNICTの多言語音声翻訳技術VoiceTraは、…\n") == (2023, 2023)


def test_a_cited_papers_date_does_not_move_a_research_press_release():
    text = ("光格子時計の周波数比を世界最高精度で測定\n2024年5月8日\n国立研究開発法人情報通信研究機構\n"
            "国立研究開発法人情報通信研究機構は、…の測定に成功しました。\n掲載論文\n掲載誌:Nature Physics\n"
            "掲載日:2023年12月20日(英国時間)\n論文名:…\n")
    assert years(text) == (2024, 2024)


# --- a 法人's 事業年度 named by its April-March span ---------------------------------------------------------------

def test_financial_statements_of_a_business_year_are_for_that_nendo():
    text = ("第20期事業年度 財務諸表\n(令和5年4月1日〜令和6年3月31日)\n国立研究開発法人情報通信研究機構\n貸借対照表\n")
    assert years(text) == (2023, None)


def test_a_mid_to_long_term_span_is_no_business_year():
    text = ("中長期計画\n第5期中長期目標期間(令和3年4月1日〜令和8年3月31日)における各事業年度の業務運営に関する計画\n"
            "国立研究開発法人情報通信研究機構\n")
    assert years(text) == (None, None)
    span_only = ("中長期目標・中長期計画\n国立研究開発法人情報通信研究機構\n第5期中長期目標期間(2021年4月1日〜2026年3月31日)\n"
                 "NICTは、情報通信分野を専門とする我が国唯一の公的研究機関として、…\n"
                 "第4期中長期目標期間(2016年4月1日〜2021年3月31日)\n")
    assert years(span_only) == (None, None)


# --- a quarter's figures of a 年度, reported after it -----------------------------------------------------------

def test_a_quarters_figures_are_for_their_nendo_under_a_later_update_stamp():
    text = ("情報セキュリティ安心相談窓口の相談件数\n更新日:2024年4月1日\n独立行政法人情報処理推進機構\n"
            "2023年度第4四半期(1月〜3月)の相談件数は3,021件でした。\n")
    assert years(text) == (2023, 2024)


# --- a span's two ends are one period, not 年度 listed on a line -----------------------------------------------------

def test_the_nendo_a_sentence_is_about_after_a_plan_span_on_its_line():
    text = ("■概要\n第5期中長期目標期間(2021年度〜2025年度)の2年目にあたる2022年度は、"
            "Beyond 5Gの研究開発を重点的に進めた。\n")
    assert years(text) == (2022, None)


# --- 打上げ日: a satellite's field, not the page's date -----------------------------------------------------------

def test_a_satellites_launch_day_does_not_date_its_profile():
    text = ("陸域観測技術衛星2号「だいち2号」(ALOS-2)\n打上げ日:2014年5月24日\n打上げロケット:H-IIAロケット24号機\n"
            "だいち2号は、Lバンド合成開口レーダを搭載した地球観測衛星です。\n")
    assert years(text) == (None, None)


# --- a site's news box above the article ----------------------------------------------------------------------------

def test_an_articles_date_line_under_a_news_box_is_not_one_of_its_items():
    text = ("国立研究開発法人情報通信研究機構\nホーム\nお知らせ\n2024年3月1日 システムメンテナンスのお知らせ\n"
            "2024年2月20日 見学会の募集\n2024年2月10日 公開講座の開催\n\n光通信の新技術を開発\n2023年10月5日\n"
            "NICTは、光通信の新技術を開発しました。\n")
    assert years(text) == (2023, 2023)
    dotted = ("独立行政法人情報処理推進機構\nトップ\n新着情報\n2024.03.01 試験日程のお知らせ\n2024.02.20 セミナー募集\n"
              "2024.02.10 脆弱性情報\n2023.10.05\nプレス発表 情報セキュリティ10大脅威の選考を開始\nIPAは、選考会を開催しました。\n")
    assert years(dotted) == (2023, 2023)


def test_a_history_laid_out_a_cell_a_line_is_still_a_list():
    text = ("機構の概要\n国立研究開発法人情報通信研究機構\n沿革\n昭和63年4月\n設立\n平成5年4月\nネットワーク開始\n"
            "平成15年10月\n独立行政法人化\n")
    assert years(text) == (None, None)


# --- the bodies' usual date lines (held before this branch; kept) ----------------------------------------------------

def test_the_usual_date_lines_of_agencies():
    assert years("2024年2月14日 国立研究開発法人情報通信研究機構\n量子暗号ネットワークの長期運用試験を開始\n"
                 "NICTは、東京QKDネットワークにおいて…を開始しました。\n") == (2023, 2024)
    assert years("小型月着陸実証機(SLIM)の月面着陸の結果について\n発表日:2024年1月25日\n宇宙航空研究開発機構\n"
                 "JAXAは、SLIMの月面着陸に関する記者会見を行いました。\n") == (2023, 2024)
    assert years("[2024年3月21日:公表]\nSNSをきっかけとした投資詐欺に注意!\n独立行政法人国民生活センター\n"
                 "全国の消費生活センター等には、SNSで知り合った相手から投資を勧められる相談が寄せられています。\n") == (2023, 2024)
    assert years("国立研究開発法人情報通信研究機構の令和4年度における業務の実績に関する評価\n令和5年8月25日\n総務大臣\n"
                 "国立研究開発法人情報通信研究機構の令和4年度における業務の実績に関する評価を以下のとおり行った。\n") == (2022, 2023)
    assert years("光通信の新技術を開発\n2023年10月5日\n国立研究開発法人情報通信研究機構\nNICTは、光通信の新技術を開発しました。\n"
                 + BODY * 5 + "更新日:2024年4月1日\n") == (2023, 2023)
