"""othergov40: pages of the state's other bodies (ministries' regional bureaus, agencies, institutes) — the
weakest kind of realdocs page — and the local or national pages where each rule must not fire."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _derive(text: str, title: str | None = None, path: str = "page.txt"):
    return derive_metadata(text, title=title or text.strip().splitlines()[0], path=Path(path))


# --- A 経済産業局's own page naming no place: its area, not 全国 -------------------------------------------

# A regional bureau's newsletter (its breadcrumb, its name over the issue), writing 経済産業省 and no place.
CHUBU_MAIL = (
    "1. ホーム\n  2. 局のご案内\n  3. メールマガジン\n"
    "  4. 中部経済産業局メールマガジン 2024年10月4日(金曜日)配信 第1038号\n\n"
    "中部経済産業局メールマガジン 2024年10月4日(金曜日)配信 第1038号\n\n"
    "経済産業省 中部経済産業局 メールマガジン\n\n"
    "トピックス\n\n"
    " 中部経済産業局では、中小企業のデジタル化を後押しするため、IT導入に関する相談会を開催します。"
    "生産管理のクラウド化やキャッシュレス決済の導入を検討している事業者の皆様はぜひご参加ください。\n"
)
# The bureau of 関東 announcing its seminar: the place finder reads 関東 as the block word it is, and the
# rule (for a page naming no place) leaves it so.
KANTO_PRESS = (
    "関東経済産業局\n\n"
    "中小企業のサイバーセキュリティ対策セミナーを開催します\n\n"
    "関東経済産業局は、経済産業省及び独立行政法人情報処理推進機構と連携し、中小企業の経営者を対象に、"
    "サイバー攻撃の最新動向と取るべき対策を解説するオンラインセミナーを開催します。\n"
)


def test_a_meti_bureaus_own_page_is_its_area():
    m = _derive(CHUBU_MAIL)
    assert m.region == ("北陸", "東海")
    assert m.prefecture == ()
    m = _derive(KANTO_PRESS)
    assert m.region == ("関東",)
    assert m.prefecture == ()


# Must not fire: a firm's page naming the bureau as the one whose award it received; a town's page on the
# bureau's subsidy it used (本町); the ministry's page listing all its bureaus (no one area).
AWARDED = (
    "中部経済産業局長賞を受賞しました\n\n"
    "当社が開発した遠隔監視システムが、IoTを活用した生産性向上の取組として評価され、表彰されました。"
    "経済産業省が進めるDX推進の一環として、今後も製品の改良を続けてまいります。\n"
)
TOWN_SUBSIDY = (
    "中部経済産業局の補助金を活用した商店街のキャッシュレス化\n\n"
    "本町では、経済産業省の補助事業を活用し、商店街の各店舗にキャッシュレス決済端末を導入しました。"
    "町民の皆様の買い物がより便利になります。\n"
)
ALL_BUREAUS = (
    "地域経済産業局の窓口一覧\n\n"
    "経済産業省では、北海道経済産業局、東北経済産業局、関東経済産業局、中部経済産業局、近畿経済産業局、"
    "中国経済産業局、四国経済産業局、九州経済産業局において、中小企業の相談を受け付けています。\n"
)


def test_a_bureau_named_as_giver_or_in_a_list_is_no_area():
    assert "東海" not in _derive(AWARDED).region
    m = _derive(TOWN_SUBSIDY)
    assert "東海" not in m.region and "北陸" not in m.region
    assert _derive(ALL_BUREAUS).region == ("全国",)


# --- A start told as done dates a page with no date at all ---------------------------------------------------

# An agency's policy page on its own system: no date line, the start of operation told in its body, then
# only targets (令和7年度までに, 令和7年度12月までに).
PLATFORM = (
    "防災デジタルプラットフォーム\n\n"
    "防災関係機関が横断的に共有すべき防災情報を共通のシステムに集約し、令和7年度12月までに構築を完了することを目指しています。\n"
    "令和5年度事業において、災害対応機関が共有すべき災害情報を定めました。\n"
    "令和6年4月より運用を開始した新総合防災情報システムは、各省庁、地方自治体等の約1,900機関が利用しています。\n"
)
# A research institute's data page: its site's update told as done, no other date.
SITE = (
    "データ公開について\n\n"
    "本ウェブサイトは、2002年6月3日より公開内容や公開方式等が更新されましたが、説明等に不十分な部分があるかもしれません。"
    "お気づきの点がありましたらご連絡ください。\n"
)


def test_a_start_told_as_done_dates_a_dateless_page():
    m = _derive(PLATFORM)
    assert (m.fiscal_year, m.year) == (2024, 2024)
    m = _derive(SITE)
    assert (m.fiscal_year, m.year) == (2002, 2002)


# Must not fire: a village's page telling the start of its service, then a later 年度 (history, not the
# present); a page with a date line of its own (the rule is a last resort); a start still to come.
HISTORY = (
    "タブレット端末による見守りサービス\n\n"
    "高齢者の見守りのため、各世帯にタブレット端末を配布しています。平成22年4月1日からサービスを開始しました。\n"
    "令和2年度は新型コロナウイルス感染症の拡大により、村内小中学校が休校となったため、利用が増えました。\n"
)
DATED = (
    "電子申請サービスのご案内\n\n更新日:2023年11月2日\n\n"
    "令和5年4月1日から電子申請の受付を開始しました。スマートフォンからも申請できます。\n"
)
TO_COME = (
    "新しい窓口予約システム\n\n"
    "令和8年4月1日から運用を開始する予定です。詳しくは追ってお知らせします。\n"
)


# A prefecture's page naming the 告示 it follows, in force from a day: the 告示's day, cited.
KOKUJI = (
    "電波の利用に関する手続について\n\n"
    "県では、令和5年4月1日から施行された総務省告示に基づき、防災行政無線の無線局の手続を進めています。"
    "手続の詳細は担当課までお問い合わせください。\n"
)


def test_no_start_date_for_history_a_dated_page_or_a_start_to_come():
    # (Other rules may date these pages — a 年度 an opening sentence reports, a start in the first sentence —;
    # the start told as done must not be what dates them.)
    m = _derive(HISTORY)
    assert m.year is None
    assert _derive(KOKUJI).year is None
    for text in (HISTORY, DATED, TO_COME, KOKUJI):
        m = _derive(text)
        assert "start told as done" not in m.sources.get("year", ""), text[:12]


# --- An update stamp over the day another document was made ----------------------------------------------------

# An agency's standing page titled by its subject, citing the vision its measures come from, with the vision's
# day in its opening and in a link, and its own 最終更新日 years later.
POLICY_PAGE = (
    "観光庁ホーム > 政策について > 国際観光 > 多言語対応の推進\n"
    "ページ本文\n\n"
    "多言語対応の推進\n\n"
    "印刷用ページ\n\n"
    "最終更新日:2023年9月1日\n\n"
    " 政府は、平成28年3月30日に『明日の日本を支える観光ビジョン構想会議』において、新たな観光ビジョン"
    "『明日の日本を支える観光ビジョン』を策定しました。\n"
    " > 明日の日本を支える観光ビジョン」を策定しました!(平成28年3月30日)\n\n"
    "多言語対応に関する事業\n\n"
    " 観光地の案内表示の多言語化や、翻訳アプリの活用を支援しています。\n"
)


def test_a_stamp_dates_a_standing_page_citing_another_documents_day():
    m = _derive(POLICY_PAGE)
    assert (m.fiscal_year, m.year) == (2023, 2023)


# Must not fire: a city's page announcing the plan it made (the plan is its title), restamped years later;
# the day of a meeting held (no document made).
OWN_PLAN = (
    "第2次鶴岡市デジタル化推進計画\n\n"
    "更新日:2024年6月3日\n\n"
    "市は、令和3年3月31日に「第2次鶴岡市デジタル化推進計画」を策定しました。"
    "行政手続のオンライン化や窓口の電子化を進めます。\n"
)
MEETING = (
    "地域情報化推進会議\n\n"
    "最終更新日:2024年1月10日\n\n"
    "令和3年7月12日に地域情報化推進会議を開催し、光ファイバ網の整備状況について意見交換を行いました。\n"
)


def test_no_stamp_over_the_pages_own_plan_or_a_meeting():
    m = _derive(OWN_PLAN)
    assert m.year == 2021
    m = _derive(MEETING)
    assert "was made, cited" not in m.sources.get("year", "")
