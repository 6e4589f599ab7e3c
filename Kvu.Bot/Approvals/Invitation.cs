using Kvu.Bot.Formation;

namespace Kvu.Bot.Approvals;

/// <summary>
/// The projectleider's invitation to one seat, addressed to one Teams account: only the member whose Entra (AAD)
/// object id and tenant match may answer it. <see cref="ReportTo"/> is the projectleider's personal conversation,
/// where a decline is reported.
/// </summary>
public sealed record Invitation(
    string TenantId,
    string ProjectId,
    string ProjectName,
    string MemberId,
    WerkgroepRole Role,
    string Organisation,
    string InviteeAadObjectId,
    string InviteeName,
    string InvitedBy,
    string ReportTo,
    string ReportLocale,
    DateTimeOffset InvitedAt,
    MemberStatus Status = MemberStatus.Invited,
    string? Reason = null);
