namespace Kvu.Bot.Formation;

public enum EvaluationMomentKind
{
    Tussenmeting,
    Nameting,
}
