using Kvu.Bot.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddKvuStorage(builder.Configuration);
var app = builder.Build();
app.Run();
public partial class Program;
