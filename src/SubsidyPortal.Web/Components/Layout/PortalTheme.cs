using MudBlazor;

namespace SubsidyPortal.Web.Components.Layout;

/// <summary>
/// The portal's look: its dark government blue (AA contrast on white, as the earlier pages had) and the system's CJK
/// fonts, since no web font is loaded (a portal on a government network should not fetch fonts from elsewhere).
/// </summary>
public static class PortalTheme
{
    public const string Blue = "#0b4f9c";
    public const string BlueDark = "#083b75";

    private static readonly string[] Fonts =
    [
        "system-ui", "-apple-system", "\"PingFang SC\"", "\"Hiragino Sans GB\"", "\"Microsoft YaHei\"", "\"Noto Sans CJK SC\"",
        "\"Source Han Sans SC\"", "\"WenQuanYi Micro Hei\"", "\"Segoe UI\"", "sans-serif",
    ];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = Blue,
            PrimaryDarken = BlueDark,
            Secondary = "#5a6b7d",
            Tertiary = "#00796b",
            Info = "#0868ac",
            Success = "#2e7d32",
            Warning = "#b45309",
            Error = "#b3261e",
            AppbarBackground = Blue,
            AppbarText = "#ffffff",
            Background = "#f5f7fa",
            DrawerBackground = "#ffffff",
            DrawerText = "rgba(0,0,0,0.87)",
            TextSecondary = "rgba(0,0,0,0.68)",
            ActionDefault = "rgba(0,0,0,0.68)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts, FontSize = "0.9375rem", LineHeight = "1.6" },
            H1 = new H1Typography { FontFamily = Fonts, FontSize = "1.75rem", FontWeight = "600", LineHeight = "1.3" },
            H2 = new H2Typography { FontFamily = Fonts, FontSize = "1.375rem", FontWeight = "600", LineHeight = "1.35" },
            H3 = new H3Typography { FontFamily = Fonts, FontSize = "1.125rem", FontWeight = "600", LineHeight = "1.4" },
            H4 = new H4Typography { FontFamily = Fonts, FontSize = "1.0625rem", FontWeight = "600", LineHeight = "1.4" },
            H5 = new H5Typography { FontFamily = Fonts, FontSize = "1rem", FontWeight = "600", LineHeight = "1.4" },
            H6 = new H6Typography { FontFamily = Fonts, FontSize = "0.9375rem", FontWeight = "600", LineHeight = "1.4" },
            Subtitle1 = new Subtitle1Typography { FontFamily = Fonts, FontSize = "1rem" },
            Subtitle2 = new Subtitle2Typography { FontFamily = Fonts, FontSize = "0.875rem", FontWeight = "600" },
            Body1 = new Body1Typography { FontFamily = Fonts, FontSize = "0.9375rem", LineHeight = "1.6" },
            Body2 = new Body2Typography { FontFamily = Fonts, FontSize = "0.875rem", LineHeight = "1.55" },
            Button = new ButtonTypography { FontFamily = Fonts, FontSize = "0.9375rem", FontWeight = "500", TextTransform = "none" },
            Caption = new CaptionTypography { FontFamily = Fonts, FontSize = "0.8125rem" },
            Overline = new OverlineTypography { FontFamily = Fonts, FontSize = "0.75rem" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px", DrawerWidthLeft = "232px", AppbarHeight = "56px" },
    };
}
