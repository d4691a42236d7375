"""short42: metadata of the short files a maintainer drops into a folder — a note headed by a bureau and 「R5」, a
CSV of dispatches one town a row, a saved page whose <title> is laid out as a trail — run through the real
extraction (build_index, as `ictsearch index` does), with files of the same styles where each rule must not fire."""

from __future__ import annotations

import pytest

from ictsearch.indexer.metadata.eras import heading_fiscal_abbr

HTML = "<html><head><meta charset='utf-8'><title>{title}</title></head><body><p>{body}</p></body></html>"

FILES = {
    # review42's files
    "notes.md": "# 北陸総合通信局 R5 取組\n\n石川県の能登地域における携帯電話の不感地帯解消。\n",
    "派遣実績.csv": "令和4年度 地域情報化アドバイザー派遣実績\n派遣先,回数,分野\n高知県四万十市,2,オープンデータ\n徳島県神山町,1,テレワーク\n",
    "tohoku.html": HTML.format(title="総務省｜東北総合通信局｜令和5年度 地域情報化アドバイザーの派遣決定",
                               body="東北総合通信局は、岩手県遠野市からの申請に基づき、令和5年度地域情報化アドバイザーの派遣を決定しました。"),
    "kinki.txt": "近畿総合通信局 令和3年度 取組状況\n大阪府内の自治体と連携し、迷惑メール対策の講習会を開催した。\n",
    "tokai.txt": "東海総合通信局 令和元年度 活動方針\n名古屋市と連携したスマートシティの推進。\n",
    "okinawa.txt": "沖縄総合通信局 令和2年度 事業報告\n離島の光ファイバ整備について報告する。\n",
    "chugoku.txt": "中国総合通信局 平成30年度 事業計画\n広島県のサイバーセキュリティ人材育成。\n",
    # the same styles, written here
    "memo_h29.md": "# 信越総合通信局 H29 重点施策\n\n長野県内の中山間地域におけるブロードバンド整備の支援。\n",
    "memo_r6.txt": "北海道総合通信局 R6 主な取組\n道内の市町村における自治体DXの推進と電子申請の導入支援。\n",
    "派遣_R5.csv": "令和5年度 地域情報化アドバイザー派遣実績(東北)\n派遣先,回数,テーマ\n青森県八戸市,3,自治体DX\n"
                  "秋田県横手市,2,オープンデータ\n山形県鶴岡市,1,スマート農業\n",
    "sites.csv": "名称,市町村,開設\nサテライトオフィス白浜,和歌山県白浜町,2019\nコワーキング神山,徳島県神山町,2018\n",
    "kyushu.html": HTML.format(title="総務省｜九州総合通信局｜報道資料｜長崎県五島市における遠隔医療実証の開始",
                               body="九州総合通信局は、長崎県五島市と連携し、離島の診療所を結ぶ遠隔医療の実証を令和5年12月から開始します。"),
    "memo_tohoku.txt": "東北総合通信局 令和5年度 取組\n宮城県の沿岸部でテレワーク拠点の整備を支援する。\n",
    "派遣_list.md": "# 令和4年度 地域情報化アドバイザー派遣実績\n\n・高知県四万十市(オープンデータ)\n・徳島県神山町(テレワーク)\n",
    "派遣_table.md": "令和4年度 地域情報化アドバイザー派遣実績\n\n| 派遣先 | 回数 |\n|---|---|\n| 高知県四万十市 | 2 |\n| 徳島県神山町 | 1 |\n",
    # where a rule must not fire
    "委員_list.md": "# 令和5年度 推進会議 委員名簿\n\n・山田太郎 高知県四万十市企画課\n・佐藤花子 徳島県神山町総務課\n",
    "road.txt": "国道R5沿線の携帯電話の電波状況調査メモ\n北海道小樽市から余市町までの区間で測定した。\n",
    "model.txt": "型番 R5 取組メモ\n無線機を2台購入予定。\n",
    "meeting.md": "# 第R5回 打合せメモ\n\n会議室Bで実施。\n",
    "委員名簿.csv": "令和5年度 地域情報化推進会議 委員名簿\n氏名,所属\n山田太郎,高知県四万十市企画課\n佐藤花子,徳島県神山町総務課\n",
    "prose_then_table.txt": ("令和5年度の派遣について\n地域情報化アドバイザーは、市町村の求めに応じて専門家を派遣する制度です。\n"
                             "昨年度は多くの団体から申請がありました。\n今年度も引き続き募集します。\n詳しくは担当までお問い合わせください。\n"
                             "派遣先\t回数\n高知県四万十市\t2\n徳島県神山町\t1\n"),
    "cao.html": HTML.format(title="内閣府｜地方創生推進事務局｜令和4年度 スーパーシティ型国家戦略特区の指定",
                            body="大阪市及び茨城県つくば市をスーパーシティ型国家戦略特別区域に指定しました。"),
    "kentou.html": HTML.format(title="総務省｜第3回 地域情報化検討委員会",
                               body="第3回地域情報化検討委員会を開催しました。議事は資料のとおりです。"),
    "long_bousai.txt": (
        "近畿総合通信局 令和5年度 防災訓練の実施\n"
        "近畿総合通信局は、令和5年9月1日、大阪府内の市町村と連携して非常通信訓練を実施しました。"
        "訓練では、大規模地震の発生により通常の通信手段が途絶した状況を想定し、"
        "防災行政無線や衛星携帯電話を用いて被害情報を伝達する手順を確認しました。"
        "参加した市町村の担当者からは、災害時の情報伝達の課題について多くの意見が出されました。"
        "また、避難所の開設や災害対策本部の運営についても意見交換を行いました。"
        "当局では、今後も関係機関と連携し、地域の防災力の向上に取り組んでまいります。"
        "なお、訓練の会場では迷惑メール相談窓口の案内も配布しました。\n"
    ),
}


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    from ictsearch import build_index, open_index

    root = tmp_path_factory.mktemp("short42")
    folder = root / "docs"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    build_index([folder], root / "idx", jobs=1)
    with open_index(root / "idx") as idx:
        yield {name: idx.get(str(folder / name)) for name in FILES}


