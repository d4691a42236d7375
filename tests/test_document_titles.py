"""derive_title on the layouts of Japanese government pages: what stands above the heading is never
the title (bench/title_accuracy.py measures it on bench/realdocs; every text here is made up)."""

from pathlib import Path

import pytest

from ictsearch.indexer.document import derive_title
from ictsearch.indexer.metadata.lines import is_skip_link


def title(text: str) -> str:
    return derive_title(text, None, Path("page.txt"))


BODY = "南海総合通信局は、地域の情報通信の発展に向けて取組を進めています。\n"


@pytest.mark.parametrize("head", [
    "報道資料\n令和6年4月1日\n南海総合通信局\n",          # label, date and issuer, no blank line
    "報道資料\n\n令和6年4月1日\n総務省南海総合通信事務所\n",
    "令和6年4月1日\n南海総合通信局\n",                      # date and issuer only
    "報道資料タイトル画像\n令和6年4月1日発表\n\n",          # the label's image and the release's date
    "南海総合通信局\n報道資料\n令和6年4月1日\n",            # the issuer's name over its letterhead
    "Nankai Bureau of Telecommunications【報道資料】\n\n報道資料\n\n令和6年4月1日\n\n",
])
def test_a_letterhead_on_lines_of_its_own_is_passed_over(head):
    assert title(head + "地域DXセミナーを開催\n" + BODY) == "地域DXセミナーを開催"


def test_a_letterhead_label_glued_to_the_title_goes():
    assert title("プレス発表ゴールデンウィークにおける注意喚起\n\n" + BODY) == "ゴールデンウィークにおける注意喚起"
    assert title("お知らせ一覧の使い方\n\n" + BODY) == "お知らせ一覧の使い方"  # お知らせ is not a press label


def test_the_heading_a_trail_names_is_the_title_past_a_section_name():
    text = ("総務省トップ > 広報・報道 > 大臣会見・発言等 > 山田総務大臣閣議後記者会見の概要(令和8年1月9日)\n"
            "会見発言記事\n山田総務大臣閣議後記者会見の概要\n令和8年1月9日\n冒頭発言\n本日は一件報告があります。\n")
    assert title(text) == "山田総務大臣閣議後記者会見の概要"
    text = ("ホーム > 大臣の動き > 地域情報化推進部会(第3回)(令和8年2月1日)\n大臣・副大臣・大臣政務官の動き\n"
            "地域情報化推進部会(第3回)(令和8年2月1日)\n令和8年2月1日、大臣は部会に出席しました。\n")
    assert title(text) == "地域情報化推進部会(第3回)(令和8年2月1日)"


def test_the_trail_names_the_heading_not_its_subtitle():
    text = ("総務省トップ > 組織案内 > 南海総合通信局 > 報道資料 > 電波は大切な社会インフラ。不法電波は許さない! <駅前ビジョンで呼びかけ>\n"
            "報道資料\n令和8年7月1日\n南海総合通信局\n電波は大切な社会インフラ。不法電波は許さない!\n<駅前ビジョンで呼びかけ>\n" + BODY)
    assert title(text) == "電波は大切な社会インフラ。不法電波は許さない!"


def test_a_numbered_trail_is_passed_over_and_its_last_step_names_the_page():
    text = ("1. ホーム\n2. 会見・談話\n3. 記者会見一覧\n4. 2025年度\n5. 山田大臣の閣議後記者会見の概要\n\n"
            "山田大臣の閣議後記者会見の概要\n\n2025年7月1日(火曜日)\n" + BODY)
    assert title(text) == "山田大臣の閣議後記者会見の概要"
    # No heading repeats the step: the step is the title.
    text = ("現在位置:\n1. トップページ>\n2. 県政情報>\n3. 知事のページ>\n4. 南県知事の定例記者会見(令和8年1月)\n"
            "担当所属:\n1. 県庁の組織一覧>\n2. 総務部>\n")
    assert title(text) == "南県知事の定例記者会見(令和8年1月)"


