using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Conversations;

namespace Kvu.Bot.Formation.Flow;

/// <summary>
/// "Het is belangrijk dat horecavertegenwoordiging van de diverse horecastraten en -pleinen, evenals de
/// publiekstrekkers, zijn aangesloten": the places, who covers each, and the restaurants' own seat.
/// </summary>
public static partial class HorecaQuestions
{
    private const string AreaFieldPrefix = "area:";

    public static IFlowStep Plekken(FormationFlow flow) => new QuestionStep(
        FormationSteps.HorecaPlekken,
        async (turn, cancellationToken) =>
        {
            var project = await flow.Session.LoadAsync(turn, cancellationToken);
            string Names(HorecaAreaKind kind) => string.Join(", ", project.HorecaAreas.Where(a => a.Kind == kind).Select(a => a.Name));
            return new Question(FormationSteps.HorecaPlekken, BotText.Format(ConversationText.Ask_Areas, turn.Input.Culture, project.Uitgaansgebied), turn.Text(ConversationText.Explain_Areas))
            {
                Fields =
                [
                    new("straten", turn.Text(ConversationText.Field_Streets), Value: Names(HorecaAreaKind.Straat), IsRequired: false) { MaxItems = InputLimits.ListItems },
                    new("pleinen", turn.Text(ConversationText.Field_Squares), Value: Names(HorecaAreaKind.Plein), IsRequired: false) { MaxItems = InputLimits.ListItems },
                    new("trekkers", turn.Text(ConversationText.Field_Pullers), Value: Names(HorecaAreaKind.Publiekstrekker), IsRequired: false) { MaxItems = InputLimits.ListItems },
                ],
                Choices = [new("overslaan", turn.Text(ConversationText.Choice_Skip))],
            };
        },
        async (turn, question, cancellationToken) =>
        {
            if (Answers.MatchChoice(question, turn.Input)?.Value == "overslaan")
            {
                return flow.Proceed(turn, await flow.Session.LoadAsync(turn, cancellationToken), after: FormationSteps.Dekking);
            }

            if (turn.Input.Data is null && InputLimits.EachLength(Answers.Items(turn.Input.Text), InputLimits.Name, turn.Text(ConversationText.Field_AllAreas)) is { } tooLong)
            {
                return StepOutcome.Invalid(tooLong.Message(turn.Input.Culture));
            }

            var named = turn.Input.Data is null ? FromText(turn.Input.Text) : FromFields(turn.Input);
            if (named.Count == 0)
            {
                return StepOutcome.Invalid(turn.Text(ConversationText.Invalid_NoAreas));
            }

            // The card's fields show the places there are, so a name taken out of them is a place to drop; a typed
            // answer only adds (it shows nothing that could be left out).
            var wholeList = turn.Input.Data is not null;

            // Each place is a field on the coverage card and a line on the overview: the project's places together
            // stay within one list's limit, however they were typed or added over several answers.
            var known = wholeList ? [] : (await flow.Session.LoadAsync(turn, cancellationToken)).HorecaAreas.Select(a => a.Name);
            var all = known.Concat(named.Select(n => n.Name)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
            if (InputLimits.Count(all, InputLimits.ListItems, turn.Text(ConversationText.Field_AllAreas)) is { } tooMany)
            {
                return StepOutcome.Invalid(tooMany.Message(turn.Input.Culture));
            }

            var dropped = new List<string>();
            return await flow.Session.ChangeAsync(
                turn,
                (p, by, at) =>
                {
                    dropped.Clear();
                    foreach (var area in wholeList ? p.HorecaAreas.Where(a => !named.Any(n => string.Equals(a.Name, n.Name, StringComparison.OrdinalIgnoreCase))).ToList() : [])
                    {
                        p.RemoveHorecaArea(area.Id, by, at);
                        dropped.Add(area.Name);
                    }

                    foreach (var (name, kind) in named.Where(n => !p.HorecaAreas.Any(a => string.Equals(a.Name, n.Name, StringComparison.OrdinalIgnoreCase))))
                    {
                        p.AddHorecaArea(name, kind, by, at);
                    }
                },
                p => p.Members.Any(m => RoleCatalog.IsHorecaRepresentative(m.Role) && m.Status != MemberStatus.Declined)
                    ? flow.Proceed(turn, p, before: FormationFlow.Dropped(dropped, turn.Input.Culture))
                    : flow.Proceed(turn, p, after: FormationSteps.Dekking, before: FormationFlow.Dropped(dropped, turn.Input.Culture)),
                cancellationToken);
        },
        c => BotText.Get(ConversationText.Help_Areas, c));

    public static IFlowStep Dekking(FormationFlow flow) => new QuestionStep(
        FormationSteps.Dekking,
        async (turn, cancellationToken) =>
        {
            var project = await flow.Session.LoadAsync(turn, cancellationToken);
            var horeca = HorecaMembers(project);
            var options = new List<Question.Choice> { new(string.Empty, turn.Text(ConversationText.NoOne)) };
            options.AddRange(horeca.Select(m => new Question.Choice(m.Id, $"{m.Person.DisplayName} ({m.Organisation})")));
            return new Question(FormationSteps.Dekking, turn.Text(ConversationText.Ask_Coverage), turn.Text(ConversationText.Explain_Coverage))
            {
                Fields = [.. project.HorecaAreas.Select(area => new Question.Field(
                    AreaFieldPrefix + area.Id,
                    $"{area.Name} ({FormationText.Name(area.Kind, turn.Input.Culture)})",
                    Value: horeca.FirstOrDefault(m => m.CoveredAreaIds.Contains(area.Id))?.Id ?? string.Empty,
                    IsRequired: false) { Options = options })],
            };
        },
        (turn, _, cancellationToken) =>
        {
            if (turn.Input.Data is null)
            {
                return Task.FromResult(StepOutcome.Invalid(turn.Text(ConversationText.Help_Coverage)));
            }

            return flow.Session.ChangeAsync(
                turn,
                (p, by, at) =>
                {
                    var chosen = p.HorecaAreas
                        .Select(a => (Area: a.Id, Member: turn.Input.Field(AreaFieldPrefix + a.Id)))
                        .Where(x => !string.IsNullOrEmpty(x.Member))
                        .ToList();
                    foreach (var member in HorecaMembers(p))
                    {
                        var areas = chosen.Where(x => x.Member == member.Id).Select(x => x.Area).ToList();
                        if (!areas.SequenceEqual(member.CoveredAreaIds))
                        {
                            p.AssignAreaCoverage(member.Id, areas, by, at);
                        }
                    }
                },
                p => flow.Proceed(turn, p),
                cancellationToken);
        },
        c => BotText.Get(ConversationText.Help_Coverage, c));

    public static IFlowStep Restaurants(FormationFlow flow) => new QuestionStep(
        FormationSteps.Restaurants,
        (turn, _) => Task.FromResult(new Question(FormationSteps.Restaurants, turn.Text(ConversationText.Ask_Restaurants), turn.Text(ConversationText.Explain_Restaurants))
        {
            Choices = [new("ja", turn.Text(ConversationText.Choice_Yes)), new("nee", turn.Text(ConversationText.Choice_No)), new("onbekend", turn.Text(ConversationText.Choice_DontKnowYet))],
        }),
        (turn, question, cancellationToken) =>
        {
            var choice = Answers.MatchChoice(question, turn.Input)?.Value;
            if (choice is null)
            {
                return Task.FromResult(StepOutcome.Invalid(Answers.ChoiceProblem(question, turn.Input.Culture)));
            }

            bool? takePart = choice switch { "ja" => true, "nee" => false, _ => null };
            return flow.Session.ChangeAsync(
                turn,
                (p, by, at) => p.SetRestaurantsTakePart(takePart, by, at),
                p => takePart == true && !p.Members.Any(m => m.RepresentsRestaurants)
                    ? StepOutcome.GoTo(FormationSteps.RestaurantVertegenwoordiger)
                    : flow.Proceed(turn, p, after: FormationSteps.RestaurantVertegenwoordiger),
                cancellationToken);
        },
        c => BotText.Get(ConversationText.Help_Restaurants, c));

    private static List<Member> HorecaMembers(KvuProject project) =>
        [.. project.Members.Where(m => RoleCatalog.IsHorecaRepresentative(m.Role) && m.Status != MemberStatus.Declined)];

    private static List<(string Name, HorecaAreaKind Kind)> FromFields(FlowInput input) =>
    [
        .. Answers.List(input.Field("straten")).Select(n => (n, HorecaAreaKind.Straat)),
        .. Answers.List(input.Field("pleinen")).Select(n => (n, HorecaAreaKind.Plein)),
        .. Answers.List(input.Field("trekkers")).Select(n => (n, HorecaAreaKind.Publiekstrekker)),
    ];

    /// <summary>"straat: A, B; plein: C; trekker: D" (Dutch or English words); names without a kind are streets.</summary>
    private static List<(string Name, HorecaAreaKind Kind)> FromText(string text)
    {
        var result = new List<(string, HorecaAreaKind)>();
        foreach (var part in text.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var match = KindPrefix().Match(part);
            var kind = !match.Success ? HorecaAreaKind.Straat : match.Groups["kind"].Value.ToLowerInvariant() switch
            {
                var k when k.StartsWith("plein", StringComparison.Ordinal) || k.StartsWith("square", StringComparison.Ordinal) => HorecaAreaKind.Plein,
                var k when k.StartsWith("trekker", StringComparison.Ordinal) || k.StartsWith("publiek", StringComparison.Ordinal) || k.StartsWith("puller", StringComparison.Ordinal) => HorecaAreaKind.Publiekstrekker,
                _ => HorecaAreaKind.Straat,
            };
            result.AddRange(Answers.List(match.Success ? part[match.Length..] : part).Select(n => (n, kind)));
        }

        return result;
    }

    [GeneratedRegex(@"^\s*(?<kind>stra\w*|plein\w*|publiek\w*|trekker\w*|street\w*|square\w*|puller\w*)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex KindPrefix();
}
