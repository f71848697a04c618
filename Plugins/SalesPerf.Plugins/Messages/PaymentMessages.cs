using System.Collections.Generic;

namespace SalesPerf.Plugins.Messages;

/// <summary>
/// Messages of payments (<c>spm_payment</c>). {0} is the payment's name; {1}, {2}, … are the domain rule's arguments in
/// order (see <c>SalesPerf.Domain.Payments.PaymentRuleCodes</c>).
/// </summary>
public static class PaymentMessages
{
    /// <summary>{0} payment, {1} amount (empty when none).</summary>
    public static BusinessMessage AmountNotPositive { get; } = new(
        MessageCodes.PaymentAmountNotPositive,
        "Payment '{0}': the amount must be more than 0 (was '{1}'). Enter the amount received; money given back is recorded by reducing or deleting the payment, not by a negative payment.",
        "回款“{0}”：金额必须大于 0（当前为“{1}”）。请输入实收金额；退款请通过减少或删除该回款记录，而不是录入负数回款。");

    /// <summary>{0} payment.</summary>
    public static BusinessMessage InvoiceMissing { get; } = new(
        MessageCodes.PaymentInvoiceMissing,
        "Payment '{0}': it names no invoice, or an invoice that does not exist. Choose the invoice the money was received for.",
        "回款“{0}”：未指定发票，或指定的发票不存在。请选择收款所对应的发票。");

    /// <summary>{0} payment, {1} invoice.</summary>
    public static BusinessMessage InvoiceCancelled { get; } = new(
        MessageCodes.PaymentInvoiceCancelled,
        "Payment '{0}': the invoice '{1}' is cancelled and cannot receive payments. Choose an invoice that is not cancelled.",
        "回款“{0}”：发票“{1}”已取消，不能再收款。请选择未取消的发票。");

    /// <summary>{0} payment, {1} invoice, {2} payment currency, {3} invoice currency.</summary>
    public static BusinessMessage CurrencyMismatch { get; } = new(
        MessageCodes.PaymentCurrencyMismatch,
        "Payment '{0}': it is in {2} but the invoice '{1}' is in {3}. Enter the payment in the invoice's currency ({3}).",
        "回款“{0}”：其币种为 {2}，而发票“{1}”的币种为 {3}。请以发票币种（{3}）录入回款。");

    /// <summary>{0} payment, {1} invoice, {2} Σ with this payment, {3} invoice total, {4} most this payment may be.</summary>
    public static BusinessMessage OverInvoiceTotal { get; } = new(
        MessageCodes.PaymentOverInvoiceTotal,
        "Payment '{0}': the payments of the invoice '{1}' would add up to {2}, more than its total {3}. Enter at most {4}, or correct the invoice first.",
        "回款“{0}”：发票“{1}”的回款合计将为 {2}，超过发票总额 {3}。请输入不超过 {4} 的金额，或先更正发票。");

    /// <summary>{0} payment.</summary>
    public static BusinessMessage PaidOnMissing { get; } = new(
        MessageCodes.PaymentPaidOnMissing,
        "Payment '{0}': the paid-on date is empty. Enter the date the money was received.",
        "回款“{0}”：回款日期为空。请输入收到款项的日期。");

    public static IReadOnlyList<BusinessMessage> All { get; } = new[]
    {
        AmountNotPositive, InvoiceMissing, InvoiceCancelled, CurrencyMismatch, OverInvoiceTotal, PaidOnMissing,
    };
}
