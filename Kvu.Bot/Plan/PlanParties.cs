using Kvu.Bot.Formation;

namespace Kvu.Bot.Plan;

/// <summary>The organisations of the werkgroep, the gemeente first: who can own a measure, and who signs the convenant.</summary>
public static class PlanParties
{
    public static IReadOnlyList<string> Of(KvuProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var gemeente = RoleCatalog.DefaultOrganisation(WerkgroepRole.Gemeente, project.Gemeente)!;
        return [.. project.Members.Where(m => m.Status != MemberStatus.Declined).Select(m => m.Organisation)
            .Prepend(gemeente)
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
