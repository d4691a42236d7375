"""The lead's changes of the twenty-fourth session (2026-12-05)."""

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _derive(text: str):
    return derive_metadata(text, title=text.splitlines()[0], path=Path("page.txt"))


def test_a_name_holding_hon_or_to_is_not_a_local_body_speaking_of_itself():
    # 熊本県 holds 本県 and 松本市 holds 本市; neither is a prefecture or city writing of itself, so a page
    # of no issuer that speaks for the nation (我が国) stays national.
    m = _derive("地域のデジタル化に関する調査結果\n我が国の地方公共団体におけるデジタル化の取組状況を調査しました。\n"
                "熊本県、松本市などで先進的な取組が見られました。調査は全国の自治体を対象に行いました。")
    assert m.region == ("全国",)


def test_a_prefecture_writing_hon_ken_is_still_its_own_voice():
    m = _derive("県のデジタル化推進計画\n我が国のデジタル化が進む中、本県では行政手続のオンライン化を進めています。\n"
                "熊本県デジタル推進課が取りまとめました。")
    assert "全国" not in m.region
    assert "熊本県" in m.prefecture


def _themes(text: str) -> set[str]:
    return {t for t, _ in _derive(text).themes}


def test_a_page_about_the_adviser_dispatch_scheme_is_human_resources():
    # bench/realdocs README, "experts sent to local bodies": the scheme sending ICT experts to towns is 人材育成.
    assert "人材育成" in _themes(
        "地域情報化アドバイザー派遣制度のご案内\n総務省では、ICTを活用した地域課題の解決に取り組む地方公共団体等の求めに応じて、"
        "ICTの知見等を有する専門家(地域情報化アドバイザー)を派遣しています。令和5年度の派遣申請を受け付けます。")


def test_an_adviser_on_a_committee_is_not_human_resources():
    assert "人材育成" not in _themes(
        "防災行政無線のデジタル化検討会の開催\n市では、防災行政無線のデジタル化に向けた検討会を開催しました。"
        "委員には学識経験者のほか、防災アドバイザーが参加し、屋外拡声子局の配置や戸別受信機の配布について意見を交わしました。")


def test_a_computer_infection_and_a_radio_inspection_are_not_health():
    # themes37b made 感染防止, 感染者 and 検査体制 strong 医療 words (the COVID-19 convention); a security seminar on
    # malware and a bureau's page on inspecting radio stations write them too.
    assert "医療・介護・健康" not in _themes(
        "中小企業向けサイバーセキュリティ対策セミナーの開催\n近畿総合通信局は、令和5年10月、中小企業を対象に、ランサムウェアなど"
        "マルウェアの感染防止と感染拡大防止のための対策を学ぶセミナーを開催します。感染した端末の早期発見と、検査体制の整備についても解説します。")
    assert "医療・介護・健康" not in _themes(
        "無線局の検査体制の見直しについて\n総務省は、登録検査等事業者制度を活用し、無線局の定期検査の検査体制を見直しました。")


def test_the_infection_handled_by_a_town_is_still_health():
    assert "医療・介護・健康" in _themes(
        "新型コロナウイルス感染症への対応について\n本市では、感染者の増加を受け、感染防止対策の徹底と、PCR検査の検査体制の拡充を"
        "進めています。市民の皆様には、マスクの着用と手指消毒をお願いします。")


def test_a_theme_word_across_a_particle_from_a_committee_or_a_room_still_counts():
    # The analyzer drops particles, so 「テレワークの推進を経済常任委員会で」 is テレワーク 推進 経済 常任 委員会: four terms that
    # reached the committee's name (themes37's rule); only a word inside the unbroken name is the name's.
    assert "働き方・テレワーク" in _themes(
        "条例案の審議\nテレワークの推進を経済常任委員会で審議しました。テレワーク導入の支援を経済常任委員会で議論しました。")
    assert "防災・減災" in _themes("訓練のお知らせ\n防災訓練を会議室で行います。避難訓練と防災講話を会議室で実施します。")


def test_a_theme_word_inside_a_committee_or_a_room_name_does_not_count():
    assert _themes("総務教育常任委員会の開催\n令和5年6月15日、総務教育常任委員会を開催しました。付託議案を審査しました。") == set()
    assert "防災・減災" not in _themes(
        "第3回協議会の開催\n日時:令和5年7月3日 場所:狛江市防災センター402・403会議室\n議題:市民協働事業の実施報告について")


def test_a_pasted_sentence_tail_opening_with_a_particle_is_not_an_unknown_kana_word():
    # phrasing37 finds a hiragana word Sudachi cuts otherwise in a sentence (うるう秒について調べてます) before a
    # request's tail; 「…からご確認ください」 opens with the particle から, and was searched as the phrase から 御 確認,
    # which no page indexes (bench/pasted.py: one pasted sentence of realdocs r2614 found nothing).
    from ictsearch.search.query import compile_query, parse

    query = str(compile_query(parse("配布資料は「関連ファイル」からご確認ください")).query)
    assert "から" not in query
    assert "body:確認" in query