def test_a_trail_written_without_separators_is_passed_over():
    text = "トップページくらし防災防災行政無線の更新について(お知らせ)\n防災行政無線の更新について(お知らせ)\n町では、防災行政無線を更新します。\n"
    assert title(text) == "防災行政無線の更新について(お知らせ)"
    text = "南県ホームの中の手続の中の南県電子申請条例の概要\n本文はここから\n\n南県電子申請条例の概要\n\n2017年12月28日\n"
    assert title(text) == "南県電子申請条例の概要"
    # A trail glued to the heading it ends with (a wrapped-line join): the heading once.
    assert title("総務省トップ>組織案内>第2回協議会を開催第2回協議会を開催\n\n令和6年4月23日up\n" + BODY) == "第2回協議会を開催"


@pytest.mark.parametrize("line", [
    "ページ番号を入力", "[本文へジャンプ]", "このページの先頭ですメニューをとばして、このページの本文へ",
    "ページの先頭です。▼メニューを飛ばして本文へ", "▼ページ本文はここから", "1. 本文へ移動する", "本文へジャンプ メニューへジャンプ",
    "トップページへ戻る", "南県警トップページへ", "English page", "スマートデバイス表示はこちら", "緊急情報", "現在、情報はありません。",
    "印刷", "スクリーンリーダー用ショートカット", "キーワードを入力し検索ボタンを押下ください。", "サイト内を検索",
    "印刷用ページ(このページを印刷してください)", "本文を印刷する", "操作方法", "目次の階層をすべて開く目次の階層をすべて閉じる",
    "ここからページの本文です", "•携帯電話向けページ", "サイトマップ", "首相官邸トップページ",
    # A site's note on the browsers it supports, in Japanese and English on one line.
    "当サイトではIE10未満のブラウザがご利用いただけません。Browsers with IE10 less can not be used on this site.",
    "CSS3を利用できるブラウザでご利用ください。",
])
def test_more_skip_links_are_never_the_title(line):
    assert is_skip_link(line)
    assert title(f"{line}\n\n地域DX推進計画について\n\n" + BODY) == "地域DX推進計画について"


@pytest.mark.parametrize("line", [
    "ウェブブラウザから映像通報システムが起動します。", "Q.どのようなOSやブラウザで利用できますか。",
])
def test_a_sentence_about_browsers_is_not_a_skip_link(line):
    assert not is_skip_link(line)


def test_a_site_name_over_skip_links_or_a_trail_is_not_the_title():
    assert title("デジタル推進庁\n文字サイズ変更\n\n地域DX賞の候補を募集します\n\n本件の概要\n") == "地域DX賞の候補を募集します"
    text = "南県防災情報のページ\n\nホーム > 防災 > 白書\n\n防災におけるデジタル技術の活用\n\n" + BODY
    assert title(text) == "防災におけるデジタル技術の活用"
    # A bulleted menu, however long, is passed over to the heading below it.
    text = "•携帯電話向けページ\n•くらし・環境\n•県政情報\n\n本会議会議録\n\n令和2年2月定例会の会議録です。\n"
    assert title(text) == "本会議会議録"


@pytest.mark.parametrize("name", ["川北市", "南海県", "鹿児島県十島村", "経済振興省"])
def test_a_lone_municipality_or_ministry_name_opening_the_page_is_its_site(name):
    assert title(f"{name}\n\nマイナンバーカードの申請について\n\n更新日:2024年1月1日\n" + BODY) == "マイナンバーカードの申請について"


def test_a_lone_town_name_is_kept_when_it_is_all_there_is():
    assert title("川北市\n") == "川北市"


