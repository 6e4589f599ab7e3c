using Kvu.Bot.Approvals;
using Kvu.Bot.Cycle;
using Kvu.Bot.Dashboard;
using Kvu.Bot.Documents;
using Kvu.Bot.Evaluation;
using Kvu.Bot.Files;
using Kvu.Bot.Formation.Flow;
using Kvu.Bot.Hosting;
using Kvu.Bot.Meetings;
using Kvu.Bot.Plan;
using Kvu.Bot.Privacy;
using Kvu.Bot.StatusPosts;
using Kvu.Bot.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddKvuTelemetry(builder.Configuration);
builder.Services.AddKvuStorage(builder.Configuration);
builder.Services.AddKvuBot(builder.Configuration);
builder.Services.AddKvuFiles();
builder.Services.AddKvuPrivacy();
builder.Services.AddKvuApprovals();
builder.Services.AddKvuFormation();
builder.Services.AddKvuStatusPosts();
builder.Services.AddKvuMeetings();
builder.Services.AddKvuCycle();
builder.Services.AddKvuPlan();
builder.Services.AddKvuEvaluation();
builder.Services.AddKvuDocuments();
builder.Services.AddKvuDashboard(builder.Configuration);

var app = builder.Build();

app.MapHealthChecks("/health");
app.MapKvuMessages();
app.MapKvuInfoPages();
app.MapKvuStatusPosts();
app.MapKvuPrivacy();
app.MapKvuDashboard();

app.Run();

public partial class Program;
