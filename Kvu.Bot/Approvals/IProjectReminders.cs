namespace Kvu.Bot.Approvals;

/// <summary>
/// Something else the people of a project are reminded of in the reminder job's round (the convenant's signatures; a
/// measure's progress could be one): <see cref="ApprovalReminders"/> calls it once per project that has group
/// decisions, in the same pass over the decisions' index, on the job's clock. It sends through
/// <see cref="PersonReminders"/>, so a second run in the same period reminds nobody twice.
/// Register with <c>services.AddSingleton&lt;IProjectReminders, MyReminders&gt;()</c>.
/// </summary>
public interface IProjectReminders
{
    Task RemindAsync(string tenantId, string projectId, DateTimeOffset now, CancellationToken cancellationToken);
}
