using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Files;

public static class FilesServiceCollectionExtensions
{
    /// <summary>Files given to a user in their personal chat (consent card, upload to their OneDrive, file card).</summary>
    public static IServiceCollection AddKvuFiles(this IServiceCollection services)
    {
        services.AddOptions<FilesOptions>().BindConfiguration(FilesOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FileOfferStore>();
        services.AddHttpClient<FileUploader>();
        services.AddSingleton<FileDelivery>();
        services.AddSingleton<IFileConsentFeature>(sp => sp.GetRequiredService<FileDelivery>());
        services.AddSingleton<Storage.PersonalData.IPersonalDataHolder, FilesPersonalData>();
        return services;
    }
}
