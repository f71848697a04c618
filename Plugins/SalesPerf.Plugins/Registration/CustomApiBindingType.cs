namespace SalesPerf.Plugins.Registration;

/// <summary>Dataverse's <c>customapi.bindingtype</c> option values (Docs: customapi-table-columns.md).</summary>
public enum CustomApiBindingType
{
    Global = 0,
    Entity = 1,
    EntityCollection = 2,
}
