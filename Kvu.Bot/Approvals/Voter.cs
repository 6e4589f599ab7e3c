namespace Kvu.Bot.Approvals;

/// <summary>A member who is asked to respond, identified by Entra (AAD) object id: display names are not unique.</summary>
public sealed record Voter(string AadObjectId, string DisplayName, string MemberId);
