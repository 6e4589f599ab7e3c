namespace Kvu.Bot.Approvals;

/// <summary>The approval commands as people type them (Approvals.resx, <c>Words_…</c>).</summary>
public enum ApprovalWord
{
    /// <summary>"voorleggen", followed by what is put to the werkgroep.</summary>
    Propose,
    ProposeComposition,
    ProposeTerms,
    ProposeProblem,
    ProposeExpectations,

    Audit,
    VerifyAudit,

    /// <summary>Followed by text: "begrip Term = omschrijving", "probleemstelling tekst", "verwachting tekst".</summary>
    Term,
    Problem,
    Expectation,

    Invite,
    MyInvitations,
}
