using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Kvu.Bot.Documents;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Documents;

/// <summary>
/// Every document written once for the three-year Zwolle project, then opened by a real office engine: LibreOffice
/// converts all four to PDF in one run (the slow part, done once per test run), and poppler's pdftotext reads back
/// the text a reader sees, page numbers included. <c>./test.sh</c> installs both (apt libreoffice-writer-nogui, poppler-utils).
/// The documents and their PDFs are kept in TestResults/documents/ to look at.
/// </summary>
public sealed class OfficeDocumentsFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kvu-documents-" + Guid.NewGuid().ToString("N"));

    public IReadOnlyDictionary<DocumentKind, byte[]> Files { get; private set; } = new Dictionary<DocumentKind, byte[]>();

    public IReadOnlyDictionary<DocumentKind, string> PdfText { get; private set; } = new Dictionary<DocumentKind, string>();

    public IReadOnlyDictionary<DocumentKind, int> PdfPages { get; private set; } = new Dictionary<DocumentKind, int>();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var facts = DocumentExamples.Facts();
        Files = Enum.GetValues<DocumentKind>().ToDictionary(k => k, k => DocumentWriter.Write(k, facts, DocumentExamples.FirstQuarter2029, new DateOnly(2029, 7, 1)));
        foreach (var (kind, bytes) in Files)
        {
            await File.WriteAllBytesAsync(Path.Combine(_folder, kind + ".docx"), bytes);
        }

        var profile = new Uri(Path.Combine(_folder, "profile")).AbsoluteUri;
        var converted = await ExternalProcess.RunAsync(
            "soffice",
            ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", _folder, .. Files.Keys.Select(k => Path.Combine(_folder, k + ".docx"))],
            _folder,
            timeout: TimeSpan.FromMinutes(3));
        Assert.True(converted.ExitCode == 0, "LibreOffice could not convert the documents:\n" + converted.Output);

        var text = new Dictionary<DocumentKind, string>();
        var pages = new Dictionary<DocumentKind, int>();
        foreach (var kind in Files.Keys)
        {
            var pdf = Path.Combine(_folder, kind + ".pdf");
            Assert.True(File.Exists(pdf), $"LibreOffice made no PDF of {kind}:\n" + converted.Output);
            var read = await ExternalProcess.RunAsync("pdftotext", ["-layout", pdf, "-"], _folder);
            text[kind] = read.StandardOutput;
            var info = await ExternalProcess.RunAsync("pdfinfo", [pdf], _folder);
            pages[kind] = int.Parse(info.StandardOutput.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
        }

        var kept = RepositoryRoot.Combine("TestResults", "documents");
        Directory.CreateDirectory(kept);
        foreach (var file in Directory.EnumerateFiles(_folder).Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(kept, Path.GetFileName(file)), overwrite: true);
        }

        PdfText = text;
        PdfPages = pages;
    }

    /// <summary>What the Open XML SDK's validator finds wrong in a document (Office 2019 rules).</summary>
    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return [.. new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
