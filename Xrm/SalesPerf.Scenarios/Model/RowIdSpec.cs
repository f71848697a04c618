namespace SalesPerf.Scenarios.Model;

/// <summary>
/// A GUID column written as a lookup string (<c>systemuser:alice</c>): the id of that row, resolved when the step runs.
/// A file cannot know the ids it creates; rows keyed by another row's id (<c>usersettings.systemuserid</c>) need it.
/// </summary>
public sealed record RowIdSpec(LookupSpec Row)
{
    public override string ToString() => Row.ToString() ?? "";
}
