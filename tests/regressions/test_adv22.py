"""adv22: inputs on which the day's changes (HTML <br>s, Excel sheets, region, titles) did the wrong thing."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.extract import extract


def html_lines(tmp_path: Path, body: str) -> list[str]:
    page = tmp_path / "page.html"
    page.write_text('<html><head><meta charset="utf-8"><title>よくある質問｜みどり市</title></head><body><main>\n'
                    f"<h1>よくある質問</h1>\n{body}\n</main></body></html>", encoding="utf-8")
    return extract(page).pages[0].split("\n")


def test_html_a_question_without_its_mark_ends_at_its_br(tmp_path):
    # An FAQ page writes the question and its answer on two lines of one <p>, the question with no ？:
    # 「…受け取れますか<br>市役所の…」 was read as one sentence, 「受け取れますか市役所の窓口で…」.
    lines = html_lines(tmp_path, "<p>Q マイナンバーカードはどこで受け取れますか<br>市民課の窓口で受け取ることができます。</p>"
                                 "<p>電子申請の手続はスマートフォンからでもできるのでしょうか<br>"
                                 "スマートフォンからも申請できます。</p>")
    assert "Qマイナンバーカードはどこで受け取れますか" in lines
    assert "市民課の窓口で受け取ることができます。" in lines
    assert "電子申請の手続はスマートフォンからでもできるのでしょうか" in lines


def test_html_an_address_with_a_kana_in_its_place_name_ends_at_its_br(tmp_path):
    # An address line has a hiragana in its place name (霞が関, 丸の内), so it read as a sentence's words
    # and ran on into the next line: 「…中央合同庁舎第2号館最寄り駅は…」.
    lines = html_lines(tmp_path, "<p>所在地:東京都千代田区霞が関2丁目1番2号 中央合同庁舎第2号館<br>"
                                 "最寄り駅は東京メトロ丸ノ内線の霞ケ関駅です。</p>"
                                 "<p>みどり市丸の内一丁目1番1号みどり市役所本庁舎3階<br>"
                                 "情報政策課の窓口は本庁舎の3階にあります。</p>")
    assert "所在地:東京都千代田区霞が関2丁目1番2号中央合同庁舎第2号館" in lines
    assert "最寄り駅は東京メトロ丸ノ内線の霞ケ関駅です。" in lines
    assert "みどり市丸の内一丁目1番1号みどり市役所本庁舎3階" in lines


TOWN_STRATEGY = ("第2期まち・ひと・しごと創生総合戦略の改訂について\n"
                 "令和4年12月23日にデジタル田園都市国家構想総合戦略が閣議決定されたことを受け、"
                 "第2期まち・ひと・しごと創生総合戦略を改訂しました。\n"
                 "このページに関するお問い合わせ\n{}\n電話:0123-45-6789\n")


def test_a_town_page_quoting_a_cabinet_decision_whose_contact_is_its_board_or_bureau_is_not_national():
    # A town's 教育委員会 or a city's 局 is no state body: the contact block 「教育委員会 学校教育課」 or
    # 「デジタル推進局 DX推進課」 under a page quoting a 閣議決定 still made the page 全国.
    from ictsearch.indexer.metadata.derive import derive_metadata

    for contact in ("教育委員会 学校教育課 情報教育係", "デジタル推進局 DX推進課", "選挙管理委員会事務局 選挙係",
                    "議会事務局 議事係"):
        m = derive_metadata(TOWN_STRATEGY.format(contact), title="総合戦略の改訂", path=Path("x.html"))
        assert m.region == (), (contact, m.sources.get("region"))
    # A prefecture's 府 is no 内閣府: its section only quotes the decision, as a town's does.
    from ictsearch.indexer.metadata.derive import _cites_the_cabinet

    assert _cites_the_cabinet(TOWN_STRATEGY.format("大阪府 スマートシティ戦略部 戦略推進課"))
    assert not _cites_the_cabinet(TOWN_STRATEGY.format("内閣府 地方創生推進事務局 企画課"))
    # A ministry's, an agency's or a state commission's section keeps the decision national.
    for contact in ("総務省 情報流通行政局 地域通信振興課", "デジタル庁 国民向けサービスグループ 企画係",
                    "個人情報保護委員会事務局 総務課", "公正取引委員会事務総局 経済取引局 調整課",
                    "自治行政局 地域力創造グループ 地域政策課"):
        m = derive_metadata(TOWN_STRATEGY.format(contact), title="総合戦略の改訂", path=Path("x.html"))
        assert m.region == ("全国",), (contact, m.sources.get("region"))


def test_a_page_warning_against_old_browsers_keeps_its_title():
    # A security page's title tells readers not to use an old browser; the site's note on the
    # browsers it supports (473f42d) took it for page furniture, and the title became the body's
    # first sentence.
    from ictsearch.indexer.document import derive_title
    from ictsearch.indexer.metadata.lines import is_skip_link

    body = ("\n\nサポートが終了したブラウザは、セキュリティ更新プログラムが提供されないため、"
            "ウイルス感染や情報漏えいの危険が高まります。\n")
    for heading in ("古いブラウザを使い続けないでください", "サポートが終了したブラウザは使用しないでください"):
        assert not is_skip_link(heading)
        assert derive_title(heading + body, None, Path("page.txt")) == heading
    # The site's own note stays furniture.
    assert is_skip_link("本サイトは最新のブラウザでご覧ください。")


def test_xlsx_whose_only_data_is_in_a_hidden_sheet_is_read_with_a_warning(tmp_path):
    # A published table whose data sheet was left hidden under an empty visible sheet: skipping hidden
    # sheets refused the workbook with 「no text (every sheet is empty)」, which is not so.  With nothing
    # visible to read, the hidden sheets are read, and the warning says so.
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    data = wb.create_sheet("整備状況")
    data.append(["市町村名", "光ファイバ整備率"])
    data.append(["青森市", "99.8%"])
    data.sheet_state = "hidden"
    path = tmp_path / "hikari.xlsx"
    wb.save(path)
    got = extract(path)
    assert "青森市\t99.8%" in "\n".join(got.pages)
    assert any("hidden" in w for w in got.warnings)


def test_html_a_heading_ending_in_nitsuite_or_oshirase_ends_at_its_br(tmp_path):
    # A page's bold heading and its text in one <p>: 「マイナンバーカードの交付について<br>本市では…。」 was
    # read as one sentence (…交付について本市では…), the heading lost as a line of its own.
    lines = html_lines(tmp_path, "<p><strong>マイナンバーカードの交付について</strong><br>"
                                 "本市では交付窓口を拡大し、休日にも受け取れるようにしました。</p>"
                                 "<p><b>スマートフォン教室の開催のお知らせ</b><br>"
                                 "高齢者を対象にスマートフォンの使い方を学ぶ教室を開きます。</p>"
                                 "<p>地域情報化計画の策定の進め方について<br>は、市民の意見を聞きながら検討しています。</p>")
    assert "マイナンバーカードの交付について" in lines
    assert "本市では交付窓口を拡大し、休日にも受け取れるようにしました。" in lines
    assert "スマートフォン教室の開催のお知らせ" in lines
    # A sentence whose next word is a particle (について<br>は、) runs on.
    assert "地域情報化計画の策定の進め方については、市民の意見を聞きながら検討しています。" in lines


def test_a_start_the_page_aims_at_does_not_date_it():
    # 「令和12年4月から本格運用を目指す」 under a service's name is a target years ahead, not a start the
    # page announces shortly before it: the heading rule of b897c7a dated such a page 2030.
    from ictsearch.indexer.metadata.derive import derive_metadata

    body = ("市内の公共施設をインターネットで予約できるシステムの導入を進めています。\n"
            "詳しくは担当課までお問い合わせください。\n")
    for head in ("令和12年4月から本格運用を目指す", "令和12年4月から全庁での運用開始を目標とする"):
        m = derive_metadata(f"公共施設予約システム\n{head}\n{body}", title="公共施設予約システム", path=Path("x.html"))
        assert m.year is None, (head, m.sources.get("year"))
    # A start it announces still dates it, as before.
    m = derive_metadata(f"公共施設予約システム\n令和4年11月9日から運用開始\n{body}", title="公共施設予約システム",
                        path=Path("x.html"))
    assert m.year == 2022


def test_a_letterhead_laid_out_in_two_cells_still_names_the_issuer():
    # A Word notice's letterhead table writes the body in one cell and its section in the next
    # (みどり市 | 企画部情報政策課): the row is one name, not a table's values, and was the issuer until
    # 989a5f9 passed over every row of two cells.
    from ictsearch.indexer.metadata.docinfo import organization

    text = "みどり市\t企画部情報政策課\n地域DX計画の策定について\n本市は地域DX計画を策定しました。\n"
    assert organization(text, "地域DX計画の策定について")[0] == "みどり市企画部情報政策課"
    # A table's row of an item and the section in charge of it still names no issuer.
    table = "令和6年度 事業計画\n事業名\t担当\n高齢者の見守り\tみどり町保健福祉部\n"
    assert organization(table, "令和6年度 事業計画")[0] is None


def test_a_fishing_park_is_no_phishing():
    # フィッシング is also the katakana of fishing: a town's page on its managed fishing ground
    # (フィッシングパーク, フィッシング教室, フィッシング大会) was labelled サイバーセキュリティ (f68638b) and
    # 迷惑メール・ネット上のトラブル.
    from ictsearch.indexer.metadata.derive import derive_metadata

    text = ("みどり湖フィッシングパークのご案内\n"
            "みどり湖フィッシングパークは、ニジマスやヤマメを釣ることができる管理釣り場です。\n"
            "初心者向けのフィッシング教室も開いています。秋にはフィッシング大会を開きます。\n"
            "観光協会のホームページから予約ができます。\n")
    m = derive_metadata(text, title="みどり湖フィッシングパークのご案内", path=Path("x.html"))
    names = [name for name, _ in m.themes]
    assert "サイバーセキュリティ" not in names and "迷惑メール・ネット上のトラブル" not in names, m.sources.get("themes")
    # A warning of phishing mail is still both.
    warning = ("フィッシングメールにご注意ください\n"
               "金融機関を装ったフィッシングメールで、偽サイトに誘導してパスワードを盗み取る被害が発生しています。\n")
    themes = [name for name, _ in derive_metadata(warning, title="フィッシングメールにご注意ください",
                                                  path=Path("x.html")).themes]
    assert "サイバーセキュリティ" in themes and "迷惑メール・ネット上のトラブル" in themes
