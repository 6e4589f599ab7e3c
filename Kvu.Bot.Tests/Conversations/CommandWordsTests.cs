using Kvu.Bot.Cycle;
using Kvu.Bot.Plan;
using Kvu.Bot.Evaluation;
using System.Globalization;
using System.Resources;
using Kvu.Bot.Approvals;
using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Meetings;
using Kvu.Bot.Privacy;
using Kvu.Bot.StatusPosts;

namespace Kvu.Bot.Tests.Conversations;

/// <summary>
/// The words people type live in each feature's .resx: every command has them in Dutch and in English, and both
/// are understood whatever the Teams language.
/// </summary>
public sealed class CommandWordsTests
{
    [Fact]
    public void Every_command_has_its_words_in_dutch_and_in_english()
    {
        AssertBoth<ConversationWord>(BotText.Resources);
        AssertBoth<FormationWord>(FormationText.ResourceManager);
        AssertBoth<ApprovalWord>(ApprovalText.ResourceManager);
        AssertBoth<MeetingWord>(MeetingText.ResourceManager);
        AssertBoth<StatusWord>(StatusText.ResourceManager);
        AssertBoth<CycleWord>(CycleText.ResourceManager);
        AssertBoth<EvaluationWord>(EvaluationText.ResourceManager);
        AssertBoth<PrivacyWord>(PrivacyText.ResourceManager);
        AssertBoth<PlanWord>(PlanText.ResourceManager);
    }

    [Theory]
    [InlineData("status", true)]
    [InlineData("  Overzicht. ", true)]
    [InlineData("overview?", true)]
    [InlineData("statuscheck", false)]
    public void A_command_is_the_whole_message_in_either_language_and_any_case(string typed, bool understood) =>
        Assert.Equal(understood, FormationText.Words[FormationWord.Status].Matches(typed));

    [Theory]
    [InlineData("Verwachting: Korte lijnen\nmet de politie", "Korte lijnen\nmet de politie")]
    [InlineData("my expectation = Short lines", "Short lines")]
    [InlineData("mijn  verwachtingen tekst", "tekst")]
    public void A_command_with_text_keeps_the_text_as_typed(string typed, string rest)
    {
        Assert.True(ApprovalText.Words[ApprovalWord.Expectation].StartText(typed, out var said));
        Assert.Equal(rest, said);
    }

    [Fact]
    public void A_word_that_only_begins_a_longer_word_is_not_the_command() =>
        Assert.False(MeetingText.Words[MeetingWord.Meeting].StartText("Vergaderingstraat 12", out _));

    private static void AssertBoth<TCommand>(ResourceManager resources)
        where TCommand : struct, Enum
    {
        foreach (var command in Enum.GetValues<TCommand>())
        {
            foreach (var language in new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("en") })
            {
                var words = resources.GetResourceSet(language, createIfNotExists: true, tryParents: false)!.GetString($"Words_{command}");
                Assert.False(string.IsNullOrWhiteSpace(words), $"{resources.BaseName}: no Words_{command} in '{language.Name}'");
            }
        }
    }
}
