using Kvu.Bot.Formation;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Formation;

/// <summary>
/// What the projectleider reads about the werkgroep's checks, through the endpoint: the checks never contradict each
/// other and say no more than the KVU text allows.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ChecksAgreeTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    /// <summary>The Zwolle werkgroep (no open points, one success factor confirmed) in a chat of Marieke's own.</summary>
    private async Task<(TeamsChat Chat, string ProjectId)> ZwolleChatAsync(string locale, Action<KvuProject>? change = null)
    {
        var user = new TeamsActivity.User($"29:1{Guid.NewGuid():N}", Marieke.DisplayName, Guid.NewGuid().ToString());
        var project = Zwolle($"p-{Guid.NewGuid():N}", TeamsActivity.TenantId);
        change?.Invoke(project);
        await Bot.Services.GetRequiredService<ProjectStore>().CreateAsync(project, CancellationToken.None);
        await Bot.Services.GetRequiredService<ProjectAccessStore>().GrantAsync(
            new ProjectAccess(TeamsActivity.TenantId, user.AadObjectId, project.Id, project.Gemeente, project.Uitgaansgebied, ProjectAccessRole.Projectleider, Start), CancellationToken.None);
        return (new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), locale, user), project.Id);
    }

    [Theory]
    [InlineData("nl-NL", "Geen open punten in de samenstelling. Van de succesfactoren zijn er 0 van 10 in orde", "voldoet aan de checklist")]
    [InlineData("en-US", "No open points in the composition. 0 of 10 success factors are met", "meets the KVU checklist")]
    public async Task No_open_points_does_not_claim_the_checklist_while_factors_are_unconfirmed(string locale, string expected, string claim)
    {
        var (chat, _) = await ZwolleChatAsync(locale);

        await chat.SayAsync("status");

        Assert.Contains(expected, chat.LastText);
        Assert.DoesNotContain(claim, chat.LastText);
    }

    [Theory]
    [InlineData("nl-NL", "Geen open punten: de werkgroep voldoet aan de checklist van de KVU.")]
    [InlineData("en-US", "No open points: the working group meets the KVU checklist.")]
    public async Task The_checklist_is_met_only_when_every_factor_is_confirmed(string locale, string expected)
    {
        var (chat, _) = await ZwolleChatAsync(locale, p =>
        {
            foreach (var factor in Enum.GetValues<SuccessFactor>())
            {
                p.SetSuccessFactor(factor, SuccessFactorStatus.Met, null, Marieke, Day(30));
            }
        });

        await chat.SayAsync("status");

        Assert.Contains(expected, chat.LastText);
    }

    [Theory]
    [InlineData("nl-NL", "Beslissingsbevoegdheid · advies: nog niet in orde", "Mandaat om te beslissen · advies: nog niet in orde", "Beslissingsbevoegdheid · advies: lijkt in orde")]
    [InlineData("en-US", "Decision authority · advice: not met yet", "Mandate to decide · advice: not met yet", "Decision authority · advice: looks met")]
    public async Task Decision_authority_and_mandate_agree_on_the_same_members(string locale, string authority, string mandate, string contradiction)
    {
        // A second politie member whose mandate nobody has asked yet.
        var (chat, _) = await ZwolleChatAsync(locale, p => p.AddMember(WerkgroepRole.Politie, Ruud, null, Marieke, Day(20)));

        await chat.SayAsync("status");

        Assert.Contains(authority, chat.LastText);
        Assert.Contains(mandate, chat.LastText);
        Assert.DoesNotContain(contradiction, chat.LastText);
    }

    [Theory]
    [InlineData("nl-NL", "Afdelingsbestuur KHN is ondervertegenwoordigd: te weinig zetels naast de andere partijen", "niemand aan tafel kan beslissen")]
    [InlineData("en-US", "is under-represented: too few seats next to the other parties", "nobody at the table can decide")]
    public async Task Under_represented_is_about_seats_and_a_partner_that_cannot_decide_is_a_mandate_point(string locale, string seats, string oldMeaning)
    {
        var (outvoted, _) = await ZwolleChatAsync(locale, p =>
        {
            p.AddMember(WerkgroepRole.Politie, Ruud, null, Marieke, Day(20));
            p.AddMember(WerkgroepRole.Politie, Anouk, null, Marieke, Day(20));
        });
        await outvoted.SayAsync("status");
        Assert.Contains(seats, outvoted.LastText);

        var (cannotDecide, _) = await ZwolleChatAsync(locale, p => p.SetMandate(p.Members.Single(m => m.Person == Ingrid).Id, Mandate.CannotDecide, Marieke, Day(20)));
        await cannotDecide.SayAsync("status");
        Assert.DoesNotContain("ondervertegenwoordigd", cannotDecide.LastText);
        Assert.DoesNotContain("under-represented", cannotDecide.LastText);
        Assert.DoesNotContain(oldMeaning, cannotDecide.LastText);
        Assert.Contains(Ingrid.DisplayName, cannotDecide.LastText);
    }
}
