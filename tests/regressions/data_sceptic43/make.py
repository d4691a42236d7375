from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
import sys
OUT = sys.argv[1]
for f in ("HeiseiMin-W3", "HeiseiKakuGo-W5"):
    pdfmetrics.registerFont(UnicodeCIDFont(f))
M, G = "HeiseiMin-W3", "HeiseiKakuGo-W5"
def doc(name, pages, size=A4, title=""):
    c = canvas.Canvas(f"{OUT}/{name}", pagesize=size, invariant=1); c.setTitle(title)
    for ops in pages:
        for font, pt, x, y, s in ops:
            c.setFont(font, pt); c.drawString(x, y, s)
        c.showPage()
    c.save()
W, H = A4
# o1: a body line at the page bottom drawn first? No: the body ends with its 問い合わせ line near the bottom, drawn in order;
#     and a page whose FIRST drawn line is the body's real last line (a text box anchored at the bottom: お問い合わせ先)
doc("o1_bottom_body.pdf", [[
    (M, 10.5, 56, 60, "お問い合わせ先 富士見町総務課情報政策係 電話0266-62-2250"),
    (G, 18, 56, 770, "富士見町地域情報化計画の策定について"),
    (M, 10.5, 400, 740, "令和6年4月1日"), (M, 10.5, 400, 722, "富士見町総務課"),
    (M, 10.5, 56, 690, "富士見町では、町民の暮らしの利便性を高めるため、地域情報化計画を策定しました。"),
    (M, 10.5, 56, 672, "計画期間は令和6年度から令和10年度までの5年間です。"),
    (M, 10.5, 56, 80, "本計画は町のホームページでご覧いただけます。"),
]])
# o2: a running head that IS the title (drawn first, top), title again big below, page number footer drawn second
doc("o2_running_head_title.pdf", [[
    (M, 9, 380, 810, "令和6年度 情報通信白書の概要"),
    (M, 9, W/2, 24, "- 1 -"),
    (G, 18, 56, 760, "令和6年度 情報通信白書の概要"),
    (M, 10.5, 400, 730, "令和6年7月5日"), (M, 10.5, 400, 712, "総務省"),
    (M, 10.5, 56, 680, "総務省は、令和6年版情報通信白書を公表しました。今回の特集は生成AIが"),
    (M, 10.5, 56, 663, "もたらす社会の変化です。"),
]])
# o3: a table whose rows differ in font size, and a paragraph whose wrapped line starts with a larger emphasised word
doc("o3_table_sizes.pdf", [[
    (G, 16, 56, 770, "携帯電話エリア整備事業の実績"),
    (G, 11, 56, 730, "年度    整備地区数    事業費"),
    (M, 10, 56, 712, "令和4年度    12地区    14.5億円"),
    (M, 10, 56, 695, "令和5年度    15地区    16.0億円"),
    (M, 10.5, 56, 660, "条件不利地域において携帯電話を利用可能とするため、基地局施設の整備を支援しており、"),
    (G, 12, 56, 643, "不感地域"),
    (M, 10.5, 120, 643, "の解消に向けて、令和6年度も引き続き事業を実施します。地方公共団体の"),
    (M, 10.5, 56, 626, "負担を軽減するため補助率を引き上げました。"),
]])
# o4: two columns, footer and page number drawn first (reportlab order)
L = ["地域の情報化を進めるため、本市では", "光ファイバ網の整備を支援してきました。", "令和5年度には山間部の12地区で", "整備が完了しました。"]
R = ["今後は、デジタル人材の育成に重点を", "置き、市民向けのスマホ講座を", "年間40回開催する予定です。", "詳しくは情報政策課まで。"]
ops = [(M, 9, 56, 30, "唐津市 情報政策課 市政だより 2024年10月号"), (M, 9, W - 80, 30, "3")]
ops += [(G, 16, 56, 780, "唐津市の地域情報化の取組")]
ops += [(M, 10.5, 56, 740 - 17 * i, s) for i, s in enumerate(L)] + [(M, 10.5, 310, 740 - 17 * i, s) for i, s in enumerate(R)]
doc("o4_two_columns.pdf", [ops])
# o5: 日時 / 会場 starting a wrapped line inside a sentence (after a comma, and after a kana)
doc("o5_label_in_sentence.pdf", [[
    (G, 16, 56, 770, "説明会の延期について"),
    (M, 10.5, 56, 730, "台風の接近に伴い、11月15日に予定していた説明会は延期いたします。延期後の"),
    (M, 10.5, 56, 713, "日時 及び会場は、決まり次第このページでお知らせします。なお、お申込み済みの方の"),
    (M, 10.5, 56, 696, "申込 内容は延期後の説明会に引き継ぎます。参加費の返金はありません、"),
    (M, 10.5, 56, 679, "会場 の変更もありません。"),
]])
# o6: a slide deck saved as PDF, its footer (the meeting) and date drawn first on each slide
S = landscape(A4)
sw, sh = S
slides = []
for n, (t, b) in enumerate([("自治体DXの推進について", "令和6年10月8日 東北総合通信局"), ("マイナンバーカードの利活用", "窓口のオンライン化を支援します"), ("今後の予定", "令和7年1月に説明会を開催")], 1):
    slides.append([(G, 10, 40, 20, "第3回 東北地域DX推進協議会 資料2"), (G, 10, sw - 60, 20, str(n)), (G, 28, 60, sh - 90, t), (G, 18, 60, sh - 150, b)])
doc("o6_slides_footer.pdf", slides, size=S)
