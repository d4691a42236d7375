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


def years(text, title=None):
    title = title or next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return m.year, m.fiscal_year, m.sources.get("year", "")


def test_date_on_a_furniture_line_is_used_when_nothing_better():
    text = "ページID:0004321 更新日:2022年11月30日更新 印刷ページ表示\n光回線の整備について\n市内全域で光回線が使えます。\n"
    assert years(text, "光回線の整備について")[:2] == (2022, 2022)


def test_title_date_beats_the_update_stamp():
    text = "ページID:99 更新日:2024年3月1日\n市長定例記者会見(令和元年9月12日木曜日)\n発表事項\n防災アプリの配信を始めます。\n"
    y, fy, src = years(text, "市長定例記者会見(令和元年9月12日木曜日)")
    assert (y, fy) == (2019, 2019) and src.startswith("title:")


def test_labelled_date_in_the_head():
    text = "防災行政無線の更新\n掲載日:2021年2月4日\n最終更新日:2024年8月9日\n町は無線設備を更新しました。\n"
    assert years(text)[:2] == (2021, 2020)


def test_title_and_date_on_one_line():
    text = "お知らせ一覧\n「ICTセミナー in 松江」を開催しました 令和4年11月2日\n本文です。\n"
    assert years(text, "「ICTセミナー in 松江」を開催しました")[:2] == (2022, 2022)


def test_date_in_the_first_sentence_of_a_press_release():
    text = ("ドローン講習会の開催\n 北陸総合通信局(局長:山田 一郎)は、令和6年2月20日(火)、金沢市において"
            "ドローン講習会を開催しました。\n 講習会には2030年までの目標も紹介されました。\n")
    assert years(text)[:2] == (2024, 2023)  # February: the previous 年度


def test_month_and_day_take_the_year_of_the_titled_fiscal_year():
    text = "令和2年度「電波の日」記念式典を開催\n 九州総合通信局は、6月1日(月)、福岡市において記念式典を開催しました。\n"
    assert years(text)[:2] == (2020, 2020)
    text = "令和2年度 防災講演会を開催\n 当局は、2月3日(水)、講演会を開催しました。\n"
    assert years(text)[:2] == (2021, 2020)


def test_a_target_year_or_span_is_not_the_documents_year():
    text = "地域情報化計画\n令和9年度までに全域で光回線を整備する。\n計画期間 令和5年度～令和9年度\n2030年までに実現。\n"
    y, fy, _ = years(text)
    assert (y, fy) == (None, None)


def test_a_year_cited_in_a_long_first_sentence_is_not_the_documents():
    text = ("サテライトオフィスの誘致\n本町は、総務省による平成30年度「お試しサテライトオフィス事業」に採択され、"
            "これまでに延べ15社の企業を受け入れてきました。今後も誘致を進めます。\n")
    assert years(text)[:2] == (None, None)


def test_white_paper_edition_from_a_breadcrumb():
    text = "総務省トップ > 政策 > 白書 > 令和2年版 > 概要\n第1章 5Gの進展\n本文。\n"
    m = derive_metadata(text, title="第1章 5Gの進展", path=Path("x.txt"))
    assert (m.year, m.fiscal_year) == (2020, 2019)


def test_a_first_line_that_is_not_a_title_gives_no_year():
    from ictsearch.indexer.metadata.derive import title_proper

    assert title_proper("ページID:1234 更新日:2023年1月20日") == ""
    assert title_proper("市では、2015年度から開始した事業を拡充し、対象地区を広げています。") == ""
    assert title_proper("ホーム > 報道資料 > 平成21年度 > 平成20年度の整備状況") == "平成20年度の整備状況"
    text = "ホーム > 報道資料 > 平成21年度 > 平成20年度の整備状況\n整備状況をお知らせします。\n"
    m = derive_metadata(text, title="ホーム > 報道資料 > 平成21年度 > 平成20年度の整備状況", path=Path("x.txt"))
    assert m.fiscal_year == 2008


