namespace Kvu.Bot.Approvals;

/// <summary>
/// The outcome of checking a project's audit trail: how many rows were checked, how many are from before audit
/// chains existed (not checkable, not a sign of tampering), and the first break in time with the number of breaks.
/// </summary>
public sealed record AuditVerdict(int Checked, int FromBefore, AuditBreak? FirstBreak, int Breaks)
{
    public bool IsIntact => FirstBreak is null;
}
