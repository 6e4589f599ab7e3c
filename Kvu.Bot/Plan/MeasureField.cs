namespace Kvu.Bot.Plan;

/// <summary>
/// The parts of a measure as the projectleider enters them, in the card's order; the typed command names them with
/// the words <c>Words_MeasureField_{value}</c> of Plan.resx ("partij Gemeente Zwolle"), the card uses
/// <see cref="MeasureFields.Id"/> as the input's id.
/// </summary>
public enum MeasureField
{
    /// <summary>What is done: the first part of the typed command, without a word before it.</summary>
    Title,
    For,
    Party,
    Owner,
    Start,
    End,
    Beslismoment,
    Decider,
    Budget,
}
