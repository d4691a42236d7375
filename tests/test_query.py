"""The query language: parsing, malformed input, and what words compile to."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import query as wq

from ictsearch.indexer.errors import BadQuery
from ictsearch.search.query import And, Filter, Not, Or, PhraseNode, Word, compile_query, parse


def test_space_and_full_width_space_mean_and():
    assert parse("地域課題 解決") == And((Word("地域課題"), Word("解決")))
    assert parse("地域課題\u3000解決") == And((Word("地域課題"), Word("解決")))


def test_or_not_minus_and_grouping():
    assert parse("テレワーク OR リモートワーク") == Or((Word("テレワーク"), Word("リモートワーク")))
    assert parse("テレワーク | リモートワーク") == Or((Word("テレワーク"), Word("リモートワーク")))
    assert parse("テレワーク -東京") == And((Word("テレワーク"), Not(Word("東京"))))
    assert parse("テレワーク NOT 東京") == And((Word("テレワーク"), Not(Word("東京"))))
    assert parse("(5G OR ローカル5G) 地域") == And((Or((Word("5G"), Word("ローカル5G"))), Word("地域")))


def test_hyphen_inside_a_word_or_alone_is_not_negation():
    assert parse("Wi-Fi") == Word("Wi-Fi")
    assert compile_query(parse("テレワーク -")).query == compile_query(parse("テレワーク")).query


@pytest.mark.parametrize("q", ['"地域課題 解決"', "「地域課題 解決」", "“地域課題 解決”", "＂地域課題 解決＂"])
def test_quotes_of_every_keyboard_make_a_phrase(q):
    assert parse(q) == PhraseNode("地域課題 解決")


def test_field_queries():
    assert parse("title:予算") == Word("予算", "title")
    assert parse("region:東北 テレワーク") == And((Filter("region", "東北"), Word("テレワーク")))
    assert parse("year:2019..2023") == Filter("year", "2019..2023")
    assert parse("theme:防災") == Filter("theme", "防災")
    # An unknown prefix is just text (URLs, 「注:」 …).
    assert parse("注:テレワーク") == Word("注:テレワーク")


@pytest.mark.parametrize(
    "q, message",
    [
        ('"テレワーク', "unbalanced quote"),
        ("「テレワーク", "unbalanced quote"),
        ("テレワーク」", "unbalanced quote"),
        ("(テレワーク", "unbalanced parenthesis"),
        ("テレワーク)", "unbalanced parenthesis"),
        ("OR", "OR needs a word"),
        ("テレワーク OR", "OR needs a word"),
        ("OR テレワーク", "OR needs a word"),
        ("()", "empty parentheses"),
        ("title:", "needs a value"),
        ("(" * 300 + "テレワーク" + ")" * 300, "nested more than"),
    ],
)
def test_malformed_queries_raise_bad_query(q, message):
    with pytest.raises(BadQuery) as e:
        compile_query(parse(q))
    if message:
        assert message in str(e.value)


def test_nesting_within_the_limit_is_fine():
    compiled = compile_query(parse("(" * 40 + "テレワーク" + ")" * 40 + " (地域)"))
    assert compiled.query is not None


def test_compound_word_requires_its_parts_and_boosts_adjacency():
    compiled = compile_query(parse("地域課題解決"), synonyms=False)
    assert isinstance(compiled.query, wq.And) and len(compiled.query.subqueries) == 2  # 地域 and 課題解決
    # Side by side is checked after matching, for the whole word and for the compound's parts.
    assert [seq for seq, _slop, _fields in compiled.adjacency] == [("課題", "解決"), ("地域", "課題", "解決")]


def test_letters_and_digits_typed_together_stay_together():
    q = compile_query(parse("5G"), synonyms=False).query
    assert {(s.fieldname, s.text) for s in q.children()} == {("title", "5g"), ("body", "5g")}


def test_only_particles_compile_to_nothing():
    assert compile_query(parse("の")).query is None


def test_pure_negation_means_everything_else():
    q = compile_query(parse("-東京")).query
    assert isinstance(q, wq.And) and isinstance(q.subqueries[0], wq.Every)


alphabet = st.sampled_from(list('テレワーク地域課題解決東京都 　"「」“”()（）-ORNOT|:title:region:year:..ＤＸ5G'))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(alphabet, max_size=30), st.text(max_size=20)))
def test_any_string_parses_or_raises_bad_query(q):
    try:
        compile_query(parse(q))
    except BadQuery:
        pass


@pytest.mark.parametrize("typed", ["R5(2023)年度の予算", "2023(R5)年度 予算", "令和5年度(2023)の予算", "FY23 予算", "2023FY 予算",
                                   "fy23 予算"])
def test_a_fiscal_year_as_budget_sheets_write_it_is_read_as_that_year(typed):
    compiled = compile_query(parse(typed))
    assert "fiscal_year 2023" in str(compiled.words)


@pytest.mark.parametrize("typed", ["令和5(2024)年度の予算", "令和５（２０２４）年度 テレワーク"])
def test_a_fiscal_year_whose_two_calendars_disagree_is_refused(typed):
    # Read as 令和5 AND 2024 AND 年度, it quietly searched 2023's pages for the text 2024.
    with pytest.raises(BadQuery, match="names two years, 2023 in one calendar and 2024 in the other"):
        parse(typed)
