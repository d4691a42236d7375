"""places40: region and prefecture derivation — a speaker's quoted words read once per page (no longer
searched again for every place on a long line), …"""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.regions import _in_a_speech


def _derive(text: str, title: str | None = None, path: str = "page.txt"):
    return derive_metadata(text, title=title or text.strip().splitlines()[0], path=Path(path))


# A bureau's release: the head's quoted words name a prefecture of its area as a topic of the speech.
SPEECH = (
    "東北総合通信局長が講演\n報道資料\n東北総合通信局\n"
    "東北総合通信局長が、宮城県仙台市で開かれた会合において講演しました。\n"
    "局長から「福島県内の避難者の帰還促進に向け、通信環境の整備を進める」と述べました。\n"
)
# The same place after the quotation closed, on the same line, or two lines below it: the page's own.
AFTER_QUOTE = (
    "東北総合通信局長が講演\n報道資料\n東北総合通信局\n"
    "東北総合通信局長が、宮城県仙台市で開かれた会合において講演しました。\n"
    "局長から「通信環境の整備を進める」と述べ、福島県内の避難所を訪ねました。\n"
)
LINES_BELOW = (
    "東北総合通信局長が講演\n報道資料\n東北総合通信局\n"
    "局長から「通信環境の整備を進める」と述べました。\n\n福島県内の避難所を訪ねました。\n"
)


def test_a_place_in_a_speakers_quoted_words_is_aside_on_a_bureau_page():
    m = _derive(SPEECH)
    assert m.prefecture == ("宮城県",)


def test_a_place_after_the_quotation_or_lines_below_it_is_the_pages():
    assert "福島県" in _derive(AFTER_QUOTE).prefecture
    assert _derive(LINES_BELOW).prefecture == ("福島県",)


def test_in_a_speech_reads_the_opening_on_the_line_or_the_line_before():
    text = "会長は、\n「本日は福島県から参りました。」\n福島県の取組。"
    first, second = text.find("福島県"), text.rfind("福島県")
    assert _in_a_speech(text, first)
    assert not _in_a_speech(text, second)  # the quotation closed before it
    far = "会長は、\n\n\n「本日は福島県から」"
    assert not _in_a_speech(far, far.find("福島県"))  # the speaker three lines up is no longer its line's


# A town presenting where it lies: the cities it measures its distance to are elsewhere.
DISTANCES = (
    "野洲市の概要\n"
    "野洲市は、滋賀県の南部に位置しています。人口は50,658人、面積は80.15km2です。"
    "大阪市まで約65キロメートル(約60分)、京都市まで約25q(約30分)の距離にあり、京阪神への通勤者も多くなっています。\n"
)
JOURNEY = (
    "移住のご案内\n美作市は岡山県の北東部に位置し、大阪から車で約2時間、姫路市まで約60kmです。\n"
    "豊かな自然の中で子育てができます。\n"
)
CAPITAL = "地域情報化計画\n本町は、東京都心から約80キロメートルの距離にあり、千葉県の北西部に位置しています。\n"


def test_a_place_a_distance_is_measured_to_is_no_place_of_the_page():
    assert _derive(DISTANCES).prefecture == ("滋賀県",)
    assert _derive(JOURNEY).prefecture == ("岡山県",)
    assert _derive(CAPITAL).prefecture == ("千葉県",)


# Where it must not fire: a venue's walk from its station, a share (3分の1), a count of people from a place.
WALK = "講演会のお知らせ\n会場:野洲市立図書館(野洲駅から徒歩10分)\n参加費は無料です。\n"
SHARE = "アンケート結果\n回答のうち大阪府から約3分の1、兵庫県から約4分の1の回答がありました。\n"
VISITORS = "防災フォーラムを開催しました\n石川県から約300人が参加し、避難所の通信確保について意見を交わしました。\n"


