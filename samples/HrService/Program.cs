using HrService;

// An HTTP front for the engine, for HR systems: POST /pairings with participants (and optional options) as JSON.
// A sample without authentication: it listens on the loopback interface only.
//   dotnet run --project samples/HrService -- --urls http://127.0.0.1:5080
var builder = WebApplication.CreateBuilder(args);
if (Loopback.Problem(builder) is { } problem)
{
    Console.Error.WriteLine(problem);
    return 2;
}

// The engine every request without options uses: the library's defaults, and participant ids in the Debug log only
// when the configuration says so (for example --Matching:LogParticipantIds=true).
builder.Services.AddReverseMentoringMatching(options => options.Matching = options.Matching with
{
    LogParticipantIds = builder.Configuration.GetValue<bool>("Matching:LogParticipantIds"),
});
builder.Services.AddProblemDetails();

// Bodies over the limit are refused by Kestrel while they are read, and answered with a 413.
var limits = PairingLimits.From(builder.Configuration);
builder.Services.AddSingleton(limits);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapGet("/health", () => Results.Text("ok"));
app.MapPost("/pairings", PairingEndpoint.HandleAsync);

app.Run();
return 0;
