using System.Text.Json.Nodes;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// Activities shaped as Teams delivers them (ids, conversation types, tenant, mentions, channelData), pointing
/// at the fake Bot Connector as serviceUrl.
/// </summary>
public sealed class TeamsActivity
{
    public const string TenantId = "5f0c7a2e-1d3b-4c8e-9a6f-2b7d4e1c0a11";
    public const string BotId = "28:kvu-bot";
    public const string BotName = "Kvu.Bot";

    private static int _sequence;

    public TeamsActivity(string serviceUrl) => ServiceUrl = serviceUrl;

    public string ServiceUrl { get; }

    public static string NewId() => $"{DateTime.UtcNow.Ticks}{Interlocked.Increment(ref _sequence)}";

    public static string NewPersonalConversationId() => $"a:1{Guid.NewGuid():N}";

    public static string NewGroupChatId() => $"19:{Guid.NewGuid():N}@thread.v2";

    public static string NewChannelConversationId() => $"19:{Guid.NewGuid():N}@thread.tacv2";

    public JsonObject PersonalMessage(string conversationId, string text, string locale = "nl-NL", User? from = null) =>
        Message(Conversation(conversationId, "personal"), text, locale, from ?? User.Projectleider, mention: false);

    /// <param name="mention">Whether the message @mentions the bot; with RSC Teams delivers the others too.</param>
    public JsonObject GroupChatMessage(string conversationId, string text, string locale = "nl-NL", User? from = null, bool mention = true) =>
        Message(Conversation(conversationId, "groupChat"), text, locale, from ?? User.Projectleider, mention);

    /// <param name="mention">Whether the message @mentions the bot; with RSC Teams delivers every channel message.</param>
    public JsonObject ChannelMessage(string channelConversationId, string text, string locale = "nl-NL", User? from = null, bool mention = true)
    {
        var activity = Message(Conversation($"{channelConversationId};messageid={NewId()}", "channel"), text, locale, from ?? User.Projectleider, mention);
        activity["channelData"] = new JsonObject
        {
            ["teamsChannelId"] = channelConversationId,
            ["teamsTeamId"] = "19:team-werkgroep-kvu@thread.tacv2",
            ["channel"] = new JsonObject { ["id"] = channelConversationId, ["name"] = "Uitgaansgebied Centrum" },
            ["team"] = new JsonObject { ["id"] = "19:team-werkgroep-kvu@thread.tacv2", ["name"] = "Werkgroep KVU" },
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        };
        return activity;
    }

    /// <summary>A card button (Action.Submit) pressed: Teams sends a message whose value is the button's data.</summary>
    public JsonObject CardSubmit(string conversationId, JsonObject data, string locale = "nl-NL", User? from = null, string conversationType = "personal")
    {
        var activity = Message(Conversation(conversationId, conversationType), null, locale, from ?? User.Projectleider, mention: false);
        activity["value"] = data;
        return activity;
    }

