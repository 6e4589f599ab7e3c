namespace Kvu.Bot.Documents;

/// <summary>The words of the document and reporting commands (Words_{value} in Documents.resx).</summary>
public enum DocumentWord
{
    Document,
    Rhythm,
    Help,
    From,
    To,
    Off,
    Quarter,
    HalfYear,
    Year,
}
