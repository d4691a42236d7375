"""A document's lines with their offsets, and how far its head reaches: shared by every deriver."""

from __future__ import annotations

import re

from ..lazy import LazyPattern

#: The first non-empty lines: where a person looks for a document's own date, title, issuer
#: and type (the own date line of every one of the 94 labelled documents sits within them).
HEAD_LINES = 12


def text_lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) of each non-empty line: what the date and title rules read line by line."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, blank ones included: line numbers that offsets map back to."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


#: One step of a web page's navigation trail (総務省トップ > 組織案内 > …).
#: (This module's patterns compile on first use: a search imports it, through
#: indexer/document.py, but never reads a document's lines.)
BREADCRUMB_STEP = LazyPattern(r"\s*[>＞›»]\s*")
_HOME_STEP = LazyPattern(r"^(?:ホーム|トップ|top|home)\s*[>＞›»]", re.I)


def is_breadcrumb(line: str) -> bool:
    """Whether a line is a saved web page's breadcrumb trail: three or more steps,
    or two after ホーム/トップ (67 of the 165 pages of bench/realdocs start with one)."""
    steps = [s for s in BREADCRUMB_STEP.split(line) if s.strip()]
    return len(steps) >= 3 or (len(steps) >= 2 and bool(_HOME_STEP.match(line.strip())))


#: The label of a saved web page's date stamp (更新日:2023年2月9日, 掲載日 令和5年…, 公開日：…,
#: 作成年月日, a blog's 投稿日, a newsletter's 発行日 or 配信日): dates.py reads the date after it,
#: document.py never takes its line for a title.
STAMP_WORDS = ("更新", "掲載", "公開", "公表", "発表", "作成", "登録", "発行", "投稿", "配信")
STAMP_LABEL = rf"(?:{'|'.join(STAMP_WORDS)})(?:開始)?(?:日付|日時|年月日|日)"


#: Words of a saved web page's furniture lines (ページID:0001234 更新日:… 印刷ページ表示,
#: 本文へ, 文字サイズ): such a line is neither a title nor a headline.
_FURNITURE = LazyPattern(r"更新|掲載|ページID|ページ番号|印刷|本文へ|ページの先頭|文字サイズ")


def is_furniture(line: str) -> bool:
    """Whether a line carries a saved web page's furniture (update stamp, page id, print link)."""
    return bool(_FURNITURE.search(line))


#: A comma after a Japanese word: the 「，」 of a sentence (NFKC folds it to ","), not a number's 1,000.
_KANA_KANJI_COMMA = LazyPattern(r"[\u3040-\u30ff\u4e00-\u9fff][,，]")


def title_proper(title: str) -> str:
    """The part of a given title that can be trusted to name the document.

    A title taken from a page's first line may be a breadcrumb trail (its last
    step is the page), a line of page furniture (ページID… 更新日…: not a title at
    all) or the first sentence of the text (「総務省では、2012年度から…」:
    years in it are cited, not the document's)."""
    t = (title or "").strip()
    if is_breadcrumb(t):
        t = BREADCRUMB_STEP.split(t)[-1].strip()
    # A text whose sentences take the 公用文 comma (「本町は，昭和16年5月1日に町制を施行し，…」, saved as ",")
    # runs a sentence into its title as much as one with 「、」.
    if is_furniture(t) or "。" in t or (len(t) > 40 and ("、" in t or _KANA_KANJI_COMMA.search(t))):
        return ""
    return t


