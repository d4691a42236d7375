"""derive_metadata as an index run calls it: the seeds end to end, organization and type, titles, and
when a document is national (全国); its dates are tested in test_metadata_dates.py."""

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


def test_white_paper_edition_from_path():
    m = derive_metadata("（2）テレワークの現状\n本文。", title="（2）テレワークの現状", path=Path("whitepaper/r03/0035.txt"))
    assert (m.year, m.fiscal_year) == (2021, 2020)
    assert m.doctype == "白書" and m.region == ("全国",)
    assert "令和3年版" in m.sources["year"]


def test_organization_and_doctype():
    m = seed("kanto-ict-npo-council-fy2020-annual-report.txt")
    assert m.organization == "関東ICT推進NPO連絡協議会" and m.doctype == "事業報告"
    m = seed("internet-association-fy2021-business-plan.txt")
    assert m.organization == "インターネット協会" and m.doctype == "事業計画"


def test_a_first_line_that_is_not_a_title_gives_no_year():
    from ictsearch.indexer.metadata.lines import title_proper

    assert title_proper("ページID:1234 更新日:2023年1月20日") == ""
    assert title_proper("市では、2015年度から開始した事業を拡充し、対象地区を広げています。") == ""
    assert title_proper("ホーム > 報道資料 > 平成21年度 > 平成20年度の整備状況") == "平成20年度の整備状況"
    text = "ホーム > 報道資料 > 平成21年度 > 平成20年度の整備状況\n整備状況をお知らせします。\n"
    m = derive_metadata(text, title="ホーム > 報道資料 > 平成21年度 > 平成20年度の整備状況", path=Path("x.txt"))
    assert m.fiscal_year == 2008


def test_a_web_pages_skip_link_is_not_its_title():
    # 26 saved pages of bench/realdocs start with a bare 「本文」 line, which was their title.
    from ictsearch.indexer.document import derive_title

    text = "本文\n南町地域情報化計画の策定について\n南町では、町民の暮らしを支えるデジタル化を進めています。\n"
    assert derive_title(text, None, Path("page.html.txt")) == "南町地域情報化計画の策定について"
    text = "ここから本文です。\n\n北町のテレワーク推進事業\n\n北町は、移住者向けにテレワーク拠点を整備しました。\n"
    assert derive_title(text, None, Path("page.html.txt")) == "北町のテレワーク推進事業"
    text = "本文の見直しについて\n規程の本文を改めました。\n"
    assert derive_title(text, None, Path("page.html.txt")).startswith("本文の見直しについて")


def test_a_ministry_issuer_makes_a_document_national():
    text = "大臣会見録\n平成22年5月7日\n文部科学省記者会見室\n学校のICT環境について説明した。\n"
    assert derive_metadata(text, title="大臣会見録", path=Path("x.txt")).region == ("全国",)
    text = "知事定例記者会見\n場所\n本庁舎5階大会議室\n千葉県の企業誘致について。千葉県の観光。千葉県知事賞。\n"
    assert derive_metadata(text, title="知事定例記者会見", path=Path("x.txt")).region == ("関東",)


def test_a_ministry_that_funds_a_towns_work_is_not_its_issuer():
    # 「内閣府の補助金を活用し」 opening a town's page names who paid, not who wrote: the town
    # named is the page's place, not 全国 with the town dropped.
    text = "観光施設の整備\n内閣府の補助金を活用し、三朝町の観光施設を整備しました。\n"
    m = derive_metadata(text, title="観光施設の整備", path=Path("x.txt"))
    assert (m.organization, m.region, m.prefecture) == (None, ("中国",), ("鳥取県",))
    text = "防災訓練\n内閣府の補助を受け、静岡市で防災訓練を実施しました。\n"
    assert derive_metadata(text, title="防災訓練", path=Path("x.txt")).prefecture == ("静岡県",)
    # The ministry writing of its own grant is still the issuer.
    text = "交付金の交付決定について\n内閣府は、地方創生推進交付金の交付を決定しました。\n"
    assert derive_metadata(text, title="交付金の交付決定について", path=Path("x.txt")).organization == "内閣府"


