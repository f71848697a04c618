using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[Serializable]
public sealed class InvalidPluginExecutionException : Exception, ISerializable
{
    // The platform's ISV-aborted error code (0x80040265), used when a plug-in gives none.
    private const int IsvAbortedErrorCode = -2147220891;

    private static readonly IReadOnlyDictionary<string, string> NoDetails =
        new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    private readonly IReadOnlyDictionary<string, string> _exceptionDetails;

    public InvalidPluginExecutionException()
        : this(OperationStatus.Failed, IsvAbortedErrorCode, null, PluginHttpStatusCode.NotSet, null, null)
    {
    }

    public InvalidPluginExecutionException(string message)
        : this(OperationStatus.Failed, IsvAbortedErrorCode, message, PluginHttpStatusCode.NotSet, null, null)
    {
    }

    public InvalidPluginExecutionException(string message, Exception exception)
        : this(OperationStatus.Failed, IsvAbortedErrorCode, message, PluginHttpStatusCode.NotSet, null, exception)
    {
    }

    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
        : this(OperationStatus.Failed, IsvAbortedErrorCode, message, httpStatus, null, null)
    {
    }

    public InvalidPluginExecutionException(string message, Dictionary<string, string> exceptionDetails)
        : this(OperationStatus.Failed, IsvAbortedErrorCode, message, PluginHttpStatusCode.NotSet, exceptionDetails, null)
    {
    }

    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus, Dictionary<string, string> exceptionDetails)
        : this(OperationStatus.Failed, IsvAbortedErrorCode, message, httpStatus, exceptionDetails, null)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status)
        : this(status, IsvAbortedErrorCode, null, PluginHttpStatusCode.NotSet, null, null)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, string message)
        : this(status, IsvAbortedErrorCode, message, PluginHttpStatusCode.NotSet, null, null)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, string message, Dictionary<string, string> exceptionDetails)
        : this(status, IsvAbortedErrorCode, message, PluginHttpStatusCode.NotSet, exceptionDetails, null)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
        : this(status, errorCode, message, PluginHttpStatusCode.NotSet, null, null)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
        : this(status, errorCode, message, httpStatus, null, null)
    {
    }

    private InvalidPluginExecutionException(
        OperationStatus status,
        int errorCode,
        string message,
        PluginHttpStatusCode httpStatus,
        Dictionary<string, string> exceptionDetails,
        Exception innerException)
        : base(message, innerException)
    {
        Status = status;
        ErrorCode = errorCode;
        HttpStatus = httpStatus;
        _exceptionDetails = exceptionDetails == null
            ? NoDetails
            : new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(exceptionDetails));
    }

#pragma warning disable SYSLIB0051 // Mirrors the real SDK's legacy serialization support.
    private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context)
        : base(info, context)
    {
        Status = (OperationStatus)info.GetInt32(nameof(Status));
        ErrorCode = info.GetInt32(nameof(ErrorCode));
        HttpStatus = (PluginHttpStatusCode)info.GetInt32(nameof(HttpStatus));
        _exceptionDetails = NoDetails;
    }
#pragma warning restore SYSLIB0051

    public OperationStatus Status { get; }

    public int ErrorCode { get; }

    public PluginHttpStatusCode HttpStatus { get; }

    public IReadOnlyDictionary<string, string> ExceptionDetails => _exceptionDetails;

#pragma warning disable CS0672, SYSLIB0051 // Mirrors the real SDK's legacy serialization support.
    public override void GetObjectData(SerializationInfo info, StreamingContext context)
    {
        base.GetObjectData(info, context);
        info.AddValue(nameof(Status), (int)Status);
        info.AddValue(nameof(ErrorCode), ErrorCode);
        info.AddValue(nameof(HttpStatus), (int)HttpStatus);
    }
#pragma warning restore CS0672, SYSLIB0051
}
