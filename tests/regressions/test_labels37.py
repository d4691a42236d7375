"""Two of the theme conventions of bench/realdocs settled by labels37 (bench/realdocs/README.md,
"Conventions for themes read two ways"), checked on the label files themselves: a row that breaks a
written convention fails here before it moves a figure.  Only the labels, the titles and the texts are
read; nothing is derived, so these hold whatever the rules do.  Each failed on the labels before
labels37 (12 rows and 2 rows)."""

import re

from conftest import realdocs_labelled as _rows, realdocs_text as _text


def test_a_page_of_the_adviser_dispatch_scheme_is_jinzai_ikusei():
    # 「平成27年度地域情報化アドバイザー北海道会議を開催」, 「令和2年度「地域情報化アドバイザー」派遣申請の
    # 受付開始」: the scheme sends experts a town lacks, which themes.toml counts as 人材育成 (専門家派遣).
    # An adviser who only speaks at a seminar (「総務省地域情報化アドバイザーの 米田 剛 氏から…講演」) is
    # not in a title of this form and is not checked.
    scheme = re.compile(r"地域情報化アドバイザー.*(会議|派遣|委嘱)")
    wrong = [r["id"] for r, _, title, themes in _rows() if scheme.search(title) and "人材育成" not in themes]
    assert wrong == []


def test_a_local_information_plan_naming_the_administration_is_jichitai_dx():
    # 「鯖江市DX推進基本方針・計画」 whose directions are 「行政サービスの100%デジタル化」, or a
    # 情報化推進計画 whose fields include 電子自治体の推進: the body's own administration going digital is
    # one of the plan's fields, so 自治体DX・行政手続.  A plan whose excerpt shows only broadband or
    # residents' use (「第2次東広島市地域情報化計画」) names none of these words and is not checked.
    plan = re.compile(r"(情報化|DX|ICT).{0,8}(計画|プラン|戦略|ビジョン|方針)")
    admin = re.compile(r"行政サービス|電子自治体|行政の情報化|行政のデジタル化|行政手続|電子市役所|電子県庁")
    wrong = []
    for r, kind, title, themes in _rows():
        if kind in ("municipal", "prefecture") and plan.search(title) and "自治体DX・行政手続" not in themes:
            if admin.search(_text(r["id"])):
                wrong.append((r["id"], title[:30]))
    assert wrong == []