def test_a_walk_a_share_or_a_count_keeps_its_place():
    assert _derive(WALK).prefecture == ("滋賀県",)
    assert set(_derive(SHARE).prefecture) == {"大阪府", "兵庫県"}
    assert _derive(VISITORS).prefecture == ("石川県",)


# A prefecture's table of the schemes it relays: its division and the scheme's ministry on one line.
SCHEME_LINE = (
    "国の補助事業の御案内\n長野県デジタル推進課 所管省庁 内閣府\n"
    "県内の市町村の皆様は、申請前に県のデジタル推進課へ御相談ください。\n"
)


def test_a_schemes_ministry_on_the_issuers_line_is_not_the_issuer():
    from ictsearch.indexer.metadata import docinfo
    assert docinfo.organization(SCHEME_LINE, "国の補助事業の御案内")[0] == "長野県デジタル推進課"
    m = _derive(SCHEME_LINE)
    assert "全国" not in m.region and m.prefecture == ("長野県",)
    # Alone on its line the field names no issuer, whichever ministry it names.
    for field in ("所管省庁 文部科学省", "所管省庁:総務省", "所轄省庁 内閣府地方創生推進事務局"):
        assert docinfo.organization(f"支援事業名 学校ICT環境整備\n{field}\n", "")[0] is None, field


# Where it must not cut: a page to the ministries in charge (所管省庁の皆様へ) signed by the ministry.
def test_a_ministry_writing_to_the_ministries_in_charge_signs_its_page():
    from ictsearch.indexer.metadata import docinfo
    assert docinfo.organization("総務省 所管省庁の皆様へ\n標準化の作業方針を示します。\n", "")[0] == "総務省"


# A town's diary of its mayor, 石川 by name: 石川町 (福島県) is his surname before his office.
MAYORS_DIARY = (
    "町長の活動報告2024年6月\n\n6月1日(土)町長座談会の開催(玉村町文化センター小ホールにて)\n\n説明をする石川町長\n\n"
    "町長座談会は令和6年度予算の説明を中心に話をさせていただきました。\n"
    "6月4日(火)髙橋幸一郎昭和村長が石川町長へ就任あいさつのため玉村町役場にご来庁(役場応接室にて)\n\n"
    "昭和村長と記念撮影をする石川町長\n\n6月13日(木)五常工業株式会社様より設備改修工事の寄附(役場応接室にて)\n\n"
    "記念撮影をする石川町長\n\n地域の歴史的有形文化財を、次の世代に渡していきたいと思います。\n"
)
# Where it must not fire: 石川町's own page (no other town), and a mayor visiting a town of his own prefecture.
OWN_MAYOR = "町長の動き\n石川町長が町内の小学校を訪問し、タブレット端末を使った授業を視察しました。\n"
SAME_PREFECTURE = "町長の動き\n石川町長が福島市を訪れ、光ファイバ網の整備について要望しました。\n"


def test_a_town_written_only_as_a_mayors_title_beside_another_prefectures_town_is_no_place():
    m = _derive(MAYORS_DIARY)
    assert m.prefecture == ("群馬県",) and m.region == ("関東",)


def test_a_mayors_own_town_or_one_beside_his_prefectures_towns_stays():
    assert _derive(OWN_MAYOR).prefecture == ("福島県",)
    assert _derive(SAME_PREFECTURE).prefecture == ("福島県",)


# A governor's diary: a member of a union's assembly asks, named after his town.
GOVERNORS_DIARY = (
    "知事の動き\n午前中は庁内で協議を行う。その後、滋賀県文化財保護連盟の皆様よりご要望をお受けする。\n"
    "午後は、関西広域連合議会に出席。私は堺市の西村昭三議員より質問のありました、災害廃棄物の広域処理について答弁いたしました。\n"
)
# Where it must not fire: the place's own assembly and its members.
OWN_ASSEMBLY = "議会だより\n長野県議会議員の定数について、県民の皆様に説明会を開きます。\n"
CITY_ELECTION = "選挙のお知らせ\n松本市議会議員選挙の日程をお知らせします。\n"


