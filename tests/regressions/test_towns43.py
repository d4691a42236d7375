"""towns43: forms in which municipal and prefecture pages name their place, written by the helper in the style of
real pages and labelled by bench/realdocs/README.md's conventions before any run: a town name several prefectures
share, settled by the prefecture the page writes by its suffix alone (国・府支出金, 道内); a 郡 written without a town
of it; a town and its neighbours written without their suffix (南三陸の, 気仙沼に隣接する); the areas prefectures
divide themselves into (置賜地域, 峡北広域行政事務組合); a prefecture's page writing 本県 / 県内 and signed by its own
department; with the pages where each must not fire."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata import regions


def _places(text: str, title: str | None = None):
    m = derive_metadata(text, title=title or text.strip().splitlines()[0], path=Path("page.txt"))
    return set(m.region), set(m.prefecture)


# --- A town name several prefectures share, settled by the prefecture's body written by its suffix alone.

# 太子町 is 大阪府's and 兵庫県's; a town's settlement report writes its prefecture's money as 国・府支出金 and
# its dependence as 国や府: 大阪府's.
TAISHI_SETTLEMENT = (
    '令和5年度 主要施策決算報告\n'
    '更新日:2024年12月20日\n'
    '太子町議会(令和6年9月定例会)において、町長が行った「令和5年度 主要施策決算報告」について、掲載します。\n'
    '歳入では、町税や地方交付税が増額となり、全体として対前年度比1.2パーセントの増加となりました。\n'
    '依存財源と言われる地方交付税、地方譲与税、国・府支出金、町債等の合計は歳入総額の63.8パーセントを占め、'
    '依然として国や府に依存した財政構造となっています。\n'
)


def test_a_shared_town_name_is_the_prefecture_whose_money_the_page_writes_by_its_suffix():
    assert _places(TAISHI_SETTLEMENT) == ({'近畿'}, {'大阪府'})


# 森町 is 北海道's and 静岡県's; 道内 says which.
MORI_APP = (
    '防災アプリの配信開始\n'
    '町では、防災情報を受け取れるスマートフォン用アプリの配信を開始しました。道内の町村では初めての取組です。\n'
    'この記事に関するお問い合わせ先\n'
    '森町 総務課 危機管理係\n'
)


def test_dounai_settles_mori_as_hokkaidos():
    assert _places(MORI_APP) == ({'北海道'}, {'北海道'})


# 府中市 is 東京都's and 広島県's; 都の補助金 says which.
FUCHU_CONVENIENCE = (
    'コンビニ交付サービスの開始\n'
    '府中市では、令和7年1月から住民票の写しなどのコンビニ交付を始めます。'
    '都の補助金を活用し、市内のすべての出張所にもキオスク端末を設置します。\n'
)


def test_to_no_hojokin_settles_fuchu_as_tokyos():
    assert _places(FUCHU_CONVENIENCE) == ({'関東'}, {'東京都'})


# 美里町 is 宮城県's, 埼玉県's and 熊本県's: 県内 is every candidate's, and settles nothing.
MISATO_KENNAI = (
    '地域情報化計画の策定について\n'
    '美里町では、県内の町村に先駆けて、光回線の整備と行政手続のオンライン化を柱とする地域情報化計画を策定しました。\n'
)


def test_a_suffix_every_candidate_shares_settles_nothing():
    assert _places(MISATO_KENNAI) == (set(), set())


# 国や都道府県 is no 都 and no 府: 伊達市 (北海道 or 福島県) stays unplaced.
DATE_TODOFUKEN = (
    'マイナンバーカードの普及促進\n'
    '伊達市では、国や都道府県と連携し、マイナンバーカードの出張申請窓口を開設します。\n'
)


def test_todofuken_is_no_body_of_one_prefecture():
    assert regions.settled_town(DATE_TODOFUKEN, ('北海道', '福島県')) is None
    assert _places(DATE_TODOFUKEN) == (set(), set())


# --- A 郡 written without a town of it.

KAMIKITA_MAIL = (
    '上北郡の町村と連携した防災メールの配信\n'
    '郡内の各町村では、令和6年4月から防災情報を共通のメール配信サービスで配信しています。登録は無料です。\n'
)


def test_a_district_of_one_prefecture_is_that_prefecture():
    assert _places(KAMIKITA_MAIL) == ({'東北'}, {'青森県'})


# 安芸郡 is 広島県's and 高知県's.
AKI_GUN = (
    '光回線の整備状況\n'
    '安芸郡の各町では、光回線の整備が進んでいます。未整備地区の解消に向け、事業者と協議を続けています。\n'
)


def test_a_district_name_two_prefectures_share_gives_no_place():
    assert _places(AKI_GUN) == (set(), set())


# --- A town and its neighbours written without their suffix, on a town's own page.

MINAMISANRIKU_GREETING = (
    '町長あいさつ\n'
    '皆さんこんにちは。気仙沼に隣接する南三陸の町長です。震災から13年、町民の皆様とともに復興を進めてまいりました。\n'
    '今年度は、防災行政無線のデジタル化と、公共施設への公衆無線LANの整備を進めます。\n'
)


def test_a_town_writing_itself_and_its_neighbour_without_suffix_is_theirs():
    assert _places(MINAMISANRIKU_GREETING) == ({'東北'}, {'宮城県'})


# Two stems of two prefectures (軽井沢 of 長野県, 南三陸 of 宮城県): which is the page's, the text does not say.
TWO_STEMS = (
    '移住相談会のご案内\n'
    '町では、軽井沢のような移住先を目指す取組として、南三陸の事例を学ぶ移住相談会を開催します。町民の方も参加できます。\n'
)


def test_stems_of_two_prefectures_give_no_place():
    assert _places(TWO_STEMS) == (set(), set())


# 上田 is 長野県's 上田市 and a family name: a two-character stem is not read alone.
UEDA_FAMILY = (
    '町長の動静\n'
    '5月10日 上田の両氏と懇談(町長室)。町民の皆様からのご意見を伺いました。\n'
)


def test_a_two_character_stem_is_not_read_as_a_town():
    assert _places(UEDA_FAMILY) == (set(), set())


# --- The areas prefectures divide themselves into.

OKITAMA = (
    '置賜地域の光回線整備状況\n'
    '置賜地域では、中山間地を中心に光回線の未整備地区が残っています。地域の市町と連携して整備を進めます。\n'
)


def test_an_area_of_one_prefecture_is_that_prefecture():
    assert _places(OKITAMA) == ({'東北'}, {'山形県'})


KYOHOKU_NET119 = (
    'Net119緊急通報システムの導入について\n'
    '峡北広域行政事務組合消防本部では、聴覚や言語に障害のある方が、スマートフォンから119番通報できる'
    'Net119緊急通報システムを導入しました。\n'
)


def test_an_area_before_koiki_is_the_area():
    assert _places(KYOHOKU_NET119) == ({'関東'}, {'山梨県'})


# 国道南側 is a road's south side, not 北海道's 道南.
KOKUDO_MINAMI = (
    '歩道の改良工事について\n'
    '町では、国道南側の歩道の改良工事を行います。工事期間中はご不便をおかけします。町民の皆様のご協力をお願いします。\n'
)


def test_dounan_inside_kokudou_is_no_area():
    assert _places(KOKUDO_MINAMI) == (set(), set())


# --- A prefecture's page writing 本県 / 県内, signed by its own department.

GIFU_MATCHING = (
    '県内企業と首都圏企業のマッチング商談会\n'
    '本県では、県内のIT企業と東京都内の企業とのマッチング商談会を開催します。\n'
    '会場:東京都千代田区 有楽町駅前会議室\n'
    '\n\n\n\n\n\n\n\n\n\n'
    'このページに関するお問い合わせ\n'
    '岐阜県 商工労働部 産業デジタル推進課\n'
    '電話:058-272-1111\n'
)


def test_a_prefecture_signing_its_page_with_its_department_is_one_of_its_places():
    assert _places(GIFU_MATCHING) == ({'関東', '東海'}, {'東京都', '岐阜県'})


MIE_DX = (
    'デジタル化の推進状況\n'
    '本県の行政手続のオンライン化率は75%で、全国平均を上回っています。\n'
    '静岡県や愛知県など先進県の取組も参考に、さらなるDXを進めます。\n'
    '\n\n\n\n\n\n\n\n\n'
    '三重県 総務部 デジタル推進局\n'
)


def test_a_prefecture_citing_other_prefectures_signs_as_itself():
    assert _places(MIE_DX) == ({'東海'}, {'三重県'})


# Two prefectures' departments sign a joint page: neither is singled out as the page's own.
JOINT = (
    '合同セミナーの開催\n'
    '県内の中小企業を対象に、DXの合同セミナーを開催します。\n'
    '主催 長野県 産業労働部 産業政策課\n'
    '新潟県 産業労働部 創業・経営支援課\n'
)


def test_two_signing_prefectures_single_out_neither():
    assert regions._signed_prefecture(JOINT) is None


# A town's page on its visit to another prefecture's town, signed by its own section: both towns are its places
# (the visited town a subject, as a study visit's are; the signing town the issuer).
MANAZURU_VISIT = (
    'サテライトオフィス誘致の先進地視察を行いました\n'
    '町では、サテライトオフィス誘致の先進地である徳島県神山町を視察しました。町の空き家を活用した誘致に生かしてまいります。\n'
    '\n\n\n\n\n\n\n\n'
    'お問い合わせ\n'
    '真鶴町 企画調整課 移住定住係\n'
)


def test_a_town_signing_its_page_with_its_section_is_one_of_its_places():
    assert _places(MANAZURU_VISIT) == ({'関東', '四国'}, {'神奈川県', '徳島県'})


# Another prefecture's town named with its section (a guest's 長泉町企画財政課) beside the signing town's: no one
# signature.
GUEST_SECTION = (
    '移住定住セミナーを開催しました\n'
    '町では、移住定住セミナーを開催し、静岡県の長泉町企画財政課から先進事例をご紹介いただきました。\n'
    'お問い合わせ\n'
    '真鶴町 企画調整課 移住定住係\n'
)


def test_a_guest_towns_section_leaves_no_one_signature():
    assert regions._signed_town(GUEST_SECTION) is None


# A prefecture's budget sheet naming its own backbone by the prefecture's short name, writing only 県内 of itself.
TOTTORI_HIGHWAY = (
    '情報ハイウェイ管理運営事業\n'
    '事業費 要求額:120,000千円\n'
    '1 事業の目的・概要\n'
    '県内の情報通信の基幹回線である鳥取情報ハイウェイの管理運営を行い、市町村や民間事業者の利活用を促進する。\n'
)


def test_a_budget_sheet_writing_kennai_and_its_short_name_is_its_prefectures():
    assert _places(TOTTORI_HIGHWAY) == ({'中国'}, {'鳥取県'})


# 県内 and a family name that is a prefecture's short name (千葉さん): no place.
CHIBA_SAN = (
    'ICT活用セミナーの講師紹介\n'
    '県内の中小企業を対象としたICT活用セミナーの講師は、千葉さん(ITコーディネータ)です。\n'
)


def test_a_family_name_before_san_is_no_prefecture():
    assert _places(CHIBA_SAN) == (set(), set())


# 静岡県's name for itself in kana heads its menu's links (ふじのくに魅力情報) on a page writing no place.
FUJINOKUNI_MENU = (
    '• 総合トップへ\n'
    '  • ふじのくに魅力情報\n'
    '  • 音声読み上げ\n'
    'ホーム > くらし・環境 > 消費生活 > 年末年始、悪質商法にご注意ください!\n'
    '年末年始は公的機関が休みとなり、通信販売の定期購入に関する消費者トラブルが多発するおそれがあります。\n'
)


def test_fujinokuni_before_kanji_names_shizuoka():
    assert _places(FUJINOKUNI_MENU, title='年末年始、悪質商法にご注意ください!') == ({'東海'}, {'静岡県'})


# A company named after it is a company.
FUJINOKUNI_COMPANY = (
    '光回線工事のお知らせ\n'
    'ふじのくに通信株式会社が、町内の光回線の工事を行います。\n'
)


def test_fujinokuni_in_a_companys_name_is_no_place():
    assert _places(FUJINOKUNI_COMPANY) == (set(), set())


# A governor's press conference record marks the words the speaker left out: 鳥取[県] is 鳥取県.
TRANSCRIPT = (
    '知事定例記者会見\n'
    '令和元年12月26日(木)午前10時~ 県政記者室\n'
    '皆様、こんにちは。[県政]記者クラブ、そして県民の皆様に大変にお世話になりました。'
    '5月には全国「みどりの愛護」のつどいが開催され、両殿下がこの鳥取[県]へお越しになられました。\n'
)


def test_a_prefecture_with_its_suffix_in_editorial_brackets_is_the_prefecture():
    assert _places(TRANSCRIPT) == ({'中国'}, {'鳥取県'})


# [県政] alone is no place.
TRANSCRIPT_NO_NAME = (
    '知事定例記者会見\n'
    '皆様、こんにちは。[県政]記者クラブ、そして県民の皆様に大変にお世話になりました。\n'
)


def test_an_editorial_bracket_without_a_name_is_no_place():
    assert _places(TRANSCRIPT_NO_NAME) == (set(), set())


# A prefecture's plan named ふるさと + its short name, on a pointer page naming no place.
FURUSATO_PLAN = (
    '過去の県総合計画\n'
    '「ふるさと秋田元気創造プラン」(H22~H25)\n'
    '計画の概要と、計画期間中の主な取組の成果をまとめています。\n'
)


def test_furusato_before_a_prefectures_short_name_is_its_plan():
    assert _places(FURUSATO_PLAN) == ({'東北'}, {'秋田県'})


# ふるさと納税 names no prefecture.
FURUSATO_NOZEI = (
    'ふるさと納税のオンライン申請\n'
    'ふるさと納税の寄附は、ポータルサイトからオンラインで申し込むことができます。\n'
)


def test_furusato_nozei_is_no_place():
    assert _places(FURUSATO_NOZEI) == (set(), set())