#: A saved web page's skip link on a line of its own (本文, 本文へ移動, ここから本文です。,
#: メインコンテンツへジャンプ): 64 of the 1,096 pages of bench/realdocs start with one, and a
#: bare 「本文」 became the title of 26 of them.
#: Several share a line (「ページの先頭です。メニューを飛ばして本文へ」, the first line of 42 of the
#: 1,346 pages, and their title), and so do the accessibility switches beside them (文字サイズ
#: 標準 拡大, 背景色 青 黒 白, 色合い), a line that was the title of 17 more; a site's name may
#: lead them (富山県ホームページ メニューを飛ばして本文へ, 西原村トップへ 文字サイズ変更…).
_SKIP_ITEM = (
    r"(?:ここから)?(?:ページの?)?本文(?:ここから|はここから|です|へ(?:移動|ジャンプ|スキップ)?(?:する|します)?)?。?"
    r"|(?:メイン)?コンテンツ(?:の本文)?(?:へ|に)(?:移動|ジャンプ|スキップ)(?:する)?"
    r"|(?:共通)?(?:メニュー|ナビゲーション)(?:など)?を(?:飛ばして|とばして|スキップして|読み飛ばして)、?(?:このページの)?(?:本文|コンテンツ)へ(?:移動(?:する|します)?)?。?"
    r"|(?:メニュー|ナビゲーション)へ(?:移動|ジャンプ|スキップ)(?:する)?"
    r"|(?:エンターキーで、?)?ナビゲーションをスキップ(?:して本文へ移動します)?。?|ナビゲーションスキップメニュー"
    r"|スマートフォン表示用の情報をスキップ"
    r"|(?:この)?ページの先頭です。?|(?:この)?ページの本文へ(?:移動(?:する)?)?"
    r"|ここから(?:サイトの主な|メイン)?メニュー(?:です)?。?|サイトメニューここ(?:から|まで)|(?:マイ)?メニュー"
    r"|(?:文字サイズ|背景色|色合い)(?:・色合い)?(?:の?変更)?(?:標準|拡大|縮小|[大中小青黄黒白])*"
    r"|標準|拡大|縮小|RSS|閉じる|ふりがなをつける|(?:音声)?読み上げる?|(?:Google|google|グーグル)?サイト内検索"
    r"|[^\s•]{0,10}メニューは(?:こちら|ここ)"
    r"|JavaScript(?:対応ブラウザで表示してください|を有効にしてください)。?"
    # A site's note on the browsers it supports (当サイトではIE10未満のブラウザがご利用いただけません。
    # Browsers with IE10 less can not be used on this site., CSS3を利用できるブラウザでご利用ください。):
    # the first line of such pages, and their title until 2026-12-03.  It says how to view the site
    # (利用, ご覧, 閲覧, 表示, 推奨): a security page's 「古いブラウザを使い続けないでください」 is a title.
    r"|(?:(?:当|本|この)サイトでは、?)?[^\s•。]{0,20}ブラウザ(?:で|が|を|は)[^\s•。]{0,25}?"
    r"(?:(?:利用|ご覧|閲覧|表示)[^\s•。]{0,10}?(?:ください|いただけません|できません)|推奨(?:します|しております|しています))。?"
    r"(?:\s*[A-Z][\w ,.'-]*(?:[Bb]rowser|site)[\w ,.'-]*)?"
    # A site's links around them: its top page, search, the PC or smartphone view, languages, the
    # trail's label (あしあと, 現在地), a reading-aid tool (やさしいブラウザ).
    r"|[^\s•]{0,15}(?:トップ|ホーム)(?:ページ)?へ(?:戻る)?|ページ(?:の)?トップ(?:へ(?:戻る)?)?|(?:サイト内)?(?:を)?検索"
    r"|(?:PC|パソコン|スマートフォン|スマホ|スマートデバイス)(?:版|表示)(?:はこちら)?|(?:Foreign |Other )?Languages?|English(?: page)?"
    r"|言語選択(?:を表示する)?|あしあと|(?:サイトの)?現在(?:地|の?位置|のページ)(?:の階層)?[:：]?|表示モードの切替"
    # A viewer's or a newsletter's paging links (目次] [前へ] [次へ, 前号 | 次号 | …ホームページ,
    # [前画面に戻る], 履歴の移動 前のページに戻る) and a screen reader's notes on the links
    # (ページ内を移動するためのリンクです。, メニューの終端です。).
    r"|目次|図表目次|前へ|次へ|前の項目|次の項目|年版選択|前号|次号|(?:前画面|前のページ)に戻る|(?:前|次)のページへ|メニューボタン"
    r"|(?:音声)?(?:グローバル)?(?:メニュー|コンテンツ)へジャンプ|履歴の移動|[^\s•|]{1,15}ホームページ"
    r"|(?:文字サイズ|背景色)を(?:標準|拡大|縮小)(?:する)?|ページ内を移動するためのリンク(?:です)?。?"
    r"|(?:メニュー|ナビゲーション)の(?:終端|終わり|先頭)(?:です)?。?|メニュー(?:を)?表示"
    r"|このページは、?共通のメニューを読み飛ばすことができます。"
    r"(?:直接本文をご覧になるかたは「このページの情報へ」というリンクをクリックしてください。)?"
    r"|(?:サイト)?共通のメニューへ|このページの情報へ|(?:<<|«)\s*[^\s•]{1,20}一覧へ戻る"
    r"|ツイート|Tweet|(?:Facebookで)?シェア(?:する)?|LINEで送る|いいね!?"
    r"|(?:メイン|グローバル)メニュー|印刷機能|プリント|閲覧支援|翻訳|ふりがな|Foreigners?|(?:この)?ページの先頭へ(?:戻る)?"
    r"|ここからこのページの情報です。?|パンくずリスト(?:[(（]現在位置の表示[)）])?"
    # The page-number box, the screen reader's shortcuts, a search box's prompt, the emergency
    # banner and its empty state (緊急のお知らせ / お知らせはありません。), a print link
    # (印刷用ページ(このページを印刷してください)), a viewer's help and
    # table-of-contents switches (操作方法, 目次の階層をすべて開く).
    r"|ページ番号を入力|スクリーンリーダー用ショートカット|キーワードを入力し?て?(?:検索ボタンを押(?:下)?し?て?ください)?。?"
    r"|印刷(?:する|(?:用)?(?:画面|ページ)?表示)?|緊急情報|緊急のお知らせ|現在、?(?:緊急)?(?:情報|お知らせ)はありません。?|(?:緊急の)?お知らせはありません。?"
    r"|携帯電話向けページ|携帯サイト|モバイルサイト|サイトマップ|リンク集"
    r"|印刷用ページ(?:を表示する)?(?:[(（]このページを印刷してください[)）])?|(?:本文|このページ)を印刷する"
    r"|操作方法|目次の階層をすべて(?:開く|閉じる)|このページは、?ウェブアクセシビリティ(?:[(（]W3C[)）])?に対応しています。?"
    # A link to the site's top page under the site's name (首相官邸トップページ, 広島県議会トップページ).
    r"|[^\s•]{1,15}トップページ|アクセシビリティ閲覧支援ツール|トップ|ホーム|HOME"
    r"|やさしいブラウザ(?:・クラウド版)?(?:はこちらからご利用(?:下|くだ)さい)?。?"
    r"|(?:メイン|サイト|サイト内共通|共通)?メニューここ(?:から|まで)|本文開始|ページ本文|×?閉じる"
    r"|文字(?:の)?大きさ(?:変更)?|Multilingual|(?:検索|メニュー)を(?:表示|閉じる|開く)(?:する)?"
    # A menu's headings: 目的から探す, 組織でさがす, ライフステージから探す, a search widget's
    # (情報が見つからないときは / AIに質問); a row of search tabs
    # (開催別 議員別 委員会別 検索用, run together when saved).
    r"|情報が見つからないときは|AIに質問(?:する)?|[^\s•]{1,10}(?:から|で)(?:探す|さがす)|[^\s•]{0,20}別[^\s•]{0,20}検索用"
)
_SKIP_LINE = LazyPattern(
    # An item may be numbered (1. 本文へ移動する), bracketed ([本文へジャンプ]) or pointed at (▼).
    rf"(?:[^\s•]{{1,15}}(?:ホームページ|トップへ)\s+)?(?:\d\.\s*)?[•・▼\[［]?\s*(?:{_SKIP_ITEM})[\]］]?"
    rf"(?:[\s•・▼|｜]*[\[［]?(?:{_SKIP_ITEM})[\]］]?)*"
    # A logo's alternative text on a line of its own (国土交通省ロゴ, 厚労省ロゴ).
    r"|[^\s•]{1,12}ロゴ"
)


def is_skip_link(line: str) -> bool:
    """Whether a line is nothing but a web page's skip links and accessibility switches (never a
    title, nor the page's text)."""
    return _SKIP_LINE.fullmatch(line.strip()) is not None
