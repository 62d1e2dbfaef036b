using ReverseMentoring.Matching.Cli;

return CliApp.Run(args, Console.Out, Console.Error);