def test_a_masthead_or_a_category_tag_over_the_heading_is_not_the_title():
    text = "【南海総通】みなみ通信\n\n令和8年1月5日\n南海総合通信局\n\n南海総合通信局長からの年頭のご挨拶\n\n" + BODY
    assert title(text) == "南海総合通信局長からの年頭のご挨拶"
    assert title("【2025情報通信月間行事】\n「非常通信セミナー」を開催しました\n" + BODY) == "「非常通信セミナー」を開催しました"
    text = "南海の情報通信(南海総合通信局)\n報道資料タイトル画像\n令和2年6月13日発表\n\nモデル事業の委託先を決定\n\n" + BODY
    assert title(text) == "モデル事業の委託先を決定"
    # A tag before a long title is part of it.
    assert title("【光ファイバ】地域情報通信基盤整備事業の事後評価\n" + BODY) == "【光ファイバ】地域情報通信基盤整備事業の事後評価"


def test_a_white_papers_name_and_its_part_and_chapter_lines_are_its_trail():
    text = "令和7年版 消防白書\n2.消防防災施設の整備\n(1)消防車両の整備\n消防本部では、車両の更新を進めている。\n"
    assert title(text) == "消防防災施設の整備"  # the section's number dropped
    text = ("第2部 基本データと政策動向\n第6節 ICT利活用の推進\n(2)医療分野のICT利活用\n"
            "ア 医療情報の連携\n医療機関が保有する情報を共有することは、負担を軽減する。\n")
    assert title(text) == "ICT利活用の推進"


def test_a_title_runs_into_its_body_without_a_blank_line():
    # A numbered item, a date line, a table row: the body starts, the title stops.
    text = "南町ケーブルネットワーク条例施行規則\n平成20年12月15日規則第36号\n南町ケーブルネットワーク条例施行規則\n(趣旨)\n"
    assert title(text) == "南町ケーブルネットワーク条例施行規則"
    assert title("南海大臣記者会見概要\n日時|令和5年4月4日(火曜日)|\n|---|\n主な質疑事項|\n") == "南海大臣記者会見概要"
    # A heading and its lead, straight into the body, give the heading alone.
    text = ("南市DX推進計画策定方針について\n南市DX推進計画策定方針を策定しました\n1 計画の趣旨\n"
            "令和3年3月に策定した計画が令和8年度で終了することに伴い、新たな計画を策定します。\n")
    assert title(text) == "南市DX推進計画策定方針について"
    # A title set on two lines as a paragraph of its own is still one title.
    assert title("2023年度\nICT利活用地域イノベーション委員会\n活動方針\n\n" + BODY) == \
        "2023年度 ICT利活用地域イノベーション委員会 活動方針"


def test_a_readers_title_keeps_circled_numbers_as_the_text_does():
    # NFKC makes ① a 1: an <h1>①高齢者向けスマホ教室</h1> was titled 1高齢者向けスマホ教室 while its
    # text, normalized keeping ①, read ①高齢者向けスマホ教室 (review21's report).
    from pathlib import Path

    from ictsearch.indexer.document import derive_title

    text = "①高齢者向けスマホ教室\n\n本町では、スマートフォン教室を開催します。"
    assert derive_title(text, "①高齢者向けスマホ教室", Path("a.html")) == "①高齢者向けスマホ教室"
    assert derive_title(text, "ＤＸ推進計画　第２版", Path("a.pdf")) == "DX推進計画 第2版"


@pytest.mark.parametrize("furniture", [
    "北川町公式ウェブサイト", "南海県ホームページ", "西山市公式ホームページ", "東野村Webサイト",  # the site's name
    "市長室へようこそ", "ようこそ町長室へ", "村長室へようこそNo.12",                           # a greeting
    "トピックス", "お知らせ", "<お知らせ>", "新着情報", "会議資料・開催案内等",                  # a menu's section
])
def test_a_sites_name_greeting_or_section_over_a_heading_is_not_the_title(furniture):
    # What a site sets over every page, in a paragraph of its own, gave every page one title.
    text = f"{furniture}\n\nここから本文です。\n\n南海地域デジタル化推進会議(第3回)議事録\n\n" + BODY
    assert title(text) == "南海地域デジタル化推進会議(第3回)議事録"
    # Past a letterhead's date too.
    assert title(f"{furniture}\n\n令和6年4月1日\n\n光ファイバ整備の補助について\n\n" + BODY) == "光ファイバ整備の補助について"


