"""Write tests/data/sample-ja.pdf: a small Japanese PDF made by hand, offline.

usage: python tests/data/make_sample_pdf.py

Two A4 pages in a CID-keyed font (a non-embedded MS-Mincho, Identity-H and
Identity-V encodings) with a ToUnicode CMap, which is all a text extractor
needs: page 1 is horizontal, with a paragraph wrapped over four lines; page 2 is
vertical writing, read right to left in columns.  The /Title metadata is UTF-16
with a BOM, as office software writes it.
"""

from __future__ import annotations

from pathlib import Path

TITLE = "地域ICT推進事業の概要"
PAGE1 = [
    (72, 760, 16, "地域ICT推進事業の概要"),
    (72, 720, 10.5, "令和5年度は、テレワークの普及展開と地域課題解決のためのマッチング支援を全"),
    (72, 704, 10.5, "国の自治体と連携して実施する。あわせて、ICTを活用した地域の取組を紹介するセ"),
    (72, 688, 10.5, "ミナーを各地で開催し、先進事例の横展開を図るとともに、関係省庁等との連絡会を"),
    (72, 672, 10.5, "通じて情報共有を進める。"),
    (72, 648, 10.5, "・マイナンバーカードの普及促進"),
    (72, 632, 10.5, "・迷惑メール対策"),
]
# Vertical columns, right to left: (x of the column, first y, text).
PAGE2 = [
    (500, 760, "わたくしといふ現象は"),
    (480, 760, "假定された有機交流電燈の"),
    (460, 760, "ひとつの青い照明です"),
]


def build() -> bytes:
    chars = sorted({c for *_, s in PAGE1 for c in s} | {c for *_, s in PAGE2 for c in s} | {" "})
    cid = {c: i + 1 for i, c in enumerate(chars)}

    def hexstring(text: str) -> str:
        return "<" + "".join(f"{cid[c]:04X}" for c in text) + ">"

    content1 = ["BT"]
    for x, y, size, text in PAGE1:
        content1.append(f"/F1 {size} Tf 1 0 0 1 {x} {y} Tm {hexstring(text)} Tj")
    content1.append("ET")
    content2 = ["BT"]
    for x, y, text in PAGE2:
        content2.append(f"/F2 14 Tf 1 0 0 1 {x} {y} Tm {hexstring(text)} Tj")
    content2.append("ET")

    bfchar = "\n".join(f"<{cid[c]:04X}> <{c.encode('utf-16-be').hex().upper()}>" for c in chars)
    tounicode = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        f"{len(chars)} beginbfchar\n{bfchar}\nendbfchar\n"
        "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
    )
    title = "<FEFF" + TITLE.encode("utf-16-be").hex().upper() + ">"

    def stream(body: str) -> str:
        data = body.encode("ascii")
        return f"<< /Length {len(data)} >>\nstream\n{body}\nendstream"

    cidfont = (
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MS-Mincho "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        "/FontDescriptor 6 0 R /DW 1000 /CIDToGIDMap /Identity >>"
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 10 0 R] /Count 2 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 8 0 R >>",
        "<< /Type /Font /Subtype /Type0 /BaseFont /MS-Mincho /Encoding /Identity-H "
        "/DescendantFonts [5 0 R] /ToUnicode 7 0 R >>",
        cidfont,
        "<< /Type /FontDescriptor /FontName /MS-Mincho /Flags 6 /FontBBox [0 -141 1000 859] "
        "/ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>",
        stream(tounicode),
        stream("\n".join(content1)),
        f"<< /Title {title} /Producer (ictsearch tests/data/make_sample_pdf.py) >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F2 11 0 R >> >> /Contents 12 0 R >>",
        "<< /Type /Font /Subtype /Type0 /BaseFont /MS-Mincho /Encoding /Identity-V "
        "/DescendantFonts [5 0 R] /ToUnicode 7 0 R >>",
        stream("\n".join(content2)),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("ascii")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode("ascii")
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 9 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode("ascii")
    return bytes(out)


if __name__ == "__main__":
    target = Path(__file__).with_name("sample-ja.pdf")
    target.write_bytes(build())
    print(f"wrote {target}")
