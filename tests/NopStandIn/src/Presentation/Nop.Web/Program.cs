// Stand-in host entry point; tests build their own host from the same pieces.
var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();
