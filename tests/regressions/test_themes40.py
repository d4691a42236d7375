"""themes40: the word 教育 and the schools named on a page weigh less (themes.toml's weight 0.8 for 教育).

In Japanese administrative writing 教育 is any teaching or training — a fire brigade's 教育訓練, 「啓発・教育」 against
online abuse, a firm's 社員教育 — and pages name schools, universities and pupils as venues, partners or audiences of
something else; two or three such words made 教育 a second theme the readers did not give (realdocs dev, half B: 9
such pages, half A: 1, where two more pages found their real theme once 教育 no longer hid it).  Pages about schooling say it densely and keep it, also as a second theme.  The pages here
are written for the test, in the style of a town's and a fire service's pages."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import taxonomy, THEMES

EDUCATION = "教育"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# A fire service's page on its new drone unit: its staff's 教育訓練 is said three times, the subject is disasters and
# drones.  With 教育 at full weight the page took 教育 as a third theme.
DRONE_UNIT = (
    "消防本部ドローン隊の運用開始について\n"
    "更新日:2025年4月1日\n"
    "消防本部では、令和7年4月1日からドローン隊の運用を開始しました。\n"
    "災害現場の上空からドローンで撮影した映像を指揮本部に送り、土砂災害や林野火災、水難事故の状況を早く把握します。\n"
    "これまでは隊員が現場に近づいて目で確認していたため、二次災害の危険がありました。ドローンを使うことで、安全な場所から広い範囲を確認できます。\n"
    "隊員は、無人航空機の操縦に関する教育訓練を受け、国家資格を取得した職員12名です。\n"
    "今後も定期的に教育訓練を重ね、夜間や強風時の飛行にも対応できるよう技術の向上に努めます。\n"
    "新しく配属される職員にも、基礎的な教育から段階的に行います。\n"
    "台風や大雨の際には、河川の水位や浸水の範囲をドローンで確認し、避難の呼びかけに役立てます。\n"
    "また、行方不明者の捜索では、赤外線カメラを搭載した機体で夜間でも人の体温を捉えることができます。\n"
    "配備した機体は3機で、そのうち1機は防水仕様のため雨天でも飛行できます。\n"
    "撮影した映像は、県や近隣の消防本部とも共有し、広域的な応援の判断にも活用します。\n"
    "飛行にあたっては、航空法に基づく手続を行い、周辺の住民の皆さまのプライバシーにも配慮します。\n"
    "訓練のため、市内の河川敷や公園の上空を飛行することがあります。ご理解とご協力をお願いします。\n"
    "問い合わせ先 消防本部 警防課 電話 0000-00-0000\n"
)

# A town's page on its schools' tablets (GIGAスクール構想): schooling, said densely.
GIGA_SCHOOL = (
    "GIGAスクール構想の推進について\n"
    "更新日:2024年5月20日\n"
    "本市では、GIGAスクール構想に基づき、市立小中学校の児童生徒に1人1台の学習用端末を整備しています。\n"
    "令和6年度は、端末の更新にあわせて、教職員向けのICT活用研修を年4回実施します。\n"
    "授業でのデジタル教科書の活用や、家庭学習での端末の持ち帰りについても、教育委員会がガイドラインを定めています。\n"
    "校内の無線LAN環境も順次増強し、全ての教室で同時に接続できるようにしました。\n"
    "問い合わせ先 教育委員会 学校教育課\n"
)

# A town's page on its schools' network: broadband and schooling both, the second theme must stay.
SCHOOL_NETWORK = (
    "市立小中学校の通信ネットワーク増強工事について\n"
    "更新日:2024年7月1日\n"
    "市では、市立小学校14校と中学校7校の通信ネットワークを増強します。\n"
    "1人1台の学習用端末で動画を使った授業を行うと、校内の無線LANとインターネット接続の回線が混み合い、つながりにくくなることがありました。\n"
    "そこで、各校の回線を10Gbpsの光回線に切り替え、校内の無線LANのアクセスポイントも新しい規格のものに更新します。\n"
    "工事は夏休み期間中に行い、2学期から児童生徒が新しい環境で学習できるようにします。\n"
    "教職員が使う校務用のネットワークとは分けて整備し、情報セキュリティにも配慮します。\n"
    "事業費は約2億円で、国の補助金を活用します。\n"
    "問い合わせ先 教育委員会 学校教育課\n"
)


def test_education_weighs_less_than_the_other_themes() -> None:
    assert taxonomy().weights[THEMES.index(EDUCATION)] == 0.8
    assert all(w == 1.0 for name, w in zip(THEMES, taxonomy().weights) if name != EDUCATION)


def test_staff_training_is_not_the_education_theme() -> None:
    got = themes_of(DRONE_UNIT)
    assert EDUCATION not in got
    assert {"防災・減災", "AI・先端技術"} <= got


def test_a_schooling_page_keeps_education() -> None:
    assert EDUCATION in themes_of(GIGA_SCHOOL)


def test_schooling_as_a_second_theme_is_kept() -> None:
    assert {EDUCATION, "ネットワーク基盤・ブロードバンド"} <= themes_of(SCHOOL_NETWORK)

