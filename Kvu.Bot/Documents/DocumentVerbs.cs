namespace Kvu.Bot.Documents;

/// <summary>The verbs of the document card's buttons.</summary>
public static class DocumentVerbs
{
    public const string Prefix = "documents.";
    public const string Make = "documents.make";
    public const string Cancel = "documents.cancel";

    public const string KindField = "kind";
    public const string FromField = "from";
    public const string ToField = "to";

    /// <summary>On the card the reporting reminder sends: which project, as the projectleider may have several.</summary>
    public const string ProjectField = "projectId";
}
