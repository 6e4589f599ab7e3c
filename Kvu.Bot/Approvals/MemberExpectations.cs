using Kvu.Bot.Formation;

namespace Kvu.Bot.Approvals;

/// <summary>
/// Each member's expectations of the werkgroep (KVU success factor 2: "de verwachtingen van de deelnemers zijn
/// duidelijk in beeld gebracht"), collected into one group decision that the werkgroep approves like the others.
/// A member states theirs when accepting the invitation or later with "verwachting ...". A new or changed text
/// raises the version, so everyone who approved the earlier list is asked again.
/// </summary>
public sealed class MemberExpectations(ApprovalStore approvals, ProjectStore projects, InvitationStore invitations)
{
    /// <summary>A sentence or two (<see cref="InputLimits.Expectation"/> says why).</summary>
    public const int MaxLength = InputLimits.Expectation;

    /// <summary>The seat this Teams account holds: through the latest invitation addressed to it that was not declined.</summary>
    public async Task<(KvuProject Project, Member Member)?> FindSeatAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var candidates = new List<Invitation>();
        await foreach (var invitation in invitations.ListForInviteeAsync(tenantId, aadObjectId, cancellationToken))
        {
            if (invitation.Status != MemberStatus.Declined)
            {
                candidates.Add(invitation);
            }
        }

        foreach (var invitation in candidates.OrderByDescending(i => i.InvitedAt))
        {
            var project = await projects.GetAsync(new ProjectKey(tenantId, invitation.ProjectId), cancellationToken);
            var member = project?.FindMember(invitation.MemberId);
            if (project is not null && member is not null && member.Status != MemberStatus.Declined
                && string.Equals(member.Person.AadObjectId?.Trim(), aadObjectId, StringComparison.OrdinalIgnoreCase))
            {
                return (project, member);
            }
        }

        return null;
    }

    /// <summary>Keeps <paramref name="text"/> as the member's expectation; the same text again changes nothing.</summary>
    public Task<GroupDecision?> RecordAsync(KvuProject project, Member member, string text, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(member);
        var statement = text.Trim();
        statement = statement.Length > MaxLength ? statement[..MaxLength] : statement;
        var seats = DecisionContent.Seats(project);
        return approvals.UpdateDecisionAsync(project.Key, GroupDecisionKind.Verwachtingen, d =>
            (d ?? New(project, member)).WithContent(DecisionContent.WithExpectation(d?.Items ?? [], member, statement), seats, now),
            DecisionContent.Fingerprint(project), member.Person.AadObjectId is { } aad ? new DecisionActor(aad, member.Person.DisplayName) : null, cancellationToken);
    }

    /// <summary>Version 0 until the first expectation is in: WithContent then makes it version 1.</summary>
    private static GroupDecision New(KvuProject project, Member member) => new()
    {
        ProjectId = project.Id,
        TenantId = project.TenantId,
        Kind = GroupDecisionKind.Verwachtingen,
        ProjectName = $"{project.Gemeente} – {project.Uitgaansgebied}",
        Version = 0,
        StartedBy = project.Projectleider?.Person.AadObjectId ?? member.Person.AadObjectId ?? string.Empty,
    };
}
