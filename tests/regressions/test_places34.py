"""places34: a page's own place against places named in passing (examples of many, a prefecture's
name in romaji on its own page)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _places(text: str, title: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    m = derive_metadata(text, title=title, path=Path("page.html"))
    return m.region, m.prefecture


def test_towns_given_as_examples_of_many_users_are_not_the_pages_places():
    # A national page on a shared service names two of its users as examples of many.
    text = (
        "電子申請システムの共同利用について\n\n"
        "電子申請システムは、地方公共団体が共同で利用できるクラウドサービスです。\n"
        "なお、本システムは、札幌市や福岡市等、約300団体で利用されています。\n"
        "利用を希望する団体は、申請書を提出してください。\n"
    )
    region, prefecture = _places(text, "電子申請システムの共同利用について")
    assert "北海道" not in prefecture and "福岡県" not in prefecture
    assert "九州" not in region


def test_towns_a_page_counts_as_its_subject_stay():
    # 「…など七市町村」 counts the towns the page is about: they are its places.
    text = (
        "大雨による災害救助法の適用について\n\n"
        "今回の大雨により、住家の浸水が多数発生したため、大館市など七市町村について、"
        "災害救助法を適用しました。\n大館市では避難所を開設しています。\n"
    )
    region, prefecture = _places(text, "大雨による災害救助法の適用について")
    assert prefecture == ("秋田県",)
    assert region == ("東北",)


def test_a_prefecture_naming_itself_only_in_romaji_is_placed():
    # A prefecture's answer to a resident names no place but its own programme, in romaji.
    text = (
        "県民の声 回答\n\n"
        "ご意見ありがとうございます。\n"
        "本県では、昨年度に「Kagawa デジタル共生プラン」を策定し、"
        "高齢の方もスマートフォンを使えるよう講座を開いています。\n"
        "今後も市町と連携して取組を進めてまいります。\n"
    )
    region, prefecture = _places(text, "県民の声 回答")
    assert prefecture == ("香川県",)
    assert region == ("四国",)


def test_romaji_on_a_page_that_does_not_speak_as_a_prefecture_places_nothing():
    # A research page naming a testbed after a city is no prefecture's own page.
    text = (
        "量子暗号通信の実証について\n\n"
        "本研究では、『Tokyo QKD Network』に接続した装置で、鍵配送の安定性を検証した。\n"
        "実験は令和5年度に行った。\n"
    )
    _, prefecture = _places(text, "量子暗号通信の実証について")
    assert prefecture == ()
