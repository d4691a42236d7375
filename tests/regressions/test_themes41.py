"""themes41: a 技術動向調査 (a research institute's survey of where a technology's research should go) is R&D.

NICT's, NEDO's and 特許庁's 技術動向調査 survey a technology's 技術動向, its 技術課題 and a research roadmap: the readers
give such pages スタートアップ・研究開発 (realdocs dev half A: the one page with the word, an NICT press release, missed
it; half B and the White Paper sections unchanged).  A page that names the latest 技術動向 once in passing (a chamber of
commerce's DX seminar) must not become a research page.

Also kept here, as guards of what was decided against (themes41 read half A's other-gov pages on data sharing and
research): 情報共有 among a town's staff or between disaster bodies is no open data, and a council's 研究会 (a study
group of its members) is no research.  The pages are written for the test, in the style of real ones."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata

RND = "スタートアップ・研究開発"
OPEN_DATA = "オープンデータ・データ活用"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# A research institute's press release on its survey of a technology's trends, written as NICT's are.
TREND_SURVEY = (
    "光無線通信技術動向調査 ~ 通信・計測分野のロードマップを策定 ~\n"
    "2024年7月10日\n"
    "情報通信研究機構は、外部の有識者による光無線通信技術動向調査委員会を設置し、"
    "「光無線通信技術動向調査」を2024年1月から3月まで実施しました。\n"
    "調査では、「通信」と「計測」の2分野について、国内外の企業や大学に対するヒアリングを行い、"
    "将来の利用場面で求められる性能と、その実現に向けた技術課題を整理しました。\n"
    "その上で、今後10年間にどのような順序で要素技術の研究を進めればよいかを、分野ごとのロードマップとしてまとめました。\n"
    "調査結果の概要は、7月25日に開催する技術セミナーで発表します。\n"
    "背景\n"
    "光無線通信は、電波の届きにくい水中や、電波の利用が制限される場所での通信手段として関心が高まっています。"
    "海外でも各国が技術動向の把握に取り組んでおり、我が国としての取組の方向性を示すことが求められていました。\n"
    "問い合わせ先 情報通信研究機構 広報部\n"
)

# A chamber of commerce's seminar on DX for small firms: 最新の技術動向 once, the subject is local business.
DX_SEMINAR = (
    "中小企業向けDXセミナーの開催について\n"
    "更新日:2025年9月1日\n"
    "市と商工会議所では、市内の中小企業や商店の皆さまを対象に、デジタル技術を活用した販路拡大と業務効率化のセミナーを開催します。\n"
    "第1部では、最新の技術動向を紹介しながら、キャッシュレス決済やネット通販の始め方を分かりやすく説明します。\n"
    "第2部では、市内の事業者がECサイトで地元の特産品の売上を伸ばした事例を紹介し、参加者同士の意見交換を行います。\n"
    "地域の商店街の活性化や、地元の事業者の新たな顧客の獲得につなげることが目的です。\n"
    "日時 令和7年10月15日(水曜日)午後2時から4時まで\n"
    "会場 市民会館 第1会議室\n"
    "参加費 無料(定員30名、先着順)\n"
    "申込み 商工会議所のホームページの申込フォームから、10月8日までにお申し込みください。\n"
    "問い合わせ先 産業振興課 商工係\n"
)

# A town's page on its staff's groupware: 情報共有 among the staff, no data published for anyone.
STAFF_GROUPWARE = (
    "庁内グループウェアの更新について\n"
    "更新日:2024年4月1日\n"
    "町では、令和6年4月から職員が使うグループウェアを新しいものに更新しました。\n"
    "スケジュール管理や施設予約、掲示板の機能により、課をまたいだ職員間の情報共有が速くなります。\n"
    "会議の資料は紙で配らず、グループウェアの掲示板で共有し、ペーパーレス化を進めます。\n"
    "また、庁内の文書の決裁も順次電子化し、業務の効率化を図ります。\n"
    "職員向けの操作研修は4月中に各課で行います。\n"
    "問い合わせ先 総務課 情報係\n"
)

# A council's study group: its members' 研究会 on the town's digital services, no research of anyone's.
COUNCIL_STUDY_GROUP = (
    "議員研究会「デジタル化と町民サービス研究会」の活動報告\n"
    "令和6年11月20日\n"
    "町議会では、議員有志による研究会を設け、町民サービスのデジタル化について調査研究を行っています。\n"
    "第3回の研究会では、行政手続のオンライン化を進める近隣の町の担当者を講師に招き、電子申請の利用状況や、"
    "窓口で申請書を書かずに手続できる仕組みについて説明を受けました。\n"
    "委員からは、高齢の町民が使いやすい画面の工夫や、マイナンバーカードの普及の状況について質問がありました。\n"
    "研究会では、今後も先進地の取組を学び、その成果を一般質問や政策提言に生かしていきます。\n"
    "問い合わせ先 議会事務局\n"
)


def test_a_technology_trend_survey_is_research() -> None:
    assert RND in themes_of(TREND_SURVEY)


def test_the_latest_technology_trends_in_a_business_seminar_are_no_research() -> None:
    got = themes_of(DX_SEMINAR)
    assert RND not in got
    assert "地域ビジネス・地域活性化" in got


def test_staff_sharing_information_is_no_open_data() -> None:
    assert OPEN_DATA not in themes_of(STAFF_GROUPWARE)


def test_a_council_study_group_is_no_research() -> None:
    got = themes_of(COUNCIL_STUDY_GROUP)
    assert RND not in got
    assert "自治体DX・行政手続" in got
