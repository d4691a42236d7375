"""sceptic73: where places48's reading of the issuer's own address in the text (address.contact_address) misfired.
Each page names no place in its prose, so only the address could place it; by labels47's convention an address that
is not the issuer's own contact ("an address in a list of links or of other bodies' contacts is the passing mention")
must not place it: a ministry's model desk 「(例:…@pref.aichi.lg.jp)」, a source's credit 「出典:www.pref.aichi.jp/…」,
a question quoted on a national consultation page, a quoted mail header, a sentence above the address taken for its
label, 「Hotel」 read as TEL.  And the pages where places48 is right and must stay so."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import address, derive_metadata


def _meta(text: str):
    return derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt"))


# --- misfires: the address is not the issuer's own contact ---------------------------------------------------------

_MODEL_DESK = ("地域デジタル人材育成支援事業の公募について\n"
               "本事業は、国が定める要件を満たす取組に対し、経費の一部を補助するものです。\n"
               "申請は、都道府県を通じて行ってください。\n"
               "申請書の提出先:各都道府県の担当窓口(例:joho@pref.aichi.lg.jp)\n"
               "公募期間は令和6年5月1日から6月30日までです。\n")


def test_a_ministrys_model_desk_given_as_an_example_is_not_the_issuers():
    m = _meta(_MODEL_DESK)
    assert m.prefecture == () and "愛知県" not in m.sources.get("prefecture", "")
    assert address.contact_address(_MODEL_DESK) is None


def test_every_prefectures_desk_with_one_as_its_model_is_not_placed():
    text = ("マイナンバーカード交付円滑化計画\n"
            "各市区町村は、交付円滑化計画を策定し、国に提出してください。\n"
            "計画の記載例は別紙のとおりです。\n"
            "計画の提出先(都道府県経由):都道府県の担当課(例 shichoson@pref.shizuoka.lg.jp)\n"
            "総務省自治行政局住民制度課\n")
    assert address.contact_address(text) is None
    assert _meta(text).prefecture == ()


def test_a_survey_crediting_one_prefectures_data_is_not_that_prefectures():
    credit_above = ("通信利用動向調査の結果(速報)\n"
                    "インターネットの利用率は86.2%となり、前年から横ばいとなった。\n"
                    "スマートフォンの保有率は世帯で90%を超えた。\n"
                    "調査結果の詳細は別添資料のとおり。\n"
                    "データ提供 統計課\n"
                    "www.pref.aichi.jp/toukei/\n")
    credit_on_line = credit_above.replace("データ提供 統計課\nwww.pref.aichi.jp/toukei/",
                                          "出典:www.pref.aichi.jp/toukei/census2023")
    see_also = ("自治体DX推進計画の改定について\n"
                "全国の地方公共団体におけるDXの取組を一層推進するため、計画を改定しました。\n"
                "先進的な取組事例は下記を参照してください。\n"
                "(参照)https://www.pref.hiroshima.lg.jp/site/dx/\n")
    for text in (credit_above, credit_on_line, see_also):
        assert address.contact_address(text) is None, text
        assert _meta(text).prefecture == (), text


def test_a_question_quoted_on_a_consultation_page_is_not_the_issuers_contact():
    text = ("国民の声 受付事例\n"
            "ご意見:市役所に問い合わせ(メール shimin@city.kasugai.lg.jp)をしたが回答がない。国から指導してほしい。\n"
            "回答:地方公共団体の事務については、各団体にお問い合わせください。\n"
            "総務省 行政相談\n")
    assert address.contact_address(text) is None
    assert _meta(text).prefecture == ()


def test_a_quoted_mail_header_under_a_sentence_is_no_contact():
    text = ("自治体を装う不審なメールにご注意ください\n"
            "実在する自治体の名をかたり、個人情報の入力を求めるメールが確認されています。\n"
            "差出人:kikaku@city.sapporo.lg.jp\n"
            "件名:給付金の申請について\n"
            "本文中のURLにはアクセスしないでください。\n")
    assert address.contact_address(text) is None
    assert _meta(text).prefecture == ()
    # A header's field alone refuses it too, whatever the line above says.
    for field in ("From: ", "差出人 "):
        assert address.contact_address(text.replace("差出人:", field).replace(
            "個人情報の入力を求めるメールが確認されています。", "送信されたメール")) is None, field


def test_a_list_of_links_in_the_footer_is_read_under_its_label():
    # 関連サイト heads two lines of addresses: the prefecture's is the second, its line above is the ministry's URL.
    text = ("地域情報化アドバイザー派遣制度\n"
            "地方公共団体等の求めに応じ、ICTの専門家を派遣します。\n"
            "派遣に要する経費は国が負担します。\n"
            "関連サイト\n"
            "www.soumu.go.jp/main_sosiki/joho_tsusin/\n"
            "www.pref.nagano.lg.jp/joho/\n")
    assert address.contact_address(text) is None
    assert _meta(text).prefecture == ()
    # Under a contact label, the second of two addresses is still the issuer's.
    signed = text.replace("関連サイト", "問い合わせ先").replace("www.soumu.go.jp/main_sosiki/joho_tsusin/",
                                                          "johoka@pref.nagano.lg.jp")
    assert _meta(signed).prefecture == ("長野県",)


def test_a_contact_word_as_a_sentences_topic_is_no_contact_line():
    # 「迷惑メールの…は、…(www.city…)によれば」: the word is what the sentence is about, the address another body's.
    tail = ("事業者には送信ドメイン認証の導入を求めている。\n利用者にはフィルタの設定を呼びかけている。\n"
            "今後も関係機関と連携して対策を進める。\n以上\n")
    mail = ("迷惑メール対策の現状\n"
            "迷惑メールの相談件数は、ある市の公表(www.city.kasugai.lg.jp/kurashi/)によれば前年の2倍となった。\n" + tail)
    tel = ("電話詐欺への注意喚起\n"
           "電話で自治体職員を名乗り、www.city.kasugai.lg.jp に似せた偽サイトへ誘導する手口が確認されている。\n" + tail)
    for text in (mail, tel):
        assert address.contact_address(text) is None, text
        assert _meta(text).prefecture == (), text


def test_a_contact_in_a_sentence_with_its_numbers_is_still_a_contact():
    # A comma between numbers and the address is a contact line's, not prose's; so is 「県のアドレス(@pref…)」.
    tail = "\n受付は平日の午前9時から午後5時までです。\n電話が混み合う場合があります。\n以上\n"
    for line in ("ご不明な点は、情報政策課(電話0568-85-6035、joho@city.kasugai.lg.jp)までお問い合わせください。",
                 "不審メールは、差出人欄に県のアドレス(@pref.aichi.lg.jp)の記載があっても、県のものではありません。"):
        text = "お知らせ\n本市のホームページをリニューアルしました。\n" + line + tail
        assert _meta(text).prefecture == ("愛知県",), line


def test_a_speakers_contact_on_a_seminars_page_is_not_the_organisers():
    text = ("自治体DXセミナーの開催について\n"
            "自治体職員を対象に、DXの進め方を学ぶセミナーを開催します。\n"
            "講師 情報政策課 山田太郎(連絡先 yamada@city.kasugai.lg.jp)\n"
            "参加費は無料です。\n"
            "申込は専用フォームから受け付けます。\n"
            "多数のご参加をお待ちしています。\n")
    assert address.contact_address(text) is None
    assert _meta(text).prefecture == ()
    # The organiser's own contact on the same page still signs it.
    signed = text.replace("多数のご参加をお待ちしています。", "問い合わせ 企画課 E-mail:kikaku@city.kasugai.lg.jp")
    assert _meta(signed).prefecture == ("愛知県",)


def test_a_pointer_to_a_prefectures_page_on_the_last_line_is_no_footer():
    base = ("地域情報化アドバイザー派遣制度\n"
            "地方公共団体等の求めに応じ、ICTの専門家を派遣します。\n"
            "派遣に要する経費は国が負担します。\n{}\n")
    for label in ("外部サイト\nwww.pref.nagano.lg.jp/joho/", "こちらもご覧ください\nwww.pref.nagano.lg.jp/joho/",
                  "→ www.pref.nagano.lg.jp/joho/", "■ 事例紹介ページ\nwww.pref.nagano.lg.jp/joho/"):
        text = base.format(label)
        assert address.contact_address(text) is None, label
        assert _meta(text).prefecture == (), label
    # A body's name over its address on the last lines is a footer's signature, as places48 reads it.
    assert _meta(base.format("長寿社会課\nwww.pref.nagano.lg.jp/joho/")).prefecture == ("長野県",)


def test_a_pointer_in_an_earlier_sentence_of_the_line_does_not_refuse_the_contact():
    text = ("防災メールの登録について\n"
            "市からの防災情報をメールで配信しています。\n"
            "詳しくはホームページをご覧ください。問い合わせ:危機管理課 E-mail:bousai@city.kasugai.lg.jp\n"
            "登録は無料です。\n通信料は利用者の負担となります。\n以上\n")
    assert _meta(text).prefecture == ("愛知県",)


def test_hotel_is_not_tel():
    text = ("研修会の開催について\n"
            "自治体職員向けの情報セキュリティ研修会を開催します。\n"
            "会場 Hotel Grand www.city.kasugai.lg.jp/access\n"
            "参加申込は別紙により提出してください。\n"
            "定員は先着50名です。\n"
            "研修の内容は、標的型攻撃メールへの対応です。\n"
            "以上\n")
    assert address.contact_address(text) is None
    assert address.contact_address(text.replace("会場 Hotel Grand", "会場 TEL 0568-81-0000")) is not None


# --- where places48 is right and stays so -------------------------------------------------------------------------

def test_a_desks_own_name_with_jorei_or_a_tip_off_line_is_still_a_contact():
    # 例 only as an example's mark and 提供 only as a credit's label: 法規・条例担当 and 情報提供 are desks' own lines.
    jorei = ("情報公開制度について\n"
             "公文書の開示請求は、所定の様式により行ってください。\n"
             "総務課 法規・条例 担当 E-mail:houki@pref.nagano.lg.jp\n")
    tip_off = ("サイバー犯罪の相談窓口\n"
               "インターネット上の詐欺などの相談を受け付けています。\n"
               "情報提供 メール:cyber@police.pref.nagano.lg.jp\n"
               "受付は平日のみです。\n")
    for text in (jorei, tip_off):
        m = _meta(text)
        assert m.prefecture == ("長野県",) and m.region == ("信越",), text


def test_a_bare_opinion_label_before_the_address_is_a_contact():
    text = ("広報紙の発行について\n"
            "毎月1日に広報紙を発行しています。\n"
            "ご意見:kouhou@city.kasugai.lg.jp\n")
    assert _meta(text).prefecture == ("愛知県",)


def test_a_contact_label_line_above_the_address_still_counts():
    text = ("サイバー犯罪に関する相談窓口\n\n"
            "インターネット上のトラブルに関する相談を受け付けています。\n\n"
            "メールアドレス\n"
            "hi-tech@pref.ibaraki.lg.jp\n\n"
            "※回答までに日数を要する場合があります。\n")
    assert _meta(text).prefecture == ("茨城県",)


def test_a_name_shared_by_two_cities_is_told_apart_by_the_host():
    base = ("防災メールの登録について\n"
            "市からの防災情報をメールで配信しています。\n"
            "登録は空メールを送信してください。\n"
            "問い合わせ 危機管理課 E-mail:bousai@city.date.{}\n")
    assert _meta(base.format("hokkaido.jp")).prefecture == ("北海道",)
    assert _meta(base.format("fukushima.jp")).prefecture == ("福島県",)
    assert _meta(base.format("lg.jp")).prefecture == ()  # city.date.lg.jp: which 伊達市 the host does not say


def test_a_page_naming_its_place_keeps_it():
    text = ("長野県塩尻市のDX事例\n"
            "塩尻市では、AIを活用した窓口の案内を始めた。\n"
            "問い合わせ E-mail:joho@pref.aichi.lg.jp\n")
    m = _meta(text)
    assert m.prefecture == ("長野県",) and "issuer's own address" not in m.sources.get("prefecture", "")
