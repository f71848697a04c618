using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>An HTML web resource shown inside the form; it receives the record id and table name (PassParameters).</summary>
/// <param name="Name">The control id is <c>WebResource_&lt;Name&gt;</c>, as the form designer names it.</param>
/// <param name="WebResource">The web resource's name, e.g. <c>spm_/scorecard/scorecard.html</c>.</param>
/// <param name="Rows">The height in form rows.</param>
public sealed record FormWebResource(string Name, Label Label, string WebResource, int Rows);
