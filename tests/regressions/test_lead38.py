"""The lead's fixes of the twenty-fifth session, from the dev pages of batches docs-bh and docs-bi.
Short texts written like real pages, none copied from bench/realdocs."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def years(text: str) -> tuple[int | None, int | None]:
    title = next(l.strip() for l in text.splitlines() if l.strip())
    m = derive_metadata(text, title=title, path=Path("page.html.txt"))
    return m.fiscal_year, m.year


def test_a_by_laws_number_followed_by_a_flattened_tables_bar_dates_it():
    # A 例規集 prints the rule's number in a table cell; flattened, a bar closes the line.
    text = ("○地域公民館光回線引込工事補助金交付要綱\n"
            "(令和2年3月27日告示第41号) |\n"
            "|\n"
            "(趣旨)\n"
            "第1条 この要綱は、災害時に避難所となる地域公民館に光回線を引き込む工事に要する経費に対し、"
            "予算の範囲内において補助金を交付することについて、必要な事項を定めるものとする。\n"
            "(補助対象経費)\n"
            "第2条 補助の対象となる経費は、光回線の引込工事及び宅内配線工事に要する経費とする。\n")
    assert years(text) == (2019, 2020)


def test_a_law_cited_by_its_number_before_a_bar_is_still_another_texts_date():
    text = ("○町個人情報保護事務取扱要領\n"
            "| この要領は、個人情報の保護に関する法律(平成15年5月30日法律第57号) |\n"
            "| に基づき、町が保有する個人情報の適正な取扱いについて必要な事項を定める。 |\n"
            "第1条 町は、個人情報を取り扱う事務の目的を明確にしなければならない。\n")
    assert years(text) == (None, None)


def themes(text: str) -> list[str]:
    title = next(l.strip() for l in text.splitlines() if l.strip())
    return [t for t, _ in derive_metadata(text, title=title, path=Path("page.html.txt")).themes]


def test_a_towns_net119_notice_is_about_the_fire_and_ambulance_service():
    text = ("聴覚や言語に障害のある方へ NET119緊急通報システムの登録について\n"
            "消防本部では、聴覚や言語に障害があり、音声による119番通報が困難な方が、スマートフォンなどから"
            "文字で119番通報できる「NET119緊急通報システム」を運用しています。\n"
            "利用を希望される方は、事前に登録が必要です。登録は消防本部警防課又は各消防署で受け付けます。\n"
            "NET119では、通報時に位置情報が自動的に送信されるため、外出先からでも通報できます。\n"
            "登録の際は、身体障害者手帳をお持ちください。\n")
    assert "防災・減災" in themes(text)


def test_an_older_persons_emergency_pendant_is_not_made_a_disaster_theme():
    # 緊急通報 alone: a care scheme's pendant, not the 119 service.
    text = ("高齢者緊急通報システム設置事業\n"
            "ひとり暮らしの高齢者の方の自宅に、急病などの緊急時にボタンを押すだけで受信センターに通報できる"
            "緊急通報装置を設置します。受信センターでは看護師などの専門スタッフが24時間体制で相談に応じ、"
            "必要に応じて協力員や家族に連絡します。\n"
            "対象は65歳以上のひとり暮らしの方で、慢性疾患などにより日常生活に注意を要する方です。\n"
            "利用料は無料です。申請は地域包括支援センターまでご相談ください。\n")
    assert "防災・減災" not in themes(text)


def test_a_towns_notice_lending_disaster_radio_receivers_is_about_radio_too():
    text = ("防災行政無線戸別受信機の無償貸与について\n"
            "町では、防災行政無線のデジタル化に伴い、各世帯に新しい戸別受信機を無償で貸与しています。\n"
            "転入された方や、戸別受信機が故障した方は、総務課防災係へお申し込みください。\n"
            "戸別受信機は町の財産です。転出される際は必ず返却してください。\n"
            "電池は各家庭でご用意ください。停電時も電池で放送を聞くことができます。\n")
    got = themes(text)
    assert "電波・周波数" in got and "防災・減災" in got


def test_a_test_broadcast_schedule_naming_the_receiver_once_stays_disaster_only():
    text = ("全国瞬時警報システム(Jアラート)の全国一斉情報伝達試験について\n"
            "令和6年5月15日(水)午前11時頃、全国瞬時警報システム(Jアラート)の情報伝達試験を実施します。\n"
            "町内の屋外スピーカーから試験放送が流れます。ご家庭の戸別受信機からも同じ放送が流れます。\n"
            "これは試験放送です。災害や避難の情報ではありませんので、ご注意ください。\n")
    assert "電波・周波数" not in themes(text)
