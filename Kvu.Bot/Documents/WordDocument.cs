using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Kvu.Bot.Documents;

/// <summary>
/// The small kit the documents are written with: a Word document (A4, Dutch proofing language) with a title block,
/// headings, paragraphs, bullet lines, tables, a bar chart (a native Word chart: it stays sharp when printed and its
/// figures can be read in Word), signature blocks, and on every page a footer with the gemeente, the area, the
/// document's name and "pagina X van Y". Nothing in here knows the KVU: the documents say what goes in.
/// </summary>
public sealed class WordDocument
{
    /// <summary>A4 in twentieths of a point, with margins of 2.5 cm.</summary>
    private const int PageWidth = 11906, PageHeight = 16838, Margin = 1418;

    private const string Accent = "1F4E79";

    private readonly List<OpenXmlElement> _body = [];
    private readonly List<BarChart> _charts = [];
    private readonly string _title;
    private readonly string _footer;

    /// <param name="title">The document's name, also in its properties (what Word and SharePoint show).</param>
    /// <param name="footer">The footer's text before the page number, e.g. "Gemeente Zwolle · Binnenstad · Plan van aanpak".</param>
    public WordDocument(string title, string footer)
    {
        _title = title;
        _footer = footer;
    }

    /// <summary>The title block of the first page: the title, then a line per subtitle (gemeente, area, date, status).</summary>
    public WordDocument TitleBlock(string title, params string[] lines)
    {
        _body.Add(StyledParagraph(StyleIds.Title, title));
        foreach (var line in lines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            _body.Add(StyledParagraph(StyleIds.Subtitle, line));
        }

        return this;
    }

    public WordDocument Heading(string text, int level = 1) => Add(StyledParagraph(level == 1 ? StyleIds.Heading1 : StyleIds.Heading2, text));

    public WordDocument Paragraph(string text, bool italic = false)
    {
        var paragraph = new Paragraph();
        foreach (var (line, i) in text.Split('\n').Select((l, i) => (l, i)))
        {
            var run = new Run();
            if (italic)
            {
                run.Append(new RunProperties(new Italic()));
            }

            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(line) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }

        return Add(paragraph);
    }

    /// <summary>A label in bold followed by its value on one line ("Gemeente: Zwolle").</summary>
    public WordDocument Field(string label, string value) =>
        Add(new Paragraph(
            new Run(new RunProperties(new Bold()), new Text(label + ": ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new Text(value) { Space = SpaceProcessingModeValues.Preserve })));

    /// <summary>Lines with a bullet; an empty list writes nothing.</summary>
    public WordDocument Bullets(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            _body.Add(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Bullet }),
                new Run(new Text("•\t" + line) { Space = SpaceProcessingModeValues.Preserve })));
        }

        return this;
    }

