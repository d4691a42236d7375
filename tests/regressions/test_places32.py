"""places32: a policy officer filtering real pages by 地域 and 都道府県 — a town's page pointing to the
ministry's pages, a bureau's table of its area's prefectures."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.docinfo import organization


def _derive(text: str, url: str | None = None):
    return derive_metadata(text, title=text.strip().splitlines()[0], path=Path("page.txt"), url=url)


TOWN_LINKS = ("マイナンバーカードの申請方法\n"
              "マイナンバーカードは、本人確認書類として使えるほか、コンビニで住民票の写しを取得できます。\n"
              "詳しくは、次のページをご覧ください。\n"
              "マイナンバーカードでできること(総務省)\n"
              "マイナンバーカードの安全性(総務省)\n"
              "申請書は、郵送、パソコン、スマートフォンで提出できます。\n")


def test_a_ministry_in_brackets_after_a_links_words_is_the_source_not_the_issuer():
    # The links' sources made 総務省 the page's issuer, and the town's page national (全国), though
    # it names no place (its place only in its address).
    assert organization(TOWN_LINKS, "マイナンバーカードの申請方法")[0] is None
    assert _derive(TOWN_LINKS).region == ()


def test_a_ministry_on_a_line_of_its_own_still_issues_the_page():
    # Control: the ministry signing its page on its own line, or in brackets alone, is the issuer.
    signed = TOWN_LINKS.replace("詳しくは、次のページをご覧ください。\n", "総務省\n", 1)
    assert organization(signed, "マイナンバーカードの申請方法")[0] == "総務省"
    bracketed = TOWN_LINKS.replace("詳しくは、次のページをご覧ください。\n", "(総務省)\n", 1)
    assert organization(bracketed, "マイナンバーカードの申請方法")[0] == "総務省"
