"""A chart's words, wherever Office draws one: a slide, a Word page, over a sheet.

Word and Excel keep a chart in its own part (word/charts/chartN.xml, xl/charts/chartN.xml), as
PowerPoint does; python-pptx reads that part's XML (DrawingML charts are one format in all three),
so a Word report's 「光ファイバ整備率の推移」 by prefecture names its prefectures as a slide's does.
"""

from __future__ import annotations


def chart_lines(chart) -> list[str]:
    """A python-pptx chart's title, then each plot's series names and category labels (a category
    level above them too: 東日本 over 宮城県, 福島県), then its axes' titles, a line each; its
    numbers are not searched.  A chart that cannot be read gives what was read before it."""
    out: list[str] = []
    try:
        if chart.has_title and chart.chart_title.has_text_frame:
            out.append(_text(chart.chart_title.text_frame))
        for plot in chart.plots:
            out.append("、".join(s.name for s in plot.series if s.name))
            levels = list(plot.categories.levels) or [list(plot.categories)]
            for level in reversed(levels):  # the outer level first, as the axis reads
                out.append("、".join(dict.fromkeys(str(c) for c in level if str(c).strip())))
        for axis in ("category_axis", "value_axis"):
            try:
                ax = getattr(chart, axis)
            except ValueError:  # a pie or doughnut has no axes
                continue
            if ax.has_title and ax.axis_title.has_text_frame:
                out.append(_text(ax.axis_title.text_frame))
    except Exception:
        # A chart python-pptx cannot read (a chart type or part it does not know) loses its words,
        # not the page's or the file's.
        pass
    return [line for line in out if line.strip()]


def chart_part_lines(blob: bytes) -> list[str]:
    """chart_lines of a chart part's XML as a Word or Excel package holds it; nothing when the
    part is not a chart's XML."""
    try:
        from pptx.chart.chart import Chart
        from pptx.oxml import parse_xml

        space = parse_xml(blob)
    except Exception:
        return []
    if not space.tag.endswith("}chartSpace"):
        return []
    return chart_lines(Chart(space, None))


def _text(text_frame) -> str:
    # python-pptx writes a line break inside a paragraph as a vertical tab.
    return text_frame.text.replace("\v", "\n")
