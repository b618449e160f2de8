using System.Text;
using SubsidyPortal.Application.Documents;
using SubsidyPortal.Domain.Documents;

namespace SubsidyPortal.Infrastructure.Documents;

/// <summary>One piece of a document's body, in reading order.</summary>
public abstract record DocumentBlock
{
    /// <summary>The block as one or more lines of the canonical text the content hash is taken over.</summary>
    internal abstract IEnumerable<string> CanonicalLines();
}

public sealed record DocumentHeading(string Text) : DocumentBlock
{
    internal override IEnumerable<string> CanonicalLines() => [$"# {Text}"];
}

/// <summary>A labelled value: 核定资助金额 80,000.00 元.</summary>
public sealed record DocumentField(string Label, string Value) : DocumentBlock
{
    internal override IEnumerable<string> CanonicalLines() => [$"{Label}：{Value}"];
}

public sealed record DocumentParagraph(string Text) : DocumentBlock
{
    internal override IEnumerable<string> CanonicalLines() => [Text];
}

/// <summary>The place for the seal (盖章) and the date beside it.</summary>
public sealed record DocumentSealBox(string Caption, string DateLine) : DocumentBlock
{
    internal override IEnumerable<string> CanonicalLines() => [$"[{Caption}] {DateLine}"];
}

/// <summary>
/// What a document says, before it is laid out: the title, the issuing authority, the recipient and the body. Its
/// canonical text (one line per block) is what the content hash printed on the page is taken over, so a reprint in
/// another layout keeps the same content hash while the file hash is the issued file's alone.
/// </summary>
public sealed record DocumentContent(
    DocumentKind Kind, string IssuerName, string RecipientName, string RecipientUscc, string IssuedOn, IReadOnlyList<DocumentBlock> Blocks)
{
    public string Title => Kind.TitleZh();

    public string CanonicalText()
    {
        var text = new StringBuilder();
        text.Append(Title).Append('\n').Append(IssuerName).Append('\n')
            .Append(RecipientName).Append('\n').Append(RecipientUscc).Append('\n').Append(IssuedOn).Append('\n');
        foreach (var line in Blocks.SelectMany(b => b.CanonicalLines()))
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    public string ContentSha256() => DocumentHashes.Sha256(Encoding.UTF8.GetBytes(CanonicalText()));
}