@pytest.mark.parametrize("text", [
    "トピックス\n\n" + BODY,                # a sentence follows: no heading to prefer
    "市長室へようこそ\n\n" + BODY,
    "北川町公式ウェブサイト\n",              # all there is
])
def test_a_sites_furniture_is_kept_when_no_heading_follows(text):
    assert title(text) == text.split("\n")[0]


def test_a_title_naming_a_website_is_not_furniture():
    # A heading on a line of more than the site's name, or run on with its lead, stays the title.
    assert title("市ホームページをリニューアルしました\n\n令和6年4月1日\n\n" + BODY) == "市ホームページをリニューアルしました"
    assert title("新着情報\n配信サービスの開始について\n\n" + BODY) == "新着情報 配信サービスの開始について"


def test_a_trail_set_one_step_a_line_is_one_trail():
    # 「北川町 / > / 企画課 / > / …」: set apart, the trail's first step was taken for the heading.
    text = "北川町\n>\n企画課\n>\nテレワーク拠点の整備について\n\nテレワーク拠点の整備について\n\n" + BODY
    assert title(text) == "テレワーク拠点の整備について"
    # The last step opened by its separator, the heading under a date line.
    text = ("トップページ\n>\n報道資料\n>\n令和6年度報道資料\n>南海町で光回線が開通\n令和6年8月7日\n"
            "南海町で光回線が開通\n" + BODY)
    assert title(text) == "南海町で光回線が開通"
    # A quoted line in a note is no trail.
    assert title("会議メモ\n\n> 次回は5月に開催\n") == "会議メモ"


def test_the_sites_mark_where_the_content_starts_passes_its_menus_over():
    # Above 「ここから本文です。」 stand the site's menus (a color switch, a section's name, a numbered
    # skip link the skip-link rules do not know): the heading below the mark is the title.
    text = ("青地に黄色 黄色地に黒\n\n市政のメニュー\n\nまちのうごき\n\nここから本文です。\n\n"
            "南海町地域情報化計画の策定について\n\n" + BODY)
    assert title(text) == "南海町地域情報化計画の策定について"
    # A trail naming a heading further down than it looks: the heading under the mark it names.
    text = ("ホーム>町政>パブリックコメント>南海町情報化計画\n\n1. メインメニューを飛ばして本文へ\n\n"
            + "".join(f"メニュー{n}\n\n" for n in range(16)) + "本文ここから\n\n町政\n\n南海町情報化計画\n\n" + BODY)
    assert title(text) == "南海町情報化計画"
    # Only a sentence under the mark: the lines above it still give the title.
    assert title("南海町光回線整備事業\n\nここから本文です。\n\n" + BODY) == "南海町光回線整備事業"


def test_a_print_link_and_stamp_run_on_to_the_heading_are_not_part_of_the_title():
    text = "ページの先頭です。\n\n防災行政無線の試験放送について印刷用ページを表示する掲載日2025年4月1日\n\n" + BODY
    assert title(text) == "防災行政無線の試験放送について"
    text = "南町の光回線整備について印刷用ページを表示する掲載日:2024年1月5日更新\n\n" + BODY
    assert title(text) == "南町の光回線整備について"


@pytest.mark.parametrize("caption", ["イラスト:南海県情報センターホームページより", "写真:説明会の様子", "出典:南海市資料"])
def test_an_images_caption_is_not_the_title(caption):
    assert title(f"{caption}\n\n電子申請の受付を始めました\n\n" + BODY) == "電子申請の受付を始めました"
    assert title(f"{caption}\n" + BODY) == BODY.strip()


