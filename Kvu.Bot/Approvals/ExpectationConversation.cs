using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Approvals;

/// <summary>
/// "verwachting &lt;tekst&gt;" (a member, in their chat with the bot or in the werkgroep channel): states or changes
/// what they expect of the werkgroep. The projectleider puts the collected expectations to the werkgroep with
/// "voorleggen verwachtingen".
/// </summary>
public sealed class ExpectationConversation(MemberExpectations expectations) : IMessageFeature
{
    public IReadOnlyCollection<string> Verbs { get; } = [];

    public MessageRank? Rank(FlowInput input, UserConversation user) => Parse(input) is null ? null : MessageRank.Command;

    public async Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        if (Parse(input) is not { } text)
        {
            return null;
        }

        var culture = input.Culture;
        if (text.Length == 0)
        {
            return [Reply.Say(ApprovalText.Get(ApprovalText.ExpectationUsage, culture))];
        }

        if (text.Length > MemberExpectations.MaxLength)
        {
            return [Reply.Say(ApprovalText.Format(ApprovalText.ExpectationTooLong, culture, MemberExpectations.MaxLength, text.Length))];
        }

        var seat = await expectations.FindSeatAsync(input.User.TenantId, input.User.AadObjectId, cancellationToken);
        if (seat is not { } found)
        {
            return [Reply.Say(ApprovalText.Get(ApprovalText.ExpectationNoSeat, culture))];
        }

        var decision = await expectations.RecordAsync(found.Project, found.Member, text, input.Now, cancellationToken);
        return [Reply.Say(decision is null
            ? ApprovalText.Get(ApprovalText.NotFound, culture)
            : ApprovalText.Format(ApprovalText.ExpectationSaved, culture, decision.ProjectName, decision.Version))];
    }

    /// <summary>The expectation typed after the command's words (empty when there is none), or null for another message.</summary>
    private static string? Parse(FlowInput input) =>
        input.Data is null && ApprovalText.Words[ApprovalWord.Expectation].StartText(input.Text, out var text) ? text : null;
}
