"""themes42: theme words from sources other than the dev pages' misses.

1. Sudachi's synonym dictionary: the words it groups with a theme's strong words (テレワーキング with テレワーク, マイナカード
   with マイナンバーカード, 教委 with 教育委員会) count as the theme's words (indexer/metadata/data/theme_synonyms.tsv, built
   by tools/build_synonyms.py --themes).  Groups of another sense or of everyday use are left out (フィッシング as
   angling, 移住 as moving house, 情報漏洩 as any leak), so are the members Sudachi marks ambiguous (flag 1: 安全性 for
   セキュリティ) and 防災's rescue words (救出, レスキュー), which took radio pages.
2. The themes' own name words (ネット上のトラブル: トラブル strong near a word of the net or telecom, nothing elsewhere)
   and words heading the White Paper's sections of a theme's chapter (IGF, 万国郵便連合, 静止衛星).

Each with pages written for the test, in the style of real ones, where the new words must not fire."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from ictsearch.indexer.analysis import analyze
from ictsearch.indexer.metadata import derive_metadata
from ictsearch.indexer.metadata.themes import DATA_DIR, SYNONYMS_FILE, THEMES, _synonym_words, _tally, taxonomy

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT.parent / "shared" / "data" / "sudachi-synonyms" / "synonyms.txt"

TELEWORK = "働き方・テレワーク"
DX = "自治体DX・行政手続"
CYBER = "サイバーセキュリティ"
TROUBLE = "迷惑メール・ネット上のトラブル"
LOCAL = "地域ビジネス・地域活性化"
DISASTER = "防災・減災"
INTL = "国際展開"
POST = "郵便"
RADIO = "電波・周波数"
RND = "スタートアップ・研究開発"


def themes_of(text: str) -> set[str]:
    return {t for t, _ in derive_metadata(text, title=text.split("\n", 1)[0], path=Path("page.txt")).themes}


def tally(text: str, theme: str) -> tuple[float, int]:
    """(weighted hits, strong hits) of theme in text."""
    weighted, strong, _ = _tally([t.text for t in analyze(text)])
    k = THEMES.index(theme)
    return weighted[k], strong[k]


# --- 1. the synonym dictionary's words ---------------------------------------------------------------------------------


def _builder():
    spec = importlib.util.spec_from_file_location("build_synonyms", ROOT / "tools" / "build_synonyms.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    return builder


@pytest.mark.skipif(not SOURCE.exists(), reason="../shared/data/sudachi-synonyms absent")
def test_shipped_theme_synonyms_are_what_the_tool_builds_from_todays_themes():
    # themes.toml's terms choose the groups: a word added there without re-running the tool would leave the file stale.
    builder = _builder()
    rows, _ = builder.theme_synonyms(SOURCE, ROOT / "search" / "data" / "synonyms.tsv")
    shipped = [line for line in (DATA_DIR / SYNONYMS_FILE).read_text("utf-8").splitlines()
               if line and not line.startswith("#")]
    assert rows == shipped


def test_the_file_keeps_nouns_that_trigger_and_no_latin_or_translated_forms():
    words = {w for ws in _synonym_words().values() for w in ws}
    assert {"テレワーキング", "マイナカード", "教委", "ツーリスト", "スパムメール"} <= words
    # Latin spellings (column 6 flag 1), translations (column 4 flag 1), Latin abbreviations (column 5 flag 1)
    assert not {"sightseeing", "teleworking", "United Nations", "TV", "UN", "JP"} & words
    # Sudachi's ambiguous members (flag 1) and the groups left out
    assert not {"安全性", "先生", "釣り", "魚釣り", "転居", "引っ越し", "コミュニティー", "情報流出", "メモ", "人手不足",
                "シェルター", "騒音", "老人"} & words


def test_a_synonym_counts_as_its_themes_strong_word():
    assert tally("リモートワーキングの導入", TELEWORK)[1] == 1
    assert tally("マイナカードの交付", DX)[1] == 1
    # 地デジ's group: the words the dictionary spells it with
    assert tally("地上デジタルテレビ放送への移行", "放送")[1] >= 1


def test_a_theme_may_refuse_its_synonyms():
    # 防災's synonyms = false: the rescue words of a radio page (救難無線) are not disaster words.
    assert not [w for w, forms in taxonomy().words if w in ("救出", "レスキュー", "救難")]
    assert _synonym_words()[DISASTER]  # they are in the file, and the theme does not read them


# A town's residents' page on moving house: 転居 and 引っ越し are 移住's synonyms in Sudachi, but a change of address
# inside the town is no migration to the countryside.
MOVING = (
    "転居届(市内での引っ越し)\n"
    "市内で住所を変更したときは、転居した日から14日以内に転居届を提出してください。\n"
    "届出に必要なもの 本人確認書類、国民健康保険証(加入者のみ)\n"
    "引っ越しの際は、水道の使用開始・中止の手続きもお忘れなく。転居に伴う児童手当の手続きは子育て支援課で受け付けます。\n"
    "転居届は、引っ越し先の住所に住み始めてから届け出てください。\n"
)

# A fishing club's notice: フィッシング is also angling's katakana, 魚釣り its synonym.
ANGLING = (
    "親子魚釣り大会のお知らせ\n"
    "夏休みの親子魚釣り大会を開催します。魚釣りが初めての方にも、指導員が釣り方を教えます。\n"
    "日時 8月10日(土)午前6時から 場所 町営釣り公園 参加費 無料 定員 親子30組\n"
    "釣り竿の貸し出しもあります。魚釣りの後は、釣った魚の調理体験を行います。\n"
)

# A town's apology for a mail sent to the wrong addresses: 情報流出 is any leak, the privacy theme's.
LEAK = (
    "イベント参加者のメールアドレスの流出について\n"
    "このたび、本市職員がイベント参加者へメールを送信する際、宛先を誤り、他の参加者のメールアドレスが表示される"
    "状態で送信したことにより、情報流出が発生しました。情報流出の対象は参加者42名のメールアドレスです。\n"
    "関係者の皆様に深くお詫び申し上げます。今後は送信前の複数人による確認を徹底し、再発防止に努めます。\n"
)

# A food-safety page: 安全性 is セキュリティ's synonym only as Sudachi's ambiguous member (flag 1).
FOOD = (
    "食品の安全性について\n"
    "食品の安全性を確保するため、県では食品衛生監視指導計画に基づき、飲食店や製造施設への立入検査を行っています。"
    "輸入食品の安全性、食品添加物の安全性についても国と連携して確認しています。安全性に関する情報は随時お知らせします。\n"
)


def test_generic_synonym_groups_do_not_flood_a_theme():
    assert tally(MOVING, LOCAL) == (0.0, 0)
    assert LOCAL not in themes_of(MOVING)
    assert tally(ANGLING, TROUBLE)[1] == tally(ANGLING, CYBER)[1] == 0
    assert tally(LEAK, CYBER) == (0.0, 0)
    assert CYBER not in themes_of(LEAK)
    assert tally(FOOD, CYBER) == (0.0, 0)
    assert CYBER not in themes_of(FOOD)


# --- 2. name words: トラブル near the net --------------------------------------------------------------------------------

# A consumer centre's warning about trouble on SNS: the theme's own name.
SNS_TROUBLE = (
    "SNSをきっかけとしたトラブルにご注意ください\n"
    "SNSで知り合った相手から投資の勧誘を受け、お金を振り込んだが連絡が取れなくなったというトラブルの相談が増えています。"
    "SNS上の広告から申し込んだ化粧品が定期購入だったというトラブルも寄せられています。\n"
    "インターネットで契約する前に、表示や規約をよく確認しましょう。トラブルにあったときは、消費者ホットライン188に"
    "ご相談ください。\n"
)

# Trouble between neighbours, and a contract for house repairs: no net near.
NEIGHBOURS = (
    "近隣トラブルの相談について\n"
    "騒音やごみの出し方、ペットの鳴き声など、近隣トラブルに関する相談をお受けしています。当事者同士での話し合いが"
    "難しい場合は、市民相談室の調停委員が間に入ります。トラブルが大きくなる前にご相談ください。\n"
    "相談日 毎週水曜日 午後1時から4時 場所 市役所1階 市民相談室\n"
)
REPAIRS = (
    "住宅リフォームの契約トラブルに注意\n"
    "訪問した業者から「屋根が壊れている」と言われ、高額な修理契約を結んでしまったというトラブルが相次いでいます。"
    "契約を急がせる業者には注意し、複数の業者から見積りを取りましょう。訪問販売の契約は、契約書面を受け取った日から"
    "8日以内であればクーリング・オフができます。トラブルにあったら、すぐに消費生活相談窓口にご相談ください。\n"
)


def test_trouble_on_the_net_is_the_themes_word():
    assert tally(SNS_TROUBLE, TROUBLE)[1] >= 4
    assert TROUBLE in themes_of(SNS_TROUBLE)


def test_trouble_elsewhere_counts_nothing():
    for text in (NEIGHBOURS, REPAIRS):
        assert tally(text, TROUBLE)[1] == 0
        assert TROUBLE not in themes_of(text)


# --- 2. the White Paper's section headings -------------------------------------------------------------------------------

IGF = (
    "インターネット・ガバナンス・フォーラム(IGF)京都会合の開催\n"
    "2023年10月、国連が主催するIGFの年次会合が京都で開催され、各国政府、民間企業、市民社会から約9,000人が参加しました。"
    "IGFはインターネットの利用に関する公共政策課題について、多様な関係者が対話する場です。\n"
)
UPU = (
    "万国郵便連合(UPU)の大会議\n"
    "万国郵便連合は、国際郵便の料金や業務の取扱いを定める国連の専門機関です。UPUの大会議は4年ごとに開かれ、"
    "加盟国の郵便事業体による国際郵便の在り方が議論されます。\n"
)
SATELLITE = (
    "衛星通信システムの利用\n"
    "静止衛星を用いた通信は、災害時にも地上の設備に依存せず利用できます。インマルサットやイリジウムなどの"
    "衛星携帯電話は、船舶や山間部での通信手段として使われています。\n"
)


def test_white_paper_heading_words_count_for_their_theme():
    assert tally(IGF, INTL)[1] >= 2
    assert tally(UPU, POST)[1] >= 3
    assert tally(SATELLITE, RADIO)[1] >= 3


# A university's call for members of a town's committee: 研究者 is a weak word, no research page.
COMMITTEE = (
    "環境審議会委員の委嘱について\n"
    "市環境審議会の委員として、大学の研究者2名、事業者の代表3名、公募の市民2名を委嘱しました。研究者の委員には"
    "専門的な見地からの助言をいただきます。\n"
)


def test_a_researcher_sitting_on_a_committee_is_no_research():
    assert tally(COMMITTEE, RND)[1] == 0
    assert RND not in themes_of(COMMITTEE)
