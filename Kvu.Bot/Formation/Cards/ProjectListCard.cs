using System.Globalization;
using System.Text.Json.Nodes;
using static Kvu.Bot.Formation.Cards.CardParts;

namespace Kvu.Bot.Formation.Cards;

// The projects a user can work on (one gemeente may run a KVU for several uitgaansgebieden), the active one
// marked, with a button to switch to any other and one to start a new project.
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
            var name = Column("stretch",
                Text(CardText.Format(CardText.OverviewTitle, culture, project.Gemeente, project.Uitgaansgebied), bold: project.IsActive, spacing: "None"));
            var right = project.IsActive
                ? Column("auto", Text(CardText.Get(CardText.ProjectActive, culture), color: "Good", bold: true, spacing: "None"))
                : Column("auto", ActionSet(
                    [Submit(CardText.Get(CardText.ButtonOpenProject, culture), Data(FormationCommands.Switch, (FormationCommands.ProjectField, project.ProjectId)))],
                    spacing: "None"));
            body.Add(Container([Columns(name, right)], separator: true));
        }

        var actions = new JsonArray
        {
            Submit(CardText.Get(CardText.ButtonNewProject, culture), Data(FormationCommands.NewProject)),
        };
        return Card(body, actions);
    }
}
