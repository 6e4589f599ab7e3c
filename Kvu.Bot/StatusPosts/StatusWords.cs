using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.StatusPosts;

/// <summary>The words of the "weekstatus" command, from StatusPosts.resx (<see cref="Words"/>); day names come from the culture.</summary>
public static class StatusWords
{
    public static readonly Words Schedule = Read("Schedule");
    public static readonly Words Pause = Read("Pause");
    public static readonly Words Resume = Read("Resume");

    /// <summary>Filler around the moment: "weekstatus dinsdag om 8:30 uur".</summary>
    public static readonly Words At = Read("At");

    private static Words Read(string command) => new(StatusText.ResourceManager, $"Words_{command}");
}