def test_a_ministers_press_conference_is_national_beside_the_block_it_reports_on():
    text = ("高市総務大臣閣議後記者会見の概要\n平成29年3月28日\n冒頭発言\n"
            "【栃木県那須町で発生した雪崩の被害状況等】\n昨日発生しました栃木県那須町での雪崩で、8名の方が亡くなられました。"
            "栃木県と連携し、消防庁の職員を派遣しております。\n")
    m = derive_metadata(text, title="高市総務大臣閣議後記者会見の概要", path=Path("x.txt"))
    assert set(m.region) == {"全国", "関東"} and m.prefecture == ("栃木県",)
    # With no issuer and no place, the conference alone is national.
    text = "河野大臣記者会見(令和4年12月23日)\n1.発言要旨\nマイナンバーカードの利用の拡大に向けた取組について申し上げます。\n"
    assert derive_metadata(text, title="河野大臣記者会見(令和4年12月23日)", path=Path("x.txt")).region == ("全国",)
    # A governor's conference stays the prefecture's.
    text = "知事記者会見\n令和5年4月3日\n栃木県の観光について。栃木県の新しい計画。栃木県民の皆様へ。\n"
    assert derive_metadata(text, title="知事記者会見", path=Path("x.txt")).region == ("関東",)


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


def test_a_bureau_writing_all_over_the_country_is_still_regional():
    text = ("報道資料\n平成29年4月17日\n中国総合通信局\n情報通信月間の実施\n"
            " 6月1日の「電波の日」を中心に、全国各地で情報通信に関する行事が開催されます。"
            "本年で33回目の実施となり、期間中は全国各地で講演会が行われます。\n"
            " 中国総合通信局管内では、鳥取県1件、島根県1件、岡山県4件、広島県9件及び山口県5件の行事が実施されます。\n")
    m = derive_metadata(text, title="情報通信月間の実施", path=Path("x.txt"))
    assert m.organization == "中国総合通信局"
    assert m.region == ("中国",) and len(m.prefecture) == 5


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


def test_a_towns_page_on_a_nationwide_test_is_the_towns():
    text = ("全国一斉情報伝達試験の実施について\n"
            "国は、全国の都道府県と市町村に緊急情報を送るJアラートの試験を全国一斉に行っています。\n"
            "彦根市でもこの試験に参加しており、屋外スピーカーから試験放送が流れます。\n")
    m = derive_metadata(text, title="全国一斉情報伝達試験の実施について", path=Path("x.txt"))
    assert m.region == ("近畿",) and m.prefecture == ("滋賀県",)
    # Without a town of its own, 全国 named twice still makes the page national.
    other = text.replace("彦根市でも", "各地で")
    assert derive_metadata(other, title="全国一斉情報伝達試験の実施について", path=Path("x.txt")).region == ("全国",)
    # A prefecture's page that writes 県では、 is its own, even with its name only in its address.
    pref = other.replace("各地で", "県では、")
    assert derive_metadata(pref, title="全国一斉情報伝達試験の実施について", path=Path("x.txt")).region == ()
    # So is a town's page that writes of its 町民 and names no place: its place is in its address.
    town = other.replace("各地でこの試験に参加しており、", "町民の皆様へ。") + "全国有数の長寿の町として取り組みます。\n"
    assert derive_metadata(town, title="全国一斉情報伝達試験の実施について", path=Path("x.txt")).region == ()


def test_a_national_page_citing_a_prefectures_newspaper_stays_national():
    # 高知新聞 is 高知県's paper (2e133e9), but a page naming 全国 twice that cites it as a source
    # names no place of its own: the paper is where the news was printed, not the page's place.
    text = ("地方紙のデジタル化の動向\n"
            "全国の新聞社で電子版の提供が進んでいる。高知新聞の報道によれば、全国で購読者の3割が電子版を利用している。\n")
    m = derive_metadata(text, title="地方紙のデジタル化の動向", path=Path("x.txt"))
    assert (m.region, m.prefecture) == (("全国",), ())
    # The prefecture named otherwise still makes it that prefecture's page.
    local = text.replace("高知新聞の報道によれば", "高知県の調べでは")
    assert derive_metadata(local, title="地方紙のデジタル化の動向", path=Path("x.txt")).prefecture == ("高知県",)


