using Kvu.Bot.Formation.Cards;

namespace Kvu.Bot.Documents;

/// <summary>The verbs of the document card's buttons.</summary>
public static class DocumentVerbs
{
    public const string Prefix = "documents.";
    public const string Make = "documents.make";
    public const string Cancel = "documents.cancel";

    /// <summary>The overview's button: the document card. Named in Formation, which sits below Documents and cannot name this class.</summary>
    public const string Menu = FormationCommands.Documents;

    /// <summary>The phase card's button in the Uitvoering and Evaluatie: the voortgangsrapportage since the last one.</summary>
    public const string Report = FormationCommands.ProgressReport;

    public const string KindField = "kind";
    public const string FromField = "from";
    public const string ToField = "to";

    /// <summary>On the card the reporting reminder sends: which project, as the projectleider may have several.</summary>
    public const string ProjectField = "projectId";
}
