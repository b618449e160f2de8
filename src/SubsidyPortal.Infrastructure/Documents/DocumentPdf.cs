using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SubsidyPortal.Infrastructure.Documents;

/// <summary>
/// Lays a <see cref="DocumentContent"/> out on A4 pages with PDFsharp: the authority's name and the title, the
/// recipient, the body, and on every page's foot the 验证码, the content hash and where to check it. Chinese text wraps
/// at any character; a block that would run off the page starts a new one.
/// </summary>
public static class DocumentPdf
{
    private const double Margin = 56;
    private const double FooterHeight = 58;
    private const double LabelWidth = 150;

    public static byte[] Render(DocumentContent content, string code, string contentSha256, string verifyUrl)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"{content.Title} {code}";
        document.Info.Author = content.IssuerName;
        document.Info.Subject = $"验证码 {code}";
        var writer = new Writer(document, code, contentSha256, verifyUrl);
        writer.Centered(content.IssuerName, 13);
        writer.Space(6);
        writer.Centered(content.Title, 20);
        writer.Space(14);
        writer.Field(content.Kind == Domain.Documents.DocumentKind.ApplicationForm ? "申报单位" : "收件单位", content.RecipientName);
        writer.Field("统一社会信用代码", content.RecipientUscc);
        writer.Field("签发日期", content.IssuedOn);
        writer.Space(8);
        foreach (var block in content.Blocks)
        {
            switch (block)
            {
                case DocumentHeading heading:
                    writer.Space(8);
                    writer.Paragraph(heading.Text, 13);
                    writer.Space(2);
                    break;
                case DocumentField field:
                    writer.Field(field.Label, field.Value);
                    break;
                case DocumentParagraph paragraph:
                    writer.Paragraph(paragraph.Text, 11);
                    break;
                case DocumentSealBox seal:
                    writer.Seal(seal.Caption, seal.DateLine);
                    break;
            }
        }

        writer.Finish();
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private sealed class Writer
    {
        private readonly PdfDocument _document;
        private readonly string _code;
        private readonly string _hash;
        private readonly string _url;
        private readonly List<PdfPage> _pages = [];
        private XGraphics _graphics = default!;
        private double _y;
        private double _width;
        private double _bottom;

        public Writer(PdfDocument document, string code, string hash, string url)
        {
            _document = document;
            _code = code;
            _hash = hash;
            _url = url;
            NewPage();
        }

        private static XFont Font(double size) => new(DocumentFont.Family, size);

        private void NewPage()
        {
            _graphics?.Dispose();
            var page = _document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            _pages.Add(page);
            _graphics = XGraphics.FromPdfPage(page);
            _width = page.Width.Point - (2 * Margin);
            _bottom = page.Height.Point - Margin - FooterHeight;
            _y = Margin;
        }

        private void Need(double height)
        {
            if (_y + height > _bottom)
            {
                NewPage();
            }
        }

        public void Space(double points) => _y += points;

        public void Centered(string text, double size)
        {
            var font = Font(size);
            foreach (var line in Wrap(text, font, _width))
            {
                Need(size * 1.5);
                var width = _graphics.MeasureString(line, font).Width;
                _graphics.DrawString(line, font, XBrushes.Black, new XPoint(Margin + ((_width - width) / 2), _y + size));
                _y += size * 1.5;
            }
        }

        public void Paragraph(string text, double size)
        {
            var font = Font(size);
            foreach (var line in Wrap(text, font, _width))
            {
                Need(size * 1.6);
                _graphics.DrawString(line, font, XBrushes.Black, new XPoint(Margin, _y + size));
                _y += size * 1.6;
            }
        }

        /// <summary>A label on the left (wrapped within its column) and its value on the right, side by side.</summary>
        public void Field(string label, string value)
        {
            const double line = 17.6;
            var font = Font(11);
            var labels = Wrap(label + "：", font, LabelWidth - 12);
            var values = Wrap(value, font, _width - LabelWidth);
            var rows = Math.Max(labels.Count, values.Count);
            Need(line * Math.Min(rows, 4));
            for (var i = 0; i < rows; i++)
            {
                Need(line);
                if (i < labels.Count)
                {
                    _graphics.DrawString(labels[i], font, XBrushes.DimGray, new XPoint(Margin, _y + 11));
                }

                if (i < values.Count)
                {
                    _graphics.DrawString(values[i], font, XBrushes.Black, new XPoint(Margin + LabelWidth, _y + 11));
                }

                _y += line;
            }

            _y += 2;
        }

        public void Seal(string caption, string dateLine)
        {
            const double boxWidth = 180;
            const double boxHeight = 110;
            Need(boxHeight + 30);
            _y += 12;
            var left = Margin + _width - boxWidth;
            _graphics.DrawRectangle(new XPen(XColors.Gray, 0.8) { DashStyle = XDashStyle.Dash }, left, _y, boxWidth, boxHeight);
            var font = Font(11);
            var width = _graphics.MeasureString(caption, font).Width;
            _graphics.DrawString(caption, font, XBrushes.DimGray, new XPoint(left + ((boxWidth - width) / 2), _y + (boxHeight / 2)));
            _y += boxHeight + 6;
            var dateWidth = _graphics.MeasureString(dateLine, font).Width;
            _graphics.DrawString(dateLine, font, XBrushes.Black, new XPoint(Margin + _width - dateWidth, _y + 11));
            _y += 20;
        }

        /// <summary>The foot of every page: the code, the content hash and the address to check them, and "第 n / N 页".</summary>
        public void Finish()
        {
            _graphics.Dispose();
            var small = Font(8);
            var codeFont = Font(11);
            for (var i = 0; i < _pages.Count; i++)
            {
                using var g = XGraphics.FromPdfPage(_pages[i], XGraphicsPdfPageOptions.Append);
                var top = _pages[i].Height.Point - Margin - FooterHeight + 12;
                g.DrawLine(new XPen(XColors.Gray, 0.5), Margin, top, Margin + _width, top);
                g.DrawString($"验证码 {_code}", codeFont, XBrushes.Black, new XPoint(Margin, top + 16));
                var pageText = $"第 {i + 1} / {_pages.Count} 页";
                g.DrawString(pageText, small, XBrushes.DimGray, new XPoint(Margin + _width - g.MeasureString(pageText, small).Width, top + 16));
                g.DrawString($"内容摘要 SHA-256：{_hash}", small, XBrushes.DimGray, new XPoint(Margin, top + 30));
                g.DrawString($"核验：{_url}（输入验证码，可上传本文件核对是否与签发文件一致）", small, XBrushes.DimGray, new XPoint(Margin, top + 42));
            }
        }

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
            {
                var start = 0;
                while (start < paragraph.Length)
                {
                    var end = start + 1;
                    while (end < paragraph.Length && _graphics.MeasureString(paragraph[start..(end + 1)], font).Width <= width)
                    {
                        end++;
                    }

                    // Latin words are not split when a space is near (a credit code, an amount, a file name).
                    if (end < paragraph.Length && char.IsAsciiLetterOrDigit(paragraph[end]) && char.IsAsciiLetterOrDigit(paragraph[end - 1]))
                    {
                        var space = paragraph.LastIndexOf(' ', end - 1, end - start);
                        if (space > start)
                        {
                            end = space + 1;
                        }
                    }

                    lines.Add(paragraph[start..end].TrimEnd());
                    start = end;
                }

                if (paragraph.Length == 0)
                {
                    lines.Add(string.Empty);
                }
            }

            return lines;
        }
    }
}
