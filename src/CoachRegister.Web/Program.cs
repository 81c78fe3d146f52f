using CoachRegister.Web.Configuration;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalLogging();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddDatabase(builder.Configuration, builder.Environment);
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddPortalAuthorization();
builder.Services.AddPortalBranding(builder.Configuration, builder.Environment);
builder.Services.AddPortalMvc();
builder.Services.AddPortalHttp();
builder.Services.AddEmail(builder.Configuration, builder.Environment);
builder.Services.AddPdfDocuments(builder.Configuration, builder.Environment);
builder.Services.AddRegister(builder.Configuration);
builder.Services.AddMatching(builder.Configuration);
builder.Services.AddCompliance(builder.Configuration);
builder.Services.AddCoaching(builder.Configuration);

var app = builder.Build();

if (await PortalCommands.TryRunAsync(app, args))
{
    return;
}

await app.PrepareDatabaseAsync();
app.UsePortal();
await app.RunAsync();

public partial class Program;
