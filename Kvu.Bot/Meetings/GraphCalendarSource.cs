namespace Kvu.Bot.Meetings;

/// <summary>
/// The GraphCalendar when Graph is configured (or a test transport supplies a credential); null otherwise, and
/// the meeting features then say so and offer an .ics instead.
/// </summary>
public sealed class GraphCalendarSource(IOptions<GraphOptions> options, GraphTransport transport, ILogger<GraphCalendar> logger)
{
    private readonly Lazy<GraphCalendar?> calendar = new(() =>
    {
        var credential = transport.Credential
            ?? (options.Value.IsConfigured ? GraphClientBuilder.CreateCredential(options.Value) : null);
        return credential is null ? null : new GraphCalendar(GraphClientBuilder.Create(credential, transport.FinalHandler), logger);
    });

    public GraphCalendar? Calendar => calendar.Value;
}
