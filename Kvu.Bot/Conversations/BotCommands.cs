namespace Kvu.Bot.Conversations;

/// <summary>The words a user types (or a card button sends as <c>{"command": ...}</c>) to reach a feature.</summary>
public static class BotCommands
{
    /// <summary>The card data field a button's command travels in.</summary>
    public const string CommandField = "command";

    public const string Help = "help";
    public const string Start = "start";

    /// <summary>Dutch and English synonyms users actually type.</summary>
    public static readonly IReadOnlyDictionary<string, string> Synonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["help"] = Help,
        ["hulp"] = Help,
        ["?"] = Help,
        ["wat kun je"] = Help,
        ["wat kun je?"] = Help,
    };
}
