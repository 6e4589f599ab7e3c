using Kvu.Bot.Conversations;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Kvu.Bot.Tests.Conversations;

public class CardDataTests
{
    [Fact]
    public void A_time_on_a_button_stays_readable_and_the_same_instant_after_the_Bot_Frameworks_json_reading()
    {
        // As the adapter reads an activity: Json.NET's default turns an ISO date string into a date token.
        var value = JsonConvert.DeserializeObject<JObject>("""{ "verb": "meetings.pick", "start": "2026-12-07T10:00:00.0000000+01:00" }""")!;
        Assert.Equal(JTokenType.Date, value["start"]!.Type);

        var (readable, data) = CardData.Read(value);

        Assert.True(readable);
        Assert.Equal(DateTimeOffset.Parse("2026-12-07T09:00:00Z"), DateTimeOffset.Parse((string)data!["start"]!));
    }
}
