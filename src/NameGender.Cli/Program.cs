using NameGender.Cli.Commands;
using NameGender.Cli.Infrastructure;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("namegender");

    // A mistyped option (--treshold) must stop the command, not be ignored or eat the next word.
    config.UseStrictParsing();
    config.SetExceptionHandler((exception, resolver) => UserErrors.Handle(exception, args));
    config.AddNameGenderCommands();
});

return await app.RunAsync(args);
