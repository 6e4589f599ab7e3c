using System.Text.Json.Nodes;
using Kvu.Bot.Formation;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Formation;

/// <summary>
/// The werkgroep's team is chosen right after the project is made, so every question about a person offers the
/// team's members from the first card on; without a team the bot says how to add it to one.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TeamFirstTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private const string PetraAad = "7d1e0c55-0000-4000-8000-0000000000a1";
    private const string SanderAad = "7d1e0c55-0000-4000-8000-0000000000a2";
    private const string CcvAad = "7d1e0c55-0000-4000-8000-0000000000a3";

    private static TeamsActivity.User NewUser() => new($"29:1{Guid.NewGuid():N}", "Anna de Vries", Guid.NewGuid().ToString());

    /// <summary>A team the bot was added to, with the projectleider and three colleagues in it.</summary>
    private async Task<(string TeamId, string TeamName)> TeamWithAsync(TeamsActivity.User projectleider)
    {
        var teamId = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var teamName = $"Werkgroep KVU {teamId[3..9]}";
        await Bot.PostActivityAsync(new TeamsActivity(Connector.ServiceUrl).BotAddedToTeam(teamId, teamName));
        AddMember(projectleider.Id, projectleider.Name, projectleider.AadObjectId, "anna.devries@zwolle.nl");
        AddMember("29:1petra", "Petra Mulder", PetraAad, "p.mulder@zwolle.nl");
        AddMember("29:1sander", "Sander Bakker", SanderAad, "sander.bakker@politie.nl");
        AddMember("29:1ccv", "Joris van Dijk", CcvAad, "j.vandijk@ccv.nl");
        return (teamId, teamName);
    }

    private void AddMember(string id, string name, string aad, string email) =>
        Connector.Members.Add(new JsonObject { ["id"] = id, ["name"] = name, ["aadObjectId"] = aad, ["email"] = email, ["userPrincipalName"] = email });

    [Theory]
    [InlineData("nl-NL", "wijzig team", "In welk team werkt de werkgroep?", "De werkgroep werkt in het team")]
    [InlineData("en-US", "change team", "Which team does the werkgroep work in?", "The werkgroep works in the team")]
    public async Task The_team_can_be_changed_afterwards_and_the_roster_follows(string locale, string command, string question, string chosen)
    {
        var user = NewUser();
        var (_, firstTeam) = await TeamWithAsync(user);
        var chat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), locale, user);
        await chat.SayAsync("start");
        await chat.SayAsync("Zwolle");
        await chat.SayAsync("Binnenstad");
        await chat.ClickAsync(firstTeam);
        await chat.SayAsync("stop");
        var (secondId, secondTeam) = await TeamWithAsync(user);

        await chat.SayAsync(command);
        Assert.Contains(question, chat.LastText);
        await chat.ClickAsync(secondTeam);

        Assert.Contains($"{chosen} {secondTeam}", chat.LastText);
        var project = await ProjectOfAsync(user);
        Assert.Equal(secondId, project.Channel?.TeamId);
        await chat.SayAsync(locale == "nl-NL" ? "wijzig secretaris" : "change secretaris");
        Assert.Contains("Petra Mulder (p.mulder@zwolle.nl)", chat.LastText);
    }

    [Fact]
    public async Task The_team_is_chosen_first_and_every_person_question_offers_its_members()
    {
        var user = NewUser();
        var (teamId, teamName) = await TeamWithAsync(user);
        var chat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", user);

        await chat.SayAsync("start");
        await chat.SayAsync("Zwolle");
        await chat.SayAsync("Binnenstad");
        Assert.Contains("In welk team werkt de werkgroep?", chat.LastText);
        await chat.ClickAsync(teamName);
        Assert.Contains($"De werkgroep werkt in het team {teamName}", chat.LastText);
        Assert.Contains("Hebben de betrokken partijen ingestemd", chat.LastText);

        await chat.ClickAsync("Ja, ingestemd en bijdrage toegezegd");
        await chat.SayAsync("1");
        await chat.SayAsync("1");
        Assert.Contains("Wie wordt projectsecretaris?", chat.LastText);
        Assert.Contains("Petra Mulder (p.mulder@zwolle.nl)", chat.LastText);
        Assert.DoesNotContain("Anna de Vries (", chat.LastText);
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["kies"] = PetraAad });

        Assert.Contains("procesbegeleider", chat.LastText);
        await chat.ClickAsync("Ja");
        Assert.Contains("Joris van Dijk (j.vandijk@ccv.nl)", chat.LastText);
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["kies"] = CcvAad });

        Assert.Contains("Politie: wie zit er namens deze partij in de werkgroep?", chat.LastText);
        Assert.Contains("Sander Bakker (sander.bakker@politie.nl)", chat.LastText);
        Assert.DoesNotContain("Petra Mulder (", chat.LastText);
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["kies"] = SanderAad, ["mandaat"] = "CanDecide" });
        Assert.Contains("Sander Bakker is toegevoegd als lid namens Politie", chat.LastText);

        // The werkgroep list is the whole werkgroep: the projectleider in the gemeente's seat and the secretaris too.
        await chat.SayAsync("status");
        Assert.Contains("Werkgroep (3)", chat.LastText);
        Assert.Contains("Gemeente · Gemeente Zwolle · Projectleider", chat.LastText);
        Assert.Contains("Petra Mulder\nProjectsecretaris", chat.LastText);

        var project = await ProjectOfAsync(user);
        Assert.Equal(teamId, project.Channel?.TeamId);
        Assert.Equal(PetraAad, project.Secretaris?.AadObjectId);
        Assert.Equal("Joris van Dijk", project.Procesbegeleider.Name);
        Assert.Equal("j.vandijk@ccv.nl", project.Procesbegeleider.Contact);
        Assert.Equal(SanderAad, Assert.Single(project.Members).Person.AadObjectId);
    }

    [Fact]
    public async Task An_English_projectleider_picks_the_team_and_can_still_type_someone_outside_it()
    {
        var user = NewUser();
        await TeamWithAsync(user);
        var chat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "en-US", user);

        await chat.SayAsync("start");
        await chat.SayAsync("Deventer");
        await chat.SayAsync("De Brink");
        Assert.Contains("Which team does the werkgroep work in?", chat.LastText);
        Assert.Contains("Continue without a team", chat.LastCard!.ToJsonString());
        await chat.SayAsync("1");
        Assert.Contains("The werkgroep works in the team", chat.LastText);
        await chat.SayAsync("1");
        await chat.SayAsync("1");
        await chat.SayAsync("1");
        Assert.Contains("Petra Mulder (p.mulder@zwolle.nl)", chat.LastText);
        await chat.SayAsync("Karin Smit, k.smit@deventer.nl");
        Assert.Contains("procesbegeleider", chat.LastText);
        await chat.SayAsync("status");
        Assert.Contains("Municipality · Gemeente Deventer · Project leader", chat.LastText);
        Assert.Contains("Karin Smit\nProject secretary", chat.LastText);

        var project = await ProjectOfAsync(user);
        Assert.NotNull(project.Channel);
        Assert.Equal("k.smit@deventer.nl", project.Secretaris?.Email);
        Assert.Null(project.Secretaris?.AadObjectId);
    }

    [Theory]
    [InlineData("nl-NL", "Voeg Kvu.Bot toe aan het team van de werkgroep", "Hebben de betrokken partijen ingestemd")]
    [InlineData("en-US", "Add Kvu.Bot to the werkgroep's team", "Have the parties involved agreed")]
    public async Task Without_a_team_the_bot_explains_how_to_add_it_and_goes_on(string locale, string tip, string next)
    {
        var chat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), locale, NewUser());

        await chat.SayAsync("start");
        await chat.SayAsync("Zwolle");
        await chat.SayAsync("Binnenstad");

        Assert.Contains(tip, chat.LastText);
        Assert.Contains(next, chat.LastText);
    }

    private async Task<KvuProject> ProjectOfAsync(TeamsActivity.User user)
    {
        var access = Bot.Services.GetRequiredService<ProjectAccessStore>();
        var projects = Bot.Services.GetRequiredService<ProjectStore>();
        await foreach (var entry in access.ListForUserAsync(TeamsActivity.TenantId, user.AadObjectId, CancellationToken.None))
        {
            return (await projects.GetAsync(new ProjectKey(TeamsActivity.TenantId, entry.ProjectId), CancellationToken.None))!;
        }

        throw new InvalidOperationException("The user has no project.");
    }
}
