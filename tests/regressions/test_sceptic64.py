"""sceptic64: pages of my own, in the style of real ones, where themes56's forms misfired (merge 96704c56).

themes56 made a watch-over page (見守り, 緊急通報 in its head) lose デジタルデバイド when its only evidence is who is
served and gain IoT when a sensor reports; a page about warning receiver sets (防災ラジオ, 戸別受信機) gain 電波; and
資格確認書 / 被保険者証 count for 医療.  Each page below is labelled first by bench/realdocs README's conventions
(labels46's 見守り and 防災ラジオ, labels44's pupils' classes), then read: the narrowings keep them right."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata import themes as T

HEALTH = "医療・介護・健康"
DIVIDE = "デジタルデバイド・高齢者"
RADIO = "電波・周波数"
DISASTER = "防災・減災"
BROADCAST = "放送"
EDUCATION = "教育"
IOT = "IoT"
POST = "郵便"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


# A city's class teaching older people a 見守りアプリ on a smartphone (no スマホ教室 or デジタル活用支援 in it): labels46
# calls teaching them the device or a smartphone デジタルデバイド, and the service for those living alone 医療.
WATCH_APP_CLASS = """高齢者向けスマートフォン見守りアプリ講習会を開催します
市では、ひとり暮らしの高齢者の方が離れて暮らすご家族と安否を確認し合えるよう、スマートフォンの見守りアプリの使い方を学ぶ講習会を開催します。
スマートフォンをお持ちでない方には、講習会の期間中、市が端末をお貸しします。
講習会では、スマートフォンの基本的な操作から、アプリのインストール、家族との連絡先の登録、毎日の安否確認ボタンの押し方まで、講師が一人ひとりに丁寧にお教えします。
対象：市内在住の65歳以上の方
定員：各回10名（申込順）
会場：市役所本庁舎3階会議室
内容：スマートフォンの基本操作、見守りアプリの設定と使い方、困ったときの相談先
高齢者の方がデジタル機器を使いこなし、安心して暮らせるよう、お気軽にご参加ください。
申込み・問合せ：高齢福祉課 電話0000-00-0000"""

# A school run's 見守り: GPS terminals on pupils and a sensor at the gate that tells the parents.  Labelled 教育 (pupils,
# schools; IoT arguable); main gave IoT alone, which hid the page's lone theme.
CHILD_GPS = """児童の登下校見守りサービスについて
市教育委員会では、児童の登下校時の安全を確保するため、市内の全小学校でGPS端末を活用した登下校見守りサービスを導入しています。
児童がランドセルに付けたGPS端末の位置情報を、保護者のスマートフォンにアプリで通知します。校門に設置したセンサーが児童の通過を検知し、保護者へメールで知らせます。
地域の見守りボランティアの皆さんにもご協力いただき、通学路の安全確保に取り組んでいます。
対象：市立小学校に在籍する児童
費用：端末の貸与は無料です。通信料は市が負担します。
申込み：各小学校を通じて申込書を提出してください。
問合せ：学校教育課 電話0000-00-0000"""

# The post office's watch-over for older people living alone: 郵便 and 医療, no デジタルデバイド (labels46).
POST_WATCH = """郵便局のみまもりサービスを活用した高齢者見守り事業
町では、日本郵便株式会社と協定を締結し、郵便局のみまもりサービスを活用した高齢者の見守り事業を実施しています。
郵便局の社員が月に1回、ひとり暮らしの高齢者のご自宅を訪問し、生活状況を確認して、その結果を離れて暮らすご家族や町にお知らせします。
また、毎日決まった時間に電話をおかけし、体調をお尋ねするみまもりでんわサービスも利用できます。
郵便局の社員は、郵便物の配達の際にも地域の高齢者の様子に気を配っています。
対象：町内在住の65歳以上のひとり暮らしの方
利用料：町が全額負担します
問合せ：福祉課 電話0000-00-0000"""


def test_a_class_teaching_older_people_a_watch_app_keeps_the_divide():
    assert T._watch_service(nfkc(WATCH_APP_CLASS))  # the head names 見守り: the form is read
    got = themes_of(WATCH_APP_CLASS)
    assert DIVIDE in got and HEALTH in got


def test_a_school_runs_watch_over_keeps_its_schooling():
    assert T.SENSOR_REPORTS.search(nfkc(CHILD_GPS))  # a sensor reports, but no older people are served
    got = themes_of(CHILD_GPS)
    assert EDUCATION in got and HEALTH not in got


def test_the_post_offices_watch_over_is_posts_and_care():
    got = themes_of(POST_WATCH)
    assert POST in got and HEALTH in got and DIVIDE not in got


# --- 資格確認書 that confirms who may apply, not who is insured -----------------------------------------------------

# A city's recruitment exam asking for a 受験資格確認書 (twice): no health theme.
EXAM_PAGE = """令和7年度職員採用試験（情報職）の実施について
市では、デジタル化を推進する情報職の職員を募集します。
受験資格：昭和60年4月2日以降に生まれた方で、情報処理技術者試験（基本情報技術者試験以上）に合格している方
申込みの際は、受験資格確認書を提出してください。受験資格確認書には、合格証書の写しを添付してください。
申込方法：電子申請システムから申し込んでください。
試験内容：第1次試験 教養試験、専門試験（情報）／第2次試験 面接
問合せ：人事課 電話0000-00-0000"""

# A tender's notice asking for a 競争参加資格確認書 / 参加資格確認書 (my own, in the style of 入札公告).
TENDER_PAGE = """入札公告（庁内ネットワーク機器更新業務）
次のとおり一般競争入札に付します。
1 業務名 庁内ネットワーク機器更新業務
2 履行期間 契約締結日から令和8年3月31日まで
3 入札参加資格 市の競争入札参加資格者名簿に登載されている者で、情報処理業務の登録がある者
4 参加資格確認書の交付 入札参加希望者は、参加申込書を提出し、市から参加資格確認書の交付を受けてください。参加資格確認書の交付を受けていない者は入札に参加できません。
5 入札日時 令和7年8月20日 午前10時
6 問合せ 契約課 電話0000-00-0000"""


def test_an_exams_and_a_tenders_eligibility_form_is_no_insurance_card():
    assert HEALTH not in themes_of(EXAM_PAGE)
    assert HEALTH not in themes_of(TENDER_PAGE)


# --- what goes over the sets (ON_THE_AIR) -----------------------------------------------------------------------------

# A コミュニティFM's programme with the city: 放送 and 防災, no receiver sets in it (labels46: 放送 for the station).
RADIO_PROGRAMME = """防災ラジオ番組の放送について
市とコミュニティFM局「FMさくら」は、防災ラジオ番組「そなえる」を毎週土曜日の午前10時から放送しています。
番組では、市の防災担当職員が出演し、家庭での備蓄や避難所の場所、ハザードマップの見方などをわかりやすくお伝えします。
防災ラジオ番組は、FMさくら（周波数78.5MHz）のほか、インターネットのサイマルラジオでもお聴きいただけます。
放送日時：毎週土曜日 午前10時から10時15分
問合せ：危機管理課 電話0000-00-0000"""

# The test broadcast's schedule and chime: the system used as a channel, 防災 alone (labels46).
RADIO_TEST = """防災ラジオの試験放送について
防災ラジオの試験放送を次のとおり行います。
日時：毎月1日 午前11時
内容：チャイムの後、「こちらは防災〇〇市です。これは防災ラジオの試験放送です。」と放送します。
試験放送が聞こえない場合は、電池の残量を確認してください。"""

# A city lending its sets, which says at its foot that a test broadcast goes out monthly: 電波 (labels46), the head
# is about the sets.
SETS_LENT = """防災ラジオの無償貸与について
市では、災害時に防災行政無線の放送を屋内で確実に聞いていただけるよう、防災ラジオを無償で貸与しています。
防災ラジオは、防災行政無線の電波を受信すると、電源が切れていても自動で起動し、最大音量で放送が流れます。
対象 市内の世帯で、防災行政無線が聞こえにくい地域にお住まいの方
申込み 危機管理課の窓口で申請書を提出してください。その場で防災ラジオをお渡しします。
ご注意 毎月1日午前11時に試験放送を行います。受信しない場合は、アンテナの向きや電池を確認してください。"""


def test_a_programme_and_a_test_broadcast_on_the_radio_get_no_spectrum():
    got = themes_of(RADIO_PROGRAMME)
    assert RADIO not in got and BROADCAST in got
    got = themes_of(RADIO_TEST)
    assert RADIO not in got and DISASTER in got


def test_sets_lent_with_a_test_broadcast_at_the_foot_keep_spectrum():
    assert T._receiver_sets(nfkc(SETS_LENT)) == "防災ラジオ"
    assert RADIO in themes_of(SETS_LENT)


# A town's 非常持出品 list naming a hand-cranked 防災ラジオ twice: any radio kept for a disaster, 防災 alone (A_KIT).
KIT_LIST = """非常持出品を準備しましょう
災害に備えて、避難するときにすぐに持ち出せるよう、非常持出品をリュックサックなどにまとめておきましょう。
非常持出品の例
・飲料水、非常食（3日分）
・防災ラジオ（手回し充電式のものが便利です）、懐中電灯、予備の電池
・救急用品、常備薬、お薬手帳の写し
・現金、貴重品、マスク、タオル
防災ラジオは、停電時でも災害情報を入手できるよう、乾電池や手回しで使えるものを選びましょう。
定期的に中身を点検し、食品や電池の使用期限を確認しましょう。"""


def test_a_radio_in_a_households_kit_is_no_warning_receiver():
    got = themes_of(KIT_LIST)
    assert RADIO not in got and DISASTER in got
