using Kvu.Bot.Conversations;
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

    /// <summary>
    /// Why a person given as name and e-mail (card fields labelled <paramref name="nameLabel"/> and
    /// <paramref name="emailLabel"/>) is not accepted, naming the field; null when both are fine. The card comes
    /// back with everything else still filled in, so the message says only what to fix.
    /// </summary>
    public static string? Problem(string? name, string? email, string nameLabel, string emailLabel, CultureInfo culture)
    {
        if (Answers.Name(name) is null)
        {
            return BotText.Format(ConversationText.Invalid_FieldEmpty, culture, nameLabel);
        }

        if (string.IsNullOrWhiteSpace(email))
        {
            return BotText.Format(ConversationText.Invalid_FieldEmpty, culture, emailLabel);
        }

        return EmailAddress.TryParse(email, out _) ? null : BotText.Format(ConversationText.Invalid_FieldEmail, culture, emailLabel, email.Trim());
    }

    /// <summary>Why a typed person ("Naam, e-mailadres") is not accepted: the e-mail address named when only that is wrong.</summary>
    public static string TypedProblem(string text, CultureInfo culture)
    {
        var match = NameAndEmail().Match(text.Trim());
        return match.Success && Answers.Name(match.Groups["name"].Value) is not null
            ? BotText.Format(ConversationText.Invalid_TypedEmail, culture, match.Groups["email"].Value)
            : BotText.Get(ConversationText.Invalid_Person, culture);
    }

    [GeneratedRegex(@"^(?<name>[^,<;]+?)\s*(?:[,;]\s*|<)(?<email>[^\s,<>;]+@[^\s,<>;]+?)>?(?:\s*[,;]\s*(?<organisation>[^,;]+))?$")]
    private static partial Regex NameAndEmail();
}
