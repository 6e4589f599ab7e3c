using Kvu.Bot.Formation;

namespace Kvu.Bot.Approvals;

/// <summary>Who invites: their name goes on the card, and a decline is reported to <see cref="ReportTo"/> (their chat with the bot) in <see cref="Locale"/>.</summary>
public sealed record Inviter(PersonRef Person, string ReportTo, string Locale);
