using Kvu.Bot.Evaluation;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;
using Kvu.Bot.StatusPosts;
using Kvu.Bot.Tests.Formation.Cards;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Evaluation;

/// <summary>
/// The measures in the weekly status of a project in the Uitvoering, posted by the scheduler on a fake clock: what is
/// over tijd, what ends within the coming days and what was set to gereed since the previous post; forty measures due
/// are summarised, and the card stays within what Teams accepts with every other section still on it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeasuresSectionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    /// <summary>Wednesday 4 March 2026; the posts are on Monday 9 and Monday 16 March, 09:00 in Amsterdam.</summary>
    private static readonly DateTimeOffset Wednesday = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MondayNine = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);

    private FakeBotConnector _connector = null!;
    private StatusPostHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _bot = await StatusPostHarness.StartAsync(azurite.ConnectionString, await StatusPostHarness.NewTablesAsync(azurite.ConnectionString), Wednesday, _connector);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Forty_measures_due_are_summarised_with_what_is_over_tijd_and_what_was_done_since_the_previous_post()
    {
        var (project, channel) = await WithMeasuresAsync(due: 40, overdue: 3, later: 2);
        var progress = _bot.Bot.Services.GetRequiredService<ProgressStore>();
        await progress.SetAsync(project, "mr44", MeasureState.Gereed, null, Wednesday.AddDays(1), default);
        await progress.SetAsync(project, "mr1", MeasureState.Loopt, "Camera's besteld", Wednesday.AddDays(1), default);

        await _bot.RunAtAsync(MondayNine.AddMinutes(1));

        var card = _connector.SentTo(channel).Single().Cards.Single();
        var text = CardJson.AllText(card);
        Assert.Contains("Maatregelen\nOver tijd: 3 · loopt binnen 7 dagen af: 40 · gereed sinds de vorige post: 1", text);
        Assert.Contains("Over tijd\n• mr41 Maatregel 41", text);
        Assert.Contains("Lopen binnenkort af\n• mr1 Maatregel 1", text);
        Assert.Contains("– loopt, tot 10 maart 2026 (Uitvoerder 1)", text);
        Assert.Contains("Gereed sinds de vorige post\n• mr44 Maatregel 44", text);
        Assert.Contains("En nog 35 maatregelen. Typ `voortgang`", text);
        Assert.DoesNotContain("mr6 ", text); // the sixth due measure is counted, not listed
        Assert.DoesNotContain("mr45", text); // ends in a month
        Assert.Contains("Open punten", text); // nothing after the measures was dropped to make room
        Assert.InRange(CardJson.Utf8Size(card), 1, ReportCard.MaxBytes - 2048);
        Assert.All(await AdaptiveCardValidator.ValidateAsync([card]), p => Assert.Empty(p));

        // During the week one more is finished; the next post names only that one as done.
        await progress.SetAsync(project, "mr2", MeasureState.Gereed, null, MondayNine.AddDays(2), default);
        await _bot.RunAtAsync(MondayNine.AddDays(7).AddMinutes(1));

        var next = CardJson.AllText(_connector.SentTo(channel).Last().Cards.Single());
        Assert.Contains("Gereed sinds de vorige post\n• mr2 Maatregel 2", next);
        Assert.DoesNotContain("mr44", next);
    }

    [Fact]
    public async Task Before_the_Uitvoering_the_post_has_no_measures()
    {
        var (_, channel) = await WithMeasuresAsync(due: 2, overdue: 1, later: 0, phase: KvuPhase.PlanVanAanpak);

        await _bot.RunAtAsync(MondayNine.AddMinutes(1));

        Assert.DoesNotContain("Maatregelen", CardJson.AllText(_connector.SentTo(channel).Single().Cards.Single()));
    }

    /// <summary>A linked project with measures ending in the week after the first post, before it, and a month on; long titles, as plans have.</summary>
    private async Task<(KvuProject Project, string Channel)> WithMeasuresAsync(int due, int overdue, int later, KvuPhase phase = KvuPhase.Uitvoering)
    {
        var (linked, channel) = await _bot.LinkedProjectAsync(Wednesday);
        var total = due + overdue + later;
        var project = (await _bot.Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(linked.Key, p =>
        {
            p.MovePhaseTo(phase, Marieke, Wednesday.AddDays(-1));
            for (var i = 1; i <= total; i++)
            {
                p.CountMeasure($"Maatregel {i}", Marieke, Wednesday.AddDays(-1));
            }
        }, default))!;
        var measures = _bot.Bot.Services.GetRequiredService<MeasureStore>();
        var firstPost = DateOnly.FromDateTime(MondayNine.Date);
        for (var i = 1; i <= total; i++)
        {
            var end = i <= due ? firstPost.AddDays(1 + (i - 1) % 6) : i <= due + overdue ? firstPost.AddDays(-7 - i % 3) : firstPost.AddMonths(1);
            await measures.AddAsync(project, new Measure
            {
                ProjectId = project.Id, Id = $"mr{i}", Title = $"Maatregel {i}: extra toezicht en gastheren op de Grote Markt en in de Diezerstraat in de weekendnachten",
                GoalId = "d1", Party = i % 2 == 0 ? "Gemeente Zwolle" : "KHN Zwolle", Owner = new PersonRef($"Uitvoerder {i}", null, null),
                Start = new DateOnly(2026, 1, 1), End = end, Beslismoment = new DateOnly(2026, 2, 1), Decider = "de werkgroep",
                ChangedBy = Marieke, ChangedAt = Wednesday.AddDays(-1),
            }, default);
        }

        return (project, channel);
    }
}
