using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Plan;

/// <summary>
/// The card a signatory gets in her own chat: what to sign (the convenant of which KVU), for which party, where it
/// stands, and two buttons to report it (Action.Execute, answered in place): akkoord in principe, or getekend on the
/// date she fills in (today unless she changes it).
/// </summary>
public static class ConvenantSigningCard
{
    public static JsonObject Build(KvuProject project, ConvenantParty party, string? saved, string? problem, DateOnly today, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(party);
        // The projectleider who signs herself is not told she gets the convenant from herself.
        var leader = project.Projectleider?.Person is { } person && !person.IsSamePerson(project.SignatoryPerson(party)) ? person.DisplayName : null;
        var body = new JsonArray
        {
            Title(PlanText.Format(PlanKeys.ConvenantSignTitle, culture, project.Gemeente, project.Uitgaansgebied)),
            Text(PlanText.Format(PlanKeys.ConvenantSignIntro, culture, party.Party, ConvenantCard.State(party, culture)), spacing: Spacing.Small),
        };
        if (saved is not null)
        {
            body.Add(Text(saved, color: TextColor.Good, weight: TextWeight.Bolder));
        }

        if (party.State == SigningState.Getekend)
        {
            return AdaptiveCard.Create(body);
        }

        body.Add(Text(leader is null
            ? PlanText.Format(PlanKeys.ConvenantSignAskNoLeader, culture, party.Party)
            : PlanText.Format(PlanKeys.ConvenantSignAsk, culture, leader, party.Party), spacing: Spacing.Small));
        body.Add(CardInputs.Date(PlanVerbs.SignedOnField, PlanText.Get(PlanKeys.ConvenantSignDateLabel, culture), value: today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (problem is not null)
        {
            body.Add(CardInputs.Problem(problem));
        }

        JsonObject Data(SigningState state) => new()
        {
            [PlanVerbs.ProjectField] = project.Id,
            [PlanVerbs.PartyField] = party.Party,
            [PlanVerbs.ConvenantStateField] = state.ToString(),
        };
        var actions = new JsonArray();
        if (party.State != SigningState.AkkoordInPrincipe)
        {
            actions.Add(CardActions.Execute(PlanText.Get(PlanKeys.ConvenantButtonAgree, culture), PlanVerbs.ConvenantSign, Data(SigningState.AkkoordInPrincipe), CardVerb.Field));
        }

        actions.Add(CardActions.Execute(PlanText.Get(PlanKeys.ConvenantButtonSigned, culture), PlanVerbs.ConvenantSign, Data(SigningState.Getekend), CardVerb.Field, ActionStyle.Positive));
        return AdaptiveCard.Create(body, actions);
    }
}
