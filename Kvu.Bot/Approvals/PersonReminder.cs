using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Approvals;

/// <summary>
/// One person to remind 1:1 of <see cref="Subject"/> (a decision, the convenant, a measure) in one project, at most once
/// per <see cref="Key"/> and <see cref="Period"/> (a decision's version, a day for a reminder by hand, a week). The
/// message is made only when it goes out (after the mark is taken), in the person's language where known.
/// </summary>
/// <param name="Key">What is reminded once per period: the person's AAD object id, or a party that several people could sign for.</param>
public sealed record PersonReminder(string TenantId, string ProjectId, string Subject, string Period, string Key, PersonRef Person, Func<Reply> Message);