def test_a_members_town_before_his_name_is_no_place_of_the_page():
    assert _derive(GOVERNORS_DIARY).prefecture == ("滋賀県",)


def test_a_places_own_assembly_members_keep_the_place():
    assert _derive(OWN_ASSEMBLY).prefecture == ("長野県",)
    assert _derive(CITY_ELECTION).prefecture == ("長野県",)


# A White Paper's section saved alone: the laws cited by their numbers written short.
LAW_SHORT = (
    "無人航空機については,飛行する空域や飛行方法などの基本的なルールを定めた航空法(昭27法231)やガイドライン等により,"
    "引き続き安全を確保していくとともに,山間部等における荷物配送を実施し,高度な飛行を可能とする技術開発を進める。\n"
)
# Where it must not fire: a town's page citing the law in full, and one citing it short beside 本市.
LAW_FULL = (
    "ドローンの飛行について\n公園でドローンを飛行させる場合は、航空法(昭和27年法律第231号)に基づく許可のほか、"
    "公園管理者への届出が必要です。\n"
)
LAW_SHORT_LOCAL = "ドローンの飛行について\n本市の公園では、航空法(昭27法231)に基づく許可のほか、届出が必要です。\n"


def test_a_law_cited_by_its_short_number_makes_a_page_naming_no_place_national():
    assert _derive(LAW_SHORT, title="無人航空機の安全確保").region == ("全国",)


def test_a_law_cited_in_full_or_on_a_towns_own_page_does_not():
    assert _derive(LAW_FULL).region == ()
    assert _derive(LAW_SHORT_LOCAL).region == ()


# A bureau's ceremony at a hotel named after its city, its venue field glued to the name by the extraction.
CEREMONY = (
    "報道資料\n令和6年5月27日\n東海総合通信局\n令和6年度「電波の日・情報通信月間」記念式典を開催\n"
    "総務省東海総合通信局は、東海情報通信懇談会と記念式典を開催し、電波利用及び情報通信の発展に貢献された個人・団体に対して表彰を行います。\n"
    "1 日時令和6年6月4日(火)午前11時00分から11時55分まで\n2 場所名古屋観光ホテル「那古の間」(3階)\n"
)
# Where it must not fire: a hotel named after no town, and a stem glued inside another word before ホテル.
NO_TOWN_HOTEL = (
    "報道資料\n九州総合通信局\n記念式典を開催\n九州総合通信局は、記念式典を開催します。\n1 場所 帝国ホテル「孔雀の間」\n"
)
GLUED_HOTEL = "報道資料\n九州総合通信局\n記念式典を開催\n1 会場 新熊本観光ホテル\n"


def test_a_hotel_named_after_its_city_places_the_ceremony():
    assert _derive(CEREMONY).prefecture == ("愛知県",)


def test_a_hotel_named_after_no_town_or_a_glued_stem_places_nothing():
    assert _derive(NO_TOWN_HOTEL).prefecture == ()
    assert _derive(GLUED_HOTEL).prefecture == ()


# A prefecture's answer to a resident: its programme named in romaji, 本県 everywhere else.
ROMAJI_BRAND = (
    "県のDXの取組みについて\n更新日:2022年9月9日\n"
    "本県では、昨年3月に「Yamagata幸せデジタル化構想」を策定し、誰もがデジタル化の恩恵を受けられる社会を目指しています。\n"
    "県としては、今後とも様々な企業と連携しながら、県民の幸せ実現に向けたデジタル化に取り組んでまいります。\n"
)
# Where it must not fire: the romaji in the prefecture's web address, and a town's page (no 本県) with a brand.
ROMAJI_ADDRESS = (
    "県のDXの取組みについて\n本県では、デジタル化を進めています。詳しくは https://www.pref.yamagata.jp/dx/ をご覧ください。\n"
)
ROMAJI_OTHER = "東京2020大会の記録\n本県では、Tokyo 2020の事前合宿を受け入れ、岩手の魅力を発信しました。\n"


