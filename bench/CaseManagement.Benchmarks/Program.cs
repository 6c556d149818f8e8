namespace CaseManagement.Benchmarks;

/// <summary>Benchmarks run on demand (bench/run.sh), never in CI.
///   events     end-to-end event throughput and latency on PostgreSQL + RabbitMQ
///   coldstart  start-up of the embedded default (SQLite, in-memory bus) until demo units are served
///   auth       what token validation, authorization and the audit write add to a request
///   units      import of a 12,000-unit national list; ancestors and descendants over it
///   cases      intake, search and duplicates over a million generated cases; pgbench baseline
///   plans      plan approval until Cases shows the support step, over RabbitMQ
///   reporting  event log of a million cases projected from scratch; a province's 6-month report vs a GROUP BY
///   web        the web application's pages over a million cases: server render beside the API calls, page weight, a slow link
///   notify     the notification fan-out at a steady rate of reports; the unread count every page asks for</summary>
internal static class BenchmarkMain
{
    public static async Task<int> Main(string[] args)
    {
        var command = args.FirstOrDefault() ?? "events";
        return command switch
        {
            "events" => await EventPipelineBenchmark.RunAsync(args.Skip(1).ToArray()),
            "coldstart" => await ColdStartBenchmark.RunAsync(args.Skip(1).ToArray()),
            "auth" => await AuthOverheadBenchmark.RunAsync(args.Skip(1).ToArray()),
            "units" => await UnitHierarchyBenchmark.RunAsync(args.Skip(1).ToArray()),
            "cases" => await CaseIntakeBenchmark.RunAsync(args.Skip(1).ToArray()),
            "plans" => await SupportPlanBenchmark.RunAsync(args.Skip(1).ToArray()),
            "reporting" => await ReportingBenchmark.RunAsync(args.Skip(1).ToArray()),
            "web" => await WebPagesBenchmark.RunAsync(args.Skip(1).ToArray()),
            "notify" => await NotificationBenchmark.RunAsync(args.Skip(1).ToArray()),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: CaseManagement.Benchmarks events|coldstart|auth|units|cases|plans|reporting|web|notify [options]");
        return 2;
    }
}
