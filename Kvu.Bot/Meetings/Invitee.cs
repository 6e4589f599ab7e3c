namespace Kvu.Bot.Meetings;

// Address is an e-mail address/UPN (or Entra object id for the organiser): what Graph accepts as a user id.
public sealed record Invitee(string DisplayName, string? Address, bool Required);
