"""sceptic60: pages of my own, in the style of real ones, where themes52's rules could misfire.

Narrowed: a company's own 電子契約 service (当社), a hospital's オンライン相談 / 遠隔相談 (医療, not the town office's
business) and a shop's page naming the town's 納付書 paid by PayPay at its counter (SHOP_PAGE) are not 自治体DX.
Held: a 郵便局's page on ゆうちょ's 払込 keeps 郵便 (郵便局 is its own word), a COVID vaccination page holding its
briefing online keeps 医療, a 119 list naming FAX119 once keeps デジタルデバイド from its 障害 line."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata import themes as T

DX = "自治体DX・行政手続"
HEALTH = "医療・介護・健康"
POST = "郵便"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# A 公社's news page carrying a company's announcement of its 電子契約 service (the title does not name it: a title
# naming a paired word names its theme whatever stands beside it, see the report).
COMPANY_CONTRACT = """お知らせ
株式会社○○システムズは、○○県住宅供給公社向けに電子契約サービス「○○サイン」の提供を開始しました。
本サービスにより、賃貸住宅の入居契約を紙の書類なしにオンラインで締結することが可能になります。
公社の入居者募集ページから申込みを行い、契約書はメールで送付されたURLから電子署名で締結します。
当社はこれまで全国の不動産会社、金融機関に電子契約サービスを提供してきました。
お問い合わせ 株式会社○○システムズ 営業部"""

CITY_CONTRACT = """電子契約サービスの導入について
本市では、令和6年4月から、契約事務の効率化のため電子契約サービスを導入しました。
事業者の皆さんは、紙の契約書への押印や郵送をせずに、電子契約で市と契約を締結できます。
電子契約の利用は任意です。書面での契約も引き続きご利用いただけます。
利用を希望する事業者は、契約担当課へ電子契約利用申出書を提出してください。
財政課 契約係"""

HOSPITAL_ONLINE = """○○市民病院 オンライン相談のご案内
当院では、通院が難しい患者さんとご家族を対象に、看護師・医療ソーシャルワーカーによるオンライン相談を行っています。
がんの治療や療養生活、医療費、介護保険サービスの利用についてご相談いただけます。
ご予約は電話で受け付けます。相談はビデオ通話で30分程度です。
診察や処方は行いません。症状のある方は外来を受診してください。
○○市民病院 患者支援センター"""

CLINIC_REMOTE = """遠隔相談(オンライン診療)を始めました
○○町立診療所では、離島の患者さんを対象に、ビデオ通話による遠隔相談を始めました。
専門医が本土の病院から診療所の医師と患者さんを診察し、治療方針について助言します。
対象は糖尿病、高血圧などの慢性疾患で通院中の方です。
受診を希望される方は診療所の窓口にご相談ください。
○○町立診療所"""

SHOP_PAYPAY = """○○スーパー 年末感謝祭のお知らせ
12月20日から31日まで、全店で年末感謝祭を開催します。
期間中、PayPayでのお支払いで最大10%のポイントが戻ってきます。
サービスカウンターでは市税・国民健康保険料などの納付書もPayPayでお支払いいただけます(ポイント対象外)。
また、サービスカウンターで水道料金の納付書をPayPayやクレジットカードでお支払いいただくことはできません。
おせち料理、お正月用品を多数取り揃えてお待ちしております。
○○スーパー"""

POST_OFFICE = """郵便局での払込みについて
ゆうちょ銀行の払込取扱票による払込みは、全国の郵便局の貯金窓口とゆうちょ銀行の店舗でご利用いただけます。
ゆうちょ銀行・郵便局のATMでも払込みができます。ATMでの払込みは手数料がお安くなります。
郵便局の窓口の営業時間は平日午前9時から午後4時までです。
払込取扱票は郵便局の窓口に備え付けています。
日本郵便株式会社 ○○郵便局"""

VACCINE_BRIEFING = """新型コロナワクチン接種についての住民説明会
令和3年5月から、65歳以上の方を対象に新型コロナウイルスワクチンの接種を始めます。
接種は市内の集団接種会場(市民体育館)と個別医療機関で行います。接種券は4月下旬に発送します。
接種の予約はコールセンターまたはWEB予約システムで受け付けます。
ワクチンの副反応、接種後の注意点について、医師会の医師が説明します。
新型コロナウイルス感染症拡大防止のため、説明会はオンラインで開催します。
お問い合わせ ○○市 健康福祉部 新型コロナワクチン接種対策室"""


def test_a_companys_own_contract_service_is_no_town_procedure():
    assert DX not in themes_of(COMPANY_CONTRACT)


def test_a_citys_electronic_contracts_keep_the_theme():
    assert DX in themes_of(CITY_CONTRACT)


def test_a_hospitals_online_consultation_is_care_not_the_town_office():
    got = themes_of(HOSPITAL_ONLINE)
    assert HEALTH in got and DX not in got


def test_a_clinics_remote_consultation_is_care_not_the_town_office():
    got = themes_of(CLINIC_REMOTE)
    assert HEALTH in got and DX not in got


def test_a_shop_taking_the_towns_payment_slips_is_no_town_procedure():
    norm = T.unicodedata.normalize("NFKC", SHOP_PAYPAY)
    assert T.PUBLIC_PAYMENT.search(norm)  # the lines are there; the shop's words stop the rule
    assert T._public_payment(norm) is None
    assert DX not in themes_of(SHOP_PAYPAY)


def test_a_post_offices_page_on_yucho_payments_is_postal():
    assert POST in themes_of(POST_OFFICE)


def test_a_vaccination_briefing_held_online_keeps_health():
    assert HEALTH in themes_of(VACCINE_BRIEFING)


LAWYERS_ONLINE = """○○弁護士会 オンライン法律相談のご案内
○○弁護士会では、事務所に来られない方のためにオンライン相談を実施しています。
相続、離婚、借金、労働問題など、弁護士が30分5,500円(税込)でご相談に応じます。
オンライン相談のご予約は弁護士会法律相談センターへお電話ください。ZoomのURLをメールでお送りします。
オンライン相談の相談日 毎週火曜日・木曜日 午後1時から午後4時
○○弁護士会 法律相談センター"""

EMERGENCY_NUMBERS = """緊急時の連絡先一覧
火事・救急 119番
警察 110番
海上での事件・事故 118番
救急相談センター #7119
消防署代表 0123-45-6789
FAX119 0123-45-0119
水道の漏水 0123-45-1111
ガスの臭い 0120-000-000
停電 0120-111-111
○○市消防本部"""

FAX119_PAGE = """FAX119のご案内
聴覚や言語機能に障がいのある方が、FAXで119番通報できるFAX119を受け付けています。
FAX119の専用用紙に、火事か救急か、住所、氏名を記入して送信してください。
FAX119を受信すると、消防本部から受信確認のFAXを返信します。
○○市消防本部 通信指令課"""


def test_a_lawyers_online_consultation_is_no_town_procedure():
    assert DX not in themes_of(LAWYERS_ONLINE)


def test_fax119_once_in_a_list_of_numbers_is_no_digital_divide_page():
    assert "デジタルデバイド・高齢者" not in themes_of(EMERGENCY_NUMBERS)


def test_a_fax119_page_for_people_who_cannot_call_keeps_the_theme():
    assert "デジタルデバイド・高齢者" in themes_of(FAX119_PAGE)