def test_the_governments_own_words_without_a_place_make_a_page_national():
    # 政府では、 is the government acting, not a prefecture (府では、) speaking of itself.
    text = ("2 IT戦略の推進\n情報通信技術の活用は喫緊の課題である。\n"
            "政府では、IT戦略本部を設置して戦略を推進してきた。\n")
    assert derive_metadata(text, title="2 IT戦略の推進", path=Path("x.txt")).region == ("全国",)
    # 市民社会 (civil society, 消費者市民社会) is no town's residents: a national report stays national.
    report = ("第1部 消費者問題の動向\n第2章 高齢者の消費と消費者市民社会の実現に向けた取組\n"
              "高齢者のインターネット通販の利用は増えている。\n")
    assert derive_metadata(report, title="第1部 消費者問題の動向", path=Path("x.txt")).region == ("全国",)
    # A study group's record that names no place and speaks as no local body is a ministry's.
    study = ("第16回 健康・医療・介護情報利活用検討会 議事録\n日時 令和6年9月12日(木)14:00~16:00\n場所 WEB開催\n"
             "議題 医療等情報の二次利用に関するワーキンググループの検討状況について\n")
    assert derive_metadata(study, title="第16回 健康・医療・介護情報利活用検討会 議事録", path=Path("x.txt")).region == ("全国",)
    # …but a town's 検討会 on its own things is the town's.
    town = study.replace("医療等情報の二次利用", "町内の窓口のオンライン化")
    assert derive_metadata(town, title="検討会", path=Path("x.txt")).region == ()
    # The Cabinet Secretariat acting is the state (review 13).
    cabinet = "有識者会議の開催\n内閣官房は、中央合同庁舎第8号館において、第3回有識者会議を開催しました。\n"
    assert derive_metadata(cabinet, title="有識者会議の開催", path=Path("x.txt")).region == ("全国",)
    # A prefecture's branch office (支庁) acting is no state agency: the page is its prefecture's.
    branch = ("棚田のスマート農業の実証\n西臼杵支庁は、令和2年度から西臼杵郡高千穂町の集落で取り組むスマート農業を"
              "支援しています。\n今回は、ドローンによる直播の実証についてお知らせします。\n")
    assert derive_metadata(branch, title="棚田のスマート農業の実証", path=Path("x.txt")).prefecture == ("宮崎県",)
    budget = "IT関係予算について\n(億円)\n分類 政府予算額 概算要求額\n電子行政の推進 0.2 0.2\n"
    assert derive_metadata(budget, title="IT関係予算について", path=Path("x.txt")).region == ("全国",)
    # 国民健康保険 is what a town's page writes about; it is not the nation's voice.
    town = "保険料のお知らせ\n国民健康保険の保険料率を改定しました。\n"
    assert derive_metadata(town, title="保険料のお知らせ", path=Path("x.txt")).region == ()
    # A national body's page on local government in general.
    lg = "研究会の構成員募集\n地方公共団体におけるデータ利活用の課題を検討する研究会を設置しています。\n"
    assert derive_metadata(lg, title="研究会の構成員募集", path=Path("x.txt")).region == ("全国",)
    # … but a town writing the same of itself is no national body.
    own = lg.replace("設置しています", "本市も設置しています")
    assert derive_metadata(own, title="研究会の構成員募集", path=Path("x.txt")).region == ()
    # A page that writes of its own 県内 or 市内 is a local body's, whatever 全国 it also writes.
    page = ("ネット被害の防止\nSNSを通じて子どもが被害に遭う事件が全国的に後を絶ちません。"
            "県内でも同様の相談が増えており、フィルタリングの利用をお願いします。\n")
    assert derive_metadata(page, title="ネット被害の防止", path=Path("x.txt")).region == ()
    assert derive_metadata(page.replace("県内でも", "各県内でも"), title="ネット被害の防止",
                           path=Path("x.txt")).region == ("全国",)


