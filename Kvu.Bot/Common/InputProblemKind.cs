namespace Kvu.Bot.Common;

public enum InputProblemKind
{
    /// <summary>The text has more characters than the field takes.</summary>
    TooLong,

    /// <summary>The list has more items than fit.</summary>
    TooMany,

    /// <summary>One item of a list has more characters than a name takes.</summary>
    ItemTooLong,
}