def test_a_start_year_is_not_the_documents():
    text = "光回線の整備\n令和2年度から、市内の未整備地区で光回線の整備を進めています。\n"
    assert years(text)[:2] == (None, None)


def test_a_heading_with_its_date_at_the_end():
    text = "お知らせ\n一覧\n「ICT講演会」を開催しました 令和5年11月8日\n 当局は講演会を開催しました。\n"
    assert years(text)[:2] == (2023, 2023)


def test_a_subject_date_after_a_clause():
    text = "講演会を開催\n 当局は、協議会との共催により、令和元年6月5日(水)に高松市において講演会を開催しました。\n"
    assert years(text)[:2] == (2019, 2019)


def test_era_less_white_paper_edition_in_a_breadcrumb():
    text = "総務省トップ > 政策 > 白書 > 28年版 > テレワークの動向\n第1節 テレワーク\n本文。\n"
    m = derive_metadata(text, title="総務省トップ > 政策 > 白書 > 28年版 > テレワークの動向", path=Path("x.txt"))
    assert (m.year, m.fiscal_year) == (2016, 2015)


def test_a_ministry_issuer_makes_a_document_national():
    text = "大臣会見録\n平成22年5月7日\n文部科学省記者会見室\n学校のICT環境について説明した。\n"
    assert derive_metadata(text, title="大臣会見録", path=Path("x.txt")).region == ("全国",)
    text = "知事定例記者会見\n場所\n本庁舎5階大会議室\n千葉県の企業誘致について。千葉県の観光。千葉県知事賞。\n"
    assert derive_metadata(text, title="知事定例記者会見", path=Path("x.txt")).region == ("関東",)


def test_a_bureau_signing_its_newsletter_beats_the_ministry_it_mentions():
    from ictsearch.indexer.metadata.docinfo import organization

    text = "広報誌 第12号\n年頭あいさつ\n本年も、総務省としても施策を進めてきました。\n信越総合通信局長 山田 太郎\n"
    assert organization(text, "広報誌 第12号")[0] == "信越総合通信局"
    text = "総務省トップ > 組織案内 > 地方支分部局 > 東北総合通信局 > 報道資料\n本文。\n"
    assert organization(text, "")[0] == "東北総合通信局"


def test_a_breadcrumb_trail_is_not_the_title():
    from ictsearch.indexer.document import derive_title

    text = ("総務省トップ > 組織案内 > 地方支分部局 > 東北総合通信局 > 記念式典を開催\n\n"
            "令和5年度「電波の日・情報通信月間」記念式典を開催\n\n令和5年6月7日\n\n東北総合通信局は、記念式典を開催しました。")
    assert derive_title(text, None, Path("page.html")) == "令和5年度「電波の日・情報通信月間」記念式典を開催"
    assert derive_title("ホーム > 報道発表\n\n地域DXの推進について\n\n本文です。", None, Path("p.html")) == "地域DXの推進について"


def test_a_date_in_the_last_step_of_a_breadcrumb_beats_a_lone_furniture_date():
    # The page's own title ends the trail; the lone 2016 line is the CMS's last re-stamp.
    text = ("県ホームページ メニューを飛ばして本文へ\n"
            "ホーム > 広報課 > 知事の県政レポート【平成19年度】 > 県政レポート第45号[平成19年10月12日]\n"
            "知事の県政レポート\n2016年10月24日\n県政レポート第45号[平成19年10月12日]\n"
            "こんにちは、知事です。紅葉のシーズンとなりました。\n")
    y, fy, src = years(text)
    assert (y, fy) == (2007, 2007) and "breadcrumb" in src


def test_the_issue_month_of_a_newsletter_is_its_date():
    text = ("事務所通信(令和2年8月号)\n印刷用ページを表示する 掲載日:2021年1月18日更新\n"
            "令和2年7月に事務所で行った主なイベントをご紹介します。\n")
    assert years(text, "ページの先頭です。 メニューを飛ばして本文へ")[:2] == (2020, 2020)
    # A month in a heading that is not an issue number stays a passing mention.
    assert years("令和2年8月に開催したイベントの報告\n報告です。\n", "お知らせ")[:2] == (None, None)


