using Kvu.Bot.Conversations.Flows;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Kvu.Bot.Conversations;

/// <summary>
/// Hands a message to the feature it is for and returns that feature's replies; the caller sends them once the
/// turn's state is saved. Which feature that is follows only from what the features declare, never from the order
/// they were registered in:
/// <list type="number">
/// <item>a card submit whose verb a card-action feature owns (the Action.Submit fallback of an Action.Execute button)
/// goes to that feature, as the invoke would; its card comes back as a new message;</item>
/// <item>a card submit whose verb a message feature owns goes to that feature;</item>
/// <item>a verb nobody owns gets a clear answer (an old card, a crafted request);</item>
/// <item>anything else goes to the feature that claims it at the lowest <see cref="MessageRank"/>;</item>
/// <item>what nobody claims gets the help (an @mention alone, help words) or "not understood".</item>
/// </list>
/// </summary>
public sealed class MessageRouter(IEnumerable<IMessageFeature> features, VerbOwners owners, TimeProvider clock, ILogger<MessageRouter> logger)
{
    /// <summary>A stable order among features that claim a message at the same rank (which should not happen: the log says so).</summary>
    private readonly IReadOnlyList<IMessageFeature> _features = [.. features.OrderBy(f => f.GetType().FullName, StringComparer.Ordinal)];

    public Task<IReadOnlyList<Reply>> RouteAsync(ITurnContext<IMessageActivity> turn, ConversationData data, CancellationToken cancellationToken)
    {
        var input = TurnInput.From(turn.Activity, clock.GetUtcNow(), new TeamsRoster(turn, logger)) with { Working = new TypingIndicator(turn, logger) };
        return RouteAsync(input, data.For(input.User.Key), cancellationToken);
    }

    public async Task<IReadOnlyList<Reply>> RouteAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var verb = input.Verb;
        if (owners.CardAction(verb) is { } cardAction)
        {
            return [Reply.Show(await cardAction.HandleAsync(CardInvoke.FromSubmit(input, verb!), cancellationToken))];
        }

        if (owners.MessageFeature(verb) is { } owner)
        {
            return await owner.HandleAsync(input, user, cancellationToken) is { } replies ? Answered(input, replies) : [UnknownCardAction(input)];
        }

        if (verb is not null && !FlowRunner.EscapeVerbs.Contains(verb))
        {
            logger.LogWarning("A card submit with the verb {Verb} that no feature owns, from {AadObjectId}", verb, input.User.AadObjectId);
            return [UnknownCardAction(input)];
        }

        var claims = _features
            .Select(feature => (Feature: feature, Rank: feature.Rank(input, user)))
            .Where(claim => claim.Rank is not null)
            .OrderBy(claim => claim.Rank)
            .ToList();
        if (claims.Count > 1 && claims[0].Rank == claims[1].Rank)
        {
            logger.LogWarning("{First} and {Second} both claim a message at rank {Rank}; the first takes it",
                claims[0].Feature.GetType().Name, claims[1].Feature.GetType().Name, claims[0].Rank);
        }

        foreach (var (feature, _) in claims)
        {
            if (await feature.HandleAsync(input, user, cancellationToken) is { } replies)
            {
                return replies;
            }
        }

        if (input.Data is not null && (input.Field(FlowRunner.StepField) is not null || verb is FlowRunner.StopVerb or FlowRunner.BackVerb))
        {
            // A question card's button after its flow ended (stopped, finished, or another flow began).
            return [Reply.Say(BotText.Get(ConversationText.StaleCardNoFlow, input.Culture))];
        }

        if (input.Data is null && BotText.Words[ConversationWord.Stop].Matches(input.Text))
        {
            // "stop" after a card that was not a question (a picker, an overview): nothing is running, and that is fine.
            return [Reply.Say(BotText.Get(ConversationText.NothingToStop, input.Culture))];
        }

        if (input.Data is null && BotText.Words[ConversationWord.Back].Matches(input.Text))
        {
            return [Reply.Say(BotText.Get(ConversationText.NothingToGoBackTo, input.Culture))];
        }

        if (verb == BotCommands.Help || BotText.Words[ConversationWord.Help].Matches(input.Text) || input.Text.Length == 0)
        {
            // An @mention alone, or an empty card submit: the most useful answer is what the bot can do.
            return [Reply.Say(HelpText.Build(input.Culture))];
        }

        return CommandSuggestion.For(input.Text) is { } meant
            ? [Reply.Say(BotText.Format(ConversationText.DidYouMean, input.Culture, meant))]
            : [Reply.Say(BotText.Format(ConversationText.NotUnderstood, input.Culture, Shorten(input.Text)))];
    }

    /// <summary>
    /// A click on a card that is answered by one click updates that card in place to say what was chosen, so the old
    /// card no longer invites a second click; the feature's replies follow as new messages.
    /// </summary>
    private static IReadOnlyList<Reply> Answered(FlowInput input, IReadOnlyList<Reply> replies) =>
        input.RepliesTo is not null && input.Field(CardVerb.ChosenField) is { Length: > 0 } chosen && !replies.Any(r => r.ReplacesClicked)
            ? [Reply.ReplaceClicked(AnsweredCard.Chosen(input.Field(CardVerb.CardTitleField), chosen, input.Culture)), .. replies]
            : replies;

    private static Reply UnknownCardAction(FlowInput input) => Reply.Say(BotText.Get(ConversationText.UnknownCardAction, input.Culture));

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
