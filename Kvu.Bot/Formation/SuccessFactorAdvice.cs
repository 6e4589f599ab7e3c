namespace Kvu.Bot.Formation;

/// <summary>
/// What the data already suggests about each success factor, so the overview can show "lijkt in orde" next to the
/// human confirmation in KvuProject.SuccessFactors. It never changes that confirmation: a werkgroep can look
/// balanced on paper and still not be.
/// </summary>
public static class SuccessFactorAdvice
{
    public static IReadOnlyList<SuccessFactorSuggestion> Evaluate(KvuProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var points = FormationChecks.Evaluate(project);
        return [.. Enum.GetValues<SuccessFactor>().Select(f => new SuccessFactorSuggestion(f, Suggest(f, project, points)))];
    }

    private static SuggestedStatus Suggest(SuccessFactor factor, KvuProject project, IReadOnlyList<OpenPoint> points)
    {
        var seats = WerkgroepSeats.Voting(project);
        var members = WerkgroepSeats.Active(project).ToList();
        var partners = seats.Where(s => RoleCatalog.Need(s.Role) == RoleNeed.Required).GroupBy(s => s.Role).ToList();
        bool None(params OpenPointKind[] kinds) => !points.Any(p => kinds.Contains(p.Kind));
        SuggestedStatus LooksMetIf(bool condition) => condition ? SuggestedStatus.LooksMet : SuggestedStatus.LooksOpen;
        bool MandateLooksMet() => seats.Any(s => s.MemberId is not null) && None(OpenPointKind.MemberWithoutMandate);

        return factor switch
        {
            // "voldoende beslissingsbevoegdheid om activiteiten te kunnen uitvoeren": stricter than factor 9 - every
            // required partner at the table has at least one seat that can commit it without going back first.
            // It includes factor 9, so the two never contradict each other: "lijkt in orde" here with "nog niet in
            // orde" for the mandate cannot come from the same members.
            SuccessFactor.SufficientDecisionAuthority => LooksMetIf(partners.Count > 0
                && partners.All(g => g.Any(s => s.Mandate == Mandate.CanDecide))
                && MandateLooksMet()),

            SuccessFactor.BalancedRepresentation => LooksMetIf(seats.Count > 0 && None(
                OpenPointKind.RequiredRoleVacant, OpenPointKind.OrganisationOverRepresented, OpenPointKind.OrganisationUnderRepresented)),

            // Only asked of restaurants when they take part; "nee" makes the factor moot, unanswered keeps it open.
            SuccessFactor.RestaurantsOwnRepresentative => project.RestaurantsTakePart switch
            {
                false => SuggestedStatus.NotApplicable,
                null => SuggestedStatus.LooksOpen,
                true => LooksMetIf(None(OpenPointKind.RestaurantsWithoutOwnRepresentative)),
            },

            SuccessFactor.MandateToDecide => LooksMetIf(MandateLooksMet()),

            // "Leden van de werkgroep zorgen zelf voor terugkoppeling naar hun eigen achterban": what each member
            // promised when accepting the invitation.
            SuccessFactor.ReportBackToConstituency => members.Count == 0 ? SuggestedStatus.NoData : LooksMetIf(members.All(m => m.ReportsBack)),

            SuccessFactor.BriefedSubstitute => LooksMetIf(members.Count > 0 && None(OpenPointKind.MemberWithoutSubstitute)),

            // Joint approach, responsibilities, begrippenlijst and expectations happen in meetings;
            // nothing in the project data shows them.
            _ => SuggestedStatus.NoData,
        };
    }
}
