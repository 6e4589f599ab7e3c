using Kvu.Bot.Conversations.Flows;
using static Kvu.Bot.Formation.Cards.CardParts;

namespace Kvu.Bot.Formation.Cards;

/// <summary>
/// The werkgroep overview a projectleider asks for with "status" / "overzicht": where the project stands, who is
/// in the werkgroep, which seats are still open, what still needs attention and why, and the way back into the bot.
/// </summary>
public static class OverviewCard
{
    public static JsonObject Build(KvuProject project, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(culture);
        var points = FormationChecks.Evaluate(project);
        var factors = SuccessFactorTally.Of(project);

        // Everything, one click away: an overview with eleven open points was a 2,200 px wall nobody reads.
        var full = new JsonArray { Facts(General(project, culture), spacing: Spacing.None) };
        AddOpenPoints(full, project, points, factors, culture);
        AddWerkgroep(full, project, culture);
        AddAreas(full, project, culture);
        AddConsultationBodies(full, project, culture);
        AddFactorsAndTasks(full, project, factors, culture);

        // Two buttons fit a phone's width untruncated; the checklists open from the full overview.
        full.Add(ActionSet(
        [
            Submit(CardText.Get(CardText.ButtonTasks, culture), Data(FormationCommands.Tasks)),
            Submit(CardText.Get(CardText.ButtonFactors, culture), Data(FormationCommands.Factors)),
        ]));
        var actions = new JsonArray
        {
            ShowCard(CardText.Get(CardText.ButtonFullOverview, culture), AdaptiveCard.Nested(full)),
            EditMenu(culture),
        };
        var card = AdaptiveCard.Create(Compact(project, points, factors, culture), actions);
        MarkAnswered(card, CardText.Format(CardText.OverviewTitle, culture, project.Gemeente, project.Uitgaansgebied), culture);
        return card;
    }

    /// <summary>
    /// Every button of the overview answers it: after a click the card says what was chosen instead of staying
    /// clickable with what may be outdated by then (the next overview comes with the answer).
    /// </summary>
    private static void MarkAnswered(JsonNode? node, string title, CultureInfo culture)
    {
        switch (node)
        {
            case JsonObject { } submit when submit["title"] is JsonValue && submit["data"] is JsonObject data:
                CardVerb.AnswersCard(data, title, (string?)submit["title"] ?? CardText.Get(CardText.ButtonEditChosen, culture));
                break;
            case JsonObject { } row when row["selectAction"] is JsonObject { } select && select["data"] is JsonObject rowData:
                // A werkgroep of 25 has 35 rows: only what was chosen, so the card stays well under Teams' 28 KB.
                rowData[CardVerb.ChosenField] = CardText.Get(CardText.ButtonEditChosen, culture);
                break;
            case JsonObject { } other:
                foreach (var (_, value) in other.ToList())
                {
                    MarkAnswered(value, title, culture);
                }

                break;
            case JsonArray { } list:
                foreach (var item in list)
                {
                    MarkAnswered(item, title, culture);
                }

                break;
        }
    }

    /// <summary>
    /// What a projectleider takes in at a glance: the phase, the three most important open points (the checks list
    /// them most severe first), a count per section, and the one thing to do next.
    /// </summary>
    private static JsonArray Compact(KvuProject project, IReadOnlyList<OpenPoint> points, SuccessFactorTally factors, CultureInfo culture)
    {
        var vacant = RoleCatalog.All.Count(r => RoleCatalog.Need(r) != RoleNeed.Optional && !WerkgroepSeats.Covers(project, r));
        var critical = points.Count(p => p.Severity == Severity.Critical);
        var body = new JsonArray
        {
            Title(CardText.Format(CardText.OverviewTitle, culture, project.Gemeente, project.Uitgaansgebied)),
            Text(CardText.Get(CardText.OverviewSubtitle, culture), subtle: true, spacing: Spacing.None),
            Facts(
            [
                (CardText.Get(CardText.Phase, culture), FormationText.Name(project.Phase, culture)),
                (CardText.Get(CardText.CountWerkgroep, culture), CardText.Format(CardText.CountWerkgroepValue, culture, project.Members.Count(m => m.Status != MemberStatus.Declined), vacant)),
                (CardText.Get(CardText.CountOpenPoints, culture), critical == 0 ? points.Count.ToString(culture) : CardText.Format(CardText.CountOpenPointsValue, culture, points.Count, critical)),
                (CardText.Get(CardText.FactorsHeading, culture), CardText.Format(CardText.FactorsSummary, culture, factors.Met, factors.Count)),
                (CardText.Get(CardText.ButtonTasks, culture), CardText.Format(CardText.CountTasksValue, culture, project.Tasks.Count(t => t.Done), project.Tasks.Count)),
            ]),
        };
        if (points.Count > 0)
        {
            body.Add(Heading(CardText.Get(CardText.TopOpenPointsHeading, culture)));
            foreach (var point in points.Take(3))
            {
                body.Add(Text($"• {FormationText.OpenPointTitle(project, point, culture)}", color: SeverityColor(point.Severity), spacing: Spacing.None));
            }
        }

        var (next, button) = NextStep(project, points, culture);
        body.Add(Text(CardText.Format(CardText.NextStep, culture, next), weight: TextWeight.Bolder, spacing: Spacing.Medium));

        // The next step is a click, not a command to remember and type; beside it the documents a gemeente files
        // (Documents answers the verb: it sits above Formation). Two buttons fit a phone's width.
        var documents = Submit(CardText.Get(CardText.ButtonDocuments, culture), Data(FormationCommands.Documents));
        body.Add(ActionSet(button is null ? [documents] : [button, documents]));

        return body;
    }

