"""Three of the conventions of bench/realdocs settled by labels47 (bench/realdocs/README.md, "Conventions for six
more theme splits and a place form"), checked on the label files themselves: a row that breaks a written
convention fails here before it moves a figure.  Only the labels, the titles and the texts are read; nothing is
derived, so these hold whatever the rules do.  Each failed on the labels before labels47 (7 rows, 2 rows, 1 row)."""

import re

from conftest import realdocs_labelled as _rows, realdocs_text as _text

# A mail address at a prefecture's domain: 「E-mail:nogyoshiken@pref.tottori.lg.jp」, 「hi-tech@pref.ibaraki.lg.jp」,
# 「@police.pref.fukushima.jp」 (the police's reply domain).
PREF_MAIL = re.compile(r"[\w.\-]*@(?:[\w\-]+\.)*pref\.([a-z]+)\.(?:lg\.)?jp")
# A town's mail address in a contact line: 「E-mail:korei@city.kitanagoya.lg.jp」.
TOWN_MAIL = re.compile(r"[\w.\-]+@(?:[\w\-]+\.)*(?:city|town|vill)\.[a-z\-]+\.(?:[a-z]+\.)?jp")


def test_a_page_carrying_its_issuers_mail_address_has_a_place():
    # 鳥取県's budget sheets sign with 「E-mail:jouhou@pref.tottori.lg.jp」 and write 県 / 市町村 only; 茨城県警察's desk
    # gives 「電子メール hi-tech@pref.ibaraki.lg.jp」 and writes 県警察本部 only.  The address is in the text, as a
    # letterhead is: the issuer's prefecture (r4280 and r4820 were labelled so, r3977 and r3577 were not).
    wrong = []
    for r, _, _, _ in _rows():
        text = _text(r["id"])
        if (PREF_MAIL.search(text) or TOWN_MAIL.search(text)) and not r["prefecture"]:
            wrong.append(r["id"])
    assert wrong == []


def test_a_regions_society_dx_alone_is_not_the_offices():
    # 「有田市をモデルケースとし、一次産業、商工業、観光業等の付加価値化や健康・医療・介護・福祉分野、防災等の様々な分野
    # にも波及させる地域社会DX」: the region's DX, whoever runs it; 自治体DX・行政手続 is the offices' digital work.  A page
    # that names the offices' side too (「「自治体DX」と「地域社会DX」の両方の側面」, a city's 「窓口DX」) is not checked.
    office = re.compile(r"自治体DX|行政|窓口|市政|庁内|職員|手続|電子申請|マイナンバー|情報システム")
    wrong = []
    for r, _, title, themes in _rows():
        text = _text(r["id"])
        if re.search(r"地域社会DX|地域DX", title + text) and not office.search(text):
            if "自治体DX・行政手続" in themes:
                wrong.append(r["id"])
    assert wrong == []


def test_a_national_white_paper_on_small_firms_without_the_regions_is_not_regional_business():
    # 中小企業白書's 「第3節 中小企業のデジタル化推進に向けた課題」 (by industry and by size, the whole country): firms'
    # size is not locality.  Its section that opens on 「特に地方では」 and a survey of 「地域における中小企業」 (r1047)
    # gives the regions a passage and is not checked.
    wrong = []
    for r, _, title, themes in _rows():
        text = _text(r["id"])
        if "中小企業白書" in title + text[:300] and not re.search(r"地方|地域(?!未来牽引)", text):
            if "地域ビジネス・地域活性化" in themes:
                wrong.append(r["id"])
    assert wrong == []
