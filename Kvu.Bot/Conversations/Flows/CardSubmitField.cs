namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// A data field that the Action.Submit buttons of a feature's cards always carry (its verb or command field). In a
/// channel or group chat, where Teams also delivers messages meant for people, a message value with one of these
/// fields is a click on the bot's own card. Register with <c>services.AddSingleton(new CardSubmitField("verb"))</c>.
/// </summary>
public sealed record CardSubmitField(string Name);