    /// <summary>
    /// The one thing to do next, in the order the KVU text builds a werkgroep, and the button that does it (none for
    /// linking the channel, which happens in that channel).
    /// </summary>
    private static (string Text, JsonObject? Button) NextStep(KvuProject project, IReadOnlyList<OpenPoint> points, CultureInfo culture)
    {
        if (points.FirstOrDefault(p => p.Severity == Severity.Critical) is { } first)
        {
            var text = CardText.Format(CardText.NextFixFirst, culture, FormationText.OpenPointTitle(project, first, culture));
            return (text, EditTarget(first) is { } target
                ? Submit(CardText.Get(CardText.ButtonFixNow, culture), Data(FormationCommands.Edit, (FormationCommands.Target, target)), ActionStyle.Positive)
                : null);
        }

        if (project.Members.Any(m => m.Status == MemberStatus.Proposed))
        {
            return (CardText.Get(CardText.NextInvite, culture), Submit(CardText.Get(CardText.ButtonInvite, culture), Data(FormationCommands.Invite), ActionStyle.Positive));
        }

        if (project.Channel is null)
        {
            return (CardText.Get(CardText.NextLinkChannel, culture), null);
        }

        return project.Members.Any(m => m.Status == MemberStatus.Invited)
            ? (CardText.Get(CardText.NextAwaitAnswers, culture), Submit(CardText.Get(CardText.ButtonInviteAgain, culture), Data(FormationCommands.Invite)))
            : (CardText.Get(CardText.NextPropose, culture), Submit(CardText.Get(CardText.ButtonPropose, culture), Data(FormationCommands.ProposeComposition), ActionStyle.Positive));
    }

    /// <summary>What "wijzig" opens to settle an open point; null when no single answer settles it.</summary>
    private static string? EditTarget(OpenPoint point) => point.Kind switch
    {
        OpenPointKind.NoProjectleider => FormationCommands.SectionProjectleider,
        OpenPointKind.NoSecretaris => FormationCommands.SectionSecretaris,
        OpenPointKind.HorecaAreaUncovered => FormationCommands.SectionHoreca,
        OpenPointKind.RestaurantsWithoutOwnRepresentative => FormationCommands.SectionRestaurants,
        OpenPointKind.MemberWithoutMandate or OpenPointKind.MemberWithoutSubstitute => point.Subject,
        OpenPointKind.RequiredRoleVacant or OpenPointKind.RecommendedRoleVacant or OpenPointKind.NoKhnRegioadviseur or OpenPointKind.OrganisationUnderRepresented
            when Enum.TryParse<WerkgroepRole>(point.Subject, out var role) => FormationCommands.RoleTarget(role),
        _ => null,
    };