def test_a_link_back_to_the_sections_index_is_not_the_title():
    # 「インデックスへ」 with the section's name glued after it or set above it: the site's navigation.
    text = "情報通信のトップへ\n\nインデックスへ研究会\n\n南海地域ブロードバンド研究会(第2回)議事要旨\n\n1. 日時\n"
    assert title(text) == "南海地域ブロードバンド研究会(第2回)議事要旨"
    text = "南海審議会\nインデックスへ\n\n南海審議会郵便部会議事次第\n\n開催日時令和6年2月1日\n"
    assert title(text) == "南海審議会郵便部会議事次第"
    text = "会議録\n報道発表一覧へ戻る\n\n南海町デジタル化推進本部会議\n\n" + BODY
    assert title(text) == "南海町デジタル化推進本部会議"


@pytest.mark.parametrize("heading, expected", [
    ("(2)個人情報・利用者情報等の適正な取扱い", "個人情報・利用者情報等の適正な取扱い"),
    ("3.第6回緊急消防援助隊全国合同訓練", "第6回緊急消防援助隊全国合同訓練"),
    ("11 サイバー犯罪", "サイバー犯罪"),
    ("第3節 公衆電気通信サービスの現状", "公衆電気通信サービスの現状"),
    ("資料2 高等学校における遠隔教育の今後の在り方に関する主な論点", "高等学校における遠隔教育の今後の在り方に関する主な論点"),
    ("資料2-10-3過去5年間の防災行政無線等の整備率の推移等", "過去5年間の防災行政無線等の整備率の推移等"),
    # A count, a year or a frequency is the heading's own.
    ("第6回地域情報化アドバイザー会議", "第6回地域情報化アドバイザー会議"),
    ("2023年度 南海町DX推進計画", "2023年度 南海町DX推進計画"),
    ("5G活用型の地域課題解決", "5G活用型の地域課題解決"),
    ("1.5GHz帯の周波数再編について", "1.5GHz帯の周波数再編について"),
])
def test_a_sections_number_or_a_handouts_label_opening_the_heading_goes(heading, expected):
    assert title(f"{heading}\n\n{BODY}") == expected


def test_a_heading_broken_after_a_case_particle_goes_on_on_the_next_line():
    text = ("報道資料\n令和5年7月20日\n南海総合通信局\n「テレワークを活用した地域課題解決事例の創出に関する実証事業」の\n"
            "実証地域に係る採択候補の決定\n−南海管内から採択候補として1件を決定−\n"
            "総務省では、「テレワークを活用した地域課題解決事例の創出に関する実証事業」に係る実証地域の公募を行いました。\n")
    assert title(text) == "「テレワークを活用した地域課題解決事例の創出に関する実証事業」の実証地域に係る採択候補の決定"
    # A heading may end with へ: its subtitle stays apart.
    text = ("災害時の情報提供をより迅速かつ確実なものへ\n−「南海Lアラート利活用連絡会」を設置−\n"
            "南海総合通信局は、Lアラートの利活用を進めるため、連絡会を設置しました。南海県内の市町村が参加します。\n")
    assert title(text) == "災害時の情報提供をより迅速かつ確実なものへ"


def test_a_rule_books_date_line_in_brackets_starts_the_body():
    text = "○南海町情報通信施設の設置及び管理に関する条例\n(平成23年1月28日条例第1号)\n改正\n平成29年3月17日条例第5号\n(目的)\n"
    assert title(text) == "南海町情報通信施設の設置及び管理に関する条例"
    # A press conference's bracketed date and place stay with its heading (the date rules read it there).
    text = "南海内閣府特命担当大臣記者会見要旨\n(2022年6月21日(火) 13:55~14:04於:中央合同庁舎)\n1.発言要旨\n"
    assert title(text) == "南海内閣府特命担当大臣記者会見要旨 (2022年6月21日(火) 13:55~14:04於:中央合同庁舎)"


@pytest.mark.parametrize("line", ["緊急のお知らせ", "お知らせはありません。", "現在、お知らせはありません。",
                                  "googleサイト内検索", "カテゴリメニューはこちら"])
