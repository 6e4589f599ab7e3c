using Kvu.Bot.Approvals;
using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The evaluation of the cooperation as the projectleider runs it: started (or sent again to whoever has not answered)
/// for the project's current round, a survey card to every member in her own chat through the proactive sender (paced
/// per tenant), and closed. Members are reached in the chat they have with the bot; one who never opened it and was
/// never invited is named so the projectleider can ask her to.
/// </summary>
public sealed class CooperationSurvey(CooperationStore store, PersonalChats chats, ProactiveSender sender)
{
    /// <summary>Who is asked: every member of the werkgroep who did not decline her seat.</summary>
    public static IReadOnlyList<Member> Asked(KvuProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return [.. project.Members.Where(m => m.Status != MemberStatus.Declined)];
    }

    public static bool IsAsked(KvuProject project, string aadObjectId) =>
        Asked(project).Any(m => string.Equals(m.Person.AadObjectId?.Trim(), aadObjectId, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Starts the round's evaluation, or for one already open sends the card again to the members who have not
    /// answered. Nothing for a closed one (<see cref="SurveyRound.Evaluation"/> says so).
    /// </summary>
    public async Task<SurveyRound> StartAsync(KvuProject project, string startedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var asked = Asked(project);
        var evaluation = await store.GetAsync(project, project.Round, cancellationToken);
        if (evaluation is null)
        {
            evaluation = new CooperationEvaluation(project.TenantId, project.Id, project.Round, startedBy, now, asked.Count);
            await store.SaveAsync(evaluation, cancellationToken);
        }
        else if (evaluation.Closed)
        {
            return new SurveyRound(evaluation, [], [], []);
        }
        else if (evaluation.Asked != asked.Count)
        {
            evaluation = evaluation with { Asked = asked.Count };
            await store.SaveAsync(evaluation, cancellationToken);
        }

        var answered = (await store.ListAnswersAsync(project, project.Round, cancellationToken)).Select(a => a.RespondentAadObjectId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var (sent, unreachable, later) = (new List<string>(), new List<string>(), new List<string>());
        foreach (var member in asked)
        {
            var aad = member.Person.AadObjectId?.Trim();
            if (aad is not null && answered.Contains(aad))
            {
                continue;
            }

            var address = await chats.ReachAsync(project.TenantId, member.Person, cancellationToken);
            if (address is null)
            {
                unreachable.Add(member.Person.DisplayName);
                continue;
            }

            var card = SurveyCard.Form(project, evaluation.Round, null, null, aad!, ReaderCulture.Dutch);
            var result = await sender.SendWhileUserWaitsAsync(address, [Reply.Show(card)], cancellationToken);
            (result.Outcome switch
            {
                SendOutcome.Sent => sent,
                SendOutcome.Throttled => later,
                _ => unreachable,
            }).Add(member.Person.DisplayName);
        }

        return new SurveyRound(evaluation, sent, unreachable, later);
    }

    /// <summary>Closes the round's evaluation; from then on the aggregate is shown and no answer changes.</summary>
    public async Task<CooperationEvaluation?> CloseAsync(KvuProject project, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var evaluation = await store.GetAsync(project, project.Round, cancellationToken);
        if (evaluation is null || evaluation.Closed)
        {
            return evaluation;
        }

        evaluation = evaluation with { ClosedAt = now };
        await store.SaveAsync(evaluation, cancellationToken);
        return evaluation;
    }
}
