"""sceptic62: pages of my own, in the style of real ones, where the themes54 and themes55 rules misfired, each labelled
first by bench/realdocs/README's conventions (labels38's 防災行政無線 pages, labels43's greetings, …)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata

RADIO = "電波・周波数"
DISASTER = "防災・減災"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


# --- a town's 防災行政無線 used as a channel: its loudspeakers are where the broadcast comes from (_radio_system) -------

# Complaints that the speakers are loud or cannot be heard: the system as a channel (labels38: 防災 only).
RADIO_NOISE = """防災行政無線の放送がうるさい・聞こえにくいとのご意見について
防災行政無線の屋外拡声子局(スピーカー)からの放送について、「音が大きすぎる」「内容が聞き取れない」といったご意見をいただいています。
防災行政無線は、災害時に住民の皆様へ避難情報などを確実にお伝えするためのものです。
毎日夕方5時のチャイムは、機器が正常に動作しているかを確認するために放送しています。
放送が聞き取りにくい場合は、放送内容を市ホームページや安心メールでも確認できます。
スピーカーの近くにお住まいで音量が大きいと感じる方は、危機管理課までご相談ください。
ご理解とご協力をお願いいたします。"""

# A month's list of what was announced (labels38: what is announced and when is 防災 only).
RADIO_CONTENT = """防災行政無線の放送内容(令和6年6月)
6月の防災行政無線による放送内容をお知らせします。
6月3日 17時 大雨注意報の発表について
6月10日 11時 Jアラートの全国一斉情報伝達試験
6月15日 9時 行方不明者の捜索協力のお願い(発見されました)
6月21日 7時 土砂災害警戒情報の発表と避難指示について
6月28日 18時 熱中症警戒アラートについて
放送が聞き取れなかった場合は、屋外拡声子局の近くで再放送をお待ちいただくか、町ホームページをご確認ください。"""

# The receivers the system's waves reach, lent to households (labels38: 電波 beside 防災).
RADIO_RECEIVERS = """防災行政無線戸別受信機の貸与について
町では、防災行政無線の放送を屋内でも聞くことができるよう、戸別受信機を各世帯に無償で貸与しています。
戸別受信機は、役場から放送される災害情報や避難情報を自動的に受信します。
転入された方や、受信機が故障した方は、総務課までお申し出ください。
転出される場合は、戸別受信機を役場へ返却してください。"""


def test_a_radio_channel_page_naming_its_loudspeakers_is_no_radio():
    for page in (RADIO_NOISE, RADIO_CONTENT):
        got = themes_of(page)
        assert RADIO not in got, got
        assert DISASTER in got, got


def test_a_receiver_page_is_radio():
    got = themes_of(RADIO_RECEIVERS)
    assert {RADIO, DISASTER} <= got, got
