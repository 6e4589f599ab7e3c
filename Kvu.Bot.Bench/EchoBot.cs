using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Kvu.Bot.Bench;

/// <summary>
/// The baseline: what any Bot Framework bot does per turn (read conversation state, answer, save state),
/// with nothing of Kvu.Bot's own. State is in memory.
/// </summary>
internal sealed class EchoBot(ConversationState conversationState) : ActivityHandler
{
    private readonly IStatePropertyAccessor<int> _turns = conversationState.CreateProperty<int>("turns");

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var turns = await _turns.GetAsync(turnContext, () => 0, cancellationToken);
        await _turns.SetAsync(turnContext, turns + 1, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text), cancellationToken);
    }
}