def test_a_prefectures_brand_in_romaji_places_its_page():
    assert _derive(ROMAJI_BRAND).prefecture == ("山形県",)


def test_romaji_in_an_address_or_beside_its_own_stem_in_kanji_does_not():
    assert _derive(ROMAJI_ADDRESS).prefecture == ()
    assert _derive(ROMAJI_OTHER).prefecture == ("岩手県",)


# A prefecture's budget sheet (its own money: 財源:単県) on a national alert service, naming no place.
BUDGET_SHEET = (
    "将来ビジョン関連事業(守る/実践型の防災・危機管理)\n防災局防災チーム情報システム管理担当\n"
    "要求額:50,285千円財源:単県\n"
    "・ 緊急地震速報のほかに、津波予報、気象警報・注意報、国民保護に関する緊急情報も配信される。\n"
    "・ 市町村役場で受信し、防災行政無線と連動させて住民へお知らせすることが第一の目的。\n"
)
# Where it must not fire: a ministry's page counting per prefecture (都道府県単位) is still the country's.
PER_PREFECTURE = (
    "緊急地震速報の配信について\n緊急地震速報は、国民保護に関する情報とともに都道府県単位で配信されます。\n"
)


def test_a_prefectures_own_money_marks_its_budget_sheet_local():
    assert "全国" not in _derive(BUDGET_SHEET).region
    assert _derive(PER_PREFECTURE).region == ("全国",)


# A city's page passing on the consumer agency's warnings: the law it quotes writes 内閣総理大臣.
RELAYED_NOTICE = (
    "消費者庁からの注意喚起(消費者安全法第38条1項に基づく情報提供)\n更新日:2025年7月1日\n"
    "消費者安全法第38条の第1項では、内閣総理大臣が消費者事故の発生等に関する情報を得た場合、"
    "その情報を都道府県および市町村に提供および公表できる、と定められています。\n情報提供一覧\n"
)
# Where it must not fire: the ministry's own notice, signed, and a notice titled without its source.
MINISTRY_NOTICE = "総務省からのお知らせ\n総務省\n令和7年度の電波利用料の納付について、大臣の告示に基づきお知らせします。\n"
UNSOURCED = (
    "消費者事故に関する注意喚起\n内閣総理大臣が消費者事故の発生等に関する情報を得た場合、"
    "その情報を公表できると定められています。\n"
)


def test_a_title_passing_on_a_state_bodys_notice_is_no_national_page():
    assert _derive(RELAYED_NOTICE).region == ()
    assert _derive(MINISTRY_NOTICE).region == ("全国",)
    assert _derive(UNSOURCED).region == ("全国",)


# A city's page on the convenience-store service, its name shared by two prefectures (府中市: 東京都, 広島県).
AMBIGUOUS_CITY = (
    "コンビニ交付サービス\n最終更新日:2022年11月10日\n"
    "マイナンバーカードを利用して、コンビニエンスストアの多機能端末機から住民票の写し等を取得できるサービスです。"
    "住んでいる区市町村だけでなく、全国のコンビニ交付対応店舗で府中市の証明書が取得できます。\n"
    "利用できる店舗\n全国のセブン-イレブン、ローソン、ファミリーマートなど\n"
)
# Where it must not fire: a national page giving that city as an example.
AMBIGUOUS_EXAMPLE = (
    "コンビニ交付の普及\n全国の自治体でコンビニ交付の導入が進んでいます。例えば、府中市では証明書の8割がコンビニで交付されています。\n"
)


def test_a_page_of_a_city_whose_name_two_prefectures_share_is_not_national():
    assert _derive(AMBIGUOUS_CITY).region == ()
    assert _derive(AMBIGUOUS_EXAMPLE).region == ("全国",)


