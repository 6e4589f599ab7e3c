using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;
using static Kvu.Bot.Tests.Formation.Cards.CardJson;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Formation.Cards;

public class TasksCardTests
{
    [Fact]
    public void Lists_the_eight_tasks_with_state_and_who_carries_them()
    {
        var text = AllText(TasksCard.Build(CardSamples.ZwolleUnderWay(), CardSamples.Dutch));

        Assert.All(Enum.GetValues<ProjectleiderTask>(), t => Assert.Contains(FormationText.Name(t, CardSamples.Dutch), text));
        Assert.Contains("2 van 8 afgerond", text);
        Assert.Contains("Afgerond op 14 maart 2026", text);
        Assert.Contains("Afgerond op 4 maart 2026", text); // the secretaris was appointed on day 2
        Assert.Contains("Bij: Projectsecretaris (Jeroen Bos)", text);
        Assert.Contains("Bij: Projectleider (Marieke Jansen)", text);
        Assert.Contains("Nog te doen", text);
    }

    [Fact]
    public void Buttons_mark_done_undo_and_hand_over()
    {
        var card = TasksCard.Build(CardSamples.ZwolleUnderWay(), CardSamples.Dutch);

        Assert.True(HasData(card, (CardVerb.Field, "taak"), ("task", "ImplementProject"), ("done", "true")));
        Assert.True(HasData(card, (CardVerb.Field, "taak"), ("task", "CoordinateAndMonitorActivities"), ("done", "false")));
        Assert.True(HasData(card, (CardVerb.Field, "taak"), ("task", "ImplementProject"), ("assign", "secretaris")));
        Assert.True(HasData(card, (CardVerb.Field, "taak"), ("task", "ReportProgressToStakeholders"), ("assign", "projectleider")));
        Assert.False(HasData(card, (CardVerb.Field, "taak"), ("task", "ReportProgressToStakeholders"), ("assign", "secretaris")));
        Assert.DoesNotContain(Data(card), d => (string?)d["task"] == "AppointSecretaris" && d["assign"] is not null);
    }

    [Fact]
    public void Without_a_secretaris_there_is_nobody_to_hand_over_to()
    {
        var card = TasksCard.Build(CardSamples.Empty(), CardSamples.Dutch);

        Assert.DoesNotContain(Data(card), d => d["assign"] is not null);
        Assert.Equal(8, Data(card).Count(d => (string?)d["done"] == "true"));
        Assert.Contains("Bij: Projectleider", AllText(card));
    }

    [Fact]
    public void A_task_given_to_someone_else_names_them()
    {
        var project = Zwolle();
        project.AssignTask(ProjectleiderTask.PublicInformation, TaskAssignee.Other(Linda), Marieke, Day(20));

        var card = TasksCard.Build(project, CardSamples.Dutch);

        Assert.Contains("Bij: Linda van Dam", AllText(card));
        Assert.True(HasData(card, (CardVerb.Field, "taak"), ("task", "PublicInformation"), ("assign", "projectleider")));
    }

    [Fact]
    public void English_culture_gives_english()
    {
        var text = AllText(TasksCard.Build(CardSamples.ZwolleUnderWay(), CardSamples.English));

        Assert.Contains("The project leader's tasks", text);
        Assert.Contains("Done on 14 March 2026", text);
        Assert.Contains("With: Project secretary (Jeroen Bos)", text);
        Assert.Contains("Implementing the project", text);
        Assert.DoesNotContain("Afgerond", text);
    }
}
