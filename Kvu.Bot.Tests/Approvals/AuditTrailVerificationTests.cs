using Kvu.Bot.Common;
using Kvu.Bot.Conversations;
using Azure;
using Azure.Data.Tables;
using Kvu.Bot.Approvals;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Approvals;

/// <summary>
/// The logboek is tamper-evident: the projectleider types "logboek controleren" (or "verify log") and hears that the
/// trail is intact with how many rows were checked, or which row was changed or removed, in words she knows. Rows
/// are edited and deleted directly in Azurite, as someone with access to the storage account could.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AuditTrailVerificationTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private const string Samenstelling = "samenstelling";
    private const string Tampered = "Let op: het logboek van KVU Zwolle – Binnenstad is aangetast.";

    private TableClient Approvals => Bot.Services.GetRequiredService<TableServiceClient>().GetTableClient(KvuTables.Approvals);

    /// <summary>
    /// Anna puts the composition to the werkgroep; Mark agrees and then objects, Fatima objects, Henk agrees: five
    /// audit rows in four chains (the decision's own and one per member).
    /// </summary>
    private async Task<ApprovalExamples> AnsweredAsync()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(3);
        await w.SayInChannelAsync("voorleggen samenstelling");
        await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id));
        await w.InvokeAsync(w.Members[1], ApprovalVerbs.Object, ApprovalExamples.Data(Samenstelling, w.Project.Id, comment: "De brandweer ontbreekt"));
        await w.InvokeAsync(w.Members[2], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id));
        await w.InvokeAsync(w.Members[0], ApprovalVerbs.Object, ApprovalExamples.Data(Samenstelling, w.Project.Id, comment: "Toch liever eerst de brandweer erbij"));
        return w;
    }

    [Fact]
    public async Task An_untouched_trail_is_intact_and_says_how_many_rows_were_checked()
    {
        var w = await AnsweredAsync();

        var answer = await VerifyAsync(w);

        Assert.Equal("Het logboek van KVU Zwolle – Binnenstad is ongeschonden: 5 regels gecontroleerd, niets gewijzigd of verwijderd.", answer);
    }

    [Fact]
    public async Task An_answer_changed_in_storage_is_named_with_who_what_and_when()
    {
        var w = await AnsweredAsync();
        var fatima = await AuditRowAsync(w, w.Members[1]);
        fatima["Answer"] = nameof(ApprovalAnswer.Agree);
        fatima.Remove("Comment");
        await Approvals.UpdateEntityAsync(fatima, ETag.All, TableUpdateMode.Replace);

        var answer = await VerifyAsync(w);

        Assert.StartsWith(Tampered, answer);
        Assert.Contains($"De regel van Fatima el Amrani bij 'Samenstelling van de werkgroep' van {Dutch(fatima)} (akkoord, versie 1) is na het vastleggen gewijzigd.", answer);
    }

    [Fact]
    public async Task A_name_changed_in_storage_is_found_through_the_digest_of_the_personal_fields()
    {
        var w = await AnsweredAsync();
        var henk = await AuditRowAsync(w, w.Members[2]);
        henk["DisplayName"] = "Ingrid Bakker";
        await Approvals.UpdateEntityAsync(henk, ETag.All, TableUpdateMode.Replace);

        var answer = await VerifyAsync(w);

        Assert.Contains($"De regel van Ingrid Bakker bij 'Samenstelling van de werkgroep' van {Dutch(henk)} (akkoord, versie 1) is na het vastleggen gewijzigd.", answer);
    }

    [Fact]
    public async Task A_removed_earlier_row_is_named_by_the_row_after_it()
    {
        var w = await AnsweredAsync();
        var markFirst = await AuditRowAsync(w, w.Members[0]);
        var markLater = await AuditRowAsync(w, w.Members[0], last: true);
        await Approvals.DeleteEntityAsync(markFirst.PartitionKey, markFirst.RowKey);

        var answer = await VerifyAsync(w);

        Assert.StartsWith(Tampered, answer);
        Assert.Contains($"Vóór de regel van Mark Jansen bij 'Samenstelling van de werkgroep' van {Dutch(markLater)} (bezwaar, versie 1) is een eerdere regel van Mark Jansen verwijderd.", answer);
    }

    [Fact]
    public async Task A_removed_last_row_is_named_from_the_answer_the_card_still_counts()
    {
        var w = await AnsweredAsync();
        var henk = await AuditRowAsync(w, w.Members[2]);
        await Approvals.DeleteEntityAsync(henk.PartitionKey, henk.RowKey);

        var answer = await VerifyAsync(w);

        Assert.Contains($"De regel van Henk Mulder bij 'Samenstelling van de werkgroep' van {Dutch(henk)} (akkoord, versie 1) staat niet meer in het logboek: die is verwijderd.", answer);
    }

    [Fact]
    public async Task The_counted_answer_changed_outside_the_trail_is_found()
    {
        var w = await AnsweredAsync();
        var current = (await Approvals.GetEntityAsync<TableEntity>(TableKeys.Encode(w.Project.Id), $"r|{Samenstelling}|{w.Members[1].AadObjectId.ToLowerInvariant()}")).Value;
        current["Answer"] = nameof(ApprovalAnswer.Agree);
        await Approvals.UpdateEntityAsync(current, ETag.All, TableUpdateMode.Replace);

        var answer = await VerifyAsync(w);

        Assert.Contains("Het antwoord van Fatima el Amrani bij 'Samenstelling van de werkgroep' dat de kaart telt (akkoord, versie 1,", answer);
        Assert.Contains("is buiten het logboek om gewijzigd.", answer);
    }

    [Fact]
    public async Task A_closed_decision_reopened_in_storage_is_found_and_the_closing_is_in_the_logboek()
    {
        var w = await AnsweredAsync();
        await w.InvokeAsync(w.Projectleider, ApprovalVerbs.Close, ApprovalExamples.Data(Samenstelling, w.Project.Id));
        Assert.StartsWith("Het logboek van KVU Zwolle – Binnenstad is ongeschonden: 6 regels gecontroleerd", await VerifyAsync(w));
        var log = await VerifyAsync(w, "logboek");
        Assert.Contains($"Samenstelling van de werkgroep · Anna de Vries ({w.Projectleider.AadObjectId}) · gesloten · versie 1", log);
        Assert.Contains($"Samenstelling van de werkgroep · Anna de Vries ({w.Projectleider.AadObjectId}) · voorgelegd aan de werkgroep · versie 1", log);

        // Someone opens it again for late answers by editing the stored decision, not through the card.
        var decision = (await Approvals.GetEntityAsync<TableEntity>(TableKeys.Encode(w.Project.Id), $"d|{Samenstelling}")).Value;
        decision["Json0"] = System.Text.RegularExpressions.Regex.Replace(decision.GetString("Json0"), "\"closed\":true", "\"closed\":false", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        await Approvals.UpdateEntityAsync(decision, ETag.All, TableUpdateMode.Replace);

        var answer = await VerifyAsync(w);

        Assert.StartsWith(Tampered, answer);
        Assert.Contains("'Samenstelling van de werkgroep' is buiten het logboek om gewijzigd: het staat op versie 1 en is nog open, en dat volgt niet uit het logboek.", answer);
    }

    [Fact]
    public async Task A_removed_change_to_the_decision_is_named()
    {
        var w = await AnsweredAsync();
        await w.InvokeAsync(w.Projectleider, ApprovalVerbs.Close, ApprovalExamples.Data(Samenstelling, w.Project.Id));
        await w.InvokeAsync(w.Projectleider, ApprovalVerbs.Reopen, ApprovalExamples.Data(Samenstelling, w.Project.Id));
        var events = await RowsAsync(w, $"e|{Samenstelling}|");
        var (closing, reopening) = (events[1], events[2]);
        Assert.Equal((nameof(DecisionEventKind.Closed), nameof(DecisionEventKind.Reopened)), (closing.GetString("Kind"), reopening.GetString("Kind")));
        await Approvals.DeleteEntityAsync(closing.PartitionKey, closing.RowKey);

        var answer = await VerifyAsync(w);

        Assert.Contains($"Vóór de regel van Anna de Vries bij 'Samenstelling van de werkgroep' van {Dutch(reopening)} (heropend, versie 1) is een eerdere regel van Anna de Vries verwijderd.", answer);
    }

    [Fact]
    public async Task Rows_from_before_verification_are_reported_as_such_not_as_tampering()
    {
        var w = await AnsweredAsync();
        var old = ApprovalExamples.Start.AddDays(-30);
        var partition = TableKeys.Encode(w.Project.Id);
        await Approvals.AddEntityAsync(new TableEntity(partition, $"a|begrippenlijst|{old.UtcTicks:D19}|aad-old")
        {
            ["DecisionId"] = "begrippenlijst", ["Version"] = 1, ["AadObjectId"] = "aad-old", ["DisplayName"] = "Piet Oud", ["Answer"] = "Agree", ["At"] = old,
        });

        var answer = await VerifyAsync(w);

        Assert.Equal("Het logboek van KVU Zwolle – Binnenstad is ongeschonden: 5 regels gecontroleerd, niets gewijzigd of verwijderd.\n\n"
            + "1 oudere regels zijn van vóór de controle van het logboek bestond; die zijn niet te controleren (en dat wijst niet op knoeien).", answer);
    }

    [Fact]
    public async Task A_person_erased_for_the_AVG_leaves_the_trail_intact()
    {
        var w = await AnsweredAsync();
        var partition = TableKeys.Encode(w.Project.Id);
        var mark = w.Members[0].AadObjectId;

        // What the AVG erasure will do: the personal fields become the placeholder, the comment goes, the salt is deleted.
        await foreach (var row in Approvals.QueryAsync<TableEntity>(e => e.PartitionKey == partition))
        {
            if (row.GetString("AadObjectId") == mark)
            {
                row["AadObjectId"] = AuditChain.ErasedPerson;
                row["DisplayName"] = AuditChain.ErasedPerson;
                row.Remove("Comment");
                await Approvals.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace);
            }
        }

        await Approvals.DeleteEntityAsync(partition, $"k|{mark.ToLowerInvariant()}");

        Assert.Equal("Het logboek van KVU Zwolle – Binnenstad is ongeschonden: 5 regels gecontroleerd, niets gewijzigd of verwijderd.", await VerifyAsync(w));

        // Without the salt a name put back is not taken for the erased person's.
        var erased = (await RowsAsync(w, "a|")).First(e => e.GetString("DisplayName") == AuditChain.ErasedPerson);
        erased["DisplayName"] = "Mark Jansen";
        await Approvals.UpdateEntityAsync(erased, ETag.All, TableUpdateMode.Replace);
        Assert.StartsWith(Tampered, await VerifyAsync(w));
    }

    [Fact]
    public async Task An_english_projectleider_types_verify_log()
    {
        var w = await AnsweredAsync();

        var answer = await VerifyAsync(w, "verify log", "en-US");

        Assert.Equal("The audit trail of KVU Zwolle – Binnenstad is intact: 5 entries verified, nothing changed or removed.", answer);
    }

    [Fact]
    public async Task Only_the_projectleider_or_secretaris_may_verify()
    {
        var w = await AnsweredAsync();

        var answer = await VerifyAsync(w, from: w.Members[0]);

        Assert.Equal(ApprovalText.Get(ApprovalText.NoProject, ReaderCulture.Dutch), answer);
    }

    private async Task<string> VerifyAsync(ApprovalExamples w, string text = "logboek controleren", string locale = "nl-NL", TeamsActivity.User? from = null)
    {
        var before = w.SentInChannel().Count;
        (await Bot.PostActivityAsync(w.Teams.ChannelMessage(w.Channel, text, locale, from ?? w.Projectleider))).EnsureSuccessStatusCode();
        return Assert.Single(w.SentInChannel().Skip(before)).VisibleText;
    }

    /// <summary>The member's first (or last) audit row on the composition, as stored.</summary>
    private async Task<TableEntity> AuditRowAsync(ApprovalExamples w, TeamsActivity.User member, bool last = false)
    {
        var rows = (await RowsAsync(w, $"a|{Samenstelling}|")).Where(e => e.GetString("AadObjectId") == member.AadObjectId).ToList();
        return last ? rows[^1] : rows[0];
    }

    /// <summary>The project's rows whose RowKey starts with <paramref name="prefix"/>, in RowKey order.</summary>
    private async Task<IReadOnlyList<TableEntity>> RowsAsync(ApprovalExamples w, string prefix)
    {
        var partition = TableKeys.Encode(w.Project.Id);
        var upper = prefix + '~';
        return await Approvals.QueryAsync<TableEntity>(e => e.PartitionKey == partition && e.RowKey.CompareTo(prefix) >= 0 && e.RowKey.CompareTo(upper) < 0).ToListAsync();
    }

    private static string Dutch(TableEntity row) =>
        DutchTime.Local(row.GetDateTimeOffset("At")!.Value).ToString("d-M-yyyy HH:mm", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
}
