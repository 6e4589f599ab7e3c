using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;

namespace Kvu.Bot.Documents;

/// <summary>
/// The choice of documents: a button per document, the period of the voortgangsrapportage (last quarter by default),
/// cancel. With <c>forProject</c> the buttons name the project, for a card sent outside a turn (the reporting reminder),
/// which the projectleider may click while another of her projects is active.
/// </summary>
public static class DocumentCard
{
    public static JsonObject Build(KvuProject project, DocumentPeriod period, CultureInfo culture, bool forProject = false)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(period);
        JsonObject Make(DocumentKind kind) =>
            CardActions.Submit(DocumentText.Name(kind, culture), forProject
                ? CardParts.Data(DocumentVerbs.Make, (DocumentVerbs.KindField, kind.ToString()), (DocumentVerbs.ProjectField, project.Id))
                : CardParts.Data(DocumentVerbs.Make, (DocumentVerbs.KindField, kind.ToString())), kind == DocumentKind.Voortgangsrapportage ? ActionStyle.Positive : null);

        var body = new JsonArray
        {
            Title(DocumentText.Format("Menu_Title", culture, $"{project.Gemeente} – {project.Uitgaansgebied}")),
            Text(DocumentText.Get("Menu_Intro", culture), subtle: true),
            ActionSet([Make(DocumentKind.PlanVanAanpak), Make(DocumentKind.Intentieverklaring), Make(DocumentKind.Convenant)]),
            Heading(DocumentText.Get("Menu_Period", culture)),
            CardInputs.Date(DocumentVerbs.FromField, DocumentText.Get("Menu_From", culture), value: period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            CardInputs.Date(DocumentVerbs.ToField, DocumentText.Get("Menu_To", culture), value: period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        };
        return AdaptiveCard.Create(body, [Make(DocumentKind.Voortgangsrapportage), CardActions.Submit(DocumentText.Get("Menu_Cancel", culture), CardParts.Data(DocumentVerbs.Cancel), associatedInputs: false)]);
    }
}
