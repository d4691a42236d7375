"""The state's incorporated bodies, special corporations and 総務省's councils in data/national_bodies.tsv (bodies42):
a page such a body signs is national; its office in one town, a town's page naming it, a link to it or a picture
credited to it is not."""

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata import docinfo


def _meta(text: str, title: str = ""):
    return derive_metadata(text, title=title, path=Path("page.txt"))


def _rows() -> list[list[str]]:
    lines = (docinfo.DATA_DIR / "national_bodies.tsv").read_text("utf-8").splitlines()
    return [l.split("\t") for l in lines if l and not l.startswith("#")][1:]


def test_the_list_holds_the_states_lists_with_their_basis():
    rows = _rows()
    assert all(len(r) == 4 and r[3].strip() for r in rows)
    kinds = {}
    for name, body, kind, basis in rows:
        kinds.setdefault(kind, set()).add(body)
    # 総務省's list of 独立行政法人 (some 87; those seated in one place whose pages are about it are left out).
    assert len(kinds["法人"]) >= 60
    for body in ("国民生活センター", "統計センター", "国立公文書館", "国立印刷局", "国際協力機構", "日本学生支援機構",
                 "中小企業基盤整備機構", "医薬品医療機器総合機構", "国立環境研究所"):
        assert body in kinds["法人"]
    assert {"日本放送協会", "日本年金機構", "日本司法支援センター", "日本郵便株式会社"} <= kinds["特殊法人"]
    assert {"地方公共団体情報システム機構", "地方公共団体金融機構"} <= kinds["地方共同法人"]
    assert {"情報通信審議会", "電波監理審議会", "電気通信紛争処理委員会"} <= kinds["委員会"]
    assert docinfo.NATIONAL_BODIES["J-LIS"] == "地方公共団体情報システム機構"
    names = {r[0] for r in rows}
    # Seated in one town, or regional companies: their pages are about their place.
    for name in ("国立病院機構", "地域医療機能推進機構", "国立高等専門学校機構", "労働者健康安全機構",
                 "東日本電信電話株式会社", "西日本電信電話株式会社", "NTT東日本", "都市再生機構"):
        assert name not in names
    # Short forms that other words share: NHK (a town's 受信料 page), IPA, JST, 法テラス (its offices: 法テラス埼玉).
    assert not {"NHK", "IPA", "JST", "法テラス"} & names
    assert not any(n.startswith("国立大学法人") for n in names)


def test_the_local_governments_system_body_signs_its_own_page():
    text = ("地方公共団体情報システム機構\n"
            "お知らせ\n"
            "令和6年4月1日\n"
            "マイナンバーカードの電子証明書の更新手続について\n"
            "電子証明書の有効期限は、発行日から5回目の誕生日までです。\n"
            "お住まいの市区町村の窓口で更新の手続をしてください。\n")
    m = _meta(text)
    assert m.organization == "地方公共団体情報システム機構"
    assert m.region == ("全国",) and m.prefecture == ()
    assert m.fiscal_year == 2024


def test_an_agency_with_its_legal_form_before_its_name_is_national():
    text = ("独立行政法人国民生活センター\n"
            "報道発表資料\n"
            "令和5年7月21日\n"
            "「当選しました」というメールに注意!\n"
            "全国の消費生活センター等には、懸賞の当選をかたるメールに関する相談が寄せられています。\n"
            "相談事例\n"
            "【事例1】東京都在住の60歳代の女性から\n")
    m = _meta(text)
    assert m.organization == "独立行政法人国民生活センター"
    assert m.region == ("全国",) and m.prefecture == ()
    # A prefecture's own 独立行政法人 is no state body.
    assert docinfo.national_name("地方独立行政法人大阪府立病院機構") is None


def test_a_council_of_the_ministry_is_national():
    text = ("情報通信審議会 情報通信技術分科会\n"
            "陸上無線通信委員会報告(案)に対する意見募集\n"
            "令和6年5月10日\n"
            "情報通信審議会では、5GHz帯無線LANの周波数拡張に係る技術的条件について検討を行っています。\n")
    m = _meta(text)
    assert m.organization == "情報通信審議会"
    assert m.region == ("全国",)


def test_an_office_of_one_town_is_its_towns():
    pension = ("日本年金機構 千代田年金事務所\n"
               "年金相談の予約について\n"
               "千代田区、中央区にお住まいの方の年金相談は、予約制で受け付けています。\n"
               "所在地 東京都千代田区三番町22\n")
    m = _meta(pension)
    assert docinfo.area_office(m.organization)
    assert "全国" not in m.region and m.prefecture == ("東京都",)
    post = ("日本郵便株式会社 北海道支社\n"
            "報道発表資料\n"
            "令和6年2月1日\n"
            "札幌市内の郵便局でキャッシュレス決済を導入します\n"
            "札幌中央郵便局ほか市内20局で、窓口のキャッシュレス決済を始めます。\n")
    m = _meta(post)
    assert "全国" not in m.region and m.prefecture == ("北海道",)


def test_a_town_naming_the_body_keeps_its_page():
    helped = ("コンビニ交付サービスを開始します\n"
              "本町では、J-LISの支援を受けて、令和6年4月からコンビニ交付サービスを開始します。\n"
              "マイナンバーカードがあれば、全国のコンビニエンスストアで住民票の写しが取得できます。\n"
              "問い合わせ先\n"
              "美里町役場 町民課 電話 0229-00-0000\n")
    assert "全国" not in _meta(helped).region
    # A picture credited to the body (イラスト:…ホームページより) on a city's page.
    credit = ("イラスト:地方公共団体情報システム機構ホームページより\n"
              "コンビニ交付とは、コンビニエンスストアのマルチコピー機を利用して、住民票の写しなどを取得できるサービスです。\n"
              "このサービスは下呂市内に限らず、全国の店舗で利用できます。\n"
              "下呂市役所 市民課\n")
    m = _meta(credit)
    assert docinfo.national_name(m.organization) is None
    assert "全国" not in m.region and m.prefecture == ("岐阜県",)


def test_a_link_to_the_body_and_a_towns_signature_are_the_towns():
    links = ("マイナンバーカードの電子証明書の更新\n"
             "電子証明書の有効期限が近づいた方には、通知書が届きます。\n"
             "関連リンク\n"
             "地方公共団体情報システム機構(外部リンク)\n"
             "更新の手続は市民課の窓口で受け付けています。\n"
             "上田市 市民課 窓口係\n")
    m = _meta(links)
    assert m.organization != "地方公共団体情報システム機構"
    assert "全国" not in m.region and m.prefecture == ("長野県",)
    # No link marker: the body heads a list of links, and the city signs at the end.
    bare = ("年金について\n"
            "国民年金の届出は市役所でも受け付けています。\n"
            "日本年金機構\n"
            "ねんきんネット\n"
            "蕨市 保険年金課\n")
    m = _meta(bare)
    assert "全国" not in m.region and m.prefecture == ("埼玉県",)


def test_the_broadcaster_signs_in_full_and_a_towns_fee_page_stays_the_towns():
    own = ("日本放送協会\n"
           "放送受信料の免除について\n"
           "令和6年10月1日\n"
           "公的扶助受給者などを対象に、放送受信料の免除制度を設けています。\n")
    assert _meta(own).region == ("全国",)
    town = ("NHK受信料の免除について\n"
            "生活保護を受けている世帯などは、放送受信料の全額が免除されます。\n"
            "手続は町の福祉課で証明を受けてから日本放送協会へ申請してください。\n"
            "嵐山町 福祉課\n")
    m = _meta(town)
    assert "全国" not in m.region and m.prefecture == ("埼玉県",)
