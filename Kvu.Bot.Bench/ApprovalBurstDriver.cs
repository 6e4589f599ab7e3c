using System.Globalization;
using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Conversations;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Bench;

/// <summary>
/// Row 3 for the approvals feature: a project whose composition card awaits the approval of <c>members</c> members,
/// stored through the bot's own stores, and one "Akkoord" invoke per member (<see cref="ApprovalVerbs.Agree"/>) on
/// version 1, and the refresh Teams sends when it shows the card to the projectleider. Answered means: the invoke
/// response is that member's updated card saying they agreed to version 1.
/// </summary>
internal sealed class ApprovalBurstDriver : IApprovalBurstDriver
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    private readonly string _agreed = ApprovalText.Format(ApprovalText.YouAgreed, Kvu.Bot.Common.ReaderCulture.Dutch, 1);

    public async Task<ApprovalBurstCard> PrepareAsync(IServiceProvider bot, string serviceUrl, int members)
    {
        var projectleider = User("Anna de Vries");
        var users = Enumerable.Range(1, members).Select(i => User($"Lid {i}")).ToList();
        var pl = Person(projectleider);
        var project = KvuProject.Create($"bench-{Guid.NewGuid():N}", TeamsActivity.TenantId, "Zwolle", "Binnenstad", pl, Start);
        project.SetProjectleider(pl, ProjectleiderOrigin.Gemeente, null, pl, Start);
        for (var i = 0; i < users.Count; i++)
        {
            project.AddMember(WerkgroepRole.HorecaOndernemer, Person(users[i]), $"Café {i}", pl, Start);
        }

        await bot.GetRequiredService<ProjectStore>().CreateAsync(project, CancellationToken.None);
        await bot.GetRequiredService<ApprovalStore>().UpdateDecisionAsync(project.Key, GroupDecisionKind.Samenstelling, _ => new GroupDecision
        {
            ProjectId = project.Id,
            TenantId = project.TenantId,
            Kind = GroupDecisionKind.Samenstelling,
            ProjectName = "Zwolle – Binnenstad",
            Items = DecisionContent.Composition(project),
            Voters = DecisionContent.Voters(project),
            StartedBy = projectleider.AadObjectId,
            UpdatedAt = Start,
        }, inLineWith: null, by: null, CancellationToken.None);

        var teams = new TeamsActivity(serviceUrl);
        var card = $"{TeamsActivity.NewChannelConversationId()};messageid=1";
        var data = new JsonObject
        {
            [ApprovalVerbs.ProjectField] = project.Id,
            [ApprovalVerbs.DecisionField] = GroupDecision.IdFor(GroupDecisionKind.Samenstelling),
            [ApprovalVerbs.VersionField] = 1.ToString(CultureInfo.InvariantCulture),
        };
        return new ApprovalBurstCard(
            teams.AdaptiveCardInvoke(card, ApprovalVerbs.Refresh, (JsonObject)data.DeepClone(), projectleider),
            [.. users.Select(user => teams.AdaptiveCardInvoke(card, ApprovalVerbs.Agree, (JsonObject)data.DeepClone(), user))]);
    }

    public bool IsAnswered(JsonNode? invokeResponse) =>
        invokeResponse is JsonObject body
        && (string?)body["type"] == "application/vnd.microsoft.card.adaptive"
        && body["value"] is JsonObject { } card
        && (string?)card["type"] == "AdaptiveCard"
        && card.ToJsonString().Contains(JsonValue.Create(_agreed)!.ToJsonString().Trim('"'), StringComparison.Ordinal);

    private static TeamsActivity.User User(string name) => new($"29:1{Guid.NewGuid():N}", name, Guid.NewGuid().ToString());

    private static PersonRef Person(TeamsActivity.User user) => new(user.Name, user.AadObjectId, $"{user.Name.Replace(' ', '.').ToLowerInvariant()}@example.nl");
}