    /// <summary>A table with a header row that repeats on every page; column widths are shares of the text width.</summary>
    public WordDocument Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<int>? shares = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var widths = ColumnWidths(headers.Count, shares);
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "A6A6A6" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "A6A6A6" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "A6A6A6" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "A6A6A6" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "A6A6A6" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "A6A6A6" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(headers, widths, header: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, widths, header: false));
        }

        _body.Add(table);
        return Add(new Paragraph());
    }

    /// <summary>A clustered bar chart: one group of bars per category, one colour per series, with a legend.</summary>
    public WordDocument Chart(BarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        _charts.Add(chart);
        return Add(new Paragraph(new Run(new Drawing(ChartPlaceholder(_charts.Count)))));
    }

    /// <summary>
    /// Signature blocks, two per row: the party, then name and date (each a line to fill in when not known yet) and a
    /// line to sign on.
    /// </summary>
    public WordDocument Signatures(IEnumerable<(string Party, string? Signatory, string? Date)> parties, string nameLabel, string dateLabel, string signatureLabel)
    {
        var list = parties.ToList();
        if (list.Count == 0)
        {
            return this;
        }

        var half = (PageWidth - (2 * Margin)) / 2;
        var table = new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = half.ToString(CultureInfo.InvariantCulture) }, new GridColumn { Width = half.ToString(CultureInfo.InvariantCulture) }));
        foreach (var pair in list.Chunk(2))
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            foreach (var (party, signatory, date) in pair)
            {
                row.Append(new TableCell(
                    new TableCellProperties(new TableCellWidth { Width = half.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                    new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "240" }), new Run(new RunProperties(new Bold()), new Text(party))),
                    new Paragraph(new Run(new Text($"{nameLabel}: {signatory ?? "____________________"}") { Space = SpaceProcessingModeValues.Preserve })),
                    new Paragraph(new Run(new Text($"{dateLabel}: {date ?? "____________________"}") { Space = SpaceProcessingModeValues.Preserve })),
                    new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "480" }), new Run(new Text($"{signatureLabel}: ______________________________") { Space = SpaceProcessingModeValues.Preserve }))));
            }

            if (pair.Length == 1)
            {
                row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Width = half.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }), new Paragraph()));
            }

            table.Append(row);
        }

        _body.Add(table);
        return this;
    }

    /// <summary>The .docx as bytes.</summary>
    public byte[] ToBytes(DateTimeOffset created)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = _title;
            document.PackageProperties.Creator = "Kvu.Bot";
            document.PackageProperties.Language = "nl-NL";
            document.PackageProperties.Created = created.UtcDateTime;
            document.PackageProperties.Modified = created.UtcDateTime;

            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = DocumentStyles();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = Footer();

            var body = new Body();
            foreach (var element in _body)
            {
                if (element is Paragraph { FirstChild: Run { FirstChild: Drawing drawing } } && drawing.Descendants<DocumentFormat.OpenXml.Drawing.Charts.ChartReference>().FirstOrDefault() is { } reference)
                {
                    var index = int.Parse(reference.Id!.Value!.Replace("chart", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
                    var part = main.AddNewPart<ChartPart>();
                    using (var xml = new MemoryStream(Encoding.UTF8.GetBytes(_charts[index - 1].ToXml())))
                    {
                        part.FeedData(xml);
                    }

                    reference.Id = main.GetIdOfPart(part);
                }

                body.Append(element);
            }

            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = Margin, Right = (uint)Margin, Bottom = Margin, Left = (uint)Margin, Header = 709, Footer = 709, Gutter = 0 }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private WordDocument Add(OpenXmlElement element)
    {
        _body.Add(element);
        return this;
    }

    private static Paragraph StyledParagraph(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static int[] ColumnWidths(int count, IReadOnlyList<int>? shares)
    {
        var total = PageWidth - (2 * Margin);
        var parts = shares is { Count: > 0 } && shares.Count == count ? shares : Enumerable.Repeat(1, count).ToList();
        var sum = parts.Sum();
        return [.. parts.Select(p => total * p / sum)];
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header)
    {
        // A row never breaks over two pages: "(Meldingen geluidsoverlast per" on one page and "maand)" on the next reads as two rows.
        var row = new TableRow(header ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));

        for (var i = 0; i < widths.Length; i++)
        {
            var cell = new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (header)
            {
                cell.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "DEEAF6" });
            }

            var text = i < cells.Count ? cells[i] : string.Empty;
            // 9 pt in tables: five columns of Dutch compound words ("Plaatsvervanger") fit without breaking.
            var properties = header ? new RunProperties(new Bold(), new FontSize { Val = "18" }) : new RunProperties(new FontSize { Val = "18" });
            // A line break where the cell's text has one: "01-02-2027 –" above "31-01-2028" rather than the date cut at a hyphen.
            var run = new Run(properties);
            foreach (var (line, index) in text.Split('\n').Select((line, index) => (line, index)))
            {
                if (index > 0)
                {
                    run.Append(new Break());
                }

                run.Append(new Text(line) { Space = SpaceProcessingModeValues.Preserve });
            }

            row.Append(new TableCell(cell, new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), run)));
        }

        return row;
    }

    private static Dw.Inline ChartPlaceholder(int number) =>
        new(
            new Dw.Extent { Cx = 5_760_000L, Cy = 3_240_000L },
            new Dw.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Dw.DocProperties { Id = (uint)number, Name = $"Grafiek {number}" },
            new Dw.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new DocumentFormat.OpenXml.Drawing.Charts.ChartReference { Id = $"chart{number}" })
            {
                Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart",
            }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };

    private Footer Footer() =>
        new(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Footer }),
            new Run(new Text(_footer + " · pagina ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" van ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " }));

    private static Styles DocumentStyles()
    {
        static Style Paragraph(string id, string name, RunProperties run, ParagraphProperties? paragraph = null, string? basedOn = "Normal")
        {
            var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
            style.Append(new StyleName { Val = name });
            if (basedOn is not null)
            {
                style.Append(new BasedOn { Val = basedOn });
            }

            style.Append(new PrimaryStyle());
            if (paragraph is not null)
            {
                style.Append(paragraph);
            }

            style.Append(run);
            return style;
        }

        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                new FontSize { Val = "21" },
                new Languages { Val = "nl-NL" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto })));
        var normal = new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        return new Styles(
            defaults,
            normal,
            Paragraph(StyleIds.Title, "Title", new RunProperties(new Bold(), new Color { Val = Accent }, new FontSize { Val = "48" }), new ParagraphProperties(new SpacingBetweenLines { Before = "1200", After = "240" })),
            Paragraph(StyleIds.Subtitle, "Subtitle", new RunProperties(new Color { Val = "404040" }, new FontSize { Val = "26" })),
            Paragraph(StyleIds.Heading1, "heading 1", new RunProperties(new Bold(), new Color { Val = Accent }, new FontSize { Val = "32" }), new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "360", After = "120" }, new OutlineLevel { Val = 0 })),
            Paragraph(StyleIds.Heading2, "heading 2", new RunProperties(new Bold(), new Color { Val = Accent }, new FontSize { Val = "24" }), new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "80" }, new OutlineLevel { Val = 1 })),
            Paragraph(StyleIds.Bullet, "List Bullet", new RunProperties(), new ParagraphProperties(new SpacingBetweenLines { After = "60" }, new Indentation { Left = "360", Hanging = "360" })),
            Paragraph(StyleIds.Footer, "footer", new RunProperties(new Color { Val = "595959" }, new FontSize { Val = "16" })));
    }

    private static class StyleIds
    {
        public const string Title = "Title";
        public const string Subtitle = "Subtitle";
        public const string Heading1 = "Heading1";
        public const string Heading2 = "Heading2";
        public const string Bullet = "ListBullet";
        public const string Footer = "Footer";
    }
}