    private static IEnumerable<(string, string)> General(KvuProject project, CultureInfo culture)
    {
        var checklist = PhaseChecklist.Evaluate(project);
        yield return (CardText.Get(CardText.Phase, culture), CardText.Format(CardText.PhaseValue, culture,
            FormationText.Name(project.Phase, culture), checklist.Count(i => i.Done), checklist.Count, Date(project.CurrentStay.EnteredAt, culture)));
        yield return (CardText.Get(CardText.Agreement, culture),
            CardText.Format(CardText.AgreementValue, culture, YesNo(project.PartiesAgreed, culture), YesNo(project.ContributionPledged, culture)));

        var intentie = project.Intentieverklaring;
        yield return (CardText.Get(CardText.Intentieverklaring, culture), intentie is { Status: IntentieverklaringStatus.Signed, SignedOn: { } signedOn }
            ? CardText.Format(CardText.SignedOn, culture, Date(signedOn, culture))
            : FormationText.Name(intentie.Status, culture));

        yield return (CardText.Get(CardText.Projectleider, culture), project.Projectleider is { } leider
            ? string.Join(" · ", new[]
            {
                leider.Person.DisplayName,
                FormationText.Name(leider.Origin, culture),
                leider.ExternalCapacity is { } capacity ? FormationText.Name(capacity, culture) : null,
            }.OfType<string>())
            : CardText.Get(CardText.NotYet, culture));

        yield return (CardText.Get(CardText.Secretaris, culture), project switch
        {
            { Secretaris: { } secretaris } => secretaris.DisplayName,
            { SecretarisChoice: SecretarisChoice.Later } => FormationText.Name(SecretarisChoice.Later, culture),
            _ => CardText.Get(CardText.NotYet, culture),
        });

        var begeleider = project.Procesbegeleider;
        yield return (CardText.Get(CardText.Procesbegeleider, culture), begeleider is { Choice: ProcesbegeleiderChoice.Yes, Name: { } name }
            ? $"{name} ({begeleider.Contact})"
            : FormationText.Name(begeleider.Choice, culture));

        yield return (CardText.Get(CardText.Restaurants, culture), YesNo(project.RestaurantsTakePart, culture));
    }

    /// <summary>
    /// Points come most severe first (FormationChecks orders them). Points of one kind share their "why" from the
    /// KVU text, so it is shown once per kind, and points about members or areas ("{0}: nog geen plaatsvervanger")
    /// are listed in one line: a werkgroep of 25 without substitutes would otherwise repeat the same line and
    /// quotation 25 times and push the card past Teams' 28 KB.
    /// </summary>
    private static void AddOpenPoints(JsonArray body, KvuProject project, IReadOnlyList<OpenPoint> points, SuccessFactorTally factors, CultureInfo culture)
    {
        body.Add(Heading(CardText.Format(CardText.OpenPointsHeading, culture, points.Count)));
        if (points.Count == 0)
        {
            // The composition checks pass; the KVU checklist is only met when the werkgroep confirmed every factor.
            body.Add(factors.AllMet
                ? Text(CardText.Get(CardText.NoOpenPointsAllFactors, culture), color: TextColor.Good, spacing: Spacing.Small)
                : Text($"{CardText.Get(CardText.NoOpenPoints, culture)} {CardText.Format(CardText.FactorsStillOpen, culture, factors.Met, factors.Count)}", spacing: Spacing.Small));
            return;
        }

        foreach (var group in points.GroupBy(p => (p.Severity, p.Kind)))
        {
            var items = new JsonArray
            {
                Text(FormationText.Name(group.Key.Severity, culture), weight: TextWeight.Bolder, color: SeverityColor(group.Key.Severity), size: TextSize.Small, spacing: Spacing.None),
            };
            var titles = group.Key.Kind is OpenPointKind.MemberWithoutMandate or OpenPointKind.MemberWithoutSubstitute or OpenPointKind.HorecaAreaUncovered
                && group.Count() > 1
                ? [string.Format(culture, FormationText.Name(group.Key.Kind, culture), string.Join(", ", group.Select(p => FormationText.SubjectDisplayName(project, p, culture))))]
                : group.Select(p => FormationText.OpenPointTitle(project, p, culture)).ToList();
            foreach (var title in titles)
            {
                items.Add(Text(title, spacing: Spacing.None));
            }

            items.Add(Text(FormationText.OpenPointReason(group.First(), culture), subtle: true, size: TextSize.Small, spacing: Spacing.None));
            body.Add(Container(items, spacing: Spacing.Small));
        }
    }

    private static TextColor SeverityColor(Severity severity) => severity switch
    {
        Severity.Critical => TextColor.Attention,
        // Teams draws "warning" yellow, unreadable on white.
        Severity.Warning => TextColor.Accent,
        _ => TextColor.Default,
    };

