namespace Kvu.Bot.Approvals;

/// <summary>Why a seat cannot answer yet, which says what the projectleider can do about it.</summary>
public enum AbsenceReason
{
    /// <summary>Entered by name and e-mail and never invited: "uitnodigen" reaches them or tells how.</summary>
    NotInvited,

    /// <summary>Invited, but not (yet) in the werkgroep's team under that e-mail address, so the bot cannot reach them.</summary>
    NotInTeam,
}
