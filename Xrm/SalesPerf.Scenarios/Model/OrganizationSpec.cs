namespace SalesPerf.Scenarios.Model;

/// <summary>The <c>organization</c> section: fiscal year start, base currency and language.</summary>
public sealed record OrganizationSpec(int FiscalYearStartMonth = 1, int FiscalYearStartDay = 1, string BaseCurrency = "CNY", int LanguageCode = 1033);
