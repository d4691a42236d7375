"""themes28: a policy officer filtering saved pages by theme (--theme), on short pages of the kinds the
realdocs dev misses showed: a 地方整備局's i-Construction notice, a town's プラン, a 福祉 page
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


TOWN_PLAN = (
    "みどり市デジタル活用プランの策定について\n"
    "市では、デジタル技術を活用して市民の暮らしを便利にするため、みどり市デジタル活用プランを策定しました。"
    "プランの期間は令和6年度から令和10年度までの5年間です。"
    "プランの策定にあたっては、市民アンケートやパブリックコメントでいただいたご意見を反映しました。"
    "プランの本文と概要版は、下のリンクからご覧いただけます。"
)


def test_a_towns_plan_called_a_plan_is_planning():
    # A town's plan is as often a プラン as a 計画, and プランの策定 is its drafting; the page got no theme.
    assert "計画策定・推進体制" in themes_of(TOWN_PLAN, "みどり市デジタル活用プランの策定について")


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
    # a プランの策定, not 推進 or 計画 alone.
    text = ("マイナンバーカードの出張申請受付を行います\n"
            "マイナンバーカードの普及を推進するため、市役所の職員が公民館に出向き、申請の受付を行います。"
            "計画的に各地区を回りますので、本人確認書類をお持ちのうえ、お近くの会場へお越しください。"
            "申請から約1か月後に、カードの交付通知書をお送りします。")
    got = themes_of(text, "マイナンバーカードの出張申請受付を行います")
    assert "自治体DX・行政手続" in got
    assert "計画策定・推進体制" not in got


SCAM_DESK = (
    "スマートフォンのセキュリティと架空請求の出張相談会\n"
    "消費生活センターでは、迷惑メールや架空請求、ワンクリック請求などのネットトラブルについて、出張相談会を開催します。"
    "身に覚えのない料金を請求するメールやSMSが届いても、決して連絡しないでください。"
    "偽サイトに誘導してカード番号を入力させる詐欺の手口や、フリマアプリでの消費者トラブルの事例も紹介します。"
    "スマートフォンのセキュリティ設定の確認もお手伝いします。"
    "架空請求や迷惑メールでお困りの方は、お気軽にご相談ください。"
)


def test_a_title_word_said_twice_beside_a_much_denser_theme_is_a_passing_mention():
    # セキュリティ in the title and once in the body, on a consumer desk's page about scams: the title's factor
    # doubled its two mentions past DENSE_ENOUGH, and the page got サイバーセキュリティ as well.
    got = themes_of(SCAM_DESK, "スマートフォンのセキュリティと架空請求の出張相談会")
    assert got == {"迷惑メール・ネット上のトラブル"}


def test_a_title_theme_with_three_strong_hits_is_kept_beside_a_denser_one():
    # The same page with the security advice spelled out (ウイルス対策, 不正アクセス) covers both.
    text = SCAM_DESK.replace("スマートフォンのセキュリティ設定の確認もお手伝いします。",
                             "スマートフォンのセキュリティ設定やウイルス対策アプリの確認、不正アクセスを防ぐパスワードの"
                             "見直しもお手伝いします。")
    got = themes_of(text, "スマートフォンのセキュリティと架空請求の出張相談会")
    assert {"迷惑メール・ネット上のトラブル", "サイバーセキュリティ"} <= got
