using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Conversations;

/// <summary>The first thing a projectleider sees: what Kvu.Bot is for and a button into the help.</summary>
public static class WelcomeCard
{
    public static JsonObject Build(CultureInfo culture) => AdaptiveCard.Create(
        [
            CardElements.Text(BotText.Get(ConversationText.WelcomeTitle, culture), weight: TextWeight.Bolder, size: TextSize.Large),
            CardElements.Text(BotText.Get(ConversationText.WelcomeBody, culture)),
        ],
        [
            CardActions.Submit(BotText.Get(ConversationText.WelcomeStartButton, culture), CardVerb.With([], BotCommands.Start), ActionStyle.Positive),
            CardActions.Submit(BotText.Get(ConversationText.WelcomeHelpButton, culture), CardVerb.With([], BotCommands.Help)),
        ]);
}
