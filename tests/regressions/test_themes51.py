"""themes51: 自治体DX・行政手続 of an assembly's or an election's own proceedings going digital, and a gap of
情報通信環境 stated on a network page (デジタルデバイド・高齢者).

Each rule has a page of the kind it was read from (docs-bj's dev pages), where it fires, and pages of my own in the
style of real ones where it must not: an assembly's minutes with 本会議中継 in its menu bar, a relay race streamed on the
internet, a 審議会 held online, a company's notice of online voting at its shareholders' meeting, a 共聴 subsidy's gap."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata

DX = "自治体DX・行政手続"
DIVIDE = "デジタルデバイド・高齢者"
NETWORK = "ネットワーク基盤・ブロードバンド"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# --- an assembly's streaming, its online committees, electronic voting (themes.toml, 自治体DX・行政手続) -------------

STREAMING = """町議会インターネット中継
更新日 2024年6月3日
○○町議会では、開かれた議会を目指し、令和5年6月の定例会から本会議の模様をインターネットで中継しています。
1.議会中継の対象
定例会及び臨時会の本会議、予算審査特別委員会、決算審査特別委員会を対象とします。
2.議会中継の方法
議会中継は、YouTubeを利用し、議会開催日当日は生中継による映像及び音声の配信を行います。録画映像は会議終了後おおむね1週間で公開します。
3.注意事項
議会中継の映像は、町議会の公式記録ではありません。"""

ONLINE_COMMITTEE = """○○市議会オンライン委員会運営要綱
令和6年3月22日 議会告示第2号
(趣旨)
第1条 この要綱は、○○市議会委員会条例第15条の2の規定により、オンライン会議システムを利用した委員会(以下「オンライン委員会」という。)の運営に関し必要な事項を定めるものとする。
(対象)
第2条 委員は、重大な感染症のまん延防止措置の必要がある場合又は大規模な災害が発生した場合は、オンライン委員会に出席することができる。
(本人確認)
第3条 委員長は、オンライン委員会の開会に当たり、映像及び音声により委員本人であることを確認するものとする。
(情報セキュリティ)
第4条 委員は、オンライン委員会に出席するときは、第三者が映像及び音声を視聴することのないよう、適切な場所で出席しなければならない。"""

E_VOTING = """電子投票制度について
電磁的記録式投票(電子投票)は、選挙人が投票所に設置された電子投票機を操作して投票する方法です。
地方公共団体の議会の議員及び長の選挙に限り、条例で定めることにより電子投票を行うことができます(電子投票特例法)。
電子投票では、画面に表示された候補者の氏名に触れるだけで投票でき、疑問票や無効票がなくなり、開票作業も迅速になります。
本市では、現在のところ電子投票を導入する条例は制定していません。"""

# A city assembly's minutes page: 本会議中継 is a link in its menu bar; the sitting discusses a disaster drill.
MINUTES = """○○市議会 会議録閲覧
あらまし 皆さんと市議会 議員の紹介 審議情報 本会議中継 会議録 議会だより
令和5年第3回定例会 総務常任委員会 会議録
日時 令和5年9月12日 午前10時
議題 総合防災訓練の実施結果について
委員長 ただいまから総務常任委員会を開会いたします。
危機管理課長 9月1日に実施した総合防災訓練では、地震を想定し、避難所の開設と自主防災組織による避難誘導を行いました。
委員 避難行動要支援者の避難支援の体制はどうなっているのか。
危機管理課長 民生委員や自主防災組織と連携し、個別避難計画の作成を進めております。"""

# A town's relay race streamed on the internet: no assembly.
RELAY = """第40回 ○○町駅伝大会を開催します
令和6年2月11日(日)午前9時スタート
町内の中学生、高校生、一般の部の計48チームが、町役場前から総合運動公園までの5区間を走ります。
当日は、大会の様子をインターネット中継でご覧いただけます。インターネット中継はYouTubeの町公式チャンネルから視聴できます。
沿道での応援の際は、交通規制にご協力ください。"""

# A company's notice: its shareholders vote online (電子投票) at its general meeting.
AGM = """第25回定時株主総会招集ご通知
株主各位
当社第25回定時株主総会を下記のとおり開催いたしますので、ご通知申し上げます。
議決権は、書面又はインターネットによる電子投票により行使することができます。電子投票による議決権行使は、議決権行使サイトにアクセスし、画面の案内に従って賛否をご入力ください。
1.日時 令和6年6月25日(火曜日)午前10時
2.場所 当社本店 会議室
3.目的事項 第1号議案 剰余金処分の件 第2号議案 取締役5名選任の件"""


def test_an_assemblys_streaming_is_dx() -> None:
    assert DX in themes_of(STREAMING)


def test_an_assemblys_online_committee_rules_are_dx() -> None:
    assert DX in themes_of(ONLINE_COMMITTEE)


def test_electronic_voting_at_elections_is_dx() -> None:
    assert DX in themes_of(E_VOTING)


def test_a_menu_bars_honkaigi_chukei_is_no_dx() -> None:
    assert DX not in themes_of(MINUTES)


def test_a_relay_races_internet_streaming_is_no_dx() -> None:
    assert DX not in themes_of(RELAY)


def test_shareholders_online_voting_is_no_dx() -> None:
    assert DX not in themes_of(AGM)


# --- a gap of 情報通信環境 stated on a network page (themes.py GAP_STATED, デジタルデバイド・高齢者) -----------------------

FIBRE_ORDINANCE = """○○町地域情報通信基盤施設の設置及び管理に関する条例
平成23年3月15日 条例第4号
(趣旨)
第1条 この条例は、○○町地域情報通信基盤施設の設置及び管理に関し必要な事項を定めるものとする。
(目的)
第2条 町は、地域間の情報通信環境の格差を是正するとともに、住民の生活の向上を図るため、光ファイバ網による地域情報通信基盤施設を設置する。
(定義)
第3条 この条例において「光ファイバ網」とは、町が設置する光ファイバケーブル及び伝送装置をいう。
(業務)
第4条 施設は、超高速ブロードバンドサービス及びインターネット接続サービスの提供に供する。
(利用の申込み)
第5条 施設を利用しようとする者は、町長に申し込まなければならない。"""

# A 共聴 subsidy: the same gap stated on a broadcast page, without a network theme.
ANTENNA_SUBSIDY = """○○町テレビ共同受信施設改修事業補助金交付要綱
平成21年8月4日 告示第70号
(目的)
第1条 この要綱は、地上デジタル放送への移行に伴い、テレビ共同受信施設の改修を行う共聴組合に対して補助金を交付し、地域間の情報通信環境の格差の是正に寄与することを目的とする。
(定義)
第2条 この要綱において「共聴組合」とは、地上デジタルテレビ放送を受信するための共同受信施設を管理する組合をいう。
(補助対象経費)
第3条 補助金の対象となる経費は、受信アンテナ、ヘッドエンド及び伝送路の改修に要する経費とする。
(補助金の額)
第4条 補助金の額は、補助対象経費の2分の1以内とし、1組合当たり100万円を限度とする。"""


def test_an_ordinances_gap_of_information_environment_is_a_divide() -> None:
    got = themes_of(FIBRE_ORDINANCE)
    assert NETWORK in got and DIVIDE in got


def test_a_shared_antenna_subsidys_gap_is_no_divide() -> None:
    assert DIVIDE not in themes_of(ANTENNA_SUBSIDY)
