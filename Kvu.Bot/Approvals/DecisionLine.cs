namespace Kvu.Bot.Approvals;

/// <summary>One line of what is approved as a reader sees it: an optional bold label ("Politie", a term) and its text.</summary>
public sealed record DecisionLine(string? Label, string Text);
