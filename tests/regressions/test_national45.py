"""national45: forms where a page naming no place of its own took 全国 from the state body it writes in the words
of or passes on — a 総合通信局 writing of itself as 当局, a town's heading relaying a state body's notice, a town's
counter kept open in the evening beside the scheme's 国民 — and a page whose every place is passing, whose address
then gives its place; each with pages of the kind where the change must not fire (bench/realdocs README: a national
issuer's page about the country is 全国; a page whose place only its address gives has no region from its text)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _meta(text: str, title: str = "", url: str | None = None):
    return derive_metadata(text, title=title or text.split("\n", 1)[0], path=Path("page.txt"), url=url)


# --- a bureau writing of itself as 当局 ----------------------------------------------------------------------

_BUREAU_PROCEDURE = ("電波法関係の手続\n\n"
                     "1 無線局\n"
                     "(1) 電子申請を行う場合の手続\n"
                     "総務省電波利用電子申請・届出システムの手続選択ページから必要な手続を選択してください。\n"
                     "(2) 書面申請を行う場合の手続\n"
                     "総務省電波利用ホームページの申請書等のダウンロードから必要な様式を選択してください。\n"
                     "2 無線従事者\n"
                     "(1) 免許証の再交付\n"
                     "氏名を変更した場合は、免許証を交付した総合通信局等に再交付申請書を提出します。"
                     "過去に当局から交付された免許証をお持ちの方は、当局に申請することができます。\n")


def test_a_bureaus_procedure_page_writing_of_itself_as_its_office_is_not_national():
    m = _meta(_BUREAU_PROCEDURE)
    assert "全国" not in m.region and m.prefecture == ()


def test_the_ministrys_own_procedure_page_and_a_page_on_foreign_authorities_stay_national():
    # The ministry's page: no 当局 of its own.
    ministry = _BUREAU_PROCEDURE.replace("過去に当局から交付された免許証をお持ちの方は、当局に申請することができます。",
                                         "総務省では、申請の手引を公表しています。")
    assert _meta(ministry).region == ("全国",)
    # Another country's or anyone's authorities (各国の当局, 規制当局) are no bureau's word for itself.
    foreign = _BUREAU_PROCEDURE.replace("過去に当局から交付された免許証をお持ちの方は、当局に申請することができます。",
                                        "総務省では、各国の当局や規制当局と連携して電波の混信を防いでいます。")
    assert _meta(foreign).region == ("全国",)


def test_a_bureaus_page_whose_towns_are_only_examples_takes_its_block_from_its_address():
    # The towns are examples of where applicants live (例:…): passing; the address says which bureau wrote it.
    text = _BUREAU_PROCEDURE + ("(例:受験地が広島市であっても、申請者の現住所が松山市の場合は当局に申請することができます。)\n")
    assert _meta(text).prefecture == ()
    m = _meta(text, url="https://www.soumu.go.jp/soutsu/shikoku/shinsei/denpa.html")
    assert m.region == ("四国",)


def test_a_town_page_on_another_towns_programme_keeps_that_town_whatever_its_address():
    text = ("塩尻市の地域ICT人材育成事業の視察について\n\n"
            "長野県塩尻市が進める地域ICT人材育成事業について、議会総務委員会が視察を行いました。"
            "塩尻市では、市内の若者や子育て中の方を対象にICTの研修を行い、業務を受託する仕組みを整えています。\n")
    m = _meta(text, url="https://www.city.toyokawa.lg.jp/shisei/gikai/shisatsu.html")
    assert m.prefecture == ("長野県",)


# --- a town relaying the state body's notice under its name -------------------------------------------------

_RELAYED = ("消費者庁・国民生活センターからの情報提供\n\n"
            "更新日:2022年8月3日\n\n"
            "消費者庁・国民生活センターからの注意喚起情報についてお知らせします。\n\n"
            "【令和4年7月28日】人気通信販売サイトを装った偽サイトに関する注意喚起\n"
            "公式通信販売サイトを装った偽サイトで商品を注文してしまったなどの相談が寄せられています。"
            "代金を支払ったのに商品が届かない、連絡が取れないといった被害が発生しています。\n")


def test_a_towns_page_relaying_a_state_bodys_warnings_is_not_national():
    m = _meta(_RELAYED)
    assert "全国" not in m.region and m.prefecture == ()


def test_the_state_bodys_own_page_pointing_to_another_bodys_warning_stays_national():
    # 消費者庁's own page, whose heading passes on the 国民生活センター's warning, not its own.
    own = ("消費者庁\n\n報道発表資料\n令和4年7月28日\n消費者庁\n\n"
           "通信販売サイトを装った偽サイトに関する注意喚起\n"
           "消費者庁は、公式通信販売サイトを装った偽サイトに関する相談が全国の消費生活センターに寄せられていることから、"
           "消費者の皆様に注意を呼び掛けます。\n"
           "あわせて、国民生活センターからの注意喚起もご覧ください。\n")
    assert _meta(own).region == ("全国",)
    # The body's own notice under its name, signed on a line of its own.
    signed = "消費者庁からのお知らせ\n消費者庁\n偽サイトに関する相談が寄せられています。ご注意ください。\n"
    assert _meta(signed).region == ("全国",)


# --- a town's counter kept open in the evening ----------------------------------------------------------------

_NIGHT_COUNTER = ("マイナンバー関連業務について夜間窓口を延長します\n\n"
                  "マイナンバーカード普及促進のため、水曜日の夜間窓口の開設時間を下記のとおり延長します。\n"
                  "日時:毎週水曜日(祝日除く)午後7時30分まで\n\n"
                  "マイナンバー制度とは\n"
                  "マイナンバー制度は、行政を効率化し、国民の利便性を高め、公平・公正な社会を実現する社会基盤です。\n")


def test_a_towns_evening_counter_quoting_the_schemes_people_is_not_national():
    assert "全国" not in _meta(_NIGHT_COUNTER).region


def test_the_states_page_on_the_scheme_or_opening_a_consultation_desk_stays_national():
    scheme = _NIGHT_COUNTER.split("マイナンバー制度とは\n", 1)[1]
    assert _meta("マイナンバー制度とは\n" + scheme).region == ("全国",)
    # A desk the state opens (窓口を開設) is no town's office hours.
    desk = ("マイナンバーカードに関する相談窓口を開設しました\n\n"
            "国民の皆様からのお問い合わせにお答えするため、マイナンバー総合フリーダイヤルの窓口を開設しました。"
            "マイナンバー制度は、国民の利便性を高め、公平・公正な社会を実現する社会基盤です。\n")
    assert _meta(desk).region == ("全国",)


# --- a speaker's town on the excerpt's last line, cut in mid-sentence -----------------------------------------

_SEMINAR = ("総務省トップ>組織案内>地方支分部局>中国総合通信局>広島市で「地域ICTセミナーin広島」を開催\n\n"
            "広島市で「地域ICTセミナーin広島」を開催\n\n"
            "中国総合通信局(局長:山田太郎)は、令和6年2月9日(金)、広島県広島市の広島国際会議場において、"
            "地域の課題解決にICTを利活用することを目的にセミナーを開催し、自治体職員など80名の参加がありました。\n"
            "まず、総務省の担当官から地域DXの支援施策について講演がありました。\n\n"
            "続いて、全国的にも優良なICTを利活用した地域づくりの事例について講演していただきました。\n")


def test_a_speakers_town_on_a_cut_last_line_is_passing():
    # The excerpt ends inside the sentence introducing the speaker: running text, not a heading.
    text = _SEMINAR + "徳島県上勝町において高齢者の彩り事業に取り組む株式会社いろどり代表取締役の横石"
    m = _meta(text)
    assert m.region == ("中国",) and m.prefecture == ("広島県",)


def test_a_heading_closing_the_page_keeps_its_place():
    # A heading on the last line of a page saved whole (its line break kept): the place it heads is kept.
    text = _SEMINAR + "徳島県上勝町のいろどり事業について\n"
    assert "徳島県" in _meta(text).prefecture


# --- a list of every bureau's contact ---------------------------------------------------------------------------

_EVERY_BUREAU = ("無線従事者免許証の再交付について\n\n"
                 "(1)氏名に変更を生じたときは、免許証の再交付を申請することができます。\n"
                 "(2)申請書は総務省電波利用ポータルからダウンロードできます。手数料は2,100円です。\n"
                 "詳細については、以下の各地方総合通信局等の担当窓口までお問い合わせください。\n"
                 "北海道総合通信局TEL:011-709-2311 |\n"
                 "関東総合通信局TEL:03-6238-1749 |\n"
                 "北陸総合通信局TEL:076-233-4461 |\n"
                 "信越総合通信局TEL:026-234-9967 |\n"
                 "東海総合通信局TEL:052-971-9186 |\n"
                 "近畿総合通信局TEL:06-6942-8550 |\n"
                 "九州総合通信局TEL:096-326-7846 |\n"
                 "沖縄総合通信事務所TEL:098-865-2315 |\n")


def test_a_list_of_every_bureaus_contact_names_no_place():
    m = _meta(_EVERY_BUREAU)
    assert "北海道" not in m.region and m.prefecture == ()
    # With the address of the bureau whose page it is, that bureau's block.
    m = _meta(_EVERY_BUREAU, url="https://www.soumu.go.jp/soutsu/tohoku/shikaku/saikoufu.html")
    assert m.region == ("東北",)


def test_a_bureaus_page_naming_two_other_bureaus_or_a_place_of_its_own_keeps_them():
    # A bureau lending a transmitter through another bureau: three bureaus, the places are read as before.
    lend = ("信越総合通信局は、当局が所有する臨時災害放送局用FM送信機を、九州総合通信局を通じて熊本県御船町に貸与しました。"
            "関東総合通信局とも連携して、被災地での臨時災害放送局の開設を支援します。\n")
    assert "熊本県" in _meta(lend).prefecture
    # Every bureau listed below a page on one town's case: the town stays.
    town = ("長野県塩尻市で無線従事者養成課程を開催します\n\n"
            "塩尻市の塩尻インキュベーションプラザにおいて、第三級陸上特殊無線技士の養成課程を開催します。\n"
            + _EVERY_BUREAU.split("\n", 1)[1])
    assert _meta(town).prefecture == ("長野県",)


# --- the ministry sending its readers to the bureau of their area -------------------------------------------------

_GRANT_QA = ("「共聴施設高度化改修事業」を活用する場合\n"
             "既存設備を光ケーブル化し改修する際、支線撤去が必要な部分の費用に限り、補助対象に含まれます。\n"
             "なお、共聴施設を廃止する場合、過去に補助事業を受けて設置した施設については財産処分手続きが必要な場合がありますので、"
             "施設所在地を管轄する総合通信局にお問い合わせください。\n")


def test_a_page_sending_readers_to_the_bureau_of_their_area_is_national():
    assert _meta(_GRANT_QA).region == ("全国",)


def test_a_town_or_a_bureau_sending_readers_to_a_bureau_is_not_national():
    # A town's page on interference (its 市民): its own.
    town = ("テレビの受信障害について\n市民の皆さんのご家庭でテレビが映りにくい場合は、"
            "最寄りの総合通信局にご相談ください。\n")
    assert "全国" not in _meta(town).region
    # A bureau's page (当局): its own block, which only its address gives.
    bureau = _GRANT_QA.replace("お問い合わせください。", "お問い合わせください。当局管内の施設は当局で受け付けます。")
    assert "全国" not in _meta(bureau).region
