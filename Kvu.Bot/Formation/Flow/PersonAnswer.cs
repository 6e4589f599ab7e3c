using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Formation.Flow;

/// <summary>
/// A person as a projectleider types one: "Mark Jansen, m.jansen@politie.nl", "Mark Jansen &lt;m.jansen@politie.nl&gt;",
/// or name and e-mail in two card fields. Someone not yet in Teams is known by e-mail (or UPN) until they join.
/// </summary>
public static partial class PersonAnswer
{
    public static PersonRef? FromText(string text) => Parse(text).Person;

    /// <summary>"Naam, e-mailadres" optionally followed by ", organisatie" (needed for seats without a default one).</summary>
    public static (PersonRef? Person, string? Organisation) Parse(string text)
    {
        var match = NameAndEmail().Match(text.Trim());
        if (!match.Success)
        {
            return (null, null);
        }

        var organisation = Answers.Name(match.Groups["organisation"].Value);
        return (From(match.Groups["name"].Value, match.Groups["email"].Value), organisation);
    }

    public static PersonRef? From(string? name, string? email)
    {
        var display = Answers.Name(name);
        return display is not null && EmailAddress.TryParse(email, out var address) ? new PersonRef(display, null, address) : null;
    }

    [GeneratedRegex(@"^(?<name>[^,<;]+?)\s*(?:[,;]\s*|<)(?<email>[^\s,<>;]+@[^\s,<>;]+?)>?(?:\s*[,;]\s*(?<organisation>[^,;]+))?$")]
    private static partial Regex NameAndEmail();
}