def test_the_local_body_a_page_tells_readers_to_ask_beats_an_agency_in_a_link():
    text = ("消費者の皆様へのアドバイス\n架空請求のSMSには電話しないようにしましょう。\n"
            "市民の皆様は消費生活相談窓口に相談しましょう。\n以下のホームページもご覧ください。\n※消費者庁\n"
            "◆お問い合わせ\n東根市消費生活センター\n電話 0237-42-1111\n")
    m = derive_metadata(text, title="消費者の皆様へのアドバイス", path=Path("x.txt"))
    assert m.region == ("東北",) and m.prefecture == ("山形県",)
    # An address in the contact block is no office (千代田区霞が関 is where, not who).
    from ictsearch.indexer.metadata.regions import contact_office

    assert contact_office("連絡先：千代田区霞が関2-1-2\n") is None
    assert contact_office("【問合せ先】栃木県農政部生産振興課 TEL:028-623-2279").prefecture == "栃木県"
    # A ministry's own name as issuer stays national whatever its contact block says.
    from ictsearch.indexer.metadata.derive import _national

    assert _national(text, "総務省", False) == "issuer 総務省"


def test_a_meeting_held_at_a_ministry_is_national():
    text = ("第4回議事録\n1.日時及び場所\n日時:令和3年12月6日(月曜日)13時36分~15時43分\n"
            "会場:農林水産省本館7階講堂\n2.議事\n今後の農業農村整備について\n")
    m = derive_metadata(text, title="第4回議事録", path=Path("x.txt"))
    assert m.region == ("全国",) and "農林水産省" in m.sources["region"]
    # A town's meeting room is no ministry, and a town speaking of itself stays local.
    town = text.replace("農林水産省本館7階講堂", "市役所本庁舎3階会議室")
    assert derive_metadata(town, title="第4回議事録", path=Path("x.txt")).region == ()
    own = text + "本市では、委員の意見を踏まえて計画を見直します。\n"
    assert derive_metadata(own, title="第4回議事録", path=Path("x.txt")).region == ()
    # Field labels spaced out to align (場  所) and the cabinet's own building.
    cabinet = text.replace("会場:農林水産省本館7階講堂", "場  所 : 官邸2階 大ホール")
    m = derive_metadata(cabinet, title="第4回議事録", path=Path("x.txt"))
    assert m.region == ("全国",) and "官邸" in m.sources["region"]


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


def test_a_page_naming_no_place_but_a_national_council_is_national():
    text = ("本日、次の告示案について電波監理審議会に諮問したところ、これらの案を適当とする旨の答申を受けました。\n"
            "・特定基地局の開設に関する指針案\n提出された意見に対する総務省の考え方については別添のとおりです。\n")
    m = derive_metadata(text, title="告示案の答申", path=Path("x.txt"))
    assert m.region == ("全国",) and "審議会" in m.sources["region"]
    # A town's page that names no place writes of its own things (窓口, 住民): no region.
    town = text + "詳しくは役場の窓口にお問い合わせください。\n"
    assert derive_metadata(town, title="告示案の答申", path=Path("x.txt")).region == ()
    # 協議会 and 審議会 are no local assembly (議会).
    council = text.replace("電波監理審議会", "推進協議会")
    assert derive_metadata(council, title="告示案の答申", path=Path("x.txt")).region == ("全国",)
    # A town's or a prefecture's own committee is no national body.
    school = "ICT教育の推進について\n教育委員会では、児童生徒への端末の配備を進めています。\n"
    assert derive_metadata(school, title="ICT教育の推進について", path=Path("x.txt")).region == ()


def test_blocks_compared_without_a_prefecture_are_the_country():
    text = ("放送政策の展開\n地上デジタル放送は、関東・中京・近畿の三大広域圏において開始され、"
            "その後、全ての県庁所在地で放送が開始された。\n受信機の普及も進んでいる。\n")
    m = derive_metadata(text, title="放送政策の展開", path=Path("x.txt"))
    assert m.region == ("全国",) and "compares" in m.sources["region"]
    # A regional body's page naming its block and a neighbour stays regional.
    bureau = "関東総合通信局\n" + text
    assert derive_metadata(bureau, title="放送政策の展開", path=Path("x.txt")).region != ("全国",)


def test_a_towns_own_edition_of_a_national_scheme_is_its_page():
    text = ("GIGAスクール構想\n文部科学省「GIGAスクール構想の実現へ」\n"
            "文部科学省では、教育ICT環境の実現に向けた取組を進めています。\n"
            "士別市版「GIGAスクール構想」について\n児童生徒1人1台端末の整備を進めます。\n")
    m = derive_metadata(text, title="GIGAスクール構想", path=Path("x.txt"))
    assert m.prefecture == ("北海道",) and "全国" not in m.region
    # The ministry's own page on the scheme stays national.
    ministry = text.replace("士別市版「GIGAスクール構想」について\n", "")
    assert derive_metadata(ministry, title="GIGAスクール構想", path=Path("x.txt")).region == ("全国",)


