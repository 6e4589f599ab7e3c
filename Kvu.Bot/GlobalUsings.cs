// Namespaces nearly every folder imports: the .NET ones for text, culture, JSON and options (with their validation
// attributes), the Table SDK, and the shared kit (Common, the bottom layer every folder may use). Feature namespaces, Storage and the Bot Framework are
// never global: a file names them, so Kvu.Bot.Tests/Architecture/FolderGraph sees each folder's imports.
global using System.ComponentModel.DataAnnotations;
global using System.Globalization;
global using System.Resources;
global using System.Runtime.CompilerServices;
global using System.Text;
global using System.Text.Json;
global using System.Text.Json.Nodes;
global using System.Text.RegularExpressions;
global using Azure;
global using Azure.Data.Tables;
global using Microsoft.Extensions.Options;
global using Kvu.Bot.Common;
global using Kvu.Bot.Common.Cards;
// Every card builder writes its elements and actions by name: Text(...), Column(...), Execute(...).
global using static Kvu.Bot.Common.Cards.CardElements;
global using static Kvu.Bot.Common.Cards.CardActions;