    /// <summary>
    /// An Action.Execute button pressed (or a user-specific view refreshed): Teams sends an invoke named
    /// adaptiveCard/action and waits for the updated card in the HTTP response. The card's inputs are merged into data.
    /// </summary>
    public JsonObject AdaptiveCardInvoke(string conversationId, string verb, JsonObject data, User? from = null, string conversationType = "channel", string locale = "nl-NL", string tenantId = TenantId, string? id = null) => new()
    {
        ["type"] = "invoke",
        ["name"] = "adaptiveCard/action",
        ["id"] = id ?? NewId(),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = ServiceUrl,
        ["channelId"] = "msteams",
        ["locale"] = locale,
        ["from"] = (from ?? User.Projectleider).ToJson(),
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = tenantId, ["isGroup"] = conversationType != "personal" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        },
    };

    /// <summary>
    /// Toestaan or Weigeren on a file consent card: Teams sends an invoke named fileConsent/invoke with the card's context
    /// and, on accept, the upload session in the user's OneDrive (uploadInfo), replying to the card's message.
    /// </summary>
    public JsonObject FileConsent(string conversationId, string? offerId, bool accept, Uri? uploadUrl = null, string name = "document.docx", User? from = null, string tenantId = TenantId, string replyToId = "sent-consent")
    {
        var value = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = accept ? "accept" : "decline",
            ["context"] = new JsonObject { ["offerId"] = offerId },
        };
        if (accept)
        {
            value["uploadInfo"] = new JsonObject
            {
                ["contentUrl"] = $"https://zwolle-my.sharepoint.com/personal/anna/Documents/Microsoft%20Teams%20Chat%20Files/{name}",
                ["name"] = name,
                ["uploadUrl"] = uploadUrl?.ToString(),
                ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C9D",
                ["fileType"] = Path.GetExtension(name).TrimStart('.'),
            };
        }

        return new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "fileConsent/invoke",
            ["id"] = NewId(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = ServiceUrl,
            ["channelId"] = "msteams",
            ["locale"] = "nl-NL",
            ["replyToId"] = replyToId,
            ["from"] = (from ?? User.Projectleider).ToJson(),
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = tenantId, ["isGroup"] = false },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
            ["value"] = value,
        };
    }

    public JsonObject BotAdded(string conversationId, string conversationType = "personal", string locale = "nl-NL") => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = NewId(),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = ServiceUrl,
        ["channelId"] = "msteams",
        ["locale"] = locale,
        ["from"] = User.Projectleider.ToJson(),
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = Conversation(conversationId, conversationType),
        ["membersAdded"] = new JsonArray { new JsonObject { ["id"] = BotId } },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    /// <summary>
    /// The bot added to a team (Teams' conversationUpdate in the team's General channel, whose id is the team's),
    /// with the team's name: the bot keeps the address, so it knows the team from then on.
    /// </summary>
    public JsonObject BotAddedToTeam(string teamId, string teamName, string locale = "nl-NL")
    {
        var activity = BotAdded(teamId, "channel", locale);
        activity["channelData"] = new JsonObject
        {
            ["teamsChannelId"] = teamId,
            ["teamsTeamId"] = teamId,
            ["channel"] = new JsonObject { ["id"] = teamId, ["name"] = "Algemeen" },
            ["team"] = new JsonObject { ["id"] = teamId, ["name"] = teamName },
            ["tenant"] = new JsonObject { ["id"] = TenantId },
            ["eventType"] = "teamMemberAdded",
        };
        return activity;
    }

    public JsonObject OfType(string type, string conversationId) => new()
    {
        ["type"] = type,
        ["id"] = NewId(),
        ["serviceUrl"] = ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = User.Projectleider.ToJson(),
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = Conversation(conversationId, "personal"),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    private JsonObject Message(JsonObject conversation, string? text, string locale, User from, bool mention)
    {
        var entities = new JsonArray
        {
            new JsonObject { ["type"] = "clientInfo", ["locale"] = locale, ["country"] = "NL", ["platform"] = "Web" },
        };
        if (mention)
        {
            entities.Add(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = $"<at>{BotName}</at>",
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            });
            text = $"<at>{BotName}</at> {text}";
        }

        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = NewId(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = from.ToJson(),
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["conversation"] = conversation,
            ["textFormat"] = "plain",
            ["locale"] = locale,
            ["entities"] = entities,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        return activity;
    }

    private static JsonObject Conversation(string id, string type) => new()
    {
        ["id"] = id,
        ["conversationType"] = type,
        ["tenantId"] = TenantId,
        ["isGroup"] = type != "personal",
    };

    public sealed record User(string Id, string Name, string AadObjectId)
    {
        public static readonly User Projectleider = new("29:1anna", "Anna de Vries", "0b6f4d3a-7c1e-4b2a-9d8e-1f2a3b4c5d61");
        public static readonly User Wijkagent = new("29:1mark", "Mark Jansen", "0b6f4d3a-7c1e-4b2a-9d8e-1f2a3b4c5d62");

        /// <summary>Projectleider of another gemeente in the same tenant (a regional shared tenant).</summary>
        public static readonly User OtherProjectleider = new("29:1eva", "Eva Smit", "0b6f4d3a-7c1e-4b2a-9d8e-1f2a3b4c5d63");

        public JsonObject ToJson() => new() { ["id"] = Id, ["name"] = Name, ["aadObjectId"] = AadObjectId };
    }
}
