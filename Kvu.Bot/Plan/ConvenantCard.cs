using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;

namespace Kvu.Bot.Plan;

/// <summary>
/// The convenant on one card: how many parties signed, and per party who signs, how far it is and when its signatory
/// was last reminded. The projectleider (or secretaris) gets the button that reminds the signatories who have not
/// signed; what that did is shown on the card in place (the notice: its first line what happened, then who could
/// not be reached).
/// </summary>
public static class ConvenantCard
{
    /// <param name="sent">The notice reports reminders sent (shown as done); otherwise it says why nobody was reminded.</param>
    public static JsonObject Build(KvuProject project, bool manages, CultureInfo culture, IReadOnlyList<string>? notice = null, bool sent = false)
    {
        ArgumentNullException.ThrowIfNull(project);
        var parties = project.ConvenantParties;
        var body = new JsonArray
        {
            Title(PlanText.Format(PlanKeys.ConvenantTitle, culture, project.Gemeente, project.Uitgaansgebied, parties.Count(p => p.State == SigningState.Getekend), parties.Count)),
            Text(string.Join("\n", parties.Select(p => "- " + Line(p, culture))), spacing: Spacing.Small),
        };
        if (notice is { Count: > 0 })
        {
            // Green only when someone was reminded: "nobody reached" is not good news.
            body.Add(Text(notice[0], color: sent ? TextColor.Good : null, weight: TextWeight.Bolder, separator: true));
            foreach (var line in notice.Skip(1))
            {
                body.Add(Text(line, spacing: Spacing.Small));
            }
        }

        if (!manages || parties.All(p => p.State == SigningState.Getekend))
        {
            return AdaptiveCard.Create(body);
        }

        return AdaptiveCard.Create(body, new JsonArray
        {
            CardActions.Execute(PlanText.Get(PlanKeys.ConvenantRemindButton, culture), PlanVerbs.ConvenantRemind,
                new JsonObject { [PlanVerbs.ProjectField] = project.Id }, CardVerb.Field),
        });
    }

    /// <summary>"Politie: R. Kok, teamchef · akkoord in principe · herinnerd op 3 mei 2027".</summary>
    public static string Line(ConvenantParty party, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(party);
        var line = PlanText.Format(PlanKeys.ConvenantLine, culture,
            party.Party + (party.Party == KvuProject.OpenbaarMinisterie ? PlanText.Get(PlanKeys.ConvenantOmJoins, culture) : string.Empty),
            party.Signatory ?? PlanText.Get(PlanKeys.ConvenantNoSignatory, culture), State(party, culture));
        return party.State != SigningState.Getekend && party.RemindedOn is { } reminded
            ? line + PlanText.Format(PlanKeys.ConvenantRemindedOn, culture, CardParts.Date(reminded, culture))
            : line;
    }

    /// <summary>"concept", "akkoord in principe", "getekend op 12 mei 2027".</summary>
    public static string State(ConvenantParty party, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(party);
        return party.State == SigningState.Getekend && party.SignedOn is { } date
            ? PlanText.Format(PlanKeys.ConvenantSignedOn, culture, CardParts.Date(date, culture))
            : FormationText.Name(party.State, culture);
    }
}
