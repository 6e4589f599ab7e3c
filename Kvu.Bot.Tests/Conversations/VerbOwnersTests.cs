using System.Text.Json.Nodes;
using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Conversations;

/// <summary>A card verb has exactly one owner: the table refuses a second one, whatever the registration order.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class VerbOwnersTests(AzuriteFixture azurite)
{
    [Fact]
    public void Every_verb_of_the_bots_features_has_one_owner()
    {
        using var bot = new KvuBotApplication(azurite.ConnectionString);
        var owners = bot.Services.GetRequiredService<VerbOwners>();

        Assert.Equal("GroupDecisionActions", owners.CardAction("approval.agree")?.GetType().Name);
        Assert.Equal("InvitationActions", owners.CardAction("invitation.accept")?.GetType().Name);
        Assert.Equal("MeetingConversation", owners.MessageFeature("meetings.pick")?.GetType().Name);
        Assert.Equal("FormationConversation", owners.MessageFeature("wijzig")?.GetType().Name);
        Assert.Equal("StatusScheduleFeature", owners.MessageFeature("weekstatus")?.GetType().Name);
        Assert.Null(owners.CardAction("wijzig"));
        Assert.Null(owners.MessageFeature("planning.unknown"));
    }

    [Theory]
    [InlineData("meetings.pick", "meetings.pick")]
    [InlineData("meetings.", "meetings.pick")]
    [InlineData("meetings.pick", "meetings.")]
    public void A_verb_claimed_twice_is_refused_in_either_order(string first, string second)
    {
        var one = new Claims(first);
        var other = new Claims(second);

        Assert.Throws<InvalidOperationException>(() => new VerbOwners([one], [other]));
        Assert.Throws<InvalidOperationException>(() => new VerbOwners([other], [one]));
    }

    private sealed class Claims(string verb) : ICardActionFeature, IMessageFeature
    {
        public IReadOnlyCollection<string> Verbs { get; } = [verb];

        public Task<JsonObject> HandleAsync(CardInvoke action, CancellationToken cancellationToken) => Task.FromResult(new JsonObject());

        public MessageRank? Rank(FlowInput input, UserConversation user) => null;

        public Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Reply>?>(null);
    }
}
