using NameGender.Cli.Commands;
using NameGender.Cli.Infrastructure;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("namegender");
    config.SetExceptionHandler(UserErrors.Handle);
    config.AddNameGenderCommands();
});

return await app.RunAsync(args);
