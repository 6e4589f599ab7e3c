namespace Kvu.Bot.Common;

/// <summary>
/// A feature's command words: for every value of <typeparamref name="TCommand"/> the <see cref="Words"/> under the key
/// <c>Words_{value}</c> of the feature's .resx, read once. A value without words in the resources fails at start-up.
/// </summary>
public sealed class WordBook<TCommand>(ResourceManager resources)
    where TCommand : struct, Enum
{
    private readonly Dictionary<TCommand, Words> _words = Enum.GetValues<TCommand>().ToDictionary(command => command, command => new Words(resources, $"Words_{command}"));

    public Words this[TCommand command] => _words[command];
}
