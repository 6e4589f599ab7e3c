using Kvu.Bot.Documents;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Documents;

/// <summary>
/// The four documents of the three-year Zwolle KVU: valid Open XML (the SDK's validator finds nothing), and opened by
/// LibreOffice they show, in Dutch, the gemeente and the area, the parties and their people, the data of the project,
/// and page numbers on every page.
/// </summary>
public sealed class DocumentFilesTests(OfficeDocumentsFixture office) : IClassFixture<OfficeDocumentsFixture>
{
    [Theory]
    [InlineData(DocumentKind.PlanVanAanpak)]
    [InlineData(DocumentKind.Intentieverklaring)]
    [InlineData(DocumentKind.Convenant)]
    [InlineData(DocumentKind.Voortgangsrapportage)]
    public void Each_document_is_valid_Open_XML_and_numbers_its_pages_with_the_gemeente_and_area(DocumentKind kind)
    {
        Assert.Empty(OfficeDocumentsFixture.ValidationErrors(office.Files[kind]));
        var text = office.PdfText[kind];
        var pages = office.PdfPages[kind];
        Assert.True(pages >= 2, $"{kind}: {pages} page(s)");
        for (var page = 1; page <= pages; page++)
        {
            Assert.Contains($"pagina {page} van {pages}", text);
        }

        Assert.Contains("Gemeente Zwolle · Binnenstad", text);
        Assert.DoesNotContain("Nog_", text);
    }

    [Fact]
    public void The_plan_van_aanpak_carries_the_analysis_the_goals_and_says_what_is_not_filled_in()
    {
        var text = Flat(DocumentKind.PlanVanAanpak);

        Assert.Contains("Plan van aanpak", text);
        Assert.Contains("Op weekendnachten is er rond sluitingstijd geweld op de Grote Markt", text);
        Assert.Contains("ca. 6.000 op een drukke zaterdagnacht", text);
        Assert.Contains("Vechtpartijen bij sluitingstijd op de Grote Markt (bron:", text);
        Assert.Contains("Schouw: 60 bevindingen overdag en 120 's nachts vastgelegd.", text);
        Assert.Contains("Incidenten per weekendnacht", text);
        Assert.Contains("Minder geluidsoverlast", text);
        Assert.Contains("Inwoners nog niet ingevuld", text);
        Assert.Contains("Ruud Kok", text);
    }

    [Fact]
    public void The_intentieverklaring_names_each_party_its_representative_and_its_commitment()
    {
        var text = Flat(DocumentKind.Intentieverklaring);

        Assert.Contains("Intentieverklaring", text);
        Assert.Contains("Café De Brouwerij, vertegenwoordigd door Sanne Visser", text);
        Assert.Contains("Brandweer IJsselland, vertegenwoordigd door Fatima el Amrani", text);
        Assert.Contains("De politie levert de politiecijfers", text);
        Assert.Contains("Handtekening", text);
    }

    [Fact]
    public void The_convenant_adds_the_Openbaar_Ministerie_and_holds_the_goals_and_the_samenwerkingsstructuur()
    {
        var text = Flat(DocumentKind.Convenant);

        Assert.Contains("Convenant Veilig Uitgaan Binnenstad", text);
        Assert.Contains("Openbaar Ministerie", text);
        Assert.Contains("Minder geweld op straat", text);
        Assert.Contains("Artikel 3. Samenwerkingsstructuur", text);
        Assert.Contains("Projectleider: Marieke Jansen", text);
    }

    [Fact]
    public void The_voortgangsrapportage_reports_the_period_its_changes_decisions_and_the_chart()
    {
        var text = Flat(DocumentKind.Voortgangsrapportage);

        Assert.Contains("Aan het college van burgemeester en wethouders en de gemeenteraad", text);
        Assert.Contains("Periode: 1 januari 2029 tot en met 31 maart 2029", text);
        Assert.Contains("De KVU is in de fase Uitvoering", text);
        Assert.Contains("Ingrid Bakker vervangen door Ruud Kok", text);
        Assert.Contains("Doel vastgelegd: Minder geweld op straat", text);
        Assert.Contains("Gezamenlijke probleemstelling vastgesteld door de werkgroep (versie 2)", text);
        Assert.Contains("Nulmeting en streefwaarde per indicator", text); // the chart's title, drawn by LibreOffice
        Assert.Contains("De volgende voortgangsrapportage volgt uiterlijk 1 juli 2029.", text);
        Assert.DoesNotContain("Van de fase Initiatief", text); // a phase move of 2026 is not a decision of this period
    }

    /// <summary>The PDF's text with runs of white space as one space, so sentences wrapped over lines still match.</summary>
    private string Flat(DocumentKind kind) => System.Text.RegularExpressions.Regex.Replace(office.PdfText[kind], @"\s+", " ");
}
