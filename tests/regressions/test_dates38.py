"""dates38: a 年度 that names a programme (its 補正予算, its name) on a page of a later act, and the day a
policy page writes after its news.  Short texts written like real pages, none copied from bench/realdocs."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return m.fiscal_year, m.year


# --- a 年度 naming the programme's money or name: a later act under it is of its own day's 年度 ------

GRANT_CEREMONY = (
    "令和6年度補正予算「地域社会DX推進パッケージ事業」に係る交付式の開催\n"
    "令和6年度補正予算 総務省「地域社会DX推進パッケージ事業(補助事業)」に選定された「四万十町スマート防災拠点整備事業」"
    "(令和7年5月20日付交付決定)に関する交付式が令和7年6月12日(木)に高知県にて開催されました。\n"
    "1 概要\n"
    "総務省では、デジタル技術を活用して地域課題の解決を図るために必要な通信インフラの整備費用を支援しています。"
    "この度、高知県の支援により応募のあった四万十町に対して、本補助金の交付が決定したため、四国総合通信局長から"
    "交付決定通知書が手交されました。\n"
    "2 事業概要\n"
    "集会所や公民館に衛星通信機器とデジタルサイネージを整備し、平時は地域の交流拠点として、災害時は避難所の"
    "情報拠点として活用します。\n"
)


def test_a_grant_ceremony_under_last_years_supplementary_budget_is_of_the_ceremonys_year():
    assert years(GRANT_CEREMONY) == (2025, 2025)


def test_a_grant_decided_in_the_supplementary_budgets_own_spring_keeps_that_year():
    # Decided in March of the 補正's own 年度: the two 年度 agree, nothing to move.
    text = ("令和6年度補正予算による「ケーブルテレビネットワーク光化促進事業」の交付決定\n"
            "令和7年3月14日\n"
            "総務省は、本日、令和6年度補正予算による「ケーブルテレビネットワーク光化促進事業」について、"
            "岐阜県郡上市に対して補助金の交付を決定しました。\n"
            "本事業は、災害時にも安定した放送サービスを提供するため、ケーブルテレビ網の光化を支援するものです。\n")
    assert years(text) == (2024, 2025)


def test_a_report_of_what_a_supplementary_budget_paid_for_keeps_its_year():
    # A report on that 年度's programme, published the next summer: results reported after their 年度.
    text = ("令和5年度補正予算事業の実施状況について\n"
            "令和6年7月10日\n"
            "令和5年度補正予算事業の実施状況について\n"
            "当局管内で令和5年度補正予算により実施した光ファイバ整備及び携帯電話基地局整備の実施状況を"
            "取りまとめましたので公表します。\n"
            "1 光ファイバ整備 12地区\n2 携帯電話基地局整備 8局\n")
    assert years(text)[0] == 2023


def test_a_title_that_labels_the_document_with_its_own_year_keeps_it():
    # No programme: 「令和6年度 …報告書」 is the document's own 年度 even when dated the year after.
    text = ("令和6年度 情報政策課 自己点検・評価報告書\n"
            "令和7年6月20日\n"
            "本報告書は、令和6年度の情報政策課の取組について、自ら点検し評価した結果を取りまとめたものです。\n"
            "1 点検の方法\n各事業の担当者が評価指標に基づき達成度を点検しました。\n")
    assert years(text)[0] == 2024


POLICY_PAGE = (
    "総合政策\n"
    "地域の防災DX実行計画を公表しました\n"
    "国土交通省では、地域の防災力の向上に向け、デジタル技術を活用した防災の取組を支援しています。"
    "この実行計画に基づき、各地で取組が社会実装されるよう、関係府省連携のもと引き続き支援をしてまいります。\n"
    "令和2年度 防災DX先行モデルプロジェクト(10地区)\n"
    "令和2年6月に全国の牽引役となる「先行モデルプロジェクト」として選定された10事業において、防災DXの実現に向けた"
    "「防災DX実行計画」が策定されました。(令和3年5月14日)\n"
    "プロジェクト名 プロジェクト実施地区 要約 実行計画\n"
    "河川水位の見える化 岩手県 一関市\n"
    "避難所のデジタル受付 静岡県 富士市\n"
)


def test_a_policy_pages_day_after_its_news_and_a_programmes_year_give_the_days_year():
    assert years(POLICY_PAGE) == (2021, 2021)


def test_a_list_of_news_items_each_with_its_day_does_not_date_the_page():
    # Bulleted news, each dated by its own release: the page's date is its stamp.
    text = ("テレワークの推進\n"
            "最終更新日:2024年2月16日\n"
            "総務省では、テレワークの普及に向けて、企業への専門家派遣やセミナーの開催に取り組んでいます。\n"
            "・「テレワーク・ワンストップ・サポート事業」を開始しました。(2022年6月10日)\n"
            "・「テレワーク先駆者百選」の受賞者を公表しました。(2022年11月1日)\n"
            "テレワークの導入を検討されている企業の皆様は、相談窓口をご利用ください。\n")
    assert years(text) == (2023, 2024)


def test_a_day_in_brackets_inside_a_sentence_is_no_news_day():
    # (令和3年4月1日施行) cites a rule's day; only a day closing the paragraph after 。 is the news's.
    text = ("個人情報の取扱いについて\n"
            "本市では、個人情報の保護に関する条例(令和3年4月1日施行)に基づき、個人情報を適正に取り扱っています。"
            "保有する個人情報の開示を請求することができます。請求の方法は次のとおりです。\n"
            "1 請求できる方 本人又はその法定代理人\n2 請求の窓口 市民課\n")
    assert years(text) == (None, None)


# --- the year of writing from 本年 N月 told as past, and the 年度 from a glossed year's later month ---------

def test_this_years_month_told_as_past_gives_the_year_of_a_page_of_its_fiscal_year():
    text = ("○観光庁では、地域の観光案内所の機能強化の一環として、平成29年度から多言語対応の認定制度を設けています。"
            "○本制度に基づき、令和5年度については、本年9月に募集を行い、審査の結果、本日付けで、48件を新たに"
            "認定することになりました。\n"
            "○今後も、関係機関と連携しながら、案内所の利便性の向上を図ってまいります。\n")
    assert years(text) == (2023, 2023)


def test_a_month_before_april_told_as_past_gives_no_year():
    # A policy speech for 令和6年度, read in March 2024: 本年1月 is of the year the 年度 starts in, but a text
    # for the coming 年度 is written in the 年度 before; a winter month cannot tell which.
    text = ("令和6年度施政方針\n"
            "令和6年度の一般会計予算案ほか諸議案のご審議をお願いするに当たり、私の施政方針を申し述べます。\n"
            "本年1月1日に発生いたしました能登半島地震では、大変多くの方が犠牲となりました。"
            "改めて、災害に強い情報通信基盤の整備が必要であると痛感いたしました。\n")
    assert years(text)[1] != 2025


def test_this_years_month_of_a_plan_still_ahead_gives_no_year():
    # 本年10月 …予定です: the month is ahead, and nothing says when in the 年度 the text was written.
    text = ("令和5年度については、本年10月に市内3か所で説明会を開催する予定です。"
            "詳細は決まり次第、このページでお知らせします。\n"
            "説明会では、マイナンバーカードを使った各種手続の方法を紹介します。\n")
    assert years(text)[1] is None


def test_this_years_month_on_a_report_of_a_closed_fiscal_year_is_not_that_years():
    # A report of 令和4年度's results, written later: 本年5月 is of the year after the 年度 reported.
    text = ("北陸総合通信局は、令和4年度における電波監視の実施状況を取りまとめましたので公表します。\n"
            "本年5月には、不法無線局の共同取締りを富山県内で実施しました。\n"
            "1 混信・妨害申告の処理件数 152件\n2 不法無線局の措置件数 48件\n")
    assert years(text)[1] != 2022


def test_a_glossed_year_and_a_month_after_march_told_as_done_give_the_years_fiscal_year():
    text = ("災害情報の伝達を支える共通基盤\n"
            "共通基盤は、平成23年の運用開始以降、着実に利用者を増やしており、令和5年6月に最後の県が運用を開始した"
            "ことで、全国の地方公共団体からの情報発信が可能となりました。\n"
            "また、昨年(令和4年)は各地で大雨による災害が多発しましたが、共通基盤は多数の情報の配信に活用されました。\n")
    assert years(text) == (2023, 2023)


def test_a_glossed_year_with_only_a_winter_month_gives_no_fiscal_year():
    # 令和5年2月: written after February of 2023, which may still be 年度 2022.
    text = ("災害情報の伝達を支える共通基盤\n"
            "共通基盤は、平成23年の運用開始以降、着実に利用者を増やしており、令和5年2月に最後の県が運用を開始した"
            "ことで、全国の地方公共団体からの情報発信が可能となりました。\n"
            "また、昨年(令和4年)は各地で大雨による災害が多発しましたが、共通基盤は多数の情報の配信に活用されました。\n")
    assert years(text) == (None, 2023)


# --- a call's or a notice's period within one 年度, on a page with no date of its own ----------------------

def test_an_undated_call_whose_period_lies_in_one_fiscal_year_is_of_that_year():
    text = ("南郷町サテライトオフィス誘致事業 参加企業の募集について\n"
            "本町では、都市部の企業が町内でテレワークを行う拠点を開設する際の経費の一部を補助します。\n"
            "対象事業\n町内の空き店舗等を活用してサテライトオフィスを開設する事業\n"
            "募集期間\n令和7年5月1日(木)~令和8年2月27日(金)\n"
            "※申請額が予算上限に達した段階で、申請の受付を締め切ります\n")
    assert years(text) == (2025, 2025)  # dates41: and the year of its first day, as labels38 settled (realdocs r1630; r1842, r2946, r3651 labelled so)


def test_a_maintenance_stop_over_new_year_is_of_the_fiscal_year_it_falls_in():
    text = ("マイナンバーカードを利用したコンビニ交付サービス\n"
            "マイナンバーカードを利用して、全国のコンビニエンスストアで住民票の写しなどを取得できます。\n"
            "【サービス一時停止のお知らせ】\n年末年始の期間は、システムメンテナンスのため一時停止します。\n"
            "◎停止期間\n令和6年12月28日(土曜日)から令和7年1月5日(日曜日)まで\n"
            "取得できる証明書\n(1)住民票の写し\n(2)印鑑登録証明書\n")
    assert years(text)[0] == 2024


def test_a_call_running_from_march_into_the_next_fiscal_year_is_of_the_next():
    # 公募期間 from 3月30日 to 5月31日: a call of one 年度 for the next, which the readers give (realdocs r1842's
    # label: 「as a 3月30日 notice for the next 年度」); dates39 reads it so (its tests hold the limits).
    text = ("県DXソリューション事業の公募について\n"
            "県民の身近な地域課題について、デジタル技術を活用した解決策の提案を募集します。\n"
            "公募期間 :令和4年3月30日 ~ 令和4年5月31日(予定)\n"
            "提出先:県産業政策課\n")
    assert years(text) == (2022, 2022)  # dates41: and the year of its first day, as labels38 settled (realdocs r1630; r1842, r2946, r3651 labelled so)


def test_a_period_told_in_a_sentence_without_its_key_gives_no_year():
    # 「意見募集を…から…まで実施し」: a past step the page recounts, not the period the page runs for.
    text = ("総務省では、インターネットの健全な発展を図るための政策課題を整理することを目的として、"
            "懇談会を開催してきたところです。報告書素案に対する意見募集を平成20年12月26日から平成21年1月26日まで"
            "実施し、寄せられた意見を踏まえて報告書を取りまとめる予定です。\n"
            "懇談会の構成員等は別紙1のとおりです。\n")
    assert years(text)[0] is None


def test_a_page_with_a_date_of_its_own_keeps_its_dates_fiscal_year_over_a_period():
    text = ("令和7年3月10日\n"
            "サテライトオフィス開設補助金の募集を開始します\n"
            "本町では、都市部の企業のサテライトオフィス開設を支援します。\n"
            "募集期間 令和7年4月1日~令和8年3月31日\n")
    assert years(text) == (2024, 2025)


# --- a yearly event's day with its weekday, anchored by a 年度 written without its era -----------------------

def test_a_yearly_seminars_weekday_and_an_era_less_fiscal_year_give_its_year():
    # 9月13日 was a Wednesday in 2017 alone of the years around 28年度 (平成28年度).
    text = ("総務省は28年度より、地域のデジタル化への理解を深めるため、全国各地でセミナーを実施しており、"
            "今年も9月13日(水曜日)、札幌市内において、北海道総合通信局との共催によりセミナーを開催しました。\n"
            "当日は、道内の企業や自治体から約80名が参加し、熱心に耳を傾けていました。\n")
    assert years(text) == (2017, 2017)


def test_a_count_of_years_is_no_era_less_fiscal_year():
    # 「計画の第5年度」 counts the plan's years: no year to anchor the weekday (read as 令和5年度, 9月13日(水) would be 2023).
    text = ("本市は、情報化計画の第5年度として、市民向けの講座を実施しており、"
            "今年も9月13日(水曜日)、市民会館においてスマートフォン講座を開催しました。\n"
            "当日は、市内の高齢者約30名が参加しました。\n")
    assert years(text) == (None, None)


def test_this_years_day_without_its_weekday_gives_no_year():
    text = ("総務省は28年度より、地域のデジタル化への理解を深めるため、全国各地でセミナーを実施しており、"
            "今年も9月13日、札幌市内においてセミナーを開催しました。\n"
            "当日は、道内の企業や自治体から約80名が参加しました。\n")
    assert years(text) == (None, None)
