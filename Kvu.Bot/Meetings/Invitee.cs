namespace Kvu.Bot.Meetings;

/// <summary>Address is an e-mail address/UPN (or Entra object id for the organiser): what Graph accepts as a user id.</summary>
public sealed record Invitee(string DisplayName, string? Address, bool Required);
