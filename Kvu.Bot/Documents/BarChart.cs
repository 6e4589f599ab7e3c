using System.Security;

namespace Kvu.Bot.Documents;

/// <summary>
/// A clustered bar chart as Word keeps it (DrawingML chart XML, the figures cached in it, no embedded workbook):
/// one group per category, one bar colour per series; a missing value is a gap.
/// </summary>
public sealed record BarChart(string Title, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    private static readonly string[] Colours = ["A6A6A6", "2E75B6", "70AD47", "ED7D31"];

    public string ToXml()
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
            .Append("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
            .Append("<c:roundedCorners val=\"0\"/><c:chart>")
            .Append("<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz=\"1200\" b=\"1\"/></a:pPr><a:r><a:rPr lang=\"nl-NL\" sz=\"1200\" b=\"1\"/><a:t>").Append(Escape(Title)).Append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>")
            .Append("<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/><c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>");
        for (var s = 0; s < Series.Count; s++)
        {
            var series = Series[s];
            var column = (char)('B' + s);
            xml.Append("<c:ser><c:idx val=\"").Append(s).Append("\"/><c:order val=\"").Append(s).Append("\"/>")
                .Append("<c:tx><c:strRef><c:f>Blad1!$").Append(column).Append("$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>").Append(Escape(series.Name)).Append("</c:v></c:pt></c:strCache></c:strRef></c:tx>")
                .Append("<c:spPr><a:solidFill><a:srgbClr val=\"").Append(Colours[s % Colours.Length]).Append("\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>")
                .Append("<c:cat><c:strRef><c:f>Blad1!$A$2:$A$").Append(Categories.Count + 1).Append("</c:f><c:strCache><c:ptCount val=\"").Append(Categories.Count).Append("\"/>");
            for (var i = 0; i < Categories.Count; i++)
            {
                xml.Append("<c:pt idx=\"").Append(i).Append("\"><c:v>").Append(Escape(Categories[i])).Append("</c:v></c:pt>");
            }

            xml.Append("</c:strCache></c:strRef></c:cat>")
                .Append("<c:val><c:numRef><c:f>Blad1!$").Append(column).Append("$2:$").Append(column).Append('$').Append(Categories.Count + 1).Append("</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"").Append(Categories.Count).Append("\"/>");
            for (var i = 0; i < Categories.Count && i < series.Values.Count; i++)
            {
                if (series.Values[i] is { } value)
                {
                    xml.Append("<c:pt idx=\"").Append(i).Append("\"><c:v>").Append(value.ToString(CultureInfo.InvariantCulture)).Append("</c:v></c:pt>");
                }
            }

            xml.Append("</c:numCache></c:numRef></c:val></c:ser>");
        }

        xml.Append("<c:gapWidth val=\"150\"/><c:axId val=\"500000001\"/><c:axId val=\"500000002\"/></c:barChart>")
            .Append("<c:catAx><c:axId val=\"500000001\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"500000002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>")
            .Append("<c:valAx><c:axId val=\"500000002\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"500000001\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx>")
            .Append("</c:plotArea><c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>");
        return xml.ToString();
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
