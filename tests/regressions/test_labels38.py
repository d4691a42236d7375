"""Three of the conventions of bench/realdocs settled by labels38 (bench/realdocs/README.md, "Conventions
for four more splits"), checked on the label files themselves: a row that breaks a written convention fails
here before it moves a figure.  Only the labels, the titles and the texts are read; nothing is derived, so
these hold whatever the rules do.  Each failed on the labels before labels38."""

import re

from conftest import realdocs_labelled as _rows, realdocs_text as _text


def test_a_page_on_the_receivers_of_a_towns_disaster_radio_is_denpa():
    # 「防災行政無線戸別受信機の無償貸与について(吉岡町)」, 「個別受信機の貸出等について」,
    # 「東通村防災行政用無線戸別受信機の貸与に関する要綱」: the sets that receive the town's licensed radio,
    # lent, installed or replaced, are the radio system itself, so 電波・周波数 beside 防災・減災.  A page on
    # what the loudspeakers announce (「防災行政無線の試験放送について」) has no receiver in its title.
    receiver = re.compile(r"(防災|同報).{0,12}(戸別|個別)?受信機|(戸別|個別)受信機")
    wrong = [(r["id"], title[:30]) for r, kind, title, themes in _rows()
             if kind in ("municipal", "prefecture") and receiver.search(title) and "電波・周波数" not in themes]
    assert wrong == []


def test_the_clean_reception_month_is_denpa_and_broadcast_when_it_names_tv_and_radio():
    # 「10月は「受信環境クリーン月間」です − テレビ・ラジオの良好な受信環境維持のために −」: a campaign against
    # interference (電波・周波数) that protects the reception of broadcasts (放送) when the page says so.
    wrong = []
    for r, _, title, themes in _rows():
        if "受信環境クリーン月間" in title:
            want = {"電波・周波数"} | ({"放送"} if re.search(r"テレビ|ラジオ|放送", _text(r["id"])) else set())
            if not want <= set(themes):
                wrong.append((r["id"], sorted(want - set(themes))))
    assert wrong == []


def test_a_digiden_award_or_grant_page_is_jichitai_dx_only_with_an_administrative_item():
    # A minister's report on the 「夏のDigi田甲子園」 or a town's 「デジタル田園都市国家構想に係る取組の推進」
    # page names no project of the office's own (窓口, 申請, マイナンバーカード …), so it is 地域ビジネス and
    # not 自治体DX; 「米子市「スマート窓口システムの構築」」 among a prefecture's entries makes it 自治体DX.
    digiden = re.compile(r"Digi田|デジタル田園都市国家構想交付金|デジタル田園都市国家構想に係る取組|デジ田交付金")
    admin = re.compile(r"窓口|申請|手続|マイナンバー|行政サービス|行政手続|電子自治体|行政のデジタル|自治体DX")
    wrong = []
    for r, kind, title, themes in _rows():
        if kind == "whitepaper" or "自治体DX・行政手続" not in themes:
            continue
        text = _text(r["id"])
        if digiden.search(title) or digiden.search(text[:300]):
            if not admin.search(re.sub(r"申請団体", "", text)):
                wrong.append((r["id"], title[:30]))
    assert wrong == []