# A town's page on マイナンバー under its residents' menu: the scheme's own words (国民) are quoted.
RESIDENTS_MENU = (
    "ホーム>くらし>マイナンバー\n\nマイナンバー\n\nマイナンバー制度(社会保障・税番号制度)\n"
    "マイナンバーは、行政を効率化し、国民の利便性を高め、公平かつ公正な社会を実現する社会基盤です。\n"
)
# Where it must not fire: the government's public-relations site's menu (暮らしに役立つ情報).
GOVERNMENT_MENU = (
    "ホーム>暮らしに役立つ情報>マイナンバー\n\nマイナンバーは、行政を効率化し、国民の利便性を高める社会基盤です。\n"
)


def test_a_breadcrumb_of_a_residents_menu_marks_a_local_page():
    assert _derive(RESIDENTS_MENU, title="マイナンバー").region == ()
    assert _derive(GOVERNMENT_MENU, title="マイナンバー").region == ("全国",)


# A bureau's page opening on the ministry and itself as one subject.
JOINT_SUBJECT = (
    "総務省及び四国総合通信局では、南海地震や風水害などの大規模自然災害等の発生を想定し、防災対策の体制を整備しています。\n"
    "災害発生時には、地方公共団体等から要請があった際に、移動通信機器を無償で貸与します。\n"
)
# Where it must not fire: the ministry with all its bureaus (各総合通信局): the country's.
EVERY_BUREAU = (
    "総務省及び各総合通信局では、大規模自然災害等の発生を想定し、防災対策の体制を整備しています。\n"
    "災害発生時には、地方公共団体等から要請があった際に、移動通信機器を無償で貸与します。\n"
)


def test_the_ministry_and_its_bureau_as_one_subject_sign_the_bureaus_page():
    from ictsearch.indexer.metadata import docinfo
    assert docinfo.organization(JOINT_SUBJECT, JOINT_SUBJECT.splitlines()[0])[0] == "四国総合通信局"
    assert _derive(JOINT_SUBJECT).region == ("四国",)
    assert _derive(EVERY_BUREAU).region == ("全国",)


# A regional bureau's mail magazine: the ministry written before its office of one area.
BUREAU_MAGAZINE = (
    "中部経済産業局メールマガジン第1064号\n\n~最新の施策・タイムリーな話題・イベント・セミナー・公募情報~\n\n"
    "経済産業省中部経済産業局メールマガジン\n\nトピックス\n\nものづくり企業のDX支援セミナーを開催します。\n"
)
# Where it must not fire: the ministry itself written alone.
MINISTRY_ALONE = "ものづくり白書の公表\n\n経済産業省は、ものづくり企業のDXの現状を取りまとめました。\n"


def test_a_ministry_before_its_office_of_one_area_is_no_national_voice():
    assert "全国" not in _derive(BUREAU_MAGAZINE).region
    assert _derive(MINISTRY_ALONE).region == ("全国",)


# A state body's page naming the town it sits in.
SEAT = (
    "電子基準点(GPS測量の基準)\n電子基準点は、全国1,240箇所に設置しているGPS連続観測を行う国家基準点です。"
    "電子基準点は、GPS衛星からの電波を受信し、茨城県つくば市の国土地理院(本院)に観測データを送信しています。"
    "全国約13万箇所の国家基準点は、地図作成の基準として利用されています。\n"
)
# Where it must not fire: a town's own work named with の (つくば市の取組, つくば市の研究機関).
TOWN_WORK = "スマートシティの推進\nつくば市の取組として、茨城県つくば市の研究機関と連携し、自動運転の実証を行いました。\n"


def test_a_town_written_as_a_state_bodys_seat_is_no_place_of_its_page():
    assert _derive(SEAT).region == ("全国",) and _derive(SEAT).prefecture == ()
    assert _derive(TOWN_WORK).prefecture == ("茨城県",)
