using SubsidyPortal.Web.Infrastructure;

namespace SubsidyPortal.Web;

public partial class Program
{
    /// <summary>
    /// Serves the portal, or runs one maintenance command and exits:
    /// <c>evaluate FILE.json</c> (no database needed), <c>migrate</c>, <c>create-admin EMAIL</c> (password from SUBSIDYPORTAL_ADMIN_PASSWORD), <c>print-model-sql</c>.
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "evaluate")
        {
            return await EvaluateCommand.RunAsync(args);
        }

        if (args.Length > 0 && PortalCommands.Handles(args[0]))
        {
            return await PortalCommands.RunAsync(args);
        }

        var app = PortalApp.Build(args);
        await app.RunAsync();
        return 0;
    }
}
