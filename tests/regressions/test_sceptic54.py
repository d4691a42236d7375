"""sceptic54: pages where national44's forms of the state's voice must not give 全国 (bench/realdocs README's
convention: a town's or a prefecture's page naming no place has no region from its text), beside the national
pages that must keep it."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _region(text: str) -> tuple[str, ...]:
    return derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).region


# --- a town's notice of its 行政相談 day ----------------------------------------------------------------------

_TOWN_CONSULTATION = ("行政相談所を開設します\n"
                      "国の仕事や手続などについての苦情や要望を、行政相談委員がお受けします。\n"
                      "日時 令和5年10月16日(月曜日) 午前10時から正午まで\n場所 役場1階 相談室\n"
                      "相談は無料で、秘密は守られます。お気軽にご相談ください。\n"
                      "問い合わせ先 総務課 電話 0123-45-6789\n")


def test_a_towns_notice_of_its_consultation_day_is_not_national():
    # Written without 町民 or 本町 (_LOCAL_SELF): the 行政相談委員 sits in the town's own hall.
    assert _region(_TOWN_CONSULTATION) == ()
    special = ("特設行政相談所の開設\n行政相談委員が、国の行政などに関する相談をお受けします。\n"
               "日時 10月20日 午後1時から3時\n場所 公民館\n予約は不要です。直接ご来場ください。\n")
    assert _region(special) == ()


def test_the_ministrys_cases_of_its_consultation_commissioners_stay_national():
    case = ("行政相談の事例\n相談を受けた行政相談委員から通知を受けた総務省行政相談センターが関係機関にあっせんした結果、"
            "案内表示が改善されました。\n")
    assert _region(case) == ("全国",)


# --- a local council answering its own head ---------------------------------------------------------------

_PREF_COUNCIL = ("情報化推進審議会の答申について\n"
                 "情報化推進審議会は、令和5年3月20日、知事からの諮問「デジタル社会の形成に向けた施策の方向性について」に対し、"
                 "答申を行いました。\n"
                 "国においては、総務大臣からの諮問を受けた情報通信会議が、2030年頃を見据えた情報通信政策の在り方について"
                 "答申を取りまとめています。\n"
                 "答申の概要\n1 基本的な考え方\n2 重点施策\n問い合わせ先\n総務部情報政策課\n")


def test_a_prefectures_council_answering_its_governor_citing_the_ministers_is_not_national():
    assert _region(_PREF_COUNCIL) == ()


def test_a_national_council_answering_its_minister_beside_the_prefectures_governors_stays_national():
    # 都道府県知事 is the class the state writes of, not a council's own head.
    national = ("電波監理審議会の答申\n電波監理審議会は、本日、総務大臣からの諮問について答申を行いました。\n"
                "改正案は、都道府県知事に答申の内容を通知するものです。\n")
    assert _region(national) == ("全国",)
    # Nor does a ministry's page on the local bodies' heads as a class (市町村長 answering is no council of its own).
    heads = ("地方制度調査会の答申\n地方制度調査会は、内閣総理大臣からの諮問に対し答申を行いました。\n"
             "答申は、市町村長に対し、デジタル化の取組を求めています。\n")
    assert _region(heads) == ("全国",)
