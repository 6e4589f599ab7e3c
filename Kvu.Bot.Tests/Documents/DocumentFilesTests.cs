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
        Assert.Contains("mr1 Cameratoezicht Grote Markt", office.DocxText[DocumentKind.PlanVanAanpak]);
        Assert.Contains("Inwoners nog niet ingevuld", text);
        Assert.Contains("Ruud Kok", text);
    }

    [Fact]
    public void The_plan_van_aanpak_and_the_convenant_carry_the_samenwerkingsstructuur_and_the_evaluation_plan_the_werkgroep_agreed()
    {
        foreach (var kind in new[] { DocumentKind.PlanVanAanpak, DocumentKind.Convenant })
        {
            var text = Flat(kind);
            var cells = office.DocxText[kind];
            Assert.Contains("Vergaderfrequentie: de werkgroep vergadert elke 6 weken", text);
            Assert.Contains("Partijen hebben afgesproken wie waarover beslist:", text);
            Assert.Contains("Horecaverboden en sluitingstijden\nde burgemeester", cells);
            Assert.Contains("de driehoek (burgemeester, politie, OM)", cells);
            Assert.Contains("Over al het andere besluit de werkgroep gezamenlijk", text);
            Assert.Contains("Planning tussenmetingen en nameting:", text);
            Assert.Contains("Tussenmeting: 1 maart 2028", text);
            Assert.Contains("Tussenmeting: 1 maart 2029", text);
            Assert.Contains("Nameting: 1 maart 2030", text);
            Assert.DoesNotContain("Vergaderfrequentie: nog niet ingevuld", text);
        }
    }

    [Fact]
    public void The_intentieverklaring_names_each_party_its_representative_and_its_commitment()
    {
        var text = Flat(DocumentKind.Intentieverklaring);

        Assert.Contains("Intentieverklaring", text);
        Assert.Contains("Gemeente Zwolle, vertegenwoordigd door burgemeester drs. A. van der Meer, in de werkgroep vertegenwoordigd door Wim Hendriks (Gemeente)", text);
        Assert.Contains("Café De Brouwerij, vertegenwoordigd door Sanne Visser (Horecaondernemer)", text); // she signs and sits in the werkgroep: named once
        Assert.Contains("Koninklijke Horeca Nederland, vertegenwoordigd door Henk Mulder, voorzitter (Afdelingsbestuur KHN)", text);
        Assert.Contains("Vertegenwoordigd door: Ruud Kok (mandaat: nog onbekend)", text);
        Assert.Contains("Getekend op 10 maart 2026; opgemaakt op 2 april 2029", text); // signed in 2026: no longer a draft
        Assert.Contains("Naam: burgemeester drs. A. van der Meer", text);
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
    public void The_convenant_names_who_signs_for_each_party_and_how_far_the_signing_is()
    {
        var text = Flat(DocumentKind.Convenant);
        var cells = office.DocxText[DocumentKind.Convenant];

        Assert.Contains("Ondertekend: 7 van de 9 partijen.", text);
        Assert.Contains("Openbaar Ministerie\nmr. P. de Groot, hoofdofficier van justitie\n–\ngetekend op 14-12-2026", cells);
        Assert.Contains("Politie\nM. Kramer, teamchef Zwolle\nRuud Kok (Politie)\ngetekend op 14-12-2026", cells);
        Assert.Contains("Restaurant Het Pannenhuis\nLisa Meijer\nLisa Meijer (Horecaondernemer)\nakkoord in principe", cells);
        Assert.Contains("Brandweer IJsselland\nnog niet ingevuld\nFatima el Amrani (Brandweer)\nconcept", cells);
        Assert.Contains("Naam: mr. P. de Groot, hoofdofficier van justitie\nDatum: 14-12-2026", cells);
        Assert.Contains("Naam: Lisa Meijer\nDatum: ____________________", cells); // agreed in principe, not signed: a date to fill in
        Assert.Contains("Procesbegeleider CCV: geen (de gemeente huurt geen procesbegeleider in)", text);
        Assert.Contains("Naam: ____________________", cells); // the brandweer's signatory is not known yet: a line to fill in
    }

    [Fact]
    public void The_voortgangsrapportage_reports_the_period_its_changes_decisions_and_the_chart()
    {
        var text = Flat(DocumentKind.Voortgangsrapportage);

        Assert.Contains("Aan het college van burgemeester en wethouders en de gemeenteraad", text);
        Assert.Contains("Periode: 1 januari 2029 tot en met 31 maart 2029", text);
        Assert.Contains("De KVU is in de fase Uitvoering", text);
        Assert.Contains("Convenant: ondertekend door 7 van de 9 partijen.", text);
        Assert.Contains("Maatregelen: 40, waarvan gereed 23, loopt 12, vertraagd 5; over tijd 3.", text);
        Assert.Contains("Ingrid Bakker vervangen door Ruud Kok", text);
        Assert.Contains("Doel vastgelegd: Minder geweld op straat", text);
        Assert.Contains("Gezamenlijke probleemstelling vastgesteld door de werkgroep (versie 2)", text);
        Assert.Contains("Nulmeting, laatste meting en streefwaarde per indicator", text); // the chart's title, drawn by LibreOffice
        Assert.Contains("In deze periode zijn 3 metingen gedaan:", text);
        Assert.Contains("01-03-2029: Incidenten per weekendnacht = 3,2 (tussenmeting, politie)", text);
        Assert.Contains("Ondertekend: 7 van de 9 partijen.", text);
        Assert.Contains("Restaurant Het Pannenhuis\nLisa Meijer\nLisa Meijer (Horecaondernemer)\nakkoord in principe", office.DocxText[DocumentKind.Voortgangsrapportage]);
        Assert.Contains("Stand van de 40 maatregelen volgens de eigenaren – loopt: 12, vertraagd: 5, gereed: 23. Over tijd (einddatum voorbij, niet gereed): 3.", text);
        Assert.Contains("Vertraagd (5)", text);
        Assert.Contains("mr7 Maatregel 7 – Politie (Ingrid Bakker), 01-08-2027 tot 31-07-2028 – over tijd: De leverancier is failliet", text);
        Assert.Contains("mr18 Maatregel 18 – Gemeente Zwolle (Wim Hendriks), 01-07-2028 tot 30-06-2029: Wacht op de vergunning.", text);
        Assert.Contains("mr1 Cameratoezicht Grote Markt – Politie (Ingrid Bakker), 01-02-2027 tot 31-01-2028: Acht camera's hangen sinds maart 2027", text);
        Assert.Contains("Begroot: € 550.000 in 10 van de 40 maatregelen.", text);
        var cells = office.DocxText[DocumentKind.Voortgangsrapportage]; // table cells wrap in the PDF: read them from the document
        Assert.Contains("3,2 (01-03-2029, tussenmeting)", cells);
        Assert.Contains("Nog niet bereikt; beter dan de nulmeting", cells);
        Assert.Contains("Bereikt; beter dan de nulmeting", cells);
        Assert.Contains("De volgende voortgangsrapportage volgt uiterlijk 1 juli 2029.", text);
        Assert.DoesNotContain("Van de fase Initiatief", text); // a phase move of 2026 is not a decision of this period
    }

    /// <summary>The PDF's text with runs of white space as one space, so sentences wrapped over lines still match.</summary>
    private string Flat(DocumentKind kind) => System.Text.RegularExpressions.Regex.Replace(office.PdfText[kind], @"\s+", " ");
}
