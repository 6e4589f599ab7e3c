using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Approvals;

/// <summary>The words people type for the approval commands, from Approvals.resx (<see cref="Words"/>).</summary>
public static class ApprovalWords
{
    /// <summary>"voorleggen samenstelling|begrippen|probleemstelling|verwachtingen".</summary>
    public static readonly Words Propose = Read("Propose");
    public static readonly Words ProposeComposition = Read("ProposeComposition");
    public static readonly Words ProposeTerms = Read("ProposeTerms");
    public static readonly Words ProposeProblem = Read("ProposeProblem");
    public static readonly Words ProposeExpectations = Read("ProposeExpectations");

    public static readonly Words Audit = Read("Audit");
    public static readonly Words VerifyAudit = Read("VerifyAudit");

    /// <summary>Followed by text: "begrip Term = omschrijving", "probleemstelling tekst", "verwachting tekst".</summary>
    public static readonly Words Term = Read("Term");
    public static readonly Words Problem = Read("Problem");
    public static readonly Words Expectation = Read("Expectation");

    public static readonly Words Invite = Read("Invite");
    public static readonly Words MyInvitations = Read("MyInvitations");

    private static Words Read(string command) => new(ApprovalText.ResourceManager, $"Words_{command}");
}
