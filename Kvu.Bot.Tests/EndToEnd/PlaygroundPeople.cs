using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.EndToEnd;

/// <summary>
/// The Teams of .m365agentsplayground.yml as the end-to-end tests use it: the tenant, the werkgroep's team (also the id
/// of its General channel), Marieke (the Playground's own user) and the colleagues who act as themselves through
/// <see cref="PlaygroundChat.InvokeAsAsync"/>.
/// </summary>
internal static class PlaygroundPeople
{
    public const string TenantId = "6f1c2e4a-2b7d-4c1e-9a8f-3d5e7b9c0a11";
    public const string TeamId = "19:werkgroep-kvu-general@thread.tacv2";
    public const string TeamName = "Werkgroep KVU";

    public static readonly TeamsActivity.User Marieke = new("29:user-projectleider", "Marieke de Vries", "0b7e5f1a-6c2d-4e8f-9a1b-2c3d4e5f6a01");
    public static readonly TeamsActivity.User Sander = new("29:user-wijkagent", "Sander Bakker", "0b7e5f1a-6c2d-4e8f-9a1b-2c3d4e5f6a03");
    public static readonly TeamsActivity.User Ingrid = new("29:user-khn-afdeling", "Ingrid Jansen", "0b7e5f1a-6c2d-4e8f-9a1b-2c3d4e5f6a04");
}
