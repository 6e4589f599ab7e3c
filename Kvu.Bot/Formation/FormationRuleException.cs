namespace Kvu.Bot.Formation;

/// <summary>
/// Thrown by KvuProject mutations for input the KVU rules or plain sense refuse. The project is unchanged when
/// this is thrown; the flow maps Code to resource FormationRule_{Code} and asks again.
/// </summary>
public sealed class FormationRuleException : Exception
{
    public FormationRuleException(FormationRuleCode code, string? detail = null)
        : base(detail is null ? code.ToString() : $"{code}: {detail}")
    {
        Code = code;
        Detail = detail;
    }

    public FormationRuleCode Code { get; }

    /// <summary>
    /// Technical context for logs (an unknown id, an enum value); never what the user typed, so no e-mail
    /// addresses or phone numbers end up in logs. Not for users.
    /// </summary>
    public string? Detail { get; }
}
