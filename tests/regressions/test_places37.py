"""places37: a prefecture written only through a broadcasting station's name (a bureau's licence
renewal listing its stations, a ministry's release on a parent station), and the pages where that
reading must not fire (an officer, a bureau's own 局, a station named like a town of another block)."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.regions import find_places


def _derive(text: str, path: str = "page.txt"):
    return derive_metadata(text, title=text.strip().splitlines()[0], path=Path(path))


RENEWAL = (
    "報道資料\n令和5年10月26日\n東北総合通信局\n地上基幹放送局の再免許\n"
    " 総務省は、本年10月31日をもって免許の有効期間が満了する地上基幹放送局について、本年11月1日付けで"
    "再免許することとし、本日、東北総合通信局から東北管内の地上基幹放送事業者に対し、免許状を交付しました。\n"
    "※AM局の運用休止に係る特例措置について、東北管内においては、株式会社北日本ラジオから申請があり、"
    "同社の横手局、湯沢局、上野局及び気仙沼局が当該措置の対象になるものとして、条件を付して免許しました。\n"
    "連絡先\n東北総合通信局放送部放送課\n電話:022-221-0683\n"
)


def test_a_bureaus_renewal_names_its_stations_prefectures():
    m = _derive(RENEWAL)
    # 横手・湯沢 are 秋田県's towns, 気仙沼 宮城県's; 上野 (群馬県's 上野村) lies outside 東北,
    # the block the page names, and is another place of that name.
    assert m.prefecture == ("宮城県", "秋田県")
    assert m.region == ("東北",)


PARENT_STATION = (
    "報道資料\n平成27年10月14日\n総務省\n移動受信用地上基幹放送局(北陸広域圏のV-Lowマルチメディア放送親局)の"
    "予備免許に係る電波監理審議会からの答申\n"
    " 総務省は、本日、株式会社ほくりくマルチメディアから申請のあった移動受信用地上基幹放送局"
    "(北陸広域圏のV-Lowマルチメディア放送親局)の開設について、電波監理審議会に諮問し、"
    "予備免許することを適当とする旨の答申を受けました。\n"
    " 本件は、特定基地局の開設計画〜北陸広域圏〜に従い、認定開設者から申請のあった移動受信用地上基幹放送局"
    "(北陸広域圏のV-Lowマルチメディア放送親局(金沢局))の開設について、答申を受けたものです。\n"
    "連絡先\n情報流通行政局放送技術課\n電話:03-5253-5784\n"
)


def test_a_parent_station_gives_its_prefecture():
    assert "石川県" in _derive(PARENT_STATION).prefecture


def test_an_officer_or_a_bureaus_own_office_is_no_station():
    for text in ("大阪局長が挨拶を行いました。", "事務局、水道局及び交通局が出席した。",
                 "東北総合通信局と関東総合通信局が共催する。"):
        assert not [p for p in find_places(text) if p.prefecture], text


NO_STATION = (
    "報道資料\n令和6年3月1日\n総務省\nAM放送局の運用休止に係る特例措置の実施状況\n"
    " 総務省は、AM局の運用休止に係る特例措置の実施状況を取りまとめました。対象となった局は全国で34局です。"
    "各局の運用休止期間中は、FM補完放送又はインターネットで番組を聴取できます。\n"
    "連絡先\n情報流通行政局放送政策課\n電話:03-5253-5777\n"
)


def test_a_national_count_of_stations_names_no_place():
    m = _derive(NO_STATION)
    assert m.prefecture == ()
    assert m.region == ("全国",)
