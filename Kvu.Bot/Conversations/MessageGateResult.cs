namespace Kvu.Bot.Conversations;

/// <summary>What <see cref="MessageGate"/> decided: take the message, pass it silently, or refuse it with a reply.</summary>
public sealed record MessageGateResult(MessageGateDecision Decision, string? Reply = null)
{
    public static readonly MessageGateResult Take = new(MessageGateDecision.Take);

    public static readonly MessageGateResult Ignore = new(MessageGateDecision.Ignore);

    public static MessageGateResult Refuse(string reply) => new(MessageGateDecision.Refuse, reply);
}
