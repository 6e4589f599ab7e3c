namespace Kvu.Bot.Bench;

/// <summary>Which bot answers the turns, so that the overhead of each layer shows side by side.</summary>
internal enum BotVariant
{
    /// <summary>Kvu.Bot as deployed: KvuBot, its features, state in Table storage (Azurite).</summary>
    KvuTables,

    /// <summary>Kvu.Bot's KvuBot and features with conversation state in memory: the bot's own cost without storage.</summary>
    KvuMemory,

    /// <summary>A bare echo bot through the same pipeline (Kestrel, adapter, connector client), state in memory.</summary>
    Echo,
}
