"""The issuing organization the generic reading of docinfo took from a sentence (review46): a count after a
number (123局) and one of the bodies a sentence lists (関係府省、経済団体…を巻き込んで実施。); and where it must
still read a body."""

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata, docinfo

DATA = Path(__file__).parent / "data_breaker41"


def _org(text: str, title: str = "") -> str | None:
    return docinfo.organization(text, title)[0]


def test_a_count_of_stations_is_no_bureau_and_the_footer_signs():
    # The breaker41 deck as its extraction reads it: the count on slide 2, the bureau in each slide's footer.
    text = ("電波利用環境保護周知啓発強化期間\n令和6年6月1日~6月10日\n1\n\n"
            "不法無線局の現状\n管内で措置した不法無線局は令和5年度に123局\n"
            "不法に開設された無線局は、携帯電話や消防・救急無線に妨害を与えるおそれがあります\n四国総合通信局\n2\n")
    assert _org(text, "電波利用環境保護周知啓発強化期間") == "四国総合通信局"


def test_the_breaker41_deck_itself():
    from ictsearch.indexer.extract import extract
    from ictsearch.indexer.document import join_pages
    p = DATA / "p04_denpa_shikoku.pptx"
    r = extract(p)
    m = derive_metadata(join_pages(r.pages)[0], title=r.title or "", path=Path("page.pptx"), root=None)
    assert m.organization == "四国総合通信局"


def test_counts_of_sections_are_no_section():
    text = "組織の概要\n本庁は12部、県内に24課\n職員数は3,200人\n"
    assert _org(text) is None


def test_a_list_of_bodies_in_a_sentence_is_no_issuer():
    text = ("2020年に向けたテレワーク国民運動プロジェクト(テレワーク・デイ)\n\n"
            "- 2020年に向けて国民運動を展開するため、2017年よりテレワーク・デイを毎年実施。\n"
            "- 関係府省、経済団体、首都圏自治体、交通機関等を巻き込んで実施。\n")
    assert _org(text, "2020年に向けたテレワーク国民運動プロジェクト(テレワーク・デイ)") is None


def test_the_ministries_in_general_are_no_issuer():
    assert _org("テレワークの推進\n関係府省\n") is None


def test_a_town_page_naming_where_to_apply_signs_nothing():
    text = ("戸別受信機の貸与\n町では戸別受信機を無償で貸与しています。\n申込方法\n"
            "- 防災安全課、または各住民サービス室に貸与申請書を提出してください\n")
    assert _org(text, "戸別受信機の貸与") is None


def test_a_letterhead_and_a_contact_list_still_sign():
    # Must NOT fire: a section on a line of its own; a contact line listing two sections with no verb;
    # a council's own sentence opening with its name and no list.
    assert _org("オープンデータの公開\n令和6年4月1日\n企画部情報政策課\n") == "企画部情報政策課"
    assert _org("証明書のコンビニ交付\n山梨市役所市民課、税務課\n") == "山梨市役所市民課"
    assert _org("協議会の設立\n「加賀市スマートシティ推進官民連携協議会」を設立しました。\n") == "加賀市スマートシティ推進官民連携協議会"
    # A 局 after a number inside the name is kept (第2… is no count): the bureau after the count line.
    assert _org("会議資料\n第3回検討会\n近畿農政局\n") == "近畿農政局"


def test_a_footer_fields_key_is_no_part_of_the_section():
    # A city CMS's 「情報発信元 地域活動推進課」 and a governor's record 「•記録作成 秘書課(報道係)」, squashed by the head.
    assert _org("地域活動の支援\n更新日:2024年4月1日\n情報発信元 地域活動推進課\n") == "地域活動推進課"
    assert _org("知事定例記者会見\n令和5年6月2日\n• 記録作成 秘書課(報道係)\n") == "秘書課"
    # Must NOT fire: a section named after words that are no field key.
    assert _org("情報発信の推進\n情報発信推進課\n") == "情報発信推進課"


def test_a_row_of_links_back_up_is_no_issuer():
    text = ("情報通信のトップへ\n\nインデックスへ 調査研究会\n\n"
            "「デジタル時代のラジオ放送の将来像に関する懇談会」\n第4回会合 議事録\n")
    assert _org(text) == "デジタル時代のラジオ放送の将来像に関する懇談会"
    # Must NOT fire: a line that names a body and only then links.
    assert _org("研究会の開催\nスマートシティ推進協議会\nトップへ戻る\n") == "スマートシティ推進協議会"


def test_a_name_holding_a_middle_dot_is_read_whole():
    assert _org("在宅ワークの手引き\n雇用環境・均等局在宅労働課\n") == "雇用環境・均等局在宅労働課"
    assert _org("戦略の概要\n科学技術・イノベーション推進事務局\n") == "科学技術・イノベーション推進事務局"
    # Must NOT fire: a dot listing two bodies is no name of one (the first is read, as before).
    assert _org("プレスリリース\n長野県(企画振興部・総務部)\n") == "企画振興部"
    assert _org("共同調査\n情報政策課・デジタル推進課\n") == "情報政策課"


def test_a_meetings_number_or_year_is_no_part_of_the_name():
    assert _org("議事録\n第2回長崎市情報化推進計画策定委員会\n") == "長崎市情報化推進計画策定委員会"
    assert _org("委員会記録\n令和2年企画総務委員会(11月5日)\n") == "企画総務委員会"
    # Must NOT fire: a name that only holds a number after its start.
    assert _org("会議資料\n全国第3次産業振興協議会\n") == "全国第3次産業振興協議会"
