using Kvu.Bot.Conversations.Flows;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace Kvu.Bot.Conversations;

/// <summary>
/// The activity router: loads the conversation's state once, drops retried deliveries, remembers where the
/// conversation is for proactive posts, hands the activity to the feature that handles it, and saves state
/// once at the end (one read and one conditional write per ordinary turn) before the replies go out, so that a
/// user who answers the moment a new card appears always finds the state that card belongs to. No feature
/// logic lives here.
/// </summary>
public sealed class KvuBot(
    ConversationState conversationState,
    ConversationTracker tracker,
    MessageGate gate,
    MessageRouter router,
    VerbOwners verbs,
    IEnumerable<ITeamMembersFeature> teamMembers,
    IEnumerable<IFileConsentFeature> fileConsent,
    TimeProvider clock,
    ILogger<KvuBot> logger) : TeamsActivityHandler
{
    private readonly IStatePropertyAccessor<ConversationData> _data = conversationState.CreateProperty<ConversationData>(ConversationData.StateProperty);

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type == ActivityTypes.InstallationUpdate)
        {
            // Teams (and the Playground on every page load) sends it together with a conversationUpdate that
            // announces the bot; that one welcomes. Touching state here would race it for the same entity.
            return;
        }

        if (turnContext.Activity.Type == ActivityTypes.Invoke && turnContext.Activity.Name is "adaptiveCard/action" or "fileConsent/invoke")
        {
            // Card actions keep what they change in their feature's own store and are idempotent there, so a
            // Teams retry must be answered with the card again, not dropped. Skipping conversation state also
            // saves two storage round trips inside Teams' ~5 s invoke limit and keeps 60 members clicking one
            // channel card at once from contending for that thread's single state entity. A file consent click is
            // answered from the offer's own row in the same way.
            await base.OnTurnAsync(turnContext, cancellationToken);
            return;
        }

        if (turnContext.Activity.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.Invoke))
        {
            // Reactions, edits and deletions (with RSC, for every message in the team's channels), typing, events:
            // the bot does nothing with them, so it reads and writes nothing for them either.
            return;
        }

        if (turnContext.Activity.Type == ActivityTypes.Message && !await PassesGateAsync(turnContext, cancellationToken))
        {
            return;
        }

        var data = await _data.GetAsync(turnContext, () => new ConversationData(), cancellationToken);

        // State read back from Table storage arrives as JSON and the accessor hands out a fresh copy of it; put
        // that copy back so the changes made to it this turn are what SaveChangesAsync writes.
        await _data.SetAsync(turnContext, data, cancellationToken);
        if (!data.MarkSeen(turnContext.Activity.Id))
        {
            logger.LogInformation("Ignored a retried delivery of activity {ActivityId} in {ConversationId}",
                turnContext.Activity.Id, turnContext.Activity.Conversation?.Id);
            return;
        }

        turnContext.TurnState.Set(data);
        await tracker.TrackAsync(turnContext.Activity, data, cancellationToken);
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
        if (turnContext.TurnState.Get<PendingReplies>() is { } pending)
        {
            await ReplySender.SendAsync(turnContext, pending.Replies, cancellationToken);
        }
    }

    /// <summary>Channel chatter passes silently; an unreadable or oversized message is answered here, before any state.</summary>
    private async Task<bool> PassesGateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var verdict = gate.Check(turnContext.Activity);
        switch (verdict.Decision)
        {
            case MessageGateDecision.Ignore:
                logger.LogDebug("Not for the bot: message {ActivityId} in {ConversationId}", turnContext.Activity.Id, turnContext.Activity.Conversation?.Id);
                return false;
            case MessageGateDecision.Refuse:
                logger.LogInformation("Refused message {ActivityId} in {ConversationId} before reading state", turnContext.Activity.Id, turnContext.Activity.Conversation?.Id);
                await turnContext.SendActivityAsync(MessageFactory.Text(verdict.Reply), cancellationToken);
                return false;
            default:
                return true;
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var replies = await router.RouteAsync(turnContext, turnContext.TurnState.Get<ConversationData>(), cancellationToken);
        turnContext.TurnState.Set(new PendingReplies(replies));
    }

    /// <summary>A message turn's replies, held until the state they belong to is saved.</summary>
    private sealed record PendingReplies(IReadOnlyList<Reply> Replies);

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var action = CardInvokeInput.From(turnContext.Activity, invokeValue, clock.GetUtcNow()) with { Team = new TeamsRoster(turnContext, logger) };
        if (verbs.CardAction(action.Verb) is { } feature)
        {
            return CardInvokeInput.Card(await feature.HandleAsync(action, cancellationToken));
        }

        // An old card, or a crafted request: say so in Teams rather than fail the click.
        logger.LogWarning("A card action with the verb {Verb} that no feature owns, from {AadObjectId}", action.Verb, action.User.AadObjectId);
        return CardInvokeInput.Message(BotText.Get(ConversationText.UnknownCardAction, action.Culture));
    }

    protected override Task OnTeamsFileConsentAcceptAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        AnswerFileConsentAsync(turnContext, fileConsentCardResponse, cancellationToken);

    protected override Task OnTeamsFileConsentDeclineAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        AnswerFileConsentAsync(turnContext, fileConsentCardResponse, cancellationToken);

    /// <summary>"Toestaan" or "Weigeren" on a file consent card: the Files feature uploads or forgets the file and says so.</summary>
    private async Task AnswerFileConsentAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse response, CancellationToken cancellationToken)
    {
        var answer = FileConsentInput.From(turnContext.Activity, response, clock.GetUtcNow());
        var replies = new List<Reply>();
        foreach (var feature in fileConsent)
        {
            replies.AddRange(await feature.AnswerAsync(answer, cancellationToken));
        }

        await ReplySender.SendAsync(turnContext, replies, cancellationToken);
    }

    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Teams (and the Playground on every page load) announces the bot joining a conversation; welcome once.
        // The base class would look up every other added member at the connector: not needed for a welcome.
        var botId = turnContext.Activity.Recipient?.Id;
        if (turnContext.Activity.MembersAdded?.Any(m => m.Id == botId) == true)
        {
            await WelcomeAsync(turnContext, cancellationToken);
        }

        // People joining a team the bot is in: someone a projectleider entered by e-mail may have just arrived.
        var joined = turnContext.Activity.MembersAdded?.Where(m => m.Id != botId && !string.IsNullOrEmpty(m.AadObjectId))
            .Select(m => m.AadObjectId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var teams = turnContext.Activity.GetChannelData<Microsoft.Bot.Schema.Teams.TeamsChannelData>();
        var tenantId = turnContext.Activity.Conversation?.TenantId ?? teams?.Tenant?.Id;
        if (joined is { Count: > 0 } && teams?.Team?.Id is { } teamId && !string.IsNullOrEmpty(tenantId))
        {
            var added = new TeamMembersAdded(tenantId, teamId, joined, new TeamsRoster(turnContext, logger), clock.GetUtcNow());
            foreach (var feature in teamMembers)
            {
                await feature.MembersAddedAsync(added, cancellationToken);
            }
        }
    }

    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var data = turnContext.TurnState.Get<ConversationData>();
        if (data.Welcomed)
        {
            return;
        }

        data.Welcomed = true;
        var culture = BotText.CultureFor(turnContext.Activity.Locale);
        var welcome = turnContext.Activity.Conversation?.ConversationType == "channel"
            ? MessageFactory.Text(BotText.Get(ConversationText.WelcomeTeam, culture))
            : MessageFactory.Attachment(CardAttachment.From(WelcomeCard.Build(culture)));
        await turnContext.SendActivityAsync(welcome, cancellationToken);
    }
}
