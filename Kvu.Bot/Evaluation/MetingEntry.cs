using Kvu.Bot.Formation;

namespace Kvu.Bot.Evaluation;

/// <summary>A meting whose every field was judged right (<see cref="MetingForm.Check"/>), ready to record.</summary>
public sealed record MetingEntry(Indicator Indicator, MetingKind Kind, decimal Value, DateOnly On, string Source, IndicatorDirection? Better);
