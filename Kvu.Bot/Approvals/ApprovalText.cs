using System.Globalization;
using System.Resources;
using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Approvals;

/// <summary>The texts of approvals (Approvals/), from Approvals.resx (Dutch, the neutral language) and Approvals.en.resx.</summary>
public static class ApprovalText
{
    public const string BaseName = "Kvu.Bot.Approvals.Approvals";

    public const string Title_Samenstelling = nameof(Title_Samenstelling);
    public const string Title_Fase = nameof(Title_Fase);
    public const string PhaseMoveLine = nameof(PhaseMoveLine);
    public const string PhaseStillOpen = nameof(PhaseStillOpen);
    public const string Title_Begrippenlijst = nameof(Title_Begrippenlijst);
    public const string Title_Probleemstelling = nameof(Title_Probleemstelling);
    public const string Intro_Samenstelling = nameof(Intro_Samenstelling);
    public const string Intro_Begrippenlijst = nameof(Intro_Begrippenlijst);
    public const string Intro_Probleemstelling = nameof(Intro_Probleemstelling);
    public const string NoItems = nameof(NoItems);
    public const string Tally = nameof(Tally);
    public const string Pending = nameof(Pending);
    public const string NobodyPending = nameof(NobodyPending);
    public const string ObjectionsHeading = nameof(ObjectionsHeading);
    public const string Objection = nameof(Objection);
    public const string YouAgreed = nameof(YouAgreed);
    public const string YouObjected = nameof(YouObjected);
    public const string YouAreAsked = nameof(YouAreAsked);
    public const string Outdated = nameof(Outdated);
    public const string ClosedNote = nameof(ClosedNote);
    public const string CommentLabel = nameof(CommentLabel);
    public const string CommentPlaceholder = nameof(CommentPlaceholder);
    public const string ButtonAgree = nameof(ButtonAgree);
    public const string ButtonObject = nameof(ButtonObject);
    public const string ButtonClose = nameof(ButtonClose);
    public const string ButtonReopen = nameof(ButtonReopen);
    public const string ButtonAudit = nameof(ButtonAudit);
    public const string ButtonBack = nameof(ButtonBack);
    public const string AuditHeading = nameof(AuditHeading);
    public const string AuditEntry = nameof(AuditEntry);
    public const string AuditOutdated = nameof(AuditOutdated);
    public const string AuditEmpty = nameof(AuditEmpty);
    public const string Answer_Agree = nameof(Answer_Agree);
    public const string Answer_Object = nameof(Answer_Object);
    public const string ErrorTitle = nameof(ErrorTitle);
    public const string NotAVoter = nameof(NotAVoter);
    public const string NotFound = nameof(NotFound);
    public const string NotManager = nameof(NotManager);
    public const string Stale = nameof(Stale);
    public const string CommentRequired = nameof(CommentRequired);
    public const string ClosedResponse = nameof(ClosedResponse);
    public const string Recorded = nameof(Recorded);
    public const string NoProject = nameof(NoProject);
    public const string NotAllowedToPropose = nameof(NotAllowedToPropose);
    public const string NoVoters = nameof(NoVoters);
    public const string TooManyVoters = nameof(TooManyVoters);
    public const string NoTerms = nameof(NoTerms);
    public const string Field_Term = nameof(Field_Term);
    public const string Field_Definition = nameof(Field_Definition);
    public const string TermUsage = nameof(TermUsage);
    public const string TermSaved = nameof(TermSaved);
    public const string ProblemUsage = nameof(ProblemUsage);
    public const string ProblemSaved = nameof(ProblemSaved);
    public const string NoProblem = nameof(NoProblem);
    public const string MoreObjections = nameof(MoreObjections);
    public const string MoreAudit = nameof(MoreAudit);
    public const string AuditLogTitle = nameof(AuditLogTitle);
    public const string AuditLogLine = nameof(AuditLogLine);
    public const string AuditInvitation = nameof(AuditInvitation);
    public const string ButtonRemind = nameof(ButtonRemind);
    public const string RemindedNow = nameof(RemindedNow);
    public const string NobodyReminded = nameof(NobodyReminded);
    public const string UnreachableNow = nameof(UnreachableNow);
    public const string RemindLater = nameof(RemindLater);
    public const string Reminder = nameof(Reminder);
    public const string DigestTitle = nameof(DigestTitle);
    public const string DigestLine = nameof(DigestLine);
    public const string DigestUnreachable = nameof(DigestUnreachable);
    public const string InviteTitle = nameof(InviteTitle);
    public const string InviteIntro = nameof(InviteIntro);
    public const string InviteWhy = nameof(InviteWhy);
    public const string MandateLabel = nameof(MandateLabel);
    public const string Mandate_CanDecide = nameof(Mandate_CanDecide);
    public const string Mandate_DecidesAfterConsultation = nameof(Mandate_DecidesAfterConsultation);
    public const string Mandate_CannotDecide = nameof(Mandate_CannotDecide);
    public const string SubstituteNameLabel = nameof(SubstituteNameLabel);
    public const string SubstituteEmailLabel = nameof(SubstituteEmailLabel);
    public const string ReportBackLabel = nameof(ReportBackLabel);
    public const string ReasonLabel = nameof(ReasonLabel);
    public const string ButtonAccept = nameof(ButtonAccept);
    public const string ButtonDecline = nameof(ButtonDecline);
    public const string InviteAccepted = nameof(InviteAccepted);
    public const string InviteDeclined = nameof(InviteDeclined);
    public const string MandateRequired = nameof(MandateRequired);
    public const string SubstituteInvalid = nameof(SubstituteInvalid);
    public const string ReasonRequired = nameof(ReasonRequired);
    public const string NotTheInvitee = nameof(NotTheInvitee);
    public const string DeclinedReport = nameof(DeclinedReport);
    public const string InvitationsSent = nameof(InvitationsSent);
    public const string NotReachable = nameof(NotReachable);
    public const string InvitationsLater = nameof(InvitationsLater);
    public const string NoTeamsAccount = nameof(NoTeamsAccount);
    public const string NobodyToInvite = nameof(NobodyToInvite);
    public const string NoInvitations = nameof(NoInvitations);
    public const string InvitePersonalOnly = nameof(InvitePersonalOnly);
    public const string Title_Verwachtingen = nameof(Title_Verwachtingen);
    public const string Intro_Verwachtingen = nameof(Intro_Verwachtingen);
    public const string NoExpectations = nameof(NoExpectations);
    public const string ExpectationUsage = nameof(ExpectationUsage);
    public const string ExpectationTooLong = nameof(ExpectationTooLong);
    public const string ExpectationNoSeat = nameof(ExpectationNoSeat);
    public const string ExpectationSaved = nameof(ExpectationSaved);
    public const string ExpectationLabel = nameof(ExpectationLabel);
    public const string NoChannelLinked = nameof(NoChannelLinked);
    public const string TheWerkgroepChannel = nameof(TheWerkgroepChannel);
    public const string PostedInChannel = nameof(PostedInChannel);
    public const string ChannelUnreachable = nameof(ChannelUnreachable);
    public const string RemindQueued = nameof(RemindQueued);
    public const string RemindQueuedOne = nameof(RemindQueuedOne);
    public const string NotInTeam = nameof(NotInTeam);
    public const string JoinedAndInvited = nameof(JoinedAndInvited);
    public const string VerifyEmpty = nameof(VerifyEmpty);
    public const string VerifyIntact = nameof(VerifyIntact);
    public const string VerifyIntactOne = nameof(VerifyIntactOne);
    public const string VerifyFromBefore = nameof(VerifyFromBefore);
    public const string VerifyBroken = nameof(VerifyBroken);
    public const string VerifyBroken_Changed = nameof(VerifyBroken_Changed);
    public const string VerifyBroken_MissingBefore = nameof(VerifyBroken_MissingBefore);
    public const string VerifyBroken_MissingLast = nameof(VerifyBroken_MissingLast);
    public const string VerifyBroken_CurrentChanged = nameof(VerifyBroken_CurrentChanged);
    public const string VerifyBroken_CurrentMissing = nameof(VerifyBroken_CurrentMissing);
    public const string VerifyMoreBreaks = nameof(VerifyMoreBreaks);
    public const string VerifyOneBreak = nameof(VerifyOneBreak);

    public static ResourceManager ResourceManager { get; } = new(BaseName, typeof(ApprovalText).Assembly);

    /// <summary>The words people type for this feature's commands (the <c>Words_…</c> entries).</summary>
    public static WordBook<ApprovalWord> Words { get; } = new(ResourceManager);

    /// <summary>A missing key shows as the key itself rather than failing an invoke Teams waits for; a test checks every key in both languages.</summary>
    public static string Get(string key, CultureInfo culture) => ResourceManager.GetString(key, culture) ?? key;

    public static string Format(string key, CultureInfo culture, params object[] args) => string.Format(culture, Get(key, culture), args);

    public static IReadOnlyList<string> Keys { get; } = [.. typeof(ApprovalText).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Where(k => k != BaseName)];
}
