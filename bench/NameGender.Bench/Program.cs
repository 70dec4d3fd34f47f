using BenchmarkDotNet.Running;
using NameGender.Bench;

// label: file throughput of the labeler against a plain CsvHelper copy of the same file.
// micro: BenchmarkDotNet micro-benchmarks of the per-name work (needs NAMEGENDER_MODEL).
// identify: Identify Gender over all pending feedback through the real server, SQLite and PostgreSQL.
return args switch
{
    ["label", .. var rest] => LabelThroughput.Run(BenchArguments.Parse(rest)),
    ["micro", .. var rest] => RunMicro(rest),
    ["identify", .. var rest] => await IdentifyGenderTiming.RunAsync(IdentifyArguments.Parse(rest)),
    _ => Usage(),
};

static int RunMicro(string[] args)
{
    BenchmarkSwitcher.FromTypes([typeof(NameBenchmarks)]).Run(args);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          NameGender.Bench label --model M [--rows 1000000] [--repeat 5] [--seed 42]
          NAMEGENDER_MODEL=M NameGender.Bench micro [BenchmarkDotNet options]
          NameGender.Bench identify --model M [--records 10000] [--repeat 5] [--seed S] [--postgres CONN]
        """);
    return 1;
}