    /// <summary>
    /// Members in role order (the order the KVU text names the parties), then each role still vacant that the KVU
    /// text asks for. Tapping a row opens the edit for that seat or role.
    /// </summary>
    private static void AddWerkgroep(JsonArray body, KvuProject project, CultureInfo culture)
    {
        // The whole werkgroep: the gemeente's seat is the projectleider's unless someone else holds it, and the
        // projectsecretaris sits at the table too.
        var leider = WerkgroepSeats.ProjectleiderRepresentsGemeente(project) && !project.Members.Any(m => m.Person.IsSamePerson(project.Projectleider!.Person))
            ? project.Projectleider!.Person
            : null;
        var secretaris = project.Secretaris is { } s && !project.Members.Any(m => m.Person.IsSamePerson(s)) && !s.IsSamePerson(leider) ? s : null;
        var seated = project.Members.Count + (leider is null ? 0 : 1) + (secretaris is null ? 0 : 1);
        body.Add(Heading(CardText.Format(CardText.WerkgroepHeading, culture, seated)));
        var vacant = RoleCatalog.All
            .Where(r => RoleCatalog.Need(r) != RoleNeed.Optional && !WerkgroepSeats.Covers(project, r))
            .ToList();
        if (project.Members.Count == 0 && vacant.Count == 0)
        {
            body.Add(Text(CardText.Get(CardText.NoMembers, culture), subtle: true));
            return;
        }

        if (project.Members.Count == 0)
        {
            body.Add(Text(CardText.Get(CardText.NoMembers, culture), subtle: true));
        }

        body.Add(Text(CardText.Get(CardText.WerkgroepHint, culture), subtle: true, size: TextSize.Small, spacing: Spacing.None));
        if (leider is not null)
        {
            body.Add(LeadRow(leider, $"{FormationText.Name(WerkgroepRole.Gemeente, culture)} · {RoleCatalog.DefaultOrganisation(WerkgroepRole.Gemeente, project.Gemeente)} · {CardText.Get(CardText.Projectleider, culture)}", FormationCommands.SectionProjectleider));
        }

        foreach (var member in project.Members.OrderBy(m => m.Role))
        {
            body.Add(MemberRow(member, culture));
        }

        if (secretaris is not null)
        {
            body.Add(LeadRow(secretaris, CardText.Get(CardText.Secretaris, culture), FormationCommands.SectionSecretaris));
        }

        foreach (var role in vacant)
        {
            body.Add(VacantRow(role, culture));
        }
    }

    /// <summary>
    /// Two lines per seat: name and status, then role, organisation, mandate and plaatsvervanger. Kept this lean
    /// because a werkgroep of 25 must fit in one Teams message.
    /// </summary>
    private static JsonObject MemberRow(Member member, CultureInfo culture)
    {
        var role = FormationText.Name(member.Role, culture);
        var details = new List<string>
        {
            // "Politie · Politie" says nothing twice.
            string.Equals(role, member.Organisation, StringComparison.OrdinalIgnoreCase) ? role : $"{role} · {member.Organisation}",
            CardText.Format(CardText.MandateLine, culture, FormationText.Name(member.Mandate, culture)),
            member.Substitute is { } substitute
                ? CardText.Format(CardText.Substitute, culture, substitute.DisplayName)
                : CardText.Get(CardText.NoSubstitute, culture),
        };
        var first = Runs(Run(member.Person.DisplayName, weight: TextWeight.Bolder), Run($" · {FormationText.Name(member.Status, culture)}", color: StatusColor(member.Status)));
        if (member.RepresentsRestaurants)
        {
            first["inlines"]!.AsArray().Add(Run($" · {CardText.Get(CardText.ForRestaurants, culture)}", color: TextColor.Accent));
        }

        return Container(
            [first, Text(string.Join(" · ", details), subtle: true, size: TextSize.Small, spacing: Spacing.None)],
            selectAction: Select(Data(FormationCommands.Edit, (FormationCommands.Target, member.Id))));
    }

    /// <summary>The projectleider in the gemeente's seat, or the projectsecretaris: name, then what they are.</summary>
    private static JsonObject LeadRow(PersonRef person, string what, string editTarget) =>
        Container(
            [Text(person.DisplayName, weight: TextWeight.Bolder), Text(what, subtle: true, size: TextSize.Small, spacing: Spacing.None)],
            selectAction: Select(Data(FormationCommands.Edit, (FormationCommands.Target, editTarget))));

    private static JsonObject VacantRow(WerkgroepRole role, CultureInfo culture)
    {
        var color = RoleCatalog.Need(role) == RoleNeed.Required ? TextColor.Attention : TextColor.Accent;
        return Container(
            [
                Runs(Run(FormationText.Name(role, culture), weight: TextWeight.Bolder), Run($" · {CardText.Get(CardText.VacantStatus, culture)}", color: color)),
                Text($"{CardText.Get(CardText.VacantName, culture)} · {FormationText.Name(RoleCatalog.Need(role), culture)}", subtle: true, size: TextSize.Small, spacing: Spacing.None),
            ],
            selectAction: Select(Data(FormationCommands.Edit, (FormationCommands.Target, FormationCommands.RoleTarget(role)))));
    }