def themes(doc) -> set[str]:
    return {t.name for t in doc.themes}


# --- a bare R5 / H29 in a note's heading ---------------------------------------------------------------

@pytest.mark.parametrize("name, fy", [("notes.md", 2023), ("memo_h29.md", 2017), ("memo_r6.txt", 2024)])
def test_a_bare_era_abbreviation_in_a_heading_before_the_work_is_the_notes_fiscal_year(docs, name, fy):
    assert docs[name].fiscal_year == fy
    assert "read as a 年度" in docs[name].sources["fiscal_year"]


@pytest.mark.parametrize("name", ["road.txt", "model.txt", "meeting.md"])
def test_a_road_a_model_or_a_count_written_r5_gives_no_fiscal_year(docs, name):
    assert docs[name].fiscal_year is None


@pytest.mark.parametrize("title, year", [
    ("北陸総合通信局R5取組", 2023),  # spaces between scripts dropped
    ("R6 事業計画", 2024),
    ("H31 事業計画", 2019),
    ("国道R5沿線の調査", None),
    ("型番 R5 取組", None),
    ("第R5回 報告", None),
    ("R5号 報告", None),
    ("R5-2 報告", None),
    ("部品R5 計画", None),  # glued to a word that is no body's name
    ("R45 計画", None),  # no such year
])
def test_heading_fiscal_abbr(title, year):
    found = heading_fiscal_abbr(title)
    assert (found.year if found else None) == year


# --- a file that is one short table ---------------------------------------------------------------------

def test_a_csv_of_dispatches_is_about_each_rows_prefecture(docs):
    d = docs["派遣実績.csv"]
    assert d.prefecture == ("徳島県", "高知県") and d.region == ("四国",)
    assert d.fiscal_year == 2022
    assert "人材育成" in themes(d)
    assert docs["派遣_R5.csv"].prefecture == ("青森県", "秋田県", "山形県")
    assert set(docs["sites.csv"].prefecture) == {"和歌山県", "徳島県"}
    assert set(docs["sites.csv"].region) == {"近畿", "四国"}


@pytest.mark.parametrize("name", ["派遣_list.md", "派遣_table.md"])
def test_a_memos_bullet_list_or_markdown_table_of_towns_is_about_each(docs, name):
    assert docs[name].prefecture == ("徳島県", "高知県")


def test_a_table_of_people_and_a_table_under_prose_keep_their_places_as_a_list(docs):
    assert docs["委員_list.md"].prefecture == ()
    # A members' list: the places are affiliations (the title's 名簿, the header's 氏名), not what it is about.
    assert docs["委員名簿.csv"].prefecture == ()
    # A page of running text with a small table at its end is no table file: its rows stay a list.
    assert docs["prose_then_table.txt"].prefecture == ()


# --- a saved page's <title> laid out as a trail ------------------------------------------------------------

def test_a_title_laid_out_as_a_trail_names_the_bureau_not_the_ministry(docs):
    for name, bureau, block in (("tohoku.html", "東北総合通信局", "東北"), ("kyushu.html", "九州総合通信局", "九州")):
        d = docs[name]
        assert d.organization == bureau
        assert "全国" not in d.region and block in d.region


def test_an_unlisted_office_or_the_pages_own_part_leaves_the_ministry(docs):
    # 地方創生推進事務局 is no body of national_bodies.tsv: the ministry stays the site, and the page national.
    assert docs["cao.html"].organization == "内閣府"
    assert "全国" in docs["cao.html"].region
    # The far end is the page's own part, however it ends (委員会).
    assert docs["kentou.html"].organization == "総務省"


# --- one theme word on a short note ------------------------------------------------------------------------

# A note of a line or two naming one theme word once (迷惑メール対策の講習会, スマートシティの推進) gets no theme: the
# rule that gave it one changed no dev page and gave one held-out page a wrong theme (theme F1 0.8141 -> 0.8138),
# so it was reverted.  A short page whose words say its subject twice keeps the theme it had.
def test_a_note_that_says_its_subject_twice_keeps_its_theme(docs):
    assert themes(docs["notes.md"]) == {"5G・移動通信"}


def test_a_longer_page_gets_no_theme_from_one_passing_word(docs):
    d = docs["long_bousai.txt"]
    assert "防災・減災" in themes(d)
    assert "迷惑メール・ネット上のトラブル" not in themes(d)


def test_a_note_with_no_theme_word_has_no_theme(docs):
    assert themes(docs["meeting.md"]) == set()

