using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// MudBlazor's own texts (pager, dialogs, stepper buttons, file upload) in Chinese when the reader reads Chinese
/// (Resources/MudBlazorTexts.resx); MudBlazor's English otherwise.
/// </summary>
internal sealed class PortalMudLocalizer : MudLocalizer
{
    private static readonly ResourceManager Chinese = new("SubsidyPortal.Web.Resources.MudBlazorTexts", typeof(PortalMudLocalizer).Assembly);

    public override LocalizedString this[string key]
    {
        get
        {
            if (CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) && Chinese.GetString(key, CultureInfo.InvariantCulture) is { } text)
            {
                return new LocalizedString(key, text);
            }

            return base[key];
        }
    }

    public override LocalizedString this[string key, params object[] arguments]
    {
        get
        {
            var format = this[key];
            return format.ResourceNotFound ? base[key, arguments] : new LocalizedString(key, string.Format(CultureInfo.CurrentCulture, format.Value, arguments));
        }
    }
}