def test_an_emergency_banners_empty_state_and_a_sites_search_and_menu_links_are_skip_links(line):
    assert is_skip_link(line)
    assert title(f"{line}\n\n電波の利用ルールの豆知識\n\n{BODY}") == "電波の利用ルールの豆知識"


def test_an_images_caption_glued_to_the_heading_goes():
    text = "村長室へようこそ\n村長室へようこそ(写真:南海村の風景<アジサイ>)\nごあいさつ\n" + BODY
    assert title(text) == "村長室へようこそ"
    assert title("南海町の新庁舎(写真:完成した庁舎)\n\n" + BODY) == "南海町の新庁舎"


def test_a_trail_opened_by_its_label_names_the_heading_whatever_joins_its_steps():
    text = ("現在の位置:予算編成過程の公開の令和8年度予算の商工労働部の官民連携南海ドローン活用推進事業\n令和8年度\n"
            "当初予算一般事業(公共事業以外)一般事業要求支出科目款:商工費項:商業費目:商業振興費\n事業名:\n\n"
            "官民連携南海ドローン活用推進事業\n\nもどるもどる\n")
    assert title(text) == "官民連携南海ドローン活用推進事業"


def test_a_trail_set_as_a_list_under_its_label_names_the_heading_alone():
    text = ("現在位置の階層\n- ホーム\n- 各課のご案内\n- 消費生活センター\n- 消費生活センター情報(令和4年度)\n"
            "消費生活センター情報(令和4年度)\n【第19号】母が電話勧誘で健康食品を注文してしまった!\n事例\nアドバイス\n"
            "- 事業者からの電話勧誘で商品を受け取りました。\n")
    assert title(text) == "消費生活センター情報(令和4年度)"


def test_a_council_issuing_a_release_is_part_of_its_letterhead():
    text = ("報道資料\n令和6年5月17日\n電波監理審議会\n「有効利用評価方針」の改定案に対する意見募集の結果の公表\n"
            "電波監理審議会は、意見募集の結果を踏まえて、本日方針を改定しましたので、公表します。\n")
    assert title(text) == "「有効利用評価方針」の改定案に対する意見募集の結果の公表"
    # A numbered meeting of a council is a heading, not an issuer.
    text = "令和7年1月22日\n第83回南海県情報公開・個人情報保護審議会\n\n" + BODY
    assert title(text) == "第83回南海県情報公開・個人情報保護審議会"


def test_a_signature_at_the_top_of_a_message_is_not_the_title():
    body = "令和4年(2022年)は、南海復帰50周年の節目にあたります。\nこの間のご支援に深く感謝申し上げます。\n"
    assert title("蜩 智\n総務省南海総合通信事務所長\n" + body) == "令和4年(2022年)は、南海復帰50周年の節目にあたります。"
    assert title("理事長\n山田太郎\n" + body) == "令和4年(2022年)は、南海復帰50周年の節目にあたります。"
    # A heading over a role is the title (「年頭所感」 is no name).
    assert title("年頭所感\n南海総合通信局長\n" + body) == "年頭所感"


def test_section_names_repeated_under_the_trail_and_search_tabs_are_passed_over():
    text = ("•携帯電話向けページ\n •サイトマップ\n •ホーム\n •県政情報\n\nホーム>南海県議会>本会議会議録>質問文書\n\n"
            "ここから本文です。\n\n本会議会議録\n\n質問文書\n\n開催別知事提案議員別代表質問一般質問検索用\n\n"
            "令和2年9月南海県議会定例会 質問\n質問者:\n南海太郎 議員\n質問分類\n代表質問\n")
    assert title(text) == "令和2年9月南海県議会定例会 質問"
    text = ("ホーム>南海県議会>委員会会議録>質問文書\n\nここから本文です。\n\n委員会会議録\n\n質問文書\n\n"
            "開催別議員別委員会別検索用\n\n平成21年9月定例会企画委員会質疑・質問\n質疑・質問者:南海太郎議員\n"
            "質疑・質問日:10/01/2009\n会派名:自由民主党県議団\n")
    assert title(text) == "平成21年9月定例会企画委員会質疑・質問"
    # The trail's last step alone under it is the page's own heading.
    text = ("ホーム>仕事・産業>企業立地>南海県テレワーク推進協力金事業の記者発表の要旨について\n\nここから本文です。\n\n"
            "更新日:2021年4月26日\n\n南海県テレワーク推進協力金事業の記者発表の要旨について\n\n日時:令和3年4月21日(水曜日)\n")
    assert title(text) == "南海県テレワーク推進協力金事業の記者発表の要旨について"