def test_a_body_serving_every_local_body_is_not_regional():
    from ictsearch.indexer.metadata.derive import _national

    text = "全国市町村情報管理主管課長会 役員会 会議録\n全国の市町村から役員が出席した。\n"
    assert _national(text, "地方公共団体情報システム機構", False) is not None
    assert _national(text, "関東地方整備局", False) is None


def test_a_report_in_parts_naming_no_place_is_national():
    text = "第1部 消費者問題の動向\n第1章 相談の状況\nインターネット通販に関する相談が増加している。\n"
    assert derive_metadata(text, title="第1部 消費者問題の動向", path=Path("x.txt")).region == ("全国",)
    # A chapter is no part: one cited below the page's opening lines says nothing of its issuer (a page
    # opening on its chapter's heading is a White Paper's section: test_places33).
    chapters = "相談の状況\n窓口の案内\n相談の受付時間\n" + text.replace("第1部 消費者問題の動向\n", "")
    assert derive_metadata(chapters, title="相談の状況", path=Path("x.txt")).region == ()


def test_a_minister_or_a_state_institute_on_a_page_naming_no_place_is_national():
    text = "大臣記者会見要旨\n1.発言要旨\n先週、G7のデジタル大臣会合に出席してまいりました。\n"
    assert derive_metadata(text, title="大臣記者会見要旨", path=Path("x.txt")).region == ("全国",)
    survey = "地図の整備\n国土地理院は、基盤地図情報を整備・更新し、提供しています。\n"
    assert derive_metadata(survey, title="地図の整備", path=Path("x.txt")).region == ("全国",)
    # An award a town received is no national voice.
    award = "表彰を受けました\n総務大臣表彰を受賞しました。\n"
    assert derive_metadata(award, title="表彰を受けました", path=Path("x.txt")).region == ()


def test_a_big_citys_inside_is_no_local_thing():
    text = "第1章 郵便\n近距離及び大都市内は自動車を主力にして輸送している。\n第1部 総論\n"
    assert derive_metadata(text, title="第1章 郵便", path=Path("x.txt")).region == ("全国",)


def test_the_state_ict_institute_by_its_name_is_national():
    text = "量子暗号の研究開発\nNICTは、量子鍵配送の実証を進めている。\n"
    assert derive_metadata(text, title="量子暗号の研究開発", path=Path("x.txt")).region == ("全国",)


def test_a_page_speaking_as_the_state_names_a_place_in_passing():
    text = ("地図の整備\n地形図は電子化され、常に最新に更新されています。\n"
            "また、衛星画像を基に知床をはじめわが国の島しょ部まで網羅した地図も整備しています。\n")
    m = derive_metadata(text, title="地図の整備", path=Path("x.txt"))
    assert m.region == ("全国",) and m.prefecture == ()
    # A prefecture's page writing 我が国 as well is its own.
    local = text.replace("また、", "本県では、")
    assert derive_metadata(local, title="地図の整備", path=Path("x.txt")).region != ("全国",)


def test_a_province_abroad_is_no_ministry():
    from ictsearch.indexer.metadata.derive import _national

    text = "友好都市提携調印\n市長が訪問し、提携に調印した。\n随行 市議会議長\n"
    assert _national(text, "中華人民共和国山東省", False) is None
    assert _national(text, "経済産業省", False) is not None


@pytest.mark.parametrize("line, org", [
    ("2.場所:市役所本庁舎3階大会議室", None),        # the room of a meeting, after its key
    ("会見場所:県庁本館9階記者会見室", None),
    ("更新日付:2020年4月16日デジタル推進課", None),  # a date stamp run into the name
    ("所轄省庁", None),                              # the ministries in general
    ("担当:情報政策課", "情報政策課"),               # a key's value is the name after the colon
    ("■広報課", "広報課"),                          # a bullet is no part of it
    ("南町デジタル推進課", "南町デジタル推進課"),
])
def test_an_issuer_named_on_a_line_is_no_room_date_or_field_key(line, org):
    # Review 9 found organizations such as 「2.場所:内閣総理大臣官邸大会議室」 and
    # 「0082192014年6月17日更新デジタル推進課」; one ending in 省 or 庁 also made the page national.
    from ictsearch.indexer.metadata.docinfo import organization

    assert organization(f"{line}\n光回線の整備について説明しました。\n", "")[0] == org


