"""places46: forms where a local page took 全国 from the national scheme it relays — a town's page sending its readers to
its 役場窓口, a page acting on a ministry's notice (「厚生労働省からの通知により」), a fire service writing of itself as
当消防本部 — and a place named only as where people leave for (首都圏を中心とする県外へ流出); each with pages of the kind
where the change must not fire (bench/realdocs README: a page whose place only its address gives has no region from its
text; a national page about the country is 全国)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata, regions


def _meta(text: str, title: str = "", url: str | None = None):
    return derive_metadata(text, title=title or text.split("\n", 1)[0], path=Path("page.txt"), url=url)


# --- a town's hall as the reader's counter -----------------------------------------------------------------------

_TOWN_CERTIFICATE = ("後期高齢者医療制度の資格確認書について\n\n"
                     "マイナンバーカードの保険証利用登録の有無に関係なく、新たに資格取得された方には「資格確認書」が交付されます。\n"
                     "資格確認書をなくしたときは、役場窓口に届け出て再交付を受けてください。\n\n"
                     "マイナ保険証に関する不審な電話にご注意ください\n"
                     "全国的にマイナ保険証をかたる不審な電話が確認されています。\n")


def test_a_towns_page_sending_readers_to_its_hall_takes_no_national_from_the_schemes_words():
    m = _meta(_TOWN_CERTIFICATE)
    assert m.region == () and m.prefecture == ()


def test_the_states_page_sending_readers_to_their_towns_hall_stays_national():
    state = _TOWN_CERTIFICATE.replace("役場窓口に届け出て", "お住まいの市区町村役場の窓口に届け出て")
    assert _meta(state).region == ("全国",)
    also = _TOWN_CERTIFICATE.replace("役場窓口に届け出て", "市町村役場に届け出て")
    assert _meta(also).region == ("全国",)


def test_a_town_named_with_its_hall_keeps_its_place():
    named = _TOWN_CERTIFICATE.replace("役場窓口に届け出て", "阿久比町役場の窓口に届け出て")
    m = _meta(named)
    assert m.prefecture == ("愛知県",) and "全国" not in m.region


# --- a ministry's notice received -------------------------------------------------------------------------------

_CITY_CERTIFICATE = ("後期高齢者医療資格確認書の発行のご案内\n\n"
                     "令和6年12月2日以降、現行の被保険者証は交付されなくなりました\n"
                     "令和6年12月2日から現行の被保険者証は新たに交付されなくなり、マイナ保険証を基本とする仕組みに移行しました。\n\n"
                     "マイナ保険証をお持ちでない方\n"
                     "・新たに後期高齢者医療制度に加入する方\n"
                     "・保険証を紛失した方\n"
                     "・氏名変更、転居、負担割合の変更などで、保険証の記載内容に変更が生じた方\n\n"
                     "令和8年7月31日までの間に75歳の誕生日を迎える方には、申請によらず「資格確認書」を誕生日の前月末までに郵送します。\n"
                     "※令和7年4月3日付の厚生労働省からの通知により、後期高齢者医療制度では暫定的な運用として、"
                     "マイナ保険証の有無にかかわらず「資格確認書」を発行できるようになりました。\n"
                     "※令和7年4月3日付の厚生労働省")


def test_a_page_acting_on_a_ministrys_notice_is_not_the_ministrys():
    m = _meta(_CITY_CERTIFICATE)
    assert m.region == () and m.prefecture == ()


def test_the_ministry_sending_its_notice_stays_national():
    # The ministry's own release of the same change: it names itself acting, not as a sender.
    ministry = _CITY_CERTIFICATE.replace("厚生労働省からの通知により", "厚生労働省において検討した結果")
    assert _meta(ministry).region == ("全国",)
    # A page whose ministry is named acting elsewhere than as a sender keeps its national voice.
    body = _CITY_CERTIFICATE.replace("厚生労働省からの通知により、", "").replace("※令和7年4月3日付の厚生労働省",
                                                                           "※厚生労働省の検討会の報告を踏まえたもの")
    assert _meta(body).region == ("全国",)


# --- a fire service writing of itself ----------------------------------------------------------------------------

_FIRE_DRONE = ("ドローン(無人航空機)を導入しました\n\n"
               "この無人航空機は、人が近づけない災害現場でも、上空から正確に現場状況を確認することができるため、"
               "大規模災害においての活躍が注目され全国での普及が進んでいます。\n"
               "当消防本部でも令和3年10月1日から運用を開始しました。\n")


def test_a_fire_services_page_writing_of_itself_is_not_national():
    m = _meta(_FIRE_DRONE)
    assert m.region == () and m.prefecture == ()


def test_the_states_fire_agency_writing_of_fire_services_as_a_class_stays_national():
    agency = _FIRE_DRONE.replace("当消防本部でも", "全国の消防本部でも")
    assert _meta(agency).region == ("全国",)


# --- where people leave for --------------------------------------------------------------------------------------

_OUTFLOW = ("地域の若者の起業を支えるプログラム\n\n"
            "長野県の人口は19歳から23歳までの人口が、ほぼ同規模の他県と比べて落ち込みが激しくなっています。"
            "これは、学生が大学進学や就職時に首都圏を中心とする県外へ流出していることを表しています。\n"
            "長野県の開業率も全国平均を下回っており、長野県内で新たな事業を起こす人材の育成が求められています。\n")


def test_a_place_people_leave_for_is_passing():
    m = _meta(_OUTFLOW)
    assert m.region == ("信越",) and m.prefecture == ("長野県",)


def test_a_place_people_leave_from_or_a_place_of_the_page_still_counts():
    # The place losing them is the page's subject (首都圏からの転出 on a page about 首都圏's residents moving).
    source = ("首都圏からの転出の動向\n\n首都圏からの転出者は増加しています。首都圏の企業ではテレワークが定着し、"
              "首都圏の住民の地方移住への関心が高まっています。\n")
    assert "関東" in _meta(source).region
    # A page about the place people come to, naming it as where they work, not as where they leave for.
    inflow = ("東京圏への一極集中の是正\n\n東京都では、東京都内の企業と連携し、若者の地方での就職を支援しています。\n")
    assert _meta(inflow).prefecture == ("東京都",)


# --- an official's office before his surname and post ------------------------------------------------------------

_OFFICERS = ("新旧役員会 平成25年度全国市町村情報管理主管課長会 新旧役員会 会議録\n\n"
             "日時\n平成25年11月14日 11:30~12:30\n\n場所\n東京ビッグサイト 会議棟601会議室\n\n"
             "出席者\n役員9名(9団体)、事務局\n\n開会\n"
             "事務局(地方自治情報センター)から開会を宣し、会議次第に沿って役員会が進められた。\n\n挨拶\n"
             "全国市町村情報管理主管課長会会長である金沢市市長公室情報政策課の桶田課長から、本日は新たな役員の選出方法に"
             "関する重要な議事がある旨の挨拶があった。\n")


def test_an_officers_town_before_his_surname_and_post_is_passing():
    m = _meta(_OFFICERS)
    assert m.prefecture == () and "北陸" not in m.region


def test_a_towns_own_office_and_a_bureaus_head_keep_their_place():
    # The office itself named (no surname after の): the city's section is what the line is about.
    office = ("情報政策の推進体制\n\n金沢市の情報政策課長が、市の情報化推進本部の事務を総括しています。"
              "金沢市では、令和5年度から庁内のDXを進めています。\n")
    assert _meta(office).prefecture == ("石川県",)
    # A bureau's head on the bureau's own page: its block stays.
    bureau = ("北陸情報通信協議会の総会を開催\n\n北陸総合通信局の藤田局長から挨拶があり、"
              "北陸管内の情報通信の振興について意見交換を行いました。\n")
    assert "北陸" in _meta(bureau).region


# --- a national body's open day at its own sites -----------------------------------------------------------------

_OPEN_DAY = ("NICT施設一般公開\n\n"
             "毎年、小中学生の夏休みの期間中に実施しているNICT施設一般公開。今年も各地で開催しました。"
             "近隣の方々に日頃のNICTの活動をご理解いただけたと思っています。\n"
             "来年も7月末以降に開催を予定していますので、お近くの会場に足をお運び下さい。\n\n"
             "鹿島宇宙技術センター\n8月1日(土) 来場者 1,501名\n開場30分前から大行列となるほどの来場者に恵まれました。\n\n"
             "沖縄電磁波技術センター\n8月23日(日) 来場者 570名\n工作教室を当日受付にし、来場者が昨年より200名以上増えました。\n")


def test_a_national_bodys_open_day_at_its_sites_takes_the_sites_not_the_country():
    m = _meta(_OPEN_DAY)
    assert m.region == ("関東", "沖縄") and m.prefecture == ("茨城県", "沖縄県")


def test_a_site_of_a_national_body_by_its_own_name_is_its_place():
    m = _meta("小金井本部 施設一般公開\n\n情報通信研究機構発足後初めての施設一般公開を、小金井本部では7月30日(金)・31日(土)の"
              "2日間実施しました。子供工作教室は大盛況でした。\n")
    assert m.prefecture == ("東京都",) and "全国" not in m.region


def test_a_national_body_making_a_dataset_public_stays_national():
    # 一般公開 of a translation engine or a dataset is a release to everyone, not a site opened to visitors.
    m = _meta("多言語音声翻訳エンジンの一般公開について\n\n国立研究開発法人情報通信研究機構(NICT)は、多言語音声翻訳エンジンを"
              "一般公開しました。全国の自治体や事業者が利用できます。鹿島宇宙技術センターの観測データも併せて公開しています。\n")
    assert "全国" in m.region


def test_a_towns_hall_page_writing_national_twice_is_still_the_towns():
    town = ("マイナ保険証への移行について\n\n全国一斉に、令和6年12月2日から現行の保険証は新たに発行されなくなりました。"
            "全国で利用登録が進んでいます。ご不明な点は役場住民課の窓口へお問い合わせください。\n")
    assert _meta(town).region == ()
    state = town.replace("役場住民課の窓口へ", "お住まいの市町村役場へ")
    assert _meta(state).region == ("全国",)


# --- a national body's letterhead ---------------------------------------------------------------------------------

_LETTERHEAD = ("科学技術振興機構報 第1528号\n\n令和3年10月15日\n\n東京都千代田区四番町5番地3\n科学技術振興機構(JST)\n\n"
               "共創の場形成支援プログラム(COI―NEXT)\n令和3年度新規採択プロジェクトについて\n\n"
               "JST(理事長 濵口 道成)は、共創の場形成支援プログラム(COI-NEXT)において計17件のプロジェクトを新規採択しました。\n"
               "本プログラムは、大学などを中心として、企業や地方自治体・市民などの多様なステークホルダーを巻き込んだ産学官共創により、"
               "未来のありたい社会像の実現を目指すものです。\n")


def test_a_national_bodys_letterhead_address_is_passing():
    m = _meta(_LETTERHEAD)
    assert m.region == ("全国",) and m.prefecture == ()


def test_a_sites_address_below_the_head_and_a_sentence_naming_the_place_still_count():
    # The address of the site the page announces, under its name after the opening: the page's subject.
    site = ("新たな観測施設の運用開始について\n\n令和5年4月1日\n\n国立研究開発法人情報通信研究機構\n\n"
            "当機構は、電離圏の観測を強化するため、新たな観測施設の運用を開始しました。\n"
            "観測データは翌日からウェブサイトで公開します。\n\n運用開始日 令和5年4月1日\n\n観測項目 電離圏の観測\n\n"
            "名称\n大洗電離圏観測施設\n茨城県東茨城郡大洗町磯浜町1番\n")
    # (A single mention weighs too little on a national page to place it either way; the evidence shows it kept.)
    assert "茨城県" in regions.regions_of(site, "", national=True).evidence
    assert "東京都" not in regions.regions_of(_LETTERHEAD, "", national=True).evidence
    # A sentence that goes on after the address is no letterhead.
    prose = _LETTERHEAD.replace("東京都千代田区四番町5番地3\n", "東京都千代田区四番町5番地3で説明会を開催し、都内の大学と連携します。\n")
    assert "東京都" in _meta(prose).prefecture
