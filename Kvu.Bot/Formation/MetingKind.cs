namespace Kvu.Bot.Formation;

/// <summary>
/// A meting after the nulmeting: a tussenmeting while the measures run (the plan's evaluation plan says when), or the
/// nameting that closes the round and that the next round's analysis starts from.
/// </summary>
public enum MetingKind
{
    Tussenmeting,
    Nameting,
}
