"""themes29: a municipal officer filtering saved pages by theme (--theme), on short pages of the kinds the
realdocs dev misses showed: a town's 防災行政無線 renewal, its ふるさと納税 page, a bureau's note on radio noise,
a 認知症 page, a page on 農山村 and 農林業; and the passing mentions that must not count."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def themes_of(text: str, title: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=title, path=Path("page.txt")).themes}


RADIO_RENEWAL = (
    "防災行政無線の更新について\n"
    "町では、昭和60年に整備した防災行政無線の設備が老朽化したため、令和7年度に更新工事を行います。"
    "更新後の防災行政無線は、電波の届きにくい山間部にも中継局を置き、屋外スピーカーの音声が聞き取りやすくなります。"
    "戸別受信機をお持ちの世帯では、工事の期間中、防災行政無線の放送が聞こえない時間があります。"
    "使用する周波数が変わるため、新しい戸別受信機を無償で配布します。"
)


def test_a_towns_radio_system_renewal_is_on_radio():
    # 防災行政無線 was a not_term of 電波・周波数 (a town's loudspeakers are disaster preparedness), so a page
    # about the system itself got no radio theme; the readers give it one when the system is the subject.
    got = themes_of(RADIO_RENEWAL, "防災行政無線の更新工事について")
    assert "電波・周波数" in got


DRILL = (
    "総合防災訓練を実施しました\n"
    "9月1日、市内の小学校を会場に総合防災訓練を実施しました。"
    "地震の発生を想定し、避難所の開設、けが人の救護、消火器の使い方の訓練を行いました。"
    "訓練の開始は防災行政無線でお知らせしました。"
    "自主防災組織の皆さんや消防団など約500人が参加しました。"
    "ご協力いただいた皆さま、ありがとうございました。"
)


def test_a_drill_announced_by_the_radio_is_not_on_radio():
    # One passing mention of the loudspeakers that announced a drill is not a page on radio.
    got = themes_of(DRILL, "総合防災訓練を実施しました")
    assert "防災・減災" in got
    assert "電波・周波数" not in got


HOMETOWN_TAX = (
    "ふるさと納税のご案内\n"
    "ふるさと納税で、みどり町を応援してください。"
    "いただいた寄附は、子育て支援や公園の整備に活用させていただきます。"
    "寄附をいただいた方には、お礼の品をお送りします。"
    "ふるさと納税のお申込みは、ポータルサイトまたは寄附申込書で受け付けています。"
)


def test_a_hometown_tax_page_is_on_the_local_economy():
    assert "地域ビジネス・地域活性化" in themes_of(HOMETOWN_TAX, "ふるさと納税のご案内")


RADIO_NOISE = (
    "LED照明から発生する雑音にご注意ください\n"
    "一部のLED照明から発生する雑音が、アマチュア無線や業務用の無線の受信に障害を与える事例が報告されています。"
    "雑音の原因となる照明器具を特定した場合は、販売店に相談して交換してください。"
    "受信障害でお困りの方は、総合通信局の相談窓口までご連絡ください。"
)


def test_noise_that_disturbs_reception_is_on_radio():
    # The page never says 電波 or 周波数: its noise and the wireless sets it disturbs are the subject.
    assert "電波・周波数" in themes_of(RADIO_NOISE, "LED照明から発生する雑音にご注意ください")


DEMENTIA = (
    "認知症の方と家族への支援\n"
    "市では、認知症の方やその家族が住み慣れた地域で安心して暮らせるよう、相談窓口を設けています。"
    "認知症初期集中支援チームが家庭を訪問し、早期の受診や介護サービスの利用につなげます。"
    "認知症サポーター養成講座も開催しています。"
)


def test_a_dementia_page_is_on_care():
    assert "医療・介護・健康" in themes_of(DEMENTIA, "認知症の方と家族への支援")


FARMERS = (
    "農山村の集落活動を支援します\n"
    "県では、農山村の集落が共同で行う草刈りや水路の管理を支援します。"
    "農林業の担い手が減る中、集落の負担を減らすため、作業を請け負う組織の立ち上げに補助金を交付します。"
    "農山村に移り住んで農林業を始める方への相談会も開きます。"
    "申請は市町村の窓口で受け付けます。"
)


def test_farm_villages_and_forestry_are_farming():
    assert "農林水産業" in themes_of(FARMERS, "農山村の集落活動を支援します")


GENERIC = (
    "情報の活用に関する取組の推進について\n"
    "本市では、さまざまな情報を活用し、市民サービスの向上に向けた取組を推進しています。"
    "今後も関係機関と連携し、情報の活用を一層推進してまいります。"
    "詳しくは担当課までお問い合わせください。"
)


def test_generic_words_give_no_theme():
    # 情報, 活用, 推進 are on every page: they name no theme (a word that fires on them is a defect).
    assert themes_of(GENERIC, "情報の活用に関する取組の推進について") == set()
