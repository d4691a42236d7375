"""The lead's changes of the twenty-third session (2026-12-04)."""

import pytest

from ictsearch.indexer.metadata import resolve_theme


@pytest.mark.parametrize("typed, meant", [
    ("テレワク", "働き方・テレワーク"),          # a dropped ー
    ("てれわーく", "働き方・テレワーク"),        # hiragana for the alias's katakana
    ("サイバーセキュリテイ", "サイバーセキュリティ"),  # a small ィ typed large
    ("ブロードバンド整備", "ネットワーク基盤・ブロードバンド"),
])
def test_a_mistyped_theme_is_told_the_theme_it_is_near(typed, meant):
    # `--theme テレワク` said only "unknown theme" and listed all 25 themes.
    with pytest.raises(ValueError, match=rf"^unknown theme '{typed}' \(did you mean {meant}\?\); valid themes: "):
        resolve_theme(typed)


@pytest.mark.parametrize("typed", ["xyz", "医療福祉"])
def test_a_theme_near_no_name_gets_no_guess(typed):
    # 医療福祉 shares only 医療 with 医療・介護・健康: no guess, the list of themes.
    with pytest.raises(ValueError) as e:
        resolve_theme(typed)
    assert "did you mean" not in str(e.value)
