using System.Text.RegularExpressions;
using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Formation.Flow;

/// <summary>
/// A person as a projectleider types one: "Mark Jansen, m.jansen@politie.nl", "Mark Jansen &lt;m.jansen@politie.nl&gt;",
/// or name and e-mail in two card fields. Someone not yet in Teams is known by e-mail (or UPN) until they join.
/// </summary>
public static partial class PersonAnswer
{
    public static PersonRef? FromText(string text)
    {
        var match = NameAndEmail().Match(text.Trim());
        return match.Success ? From(match.Groups["name"].Value, match.Groups["email"].Value) : null;
    }

    public static PersonRef? From(string? name, string? email)
    {
        var display = Answers.Name(name);
        return display is not null && EmailAddress.TryParse(email, out var address) ? new PersonRef(display, null, address) : null;
    }

    [GeneratedRegex(@"^(?<name>[^,<;]+?)\s*(?:[,;]\s*|<)(?<email>[^\s,<>;]+@[^\s,<>;]+?)>?$")]
    private static partial Regex NameAndEmail();
}
