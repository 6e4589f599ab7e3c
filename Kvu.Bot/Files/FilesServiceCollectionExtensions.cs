using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Files;

public static class FilesServiceCollectionExtensions
{
    /// <summary>Files given to a user in their personal chat (consent card, upload to their OneDrive, file card).</summary>
    public static IServiceCollection AddKvuFiles(this IServiceCollection services)
    {
        services.AddCheckedOptions<FilesOptions>(FilesOptions.SectionName);
        services.AddSingleton<FileOfferStore>();
        services.AddHttpClient<FileUploader>();
        services.AddSingletonAlso<IFileConsentFeature, FileDelivery>();
        services.AddSingleton<Storage.PersonalData.IPersonalDataHolder, FilesPersonalData>();
        return services;
    }
}
