"""sceptic56: pages of national45's forms where its rules misfired — 当局 written of a regulator abroad, of a tax office
or of the ministry's own headquarters bureau; a ministry's own 「総務省からのお知らせ」 speaking as itself; the state's
年金事務所 keeping an evening counter; a town relaying the ministry's call to 最寄りの総合通信局; a bureau's own page
acting in its own name above the list of every bureau — labelled first by bench/realdocs README's conventions (a
national page about the country → 全国; a local page naming no place → empty; a 総合通信局's area is its block)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _meta(text: str, title: str = "", url: str | None = None):
    return derive_metadata(text, title=title or text.split("\n", 1)[0], path=Path("page.txt"), url=url)


# --- 当局 that is no 総合通信局 ------------------------------------------------------------------------------------

def test_the_statistics_bureau_writing_of_itself_as_its_office_is_national():
    text = ("総務省統計局\n\n家計調査(家計収支編)の結果について\n\n"
            "当局では、全国の世帯を対象に家計調査を毎月実施し、その結果を公表しています。"
            "調査の結果は、消費者物価指数の算出や景気動向の把握など、国や地方公共団体の施策の基礎資料として利用されています。\n"
            "なお、当局が実施する統計調査を装った不審な電話や訪問にご注意ください。\n")
    assert _meta(text).region == ("全国",)


def test_a_ministry_release_on_a_regulator_abroad_is_national():
    text = ("総務省\n報道資料\n令和6年3月1日\n\n欧州における電気通信分野の規制動向に関する調査結果の公表\n\n"
            "総務省は、欧州における電気通信分野の規制動向に関する調査結果を取りまとめましたので、公表します。\n"
            "欧州委員会は、2023年にデジタル市場法に基づきゲートキーパーを指定しました。当局は、指定された事業者に対し、"
            "相互運用性の確保などの義務を課しています。\n本調査の結果は、我が国の競争政策の検討に活用します。\n")
    assert _meta(text).region == ("全国",)


def test_a_tax_agency_page_warning_of_mail_in_the_tax_offices_name_is_national():
    text = ("国税庁\n\ne-Taxの利用について\n\n"
            "国税庁では、e-Tax(国税電子申告・納税システム)の利用を推進しています。"
            "なお、税務署や国税当局を装った不審なメールやSMSが確認されています。当局から、メールで納税を求めることはありません。\n")
    assert _meta(text).region == ("全国",)


def test_the_headquarters_bureau_as_当局_beside_every_bureau_is_national():
    text = ("総務省\n\n電気通信事業法に基づく届出について\n\n"
            "電気通信事業を営もうとする者は、電気通信事業法に基づき登録又は届出が必要です。"
            "届出書類は、総合通信基盤局電気通信事業部データ通信課(当局)又は各総合通信局に提出してください。\n")
    assert _meta(text).region == ("全国",)


def test_a_bureaus_page_writing_当局_beside_the_bureaus_is_still_not_national():
    # national45's form, kept: the ministry's words, 当局 and the 総合通信局 it writes of as its kind.
    text = ("電波法関係の手続\n\n2 無線従事者\n"
            "免許証を破損した場合は、免許証を交付した総合通信局等に再交付申請書を提出します。"
            "過去に当局から交付された免許証をお持ちの方は、当局に申請することができます。\n"
            "総務省電波利用ホームページの申請書等のダウンロードから必要な様式を選択してください。\n")
    assert "全国" not in _meta(text).region


# --- a heading 「○○からのお知らせ」 over the body's own words ---------------------------------------------------------

_OWN_NOTICE = ("総務省からのお知らせ\n\n携帯電話の不正利用防止について\n\n"
               "総務省では、携帯電話の不正利用を防止するため、携帯電話不正利用防止法に基づき、契約時の本人確認を義務付けています。"
               "他人名義の携帯電話の譲渡は法律で禁止されています。\n")


def test_the_ministrys_own_notice_speaking_as_itself_is_national():
    assert _meta(_OWN_NOTICE).region == ("全国",)


def test_a_town_copying_the_ministrys_notice_under_its_own_signature_is_the_towns():
    m = _meta(_OWN_NOTICE + "このページに関するお問い合わせ\n小布施町役場 総務課 情報政策係\n")
    assert m.region == ("信越",) and m.prefecture == ("長野県",)


def test_a_town_relaying_the_ministrys_call_to_the_nearest_bureau_is_not_national():
    text = ("このページの先頭です\n\n総務省からのお知らせ\n\n更新日:2023年6月1日\n\n"
            "無線LANを安全に利用するために\n"
            "無線LANの利用者向けのセキュリティ対策のガイドラインが公表されています。"
            "電波の混信や不法無線局についての相談は、最寄りの総合通信局にお問い合わせください。\n")
    assert "全国" not in _meta(text).region
    # The ministry's own page sending its readers there stays the country's (national45).
    own = ("無線LANを安全に利用するために\n"
           "総務省では、無線LANの利用者向けに、セキュリティ対策のガイドラインを公表しています。"
           "電波の混信や不法無線局についての相談は、最寄りの総合通信局にお問い合わせください。\n")
    assert _meta(own).region == ("全国",)


# --- an evening counter of the state's own offices --------------------------------------------------------------

def test_the_pension_offices_evening_counter_is_the_countrys():
    text = ("年金事務所の夜間窓口について\n\n"
            "国民の皆様の利便性の向上のため、年金事務所では毎週月曜日に夜間窓口を開設し、午後7時まで年金相談をお受けしています。"
            "また、毎月第2土曜日には休日窓口を開設しています。ご来所の際は予約をお勧めします。\n")
    assert _meta(text).region == ("全国",)


def test_a_towns_evening_counter_is_still_the_towns():
    text = ("マイナンバー関連業務について夜間窓口を延長します\n\n"
            "マイナンバーカード普及促進のため、水曜日の夜間窓口の開設時間を下記のとおり延長します。\n"
            "マイナンバー制度は、行政を効率化し、国民の利便性を高め、公平・公正な社会を実現する社会基盤です。\n")
    assert "全国" not in _meta(text).region


# --- a bureau acting in its own name above the list of every bureau ------------------------------------------------

_OTHER_BUREAUS = ("北海道総合通信局 電話011-709-2311\n関東総合通信局 電話03-6238-1600\n"
                  "信越総合通信局 電話026-234-9967\n北陸総合通信局 電話076-233-4412\n東海総合通信局 電話052-971-9105\n"
                  "近畿総合通信局 電話06-6942-8505\n中国総合通信局 電話082-222-3303\n四国総合通信局 電話089-936-5010\n"
                  "九州総合通信局 電話096-326-7819\n沖縄総合通信事務所 電話098-865-2300\n")


def test_a_bureau_acting_in_its_own_name_above_the_list_keeps_its_block():
    text = ("船舶局無線従事者の再訓練について\n\n"
            "東北総合通信局では、船舶局の無線従事者を対象とした再訓練を実施しています。"
            "受講を希望される方は、当局無線通信部航空海上課までお申し込みください。\n"
            "他の地域にお住まいの方は、以下の各総合通信局等にお問い合わせください。\n" + _OTHER_BUREAUS)
    assert _meta(text).region == ("東北",)
    # The list alone is still no place (national45).
    assert _meta("以下の各総合通信局等にお問い合わせください。\n" + _OTHER_BUREAUS).region == ()


# --- a whole page's closing heading, as extraction hands it in (no final line break) --------------------------------

_SEMINAR = ("総務省トップ>組織案内>地方支分部局>中国総合通信局>地域ICTセミナーを開催\n\n地域ICTセミナーを開催\n\n"
            "中国総合通信局は、令和6年2月9日、地域の課題解決にICTを利活用することを目的にセミナーを開催しました。\n\n"
            "講演の概要\n")


def test_a_closing_heading_without_a_final_line_break_keeps_its_place():
    # extract() strips a file's last line break: the text of a whole page ends right after its last heading.
    assert "徳島県" in _meta(_SEMINAR + "徳島県上勝町のいろどり事業について").prefecture


def test_a_long_speaker_line_cut_at_the_excerpts_end_is_still_passing():
    text = (_SEMINAR + "続いて、全国的にも優良なICTを利活用した地域づくりの事例について講演していただきました。\n"
            "徳島県神山町において過疎地における雇用創出と人材育成による地域の再生に取り組むNPO法人グリーンバレー理事長の大南")
    assert "徳島県" not in _meta(text).prefecture
