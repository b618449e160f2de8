using System.Diagnostics;
using System.Globalization;
using SubsidyPortal.Infrastructure.Exports;

namespace SubsidyPortal.Benchmarks;

/// <summary>
/// Writes an N-line allocation list (default 100,000; deterministic synthetic names and amounts to the fen) through
/// the portal's own export writers to a temporary file, XLSX then CSV (or just the one named), and prints each
/// format's wall-clock time and file size, then the process's peak working set after a full GC. Lines are generated
/// while the writer pulls them, as an EF query would stream them; nothing is asserted here (see docs/performance.md).
/// Usage: dotnet run -c Release --project benchmarks/SubsidyPortal.Benchmarks -- export [LINES] [xlsx|csv]
/// </summary>
internal static class ExportBenchmark
{
    private static readonly string[] Places = ["长宁", "虹桥", "新泾", "北新泾", "江苏路", "华阳", "周家桥", "天山", "仙霞", "程家桥"];
    private static readonly string[] Trades = ["智能", "生物医药", "新材料", "软件", "集成电路", "数字", "检测", "航空", "环境", "文化创意"];
    private static readonly string[] Projects =
    [
        "高新技术企业再次认定一次性支持", "张江专项资金区级配套", "区级小巨人培育企业支持", "科技创新券（研发设计服务）",
        "区级创新资金：工业软件研发", "市级企业技术中心认定奖励", "产学研合作项目结算资金",
    ];

    public static async Task RunAsync(string[] args)
    {
        var lines = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var formats = args.Length > 1 ? [args[1].ToLowerInvariant()] : new[] { "xlsx", "csv" };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"export: {lines:N0}-line allocation list; server GC: {System.Runtime.GCSettings.IsServerGC}; {Environment.ProcessorCount} cores"));
        foreach (var format in formats)
        {
            var path = Path.Combine(Path.GetTempPath(), $"subsidyportal-export-benchmark-{Environment.ProcessId}.{format}");
            try
            {
                var table = AllocationListExport.Create("2026 年度长宁区科技创新政策资金分配结果（基准测试）", Synthetic(lines));
                var stopwatch = Stopwatch.StartNew();
                await using (var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
                {
                    if (format == "xlsx")
                    {
                        await XlsxExportWriter.WriteAsync(table, file);
                    }
                    else
                    {
                        await CsvExportWriter.WriteAsync(table, file);
                    }
                }

                stopwatch.Stop();
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                using var process = Process.GetCurrentProcess();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{format}: {stopwatch.Elapsed.TotalMilliseconds:0} ms, {new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MB file; after GC: working set {process.WorkingSet64 / 1048576} MB, process peak working set {process.PeakWorkingSet64 / 1048576} MB"));
            }
            finally
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Deterministic lines: company names from a fixed list and a number, amounts from 0.01 yuan to 1 亿元 to the fen.</summary>
    private static IEnumerable<AllocationLine> Synthetic(int lines)
    {
        var random = new Random(20261124);
        for (var i = 0; i < lines; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture,
                $"上海{Places[random.Next(Places.Length)]}{Trades[random.Next(Trades.Length)]}科技有限公司（第{i + 1}号）");
            var fen = random.NextInt64(1, 10_000_000_000L);
            yield return new AllocationLine(name, Projects[random.Next(Projects.Length)], fen / 100m);
        }
    }
}
