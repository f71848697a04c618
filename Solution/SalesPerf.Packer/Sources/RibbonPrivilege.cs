namespace SalesPerf.Packer.Sources;

/// <summary>
/// The privilege a button's display rule asks for (<c>EntityPrivilegeRule</c>, RibbonTypes.xsd): the user sees the button
/// only with <see cref="Privilege"/> on <see cref="Table"/> at <see cref="Depth"/> or deeper. It mirrors who the custom
/// API or the statement rules let do the work; the server still checks.
/// </summary>
public sealed record RibbonPrivilege(string Table, string Privilege, string Depth);
