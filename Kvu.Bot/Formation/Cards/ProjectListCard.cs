using static Kvu.Bot.Formation.Cards.CardParts;

namespace Kvu.Bot.Formation.Cards;

/// <summary>
/// The projects a user can work on (one gemeente may run a KVU for several uitgaansgebieden), the active one
/// marked, with a button to switch to any other and one to start a new project.
/// </summary>
public static class ProjectListCard
{
    public static JsonObject Build(IReadOnlyList<(string ProjectId, string Gemeente, string Uitgaansgebied, bool IsActive)> projects, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(culture);
        var body = new JsonArray { Title(CardText.Get(CardText.ProjectsTitle, culture)) };
        if (projects.Count == 0)
        {
            body.Add(Text(CardText.Get(CardText.NoProjects, culture)));
        }

        foreach (var project in projects)
        {
            var name = Column(ColumnWidth.Stretch,
                Text(CardText.Format(CardText.OverviewTitle, culture, project.Gemeente, project.Uitgaansgebied), weight: project.IsActive ? TextWeight.Bolder : null, spacing: Spacing.None));
            var right = project.IsActive
                ? Column(ColumnWidth.Auto, Text(CardText.Get(CardText.ProjectActive, culture), color: TextColor.Good, weight: TextWeight.Bolder, spacing: Spacing.None))
                : Column(ColumnWidth.Auto, ActionSet(
                    [Submit(CardText.Get(CardText.ButtonOpenProject, culture), Data(FormationCommands.Switch, (FormationCommands.ProjectField, project.ProjectId)))],
                    spacing: Spacing.None));
            body.Add(Container([Columns(name, right)], separator: true));
        }

        var actions = new JsonArray
        {
            Submit(CardText.Get(CardText.ButtonNewProject, culture), Data(FormationCommands.NewProject)),
        };
        return AdaptiveCard.Create(body, actions);
    }
}