def test_a_bureau_writing_all_over_the_country_is_still_regional():
    text = ("報道資料\n平成29年4月17日\n中国総合通信局\n情報通信月間の実施\n"
            " 6月1日の「電波の日」を中心に、全国各地で情報通信に関する行事が開催されます。"
            "本年で33回目の実施となり、期間中は全国各地で講演会が行われます。\n"
            " 中国総合通信局管内では、鳥取県1件、島根県1件、岡山県4件、広島県9件及び山口県5件の行事が実施されます。\n")
    m = derive_metadata(text, title="情報通信月間の実施", path=Path("x.txt"))
    assert m.organization == "中国総合通信局"
    assert m.region == ("中国",) and len(m.prefecture) == 5


def test_a_date_line_years_after_the_documents_own_fiscal_year_is_a_restamp():
    text = ("報道資料\n2024年06月02日\n沖縄総合通信事務所\n平成30年度沖縄地方非常通信協議会表彰\n"
            "協議会は、非常通信の確保に貢献された団体に対して、以下のとおり表彰を行います。\n")
    y, fy, _ = years(text, "平成30年度沖縄地方非常通信協議会表彰")
    assert (y, fy) == (None, 2018)  # no year rather than the wrong one
    # A year later is still the document's date (a report on 平成30年度 results, dated 令和元年6月).
    later = text.replace("2024年06月02日", "2019年06月02日")
    assert years(later, "平成30年度沖縄地方非常通信協議会表彰")[:2] == (2019, 2018)


def test_a_ministry_acting_in_the_opening_sentences_makes_a_page_without_issuer_national():
    text = ("特集 スマート農業技術の活用\nスマート農業技術の活用は農作業の効率化に役立つものです。\n"
            "農林水産省は、平成25年に研究会を設置し、ロードマップを取りまとめました。\n")
    m = derive_metadata(text, title="特集 スマート農業技術の活用", path=Path("x.txt"))
    assert m.organization is None and m.region == ("全国",)
    assert "農林水産省は、" in m.sources["region"]  # `show` says why it is national
    # A page that speaks as a town (本町) and cites the ministry is not national.
    local = text.replace("スマート農業技術の活用は", "本町では、スマート農業技術の活用を進めています。活用は")
    assert derive_metadata(local, title="特集 スマート農業技術の活用", path=Path("x.txt")).region == ()
    # Nor is one whose actor is the prefectural office (県庁では、).
    office = text.replace("農林水産省は、", "県庁では、")
    assert derive_metadata(office, title="特集 スマート農業技術の活用", path=Path("x.txt")).region == ()


def test_a_fiscal_year_that_is_the_topic_of_an_opening_sentence_is_the_documents():
    text = ("■5 外国人旅行者の受入環境整備\n訪日外国人旅行者の快適な滞在のための環境整備が極めて重要である。\n"
            "このため、平成26年度は、以下の取組みを実施した。\n無料公衆無線LANの整備を促進した。\n")
    assert years(text)[:2] == (None, 2014)
    # 「…年度には、」 places one event in a year of a narrative; it is not what the page reports on.
    narrative = text.replace("このため、平成26年度は、以下の取組みを実施した。", "このため、平成26年度には、協議会を設置した。")
    assert years(narrative)[:2] == (None, None)


def test_a_page_naming_no_place_in_the_governments_own_voice_is_national():
    text = ("■3 多言語対応の強化\n訪日外国人旅行者が快適に滞在できる環境の整備が重要である。\n"
            "このため、関係省庁と連携し、案内表示の多言語化を推進した。\n")
    m = derive_metadata(text, title="■3 多言語対応の強化", path=Path("x.txt"))
    assert m.organization is None and m.region == ("全国",)
    assert "関係省庁" in m.sources["region"]
    # A town writing the same words about itself is not national (its place is only in its address).
    local = text.replace("このため、", "本町では、")
    assert derive_metadata(local, title="■3 多言語対応の強化", path=Path("x.txt")).region == ()