    private static TextColor? StatusColor(MemberStatus status) => status switch
    {
        MemberStatus.Accepted => TextColor.Good,
        MemberStatus.Declined => TextColor.Attention,
        _ => null,
    };

    private static void AddAreas(JsonArray body, KvuProject project, CultureInfo culture)
    {
        body.Add(Heading(CardText.Get(CardText.AreasHeading, culture)));
        if (project.HorecaAreas.Count == 0)
        {
            body.Add(Text(CardText.Get(CardText.NoAreas, culture), subtle: true));
            return;
        }

        var active = WerkgroepSeats.Active(project).ToList();
        body.Add(Facts(project.HorecaAreas.Select(area =>
        {
            var covering = active.Where(m => m.CoveredAreaIds.Contains(area.Id)).Select(m => m.Person.DisplayName).ToList();
            return ($"{area.Name} ({FormationText.Name(area.Kind, culture)})",
                covering.Count > 0 ? string.Join(", ", covering) : CardText.Get(CardText.AreaUncovered, culture));
        })));
    }

    private static void AddConsultationBodies(JsonArray body, KvuProject project, CultureInfo culture)
    {
        if (project.ConsultationBodies.Count == 0)
        {
            return;
        }

        body.Add(Heading(CardText.Get(CardText.ConsultationHeading, culture)));
        body.Add(Facts(project.ConsultationBodies.Select(b => (b.Name, FormationText.Name(b.Fate, culture)))));
    }

    private static void AddFactorsAndTasks(JsonArray body, KvuProject project, SuccessFactorTally factors, CultureInfo culture)
    {
        body.Add(Heading($"{CardText.Get(CardText.FactorsHeading, culture)} · {CardText.Format(CardText.FactorsSummary, culture, factors.Met, factors.Count)}"));

        // Compact: the judgement, the factor in a few words and the model's advice. The full sentences from the
        // KVU text are on the SuccessFactorsCard.
        body.Add(Facts(project.SuccessFactors.Select(state =>
        {
            var suggested = factors.Suggested(state.Factor);
            // The judgement goes in the narrow title column: its words are short, the factors' names are not.
            return (FormationText.Name(state.Status, culture), CardText.Format(CardText.FactorLine, culture,
                CardText.FactorShort(state.Factor, culture), FormationText.Name(suggested, culture).ToLower(culture)));
        })));

        var done = project.Tasks.Count(t => t.Done);
        body.Add(Heading(CardText.Format(CardText.TasksSummary, culture, done, project.Tasks.Count)));
    }

    internal static TextColor? FactorColor(SuccessFactorStatus status) => status switch
    {
        SuccessFactorStatus.Met => TextColor.Good,
        SuccessFactorStatus.NotMet => TextColor.Attention,
        _ => null,
    };

    /// <summary>
    /// Everything "wijzig" can change, as one choice list and one button: 21 buttons made a wall that Teams cut into
    /// truncated rows. The sections come first, then the roles, as on the card.
    /// </summary>
    private static JsonObject EditMenu(CultureInfo culture)
    {
        var choices = FormationCommands.Sections.Select(section => (CardText.Section(section, culture), section))
            .Concat(RoleCatalog.All
                .Where(r => !FormationCommands.Sections.Contains(FormationCommands.RoleTarget(r)))
                .Select(role => (FormationText.Name(role, culture), FormationCommands.RoleTarget(role))));
        var items = new JsonArray
        {
            CardInputs.Choices(FormationCommands.Target, CardText.Get(CardText.EditSectionsHeading, culture), choices, ChoiceInputStyle.Compact,
                placeholder: CardText.Get(CardText.EditPlaceholder, culture)),
        };
        var card = AdaptiveCard.Nested(items);
        card["actions"] = new JsonArray { Submit(CardText.Get(CardText.ButtonEditChosen, culture), Data(FormationCommands.Edit)) };
        return ShowCard(CardText.Get(CardText.ButtonEdit, culture), card);
    }

    private static string YesNo(bool? value, CultureInfo culture) => value switch
    {
        true => CardText.Get(CardText.Yes, culture),
        false => CardText.Get(CardText.No, culture),
        null => CardText.Get(CardText.Unknown, culture),
    };
}