def test_a_list_of_figures_or_of_works_cited_has_no_theme():
    # A White Paper's 参考文献 and 図表一覧 sections name other pieces' titles: every theme's words
    # and no subject of their own.
    cited = "第4章\n" + "".join(
        f"総務省（20{n:02d}）「ローカル5Gの導入に関するガイドライン 第{n}版」\n"
        f"株式会社テレワーク総研（20{n:02d}）「テレワークの実態調査と光ファイバ網の整備状況」\n" for n in range(10, 16))
    m = derive_metadata(cited, title="第4章", path=Path("x.txt"))
    assert m.themes == () and "works cited" in m.sources["themes"]
    # Citations written otherwise, and the places of their authors: no place of the list's own.
    sources = "第3章\n" + "".join(f"{who}「地域DXの推進に関する報告書 第{n}版」\n" for n in range(4) for who in (
        "岩手県紫波町（2022）", "デジタル庁", "Microsoft（2023）", "総務省「地域情報化アドバイザー」資料 "))
    m = derive_metadata(sources, title="第3章", path=Path("x.txt"))
    assert m.themes == () and m.prefecture == () and "東北" not in m.region
    figures = "第3章 地域の防災\n" + "".join(f"図表3-1-{n} 防災行政無線の整備状況と災害時の情報伝達（第{n}回調査）\n" for n in range(1, 13))
    assert derive_metadata(figures, title="第3章 地域の防災", path=Path("x.txt")).themes == ()
    # A 令和 edition's data section numbers its figures without 図表 (1-1-2-1 …).
    bare = "第1章 データ流通の進展\n" + "".join(f"1-1-2-{n} 移動通信システムの進化と5Gの基地局整備（第{n}回）\n（データ集） ローカル5Gの免許\n" for n in range(1, 8))
    assert derive_metadata(bare, title="第1章 データ流通の進展", path=Path("x.txt")).themes == ()
    # A section with its figures' titles among its paragraphs keeps its themes.
    section = figures.replace("\n図表3-1-1", "\n防災行政無線のデジタル化を進め、災害時の情報伝達を強化した。\n" * 8 + "図表3-1-1")
    assert "防災・減災" in [t for t, _ in derive_metadata(section, title="第3章 地域の防災", path=Path("x.txt")).themes]


def test_the_name_of_j_alert_is_no_national_voice():
    # A town's page on the test its 防災行政無線 relays names 全国瞬時警報システム, not the country.
    text = ("Jアラートの試験放送\nこちらは、防災伊達市です。これは、全国瞬時警報システムの試験放送です。\n"
            "防災行政無線の屋外スピーカーから放送されます。全国瞬時警報システムの情報は国から配信されます。\n")
    assert derive_metadata(text, title="Jアラートの試験放送", path=Path("x.txt")).region == ()


def test_a_meetings_venue_is_where_it_met_not_what_it_discussed():
    minutes = ("第1回医療等分野情報連携基盤検討会議事録(2018年3月29日)\n○日時\n平成30年3月29日(木)17:00~19:00\n○場所\n"
               "スタンダード会議室虎ノ門ヒルズFRONT店3階大ホール\n(東京都港区虎ノ門1-22-14ミツヤ虎ノ門ビル3階)\n○出席者\n"
               "秋山祐治(構成員) 石川広己(構成員)\n○議事\n医療等分野における情報連携基盤の在り方について議論した。\n")
    m = derive_metadata(minutes, title="第1回医療等分野情報連携基盤検討会議事録(2018年3月29日)", path=Path("x.txt"))
    assert m.region == ("全国",) and m.prefecture == ()
    # An event notice's venue is where the event takes place: its place.
    notice = ("ICT活用セミナーの開催について\n東北総合通信局は、ICT活用セミナーを開催します。\n日時:令和5年7月3日(月)\n"
              "会場:仙台市情報・産業プラザ(宮城県仙台市青葉区中央1-3-1)\n地域の企業の皆様の参加をお待ちしています。\n")
    m = derive_metadata(notice, title="ICT活用セミナーの開催について", path=Path("x.txt"))
    assert m.prefecture == ("宮城県",)