def test_a_prefectures_team_at_a_national_tournament_is_not_a_national_document():
    text = ("知事トピックス\n全国高等学校総合文化祭に出場する高校演劇部を激励しました\n"
            "昨年の中国地区大会で最優秀賞を受賞し、中国地区代表として全国大会に出場します。\n"
            "知事は、島根県の代表としての活躍に期待を寄せました。島根県庁で行われました。\n")
    m = derive_metadata(text, title="知事トピックス", path=Path("x.txt"))
    assert m.region == ("中国",) and m.prefecture == ("島根県",)
    # 全国 as "across the country", named twice, still makes a document national.
    from ictsearch.indexer.metadata.derive import _national

    assert _national(text, None, False) is None
    assert _national(text + "全国の高校生が集まり、全国各地から応援が届きました。\n", None, False) == "全国 named twice"


def test_the_governments_own_words_without_a_place_make_a_page_national():
    # 政府では、 is the government acting, not a prefecture (府では、) speaking of itself.
    text = ("2 IT戦略の推進\n情報通信技術の活用は喫緊の課題である。\n"
            "政府では、IT戦略本部を設置して戦略を推進してきた。\n")
    assert derive_metadata(text, title="2 IT戦略の推進", path=Path("x.txt")).region == ("全国",)
    budget = "IT関係予算について\n(億円)\n分類 政府予算額 概算要求額\n電子行政の推進 0.2 0.2\n"
    assert derive_metadata(budget, title="IT関係予算について", path=Path("x.txt")).region == ("全国",)
    # 国民健康保険 is what a town's page writes about; it is not the nation's voice.
    town = "保険料のお知らせ\n国民健康保険の保険料率を改定しました。\n"
    assert derive_metadata(town, title="保険料のお知らせ", path=Path("x.txt")).region == ()


def test_an_incorporated_agency_of_the_state_is_a_national_issuer():
    from ictsearch.indexer.metadata.derive import _national

    assert _national("本文。", "独立行政法人情報通信研究機構", False) == "issuer 独立行政法人情報通信研究機構"
    assert _national("本文。", "地方独立行政法人大阪府立病院機構", False) is None


def test_a_page_naming_no_place_but_the_whole_country_is_national():
    text = "第22回 医療情報利活用WG 議事録\n議題\n(1) 全国医療情報プラットフォームに関する論点\n"
    assert derive_metadata(text, title="議事録", path=Path("x.txt")).region == ("全国",)
    # A city comparing itself with the national average speaks as the city.
    city = "統計のお知らせ\n本市の高齢化率は全国平均を上回っています。\n"
    assert derive_metadata(city, title="統計のお知らせ", path=Path("x.txt")).region == ()


def test_a_prefectures_page_to_its_residents_is_not_national():
    text = "県民の皆様へ\n国民(県民)の皆様へマイナンバーが通知されました。\nカードの申請方法をご案内します。\n"
    assert derive_metadata(text, title="県民の皆様へ", path=Path("x.txt")).region == ()


def test_a_page_about_every_prefecture_is_national():
    notice = ("調査結果及び整備方針について(通知)\n各都道府県教育委員会教育長 殿\n"
              "学校におけるICT環境の整備方針を取りまとめましたので通知します。\n")
    assert derive_metadata(notice, title="整備方針について(通知)", path=Path("x.txt")).region == ("全国",)
    # 都道府県では、 speaks of every prefecture, not as one of them.
    survey = "地域情報化施策に係る調査結果の概要\n1 策定状況\n都道府県では、47団体すべてが計画を策定している。\n"
    assert derive_metadata(survey, title="調査結果の概要", path=Path("x.txt")).region == ("全国",)
