using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Formation;

public static class ProjectServiceCollectionExtensions
{
    /// <summary>The project aggregate's stores: the projects and who may open them. Every feature reads them.</summary>
    public static IServiceCollection AddKvuProjects(this IServiceCollection services)
    {
        services.AddSingleton<ProjectStore>();
        services.AddSingleton<ProjectAccessStore>();
        services.AddSingleton<IPersonalDataHolder, FormationPersonalData>();
        return services;
    }
}
