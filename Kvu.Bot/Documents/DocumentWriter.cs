namespace Kvu.Bot.Documents;

/// <summary>Which document is written how, and what its file is called ("Voortgangsrapportage KVU Binnenstad 2029-01-01 tot 2029-03-31.docx").</summary>
public static class DocumentWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The one way a document is written: the documents themselves only say what goes in it.</summary>
    public static byte[] Write(DocumentKind kind, DocumentFacts facts, DocumentPeriod period, DateOnly? nextReport)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(period);
        var document = kind switch
        {
            DocumentKind.PlanVanAanpak => PlanVanAanpakDocument.Write(facts),
            DocumentKind.Intentieverklaring => IntentieverklaringDocument.Write(facts),
            DocumentKind.Convenant => ConvenantDocument.Write(facts),
            DocumentKind.Voortgangsrapportage => VoortgangsrapportageDocument.Write(facts, period, nextReport),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        return document.ToBytes(facts.Now);
    }

    public static string FileName(DocumentKind kind, DocumentFacts facts, DocumentPeriod period)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(period);
        var name = $"{Wording.Get($"File_{kind}")} KVU {facts.Project.Uitgaansgebied} {facts.Project.Gemeente} "
            + (kind == DocumentKind.Voortgangsrapportage ? $"{period.From:yyyy-MM-dd} tot {period.To:yyyy-MM-dd}" : $"{facts.Today:yyyy-MM-dd}");
        var safe = new string([.. name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '"' or '*' or ':' or '<' or '>' or '?' or '\\' or '/' or '|' or '#' or '%' ? '-' : c)]);
        return safe.Trim() + ".docx";
    }
}
