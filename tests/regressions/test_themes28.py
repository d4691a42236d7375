"""themes28: a policy officer filtering saved pages by theme (--theme), on short pages of the kinds the
realdocs dev misses showed: a 地方整備局's i-Construction notice, a town's 推進委員会 要綱, a 福祉 page
that names 高齢者 only as those cared for, a 町内会 notice, a school's page, and the generic mentions that must not count."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def themes_of(text: str, title: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=title, path=Path("page.txt")).themes}


I_CONSTRUCTION = (
    "ICT施工の普及に向けた現場見学会を開催します\n"
    "国土交通省では、建設現場の生産性向上を図るため、i-Constructionを推進しています。"
    "ドローンによる3次元測量やICT建設機械を用いたICT土工の現場を、地元の建設業者や工業高校の生徒に公開します。"
    "見学会では、ICT施工の導入効果や活用事例を紹介するとともに、施工管理の手順を説明します。"
    "参加を希望される方は、申込書に必要事項を記入のうえ、担当課までお申し込みください。"
)


def test_an_i_construction_notice_is_on_advanced_technology():
    # i-Construction, ICT施工 and ICT土工 are 国交省's names for building sites surveyed by drone and run by
    # machines that steer themselves; the page said neither AI nor 先端技術, and got no such theme.
    assert "AI・先端技術" in themes_of(I_CONSTRUCTION, "ICT施工現場見学会の開催について")


COMMITTEE = (
    "○みどり町情報化推進委員会設置要綱\n"
    "(設置)第1条 町の行政の情報化を総合的かつ計画的に推進するため、みどり町情報化推進委員会を置く。\n"
    "(所掌事務)第2条 委員会は、次に掲げる事項を所掌する。(1) 情報化推進計画の策定に関すること。"
    "(2) 情報システムの導入及び運用に関すること。(3) その他情報化の推進に関し必要な事項。\n"
    "(組織)第3条 委員会は、委員長、副委員長及び委員をもって組織し、委員長は副町長をもって充てる。"
)


def test_a_towns_promotion_committee_is_its_promotion_body():
    # A 推進委員会's 設置要綱 is how a town sets up the body that drives its plan (推進体制).
    assert "計画策定・推進体制" in themes_of(COMMITTEE, "みどり町情報化推進委員会設置要綱")


WELFARE = (
    "高齢者施設における感染症対策について\n"
    "高齢者施設や障害者施設では、入所者の健康管理に十分ご注意ください。"
    "高齢者福祉の窓口では、介護保険サービスの利用や施設への入所に関する相談を受け付けています。"
    "医療機関と連携し、高齢者施設の職員を対象とした感染症の研修を実施します。"
    "面会の制限や換気の徹底など、施設ごとの対策についてもご相談ください。"
)


def test_care_for_the_old_is_not_the_digital_divide():
    # 高齢者施設 / 高齢者福祉 are care for the old: the page is on 医療・介護, not on the old who cannot use ICT.
    got = themes_of(WELFARE, "高齢者施設における感染症対策について")
    assert "医療・介護・健康" in got
    assert "デジタルデバイド・高齢者" not in got


SMARTPHONE_CLASS = (
    "高齢者向けスマホ教室を開催します\n"
    "スマートフォンの使い方に不安のある高齢者の方を対象に、スマホ教室を開催します。"
    "デジタル活用支援員が、電話のかけ方やメッセージの送り方、マイナンバーカードの申請方法を丁寧にお教えします。"
    "高齢者福祉センターを会場とし、参加費は無料です。"
)


def test_a_smartphone_class_for_the_old_keeps_the_digital_divide():
    # The care words hide only themselves: 高齢者 on its own and スマホ教室 still name the theme.
    assert "デジタルデバイド・高齢者" in themes_of(SMARTPHONE_CLASS, "高齢者向けスマホ教室を開催します")


CIRCULAR = (
    "町内会の回覧板をアプリで配信します\n"
    "地域コミュニティの連絡を便利にするため、町内会の回覧板をスマートフォンのアプリで配信します。"
    "紙の回覧板は引き続き配布しますので、アプリを使わない方もこれまでどおりお読みいただけます。"
    "アプリの登録方法は、地域コミュニティ推進課にお問い合わせください。地域コミュニティの行事の案内も配信します。"
)


def test_a_neighbourhood_notice_is_not_regional_revitalisation():
    # 地域コミュニティ, said three times, is the neighbourhood that passes its circular round, not a region's
    # economy: it gave 地域ビジネス・地域活性化 as a strong word.
    assert "地域ビジネス・地域活性化" not in themes_of(CIRCULAR, "町内会の回覧板をアプリで配信します")


def test_pupils_name_a_schools_page():
    # 児童生徒 is said only of a school's pupils; 児童 and 生徒 apart stay weak (the page gave no theme).
    text = ("タブレット端末の持ち帰りについて\n"
            "市内の小中学校では、児童生徒が自宅でもタブレット端末を使えるよう、端末の持ち帰りを始めます。"
            "児童生徒が安心して使えるよう、フィルタリングの設定を行っています。"
            "家庭のWi-Fiにつなぐ方法は、配布する手引きをご覧ください。")
    assert "教育" in themes_of(text, "タブレット端末の持ち帰りについて")


def test_a_generic_mention_of_a_plan_gives_no_plan_theme():
    # 推進 and 計画 said in passing, as every page does, do not make 計画策定・推進体制: the words added are
    # a body's own 推進委員会 and a プランの策定, not 推進 or 計画 alone.
    text = ("マイナンバーカードの出張申請受付を行います\n"
            "マイナンバーカードの普及を推進するため、市役所の職員が公民館に出向き、申請の受付を行います。"
            "計画的に各地区を回りますので、本人確認書類をお持ちのうえ、お近くの会場へお越しください。"
            "申請から約1か月後に、カードの交付通知書をお送りします。")
    got = themes_of(text, "マイナンバーカードの出張申請受付を行います")
    assert "自治体DX・行政手続" in got
    assert "計画策定・推進体制" not in got