def test_a_prefectures_board_of_education_office_is_no_national_agency():
    text = ("教育庁義務教育課\n県立高校における1人1台端末の活用について\n更新日:2023年1月23日\n"
            "県教育委員会では、生徒の端末の活用状況を調査しました。\n")
    m = derive_metadata(text, title="県立高校における1人1台端末の活用について", path=Path("x.txt"))
    assert "全国" not in m.region


def test_an_assemblys_standing_committee_is_no_national_commission():
    text = ("令和元年度地域づくり県土警察常任委員会議事録\n令和2年2月26日会議録(確定版)\n出席者(8名)\n"
            "説明のため出席した者 交流人口拡大本部長、地域づくり推進部長\n移住定住の促進について説明があった。\n")
    m = derive_metadata(text, title="令和元年度地域づくり県土警察常任委員会議事録", path=Path("x.txt"))
    assert "全国" not in m.region
    # A national commission still speaks for the country.
    text = "第5回会合 議事要旨\n個人情報保護委員会は、個人データの漏えい等の報告について審議した。\n"
    assert derive_metadata(text, title="第5回会合 議事要旨", path=Path("x.txt")).region == ("全国",)


def test_an_issuer_is_a_line_of_its_own_not_a_table_cell():
    # A Word 事業計画 whose table (a row a line, cells joined by tabs) lists who is in charge of each
    # item: 高齢福祉課 or 保健福祉部 is in charge of one row, not the issuer of the plan.
    from ictsearch.indexer.metadata.docinfo import organization

    table = ("令和6年度地域見守りネットワーク事業計画\n"
             "高齢者の見守りにICTを活用し、地域の関係機関が連携して取り組む。\n"
             "事業\t内容\t担当\n"
             "見守りセンサー設置\t独居高齢者宅への設置\t高齢福祉課\n"
             "オンライン相談\tタブレットによる健康相談\t健康づくり課\n"
             "関係機関連絡会\t年2回開催\t保健福祉部\n")
    assert organization(table, "令和6年度 地域見守りネットワーク事業計画")[0] is None
    # Signed on a line of its own, or in a row of one cell (a layout table), it is the issuer.
    assert organization(table + "みどり町保健福祉部\n", "")[0] == "みどり町保健福祉部"
    signed = table.replace("高齢者の見守り", "\tみどり町保健福祉部\t\n高齢者の見守り")
    assert organization(signed, "")[0] == "みどり町保健福祉部"


def test_a_town_page_quoting_a_cabinet_decision_with_its_own_contact_is_not_national():
    # A town's page names no place of its own and no 本町: it quotes the 閣議決定 it answers and
    # ends with its section's contact block (企画課 企画係), which the state's pages never write so.
    text = ("第2期まち・ひと・しごと創生総合戦略の改訂について\n"
            "令和4年12月23日にデジタル田園都市国家構想総合戦略が閣議決定されたことを受け、"
            "第2期まち・ひと・しごと創生総合戦略を改訂しました。\n"
            "改訂した総合戦略は、以下のとおりです。\n・第2期総合戦略(改訂版)(PDF:1.2MB)\n"
            "このページに関するお問い合わせ\n企画課 企画係\n電話:0123-45-6789\n")
    m = derive_metadata(text, title="第2期まち・ひと・しごと創生総合戦略の改訂について", path=Path("x.html"))
    assert m.region == (), m.sources.get("region")
    # The state's page on the decision, or one whose contact is a ministry's section, stays 全国.
    national = ("デジタル田園都市国家構想総合戦略について\n"
                "令和4年12月23日、デジタル田園都市国家構想総合戦略が閣議決定されました。\n")
    assert derive_metadata(national, title="総合戦略", path=Path("x.html")).region == ("全国",)
    contact = national + "お問い合わせ先\n内閣官房 デジタル田園都市国家構想実現会議事務局 総括担当\n"
    assert derive_metadata(contact, title="総合戦略", path=Path("x.html")).region == ("全国",)