@pytest.mark.parametrize("line", [
    "令和元年第4回南海村議会定例会会議録第1号記事ID:0001442更新日:2021年1月15日更新印刷ページ表示",
    "令和元年第4回南海村議会定例会会議録第1号 ページID:0135586 掲載日:2026年2月2日更新 印刷ページ表示",
    "令和元年第4回南海村議会定例会会議録第1号 印刷ページ表示",
])
def test_a_stamp_and_print_link_glued_to_the_heading_go(line):
    assert title(f"{line}\n\n{BODY}") == "令和元年第4回南海村議会定例会会議録第1号"


def test_a_bracketed_stamp_a_field_label_and_paging_links_are_not_the_title():
    assert title("(令和3年9月24日更新)\n" + BODY) == BODY.strip()
    text = ("事業名:\nスマート農業社会実装促進事業\n(この事業に対するご質問・ご意見はこちらにお寄せください)\n"
            "農林水産部農業戦略課戦略調整担当\n|\n事業費(A) |\n")
    assert title(text) == "スマート農業社会実装促進事業"
    for line in ("前のページへ", "メニューボタン", "音声グローバルメニューへジャンプ", "印刷ページ表示"):
        assert is_skip_link(line)


def test_a_features_number_and_a_search_widget_are_not_the_title():
    assert title("特集3スマート農業技術の活用と今後の展望\n\n" + BODY) == "スマート農業技術の活用と今後の展望"
    text = "南海村トップへ\n文字サイズ変更拡大標準\n目的から探す\n情報が見つからないときは\nAIに質問\n南海村の防災\n最終更新日:\n" + BODY
    assert title(text) == "南海村の防災"


def test_a_sites_header_run_into_a_line_and_a_labelled_trail_are_passed_over():
    head = ("豊かさとゆとりに満ちたICT社会にむけて総務省南海総合通信事務所Nankai Office Of Telecommunications\n"
            "サイトマップ文字を大きくするには文字の大きさ:【】【】【】\n現在位置:ホーム知っておきたい情報2012年平成24年6月1日\n\n"
            "報道資料\n\n報道資料\n\n平成24年6月1日\n総務省南海総合通信事務所\n\n")
    text = head + "第62回「電波の日」・「平成24年度情報通信月間」記念式典\nの開催及び表彰等について\n" + BODY
    assert title(text) == "第62回「電波の日」・「平成24年度情報通信月間」記念式典の開催及び表彰等について"
    # A heading's first word is no particle: 「がん検診」 is a line of its own.
    assert title("南海町の健康づくり\nがん検診のご案内\n\n" + BODY) == "南海町の健康づくり がん検診のご案内"


def test_a_labelled_trail_run_on_into_the_year_under_it_still_names_the_heading():
    text = ("現在の位置:予算編成過程の公開の平成27年度予算の危機管理局の防災行政無線の文字情報配信促進事業平成27年度\n"
            "6月補正予算一般事業(公共事業以外)一般事業要求支出科目款:総務費項:防災費目:防災総務費事業名:\n\n"
            "防災行政無線の文字情報配信促進事業\n\nもどるもどる\n")
    assert title(text) == "防災行政無線の文字情報配信促進事業"
