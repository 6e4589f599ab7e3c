using System.Text.RegularExpressions;
using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Approvals;

/// <summary>
/// "verwachting &lt;tekst&gt;" (a member, in their chat with the bot or in the werkgroep channel): states or changes
/// what they expect of the werkgroep. The projectleider puts the collected expectations to the werkgroep with
/// "voorleggen verwachtingen".
/// </summary>
public sealed partial class ExpectationConversation(MemberExpectations expectations) : IMessageFeature
{
    public async Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        if (input.Data is not null)
        {
            return null;
        }

        var match = Command().Match(input.Text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var culture = input.Culture;
        var text = match.Groups["rest"].Value.Trim();
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

    [GeneratedRegex(@"^(mijn\s+|my\s+)?(verwachtingen|verwachting|expectations|expectation)(\s*[:=]\s*|\s+|$)(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Command();
}
