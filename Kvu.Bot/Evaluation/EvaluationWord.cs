namespace Kvu.Bot.Evaluation;

/// <summary>The commands of the Evaluatie as people type them (Evaluation.resx, <c>Words_…</c>).</summary>
public enum EvaluationWord
{
    /// <summary>"meting": the form; followed by an indicator, "=", the value, "op" a date and "; bron ...": a tussenmeting.</summary>
    Meting,

    /// <summary>As <see cref="Meting"/>, for the nameting.</summary>
    Nameting,

    /// <summary>"metingen": the goals against the metingen.</summary>
    Metingen,

    Source,
    On,
    LowerIsBetter,
    HigherIsBetter,

    /// <summary>"evaluatie starten": the survey of the cooperation to every member.</summary>
    CooperationStart,
    CooperationClose,

    /// <summary>"evaluatie": where the evaluation of the cooperation stands.</summary>
    Cooperation,

    /// <summary>"opgelost k2" / "niet opgelost k2": a knelpunt does not (or does) go along into the next round.</summary>
    Resolved,
    Unresolved,
}
