"""The lead's checks of the twenty-eighth session's merges: forms the helpers' rules must not reach."""

from __future__ import annotations

from pathlib import Path

from ictsearch.indexer.metadata import derive_metadata


def _meta(text: str, title: str = ""):
    return derive_metadata(text, title=title or text.split("\n", 1)[0], path=Path("page.txt"))


_MINISTRY = ("地上デジタル放送への移行に伴う受信設備の改修助成\n\n"
             "総務省では、山間部などで共同受信施設を使ってテレビを見ている世帯に対し、デジタル化改修の費用の一部を"
             "助成しています。\n{verb}\n助成額 総経費の2分の1の額\n"
             "お問い合わせ 総務省山梨県テレビ受信者支援センター 電話055-000-0000\n")


def test_publicity_written_as_a_verb_near_the_head_is_not_a_town_newsletter():
    # national43's 広報はちのへ form (広報 and a town's name in kana) must not read the ministry's own verb
    # 「広報しています」 in its first lines as a town's newsletter: the page keeps its 全国.
    for verb in ("制度の内容は、全国の販売店を通じて広報しています。", "制度の内容は、放送を通じて広報されています。",
                 "制度の内容は、順次広報いたします。"):
        assert "全国" in _meta(_MINISTRY.format(verb=verb)).region, verb


def test_a_town_newsletter_whose_name_opens_like_a_verb_is_still_one():
    # 広報しずおか, 広報すいた: names opening with し or す are still newsletters.
    page = "トップ>広報すいた>2011.6>受信設備の改修助成\n\n" + _MINISTRY.format(verb="")
    assert "全国" not in _meta(page).region
