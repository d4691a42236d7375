"""themes38: words with which Japanese government pages name a theme that the vocabulary missed — a town's
emergency-call service for old people living alone (医療・介護・健康), the 電子計算組織 of old municipal rules
(自治体DX・行政手続), a town's 告知放送 terminals (a weak word of 防災・減災) — each with pages of the same words where
it must not fire."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.analysis import analyze
from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import THEMES, _tally

HEALTH = "医療・介護・健康"
DX = "自治体DX・行政手続"
DISASTER = "防災・減災"


def themes_of(text: str, title: str = "お知らせ") -> set[str]:
    return {t for t, _ in derive_metadata(text, title=title, path=Path("page.txt")).themes}


def tally(text: str, theme: str) -> tuple[float, int]:
    """(weighted hits, strong hits) of theme in text."""
    weighted, strong, _ = _tally([t.text for t in analyze(text)])
    k = THEMES.index(theme)
    return weighted[k], strong[k]


# --- 緊急通報: the welfare service a town lends to old people living alone --------------------------------------------

# A town's welfare page: the device an old person living alone presses when taken ill.
CALL_SYSTEM = (
    "緊急通報システムの設置\n"
    "更新日:2023年4月1日\n"
    "緊急通報システムは、ひとり暮らし高齢者などの方に対し、ご自宅に装置を設置し、急病や事故などの緊急事態が"
    "発生した場合に、ボタンを押すだけで受信センターに通報できるものです。受信センターでは看護師などの専門職が"
    "24時間体制で相談に応じ、必要に応じて救急車の要請や協力員への連絡を行います。\n"
    "対象者 町内に住所を有するおおむね65歳以上のひとり暮らし高齢者、または高齢者のみの世帯の方\n"
    "費用 設置費用は無料です。月額利用料は所得に応じて負担していただきます。\n"
    "問い合わせ先 高齢福祉課 高齢者支援係\n"
)

# A fire department's notice of NET119: emergency calls by smartphone for people who cannot speak on the phone.
NET119 = (
    "NET119緊急通報システムが開始されます\n"
    "消防本部では、令和3年4月1日からNET119緊急通報システムの運用を開始します。このシステムは、聴覚や言語機能に"
    "障害のある方が、スマートフォンなどから文字入力で119番通報ができるものです。通報者の位置情報が自動的に"
    "消防本部に送られ、チャット形式で救急車や消防車の出動を要請できます。利用には事前の登録が必要です。"
    "登録を希望される方は、消防本部警防課までお申し込みください。\n"
)

# A ministry's press release on a carrier's outage that stopped emergency calls.
OUTAGE = (
    "電気通信事業者に対する行政指導\n"
    "総務省は、本日、携帯電話サービスの一部の提供を停止させた重大な事故に関して、電気通信事業者に対し行政指導を"
    "行いました。今回の事故は、約2日半にわたって緊急通報を含む携帯電話の利用に支障をきたし、多くの利用者に影響を"
    "与えたものです。同社に対し、再発防止策の徹底と利用者への周知を求めました。\n"
)


def test_emergency_call_service_for_the_elderly_is_care():
    assert tally(CALL_SYSTEM, HEALTH)[1] >= 2
    assert HEALTH in themes_of(CALL_SYSTEM, title="緊急通報システムの設置")


def test_other_emergency_calls_are_not_care():
    for text in (NET119, OUTAGE):
        assert tally(text, HEALTH)[1] == 0
        assert HEALTH not in themes_of(text)


# --- 電子計算組織: the office's computer system in a town's old rules ----------------------------------------------------

RULES = (
    "○電子計算組織の管理運営に関する規則\n"
    "平成2年4月1日\n"
    "規則第6号\n"
    "(目的)\n"
    "第1条 この規則は、町が電子計算組織を適正に管理運営するため必要な事項を定めることを目的とする。\n"
    "(定義)\n"
    "第2条 この規則において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n"
    "(1) 電子計算組織 与えられた一連の処理手順に従って事務を自動的に処理する電子的機械の組織をいう。\n"
    "(2) 電算処理 電子計算組織に情報を記録し、電子計算組織により情報を作成することをいう。\n"
    "(事務処理の範囲)\n"
    "第3条 電算処理をすることができる事務の範囲は、町の機関が所掌する事務で、町民サービスの向上又は経費の節減を"
    "図ることができるものとする。\n"
    "(管理責任者)\n"
    "第4条 電子計算組織の管理運営に関する事務は、総務課長が総括する。\n"
)

# A town's personal-information ordinance names the computer system once, among the ways records are kept.
PRIVACY_ORDINANCE = (
    "○個人情報保護条例\n"
    "(目的)\n"
    "第1条 この条例は、個人情報の適正な取扱いに関し必要な事項を定めるとともに、町が保有する個人情報の開示、訂正"
    "及び利用停止を求める個人の権利を明らかにすることにより、個人の権利利益を保護することを目的とする。\n"
    "(収集の制限)\n"
    "第5条 実施機関は、個人情報を収集するときは、個人情報を取り扱う事務の目的を明確にし、当該目的を達成するために"
    "必要な範囲内で、適法かつ公正な手段により収集しなければならない。\n"
    "(結合の制限)\n"
    "第8条 実施機関は、電子計算組織と国等の電子計算組織とを通信回線により結合してはならない。ただし、公益上の"
    "必要があり、かつ、個人情報について必要な保護措置が講じられている場合は、この限りでない。\n"
    "(開示請求)\n"
    "第12条 何人も、実施機関に対し、当該実施機関の保有する自己を本人とする個人情報の開示を請求することができる。\n"
)

# A criminal-statistics page: 電子計算機使用詐欺 is a crime, not a town's computer.
CRIME = (
    "コンピュータ・電磁的記録対象犯罪の検挙件数の推移は、次の表のとおりである。電子計算機使用詐欺の検挙件数は、"
    "令和元年から6年連続で増加し、前年比15.4%増となった。不正アクセス禁止法違反の検挙件数も増加している。\n"
)


def test_the_rules_of_a_towns_computer_system_are_its_administration():
    assert tally(RULES, DX)[1] >= 4
    assert DX in themes_of(RULES, title="電子計算組織の管理運営に関する規則")


def test_one_mention_in_a_privacy_ordinance_is_not_dx():
    assert tally(PRIVACY_ORDINANCE, DX)[1] == 2  # 電子計算組織 twice in one sentence: said, not the subject
    assert DX not in themes_of(PRIVACY_ORDINANCE, title="個人情報保護条例")
    assert tally(CRIME, DX) == (0, 0)


# --- 告知放送: the terminal in each home a town speaks through, weak for 防災 ---------------------------------------------

ANNOUNCEMENTS = (
    "告知端末を活用しましょう\n"
    "告知端末とは\n"
    "行政告知放送端末(告知端末)は、市内の各家庭に安全・安心の情報をお届けする機器です。災害等による緊急情報や、"
    "市・自治会からのお知らせが放送されます。\n"
    "機能説明\n"
    "(1)緊急ランプ:緊急放送の受信時に赤色に点滅します。\n"
    "(2)お知らせランプ:告知放送を録音すると点滅します。\n"
    "(3)再生ボタン:最大5件分の録音された放送を再生します。\n"
    "告知端末を利用する際の遵守事項\n"
    "端末機器の良好な維持管理に努め、異常がある場合は、速やかに情報政策課へご連絡ください。転居の際は、"
    "告知端末を取り外さずにお知らせください。\n"
)

# A cable company's terms for subscribers list the 告知端末 among the equipment in the home, with no disaster word.
SUBSCRIBER_TERMS = (
    "○村ケーブルテレビ施設の加入者規約\n"
    "(用語の定義)\n"
    "第2条 この規約において使用する用語の意義は、次のとおりとする。\n"
    "(1) 加入者 村と加入契約を締結し、テレビジョン放送の再送信及びインターネット接続サービスの提供を受ける者をいう。\n"
    "(2) 宅内機器 STB、告知端末その他加入者の宅内に設置する機器をいう。\n"
    "(利用料)\n"
    "第5条 加入者は、別表に定める利用料を毎月納付しなければならない。\n"
)


def test_announcement_terminals_tip_two_disaster_words():
    weighted, strong = tally(ANNOUNCEMENTS, DISASTER)
    assert strong == 2 and weighted > strong + 2  # 災害 and 緊急情報 once each; 緊急放送 and the 告知 words weak
    assert DISASTER in themes_of(ANNOUNCEMENTS, title="告知端末を活用しましょう")


def test_a_terminal_in_a_list_of_equipment_is_no_disaster():
    assert tally(SUBSCRIBER_TERMS, DISASTER)[1] == 0
    assert DISASTER not in themes_of(SUBSCRIBER_TERMS, title="村ケーブルテレビ施設の加入者規約")


# --- 営業時間短縮: a prefecture's request to shops during the epidemic --------------------------------------------------

# A governor's press conference answering on the request to shorten opening hours against the infection.
CURFEW = (
    "知事記者会見\n"
    "令和3年8月25日\n"
    "質疑\n"
    "(新型コロナウイルス感染症について)\n"
    "Q 記者 10日から始めた市内での時短要請(営業時間の短縮要請)から2週間が経ちました。効果をどう見ていますか。\n"
    "A 知事 飲食店の皆様には営業時間短縮へのご協力をいただき、感謝申し上げます。人の流れは一定程度減少しましたが、"
    "県内の新規感染者数は高止まりしており、要請期間の延長も含めて検討します。協力金の支給は来週から始めます。\n"
    "(米の概算金について)\n"
    "Q 記者 概算金の下落への対応は。\n"
    "A 知事 生産者への影響を注視し、国に支援を求めてまいります。\n"
)

# A town library's notice: shorter hours at the year's end, nothing of an epidemic.
LIBRARY = (
    "年末年始の営業時間短縮のお知らせ\n"
    "町立図書館は、12月28日から1月4日まで休館いたします。また、12月26日と27日は営業時間を短縮し、午前9時から"
    "午後3時までの開館となります。返却は図書館入口の返却ポストをご利用ください。ご不便をおかけしますが、"
    "ご理解とご協力をお願いいたします。\n"
)


def test_shorter_hours_against_the_infection_are_health():
    assert tally(CURFEW, HEALTH)[1] >= 3  # 時短要請, 営業時間短縮 and 感染者 beside the disease's name
    assert HEALTH in themes_of(CURFEW, title="知事記者会見")


def test_shorter_hours_of_a_library_are_not_health():
    assert tally(LIBRARY, HEALTH) == (0, 0)
    assert HEALTH not in themes_of(LIBRARY, title="年末年始の営業時間短縮のお知らせ")


# --- 在宅学習, 遠隔授業: pupils learning at home or from afar ----------------------------------------------------------------

EDUCATION = "教育"

# A town's rules for lending routers so that pupils can learn at home.
ROUTERS = (
    "○町家庭学習用モバイルルーター貸与要綱\n"
    "令和3年12月8日\n"
    "(目的)\n"
    "第1条 この要綱は、町立小中学校に在籍する者が、家庭においてタブレット端末を活用した家庭学習を行うため、"
    "通信環境が整っていない世帯にモバイルルーターを貸与することに関し必要な事項を定める。\n"
    "(対象)\n"
    "第2条 貸与の対象は、家庭にインターネット環境がなく、オンライン学習を行うことができない世帯とする。\n"
    "(貸与期間)\n"
    "第3条 貸与期間は、貸与を決定した日からその年度の末日までとする。\n"
)

# A vice-governor's column on what the epidemic changed: online classes are one item of a list of ICT's uses.
COLUMN = (
    "デジタルで暮らしを変える\n"
    "新型コロナウイルス感染拡大をきっかけに、テレワークやオンライン授業、キャッシュレス決済など、デジタル技術を"
    "使った新しい生活様式が広がりました。県では、デジタル社会推進本部を設置し、行政手続のオンライン化や"
    "市町のデジタル化の支援に取り組んでいます。電子申請の対象手続を令和5年度までに全体の8割に広げ、"
    "窓口に来なくても手続ができる県庁を目指します。\n"
)


def test_learning_at_home_is_schooling():
    assert tally(ROUTERS, EDUCATION)[1] >= 2
    assert EDUCATION in themes_of(ROUTERS, title="町家庭学習用モバイルルーター貸与要綱")


def test_online_classes_in_a_list_of_uses_are_not_schooling():
    assert tally(COLUMN, EDUCATION)[1] == 1
    assert EDUCATION not in themes_of(COLUMN, title="デジタルで暮らしを変える")


# --- 偽・誤情報, 闇バイト: trouble on the net in today's words ----------------------------------------------------------------

NET_TROUBLE = "迷惑メール・ネット上のトラブル"

# A minister's press conference on false information on social media and what platforms must do.
DISINFORMATION = (
    "大臣閣議後記者会見の概要\n"
    "SNS等が国民生活や社会経済活動を支える社会基盤となる中で、SNS等を提供するプラットフォーム事業者に対しては、"
    "偽・誤情報の流通・拡散への対応が求められています。選挙に際しての偽・誤情報への対策について、事業者に"
    "削除の迅速化と透明性の確保を要請しました。利用者の皆様も、情報の発信元を確かめてから共有していただきたいと"
    "思います。\n"
)

# A spring campaign of the national agencies for the young online.
CAMPAIGN = (
    "春のあんしんネット・新学期一斉行動\n"
    "青少年が事の重大性を認識することなく、安易な考えから犯罪に加担してしまう、いわゆる「闇バイト」が"
    "SNS上で募集されています。関係府省庁は、保護者や学校に向けて、闇バイトの危険性とフィルタリングの利用を"
    "呼び掛けます。\n"
)

# A town's apology for a wrong figure on its page: 誤情報 once, no trouble on the net.
APOLOGY = (
    "ホームページ掲載内容の訂正とお詫び\n"
    "令和6年度の粗大ごみ収集日程の掲載において、一部地区の収集日に誤情報がありました。正しくは下記のとおりです。"
    "ご迷惑をおかけしましたことをお詫び申し上げます。\n"
)


def test_false_information_and_crime_jobs_on_sns_are_net_trouble():
    assert NET_TROUBLE in themes_of(DISINFORMATION, title="大臣閣議後記者会見の概要")
    assert tally(CAMPAIGN, NET_TROUBLE)[1] >= 3  # 闇バイト twice, フィルタリング
    assert NET_TROUBLE in themes_of(CAMPAIGN, title="春のあんしんネット・新学期一斉行動")


def test_a_wrong_figure_on_a_towns_page_is_no_net_trouble():
    assert tally(APOLOGY, NET_TROUBLE)[1] == 1
    assert NET_TROUBLE not in themes_of(APOLOGY, title="ホームページ掲載内容の訂正とお詫び")


# --- 基礎研究, 学術研究; 科学技術 and 研究所 weak: a research body's page ----------------------------------------------------

RESEARCH = "スタートアップ・研究開発"

# A national institute's history page: what it does, in its own words.
INSTITUTE = (
    "防災科学技術研究所の沿革\n"
    "防災科学技術研究所においては、地震災害、火山災害、土砂災害、風水害、雪害などの自然災害を軽減することを目的として、"
    "防災科学技術の向上に資する基礎的研究や研究開発などを総合的に推進しています。1963年に国立防災科学技術センターとして"
    "設立され、1978年に筑波研究学園都市への移転が完了し、1990年に現在の名称に変更されました。観測網のデータは、"
    "大学や研究機関との共同研究にも広く使われています。\n"
)

# A town's notice: its local-history 研究所 holds a talk on the old castle; no research and development.
LOCAL_HISTORY = (
    "歴史講座のお知らせ\n"
    "町郷土史研究所では、11月の歴史講座として「城下町の成り立ち」を開催します。講師は研究所の学芸員です。"
    "参加費は無料、定員は40名です。申込みは生涯学習課までお電話ください。\n"
)


def test_a_research_institutes_own_words_are_research():
    weighted, strong = tally(INSTITUTE, RESEARCH)
    assert strong >= 3 and weighted > strong  # 基礎的研究, 研究開発, 研究機関; 科学技術 and 研究所 weak
    assert RESEARCH in themes_of(INSTITUTE, title="防災科学技術研究所の沿革")


def test_a_towns_local_history_institute_is_no_research():
    assert tally(LOCAL_HISTORY, RESEARCH)[1] == 0
    assert RESEARCH not in themes_of(LOCAL_HISTORY, title="歴史講座のお知らせ")
